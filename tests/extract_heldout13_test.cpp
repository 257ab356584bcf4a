// Held-out round 13 (articles 109-114): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 8, 17};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut13, TwoDaysWithTheirMonthsJoinedByToAreARange) {
  const Mention period = only("Reporting period: 26 January to 4 February 2026.", "26 January to 4 February 2026");
  EXPECT_EQ(period.kind, MentionKind::kDateRange);
  EXPECT_EQ(*period.date, (Date{2026, 1, 26}));
  EXPECT_EQ(*period.date_end, (Date{2026, 2, 4}));
  // across a year's end, the first day takes the year before
  const Mention winter = only("The survey ran 28 December to 9 January 2026.", "28 December to 9 January 2026");
  EXPECT_EQ(*winter.date, (Date{2025, 12, 28}));
  // "on" a day, then "to" something else: two dates
  EXPECT_EQ(spans_of(extract("Prices rose on 26 January to 4 February levels.")), "26 January|4 February");
  // a year on the first alone is left as two dates, not guessed into one
  EXPECT_EQ(spans_of(extract("It ran 26 January 2026 to 4 February.")), "26 January 2026|4 February");
}

TEST(ExtractHeldOut13, RangedInSomethingFromIsARange) {
  const Mention ages = only("The prisoners ranged in age from 17 to 72, officials said.", "from 17 to 72");
  EXPECT_EQ(ages.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*ages.low, 17);
  EXPECT_DOUBLE_EQ(*ages.high, 72);
  EXPECT_EQ(only("Plots varied in size from 2 to 9 hectares.", "from 2 to 9 hectares").unit, "ha");
  // a change, not a range
  EXPECT_EQ(spans_of(extract("The toll rose in May from 17 to 72.")), "May|17|72");
}

TEST(ExtractHeldOut13, AFinancialYearWithBothYears) {
  const Mention year = only("It expects a profit of €1.4bn for FY2025/26, it said.", "FY2025/26");
  EXPECT_EQ(year.kind, MentionKind::kDateRange);
  EXPECT_EQ(*year.date, (Date{2025, 0, 0}));
  EXPECT_EQ(*year.date_end, (Date{2026, 0, 0}));
  EXPECT_EQ(*only("Growth slowed in FY2025-2026.", "FY2025-2026").date_end, (Date{2026, 0, 0}));
  // years that do not follow each other are no financial year
  EXPECT_TRUE(extract("See the FY2025/28 plan.").empty() ||
              spans_of(extract("See the FY2025/28 plan.")).find("FY2025/28") == std::string::npos);
}

TEST(ExtractHeldOut13, TheWeekendIsItsSaturdayAndSunday) {
  const Mention past = only("About 52,000 people fled over the weekend.", "the weekend");
  EXPECT_EQ(past.kind, MentionKind::kDateRange);
  EXPECT_EQ(*past.date, (Date{2026, 8, 15}));
  EXPECT_EQ(*past.date_end, (Date{2026, 8, 16}));
  const Mention ahead = only("Talks will resume at the weekend.", "the weekend");
  EXPECT_EQ(*ahead.date, (Date{2026, 8, 22}));
  // a weekend that names a thing, not a time
  EXPECT_TRUE(extract("The weekend edition sold out.").empty());
  const Mention last = only("He spent last weekend in Rome.", "last weekend");
  EXPECT_EQ(*last.date, (Date{2026, 8, 15}));
}

TEST(ExtractHeldOut13, MoreCurrenciesByName) {
  const Mention taka = only("Losses could exceed 9 billion taka ($74m), it said.", "9 billion taka");
  EXPECT_EQ(taka.kind, MentionKind::kMoney);
  EXPECT_EQ(taka.unit, "BDT");
  EXPECT_DOUBLE_EQ(*taka.value, 9e9);
  EXPECT_EQ(only("A bag of rice cost 80 cedis.", "80 cedis").unit, "GHS");
  EXPECT_EQ(only("Fares rose to 300 birr.", "300 birr").unit, "ETB");
  EXPECT_EQ(only("The loan is BDT 500m.", "BDT 500m").unit, "BDT");
}

TEST(ExtractHeldOut13, AConfidenceIntervalsBoundsAfterItsLetters) {
  const std::vector<Mention> found = extract("Efficacy was 66% (95% CI 54–75%) in the trial.");
  EXPECT_EQ(spans_of(found), "66%|54–75%");
  EXPECT_DOUBLE_EQ(*found[1].low, 54);
  EXPECT_DOUBLE_EQ(*found[1].high, 75);
  EXPECT_EQ(spans_of(extract("It was 34% (95% CI 12-51%).")), "34%|12-51%");
}

TEST(ExtractHeldOut13, ARatePerHeadWithATwoWordNoun) {
  const Mention visits = only("It causes roughly 2,400 doctor visits per 100,000 people a year.",
                              "roughly 2,400 doctor visits per 100,000 people");
  EXPECT_EQ(visits.kind, MentionKind::kQuantity);
  EXPECT_EQ(visits.unit, "per_100k");
  EXPECT_EQ(visits.qualifier, Qualifier::kRoughly);
  EXPECT_EQ(only("and about 45 hospital admissions per 100,000.", "about 45 hospital admissions per 100,000").unit,
            "per_100k");
}

TEST(ExtractHeldOut13, ASignedChangeInBracketsIsNoPhoneNumber) {
  const std::vector<Mention> seats = extract("National Renewal 31 (+2), Civic Alliance 50 (-2).");
  EXPECT_EQ(spans_of(seats), "31|+2|50|-2");
  EXPECT_DOUBLE_EQ(*seats[1].value, 2);
  EXPECT_EQ(spans_of(extract("The swing was +3 on the day.")), "+3");
  // phone numbers stay out, with the country code in brackets or not
  EXPECT_TRUE(extract("Call (+44) 20 7946 0000 now.").empty());
  EXPECT_TRUE(extract("Call +44 20 7946 0000 now.").empty());
}

}  // namespace
}  // namespace figcheck
