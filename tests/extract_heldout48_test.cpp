// Held-out round 48 (articles 375-380): the consumer, culture and lifestyle desks, a
// box-office and streaming-charts story, an electric car's road test, a laptop review, a
// recipe column, a racing and betting preview and an opinion poll; forms the extractor
// missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2024, 4, 11};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut48, ACarsPowerInBrakeHorsepower) {
  const Mention power = only("The dual-motor GT has 402bhp, enough for most.", "402bhp");
  EXPECT_EQ(power.kind, MentionKind::kQuantity);
  EXPECT_EQ(power.unit, "bhp");
  EXPECT_EQ(*power.value, 402);
  EXPECT_EQ(only("It makes 282 bhp.", "282 bhp").unit, "bhp");
}

TEST(ExtractHeldOut48, NanometresAndNewtonMetresByTheirCase) {
  const Mention chip = only("It is built on a 3nm process.", "3nm");
  EXPECT_EQ(chip.kind, MentionKind::kQuantity);
  EXPECT_EQ(chip.unit, "nm");
  EXPECT_EQ(*chip.value, 3);
  const Mention torque = only("It has 620Nm of torque.", "620Nm");
  EXPECT_EQ(torque.unit, "Nm");
  EXPECT_EQ(*torque.value, 620);
}

TEST(ExtractHeldOut48, ABatteryInWattHours) {
  const Mention battery = only("We got 19 hours from the 72Wh cell.", "72Wh");
  EXPECT_EQ(battery.kind, MentionKind::kQuantity);
  EXPECT_EQ(battery.unit, "Wh");
}

TEST(ExtractHeldOut48, ARecipesSpoons) {
  const auto found = extract("Add 2 tbsp olive oil, 1 tsp sea salt and 3 tablespoons of sugar.");
  ASSERT_EQ(spans_of(found), "2 tbsp|1 tsp|3 tablespoons");
  EXPECT_EQ(found.at(0).unit, "tbsp");
  EXPECT_EQ(found.at(1).unit, "tsp");
  EXPECT_EQ(found.at(2).unit, "tbsp");
}

TEST(ExtractHeldOut48, AWinningMarginInLengths) {
  const Mention margin = only("He won the King George by 12 lengths.", "12 lengths");
  EXPECT_EQ(margin.kind, MentionKind::kQuantity);
  EXPECT_EQ(margin.unit, "lengths");
}

TEST(ExtractHeldOut48, AWeightInStonesWhereNoOrdinalEndsInSt) {
  const auto found = extract("Twelve of the runners carry 11st 10lb, and a 16st jockey rode the 21st.");
  ASSERT_EQ(spans_of(found), "Twelve|11st|10lb|16st|21st");
  EXPECT_EQ(found.at(1).kind, MentionKind::kQuantity);
  EXPECT_EQ(found.at(1).unit, "st");
  EXPECT_EQ(*found.at(1).value, 11);
  EXPECT_EQ(found.at(3).unit, "st");
  EXPECT_EQ(found.at(4).kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("She was 1st in the 31st race.", "31st").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut48, EmissionsInGramsAKilometre) {
  const Mention emissions = only("Emissions are 31g/km in the test.", "31g/km");
  EXPECT_EQ(emissions.kind, MentionKind::kQuantity);
  EXPECT_EQ(emissions.unit, "g/km");
}

TEST(ExtractHeldOut48, AnElectricCarsMilesPerKilowattHour) {
  const Mention efficiency = only("We saw 3.6 miles per kWh in the cold.", "3.6 miles per kWh");
  EXPECT_EQ(efficiency.unit, "mi/kWh");
  EXPECT_EQ(*efficiency.value, 3.6);
}

TEST(ExtractHeldOut48, AnOvensFahrenheitAfterItsFanSetting) {
  const auto found = extract("Heat the oven to 200C (180C fan, 400F) and roast.");
  ASSERT_EQ(spans_of(found), "200C|180C|400F");
  EXPECT_EQ(found.at(2).unit, "F");
  EXPECT_EQ(*found.at(2).value, 400);
  EXPECT_EQ(only("Bake at 180C fan, 350F, for an hour.", "350F").unit, "F");
  // a bare "400F" with no Celsius before it stays a seat or a flat
  EXPECT_EQ(spans_of(extract("Her seat was 40F on the upper deck.")), "");
}

TEST(ExtractHeldOut48, HalfTheThingAfterAnd) {
  EXPECT_EQ(*only("Toss with the oil and half the salt.", "half").value, 50);
}

TEST(ExtractHeldOut48, AChartPlaceNamedAsASpot) {
  const Mention place = only("The drama held the No 1 spot for a third week.", "No 1");
  EXPECT_EQ(place.kind, MentionKind::kOrdinal);
  EXPECT_EQ(*place.value, 1);
  EXPECT_EQ(only("She took the No 2 position.", "No 2").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut48, APlaceAtNoAfterTheChartIsNamed) {
  const auto found = extract("Two films made the top 10: the comedy Weekend Rules at No 7 and the thriller Cold Signal "
                             "at No 9.");
  ASSERT_EQ(spans_of(found), "Two|10|No 7|No 9");
  EXPECT_EQ(found.at(2).kind, MentionKind::kOrdinal);
  EXPECT_EQ(*found.at(3).value, 9);
  // no chart named: a house's number
  EXPECT_EQ(spans_of(extract("She lives at No 7 with her sister.")), "");
  // Downing Street, even after a chart
  EXPECT_EQ(spans_of(extract("The album topped the charts, and the band played at No 10.")), "");
}

TEST(ExtractHeldOut48, OvenTemperaturesMakeDegreesCelsius) {
  const auto found = extract("Heat the oven to 200C (180C fan, 400F). I used to roast at 220C; turning it down by 20 "
                             "degrees gives a juicier breast.");
  ASSERT_EQ(spans_of(found), "200C|180C|400F|220C|20 degrees");
  EXPECT_EQ(found.at(4).unit, "C");
}

TEST(ExtractHeldOut48, ARacesDistanceInMilesAndFurlongs) {
  const auto found = extract("The Novices' Chase over 2m4f is the opener; he stays every yard of the 3m2½f trip.");
  ASSERT_EQ(spans_of(found), "2m|4f|3m|2½f");
  EXPECT_EQ(found.at(0).unit, "mi");
  EXPECT_EQ(*found.at(0).value, 2);
  EXPECT_EQ(found.at(0).qualifier, Qualifier::kNone);
  EXPECT_EQ(found.at(1).unit, "furlongs");
  EXPECT_EQ(*found.at(1).value, 4);
  EXPECT_EQ(*found.at(3).value, 2.5);
  // a "3m2" alone is still square metres, "2m" alone millions
  EXPECT_EQ(only("The flat has 85m2 of floor.", "85m2").unit, "m2");
}

TEST(ExtractHeldOut48, OddsWithTheBookmakersAreNoDate) {
  EXPECT_EQ(spans_of(extract("Ferrycarrig, 7/2 with most bookmakers, was a neck behind.")), "");
  EXPECT_EQ(spans_of(extract("The 5/2 favourite fell.")), "");
}

TEST(ExtractHeldOut48, AReviewersMarkWithADecimal) {
  const Mention mark = only("Verdict: 4.5/5. Price: from £1,299.", "4.5/5");
  EXPECT_EQ(mark.kind, MentionKind::kPercent);
  EXPECT_EQ(*mark.value, 90);
  EXPECT_EQ(*only("Critics rated it 7.5/10 overall.", "7.5/10").value, 75);
}

TEST(ExtractHeldOut48, AFallOfPointsAfterAShare) {
  const Mention fall = only("41% say she is competent, against 57% a year earlier, a fall of 16 points.", "16 points");
  EXPECT_EQ(fall.kind, MentionKind::kPercent);
  EXPECT_EQ(fall.unit, "percentage_points");
}

}  // namespace
}  // namespace figcheck
