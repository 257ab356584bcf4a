// Datasets from spreadsheets: CSV parsing, errors by file, row and column, and round trips.
#include <gtest/gtest.h>

#include "csv.h"
#include "figcheck/dataset.h"

namespace figcheck {
namespace {

TEST(CsvTest, QuotesCommasLineBreaksAndByteOrderMark) {
  const detail::CsvResult result =
      detail::parse_csv("\xEF\xBB\xBF" "a,b,c\r\n1,\"two, \"\"2\"\"\",3\n\n4,\"multi\nline\",\n");
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.table.header, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(result.table.rows.size(), 2u);
  EXPECT_EQ(result.table.rows[0][1], "two, \"2\"");
  EXPECT_EQ(result.table.rows[1][1], "multi\nline");
  EXPECT_EQ(result.table.row_lines, (std::vector<std::size_t>{2, 4}));
}

TEST(CsvTest, ReportsBrokenRecordsWithTheirLine) {
  EXPECT_EQ(detail::parse_csv("a,b\n1,2,3\n").line, 2u);
  EXPECT_EQ(detail::parse_csv("a,b\n1,\"open\n").error, "has a quote that is never closed");
  EXPECT_FALSE(detail::parse_csv("").ok());
  EXPECT_EQ(detail::csv_field("plain"), "plain");
  EXPECT_EQ(detail::csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
}

DatasetCsv small_csv() {
  DatasetCsv csv;
  csv.name = "Test";
  csv.version = "1";
  csv.facts_csv =
      "id,subject,metric,unit,kind,cumulative,since,metric_words,exclude_words\n"
      "deaths,People killed,deaths,people,count,yes,2023-10-07,killed; death toll,since the ceasefire\n";
  csv.points_csv =
      "fact_id,as_of,value,qualifier,source,url\n"
      "deaths,2026-01-04,\"71,386\",,Ministry,https://example.org/a\n"
      "deaths,2026-01-12,71419,more_than,Ministry,https://example.org/b\n";
  return csv;
}

TEST(CsvDatasetTest, BuildsADatasetFromTwoFiles) {
  const DatasetResult result = parse_dataset_csv(small_csv());
  ASSERT_TRUE(result.ok()) << result.error_text();
  const Fact& fact = result.dataset->facts.at(0);
  EXPECT_EQ(fact.id, "deaths");
  EXPECT_TRUE(fact.cumulative);
  EXPECT_EQ(fact.match.metric, (std::vector<std::string>{"killed", "death toll"}));
  ASSERT_EQ(fact.points.size(), 2u);
  EXPECT_EQ(fact.points[0].value, 71386);
  EXPECT_EQ(fact.points[1].qualifier, Qualifier::kMoreThan);
}

struct CsvErrorCase {
  const char* name;
  const char* facts_replace;   // text in facts.csv to replace ...
  const char* facts_with;      // ... with this
  const char* points_replace;
  const char* points_with;
  const char* file;
  const char* where;
  const char* problem_contains;
};

class CsvDatasetErrorTest : public testing::TestWithParam<CsvErrorCase> {};

void replace(std::string& text, const char* from, const char* to) {
  if (!*from) return;
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, std::string_view(from).size(), to);
}

TEST_P(CsvDatasetErrorTest, NamesFileRowAndColumn) {
  const CsvErrorCase& test = GetParam();
  DatasetCsv csv = small_csv();
  replace(csv.facts_csv, test.facts_replace, test.facts_with);
  replace(csv.points_csv, test.points_replace, test.points_with);
  const DatasetResult result = parse_dataset_csv(csv);
  ASSERT_FALSE(result.ok());
  bool found = false;
  for (const DatasetError& error : result.errors) {
    found = found || (error.file == test.file && error.where == test.where &&
                      error.problem.find(test.problem_contains) != std::string::npos);
  }
  EXPECT_TRUE(found) << result.error_text();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, CsvDatasetErrorTest,
    testing::Values(
        CsvErrorCase{"NotANumber", "", "", "71419", "7l419", "points.csv", "row 3, column value", "not a number"},
        CsvErrorCase{"NotADate", "", "", "2026-01-12", "12/01/2026", "points.csv", "row 3, column as_of",
                     "ISO date"},
        CsvErrorCase{"UnknownKind", ",count,", ",cnt,", "", "", "facts.csv", "row 2, column kind", "unknown kind"},
        CsvErrorCase{"NotABoolean", ",yes,", ",maybe,", "", "", "facts.csv", "row 2, column cumulative",
                     "true or false"},
        CsvErrorCase{"UnknownFact", "", "", "deaths,2026-01-12", "death,2026-01-12", "points.csv",
                     "row 3, column fact_id", "names no fact"},
        CsvErrorCase{"UnknownColumn", "", "", "qualifier,", "qualifer,", "points.csv", "line 1",
                     "unknown column 'qualifer'"},
        CsvErrorCase{"MissingSource", "", "", "more_than,Ministry,", "more_than,,", "points.csv", "row 3",
                     "source"},
        CsvErrorCase{"DecreasingRunningTotal", "", "", "71419", "70000", "points.csv", "row 3, column value",
                     "decreases"}),
    [](const testing::TestParamInfo<CsvErrorCase>& info) { return std::string(info.param.name); });

TEST(CsvDatasetTest, TheTopicComesWithTheCsv) {
  DatasetCsv csv = small_csv();
  // As `figcheck dataset build --topic "Gaza; Israel" --topic "Hamas;"` gives it.
  for (const char* option : {"Gaza; Israel", "Hamas;"}) {
    for (std::string& phrase : split_phrase_list(option)) csv.topic.push_back(phrase);
  }
  const DatasetResult result = parse_dataset_csv(csv);
  ASSERT_TRUE(result.ok()) << result.error_text();
  EXPECT_EQ(result.dataset->topic, (std::vector<std::string>{"Gaza", "Israel", "Hamas"}));
  EXPECT_TRUE(parse_dataset_csv(small_csv()).dataset->topic.empty());

  csv.topic.push_back(std::string(201, 'a'));
  const DatasetResult bad = parse_dataset_csv(csv);
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.errors.size(), 1u) << bad.error_text();
  EXPECT_EQ(bad.errors[0].to_string(), "--topic: phrase 4: topic phrase is longer than 200 bytes");
}

constexpr const char* kDescriptor = R"({
  "name": "our-facts", "title": "Our facts", "version": "3", "created": "2026-02-01T10:00:00Z",
  "keywords": ["Gaza", "Israel"],
  "resources": [{"name": "facts", "path": "sheets/facts.csv"}, {"name": "points", "path": "points.csv"}]})";

TEST(CsvDatasetTest, ADataPackagesKeywordsAreTheTopic) {
  std::vector<DatasetError> errors;
  std::optional<DatasetCsv> package = parse_data_package(kDescriptor, "datapackage.json", errors);
  ASSERT_TRUE(package.has_value());
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(package->name, "Our facts");
  EXPECT_EQ(package->version, "3");
  EXPECT_EQ(package->date, "2026-02-01");
  EXPECT_EQ(package->facts_file, "sheets/facts.csv");
  EXPECT_EQ(package->points_file, "points.csv");
  EXPECT_EQ(package->topic, (std::vector<std::string>{"Gaza", "Israel"}));

  const DatasetCsv sheets = small_csv();
  package->facts_csv = sheets.facts_csv;
  package->points_csv = sheets.points_csv;
  const DatasetResult result = parse_dataset_csv(*package);
  ASSERT_TRUE(result.ok()) << result.error_text();
  EXPECT_EQ(result.dataset->topic, (std::vector<std::string>{"Gaza", "Israel"}));

  // A bad keyword is reported where it stands in the descriptor.
  package->topic.emplace_back("  ");
  const DatasetResult bad = parse_dataset_csv(*package);
  ASSERT_EQ(bad.errors.size(), 1u) << bad.error_text();
  EXPECT_EQ(bad.errors[0].to_string(), "datapackage.json: /keywords/2: topic has an empty phrase");
}

TEST(CsvDatasetTest, BadKeywordsAndResourcesAreReportedTogether) {
  std::vector<DatasetError> errors;
  EXPECT_FALSE(parse_data_package(R"({"keywords": ["Gaza", 7], "resources": [{"name": "facts"}]})",
                                  "dp.json", errors));
  std::vector<std::string> seen;
  for (const DatasetError& error : errors) seen.push_back(error.to_string());
  EXPECT_EQ(seen, (std::vector<std::string>{"dp.json: /keywords/1: keywords must be strings",
                                            "dp.json: /resources/0: a resource needs a name and a path",
                                            "dp.json: /resources: no resource named 'facts'",
                                            "dp.json: /resources: no resource named 'points'"}));
  errors.clear();
  EXPECT_FALSE(parse_data_package(R"({"keywords": "Gaza", "resources": []})", "dp.json", errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0].where, "/keywords");
}

TEST(CsvDatasetTest, ExportedPackageCarriesTheTopicBack) {
  const DatasetCsv csv = dataset_to_csv(bundled_dataset());
  EXPECT_EQ(csv.topic, bundled_dataset().topic);
  std::vector<DatasetError> errors;
  const std::optional<DatasetCsv> package = parse_data_package(data_package_json(csv), "datapackage.json", errors);
  ASSERT_TRUE(package.has_value());
  EXPECT_EQ(package->topic, bundled_dataset().topic);
  EXPECT_EQ(package->name, bundled_dataset().name);
  EXPECT_EQ(package->facts_file, "facts.csv");
  EXPECT_EQ(package->points_file, "points.csv");
}

TEST(CsvDatasetTest, BundledDatasetRoundTripsThroughCsv) {
  const Dataset& bundled = bundled_dataset();
  ASSERT_FALSE(bundled.facts.empty());
  const DatasetResult again = parse_dataset_csv(dataset_to_csv(bundled));
  ASSERT_TRUE(again.ok()) << again.error_text();
  EXPECT_EQ(dataset_to_json(*again.dataset), dataset_to_json(bundled));
}

TEST(CsvDatasetTest, BundledDatasetRoundTripsThroughJson) {
  const Dataset& bundled = bundled_dataset();
  const DatasetResult again = parse_dataset(dataset_to_json(bundled), "again.json");
  ASSERT_TRUE(again.ok()) << again.error_text();
  EXPECT_EQ(dataset_to_json(*again.dataset), dataset_to_json(bundled));
}

}  // namespace
}  // namespace figcheck
