// Probe round 12 (short news sentences in the manner of Duckling's amount-of-money,
// distance, volume, quantity, temperature and numeral corpora and Recognizers-Text's
// currency, dimension, age and temperature specs; tests/data/probe12-units-money.tsv):
// forms the extractor missed or misread, each fixed by a general rule, with the
// neighbours each rule must leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 26};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe12, MetresJoinedToADimensionByAHyphen) {
  const Mention barrier = only("The 10-tonne lorry hit a 2m-high barrier.", "2m");
  EXPECT_EQ(barrier.kind, MentionKind::kQuantity);
  EXPECT_EQ(barrier.unit, "m");
  EXPECT_DOUBLE_EQ(*barrier.value, 2);
  EXPECT_EQ(only("A 3m-long python was found in the loft.", "3m").unit, "m");
  EXPECT_EQ(only("Crews dug a 5m-wide channel.", "5m").unit, "m");
  // as before: spaced ("500m long"); after a currency, or before another word, millions
  EXPECT_EQ(only("The tunnel is 500m long.", "500m").unit, "m");
  const Mention deal = only("The club signed a £2m-long deal.", "£2m");
  EXPECT_EQ(deal.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*deal.value, 2e6);
  EXPECT_DOUBLE_EQ(*only("A 2m-strong diaspora lives abroad.", "2m").value, 2e6);
  EXPECT_EQ(only("The firm has 3m users.", "3m").kind, MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
