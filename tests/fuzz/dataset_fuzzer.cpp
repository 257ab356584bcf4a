// libFuzzer target: any bytes as a dataset file. parse_dataset must either give
// a dataset or say what is wrong; a dataset it accepts must be usable by a Checker.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "figcheck/figcheck.h"
#include "invariants.h"

namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

// A short article built from the dataset's own words, so that an accepted
// dataset is exercised past matching into the comparison, not just indexed.
std::string article_for(const figcheck::Dataset& dataset) {
  std::string text = "On 7 October 2023 about 1,200 people were killed; since May 2024 more than 80% fled. ";
  std::size_t facts = 0;
  for (const figcheck::Fact& fact : dataset.facts) {
    if (++facts > 8) break;
    const std::string subject = fact.match.subject.empty() ? "" : fact.match.subject.front() + " ";
    const std::string metric = fact.match.metric.empty() ? "" : fact.match.metric.front();
    const std::string scope = fact.match.scope.empty() ? "" : " " + fact.match.scope.front();
    text += "More than 71,400 " + subject + metric + scope + " by 5 January 2026, up from 40% and $53bn. ";
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  figcheck::DatasetResult result = figcheck::parse_dataset(input, "fuzz.json");
  if (!result.ok()) {
    if (result.errors.empty()) fail("parse_dataset failed without saying why");
    if (result.error_text().empty()) fail("error_text() is empty");
    for (const figcheck::DatasetError& error : result.errors) {
      if (error.problem.empty()) fail("an error with no problem text");
    }
    return 0;
  }

  const figcheck::CheckLimits limits;
  const figcheck::Checker checker(std::move(*result.dataset), limits);
  const std::string text = article_for(checker.dataset());
  const figcheck::Report report = checker.check(text, figcheck::Date{2026, 1, 6});
  if (std::string problem = figcheck::hostile::report_problem(text, report, limits); !problem.empty()) fail(problem);
  const std::string json = figcheck::report_to_json(report);
  if (!figcheck::hostile::is_valid_utf8(json)) fail("report_to_json gave invalid UTF-8");
  if (!nlohmann::json::accept(json)) fail("report_to_json gave invalid JSON");
  (void)figcheck::report_to_text(report);
  return 0;
}
