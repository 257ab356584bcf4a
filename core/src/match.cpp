#include "match.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace figcheck::detail {
namespace {

std::vector<std::string> fold_phrase(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(phrase, {0, phrase.size()})) {
    if (token.type == Token::Type::kWord) words.push_back(token.form);
  }
  return words;
}

// Words that end a figure's noun phrase: "422 Palestinians and ...", "28 others since ...".
constexpr std::array<std::string_view, 40> kPhraseBreaks = {
    "and",   "or",    "but",   "since", "in",    "on",   "at",    "to",    "from",  "with",
    "by",    "for",   "as",    "who",   "which", "that", "were",  "wa",    "have",  "ha",
    "had",   "are",   "is",    "be",    "been",  "will", "would", "could", "than",  "after",
    "before", "during", "amid", "over", "under", "into", "across", "while", "when", "this"};

bool breaks_phrase(const std::string& form) {
  return std::find(kPhraseBreaks.begin(), kPhraseBreaks.end(), form) != kPhraseBreaks.end();
}

// Token indices a mention covers.
struct TokenSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
};

TokenSpan tokens_of(const std::vector<Token>& tokens, std::size_t byte_begin, std::size_t byte_end) {
  TokenSpan span{tokens.size(), 0};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].bytes.end > byte_begin && tokens[i].bytes.begin < byte_end) {
      span.begin = std::min(span.begin, i);
      span.end = std::max(span.end, i + 1);
    }
  }
  if (span.empty()) {
    // A mention made of marks only ("%"); place it where it starts.
    std::size_t at = 0;
    while (at < tokens.size() && tokens[at].bytes.begin < byte_begin) ++at;
    span = {at, at};
  }
  return span;
}

// How far a phrase stands from the figure: words between, with clause marks and
// other figures counting extra, since each makes it less likely the phrase is about this figure.
double distance_between(const SentenceReading& sentence, const std::vector<TokenSpan>& other_mentions,
                        TokenSpan mention, std::size_t hit_begin, std::size_t hit_end) {
  std::size_t from = 0, to = 0;
  if (hit_end <= mention.begin) {
    from = hit_end;
    to = mention.begin;
  } else if (hit_begin >= mention.end) {
    from = mention.end;
    to = hit_begin;
  } else {
    return 0;  // the phrase overlaps the mention ("600 trucks a day")
  }
  double distance = 0;
  for (std::size_t i = from; i < to; ++i) {
    distance += sentence.tokens[i].type == Token::Type::kClauseMark ? 2.5 : 1.0;
  }
  for (const TokenSpan& other : other_mentions) {
    if (other.begin >= from && other.end <= to && !other.empty()) distance += 3.0;
  }
  // A metric after the figure ("422 killed") reads as well as one before it
  // ("killing 422"), but a little less when far.
  if (hit_begin >= mention.end) distance += 0.25;
  return distance;
}

// The clause around a mention: tokens between the nearest clause marks.
TokenSpan clause_of(const std::vector<Token>& tokens, TokenSpan mention) {
  TokenSpan clause{0, tokens.size()};
  for (std::size_t i = mention.begin; i > 0; --i) {
    if (tokens[i - 1].type == Token::Type::kClauseMark) {
      clause.begin = i;
      break;
    }
  }
  for (std::size_t i = mention.end; i < tokens.size(); ++i) {
    if (tokens[i].type == Token::Type::kClauseMark) {
      clause.end = i;
      break;
    }
  }
  return clause;
}

// The figure's own noun phrase: the words right after it ("422 [Palestinians]",
// "hundreds of [ceasefire violations]"), up to three, stopping at a break.
TokenSpan head_of(const std::vector<Token>& tokens, TokenSpan mention,
                  const std::vector<TokenSpan>& other_mentions) {
  std::size_t i = mention.end;
  while (i < tokens.size() && tokens[i].type == Token::Type::kWord &&
         (tokens[i].form == "of" || tokens[i].form == "the")) {
    ++i;
  }
  TokenSpan head{i, i};
  while (head.end < tokens.size() && head.end - head.begin < 3) {
    const Token& token = tokens[head.end];
    if (token.type != Token::Type::kWord || breaks_phrase(token.form)) break;
    bool in_other_mention = false;
    for (const TokenSpan& other : other_mentions) {
      if (head.end >= other.begin && head.end < other.end) in_other_mention = true;
    }
    if (in_other_mention) break;
    ++head.end;
  }
  return head;
}

std::string text_of(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                    std::size_t end) {
  if (begin >= end || end > tokens.size()) return "";
  return std::string(text.substr(tokens[begin].bytes.begin, tokens[end - 1].bytes.end - tokens[begin].bytes.begin));
}

struct Candidate {
  std::size_t fact = 0;
  double score = 0;
  std::size_t metric_begin = 0, metric_end = 0;
  std::size_t scope_begin = 0, scope_end = 0;
  bool has_scope = false;
};

}  // namespace

MatchIndex::MatchIndex(const Dataset& dataset) {
  for (std::size_t fact = 0; fact < dataset.facts.size(); ++fact) {
    const MatchWords& match = dataset.facts[fact].match;
    auto add = [&](const std::vector<std::string>& phrases, PhraseRole role) {
      for (const std::string& phrase : phrases) {
        std::vector<std::string> words = fold_phrase(phrase);
        if (words.empty()) continue;
        by_first_word[words.front()].push_back({fact, role, std::move(words)});
      }
    };
    add(match.metric, PhraseRole::kMetric);
    add(match.subject, PhraseRole::kSubject);
    add(match.scope, PhraseRole::kScope);
    add(match.exclude, PhraseRole::kExclude);
  }
}

SentenceReading read_sentence(std::string_view text, ByteRange sentence, const MatchIndex& index) {
  SentenceReading reading;
  reading.tokens = tokenize(text, sentence);
  const auto& tokens = reading.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].type != Token::Type::kWord) continue;
    auto found = index.by_first_word.find(tokens[i].form);
    if (found == index.by_first_word.end()) continue;
    for (const Phrase& phrase : found->second) {
      // Phrase words must follow one another; clause marks inside a phrase are skipped
      // only for "(", so "October 7" still matches "October (7)" rarely matters; keep it strict.
      std::size_t at = i;
      bool matched = true;
      for (const std::string& word : phrase.words) {
        if (at >= tokens.size() || tokens[at].type != Token::Type::kWord || tokens[at].form != word) {
          matched = false;
          break;
        }
        ++at;
      }
      if (matched) reading.hits.push_back({&phrase, i, at});
    }
  }
  return reading;
}

bool kinds_compatible(MentionKind mention, FactKind fact) {
  switch (fact) {
    case FactKind::kCount:
      return mention == MentionKind::kNumber;
    case FactKind::kRatio:
      return mention == MentionKind::kPercent;
    case FactKind::kMoney:
      return mention == MentionKind::kMoney;
    case FactKind::kQuantity:
      return mention == MentionKind::kQuantity;
    case FactKind::kDate:
    case FactKind::kDateRange:
      return mention == MentionKind::kDate || mention == MentionKind::kDateRange;
    case FactKind::kDuration:
      return mention == MentionKind::kDuration;
  }
  return false;
}

MatchOutcome match_mention(std::string_view text, const Mention& mention,
                           const std::vector<const Mention*>& sentence_mentions,
                           const SentenceReading& sentence, const Dataset& dataset) {
  MatchOutcome outcome;
  const auto& tokens = sentence.tokens;
  const TokenSpan span = tokens_of(tokens, mention.byte_start, mention.byte_end);
  std::vector<TokenSpan> others;
  for (const Mention* other : sentence_mentions) {
    if (other != &mention) others.push_back(tokens_of(tokens, other->byte_start, other->byte_end));
  }
  const TokenSpan clause = clause_of(tokens, span);
  const TokenSpan head = head_of(tokens, span, others);
  outcome.claim.subject = text_of(text, tokens, head.begin, head.end);

  // The best reading of each fact's phrases around this mention.
  constexpr double kNone = std::numeric_limits<double>::infinity();
  std::vector<Candidate> candidates;
  std::vector<std::size_t> facts_seen;
  for (const PhraseHit& hit : sentence.hits) facts_seen.push_back(hit.phrase->fact);
  std::sort(facts_seen.begin(), facts_seen.end());
  facts_seen.erase(std::unique(facts_seen.begin(), facts_seen.end()), facts_seen.end());

  for (std::size_t fact_index : facts_seen) {
    const Fact& fact = dataset.facts[fact_index];
    if (!kinds_compatible(mention.kind, fact.kind)) continue;
    Candidate candidate{fact_index};
    double metric_distance = kNone, scope_distance = kNone;
    bool subject_in_head = false, subject_near = false, excluded = false;
    for (const PhraseHit& hit : sentence.hits) {
      if (hit.phrase->fact != fact_index) continue;
      const double distance = distance_between(sentence, others, span, hit.begin, hit.end);
      const bool in_head = hit.begin < head.end && hit.end > head.begin;
      const bool in_clause = hit.begin >= clause.begin && hit.end <= clause.end;
      switch (hit.phrase->role) {
        case PhraseRole::kMetric:
          if (distance < metric_distance) {
            metric_distance = distance;
            candidate.metric_begin = hit.begin;
            candidate.metric_end = hit.end;
          }
          break;
        case PhraseRole::kSubject:
          subject_in_head = subject_in_head || in_head || distance <= 1;
          subject_near = true;
          break;
        case PhraseRole::kScope:
          if (distance < scope_distance) {
            scope_distance = distance;
            candidate.scope_begin = hit.begin;
            candidate.scope_end = hit.end;
          }
          break;
        case PhraseRole::kExclude:
          excluded = excluded || in_head || in_clause;
          break;
      }
    }
    if (metric_distance == kNone || excluded) continue;
    if (fact.match.subject_required && !subject_in_head) continue;
    if (fact.match.scope_required && scope_distance == kNone) continue;
    candidate.has_scope = scope_distance != kNone;
    // Closeness of the metric decides first; a stated scope or subject then
    // separates facts that share a metric (killed in all vs killed since the ceasefire).
    candidate.score = -metric_distance;
    if (candidate.has_scope) candidate.score += 3.5 - std::min(scope_distance, 20.0) * 0.1;
    if (subject_in_head) {
      candidate.score += 2.0;
    } else if (subject_near) {
      candidate.score += 1.0;
    }
    candidates.push_back(candidate);
  }

  if (candidates.empty()) {
    outcome.why_unmatched = "No fact in the dataset is about what this figure counts";
    return outcome;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  const Candidate& best = candidates.front();
  // A lead of less than one word's distance is no lead: the words do not decide.
  constexpr double kDecisiveLead = 1.0;
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    if (best.score - candidates[i].score >= kDecisiveLead) break;
    if (outcome.candidates.empty()) outcome.candidates.push_back(dataset.facts[best.fact].id);
    outcome.candidates.push_back(dataset.facts[candidates[i].fact].id);
  }
  outcome.claim.metric = text_of(text, tokens, best.metric_begin, best.metric_end);
  if (best.has_scope) outcome.claim.scope = text_of(text, tokens, best.scope_begin, best.scope_end);
  if (!outcome.candidates.empty()) {
    outcome.why_unmatched = "The words around this figure fit more than one fact";
    return outcome;
  }
  outcome.fact = &dataset.facts[best.fact];
  return outcome;
}

}  // namespace figcheck::detail
