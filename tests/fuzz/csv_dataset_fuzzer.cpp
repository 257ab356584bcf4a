// libFuzzer target: any bytes as the two CSV files of a spreadsheet dataset.
// The bytes before the first NUL are facts.csv, the rest points.csv (a NUL
// never matters to the CSV reader's structure, so the split loses nothing).
// parse_dataset_csv must give a dataset or its errors; an accepted dataset must
// survive export to JSON and to CSV and load again.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "figcheck/figcheck.h"

namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\0');
  figcheck::DatasetCsv csv;
  csv.facts_csv = std::string(input.substr(0, split));
  csv.points_csv = split == std::string_view::npos ? std::string() : std::string(input.substr(split + 1));
  csv.name = "fuzz";
  csv.version = "1";
  csv.date = "2026-01-06";
  const figcheck::DatasetResult result = figcheck::parse_dataset_csv(csv);
  if (!result.ok()) {
    if (result.errors.empty()) fail("parse_dataset_csv failed without saying why");
    return 0;
  }
  const std::string json = figcheck::dataset_to_json(*result.dataset);
  const figcheck::DatasetResult from_json = figcheck::parse_dataset(json, "export.json");
  if (!from_json.ok()) fail("an accepted CSV dataset exports JSON that does not load:\n" + from_json.error_text());
  const figcheck::DatasetResult from_csv = figcheck::parse_dataset_csv(figcheck::dataset_to_csv(*result.dataset));
  if (!from_csv.ok()) fail("an accepted CSV dataset exports CSV that does not load:\n" + from_csv.error_text());
  const figcheck::Checker checker(*result.dataset);
  (void)figcheck::report_to_json(checker.check("More than 1,200 people were killed on 7 October 2023.",
                                               figcheck::Date{2026, 1, 6}));
  return 0;
}
