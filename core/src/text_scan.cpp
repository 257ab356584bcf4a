#include "text_scan.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "byte_blocks.h"

namespace figcheck::detail {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Words after which a full stop does not end a sentence.
constexpr std::array<std::string_view, 38> kAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "col",  "lt",   "sgt",  "st",
    "no",   "vs",   "etc",  "inc",  "ltd",  "co",   "jan",  "feb",  "mar",  "apr",
    "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "approx", "est",
    "fig",  "rep",  "sen",  "gov",  "jr",   "sr",   "u.s",  "u.n"};

bool ends_with_abbreviation(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && (is_ascii_alnum(static_cast<unsigned char>(text[begin - 1])) ||
                       text[begin - 1] == '.')) {
    --begin;
  }
  const std::string_view word = text.substr(begin, dot - begin);
  if (word.size() == 1) return true;  // an initial: "J. Smith"
  return std::any_of(kAbbreviations.begin(), kAbbreviations.end(), [&](std::string_view abbreviation) {
    return abbreviation.size() == word.size() &&
           std::equal(word.begin(), word.end(), abbreviation.begin(), [](char a, char b) { return ascii_lower(a) == b; });
  });
}

// The UTF-8 dashes and brackets that separate clauses: en dash, em dash.
bool starts_with_dash(std::string_view text, std::size_t at) {
  return text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94";
}

// Non-ASCII marks that end a word like their ASCII forms: the General Punctuation
// block (curly quotes, dashes, ellipsis, thin spaces), no-break space and guillemets.
bool is_punctuation_mark(std::string_view text, std::size_t at) {
  const std::string_view mark = text.substr(at, 2);
  return mark == "\xE2\x80" || mark == "\xC2\xA0" || mark == "\xC2\xAB" || mark == "\xC2\xBB";
}

// The length of fold_word(word) once `word` is written in lower case at `form`:
// folding only ever shortens a word, so it is done in place.
// (Inline: the tokenizer folds every word, and most words return at the first test.)
[[gnu::always_inline]] inline std::size_t fold_in_place(char* form, std::size_t n) {
  // Every rule below folds a word of four letters or more that ends in "s"; most
  // words are not one.
  if (n <= 3 || form[n - 1] != 's') return n;
  const auto ends_with = [&](std::string_view suffix) {
    return n >= suffix.size() && std::string_view(form + n - suffix.size(), suffix.size()) == suffix;
  };
  if (n > 4 && ends_with("ies")) {
    form[n - 3] = 'y';
    return n - 2;
  }
  if (n > 4 && (ends_with("ches") || ends_with("shes") || ends_with("xes") || ends_with("sses"))) return n - 2;
  if (n > 3 && form[n - 1] == 's' && form[n - 2] != 's' && form[n - 2] != 'u' && form[n - 2] != 'i') return n - 1;
  return n;
}

// Per byte: its lower case when it is an ASCII letter or digit, else 0. One load
// per byte of a word, which is what tokenizing costs.
constexpr std::array<char, 256> kLowerAlnum = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c) {
    if (is_ascii_alnum(static_cast<unsigned char>(c))) table[static_cast<std::size_t>(c)] = ascii_lower(static_cast<char>(c));
  }
  return table;
}();

// The bytes at which a sentence may end: a line break, a full stop, a question
// or exclamation mark. One load per byte passes over the rest.
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> table{};
  for (char c : {'\n', '.', '!', '?'}) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// What a byte may begin, so that the tokenizer passes over spaces and the like
// with one table load: a word (an ASCII letter or digit), a clause mark
// (clause_mark_width decides), or either (the lead byte of a UTF-8 sequence: a
// letter, or a dash or other punctuation mark).
enum class ByteStart : std::uint8_t { kNothing, kWord, kMark, kMultiByte };

constexpr std::array<ByteStart, 256> kByteStarts = [] {
  std::array<ByteStart, 256> table{};
  for (int c = 0; c < 256; ++c) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_ascii_alnum(byte)) {
      table[byte] = ByteStart::kWord;
    } else if (byte >= 0xC0) {
      table[byte] = ByteStart::kMultiByte;
    }
  }
  for (char mark : {',', ';', ':', '(', ')', '-'}) table[static_cast<unsigned char>(mark)] = ByteStart::kMark;
  return table;
}();

// Eight bytes of a text: how many of them, from the first, are ASCII letters and
// digits, and all eight in lower case as far as those go (a letter or digit with the
// 0x20 bit set is its lower case). Words are read a step of eight at a time this way,
// not a byte at a time.
struct AlnumRun {
  std::size_t length = 0;
  std::uint64_t lowered = 0;
};

AlnumRun alnum_run(const char* bytes) {
  const std::uint64_t block = load_block(bytes);
  const std::uint64_t others = ~(ascii_letter_marks(block) | ascii_digit_marks(block)) & kHighBits;
  return {bytes_before_first_mark(others), block | (kEveryByte * 0x20)};
}

// Whether any of the eight bytes at `bytes` may end a sentence (kMayEndSentence). (A
// borrow may mark a byte after a zero one in vain; whether any is zero is exact.)
bool may_end_sentence_in(const char* bytes) {
  const std::uint64_t block = load_block(bytes);
  const auto has_byte = [&](char c) {
    const std::uint64_t v = block ^ (kEveryByte * static_cast<unsigned char>(c));
    return (v - kEveryByte) & ~v & kHighBits;
  };
  return (has_byte('\n') | has_byte('.') | has_byte('!') | has_byte('?')) != 0;
}

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text) {
  std::vector<ByteRange> sentences;
  std::size_t begin = 0;
  auto close = [&](std::size_t end) {
    if (end > begin) sentences.push_back({begin, end});
    begin = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Eight bytes a step past those that end nothing, most of a text.
    while (i + 8 <= text.size() && !may_end_sentence_in(text.data() + i)) i += 8;
    if (i >= text.size()) break;
    if (!kMayEndSentence[static_cast<unsigned char>(text[i])]) continue;
    const char c = text[i];
    if (c == '\n') {
      close(i + 1);
      continue;
    }
    // The mark may be followed by closing quotes; then a space and a capital or a quote.
    std::size_t next = i + 1;
    while (next < text.size() && (text[next] == '"' || text[next] == '\'' || text[next] == ')')) ++next;
    if (text.substr(next, 3) == "\xE2\x80\x9D" || text.substr(next, 3) == "\xE2\x80\x99") next += 3;
    if (next >= text.size()) continue;
    if (!is_space(static_cast<unsigned char>(text[next]))) continue;
    std::size_t after = next;
    while (after < text.size() && is_space(static_cast<unsigned char>(text[after]))) ++after;
    if (after < text.size()) {
      const unsigned char first = static_cast<unsigned char>(text[after]);
      const bool opens_sentence = is_upper(first) || first == '"' || first == '\'' ||
                                  (first >= '0' && first <= '9') || first >= 0x80;
      if (!opens_sentence) continue;
    }
    if (c == '.' && ends_with_abbreviation(text, i)) continue;
    close(next);
  }
  close(text.size());
  return sentences;
}

std::string fold_word(std::string_view word) {
  std::string form(word.size(), '\0');
  for (std::size_t i = 0; i < word.size(); ++i) form[i] = ascii_lower(word[i]);
  form.resize(fold_in_place(form.data(), form.size()));
  return form;
}

std::size_t clause_mark_width(std::string_view text, std::size_t at, std::size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return 1;
  if (c == 0xE2 && starts_with_dash(text, at)) return 3;
  if (c == '-' && at + 1 < end && text[at + 1] == '-') return 2;
  return 0;
}

void tokenize(std::string_view text, ByteRange range, std::vector<Token>& tokens, std::string& forms) {
  tokens.clear();
  // News prose averages about six bytes a word. Room grows to a power of two, so
  // that a text's longer sentences seldom allocate again.
  tokens.reserve(std::bit_ceil((range.end - range.begin) / 5 + 1));
  // The words' folded forms are no longer than the words: sized once, the buffer
  // never moves while the tokens' views are taken (eight more bytes: a word's last
  // step writes eight). It only grows, to a power of two, so that it is not
  // cleared again for each sentence longer than the last.
  const std::size_t forms_size = range.end - range.begin + 8;
  if (forms.size() < forms_size) forms.resize(std::bit_ceil(forms_size));
  std::size_t written = 0;
  std::size_t i = range.begin;
  while (i < range.end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const ByteStart starts = kByteStarts[c];
    if (starts == ByteStart::kNothing) {
      ++i;
      continue;
    }
    // (One push_back for both kinds of token below: the compiler keeps a single one inline.)
    Token token;
    if (starts == ByteStart::kWord || (starts == ByteStart::kMultiByte && !is_punctuation_mark(text, i))) {
      const std::size_t begin = i;
      char* const form = forms.data() + written;
      std::size_t length = 0;
      bool ends_at_space = false;
      // Letters, digits, the separators inside figures, and non-ASCII letters ("Türkiye"),
      // written in lower case as they are read.
      while (i < range.end) {
        if (i + 8 <= text.size()) {
          const AlnumRun run = alnum_run(text.data() + i);
          const std::size_t step = std::min(run.length, range.end - i);
          std::memcpy(form + length, &run.lowered, sizeof run.lowered);
          length += step;
          i += step;
          if (step == 8) continue;
          if (i >= range.end) break;
        }
        const unsigned char d = static_cast<unsigned char>(text[i]);
        if (d == ' ') {  // how most words end: the space is passed over with the word
          ends_at_space = true;
          break;
        }
        if (const char lower = kLowerAlnum[d]) {
          form[length++] = lower;
        } else if (d >= 0x80) {
          if ((d == 0xE2 && starts_with_dash(text, i)) || is_punctuation_mark(text, i)) break;
          form[length++] = static_cast<char>(d);
        } else if ((d == ',' || d == '.') && i + 1 < range.end &&
                   std::isdigit(static_cast<unsigned char>(text[i + 1])) && i > begin &&
                   std::isdigit(static_cast<unsigned char>(text[i - 1]))) {
          form[length++] = static_cast<char>(d);
        } else {
          break;
        }
        ++i;
      }
      length = fold_in_place(form, length);
      written += length;
      token = {Token::Type::kWord, std::string_view(form, length), {begin, i}};
      i += ends_at_space ? 1 : 0;
    } else if (const std::size_t width = clause_mark_width(text, i, range.end)) {
      const std::size_t end = std::min(i + width, range.end);
      token = {Token::Type::kClauseMark, text.substr(i, end - i), {i, end}};
      i += width;
    } else {
      ++i;
      continue;
    }
    tokens.push_back(token);
  }
}

}  // namespace figcheck::detail
