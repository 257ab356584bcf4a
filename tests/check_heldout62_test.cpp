// Verdicts from held-out rounds 61 to 64 (the Gaza aid Q&A, 476, the Gaza wire, 482, and
// the famine explainer, 494): the false alarms they found, each mended by a general rule.
// (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class HeldOut62CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(HeldOut62CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    HeldOut62Sentences, HeldOut62CheckTest,
    testing::Values(
        // a clause after an apposition has its subject, another crossing, before it
        CheckCase{"AnotherCrossingsClosure",
                  "In Gaza, aid is short. Zikim, the only crossing into the north, reopened last month after being "
                  "shut for two months.",
                  "2025-12-16", "two months", "", Verdict::kUnverified},
        CheckCase{"RafahsClosure", "In Gaza, aid is short. Rafah, the only crossing to Egypt, has been shut for nine months.",
                  "2025-12-16", "nine months", "rafah_crossing.closure_duration", Verdict::kSupported},
        // since when a total has risen is not where it counts from
        CheckCase{"ATollThatKeptRising",
                  "Gaza's Health Ministry said Saturday that more than 70,000 Palestinians have been killed in the war, "
                  "a toll that has kept rising since the ceasefire took effect on Oct. 10.",
                  "2025-11-29", "more than 70,000", "", Verdict::kUnverified},
        CheckCase{"TheLevelItRoseTo", "In Gaza, the toll has risen to 70,100 since the ceasefire took effect.",
                  "2025-11-29", "70,100", "", Verdict::kUnverified},
        CheckCase{"TheRiseItself", "In Gaza, the number killed has risen by 354 since the ceasefire.", "2025-11-29",
                  "354", "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        // a count that goes up and down, between the points either side of the article
        // (50 on 29 July, 48 on 9 October), may have stood there; one outside them may not
        CheckCase{"BetweenThePointsEitherSide",
                  "In Gaza, talks on the release of the 48 hostages still held in Gaza have stalled.", "2025-09-12",
                  "48", "hostages.held_in_gaza", Verdict::kUnverified},
        // a time of day between a verb and its date is no clause mark
        CheckCase{"ATimeOfDayBeforeTheDate",
                  "In Gaza, the ceasefire took effect at 11:15 local time today, nearly three hours late.",
                  "2025-01-19", "today", "ceasefire_2025_01.start", Verdict::kSupported},
        CheckCase{"OutsideThePointsEitherSide",
                  "In Gaza, talks on the release of the 58 hostages still held in Gaza have stalled.", "2025-09-12",
                  "58", "hostages.held_in_gaza", Verdict::kContradicted}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
