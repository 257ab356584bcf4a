// Held-out round 42 (articles 335-340): a central bank's policy statement, a state election
// results live blog, a European gas-market wire, a Peruvian dengue update, an OCHA flash
// update on Sudan and a Sydney weekend auction column; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 5, 11};  // a Sunday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut42, AMonthSinceIsGoneByWhateverTheClauseLooksAheadTo) {
  // an infinitive ("to arrive") reads ahead, but what "since" counts from has passed
  EXPECT_EQ(iso(only("This is the third convoy to arrive since mid-April.", "April").date), "2025-04");
  EXPECT_EQ(iso(only("It is the first convoy to arrive since early April.", "April").date), "2025-04");
  const Mention since = only("It is the second convoy to arrive since April.", "since April");
  EXPECT_EQ(iso(since.date), "2025-04");
  // with nothing before it, a month in a clause that looks ahead is still the coming one
  EXPECT_EQ(iso(only("The next convoy is due to arrive in mid-April.", "April").date), "2026-04");
}

}  // namespace
}  // namespace figcheck
