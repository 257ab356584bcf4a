#include "json_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "json_util.h"

namespace figcheck {
namespace {

std::string write(const std::function<void(detail::JsonWriter&)>& body) {
  detail::JsonWriter writer(4);  // small, so that the tests also grow it
  body(writer);
  return writer.take();
}

// Integers as std::to_string writes them, on either side of the 32-bit steps
// write_integer takes below 2^32 and at the ends of the range.
TEST(JsonWriterTest, WritesIntegersAsToString) {
  std::vector<std::int64_t> values = {0, 1, 9, 10, 99, 100, 101, 999, 1000, 65535, 99999999, 100000000,
                                      4294967295, 4294967296, 4294967395, 4294967396, 9999999999,
                                      INT64_MAX, INT64_MIN, INT64_MIN + 1, -1, -99, -100, -4294967296};
  std::uint64_t state = 20260118;
  for (int i = 0; i < 2000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    values.push_back(static_cast<std::int64_t>(state) >> (i % 64));
  }
  for (const std::int64_t value : values) {
    EXPECT_EQ(write([&](detail::JsonWriter& out) { out.integer(value); }), std::to_string(value)) << value;
  }
}

TEST(JsonWriterTest, NestsObjectsAndArrays) {
  const std::string json = write([](detail::JsonWriter& out) {
    out.begin_object();
    out.key("a"), out.integer(1);
    out.key("b");
    out.begin_array();
    out.string("x");
    out.null();
    out.begin_object();
    out.end_object();
    out.end_array();
    out.key("c"), out.boolean(false);
    out.end_object();
  });
  EXPECT_EQ(json, R"({"a":1,"b":["x",null,{}],"c":false})");
}

// Everything past ASCII is a \u escape (a pair of them past U+FFFF), so that the
// report is one-byte text in JavaScript; invalid UTF-8 (a stray byte, an encoded
// surrogate) becomes U+FFFD, a byte at a time.
TEST(JsonWriterTest, WritesAsciiEscapingOtherCharactersAndReplacingInvalidUtf8) {
  const std::string value("q\"\\\n\x01 T\xC3\xBCrkiye \xE2\x82\xAC \xF0\x9F\x8E\x89 bad\xFF \xED\xA0\x80", 32);
  const std::string json = write([&](detail::JsonWriter& out) { out.string(value); });
  EXPECT_EQ(json, R"("q\"\\\n\u0001 T\u00fcrkiye \u20ac \ud83c\udf89 bad\ufffd \ufffd\ufffd\ufffd")");
  const detail::ParsedJson parsed = detail::parse_json(json);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value.get<std::string>(),
            "q\"\\\n\x01 T\xC3\xBCrkiye \xE2\x82\xAC \xF0\x9F\x8E\x89 bad\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(JsonWriterTest, ASinkGetsTheTextInPiecesNoLargerThanTheBuffer) {
  std::string pieces;
  std::size_t largest = 0, count = 0;
  detail::JsonWriter out(16, [&](std::string_view piece) {
    pieces += piece;
    largest = std::max(largest, piece.size());
    ++count;
  });
  out.begin_array();
  for (int i = 0; i < 20; ++i) out.string("T\xC3\xBCrkiye");
  out.end_array();
  out.finish();
  EXPECT_GT(count, 5u);
  EXPECT_LE(largest, 16u);
  EXPECT_EQ(pieces, write([](detail::JsonWriter& whole) {
              whole.begin_array();
              for (int i = 0; i < 20; ++i) whole.string("T\xC3\xBCrkiye");
              whole.end_array();
            }));
}

TEST(JsonWriterTest, NumbersReadBackExactly) {
  for (double value : {0.0, 71400.0, -3.0, 66.66666666666667, 0.1, 1.7, 53.2e9, 1e300}) {
    const std::string json = write([&](detail::JsonWriter& out) { out.number(value); });
    const detail::ParsedJson parsed = detail::parse_json(json);
    ASSERT_TRUE(parsed.ok()) << json;
    EXPECT_EQ(parsed.value.get<double>(), value) << json;
  }
  EXPECT_EQ(write([](detail::JsonWriter& out) { out.number(71400); }), "71400");
  EXPECT_EQ(write([](detail::JsonWriter& out) { out.number(1.7); }), "1.7");
  EXPECT_EQ(write([](detail::JsonWriter& out) { out.number(std::nan("")); }), "null");
}

// A number is written as printf writes the shortest of 15, 16 or 17 digits that reads
// back: decimals of a few places (written without printf) and every other double.
TEST(JsonWriterTest, NumbersAreWrittenAsTheShortestPrintfDigitsThatReadBack) {
  const auto printf_shortest = [](double value) {
    char buffer[64];
    for (int digits : {15, 16, 17}) {
      std::snprintf(buffer, sizeof buffer, "%.*g", digits, value);
      if (std::strtod(buffer, nullptr) == value) break;
    }
    return std::string(buffer);
  };
  std::vector<double> values = {0.5,     -0.5,    0.05,     0.0001,  0.00015, 0.00009, 1.7,      53.2,
                                -1.25,   0.1,     0.3,      0.1 + 0.2, 99999999.5, 12345678.125, 1e8 + 0.5,
                                2.675,   1.005,   33.33,    66.66666666666667, 0.123456, 0.1234567, 1e-7};
  std::uint64_t state = 20231007;
  const auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 11;
  };
  for (int i = 0; i < 20000; ++i) {
    const double whole = static_cast<double>(next() % 100000000);
    const int places = static_cast<int>(next() % 9);
    values.push_back((i % 2 ? -1 : 1) * whole / std::pow(10.0, places));
    values.push_back(std::bit_cast<double>(next() >> 1 | 0x3F00000000000000ULL));  // any double near 1
  }
  for (double value : values) {
    if (!std::isfinite(value)) continue;
    if (value == static_cast<double>(static_cast<std::int64_t>(value))) continue;  // written as integers
    EXPECT_EQ(write([&](detail::JsonWriter& out) { out.number(value); }), printf_shortest(value)) << value;
  }
}

// The writer copies strings a block at a time; an escape may fall anywhere in one,
// or in the last few bytes, which it reads as one word overlapping those before.
TEST(JsonWriterTest, EscapesAtEveryPlaceInStringsOfEveryLength) {
  const std::pair<std::string, std::string> escapes[] = {
      {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\x01", "\\u0001"}, {"\xC3\xA9", "\\u00e9"}, {"\xFF", "\\ufffd"},
      {"\xF0\x9F\x8E\x89", "\\ud83c\\udf89"}};
  for (std::size_t length = 1; length < 40; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (const auto& [raw, written] : escapes) {
        const std::string value = std::string(at, 'a') + raw + std::string(length - at - 1, 'b');
        const std::string expected = "\"" + std::string(at, 'a') + written + std::string(length - at - 1, 'b') + "\"";
        EXPECT_EQ(write([&](detail::JsonWriter& out) { out.string(value); }), expected) << length << " " << at;
      }
    }
  }
}

// A report's findings go through a Cursor into room made once per finding; a
// string's escapes make room of their own on the way, which with a small sink
// flushes the buffer in the middle of the object. The text must be the same as
// the same members written one by one. (The cursor writes no separators: the
// comma between the objects is the caller's literal; a repeat the sink has taken
// already is written again.)
TEST(JsonWriterTest, ACursorWritesWhatTheMembersWriteThroughFlushesInsideTheObject) {
  const std::string escaped = std::string("line\nbreak \"quoted\" \x01 T\xC3\xBCrkiye bad\xFF ") + std::string(40, 'x');
  const auto bounded = [&](detail::JsonWriter& out) {
    out.begin_array();
    for (int i = 0; i < 3; ++i) {
      // The room the Cursor's rules ask for: the literals, 32 for a number, a
      // string's length and its quotes; the escapes need more.
      constexpr std::size_t kMostBesideTheString = 32 + 2 * 32 + 2 + 4 + 2 * 12;
      out.write_bounded(escaped.size() + kMostBesideTheString, [&](detail::JsonWriter::Cursor& cursor) {
        if (i > 0) cursor.literal(",");
        cursor.literal("{\"a\":");
        cursor.integer(-42);
        cursor.literal(",\"b\":");
        cursor.string(escaped);
        cursor.literal(",\"c\":");
        cursor.number_or_null(1.7);
        cursor.literal(",\"d\":");
        cursor.string_or_null("");
        cursor.literal(",\"e\":");
        const std::size_t date_start = cursor.position();
        cursor.plain_string("2026-01-06");
        const std::size_t date_end = cursor.position();
        cursor.literal(",\"f\":");
        if (!cursor.repeat(date_start, date_end)) cursor.plain_string("2026-01-06");
        cursor.literal("}");
      });
    }
    out.end_array();
  };
  const std::string members = write([&](detail::JsonWriter& out) {
    out.begin_array();
    for (int i = 0; i < 3; ++i) {
      out.begin_object();
      out.key("a"), out.integer(-42);
      out.key("b"), out.string(escaped);
      out.key("c"), out.number(1.7);
      out.key("d"), out.null();
      out.key("e"), out.plain_string("2026-01-06");
      out.key("f"), out.plain_string("2026-01-06");
      out.end_object();
    }
    out.end_array();
  });
  EXPECT_EQ(write(bounded), members);
  std::string pieces;
  detail::JsonWriter piecewise(16, [&](std::string_view piece) { pieces += piece; });
  bounded(piecewise);
  piecewise.finish();
  EXPECT_EQ(pieces, members);
  EXPECT_TRUE(detail::parse_json(members).ok());
}

TEST(JsonWriterTest, RepeatsAValueStillInItsBuffer) {
  detail::JsonWriter out(4);
  out.begin_array();
  const std::size_t start = out.position();
  out.begin_object();
  out.key("a"), out.string("x\"y");
  out.end_object();
  const std::size_t end = out.position();
  EXPECT_TRUE(out.repeat_value(start, end));
  out.end_array();
  EXPECT_EQ(out.take(), R"([{"a":"x\"y"},{"a":"x\"y"}])");

  // With a sink that has taken the value already, nothing is written.
  std::string sunk;
  detail::JsonWriter piecewise(16, [&](std::string_view piece) { sunk += piece; });
  piecewise.begin_array();
  const std::size_t first = piecewise.position();
  piecewise.string("a string longer than the buffer");
  const std::size_t last = piecewise.position();
  EXPECT_FALSE(piecewise.repeat_value(first, last));
  piecewise.null();
  piecewise.end_array();
  piecewise.finish();
  EXPECT_EQ(sunk, R"(["a string longer than the buffer",null])");
}

}  // namespace
}  // namespace figcheck
