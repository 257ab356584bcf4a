// Held-out round 16 (articles 127-132): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 5};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut16, MegatonnesOfCarbonDioxideAreAUnit) {
  const Mention power = only("Power emissions fell to 41 MtCO2 in the year.", "41 MtCO2");
  EXPECT_EQ(power.kind, MentionKind::kQuantity);
  EXPECT_EQ(power.unit, "MtCO2");
  EXPECT_DOUBLE_EQ(*power.value, 41);
  const Mention rate = only("Each gigawatt adds about 1.1 MtCO2 a year.", "about 1.1 MtCO2 a year");
  EXPECT_EQ(rate.unit, "MtCO2/year");
}

TEST(ExtractHeldOut16, MillionsOfMarksAreDeutscheMarks) {
  const Mention hall = only("It cost 96 million marks to build.", "96 million marks");
  EXPECT_EQ(hall.kind, MentionKind::kMoney);
  EXPECT_EQ(hall.unit, "DEM");
  EXPECT_DOUBLE_EQ(*hall.value, 96e6);
  EXPECT_EQ(only("a grant of 40,000 deutschmarks", "40,000 deutschmarks").unit, "DEM");
  // without a scale word, marks are an exam's or punctuation's
  const Mention exam = only("She scored 96 marks out of 100.", "96");
  EXPECT_EQ(exam.kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut16, AnAddressWithACompassPointAndABusinessLoopPlace) {
  EXPECT_EQ(spans_of(extract("Water is available at 1200 N. Grand Ave. until Friday.")), "Friday");
  EXPECT_EQ(spans_of(extract("Drivers are sent along Business Loop 44 for now.")), "");
  // a count before a capitalised word is still a count
  EXPECT_EQ(spans_of(extract("About 1200 N. Korean workers left.")), "About 1200");
  EXPECT_EQ(spans_of(extract("The loop ran 44 times a day.")), "44 times a day");
}

TEST(ExtractHeldOut16, AScoreBetweenTwoNamesIsNoRangeEvenWhenItRises) {
  EXPECT_EQ(spans_of(extract("Cresswell Town 2-4 Dunmore Rovers: Dunmore top the table.")), "");
  EXPECT_EQ(spans_of(extract("Harbridge United 3-1 Castlefort: a win.")), "");
  // a range after a name, with a noun after it, is still a range
  EXPECT_EQ(spans_of(extract("In Gaza 2-4 trucks entered each hour.")), "2-4");
}

TEST(ExtractHeldOut16, AYearBeforeToAndAShareIsStillAYear) {
  const Mention year = only("The OBR cut its forecast for 2027 to 1.1% from 1.6%.", "2027");
  EXPECT_EQ(year.kind, MentionKind::kDate);
  EXPECT_EQ(*year.date, (Date{2027, 0, 0}));
  EXPECT_EQ(only("Inflation in 2025 to 3% was high.", "2025").kind, MentionKind::kDate);
  // a count that changed is still a count
  EXPECT_EQ(spans_of(extract("Staff rose from 2000 to 3000.")), "2000|3000");
}

TEST(ExtractHeldOut16, TheMonthAForecastWasMadeIsPast) {
  EXPECT_EQ(*only("Borrowing is £12.4bn more than forecast in March.", "March").date, (Date{2026, 3, 0}));
  EXPECT_EQ(*only("It is up from the £105.2bn it forecast in March.", "March").date, (Date{2026, 3, 0}));
  // what a forecast looks ahead to stays ahead
  EXPECT_EQ(*only("Rain is forecast for Saturday.", "Saturday").date, (Date{2026, 11, 7}));
}

TEST(ExtractHeldOut16, AHalfHyphenedToAUnitIsHalfOfIt) {
  const Mention stretch = only("It closed a half-mile stretch of the highway.", "half-mile");
  EXPECT_EQ(stretch.kind, MentionKind::kQuantity);
  EXPECT_EQ(stretch.unit, "mi");
  EXPECT_DOUBLE_EQ(*stretch.value, 0.5);
  EXPECT_EQ(only("a half-litre bottle", "half-litre").unit, "litres");
  // no unit, or a longer compound: no measure
  EXPECT_EQ(spans_of(extract("It was a half-hearted effort before half-time.")), "");
  EXPECT_EQ(spans_of(extract("a half-mile-long road")), "");
}

TEST(ExtractHeldOut16, ALevelBelowAYearsIsSetAgainstTheYear) {
  const Mention year = only("Emissions were some 53 per cent below 1990.", "1990");
  EXPECT_EQ(year.kind, MentionKind::kDate);
  EXPECT_EQ(*year.date, (Date{1990, 0, 0}));
  EXPECT_EQ(only("Output is below 2019 levels.", "2019").kind, MentionKind::kDate);
  // a bound on a count stays a bound
  EXPECT_EQ(only("The toll rose above 1990 on Monday.", "above 1990").qualifier, Qualifier::kMoreThan);
}

}  // namespace
}  // namespace figcheck
