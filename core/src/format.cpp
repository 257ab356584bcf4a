#include "format.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace figcheck::detail {
namespace {

// `whole` is a whole number under 1e15, so it converts to an integer exactly.
// Written from its last group of three digits back, each after a comma, into a
// buffer copied out in one piece; the first group has no leading zeros. The piece
// is copied as kNumberWordsLongest bytes, the room `out` has, whatever its length:
// a copy of a fixed size is a few moves, where one of its own length is a call to
// memcpy (write_number_words' caller reads only up to the end returned).
char* write_grouped(double whole, char* out) {
  std::uint64_t rest = static_cast<std::uint64_t>(std::abs(whole));
  // "-999,999,999,999,999", its longest, then room for the copy to run past it.
  constexpr std::size_t kLongest = 20;
  static_assert(kLongest <= kNumberWordsLongest);
  char text[kLongest + kNumberWordsLongest];
  char* at = text + kLongest;
  while (rest >= 1000) {
    const auto group = static_cast<unsigned>(rest % 1000);
    rest /= 1000;
    at -= 4;
    at[0] = ',';
    at[1] = static_cast<char>('0' + group / 100);
    write_two_digits(group % 100, at + 2);
  }
  const auto first = static_cast<unsigned>(rest);
  if (first >= 100) {
    at -= 3;
    at[0] = static_cast<char>('0' + first / 100);
    write_two_digits(first % 100, at + 1);
  } else if (first >= 10) {
    at -= 2;
    write_two_digits(first, at);
  } else {
    *--at = static_cast<char>('0' + first);
  }
  if (whole < 0) *--at = '-';
  std::memcpy(out, at, kNumberWordsLongest);
  return out + (text + kLongest - at);
}

}  // namespace

char* write_general(double value, int precision, char* out) {
#if defined(__cpp_lib_to_chars)
  // The standard defines to_chars with a precision as printf's digits, and it
  // skips printf's format parsing. Emscripten's libc++ has no floating-point
  // to_chars, and prints with musl's printf, which is correctly rounded too.
  return std::to_chars(out, out + kGeneralLongest, value, std::chars_format::general, precision).ptr;
#else
  return out + std::snprintf(out, kGeneralLongest, "%.*g", precision, value);
#endif
}

// The value is the double nearest `whole` / 10^places, so those digits read back
// exactly, and printf's are them (a decimal of fewer digits than it writes survives
// the round trip through a double) with the trailing zeros dropped, which a whole of
// fewer places would have matched first.
char* write_short_decimal(double value, int digits, char* out) {
  static constexpr std::array<double, 16> kPowers = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                     1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  constexpr std::size_t kMostPlaces = 6;
  const double wholes_below = kPowers[static_cast<std::size_t>(digits)];
  const double magnitude = std::abs(value);
  if (!(magnitude >= 1e-4 && magnitude < wholes_below)) return nullptr;
  for (std::size_t places = 0; places <= kMostPlaces; ++places) {
    const double rounded = magnitude * kPowers[places] + 0.5;
    if (!(rounded < wholes_below)) return nullptr;
    const auto whole = static_cast<std::uint64_t>(rounded);
    if (static_cast<double>(whole) / kPowers[places] != magnitude) continue;
    char text[24];
    char* const text_end = text + sizeof text;
    char* first = text_end;
    for (std::uint64_t rest = whole; rest != 0; rest /= 10) *--first = static_cast<char>('0' + rest % 10);
    const auto count = static_cast<std::size_t>(text_end - first);
    if (value < 0) *out++ = '-';
    if (count <= places) {
      *out++ = '0';
      *out++ = '.';
      for (std::size_t zeros = places - count; zeros > 0; --zeros) *out++ = '0';
      std::memcpy(out, first, count);
      return out + count;
    }
    std::memcpy(out, first, count - places);
    out += count - places;
    if (places == 0) return out;
    *out++ = '.';
    std::memcpy(out, first + (count - places), places);
    return out + places;
  }
  return nullptr;
}

bool reads_back_exactly(std::string_view text, double value) {
#if defined(__cpp_lib_to_chars)
  // from_chars where to_chars is: a quarter of strtod's cost, and no terminating zero.
  double read = 0;
  std::from_chars(text.data(), text.data() + text.size(), read);
  return read == value;
#else
  char terminated[kGeneralLongest + 1];
  std::memcpy(terminated, text.data(), text.size());
  terminated[text.size()] = '\0';
  return std::strtod(terminated, nullptr) == value;
#endif
}

char* write_number_words(double value, char* out) {
  const auto copy = [&](std::string_view text) {
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
  };
  if (!std::isfinite(value)) return copy(value > 0 ? "no upper limit" : "no lower limit");
  // Four significant digits: "53.2 billion", "1.25 million", "33.33".
  const auto four_digits = [&](double shown, std::string_view unit) {
    if (char* const end = write_short_decimal(shown, 4, out)) {
      out = end;
    } else {
      char digits[kGeneralLongest];
      out = copy(std::string_view(digits, static_cast<std::size_t>(write_general(shown, 4, digits) - digits)));
    }
    return copy(unit);
  };
  const double magnitude = std::abs(value);
  if (magnitude >= 1e9 && magnitude < 1e15) return four_digits(value / 1e9, " billion");
  if (magnitude >= 1e7 && magnitude < 1e9 && std::fmod(magnitude, 1e5) == 0) {
    return four_digits(value / 1e6, " million");
  }
  // Whole when it survives a round trip through an integer, which below 1e15 is
  // exact; cheaper than std::floor, a library call where SSE4.1 is not assumed.
  if (magnitude < 1e15 && value == static_cast<double>(static_cast<std::int64_t>(value))) {
    return write_grouped(value, out);
  }
  // A bound worked out from a figure ("a tenth above 41,909"): whole units, not
  // an exponent.
  if (magnitude >= 1000 && magnitude < 1e15) return write_grouped(std::round(value), out);
  return four_digits(value, "");
}

std::string format_number(double value) {
  char text[kNumberWordsLongest];
  return std::string(text, write_number_words(value, text));
}

void Words::grow(std::size_t bytes) {
  const auto size = static_cast<std::size_t>(end_ - begin_);
  const std::size_t capacity = std::max(2 * static_cast<std::size_t>(limit_ - begin_), size + bytes);
  std::unique_ptr<char[]> bigger(new char[capacity]);  // not value-initialized: nothing to clear
  std::memcpy(bigger.get(), begin_, size);
  heap_ = std::move(bigger);
  begin_ = heap_.get();
  end_ = begin_ + size;
  limit_ = begin_ + capacity;
}

}  // namespace figcheck::detail
