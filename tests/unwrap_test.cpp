// Hard-wrapped copy (pasted from an email, a wire terminal or a PDF) is read as the
// prose it is, and the breaks of headlines, lists and tables are kept.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "check_cases.h"
#include "figcheck/figcheck.h"
#include "text_scan.h"
#include "unwrap.h"

namespace figcheck {
namespace {

using test::CheckCase;

// Each line break unwrap_lines read as a space, marked '^' under the text.
std::string joined_breaks(const std::string& text) {
  const std::optional<std::string> unwrapped = detail::unwrap_lines(text);
  std::string marks;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') marks += unwrapped && (*unwrapped)[i] == ' ' ? '^' : '|';
  }
  return marks;
}

constexpr const char* kWrappedWire =
    "GAZA CITY, Jan 12 (Reuters) - The health ministry said on Monday that more than\n"
    "71,400 Palestinians had been killed in the war, a toll that it says is still\n"
    "rising every week.\n"
    "\n"
    "Aid agencies said the number of trucks entering the strip was still well\n"
    "below the 600 a day promised under the deal.\n";

TEST(UnwrapTest, JoinsTheLinesOfAWrappedParagraph) {
  // Two blocks; the blank line between them stays a paragraph's end.
  EXPECT_EQ(joined_breaks(kWrappedWire), "^^||^|");
  const std::optional<std::string> unwrapped = detail::unwrap_lines(kWrappedWire);
  ASSERT_TRUE(unwrapped);
  EXPECT_EQ(unwrapped->size(), std::string(kWrappedWire).size());
  EXPECT_NE(unwrapped->find("more than 71,400 Palestinians had been killed"), std::string::npos);
}

TEST(UnwrapTest, AFigureBrokenAcrossLinesIsOneMentionWithItsBreak) {
  const std::vector<Mention> mentions = extract_mentions(kWrappedWire, *parse_iso_date("2026-01-12"));
  const Mention* toll = nullptr;
  for (const Mention& mention : mentions) {
    if (mention.value == 71400.0) toll = &mention;
  }
  ASSERT_NE(toll, nullptr);
  // The span is the article's own: its text keeps the line break the page highlights.
  EXPECT_EQ(toll->text, "more than\n71,400");
  EXPECT_EQ(toll->qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(std::string(kWrappedWire).substr(toll->byte_start, toll->byte_end - toll->byte_start), toll->text);
}

TEST(UnwrapTest, TextWithoutWrappedLinesIsNotCopied) {
  EXPECT_FALSE(detail::unwrap_lines("One line, no break."));
  // A headline over its story: the next line opens with a capital.
  EXPECT_FALSE(detail::unwrap_lines("Gaza toll passes 71,000\nGAZA CITY - The health ministry said on Monday that the toll had passed 71,000."));
  // A list: bullets open anew.
  EXPECT_FALSE(detail::unwrap_lines("Key figures\n- 71,419 killed\n- 171,318 wounded\n- about 600 trucks a day promised"));
  // Labelled figures set one a line at much the same length, none going on in lower case.
  EXPECT_FALSE(detail::unwrap_lines("Killed since 7 October 2023 (ministry): 71,419\n"
                                    "Wounded since 7 October 2023 (ministry): 171,318\n"
                                    "Trucks a day promised under the October deal: 600\n"));
  // A table's rows end in figures.
  EXPECT_FALSE(detail::unwrap_lines("killed 71,419\nwounded 171,318\n"));
}

TEST(UnwrapTest, ALineGoingOnInLowerCaseJoinsWhateverTheLayout) {
  // One wrapped sentence among lines of any length (a PDF's uneven column).
  EXPECT_EQ(joined_breaks("Briefing notes\nOfficials said 20 hostages\nwere freed on Monday.\nNext steps"), "|^|");
  // ... but not after a figure or a full stop, nor before a bullet.
  EXPECT_EQ(joined_breaks("Trucks 600\nper day. Killed 5.\nthen more"), "||");
}

TEST(UnwrapTest, AShortParagraphWrapsBeforeACapitalInAWrappedText) {
  const std::string text =
      "The article described the Rafah crossing as closed since early 2023, which\n"
      "was wrong, and it has been corrected to say so.\n"
      "\n"
      "Israel took control of the Palestinian side of the crossing on 7 May\n"
      "2024.\n";
  EXPECT_EQ(joined_breaks(text), "^||^|");
}

TEST(UnwrapTest, EveryBulletANewsroomTypesOpensAListItem) {
  // One bullet test serves unwrapping, list items and dated timeline lines.
  EXPECT_EQ(detail::bullet_bytes("- 71,419 killed"), 1U);
  EXPECT_EQ(detail::bullet_bytes("* 171,318 wounded"), 1U);
  EXPECT_EQ(detail::bullet_bytes("+ 600 trucks"), 1U);
  EXPECT_EQ(detail::bullet_bytes("> quoted"), 1U);
  EXPECT_EQ(detail::bullet_bytes("\u00B7 600 trucks"), 2U);
  EXPECT_EQ(detail::bullet_bytes("\u2022600 trucks"), 3U);
  EXPECT_EQ(detail::bullet_bytes("\u25AA 600 trucks"), 3U);
  EXPECT_EQ(detail::bullet_bytes("\u2013 600 trucks"), 3U);
  EXPECT_EQ(detail::bullet_bytes("\u2014 600 trucks"), 3U);
  // A sign, a hyphenated word and a rule are no bullets.
  EXPECT_EQ(detail::bullet_bytes("-5C overnight"), 0U);
  EXPECT_EQ(detail::bullet_bytes("---"), 0U);
  EXPECT_EQ(detail::bullet_bytes("*"), 0U);
  EXPECT_EQ(detail::bullet_bytes("Aid trucks"), 0U);
  EXPECT_FALSE(detail::unwrap_lines("Key figures\n\u25AA 71,419 killed\n\u25AA 171,318 wounded\n\u00B7 about 600 trucks a day"));
}

TEST(UnwrapTest, CarriageReturnsAreReadAsSpacesToo) {
  const std::string text =
      "The ministry said on Monday that more than 71,400 Palestinians had been\r\n"
      "killed since the war began, and that the count was still rising each day.\r\n";
  const std::optional<std::string> unwrapped = detail::unwrap_lines(text);
  ASSERT_TRUE(unwrapped);
  EXPECT_NE(unwrapped->find("had been  killed"), std::string::npos);
}

class UnwrapCheckTest : public testing::TestWithParam<CheckCase> {};

TEST_P(UnwrapCheckTest, MatchesAndJudges) { test::expect_check_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    WrappedSentences, UnwrapCheckTest,
    testing::Values(
        // The figure's words on the next line: the sentence goes on across the break.
        CheckCase{"TollWrappedBeforeItsVerb",
                  "GAZA, 12 January 2026 - The health ministry in Gaza said on Monday that 71,419 Palestinians\n"
                  "had been killed since October 2023, and 171,318 wounded.\n",
                  "2026-01-12", "71,419", "gaza.deaths.cumulative", Verdict::kSupported},
        // The qualifier on one line and the figure on the next.
        CheckCase{"QualifierWrappedFromItsFigure", kWrappedWire, "2026-01-12", "more than\n71,400",
                  "gaza.deaths.cumulative", Verdict::kSupported},
        // A headline keeps its break: its figure is not read with the story's words.
        CheckCase{"HeadlineKeepsItsBreak",
                  "Ceasefire holds for a 94th day\nAid agencies say trucks are still held at the crossings.",
                  "2026-01-12", "94th", "", Verdict::kUnverified}),
    test::check_case_name);

}  // namespace
}  // namespace figcheck
