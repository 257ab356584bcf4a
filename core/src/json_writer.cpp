#include "json_writer.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "byte_blocks.h"
#include "format.h"

namespace figcheck::detail {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// The code point of the valid UTF-8 sequence at `at` and its length in bytes;
// length 0 when the bytes there are not one.
struct Utf8Sequence {
  std::size_t length = 0;
  std::uint32_t code = 0;
};

Utf8Sequence utf8_sequence(std::string_view text, std::size_t at) {
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
    return {};
  }
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {};
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF)) ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return {};
  }
  return {length, code};
}

// \uXXXX for a UTF-16 code unit.
char* write_unicode_escape(char* out, std::uint32_t unit) {
  out[0] = '\\';
  out[1] = 'u';
  out[2] = kHex[(unit >> 12) & 0xF];
  out[3] = kHex[(unit >> 8) & 0xF];
  out[4] = kHex[(unit >> 4) & 0xF];
  out[5] = kHex[unit & 0xF];
  return out + 6;
}

#if defined(__SSE2__)
// Per byte of `block`, all ones where it needs more than a copy: a byte below 0x20
// as a signed one is a control character or a byte of a multi-byte sequence. XORed
// with 2, those stay below 0x20 and the quote (0x22) becomes 0x20, while no plain
// byte falls below 0x21: one comparison finds all three, a second the backslash.
__m128i bytes_needing_attention(__m128i block) {
  static_assert(('"' ^ 2) == 0x20 && (' ' ^ 2) > 0x20 && ('!' ^ 2) > 0x20 && ('#' ^ 2) > 0x20);
  return _mm_or_si128(_mm_cmplt_epi8(_mm_xor_si128(block, _mm_set1_epi8(2)), _mm_set1_epi8(0x21)),
                      _mm_cmpeq_epi8(block, _mm_set1_epi8('\\')));
}
#endif

// The bytes of `word` that need more than a copy, each marked by its high bit: a
// control character, a quote, a backslash or a byte of a multi-byte UTF-8
// sequence.
std::uint64_t bytes_needing_attention(std::uint64_t word) {
#if defined(__SSE2__) && defined(__x86_64__)
  // As a block of SSE2 (each mark the whole byte), where the constants take no
  // general register: the string writer's fast path then saves none of its own.
  return static_cast<std::uint64_t>(
      _mm_cvtsi128_si64(bytes_needing_attention(_mm_cvtsi64_si128(static_cast<long long>(word)))));
#else
  // A byte below 0x20 wraps around when 0x20 is taken from it, a quote or a
  // backslash when 1 is taken from it XORed with itself; any other byte whose high
  // bit these subtractions set has it set already. A borrow only runs on from a
  // marked byte, so the first byte marked is exact; a later one may be marked in
  // vain, which only sends a plain byte the slow way.
  const std::uint64_t below_space = word - kEveryByte * 0x20;
  const std::uint64_t quote = (word ^ (kEveryByte * '"')) - kEveryByte;
  const std::uint64_t backslash = (word ^ (kEveryByte * '\\')) - kEveryByte;
  return (word | below_space | quote | backslash) & kHighBits;
#endif
}

// The marks of a word's bytes from the `skipped`th on, in memory order.
std::uint64_t marks_from(std::uint64_t marks, std::size_t skipped) {
  const unsigned shift = static_cast<unsigned>(skipped) * 8;
  return marks & (std::endian::native == std::endian::little ? ~0ULL << shift : ~0ULL >> shift);
}

#if defined(__SSE2__)
// The marks of the sixteen bytes at `in`, one bit per byte in memory order, having
// copied them to `out`.
[[gnu::always_inline]] inline unsigned copy_sixteen(const char* in, char* out) {
  const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), block);
  return static_cast<unsigned>(_mm_movemask_epi8(bytes_needing_attention(block)));
}

// copy_plain_blocks' sixteen at a time where SSE2 is there (every x86-64), as long
// as sixteen are left: two blocks a turn, whose marks are tested together.
[[gnu::always_inline]] inline std::size_t copy_plain_sixteens(const char* in, const char* end, char* out) {
  const auto size = static_cast<std::size_t>(end - in);
  std::size_t copied = 0;
  for (; size - copied >= 32; copied += 32) {
    const unsigned first = copy_sixteen(in + copied, out + copied);
    const unsigned second = copy_sixteen(in + copied + 16, out + copied + 16);
    if (const unsigned marks = first | second << 16; marks != 0) {
      return copied + static_cast<std::size_t>(std::countr_zero(marks));
    }
  }
  if (size - copied >= 16) {
    if (const unsigned marks = copy_sixteen(in + copied, out + copied); marks != 0) {
      return copied + static_cast<std::size_t>(std::countr_zero(marks));
    }
    copied += 16;
  }
  return copied;
}
#endif

// Copies from `in` to `out` the bytes before the first one that needs attention,
// as far as whole blocks of them can tell, and returns how many those are. Each
// block is copied before it is looked at: the bytes from its first marked one on
// are written again by the caller. Inlined: nearly every string is this loop, and
// a call for it costs a tenth of the string's writing.
[[gnu::always_inline]] inline std::size_t copy_plain_blocks(const char* in, const char* end, char* out) {
  const char* const start = in;
#if defined(__SSE2__)
  // Sixteen at a time; what they leave, a word at a time (from a marked byte, that
  // is its first word's first byte).
  const std::size_t sixteens = copy_plain_sixteens(in, end, out);
  if (end - in - static_cast<std::ptrdiff_t>(sixteens) >= 16) return sixteens;
  in += sixteens;
  out += sixteens;
#endif
  while (end - in >= 8) {
    std::uint64_t word;
    std::memcpy(&word, in, 8);
    std::memcpy(out, &word, 8);
    if (const std::uint64_t marks = bytes_needing_attention(word); marks != 0) {
      return static_cast<std::size_t>(in - start) + bytes_before_first_mark(marks);
    }
    in += 8;
    out += 8;
  }
  return static_cast<std::size_t>(in - start);
}

bool is_plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Whether a string of up to seven bytes needs nothing but its copy (a figure, a
// unit): its bytes are gathered in one word, as two words of four that overlap, or
// as the first, middle and last byte and five plain ones.
bool short_string_is_plain(const char* in, std::size_t size) {
  if (size == 0) return true;
  std::uint64_t word;
  if (size >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, in, 4);
    std::memcpy(&last, in + size - 4, 4);
    word = first | static_cast<std::uint64_t>(last) << 32;
  } else {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])); };
    word = (kEveryByte * 'a' & ~0xFFFFFFULL) | byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16;
  }
  return bytes_needing_attention(word) == 0;
}

}  // namespace

void JsonWriter::flush() {
  if (size_ > 0) sink_ ? sink_(std::string_view(buffer_, size_)) : (void)text_.append(buffer_, size_);
  sunk_ += size_;
  size_ = 0;
}

void JsonWriter::use_buffer(std::size_t capacity) {
  heap_buffer_.reset(new char[capacity]);  // not value-initialized: nothing to clear
  buffer_ = heap_buffer_.get();
  capacity_ = capacity;
}

void JsonWriter::grow(std::size_t more) {
  flush();
  if (capacity_ < more) use_buffer(std::max(capacity_ * 2, more));
}

// The string is copied as it goes, a block of bytes at a time where none needs
// attention: most of a report is plain ASCII prose, and most strings need nothing
// but the copy. That case is all done here, with few registers to save; the first
// byte that needs attention hands the rest to write_string_from.
char* JsonWriter::write_string(char* const out, std::string_view value) {
  const std::size_t size = value.size();
  const char* const in = value.data();
  *out = '"';
  char* const copy = out + 1;
  std::size_t done = 0;  // bytes copied, all plain
#if defined(__SSE2__)
  if (size >= 16) {
    done = copy_plain_sixteens(in, in + size, copy);
    if (done < size && size - done < 16) {
      // The last few bytes: the string's last sixteen, of which those already
      // copied go out again unchanged.
      const std::size_t overlap = 16 - (size - done);
      const unsigned marks = copy_sixteen(in + size - 16, copy + size - 16) >> overlap;
      done = marks == 0 ? size : done + static_cast<std::size_t>(std::countr_zero(marks));
    }
  } else
#endif
  if (size >= 8) {
    done = copy_plain_blocks(in, in + size, copy);
    if (done < size && size - done < 8) {
      // The last few bytes: the string's last eight, of which those already
      // copied go out again unchanged.
      const std::size_t overlap = 8 - (size - done);
      std::uint64_t word;
      std::memcpy(&word, in + size - 8, 8);
      std::memcpy(copy + done - overlap, &word, 8);
      const std::uint64_t marks = marks_from(bytes_needing_attention(word), overlap);
      done = marks == 0 ? size : done + bytes_before_first_mark(marks) - overlap;
    }
  } else if (short_string_is_plain(in, size)) {
    copy_short(copy, value);
    done = size;
  } else {
    // A short string with a byte that needs attention: a byte at a time up to it.
    while (done < size && is_plain(static_cast<unsigned char>(in[done]))) {
      copy[done] = in[done];
      ++done;
    }
  }
  if (done == size) {
    copy[size] = '"';
    return copy + size + 1;
  }
  return write_string_from(value, done, copy + done);
}

// The rest of a string from its byte `done`, the first that needs attention; the
// bytes before it are at `out` already, copied as they are.
char* JsonWriter::write_string_from(std::string_view value, std::size_t done, char* out) {
  const char* in = value.data() + done;
  const char* const end = value.data() + value.size();
  // Room for the rest of the string as it is, the escape's extra bytes, and inside
  // an object written through a Cursor all the room that object asked for, of which
  // the rest of it needs no more than it had.
  const auto room_for_more = [&](std::size_t extra) {
    size_ = static_cast<std::size_t>(out - buffer_);
    out = room_for(static_cast<std::size_t>(end - in) + 1 + extra + bounded_room_);
  };
  // From here on the output is the input, byte for byte, up to `out`: no escape
  // or replacement since. The last few bytes of a string are read as its last
  // eight when those are all in this stretch.
  const char* verbatim_from = value.data();
  while (in != end) {
    const std::size_t plain = copy_plain_blocks(in, end, out);
    in += plain;
    out += plain;
    if (in == end) break;
    if (end - in < 8 && end - verbatim_from >= 8) {
      // The last few bytes: the string's last eight, of which those already
      // copied go out again unchanged, since the output since verbatim_from is the input.
      const std::size_t left = static_cast<std::size_t>(end - in);
      const std::size_t overlap = 8 - left;
      std::uint64_t word;
      std::memcpy(&word, end - 8, 8);
      std::memcpy(out - overlap, &word, 8);
      const std::uint64_t marks = marks_from(bytes_needing_attention(word), overlap);
      if (marks == 0) {
        out += left;
        break;
      }
      const std::size_t tail_plain = bytes_before_first_mark(marks) - overlap;
      in += tail_plain;
      out += tail_plain;
    }
    // One byte that needs attention, or one of a short string's last few.
    const unsigned char c = static_cast<unsigned char>(*in);
    if (is_plain(c)) {
      *out++ = static_cast<char>(c);
      ++in;
      continue;
    }
    if (c >= 0x80) {
      // Beyond ASCII as \u escapes (invalid UTF-8 as U+FFFD's): a report all in
      // ASCII becomes a one-byte string in JavaScript, which TextDecoder makes
      // about four times faster than a two-byte one, and a single character past
      // ASCII anywhere in a 1 MB text's report makes the whole of it two-byte.
      const Utf8Sequence sequence = utf8_sequence(value, static_cast<std::size_t>(in - value.data()));
      const std::uint32_t code = sequence.length != 0 ? sequence.code : 0xFFFD;
      const std::size_t read = sequence.length != 0 ? sequence.length : 1;
      const std::size_t written = code >= 0x10000 ? 12 : 6;
      room_for_more(written - read);
      if (code >= 0x10000) {
        out = write_unicode_escape(out, 0xD800 + ((code - 0x10000) >> 10));
        out = write_unicode_escape(out, 0xDC00 + ((code - 0x10000) & 0x3FF));
      } else {
        out = write_unicode_escape(out, code);
      }
      in += read;
      verbatim_from = in;
      continue;
    }
    room_for_more(5);
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      case '\b': *out++ = 'b'; break;
      case '\f': *out++ = 'f'; break;
      default:
        std::memcpy(out, "u00", 3);
        out[3] = kHex[c >> 4];
        out[4] = kHex[c & 0xF];
        out += 5;
    }
    verbatim_from = ++in;
  }
  *out++ = '"';
  return out;
}

char* JsonWriter::write_number(char* at, double value) {
  static_assert(kNumberLongest >= kGeneralLongest && kNumberLongest >= kIntegerLongest);
  if (!std::isfinite(value)) return write_literal(at, "null");
  // Whole when it survives a round trip through an integer, which below 9e15 is
  // exact: cheaper than std::floor, a library call where SSE4.1 is not assumed.
  if (std::abs(value) < 9.0e15 && value == static_cast<double>(static_cast<std::int64_t>(value))) {
    return write_integer(at, static_cast<std::int64_t>(value));
  }
  // A decimal of up to six places, as a report's fractions nearly all are: the
  // fourteen digits that take below 1e8 are fewer than printf's fifteen.
  if (char* end = write_short_decimal(value, 14, at)) return end;
  char buffer[kGeneralLongest];
  char* end = buffer;
  // The shortest of these that reads back exactly, as printf writes it.
  for (int digits : {15, 16, 17}) {
    end = write_general(value, digits, buffer);
    if (reads_back_exactly(std::string_view(buffer, static_cast<std::size_t>(end - buffer)), value)) break;
  }
  const std::size_t length = static_cast<std::size_t>(end - buffer);
  std::memcpy(at, buffer, length);
  return at + length;
}

// A report's integers are offsets and counts, written two digits at a time from
// the table: cheaper than to_chars for the few digits they have. Written straight
// into the buffer, from the last digit back: digits written to a scratch array and
// then copied would be read back before the stores that wrote them had landed,
// which stalls the copy.
namespace {

// 0..9999 in as many digits as it has. (Inlined: the digits of nearly every integer.)
[[gnu::always_inline]] inline char* write_up_to_four_digits(unsigned value, char* at) {
  if (value < 10) {
    *at = static_cast<char>('0' + value);
    return at + 1;
  }
  if (value < 100) return write_two_digits(value, at);
  if (value < 1000) {
    *at++ = static_cast<char>('0' + value / 100);
  } else {
    at = write_two_digits(value / 100, at);
  }
  return write_two_digits(value % 100, at);
}

}  // namespace

char* JsonWriter::write_integer(char* at, std::int64_t value) {
  std::uint64_t rest = static_cast<std::uint64_t>(value);
  if (value < 0) {
    *at++ = '-';
    rest = 0 - rest;
  }
  // Most are under 10^8 (a text's offsets, a figure's value), written as two groups
  // of four digits, with a few comparisons rather than the digits counted first.
  if (rest < 10000) return write_up_to_four_digits(static_cast<unsigned>(rest), at);
  if (rest < 100000000) {
    const auto low = static_cast<unsigned>(rest % 10000);
    at = write_up_to_four_digits(static_cast<unsigned>(rest / 10000), at);
    at = write_two_digits(low / 100, at);
    return write_two_digits(low % 100, at);
  }
  // The digit count from the bit count: floor(log10) is about bits * log10(2)
  // (1233 / 4096), one too many when below that power of ten.
  static constexpr auto kPowersOfTen = [] {
    std::array<std::uint64_t, 20> powers{};
    std::uint64_t power = 1;
    for (std::uint64_t& each : powers) {
      each = power;
      power *= 10;  // past 10^19 it wraps, unused
    }
    return powers;
  }();
  const std::uint64_t nonzero = rest | 1;  // 0 has a digit, as 1 does
  const auto log10_estimate = static_cast<std::size_t>((std::bit_width(nonzero) * 1233) >> 12);
  const std::size_t digits = log10_estimate + 1 - (nonzero < kPowersOfTen[log10_estimate] ? 1 : 0);
  char* const end = at + digits;
  char* next = end;
  while (rest > std::numeric_limits<std::uint32_t>::max()) {
    next -= 2;
    write_two_digits(static_cast<unsigned>(rest % 100), next);
    rest /= 100;
  }
  // The rest in 32 bits, as a report's offsets and counts are whole: its divisions by
  // 100 are cheaper than those of 64 bits.
  auto small = static_cast<std::uint32_t>(rest);
  while (small >= 100) {
    next -= 2;
    write_two_digits(small % 100, next);
    small /= 100;
  }
  if (small >= 10) {
    write_two_digits(small, next - 2);
  } else {
    next[-1] = static_cast<char>('0' + small);
  }
  return end;
}

bool JsonWriter::repeat_value(std::size_t start, std::size_t end) {
  const std::size_t length = end - start;
  // With a sink, the bytes must still be in the buffer, with room for the comma too.
  if (sink_ && (start < sunk_ || capacity_ - size_ < length + 1)) return false;
  before_value();
  return repeat(start, end);
}

bool JsonWriter::repeat(std::size_t start, std::size_t end) {
  const std::size_t length = end - start;
  if (start >= sunk_ && capacity_ - size_ >= length) {
    std::memcpy(buffer_ + size_, buffer_ + (start - sunk_), length);
    size_ += length;
    return true;
  }
  // A sink has the bytes already, or would have to take them to make room.
  if (sink_) return false;
  flush();
  text_.append(text_, start, length);  // text_ now holds every byte written, in place
  sunk_ += length;
  return true;
}

}  // namespace figcheck::detail
