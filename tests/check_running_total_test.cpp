// A running total told in the simple past: "The Gaza ministry says 35,000 people were
// killed." No cue of a total ("have been", "toll", "so far", "since") stands beside it,
// yet no event of a war kills half of all its dead, so a count at least half the total
// the fact had reached is read as that total. Event counts, short series and a range's
// wide estimates stay unmatched.

#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class SimplePastTotalTest : public testing::TestWithParam<CheckCase> {};

TEST_P(SimplePastTotalTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    SimplePastTotals, SimplePastTotalTest,
    testing::Values(
        CheckCase{"SimplePastTotalIsTheRunningTotal", "The Gaza ministry says 35,000 people were killed.",
                  "2024-05-14", "35,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"ReportedWoundedWithoutAVerbOfTheirOwn",
                  "In Gaza, the health ministry also reports more than 87,000 people wounded.", "2024-05-14",
                  "more than 87,000", "gaza.injured.cumulative", Verdict::kSupported},
        // A slip of a digit is still caught.
        CheckCase{"SimplePastTotalWithASlip", "In Gaza 75,000 people were killed, the ministry said.", "2024-05-14",
                  "75,000", "gaza.deaths.cumulative", Verdict::kContradicted},
        // A third of the total may be one event's dead: not matched without a cue.
        CheckCase{"EventCountUnderHalfStaysUnmatched", "In Gaza 12,000 people were killed.", "2024-05-14", "12,000",
                  "", Verdict::kUnverified},
        // The bodies due back numbered 28: an event of such a series can be half of it.
        CheckCase{"ShortSeriesNeedsItsCue", "Hamas handed back the remains of four hostages in Gaza on Monday.",
                  "2025-10-14", "four", "", Verdict::kUnverified},
        CheckCase{"ARangeIsJudgedByItsLowEnd",
                  "Gaza's toll is disputed by Israel. Estimates of the dead range from 15,000 to 150,000.",
                  "2024-08-20", "from 15,000 to 150,000", "", Verdict::kUnverified}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
