// Verdicts on the dates of events. The day of the Hamas-led attack is named by the
// hostages taken that day as well as by the attack; an attack by anyone else ("an
// Israeli attack on a school", "Iran's attack on Israel") is another event, whose date
// the attack's must not contradict. Nor may another event that the same words name,
// dated too far from the reference's to be a slip for it ("a truce between Israel and
// Iran took effect on 24 June 2025"). (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class EventDatesCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(EventDatesCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    EventDateSentences, EventDatesCheckTest,
    testing::Values(
        CheckCase{"HostagesAbductedThatDay", "Of the 251 hostages abducted on Oct. 7, 2023, 48 were still held in Gaza.",
                  "2026-01-13", "Oct. 7, 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"HostagesAbductedOnAnotherDay",
                  "Of the 251 hostages abducted on Oct. 17, 2023, 48 were still held in Gaza.", "2026-01-13",
                  "Oct. 17, 2023", "oct7.attack.date", Verdict::kContradicted},
        CheckCase{"TakenHostage", "Thirty-one Thai nationals were taken hostage in Israel on 7 October 2023.",
                  "2026-01-13", "7 October 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"IsraeliAttack", "An Israeli attack on a school in Gaza on 3 March 2024 killed 30.", "2026-01-13",
                  "3 March 2024", "", Verdict::kUnverified},
        CheckCase{"IsraeliAttackReportedByHamas", "Hamas said an Israeli attack on 3 March 2024 killed the hostage.",
                  "2026-01-13", "3 March 2024", "", Verdict::kUnverified},
        CheckCase{"ForcesStormedAHospital", "Israeli forces stormed al-Shifa hospital in Gaza City on 18 March 2024.",
                  "2026-01-13", "18 March 2024", "", Verdict::kUnverified},
        CheckCase{"IranAttacksIsrael", "Iran's attack on Israel on 13 April 2024 involved hundreds of drones.",
                  "2026-01-13", "13 April 2024", "", Verdict::kUnverified},
        CheckCase{"HezbollahTheDayAfter", "Hezbollah attacked northern Israel on 8 October 2023.", "2026-01-13",
                  "8 October 2023", "", Verdict::kUnverified},
        CheckCase{"HouthiAttackOnAShip", "A Houthi attack on a ship bound for Israel on 19 November 2023 widened the war.",
                  "2026-01-13", "19 November 2023", "", Verdict::kUnverified},
        CheckCase{"AirstrikeThatFreedHostages",
                  "An Israeli airstrike on Nuseirat in Gaza on 8 June 2024 freed four hostages.", "2026-01-13",
                  "8 June 2024", "", Verdict::kUnverified},
        CheckCase{"AttackOnAConvoy", "The attack on an aid convoy in Gaza on 1 April 2024 killed seven aid workers.",
                  "2026-01-13", "1 April 2024", "", Verdict::kUnverified},
        CheckCase{"AnotherTruce", "A truce between Israel and Iran took effect on 24 June 2025, officials in Gaza noted.",
                  "2026-01-13", "24 June 2025", "ceasefire_2025_10.effective", Verdict::kUnverified},
        CheckCase{"AnotherDeal", "The deal between Hamas and Fatah was signed on 23 July 2024 in Beijing.", "2026-01-13",
                  "23 July 2024", "ceasefire_2025_10.agreement_signed", Verdict::kUnverified},
        CheckCase{"EgyptShutsItsSide", "In Gaza, Egypt shut its side of the Rafah crossing on 10 June 2024.",
                  "2026-01-13", "10 June 2024", "rafah_crossing.seized_by_israel", Verdict::kUnverified},
        CheckCase{"ThePhiladelphiCorridor",
                  "Israeli troops took control of the Philadelphi corridor near Rafah on 29 May 2024.", "2026-01-13",
                  "29 May 2024", "", Verdict::kUnverified},
        CheckCase{"TheSeizureMisdated", "Israel seized the Rafah crossing on 17 May 2024.", "2026-01-13",
                  "17 May 2024", "rafah_crossing.seized_by_israel", Verdict::kContradicted},
        // a depth is no length; a cabinet's approval is not the signing
        CheckCase{"ADepthInsideGaza", "In Gaza, the line runs 1.5 to 3.5 km inside Gaza's border in the east.",
                  "2025-10-10", "1.5 to 3.5 km", "", Verdict::kUnverified},
        CheckCase{"TheCabinetApproves",
                  "In Gaza the guns fell silent after the Israeli cabinet approved the deal in the early hours of this "
                  "morning.",
                  "2025-10-10", "this morning", "", Verdict::kUnverified},
        CheckCase{"TheAttackAYearOut", "Hamas attacked Israel on 7 October 2024.", "2026-01-13", "7 October 2024",
                  "oct7.attack.date", Verdict::kContradicted}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
