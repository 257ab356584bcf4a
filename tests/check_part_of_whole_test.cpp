// A part and its whole, "24 of the 28 dead hostages whose bodies are due under the deal":
// a relative clause after the whole's noun says what the whole is, so its words are not
// the part's. Round 12's live blog (107) had the part read as the whole's count and
// called wrong.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "check_cases.h"
#include "figcheck/figcheck.h"

namespace figcheck {
namespace {

using test::CheckCase;

class PartOfWholeTest : public testing::TestWithParam<CheckCase> {};

TEST_P(PartOfWholeTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    RelativeClauses, PartOfWholeTest,
    testing::Values(
        CheckCase{"TheWholesRelativeClauseIsNotThePartsClaim",
                  "That leaves 24 of the 28 dead hostages whose bodies are due under the deal still in Gaza.",
                  "2025-10-13", "24", "", Verdict::kUnverified},
        // The part's own verb, before it, still counts it.
        CheckCase{"ThePartsOwnVerbStillCountsIt",
                  "Hamas has returned 27 of the 28 dead hostages whose bodies were due under the Gaza deal.",
                  "2025-12-10", "27", "hostages.deceased_remains_returned.since_2025_10", Verdict::kSupported}),
    test::check_case_name);

// A number opening its clause as a part of a bare figure ("Nurses, three of the 20
// were ...") is told by its own sentence's clauses, whether or not the sentence names
// a fact, and whatever clauses the sentence before had.
std::string_view why_unmatched(const Report& report, std::size_t at) {
  for (const Finding& finding : report.findings) {
    if (finding.mention.byte_start == at) return finding.explanation;
  }
  ADD_FAILURE() << "no figure at byte " << at;
  return {};
}

TEST(PartOfWholeTest, APartIsToldByItsOwnSentencesClauses) {
  static const Checker checker(bundled_dataset());
  constexpr std::string_view kPart = "This figure is a part of another, and no fact is about what it names.";
  constexpr std::string_view kNoFact = "No fact in the dataset is about what this figure counts.";
  const Date published{2026, 1, 6};
  // The sentence before names a fact and has a clause mark where the part stands in the next.
  const std::string opens = "In Gaza, 300 people were killed on Monday. Nurses, three of the 20 were teachers.";
  EXPECT_EQ(why_unmatched(checker.check(opens, published), opens.find("three")), kPart);
  const std::string inside =
      "In Gaza, 300 people were killed on Monday, officials said. Officials said that three of the 20 were teachers.";
  EXPECT_EQ(why_unmatched(checker.check(inside, published), inside.find("three")), kNoFact);
}

}  // namespace
}  // namespace figcheck
