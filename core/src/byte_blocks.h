// Text read eight bytes at a time, as the scanners of words, sentences, offsets and
// JSON strings do: one load and a few operations mark the bytes of a block that
// need a closer look. Internal.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace figcheck::detail {

inline constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

/// The eight bytes at `bytes` as one word, in memory order.
inline std::uint64_t load_block(const char* bytes) {
  std::uint64_t block;
  std::memcpy(&block, bytes, sizeof block);
  return block;
}

/// Per byte of `block`, its high bit set when the byte is an ASCII letter (with the
/// 0x20 bit set, in 'a'..'z'), or an ASCII digit. Each byte is tested apart from the
/// others: its low seven bits plus at most 0x7F carry into no other byte, and the
/// high bit is set from the lower bound on, and from one past the upper bound on.
inline std::uint64_t ascii_letter_marks(std::uint64_t block) {
  const std::uint64_t lowered7 = (block | (kEveryByte * 0x20)) & ~kHighBits;
  const std::uint64_t from_a = lowered7 + kEveryByte * (0x80 - 'a');
  const std::uint64_t past_z = lowered7 + kEveryByte * (0x80 - 'z' - 1);
  return from_a & ~past_z & ~block & kHighBits;
}
inline std::uint64_t ascii_digit_marks(std::uint64_t block) {
  const std::uint64_t block7 = block & ~kHighBits;
  const std::uint64_t from_0 = block7 + kEveryByte * (0x80 - '0');
  const std::uint64_t past_9 = block7 + kEveryByte * (0x80 - '9' - 1);
  return from_0 & ~past_9 & ~block & kHighBits;
}

/// How many of a block's bytes, in memory order, come before the first one marked
/// (8 when none is).
inline std::size_t bytes_before_first_mark(std::uint64_t marks) {
  const int bits = std::endian::native == std::endian::little ? std::countr_zero(marks) : std::countl_zero(marks);
  return static_cast<std::size_t>(bits) / 8;
}

}  // namespace figcheck::detail
