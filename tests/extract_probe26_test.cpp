// Probe round 26 (figures in humanitarian situation reports and live blogs of wars,
// displacement and disasters: people in need, funding, displacement, food security,
// convoys and tonnage, reporting periods, live-blog timestamps;
// tests/data/probe26-sitreps-live-blogs.tsv): forms the extractor misread, each fixed by
// a general rule, with the neighbours each rule must leave alone. The sentences are
// written for the tests.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 13};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe26, ReliefAgencyTonnesInCapitalsAreMetricTonnes) {
  const Mention food = only("A convoy carrying 1,100 MT of food reached the city.", "1,100 MT");
  EXPECT_EQ(food.kind, MentionKind::kQuantity);
  EXPECT_EQ(food.unit, "t");
  EXPECT_DOUBLE_EQ(*food.value, 1100);
  EXPECT_EQ(only("The agency has moved some 5,000 MT.", "some 5,000 MT").unit, "t");
  // before a name "MT" is no unit, and in lower case it is none either
  EXPECT_EQ(spans_of(extract("The 5 MT Everest climbs were cancelled.")), "5");
  EXPECT_EQ(spans_of(extract("They moved 12 mt of grain.")), "12");
}

}  // namespace
}  // namespace figcheck
