#include "json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace figcheck::detail {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence at `at`, or 0 when the bytes there are not one.
std::size_t utf8_sequence(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return 0;
  }
  return length;
}

// Whether any of the eight bytes in `word` needs more than a copy: a control
// character, a quote, a backslash or a byte of a multi-byte UTF-8 sequence.
bool needs_attention(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighs;
  return (below_space | has_zero(word ^ (kOnes * '"')) | has_zero(word ^ (kOnes * '\\')) | (word & kHighs)) != 0;
}

}  // namespace

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_) put(',');
  first_ = false;
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  first_ = true;
}

void JsonWriter::close(char bracket) {
  put(bracket);
  first_ = false;
}

void JsonWriter::string(std::string_view value) {
  before_value();
  write_string(value);
}

void JsonWriter::write_string(std::string_view value) {
  put('"');
  std::size_t run = 0;  // start of the bytes not yet copied, none of which needs escaping
  const auto flush = [&](std::size_t end) { put(value.substr(run, end - run)); };
  for (std::size_t i = 0; i < value.size();) {
    // Most of a report is plain ASCII prose: skip it eight bytes at a time.
    if (i + 8 <= value.size()) {
      std::uint64_t word;
      std::memcpy(&word, value.data() + i, 8);
      if (!needs_attention(word)) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = utf8_sequence(value, i);
      if (length != 0) {
        i += length;
        continue;
      }
      flush(i);
      put("\xEF\xBF\xBD");
      run = ++i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': put("\\\""); break;
      case '\\': put("\\\\"); break;
      case '\n': put("\\n"); break;
      case '\r': put("\\r"); break;
      case '\t': put("\\t"); break;
      case '\b': put("\\b"); break;
      case '\f': put("\\f"); break;
      default:
        put("\\u00");
        put(kHex[c >> 4]);
        put(kHex[c & 0xF]);
    }
    run = ++i;
  }
  flush(value.size());
  put('"');
}

void JsonWriter::number(double value) {
  if (!std::isfinite(value)) {
    null();
    return;
  }
  if (value == std::floor(value) && std::abs(value) < 9.0e15) {
    integer(static_cast<std::int64_t>(value));
    return;
  }
  before_value();
  char buffer[32];
  // The shortest of these that reads back exactly; printf is correctly rounded
  // in glibc and in Emscripten's musl, so both builds print the same digits.
  for (int digits : {15, 16, 17}) {
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
    if (std::strtod(buffer, nullptr) == value) break;
  }
  put(buffer);
}

void JsonWriter::integer(std::int64_t value) {
  before_value();
  char digits[24];
  const auto written = std::to_chars(digits, digits + sizeof digits, value);
  put(std::string_view(digits, static_cast<std::size_t>(written.ptr - digits)));
}

void JsonWriter::boolean(bool value) {
  before_value();
  put(value ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  put("null");
}

}  // namespace figcheck::detail
