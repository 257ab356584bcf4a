// Verdicts where an aside holds a figure and the scope that goes with it ("576 of them
// since the ceasefire"): the scope is that figure's, not the next figure's nor the one
// before. (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class AsideScopeCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(AsideScopeCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    AsideScopeSentences, AsideScopeCheckTest,
    testing::Values(
        // the wounded are no count since the ceasefire
        CheckCase{"TheFigureAfterTheAside",
                  "Gaza's health ministry says 72,027 Palestinians have been killed since 7 October 2023, 576 of them "
                  "since the ceasefire, and 171,651 wounded, in figures released on Saturday.",
                  "2026-02-11", "171,651", "", Verdict::kUnverified},
        CheckCase{"TheWholeBeforeTheAside",
                  "Hamas-led militants stormed southern Israel, killing about 1,200 people, mostly civilians, 364 of "
                  "them at the Nova music festival, and taking 251 hostages.",
                  "2026-01-13", "about 1,200", "oct7.deaths", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
