#include "json_util.h"

#include <cmath>

namespace figcheck::detail {

using nlohmann::json;

nlohmann::ordered_json number_or_null(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return nullptr;
  if (*value == std::floor(*value) && std::abs(*value) < 9.0e15) {
    return static_cast<std::int64_t>(*value);
  }
  return *value;
}

std::string dump_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string dump_json(const nlohmann::ordered_json& value) {
  return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

namespace {

// Builds the DOM like nlohmann's own parser, but keeps the error text instead of
// throwing it, so the same code runs in the wasm build without exceptions.
class ErrorKeepingParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  ErrorKeepingParser(json& root, std::string& error)
      : json_sax_dom_parser(root, false), error_(error) {}

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) {
    (void)position;
    (void)last_token;
    error_ = ex.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at ...".
    const auto at = error_.find("parse error at ");
    if (at != std::string::npos) error_ = error_.substr(at + 15);
    return false;
  }

 private:
  std::string& error_;
};

}  // namespace

ParsedJson parse_json(std::string_view text) {
  ParsedJson parsed;
  ErrorKeepingParser parser(parsed.value, parsed.error);
  const bool ok = json::sax_parse(text.begin(), text.end(), &parser,
                                  nlohmann::detail::input_format_t::json, true);
  if (!ok && parsed.error.empty()) parsed.error = "not valid JSON";
  if (!parsed.ok()) parsed.value = nullptr;
  return parsed;
}

}  // namespace figcheck::detail
