// The extractor's view of a text: words, digit runs and symbols, each tagged with
// what the figure grammar needs to know about it.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace figcheck::detail::extraction {

/// One UTF-8 code point, or one invalid byte (valid == false, code_point U+FFFD).
struct DecodedCodePoint {
  char32_t code_point = 0;
  std::uint8_t length = 1;
  bool valid = false;
};

/// Decodes the code point starting at `text[pos]` (pos < text.size()).
DecodedCodePoint decode_utf8(std::string_view text, std::size_t pos);

/// What a known word can be in the figure grammar; a word may have several roles.
enum WordRole : std::uint32_t {
  kCardinal = 1u << 0,         ///< one .. ninety; Lexeme::number is its value
  kScaleWord = 1u << 1,        ///< hundred, thousand, million...; number is the multiplier
  kScaleSuffix = 1u << 2,      ///< m, bn, k...: written against digits; number is the multiplier
  kDozen = 1u << 3,            ///< dozen
  kOrdinal = 1u << 4,          ///< first, second...; Lexeme::ordinal
  kFraction = 1u << 5,         ///< half, third(s), quarter(s)...; Lexeme::denominator
  kMonth = 1u << 6,            ///< Lexeme::month
  kWeekday = 1u << 7,          ///< Lexeme::weekday
  kDurationUnit = 1u << 8,     ///< day(s), week(s)...; Lexeme::unit
  kMeasureUnit = 1u << 9,      ///< km, miles, tonnes...; Lexeme::unit is canonical
  kSquare = 1u << 10,          ///< square, sq
  kCurrencyCode = 1u << 11,    ///< USD, NIS...; Lexeme::unit is the ISO code
  kCurrencyWord = 1u << 12,    ///< dollars, shekels...; Lexeme::unit is the ISO code
  kPercentWord = 1u << 13,     ///< percent, pc
  kVague = 1u << 14,           ///< dozens, hundreds, thousands...
  kTimeSuffix = 1u << 15,      ///< am, pm
  kIdentifierWord = 1u << 16,  ///< Channel, Resolution, Route...: a number after it is a name
  kYearContext = 1u << 17,     ///< in, since, by...: a bare year after it is a date
  kFutureMarker = 1u << 18,    ///< will, due, next...: the sentence speaks of the future
  kRateAdverb = 1u << 19,      ///< daily, weekly...; Lexeme::unit is the period
  kDateNoun = 1u << 20,        ///< war, election...: "the 2014 war" names a year
  kRelativeDate = 1u << 21,    ///< yesterday, today, last, this, next, earlier...
  kQualifierStart = 1u << 22,  ///< more, over, at, nearly... (also since, between, from)
  kArticle = 1u << 23,         ///< a, an
  kOrdinalSuffix = 1u << 24,   ///< st, nd, rd, th
  kCurrencyPrefix = 1u << 25,  ///< US as in US$
  kOther = 1u << 26,           ///< words the grammar names in place: than, of, per, cent...
  kPrefixUnit = 1u << 27,      ///< magnitude: a unit that may come before its number
  kLooseFuture = 1u << 28,     ///< would, promised...: a date may fall either side of publication
  kHoliday = 1u << 29,         ///< christmas, new...: may begin a fixed holiday ("Christmas Day 2023")
  kDecadeWord = 1u << 30,      ///< twenties .. nineties; Lexeme::number is the decade (20 .. 90)
  /// g, W, MP: a unit symbol only when glued to its number and written as the symbol
  /// is ("5G" is a network, "an MP" a member); Lexeme::unit is the symbol
  kGluedUnit = 1u << 31,
};

/// The roles of the words a date may begin with: "Christmas", "last", "a week on",
/// "Monday", "May", "the seventies".
inline constexpr std::uint32_t kDateWordRoles = kHoliday | kRelativeDate | kArticle | kWeekday | kMonth | kDecadeWord;

/// Roles that can begin a mention; other known words only give context.
inline constexpr std::uint32_t kStartRoles =
    kCardinal | kScaleWord | kDozen | kOrdinal | kFraction | kMonth | kWeekday | kCurrencyCode |
    kVague | kRelativeDate | kQualifierStart | kArticle | kCurrencyPrefix | kPrefixUnit | kHoliday |
    kDecadeWord;

struct Lexeme {
  std::string_view word;  ///< lowercase
  std::uint32_t roles = 0;
  double number = 0;  ///< cardinal value or scale multiplier
  int ordinal = 0;
  int denominator = 0;
  int month = 0;
  int weekday = -1;  ///< 0 = Monday
  std::string_view unit;
};

/// The lexeme of an ASCII word in any case, or nullptr.
const Lexeme* find_lexeme(std::string_view word);

/// A fixed list of lowercase ASCII words (at most 16 letters each), asked whether it holds
/// a word in any case, as Scanner::word compares: one hash probe where the list would be
/// compared word by word. For the long lists the rules ask of many tokens.
class WordSet {
 public:
  explicit WordSet(std::span<const std::string_view> words);
  /// The set holds text.substr(begin, size), read eight bytes at a time where the text
  /// allows. (Inline up to the lookup: most words asked are turned away on their first
  /// letter and size, without a call.)
  bool contains(std::string_view text, std::size_t begin, std::size_t size) const {
    if (size == 0 || size > 16) return false;  // (no word of a set is longer)
    if ((lengths_by_first_[text[begin] & 31] >> size & 1) == 0) return false;
    return holds_word(text, begin, size);
  }

 private:
  /// contains() past its first tests: the word's key looked up.
  bool holds_word(std::string_view text, std::size_t begin, std::size_t size) const;
  struct Slot {  // a word packed as the lexicon packs it; all zero when empty
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
  };
  /// (Always inline: holds_word() is its one caller, asked of many tokens.)
  [[gnu::always_inline]] inline bool holds(std::uint64_t head, std::uint64_t tail) const;
  std::vector<Slot> slots_;
  /// By a word's first byte (its low five bits, which ignore case), a bit for each length
  /// of the words that begin with it: most words asked are turned away on these two,
  /// before their key is packed and looked up.
  std::array<std::uint32_t, 32> lengths_by_first_{};
};

enum class TokenType : std::uint8_t { kWord, kDigits, kSymbol, kOpaque };

/// Whitespace before a token. kSingleSpace is exactly one space-like code point
/// (space, no-break or thin space), which may separate digit groups.
enum class Gap : std::uint8_t { kNone, kSingleSpace, kSpaces, kNewline };

/// (No member has a default: the tokenizer writes each token whole, every member named,
/// into room made without writing a token, see TokenRoom.)
struct Token {
  std::size_t begin;  ///< bytes
  std::size_t end;
  const Lexeme* lexeme;  ///< words only
  /// A word's first eight bytes (fewer if it is shorter, the rest zero), each with its 0x20
  /// bit set, so letters in lower case; 0 for other tokens. Scanner::word() compares a short
  /// word's letters and size in this one test.
  std::uint64_t head;
  char32_t symbol;       ///< symbols only; 0 for other tokens (Scanner::symbol() tests it alone)
  /// The lexeme's roles, 0 without one: has() is asked of tokens more than anything but
  /// their type, and reads them here without following the pointer.
  std::uint32_t roles;
  /// A word's size in bytes (at most 2^32 - 1), 0 for other tokens: Scanner::word() asks
  /// the type and the size of a token in this one test.
  std::uint32_t word_size;
  TokenType type;
  Gap gap;
  bool capitalized;  ///< first letter is an ASCII capital
  bool all_caps;     ///< two or more ASCII letters, all capitals

  std::size_t size() const { return end - begin; }
  bool has(std::uint32_t wanted) const { return (roles & wanted) != 0; }
};

/// A point in a text from which on its UTF-8 bytes outnumber its UTF-16 code units by
/// `surplus` (a code point past ASCII takes two to four bytes and one or two units).
struct Utf16Surplus {
  std::size_t from = 0;  ///< the byte past a code point that adds to the surplus
  std::size_t surplus = 0;
};

/// std::allocator, but that a vector grown by resize() leaves its new tokens unwritten
/// (std::allocator's would write each, zero, before the tokenizer writes it).
template <typename T>
struct UnwrittenAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UnwrittenAllocator<U>;
  };
  UnwrittenAllocator() = default;
  template <typename U>
  UnwrittenAllocator(const UnwrittenAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* place) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(place)) U;  // (default-initialized: a token's members unwritten)
  }
  template <typename U, typename... Args>
  void construct(U* place, Args&&... args) {
    ::new (static_cast<void*>(place)) U(std::forward<Args>(args)...);
  }
};

/// Room for a text's tokens (see tokenize()).
using TokenRoom = std::vector<Token, UnwrittenAllocator<Token>>;

/// Splits `text` into tokens. URLs, e-mail addresses, handles and hashtags become
/// single opaque tokens so that nothing inside them is read as a figure. Fills
/// `utf16_surplus` with a point past each code point of more bytes than units, in order
/// (none for ASCII text), which turn byte offsets into UTF-16 ones. The tokens are
/// written over the front of `room`, which grows as they need, and their count returned:
/// the room's tokens past them are left from an earlier text, or unwritten. (A room kept
/// from one text to the next is made again only where it grows, and the tokenizer writes
/// each token to its slot, with no vector to grow token by token.)
/// `to_fold` is set when the text has a character fold_typography() folds.
std::size_t tokenize(std::string_view text, std::vector<Utf16Surplus>& utf16_surplus, TokenRoom& room,
                     bool& to_fold);

/// A text as pasted copy would be read had it been typed: the invisible characters a CMS, a
/// PDF or a word processor leaves inside words and figures (soft hyphen, zero-width space,
/// word joiner, byte-order mark) dropped, the look-alikes of the degree sign (º, ˚, ℉) and
/// of the slash (the fraction slash) made the characters the grammar reads, and a word a
/// PDF broke at a line end joined again ("Novem- ber", "thirty- five").
struct FoldedText {
  std::string text;
  /// Per byte of `text`, and one past its end: the byte of the original text its character
  /// began at (the byte past the original text at the end).
  std::vector<std::size_t> origin;
};
FoldedText fold_typography(std::string_view text);

}  // namespace figcheck::detail::extraction
