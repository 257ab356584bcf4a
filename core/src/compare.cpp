#include "compare.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>

#include "format.h"

namespace figcheck::detail {
namespace {

// How far below the truth "more than N" may stay, in steps of N's precision.
constexpr double kLowerBoundSteps = 10;
// Past its last point a running total is allowed to grow this much faster than
// it ever has, before a figure above it is called wrong.
constexpr double kGrowthMargin = 1.5;
// A point of a figure that rises and falls stops speaking for the present after this long.
constexpr int kStaleDays = 45;
// A stale point still rules out figures more than this factor away from it, for a year.
constexpr double kStaleDrift = 2.0;
constexpr int kStaleLimitDays = 365;
// A figure under this many steps of its rounding has at most two significant digits:
// an estimate ("2.1 million"), not a count.
constexpr double kEstimateSteps = 100;

// The values a stale point still allows. A share drifts in odds, not in percent:
// 90% may become 82% or 95% (odds 9 halved or doubled), not 45%; a small share
// (2%) drifts about as a count does.
Interval drifted_interval(const Fact& fact, const Interval& reference) {
  if (fact.kind != FactKind::kRatio || reference.low < 0 || reference.high > 100) {
    return {reference.low / kStaleDrift, reference.high * kStaleDrift};
  }
  const auto odds = [](double percent) { return percent >= 100 ? kInfinity : percent / (100 - percent); };
  const auto percent = [](double odds) { return odds == kInfinity ? 100.0 : 100 * odds / (1 + odds); };
  return {percent(odds(reference.low) / kStaleDrift), percent(odds(reference.high) * kStaleDrift)};
}

Expected expected_from(const Point& point) {
  return Expected{.value = point.value,
                  .low = point.low,
                  .high = point.high,
                  .date = point.date,
                  .date_end = point.date_end,
                  .qualifier = point.qualifier,
                  .as_of = point.as_of,
                  .source = point.source,
                  .url = point.url};
}

// The point that decided: the finding's expected value, and its one reference.
void decided_by(Comparison& comparison, const Point& point) {
  // (Room made first, for the one reference most comparisons have: a first push_back
  // goes the general way of a reallocation.)
  if (comparison.references.empty()) comparison.references.reserve(1);
  comparison.references.push_back(expected_from(point));
  comparison.expected = comparison.references.back();
}

// The words of an explanation are pieces for concat() (format.h): each appends
// itself in place.

// "to the nearest thousand"
struct PrecisionWords {
  double precision;
};
void append_piece(Words& out, PrecisionWords words) {
  const auto named = [](double precision) -> std::string_view {
    if (precision == 10) return "to the nearest ten";
    if (precision == 100) return "to the nearest hundred";
    if (precision == 1000) return "to the nearest thousand";
    if (precision == 1e4) return "to the nearest ten thousand";
    if (precision == 1e5) return "to the nearest hundred thousand";
    if (precision == 1e6) return "to the nearest million";
    if (precision == 1e8) return "to the nearest hundred million";
    if (precision == 1e9) return "to the nearest billion";
    return {};
  };
  if (const std::string_view name = named(words.precision); !name.empty()) {
    out.append(name);
  } else {
    append_pieces(out, "to the nearest ", NumberWords{words.precision});
  }
}

// "more than", "up to": a qualifier's name without its underscores.
void append_qualifier_words(Words& out, Qualifier qualifier) {
  const std::string_view name = to_string(qualifier);
  out.wrote(std::replace_copy(name.begin(), name.end(), out.room(name.size()), '_', ' '));
}

// "at least 71,400", "70,000 to 75,000"
struct IntervalWords {
  const Interval& interval;
};
void append_piece(Words& out, IntervalWords words) {
  const Interval& interval = words.interval;
  if (interval.high == kInfinity) {
    append_pieces(out, "at least ", NumberWords{interval.low});
  } else if (interval.low <= 0 || interval.low == -kInfinity) {
    append_pieces(out, "at most ", NumberWords{interval.high});
  } else if (interval.low == interval.high) {
    append_piece(out, NumberWords{interval.low});
  } else {
    append_pieces(out, NumberWords{interval.low}, " to ", NumberWords{interval.high});
  }
}

// How the figure was read, for explanations: "\"more than 71,400\", 71,400 to
// 78,650", "\"1,200\" to the nearest hundred (1,150 to 1,250)", "\"251\"", and
// in the fact's unit when that is another: ", that is 582 to 583 km2".
struct ReadingWords {
  const Mention& mention;
  Interval read;                        ///< the values the figure allows, in its own unit
  const Interval* converted = nullptr;  ///< the same in the fact's unit, when it is another
  std::string_view unit = {};           ///< the fact's unit, when converted
};
void append_piece(Words& out, const ReadingWords& words) {
  const Mention& mention = words.mention;
  if (!mention.value || mention.qualifier != Qualifier::kNone) {
    append_pieces(out, "\"", mention.text, "\", ", IntervalWords{words.read});
  } else if (mention.precision > 1) {
    append_pieces(out, "\"", mention.text, "\" ", PrecisionWords{mention.precision}, " (", IntervalWords{words.read},
                  ")");
  } else {
    append_pieces(out, "\"", mention.text, "\"");
  }
  if (words.converted) append_pieces(out, ", that is ", IntervalWords{*words.converted}, " ", words.unit);
}

// The value a point states, as the explanation writes it: "71,386", "more than 26,000".
struct PointWords {
  const Point& point;
};
void append_piece(Words& out, PointWords words) {
  const Point& point = words.point;
  if (point.qualifier != Qualifier::kNone) {
    append_qualifier_words(out, point.qualifier);
    out.append(" ");
  }
  if (point.low && point.high) {
    append_pieces(out, NumberWords{*point.low}, " to ", NumberWords{*point.high});
  } else if (point.value) {
    append_piece(out, NumberWords{*point.value});
  }
}

// "71,386 on 5 January 2026 (Gaza Ministry of Health)"
struct PointWithDate {
  const Point& point;
};
void append_piece(Words& out, PointWithDate words) {
  const Point& point = words.point;
  append_pieces(out, PointWords{point}, " on ", DateWords{point.as_of}, " (", point.source, ")");
}

Interval scaled(Interval interval, double factor) {
  return {interval.low * factor, interval.high * factor, interval.value * factor};
}

bool is_date_fact(const Fact& fact) {
  return fact.kind == FactKind::kDate || fact.kind == FactKind::kDateRange;
}

// ---- dates ----

// "3 days later"
struct DayDifferenceWords {
  int days;
};
void append_piece(Words& out, DayDifferenceWords words) {
  const int magnitude = std::abs(words.days);
  append_pieces(out, std::to_string(magnitude), magnitude == 1 ? " day " : " days ", words.days > 0 ? "later" : "earlier");
}

// A date, or a period from one date to another: "2 March 2024 to 19 May 2024".
struct PeriodWords {
  const Date& first;
  const Date* last;  ///< null for a single date
};
void append_piece(Words& out, PeriodWords words) {
  append_piece(out, DateWords{words.first});
  if (words.last) append_pieces(out, " to ", DateWords{*words.last});
}

// "the attack of October 7", read as the last 7 October before publication: the
// same day and month in an earlier year is what a yearless date may mean.
bool same_day_earlier_year(const Mention& mention, const Date& claimed, const Date& reference) {
  return mention.year_inferred && claimed.month != 0 && reference.year < claimed.year &&
         reference.month == claimed.month && reference.day == claimed.day;
}

// Whether a date's figure writes its day, month or year ("16 October", "in March") or
// the count back to it ("four months ago"), rather than naming it from publication
// ("last month", "on Tuesday", "yesterday").
bool writes_its_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  std::size_t at = 0;
  while (at < text.size()) {
    if (std::isdigit(static_cast<unsigned char>(text[at]))) return true;
    if (!std::isalpha(static_cast<unsigned char>(text[at]))) {
      ++at;
      continue;
    }
    std::string word;
    for (; at < text.size() && std::isalpha(static_cast<unsigned char>(text[at])); ++at) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
    }
    // "October", "Oct", "Sept"
    for (const std::string_view month : kMonths) {
      if (word.size() >= 3 && month.starts_with(word)) return true;
    }
    if (word == "ago") return true;
  }
  return false;
}

// Whether a date the words tie to an event could be a slip for one of the event's
// dates: a slip keeps most of what was written (another day of the month, the month or
// the year mistyped) or lands within a week of it. A date that keeps less ("Israeli
// troops took control of the crossing on 10 June 2024", "a truce took effect on 24 June
// 2025") is more likely another event of the kind, which the same words name. A month
// written alone is a slip for one in its year or its month of another year; a year
// alone could be one whatever it is. Only a year written in the figure is the writer's
// ("Friday 16 October" takes its year from the weekday); a date counted from
// publication ("last month", "on Tuesday") keeps nothing, and is a slip only as near
// as a week, or the month next to the event's.
bool could_be_a_slip(const Mention& mention, const Date& claimed, const Fact& fact) {
  constexpr int kSlipDays = 7;
  if (claimed.month == 0) return true;
  const bool written = writes_its_date(mention.text);
  const bool year_written = mention.text.find(std::to_string(claimed.year)) != std::string::npos;
  return std::any_of(fact.points.begin(), fact.points.end(), [&](const Point& point) {
    if (!point.date) return false;
    const Date& reference = *point.date;
    if (reference.month == 0) return true;
    if (claimed.day == 0 || reference.day == 0) {
      const int months_apart = std::abs((claimed.year - reference.year) * 12 + claimed.month - reference.month);
      if (!written) return months_apart <= 1;
      return claimed.month == reference.month || !year_written || claimed.year == reference.year;
    }
    const int gap = days_since_epoch(claimed) - days_since_epoch(reference);
    if (std::abs(gap) <= kSlipDays) return true;
    if (!written) return false;
    const bool same_year = !year_written || claimed.year == reference.year;
    const bool same_month = claimed.month == reference.month;
    const bool same_day = claimed.day == reference.day;
    return (same_year && same_month) || (same_day && (same_year || same_month));
  });
}

Comparison compare_dates(const Mention& mention, const Fact& fact, const Date& published) {
  Comparison comparison;
  const Date claimed = *mention.date;
  // "more than five weeks ago": the day read is the latest the event can be, and any
  // day before it agrees ("nearly", "less than ... ago" bound it the other way, below)
  const bool at_or_before = (mention.qualifier == Qualifier::kMoreThan || mention.qualifier == Qualifier::kOver ||
                             mention.qualifier == Qualifier::kAtLeast) &&
                            mention.text.ends_with("ago");
  // The spans are compared as their first and last days, which sort as the days
  // do; only a gap between them is counted in days.
  const Date claim_first = at_or_before ? Date{1, 1, 1} : first_day(claimed);
  // A period ("from 2 March to 19 May", "last week") agrees with an event inside it;
  // "since May 2024" states only its start.
  const bool period = mention.date_end && mention.qualifier != Qualifier::kSince;
  // "nearly four months ago", read as the month four back, "nearly four weeks ago", read as
  // the day 28 back: counted back less far than it says, so the month may lie in the month
  // (or year) after the one read, and the day up to a quarter of the span later
  const bool counted_short = !period && (claimed.day == 0 || mention.text.ends_with("ago")) &&
                             (mention.qualifier == Qualifier::kNearly || mention.qualifier == Qualifier::kAlmost);
  const Date short_end = claimed.day != 0    ? date_from_days(days_since_epoch(claimed) +
                                                              std::max(1, (days_since_epoch(published) -
                                                                           days_since_epoch(claimed)) / 4))
                         : claimed.month == 0  ? Date{claimed.year + 1, 0, 0}
                         : claimed.month == 12 ? Date{claimed.year + 1, 1, 0}
                                               : Date{claimed.year, claimed.month + 1, 0};
  const Date claim_last = last_day(period ? *mention.date_end : counted_short ? short_end : claimed);
  const Point* nearest = nullptr;
  int nearest_gap = std::numeric_limits<int>::max();
  for (const Point& point : fact.points) {
    if (!point.date) continue;
    const Date point_first = first_day(*point.date);
    const Date point_last = last_day(*point.date);
    if (point_first <= claim_last && claim_first <= point_last) {
      comparison.verdict = Verdict::kSupported;
      decided_by(comparison, point);
      comparison.explanation =
          concat("The article's ", PeriodWords{claimed, period ? &*mention.date_end : nullptr}, " agrees with ",
                 fact.subject, ": ", DateWords{*point.date}, " (", point.source,
                 claimed.granularity() != point.date->granularity()
                     ? "), compared at the granularity the article gives."
                     : ").");
      return comparison;
    }
    if (!period && same_day_earlier_year(mention, claimed, *point.date)) {
      comparison.verdict = Verdict::kSupported;
      decided_by(comparison, point);
      comparison.explanation = concat("The article's \"", mention.text, "\", written without a year, agrees with ",
                                      fact.subject, ": ", DateWords{*point.date}, " (", point.source, ").");
      return comparison;
    }
    const Date& nearer_end = claim_first > point_last ? point_last : point_first;
    const int gap = days_since_epoch(claim_first) - days_since_epoch(nearer_end);
    if (std::abs(gap) < std::abs(nearest_gap)) {
      nearest_gap = gap;
      nearest = &point;
    }
  }
  if (!nearest) {
    comparison.explanation = concat("The fact ", fact.id, " has no dated point to compare with.");
    return comparison;
  }
  if (fact.recurring) {
    comparison.explanation = concat(fact.subject, " happens again, and the reference dates one occurrence (",
                                    DateWords{*nearest->date}, ", ", nearest->source, "); the article's ",
                                    DateWords{claimed}, " may be another, so it is not checked.");
    return comparison;
  }
  // "to start the deal's second phase early next year", written after the ceasefire took
  // effect: a date wholly ahead of the article is a later event than one the reference
  // dates before it, whatever the words name.
  if (published.year != 0 && first_day(claimed) > last_day(published) &&
      last_day(*nearest->date) < first_day(published)) {
    comparison.explanation = concat("The article gives ", PeriodWords{claimed, period ? &*mention.date_end : nullptr},
                                    ", after its own date, and ", fact.subject, " is dated earlier, ",
                                    DateWords{*nearest->date}, " (", nearest->source,
                                    "): the article speaks of a later event, so it is not checked.");
    return comparison;
  }
  if (!period && !could_be_a_slip(mention, claimed, fact)) {
    comparison.explanation = concat("The article gives ", DateWords{claimed}, ", and ", fact.subject, " is dated ",
                                    DateWords{*nearest->date}, " (", nearest->source,
                                    "): too far apart, in day, month and year, to be a slip for it, so the article "
                                    "may date another such event, and it is not checked.");
    return comparison;
  }
  comparison.verdict = Verdict::kContradicted;
  decided_by(comparison, *nearest);
  comparison.explanation =
      concat("The article gives ", PeriodWords{claimed, period ? &*mention.date_end : nullptr}, ", but ",
             fact.subject, " is dated ", DateWords{*nearest->date}, " (", nearest->source,
             "); the article's date is ", DayDifferenceWords{nearest_gap}, ".");
  return comparison;
}

// ---- numbers ----

struct Bracket {
  const Point* before = nullptr;  ///< last point on or before the publication date
  const Point* after = nullptr;   ///< first point after it
};

Bracket bracket(const Fact& fact, const Date& published) {
  Bracket result;
  for (const Point& point : fact.points) {
    if (point.as_of <= published) {
      result.before = &point;
    } else if (!result.after) {
      result.after = &point;
    }
  }
  return result;
}

// How far the figure is from the reference: from the figure as written when
// there is one (28 against 27 is 1 off), else from the nearest end of its range.
double gap_between(const Interval& claim, const Interval& reference) {
  if (!std::isnan(claim.value)) {
    if (claim.value < reference.low) return reference.low - claim.value;
    if (claim.value > reference.high) return claim.value - reference.high;
  }
  return claim.high < reference.low ? reference.low - claim.high : claim.low - reference.high;
}

// "the figure is 1,200 too high."
struct GapWords {
  const Interval& claim;
  const Interval& reference;
};
void append_piece(Words& out, GapWords words) {
  append_pieces(out, "the figure is ", NumberWords{gap_between(words.claim, words.reference)},
                words.claim.high < words.reference.low ? " too low." : " too high.");
}

}  // namespace

std::optional<double> unit_factor(const std::string& from, const std::string& to) {
  if (from.empty() || to.empty() || from == to) return 1.0;
  struct Conversion {
    const char* from;
    const char* to;
    double factor;
  };
  static constexpr Conversion kConversions[] = {
      {"mi", "km", 1.609344},     {"m", "km", 0.001},        {"mi2", "km2", 2.589988110336},
      {"kg", "t", 0.001},         {"days", "weeks", 1.0 / 7}, {"days", "months", 1.0 / 30.436875},
      {"days", "years", 1.0 / 365.2425}, {"weeks", "days", 7}, {"weeks", "months", 7 / 30.436875},
      {"weeks", "years", 7 / 365.2425}, {"months", "days", 30.436875}, {"months", "weeks", 30.436875 / 7},
      {"months", "years", 1.0 / 12}, {"years", "days", 365.2425}, {"years", "weeks", 365.2425 / 7},
      {"years", "months", 12}};
  for (const Conversion& conversion : kConversions) {
    if (from == conversion.from && to == conversion.to) return conversion.factor;
    if (from == conversion.to && to == conversion.from) return 1.0 / conversion.factor;
  }
  return std::nullopt;
}

std::optional<double> fastest_growth(const Fact& fact) {
  std::optional<double> fastest;
  std::optional<double> previous_value;
  // (As days_since_epoch, each point's reckoned once rather than again as the next one's previous.)
  std::optional<int> previous_day;
  if (fact.since) {
    previous_value = 0;
    previous_day = days_since_epoch(*fact.since);
  }
  for (const Point& point : fact.points) {
    if (!point.value) continue;
    const int day = days_since_epoch(point.as_of);
    if (previous_day) {
      const int days = day - *previous_day;
      if (days > 0) {
        const double rate = (*point.value - *previous_value) / days;
        if (!fastest || rate > *fastest) fastest = rate;
      }
    }
    previous_value = point.value;
    previous_day = day;
  }
  return fastest;
}

namespace {

// Which of the dataset's points tell a running total's value on a day.
enum class TotalReference {
  kHeld,           ///< the last point before the day, known to hold through it
  kBetween,        ///< the points either side of the day
  kLatestBefore,   ///< the last point before the day; none after it
  kEarliestAfter,  ///< the first point after the day; none before it
};

// What the dataset says a running total was on `day`, as the explanation words it:
// "the running total was 71,386 on 4 January 2026 (...) and 71,412 on 7 January
// 2026 (...), so on 6 January 2026 it lay between 71,386 and 71,412". A piece of
// the explanation, written where it stands rather than first as a string of its own.
struct TotalWords {
  TotalReference reference_case;
  const Bracket& around;
  const Date& day;
  const Interval& reference;            ///< the values the points allow on the day
  const std::optional<double>& lowest;  ///< after the day only: the least the total can have been
  const bool& by_growth;                ///< between the points: narrowed by the series' fastest growth
};
void append_piece(Words& out, const TotalWords& words) {
  const Point* before = words.around.before;
  const Point* after = words.around.after;
  switch (words.reference_case) {
    case TotalReference::kHeld:
      append_pieces(out, "the count stood at ", PointWords{*before}, " from ", DateWords{before->as_of}, " until ",
                    DateWords{*before->held_until}, " (", before->source, ")");
      break;
    case TotalReference::kBetween:
      append_pieces(out, "the running total was ", PointWithDate{*before}, " and ", PointWithDate{*after}, ", so on ",
                    DateWords{words.day}, words.by_growth ? ", growing no faster than the series ever has," : "",
                    " it lay between ", NumberWords{words.reference.low}, " and ", NumberWords{words.reference.high});
      break;
    case TotalReference::kLatestBefore:
      append_pieces(out, "the latest reference before ", DateWords{words.day}, " is ", PointWithDate{*before});
      break;
    case TotalReference::kEarliestAfter:
      append_pieces(out, "the earliest reference is from after ", DateWords{words.day}, ": ", PointWithDate{*after},
                    ", so on ", DateWords{words.day}, " it was at most ", NumberWords{words.reference.high});
      if (words.lowest) {
        append_pieces(out, ", and growing as fast as the series has, at least ",
                      NumberWords{std::round(*words.lowest)});
      }
      break;
  }
}

// `rate` is fastest_growth(fact).
Comparison compare_running_total(const Fact& fact, std::optional<double> rate, const Date& published,
                                 const Interval& claim, const ReadingWords& reading) {
  Comparison comparison;
  const Bracket around = bracket(fact, published);
  if (!around.before && !around.after) {
    comparison.explanation = concat("The fact ", fact.id, " has no points.");
    return comparison;
  }
  const bool held = around.before && around.before->held_until && published <= *around.before->held_until;
  const TotalReference reference_case = held                            ? TotalReference::kHeld
                                        : around.before && around.after ? TotalReference::kBetween
                                        : around.before                 ? TotalReference::kLatestBefore
                                                                        : TotalReference::kEarliestAfter;
  // Worked out in the branches below; the words refer to them and are written only after.
  Interval reference;
  std::optional<double> lowest;
  bool by_growth = false;
  const TotalWords reference_words{reference_case, around, published, reference, lowest, by_growth};
  const DateWords day{published};
  if (reference_case == TotalReference::kHeld) {
    reference = point_interval(*around.before);
    decided_by(comparison, *around.before);
  } else if (reference_case == TotalReference::kBetween) {
    reference = {point_interval(*around.before).low, point_interval(*around.after).high};
    // A total three days after 78,108 cannot be 88,108 because it is 92,401 a hundred
    // days later: from a point that gives the total exactly, it grows no faster than the
    // series ever has, as after the last point. (Not from a rounded or bounding point,
    // "about 13,200", which may be another count's; nor back from the later point, which
    // may hold a day's revisions, and a figure a day or two old is no error.)
    if (rate && around.before->qualifier == Qualifier::kNone && around.before->value) {
      const int elapsed = days_since_epoch(published) - days_since_epoch(around.before->as_of);
      const double reachable = *around.before->value + *rate * std::max(elapsed, 1) * kGrowthMargin;
      if (reachable < reference.high) {
        reference.high = std::max(reachable, reference.low);
        by_growth = true;
      }
    }
    comparison.references.reserve(2);
    comparison.references.push_back(expected_from(*around.before));
    comparison.references.push_back(expected_from(*around.after));
    comparison.expected = comparison.references.back();
    comparison.expected->value.reset();
    comparison.expected->low = reference.low;
    comparison.expected->high = reference.high;
  } else if (reference_case == TotalReference::kLatestBefore) {
    reference = point_interval(*around.before);
    // A running total only grows, but without a later point its growth is unknown.
    decided_by(comparison, *around.before);
    if (claim.low > reference.high) {
      // The total may have grown since, but no faster than the series ever has.
      const int elapsed = days_since_epoch(published) - days_since_epoch(around.before->as_of);
      if (!rate) {
        comparison.verdict = Verdict::kUnverified;
        comparison.explanation =
            concat("Read as ", reading, ". The figure is above ", reference_words,
                   ", and the dataset has no later point to tell whether it had grown that far.");
        return comparison;
      }
      const double reachable = reference.high + *rate * std::max(elapsed, 1) * kGrowthMargin;
      if (claim.low <= reachable) {
        comparison.verdict = Verdict::kSupported;
        comparison.explanation = concat("Read as ", reading, "; ", reference_words,
                                        ", and growing as fast as the series has, it could have reached ",
                                        NumberWords{std::round(reachable)}, " by ", day, ", which agrees.");
        return comparison;
      }
      comparison.verdict = Verdict::kContradicted;
      comparison.explanation = concat("Read as ", reading, "; but ", reference_words, ", and even growing ",
                                      NumberWords{std::ceil(*rate * kGrowthMargin)},
                                      " a day, faster than the series ever has, it could have reached at most ",
                                      NumberWords{std::round(reachable)}, " by ", day, ".");
      return comparison;
    }
  } else {
    // Every point is later than the article: the total then was at most the first of
    // them, and at least what it would be if it had grown no faster than the series
    // ever has. With no rate, a figure below that point cannot be judged.
    const Interval after = point_interval(*around.after);
    decided_by(comparison, *around.after);
    const int ahead = days_since_epoch(around.after->as_of) - days_since_epoch(published);
    if (rate) lowest = std::max(0.0, after.low - *rate * std::max(ahead, 1) * kGrowthMargin);
    reference = {lowest.value_or(after.low), after.high};
    if (!rate && claim.high < after.low) {
      comparison.explanation = concat("Read as ", reading, "; ", reference_words,
                                      ", and the dataset has no earlier point to tell how much lower it was.");
      return comparison;
    }
  }
  if (claim.overlaps(reference)) {
    comparison.verdict = Verdict::kSupported;
    comparison.explanation = concat("Read as ", reading, "; ", reference_words, ", which agrees.");
    return comparison;
  }
  // An older point that the figure matches makes it outdated rather than wrong.
  if (!held && claim.high < reference.low) {
    for (auto point = fact.points.rbegin(); point != fact.points.rend(); ++point) {
      if (point->as_of > published || &*point == around.before) continue;
      if (claim.overlaps(point_interval(*point))) {
        comparison.verdict = Verdict::kOutdated;
        comparison.explanation =
            concat("Read as ", reading, ", which matches ", PointWithDate{*point}, "; but ", reference_words, ".");
        return comparison;
      }
    }
  }
  comparison.verdict = Verdict::kContradicted;
  comparison.explanation = concat("Read as ", reading, "; but ", reference_words, ": ", GapWords{claim, reference});
  return comparison;
}

// "more than", "over", "at least": the figure is a bound the value has passed.
bool is_lower_bound(Qualifier qualifier) {
  return qualifier == Qualifier::kMoreThan || qualifier == Qualifier::kOver || qualifier == Qualifier::kAtLeast;
}

// The day a span of days longer than a reference's would end, counted from the start of
// the reference's span, which ended on its point's day: for a fact in days whose points
// all give one day, and a figure wholly above the point's value. None otherwise.
std::optional<int> longer_span_end_day(const Fact& fact, const Point& point, const Interval& claim) {
  if (fact.kind != FactKind::kDuration || fact.unit != "days" || !point.value || std::isnan(claim.value) ||
      claim.low <= point_interval(point).high || !dates_one_event(fact)) {
    return std::nullopt;
  }
  return days_since_epoch(point.as_of) + static_cast<int>(std::lround(claim.value - *point.value));
}

// A figure that does not change with time: any source's point may support it.
Comparison compare_stable(const Fact& fact, const Date& published, const Interval& claim,
                          const ReadingWords& reading) {
  Comparison comparison;
  // The toll of an event the dataset dates after the article (all its points give
  // that one day) is not what the article counts. Points of several days are
  // sources reporting a value that does not change, whenever they wrote.
  // (Its first point's day asked first: most facts' points are all before publication.)
  const bool one_later_day =
      !fact.points.empty() && fact.points.front().as_of > published && dates_one_event(fact);
  if (one_later_day && fact.kind != FactKind::kQuantity) {
    comparison.explanation = concat("Read as ", reading, ". The dataset's figure for ", fact.subject, " is from ",
                                    DateWords{fact.points.front().as_of}, ", after publication, so it is not compared.");
    return comparison;
  }
  // "more than 1,400" killed on 7 October, an early count that later sources (about
  // 1,200, then 1,139 to 1,221) put below it, was revised: from their day on it speaks
  // for nothing. (A bound only: sources that disagree on an exact value, 360 or 365
  // km2, stand side by side.)
  const auto revised_by_then = [&](const Point& point) {
    if (!is_lower_bound(point.qualifier)) return false;
    const double bound = point_interval(point).low;
    return std::any_of(fact.points.begin(), fact.points.end(), [&](const Point& later) {
      return point.as_of < later.as_of && !(published < later.as_of) && point_interval(later).high < bound;
    });
  };
  const Point* closest = nullptr;
  const Point* revised_match = nullptr;  // a revised point the figure fits: it was the count once
  double closest_gap = kInfinity;
  // A revised bound is what the figure was once only if the figure could have been
  // written from it: the figure as written lies in what the bound allows, or the bound
  // in what the figure allows ("about 1,700" killed only grazes "more than 1,400",
  // read as 1,400 to 1,540, and no source ever gave it: it is wrong, not old).
  const auto was_once = [&](const Point& point) {
    const Interval reference = point_interval(point);
    if (!claim.overlaps(reference)) return false;
    if (std::isnan(claim.value) || !point.value) return true;
    return (reference.low <= claim.value && claim.value <= reference.high) ||
           (claim.low <= *point.value && *point.value <= claim.high);
  };
  for (const Point& point : fact.points) {
    if (revised_by_then(point)) {
      if (was_once(point)) revised_match = &point;
      continue;
    }
    const Interval reference = point_interval(point);
    if (claim.overlaps(reference)) {
      comparison.verdict = Verdict::kSupported;
      decided_by(comparison, point);
      comparison.explanation =
          concat("Read as ", reading, "; the reference gives ", PointWithDate{point}, ", which agrees.");
      return comparison;
    }
    if (const double gap = gap_between(claim, reference); gap < closest_gap) {
      closest_gap = gap;
      closest = &point;
    }
  }
  if (!closest) {
    comparison.explanation = concat("The fact ", fact.id, " has no points.");
    return comparison;
  }
  decided_by(comparison, *closest);
  if (revised_match) {
    comparison.verdict = Verdict::kOutdated;
    comparison.explanation = concat("Read as ", reading, ", which matches ", PointWithDate{*revised_match},
                                    "; but later sources revised it: the closest reference is ",
                                    PointWithDate{*closest}, ".");
    return comparison;
  }
  // "a police officer killed in the attack and held there for 842 days", in the story of
  // his return: the reference's 738 days ended on its day, and a longer span from the
  // same start that ends by publication, and recently, may be a later captive's: not a
  // slip.
  if (const std::optional<int> end_day = longer_span_end_day(fact, *closest, claim)) {
    const int published_day = days_since_epoch(published);
    if (*end_day <= published_day && published_day - *end_day <= kStaleDays) {
      comparison.explanation = concat("Read as ", reading, ". The reference gives ", PointWithDate{*closest},
                                      ", a span that ended that day; counted from the same start, this one runs to ",
                                      DateWords{date_from_days(*end_day)},
                                      ", by publication, so it may count a later span and is not compared.");
      return comparison;
    }
  }
  comparison.verdict = Verdict::kContradicted;
  comparison.explanation = concat("Read as ", reading, "; but the closest reference is ", PointWithDate{*closest},
                                  ": ", GapWords{claim, point_interval(*closest)});
  return comparison;
}

// The day a figure that changes over time is judged at, as the explanation names it:
// the past day the article gives the figure for, or else its publication.
struct JudgedDayWords {
  const Date& day;
  bool is_publication;
  std::string_view publication = "publication";  ///< the words for the day of publication
};
void append_piece(Words& out, JudgedDayWords words) {
  if (words.is_publication) {
    out.append(words.publication);
  } else {
    append_piece(out, DateWords{words.day});
  }
}

// "the latest reference before publication is ", "the latest reference by 31 December 2024 is "
struct LatestReferenceWords {
  JudgedDayWords day;
};
void append_piece(Words& out, LatestReferenceWords words) {
  if (words.day.is_publication) {
    out.append("the latest reference before publication is ");
  } else {
    append_pieces(out, "the latest reference by ", words.day, " is ");
  }
}

// A figure that goes up and down (people held, trucks a day): the latest point
// before `day` (publication, or the past day the article gives the figure for)
// is the reference; an older point it matches makes it outdated.
Comparison compare_stock(const Fact& fact, const Date& day, bool day_is_publication, const Interval& claim,
                         const ReadingWords& reading) {
  Comparison comparison;
  if (fact.points.empty()) {
    comparison.explanation = concat("The fact ", fact.id, " has no points.");
    return comparison;
  }
  const Point* latest = nullptr;
  for (const Point& point : fact.points) {
    if (point.as_of <= day) latest = &point;
  }
  const JudgedDayWords day_words{day, day_is_publication};
  const LatestReferenceWords latest_words{day_words};
  // A figure that goes up and down is only known where the dataset has a point:
  // a later one says nothing about the day of the article, an old one little.
  if (!latest) {
    comparison.explanation = concat("Read as ", reading, ". The dataset's first figure for ", fact.subject, " is ",
                                    PointWithDate{fact.points.front()}, ", after ", day_words,
                                    "; this figure, which changes over time, cannot be judged by it.");
    return comparison;
  }
  // Points of the latest day are all current; sources may differ on one day.
  for (const Point& point : fact.points) {
    if (point.as_of != latest->as_of || !claim.overlaps(point_interval(point))) continue;
    comparison.verdict = Verdict::kSupported;
    decided_by(comparison, point);
    comparison.explanation = concat("Read as ", reading, "; ", latest_words, PointWithDate{point}, ", which agrees.");
    return comparison;
  }
  // "2.1 million" people when the latest estimate is 2.2 million: a figure of two
  // significant digits one step of its rounding from a reference that is round at that
  // step is an estimate that rounds differently, not an older figure.
  const Mention& mention = reading.mention;
  if (!reading.converted && mention.value && mention.qualifier == Qualifier::kNone && mention.precision > 1 &&
      std::abs(*mention.value) < kEstimateSteps * mention.precision && latest->value && !latest->low &&
      latest->qualifier == Qualifier::kNone && std::fmod(*latest->value, mention.precision) == 0 &&
      std::abs(*mention.value - *latest->value) <= mention.precision) {
    comparison.verdict = Verdict::kSupported;
    decided_by(comparison, *latest);
    comparison.explanation = concat("Read as ", reading, "; ", latest_words, PointWithDate{*latest},
                                    ", one step of the figure's rounding away: an estimate rounded the same way, "
                                    "which agrees.");
    return comparison;
  }
  const Point* older_match = nullptr;
  for (auto point = fact.points.rbegin(); point != fact.points.rend(); ++point) {
    if (point->as_of < latest->as_of && claim.overlaps(point_interval(*point))) {
      older_match = &*point;
      break;
    }
  }
  comparison.references.reserve(older_match ? 2 : 1);
  decided_by(comparison, *latest);
  if (older_match) {
    comparison.verdict = Verdict::kOutdated;
    comparison.references.push_back(expected_from(*older_match));
    comparison.explanation = concat("Read as ", reading, ", which matches ", PointWithDate{*older_match}, "; but ",
                                    latest_words, PointWithDate{*latest}, ".");
    return comparison;
  }
  if (const int age = days_since_epoch(day) - days_since_epoch(latest->as_of); age > kStaleDays) {
    // An old point cannot tell a figure's last moves, but it can tell an order of
    // magnitude: the figure is wrong when it is off by more than the drift allowed.
    const Interval drifted = drifted_interval(fact, point_interval(*latest));
    if (age <= kStaleLimitDays && !claim.overlaps(drifted)) {
      comparison.verdict = Verdict::kContradicted;
      comparison.explanation =
          concat("Read as ", reading, "; the latest reference, ", PointWithDate{*latest}, ", is ", std::to_string(age),
                 " days older than ", JudgedDayWords{day, day_is_publication, "the article"},
                 ", but a figure that changes over time does not move from there to this: ",
                 GapWords{claim, point_interval(*latest)});
      return comparison;
    }
    comparison.verdict = Verdict::kUnverified;
    comparison.explanation = concat("Read as ", reading, ". The latest reference, ", PointWithDate{*latest},
                                    ", is too old to judge a figure that changes over time.");
    return comparison;
  }
  // "the 48 hostages still held", in September: 50 on 29 July and 48 on 9 October, the
  // count moved between the points either side, and the dataset does not say when
  const Point* next = nullptr;
  for (const Point& point : fact.points) {
    if (day < point.as_of) {
      next = &point;
      break;
    }
  }
  if (next && days_since_epoch(next->as_of) - days_since_epoch(day) <= kStaleDays) {
    const Interval before = point_interval(*latest);
    const Interval after = point_interval(*next);
    const Interval between{std::min(before.low, after.low), std::max(before.high, after.high)};
    // (the figure as written between them, not only its tolerance: "about 63%" against 53
    // and then 58 is too high whatever "about" allows)
    const bool lies_between = std::isnan(claim.value) ? claim.overlaps(between)
                                                      : between.low <= claim.value && claim.value <= between.high;
    if (lies_between) {
      comparison.explanation = concat("Read as ", reading, "; ", latest_words, PointWithDate{*latest},
                                      " and the next is ", PointWithDate{*next},
                                      "; the figure lies between, where the count may have stood by ", day_words,
                                      ", so it is not checked.");
      return comparison;
    }
  }
  comparison.verdict = Verdict::kContradicted;
  comparison.explanation = concat("Read as ", reading, "; but ", latest_words, PointWithDate{*latest}, ": ",
                                  GapWords{claim, point_interval(*latest)});
  return comparison;
}

// claim_interval, with `qualifier` read in place of the mention's own.
Interval interval_read_with(const Mention& mention, Qualifier qualifier) {
  if (!mention.value) {
    return {mention.low.value_or(-kInfinity), mention.high.value_or(kInfinity)};
  }
  const double value = *mention.value;
  const double half_step = mention.precision / 2;
  const double approximate = std::max(half_step, std::abs(value) * kApproximateShare);
  switch (qualifier) {
    case Qualifier::kMoreThan:
    case Qualifier::kOver:
    case Qualifier::kAtLeast:
      // "more than 71,400" is written when the count has just passed it: a figure
      // ten of its own steps (and a tenth) below the truth is a slip ("more than
      // 61,400"), while a round one ("more than 70,000") may lag far behind.
      // ("more than half" is a share of a whole: its ten steps stop at the whole, 100%)
      if (value > 0 && mention.precision > 0) {
        double high = std::max(value * (1 + kApproximateShare), value + kLowerBoundSteps * mention.precision);
        if (mention.kind == MentionKind::kPercent && value < 100) high = std::min(high, 100.0);
        return {value, high, value};
      }
      return {value, kInfinity, value};
    case Qualifier::kNearly:
    case Qualifier::kAlmost:
      return {value - approximate, value, value};
    case Qualifier::kAbout:
    case Qualifier::kAround:
    case Qualifier::kRoughly:
    case Qualifier::kSome:
      return {value - approximate, value + approximate, value};
    case Qualifier::kUpTo:
    case Qualifier::kAtMost:
    case Qualifier::kFewerThan:
    case Qualifier::kLessThan:
    case Qualifier::kUnder:
      return {-kInfinity, value, value};
    case Qualifier::kNone:
    case Qualifier::kSince:
      break;
  }
  return {value - half_step, value + half_step, value};
}

}  // namespace

Interval claim_interval(const Mention& mention) { return interval_read_with(mention, mention.qualifier); }

Comparison compare_scope_start(const Mention& mention, const Fact& fact) {
  Comparison comparison;
  if (!mention.date || !fact.since) return comparison;
  const Date claimed = *mention.date;
  Expected expected;
  expected.date = fact.since;
  expected.as_of = *fact.since;
  if (!fact.points.empty()) {
    expected.source = fact.points.front().source;
    expected.url = fact.points.front().url;
  }
  comparison.references.push_back(std::move(expected));
  comparison.expected = comparison.references.back();
  const bool agrees = (first_day(claimed) <= *fact.since && *fact.since <= last_day(claimed)) ||
                     same_day_earlier_year(mention, claimed, *fact.since);
  // "since 10 October" for a count kept from the 11th, the first whole day of a
  // truce that began at noon: a start one day off is how starts are stated.
  const int days_off = days_since_epoch(*fact.since) - days_since_epoch(last_day(claimed));
  const bool day_before = !agrees && claimed.day != 0 && days_off == 1;
  comparison.verdict = agrees || day_before ? Verdict::kSupported : Verdict::kContradicted;
  const std::string_view before_text = agrees || day_before ? "; \"" : ", not from \"";
  const std::string_view after_text = agrees       ? "\" agrees at the granularity written."
                                      : day_before ? "\" gives the day before, when what it counts from began."
                                                   : "\".";
  comparison.explanation = concat("The figure it scopes, ", fact.subject, ", counts from ", DateWords{*fact.since},
                                  before_text, mention.text, after_text);
  return comparison;
}

bool dates_one_event(const Fact& fact) {
  return !fact.points.empty() && std::all_of(fact.points.begin(), fact.points.end(), [&](const Point& point) {
    return point.as_of == fact.points.front().as_of;
  });
}

bool is_value_of_running_total(const Mention& mention, const Fact& fact, const Date& published) {
  if (!fact.cumulative || mention.ambiguous || !(mention.value || (mention.low && mention.high))) return false;
  // Points only from after the article bound the total from above and cannot
  // tell this total from a smaller count.
  if (!bracket(fact, published).before) return false;
  // Read as "about" whatever bound it states; the reading's words, which tell only
  // whether it states one, stay the same.
  const bool bounded = mention.value && mention.qualifier != Qualifier::kNone;
  const Interval claim = interval_read_with(mention, bounded ? Qualifier::kAbout : mention.qualifier);
  const Verdict verdict =
      compare_running_total(fact, fastest_growth(fact), published, claim, ReadingWords{mention, claim}).verdict;
  return verdict == Verdict::kSupported || verdict == Verdict::kOutdated;
}

Comparison compare(const Mention& mention, const Fact& fact, const Date& published,
                   const std::optional<Date>& figure_day, bool figure_day_is_history) {
  return compare(mention, fact, fastest_growth(fact), published, figure_day, figure_day_is_history);
}

Comparison compare(const Mention& mention, const Fact& fact, std::optional<double> growth, const Date& published,
                   const std::optional<Date>& figure_day, bool figure_day_is_history) {
  if (mention.ambiguous) {
    Comparison comparison;
    comparison.explanation = concat("This figure can be read more than one way (", mention.note,
                                    "), so it is not checked.");
    return comparison;
  }
  if (is_date_fact(fact)) {
    if (!mention.date) {
      Comparison comparison;
      comparison.explanation = "The date could not be read.";
      return comparison;
    }
    return compare_dates(mention, fact, published);
  }
  const Interval read = claim_interval(mention);
  Interval claim = read;
  ReadingWords reading{mention, read};
  if (fact.kind == FactKind::kMoney || fact.kind == FactKind::kQuantity || fact.kind == FactKind::kDuration) {
    const auto factor = unit_factor(mention.unit, fact.unit);
    if (!factor) {
      Comparison comparison;
      comparison.explanation = concat("The article gives this figure in ", mention.unit, " and the reference in ",
                                      fact.unit, ", which cannot be compared",
                                      fact.kind == FactKind::kMoney ? " without an exchange rate." : ".");
      return comparison;
    }
    if (*factor != 1.0) {
      claim = scaled(read, *factor);
      reading.converted = &claim;
      reading.unit = fact.unit;
    }
  }
  if (fact.stable) return compare_stable(fact, published, claim, reading);
  // "by early 2024 about 1.4 million": a figure its clause gives for a past day is
  // compared as things stood that day. A running total given for a recent day ("the
  // ministry said on Tuesday") is compared at publication, where a newer count makes
  // it outdated; one given for a day long past ("its toll passed 20,000 on 22
  // December", in a retrospective a year on), on that day.
  const bool dated_before = figure_day && *figure_day < published;
  if (fact.cumulative) {
    // (A timeline's entry, "November / By 29 November ... 354", is history however recent.)
    const bool long_past =
        dated_before && (figure_day_is_history || days_since_epoch(published) - days_since_epoch(*figure_day) > kStaleDays);
    const Date& day = long_past ? *figure_day : published;
    // "| 29 Feb 2024 | 30,035 | 70,457 |": a total given for a past day that the dataset
    // has a point of is that point's value, not anything up to the next point.
    // A recent day's total is still compared at publication, but one the day's own point
    // rules out, and no older point fits, is wrong whatever came after ("said on 8
    // November that more than 36,000 had been wounded", when it counted 26,000 that day).
    if (dated_before && figure_day->granularity() == Date::Granularity::kDay) {
      const Point* on_the_day = nullptr;
      for (const Point& point : fact.points) {
        if (point.as_of != *figure_day || !point.value || point.low) continue;
        if (!on_the_day || claim.overlaps(point_interval(point))) on_the_day = &point;
      }
      if (on_the_day && !long_past) {
        const bool older_fits = std::any_of(fact.points.begin(), fact.points.end(), [&](const Point& point) {
          return point.as_of < *figure_day && claim.overlaps(point_interval(point));
        });
        if (claim.overlaps(point_interval(*on_the_day)) || older_fits) on_the_day = nullptr;
      }
      if (on_the_day) {
        Comparison comparison;
        decided_by(comparison, *on_the_day);
        if (claim.overlaps(point_interval(*on_the_day))) {
          comparison.verdict = Verdict::kSupported;
          comparison.explanation =
              concat("Read as ", reading, "; the total on the day the article gives was ",
                     PointWithDate{*on_the_day}, ", which agrees.");
          return comparison;
        }
        // An older point that the figure matches makes it outdated rather than wrong.
        for (auto point = fact.points.rbegin(); point != fact.points.rend(); ++point) {
          if (!(point->as_of < day) || !claim.overlaps(point_interval(*point))) continue;
          comparison.verdict = Verdict::kOutdated;
          comparison.references.push_back(expected_from(*point));
          comparison.explanation = concat("Read as ", reading, ", which matches ", PointWithDate{*point},
                                          "; but the total on the day the article gives was ",
                                          PointWithDate{*on_the_day}, ".");
          return comparison;
        }
        comparison.verdict = Verdict::kContradicted;
        comparison.explanation = concat("Read as ", reading, "; but the total on the day the article gives was ",
                                        PointWithDate{*on_the_day}, ": ", GapWords{claim, point_interval(*on_the_day)});
        return comparison;
      }
    }
    Comparison comparison = compare_running_total(fact, growth, day, claim, reading);
    // "more than 160,000 wounded" when the count had passed 170,000 three months
    // before: a bound is written when the total has just passed it, and one a whole
    // step of its own precision behind a total long past that step is an old figure.
    if (comparison.verdict == Verdict::kSupported && is_lower_bound(mention.qualifier) && mention.value &&
        mention.precision > 0 && claim.low == read.low) {
      const double next_step = *mention.value + mention.precision;
      // (Reckoned once, and each point's date compared with it as it is, not counted in
      // days: a point given for a month or a year is later than a day just when its
      // first day is, as no day sorts between the two.)
      const Date last_stale_day = date_from_days(days_since_epoch(day) - kStaleDays - 1);
      for (const Point& point : fact.points) {
        if (point.as_of > last_stale_day) break;
        if (point_interval(point).low >= next_step) {
          comparison.verdict = Verdict::kOutdated;
          comparison.explanation = concat("Read as ", reading, ", which the total had already passed by ",
                                          NumberWords{next_step}, " at ", PointWithDate{point},
                                          ", more than ", NumberWords{static_cast<double>(kStaleDays)},
                                          " days before ", DateWords{day}, ": a figure from before then.");
          break;
        }
      }
    }
    return comparison;
  }
  if (dated_before) return compare_stock(fact, *figure_day, false, claim, reading);
  return compare_stock(fact, published, true, claim, reading);
}

}  // namespace figcheck::detail
