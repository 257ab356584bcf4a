// Comparing a claim with the fact it matched, at the publication date. Internal.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "figcheck/check.h"

namespace figcheck::detail {

struct Comparison {
  Verdict verdict = Verdict::kUnverified;
  std::optional<Expected> expected;
  std::vector<Expected> references;
  std::string explanation;
};

/// Compares `mention` with `fact` as things stood on `published`. A figure that
/// rises and falls is compared as things stood on `figure_day` instead, when the
/// article gives it for that earlier day ("by early 2024 about 1.4 million"). A
/// running total given for a recent day is compared at publication, unless
/// `figure_day_is_history` (a timeline's entry): then on its day too.
Comparison compare(const Mention& mention, const Fact& fact, const Date& published,
                   const std::optional<Date>& figure_day = std::nullopt, bool figure_day_is_history = false);

/// The same, given `growth` as fastest_growth(fact) gives it: reckoned once per
/// dataset (MatchIndex::fastest_growth), as it depends on the fact alone.
Comparison compare(const Mention& mention, const Fact& fact, std::optional<double> growth, const Date& published,
                   const std::optional<Date>& figure_day, bool figure_day_is_history);

/// The fastest a running total has grown between two of its points, per day. A
/// total is nothing on the day it starts, so a known start and the first point
/// give a rate too: one point is enough when the start is known. None when no two
/// points (or the start and a point) are days apart.
std::optional<double> fastest_growth(const Fact& fact);

/// The factor that turns an amount in `from` into one in `to`, of the canonical units the
/// extractor reports (1 when either is empty or both are the same); none when one
/// cannot be turned into the other ("litres/day" and "km").
std::optional<double> unit_factor(const std::string& from, const std::string& to);

/// Compares the start of a stated scope ("since October 2023") with the start of
/// the running total it scopes (`fact.since`), at the granularity written.
Comparison compare_scope_start(const Mention& mention, const Fact& fact);

/// Whether `mention` is a value the running total `fact` had by `published`:
/// read as about its value whatever bound it states ("more than 100" is not the
/// toll of a war), it agrees with the total then or with an earlier point. Never
/// true when the dataset has no point on or before `published`.
bool is_value_of_running_total(const Mention& mention, const Fact& fact, const Date& published);

/// Whether all of a fact's points give one day, as an event's do ("prisoners
/// released on 13 October 2025"), rather than sources reporting over time.
bool dates_one_event(const Fact& fact);

/// An inclusive range of values; infinities stand for an open end.
struct Interval {
  double low = 0;
  double high = 0;
  double value = std::numeric_limits<double>::quiet_NaN();  ///< the figure as written, when one is
  bool overlaps(const Interval& other) const { return low <= other.high && other.low <= high; }
};

/// The values a figure allows, read at its stated precision and with its qualifier.
Interval claim_interval(const Mention& mention);

/// "about", "around": a tenth either way; "nearly": up to a tenth below.
inline constexpr double kApproximateShare = 0.10;
/// The open end of an interval: "more than", "up to", a point with no value.
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The values a reference point allows, given how its source phrased it.
/// (Inline: asked of every point a comparison passes over.)
inline Interval point_interval(const Point& point) {
  if (point.low && point.high) return {*point.low, *point.high};
  if (!point.value) return {-kInfinity, kInfinity};
  const double value = *point.value;
  switch (point.qualifier) {
    case Qualifier::kMoreThan:
    case Qualifier::kOver:
    case Qualifier::kAtLeast:
      // A source that says "more than 18,500" means a little more, not any amount more.
      return {value, value * (1 + kApproximateShare)};
    case Qualifier::kNearly:
    case Qualifier::kAlmost:
      return {value * (1 - kApproximateShare), value};
    case Qualifier::kAbout:
    case Qualifier::kAround:
    case Qualifier::kRoughly:
    case Qualifier::kSome:
      return {value * (1 - kApproximateShare), value * (1 + kApproximateShare)};
    case Qualifier::kUpTo:
    case Qualifier::kAtMost:
    case Qualifier::kFewerThan:
    case Qualifier::kLessThan:
    case Qualifier::kUnder:
      return {-kInfinity, value};
    default:
      return {value, value};
  }
}

}  // namespace figcheck::detail
