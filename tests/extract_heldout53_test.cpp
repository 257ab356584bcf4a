// Held-out round 53 (articles 405-410): English-language presses the corpus had not met, a
// Pakistani business wire, a Malaysian budget wire, a Hong Kong budget story, a Sri Lankan
// business daily, a Caribbean regional story and a UAE transport story; forms the extractor
// missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 10, 11};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut53, RinggitWrittenRMAgainstTheFigure) {
  const Mention budget = only("The RM470 billion budget was tabled.", "RM470 billion");
  EXPECT_EQ(budget.kind, MentionKind::kMoney);
  EXPECT_EQ(budget.unit, "MYR");
  EXPECT_EQ(*budget.value, 470e9);
  EXPECT_EQ(only("RON95 stays at RM1.99 a litre.", "RM1.99").unit, "MYR");
  // small whole figures count as ringgit only after money in ringgit, as "Dh50" does
  EXPECT_EQ(spans_of(extract("Aid rose to RM15 billion, with RM100 for every adult.")), "RM15 billion|RM100");
  EXPECT_EQ(spans_of(extract("The RM12 form was filed.")), "");
}

TEST(ExtractHeldOut53, CaribbeanDollarsByTheirLettersBeforeTheSign) {
  EXPECT_EQ(only("It set aside J$1.2 billion.", "J$1.2 billion").unit, "JMD");
  EXPECT_EQ(only("It received TT$45 million.", "TT$45 million").unit, "TTD");
  EXPECT_EQ(only("A BDS$10 million fund.", "BDS$10 million").unit, "BBD");
  EXPECT_EQ(only("Members paid EC$38.4 million.", "EC$38.4 million").unit, "XCD");
  const Mention house = only("a policy on a J$25-million house", "J$25-million");
  EXPECT_EQ(*house.value, 25e6);
  // the letters as a word are no currency
  EXPECT_EQ(spans_of(extract("The EC 27 met.")), "27");
}

TEST(ExtractHeldOut53, SenAndFilsAfterMoneyInTheirCurrency) {
  const Mention sen = only("Wages rose to RM1,700, and by 50 sen an hour for part-timers.", "50 sen");
  EXPECT_EQ(sen.kind, MentionKind::kMoney);
  EXPECT_EQ(sen.unit, "MYR");
  EXPECT_DOUBLE_EQ(*sen.value, 0.5);
  const Mention fils = only("The Dh7.5 fare stays; parking rises by 50 fils an hour.", "50 fils");
  EXPECT_EQ(fils.unit, "AED");
  EXPECT_DOUBLE_EQ(*fils.value, 0.5);
  // with no money in ringgit before it, "sen" names no currency
  EXPECT_NE(only("He paid 50 sen.", "50").kind, MentionKind::kMoney);
}

TEST(ExtractHeldOut53, AnExchangeRateAgainstTheDollar) {
  const Mention rate = only("The ringgit firmed 0.2 per cent to 4.2130 against the US dollar on Friday.", "4.2130");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "MYR");
  EXPECT_EQ(only("The rand weakened to 18.40 against the dollar.", "18.40").unit, "ZAR");
  // with no currency named before it, the figure stays a number
  EXPECT_EQ(only("The index rose to 4.2130 against the dollar.", "4.2130").kind, MentionKind::kNumber);
  // the euro and sterling are quoted in dollars each: their rate is no sum in euros or pounds
  EXPECT_EQ(only("The euro traded at 1.085 against the dollar.", "1.085").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Sterling slipped to 1.2650 against the dollar.", "1.2650").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut53, ALineNumberOfSevenOrEightDigitsAfterCallOn) {
  EXPECT_EQ(spans_of(extract("For more details, call RTA on 8009090.")), "");
  EXPECT_EQ(spans_of(extract("Call the embassy on 44124000 for help.")), "");
  // a run that long with no one called is still read
  EXPECT_EQ(spans_of(extract("They spent on 8009090 items.")), "8009090");
}

TEST(ExtractHeldOut53, ARoughRangeInDigitsOneApart) {
  const Mention month = only("The holy month lasts 29 or 30 days.", "29 or 30 days");
  EXPECT_EQ(month.kind, MentionKind::kDuration);
  EXPECT_EQ(month.unit, "days");
  EXPECT_EQ(*month.low, 29);
  EXPECT_EQ(*month.high, 30);
  // a bare pair is a choice, and ends further apart are two figures
  EXPECT_EQ(spans_of(extract("Press 1 or 2 to continue.")), "1|2");
  EXPECT_EQ(spans_of(extract("It takes 10 or 20 days.")), "10|20 days");
}

TEST(ExtractHeldOut53, MayAfterTheSpanOfItsDays) {
  EXPECT_EQ(spans_of(extract("Tourists arrived in the first 11 days of May, up 8.6%.")), "first|11 days|May|8.6%");
  EXPECT_EQ(only("Sales fell in the last two weeks of May.", "May").kind, MentionKind::kDate);
  // the verb stays a verb
  EXPECT_EQ(spans_of(extract("Members of May may vote.")), "");
}

TEST(ExtractHeldOut53, AWeekdayWithItsDayInBrackets) {
  // published Saturday 11 October 2025: "Monday (6)" is 6 October, "Friday (10)" the 10th
  const Mention monday = only("Poya fell on Monday (6), and offices closed.", "Monday (6)");
  EXPECT_EQ(monday.kind, MentionKind::kDate);
  EXPECT_EQ(test::iso(*monday.date), "2025-10-06");
  EXPECT_EQ(test::iso(*only("The rupee closed on Friday (10).", "Friday (10)").date), "2025-10-10");
  // a longer bracketed figure is no day
  EXPECT_EQ(spans_of(extract("On Monday (120 votes) it passed.")), "Monday|120");
}

}  // namespace
}  // namespace figcheck
