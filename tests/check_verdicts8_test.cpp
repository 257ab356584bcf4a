// Verdicts on the ways verdict round 8's Gaza articles (254-257: a wire "by the numbers"
// sidebar, an editorial that argues with figures, a UN briefing transcript, a regional
// story that also covers the West Bank and Lebanon) put their figures: the false alarms
// and missed errors as first checked, each fixed by a general rule, with the neighbouring
// wordings the rule must leave alone.
//
// As first checked: 8 of 12 planted errors caught, 2 false alarms ("Ceasefire talks in
// Doha broke off last week" read as the collapse of the January 2025 truce; "About 1,200
// people were killed in the attack on Israeli towns, kibbutzim and a music festival" read
// as the Nova festival's toll), 2 figures matched to a fact they are not about, 30 of 72
// correct fact-keyed figures supported. After these rules: 10 of 12 caught, no false alarm,
// no wrong match, 33 of 72 supported; every other verdict of the corpus unchanged but four
// (a planted "January 16" for the last hostage's return now caught, "At least 207 staff of
// UNRWA, the U.N. agency for Palestinian refugees," and "48 hostages, living and dead,"
// now supported).
// Left alone: "tanks rolled onto the Palestinian side of the Rafah crossing on May 17" (no
// verb of seizing), "the truce ... released 150 of them" (a part whose whole is in the
// sentences before), and a timeline's "Jan. 19 — the ceasefire takes effect" (the date
// alone does not say which ceasefire).
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class Verdicts8Test : public testing::TestWithParam<CheckCase> {};

TEST_P(Verdicts8Test, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Verdicts8Sentences, Verdicts8Test,
    testing::Values(
        // A fact's subject that modifies a noun of negotiation names the talks: what the
        // verb says is of them.
        CheckCase{"CeasefireTalksBrokeOffIsNoCollapse",
                  "In Gaza, ceasefire talks in Doha broke off last week without agreement.", "2025-07-31",
                  "last week", "", Verdict::kUnverified},
        CheckCase{"TruceNegotiationsCollapsedIsNoCollapse",
                  "Gaza truce negotiations collapsed on March 30, mediators said.", "2025-04-10", "March 30", "",
                  Verdict::kUnverified},
        // Left alone: the truce itself collapsing, and a wrong day for it.
        CheckCase{"CeasefireCollapsedKeepsItsDate", "In Gaza, the ceasefire collapsed on March 18.", "2025-07-31",
                  "March 18", "ceasefire_2025_01.collapse", Verdict::kSupported},
        CheckCase{"CeasefireCollapsedWrongDay", "In Gaza, the ceasefire collapsed on March 28.", "2025-07-31",
                  "March 28", "ceasefire_2025_01.collapse", Verdict::kContradicted},

        // A scope that closes a list of places ("A, B and C") is one of the places the
        // count spans, not its scope.
        CheckCase{"FestivalLastOfAListIsNotTheFestivalToll",
                  "About 1,200 people were killed in the attack on Israeli towns, kibbutzim and a music festival, "
                  "and roughly 250 were dragged into Gaza.",
                  "2024-05-20", "About 1,200", "", Verdict::kUnverified},
        // Left alone: the festival alone, and the festival named first with a figure of its own.
        CheckCase{"FestivalAloneKeepsItsToll",
                  "In the Hamas attack, about 364 people were killed at the Nova music festival.", "2024-05-20",
                  "about 364", "oct7.nova_festival_deaths", Verdict::kSupported},
        CheckCase{"FestivalAfterAndWithoutListKeepsItsToll",
                  "In the Hamas attack on Israel, 364 people were killed at the site of the Nova festival and the road "
                  "beside it.",
                  "2024-05-20", "364", "oct7.nova_festival_deaths", Verdict::kSupported},

        // "living and dead" together are the whole the hostages held count, and an aside
        // set off by commas; each word alone still rules the count out.
        CheckCase{"LivingAndDeadAsideIsTheWholeHeld",
                  "In Gaza, 59 hostages, living and dead, are still held, Israeli officials say.", "2025-07-31", "59",
                  "hostages.held_in_gaza", Verdict::kOutdated},
        CheckCase{"AliveOrDeadInListLineIsTheWholeHeld",
                  "Gaza hostages.\n• 50 — hostages, alive or dead, still held in the territory.", "2025-07-31", "50",
                  "hostages.held_in_gaza", Verdict::kSupported},
        CheckCase{"LivingAloneStillRulesOutHeld", "In Gaza, 20 living hostages are still held.", "2025-07-31",
                  "20", "", Verdict::kUnverified},
        CheckCase{"DeadAloneStillRulesOutHeld", "In Gaza, the bodies of 30 dead hostages are still held.",
                  "2025-07-31", "30", "", Verdict::kUnverified},

        // An apposition after a name (", the agency for Palestinian refugees,"), with no
        // figure of its own and closed by a comma, is an aside: no distance between the
        // figure before it and the verb after it, nor words of the metric's reach.
        CheckCase{"AppositionIsNoDistance",
                  "In Gaza, 223 staff of UNRWA, the UN agency for Palestinian refugees, have been killed.",
                  "2024-10-08", "223", "unrwa.staff_killed", Verdict::kSupported},
        CheckCase{"AttributionAsideIsNoDistance", "In Gaza, 41,909 people, the ministry said, have been killed.",
                  "2024-10-08", "41,909", "gaza.deaths.cumulative", Verdict::kSupported},
        // Left alone: an apposition that holds a figure, one that opens after a figure, and
        // a figure after an aside reaching back to a metric before it.
        CheckCase{"AppositionWithAFigureIsNoAside",
                  "In Gaza, 223 staff of UNRWA, the agency with 13,000 employees, have been killed.", "2024-10-08",
                  "223", "", Verdict::kUnverified},
        CheckCase{"CommaTheAfterAFigureIsNoAside",
                  "Israeli strikes killed 45 people in Gaza on Monday, the highest toll in weeks.", "2024-10-08",
                  "45", "", Verdict::kUnverified},
        CheckCase{"AsideDoesNotStretchTheReachBack",
                  "Lebanon's health ministry says about 10,000 were wounded, most of them in the past three weeks, and "
                  "more than 1.2 million have fled their homes.",
                  "2024-10-08", "more than 1.2 million", "", Verdict::kUnverified},

        // A timeline's line in the present tense ("March 2 — Israel halts ...") dates the
        // blockade as the past tense does (dataset: the blockade's verbs in the present).
        CheckCase{"TimelinePresentTenseStopsIsTheBlockade",
                  "Gaza.\n• March 12 — Israel stops the entry of all goods, fuel and aid into the Strip.",
                  "2025-07-31", "March 12", "aid_blockade_2025.start", Verdict::kContradicted},
        CheckCase{"TimelinePresentTenseHaltsIsTheBlockade",
                  "Gaza.\n• March 2 — Israel halts the entry of all aid into the Strip.", "2025-07-31", "March 2",
                  "aid_blockade_2025.start", Verdict::kSupported},
        // Left alone: a stop that is not the total blockade of March 2025.
        CheckCase{"TimelinePresentTenseOtherStopIsNotTheBlockade",
                  "Gaza.\n• April 5 — the UN stops food distribution in Rafah for lack of fuel.", "2025-07-31",
                  "April 5", "", Verdict::kUnverified}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
