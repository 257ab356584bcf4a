// Loads and validates datasets in figcheck's JSON format (data/README.md).
//
// Validation never stops at the first problem: a dataset author fixing a file
// by hand wants the whole list at once. Every check records an error and
// carries on with what it could read; a dataset is returned only when the
// list stays empty.
#include "figcheck/dataset.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <utility>

#include "json_util.h"
#include "text_scan.h"

namespace figcheck {
namespace detail {
// Generated from data/gaza.json by cmake/embed_text.cmake.
extern const std::string_view kBundledDatasetText;
}  // namespace detail

namespace {

using nlohmann::json;

// Limits keep a hostile or broken file from exhausting memory in a browser
// tab. They are far above any real dataset (the bundled one has 68 facts) and
// are documented in data/README.md.
constexpr std::size_t kMaxTextBytes = 8 * 1024 * 1024;
constexpr std::size_t kMaxFacts = 10'000;
constexpr std::size_t kMaxPoints = 100'000;
constexpr std::size_t kMaxPhrasesPerList = 500;
constexpr std::size_t kMaxStringBytes = 20'000;
// After this many errors more detail stops helping; the list says it was cut.
constexpr std::size_t kMaxErrors = 500;

constexpr std::string_view kIsoDateProblem = "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)";
constexpr std::string_view kKindList = "count, ratio, money, quantity, date, date_range, duration";

constexpr std::array<std::pair<std::string_view, FactKind>, 7> kKinds = {{
    {"count", FactKind::kCount},
    {"ratio", FactKind::kRatio},
    {"money", FactKind::kMoney},
    {"quantity", FactKind::kQuantity},
    {"date", FactKind::kDate},
    {"date_range", FactKind::kDateRange},
    {"duration", FactKind::kDuration},
}};

constexpr std::array<std::string_view, 7> kTopFields = {"figcheck_dataset", "name",  "version", "date",
                                                        "description",      "topic", "facts"};
constexpr std::array<std::string_view, 12> kFactFields = {"id",     "subject",   "metric", "unit", "kind",
                                                          "cumulative", "since", "stable", "recurring", "note",
                                                          "match",  "points"};
constexpr std::array<std::string_view, 6> kMatchFields = {"metric",   "subject",        "subject_required",
                                                          "scope",    "scope_required", "exclude"};
constexpr std::array<std::string_view, 12> kPointFields = {
    "as_of", "value", "low", "high", "qualifier", "date", "date_end", "held_until", "source", "url", "evidence",
    "note"};

bool is_date_kind(FactKind kind) { return kind == FactKind::kDate || kind == FactKind::kDateRange; }

// "/facts/3" + "as_of", escaping per RFC 6901 so odd keys still point somewhere.
std::string child(const std::string& where, std::string_view key) {
  std::string out = where + "/";
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string child(const std::string& where, std::size_t index) { return where + "/" + std::to_string(index); }

std::string_view type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    default: return "something else";
  }
}

// "71,386" for whole numbers, so messages read like the figures in articles.
std::string format_number(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15) {
    const long long whole = static_cast<long long>(std::llabs(static_cast<long long>(value)));
    std::string digits = std::to_string(whole);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return value < 0 ? "-" + out : out;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// Levenshtein distance, for "did you mean" hints on misspelt field names.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}


// Runs of white space become one space; none is kept at either end.
std::string collapse_spaces(std::string_view phrase) {
  std::string out;
  bool pending_space = false;
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// Match phrases are compared with lower-cased, space-normalised text, so they
// are stored that way. Only ASCII letters change case: other bytes pass through.
std::string normalise_phrase(std::string_view phrase) {
  std::string out = collapse_spaces(phrase);
  for (char& c : out) c = detail::ascii_lower(c);
  return out;
}

std::optional<Qualifier> parse_qualifier(std::string_view text) {
  // kSince describes article wording ("since May 2024"), not a source's figure.
  for (int q = static_cast<int>(Qualifier::kMoreThan); q <= static_cast<int>(Qualifier::kAtMost); ++q) {
    if (to_string(static_cast<Qualifier>(q)) == text) return static_cast<Qualifier>(q);
  }
  return std::nullopt;
}

std::string qualifier_list() {
  std::string out;
  for (int q = static_cast<int>(Qualifier::kMoreThan); q <= static_cast<int>(Qualifier::kAtMost); ++q) {
    if (!out.empty()) out += ", ";
    out += to_string(static_cast<Qualifier>(q));
  }
  return out;
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

bool starts_with_http(std::string_view url) {
  for (std::string_view scheme : {"http://", "https://"}) {
    if (url.size() > scheme.size() && url.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

bool valid_money_unit(std::string_view unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Reads one JSON document into a Dataset, recording every problem it meets.
class Loader {
 public:
  explicit Loader(std::string_view file) : file_(file) {}

  DatasetResult load(std::string_view text) {
    DatasetResult result;
    if (text.size() > kMaxTextBytes) {
      error("", "the text is " + format_number(static_cast<double>(text.size())) + " bytes; the limit is " +
                    format_number(static_cast<double>(kMaxTextBytes)) + " (8 MB)");
      result.errors = std::move(errors_);
      return result;
    }
    detail::ParsedJson parsed = detail::parse_json(text);
    if (!parsed.ok()) {
      error("", "not JSON: " + parsed.error);
      result.errors = std::move(errors_);
      return result;
    }
    Dataset dataset = read_dataset(parsed.value);
    if (errors_.empty()) {
      result.dataset = std::move(dataset);
    } else {
      result.errors = std::move(errors_);
    }
    return result;
  }

 private:
  void error(std::string where, std::string problem) {
    if (errors_.size() < kMaxErrors) {
      errors_.push_back({file_, where.empty() ? std::string("/") : std::move(where), std::move(problem)});
    } else if (errors_.size() == kMaxErrors) {
      errors_.push_back({file_, "/", "too many problems; stopped listing after " + std::to_string(kMaxErrors)});
    }
  }

  template <std::size_t N>
  void check_fields(const json& object, const std::string& where, const std::array<std::string_view, N>& known) {
    for (const auto& [key, value] : object.items()) {
      (void)value;
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      std::string problem = "unknown field '" + key + "'";
      for (std::string_view candidate : known) {
        if (edit_distance(key, candidate) <= 2 && key.size() > 2) {
          problem += " (did you mean '" + std::string(candidate) + "'?)";
          break;
        }
      }
      error(child(where, key), problem);
    }
  }

  // The field's value, or nullptr when it is absent or null (optional fields
  // may be written either way).
  static const json* find(const json& object, std::string_view name) {
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
  }

  std::optional<std::string> read_string(const json& object, const std::string& where, std::string_view name,
                                         bool required) {
    const json* value = find(object, name);
    const std::string at = child(where, name);
    if (value == nullptr) {
      if (required) error(at, std::string(name) + " is missing");
      return std::nullopt;
    }
    if (!value->is_string()) {
      error(at, std::string(name) + " must be a string, not " + std::string(type_name(*value)));
      return std::nullopt;
    }
    const auto& text = value->get_ref<const std::string&>();
    if (text.size() > kMaxStringBytes) {
      error(at, std::string(name) + " is longer than " + format_number(kMaxStringBytes) + " bytes");
      return std::nullopt;
    }
    return text;
  }

  // A required string that must also say something.
  std::optional<std::string> read_text(const json& object, const std::string& where, std::string_view name,
                                       std::string_view missing_problem = {}) {
    auto text = read_string(object, where, name, false);
    const bool present = find(object, name) != nullptr;
    if (present && !text) return std::nullopt;  // wrong type, already reported
    if (!text || normalise_phrase(*text).empty()) {
      error(child(where, name),
            missing_problem.empty() ? std::string(name) + " is missing or empty" : std::string(missing_problem));
      return std::nullopt;
    }
    return text;
  }

  std::optional<bool> read_bool(const json& object, const std::string& where, std::string_view name) {
    const json* value = find(object, name);
    if (value == nullptr) return std::nullopt;
    if (!value->is_boolean()) {
      error(child(where, name), std::string(name) + " must be true or false, not " + std::string(type_name(*value)));
      return std::nullopt;
    }
    return value->get<bool>();
  }

  std::optional<double> read_number(const json& object, const std::string& where, std::string_view name) {
    const json* value = find(object, name);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number()) {
      error(child(where, name), std::string(name) + " is not a number (found " + std::string(type_name(*value)) + ")");
      return std::nullopt;
    }
    return value->get<double>();
  }

  std::optional<Date> read_date(const json& object, const std::string& where, std::string_view name,
                                bool required) {
    auto text = read_string(object, where, name, required);
    if (!text) return std::nullopt;
    auto date = parse_iso_date(*text);
    if (!date) error(child(where, name), std::string(name) + " " + std::string(kIsoDateProblem));
    return date;
  }

  std::vector<std::string> read_phrases(const json& match, const std::string& where, std::string_view name) {
    std::vector<std::string> phrases;
    const json* value = find(match, name);
    const std::string at = child(where, name);
    if (value == nullptr) return phrases;
    if (!value->is_array()) {
      error(at, "match." + std::string(name) + " must be a list of phrases, not " + std::string(type_name(*value)));
      return phrases;
    }
    if (value->size() > kMaxPhrasesPerList) {
      error(at, "match." + std::string(name) + " has more than " + std::to_string(kMaxPhrasesPerList) + " phrases");
      return phrases;
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      if (!item.is_string()) {
        error(child(at, i), "match." + std::string(name) + " phrases must be strings, not " +
                                std::string(type_name(item)));
        continue;
      }
      std::string phrase = normalise_phrase(item.get_ref<const std::string&>());
      if (phrase.empty()) {
        error(child(at, i), "match." + std::string(name) + " has an empty phrase");
        continue;
      }
      if (phrase.size() > 200) {
        error(child(at, i), "match." + std::string(name) + " phrase is longer than 200 bytes");
        continue;
      }
      // Duplicates are harmless but make the matcher do the work twice.
      if (std::find(phrases.begin(), phrases.end(), phrase) == phrases.end()) phrases.push_back(std::move(phrase));
    }
    return phrases;
  }

  // The dataset's topic. Phrases keep the author's case, as the page shows them
  // ("UNRWA"); the check compares them without regard to case.
  std::vector<std::string> read_topic(const json& root) {
    std::vector<std::string> topic;
    const json* value = find(root, "topic");
    if (value == nullptr) return topic;
    if (!value->is_array()) {
      error("/topic", "topic must be a list of phrases, not " + std::string(type_name(*value)));
      return topic;
    }
    if (value->size() > kMaxPhrasesPerList) {
      error("/topic", "topic has more than " + std::to_string(kMaxPhrasesPerList) + " phrases");
      return topic;
    }
    std::vector<std::string> folded;  // for duplicates that differ only by case
    for (std::size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      const std::string at = child("/topic", i);
      if (!item.is_string()) {
        error(at, "topic phrases must be strings, not " + std::string(type_name(item)));
        continue;
      }
      std::string phrase = collapse_spaces(item.get_ref<const std::string&>());
      if (phrase.empty()) {
        error(at, "topic has an empty phrase");
        continue;
      }
      if (phrase.size() > 200) {
        error(at, "topic phrase is longer than 200 bytes");
        continue;
      }
      std::string lower = normalise_phrase(phrase);
      if (std::find(folded.begin(), folded.end(), lower) != folded.end()) continue;
      folded.push_back(std::move(lower));
      topic.push_back(std::move(phrase));
    }
    return topic;
  }

  Dataset read_dataset(const json& root) {
    Dataset dataset;
    if (!root.is_object()) {
      error("", "the dataset must be a JSON object, not " + std::string(type_name(root)));
      return dataset;
    }
    check_fields(root, "", kTopFields);
    const json* format = find(root, "figcheck_dataset");
    if (format == nullptr) {
      error("/figcheck_dataset", "figcheck_dataset is missing (it must be 1)");
    } else if (!format->is_number_integer() || format->get<std::int64_t>() != 1) {
      error("/figcheck_dataset", "figcheck_dataset must be 1");
    }
    if (auto name = read_text(root, "", "name")) dataset.name = *name;
    if (auto version = read_text(root, "", "version")) dataset.version = *version;
    dataset.date = read_date(root, "", "date", false);
    read_string(root, "", "description", false);
    dataset.topic = read_topic(root);

    const json* facts = find(root, "facts");
    if (facts == nullptr) {
      error("/facts", "facts is missing");
      return dataset;
    }
    if (!facts->is_array()) {
      error("/facts", "facts must be a list, not " + std::string(type_name(*facts)));
      return dataset;
    }
    if (facts->size() > kMaxFacts) {
      error("/facts", "facts has " + format_number(static_cast<double>(facts->size())) + " entries; the limit is " +
                          format_number(kMaxFacts));
      return dataset;
    }
    std::size_t total_points = 0;
    for (const json& fact : *facts) {
      if (fact.is_object()) {
        const json* points = find(fact, "points");
        if (points != nullptr && points->is_array()) total_points += points->size();
      }
    }
    if (total_points > kMaxPoints) {
      error("/facts", "the facts have " + format_number(static_cast<double>(total_points)) +
                          " points in all; the limit is " + format_number(kMaxPoints));
      return dataset;
    }

    std::map<std::string, std::string, std::less<>> first_seen;  // id -> pointer
    dataset.facts.reserve(facts->size());
    for (std::size_t i = 0; i < facts->size(); ++i) {
      const std::string where = child("/facts", i);
      Fact fact = read_fact((*facts)[i], where);
      if (!fact.id.empty()) {
        const auto [it, inserted] = first_seen.emplace(fact.id, where);
        if (!inserted) error(child(where, "id"), "duplicate id '" + fact.id + "' (first at " + it->second + ")");
      }
      dataset.facts.push_back(std::move(fact));
    }
    return dataset;
  }

  Fact read_fact(const json& object, const std::string& where) {
    Fact fact;
    if (!object.is_object()) {
      error(where, "a fact must be an object, not " + std::string(type_name(object)));
      return fact;
    }
    check_fields(object, where, kFactFields);
    if (auto id = read_text(object, where, "id", "a fact needs an id")) {
      if (valid_id(*id)) {
        fact.id = *id;
      } else {
        error(child(where, "id"), "id '" + *id + "' may use only a-z, 0-9, '.', '_' and '-'");
      }
    }
    if (auto subject = read_text(object, where, "subject")) fact.subject = *subject;
    if (auto metric = read_text(object, where, "metric")) fact.metric = *metric;
    if (auto unit = read_text(object, where, "unit")) fact.unit = *unit;

    bool kind_known = false;
    if (auto kind = read_text(object, where, "kind")) {
      for (const auto& [name, value] : kKinds) {
        if (name == *kind) {
          fact.kind = value;
          kind_known = true;
        }
      }
      if (!kind_known) error(child(where, "kind"), "unknown kind '" + *kind + "' (" + std::string(kKindList) + ")");
    }
    if (kind_known && !fact.unit.empty()) check_unit(fact, where);

    fact.cumulative = read_bool(object, where, "cumulative").value_or(false);
    if (fact.cumulative && kind_known && is_date_kind(fact.kind)) {
      error(child(where, "cumulative"), "cumulative is only for numeric facts");
    }
    fact.since = read_date(object, where, "since", false);
    fact.stable = read_bool(object, where, "stable").value_or(false);
    fact.recurring = read_bool(object, where, "recurring").value_or(false);
    if (fact.recurring && kind_known && !is_date_kind(fact.kind)) {
      error(child(where, "recurring"), "recurring is only for date facts");
    }
    if (auto note = read_string(object, where, "note", false)) fact.note = *note;

    const json* match = find(object, "match");
    if (match == nullptr) {
      error(child(where, "match"), "a fact needs match words (match.metric must list at least one phrase)");
    } else {
      fact.match = read_match(*match, child(where, "match"));
    }

    const json* points = find(object, "points");
    const std::string points_at = child(where, "points");
    if (points == nullptr) {
      error(points_at, "a fact needs points (at least one)");
    } else if (!points->is_array()) {
      error(points_at, "points must be a list, not " + std::string(type_name(*points)));
    } else if (points->empty()) {
      error(points_at, "a fact needs at least one point");
    } else {
      // Indices into the file, so errors found after sorting still point at the right entry.
      std::vector<std::pair<Point, std::size_t>> read;
      for (std::size_t i = 0; i < points->size(); ++i) {
        std::optional<Point> point = read_point((*points)[i], child(points_at, i), fact, kind_known);
        if (point) read.emplace_back(std::move(*point), i);
      }
      std::stable_sort(read.begin(), read.end(),
                       [](const auto& a, const auto& b) { return a.first.as_of < b.first.as_of; });
      if (fact.cumulative) check_running_total(read, points_at);
      fact.points.reserve(read.size());
      for (auto& entry : read) fact.points.push_back(std::move(entry.first));
    }
    return fact;
  }

  void check_unit(const Fact& fact, const std::string& where) {
    const std::string at = child(where, "unit");
    switch (fact.kind) {
      case FactKind::kRatio:
        if (fact.unit != "percent") error(at, "unit of a ratio fact must be 'percent'");
        break;
      case FactKind::kMoney:
        if (!valid_money_unit(fact.unit)) error(at, "unit of a money fact must be an ISO 4217 code such as 'USD'");
        break;
      case FactKind::kDuration:
        if (fact.unit != "days" && fact.unit != "weeks" && fact.unit != "months" && fact.unit != "years") {
          error(at, "unit of a duration fact must be days, weeks, months or years");
        }
        break;
      default:
        break;
    }
  }

  MatchWords read_match(const json& object, const std::string& where) {
    MatchWords match;
    if (!object.is_object()) {
      error(where, "match must be an object, not " + std::string(type_name(object)));
      return match;
    }
    check_fields(object, where, kMatchFields);
    match.metric = read_phrases(object, where, "metric");
    if (match.metric.empty() && (find(object, "metric") == nullptr || find(object, "metric")->is_array())) {
      error(child(where, "metric"), "match.metric must list at least one phrase");
    }
    match.subject = read_phrases(object, where, "subject");
    match.subject_required = read_bool(object, where, "subject_required").value_or(false);
    if (match.subject_required && match.subject.empty()) {
      error(child(where, "subject_required"), "subject_required needs at least one match.subject phrase");
    }
    match.scope = read_phrases(object, where, "scope");
    match.scope_required = read_bool(object, where, "scope_required").value_or(false);
    if (match.scope_required && match.scope.empty()) {
      error(child(where, "scope_required"), "scope_required needs at least one match.scope phrase");
    }
    match.exclude = read_phrases(object, where, "exclude");
    return match;
  }

  std::optional<Point> read_point(const json& object, const std::string& where, const Fact& fact, bool kind_known) {
    if (!object.is_object()) {
      error(where, "a point must be an object, not " + std::string(type_name(object)));
      return std::nullopt;
    }
    const std::size_t errors_before = errors_.size();
    Point point;
    check_fields(object, where, kPointFields);
    if (auto as_of = read_date(object, where, "as_of", true)) point.as_of = *as_of;
    point.held_until = read_date(object, where, "held_until", false);
    if (point.held_until && point.as_of.valid() && *point.held_until < point.as_of) {
      error(child(where, "held_until"), "held_until is before as_of");
    }
    if (fact.since && point.as_of.valid() && last_day(point.as_of) < *fact.since) {
      error(child(where, "as_of"), "as_of is before the fact's since date " + format_iso_date(*fact.since));
    }

    point.value = read_number(object, where, "value");
    point.low = read_number(object, where, "low");
    point.high = read_number(object, where, "high");
    point.date = read_date(object, where, "date", false);
    point.date_end = read_date(object, where, "date_end", false);
    if (auto qualifier = read_string(object, where, "qualifier", false)) {
      if (auto parsed = parse_qualifier(*qualifier)) {
        point.qualifier = *parsed;
      } else {
        error(child(where, "qualifier"), "unknown qualifier '" + *qualifier + "' (" + qualifier_list() + ")");
      }
    }
    if (auto source = read_text(object, where, "source", "a point needs a source")) point.source = *source;
    if (auto url = read_text(object, where, "url", "a point needs a url")) {
      if (!starts_with_http(*url)) {
        error(child(where, "url"), "url must start with http:// or https://");
      } else if (std::any_of(url->begin(), url->end(),
                             [](char c) { return static_cast<unsigned char>(c) <= ' ' || c == 0x7f; })) {
        error(child(where, "url"), "url must not contain spaces or control characters");
      } else {
        point.url = *url;
      }
    }
    if (auto evidence = read_string(object, where, "evidence", false)) point.evidence = *evidence;
    if (auto note = read_string(object, where, "note", false)) point.note = *note;

    if (kind_known) check_point_values(object, point, where, fact.kind);
    if (errors_.size() != errors_before) return std::nullopt;
    return point;
  }

  void check_point_values(const json& object, const Point& point, const std::string& where, FactKind kind) {
    const bool has_date = find(object, "date") != nullptr;
    const bool has_date_end = find(object, "date_end") != nullptr;
    if (is_date_kind(kind)) {
      for (std::string_view name : {"value", "low", "high"}) {
        if (find(object, name) != nullptr) {
          error(child(where, name), std::string(name) + " is only for numeric facts; date facts use date");
        }
      }
      if (!has_date) error(child(where, "date"), "date facts need date on every point");
      if (kind == FactKind::kDateRange) {
        if (!has_date_end) error(child(where, "date_end"), "date_range facts need date_end on every point");
        if (point.date && point.date_end && last_day(*point.date_end) < first_day(*point.date)) {
          error(child(where, "date_end"), "date_end is before date");
        }
      } else if (has_date_end) {
        error(child(where, "date_end"), "date_end is only for date_range facts");
      }
      return;
    }
    if (has_date) error(child(where, "date"), "date is only for date and date_range facts");
    if (has_date_end) error(child(where, "date_end"), "date_end is only for date_range facts");
    const bool has_value = find(object, "value") != nullptr;
    const bool has_low = find(object, "low") != nullptr;
    const bool has_high = find(object, "high") != nullptr;
    if (!has_value && !(has_low && has_high)) {
      error(child(where, has_low || has_high ? (has_low ? "high" : "low") : "value"),
            "a numeric fact's point needs value or low and high");
    }
    if (has_low != has_high && has_value) {
      error(child(where, has_low ? "high" : "low"), "low and high come together");
    }
    if (point.low && point.high && *point.low > *point.high) error(child(where, "low"), "low is greater than high");
    if (point.value && point.low && point.high && *point.low <= *point.high &&
        (*point.value < *point.low || *point.value > *point.high)) {
      error(child(where, "value"), "value lies outside low and high");
    }
  }

  // A running total may stay flat, but a later day never shows less than an
  // earlier one; a drop means a typo or a point filed under the wrong fact.
  // Points of the same day may disagree (two sources), so they are not compared.
  void check_running_total(const std::vector<std::pair<Point, std::size_t>>& sorted, const std::string& points_at) {
    std::optional<std::pair<double, Date>> earlier;  // the largest total on an earlier day
    for (std::size_t first = 0; first < sorted.size();) {
      std::size_t end = first;
      std::optional<std::pair<double, Date>> today;
      for (; end < sorted.size() && sorted[end].first.as_of == sorted[first].first.as_of; ++end) {
        const auto& [point, index] = sorted[end];
        // A range counts at its most generous against the past, at its least for the future.
        const double most = point.value ? *point.value : point.high.value_or(0);
        const double least = point.value ? *point.value : point.low.value_or(0);
        if (earlier && most < earlier->first) {
          error(child(child(points_at, index), point.value ? "value" : "high"),
                "running total decreases: " + format_number(most) + " on " + format_iso_date(point.as_of) +
                    " after " + format_number(earlier->first) + " on " + format_iso_date(earlier->second));
        }
        if (!today || least > today->first) today = std::pair{least, point.as_of};
      }
      if (today && (!earlier || today->first > earlier->first)) earlier = today;
      first = end;
    }
  }

  std::string file_;
  std::vector<DatasetError> errors_;
};

}  // namespace

std::string DatasetError::to_string() const { return file + ": " + where + ": " + problem; }

std::string DatasetResult::error_text() const {
  std::string text;
  for (const auto& error : errors) text += error.to_string() + "\n";
  return text;
}

DatasetResult parse_dataset(std::string_view json_text, std::string_view file) {
  return Loader(file).load(json_text);
}

const Dataset& bundled_dataset() {
  // The bundled text is checked by the tests, so a failure here is a build
  // bug; an empty dataset lets the page still run (every figure unverified).
  static const Dataset dataset = [] {
    DatasetResult result = parse_dataset(detail::kBundledDatasetText, "bundled dataset");
    if (result.ok()) return std::move(*result.dataset);
    Dataset invalid;
    invalid.name = "invalid bundled dataset";
    return invalid;
  }();
  return dataset;
}

}  // namespace figcheck
