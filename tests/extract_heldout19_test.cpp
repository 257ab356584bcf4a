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

}  // namespace
}  // namespace figcheck
