// Checks an article against itself, with no dataset: a weekday that does not fit
// its date, a duration that disagrees with its dates, one count given two
// values, a part larger than its whole. Internal.
#pragma once

#include <string_view>
#include <vector>

#include "explanations.h"
#include "figcheck/check.h"

namespace figcheck::detail {

/// Turns findings that the article itself contradicts into contradicted ones,
/// with the reason, which `kept` keeps. `findings` are in text order.
void check_consistency(std::string_view text, const Date& published, std::vector<Finding>& findings,
                       Explanations& kept);

}  // namespace figcheck::detail
