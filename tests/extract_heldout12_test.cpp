// Held-out round 12 (articles 103-108): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 21};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut12, AComparativeDeniedIsTheBoundTheOtherWay) {
  const Mention ceiling = only("Clubs may lose no more than £105m over three years.", "no more than £105m");
  EXPECT_EQ(ceiling.qualifier, Qualifier::kAtMost);
  EXPECT_EQ(ceiling.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*ceiling.value, 105e6);
  const std::vector<Mention> projects = extract("The fund will cover no fewer than 40 projects and not more than 60.");
  EXPECT_EQ(spans_of(projects), "no fewer than 40|not more than 60");
  EXPECT_EQ(projects[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(projects[1].qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("The study paid no less than $2,000 to each family.", "no less than $2,000").qualifier,
            Qualifier::kAtLeast);
  EXPECT_EQ(only("It took not less than 3 hours.", "not less than 3 hours").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Not fewer than 12 died.", "Not fewer than 12").qualifier, Qualifier::kAtLeast);
  // "no" and "not" alone bound nothing
  EXPECT_EQ(spans_of(extract("There were no 10 winners, not 5 either.")), "10|5");
}

}  // namespace
}  // namespace figcheck
