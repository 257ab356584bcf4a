// Verdicts from the thirty-first session: the dataset's derived points and what held-out
// rounds 93 to 98 found, each mended by a general rule. (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class HeldOut93CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(HeldOut93CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    HeldOut93Sentences, HeldOut93CheckTest,
    testing::Values(
        // the hostages still held after the 13 October 2025 releases, a point derived from the research
        CheckCase{"TwentyFourStillInGaza",
                  "Four coffins with the remains of hostages reached Israel from Gaza tonight; 24 more are still in "
                  "Gaza.",
                  "2025-10-13", "24", "hostages.held_in_gaza", Verdict::kSupported},
        CheckCase{"SeventeenStillHeldAfterAWeek", "Hamas still holds 17 hostages in Gaza, the army said.", "2025-10-19",
                  "17", "hostages.held_in_gaza", Verdict::kSupported},
        // what a deal requires is the count due, not one returned
        CheckCase{"TheDealRequiresTheReturn",
                  "In Gaza, the agreement requires the return of the remains of 28 dead hostages.", "2025-10-14", "28",
                  "hostages.deceased_due_2025_10", Verdict::kSupported},
        // a route that "takes days" took no hostages
        CheckCase{"ARouteThatTakesDays",
                  "Without the crossing, evacuations from Gaza go through Israel, a route that takes days to arrange "
                  "and handles a few dozen people at a time.",
                  "2025-11-20", "a few dozen", "", Verdict::kUnverified},
        // a part of a whole, "among them", is no count of the whole's fact
        CheckCase{"AmongThemDozensOfChildren",
                  "In Gaza, at least 154 people, among them dozens of children, have died of malnutrition since "
                  "October 2023.",
                  "2025-07-30", "dozens", "", Verdict::kUnverified},
        // a toll counted from after the ceasefire took effect; the trucks a day needed
        CheckCase{"KilledAfterTheCeasefireTookEffect",
                  "In Gaza, 405 people have been killed after the ceasefire took effect.", "2025-12-24", "405",
                  "gaza.deaths.since_ceasefire_2025_10", Verdict::kSupported},
        CheckCase{"TrucksADayNeeded",
                  "Aid agencies in Gaza say about 600 trucks a day are needed.", "2026-01-15",
                  "about 600 trucks a day", "aid.trucks_per_day.target", Verdict::kSupported},
        // a date right after another clause's "since" is that clause's start, not the figure's event
        CheckCase{"KilledSinceItBeganBringingTheTollSinceOct7",
                  "Gaza news. The ministry says more than 570 people have been killed since it began, bringing the "
                  "toll since Oct. 7, 2023, to more than 72,000.",
                  "2026-03-05", "more than 570", "", Verdict::kUnverified},
        // "more than five weeks ago": the day read is the latest the event can be
        CheckCase{"MoreThanFiveWeeksAgo", "In Gaza, the ceasefire took effect more than five weeks ago.",
                  "2025-11-18", "more than five weeks ago", "ceasefire_2025_10.effective", Verdict::kSupported},
        CheckCase{"FortyEightIsNoLongerHeld", "Hamas still holds 48 hostages in Gaza, the army said.", "2025-10-19",
                  "48", "hostages.held_in_gaza", Verdict::kOutdated}));

}  // namespace
}  // namespace figcheck
