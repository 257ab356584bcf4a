// The explanations a check writes for its figures, kept together in the Report for
// the findings that view them (Finding::explanation).
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <utility>

namespace figcheck::detail {

/// A deque, so that what it holds stays where it is as it grows.
using Explanations = std::deque<std::string>;

/// Keeps `text` with the others and returns a view of it there.
inline std::string_view keep(Explanations& kept, std::string text) { return kept.emplace_back(std::move(text)); }

}  // namespace figcheck::detail
