// Held-out round 8 (articles 79-84): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 11};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Oil and energy volumes

TEST(ExtractHeldOut8, BarrelsAreAMeasure) {
  const Mention stocks = only("Inventories rose by 2.1 million barrels last week.", "2.1 million barrels");
  EXPECT_EQ(stocks.kind, MentionKind::kQuantity);
  EXPECT_EQ(stocks.unit, "barrels");
  EXPECT_DOUBLE_EQ(*stocks.value, 2.1e6);
  const Mention draw = only("Traders had expected a 900,000-barrel draw.", "900,000-barrel");
  EXPECT_EQ(draw.unit, "barrels");
  EXPECT_DOUBLE_EQ(*draw.value, 900000);
  // a flow keeps its period
  EXPECT_EQ(only("The field pumps 250,000 barrels a day.", "250,000 barrels a day").unit, "barrels/day");
  // a share of a stuff measured in barrels stays a share
  const Mention share = only("One in four barrels of crude goes to Asia.", "One in four");
  EXPECT_EQ(share.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*share.value, 25);
  // and a share that is a distance is still no share
  EXPECT_EQ(spans_of(extract("Rain fell on one in 10 km of track.")).find("One in"), std::string::npos);
}

TEST(ExtractHeldOut8, OilFlowsInMillionsOrThousandsOfBarrelsADay) {
  const Mention glut = only("Supply will exceed demand by about 2.4 mb/d next quarter.", "about 2.4 mb/d");
  EXPECT_EQ(glut.unit, "barrels/day");
  EXPECT_DOUBLE_EQ(*glut.value, 2.4e6);
  EXPECT_EQ(glut.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*only("Exports slipped to 640 kb/d.", "640 kb/d").value, 640000);
  EXPECT_DOUBLE_EQ(*only("Output reached 12,000 b/d.", "12,000 b/d").value, 12000);
  // millibars are no flow: a pressure (round 21)
  EXPECT_EQ(only("Pressure fell to 960 mb overnight.", "960 mb").unit, "mb");
}

TEST(ExtractHeldOut8, EnergyInWattHoursSpelledOut) {
  const Mention flow = only("Withdrawals ran at 4.2 terawatt hours a day.", "4.2 terawatt hours a day");
  EXPECT_EQ(flow.unit, "TWh/day");
  EXPECT_DOUBLE_EQ(*flow.value, 4.2);
  EXPECT_EQ(only("The battery stores 300 megawatt hours.", "300 megawatt hours").unit, "MWh");
  EXPECT_EQ(only("A 2-gigawatt-hour battery was built.", "2-gigawatt-hour").unit, "GWh");
  // a power alone is a power
  EXPECT_EQ(only("The plant makes 1.2 gigawatts.", "1.2 gigawatts").unit, "GW");
  EXPECT_EQ(only("The farm is 3 terawatts.", "3 terawatts").unit, "TW");
}

TEST(ExtractHeldOut8, AChangeByAVolumeToALevelIsTwoFigures) {
  EXPECT_EQ(spans_of(extract("The agency raised its forecast by 60,000 bpd to 850,000 bpd.")),
            "60,000 bpd|850,000 bpd");
  EXPECT_EQ(spans_of(extract("Stocks fell by 2 million barrels to 420 million barrels.")),
            "2 million barrels|420 million barrels");
  // a range of amounts after "by" stays a range
  const Mention range = only("Output could fall by 5 km to 8 km of pipe.", "5 km to 8 km");
  EXPECT_DOUBLE_EQ(*range.low, 5);
  EXPECT_DOUBLE_EQ(*range.high, 8);
  EXPECT_EQ(spans_of(extract("The gap trails by 12% to 15%.")), "12% to 15%");
}

// ---------------------------------------------------------------------------------------
// B. Trial statistics

TEST(ExtractHeldOut8, AConfidenceLevelNamesTheIntervalNotAFigure) {
  EXPECT_EQ(spans_of(extract("The ratio was 0.81 (95% confidence interval 0.70 to 0.93).")),
            "0.81|0.70 to 0.93");
  EXPECT_EQ(spans_of(extract("The ratio was 0.81 (95% CI 0.70 to 0.93).")), "0.81|0.70 to 0.93");
  EXPECT_EQ(spans_of(extract("It used a 90 per cent confidence level.")), "");
  // a share of people confident in something is a figure
  EXPECT_EQ(spans_of(extract("Some 95% said they had confidence in the trial.")), "Some 95%");
}

TEST(ExtractHeldOut8, AComparisonSignIsABound) {
  const Mention p = only("The difference was significant (p<0.01).", "<0.01");
  EXPECT_EQ(p.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*p.value, 0.01);
  EXPECT_EQ(p.qualifier, Qualifier::kLessThan);
  EXPECT_EQ(only("Patients with scores >20 were excluded.", ">20").qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("Adults aged ≥65 were eligible.", "≥65").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Those with a BMI ≤ 25 were excluded.", "≤ 25").qualifier, Qualifier::kAtMost);
  // a sign between two figures compares them and bounds neither
  EXPECT_EQ(only("The check 3<5 holds.", "5").qualifier, Qualifier::kNone);
}

TEST(ExtractHeldOut8, HalfAsTheSubjectOfItsSentence) {
  const Mention half = only("Half were assigned to the drug and half to a placebo.", "Half");
  EXPECT_EQ(half.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*half.value, 50);
  EXPECT_EQ(spans_of(extract("Half were assigned to the drug and half to a placebo.")), "Half|half");
  EXPECT_EQ(spans_of(extract("The trial ended. Half had side effects.")), "Half");
  // a half that names a part of a game, or one that no earlier half pairs with, is none
  EXPECT_EQ(spans_of(extract("Half-time came and the fans left.")), "");
  EXPECT_EQ(spans_of(extract("They stayed and half to go.")), "");
}

// ---------------------------------------------------------------------------------------
// C. Points in elections

TEST(ExtractHeldOut8, PointsOfChangeToAPercentageArePercentagePoints) {
  const Mention fall = only("The party's share fell by 6.4 points to 22.1%.", "6.4 points");
  EXPECT_EQ(fall.kind, MentionKind::kPercent);
  EXPECT_EQ(fall.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*fall.value, 6.4);
  // index points to an index level are points
  EXPECT_EQ(only("The Dow fell 300 points to 40,000.", "300").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut8, AHyphenatedPointSwingIsAMeasure) {
  const Mention swing = only("She held on despite a 4.5-point swing to the Greens.", "4.5-point");
  EXPECT_EQ(swing.kind, MentionKind::kPercent);
  EXPECT_EQ(swing.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*swing.value, 4.5);
  // a plan or a league lead in points is no share
  EXPECT_EQ(only("He set out a 20-point plan.", "20").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("The side opened a four-point lead.")), "four");
}

// ---------------------------------------------------------------------------------------
// D. Money, spans and dates in wire copy

TEST(ExtractHeldOut8, AnExchangeRateInCentsOfACountrysDollar) {
  const Mention rate = only("The Australian dollar fell to US64.9c.", "US64.9c");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "USD");
  EXPECT_DOUBLE_EQ(*rate.value, 0.649);
  EXPECT_DOUBLE_EQ(*only("The kiwi bought US58c.", "US58c").value, 0.58);
  // codes with more or fewer figures are names
  EXPECT_EQ(spans_of(extract("The A380c and route US1c were cancelled.")), "");
}

TEST(ExtractHeldOut8, AGapLaterOrEarlierThanAMomentIsADuration) {
  const Mention gap = only("The data come out a day later than usual.", "a day");
  EXPECT_EQ(gap.kind, MentionKind::kDuration);
  EXPECT_EQ(gap.unit, "days");
  EXPECT_EQ(only("Polls close an hour earlier than planned.", "an hour").kind, MentionKind::kDuration);
  // "a year earlier" alone names a time
  EXPECT_EQ(spans_of(extract("Sales were higher a year earlier.")), "");
}

TEST(ExtractHeldOut8, ASlashedDateAfterAWordInCapitals) {
  const Mention box = only("RAINFALL TO 9AM 5/3\nTown 12mm", "5/3");
  EXPECT_EQ(box.kind, MentionKind::kDate);
  EXPECT_TRUE(box.ambiguous);
  // a code in capitals with a number stays a name
  EXPECT_EQ(spans_of(extract("The F 35 and COVID 19/20 waves.")), "");
}

TEST(ExtractHeldOut8, AMonthThatRecursIsNoDate) {
  EXPECT_EQ(spans_of(extract("The town's March average is 88mm.")), "88mm");
  EXPECT_EQ(spans_of(extract("It was well above the July norm.")), "");
  // a month of a year, or a month's figure told as news, is a date
  EXPECT_EQ(iso(only("The March 2025 average was low.", "March 2025").date), "2025-03");
  EXPECT_EQ(iso(only("Rain in February averaged 20mm.", "February").date), "2026-02");
}

// ---------------------------------------------------------------------------------------
// E. Days of the month said as ordinals

TEST(ExtractHeldOut8, AWeekdayWithItsDayOfTheMonth) {
  const Mention ahead = only("The report will be out on Friday, the 13th.", "Friday, the 13th");
  EXPECT_EQ(ahead.kind, MentionKind::kDate);
  EXPECT_EQ(iso(ahead.date), "2026-03-13");
  // the day of the month picks the week, not the weekday's placing alone
  EXPECT_EQ(iso(only("They met on Monday, the 2nd.", "Monday, the 2nd").date), "2026-03-02");
  // a weekday alone, or with a day that is no ordinal, keeps its old reading
  EXPECT_EQ(iso(only("They met on Monday.", "Monday").date), "2026-03-09");
}

TEST(ExtractHeldOut8, DaysOfAMonthNamedOnceAtTheEnd) {
  const Mention week = only("From the 2nd to the 8th of this month, 900 trucks came.",
                            "From the 2nd to the 8th of this month");
  EXPECT_EQ(week.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(week.date), "2026-03-02");
  EXPECT_EQ(iso(week.date_end), "2026-03-08");
  const Mention last = only("From the 9th to the 15th of last month it rained.", "From the 9th to the 15th of last month");
  EXPECT_EQ(iso(last.date), "2026-02-09");
  EXPECT_EQ(iso(last.date_end), "2026-02-15");
  EXPECT_EQ(iso(only("From the 3rd to the 9th of January it snowed.", "From the 3rd to the 9th of January").date_end),
            "2026-01-09");
  // without a month they stay ordinals
  EXPECT_EQ(spans_of(extract("From the 1st to the 3rd, they led.")), "1st|3rd");
}

// ---------------------------------------------------------------------------------------
// The text's own dollar

TEST(ExtractHeldOut8, AnUnmarkedDollarIsTheTextsOnlyMarkedOne) {
  const auto floods = extract("Insurers put losses at A$410 million; households got $1,000 each, or about US67c.");
  ASSERT_EQ(spans_of(floods), "A$410 million|$1,000|about US67c");
  EXPECT_EQ(floods[1].unit, "AUD");
  EXPECT_EQ(floods[2].unit, "USD");
  // two local dollars, or none, leave "$" as US dollars
  const auto two = extract("It cost A$5m and C$3m, and $2m more.");
  ASSERT_EQ(spans_of(two), "A$5m|C$3m|$2m");
  EXPECT_EQ(two[2].unit, "USD");
  EXPECT_EQ(only("The fund raised $5m.", "$5m").unit, "USD");
  // a price list in many currencies keeps "$" as US dollars
  const auto prices = extract("The phone costs $999 in the US, £899, €1,049 and A$1,799.");
  ASSERT_EQ(spans_of(prices), "$999|£899|€1,049|A$1,799");
  EXPECT_EQ(prices[0].unit, "USD");
}

}  // namespace
}  // namespace figcheck
