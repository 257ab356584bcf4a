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

TEST(ExtractProbe4, ARatePerSecond) {
  const Mention flow = only("The dam releases 500 cubic metres a second.", "500 cubic metres a second");
  EXPECT_EQ(flow.unit, "m3/s");
  EXPECT_DOUBLE_EQ(*flow.value, 500);
  EXPECT_EQ(only("The probe moves at 11 km per second.", "11 km per second").unit, "km/s");
  // "a second" after no unit is an ordinal, and a moment after a unit no rate
  EXPECT_EQ(spans_of(extract("They won 3 titles and a second cup.")), "3|second");
  EXPECT_EQ(only("It climbed 40 metres a second later.", "40 metres").unit, "m");
}


}  // namespace
}  // namespace figcheck
