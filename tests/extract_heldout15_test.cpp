// Held-out round 15 (articles 121-126): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 9, 17};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut15, ADatelinesColonClosesItsDay) {
  const Mention dateline = only("Mumbai, September 17: the lender fixed its price band.", "September 17");
  EXPECT_EQ(dateline.kind, MentionKind::kDate);
  EXPECT_EQ(*dateline.date, (Date{2026, 9, 17}));
  EXPECT_EQ(*only("PUNE, 17 September: shares rose.", "17 September").date, (Date{2026, 9, 17}));
  // digits after the colon make it a time of day, not the day's end
  EXPECT_EQ(spans_of(extract("Trading halted on September 17 at 17:30 local time.")), "September 17");
}

TEST(ExtractHeldOut15, CapitalsJoinedToDigitsAreAModelNotACurrency) {
  const Mention engines = only("The nine RS-12 engines produce about 1,100 kN of thrust.", "nine");
  EXPECT_EQ(engines.kind, MentionKind::kNumber);
  EXPECT_EQ(engines.unit, "");
  // the code alone after a figure is still its currency
  EXPECT_EQ(only("It costs 500 RS in the market.", "500 RS").unit, "INR");
}

TEST(ExtractHeldOut15, AnEngineOrARunwayNumberIsAName) {
  EXPECT_EQ(spans_of(extract("The launch was called off over a pressure reading on engine 7.")), "");
  EXPECT_EQ(spans_of(extract("Jets landed on runway 27 and left from pad 39.")), "");
  // the noun after a count is what it counts
  EXPECT_EQ(spans_of(extract("The plane lost 2 engines.")), "2");
}

TEST(ExtractHeldOut15, HalfInAListOfShares) {
  const Mention half = only("Retail investors get 35%, institutions get half and employees 15%.", "half");
  EXPECT_EQ(half.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*half.value, 50);
  // "half-hourly", "the second half and" are no share
  EXPECT_EQ(spans_of(extract("Trains run half-hourly and stop at every station.")), "");
}

TEST(ExtractHeldOut15, AShareBeforeAVerb) {
  const Mention quarter = only("Of those trips, about a quarter would be new.", "about a quarter");
  EXPECT_EQ(quarter.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*quarter.value, 25);
  EXPECT_NEAR(*only("Of the patients, nearly a third were children.", "nearly a third").value, 33.33, 0.01);
  // an ordinal stays one: "to a third country"
  EXPECT_EQ(only("He was sent to a third country.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut15, ThanAYearEarlierIsAMomentNotASpan) {
  EXPECT_EQ(spans_of(extract("Bad loans were 18 basis points lower than a year earlier.")), "18 basis points");
  EXPECT_EQ(spans_of(extract("Prices were higher than a month before.")), "");
  // a bound on a span stays a span
  const Mention span = only("It had closed more than a year earlier.", "more than a year");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut15, ADayAndAHalfHourlyServiceIsNoDayAndAHalf) {
  EXPECT_EQ(spans_of(extract("It allows extra paths a day and a half-hourly stopping service.")), "");
  const Mention stay = only("The storm lasted a day and a half.", "a day and a half");
  EXPECT_DOUBLE_EQ(*stay.value, 1.5);
}

TEST(ExtractHeldOut15, AFigureAgainstARateAYearEarlierTakesItsUnit) {
  const Mention earlier = only("The rate was 85 per 100,000 people, against 94 a year earlier.", "94");
  EXPECT_EQ(earlier.kind, MentionKind::kQuantity);
  EXPECT_EQ(earlier.unit, "per_100k");
  // not set against the rate: a figure of its own
  EXPECT_EQ(only("It was 85 per 100,000 people. Police made 94 arrests in May.", "94").unit, "");
}

TEST(ExtractHeldOut15, OneInNWithTheNounBetweenOrHyphened) {
  const Mention trucks = only("Commercial goods made up roughly one truck in three.", "roughly one truck in three");
  EXPECT_EQ(trucks.kind, MentionKind::kPercent);
  EXPECT_NEAR(*trucks.value, 33.33, 0.01);
  EXPECT_EQ(trucks.qualifier, Qualifier::kRoughly);
  EXPECT_NEAR(*only("For rape it was 3.2%, or about one case in 31.", "about one case in 31").value, 3.23, 0.01);
  EXPECT_NEAR(*only("It gives a roughly one-in-three chance of a record.", "roughly one-in-three").value, 33.33, 0.01);
  // a noun then "in" and a figure that goes on is no share: "one goal in 10 games"
  EXPECT_EQ(spans_of(extract("He scored one goal in 10 games.")), "10");
  // a return period runs on past the share
  for (const Mention& mention : extract("Hydrologists called it a one-in-100-year event.")) {
    EXPECT_NE(mention.kind, MentionKind::kPercent) << mention.text;
  }
}

TEST(ExtractHeldOut15, TimeAfterLiftoffIsADuration) {
  const Mention after = only("Second-stage cut-off came at T+20 minutes, on time.", "20 minutes");
  EXPECT_EQ(after.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*after.value, 20);
  EXPECT_EQ(only("The hold came at T-20 minutes.", "20 minutes").kind, MentionKind::kDuration);
  // a name with a sign and digits stays a name
  EXPECT_EQ(spans_of(extract("The T+20 package was sold.")), "");
}

TEST(ExtractHeldOut15, ARunOfDaysIsADurationSpannedWhole) {
  const Mention run = only("Sea temperatures stayed above 27C for 11 consecutive days.", "11 consecutive days");
  EXPECT_EQ(run.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*run.value, 11);
  EXPECT_EQ(run.unit, "days");
  EXPECT_EQ(only("Prices fell for three straight weeks.", "three straight weeks").unit, "weeks");
  // an ordinal run stays an ordinal
  EXPECT_EQ(spans_of(extract("Cases fell for a fourth consecutive week.")), "fourth");
}

TEST(ExtractHeldOut15, ThrustInKilonewtons) {
  const Mention thrust = only("The engines produce about 1,100 kN of thrust.", "about 1,100 kN");
  EXPECT_EQ(thrust.kind, MentionKind::kQuantity);
  EXPECT_EQ(thrust.unit, "kN");
  EXPECT_EQ(only("It gives 7,600 kilonewtons at sea level.", "7,600 kilonewtons").unit, "kN");
  // knots written out stay knots
  EXPECT_EQ(only("She sailed at 12 knots.", "12 knots").unit, "kn");
}

TEST(ExtractHeldOut15, RatesAnHourAndOfExtraThings) {
  const Mention trains = only("Peak services run two trains an hour.", "two trains an hour");
  EXPECT_EQ(trains.kind, MentionKind::kQuantity);
  EXPECT_EQ(trains.unit, "trains/hour");
  // one thing a period is in the same unit
  EXPECT_EQ(only("It is up from one train an hour.", "one train an hour").unit, "trains/hour");
  EXPECT_EQ(only("It allows six extra freight paths a day.", "six extra freight paths a day").unit, "paths/day");
  // speeds keep their own units
  EXPECT_EQ(only("He drove at 60 miles an hour.", "60 miles an hour").unit, "mph");
}

TEST(ExtractHeldOut15, ARatesPeriodBeforeEarlierIsAMoment) {
  // found while writing the round's tests: a noun before "a year earlier" made a rate
  EXPECT_EQ(only("Police made 94 arrests a year earlier.", "94").unit, "");
  EXPECT_EQ(spans_of(extract("Prices are three times higher a year later.")), "three");
  EXPECT_EQ(only("They ran 600 trucks a day.", "600 trucks a day").unit, "trucks/day");
}

}  // namespace
}  // namespace figcheck
