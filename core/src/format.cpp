#include "format.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace figcheck::detail {
namespace {

// `whole` is a whole number under 1e15, so it converts to an integer exactly.
void append_grouped(std::string& out, double whole) {
  char digits[24];
  const char* const end = std::to_chars(digits, digits + sizeof digits, static_cast<std::int64_t>(std::abs(whole))).ptr;
  const std::size_t count = static_cast<std::size_t>(end - digits);
  if (whole < 0) out += '-';
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0 && (count - i) % 3 == 0) out += ',';
    out += digits[i];
  }
}

}  // namespace

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += value > 0 ? "no upper limit" : "no lower limit";
    return;
  }
  char buffer[48];
  const auto append_printed = [&](int length) { out.append(buffer, static_cast<std::size_t>(length)); };
  const double magnitude = std::abs(value);
  if (magnitude >= 1e9 && magnitude < 1e15) {
    append_printed(std::snprintf(buffer, sizeof buffer, "%.4g billion", value / 1e9));
    return;
  }
  if (magnitude >= 1e7 && magnitude < 1e9 && std::fmod(magnitude, 1e5) == 0) {
    append_printed(std::snprintf(buffer, sizeof buffer, "%.4g million", value / 1e6));
    return;
  }
  if (value == std::floor(value) && magnitude < 1e15) {
    append_grouped(out, value);
    return;
  }
  // A bound worked out from a figure ("a tenth above 41,909"): whole units, not
  // an exponent.
  if (magnitude >= 1000 && magnitude < 1e15) {
    append_grouped(out, std::round(value));
    return;
  }
  append_printed(std::snprintf(buffer, sizeof buffer, "%.4g", value));
}

std::string format_number(double value) {
  std::string text;
  append_number(text, value);
  return text;
}

}  // namespace figcheck::detail
