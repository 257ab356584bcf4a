// Invariants every report must keep, whatever the input: shared by the fuzz
// targets and tests/hostile_test.cpp. The UTF-8 and UTF-16 arithmetic here is
// written independently of the core on purpose, so that a bug in the core's
// own decoder cannot hide itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/figcheck.h"

namespace figcheck::hostile {

/// Length in bytes of the well-formed UTF-8 sequence at text[pos] (Unicode
/// Table 3-7: no overlongs, no surrogates, nothing past U+10FFFF), or 0.
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const std::size_t left = text.size() - pos;
  const unsigned char b0 = at(0);
  if (b0 < 0x80) return 1;
  const auto cont = [&](std::size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i < left && at(i) >= lo && at(i) <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;  // D800..DFFF are not scalar values
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

inline bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

/// For each byte offset 0..size, the UTF-16 offset JavaScript would see, or
/// kNotBoundary inside a code point. Per mention.h, an invalid byte counts as
/// one UTF-16 unit; a supplementary code point (4 bytes) counts as two.
inline constexpr std::size_t kNotBoundary = static_cast<std::size_t>(-1);

inline std::vector<std::size_t> utf16_offsets(std::string_view text) {
  std::vector<std::size_t> offsets(text.size() + 1, kNotBoundary);
  std::size_t units = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    offsets[pos] = units;
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) {
      units += 1;
      pos += 1;
    } else {
      units += length == 4 ? 2 : 1;
      pos += length;
    }
  }
  offsets[text.size()] = units;
  return offsets;
}

/// Checks a report against its text. Returns an empty string when every
/// invariant holds, else what broke (for a test's message or a fuzzer's abort).
inline std::string report_problem(std::string_view text, const Report& report, const CheckLimits& limits) {
  if (!report.error.empty()) {
    if (!report.findings.empty()) return "a report with an error has findings";
    if (text.size() <= limits.max_text_bytes) return "error on a text within the limit: " + report.error;
    return {};
  }
  if (text.size() > limits.max_text_bytes) return "a text over the limit was checked";
  if (report.findings.size() > limits.max_mentions) return "more findings than max_mentions";
  if (report.summary.mentions != static_cast<int>(report.findings.size())) return "summary.mentions != findings";
  const std::vector<std::size_t> offsets = utf16_offsets(text);
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Mention& m = report.findings[i].mention;
    const std::string at = "finding " + std::to_string(i) + " ('" + m.text.substr(0, 40) + "'): ";
    if (m.start > m.end) return at + "start > end";
    if (m.end > offsets.back()) return at + "end past the UTF-16 length";
    if (m.byte_start > m.byte_end || m.byte_end > text.size()) return at + "byte span outside the text";
    if (text.substr(m.byte_start, m.byte_end - m.byte_start) != m.text) return at + "byte span does not slice text";
    if (offsets[m.byte_start] == kNotBoundary || offsets[m.byte_end] == kNotBoundary) {
      return at + "byte span cuts a code point";
    }
    if (offsets[m.byte_start] != m.start || offsets[m.byte_end] != m.end) {
      return at + "UTF-16 span " + std::to_string(m.start) + ".." + std::to_string(m.end) + " should be " +
             std::to_string(offsets[m.byte_start]) + ".." + std::to_string(offsets[m.byte_end]);
    }
    if (m.byte_start < previous_end) return at + "overlaps or precedes the previous finding";
    previous_end = m.byte_end;
  }
  return {};
}

}  // namespace figcheck::hostile
