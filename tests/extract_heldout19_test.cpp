// Held-out round 19 (articles 145-150): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 8, 20};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut19, ContainerCapacityInTeuIsAQuantity) {
  const Mention ships = only("In January, 38 ships of more than 10,000 TEU passed.", "more than 10,000 TEU");
  EXPECT_EQ(ships.kind, MentionKind::kQuantity);
  EXPECT_EQ(ships.unit, "TEU");
  EXPECT_EQ(ships.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("The Astra, a 15,000 TEU vessel, went first.", "15,000 TEU").unit, "TEU");
  EXPECT_DOUBLE_EQ(*only("Volumes rose to a record 183 million TEU.", "183 million TEU").value, 183e6);
  EXPECT_EQ(only("Yards delivered 2.9 million TEUs last year.", "2.9 million TEUs").unit, "TEU");
  // the letters alone are no figure
  EXPECT_EQ(spans_of(extract("Rates per TEU fell.")), "");
}

TEST(ExtractHeldOut19, ACalibreInMillimetresNamesAWeapon) {
  EXPECT_EQ(spans_of(extract("Europe now makes about 1.8 million 155mm artillery shells a year.")),
            "about 1.8 million");
  EXPECT_EQ(spans_of(extract("But a 155mm shell fired today was ordered in 2024.")), "today|2024");
  EXPECT_EQ(spans_of(extract("Police found a 9mm pistol and 5.56mm rounds.")), "");
  EXPECT_EQ(spans_of(extract("They fired 120mm mortars and 155-mm shells.")), "");
  // a length in millimetres before anything else is a measure
  EXPECT_EQ(only("It brought 412mm of rain.", "412mm").unit, "mm");
  EXPECT_EQ(only("The crack was 155mm wide.", "155mm").kind, MentionKind::kQuantity);
}

TEST(ExtractHeldOut19, AUnitsLettersWithDigitsGluedOnNameAModel) {
  EXPECT_EQ(spans_of(extract("Kyiv has received about 40 M142 HIMARS launchers.")), "about 40");
  EXPECT_EQ(only("Kyiv has received about 40 M142 HIMARS launchers.", "about 40").kind, MentionKind::kNumber);
  // a unit with its square's or cube's digit is still the unit
  EXPECT_EQ(only("The camp covers 12 km2 of dunes.", "12 km2").unit, "km2");
  EXPECT_EQ(only("The tank holds 40 m3 of water.", "40 m3").unit, "m3");
}

TEST(ExtractHeldOut19, AMinuteAfterABoundIsASpan) {
  const Mention fast = only("Each can fire six rockets in under a minute.", "under a minute");
  EXPECT_EQ(fast.kind, MentionKind::kDuration);
  EXPECT_EQ(fast.unit, "minutes");
  EXPECT_DOUBLE_EQ(*fast.value, 1);
  EXPECT_EQ(fast.qualifier, Qualifier::kUnder);
  EXPECT_EQ(only("The stoppage lasted more than a minute.", "more than a minute").qualifier, Qualifier::kMoreThan);
  // without a word that makes it a span, a minute is no figure
  EXPECT_EQ(spans_of(extract("Wait a minute, he said. They held a minute's silence.")), "");
}

TEST(ExtractHeldOut19, AYearBeforeWithNothingAfterItNamesATime) {
  EXPECT_EQ(spans_of(extract("A further 41,500 appeals waited, more than double the number a year before.")),
            "41,500");
  EXPECT_EQ(spans_of(extract("Prices fell a week after, and rose a month before, he said.")), "");
  // before or after a moment it names, it is the span between
  EXPECT_EQ(only("It polled 14% a week before the vote.", "a week").kind, MentionKind::kDuration);
  EXPECT_EQ(only("He died a day after the attack.", "a day").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut19, AYearAfterInDatesTheLevelBeforeIt) {
  EXPECT_EQ(spans_of(extract("The number of GPs fell from 28,050 in 2019 to 27,310 this year.")),
            "28,050|2019|27,310|this year");
  EXPECT_EQ(only("Output rose from 410 in 2021 to 950.", "2021").kind, MentionKind::kDate);
  // after "from", two numbers joined by "to" are a change in a count
  EXPECT_EQ(spans_of(extract("Membership grew from 2000 to 3000.")), "2000|3000");
  EXPECT_EQ(extract("Membership grew from 2000 to 3000.")[0].kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut19, AGapBetweenSharesInPointsIsPercentagePoints) {
  const char* text =
      "In London, 28.9% of entries were graded 7 or above, against 17.2% in the North East, a "
      "difference of 11.7 points. In 2019 the gap was 8.9 points.";
  const Mention difference = only(text, "11.7 points");
  EXPECT_EQ(difference.kind, MentionKind::kPercent);
  EXPECT_EQ(difference.unit, "percentage_points");
  EXPECT_EQ(only(text, "8.9 points").unit, "percentage_points");
  // a gap in points with no share before it in its paragraph is no percentage
  EXPECT_NE(only("Rovers lead the table, and the gap is 9 points.", "9").kind, MentionKind::kPercent);
  EXPECT_NE(only("Turnout was 61%.\n\nThe gap is 9 points at the top of the table.", "9").kind,
            MentionKind::kPercent);
}

TEST(ExtractHeldOut19, AShareWithItsNounBetweenAsItsClausesSubject) {
  const Mention share = only("But one pupil in three still leaves school without a pass.", "one pupil in three");
  EXPECT_EQ(share.kind, MentionKind::kPercent);
  EXPECT_NEAR(*share.value, 33.33, 0.01);
  EXPECT_EQ(only("One adult in five was unaware of the rule.", "One adult in five").kind, MentionKind::kPercent);
  // a count of things in a count of other things is no share
  EXPECT_EQ(spans_of(extract("He scored one goal in five games.")), "five");
}

TEST(ExtractHeldOut19, ASpanInWhichNothingChanged) {
  const Mention decade = only("That share has barely moved in a decade.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(only("The rate has not changed in a year.", "a year").unit, "years");
  // a moment in which something moved is no span
  EXPECT_EQ(spans_of(extract("Prices moved in a week of protests.")), "");
  EXPECT_EQ(spans_of(extract("The office moved in a year when rents fell.")), "");
}

TEST(ExtractHeldOut19, AMarkOnAScaleOrASchoolYearIsAName) {
  EXPECT_EQ(spans_of(extract("In London, 28.9% of entries were graded 7 or above.")), "28.9%");
  EXPECT_EQ(spans_of(extract("Some 21.4% of entries were graded 7/A or above.")), "Some 21.4%");
  EXPECT_EQ(spans_of(extract("It was taken by 41,200 pupils, most of them in Year 11.")), "41,200");
  EXPECT_EQ(spans_of(extract("Year 6 pupils sit the tests in May.")), "May");
  // a year in full, a lower-case "year" or a class past the school's are figures
  EXPECT_EQ(spans_of(extract("It ends in Year 2030.")), "2030");
  EXPECT_EQ(spans_of(extract("Year 14 of the war began.")), "14");
}

TEST(ExtractHeldOut19, ExtraTimeIsSpannedWithItsAdjective) {
  const Mention detour = only("The route adds 10-14 extra days to a voyage.", "10-14 extra days");
  EXPECT_EQ(detour.kind, MentionKind::kDuration);
  EXPECT_EQ(detour.unit, "days");
  EXPECT_DOUBLE_EQ(*detour.low, 10);
  EXPECT_DOUBLE_EQ(*detour.high, 14);
  EXPECT_EQ(only("The talks need two additional weeks.", "two additional weeks").unit, "weeks");
  // extra things are counted, not timed
  EXPECT_EQ(spans_of(extract("It hired 40 extra staff.")), "40");
}

TEST(ExtractHeldOut19, ACountSharedOutOverThingsIsARate) {
  const Mention boat = only("There was an average of 53 people per boat in June.", "53 people per boat");
  EXPECT_EQ(boat.kind, MentionKind::kQuantity);
  EXPECT_EQ(boat.unit, "people/boat");
  EXPECT_EQ(only("Women had 1.6 children per woman.", "1.6 children per woman").unit, "children/woman");
  // money per thing keeps its currency; a rate per head of population keeps its base
  EXPECT_EQ(only("It costs £1,050 per pupil.", "£1,050").unit, "GBP");
  EXPECT_EQ(only("There were 412 cases per 100,000 people.", "412 cases per 100,000 people").unit, "per_100k");
}

TEST(ExtractHeldOut19, ALevelAMeasuredFigureMovedFromOrToTakesItsUnit) {
  const Mention roughly =
      only("Output has reached about 1.8 million rounds a year, up from roughly 300,000 in early 2023.",
           "roughly 300,000");
  EXPECT_EQ(roughly.kind, MentionKind::kQuantity);
  EXPECT_EQ(roughly.unit, "rounds/year");
  EXPECT_EQ(roughly.qualifier, Qualifier::kRoughly);
  EXPECT_EQ(only("It will make 650 missiles a year by 2027, from about 500 in 2024.", "about 500").unit,
            "missiles/year");
  EXPECT_EQ(only("Transits fell from an average of 72 ships a day to about 25, the authority said.", "about 25").unit,
            "ships/day");
  const char* listed = "Boats carried 53 people per boat this year, up from 41 in 2024 and just 13 in 2020.";
  EXPECT_EQ(only(listed, "41").unit, "people/boat");
  EXPECT_EQ(only(listed, "13").unit, "people/boat");
  // a source is no level, and a bounded figure after "the" is an age group
  EXPECT_EQ(only("It ships 2,000 tonnes a day from 12 mines.", "12").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It was 2.6 per 100,000 in the under-65s.", "under-65s").kind, MentionKind::kNumber);
  // "to" without a "from" before the measured figure is no level it moved to
  EXPECT_EQ(only("They sent 600 trucks a day, and talked to 25 of the drivers.", "25").kind, MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
