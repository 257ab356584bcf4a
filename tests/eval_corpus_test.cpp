// The annotated corpus in tests/articles: that it is well-formed, and (once the
// extractor is ready) that the extractor reproduces it. `figcheck eval` gives
// the detailed per-kind scores; this test only guards the totals.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "figcheck/date.h"
#include "figcheck/mention.h"
#include "json_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCorpusDir = fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "articles";

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kCorpusDir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Byte and UTF-16 offsets of each code point, plus one past the end; nothing
// when the text is not valid UTF-8.
struct Offsets {
  std::vector<std::size_t> bytes;
  std::vector<std::size_t> utf16;
};

std::optional<Offsets> code_point_offsets(const std::string& text) {
  Offsets offsets;
  std::size_t i = 0, units = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                               : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return std::nullopt;
    }
    offsets.bytes.push_back(i);
    offsets.utf16.push_back(units);
    units += length == 4 ? 2 : 1;
    i += length;
  }
  offsets.bytes.push_back(i);
  offsets.utf16.push_back(units);
  return offsets;
}

const std::vector<std::string> kKinds = {"count", "ordinal",    "percent", "money",
                                         "quantity", "date", "date_range", "duration"};

TEST(EvalCorpusTest, EveryAnnotationIsWellFormedAndSlicesItsText) {
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 34u) << "the corpus should hold at least 34 articles in " << kCorpusDir;
  for (const fs::path& path : files) {
    SCOPED_TRACE(path.filename().string());
    detail::ParsedJson parsed = detail::parse_json(read_file(path));
    ASSERT_TRUE(parsed.ok()) << parsed.error;
    const json& doc = parsed.value;
    ASSERT_TRUE(doc.is_object());
    for (const char* key : {"url", "outlet", "published", "style", "truncated", "text_note",
                            "mentions"}) {
      EXPECT_TRUE(doc.contains(key)) << "missing field " << key;
    }
    ASSERT_TRUE(doc.contains("published") && doc["published"].is_string());
    auto published = parse_iso_date(doc["published"].get<std::string>());
    ASSERT_TRUE(published && published->granularity() == Date::Granularity::kDay);
    ASSERT_TRUE(doc.contains("mentions") && doc["mentions"].is_array());

    fs::path text_path = path;
    text_path.replace_extension(".txt");
    ASSERT_TRUE(fs::exists(text_path)) << text_path;
    const std::string text = read_file(text_path);
    auto offsets = code_point_offsets(text);
    ASSERT_TRUE(offsets) << "not valid UTF-8";
    const std::size_t code_points = offsets->bytes.size() - 1;

    std::size_t previous_end = 0;
    for (const json& m : doc["mentions"]) {
      ASSERT_TRUE(m.is_object());
      ASSERT_TRUE(m.contains("text") && m["text"].is_string());
      const std::string span = m["text"].get<std::string>();
      SCOPED_TRACE(span);
      ASSERT_TRUE(m.contains("kind") && m["kind"].is_string());
      const std::string kind = m["kind"].get<std::string>();
      EXPECT_NE(std::find(kKinds.begin(), kKinds.end(), kind), kKinds.end()) << kind;
      ASSERT_TRUE(m.contains("start") && m["start"].is_number_unsigned());
      ASSERT_TRUE(m.contains("end") && m["end"].is_number_unsigned());
      const auto start = m["start"].get<std::size_t>();
      const auto end = m["end"].get<std::size_t>();
      ASSERT_LE(start, end);
      ASSERT_LE(end, code_points);
      EXPECT_GE(start, previous_end) << "mentions must be in text order and not overlap";
      previous_end = end;
      EXPECT_EQ(text.substr(offsets->bytes[start], offsets->bytes[end] - offsets->bytes[start]),
                span);
      const bool ambiguous = m.contains("ambiguous") && m["ambiguous"].is_boolean() &&
                             m["ambiguous"].get<bool>();
      if ((kind == "date" || kind == "date_range") && !ambiguous) {
        ASSERT_TRUE(m.contains("date") && m["date"].is_string());
        EXPECT_TRUE(parse_iso_date(m["date"].get<std::string>())) << m["date"];
      }
      if (kind != "date" && kind != "date_range" && kind != "ordinal") {
        const bool has_value = m.contains("value") && m["value"].is_number();
        const bool has_bounds = m.contains("low") && m["low"].is_number() && m.contains("high") &&
                                m["high"].is_number();
        EXPECT_TRUE(has_value || has_bounds) << "a figure needs a value or low and high";
      }
    }
  }
}

// The same rules as `figcheck eval` (see its --help), condensed.
bool number_matches(const json& m, const char* key, const std::optional<double>& got,
                    bool percent) {
  if (!m.contains(key) || !m[key].is_number()) return true;
  if (!got) return false;
  const double want = m[key].get<double>();
  const double difference = std::fabs(want - *got);
  return difference <= 1e-6 * std::max(std::fabs(want), 1.0) || (percent && difference <= 0.005);
}

bool right_value(const json& m, const Mention& got) {
  std::string kind = m["kind"].get<std::string>();
  const bool has_qualifier = m.contains("qualifier") && m["qualifier"].is_string();
  const std::string qualifier = has_qualifier ? m["qualifier"].get<std::string>() : "";
  if (kind == "count") kind = "number";
  if (kind == "date" && qualifier == "since") kind = "date_range";
  if (to_string(got.kind) != kind) return false;
  auto iso = [](const std::optional<Date>& d) { return d ? format_iso_date(*d) : std::string(); };
  if (kind == "date" || kind == "date_range") {
    if (m.contains("ambiguous") && m["ambiguous"].is_boolean() && m["ambiguous"].get<bool>()) {
      return got.ambiguous;
    }
    if (iso(got.date) != m["date"].get<std::string>()) return false;
    return !m.contains("date_end") || !m["date_end"].is_string() ||
           iso(got.date_end) == m["date_end"].get<std::string>();
  }
  const bool percent = kind == "percent";
  if (!number_matches(m, "value", got.value, percent) ||
      !number_matches(m, "low", got.low, percent) ||
      !number_matches(m, "high", got.high, percent)) {
    return false;
  }
  return !m.contains("unit") || !m["unit"].is_string() || m["unit"].get<std::string>() == got.unit;
}

// The extractor's targets on the whole corpus: 97% of annotated mentions with the
// exact span and the right value, at most 3% of reported mentions spurious.
TEST(EvalCorpusTest, ExtractorReproducesTheCorpus) {
  int expected = 0, right = 0, found = 0, spurious = 0;
  for (const fs::path& path : corpus_files()) {
    detail::ParsedJson parsed = detail::parse_json(read_file(path));
    ASSERT_TRUE(parsed.ok()) << path;
    fs::path text_path = path;
    text_path.replace_extension(".txt");
    const std::string text = read_file(text_path);
    auto offsets = code_point_offsets(text);
    ASSERT_TRUE(offsets);
    auto published = parse_iso_date(parsed.value["published"].get<std::string>());
    ASSERT_TRUE(published);
    const std::vector<Mention> mentions = extract_mentions(text, *published);
    std::vector<std::pair<std::size_t, std::size_t>> annotated;
    for (const json& m : parsed.value["mentions"]) {
      const std::size_t start = offsets->utf16[m["start"].get<std::size_t>()];
      const std::size_t end = offsets->utf16[m["end"].get<std::size_t>()];
      annotated.emplace_back(start, end);
      ++expected;
      auto it = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& got) {
        return got.start == start && got.end == end;
      });
      if (it != mentions.end() && right_value(m, *it)) ++right;
    }
    for (const Mention& got : mentions) {
      ++found;
      if (std::find(annotated.begin(), annotated.end(), std::make_pair(got.start, got.end)) ==
          annotated.end()) {
        ++spurious;
      }
    }
  }
  ASSERT_GT(expected, 0);
  const double recall = static_cast<double>(right) / expected;
  const double spurious_rate = found == 0 ? 0.0 : static_cast<double>(spurious) / found;
  EXPECT_GE(recall, 0.97) << right << " of " << expected << " right; run `figcheck eval --verbose`";
  EXPECT_LE(spurious_rate, 0.03) << spurious << " of " << found << " spurious";
}

}  // namespace
}  // namespace figcheck
