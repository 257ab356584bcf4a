// Held-out round 14 (articles 115-120): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 27};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut14, ADayOfTheMonthTakesTheMonthOfADateInItsOwnParagraphOnly) {
  // a month named in the paragraph before does not carry over
  const Mention due = only("He was convicted last month.\n\nThe hearing was held on the 3rd.", "3rd");
  EXPECT_EQ(*due.date, (Date{2026, 3, 3}));
  // in the same paragraph it does
  EXPECT_EQ(*only("They met on 12 February and again on the 20th.", "20th").date, (Date{2026, 2, 20}));
}

TEST(ExtractHeldOut14, HadBeenDueIsTheFutureSeenFromThePast) {
  EXPECT_EQ(*only("The sentencing had been due on the 3rd but was put off.", "3rd").date, (Date{2026, 3, 3}));
  // still ahead when it is due
  EXPECT_EQ(*only("The vote is due on the 3rd.", "3rd").date, (Date{2026, 4, 3}));
}

TEST(ExtractHeldOut14, AChangeInPointsWithItsLevelInPerCentLaterInTheSentence) {
  const Mention fall = only("Support has fallen by six points since January, when it stood at 60%.", "six points");
  EXPECT_EQ(fall.kind, MentionKind::kPercent);
  EXPECT_EQ(fall.unit, "percentage_points");
  EXPECT_EQ(only("Support rose by 6.5 points since May, to 48 per cent.", "6.5 points").unit, "percentage_points");
  // an index's move said again in per cent stays a number of points
  EXPECT_EQ(spans_of(extract("The index fell 30 points, or 0.4%, to 7,500.")), "30|0.4%|7,500");
  // a percentage in another sentence says nothing
  EXPECT_EQ(spans_of(extract("The Dow fell 12 points. Inflation was 3%.")), "12|3%");
}

TEST(ExtractHeldOut14, TheBestPartOfASpanIsTheSpan) {
  const Mention decade = only("The scheme ran \"for the best part of a decade\", the judge said.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(only("She lived there for most of a year.", "a year").unit, "years");
  EXPECT_EQ(only("The better part of a week was lost.", "a week").unit, "weeks");
  // a moment of a span is none
  EXPECT_TRUE(extract("Prices rise at the end of a year.").empty());
}

TEST(ExtractHeldOut14, OnAScorersLineANumberAfterANameIsTheMinuteOfAGoal) {
  const std::vector<Mention> goals = extract("Report.\nSCORERS: Halden: Okoro 23, Brandt 90+4. Marlow: Fenwick 58 (pen).");
  EXPECT_EQ(spans_of(goals), "23|90+4|58");
  for (const Mention& goal : goals) EXPECT_EQ(goal.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*goals[1].value, 94);
  // two goals of one player, and a name before each
  EXPECT_EQ(spans_of(extract("Scorers: Port Calder — Ferreira 12, 40. Att: 52,341.")), "12|40|52,341");
  // on another line a number after a name or a comma is no minute
  EXPECT_EQ(only("Keepers: Pike, 36, and Brandt, 19.", "36").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut14, TwoTeamsEachWithItsScoreAreAResultNotFigures) {
  EXPECT_EQ(spans_of(extract("Halden Athletic 2 Marlow Town 1: teenager Brandt keeps the run alive")), "");
  EXPECT_EQ(spans_of(extract("Final score: Leeds 3 Everton 0.\nAtt: 31,842.")), "31,842");
  // no name before the first, or a percentage after the second: figures
  EXPECT_EQ(spans_of(extract("Shares: Halden up 2 Marlow Town 1%.")), "2|1%");
  EXPECT_EQ(spans_of(extract("Halden Athletic 2 Marlow Town 1% higher")), "2|1%");
}

TEST(ExtractHeldOut14, AnAgeAndOverIsAtLeastIt) {
  const Mention oldest = only("Deaths among people aged 75 and over rose by 17%.", "75 and over");
  EXPECT_EQ(oldest.qualifier, Qualifier::kAtLeast);
  EXPECT_DOUBLE_EQ(*oldest.value, 75);
  EXPECT_EQ(only("Those 65 and older were most at risk.", "65 and older").qualifier, Qualifier::kAtLeast);
  // "and over" that goes on to another figure is a bound of that one
  EXPECT_EQ(spans_of(extract("It had 5 and over 200 others.")), "5|over 200");
}

TEST(ExtractHeldOut14, AnAgeBandsOtherBoundsAfterTheAge) {
  EXPECT_EQ(only("Men aged 50 or older should be screened.", "50 or older").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Residents aged 65 plus get the jab.", "65 plus").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Those 16 or younger need consent.", "16 or younger").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("Those 16 and younger need consent.", "16 and younger").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("Children aged 5 and under travel free.", "5 and under").qualifier, Qualifier::kAtMost);
  // "and under" after a figure that is no age, "plus" or "and under" before another figure,
  // and "plus" that adds a thing: no bound
  EXPECT_EQ(spans_of(extract("The side won 5 and under pressure held on.")), "5");
  EXPECT_EQ(spans_of(extract("Voters aged 18 and under 25 were polled.")), "18|under 25");
  EXPECT_EQ(spans_of(extract("Residents aged 65 plus 3 carers came.")), "65|3");
  EXPECT_EQ(spans_of(extract("Tickets cost £300 plus VAT.")), "£300");
}

TEST(ExtractHeldOut14, TheOverOrUnderAnAgeIsACountWithItsBound) {
  const Mention young = only("It was 2.6 per 100,000 in the under-65s.", "under-65s");
  EXPECT_EQ(young.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*young.value, 65);
  EXPECT_EQ(young.qualifier, Qualifier::kUnder);
  EXPECT_EQ(only("Efficacy in the over-65s was 34%.", "over-65s").qualifier, Qualifier::kOver);
  // a hyphenated word that is no age group
  EXPECT_EQ(spans_of(extract("The over-the-counter price was 34%.")), "34%");
}

TEST(ExtractHeldOut14, ABenchmarkAfterARateIsInTheRatesUnit) {
  const std::vector<Mention> water =
      extract("It served 7.5 litres per person per day, half the emergency minimum of 15 litres.");
  EXPECT_EQ(spans_of(water), "7.5 litres per person per day|half|15 litres");
  EXPECT_EQ(water[2].unit, "litres/person/day");
  const Mention bare = only("Supply fell to 6 litres per person per day, against an emergency minimum of 15.", "15");
  EXPECT_EQ(bare.kind, MentionKind::kQuantity);
  EXPECT_EQ(bare.unit, "litres/person/day");
  // in the next sentence the rate is no longer in view
  EXPECT_EQ(only("Supply fell to 6 litres per person per day. Tanks hold a minimum of 15 litres.", "15 litres").unit,
            "litres");
}

TEST(ExtractHeldOut14, CentsWithTheirCurrencyNamedBetween) {
  const Mention hk = only("It cut its interim dividend to 18 HK cents from 26 HK cents.", "18 HK cents");
  EXPECT_EQ(hk.kind, MentionKind::kMoney);
  EXPECT_EQ(hk.unit, "HKD");
  EXPECT_DOUBLE_EQ(*hk.value, 0.18);
  EXPECT_EQ(only("Coffee rose 5 US cents a pound.", "5 US cents").unit, "USD");
  EXPECT_EQ(only("A 50 euro cents stamp.", "50 euro cents").unit, "EUR");
}

TEST(ExtractHeldOut14, APublicationsMonthHalfGoneIsNotTheParagraphsEarlierYear) {
  constexpr Date mid_october{2026, 10, 16};
  const Mention month = only("Admissions in the first two weeks of October (1,912) were nearly double those of "
                             "the same fortnight in 2025.",
                             "October", mid_october);
  EXPECT_EQ(*month.date, (Date{2026, 10, 0}));
  // a month barely begun still takes its paragraph's year (held-out round 5)
  constexpr Date early_october{2024, 10, 7};
  EXPECT_EQ(*only("Israel began a ground operation in late October. By 6 November 2023, talks failed.", "October",
                  early_october)
                 .date,
            (Date{2023, 10, 0}));
}

TEST(ExtractHeldOut14, AShortMonthsPossessiveReleaseIsTheMonth) {
  constexpr Date july{2026, 7, 23};
  EXPECT_EQ(*only("Inflation was 0.4 percentage point above May's reading.", "May", july).date, (Date{2026, 5, 0}));
  EXPECT_EQ(*only("It beat June's figure.", "June", july).date, (Date{2026, 6, 0}));
  // a person's
  EXPECT_TRUE(extract("Theresa May's decision was final.", july).empty());
}

TEST(ExtractHeldOut14, AnExchangeRatePerDollarIsMoneyInTheCurrencyQuoted) {
  const Mention shilling = only("In Nairobi, the Kenyan shilling was quoted at 129.25 per dollar.", "129.25");
  EXPECT_EQ(shilling.kind, MentionKind::kMoney);
  EXPECT_EQ(shilling.unit, "KES");
  EXPECT_EQ(only("The won firmed 0.8% to 1,352.4 per dollar.", "1,352.4").unit, "KRW");
  EXPECT_EQ(only("The naira eased to 1,545 per dollar.", "1,545").unit, "NGN");
  // no currency quoted: a plain number
  EXPECT_EQ(only("It raises 12 per dollar spent.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut14, AFigureSetAgainstAMeasuredOneTakesItsUnit) {
  const Mention target = only("Israel allowed about 300 aid trucks a day into Gaza, half the 600 set out in the deal.", "600");
  EXPECT_EQ(target.kind, MentionKind::kQuantity);
  EXPECT_EQ(target.unit, "trucks/day");
  const Mention rate = only("It assumes 150 yen to the dollar for the rest of the year, against 155 in the first quarter.",
                            "155");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "JPY");
  // a figure with its own noun counts that
  EXPECT_EQ(only("About 300 trucks a day came, the 20 drivers said.", "20").kind, MentionKind::kNumber);
  // nor does the unit cross a sentence
  EXPECT_EQ(only("About 300 trucks a day came. Against 155 in May, it rose.", "155").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut14, TheJuneQuarterIsTheThreeMonthsToJune) {
  constexpr Date july{2026, 7, 23};
  const Mention past = only("Iron ore shipments in the June quarter fell 3%.", "June quarter", july);
  EXPECT_EQ(past.kind, MentionKind::kDateRange);
  EXPECT_EQ(*past.date, (Date{2026, 4, 0}));
  EXPECT_EQ(*past.date_end, (Date{2026, 6, 0}));
  EXPECT_EQ(*only("It expects a rebound in the December quarter.", "December quarter", july).date, (Date{2026, 10, 0}));
  // a month that ends no quarter stays the month
  EXPECT_EQ(spans_of(extract("Sales in the August quarter rose.", july)), "August");
}

}  // namespace
}  // namespace figcheck
