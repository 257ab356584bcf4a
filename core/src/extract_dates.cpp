// Dates and date ranges: calendar dates in the usual English orders, ISO and
// slashed dates, years in context, weekdays and relative dates resolved against
// the publication date.
#include <algorithm>
#include <array>
#include <cmath>

#include "extract_scanner.h"
#include "format.h"

namespace figcheck::detail::extraction {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;
constexpr int kMinBareYear = 1900;
// "in 1582", "until 1752": the earliest year read after a word of year context alone
constexpr int kMinContextYear = 1000;
constexpr int kMaxBareYear = 2100;
constexpr int kMaxLeapSearch = 8;
// The words of a month's weather or trade before "June" or "July" ("a wet June", "a
// busy July"), which a name does not take; superlatives and "-ing" words are asked apart.
constexpr auto kMonthWeatherWords = std::to_array<std::string_view>({
    "wet", "dry", "hot", "cold", "warm", "mild", "cool", "sunny", "rainy", "dull", "stormy", "busy", "quiet",
});
const WordSet kMonthWeatherSet(kMonthWeatherWords);

// How many weeks either side of a weekday placed alone "Wednesday, the 24th" may move it.
constexpr int kMaxWeeksToDayOfMonth = 5;
// "in '98": a year with no century is at most this far ahead of publication...
constexpr int kClippedYearsAhead = 10;
// ... or, with no publication date, of this year.
constexpr int kClippedYearPivot = 2026;
// A yearless date with no tense is read ahead when the last such day is further back
// than this and the next is within kNearAheadDays.
constexpr int kFarBehindDays = 240;
constexpr int kNearAheadDays = 120;
// A yearless date at most this far ahead takes a present clause of this many words as its
// tense (farther ahead, the clause must be as long as a main clause).
constexpr int kNearMonthDays = 31;
// Years that recur with bounds of their own: "the fiscal year runs from July to June".
constexpr auto kYearlyCycleWords = std::to_array<std::string_view>({
    "fiscal", "financial", "tax", "school", "academic", "accounting",
});
const WordSet kYearlyCycleWordSet(kYearlyCycleWords);
// How far back a deadline's clause is searched for a verb of the past ("by the end of June").
constexpr std::size_t kDeadlineClauseTokens = 30;
// Words that make a past participle after them part of a verb: "had been vaccinated by".
constexpr auto kAuxiliaryWords = std::to_array<std::string_view>({
    "was", "were", "been", "be", "being", "is", "are", "has", "have", "had", "get", "got",
});
const WordSet kAuxiliaryWordSet(kAuxiliaryWords);
constexpr std::size_t kShortClauseWords = 2;
// How many words before a range of weekdays a "will" may stand to make them dates.
constexpr std::size_t kWillLookback = 4;
// How many tokens may join a weekday to the date before it ("and close on").
constexpr std::size_t kJoinedDateTokens = 4;
// How far a clause joined by "and" right after such a date reaches (days_after_joined_date).
constexpr std::size_t kJoinedClauseTokens = 10;
// How far into its sentence "In 2019," places a yearless date.
constexpr std::size_t kOpeningYearReach = 24;
// "were cut on April 20 to 24": verbs of change, after which "to" ends a move, a few
// tokens before the date.
constexpr auto kChangeVerbs = std::to_array<std::string_view>({
    "cut", "reduced", "raised", "lowered", "increased", "decreased", "rose", "fell", "dropped", "climbed",
    "slipped", "gained", "lost", "jumped", "grew", "shrank", "trimmed", "slashed", "lifted", "revised",
});
const WordSet kChangeVerbSet(kChangeVerbs);
constexpr std::size_t kChangeLookback = 4;
// A yearless date moves into its paragraph's earlier year when it falls there within
// kNarrativeNearDays of the paragraph's dated event, and is more than kNarrativeFarDays
// from it as read.
constexpr int kNarrativeNearDays = 92;
constexpr int kNarrativeFarDays = 183;
// How many mentions either side are searched for the paragraph's dated event.
constexpr std::size_t kNarrativeReach = 32;
// How many tokens after a narrative's dated event a yearless date may stand to take its
// year (besides being in the same sentence or the next), and how many years back the
// event must be.
constexpr std::size_t kNarrativeTokenReach = 48;
constexpr int kHistoryYears = 5;
// "extended the discount until June 30": an extension's verb, at most this many words
// before the "until" of the new end.
constexpr auto kExtendWords = std::to_array<std::string_view>({"extend", "extends", "extended", "extending"});
constexpr std::size_t kExtensionWords = 4;

// "the end of 2023", "the summer of 2014": "of" only introduces a year after these.
constexpr auto kOfYearLeads = std::to_array<std::string_view>({
    "end", "start", "beginning", "middle", "rest", "course", "half", "quarter", "summer",
    "spring", "autumn", "fall", "winter", "part", "year", "months", "weeks", "week",
});
const WordSet kOfYearLeadSet(kOfYearLeads);  // word_in asks it of many tokens

// "2000 people": a year-like number that counts.
constexpr auto kCountedNouns = std::to_array<std::string_view>({
    "people", "persons", "men", "women", "children", "residents", "troops", "soldiers",
    "families", "households", "homes", "buildings", "trucks", "patients", "prisoners",
    "detainees", "hostages", "civilians", "fighters", "workers", "students", "staff",
    "journalists", "reporters", "doctors", "nurses", "medics", "teachers", "volunteers", "refugees",
    "victims", "bodies", "beds",
});
const WordSet kCountedNounSet(kCountedNouns);  // word_in asks it of many tokens

// Standalone month names that are also common words need a date context.
bool needs_context(std::string_view month_word) { return month_word.size() <= 4; }

// What a month's possessive names when it is the month ("May's reading"): a release of
// figures or a dated event, not a person's.
constexpr auto kMonthReports = std::to_array<std::string_view>({
    "reading", "readings", "figure", "figures", "data", "print", "level", "rate", "total", "report",
    "election", "meeting", "vote",
    // a month's statistics: "July's retail prices index", "June's consumer prices", "May's
    // jobs report"
    "retail", "consumer", "inflation", "jobs", "cpi", "rpi", "gdp",
    // a month's trade: "will release June trade data", "May exports rose"
    "trade", "exports", "imports",
});
const WordSet kMonthReportSet(kMonthReports);
// The statistics of a month, which are of a month gone by: "April inflation", "May's data".
constexpr auto kMonthStatistics = std::to_array<std::string_view>({
    "inflation", "data", "figures", "cpi", "rpi", "gdp", "jobs", "trade", "exports", "imports",
});
const WordSet kMonthStatisticSet(kMonthStatistics);

void append_note(std::string& note, std::string_view more) {
  if (more.empty()) return;
  if (!note.empty()) note += "; ";
  note += more;
}
// A note of its own appended: taken whole when it is the first.
void append_note(std::string& note, std::string&& more) {
  if (note.empty()) {
    note = std::move(more);
    return;
  }
  append_note(note, std::string_view(more));
}

std::string day_month_text(int day, int month, int year) {
  Date date{year == 0 ? 2000 : year, month, day};
  std::string text = format_readable_date(date);
  if (year == 0) text.resize(text.size() - 5);  // drop the placeholder year
  return text;
}

// The first words of days named after a weekday: "Good Friday", "Black Friday",
// "Cyber Monday", "Easter Sunday", "Ash Wednesday", "Super Tuesday", "Bloody Sunday".
constexpr auto kNamedWeekdayFirstWords = std::to_array<std::string_view>({
    "good", "black", "cyber", "easter", "ash", "maundy", "holy", "palm", "shrove", "super", "bloody", "giving",
});

// The nouns that make a weekday part of a name: "Saturday Market", "Sunday Times".
constexpr auto kWeekdayNamedThings = std::to_array<std::string_view>({
    "market", "markets", "club", "times", "telegraph", "post", "mail", "express", "herald", "tribune",
    "independent", "mirror", "school",
});

Date shift_months(const Date& date, int months) {
  const int total = date.year * 12 + (date.month - 1) + months;
  return Date{total / 12, total % 12 + 1, 0};
}

}  // namespace

bool Scanner::counted_noun(std::size_t j) const { return word_in(j, kCountedNounSet); }

int Scanner::year_at(std::size_t j) const {
  if (!digits(j) || tokens_[j].size() != 4) return 0;
  const int year = small_number(j);
  if (year < kMinYear || year > kMaxYear) return 0;
  if (attached(j + 1) && j + 1 < token_count_) {
    const Token& next = tokens_[j + 1];
    if (next.type != TokenType::kSymbol) return 0;
    const bool continues = symbol(j + 1, ',') || symbol(j + 1, '.') || dash(j + 1) || symbol(j + 1, '/');
    if (continues && digits(j + 2) && attached(j + 2)) return 0;
  }
  return year;
}

bool Scanner::of_a_month(std::size_t j) const {
  if (!word(j, "of") || !spaced(j) || !spaced(j + 1)) return false;
  if (month_at(j + 1) > 0) return true;
  return (word(j + 1, "the") || word(j + 1, "each") || word(j + 1, "every") || word(j + 1, "this") ||
          word(j + 1, "next")) &&
         word(j + 2, "month") && spaced(j + 2);
}

int Scanner::month_at(std::size_t j) const {
  if (!has(j, kMonth) || !tokens_[j].capitalized) return 0;
  return tokens_[j].lexeme->month;
}

int Scanner::weekday_at(std::size_t j, bool abbreviated) const {
  if (!has(j, kWeekday) || !tokens_[j].capitalized) return -1;
  // "Mon", "Sat", "Sun": only before a date, as "Sat" and "Sun" are also words
  if (tokens_[j].size() < 6 && !abbreviated) return -1;
  return tokens_[j].lexeme->weekday;
}

// (Always inline: asked of every number tried as a date, and most have no "s" glued on.)
[[gnu::always_inline]] inline int Scanner::decade_at(std::size_t j) const {
  if (!digits(j) || tokens_[j].size() != 4 || !word(j + 1, "s") || !attached(j + 1)) return 0;
  const int year = small_number(j);
  return year >= kMinYear && year <= kMaxBareYear && year % 10 == 0 ? year : 0;
}

bool Scanner::year_context_before(std::size_t j) const {
  if (j == 0) return false;
  const std::size_t p = j - 1;
  // "mid-2024", "pre-2023"; "as of end-2025", "by end-2026"
  if (attached_dash(p) && attached(j) && p > 0 &&
      (word(p - 1, "mid") || word(p - 1, "pre") || word(p - 1, "post") || word(p - 1, "early") ||
       word(p - 1, "late") || word(p - 1, "end"))) {
    return true;
  }
  if (!spaced(j) && !(symbol(p, ',') && spaced(j))) return false;
  // "in 2023 and 2024", "in 2022, 2023"
  if (last_date_end_ == p && (word(p, "and") || word(p, "or") || word(p, "to") || symbol(p, ','))) {
    return true;
  }
  // "open in twenty thirty, maybe twenty thirty-one": a second guess at the year just read
  if (p > 0 && last_date_end_ == p - 1 && symbol(p - 1, ',') &&
      (word(p, "maybe") || word(p, "perhaps") || word(p, "possibly"))) {
    return true;
  }
  // "until at least 2027", "until at least June"
  if (word(p, "least") && p > 1 && word(p - 1, "at") && until_word(p - 2)) return true;
  if (!has(p, kYearContext)) return false;
  if (word(p, "of")) {
    if (p == 0) return false;
    if (has(p - 1, kMonth)) return true;
    return word_in(p - 1, kOfYearLeadSet);
  }
  return true;
}

std::optional<DatePart> Scanner::parse_bare_year(std::size_t j, bool in_range) const {
  int year = year_at(j);
  // a year of the 1800s stands alone only after a word such as "in" or "since"
  int min_year = in_range || year_context_before(j) ? kMinYear : kMinBareYear;
  // "in 1582", "until 1752": an earlier year after such a word too, but not before a noun
  // it would count ("in 1500 homes") nor as a number's first digits ("1500,000")
  if (year == 0 && !in_range && digits(j) && tokens_[j].size() == 4 && small_number(j) >= kMinContextYear &&
      !(attached(j + 1) && j + 1 < token_count_ && (digits(j + 2) || tokens_[j + 1].type != TokenType::kSymbol)) &&
      j > 0 && spaced(j) && !counted_noun(j + 1) &&
      (word(j - 1, "in") || word(j - 1, "since") || word(j - 1, "until") || word(j - 1, "till") ||
       word(j - 1, "circa") ||
       // "the Restoration of 1660": an event's name in capitals and its year ("the Acts of
       // 1707" name a statute)
       (word(j - 1, "of") && j > 2 && spaced(j - 1) && tokens_[j - 2].capitalized && !tokens_[j - 2].all_caps &&
        !word(j - 2, "act") && !word(j - 2, "acts") && word(j - 3, "the")))) {
    year = min_year = small_number(j);
  }
  if (year < min_year || year > kMaxBareYear) return std::nullopt;
  // ("Argentina's 2035 dollar bond", "its 2030 euro notes": the year a bond in that
  // currency falls due, no amount)
  const bool bond_falls_due = has(j + 1, kCurrencyWord) && spaced(j + 2) &&
                              (word(j + 2, "bond") || word(j + 2, "bonds") || word(j + 2, "note") ||
                               word(j + 2, "notes"));
  if (symbol(j + 1, '%') ||
      (same_line(j + 1) && has(j + 1, kMeasureUnit | kScaleWord | kScaleSuffix | kPercentWord |
                                           kDurationUnit | kCurrencyWord) &&
       !bond_falls_due)) {
    return std::nullopt;
  }
  if (!in_range) {
    // "from 2000 to 3000": a change in a count, not years; but a share or a decimal after
    // "to" cannot be what a count of 2000 became ("its forecast for 2027 to 1.1%"), and a
    // year after "in" dates the level before it ("fell from 28,050 in 2019 to 27,310")
    const bool decimal_or_share_follows =
        (symbol(j + 3, '.') && attached(j + 3) && digits(j + 4) && attached(j + 4)) || symbol(j + 3, '%');
    const bool dates_a_level = word(j + 1, "to") && j > 0 && word(j - 1, "in") && spaced(j);
    // ("between 2000 and 3,000 people", but "in 2019 and 40 stores closed": a small count
    // after "and" is another figure, and the year stays one)
    const bool thousands_follow = digits(j + 2) && (tokens_[j + 2].size() >= 4 ||
                                                    (symbol(j + 3, ',') && attached(j + 3) && digits(j + 4) &&
                                                     attached(j + 4)));
    if ((word(j + 1, "to") || (word(j + 1, "and") && thousands_follow)) && digits(j + 2) &&
        year_at(j + 2) == 0 && !decimal_or_share_follows && !dates_a_level) {
      return std::nullopt;
    }
    if (spaced(j + 1) && counted_noun(j + 1)) return std::nullopt;
    // "a 1920 x 1080 screen", "2048 × 2048 pixels": a dimension beside another
    if ((times_sign(j + 1, false) && spaced(j + 1) && digits(j + 2)) || (j >= 2 && times_sign(j - 1, false) && digits(j - 2))) {
      return std::nullopt;
    }
  }
  DatePart part;
  part.year = year;
  part.end = j + 1;
  return part;
}

std::optional<DatePart> Scanner::parse_slashed_date(std::size_t j, char32_t separator) const {
  if (!digits(j) || tokens_[j].size() > 2 || !symbol(j + 1, separator) || !attached(j + 1) ||
      !digits(j + 2) || !attached(j + 2) || tokens_[j + 2].size() > 2) {
    return std::nullopt;
  }
  const int first = small_number(j);
  const int second = small_number(j + 2);
  std::size_t end = j + 3;
  int year = 0;
  if (symbol(end, separator) && attached(end) && digits(end + 1) && attached(end + 1)) {
    const std::size_t width = tokens_[end + 1].size();
    if (width == 4) year = small_number(end + 1);
    if (width == 2 && separator == '/') year = small_number(end + 1) + (small_number(end + 1) < 70 ? 2000 : 1900);
    if (year == 0 || year < kMinYear || year > kMaxYear) return std::nullopt;
    end += 2;
  }
  // dashed, only with the year in full: "3-1" is a score, "15-01-25" a code
  if (separator != '/' && year == 0) return std::nullopt;
  if (attached(end) && end < token_count_ &&
      (tokens_[end].type != TokenType::kSymbol || symbol(end, separator) ||
       (separator != '/' && digits(end + 1) && attached(end + 1)))) {
    return std::nullopt;
  }
  // "3/4 of voters", "3/4 full", "2 1/2 miles": fractions
  if (year == 0 && first < second && second <= 10 &&
      (((word(end, "of") || word(end, "full") || word(end, "empty")) && spaced(end)) ||
       (j > 0 && digits(j - 1) && tokens_[j].gap == Gap::kSingleSpace))) {
    return std::nullopt;
  }
  // "3/8-inch slices", "a 1/4 mile": a fraction of the unit after it
  if (year == 0 && first < second && second <= 16 &&
      ((attached_dash(end) && attached(end + 1) && has(end + 1, kMeasureUnit)) ||
       (has(end, kMeasureUnit) && spaced(end)))) {
    return std::nullopt;
  }
  DatePart part;
  part.end = end;
  if (year == 0 && ((first == 24 && second == 7) || (first == 9 && second == 11))) {
    part.not_a_date = true;  // "24/7", and 9/11 names an event
    return part;
  }
  // "the 5/2 favourite", "a 100/1 shot", "odds of 7/2": a bookmaker's odds, no date; "7/2
  // with most bookmakers" so too
  const auto with_bookmakers = [&] {
    if (!spaced(end) || !word(end, "with")) return false;
    for (std::size_t t = end + 1; t <= end + 2 && spaced(t); ++t) {
      if (word(t, "bookmakers") || word(t, "bookies")) return true;
    }
    return false;
  };
  if (year == 0 && ((spaced(end) && (word(end, "favourite") || word(end, "favorite") || word(end, "shot") ||
                                      word(end, "outsider"))) ||
                    (j >= 2 && spaced(j) && word(j - 1, "of") && word(j - 2, "odds")) || with_bookmakers())) {
    part.not_a_date = true;
    return part;
  }
  // "Rating: 4/5", "Verdict: 3/5", "7/10 stars": a reviewer's mark out of five or ten, no date
  // (left to the figure readings, which read it as a share)
  if (year == 0 && (second == 5 || second == 10) && first <= second && reviewer_mark(j, end)) return std::nullopt;
  auto fits = [&](int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year == 0 ? 2000 : year, month);
  };
  const bool day_first = fits(second, first);
  const bool month_first = fits(first, second);
  if (!day_first && !month_first) {
    part.not_a_date = true;
    return part;
  }
  // "the 7/7 bombings", "the 13/11 attacks": a yearless day, read one way only, that
  // names an attack is the attack's name, of a year the text does not give. (Read two
  // ways, as "the 10/7 attack", it stays an ambiguous date.)
  const bool ambiguous = day_first && month_first && first != second;
  if (year == 0 && !ambiguous && spaced(end) &&
      (word(end, "bombings") || word(end, "bombing") || word(end, "attacks") || word(end, "attack") ||
       word(end, "massacre"))) {
    part.not_a_date = true;
    return part;
  }
  part.year = year;
  const std::string written(text_.substr(tokens_[j].begin, tokens_[end - 1].end - tokens_[j].begin));
  if (ambiguous) {
    part.ambiguous = true;
    part.note = "slashed date " + written + " reads as " + day_month_text(first, second, year) +
                " (day first) or " + day_month_text(second, first, year) + " (month first)";
    return part;
  }
  if (day_first) {
    part.day = first;
    part.month = second;
  } else {
    part.month = first;
    part.day = second;
  }
  if (first != second) {
    part.note = day_first ? "slashed date read day first: month first is impossible"
                          : "slashed date read month first: day first is impossible";
  }
  return part;
}

// "in '98", "the '05 final": a year with its century left out, the nearest one (up to a
// decade ahead of publication) whose last two digits these are; after a date's day and
// month ("12 Feb '26", "Feb 12 '26") no word before it need lead to a year.
std::optional<DatePart> Scanner::parse_clipped_year(std::size_t j, bool after_a_date) const {
  if (!is_apostrophe(j) || !digits(j + 1) || !attached(j + 1) || tokens_[j + 1].size() != 2 ||
      (j > 0 && !spaced(j))) {
    return std::nullopt;
  }
  // "the '80s" is a decade, read from its digits; "'98%" or "'98'" no year
  if (attached(j + 2) && j + 2 < token_count_ &&
      (tokens_[j + 2].type != TokenType::kSymbol || symbol(j + 2, '%') || is_apostrophe(j + 2))) {
    return std::nullopt;
  }
  // ("the class of '98", "growth of 1.1% for '26": a year as the noun's, or the forecast's)
  if (!after_a_date && !year_context_before(j) &&
      !(j > 0 && (word(j - 1, "the") || word(j - 1, "of") || word(j - 1, "for")))) {
    return std::nullopt;
  }
  DatePart part;
  part.year = year_of_clipped(small_number(j + 1));
  part.end = j + 2;
  return part;
}

int Scanner::year_of_clipped(int clipped) const {
  const int now = published_known_ ? published_.year : kClippedYearPivot;
  const int year = now - now % 100 + clipped;
  return year > now + kClippedYearsAhead ? year - 100 : year;
}

std::optional<DatePart> Scanner::parse_date_core(std::size_t j, bool allow_day_only) const {
  if (j >= token_count_) return std::nullopt;
  // ISO "2023-10-07"
  if (digits(j) && tokens_[j].size() == 4 && attached_dash(j + 1) && digits(j + 2) &&
      attached(j + 2) && tokens_[j + 2].size() == 2 && attached_dash(j + 3) &&
      digits(j + 4) && attached(j + 4) && tokens_[j + 4].size() == 2) {
    const Date date{small_number(j), small_number(j + 2), small_number(j + 4)};
    if (!date.valid()) return std::nullopt;
    DatePart part;
    part.year = date.year;
    part.month = date.month;
    part.day = date.day;
    part.end = j + 5;
    return part;
  }
  // "2024/05/03", "2024.05.03"; day first "5.1.2026", "05.01.2026"
  // (the separator is the sign after the first number: asked once, where a loop over the
  // two signs asked every number twice)
  if (digits(j) && attached(j + 1) && (symbol(j + 1, '/') || symbol(j + 1, '.'))) {
    const char32_t separator = tokens_[j + 1].symbol;
    const bool three_numbers = digits(j + 2) && attached(j + 2) && symbol(j + 3, separator) && attached(j + 3) &&
                               digits(j + 4) && attached(j + 4) && tokens_[j + 2].size() <= 2;
    const bool runs_on = three_numbers && attached(j + 5) && j + 5 < token_count_ &&
                         (tokens_[j + 5].type != TokenType::kSymbol || (digits(j + 6) && attached(j + 6)));
    if (three_numbers && !runs_on) {
      std::optional<Date> date;
      if (tokens_[j].size() == 4 && tokens_[j + 4].size() <= 2) {
        date = Date{small_number(j), small_number(j + 2), small_number(j + 4)};
      } else if (separator == U'.' && tokens_[j].size() <= 2 && tokens_[j + 4].size() == 4) {
        date = Date{small_number(j + 4), small_number(j + 2), small_number(j)};
      }
      if (date && date->valid() && date->day != 0 && date->year >= kMinYear && date->year <= kMaxYear) {
        DatePart part;
        part.year = date->year;
        part.month = date->month;
        part.day = date->day;
        part.end = j + 5;
        return part;
      }
    }
  }
  // (each asks for its separator after the first number)
  if (symbol(j + 1, '/')) {
    // "expiry date 03/2027": a month and its year, as packs and cards print them (the month
    // in two digits: "1/2024" may be a fraction)
    if (digits(j) && tokens_[j].size() == 2 && attached(j + 1) && digits(j + 2) && attached(j + 2) &&
        tokens_[j + 2].size() == 4 &&
        !(attached(j + 3) && j + 3 < token_count_ &&
          (tokens_[j + 3].type != TokenType::kSymbol || symbol(j + 3, '/') || (digits(j + 4) && attached(j + 4))))) {
      const int month = small_number(j);
      const int year = small_number(j + 2);
      if (month >= 1 && month <= 12 && year >= kMinYear && year <= kMaxYear) {
        DatePart part;
        part.year = year;
        part.month = month;
        part.end = j + 3;
        return part;
      }
    }
    if (auto slashed = parse_slashed_date(j)) return slashed;
  }
  // "15-01-2025": dashed, read as slashed
  if (symbol(j + 1, '-')) {
    if (auto dashed = parse_slashed_date(j, '-')) return dashed;
  }

  auto day_at = [&](std::size_t k) {
    if (!digits(k) || tokens_[k].size() > 2) return 0;
    const int day = small_number(k);
    if (day < 1 || day > 31) return 0;
    if (attached(k + 1) && k + 1 < token_count_ && !has(k + 1, kOrdinalSuffix) &&
        (tokens_[k + 1].type != TokenType::kSymbol || symbol(k + 1, ':') || symbol(k + 1, '.') ||
         symbol(k + 1, '/') || symbol(k + 1, '%'))) {
      // a full stop or a colon closes the day unless digits follow it: "17:30" is a time,
      // but "Mumbai, September 17: ..." is a dateline
      const bool closes = symbol(k + 1, '.') || symbol(k + 1, ':');
      if (!closes || (digits(k + 2) && attached(k + 2))) return 0;
    }
    return day;
  };
  auto day_fits = [](const DatePart& part) {
    return part.day <= days_in_month(part.year == 0 ? 2000 : part.year, part.month);
  };
  // "14 February last year", "November of last year": the year counted from publication,
  // spanned with the date it places ("last year's figures" names no year of the date).
  // "this year" stays a mention of its own, but still gives the date its year: "falls on
  // November 26 this year" is not the last 26 November before publication
  auto relative_year = [&](std::size_t y, DatePart& part) {
    if (!published_known_ || !spaced(y)) return;
    if (word(y, "this") && word(y + 1, "year") && spaced(y + 1) && !(attached(y + 2) && is_apostrophe(y + 2))) {
      part.year = published_.year;
      return;
    }
    if (word(y, "of") && spaced(y + 1)) ++y;
    if (!(word(y, "last") || word(y, "next")) || !word(y + 1, "year") || !spaced(y + 1) ||
        (attached(y + 2) && is_apostrophe(y + 2))) {
      return;
    }
    part.year = published_.year + (word(y, "last") ? -1 : 1);
    part.end = y + 2;
  };

  // "7 October 2023", "7th of October"
  if (const int day = day_at(j); day > 0) {
    std::size_t m = j + 1;
    // "14-May-2024", "14-Jan-2026", "3-Feb-26": forms and logs join day, month and year
    // with hyphens, the year at times in two digits
    const bool short_year = digits(m + 3) && tokens_[m + 3].size() == 2 &&
                            !(attached(m + 4) && m + 4 < token_count_ && tokens_[m + 4].type != TokenType::kSymbol);
    if (symbol(m, '-') && attached(m) && attached(m + 1) && symbol(m + 2, '-') && attached(m + 2) &&
        attached(m + 3) && month_at(m + 1) > 0 && (year_at(m + 3) > 0 || short_year)) {
      DatePart part;
      part.day = day;
      part.month = month_at(m + 1);
      part.year = short_year ? year_of_clipped(small_number(m + 3)) : year_at(m + 3);
      part.end = m + 4;
      if (!day_fits(part)) return std::nullopt;
      return part;
    }
    const bool suffix = has(m, kOrdinalSuffix) && attached(m);
    if (suffix) ++m;
    if (suffix && word(m, "of") && spaced(m)) ++m;
    if (const int month = month_at(m); month > 0 && spaced(m)) {
      DatePart part;
      part.day = day;
      part.month = month;
      part.end = m + 1;
      std::size_t y = m + 1;
      const bool abbreviation_dot = symbol(y, '.') && attached(y) && tokens_[m].size() <= 4;
      if ((symbol(y, ',') || abbreviation_dot) && attached(y) && year_at(y + 1) > 0 && spaced(y + 1)) {
        ++y;
      }
      if (const int year = year_at(y); year > 0 && spaced(y)) {
        part.year = year;
        part.end = y + 1;
      } else if (auto clipped = parse_clipped_year(y, true)) {
        part.year = clipped->year;
        part.end = clipped->end;
      } else if (text_of(j).size() == 2 && text_of(j).front() == '0' && digits(y) && tokens_[y].size() == 2 &&
                 spaced(y) && y == m + 1) {
        // "03 Feb 26": a day padded with its nought is a form's or a log's, whose two
        // digits after the month are the year ("3 Feb 26 people" stays a count)
        part.year = year_of_clipped(small_number(y));
        part.end = y + 1;
      } else {
        // "3rd Aug. last year": the year counted past the abbreviation's full stop ("3 Aug.
        // Last year ..." is a new sentence)
        const bool past_dot = abbreviation_dot && y + 1 < token_count_ && !tokens_[y + 1].capitalized;
        relative_year(past_dot ? y + 1 : part.end, part);
      }
      if (!day_fits(part)) return std::nullopt;
      return part;
    }
    // "on 9 and 10 January", "3, 4 and 5 March": a day of a list that names its month
    // (and year) once, after the last day; each day is a date of its own, spanned alone
    std::size_t t = suffix ? j + 2 : j + 1;
    const bool comma = symbol(t, ',') && attached(t);
    if (comma) ++t;
    const bool conjunction = (word(t, "and") || word(t, "or")) && spaced(t);
    if (conjunction) ++t;
    if ((comma || conjunction) && spaced(t) && day_at(t) > day) {
      // (the next day is read the same way, so a list is read to its end)
      if (auto next = parse_date_core(t, false); next && next->month > 0 && next->day == day_at(t)) {
        DatePart part;
        part.day = day;
        part.month = next->month;
        part.year = next->year;
        part.end = suffix ? j + 2 : j + 1;
        if (!day_fits(part)) return std::nullopt;
        return part;
      }
    }
    // "on April 2 or 3", "March 9 and 10.": the second day of a pair whose month came
    // first, with the first day; it takes that date's month and year, and is spanned
    // alone ("April 2 and 3 people" counts people)
    const std::size_t after = suffix ? j + 2 : j + 1;
    const bool pair_ends = after >= token_count_ || tokens_[after].gap == Gap::kNewline ||
                           (tokens_[after].type == TokenType::kSymbol && !symbol(after, '%') &&
                            !symbol(after, '-') && !(symbol(after, '.') && digits(after + 1) && attached(after + 1)));
    if (pair_ends && j >= 3 && (word(j - 1, "and") || word(j - 1, "or")) && spaced(j) && spaced(j - 1) &&
        day_at(j - 2) > 0 && day_at(j - 2) < day && month_at(j - 3) > 0 && spaced(j - 2)) {
      if (auto first = parse_date_core(j - 3, false); first && first->month > 0 && first->day == day_at(j - 2) &&
                                                      first->end == j - 1) {
        DatePart part;
        part.day = day;
        part.month = first->month;
        part.year = first->year;
        part.end = after;
        if (!day_fits(part)) return std::nullopt;
        return part;
      }
    }
    if (allow_day_only) {
      DatePart part;
      part.day = day;
      part.end = suffix ? j + 2 : j + 1;
      return part;
    }
    return std::nullopt;
  }

  // "October 7", "Oct. 7, 2023", "May 2024"
  const int month = month_at(j);
  if (month == 0) return std::nullopt;
  std::size_t d = j + 1;
  if (symbol(d, '.') && attached(d) && tokens_[j].size() <= 4) ++d;  // "Oct."
  // "May the 3rd"
  if (word(d, "the") && spaced(d) && spaced(d + 1) && has(d + 2, kOrdinalSuffix) && attached(d + 2) &&
      day_at(d + 1) > 0) {
    ++d;
  }
  if (const int day = day_at(d); day > 0 && spaced(d)) {
    DatePart part;
    part.month = month;
    part.day = day;
    std::size_t e = d + 1;
    if (has(e, kOrdinalSuffix) && attached(e)) ++e;
    part.end = e;
    if (symbol(e, ',') && attached(e) && year_at(e + 1) > 0 && spaced(e + 1)) {
      part.year = year_at(e + 1);
      part.end = e + 2;
    } else if (year_at(e) > 0 && spaced(e)) {
      part.year = year_at(e);
      part.end = e + 1;
    } else if (auto clipped = parse_clipped_year(e, true)) {
      part.year = clipped->year;
      part.end = clipped->end;
    } else {
      relative_year(e, part);
    }
    if (!day_fits(part)) return std::nullopt;
    return part;
  }
  std::size_t y = j + 1;
  if (symbol(y, ',') && attached(y)) ++y;
  if (word(y, "of") && spaced(y) && spaced(y + 1) && year_at(y + 1) > 0) ++y;  // "March of 2024"
  if (symbol(y, '.') && attached(y) && tokens_[j].size() <= 4 && year_at(y + 1) > 0) ++y;  // "Jan. 2025"
  DatePart part;
  part.month = month;
  if (const int year = year_at(y); year > 0 && spaced(y)) {
    part.year = year;
    part.end = y + 1;
    return part;
  }
  // "Aug. '24", "in May '19": the year's century left out, as after a day and month
  if (auto clipped = parse_clipped_year(symbol(j + 1, '.') && attached(j + 1) && tokens_[j].size() <= 4 ? j + 2 : j + 1,
                                        true)) {
    part.year = clipped->year;
    part.end = clipped->end;
    return part;
  }
  part.end = j + 1;
  relative_year(part.end, part);
  if (part.year != 0) return part;
  // "in September and October 2024": the year written once, after the second month
  if ((word(j + 1, "and") || word(j + 1, "or")) && spaced(j + 1) && spaced(j + 2) && month_at(j + 2) > 0 &&
      month_at(j + 2) > month && spaced(j + 3) && year_at(j + 3) > 0) {
    part.year = year_at(j + 3);
    return part;
  }
  part.bare_month = true;
  // "the site's February average", "the July norm": a month that recurs every year
  if (spaced(j + 1) && (word(j + 1, "average") || word(j + 1, "mean") || word(j + 1, "norm") ||
                        word(j + 1, "normal")) &&
      j > 0 && spaced(j) && (word(j - 1, "the") || word(j - 1, "s") || word(j - 1, "its") || word(j - 1, "their"))) {
    part.not_a_date = true;
  }
  return part;
}

bool Scanner::resolve_year(DatePart& part, Tense tense, std::string& note, bool* from_written) const {
  if (!published_known_) {
    note = "no year given and no publication date to place it";
    return false;
  }
  const Date& published = published_;
  auto place = [&](bool future) {
    int year = published.year;
    if (part.day > 0) {
      if (!future && Date{year, part.month, part.day} > published) --year;
      if (future && Date{year, part.month, part.day} < published) ++year;
      for (int tries = 0; tries < kMaxLeapSearch && part.day > days_in_month(year, part.month);
           ++tries) {
        year += future ? 1 : -1;
      }
    } else {
      if (!future && part.month > published.month) --year;
      if (future && part.month < published.month) ++year;
    }
    return year;
  };
  if (part.day > 0) {
    // "until 30 January 2026 ... runs out again on 30 January": the same day written
    // earlier with its year picks the reading, if it is one of the two nearest.
    const int before = place(false);
    const int after = place(true);
    // (the one written last of the two)
    std::optional<Date> latest;
    std::size_t latest_number = 0;
    for (const int year : {before, after}) {
      const Date written{year, part.month, part.day};
      // "Since 1 April 2025 ... the next index is due on 1 April": a clause that looks
      // ahead cannot mean the same day gone by
      if (!written.valid() || (tense == Tense::kFuture && written < published)) continue;
      const std::size_t* found = written_dates_.find(days_since_epoch(written));
      const std::size_t number = found != nullptr ? *found : 0;
      if (number > latest_number) {
        latest = written;
        latest_number = number;
      }
    }
    if (latest) {
      part.year = latest->year;
      note = concat("no year given: read as ", DateWords{*latest}, ", as the same date is written earlier");
      if (from_written != nullptr) *from_written = true;
      return true;
    }
  }
  bool future = tense == Tense::kFuture;
  if (tense == Tense::kLoose) {
    // The nearer of the last before and the next after publication, by days
    // (months count from their first day).
    const int before = place(false);
    const int after = place(true);
    const int published_days = days_since_epoch(published);
    const auto distance = [&](int year) {
      const int day = part.day > 0 ? part.day : 1;
      return std::abs(days_since_epoch(Date{year, part.month, day}) - published_days);
    };
    future = after != before && distance(after) < distance(before);
  }
  const int year = place(future);
  part.year = year;
  const DateWords readable{Date{year, part.month, part.day}};
  if (tense == Tense::kLoose) {
    note = concat("no year given, the future seen from the past: read as ", readable, ", the nearest to publication");
  } else {
    note = future ? concat("no year given, future tense: read as ", readable, ", the next after publication")
                  : concat("no year given: read as ", readable, ", the last before publication");
  }
  return true;
}

std::optional<int> Scanner::days_to_coming(const DatePart& part) const {
  DatePart back = part;
  DatePart ahead = part;
  std::string unused;
  if (!resolve_year(back, Tense::kPast, unused) || !resolve_year(ahead, Tense::kFuture, unused)) return std::nullopt;
  const int day = part.day > 0 ? part.day : 1;  // (a month alone counts from its first day)
  const int published_days = days_since_epoch(published_);
  const int behind = published_days - days_since_epoch(Date{back.year, back.month, day});
  const int ahead_days = days_since_epoch(Date{ahead.year, ahead.month, day}) - published_days;
  if (behind <= kFarBehindDays || ahead_days < 0) return std::nullopt;
  return ahead_days;
}

// "the final at Wembley on 23 May" written in March in a sentence with nothing in the past:
// a yearless date most of a year back would have been given its year, so the coming one is
// meant when it is near.
bool Scanner::reads_ahead_in_present(const DatePart& part, std::size_t i, std::size_t end) const {
  if (!published_known_ || follows_forecast_made(i) || !present_sentence(i, end, kShortClauseWords)) return false;
  // "is paying A$200 a month less than in January": the base of a comparison is a time
  // the present is measured against, gone by
  if (i > 1 && word(i - 1, "in") && word(i - 2, "than")) return false;
  const std::optional<int> ahead = days_to_coming(part);
  // (within a month ahead, a short present clause will do: "Tickets go on sale on March
  // 25th", written a week before)
  return ahead && (*ahead <= kNearMonthDays || (*ahead <= kNearAheadDays && present_sentence(i, end)));
}

// "had priced a cut at the December 15-16 meeting", "before the March 18 summit": a meeting
// named by its set days is the one nearest publication, whichever side, whatever the tense
// of the verb that speaks of it (its days fixed long ahead, it is named so ahead or behind)
constexpr auto kSetMeetingWords = std::to_array<std::string_view>({
    "meeting", "summit", "hearing", "session", "conference", "talks", "auction", "ballot",
});
const WordSet kSetMeetingWordSet(kSetMeetingWords);

bool Scanner::names_a_set_meeting(std::size_t i, std::size_t end) const {
  return i > 0 && word(i - 1, "the") && spaced(i) && end < token_count_ && spaced(end) &&
         word_in(end, kSetMeetingWordSet) && digits(end - 1);
}

// (A line's start or a clause's mark ends the look.)
bool Scanner::clause_before_has(std::size_t from, std::size_t reach, const auto& is_it) const {
  for (std::size_t t = from; t > 0 && from - t < reach; --t) {
    const std::size_t w = t - 1;
    if (tokens_[t].gap == Gap::kNewline || symbol(w, '.') || symbol(w, ',') || symbol(w, ';') ||
        symbol(w, ':') || symbol(w, '(') || symbol(w, ')')) {
      return false;
    }
    if (is_it(w)) return true;
  }
  return false;
}

// "before the Bank's final rate decision on 17 December", "ahead of the meeting of 2026 on
// 17 December", written ten days before: a set event named with the day it falls on, whose
// last such day is most of a year back (it would have been given its year), is the coming
// one within a month, whatever the tense of the verb before it ("the court's decision on 3
// March", months back or just behind, keeps the last one)
constexpr auto kSetEventWords = std::to_array<std::string_view>({
    "meeting", "summit", "hearing", "session", "conference", "talks", "auction", "ballot",
    "decision", "vote", "announcement", "review",
});
const WordSet kSetEventWordSet(kSetEventWords);

bool Scanner::reads_ahead_as_set_event(const DatePart& part, std::size_t i) const {
  if (!published_known_ || part.day <= 0 || i < 2 || !word(i - 1, "on") || !spaced(i) || !spaced(i - 1)) return false;
  std::size_t noun = i - 2;
  // "the final rate decision of 2026 on 17 December": the year the event belongs to between
  if (noun >= 2 && digits(noun) && word(noun - 1, "of")) noun -= 2;
  if (!word_in(noun, kSetEventWordSet)) return false;
  // the event awaited: "before", "ahead of", "until" within a few words of its noun ("The
  // talks on 3 February decided it" speaks of talks held)
  constexpr std::size_t kAwaitLookback = 10;
  const bool awaited = clause_before_has(noun, kAwaitLookback, [&](std::size_t w) {
    return word(w, "before") || word(w, "until") || word(w, "awaiting") || word(w, "await") ||
           (word(w, "of") && w > 0 && word(w - 1, "ahead"));
  });
  if (!awaited) return false;
  const std::optional<int> ahead = days_to_coming(part);
  return ahead && *ahead <= kNearMonthDays;
}

// "was remanded in custody to appear again on 1 December", "was bailed to appear before
// magistrates on 3 December", written a fortnight before: a court appearance ordered, "to
// appear" in the clause before the yearless day, is the coming day within a month, however
// past the verb ordering it ("he appeared on 3 December" keeps the last one)
bool Scanner::reads_ahead_as_summons(const DatePart& part, std::size_t i) const {
  if (!published_known_ || part.day <= 0 || i < 3 || !word(i - 1, "on") || !spaced(i)) return false;
  // (the nine tokens before the "on")
  constexpr std::size_t kSummonsLookback = 9;
  const bool summoned = clause_before_has(i - 1, kSummonsLookback, [&](std::size_t w) {
    // ("failed to appear on 1 December", "refused to appear": an appearance missed)
    return word(w, "appear") && w > 0 && word(w - 1, "to") &&
           !(w >= 2 && (word(w - 2, "failed") || word(w - 2, "refused") || word(w - 2, "declined")));
  });
  if (!summoned) return false;
  const std::optional<int> ahead = days_to_coming(part);
  return ahead && *ahead <= kNearMonthDays;
}

// "Key dates: 31 March – consultation closes; June 24-25 – summit", "Diary: Jan 12 –
// parliament returns": a yearless day at tokens i to end, heading its entry with a dash
// on the line of a heading of dates to come ("Key dates", "Timetable", "Diary", "What
// happens next"), is ahead of publication. (Its entry's participles are a headline's
// passive, "8 May – results declared"; a timeline of key dates gone by writes their
// years, as text 82 does.)
bool Scanner::listed_ahead(std::size_t i, std::size_t end) const {
  if (!dash(end)) return false;
  constexpr std::size_t kListLookback = 40;
  for (std::size_t t = i; t > 1 && i - t < kListLookback && tokens_[t].gap != Gap::kNewline; --t) {
    if (!symbol(t - 1, ':')) continue;
    // (the heading's last three words before its colon: "Key dates this year:")
    for (std::size_t w = t - 2; w + 3 >= t - 1 && w < t - 1; --w) {
      if (word(w, "dates") || word(w, "timetable") || word(w, "diary") ||
          (word(w, "next") && w > 0 && word(w - 1, "happens"))) {
        return true;
      }
      if (w == 0 || tokens_[w].gap == Gap::kNewline) break;
    }
    return false;
  }
  return false;
}

// The words after "a January" that show the month is the noun itself, not naming another.
constexpr auto kMonthNotModifier = std::to_array<std::string_view>({
    "that", "which", "when", "where", "of", "to", "and", "or", "is", "was", "will", "has", "had", "in",
    "on", "for", "with", "as", "by", "at", "from", "like", "than", "so", "but", "it", "we", "i",
});
const WordSet kMonthNotModifierSet(kMonthNotModifier);

// "what it means for a December rate cut", "opening the door to an August cut": a month
// named with an indefinite article before a noun is an event not yet fixed, one that may
// come, so the coming month when it is near and the last one far back ("a January to
// forget", "a January that was the snowiest" name the month itself, gone by)
bool Scanner::reads_ahead_as_prospect(const DatePart& part, std::size_t i, std::size_t end) const {
  if (!published_known_ || part.day > 0 || i == 0 || !has(i - 1, kArticle) || !spaced(i) || word(i - 1, "the")) {
    return false;
  }
  if (!spaced(end) || end >= token_count_ || tokens_[end].type != TokenType::kWord || tokens_[end].capitalized ||
      word_in(end, kMonthNotModifierSet)) {
    return false;
  }
  const std::optional<int> ahead = days_to_coming(part);
  return ahead && *ahead <= kNearAheadDays;
}

// "has given the governments until March 31 to open talks", "threatened to close the pumps
// from May 25", "declared a dividend with a record date of 26 November", written days
// before: a bound or a set day just ahead, whose last one is most of a year back (which
// would have been given its year), is the coming one, whatever the verb's tense.
std::size_t Scanner::time_of_day_before(std::size_t i) const {
  std::size_t t = i > 0 && word(i - 1, "on") ? i - 1 : i;
  // "through 7 AM EST Monday": a time zone's capitals between the time and the day
  if (t > 2 && tokens_[t - 1].all_caps && (tokens_[t - 1].size() == 3 || tokens_[t - 1].size() == 4) &&
      (text_of(t - 1).back() == 'T' || text_of(t - 1) == "UTC") && has(t - 2, kTimeSuffix)) {
    --t;
  }
  if (t > 0 && (word(t - 1, "midnight") || word(t - 1, "noon") || word(t - 1, "midday"))) return t - 1;
  std::size_t hour = 0;  // "6pm", "6 pm", "17:00"
  if (t > 1 && has(t - 1, kTimeSuffix) && digits(t - 2)) {
    hour = t - 2;
  } else if (t > 2 && digits(t - 1) && attached(t - 1) && symbol(t - 2, ':') && attached(t - 2) && digits(t - 3)) {
    hour = t - 3;
  } else if (t > 5 && symbol(t - 1, '.') && attached(t - 1) && word(t - 2, "m") && attached(t - 2) &&
             symbol(t - 3, '.') && attached(t - 3) && (word(t - 4, "p") || word(t - 4, "a")) && digits(t - 5)) {
    hour = t - 5;  // "until 10 p.m. Wednesday": the suffix's letters with their stops
  } else {
    return i;
  }
  // "5.30pm", "5:30 pm": the minutes after the hour
  if (hour > 1 && attached(hour) && (symbol(hour - 1, '.') || symbol(hour - 1, ':')) && attached(hour - 1) &&
      digits(hour - 2)) {
    hour -= 2;
  }
  return hour;
}

bool Scanner::reads_ahead_from_bound(const DatePart& part, std::size_t i) const {
  if (!published_known_ || i == 0) return false;
  // the token after the bound's word ("until 5pm on 24 February": its hour between them)
  std::size_t b = time_of_day_before(i);
  if (b == 0) return false;
  // "until the end of June", "from the start of May"
  if (b > 3 && word(b - 1, "of") && word(b - 3, "the") &&
      (word(b - 2, "end") || word(b - 2, "start") || word(b - 2, "middle") || word(b - 2, "beginning"))) {
    b -= 3;
  }
  // "until early April", "from late May": the part of the month named before it
  if (b > 2 && part.day == 0 && (word(b - 1, "early") || word(b - 1, "late"))) --b;
  const bool starting = b > 1 && word(b - 1, "in") && (word(b - 2, "starting") || word(b - 2, "beginning"));
  const bool bound = word(b - 1, "until") || word(b - 1, "till") || word(b - 1, "from") ||
                     word(b - 1, "starting") || word(b - 1, "beginning") || word(b - 1, "effective") || starting;
  const bool set_day = b > 1 && word(b - 1, "of") && (word(b - 2, "date") || word(b - 2, "deadline"));
  // "payable on Dec. 29", "a dividend of 12 cents payable December 29": the day a payment
  // declared falls due is set ahead of the declaration ("was payable on" is past)
  const std::size_t payable_at = word(b - 1, "payable") ? b - 1 : b > 1 && word(b - 1, "on") ? b - 2 : 0;
  const bool payable = payable_at > 0 && word(payable_at, "payable") &&
                       !(word(payable_at - 1, "was") || word(payable_at - 1, "were"));
  // "seven nights from £599pp, departing 3-10 May": a trip on sale leaves on a set day,
  // months ahead as a payment's may be
  const bool departure = word(b - 1, "departing") || word(b - 1, "departs");
  // "to shareholders of record on December 8": the day that fixes who is paid is set with
  // the payment, ahead of the declaration as its day is
  // (or "on the register at the close of business on September 12", as British and
  // Commonwealth companies write it, or "on the register at the close of April 19")
  const bool record_day =
      (b > 3 && word(b - 1, "on") &&
       ((word(b - 2, "record") && word(b - 3, "of")) || word(b - 2, "register") ||
        (b > 7 && word(b - 2, "business") && word(b - 3, "of") && word(b - 4, "close") && word(b - 7, "register")))) ||
      (b > 5 && word(b - 1, "of") && word(b - 2, "close") && word(b - 5, "register"));
  // "want 2 million more people vaccinated by the end of December", written in November:
  // a deadline set a season back would have been given its year, as a bound's is, when no
  // verb of the past sets it ("2 million had been vaccinated by the end of December", "sales
  // rose 5% by December" stay back); a participle right before "by", with no auxiliary
  // before it, is the state wanted by then, no such verb
  const auto deadline_in_present = [&] {
    if (b < 2 || !word(b - 1, "by")) return false;
    const std::size_t stop = b - 1 > kDeadlineClauseTokens ? b - 1 - kDeadlineClauseTokens : 0;
    for (std::size_t t = b - 1; t > stop; --t) {
      const std::size_t k = t - 1;
      if (tokens_[t].gap == Gap::kNewline || symbol(k, ';') ||
          ((symbol(k, '.') || symbol(k, '!') || symbol(k, '?')) && tokens_[t].gap != Gap::kNone)) {
        break;
      }
      if (!past_word(k)) continue;
      const bool wanted_state = k + 2 == b && k > 0 && !word_in(k - 1, kAuxiliaryWordSet);
      if (!wanted_state) return false;
    }
    // ("By 7 April most had": nor after it, to the sentence's end)
    const std::size_t last = std::min(token_count_, i + kDeadlineClauseTokens);
    for (std::size_t k = i; k < last; ++k) {
      if (tokens_[k].gap == Gap::kNewline && k > i) break;
      if (sentence_stop(k)) break;
      if (past_word(k)) return false;
    }
    return true;
  };
  const bool deadline = deadline_in_present();
  if (!bound && !set_day && !payable && !record_day && !deadline && !departure) return false;
  const std::optional<int> ahead = days_to_coming(part);
  if (!ahead) return false;
  // "extended the discount until June 30", "extends the ban till October": an extension
  // moves an end later, so the new one may lie a season ahead (its verb a few words back)
  bool extension = false;
  if (word(b - 1, "until") || word(b - 1, "till")) {
    const std::size_t stop = b - 1 > kExtensionWords ? b - 1 - kExtensionWords : 0;
    for (std::size_t t = b - 1; t > stop && !extension; --t) {
      if (tokens_[t - 1].type != TokenType::kWord) break;
      extension = word_in(t - 1, kExtendWords);
    }
  }
  // (a month alone counts from its first day: "starting in May", written in March)
  // (so may a payment, declared weeks or months before the day it falls due)
  const int near = extension || payable || record_day || departure ? kNearAheadDays : part.day > 0 ? kNearMonthDays : 2 * kNearMonthDays;
  return *ahead <= near;
}

// "the walkout continues until Thursday", "roads stay closed through Friday", "submit the
// forms by 5pm on Thursday": a period that ends on a weekday, said with no word of the
// past, ends on the coming one ("continued until Thursday" is last week's).
bool Scanner::weekday_bound_in_present(std::size_t i, std::size_t end) const {
  // ("by 5pm on", "until 6.30pm on", "book by midnight on": a time of day between the bound
  // and its day)
  const std::size_t time = time_of_day_before(i);
  if (time < 2) return false;
  const std::size_t b = time - 1;
  const bool bound = until_word(b) || word(b, "thru") || word(b, "by");
  return bound && present_sentence(i, end, kShortClauseWords);
}

int Scanner::days_after_joined_date(std::size_t i) const {
  // ("suspended on Monday and Tuesday", written on the Monday: the day itself counts)
  if (last_date_end_ >= i || last_month_date_end_ != last_date_end_ || last_month_date_.day == 0 ||
      last_month_date_ < published_) {
    return 0;
  }
  // "will reach the coast late Friday and move across southern Georgia on Saturday": a
  // verb joined by "and" right after the date goes on with the same subject and tense, and
  // reaches further, over the names of places it passes
  const bool clause_joined = word(last_date_end_, "and") && spaced(last_date_end_) && spaced(last_date_end_ + 1) &&
                             tokens_[last_date_end_ + 1].type == TokenType::kWord &&
                             !tokens_[last_date_end_ + 1].capitalized;
  if (i - last_date_end_ > (clause_joined ? kJoinedClauseTokens : kJoinedDateTokens)) return 0;
  bool joined = false;
  // ("Valid: 6:00pm Tuesday to midday Wednesday": a period's end joined by "to", which may
  // be the same day, "from late Monday morning to early Monday evening")
  bool to_end = false;
  for (std::size_t t = last_date_end_; t < i; ++t) {
    if (tokens_[t].gap == Gap::kNewline && t > last_date_end_) return 0;
    if (word(t, "to")) to_end = true;
    if (symbol(t, ',') || word(t, "and") || word(t, "or") || word(t, "to")) {
      joined = true;
    } else if (tokens_[t].type != TokenType::kWord || (tokens_[t].capitalized && !clause_joined) || past_word(t)) {
      return 0;
    }
  }
  return joined ? days_since_epoch(last_month_date_) + (to_end ? 0 : 1) : 0;
}

// "In 2019, sales peaked in March", "In 2024 the firm cut 300 jobs on 5 March": a
// sentence opened by its year places the days and months it leaves yearless; a timeline's
// entry headed by its year, "2024 - A year of stalled talks. Frameworks floated in Paris
// in January ... all failed", those of its whole line.
int Scanner::year_of_opening(std::size_t i) const {
  if (opening_year_ == 0 || opening_year_end_ > i) return 0;
  if (opening_year_heads_entry_) {
    // (the tokens up to entry_line_checked_ are known to be on the entry's line: each is
    // looked at once however many dates the line holds)
    for (std::size_t t = std::max(opening_year_end_, entry_line_checked_); t < i; ++t) {
      if (tokens_[t].gap == Gap::kNewline) return 0;
    }
    entry_line_checked_ = std::max(entry_line_checked_, i);
    return opening_year_;
  }
  if (i - opening_year_end_ > kOpeningYearReach) return 0;
  for (std::size_t t = opening_year_end_; t < i; ++t) {
    if (tokens_[t].gap == Gap::kNewline || symbol(t, ';') || sentence_stop(t)) {
      return 0;
    }
  }
  return opening_year_;
}

// "In 1975 the city fell. On 30 April tanks entered the palace", "The bank collapsed in
// September 2008. On 15 September its staff left": a day told in the past without a year,
// in the sentence of a date whose year is stated (or a narrative gave it) or the sentence
// after, is of that year when the year is history (kHistoryYears gone), unless it would
// not come after that date (a narrative runs on: "the attack of 7 October 2013 remembered
// on 7 October" is an anniversary). A recent year is as often left behind in the next
// breath ("took hostages on 7 October 2023. The last were freed on 13 October", "the
// record set in 2023. He signed on 6 January"), and a month alone is as often compared
// with the year as placed in it ("worse than in 2012. Floods in June").
int Scanner::narrative_year_at(const DatePart& part, std::size_t i) const {
  const Date& event = narrative_date_;
  if (part.day == 0 || narrative_end_ == 0 || event.year > published_.year - kHistoryYears) return 0;
  const Date read{event.year, part.month, part.day};
  if (!read.valid() || read < first_day(event) || (event.day > 0 && !(event < read))) return 0;
  return in_sentence_or_next(narrative_end_, i) ? event.year : 0;
}

// Whether token i, at most kNarrativeTokenReach tokens past token `from`, is in the same
// paragraph and in the sentence `from` is in or the next.
bool Scanner::in_sentence_or_next(std::size_t from, std::size_t i) const {
  if (from > i || i - from > kNarrativeTokenReach) return false;
  bool sentence_ended = false;
  for (std::size_t t = from; t < i; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return false;
    if (sentence_stop(t)) {
      if (sentence_ended) return false;
      sentence_ended = true;
    }
  }
  return true;
}

int Scanner::nearest_year_on_weekday(int month, int day, int weekday_number) const {
  int best_distance = -1;
  int best_year = 0;
  for (int year = published_.year - 1; year <= published_.year + 1; ++year) {
    const Date candidate_date{year, month, day};
    if (!candidate_date.valid() || weekday(candidate_date) != weekday_number) continue;
    const int distance = std::abs(days_since_epoch(candidate_date) - days_since_epoch(published_));
    if (best_distance < 0 || distance < best_distance) {
      best_distance = distance;
      best_year = year;
    }
  }
  return best_year;
}

bool Scanner::reached_back_to_by_since(std::size_t i) const {
  constexpr std::size_t kSinceReach = 12;
  for (std::size_t t = i; t > 0 && i - t < kSinceReach; --t) {
    if (sentence_stop(t - 1) || symbol(t - 1, ',') || symbol(t - 1, ';') || tokens_[t].gap == Gap::kNewline) {
      return false;
    }
    if (word(t - 1, "since")) return true;
  }
  return false;
}

// "of that year", "that year", "of the same year" at token t: the year the text last stated
bool Scanner::that_year_at(std::size_t t) const {
  if (word(t, "of") && spaced(t)) ++t;
  if (!spaced(t)) return false;
  if (word(t, "that")) return word(t + 1, "year") && spaced(t + 1);
  return word(t, "the") && word(t + 1, "same") && spaced(t + 1) && word(t + 2, "year") && spaced(t + 2);
}

// The year in "set in 2023" a few tokens after a month's `end`, in its sentence, after a
// "record" named with the month ("the January record of £815m set in 2023"), or 0.
int Scanner::record_set_in_year(std::size_t end) const {
  constexpr std::size_t kRecordWords = 8;
  // (the cheap test first: most months have no "record" near them)
  bool record = false;
  const std::size_t first = end > 6 ? end - 6 : 0;
  for (std::size_t t = first; t < end + 3 && t < token_count_; ++t) {
    if (word(t, "record") || word(t, "records")) record = true;
  }
  if (!record) return 0;
  for (std::size_t t = end; t + 2 < token_count_ && t < end + kRecordWords; ++t) {
    if (tokens_[t].gap == Gap::kNewline || symbol(t, ';') || sentence_stop(t)) {
      return 0;
    }
    if (word(t, "set") && word(t + 1, "in") && spaced(t + 1) && spaced(t + 2)) {
      const int year = year_at(t + 2);
      return year > 0 && (!published_known_ || year <= published_.year) ? year : 0;
    }
  }
  return 0;
}

// The "that" at token `that` points back at the month before `end`: the month closes its
// clause ("votes that October.", "That March, the council"), or a preposition stands
// before "that" ("in that October", "by that June").
bool Scanner::month_pointed_back_at(std::size_t that, std::size_t end) const {
  const bool clause_ends = end >= token_count_ || tokens_[end].gap == Gap::kNewline ||
                           ((symbol(end, '.') || symbol(end, ',') || symbol(end, ';')) && attached(end));
  const bool after_preposition = that > 0 && (word(that - 1, "in") || word(that - 1, "by") ||
                                              word(that - 1, "until") || word(that - 1, "from") ||
                                              word(that - 1, "since") || word(that - 1, "during"));
  return clause_ends || after_preposition;
}

std::optional<Candidate> Scanner::date_candidate(const DatePart& part, std::size_t i) const {
  // (built in the caller's place: every end returns this one object)
  std::optional<Candidate> result(std::in_place);
  Candidate& candidate = *result;
  candidate.end = part.end;
  candidate.year_written = part.year != 0 && part.day > 0;
  candidate.year_stated = part.year != 0;
  Mention& mention = candidate.mention;
  mention.kind = MentionKind::kDate;
  std::string note;
  if (part.weekday >= 0) note = concat("weekday: ", weekday_name(part.weekday));
  append_note(note, part.note);
  if (part.ambiguous) {
    mention.ambiguous = true;
    mention.note = std::move(note);
    return result;
  }
  DatePart resolved = part;
  // The year the text last stated: "floods in June of that year", "by March the same
  // year"; and a month pointed back at with "that" ("won her third term by 9,000 votes
  // that October", "That March, the council ..."), where "that" closes its clause or
  // follows a preposition ("said that October was the wettest" is a conjunction's, the
  // month read as any other)
  if (resolved.year == 0 && part.month > 0 && last_stated_year_ > 0 &&
      (that_year_at(part.end) || (part.day == 0 && i > 0 && word(i - 1, "that") && spaced(i) &&
                                  month_pointed_back_at(i - 1, part.end)))) {
    resolved.year = last_stated_year_;
    append_note(note, concat("no year given: read in ", std::to_string(last_stated_year_), ", the year last stated"));
  }
  // "the January record of £815m set in 2023", "the record for a single January day,
  // 190mm set in 1987": a month named for a record is the month of the year it was set
  if (resolved.year == 0 && part.month > 0 && part.day == 0) {
    if (const int year = record_set_in_year(part.end); year > 0) {
      resolved.year = year;
      append_note(note, concat("no year given: read in ", std::to_string(year), ", the year its record was set"));
    }
  }
  // (a weekday written with the date must fall on it in that year: "In 2024, Friday 3 May")
  if (const int year = resolved.year == 0 ? year_of_opening(i) : 0;
      year > 0 && (part.weekday < 0 || part.day == 0 ||
                   (Date{year, part.month, part.day}.valid() &&
                    weekday(Date{year, part.month, part.day}) == part.weekday))) {
    resolved.year = year;
    append_note(note, concat("no year given: read in ", std::to_string(year),
                             opening_year_heads_entry_ ? ", the year that heads its entry"
                                                       : ", the year that opens its sentence"));
  }
  if (resolved.year == 0 && part.weekday >= 0 && part.day > 0 && published_known_) {
    // "Friday, January 9": the year nearest publication in which the day is that weekday
    resolved.year = nearest_year_on_weekday(part.month, part.day, part.weekday);
    if (resolved.year != 0) {
      append_note(note, concat("no year given: read as ", DateWords{Date{resolved.year, part.month, part.day}},
                               ", the nearest year in which it is a ", weekday_name(part.weekday)));
      // "from Sunday 13 December ... Other changes from 13 December:": the weekday fixed
      // the year as well as a written one, so the same day written later takes it too
      candidate.year_written = true;
    }
  }
  if (resolved.year == 0) {
    std::string resolution;
    // "the third convoy to arrive since mid-April": what "since" counts from is gone by,
    // whatever the clause looks ahead to
    const std::size_t part_word = i > 1 && attached_dash(i - 1) && attached(i) ? i - 2 : i - 1;
    const bool after_since =
        i > 0 && (word(i - 1, "since") ||
                  (part_word > 0 && (word(part_word, "early") || word(part_word, "mid") || word(part_word, "late")) &&
                   word(part_word - 1, "since")));
    // "will publish April inflation", "expect April's figures": a month's statistics are
    // of a month gone by, whatever the clause looks ahead to
    const std::size_t noun = is_apostrophe(part.end) && attached(part.end) && word(part.end + 1, "s") ? part.end + 2
                                                                                                       : part.end;
    // (within the two months before publication, when such figures come out)
    constexpr int kStatisticMonthsBack = 2;
    const bool month_statistics = part.day == 0 && part.month > 0 && published_known_ &&
                                  (published_.month - part.month + 12) % 12 <= kStatisticMonthsBack &&
                                  spaced(noun) && word_in(noun, kMonthStatisticSet);
    const bool gone_by = after_since || month_statistics;
    Tense tense = gone_by ? Tense::kPast : tense_before(i);
    if (!gone_by) {
      if (tense == Tense::kPast) tense = tense_after(i, part.end);
      if (tense == Tense::kPast && reads_ahead_in_present(resolved, i, part.end)) tense = Tense::kFuture;
      if (tense == Tense::kPast && reads_ahead_from_bound(resolved, i)) tense = Tense::kFuture;
      if (tense == Tense::kPast && reads_ahead_as_prospect(resolved, i, part.end)) tense = Tense::kFuture;
      if (tense == Tense::kPast && names_a_set_meeting(i, part.end)) tense = Tense::kLoose;
      if (tense == Tense::kPast && reads_ahead_as_set_event(resolved, i)) tense = Tense::kFuture;
      if (tense == Tense::kPast && reads_ahead_as_summons(resolved, i)) tense = Tense::kFuture;
      if (tense == Tense::kPast && listed_ahead(i, part.end)) tense = Tense::kFuture;
      // "hearings will be held on Nov. 17 and Dec. 1": joined to a date just read ahead
      if (tense == Tense::kPast && days_after_joined_date(i) > 0) tense = Tense::kFuture;
      // "for the fourth quarter ending June 30": a period that ends on the day, said with no
      // tense of its own ("ended" says it), the nearer either side
      if (tense == Tense::kPast && i > 0 && word(i - 1, "ending") && spaced(i)) tense = Tense::kLoose;
    }
    bool from_written = false;
    const int narrative_year = tense == Tense::kPast && !after_since ? narrative_year_at(resolved, i) : 0;
    if (narrative_year > 0) {
      resolved.year = narrative_year;
      resolution = concat("no year given: read in ", std::to_string(narrative_year), ", the year of the narrative before it");
      candidate.year_from_narrative = true;
    }
    const bool placed = narrative_year > 0 || resolve_year(resolved, tense, resolution, &from_written);
    candidate.year_read_back = placed && narrative_year == 0 && tense == Tense::kPast && !from_written && part.weekday < 0;
    if (!placed) {
      append_note(note, std::move(resolution));
      mention.note = std::move(note);
      return result;
    }
    // "one year after 7 October", "since 7 October", "the anniversary of 7 October" on
    // 7 October itself: the time since that day is the point, so it is a year back
    const bool counted_from = after_since || (i > 0 && (word(i - 1, "after") ||
                                                        (word(i - 1, "of") && i > 1 && word(i - 2, "anniversary"))));
    if (tense == Tense::kPast && counted_from && resolved.day > 0 && published_known_ &&
        Date{resolved.year, resolved.month, resolved.day} == published_ &&
        resolved.day <= days_in_month(resolved.year - 1, resolved.month)) {
      --resolved.year;
      candidate.year_read_back = false;
      resolution = concat("no year given, counted from: read as ",
                          DateWords{Date{resolved.year, resolved.month, resolved.day}},
                          ", as the publication day itself cannot be counted from");
    }
    append_note(note, std::move(resolution));
    mention.year_inferred = !from_written;
  }
  const Date date{resolved.year, resolved.month, resolved.day};
  if (!date.valid()) {
    result.reset();
    return result;
  }
  if (part.weekday >= 0 && date.granularity() == Date::Granularity::kDay &&
      weekday(date) != part.weekday) {
    append_note(note, concat("the date is a ", weekday_name(weekday(date))));
  }
  mention.date = date;
  mention.note = std::move(note);
  return result;
}

std::optional<Candidate> Scanner::range_candidate(DatePart first, DatePart last,
                                                  std::size_t i) const {
  if (first.ambiguous || last.ambiguous || first.not_a_date || last.not_a_date) return std::nullopt;
  if (first.weekday >= 0 || last.weekday >= 0) return std::nullopt;
  if (last.month == 0 && last.year == 0) return std::nullopt;
  if (first.month == 0 && first.day > 0) {
    // "4-22 October": the day takes the month and year of the end
    if (last.day == 0) return std::nullopt;
    first.month = last.month;
    first.year = last.year;
  }
  if (first.month == 0 && first.year == 0) return std::nullopt;
  if (first.month == 0 && last.year == 0) return std::nullopt;  // "from 2019 to May"
  const bool year_written = last.year != 0;
  std::string note;
  Tense tense = tense_before(i);
  // "From January to March, electricity will cost ...": the words after it, as for one date
  if (tense == Tense::kPast) tense = tense_after(i, last.end);
  // "Works run from 6 to 10 April", written in March: read ahead by its first day, as a
  // single date is
  if (tense == Tense::kPast && last.year == 0 && first.year == 0 && first.month > 0 &&
      (reads_ahead_in_present(first, i, last.end) || reads_ahead_from_bound(first, i))) {
    tense = Tense::kFuture;
  }
  if (tense == Tense::kPast && first.day > 0 && names_a_set_meeting(i, last.end)) tense = Tense::kLoose;
  if (tense == Tense::kPast && listed_ahead(i, last.end)) tense = Tense::kFuture;
  // "announced a buyback, to run from Nov. 13 to March 31": the purpose of what was done
  // runs ahead of it, or was to ("was due to run from Nov. 1"): the nearer either side
  if (tense == Tense::kPast && i >= 2 && word(i, "from") && word(i - 2, "to") && spaced(i - 1) &&
      (word(i - 1, "run") || word(i - 1, "last") || word(i - 1, "continue") || word(i - 1, "operate") ||
       word(i - 1, "apply"))) {
    tense = Tense::kLoose;
  }
  if (last.year == 0 && first.year == 0 && tense == Tense::kPast) {
    // A past range is the last to have begun by publication, even if it runs on
    // past it: "from 7 to 16 November" written on 14 November.
    std::string resolution;
    if (const int year = narrative_year_at(first, i); year > 0) {
      first.year = year;
      resolution = concat("no year given: read in ", std::to_string(year), ", the year of the narrative before it");
    } else if (!resolve_year(first, tense, resolution)) {
      return std::nullopt;
    }
    note = std::move(resolution);
    last.year = first.year;
    if (last.month < first.month || (last.month == first.month && last.day < first.day)) {
      ++last.year;
    }
  } else if (last.year == 0) {
    std::string resolution;
    if (!resolve_year(last, tense, resolution)) return std::nullopt;
    note = std::move(resolution);
  }
  if (first.year == 0) {
    first.year = last.year;
    if (first.month > last.month || (first.month == last.month && first.day > last.day)) {
      --first.year;
    }
  }
  const Date start{first.year, first.month, first.day};
  const Date end{last.year, last.month, last.day};
  if (!start.valid() || !end.valid() || first_day(start) > last_day(end)) return std::nullopt;
  Candidate candidate;
  candidate.end = last.end;
  candidate.year_written = year_written && first.day > 0 && last.day > 0;
  candidate.mention.kind = MentionKind::kDateRange;
  candidate.mention.date = start;
  candidate.mention.date_end = end;
  candidate.mention.note = std::move(note);
  return candidate;
}

// Words of a heading over a list of what is to come: "What's next", "Coming up", "The week
// ahead", "Fixtures", "Diary".
constexpr auto kHeadingAheadWords = std::to_array<std::string_view>({
    "next", "ahead", "coming", "upcoming", "fixtures", "diary",
});
const WordSet kHeadingAheadWordSet(kHeadingAheadWords);

// A weekday at [i, end) opening an item of a list ("- Saturday: ...", "• Sunday — ..."),
// the list's heading, the line over its first item, a heading of what is to come.
bool Scanner::listed_under_a_heading_ahead(std::size_t i, std::size_t end) const {
  const bool bullet = i > 0 && (dash(i - 1) || symbol(i - 1, U'\u2022') || symbol(i - 1, '*')) &&
                      (i - 1 == 0 || tokens_[i - 1].gap == Gap::kNewline);
  if (!bullet || !(symbol(end, ':') || dash(end) || symbol(end, U'\u2014'))) return false;
  // up the list's items to the line over the first
  constexpr std::size_t kListLines = 8;
  std::size_t line = i - 1;
  for (std::size_t lines = 0; lines < kListLines && line > 0; ++lines) {
    const std::size_t above = line_start(line - 1);
    const bool item = dash(above) || symbol(above, U'\u2022') || symbol(above, '*');
    if (!item) {
      constexpr std::size_t kHeadingWords = 8;
      if (line - above > kHeadingWords) return false;
      for (std::size_t t = above; t < line; ++t) {
        if (word_in(t, kHeadingAheadWordSet)) return true;
      }
      return false;
    }
    line = above;
  }
  return false;
}

// What is readied for a day's fixture before it: "tickets for Friday's match", "pole for
// Sunday's race", "the squad for Saturday's game".
constexpr auto kReadiedForFixture = std::to_array<std::string_view>({
    "tickets", "pole", "squad", "team", "preparations", "favourite", "favourites", "odds", "grid",
});

std::optional<Candidate> Scanner::weekday_candidate(int weekday_number, std::size_t end,
                                                    std::string_view mode, std::size_t i) const {
  // (built in the caller's place: every end returns this one object)
  std::optional<Candidate> result(std::in_place);
  Candidate& candidate = *result;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kDate;
  // the label: the mode and the weekday, "next Friday" ("Friday" without a mode)
  const std::string_view mode_space = mode.empty() ? "" : " ";
  const std::string_view day_name = weekday_name(weekday_number);
  if (!published_known_) {
    candidate.mention.note = concat(mode, mode_space, day_name, ": no publication date to place it");
    return result;
  }
  // (counted from the day of writing, a dateline's or a live blog entry's if the text has one)
  const int published_days = days_since_epoch(entry_day_.value_or(published_));
  const int published_weekday = weekday(entry_day_.value_or(published_));
  const int back = (published_weekday - weekday_number + 7) % 7;
  const int ahead = (weekday_number - published_weekday + 7) % 7;
  int offset = -back;
  if (mode == "last") offset = back == 0 ? -7 : -back;
  if (mode == "next") offset = ahead == 0 ? 7 : ahead;
  if (mode == "this") offset = weekday_number - published_weekday;
  if (mode.empty()) {
    Tense tense = tense_before(i);
    if (tense == Tense::kPast) tense = tense_after(i, end);
    // "an amber warning covers Wales until 6pm Thursday": a present state's bound, the
    // coming day ("was in force until Thursday" is past)
    if (tense == Tense::kPast) {
      const std::size_t bound = time_of_day_before(i);
      if (bound > 0 && (word(bound - 1, "until") || word(bound - 1, "till") || word(bound - 1, "through")) &&
          present_sentence(i, end, kShortClauseWords)) {
        tense = Tense::kFuture;
      }
    }
    // "tickets for Friday's fourth match sold out", "took pole for Sunday's grand prix":
    // what is readied for a day's fixture is readied ahead of it, whatever the verb's tense
    if (tense == Tense::kPast && i >= 2 && spaced(i) && word(i - 1, "for") && spaced(i - 1) &&
        word_in(i - 2, kReadiedForFixture) && is_apostrophe(end) && attached(end) && word(end + 1, "s") &&
        attached(end + 1)) {
      tense = Tense::kFuture;
    }
    if (tense == Tense::kFuture) offset = ahead;
    // ("would reach 41 degrees by Saturday": a deadline in a loose future is ahead, as
    // "by the weekend" is)
    if (tense == Tense::kLoose && (ahead < back || (i > 0 && word(i - 1, "by")))) offset = ahead;
    if (tense == Tense::kPast && weekday_bound_in_present(i, end)) offset = ahead;
    // "closed on Friday 19 December and reopened the following Monday": the first such day
    // after the day written in its sentence or the one before ("The talks opened on 2
    // June. On Thursday they broke down" keeps the publication's week, as the corpus
    // reads a bare weekday after a dated sentence)
    if (tense == Tense::kPast && i > 0 && word(i - 1, "following") && dated_day_end_ > 0 &&
        in_sentence_or_next(dated_day_end_, i)) {
      const int days_on = (weekday_number - weekday(dated_day_) + 7) % 7;
      offset = days_since_epoch(dated_day_) + (days_on == 0 ? 7 : days_on) - published_days;
    }
    // "talks will be held on Monday and Tuesday", "polls open on Thursday 12 February and
    // close on Friday": a weekday joined to a date just read ahead of publication is the
    // first such day after it, not one before
    if (const int after = days_after_joined_date(i); after > 0 && published_days + offset < after) {
      offset = after - published_days + (weekday_number - weekday(date_from_days(after)) + 7) % 7;
    }
    // "Valid: 6:00am Tuesday 21 July ... Snow may lower to 600 metres on Tuesday evening":
    // the text has named the coming one with its day, so a bare one is not last week's
    // (in a sentence that says nothing of the past: "a credit from Tuesday 1 December ...
    // The Bureau said on Tuesday" keeps the last one)
    if (offset < 0 && weekday_named_ahead_[weekday_number] > 0 && !past_in_sentence(i, end)) {
      offset = weekday_named_ahead_[weekday_number] - published_days;
    }
    // "The heaviest snow is expected overnight Friday ... as it reaches the valley early
    // Saturday": one the text has read ahead places a later bare one in a sentence that
    // says nothing of the past ("gunfire killed 11 people on Friday, officials said" and
    // "On Monday Hamas freed the hostages" keep theirs)
    if (offset < 0 && weekday_read_ahead_[weekday_number] > 0 && !past_in_sentence(i, end)) {
      offset = weekday_read_ahead_[weekday_number] - published_days;
    }
    // "WHAT'S NEXT / - Saturday: Premier League, Ruaraka v Thika (3pm)": a weekday heading
    // an item of a list under a heading of what is to come is the coming one
    if (offset < 0 && listed_under_a_heading_ahead(i, end)) offset = ahead;
  }
  const Date date = date_from_days(published_days + offset);
  const std::string_view relation = entry_day_ && *entry_day_ != published_ ? (offset == 0 ? "the day of writing"
                                                  : offset < 0 ? "the last before writing"
                                                               : "the next after writing")
                                    : offset == 0 ? "the publication day"
                                    : offset < 0  ? "the last before publication"
                                                  : "the next after publication";
  const std::string_view future_tense = mode.empty() && offset > 0 ? " (future tense)" : "";
  candidate.mention.date = date;
  candidate.mention.note =
      concat(mode, mode_space, day_name, ": read as ", DateWords{date}, ", ", relation, future_tense);
  return result;
}

// The weekday weekday_candidate reads, moved `days` on: "a week on Friday", "Monday
// week", "Friday last week", "the Monday after next". Its note says how it was read:
// `before`, the weekday's name, `after`, then the date.
std::optional<Candidate> Scanner::moved_weekday_candidate(int weekday_number, std::size_t end, std::string_view mode,
                                                          std::size_t i, int days, std::string_view before,
                                                          std::string_view after) const {
  std::optional<Candidate> date = weekday_candidate(weekday_number, end, mode, i);
  if (date && date->mention.date) {
    date->mention.date = date_from_days(days_since_epoch(*date->mention.date) + days);
    date->mention.note =
        concat(before, weekday_name(weekday_number), after, ": read as ", DateWords{*date->mention.date});
  }
  return date;
}

Candidate Scanner::ago_candidate(double amount, std::string_view unit, std::size_t end, bool ahead) const {
  Candidate candidate;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kDate;
  if (unit == "hours" || unit == "minutes" || unit == "seconds") {
    candidate.skip = true;  // "two hours ago" is a time of day
    return candidate;
  }
  const std::string amount_text = number_text(amount);  // the label: "3 years ago"
  const std::string_view way = ahead ? " from now" : " ago";
  // "two and a half years ago", "a year and a half ago": a whole number of months back
  if (unit == "years" && amount != std::floor(amount) && amount * 12 == std::floor(amount * 12)) {
    Candidate months = ago_candidate(amount * 12, "months", end, ahead);
    months.mention.note = concat(amount_text, " years", way, ", as ", months.mention.note);
    return months;
  }
  if (!published_known_ || amount < 1 || amount > 10000 || amount != static_cast<int>(amount)) {
    candidate.mention.note = concat(amount_text, " ", unit, way, ": cannot be placed");
    return candidate;
  }
  const int published_days = days_since_epoch(published_);
  // "two weeks from now", "in five years from now": as far ahead of publication
  if (ahead) {
    const int count = static_cast<int>(amount);
    Date date;
    if (unit == "days") date = date_from_days(published_days + count);
    if (unit == "weeks") date = date_from_days(published_days + 7 * count);
    if (unit == "months") date = shift_months(published_, count);
    if (unit == "years") date = Date{published_.year + count, 0, 0};
    candidate.mention.date = date;
    candidate.mention.note = concat(amount_text, " ", unit, way, ": read as ", DateWords{date});
    return candidate;
  }
  const int count = static_cast<int>(amount);
  // "a year ago today": the same day of the month that many years or months back
  const bool today = word(end, "today") && spaced(end);
  Date date;
  if (unit == "days") date = date_from_days(published_days - count);
  if (unit == "weeks") date = date_from_days(published_days - 7 * count);
  if (unit == "months") date = shift_months(published_, -count);
  if (unit == "years") date = Date{published_.year - count, 0, 0};
  if (today && (unit == "months" || unit == "years")) {
    if (unit == "years") date.month = published_.month;
    date.day = std::min(published_.day, days_in_month(date.year, date.month));
  }
  if (today) candidate.end = end + 1;
  // "two years ago last March": that many years before the month's last passing
  if (!today && unit == "years" && word(end, "last") && spaced(end) && spaced(end + 1)) {
    if (const int month = month_at(end + 1); month > 0) {
      date = Date{published_.year - count - (month >= published_.month ? 1 : 0), month, 0};
      candidate.end = end + 2;
    }
  }
  candidate.mention.date = date;
  candidate.mention.note = concat(amount_text, " ", unit, " ago", today ? " today" : "", ": read as ", DateWords{date});
  return candidate;
}

// "the week before last", "the month before last", "the year before last": two back from
// publication's, spanned without "the" as "day after tomorrow" is ("the year before last
// year's vote" goes on to "last year").
std::optional<Candidate> Scanner::parse_unit_before_last(std::size_t i) const {
  const bool week = word(i, "week");
  const bool month = word(i, "month");
  if (i == 0 || !word(i - 1, "the") || !word(i + 1, "before") || !word(i + 2, "last") || !spaced(i + 1) ||
      !spaced(i + 2) || (has(i + 3, kDurationUnit) && spaced(i + 3))) {
    return std::nullopt;
  }
  Candidate candidate;
  candidate.end = i + 3;
  candidate.mention.kind = week ? MentionKind::kDateRange : MentionKind::kDate;
  const std::string_view label = text_.substr(tokens_[i].begin, tokens_[i + 2].end - tokens_[i].begin);
  if (!published_known_) {
    candidate.mention.note = concat(label, ": no publication date to place it");
    return candidate;
  }
  if (week) {
    const int monday = days_since_epoch(published_) - weekday(published_) - 14;
    candidate.mention.date = date_from_days(monday);
    candidate.mention.date_end = date_from_days(monday + 6);
  } else {
    candidate.mention.date = month ? shift_months(published_, -2) : Date{published_.year - 2, 0, 0};
  }
  candidate.mention.note = concat(label, ": read as two back from publication's");
  return candidate;
}

std::optional<Candidate> Scanner::parse_relative_date(std::size_t i) const {
  if (!has(i, kRelativeDate)) return std::nullopt;
  auto day_candidate = [&](int offset, std::size_t end, std::string_view label) {
    Candidate candidate;
    candidate.end = end;
    candidate.mention.kind = MentionKind::kDate;
    if (!published_known_) {
      candidate.mention.note = concat(label, ": no publication date to place it");
      return candidate;
    }
    // (in a live blog's entry headed "Tuesday, 22:47 GMT", written the day before its
    // publication, "this afternoon" is that Tuesday's)
    const Date date = date_from_days(days_since_epoch(entry_day_.value_or(published_)) + offset);
    candidate.mention.date = date;
    candidate.mention.note = concat(label, ": read as ", DateWords{date});
    return candidate;
  };
  if (word(i, "yesterday")) return day_candidate(-1, i + 1, "yesterday");
  if (word(i, "today")) {
    // "in today's money" is a price level, not a day
    const bool possessive = is_apostrophe(i + 1) && attached(i + 1) &&
                            word(i + 2, "s") && attached(i + 2);
    // so is "at today's rate", "at today's prices": a rate now, not a day's
    if (possessive && i > 0 &&
        (word(i - 1, "in") || (word(i - 1, "at") && (word(i + 3, "rate") || word(i + 3, "rates") ||
                                                     word(i + 3, "prices") || word(i + 3, "pace"))))) {
      return std::nullopt;
    }
    return day_candidate(0, i + 1, "today");
  }
  if (word(i, "tonight")) return day_candidate(0, i + 1, "tonight");
  if (word(i, "tomorrow")) return day_candidate(1, i + 1, "tomorrow");
  // "the day after tomorrow", "the day before yesterday"
  if (word(i, "day") && spaced(i + 1) && spaced(i + 2)) {
    if (word(i + 1, "after") && word(i + 2, "tomorrow")) {
      return day_candidate(2, i + 3, "the day after tomorrow");
    }
    if (word(i + 1, "before") && word(i + 2, "yesterday")) {
      return day_candidate(-2, i + 3, "the day before yesterday");
    }
  }
  if (word(i, "day")) return std::nullopt;
  if (word(i, "week")) {
    if (auto listed = parse_listed_epi_week(i)) return listed;
  }
  // "in week 47", "Week 48": a week of the year, in a text that numbers them so ("week 3 of
  // the strike" counts from another start; "weeks 49 to 52" are read in run())
  if (word(i, "week") && digits(i + 1) && spaced(i + 1) && !(word(i + 2, "of") && spaced(i + 2)) &&
      numbers_iso_weeks()) {
    if (auto week = epi_week_at(i, i, i + 1)) return week;
  }
  if (word(i, "week") || word(i, "month") || word(i, "year")) return parse_unit_before_last(i);
  if (word(i, "epi") || word(i, "epidemiological")) return parse_epi_week(i);

  // "Q3 2025", "H1 2025", "Q1 '26": a quarter or half of a year; "FY2024", "FY24", "FY'26":
  // a financial year
  const auto clipped_year = [&](std::size_t at) {
    const std::optional<DatePart> clipped = parse_clipped_year(at, true);
    return clipped ? clipped->year : 0;
  };
  if ((word(i, "q") || word(i, "h")) && tokens_[i].capitalized && digits(i + 1) && attached(i + 1) &&
      spaced(i + 2) && (year_at(i + 2) > 0 || clipped_year(i + 2) > 0)) {
    const int part = small_number(i + 1);
    const int parts = word(i, "q") ? 4 : 2;
    if (part >= 1 && part <= parts) {
      const int months = 12 / parts;
      const bool clipped = year_at(i + 2) == 0;
      const int year = clipped ? clipped_year(i + 2) : year_at(i + 2);
      Candidate candidate;
      candidate.end = clipped ? i + 4 : i + 3;
      candidate.mention.kind = MentionKind::kDateRange;
      candidate.mention.date = Date{year, (part - 1) * months + 1, 0};
      candidate.mention.date_end = Date{year, part * months, 0};
      return candidate;
    }
  }
  // A financial year is named by the year it ends in and, unless it is the calendar
  // year, began in the one before: India's FY26 runs from April 2025, the US
  // government's from October 2025, Australia's from July 2025.
  // (the token of its digits: "FY'26" writes its year's apostrophe)
  const auto financial_year_digits = [&](std::size_t at) {
    return is_apostrophe(at + 1) && attached(at + 1) && digits(at + 2) && attached(at + 2) &&
                   tokens_[at + 2].size() == 2
               ? at + 2
               : at + 1;
  };
  const auto financial_year = [&](std::size_t at) {
    int year = 0;
    const std::size_t d = financial_year_digits(at);
    if (!(word(at, "fy") && tokens_[at].all_caps && digits(d) &&
          (attached(d) || tokens_[d].gap == Gap::kSingleSpace) &&
          !(attached(d + 1) && d + 1 < token_count_ && tokens_[d + 1].type != TokenType::kSymbol))) {
      return year;
    }
    if (tokens_[d].size() == 4) year = year_at(d);
    if (tokens_[d].size() == 2) year = 2000 + small_number(d);
    return year >= kMinBareYear && year <= kMaxBareYear ? year : 0;
  };
  // "Q3 FY25": which months depends on when that financial year starts ("Q2FY26", as
  // Indian papers write it, solid)
  if (word(i, "q") && tokens_[i].capitalized && digits(i + 1) && attached(i + 1) &&
      (spaced(i + 2) || (attached(i + 2) && word(i + 2, "fy"))) &&
      small_number(i + 1) >= 1 && small_number(i + 1) <= 4 && financial_year(i + 2) > 0) {
    Candidate candidate;
    candidate.end = financial_year_digits(i + 2) + 1;
    candidate.mention.kind = MentionKind::kDateRange;
    // In Indian copy (rupees, crore, India named) the year runs from April: Q2FY26 is July
    // to September 2025
    if (names_india()) {
      const int quarter = small_number(i + 1);
      const int ends = financial_year(i + 2);
      const int first_month = 4 + (quarter - 1) * 3;
      const int year = first_month > 12 ? ends : ends - 1;
      const int month = first_month > 12 ? first_month - 12 : first_month;
      candidate.mention.date = Date{year, month, 0};
      candidate.mention.date_end = Date{year, month + 2, 0};
      candidate.mention.note = "a quarter of India's financial year, which runs from April";
      return candidate;
    }
    candidate.mention.ambiguous = true;
    candidate.mention.note = "a quarter of a financial year: its months depend on when that year starts";
    return candidate;
  }
  // "FY2025/26", "FY2025-26", "FY24-25", "FY 2024-25": both years given, so the range is
  // written, not guessed
  if (word(i, "fy") && tokens_[i].all_caps && digits(i + 1) &&
      (attached(i + 1) || tokens_[i + 1].gap == Gap::kSingleSpace) &&
      (tokens_[i + 1].size() == 4 || tokens_[i + 1].size() == 2) &&
      (symbol(i + 2, '/') || dash(i + 2)) && attached(i + 2) && digits(i + 3) && attached(i + 3) &&
      !(attached(i + 4) && i + 4 < token_count_ && tokens_[i + 4].type != TokenType::kSymbol)) {
    // (year_at takes no year glued to letters)
    const int first = tokens_[i + 1].size() == 2 ? 2000 + small_number(i + 1) : small_number(i + 1);
    const int last = tokens_[i + 3].size() == 2 ? first / 100 * 100 + small_number(i + 3) : small_number(i + 3);
    if (first >= kMinBareYear && first <= kMaxBareYear && last == first + 1) {
      Candidate candidate;
      candidate.end = i + 4;
      candidate.mention.kind = MentionKind::kDateRange;
      candidate.mention.date = Date{first, 0, 0};
      candidate.mention.date_end = Date{last, 0, 0};
      candidate.mention.note = "financial year";
      return candidate;
    }
  }
  if (const int year = financial_year(i)) {
    Candidate candidate;
    candidate.end = financial_year_digits(i) + 1;
    candidate.mention.kind = MentionKind::kDateRange;
    // (a Japanese company names its year by the April it begins: "FY2025" ends in March 2026)
    if (names_yen()) {
      candidate.mention.date = Date{year, 0, 0};
      candidate.mention.date_end = Date{year + 1, 0, 0};
      candidate.mention.note = "financial year: in a story in yen, it begins in April " + std::to_string(year);
      return candidate;
    }
    candidate.mention.date = Date{year - 1, 0, 0};
    candidate.mention.date_end = Date{year, 0, 0};
    candidate.mention.note = "financial year: it ends in " + std::to_string(year) + " and may begin in " +
                             std::to_string(year - 1);
    return candidate;
  }
  // "Q1-Q3 2025", "Q2–Q4 2024": quarters of one year
  if (word(i, "q") && tokens_[i].capitalized && digits(i + 1) && attached(i + 1) && dash(i + 2) &&
      attached(i + 2) && word(i + 3, "q") && attached(i + 3) && digits(i + 4) && attached(i + 4) &&
      spaced(i + 5) && year_at(i + 5) > 0) {
    const int first = small_number(i + 1);
    const int last = small_number(i + 4);
    if (first >= 1 && first < last && last <= 4) {
      Candidate candidate;
      candidate.end = i + 6;
      candidate.mention.kind = MentionKind::kDateRange;
      candidate.mention.date = Date{year_at(i + 5), (first - 1) * 3 + 1, 0};
      candidate.mention.date_end = Date{year_at(i + 5), last * 3, 0};
      return candidate;
    }
  }
  if (word(i, "q") || word(i, "h") || word(i, "fy")) return std::nullopt;


  // "earlier today", "later tonight": the day, spanned whole as "earlier this month" is
  if ((word(i, "earlier") || word(i, "later")) && spaced(i + 1) &&
      (word(i + 1, "today") || word(i + 1, "tonight"))) {
    return day_candidate(0, i + 2, text_.substr(tokens_[i].begin, tokens_[i + 1].end - tokens_[i].begin));
  }
  // "the coming weekend", "this coming weekend": the next Saturday and Sunday ahead of
  // publication (on a weekend, the one after)
  const auto coming_weekend = [&](std::size_t end) {
    return weekend_candidate(i, end, weekday(published_) >= 5 ? 1 : 0);
  };
  if (word(i, "coming") && i > 0 && word(i - 1, "the") && spaced(i) && word(i + 1, "weekend") && spaced(i + 1)) {
    return coming_weekend(i + 2);
  }
  std::size_t k = i;
  if (word(k, "earlier") || word(k, "later")) {
    if (!word(k + 1, "this") || !spaced(k + 1)) return std::nullopt;
    ++k;
  }
  int delta = 0;
  if (word(k, "last")) {
    delta = -1;
  } else if (word(k, "next")) {
    delta = 1;
  } else if (!word(k, "this")) {
    return std::nullopt;
  }
  if ((i > 0 && word(i - 1, "the")) || !spaced(k + 1)) return std::nullopt;
  // "Fifty years ago this week": the anniversary's week, years back, is the date the
  // "ago" reads; this week is not named for itself
  if (delta == 0 && k == i && i > 0 && word(i - 1, "ago") && spaced(i)) return std::nullopt;
  const std::string_view mode = delta < 0 ? "last" : delta > 0 ? "next" : "this";
  const std::size_t unit = k + 1;
  const std::string_view label = text_.substr(tokens_[i].begin, tokens_[unit].end - tokens_[i].begin);
  if (word(unit, "night") && delta < 0) return day_candidate(-1, unit + 1, label);
  if ((word(unit, "morning") || word(unit, "afternoon") || word(unit, "evening")) && delta == 0) {
    return day_candidate(0, unit + 1, label);
  }
  if (const int weekday_number = weekday_at(unit); weekday_number >= 0 && k == i) {
    // "the last Friday of March" is found in the month, as "the first Friday of" is
    if (delta < 0 && of_a_month(unit + 1)) return std::nullopt;
    // "next Thursday, August 21", "last Tuesday, 12 August": the weekday and the date it
    // names, spanned whole as "Thursday, August 21" is
    if (delta != 0 && symbol(unit + 1, ',') && attached(unit + 1) && spaced(unit + 2)) {
      auto part = parse_date_core(unit + 2, false);
      if (part && part->day > 0 && !part->ambiguous && !part->not_a_date) {
        part->weekday = weekday_number;
        return date_candidate(*part, i);
      }
    }
    return weekday_candidate(weekday_number, unit + 1, mode, i);
  }
  // "this past Sunday": the last one before publication, as "last Sunday"
  if (delta == 0 && k == i && word(unit, "past") && spaced(unit + 1)) {
    if (const int weekday_number = weekday_at(unit + 1); weekday_number >= 0) {
      return weekday_candidate(weekday_number, unit + 2, "last", i);
    }
    if (word(unit + 1, "weekend")) return weekend_candidate(i, unit + 2, weekday(published_) >= 5 ? 0 : -1);
  }
  // "this coming Friday": the next one ahead, as "next Friday"
  if (delta == 0 && k == i && word(unit, "coming") && spaced(unit + 1)) {
    if (const int weekday_number = weekday_at(unit + 1); weekday_number >= 0) {
      return weekday_candidate(weekday_number, unit + 2, "next", i);
    }
    if (word(unit + 1, "weekend")) return coming_weekend(unit + 2);
  }
  if (word(unit, "weekend") && k == i) {
    // "last weekend", "this weekend", "next weekend": Saturday and Sunday of the week
    // before, of or after publication's
    return weekend_candidate(i, unit + 1, delta);
  }
  const bool week = word(unit, "week");
  const bool month = word(unit, "month");
  const bool year = word(unit, "year");
  const int month_name = month_at(unit);
  if (!week && !month && !year && month_name == 0) return std::nullopt;
  Candidate candidate;
  candidate.end = unit + 1;
  Mention& mention = candidate.mention;
  mention.kind = week ? MentionKind::kDateRange : MentionKind::kDate;
  if (!published_known_) {
    mention.note = concat(label, ": no publication date to place it");
    return candidate;
  }
  if (week) {
    const int monday = days_since_epoch(published_) - weekday(published_) + 7 * delta;
    mention.date = date_from_days(monday);
    mention.date_end = date_from_days(monday + 6);
    mention.note = concat(label, ": read as the week of ", DateWords{*mention.date}, " to ",
                          DateWords{*mention.date_end});
    return candidate;
  }
  Date date;
  if (month) date = shift_months(published_, delta);
  if (year) date = Date{published_.year + delta, 0, 0};
  if (month_name > 0) {
    int target_year = published_.year;
    if (delta < 0 && month_name >= published_.month) --target_year;
    if (delta > 0 && month_name <= published_.month) ++target_year;
    date = Date{target_year, month_name, 0};
  }
  mention.date = date;
  mention.note = concat(label, ": read as ", DateWords{date});
  return candidate;
}

// Saturday and Sunday of the week `weeks` weeks from publication's, spanned over
// tokens [begin, end).
// "epi week 46", "epidemiological week 46": a surveillance week, numbered as ISO weeks are
// (Monday to Sunday, week 1 the one holding the year's first Thursday), in the year of
// publication, or the year before for a week more than eight weeks ahead
std::optional<Candidate> Scanner::parse_epi_week(std::size_t i) const {
  // "epidemiological weeks 1 to 10", "epi weeks 40-45": from the first week's Monday to
  // the last week's Sunday
  if (word(i + 1, "weeks") && spaced(i + 1)) return epi_week_range_at(i, i + 1);
  if (!word(i + 1, "week") || !spaced(i + 1)) return std::nullopt;
  return epi_week_at(i, i + 1, i + 2);
}

std::optional<Candidate> Scanner::epi_week_range_at(std::size_t begin, std::size_t weeks) const {
  if (!digits(weeks + 1) || !spaced(weeks + 1)) return std::nullopt;
  const std::size_t c = weeks + 2;
  const bool to = word(c, "to") && spaced(c) && spaced(c + 1);
  if (!(to || (attached_dash(c) && attached(c + 1))) || !digits(c + 1) ||
      (attached(c + 2) && c + 2 < token_count_ && tokens_[c + 2].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  auto first = epi_week_at(begin, weeks, weeks + 1);
  auto last = epi_week_at(begin, weeks, c + 1);
  if (!first || !last) return std::nullopt;
  first->end = last->end;
  if (!published_known_) return first;
  if (*last->mention.date < *first->mention.date) return std::nullopt;
  first->mention.date_end = last->mention.date_end;
  first->mention.note = concat(text_.substr(tokens_[begin].begin, tokens_[c + 1].end - tokens_[begin].begin),
                               ": read as ", DateWords{*first->mention.date}, " to ",
                               DateWords{*first->mention.date_end});
  return first;
}

bool Scanner::numbers_iso_weeks() const {
  if (iso_week_text_ < 0) {
    iso_week_text_ = 0;
    // (the week of publication's number: its Monday's days from week 1's)
    const auto week_one_monday = [](int year) {
      const Date fourth{year, 1, 4};
      return days_since_epoch(fourth) - weekday(fourth);
    };
    int this_week = 0;
    if (published_known_) {
      const int day = days_since_epoch(published_);
      int monday = week_one_monday(published_.year + 1);
      if (monday > day) monday = week_one_monday(published_.year);
      if (monday > day) monday = week_one_monday(published_.year - 1);
      this_week = (day - monday) / 7 + 1;
    }
    for (std::size_t t = 0; t + 1 < token_count_; ++t) {
      if (!word(t, "week") || !spaced(t + 1) || !digits(t + 1)) continue;
      const int number = small_number(t + 1);
      if ((t > 0 && (word(t - 1, "epi") || word(t - 1, "epidemiological"))) ||
          (this_week != 0 && (number == this_week || number == this_week - 1))) {
        iso_week_text_ = 1;
        break;
      }
    }
  }
  return iso_week_text_ == 1;
}

std::optional<Candidate> Scanner::parse_listed_epi_week(std::size_t w) const {
  if (!digits(w + 1) || !spaced(w + 1) || w == 0) return std::nullopt;
  // ("epi week 32" itself is read from its "epi"; "the epi week" would be no list)
  if (word(w - 1, "epi") || word(w - 1, "epidemiological")) return std::nullopt;
  for (std::size_t back = w, seen = 0; back > 0 && seen < 60; --back, ++seen) {
    const std::size_t t = back - 1;
    if (tokens_[back].gap == Gap::kNewline) return std::nullopt;
    if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?')) && spaced(back)) return std::nullopt;
    if ((word(t, "epi") || word(t, "epidemiological")) && word(t + 1, "week") && digits(t + 2)) {
      return epi_week_at(w, w, w + 1);
    }
  }
  return std::nullopt;
}

std::optional<Candidate> Scanner::epi_week_at(std::size_t i, std::size_t week, std::size_t n) const {
  if (!(word(week, "week") || word(week, "weeks")) || (n == week + 1 && !spaced(n)) || !digits(n) ||
      (attached(n + 1) && n + 1 < token_count_ && tokens_[n + 1].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  const int number = small_number(n);
  if (number < 1 || number > 53) return std::nullopt;
  Candidate candidate;
  candidate.end = n + 1;
  candidate.mention.kind = MentionKind::kDateRange;
  const std::string_view label = text_.substr(tokens_[i].begin, tokens_[n].end - tokens_[i].begin);
  if (!published_known_) {
    candidate.mention.note = concat(label, ": no publication date to place it");
    return candidate;
  }
  const auto monday_of = [number](int year) {
    const Date fourth{year, 1, 4};
    return days_since_epoch(fourth) - weekday(fourth) + 7 * (number - 1);
  };
  // (a week up to eight ahead is the coming one, "sailings in weeks 49 to 52" in week 48;
  // one further ahead is last year's)
  constexpr int kWeeksAhead = 8;
  int monday = monday_of(published_.year);
  if (monday - days_since_epoch(published_) > 7 * kWeeksAhead) monday = monday_of(published_.year - 1);
  candidate.mention.date = date_from_days(monday);
  candidate.mention.date_end = date_from_days(monday + 6);
  candidate.mention.note = concat(label, ": read as ", DateWords{*candidate.mention.date}, " to ",
                                  DateWords{*candidate.mention.date_end});
  return candidate;
}

Candidate Scanner::weekend_candidate(std::size_t begin, std::size_t end, int weeks) const {
  Candidate candidate;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kDateRange;
  const std::string_view label = text_.substr(tokens_[begin].begin, tokens_[end - 1].end - tokens_[begin].begin);
  if (!published_known_) {
    candidate.mention.note = concat(label, ": no publication date to place it");
    return candidate;
  }
  const int saturday = days_since_epoch(published_) - weekday(published_) + 5 + 7 * weeks;
  candidate.mention.date = date_from_days(saturday);
  candidate.mention.date_end = date_from_days(saturday + 1);
  candidate.mention.note = concat(label, ": read as ", DateWords{*candidate.mention.date}, " to ",
                                  DateWords{*candidate.mention.date_end});
  return candidate;
}

// "over the weekend", "at the weekend", "by the weekend": the Saturday and Sunday last
// begun by publication, or in future tense the coming ones ("last weekend" is read with "last week")
std::optional<Candidate> Scanner::parse_the_weekend(std::size_t i) const {
  if (!the_weekend_at(i) || i == 0 ||
      !(word(i - 1, "over") || word(i - 1, "at") || word(i - 1, "during") || word(i - 1, "on") ||
        word(i - 1, "by") || word(i - 1, "through") || word(i - 1, "throughout") || word(i - 1, "into"))) {
    return std::nullopt;
  }
  // "over the weekend of 14-15 March", "the weekend of the vote": "of" names which
  // weekend, the dates after it or none we can place, not the last one
  if (word(i + 2, "of") && spaced(i + 2)) return std::nullopt;
  const bool weekday_published = weekday(published_) < 5;  // Monday is 0
  // ("temperatures would climb by the weekend": a deadline in a loose future is ahead too,
  // as is where it runs "into": "warned of floods from Wednesday into the weekend")
  const Tense tense = tense_before(i);
  const bool ahead =
      tense == Tense::kFuture || ((word(i - 1, "by") || word(i - 1, "into")) && tense == Tense::kLoose);
  return weekend_candidate(i, i + 2, weekday_published && !ahead ? -1 : 0);
}

// "The dam failed on 11 March 2011. The next day engineers warned of a second breach",
// "The following morning 30 residents were moved": a sentence opened by the day after the
// day written in the sentence before, the story's own time (241's "the next day", 348's
// "The following morning"; "fighting stopped the next day" at a clause's end is left as
// the corpus leaves it, 204, and "from the following day", 76).
std::optional<Candidate> Scanner::parse_the_day_after(std::size_t i) const {
  if (word(i + 3, "of") && spaced(i + 3)) return std::nullopt;
  Candidate candidate;
  candidate.end = i + 3;
  candidate.mention.kind = MentionKind::kDate;
  const Date date = date_from_days(days_since_epoch(dated_day_) + 1);
  candidate.mention.date = date;
  candidate.mention.note = concat(text_.substr(tokens_[i].begin, tokens_[i + 2].end - tokens_[i].begin), ": read as ",
                                  DateWords{date}, ", the day after ", DateWords{dated_day_});
  return candidate;
}

// The token of "The next day" or "The following morning" opening the sentence after the
// one token `from` is in, in the same paragraph, or -1 if none does.
std::size_t Scanner::day_after_opening_next_sentence(std::size_t from) const {
  for (std::size_t t = from; t < token_count_ && t < from + kNarrativeTokenReach; ++t) {
    if (tokens_[t].gap == Gap::kNewline) break;
    if (sentence_stop(t)) {
      return the_day_after_at(t + 1) && tokens_[t + 1].gap != Gap::kNewline ? t + 1 : static_cast<std::size_t>(-1);
    }
  }
  return static_cast<std::size_t>(-1);
}

// "Christmas Day 2023", "New Year's Eve 2024", "Halloween 2022": a fixed holiday with
// its year (without one, "Christmas" names a season more than a day).
std::optional<Candidate> Scanner::parse_holiday(std::size_t i) const {
  if (!may_be_holiday(i)) return std::nullopt;
  auto possessive = [&](std::size_t k) {
    return is_apostrophe(k) && attached(k) && word(k + 1, "s") && attached(k + 1);
  };
  int month = 0;
  int day = 0;
  std::size_t k = i + 1;
  if (word(i, "christmas") && spaced(k) && (word(k, "day") || word(k, "eve"))) {
    month = 12;
    day = word(k, "day") ? 25 : 24;
    ++k;
  } else if (word(i, "boxing") && word(k, "day") && spaced(k)) {
    month = 12;
    day = 26;
    ++k;
  } else if (word(i, "new") && word(k, "year") && spaced(k) && possessive(k + 1) && spaced(k + 3) &&
             (word(k + 3, "day") || word(k + 3, "eve"))) {
    month = word(k + 3, "day") ? 1 : 12;
    day = word(k + 3, "day") ? 1 : 31;
    k += 4;
  } else if (word(i, "halloween")) {
    month = 10;
    day = 31;
  } else if (word(i, "valentine") && possessive(k) && word(k + 2, "day") && spaced(k + 2)) {
    month = 2;
    day = 14;
    k += 3;
  } else {
    return std::nullopt;
  }
  if (symbol(k, ',') && attached(k)) ++k;
  const int year = year_at(k);
  if (year == 0 || !spaced(k)) return std::nullopt;
  Candidate candidate;
  candidate.end = k + 1;
  candidate.year_written = true;
  candidate.mention.kind = MentionKind::kDate;
  candidate.mention.date = Date{year, month, day};
  candidate.mention.note = "holiday";
  return candidate;
}

// "on the 24th", "were held on the 2nd.": a day of the month with no month, the month of
// the last date written before it in its paragraph, or else the publication's, a month on
// or back by tense ("convicted last month." then a new paragraph's "due on the 3rd" is
// the publication's month).
// A noun after it ("on the 24th floor") makes it an ordinal.
std::optional<Candidate> Scanner::parse_day_of_month(std::size_t i) const {
  // ("from the 14th,", "by the 3rd." and "until the 20th." likewise, ending their clause:
  // "from the 14th century" goes on to its noun)
  if (!may_be_day_of_month(i) || i < 2 || !word(i - 1, "the") ||
      !(word(i - 2, "on") || word(i - 2, "from") || word(i - 2, "by") || word(i - 2, "until") ||
        word(i - 2, "since")) ||
      !spaced(i) || !spaced(i - 1)) {
    return std::nullopt;
  }
  const bool on = word(i - 2, "on");
  // "on the 1st of next month", "on the 3rd of last month": the month counted from
  // publication, spanned with the day (as "first of April" is)
  if (published_known_ && word(i + 2, "of") && spaced(i + 2) && spaced(i + 3) && spaced(i + 4) &&
      (word(i + 3, "this") || word(i + 3, "next") || word(i + 3, "last")) && word(i + 4, "month") &&
      !(attached(i + 5) && is_apostrophe(i + 5))) {  // "this month's schedule" names no month of the day
    const int delta = word(i + 3, "next") ? 1 : word(i + 3, "last") ? -1 : 0;
    Date date = shift_months(published_, delta);
    date.day = small_number(i);
    if (!date.valid()) return std::nullopt;
    Candidate candidate;
    candidate.end = i + 5;
    candidate.mention.kind = MentionKind::kDate;
    candidate.mention.date = date;
    candidate.mention.note = concat("the day of the month named from publication: read as ", DateWords{date});
    return candidate;
  }
  const bool ends = i + 2 >= token_count_ ||
                    (tokens_[i + 2].type == TokenType::kSymbol && !dash(i + 2) && !symbol(i + 2, '/') &&
                     (on || symbol(i + 2, ',') || symbol(i + 2, '.') || symbol(i + 2, ';'))) ||
                    (on && spaced(i + 2) && (word(i + 2, "when") || word(i + 2, "at") || word(i + 2, "after") ||
                                             word(i + 2, "before") || word(i + 2, "but")));
  const int day = small_number(i);
  bool month_before = last_month_date_.year > 0;
  for (std::size_t t = last_month_date_end_; month_before && t <= i; ++t) {
    if (tokens_[t].gap == Gap::kNewline) month_before = false;
  }
  if (!ends || day < 1 || day > 31 || (!published_known_ && !month_before)) return std::nullopt;
  Date date;
  std::string note;
  if (month_before) {
    date = Date{last_month_date_.year, last_month_date_.month, day};
    note = concat("no month given: read as ", DateWords{date}, ", in the month of the date before it");
  } else {
    Tense tense = tense_before(i);
    if (tense == Tense::kPast) tense = tense_after(i, i + 2);
    const Date here{published_.year, published_.month, day};
    const bool ahead = day > published_.day;
    date = here;
    // "the shops close on the 24th": a present sentence means the coming one
    if (tense == Tense::kPast && ahead && present_sentence(i, i + 2, kShortClauseWords)) tense = Tense::kFuture;
    if (tense == Tense::kPast && ahead) date = shift_months(published_, -1);
    if (tense == Tense::kFuture && day < published_.day) date = shift_months(published_, 1);
    date.day = day;
    note = concat("no month given: read as ", DateWords{date},
                  tense == Tense::kFuture ? ", the next after publication" : ", the last before publication");
  }
  if (!date.valid()) return std::nullopt;
  Candidate candidate;
  candidate.end = i + 2;
  candidate.mention.kind = MentionKind::kDate;
  candidate.mention.date = date;
  candidate.mention.year_inferred = true;
  candidate.mention.note = std::move(note);
  return candidate;
}

std::optional<Candidate> Scanner::parse_numbered_period(std::size_t i) const {
  const int part = small_number(i);
  const int parts = word(i + 1, "q") ? 4 : 2;
  if (part < 1 || part > parts || !tokens_[i + 1].capitalized ||
      (i > 0 && attached(i) && tokens_[i - 1].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  // its year glued on in two digits ("1H25") or spaced in four ("1H 2025"); "2Q" alone, or
  // glued to more letters ("3Q25s"), is no period
  int year = 0;
  std::size_t end = 0;
  if (digits(i + 2) && attached(i + 2) && tokens_[i + 2].size() == 2) {
    year = 2000 + small_number(i + 2);
    end = i + 3;
  } else if (spaced(i + 2) && year_at(i + 2) > 0) {
    year = year_at(i + 2);
    end = i + 3;
  }
  if (end == 0 || (attached(end) && end < token_count_ && tokens_[end].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  const int months = 12 / parts;
  Candidate candidate;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kDateRange;
  candidate.mention.date = Date{year, (part - 1) * months + 1, 0};
  candidate.mention.date_end = Date{year, part * months, 0};
  return candidate;
}

std::optional<Candidate> Scanner::parse_date_expression(std::size_t i) const {
  if (!may_begin_date(i)) {
    // (number words have no date role: a year said aloud is tried here alone)
    if (auto part = parse_spoken_year(i)) return date_candidate(*part, i);
    return std::nullopt;
  }
  if (tokens_[i].type == TokenType::kSymbol) {
    if (auto year = parse_clipped_year(i)) return date_candidate(*year, i);
    return std::nullopt;
  }
  if (may_be_day_of_month(i)) {
    if (auto day = parse_day_of_month(i)) return day;
  }
  // (holidays, relative dates and weekdays are words: digits, most of the tokens tried here,
  // are passed over in one test)
  if (tokens_[i].type == TokenType::kWord) {
    if (may_be_holiday(i)) {
      if (auto holiday = parse_holiday(i)) return holiday;
    }
    if (auto relative = parse_relative_date(i)) return relative;
    // "a week on Friday": the Friday ahead, and a week after it
    if (has(i, kArticle) && word(i + 1, "week") && word(i + 2, "on") && spaced(i + 1) && spaced(i + 2) &&
        spaced(i + 3)) {
      if (const int weekday_number = weekday_at(i + 3); weekday_number >= 0) {
        return moved_weekday_candidate(weekday_number, i + 4, "next", i, 7, "a week on ", "");
      }
    }
    // "on Monday week", "meets Thursday week": British for "a week on Monday", the Monday
    // ahead and a week after it ("Monday week's hearing", "Monday week 3", "last Monday
    // week", "every Monday week" are no such day)
    if (const int weekday_number = weekday_at(i);
        weekday_number >= 0 && i > 0 && word(i + 1, "week") && spaced(i + 1) &&
        tokens_[i - 1].type == TokenType::kWord && !has(i - 1, kArticle | kRelativeDate) && !word(i - 1, "the") &&
        !word(i - 1, "every") && !word(i - 1, "each") &&
        (i + 2 >= token_count_ || (tokens_[i + 2].type == TokenType::kSymbol && !is_apostrophe(i + 2)))) {
      return moved_weekday_candidate(weekday_number, i + 2, "next", i, 7, "", " week");
    }
    // "Monday through Wednesday last week": a range of weekdays placed by its week
    if (weekday_at(i) >= 0 && spaced(i + 1) && weekday_at(i + 2) >= 0) {
      if (auto range = weekday_range(i, i, false)) return range;
    }
    if (const int weekday_number = weekday_at(i, true); weekday_number >= 0) {
      // "the second Tuesday of March": a rule for finding a day, whose month is the date;
      // so "the first Monday in May" ("last Friday in March" may be last week's, in March)
      const bool in_a_month = word(i + 1, "in") && spaced(i + 1) && spaced(i + 2) && month_at(i + 2) > 0;
      if (i > 0 && spaced(i) &&
          (((has(i - 1, kOrdinal) || word(i - 1, "last")) && of_a_month(i + 1)) ||
           (has(i - 1, kOrdinal) && in_a_month))) {
        return std::nullopt;
      }
      // "the market is held every Monday": a day that recurs, no date; "compared with an
      // average Monday", "on a typical Saturday": a kind of day, no date either
      if (i > 0 && (word(i - 1, "every") || word(i - 1, "each")) && spaced(i)) return std::nullopt;
      if (i > 1 && spaced(i) && has(i - 2, kArticle) &&
          (word(i - 1, "average") || word(i - 1, "typical") || word(i - 1, "normal") || word(i - 1, "ordinary") ||
           word(i - 1, "usual"))) {
        return std::nullopt;
      }
      // "at most Saturday auctions", "all Sunday services": a kind of day's events, counted
      // over many weeks ("most of Saturday" and "all Sunday" alone stay dates)
      if (i > 0 && (word(i - 1, "most") || word(i - 1, "all") || word(i - 1, "many")) && spaced(i) &&
          spaced(i + 1) && tokens_[i + 1].type == TokenType::kWord && !tokens_[i + 1].capitalized &&
          tokens_[i + 1].size() > 3 && text_of(i + 1).back() == 's' && tokens_[i + 1].lexeme == nullptr) {
        return std::nullopt;
      }
      // "Good Friday", "Black Friday", "Easter Monday", "Super Tuesday": a day the calendar or
      // trade names, not the weekday nearest publication
      if (i > 0 && spaced(i) && tokens_[i - 1].capitalized && word_in(i - 1, kNamedWeekdayFirstWords)) {
        return std::nullopt;
      }
      // "the Eugene Saturday Market", "the Sunday Times", "the Monday Club": a market, a paper
      // or a club named after the day it meets or comes out, after "the" or another word of
      // its name ("on Sunday Times Square was quiet" is the day)
      if (spaced(i + 1) && i + 1 < token_count_ && tokens_[i + 1].capitalized && word_in(i + 1, kWeekdayNamedThings) &&
          i > 0 && spaced(i) && (word(i - 1, "the") || (tokens_[i - 1].capitalized && !word(i - 1, "on")))) {
        return std::nullopt;
      }
      // "on Monday last", "on Friday next": the British order of "last Monday", "next Friday",
      // at the end of a clause ("Monday last week" is read above)
      if ((word(i + 1, "last") || word(i + 1, "next")) && spaced(i + 1) &&
          (i + 2 >= token_count_ || (tokens_[i + 2].type == TokenType::kSymbol && !is_apostrophe(i + 2)))) {
        return weekday_candidate(weekday_number, i + 2, word(i + 1, "last") ? "last" : "next", i);
      }
      // "on Wednesday next week", "Friday last week": that weekday in the week named, one
      // before or after the publication's week (Monday to Sunday)
      if ((word(i + 1, "next") || word(i + 1, "last")) && word(i + 2, "week") && spaced(i + 1) && spaced(i + 2)) {
        const bool next = word(i + 1, "next");
        return moved_weekday_candidate(weekday_number, i + 3, "this", i, next ? 7 : -7, "",
                                       next ? " next week" : " last week");
      }
      // "the Monday after next": the Monday a week after next Monday
      if (word(i + 1, "after") && word(i + 2, "next") && spaced(i + 1) && spaced(i + 2)) {
        return moved_weekday_candidate(weekday_number, i + 3, "next", i, 7, "", " after next");
      }
      std::size_t k = i + 1;
      const bool abbreviated = tokens_[i].size() < 6;
      if (abbreviated && symbol(k, '.') && attached(k)) ++k;  // "Sat., Jan. 3"
      if (symbol(k, ',') && attached(k)) ++k;
      // "Monday 23 to Thursday 26 November": two weekdays with their days, the month written
      // once at the end, one range as "from Monday 1 to Sunday 7 December" is
      if (i > 0 && k == i + 1 && spaced(k) && digits(k) && tokens_[k].size() <= 2 && spaced(k + 1) &&
          (word(k + 1, "to") || word(k + 1, "until") || word(k + 1, "through")) && weekday_at(k + 2) >= 0) {
        if (auto range = weekday_dated_range(i - 1, false)) return range;
      }
      if (spaced(k)) {
        auto part = parse_date_core(k, false);
        if (part && part->day > 0 && !part->ambiguous && !part->not_a_date) {
          part->weekday = weekday_number;
          return date_candidate(*part, i);
        }
      }
      // "Thursday the tenth of December", "Friday the 13th of March": the date as it is
      // said, its article between (a day with no month is read below)
      if (word(k, "the") && spaced(k) && spaced(k + 1)) {
        auto part = parse_date_core(k + 1, false);
        if (part && part->day > 0 && part->month > 0 && !part->ambiguous && !part->not_a_date) {
          part->weekday = weekday_number;
          return date_candidate(*part, i);
        }
      }
      // "on a Friday", "a Sunday of protests": one such day, not which ("on a Tuesday, 3
      // February" is read with its date above)
      if (i > 0 && has(i - 1, kArticle) && spaced(i)) return std::nullopt;
      // "The Friday lectures start on 22 May", "the Sunday papers": a day of each week that
      // names a plural, no day of its own ("the Monday meeting" is one)
      if (i > 0 && word(i - 1, "the") && spaced(i + 1) && i + 1 < token_count_ &&
          tokens_[i + 1].type == TokenType::kWord && !tokens_[i + 1].capitalized && tokens_[i + 1].lexeme == nullptr &&
          text_of(i + 1).size() > 3 && text_of(i + 1).back() == 's' && !text_of(i + 1).ends_with("ss")) {
        return std::nullopt;
      }
      // "temps to hit 34C by Sat", "fares rise from Sun", "polls close 10pm Thu": a headline's
      // or a listing's weekday cut short, after a word that dates or a clock's time, its
      // clause ending with it ("from Sun Pharma", "by Sun reporters" name no day)
      if (abbreviated && i > 0 && spaced(i) &&
          (word(i - 1, "by") || word(i - 1, "from") || word(i - 1, "on") || word(i - 1, "until") ||
           word(i - 1, "till") ||
           ((word(i - 1, "pm") || word(i - 1, "am")) && attached(i - 1) && i > 1 && digits(i - 2))) &&
          (i + 1 >= token_count_ || tokens_[i + 1].gap == Gap::kNewline ||
           (symbol(i + 1, '.') || symbol(i + 1, ',') || symbol(i + 1, ';') || symbol(i + 1, ':') ||
            symbol(i + 1, ')') || symbol(i + 1, '!') || symbol(i + 1, '?')))) {
        return weekday_candidate(weekday_number, i + 1, "", i);
      }
      if (!abbreviated) {
        auto weekday_date = weekday_candidate(weekday_number, i + 1, "", i);
        // "Wednesday, the 24th", "Friday the 13th", "Wednesday 18th" (the comma, and the
        // article, are often left out): the day of the month settles which weekday, the
        // nearest such one to where the weekday alone was placed; "on Monday (12)", the day in
        // brackets, as Sri Lankan and Indian papers write it
        const bool bracketed_day = symbol(k, '(') && spaced(k) && digits(k + 1) && attached(k + 1) &&
                                   tokens_[k + 1].size() <= 2 && symbol(k + 2, ')') && attached(k + 2);
        const std::size_t n = bracketed_day || (word(k, "the") && spaced(k)) ? k + 1 : k;
        if (weekday_date && weekday_date->mention.date &&
            (bracketed_day || (digits(n) && spaced(n) && has(n + 1, kOrdinalSuffix) && attached(n + 1)))) {
          const int day = small_number(n);
          const int placed = days_since_epoch(*weekday_date->mention.date);
          for (int weeks = 0; weeks <= kMaxWeeksToDayOfMonth; ++weeks) {
            const Date later = date_from_days(placed + 7 * weeks);
            const Date earlier = date_from_days(placed - 7 * weeks);
            if (later.day == day || earlier.day == day) {
              weekday_date->mention.date = later.day == day ? later : earlier;
              weekday_date->mention.note += "; the " + std::to_string(day) + " of its month";
              weekday_date->end = n + 2;
              break;
            }
          }
        }
        return weekday_date;
      }
    }
  }
  if (digits(i) || has(i, kMonth)) {
    if (auto part = parse_date_core(i, true)) {
      if (part->not_a_date) {
        Candidate skipped;
        skipped.skip = true;
        skipped.end = part->end;
        return skipped;
      }
      // "4-22 October", "January–March 2024"
      const std::size_t d = part->end;
      // "the strike ran 5 to 9 January": two days joined by "to" before their month, as
      // "from 5 to 9 January" is (a day alone before "to" is otherwise a count: "5 to 9")
      if (part->day > 0 && part->month == 0 && part->year == 0 && !part->ambiguous && word(d, "to") &&
          spaced(d) && digits(d + 1) && spaced(d + 1)) {
        if (auto last = parse_date_core(d + 1, false); last && last->day > part->day && last->month > 0) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      const bool joined = dash(d) && ((attached(d) && attached(d + 1)) ||
                                      (symbol(d, U'–') && spaced(d) && spaced(d + 1)));
      // "Aug 3 - 5": a hyphen spaced as a dash, between two days after their month ("on
      // Aug 3 - 5 people died" is a dash before a count)
      const bool spaced_hyphen = symbol(d, '-') && spaced(d) && digits(d + 1) && spaced(d + 1) &&
                                 !(spaced(d + 2) && counted_noun(d + 2));
      // "April 20 through 24": "through" joins only dates, so needs no "from" ("to" may end a
      // count or a move: "cut on April 20 to 24 staff")
      const bool through = (word(d, "through") || word(d, "thru")) && spaced(d) && digits(d + 1) && spaced(d + 1) &&
                           !(spaced(d + 2) && counted_noun(d + 2));
      // "staff were cut on April 20 to 24.": after a verb of change, "to" gives where it went
      const auto after_change = [&] {
        for (std::size_t k = i; k > 0 && i - k < kChangeLookback; --k) {
          if (word_in(k - 1, kChangeVerbSet)) return true;
        }
        return false;
      };
      // "(June 8 to 14)": "to" joins two days after their month inside brackets (elsewhere
      // it may end a count or a move, as above; "from June 8 to 14" is read from "from");
      // "the strike ran Jan 5 to 9." likewise, the second day ending its clause or taking
      // the year ("cut on April 20 to 24 staff", "to 24%" go on)
      const bool clause_ends = (d + 2 >= token_count_ || tokens_[d + 2].gap == Gap::kNewline ||
                                ((symbol(d + 2, '.') || symbol(d + 2, ';') || symbol(d + 2, ',')) &&
                                 attached(d + 2) && (!digits(d + 3) || year_at(d + 3) > 0))) &&
                               !after_change();
      const bool to_days = word(d, "to") && spaced(d) && digits(d + 1) && spaced(d + 1) && i > 0 &&
                           ((symbol(i - 1, '(') && symbol(d + 2, ')') && attached(d + 2)) || clause_ends);
      if (!part->ambiguous && (joined || spaced_hyphen || through || to_days) && has(i, kMonth) && part->day > 0 &&
          part->year == 0) {
        // "May 12-13", "Jan. 5-7, 2026": the month written once, before the first day
        auto last = parse_date_core(d + 1, true);
        if (last && last->month == 0 && last->day > part->day && !has(last->end, kMonth)) {
          last->month = part->month;
          std::size_t y = last->end;
          if (symbol(y, ',') && attached(y) && spaced(y + 1)) ++y;
          if (year_at(y) > 0 && spaced(y)) {
            last->year = year_at(y);
            last->end = y + 1;
          }
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      // "June 30 - July 4", "4 May - 19 June": a hyphen spaced as a dash between two days,
      // each with its month; "24 - 30 October 2025", a reporting period: the first day's
      // month written once, after the later day
      const bool dashed_dates = symbol(d, '-') && spaced(d) && spaced(d + 1) && part->day > 0 &&
                                (month_at(d + 1) > 0 || digits(d + 1));
      if (!part->ambiguous && (joined || dashed_dates)) {
        if (auto last = parse_date_core(d + 1, false);
            last && (!dashed_dates || (last->day > 0 && last->month > 0 &&
                                       (part->month > 0 || (last->day > part->day && part->year == 0))))) {
          // "July–September": two month names in full make a range of months; "May"
          // and abbreviations need a date context ("in May–June") as "May" does alone
          auto full_name = [&](std::size_t t) { return text_of(t).size() >= 4 && !word(t, "sept"); };
          // "Dec–Feb" in capitals: abbreviations that are no other word ("may" is one)
          auto capital_abbreviation = [&](std::size_t t) { return tokens_[t].capitalized && !word(t, "may"); };
          const bool month_names = part->bare_month && last->bare_month &&
                                   ((full_name(i) && full_name(d + 1)) || year_context_before(i) ||
                                    (capital_abbreviation(i) && capital_abbreviation(d + 1)));
          if (!last->bare_month || last->year > 0 || month_names) {
            if (auto range = range_candidate(*part, *last, i)) return range;
          }
        }
      }
      // "the April-to-June cap", "a July-to-September quarter": two months hyphened with
      // "to" into one word, a range of months (a day or a year in it is no such word)
      if (part->bare_month && attached_dash(d) && word(d + 1, "to") && attached(d + 1) && dash(d + 2) &&
          attached(d + 2) && attached(d + 3) && month_at(d + 3) > 0) {
        auto last = parse_date_core(d + 3, false);
        if (last && last->bare_month && last->year == 0 && !(attached_dash(last->end))) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      // "June through August", "September to November": months in full, a range without
      // "from"
      if (part->bare_month && (word(d, "through") || word(d, "to")) && spaced(d) && spaced(d + 1) &&
          text_of(i).size() >= 4) {
        auto last = parse_date_core(d + 1, false);
        if (last && last->month > 0 && last->day == 0 && text_of(d + 1).size() >= 4) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      // "the Gaza war, November 2023 to October 2025": months each with its year, the later
      // after "to" or "through" (not after a verb of change: "cut in May 2024 to June 2025
      // levels" gives where it went)
      if (part->day == 0 && part->month > 0 && part->year > 0 && (word(d, "through") || word(d, "to")) &&
          spaced(d) && spaced(d + 1) && month_at(d + 1) > 0 && !after_change()) {
        auto last = parse_date_core(d + 1, false);
        if (last && last->day == 0 && last->month > 0 && last->year > 0 &&
            (last->year > part->year || (last->year == part->year && last->month > part->month))) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      // "Reporting period: 26 January to 4 February 2026": two days, each with its
      // month, a range without "from" (a move of a date, "moved from 26 January to
      // 4 February", has its "from" and is read there); "Build dates: Jan. 11, 2021, to
      // Aug. 30, 2024": the comma that closes the first's written year is the date's
      const std::size_t to = part->year > 0 && part->day > 0 && symbol(d, ',') && attached(d) ? d + 1 : d;
      if (part->day > 0 && part->month > 0 && word(to, "to") && spaced(to) && spaced(to + 1) &&
          !(i > 0 && word(i - 1, "on"))) {
        auto last = parse_date_core(to + 1, false);
        if (last && last->day > 0 && last->month > 0 && (last->year > 0 || part->year == 0)) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      // "Reporting period: 8 to 14 November 2025": a day, "to", then a later day with its
      // month, the month written once after the last day, a range without "from" (a count
      // that moves names no month: "rose 8 to 14 points")
      if (part->month == 0 && part->day > 0 && word(d, "to") && spaced(d) && digits(d + 1) && spaced(d + 1)) {
        auto last = parse_date_core(d + 1, false);
        if (last && last->day > part->day && last->month > 0) {
          if (auto range = range_candidate(*part, *last, i)) return range;
        }
      }
      if (part->month == 0 && part->day > 0) {
        // a day alone is just a number
      } else if (part->bare_month && part->month % 3 == 0 && i > 0 &&
                 (word(i - 1, "the") || (word(i - 1, "in") && spaced(i))) && word(i + 1, "quarter") &&
                 spaced(i + 1)) {
        // "in the June quarter": the three months to June (Australian usage), the
        // quarter's year read as its last month's; "the December quarter of 2021" with its
        // year; "in June quarter" in a headline, without the article
        DatePart quarter_part = *part;
        std::size_t quarter_end = i + 2;
        if (word(i + 2, "of") && spaced(i + 2) && spaced(i + 3) && year_at(i + 3) > 0) {
          quarter_part.year = year_at(i + 3);
          quarter_end = i + 4;
        }
        if (auto quarter = date_candidate(quarter_part, i); quarter && quarter->mention.date) {
          const Date last = *quarter->mention.date;
          quarter->mention.kind = MentionKind::kDateRange;
          quarter->mention.date = Date{last.year, last.month - 2, 0};
          quarter->mention.date_end = last;
          quarter->end = quarter_end;
          return quarter;
        }
      } else if (part->bare_month) {
        // "the October deal", "for August"; "May" and "Oct" only after "in", "since"...,
        // "July" also in "the 12 months to July", and "May" after a span's unit ("the year to
        // May"; "an adviser to May" is a name's)
        const bool to_month = i > 0 && word(i - 1, "to") && spaced(i) &&
                              (!word(i, "may") || (i > 1 && spaced(i - 1) && has(i - 2, kDurationUnit)));
        // "the first 11 days of May", "the last two weeks of May": the month a span's unit
        // lies in ("a person may" has no unit and "of" before it)
        const bool span_of_month = i > 1 && word(i - 1, "of") && spaced(i) && spaced(i - 1) &&
                                   has(i - 2, kDurationUnit);
        // "above May's reading", "June's figure": a month's own release (but "Theresa
        // May's decision" is a name's)
        const bool month_report = is_apostrophe(i + 1) && attached(i + 1) && word(i + 2, "s") && attached(i + 2) &&
                                  spaced(i + 3) && word_in(i + 3, kMonthReportSet) &&
                                  !(i > 0 && tokens_[i - 1].type == TokenType::kWord && tokens_[i - 1].capitalized);
        // "the second Thursday of May", "the last Friday in June": the month a rule finds its day in
        const bool rule_month = i > 2 && (word(i - 1, "of") || word(i - 1, "in")) && spaced(i) && spaced(i - 1) &&
                                weekday_at(i - 2) >= 0 && (has(i - 3, kOrdinal) || word(i - 3, "last"));
        // "the May budget", "will release May inflation data": the names May, June and July
        // before a noun in lower case, after "the" or before a month's report ("Theresa May
        // budget talks" is a name's); "12 months starting June", "the CPI indicator for
        // July" (a month's report: "a record for June" is the calendar month in general,
        // and "for May" may be a name's)
        const bool full_name = tokens_[i].capitalized && (word(i, "may") || word(i, "june") || word(i, "july"));
        const bool noun_after = spaced(i + 1) && i + 1 < token_count_ && tokens_[i + 1].type == TokenType::kWord &&
                                !tokens_[i + 1].capitalized;
        // ("unchanged from its May forecast", "their June meeting": after a possessive too)
        const bool month_before_noun =
            full_name && noun_after && i > 0 && spaced(i) &&
            (word(i - 1, "the") || word(i - 1, "its") || word(i - 1, "their") || word(i - 1, "our") ||
             ((word_in(i + 1, kMonthReportSet) || word(i + 1, "inflation") || word(i + 1, "budget")) &&
              !(tokens_[i - 1].type == TokenType::kWord && tokens_[i - 1].capitalized)));
        const bool month_after_lead = full_name && !word(i, "may") && i > 0 && spaced(i) &&
                                      ((word(i - 1, "for") && i > 1 &&
                                        (word_in(i - 2, kMonthReportSet) || word(i - 2, "indicator") ||
                                         word(i - 2, "index") || word(i - 2, "inflation"))) ||
                                       word(i - 1, "starting") || word(i - 1, "beginning")) &&
                                      !(spaced(i + 1) && i + 1 < token_count_ &&
                                        tokens_[i + 1].type == TokenType::kWord && tokens_[i + 1].capitalized);
        // "a scorching June", "a wet July": June and July after "a" and a word in lower case
        // that describes them, a particular month ("the warmest June since 1880" compares
        // the calendar month in general; "May" is left: "a person may apply"; "a singer June
        // Carter" goes on to a capitalised name)
        const bool described_month =
            full_name && !word(i, "may") && i > 1 && spaced(i) && spaced(i - 1) &&
            (word(i - 2, "a") || word(i - 2, "an")) &&
            tokens_[i - 1].type == TokenType::kWord && !tokens_[i - 1].capitalized &&
            (text_of(i - 1).ends_with("est") || text_of(i - 1).ends_with("ing") || word_in(i - 1, kMonthWeatherSet)) &&
            !(spaced(i + 1) && i + 1 < token_count_ && tokens_[i + 1].type == TokenType::kWord &&
              tokens_[i + 1].capitalized);
        // "June was the sunniest on record", "July is the busiest month": a month ranked by
        // a superlative ("June Carter was", "Theresa May was" are names; "May was the best
        // candidate" a name's, so May only as a month or on record)
        const bool ranked_month =
            full_name && spaced(i + 1) && (word(i + 1, "was") || word(i + 1, "is")) && word(i + 2, "the") &&
            i + 3 < token_count_ && tokens_[i + 3].type == TokenType::kWord && text_of(i + 3).ends_with("est") &&
            !(i > 0 && tokens_[i - 1].type == TokenType::kWord && tokens_[i - 1].capitalized && same_line(i)) &&
            (!word(i, "may") || word(i + 4, "month") || (word(i + 4, "on") && word(i + 5, "record")));
        if (!needs_context(text_of(i)) || year_context_before(i) || to_month || span_of_month || month_report || rule_month ||
            month_before_noun || month_after_lead || described_month || ranked_month) {
          return date_candidate(*part, i);
        }
      } else {
        return date_candidate(*part, i);
      }
    }
  }
  const auto decade_candidate = [](int first_year, std::size_t end) {
    Candidate candidate;
    candidate.end = end;
    candidate.mention.kind = MentionKind::kDateRange;
    candidate.mention.date = Date{first_year, 0, 0};
    candidate.mention.date_end = Date{first_year + 9, 0, 0};
    candidate.mention.note = "decade";
    return candidate;
  };
  // "temperatures in the seventies", "highs in the mid-90s": heat, not a decade
  const auto temperature_before = [&](std::size_t t) {
    for (std::size_t back = t; back > 0 && back + 5 > t; --back) {
      if (word(back - 1, "temperature") || word(back - 1, "temperatures") || word(back - 1, "degrees") ||
          word(back - 1, "highs") || word(back - 1, "lows") || word(back - 1, "mid")) {
        return true;
      }
    }
    return false;
  };
  // "1990s"; "the 1800s", "the late 1900s": a round hundred before 2000 is said of its
  // century more than of its first decade ("the 2000s" is the decade, as the corpus reads it)
  if (const int year = decade_at(i); year > 0) {
    Candidate decade = decade_candidate(year, i + 2);
    if (year % 100 == 0 && year < 2000) {
      decade.mention.date_end = Date{year + 99, 0, 0};
      decade.mention.note = "century";
    }
    return decade;
  }
  // "the seventies", "the late eighties": a decade of the 1900s in words, spanned as the
  // word (as "1990s" is); "in their seventies" is an age
  if (has(i, kDecadeWord) && i > 1 && spaced(i)) {
    std::size_t t = i - 1;
    if ((word(t, "early") || word(t, "mid") || word(t, "late")) && t > 0) --t;
    if (word(t, "the") && !temperature_before(t)) {
      return decade_candidate(1900 + static_cast<int>(tokens_[i].lexeme->number), i + 1);
    }
  }
  // "the 90s", "the '80s": a decade of the 1900s, but not "in their 90s" (an age) or
  // "temperatures in the 90s"
  if (digits(i) && tokens_[i].size() == 2 && word(i + 1, "s") && attached(i + 1) &&
      !(attached(i + 2) && i + 2 < token_count_ && tokens_[i + 2].type != TokenType::kSymbol)) {
    const int decade = small_number(i);
    std::size_t t = i;
    // (the opening quote a word processor sets for the apostrophe: "the ‘70s")
    const bool clipped = t > 0 && (is_apostrophe(t - 1) || symbol(t - 1, U'\u2018')) && attached(t);
    if (clipped) --t;
    // "the late '70s", "the early 90s": the decade, spanned without its part, as "the late
    // 1970s" is ("the mid-90s" is as often heat, "the mid-'80s" never)
    if (t > 1 && spaced(t) && (word(t - 1, "early") || word(t - 1, "late"))) --t;
    if (clipped && t > 2 && dash(t - 1) && attached(t) && attached(t - 1) && word(t - 2, "mid") && spaced(t - 2)) t -= 2;
    // "the '00s", "the ’10s": a decade of this century only with its apostrophe
    if ((decade >= 20 || clipped) && decade % 10 == 0 && t > 0 && word(t - 1, "the") && spaced(t) &&
        !temperature_before(t)) {
      return decade_candidate((decade >= 20 ? 1900 : 2000) + decade, i + 2);
    }
  }
  if (const int year = digits(i) && tokens_[i].size() == 4 ? small_number(i) : 0;
      year >= kMinContextYear && year <= kMaxBareYear) {
    if (auto span = parse_year_span(i)) {
      // "2022-23 to 2024-25": two seasons joined, from the first's start to the last's end
      if (auto joined = join_year_spans(*span, "to")) return joined;
      return span;
    }
    if (auto part = parse_bare_year(i, false)) {
      // "the plan covers 2026 to 2030": two bare years joined by "to" are one range ("from"
      // and "between" before them are read as prefixed ranges)
      const std::size_t c = part->end;
      if (word(c, "to") && spaced(c) && spaced(c + 1)) {
        if (auto last = parse_bare_year(c + 1, false); last && last->year > part->year && last->month == 0) {
          auto range = date_candidate(*part, i);
          if (range) {
            range->mention.kind = MentionKind::kDateRange;
            range->mention.date_end = Date{last->year, 0, 0};
            range->end = last->end;
            return range;
          }
        }
      }
      return date_candidate(*part, i);
    }
  }
  return std::nullopt;
}

// The months of the Islamic calendar written as one word, in their order from 1.
constexpr std::pair<std::string_view, int> kHijriMonths[] = {
    {"muharram", 1}, {"safar", 2}, {"rajab", 7}, {"shaban", 8}, {"ramadan", 9}, {"ramadhan", 9}, {"shawwal", 10},
};
// Julian day numbers: 1 Muharram 1 AH (16 July 622) is day 1948440 less one, and
// 1 January 1970 is day 2440588.
constexpr int kHijriEpoch = 1948439;
constexpr int kUnixEpochJulianDay = 2440588;
constexpr int kHijriDaysInYear = 354;
constexpr int kHijriCycleYears = 30;
constexpr int kMinHijriYear = 1300;
constexpr int kMaxHijriYear = 1600;

// "1 Ramadan 1447", "29 Shaban 1447 AH": a day of the Islamic calendar, which Gulf and South
// Asian papers write beside the Gregorian, as the day of the arithmetic (tabular) calendar;
// the sighted moon may move it a day. Its day, month and year are no figures of their own.
std::optional<Candidate> Scanner::parse_hijri_date(std::size_t i) const {
  if (tokens_[i].size() > 2 || !spaced(i + 1) || !tokens_[i + 1].capitalized || !digits(i + 2) ||
      tokens_[i + 2].size() != 4 || !spaced(i + 2)) {
    return std::nullopt;
  }
  int month = 0;
  for (const auto& [name, number] : kHijriMonths) {
    if (word(i + 1, name)) month = number;
  }
  const int day = small_number(i);
  const int year = small_number(i + 2);
  if (month == 0 || day < 1 || day > 30 || year < kMinHijriYear || year > kMaxHijriYear) return std::nullopt;
  // the tabular calendar: months of 30 and 29 days by turns, 11 leap years in 30
  const int julian_day = day + static_cast<int>(std::ceil(29.5 * (month - 1))) + (year - 1) * kHijriDaysInYear +
                         (3 + 11 * year) / kHijriCycleYears + kHijriEpoch;
  Candidate candidate;
  candidate.end = i + 3;
  if (spaced(i + 3) && text_of(i + 3) == "AH") ++candidate.end;
  candidate.year_written = true;
  candidate.year_stated = true;
  candidate.mention.kind = MentionKind::kDate;
  candidate.mention.date = date_from_days(julian_day - kUnixEpochJulianDay);
  candidate.mention.note = "a day of the Islamic calendar";
  return candidate;
}

// "AD 79", "AD 525": a year of the era with its letters, which may be earlier than any
// year read alone; "c. 1450", "c.1450": about a year (circa), of four digits.
std::optional<Candidate> Scanner::parse_era_year(std::size_t i) const {
  std::size_t y = i + 1;
  const bool about = text_of(i) == "c" && symbol(i + 1, '.') && attached(i + 1);
  if (about) {
    y = i + 2;
  } else if (text_of(i) != "AD" || !spaced(y)) {
    return std::nullopt;
  }
  if (!digits(y) || tokens_[y].size() > 4 || (about && tokens_[y].size() != 4) ||
      (attached(y + 1) && y + 1 < token_count_ &&
       (tokens_[y + 1].type != TokenType::kSymbol || digits(y + 2)))) {
    return std::nullopt;
  }
  const int year = small_number(y);
  if (year < 1 || year > kMaxBareYear || (about && year < kMinContextYear)) return std::nullopt;
  DatePart part;
  part.year = year;
  part.end = y + 1;
  auto candidate = date_candidate(part, i);
  if (candidate && about) candidate->mention.qualifier = Qualifier::kAbout;
  return candidate;
}

// A year said aloud, as transcripts write it: "nineteen ninety-eight", "twenty thirty-two",
// "two thousand and five". Only after a word that leads to a year ("in", "since", "by"):
// "twenty thirty-two" elsewhere may be two counts, "two thousand and five" a count.
std::optional<DatePart> Scanner::parse_spoken_year(std::size_t j) const {
  // the cheap test first: this runs at every token no other date took
  if (!may_begin_spoken_year(j) || !year_context_before(j)) return std::nullopt;
  auto first = parse_word_numeral(j);
  if (!first) return std::nullopt;
  int year = 0;
  std::size_t end = first->end;
  if ((word(j, "nineteen") || word(j, "twenty")) && first->end == j + 1) {
    // the century and the year within it as two numbers: "nineteen" + "ninety-eight"
    auto within = spaced(j + 1) ? parse_word_numeral(j + 1) : std::nullopt;
    if (!within || within->value < 10 || within->value > 99 ||
        std::floor(within->value) != within->value) {
      return std::nullopt;
    }
    year = static_cast<int>(first->value) * 100 + static_cast<int>(within->value);
    end = within->end;
  } else if (word(j, "two") && word(j + 1, "thousand") && std::floor(first->value) == first->value &&
             first->value >= 2000 && first->value <= 2099) {
    year = static_cast<int>(first->value);
  }
  if (year < kMinYear || year > kMaxBareYear) return std::nullopt;
  DatePart part;
  part.year = year;
  part.end = end;
  return part;
}

// "2019-2023", "2023-24"; "1850-1900" with both years in full; a season or financial year
// "2023/24", "2023/2024" (consecutive years only): a range of years.
std::optional<Candidate> Scanner::parse_year_span(std::size_t i) const {
  const int year = small_number(i);
  if (!digits(i) || tokens_[i].size() != 4 || year < kMinContextYear || year > kMaxBareYear) return std::nullopt;
  const bool slashed = symbol(i + 1, '/');
  if (!((dash(i + 1) || slashed) && attached(i + 1) && digits(i + 2) && attached(i + 2))) return std::nullopt;
  // "the reign of Charles I (1625-1649)", "the civil wars of 1642-1651": an older span of
  // at most a century, in brackets or after a word that sets a time
  constexpr int kOlderSpanYears = 100;
  const bool older = year < kMinYear;
  if (older && !(i > 0 && tokens_[i + 2].size() == 4 && !slashed && small_number(i + 2) > year &&
                 small_number(i + 2) - year <= kOlderSpanYears && !counted_noun(i + 3) &&
                 ((symbol(i - 1, '(') && attached(i)) ||
                  (spaced(i) && (word(i - 1, "of") || word(i - 1, "in") || word(i - 1, "from") ||
                                 word(i - 1, "between")))))) {
    return std::nullopt;
  }
  int last = 0;
  if (tokens_[i + 2].size() == 4) last = older ? small_number(i + 2) : year_at(i + 2);
  if (tokens_[i + 2].size() == 2 && small_number(i + 2) > year % 100 && year >= kMinBareYear) {
    last = year - year % 100 + small_number(i + 2);
  }
  if (slashed && (last != year + 1 || (symbol(i + 3, '/') && attached(i + 3)))) last = 0;
  const bool counted = same_line(i + 3) &&
                       (counted_noun(i + 3) || has(i + 3, kMeasureUnit | kScaleWord | kPercentWord | kCurrencyWord));
  if (year < kMinBareYear && counted) last = 0;
  if (!(last > year && last <= kMaxBareYear && !(attached_dash(i + 3)))) return std::nullopt;
  Candidate candidate;
  candidate.end = i + 3;
  candidate.mention.kind = MentionKind::kDateRange;
  candidate.mention.date = Date{year, 0, 0};
  candidate.mention.date_end = Date{last, 0, 0};
  return candidate;
}

// A range of years, then `connector` ("to"; "and" after "between") and another range of
// years after it: one range, from the first's start to the last's end.
std::optional<Candidate> Scanner::join_year_spans(const Candidate& first, std::string_view connector) const {
  const std::size_t c = first.end;
  if (!word(c, connector) || !spaced(c) || !spaced(c + 1)) return std::nullopt;
  auto last = parse_year_span(c + 1);
  if (!last || *last->mention.date_end <= *first.mention.date_end) return std::nullopt;
  Candidate joined = first;
  joined.end = last->end;
  joined.mention.date_end = last->mention.date_end;
  return joined;
}

std::optional<Candidate> Scanner::weekday_range(std::size_t begin, std::size_t first, bool between) const {
  const int first_day = weekday_at(first);
  const std::size_t c = first + 1;
  const bool connector = between ? word(c, "and")
                                 : (word(c, "to") || word(c, "until") || word(c, "till") || word(c, "through") ||
                                    word(c, "thru"));
  const int last_day = weekday_at(c + 1);
  if (first_day < 0 || !connector || !spaced(c) || !spaced(c + 1)) return std::nullopt;
  if (last_day < 0) return between ? std::nullopt : weekday_to_day_range(begin, first, c);
  // "from Tuesday to Friday last week": the week named after the days places them
  // (the week stays a mention of its own); without "from", only a week named or a verb
  // ahead makes the days dates ("open Monday to Friday" is every week; "talks will run
  // Monday to Wednesday" are the coming ones)
  const std::size_t w = c + 2;
  const bool week_named = spaced(w) && word(w + 1, "week") && spaced(w + 1) &&
                          (word(w, "last") || word(w, "this") || word(w, "next"));
  // ("opens Monday to Friday", a present-tense schedule, is every week's)
  const auto said_with_will = [&] {
    for (std::size_t k = first; k > 0 && first - k < kWillLookback; --k) {
      if (tokens_[k - 1].type == TokenType::kSymbol) return false;
      if (word(k - 1, "will") || word(k - 1, "shall")) return true;
    }
    return false;
  };
  // ("its last survey, taken Friday to Sunday": a verb of the past right before them
  // places them, as "will" does)
  const bool said_in_past = first > 0 && spaced(first) && past_word(first - 1);
  if (begin == first && !week_named && !said_with_will() && !said_in_past) {
    // (neither day is a date of its own: "Monday" and "Saturday" in "open 9am to 5pm,
    // Monday to Saturday" are of every week too)
    Candidate every_week;
    every_week.end = c + 2;
    every_week.skip = true;
    return every_week;
  }
  auto start = weekday_candidate(first_day, c + 2, "", begin);
  if (!start) return std::nullopt;
  start->mention.kind = MentionKind::kDateRange;
  if (start->mention.date && week_named) {
    const int shift = word(w, "last") ? -1 : word(w, "next") ? 1 : 0;
    const int monday = days_since_epoch(published_) - weekday(published_) + 7 * shift;
    start->mention.date = date_from_days(monday + first_day);
    start->mention.note = std::string(weekday_name(first_day)) + ": in the week named after the range";
  }
  if (start->mention.date) {
    const int span = (last_day - first_day + 7) % 7;
    int first_days = days_since_epoch(*start->mention.date);
    // "the office is shut from Wednesday to Friday", said on a Tuesday: days said with no
    // word of the past are the coming ones, unless the last ones have not ended yet ("is
    // closed from Monday to Wednesday", said on the Tuesday between, is this week's)
    // ("taken Friday to Sunday", said on the Friday: days gone by, the last ones ended)
    if (said_in_past && !week_named && published_known_ && first_days + span > days_since_epoch(published_)) {
      first_days -= 7;
      start->mention.date = date_from_days(first_days);
    }
    if (!week_named && published_known_ && first_days + span < days_since_epoch(published_) &&
        present_sentence(begin, c + 2, kShortClauseWords)) {
      first_days += 7;
      start->mention.date = date_from_days(first_days);
      start->mention.note = concat(weekday_name(first_day), ": read as ", DateWords{*start->mention.date},
                                   ", the first of the coming such days (present tense)");
    }
    start->mention.date_end = date_from_days(first_days + (span == 0 ? 7 : span));
  }
  return start;
}

// "a consultation runs from Monday until 11 January": after "from", a weekday placed as one
// alone, to a day of a month written after it, on or after the weekday's date in the year
// written or else the first such (as "from Thursday until Sunday" is one range).
std::optional<Candidate> Scanner::weekday_to_day_range(std::size_t begin, std::size_t first, std::size_t c) const {
  if (begin == first) return std::nullopt;
  const std::optional<DatePart> last = parse_date_core(c + 1, true);
  if (!last || last->ambiguous || last->not_a_date || last->day == 0 || last->month == 0) return std::nullopt;
  auto start = weekday_candidate(weekday_at(first), last->end, "", begin);
  if (!start || !start->mention.date) return std::nullopt;
  const Date& first_date = *start->mention.date;
  Date last_date{last->year != 0 ? last->year : first_date.year, last->month, last->day};
  if (last->year == 0 && last_date < first_date) last_date.year += 1;
  if (!last_date.valid() || last_date < first_date) return std::nullopt;
  // ("It ran from Monday until 11 January", written in November: a past that would end
  // ahead is no one range)
  if (last->year == 0 && published_ < last_date && tense_before(begin) == Tense::kPast) return std::nullopt;
  start->mention.kind = MentionKind::kDateRange;
  start->mention.date_end = last_date;
  return start;
}

// "from Monday 20 April to Friday 24 April", "between Monday 6 April and Friday 10 April": days
// each written after its weekday, a range when each weekday is its date's (the last's
// weekday may be left out: "from Monday 20 April to 24 April"; the first's month may be
// too, taken from the last: "from Monday 9 to Wednesday 11 January").
std::optional<Candidate> Scanner::weekday_dated_range(std::size_t i, bool between) const {
  const int first_weekday = weekday_at(i + 1);
  const auto after_comma = [&](std::size_t t) { return symbol(t, ',') && attached(t) ? t + 1 : t; };
  auto first = parse_date_core(after_comma(i + 2), true);
  if (!first || first->ambiguous || first->not_a_date || first->day == 0) return std::nullopt;
  const std::size_t c = after_comma(first->end);
  const bool connector = between ? word(c, "and") : (word(c, "to") || word(c, "until") || word(c, "through"));
  if (!connector || !spaced(c) || !spaced(c + 1)) return std::nullopt;
  const int last_weekday = weekday_at(c + 1);
  const std::size_t l = last_weekday >= 0 ? after_comma(c + 2) : c + 1;
  if (!spaced(l)) return std::nullopt;
  auto last = parse_date_core(l, false);
  if (!last || last->day == 0 || last->month == 0) return std::nullopt;
  auto range = range_candidate(*first, *last, i);
  if (!range || !range->mention.date || !range->mention.date_end) return std::nullopt;
  // (no year written: the weekdays settle it, the year nearest publication in which the
  // days fall on them, as they do for one date)
  // (within the three years asked, a day of the year falls on a weekday in one at most)
  if (weekday(*range->mention.date) != first_weekday && first->year == 0 && last->year == 0 && published_known_) {
    Date& start = *range->mention.date;
    Date& end = *range->mention.date_end;
    const int span_years = end.year - start.year;
    const int year = nearest_year_on_weekday(start.month, start.day, first_weekday);
    const Date moved_end{year + span_years, end.month, end.day};
    if (year != 0 && moved_end.valid() && (last_weekday < 0 || weekday(moved_end) == last_weekday)) {
      start.year = year;
      end.year = year + span_years;
      range->mention.note = "no year given: the nearest year in which the days fall on their weekdays";
    }
  }
  if (weekday(*range->mention.date) != first_weekday) return std::nullopt;
  if (last_weekday >= 0 && weekday(*range->mention.date_end) != last_weekday) return std::nullopt;
  return range;
}

std::optional<Candidate> Scanner::parse_prefixed_date_range(std::size_t i) const {
  const bool between = word(i, "between");
  if (!spaced(i + 1)) return std::nullopt;
  // "the fiscal year runs from February to January", "its financial year runs from 6 April
  // to 5 April": the bounds of every such year, no dates (as "open Monday to Saturday" is
  // of every week)
  if (!between && i >= 3 && (word(i - 1, "runs") || word(i - 1, "run")) && word(i - 2, "year") &&
      word_in(i - 3, kYearlyCycleWordSet)) {
    const std::optional<DatePart> first = parse_date_core(i + 1, true);
    const std::size_t c = first ? first->end : 0;
    if (first && first->month > 0 && first->year == 0 && !first->ambiguous && spaced(c) &&
        (word(c, "to") || word(c, "through") || word(c, "until")) && spaced(c + 1)) {
      if (const std::optional<DatePart> last = parse_date_core(c + 1, true);
          last && last->month > 0 && last->year == 0 && !last->ambiguous) {
        Candidate every_year;
        every_year.end = last->end;
        every_year.skip = true;
        return every_year;
      }
    }
  }
  // "from today until Sunday", "from tomorrow to Friday": the day of publication (or the one
  // after) to the coming such weekday after it
  if (!between && published_known_ && (word(i + 1, "today") || word(i + 1, "tomorrow")) && spaced(i + 2) &&
      (word(i + 2, "to") || word(i + 2, "until") || word(i + 2, "till") || word(i + 2, "through")) &&
      spaced(i + 3) && weekday_at(i + 3) >= 0 && !(spaced(i + 4) && (digits(i + 4) || has(i + 4, kMonth)))) {
    const int first_days = days_since_epoch(published_) + (word(i + 1, "tomorrow") ? 1 : 0);
    const int ahead = (weekday_at(i + 3) - weekday(date_from_days(first_days)) + 7) % 7;
    if (ahead == 0) return std::nullopt;
    Candidate range;
    range.end = i + 4;
    range.mention.kind = MentionKind::kDateRange;
    range.mention.date = date_from_days(first_days);
    range.mention.date_end = date_from_days(first_days + ahead);
    range.mention.note = concat(text_of(i + 1), " to the coming ", weekday_name(weekday_at(i + 3)));
    return range;
  }
  // "from Monday to Wednesday": the first day placed as a weekday alone, the last after it
  // ("from Monday 20 April to Friday 24 April": a weekday before its date is read with the
  // date, below)
  // ("from Thursday, March 19, to Sunday, March 22": commas after the weekdays and the first date)
  const std::size_t d = symbol(i + 2, ',') && attached(i + 2) ? i + 3 : i + 2;
  const bool weekday_dated = weekday_at(i + 1) >= 0 && spaced(d) && (digits(d) || has(d, kMonth));
  if (weekday_at(i + 1) >= 0 && !weekday_dated) return weekday_range(i, i + 1, between);
  if (weekday_dated) return weekday_dated_range(i, between);
  // "between the 1950s and the 1990s", "from the 1970s to 2010": from the first decade's
  // first year to the last decade's last year, or to the year
  if (const int first_year = word(i + 1, "the") && spaced(i + 2) ? decade_at(i + 2) : 0; first_year > 0) {
    const std::size_t c = i + 4;
    const bool connector = between ? word(c, "and") : (word(c, "to") || word(c, "until") || word(c, "through"));
    if (!connector || !spaced(c) || !spaced(c + 1)) return std::nullopt;
    const std::size_t l = word(c + 1, "the") && spaced(c + 2) ? c + 2 : c + 1;
    const int last_decade = decade_at(l);
    const std::optional<DatePart> year = last_decade == 0 && l == c + 1 ? parse_bare_year(l, false) : std::nullopt;
    const int last_year = last_decade > 0 ? last_decade + 9 : year ? year->year : 0;
    if (last_year <= first_year + 9) return std::nullopt;
    Candidate candidate;
    candidate.end = last_decade > 0 ? l + 2 : l + 1;
    candidate.mention.kind = MentionKind::kDateRange;
    candidate.mention.date = Date{first_year, 0, 0};
    candidate.mention.date_end = Date{last_year, 0, 0};
    candidate.mention.note = "decades";
    return candidate;
  }
  // "from the 15th to the 21st of this month": days of a month named once, at the end,
  // by its name or relative to publication
  if (!between && word(i + 1, "the") && spaced(i + 2) && has(i + 3, kOrdinalSuffix)) {
    auto first = parse_date_core(i + 2, true);
    if (!first || first->day == 0 || first->month > 0) return std::nullopt;
    std::size_t c = first->end;
    if (!word(c, "to") || !spaced(c) || !word(c + 1, "the") || !spaced(c + 1) || !spaced(c + 2) ||
        !has(c + 3, kOrdinalSuffix)) {
      return std::nullopt;
    }
    auto last = parse_date_core(c + 2, true);
    if (!last || last->day == 0) return std::nullopt;
    const std::size_t m = last->end;
    if (last->month == 0 && published_known_ && word(m, "of") && spaced(m) && spaced(m + 1) &&
        (word(m + 1, "this") || word(m + 1, "last") || word(m + 1, "next")) && word(m + 2, "month") &&
        spaced(m + 2)) {
      const int shift = word(m + 1, "this") ? 0 : word(m + 1, "last") ? -1 : 1;
      const int months = published_.year * 12 + (published_.month - 1) + shift;
      last->year = months / 12;
      last->month = months % 12 + 1;
      last->end = m + 3;
    }
    if (last->month == 0) return std::nullopt;
    return range_candidate(*first, *last, i);
  }
  // "from 2022-23 to 2024-25", "between 2019-20 and 2021-22": two ranges of years
  if (auto span = parse_year_span(i + 1)) {
    if (auto joined = join_year_spans(*span, between ? "and" : "to")) return joined;
  }
  // "from mid-2024 to early 2025", "between early March 2024 and late May 2025": a part of a
  // month or a year at either bound; the range runs between the periods named
  const auto period_after_part = [&](std::size_t t) {
    if (!(word(t, "early") || word(t, "mid") || word(t, "late"))) return t;
    if (attached_dash(t + 1) && attached(t + 2)) return t + 2;
    return spaced(t + 1) && !word(t, "mid") ? t + 1 : t;
  };
  const auto a_period = [](const std::optional<DatePart>& part) { return part && part->day == 0; };
  const std::size_t f = period_after_part(i + 1);
  auto first = parse_date_core(f, true);
  if (!first) first = parse_bare_year(f, true);
  if (!first || first->ambiguous || first->not_a_date) return std::nullopt;
  if (f != i + 1 && !a_period(first)) return std::nullopt;
  // "from July 1, 2026, to June 30, 2027": the comma that closes a written year is the date's
  const std::size_t c = first->year > 0 && first->day > 0 && symbol(first->end, ',') && attached(first->end)
                            ? first->end + 1
                            : first->end;
  const bool connector =
      between ? word(c, "and")
              : (word(c, "to") || word(c, "until") || word(c, "till") || word(c, "through"));
  if (!connector || !spaced(c) || !spaced(c + 1)) return std::nullopt;
  const std::size_t l = period_after_part(c + 1);
  auto last = parse_date_core(l, false);
  if (!last) last = parse_bare_year(l, true);
  if (l != c + 1 && !a_period(last)) return std::nullopt;
  // (with a year written: "the rainy season runs from mid-May to October" is every year's,
  // its months left as dates, as the corpus has them)
  if ((f != i + 1 || l != c + 1) && !(first->year > 0 || (last && last->year > 0))) return std::nullopt;
  // "from March 3 to 7": the month written once, before the first day (but "from March 3
  // to 7 people" ends in a count)
  if (!last && first->month > 0 && first->day > 0 && first->year == 0) {
    last = parse_date_core(c + 1, true);
    const std::size_t after = last ? last->end : 0;
    const bool counted = last && spaced(after) && after < token_count_ &&
                         tokens_[after].type == TokenType::kWord && !tokens_[after].capitalized &&
                         (tokens_[after].lexeme == nullptr || has(after, kMeasureUnit | kScaleWord | kPercentWord |
                                                                             kCurrencyWord | kDurationUnit));
    if (!last || last->month != 0 || last->day <= first->day || counted) return std::nullopt;
    last->month = first->month;
  }
  if (!last) return std::nullopt;
  // Two bare years or a year and a full date; a lone day never ends a range.
  if (first->year > 0 && first->month == 0 && last->month == 0 && last->year == 0) return std::nullopt;
  return range_candidate(*first, *last, i);
}

std::optional<Candidate> Scanner::parse_since(std::size_t i) const {
  // "since the 1990s", "since the 1st" (a day of the month)
  const bool the_decade_or_day =
      word(i + 1, "the") && spaced(i + 2) && (decade_at(i + 2) > 0 || may_be_day_of_month(i + 2));
  // (the date read is made the range in place: every end returns this one object)
  std::optional<Candidate> since =
      spaced(i + 1) ? parse_date_expression(the_decade_or_day ? i + 2 : i + 1) : std::nullopt;
  if (!since || since->skip) {
    since.reset();
    return since;
  }
  Mention& mention = since->mention;
  mention.kind = MentionKind::kDateRange;
  mention.qualifier = Qualifier::kSince;
  mention.date_end.reset();
  if (mention.date && published_known_) mention.date_end = published_;
  return since;
}

// "began an air campaign followed, in late October, by a ground invasion. By 6 November
// 2023, ...": a month named without a year reads as the publication's own (October 2024,
// written on 7 October 2024, a month barely begun), but its paragraph's nearest date with
// a year is of an earlier year, within weeks of that year's October, where the month as
// read is most of a year away: the paragraph's year is meant.
void Scanner::place_in_narrative_year(std::vector<Mention>& mentions) const {
  // Only a month most of which is still ahead reads as the publication's own: published
  // past the first half of its month, the text has no such month, and its mentions need
  // no pass (a long text's are megabytes).
  if (!published_known_ || 2 * published_.day > days_in_month(published_.year, published_.month)) return;
  const auto distance = [](const Date& a, const Date& b) {
    const int a_first = days_since_epoch(first_day(a));
    const int a_last = days_since_epoch(last_day(a));
    const int b_first = days_since_epoch(first_day(b));
    const int b_last = days_since_epoch(last_day(b));
    if (a_last < b_first) return b_first - a_last;
    if (b_last < a_first) return a_first - b_last;
    return 0;
  };
  // only a month that read back is the publication's own: a day, or a month gone by, is
  // as likely the latest as the narrative's
  const auto qualifies = [&](std::size_t m) {
    const Mention& mention = mentions[m];
    return placed_[m].year_read_back && mention.kind == MentionKind::kDate && mention.date &&
           mention.date->day == 0 && mention.date->year == published_.year &&
           mention.date->month == published_.month;
  };
  if (std::none_of(mentions.begin(), mentions.end(),
                   [&](const Mention& mention) { return qualifies(&mention - mentions.data()); })) {
    return;
  }
  // the paragraph of each mention: lines are counted once
  std::vector<std::size_t> paragraph(mentions.size());
  {
    std::size_t line = 0;
    std::size_t t = 0;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      for (; t <= placed_[m].start && t < token_count_; ++t) {
        if (tokens_[t].gap == Gap::kNewline) ++line;
      }
      paragraph[m] = line;
    }
  }
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (!qualifies(m)) continue;
    Mention& mention = mentions[m];
    // the nearest mention with a stated year in the same paragraph, either side
    std::optional<std::size_t> anchor;
    for (std::size_t step = 1; step <= kNarrativeReach && !anchor; ++step) {
      const bool left = m >= step && paragraph[m - step] == paragraph[m];
      const bool right = m + step < mentions.size() && paragraph[m + step] == paragraph[m];
      if (!left && !right) break;
      if (left && placed_[m - step].year_stated && mentions[m - step].date) anchor = m - step;
      if (!anchor && right && placed_[m + step].year_stated && mentions[m + step].date) anchor = m + step;
    }
    if (!anchor) continue;
    const Date& stated = *mentions[*anchor].date;
    const Date& read = *mention.date;
    if (stated.year >= read.year) continue;
    const Date earlier{read.year - 1, read.month, 0};
    if (distance(earlier, stated) > kNarrativeNearDays || distance(read, stated) <= kNarrativeFarDays) continue;
    mention.date = earlier;
    mention.note = "no year given: read as " + format_readable_date(earlier) +
                   ", the year of its paragraph (" + format_readable_date(stated) + ")";
  }
}

}  // namespace figcheck::detail::extraction
