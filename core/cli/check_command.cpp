// figcheck check: one article, or a JSON Lines batch on standard input.
#include <cstdio>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "json_util.h"

namespace figcheck::cli {
namespace {

struct CheckOptions {
  Date published;
  std::string dataset_path;
  bool text_format = false;
  bool jsonl = false;
  std::string input = "-";
};

// Returns false after printing what is wrong with the arguments.
bool parse_options(const Args& args, CheckOptions& options) {
  options.published = today();
  bool input_given = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    auto value_of = [&](std::string_view name) -> std::optional<std::string_view> {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "figcheck check: %.*s needs a value\n", static_cast<int>(name.size()),
                     name.data());
        return std::nullopt;
      }
      return args[++i];
    };
    if (arg == "--published") {
      auto value = value_of(arg);
      if (!value) return false;
      auto date = parse_iso_date(*value);
      if (!date || date->granularity() != Date::Granularity::kDay) {
        std::fprintf(stderr, "figcheck check: --published takes a day as YYYY-MM-DD, not '%.*s'\n",
                     static_cast<int>(value->size()), value->data());
        return false;
      }
      options.published = *date;
    } else if (arg == "--dataset") {
      auto value = value_of(arg);
      if (!value) return false;
      options.dataset_path = std::string(*value);
    } else if (arg == "--format") {
      auto value = value_of(arg);
      if (!value) return false;
      if (*value != "json" && *value != "text") {
        std::fprintf(stderr, "figcheck check: --format is json or text, not '%.*s'\n",
                     static_cast<int>(value->size()), value->data());
        return false;
      }
      options.text_format = *value == "text";
    } else if (arg == "--jsonl") {
      options.jsonl = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::fprintf(stderr, "figcheck check: unknown option '%.*s'\n", static_cast<int>(arg.size()),
                   arg.data());
      return false;
    } else if (input_given) {
      std::fputs("figcheck check: give one file (or - for standard input)\n", stderr);
      return false;
    } else {
      options.input = std::string(arg);
      input_given = true;
    }
  }
  if (options.jsonl && input_given) {
    std::fputs("figcheck check: --jsonl reads standard input; give no file\n", stderr);
    return false;
  }
  return true;
}

// One input line of a batch: a report with its id, or an error line; never stops the batch.
std::string check_jsonl_line(std::string_view line, std::size_t line_number, const Dataset& dataset,
                             const Date& default_published, bool& failed) {
  using nlohmann::json;
  auto error_line = [&](const json& id, const std::string& problem) {
    failed = true;
    return detail::dump_json(
        json{{"id", id}, {"error", "line " + std::to_string(line_number) + ": " + problem}});
  };
  detail::ParsedJson parsed = detail::parse_json(line);
  if (!parsed.ok()) return error_line(nullptr, "not JSON: " + parsed.error);
  if (!parsed.value.is_object()) return error_line(nullptr, "expected an object");
  const json& object = parsed.value;
  const json id = object.contains("id") ? object["id"] : json(nullptr);
  if (!object.contains("text") || !object["text"].is_string()) {
    return error_line(id, "\"text\" must be a string");
  }
  Date published = default_published;
  if (object.contains("published") && !object["published"].is_null()) {
    const json& value = object["published"];
    std::optional<Date> date;
    if (value.is_string()) date = parse_iso_date(value.get_ref<const std::string&>());
    if (!date || date->granularity() != Date::Granularity::kDay) {
      return error_line(id, "\"published\" must be a day as \"YYYY-MM-DD\"");
    }
    published = *date;
  }
  const Report report = check(object["text"].get_ref<const std::string&>(), published, dataset);
  const std::string body = report_to_json(report);
  return "{\"id\":" + detail::dump_json(id) + "," + body.substr(1);
}

}  // namespace

int run_check(const Args& args) {
  CheckOptions options;
  if (!parse_options(args, options)) return 2;

  std::optional<Dataset> custom_dataset;
  if (!options.dataset_path.empty()) {
    custom_dataset = load_dataset_file(options.dataset_path);
    if (!custom_dataset) return 2;
  }
  const Dataset& dataset = custom_dataset ? *custom_dataset : bundled_dataset();

  if (options.jsonl) {
    bool failed = false;
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(std::cin, line)) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      std::cout << check_jsonl_line(line, line_number, dataset, options.published, failed) << '\n';
    }
    return failed ? 1 : 0;
  }

  auto text = read_input(options.input);
  if (!text) return 2;
  const Report report = check(*text, options.published, dataset);
  std::cout << (options.text_format ? report_to_text(report) : report_to_json(report) + "\n");
  return report.error.empty() ? 0 : 1;
}

}  // namespace figcheck::cli
