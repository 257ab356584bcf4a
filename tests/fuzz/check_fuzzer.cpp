// libFuzzer target: any bytes, checked as an article against the bundled dataset.
// The first 10 bytes choose the publication date, the rest is the text. Any
// sanitizer report, or a broken report invariant (invariants.h), is a crash.
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

constexpr std::size_t kDateBytes = 10;

// "2026-01-06" is read as that date, so seeds can be written by hand; other
// bytes still map to a valid day, mostly near the dataset's years so that the
// comparison code runs, sometimes anywhere in 1..9999 for the date arithmetic.
figcheck::Date pick_date(std::string_view head) {
  if (auto date = figcheck::parse_iso_date(head); date && date->granularity() == figcheck::Date::Granularity::kDay) {
    return *date;
  }
  const auto byte = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(head[i])); };
  figcheck::Date date;
  if (byte(0) & 0x80) {
    date.year = 1 + static_cast<int>(((byte(0) & 0x7F) << 8 | byte(1)) % 9999);
  } else {
    date.year = 2022 + static_cast<int>(byte(1) % 6);
  }
  date.month = 1 + static_cast<int>(byte(2) % 12);
  date.day = 1 + static_cast<int>(byte(3) % static_cast<unsigned>(figcheck::days_in_month(date.year, date.month)));
  return date;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const figcheck::CheckLimits limits;
  static const figcheck::Checker checker(figcheck::bundled_dataset(), limits);

  const std::string_view input(reinterpret_cast<const char*>(data), size);
  figcheck::Date published{2026, 1, 6};
  std::string_view text = input;
  if (input.size() >= kDateBytes) {
    published = pick_date(input.substr(0, kDateBytes));
    text = input.substr(kDateBytes);
  }

  const figcheck::Report report = checker.check(text, published);
  if (std::string problem = figcheck::hostile::report_problem(text, report, limits); !problem.empty()) fail(problem);

  const std::string json = figcheck::report_to_json(report);
  if (!figcheck::hostile::is_valid_utf8(json)) fail("report_to_json gave invalid UTF-8");
  // JSON_NOEXCEPTION is on for the core: accept() reports instead of throwing.
  if (!nlohmann::json::accept(json)) fail("report_to_json gave invalid JSON");
  for (const char c : json) {
    if (static_cast<unsigned char>(c) >= 0x80) fail("report_to_json gave a byte past ASCII");
  }
  // The escapes read back as the characters they stand for.
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, false);
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const std::string& written = report.findings[i].mention.text;
    if (figcheck::hostile::is_valid_utf8(written) && parsed["mentions"][i]["text"] != written) {
      fail("a mention's text did not read back from the JSON: " + written);
    }
  }
  // The terminal rendering walks the same report; it must not crash either.
  (void)figcheck::report_to_text(report);
  return 0;
}
