// Held-out round 47 (articles 369-374): the weather, energy, transport, defence and
// legislation desks, a winter storm warning, a power and gas morning note, a shipping
// casualty story, an investigator's bulletin, a defence fact sheet and a law firm's client
// alert; forms the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 2, 13};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut47, AStormsPressureInHectopascals) {
  const Mention pressure = only("The low will deepen to about 976 hectopascals by Saturday.", "about 976 hectopascals");
  EXPECT_EQ(pressure.kind, MentionKind::kQuantity);
  EXPECT_EQ(pressure.unit, "hPa");
  EXPECT_EQ(*pressure.value, 976);
  EXPECT_EQ(only("Central pressure was 948 hPa.", "948 hPa").unit, "hPa");
}

TEST(ExtractHeldOut47, AWeekdayReadAheadPlacesALaterBareOne) {
  const auto found = extract(
      "Heavy snow is expected overnight Friday into Saturday. The low deepens as it reaches the valley early "
      "Saturday.");
  ASSERT_EQ(spans_of(found), "Friday|Saturday|Saturday");
  EXPECT_EQ(iso(found.at(1).date), "2025-02-15");
  EXPECT_EQ(iso(found.at(2).date), "2025-02-15");
  // a sentence with a verb of the past keeps its own, the last before publication
  const auto past = extract("Snow is expected on Saturday. Officials said on Saturday that the roads were shut.");
  ASSERT_EQ(spans_of(past), "Saturday|Saturday");
  EXPECT_EQ(iso(past.at(0).date), "2025-02-15");
  EXPECT_EQ(iso(past.at(1).date), "2025-02-08");
  // alone, a bare weekday in a sentence without tense is still the last one
  EXPECT_EQ(iso(only("The low deepens as it reaches the valley early Saturday.", "Saturday").date), "2025-02-08");
}

TEST(ExtractHeldOut47, WhatShouldHappenIsTheNearestEitherSide) {
  EXPECT_EQ(iso(only("The ship should sail for Rotterdam by Friday.", "Friday").date), "2025-02-14");
  EXPECT_EQ(iso(only("The ship should have sailed on Monday.", "Monday").date), "2025-02-10");
}

TEST(ExtractHeldOut47, ASentenceOpenedByLastYearPlacesItsDays) {
  const auto found = extract("Last year a storm on 16 and 17 January forced closures for two days.");
  ASSERT_EQ(spans_of(found), "Last year|16|17 January|two days");
  EXPECT_EQ(iso(found.at(1).date), "2024-01-16");
  EXPECT_EQ(iso(found.at(2).date), "2024-01-17");
  // without it, the last January before publication
  EXPECT_EQ(iso(only("A storm on 17 January forced closures.", "17 January").date), "2025-01-17");
}

TEST(ExtractHeldOut47, EndsBelowZeroInTheOrderOfTheirSizeAreARange) {
  const Mention lows = only("Overnight lows of -25C to -28C are likely.", "-25C to -28C");
  EXPECT_EQ(lows.unit, "C");
  EXPECT_EQ(*lows.low, -28);
  EXPECT_EQ(*lows.high, -25);
  EXPECT_FALSE(lows.reversed);
  // across zero, high to low, two temperatures stay
  EXPECT_EQ(spans_of(extract("Highs of 5C to -3C.")), "5C|-3C");
}

TEST(ExtractHeldOut47, AWindChillsBareNumberIsInTheTextsDegrees) {
  const Mention chill = only("Temperatures fall to -24C, with a wind chill of about -38.", "about -38");
  EXPECT_EQ(chill.kind, MentionKind::kQuantity);
  EXPECT_EQ(chill.unit, "C");
  EXPECT_EQ(*chill.value, -38);
  EXPECT_EQ(only("The wind chill reached -40 overnight.", "-40").unit, "degrees");
  EXPECT_EQ(only("The chill factor of -40 overnight.", "-40").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut47, APriceBelowZeroInWords) {
  const Mention price = only("Prices fell to minus €4.98/MWh on Sunday.", "minus €4.98");
  EXPECT_EQ(price.kind, MentionKind::kMoney);
  EXPECT_EQ(price.unit, "EUR");
  EXPECT_DOUBLE_EQ(*price.value, -4.98);
  EXPECT_DOUBLE_EQ(*only("US crude traded at negative $37 a barrel.", "negative $37").value, -37);
  EXPECT_DOUBLE_EQ(*only("The margin is plus or minus $3.", "$3").value, 3);
}

TEST(ExtractHeldOut47, AMarketsSessionVerbMakesAChangeAndItsLevel) {
  EXPECT_EQ(spans_of(extract("The Q1 contract added €2.15 to €98.60/MWh.")), "€2.15|€98.60");
  EXPECT_EQ(spans_of(extract("Brent shed $1.10 to $62.40.")), "$1.10|$62.40");
  // an index's points stay points, no change in a rate
  EXPECT_EQ(only("The blue-chip index added 88.14 points.", "88.14").kind, MentionKind::kNumber);
  // a range still where no such verb comes before
  EXPECT_EQ(only("Insurers put the cost at $8m to $10m.", "$8m to $10m").kind, MentionKind::kMoney);
}

TEST(ExtractHeldOut47, GasFlowsInMillionsOfCubicMetresADay) {
  const Mention flow = only("Maintenance could cut exports by up to 40 mcm/d.", "up to 40 mcm/d");
  EXPECT_EQ(flow.unit, "m3/day");
  EXPECT_DOUBLE_EQ(*flow.value, 40e6);
  EXPECT_DOUBLE_EQ(*only("Flows rose to 2.5 bcm/d.", "2.5 bcm/d").value, 2.5e9);
}

TEST(ExtractHeldOut47, DottedClockTimesAreNoFigures) {
  EXPECT_EQ(spans_of(extract("It touched bottom at about 3.20 a.m. on Monday.")), "Monday");
  EXPECT_EQ(spans_of(extract("The ship was towed free at 8.47 p.m.")), "");
  EXPECT_EQ(spans_of(extract("The aircraft departed Gatwick at 10.42 hrs local time.")), "");
  // a length of time in hours stays one
  EXPECT_EQ(only("The repair took 10.5 hrs.", "10.5 hrs").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut47, AStatutesYearAndASubsectionsNumberAreNames) {
  EXPECT_EQ(spans_of(extract("Under clause 4(2)(b), a platform must publish a report.")), "");
  EXPECT_EQ(spans_of(extract("Clause 19 inserts a new Section 64A into the 2018 Act.")), "");
  EXPECT_EQ(spans_of(extract("The 1998 Act was amended twice.")), "");
  // a year before a verb "act" in lower case stays a year
  EXPECT_EQ(spans_of(extract("Ministers must act in 2026 to act on it.")), "2026");
}

TEST(ExtractHeldOut47, ARateAdverbBeforeANounIsItsAdjective) {
  const Mention users =
      only("It applies to platforms with more than 7 million monthly UK users.", "more than 7 million");
  EXPECT_EQ(users.kind, MentionKind::kNumber);
  EXPECT_EQ(*users.value, 7e6);
  // a rate still where the adverb ends the phrase
  EXPECT_EQ(only("She took 5mg daily for a year.", "5mg daily").unit, "mg/day");
  EXPECT_EQ(only("It sent 4,312 trucks in May, about 144 daily.", "about 144 daily").unit, "trucks/day");
}

TEST(ExtractHeldOut47, GoodsDeliveredOverAPeriodAreSpreadAcrossIt) {
  const Mention span = only("It will send 100,000 rounds, to be delivered over 12 months.", "12 months");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_EQ(span.qualifier, Qualifier::kNone);
  // a bound still where nothing is spread across it
  EXPECT_EQ(only("The outage lasted over 12 months.", "over 12 months").kind, MentionKind::kDuration);
}

}  // namespace
}  // namespace figcheck
