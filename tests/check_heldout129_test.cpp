// Verdicts from the thirty-second session: what held-out rounds 129 to 152 found in their
// Gaza articles, each mended by a general rule. (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class HeldOut129CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(HeldOut129CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    HeldOut129Sentences, HeldOut129CheckTest,
    testing::Values(
        // a pre-war level is no count of the trucks entering now, in its own clause or
        // opening the sentence (round 140)
        CheckCase{"APreWarAverage", "Gaza got 300 trucks a day. The pre-war average of 500 trucks a day entered Gaza.",
                  "2025-10-15", "500 trucks a day", "", Verdict::kUnverified},
        CheckCase{"BeforeTheWarOpeningTheSentence",
                  "Israel says 300 aid trucks a day now enter Gaza. Before the war, some 500 trucks a day entered "
                  "Gaza, a UN official said.",
                  "2025-10-15", "some 500 trucks a day", "", Verdict::kUnverified},
        // "nearly four weeks ago" (round 136): counted back short, the day may be a little later
        CheckCase{"NearlyFourWeeksAgo", "In Gaza, the ceasefire took effect nearly four weeks ago.", "2025-11-05",
                  "nearly four weeks ago", "ceasefire_2025_10.effective", Verdict::kSupported},
        // the figure after "all but" is what is left out (round 141)
        CheckCase{"AllButThree",
                  "Hamas has returned the remains of all but three of the 28 deceased hostages from Gaza.",
                  "2025-11-17", "three", "", Verdict::kUnverified},
        // the count itself still matches
        CheckCase{"TwentyFiveOfTheTwentyEight",
                  "Hamas has returned the remains of 25 of the 28 deceased hostages from Gaza.", "2025-11-17", "25",
                  "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported}),
    [](const testing::TestParamInfo<CheckCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace figcheck
