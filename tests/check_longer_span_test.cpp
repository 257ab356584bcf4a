// Verdicts on a span of days longer than a fixed reference span (the last living
// hostages' 738 days, to 13 October 2025): counted from the same start, one that ends
// by publication, and recently, may be a later captive's and is not compared; one that
// could not have run by then, or ended long before it, is wrong. (Our own words.)
#include <gtest/gtest.h>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class LongerSpanCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(LongerSpanCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

constexpr const char* kCaptivityFact = "hostages.captivity_days_at_release_2025_10_13";

INSTANTIATE_TEST_SUITE_P(
    LongerSpanSentences, LongerSpanCheckTest,
    testing::Values(
        // 842 days from 7 October 2023 run to late January 2026: the story's own day.
        CheckCase{"EndsByPublication",
                  "The army said remains found in Gaza were those of the last hostage, a reservist held there for "
                  "842 days.",
                  "2026-01-27", "842 days", kCaptivityFact, Verdict::kUnverified},
        // The same figure a week after the release could not yet have run.
        CheckCase{"CouldNotHaveRunByPublication",
                  "The army said remains found in Gaza were those of the last hostage, a reservist held there for "
                  "842 days.",
                  "2025-10-20", "842 days", kCaptivityFact, Verdict::kContradicted},
        // 760 days end in early November 2025, months before the article: a slip.
        CheckCase{"EndsLongBeforePublication",
                  "The army said remains found in Gaza were those of the last hostage, a reservist held there for "
                  "760 days.",
                  "2026-01-27", "760 days", kCaptivityFact, Verdict::kContradicted},
        // Shorter than the reference is no later span.
        CheckCase{"ShorterSpan", "Hamas freed twenty living hostages on Monday; they had been held for 700 days.",
                  "2026-01-27", "700 days", kCaptivityFact, Verdict::kContradicted},
        CheckCase{"TheReferenceSpan", "Hamas freed twenty living hostages on Monday; they had been held for 738 days.",
                  "2026-01-27", "738 days", kCaptivityFact, Verdict::kSupported}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
