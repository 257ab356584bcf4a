// Held-out round 24 (articles 185-190): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 10, 17};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut24, TheSolIsWrittenWithASlashAfterItsLetter) {
  const Mention fine = only("The regulator fined it S/ 450,000 in October.", "S/ 450,000");
  EXPECT_EQ(fine.kind, MentionKind::kMoney);
  EXPECT_EQ(fine.unit, "PEN");
  EXPECT_DOUBLE_EQ(*fine.value, 450000);
  EXPECT_DOUBLE_EQ(*only("Tickets cost S/.1,200 each.", "S/.1,200").value, 1200);
  EXPECT_DOUBLE_EQ(*only("The plant cost S/2.4 million to build.", "S/2.4 million").value, 2.4e6);
  EXPECT_EQ(only("It lost 310 million soles.", "310 million soles").unit, "PEN");
  // the letter and slash before anything but a figure, or another dollar, is no sol
  EXPECT_EQ(spans_of(extract("The S/N ratio rose to 40 dB.")), "40");
  EXPECT_EQ(spans_of(extract("Read the I/O log.")), "");
  EXPECT_EQ(only("It raised S$50 million.", "S$50 million").unit, "SGD");
}

}  // namespace
}  // namespace figcheck
