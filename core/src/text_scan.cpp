#include "text_scan.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <span>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "byte_blocks.h"
#include "unwrap.h"

namespace figcheck::detail {
namespace {

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A word of up to eight bytes in lower case, packed into one number (its bytes are
// none of them zero, so words of different lengths differ too).
constexpr std::uint64_t word_key(std::string_view word) {
  std::uint64_t key = 0;
  for (char c : word) key = key << 8 | static_cast<unsigned char>(ascii_lower(c));
  return key;
}

// Words after which a full stop does not end a sentence, as word_key packs them: listed
// by length, then in alphabetical order, so that the keys are sorted for a binary search.
constexpr std::array<std::string_view, 38> kAbbreviations = {
    "co",  "dr",  "jr",  "lt",  "mr",  "ms",  "no",  "sr",  "st",  "vs",
    "apr", "aug", "col", "dec", "est", "etc", "feb", "fig", "gen", "gov",
    "inc", "jan", "jul", "jun", "ltd", "mar", "mrs", "nov", "oct", "rep",
    "sen", "sep", "sgt", "u.n", "u.s", "prof", "sept", "approx"};
constexpr std::array<std::uint64_t, kAbbreviations.size()> kAbbreviationKeys = [] {
  std::array<std::uint64_t, kAbbreviations.size()> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = word_key(kAbbreviations[i]);
  return keys;
}();
static_assert(std::is_sorted(kAbbreviationKeys.begin(), kAbbreviationKeys.end()));
// The abbreviations' sizes, as bits: most words before a full stop have none of them,
// and are turned away on their size, with no key made or searched for.
constexpr std::uint32_t kAbbreviationSizes = [] {
  std::uint32_t sizes = 0;
  for (std::string_view abbreviation : kAbbreviations) sizes |= std::uint32_t{1} << abbreviation.size();
  return sizes;
}();
// The longest abbreviation: the walk back from the dot goes no further.
constexpr std::size_t kLongestAbbreviation = std::bit_width(kAbbreviationSizes) - 1;
static_assert(kLongestAbbreviation <= sizeof(std::uint64_t));  // word_key packs eight bytes

bool ends_with_abbreviation(std::string_view text, std::size_t dot) {
  // The word before the dot, as far as an abbreviation may be long.
  std::size_t begin = dot;
  while (begin > 0 && dot - begin <= kLongestAbbreviation &&
         (is_ascii_alnum(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) {
    --begin;
  }
  const std::string_view word = text.substr(begin, dot - begin);
  // An initial ("J. Smith"); a digit is not one ("killed since October 7. It does not
  // say ...": a day that ends a sentence)
  if (word.size() == 1) return !(word[0] >= '0' && word[0] <= '9');
  return (kAbbreviationSizes >> word.size() & 1) != 0 &&
         std::binary_search(kAbbreviationKeys.begin(), kAbbreviationKeys.end(), word_key(word));
}

// The UTF-8 dashes and brackets that separate clauses: en dash, em dash.
bool starts_with_dash(std::string_view text, std::size_t at) {
  return text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94";
}

// A footnote's reference mark, a superscript digit ("injured¹", "2026⁵"): its width in
// bytes, or 0. ¹ ² ³ are U+00B9, U+00B2, U+00B3; ⁰ and ⁴ to ⁹ are U+2070, U+2074-2079.
std::size_t footnote_mark_width(std::string_view text, std::size_t at) {
  const std::string_view mark = text.substr(at, 3);
  if (mark.size() >= 2 && mark[0] == '\xC2' && (mark[1] == '\xB9' || mark[1] == '\xB2' || mark[1] == '\xB3')) {
    return 2;
  }
  if (mark.size() == 3 && mark[0] == '\xE2' && mark[1] == '\x81' &&
      (mark[2] == '\xB0' || (mark[2] >= '\xB4' && mark[2] <= '\xB9'))) {
    return 3;
  }
  return 0;
}

// Non-ASCII marks that end a word like their ASCII forms: the General Punctuation
// block (curly quotes, dashes, ellipsis, thin spaces), no-break space, guillemets and a
// footnote's superscript digit ("evacuation²" is the word "evacuation").
bool is_punctuation_mark(std::string_view text, std::size_t at) {
  const std::string_view mark = text.substr(at, 2);
  return mark == "\xE2\x80" || mark == "\xC2\xA0" || mark == "\xC2\xAB" || mark == "\xC2\xBB" ||
         footnote_mark_width(text, at) > 0;
}

// The length of fold_word(word) once `word`, not empty, is written in lower case at
// `form`: folding only ever shortens a word, so it is done in place.
// (Inline: the tokenizer folds every word, and most words return at the first test.)
[[gnu::always_inline]] inline std::size_t fold_in_place(char* form, std::size_t n) {
  // Every rule below folds a word of four letters or more that ends in "s"; most
  // words are not one. (One test of both: which words are short is not predictable.)
  if ((n <= 3) | (form[n - 1] != 's')) return n;
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
// or exclamation mark.
constexpr std::array<bool, 256> kMayEndSentence = [] {
  std::array<bool, 256> table{};
  for (char c : {'\n', '.', '!', '?'}) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// What a byte may begin, so that the tokenizer passes over spaces and the like
// with one table load: a word (an ASCII letter or digit), a clause mark of that byte
// alone (, ; : ( ), as clause_mark_width reads them: most marks, told with no call), a
// clause mark (clause_mark_width decides), or either (the lead byte of a UTF-8
// sequence: a letter, or a dash or other punctuation mark).
enum class ByteStart : std::uint8_t { kNothing, kWord, kOneByteMark, kMark, kMultiByte };

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
  for (char mark : {',', ';', ':', '(', ')'}) table[static_cast<unsigned char>(mark)] = ByteStart::kOneByteMark;
  table[static_cast<unsigned char>('-')] = ByteStart::kMark;
  return table;
}();

// The bytes a word is read in a step of (copy_alnum_run).
#if defined(__SSE2__)
constexpr std::size_t kAlnumStep = 16;
#else
constexpr std::size_t kAlnumStep = 8;
#endif
// The room after the forms, a step, is what lets eight bytes of any form be read.
static_assert(kAlnumStep >= sizeof(std::uint64_t));

// Copies the kAlnumStep bytes at `in` to `out`, the ASCII letters and digits among them
// in lower case (a letter or digit with the 0x20 bit set is its lower case; the other
// bytes are copied as anything), and returns how many of them, from the first, are
// letters and digits. Words are read a step at a time this way, not a byte at a time:
// sixteen bytes with SSE2 (every x86-64), eight where it is not there (WebAssembly).
std::size_t copy_alnum_run(const char* in, char* out) {
#if defined(__SSE2__)
  const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  const __m128i lowered = _mm_or_si128(block, _mm_set1_epi8(0x20));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lowered);
  // A letter, lowered, is in 'a'..'z', and a digit in '0'..'9': shifted by 0x80 less the
  // first of its range, as a signed byte it is below the first plus the range's length.
  const auto in_range = [](__m128i bytes, char first, int length) {
    const __m128i shifted = _mm_add_epi8(bytes, _mm_set1_epi8(static_cast<char>(0x80 - first)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-0x80 + length)));
  };
  const __m128i alnum = _mm_or_si128(in_range(lowered, 'a', 26), in_range(block, '0', 10));
  const unsigned others = ~static_cast<unsigned>(_mm_movemask_epi8(alnum));
  return static_cast<std::size_t>(std::countr_zero(others));  // 16 when all are: bit 16 is set
#else
  const std::uint64_t block = load_block(in);
  const std::uint64_t lowered = block | (kEveryByte * 0x20);
  std::memcpy(out, &lowered, sizeof lowered);
  const std::uint64_t others = ~(ascii_letter_marks(block) | ascii_digit_marks(block)) & kHighBits;
  return bytes_before_first_mark(others);
#endif
}

// The bytes of `block` that may end a sentence (kMayEndSentence), each marked by its
// high bit, and maybe a few others: a byte equal to `c` is zero once XORed with it,
// and only a zero byte wraps around when 1 is taken from it. '.' and '?' (0x2E and
// 0x3F) are tested at once, as bytes that are '?' once 0x11 is set in them, which
// marks '/' and '>' in vain. A borrow only runs on from a marked byte to the more
// significant ones, which may be marked in vain too.
std::uint64_t sentence_end_marks(std::uint64_t block) {
  const auto bytes_equal_to = [](std::uint64_t bytes, char c) {
    const std::uint64_t v = bytes ^ (kEveryByte * static_cast<unsigned char>(c));
    return (v - kEveryByte) & ~v;
  };
  return (bytes_equal_to(block, '\n') | bytes_equal_to(block, '!') | bytes_equal_to(block | (kEveryByte * 0x11), '?')) &
         kHighBits;
}

// The first byte from `from` on that may end a sentence, or the text's size when none
// does. Most of a text ends nothing: it is passed over sixteen bytes a step where SSE2
// is there (every x86-64), eight where it is not (WebAssembly). (Inline: it is called
// for every mark, and its constants then stay in registers.)
[[gnu::always_inline]] inline std::size_t find_sentence_end_mark(std::string_view text, std::size_t from) {
  const char* const bytes = text.data();
  const std::size_t size = text.size();
#if defined(__SSE2__)
  for (; from + 16 <= size; from += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + from));
    const auto bytes_of = [&](char c) { return _mm_cmpeq_epi8(block, _mm_set1_epi8(c)); };
    const __m128i marked = _mm_or_si128(_mm_or_si128(bytes_of('\n'), bytes_of('.')), _mm_or_si128(bytes_of('!'), bytes_of('?')));
    if (const int marks = _mm_movemask_epi8(marked); marks != 0) {
      return from + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(marks)));
    }
  }
#endif
  while (from + 8 <= size) {
    const std::uint64_t marks = sentence_end_marks(load_block(bytes + from));
    if (marks == 0) {
      from += 8;
      continue;
    }
    from += bytes_before_first_mark(marks);
    if (kMayEndSentence[static_cast<unsigned char>(bytes[from])]) return from;
    ++from;  // marked in vain
  }
  while (from < size && !kMayEndSentence[static_cast<unsigned char>(bytes[from])]) ++from;
  return from;
}

// Where the sentence ends when the mark at `text[at]` ends it, or 0 when it does not.
std::size_t sentence_end_at(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c == '\n') return at + 1;
  // The mark may be followed by closing quotes; then a space and a capital or a quote.
  std::size_t next = at + 1;
  while (next < text.size() && (text[next] == '"' || text[next] == '\'' || text[next] == ')')) ++next;
  if (text.substr(next, 3) == "\xE2\x80\x9D" || text.substr(next, 3) == "\xE2\x80\x99") next += 3;
  // "... for treatment.² The": a footnote's marks after the stop (asked only of a byte
  // past ASCII, which each mark begins with: most stops are followed by a space)
  while (next < text.size() && static_cast<unsigned char>(text[next]) >= 0x80) {
    const std::size_t width = footnote_mark_width(text, next);
    if (width == 0) break;
    next += width;
  }
  if (next >= text.size()) return 0;
  if (!is_space(static_cast<unsigned char>(text[next]))) return 0;
  std::size_t after = next;
  while (after < text.size() && is_space(static_cast<unsigned char>(text[after]))) ++after;
  if (after < text.size()) {
    const unsigned char first = static_cast<unsigned char>(text[after]);
    const bool opens_sentence = is_upper(first) || first == '"' || first == '\'' ||
                                (first >= '0' && first <= '9') || first >= 0x80;
    if (!opens_sentence) return 0;
  }
  if (c == '.' && ends_with_abbreviation(text, at)) return 0;
  // "Killed since 7 October 2023 ........ 72,027": a leader of dots joins a label to its
  // figure on one line, so a run of three dots before a number ends nothing
  const bool dot_leader = c == '.' && at >= 2 && text[at - 1] == '.' && text[at - 2] == '.' &&
                          after < text.size() && text[after] >= '0' && text[after] <= '9' && text[next] != '\n';
  if (dot_leader) return 0;
  return next;
}

}  // namespace

std::size_t bullet_bytes(std::string_view line) {
  if (line.size() < 2) return 0;
  switch (line[0]) {
    case '-':
    case '*':
    case '+':
    case '>':
      return line[1] == ' ' ? 1 : 0;
    case '\xC2':
      return line[1] == '\xB7' ? 2 : 0;
    case '\xE2':
      return line.starts_with("\xE2\x80\xA2") || line.starts_with("\xE2\x96\xAA") ||
                     line.starts_with("\xE2\x80\x93") || line.starts_with("\xE2\x80\x94")
                 ? 3
                 : 0;
    default:
      return 0;
  }
}

namespace {

// A line of a block (the lines between blank ones): [begin, end) without its trailing spaces, and its length in
// code points (what a wrapping width counts).
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t break_at = 0;  ///< the line break after it
  std::size_t length = 0;
};

// The bytes less the continuation bytes (10xxxxxx), eight at a time: the lines of a long
// text's many short blocks (tables, lists) are each measured whole.
std::size_t code_points(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t count = end - begin;
  std::size_t i = begin;
  for (; i + 8 <= end; i += 8) {
    const std::uint64_t block = load_block(text.data() + i);
    // (a byte's high bit where it is set and the bit below it, moved up into its place, is not)
    const std::uint64_t continuations = block & ~(block << 1) & kHighBits;
    // (at most eight marks: their sum fits the top byte of the product)
    count -= static_cast<std::size_t>(((continuations >> 7) * kEveryByte) >> 56);
  }
  for (; i < end; ++i) count -= (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return count;
}

// A bullet, a dash or a number that opens a list item ("- 71,419 killed", "• 600 trucks",
// "2) the crossings"): a line that opens one starts anew, whatever the line before.
bool opens_list_item(std::string_view line) {
  if (bullet_bytes(line) > 0) return true;
  std::size_t digits = 0;
  while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
         line[digits + 1] == ' ';
}

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// The widths news copy is wrapped at: a terminal's 64 to 80 columns, a PDF's
// column of 30 or more, an email's up to 120.
constexpr std::size_t kNarrowestWrap = 30;
constexpr std::size_t kWidestWrap = 120;

// Whether the line before `next` is full at `width`: the first word of `next` would
// not have fitted on it. A list item opens anew, however long the line before.
bool full_before(std::string_view text, const Line& line, const Line& next, std::size_t width) {
  const std::string_view words = text.substr(next.begin, next.end - next.begin);
  if (opens_list_item(words)) return false;
  const std::size_t space = words.find(' ');
  const std::size_t first_word = code_points(words, 0, space == std::string_view::npos ? words.size() : space);
  return line.length + 1 + first_word > width;
}

// The longest line of a block of several lines, when it is a width lines are wrapped
// at, else 0. Lines are measured in code points here, and only in such blocks: most
// blocks are a paragraph on one line, or hold a line of more bytes than four a code
// point allows any wrap.
std::size_t block_width(std::string_view text, std::span<Line> block) {
  if (block.size() < 2) return 0;
  for (const Line& line : block) {
    if (line.end - line.begin > 4 * kWidestWrap) return 0;
  }
  std::size_t width = 0;
  for (Line& line : block) {
    line.length = code_points(text, line.begin, line.end);
    width = std::max(width, line.length);
  }
  return width >= kNarrowestWrap && width <= kWidestWrap ? width : 0;
}

// Whether a sentence goes on across the break after `line`, whatever the layout: the
// line ends in a word or a comma and the next goes on in lower case ("71,419
// Palestinians\nhad been killed"). A headline or a list item ends with no mark, but
// the next line opens with a capital, a figure or a bullet.
bool goes_on_across(std::string_view text, const Line& line, const Line& next) {
  if (line.end == line.begin || next.end == next.begin) return false;
  const char last = text[line.end - 1];
  const bool ends_in_word = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || last == ',';
  return ends_in_word && is_lower_ascii(text[next.begin]) &&
         !opens_list_item(text.substr(next.begin, next.end - next.begin));
}


// Whether some line break of the text has words on both sides: most articles set each
// paragraph on one line with blank lines between, and have nothing to unwrap.
bool breaks_within_a_block(std::string_view text) {
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
    std::size_t before = at;
    while (before > 0 && is_space(static_cast<unsigned char>(text[before - 1]))) --before;
    std::size_t after = at + 1;
    while (after < text.size() && is_space(static_cast<unsigned char>(text[after]))) ++after;
    if (before > 0 && text[before - 1] != '\n' && after < text.size() && text[after] != '\n') return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> unwrap_lines(std::string_view text) {
  if (!breaks_within_a_block(text)) return std::nullopt;
  // The text's lines, and where each block of them (the lines between blank ones) begins.
  std::vector<Line> lines;
  std::vector<std::size_t> block_begins;
  bool blank_before = true;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t found = text.find('\n', begin);
    if (found == std::string_view::npos && begin == 0) return std::nullopt;  // one line
    const std::size_t break_at = found == std::string_view::npos ? text.size() : found;
    Line line{begin, break_at, break_at, 0};
    while (line.begin < line.end && (text[line.begin] == ' ' || text[line.begin] == '\t')) ++line.begin;
    while (line.end > line.begin && is_space(static_cast<unsigned char>(text[line.end - 1]))) --line.end;
    const bool blank = line.begin == line.end;
    if (!blank) {
      if (blank_before) block_begins.push_back(lines.size());
      lines.push_back(line);
    }
    blank_before = blank;
    begin = break_at + 1;
  }
  block_begins.push_back(lines.size());
  const std::size_t blocks = block_begins.size() - 1;
  const auto block = [&](std::size_t b) {
    return std::span<Line>(lines).subspan(block_begins[b], block_begins[b + 1] - block_begins[b]);
  };
  std::vector<std::size_t> widths(blocks);
  for (std::size_t b = 0; b < blocks; ++b) widths[b] = block_width(text, block(b));

  // Whether the text's lines were broken at a width: most breaks in its blocks of short
  // lines follow a full line, and some full line goes on in lower case, as prose does
  // and a list of labelled figures does not ("Killed since 7 October 2023: 71,419\n
  // Wounded since 7 October 2023: 171,318"). The evidence is the whole text's: a short
  // paragraph may wrap only before a capital or a figure ("on 7 May\n2024.").
  std::size_t breaks = 0, full = 0;
  bool goes_on_in_lower_case = false;
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::span<const Line> lines_of = block(b);
    const std::size_t width = widths[b];
    if (width == 0) continue;
    for (std::size_t i = 0; i + 1 < lines_of.size(); ++i) {
      ++breaks;
      if (!full_before(text, lines_of[i], lines_of[i + 1], width)) continue;
      ++full;
      goes_on_in_lower_case |= is_lower_ascii(text[lines_of[i + 1].begin]);
    }
  }
  const bool wrapped = goes_on_in_lower_case && 2 * full >= breaks;

  std::optional<std::string> unwrapped;
  for (std::size_t b = 0; b < blocks; ++b) {
    const std::span<const Line> lines_of = block(b);
    const std::size_t width = wrapped ? widths[b] : 0;
    for (std::size_t i = 0; i + 1 < lines_of.size(); ++i) {
      const Line& line = lines_of[i];
      const Line& next = lines_of[i + 1];
      if ((width > 0 && full_before(text, line, next, width)) || goes_on_across(text, line, next)) {
        if (!unwrapped) unwrapped.emplace(text);
        // The spaces and a carriage return before the break, and the break: all spaces.
        for (std::size_t k = line.end; k <= line.break_at; ++k) (*unwrapped)[k] = ' ';
      }
    }
  }
  return unwrapped;
}

std::vector<ByteRange> split_sentences(std::string_view text) {
  std::vector<ByteRange> sentences;
  // Room for a sentence every 64 bytes, and a few more: news prose averages twice that,
  // so that the vector seldom grows (lists and tables have shorter lines).
  sentences.reserve(text.size() / 64 + 16);
  std::size_t begin = 0;
  for (std::size_t i = find_sentence_end_mark(text, 0); i < text.size(); i = find_sentence_end_mark(text, i + 1)) {
    const std::size_t end = sentence_end_at(text, i);
    if (end == 0) continue;
    if (end > begin) sentences.push_back({begin, end});
    begin = end;
  }
  if (text.size() > begin) sentences.push_back({begin, text.size()});
  return sentences;
}

std::string fold_word(std::string_view word) {
  if (word.empty()) return {};
  std::string form(word.size(), '\0');
  for (std::size_t i = 0; i < word.size(); ++i) form[i] = ascii_lower(word[i]);
  form.resize(fold_in_place(form.data(), form.size()));
  return form;
}

namespace {

// Whether the line holding byte `at` opens with a dateline's place and its comma
// before `at`: a name of letters ("GAZA CITY,", "LONDON / GAZA CITY,", "Deir al-Balah,"), not a timeline's
// date ("OCT 18, 2025 - ...") or a bullet.
bool opens_a_dateline(std::string_view text, std::size_t at) {
  constexpr std::size_t kLongestPlace = 40;
  const std::size_t newline = text.rfind('\n', at);
  std::size_t i = newline == std::string_view::npos ? 0 : newline + 1;
  while (i < at && text[i] == ' ') ++i;
  const std::size_t place = i;
  while (i < at && i - place <= kLongestPlace &&
         ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z') || text[i] == ' ' ||
          text[i] == '.' || text[i] == '\'' || text[i] == '-' || text[i] == '/')) {
    ++i;
  }
  return i > place && i < at && text[i] == ',' && text[place] >= 'A' && text[place] <= 'Z';
}

}  // namespace

std::size_t clause_mark_width(std::string_view text, std::size_t at, std::size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  // ("at 11:15 local time": a time's colon, between its digits, is the tokenizer's word's)
  if (c == ':' && at > 0 && at + 1 < end && std::isdigit(static_cast<unsigned char>(text[at - 1])) &&
      std::isdigit(static_cast<unsigned char>(text[at + 1]))) {
    return 0;
  }
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return 1;
  if (c == 0xE2 && starts_with_dash(text, at)) return 3;
  if (c == '-' && at + 1 < end && text[at + 1] == '-') return 2;
  // "GAZA CITY, Jan 12 - The ministry said ...": a spaced hyphen before a capital
  // sets a dateline off from its story, as a dash would
  if (c == '-' && at >= 2 && at + 2 < end && text[at - 1] == ' ' && text[at + 1] == ' ' &&
      text[at + 2] >= 'A' && text[at + 2] <= 'Z') {
    return opens_a_dateline(text, at) ? 1 : 0;
  }
  return 0;
}

void tokenize(std::string_view text, ByteRange range, std::vector<Token>& tokens, std::string& forms) {
  tokens.clear();
  // News prose averages about six bytes a word. Room grows to a power of two, so
  // that a text's longer sentences seldom allocate again.
  tokens.reserve(std::bit_ceil((range.end - range.begin) / 5 + 1));
  // The words' folded forms are no longer than the words: sized once, the buffer
  // never moves while the tokens' views are taken (a step more: a word's last step
  // writes a whole one). It only grows, to a power of two, so that it is not
  // cleared again for each sentence longer than the last.
  const std::size_t forms_size = range.end - range.begin + kAlnumStep;
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
        if (i + kAlnumStep <= text.size()) {
          const std::size_t step = std::min(copy_alnum_run(text.data() + i, form + length), range.end - i);
          length += step;
          i += step;
          if (step == kAlnumStep) continue;
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
        } else if ((d == ',' || d == '.' || d == ':') && i + 1 < range.end &&  // "1,200", "2.5", "11:15"
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
    } else if (const std::size_t width = starts == ByteStart::kOneByteMark ? 1 : clause_mark_width(text, i, range.end)) {
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
