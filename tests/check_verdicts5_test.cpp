// Verdicts on the ways verdict round 5's Gaza articles (218-221: a wire factbox, a story
// with a correction notice, a television news script, a Q&A with an aid official) put
// their figures: the two false alarms as first checked, each fixed by a general rule,
// with the neighbouring wordings the rule must leave alone.
//
// As first checked: 13 of 16 planted errors caught (12 with the annotated verdict), 3
// missed, 2 false alarms, 32 of 62 correct figures with a fact key supported. After these
// rules: 13 caught, 3 missed, no false alarm, 33 of 62 supported.
// Left missed: a whole-war toll given to a renewed offensive by a speaker placed in a town
// the fact excludes ("Medics at Nasser Hospital in Khan Younis said the renewed offensive
// had now killed more than 50,000 people"), an event named only by an anaphor ("the
// operation, which it launched on March 17"), and a plan named by its points rather than
// as a "20-point plan" ("The plan's 20 points were first set out ... on September 26").
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class Verdicts5CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(Verdicts5CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Verdicts5Sentences, Verdicts5CheckTest,
    testing::Values(
        // Remains a party "is meant", "supposed" or "expected" to hand over are the remains
        // due under the deal, not those returned so far, even "under the deal".
        CheckCase{"MeantToHandOverIsDue",
                  "Under the deal, Hamas is meant to hand over the remains of 28 hostages. So far it has returned "
                  "four.",
                  "2025-10-14", "28", "hostages.deceased_due_2025_10", Verdict::kSupported},
        CheckCase{"SupposedToHandOverIsDue",
                  "Under the deal, Hamas is supposed to hand over the remains of 28 hostages in Gaza.", "2025-10-14",
                  "28", "hostages.deceased_due_2025_10", Verdict::kSupported},
        CheckCase{"ExpectedToHandOverIsDue",
                  "Under the deal, Hamas is expected to hand over the remains of 28 hostages in Gaza.", "2025-10-14",
                  "28", "hostages.deceased_due_2025_10", Verdict::kSupported},
        CheckCase{"MeantToReturnIsDue",
                  "Under the deal, Hamas was meant to return the remains of 28 hostages in Gaza.", "2025-10-14", "28",
                  "hostages.deceased_due_2025_10", Verdict::kSupported},
        CheckCase{"WrongCountMeantToHandOverIsCaught",
                  "Under the deal, Hamas is meant to hand over the remains of 24 hostages in Gaza.", "2025-10-14", "24",
                  "hostages.deceased_due_2025_10", Verdict::kContradicted},
        // remains already handed over are still the running count
        CheckCase{"HandedOverIsReturned", "Under the deal, Hamas has handed over the remains of 4 hostages in Gaza.",
                  "2025-10-14", "4", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported},
        CheckCase{"HandedOverTooManyIsCaught",
                  "Under the deal, Hamas has handed over the remains of 28 hostages in Gaza.", "2025-10-14", "28",
                  "hostages.deceased_remains_returned.since_2025_10", Verdict::kContradicted}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
