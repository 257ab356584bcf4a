// Numbers, intervals and dates as explanations and reports write them. Internal.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <memory>
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

/// Room enough for write_number_words' text, of which "-1.235e+05 billion" (18
/// bytes) is the longest: a grouped whole is under a billion, "-999,999,999".
inline constexpr std::size_t kNumberWordsLongest = 24;

/// Writes format_number's text at `out`, without a string of its own; returns its end.
char* write_number_words(double value, char* out);

/// Room enough for write_general's text.
inline constexpr std::size_t kGeneralLongest = 32;

/// Writes `value` as printf's "%.*g" does with `precision` (1..17) at `out`, and
/// returns its end: the same text natively and in wasm.
char* write_general(double value, int precision, char* out);

/// Writes `value` as the decimal of up to six places and `digits` significant digits
/// that it is the double nearest to ("53.2", "0.05", "-1.25", "70"), which is what
/// write_general writes with `digits` or more, without its cost (in wasm, musl's
/// printf); returns its end. Null, having written nothing, for any other value, and
/// for one under 1e-4, which write_general writes with an exponent.
char* write_short_decimal(double value, int digits, char* out);

/// Whether `text`, as write_general writes it, reads back as `value` exactly.
bool reads_back_exactly(std::string_view text, double value);

/// The longest text write_iso_date writes: a year outside 0..9999, "-2147483648".
inline constexpr std::size_t kIsoDateLongest = 11;

/// Writes format_iso_date's text at `out`, without a string of its own; returns its end.
char* write_iso_date(const Date& date, char* out);

/// The longest text write_readable_date writes, "30 September 2025" (a valid date's
/// day is 1..31 and its year 1..9999; an invalid date's text is "(no date)").
inline constexpr std::size_t kReadableDateLongest = 17;

/// Writes format_readable_date's text at `out`, without a string of its own; returns its end.
char* write_readable_date(const Date& date, char* out);

// ---- explanations built in one piece ----
//
// An explanation is a dozen pieces; joined with operator+ each step makes a string
// of its own, and appended to a std::string each piece is a call that checks its
// room and copies. concat() writes every piece straight into one buffer instead,
// numbers and dates included, with room made per piece, and makes the string once
// at the end. A piece is text, or a type with its own append_piece(), found by
// argument-dependent lookup.

/// The text of an explanation as its pieces are written: short ones stay in the
/// object (an explanation is a few hundred bytes), longer ones move to the heap.
class Words {
 public:
  Words() = default;
  Words(const Words&) = delete;
  Words& operator=(const Words&) = delete;

  /// Makes room for `bytes` more and returns where they go; wrote() then says where
  /// the piece ended.
  char* room(std::size_t bytes) {
    if (static_cast<std::size_t>(limit_ - end_) < bytes) grow(bytes);
    return end_;
  }
  void wrote(char* end) { end_ = end; }

  void append(std::string_view text) {
    char* const at = room(text.size());
    if (!text.empty()) std::memcpy(at, text.data(), text.size());
    end_ = at + text.size();
  }
  /// A string literal: its length is known at compile time, and so is the copy.
  template <std::size_t N>
  void append(const char (&literal)[N]) {
    char* const at = room(N - 1);
    std::memcpy(at, literal, N - 1);
    end_ = at + N - 1;
  }

  std::string take() const { return std::string(begin_, end_); }

 private:
  void grow(std::size_t bytes);  // out of line: explanations rarely outgrow the object

  char inline_[512];  // left uninitialized: only bytes written are read
  std::unique_ptr<char[]> heap_;
  char* begin_ = inline_;
  char* end_ = inline_;
  char* limit_ = inline_ + sizeof inline_;
};

/// A number as format_number writes it.
struct NumberWords {
  double value;
};
/// A date as format_readable_date writes it.
struct DateWords {
  const Date& date;
};

inline void append_piece(Words& out, std::string_view text) { out.append(text); }
template <std::size_t N>
void append_piece(Words& out, const char (&literal)[N]) {
  out.append(literal);
}
inline void append_piece(Words& out, NumberWords number) {
  out.wrote(write_number_words(number.value, out.room(kNumberWordsLongest)));
}
inline void append_piece(Words& out, DateWords date) {
  out.wrote(write_readable_date(date.date, out.room(kReadableDateLongest)));
}

/// Appends `pieces` to `out` in order.
template <typename... Pieces>
void append_pieces(Words& out, const Pieces&... pieces) {
  (append_piece(out, pieces), ...);
}

/// The pieces joined into one string.
template <typename... Pieces>
std::string concat(const Pieces&... pieces) {
  Words words;
  append_pieces(words, pieces...);
  return words.take();
}

}  // namespace figcheck::detail
