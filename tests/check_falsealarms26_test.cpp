// Verdicts on the false alarms the twelve Gaza articles written blind in session 26
// (423-434) raised on correct figures, each fixed by a general rule, with the
// neighbouring wordings each rule must leave alone. (In our own words: no article's
// sentence is copied here.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class FalseAlarms26CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(FalseAlarms26CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    FalseAlarms26Sentences, FalseAlarms26CheckTest,
    testing::Values(
        // A bulleted timeline entry is dated by its opening day, as a bare one is: an
        // event, or a running total, that came long after that day is not what it counts.
        CheckCase{"BulletedEntryBeforeTheRelease",
                  "Key dates\n\n* DEC 1, 2023 - The pause ends. Over its seven days 240 Palestinian prisoners walked "
                  "free.\n",
                  "2025-10-20", "240", "", Verdict::kUnverified},
        CheckCase{"BulletedEntryBeforeTheRunningTotal",
                  "Key dates\n\n* JAN 19, 2025 - Gaza gets a truce. Under its first phase, 33 captives were handed back.\n",
                  "2025-10-20", "33", "", Verdict::kUnverified},
        CheckCase{"BulletedEntryOfTheRelease",
                  "Key dates\n\n* OCT 13, 2025 - Twenty living hostages come home. Israel frees 1,968 Palestinian "
                  "prisoners in exchange.\n",
                  "2025-10-20", "1,968", "ceasefire_2025_10.prisoners_released", Verdict::kSupported},
        CheckCase{"BareEntryBeforeTheRelease",
                  "Key dates\n\nDEC 1, 2023 - The pause ends. Over its seven days 240 Palestinian prisoners walked "
                  "free.\n",
                  "2025-10-20", "240", "", Verdict::kUnverified},
        // A figure that opens a conjunct with a verb of its own is said by that verb.
        CheckCase{"ConjunctVerbIsTheFigures",
                  "In the raid some 1,200 people died in Israel and 251 were hauled into Gaza.", "2024-06-10", "251",
                  "", Verdict::kUnverified},
        CheckCase{"ConjunctVerbNamesItsOwnFact",
                  "In the raid some 1,200 people died in Israel and 251 were taken hostage.", "2024-06-10",
                  "251", "oct7.hostages_taken", Verdict::kSupported},
        CheckCase{"FirstConjunctKeepsItsVerb",
                  "In the raid some 1,200 people died in Israel and 251 were hauled into Gaza.", "2024-06-10",
                  "some 1,200", "oct7.deaths", Verdict::kSupported},
        // An apposition after a name says what the name is, not what a figure outside it counts.
        CheckCase{"AppositionNamesTheAgency",
                  "UNRWA, the U.N. agency for Palestinian refugees, said some 50,000 people had left Khan Younis in "
                  "two days.",
                  "2024-05-08", "some 50,000", "", Verdict::kUnverified},
        CheckCase{"RefugeesOutsideAnApposition", "UNRWA says 1.7 million people in Gaza are registered refugees.",
                  "2024-05-08", "1.7 million", "gaza.refugees", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
