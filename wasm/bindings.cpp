// The C functions figcheck-core.wasm exports to its JavaScript loader
// (wasm/figcheck-core.js). No checking logic lives here: each function validates
// its arguments, calls the core and leaves JSON in a result buffer.
//
// Not Embind: its JavaScript runtime was 30 KB (9 KB gzip) of the download, needs
// RTTI, and turned the report into a JS string byte by byte (a fifth of a 1 MB
// check). Here the loader copies UTF-8 bytes into memory from malloc(), calls a
// function, and decodes the result with one TextDecoder call.
//
// Convention: every function returns the address of a Result {data, size} that
// holds JSON (never throws; the wasm build has no exceptions). A failure is an
// object with "error" (check) or with "ok": false and "errors" (loadDataset).
// web/figcheck.js turns both into thrown Errors and is the API pages should use.
// figcheck_release() frees the result once the loader has decoded it: a 1 MB
// text's report is 13 MB of JSON, and keeping it until the next call would keep
// the heap that large.
//
// Strings cross as UTF-8 bytes with a length. web/figcheck.js encodes with
// TextEncoder, which makes lone surrogates U+FFFD, so offsets still index the
// caller's string.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <emscripten/emscripten.h>

#include "figcheck/figcheck.h"
#include "json_writer.h"

namespace {

using figcheck::detail::JsonWriter;

// The checker in use: built from the dataset loadDataset accepted last, else from
// the bundled dataset. A Checker indexes its dataset once, so each check is cheap.
std::optional<figcheck::Checker> g_loaded_checker;

const figcheck::Checker& active_checker() {
  if (g_loaded_checker) return *g_loaded_checker;
  static const figcheck::Checker bundled_checker(figcheck::bundled_dataset());
  return bundled_checker;
}

// The last result, until figcheck_release() or the next call.
std::string g_json;

struct Result {
  const char* data;
  std::size_t size;
};
Result g_result;

const Result* result(std::string json) {
  g_json = std::move(json);
  g_result = {g_json.data(), g_json.size()};
  return &g_result;
}

std::string_view view(const char* data, std::size_t size) {
  return size ? std::string_view(data, size) : std::string_view();
}

std::string error_json(std::string_view message) {
  std::string out;
  JsonWriter json(out);
  json.begin_object();
  json.key("error");
  json.string(message);
  json.end_object();
  return out;
}

void dataset_info(JsonWriter& json, const figcheck::Dataset& dataset, bool bundled) {
  json.key("name");
  json.string(dataset.name);
  json.key("version");
  json.string(dataset.version);
  json.key("date");
  if (dataset.date) {
    json.string(figcheck::format_iso_date(*dataset.date));
  } else {
    json.null();
  }
  json.key("facts");
  json.integer(static_cast<std::int64_t>(dataset.facts.size()));
  json.key("bundled");
  json.boolean(bundled);
}

std::string dataset_info_json(const figcheck::Dataset& dataset, bool bundled) {
  std::string out;
  JsonWriter json(out);
  json.begin_object();
  dataset_info(json, dataset, bundled);
  json.end_object();
  return out;
}

}  // namespace

extern "C" {

// check(text, published) -> report JSON (core/src/report.cpp). {"error": "..."}
// when `published` is not a day written YYYY-MM-DD; the core's own report also
// carries "error" when the text is over a limit.
EMSCRIPTEN_KEEPALIVE const Result* figcheck_check(const char* text, std::size_t text_size, const char* published,
                                                  std::size_t published_size) {
  const std::string_view day = view(published, published_size);
  const std::optional<figcheck::Date> date = figcheck::parse_iso_date(day);
  if (!date || date->granularity() != figcheck::Date::Granularity::kDay) {
    return result(error_json("the publication date must be a day written YYYY-MM-DD, not '" + std::string(day) +
                             "'"));
  }
  return result(figcheck::report_to_json(active_checker().check(view(text, text_size), *date)));
}

// loadDataset(jsonText, name) -> {"ok": true, "name", "version", "date", "facts", "bundled"}
// or {"ok": false, "errors": [{"file", "where", "problem"}]}. On failure the
// dataset in use stays in use.
EMSCRIPTEN_KEEPALIVE const Result* figcheck_load_dataset(const char* json_text, std::size_t json_size,
                                                         const char* name_data, std::size_t name_size) {
  const std::string_view name = view(name_data, name_size);
  figcheck::DatasetResult loaded = figcheck::parse_dataset(view(json_text, json_size), name);
  std::string out;
  JsonWriter json(out);
  json.begin_object();
  json.key("ok");
  json.boolean(loaded.ok());
  if (!loaded.ok()) {
    json.key("errors");
    json.begin_array();
    auto problem = [&json](std::string_view file, std::string_view where, std::string_view text) {
      json.begin_object();
      json.key("file");
      json.string(file);
      json.key("where");
      json.string(where);
      json.key("problem");
      json.string(text);
      json.end_object();
    };
    for (const figcheck::DatasetError& error : loaded.errors) problem(error.file, error.where, error.problem);
    if (loaded.errors.empty()) problem(name, "", "not loaded");
    json.end_array();
  } else {
    g_loaded_checker.emplace(std::move(*loaded.dataset));
    dataset_info(json, g_loaded_checker->dataset(), false);
  }
  json.end_object();
  return result(std::move(out));
}

// resetDataset(): back to the bundled dataset. Returns datasetInfo().
EMSCRIPTEN_KEEPALIVE const Result* figcheck_reset_dataset() {
  g_loaded_checker.reset();
  return result(dataset_info_json(figcheck::bundled_dataset(), true));
}

// datasetInfo() -> {"name", "version", "date", "facts", "bundled"} of the dataset in use.
EMSCRIPTEN_KEEPALIVE const Result* figcheck_dataset_info() {
  return result(dataset_info_json(active_checker().dataset(), !g_loaded_checker.has_value()));
}

// Frees the last result's buffer (the loader has copied it out).
EMSCRIPTEN_KEEPALIVE void figcheck_release() {
  std::string().swap(g_json);
  g_result = {nullptr, 0};
}

}  // extern "C"
