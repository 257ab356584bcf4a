// Whole checks of one text, Checker::check and its JSON report, for counting
// instructions under callgrind (bench/instructions.sh): instruction counts are
// exact and repeatable where wall time on a shared machine is not.
//
//   figcheck_check_loop TEXT [N] [YYYY-MM-DD]
//
// Three checks warm the Checker up; only run_checks, which makes the N measured
// ones, is meant to be collected (callgrind --toggle-collect=run_checks*).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "figcheck/figcheck.h"

__attribute__((noinline)) std::size_t run_checks(const figcheck::Checker& checker, const std::string& text,
                                                 const figcheck::Date& published, int n) {
  std::size_t bytes = 0;
  for (int i = 0; i < n; ++i) bytes += figcheck::report_to_json(checker.check(text, published)).size();
  return bytes;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: figcheck_check_loop TEXT [N] [YYYY-MM-DD]\n");
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "figcheck_check_loop: cannot read %s\n", argv[1]);
    return 2;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  const std::string text = buffer.str();
  const int n = argc > 2 ? std::atoi(argv[2]) : 10;
  const std::optional<figcheck::Date> published = figcheck::parse_iso_date(argc > 3 ? argv[3] : "2026-01-06");
  if (n < 1 || !published) {
    std::fprintf(stderr, "figcheck_check_loop: N must be positive and the date YYYY-MM-DD\n");
    return 2;
  }
  const figcheck::Checker checker(figcheck::bundled_dataset());
  std::size_t bytes = 0;
  for (int i = 0; i < 3; ++i) bytes += figcheck::report_to_json(checker.check(text, *published)).size();
  bytes += run_checks(checker, text, *published, n);
  std::printf("%zu bytes of reports\n", bytes);
  return 0;
}
