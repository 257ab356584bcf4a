#include <cstdio>
#include <cstring>
#include <ctime>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"

namespace figcheck::cli {

std::optional<std::string> read_input(std::string_view path) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream file{std::string(path), std::ios::binary};
  if (!file) {
    std::fprintf(stderr, "figcheck: cannot read %.*s: %s\n", static_cast<int>(path.size()),
                 path.data(), std::strerror(errno));
    return std::nullopt;
  }
  buffer << file.rdbuf();
  return buffer.str();
}

std::optional<Dataset> load_dataset_file(std::string_view path) {
  auto text = read_input(path);
  if (!text) return std::nullopt;
  DatasetResult result = parse_dataset(*text, path);
  if (!result.ok()) {
    std::fprintf(stderr, "figcheck: the dataset did not load:\n%s", result.error_text().c_str());
    return std::nullopt;
  }
  return std::move(*result.dataset);
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

}  // namespace figcheck::cli

namespace {

constexpr const char* kUsage =
    "usage: figcheck <command> [options]\n"
    "\n"
    "commands:\n"
    "  check [--published YYYY-MM-DD] [--dataset FILE] [--format json|text] [FILE|-]\n"
    "        check one article (standard input when no file is given)\n"
    "  check --jsonl [--dataset FILE]\n"
    "        read lines {\"id\", \"text\", \"published\"} on standard input, write one report a line\n"
    "  eval [FILE.json|DIR ...]\n"
    "        score extraction against annotated articles\n"
    "  mutate [FILE.json|DIR ...]\n"
    "        change each checked figure of annotated articles and count the changes caught\n"
    "  dataset validate FILE | dataset build ...\n"
    "        check or build a dataset (see data/README.md)\n";

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // A check of a long text frees tens of megabytes at once (its tokens, findings and
  // report). By default glibc hands such blocks back to the system (each over its
  // mmap threshold, or the top of the heap once over the trim threshold), and the
  // next check of a batch (check --jsonl, eval, mutate) faults every page in again:
  // 30% of a 1 MB check's time (bench/check_loop under perf stat). Kept, they serve
  // the next check.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's highest
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const std::string_view command = argv[1];
  const figcheck::cli::Args args(argv + 2, argv + argc);
  if (command == "check") return figcheck::cli::run_check(args);
  if (command == "eval") return figcheck::cli::run_eval(args);
  if (command == "mutate") return figcheck::cli::run_mutate(args);
  if (command == "dataset") return figcheck::cli::run_dataset(args);
  std::fprintf(stderr, "figcheck: unknown command '%s'\n\n%s", argv[1], kUsage);
  return 2;
}
