// A wire dateline set off by a spaced hyphen ("GAZA CITY, Jan 12 - The ministry said
// ...") belongs to its story as one set off by a dash does, while a timeline line that
// opens with a date and a hyphen keeps its event.
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class DatelineCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(DatelineCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    DatelineSentences, DatelineCheckTest,
    testing::Values(
        // The dateline's place says where the story's figures are, whatever sets it off.
        CheckCase{"DayAndSpacedHyphen", "GAZA CITY, Jan 12 - The ministry said the death toll had passed 71,400.",
                  "2026-01-12", "71,400", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"WeekdayAndSpacedHyphen",
                  "GAZA CITY, Monday - The ministry said the death toll had passed 71,400.", "2026-01-12", "71,400",
                  "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"TwoPlacesAndSpacedHyphen",
                  "LONDON / GAZA CITY, 12 January 2026 - The ministry said the death toll had passed 71,400.",
                  "2026-01-12", "71,400", "gaza.deaths.cumulative", Verdict::kSupported},
        CheckCase{"DayAndDoubleHyphen", "GAZA CITY, Jan 12 -- The ministry said the death toll had passed 71,400.",
                  "2026-01-12", "71,400", "gaza.deaths.cumulative", Verdict::kSupported},
        // A timeline's line opens with its date, not a place: the event after the hyphen is the date's.
        CheckCase{"BulletedTimelineDateKeepsItsEvent",
                  "Key dates\n\n* OCT 18, 2025 - Prime Minister Benjamin Netanyahu orders the Rafah crossing to stay "
                  "shut until further notice.\n",
                  "2025-10-25", "OCT 18, 2025", "rafah_crossing.netanyahu_closed_2025_10_18", Verdict::kSupported},
        CheckCase{"BareTimelineDateKeepsItsEvent",
                  "Timeline\n\n9 October 2025 - Israel and Hamas sign the opening phase of the plan in Egypt.\n",
                  "2025-10-25", "9 October 2025", "ceasefire_2025_10.agreement_signed", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
