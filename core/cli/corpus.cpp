// Annotated articles: a text NN-slug.txt and its annotation NN-slug.json, as
// figcheck eval and figcheck mutate read them.
#include "corpus.h"

#include <algorithm>
#include <cstdio>
#include <system_error>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "json_util.h"

namespace figcheck::cli {

namespace fs = std::filesystem;

namespace {

using nlohmann::json;

constexpr std::array<MentionKind, 8> kKinds = {
    MentionKind::kNumber,   MentionKind::kOrdinal, MentionKind::kPercent,
    MentionKind::kMoney,    MentionKind::kQuantity, MentionKind::kDate,
    MentionKind::kDateRange, MentionKind::kDuration};

}  // namespace

std::optional<MentionKind> kind_from_name(std::string_view name) {
  if (name == "count") return MentionKind::kNumber;
  for (MentionKind kind : kKinds) {
    if (to_string(kind) == name) return kind;
  }
  return std::nullopt;
}

// Code point offsets of a UTF-8 text mapped to UTF-16 offsets and to bytes;
// entry i is the offset of code point i, the last entry the end of the text.
namespace {
struct Offsets {
  std::vector<std::size_t> utf16;
  std::vector<std::size_t> bytes;
};
}  // namespace

// Decodes strictly: annotations are written as UTF-8, so a bad byte means a
// broken file rather than something to tolerate.
static std::optional<Offsets> code_point_offsets(std::string_view text) {
  Offsets offsets;
  std::size_t i = 0, units = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                         : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return std::nullopt;
    }
    offsets.utf16.push_back(units);
    offsets.bytes.push_back(i);
    units += length == 4 ? 2 : 1;  // astral characters take a surrogate pair
    i += length;
  }
  offsets.utf16.push_back(units);
  offsets.bytes.push_back(i);
  return offsets;
}

static std::optional<double> number_field(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

static std::string string_field(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

// Prints "figcheck eval: FILE: problem" and returns nothing, so loaders can
// `return fail(...)`.
static std::nullopt_t fail(std::string_view command, const std::string& file, const std::string& problem) {
  std::fprintf(stderr, "figcheck %.*s: %s: %s\n", static_cast<int>(command.size()), command.data(), file.c_str(),
               problem.c_str());
  return std::nullopt;
}

std::optional<AnnotatedArticle> load_annotated_article(const fs::path& json_path, std::string_view command) {
  const std::string file = json_path.string();
  std::error_code error;
  if (!fs::is_regular_file(json_path, error)) return fail(command, file, "no such file");
  auto json_text = read_input(file);
  if (!json_text) return std::nullopt;  // read_input said why
  detail::ParsedJson parsed = detail::parse_json(*json_text);
  if (!parsed.ok()) return fail(command, file, "not JSON: " + parsed.error);
  const json& root = parsed.value;
  if (!root.is_object()) return fail(command, file, "the annotation is not a JSON object");

  AnnotatedArticle article;
  article.json_path = file;
  auto published = parse_iso_date(string_field(root, "published"));
  if (!published || published->granularity() != Date::Granularity::kDay) {
    return fail(command, file, "missing or bad field \"published\" (want YYYY-MM-DD)");
  }
  article.published = *published;
  auto mentions = root.find("mentions");
  if (mentions == root.end() || !mentions->is_array()) {
    return fail(command, file, "missing field \"mentions\" (an array)");
  }

  fs::path text_path = json_path;
  text_path.replace_extension(".txt");
  auto text = read_input(text_path.string());
  if (!text) return fail(command, file, "its text " + text_path.string() + " cannot be read");
  article.text = std::move(*text);
  auto offsets = code_point_offsets(article.text);
  if (!offsets) return fail(command, text_path.string(), "not valid UTF-8");
  const std::size_t code_points = offsets->bytes.size() - 1;

  for (std::size_t i = 0; i < mentions->size(); ++i) {
    const json& m = (*mentions)[i];
    const std::string where = "mention " + std::to_string(i);
    if (!m.is_object()) return fail(command, file, where + " is not an object");
    auto text_it = m.find("text");
    if (text_it == m.end() || !text_it->is_string()) {
      return fail(command, file, where + ": missing field \"text\"");
    }
    AnnotatedMention e;
    e.text = text_it->get<std::string>();
    const std::string quoted = where + " \"" + e.text + "\"";
    const std::string kind_name = string_field(m, "kind");
    auto kind = kind_from_name(kind_name);
    if (!kind) return fail(command, file, quoted + ": missing or unknown \"kind\" '" + kind_name + "'");
    auto start = m.find("start");
    auto end = m.find("end");
    if (start == m.end() || end == m.end() || !start->is_number_unsigned() ||
        !end->is_number_unsigned()) {
      return fail(command, file, quoted + ": missing field \"start\" or \"end\" (non-negative integers)");
    }
    e.cp_start = start->get<std::size_t>();
    e.cp_end = end->get<std::size_t>();
    if (e.cp_start > e.cp_end || e.cp_end > code_points) {
      return fail(command, file, quoted + ": span " + std::to_string(e.cp_start) + ".." +
                            std::to_string(e.cp_end) + " lies outside the text");
    }
    const std::size_t byte_start = offsets->bytes[e.cp_start];
    const std::string sliced =
        article.text.substr(byte_start, offsets->bytes[e.cp_end] - byte_start);
    if (sliced != e.text) {
      return fail(command, file, quoted + ": text[" + std::to_string(e.cp_start) + ":" +
                            std::to_string(e.cp_end) + "] is \"" + sliced + "\"");
    }
    e.start = offsets->utf16[e.cp_start];
    e.end = offsets->utf16[e.cp_end];
    e.value = number_field(m, "value");
    e.low = number_field(m, "low");
    e.high = number_field(m, "high");
    e.unit = string_field(m, "unit");
    e.date = string_field(m, "date");
    e.date_end = string_field(m, "date_end");
    e.fact_key = string_field(m, "fact_key");
    e.error = string_field(m, "error");
    auto ambiguous = m.find("ambiguous");
    e.ambiguous = ambiguous != m.end() && ambiguous->is_boolean() && ambiguous->get<bool>();
    // "since May 2024" is annotated as a date, but figcheck reports it as a
    // range open to the publication date.
    e.kind = *kind;
    if (e.kind == MentionKind::kDate && string_field(m, "qualifier") == "since") {
      e.kind = MentionKind::kDateRange;
    }
    if ((e.kind == MentionKind::kDate || e.kind == MentionKind::kDateRange) && !e.ambiguous &&
        !parse_iso_date(e.date)) {
      return fail(command, file, quoted + ": a date needs \"date\" as YYYY, YYYY-MM or YYYY-MM-DD");
    }
    article.mentions.push_back(std::move(e));
  }
  return article;
}

// Expands the paths to annotation files, sorted within each directory.
std::optional<std::vector<fs::path>> annotation_files(const std::vector<std::string>& paths, bool default_paths,
                                                    std::string_view command) {
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        if (entry.is_regular_file(error) && entry.path().extension() == ".json") {
          found.push_back(entry.path());
        }
      }
      if (error) {
        fail(command, path, "cannot list the directory: " + error.message());
        return std::nullopt;
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        std::fprintf(stderr, "figcheck %.*s: %s: no .json annotations\n", static_cast<int>(command.size()),
                     command.data(), path.c_str());
      }
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.emplace_back(path);
    } else if (default_paths) {
      std::fprintf(stderr, "figcheck %.*s: skipping %s: not found\n", static_cast<int>(command.size()),
                   command.data(), path.c_str());
    } else {
      fail(command, path, "no such file or directory");
      return std::nullopt;
    }
  }
  return files;
}

}  // namespace figcheck::cli
