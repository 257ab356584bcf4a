#include "format.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace figcheck::detail {
namespace {

// `whole` is a whole number under 1e15, so it converts to an integer exactly.
std::string group_thousands(double whole) {
  const std::string digits = std::to_string(static_cast<std::int64_t>(std::abs(whole)));
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3 + 1);
  if (whole < 0) grouped += '-';
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) return value > 0 ? "no upper limit" : "no lower limit";
  char buffer[48];
  const double magnitude = std::abs(value);
  if (magnitude >= 1e9 && magnitude < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.4g billion", value / 1e9);
    return buffer;
  }
  if (magnitude >= 1e7 && magnitude < 1e9 && std::fmod(magnitude, 1e5) == 0) {
    std::snprintf(buffer, sizeof buffer, "%.4g million", value / 1e6);
    return buffer;
  }
  if (value == std::floor(value) && magnitude < 1e15) return group_thousands(value);
  // A bound worked out from a figure ("a tenth above 41,909"): whole units, not
  // an exponent.
  if (magnitude >= 1000 && magnitude < 1e15) return group_thousands(std::round(value));
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

}  // namespace figcheck::detail
