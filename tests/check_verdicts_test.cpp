// Verdicts on the ways the verdict round's articles (151-155) put Gaza figures, with
// the bundled dataset: what a figure is matched to and the verdict it gets, and the
// neighbouring wordings each rule must leave alone.
#include <gtest/gtest.h>

#include <string>

#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

struct VerdictCase {
  const char* name;
  const char* text;
  const char* published;
  const char* figure;   // the mention's text
  const char* fact;     // the fact it should match, "" for none
  Verdict verdict;
};

class VerdictRoundCheckTest : public testing::TestWithParam<VerdictCase> {};

TEST_P(VerdictRoundCheckTest, MatchesAndJudges) {
  const VerdictCase& test = GetParam();
  static const Checker checker(bundled_dataset());
  const Report report = checker.check(test.text, *parse_iso_date(test.published));
  const Finding* found = nullptr;
  for (const Finding& finding : report.findings) {
    if (finding.mention.text == test.figure) found = &finding;
  }
  ASSERT_NE(found, nullptr) << "no mention \"" << test.figure << "\"";
  EXPECT_EQ(found->fact_id, test.fact) << found->explanation;
  EXPECT_EQ(found->verdict, test.verdict) << found->explanation;
}

INSTANTIATE_TEST_SUITE_P(
    VerdictSentences, VerdictRoundCheckTest,
    testing::Values(
        // Bodies recovered from the rubble are no longer missing under it.
        VerdictCase{"BodiesRecoveredFromRubbleAreNotTheMissing",
                    "Civil defence teams in Gaza have recovered more than 500 bodies from under the rubble since "
                    "the fighting stopped.",
                    "2025-02-03", "more than 500", "", Verdict::kUnverified},
        VerdictCase{"BodiesPulledFromRubbleAreNotTheMissing",
                    "In Gaza, rescuers have pulled more than 500 bodies from under the rubble this year.",
                    "2025-02-03", "more than 500", "", Verdict::kUnverified},
        VerdictCase{"MissingUnderRubble",
                    "In Gaza, about 10,000 people are still missing under the rubble, the civil defence says.",
                    "2026-01-08", "about 10,000", "gaza.missing_under_rubble", Verdict::kSupported}),
    [](const testing::TestParamInfo<VerdictCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace figcheck
