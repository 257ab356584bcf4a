#include "figcheck/check.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>

#include "compare.h"
#include "consistency.h"
#include "explanations.h"
#include "format.h"
#include "match.h"
#include "text_scan.h"
#include "unwrap.h"

namespace figcheck {
namespace {

void count(Summary& summary, Verdict verdict) {
  ++summary.mentions;
  switch (verdict) {
    case Verdict::kSupported: ++summary.supported; break;
    case Verdict::kContradicted: ++summary.contradicted; break;
    case Verdict::kOutdated: ++summary.outdated; break;
    case Verdict::kUnverified: ++summary.unverified; break;
  }
  if (verdict != Verdict::kUnverified) ++summary.checked;
}

// (Inlined in its one caller, as match_figure_heading is: asked of every figure that
// matched no fact, most of a text's, and nearly always answered at once.)
[[gnu::always_inline]] inline std::string_view unmatched_explanation(const Mention& mention,
                                                                     const detail::MatchOutcome& outcome,
                                                                     detail::Explanations& kept) {
  if (mention.kind == MentionKind::kOrdinal) {
    return "An ordinal; no fact in the dataset is about an ordinal, so it is not checked.";
  }
  if (mention.ambiguous) {
    return detail::keep(kept,
                        detail::concat("This can be read more than one way (", mention.note, "), so it is not checked."));
  }
  // The usual case: the reason as it is, a fixed sentence with its full stop.
  if (outcome.candidates.empty()) return outcome.why_unmatched;
  std::string explanation = detail::concat(outcome.why_unmatched.substr(0, outcome.why_unmatched.size() - 1), " (");
  for (std::size_t i = 0; i < outcome.candidates.size(); ++i) {
    if (i > 0) explanation += ", ";
    explanation += outcome.candidates[i];
  }
  explanation += "), so it is not checked rather than guessed.";
  return detail::keep(kept, std::move(explanation));
}

// Copies the claim's words into a new finding's empty claim. (Most of them are empty:
// an unmatched figure has no metric, and few state a scope.) Each is appended to its
// empty string: assign() would go the general way of a replacement, for a string that
// has nothing to replace, and a new string moved in would be copied twice.
void copy_claim(const detail::ClaimWords& words, Claim& claim) {
  if (!words.metric.empty()) claim.metric.append(words.metric);
  if (!words.subject.empty()) claim.subject.append(words.subject);
  if (!words.scope.empty()) claim.scope.append(words.scope);
}

// A figure the count went past ("the toll passed 40,000"), as the bound it is.
Mention read_as_more_than(Mention bound) {
  bound.qualifier = Qualifier::kMoreThan;
  return bound;
}

// Whether a clause mark stands in text[from, to), as the matcher's tokens mark clauses.
bool clause_mark_between(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    if (detail::clause_mark_width(text, i, to) != 0) return true;
  }
  return false;
}

// "a 24-year-old", "24-year-olds", "she is 42 years old", "52 years of age": the ages the
// extractor reads (read_duration_suffix in extract_numbers.cpp), each spanned through
// "old", "olds" or "of age".
bool is_age(const Mention& mention) {
  const std::string_view text = mention.text;
  return mention.kind == MentionKind::kNumber && (text.ends_with("-old") || text.ends_with("-olds") ||
                                                  text.ends_with(" old") || text.ends_with(" of age"));
}

// "the remains of all but three of the 28 deceased hostages": a figure after "all but" is
// what is left out of the count its words name, not that count.
bool follows_all_but(std::string_view text, const Mention& mention) {
  std::string_view before = text.substr(0, mention.byte_start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  constexpr std::string_view kAllBut = "all but";
  if (before.size() < kAllBut.size()) return false;
  const std::string_view tail = before.substr(before.size() - kAllBut.size());
  const bool word_starts = before.size() == kAllBut.size() ||
                          !std::isalpha(static_cast<unsigned char>(before[before.size() - kAllBut.size() - 1]));
  return word_starts && std::equal(tail.begin(), tail.end(), kAllBut.begin(), kAllBut.end(),
                                   [](char a, char b) { return detail::ascii_lower(a) == b; });
}

bool is_figure(const Mention& mention) {
  return mention.kind == MentionKind::kNumber || mention.kind == MentionKind::kPercent ||
         mention.kind == MentionKind::kMoney || mention.kind == MentionKind::kQuantity;
}

// "wounded over 171,000 since October 2023": a scope start that no date fact
// claims is checked against the start of the running total it scopes, the nearest
// figure of its clause ("449 the number killed since 10 October, and to 71,400 the
// toll" scopes the 449); when that figure is no running total ("a post shared 12,000
// times since Saturday"), or the clause has none, there is nothing to check.
// `facts` holds the fact each finding of the sentence matched (or null), in text order,
// of which one at least is a running total with a start (scopes_a_total).
void check_scope_starts(std::string_view text, std::size_t sentence_start, std::vector<Finding>& findings,
                        std::size_t sentence_begin, const std::vector<const Fact*>& facts,
                        detail::Explanations& kept) {
  const auto figure_at = [&](std::size_t i) { return is_figure(findings[sentence_begin + i].mention); };
  for (std::size_t i = 0; i < facts.size(); ++i) {
    Finding& scope = findings[sentence_begin + i];
    if (facts[i] || scope.mention.qualifier != Qualifier::kSince || !scope.mention.date) continue;
    // The nearer of the figures before and after it.
    std::optional<std::size_t> nearest;
    std::pair<bool, std::size_t> best{true, std::numeric_limits<std::size_t>::max()};  // (another clause, bytes)
    auto consider = [&](std::size_t other_index) {
      const Mention& other = findings[sentence_begin + other_index].mention;
      const bool after = other.byte_start > scope.mention.byte_start;
      const std::size_t from = after ? scope.mention.byte_end : other.byte_end;
      const std::size_t to = after ? other.byte_start : scope.mention.byte_start;
      const std::pair<bool, std::size_t> rank{clause_mark_between(text, from, to), to - from};
      if (!nearest || rank < best) {
        best = rank;
        nearest = other_index;
      }
    };
    // A few mentions either way: a run of dates pasted as one sentence stays linear.
    constexpr std::size_t kReach = 8;
    for (std::size_t after = i + 1; after < std::min(facts.size(), i + 1 + kReach); ++after) {
      if (figure_at(after)) {
        consider(after);
        break;
      }
    }
    for (std::size_t before = i; before-- > (i > kReach ? i - kReach : 0);) {
      if (figure_at(before)) {
        consider(before);
        break;
      }
    }
    // A start in a clause of its own ("and a ceasefire has held, shakily, since
    // October") scopes no figure, unless it opens the sentence ("Since Oct 7, 2023,
    // the ministry says more than 68,000 ...").
    const bool opens_sentence = std::all_of(text.begin() + static_cast<std::ptrdiff_t>(sentence_start),
                                            text.begin() + static_cast<std::ptrdiff_t>(scope.mention.byte_start),
                                            [](char c) { return !detail::is_ascii_alnum(static_cast<unsigned char>(c)); });
    if (!nearest || (best.first && !opens_sentence)) continue;
    const Fact* scoped = facts[*nearest];
    if (!scoped || !scoped->cumulative || !scoped->since) continue;
    detail::Comparison comparison = detail::compare_scope_start(scope.mention, *scoped);
    scope.fact_id = scoped->id;
    scope.verdict = comparison.verdict;
    scope.expected = std::move(comparison.expected);
    scope.references = std::move(comparison.references);
    scope.explanation = detail::keep(kept, std::move(comparison.explanation));
    scope.claim.scope = scope.mention.text;
  }
}

// Whether a sentence's figures matched a running total with a start, which a scope
// start may be checked against (check_scope_starts). (Asked of every sentence, and
// nearly always answered no there, rather than in a call.)
bool scopes_a_total(const std::vector<const Fact*>& facts) {
  return std::any_of(facts.begin(), facts.end(),
                     [](const Fact* fact) { return fact && fact->cumulative && fact->since; });
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether the letters from `at` to the end of the word are one of the endings that
// make a name a plural or an adjective of its people: "Israel" stands in "Israeli"
// and "Israelis", "Gaza" in "Gazans", "Palestinian" in "Palestinians", but
// "Philadelphi" (the corridor) not in "Philadelphia".
bool ends_a_word_form(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && detail::is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
  const std::size_t length = end - at;
  if (length == 0) return true;
  if (length > 2) return false;
  const char first = detail::ascii_lower(text[at]);
  const char second = length == 2 ? detail::ascii_lower(text[at + 1]) : '\0';
  if (length == 1) return first == 's' || first == 'i' || first == 'n';
  return (first == 'i' || first == 'n' || first == 'e') && second == 's';
}

// Whether `phrase` stands at `at` of `text`: ASCII case ignored, a space of the
// phrase standing for any run of white space ("West\nBank"). It starts a word and
// ends one, or ends in a plural or an adjective of a people (ends_a_word_form).
bool phrase_at(std::string_view text, std::size_t at, std::string_view phrase) {
  std::size_t i = at;
  for (std::size_t j = 0; j < phrase.size(); ++j) {
    if (phrase[j] == ' ') {
      if (i >= text.size() || !is_ascii_space(text[i])) return false;
      while (i < text.size() && is_ascii_space(text[i])) ++i;
    } else {
      if (i >= text.size() || detail::ascii_lower(text[i]) != detail::ascii_lower(phrase[j])) return false;
      ++i;
    }
  }
  return ends_a_word_form(text, i);
}

// Whether the text names one of the topic's phrases anywhere, as a word. One pass over
// the raw text, comparing bytes in place: no tokens, no copies, so it costs next to
// nothing on every keystroke pause. Stops at the first phrase found.
bool names_topic(std::string_view text, const std::vector<std::string>& topic) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && detail::is_ascii_alnum(static_cast<unsigned char>(text[i - 1]))) continue;
    const char first = detail::ascii_lower(text[i]);
    for (const std::string& phrase : topic) {
      if (!phrase.empty() && detail::ascii_lower(phrase[0]) == first && phrase_at(text, i, phrase)) return true;
    }
  }
  return false;
}

// "The article never names the dataset's subject (Gaza, Israel, Hamas, …), ...":
// the first three phrases, as the dataset's author ordered them.
std::string off_topic_explanation(const std::vector<std::string>& topic) {
  std::string named;
  const std::size_t shown = std::min<std::size_t>(topic.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) named += (i ? ", " : "") + topic[i];
  if (topic.size() > shown) named += ", \xE2\x80\xA6";  // an ellipsis
  return "The article never names the dataset's subject (" + named +
         "), so its figures are not compared with it.";
}

// The cells of a line of a table ("29 Jul 2025 | 59,029 | 145,870", "| a | b |"),
// split at '|' and trimmed; the empty cells outside a leading or trailing '|' dropped.
std::vector<detail::ByteRange> cells_of(std::string_view text, detail::ByteRange line) {
  std::vector<detail::ByteRange> cells;
  std::size_t begin = line.begin;
  for (std::size_t i = line.begin; i <= line.end; ++i) {
    if (i < line.end && text[i] != '|') continue;
    std::size_t b = begin, e = i;
    while (b < e && is_ascii_space(text[b])) ++b;
    while (e > b && is_ascii_space(text[e - 1])) --e;
    cells.push_back({b, e});
    begin = i + 1;
  }
  if (!cells.empty() && cells.front().begin == cells.front().end) cells.erase(cells.begin());
  if (!cells.empty() && cells.back().begin == cells.back().end) cells.pop_back();
  return cells;
}

// The header of the table a row belongs to: the nearest line above it with '|' and
// as many cells, none of them holding a digit; separator lines ("|---|---|") and
// other rows are passed over. None when the lines above are no table.
std::optional<std::vector<detail::ByteRange>> table_header(std::string_view text, detail::ByteRange row,
                                                           std::size_t cell_count) {
  constexpr int kRowsAbove = 60;
  std::size_t end = row.begin;
  for (int rows = 0; rows < kRowsAbove && end > 0; ++rows) {
    // the line that ends just before `end`
    std::size_t stop = end;
    while (stop > 0 && (text[stop - 1] == '\n' || text[stop - 1] == '\r')) --stop;
    std::size_t start = stop;
    while (start > 0 && text[start - 1] != '\n') --start;
    const std::string_view line = text.substr(start, stop - start);
    if (line.find('|') == std::string_view::npos) return std::nullopt;
    end = start;
    if (line.find_first_not_of("|-: \t") == std::string_view::npos) continue;  // a separator line
    if (std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;  // a row
    std::vector<detail::ByteRange> header = cells_of(text, {start, stop});
    if (header.size() != cell_count) return std::nullopt;
    return header;
  }
  return std::nullopt;
}

// "As of | Killed | Wounded" over "29 Jul 2025 | 59,029 | 145,870": a figure in a
// table's row is read as its header and its row's date say, as if written as a list
// item "• 59,029 Killed as of 29 Jul 2025". Null when the figure is no such cell or
// its words match no fact.
struct TableRow {
  std::vector<detail::ByteRange> cells;
  std::vector<detail::ByteRange> header;  ///< as many cells
};

// The row a sentence holding a '|' is, when it is a line of a table under a header (a
// sentence is at most a line). A table has few columns: a line with more is no table
// (and stays linear to read). `previous`, the row of the line before, lends its header
// to the next row of the same table.
std::optional<TableRow> table_row_of(std::string_view text, detail::ByteRange line,
                                     const std::optional<std::pair<TableRow, std::size_t>>& previous) {
  constexpr std::size_t kMaxColumns = 24;
  const std::string_view body = text.substr(line.begin, line.end - line.begin);
  if (static_cast<std::size_t>(std::count(body.begin(), body.end(), '|')) > kMaxColumns) return std::nullopt;
  TableRow row;
  row.cells = cells_of(text, line);
  if (row.cells.size() < 2) return std::nullopt;
  if (previous && previous->first.cells.size() == row.cells.size() &&
      text.substr(previous->second, line.begin - std::min(line.begin, previous->second))
              .find_first_not_of("\r\n") == std::string_view::npos) {
    row.header = previous->first.header;
    return row;
  }
  std::optional<std::vector<detail::ByteRange>> header = table_header(text, line, row.cells.size());
  if (!header) return std::nullopt;
  row.header = std::move(*header);
  return row;
}

// Matches `figure` as it is read in `line`, a line written for it (a table's cell with its
// header, a digest's heading with its paragraph): null when the line's words match no fact.
std::optional<detail::MatchOutcome> match_written_line(std::string_view line, const Mention& figure,
                                                       const Dataset& dataset, const detail::MatchIndex& index,
                                                       const Date& published) {
  std::vector<Mention> read = extract_mentions(line, published);
  const auto own = std::find_if(read.begin(), read.end(), [&](const Mention& mention) { return mention.text == figure.text; });
  if (own == read.end()) return std::nullopt;
  std::vector<const Mention*> pointers;
  for (const Mention& mention : read) pointers.push_back(&mention);
  detail::SentenceReading reading;
  detail::read_sentence(line, {0, line.size()}, index, pointers, published, reading);
  detail::MatchScratch scratch;
  detail::MatchOutcome outcome = detail::match_mention(line, *own, static_cast<std::size_t>(own - read.begin()),
                                                       reading, index, dataset, published, scratch);
  if (!outcome.fact) return std::nullopt;
  return outcome;
}

// Matches a table's cell as the line "• <figure> <its column's header>", written to
// `line`, which the outcome's claim views.
std::optional<detail::MatchOutcome> match_table_cell(std::string_view text, const TableRow& row,
                                                     const std::vector<const Mention*>& in_row, std::size_t which,
                                                     const Dataset& dataset, const detail::MatchIndex& index,
                                                     const Date& published, std::string& line) {
  const Mention& figure = *in_row[which];
  if (!is_figure(figure)) return std::nullopt;
  const std::vector<detail::ByteRange>& cells = row.cells;
  const auto cell = std::find_if(cells.begin(), cells.end(), [&](const detail::ByteRange& range) {
    return range.begin <= figure.byte_start && figure.byte_end <= range.end;
  });
  if (cell == cells.end() || cell == cells.begin()) return std::nullopt;
  const detail::ByteRange label = row.header[static_cast<std::size_t>(cell - cells.begin())];
  // A header names its column in a few words, and a row's first cell gives its day.
  constexpr std::size_t kMaxCell = 80;
  if (label.begin == label.end || label.end - label.begin > kMaxCell) return std::nullopt;
  line = "\xE2\x80\xA2 " + figure.text + " " + std::string(text.substr(label.begin, label.end - label.begin));
  const detail::ByteRange first = cells.front();
  const bool dated = first.end - first.begin <= kMaxCell && std::any_of(in_row.begin(), in_row.end(), [&](const Mention* mention) {
    return (mention->kind == MentionKind::kDate || mention->kind == MentionKind::kDateRange) &&
           first.begin <= mention->byte_start && mention->byte_end <= first.end;
  });
  if (dated) line += " as of " + std::string(text.substr(first.begin, first.end - first.begin));
  return match_written_line(line, figure, dataset, index, published);
}

// A digest's figure that stands alone on its line, over a line of prose that says what
// it counts ("1,331" over "People wounded since the ceasefire began, by the same
// count."), is matched as the line "<figure> <that line's first sentence>", written to
// `line`, which the outcome's claim views. Null when the figure shares its line, no line
// of prose follows it at once, or the words match no fact.
[[gnu::always_inline]] inline std::optional<detail::MatchOutcome> match_figure_heading(
    std::string_view text, const Mention& figure, const std::vector<detail::ByteRange>& sentences,
    const Dataset& dataset, const detail::MatchIndex& index, const Date& published, std::string& line) {
  if (!is_figure(figure) || figure.ambiguous) return std::nullopt;
  std::size_t before = figure.byte_start;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
  if (before != 0 && text[before - 1] != '\n') return std::nullopt;
  std::size_t after = figure.byte_end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
  if (after == text.size() || text[after] != '\n') return std::nullopt;
  const std::size_t under = after + 1;
  if (under == text.size() || text[under] < 'A' || text[under] > 'Z') return std::nullopt;  // prose opens with a capital
  // The sentence that holds the line's start, cut at the line's end: a heading's words
  // are its paragraph's first sentence, and a few hundred bytes of it say enough.
  const auto holding = std::upper_bound(sentences.begin(), sentences.end(), under,
                                        [](std::size_t at, const detail::ByteRange& range) { return at < range.begin; });
  if (holding == sentences.begin()) return std::nullopt;
  constexpr std::size_t kMaxBytes = 300;
  std::size_t end = std::min({std::prev(holding)->end, text.find('\n', under), under + kMaxBytes, text.size()});
  line = figure.text + " " + std::string(text.substr(under, end - under));
  return match_written_line(line, figure, dataset, index, published);
}

// The lists matching fills sentence by sentence, kept from one check to the next on
// each thread, so that a check does not grow them again from nothing (their first
// growth was a tenth of matching a short article).
struct MatchLists {
  detail::SentenceReading reading;
  detail::MatchScratch scratch;
  std::vector<const Mention*> in_sentence;
  std::vector<const Fact*> matched;
};

MatchLists& match_lists() {
  thread_local MatchLists lists;
  return lists;
}

// What a very long sentence (a table pasted as one line) grew is let go after its
// check, so that a thread keeps only what articles need.
void release_if_large(MatchLists& lists) {
  constexpr std::size_t kTokensKept = 4096;
  if (lists.reading.tokens.capacity() > kTokensKept) lists = MatchLists{};
}

// Where a timeline's section starts, and its month: none for a heading of another kind.
struct SectionStart {
  std::size_t begin = 0;
  std::optional<Date> month;
};

// The sections of a month-by-month timeline: a line holding nothing but a month
// ("March", "March 2025") heads the entries after it, until the next heading (a short
// line that ends in no punctuation, "What comes next"). Empty, after one pass over the
// mentions, for the text with no such line, as nearly every one is.
std::vector<SectionStart> timeline_sections(std::string_view text, const std::vector<Mention>& mentions) {
  std::vector<SectionStart> sections;
  const auto line_begin = [&](std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    return at == 0 || text[at - 1] == '\n';
  };
  const auto line_end = [&](std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r')) ++at;
    return at == text.size() || text[at] == '\n';
  };
  std::size_t first = text.size();
  for (const Mention& mention : mentions) {
    if (mention.date && !mention.date_end && mention.date->granularity() == Date::Granularity::kMonth &&
        line_begin(mention.byte_start) && line_end(mention.byte_end)) {
      first = mention.byte_start;
      break;
    }
  }
  if (first == text.size()) return sections;
  // From the first month heading on, every heading line, in order.
  constexpr std::size_t kHeadingBytes = 40;
  std::size_t next_mention = 0;
  for (std::size_t at = first; at < text.size();) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::size_t b = at, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b && e - b <= kHeadingBytes && std::string_view(".!?:;,").find(text[e - 1]) == std::string_view::npos) {
      SectionStart& section = sections.emplace_back();
      section.begin = b;
      while (next_mention < mentions.size() && mentions[next_mention].byte_start < b) ++next_mention;
      if (next_mention < mentions.size()) {
        const Mention& mention = mentions[next_mention];
        if (mention.byte_start == b && mention.byte_end == e && mention.date && !mention.date_end &&
            mention.date->granularity() == Date::Granularity::kMonth) {
          section.month = mention.date;
        }
      }
    }
    at = end + 1;
  }
  return sections;
}

// A timeline's dated entry: a line that opens with a day, a month or a range of them
// and a dash or a colon ("18 March 2025 - Israel resumes strikes. Israel says 59 hostages remain.")
// gives every sentence of the line that has no date of its own for that day.
struct DatedEntry {
  std::size_t begin = 0, end = 0;
  std::size_t date_at = 0;  // where its date starts
  Date date;
  bool in_order = false;  // no earlier than the entry before it, no later than the one after
};

std::vector<DatedEntry> timeline_entries(std::string_view text, const std::vector<Mention>& mentions) {
  std::vector<DatedEntry> entries;
  for (const Mention& mention : mentions) {
    if (!mention.date || mention.ambiguous ||
        (mention.date->granularity() != Date::Granularity::kDay &&
         mention.date->granularity() != Date::Granularity::kMonth)) {
      continue;
    }
    std::size_t after = mention.byte_end;
    while (after < text.size() && text[after] == ' ') ++after;
    const std::string_view rest = text.substr(after);
    // "18 March 2025 - ..." or "18 March 2025: ...", not "2025-10" read as a month
    const bool dash = after > mention.byte_end &&
                      (rest.starts_with("- ") || rest.starts_with("\u2013 ") || rest.starts_with("\u2014 "));
    const bool colon = after == mention.byte_end && rest.starts_with(": ");
    if (!dash && !colon) continue;
    std::size_t at = mention.byte_start;
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
    // "* NOV 24, 2023 - A truce begins. ... 240 prisoners": a bulleted entry is dated so too
    if (at != 0 && text[at - 1] != '\n') {
      std::size_t line = text.rfind('\n', at - 1);
      line = line == std::string_view::npos ? 0 : line + 1;
      while (line < at && (text[line] == ' ' || text[line] == '\t')) ++line;
      const std::size_t bullet = detail::bullet_bytes(text.substr(line, 3));
      if (bullet == 0 || line + bullet != at) continue;
      at = line;
    }
    std::size_t end = text.find('\n', after);
    if (end == std::string_view::npos) end = text.size();
    // "Nov. 24-30, 2023: ...": a range of days gives its last
    entries.push_back({at, end, mention.byte_start, mention.date_end ? *mention.date_end : *mention.date});
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const bool after_previous = i == 0 || !(entries[i].date < entries[i - 1].date);
    const bool before_next = i + 1 == entries.size() || !(entries[i + 1].date < entries[i].date);
    entries[i].in_order = entries.size() > 1 && after_previous && before_next;
  }
  return entries;
}

// Matches each mention to a fact and compares it, sentence by sentence; appends
// one finding per mention, in text order. `mentions` are moved into the findings.
void match_findings(std::string_view text, const Date& published, const Dataset& dataset,
                    const detail::MatchIndex& index, std::vector<Mention>& mentions, std::vector<Finding>& findings,
                    detail::Explanations& kept) {
  const std::vector<detail::ByteRange> sentences = detail::split_sentences(text);
  // (Room for every mention at once: a sentence's reading points at its mentions in their
  // findings, which must not move while it is read.)
  findings.reserve(findings.size() + mentions.size());
  std::size_t next_mention = 0;
  MatchLists& lists = match_lists();
  detail::SentenceReading& reading = lists.reading;
  detail::MatchScratch& scratch = lists.scratch;
  std::vector<const Mention*>& in_sentence = lists.in_sentence;
  std::vector<const Fact*>& matched = lists.matched;
  std::optional<std::pair<TableRow, std::size_t>> last_row;  // the last table row read, and where it ends
  std::string written_line;  // a table cell's or a heading's line, as match_table_cell or match_figure_heading wrote it
  // The first '|' at or after the last sentence read, or the text's end: only a
  // sentence holding one may be a table's row. (The text is searched once, from
  // sentence to sentence, not each sentence to its end: most have none.)
  std::size_t next_bar = std::min(text.find('|'), text.size());
  const std::vector<SectionStart> sections = timeline_sections(text, mentions);
  std::size_t next_section = 0;
  std::optional<Date> section_month;
  const std::vector<DatedEntry> entries = timeline_entries(text, mentions);
  std::size_t next_entry = 0;
  for (const detail::ByteRange& sentence : sentences) {
    in_sentence.clear();
    while (next_section < sections.size() && sections[next_section].begin <= sentence.begin) {
      section_month = sections[next_section++].month;
    }
    // Each mention moves into its finding at once; the sentence's reading points at it
    // there (the findings have room for every mention, so none moves again).
    const std::size_t first_finding = findings.size();
    while (next_mention < mentions.size() && mentions[next_mention].byte_start < sentence.end) {
      in_sentence.push_back(&findings.emplace_back(std::move(mentions[next_mention])).mention);
      ++next_mention;
    }
    if (in_sentence.empty()) continue;
    detail::read_sentence(text, sentence, index, in_sentence, published, reading);
    if (&sentence != sentences.data()) reading.previous_sentence = *(&sentence - 1);
    reading.section_month = section_month;
    while (next_entry < entries.size() && entries[next_entry].end <= sentence.begin) ++next_entry;
    if (next_entry < entries.size() && entries[next_entry].begin <= sentence.begin) {
      reading.section_month = entries[next_entry].date;
      if (entries[next_entry].in_order) reading.ordered_entry_at = entries[next_entry].date_at;
    }
    matched.assign(in_sentence.size(), nullptr);
    if (next_bar < sentence.begin) next_bar = std::min(text.find('|', sentence.begin), text.size());
    const std::optional<TableRow> table_row =
        next_bar < sentence.end ? table_row_of(text, sentence, last_row) : std::nullopt;
    last_row.reset();
    if (table_row) last_row.emplace(*table_row, sentence.end);
    for (std::size_t which = 0; which < in_sentence.size(); ++which) {
      const Mention* mention = in_sentence[which];
      Finding& finding = findings[first_finding + which];
      // (Made in place by match_mention, as most outcomes are: an outcome of its own,
      // returned from a choice between three, was moved for each figure.)
      std::optional<detail::MatchOutcome> cell;
      if (table_row) {
        cell = match_table_cell(text, *table_row, in_sentence, which, dataset, index, published, written_line);
      }
      detail::MatchOutcome outcome =
          cell ? std::move(*cell)
               : detail::match_mention(text, *mention, which, reading, index, dataset, published, scratch);
      if (!cell && !outcome.fact) {
        if (std::optional<detail::MatchOutcome> heading =
                match_figure_heading(text, *mention, sentences, dataset, index, published, written_line)) {
          outcome = std::move(*heading);
        }
      }
      copy_claim(outcome.claim, finding.claim);
      if (!outcome.candidates.empty()) finding.candidates = std::move(outcome.candidates);  // (most have none)
      // "Hamas has returned 27 of the 28 bodies": the part is what the verb counts.
      if (outcome.fact && outcome.whole_of_previous && matched[which - 1] == outcome.fact) {
        outcome.fact = nullptr;
        outcome.why_unmatched = "This figure is the whole of the part before it, which is what its words count.";
      }
      // "a 24-year-old staff sergeant killed on Oct. 7": an age counts no one
      if (outcome.fact && is_age(*mention)) {
        outcome.fact = nullptr;
        outcome.why_unmatched = "An age; no fact in the dataset is about an age.";
      }
      if (outcome.fact && follows_all_but(text, *mention)) {
        outcome.fact = nullptr;
        outcome.why_unmatched = "The figure after \"all but\" is what is left out of the count its words name.";
      }
      // "70,112 Palestinians killed since 7 April 2023": a count from another start
      // is another count, unless its figure is the very total the fact counts from
      // its own start; then the stated start is what is wrong (check_scope_starts).
      if (outcome.fact && outcome.start_differs &&
          !detail::is_value_of_running_total(*mention, *outcome.fact, published)) {
        outcome.fact = nullptr;
        outcome.why_unmatched = "No fact in the dataset is about what this figure counts.";
      }
      if (outcome.fact && !mention->ambiguous) {
        matched[which] = outcome.fact;
        const std::optional<double> growth =
            index.fastest_growth[static_cast<std::size_t>(outcome.fact - dataset.facts.data())];
        // Copied only for a bound the count went past, which reads as "more than".
        detail::Comparison comparison =
            outcome.passed_bound
                ? detail::compare(read_as_more_than(*mention), *outcome.fact, growth, published, outcome.day,
                                  outcome.history)
                : detail::compare(*mention, *outcome.fact, growth, published, outcome.day, outcome.history);
        // A newer count does not make a figure given for an earlier, undated moment old.
        if (outcome.undated_past && comparison.verdict == Verdict::kOutdated) {
          comparison.verdict = Verdict::kUnverified;
          comparison.explanation =
              "The figure is given for an earlier moment that the article does not date (\"by the time ...\"), "
              "so a newer reference does not make it outdated.";
        }
        finding.fact_id = outcome.fact->id;
        finding.verdict = comparison.verdict;
        finding.expected = std::move(comparison.expected);
        finding.references = std::move(comparison.references);
        finding.explanation = detail::keep(kept, std::move(comparison.explanation));
      } else {
        finding.explanation = unmatched_explanation(*mention, outcome, kept);
      }
    }
    if (scopes_a_total(matched)) check_scope_starts(text, sentence.begin, findings, first_finding, matched, kept);
  }
  release_if_large(lists);
}

}  // namespace

Checker::Checker(Dataset dataset, CheckLimits limits)
    : dataset_(std::make_shared<const Dataset>(std::move(dataset))),
      index_(std::make_shared<const detail::MatchIndex>(*dataset_)),
      limits_(limits) {}

Report Checker::check(std::string_view text, const Date& published) const {
  Report report;
  report.published = published;
  report.dataset = dataset_;
  report.dataset_name = dataset_->name;
  report.dataset_version = dataset_->version;
  if (text.size() > limits_.max_text_bytes) {
    report.error = "The text is " + std::to_string(text.size()) + " bytes; the limit is " +
                   std::to_string(limits_.max_text_bytes) + " bytes. Check it in parts.";
    return report;
  }

  // Hard-wrapped copy is read as prose: the same bytes, its wrapping breaks spaces.
  // The mentions' texts are put back as the article has them once all is read.
  const std::optional<std::string> unwrapped = detail::unwrap_lines(text);
  const std::string_view read = unwrapped ? std::string_view(*unwrapped) : text;

  auto explanations = std::make_shared<detail::Explanations>();
  report.explanations = explanations;
  std::vector<Mention> mentions = detail::extract_unwrapped_mentions(read, published);
  if (mentions.size() > limits_.max_mentions) mentions.resize(limits_.max_mentions);
  report.findings.reserve(mentions.size());
  // The topic gate, decided once for the whole text before any figure is matched.
  // An article about something else ("a tremor near Pisco killed 519 people") has
  // figures whose words read like the dataset's ("killed", "people"); the words
  // around one figure cannot tell, but the whole article can: if it never names
  // what the dataset is about, no figure is compared with it. It is a property of
  // the text, not of a figure, so it sits here rather than in the matcher. The
  // checks of the article against itself, below, need no dataset and still run.
  if (!dataset_->topic.empty() && !names_topic(read, dataset_->topic)) {
    const std::string_view explanation = detail::keep(*explanations, off_topic_explanation(dataset_->topic));
    for (Mention& mention : mentions) report.findings.emplace_back(std::move(mention)).explanation = explanation;
  } else {
    match_findings(read, published, *dataset_, *index_, mentions, report.findings, *explanations);
  }
  detail::check_consistency(read, published, report.findings, *explanations);
  for (Finding& finding : report.findings) {
    if (unwrapped) detail::restore_span_text(text, finding.mention);
    count(report.summary, finding.verdict);
  }
  return report;
}

Report check(std::string_view text, const Date& published, const Dataset& dataset) {
  return Checker(dataset).check(text, published);
}

}  // namespace figcheck
