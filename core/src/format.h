// Numbers, intervals and dates as explanations and reports write them. Internal.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "figcheck/date.h"

namespace figcheck::detail {

/// "00", "01", ... "99": numbers are written two digits at a time from here.
inline constexpr std::array<char, 200> kTwoDigits = [] {
  std::array<char, 200> digits{};
  for (int i = 0; i < 100; ++i) {
    digits[2 * i] = static_cast<char>('0' + i / 10);
    digits[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return digits;
}();

/// Writes `value` (0..99) as two digits at `out`; returns their end.
inline char* write_two_digits(unsigned value, char* out) {
  std::memcpy(out, kTwoDigits.data() + 2 * value, 2);
  return out + 2;
}

/// 71386 -> "71,386"; 53200000000 -> "53.2 billion"; 1.5 -> "1.5".
std::string format_number(double value);

/// Appends format_number's text to `out`, without a string of its own.
void append_number(std::string& out, double value);

/// Room enough for write_general's text.
inline constexpr std::size_t kGeneralLongest = 32;

/// Writes `value` as printf's "%.*g" does with `precision` (1..17) at `out`, and
/// returns its end: the same text natively and in wasm.
char* write_general(double value, int precision, char* out);

/// Whether `text`, as write_general writes it, reads back as `value` exactly.
bool reads_back_exactly(std::string_view text, double value);

/// The longest text write_iso_date writes: a year outside 0..9999, "-2147483648".
inline constexpr std::size_t kIsoDateLongest = 11;

/// Writes format_iso_date's text at `out`, without a string of its own; returns its end.
char* write_iso_date(const Date& date, char* out);

/// Appends format_readable_date's text to `out`, without a string of its own.
void append_readable_date(std::string& out, const Date& date);

// ---- explanations built in one piece ----
//
// An explanation is a dozen pieces; joined with operator+ each step makes a string
// of its own. concat() reserves once and appends each piece in place, numbers and
// dates included. A piece is text, or a type with its own append_piece() and
// piece_size() (an estimate, for the reservation), found by argument-dependent lookup.
// A piece made of pieces estimates no less than their sum: its own append_pieces
// then finds the room reserved and does not allocate again.

/// A number as format_number writes it.
struct NumberWords {
  double value;
};
/// A date as format_readable_date writes it.
struct DateWords {
  const Date& date;
};

inline std::size_t piece_size(std::string_view text) { return text.size(); }
inline void append_piece(std::string& out, std::string_view text) { out += text; }
/// A string literal: its length is known at compile time, with no strlen for it.
template <std::size_t N>
std::size_t piece_size(const char (&)[N]) {
  return N - 1;
}
template <std::size_t N>
void append_piece(std::string& out, const char (&literal)[N]) {
  out.append(literal, N - 1);
}
inline std::size_t piece_size(NumberWords) { return 16; }
inline void append_piece(std::string& out, NumberWords number) { append_number(out, number.value); }
inline std::size_t piece_size(DateWords) { return 17; }  // "30 September 2025"
inline void append_piece(std::string& out, DateWords date) { append_readable_date(out, date.date); }

/// Appends `pieces` to `out` in order, after one reservation.
template <typename... Pieces>
void append_pieces(std::string& out, const Pieces&... pieces) {
  out.reserve(out.size() + (piece_size(pieces) + ...));
  (append_piece(out, pieces), ...);
}

/// The pieces joined into one string.
template <typename... Pieces>
std::string concat(const Pieces&... pieces) {
  std::string text;
  append_pieces(text, pieces...);
  return text;
}

}  // namespace figcheck::detail
