// Verdicts on the ways verdict round 7's Gaza articles (238-241: a hostage analysis heavy
// with part-of-a-whole phrasing, an explainer quoting competing counts, a Lebanon and
// West Bank story that mentions Gaza in passing, a retrospective of the truces and the
// Rafah crossing) put their figures: the false alarms as first checked, each fixed by a
// general rule, with the neighbouring wordings the rule must leave alone.
//
// As first checked: 9 of 12 planted errors caught, 3 missed, 7 false alarms (two West Bank
// counts read as Gaza's dead and children, Israel's northern evacuees and a territory's
// population read as Gaza's population and death toll, a part of the freed hostages read
// as the hostages held, a yellow-line share, a yearless date of the 2023 truce read as
// 2025), 8 figures matched to a fact they are not about, 23 of 59 correct fact-keyed
// figures supported. After these rules: 9 caught, 3 missed, 2 false alarms (the
// yellow-line share, which the dataset's contested later estimates outdate, and the
// yearless "December 1"), 3 wrong matches, 23 of 59 supported; eval and mutate unchanged
// on the older articles.
// Left alone: a yearless date read in the year before publication when the paragraph's
// dates are of 2023 ("The first pause came on November 24, 2023 ... The truce collapsed on
// December 1"), a count whose metric and source sit in the sentence before ("The Gaza
// Government Media Office put the toll at 102"), and a phase-one count of the January 2025
// truce read as the October 2025 deal's remains ("In its first phase, 38 hostages were
// returned").
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class Verdicts7CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(Verdicts7CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Verdicts7Sentences, Verdicts7CheckTest,
    testing::Values(
        // A locative "there" takes the place that opens the sentence before: an
        // excluded place (the West Bank, Lebanon) rules the Gaza facts out.
        CheckCase{"ThereAfterWestBankIsNotGaza",
                  "In the occupied West Bank the violence has grown. OCHA says more than 790 Palestinians have been "
                  "killed there since October 7, 2023.",
                  "2024-11-28", "more than 790", "", Verdict::kUnverified},
        CheckCase{"ThereAfterWestBankPartIsNotGaza",
                  "In the occupied West Bank the violence has grown. OCHA says more than 790 Palestinians have been "
                  "killed there since October 7, 2023, including about 170 children.",
                  "2024-11-28", "about 170", "", Verdict::kUnverified},
        CheckCase{"ThereAfterLebanonIsNotGaza",
                  "In southern Lebanon the strikes went on. Officials said 3,823 people had been killed there.",
                  "2024-11-28", "3,823", "", Verdict::kUnverified},
        // Left alone: a sentence that names Gaza, an existential "there", and a
        // previous sentence that opens with Gaza.
        CheckCase{"ThereWithGazaNamedKeepsToll",
                  "In the occupied West Bank the violence has grown. In Gaza, more than 44,000 people have been "
                  "killed, and 790 there.",
                  "2024-11-28", "more than 44,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"ThereAfterGazaKeepsToll",
                  "In Gaza the bombardment has not stopped. The ministry says 45,028 people have been killed there.",
                  "2024-12-17", "45,028", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"ExistentialThereKeepsToll",
                  "In the occupied West Bank the violence has grown. There have been 45,028 Palestinians killed in "
                  "the Gaza Strip, the ministry says.",
                  "2024-12-17", "45,028", "gaza.deaths.cumulative", Verdict::kSupported},

        // "a territory of N people": the figure measures the noun before it, not the
        // verb before that noun.
        CheckCase{"TerritoryOfIsNotTheToll",
                  "Gaza's Health Ministry says 68,872 people have been killed since October 2023 in a territory of "
                  "about 2.1 million people.",
                  "2025-12-10", "about 2.1 million", "", Verdict::kUnverified},
        CheckCase{"EnclaveOfIsNotTheToll",
                  "More than 45,000 people have been killed in Gaza, an enclave of 2.3 million people.", "2024-12-17",
                  "2.3 million", "", Verdict::kUnverified},
        CheckCase{"CityOfIsNotTheToll",
                  "Strikes killed dozens in Gaza on Tuesday, in a city of about 600,000 people.", "2024-12-17",
                  "about 600,000", "", Verdict::kUnverified},
        // Left alone: a toll put as "a toll of", and a population put as "a population of".
        CheckCase{"TollOfKeepsTheToll", "Gaza's health ministry reported a toll of 45,028 killed.", "2024-12-17",
                  "45,028", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"PopulationOfKeepsPopulation", "Gaza has a population of about 2.3 million people.", "2024-12-17",
                  "about 2.3 million", "gaza.population", Verdict::kSupported},

        // "three of the 20": a number before "of (the)" and another figure is a part of
        // that figure, and only a fact its own noun names is about it.
        CheckCase{"PartOfTheStatedFigureIsNotHeld",
                  "All 20 surviving hostages were freed on 13 October; three of the 20 had been held in the same "
                  "tunnel for most of the war.",
                  "2025-12-10", "three", "", Verdict::kUnverified},
        CheckCase{"PartOfStatedFigureWithoutTheIsNotHeld",
                  "Hamas freed all 20 living hostages; two of 20 had been held in Gaza City.", "2025-12-10", "two", "",
                  Verdict::kUnverified},
        // Left alone: the part in the clause after a whole that opens the sentence, and
        // the whole of "20 of them".
        CheckCase{"OpeningWholeKeepsItsPart",
                  "Of the 28 deceased hostages whose remains Hamas was obliged to hand over, 26 have been returned.",
                  "2025-12-10", "26", "hostages.deceased_remains_returned.since_2025_10", Verdict::kContradicted},
        CheckCase{"WholeBeforeOfThemKeepsItsFact", "Hamas still holds 48 hostages, 20 of them alive.", "2025-10-10",
                  "48", "hostages.held_in_gaza", Verdict::kSupported},

        // Israeli evacuees from the north are not Gaza's population.
        CheckCase{"IsraeliEvacueesAreNotGazasPopulation",
                  "In Israel, about 60,000 residents evacuated from the north are still waiting to go home.",
                  "2024-11-28", "about 60,000", "", Verdict::kUnverified},
        CheckCase{"EvacueesAreNotGazasPopulation",
                  "About 60,000 evacuees from Israel's border towns have yet to return to their homes.", "2024-11-28",
                  "About 60,000", "", Verdict::kUnverified},
        CheckCase{"GazasResidentsStillPopulation", "Gaza's 2.3 million residents have nowhere safe to go.",
                  "2024-12-17", "2.3 million", "gaza.population", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
