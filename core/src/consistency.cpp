#include "consistency.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "compare.h"
#include "flat_table.h"
#include "format.h"
#include "text_scan.h"

namespace figcheck::detail {
namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};
constexpr std::string_view kWeekdayNote = "weekday: ";

void contradict(Finding& finding, std::string explanation, Explanations& kept) {
  finding.verdict = Verdict::kContradicted;
  finding.explanation = keep(kept, std::move(explanation));
}

// The weekday (0 = Monday) of a day in the Julian calendar, by its Julian day number:
// before the Gregorian calendar began (15 October 1582) a date is the Julian
// calendar's, and "Thursday 4 October 1582" was one.
int julian_weekday(const Date& date) {
  const int a = (14 - date.month) / 12;
  const int y = date.year + 4800 - a;
  const int m = date.month + 12 * a - 3;
  const int julian_day = date.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
  return julian_day % 7;
}

// The last year a country kept the Julian calendar (Greece, in 1923): until then a
// date may be either calendar's, as histories of Britain before 1752 or Russia before
// 1918 write them, so either weekday is right.
constexpr int kLastJulianYear = 1923;

// "Wednesday, 6 January 2026" when 6 January 2026 was a Tuesday.
void check_weekday(Finding& finding, Explanations& kept) {
  const Mention& mention = finding.mention;
  // (the note's size and the date's granularity before the note's bytes: both sit in the
  // finding the loop reads, where a long note's bytes are on the heap, out of the cache
  // by the time a long text's findings are checked)
  if (mention.note.size() < kWeekdayNote.size() || !mention.date ||
      mention.date->granularity() != Date::Granularity::kDay) {
    return;
  }
  const auto at = mention.note.find(kWeekdayNote);
  if (at == std::string::npos) return;
  std::string_view written = std::string_view(mention.note).substr(at + kWeekdayNote.size());
  for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
    if (written.substr(0, kWeekdays[i].size()) != kWeekdays[i]) continue;
    const Date& date = *mention.date;
    const bool julian_only = date < Date{1582, 10, 15};
    const int actual = julian_only ? julian_weekday(date) : weekday(date);
    if (static_cast<int>(i) == actual) return;
    if (!julian_only && date.year <= kLastJulianYear && static_cast<int>(i) == julian_weekday(date)) return;
    contradict(finding, concat(DateWords{*mention.date}, " was a ", kWeekdays[actual], ", not a ", kWeekdays[i], "."), kept);
    return;
  }
}

std::optional<double> days_per(const std::string& unit) {
  if (unit == "days") return 1.0;
  if (unit == "weeks") return 7.0;
  if (unit == "months") return 30.436875;
  if (unit == "years") return 365.2425;
  return std::nullopt;
}

std::string_view between(std::string_view text, const Mention& first, const Mention& second) {
  if (second.byte_start < first.byte_end) return {};
  return text.substr(first.byte_end, second.byte_start - first.byte_end);
}

// Whether `gap`, its spaces dropped and its letters lowered, is one of `words`:
// compared as it is read, with no lowered copy made.
bool only_spaces_and_words(std::string_view gap, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    std::size_t matched = 0;
    bool same = true;
    for (char c : gap) {
      if (c == ' ') continue;
      if (matched == word.size() || ascii_lower(c) != word[matched]) {
        same = false;
        break;
      }
      ++matched;
    }
    if (same && matched == word.size()) return true;
  }
  return false;
}

// Whether the text between a duration and a "since" date joins them into one
// phrase ("30 months since May 2024", "20 months now since ..."): at most two
// words and no punctuation. "in the past seven days, bringing the total since
// July 2024" and "since 1980. Most lasted less than a week" give two figures.
bool same_phrase(std::string_view gap) {
  if (gap == ", ") return true;
  int words = 0;
  bool in_word = false;
  for (char c : gap) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && c != ' ') return false;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words <= 2;
}

// Whether the word right before byte `at` is a superlative or "first": "their biggest
// one-day gain since March 2020" dates the record, not the day.
bool after_superlative(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && ((text[begin - 1] >= 'a' && text[begin - 1] <= 'z') || (text[begin - 1] >= 'A' && text[begin - 1] <= 'Z'))) {
    --begin;
  }
  const std::string_view word = text.substr(begin, end - begin);
  return (word.size() > 4 && word.substr(word.size() - 3) == "est") || word == "first" || word == "most";
}

// "closed for 30 months since May 2024": the span from the start date to
// publication must fit the duration at the precision of both.
void check_duration(std::string_view text, const Date& published, Finding& duration, const Finding& range,
                    Explanations& kept) {
  const Mention& length = duration.mention;
  const Mention& since = range.mention;
  if (since.qualifier != Qualifier::kSince || !since.date || !length.value) return;
  const auto unit_days = days_per(length.unit);
  if (!unit_days) return;
  const std::string_view gap = length.byte_end <= since.byte_start ? between(text, length, since)
                                                                    : between(text, since, length);
  // ("the lowest since 2008 and followed three years of increases": a superlative's "since"
  // dates a record, as a superlative's duration does, and starts no span)
  if (!same_phrase(gap) || after_superlative(text, length.byte_start) || after_superlative(text, since.byte_start)) {
    return;
  }
  // ("in force since 15 September for 30 days": a term set from the start date, which
  // may run past publication or have been cut short, not the time gone since it)
  if (since.byte_end <= length.byte_start && gap == " for ") return;
  const double earliest = days_since_epoch(published) - days_since_epoch(last_day(*since.date));
  const double latest = days_since_epoch(published) - days_since_epoch(first_day(*since.date));
  const Interval claim = claim_interval(length);
  // The start date is known to its granularity; allow one unit of the duration either way too.
  const Interval actual{earliest / *unit_days - 1, latest / *unit_days + 1};
  if (claim.overlaps(actual)) return;
  const double elapsed = std::round((earliest + latest) / 2 / *unit_days);
  contradict(duration, concat("From ", DateWords{*since.date}, " to ", DateWords{published}, " is about ",
                              NumberWords{elapsed}, " ", length.unit, ", not ", NumberWords{*length.value}, "."),
             kept);
}

// (Its tests are combined, not branched on one by one: asked of every finding, and
// which are numbers is the text's.)
bool numeric(const Mention& mention) {
  const bool number = mention.kind == MentionKind::kNumber;
  const bool has_value = mention.value.has_value(), has_high = mention.high.has_value();
  return number & (has_value | has_high);
}

// "30 of the 28 hostages", "40 out of 30": a part cannot exceed its whole.
void check_part_of_whole(std::string_view text, Finding& part, const Finding& whole, Explanations& kept) {
  const bool part_numeric = numeric(part.mention), whole_numeric = numeric(whole.mention);
  const bool unqualified = part.mention.qualifier == Qualifier::kNone;
  if (!(part_numeric & whole_numeric & unqualified)) return;
  if (!only_spaces_and_words(between(text, part.mention, whole.mention), {"of", "ofthe", "outof", "outofthe"})) {
    return;
  }
  const Interval part_values = claim_interval(part.mention);
  const Interval whole_values = claim_interval(whole.mention);
  if (part_values.low <= whole_values.high) return;
  contradict(part, concat("The part, ", part.mention.text, ", is larger than the whole it is taken from, ",
                          whole.mention.text, "."),
             kept);
}

bool counts_for_fact(const Finding& finding) {
  const bool matched = !finding.fact_id.empty(), number = numeric(finding.mention);
  return matched & number;
}

// A fact id as the key of the table of each fact's first figure (check_consistency).
// The figures of one fact view the dataset's one id: their ids' bytes need no
// comparing, only an id of equal bytes viewed elsewhere.
struct FactIdKey {
  static std::string_view empty() { return {}; }
  static bool is_empty(std::string_view id) { return id.data() == nullptr; }
  static bool same(std::string_view a, std::string_view b) {
    return (a.data() == b.data() && a.size() == b.size()) || a == b;
  }
  // An id's first and last eight bytes (they overlap in a short one): ids of one
  // family share a start ("deaths.") and differ at the end. A shorter id's bytes
  // one by one.
  static std::size_t hash(std::string_view id) {
    std::uint64_t head = id.size(), tail = 0;
    if (id.size() >= 8) {
      std::memcpy(&head, id.data(), 8);
      std::memcpy(&tail, id.data() + id.size() - 8, 8);
    } else {
      for (const char c : id) head = head * 31 + static_cast<unsigned char>(c);
    }
    return static_cast<std::size_t>(((head ^ (tail * 0x9E3779B97F4A7C15ULL)) * 0xD6E8FEB86659FD93ULL) >> 32);
  }
};

// The same fact given two values that cannot both hold: each later figure is
// compared with the first one for its fact, and the one the dataset does not
// support is flagged (the later one when neither is).
void check_repeated_fact(std::vector<Finding>& findings, std::size_t first_index, std::size_t later,
                         Explanations& kept) {
  Finding& first = findings[first_index];
  Finding& second = findings[later];
  if (claim_interval(first.mention).overlaps(claim_interval(second.mention))) return;
  // "16,500 patients are waiting, up from 12,000 in February 2025", a table's rows of
  // a running total: each was judged against the reference of its own day; a
  // newsletter's "354 killed since the truce" on Saturday and "366" on Thursday both
  // lie in the span a running total crossed between two reference days. The article
  // tells two moments, not one figure twice.
  const auto spans_values = [](const std::optional<Expected>& expected) {
    return expected && expected->low && expected->high && *expected->low < *expected->high;
  };
  const bool own_days = first.expected && second.expected && first.expected->as_of != second.expected->as_of;
  const bool one_span = first.verdict == Verdict::kSupported && second.verdict == Verdict::kSupported &&
                        spans_values(first.expected) && spans_values(second.expected);
  if (own_days || one_span) return;
  Finding& flagged =
      second.verdict == Verdict::kSupported && first.verdict != Verdict::kSupported ? first : second;
  const Finding& other = &flagged == &first ? second : first;
  if (flagged.verdict == Verdict::kContradicted) return;
  // "the ministry's count of 34,735 dead" beside "more than 35,000" killed, when 34,735
  // was the count of a week before: the newer figure elsewhere bears out that this one
  // is an older count, as its own verdict says; it stays outdated. (Not a figure off by
  // a half or more from the other, as a slip of its leading digit is: "27,194" beside
  // "67,194" meets a count of long before by chance.)
  constexpr double kOlderCountShare = 0.6;
  const auto near_other = [&] {
    if (!flagged.mention.value || !other.mention.value || *other.mention.value <= 0) return false;
    const double share = *flagged.mention.value / *other.mention.value;
    return share >= kOlderCountShare && share <= 1 / kOlderCountShare;
  };
  if (flagged.verdict == Verdict::kOutdated && other.verdict == Verdict::kSupported && near_other()) {
    flagged.explanation = keep(kept, concat("The article gives this count as ", other.mention.text,
                                            " elsewhere, a newer figure. ", flagged.explanation));
    return;
  }
  contradict(flagged, concat("The article gives this count as ", other.mention.text,
                             " elsewhere, and the two cannot both hold", flagged.explanation.empty() ? "." : ". ",
                             flagged.explanation),
             kept);
}

// "the Israeli-held zone covers between 98 and 63 per cent": a range written from
// its higher end is not what the writer meant, whatever the reference says of the
// values between. Only a range the words tie to a fact is surely a figure; an
// unmatched one may be clock times or a vote.
void check_reversed_range(Finding& range, Explanations& kept) {
  const Mention& mention = range.mention;
  if (!mention.reversed || !mention.low || !mention.high || range.fact_id.empty()) return;
  contradict(range, concat("The range runs backwards, from ", NumberWords{*mention.high}, " down to ",
                           NumberWords{*mention.low}, ", so one of its ends is likely wrong. ", range.explanation),
             kept);
}

}  // namespace

void check_consistency(std::string_view text, const Date& published, std::vector<Finding>& findings,
                       Explanations& kept) {
  // The index of each fact's first figure, filled in text order, so that each figure
  // is paired with its fact's first one as it is reached, with no sorting. (Sound
  // because the checks never change a finding's fact or mention, which are all the
  // pairing reads.) Its first 32 slots hold the dozen or so facts an article gives.
  FlatTable<std::string_view, std::size_t, FactIdKey, 32> first_figures;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Finding& finding = findings[i];
    if (finding.mention.kind == MentionKind::kDate || finding.mention.kind == MentionKind::kDateRange) {
      check_weekday(finding, kept);
    }
    if (finding.mention.kind == MentionKind::kDuration) {
      if (i + 1 < findings.size()) check_duration(text, published, finding, findings[i + 1], kept);
      if (i > 0 && finding.verdict != Verdict::kContradicted) {
        check_duration(text, published, finding, findings[i - 1], kept);
      }
    }
    check_reversed_range(finding, kept);
    if (i + 1 < findings.size()) check_part_of_whole(text, finding, findings[i + 1], kept);
    if (counts_for_fact(finding)) {
      if (const auto [first, is_first] = first_figures.try_emplace(finding.fact_id, i); !is_first) {
        check_repeated_fact(findings, *first, i, kept);
      }
    }
  }
}

}  // namespace figcheck::detail
