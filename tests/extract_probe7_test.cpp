// Probe round 7 (short sentences in the style of public extraction suites: relative and
// composed dates, numbers with qualifiers, money and percent changes, units across
// systems): forms the extractor missed or misread, each fixed by a general rule, with
// the neighbours each rule must leave alone. The sentences are written for the tests.
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

TEST(ExtractProbe7, NorthOfAndShyOfAreBounds) {
  const Mention fund = only("The fund is worth north of $2 billion.", "north of $2 billion");
  EXPECT_EQ(fund.kind, MentionKind::kMoney);
  EXPECT_EQ(fund.qualifier, Qualifier::kMoreThan);
  EXPECT_DOUBLE_EQ(*fund.value, 2e9);
  const Mention points = only("The team finished just shy of 100 points.", "shy of 100");
  EXPECT_EQ(points.qualifier, Qualifier::kNearly);
  // a direction before a place, or "shy" alone, bounds nothing
  EXPECT_EQ(spans_of(extract("The town lies 20 km north of the border.")), "20 km");
  EXPECT_EQ(spans_of(extract("He is shy, 40 and single.")), "40");
}

TEST(ExtractProbe7, AnObligationByTheEndOfAMonthIsAhead) {
  EXPECT_EQ(iso(only("The work must be done by the end of June.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("Repairs must finish by the start of May.", "May").date), "2026-05");
  // with "by" right before the month, as before, or "before"
  EXPECT_EQ(iso(only("The work must be done by June.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("The work must be finished before June.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("The work was finished before June.", "June").date), "2025-06");
  // a past sentence, or an obligation that has passed, keeps the last such month
  EXPECT_EQ(iso(only("The work was done by the end of June.", "June").date), "2025-06");
  EXPECT_EQ(iso(only("It must have been done by the end of June.", "June").date), "2025-06");
  // "the end of June" without a deadline is read as before
  EXPECT_EQ(iso(only("Sales fell at the end of June.", "June").date), "2025-06");
}

TEST(ExtractProbe7, AChangeInThePresentFromADateIsScheduled) {
  EXPECT_EQ(iso(only("The tax rate rises to 15 per cent from July 1.", "July 1").date), "2026-07-01");
  EXPECT_EQ(iso(only("Fares go up by 5% from 1 April.", "1 April").date), "2026-04-01");
  // the past, and a headline's present without "from", keep the last such day
  EXPECT_EQ(iso(only("The tax rate rose to 15 per cent from July 1.", "July 1").date), "2025-07-01");
  EXPECT_EQ(iso(only("Inflation rises to 3% in December.", "December").date), "2025-12");
}

TEST(ExtractProbe7, APresentStateUntilADateLastsIntoIt) {
  EXPECT_EQ(iso(only("The offer is valid until 31 May.", "31 May").date), "2026-05-31");
  EXPECT_EQ(iso(only("The ban is in force until June.", "June").date), "2026-06");
  // a verb of staying in the present holds the state as "is" does
  EXPECT_EQ(iso(only("The crossing stays closed until June.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("The schools remain shut until June.", "June").date), "2026-06");
  // a past state keeps the last such day, and "until" alone decides nothing
  EXPECT_EQ(iso(only("The offer was valid until 31 May.", "31 May").date), "2025-05-31");
  EXPECT_EQ(iso(only("The road remained closed until 31 May.", "31 May").date), "2025-05-31");
  EXPECT_EQ(iso(only("Sales rose until 31 May.", "31 May").date), "2025-05-31");
}

TEST(ExtractProbe7, CutByHalfAPointIsNoShareOfAWhole) {
  // "half a point" may be a game's, so it is no mention; the "half" in it is no 50%
  EXPECT_EQ(spans_of(extract("The rate was cut by half a point.")), "");
  // "by half" alone still halves, and "half a" with a scale or a unit is still read
  const Mention halved = only("Output was cut by half.", "half");
  EXPECT_EQ(halved.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*halved.value, 50);
  EXPECT_EQ(only("Prices fell by half a percentage point.", "half a percentage point").unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*only("Sales rose by half a million.", "half a million").value, 500000);
  EXPECT_EQ(only("The wait grew by half an hour.", "half an hour").kind, MentionKind::kDuration);
}

TEST(ExtractProbe7, PluralsThatCloseOnADateScheduleIt) {
  EXPECT_EQ(iso(only("Applications close on 30 April.", "30 April").date), "2026-04-30");
  EXPECT_EQ(iso(only("Polls close on Thursday.", "Thursday").date), "2026-03-19");
  // the past, an adjective or a bound stay as before
  EXPECT_EQ(iso(only("Applications closed on 30 April.", "30 April").date), "2025-04-30");
  EXPECT_EQ(iso(only("The polls were close on Friday.", "Friday").date), "2026-03-13");
  EXPECT_EQ(iso(only("It came close on 3 March to a deal.", "3 March").date), "2026-03-03");
  EXPECT_EQ(spans_of(extract("Shares rose close to 5% on Friday.")), "close to 5%|Friday");
  EXPECT_EQ(iso(only("Shares rose close to 5% on Friday.", "Friday").date), "2026-03-13");
}

TEST(ExtractProbe7, ASlashedFractionFullOrEmptyIsAShare) {
  const Mention tank = only("The tank was 3/4 full.", "3/4");
  EXPECT_EQ(tank.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*tank.value, 75);
  EXPECT_NEAR(*only("The hall was 2/3 empty.", "2/3").value, 66.67, 0.01);
  // a slashed pair before other words is still an ambiguous date
  EXPECT_EQ(only("Due 3/4, full details to follow.", "3/4").kind, MentionKind::kDate);
  EXPECT_EQ(only("The vote is on 3/4 at noon.", "3/4").kind, MentionKind::kDate);
}

TEST(ExtractProbe7, UpOrDownAFractionIsAChangeByThatShare) {
  const Mention sales = only("Sales were down a fifth.", "a fifth");
  EXPECT_EQ(sales.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*sales.value, 20);
  EXPECT_NEAR(*only("Profits are up a third on last year.", "a third").value, 33.33, 0.01);
  // an ordinal after "up" or "down" stays one
  EXPECT_EQ(only("Prices came down a third time.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The index was down a third straight day.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe7, AFormulaIsWhatARateMeasures) {
  const Mention emissions = only("The plant emits 2.1 million tonnes of CO2 a year.", "2.1 million tonnes of CO2 a year");
  EXPECT_EQ(emissions.unit, "t/year");
  EXPECT_DOUBLE_EQ(*emissions.value, 2.1e6);
  EXPECT_EQ(only("It stores 3 tonnes of ice a day.", "3 tonnes of ice a day").unit, "t/day");
  // without a rate after it, the formula stays out of the span
  EXPECT_EQ(spans_of(extract("It emits 40 tonnes of CO2.")), "40 tonnes");
}

TEST(ExtractProbe7, YearOldsAreAnAgeGroup) {
  const Mention group = only("Turnout among 24-year-olds was low.", "24-year-olds");
  EXPECT_EQ(group.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*group.value, 24);
  const Mention band = only("Turnout among 18-24-year-olds was low.", "18-24-year-olds");
  EXPECT_DOUBLE_EQ(*band.low, 18);
  EXPECT_DOUBLE_EQ(*band.high, 24);
  // a term hyphened to a noun is still a span of time
  EXPECT_EQ(only("It is a 5-year plan.", "5-year").kind, MentionKind::kDuration);
}

TEST(ExtractProbe7, ByAFigureToOneFarAboveIsAChangeAndALevel) {
  EXPECT_EQ(spans_of(extract("The population grew by 0.8 million to 68.3 million.")), "0.8 million|68.3 million");
  EXPECT_EQ(spans_of(extract("The toll rose by 12 to 3,400.")), "12|3,400");
  // ends close together after "by" are still a range, as is "5 to 10" without it
  const Mention cut = only("Jobs were cut by 200 to 300.", "200 to 300");
  EXPECT_DOUBLE_EQ(*cut.low, 200);
  EXPECT_DOUBLE_EQ(*cut.high, 300);
  EXPECT_EQ(spans_of(extract("Some 5 to 40 people came.")), "Some 5 to 40");
}

TEST(ExtractProbe7, ASuspendedHyphenJoinsARange) {
  const Mention voters = only("Turnout among 18- to 24-year-olds was 47%.", "18- to 24-year-olds");
  EXPECT_EQ(voters.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*voters.low, 18);
  EXPECT_DOUBLE_EQ(*voters.high, 24);
  const Mention plan = only("It is a 3- to 5-year plan.", "3- to 5-year");
  EXPECT_EQ(plan.kind, MentionKind::kDuration);
  EXPECT_EQ(plan.unit, "years");
  // without a hyphened word at the high end the two stay apart
  EXPECT_EQ(spans_of(extract("Scores of 18- to 24 were posted.")), "18|24");
}

TEST(ExtractProbe7, TheSecondDayOfAMonthFirstPairIsADate) {
  const std::vector<Mention> vote = extract("The vote is expected on April 2 or 3.");
  ASSERT_EQ(spans_of(vote), "April 2|3");
  EXPECT_EQ(iso(vote[1].date), "2026-04-03");
  EXPECT_EQ(iso(only("It met on March 9 and 10.", "10").date), "2026-03-10");
  // a count or a share after the pair, or a day not after the first, stays a number
  EXPECT_EQ(only("The vote is on April 2 and 3 people came.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Rates rose on March 2 and 3%.")), "March 2|3%");
  EXPECT_EQ(only("It met on March 9 and 2.", "2").kind, MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
