// Held-out round 55, part b (articles 420-422): an election-night live blog, a health
// desk's write-up of a medical trial and a weekend sport round-up; forms the extractor
// missed, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 16};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut55b, ScorersInBracketsAfterTheirSidesScore) {
  const char* line = "Ruaraka United 3 (Otieno 17, 64; Were 90+4) Mombasa Mariners 1 (Kamau 45 pen)";
  EXPECT_EQ(spans_of(extract(line)), "17|64|90+4|45");
  EXPECT_EQ(only(line, "64").kind, MentionKind::kOrdinal);
  EXPECT_EQ(*only(line, "90+4").value, 94);
  EXPECT_EQ(only("Arsenal 2 (Saka 23, Havertz 67) Chelsea 1 (Van Dijk 88 og)", "88").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Arsenal 2 (Saka 23, Havertz 67) Chelsea 1 (Calvert-Lewin 45)", "45").kind,
            MentionKind::kOrdinal);
  // a far end of a long results line
  EXPECT_EQ(only("Results: Lakeview FC 2 (Odera 8, Salim 71) Nakuru Wanderers 2 (Ngeno 33, 52). Att: 3,105.", "52")
                .kind,
            MentionKind::kOrdinal);
  // no scorers' bracket: a change in seats, a name alone, a figure in prose brackets
  EXPECT_EQ(only("Labour 45 (+3), Conservatives 38 (-4).", "45").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Kenya 2 (Odera) Uganda 1.", "2").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The club sold 12 (Nairobi 7, Mombasa 5) season tickets.", "7").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Westfield 3 (Smith 12 goals this season) lead the table.", "12").kind, MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
