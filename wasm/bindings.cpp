// Embind glue between figcheck's C++ API and JavaScript. No checking logic lives
// here: each function validates its arguments, calls the core and returns JSON.
//
// Convention: every function returns a JSON string (never throws; the wasm build
// has no exceptions). A failure is an object with "error" (check) or with
// "ok": false and "errors" (loadDataset). web/figcheck.js turns both into thrown
// Errors and is the API pages should use.
//
// Texts cross as UTF-8 bytes (a Uint8Array). JavaScript strings with lone
// surrogates must be made well-formed before the call (web/figcheck.js passes
// TextEncoder bytes): Emscripten 3.1.6's stringToUTF8 pairs a lone surrogate with
// the unit after it, which would shift every later offset.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <nlohmann/json.hpp>

#include "figcheck/figcheck.h"

namespace {

using json = nlohmann::ordered_json;

// The checker in use: built from the dataset loadDataset accepted last, else from
// the bundled dataset. A Checker indexes its dataset once, so each check is cheap.
std::optional<figcheck::Checker> g_loaded_checker;

const figcheck::Checker& active_checker() {
  if (g_loaded_checker) return *g_loaded_checker;
  static const figcheck::Checker bundled_checker(figcheck::bundled_dataset());
  return bundled_checker;
}

// Answers reach JavaScript through TextDecoder calls on views of the module's
// memory: Embind's own std::string return scans and copies byte by byte, a fifth
// of a 1 MB check.
const emscripten::val& utf8_decoder() {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  return decoder;
}

emscripten::val bytes_view(std::string_view bytes) {
  return emscripten::val(
      emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())));
}

// A JSON answer as a JavaScript string.
emscripten::val to_js(std::string_view json_text) {
  return utf8_decoder().call<emscripten::val>("decode", bytes_view(json_text));
}

// The UTF-8 bytes of a Uint8Array (what web/figcheck.js passes), copied once into
// the string; Embind's own std::string argument copies twice, byte by byte. A JS
// string is accepted too (Embind encodes it).
std::string utf8_of(const emscripten::val& input) {
  if (input.isString()) return input.as<std::string>();
  std::string bytes(input["length"].as<std::size_t>(), '\0');
  emscripten::val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<unsigned char*>(bytes.data())))
      .call<void>("set", input);
  return bytes;
}

// The report's JSON as a JavaScript string. An article's (tens of KB) is decoded
// from the module's memory in one call. A long text's pieces are gathered in a
// JavaScript buffer and decoded in one call too: so its 10 MB never sit in the
// module's memory, which only grows, and one decode of ASCII (the report escapes
// everything else) takes a third of the time of decoding the pieces and joining
// them. The buffer is kept for the next long text (an editor re-checks a long
// document as it changes): a fresh 10 MB Uint8Array for each check, zeroed and
// faulted in, cost a fifth of a 1 MB check in node (README, Benchmarks). An
// article's report lets it go.
emscripten::val report_to_js(const figcheck::Report& report) {
  constexpr std::size_t kWholeReportFindings = 1000;
  static emscripten::val gathered = emscripten::val::null();
  static std::size_t capacity = 0;
  if (report.findings.size() <= kWholeReportFindings) {
    gathered = emscripten::val::null();
    capacity = 0;
    return to_js(figcheck::report_to_json(report));
  }
  const emscripten::val uint8_array = emscripten::val::global("Uint8Array");
  if (const std::size_t estimate = figcheck::report_json_size_estimate(report); estimate > capacity) {
    capacity = estimate;
    gathered = uint8_array.new_(capacity);
  }
  std::size_t size = 0;
  figcheck::write_report_json(report, [&](std::string_view piece) {
    if (size + piece.size() > capacity) {  // more than the estimate: rare
      capacity = 2 * (size + piece.size());
      emscripten::val larger = uint8_array.new_(capacity);
      larger.call<void>("set", gathered.call<emscripten::val>("subarray", 0, size));
      gathered = larger;
    }
    gathered.call<void>("set", bytes_view(piece), size);
    size += piece.size();
  });
  return utf8_decoder().call<emscripten::val>("decode", gathered.call<emscripten::val>("subarray", 0, size));
}

std::string dump(const json& value) {
  // Invalid UTF-8 (from a dataset file) becomes U+FFFD instead of failing.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string error_json(const std::string& message) { return dump(json{{"error", message}}); }

json dataset_info(const figcheck::Dataset& dataset, bool bundled) {
  return {{"name", dataset.name},
          {"version", dataset.version},
          {"date", dataset.date ? json(figcheck::format_iso_date(*dataset.date)) : json(nullptr)},
          {"facts", dataset.facts.size()},
          {"bundled", bundled}};
}

// check(text, published) -> report JSON (core/src/report.cpp). {"error": "..."}
// when `published` is not a day written YYYY-MM-DD; the core's own report also
// carries "error" when the text is over a limit.
emscripten::val check(const emscripten::val& text, const std::string& published) {
  const std::optional<figcheck::Date> date = figcheck::parse_iso_date(published);
  if (!date || date->granularity() != figcheck::Date::Granularity::kDay) {
    return to_js(error_json("the publication date must be a day written YYYY-MM-DD, not '" + published +
                            "'"));
  }
  return report_to_js(active_checker().check(utf8_of(text), *date));
}

// loadDataset(jsonText, name) -> {"ok": true, "name", "version", "date", "facts", "bundled"}
// or {"ok": false, "errors": [{"file", "where", "problem"}]}. On failure the
// dataset in use stays in use.
emscripten::val load_dataset(const emscripten::val& json_text, const std::string& name) {
  figcheck::DatasetResult result = figcheck::parse_dataset(utf8_of(json_text), name);
  if (!result.ok()) {
    json errors = json::array();
    for (const figcheck::DatasetError& error : result.errors) {
      errors.push_back({{"file", error.file}, {"where", error.where}, {"problem", error.problem}});
    }
    if (errors.empty()) errors.push_back({{"file", name}, {"where", ""}, {"problem", "not loaded"}});
    return to_js(dump(json{{"ok", false}, {"errors", std::move(errors)}}));
  }
  g_loaded_checker.emplace(std::move(*result.dataset));
  json info = {{"ok", true}};
  info.update(dataset_info(g_loaded_checker->dataset(), false));
  return to_js(dump(info));
}

// resetDataset(): back to the bundled dataset. Returns datasetInfo().
emscripten::val reset_dataset() {
  g_loaded_checker.reset();
  return to_js(dump(dataset_info(figcheck::bundled_dataset(), true)));
}

// datasetInfo() -> {"name", "version", "date", "facts", "bundled"} of the dataset in use.
emscripten::val current_dataset_info() {
  return to_js(dump(dataset_info(active_checker().dataset(), !g_loaded_checker.has_value())));
}

}  // namespace

EMSCRIPTEN_BINDINGS(figcheck) {
  emscripten::function("check", &check);
  emscripten::function("loadDataset", &load_dataset);
  emscripten::function("resetDataset", &reset_dataset);
  emscripten::function("datasetInfo", &current_dataset_info);
}
