// Verdicts on dates written in the American way, "October 7, 2023": the comma inside
// the date, and the one that closes its year after "the" ("the Oct. 7, 2023, attack"),
// part no clause, so the date names its event as "the 7 October 2023 attack" does.
// (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class UsDateCommaCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(UsDateCommaCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    UsDateCommaSentences, UsDateCommaCheckTest,
    testing::Values(
        CheckCase{"CommaInsideTheDate", "He was seized in the Oct. 7, 2023 attack on Israel.", "2026-01-13",
                  "Oct. 7, 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"CommaClosingTheYear", "He was seized in the October 7, 2023, attack on Israel.", "2026-01-13",
                  "October 7, 2023", "oct7.attack.date", Verdict::kSupported},
        CheckCase{"WrongDayClosingTheYear", "He was seized in the Oct. 8, 2023, attack on Israel.", "2026-01-13",
                  "Oct. 8, 2023", "oct7.attack.date", Verdict::kContradicted},
        CheckCase{"TheSameDateBritishStyle", "He was seized in the 7 October 2023 attack on Israel.", "2026-01-13",
                  "7 October 2023", "oct7.attack.date", Verdict::kSupported},
        // a stated start with its comma is still the count's scope, no distance
        CheckCase{"StartWithItsComma",
                  "The Gaza Health Ministry's count of Palestinians killed since October 7, 2023 reached 72,027 on "
                  "Saturday.",
                  "2026-02-09", "72,027", "gaza.deaths.cumulative", Verdict::kSupported},
        // a date that opens its sentence keeps its comma as the clause's end
        CheckCase{"OpeningDate", "On Oct. 7, 2023, Hamas attacked Israel.", "2026-01-13", "Oct. 7, 2023",
                  "oct7.attack.date", Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
