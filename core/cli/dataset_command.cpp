// figcheck dataset validate | build | export: the spreadsheet path for newsrooms.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <tuple>

#include "commands.h"
#include "json_util.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage:\n"
    "  figcheck dataset validate FILE\n"
    "      FILE is a figcheck dataset (.json) or a data package (datapackage.json with facts.csv\n"
    "      and points.csv); prints every problem and exits 1, or prints a summary and exits 0\n"
    "  figcheck dataset build datapackage.json [-o OUT.json]\n"
    "  figcheck dataset build --facts facts.csv --points points.csv --name NAME --version VERSION\n"
    "                         [--date YYYY-MM-DD] [--topic \"gaza;israel;...\"]... [-o OUT.json]\n"
    "      builds the JSON dataset from the CSV files (standard output without -o); the topic\n"
    "      (a data package's keywords) lists phrases an article on the dataset names\n"
    "  figcheck dataset export [DATASET.json] --out-dir DIR\n"
    "      writes DIR/facts.csv, DIR/points.csv and DIR/datapackage.json to edit in a spreadsheet\n"
    "      (the bundled dataset when no file is given)\n";

void print_errors(const DatasetResult& result) {
  std::fprintf(stderr, "%zu problem%s:\n", result.errors.size(), result.errors.size() == 1 ? "" : "s");
  for (const DatasetError& error : result.errors) std::fprintf(stderr, "  %s\n", error.to_string().c_str());
}

// A data package: its descriptor names the two CSV resources, the dataset's name
// and its topic (parse_data_package); the CSV files are read here.
std::optional<DatasetCsv> read_data_package(const std::string& path, DatasetResult& problems) {
  auto text = read_input(path);
  if (!text) return std::nullopt;
  std::optional<DatasetCsv> csv = parse_data_package(*text, path, problems.errors);
  if (!csv) return std::nullopt;
  const fs::path folder = fs::path(path).parent_path();
  for (auto [file, content, name] : {std::tuple{&csv->facts_file, &csv->facts_csv, "facts"},
                                     std::tuple{&csv->points_file, &csv->points_csv, "points"}}) {
    *file = (folder / *file).string();
    auto read = read_input(*file);
    if (!read) {
      problems.errors.push_back({path, "/resources", "cannot read " + *file + " (resource '" + name + "')"});
      return std::nullopt;
    }
    *content = std::move(*read);
  }
  return csv;
}

bool is_data_package(const std::string& text) {
  const detail::ParsedJson parsed = detail::parse_json(text);
  return parsed.ok() && parsed.value.is_object() && parsed.value.contains("resources");
}

DatasetResult load_any(const std::string& path) {
  DatasetResult result;
  auto text = read_input(path);
  if (!text) {
    result.errors.push_back({path, "", "cannot be read"});
    return result;
  }
  if (!is_data_package(*text)) return parse_dataset(*text, path);
  auto csv = read_data_package(path, result);
  return csv ? parse_dataset_csv(*csv) : result;
}

bool write_file(const std::string& path, const std::string& content) {
  std::ofstream file(path, std::ios::binary);
  file << content;
  if (!file) {
    std::fprintf(stderr, "figcheck dataset: cannot write %s\n", path.c_str());
    return false;
  }
  return true;
}

int validate(const Args& args) {
  if (args.size() != 1) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const DatasetResult result = load_any(std::string(args[0]));
  if (!result.ok()) {
    print_errors(result);
    return 1;
  }
  std::size_t points = 0;
  for (const Fact& fact : result.dataset->facts) points += fact.points.size();
  std::printf("ok: %s %s: %zu facts, %zu points\n", result.dataset->name.c_str(), result.dataset->version.c_str(),
              result.dataset->facts.size(), points);
  return 0;
}

int build(const Args& args) {
  DatasetCsv csv;
  std::string package, output, facts_path, points_path;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if ((arg == "-o" || arg == "--output") && has_value) {
      output = args[++i];
    } else if (arg == "--facts" && has_value) {
      facts_path = args[++i];
    } else if (arg == "--points" && has_value) {
      points_path = args[++i];
    } else if (arg == "--name" && has_value) {
      csv.name = args[++i];
    } else if (arg == "--version" && has_value) {
      csv.version = args[++i];
    } else if (arg == "--date" && has_value) {
      csv.date = args[++i];
    } else if (arg == "--topic" && has_value) {
      // "gaza; israel" as in the CSV word lists; it may be given more than once.
      for (std::string& phrase : split_phrase_list(args[++i])) csv.topic.push_back(std::move(phrase));
    } else if (!arg.empty() && arg[0] != '-' && package.empty()) {
      package = arg;
    } else {
      std::fprintf(stderr, "figcheck dataset build: unexpected '%.*s'\n\n%s", static_cast<int>(arg.size()),
                   arg.data(), kUsage);
      return 2;
    }
  }
  DatasetResult result;
  if (!package.empty()) {
    auto from_package = read_data_package(package, result);
    if (from_package) result = parse_dataset_csv(*from_package);
  } else if (!facts_path.empty() && !points_path.empty()) {
    auto facts = read_input(facts_path);
    auto points = read_input(points_path);
    if (!facts || !points) return 2;
    csv.facts_csv = std::move(*facts);
    csv.points_csv = std::move(*points);
    csv.facts_file = facts_path;
    csv.points_file = points_path;
    result = parse_dataset_csv(csv);
  } else {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (!result.ok()) {
    print_errors(result);
    return 1;
  }
  const std::string json = dataset_to_json(*result.dataset);
  if (output.empty()) {
    std::cout << json;
    return 0;
  }
  return write_file(output, json) ? 0 : 2;
}

int export_csv(const Args& args) {
  std::string input, folder;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--out-dir" && i + 1 < args.size()) {
      folder = args[++i];
    } else if (input.empty() && !args[i].empty() && args[i][0] != '-') {
      input = args[i];
    } else {
      std::fputs(kUsage, stderr);
      return 2;
    }
  }
  if (folder.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::optional<Dataset> loaded;
  if (!input.empty()) {
    loaded = load_dataset_file(input);
    if (!loaded) return 1;
  }
  const Dataset& dataset = loaded ? *loaded : bundled_dataset();
  const DatasetCsv csv = dataset_to_csv(dataset);
  std::error_code error;
  fs::create_directories(folder, error);
  const fs::path base(folder);
  if (!write_file((base / "facts.csv").string(), csv.facts_csv) ||
      !write_file((base / "points.csv").string(), csv.points_csv) ||
      !write_file((base / "datapackage.json").string(), data_package_json(csv))) {
    return 2;
  }
  std::printf("wrote %s/facts.csv, points.csv and datapackage.json\n", folder.c_str());
  return 0;
}

}  // namespace

int run_dataset(const Args& args) {
  if (args.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "validate") return validate(rest);
  if (args[0] == "build") return build(rest);
  if (args[0] == "export") return export_csv(rest);
  std::fprintf(stderr, "figcheck dataset: unknown command '%.*s'\n\n%s", static_cast<int>(args[0].size()),
               args[0].data(), kUsage);
  return 2;
}

}  // namespace figcheck::cli
