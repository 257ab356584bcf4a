// Matching a figure to a fact by its own words: the metric next to it, its
// noun phrase, the scope its sentence states, and the words that rule a fact out.
#include "match.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

Fact fact(const char* id, std::vector<std::string> metric, std::vector<std::string> scope = {},
          bool scope_required = false, std::vector<std::string> exclude = {}) {
  Fact fact;
  fact.id = id;
  fact.match.metric = std::move(metric);
  fact.match.scope = std::move(scope);
  fact.match.scope_required = scope_required;
  fact.match.exclude = std::move(exclude);
  return fact;
}

Dataset test_dataset() {
  Dataset dataset;
  const std::vector<std::string> since_ceasefire = {"since the ceasefire", "since the agreement began",
                                                    "since the truce"};
  dataset.facts = {
      fact("deaths.total", {"killed", "killing", "death toll"}, {"since october 2023"}, false,
           {"since the ceasefire", "children"}),
      fact("injured.total", {"wounded", "injured", "injuring"}, {"since october 2023"}, false,
           {"since the ceasefire"}),
      fact("deaths.since_ceasefire", {"killed", "killing"}, since_ceasefire, true),
      fact("injured.since_ceasefire", {"wounded", "injured", "injuring"}, since_ceasefire, true),
      fact("violations", {"ceasefire violations", "violations"}),
      fact("journalists.cpj", {"journalists killed"}),
      fact("journalists.media_office", {"journalists killed"}),
  };
  Fact children = fact("deaths.children", {"killed", "killing"});
  children.match.subject = {"children"};
  children.match.subject_required = true;
  dataset.facts.push_back(children);
  return dataset;
}

// The n-th occurrence of `figure` in `text`, as a number mention.
Mention mention_at(std::string_view text, std::string_view figure, int occurrence = 0) {
  std::size_t at = text.find(figure);
  while (occurrence-- > 0) at = text.find(figure, at + 1);
  Mention mention;
  mention.kind = MentionKind::kNumber;
  mention.text = std::string(figure);
  mention.byte_start = at;
  mention.byte_end = at + figure.size();
  mention.value = 1;
  return mention;
}

struct MatchCase {
  const char* sentence;
  std::vector<const char*> figures;  // every figure of the sentence, in order
  const char* figure;                // the one to match
  const char* expected;              // fact id, or "" for no match
};

class MatchTest : public testing::TestWithParam<MatchCase> {};

TEST_P(MatchTest, TheClaimsOwnWordsDecide) {
  const MatchCase& test = GetParam();
  const Dataset dataset = test_dataset();
  const detail::MatchIndex index(dataset);
  const std::string_view text = test.sentence;
  std::vector<Mention> mentions;
  for (const char* figure : test.figures) mentions.push_back(mention_at(text, figure));
  std::vector<const Mention*> pointers;
  std::size_t which = mentions.size();
  for (const Mention& mention : mentions) {
    if (mention.text == test.figure) which = pointers.size();
    pointers.push_back(&mention);
  }
  ASSERT_LT(which, mentions.size());
  detail::SentenceReading reading;
  detail::read_sentence(text, {0, text.size()}, index, pointers, Date{2026, 1, 6}, reading);
  detail::MatchScratch scratch;
  const detail::MatchOutcome outcome =
      detail::match_mention(text, *pointers[which], which, reading, index, dataset, Date{2026, 1, 6}, scratch);
  EXPECT_EQ(outcome.fact ? outcome.fact->id : std::string(), test.expected)
      << "candidates: " << outcome.candidates.size() << " " << outcome.why_unmatched;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, MatchTest,
    testing::Values(
        MatchCase{"The offensive has killed more than 71,400 Palestinians and wounded over 171,000 since October 2023.",
                  {"more than 71,400", "over 171,000"}, "more than 71,400", "deaths.total"},
        MatchCase{"The offensive has killed more than 71,400 Palestinians and wounded over 171,000 since October 2023.",
                  {"more than 71,400", "over 171,000"}, "over 171,000", "injured.total"},
        MatchCase{"Forces carried out hundreds of ceasefire violations since the agreement began, killing 422 "
                  "Palestinians and injuring more than 1,100.",
                  {"hundreds", "422", "more than 1,100"}, "422", "deaths.since_ceasefire"},
        MatchCase{"Forces carried out hundreds of ceasefire violations since the agreement began, killing 422 "
                  "Palestinians and injuring more than 1,100.",
                  {"hundreds", "422", "more than 1,100"}, "more than 1,100", "injured.since_ceasefire"},
        MatchCase{"Forces carried out hundreds of ceasefire violations since the agreement began, killing 422 "
                  "Palestinians and injuring more than 1,100.",
                  {"hundreds", "422", "more than 1,100"}, "hundreds", "violations"},
        MatchCase{"The strike killed 17,000 children, officials said.", {"17,000"}, "17,000", "deaths.children"},
        MatchCase{"The war has killed 71,000 people, most of them women and children.", {"71,000"}, "71,000",
                  "deaths.total"},
        MatchCase{"At least 200 journalists killed, the group said.", {"200"}, "200", ""},
        MatchCase{"The town has 1,200 schools.", {"1,200"}, "1,200", ""},
        // Each clause states its own scope; neither lends it to the other's figure.
        MatchCase{"Officials said 492 people were killed since the ceasefire, bringing the death toll since "
                  "October 2023 to 71,662.",
                  {"492", "71,662"}, "71,662", "deaths.total"},
        MatchCase{"Officials said 492 people were killed since the ceasefire, bringing the death toll since "
                  "October 2023 to 71,662.",
                  {"492", "71,662"}, "492", "deaths.since_ceasefire"}),
    [](const testing::TestParamInfo<MatchCase>& info) { return "Case" + std::to_string(info.index); });

TEST(MatchTest, TiedFactsAreNamedNotGuessed) {
  const Dataset dataset = test_dataset();
  const detail::MatchIndex index(dataset);
  const std::string_view text = "At least 200 journalists killed, the group said.";
  const Mention mention = mention_at(text, "200");
  detail::SentenceReading reading;
  detail::read_sentence(text, {0, text.size()}, index, {&mention}, Date{2026, 1, 6}, reading);
  detail::MatchScratch scratch;
  const detail::MatchOutcome outcome =
      detail::match_mention(text, mention, 0, reading, index, dataset, Date{2026, 1, 6}, scratch);
  EXPECT_EQ(outcome.fact, nullptr);
  EXPECT_EQ(outcome.candidates, (std::vector<std::string>{"journalists.cpj", "journalists.media_office"}));
}

TEST(SentenceTest, SplitsAtSentenceEndsButNotAbbreviationsOrDecimals) {
  const std::string_view text = "It began on Oct. 7 with 1.5 million people. Mr. Smith left! Then\nmore.";
  const auto sentences = detail::split_sentences(text);
  ASSERT_EQ(sentences.size(), 4u);
  EXPECT_EQ(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin),
            "It began on Oct. 7 with 1.5 million people.");
  EXPECT_EQ(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin), " Mr. Smith left!");
}

TEST(SentenceTest, ADotLeaderBeforeAFigureEndsNoSentence) {
  const std::string_view text = "Killed since the ceasefire ...... 576 (MoH)\nHe paused... Then left.";
  const auto sentences = detail::split_sentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin),
            "Killed since the ceasefire ...... 576 (MoH)\n");
  EXPECT_EQ(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin), "He paused...");
}

TEST(SentenceTest, FoldsPluralsToOneForm) {
  EXPECT_EQ(detail::fold_word("Palestinians"), "palestinian");
  EXPECT_EQ(detail::fold_word("trucks"), "truck");
  EXPECT_EQ(detail::fold_word("injuries"), "injury");
  EXPECT_EQ(detail::fold_word("injury"), "injury");
  EXPECT_EQ(detail::fold_word("crosses"), detail::fold_word("cross"));
  EXPECT_EQ(detail::fold_word("killed"), "killed");
}

}  // namespace
}  // namespace figcheck
