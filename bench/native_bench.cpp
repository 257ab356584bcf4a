// Native timings of figcheck's core with Google Benchmark.
//
//   figcheck_bench [--texts=DIR] [--benchmark_...]
//
// DIR holds article-2kb.txt, article-10kb.txt, article-1mb.txt and
// article-2kb-pieces.txt (the 1 MB text in 2 KB pieces, joined by form feeds), as
// written by `node bench/texts/texts.mjs DIR` (default: build/bench/texts of the
// source tree). Throughput is reported in bytes of article text per second.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sstream>
#include <string>
#include <vector>

#include "figcheck/figcheck.h"

namespace {

const figcheck::Date kPublished{2026, 1, 18};  // bench/texts/texts.mjs PUBLISHED

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

struct Text {
  const char* name;
  const char* file;
  std::string bytes;
};

std::vector<Text>& texts() {
  static std::vector<Text> all = {
      {"2KB", "article-2kb.txt", {}}, {"10KB", "article-10kb.txt", {}}, {"1MB", "article-1mb.txt", {}}};
  return all;
}

const figcheck::Checker& checker() {
  static const figcheck::Checker instance(figcheck::bundled_dataset());
  return instance;
}

// Extraction alone: every figure and date, no matching.
void extract(benchmark::State& state, const Text* text) {
  std::size_t mentions = 0;
  for (auto _ : state) {
    auto found = figcheck::extract_mentions(text->bytes, kPublished);
    mentions = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text->bytes.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

// The whole check as the wasm module does it per call: Checker::check, then the
// report as JSON. The Checker is built once, outside the timing.
void check(benchmark::State& state, const Text* text) {
  const figcheck::Checker& c = checker();
  std::size_t mentions = 0, checked = 0;
  for (auto _ : state) {
    figcheck::Report report = c.check(text->bytes, kPublished);
    std::string json = figcheck::report_to_json(report);
    benchmark::DoNotOptimize(json.data());
    mentions = report.summary.mentions;
    checked = report.summary.checked;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text->bytes.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["checked"] = static_cast<double>(checked);
}

// The whole check of each 2 KB piece of the 1 MB text in turn, an iteration all of
// them: articles the processor has not just checked, as an editor's are (one article
// checked again and again runs about twice as fast, its branches learnt).
void check_pieces(benchmark::State& state, const std::vector<std::string>* pieces) {
  const figcheck::Checker& c = checker();
  std::size_t bytes = 0;
  for (const std::string& piece : *pieces) bytes += piece.size();
  for (auto _ : state) {
    for (const std::string& piece : *pieces) {
      std::string json = figcheck::report_to_json(c.check(piece, kPublished));
      benchmark::DoNotOptimize(json.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pieces"] = static_cast<double>(pieces->size());
}

// Checker::check without the JSON, to show what serialising costs.
void check_no_json(benchmark::State& state, const Text* text) {
  const figcheck::Checker& c = checker();
  for (auto _ : state) {
    figcheck::Report report = c.check(text->bytes, kPublished);
    benchmark::DoNotOptimize(report.findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text->bytes.size()));
}

// Building a Checker from the (already parsed) bundled dataset: copy plus index.
void checker_construction(benchmark::State& state) {
  const figcheck::Dataset& dataset = figcheck::bundled_dataset();
  for (auto _ : state) {
    figcheck::Checker c(dataset);
    benchmark::DoNotOptimize(&c);
  }
  state.counters["facts"] = static_cast<double>(dataset.facts.size());
}

// Parsing and validating the bundled dataset's JSON (what bundled_dataset() does once).
void parse_dataset(benchmark::State& state, const std::string* json) {
  for (auto _ : state) {
    figcheck::DatasetResult result = figcheck::parse_dataset(*json, "gaza.json");
    if (!result.ok()) state.SkipWithError("the bundled dataset did not parse");
    benchmark::DoNotOptimize(&result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * json->size()));
}

}  // namespace

int main(int argc, char** argv) {
#if defined(__GLIBC__)
  // As the CLI does for its batch checks (core/cli/main.cpp): the memory one check
  // frees serves the next, instead of going back to the system and faulting in again.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  std::string dir = FIGCHECK_BENCH_TEXTS;
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--texts=", 8) == 0) dir = argv[i] + 8;
    else rest.push_back(argv[i]);
  }
  for (Text& text : texts()) {
    text.bytes = read_file(dir + "/" + text.file);
    if (text.bytes.empty()) {
      std::fprintf(stderr, "figcheck_bench: %s/%s is missing; run `node bench/texts/texts.mjs %s`\n",
                   dir.c_str(), text.file, dir.c_str());
      return 2;
    }
  }
  static const std::string dataset_json = read_file(FIGCHECK_BENCH_DATASET);
  static std::vector<std::string> pieces;
  {
    const std::string joined = read_file(dir + "/article-2kb-pieces.txt");
    for (std::size_t at = 0; at < joined.size();) {
      const std::size_t end = std::min(joined.find('\f', at), joined.size());
      pieces.push_back(joined.substr(at, end - at));
      at = end + 1;
    }
    if (pieces.empty()) {
      std::fprintf(stderr, "figcheck_bench: %s/article-2kb-pieces.txt is missing; run `node bench/texts/texts.mjs %s`\n",
                   dir.c_str(), dir.c_str());
      return 2;
    }
  }

  for (const Text& text : texts()) {
    benchmark::RegisterBenchmark((std::string("extract/") + text.name).c_str(), extract, &text)
        ->Unit(benchmark::kMicrosecond);
  }
  for (const Text& text : texts()) {
    benchmark::RegisterBenchmark((std::string("check/") + text.name).c_str(), check, &text)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("check/2KB-pieces", check_pieces, &pieces)->Unit(benchmark::kMicrosecond);
  for (const Text& text : texts()) {
    benchmark::RegisterBenchmark((std::string("check_no_json/") + text.name).c_str(), check_no_json,
                                 &text)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RegisterBenchmark("checker_construction", checker_construction)
      ->Unit(benchmark::kMicrosecond);
  benchmark::RegisterBenchmark("parse_dataset", parse_dataset, &dataset_json)
      ->Unit(benchmark::kMicrosecond);

  int count = static_cast<int>(rest.size());
  benchmark::Initialize(&count, rest.data());
  if (benchmark::ReportUnrecognizedArguments(count, rest.data())) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
