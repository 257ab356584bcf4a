// A part and its whole, "24 of the 28 dead hostages whose bodies are due under the deal":
// a relative clause after the whole's noun says what the whole is, so its words are not
// the part's. Round 12's live blog (107) had the part read as the whole's count and
// called wrong.

#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class PartOfWholeTest : public testing::TestWithParam<CheckCase> {};

TEST_P(PartOfWholeTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    RelativeClauses, PartOfWholeTest,
    testing::Values(
        CheckCase{"TheWholesRelativeClauseIsNotThePartsClaim",
                  "That leaves 24 of the 28 dead hostages whose bodies are due under the deal still in Gaza.",
                  "2025-10-13", "24", "", Verdict::kUnverified},
        // The part's own verb, before it, still counts it.
        CheckCase{"ThePartsOwnVerbStillCountsIt",
                  "Hamas has returned 27 of the 28 dead hostages whose bodies were due under the Gaza deal.",
                  "2025-12-10", "27", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
