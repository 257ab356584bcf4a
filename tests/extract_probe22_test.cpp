// Probe round 22 (figures in the short forms of news: headlines, captions, key-figures
// boxes, live and social posts, market shorthand, symbols as qualifiers and signs,
// shortened units, years and seasons; tests/data/probe22-shorthand-headlines.tsv): forms
// the extractor misread, each fixed by a general rule, with the neighbours each rule must
// leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 12};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe22, AHeadlinesWeeksAndMonthsAreSpans) {
  const Mention closure = only("A14 closed for 2 wks after bridge strike", "2 wks");
  EXPECT_EQ(closure.kind, MentionKind::kDuration);
  EXPECT_EQ(closure.unit, "weeks");
  EXPECT_DOUBLE_EQ(*closure.value, 2);
  EXPECT_EQ(only("He was jailed for 18 mths.", "18 mths").unit, "months");
  EXPECT_EQ(only("The 12-mth rolling average fell.", "12-mth").unit, "months");
  EXPECT_EQ(only("A 3-wk trial.", "3-wk").unit, "weeks");
  EXPECT_DOUBLE_EQ(*only("The state will spend 1.2 bln euros on rail.", "1.2 bln euros").value, 1.2e9);
  // the abbreviations alone are no figure, and a rate's "a wk" is not a second span
  EXPECT_EQ(spans_of(extract("The wk ahead in markets.")), "");
  EXPECT_EQ(spans_of(extract("He works 3 days a wk.")), "3 days");
}

TEST(ExtractProbe22, AMarketTablesArrowsAreSigns) {
  const Mention fall = only("Sterling ↓0.6% at the close.", "↓0.6%");
  EXPECT_EQ(fall.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*fall.value, -0.6);
  EXPECT_DOUBLE_EQ(*only("Copper ▼2.1% on demand fears.", "▼2.1%").value, -2.1);
  EXPECT_DOUBLE_EQ(*only("Shares ↑3% in early trade.", "↑3%").value, 3);
  EXPECT_DOUBLE_EQ(*only("Brent ▲1.2% on supply worries.", "▲1.2%").value, 1.2);
  // an arrow spaced from its number, or inside a word, signs nothing
  EXPECT_EQ(spans_of(extract("Arrows: ↑ 3 places in the table.")), "3");
  // a margin of error is spanned without its sign, as the corpus annotates it
  EXPECT_EQ(spans_of(extract("Labour 34% (±3%).")), "34%|3%");
}

TEST(ExtractProbe22, CircaAbbreviatedIsAnEstimate) {
  const Mention homes = only("c.40 homes were evacuated overnight.", "c.40");
  EXPECT_EQ(homes.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*homes.value, 40);
  EXPECT_EQ(homes.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("The firm employs c. 12,000 staff.", "c. 12,000").qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("Founded 1887. Staff: c.4,500.", "c.4,500").qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("Appx. 15 mins from the airport.", "Appx. 15 mins").qualifier, Qualifier::kAbout);
  // a year after it stays a year, and a capital C ending a sentence bounds nothing
  EXPECT_EQ(only("Built c. 1450, the church survives.", "c. 1450").kind, MentionKind::kDate);
  const Mention voters = only("They chose Plan C. 40 people voted for it.", "40");
  EXPECT_EQ(voters.qualifier, Qualifier::kNone);
}

TEST(ExtractProbe22, AYearClippedToItsLastTwoDigitsAfterOfOrForOrAPeriod) {
  const Mention class_of = only("She graduated in the class of '98.", "'98");
  EXPECT_EQ(class_of.kind, MentionKind::kDate);
  EXPECT_EQ(test::iso(class_of.date), "1998");
  EXPECT_EQ(test::iso(only("Growth forecast cut to 1.1% for '26.", "'26").date), "2026");
  const Mention quarter = only("Q1 '26 deliveries rose.", "Q1 '26");
  EXPECT_EQ(quarter.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(quarter.date), "2026-01");
  EXPECT_EQ(test::iso(quarter.date_end), "2026-03");
  const Mention financial = only("FY'26 guidance was cut.", "FY'26");
  EXPECT_EQ(test::iso(financial.date), "2025");
  EXPECT_EQ(test::iso(financial.date_end), "2026");
  EXPECT_TRUE(only("Q3 FY'26 revenue rose.", "Q3 FY'26").ambiguous);
  // a quotation opening with a number after another word is no year
  EXPECT_EQ(spans_of(extract("He said '25 people were hurt'.")), "25");
}

TEST(ExtractProbe22, AHalfOrQuarterNumberedFirstIsAPeriod) {
  const Mention half = only("1H25 pre-tax profit rose.", "1H25");
  EXPECT_EQ(half.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(half.date), "2025-01");
  EXPECT_EQ(test::iso(half.date_end), "2025-06");
  EXPECT_EQ(test::iso(only("2H26 guidance implies growth.", "2H26").date), "2026-07");
  const Mention quarter = only("Revenue per user rose in 4Q25.", "4Q25");
  EXPECT_EQ(test::iso(quarter.date), "2025-10");
  EXPECT_EQ(test::iso(quarter.date_end), "2025-12");
  EXPECT_EQ(test::iso(only("Sales fell in 3Q 2025.", "3Q 2025").date_end), "2025-09");
  // no year, no such part of one, or more letters glued on: no period
  EXPECT_EQ(spans_of(extract("The 4Q campaign and the 2H strategy.")), "");
  EXPECT_EQ(spans_of(extract("Codes 5H25 and 1Q25s.")), "");
}

TEST(ExtractProbe22, ASignBoundsASumAsItBoundsANumber) {
  const Mention cap = only("Market cap: ~$40bn", "~$40bn");
  EXPECT_EQ(cap.kind, MentionKind::kMoney);
  EXPECT_EQ(cap.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*cap.value, 4e10);
  EXPECT_EQ(only("Bonuses >£1m were paid.", ">£1m").qualifier, Qualifier::kMoreThan);
  const Mention jackpot = only("A £10m+ lottery jackpot is unclaimed.", "£10m+");
  EXPECT_EQ(jackpot.qualifier, Qualifier::kAtLeast);
  EXPECT_DOUBLE_EQ(*jackpot.value, 1e7);
  // a sum plus another goes on to it
  EXPECT_EQ(spans_of(extract("It cost £5+£3 in fees.")), "£5|£3");
}

TEST(ExtractProbe22, APastChangeBeforeAFarHigherNumberIsAChangeAndItsLevel) {
  EXPECT_EQ(spans_of(extract("Claims rose 14k to 225k in the week.")), "14k|225k");
  EXPECT_EQ(spans_of(extract("Deaths rose 12 to 340, officials said.")), "12|340");
  // two numbers near each other after it are still a range
  EXPECT_EQ(spans_of(extract("Output rose 2 to 3 units.")), "2 to 3");
  EXPECT_EQ(spans_of(extract("Officials expect 30 to 400 lorries.")), "30 to 400");
}

TEST(ExtractProbe22, AWeekdayCutShortEndingAHeadlinesClauseIsADay) {
  const Mention saturday = only("Heatwave: temps to hit 34C by Sat", "Sat");
  EXPECT_EQ(saturday.kind, MentionKind::kDate);
  EXPECT_EQ(test::iso(saturday.date), "2026-03-14");
  EXPECT_EQ(test::iso(only("Polls close 10pm Thu.", "Thu").date), "2026-03-12");
  EXPECT_EQ(test::iso(only("The deal was struck on Fri.", "Fri").date), "2026-03-06");
  // a name after it, or a clause going on, names no day
  EXPECT_EQ(spans_of(extract("A quote from Sun Pharma.")), "");
  EXPECT_EQ(spans_of(extract("Staff at the Sun said on Mon it would close.")), "");
}

TEST(ExtractProbe22, AHeadlinesDecimalBeforeOneQuakeIsItsMagnitude) {
  const Mention quake = only("Breaking: 6.1 quake strikes off Japan", "6.1");
  EXPECT_EQ(quake.kind, MentionKind::kQuantity);
  EXPECT_EQ(quake.unit, "magnitude");
  EXPECT_EQ(only("A 5.8 earthquake hit the coast.", "5.8").unit, "magnitude");
  // whole numbers before quakes count them
  EXPECT_EQ(only("3 earthquakes struck overnight.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Officials logged 2 tremors.", "2").kind, MentionKind::kNumber);
}

TEST(ExtractProbe22, EarningsPerShareAreAValueNotACodesNumber) {
  const Mention earnings = only("EPS 42p vs 38p a year ago.", "42p");
  EXPECT_EQ(earnings.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*earnings.value, 0.42);
  EXPECT_EQ(spans_of(extract("Dividend 12p, EPS 42p, DPS 12.5p.")), "12p|42p|12.5p");
  // other capitals before a number still name a code
  EXPECT_EQ(spans_of(extract("The IDF 401 brigade moved.")), "");
}

TEST(ExtractProbe22, PointsAbbreviatedAreReadAsPointsAre) {
  const Mention index = only("Dow sheds 500 pts as tech stocks slide", "500 pts");
  EXPECT_EQ(index.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*index.value, 500);
  EXPECT_EQ(spans_of(extract("FTSE 100 closes up 40 pts at 8,350")), "40 pts|8,350");
  // a change in a rate given in per cent is in percentage points, as "up 0.2 points" is
  const Mention rate = only("Unemployment up 0.2pts to 4.4%.", "0.2pts");
  EXPECT_EQ(rate.kind, MentionKind::kPercent);
  EXPECT_EQ(rate.unit, "percentage_points");
}

}  // namespace
}  // namespace figcheck
