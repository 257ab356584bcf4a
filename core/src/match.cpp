#include "match.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <optional>

#include "compare.h"

namespace figcheck::detail {
namespace {

std::vector<std::string> fold_phrase(std::string_view phrase) {
  std::vector<std::string> words;
  std::vector<Token> tokens;
  std::string forms;
  tokenize(phrase, {0, phrase.size()}, tokens, forms);
  for (const Token& token : tokens) {
    if (token.type == Token::Type::kWord) words.emplace_back(token.form);
  }
  return words;
}

// Token indices a byte range covers, looked for from token `from` on: the tokens are
// in text order, and so are a sentence's mentions, so each mention's tokens start
// where the last one's did or after. (Stepping there from the last mention's costs
// less than a binary search per mention, whose branches mispredicted as often as not.)
TokenSpan tokens_of(const std::vector<Token>& tokens, std::size_t from, std::size_t byte_begin,
                    std::size_t byte_end) {
  // (The tokens begin and end in order: when the last ends after byte_begin, the step
  // there needs no test of the tokens' end as well; nor the step past the range when
  // the last begins after it.)
  if (tokens.empty() || tokens.back().bytes.end <= byte_begin) return {tokens.size(), tokens.size()};
  std::size_t first = from;
  while (tokens[first].bytes.end <= byte_begin) ++first;
  if (tokens.back().bytes.begin < byte_end) return {first, tokens.size()};
  std::size_t last = first;
  while (tokens[last].bytes.begin < byte_end) ++last;
  return {first, last};
}

// A phrase role as the bit SentenceReading::fact_roles has for it.
constexpr std::uint8_t role_bit(PhraseRole role) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(role)); }

// Whether token `i` of the sentence is one of `words`.
template <typename... Words>
bool word_is(const SentenceReading& sentence, std::size_t i, Words... words) {
  const std::uint32_t id = sentence.word_ids[i];
  return ((id == words) | ...);  // (all compared, as a chain of branches on them mispredicted)
}

// How far a phrase stands from the figure: words between, with clause marks and
// other figures counting extra, since each makes it less likely the phrase is about this figure.
// (Inline in its one caller, which asks for every phrase near every figure: the call
// and its saved registers were a third of its cost.)
[[gnu::always_inline]] inline double distance_between(const SentenceReading& sentence, TokenSpan mention, std::size_t hit_begin,
                        std::size_t hit_end) {
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
  std::size_t marks = sentence.clause_marks_before[to] - sentence.clause_marks_before[from];
  std::size_t figures = sentence.mention_starts_before[to] - sentence.mention_starts_before[from];
  const std::size_t joins = sentence.joins_before[to] - sentence.joins_before[from];
  std::size_t words = to - from - marks;
  if (!sentence.start_dates_before.empty()) {
    const SentenceReading::StartDateCounts& before_to = sentence.start_dates_before[to];
    const SentenceReading::StartDateCounts& before_from = sentence.start_dates_before[from];
    words -= before_to.tokens - before_from.tokens;
    figures -= before_to.dates - before_from.dates;
  }
  // "Some 271 people, including 112 children, have died": the aside is no distance
  // for a figure outside it.
  if (!sentence.in_aside.empty() &&
      (mention.begin >= sentence.in_aside.size() || !sentence.in_aside[mention.begin])) {
    words -= sentence.aside_words_before[to] - sentence.aside_words_before[from];
    marks -= sentence.aside_marks_before[to] - sentence.aside_marks_before[from];
    // (a start inside an aside is taken off once)
    figures -= std::min(figures, sentence.aside_figures_before[to] - sentence.aside_figures_before[from]);
  }
  // "killed and nearly 1,200 injured": a conjunction starts another claim.
  // A metric after the figure ("422 killed") reads as well as one before it
  // ("killing 422"), but a little less when far.
  // (Counted in quarters of a word, in integers: every weight is a whole number of
  // quarters, so the distance is exactly what the sum in doubles gives.)
  const std::size_t quarters =
      4 * words + 10 * marks + 12 * figures + 3 * joins + (hit_begin >= mention.end ? 1 : 0);
  return static_cast<double>(quarters) * 0.25;
}

// The figure's own noun phrase: the words right after it ("422 [Palestinians]",
// "hundreds of [ceasefire violations]"), up to three, stopping at a break.
TokenSpan head_of(const SentenceReading& sentence, TokenSpan mention) {
  const auto& tokens = sentence.tokens;
  std::size_t i = mention.end;
  while (i < tokens.size() && word_is(sentence, i, kWordOf, kWordThe)) {
    ++i;
  }
  // "bringing to 11 the number of deceased captives returned": the noun phrase is
  // what the number is of.
  if (i > mention.end && i + 1 < tokens.size() && word_is(sentence, i, kWordNumber, kWordTotal) &&
      word_is(sentence, i + 1, kWordOf)) {
    i += 2;
    while (i < tokens.size() && word_is(sentence, i, kWordThe)) ++i;
  }
  // "20,000 of them children": the part's own noun follows the pronoun.
  if (i > mention.end && i < tokens.size() && word_is(sentence, i - 1, kWordOf) &&
      word_is(sentence, i, kWordThem, kWordWhom, kWordThose, kWordThese)) {
    ++i;
  }
  // "90% of Gaza's 2.1 million people": a possessor of a whole figure is the whole's
  // noun phrase, not the share's, as "of the 2.1 million people" names none for it.
  if (i > mention.end && i + 2 < tokens.size() && word_is(sentence, i + 1, kWordS) && sentence.mention_at[i + 2] >= 0) {
    return {i, i};
  }
  TokenSpan head{i, i};
  while (head.end < tokens.size() && head.end - head.begin < 3) {
    // (One branch on the three tests: each alone mispredicted.)
    const bool mark = tokens[head.end].type != Token::Type::kWord;
    const bool phrase_break = (sentence.word_classes[head.end] & kPhraseBreakWord) != 0;
    const bool figure = sentence.mention_at[head.end] >= 0;
    if (mark | phrase_break | figure) break;
    ++head.end;
  }
  return head;
}

// Whether the figure is the whole in "27 of the 28", "3 out of 4", "Of the 251 ...".
bool is_whole_of_part(const SentenceReading& sentence, TokenSpan mention) {
  std::size_t i = mention.begin;
  auto word_before = [&](NamedWord word) {
    if (i == 0 || sentence.word_ids[i - 1] != word) return false;
    --i;
    return true;
  };
  // "90% of Gaza's 2.1 million people": the possessor is the whole's.
  if (i >= 2 && sentence.word_ids[i - 1] == kWordS && sentence.tokens[i - 2].type == Token::Type::kWord) i -= 2;
  word_before(kWordThe);
  if (!word_before(kWordOf)) return false;
  word_before(kWordOut);
  // "Of the 251 people seized, the remains of two are still held": a whole that
  // opens its clause, its part told after it.
  if (sentence.clause_start[i] == i) return true;
  return i > 0 && sentence.mention_at[i - 1] >= 0;
}

// "27 of the 28 bodies have been returned": the whole after a part, as token span.
// A possessor before the whole is the whole's: "90% of Gaza's 2.1 million people
// have been displaced".
std::optional<TokenSpan> whole_after_part(const SentenceReading& sentence, TokenSpan mention) {
  const auto& tokens = sentence.tokens;
  std::size_t i = mention.end;
  if (i < tokens.size() && word_is(sentence, i, kWordOut)) ++i;
  if (i >= tokens.size() || !word_is(sentence, i, kWordOf)) return std::nullopt;
  ++i;
  if (i < tokens.size() && word_is(sentence, i, kWordThe)) ++i;
  if (i + 2 < tokens.size() && tokens[i].type == Token::Type::kWord && sentence.mention_at[i] < 0 &&
      word_is(sentence, i + 1, kWordS)) {
    i += 2;
  }
  if (i >= tokens.size() || sentence.mention_at[i] < 0) return std::nullopt;
  const TokenSpan whole = sentence.mention_spans[static_cast<std::size_t>(sentence.mention_at[i])];
  return whole.begin == i ? std::optional<TokenSpan>(whole) : std::nullopt;
}

// "cover about 50 square kilometres, roughly 14 per cent of the Strip": a name that
// is the whole of another figure ("of the Strip") is that figure's, not this one's.
bool whole_of_another_figure(const SentenceReading& sentence, const PhraseHit& hit, std::size_t which) {
  // "80% of the strip's buildings": a possessor names where, not the whole
  if (hit.end < sentence.tokens.size() && word_is(sentence, hit.end, kWordS)) return false;
  std::size_t i = hit.begin;
  if (i > 0 && word_is(sentence, i - 1, kWordThe)) --i;
  if (i < 2 || !word_is(sentence, i - 1, kWordOf)) return false;
  const int owner = sentence.mention_at[i - 2];
  return owner >= 0 && static_cast<std::size_t>(owner) != which;
}

// "three of them", "4,000 [children] including", "154 people, among them dozens of
// children": a part of a whole named elsewhere in the sentence, whose own fact the words
// do not give.
bool is_part_of_unnamed_whole(const SentenceReading& sentence, TokenSpan mention) {
  const auto& tokens = sentence.tokens;
  if (mention.end + 1 < tokens.size() && word_is(sentence, mention.end, kWordOf) &&
      word_is(sentence, mention.end + 1, kWordThem, kWordWhom, kWordWhich, kWordThose, kWordThese)) {
    return true;
  }
  if (mention.begin > 1 && word_is(sentence, mention.begin - 2, kWordAmong) &&
      word_is(sentence, mention.begin - 1, kWordThem, kWordWhom)) {
    return true;
  }
  return mention.begin > 0 && word_is(sentence, mention.begin - 1, kWordIncluding);
}

struct RunningTotalReading {
  std::optional<Date> since;   ///< "since May 2024" in the figure's clause
  bool since_other = false;    ///< "since then", "since the scheduled start": a start that is no date
  bool has_cue = false;        ///< "has killed", "toll", "so far", "since", "in total"
  bool is_rate = false;        ///< "a day", "per week", "daily", "on average"
  bool is_dated_event = false; ///< another date in the clause: "killed on Sunday", "in 2024 alone"
  bool is_projection = false;  ///< "the toll could exceed 100,000": what may come
  bool is_increment = false;   ///< "seven more died", "another 12", "a further 40": added to a total
};

// A date that dates a running total rather than an event: "as of 4 January",
// "by Sunday", "up to 1 March".
bool dates_a_total(const SentenceReading& sentence, TokenSpan span) {
  if (span.begin == 0) return false;
  std::size_t at = span.begin - 1;
  // "by early December", "by late February": the part of the month is no other word.
  if (word_is(sentence, at, kWordEarly, kWordMid, kWordLate) && at > 0) --at;
  if (word_is(sentence, at, kWordOf, kWordBy, kWordUntil, kWordTo, kWordThrough)) return true;
  // "70,112 — Palestinians killed, per the Gaza health ministry (Dec. 3)": a date in
  // brackets is the day the figure was given for.
  if (sentence.tokens[at].form == "(") return true;
  // "the ministry said on Tuesday": the date of the statement, not of the deaths.
  // ("says" is read as "say", as every word is folded.)
  // "an MP this week put the number killed at 450", "the ministry on Tuesday said": a date
  // right before a verb of saying, or of putting a figure at, is the statement's too.
  if (span.end < sentence.tokens.size() &&
      word_is(sentence, span.end, kWordSaid, kWordSay, kWordAnnounced, kWordReported, kWordTold, kWordStated,
              kWordAdded, kWordConfirmed, kWordUpdated, kWordPut)) {
    return true;
  }
  // "On 22 December the health ministry said ...": a date that opens the sentence,
  // then its speaker (a few words, no figure, no mark) and a verb of saying, or of giving
  // a count ("the ministry counted 405 people killed"), is the statement's too. (At most
  // four words are read.)
  if (span.begin <= 1) {
    constexpr std::size_t kSpeakerWords = 4;
    const std::size_t limit = std::min(sentence.tokens.size(), span.end + kSpeakerWords + 1);
    for (std::size_t i = span.end; i < limit; ++i) {
      if (sentence.tokens[i].type != Token::Type::kWord || sentence.mention_at[i] >= 0) break;
      if (i > span.end && word_is(sentence, i, kWordSaid, kWordSay, kWordAnnounced, kWordReported, kWordTold,
                                  kWordStated, kWordAdded, kWordConfirmed, kWordUpdated, kWordCounted, kWordRecorded)) {
        return true;
      }
    }
  }
  if (word_is(sentence, at, kWordOn) && at > 0) --at;
  return word_is(sentence, at, kWordSaid, kWordSay, kWordAnnounced, kWordReported, kWordTold, kWordStated,
                                kWordAdded, kWordConfirmed, kWordUpdated, kWordBriefing, kWordStatement);
}

// Whether only verbs of being or of reaching stand between a figure and its metric:
// "more than 67,000 had been killed", "the toll had already passed 30,000", "the death
// toll rose to 35,091". They bind the two as tightly as "67,000 killed" does.
bool only_verbs_between(const SentenceReading& sentence, TokenSpan figure, std::size_t metric_begin,
                        std::size_t metric_end) {
  const bool metric_first = metric_end <= figure.begin;
  if (!metric_first && metric_begin < figure.end) return false;  // the metric is in the figure
  const std::size_t from = metric_first ? metric_end : figure.end;
  const std::size_t to = metric_first ? figure.begin : metric_begin;
  for (std::size_t i = from; i < to; ++i) {
    const bool verb = (sentence.word_classes[i] & (kVerbFirstWord | kReachWord | kPassWord)) != 0 ||
                      word_is(sentence, i, kWordTo, kWordAt, kWordBeen, kWordAlready, kWordNow, kWordStand,
                              kWordStood, kWordRisen);
    if (!verb) return false;
  }
  return true;
}

// Whether the sentence gives its figures for an earlier moment it does not date:
// "By the time the ceasefire took effect, ...", "... at the time", "When the truce
// began, ...".
bool names_undated_past(const SentenceReading& sentence) {
  const std::size_t count = sentence.tokens.size();
  if (count > 0 && word_is(sentence, 0, kWordWhen)) return true;
  // "..., about 53 per cent of the Strip at the withdrawal and more since.": a sentence
  // that ends on "since" gives its figure for a moment before a change it does not date.
  std::size_t last = count;
  while (last > 0 && sentence.tokens[last - 1].type != Token::Type::kWord) --last;
  if (last > 1 && word_is(sentence, last - 1, kWordSince)) return true;
  // (Looked for by "time", the rarest of the three words, then the two before it.)
  for (std::size_t i = 2; i < count; ++i) {
    if (sentence.word_ids[i] == kWordTime && word_is(sentence, i - 1, kWordThe) &&
        word_is(sentence, i - 2, kWordBy, kWordAt)) {
      return true;
    }
  }
  return false;
}

// Whether a verb of going past a figure stands right before it: "passed 40,000".
bool passed_before(const SentenceReading& sentence, TokenSpan figure) {
  return figure.begin > 0 && (sentence.word_classes[figure.begin - 1] & kPassWord) != 0;
}

// Whether "of war" (fighting, conflict, bombardment) follows token `at`.
bool of_the_war(const SentenceReading& sentence, std::size_t at) {
  const auto& tokens = sentence.tokens;
  if (at + 1 >= tokens.size() || !word_is(sentence, at, kWordOf)) return false;
  return word_is(sentence, at + 1, kWordWar, kWordFighting, kWordConflict, kWordBombardment);
}

// "passed 40,000 on Thursday", "reached 70,000 on 29 November", "passed 35,000 in
// mid-May": the day a running total got to the figure, not an event it counts.
bool dates_the_figure_reached(const SentenceReading& sentence, TokenSpan figure, TokenSpan date) {
  const auto& tokens = sentence.tokens;
  if (figure.begin == 0 || figure.end + 1 >= tokens.size()) return false;
  // "in mid-May", "by late 2024"
  const bool part_of_period = word_is(sentence, figure.end + 1, kWordMid, kWordEarly, kWordLate);
  if (date.begin != figure.end + 1 && !(part_of_period && date.begin == figure.end + 2)) return false;
  if (!word_is(sentence, figure.end, kWordOn, kWordIn, kWordBy)) return false;
  std::size_t verb = figure.begin - 1;
  if (word_is(sentence, verb, kWordTo) && verb > 0) --verb;  // "rose to 40,000 on Thursday"
  return (sentence.word_classes[verb] & kReachWord) != 0;
}

// A date written as a weekday alone ("Wednesday"), which the extractor reads as a day
// within a week of publication.
bool is_weekday_name(std::string_view text) {
  constexpr std::array<std::string_view, 7> kWeekdays{"Monday", "Tuesday", "Wednesday", "Thursday",
                                                      "Friday", "Saturday", "Sunday"};
  return std::find(kWeekdays.begin(), kWeekdays.end(), text) != kWeekdays.end();
}

bool is_period(const Mention& mention) {
  return mention.kind == MentionKind::kDateRange || (mention.date && mention.date->day == 0);
}

bool is_date_mention(const Mention& mention) {
  return mention.kind == MentionKind::kDate || mention.kind == MentionKind::kDateRange;
}

RunningTotalReading read_running_total(const SentenceReading& sentence, TokenSpan mention, TokenSpan clause,
                                       std::size_t which) {
  RunningTotalReading reading;
  reading.has_cue = sentence.has_total_cue;
  const auto& tokens = sentence.tokens;
  // "Seven more people, among them a child, died", "another 12 were killed", "a further
  // 40": a count added to the running total, not the total, unless a start is stated
  // ("seven more than a week earlier" sets it against another)
  reading.is_increment =
      (mention.end + 1 < tokens.size() && word_is(sentence, mention.end, kWordMore) &&
       !word_is(sentence, mention.end + 1, kWordThan)) ||
      (mention.begin > 0 && word_is(sentence, mention.begin - 1, kWordAnother, kWordFurther));
  const auto& classes = sentence.word_classes;
  // Only the words around the figure can make it a rate or date it; the window
  // keeps a sentence of any length linear.
  constexpr std::size_t kWindow = 40;
  const std::size_t from = std::max(clause.begin, mention.begin > kWindow ? mention.begin - kWindow : 0);
  const std::size_t to = std::min({clause.end, tokens.size(), mention.end + kWindow});
  std::optional<std::size_t> since_after_figure;  // "killed since the truce took effect on 10 October"
  for (std::size_t i = from; i < to; ++i) {
    if (classes[i] == 0 && sentence.mention_at[i] < 0) continue;  // most words: nothing below applies
    if (classes[i] & kRateWord) reading.is_rate = true;
    if ((classes[i] & kSinceWord) && sentence.mention_at[i] < 0) {
      reading.since_other = true;
      if (i >= mention.end) since_after_figure = i;
    }
    // "600 trucks a day": "a" before a unit of time.
    if ((classes[i] & kArticleA) && i + 1 < tokens.size() && (classes[i + 1] & kTimeUnitWord)) {
      reading.is_rate = true;
    }
    // "in the past 24 hours", "over the last week", "overnight": a count of a recent
    // stretch, not the running total.
    // ("a minister said last week that ...": unless the stretch is a date of the statement.)
    const int own = sentence.mention_at[i];
    if ((classes[i] & kRecentWord) &&
        !(own >= 0 && is_date_mention(*sentence.mentions[own]) && dates_a_total(sentence, sentence.mention_spans[own]))) {
      for (std::size_t next = i + 1; next < std::min(i + 4, tokens.size()); ++next) {
        if (classes[next] & kTimeUnitWord) reading.is_dated_event = true;
      }
    }
    if (classes[i] & kOvernightWord) reading.is_dated_event = true;
    if ((classes[i] & kProjectionWord) && i < mention.begin && sentence.mention_at[i] < 0) reading.is_projection = true;
    const int m = sentence.mention_at[i];
    if (m < 0 || static_cast<std::size_t>(m) == which || sentence.mention_spans[m].begin != i) continue;
    const Mention& other = *sentence.mentions[m];
    // "in more than two years of war": the whole war so far.
    if (other.kind == MentionKind::kDuration && of_the_war(sentence, sentence.mention_spans[m].end)) {
      reading.has_cue = true;
    }
    if (!is_date_mention(other)) continue;
    if (other.qualifier == Qualifier::kSince) {
      reading.since = other.date;
    } else if (dates_the_figure_reached(sentence, mention, sentence.mention_spans[m])) {
      // "the toll passed 40,000 on Thursday": the day the total got there.
    } else if (since_after_figure && *since_after_figure < i) {
      // The date of the start the figure counts from, not of an event it counts.
    } else if (!dates_a_total(sentence, sentence.mention_spans[m])) {
      reading.is_dated_event = true;
    }
  }
  // "Since May 27, ...": a start that opens an earlier clause scopes the figure too,
  // after a dateline or not ("GAZA CITY (AP) - Since Saturday, 75 have been killed"): the
  // last before the figure's clause (found by halving: a sentence of thousands of
  // figures is read in linear time)
  if (!reading.since) {
    const auto& starts = sentence.clause_opening_starts;
    const auto after = std::partition_point(starts.begin(), starts.end(), [&](std::uint32_t m) {
      return sentence.mention_spans[m].begin < clause.begin && m < which;
    });
    if (after != starts.begin()) reading.since = sentence.mentions[*(after - 1)]->date;
  }
  if (mention.begin >= sentence.first_period_end) {
    reading.is_dated_event = true;
  }
  if (!tokens.empty() && (classes[0] & kSinceWord) && sentence.mention_at[0] < 0) reading.since_other = true;
  // "killed since October 2023" is a running total whatever else the clause dates.
  if (reading.since) reading.is_dated_event = false;
  return reading;
}

// "by early 2024 about 1.4 million were sheltering there", "the UN said on 2 May
// 2024 that ...": the past day a figure is given for, from the one date of its
// clause (or the date that opens the sentence) that is not a start ("since").
// None when the clause gives none or several.
std::optional<Date> day_of_figure(const SentenceReading& sentence, TokenSpan figure, TokenSpan clause,
                                  std::size_t which, const Date& published) {
  // (A sentence that dates nothing gives no figure a day: none of what follows is read.)
  if (!sentence.last_day_dated) return std::nullopt;
  std::optional<Date> day;
  int dates = 0;
  auto consider = [&](std::size_t m) {
    const Mention& other = *sentence.mentions[m];
    if (m == which || !is_date_mention(other) || !other.date || other.ambiguous ||
        other.qualifier == Qualifier::kSince) {
      return;
    }
    ++dates;
    day = last_day(other.date_end ? *other.date_end : *other.date);
  };
  // Only dates near the figure, as in read_running_total: linear in a sentence of any length.
  constexpr std::size_t kWindow = 40;
  const std::size_t from = std::max(clause.begin, figure.begin > kWindow ? figure.begin - kWindow : 0);
  const std::size_t to = std::min({clause.end, sentence.tokens.size(), figure.end + kWindow});
  // "wounded since the war began on 7 October 2023": a date after "since" is the
  // start of the count, not the day the figure is given for.
  // (The sentence's few mentions are read, not every token of the window: only the
  // first "since" after the figure is looked for token by token.)
  // (None when the sentence has no "since" at all.)
  std::size_t first_since = to;
  const std::size_t since_from = (sentence.classes_present & kSinceWord) != 0 ? std::max(from, figure.end) : to;
  for (std::size_t i = since_from; i < to; ++i) {
    if (sentence.word_classes[i] & kSinceWord) {
      first_since = i;
      break;
    }
  }
  // (The mentions are in text order: read from the first that may start in the window,
  // after those counted as starting before it, to the first that starts after it.)
  for (std::size_t m = sentence.mention_starts_before[from]; m < sentence.mention_spans.size(); ++m) {
    const TokenSpan other = sentence.mention_spans[m];
    if (other.begin >= to) break;
    // A mention starting where a later one does is read as that one, as mention_at has it.
    if (other.empty() || other.begin < from || sentence.mention_at[other.begin] != static_cast<int>(m)) continue;
    if (!(other.begin >= figure.end && first_since <= other.begin)) consider(m);
  }
  const bool opens_sentence = !sentence.mentions.empty() && !sentence.mention_spans[0].empty() &&
                              sentence.mention_spans[0].begin <= 2 && sentence.mention_spans[0].begin < from;
  // "Since the October 10 ceasefire took hold, ... 481 have been killed": a date that
  // opens the sentence after "since" names the start of the count, not its day.
  const bool opened_by_since = opens_sentence && (sentence.classes_present & kSinceWord) != 0 && [&] {
    for (std::size_t i = 0; i < sentence.mention_spans[0].begin; ++i) {
      if (sentence.word_classes[i] & kSinceWord) return true;
    }
    return false;
  }();
  if (opens_sentence && !opened_by_since) consider(0);
  // "counted 10,022 killed by 6 November 2023 and more than 67,000 by the start of October
  // 2025": of several dates, the one alone between the figure and the next figure is its own.
  if (dates > 1) {
    dates = 0;
    for (std::size_t m = which + 1; m < sentence.mention_spans.size(); ++m) {
      const TokenSpan other = sentence.mention_spans[m];
      if (other.begin >= to || !is_date_mention(*sentence.mentions[m])) break;
      if (sentence.mention_at[other.begin] == static_cast<int>(m) && other.begin < first_since) consider(m);
    }
  }
  // "The ministry said on 8 November that 10,569 had been killed, ..., and that more
  // than 26,000 had been wounded": the date of a statement before the figure's clause
  // dates every figure the statement gives after it, when it is the one date between.
  if (dates == 0 && which > 0 && from == clause.begin) {
    const std::size_t reach_from = figure.begin > kWindow ? figure.begin - kWindow : 0;
    for (std::size_t m = which; m-- > 0;) {
      const TokenSpan other = sentence.mention_spans[m];
      if (other.empty() || other.begin < reach_from) break;
      if (!is_date_mention(*sentence.mentions[m])) continue;
      if (other.begin > 0 && dates_a_total(sentence, other) &&
          word_is(sentence, other.begin - 1, kWordOn) && other.begin > 1 &&
          word_is(sentence, other.begin - 2, kWordSaid, kWordSay, kWordAnnounced, kWordReported, kWordStated,
                  kWordConfirmed)) {
        consider(m);
      }
      break;  // the nearest date before the figure decides
    }
  }
  // "The crossing reopened on 1 February ..., after being shut for about 19 months": a
  // length of time in a clause that opens with "after" runs up to the event of the one
  // date before it, and is given for that day. ("The crossing, which Israeli forces took
  // over on 7 May 2024, had been shut for some 14 months": a start, not an end.)
  if (dates == 0 && sentence.mentions[which]->kind == MentionKind::kDuration && from == clause.begin &&
      word_is(sentence, clause.begin, kWordAfter)) {
    // (The mentions' spans begin in text order: none from the clause's start on is
    // read, so that a sentence of thousands of figures stays linear.)
    for (std::size_t m = 0; m < which && sentence.mention_spans[m].begin < clause.begin; ++m) {
      const TokenSpan other = sentence.mention_spans[m];
      // "reopened on 1 February 2025 during the January truce, after about nine months":
      // a date after "the" names a thing ("the January truce"), not the event's day.
      const bool names_a_thing = other.begin > 0 && word_is(sentence, other.begin - 1, kWordThe);
      if (!other.empty() && !names_a_thing && is_date_mention(*sentence.mentions[m])) consider(m);
    }
    if (dates != 1) return std::nullopt;
  }
  // "When the ceasefire took effect on October 10, 48 hostages were held": a sentence
  // that opens with "When" gives the figures after its opening clause for the one date
  // that clause holds (without one it names an undated past: names_undated_past).
  if (dates == 0 && !sentence.tokens.empty() && word_is(sentence, 0, kWordWhen) &&
      clause.begin >= sentence.clause_end[0]) {
    for (std::size_t m = 0; m < which && sentence.mention_spans[m].begin < sentence.clause_end[0]; ++m) {
      if (!sentence.mention_spans[m].empty()) consider(m);
    }
    if (dates != 1) return std::nullopt;
  }
  if (dates != 1 || !(*day < published)) return std::nullopt;
  return day;
}

// Whether a hit is a stated scope: a phrase that opens with since, during or despite.
bool states_scope(const SentenceReading& sentence, const PhraseHit& hit) {
  return hit.end - hit.begin > 1 && (sentence.word_classes[hit.begin] & kScopeOpener) != 0;
}

// Whether the clause holding a phrase states a figure of its own, outside the phrase:
// "105 hostages in the November 2023 truce, 33 in the truce from 19 January to 1 March
// 2025": the November truce is the first figure's scope, not the date range's. An
// ordinal owns no scope ("the first phase of the 20-point plan, unveiled on 26
// September": the plan is the date's).
bool scope_of_another_figure(const SentenceReading& sentence, const PhraseHit& hit) {
  const std::size_t clause_begin = sentence.clause_start[hit.begin];
  const std::size_t clause_end = sentence.clause_end[hit.begin];
  const auto& starts = sentence.mention_starts_before;
  // Mentions the phrase holds or overlaps ("the November [2023 truce]") are part of it.
  std::size_t in_phrase = starts[hit.end] - starts[hit.begin];
  const int overlapping = sentence.mention_at[hit.begin];
  if (overlapping >= 0 && sentence.mention_spans[static_cast<std::size_t>(overlapping)].begin < hit.begin) {
    ++in_phrase;
  }
  // The clause's mentions are in text order from (at least) the count of those
  // before it; read only until one more than the phrase's is found.
  std::size_t figures = 0;
  for (std::size_t m = starts[clause_begin]; m < sentence.mention_spans.size(); ++m) {
    const TokenSpan span = sentence.mention_spans[m];
    if (span.empty() || span.begin < clause_begin) continue;
    if (span.begin >= clause_end) break;
    if (sentence.mentions[m]->kind != MentionKind::kOrdinal && ++figures > in_phrase) return true;
  }
  return false;
}

// Whether a phrase stands in an aside that holds a figure, and the figure `span` stands
// outside every aside: ", 576 of them since the ceasefire," is the 576's.
bool scope_of_an_asides_figure(const SentenceReading& sentence, const PhraseHit& hit, TokenSpan span) {
  const auto& in_aside = sentence.in_aside;
  if (in_aside.empty() || !in_aside[hit.begin] || (span.begin < in_aside.size() && in_aside[span.begin])) {
    return false;
  }
  std::size_t open = hit.begin;
  while (open > 0 && in_aside[open - 1]) --open;
  std::size_t close = hit.begin;
  while (close + 1 < in_aside.size() && in_aside[close + 1]) ++close;
  return sentence.aside_figures_before[close + 1] != sentence.aside_figures_before[open];
}

// Whether a scope stands right after a verb of a count's rise that the figure is not the
// rise of: the figure rose ("70,000 killed, a toll that has kept rising since the
// ceasefire") or is the level it rose to ("has risen to 70,100 since the truce"). The
// rise itself ("has risen by 354 since the truce") counts from the scope.
bool dates_a_rise(const SentenceReading& sentence, const PhraseHit& hit, TokenSpan span) {
  constexpr std::size_t kVerbReach = 2;  // "rising steadily since"
  // (the verbs' ids are one run, and "risen": two compares a token, asked of every scope)
  const auto rise = [&](std::size_t t) {
    const std::uint32_t id = sentence.word_ids[t];
    return (id >= kWordRising && id <= kWordIncreased) || id == kWordRisen;
  };
  for (std::size_t verb = hit.begin; verb > 0 && hit.begin - verb < kVerbReach;) {
    --verb;
    if (!rise(verb)) continue;
    return span.end <= verb;
  }
  // ("has risen to 70,100 since the truce": the level between the verb and the scope)
  return span.begin >= 2 && span.end <= hit.begin && hit.begin - span.end <= 1 &&
         word_is(sentence, span.begin - 1, kWordTo) && rise(span.begin - 2);
}

// Whether a figure of the kind of mention `which` stands between it and a phrase after
// it: "averaged 212 a day, a third of the 600 a day agreed under the ceasefire": a scope
// that is no stated start ("agreed", not "since the truce") says what the figure right
// before it is, not what one further back is. (A figure in an aside is no such figure:
// "271 people, including 112 children, had died of malnutrition".)
bool figure_of_its_kind_between(const SentenceReading& sentence, std::size_t which, const PhraseHit& hit) {
  const MentionKind kind = sentence.mentions[which]->kind;
  for (std::size_t m = which + 1; m < sentence.mention_starts_before[hit.begin]; ++m) {
    const std::size_t begin = sentence.mention_spans[m].begin;
    const bool in_aside = begin < sentence.in_aside.size() && sentence.in_aside[begin];
    if (sentence.mentions[m]->kind == kind && !in_aside) return true;
  }
  return false;
}

// Whether a semicolon stands among the tokens [from, to), looked for over a few words
// only (a sentence of any length stays linear).
bool semicolon_between(std::string_view text, const SentenceReading& sentence, std::size_t from, std::size_t to) {
  constexpr std::size_t kReach = 16;
  const auto& tokens = sentence.tokens;
  for (std::size_t i = from; i < std::min({to, from + kReach, tokens.size()}); ++i) {
    if (tokens[i].type == Token::Type::kClauseMark && text[tokens[i].bytes.begin] == ';') return true;
  }
  return false;
}

// Whether a phrase stands in a part's own clause: ", including 366 people killed since
// the ceasefire took effect" scopes the 366, and neither scopes nor rules out the
// totals it is a part of.
bool in_a_parts_clause(const SentenceReading& sentence, const PhraseHit& hit) {
  const std::size_t clause_begin = sentence.clause_start[hit.begin];
  return clause_begin > 0 && word_is(sentence, clause_begin, kWordIncluding) &&
         sentence.mention_starts_before[hit.begin] != sentence.mention_starts_before[clause_begin];
}

// Whether another of the fact's phrases holds `hit` and is longer: an exclusion
// when `exclusion`, else a phrase for the fact.
// (A plain loop: a fact has few hits, for which any_of's unrolled search costs more.
// The hits are ordered by begin, so none after those starting by `hit` can hold it.)
template <typename HitIterator>
bool within_longer_phrase(const PhraseHit& hit, HitIterator begin, HitIterator end, bool exclusion = false) {
  for (HitIterator it = begin; it != end && (*it)->begin <= hit.begin; ++it) {
    const PhraseHit* other = *it;
    if ((other->role == PhraseRole::kExclude) == exclusion && hit.end <= other->end &&
        other->end - other->begin > hit.end - hit.begin) {
      return true;
    }
  }
  return false;
}

// Whether a phrase stands in a clause that opens with "in" (or is a place phrase
// opening with "in" or "across") and states no figure: "In the occupied West Bank,
// 1,000 have been killed".
bool in_opening_place(const SentenceReading& sentence, const PhraseHit& hit) {
  const std::size_t clause_begin = sentence.clause_start[hit.begin];
  const auto is_place_word = [&](std::size_t i) { return word_is(sentence, i, kWordIn, kWordAcross); };
  // After a dateline too: "GAZA (Reuters) - In Khan Younis, ..." ("in Khan Younis" is the phrase).
  return (is_place_word(clause_begin) || is_place_word(hit.begin)) &&
         sentence.mention_starts_before[sentence.clause_end[hit.begin]] == sentence.mention_starts_before[clause_begin];
}

// Days in a duration's unit ("days", "weeks", "months", "years"), or none.
std::optional<double> days_in(std::string_view unit) {
  if (unit == "days") return 1.0;
  if (unit == "weeks") return 7.0;
  if (unit == "months") return 30.436875;
  if (unit == "years") return 365.2425;
  return std::nullopt;
}

// The fact's last value known by `published` (a range's low end), if any.
// (The last point so dated, looked for from the end: most are known by then, and a
// running total has many points.)
std::optional<double> latest_total(const Fact& fact, const Date& published) {
  const auto latest = std::find_if(fact.points.rbegin(), fact.points.rend(),
                                   [&](const Point& point) { return point.as_of <= published; });
  if (latest == fact.points.rend()) return std::nullopt;
  return latest->low ? latest->low : latest->value;
}

// Whether a count, amount, quantity or duration is under a hundredth of the fact's last
// value known by `published`. ("Three days after the swap" is no slip for the 738 days
// hostages were held: a duration is put in the fact's unit first.)
bool far_below_fact(const Mention& mention, const Fact& fact, const Date& published) {
  constexpr double kShareOfTotal = 0.01;
  double to_fact_unit = 1.0;
  if (fact.kind == FactKind::kDuration) {
    const std::optional<double> own = days_in(mention.unit);
    const std::optional<double> facts = days_in(fact.unit);
    if (mention.kind != MentionKind::kDuration || !own || !facts) return false;
    to_fact_unit = *own / *facts;
  } else if (fact.kind != FactKind::kCount && fact.kind != FactKind::kMoney && fact.kind != FactKind::kQuantity) {
    return false;
  }
  const std::optional<double> own_upper = mention.high ? mention.high : mention.value;
  if (!own_upper) return false;
  const std::optional<double> total = latest_total(fact, published);
  return total && *own_upper * to_fact_unit < *total * kShareOfTotal;
}

// Whether a count is at least half of the running total the fact had reached by
// `published`. ("The ministry says 35,000 people were killed": no event of a war kills
// half of all its dead, so a figure that large is the running total told in the simple
// past, not an event's count.)
bool near_running_total(const Mention& mention, const Fact& fact, const Date& published) {
  constexpr double kShareOfTotal = 0.5;
  // (A range's low end: "estimates range from 15,000 to 150,000" is no such claim.)
  const std::optional<double> own_lower = mention.low ? mention.low : mention.value;
  if (!own_lower || fact.kind != FactKind::kCount) return false;
  // (A short series, such as the 28 bodies due back, has events as large as half its total.)
  constexpr double kLeastWarTotal = 1000;
  const std::optional<double> total = latest_total(fact, published);
  return total && *total >= kLeastWarTotal && *own_lower >= *total * kShareOfTotal;
}

// "this week's theme", "Monday's vote": a date followed by the possessive 's, which
// then dates the noun after it.
bool date_possesses(std::string_view text, const SentenceReading& sentence, TokenSpan span) {
  if (span.end == 0 || span.end >= sentence.tokens.size() || !word_is(sentence, span.end, kWordS)) return false;
  const std::size_t gap_begin = sentence.tokens[span.end - 1].bytes.end;
  const std::size_t gap_end = sentence.tokens[span.end].bytes.begin;
  if (gap_end < gap_begin) return false;
  const std::string_view gap = text.substr(gap_begin, gap_end - gap_begin);
  return gap == "'" || gap == "\u2019";
}

// "the truce that began in January", "took effect on 19 January": whether a date other
// than mention `which` follows the phrase straight away, or after "in", "on" or "at".
bool verb_has_own_date(const SentenceReading& sentence, const PhraseHit& hit, std::size_t which) {
  std::size_t at = hit.end;
  if (at < sentence.tokens.size() && word_is(sentence, at, kWordIn, kWordOn, kWordAt)) ++at;
  if (at >= sentence.tokens.size()) return false;
  const int date = sentence.mention_at[at];
  return date >= 0 && static_cast<std::size_t>(date) != which &&
         is_date_mention(*sentence.mentions[static_cast<std::size_t>(date)]);
}

// "from two years of war", "in 15 months of fighting": the end of a duration of the whole
// war that opens with "from" or "in" at token `at` and ends before token `limit`, or `at`
// when none stands there.
std::size_t war_length_after(const SentenceReading& sentence, std::size_t at, std::size_t limit) {
  if (at + 1 >= limit || !word_is(sentence, at, kWordFrom, kWordIn)) return at;
  const int length = sentence.mention_at[at + 1];
  if (length < 0 || sentence.mentions[static_cast<std::size_t>(length)]->kind != MentionKind::kDuration) return at;
  const TokenSpan span = sentence.mention_spans[static_cast<std::size_t>(length)];
  if (span.begin != at + 1 || !of_the_war(sentence, span.end) || span.end + 2 > limit) return at;
  return span.end + 2;
}

// Whether a date mention starts in tokens [from, to).
bool date_between(const SentenceReading& sentence, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const int m = sentence.mention_at[i];
    if (m >= 0 && is_date_mention(*sentence.mentions[static_cast<std::size_t>(m)])) return true;
  }
  return false;
}

// Whether the words after a metric are a milestone of time: "reached its 100th day",
// "entered its second week", "marked the first anniversary". The verb then dates the
// milestone, and a date near it is the milestone's day, not the event's.
bool metric_takes_milestone(const SentenceReading& sentence, const PhraseHit& metric) {
  constexpr std::size_t kReach = 3;  // "its", "the", "a grim"
  const std::size_t end = std::min(sentence.tokens.size(), metric.end + kReach + 1);
  for (std::size_t i = metric.end; i < end; ++i) {
    const int m = sentence.mention_at[i];
    if (m < 0) continue;
    if (sentence.mentions[static_cast<std::size_t>(m)]->kind != MentionKind::kOrdinal) return false;
    std::size_t after = i;
    while (after < sentence.tokens.size() && sentence.mention_at[after] == m) ++after;
    if (after >= sentence.tokens.size()) return false;
    return (sentence.word_classes[after] & kTimeUnitWord) != 0 ||
           word_is(sentence, after, kWordYear, kWordAnniversary);
  }
  return false;
}

// Sets a per-token table of a sentence to `n` entries of `value`. Its storage grows
// to a power of two, so that a text's longer sentences seldom allocate again.
template <typename T, typename Value>
void fill_table(std::vector<T>& table, std::size_t n, Value value) {
  if (table.capacity() < n) table.reserve(std::bit_ceil(n));
  table.assign(n, static_cast<T>(value));
}

// Makes room in the per-token tables of a reading for a sentence of `count` tokens
// (and the "in tokens [0, i)" counts' one more), to be written before they are
// read. They only grow (to a power of two), so that they are not cleared again for
// each sentence longer than the last; entries past the sentence's are stale.
void make_token_room(SentenceReading& reading, std::size_t count) {
  if (reading.token_room > count) return;
  const std::size_t room = std::bit_ceil(count + 1);
  reading.word_ids.resize(room);
  reading.word_classes.resize(room);
  reading.phrase_starts.resize(room);
  reading.clause_marks_before.resize(room);
  reading.joins_before.resize(room);
  reading.clause_start.resize(room);
  reading.clause_mark_tokens.resize(room);
  reading.clause_end.resize(room);
  reading.mention_at.resize(room);
  reading.mention_starts_before.resize(room);
  reading.token_room = room;
}

// Whether token `i` is spelled as one of `words` (lower case), whatever the dataset knows.
bool spelled(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
             std::initializer_list<std::string_view> words) {
  if (i >= tokens.size() || tokens[i].type != Token::Type::kWord) return false;
  const std::string_view word = text.substr(tokens[i].bytes.begin, tokens[i].bytes.end - tokens[i].bytes.begin);
  for (std::string_view candidate : words) {
    if (word.size() == candidate.size() &&
        std::equal(word.begin(), word.end(), candidate.begin(),
                   [](char a, char b) { return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b; })) {
      return true;
    }
  }
  return false;
}

// "living", "alive", "dead", "deceased": whether token `i` names one side of life.
bool names_a_life_state(const SentenceReading& sentence, std::size_t i) {
  const std::uint32_t id = sentence.word_ids[i];
  return id >= kWordLiving && id <= kWordDeceased;
}

// "living and dead", "alive or dead": the two sides of life joined at token `join`.
bool joins_living_and_dead(const SentenceReading& sentence, std::size_t join) {
  return join > 0 && join + 1 < sentence.tokens.size() && names_a_life_state(sentence, join - 1) &&
         word_is(sentence, join, kWordAnd, kWordOr) && names_a_life_state(sentence, join + 1);
}

// ", including 112 children,", ", among them 20 women,", ", most of them children,":
// an aside that opens with a comma and one of these words and closes with a comma
// within a few words.
// `may_hold_one`: some word of the sentence may open an aside.
void mark_asides(std::string_view text, SentenceReading& reading, bool may_hold_one) {
  const auto& tokens = reading.tokens;
  const std::size_t count = tokens.size();
  const auto comma = [&](std::size_t i) {
    return i < count && tokens[i].type == Token::Type::kClauseMark && text[tokens[i].bytes.begin] == ',';
  };
  const auto word = [&](std::size_t i) { return i < count ? reading.word_ids[i] : MatchIndex::kNoWord; };
  reading.in_aside.clear();
  reading.aside_words_before.clear();
  reading.aside_marks_before.clear();
  reading.aside_figures_before.clear();
  if (!may_hold_one) return;
  constexpr std::size_t kAsideWords = 8;
  const std::span<const std::uint32_t> marks(reading.clause_mark_tokens.data(), reading.clause_mark_count);
  for (std::size_t mark = 0; mark < marks.size() && marks[mark] + 1 < count; ++mark) {
    const std::size_t i = marks[mark];
    if (text[tokens[i].bytes.begin] != ',') continue;
    // (", 89 of them children,": a figure's part of the whole before it)
    const int figure = i + 1 < count ? reading.mention_at[i + 1] : -1;
    // Every other aside opens with a word of the class: most commas are turned away here,
    // before the letters of ", living and dead," are read.
    if (figure < 0 && (i + 1 >= count || (reading.word_classes[i + 1] & kAsideOpenerWord) == 0)) continue;
    const std::uint32_t first = word(i + 1);
    const std::size_t after_figure =
        figure >= 0 ? reading.mention_spans[static_cast<std::size_t>(figure)].end : i + 2;
    const bool opens = first == kWordIncluding || (first == kWordAmong && word(i + 2) == kWordThem) ||
                       ((first == kWordMost || first == kWordMany || first == kWordHalf) &&
                        word(i + 2) == kWordOf && word(i + 3) == kWordThem) ||
                       (figure >= 0 && word(after_figure) == kWordOf && word(after_figure + 1) == kWordThem) ||
                       joins_living_and_dead(reading, i + 2);  // ", living and dead,"
    // "223 staff of UNRWA, the agency for Palestinian refugees, have been killed": an
    // apposition after a name, with no figure of its own, closed by a comma
    const bool apposition = first == kWordThe && i > 0 && tokens[i - 1].type == Token::Type::kWord &&
                            reading.mention_at[i - 1] < 0;
    if (!opens && !apposition) continue;
    std::size_t close = i + 2;
    while (close < count && close <= i + kAsideWords && tokens[close].type != Token::Type::kClauseMark &&
           (!apposition || reading.mention_at[close] < 0)) {
      ++close;
    }
    // (", 157 of them children." closes with the sentence: the last word or its full stop)
    const bool closes_sentence = close >= count || (close + 1 == count && !comma(close));
    if (!comma(close) && (apposition || !closes_sentence)) continue;
    close = std::min(close, count - 1);
    if (reading.in_aside.empty()) fill_table(reading.in_aside, count, 0);
    for (std::size_t t = i; t <= close; ++t) reading.in_aside[t] = 1;
    while (mark + 1 < marks.size() && marks[mark + 1] < close) ++mark;  // the closing comma may open the next aside
  }
  if (reading.in_aside.empty()) return;
  fill_table(reading.aside_words_before, count + 1, 0);
  fill_table(reading.aside_marks_before, count + 1, 0);
  fill_table(reading.aside_figures_before, count + 1, 0);
  for (std::size_t i = 0; i < count; ++i) {
    const bool aside = reading.in_aside[i];
    // (the marks distance_between counts, which an aside's are taken from)
    const bool mark = reading.clause_marks_before[i + 1] != reading.clause_marks_before[i];
    const bool figure_starts =
        reading.mention_starts_before[i + 1] != reading.mention_starts_before[i];
    reading.aside_words_before[i + 1] = reading.aside_words_before[i] + (aside && !mark ? 1 : 0);
    reading.aside_marks_before[i + 1] = reading.aside_marks_before[i] + (aside && mark ? 1 : 0);
    reading.aside_figures_before[i + 1] = reading.aside_figures_before[i] + (aside && figure_starts ? 1 : 0);
  }
}

// The first of `hits` (ordered by begin) that begins at or after token `from`.
std::vector<const PhraseHit*>::const_iterator hits_from(const std::vector<const PhraseHit*>& hits, std::size_t from) {
  if (from == 0) return hits.begin();  // (a figure near the sentence's start: no search)
  return std::partition_point(hits.begin(), hits.end(), [&](const PhraseHit* hit) { return hit->begin < from; });
}

// "more than 20,000 of the dead were children", "3,000 of the wounded": a part of the
// whole a metric names, as "of those killed" is.
bool part_of_a_counted_whole(const SentenceReading& sentence, TokenSpan mention) {
  const std::size_t the = mention.end + 1;
  if (the + 1 >= sentence.tokens.size() || !word_is(sentence, mention.end, kWordOf) ||
      !word_is(sentence, the, kWordThe)) {
    return false;
  }
  const auto hit = hits_from(sentence.metric_hits, the + 1);
  return hit != sentence.metric_hits.end() && (*hit)->begin == the + 1;
}

// "at least 20,000 children are among the dead", "among those killed": the figure is a
// share of the whole its metric names.
bool metric_after_among(const SentenceReading& sentence, std::size_t metric_begin) {
  std::size_t at = metric_begin;
  if (at > 0 && word_is(sentence, at - 1, kWordThe, kWordThose)) --at;
  return at > 0 && word_is(sentence, at - 1, kWordAmong);
}

// The sentence before's tokens, read once per sentence whichever rule asks first; false
// when there is no sentence before.
bool read_previous_sentence(std::string_view text, const SentenceReading& sentence, const MatchIndex& index,
                            MatchScratch& scratch) {
  const ByteRange previous = sentence.previous_sentence;
  if (previous.end <= previous.begin) return false;
  if (!sentence.previous_read) {
    tokenize(text, previous, scratch.previous_tokens, scratch.previous_forms);
    sentence.previous_names_subject.assign(index.fact_count, -1);
    sentence.previous_read = true;
  }
  return true;
}

// Whether the sentence before names one of the fact's subjects and none of its
// exclusions: "The Rafah crossing has been open for ten days. It reopened on 2
// February", but not "The Kerem Shalom crossing ... . It reopened ...".
bool previous_sentence_names_subject(std::string_view text, const SentenceReading& sentence, const MatchIndex& index,
                                     std::size_t fact, MatchScratch& scratch) {
  if (!read_previous_sentence(text, sentence, index, scratch)) return false;
  std::int8_t& known = sentence.previous_names_subject[fact];
  if (known >= 0) return known == 1;
  const auto& tokens = scratch.previous_tokens;
  const auto occurs = [&](const std::vector<std::string>& words) {
    for (std::size_t i = 0; i + words.size() <= tokens.size(); ++i) {
      std::size_t k = 0;
      while (k < words.size() && tokens[i + k].type == Token::Type::kWord && tokens[i + k].form == words[k]) ++k;
      if (k == words.size()) return true;
    }
    return false;
  };
  // (The phrases are in dataset order, by fact: the fact's own are one stretch.)
  const auto first = std::partition_point(index.phrases.begin(), index.phrases.end(),
                                          [&](const Phrase& phrase) { return phrase.fact < fact; });
  bool names_subject = false, names_exclusion = false;
  for (auto phrase = first; phrase != index.phrases.end() && phrase->fact == fact && !names_exclusion; ++phrase) {
    if (phrase->role == PhraseRole::kExclude) names_exclusion = occurs(phrase->words);
    if (phrase->role == PhraseRole::kSubject && !names_subject) names_subject = occurs(phrase->words);
  }
  known = names_subject && !names_exclusion ? 1 : 0;
  return known == 1;
}

// "ceasefire talks", "truce negotiations": a subject word that modifies a noun of
// negotiation, which is then what the clause is about.
bool modifies_talks(const SentenceReading& sentence, const PhraseHit& hit) {
  if (hit.end >= sentence.tokens.size()) return false;
  const std::uint32_t id = sentence.word_ids[hit.end];
  return id >= kWordTalk && id <= kWordBid;
}

// "killed in the attack on Israeli towns, kibbutzim and a music festival": a phrase that
// closes a list of three or more ("A, B and C") is one of the places or things the figure
// spans, not its scope.
bool last_of_a_list(const SentenceReading& sentence, const PhraseHit& hit) {
  // back over the last conjunct's first words ("a music"), then the join, then the
  // conjunct before it to the comma that opens it: a few words each, no figure among them
  constexpr std::size_t kConjunctWords = 3;
  const auto& tokens = sentence.tokens;
  std::size_t at = hit.begin;
  for (std::size_t words = 0; at > 0 && !word_is(sentence, at - 1, kWordAnd); ++words, --at) {
    if (words == kConjunctWords || tokens[at - 1].type != Token::Type::kWord || sentence.mention_at[at - 1] >= 0) {
      return false;
    }
  }
  if (at < 3) return false;
  for (std::size_t i = at - 1, words = 0; i > 0 && words <= kConjunctWords; ++words) {
    --i;
    if (sentence.mention_at[i] >= 0) return false;
    if (tokens[i].type == Token::Type::kClauseMark) return tokens[i].form == "," && words > 0;
    if (tokens[i].type != Token::Type::kWord) return false;
  }
  return false;
}

// "48 hostages, living and dead", "alive or dead": the living and the dead named
// together are the whole, which neither word alone would rule out.
bool names_living_and_dead(const SentenceReading& sentence, const PhraseHit& hit) {
  return hit.end == hit.begin + 1 &&
         (joins_living_and_dead(sentence, hit.end) || (hit.begin > 0 && joins_living_and_dead(sentence, hit.begin - 1)));
}

// "OCHA says more than 790 Palestinians have been killed there": a locative "there"
// (not "there are", "there have been") in a sentence that names no Gaza points back to
// the place of the sentence before. The first such "there", or the token count when the
// sentence has none or names Gaza: read once per sentence, as each figure asks whether
// one stands before its clause's end.
std::size_t locative_there(const SentenceReading& sentence) {
  const std::size_t count = sentence.tokens.size();
  // (Most sentences have no "there", and then none is found whatever else they name:
  // one search for it, and the reading below from there.)
  const auto ids = sentence.word_ids.begin();
  const auto there = std::find(ids, ids + static_cast<std::ptrdiff_t>(count), kWordThere);
  if (there == ids + static_cast<std::ptrdiff_t>(count)) return count;
  std::size_t first = count;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint32_t id = sentence.word_ids[i];
    if (id == kWordGaza || id == kWordThereIs) return count;
    if (first != count || id != kWordThere) continue;
    const std::uint32_t next = i + 1 < count ? sentence.word_ids[i + 1] : MatchIndex::kNoWord;
    if (!((next >= kWordIs && next <= kWordAppear) || next == kWordBeen)) first = i;
  }
  return first;
}

// Whether the sentence before opens with a place the fact excludes: "In the occupied West
// Bank the violence has grown." (its first words: "in", at most three more, the place).
bool previous_opens_with_excluded_place(std::string_view text, const SentenceReading& sentence,
                                        const MatchIndex& index, std::size_t fact, MatchScratch& scratch) {
  if (!read_previous_sentence(text, sentence, index, scratch)) return false;
  const auto& tokens = scratch.previous_tokens;
  std::size_t first = 0;
  while (first < tokens.size() && tokens[first].type != Token::Type::kWord) ++first;
  if (first >= tokens.size() || !spelled(text, tokens, first, {"in", "across"})) return false;
  constexpr std::size_t kOpeningWords = 4;
  const auto first_phrase = std::partition_point(index.phrases.begin(), index.phrases.end(),
                                                 [&](const Phrase& phrase) { return phrase.fact < fact; });
  for (auto phrase = first_phrase; phrase != index.phrases.end() && phrase->fact == fact; ++phrase) {
    if (phrase->role != PhraseRole::kExclude || phrase->words.empty()) continue;
    for (std::size_t i = first + 1; i <= first + kOpeningWords && i + phrase->words.size() <= tokens.size(); ++i) {
      std::size_t k = 0;
      while (k < phrase->words.size() && tokens[i + k].type == Token::Type::kWord &&
             tokens[i + k].form == phrase->words[k]) {
        ++k;
      }
      if (k == phrase->words.size()) return true;
    }
  }
  return false;
}

// Whether a date opens its clause, alone or after a preposition ("On 10 October, ...").
bool leads_its_clause(const SentenceReading& sentence, TokenSpan mention, TokenSpan clause) {
  std::size_t first = clause.begin;
  if (first < mention.begin) {
    if (word_is(sentence, first, kWordOn, kWordIn, kWordSince, kWordFrom, kWordBy, kWordUntil, kWordAt)) {
      ++first;
    }
  }
  return first == mention.begin;
}

// Whether the figure's own noun phrase names something the fact's words do not.
template <typename Hits>
bool head_conflicts(const SentenceReading& sentence, TokenSpan head, Hits hits_begin, Hits hits_end) {
  // "240 Palestinian prisoners": a generic word may only qualify the noun after it.
  const auto generic = [&](std::size_t i) {
    return (sentence.word_classes[i] & kGenericHeadWord) != 0;
  };
  std::size_t noun = head.begin;
  while (noun < head.end && generic(noun)) ++noun;
  if (noun == head.end) return false;
  // "240 Palestinian prisoners held by Israel", "300 doctors killed in the war": a verb of
  // the fact right after a noun it does not name, with its agent or place after it, is a
  // participle that qualifies that noun; it does not make the figure the fact's ("26 sets
  // of remains", "thousands more remain missing" keep theirs).
  const auto qualifies_the_noun = [&](const PhraseHit& hit) {
    return hit.role == PhraseRole::kMetric && hit.begin == noun + 1 && hit.end < sentence.tokens.size() &&
           word_is(sentence, hit.end, kWordBy, kWordIn, kWordAt, kWordFrom);
  };
  for (auto hit_it = hits_begin; hit_it != hits_end; ++hit_it) {
    const PhraseHit& hit = **hit_it;
    if (hit.role != PhraseRole::kExclude && hit.begin < head.end &&
        hit.end > head.begin && !qualifies_the_noun(hit)) {
      return false;
    }
  }
  return true;
}

// The text of tokens [begin, end), or "" when there are none.
std::string_view text_of(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                         std::size_t end) {
  if (begin >= end || end > tokens.size()) return {};
  // (Not substr: the tokens are bytes of the text, so there is no bound to check, and
  // no throw to keep the function out of line.)
  return {text.data() + tokens[begin].bytes.begin, tokens[end - 1].bytes.end - tokens[begin].bytes.begin};
}

}  // namespace

inline WordTable::Key WordTable::key_of(const char* word, std::size_t n) {
  // One or two whole-word loads, not a step per byte: reading byte by byte was most
  // of a lookup. A word shorter than a load is read whole with the bytes after it,
  // which are then shifted out (the words are little-endian, as on x86 and in
  // WebAssembly: its first byte is the load's lowest), with no branch on how short.
  static_assert(std::endian::native == std::endian::little, "key_of keeps a short word's load from its low end");
  const auto load64 = [&](std::size_t at) {
    std::uint64_t v;
    std::memcpy(&v, word + at, sizeof v);
    return v;
  };
  Key key;
  key.length = static_cast<std::uint32_t>(n);
  if (n >= 8) {
    key.head = load64(0);
    key.tail = load64(n - 8);
  } else {
    key.head = load64(0) << (64 - 8 * n);  // (n > 0: no word is empty)
  }
  return key;
}

inline WordTable::Probe WordTable::probe_of(const Key& key) const {
  // Multiplicative hashing: the high bits of the product depend on every bit of the key.
  const std::uint64_t h = (key.head ^ (key.tail * 0x9E3779B97F4A7C15ULL) ^ key.length) * 0xFF51AFD7ED558CCDULL;
  return {static_cast<std::size_t>(h >> home_shift_),
          static_cast<std::uint8_t>((h >> (home_shift_ - 7)) | 0x80)};  // the seven bits below the home's
}

bool WordTable::long_key_is(std::uint32_t id, std::string_view word) const { return keys_[id] == word; }

inline std::size_t WordTable::slot_of(std::string_view word, const Key& key) const {
  const Probe probe = probe_of(key);
  for (std::size_t at = probe.home;; at = (at + 1) & slot_mask_) {
    const std::uint8_t tag = tags_[at];
    if (tag == kEmptyTag) return at;
    if (tag != probe.tag) continue;
    const Slot& slot = slots_[at];
    if (slot.head == key.head && slot.tail == key.tail && slot.length == key.length &&
        (key.length <= kWholeKeyLength || long_key_is(slot.word.id, word))) {
      return at;
    }
  }
}

KnownWord& WordTable::insert(std::string_view word) {
  // A short word is copied where eight bytes from its start can be read.
  std::array<char, sizeof(std::uint64_t)> room{};
  if (word.size() < room.size()) std::memcpy(room.data(), word.data(), word.size());
  const Key key = key_of(word.size() < room.size() ? room.data() : word.data(), word.size());
  std::size_t at = slot_of(word, key);
  if (tags_[at] != kEmptyTag) return slots_[at].word;
  if (4 * (keys_.size() + 1) > slots_.size()) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    tags_.assign(slots_.size(), kEmptyTag);
    slot_mask_ = slots_.size() - 1;
    --home_shift_;
    for (const Slot& slot : old) {
      if (slot.length == 0) continue;  // (no word is empty)
      const Key old_key{slot.head, slot.tail, slot.length};
      const std::size_t to = slot_of(keys_[slot.word.id], old_key);
      slots_[to] = slot;
      tags_[to] = probe_of(old_key).tag;
    }
    at = slot_of(word, key);
  }
  Slot& slot = slots_[at];
  tags_[at] = probe_of(key).tag;
  slot.head = key.head;
  slot.tail = key.tail;
  slot.length = key.length;
  slot.word.id = static_cast<std::uint32_t>(keys_.size());
  keys_.emplace_back(word);
  return slot.word;
}

inline const KnownWord* WordTable::entry_of(std::string_view form) const {
  const std::size_t at = slot_of(form, key_of(form.data(), form.size()));
  return tags_[at] != kEmptyTag ? &slots_[at].word : nullptr;
}

const KnownWord* WordTable::long_form_entry(std::string_view form) const { return entry_of(form); }

inline const KnownWord* WordTable::find_form(std::string_view form) const {
  assert(!form.empty());
  return form.size() > kWholeKeyLength ? long_form_entry(form) : entry_of(form);
}

MatchIndex::MatchIndex(const Dataset& dataset) : fact_count(dataset.facts.size()) {
  // Folded forms, in NamedWord order: the first words added, so their ids are the enum's.
  static constexpr std::array<std::string_view, kNamedWordCount> kNamedWords = {
      "of", "the", "out", "s", "them", "whom", "which", "those", "these",
      "including", "among", "most", "many", "half", "and",
      "by", "until", "to", "through", "on", "in", "at", "from", "across",
      "since", "during", "despite", "mid", "early", "late", "year", "anniversary",
      "war", "fighting", "conflict", "bombardment",
      "said", "say", "announced", "reported", "told", "stated", "added", "confirmed",
      "updated", "briefing", "statement",
      "been", "already", "now", "stand", "stood", "risen", "it", "number", "total", "overall", "cumulative", "time", "when",
      "more", "than", "another", "further", "put", "home", "puts",
      "talk", "negotiation", "negotiator", "proposal", "mediator", "mediation", "envoy", "effort", "bid",
      "living", "alive", "dead", "deceased", "or",
      "gaza", "there", "there'",
      "is", "are", "was", "were", "be", "have", "has", "had", "will", "would", "remain", "remained", "seem", "appear",
      "city", "town", "camp", "village", "counted", "recorded", "after", "who", "whose", "that",
      "before", "while", "once", "because",
      "rising", "rose", "climbing", "climbed", "growing", "grown", "mounting", "increased",
      "all", "altogether"};
  for (std::string_view word : kNamedWords) {
    assert(fold_word(word) == word);
    words.insert(word);
  }
  assert(words.size() == kNamedWordCount);
  const auto add_class = [&](std::initializer_list<std::string_view> class_words, std::uint16_t word_class) {
    for (std::string_view word : class_words) words.insert(word).classes |= word_class;
  };
  // Words that end a figure's noun phrase: "422 Palestinians and ...", "28 others since ...".
  add_class({"and",    "or",     "but",  "since", "in",    "on",    "at",     "to",    "from",  "with",
             "by",     "for",    "as",   "who",   "whose", "which", "that",  "were",   "was",   "have",  "has",
             "had",    "are",    "is",   "be",    "been",  "will",  "would",  "could", "than",  "after",
             "before", "during", "amid", "over",  "under", "into",  "across", "while", "when",  "this"},
            kPhraseBreakWord);
  // Nouns that say a figure counts people without saying which: they fit any fact about people.
  add_class({"people", "person", "palestinian", "gazan", "civilian", "resident", "other", "individual", "israeli",
             "more", "them", "whom", "total", "in", "including", "were"},
            kGenericHeadWord);
  add_class({"including", "among", "most", "many", "half", "them", "living", "alive", "dead", "deceased", "the"},
            kAsideOpenerWord);
  add_class({"and", "or", "while"}, kJoinWord);
  // ("been": "the ministry said 78,827 had been wounded" is "have been wounded" in reported
  // speech; "had" alone is not, as in "had pledged to return all 28 bodies".)
  add_class({"since", "far", "date", "total", "overall", "toll", "tally", "cumulative", "altogether", "has", "have", "been",
             "risen", "rose", "climbed", "reached", "bringing", "brings", "tallied", "number", "count", "stand",
             "stood", "passed", "surpassed", "exceeded", "topped", "recorded", "registered", "documented", "counted"},
            kTotalCueWord);
  add_class({"average", "daily", "weekly", "per", "every", "each", "monthly"}, kRateWord);
  add_class({"since"}, kSinceWord);
  add_class({"since", "during", "despite"}, kScopeOpener);
  add_class({"a"}, kArticleA);
  add_class({"day", "week", "month", "hour"}, kTimeUnitWord);
  add_class({"past", "last", "previous", "preceding"}, kRecentWord);
  add_class({"overnight"}, kOvernightWord);
  add_class({"was", "were", "is", "are", "has", "have", "had"}, kVerbFirstWord);
  add_class({"passed", "surpassed", "exceeded", "topped", "crossed", "passing", "surpassing", "exceeding",
             "topping", "crossing", "pass", "top"},
            kPassWord);
  add_class({"passed", "reached", "topped", "surpassed", "exceeded", "crossed", "hit", "rose", "climbed"},
            kReachWord);
  add_class({"could", "might", "may", "would", "projected", "projection", "forecast", "predicted", "predict",
             "eventually"},
            kProjectionWord);
  // The trie is grown with lists per node, then laid out flat (see Node).
  struct GrowingNode {
    std::vector<ChildLink> children;
    std::vector<NodePhrase> phrases;
    std::vector<std::uint32_t> metric_facts;
  };
  std::vector<GrowingNode> growing;
  const auto child = [&](std::uint32_t node, const std::string& word) {
    const std::uint32_t id = words.insert(word).id;
    for (const ChildLink& link : growing[node].children) {
      if (link.word == id) return link.node;
    }
    const auto next = static_cast<std::uint32_t>(growing.size());
    growing[node].children.push_back({id, next});
    growing.emplace_back();
    return next;
  };
  for (std::size_t fact = 0; fact < dataset.facts.size(); ++fact) {
    const MatchWords& match = dataset.facts[fact].match;
    auto add = [&](const std::vector<std::string>& phrase_texts, PhraseRole role) {
      for (const std::string& phrase_text : phrase_texts) {
        std::vector<std::string> folded = fold_phrase(phrase_text);
        if (folded.empty()) continue;
        std::uint32_t& root = words.insert(folded.front()).root;
        if (root == kNoRoot) {
          root = static_cast<std::uint32_t>(growing.size());
          growing.emplace_back();
        }
        std::uint32_t node = root;
        for (std::size_t i = 1; i < folded.size(); ++i) node = child(node, folded[i]);
        growing[node].phrases.push_back(
            {static_cast<std::uint32_t>(phrases.size()), static_cast<std::uint32_t>(fact), role});
        std::vector<std::uint32_t>& metric_facts = growing[node].metric_facts;
        if (role == PhraseRole::kMetric &&
            std::find(metric_facts.begin(), metric_facts.end(), fact) == metric_facts.end()) {
          metric_facts.push_back(static_cast<std::uint32_t>(fact));
        }
        phrases.push_back({fact, role, std::move(folded)});
      }
    };
    add(match.metric, PhraseRole::kMetric);
    add(match.subject, PhraseRole::kSubject);
    const std::vector<Point>& points = dataset.facts[fact].points;
    static_assert(static_cast<unsigned>(MentionKind::kDuration) < 8, "mention_kinds holds a bit per kind");
    std::uint8_t kinds = 0;
    for (unsigned kind = 0; kind <= static_cast<unsigned>(MentionKind::kDuration); ++kind) {
      if (kinds_compatible(static_cast<MentionKind>(kind), dataset.facts[fact].kind)) kinds |= 1u << kind;
    }
    mention_kinds.push_back(kinds);
    if (!match.metric.empty()) metric_kinds |= kinds;
    first_point_day.push_back(points.empty() ? 0 : days_since_epoch(points.front().as_of));
    const std::optional<Date>& since = dataset.facts[fact].since;
    since_day.push_back(since ? std::optional<int>(days_since_epoch(*since)) : std::nullopt);
    one_day_facts.push_back(dates_one_event(dataset.facts[fact]));
    std::vector<int>& days = event_days.emplace_back();
    for (const Point& point : points) {
      if (dataset.facts[fact].kind == FactKind::kDate && point.date &&
          point.date->granularity() == Date::Granularity::kDay) {
        days.push_back(days_since_epoch(*point.date));
      }
    }
    fastest_growth.push_back(detail::fastest_growth(dataset.facts[fact]));
    // A count or an amount of money: "put the cost of rebuilding at $70bn" in an article
    // on Gaza is Gaza's. (Not a rate or a measure: "570 trucks a day had crossed" in the
    // first phase, "equal to 600 trucks per day" by one side's count, are often another
    // stretch's or another source's, and the trucks' few points disagree as much; nor a
    // share, a date or a duration, whose words name a part or an event.)
    const FactKind kind = dataset.facts[fact].kind;
    const bool amount = kind == FactKind::kCount || kind == FactKind::kMoney;
    topic_subject.push_back(amount && std::any_of(match.subject.begin(), match.subject.end(), [&](const std::string& subject) {
      return std::any_of(dataset.topic.begin(), dataset.topic.end(),
                         [&](const std::string& phrase) { return fold_phrase(phrase) == fold_phrase(subject); });
    }));
    const bool subject_wanted = match.subject_required || (!match.subject.empty() && !topic_subject.back());
    required_roles.push_back(static_cast<std::uint8_t>((subject_wanted ? role_bit(PhraseRole::kSubject) : 0) |
                                                       (match.scope_required ? role_bit(PhraseRole::kScope) : 0)));
    add(match.scope, PhraseRole::kScope);
    add(match.exclude, PhraseRole::kExclude);
  }
  fact_words = (fact_count + 63) / 64;
  kind_facts.assign((static_cast<std::size_t>(MentionKind::kDuration) + 1) * fact_words, 0);
  for (std::size_t fact = 0; fact < fact_count; ++fact) {
    for (unsigned kind = 0; kind <= static_cast<unsigned>(MentionKind::kDuration); ++kind) {
      if (mention_kinds[fact] & (1u << kind)) kind_facts[kind * fact_words + fact / 64] |= std::uint64_t{1} << (fact % 64);
    }
  }
  nodes.reserve(growing.size());
  for (const GrowingNode& grown : growing) {
    Node& node = nodes.emplace_back();
    const auto append = [](auto& flat, const auto& list, std::uint32_t& begin, std::uint32_t& end) {
      begin = static_cast<std::uint32_t>(flat.size());
      flat.insert(flat.end(), list.begin(), list.end());
      end = static_cast<std::uint32_t>(flat.size());
    };
    append(child_links, grown.children, node.children_begin, node.children_end);
    append(node_phrases, grown.phrases, node.phrases_begin, node.phrases_end);
    append(node_metric_facts, grown.metric_facts, node.metric_facts_begin, node.metric_facts_end);
  }
}

// Whether a dash (an em or en dash, or a hyphen) starts at byte `at`.
bool is_dash(std::string_view text, std::size_t at) {
  const std::string_view rest = text.substr(at, 3);
  return rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("-");
}

// Whether a sentence is a line of a list: it opens with a bullet (bullet_bytes),
// or with a figure and a dash, as a "by the numbers" box does ("70,112 — killed").
bool is_list_item(std::string_view text, ByteRange sentence) {
  std::size_t i = sentence.begin;
  while (i < sentence.end && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= sentence.end) return false;
  // (a sentence opening with a letter, as nearly all do, opens with neither: told before
  // the bullet's call)
  if (const char lower = static_cast<char>(text[i] | 0x20); lower >= 'a' && lower <= 'z') return false;
  if (bullet_bytes(text.substr(i, std::min<std::size_t>(3, sentence.end - i))) > 0) return true;
  std::size_t j = i;
  while (j < sentence.end && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == ',' || text[j] == '.')) ++j;
  if (j == i || j >= sentence.end || text[j] != ' ') return false;
  const std::string_view after = text.substr(j + 1, std::min<std::size_t>(4, sentence.end - j - 1));
  return after.starts_with("\xE2\x80\x94 ") || after.starts_with("\xE2\x80\x93 ") || after.starts_with("- ");
}

void read_sentence(std::string_view text, ByteRange sentence, const MatchIndex& index,
                   const std::vector<const Mention*>& mentions, const Date& published, SentenceReading& reading) {
  tokenize(text, sentence, reading.tokens, reading.token_forms);
  reading.previous_sentence = {0, 0};
  reading.section_month.reset();
  reading.ordered_entry_at.reset();
  reading.previous_read = false;
  reading.names_undated_past.reset();
  reading.locative_there_at.reset();
  const auto& tokens = reading.tokens;
  const std::size_t count = tokens.size();

  // The mentions on their tokens: the count of those starting before each token is
  // summed in the pass below.
  make_token_room(reading, count);
  std::fill_n(reading.mention_at.begin(), count, -1);
  std::fill_n(reading.mention_starts_before.begin(), count + 1, 0);
  reading.mentions.assign(mentions.begin(), mentions.end());
  reading.mention_spans.clear();
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    assert(m == 0 || mentions[m - 1]->byte_start <= mentions[m]->byte_start);
    const std::size_t from = m == 0 ? 0 : reading.mention_spans[m - 1].begin;
    const TokenSpan span = tokens_of(tokens, from, mentions[m]->byte_start, mentions[m]->byte_end);
    reading.mention_spans.push_back(span);
    for (std::size_t i = span.begin; i < span.end; ++i) reading.mention_at[i] = static_cast<int>(m);
    if (!span.empty()) ++reading.mention_starts_before[span.begin + 1];
  }

  // What each word is for the matcher: its id, class bits and the phrases it opens.
  // (Each entry is written, so none is cleared first.)
  std::uint16_t all_classes = 0;
  std::size_t phrase_starts = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t id = MatchIndex::kNoWord, root = MatchIndex::kNoRoot;
    std::uint16_t classes = 0;
    if (tokens[i].type == Token::Type::kWord) {
      if (const KnownWord* found = index.words.find_form(tokens[i].form)) {
        id = found->id;
        root = found->root;
        classes = found->classes;
      }
    }
    reading.word_ids[i] = id;
    reading.word_classes[i] = classes;
    reading.phrase_starts[phrase_starts] = {static_cast<std::uint32_t>(i), root};
    phrase_starts += root != MatchIndex::kNoRoot ? 1 : 0;
    all_classes |= classes;
  }
  reading.phrase_start_count = phrase_starts;
  reading.classes_present = all_classes;

  const auto child_of = [&](std::uint32_t node, std::size_t at) -> std::optional<std::uint32_t> {
    if (at >= count || reading.word_ids[at] == MatchIndex::kNoWord) return std::nullopt;
    for (const MatchIndex::ChildLink& link : index.children_of(index.nodes[node])) {
      if (link.word == reading.word_ids[at]) return link.node;
    }
    return std::nullopt;
  };
  // The trie walk: the nodes that end phrases, and the tokens each spans. (Each node
  // reached is written, and counted in when it ends phrases: which do, the text decides.)
  std::size_t node_hit_count = 0;
  std::size_t node_hit_room = reading.node_hits.size();
  for (std::size_t start = 0; start < reading.phrase_start_count; ++start) {
    const std::size_t i = reading.phrase_starts[start].token;
    std::uint32_t node = reading.phrase_starts[start].root;
    // A walk writes a node at most per token after its start: room for that, made once
    // per start rather than asked for at each step.
    if (node_hit_room < node_hit_count + count - i) {
      node_hit_room = std::max<std::size_t>(64, std::bit_ceil(node_hit_count + count - i));
      reading.node_hits.resize(node_hit_room);
    }
    for (std::size_t at = i + 1;; ++at) {
      reading.node_hits[node_hit_count] = {node, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(at)};
      node_hit_count += index.nodes[node].ends_phrases() ? 1 : 0;
      std::optional<std::uint32_t> next = child_of(node, at);
      // "since the October 10 ceasefire", "the 7 October attack": a date that names
      // the thing is read through when the phrase goes on after it.
      const int date = at < count ? reading.mention_at[at] : -1;
      if (!next && date >= 0 && reading.mention_spans[date].begin == at &&
          is_date_mention(*mentions[static_cast<std::size_t>(date)])) {
        at = reading.mention_spans[date].end;
        next = child_of(node, at);
      }
      if (!next) break;
      node = *next;
    }
  }
  // The facts a metric of the sentence names: a figure can match no other (match_mention
  // looks at no other fact's hits), so only their hits are kept, and the stated starts
  // ("since the ceasefire") of any fact. Marked with the sentence's own number, so
  // that no mark need be cleared.
  if (reading.fact_marks.size() != index.fact_count) {
    reading.fact_marks.assign(index.fact_count, 0);
    reading.fact_hits.resize(index.fact_count);
    reading.fact_roles.resize(index.fact_count);
    reading.named_facts.resize(index.fact_count + 1);
    reading.named_fact_bits.resize(index.fact_words);
    reading.fact_mark = 0;
  }
  if (++reading.fact_mark == 0) {  // (after four billion sentences)
    std::fill(reading.fact_marks.begin(), reading.fact_marks.end(), 0);
    reading.fact_mark = 1;
  }
  const std::uint32_t named = reading.fact_mark;
  const std::span<const NodeHit> node_hits(reading.node_hits.data(), node_hit_count);
  // The per-fact tables, as views held here: a write through one of them might be to
  // the vectors' own storage for all the compiler knows, which would then read each
  // vector's place again after every write.
  const std::span<std::uint32_t> fact_marks(reading.fact_marks);
  const std::span<FactHits> fact_hits(reading.fact_hits);
  const std::span<std::uint8_t> fact_roles(reading.fact_roles);
  // (Each fact is written to the list, and counted in when not named yet: which are,
  // the text decides. Its hits' count is cleared either way, as none is counted yet.)
  std::size_t named_count = 0;
  std::size_t phrases_reached = 0;
  for (const NodeHit& node_hit : node_hits) {
    const MatchIndex::Node& node = index.nodes[node_hit.node];
    phrases_reached += index.phrases_of(node).size();
    for (std::uint32_t fact : index.metric_facts_of(node)) {
      const bool named_already = fact_marks[fact] == named;
      fact_marks[fact] = named;
      reading.named_facts[named_count] = fact;
      named_count += named_already ? 0 : 1;
      fact_hits[fact] = {};
      fact_roles[fact] = 0;
    }
  }
  reading.named_fact_count = named_count;
  reading.hit_count = 0;
  reading.metric_hits.clear();
  reading.start_hits.clear();
  // "Still held in Gaza, alive or dead: 48": a sentence that ends on a figure after a
  // colon gives a key figure under its label, as a box of figures does; the label, its
  // marks and the colon included, is one clause with the figure. (Read before the
  // return below: a label names what its figure counts whether or not a fact does.)
  const std::size_t last_figure_begin = reading.mention_spans.empty() ? 0 : reading.mention_spans.back().begin;
  const bool label_colon = !reading.mention_spans.empty() && reading.mention_spans.back().end == count &&
                           last_figure_begin > 1 && tokens[last_figure_begin - 1].type == Token::Type::kClauseMark &&
                           text[tokens[last_figure_begin - 1].bytes.begin] == ':';
  reading.label_colon_at = label_colon ? last_figure_begin - 1 : 0;
  // "70,112 — Palestinians killed": in a box of figures the dash joins a figure to its
  // label, which is its noun phrase, not another clause.
  const bool list_item = is_list_item(text, sentence);
  const bool label_dash = list_item && count > 1 && !tokens[0].form.empty() &&
                          std::isdigit(static_cast<unsigned char>(tokens[0].form[0])) &&
                          tokens[1].type == Token::Type::kClauseMark;
  // One pass fills the per-token counts and clauses (each entry is written): the
  // clause marks, joins and mentions before each token, and its clause.
  // (The counts are carried in locals, not read back from the entries just written.)
  const std::size_t label_dash_at = label_dash ? 1 : count;  // the one mark that is none, if any
  const std::size_t label_colon_end = label_colon ? last_figure_begin : 0;  // no mark before it is one
  std::uint32_t marks = 0, joins = 0, mention_starts = 0;
  reading.clause_marks_before[0] = 0;
  reading.joins_before[0] = 0;
  // The comma that closes a date's year after "the", "the Oct. 7, 2023, attack", at token i.
  const auto closes_attributive_date = [&](std::size_t i) {
    if (i < 2 || reading.mention_at[i - 1] < 0 || text[tokens[i].bytes.begin] != ',') return false;
    const auto m = static_cast<std::size_t>(reading.mention_at[i - 1]);
    const TokenSpan span = reading.mention_spans[m];
    if (span.begin == 0 || reading.word_ids[span.begin - 1] != kWordThe || !is_date_mention(*mentions[m])) {
      return false;
    }
    for (std::size_t t = span.begin; t < span.end; ++t) {
      if (tokens[t].type != Token::Type::kWord && text[tokens[t].bytes.begin] == ',') return true;
    }
    return false;
  };
  // A mark ends the clause before it and is its own: it starts after it, ends at it.
  // (Selected, not branched on, here and in the pass back for the ends: a branch per
  // mark mispredicted.)
  std::uint32_t clause_begin = 0;  // of the clause the pass is in
  std::size_t clause_mark_count = 0;
  for (std::size_t i = 0; i < count; ++i) {
    // ("October 7, 2023": a mark inside a figure is the figure's, and parts no clause;
    // so is the comma that closes a date's year after "the": "the Oct. 7, 2023, attack")
    const bool written_mark =
        tokens[i].type != Token::Type::kWord && reading.mention_at[i] < 0 && !closes_attributive_date(i);
    reading.clause_mark_tokens[clause_mark_count] = static_cast<std::uint32_t>(i);
    clause_mark_count += written_mark ? 1 : 0;
    const bool mark = written_mark && i != label_dash_at && i >= label_colon_end;
    marks += mark ? 1 : 0;
    joins += (reading.word_classes[i] & kJoinWord) != 0 ? 1 : 0;
    mention_starts += reading.mention_starts_before[i + 1];
    reading.clause_marks_before[i + 1] = marks;
    reading.joins_before[i + 1] = joins;
    reading.mention_starts_before[i + 1] = mention_starts;
    clause_begin = mark ? static_cast<std::uint32_t>(i + 1) : clause_begin;
    reading.clause_start[i] = clause_begin;
  }
  reading.clause_mark_count = clause_mark_count;
  std::uint32_t clause_end = static_cast<std::uint32_t>(count);  // of the clause the pass back is in
  for (std::size_t i = count; i-- > 0;) {
    const bool mark = reading.clause_start[i] == i + 1;  // (as no word's clause starts after it)
    clause_end = mark ? static_cast<std::uint32_t>(i) : clause_end;
    reading.clause_end[i] = clause_end;
  }
  // A sentence that names no fact has no figure the matcher can match, which it
  // tells from the words around the figure and their clauses alone: the rest (a
  // quarter of the sentences with figures in an article) is read only for the others.
  if (named_count == 0) return;

  mark_asides(text, reading, (all_classes & kAsideOpenerWord) != 0);
  if (reading.published_day_of != published) {
    reading.published_day = days_since_epoch(published);
    reading.published_day_of = published;
  }
  // A list item ("• 171,165 people injured (MoH)") states where things stand, as a
  // situation report's key figures do.
  reading.has_total_cue = list_item || label_colon || (all_classes & kTotalCueWord) != 0;
  // The sentence's dates, in one pass over its mentions (most of which are no date): the
  // dated starts that open their clause, the tokens of the stated starts, the last day
  // the dates reach and where the first period ends.
  reading.clause_opening_starts.clear();
  reading.start_dates_before.clear();
  reading.last_day_dated.reset();
  reading.last_day_dated_by_others.reset();
  reading.first_period_end = SentenceReading::kNoPeriod;
  std::optional<std::size_t> period_after_since_the;  // the mention
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const Mention& mention = *mentions[m];
    if (!is_date_mention(mention)) continue;
    const TokenSpan span = reading.mention_spans[m];
    const bool start = mention.qualifier == Qualifier::kSince;
    if (!span.empty() && start && reading.clause_start[span.begin] == span.begin && mention.date) {
      reading.clause_opening_starts.push_back(static_cast<std::uint32_t>(m));
    }
    if (!span.empty() && start) {
      // (counted at the token after each, then summed: each entry is then "in [0, i)")
      if (reading.start_dates_before.empty()) reading.start_dates_before.assign(count + 1, {});
      ++reading.start_dates_before[span.begin + 1].dates;
      for (std::size_t i = span.begin; i < span.end; ++i) ++reading.start_dates_before[i + 1].tokens;
    }
    if (mention.date) {
      const int last = start ? reading.published_day
                             : days_since_epoch(last_day(mention.date_end ? *mention.date_end : *mention.date));
      if (!reading.last_day_dated || last > *reading.last_day_dated) {
        reading.last_day_dated_by_others = reading.last_day_dated;
        reading.last_day_dated = last;
        reading.last_day_dated_by = m;
      } else {
        reading.last_day_dated_by_others = std::max(reading.last_day_dated_by_others.value_or(last), last);
      }
    }
    if (span.empty() || !is_period(mention) || start || dates_a_total(reading, span)) continue;
    // "Since the October ceasefire took hold, 481 have been killed": a period between
    // "since the" and its event's noun may name a start, as "since October" would: decided
    // below, once the stated starts are found.
    if (!period_after_since_the && span.begin >= 2 && word_is(reading, span.begin - 1, kWordThe) &&
        (reading.word_classes[span.begin - 2] & kSinceWord) != 0) {
      period_after_since_the = m;
      continue;
    }
    reading.first_period_end = std::min(reading.first_period_end, span.end);
  }
  for (std::size_t i = 1; i < reading.start_dates_before.size(); ++i) {
    SentenceReading::StartDateCounts& counts = reading.start_dates_before[i];
    const SentenceReading::StartDateCounts& before = reading.start_dates_before[i - 1];
    counts.tokens += before.tokens;
    counts.dates += before.dates;
  }

  // Room for every phrase reached first, so that the lists of metric and start hits can
  // point into the hits as they are written. (The room only grows, so that it is
  // seldom written twice.) Only the phrases kept are written: nearly half of those
  // reached are of facts the sentence does not name ("Gaza" is a subject of most), and
  // writing each to count it in or not cost more instructions than the branch.
  if (reading.hits.size() < phrases_reached) reading.hits.resize(std::bit_ceil(phrases_reached));
  PhraseHit* const hits = reading.hits.data();
  PhraseHit* kept_end = hits;  // (a pointer, not a count: a hit written then needs no index reckoned)
  // The hits starting at one token, from one or more nodes: in dataset order, as
  // ties are broken by it (a node's own phrases are in that order already).
  PhraseHit* group_first_hit = hits;
  std::size_t group_nodes = 0;
  const auto order_group = [&] {
    if (group_nodes > 1) {
      std::sort(group_first_hit, kept_end,
                [](const PhraseHit& a, const PhraseHit& b) { return a.phrase < b.phrase; });
    }
  };
  std::uint32_t group_begin = MatchIndex::kNoWord;
  // The role whose phrases are kept whatever their fact: scopes, when the group opens
  // with "since" (they state a start); else none, as no phrase has this value.
  constexpr auto kNoRole = static_cast<PhraseRole>(0xFF);
  PhraseRole start_role = kNoRole;
  for (const NodeHit& node_hit : node_hits) {
    if (node_hit.begin != group_begin) {
      order_group();
      group_begin = node_hit.begin;
      group_first_hit = kept_end;
      group_nodes = 0;
      start_role = (reading.word_classes[group_begin] & kSinceWord) != 0 ? PhraseRole::kScope : kNoRole;
    }
    ++group_nodes;
    for (const MatchIndex::NodePhrase& phrase : index.phrases_of(index.nodes[node_hit.node])) {
      const bool of_named_fact = fact_marks[phrase.fact] == named;
      if (!of_named_fact && phrase.role != start_role) continue;
      *kept_end++ = {group_begin, node_hit.end, phrase.phrase, phrase.fact, phrase.role};
      // Its count, for now. (Not counted for a stated start of a fact not named, whose
      // count no one reads.)
      fact_hits[phrase.fact].end += of_named_fact ? 1 : 0;
    }
  }
  order_group();
  reading.hit_count = static_cast<std::size_t>(kept_end - hits);
  // The hits of each named fact, in text order as the hits themselves are: a
  // counting sort over those facts alone (a sentence names few of the dataset's
  // facts). The groups need no order among themselves. The same pass lists the
  // metric hits and the stated starts. (The facts are marked as bits too, once for the
  // sentence rather than for each of its figures.)
  std::uint32_t placed = 0;
  std::fill(reading.named_fact_bits.begin(), reading.named_fact_bits.end(), 0);
  for (std::uint32_t fact : std::span(reading.named_facts.data(), named_count)) {
    reading.named_fact_bits[fact / 64] |= std::uint64_t{1} << (fact % 64);
    FactHits& group = fact_hits[fact];
    const std::uint32_t fact_hit_count = group.end;
    group.begin = group.end = placed;  // its end is where its next hit goes, for now
    placed += fact_hit_count;
  }
  if (reading.hits_by_fact.size() < placed) reading.hits_by_fact.resize(std::bit_ceil(placed));
  const std::span<const PhraseHit*> hits_by_fact(reading.hits_by_fact);
  for (const PhraseHit& hit : reading.found_hits()) {
    if (fact_marks[hit.fact] == named) {
      hits_by_fact[fact_hits[hit.fact].end++] = &hit;
      fact_roles[hit.fact] |= role_bit(hit.role);
    }
    if (hit.role == PhraseRole::kMetric) reading.metric_hits.push_back(&hit);
    if (hit.role == PhraseRole::kScope && (reading.word_classes[hit.begin] & kSinceWord)) {
      reading.start_hits.push_back(&hit);
    }
  }
  // The first period after "since the" is a start when a stated start the dataset knows
  // reads through it ("since the October ceasefire"); else ("Since the March offensive
  // began") a period as any other.
  // (Only a start the period holds: "Since the March offensive began" is no start of
  // the whole war, whose phrase "since the offensive began" reads through the date.)
  if (period_after_since_the) {
    const TokenSpan period = reading.mention_spans[*period_after_since_the];
    const Mention& date = *mentions[*period_after_since_the];
    const int first = date.date ? days_since_epoch(first_day(*date.date)) : 1;
    const int last = !date.date ? 0 : days_since_epoch(last_day(date.date_end ? *date.date_end : *date.date));
    const bool names_a_start =
        std::any_of(reading.start_hits.begin(), reading.start_hits.end(), [&](const PhraseHit* hit) {
          const std::optional<int>& since = index.since_day[hit->fact];
          return hit->begin + 2 == period.begin && hit->end > period.end && since && first <= *since && *since <= last;
        });
    if (!names_a_start) reading.first_period_end = std::min(reading.first_period_end, period.end);
  }
}

// Whether token `at` stands in an apposition set off after a name that does not hold
// `figure`: "UNRWA, the U.N. agency for Palestinian refugees, said about 80,000 had
// fled": its words say what the name is, not what the figure counts.
bool in_apposition_without(const SentenceReading& sentence, std::size_t at, TokenSpan figure) {
  if (sentence.in_aside.empty() || !sentence.in_aside[at]) return false;
  std::size_t open = at;
  while (open > 0 && sentence.in_aside[open - 1]) --open;
  std::size_t close = at;
  while (close + 1 < sentence.in_aside.size() && sentence.in_aside[close + 1]) ++close;
  if (figure.begin >= open && figure.begin <= close) return false;
  return open + 1 < sentence.in_aside.size() && word_is(sentence, open + 1, kWordThe);
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

namespace {

// "The Rafah crossing reopened on 2 February", a week after it did: an event of the two
// months before the article, whose day the figure falls near, is the one the article
// reports, though the words that tell it from an earlier event of its kind (the
// fact's required scope) are not there. A day far from it is another event.
// `event_days`: the fact's (MatchIndex::event_days).
bool reports_recent_event(const Mention& mention, const std::vector<int>& event_days, int published_day) {
  constexpr int kRecentDays = 60;
  constexpr int kNearDays = 30;
  if (event_days.empty() || !mention.date || mention.date_end ||
      mention.date->granularity() != Date::Granularity::kDay || mention.qualifier != Qualifier::kNone) {
    return false;
  }
  const int day = days_since_epoch(*mention.date);
  return std::any_of(event_days.begin(), event_days.end(), [&](int event) {
    return event <= published_day && published_day - event <= kRecentDays && std::abs(day - event) <= kNearDays;
  });
}

}  // namespace

MatchOutcome match_mention(std::string_view text, const Mention& mention, std::size_t which,
                           const SentenceReading& sentence, const MatchIndex& index, const Dataset& dataset,
                           const Date& published, MatchScratch& scratch) {
  MatchOutcome outcome;
  const auto& tokens = sentence.tokens;
  // (Held, not asked of the vector at each use: its size is a division by a token's bytes.)
  const std::size_t token_count = tokens.size();
  const TokenSpan span = sentence.mention_spans[which];
  TokenSpan head = head_of(sentence, span);
  // "Children injured: over 42,000": a key figure's label is its noun phrase, up to the
  // label's first metric, as "over 42,000 children" would put it.
  if (sentence.label_colon_at > 0 && which + 1 == sentence.mention_spans.size() && head.empty()) {
    std::size_t first_word = 0;
    while (first_word < sentence.label_colon_at && tokens[first_word].type != Token::Type::kWord) ++first_word;
    const auto metric = hits_from(sentence.metric_hits, first_word);
    const std::size_t metric_at = metric != sentence.metric_hits.end() ? (*metric)->begin : sentence.label_colon_at;
    head = {first_word, first_word};
    while (head.end < std::min(metric_at, sentence.label_colon_at) && head.end - head.begin < 3 &&
           tokens[head.end].type == Token::Type::kWord && (sentence.word_classes[head.end] & kPhraseBreakWord) == 0 &&
           sentence.mention_at[head.end] < 0) {
      ++head.end;
    }
  }
  outcome.claim.subject = text_of(text, tokens, head.begin, head.end);
  // "For each dead hostage returned, Israel has handed back the bodies of 15 Palestinians":
  // a count for each of something is a ratio, not a total a fact keeps
  // (the first figure after it, with no dash or semicolon between: "- more than 300 so far"
  // is the total)
  if (mention.kind == MentionKind::kNumber && (sentence.classes_present & kRateWord) != 0) {
    for (std::size_t i = span.begin; i-- > 1;) {
      if (sentence.mention_at[i] >= 0 ||
          (tokens[i].type == Token::Type::kClauseMark && tokens[i].form != "," && tokens[i].form != "'")) {
        break;
      }
      if ((sentence.word_classes[i] & kRateWord) != 0 && (tokens[i].form == "each" || tokens[i].form == "every") &&
          tokens[i - 1].form == "for") {
        outcome.why_unmatched = "A count for each of something is a ratio; no fact in the dataset is about it.";
        return outcome;
      }
    }
  }
  const bool is_date = mention.kind == MentionKind::kDate || mention.kind == MentionKind::kDateRange;
  // "...; three of the 20 had been held in the same tunnel": a number that opens its
  // clause as a part of a bare figure ("of the 20", "of 20", then a verb: a group named
  // before) is a part of that group, as "three of them" is, and its verb may tell what
  // the whole went through. ("Hamas has returned 27 of the 28 bodies": a part after its
  // verb, or of a whole with its own noun, keeps the verb.)
  const bool part_of_a_stated_figure = [&] {
    if (mention.kind != MentionKind::kNumber || span.end + 1 >= token_count ||
        sentence.clause_start[span.begin] != span.begin || !word_is(sentence, span.end, kWordOf)) {
      return false;
    }
    const std::size_t at = word_is(sentence, span.end + 1, kWordThe) ? span.end + 2 : span.end + 1;
    if (at >= token_count) return false;
    const int whole = sentence.mention_at[at];
    if (whole < 0 || static_cast<std::size_t>(whole) == which ||
        is_date_mention(*sentence.mentions[static_cast<std::size_t>(whole)])) {
      return false;
    }
    std::size_t after = at;
    while (after < token_count && sentence.mention_at[after] == whole) ++after;
    return spelled(text, tokens, after,
                   {"had", "have", "has", "were", "was", "are", "is", "will", "would", "could", "remain", "remained"});
  }();
  // "..., 20,000 of them children", "including 157 children": a part of another
  // figure is only about a fact that its own noun names.
  // (A count's: "90% of the population" is a share, told by its own words.)
  const bool is_part = !is_date && (is_part_of_unnamed_whole(sentence, span) || part_of_a_stated_figure ||
                                    (mention.kind == MentionKind::kNumber && part_of_a_counted_whole(sentence, span)));
  const char* const why_unmatched = is_part ? "This figure is a part of another, and no fact is about what it names."
                                             : "No fact in the dataset is about what this figure counts.";
  const auto mention_kind = static_cast<std::uint8_t>(1u << static_cast<unsigned>(mention.kind));
  // A sentence whose words name no fact (no metric hit), or a figure of a kind no fact
  // takes (an ordinal), can match none: its claim is its noun phrase alone, told before
  // any window or clause is read. (About half the figures of a long text.)
  if (sentence.metric_hits.empty() || (index.metric_kinds & mention_kind) == 0) {
    outcome.why_unmatched = why_unmatched;
    return outcome;
  }
  // Only phrases within a window around the figure can be about it; the window
  // keeps a pathological sentence (a table pasted as one line) linear.
  constexpr std::size_t kWindow = 40;
  const std::size_t window_begin = span.begin > kWindow ? span.begin - kWindow : 0;
  // "three hostages' bodies remain in Gaza, out of 28 that Hamas was due to hand over":
  // a later figure set off as the whole ("out of", "of the" opening its clause) has the
  // words after it to itself
  const std::size_t whole_after = [&] {
    if (which + 1 >= sentence.mention_spans.size()) return token_count;
    const TokenSpan whole = sentence.mention_spans[which + 1];
    if (whole.empty() || whole.begin <= span.end + 1 || !is_whole_of_part(sentence, whole)) return token_count;
    std::size_t at = whole.begin;
    while (at > span.end && sentence.clause_start[at] != at) --at;
    return at > span.end ? at : token_count;
  }();
  const std::size_t window_end = std::min(span.end + kWindow, whole_after);
  // Most sentences are shorter than the window: then no search is needed for it.
  const bool window_holds_sentence = window_begin == 0 && window_end >= token_count;
  const auto hits_in_window = [&](auto begin, auto end) {
    if (!window_holds_sentence) {
      begin = std::partition_point(begin, end, [&](const PhraseHit* hit) { return hit->begin < window_begin; });
      end = std::partition_point(begin, end, [&](const PhraseHit* hit) { return hit->begin < window_end; });
    }
    return std::pair(begin, end);
  };
  // Only facts with a metric close enough to reach the figure can match it: find
  // them first, then read each one's hits in the window.
  constexpr std::size_t kMetricWindow = 12;  // a date's reach in its verb's clause, in words
  const std::size_t near_begin = span.begin > kMetricWindow ? span.begin - kMetricWindow : 0;
  // "223 staff of UNRWA, the agency for Palestinian refugees, have been killed": an aside
  // between the figure and the verb after it is no distance, nor words of this reach.
  const std::size_t asides_after = [&]() -> std::size_t {
    if (sentence.in_aside.empty()) return 0;
    const std::size_t to = std::min(span.end + kMetricWindow, token_count);
    return sentence.aside_words_before[to] - sentence.aside_words_before[span.end] +
           sentence.aside_marks_before[to] - sentence.aside_marks_before[span.end];
  }();
  const std::size_t near_end = std::min(span.end + kMetricWindow + asides_after, whole_after);
  std::vector<std::size_t>& near_facts = scratch.near_facts;
  near_facts.clear();
  std::vector<std::uint64_t>& near_fact_bits = scratch.near_fact_bits;
  near_fact_bits.resize(index.fact_words);
  // (One search, for the first: the few metric hits of the window are then read in turn.
  // A hit that begins at near_begin or after ends within reach of the figure, as every
  // phrase ends after it begins: only its fact's kinds are asked of it, by one mask of
  // the facts that take the figure's kind once all are marked.)
  // (When the reach holds them all, as it does for most figures, the named facts are
  // the marked ones, as the sentence's reading marked them.)
  const bool reach_holds_metrics =
      near_begin <= sentence.metric_hits.front()->begin && sentence.metric_hits.back()->begin < near_end;
  if (!reach_holds_metrics) {
    for (auto hit = hits_from(sentence.metric_hits, near_begin);
         hit != sentence.metric_hits.end() && (*hit)->begin < near_end; ++hit) {
      near_fact_bits[(*hit)->fact / 64] |= std::uint64_t{1} << ((*hit)->fact % 64);
    }
  }
  const std::uint64_t* const marked_facts = reach_holds_metrics ? sentence.named_fact_bits.data() : near_fact_bits.data();
  // A fact whose subject or scope must be named, when the words near the figure name
  // none of its subjects or scopes, is ruled out whatever its hits' distances: a shared
  // metric ("killed") names many facts near a figure, and most fall here. Those whose
  // sentence names none (fact_roles) are no near fact, so that a figure left with none
  // is done with before its clause is read; the others fall once their hits in the
  // window are read (below).
  // "It reopened on 2 February": what the sentence before named, read only for a
  // sentence that opens with "It" (the verb's binding to it is checked below).
  const bool opens_with_it = !tokens.empty() && word_is(sentence, 0, kWordIt);
  const auto subject_in_previous = [&](std::size_t fact) {
    return previous_sentence_names_subject(text, sentence, index, fact, scratch);
  };
  const auto needs_subject = [&](std::size_t fact) {
    return (index.required_roles[fact] & role_bit(PhraseRole::kSubject)) != 0 &&
           !(opens_with_it && !dataset.facts[fact].match.subject_required && subject_in_previous(fact));
  };
  const auto needs_scope = [&](std::size_t fact) {
    return (index.required_roles[fact] & role_bit(PhraseRole::kScope)) != 0 &&
           !(is_date && reports_recent_event(mention, index.event_days[fact], sentence.published_day));
  };
  // The marked facts that take the kind and may be named enough, in order; the bits
  // cleared for the next figure.
  const std::uint64_t* const kind_facts =
      index.kind_facts.data() + static_cast<std::size_t>(mention.kind) * index.fact_words;
  // (The words' count and the bits held here, not read again after each fact listed.)
  const std::size_t fact_words = index.fact_words;
  std::uint64_t* const near_bits = near_fact_bits.data();
  for (std::size_t word = 0; word < fact_words; ++word) {
    for (std::uint64_t bits = marked_facts[word] & kind_facts[word]; bits != 0; bits &= bits - 1) {
      const std::size_t fact = word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
      const std::uint8_t roles = sentence.fact_roles[fact];
      if (((roles & role_bit(PhraseRole::kSubject)) == 0 && needs_subject(fact)) ||
          ((roles & role_bit(PhraseRole::kScope)) == 0 && needs_scope(fact))) {
        continue;
      }
      // "300,000 litres a day to run hospitals" is no length of Gaza, however "run" reads:
      // a measure in a unit the fact's cannot be turned into is of something else
      if (mention.kind == MentionKind::kQuantity && !unit_factor(mention.unit, dataset.facts[fact].unit)) continue;
      near_facts.push_back(fact);
    }
    near_bits[word] = 0;
  }
  if (near_facts.empty()) {
    outcome.why_unmatched = why_unmatched;
    return outcome;
  }
  const bool weekday_alone = mention.kind == MentionKind::kDate && is_weekday_name(mention.text);
  // "Of the 251 people seized that day, dozens are still in Gaza": a figure in the clause
  // after a whole that opens the sentence is a part of it, and the verbs of the whole's
  // clause ("seized") are the whole's; the part has its own ("are still in Gaza").
  const std::size_t opening_whole_end = [&]() -> std::size_t {
    if (is_date || which != 1 || tokens.empty() || !word_is(sentence, 0, kWordOf)) return 0;
    const TokenSpan whole = sentence.mention_spans[0];
    if (is_date_mention(*sentence.mentions[0]) || whole.begin > 2 || !is_whole_of_part(sentence, whole)) return 0;
    const std::size_t whole_clause_end = sentence.clause_end[whole.begin];
    return sentence.clause_start[span.begin] >= whole_clause_end ? whole_clause_end : 0;
  }();
  // Where an aside that closes the sentence begins, when the figure stands before it.
  const std::size_t closing_aside_begin = [&] {
    const std::size_t none = token_count + 1;
    if (sentence.in_aside.empty() || !sentence.in_aside.back() || sentence.in_aside[span.begin]) return none;
    std::size_t at = sentence.in_aside.size() - 1;
    while (at > 0 && sentence.in_aside[at - 1]) --at;
    return at >= span.end ? at : none;
  }();
  // (Read only now: a sentence that names no fact has no clauses read; see read_sentence.)
  const std::size_t anchor = std::min(span.begin, tokens.empty() ? 0 : token_count - 1);
  TokenSpan clause = tokens.empty() ? TokenSpan{0, 0}
                                    : TokenSpan{sentence.clause_start[anchor], sentence.clause_end[anchor]};
  // "At least 154 people, 89 of them children, have died of malnutrition": a figure in
  // an aside shares the clause the aside stands in, its verb and its scope
  if (!sentence.in_aside.empty() && anchor < sentence.in_aside.size() && sentence.in_aside[anchor]) {
    std::size_t open = anchor;
    while (open > 0 && sentence.in_aside[open - 1]) --open;
    std::size_t close = anchor;
    while (close + 1 < sentence.in_aside.size() && sentence.in_aside[close + 1]) ++close;
    if (open > 0) clause.begin = std::min<std::size_t>(clause.begin, sentence.clause_start[open - 1]);
    if (close + 1 < token_count) clause.end = std::max<std::size_t>(clause.end, sentence.clause_end[close + 1]);
  }
  // The figure a part ("6,000 of them children") is of: the one before it, when not a
  // date; empty when none.
  const TokenSpan whole_of_part = is_part && which > 0 && !is_date_mention(*sentence.mentions[which - 1]) &&
                                          is_part_of_unnamed_whole(sentence, span)
                                      ? sentence.mention_spans[which - 1]
                                      : TokenSpan{};
  // "24 November 2023 — first truce begins", "Oct. 10, 2025: A ceasefire takes effect",
  // "* FEB 1, 2025 - Rafah reopens": a timeline's line opens with its date and a dash or
  // a colon (a lone hyphen is no token), and the event after it is the date's, whatever
  // commas the date holds. (Only the date's: "Sat 29 Nov — Toll passes 70,000" dates the
  // day the total got there, not a count of that day.)
  if (is_date && span.begin == 0 && span.end < token_count) {
    const Token& next = tokens[span.end];
    const bool marked = next.type == Token::Type::kClauseMark &&
                        (is_dash(text, next.bytes.begin) || text[next.bytes.begin] == ':');
    std::size_t gap = tokens[span.end - 1].bytes.end;
    while (gap < next.bytes.begin && text[gap] == ' ') ++gap;
    const bool hyphen = next.type == Token::Type::kWord && gap < next.bytes.begin && text[gap] == '-';
    const std::size_t event = marked ? span.end + 1 : span.end;
    if ((marked || hyphen) && event < token_count) clause.end = sentence.clause_end[event];
  }
  // "On 10 October, the ceasefire took effect", "On Friday, the IPC confirmed famine": a
  // date that opens the sentence as a clause of its own, set off by a comma, dates the
  // clause after it.
  if (is_date && clause.begin == 0 && clause.end == span.end && span.end + 1 < token_count &&
      tokens[span.end].type == Token::Type::kClauseMark && tokens[span.end].form == "," &&
      leads_its_clause(sentence, span, clause)) {
    clause.end = sentence.clause_end[span.end + 1];
  }
  // "27 of the 28 dead hostages": the whole is its own claim, told by its own noun phrase.
  const bool is_whole = is_whole_of_part(sentence, span);
  // "27 of the 28 bodies have been returned": the verb after the whole belongs to
  // the part, and the whole's noun phrase is no distance to it.
  std::optional<std::size_t> reach_end;
  // "24 of the 28 dead hostages whose bodies are due under the deal": a relative
  // clause after the whole's noun says what the whole is, so its verbs are not the part's.
  std::size_t whole_relative_clause = token_count;
  if (const std::optional<TokenSpan> whole = whole_after_part(sentence, span)) {
    const TokenSpan whole_head = head_of(sentence, *whole);
    reach_end = std::max(whole->end, whole_head.end);
    if (*reach_end < token_count && word_is(sentence, *reach_end, kWordWho, kWordWhose, kWordWhich, kWordThat)) {
      whole_relative_clause = *reach_end;
    }
  }

  // "Gaza City, the territory's largest, was home to 700,000": a clause that opens
  // with its verb has its subject in the clauses before it, where an exclusion
  // counts as if in the figure's own clause.
  // So does an apposition that opens with "home to" ("the Zamzam camp in North Darfur,
  // home to about 500,000 people"), and a clause that opens with "puts" after an aside
  // ("The latest tally, based on official Israeli figures, puts the number killed at 1,210").
  // ("Zikim, the only crossing into the north, reopened ...": a clause after an apposition
  // has its subject before the apposition)
  const bool clause_subject_before =
      clause.begin > 0 && clause.begin < token_count &&
      ((sentence.word_classes[clause.begin] & kVerbFirstWord) != 0 || word_is(sentence, clause.begin, kWordPuts, kWordPut) ||
       (word_is(sentence, clause.begin, kWordHome) && clause.begin + 1 < token_count &&
        word_is(sentence, clause.begin + 1, kWordTo)) ||
       (!sentence.in_aside.empty() && sentence.in_aside[clause.begin - 1] && !sentence.in_aside[clause.begin]));
  // "1,179 have been killed seeking aid, and more than 8,000 wounded": a conjunct of the
  // figure and its participle alone, its verb left out, is said of the clause before it
  constexpr std::size_t kElidedConjunctWords = 2;
  const bool elided_conjunct = clause.begin > 0 && clause.begin < token_count &&
                               word_is(sentence, clause.begin, kWordAnd) && span.begin == clause.begin + 1 &&
                               clause.end <= span.end + kElidedConjunctWords;
  // "about 1,200 people died in Israel and 251 were dragged into Gaza": a figure that
  // opens a conjunct with a verb of its own is said by that verb, not the conjunct's before.
  const bool conjunct_has_own_verb = [&] {
    if (is_date || span.begin == 0 || !word_is(sentence, span.begin - 1, kWordAnd)) return false;
    const std::size_t after = head.empty() ? span.end : std::max(span.end, head.end);
    return after < token_count &&
           word_is(sentence, after, kWordWere, kWordWas, kWordAre, kWordIs, kWordHave, kWordHas, kWordHad, kWordWill);
  }();
  // Read only when a running total is a candidate.
  std::optional<RunningTotalReading> total_reading;
  const bool date_leads_clause = is_date && leads_its_clause(sentence, span, clause);
  // "The IPC on Friday confirmed": a date between a subject and its verb. Not after
  // a verb of its own ("the truce that began on January 19 collapsed").
  const bool date_before_verb =
      is_date && span.begin > clause.begin + 1 && word_is(sentence, span.begin - 1, kWordOn) &&
      [&] {
        const auto [begin, end] = hits_in_window(sentence.metric_hits.begin(), sentence.metric_hits.end());
        return std::none_of(begin, end, [&](const PhraseHit* hit) { return hit->end == span.begin - 1; });
      }();

  // "kept the crossing shut until 2 February 2026": a date after "until" is the day a
  // state ended, not the day the event that began it happened.
  const bool date_ends_a_state = is_date && span.begin > 0 && word_is(sentence, span.begin - 1, kWordUntil);
  const bool the_before_figure = span.begin > 0 && word_is(sentence, span.begin - 1, kWordThe);
  const bool possessive_date = is_date && date_possesses(text, sentence, span);
  // "The city had about 300,000 residents before the war": a clause whose subject is
  // "the city" (town, camp, village) counts that place, which the words do not name, not
  // what the whole article is about; its topic then supplies no subject. (Only the
  // clause's first words are read.)
  const bool clause_subject_is_a_place = [&] {
    constexpr std::size_t kSubjectWords = 3;
    const std::size_t end = std::min(clause.begin + kSubjectWords, span.begin);
    for (std::size_t i = clause.begin + 1; i < end; ++i) {
      if (word_is(sentence, i, kWordCity, kWordTown, kWordCamp, kWordVillage) && word_is(sentence, i - 1, kWordThe)) {
        return true;
      }
    }
    // "a plan to take the city, which is home to about a million people": a relative
    // clause set off after "the city" is the city's too.
    const std::size_t c = clause.begin;
    return c >= 3 && c < span.begin && word_is(sentence, c, kWordWhich) && sentence.tokens[c - 1].form == "," &&
           word_is(sentence, c - 2, kWordCity, kWordTown, kWordCamp, kWordVillage) && word_is(sentence, c - 3, kWordThe);
  }();
  // "killed since October 2023 in a territory of about 2.1 million people", "a city of
  // 300,000": a figure that measures a place or a population named right before it ("a
  // territory of") is that noun's measure; a verb before the noun is not its metric.
  const std::size_t measured_noun_begin = [&]() -> std::size_t {
    if (is_date || span.begin < 3 || !word_is(sentence, span.begin - 1, kWordOf)) return 0;
    if (!spelled(text, tokens, span.begin - 2,
                 {"territory", "strip", "enclave", "city", "town", "country", "population", "region", "area", "camp",
                  "nation", "land"}) ||
        !spelled(text, tokens, span.begin - 3, {"a", "an"})) {
      return 0;
    }
    return span.begin - 3;
  }();
  // (read when a fact is still in play)
  const auto there_in_sentence = [&] {
    if (!sentence.locative_there_at) sentence.locative_there_at = locative_there(sentence);
    return *sentence.locative_there_at < sentence.clause_end[span.begin];
  };
  constexpr double kNone = std::numeric_limits<double>::infinity();
  std::vector<FactCandidate>& candidates = scratch.candidates;
  candidates.clear();
  std::vector<StatedStart>& stated_starts = scratch.stated_starts;
  const int published_day = sentence.published_day;
  // The last day of the timeline month the sentence stands in, when the sentence gives
  // no date of its own (days_since_epoch), or kNoSection, a day after every other.
  constexpr int kNoSection = std::numeric_limits<int>::max() / 2;
  const int section_last_day = sentence.section_month && !sentence.last_day_dated
                                   ? days_since_epoch(last_day(*sentence.section_month))
                                   : kNoSection;
  // "492 killed since the truce took effect, bringing the toll since the war began
  // to 71,662": a clause that states its own scope leaves the scopes of other
  // clauses to their own figures.
  const bool clause_states_scope =
      (sentence.classes_present & kScopeOpener) != 0 &&
      std::any_of(sentence.word_classes.begin() + static_cast<std::ptrdiff_t>(clause.begin),
                  sentence.word_classes.begin() + static_cast<std::ptrdiff_t>(clause.end),
                  [](std::uint16_t c) { return (c & kScopeOpener) != 0; });
  // "420 killed since the truce began, and its overall toll stands at nearly 72,000": a
  // clause that calls its count the whole says its scope too, and a stated scope in
  // another clause is not its figure's; unless that scope opens its clause ("Since the
  // truce began, the total has reached 420"), as a start that opens a sentence reaches on.
  const auto clause_counts_the_whole = [&] {
    for (std::size_t i = clause.begin; i < span.begin; ++i) {
      if (word_is(sentence, i, kWordOverall, kWordTotal, kWordCumulative)) return true;
    }
    return false;
  };
  const auto scope_kept_off = [&](const PhraseHit& hit) {
    return clause_states_scope || (sentence.clause_start[hit.begin] != hit.begin && clause_counts_the_whole());
  };
  // "289 have died of malnutrition, and that more than 62,000 have been killed in all": a
  // clause that calls its count the whole after it ("in all", "in total", "altogether")
  // leaves another clause's scope, whatever its words, to that clause's figure
  const auto clause_ends_on_the_whole = [&] {
    for (std::size_t i = span.end; i < clause.end && i < token_count; ++i) {
      if (word_is(sentence, i, kWordAltogether, kWordOverall)) return true;
      if (word_is(sentence, i, kWordIn) && i + 1 < token_count && word_is(sentence, i + 1, kWordAll, kWordTotal)) {
        return true;
      }
    }
    return false;
  };
  // "Since the ceasefire, Israel says it has killed dozens of militants": a stated
  // start of a running total the dataset knows. A fact counted before that start
  // is not what the figure counts, unless its own words name the start too.
  stated_starts.clear();
  const auto [starts_begin, starts_end] = hits_in_window(sentence.start_hits.begin(), sentence.start_hits.end());
  for (auto start = starts_begin; start != starts_end; ++start) {
    const PhraseHit* hit = *start;
    const std::optional<Date>& since = dataset.facts[hit->fact].since;
    const bool in_clause = hit->begin >= clause.begin && hit->end <= clause.end;
    // A start given as a date ("since May 2024") is read from the date itself.
    const bool holds_a_figure = sentence.mention_starts_before[hit->end] != sentence.mention_starts_before[hit->begin] ||
                                sentence.mention_at[hit->begin] >= 0;
    if (!since || hit->end - hit->begin < 2 || (!in_clause && scope_kept_off(*hit)) || holds_a_figure) continue;
    stated_starts.push_back({hit, *since});
  }
  std::optional<int> own_last_day;  // of a date figure, as days_since_epoch: reckoned when first needed
  for (std::size_t fact_index : near_facts) {
    const Fact& fact = dataset.facts[fact_index];
    const bool scope_needed = needs_scope(fact_index);
    const FactHits group = sentence.fact_hits[fact_index];  // a named fact, as it has a metric hit
    const auto by_fact_begin = sentence.hits_by_fact.begin() + group.begin;
    const auto by_fact_end = sentence.hits_by_fact.begin() + group.end;
    // (Not a structured binding: lambdas below capture these, which Emscripten's clang does not allow of one.)
    const auto fact_hits = hits_in_window(by_fact_begin, by_fact_end);
    const auto fact_hits_begin = fact_hits.first;
    const auto fact_hits_end = fact_hits.second;
    // Only counts are counted from a start; a rate or a share near "since the truce
    // began" is not ("remain below the 600 trucks a day agreed").
    bool counted_before_stated_start = false;
    if (fact.kind == FactKind::kCount && !fact.points.empty()) {
      const Date& first_counted = fact.points.front().as_of;
      for (const StatedStart& start : stated_starts) {
        if (!(first_counted < start.since)) continue;
        // One of the fact's own phrases is the start's, or holds it: "since the ceasefire
        // collapsed" is no "since the ceasefire".
        bool names_the_start = false;
        for (auto hit_it = fact_hits_begin; hit_it != fact_hits_end && !names_the_start; ++hit_it) {
          names_the_start = (*hit_it)->begin <= start.hit->begin && (*hit_it)->end >= start.hit->end;
        }
        if (!names_the_start) {
          counted_before_stated_start = true;
          break;
        }
      }
    }
    if (counted_before_stated_start) continue;
    // An event the dataset dates well after the article is not the one it reports
    // ("the truce, which began on 24 November", written in 2023, is not the
    // ceasefire of October 2025); a figure first known after it is not either.
    // A fact whose points all give one day ("prisoners released on 13 October 2025")
    // is an event too.
    constexpr int kAnnouncedAheadDays = 30;
    if (!fact.points.empty()) {
      const int ahead = index.first_point_day[fact_index] - published_day;
      // So is a term that only a stated scope names ("600 trucks a day agreed under the
      // deal" of January 2025): "the deal allows 200 trucks a day", in 2023, is another deal's.
      const bool event = is_date || index.one_day_facts[fact_index] || (fact.stable && fact.match.scope_required);
      if (event ? ahead > kAnnouncedAheadDays : (!fact.stable && ahead > 0)) continue;
      constexpr int kEventSlackDays = 30;  // "in late 2025" for an event of early January
      // An event after the last day the sentence's dates reach is not what it counts;
      // nor is a date of its own more than a year before it, when the sentence's other
      // dates are before it too ("A pause that began on 24 November 2023 ran for seven
      // days; fighting resumed on 1 December 2023" is no resumption of 2025; a slip of a
      // month or a season is still that event's).
      const int event_day = index.first_point_day[fact_index];
      // "The crossing, closed since May 2024, remained shut on Wednesday": a weekday alone
      // names a day of the article's own week, never an event the dataset dates months
      // before it (a wrong weekday for a recent event is still checked)
      constexpr int kWeekdayReachDays = 30;
      if (weekday_alone && index.one_day_facts[fact_index] && event_day + kWeekdayReachDays < published_day) {
        continue;
      }
      if (!is_date && index.one_day_facts[fact_index] && sentence.last_day_dated &&
          *sentence.last_day_dated + kEventSlackDays < event_day) {
        continue;
      }
      // Nor, in a timeline's month section, one of a later month when the sentence
      // gives no date ("February ... in exchange for hundreds of prisoners" is not the
      // release of October).
      if (!is_date && index.one_day_facts[fact_index] && section_last_day + kEventSlackDays < event_day) {
        continue;
      }
      if (is_date && index.one_day_facts[fact_index] && mention.date) {
        const std::optional<int> others =
            sentence.last_day_dated_by == which ? sentence.last_day_dated_by_others : sentence.last_day_dated;
        if (!own_last_day) {
          own_last_day = days_since_epoch(last_day(mention.date_end ? *mention.date_end : *mention.date));
        }
        const int own = *own_last_day;
        constexpr int kOtherYearDays = 365;
        if (others && *others + kEventSlackDays < event_day && own + kOtherYearDays < event_day) continue;
        // "27 November 2023 - ...", then "1 December 2023 - Fighting resumes after a week",
        // then "19 December 2023 - ...": a timeline entry's date that stands in order
        // between its neighbours is the writer's, so an event more than a year from it is
        // another event, not a slip of its date (a date moved out of order is still checked).
        constexpr int kOrderedEntryReachDays = 365;
        if (sentence.ordered_entry_at && *sentence.ordered_entry_at == mention.byte_start &&
            std::abs(own - event_day) > kOrderedEntryReachDays) {
          continue;
        }
        // "Nov. 24-30, 2023: A seven-day truce ... Fighting resumes Dec. 1.": a day whose
        // year was not written, in a timeline entry dated before the event, is of the
        // entry's time, whatever year the extractor gave it.
        if (mention.year_inferred && sentence.section_month &&
            days_since_epoch(last_day(*sentence.section_month)) + kEventSlackDays < event_day) {
          continue;
        }
      }
    }
    FactCandidate candidate{fact_index};
    std::size_t metric_bound_end = 0;  // the metric's end, or its stated scope's right after it
    double metric_distance = kNone, scope_distance = kNone;
    bool subject_in_head = false, subject_near = false, excluded = false, subject_is_another_place = false;
    bool metric_in_head = false;
    // The fact's own subject words between the figure and its metric are the
    // figure's noun phrase, not distance: "197 journalists and media workers have
    // been killed", "seized the Rafah crossing on 7 May".
    // (Each hit is written to the room, and counted in when a subject: which hits are,
    // the text decides, and a branch on it mispredicted.)
    std::vector<const PhraseHit*>& subject_room = scratch.subject_hits;
    const auto fact_hit_count = static_cast<std::size_t>(fact_hits_end - fact_hits_begin);
    if (subject_room.size() < fact_hit_count) subject_room.resize(std::bit_ceil(fact_hit_count));
    std::size_t subject_count = 0;
    bool any_scope_hit = false;
    // (None to look for when the sentence names none of the fact's subjects and scopes.)
    if ((sentence.fact_roles[fact_index] & (role_bit(PhraseRole::kSubject) | role_bit(PhraseRole::kScope))) != 0) {
      for (auto hit_it = fact_hits_begin; hit_it != fact_hits_end; ++hit_it) {
        subject_room[subject_count] = *hit_it;
        subject_count += (*hit_it)->role == PhraseRole::kSubject ? 1 : 0;
        any_scope_hit |= (*hit_it)->role == PhraseRole::kScope;
      }
    }
    const std::span<const PhraseHit* const> subject_hits(subject_room.data(), subject_count);
    // (The window's hits, as the sentence's were for the near facts.)
    if ((subject_hits.empty() && needs_subject(fact_index)) || (!any_scope_hit && scope_needed)) continue;
    // The tokens of [from, to) that a subject hit covers, in one sweep: the hits are
    // ordered by begin, so each adds what it covers past those before it.
    const auto subject_words_between = [&](std::size_t from, std::size_t to) {
      std::size_t words = 0;
      std::size_t covered = from;
      for (const PhraseHit* hit : subject_hits) {
        if (hit->begin >= to) break;
        const std::size_t first = std::max(hit->begin, covered);
        const std::size_t last = std::min(hit->end, to);
        if (last > first) {
          words += last - first;
          covered = last;
        }
      }
      return static_cast<double>(words);
    };
    // (An exclusion that holds a subject is looked for only when the sentence has one.)
    const bool names_an_exclusion = (sentence.fact_roles[fact_index] & role_bit(PhraseRole::kExclude)) != 0;
    for (auto hit_it = fact_hits_begin; hit_it != fact_hits_end; ++hit_it) {
      const PhraseHit& hit = **hit_it;
      if (hit.role == PhraseRole::kMetric && hit.end <= opening_whole_end) continue;
      // "home to roughly 2.2 million people, about 1.7 million of them registered
      // refugees.": an aside that closes the sentence has its verbs and exclusions to its
      // own figure (its noun may still name the whole's: "463 deaths, 157 of them children").
      if (closing_aside_begin <= hit.begin && hit.role != PhraseRole::kSubject) continue;
      if (hit.role == PhraseRole::kMetric && in_apposition_without(sentence, hit.begin, span)) continue;
      if (conjunct_has_own_verb && hit.role == PhraseRole::kMetric && hit.end < span.begin) continue;
      // The whole's own modifiers ("the 28 bodies due under the deal") scope the whole.
      if (reach_end && hit.role == PhraseRole::kScope && hit.begin >= span.end && hit.begin < *reach_end) {
        continue;
      }
      if (hit.role == PhraseRole::kMetric && hit.begin >= whole_relative_clause && hit.begin < clause.end) continue;
      // "24,800 have been killed in the offensive that followed, at least 6,000 of them
      // children": a part is counted as its whole is, by the verb that binds the whole.
      const bool counted_as_whole = !whole_of_part.empty() && hit.role == PhraseRole::kMetric && hit.end <= span.begin;
      const TokenSpan reach = counted_as_whole                       ? whole_of_part
                              : reach_end && hit.begin >= *reach_end ? TokenSpan{span.begin, *reach_end}
                                                                     : span;
      // "the number killed since the ceasefire stands at 354", "put the toll since the
      // truce at 420": the fact's stated scope right after its metric is the metric's
      // own, no distance to a figure that only verbs of being or reaching ("stands at",
      // "at") set after both.
      std::size_t bound_end = hit.end;
      if (any_scope_hit && hit.role == PhraseRole::kMetric && hit.end <= reach.begin) {
        for (auto scope_it = fact_hits_begin; scope_it != fact_hits_end; ++scope_it) {
          const PhraseHit& scope = **scope_it;
          if (scope.role == PhraseRole::kScope && scope.begin == hit.end && scope.end > bound_end &&
              scope.end <= reach.begin && states_scope(sentence, scope) &&
              only_verbs_between(sentence, reach, scope.begin, scope.end)) {
            bound_end = scope.end;
          }
        }
      }
      // "the death toll from two years of war stood at 60,249": the length of the whole war
      // after the metric is the metric's own ("the toll of the war"), no distance either.
      if (hit.role == PhraseRole::kMetric && hit.end <= reach.begin) {
        bound_end = std::max(bound_end, war_length_after(sentence, bound_end, reach.begin));
      }
      double distance = distance_between(sentence, reach, hit.begin, bound_end);
      if (hit.role == PhraseRole::kMetric && !subject_hits.empty()) {
        distance -= hit.begin >= reach.end ? subject_words_between(reach.end, hit.begin)
                                           : subject_words_between(bound_end, reach.begin);
      }
      // "Gaza's 2.1 million people": a possessor right before the figure is its noun phrase.
      const bool in_head = (hit.begin < head.end && hit.end > head.begin) ||
                           (hit.end == span.begin && word_is(sentence, span.begin - 1, kWordS));
      // Words inside the figure are its value, not evidence of what it is about:
      // "7 October 2023" must not vouch for the fact about 7 October.
      const bool inside_figure = hit.begin >= span.begin && hit.end <= span.end;
      // A whole ("a third of the 600 trucks a day promised") is told by its own noun
      // phrase, its unit included: what it counts and its scope, not who it is about.
      if (is_whole && !in_head && !inside_figure &&
          (hit.role == PhraseRole::kMetric || hit.role == PhraseRole::kScope)) {
        continue;
      }
      // (A rate's own noun is what it counts: "600 aid trucks a day".)
      if (inside_figure && (hit.role == PhraseRole::kScope ||
                            (hit.role == PhraseRole::kSubject && is_date))) {
        continue;
      }
      // "72,027 killed since 7 October 2023, 576 of them since the ceasefire, and 171,651
      // wounded": a scope inside an aside that holds a figure of its own is that figure's.
      if (hit.role == PhraseRole::kScope && scope_of_an_asides_figure(sentence, hit, span)) continue;
      // "more than 70,000 killed, a toll that has kept rising since the ceasefire": since
      // when a total has risen, not where it counts from
      if (hit.role == PhraseRole::kScope && dates_a_rise(sentence, hit, span)) continue;
      // (What a date's metric must pass, read for a date's alone.)
      if (is_date && hit.role == PhraseRole::kMetric) {
        // The event a date belongs to is named before it ("took effect on October 10"),
        // unless the date opens its clause ("On 10 October, the ceasefire took effect")
        // or stands between a subject and its verb ("The IPC on Friday confirmed").
        // A date right before its event's noun names it: "the October 7 attack".
        // "Monday's reopening of the crossing": a date that possesses its event's noun names it.
        // ("the Oct. 7, 2023, attack": past the comma that closes the year, no clause mark)
        const bool closing_comma = span.end < token_count && tokens[span.end].type != Token::Type::kWord &&
                                   sentence.clause_marks_before[span.end + 1] == sentence.clause_marks_before[span.end];
        const bool names_the_event = (hit.begin == span.end + (closing_comma ? 1 : 0) && the_before_figure) ||
                                     (possessive_date && hit.begin == span.end + 1);
        // "..., and this week's theme is aid": a date that possesses a noun dates that noun,
        // not a verb before it.
        if (possessive_date && hit.end <= span.begin) continue;
        if (hit.begin >= span.end && !date_leads_clause && !(date_before_verb && hit.begin == span.end) &&
            !names_the_event) {
          continue;
        }
        if (metric_takes_milestone(sentence, hit)) continue;
        // "in November 2023 and in the truce that began in January": a verb after the figure
        // that is followed by a date of its own is that date's.
        if (hit.begin >= span.end && verb_has_own_date(sentence, hit, which)) continue;
        if (date_ends_a_state) continue;
        // "Israel broke the January ceasefire": a date between "the" and a noun names that
        // event by its time; a verb before the article acts on the event, not on the date
        if (the_before_figure && span.end < token_count && tokens[span.end].type == Token::Type::kWord &&
            sentence.mention_at[span.end] < 0 && hit.end < span.begin) {
          continue;
        }
      }
      if (measured_noun_begin > 0 && hit.role == PhraseRole::kMetric && hit.end <= measured_noun_begin) continue;
      const bool in_clause = hit.begin >= clause.begin && hit.end <= clause.end;
      // ("killed since it began, bringing the toll since Oct. 7, 2023, to": a scope right
      // after another clause's "since" is that clause's stated start, kept off as it is)
      if (!in_clause &&
          (states_scope(sentence, hit) || (hit.begin > 0 && (sentence.word_classes[hit.begin - 1] & kSinceWord) != 0)) &&
          scope_kept_off(hit)) {
        continue;
      }
      if (!in_clause && hit.role == PhraseRole::kScope && sentence.clause_start[hit.begin] != hit.begin &&
          clause_ends_on_the_whole()) {
        continue;
      }
      // "280 killed since the truce, and the overall toll since October 2023 stood at more
      // than 69,000, with about 170,000 wounded": a start stated nearer the figure, between
      // it and a scope from another clause, is the one it counts from
      if (!in_clause && hit.role == PhraseRole::kScope && hit.end <= span.begin &&
          (sentence.word_classes[hit.begin] & kSinceWord) != 0 &&
          std::any_of(sentence.word_classes.begin() + static_cast<std::ptrdiff_t>(hit.end),
                      sentence.word_classes.begin() + static_cast<std::ptrdiff_t>(span.begin),
                      [](std::uint16_t c) { return (c & kSinceWord) != 0; })) {
        continue;
      }
      // "the remains of four deceased hostages on Monday night; Israel says 28 bodies
      // were due": a scope past a semicolon, in a clause with its own figure, is that figure's
      if (!in_clause && hit.role == PhraseRole::kScope && (is_date || semicolon_between(text, sentence, span.end, hit.begin)) &&
          scope_of_another_figure(sentence, hit)) {
        continue;
      }
      if (!in_clause && (hit.role == PhraseRole::kScope || hit.role == PhraseRole::kExclude) &&
          in_a_parts_clause(sentence, hit)) {
        continue;
      }
      switch (hit.role) {
        case PhraseRole::kMetric:
          // A possessor ("Gaza's") names only the figure right after it ("Gaza's 2.1 million
          // people"), not one further on ("Gaza's health ministry put the toll at 35,091").
          if (word_is(sentence, hit.end - 1, kWordS) && !in_head) break;
          // A metric in the figure's own noun phrase ("1,200 injured") binds tightest.
          if (in_head && distance < metric_distance) {
            metric_distance = distance - 0.5;
            metric_in_head = true;
            candidate.metric_begin = hit.begin;
            candidate.metric_end = hit.end;
            metric_bound_end = bound_end;
          } else if (distance < metric_distance) {
            metric_distance = distance;
            // "and that more than 26,000 had been wounded": a metric the figure is the
            // subject of, with only verbs of being between, binds as its own noun does.
            if (hit.begin > span.end && only_verbs_between(sentence, span, hit.begin, hit.end)) metric_distance -= 0.5;
            candidate.metric_begin = hit.begin;
            candidate.metric_end = hit.end;
            metric_bound_end = bound_end;
          }
          break;
        case PhraseRole::kSubject:
          // "Gaza City" is not Gaza when the fact excludes it.
          if (names_an_exclusion && within_longer_phrase(hit, fact_hits_begin, fact_hits_end, true)) {
            subject_is_another_place = true;
            break;
          }
          if (whole_of_another_figure(sentence, hit, which)) break;
          // "Ceasefire talks in Doha broke off last week": a subject that modifies a noun of
          // negotiation names the talks, and what the verb says is of them, not of the truce
          if (modifies_talks(sentence, hit)) break;
          // "ended on Saturday, March 1 without agreement on the second, which was to
          // end the war": what a date's event is about comes before it or in its clause
          if (is_date && hit.begin >= span.end && !in_clause) break;
          // "16,000 of those killed were children": a part's noun may be its predicate.
          subject_in_head = subject_in_head || in_head || distance <= 1 ||
                            (is_part && in_clause && hit.begin >= span.end && hit.begin <= span.end + 6);
          subject_near = true;
          break;
        case PhraseRole::kScope:
          if (last_of_a_list(sentence, hit)) break;
          if (hit.begin >= span.end && !reach_end && !states_scope(sentence, hit) &&
              figure_of_its_kind_between(sentence, which, hit)) {
            break;
          }
          if (distance < scope_distance) {
            scope_distance = distance;
            candidate.scope_begin = hit.begin;
            candidate.scope_end = hit.end;
          }
          break;
        case PhraseRole::kExclude:
          if (names_living_and_dead(sentence, hit)) break;
          // "90% of Gaza's 2.1 million people have been displaced": the verb is the
          // part's; the whole is told by its own noun phrase.
          if (is_whole && !in_head) break;
          // A stated scope ("since the ceasefire", "during the truce") rules a fact out
          // from anywhere in the sentence; other words only from the figure's own clause.
          // Not when a longer phrase of the fact holds it ("lost one or both parents"
          // for orphans, whose "both parents" rules out a count of double orphans).
          // A place that opens the sentence ("In the occupied West Bank, ...") sets
          // where all of it happened.
          // So does a time before the fact's that opens it ("Before the war, some 500 trucks
          // a day entered").
          if (!within_longer_phrase(hit, fact_hits_begin, fact_hits_end)) {
            excluded = excluded || in_head || in_clause || states_scope(sentence, hit) ||
                       (hit.end <= clause.begin && in_opening_place(sentence, hit)) ||
                       (hit.begin == 0 && hit.end <= clause.begin && sentence.tokens[0].form == "before") ||
                       ((clause_subject_before || elided_conjunct) && hit.end <= clause.begin);
          }
          break;
      }
    }
    // The metric must be bound to the figure: next to it, its own noun, or the verb
    // that governs it ("killing 422", "422 killed", "the death toll rose to 422").
    // A looser reach matches figures to facts they are not about, and a wrong match
    // is a false alarm; an unmatched figure is only unverified.
    // A date reaches further back to the verb of its own clause when no other date
    // stands between ("signed the first phase of the deal in Egypt on October 9").
    const bool date_in_verbs_clause = is_date && metric_distance != kNone && candidate.metric_begin >= clause.begin &&
                                      candidate.metric_end <= span.begin &&
                                      !date_between(sentence, candidate.metric_end, span.begin);
    const double reach = is_date ? (date_in_verbs_clause ? 10.0 : 5.0) : 6.0;
    // "In the occupied West Bank the violence has grown. OCHA says more than 790
    // Palestinians have been killed there": "there" takes the opening place of the
    // sentence before, and a place the fact excludes rules it out as if named here.
    // (A fact that excludes nothing is never ruled out so: no "there" is looked for.)
    if (!excluded && metric_distance <= reach && !fact.match.exclude.empty() && there_in_sentence() &&
        previous_opens_with_excluded_place(text, sentence, index, fact_index, scratch)) {
      excluded = true;
    }
    if (metric_distance > reach || excluded) continue;
    // "the number of children killed in Gaza was 20,000": the fact's subject right before
    // the metric bound to the figure, in its clause, is the figure's own noun, and says
    // what it counts more than a place near the figure does ("in Gaza at 20,000").
    bool subject_before_metric = false;
    if (!is_date && !is_part && candidate.metric_end <= span.begin) {
      for (const PhraseHit* hit : subject_hits) {
        if (hit->end == candidate.metric_begin && hit->begin >= clause.begin) {
          subject_in_head = subject_near = subject_before_metric = true;
          break;
        }
      }
    }
    // "including 481 killed since the ceasefire": a part that names its own count
    const bool part_names_itself = is_part && metric_in_head && scope_distance <= 3;
    if ((fact.match.subject_required || (is_part && !part_names_itself)) && !subject_in_head) continue;
    if (is_part && !fact.match.subject_required && !part_names_itself) continue;
    // Who or what the fact is about must be named in the sentence, or be what the
    // whole article is about ("Reconstruction could cost $70bn" in an article on Gaza:
    // only articles that name the dataset's topic are matched).
    // The metric must then be bound tight.
    constexpr double kTopicSubjectReach = 1.5;
    // "Injured since the ceasefire ........ 1,313 (MoH, 7 Feb)": a key-figures line whose
    // label opens with the metric and runs straight to the figure, a few words and no
    // other figure between, binds them as tightly as "1,313 injured"
    constexpr std::size_t kLabelWords = 4;
    const bool metric_labels_line =
        !is_date && metric_distance != kNone && candidate.metric_begin == 0 && candidate.metric_end <= span.begin &&
        span.begin - candidate.metric_end <= kLabelWords &&
        sentence.mention_starts_before[span.begin] == sentence.mention_starts_before[candidate.metric_end];
    const bool subject_by_topic = index.topic_subject[fact_index] &&
                                  (metric_distance <= kTopicSubjectReach || metric_labels_line ||
                                   (!is_date && metric_distance != kNone &&
                                    only_verbs_between(sentence, span, candidate.metric_begin, metric_bound_end))) &&
                                  !subject_is_another_place && !clause_subject_is_a_place;
    // "It reopened on 2 February", "It has been shut since May 2024": the verb of the
    // "It" that opens the sentence is about what the sentence before named.
    const bool subject_by_previous = opens_with_it && !fact.match.subject_required && metric_distance != kNone &&
                                     candidate.metric_begin >= 1 &&
                                     only_verbs_between(sentence, TokenSpan{0, 1}, candidate.metric_begin,
                                                        candidate.metric_end) &&
                                     subject_in_previous(fact_index);
    if (!fact.match.subject.empty() && !subject_near && !subject_in_head && !subject_by_topic && !subject_by_previous) {
      continue;
    }
    // "189 journalists", "36 hospitals": a figure that names what it counts is not
    // about a fact whose words do not include that noun.
    // (A date has no noun of its own: "on Monday backing the deal".)
    if (!is_date && head_conflicts(sentence, head, fact_hits_begin, fact_hits_end)) continue;
    // "more than 20,000 children have been killed and at least 44,000 injured": a figure
    // straight after "and" whose own words open with its verb shares the noun of the
    // figure before it, which must fit the fact too ("71,400 killed and 171,300 wounded"
    // shares none).
    if (!is_date && metric_in_head && candidate.metric_begin == head.begin && which > 0 && span.begin > 0 &&
        word_is(sentence, span.begin - 1, kWordAnd) && !is_date_mention(*sentence.mentions[which - 1])) {
      const TokenSpan shared = head_of(sentence, sentence.mention_spans[which - 1]);
      const std::span<const PhraseHit> hits = sentence.found_hits();
      auto at = std::partition_point(hits.begin(), hits.end(),
                                     [&](const PhraseHit& hit) { return hit.begin < shared.begin; });
      bool opens_with_verb = false;
      for (; at != hits.end() && at->begin == shared.begin; ++at) {
        opens_with_verb = opens_with_verb || at->role == PhraseRole::kMetric;
      }
      if (!shared.empty() && !opens_with_verb && head_conflicts(sentence, shared, fact_hits_begin, fact_hits_end)) {
        continue;
      }
    }
    // A date's scope must stand near it: a sentence often names several events.
    constexpr double kDateScopeReach = 10.0;
    if (is_date && scope_distance > kDateScopeReach) scope_distance = kNone;
    if (scope_needed && scope_distance == kNone) continue;
    // "An Israeli strike has killed 25 people", "five people waiting for aid near
    // Rafah": a figure under a hundredth of what the fact stood at counts something
    // else (a slip drops a digit, not two), unless the clause states the fact's scope.
    const bool scope_is_stated =
        scope_distance != kNone && (sentence.word_classes[candidate.scope_begin] & kScopeOpener) != 0;
    if (!scope_is_stated && far_below_fact(mention, fact, published)) continue;
    if (fact.cumulative) {
      // A running total that had not begun by the article's date cannot be its subject.
      if (fact.since && published < *fact.since) continue;
      // Nor one that began after the month of the timeline section that holds it.
      if (fact.since && section_last_day < index.since_day[fact_index].value_or(0)) continue;
      // "404 killed on 18 March", "25 a day", "85 in 2024 alone" count an event or a rate,
      // not the running total; a total is told by "has killed", "toll", "so far", "since".
      if (!total_reading) total_reading = read_running_total(sentence, span, clause, which);
      if (total_reading->is_rate || total_reading->is_dated_event || total_reading->is_projection) continue;
      // ("A further 717 bodies have been recovered since the truce": an increment with its
      // start stated is the running total from then)
      if (total_reading->is_increment && !scope_is_stated && !total_reading->since && !total_reading->since_other) {
        continue;
      }
      // "more than 16,000 of those killed were children": a share of the total.
      const bool share_of_total = (is_part && metric_in_head) ||
                                  (candidate.metric_begin >= span.end && metric_after_among(sentence, candidate.metric_begin));
      if (!total_reading->has_cue && scope_distance == kNone && !share_of_total &&
          !near_running_total(mention, fact, published)) {
        continue;
      }
      // "killed since then", "since the scheduled start": counted from a start the
      // fact's words do not name, so not this running total.
      if (total_reading->since_other && scope_distance == kNone && !total_reading->since) continue;
      // "1,965 killed near aid points since 27 May": a running total from another day
      // is another count, unless no other fact fits and the figure turns out to be
      // this total (then the stated start is the slip; the caller decides by value).
      candidate.start_differs = fact.since && total_reading->since &&
                                !(first_day(*total_reading->since) <= *fact.since &&
                                  *fact.since <= last_day(*total_reading->since));
    }
    candidate.has_scope = scope_distance != kNone;
    // Closeness of the metric decides first; a stated scope or subject then
    // separates facts that share a metric (killed in all vs killed since the ceasefire).
    candidate.score = -metric_distance;
    if (candidate.has_scope) candidate.score += 3.5 - std::min(scope_distance, 20.0) * 0.1;
    if (subject_before_metric) candidate.score += 2.0;
    if (subject_in_head) {
      candidate.score += 2.0;
    } else if (subject_near) {
      candidate.score += 1.0;
    }
    candidates.push_back(candidate);
  }

  // Those whose start differs are dropped when another's agrees.
  const auto starts_differ = static_cast<std::size_t>(std::count_if(
      candidates.begin(), candidates.end(), [](const FactCandidate& candidate) { return candidate.start_differs; }));
  if (starts_differ > 0 && starts_differ < candidates.size()) {
    std::erase_if(candidates, [](const FactCandidate& candidate) { return candidate.start_differs; });
  }
  // "two years into a war that began on 7 October 2023": a date's metric that another
  // candidate's longer metric holds ("began" in "war that began") is that phrase's word.
  if (is_date && candidates.size() > 1) {
    const auto longer_holds = [](const FactCandidate& longer, const FactCandidate& held) {
      return longer.metric_begin <= held.metric_begin && held.metric_end <= longer.metric_end &&
             longer.metric_end - longer.metric_begin > held.metric_end - held.metric_begin;
    };
    // (Holding is transitive and the longest candidates are never dropped: one held by a
    // candidate dropped before it is held by a kept one too, so only those kept before it
    // and all after it are looked at.)
    std::size_t kept = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const auto holds_it = [&](const FactCandidate& other) { return longer_holds(other, candidates[i]); };
      const auto later = candidates.begin() + static_cast<std::ptrdiff_t>(i) + 1;
      if (std::any_of(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept), holds_it) ||
          std::any_of(later, candidates.end(), holds_it)) {
        continue;
      }
      candidates[kept++] = candidates[i];
    }
    candidates.resize(kept);
  }
  if (candidates.empty()) {
    outcome.why_unmatched = why_unmatched;
    return outcome;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const FactCandidate& a, const FactCandidate& b) { return a.score > b.score; });
  const FactCandidate& best = candidates.front();
  // A lead of less than one word's distance is no lead: the words do not decide.
  constexpr double kDecisiveLead = 1.0;
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    if (best.score - candidates[i].score >= kDecisiveLead) break;
    if (outcome.candidates.empty()) outcome.candidates.push_back(dataset.facts[best.fact].id);
    outcome.candidates.push_back(dataset.facts[candidates[i].fact].id);
  }
  // "442 people were killed after the ceasefire took effect": a metric of another fact
  // between the figure and a subordinate clause that holds the winner's says what the
  // figure counts; the clause's verb is of its own subject ("took" of the hostages taken
  // must not stand in for the deaths facts ruled out).
  if (!is_date && best.metric_begin > span.end) {
    std::size_t subordinate = token_count;
    for (std::size_t i = span.end; i < best.metric_begin; ++i) {
      // (A word spelled so has its word's id: the ids are compared first, the letters
      // only of a word that may be one of these or its plural.)
      if (word_is(sentence, i, kWordAfter, kWordBefore, kWordWhen, kWordWhile, kWordUntil, kWordOnce, kWordBecause) &&
          spelled(text, tokens, i, {"after", "before", "when", "while", "until", "once", "because"})) {
        subordinate = i;
        break;
      }
    }
    for (auto hit = hits_from(sentence.metric_hits, span.end);
         subordinate < token_count && hit != sentence.metric_hits.end() && (*hit)->end <= subordinate; ++hit) {
      if ((index.mention_kinds[(*hit)->fact] & mention_kind) != 0) {
        outcome.claim.metric = text_of(text, tokens, (*hit)->begin, (*hit)->end);
        outcome.why_unmatched = why_unmatched;
        return outcome;
      }
    }
  }
  outcome.claim.metric = text_of(text, tokens, best.metric_begin, best.metric_end);
  if (best.has_scope) outcome.claim.scope = text_of(text, tokens, best.scope_begin, best.scope_end);
  if (!outcome.candidates.empty()) {
    outcome.why_unmatched = "The words around this figure fit more than one fact.";
    return outcome;
  }
  outcome.fact = &dataset.facts[best.fact];
  outcome.start_differs = best.start_differs;
  if (which > 0) {
    const std::optional<TokenSpan> whole_of_previous = whole_after_part(sentence, sentence.mention_spans[which - 1]);
    outcome.whole_of_previous = whole_of_previous && whole_of_previous->begin == span.begin;
  }
  outcome.passed_bound = !is_date && mention.qualifier == Qualifier::kNone && passed_before(sentence, span);
  if (!is_date) {
    outcome.day = day_of_figure(sentence, span, clause, which, published);
    // "January / ... the count had passed 46,700": a figure the sentence does not date,
    // in a timeline's month section, is given for that month.
    if (!outcome.day && section_last_day != kNoSection) {
      const Date section_end = last_day(*sentence.section_month);
      if (section_end < published) outcome.day = section_end;
    }
    outcome.history = sentence.section_month.has_value() && outcome.day.has_value();
    if (!outcome.day && !sentence.names_undated_past) sentence.names_undated_past = names_undated_past(sentence);
    outcome.undated_past = !outcome.day && *sentence.names_undated_past;
  }
  return outcome;
}

}  // namespace figcheck::detail
