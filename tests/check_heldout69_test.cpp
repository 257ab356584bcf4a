// Verdicts from held-out rounds 69 to 76 (the Gaza wire, 524; the OCHA update, 542; the
// famine explainer, 560): the false alarms and wrong links they found, each mended by a
// general rule. (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class HeldOut69CheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(HeldOut69CheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    HeldOut69Sentences, HeldOut69CheckTest,
    testing::Values(
        // a date ahead of the article is no event the reference dates before it
        CheckCase{"ANextYearAfterTheEvent",
                  "Mediators in Gaza hope to start the deal's second phase early next year, after the ceasefire took "
                  "effect.",
                  "2025-12-22", "next year", "ceasefire_2025_10.effective", Verdict::kUnverified},
        CheckCase{"TheSameDateWrittenBeforeIt", "In Gaza, the ceasefire took effect on 12 October 2025.",
                  "2025-12-22", "12 October 2025", "ceasefire_2025_10.effective", Verdict::kContradicted},
        // a clause that calls its count the whole leaves another clause's scope to its figure
        CheckCase{"KilledInAll",
                  "The Gaza ministry said 289 people have died of malnutrition since October 2023, and that more "
                  "than 62,000 people have been killed in all.",
                  "2025-08-26", "more than 62,000", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"DiedOfMalnutrition",
                  "The Gaza ministry said 289 people have died of malnutrition since October 2023, and that more "
                  "than 62,000 people have been killed in all.",
                  "2025-08-26", "289", "gaza.malnutrition_deaths.cumulative", Verdict::kSupported},
        // a count for each of something is a ratio; the total after a dash is not
        CheckCase{"ForEachHostage",
                  "For each hostage's remains, Israel has handed back the bodies of 15 Palestinians from Gaza - more "
                  "than 300 so far.",
                  "2025-12-11", "15", "", Verdict::kUnverified},
        // a start stated nearer the figure is the one it counts from
        CheckCase{"TheOverallTollsWounded",
                  "Gaza's Health Ministry said at least 280 Palestinians had been killed since the truce, and that the "
                  "overall toll since October 2023 stood at more than 69,000, with about 170,000 wounded.",
                  "2025-11-18", "about 170,000", "", Verdict::kUnverified},
        // hostages still in Gaza, however the words fall; those who crossed into Israel are not
        CheckCase{"StillHostagesInGaza", "CLAIM: \"There are still 100 hostages in Gaza.\"", "2025-03-24", "100",
                  "hostages.held_in_gaza", Verdict::kOutdated},
        CheckCase{"TheRemainingCrossedIntoIsrael",
                  "In Gaza, the remaining 13 hostages crossed into Israel shortly after 11:00.", "2025-10-13", "13", "",
                  Verdict::kUnverified},
        // a rate after a label counts the label's noun
        CheckCase{"AidTrucksAgreedLabel", "Gaza key figures\nAid trucks agreed: 600 a day", "2025-12-10",
                  "600 a day", "aid.trucks_per_day.target", Verdict::kSupported},
        // what a deal called for is no count returned; weeks into a ceasefire no captivity
        CheckCase{"TheDealCalledForAll48",
                  "In Gaza, the U.S.-brokered deal called for the return of all 48 hostages, living and dead.",
                  "2025-11-30", "48", "", Verdict::kUnverified},
        CheckCase{"SevenWeeksIntoACeasefire",
                  "Israel received the remains of a hostage from Gaza, leaving the bodies of two captives still in "
                  "Gaza, seven weeks into a fragile ceasefire.",
                  "2025-11-30", "seven weeks", "", Verdict::kUnverified},
        // a measure links no fact in a unit it cannot be turned into
        CheckCase{"LitresToRunHospitals",
                  "In Gaza, 6 million litres of fuel entered, against a need of 300,000 litres a day to run "
                  "hospitals.",
                  "2026-01-16", "300,000 litres a day", "", Verdict::kUnverified}),
    [](const testing::TestParamInfo<CheckCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace figcheck
