// Held-out round 17 (articles 133-138): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 6, 22};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut17, MillionsOfPoundsInWordsAreMoney) {
  const Mention fine = only("The regulator fined you four and a half million pounds in April.",
                            "four and a half million pounds");
  EXPECT_EQ(fine.kind, MentionKind::kMoney);
  EXPECT_EQ(fine.unit, "GBP");
  EXPECT_DOUBLE_EQ(*fine.value, 4.5e6);
  EXPECT_DOUBLE_EQ(*only("We're spending eight hundred million pounds on pipes.", "eight hundred million pounds").value,
                   8e8);
  // a small number of pounds may be a weight, and "pounds of" a stuff's
  EXPECT_NE(only("He weighed two hundred pounds.", "two hundred").kind, MentionKind::kMoney);
}

}  // namespace
}  // namespace figcheck
