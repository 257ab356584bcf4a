// Held-out round 14 (articles 115-120): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 27};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut14, ADayOfTheMonthTakesTheMonthOfADateInItsOwnParagraphOnly) {
  // a month named in the paragraph before does not carry over
  const Mention due = only("He was convicted last month.\n\nThe hearing was held on the 3rd.", "3rd");
  EXPECT_EQ(*due.date, (Date{2026, 3, 3}));
  // in the same paragraph it does
  EXPECT_EQ(*only("They met on 12 February and again on the 20th.", "20th").date, (Date{2026, 2, 20}));
}

TEST(ExtractHeldOut14, HadBeenDueIsTheFutureSeenFromThePast) {
  EXPECT_EQ(*only("The sentencing had been due on the 3rd but was put off.", "3rd").date, (Date{2026, 3, 3}));
  // still ahead when it is due
  EXPECT_EQ(*only("The vote is due on the 3rd.", "3rd").date, (Date{2026, 4, 3}));
}

}  // namespace
}  // namespace figcheck
