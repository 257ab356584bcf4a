// Hostile input and broken data: whatever a reader pastes or a newsroom writes by
// hand, the core returns a report (or a dataset's list of errors) and never
// crashes, hangs or hands back offsets that do not slice the text.
//
// Built into the normal test binary, so the sanitize preset runs all of this
// under AddressSanitizer and UndefinedBehaviorSanitizer too. Nothing here is
// timed: a hang or a quadratic blow-up is caught by CTest's per-test timeout
// (tests/CMakeLists.txt), and speed is measured in bench/. Crashes the fuzz
// targets in tests/fuzz found are at the end, one test each.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "figcheck/figcheck.h"
#include "fuzz/invariants.h"

namespace figcheck {
namespace {

using hostile::report_problem;
using hostile::utf16_offsets;

const Date kPublished{2026, 1, 6};

const Checker& bundled_checker() {
  static const Checker checker(bundled_dataset());
  return checker;
}

// The report keeps every invariant, and its JSON is valid UTF-8 and valid JSON.
void expect_sound(std::string_view text, const Report& report, const CheckLimits& limits = {}) {
  EXPECT_EQ(report_problem(text, report, limits), "");
  const std::string json = report_to_json(report);
  EXPECT_TRUE(hostile::is_valid_utf8(json));
  EXPECT_TRUE(nlohmann::json::accept(json)) << json.substr(0, 200);
}

Report check_bundled(std::string_view text) {
  Report report = bundled_checker().check(text, kPublished);
  expect_sound(text, report);
  return report;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::filesystem::path kCorpus = std::filesystem::path(FIGCHECK_SOURCE_DIR) / "tests" / "fuzz" / "corpus";

// --- The independent offset arithmetic the other tests rely on ---------------

TEST(HostileOffsets, CountsUtf16UnitsAndInvalidBytesOneEach) {
  // "a" 1 unit, "é" 1, "€" 1, "😀" 2 (a surrogate pair), then three invalid bytes.
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xED\xA0\x80";
  const std::vector<std::size_t> offsets = utf16_offsets(text);
  EXPECT_EQ(offsets[1], 1u);
  EXPECT_EQ(offsets[3], 2u);
  EXPECT_EQ(offsets[6], 3u);
  EXPECT_EQ(offsets[7], hostile::kNotBoundary);
  EXPECT_EQ(offsets[10], 5u);
  EXPECT_EQ(offsets[11], 6u);  // ED A0 80 is a surrogate: three invalid bytes
  EXPECT_EQ(offsets.back(), 8u);
  EXPECT_FALSE(hostile::is_valid_utf8(text));
  EXPECT_TRUE(hostile::is_valid_utf8(text.substr(0, 10)));
}

// --- Texts --------------------------------------------------------------------

TEST(HostileText, InvalidUtf8) {
  for (const std::string& text : {
           std::string("More than \xFF\xFE" "71,400 killed"),
           std::string("\xC0\xAF" "5,000 people \xC1\xBF were killed"),  // overlong
           std::string("The toll \xE2\x82 rose to 300 \xE2"),               // truncated, also at the end
           std::string("\xF4\x90\x80\x80 120 trucks a day \xF8\x88\x80\x80\x80"),  // past U+10FFFF, 5-byte form
           std::string("\x80\x80\x80 7 October 2023 \xBF"),                  // stray continuation bytes
       }) {
    SCOPED_TRACE(text);
    check_bundled(text);
  }
}

TEST(HostileText, LoneSurrogatesAsCesuBytes) {
  // A JavaScript string with lone surrogates, encoded unit by unit (CESU-8 /
  // WTF-8 style) instead of through TextEncoder: ED A0 80 is U+D800,
  // ED B0 80 is U+DC00, and a pair written as two 3-byte halves.
  for (const std::string& text : {
           std::string("\xED\xA0\x80 71,400 killed in Gaza"),
           std::string("71,400 \xED\xB0\x80killed; 600 trucks a day"),
           std::string("\xED\xA0\xBD\xED\xB2\x94 more than 20 months since 7 October 2023"),
           std::string("about 5\xED\xA0\x80%"),
       }) {
    SCOPED_TRACE(text);
    check_bundled(text);
  }
}

TEST(HostileText, NulBytes) {
  using namespace std::string_literals;
  for (const std::string& text : {
           "71\0" "400 killed"s,
           "\0\0\0more than 71,400 Palestinians killed\0"s,
           "On 7 Oct\0ober 2023, 1,200\0 people"s,
           std::string(1000, '\0'),
       }) {
    SCOPED_TRACE(text.size());
    check_bundled(text);
  }
}

TEST(HostileText, TenMegabytesOfDigitsIsTooLarge) {
  const std::string text(10 * 1024 * 1024, '7');
  const Report report = bundled_checker().check(text, kPublished);
  EXPECT_NE(report.error.find("limit"), std::string::npos) << report.error;
  EXPECT_TRUE(report.findings.empty());
  expect_sound(text, report);
}

TEST(HostileText, DigitsJustUnderTheLimitFinish) {
  // The mechanism, not the default size: a small limit keeps this quick under ASan.
  CheckLimits limits;
  limits.max_text_bytes = 256 * 1024;
  const Checker checker(bundled_dataset(), limits);
  const std::string at_limit(limits.max_text_bytes, '4');
  {
    const Report report = checker.check(at_limit, kPublished);
    EXPECT_EQ(report.error, "");
    expect_sound(at_limit, report, limits);
  }
  // The same digits in groups, so the extractor sees many figures, not one.
  std::string grouped;
  while (grouped.size() + 6 <= limits.max_text_bytes) grouped += "1,234 ";
  {
    const Report report = checker.check(grouped, kPublished);
    EXPECT_EQ(report.error, "");
    expect_sound(grouped, report, limits);
  }
  const Report over = checker.check(at_limit + "4", kPublished);
  EXPECT_FALSE(over.error.empty());
}

TEST(HostileText, MaxMentionsCapsTheFindings) {
  CheckLimits limits;
  limits.max_mentions = 10;
  const Checker checker(bundled_dataset(), limits);
  std::string text;
  for (int i = 0; i < 100; ++i) text += std::to_string(i * 7 + 3) + " people were killed.\n";
  const Report report = checker.check(text, kPublished);
  EXPECT_LE(report.findings.size(), 10u);
  expect_sound(text, report, limits);
}

TEST(HostileText, HundredThousandOneCharacterLines) {
  std::string text;
  const std::string_view chars = "7a.%$\xC3\xA9-,1 ";
  for (int i = 0; i < 100'000; ++i) {
    text += chars[static_cast<std::size_t>(i) % chars.size()];
    text += '\n';
  }
  check_bundled(text);
}

TEST(HostileText, SingleFiveMegabyteLine) {
  // One sentence with no break, so the matcher reads it as a whole: mostly
  // words, with a figure and its metric every kilobyte or so.
  std::string text;
  const std::string words = "the ministry said that people in the strip were displaced again and again ";
  const std::string figure = "and 71,400 Palestinians killed since 7 October 2023 with more than 80% ";
  for (int i = 0; text.size() + words.size() < 5 * 1000 * 1000; ++i) text += i % 14 == 0 ? figure : words;
  check_bundled(text);
}

TEST(HostileText, LongAndWideTables) {
  // 100,000 rows under one heading: each cell's column heading is found once per line,
  // not by a walk back over every row before it
  std::string tall = "Member State | Applicants | Per million inhabitants\n";
  for (int i = 0; i < 100'000; ++i) tall += "Row | " + std::to_string(i) + " | " + std::to_string(i % 997) + "\n";
  const Report report = check_bundled(tall);
  ASSERT_FALSE(report.findings.empty());
  EXPECT_EQ(report.findings.back().mention.unit, "per_1m");
  // one line of 30,000 cells under a heading as wide: no table, read in linear time
  std::string wide;
  for (int i = 0; i < 30'000; ++i) wide += "Per million|";
  wide += "\n";
  for (int i = 0; i < 30'000; ++i) wide += std::to_string(i) + "|";
  check_bundled(wide);
}

TEST(HostileText, ATimelineEntryOfManyDates) {
  // a year heading a line places each yearless month on it: the line is read once, not
  // once per month
  std::string entry = "2024 - ";
  for (int i = 0; i < 100'000; ++i) entry += "in January, ";
  entry += "talks failed.";
  const Report report = check_bundled(entry);
  ASSERT_FALSE(report.findings.empty());
  ASSERT_TRUE(report.findings.back().mention.date);
  EXPECT_EQ(report.findings.back().mention.date->year, 2024);
}

TEST(HostileText, ALongLineInCapitalsOfPressures) {
  // millibars in a line written in capitals: the line is read once, not once per pressure
  std::string line;
  for (int i = 0; i < 20'000; ++i) line += "MINIMUM CENTRAL PRESSURE...954 MB...28.17 INCHES, AND ";
  line += "END.";
  const Report report = check_bundled(line);
  ASSERT_FALSE(report.findings.empty());
  EXPECT_EQ(report.findings.front().mention.unit, "mb");
}

TEST(HostileText, OneSentenceOfManyDeals) {
  // each "five-year deal" asks whether its sentence speaks of loans: a few dozen words
  // either side are read, not the whole sentence
  std::string sentence = "It signed ";
  for (int i = 0; i < 20'000; ++i) sentence += "a five-year deal and ";
  sentence += "more.";
  const Report report = check_bundled(sentence);
  ASSERT_FALSE(report.findings.empty());
  EXPECT_EQ(report.findings.front().mention.kind, MentionKind::kDuration);
}

TEST(HostileText, OneSentenceOfManyTotals) {
  // each total asks for a start ("Since May 27, ...") that opens an earlier clause: found
  // by halving a list read once per sentence, not by a walk back over every figure before
  std::string sentence;
  for (int i = 0; i < 12'000; ++i) {
    sentence += "In Gaza, 1,179 people have been killed while seeking aid, and 145,870 have been wounded, and ";
  }
  sentence += "more.";
  const Report report = check_bundled(sentence);
  EXPECT_EQ(report.findings.size(), 24'000u);
}

TEST(HostileText, OneDayWrittenWithItsYearManyTimes) {
  // a yearless "30 January" looks up the two years it may have among the dates written,
  // not every date written on that day before it
  std::string text;
  for (int i = 0; i < 24'000; ++i) text += "The bill funded agencies until 30 January 2026, the money ran out on 30 January, and ";
  text += "more.";
  const Report report = check_bundled(text);
  ASSERT_EQ(report.findings.size(), 48'000u);
  ASSERT_TRUE(report.findings.back().mention.date);
  EXPECT_EQ(report.findings.back().mention.date->year, 2026);
}

TEST(HostileText, DeeplyRepeatedQualifiers) {
  std::string text;
  for (int i = 0; i < 20'000; ++i) text += "more than ";
  text += "5 people were killed";
  check_bundled(text);
  std::string mixed;
  for (int i = 0; i < 5'000; ++i) mixed += "nearly about at least up to some ";
  mixed += "71,400 killed";
  check_bundled(mixed);
}

TEST(HostileText, RightToLeftText) {
  for (const std::string& text : {
           // Arabic with Arabic-Indic digits and separator, then Western digits.
           std::string("\xD9\x82\xD8\xAA\xD9\x84 \xD9\xA7\xD9\xA1\xD9\xAC\xD9\xA4\xD9\xA0\xD9\xA0 "
                       "\xD9\x81\xD9\x84\xD8\xB3\xD8\xB7\xD9\x8A\xD9\x86\xD9\x8A\xD8\xA7\xD9\x8B 71,400"),
           // Hebrew with right-to-left mark, override and pop.
           std::string("\xD7\xA0\xD7\x94\xD7\xA8\xD7\x92\xD7\x95 \xE2\x80\x8F" "1,200 \xE2\x80\xAE" "300 killed\xE2\x80\xAC"),
           // Isolates around a figure, and an override that never closes.
           std::string("\xE2\x81\xA7" "more than 71,400\xE2\x81\xA9 killed \xE2\x80\xAE 7 October 2023"),
       }) {
    SCOPED_TRACE(text);
    check_bundled(text);
  }
}

TEST(HostileText, CombiningMarks) {
  for (const std::string& text : {
           std::string("5\xCC\x81 killed, 1\xCC\x88,000 injured"),                  // marks on digits
           std::string("T\xC3\xBCrkiye sent 1,200 tonnes; Tu\xCC\x88rkiye sent 3"),  // precomposed vs combining
           std::string("71,400\xCD\x8F\xCC\x80\xCC\x81\xCC\x82 killed"),  // grapheme joiner + marks
           std::string("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 2 children killed \xF0\x9F\x87\xB5\xF0\x9F\x87\xB8"),
       }) {
    SCOPED_TRACE(text);
    check_bundled(text);
  }
  // Zalgo: hundreds of marks stacked on one digit.
  std::string zalgo = "7";
  for (int i = 0; i < 500; ++i) zalgo += "\xCC\x81";
  zalgo += "00 people were killed";
  check_bundled(zalgo);
}

TEST(HostileText, EveryCheckSeedKeepsTheInvariants) {
  // The fuzz seeds are "YYYY-MM-DD" + text; run them here as the fuzzer reads them.
  std::size_t seeds = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus / "check")) {
    const std::string input = read_file(entry.path());
    SCOPED_TRACE(entry.path().filename().string());
    const std::string_view text = std::string_view(input).substr(std::min<std::size_t>(10, input.size()));
    const Date published = parse_iso_date(input.substr(0, 10)).value_or(kPublished);
    expect_sound(text, bundled_checker().check(text, published));
    ++seeds;
  }
  EXPECT_GT(seeds, 10u);
}

// --- Datasets -------------------------------------------------------------------

std::string valid_dataset() { return read_file(kCorpus / "dataset" / "valid.json"); }

void expect_errors(std::string_view json_text, std::string_view want = "") {
  const DatasetResult result = parse_dataset(json_text, "hostile.json");
  ASSERT_FALSE(result.ok());
  ASSERT_FALSE(result.errors.empty());
  if (!want.empty()) {
    EXPECT_NE(result.error_text().find(want), std::string::npos) << result.error_text();
  }
}

TEST(HostileDataset, TheSeedIsValid) {
  const DatasetResult result = parse_dataset(valid_dataset(), "valid.json");
  ASSERT_TRUE(result.ok()) << result.error_text();
  const Checker checker(*result.dataset);
  const std::string text = "More than 71,400 people were killed; 80% displaced; rebuilding will cost $53.2bn.";
  expect_sound(text, checker.check(text, kPublished));
}

TEST(HostileDataset, DeepNesting) {
  // nlohmann's parser keeps its nesting on the heap and frees a deep DOM
  // iteratively, so neither parsing nor destroying 100,000 levels recurses.
  expect_errors(std::string(100'000, '['));
  expect_errors(std::string(100'000, '[') + std::string(100'000, ']'), "must be a JSON object");
  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += "{\"a\":";
  expect_errors(objects + "1" + std::string(100'000, '}'), "unknown field");
  expect_errors("{\"figcheck_dataset\":1,\"facts\":" + std::string(100'000, '[') + std::string(100'000, ']') + "}");
}

TEST(HostileDataset, TwentyMegabyteString) {
  const std::string huge = "{\"figcheck_dataset\":1,\"name\":\"" + std::string(20 * 1024 * 1024, 'x') + "\"}";
  expect_errors(huge, "limit");
  // Under the text limit but over the per-string limit.
  std::string dataset = valid_dataset();
  dataset.replace(dataset.find("Fuzz seed"), 9, std::string(7 * 1024 * 1024, 'y'));
  expect_errors(dataset, "longer than");
}

TEST(HostileDataset, ExtremeNumbers) {
  const std::string base = valid_dataset();
  const auto with_value = [&](std::string_view number) {
    std::string text = base;
    text.replace(text.find("22000"), 5, number);
    return text;
  };
  expect_errors(with_value("1e999"));
  expect_errors(with_value("-1e999"));
  expect_errors(with_value("NaN"));
  expect_errors(with_value("Infinity"));
  expect_errors(with_value("0x10"));
  expect_errors(with_value("\"22000\""));
  // Parseable but odd: each either loads or is refused, and a loaded one checks.
  for (std::string_view number : {"-0", "-0.0", "1e-400", "4.9e-324", "1.7976931348623157e308", "-22000",
                                  "123456789012345678901234567890", "18446744073709551616"}) {
    SCOPED_TRACE(number);
    const DatasetResult result = parse_dataset(with_value(number), "odd.json");
    if (!result.ok()) {
      EXPECT_FALSE(result.errors.empty());
      continue;
    }
    const Checker checker(*result.dataset);
    const std::string text = "More than 71,400 people were killed, up from 22,000 in 2024.";
    expect_sound(text, checker.check(text, kPublished));
  }
}

TEST(HostileDataset, HugeArrays) {
  // facts with a million entries: over the fact limit, and no Checker is built.
  std::string facts = "{\"figcheck_dataset\":1,\"name\":\"n\",\"version\":\"v\",\"facts\":[";
  for (int i = 0; i < 1'000'000; ++i) facts += i ? ",0" : "0";
  expect_errors(facts + "]}", "limit");
  // One fact with 200,000 points.
  std::string dataset = valid_dataset();
  const std::string point = R"({"as_of":"2024-01-01","value":1,"source":"s","url":"https://e.org"},)";
  std::string points;
  for (int i = 0; i < 200'000; ++i) points += point;
  dataset.insert(dataset.find("\"points\": [") + 11, points);
  expect_errors(dataset);
  // A match list of 100,000 phrases.
  std::string phrases = valid_dataset();
  std::string many;
  for (int i = 0; i < 100'000; ++i) many += "\"p" + std::to_string(i) + "\",";
  phrases.insert(phrases.find("\"metric\": [") + 11, many);
  expect_errors(phrases, "phrases");
}

TEST(HostileDataset, EveryDatasetSeedLoadsOrSaysWhy) {
  std::size_t seeds = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus / "dataset")) {
    SCOPED_TRACE(entry.path().filename().string());
    const DatasetResult result = parse_dataset(read_file(entry.path()), entry.path().filename().string());
    if (result.ok()) {
      const Checker checker(*result.dataset);
      const std::string text = "About 1,200 people were killed on 7 October 2023.";
      expect_sound(text, checker.check(text, kPublished));
    } else {
      EXPECT_FALSE(result.errors.empty());
    }
    ++seeds;
  }
  EXPECT_GT(seeds, 5u);
}

// --- Crashes the fuzz targets found ----------------------------------------------
// Each is the minimised input from tests/fuzz, with the bug it exposed.

TEST(HostileRegression, ManyFiguresInOneSentenceAreLinear) {
  // Found by DigitsJustUnderTheLimitFinish on the 14:06 tree: 2,730 figures in
  // one sentence ("1,234 1,234 ...", 16 KiB) took over 60 s under ASan because
  // match_mention located each mention's tokens by scanning the sentence
  // (match.cpp tokens_of, called per mention: quadratic). Fixed by c0e81d6
  // (per-sentence tables); this keeps it fixed.
  std::string text;
  for (int i = 0; i < 2'730; ++i) text += "1,234 ";
  check_bundled(text);
}

}  // namespace
}  // namespace figcheck
