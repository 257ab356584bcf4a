// Mentions: every figure and date a text states, with its span, value and qualifier.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/date.h"

namespace figcheck {

/// What kind of figure a mention is. The report spells these in snake case.
enum class MentionKind {
  kNumber,     ///< a count or plain number: "422", "more than 71,400", "hundreds"
  kOrdinal,    ///< "first", "28th", "second phase"
  kPercent,    ///< "80%", "1.7 per cent"; value is the percentage (80 for 80%)
  kMoney,      ///< "$53.2bn"; unit is an ISO 4217 code
  kQuantity,   ///< a number with a physical or rate unit: "365 km²", "600 trucks a day"
  kDate,       ///< "7 October 2023", "May 2024", "Tuesday"
  kDateRange,  ///< "from 19 January to 1 March", "since May 2024" (open to publication)
  kDuration,   ///< "20 months", "471 days"; unit is "days", "weeks", "months" or "years"
  // The last: report.cpp's table of the report's names ends at it.
};

/// How the text hedges or bounds a figure. The report spells these in snake case
/// ("more_than"), and kNone as null.
enum class Qualifier {
  kNone,
  kMoreThan,  ///< "more than", "in excess of", and "above" before a figure
  kOver,
  kAtLeast,
  kNearly,
  kAlmost,
  kAbout,
  kAround,
  kRoughly,
  kSome,
  kUpTo,
  kFewerThan,
  kLessThan,  ///< "less than", and "below" before a figure
  kUnder,
  kAtMost,
  kSince,  ///< a date range open to the publication date: "since May 2024"
  // The last: report.cpp's table of the report's names ends at it.
};

/// One figure or date found in a text.
struct Mention {
  MentionKind kind = MentionKind::kNumber;
  std::string text;  ///< the exact UTF-8 text of the span, qualifier included

  /// Span in UTF-16 code units, end exclusive, so that JavaScript's
  /// `text.slice(start, end)` gives back `text`.
  std::size_t start = 0;
  std::size_t end = 0;
  /// The same span in bytes of the UTF-8 input.
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;

  /// The figure. Vague amounts ("hundreds") and ranges ("30-40") have no value
  /// but a low and high bound; a plain figure has only a value.
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  /// The step the figure is written to: 100 for "71,400", 100000 for
  /// "2.1 million", 1 for "422". 0 when not numeric.
  double precision = 0;
  Qualifier qualifier = Qualifier::kNone;
  /// Canonical unit: "km", "km2", "kg", "t", "trucks/day", an ISO 4217 code for
  /// money, "days"/"weeks"/"months"/"years" for durations; empty for a plain number.
  std::string unit;

  /// Dates: the date at its stated granularity, and for ranges the inclusive end.
  std::optional<Date> date;
  std::optional<Date> date_end;

  /// A range written from its higher end to its lower ("between 40 and 30");
  /// `low` and `high` are still in order.
  bool reversed = false;
  /// Set when the text can be read more than one way ("10/7"); the mention is
  /// reported but never checked.
  bool ambiguous = false;
  /// No year was written ("the attack of October 7"): the year is the nearest
  /// that fits the tense, and the writer may mean an earlier one.
  bool year_inferred = false;
  /// Why the mention is ambiguous, or how a relative date was resolved.
  std::string note;
};

/// Finds every figure and date in `text` (UTF-8; invalid bytes are tolerated and
/// counted as one UTF-16 unit each). Relative dates ("on Tuesday", "October 10")
/// resolve against `published`. Mentions come back in text order, not overlapping.
std::vector<Mention> extract_mentions(std::string_view text, const Date& published);

/// "number", "date_range", ... as the report spells them.
std::string_view to_string(MentionKind kind);
/// "more_than", "about", ...; empty for kNone.
std::string_view to_string(Qualifier qualifier);

}  // namespace figcheck
