// Datasets as two CSV files. CSV rows become the JSON format's objects and the
// one validator (parse_dataset) checks them; its JSON pointers are then mapped
// back to the row and column a newsroom can find in its spreadsheet.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>

#include "csv.h"
#include "figcheck/dataset.h"
#include "json_util.h"

namespace figcheck {
namespace {

using json = nlohmann::ordered_json;

enum class CellType { kText, kNumber, kBool, kList };

struct Column {
  std::string_view name;
  std::string_view field;  ///< the JSON field, "match/metric" for nested ones
  CellType type = CellType::kText;
};

constexpr Column kFactColumns[] = {
    {"id", "id"},
    {"subject", "subject"},
    {"metric", "metric"},
    {"unit", "unit"},
    {"kind", "kind"},
    {"cumulative", "cumulative", CellType::kBool},
    {"since", "since"},
    {"stable", "stable", CellType::kBool},
    {"recurring", "recurring", CellType::kBool},
    {"note", "note"},
    {"metric_words", "match/metric", CellType::kList},
    {"subject_words", "match/subject", CellType::kList},
    {"subject_required", "match/subject_required", CellType::kBool},
    {"scope_words", "match/scope", CellType::kList},
    {"scope_required", "match/scope_required", CellType::kBool},
    {"exclude_words", "match/exclude", CellType::kList},
};

constexpr Column kPointColumns[] = {
    {"fact_id", ""},
    {"as_of", "as_of"},
    {"value", "value", CellType::kNumber},
    {"low", "low", CellType::kNumber},
    {"high", "high", CellType::kNumber},
    {"qualifier", "qualifier"},
    {"date", "date"},
    {"date_end", "date_end"},
    {"held_until", "held_until"},
    {"source", "source"},
    {"url", "url"},
    {"evidence", "evidence"},
    {"note", "note"},
};

struct Location {
  const std::string* file = nullptr;
  std::size_t line = 0;
  std::string column;  ///< empty for the whole row
};

class CsvReader {
 public:
  explicit CsvReader(const DatasetCsv& csv) : csv_(csv) {}

  DatasetResult read() {
    const detail::CsvResult facts = detail::parse_csv(csv_.facts_csv);
    const detail::CsvResult points = detail::parse_csv(csv_.points_csv);
    if (!facts.ok()) error(csv_.facts_file, "line " + std::to_string(facts.line), facts.error);
    if (!points.ok()) error(csv_.points_file, "line " + std::to_string(points.line), points.error);
    if (!facts.ok() || !points.ok()) return std::move(result_);

    json dataset = {{"figcheck_dataset", 1}, {"name", csv_.name}, {"version", csv_.version}};
    if (!csv_.date.empty()) dataset["date"] = csv_.date;
    if (!csv_.topic.empty()) dataset["topic"] = csv_.topic;
    dataset["facts"] = json::array();
    std::map<std::string, std::size_t> fact_index;

    const auto fact_columns = columns_of(facts.table, kFactColumns, csv_.facts_file, {"id", "kind"});
    for (std::size_t row = 0; row < facts.table.rows.size(); ++row) {
      const std::string where = "/facts/" + std::to_string(row);
      const std::size_t line = facts.table.row_lines[row];
      locations_[where] = {&csv_.facts_file, line, ""};
      json fact = json::object();
      for (const auto& [index, column] : fact_columns) {
        put(fact, *column, facts.table.rows[row][index], where, {&csv_.facts_file, line, std::string(column->name)});
      }
      fact["points"] = json::array();
      if (fact.contains("id") && fact["id"].is_string()) {
        fact_index.emplace(fact["id"].get<std::string>(), row);
      }
      dataset["facts"].push_back(std::move(fact));
    }

    const auto point_columns = columns_of(points.table, kPointColumns, csv_.points_file, {"fact_id", "as_of"});
    for (std::size_t row = 0; row < points.table.rows.size(); ++row) {
      const std::size_t line = points.table.row_lines[row];
      std::string fact_id;
      for (const auto& [index, column] : point_columns) {
        if (column->name == "fact_id") fact_id = points.table.rows[row][index];
      }
      const auto owner = fact_index.find(fact_id);
      if (owner == fact_index.end()) {
        error(csv_.points_file, "row " + std::to_string(line) + ", column fact_id",
              fact_id.empty() ? "is empty" : "names no fact in " + csv_.facts_file + ": '" + fact_id + "'");
        continue;
      }
      json& fact_points = dataset["facts"][owner->second]["points"];
      const std::string where =
          "/facts/" + std::to_string(owner->second) + "/points/" + std::to_string(fact_points.size());
      locations_[where] = {&csv_.points_file, line, ""};
      json point = json::object();
      for (const auto& [index, column] : point_columns) {
        if (column->field.empty()) continue;
        put(point, *column, points.table.rows[row][index], where, {&csv_.points_file, line, std::string(column->name)});
      }
      fact_points.push_back(std::move(point));
    }
    // The validator still runs, so that every problem is reported at once; a row
    // that already has a CSV problem is not reported again for its consequences.
    DatasetResult parsed = parse_dataset(detail::dump_json(dataset), csv_.facts_file);
    std::vector<std::pair<std::string, std::string>> rows_with_problems;
    for (const DatasetError& problem : result_.errors) {
      rows_with_problems.emplace_back(problem.file, problem.where.substr(0, problem.where.find(',')));
    }
    for (DatasetError& problem : parsed.errors) {
      relocate(problem);
      const std::pair<std::string, std::string> row{problem.file, problem.where.substr(0, problem.where.find(','))};
      if (std::find(rows_with_problems.begin(), rows_with_problems.end(), row) == rows_with_problems.end()) {
        result_.errors.push_back(std::move(problem));
      }
    }
    if (!result_.errors.empty()) {
      result_.dataset.reset();
      return std::move(result_);
    }
    return parsed;
  }

 private:
  void error(const std::string& file, std::string where, std::string problem) {
    result_.errors.push_back({file, std::move(where), std::move(problem)});
  }

  // Which column of the table each known column is; unknown columns are errors.
  template <std::size_t N>
  std::vector<std::pair<std::size_t, const Column*>> columns_of(const detail::CsvTable& table,
                                                                const Column (&known)[N], const std::string& file,
                                                                std::initializer_list<std::string_view> required) {
    std::vector<std::pair<std::size_t, const Column*>> columns;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
      const Column* match = nullptr;
      for (const Column& column : known) {
        if (table.header[i] == column.name) match = &column;
      }
      if (match) {
        columns.emplace_back(i, match);
      } else {
        std::string names;
        for (const Column& column : known) names += (names.empty() ? "" : ", ") + std::string(column.name);
        error(file, "line 1", "unknown column '" + table.header[i] + "' (known: " + names + ")");
      }
    }
    for (std::string_view name : required) {
      bool present = false;
      for (const auto& [index, column] : columns) present = present || column->name == name;
      if (!present) error(file, "line 1", "the column '" + std::string(name) + "' is missing");
    }
    return columns;
  }

  void put(json& object, const Column& column, const std::string& cell, const std::string& where,
           const Location& location) {
    if (cell.find_first_not_of(" \t") == std::string::npos) return;
    std::string field(column.field);
    json* target = &object;
    std::string pointer = where;
    if (const auto slash = field.find('/'); slash != std::string::npos) {
      const std::string parent = field.substr(0, slash);
      if (!object.contains(parent)) object[parent] = json::object();
      target = &object[parent];
      pointer += "/" + parent;
      field = field.substr(slash + 1);
    }
    pointer += "/" + field;
    locations_[pointer] = location;
    const std::string at = "row " + std::to_string(location.line) + ", column " + location.column;
    switch (column.type) {
      case CellType::kText:
        (*target)[field] = cell;
        break;
      case CellType::kNumber: {
        // Spreadsheets write 71,386; the separators are not part of the number.
        std::string digits;
        for (char c : cell) {
          if (c != ',' && c != ' ') digits += c;
        }
        char* end = nullptr;
        const double value = std::strtod(digits.c_str(), &end);
        if (digits.empty() || end != digits.c_str() + digits.size() || !std::isfinite(value)) {
          error(*location.file, at, "'" + cell + "' is not a number");
        } else {
          (*target)[field] = value;
        }
        break;
      }
      case CellType::kBool: {
        std::string lower;
        for (char c : cell) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "true" || lower == "yes" || lower == "y" || lower == "1") {
          (*target)[field] = true;
        } else if (lower == "false" || lower == "no" || lower == "n" || lower == "0") {
          (*target)[field] = false;
        } else {
          error(*location.file, at, "'" + cell + "' is not true or false");
        }
        break;
      }
      case CellType::kList:
        (*target)[field] = split_phrase_list(cell);
        break;
    }
  }

  // "/facts/3/points/0/as_of" -> "points.csv", "row 12, column as_of".
  // "/topic/2" -> the data package's "/keywords/2", or "--topic", "phrase 3".
  void relocate(DatasetError& problem) {
    std::string pointer = problem.where;
    if (pointer == "/topic" || pointer.starts_with("/topic/")) {
      problem.file = csv_.topic_file;
      const std::string rest = pointer.substr(std::string_view("/topic").size());
      if (csv_.topic_from_package) {
        problem.where = "/keywords" + rest;
      } else {
        problem.where = rest.empty() ? "the phrases" : "phrase " + std::to_string(std::stoul(rest.substr(1)) + 1);
      }
      return;
    }
    while (!pointer.empty()) {
      const auto found = locations_.find(pointer);
      if (found != locations_.end()) {
        problem.file = *found->second.file;
        problem.where = "row " + std::to_string(found->second.line);
        if (!found->second.column.empty()) problem.where += ", column " + found->second.column;
        return;
      }
      pointer.resize(pointer.rfind('/') == std::string::npos ? 0 : pointer.rfind('/'));
    }
    problem.where = problem.where.empty() ? "the dataset" : problem.where;
  }

  const DatasetCsv& csv_;
  DatasetResult result_;
  std::map<std::string, Location> locations_;
};

std::string list_cell(const std::vector<std::string>& phrases) {
  std::string cell;
  for (const std::string& phrase : phrases) cell += (cell.empty() ? "" : "; ") + phrase;
  return cell;
}

std::string number_cell(const std::optional<double>& value) {
  return value ? detail::dump_json(detail::number_or_null(value)) : "";
}

std::string date_cell(const std::optional<Date>& date) { return date ? format_iso_date(*date) : ""; }

json number_json(const std::optional<double>& value) { return detail::number_or_null(value); }

}  // namespace

std::vector<std::string> split_phrase_list(std::string_view list) {
  std::vector<std::string> phrases;
  std::size_t begin = 0;
  while (begin <= list.size()) {
    std::size_t end = list.find(';', begin);
    if (end == std::string_view::npos) end = list.size();
    const std::string_view phrase = list.substr(begin, end - begin);
    const auto first = phrase.find_first_not_of(' ');
    const auto last = phrase.find_last_not_of(' ');
    if (first != std::string_view::npos) phrases.emplace_back(phrase.substr(first, last - first + 1));
    begin = end + 1;
  }
  return phrases;
}

DatasetResult parse_dataset_csv(const DatasetCsv& csv) { return CsvReader(csv).read(); }

std::optional<DatasetCsv> parse_data_package(std::string_view descriptor_text, std::string_view file,
                                             std::vector<DatasetError>& errors) {
  const std::size_t errors_before = errors.size();
  auto complain = [&](std::string where, std::string problem) {
    errors.push_back({std::string(file), std::move(where), std::move(problem)});
  };
  const detail::ParsedJson parsed = detail::parse_json(descriptor_text);
  if (!parsed.ok()) {
    complain("/", "is not JSON: " + parsed.error);
    return std::nullopt;
  }
  const nlohmann::json& descriptor = parsed.value;
  if (!descriptor.is_object() || !descriptor.contains("resources") || !descriptor["resources"].is_array()) {
    complain("/resources", "a data package needs a list of resources");
    return std::nullopt;
  }
  DatasetCsv csv;
  auto text_field = [&](const char* key) -> std::string {
    return descriptor.contains(key) && descriptor[key].is_string() ? descriptor[key].get<std::string>() : "";
  };
  csv.name = text_field("title").empty() ? text_field("name") : text_field("title");
  csv.version = text_field("version");
  csv.date = text_field("created").substr(0, 10);
  // The standard `keywords` of a data package are the dataset's topic; the
  // validator checks the phrases, and its errors point back at /keywords.
  if (descriptor.contains("keywords") && !descriptor["keywords"].is_null()) {
    const auto& keywords = descriptor["keywords"];
    if (!keywords.is_array()) {
      complain("/keywords", "keywords must be a list of phrases (the dataset's topic)");
    } else {
      for (std::size_t i = 0; i < keywords.size(); ++i) {
        if (keywords[i].is_string()) {
          csv.topic.push_back(keywords[i].get<std::string>());
        } else {
          complain("/keywords/" + std::to_string(i), "keywords must be strings");
        }
      }
    }
    csv.topic_file = std::string(file);
    csv.topic_from_package = true;
  }
  bool have_facts = false, have_points = false;
  const auto& resources = descriptor["resources"];
  for (std::size_t i = 0; i < resources.size(); ++i) {
    const auto& resource = resources[i];
    if (!resource.is_object() || !resource.contains("name") || !resource["name"].is_string() ||
        !resource.contains("path") || !resource["path"].is_string()) {
      complain("/resources/" + std::to_string(i), "a resource needs a name and a path");
      continue;
    }
    const std::string name = resource["name"].get<std::string>();
    if (name != "facts" && name != "points") continue;
    (name == "facts" ? csv.facts_file : csv.points_file) = resource["path"].get<std::string>();
    (name == "facts" ? have_facts : have_points) = true;
  }
  if (!have_facts) complain("/resources", "no resource named 'facts'");
  if (!have_points) complain("/resources", "no resource named 'points'");
  if (errors.size() != errors_before) return std::nullopt;
  return csv;
}

std::string data_package_json(const DatasetCsv& csv) {
  json package = {{"name", "figcheck-dataset"},
                  {"title", csv.name},
                  {"version", csv.version},
                  {"resources", {{{"name", "facts"}, {"path", "facts.csv"}, {"format", "csv"}},
                                 {{"name", "points"}, {"path", "points.csv"}, {"format", "csv"}}}}};
  if (!csv.date.empty()) package["created"] = csv.date;
  if (!csv.topic.empty()) package["keywords"] = csv.topic;
  return package.dump(2) + "\n";
}

std::string dataset_to_json(const Dataset& dataset) {
  json facts = json::array();
  for (const Fact& fact : dataset.facts) {
    json points = json::array();
    for (const Point& point : fact.points) {
      json object = {{"as_of", format_iso_date(point.as_of)}};
      if (point.value) object["value"] = number_json(point.value);
      if (point.low) object["low"] = number_json(point.low);
      if (point.high) object["high"] = number_json(point.high);
      if (point.qualifier != Qualifier::kNone) object["qualifier"] = std::string(to_string(point.qualifier));
      if (point.date) object["date"] = format_iso_date(*point.date);
      if (point.date_end) object["date_end"] = format_iso_date(*point.date_end);
      if (point.held_until) object["held_until"] = format_iso_date(*point.held_until);
      object["source"] = point.source;
      object["url"] = point.url;
      if (!point.evidence.empty()) object["evidence"] = point.evidence;
      if (!point.note.empty()) object["note"] = point.note;
      points.push_back(std::move(object));
    }
    json object = {{"id", fact.id},     {"subject", fact.subject}, {"metric", fact.metric},
                   {"unit", fact.unit}, {"kind", std::string(to_string(fact.kind))}};
    if (fact.cumulative) object["cumulative"] = true;
    if (fact.since) object["since"] = format_iso_date(*fact.since);
    if (fact.stable) object["stable"] = true;
    if (fact.recurring) object["recurring"] = true;
    if (!fact.note.empty()) object["note"] = fact.note;
    object["match"] = {{"metric", fact.match.metric},
                       {"subject", fact.match.subject},
                       {"subject_required", fact.match.subject_required},
                       {"scope", fact.match.scope},
                       {"scope_required", fact.match.scope_required},
                       {"exclude", fact.match.exclude}};
    object["points"] = std::move(points);
    facts.push_back(std::move(object));
  }
  json object = {{"figcheck_dataset", 1}, {"name", dataset.name}, {"version", dataset.version}};
  if (dataset.date) object["date"] = format_iso_date(*dataset.date);
  if (!dataset.topic.empty()) object["topic"] = dataset.topic;
  object["facts"] = std::move(facts);
  return object.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

DatasetCsv dataset_to_csv(const Dataset& dataset) {
  DatasetCsv csv;
  csv.name = dataset.name;
  csv.version = dataset.version;
  csv.date = dataset.date ? format_iso_date(*dataset.date) : "";
  csv.topic = dataset.topic;
  auto row = [](std::initializer_list<std::string> cells) {
    std::string line;
    for (const std::string& cell : cells) {
      if (!line.empty()) line += ',';
      line += detail::csv_field(cell);
    }
    return line + "\n";
  };
  for (const Column& column : kFactColumns) {
    if (!csv.facts_csv.empty()) csv.facts_csv += ',';
    csv.facts_csv += column.name;
  }
  csv.facts_csv += "\n";
  for (const Column& column : kPointColumns) {
    if (!csv.points_csv.empty()) csv.points_csv += ',';
    csv.points_csv += column.name;
  }
  csv.points_csv += "\n";
  for (const Fact& fact : dataset.facts) {
    csv.facts_csv += row({fact.id, fact.subject, fact.metric, fact.unit, std::string(to_string(fact.kind)),
                          fact.cumulative ? "true" : "false", date_cell(fact.since), fact.stable ? "true" : "false",
                          fact.recurring ? "true" : "false", fact.note, list_cell(fact.match.metric), list_cell(fact.match.subject),
                          fact.match.subject_required ? "true" : "false", list_cell(fact.match.scope),
                          fact.match.scope_required ? "true" : "false", list_cell(fact.match.exclude)});
    for (const Point& point : fact.points) {
      csv.points_csv += row({fact.id, format_iso_date(point.as_of), number_cell(point.value), number_cell(point.low),
                             number_cell(point.high), std::string(to_string(point.qualifier)), date_cell(point.date),
                             date_cell(point.date_end), date_cell(point.held_until), point.source, point.url,
                             point.evidence, point.note});
    }
  }
  return csv;
}

}  // namespace figcheck
