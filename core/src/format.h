// Numbers, intervals and dates as explanations and reports write them. Internal.
#pragma once

#include <cstddef>
#include <string>

#include "figcheck/date.h"

namespace figcheck::detail {

/// 71386 -> "71,386"; 53200000000 -> "53.2 billion"; 1.5 -> "1.5".
std::string format_number(double value);

/// The longest text write_iso_date writes: a year outside 0..9999, "-2147483648".
inline constexpr std::size_t kIsoDateLongest = 11;

/// Writes format_iso_date's text at `out`, without a string of its own; returns its end.
char* write_iso_date(const Date& date, char* out);

/// Appends format_readable_date's text to `out`, without a string of its own.
void append_readable_date(std::string& out, const Date& date);

}  // namespace figcheck::detail
