// The extractor's grammar: a single left-to-right pass over tokens that tries, at
// each token that can begin a figure, a fixed list of patterns with bounded lookahead.
#pragma once

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract_tokens.h"
#include "flat_table.h"
#include "figcheck/mention.h"

namespace figcheck::detail::extraction {

/// Digits a double holds exactly; longer digit runs are read as identifiers.
inline constexpr std::size_t kMaxExactDigits = 15;
/// µ, the micro sign of "µg" and "µm" (the Greek letter μ is a letter, and makes a word).
inline constexpr char32_t kMicroSign = U'\u00B5';

/// A number as written, before any unit: "71,400", "2.1 million", "twenty-eight".
struct Numeral {
  std::size_t end = 0;  ///< token index past the numeral
  double value = 0;
  double precision = 1;
  double scale = 1;  ///< the multiplier of a trailing scale word or suffix
  int integer_digits = 0;
  bool spelled = false;        ///< written in words
  bool plain_integer = false;  ///< bare digits: no sign, separator, decimals or scale
  bool lone_one = false;       ///< the single word "one", usually a pronoun
  bool name_like = false;      ///< "BBC Two": part of a name
  bool negative = false;
};

/// A date as written, fields 0 when not given.
struct DatePart {
  std::size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = -1;  ///< a weekday written with the date
  bool bare_month = false;
  bool ambiguous = false;
  bool not_a_date = false;  ///< consumed but names no date ("24/7", "9/11")
  std::string note;
};

/// A mention found at some token, ending before token `end`. `skip` marks text
/// consumed without a mention (an invalid range such as a score "3-1").
struct Candidate {
  std::size_t end = 0;
  Mention mention;
  double scale = 1;
  bool skip = false;
  bool year_written = false;  ///< a day-precise date whose year the text states
  bool year_stated = false;   ///< a date whose year the text states, at any granularity
  bool year_read_back = false;  ///< a yearless date placed at the last before publication
  bool year_from_narrative = false;  ///< a yearless date placed in the year of the narrative before it
};

/// What the clause before a date says of its time, which places a date written
/// without a year.
enum class Tense {
  kPast,   ///< the default: the last such date before publication
  kFuture, ///< "will", "due", "meets on": the next after publication
  kLoose,  ///< "would", "promised": the future seen from the past, so the nearest either side
};

/// The last answer of one of the scanner's tests, by token and flag. The rules tried at
/// one position ask the same test of the same token several times in a row (a number is
/// read as the start of a fraction, then of a figure), and the test reads many tokens. An
/// answer also depends on the last mention, so a new mention forgets it. (One answer kept
/// costs fewer instructions than a few: the repeats come in a row.)
template <typename Answer>
class LastAnswer {
 public:
  const Answer* find(std::size_t token, bool flag) const {
    return token_ == token && flag_ == flag ? &answer_ : nullptr;
  }
  const Answer& remember(std::size_t token, bool flag, Answer answer) {
    token_ = token;
    flag_ = flag;
    answer_ = std::move(answer);
    return answer_;
  }
  void forget() { token_ = kNoToken; }

 private:
  static constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);
  std::size_t token_ = kNoToken;
  bool flag_ = false;
  Answer answer_{};
};

class Scanner {
 public:
  Scanner(std::string_view text, const Date& published);
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;
  ~Scanner();
  std::vector<Mention> run();
  /// The text has a character fold_typography() folds.
  bool typography_to_fold() const { return typography_to_fold_; }

 private:
  // Token tests; every index may be past the end.
  /// Token j is the word `lower` (ASCII, compared case-insensitively). Always inline: the
  /// rules ask it tens of thousands of times per 2 KB of text, and the compiler, left to
  /// itself, calls it out of line in the long rules, where the call costs more than the test.
  /// (A template taking a string_view alone, so that a literal is a LiteralWord, below.)
  template <std::same_as<std::string_view> View>
  [[gnu::always_inline]] bool word(std::size_t j, View lower) const {
    if (j >= token_count_) return false;
    const Token& token = tokens_[j];
    // (the type and the size in one test: a token other than a word has the size 0, and no
    // word asked for is empty)
    if (token.word_size != lower.size()) return false;
    // (a word token is never empty; the first letter decides most comparisons)
    if ((text_[token.begin] | 0x20) != lower[0]) return false;
    for (std::size_t k = 1; k < lower.size(); ++k) {
      if ((text_[token.begin + k] | 0x20) != lower[k]) return false;
    }
    return true;
  }
  /// A word the rules write as a literal, lowercase, packed as a token's head when the
  /// program is compiled (Token::head).
  struct LiteralWord {
    template <std::size_t N>
    consteval LiteralWord(const char (&lower)[N]) : text(lower, N - 1) {
      for (std::size_t k = 0; k < text.size() && k < 8; ++k) {
        head |= std::uint64_t{static_cast<unsigned char>(lower[k])} << (8 * k);
      }
    }
    std::string_view text;
    std::uint64_t head = 0;
  };
  /// word() of a literal: a word of up to eight letters is its token's head, compared with
  /// no branch on the size or the letters, which the processor could not foretell on text it
  /// had not seen. (The head of a word of eight letters or more has no zero byte, and is all
  /// of one of fewer: only a word of eight letters has its size compared.)
  [[gnu::always_inline]] bool word(std::size_t j, LiteralWord lower) const {
    if (lower.text.size() > 8) return word(j, lower.text);
    if (j >= token_count_) return false;
    const Token& token = tokens_[j];
    if (lower.text.size() == 8) return (token.head == lower.head) & (token.word_size == 8);
    return token.head == lower.head;
  }
  // The tests below are always inline, as word() is: the rules ask them as often, from
  // three source files.
  /// (A token other than a symbol has the symbol 0, which no rule asks for: the symbol's
  /// one test, where the type was a second branch the processor could not foretell.)
  [[gnu::always_inline]] bool symbol(std::size_t j, char32_t code_point) const {
    return j < token_count_ && tokens_[j].symbol == code_point;
  }
  [[gnu::always_inline]] bool digits(std::size_t j) const {
    return j < token_count_ && tokens_[j].type == TokenType::kDigits;
  }
  [[gnu::always_inline]] bool dash(std::size_t j) const {
    if (j >= token_count_) return false;
    // ('-', U+2010, U+2011 and U+2013: the three past ASCII as one range less U+2012, the
    // figure dash, where four comparisons were three tests)
    const char32_t sign = tokens_[j].symbol;
    return sign == '-' || (sign - U'\u2010' <= 3u && sign != U'\u2012');
  }
  /// Token j is a dash that touches the token before it: "20-point", "Hamas-led", "10-12".
  /// (The gap asked first: most tokens the rules ask it of stand apart, and are turned
  /// away on one test, where the dash's takes three.)
  [[gnu::always_inline]] bool attached_dash(std::size_t j) const { return attached(j) && dash(j); }
  /// A hyphen or U+2212, or an en dash pasted copy sets for one: after a word and a space,
  /// against its digits ("closed at –4.1 per cent", "fell to –3°C"; "10 –15" is a range).
  [[gnu::always_inline]] bool minus(std::size_t j) const {
    return symbol(j, '-') || symbol(j, U'\u2212') ||
           (symbol(j, U'\u2013') && j > 0 && spaced(j) && digits(j + 1) && attached(j + 1) &&
            tokens_[j - 1].type == TokenType::kWord);
  }
  [[gnu::always_inline]] bool has(std::size_t j, std::uint32_t roles) const {
    return j < token_count_ && tokens_[j].has(roles);
  }
  /// Token j touches the one before it.
  [[gnu::always_inline]] bool attached(std::size_t j) const {
    return j < token_count_ && tokens_[j].gap == Gap::kNone;
  }
  /// Token j ends a sentence: a full stop, "!" or "?" the next token does not touch
  /// ("3.5" and "U.S." go on).
  [[gnu::always_inline]] bool sentence_stop(std::size_t j) const {
    return (symbol(j, '.') || symbol(j, '!') || symbol(j, '?')) && !attached(j + 1);
  }
  /// Token j follows the one before it on the same line, after some space.
  [[gnu::always_inline]] bool spaced(std::size_t j) const {
    return j < token_count_ && (tokens_[j].gap == Gap::kSingleSpace || tokens_[j].gap == Gap::kSpaces);
  }
  /// The first token of the line token j stands on.
  std::size_t line_start(std::size_t j) const {
    while (j > 0 && tokens_[j].gap != Gap::kNewline) --j;
    return j;
  }
  /// The first token of the line after the one token j stands on (token_count_ past the last).
  std::size_t line_end(std::size_t j) const {
    ++j;
    while (j < token_count_ && tokens_[j].gap != Gap::kNewline) ++j;
    return j;
  }
  /// Token j follows the one before it on the same line.
  [[gnu::always_inline]] bool same_line(std::size_t j) const {
    return j < token_count_ && tokens_[j].gap != Gap::kNewline;
  }
  [[gnu::always_inline]] std::string_view text_of(std::size_t j) const {
    return j < token_count_ ? text_.substr(tokens_[j].begin, tokens_[j].size()) : std::string_view();
  }
  /// Token j is one of these lowercase words, in any case.
  template <std::size_t N>
  bool word_in(std::size_t j, const std::array<std::string_view, N>& words) const {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return word(j, w); });
  }
  bool word_in(std::size_t j, const WordSet& words) const {
    // (contains() turns away the size 0 of a token other than a word)
    return j < token_count_ && words.contains(text_, tokens_[j].begin, tokens_[j].word_size);
  }
  /// The value of a digits token of at most 4 digits, else -1. (Inline: the rules ask it of
  /// many numbers, often twice over, and its call cost about as much as its reading.)
  int small_number(std::size_t j) const {
    if (!digits(j) || tokens_[j].size() > 4) return -1;
    int value = 0;
    for (char c : text_of(j)) value = value * 10 + (c - '0');
    return value;
  }

  /// Reads the mention that may begin at token i (run() has found that one may) into
  /// `mentions`, and returns the token to read on from: past the mention, past digits or a
  /// phone number that are no figure, else the next. (Each reading's candidate is handed
  /// to place_candidate where it was built: returned up to run(), most were moved out of a
  /// local, three strings and more.) (Always inline into run(), its one caller, which asks
  /// it of every token that may begin a mention: the call's entry and exit cost more than
  /// read_at's own tests before it passes the token on to match_at.)
  [[gnu::always_inline]] inline std::size_t read_at(std::size_t i, std::vector<Mention>& mentions);
  /// (Always inline into read_at, its one caller, for the same reason.)
  [[gnu::always_inline]] inline std::size_t match_at(std::size_t i, std::vector<Mention>& mentions);
  /// Takes the mention a reading found at token i, if any, into `mentions` with what the
  /// scanner keeps of it, and returns the token to read on from (read_at's answer).
  std::size_t place_candidate(std::size_t i, std::optional<Candidate>&& candidate, std::vector<Mention>& mentions);
  /// (Always inline into match_at, its one caller, which asks it of every word with a
  /// qualifier's role.)
  [[gnu::always_inline]] inline std::optional<Qualifier> qualifier_before_figure(std::size_t i,
                                                                                 std::size_t& figure_start) const;
  /// A figure read after a qualifier phrase, with the qualifier; always inline into
  /// match_at, its one caller, as match_at is into its own.
  [[gnu::always_inline]] inline std::size_t read_qualified_figure(std::size_t i, Qualifier qualifier, std::size_t j,
                                                                  std::vector<Mention>& mentions);
  /// read_figure_or_ordinal may read one at token i. (A word that begins neither, "in" or
  /// "over" after their phrases: money needs a currency's prefix or code, or the article of
  /// "A$", an ordinal its role.)
  [[gnu::always_inline]] bool may_begin_figure_or_ordinal(std::size_t i) const {
    return !(tokens_[i].type == TokenType::kWord && !has(i, kCurrencyPrefix | kCurrencyCode | kOrdinal) &&
             !word_may_begin_figure(i));
  }
  /// match_at's last readings, read as read_at reads: a figure with any bound written after
  /// it, else an ordinal.
  std::size_t read_figure_or_ordinal(std::size_t i, std::vector<Mention>& mentions);
  /// `look_behind` also rejects digits named by the words before them ("Route 60").
  std::optional<std::size_t> skip_identifier(std::size_t i, bool look_behind = true) const;
  /// (Always inline into read_identifier, its one caller, which asks it of every number.)
  [[gnu::always_inline]] inline bool knockout_stage(std::size_t k) const;
  std::optional<std::size_t> match_result_end(std::size_t k) const;
  /// match_result_end's first test, also asked before the call: a score of one or two
  /// digits after a capitalised name (every number is asked, and few follow a capital).
  [[gnu::always_inline]] bool may_be_match_result(std::size_t k) const {
    return k > 0 && spaced(k) && tokens_[k - 1].type == TokenType::kWord && tokens_[k - 1].capitalized &&
           tokens_[k].size() <= 2;
  }
  /// (Always inline into run(), its one caller, which asks it of every mention, and most
  /// fail its first tests.)
  [[gnu::always_inline]] inline void take_benchmark_rate(std::size_t i, Mention& mention) const;
  /// (Always inline into run(), as take_benchmark_rate is.)
  bool names_a_measured_thing(std::size_t i, std::size_t end) const;
  bool listed_under_a_heading_ahead(std::size_t i, std::size_t end) const;
  void take_interval_unit(std::size_t i, Mention& mention, const std::vector<Mention>& mentions) const;
  [[gnu::always_inline]] inline void take_compared_unit(std::size_t i, std::size_t end, Mention& mention) const;
  /// A number with no unit, which a table's cell may be: the first test of take_column_unit
  /// and take_plain_table_unit, also asked before their calls (most mentions are no such
  /// number).
  static bool bare_number(const Mention& mention) {
    return mention.kind == MentionKind::kNumber && mention.unit.empty();
  }
  void take_column_unit(std::size_t i, std::size_t end, Mention& mention) const;
  /// The scale, currency or percent a plain-text table's caption, heading or row label
  /// writes once for its cells.
  struct TableUnit {
    double scale = 1;
    std::string_view currency;
    bool percent = false;
    bool except = false;  ///< "C$ millions, except per-share data": some rows are not
    bool any() const { return scale != 1 || !currency.empty() || percent; }
  };
  TableUnit table_unit(std::size_t from, std::size_t to, bool bracketed_only) const;
  bool table_separator(std::size_t t) const;
  bool table_row(std::size_t from, std::size_t to) const;
  void take_plain_table_unit(std::size_t i, std::size_t end, Mention& mention) const;
  /// A money mention in a currency word that several countries use takes the currency of
  /// the country of its family the text names most (one of run's passes over the text's
  /// mentions).
  void take_named_country_currency(std::vector<Mention>& mentions) const;
  void date_days_written_elsewhere(std::vector<Mention>& mentions) const;
  std::string_view named_dollar_country(int* times_named = nullptr) const;
  /// Whether the text names the United States (US, America, American, Washington).
  bool names_dollar_commodity() const;
  bool names_united_states() const;
  /// Gives a bare figure, or the bare one right before it, the unit of its pair. (Always
  /// inline into run(), as take_benchmark_rate is.)
  [[gnu::always_inline]] inline void take_paired_unit(std::size_t i, std::size_t end, Mention& mention,
                                                      std::vector<Mention>& mentions) const;
  std::string_view quoted_currency_before(std::size_t k) const;
  bool docket_after(std::size_t k) const;
  /// skip_identifier without remembering the answer.
  std::optional<std::size_t> read_identifier(std::size_t i, bool look_behind) const;
  /// (Always inline into read_identifier, its one caller, which asks it of every number.)
  [[gnu::always_inline]] inline bool names_an_address_or_road(std::size_t k, bool look_behind) const;
  /// The token past a number at k that is no figure though its words are no name: a
  /// position in degrees, a time on the 24-hour clock, an aircraft's model and variant, a
  /// ledger's block; or 0.
  std::size_t names_no_figure(std::size_t k, bool look_behind) const;
  /// The number at k counts the places at the head of a chart: "in the Top 10".
  bool places_in_the_top(std::size_t k) const;
  /// The word at `unit` and the one after it place a position: "degrees South".
  bool positioned_in_degrees(std::size_t unit) const;
  /// The number at k is the first of two hours on the clock, joined by one token to the
  /// second and its "pm": "4 to 7 p.m.", "1-4pm".
  bool first_of_two_clock_hours(std::size_t k) const;
  /// The token past the run of digit groups (dashes between) from token `from` on its line.
  std::size_t digits_run_end(std::size_t from) const;
  /// (Always inline into read_figure_or_ordinal, its one caller, which asks it of every figure,
  /// and most fail its first tests.)
  /// The currency code of the word or code at token t ("HUF", "yen", "real"), or none.
  std::string_view currency_code_at(std::size_t t) const;
  /// The story's own currency of the pair joined by the slash at token `slash` ("EUR/HUF"
  /// gives HUF, "Dollar/yen" JPY: the one that is neither the dollar nor the euro, else the
  /// second), or none.
  std::string_view pair_currency_at(std::size_t slash) const;
  /// "pointers", "point range", "point shot" at token p, after "3-" or "three-": a
  /// basketball shot named by what it scores.
  bool names_a_shot(std::size_t p) const;
  /// A rate's currency under a pair's label or in a currency's story, or none.
  std::string quoted_rate_currency(std::size_t first, const Numeral& numeral) const;
  /// "vehicle miles", "vehicle-kilometres" at token v: the token past them, or 0.
  std::size_t vehicle_distance_end(std::size_t v) const;
  /// Whether the distance that vehicle_distance_end read, ending before `end`, is in miles.
  bool vehicle_distance_in_miles(std::size_t end) const;
  /// "around 5 below zero": turns the figure below the scale's zero; whether it did.
  bool below_zero_after(Candidate& figure) const;
  [[gnu::always_inline]] inline void bound_after(std::size_t i, Candidate& figure) const;
  std::optional<std::size_t> skip_phone(std::size_t i) const;
  std::size_t alphanumeric_run_end(std::size_t j) const;
  bool reports_results_on(std::size_t i) const;
  bool describes_object_after_modal(std::size_t k) const;
  bool closes_after_plural(std::size_t k) const;
  /// A digit said as a word, "oh" to "nine", as a phone number is read out.
  bool digit_word(std::size_t k) const {
    return word(k, "oh") || (has(k, kCardinal) && tokens_[k].lexeme->number < 10);
  }
  /// "until", "till" or "through" at token k: the end of a period comes next.
  bool until_word(std::size_t k) const { return word(k, "until") || word(k, "till") || word(k, "through"); }
  Tense tense_before(std::size_t i) const;
  std::size_t place_in_apposition(std::size_t comma) const;
  bool follows_forecast_made(std::size_t i) const;
  Tense tense_after(std::size_t start, std::size_t end) const;
  bool in_past_phrase(std::size_t start) const;
  /// Token j may be a verb in the present's singular ("tells", "aims"): a lower-case word
  /// outside the lexicon of four letters or more ending in one s, no counted noun.
  bool singular_present(std::size_t j) const;
  /// Token k is a verb in the past tense ("declared", "fell") or a word that looks back
  /// ("since", "ago", "last").
  bool past_word(std::size_t k) const {
    std::uint64_t& known = past_words_[k % past_words_.size()];
    if (known >> 1 == k) return (known & 1) != 0;
    const bool past = read_past_word(k);
    known = std::uint64_t{k} << 1 | std::uint64_t{past};
    return past;
  }
  /// past_word without remembering the answer.
  bool read_past_word(std::size_t k) const;
  // The comma that opens an aside ending at the comma given, when the aside looks back
  // (", shut since May 2024,"), or 0.
  std::size_t backward_aside_opening(std::size_t comma) const;
  // The "(" of brackets closed at `closing` that hold a figure alone ("(109 to 115°F)"), or 0.
  std::size_t figure_in_brackets_opening(std::size_t closing) const;
  // The "that" at token `that` points back at the month before `end` ("votes that October.").
  bool month_pointed_back_at(std::size_t that, std::size_t end) const;
  // The year in "set in 2023" after a month named for a record ("the January record ...
  // set in 2023"), or 0.
  int record_set_in_year(std::size_t end) const;
  /// The sentence around the date at tokens i..end has no past word, and the date
  /// follows a main clause.
  bool present_sentence(std::size_t i, std::size_t end, std::size_t main_clause_words = 0) const;
  /// A verb of the past stands in the sentence around tokens i to end.
  bool past_in_sentence(std::size_t i, std::size_t end) const;
  /// A verb of the past stands in the sentence before token i.
  bool past_in_sentence_before(std::size_t i) const;
  /// The figure after "up to" is a level risen from a figure of its kind after "from".
  bool rises_from_figure(const Candidate& figure) const;

  // Figures (extract_numbers.cpp).
  /// `look_behind` false for the second half of a range, which follows a dash.
  /// (Always inline: a look at the last answer, asked several times of every number, all
  /// in extract_numbers.cpp.)
  [[gnu::always_inline]] inline std::optional<Numeral> parse_numeral(std::size_t j, bool look_behind = true) const;
  /// parse_numeral without remembering the answer.
  std::optional<Numeral> read_numeral(std::size_t j, bool look_behind) const;
  /// "€1.500.000", "10.400.000", "CHF 1'200'000": groups of thousands set apart by full
  /// stops, as continental copy writes them, or by apostrophes, as Swiss copy does: the
  /// token past the last group when two or more follow the digits at k, all by one sign
  /// (one, "3.450", may be a decimal; groups of other sizes are a version's), else 0.
  std::size_t grouped_thousands_end(std::size_t k) const;
  /// The value of token j when it is a superscript digit ("⁶", "²"), else -1.
  int superscript_digit(std::size_t j) const;
  std::optional<Numeral> parse_digit_numeral(std::size_t j, bool look_behind = true) const;
  std::optional<Numeral> parse_word_numeral(std::size_t j) const;
  static double spelled_scale_shared(const Numeral& low, const Numeral& high);
  bool and_a_half_at(std::size_t k) const;
  std::optional<Candidate> parse_figure(std::size_t j) const;
  /// Token j, a word, may begin one of parse_figure's readings after a prefixed currency.
  bool word_may_begin_figure(std::size_t j) const;
  /// parse_figure's last reading: the figure `numeral` at token j makes with what follows
  /// it, or the range it opens with the unit written twice ("2.3C to 2.5C"). Most figures
  /// end here, and every path returns the one object, so that it is built in the caller's
  /// place rather than moved there (a candidate's move is three strings').
  /// (Always inline into parse_figure, its one caller.)
  [[gnu::always_inline]] inline std::optional<Candidate> figure_or_unit_range(std::size_t j,
                                                                         const Numeral& numeral) const;
  std::optional<Candidate> parse_single_figure(std::size_t j, bool look_behind = true) const;
  std::optional<std::size_t> parse_measure_unit(std::size_t k, std::string& unit) const;
  /// Whether the "m" or "k" at `suffix`, against the whole number before it, names a race's
  /// distance in metres or kilometres ("the 1500m final", "a 5k run") rather than a scale.
  bool names_a_race(std::size_t suffix) const;
  /// "a 2m4f chase", "3m2½f": a horse race's distance in miles and furlongs, "m" at token
  /// m glued between two figures; the token of its "f", or 0.
  std::size_t furlongs_after_miles(std::size_t m) const;
  /// "the 2m juvenile hurdle": miles glued to a small number at token m ("m"), in a text of
  /// horse races, where millions would carry their currency.
  bool horse_race_miles(std::size_t m) const;
  /// A distance a race is run over, in the few tokens from the number at token j:
  /// "42.195km", "10,000 metres".
  bool race_distance_at(std::size_t j) const;
  /// "a personal best of 8.76m", "leapt 2.05m": a jump's or a throw's mark in metres.
  bool marks_a_field_event(std::size_t first, std::size_t suffix) const;
  /// "4m" after a surge, waves or a river a few words off is metres of water, not millions.
  bool measures_water_height(std::size_t first, std::size_t suffix) const;
  /// Whether the sentence around tokens first to end speaks of cricket ("took 4 for 23").
  bool in_cricket_sentence(std::size_t first, std::size_t end) const;
  /// Whether a word of `words` stands within `reach` tokens before token `first` or from
  /// token `end` on, in the same sentence and line.
  bool word_of_set_near(std::size_t first, std::size_t end, const WordSet& words, std::size_t reach) const;
  /// Whether token j stands in a line written all in capitals ("MAXIMUM SUSTAINED WINDS...
  /// 120 MPH"), where a unit's letters are shouted, not a different unit's.
  bool in_capitals_line(std::size_t j) const;
  /// Whether token j, after a decimal, is a hemisphere that makes it a position's degrees.
  bool names_a_hemisphere(std::size_t j) const;
  /// Whether the share read last ends at `comma`, or only the words saying whose share it
  /// is stand between ("33.5% for the Social Democrats, down 4.1").
  bool share_names_its_holder(std::size_t comma) const;
  std::string_view micro_unit(std::size_t u) const;
  std::optional<std::size_t> parse_per_volume(std::size_t k, std::string& volume) const;
  std::string_view noun_counted_before(std::size_t k) const;
  /// The plural noun opening the sentence of a figure ending before token k that
  /// "averaged" leads ("Collisions on the section averaged 74 a year"); empty otherwise.
  std::string_view subject_averaged(std::size_t k) const;
  /// The noun of a label the figure at k follows after a colon ("Weekday sailings: 31").
  std::string_view noun_of_label(std::size_t k) const;
  /// The first token of the digits, with their group commas and decimal point, that end
  /// before token k ("1,200" of "1,200 a day").
  std::size_t digits_start(std::size_t k) const;
  /// Token t is a plural noun outside the lexicon ("trucks", "sailings").
  bool plural_noun(std::size_t t) const;
  /// Token t is a lower-case word that may be a noun: none of the function words
  /// ("issue", "firms"; not "of", "were", "the").
  bool noun_word(std::size_t t) const;
  /// The counted noun of the rate read last ("trucks" of "212 trucks a day"), where it ends
  /// in the paragraph of token k and a few dozen tokens before it; empty otherwise.
  std::string_view noun_of_last_rate(std::size_t k) const;
  std::optional<std::size_t> parse_rate(std::size_t k, std::string& unit) const;
  std::optional<Candidate> parse_prefixed_money(std::size_t j) const;
  /// parse_prefixed_money's first test, asked before the call: a sign or letters come
  /// before the figure (at digits none of its readings holds), the letters a country's
  /// ("US", "R", "Sh"), a currency code ("EUR", "Rs") or, of the articles, the "A" of
  /// "A$410 million" and "A95c".
  [[gnu::always_inline]] bool may_prefix_money(std::size_t j) const {
    if (j >= token_count_) return false;
    const Token& token = tokens_[j];
    return token.type == TokenType::kSymbol ||
           (token.type == TokenType::kWord &&
            (token.has(kCurrencyPrefix | kCurrencyCode) || (token.has(kArticle) && token.capitalized)));
  }
  /// (Always inline into parse_figure, its one caller, which asks it of every word it
  /// tries, and most fail its first test, the role of a unit written first.)
  [[gnu::always_inline]] inline std::optional<Candidate> parse_prefixed_unit(std::size_t j) const;
  /// The text names the Philippines, its people or capital, or writes the peso's sign or
  /// word: its "P2.5 billion" and "PHP 3.2 billion" are pesos ("P45", "PHP 8.3" elsewhere
  /// are a form and a language).
  /// Whether the text holds any of `words` anywhere, asked once and kept in `kept` (-1 not
  /// yet asked, else 0 or 1).
  bool text_holds_any(std::int8_t& kept, std::initializer_list<std::string_view> words) const;
  bool names_the_philippines() const;
  /// Whether the text speaks of mortgages anywhere (asked once, then kept).
  bool names_mortgages() const;
  /// Whether the text counts money in yen anywhere (asked once, then kept).
  bool names_yen() const;
  /// Whether the text weighs things (in kilograms or pounds, or with a verb of weighing)
  /// and gives no money in sterling, so that its pounds weigh (asked once, then kept).
  bool weighs_in_pounds() const;
  /// Whether the text speaks of a property tax's millage (asked once, then kept).
  bool names_millage() const;
  /// Whether the text speaks of crypto-assets, priced in US dollars wherever the story is
  /// told (asked once, then kept).
  bool names_crypto() const;
  /// Whether the text speaks of earthquakes, whose magnitude is written "M6.9" (asked
  /// once, then kept).
  bool names_quakes() const;
  /// Whether the text reports golf, whose clubs go by numbers ("a 6-iron") (asked once,
  /// then kept).
  bool reports_golf() const;
  /// Whether the text is of snooker or cricket, where a century is a break or an innings
  /// of a hundred (asked once, then kept).
  bool counts_centuries() const;
  /// Whether the text is Indian copy (rupees, crore, India named), whose financial year
  /// runs from April (asked once, then kept).
  bool names_india() const;
  /// Whether token t, a word, opens with a capital, ASCII's or one past it ("Élodie").
  bool capital_name(std::size_t t) const;
  /// Whether token t, spaced after a figure, is a people's name in the plural
  /// ("Palestinians", "Israelis", "Filipinos").
  bool demonym_plural(std::size_t t) const;
  /// The currency of francs a text names no country for: "CHF" in a text that names
  /// Switzerland (and no CFA franc), "XOF" in one that names the CFA franc, else empty.
  std::string_view unnamed_franc_currency() const;
  /// Whether the figure over five or ten at tokens [first, end) ("4/5") is a reviewer's
  /// mark: under a label ("Rating: 4/5", "Verdict:", "Score:") or before its stars.
  bool reviewer_mark(std::size_t first, std::size_t end) const;
  /// Whether the text speaks of ships and the sea, where "nm" is nautical miles (asked once,
  /// then kept).
  bool names_the_sea() const;
  /// Whether the text reports a match (half-time, wickets, frees, scorers), where "2-14"
  /// and "5-61" are scores and figures (asked once, then kept).
  bool reports_a_match() const;
  /// The code of the crown the text's country spends ("NOK" in a story from Oslo), or none
  /// (asked once, then kept).
  std::string_view crown_currency() const;
  /// Whether the text reports races on a track, in a pool, on the water or on the road
  /// (hurdles, relays, strokes, regattas, a peloton), where "the 100m standings" and "the
  /// 150m mark" are metres (asked once, then kept).
  bool reports_races() const;
  /// Whether the text gives money in euros and never in dollars, so that its cents are the
  /// euro's (asked once, then kept).
  bool counts_in_euros_alone() const;
  bool one_rupee_after(std::size_t k) const;
  std::optional<Candidate> parse_ranged_from(std::size_t i) const;
  std::optional<Candidate> parse_the_weekend(std::size_t i) const;
  std::optional<Candidate> parse_epi_week(std::size_t i) const;
  /// "epidemiological week 32 (3 cases), week 33 (8 cases)": a bare "week N" listed after an
  /// epidemiological week in its sentence is one too.
  std::optional<Candidate> parse_listed_epi_week(std::size_t i) const;
  /// "epi weeks 40-45", "weeks 49 to 52" from the token `weeks`: from the first week's
  /// Monday to the last's Sunday, spanned from token begin.
  std::optional<Candidate> epi_week_range_at(std::size_t begin, std::size_t weeks) const;
  /// Whether the text numbers the weeks of the year as ISO weeks do: it names an
  /// epidemiological week, or labels the week of publication or the one before by number
  /// ("Week 48" atop a market note of 26 November). Asked once, then kept.
  bool numbers_iso_weeks() const;
  /// The surveillance week numbered at token n, spanned from token begin ("epi") through n.
  std::optional<Candidate> epi_week_at(std::size_t begin, std::size_t week, std::size_t n) const;
  /// "the weekend" stands at token i ("the" has no role, so run() asks this of it, of every
  /// word without one: "the" first, the one test of a token run() has in hand)
  bool the_weekend_at(std::size_t i) const {
    return word(i, "the") && i + 1 < token_count_ && tokens_[i + 1].has(kOther) && word(i + 1, "weekend") &&
           spaced(i + 1);
  }
  /// "The next day", "The following morning" at token i.
  bool the_day_after_at(std::size_t i) const {
    return i + 2 < token_count_ && tokens_[i].capitalized && word(i, "the") &&
           (word(i + 1, "next") || word(i + 1, "following")) && (word(i + 2, "day") || word(i + 2, "morning")) &&
           spaced(i + 1) && spaced(i + 2);
  }
  std::size_t day_after_opening_next_sentence(std::size_t from) const;
  std::optional<Candidate> parse_the_day_after(std::size_t i) const;
  /// A temperature written after a numeral: "23C", "1.5°C", "40 degrees Celsius".
  std::optional<std::size_t> parse_temperature(std::size_t k, std::string& unit, double value) const;
  /// "a day", "per year", "an hour", "daily" after a unit: the period, or empty.
  std::size_t past_what_is_measured(std::size_t k) const;
  std::string_view rate_period(std::size_t k, std::size_t& end) const;
  std::optional<Candidate> parse_vague(std::size_t j) const;
  /// (Always inline into parse_figure, its one caller, which asks it of every token it
  /// tries, and most turn out no fraction.)
  [[gnu::always_inline]] inline std::optional<Candidate> parse_fraction(std::size_t j) const;
  // "less than a quarter funded", "more than a third said": a share bounded by "than"
  // (article at j) before a participle or a verb of saying, where no noun follows it
  bool bound_share_before_verb(std::size_t j) const;
  // Whether the word at v is a participle or a verb of saying, the verb of a share before it
  // ("said", "voted", "funded"; not "a third-placed")
  bool verb_after_share(std::size_t v) const;
  // Whether token i opens its sentence: the text's or a line's first, or spaced after its
  // full stop, "!" or "?"
  bool opens_sentence(std::size_t i) const {
    return i == 0 || tokens_[i].gap == Gap::kNewline ||
           ((symbol(i - 1, '.') || symbol(i - 1, '!') || symbol(i - 1, '?')) && spaced(i));
  }
  std::optional<Candidate> parse_article_duration(std::size_t j) const;
  std::optional<Candidate> parse_half_duration(std::size_t j) const;
  /// "a week-long pause", "a yearlong inquiry": one unit of time, spanned without the article.
  std::optional<Candidate> parse_long_span(std::size_t j) const;
  /// Token j is a word in "long" or a word joined to a dash, as a long span begins. The
  /// scanner asks it of every word, and most fail on their last letters or the next token.
  [[gnu::always_inline]] bool may_begin_long_span(std::size_t j) const {
    if (j >= token_count_ || tokens_[j].type != TokenType::kWord) return false;
    const Token& token = tokens_[j];
    // (a word's word_size is its size, read in one load where size() takes two)
    const bool ends_in_long =
        token.word_size > 4 && (text_[token.end - 4] | 0x20) == 'l' && (text_[token.end - 3] | 0x20) == 'o' &&
        (text_[token.end - 2] | 0x20) == 'n' && (text_[token.end - 1] | 0x20) == 'g';
    return ends_in_long || attached_dash(j + 1);
  }
  /// (Always inline into parse_figure, as parse_prefixed_unit is; so are parse_couple,
  /// parse_one_measure_of and parse_the_period, each turned away on a role.)
  [[gnu::always_inline]] inline std::optional<Candidate> parse_point_fraction(std::size_t j) const;
  /// "half a", "a quarter of a", "three-quarters of an": the share, and the token of the
  /// thing it is a share of; 0 when the words are no such share.
  double share_of_one(std::size_t j, std::size_t& unit) const;
  /// "half a dozen", "a quarter of a million": a numeral.
  std::optional<Numeral> parse_share_of_scale(std::size_t j) const;
  /// "half a mile", "half a percent", "three quarters of an hour".
  std::optional<Candidate> parse_share_of_unit(std::size_t j) const;
  [[gnu::always_inline]] inline std::optional<Candidate> parse_couple(std::size_t j) const;
  [[gnu::always_inline]] inline std::optional<Candidate> parse_one_measure_of(std::size_t j) const;
  [[gnu::always_inline]] inline std::optional<Candidate> parse_the_period(std::size_t j) const;
  std::optional<Candidate> parse_age_decade(std::size_t j) const;
  std::optional<Candidate> parse_age_group(std::size_t j) const;
  std::optional<Candidate> parse_share_words(std::size_t j) const;
  std::optional<Candidate> parse_between_figures(std::size_t i) const;
  std::optional<Candidate> parse_ordinal(std::size_t i) const;
  std::optional<Candidate> parse_era_year(std::size_t i) const;
  std::optional<Candidate> parse_hijri_date(std::size_t i) const;
  /// "AD" or "c" at word token i: may begin "AD 79" or "c. 1450" (parse_era_year).
  [[gnu::always_inline]] bool may_begin_era_year(std::size_t i) const {
    // (the first letter first: most tokens asked are "in", "at", "more" or digits)
    const char first = text_[tokens_[i].begin];
    return (first == 'A' || first == 'c') && tokens_[i].word_size <= 2 && (text_of(i) == "AD" || text_of(i) == "c");
  }
  /// "BC", "BCE" at token k: the years before it are before the era.
  bool before_the_era(std::size_t k) const {
    return k < token_count_ && spaced(k) && tokens_[k].all_caps && (word(k, "bc") || word(k, "bce"));
  }
  bool names_a_formation(std::size_t after) const;
  /// parse_ordinal's first test, also asked before the call: digits with a suffix or a
  /// comma joined after them ("3rd", "1,500th"), or a number's or an ordinal's word
  /// ("twenty-first", "second").
  [[gnu::always_inline]] bool may_be_ordinal(std::size_t i) const {
    return (digits(i) && attached(i + 1) && (has(i + 1, kOrdinalSuffix) || symbol(i + 1, ','))) ||
           has(i, kCardinal | kOrdinal);
  }
  std::optional<Candidate> parse_goal_minute(std::size_t i) const;
  bool opens_scorers_bracket(std::size_t open) const;
  /// "No 3" or "No. 3" at token i, as a seeding or ranking may be ("no" begins a
  /// qualifier too, so run() tries it)
  bool rank_at(std::size_t i) const {
    return tokens_[i].capitalized && tokens_[i].size() == 2 && i + 2 < token_count_ &&
           (digits(i + 1) || (symbol(i + 1, '.') && digits(i + 2))) && word(i, "no");
  }
  std::optional<Candidate> parse_rank(std::size_t i) const;
  /// "one latrine for every 95 people" at token i ("one").
  std::optional<Candidate> parse_one_for_every(std::size_t i) const;
  /// "1. Brian Kiprotich (KEN) 2:04:11" at token i (the place's digits).
  std::optional<Candidate> parse_results_place(std::size_t i) const;
  /// "world number one" at token i ("number", after "world").
  std::optional<Candidate> parse_world_number(std::size_t i) const;
  /// parse_numbered_day's first test: "day" (or "Day") before a number of at most three
  /// digits or a number word.
  bool numbered_day_at(std::size_t i) const {
    return has(i, kDurationUnit) && i + 1 < token_count_ && spaced(i + 1) &&
           ((digits(i + 1) && tokens_[i + 1].size() <= 3) || has(i + 1, kCardinal)) && word(i, "day");
  }
  std::optional<Candidate> parse_numbered_day(std::size_t i) const;
  /// parse_place_in_race's first test: a number of at most three digits after "lap" or
  /// "Race", a colon or a semicolon.
  [[gnu::always_inline]] bool may_be_place_in_race(std::size_t i) const {
    return digits(i) && tokens_[i].size() <= 3 && i > 0 && spaced(i) &&
           (symbol(i - 1, ':') || symbol(i - 1, ';') || word(i - 1, "lap") ||
            (tokens_[i - 1].capitalized && word(i - 1, "race")));
  }
  std::optional<Candidate> parse_place_in_race(std::size_t i) const;
  /// parse_goal_minute's first test, also asked before the call: a minute of at most three
  /// digits after a name or a comma (most digits follow a lower-case word).
  [[gnu::always_inline]] bool may_be_goal_minute(std::size_t i) const {
    return digits(i) && tokens_[i].size() <= 3 && i > 0 && spaced(i) &&
           (tokens_[i - 1].capitalized || symbol(i - 1, ','));
  }
  /// parse_commentary_minute's first test: a number of at most three digits that opens a
  /// line, a minute mark or a plus sign glued after it.
  [[gnu::always_inline]] bool may_be_commentary_minute(std::size_t i) const {
    return digits(i) && tokens_[i].size() <= 3 && (i == 0 || tokens_[i].gap == Gap::kNewline) &&
           attached(i + 1) && (minute_mark(i + 1) || symbol(i + 1, '+'));
  }
  [[gnu::always_inline]] bool minute_mark(std::size_t j) const {
    return symbol(j, '\'') || symbol(j, U'\u2019') || symbol(j, U'\u2032');
  }
  std::optional<Candidate> parse_commentary_minute(std::size_t i) const;
  std::optional<Candidate> apply_suffix(const Numeral& numeral) const;
  /// Token h is "h" or "hr" glued to its hours, then come minutes glued to "m" or "min":
  /// "1h 42m", "2hr 5min".
  bool glued_hours_then_minutes(std::size_t h) const;
  /// apply_suffix's reading, into `candidate` (a new one); false when the numeral makes no
  /// figure. (apply_suffix builds the candidate in its caller's place, where returning
  /// one from each of the reading's many ends copied it, three strings and all.) (Always
  /// inline into apply_suffix, its one caller, which asks it of every numeral.)
  [[gnu::always_inline]] inline bool read_suffix(const Numeral& numeral, Candidate& candidate) const;
  /// read_suffix's last readings: a unit of time ("10 years", "a 47-year-old"), then
  /// read_counted_suffix's.
  /// The sign between two dimensions: "x" or "×" ("30 x 20 cm", "1920 × 1080"), or also
  /// "by" ("40 by 25 metres") where a year cannot be meant.
  bool times_sign(std::size_t t, bool or_by) const {
    return word(t, "x") || symbol(t, U'×') || (or_by && word(t, "by"));
  }
  bool read_duration_suffix(const Numeral& numeral, Candidate& candidate) const;
  /// "an average age of", "the age at entry was", "the median age rose to", "aged" just
  /// before token j: the figure there is an age.
  bool age_named_before(std::size_t j) const;
  /// "by" just before the figure at token j, or before one approximating word ahead of it
  /// ("fell by roughly 150,000 hectares to 2.1 million"): the figure is a change.
  bool change_by_before(std::size_t j) const {
    return j > 0 && (word(j - 1, "by") || (j > 1 && has(j - 1, kQualifierStart) && word(j - 2, "by")));
  }
  /// read_suffix's last readings, of a numeral that counts what follows it: a rate per
  /// head ("412 cases per 100,000"), a rate ("600 trucks a day") or a plain number. (Always
  /// inline into read_duration_suffix, its one caller, which asks it of most numerals.)
  [[gnu::always_inline]] inline bool read_counted_suffix(const Numeral& numeral, Candidate& candidate) const;
  /// The dinar's ISO code when token j names its country ("Tunisia", "Jordanian"), else empty.
  std::string_view dinar_country(std::size_t j) const;
  /// The code of the one dinar country named in the paragraph before token j, else empty.
  std::string_view dinar_country_before(std::size_t j) const;
  bool one_in_a_list_of_counts(std::size_t k) const;
  /// `may_run_backwards`: the words make it a range whatever the order of its
  /// ends ("between 40 and 30", "40-30%"), so a reversed one is kept and marked.
  std::optional<Candidate> combine_range(double low, double low_scale, const Candidate& high, std::size_t end,
                                         bool may_run_backwards = false) const;

  // Dates (extract_dates.cpp).
  std::optional<Candidate> parse_date_expression(std::size_t i) const;
  /// parse_date_expression's first test, also asked before the call: a date begins at
  /// digits, at a word only with one of kDateWordRoles, and at a sign only as a clipped
  /// year's apostrophe ("'24").
  [[gnu::always_inline]] bool may_begin_date(std::size_t i) const {
    const Token& token = tokens_[i];
    return token.type == TokenType::kDigits || (token.type == TokenType::kWord && token.has(kDateWordRoles)) ||
           is_apostrophe(i);
  }
  /// The first word of a year said aloud ("nineteen ninety-eight", "two thousand and five").
  /// (Always inline, its role asked before its letters: match_at asks it of every token it
  /// tries, and few are a number's word.)
  [[gnu::always_inline]] bool may_begin_spoken_year(std::size_t i) const {
    return tokens_[i].has(kCardinal) && (word(i, "nineteen") || word(i, "twenty") || word(i, "two"));
  }
  std::optional<Candidate> parse_day_of_month(std::size_t i) const;
  /// "1H25", "4Q25", "3Q 2025": the half or quarter whose number is at token i, then its
  /// letter and its year.
  std::optional<Candidate> parse_numbered_period(std::size_t i) const;
  /// "the first of April", "the twenty-seventh of May 2027": `day` in words at tokens i
  /// up to `of`, then "of" and a month.
  std::optional<Candidate> day_of_month_in_words(int day, std::size_t i, std::size_t of) const;
  /// parse_day_of_month's first test, also asked before the call: a day's digits with an
  /// ordinal's suffix ("the 3rd"), which most tokens tried as dates are not.
  [[gnu::always_inline]] bool may_be_day_of_month(std::size_t i) const {
    return digits(i) && tokens_[i].size() <= 2 && has(i + 1, kOrdinalSuffix) && attached(i + 1);
  }
  std::optional<Candidate> parse_since(std::size_t i) const;
  std::optional<Candidate> parse_year_span(std::size_t i) const;
  std::optional<Candidate> join_year_spans(const Candidate& first, std::string_view connector) const;
  std::optional<Candidate> parse_prefixed_date_range(std::size_t i) const;
  std::optional<Candidate> weekday_dated_range(std::size_t i, bool between) const;
  /// "from Monday to Wednesday" (the first weekday at `first`, the range's first token at
  /// `begin`); "Monday through Wednesday last week" (begin == first) only with its week named.
  std::optional<Candidate> weekday_range(std::size_t begin, std::size_t first, bool between) const;
  std::optional<Candidate> weekday_to_day_range(std::size_t begin, std::size_t first, std::size_t c) const;
  std::optional<Candidate> parse_unit_before_last(std::size_t i) const;
  /// (Always inline into parse_date_expression, its one caller, which asks it of every word
  /// a date may begin with, and most, "a" and the months, fail its first test, a role.)
  [[gnu::always_inline]] inline std::optional<Candidate> parse_relative_date(std::size_t i) const;
  std::optional<Candidate> parse_holiday(std::size_t i) const;
  /// parse_holiday's first test, also asked before the call: a holiday's word, capitalised.
  [[gnu::always_inline]] bool may_be_holiday(std::size_t i) const {
    return has(i, kHoliday) && tokens_[i].capitalized;
  }
  std::optional<DatePart> parse_calendar_date(std::size_t j, bool allow_day_only) const;
  std::optional<DatePart> parse_date_core(std::size_t j, bool allow_day_only) const;
  /// "3/10", "10/3/2024"; with `separator` '-' only with the year in full ("15-01-2025").
  std::optional<DatePart> parse_slashed_date(std::size_t j, char32_t separator = '/') const;
  std::optional<DatePart> parse_clipped_year(std::size_t j, bool after_a_date = false) const;
  bool is_apostrophe(std::size_t j) const { return symbol(j, '\'') || symbol(j, U'\u2019'); }
  /// A year in words after "in", "since", "by": "nineteen ninety-eight", "two thousand and five".
  std::optional<DatePart> parse_spoken_year(std::size_t j) const;
  std::optional<DatePart> parse_bare_year(std::size_t j, bool in_range) const;
  bool year_context_before(std::size_t j) const;
  /// "people", "trucks", "children"...: a noun a number before it counts
  bool counted_noun(std::size_t j) const;
  std::optional<Candidate> parse_bare_decimal(std::size_t i) const;  ///< ".19" (a stop at i)
  bool numbers_a_list_item(std::size_t k) const;  ///< "1. ..." on a line next to "2. ..."
  int year_at(std::size_t j) const;  ///< a plain four-digit year 1800..2199 or 0
  int month_at(std::size_t j) const;
  /// "1990s" at token j: the decade's first year, or 0. (Defined inline in
  /// extract_dates.cpp, where every caller is.)
  int decade_at(std::size_t j) const;
  /// "of March", "of the month", "of each month" at token j: the month a weekday is
  /// counted in ("the first Monday of March").
  bool of_a_month(std::size_t j) const;
  /// `abbreviated`: also "Mon", "Tues", "Sat"..., which stand only before a date
  int weekday_at(std::size_t j, bool abbreviated = false) const;
  /// A yearless date's next occurrence from publication, in days ahead of it, when its
  /// last one lies most of a year back (a day so far gone would have been given its
  /// year); else none.
  std::optional<int> days_to_coming(const DatePart& part) const;
  /// A yearless date (or a range's first day) at tokens i to end, read back by tense, that
  /// a present sentence places ahead: the coming one is near and the last long gone.
  bool reads_ahead_in_present(const DatePart& part, std::size_t i, std::size_t end) const;
  bool reads_ahead_as_prospect(const DatePart& part, std::size_t i, std::size_t end) const;
  bool ages_ranged_before(std::size_t i) const;
  bool names_a_set_meeting(std::size_t i, std::size_t end) const;
  bool reads_ahead_as_set_event(const DatePart& part, std::size_t i) const;
  bool reads_ahead_as_summons(const DatePart& part, std::size_t i) const;
  /// Whether `is_it(w)` holds of one of the `reach` tokens w before token `from`, in its
  /// clause (extract_dates.cpp, its only user, defines it).
  bool clause_before_has(std::size_t from, std::size_t reach, const auto& is_it) const;
  bool listed_ahead(std::size_t i, std::size_t end) const;
  bool term_named_after(std::size_t d) const;
  bool sentence_speaks_of_loans(std::size_t t) const;
  bool suspended_term(std::size_t k) const;
  /// A yearless date at token i that bounds a period or names a set day ("until March
  /// 31", "from May 25", "until the end of June", "starting in May", "a record date of 26
  /// November") whose coming one is near and whose last one is most of a year back.
  bool reads_ahead_from_bound(const DatePart& part, std::size_t i) const;
  /// The year nearest publication, up to a decade ahead, whose last two digits are `clipped`.
  int year_of_clipped(int clipped) const;
  /// A weekday at token i that ends a period ("until Thursday", "through Friday", "by
  /// Friday", "by 5pm on Thursday") in a sentence that says nothing of the past.
  bool weekday_bound_in_present(std::size_t i, std::size_t end) const;
  /// The day after the last date, when it was read ahead of publication and a weekday at
  /// token i is joined to it by a few words with "and", "or" or a comma; 0 otherwise (as
  /// days since the epoch).
  int days_after_joined_date(std::size_t i) const;
  /// The year of a sentence opened "In 2019," when a yearless date at token i stands later
  /// in that sentence; 0 otherwise.
  int year_of_opening(std::size_t i) const;
  int narrative_year_at(const DatePart& part, std::size_t i) const;
  bool in_sentence_or_next(std::size_t from, std::size_t i) const;
  /// No sentence ends and no line breaks among tokens [from, to).
  bool sentence_runs_on(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to; ++t) {
      if (sentence_stop(t) || tokens_[t].gap == Gap::kNewline) return false;
    }
    return true;
  }
  /// A "since" a few words before the date at token i, in its clause: "the highest since
  /// the state's first election in 1977".
  bool reached_back_to_by_since(std::size_t i) const;
  /// The year within one of publication's in which day/month falls on `weekday_number`,
  /// the nearest to publication; 0 when none.
  int nearest_year_on_weekday(int month, int day, int weekday_number) const;
  bool that_year_at(std::size_t t) const;
  /// Where a time of day and its "on" right before token i begin ("until 6pm Thursday",
  /// "until 5pm on 24 February", "until midnight on Sunday"); i when there is none.
  std::size_t time_of_day_before(std::size_t i) const;
  std::optional<Candidate> date_candidate(const DatePart& part, std::size_t i) const;
  std::optional<Candidate> range_candidate(DatePart first, DatePart last, std::size_t i) const;
  std::optional<Candidate> weekday_candidate(int weekday, std::size_t end, std::string_view mode,
                                             std::size_t i) const;
  std::optional<Candidate> moved_weekday_candidate(int weekday, std::size_t end, std::string_view mode,
                                                   std::size_t i, int days, std::string_view before,
                                                   std::string_view after) const;
  /// Fills in a missing year; false when the publication date is unknown.
  /// `from_written` is set when the year comes from the same date written earlier.
  bool resolve_year(DatePart& part, Tense tense, std::string& note, bool* from_written = nullptr) const;
  /// A yearless date read back into the year before the one its paragraph narrates moves
  /// into it (run's last pass).
  void place_in_narrative_year(std::vector<Mention>& mentions) const;
  Candidate weekend_candidate(std::size_t begin, std::size_t end, int weeks) const;
  Candidate ago_candidate(double amount, std::string_view unit, std::size_t end, bool ahead = false) const;
  /// "from now" at token k: a span counted forward from publication ("two weeks from now"),
  /// unless it measures the way to a date just written ("on 1 September, 25 days from now").
  bool from_now(std::size_t k) const {
    // ("a month from today" counts from the publication day as "from now" does)
    return word(k, "from") && spaced(k) && (word(k + 1, "now") || word(k + 1, "today")) && spaced(k + 1) &&
           !(last_date_end_ != static_cast<std::size_t>(-1) && last_date_end_ < k && k - last_date_end_ <= 4);
  }

  std::string_view text_;
  /// Where the text's bytes outnumber its UTF-16 units (filled as tokens_ is, so before it).
  std::vector<Utf16Surplus> utf16_surplus_;
  bool typography_to_fold_ = false;  ///< (filled as tokens_ is, so before it)
  /// The text's tokens, at its front: the room tokenize() writes them to, which is the
  /// thread's, kept from one text to the next (~Scanner); its tokens past them are an
  /// earlier text's, or unwritten, and never read.
  TokenRoom tokens_;
  /// How many of tokens_ are the text's, which never changes: the token tests compare
  /// every index with it.
  std::size_t token_count_ = 0;
  Date published_;
  bool published_known_ = false;
  std::size_t last_date_end_ = static_cast<std::size_t>(-1);  ///< token past the last date mention
  /// A live blog's entry opened by a weekday and its time ("Tuesday, 22:47 GMT — ..."):
  /// its day, which "this afternoon" and "today" in the entry name, until a line opens
  /// with a time alone (the next entry).
  std::optional<Date> entry_day_;
  Date last_month_date_{};  ///< the last date mention naming a month and year ("on the 10th" is in it)
  std::size_t last_month_date_end_ = 0;  ///< token past that mention
  int last_stated_year_ = 0;  ///< the year of the last date mention whose year the text states
  /// The last plain date gone by whose year the text states or a narrative gave it ("In
  /// 1975 the city fell"), and the token past it, 0 once another date returns to the
  /// publication's time.
  Date narrative_date_{};
  std::size_t narrative_end_ = 0;
  /// The last date mention with its day of the month written ("on 2 June"), which places
  /// "the following Monday" after it, and the token past it, 0 once another date follows.
  Date dated_day_{};
  std::size_t dated_day_end_ = 0;
  /// The token of "The next day" opening the sentence after that day's, if one does: found
  /// once for the day, so the scanner asks one comparison of each token.
  std::size_t day_after_token_ = static_cast<std::size_t>(-1);
  int opening_year_ = 0;  ///< the year of the last sentence opened "In 2019"
  std::size_t opening_year_end_ = 0;  ///< token past that year
  /// Whether that year heads a timeline's entry ("2024 - A year of stalled talks."), which
  /// it places to the end of its line rather than of its sentence.
  bool opening_year_heads_entry_ = false;
  /// Token up to which the entry's line is known to run (year_of_opening).
  mutable std::size_t entry_line_checked_ = 0;
  std::size_t last_mention_end_ = static_cast<std::size_t>(-1);  ///< token past the last mention
  MentionKind last_mention_kind_ = MentionKind::kNumber;
  std::size_t last_percent_end_ = 0;  ///< token past the last percent mention, 0 if none
  std::string last_money_unit_;  ///< the currency of the last money mention
  /// names_mortgages(), names_yen() and names_the_philippines(), once asked (text_holds_any)
  mutable std::int8_t mortgage_text_ = -1;
  mutable std::int8_t yen_text_ = -1;
  mutable std::int8_t philippine_text_ = -1;
  /// weighs_in_pounds(), once asked: a text that weighs, and one that gives sterling
  mutable std::int8_t weight_text_ = -1;
  mutable std::int8_t sterling_text_ = -1;
  mutable std::int8_t millage_text_ = -1;  ///< names_millage(), once asked
  mutable std::int8_t crypto_text_ = -1;  ///< names_crypto(), once asked
  mutable std::int8_t quake_text_ = -1;  ///< names_quakes(), once asked
  mutable std::int8_t golf_text_ = -1;  ///< reports_golf(), once asked
  mutable std::int8_t century_text_ = -1;  ///< counts_centuries(), once asked
  mutable std::int8_t india_text_ = -1;  ///< names_india(), once asked
  mutable std::int8_t gauge_text_ = -1;  ///< whether the text reads river gauges, once asked
  /// unnamed_franc_currency(), once asked: a text that names Switzerland, and the CFA franc
  mutable std::int8_t swiss_text_ = -1;
  mutable std::int8_t cfa_text_ = -1;
  mutable std::int8_t iso_week_text_ = -1;  ///< numbers_iso_weeks(), once asked
  mutable std::int8_t sea_text_ = -1;  ///< names_the_sea(), once asked
  mutable std::int8_t match_text_ = -1;  ///< reports_a_match(), once asked
  mutable std::int8_t race_text_ = -1;  ///< reports_races(), once asked
  mutable std::int8_t tonne_text_ = -1;  ///< whether the text speaks of tonnes, once asked
  mutable std::int8_t hectare_text_ = -1;  ///< whether the text speaks of hectares, once asked
  mutable std::int8_t horse_race_text_ = -1;  ///< horse_race_miles()'s text, once asked
  /// crown_currency(), once asked: 1 + the place in kCrownCountries of the first named, or 0
  mutable std::int8_t crown_country_ = -1;
  /// counts_in_euros_alone(), once asked: a text in euros, and one in dollars
  mutable std::int8_t euro_text_ = -1;
  mutable std::int8_t dollar_text_ = -1;
  std::string last_rate_unit_;  ///< the unit of the last rate ("litres/person/day")
  std::size_t last_rate_end_ = 0;  ///< token past that rate
  MentionKind last_measured_kind_ = MentionKind::kNumber;  ///< the last quantity or money mention's kind
  std::string last_measured_unit_;  ///< its unit ("trucks/day", "JPY")
  std::size_t last_measured_end_ = 0;  ///< token past it
  std::string last_duration_unit_;  ///< the last duration mention's unit ("minutes")
  bool last_was_celsius_ = false;  ///< the last mention is a temperature in Celsius
  std::size_t last_points_end_ = 0;  ///< token past the last change in percentage points (0: none)
  /// The digits at token i take the ordinal suffix "st": they end in 1, but not in 11.
  bool ordinal_st(std::size_t i) const {
    const std::string_view d = text_of(i);
    return !d.empty() && d.back() == '1' && !(d.size() >= 2 && d[d.size() - 2] == '1');
  }
  /// A temperature's noun ("a low of", "highs of") stands a few words before the unit.
  bool follows_temperature_word(std::size_t unit_token) const;
  /// "-60C (−76F)", "1.5C (2.7F)": a Fahrenheit figure in brackets right after a Celsius one
  /// is its conversion, whatever its value (a bare "16F" is more often a seat).
  /// So is one after an oven's setting in Celsius and a comma: "200C (180C fan, 400F)".
  bool converts_celsius(std::size_t unit_token) const {
    if (!last_was_celsius_ || last_mention_end_ >= unit_token || unit_token > last_mention_end_ + 5) return false;
    if (symbol(last_mention_end_, '(')) return true;
    std::size_t t = last_mention_end_;
    if (word(t, "fan") && spaced(t)) ++t;
    return symbol(t, ',') && t + 2 == unit_token;
  }
  /// Day-precise dates whose year the text wrote, by day (days_since_epoch), each with
  /// the number (1, 2, ...) of its last writing in text order: a later "30 January" takes
  /// the year of an earlier "30 January 2026" (resolve_year looks up the two years it may
  /// have, where a long text has written thousands of other dates).
  struct DayKey {
    static int empty() { return std::numeric_limits<int>::min(); }
    static bool is_empty(int day) { return day == empty(); }
    static bool same(int a, int b) { return a == b; }
    static std::size_t hash(int day) {
      return static_cast<std::size_t>(std::uint64_t{static_cast<std::uint32_t>(day)} * 0x9E3779B97F4A7C15ull >> 32);
    }
  };
  FlatTable<int, std::size_t, DayKey> written_dates_;
  std::size_t written_date_count_ = 0;
  void add_written_date(const Date& date) {
    ++written_date_count_;
    *written_dates_.try_emplace(days_since_epoch(date), written_date_count_).first = written_date_count_;
  }
  /// Per weekday (Monday 0), the day (days_since_epoch) of the last date named with it and
  /// its day of the month within a week ahead of publication, or 0: "Valid to 6:00am
  /// Tuesday 21 July ... snow on Tuesday evening" has told which Tuesday a bare one is.
  std::array<int, 7> weekday_named_ahead_{};
  /// The same for a bare weekday the clause around it read ahead ("is expected overnight
  /// Friday"), which places a later bare one only in a sentence with no verb of the past.
  std::array<int, 7> weekday_read_ahead_{};
  /// Per mention, in order: its tokens and how its year was found.
  struct Placed {
    std::size_t start = 0;
    std::size_t end = 0;
    bool year_stated = false;
    bool year_read_back = false;
  };
  /// (The thread's room, kept from one text to the next as the tokens' is: ~Scanner.)
  std::vector<Placed> placed_;
  /// The thread's room for placed_, left empty from the last text, which a check would
  /// otherwise make anew (one of a text's largest allocations).
  static std::vector<Placed>& place_room();
  /// What skip_identifier and parse_numeral last answered, forgotten at each new mention.
  /// The first token of the last line take_column_unit read a cell of, and of its table's
  /// heading line (the same token when the line heads no table).
  /// The last line in_capitals_line read: its tokens [begin, end) and its answer.
  struct CapitalsLine {
    std::size_t begin = 1;
    std::size_t end = 0;
    bool in_capitals = false;
  };
  mutable CapitalsLine capitals_line_;
  mutable std::size_t table_line_ = SIZE_MAX;
  mutable std::size_t table_heading_ = SIZE_MAX;
  /// The same for take_plain_table_unit, with what the table's caption and the heading's
  /// first columns write, the last line's row label, and the last cell asked and its column.
  static constexpr std::size_t kMaxPlainColumns = 32;
  mutable std::size_t plain_line_ = SIZE_MAX;
  mutable std::size_t plain_heading_ = SIZE_MAX;
  mutable TableUnit plain_caption_;
  mutable std::array<TableUnit, kMaxPlainColumns> plain_columns_{};
  mutable std::size_t plain_row_line_ = SIZE_MAX;
  mutable TableUnit plain_row_;
  mutable bool plain_row_excepted_ = false;
  mutable std::size_t plain_cell_ = SIZE_MAX;
  mutable std::size_t plain_column_ = 0;
  mutable LastAnswer<std::optional<std::size_t>> last_identifier_;
  mutable LastAnswer<std::optional<Numeral>> last_numeral_;
  /// The capitalised names the text has used with a number mid-sentence ("run Windows 11"),
  /// so that the same name opening a sentence ("Windows 11 now runs") is still one; the
  /// first sixteen only (a long product review names a dozen).
  mutable std::array<std::string_view, 16> numbered_names_{};
  mutable std::size_t numbered_name_count_ = 0;
  /// past_word's answers by token, token << 1 | answer, in the slot of token modulo the
  /// size: tense_before and present_sentence walk back over the same words from each date
  /// of a sentence, and a word list's lookup costs tens of instructions. (All ones is no
  /// token's.)
  mutable std::array<std::uint64_t, 128> past_words_ = [] {
    std::array<std::uint64_t, 128> none{};
    none.fill(~std::uint64_t{0});
    return none;
  }();
};

/// The ISO code of a currency sign ("$", "€", "₩"...), or empty.
std::string_view currency_of_sign(char32_t sign);

/// Formats a double for notes without trailing zeros.
std::string number_text(double value);
std::string_view weekday_name(int weekday);

}  // namespace figcheck::detail::extraction
