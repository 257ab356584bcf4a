#include "format.h"

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
// buffer appended in one piece; the first group has no leading zeros.
void append_grouped(std::string& out, double whole) {
  std::uint64_t rest = static_cast<std::uint64_t>(std::abs(whole));
  char text[32];
  char* at = text + sizeof text;
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
  out.append(at, static_cast<std::size_t>(text + sizeof text - at));
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

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += value > 0 ? "no upper limit" : "no lower limit";
    return;
  }
  // Four significant digits: "53.2 billion", "1.25 million", "33.33".
  const auto append_four_digits = [&](double shown, std::string_view unit) {
    char digits[kGeneralLongest];
    out.append(digits, static_cast<std::size_t>(write_general(shown, 4, digits) - digits));
    out += unit;
  };
  const double magnitude = std::abs(value);
  if (magnitude >= 1e9 && magnitude < 1e15) {
    append_four_digits(value / 1e9, " billion");
    return;
  }
  if (magnitude >= 1e7 && magnitude < 1e9 && std::fmod(magnitude, 1e5) == 0) {
    append_four_digits(value / 1e6, " million");
    return;
  }
  // Whole when it survives a round trip through an integer, which below 1e15 is
  // exact; cheaper than std::floor, a library call where SSE4.1 is not assumed.
  if (magnitude < 1e15 && value == static_cast<double>(static_cast<std::int64_t>(value))) {
    append_grouped(out, value);
    return;
  }
  // A bound worked out from a figure ("a tenth above 41,909"): whole units, not
  // an exponent.
  if (magnitude >= 1000 && magnitude < 1e15) {
    append_grouped(out, std::round(value));
    return;
  }
  append_four_digits(value, "");
}

std::string format_number(double value) {
  std::string text;
  append_number(text, value);
  return text;
}

}  // namespace figcheck::detail
