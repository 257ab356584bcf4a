// What the whole-check tests share: a sentence, the figure in it, the fact it
// should match and the verdict it should get, with the bundled dataset.
// Header-only, for check_test.cpp and the verdict rounds' test files.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "figcheck/figcheck.h"

namespace figcheck::test {

struct CheckCase {
  const char* name;
  const char* text;
  const char* published;
  const char* figure;   // the mention's text
  const char* fact;     // the fact it should match, "" for none
  Verdict verdict;
};

/// Checks the case's text and expects its figure's fact and verdict.
inline void expect_check_case(const CheckCase& test) {
  static const Checker checker(bundled_dataset());
  const Report report = checker.check(test.text, *parse_iso_date(test.published));
  const Finding* found = nullptr;
  for (const Finding& finding : report.findings) {
    if (finding.mention.text == test.figure) found = &finding;
  }
  ASSERT_NE(found, nullptr) << "no mention \"" << test.figure << "\"";
  EXPECT_EQ(found->fact_id, test.fact) << found->explanation;
  EXPECT_EQ(found->verdict, test.verdict) << found->explanation;
}

/// The case's name, for the parameterised tests' names.
inline std::string check_case_name(const testing::TestParamInfo<CheckCase>& info) { return info.param.name; }

}  // namespace figcheck::test
