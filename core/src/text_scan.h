// Sentences and words of a text, as the matcher reads them. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::detail {

constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

/// A byte range [begin, end) of the text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Splits a text into sentences: at a full stop, question or exclamation mark
/// followed by a space and a capital (not after "Oct." or "Mr." or inside "1.5"),
/// and at every line break.
std::vector<ByteRange> split_sentences(std::string_view text);

/// One word of a sentence, or a clause mark.
struct Token {
  enum class Type { kWord, kClauseMark };
  Type type = Type::kWord;
  /// Lower case and singular ("palestinians" -> "palestinian"); a clause mark as
  /// written. A view into the text or into the forms tokenize was given.
  std::string_view form;
  ByteRange bytes;
};

/// The bytes of the clause mark at `text[at]` before `end` (, ; : ( ), an en or em
/// dash, "--"), or 0 when there is none.
std::size_t clause_mark_width(std::string_view text, std::size_t at, std::size_t end);

/// Words (letters and digits; apostrophes and hyphens split words) and clause
/// marks (as clause_mark_width reads them) of `text[range]`. `tokens` and `forms`
/// are overwritten, their storage reused (`forms` is room for the words, not their
/// text alone); the tokens' forms point into `forms` and `text`, so both must outlive
/// them, and `forms` must not change while they are used. Eight bytes from the start
/// of a word's form may be read, whatever its length: `forms` has room after them.
/// (One buffer for a sentence's folded words, not a string per word: tokenizing was
/// a third of reading a sentence.)
void tokenize(std::string_view text, ByteRange range, std::vector<Token>& tokens, std::string& forms);

/// Lower case, plural folded to singular: "Trucks" -> "truck", "injuries" -> "injury".
/// A word and its plural fold to the same form, which is all the matcher needs.
std::string fold_word(std::string_view word);

/// The bytes of the bullet that opens `line` ("•", "▪", "·", "–", "—", or "-", "*",
/// "+", ">" before a space), or 0 when it opens with none.
std::size_t bullet_bytes(std::string_view line);

}  // namespace figcheck::detail
