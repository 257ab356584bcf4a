// Numbers and intervals as explanations write them. Internal.
#pragma once

#include <string>

namespace figcheck::detail {

/// 71386 -> "71,386"; 53200000000 -> "53.2 billion"; 1.5 -> "1.5".
std::string format_number(double value);

}  // namespace figcheck::detail
