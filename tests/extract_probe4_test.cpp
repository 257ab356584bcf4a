// Probe round 4 (number words, hedges, units, relative dates and names in the style of
// public extraction suites): forms the extractor missed, each fixed by a general rule,
// with the neighbours each rule must leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Units

TEST(ExtractProbe4, OuncesAndRevolutions) {
  const std::vector<Mention> baby = extract("The baby weighed 7lb 4oz.");
  ASSERT_EQ(spans_of(baby), "7lb|4oz");
  EXPECT_EQ(baby[1].unit, "oz");
  EXPECT_EQ(only("Gold rose to $2,400 an ounce.", "$2,400").unit, "USD");
  EXPECT_EQ(only("Add 12 ounces of flour.", "12 ounces").unit, "oz");
  EXPECT_EQ(only("The turbine turns at 15 rpm.", "15 rpm").kind, MentionKind::kQuantity);
}

TEST(ExtractProbe4, MilesPerGallon) {
  const Mention economy = only("The car does 50 miles per gallon.", "50 miles per gallon");
  EXPECT_EQ(economy.kind, MentionKind::kQuantity);
  EXPECT_EQ(economy.unit, "mpg");
  EXPECT_EQ(only("It gets 40 miles to the gallon.", "40 miles to the gallon").unit, "mpg");
  EXPECT_EQ(only("The hybrid manages 62mpg.", "62mpg").unit, "mpg");
  // other periods stay rates of miles
  EXPECT_EQ(only("The car hit 70 miles per hour.", "70 miles per hour").unit, "mph");
  EXPECT_EQ(only("He drove 50 miles per day.", "50 miles per day").unit, "mi/day");
}

TEST(ExtractProbe4, ARatePerSecond) {
  const Mention flow = only("The dam releases 500 cubic metres a second.", "500 cubic metres a second");
  EXPECT_EQ(flow.unit, "m3/s");
  EXPECT_DOUBLE_EQ(*flow.value, 500);
  EXPECT_EQ(only("The probe moves at 11 km per second.", "11 km per second").unit, "km/s");
  // "a second" after no unit is an ordinal, and a moment after a unit no rate
  EXPECT_EQ(spans_of(extract("They won 3 titles and a second cup.")), "3|second");
  EXPECT_EQ(only("It climbed 40 metres a second later.", "40 metres").unit, "m");
}

TEST(ExtractProbe4, ASlashedFractionOfAUnit) {
  const Mention slice = only("The loaf was cut in 3/8-inch slices.", "3/8-inch");
  EXPECT_EQ(slice.kind, MentionKind::kQuantity);
  EXPECT_EQ(slice.unit, "in");
  EXPECT_DOUBLE_EQ(*slice.value, 0.375);
  EXPECT_DOUBLE_EQ(*only("Add 1/2 litre of milk.", "1/2 litre").value, 0.5);
  // with no unit it stays what it was: a share, or a date
  EXPECT_DOUBLE_EQ(*only("Only 1/4 of applicants passed.", "1/4").value, 25);
  EXPECT_EQ(only("It was dated 3/8 last year.", "3/8").kind, MentionKind::kDate);
}

TEST(ExtractProbe4, FeetAndInchesInPrimes) {
  const std::vector<Mention> height = extract("The player stands 6'2\" in socks.");
  ASSERT_EQ(spans_of(height), "6'|2\"");
  EXPECT_EQ(height[0].unit, "ft");
  EXPECT_DOUBLE_EQ(*height[0].value, 6);
  EXPECT_EQ(height[1].unit, "in");
  EXPECT_DOUBLE_EQ(*height[1].value, 2);
  EXPECT_EQ(spans_of(extract("She is 5′11″ tall.")), "5′|11″");
  // a quote after a figure, or inches past eleven, are no height
  EXPECT_EQ(spans_of(extract("He said \"I have 2\" and left.")), "2");
  EXPECT_EQ(only("The board is 6'14\" wide.", "6").kind, MentionKind::kNumber);
}

// ---------------------------------------------------------------------------------------
// B. Hedges written after a figure

TEST(ExtractProbe4, OddAndPlusJoinedToAFigure) {
  const Mention forty = only("Forty-odd delegates attended.", "Forty-odd");
  EXPECT_EQ(forty.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*forty.value, 40);
  EXPECT_EQ(forty.qualifier, Qualifier::kAbout);
  const Mention fee = only("The club paid £40m-plus for him.", "£40m-plus");
  EXPECT_EQ(fee.unit, "GBP");
  EXPECT_DOUBLE_EQ(*fee.value, 40e6);
  EXPECT_EQ(fee.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("The crowd of 60,000-plus was a record.", "60,000-plus").qualifier, Qualifier::kMoreThan);
  // a span of time after the hedge is what it counts
  const Mention mission = only("The mission lasted 200-odd days.", "200-odd days");
  EXPECT_EQ(mission.kind, MentionKind::kDuration);
  EXPECT_EQ(mission.unit, "days");
  EXPECT_EQ(mission.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("He served 40-plus years.", "40-plus years").unit, "years");
  // a word joined on is no hedge, and a spaced "plus" a sum
  EXPECT_EQ(spans_of(extract("The 30-odds market moved.")), "30");
  EXPECT_EQ(spans_of(extract("It cost £5 plus VAT.")), "£5");
}

TEST(ExtractProbe4, OverAsAcrossAfterALoanOrASpread) {
  const Mention term = only("She took a £200,000 loan over 25 years.", "25 years");
  EXPECT_EQ(term.kind, MentionKind::kDuration);
  EXPECT_EQ(term.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("The oil spill spread over 12 square miles.", "12 square miles").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("The cost will be repaid over five years.", "five years").qualifier, Qualifier::kNone);
  // elsewhere "over" bounds the figure
  EXPECT_EQ(only("The siege lasted over 25 years.", "over 25 years").qualifier, Qualifier::kOver);
}

TEST(ExtractProbe4, OrSoAfterAFigure) {
  const Mention crowd = only("A hundred or so protesters gathered.", "A hundred or so");
  EXPECT_DOUBLE_EQ(*crowd.value, 100);
  EXPECT_EQ(crowd.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("Fares rose 5% or so.", "5% or so").qualifier, Qualifier::kAbout);
  // "or" before another word stays outside
  EXPECT_EQ(spans_of(extract("He paid 20 or sold them.")), "20");
  // (a unit of time after the bound measures it: round 55's "15 or more days a month")
  EXPECT_EQ(only("Talks took 20 or more hours.", "20 or more hours").qualifier, Qualifier::kAtLeast);
}

// ---------------------------------------------------------------------------------------
// C. Relative dates

TEST(ExtractProbe4, ASpanFromNowIsADateAhead) {
  const Mention rules = only("The rules apply two weeks from now.", "two weeks from now");
  EXPECT_EQ(rules.kind, MentionKind::kDate);
  EXPECT_EQ(iso(rules.date), "2026-04-01");
  EXPECT_EQ(iso(only("A year from now, prices will be higher.", "A year from now").date), "2027");
  EXPECT_EQ(iso(only("The pact ends three months from now.", "three months from now").date), "2026-06");
  EXPECT_EQ(iso(only("A fortnight from now the vote is held.", "A fortnight from now").date), "2026-04-01");
  // the way to a date just written is a span; hours from now a time of day
  const std::vector<Mention> window = extract("The window shuts on Tuesday 1 September, 25 days from now.");
  ASSERT_EQ(spans_of(window), "Tuesday 1 September|25 days");
  EXPECT_EQ(window[1].kind, MentionKind::kDuration);
  EXPECT_EQ(spans_of(extract("Two hours from now it opens.")), "");
}

TEST(ExtractProbe4, OnTheNthIsADayOfTheMonth) {
  const Mention vote = only("The vote was held on the 2nd.", "2nd");
  EXPECT_EQ(vote.kind, MentionKind::kDate);
  EXPECT_EQ(iso(vote.date), "2026-03-02");
  // past, and later in the month than publication: the month before
  EXPECT_EQ(iso(only("The vote was held on the 24th.", "24th").date), "2026-02-24");
  EXPECT_EQ(iso(only("The shops in the old town centre close on the 24th.", "24th").date), "2026-03-24");
  EXPECT_EQ(iso(only("The next vote will be held on the 5th.", "5th").date), "2026-04-05");
  // the month of the date written before it
  const std::vector<Mention> truce = extract("The truce began on 10 October 2025. Troops pulled back on the 12th.");
  ASSERT_EQ(spans_of(truce), "10 October 2025|12th");
  EXPECT_EQ(iso(truce[1].date), "2025-10-12");
  // a noun after it, or a day joined to another, is no such date
  EXPECT_EQ(only("He lives on the 24th floor.", "24th").kind, MentionKind::kOrdinal);
  EXPECT_EQ(iso(only("Rallies were held on the 9th and 10th of May.", "9th").date), "2025-05-09");
}

TEST(ExtractProbe4, AShortPresentClauseBeforeADateAWeekAhead) {
  EXPECT_EQ(iso(only("Tickets go on sale on March 25th.", "March 25th").date), "2026-03-25");
  EXPECT_EQ(iso(only("The shops close on the 24th.", "24th").date), "2026-03-24");
  const Mention works = only("Works run from 6 to 10 April.", "from 6 to 10 April");
  EXPECT_EQ(iso(works.date), "2026-04-06");
  EXPECT_EQ(iso(works.date_end), "2026-04-10");
  EXPECT_EQ(iso(only("Works ran from 6 to 10 April.", "from 6 to 10 April").date), "2025-04-06");
  // in the past tense, or a date some months ahead with so short a clause, it is back
  EXPECT_EQ(iso(only("Tickets went on sale on March 25th.", "March 25th").date), "2025-03-25");
  EXPECT_EQ(iso(only("Tickets go on sale on June 25th.", "June 25th").date), "2025-06-25");
}

TEST(ExtractProbe4, TheComingWeekend) {
  const Mention storms = only("Storms are expected the coming weekend.", "coming weekend");
  EXPECT_EQ(storms.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(storms.date), "2026-03-21");
  EXPECT_EQ(iso(storms.date_end), "2026-03-22");
  EXPECT_EQ(iso(only("Fans gather this coming weekend.", "this coming weekend").date), "2026-03-21");
  // written on a Saturday, the weekend after
  EXPECT_EQ(iso(only("Storms are expected the coming weekend.", "coming weekend", Date{2026, 3, 21}).date),
            "2026-03-28");
  // "the coming weeks" names no dates
  EXPECT_EQ(spans_of(extract("In the coming weeks, talks resume.")), "");
}

TEST(ExtractProbe4, InAUnitsTimeIsASpanWhateverTheVerb) {
  const Mention talks = only("Talks resume in a month's time.", "a month");
  EXPECT_EQ(talks.kind, MentionKind::kDuration);
  EXPECT_EQ(talks.unit, "months");
  EXPECT_EQ(only("The bridge opens in a fortnight's time.", "a fortnight").unit, "weeks");
  // without "'s time", a present "in a month" is no span
  EXPECT_EQ(spans_of(extract("The shop closed in a month of losses.")), "");
}

// ---------------------------------------------------------------------------------------
// D. Money

TEST(ExtractProbe4, AMinusBeforeTheCurrency) {
  const Mention loss = only("The loss widened to -$2.3bn.", "-$2.3bn");
  EXPECT_EQ(loss.kind, MentionKind::kMoney);
  EXPECT_EQ(loss.unit, "USD");
  EXPECT_DOUBLE_EQ(*loss.value, -2.3e9);
  EXPECT_DOUBLE_EQ(*only("Net cash was (−£40m) at the year end.", "−£40m").value, -40e6);
  // a dash between figures joins them
  EXPECT_EQ(spans_of(extract("Tickets cost $5-$10.")), "$5-$10");
  EXPECT_EQ(spans_of(extract("Costs fell 5%-$3bn.")), "5%|$3bn");
}

// ---------------------------------------------------------------------------------------
// E. Counts in words

TEST(ExtractProbe4, AScaleAndAHalf) {
  const Mention crowd = only("A million and a half visitors came.", "A million and a half");
  EXPECT_EQ(crowd.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*crowd.value, 1.5e6);
  EXPECT_DOUBLE_EQ(*only("Two billion and a half dollars were lost.", "Two billion and a half dollars").value, 2.5e9);
  // a half of something after it is a share of its own
  EXPECT_EQ(spans_of(extract("A million and a half of them left.")), "A million|a half");
  EXPECT_DOUBLE_EQ(*only("One and a half million came.", "One and a half million").value, 1.5e6);
}

TEST(ExtractProbe4, ScoresAndAScoreOf) {
  const Mention villages = only("A score of villages were flooded.", "A score");
  EXPECT_EQ(villages.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*villages.value, 20);
  const Mention people = only("Scores of people queued outside.", "Scores");
  EXPECT_DOUBLE_EQ(*people.low, 40);
  EXPECT_DOUBLE_EQ(*people.high, 199);
  // a score kept, or scored, is no count
  EXPECT_EQ(spans_of(extract("Test scores rose.")), "");
  EXPECT_EQ(spans_of(extract("Scores were posted.")), "");
  EXPECT_EQ(spans_of(extract("A score of 7 won.")), "7");
  EXPECT_EQ(spans_of(extract("Scores of 80 were posted.")), "80");
}

TEST(ExtractProbe4, FromToOpeningASentenceIsARange) {
  const Mention boats = only("From 200 to 300 boats took part.", "From 200 to 300");
  EXPECT_EQ(boats.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*boats.low, 200);
  EXPECT_DOUBLE_EQ(*boats.high, 300);
  EXPECT_DOUBLE_EQ(*only("It grew. From 40 to 50 firms now bid.", "From 40 to 50").high, 50);
  // after a change it is where the change began and ended
  EXPECT_EQ(spans_of(extract("Prices rose from 200 to 300.")), "200|300");
}


}  // namespace
}  // namespace figcheck
