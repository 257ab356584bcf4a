// Verdicts on the ways held-out round 23's Gaza briefing (179) put its figures: two
// false alarms as first checked, each fixed by a general rule, with the neighbouring
// wordings the rule must leave alone.
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class HeldOut23CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(HeldOut23CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    HeldOut23Sentences, HeldOut23CheckTest,
    testing::Values(
        // A count added to a running total ("seven more", "another 12") is not the total.
        CheckCase{"SevenMoreIsAnIncrement",
                  "Seven more people, among them a child, died of malnutrition over the past 24 hours in Gaza.",
                  "2025-07-30", "Seven", "", Verdict::kUnverified},
        CheckCase{"AnotherIsAnIncrement", "In Gaza, another 12 people died of malnutrition, the ministry said.",
                  "2025-07-30", "12", "", Verdict::kUnverified},
        CheckCase{"MoreThanIsNoIncrement", "In Gaza, 154 people have died of malnutrition, more than in any month.",
                  "2025-07-30", "154", "gaza.malnutrition_deaths.cumulative", Verdict::kSupported},
        // with its start stated, an increment is the running total from then
        CheckCase{"AFurtherTotalSinceTheTruce",
                  "Gaza's Health Ministry says 481 Palestinians have been killed since the ceasefire took effect. "
                  "A further 717 bodies have been recovered from the rubble since the truce.",
                  "2026-02-12", "717", "gaza.bodies_recovered.since_ceasefire_2025_10", Verdict::kSupported},
        // A conjunct of a figure and its participle alone is said of the clause before it.
        CheckCase{"ElidedConjunctTakesTheScopeBefore",
                  "In Gaza, 1,179 people have been killed while seeking aid, and more than 8,000 wounded.",
                  "2025-07-30", "more than 8,000", "", Verdict::kUnverified},
        CheckCase{"ElidedConjunctOfTheWholeWar",
                  "Israeli strikes have killed 60,034 people in Gaza since the war began, and 145,870 wounded.",
                  "2025-07-30", "145,870", "gaza.injured.cumulative", Verdict::kSupported},
        CheckCase{"ConjunctWithItsOwnVerb",
                  "In Gaza, 1,179 people have been killed while seeking aid, and 145,870 have been wounded in "
                  "the war.",
                  "2025-07-30", "145,870", "gaza.injured.cumulative", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
