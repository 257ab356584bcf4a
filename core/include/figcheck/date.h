// Calendar dates at the granularity a text states them: a year, a month or a day.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck {

/// A proleptic Gregorian date known to a year, a month or a day.
/// `month == 0` means the date is known to the year only; `day == 0` to the month.
/// A default-constructed Date (year 0) is "no date".
struct Date {
  int year = 0;
  int month = 0;  ///< 1..12, or 0 when only the year is known
  int day = 0;    ///< 1..31, or 0 when only the month is known

  enum class Granularity { kYear, kMonth, kDay };

  /// True when the fields form a real calendar date at their granularity.
  bool valid() const;
  /// (Inline: asked of every date a check reads, compares or writes.)
  Granularity granularity() const {
    if (month == 0) return Granularity::kYear;
    if (day == 0) return Granularity::kMonth;
    return Granularity::kDay;
  }

  /// Orders by year, then month, then day (a coarser date sorts before its first day).
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses "2024", "2024-05" or "2024-05-07". Returns nothing for any other text
/// or for an impossible date ("2025-02-30").
std::optional<Date> parse_iso_date(std::string_view text);

/// Formats at the date's granularity: "2024", "2024-05" or "2024-05-07".
std::string format_iso_date(const Date& date);

/// Formats for readers: "2024", "May 2024" or "7 May 2024".
std::string format_readable_date(const Date& date);

/// Days since 1970-01-01 of a day-granular date (the first day of a coarser one).
/// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
/// (Inline: a check asks it of every point of a fact it compares with, and of the
/// dates it reads, where the call cost a fifth of the answer.)
inline int days_since_epoch(const Date& date) {
  int year = date.year;
  const int month = date.month == 0 ? 1 : date.month;
  const int day = date.day == 0 ? 1 : date.day;
  year -= month <= 2;
  // (Unsigned divisions where the value is known not to be negative, and a month's days
  // before it from a table: the formula's signed divisions cost half the answer.)
  const int era = year >= 0 ? static_cast<int>(static_cast<unsigned>(year) / 400) : (year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);  // 0..399
  // (153 * m + 2) / 5 of the month m counted from March, for months 1..12.
  static constexpr int kDaysBeforeMonth[13] = {0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275};
  const int days_before_month =
      month >= 1 && month <= 12 ? kDaysBeforeMonth[month] : (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5;
  const int day_of_year = days_before_month + day - 1;
  const int day_of_era = static_cast<int>(year_of_era * 365 + year_of_era / 4 - year_of_era / 100) + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

/// The day-granular date `days` after 1970-01-01.
Date date_from_days(int days);

/// Days in a month of a year (28..31).
int days_in_month(int year, int month);

/// The first and last day covered by a date at its granularity. (Inline: asked of
/// both ends of every date a check compares as a span of days.)
inline Date first_day(const Date& date) {
  return Date{date.year, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day};
}
inline Date last_day(const Date& date) {
  if (date.month == 0) return Date{date.year, 12, 31};
  if (date.day == 0) return Date{date.year, date.month, days_in_month(date.year, date.month)};
  return date;
}

/// Day of the week of a day-granular date: 0 = Monday .. 6 = Sunday.
int weekday(const Date& date);

}  // namespace figcheck
