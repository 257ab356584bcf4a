// JSON helpers shared by the report, the dataset loader and the CLI. Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace figcheck::detail {

/// A whole number as an integer (71400, not 71400.0); NaN and infinities as null.
nlohmann::ordered_json number_or_null(const std::optional<double>& value);

/// Compact JSON; invalid UTF-8 becomes U+FFFD instead of failing.
std::string dump_json(const nlohmann::json& value);
std::string dump_json(const nlohmann::ordered_json& value);

/// The result of parsing JSON text without exceptions.
struct ParsedJson {
  nlohmann::json value;
  std::string error;  ///< "line 3, column 5: ..." when the text is not JSON
  bool ok() const { return error.empty(); }
};

/// Parses JSON text; never throws, and reports where the text stops being JSON.
ParsedJson parse_json(std::string_view text);

}  // namespace figcheck::detail
