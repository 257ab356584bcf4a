// Probe round 24 (figures in health, science, weather, disaster and sport copy: rates,
// risk ratios, doses, temperatures, wind and rain, quakes, tolls, scores, fees, times and
// fixtures; tests/data/probe24-health-science-weather-sport.tsv): forms the extractor
// misread, each fixed by a general rule, with the neighbours each rule must leave alone.
// The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 23};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe24, AParticipleBeforeItsNounIsNoPast) {
  // a forecast for Wednesday is next Wednesday's, whatever adjective in "-ed" stands between
  EXPECT_EQ(test::iso(only("Gusts of 70mph are forecast for exposed coasts on Wednesday.", "Wednesday").date),
            "2026-11-25");
  EXPECT_EQ(test::iso(only("Rain is expected in affected areas on Wednesday.", "Wednesday").date), "2026-11-25");
  // a finite past verb still makes the day the one gone
  EXPECT_EQ(test::iso(only("Gusts of 70mph battered exposed coasts on Wednesday.", "Wednesday").date),
            "2026-11-18");
  EXPECT_EQ(test::iso(only("Crews restored power in the area on Wednesday.", "Wednesday").date), "2026-11-18");
}

TEST(ExtractProbe24, ASmallFahrenheitAfterAReadingsNoun) {
  const Mention low = only("Fargo woke to a low of 2F on Saturday.", "2F");
  EXPECT_EQ(low.kind, MentionKind::kQuantity);
  EXPECT_EQ(low.unit, "F");
  EXPECT_DOUBLE_EQ(*low.value, 2);
  EXPECT_EQ(only("Highs of 15F are expected.", "15F").unit, "F");
  EXPECT_EQ(only("Temperatures near 10.5F were recorded.", "10.5F").unit, "F");
  // a seat or a flat stays no temperature
  EXPECT_EQ(spans_of(extract("She sat in seat 16F.")), "");
  EXPECT_EQ(spans_of(extract("The high court heard flat 2F was empty.")), "");
}

TEST(ExtractProbe24, AFixtureBetweenTwoSidesIsAhead) {
  EXPECT_EQ(test::iso(only("United face Spurs on Saturday.", "Saturday").date), "2026-11-28");
  EXPECT_EQ(test::iso(only("Leeds host Manchester City on Sunday.", "Sunday").date), "2026-11-29");
  EXPECT_EQ(test::iso(only("England play Wales at Twickenham on Saturday.", "Saturday").date), "2026-11-28");
  // a result is the one gone, and a verb between lower-case words is no fixture
  EXPECT_EQ(test::iso(only("United beat Spurs on Saturday.", "Saturday").date), "2026-11-21");
  EXPECT_EQ(test::iso(only("United faced Spurs on Saturday.", "Saturday").date), "2026-11-21");
  EXPECT_EQ(test::iso(only("Shares fell as investors face losses on Friday.", "Friday").date), "2026-11-20");
}

TEST(ExtractProbe24, AnAgeGroupInWordsIsItsAge) {
  const Mention children = only("The rate among under-fives was about 1,100 per 100,000.", "under-fives");
  EXPECT_EQ(children.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*children.value, 5);
  EXPECT_EQ(children.qualifier, Qualifier::kUnder);
  const Mention older = only("Free bus travel for the over-sixties ends in April.", "over-sixties");
  EXPECT_DOUBLE_EQ(*older.value, 60);
  EXPECT_EQ(older.qualifier, Qualifier::kOver);
  EXPECT_DOUBLE_EQ(*only("The under-elevens won the cup.", "under-elevens").value, 11);
  // a compound with no number in it is no age group, and digits keep their reading
  EXPECT_EQ(spans_of(extract("The over-the-counter drug is sold in the under-stairs cupboard.")), "");
  EXPECT_EQ(spans_of(extract("The under-18s and over-65s travel free.")), "under-18s|over-65s");
}

TEST(ExtractProbe24, ARaceInTheEventClosingItsClause) {
  const Mention race = only("She set a personal best of 4:32.10 in the 1500m.", "1500m");
  EXPECT_EQ(race.kind, MentionKind::kQuantity);
  EXPECT_EQ(race.unit, "m");
  EXPECT_DOUBLE_EQ(*race.value, 1500);
  EXPECT_EQ(only("He was fourth in the 5000m, behind Ingebrigtsen.", "5000m").unit, "m");
  // millions go on to what they count or stay millions
  EXPECT_EQ(only("The club spent 1500m on players.", "1500m").kind, MentionKind::kNumber);
}

TEST(ExtractProbe24, ABowlersFiguresAreATallyAtASentencesEnd) {
  EXPECT_EQ(spans_of(extract("Bumrah finished with figures of 5 for 32.")), "");
  EXPECT_EQ(spans_of(extract("Bumrah took 5 for 32 in 10 overs.")), "10");
  // outside cricket "for" joins two counts, and a decimal after it is no tally
  EXPECT_EQ(spans_of(extract("The council voted 5 for 32.")), "5|32");
  EXPECT_EQ(spans_of(extract("The bowler's figures were 4 for 23.5.")), "4|23.5");
}

TEST(ExtractProbe24, ABestOfFormatIsNoCount) {
  EXPECT_EQ(spans_of(extract("Warriors trail 2-1 in the best-of-seven series.")), "");
  EXPECT_EQ(spans_of(extract("She won the best-of-three sets final.")), "");
  // the words apart, or a count after the format, stay counts
  EXPECT_EQ(spans_of(extract("The best of seven apples went to the show.")), "seven");
  EXPECT_EQ(spans_of(extract("In the best-of-seven series they won four games.")), "four");
}

TEST(ExtractProbe24, AHeightOfWaterIsMetres) {
  const Mention surge = only("The storm surge reached 4m in places.", "4m");
  EXPECT_EQ(surge.kind, MentionKind::kQuantity);
  EXPECT_EQ(surge.unit, "m");
  EXPECT_DOUBLE_EQ(*surge.value, 4);
  EXPECT_EQ(only("Waves of up to 4m hit the coast.", "up to 4m").unit, "m");
  EXPECT_DOUBLE_EQ(*only("The river rose to 4.2m on Sunday.", "4.2m").value, 4.2);
  // millions of what is counted stay millions, and so does money
  EXPECT_EQ(only("The tsunami displaced 1.2m people.", "1.2m").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Floods along the river hit 2m homes.", "2m").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The river crossing cost £4m.", "£4m").kind, MentionKind::kMoney);
}

}  // namespace
}  // namespace figcheck
