#include "figcheck/date.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#include "format.h"

namespace figcheck {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Each month's name and a space, padded to the longest's ten bytes, and how many
// of them are its own.
struct MonthWords {
  std::array<char, 10> text{};
  std::size_t length = 0;
};
constexpr std::array<MonthWords, 12> kMonthWords = [] {
  std::array<MonthWords, 12> words{};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view name = kMonthNames[i];
    for (std::size_t j = 0; j < name.size(); ++j) words[i].text[j] = name[j];
    words[i].text[name.size()] = ' ';
    words[i].length = name.size() + 1;
  }
  return words;
}();

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Reads exactly `width` ASCII digits.
std::optional<int> read_digits(std::string_view text, std::size_t width) {
  if (text.size() != width) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

namespace {

// Date::valid, inlined where a date is written for readers (write_readable_date), as
// every explanation's dates are.
[[gnu::always_inline]] inline bool is_valid(const Date& date) {
  if (date.year < 1 || date.year > 9999) return false;
  if (date.month == 0) return date.day == 0;
  if (date.month < 1 || date.month > 12) return false;
  // (Every month has 28 days: the month's length, a leap year's test for February,
  // is asked only of the days past them.)
  return date.day == 0 || (date.day >= 1 && (date.day <= 28 || date.day <= days_in_month(date.year, date.month)));
}

}  // namespace

bool Date::valid() const { return is_valid(*this); }

std::optional<Date> parse_iso_date(std::string_view text) {
  Date date;
  auto year = read_digits(text.substr(0, 4), 4);
  if (!year) return std::nullopt;
  date.year = *year;
  if (text.size() > 4) {
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    auto month = read_digits(text.substr(5, 2), 2);
    if (!month) return std::nullopt;
    date.month = *month;
    if (text.size() > 7) {
      if (text.size() != 10 || text[7] != '-') return std::nullopt;
      auto day = read_digits(text.substr(8, 2), 2);
      if (!day) return std::nullopt;
      date.day = *day;
    }
  }
  if (!date.valid()) return std::nullopt;
  return date;
}

char* detail::write_iso_date(const Date& date, char* out) {
  // Not printf: a report writes a handful of dates per figure, and printf costs
  // more than the rest of the report writing.
  if (date.year < 0 || date.year > 9999) return std::to_chars(out, out + kIsoDateLongest, date.year).ptr;
  // Two digits at a time from a table; a field out of 0..99, which only an invalid
  // date has, is written digit by digit as ever.
  const auto put_two_digits = [&](int value) {
    if (value >= 0 && value < 100) {
      out = detail::write_two_digits(static_cast<unsigned>(value), out);
    } else {
      out[0] = static_cast<char>('0' + value / 10 % 10);
      out[1] = static_cast<char>('0' + value % 10);
      out += 2;
    }
  };
  const auto year = static_cast<unsigned>(date.year);  // 0..9999
  out = detail::write_two_digits(year / 100, out);
  out = detail::write_two_digits(year % 100, out);
  if (date.granularity() == Date::Granularity::kYear) return out;
  *out++ = '-';
  put_two_digits(date.month);
  if (date.granularity() == Date::Granularity::kMonth) return out;
  *out++ = '-';
  put_two_digits(date.day);
  return out;
}

std::string format_iso_date(const Date& date) {
  char text[detail::kIsoDateLongest];
  return std::string(text, detail::write_iso_date(date, text));
}

char* detail::write_readable_date(const Date& date, char* out) {
  if (!is_valid(date)) {
    constexpr std::string_view kNoDate = "(no date)";
    return std::copy(kNoDate.begin(), kNoDate.end(), out);
  }
  // Digits from the table rather than to_chars: a valid date's day is 1..31 and
  // its year 1..9999, four digits but for the first millennium.
  char* at = out;
  if (date.granularity() == Date::Granularity::kDay) {
    if (date.day < 10) {
      *at++ = static_cast<char>('0' + date.day);
    } else {
      at = detail::write_two_digits(static_cast<unsigned>(date.day), at);
    }
    *at++ = ' ';
  }
  if (date.granularity() != Date::Granularity::kYear) {
    // The name and its space copied as ten bytes, the longest's, which a call to
    // memcpy for each name's own length would cost more than: the room is there
    // (kReadableDateLongest), and the year writes over what is past the space.
    const MonthWords& month = kMonthWords[static_cast<std::size_t>(date.month - 1)];
    std::memcpy(at, month.text.data(), month.text.size());
    at += month.length;
  }
  if (date.year >= 1000) {
    at = detail::write_two_digits(static_cast<unsigned>(date.year / 100), at);
    at = detail::write_two_digits(static_cast<unsigned>(date.year % 100), at);
  } else {
    at = std::to_chars(at, at + 4, date.year).ptr;
  }
  return at;
}

std::string format_readable_date(const Date& date) {
  char text[detail::kReadableDateLongest];
  return std::string(text, detail::write_readable_date(date, text));
}

Date date_from_days(int days) {
  days += 719468;
  const int era = (days >= 0 ? days : days - 146096) / 146097;
  const int day_of_era = days - era * 146097;
  const int year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int shifted_month = (5 * day_of_year + 2) / 153;
  Date date;
  date.day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  date.month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  date.year = year_of_era + era * 400 + (date.month <= 2);
  return date;
}

int weekday(const Date& date) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  const int days = days_since_epoch(date);
  return ((days % 7) + 7 + 3) % 7;
}

}  // namespace figcheck
