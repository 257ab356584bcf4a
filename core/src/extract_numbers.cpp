// Figures that are not dates: numbers in digits and words, percentages, money,
// quantities, durations, vague amounts, fractions, ranges and ordinals.
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "extract_scanner.h"

namespace figcheck::detail::extraction {
namespace {

constexpr int kMaxNumberWords = 12;
constexpr int kMaxRateNouns = 2;
// How far back "about 144 a day" looks for the noun it counts ("4,312 trucks").
constexpr std::size_t kRateNounLookback = 40;
// "the mean age at entry was 63.8 years": at most this many words between "age" and the
// verb or "of" before the figure.
constexpr std::size_t kAgeLeadWords = 4;
// How far back in its sentence a ratio "N-to-1" looks for the word "ratio".
constexpr std::size_t kRatioLookback = 16;

// Words that cannot be the counted noun of a rate ("600 trucks a day").
constexpr auto kNotNouns = std::to_array<std::string_view>({
    "and", "or", "of", "the", "to", "in", "on", "at", "were", "was", "are", "is", "have",
    "has", "had", "be", "been", "with", "for", "by", "from", "that", "which", "who", "as",
    "than", "more", "its", "their", "his", "her", "but", "while", "into", "out", "were",
});
const WordSet kNotNounSet(kNotNouns);  // word_in asks it of many tokens

constexpr auto kHalfNotQuantityAfter = std::to_array<std::string_view>({
    "first", "second", "last", "other", "latter", "former", "the", "a", "an", "one", "and",
});

constexpr auto kFractionFollowers = std::to_array<std::string_view>({
    "of", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "above", "below",
    // "roughly a fifth cheaper", "a quarter bigger": a share said as the change it makes
    "cheaper", "dearer", "bigger", "greater", "faster", "slower", "longer", "shorter", "heavier", "lighter",
    "wider", "costlier",
    // "a third off for a guilty plea", "a quarter off the price": a share taken away
    "off",
});

// Words after a "half" that stands for a share of something named before ("serve half
// in custody").
constexpr auto kHalfStandaloneFollowers = std::to_array<std::string_view>({
    "in", "on", "at", "to", "for", "from", "with", "before", "after", "during", "until", "now",
    // "institutional buyers get half and retail investors 35%": a share in a list of shares
    "and",
});

constexpr auto kHalfBounds = std::to_array<std::string_view>({
    "by", "nearly", "almost", "about", "around", "roughly", "over", "than", "least", "some", "as",
});

// Words before "a third", "a tenth" that make the fraction a share: "by a tenth", "up from
// a quarter", "about a third".
constexpr auto kArticleFractionLeads = std::to_array<std::string_view>({
    "by", "from", "to", "nearly", "almost", "about", "around", "roughly", "over", "than",
    "some", "just", "only", "under", "least", "most",
    // "Lake Carrow falls below a third as dry spring bites"
    "below", "above",
    // "sales were down a fifth", "up a third on last year": a change by that share
    "up", "down",
    // "It's twenty-two per cent, not a third": a share denied is still a share
    "not",
});

// Set phrases whose ordinal is no place in an order ("first responders reached the
// village", "a second opinion was sought").
constexpr std::pair<int, std::string_view> kOrdinalIdioms[] = {
    {1, "aid"}, {1, "responders"}, {1, "responder"}, {2, "thoughts"}, {2, "opinion"}, {2, "nature"},
};
// The highest place such a phrase holds: an ordinal past it is tried against none.
constexpr int kLastIdiomOrdinal = 2;

// Words that may follow such a share; any other word makes "a third" an ordinal ("to a
// third country", "for a third time").
constexpr auto kArticleFractionFollowers = std::to_array<std::string_view>({
    "to", "since", "before", "after", "in", "on", "from", "last", "this", "and", "or", "but",
    "while", "as", "than", "compared", "over", "at", "between", "among", "with", "for", "when",
    "a", "an", "the", "of", "more", "less", "fewer", "higher", "lower", "larger", "smaller",
    "above", "below",
    // "of which about a quarter would be new trips": a verb after the share, its subject
    "would", "will", "were", "was", "are", "is", "could", "may", "might", "had", "have",
    // "in October for about a fifth that use another provider": the share a clause describes
    "that", "who",
});
const WordSet kArticleFractionFollowerSet(kArticleFractionFollowers);  // word_in asks it of many tokens

// Words before "N points" that make it a change in a rate already given in percent:
// "61%, up 4 points".
constexpr auto kPointChanges = std::to_array<std::string_view>({
    "up", "down", "rose", "fell", "gained", "lost", "dropped", "climbed", "slipped", "by",
    // in the present of a budget or a forecast: "the charge rises $2.50 to $31.75"
    "rises", "falls", "climbs", "drops", "gains",
});
const WordSet kPointChangeSet(kPointChanges);  // word_in asks it of many tokens
// A market's verbs of a session, before a change in a price and the level it reaches
// ("the contract added €2.15 to €98.60", "shed $1.10 to $62.40"); not in kPointChanges,
// as "the index added 88 points" is no change in a rate.
constexpr auto kMarketChanges = std::to_array<std::string_view>({"added", "shed", "eased", "jumped", "slid"});
// "inflation rose 2.5% to 4.1%", "the low fell 3C to -4C": after a change told in the past, a
// figure whose unit is written at both ends is the change and the level it reached; a
// forecast's "expected to rise 2% to 3%" keeps its range.
constexpr auto kPastChanges = std::to_array<std::string_view>({
    "rose", "fell", "gained", "lost", "dropped", "climbed", "slipped", "added", "shed", "eased", "jumped", "slid",
    "sank", "grew", "shrank", "slowed", "dipped", "surged", "soared", "tumbled", "plunged", "increased", "decreased",
    // "swaps widened 6 bps to 251 bps": a spread's move
    "widened", "narrowed", "tightened",
});
const WordSet kPastChangeSet(kPastChanges);
constexpr std::size_t kPointsLookback = 14;
// How far (in tokens, a paragraph or two) a change in percentage points makes the next
// "N points" one too.
constexpr std::size_t kPointsCarry = 120;

// Nouns of the distance between two shares: "a difference of 11.7 points", "the gap was
// 8.9 points" after percentages are percentage points.
constexpr auto kGapNouns = std::to_array<std::string_view>({"gap", "difference", "margin", "gulf"});
// How many words may stand between such a noun and its figure ("the gap stood at 8.9").
constexpr std::size_t kGapWords = 3;
// How far after "one count" the next count of a list may come ("and two counts").
constexpr std::size_t kListLookahead = 16;

// The currencies whose cents are written with their name between: "18 HK cents".
constexpr std::pair<std::string_view, std::string_view> kCentsCurrencyNames[] = {
    {"hk", "HKD"}, {"us", "USD"}, {"nz", "NZD"}, {"euro", "EUR"},
};

// Words of polls and votes: in their sentence a lead, swing or gap in "points" is in
// percentage points ("gave it a lead of nine points", "put the swing at 6.1 points").
constexpr auto kPollWords = std::to_array<std::string_view>({
    "poll", "polls", "polled", "polling", "pollster", "pollsters", "survey", "surveys",
    "swing", "swings", "vote", "votes", "voters", "ballot", "ballots", "approval", "turnout",
    "electorate", "candidate", "candidates", "incumbent",
});
const WordSet kPollWordSet(kPollWords);  // word_in asks it of many tokens
constexpr std::size_t kPollLookback = 40;
// Words of conviction or effort after a share of a hundred or more: "100% sure", "110 per
// cent effort", "a hundred per cent behind the coach" are emphasis, no share of anything.
constexpr auto kEmphasisWords = std::to_array<std::string_view>({
    "sure", "certain", "committed", "behind", "focused", "focussed", "confident", "convinced",
    "right", "honest", "serious", "effort", "genuine", "dedicated", "determined", "safe",
});

// The scale of a candidate in pence or cents, whose figure is a hundredth of its currency:
// a range's low end written bare takes it ("2 to 5 cents").
constexpr double kHundredth = 0.01;

// "litres per person per day": the head a measure is shared by; all read "person".
constexpr auto kHeadWords = std::to_array<std::string_view>({
    "person", "head", "capita", "resident", "inhabitant",
});

// "kilos a hectare", "tonnes per acre": a yield over an area; the area's unit as written
// after the slash.
struct AreaDenominator {
  std::string_view word;
  std::string_view unit;
};
constexpr auto kAreaDenominators = std::to_array<AreaDenominator>({
    {"hectare", "ha"}, {"acre", "acre"},
});

// The countries whose currency is the dinar, by name and adjective: "dinars" alone is
// money only when the text names one of them.
struct DinarCountry {
  std::string_view name;
  std::string_view adjective;
  std::string_view code;
};
constexpr auto kDinarCountries = std::to_array<DinarCountry>({
    {"tunisia", "tunisian", "TND"}, {"jordan", "jordanian", "JOD"}, {"kuwait", "kuwaiti", "KWD"},
    {"iraq", "iraqi", "IQD"}, {"algeria", "algerian", "DZD"}, {"libya", "libyan", "LYD"},
    {"bahrain", "bahraini", "BHD"}, {"serbia", "serbian", "RSD"},
});
// Currencies named by their country's adjective, where the noun alone names several
// ("crowns", "pesos", "shillings") or names the US one ("dollars", "pounds").
struct NationalCurrency {
  std::string_view adjective;
  std::string_view singular;
  std::string_view plural;
  std::string_view code;
};
constexpr auto kNationalCurrencies = std::to_array<NationalCurrency>({
    {"norwegian", "crown", "crowns", "NOK"}, {"norwegian", "krone", "kroner", "NOK"},
    {"danish", "crown", "crowns", "DKK"}, {"danish", "krone", "kroner", "DKK"},
    {"swedish", "crown", "crowns", "SEK"}, {"swedish", "krona", "kronor", "SEK"},
    {"czech", "crown", "crowns", "CZK"}, {"czech", "koruna", "korunas", "CZK"},
    {"icelandic", "krona", "kronur", "ISK"},
    {"mexican", "peso", "pesos", "MXN"}, {"argentine", "peso", "pesos", "ARS"},
    {"argentinian", "peso", "pesos", "ARS"}, {"chilean", "peso", "pesos", "CLP"},
    {"colombian", "peso", "pesos", "COP"}, {"philippine", "peso", "pesos", "PHP"},
    {"canadian", "dollar", "dollars", "CAD"}, {"australian", "dollar", "dollars", "AUD"},
    {"singapore", "dollar", "dollars", "SGD"}, {"taiwan", "dollar", "dollars", "TWD"},
    {"kenyan", "shilling", "shillings", "KES"}, {"ugandan", "shilling", "shillings", "UGX"},
    {"tanzanian", "shilling", "shillings", "TZS"},
    {"egyptian", "pound", "pounds", "EGP"}, {"lebanese", "pound", "pounds", "LBP"},
    {"syrian", "pound", "pounds", "SYP"}, {"sudanese", "pound", "pounds", "SDG"},
    {"pakistani", "rupee", "rupees", "PKR"}, {"nepalese", "rupee", "rupees", "NPR"},
    {"korean", "won", "won", "KRW"},
});
// Dollars named by a place of two words: "2.1 million Hong Kong dollars".
struct TwoWordDollarPlace {
  std::string_view first;
  std::string_view second;
  std::string_view code;
};
constexpr auto kTwoWordDollarPlaces = std::to_array<TwoWordDollarPlace>({
    {"hong", "kong", "HKD"}, {"new", "zealand", "NZD"},
});

// Every word read_suffix asks for right after a numeral before the readings of a unit of
// time (the kinds, units and currencies written as words the lexicon does not know, or
// knows), and the national adjectives and dinar countries: a word after a numeral that is
// none of these and has none of kSuffixRoles goes straight to read_duration_suffix.
constexpr auto kSuffixWords = std::to_array<std::string_view>({
    "x", "per", "cent", "percent", "pc", "pct", "ppt", "pp", "percentage", "basis", "bp", "bps", "parts",
    "c", "f", "degrees", "degree", "celsius", "centigrade", "fahrenheit", "p", "pence", "penny", "cents", "points", "point", "pts", "won",
    "us", "u", "hk", "nz", "new", "israeli", "swiss", "cfa", "pounds", "pound", "mb", "kb", "b",
    "metric", "deadweight", "nautical", "light", "astronomical", "cubic", "g", "in", "marks", "deutschmarks",
    "k",  // left after the number only by a race's distance ("a 5k run", names_a_race)
    "grand", "paisa", "paise", "kobo", "sen", "fils", "mbpd", "kbpd", "mtpa", "mmtpa", "mcm", "bcm",
    "t",  // a yield's tonnes only before "/ha" ("8.3 t/ha")
    "bu",  // a yield's bushels only before "/acre" ("61 bu/acre")
    "au",  // the astronomical unit only in capitals ("1.8 AU", parse_measure_unit)
    "mt",  // a relief agency's metric tonnes only in capitals ("1,100 MT", parse_measure_unit)
    "kt",  // a mine's kilotonnes glued on ("412kt"), away from the sea; knots spaced ("118 kt")
    "nm", "st",  // nanometres and newton metres ("3nm", "620Nm"), stones ("11st 10lb")
    "north", "south", "east", "west", "n", "s", "e",  // a position's hemisphere ("14.2S 170.5E", names_a_hemisphere)
    "mills",  // a property tax's rate, in a text on millage ("5.5 mills")
    "centavos", "centavo",  // a peso's hundredths, after money in pesos
    "crowns", "crown",  // a Nordic or Czech story's money ("612 billion crowns", crown_currency)
    "vehicle",  // traffic's distance driven ("52.6 billion vehicle-kilometres", parse_measure_unit)
});

// What may follow "50 grand" or "a grand" as slang for thousands of money: the end of the
// clause or a word that begins none of the nouns of "two grand pianos", "a grand plan".
constexpr auto kAfterGrand = std::to_array<std::string_view>({
    "a", "an", "per", "for", "in", "on", "to", "last", "this", "each", "from", "and", "or", "at",
    "was", "is", "cash", "plus", "more", "less",
});
// The roles read_suffix asks of the word after a numeral before the readings of a unit of
// time (read_duration_suffix).
constexpr std::uint32_t kSuffixRoles = kCurrencyCode | kCurrencyWord | kMeasureUnit | kSquare | kGluedUnit;
const WordSet kSuffixWordSet = [] {
  std::vector<std::string_view> words(kSuffixWords.begin(), kSuffixWords.end());
  for (const NationalCurrency& currency : kNationalCurrencies) words.push_back(currency.adjective);
  for (const TwoWordDollarPlace& place : kTwoWordDollarPlaces) words.push_back(place.first);
  for (const DinarCountry& country : kDinarCountries) {
    words.push_back(country.name);
    words.push_back(country.adjective);
  }
  return WordSet(words);
}();

// How many words may say whose share a figure is before a change after it: "33.5% for the
// Social Democrats, down 4.1".
constexpr std::size_t kShareHolderWords = 6;

// How far back the paragraph before "dinars" is searched for the country.
constexpr std::size_t kCurrencyCountryLookback = 80;

// Currencies whose hundredth is called a cent; other money before "cents" is no guide.
constexpr auto kCentCurrencies = std::to_array<std::string_view>({
    "USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "ZAR",
});

// Who a rate per head of population counts: "412 cases per 100,000 people".
constexpr auto kPopulationWords = std::to_array<std::string_view>({
    "people", "population", "inhabitants", "residents", "persons", "live", "births", "adults",
    "children", "women", "men", "deliveries",
});

constexpr auto kHalfOf = std::to_array<std::string_view>({
    "of", "the", "its", "their", "his", "her", "all", "them", "our", "those", "these", "this",
    "that",
    // "was paid half what the men earned", "prices are half what they were": half of what
    // the clause after it names
    "what",
});

// Verbs after a share that is the subject of its clause: a "half" that opens its sentence
// ("Half were women"), "one pupil in three had".
constexpr auto kHalfSubjectVerbs = std::to_array<std::string_view>({
    "were", "was", "are", "is", "had", "have", "has", "said", "say", "will", "would", "could",
    "did", "do", "got", "received", "took",
    // "a quarter ran them for the whole month", "a third paid cash": verbs of the past
    // that end in no "-ed"
    "ran", "paid", "made", "spent", "bought", "sold", "chose", "gave", "kept", "saw", "felt", "thought",
    "went", "grew",
});
// Verbs that report a finding before the clause it opens, or before its "that": "Visa said
// a third paid cash", "found that a quarter skipped meals".
constexpr auto kReportingVerbs = std::to_array<std::string_view>({
    "said", "says", "found", "finds", "showed", "shows", "suggests", "suggested", "estimated", "estimates",
    "reported", "reports",
});
const WordSet kReportingVerbSet(kReportingVerbs);
// Adverbs that may come between such a share and its verb: "one pupil in three still leaves".
constexpr auto kSubjectAdverbs = std::to_array<std::string_view>({"still", "now", "also", "already", "never"});
// How far back the sentence of "and half to a placebo" is read for the "Half" it pairs with.
constexpr std::size_t kPairedHalfLookback = 40;

// Words after "one second" that leave it a span of time, no ordinal of a noun: "won by one
// second in 2:07:44", "one second behind", "one second off the record".
constexpr auto kAfterSingleSecond = std::to_array<std::string_view>({
    "in", "behind", "ahead", "clear", "off", "faster", "slower", "quicker", "later", "earlier", "short",
    "to", "of", "before", "after", "left", "remaining", "per", "a", "and", "or", "from", "at", "outside",
});
const WordSet kAfterSingleSecondSet(kAfterSingleSecond);

// Words before "a year" that make it a duration ("for a year", "more than a year").
constexpr auto kDurationLeads = std::to_array<std::string_view>({
    "for", "within", "than", "over", "after", "nearly", "almost", "about", "around", "least",
    "most", "under", "roughly", "barely", "just", "only", "took", "takes", "take", "taking", "lasted",
    "lasts", "spent", "spend", "spends", "waited", "served",
    // "has missed a month with a knee problem": the time an injury or illness took
    "missed", "miss", "misses", "missing",
});
const WordSet kDurationLeadSet(kDurationLeads);  // word_in asks it of many tokens
// Verbs that move a thing in time by a span, before "by a month": "delayed by a month",
// "extended by a year" ("rose by a third" is a share, and "by a week" after other verbs a
// deadline).
constexpr auto kShiftVerbs = std::to_array<std::string_view>({
    "delayed", "delay", "delays", "delaying", "postponed", "postpone", "postpones", "deferred", "defer",
    "extended", "extend", "extends", "extending", "prolonged", "shortened", "brought", "pushed", "put",
    "back", "forward",
});
// The one a span of time was taken by, between "took" and the span: "took her a week".
constexpr auto kTakenByPronouns = std::to_array<std::string_view>({"me", "him", "her", "us", "them", "it"});
// "a month into the war", "a year into their offensive": what the span runs into
constexpr auto kIntoCourseDeterminers =
    std::to_array<std::string_view>({"the", "their", "its", "his", "her", "our", "this", "that"});

// How many words a group of a number in words may take before its scale: "nine hundred
// and ninety-nine thousand".
constexpr std::size_t kMaxGroupWords = 7;

// Words after "828m" that make it metres, not millions.
constexpr auto kDimensionWords = std::to_array<std::string_view>({
    "tall", "high", "long", "deep", "wide", "thick", "away", "across", "underground",
    "underwater", "offshore", "inland",
});

// Verbs before "7 pounds" that make it a weight, and those (with "at" or "for" after
// some) that make it a price.
constexpr auto kWeighWords = std::to_array<std::string_view>({"weighed", "weighs", "weigh", "weighing"});
constexpr auto kPriceWords = std::to_array<std::string_view>({
    "cost", "costs", "costing", "priced", "paid", "pay", "pays", "paying", "fined", "worth", "charged",
    "charges", "sold", "bought", "auctioned", "fetched", "fetches", "owed", "owes", "earned", "earns",
    "spent", "spends", "donated", "settled", "traded", "closed",
});
// Measures a traded good is priced by: "9,735 pounds a tonne" is a price, as a weight
// per tonne is not written.
constexpr auto kPricedMeasures = std::to_array<std::string_view>({
    "tonne", "barrel", "therm", "litre", "liter", "kilo", "kilogram", "ounce", "bushel",
});

// The distances races are run or swum over, in metres ("the 150m mark" a split of one).
bool is_race_distance(std::string_view digits) {
  constexpr auto kDistances = std::to_array<std::string_view>({
      "25", "50", "60", "100", "110", "150", "200", "300", "400", "500", "600", "800", "1000", "1500", "2000",
      "3000", "5000", "10000", "1,000", "1,500", "2,000", "3,000", "5,000", "10,000",
  });
  return std::find(kDistances.begin(), kDistances.end(), digits) != kDistances.end();
}

// Words after "1500m" or "5k" that make it a race's distance: "the 400m hurdles", "a 5k run".
constexpr auto kRaceWords = std::to_array<std::string_view>({
    "run", "runs", "race", "races", "walk", "final", "finals", "heat", "heats", "hurdles", "relay",
    "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "sprint", "title",
});
// Words of a sentence about cricket, where "4 for 23" and "312/7" are figures of a result.
constexpr auto kCricketWords = std::to_array<std::string_view>({
    "wicket", "wickets", "overs", "innings", "ball", "balls", "spell", "bowled", "bowler", "bowling",
    "batting", "spinner", "seamer", "century", "hundred", "declared", "chase", "runs",
    // "finished with figures of 5 for 32": a bowler's figures
    "figures",
});
const WordSet kCricketWordSet(kCricketWords);
// Words near "8.76m" that make it a jump's or a throw's mark, not millions.
constexpr auto kFieldEventWords = std::to_array<std::string_view>({
    "jump", "jumps", "jumped", "jumping", "leap", "leaps", "leapt", "leaped", "vault", "vaulted",
    "throw", "throws", "threw", "thrown", "cleared", "javelin", "discus", "hammer", "best",
    // "a shot put of 13.72m left her third"
    "shot", "put", "heptathlon", "decathlon",
});
const WordSet kFieldEventWordSet(kFieldEventWords);
// Words near "4m" that make it a height of water, not millions.
constexpr auto kWaterHeightWords = std::to_array<std::string_view>({
    "surge", "surges", "wave", "waves", "swell", "swells", "tide", "tides", "tsunami", "river", "rivers",
    "floodwater", "floodwaters",
    // "The level at Hollinford Bridge gauge was 3.42m": a river gauge's reading
    "gauge",
});
const WordSet kWaterHeightWordSet(kWaterHeightWords);
// Verbs before "the 1500m" that make it the race run: "ran the 1500m in 3:30".
constexpr auto kRaceVerbs = std::to_array<std::string_view>({
    "ran", "run", "runs", "running", "won", "win", "wins", "swam", "swim", "swims", "raced",
});

constexpr auto kPronouns = std::to_array<std::string_view>({
    "i", "you", "he", "she", "it", "we", "they", "this", "that", "there",
});

// Second halves of compound adjectives that make no count: "a two-state solution",
// "a three-way race", "a two-time champion"; and a score's "won three-nil".
constexpr auto kCompoundIdioms = std::to_array<std::string_view>({
    "state", "states", "way", "fold", "tier", "tiered", "sided", "faced", "time", "times", "off",
    "horse", "pronged", "dimensional", "star", "pointer", "speed", "track", "stroke", "shot",
    "handed", "legged", "wheel", "wheeled", "party", "strikes", "nil",
});

// A golfer's strokes, and what a number of them hyphened on measures: "a three-shot lead".
constexpr auto kStrokeWords = std::to_array<std::string_view>({"shot", "stroke"});
constexpr auto kGolfMarginWords = std::to_array<std::string_view>({
    "lead", "advantage", "cushion", "deficit", "margin", "gap", "victory", "win", "penalty",
});

// What a player's tally is counted in: "61 in 112 games".
constexpr auto kTallyNouns = std::to_array<std::string_view>({
    "games", "matches", "appearances", "starts", "innings", "outings", "races", "overs", "fixtures", "caps",
});

// "in the past week", "over the next decade": words before "the" that make a span.
// (and the verb that spends one: "have spent the past week digging")
constexpr auto kPeriodPrepositions = std::to_array<std::string_view>({
    "in", "over", "during", "within", "for", "throughout", "across", "spent", "spend", "spends", "spending",
});

// Words after "in a week" that make the week a moment in which something happened: "in
// a week of protests", "in a year when prices fell".
constexpr auto kMomentFollowers = std::to_array<std::string_view>({
    "of", "when", "that", "which", "where", "in", "and", "or",
});

// Superlatives before "in a decade" that make the decade the span a record covers: "its
// highest in a decade", "the first time in a year", "their lowest level in a month".
constexpr auto kRecordWords = std::to_array<std::string_view>({
    "first", "highest", "lowest", "biggest", "largest", "smallest", "worst", "best", "strongest",
    "weakest", "fastest", "slowest", "deadliest", "hottest", "coldest", "wettest", "driest",
    "busiest", "longest", "sharpest", "steepest", "hardest", "toughest", "heaviest", "greatest",
    "deepest", "cheapest", "tightest",
});

// Verbs before "a week" that make it a span: "a heatwave lasting a week".
constexpr auto kLastingWords = std::to_array<std::string_view>({
    "lasting", "lasted", "lasts", "spanning", "spanned", "spans",
});
const WordSet kLastingWordSet(kLastingWords);  // word_in asks it of many tokens

// Words that may stand between a term and its instrument: "10-year government bond".
constexpr std::size_t kTermModifiers = 2;

// "the 10-year Bund", "two-year Treasury yields": an instrument's term, not a duration.
constexpr auto kTermNouns = std::to_array<std::string_view>({
    "bond", "bonds", "yield", "yields", "note", "notes", "treasury", "treasuries", "gilt",
    "gilts", "bund", "bunds", "spread", "spreads", "swap", "swaps", "paper", "debt", "btp", "btps",
    "jgb", "jgbs", "oat", "oats", "borrowing", "benchmark", "bill", "bills", "sukuk",
    // "one-year forwards quoted near 12.6": a currency's forward contracts
    "forward", "forwards",
    // mortgage products: "a two-year fixed rate", "the five-year fix", "a two-year tracker"
    "fixed", "fix", "fixes", "tracker", "trackers",
});

// "the average five-year deal cost 6.37%": a span whose noun is priced at a rate names a
// product's term (a loan, a deposit), not a span of time.
// A yield's moves, between a bond's term and its rate: "the 30-year touched 5.46%".
constexpr auto kYieldMoveVerbs = std::to_array<std::string_view>({
    "touched", "hit", "rose", "fell", "climbed", "slipped", "eased", "reached", "was", "is", "stood", "at",
    // "We see the 10-year trading in a 6.28%-6.35% band"
    "trading", "traded", "trades",
});

constexpr auto kPriceVerbs = std::to_array<std::string_view>({
    "cost", "costs", "costing", "charged", "charges", "charging", "priced", "paid", "pays", "paying",
    // "five-year deals average 4.47%": a market's going rate ("a five-year average of 4%"
    // is a span: "average" there is the noun, with no rate after it)
    "average", "averages", "averaged", "averaging",
});

// "the count ranged from 145 to 300": a range, where "from 30 to 40" alone is a change;
// "tickets priced from £45 to £125", "rooms costing from $90 to $240": the prices on offer
// (a change of price has its verb before "from": "raised prices from £45 to £50").
constexpr auto kRangeVerbs = std::to_array<std::string_view>({
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying",
    "fluctuated", "fluctuating", "priced", "costing",
    // "anywhere from 50 to 70 boats", "can be anything from 30g to 50g": a range whatever
    // comes before
    "anywhere", "anything",
    // "each shelter holds from 4,000 to 5,000 people", "the hall seats from 200 to 300": a
    // room's capacity, no change
    "holds", "hold", "seats", "sleeps", "accommodates", "accommodate",
});

// "could cost from €5bn to €8bn", "tickets cost from £45 to £125": the prices on offer, where
// "the cost from £5 to £7" after a determiner is the noun of a change.
constexpr auto kCostVerbs = std::to_array<std::string_view>({"cost", "costs"});
constexpr auto kCostDeterminers = std::to_array<std::string_view>({
    "the", "a", "its", "their", "his", "her", "our", "this", "that",
});

struct VagueAmount {
  std::string_view word;
  double low;
  double high;
};

constexpr auto kVagueAmounts = std::to_array<VagueAmount>({
    {"dozens", 24, 99},
    {"hundreds", 200, 999},
    {"thousands", 2000, 9999},
    {"millions", 2e6, 9999999},
    {"billions", 2e9, 9999999999},
});

double power_of_ten(int exponent) {
  double result = 1;
  for (int k = 0; k < std::abs(exponent); ++k) result *= 10;
  return exponent < 0 ? 1 / result : result;
}

double round_to_hundredths(double value) { return std::round(value * 100) / 100; }

// "½", "¼", "¾", "⅓", "⅔": the value of a vulgar fraction sign, or 0.
double vulgar_fraction(char32_t symbol) {
  switch (symbol) {
    case U'½': return 0.5;
    case U'¼': return 0.25;
    case U'¾': return 0.75;
    case U'⅓': return 1.0 / 3;
    case U'⅔': return 2.0 / 3;
    // a bond's yield or a coupon in eighths: "4⅛%", "a 5⅞ per cent coupon"
    case U'⅛': return 0.125;
    case U'⅜': return 0.375;
    case U'⅝': return 0.625;
    case U'⅞': return 0.875;
    default: return 0;
  }
}

bool is_whole(double value) { return std::floor(value) == value; }

// "SDG 4", "4 SDG": one of the UN's 17 Sustainable Development Goals, not Sudanese pounds.
bool names_a_development_goal(const Numeral& numeral) {
  return numeral.plain_integer && numeral.value >= 1 && numeral.value <= 17;
}

// Appends `text` with its ASCII capitals lowered.
void append_lowercase(std::string& out, std::string_view text) {
  const std::size_t from = out.size();
  out.append(text);
  for (std::size_t at = from; at < out.size(); ++at) {
    if (out[at] >= 'A' && out[at] <= 'Z') out[at] = static_cast<char>(out[at] | 0x20);
  }
}

Candidate fraction_candidate(double part, double whole, std::size_t end) {
  Candidate candidate;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kPercent;
  // "one in a million" is 0.0001%, not 0: small shares keep four significant digits
  const double share = part / whole * 100;
  const auto significant = [](double value) {
    if (value >= 1 || value <= 0) return round_to_hundredths(value);
    const double step = power_of_ten(static_cast<int>(std::floor(std::log10(value))) - 3);
    return std::round(value / step) * step;
  };
  candidate.mention.value = significant(share);
  candidate.mention.precision = significant(100 / whole);
  candidate.mention.note = "fraction";
  return candidate;
}

// A span of time ending before token `end`: "for a year", "the past week", "week-long".
// (Built in the optional the readings return: a Candidate returned as one is moved into
// it, three strings and more.)
std::optional<Candidate> duration_candidate(double value, double precision, std::string unit, std::size_t end) {
  std::optional<Candidate> candidate(std::in_place);
  candidate->end = end;
  candidate->mention.kind = MentionKind::kDuration;
  candidate->mention.value = value;
  candidate->mention.precision = precision;
  candidate->mention.unit = std::move(unit);
  return candidate;
}

// A mention of a whole figure, exact to one, up to token `end`: "a score" (20),
// "a couple" (2), the feet of "6'2\"", an ordinal.
// (Built in the optional the readings return, as duration_candidate is.)
std::optional<Candidate> whole_figure(MentionKind kind, double value, std::size_t end, std::string_view unit = {}) {
  std::optional<Candidate> candidate(std::in_place);
  candidate->end = end;
  candidate->mention.kind = kind;
  candidate->mention.value = value;
  candidate->mention.precision = 1;
  if (!unit.empty()) candidate->mention.unit = unit;
  return candidate;
}

// Ends a reading of what follows a numeral: the candidate is a mention of `kind`,
// in `unit`, up to token `end`.
bool finish_reading(Candidate& candidate, MentionKind kind, std::size_t end, std::string unit) {
  candidate.mention.kind = kind;
  candidate.mention.unit = std::move(unit);
  candidate.end = end;
  return true;
}

// A unit measured over a period: "mm/year", "in/hour"; miles and kilometres an hour are
// the speeds "mph" and "km/h".
std::string unit_per(std::string_view unit, std::string_view period) {
  if (period == "hour" && (unit == "mi" || unit == "km")) return unit == "mi" ? "mph" : "km/h";
  return std::string(unit) + "/" + std::string(period);
}

}  // namespace

std::optional<Numeral> Scanner::parse_numeral(std::size_t j, bool look_behind) const {
  if (const auto* known = last_numeral_.find(j, look_behind)) return *known;
  return last_numeral_.remember(j, look_behind, read_numeral(j, look_behind));
}

std::optional<Numeral> Scanner::read_numeral(std::size_t j, bool look_behind) const {
  if (j >= token_count_) return std::nullopt;
  // "minus 12", "minus twenty-three", "negative 8"
  if ((word(j, "minus") || word(j, "negative")) && spaced(j + 1) && (digits(j + 1) || has(j + 1, kCardinal)) &&
      !(j > 0 && (word(j - 1, "or") || word(j - 1, "plus") ||  // "plus or minus 3 points"
                  word(j - 1, "tested") || word(j - 1, "tests"))) &&  // "tested negative 3 times"
      !(j > 1 && attached(j) && dash(j - 1) && text_of(j - 2) == "T")) {  // "T-minus 90 seconds": a countdown
    auto numeral = digits(j + 1) ? parse_digit_numeral(j + 1, false) : parse_word_numeral(j + 1);
    if (!numeral) return std::nullopt;
    numeral->value = -numeral->value;
    numeral->negative = true;
    numeral->plain_integer = false;
    return numeral;
  }
  if (tokens_[j].type == TokenType::kWord) return parse_word_numeral(j);
  // "3/8-inch slices", "a 1/4 mile track": a fraction of the unit after it
  if (digits(j) && symbol(j + 1, '/') && tokens_[j].size() <= 2 && attached(j + 1) && digits(j + 2) &&
      attached(j + 2) && tokens_[j + 2].size() <= 2 &&
      !(j > 0 && attached(j) && tokens_[j - 1].type != TokenType::kSymbol) &&
      ((attached_dash(j + 3) && attached(j + 4) && has(j + 4, kMeasureUnit)) ||
       (has(j + 3, kMeasureUnit) && spaced(j + 3)))) {
    const int top = small_number(j);
    const int bottom = small_number(j + 2);
    if (top > 0 && top < bottom && bottom <= 16) {
      Numeral numeral;
      numeral.end = j + 3;
      numeral.value = static_cast<double>(top) / bottom;
      numeral.precision = 1.0 / bottom;
      return numeral;
    }
  }
  // "½ inch"
  if (tokens_[j].type == TokenType::kSymbol && vulgar_fraction(tokens_[j].symbol) > 0 &&
      !(attached(j) && j > 0 && tokens_[j - 1].type != TokenType::kSymbol)) {
    Numeral numeral;
    numeral.end = j + 1;
    numeral.value = vulgar_fraction(tokens_[j].symbol);
    numeral.precision = numeral.value;
    return numeral;
  }
  return parse_digit_numeral(j, look_behind);
}

int Scanner::superscript_digit(std::size_t j) const {
  if (j >= token_count_) return -1;
  const char32_t sign = tokens_[j].symbol;
  if (sign == U'⁰' || (sign >= U'⁴' && sign <= U'⁹')) return static_cast<int>(sign - U'⁰');
  return sign == U'¹' ? 1 : sign == U'²' ? 2 : sign == U'³' ? 3 : -1;
}

std::size_t Scanner::grouped_thousands_end(std::size_t k) const {
  if (!digits(k) || tokens_[k].size() > 3 || !attached(k + 1) || k + 1 >= token_count_) return 0;
  const char32_t sign = tokens_[k + 1].symbol;
  if (sign != '.' && sign != '\'' && sign != U'\u2019') return 0;
  const auto group_at = [&](std::size_t at) {
    return symbol(at, sign) && attached(at) && digits(at + 1) && attached(at + 1) && tokens_[at + 1].size() == 3;
  };
  if (!group_at(k + 1) || !group_at(k + 3)) return 0;
  std::size_t end = k + 1;
  while (group_at(end)) end += 2;
  const bool more = symbol(end, sign) && attached(end) && digits(end + 1) && attached(end + 1);
  return !more && tokens_[k].size() + 3 * (end - k - 1) / 2 <= kMaxExactDigits ? end : 0;
}

std::optional<Numeral> Scanner::parse_digit_numeral(std::size_t j, bool look_behind) const {
  std::size_t k = j;
  bool negative = false;
  bool signed_plus = false;
  // "Sterling ↓0.6%", "Brent ▲1.2%": a market table's arrows, the signs of a fall and a rise
  // (past the arrows' first, U+2191, asked first: a numeral's first token seldom is)
  const bool arrow = k < token_count_ && tokens_[k].symbol >= U'\u2191';
  const bool falls = arrow && (symbol(k, U'↓') || symbol(k, U'▼'));
  if (minus(k) || falls) {
    const bool hyphen_in_word =
        k > 0 && attached(k) && tokens_[k - 1].type != TokenType::kSymbol;
    if (hyphen_in_word || !digits(k + 1) || !attached(k + 1)) return std::nullopt;
    negative = true;
    ++k;
  } else if (symbol(k, '+') || (arrow && (symbol(k, U'↑') || symbol(k, U'▲')))) {
    // "+2.4%", "31 (+2)": a change written with its sign (skip_phone has let it through;
    // "C+ 4" is a grade)
    if (!digits(k + 1) || !attached(k + 1) || (k > 0 && attached(k) && tokens_[k - 1].type != TokenType::kSymbol)) {
      return std::nullopt;
    }
    signed_plus = true;
    ++k;
  }
  if (!digits(k) || skip_identifier(k, look_behind)) return std::nullopt;

  double mantissa = 0;
  int trailing_zeros = 0;
  std::size_t integer_digits = 0;
  auto add_digits = [&](std::string_view text) {
    for (char c : text) {
      mantissa = mantissa * 10 + (c - '0');
      trailing_zeros = c == '0' ? trailing_zeros + 1 : 0;
    }
    integer_digits += text.size();
  };
  add_digits(text_of(k));
  std::size_t end = k + 1;
  bool grouped = false;
  // "1,00,000", "12,50,000": Indian grouping, pairs of digits before the last three.
  if (integer_digits <= 2) {
    const auto group_of = [&](std::size_t at, std::size_t size) {
      return symbol(at, ',') && attached(at) && digits(at + 1) && attached(at + 1) && tokens_[at + 1].size() == size;
    };
    std::size_t at = end;
    while (group_of(at, 2)) at += 2;
    if (at > end && group_of(at, 3) && !group_of(at + 2, 3) && !group_of(at + 2, 2) &&
        integer_digits + (at - end) + 3 <= kMaxExactDigits) {
      for (std::size_t g = end + 1; g <= at + 1; g += 2) add_digits(text_of(g));
      end = at + 2;
      grouped = true;
    }
  }
  // (asked only of digits with a full stop or an apostrophe against them)
  if (const std::size_t at = attached(end) && digits(end + 1) && tokens_[end + 1].size() == 3 &&
                                     (symbol(end, '.') || is_apostrophe(end))
                                 ? grouped_thousands_end(k)
                                 : 0;
      at != 0) {
    for (std::size_t g = end + 1; g < at; g += 2) add_digits(text_of(g));
    end = at;
    grouped = true;
  }
  if (integer_digits <= 3 && !grouped) {
    while (symbol(end, ',') && attached(end) && digits(end + 1) && attached(end + 1) &&
           tokens_[end + 1].size() == 3 && integer_digits + 3 <= kMaxExactDigits) {
      add_digits(text_of(end + 1));
      end += 2;
      grouped = true;
    }
    if (!grouped) {
      // (a tab sets a table's cells apart: "180\t245" is two)
      while (digits(end) && tokens_[end].gap == Gap::kSingleSpace && tokens_[end].size() == 3 &&
             text_[tokens_[end].begin - 1] != '\t' && integer_digits + 3 <= kMaxExactDigits &&
             !(symbol(end + 1, ':') && attached(end + 1))) {
        add_digits(text_of(end));
        ++end;
        grouped = true;
      }
    }
  }
  int decimals = 0;
  if (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) {
    // "version 4.2.1": a dotted version, no decimal ("measured 8.8. 14 died": a full stop
    // and a space end the sentence)
    if (symbol(end + 2, '.') && attached(end + 2) && digits(end + 3) && attached(end + 3)) return std::nullopt;
    const std::string_view fraction = text_of(end + 1);
    if (integer_digits + fraction.size() > kMaxExactDigits) return std::nullopt;
    for (char c : fraction) mantissa = mantissa * 10 + (c - '0');
    decimals = static_cast<int>(fraction.size());
    end += 2;
  } else if (!grouped && symbol(end, ',') && attached(end) && digits(end + 1) && attached(end + 1) &&
             tokens_[end + 1].size() <= 2 && !(digits(end + 2) && attached(end + 2))) {
    // "9,99 €", "€4,50": a decimal comma beside the euro sign, as continental writers put
    // it (two digits after a comma are no group of thousands)
    const bool cents = tokens_[end + 1].size() == 2;
    const bool euro_after =
        cents && symbol(end + 2, U'€') && (attached(end + 2) || tokens_[end + 2].gap == Gap::kSingleSpace);
    const bool euro_before =
        cents && k > 0 && symbol(k - 1, U'€') && (attached(k) || tokens_[k].gap == Gap::kSingleSpace);
    // "3,5 million euros", "1,25 billion": so is one before a scale word, whose figure no
    // group of thousands (three digits) can be; else "3" and "5 million" would be two
    const bool scale_after = has(end + 2, kScaleWord) && spaced(end + 2);
    // "82,5%": and so is one before a percent sign, as South African papers write it, or
    // continental copy with a space ("3,5 %")
    const bool percent_after =
        symbol(end + 2, '%') && (attached(end + 2) || tokens_[end + 2].gap == Gap::kSingleSpace);
    if (euro_after || euro_before || scale_after || percent_after) {
      for (char c : text_of(end + 1)) mantissa = mantissa * 10 + (c - '0');
      decimals = static_cast<int>(tokens_[end + 1].size());
      end += 2;
    }
  }
  // "1½ miles", "2 1/2 years": a whole number and a fraction
  bool mixed = false;
  if (decimals == 0 && !grouped && end < token_count_ && tokens_[end].type == TokenType::kSymbol &&
      vulgar_fraction(tokens_[end].symbol) > 0 && attached(end)) {
    mantissa += vulgar_fraction(tokens_[end].symbol);
    ++end;
    mixed = true;
  } else if (decimals == 0 && !grouped && integer_digits <= 3 && token_count_ > end + 2 &&
             tokens_[end].gap == Gap::kSingleSpace && digits(end) && tokens_[end].size() == 1 &&
             symbol(end + 1, '/') && attached(end + 1) && digits(end + 2) && attached(end + 2) &&
             tokens_[end + 2].size() == 1 &&
             !(attached(end + 3) && end + 3 < token_count_ && tokens_[end + 3].type != TokenType::kSymbol)) {
    const int top = small_number(end);
    const int bottom = small_number(end + 2);
    if (top > 0 && top < bottom) {
      mantissa += static_cast<double>(top) / bottom;
      end += 3;
      mixed = true;
    }
  } else if (decimals == 0 && !grouped && integer_digits <= 2 && word(end, "and") && spaced(end) &&
             has(end + 1, kArticle) && spaced(end + 1) && (word(end + 2, "half") || word(end + 2, "quarter")) &&
             spaced(end + 2) && !(word(end + 3, "of") && spaced(end + 3)) && !(attached_dash(end + 3))) {
    // "3 and a half thousand", "2 and a quarter miles": as "two and a half million" is in
    // words (else "a half thousand" is read alone, as 500)
    mantissa += word(end + 2, "half") ? 0.5 : 0.25;
    end += 3;
    mixed = true;
  } else if (symbol(end, '-') && attached(end) && digits(end + 1) && attached(end + 1) &&
             tokens_[end + 1].size() == 1 && symbol(end + 2, '/') && attached(end + 2) && digits(end + 3) &&
             attached(end + 3) && tokens_[end + 3].size() == 1 &&
             !(attached(end + 4) && end + 4 < token_count_ && tokens_[end + 4].type != TokenType::kSymbol)) {
    // "9-3/4 cents", "$10.46-1/2": a futures quote's tick, halves, quarters and eighths of
    // its last digit (a date "7-1/2" would need its year or a month word, not a tick's
    // denominator)
    const int top = small_number(end + 1);
    const int bottom = small_number(end + 3);
    if (top > 0 && top < bottom && (bottom == 2 || bottom == 4 || bottom == 8)) {
      mantissa += static_cast<double>(top) / bottom;
      end += 4;
      mixed = true;
    }
  }
  // "28th" and "1990s" belong to ordinals and decades.
  if (decimals == 0 && attached(end) &&
      ((has(end, kOrdinalSuffix) && !(text_of(end) == "st" && !ordinal_st(end - 1))) ||
       (!grouped && word(end, "s")))) {
    return std::nullopt;
  }
  double scale = 1;
  // "a $5-million bridge", "a Rs 3,150-crore plan": the scale joined as an adjective.
  const bool hyphened_scale = symbol(end, '-') && attached(end) && has(end + 1, kScaleWord) && attached(end + 1);
  if ((has(end, kScaleWord) && spaced(end)) || hyphened_scale) {
    if (hyphened_scale) ++end;
    scale = tokens_[end].lexeme->number;
    ++end;
    // "Rs 11.11 lakh crore": a scale of a larger one
    if (has(end, kScaleWord) && spaced(end) && tokens_[end].lexeme->number > scale) {
      scale *= tokens_[end].lexeme->number;
      ++end;
    }
  } else if (has(end, kScaleSuffix) &&
             (attached(end) ||
              (tokens_[end].gap == Gap::kSingleSpace && !word(end, "m") && !word(end, "k")))) {
    const bool square_metres =
        word(end, "m") && (symbol(end + 1, U'²') || (digits(end + 1) && attached(end + 1)));
    // "8,848m" is a height: millions are written "8.8m", but "$1,500m" is money
    const bool after_currency =
        k > 0 && ((tokens_[k - 1].type == TokenType::kSymbol && !currency_of_sign(tokens_[k - 1].symbol).empty()) ||
                  has(k - 1, kCurrencyCode));
    // "828m tall", "a tunnel 500m long": a dimension; "a 2m-high wall" one joined on; "a
    // room 5m by 4m" one beside another
    const bool joined = attached_dash(end + 1) && attached(end + 2);
    const bool dimension =
        ((spaced(end + 1) || joined) && word_in(joined ? end + 2 : end + 1, kDimensionWords)) ||
        (spaced(end + 1) && times_sign(end + 1, true) && digits(end + 2) && word(end + 3, "m") && attached(end + 3)) ||
        (k >= 3 && spaced(k) && times_sign(k - 1, true) && word(k - 2, "m") && attached(k - 2) && digits(k - 3));
    const bool grouped_metres = word(end, "m") && (grouped || dimension) && !after_currency;
    const bool race = decimals == 0 && !after_currency && (names_a_race(end) || horse_race_miles(end));
    const bool minutes = end >= 3 && glued_hours_then_minutes(end - 2);  // "1h 42m"
    // (marks and a river's levels are given to the centimetre; millions to two decimals
    // need the words too)
    if (!square_metres && !grouped_metres && !race && !minutes &&
        !(decimals == 2 && !after_currency && marks_a_field_event(k, end)) &&
        !(decimals <= 2 && !after_currency && measures_water_height(k, end))) {
      scale = tokens_[end].lexeme->number;
      ++end;
    }
  } else if (attached(end) && tokens_[end].symbol >= U'²' && superscript_digit(end) >= 0 && text_of(k) == "10" &&
             !mixed) {  // (the lowest superscript digit asked first, inline: "%" and "," are turned away)
    // "10⁶ cells": a power of ten with its exponent raised, as a lab's copy pastes it
    int exponent = 0;
    for (; attached(end) && superscript_digit(end) >= 0 && exponent < 100; ++end) {
      exponent = 10 * exponent + superscript_digit(end);
    }
    if (exponent > static_cast<int>(kMaxExactDigits)) return std::nullopt;
    mantissa = 1;
    trailing_zeros = 0;
    scale = power_of_ten(exponent);
  }

  Numeral numeral;
  numeral.end = end;
  numeral.scale = scale;
  numeral.integer_digits = static_cast<int>(integer_digits);
  numeral.negative = negative;
  const double divisor = power_of_ten(decimals);
  numeral.value = mantissa * scale / divisor;
  if (negative) numeral.value = -numeral.value;
  if (decimals > 0) {
    numeral.precision = scale / divisor;
  } else {
    const int cap = std::max(0, static_cast<int>(integer_digits) - 2);
    numeral.precision = power_of_ten(std::min(trailing_zeros, cap)) * scale;
  }
  numeral.plain_integer = !negative && !signed_plus && !grouped && decimals == 0 && scale == 1 && !mixed;
  if (mixed && decimals == 0) numeral.precision = std::min(numeral.precision, 0.5 * scale);
  return numeral;
}

// "two to three thousand", "one to two million": the scale word written once in words, on
// the high end of a range, applies to both ends, as a suffix does in "2 to 3 thousand";
// the factor to multiply the low end by, else 1. The high end's words before its scale
// must be a small number: "two to three hundred thousand" shares the hundred too, "two to
// two and a half million" the million (a half leaves a tenth of the scale as precision),
// "nine to twelve thousand five hundred" nothing (its last scale word is not its largest).
double Scanner::spelled_scale_shared(const Numeral& low, const Numeral& high) {
  if (!low.spelled || !high.spelled || low.scale != 1 || low.precision > 1) return 1;
  const auto is_scale = [](double s) { return s == 1e2 || s == 1e3 || s == 1e6 || s == 1e9 || s == 1e12; };
  double scale = high.precision;  // a number in words is precise to its last scale word
  if (!is_scale(scale)) scale *= 10;
  if (!is_scale(scale)) return 1;
  double lead = high.value / scale;
  while (lead >= 100 && std::fmod(lead, 100) == 0) {
    lead /= 100;
    scale *= 100;
  }
  return low.value < lead && lead < 100 ? scale : 1;
}

std::optional<Numeral> Scanner::parse_word_numeral(std::size_t j) const {
  std::size_t k = j;
  double total = 0;
  double current = 0;
  double last_scale = 0;
  bool any = false;
  bool last_was_tens = false;
  bool half = false;
  // "net zero", "adds a zero", "ground zero", "zero tolerance", "a zero-sum game": a
  // target, a digit or a name, not a count of nothing ("patient zero", the first case, and
  // "day zero", the day a city's taps run dry, name one)
  if (word(k, "zero") &&
      ((k > 0 && (word(k - 1, "net") || word(k - 1, "ground") || word(k - 1, "patient") || word(k - 1, "day") ||
                  has(k - 1, kArticle))) ||
       (spaced(k + 1) && (word(k + 1, "tolerance") || word(k + 1, "hour"))) ||
       (attached_dash(k + 1) && (word(k + 2, "sum") || word(k + 2, "tolerance"))))) {
    return std::nullopt;
  }
  // "a fifty-fifty call", "split it fifty-fifty": a number word hyphened to itself is an
  // even split, no count, at either of its words
  if (has(k, kCardinal) &&
      ((attached_dash(k + 1) && attached(k + 2) && tokens_[k + 2].lexeme == tokens_[k].lexeme) ||
       (k >= 2 && attached_dash(k - 1) && attached(k) && tokens_[k - 2].lexeme == tokens_[k].lexeme))) {
    return std::nullopt;
  }
  // "half a million", "a quarter of a million", "half a dozen"
  if (word(k, "half") || has(k + 1, kFraction) || has(k + 2, kFraction)) {
    if (auto share = parse_share_of_scale(k)) return share;
    if (word(k, "half")) return std::nullopt;
  }
  // "a dollar a month", "less than a euro": one unit of money (but "a dollar-based fund")
  // ("a Euro 5 car": an emissions standard's name)
  if (has(k, kArticle) && spaced(k + 1) && (word(k + 1, "dollar") || word(k + 1, "euro")) &&
      !(attached_dash(k + 2)) && !(tokens_[k + 1].capitalized && digits(k + 2) && spaced(k + 2))) {
    Numeral numeral;
    numeral.end = k + 1;
    numeral.value = 1;
    numeral.spelled = true;
    return numeral;
  }
  if (has(k, kArticle)) {
    // "a hundred", "a dozen", "a million"
    if (!spaced(k + 1) || !has(k + 1, kScaleWord | kDozen)) return std::nullopt;
    current = 1;
    any = true;
    ++k;
  }
  for (int words = 0; k < token_count_ && words < kMaxNumberWords; ++words) {
    // "a four-and-a-half-year contract": "and a half", hyphened as an adjective
    if (k > j && attached_dash(k) && word(k + 1, "and") && attached(k + 1) && !half && last_scale == 0 &&
        current > 0 && current < 100 && attached_dash(k + 2) && has(k + 3, kArticle) &&
        attached(k + 3) && attached_dash(k + 4) && (word(k + 5, "half") || word(k + 5, "quarter")) &&
        attached(k + 5)) {
      current += word(k + 5, "half") ? 0.5 : 0.25;
      half = true;
      k += 6;
      continue;
    }
    // "two million, three hundred thousand": a comma between the groups of a number in
    // words, when a smaller scale of a thousand or more closes the next group ("two
    // million, three of them children" is a list)
    if (symbol(k, ',') && attached(k) && last_scale >= 1e6 && current == 0 && spaced(k + 1) &&
        has(k + 1, kCardinal)) {
      bool smaller_scale_closes = false;
      for (std::size_t t = k + 1; t < token_count_ && t <= k + 1 + kMaxGroupWords; ++t) {
        if (has(t, kScaleWord) && tokens_[t].lexeme->number >= 1000) {
          smaller_scale_closes = tokens_[t].lexeme->number < last_scale;
          break;
        }
        if (!has(t, kCardinal | kScaleWord) && !dash(t) && !word(t, "and")) break;
      }
      if (smaller_scale_closes) {
        ++k;
        continue;
      }
    }
    if (k > j && !spaced(k)) break;
    const Lexeme* lexeme = tokens_[k].lexeme;
    if (has(k, kCardinal)) {
      const double value = lexeme->number;
      const bool units_after_tens = last_was_tens && value < 10 && value > 0;
      if (std::fmod(current, 100) != 0 && !units_after_tens) break;
      // "up from thirty-six thousand five years ago": a small number straight after a
      // thousand or more, without "and", that a span's unit follows begins the span
      if (last_scale >= 1000 && current == 0 && has(k + 1, kDurationUnit) && spaced(k + 1) &&
          !word(k - 1, "and")) {
        break;
      }
      current += value;
      any = true;
      last_scale = 0;
      last_was_tens = value >= 20 && !units_after_tens;
      ++k;
      if (last_was_tens && attached_dash(k) && has(k + 1, kCardinal) && attached(k + 1)) {
        const double units = tokens_[k + 1].lexeme->number;
        if (units >= 1 && units <= 9) {
          current += units;
          k += 2;
          last_was_tens = false;
        }
      }
      continue;
    }
    last_was_tens = false;
    if (has(k, kScaleWord)) {
      const double multiplier = lexeme->number;
      if (current == 0) break;
      if (multiplier == 100) {
        if (current >= 100) break;
        current *= 100;
      } else {
        total += current * multiplier;
        current = 0;
      }
      last_scale = multiplier;
      ++k;
      continue;
    }
    if (has(k, kDozen)) {
      if (current == 0 || current > 12) break;
      current *= 12;
      last_scale = 0;
      ++k;
      continue;
    }
    if (word(k, "and") && last_scale >= 100 && has(k + 1, kCardinal) && spaced(k + 1)) {
      ++k;
      continue;
    }
    // "two and a half years", "one and a half million", "three and a quarter million"
    if (word(k, "and") && !half && last_scale == 0 && current > 0 && current < 100 &&
        has(k + 1, kArticle) && spaced(k + 1) && (word(k + 2, "half") || word(k + 2, "quarter")) &&
        spaced(k + 2) && !(word(k + 3, "of") && spaced(k + 3))) {
      current += word(k + 2, "half") ? 0.5 : 0.25;
      half = true;
      k += 3;
      continue;
    }
    // "a million and a half visitors", "two billion and a half": half the scale more
    if (word(k, "and") && !half && last_scale >= 1000 && current == 0 && total > 0 && has(k + 1, kArticle) &&
        spaced(k + 1) && word(k + 2, "half") && spaced(k + 2) && !(word(k + 3, "of") && spaced(k + 3)) &&
        !(attached_dash(k + 3))) {
      total += last_scale / 2;
      half = true;
      k += 3;
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  // "two point five": decimals read digit by digit
  double decimals = 0;
  double step = 1;
  if (word(k, "point") && spaced(k) && total == 0 && !half && last_scale == 0 && current < 100) {
    std::size_t d = k + 1;
    while (d < token_count_ && has(d, kCardinal) && spaced(d) && tokens_[d].lexeme->number < 10 &&
           d - k <= 3) {
      step /= 10;
      decimals += tokens_[d].lexeme->number * step;
      ++d;
    }
    if (d > k + 1) {
      k = d;
      current += decimals;
      if (has(k, kScaleWord) && spaced(k)) {
        last_scale = tokens_[k].lexeme->number;
        current *= last_scale;
        ++k;
      }
    } else {
      step = 1;
    }
  }
  Numeral numeral;
  numeral.end = k;
  numeral.value = total + current;
  numeral.precision = last_scale > 0 ? (half ? last_scale / 10 : last_scale) : (half ? 0.5 : 1);
  if (step < 1) numeral.precision = step * (last_scale > 0 ? last_scale : 1);
  numeral.spelled = true;
  numeral.lone_one = k == j + 1 && word(j, "one");
  // "BBC Two", "Channel Four": a capitalised number word after a capitalised word
  // ("TOP FOUR", a heading set in capitals, is a count); "Slaughterhouse-Five": one
  // hyphened on to a name ("Twenty-Five" is a number in capitals); "the Group of Seven
  // met", "the owner of Seven Dials": one after a word in lower case, where no title case
  // sets every word in capitals ("Deaths of Seven Children" counts)
  const auto title_case_after = [&] {
    // (a weekday or a month is capitalised in any case: "on Tuesday at Seven Hills School")
    return k < token_count_ && tokens_[k].type == TokenType::kWord && tokens_[k].capitalized &&
           !(j > 1 && tokens_[j - 2].type == TokenType::kWord &&
             (!tokens_[j - 2].capitalized || has(j - 2, kWeekday | kMonth)));
  };
  numeral.name_like = tokens_[j].capitalized && j > 0 &&
                      ((spaced(j) && tokens_[j - 1].type == TokenType::kWord && tokens_[j - 1].capitalized &&
                        !(tokens_[j].all_caps && tokens_[j - 1].all_caps)) ||
                       (spaced(j) && same_line(j) && !tokens_[j].all_caps && tokens_[j - 1].type == TokenType::kWord &&
                        !tokens_[j - 1].capitalized && !title_case_after()) ||
                       (j > 1 && attached(j) && attached_dash(j - 1) &&
                        tokens_[j - 2].type == TokenType::kWord && tokens_[j - 2].capitalized &&
                        !has(j - 2, kCardinal | kScaleWord)));
  // "a best-of-seven series", "the best-of-three sets final": a contest's format, as
  // "best-of-5" is, no count
  if (j >= 4 && attached(j) && attached_dash(j - 1) && word(j - 2, "of") && attached_dash(j - 3) &&
      word(j - 4, "best")) {
    numeral.name_like = true;
  }
  return numeral;
}

// Past "of ice", "of water", "of CO2": the plain word (or a formula, capitals with a
// digit glued on) a measure is of, before its rate.
std::size_t Scanner::past_what_is_measured(std::size_t k) const {
  const bool stuff = word(k, "of") && spaced(k) && spaced(k + 1) && k + 1 < token_count_ &&
                     tokens_[k + 1].type == TokenType::kWord && tokens_[k + 1].lexeme == nullptr;
  if (!stuff) return k;
  const bool formula = tokens_[k + 1].all_caps && digits(k + 2) && attached(k + 2) && tokens_[k + 2].size() == 1 &&
                       !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol);
  if (formula) return k + 3;
  // "14,000 barrels of heavy fuel oil per day", "150 tonnes of fuel oil a day": up to
  // three plain words of what is measured when "per" or "daily" marks a rate after them,
  // two when "a", "each" or "every" does ("tonnes of ice a year" stops at its one word).
  // "10mg of velcanib twice daily" is a dose and how often it is taken, no rate.
  for (std::size_t w = k + 2; w <= k + 4 && w < token_count_ && spaced(w); ++w) {
    if (w > k + 2 && (word(w, "per") || has(w, kRateAdverb))) return w;
    if (w == k + 3 && (word(w, "a") || word(w, "an") || word(w, "each") || word(w, "every"))) return w;
    if (tokens_[w].type != TokenType::kWord || tokens_[w].lexeme != nullptr || tokens_[w].capitalized ||
        word(w, "once") || word(w, "twice") || word(w, "thrice")) {
      break;
    }
  }
  return k + 2;
}

std::string_view Scanner::rate_period(std::size_t k, std::size_t& end) const {
  // "10 mg/day", "40 km/year": the slash for "per", glued on
  if (symbol(k, '/') && attached(k) && attached(k + 1) &&
      !(attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type != TokenType::kSymbol)) {
    for (std::string_view period : {"day", "week", "month", "year"}) {
      if (word(k + 1, period)) {
        end = k + 2;
        return period;
      }
    }
    return {};
  }
  if (!spaced(k)) return {};
  if (has(k, kRateAdverb)) {
    end = k + 1;
    return tokens_[k].lexeme->unit;
  }
  // "climbed 4,000 feet a minute later": a moment after, not a rate ("three doses a month
  // apart": the gap between them)
  if (spaced(k + 2) && (word(k + 2, "later") || word(k + 2, "earlier") || word(k + 2, "after") ||
                        word(k + 2, "before") || word(k + 2, "ago") || word(k + 2, "apart"))) {
    return {};
  }
  if ((word(k, "a") || word(k, "an") || word(k, "per") || word(k, "each") || word(k, "every")) &&
      spaced(k + 1)) {
    for (std::string_view period : {"day", "week", "month", "year", "hour"}) {
      if (word(k + 1, period)) {
        end = k + 2;
        return period;
      }
    }
    // "4,000 feet per minute": "ft/min"
    if (word(k + 1, "minute")) {
      end = k + 2;
      return "min";
    }
    // "500 cubic metres a second": "m3/s"
    if (word(k + 1, "second")) {
      end = k + 2;
      return "s";
    }
    // "34.5 million tonnes per annum"
    if (word(k, "per") && word(k + 1, "annum")) {
      end = k + 2;
      return "year";
    }
  }
  return {};
}

// "a low of 2F", "highs of 15F", "temperatures near 10F": a reading's noun a few words
// before the figure makes a small "F" the scale, not a seat or a flat ("seat 16F"). So
// does one further back in the sentence, past its commas, when a word of reading stands
// right before the figure: "Highs today will be near 31F, falling to around 17F".
bool Scanner::follows_temperature_word(std::size_t unit_token) const {
  constexpr std::size_t kReach = 5;
  constexpr std::size_t kReadingReach = 12;
  const std::size_t number = unit_token - 1;
  // ("Temperatures are forecast to reach 33 C": a verb of reaching a reading, as "to" is)
  const bool reading_before = number > 0 && (word(number - 1, "near") || word(number - 1, "around") ||
                                             word(number - 1, "about") || word(number - 1, "to") ||
                                             word(number - 1, "reach") || word(number - 1, "hit"));
  for (std::size_t t = unit_token, seen = 0; t > 0 && seen < (reading_before ? kReadingReach : kReach); ++seen) {
    --t;
    if (tokens_[t + 1].gap == Gap::kNewline) return false;
    // (a clause's mark parts the noun from the figure; a decimal point, "2.5F", does not)
    if ((symbol(t, ',') && !reading_before) || symbol(t, ';') ||
        (symbol(t, '.') && !(attached(t) && attached(t + 1)))) {
      return false;
    }
    // (the noun before its figure or preposition: "the high court heard flat 2F" has none)
    if ((word(t, "low") || word(t, "lows") || word(t, "high") || word(t, "highs") || word(t, "temperature") ||
         word(t, "temperatures")) &&
        (reading_before || digits(t + 1) || minus(t + 1) || word(t + 1, "of") || word(t + 1, "near") ||
         word(t + 1, "around") || word(t + 1, "about") || word(t + 1, "at"))) {
      return true;
    }
  }
  return false;
}

std::optional<std::size_t> Scanner::parse_temperature(std::size_t k, std::string& unit,
                                                       double value) const {
  auto letter_unit = [&](std::size_t j) -> std::string_view {
    const std::string_view text = text_of(j);
    if (text != "C" && text != "F") return {};
    if (attached(j + 1) && j + 1 < token_count_ && tokens_[j + 1].type != TokenType::kSymbol) {
      return {};
    }
    return text;
  };
  if (attached(k) && !letter_unit(k).empty()) {  // "23C"
    // "16F" is more often a seat or a flat; "104F" is hotter than any row number, and
    // "-52F" colder than any
    if (text_of(k) == "F" && !(value >= 61 && value <= 140) && !(value < 0) && !converts_celsius(k) &&
        !follows_temperature_word(k)) {
      return std::nullopt;
    }
    unit = text_of(k);
    return k + 1;
  }
  // "Redding hit 113 F on Tuesday": the letter a space away, in the same hot or sub-zero
  // span (a hyphen after it makes a name: "50 F-15 jets"; a bare "C" a space away is as
  // often a grade, a section or a vitamin, unless a reading's noun stands before the
  // figure: "Highs of 29 to 32 C")
  if (tokens_[k].gap == Gap::kSingleSpace && !letter_unit(k).empty() &&
      ((text_of(k) == "F" && ((value >= 61 && value <= 140) || value < 0)) || follows_temperature_word(k)) &&
      !(attached(k + 1) && !(symbol(k + 1, ',') || symbol(k + 1, '.') || symbol(k + 1, ';') ||
                             symbol(k + 1, ')')))) {
    unit = text_of(k);
    return k + 1;
  }
  if (symbol(k, U'℃') && (attached(k) || tokens_[k].gap == Gap::kSingleSpace)) {
    unit = 'C';
    return k + 1;
  }
  if (symbol(k, U'°') && (attached(k) || tokens_[k].gap == Gap::kSingleSpace)) {
    if (attached(k + 1) && !letter_unit(k + 1).empty()) {  // "1.5°C", "98.6°F"
      unit = std::string(letter_unit(k + 1));
      return k + 2;
    }
    unit = "degrees";
    return k + 1;
  }
  // "minus 35 Celsius", "a low of 4 Fahrenheit": the scale's name without "degrees"
  if (spaced(k) && (word(k, "celsius") || word(k, "centigrade"))) {
    unit = 'C';
    return k + 1;
  }
  if (word(k, "fahrenheit") && spaced(k)) {
    unit = 'F';
    return k + 1;
  }
  if ((word(k, "degrees") || word(k, "degree")) && spaced(k)) {
    if (spaced(k + 1) && (word(k + 1, "celsius") || word(k + 1, "centigrade") ||
                          letter_unit(k + 1) == "C")) {
      unit = 'C';
      return k + 2;
    }
    if (spaced(k + 1) && (word(k + 1, "fahrenheit") || letter_unit(k + 1) == "F")) {
      unit = 'F';
      return k + 2;
    }
    unit = "degrees";
    return k + 1;
  }
  return std::nullopt;
}

// "magnitude 5.4", "a magnitude-7 quake": the unit before the number;
// "M6.9", "M 6.2": a quake's magnitude as seismologists write it, in a text of quakes.
std::optional<Candidate> Scanner::parse_prefixed_unit(std::size_t j) const {
  if (!has(j, kPrefixUnit)) return std::nullopt;
  const bool letter = word(j, "m");
  std::size_t k = j + 1;
  if (letter) {
    // (a motorway's "M25" has no decimal point; "5 M" is millions)
    if (text_of(j) != "M" || !digits(k) || !(attached(k) || tokens_[k].gap == Gap::kSingleSpace) ||
        !symbol(k + 1, '.') || !attached(k + 1) || !digits(k + 2) || !attached(k + 2) ||
        (j > 0 && attached(j) && tokens_[j - 1].type != TokenType::kSymbol) || !names_quakes()) {
      return std::nullopt;
    }
  } else if (attached_dash(k) && attached(k + 1)) {
    ++k;
  } else if (!spaced(k)) {
    return std::nullopt;
  }
  if (!digits(k)) return std::nullopt;
  auto numeral = parse_digit_numeral(k, false);
  if (!numeral || numeral->scale != 1 || numeral->negative) return std::nullopt;
  Candidate candidate;
  candidate.end = numeral->end;
  candidate.mention.kind = MentionKind::kQuantity;
  candidate.mention.value = numeral->value;
  candidate.mention.precision = numeral->precision;
  candidate.mention.unit = letter ? "magnitude" : std::string(tokens_[j].lexeme->unit);
  return candidate;
}

bool Scanner::names_india() const {
  return text_holds_any(india_text_, {"crore", "lakh", "India", "Sensex", "Nifty", "\u20B9", "Rs "});
}

bool Scanner::counts_centuries() const {
  return text_holds_any(century_text_, {"snooker", "Snooker", "frames", "wickets", "innings", "batter", "batsman"});
}

bool Scanner::reports_golf() const {
  return text_holds_any(golf_text_, {"birdie", "bogey", "fairway", "under par", "over par", "putt"});
}

bool Scanner::names_quakes() const {
  return text_holds_any(quake_text_, {"quake", "Quake", "seismic", "Seismic", "tremor", "USGS", "tsunami"});
}

// "ranged from 145 to 300", "varied from 20% to 35%", "ranged in age from 17 to 72".
std::optional<Candidate> Scanner::parse_ranged_from(std::size_t i) const {
  if (!word(i, "from") || !spaced(i + 1)) return std::nullopt;
  // "with tickets from $59.50 to $189", "a loan with rates from 5% to 7%": a noun after
  // "with" has no verb to change it, so what follows spans its values
  // (so does a plural noun opening its clause: "; tickets from £48 to £95 sold out")
  const bool with_noun = i >= 2 && spaced(i - 1) && tokens_[i - 1].type == TokenType::kWord &&
                         ((word(i - 2, "with") && !tokens_[i - 1].capitalized) ||
                          ((symbol(i - 2, ';') || opens_sentence(i - 1)) && tokens_[i - 1].lexeme == nullptr &&
                           text_of(i - 1).size() > 3 && text_of(i - 1).back() == 's'));
  const bool cost_verb = i >= 2 && word_in(i - 1, kCostVerbs) && !word_in(i - 2, kCostDeterminers);
  // ("From 200 to 300 boats took part": opening its sentence, with no change before it)
  const bool after_verb = opens_sentence(i) || with_noun || cost_verb || word_in(i - 1, kRangeVerbs) ||
                          (i >= 3 && word(i - 2, "in") && tokens_[i - 1].type == TokenType::kWord &&
                           word_in(i - 3, kRangeVerbs));
  if (!after_verb) return std::nullopt;
  auto low = parse_single_figure(i + 1);
  if (!low || low->skip || !low->mention.value || !word(low->end, "to") || !spaced(low->end) ||
      !spaced(low->end + 1)) {
    return std::nullopt;
  }
  auto high = parse_single_figure(low->end + 1, false);
  if (!high || high->skip) return std::nullopt;
  if (low->mention.kind != MentionKind::kNumber &&
      (low->mention.kind != high->mention.kind || low->mention.unit != high->mention.unit)) {
    return std::nullopt;
  }
  return combine_range(*low->mention.value, low->scale, *high, high->end);
}

bool Scanner::names_a_race(std::size_t suffix) const {
  if (!(word(suffix, "m") || word(suffix, "k")) || !attached(suffix) || suffix == 0 || !digits(suffix - 1)) {
    return false;
  }
  if (spaced(suffix + 1) && word_in(suffix + 1, kRaceWords)) return true;
  // "ran the 1500m", "won a 10k"; "ran 100m", "swam 400m": a verb of moving alone is
  // enough ("won 100m" may be money)
  const std::size_t number = suffix - 1;
  if (number >= 1 && spaced(number) && (word(number - 1, "ran") || word(number - 1, "swam") ||
                                         word(number - 1, "raced") || word(number - 1, "sprinted"))) {
    return true;
  }
  // "the men's 100m", "the women's 1500m": an event of the sport
  if (number >= 3 && spaced(number) && word(number - 1, "s") && attached(number - 1) &&
      is_apostrophe(number - 2) && attached(number - 2) && (word(number - 3, "men") || word(number - 3, "women"))) {
    return true;
  }
  // "a personal best in the 1500m.", "fourth in the 5000m, behind": the event a place or
  // a time was in, closing its clause (a sum in millions goes on, "in the 1500m range")
  if (number >= 2 && word(number - 1, "the") && word(number - 2, "in") && spaced(number) &&
      (suffix + 1 >= token_count_ || symbol(suffix + 1, '.') || symbol(suffix + 1, ',') ||
       symbol(suffix + 1, ';') || symbol(suffix + 1, ')'))) {
    return true;
  }
  if (number >= 2 && (word(number - 1, "the") || has(number - 1, kArticle)) && spaced(number) &&
      word_in(number - 2, kRaceVerbs)) {
    return true;
  }
  // "claims 50m free title", "at the 150m mark": in a text of races, a distance they are
  // run or swum over, where millions would be written with their noun or currency
  // ("100m euros", "50m people", "100m of funding" are millions still)
  if (spaced(suffix + 1) && (has(suffix + 1, kCurrencyCode) || word(suffix + 1, "of") || word(suffix + 1, "people") ||
                             word(suffix + 1, "viewers") || word(suffix + 1, "euros") ||
                             word(suffix + 1, "dollars") || word(suffix + 1, "pounds"))) {
    return false;
  }
  return word(suffix, "m") && is_race_distance(text_of(number)) && reports_races();
}

bool Scanner::horse_race_miles(std::size_t m) const {
  return m > 0 && text_of(m) == "m" && attached(m) && digits(m - 1) && tokens_[m - 1].size() == 1 &&
         small_number(m - 1) <= 4 && (m < 2 || tokens_[m - 2].type != TokenType::kSymbol ||
                                      currency_of_sign(tokens_[m - 2].symbol).empty()) &&
         !(attached(m + 1) && m + 1 < token_count_ && tokens_[m + 1].type != TokenType::kSymbol) &&
         text_holds_any(horse_race_text_, {"furlong", "hurdle", "Hurdle", "jockey", "Chase", "steeplechase"});
}

std::size_t Scanner::furlongs_after_miles(std::size_t m) const {
  // (the letter first: most words glued to digits are none)
  // ("2m 4f": a racecard's spaced form too)
  if (m + 2 >= token_count_ || tokens_[m].size() != 1 || text_[tokens_[m].begin] != 'm' || !attached(m) ||
      m == 0 || !digits(m - 1) || !digits(m + 1) ||
      !(attached(m + 1) || tokens_[m + 1].gap == Gap::kSingleSpace) || tokens_[m + 1].size() > 1) {
    return 0;
  }
  std::size_t f = m + 2;
  if (f < token_count_ && tokens_[f].type == TokenType::kSymbol && vulgar_fraction(tokens_[f].symbol) > 0 &&
      attached(f)) {
    ++f;
  }
  if (text_of(f) != "f" || !attached(f) || (attached(f + 1) && f + 1 < token_count_ &&
                                            tokens_[f + 1].type != TokenType::kSymbol)) {
    return 0;
  }
  return f;
}

bool Scanner::word_of_set_near(std::size_t first, std::size_t end, const WordSet& words, std::size_t reach) const {
  const auto ends_sentence = [&](std::size_t t) {
    return (symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1);
  };
  for (std::size_t t = first, seen = 0; t > 0 && seen < reach; ++seen) {
    if (tokens_[t].gap == Gap::kNewline || ends_sentence(--t)) break;
    if (word_in(t, words)) return true;
  }
  for (std::size_t t = end, seen = 0; t < token_count_ && seen < reach; ++t, ++seen) {
    if (tokens_[t].gap == Gap::kNewline || ends_sentence(t)) break;
    if (word_in(t, words)) return true;
  }
  return false;
}

bool Scanner::in_cricket_sentence(std::size_t first, std::size_t end) const {
  constexpr std::size_t kCricketReach = 40;
  return word_of_set_near(first, end, kCricketWordSet, kCricketReach);
}

bool Scanner::measures_water_height(std::size_t first, std::size_t suffix) const {
  // (the letter first, then what follows: "1.2m people" after a tsunami are millions)
  if (!word(suffix, "m") || !attached(suffix) || (spaced(suffix + 1) && counted_noun(suffix + 1)) ||
      small_number(first) >= 30) {
    return false;
  }
  // "the storm surge reached 4m in places", "waves of up to 8m", "the river peaked at 5.8m";
  // anywhere in a bulletin that reads river gauges or tides ("between 4.1m and 4.3m",
  // "Kelby: 8.05am (6.1m)")
  constexpr std::size_t kWaterHeightReach = 6;
  return word_of_set_near(first, suffix + 1, kWaterHeightWordSet, kWaterHeightReach) ||
         text_holds_any(gauge_text_, {" gauge", "river level", "River level", "high tide", "High tide"});
}

bool Scanner::marks_a_field_event(std::size_t first, std::size_t suffix) const {
  if (!word(suffix, "m") || !attached(suffix)) return false;
  // the words of the event within a few of the mark, in its sentence: "jumped a personal
  // best of 8.76m", "opened with 8.31m and produced the winning leap"
  constexpr std::size_t kFieldEventReach = 6;
  return word_of_set_near(first, suffix + 1, kFieldEventWordSet, kFieldEventReach);
}

std::optional<std::size_t> Scanner::parse_measure_unit(std::size_t k, std::string& unit) const {
  std::size_t u = k;
  // "a 5k run": kilometres, which "k" stands for only in a race's name
  if (u == k && word(u, "k") && names_a_race(u)) {
    unit = "km";
    return u + 1;
  }
  // "25.9N 85.7W", "latitude 25.9 North": a position's latitude and longitude in degrees
  if (names_a_hemisphere(k)) {
    unit = "degrees";
    return u + 1;
  }
  const bool adjectival = attached_dash(u) && attached(u + 1) && has(u + 1, kMeasureUnit | kSquare);
  if (adjectival) ++u;
  if (!adjectival && !attached(u) && !spaced(u)) return std::nullopt;
  // "400 metric tons"; "150,000 deadweight tonnes", a ship's carrying capacity, in tonnes too
  if ((word(u, "metric") || word(u, "deadweight")) && spaced(u + 1) &&
      (word(u + 1, "tons") || word(u + 1, "ton") || word(u + 1, "tonnes") || word(u + 1, "tonne"))) {
    // (a char, as one letter may be: GCC 12 at -O3 warns falsely (-Wrestrict) of "t"'s copy)
    unit = 't';
    return u + 2;
  }
  // "52.6 billion vehicle-kilometres", "333 billion vehicle miles": the distance a
  // country's traffic drove
  if (!adjectival && spaced(u) && word(u, "vehicle")) {
    if (const std::size_t end = vehicle_distance_end(u); end != 0) {
      unit = vehicle_distance_in_miles(end) ? "vehicle_miles" : "vehicle_km";
      return end;
    }
  }
  // "140 nautical miles"
  const auto nautical_miles = [&](std::size_t t) {
    return word(t, "nautical") && spaced(t + 1) && (word(t + 1, "miles") || word(t + 1, "mile"));
  };
  if (nautical_miles(u)) {
    unit = "nmi";
    return u + 2;
  }
  // "the 3,420-nautical-mile passage"
  if (u == k && attached_dash(u) && attached(u + 1) && word(u + 1, "nautical") && attached_dash(u + 2) &&
      attached(u + 3) && word(u + 3, "mile")) {
    unit = "nmi";
    return u + 4;
  }
  // "an airspeed of 118 kt", "9 NM from the threshold": an aviation or marine report's
  // knots and nautical miles, their symbols spaced in capitals or (knots) lower case
  // ("412kt" glued on is a mine's kilotonnes; "3nm" a chip's nanometres)
  if (u == k && spaced(u) && (text_of(u) == "kt" || text_of(u) == "KT" || text_of(u) == "NM") &&
      !(spaced(u + 1) && u + 1 < token_count_ && tokens_[u + 1].capitalized)) {
    unit = text_of(u) == "NM" ? "nmi" : "kn";
    return u + 1;
  }
  // "1.6 astronomical units": the Earth's mean distance from the Sun
  if (word(u, "astronomical") && spaced(u + 1) && (word(u + 1, "units") || word(u + 1, "unit"))) {
    unit = "au";
    return u + 2;
  }
  // "1.8 AU from Earth", "25,000 K.": the astronomical unit's and the kelvin's symbols, in
  // capitals after a space ("au" in lower case is French, "25K" glued on is thousands), and
  // not before a noun they would name ("55 AU members": the African Union; "1100 K Street")
  const bool symbol_ends_phrase = u + 1 >= token_count_ || tokens_[u + 1].type == TokenType::kSymbol ||
                                  (spaced(u + 1) && word_in(u + 1, kNotNounSet));
  if (u == k && spaced(u) && symbol_ends_phrase) {
    if (text_of(u) == "AU") {
      unit = "au";
      return u + 1;
    }
    if (text_of(u) == "K") {
      unit = text_of(u);
      return u + 1;
    }
  }
  // "42 trucks carrying 1,100 MT of food": a relief agency's metric tonnes, in capitals
  // ("384 Mt" is megatonnes; "MT" before a noun may name, as "55 AU members" does)
  if (u == k && text_of(u) == "MT" && (symbol_ends_phrase || (spaced(u + 1) && word(u + 1, "of")))) {
    unit = 't';
    return u + 1;
  }
  // "48 light years", "4.2 light-years"
  if (word(u, "light") && (spaced(u + 1) || (attached_dash(u + 1) && attached(u + 2)))) {
    const std::size_t year = dash(u + 1) ? u + 2 : u + 1;
    if (word(year, "years") || word(year, "year")) {
      unit = "ly";
      return year + 1;
    }
  }
  // "100 cubic metres"
  if (word(u, "cubic") && has(u + 1, kMeasureUnit) && spaced(u + 1)) {
    unit = std::string(tokens_[u + 1].lexeme->unit) + "3";
    return u + 2;
  }
  if (has(u, kSquare)) {
    std::size_t v = u + 1;
    if (symbol(v, '.') && attached(v)) ++v;
    // "a 1,200-square-foot loft": the unit hyphened on as its number is
    const bool hyphened = attached_dash(v) && attached(v + 1);
    if (hyphened) ++v;
    // "an area of 600 square nautical miles"
    if (spaced(v) && nautical_miles(v)) {
      unit = "nmi2";
      return v + 2;
    }
    if (!has(v, kMeasureUnit) || !(spaced(v) || hyphened)) return std::nullopt;
    unit = std::string(tokens_[v].lexeme->unit) + "2";
    return v + 1;
  }
  // "249 g", "2in": letters too short or too common to be units in the lexicon, read as
  // units only in lower case, alone, and "in" only against its number ("6ft 2in")
  const bool letters_alone = !adjectival && !(attached(u + 1) && u + 1 < token_count_ &&
                                              tokens_[u + 1].type != TokenType::kSymbol);
  // "1.86 g/t", "3.9g/t": an ore's grade, grams of metal a tonne of rock
  if (text_of(u) == "g" && symbol(u + 1, '/') && attached(u + 1) && text_of(u + 2) == "t" && attached(u + 2) &&
      !(attached(u + 3) && u + 3 < token_count_ && tokens_[u + 3].type != TokenType::kSymbol)) {
    unit = "g/t";
    return u + 3;
  }
  if (letters_alone && (text_of(u) == "g" || (text_of(u) == "in" && attached(u)))) {
    unit = text_of(u) == "g" ? "g" : "in";
    return u + 1;
  }
  // "967 mb": a storm's pressure in millibars, in weather copy's lower case ("MB" in
  // capitals is a file's megabytes, "mb/d" oil's barrels a day), and in a line written all
  // in capitals ("MINIMUM CENTRAL PRESSURE...954 MB"), where every word is shouted
  if (letters_alone && (text_of(u) == "mb" || (word(u, "mb") && in_capitals_line(u)))) {
    unit = "mb";
    return u + 1;
  }
  // "a 2m4f chase": the miles of a race's distance, then its furlongs; "the 2m juvenile
  // hurdle", "(3m)": miles alone, in a text of horse races
  if (u == k && text_of(u) == "m" && (furlongs_after_miles(u) != 0 || horse_race_miles(u))) {
    unit = "mi";
    return u + 1;
  }
  if (u == k && text_of(u) == "f" && attached(u) && u >= 3) {
    const std::size_t m = digits(u - 1) ? u - 2 : u - 3;
    if (furlongs_after_miles(m) == u) {
      unit = "furlongs";
      return u + 1;
    }
  }
  // "a 3nm chip": nanometres in the SI's lower case; "620Nm of torque": newton metres, the
  // capital N the newton's (nautical miles are written out, "nmi" or "NM")
  // ("38nm off Hodeidah": in a text of ships, nautical miles, as seafarers write them)
  if (letters_alone && (text_of(u) == "nm" || text_of(u) == "Nm")) {
    // (literals: GCC 12 warns, falsely, of a copy of text_of's view)
    unit = text_of(u) == "Nm" ? "Nm" : names_the_sea() ? "nmi" : "nm";
    return u + 1;
  }
  // "11st 10lb": a weight in stones, glued on as "lb" is, where no ordinal ends in "st"
  // ("21st" is one; "11st", "12st", "9st" are not)
  if (letters_alone && text_of(u) == "st" && attached(u) && u > 0 && digits(u - 1) && !ordinal_st(u - 1)) {
    unit = "st";
    return u + 1;
  }
  // "5 ft 9 in": spaced "in" is inches only as the second part of a height in feet, at its
  // end ("5 ft 9 in a year" goes on with the preposition)
  if (text_of(u) == "in" && spaced(u) && u >= 3 && u == k && digits(u - 1) && has(u - 2, kMeasureUnit) &&
      tokens_[u - 2].lexeme->unit == "ft" && digits(u - 3) &&
      (u + 1 >= token_count_ || tokens_[u + 1].type == TokenType::kSymbol || word(u + 1, "tall") ||
       word(u + 1, "high") || word(u + 1, "long"))) {
    unit = "in";
    return u + 1;
  }
  // "a 250 MB file", "700MB": megabytes in capitals ("mb" in weather copy is millibars)
  if (tokens_[u].all_caps && word(u, "mb") && letters_alone) {
    unit = "MB";
    return u + 1;
  }
  if (has(u, kGluedUnit)) {
    // "wheat on 1,200 ha.", "1,200 ha of wheat", "1.5 million ha were flooded", "40 ha (99
    // acres)": hectares spaced too, where the clause ends, the crop, a verb or a conversion
    // follows ("ha!" and "ha ha" stay a laugh)
    const bool spaced_hectares =
        u == k && spaced(u) && text_of(u) == "ha" &&
        (u + 1 >= token_count_ || (symbol(u + 1, '.') || symbol(u + 1, ',') || symbol(u + 1, ';') ||
                                   symbol(u + 1, ')') || symbol(u + 1, '(')) ||
         (spaced(u + 1) && word_in(u + 1, kNotNounSet)));
    if (spaced_hectares) {
      unit = "ha";
      return u + 1;
    }
    if (u != k || !attached(u) || text_of(u) != tokens_[u].lexeme->unit) return std::nullopt;
    unit = std::string(tokens_[u].lexeme->unit);
    return u + 1;
  }
  std::size_t end = u + 1;
  if (const std::string_view micro = micro_unit(u); !micro.empty()) {
    unit = std::string(micro);
    end = symbol(u, kMicroSign) ? u + 2 : u + 1;
  } else if (has(u, kMeasureUnit)) {
    unit = std::string(tokens_[u].lexeme->unit);
    // "204,900ML in storage", "318 Ml/d": a water authority's megalitres, the capital M the
    // SI's mega ("ml" and "mL" are millilitres)
    if (unit == "ml" && (text_of(u) == "ML" || text_of(u) == "Ml")) {
      unit = "ML";
      // "318 Ml/d": a water company's megalitres a day
      if (symbol(u + 1, '/') && attached(u + 1) && word(u + 2, "d") && attached(u + 2) &&
          !(attached(u + 3) && u + 3 < token_count_ && tokens_[u + 3].type != TokenType::kSymbol)) {
        unit = "ML/day";
        return u + 3;
      }
    }
    // "1,502 GB adults": Great Britain, where the people counted live, not gigabytes
    if (unit == "GB" && spaced(u + 1) &&
        (word(u + 1, "adults") || word(u + 1, "voters") || word(u + 1, "respondents") || counted_noun(u + 1))) {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  // "about 40 M142 launchers", "two G7 summits": a unit's letters with digits glued on
  // (but a square's or a cube's "2" or "3") are a model's or a group's name
  if (digits(end) && attached(end) && text_of(end) != "2" && text_of(end) != "3") return std::nullopt;
  // "5.9 terawatt hours", "a 2-gigawatt-hour battery": energy, the power's unit and "h"
  if (unit.size() == 2 && unit[1] == 'W') {
    const std::size_t hours = attached_dash(end) && attached(end + 1) ? end + 1 : end;
    if ((word(hours, "hours") || word(hours, "hour")) && (hours != end || spaced(end))) {
      unit += 'h';
      return hours + 1;
    }
  }
  // "km²", "km2"; "m³", "m3"
  if ((symbol(end, U'²') || symbol(end, U'³')) && attached(end)) {
    unit += symbol(end, U'²') ? "2" : "3";
    ++end;
  } else if (digits(end) && attached(end) && (text_of(end) == "2" || text_of(end) == "3")) {
    unit += text_of(end);
    ++end;
    // "384 MtCO2e": the carbon dioxide equivalent of all greenhouse gases, its "e" glued on
    if (unit.ends_with("CO2") && attached(end) && end < token_count_ && text_of(end) == "e") {
      unit += 'e';
      ++end;
    }
  }
  return end;
}

bool Scanner::in_capitals_line(std::size_t j) const {
  if (j >= token_count_) return false;
  // (each line is read once: its bounds and answer are kept for the next unit on it)
  if (j >= capitals_line_.begin && j < capitals_line_.end) return capitals_line_.in_capitals;
  const std::size_t first = line_start(j);
  std::size_t words = 0;
  bool all_caps = true;
  std::size_t t = first;
  for (; t < token_count_ && (t == first || tokens_[t].gap != Gap::kNewline); ++t) {
    if (tokens_[t].type != TokenType::kWord || tokens_[t].size() < 2) continue;
    all_caps = all_caps && tokens_[t].all_caps;
    ++words;
  }
  capitals_line_ = {first, t, all_caps && words >= 3};
  return capitals_line_.in_capitals;
}

bool Scanner::names_a_hemisphere(std::size_t j) const {
  // a decimal just before: "25.9" of "25.9N"
  if (j < 3 || !digits(j - 1) || !symbol(j - 2, '.') || !attached(j - 1) || !attached(j - 2) || !digits(j - 3)) {
    return false;
  }
  const auto glued = [&](std::size_t h, std::string_view letters) {
    return h < token_count_ && tokens_[h].type == TokenType::kWord && tokens_[h].size() == 1 && attached(h) &&
           letters.find(text_of(h)) != std::string_view::npos;
  };
  // glued on, a pair: "25.9N 85.7W" (alone, "85.7W" is watts and "3.5N" newtons)
  if (glued(j, "NS")) {
    return j + 4 < token_count_ && digits(j + 1) && spaced(j + 1) && symbol(j + 2, '.') && attached(j + 2) &&
           digits(j + 3) && attached(j + 3) && glued(j + 4, "EW");
  }
  if (glued(j, "EW")) return j >= 4 && glued(j - 4, "NS") && spaced(j - 3);
  // spelled out after "latitude" or "longitude": "near latitude 25.9 North, longitude 85.7 West"
  return spaced(j) && tokens_[j].capitalized &&
         (word(j, "north") || word(j, "south") || word(j, "east") || word(j, "west")) && j >= 4 && spaced(j - 3) &&
         (word(j - 4, "latitude") || word(j - 4, "longitude"));
}

// "µg", "µm": the micro sign is a symbol before the letter; "μg" with the Greek letter is
// one word. "ug" in ASCII is in the lexicon.
std::string_view Scanner::micro_unit(std::size_t u) const {
  if (symbol(u, kMicroSign) && attached(u + 1)) {
    if (text_of(u + 1) == "g") return "ug";
    if (text_of(u + 1) == "m") return "um";
    return {};
  }
  if (text_of(u) == "\u03BCg") return "ug";
  if (text_of(u) == "\u03BCm") return "um";
  return {};
}

// "/m³", "per cubic metre": the volume a mass is measured in ("10.4 µg/m³", "micrograms
// per cubic metre"), read from the token after the mass's unit; its unit ("m3") and end.
std::optional<std::size_t> Scanner::parse_per_volume(std::size_t k, std::string& volume) const {
  const bool slash = symbol(k, '/') && attached(k) && attached(k + 1);
  const bool per = (word(k, "per") || word(k, "a")) && spaced(k) && spaced(k + 1);
  const bool in_base = word(k, "in") && spaced(k) && digits(k + 1) && spaced(k + 1);
  if (!slash && !per && !in_base) return std::nullopt;
  // "2 mg/L", "10 ug/dL", "5 mg/mL": a concentration in a liquid, the litre's lone
  // letter read only after the slash (alone, "L" is no unit)
  if (slash && !(attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type != TokenType::kSymbol)) {
    const std::string_view litre = text_of(k + 1);
    if (litre == "L" || litre == "l" || litre == "dL" || litre == "dl" || litre == "mL" || litre == "ml") {
      volume = litre.size() == 1 ? "l" : litre[0] == 'd' ? "dl" : "ml";
      return k + 2;
    }
  }
  // "250mg/5ml": a medicine's strength in a spoonful of its liquid
  if (slash && digits(k + 1) && word(k + 2, "ml") && attached(k + 2) &&
      !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol)) {
    volume = std::string(text_of(k + 1)) + "ml";
    return k + 3;
  }
  std::string unit;
  // "35g of sugar per 100ml", "450 calories per 100g", "71 microgrammes of alcohol in 100
  // millilitres of breath", "4.1 microgrammes of THC per litre of blood": a food label's or
  // a blood test's base, a litre or a round amount of liquid or food, and what it is of
  if (in_base || (per && word(k, "per"))) {
    std::size_t u = k + 1;
    std::string amount;
    if (digits(u)) {
      const auto base = parse_digit_numeral(u, false);
      if (!base || !base->plain_integer) return std::nullopt;
      amount = std::string(text_of(u));
      u = base->end;
    }
    const auto base_end = parse_measure_unit(u, unit);
    if (!base_end || !(unit == "ml" || unit == "litres" || unit == "g" || unit == "kg")) {
      if (in_base) return std::nullopt;
    } else {
      volume = amount + (unit == "litres" ? "l" : unit);
      const std::size_t of_end = past_what_is_measured(*base_end);
      return of_end == *base_end + 2 ? of_end : *base_end;
    }
  }
  const auto end = parse_measure_unit(k + 1, unit);
  if (!end || unit.size() < 2 || unit.back() != '3') return std::nullopt;
  volume = std::move(unit);
  return end;
}

// "600 trucks a day", "600 aid trucks per day", "600 trucks daily".
std::optional<std::size_t> Scanner::parse_rate(std::size_t k, std::string& unit) const {
  std::string_view noun;
  std::size_t r = k;
  for (int nouns = 0; nouns <= kMaxRateNouns; ++nouns) {
    if (!spaced(r) || tokens_[r].type != TokenType::kWord) return std::nullopt;
    std::string_view period;
    std::size_t after = 0;
    if (has(r, kRateAdverb)) {
      period = tokens_[r].lexeme->unit;
      after = r + 1;
    } else if ((word(r, "a") || word(r, "per") || word(r, "each") || word(r, "every")) &&
               spaced(r + 1) &&
               (word(r + 1, "day") || word(r + 1, "week") || word(r + 1, "month") ||
                word(r + 1, "year"))) {
      period = text_of(r + 1);
      after = r + 2;
    } else if ((word(r, "an") || word(r, "per") || word(r, "every")) && word(r + 1, "hour") && spaced(r + 1)) {
      period = "hour";  // "two trains an hour"
      after = r + 2;
    } else if (word(r, "per") && word(r + 1, "annum") && spaced(r + 1)) {
      period = "year";
      after = r + 2;
    }
    if (!period.empty()) {
      // "571 million a year earlier", "three times higher a year later": a moment, not a rate
      // ("three doses a month apart": the gap between them)
      if (spaced(after) && (word(after, "later") || word(after, "earlier") || word(after, "ago") ||
                            word(after, "apart"))) {
        return std::nullopt;
      }
      if (noun.empty()) {
        // "more than 7 million monthly UK users", "50 million weekly listeners": an
        // adverb before a noun is its adjective, and the figure counts that noun
        if (after == r + 1 && spaced(after) && same_line(after) && tokens_[after].type == TokenType::kWord &&
            tokens_[after].lexeme == nullptr && !word_in(after, kNotNounSet)) {
          return std::nullopt;
        }
        // "4,312 trucks offloaded, about 144 a day": the noun counted just before
        noun = noun_counted_before(k);
        if (noun.empty()) noun = subject_averaged(k);
        if (noun.empty()) noun = noun_of_label(k);
        // "about 200 lorries a day have crossed ... The Strip relied on about 500 a day",
        // "averaged 212 a day, roughly a third of the 600 a day agreed": the noun of the
        // rate before
        if (noun.empty()) noun = noun_of_last_rate(k);
        if (noun.empty()) return std::nullopt;
      }
      // (written into `unit` in place: "trucks/day"; British lorries are trucks, so that
      // "189 aid lorries a day" is in the unit of the truck counts it is checked against)
      unit.clear();
      append_lowercase(unit, noun);
      if (unit == "lorries") unit = "trucks";
      unit += '/';
      append_lowercase(unit, period);
      return after;
    }
    // "53 people per boat", "2.1 children per woman": a count shared out over things, in
    // the counted noun per the thing ("litres per person per day" goes on to its period)
    if (!noun.empty() && word(r, "per") && spaced(r + 1) && tokens_[r + 1].type == TokenType::kWord &&
        tokens_[r + 1].lexeme == nullptr && !tokens_[r + 1].capitalized && tokens_[r + 1].size() >= 3 &&
        !word_in(r + 1, kNotNounSet) && !(word(r + 2, "per") && spaced(r + 2))) {
      unit.clear();
      append_lowercase(unit, noun);
      unit += '/';
      append_lowercase(unit, text_of(r + 1));
      return r + 2;
    }
    // "600 trucks of aid a day", "300 sacks of flour a week": what the counted thing holds,
    // between it and the period
    if (!noun.empty() && word(r, "of") && spaced(r + 1) && tokens_[r + 1].type == TokenType::kWord &&
        tokens_[r + 1].lexeme == nullptr && !tokens_[r + 1].capitalized && !word_in(r + 1, kNotNounSet)) {
      std::size_t period_end = r + 2;
      if (!rate_period(r + 2, period_end).empty()) {
        r += 2;
        continue;
      }
    }
    const Token& token = tokens_[r];
    const bool noun_like =
        token.size() >= 2 &&
        (token.lexeme == nullptr || !token.has(~(kDateNoun | kIdentifierWord | kHoliday))) &&
        !word_in(r, kNotNounSet);
    if (nouns == kMaxRateNouns || !noun_like) return std::nullopt;
    // "six extra freight paths a day": a word of more of the same is no noun of its own
    if (word(r, "extra") || word(r, "additional")) --nouns;
    // "76 UN-coordinated trucks a day": a hyphened compound is one word
    if (attached_dash(r + 1) && attached(r + 2) && r + 2 < token_count_ &&
        tokens_[r + 2].type == TokenType::kWord) {
      noun = text_.substr(tokens_[r].begin, tokens_[r + 2].end - tokens_[r].begin);
      r += 3;
      continue;
    }
    noun = text_of(r);
    ++r;
  }
  return std::nullopt;
}

// The noun of the nearest count before token k in its paragraph: "trucks" in "4,312 trucks
// offloaded" or "600 aid trucks a day", the figure and its noun right after it (the last
// noun before a rate's period); empty when no figure before names one.
std::string_view Scanner::noun_counted_before(std::size_t k) const {
  const auto plain_noun = [&](std::size_t t) {
    if (t >= token_count_ || !spaced(t)) return false;
    const Token& token = tokens_[t];
    return token.type == TokenType::kWord && token.lexeme == nullptr && !token.capitalized && token.size() >= 3 &&
           !word_in(t, kNotNounSet);
  };
  const std::size_t stop = k > kRateNounLookback ? k - kRateNounLookback : 0;
  // (k itself ends the figure the rate belongs to: its own tokens are passed over)
  for (std::size_t t = k; t > stop + 1; --t) {
    if (tokens_[t].gap == Gap::kNewline) return {};
    const std::size_t number = t - 2;
    // (four digits without a group before them are more often a year: "in 2024 prices rose")
    const bool year_like = digits(number) && tokens_[number].size() == 4 && !(attached(number) && number > 0 &&
                                                                             symbol(number - 1, ','));
    const bool figure = (digits(number) && !year_like) || has(number, kCardinal | kScaleWord | kScaleSuffix);
    if (!figure) continue;
    // "213 Palestinians were killed, about 30 a day": a people's name in the plural counts
    // people, the rate's noun as the corpus writes it
    if (demonym_plural(number + 1)) return "people";
    if (!plain_noun(number + 1)) continue;
    // "80 times sales": a multiplier, whose "times" is no noun a later rate counts ("50
    // million weekly users" after it); "44 times a day" reads its own noun, not this way
    if (word(number + 1, "times")) continue;
    // "two point eight million": a decimal said aloud, whose "point" is no noun
    if (word(number + 1, "point") && has(number + 2, kCardinal)) continue;
    // "a $157bn valuation": a sum's noun says what the money is, not what is counted
    const std::size_t first_digit = has(number, kScaleSuffix | kScaleWord) && number > 0 && digits(number - 1)
                                        ? number - 1
                                        : number;
    if (first_digit > 0 && attached(first_digit) &&
        (symbol(first_digit - 1, '$') || symbol(first_digit - 1, U'£') || symbol(first_digit - 1, U'€'))) {
      continue;
    }
    // "600 aid trucks a day": the noun before the period, where a rate follows
    if (plain_noun(number + 2)) {
      std::size_t period_end = number + 3;
      if (!rate_period(number + 3, period_end).empty()) return text_of(number + 2);
    }
    // "45 volcano-tectonic earthquakes": the noun after a compound hyphened on
    if (attached_dash(number + 2) && attached(number + 3) && tokens_[number + 3].type == TokenType::kWord &&
        spaced(number + 4) && plural_noun(number + 4)) {
      return text_of(number + 4);
    }
    return text_of(number + 1);
  }
  return {};
}

bool Scanner::demonym_plural(std::size_t t) const {
  if (t >= token_count_ || !spaced(t) || tokens_[t].type != TokenType::kWord || !tokens_[t].capitalized ||
      tokens_[t].all_caps || tokens_[t].lexeme != nullptr) {
    return false;
  }
  const std::string_view name = text_of(t);
  return name.size() >= 6 && (name.ends_with("ians") || name.ends_with("eans") || name.ends_with("elis") ||
                              name.ends_with("anis") || name.ends_with("inos"));
}

std::string_view Scanner::noun_of_last_rate(std::size_t k) const {
  if (last_rate_unit_.empty() || last_rate_end_ > k || k - last_rate_end_ > kRateNounLookback) return {};
  const std::string_view noun = std::string_view(last_rate_unit_).substr(0, last_rate_unit_.find('/'));
  // (a counted noun, not a measure's symbol: "t/day", "km/h" are no things counted)
  if (noun.size() < 3 || !std::all_of(noun.begin(), noun.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return {};
  }
  for (std::size_t t = last_rate_end_; t <= k; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return {};
  }
  return noun;
}

std::string_view Scanner::subject_averaged(std::size_t k) const {
  const std::size_t figure = digits_start(k);  // the figure's first token ("1,200", "74")
  // ("are averaging about 200 a day": the verb's other forms, and a hedge before the figure)
  std::size_t verb = figure - 1;
  if (figure >= 3 && spaced(figure) && has(verb, kQualifierStart)) --verb;
  if (figure == k || figure < 2 || !spaced(figure) ||
      !(word(verb, "averaged") || word(verb, "averaging") || word(verb, "averages"))) {
    return {};
  }
  const std::size_t stop = figure > kRateNounLookback ? figure - kRateNounLookback : 0;
  std::size_t first = figure - 1;  // the sentence's first word, walking back to its start
  std::size_t t = figure - 1;
  for (; t > stop; --t) {
    if (tokens_[t].gap == Gap::kNewline || sentence_stop(t - 1)) {
      break;
    }
    if (tokens_[t - 1].type == TokenType::kWord) first = t - 1;
  }
  if (t == stop && stop > 0) return {};  // (no start within reach)
  // ("Aid trucks entering Gaza ...": the subject's noun among its first two words)
  for (std::size_t w = first; w < first + 2 && w < verb; ++w) {
    if (plural_noun(w)) return text_of(w);
  }
  return {};
}

std::size_t Scanner::digits_start(std::size_t k) const {
  std::size_t figure = k;
  while (figure > 0 && (digits(figure - 1) || ((symbol(figure - 1, ',') || symbol(figure - 1, '.')) &&
                                                attached(figure - 1) && attached(figure)))) {
    --figure;
  }
  return figure;
}

bool Scanner::noun_word(std::size_t t) const {
  const Token& noun = tokens_[t];
  return noun.type == TokenType::kWord && !noun.capitalized && !word_in(t, kNotNounSet);
}

bool Scanner::plural_noun(std::size_t t) const {
  const Token& noun = tokens_[t];
  return noun.type == TokenType::kWord && noun.lexeme == nullptr && noun.size() >= 3 &&
         (text_of(t).back() == 's' || text_of(t).back() == 'S') && !word_in(t, kNotNounSet);
}

// "Weekday sailings: 31 a day", "Aid trucks agreed: 600 a day": a rate given after a
// label counts the label's plural noun.
std::string_view Scanner::noun_of_label(std::size_t k) const {
  std::size_t figure = digits_start(k);
  if (figure > 0 && has(figure - 1, kQualifierStart)) --figure;
  if (figure < 2 || !symbol(figure - 1, ':')) return {};
  constexpr std::size_t kLabelWords = 4;
  for (std::size_t t = figure - 1; t > 0 && figure - 1 - t < kLabelWords; --t) {
    if (tokens_[t].gap == Gap::kNewline) break;
    if (plural_noun(t - 1)) return text_of(t - 1);
    if (tokens_[t - 1].type != TokenType::kWord || tokens_[t - 1].gap == Gap::kNewline) break;
  }
  return {};
}

// "one count of fraud ... and two counts of ...": the word after a lone "one" at `k` is
// a noun counted again, by a number after "and" or a list's comma later in the sentence
// ("of one count of conspiracy, seven counts of fraud and two counts of ..."), or by one
// before it ("to 14 counts under the Act, and to one count of deception").
bool Scanner::one_in_a_list_of_counts(std::size_t k) const {
  if (k == 0 || !spaced(k) || attached(k - 1) || k >= token_count_) return false;
  const Token& noun = tokens_[k];
  if (noun.type != TokenType::kWord || noun.lexeme != nullptr || noun.capitalized || noun.size() < 3) {
    return false;
  }
  const std::string_view stem = text_of(k);
  const std::size_t stop = std::min(token_count_, k + kListLookahead);
  for (std::size_t t = k + 1; t + 2 < stop; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return false;
    if (symbol(t, '.') || symbol(t, ';') || symbol(t, ':') || symbol(t, '!') || symbol(t, '?')) return false;
    if (!(word(t, "and") || (symbol(t, ',') && attached(t))) || !spaced(t + 1) || !spaced(t + 2)) continue;
    if (!digits(t + 1) && !(has(t + 1, kCardinal) && tokens_[t + 1].lexeme->number >= 2)) continue;
    const std::string_view again = text_of(t + 2);
    if (again.size() >= stem.size() && again.substr(0, stem.size()) == stem) return true;
  }
  // "pleaded guilty to 14 counts under the Act, and to one count of deception": the
  // list's other counts before it, parted from the "one" by an "and" or a comma
  bool listed = false;
  const std::size_t start = k > kListLookahead ? k - kListLookahead : 0;
  for (std::size_t t = k - 1; t > start + 1; --t) {
    if (tokens_[t + 1].gap == Gap::kNewline) return false;
    if (symbol(t, '.') || symbol(t, ';') || symbol(t, ':') || symbol(t, '!') || symbol(t, '?')) return false;
    if (word(t, "and") || (symbol(t, ',') && attached(t))) listed = true;
    if (!listed || !spaced(t) || !spaced(t - 1)) continue;
    if (!digits(t - 1) && !(has(t - 1, kCardinal) && tokens_[t - 1].lexeme->number >= 2)) continue;
    const std::string_view again = text_of(t);
    if (again.size() > stem.size() && again.substr(0, stem.size()) == stem) return true;
  }
  return false;
}

std::string_view Scanner::dinar_country(std::size_t j) const {
  if (j >= token_count_ || !tokens_[j].capitalized) return {};
  for (const DinarCountry& country : kDinarCountries) {
    if (word(j, country.name) || word(j, country.adjective)) return country.code;
  }
  return {};
}

std::string_view Scanner::dinar_country_before(std::size_t j) const {
  std::string_view found;
  const std::size_t stop = j > kCurrencyCountryLookback ? j - kCurrencyCountryLookback : 0;
  for (std::size_t t = j; t > stop; --t) {
    if (tokens_[t].gap == Gap::kNewline) break;
    const std::string_view code = dinar_country(t - 1);
    if (code.empty()) continue;
    if (!found.empty() && found != code) return {};  // two dinar countries: either may be meant
    found = code;
  }
  return found;
}

std::string_view currency_of_sign(char32_t sign) {
  switch (sign) {
    case '$': return "USD";
    case U'€': return "EUR";
    case U'£': return "GBP";
    case U'₪': return "ILS";
    case U'¥': return "JPY";
    case U'₹': return "INR";
    case U'₩': return "KRW";
    case U'₦': return "NGN";
    case U'₵': return "GHS";
    case U'₱': return "PHP";
    case U'₺': return "TRY";
    case U'₽': return "RUB";
    case U'₴': return "UAH";
    default: return {};
  }
}

// The currency an exchange rate before token k quotes, named earlier in its sentence:
// "the Kenyan shilling", "the naira", "the won"; empty when none is.
std::string_view Scanner::quoted_currency_before(std::size_t k) const {
  constexpr std::size_t kQuotedCurrencyLookback = 30;
  const std::size_t stop = k > kQuotedCurrencyLookback ? k - kQuotedCurrencyLookback : 0;
  for (std::size_t t = k; t > stop; --t) {
    const std::size_t c = t - 1;
    if (tokens_[t].gap == Gap::kNewline) break;
    if ((symbol(c, '.') || symbol(c, '!') || symbol(c, '?') || symbol(c, ';')) && !attached(t)) break;
    if (tokens_[c].type != TokenType::kWord) continue;
    for (const NationalCurrency& currency : kNationalCurrencies) {
      if ((word(c, currency.singular) || word(c, currency.plural)) && c > 0 && word(c - 1, currency.adjective)) {
        return currency.code;
      }
    }
    // ("the Hong Kong dollar traded at 7.7985")
    if (word(c, "dollar") && c > 1 && word(c - 1, "kong") && word(c - 2, "hong")) return "HKD";
    // ("the won": the noun, not the verb; "the real", Brazil's, not the adjective)
    if (word(c, "won") && c > 0 && word(c - 1, "the")) return "KRW";
    if (word(c, "real") && c > 0 && word(c - 1, "the")) return "BRL";
    if (has(c, kCurrencyWord) && !word(c, "dollar") && !word(c, "dollars") && !tokens_[c].lexeme->unit.empty()) {
      return tokens_[c].lexeme->unit;
    }
    // ("Spot CNY opened at 7.0948": the currency's code, in capitals, the dollar's aside)
    if (has(c, kCurrencyCode) && tokens_[c].all_caps && tokens_[c].lexeme->unit != "USD" &&
        !tokens_[c].lexeme->unit.empty()) {
      return tokens_[c].lexeme->unit;
    }
  }
  return {};
}

bool Scanner::share_names_its_holder(std::size_t comma) const {
  if (last_mention_end_ == comma) return true;
  if (last_mention_end_ > comma || comma - last_mention_end_ > kShareHolderWords ||
      !(word(last_mention_end_, "for") || word(last_mention_end_, "of") || word(last_mention_end_, "among"))) {
    return false;
  }
  for (std::size_t t = last_mention_end_; t < comma; ++t) {
    if (tokens_[t].type != TokenType::kWord || !spaced(t)) return false;
  }
  return true;
}

// What follows a numeral decides its kind: "%", "km²", "months", "trucks a day"...
std::optional<Candidate> Scanner::apply_suffix(const Numeral& numeral) const {
  std::optional<Candidate> figure(std::in_place);
  if (!read_suffix(numeral, *figure)) figure.reset();
  return figure;
}

bool Scanner::glued_hours_then_minutes(std::size_t h) const {
  return (word(h, "h") || word(h, "hr")) && h > 0 && digits(h - 1) && attached(h) && spaced(h + 1) &&
         digits(h + 1) && attached(h + 2) && (word(h + 2, "m") || word(h + 2, "min")) &&
         !(attached(h + 3) && h + 3 < token_count_ && tokens_[h + 3].type != TokenType::kSymbol);
}

std::string_view Scanner::currency_code_at(std::size_t t) const {
  if (t >= token_count_ || tokens_[t].type != TokenType::kWord) return {};
  if (word(t, "won")) return "KRW";
  if (word(t, "real")) return "BRL";  // ("Dollar/real: 5.3185": the noun, in a pair's label)
  if (has(t, kCurrencyCode | kCurrencyWord) && !tokens_[t].lexeme->unit.empty()) return tokens_[t].lexeme->unit;
  return {};
}

bool Scanner::names_a_shot(std::size_t p) const {
  if (word(p, "pointer") || word(p, "pointers")) return true;
  const std::size_t noun = p + 1;
  return word(p, "point") && spaced(noun) &&
         (word(noun, "range") || word(noun, "shot") || word(noun, "shots") || word(noun, "attempt") ||
          word(noun, "attempts") || word(noun, "line") || word(noun, "play") || word(noun, "basket") ||
          word(noun, "baskets") || word(noun, "shooting") || word(noun, "arc"));
}

std::string_view Scanner::pair_currency_at(std::size_t slash) const {
  if (slash == 0) return {};
  const std::string_view quote = currency_code_at(slash + 1);
  const std::string_view base = currency_code_at(slash - 1);
  if (quote.empty() || base.empty() || quote == base) return {};
  const auto major = [](std::string_view code) { return code == "USD" || code == "EUR"; };
  return major(quote) && !major(base) ? base : quote;
}

// The story's own currency for a rate at token `first` (its first digits), or none: under
// a pair's label ("EUR/HUF: 390.85"), the pair's currency that is neither the dollar nor
// the euro (the second if both are or neither is); in a sentence that quotes a currency
// ("the rupiah ... after touching 16,050", "while the dollar slipped to 3.6440" in a story
// on the zloty), that currency, for a figure written as rates are (to four places, or
// grouped) after a word that quotes it.
std::string Scanner::quoted_rate_currency(std::size_t first, const Numeral& numeral) const {
  const std::size_t k = numeral.end;
  // (a rate's four figures or more: "4.2480", "35.50", "1.085", "16,050"; "2.56", a ratio,
  // "2.4" or "300" is no quote; most figures are turned away here, or at the label's tests)
  const bool rate_like = (numeral.precision <= 0.01 && numeral.value >= 10) || numeral.precision <= 0.001 ||
                         (numeral.value >= 1000 && tokens_[first].size() <= 3 && symbol(first + 1, ',') &&
                          attached(first + 1));
  const std::size_t label_end = first >= 1 && symbol(first - 1, ':') && attached(first - 1) ? first - 2 : first - 1;
  const bool labelled = first >= 3 && label_end >= 2 && label_end < first && symbol(label_end - 1, '/') &&
                        attached(label_end - 1) && attached(label_end);
  if (!rate_like && !labelled) return {};
  // (no unit, share or scale after it, nor a counted noun: "35.50 in early trade", "4.2480
  // late on Wednesday", but "75,000 people", "86.12 pence")
  if (k < token_count_ && (symbol(k, '%') || symbol(k, '/') ||
                           (tokens_[k].type == TokenType::kWord &&
                            !(word(k, "in") || word(k, "late") || word(k, "early") || word(k, "on") ||
                              word(k, "at") || word(k, "by") || word(k, "against") || word(k, "and") ||
                              word(k, "while") || word(k, "before") || word(k, "after") || word(k, "earlier") ||
                              word(k, "yesterday") || word(k, "last") || word(k, "next") || word(k, "this") ||
                              word(k, "from") || word(k, "to") || word(k, "per") || word(k, "as"))))) {
    return {};
  }
  if (labelled) {
    if (const std::string_view code = pair_currency_at(label_end - 1); !code.empty()) return std::string(code);
  }
  if (!rate_like || first == 0 || !spaced(first)) return {};
  std::size_t w = first - 1;
  // ("between 35.20 and 35.80": the second end quoted as the first is)
  if (word(w, "and") && w >= 3) {
    for (std::size_t t = w - 1; t > 0 && w - t <= 4; --t) {
      if (word(t - 1, "between")) {
        w = t - 1;
        break;
      }
    }
  }
  // ("from Thursday's 4.1960", "(prev 4.1960)": a day's close, the one before)
  const bool days_close = word(w, "s") && w >= 2 && is_apostrophe(w - 1) && attached(w) && attached(w - 1) &&
                          (has(w - 2, kWeekday) || word(w - 2, "yesterday"));
  // ("compared with 88.51": the close before, set against the day's)
  const bool compared_with = word(w, "with") && w > 0 && word(w - 1, "compared");
  if (!(word(w, "to") || word(w, "from") || word(w, "at") || word(w, "touching") || word(w, "touched") ||
        word(w, "between") || word(w, "around") || word(w, "near") || word(w, "of") || word(w, "prev") ||
        word(w, "previous") || days_close || compared_with)) {
    return {};
  }
  std::string_view code = quoted_currency_before(first);
  // ("EUR/CHF rose 0.4% to 0.9385": the pair named as the sentence's subject)
  if (code.empty()) {
    constexpr std::size_t kPairReach = 12;
    for (std::size_t t = w; t >= 1 && w - t < kPairReach; --t) {
      if (sentence_stop(t)) break;
      if (symbol(t, '/') && attached(t) && attached(t + 1)) {
        code = pair_currency_at(t);
        break;
      }
    }
  }
  if (code.empty() && !last_money_unit_.empty() && last_money_unit_ != "USD" && last_money_unit_ != "EUR" &&
      last_money_unit_ != "GBP") {
    // ("the dollar rose to 337.20", "expects the currency to trade between 35.20 and"):
    // a currency quoted in the story's own, a few words back in the clause
    constexpr std::size_t kQuoteReach = 8;
    for (std::size_t t = w; t > 0 && w - t < kQuoteReach; --t) {
      const std::size_t c = t - 1;
      if (tokens_[c].type != TokenType::kWord) break;
      if (((word(c, "dollar") || word(c, "currency") || word(c, "euro")) && c > 0 && word(c - 1, "the")) ||
          word(c, "dollars")) {
        code = last_money_unit_;
        break;
      }
    }
    // ("at 16,085 per dollar, its best level since Oct 14, after touching 16,050"): the
    // rate just quoted, its currency the story's, is quoted again
    constexpr std::size_t kRequoteReach = 12;
    if (code.empty() && last_mention_kind_ == MentionKind::kMoney && last_mention_end_ <= w &&
        w - last_mention_end_ <= kRequoteReach) {
      code = last_money_unit_;
    }
    // ("set the midpoint at 7.0915 per dollar" after "500 billion yuan"): a rate quoted
    // against the dollar, in the story's own currency
    const bool per_dollar = (word(k, "per") && (word(k + 1, "dollar") || (word(k + 1, "u") && word(k + 4, "dollar")))) ||
                            (word(k, "to") && word(k + 1, "the") && word(k + 2, "dollar"));
    if (code.empty() && per_dollar) code = last_money_unit_;
  }
  // (the euro, sterling and the Australian and New Zealand dollars are quoted in dollars:
  // "the euro traded at 1.085" is no sum in euros)
  if (code == "EUR" || code == "GBP" || code == "AUD" || code == "NZD" || code == "USD") return {};
  return std::string(code);
}

inline bool Scanner::read_suffix(const Numeral& numeral, Candidate& candidate) const {
  candidate.scale = numeral.scale;
  candidate.end = numeral.end;
  Mention& mention = candidate.mention;
  mention.value = numeral.value;
  mention.precision = numeral.precision;
  const std::size_t k = numeral.end;
  // "Reform on 22%, up three.", "64%, up three on 2019": a change said right after a
  // share, its "points" left unsaid, is in percentage points ("22%, up three seats"
  // names its own noun); "Lab 31% (+2), Con 25% (-1)": a poll table's signed change in
  // brackets after a share (after a count of seats, "52 (-2)", it stays a count)
  if (last_mention_kind_ == MentionKind::kPercent && numeral.scale == 1 && numeral.value <= 100 &&
      (k >= token_count_ || symbol(k, ',') || symbol(k, '.') || symbol(k, ';') || symbol(k, ')') ||
       tokens_[k].gap == Gap::kNewline ||
       (spaced(k) && (word(k, "on") || word(k, "since") || word(k, "from") || word(k, "against"))))) {
    std::size_t first = k - 1;
    while (!numeral.spelled && first > 0 && attached(first) && (digits(first - 1) || symbol(first - 1, '.'))) {
      --first;
    }
    if (first >= 2 && (word(first - 1, "up") || word(first - 1, "down")) && symbol(first - 2, ',') &&
        share_names_its_holder(first - 2)) {
      return finish_reading(candidate, MentionKind::kPercent, k, "percentage_points");
    }
    // (and "1,284 (38.6%, +21.3)": the change after the share inside one bracket)
    if (first >= 2 && (symbol(first - 1, '+') || minus(first - 1)) && attached(first) &&
        (symbol(first - 2, '(') || symbol(first - 2, ',')) && last_mention_end_ == first - 2 && symbol(k, ')')) {
      return finish_reading(candidate, MentionKind::kPercent, k, "percentage_points");
    }
  }
  // "five three-pointers", "41% from three-point range": a basketball shot by what it
  // scores, no count (the digits' "3-pointers" are read with the names)
  if (numeral.spelled && numeral.value >= 2 && numeral.value <= 4 && attached_dash(k) && attached(k + 1) &&
      names_a_shot(k + 1)) {
    candidate.skip = true;
    return finish_reading(candidate, MentionKind::kNumber, k + 2, {});
  }
  // "1h 42m", "2hr 5min": hours and minutes glued to their numbers, two durations as
  // "1 hr 30 min" is (a race time to fractions of a second was taken as a result before)
  if (attached(k) && numeral.plain_integer) {
    if (glued_hours_then_minutes(k)) return finish_reading(candidate, MentionKind::kDuration, k + 1, "hours");
    if (k >= 3 && glued_hours_then_minutes(k - 2)) {
      return finish_reading(candidate, MentionKind::kDuration, k + 1, "minutes");
    }
  }
  // "the cedi trading at 10.9 to the dollar", "the ringgit firmed to 4.2130 against the US
  // dollar": an exchange rate, as "per dollar" is below ("the euro at 1.085 against the
  // dollar" is in dollars: the euro, sterling and the Australian and New Zealand dollars
  // are quoted in dollars each, so their rate stays a number)
  if ((word(k, "to") || word(k, "against")) && spaced(k) && word(k + 1, "the") && spaced(k + 1) &&
      ((word(k + 2, "dollar") && spaced(k + 2)) ||
       (text_of(k + 2) == "US" && spaced(k + 2) && word(k + 3, "dollar") && spaced(k + 3)))) {
    if (const std::string_view code = quoted_currency_before(k);
        !code.empty() && code != "EUR" && code != "GBP" && code != "AUD" && code != "NZD") {
      return finish_reading(candidate, MentionKind::kMoney, k, std::string(code));
    }
  }
  // "612 billion crowns" in a story from Oslo: the crown of the country the text names
  // (Norway's, Sweden's, Denmark's or the Czech Republic's; with none, a crown is no money)
  if ((word(k, "crowns") || word(k, "crown")) && spaced(k)) {
    if (const std::string_view code = crown_currency(); !code.empty()) {
      return finish_reading(candidate, MentionKind::kMoney, k + 1, std::string(code));
    }
  }
  // "EUR/HUF: 390.85", "* Dollar/yen: 157.42": a rate under its currency pair's label;
  // "up from 388.40 late on Thursday, while the dollar rose to 337.20", "after touching
  // 16,050 in early trade": a rate quoted in a currency's story. Each is money in the
  // pair's or the story's own currency (not the dollar or the euro it is priced against).
  // (asked only of a figure written as rates are, to hundredths or in thousands: most are not)
  if (numeral.scale == 1 && !numeral.spelled && k > 0 && (numeral.precision <= 0.01 || numeral.value >= 1000)) {
    // (a rate is at most "16,085.50": a longer run of groups is no rate, and is not walked)
    constexpr std::size_t kRateTokens = 5;
    std::size_t first = k - 1;
    while (first > 0 && k - first < kRateTokens && attached(first) &&
           (digits(first - 1) || symbol(first - 1, '.') || symbol(first - 1, ','))) {
      --first;
    }
    if (const std::string code = quoted_rate_currency(first, numeral); !code.empty()) {
      return finish_reading(candidate, MentionKind::kMoney, k, code);
    }
  }
  // A plain word after the numeral ("251 were", "460 people", "200 trucks a day", "15 in",
  // "10 years"): none of the readings before those of a unit of time holds, which each ask
  // for a sign, one of kSuffixRoles or one of kSuffixWords at k ("μg" and "μm" are no ASCII).
  if (k < token_count_ && tokens_[k].type == TokenType::kWord && !tokens_[k].has(kSuffixRoles) &&
      static_cast<unsigned char>(text_[tokens_[k].begin]) < 0x80 && !word_in(k, kSuffixWordSet)) {
    return read_duration_suffix(numeral, candidate);
  }

  auto finish = [&](MentionKind kind, std::size_t end, std::string unit = {}) {
    return finish_reading(candidate, kind, end, std::move(unit));
  };

  // "15€", "12.50 €": the euro sign after the figure, where continental writers put it (a
  // figure against the sign, "5 €20", is the next amount)
  if (symbol(k, U'€') && (attached(k) || tokens_[k].gap == Gap::kSingleSpace) &&
      !(digits(k + 1) && attached(k + 1))) {
    return finish(MentionKind::kMoney, k + 1, "EUR");
  }
  // "1.55 ± 0.13°C", "31 ± 3%": a value written with its margin takes the margin's unit
  if (symbol(k, U'±') && numeral.scale == 1 && k + 1 < token_count_) {
    if (auto margin = parse_figure(k + 1); margin && !margin->skip &&
                                           (margin->mention.kind == MentionKind::kQuantity ||
                                            margin->mention.kind == MentionKind::kPercent)) {
      return finish(margin->mention.kind, k, margin->mention.unit);
    }
  }

  // "a 95% confidence interval", "95% CI": the level names the kind of interval, as
  // "10-year" names a bond; no figure of the story
  auto percent = [&](std::size_t end) {
    if ((word(end, "confidence") || (word(end, "ci") && tokens_[end].all_caps)) && spaced(end)) {
      candidate.skip = true;
      return finish(MentionKind::kPercent, end + 1);
    }
    if (numeral.value >= 100 && numeral.scale == 1 && spaced(end) && word_in(end, kEmphasisWords)) {
      candidate.skip = true;
      return finish(MentionKind::kPercent, end);
    }
    // "marched against the 1%", "the 99% and the 1%": the richest and the rest named by
    // their share, no figure ("the 1% threshold", "the top 1% of earners" stay)
    if (numeral.plain_integer && (numeral.value == 1 || numeral.value == 99) && k >= 2 && word(k - 2, "the") &&
        spaced(k - 1) &&
        (end >= token_count_ || symbol(end, '.') || symbol(end, ',') || symbol(end, ';') || word(end, "and"))) {
      candidate.skip = true;
      return finish(MentionKind::kPercent, end);
    }
    return finish(MentionKind::kPercent, end);
  };

  if (symbol(k, '%') && (attached(k) || tokens_[k].gap == Gap::kSingleSpace)) {
    return percent(k + 1);
  }
  // "a 5x telephoto", "3x faster", "up 10× since": a multiplier, which counts; its "x" or
  // "×" is glued on as a "%" is ("4x4" and "1920x1080" are names, left before this)
  if (attached(k) && (text_of(k) == "x" || symbol(k, U'×')) && numeral.scale == 1 && !(attached(k + 1) && digits(k + 1))) {
    return finish(MentionKind::kNumber, k + 1);
  }
  // "the Kenyan shilling was quoted at 129.25 per dollar", "the won firmed to 1,352.4 per
  // dollar": an exchange rate, money in the currency quoted, spanned without "per dollar"
  // (as "1,540 naira to the dollar" keeps its currency)
  // ("7.7985 per U.S. dollar", "1.2874 per US dollar": the dollar named as American)
  const std::size_t per_dollar = text_of(k + 1) == "US" && spaced(k + 2)                        ? k + 2
                                 : word(k + 1, "u") && symbol(k + 2, '.') && word(k + 3, "s") &&
                                           symbol(k + 4, '.') && spaced(k + 5)                    ? k + 5
                                                                                                : k + 1;
  if (word(k, "per") && spaced(k) && (word(per_dollar, "dollar") || text_of(k + 1) == "USD") && spaced(k + 1)) {
    if (const std::string_view code = quoted_currency_before(k); !code.empty()) {
      return finish(MentionKind::kMoney, k, std::string(code));
    }
  }
  if (word(k, "per") && same_line(k)) {
    if (word(k + 1, "cent") && spaced(k + 1)) return percent(k + 2);
    if (attached_dash(k + 1) && word(k + 2, "cent") && attached(k + 2)) {
      return percent(k + 3);
    }
  }
  // "a 7-percent increase", "a 10-per-cent rise": the share hyphened on as an adjective
  if (attached_dash(k) && attached(k + 1)) {
    if (word(k + 1, "percent")) return percent(k + 2);
    if (word(k + 1, "per") && attached_dash(k + 2) && word(k + 3, "cent") && attached(k + 3)) {
      return percent(k + 4);
    }
  }
  // ("25 pc" spaced only in lower case: "25 PCs" are computers)
  if ((word(k, "percent") && same_line(k)) ||
      (word(k, "pc") && (attached(k) || (tokens_[k].gap == Gap::kSingleSpace && text_of(k) == "pc"))) ||
      (word(k, "pct") && (attached(k) || tokens_[k].gap == Gap::kSingleSpace))) {
    return percent(k + 1);
  }
  if ((word(k, "ppt") || word(k, "pp")) && (attached(k) || tokens_[k].gap == Gap::kSingleSpace)) {
    return finish(MentionKind::kPercent, k + 1, "percentage_points");
  }
  // "a 75-basis-point hike", "a 2-percentage-point rise": spanned whole, as "25-kilogram"
  if (attached_dash(k) && attached(k + 1) && (word(k + 1, "basis") || word(k + 1, "percentage")) &&
      attached_dash(k + 2) && (word(k + 3, "point") || word(k + 3, "points")) && attached(k + 3)) {
    return finish(MentionKind::kPercent, k + 4, word(k + 1, "basis") ? "basis_points" : "percentage_points");
  }
  if (word(k, "percentage") && spaced(k) && (word(k + 1, "points") || word(k + 1, "point")) &&
      spaced(k + 1)) {
    return finish(MentionKind::kPercent, k + 2, "percentage_points");
  }
  // "25 basis points", "25bp", "10 bps"
  if (word(k, "basis") && spaced(k) && (word(k + 1, "points") || word(k + 1, "point")) &&
      spaced(k + 1)) {
    return finish(MentionKind::kPercent, k + 2, "basis_points");
  }
  if ((word(k, "bp") || word(k, "bps")) && text_of(k)[0] == 'b' &&
      (attached(k) || tokens_[k].gap == Gap::kSingleSpace)) {
    return finish(MentionKind::kPercent, k + 1, "basis_points");
  }
  // "a 50-bp reduction": the same hyphened before its noun
  if (attached_dash(k) && attached(k + 1) && word(k + 1, "bp") && text_of(k + 1)[0] == 'b' &&
      !(attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type != TokenType::kSymbol)) {
    return finish(MentionKind::kPercent, k + 2, "basis_points");
  }
  // "410 parts per million"
  if (word(k, "parts") && spaced(k) && word(k + 1, "per") && spaced(k + 1) && spaced(k + 2) &&
      (word(k + 2, "million") || word(k + 2, "billion"))) {
    return finish(MentionKind::kQuantity, k + 3, word(k + 2, "million") ? "ppm" : "ppb");
  }
  {
    std::string unit;
    if (auto end = parse_temperature(k, unit, numeral.value)) {
      // "0.3C per decade", "0.2C rise per decade": a warming rate, "C/decade", spanned
      // through its period ("per" is rare after a temperature, so it is tested first)
      std::size_t per = *end;
      if (spaced(per) && (word(per, "rise") || word(per, "increase")) && word(per + 1, "per")) ++per;
      // ("0.27°C/decade": the slash for "per")
      const bool per_word = word(per, "per") && spaced(per) && spaced(per + 1);
      const bool slash = symbol(per, '/') && attached(per) && attached(per + 1);
      if ((per_word || slash) && word(per + 1, "decade") && (unit == "C" || unit == "F")) {
        return finish(MentionKind::kQuantity, per + 2, unit + "/decade");
      }
      return finish(MentionKind::kQuantity, *end, unit);
    }
  }
  // "87p", "22.5p a share", "0.4 pence": prices in pence
  if ((word(k, "p") && text_of(k) == "p" && attached(k) &&
       !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type != TokenType::kSymbol)) ||
      ((word(k, "pence") || word(k, "penny")) && spaced(k))) {
    if (numeral.scale == 1) {
      mention.value = numeral.value / 100;
      mention.precision = numeral.precision / 100;
      candidate.scale = kHundredth;
      return finish(MentionKind::kMoney, k + 1, "GBP");
    }
  }
  // "about 60 paisa", "50 paise": a hundredth of the rupee, India's unless the text names
  // another rupee's country (take_named_country_currency), or of the rupee the text last
  // gave money in
  if ((word(k, "paisa") || word(k, "paise")) && spaced(k) && numeral.scale == 1) {
    mention.value = numeral.value / 100;
    mention.precision = numeral.precision / 100;
    candidate.scale = kHundredth;
    const bool rupee = last_money_unit_ == "PKR" || last_money_unit_ == "NPR" || last_money_unit_ == "LKR";
    return finish(MentionKind::kMoney, k + 1, rupee ? last_money_unit_ : std::string("INR"));
  }
  // "45 kobo": a hundredth of the naira, the only currency whose hundredth is so called
  if (word(k, "kobo") && spaced(k) && numeral.scale == 1) {
    mention.value = numeral.value / 100;
    mention.precision = numeral.precision / 100;
    candidate.scale = kHundredth;
    return finish(MentionKind::kMoney, k + 1, "NGN");
  }
  // "50 sen", "50 fils", "15 centavos": a hundredth of the ringgit, of the UAE dirham and of
  // a peso or the real, where the text's last money was in it (a Kuwaiti or Bahraini fils is
  // a thousandth of a dinar)
  const bool centavos = (word(k, "centavos") || word(k, "centavo")) &&
                        (last_money_unit_ == "PHP" || last_money_unit_ == "MXN" || last_money_unit_ == "ARS" ||
                         last_money_unit_ == "CLP" || last_money_unit_ == "COP" || last_money_unit_ == "BRL");
  if (((text_of(k) == "sen" && last_money_unit_ == "MYR") || (word(k, "fils") && last_money_unit_ == "AED") ||
       centavos) &&
      spaced(k) && numeral.scale == 1) {
    mention.value = numeral.value / 100;
    mention.precision = numeral.precision / 100;
    candidate.scale = kHundredth;
    return finish(MentionKind::kMoney, k + 1, last_money_unit_);
  }
  // "38 cents": a hundredth of the dollar, or of the currency of the price it moved to
  // ("rose 64 cents to $81.09", after euros in the sentence before), or else of the one
  // the text last gave money in when that one has cents ("€1.20, up 5 cents")
  // ("diesel falls by between 21c and 24c a litre": "c" glued on in lower case, the letter
  // alone; "23C" is a temperature)
  const bool glued_c = attached(k) && text_of(k) == "c" &&
                       !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type != TokenType::kSymbol);
  if ((((word(k, "cents") || word(k, "cent")) && spaced(k)) || (symbol(k, U'¢') && attached(k)) || glued_c) &&
      numeral.scale == 1) {
    std::string_view code = "USD";
    const std::string_view moved_to = (word(k + 1, "to") || word(k + 1, "at")) && spaced(k + 1) && spaced(k + 2) &&
                                              k + 2 < token_count_ && tokens_[k + 2].type == TokenType::kSymbol &&
                                              attached(k + 3) && digits(k + 3)
                                          ? currency_of_sign(tokens_[k + 2].symbol)
                                          : std::string_view{};
    // ("gained 35 cents to KES 27.40": the price it moved to, in a currency's code)
    const std::string_view moved_to_code = (word(k + 1, "to") || word(k + 1, "at")) && spaced(k + 1) &&
                                                   spaced(k + 2) && has(k + 2, kCurrencyCode) && spaced(k + 3) &&
                                                   digits(k + 3)
                                               ? std::string_view(tokens_[k + 2].lexeme->unit)
                                               : std::string_view{};
    if (std::find(kCentCurrencies.begin(), kCentCurrencies.end(), moved_to) != kCentCurrencies.end()) {
      code = moved_to;
    } else if (!moved_to_code.empty()) {
      code = moved_to_code;
    } else if (std::find(kCentCurrencies.begin(), kCentCurrencies.end(), last_money_unit_) !=
               kCentCurrencies.end()) {
      code = last_money_unit_;
    } else if (counts_in_euros_alone()) {
      // ("goes from 36.42c to 39.15c per kWh" before any sum, in an Irish story in euros)
      code = "EUR";
    }
    mention.value = numeral.value / 100;
    mention.precision = numeral.precision / 100;
    candidate.scale = kHundredth;
    return finish(MentionKind::kMoney, k + 1, std::string(code));
  }
  // "18 HK cents", "60 US cents", "50 euro cents": a hundredth of the currency named
  if (spaced(k) && (word(k + 1, "cents") || word(k + 1, "cent")) && spaced(k + 1) && numeral.scale == 1) {
    for (const auto& [name, code] : kCentsCurrencyNames) {
      if (word(k, name)) {
        mention.value = numeral.value / 100;
        mention.precision = numeral.precision / 100;
        candidate.scale = kHundredth;
        return finish(MentionKind::kMoney, k + 2, std::string(code));
      }
    }
  }
  // "up 4 points" after a percentage in the same sentence: percentage points ("0.2pts", a
  // table's or a headline's, glued on or not)
  const bool points_abbreviated = word(k, "pts");
  if ((((word(k, "points") || word(k, "point")) && spaced(k)) || points_abbreviated) &&
      last_mention_kind_ == MentionKind::kPercent &&
      last_mention_end_ < k && k - last_mention_end_ <= kPointsLookback) {
    std::size_t start = k;
    while (start > last_mention_end_ && (digits(start - 1) || symbol(start - 1, '.'))) --start;
    bool same_sentence = true;
    for (std::size_t t = last_mention_end_; t < start; ++t) {
      if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1)) {
        same_sentence = false;
      }
    }
    // ("57% a year earlier, a fall of 16 points": the change named as a noun)
    const bool change_of = start > 1 && word(start - 1, "of") &&
                           (word(start - 2, "fall") || word(start - 2, "rise") || word(start - 2, "drop") ||
                            word(start - 2, "gain") || word(start - 2, "swing"));
    // ("rose 14.2 points, or 0.6%, to 2,431.7": an index's points, its share given after)
    const bool share_after = symbol(k + 1, ',') && word(k + 2, "or") &&
                             (digits(k + 3) || word(k + 3, "about") || word(k + 3, "nearly"));
    if (same_sentence && start > 0 && (word_in(start - 1, kPointChangeSet) || change_of) && !share_after) {
      return finish(MentionKind::kPercent, k + 1, "percentage_points");
    }
  }
  // "a lead of nine points" in a sentence about a poll or a vote: percentage points;
  // "a 7.5-point swing" is spanned whole, as "25-kilogram" is
  const bool hyphened_point = attached_dash(k) && word(k + 1, "point") && attached(k + 1);
  const std::size_t points = hyphened_point ? k + 1 : k;
  if ((((word(points, "points") || word(points, "point")) && (spaced(points) || hyphened_point)) ||
       points_abbreviated) &&
      numeral.value > 0 && numeral.value <= 100 && numeral.scale == 1) {
    // "fell by 15.2 points to 27.9%": a change whose level is a percentage
    if (word(points + 1, "to") && spaced(points + 1) && digits(points + 2) && spaced(points + 2)) {
      if (auto level = parse_digit_numeral(points + 2, false);
          level && (symbol(level->end, '%') || word(level->end, "percent") ||
                    (word(level->end, "per") && word(level->end + 1, "cent")))) {
        return finish(MentionKind::kPercent, points + 1, "percentage_points");
      }
    }
    // "The margin of error is ±3 percentage points. A lead of six points is ...": points
    // soon after a change in percentage points are more of them, the poll named earlier
    if (last_points_end_ > 0 && last_points_end_ < k && k - last_points_end_ <= kPointsCarry) {
      return finish(MentionKind::kPercent, points + 1, "percentage_points");
    }
    // "won with 54.1%, a 9-point margin": a margin in points after a share in per cent in
    // its sentence is of the share's points
    if (last_percent_end_ > 0 && last_percent_end_ < k && k - last_percent_end_ <= kPointsCarry &&
        spaced(points + 1) && (word(points + 1, "margin") || word(points + 1, "lead") || word(points + 1, "gap")) &&
        sentence_runs_on(last_percent_end_, k)) {
      return finish(MentionKind::kPercent, points + 1, "percentage_points");
    }
    const std::size_t stop = k > kPollLookback ? k - kPollLookback : 0;
    for (std::size_t t = k; t > stop; --t) {
      if (tokens_[t].gap == Gap::kNewline) break;
      const std::size_t p = t - 1;
      if (sentence_stop(p)) break;
      if (word_in(p, kPollWordSet)) return finish(MentionKind::kPercent, points + 1, "percentage_points");
      // "the margin of error is plus or minus 3 points": a survey's, named without "poll"
      if (word(p, "error") && p >= 2 && word(p - 1, "of") && word(p - 2, "margin")) {
        return finish(MentionKind::kPercent, points + 1, "percentage_points");
      }
    }
    // "a 7.5-point swing": the poll word the measure modifies; "a 10-point lead over
    // the Liberals, a new poll suggests": the poll named after it in its sentence
    const std::size_t ahead = std::min(token_count_, points + 1 + kPollLookback);
    for (std::size_t t = points + 1; t < ahead; ++t) {
      if (tokens_[t].gap == Gap::kNewline) break;
      if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?')) && t + 1 < token_count_ && !attached(t + 1)) break;
      if (word_in(t, kPollWordSet)) return finish(MentionKind::kPercent, points + 1, "percentage_points");
    }
    // "has fallen by six points since January, when it stood at 60%": a change in points
    // whose level comes later in its sentence in per cent ("fell 30 points, or 0.4%" is an
    // index's move said again in per cent, so not after "or")
    std::size_t first = k - 1;  // the numeral's first token: "six", or "6" of "6.5"
    while (!numeral.spelled && first > 0 && attached(first) &&
           (digits(first - 1) || symbol(first - 1, '.') || symbol(first - 1, ','))) {
      --first;
    }
    // ("it's 2.6 points lower than where we started, and below the 11.2 per cent signalled":
    // the change told by the comparative after it)
    const bool compared = spaced(points + 1) && (word(points + 1, "lower") || word(points + 1, "higher"));
    if ((first > 0 && word_in(first - 1, kPointChangeSet)) || compared) {
      for (std::size_t t = points + 1; t < ahead; ++t) {
        if (tokens_[t].gap == Gap::kNewline) break;
        if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?')) && t + 1 < token_count_ && !attached(t + 1)) break;
        if (!digits(t) || !spaced(t) || word(t - 1, "or")) continue;
        if (auto level = parse_digit_numeral(t, false);
            level && (symbol(level->end, '%') || word(level->end, "percent") ||
                      (word(level->end, "per") && word(level->end + 1, "cent")))) {
          return finish(MentionKind::kPercent, points + 1, "percentage_points");
        }
      }
    }
    // "28.9% in London against 17.2%, a difference of 11.7 points", "In 2019 the gap was
    // 8.9 points": the distance between shares given in per cent earlier in the paragraph
    bool after_gap = false;
    for (std::size_t t = first; t > 0 && first - t <= kGapWords && spaced(t) && !after_gap; --t) {
      after_gap = word_in(t - 1, kGapNouns);
    }
    if (after_gap) {
      for (std::size_t t = first; t > stop; --t) {
        if (tokens_[t].gap == Gap::kNewline) break;
        if (symbol(t - 1, '%') || word(t - 1, "percent") || (word(t - 1, "cent") && word(t - 2, "per"))) {
          return finish(MentionKind::kPercent, points + 1, "percentage_points");
        }
      }
    }
  }
  // "Lindqvist 187pts", "Dow sheds 500 pts": points scored or an index's, counted, spanned
  // with their abbreviation as the corpus annotates a standings table's
  if (points_abbreviated && numeral.scale == 1) return finish(MentionKind::kNumber, k + 1);
  // ("nine RS-12 engines": capitals joined to digits by a hyphen are a model's name)
  const bool names_a_model = attached_dash(k + 1) && digits(k + 2) && attached(k + 2);
  if (has(k, kCurrencyCode) && tokens_[k].all_caps && spaced(k) && !names_a_model &&
      !(tokens_[k].lexeme->unit == "SDG" && names_a_development_goal(numeral))) {
    return finish(MentionKind::kMoney, k + 1, std::string(tokens_[k].lexeme->unit));
  }
  // "700 billion Norwegian crowns", "50,000 Mexican pesos": the country decides
  // (a month after a day is the usual capital here, and has a lexeme; an adjective has none)
  if (spaced(k) && k < token_count_ && tokens_[k].capitalized && tokens_[k].lexeme == nullptr && spaced(k + 1)) {
    for (const NationalCurrency& currency : kNationalCurrencies) {
      if (word(k, currency.adjective) && (word(k + 1, currency.singular) || word(k + 1, currency.plural))) {
        return finish(MentionKind::kMoney, k + 2, std::string(currency.code));
      }
    }
  }
  // "2.1 million Hong Kong dollars", "40 New Zealand dollars": the place's two words decide
  if (spaced(k) && k < token_count_ && tokens_[k].capitalized && spaced(k + 1) && spaced(k + 2) &&
      (word(k + 2, "dollar") || word(k + 2, "dollars"))) {
    for (const TwoWordDollarPlace& place : kTwoWordDollarPlaces) {
      if (word(k, place.first) && word(k + 1, place.second)) {
        return finish(MentionKind::kMoney, k + 3, std::string(place.code));
      }
    }
  }
  // "5 trillion won", "50,000 won": Korean money; a few games "won" are a count
  // ("up 9.6 won" where the text's money before was in won: the currency's small moves)
  if (word(k, "won") && spaced(k) && (numeral.value >= 1000 || last_money_unit_ == "KRW")) {
    return finish(MentionKind::kMoney, k + 1, "KRW");
  }
  // "50 grand", "ten grand a year": thousands in slang, in the currency the text last gave
  // money in (dollars before any); "two grand pianos" and "Grand Prix" are no money
  if (text_of(k) == "grand" && spaced(k) && numeral.scale == 1 &&
      (k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol || !same_line(k + 1) ||
       word_in(k + 1, kAfterGrand))) {
    mention.value = numeral.value * 1000;
    mention.precision = numeral.precision * 1000;
    candidate.scale = 1000;
    return finish(MentionKind::kMoney, k + 1, last_money_unit_.empty() ? std::string("USD") : last_money_unit_);
  }
  // "96 million marks": Deutsche Marks, in copy about the years before the euro; only after
  // a scale word, since "scored 96 marks" and "question marks" are no money
  if ((word(k, "marks") || word(k, "deutschmarks")) && spaced(k) && (numeral.scale > 1 || word(k, "deutschmarks"))) {
    return finish(MentionKind::kMoney, k + 1, "DEM");
  }
  {
    // "a 40-million-dollar bridge": the currency joined as an adjective
    const bool hyphened = attached_dash(k) && attached(k + 1) && has(k + 1, kCurrencyWord) &&
                          !word(k + 1, "dinar") && !word(k + 1, "franc");
    std::size_t w = hyphened ? k + 1 : k;
    const bool named = (word(w, "us") || word(w, "new") || word(w, "israeli") || word(w, "swiss") ||
                        word(w, "cfa")) &&
                       spaced(w) && has(w + 1, kCurrencyWord) && spaced(w + 1);
    if (named) ++w;
    // "628 billion U.S. dollars": the country's letters with their stops
    const bool dotted_us = !named && !hyphened && text_of(w) == "U" && spaced(w) && symbol(w + 1, '.') &&
                           attached(w + 1) && text_of(w + 2) == "S" && attached(w + 2) && symbol(w + 3, '.') &&
                           attached(w + 3) && (word(w + 4, "dollars") || word(w + 4, "dollar")) && spaced(w + 4);
    if (dotted_us) w += 4;
    // "5 billion dinars": the dinar of the country written before it ("Jordanian dinars")
    // or named in its paragraph, if only one such country is; else no money
    const bool dinar_named = !named && spaced(w) && spaced(w + 1) &&
                             (word(w + 1, "dinar") || word(w + 1, "dinars")) &&
                             !dinar_country(w).empty();
    if (dinar_named) ++w;
    if (has(w, kCurrencyWord) && (spaced(w) || hyphened)) {
      std::string code(tokens_[w].lexeme->unit);
      if (word(w, "dinar") || word(w, "dinars")) {
        code = std::string(dinar_named ? dinar_country(w - 1) : dinar_country_before(k));
        if (code.empty()) return finish(MentionKind::kNumber, k);
      }
      // francs are Swiss or CFA, and only the text says which ("the euro was at 0.9315
      // francs" in a story of the Swiss National Bank)
      if (word(w, "franc") || word(w, "francs")) {
        if (!named) {
          const std::string_view unnamed = unnamed_franc_currency();
          if (unnamed.empty()) return finish(MentionKind::kNumber, k);
          code = std::string(unnamed);
        } else if (word(w - 1, "cfa")) {
          code = "XOF";
        }
      }
      // "ten dollars and 50 cents": one amount
      std::size_t end = w + 1;
      if (numeral.scale == 1 && word(end, "and") && spaced(end) && spaced(end + 1) &&
          std::find(kCentCurrencies.begin(), kCentCurrencies.end(), code) != kCentCurrencies.end()) {
        auto cents = parse_numeral(end + 1, false);
        if (cents && cents->scale == 1 && cents->value >= 1 && cents->value < 100 && is_whole(cents->value) &&
            word(cents->end, "cents") && spaced(cents->end)) {
          mention.value = numeral.value + cents->value / 100;
          mention.precision = 0.01;
          end = cents->end + 1;
        }
      }
      return finish(MentionKind::kMoney, end, code);
    }
    // "5.5 mills", "a 4.9-mill levy": a property tax's rate, in thousandths of a dollar, in
    // a text on millage ("three mills closed" counts factories)
    if (((word(k, "mills") && spaced(k)) || (attached_dash(k) && attached(k + 1) && word(k + 1, "mill"))) &&
        !numeral.spelled && names_millage()) {
      return finish(MentionKind::kQuantity, word(k, "mills") ? k + 1 : k + 2, "mills");
    }
    // "a 2,000-pound bomb", "the 168-pound limit" in a text that weighs: a weight hyphened
    // before its noun ("the two-pound fare" is money)
    if (attached_dash(k) && attached(k + 1) && word(k + 1, "pound") && spaced(k + 2) && k + 2 < token_count_ &&
        tokens_[k + 2].type == TokenType::kWord &&
        (word(k + 2, "bomb") || word(k + 2, "bombs") || word(k + 2, "munition") || word(k + 2, "munitions") ||
         word(k + 2, "warhead") || word(k + 2, "warheads") || word(k + 2, "bag") || word(k + 2, "bags") ||
         weighs_in_pounds())) {
      return finish(MentionKind::kQuantity, k + 2, "lb");
    }
    // "50 million pounds" is money, "12 pounds" may be a weight, "pounds of" is one; a
    // million said in words ("eight hundred million pounds") is as much money as one in digits
    if ((word(k, "pounds") || word(k, "pound")) && spaced(k)) {
      const bool sterling = word(k + 1, "sterling") && spaced(k + 1);
      const bool millions = numeral.scale >= 1e6 || (numeral.spelled && numeral.value >= 1e6);
      if (sterling || (millions && !(word(k + 1, "of") && spaced(k + 1)))) {
        return finish(MentionKind::kMoney, sterling ? k + 2 : k + 1, "GBP");
      }
      if ((word(k + 1, "a") || word(k + 1, "per")) && spaced(k + 1) && spaced(k + 2) &&
          word_in(k + 2, kPricedMeasures)) {
        return finish(MentionKind::kMoney, k + 1, "GBP");
      }
      // "it goes up to two pounds fifty.": pounds and pence said as they are paid, closing
      // their clause ("7 pounds 4 ounces", "lost 20 pounds 3 times" go on)
      if (numeral.scale == 1 && spaced(k + 1)) {
        const std::optional<Numeral> pence = parse_numeral(k + 1, false);
        if (pence && pence->scale == 1 && pence->value >= 1 && pence->value < 100 && is_whole(pence->value) &&
            (pence->end >= token_count_ || tokens_[pence->end].gap == Gap::kNewline ||
             (attached(pence->end) && (symbol(pence->end, '.') || symbol(pence->end, ',') ||
                                       symbol(pence->end, ';') || symbol(pence->end, '?') ||
                                       symbol(pence->end, '!'))))) {
          mention.value = numeral.value + pence->value / 100;
          mention.precision = 0.01;
          return finish(MentionKind::kMoney, pence->end, "GBP");
        }
      }
      // "about 2 pounds of suspected fentanyl": a weight of a stuff ("5 million pounds of
      // debt" is money, but "of" then takes a money word)
      if (numeral.scale < 1e6 && word(k + 1, "of") && spaced(k + 1) && spaced(k + 2) && k + 2 < token_count_ &&
          tokens_[k + 2].type == TokenType::kWord && !has(k + 2, kCurrencyWord)) {
        return finish(MentionKind::kQuantity, k + 1, "lb");
      }
      // "the parcel weighed 7 pounds" is a weight, "priced at 250 pounds" or "sold for 40
      // pounds" money: the verb before the figure (past its number words and a hedge) decides
      std::size_t b = k - 1;
      for (int steps = 0; b > 0 && steps < 6; ++steps, --b) {
        const bool inner_mark = (symbol(b, ',') || symbol(b, '.')) && attached(b) && attached(b + 1);
        if (!(digits(b) || inner_mark || has(b, kCardinal | kScaleWord | kQualifierStart) || word(b, "than"))) break;
      }
      const std::size_t verb = (word(b, "at") || word(b, "for")) && b > 0 && spaced(b) ? b - 1 : b;
      if (verb == b && word_in(b, kWeighWords)) return finish(MentionKind::kQuantity, k + 1, "lb");
      // "($1 = 0.7711 pounds)": a wire's exchange rate, an amount of money on each side
      if (symbol(b, '=') && b >= 2 && digits(b - 1) && tokens_[b - 2].type == TokenType::kSymbol &&
          !currency_of_sign(tokens_[b - 2].symbol).empty()) {
        return finish(MentionKind::kMoney, k + 1, "GBP");
      }
      if (word_in(verb, kPriceWords)) return finish(MentionKind::kMoney, k + 1, "GBP");
      // "at 167.6 pounds (76 kg)", "rehydrated to about 181 pounds": pounds weigh in a text
      // that weighs things and gives no sterling
      if (weighs_in_pounds()) return finish(MentionKind::kQuantity, k + 1, "lb");
    }
    // "50 cents": hundredths of a dollar
    if (word(k, "cents") && spaced(k) && numeral.scale == 1) {
      mention.value = numeral.value / 100;
      mention.precision = numeral.precision / 100;
      candidate.scale = kHundredth;
      return finish(MentionKind::kMoney, k + 1, "USD");
    }
  }
  // "3.7 mb/d", "450 kb/d": oil flows in millions or thousands of barrels a day ("mb"
  // alone stays out: in weather copy it is millibars)
  if (symbol(k + 1, '/') && word(k + 2, "d") && (word(k, "mb") || word(k, "kb") || word(k, "b")) &&
      (attached(k) || tokens_[k].gap == Gap::kSingleSpace) && attached(k + 1) && attached(k + 2)) {
    const double barrels = word(k, "mb") ? 1e6 : word(k, "kb") ? 1e3 : 1;
    mention.value = numeral.value * barrels;
    mention.precision = numeral.precision * barrels;
    return finish(MentionKind::kQuantity, k + 3, "barrels/day");
  }
  // "up to 40 mcm/d", "2.5 bcm/d": gas flows in millions or billions of cubic metres a day
  if (symbol(k + 1, '/') && word(k + 2, "d") && (word(k, "mcm") || word(k, "bcm")) &&
      (attached(k) || tokens_[k].gap == Gap::kSingleSpace) && attached(k + 1) && attached(k + 2)) {
    const double cubic_metres = word(k, "mcm") ? 1e6 : 1e9;
    mention.value = numeral.value * cubic_metres;
    mention.precision = numeral.precision * cubic_metres;
    return finish(MentionKind::kQuantity, k + 3, "m3/day");
  }
  // "2.06 mbpd", "450 kbpd": the same written solid, as Nigerian and Gulf papers do ("bpd"
  // alone is a lexicon unit); "48.5 mtpa", "7.8 MMTPA": million tonnes a year, the capacity
  // of cement works and LNG plants, written solid the same way
  const bool tonnes_a_year = word(k, "mtpa") || word(k, "mmtpa");
  if ((word(k, "mbpd") || word(k, "kbpd") || tonnes_a_year) &&
      (attached(k) || tokens_[k].gap == Gap::kSingleSpace) &&
      !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type != TokenType::kSymbol)) {
    const double multiplier = word(k, "kbpd") ? 1e3 : 1e6;
    mention.value = numeral.value * multiplier;
    mention.precision = numeral.precision * multiplier;
    return finish(MentionKind::kQuantity, k + 1, tonnes_a_year ? "t/year" : "barrels/day");
  }
  // "1.12Mt of ore", "412kt at 3.9g/t": a mine's megatonnes and kilotonnes, the SI's
  // symbols ("1,100 MT" in capitals is a relief agency's metric tonnes; "25 kt" at sea or
  // in the air is knots, and so is "kt" spaced)
  const bool megatonnes = text_of(k) == "Mt";
  if ((megatonnes || (text_of(k) == "kt" && attached(k) && !names_the_sea())) &&
      (attached(k) || tokens_[k].gap == Gap::kSingleSpace) &&
      !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type != TokenType::kSymbol)) {
    const double multiplier = megatonnes ? 1e6 : 1e3;
    mention.value = numeral.value * multiplier;
    mention.precision = numeral.precision * multiplier;
    candidate.scale = numeral.scale * multiplier;
    return finish(MentionKind::kQuantity, k + 1, "t");
  }
  // "about 612,000 ha" closing a line, in a text that speaks of hectares: the hectare's
  // symbol spaced ("ha" spaced before more words is a laugh)
  if (text_of(k) == "ha" && tokens_[k].gap == Gap::kSingleSpace &&
      (k + 1 >= token_count_ || tokens_[k + 1].gap == Gap::kNewline ||
       (tokens_[k + 1].type == TokenType::kSymbol && attached(k + 1) && !symbol(k + 1, '!'))) &&
      text_holds_any(hectare_text_, {"hectare"})) {
    return finish(MentionKind::kQuantity, k + 1, "ha");
  }
  // "rose 9% to 3,870 t.": the tonne's symbol alone, spaced, closing its phrase, in a text
  // that speaks of tonnes
  if (text_of(k) == "t" && tokens_[k].gap == Gap::kSingleSpace &&
      (k + 1 >= token_count_ || (tokens_[k + 1].type == TokenType::kSymbol && attached(k + 1) && !symbol(k + 1, '/') &&
                                 !is_apostrophe(k + 1))) &&
      text_holds_any(tonne_text_, {"tonne"})) {
    return finish(MentionKind::kQuantity, k + 1, "t");
  }
  // "61 bu/acre": a yield in bushels an acre, the bushel's abbreviation read only before
  // the slash and the acre
  if (word(k, "bu") && (attached(k) || tokens_[k].gap == Gap::kSingleSpace) && symbol(k + 1, '/') &&
      attached(k + 1) && (word(k + 2, "acre") || word(k + 2, "ac")) && attached(k + 2) &&
      !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol)) {
    return finish(MentionKind::kQuantity, k + 3, "bushels/acre");
  }
  // "8.3 t/ha", "7.6t/ha": a yield in tonnes a hectare, the tonne's lone letter read only
  // before the slash and the hectare's letters (alone, "t" is no unit)
  if (word(k, "t") && (attached(k) || tokens_[k].gap == Gap::kSingleSpace) && symbol(k + 1, '/') &&
      attached(k + 1) && word(k + 2, "ha") && attached(k + 2) &&
      !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol)) {
    return finish(MentionKind::kQuantity, k + 3, "t/ha");
  }
  {
    std::string unit;
    if (auto end = parse_measure_unit(k, unit)) {
      // "42.2 gigatonnes": a unit that is tonnes in billions, its multiplier in the lexicon
      // (a scale, as "billion" is, so that "46 to 47 gigatonnes" scales its low end too)
      if (unit == "t" && has(*end - 1, kMeasureUnit) && tokens_[*end - 1].lexeme->number > 1) {
        const double multiplier = tokens_[*end - 1].lexeme->number;
        mention.value = numeral.value * multiplier;
        mention.precision = numeral.precision * multiplier;
        candidate.scale = numeral.scale * multiplier;
      }
      // "120 km/h", "185 miles per hour", "2,000 tonnes a day", "4.5mm a year"
      std::size_t rate_end = *end;
      // "3,500 kg/ha", "2.1 tonnes/ha": a yield over an area; "78.4kg/hl": grain's specific
      // weight, kilograms a hectolitre
      if ((unit == "kg" || unit == "t") && symbol(rate_end, '/') && attached(rate_end) && attached(rate_end + 1) &&
          (word(rate_end + 1, "ha") || (unit == "kg" && word(rate_end + 1, "hl"))) &&
          !(attached(rate_end + 2) && rate_end + 2 < token_count_ && tokens_[rate_end + 2].type != TokenType::kSymbol)) {
        return finish(MentionKind::kQuantity, rate_end + 2, unit + "/" + std::string(text_of(rate_end + 1)));
      }
      // "7.5 km/s", "340 m/s": speeds per second, as a rocket's or a sound's are given
      if ((unit == "km" || unit == "m") && symbol(rate_end, '/') && attached(rate_end) &&
          text_of(rate_end + 1) == "s" && attached(rate_end + 1)) {
        return finish(MentionKind::kQuantity, rate_end + 2, unit + "/s");
      }
      if (unit == "km" && symbol(rate_end, '/') && attached(rate_end) && word(rate_end + 1, "h") &&
          attached(rate_end + 1)) {
        return finish(MentionKind::kQuantity, rate_end + 2, "km/h");
      }
      // "downpours of 40 mm/h": rain's rate, millimetres an hour
      if (unit == "mm" && symbol(rate_end, '/') && attached(rate_end) &&
          (word(rate_end + 1, "h") || word(rate_end + 1, "hr")) && attached(rate_end + 1) &&
          !(attached(rate_end + 2) && rate_end + 2 < token_count_ &&
            tokens_[rate_end + 2].type != TokenType::kSymbol)) {
        return finish(MentionKind::kQuantity, rate_end + 2, "mm/hour");
      }
      // "31g/km": a car's emissions of CO2, grams a kilometre driven
      if (unit == "g" && symbol(rate_end, '/') && attached(rate_end) && word(rate_end + 1, "km") &&
          attached(rate_end + 1)) {
        return finish(MentionKind::kQuantity, rate_end + 2, "g/km");
      }
      // "an HbA1c of 48 mmol/mol": millimoles of glycated haemoglobin per mole of it
      if (unit == "mmol" && symbol(rate_end, '/') && attached(rate_end) && word(rate_end + 1, "mol") &&
          attached(rate_end + 1)) {
        return finish(MentionKind::kQuantity, rate_end + 2, "mmol/mol");
      }
      // "15 mg/kg", "12 mg/kg a day": a dose for each kilogram of the patient's weight, and
      // a day's dose
      if ((unit == "mg" || unit == "ug" || unit == "g") && symbol(rate_end, '/') && attached(rate_end) &&
          word(rate_end + 1, "kg") && attached(rate_end + 1) &&
          !(attached(rate_end + 2) && rate_end + 2 < token_count_ &&
            tokens_[rate_end + 2].type != TokenType::kSymbol)) {
        std::size_t dose_end = rate_end + 2;
        const std::string_view period = rate_period(dose_end, dose_end);
        return finish(MentionKind::kQuantity, dose_end, period.empty() ? unit + "/kg" : unit_per(unit + "/kg", period));
      }
      // "10.4 µg/m³", "5 mg/m3", "40 micrograms per cubic metre": a mass in a volume;
      // "7.8 mmol/L": a blood sugar, an amount of stuff in a litre
      if (unit == "ug" || unit == "mg" || unit == "g" || unit == "kg" || unit == "mmol" || unit == "kcal") {
        std::string volume;
        auto volume_end = parse_per_volume(rate_end, volume);
        // ("35g of sugar per 100ml": what is measured, before its base)
        if (const std::size_t past_stuff = past_what_is_measured(rate_end); !volume_end && past_stuff != rate_end) {
          volume_end = parse_per_volume(past_stuff, volume);
        }
        if (volume_end) return finish(MentionKind::kQuantity, *volume_end, unit + "/" + volume);
      }
      // "about 3 litres of water per person per day": what is measured, before its rate
      const std::size_t past_stuff = past_what_is_measured(rate_end);
      if (past_stuff != rate_end && (word(past_stuff, "per") || word(past_stuff, "a")) && spaced(past_stuff) &&
          spaced(past_stuff + 1) && word_in(past_stuff + 1, kHeadWords) && unit.find('/') == std::string::npos) {
        rate_end = past_stuff;
      }
      // "6 litres per person per day", "2kg a head each month"
      if ((word(rate_end, "per") || word(rate_end, "a")) &&
          spaced(rate_end) && spaced(rate_end + 1) && word_in(rate_end + 1, kHeadWords) &&
          unit.find('/') == std::string::npos) {
        unit += "/person";
        rate_end += 2;
        std::size_t period_end = rate_end;
        const std::string_view period = rate_period(rate_end, period_end);
        if (!period.empty()) unit += "/" + std::string(period);
        return finish(MentionKind::kQuantity, period.empty() ? rate_end : period_end, unit);
      }
      // "50 miles per gallon", "40 miles to the gallon": fuel economy, "mpg" as "mph" is
      if (unit == "mi" && spaced(rate_end) && spaced(rate_end + 1) &&
          ((word(rate_end, "per") && word(rate_end + 1, "gallon")) ||
           (word(rate_end, "to") && word(rate_end + 1, "the") && word(rate_end + 2, "gallon") && spaced(rate_end + 2)))) {
        return finish(MentionKind::kQuantity, word(rate_end, "per") ? rate_end + 2 : rate_end + 3, "mpg");
      }
      // "3.6 miles per kWh": an electric car's efficiency, a distance per unit of energy
      if ((unit == "mi" || unit == "km") && word(rate_end, "per") && spaced(rate_end) && spaced(rate_end + 1) &&
          word(rate_end + 1, "kwh")) {
        return finish(MentionKind::kQuantity, rate_end + 2, unit + "/kWh");
      }
      // "120g of CO2 per kilometre", "95g per km": a car's emissions, a mass per distance
      // driven, as "120g/km" glued is
      if (unit == "g" || unit == "kg") {
        const std::size_t per = past_what_is_measured(rate_end);
        if (word(per, "per") && spaced(per) && spaced(per + 1)) {
          if (word(per + 1, "km") || word(per + 1, "kilometre") || word(per + 1, "kilometer")) {
            return finish(MentionKind::kQuantity, per + 2, unit + "/km");
          }
          if (word(per + 1, "mile")) return finish(MentionKind::kQuantity, per + 2, unit + "/mi");
        }
      }
      // "3,500 kilos a hectare", "12 tonnes per hectare": a yield, "kg/ha", "t/ha"
      if ((word(rate_end, "a") || word(rate_end, "an") || word(rate_end, "per")) && spaced(rate_end) &&
          spaced(rate_end + 1) && unit.find('/') == std::string::npos) {
        for (const AreaDenominator& area : kAreaDenominators) {
          if (word(rate_end + 1, area.word) && unit != area.unit) {
            return finish(MentionKind::kQuantity, rate_end + 2, unit + "/" + std::string(area.unit));
          }
        }
      }
      // "214 bushels/acre", "5.2 tonnes/ha": the same yield, its area after a slash
      if (symbol(rate_end, '/') && attached(rate_end) && attached(rate_end + 1) && unit.find('/') == std::string::npos &&
          !(attached(rate_end + 2) && rate_end + 2 < token_count_ && tokens_[rate_end + 2].type != TokenType::kSymbol)) {
        for (const AreaDenominator& area : kAreaDenominators) {
          if ((word(rate_end + 1, area.word) || word(rate_end + 1, area.unit)) && unit != area.unit) {
            return finish(MentionKind::kQuantity, rate_end + 2, unit + "/" + std::string(area.unit));
          }
        }
      }
      // "5 tonnes to the hectare", "40 bushels to the acre": the same yield, as farmers say it
      if (word(rate_end, "to") && word(rate_end + 1, "the") && spaced(rate_end) && spaced(rate_end + 1) &&
          spaced(rate_end + 2) && unit.find('/') == std::string::npos) {
        for (const AreaDenominator& area : kAreaDenominators) {
          if (word(rate_end + 2, area.word) && unit != area.unit) {
            return finish(MentionKind::kQuantity, rate_end + 3, unit + "/" + std::string(area.unit));
          }
        }
      }
      std::string_view period = rate_period(*end, rate_end);
      // "270 billion tonnes of ice a year": what is measured, between the unit and its period
      if (period.empty() && past_what_is_measured(*end) != *end) {
        period = rate_period(past_what_is_measured(*end), rate_end);
      }
      if (!period.empty() && unit.find('/') == std::string::npos && unit != "mph") {
        return finish(MentionKind::kQuantity, rate_end, unit_per(unit, period));
      }
      return finish(MentionKind::kQuantity, *end, unit);
    }
  }
  return read_duration_suffix(numeral, candidate);
}

// "the 10-year Bund", "the 10-year government bond", "two-year US Treasury yields", "the
// average five-year deal cost 6.37%": the unit of time at token d, hyphened to its number,
// is the term that names a bond or a loan, within a few words of its modifiers
bool Scanner::term_named_after(std::size_t d) const {
  // "while the 30-year touched 5.46%", "Treasury 10-year 4.31%": the term alone names its
  // bond, a yield straight after it or after its verb of a market's move
  const auto yield_at = [&](std::size_t t) {
    if (!spaced(t) || !digits(t)) return false;
    const auto rate = parse_digit_numeral(t, false);
    return rate && rate->precision < 1 && symbol(rate->end, '%') && attached(rate->end);
  };
  // ("the 10-year trading in a 6.28%-6.35% band": the band it moves in)
  if (yield_at(d + 1) ||
      (spaced(d + 1) && word_in(d + 1, kYieldMoveVerbs) &&
       (yield_at(d + 2) || (word(d + 2, "in") && spaced(d + 2) && has(d + 3, kArticle) && yield_at(d + 4))))) {
    return true;
  }
  // "* JGB 10-year: 1.865%": a table's term and its yield after a colon; "the 20-year
  // FR0107": a bond's term before its series code
  if (symbol(d + 1, ':') && attached(d + 1) && yield_at(d + 2)) return true;
  if (spaced(d + 1) && d + 1 < token_count_ && tokens_[d + 1].all_caps && tokens_[d + 1].size() >= 2 &&
      digits(d + 2) && attached(d + 2)) {
    return true;
  }
  for (std::size_t t = d + 1; t <= d + kTermModifiers + 1 && spaced(t) && t < token_count_ &&
                              tokens_[t].type == TokenType::kWord && !word_in(t, kNotNounSet);
       ++t) {
    if (word_in(t, kTermNouns)) return true;
    // "Six-month T-bill yields": a Treasury bill's
    if (text_of(t) == "T" && attached_dash(t + 1) && attached(t + 2) && (word(t + 2, "bill") || word(t + 2, "bills"))) {
      return true;
    }
    // "the 14th Five-Year Plan": the name of a plan, capitals on the term and the noun
    if (word(t, "plan") && tokens_[t].capitalized && tokens_[d].capitalized) return true;
    // "ten-year deals, which have become more popular, average 4.38%", "borrowers coming off
    // two-year deals": a deal in a sentence about mortgages is a loan's term ("signed a
    // five-year deal until 2031" is a contract's length)
    if ((word(t, "deal") || word(t, "deals")) && sentence_speaks_of_loans(t)) return true;
    // "the 30-year average slipped to 5.87%", in a story on mortgages: the average rate of
    // the 30-year loan ("the 30-year average snowfall" is a span of years)
    if (t == d + 1 && word(t, "average") && names_mortgages()) return true;
    std::size_t p = t + 1;
    if (!word_in(p, kPriceVerbs) || !spaced(p)) continue;
    ++p;
    if (word(p, "at") && spaced(p)) ++p;
    if (!spaced(p) || !digits(p)) continue;
    if (auto rate = parse_digit_numeral(p, false)) {
      if (auto priced = apply_suffix(*rate); priced && priced->mention.kind == MentionKind::kPercent) {
        return true;
      }
    }
  }
  return false;
}

// The words that make a sentence one about home loans: "mortgage", "lenders", "borrowers",
// "fix", "LTV", a move "in basis points".
constexpr auto kLoanWords = std::to_array<std::string_view>({
    "mortgage", "mortgages", "borrower", "borrowers", "lender", "lenders", "remortgage",
    "remortgaging", "fix", "fixes", "ltv", "swap", "swaps",
});

// How far either side of a deal its sentence is read for a word of loans (a sentence of
// thousands of words, each "a five-year deal", is read in linear time).
constexpr std::size_t kLoanWordReach = 40;

bool Scanner::sentence_speaks_of_loans(std::size_t t) const {
  const auto ends_sentence = [&](std::size_t n) {
    return tokens_[n].type == TokenType::kSymbol &&
           (symbol(n, '.') || symbol(n, '!') || symbol(n, '?') || symbol(n, ';')) &&
           (n + 1 >= token_count_ || !attached(n + 1));
  };
  const auto loan_word = [&](std::size_t n) {
    return word_in(n, kLoanWords) || (word(n, "basis") && n + 1 < token_count_ && word(n + 1, "points"));
  };
  for (std::size_t n = t; n > 0 && t - n < kLoanWordReach; --n) {
    if (tokens_[n].gap == Gap::kNewline || ends_sentence(n - 1)) break;
    if (loan_word(n - 1)) return true;
  }
  for (std::size_t n = t + 1; n < token_count_ && n - t <= kLoanWordReach; ++n) {
    if (tokens_[n].gap == Gap::kNewline || ends_sentence(n)) break;
    if (loan_word(n)) return true;
  }
  return false;
}

// "two-, five- and ten-year deals", "2-, 5- and 10-year fixes": a number whose hyphen is
// left hanging, the compound it shares closed by the last of the list; when that names a
// loan's or a bond's term, the number names one too ("two- and three-bedroom homes" count)
bool Scanner::suspended_term(std::size_t k) const {
  if (!attached_dash(k) || k + 1 >= token_count_) return false;
  if (!(symbol(k + 1, ',') && attached(k + 1)) &&
      !(spaced(k + 1) && (word(k + 1, "and") || word(k + 1, "or") || word(k + 1, "to")))) {
    return false;
  }
  constexpr std::size_t kSuspendedLookahead = 10;
  for (std::size_t t = k + 1; t + 2 < token_count_ && t < k + kSuspendedLookahead; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return false;
    if (!(digits(t) || has(t, kCardinal))) continue;
    if (!attached_dash(t + 1)) continue;
    if (!attached(t + 2)) continue;  // another hanging hyphen
    return has(t + 2, kDurationUnit) && term_named_after(t + 2);
  }
  return false;
}

bool Scanner::read_duration_suffix(const Numeral& numeral, Candidate& candidate) const {
  Mention& mention = candidate.mention;
  const std::size_t k = numeral.end;
  auto finish = [&](MentionKind kind, std::size_t end, std::string unit = {}) {
    return finish_reading(candidate, kind, end, std::move(unit));
  };
  // "+4.213s", "9.58sec": a timing in seconds with its decimals, the letters glued on
  // ("1990s", "the 80s" are decades, and have no decimals; "1min 47sec" needs none)
  if (attached(k) &&
      ((numeral.precision < 1 && word(k, "s")) || (has(k, kDurationUnit) && (word(k, "sec") || word(k, "secs")))) &&
      !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type != TokenType::kSymbol)) {
    return finish(MentionKind::kDuration, k + 1, "seconds");
  }
  {
    std::size_t d = k;
    // "a 30-second advert": the singular "second" is an ordinal in the lexicon, a unit of
    // time only hyphened to a number, and not when a hyphen goes on ("second-half")
    const bool hyphened = attached_dash(d) && attached(d + 1);
    const bool hyphened_second = hyphened && word(d + 1, "second") && !(attached_dash(d + 2));
    const bool adjectival = hyphened && (has(d + 1, kDurationUnit) || hyphened_second);
    if (adjectival) ++d;
    // "for 11 consecutive days", "three straight weeks": the run's length, spanned whole;
    // so is the time a detour adds, "10-14 extra days", "two additional weeks", and the
    // days counted in "about five working days", "ten business days", "90 calendar days"
    // (the unit after the word asked first: few numbers are followed by a word and a unit)
    const bool in_a_run = !adjectival && spaced(d) && has(d + 1, kDurationUnit) && spaced(d + 1) &&
                          (word(d, "consecutive") || word(d, "straight") || word(d, "extra") ||
                           word(d, "additional") || word(d, "working") || word(d, "business") ||
                           word(d, "calendar"));
    if (in_a_run) ++d;
    // "for three consecutive quarters": a run of a year's quarters ("three quarters" alone
    // is a share, read elsewhere)
    if (!adjectival && spaced(k) && (word(k, "consecutive") || word(k, "straight")) && spaced(k + 1) &&
        word(k + 1, "quarters")) {
      return finish(MentionKind::kDuration, k + 2, "quarters");
    }
    // "24hrs", "90mins", "a 5yr deal": an abbreviated unit glued to its number, letters alone
    const bool glued_abbreviation =
        d == k && attached(d) && (word(d, "hr") || word(d, "hrs") || word(d, "min") || word(d, "mins") ||
                                  word(d, "yr") || word(d, "yrs") || text_of(d) == "ms") &&
        !(attached(d + 1) && d + 1 < token_count_ && tokens_[d + 1].type != TokenType::kSymbol);
    // "seven of the last 10 day-night games": a match played into the night, counted, not a span
    const bool day_night = !adjectival && word(d, "day") && attached_dash(d + 1) &&
                           word(d + 2, "night") && attached(d + 2);
    // "won by one second", "one second behind", "1 second off the record": a single second
    // written out, where no noun follows for "second" to number ("one second-half goal",
    // "one second prize" go on)
    const bool single_second = d == k && numeral.value == 1 && numeral.scale == 1 && spaced(d) &&
                               word(d, "second") &&
                               (d + 1 >= token_count_ || tokens_[d + 1].gap == Gap::kNewline ||
                                (tokens_[d + 1].type == TokenType::kSymbol && !dash(d + 1)) ||
                                (spaced(d + 1) && word_in(d + 1, kAfterSingleSecondSet)));
    // ("41 ms" in lower case: "Ms" and "MS" name a person or a disease)
    const bool milliseconds_in_capitals = word(d, "ms") && text_of(d) != "ms";
    if (hyphened_second || single_second ||
        (has(d, kDurationUnit) && (adjectival || spaced(d) || glued_abbreviation) && !day_night &&
         !milliseconds_in_capitals)) {
      const std::string unit(hyphened_second || single_second ? "seconds" : tokens_[d].lexeme->unit);
      // "the 10-year Bund", "the 10-year government bond", "two-year US Treasury yields":
      // the term that names a bond, within a few words of its modifiers
      if (adjectival && term_named_after(d)) return false;
      // "One day, he will return", "one day he": a time, not a span
      if (numeral.lone_one && word(d, "day") && !adjectival &&
          !(k >= 2 && word_in(k - 2, kDurationLeadSet)) &&
          (symbol(d + 1, ',') || word_in(d + 1, kPronouns))) {
        return false;
      }
      // "He made five centuries in the match": a snooker player's or a batter's breaks or
      // innings of a hundred, counted
      if (!adjectival && word(d, "centuries") && counts_centuries()) return finish(MentionKind::kNumber, k);
      // "two decades", "three centuries": years
      if (!hyphened_second && tokens_[d].lexeme->number > 0) {
        mention.value = numeral.value * tokens_[d].lexeme->number;
        mention.precision = numeral.precision * tokens_[d].lexeme->number;
      }
      if (!adjectival && word(d + 1, "ago") && spaced(d + 1)) {
        candidate = ago_candidate(*mention.value, unit, d + 2);
        return true;
      }
      if (!adjectival && from_now(d + 1)) {
        candidate = ago_candidate(*mention.value, unit, d + 3, true);
        return true;
      }
      std::size_t end = d + 1;
      if (adjectival && attached_dash(end) && (word(end + 1, "old") || word(end + 1, "olds")) &&
          attached(end + 1)) {
        // "a 47-year-old man", "a two-month-old baby", "24-year-olds": an age, which is a count
        return finish(MentionKind::kNumber, end + 2);
      }
      // "she is 42 years old": the same age written out, spanned through "old"
      if (!adjectival && word(end, "old") && spaced(end)) return finish(MentionKind::kNumber, end + 1);
      // "52 years of age", "babies under six months of age": the same age, through "age"
      if (!adjectival && word(end, "of") && spaced(end) && word(end + 1, "age") && spaced(end + 1)) {
        return finish(MentionKind::kNumber, end + 2);
      }
      return finish(MentionKind::kDuration, end, unit);
    }
  }
  return read_counted_suffix(numeral, candidate);
}

// "vehicle miles", "vehicle-kilometres", "vehicle km" at token v ("vehicle"): the token past
// the distance driven, or 0.
std::size_t Scanner::vehicle_distance_end(std::size_t v) const {
  const std::size_t unit = attached_dash(v + 1) && attached(v + 2) ? v + 2 : v + 1;
  if (unit == v + 1 && !spaced(unit)) return 0;
  return word(unit, "miles") || word(unit, "kilometres") || word(unit, "kilometers") || word(unit, "km") ? unit + 1
                                                                                                        : 0;
}

bool Scanner::vehicle_distance_in_miles(std::size_t end) const { return word(end - 1, "miles"); }

inline bool Scanner::read_counted_suffix(const Numeral& numeral, Candidate& candidate) const {
  const std::size_t k = numeral.end;
  auto finish = [&](MentionKind kind, std::size_t end, std::string unit = {}) {
    return finish_reading(candidate, kind, end, std::move(unit));
  };
  // "412 cases per 100,000 people", "206 per 100,000": a rate per head of population,
  // its unit the base ("per_100k") whatever is counted, since the noun is often left out;
  // "one case per million people": the base in words, and a lone "one" is a rate's count
  // too, as in "one train an hour" below
  {
    std::size_t r = k;
    // the counted noun, of a word or two: cases, deaths, "doctor visits", "hospital admissions";
    // a hyphened word is one, whatever its parts: "first-time applicants", "long-term sick"
    for (int nouns = 0; nouns < 2 && spaced(r) && r < token_count_ && tokens_[r].type == TokenType::kWord &&
                        !word(r, "per");
         ++nouns) {
      if (r + 2 < token_count_ && attached_dash(r + 1) && attached(r + 2) &&
          tokens_[r + 2].type == TokenType::kWord && tokens_[r + 2].size() >= 3 && !(attached_dash(r + 3))) {
        r += 3;
        continue;
      }
      if (tokens_[r].lexeme != nullptr || tokens_[r].size() < 3) break;
      ++r;
    }
    if (word(r, "per") && spaced(r) && digits(r + 1) && spaced(r + 1)) {
      if (auto base = parse_digit_numeral(r + 1, false)) {
        const double b = base->value;
        const char* unit = b == 1e3 ? "per_1k" : b == 1e4 ? "per_10k" : b == 1e5 ? "per_100k"
                         : b == 1e6 ? "per_1m" : nullptr;
        if (unit != nullptr && !symbol(base->end, '%') && !has(base->end, kMeasureUnit | kCurrencyWord)) {
          std::size_t end = base->end;
          for (int w = 0; w < 2 && spaced(end) && word_in(end, kPopulationWords); ++w) ++end;
          // "156 per 100,000 person-years": a cohort's time at risk, counted as its people
          if (end == base->end && spaced(end) && (word(end, "person") || word(end, "patient")) &&
              attached_dash(end + 1) && attached(end + 2) && (word(end + 2, "years") || word(end + 2, "year"))) {
            end += 3;
          }
          return finish(MentionKind::kQuantity, end, unit);
        }
      }
    }
    // "3.9 deaths per billion vehicle-kilometres", "4.8 deaths per billion vehicle miles": a
    // rate of road deaths against the distance driven
    if (word(r, "per") && spaced(r) && spaced(r + 1) && word(r + 1, "billion") && spaced(r + 2) &&
        word(r + 2, "vehicle")) {
      if (const std::size_t end = vehicle_distance_end(r + 2); end != 0) {
        return finish(MentionKind::kQuantity, end,
                      vehicle_distance_in_miles(end) ? "per_billion_vehicle_miles" : "per_billion_vehicle_km");
      }
    }
    if (word(r, "per") && spaced(r) && spaced(r + 1) && (word(r + 1, "thousand") || word(r + 1, "million")) &&
        spaced(r + 2) && word_in(r + 2, kPopulationWords)) {
      std::size_t end = r + 3;
      if (spaced(end) && word_in(end, kPopulationWords)) ++end;
      return finish(MentionKind::kQuantity, end, word(r + 1, "million") ? "per_1m" : "per_1k");
    }
  }
  {
    std::string unit;
    if (auto end = parse_rate(k, unit)) {
      // "one train an hour" is in trains an hour, as "two trains an hour" is: units name
      // their things in the plural
      const std::size_t slash = unit.find('/');
      if (numeral.value == 1 && slash != std::string::npos && slash > 0 && unit[slash - 1] != 's') {
        // (Built anew, not insert(): GCC 12 warns of an overlap that cannot happen.)
        std::string plural = unit.substr(0, slash);
        plural += 's';
        plural.append(unit, slash);
        unit = std::move(plural);
      }
      return finish(MentionKind::kQuantity, *end, unit);
    }
  }
  // "one" alone is mostly a pronoun ("one of them", "one said", and "one person" is left
  // out too); in a list of counts of one thing it counts: "one count of fraud and two
  // counts of false accounting"
  // "a one-bedroom flat", "a one-bed flat": a home's bedrooms count from one, as "a
  // three-bedroom house" does ("one-off", "one-way" stay set compounds)
  const bool bedrooms = numeral.spelled && attached_dash(k) && attached(k + 1) &&
                        (word(k + 1, "bedroom") || word(k + 1, "bed") || word(k + 1, "bedroomed"));
  // "the big four lenders", "the Big Three carmakers": a name for a trade's largest few,
  // no count ("the big four-bedroom house" counts its rooms)
  if (numeral.spelled && k >= 3 && spaced(k - 1) && word(k - 2, "big") && spaced(k - 2) && word(k - 3, "the") &&
      !(attached_dash(k))) {
    return false;
  }
  if (numeral.lone_one && !bedrooms) {
    // ("between one and ten a year": the low end of a range)
    const bool low_of_between = k >= 2 && word(k - 2, "between") && word(k, "and") && spaced(k) && spaced(k + 1) &&
                                (digits(k + 1) || has(k + 1, kCardinal));
    // ("children aged one and over": the open age band's lower age, as "aged 65 and over")
    const bool age_band_from = k >= 2 && word(k - 2, "aged") && spaced(k - 1) && word(k, "and") && spaced(k) &&
                               spaced(k + 1) && (word(k + 1, "over") || word(k + 1, "older") || word(k + 1, "above"));
    // ("one behind Haaland", "one clear of Arsenal", "one ahead of City": a margin over a
    // named rival in a table; "the one behind Brexit" and "one behind the other" are pronouns)
    const std::size_t rival = word(k, "behind") ? k + 1 : k + 2;
    const bool margin_over_rival =
        spaced(k) && (word(k, "behind") || ((word(k, "clear") || word(k, "ahead")) && word(k + 1, "of") && spaced(k + 1))) &&
        spaced(rival) && tokens_[rival].type == TokenType::kWord && tokens_[rival].capitalized &&
        !(k >= 2 && (word(k - 2, "the") || word(k - 2, "this") || word(k - 2, "that")));
    // ("would have 75, one short", "finished one short of a majority": a shortfall, as
    // "one behind" is a margin)
    const bool shortfall = word(k, "short") && spaced(k) &&
                           (k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol ||
                            (word(k + 1, "of") && spaced(k + 1)));
    // ("ran in six tries to one", "won 14 matches to one": a tally against another, the
    // counted noun said with the first number only)
    const std::size_t j = k - 1;  // "one"
    const bool tally_against = j >= 3 && spaced(j) && word(j - 1, "to") && spaced(j - 1) &&
                               tokens_[j - 2].type == TokenType::kWord && !tokens_[j - 2].capitalized &&
                               text_of(j - 2).back() == 's' && spaced(j - 2) &&
                               (digits(j - 3) || has(j - 3, kCardinal)) &&
                               // (no noun after it: "sent 12 letters to one address")
                               (k >= token_count_ || tokens_[k].type == TokenType::kSymbol ||
                                (spaced(k) && (word(k, "to") || word(k, "in") || word(k, "against") ||
                                               word(k, "on") || word(k, "at") || word(k, "and"))));
    if (!low_of_between && !age_band_from && !margin_over_rival && !shortfall && !tally_against &&
        !one_in_a_list_of_counts(k)) {
      return false;
    }
  }
  if (numeral.name_like) return false;
  if (suspended_term(k)) return false;
  // "two-state", "three-way", "one-off", "two-to-one": a set compound, not a count; but
  // "a four-point lead", "a three-match ban" count as "a 12-match run" does, and so do a
  // golfer's shots ahead, "a three-shot lead", "a two-stroke cushion" ("a two-shot
  // espresso" stays set), and strokes against par, "a seven-under-par 65"
  if (numeral.spelled && attached_dash(k) && attached(k + 1) && k + 1 < token_count_ &&
      tokens_[k + 1].type == TokenType::kWord &&
      ((numeral.value < 2 && !bedrooms) || word_in(k + 1, kCompoundIdioms) ||
       has(k + 1, kCardinal | kOrdinal | kFraction | kScaleWord | kMonth | kWeekday | kOther) ||
       (attached_dash(k + 2))) &&
      !(word_in(k + 1, kStrokeWords) && spaced(k + 2) && word_in(k + 2, kGolfMarginWords)) &&
      !(numeral.value >= 2 && (word(k + 1, "under") || word(k + 1, "over")) && attached_dash(k + 2) &&
        attached(k + 3) && word(k + 3, "par"))) {
    return false;
  }
  // "outnumber men two to one", "backed it three to one in the vote": a ratio, no count
  // ("cut from two to one lane" counts down; "two to one hundred" is a range)
  if (numeral.spelled && word(k, "to") && spaced(k) && word(k + 1, "one") && spaced(k + 1) &&
      (k + 2 >= token_count_ || tokens_[k + 2].type == TokenType::kSymbol ||
       (spaced(k + 2) && word_in(k + 2, kNotNounSet))) &&
      !(k >= 2 && word(k - 2, "from"))) {
    return false;
  }
  // "took 4 for 23", "were 41 for 2", "made 312/7 (50 overs)": a bowler's wickets for the
  // runs given, a side's runs for the wickets lost, a result like a score, both of its
  // numbers consumed (only in a sentence of cricket: "buy 3 for 2" is an offer)
  if (numeral.plain_integer && digits(k + 1) && k > 0 &&
      ((word(k, "for") && spaced(k) && spaced(k + 1)) || (symbol(k, '/') && attached(k) && attached(k + 1))) &&
      // ("4 for 23.5" is no tally; the full stop of "took 5 for 32." ends a sentence)
      !(attached(k + 2) && k + 2 < token_count_ &&
        (tokens_[k + 2].type != TokenType::kSymbol || (symbol(k + 2, '.') && digits(k + 3) && attached(k + 3)) ||
         symbol(k + 2, '/')))) {
    const int second = small_number(k + 1);
    if (second >= 0 && (numeral.value <= 10 || second <= 10) && in_cricket_sentence(k - 1, k + 2)) {
      candidate.skip = true;
      return finish(MentionKind::kNumber, k + 2);
    }
  }
  // "odds of 3 to 1", "the odds are 100 to 1 against": a bookmaker's ratio, both of its
  // numbers consumed
  if (word(k, "to") && spaced(k) && spaced(k + 1) && (digits(k + 1) || word(k + 1, "one")) && k >= 3 &&
      (word(k - 3, "odds") || (k >= 4 && word(k - 4, "odds")))) {
    candidate.skip = true;
    return finish(MentionKind::kNumber, k + 2);
  }
  return finish(MentionKind::kNumber, k);
}

std::optional<Candidate> Scanner::combine_range(double low, double low_scale, const Candidate& high,
                                                std::size_t end, bool may_run_backwards) const {
  if (!high.mention.value || high.mention.kind == MentionKind::kDate) return std::nullopt;
  double high_value = *high.mention.value;
  // "2-3 million": the scale written once applies to both ends.
  if (low_scale == 1 && high.scale > 1 && low * high.scale <= high_value) low *= high.scale;
  // "2 to 5 cents", "20-50p": a high end in hundredths counts the low end in them too
  if (low_scale == 1 && high.scale < 1) low *= high.scale;
  // A slip of the pen ("between 98 and 63 per cent") is still the range the words
  // make; the checker flags its order. Ends of two scales cannot be told apart
  // from "2-3 million", so only ends written alike run backwards.
  const bool backwards = may_run_backwards && low > high_value && low_scale == high.scale;
  // "lows of -25C to -28C", "minus 3 to minus 5 per cent": ends below zero written in the
  // order of their size, which is no slip
  const bool below_zero = low < 0 && high_value < low && low_scale == high.scale;
  if (backwards || below_zero) std::swap(low, high_value);
  if (!(low < high_value)) return std::nullopt;
  Candidate range = high;
  range.end = end;
  range.mention.value.reset();
  range.mention.low = low;
  range.mention.high = high_value;
  range.mention.precision = 0;
  range.mention.reversed = backwards;
  return range;
}

std::optional<Candidate> Scanner::parse_prefixed_money(std::size_t j) const {
  // A sign or letters come before the figure: at digits, none of the tests below holds,
  // nor at a word but a country's letters, a currency code or the article of "A$".
  if (!may_prefix_money(j)) return std::nullopt;
  std::size_t k = j;
  std::string_view code;
  char32_t sign = 0;
  bool code_attached = false;
  bool letter_money = false;
  // the letters a currency's writers put against its figure, written just so
  const auto letters_against_figure = [&] {
    const std::string_view letters = text_of(k);
    return letters == "R" || letters == "N" || letters == "Sh" || letters == "Dh" || letters == "SR" ||
           letters == "QR" || letters == "RM" || (letters == "P" && names_the_philippines());
  };
  // "US$", "A$", "C$", "HK$": the country's letters in capitals against the sign
  const bool capitals = token_count_ > k && (tokens_[k].all_caps || (tokens_[k].size() == 1 &&
                                                                        tokens_[k].capitalized) ||
                                             (word(k, "mex") && tokens_[k].capitalized));
  // "US67.2c", "A95c": an exchange rate quoted in cents of the country's dollar, two
  // figures of them (a longer or shorter run is a code: "A380c", "US1c")
  if ((has(k, kCurrencyPrefix) || word(k, "a")) && capitals && digits(k + 1) && attached(k + 1) &&
      tokens_[k + 1].size() == 2) {
    // (whole cents, "US70c", read as a code by the numeral grammar, are read here)
    std::optional<Numeral> cents;
    if (text_of(k + 2) == "c" && attached(k + 2) && small_number(k + 1) >= 0) {
      cents = Numeral{.end = k + 2, .value = static_cast<double>(small_number(k + 1))};
    } else {
      cents = parse_digit_numeral(k + 1, false);
    }
    const bool in_cents = cents && cents->scale == 1 && text_of(cents->end) == "c" && attached(cents->end) &&
                          !(attached(cents->end + 1) && cents->end + 1 < token_count_ &&
                            tokens_[cents->end + 1].type != TokenType::kSymbol);
    if (in_cents) {
      Candidate candidate;
      candidate.end = cents->end + 1;
      candidate.mention.kind = MentionKind::kMoney;
      candidate.mention.unit = std::string(word(k, "a") ? "AUD" : tokens_[k].lexeme->unit);
      candidate.mention.value = cents->value / 100;
      candidate.mention.precision = cents->precision / 100;
      return candidate;
    }
    // ("R48.7 billion" is the rand, read below)
    if (!letters_against_figure()) return std::nullopt;
  }
  if ((has(k, kCurrencyPrefix) || word(k, "a")) && capitals && symbol(k + 1, '$') &&
      attached(k + 1)) {
    code = word(k, "a") ? "AUD" : tokens_[k].lexeme->unit;
    sign = '$';
    k += 2;
  } else if ((word(k, "rs") || word(k, "ksh") || word(k, "tk") || word(k, "dhs") || (word(k, "rp") && !tokens_[k].all_caps) ||
              (text_of(k) == "Re" && one_rupee_after(k))) &&
             tokens_[k].capitalized && (digits(k + 1) || symbol(k + 1, '.'))) {
    code = tokens_[k].lexeme->unit;  // "Rs 300 crore", "Rs.500", "KSh 65", "Tk 92.50", "Dhs 8.5 million", "Re 1", "Rp 1.5 billion"
    ++k;
    if (symbol(k, '.') && attached(k)) ++k;
    if (!digits(k)) return std::nullopt;
  } else if (text_of(k) == "GH" && (symbol(k + 1, U'₵') || symbol(k + 1, U'¢')) && attached(k + 1) &&
             digits(k + 2)) {
    // "GH₵3,712", "GH¢ 58,000": the cedi as Ghana writes it, its letters before its sign (or
    // the cent sign that stands in for it); one space may follow, as after "KSh"
    code = "GHS";
    sign = tokens_[k + 1].symbol;
    k += 2;
  } else if (text_of(k) == "S" && symbol(k + 1, '/') && attached(k + 1)) {
    // "S/ 450,000", "S/.1,200", "S/2.4 million": the Peruvian sol as Peru writes it
    code = "PEN";
    k += 2;
    if (symbol(k, '.') && attached(k)) ++k;
    if (!digits(k)) return std::nullopt;
  } else if (symbol(k, '$') && attached(k + 1) && (has(k + 1, kCurrencyPrefix) || word(k + 1, "a")) &&
             (tokens_[k + 1].all_caps || (tokens_[k + 1].size() == 1 && tokens_[k + 1].capitalized)) &&
             digits(k + 2) && attached(k + 2)) {
    // "$US2.1 billion", "$A50": Australian style, the country's letters after the sign
    code = word(k + 1, "a") ? "AUD" : tokens_[k + 1].lexeme->unit;
    sign = '$';
    k += 2;
  } else if (digits(k + 1) && attached(k + 1) && letters_against_figure()) {
    // "R2.5 billion", "N899.50", "Sh2.3 billion", "Dh50", "SR412 million", "QR0.35", "RM1.99":
    // the rand, the naira, the Kenyan shilling, the UAE dirham, the Saudi and Qatari riyals and the ringgit as
    // their writers put them, letters against the figure; "P2.5 billion", "P58.94" the
    // Philippine peso, in a text that names the Philippines
    code = text_of(k) == "R" ? std::string_view("ZAR") : tokens_[k].lexeme->unit;
    letter_money = true;
  } else if (tokens_[k].type == TokenType::kSymbol && !currency_of_sign(tokens_[k].symbol).empty()) {
    code = currency_of_sign(tokens_[k].symbol);
  } else if (has(k, kCurrencyCode) && tokens_[k].all_caps && digits(k + 1) &&
             (spaced(k + 1) || (attached(k + 1) && tokens_[k].size() == 3)) &&
             (tokens_[k].lexeme->unit != "PHP" || names_the_philippines())) {
    // "EUR 45m", and in wire style "EUR45m" (with a scale: "PEN15" is a name)
    code = tokens_[k].lexeme->unit;
    code_attached = attached(k + 1);
  } else {
    return std::nullopt;
  }
  if (sign == 0 && tokens_[k].type == TokenType::kSymbol) sign = tokens_[k].symbol;
  if (k == j) ++k;
  if (!attached(k) && !(k < token_count_ && tokens_[k].gap == Gap::kSingleSpace)) {
    return std::nullopt;
  }
  auto numeral = parse_digit_numeral(k, false);
  // (a code against a price in cents, "EUR12.50", is money as "EUR45m" is)
  if (!numeral || numeral->negative || (code_attached && numeral->scale == 1 && numeral->precision != 0.01)) {
    return std::nullopt;
  }
  // (a letter against two digits is more often a road, a mask or a model: "R21", "N95";
  // two letters in mixed case, "Sh47 a litre", are the currency's where its last amount
  // was in it, "Sh1.42 billion" before: "Dh50" alone stays a code)
  if (letter_money && numeral->plain_integer && numeral->integer_digits < 3 &&
      !(tokens_[j].size() == 2 && last_money_unit_ == code)) {
    return std::nullopt;
  }
  // (two capitals against bare digits are a flight's number, "SR4417", "QR817", the Swiss
  // and Qatari airlines' codes: riyals come with a scale, decimals or a group of thousands,
  // or after an amount in them)
  if (letter_money && numeral->plain_integer && tokens_[j].all_caps && tokens_[j].size() == 2 &&
      last_money_unit_ != code) {
    return std::nullopt;
  }
  if (code == "SDG" && names_a_development_goal(*numeral)) return std::nullopt;
  // "$5.6B": a capital B against an amount is billions; "$1.2b" and "Rs1.2tr", as
  // Australian and Pakistani papers write them, billions and trillions in lower case
  if (numeral->scale == 1 && attached(numeral->end) &&
      (text_of(numeral->end) == "B" || text_of(numeral->end) == "b" || text_of(numeral->end) == "tr") &&
      !(attached(numeral->end + 1) && numeral->end + 1 < token_count_ &&
        tokens_[numeral->end + 1].type != TokenType::kSymbol)) {
    const double scale = text_of(numeral->end) == "tr" ? 1e12 : 1e9;
    numeral->value *= scale;
    numeral->precision *= scale;
    numeral->scale = scale;
    ++numeral->end;
  }
  // "Rs 4,500 cr", "₹1,200-cr", "Tk 2,000cr": crore cut short, as South Asian headlines and
  // tables write it (after a bare figure "cr" is no scale)
  if (numeral->scale == 1) {
    std::size_t c = numeral->end;
    if (attached_dash(c) && attached(c + 1)) ++c;
    if (word(c, "cr") && (code == "INR" || code == "BDT" || code == "PKR") &&
        (attached(c) || tokens_[c].gap == Gap::kSingleSpace) &&
        !(attached(c + 1) && c + 1 < token_count_ && tokens_[c + 1].type != TokenType::kSymbol)) {
      numeral->value *= 1e7;
      numeral->precision *= 1e7;
      numeral->scale = 1e7;
      numeral->end = c + 1;
    }
  }
  // "seven nights from £599pp": a price a head, "pp" glued on for per person
  if (attached(numeral->end) && text_of(numeral->end) == "pp" &&
      !(attached(numeral->end + 1) && numeral->end + 1 < token_count_ &&
        tokens_[numeral->end + 1].type != TokenType::kSymbol)) {
    ++numeral->end;
  }
  Candidate candidate;
  candidate.end = numeral->end;
  candidate.scale = numeral->scale;
  candidate.mention.kind = MentionKind::kMoney;
  candidate.mention.unit = std::string(code);
  candidate.mention.value = numeral->value;
  candidate.mention.precision = numeral->precision;
  // "$5-10bn", "$5bn-$10bn"
  const std::size_t d = numeral->end;
  if (attached_dash(d)) {
    std::size_t h = d + 1;
    if (sign != 0 && symbol(h, sign) && attached(h)) ++h;
    if (digits(h) && attached(h)) {
      if (auto high = parse_digit_numeral(h, false)) {
        Candidate high_candidate = candidate;
        high_candidate.mention.value = high->value;
        high_candidate.scale = high->scale;
        if (auto range = combine_range(numeral->value, numeral->scale, high_candidate, high->end)) {
          return range;
        }
      }
    }
  }
  return candidate;
}

// "a face value of Re 1", "Re.1": the rupee's singular, before the one rupee alone.
bool Scanner::one_rupee_after(std::size_t k) const {
  std::size_t t = k + 1;
  if (symbol(t, '.') && attached(t)) ++t;
  if (!(t < token_count_ && (attached(t) || tokens_[t].gap == Gap::kSingleSpace)) || text_of(t) != "1") return false;
  return !((symbol(t + 1, '.') || symbol(t + 1, ',')) && attached(t + 1) && digits(t + 2)) &&
         !(attached(t + 1) && t + 1 < token_count_ && tokens_[t + 1].type == TokenType::kWord);
}

bool Scanner::text_holds_any(std::int8_t& kept, std::initializer_list<std::string_view> words) const {
  if (kept < 0) {
    kept = std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return text_.find(w) != std::string_view::npos; })
               ? 1
               : 0;
  }
  return kept == 1;
}

// The places and words that name each crown's country, in the order they are asked.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kCrownCountries = {{
    {"Norw", "NOK"}, {"Oslo", "NOK"}, {"krone", "NOK"}, {"Swed", "SEK"}, {"Stockholm", "SEK"},
    {"krona", "SEK"}, {"Denmark", "DKK"}, {"Danish", "DKK"}, {"Copenhagen", "DKK"}, {"Czech", "CZK"},
    {"Prague", "CZK"}, {"koruna", "CZK"},
}};

std::string_view Scanner::crown_currency() const {
  if (crown_country_ < 0) {
    crown_country_ = 0;
    for (std::size_t i = 0; i < kCrownCountries.size(); ++i) {
      if (text_.find(kCrownCountries[i].first) != std::string_view::npos) {
        crown_country_ = static_cast<std::int8_t>(i + 1);
        break;
      }
    }
  }
  return crown_country_ == 0 ? std::string_view{} : kCrownCountries[static_cast<std::size_t>(crown_country_ - 1)].second;
}

bool Scanner::names_yen() const { return text_holds_any(yen_text_, {"\u00a5", " yen"}); }

bool Scanner::weighs_in_pounds() const {
  return text_holds_any(weight_text_, {"weigh", "Weigh", " kg", "kilogram", " lb", "lbs"}) &&
         !text_holds_any(sterling_text_, {"\u00a3", "sterling", "GBP", "pence"});
}

bool Scanner::names_millage() const {
  return text_holds_any(millage_text_, {"millage", "Millage", "mill levy", "mill operating", "mill bond"});
}

bool Scanner::names_crypto() const {
  return text_holds_any(crypto_text_, {"bitcoin", "Bitcoin", "crypto", "Crypto", "stablecoin"});
}

bool Scanner::reviewer_mark(std::size_t first, std::size_t end) const {
  return (first >= 2 && symbol(first - 1, ':') && attached(first - 1) &&
          (word(first - 2, "rating") || word(first - 2, "verdict") || word(first - 2, "score"))) ||
         (spaced(end) && (word(end, "stars") || word(end, "star")));
}

std::string_view Scanner::unnamed_franc_currency() const {
  if (text_holds_any(cfa_text_, {"CFA"})) return "XOF";
  if (text_holds_any(swiss_text_, {"Swiss", "Switzerland", "SNB", "Zurich", "CHF"})) return "CHF";
  return {};
}

bool Scanner::names_the_sea() const {
  return text_holds_any(sea_text_, {"vessel", "Vessel", "nautical", "knots", "maritime", "Maritime", "tanker",
                                    "seafarer", "frigate", "coastguard", "Coast Guard", "bulk carrier"});
}

bool Scanner::reports_a_match() const {
  return text_holds_any(match_text_, {"half-time", "half time", "Half-time", "full-time", "Full-time", "wickets",
                                      "innings", " frees", "scorers", "Scorers"});
}

bool Scanner::reports_races() const {
  return text_holds_any(race_text_, {"freestyle", "backstroke", "breaststroke", "butterfly", "medley", "hurdles",
                                     "relay", "steeplechase", "Freestyle", "Backstroke", "Breaststroke", "Hurdles",
                                     "Relay", "regatta", "Regatta", "coxless", "sculls", "Sculls", "peloton",
                                     "general classification", "time trial", "triathlon", "Triathlon"});
}

bool Scanner::counts_in_euros_alone() const {
  return text_holds_any(euro_text_, {"\u20ac", " euro"}) && !text_holds_any(dollar_text_, {"$", "dollar"});
}

bool Scanner::names_mortgages() const { return text_holds_any(mortgage_text_, {"mortgage", "Mortgage"}); }

bool Scanner::names_the_philippines() const {
  return text_holds_any(philippine_text_, {"Philippine", "Filipino", "Manila", "\u20b1", " peso"});
}

std::optional<Candidate> Scanner::parse_vague(std::size_t j) const {
  // (built once an amount is found: most tokens tried here begin none)
  auto vague = [](std::size_t end, double low, double high) {
    Candidate candidate;
    candidate.mention.kind = MentionKind::kNumber;
    candidate.end = end;
    candidate.mention.low = low;
    candidate.mention.high = high;
    return candidate;
  };
  // "hundreds of pounds", "thousands of dollars": a vague amount of money, its currency
  // after "of" ("hundreds of pounds of cocaine" weighs; a dinar or a franc needs its
  // country, as a figure's does); "thousands of tonnes", "hundreds of acres": of a
  // measure, its unit. A multiple of a scale ("tens of billions of dollars") stays the
  // count the corpus reads it as: asked with `money` false, it takes a measure's unit
  // alone ("tens of thousands of tonnes").
  auto in_unit = [&](Candidate candidate, bool money = true) {
    // ("several million dollars": a currency may follow a multiple of a scale straight on)
    const bool of = word(candidate.end, "of") && spaced(candidate.end);
    const std::size_t c = of ? candidate.end + 1 : candidate.end;
    if (c >= token_count_ || !spaced(c)) return candidate;
    std::string_view code;
    if (money && has(c, kCurrencyWord) && !word(c, "dinar") && !word(c, "dinars") && !word(c, "franc") &&
        !word(c, "francs")) {
      code = tokens_[c].lexeme->unit;
    } else if (!of) {
      return candidate;
    } else if (money && word(c, "pounds") && !(word(c + 1, "of") && spaced(c + 1))) {
      code = "GBP";
    } else if (has(c, kMeasureUnit) && !word(c, "pounds") && !tokens_[c].lexeme->unit.empty()) {
      candidate.mention.kind = MentionKind::kQuantity;
      candidate.mention.unit = std::string(tokens_[c].lexeme->unit);
      candidate.end = c + 1;
      return candidate;
    }
    if (code.empty()) return candidate;
    candidate.mention.kind = MentionKind::kMoney;
    candidate.mention.unit = std::string(code);
    candidate.end = c + 1;
    return candidate;
  };
  // "a few hundred", "several thousand": read as "hundreds", "thousands" ("several hundred
  // trucks" from three hundred: 300 to 999, as the corpus reads it)
  {
    const std::size_t s = word(j, "a") && word(j + 1, "few") && spaced(j + 1) ? j + 2
                          : word(j, "several")                                ? j + 1
                                                                              : 0;
    if (s != 0 && has(s, kScaleWord) && spaced(s)) {
      const double multiplier = tokens_[s].lexeme->number;
      const double least = word(j, "several") && word(s, "hundred") ? 3 : 2;
      return in_unit(vague(s + 1, least * multiplier, 10 * multiplier - 1));
    }
    // "a few dozen patients", "several dozen": read as "dozens"
    if (s != 0 && word(s, "dozen") && spaced(s)) return vague(s + 1, 24, 99);
  }
  // "scores of villages": twenties, as "dozens" are twelves; "a score of villages": twenty
  // (only before "of" and a word: "test scores", "the score was 2-1")
  const auto score_of = [&](std::size_t k) {
    return word(k + 1, "of") && spaced(k + 1) && spaced(k + 2) && k + 2 < token_count_ &&
           tokens_[k + 2].type == TokenType::kWord;
  };
  if (has(j, kArticle) && word(j, "a") && word(j + 1, "score") && spaced(j + 1) && score_of(j + 1)) {
    return whole_figure(MentionKind::kNumber, 20, j + 2);
  }
  // "paid a grand for it": a thousand in slang, as "50 grand" is (read_suffix)
  if (has(j, kArticle) && word(j, "a") && spaced(j + 1) && text_of(j + 1) == "grand" &&
      (j + 2 >= token_count_ || tokens_[j + 2].type == TokenType::kSymbol || !same_line(j + 2) ||
       word_in(j + 2, kAfterGrand))) {
    return whole_figure(MentionKind::kMoney, 1000, j + 2, last_money_unit_.empty() ? "USD" : last_money_unit_);
  }
  if (!has(j, kVague)) return std::nullopt;
  // "Powerball and Mega Millions": a capitalised word of amount after a name is the name's
  if (tokens_[j].capitalized && !tokens_[j].all_caps && j > 1 && spaced(j) && tokens_[j - 1].type == TokenType::kWord &&
      tokens_[j - 1].capitalized && tokens_[j - 1].lexeme == nullptr && tokens_[j - 2].type == TokenType::kWord &&
      !tokens_[j - 2].capitalized) {
    return std::nullopt;
  }
  if (word(j, "scores")) return score_of(j) ? std::optional<Candidate>(vague(j + 1, 40, 199)) : std::nullopt;
  const bool tens = word(j, "tens");
  if ((tens || word(j, "hundreds")) && word(j + 1, "of") && spaced(j + 1) && spaced(j + 2)) {
    double multiplier = 0;
    if (word(j + 2, "thousands")) multiplier = 1e3;
    if (word(j + 2, "millions")) multiplier = 1e6;
    if (word(j + 2, "billions")) multiplier = 1e9;
    if (multiplier > 0) {
      const double base = tens ? 10 : 100;
      return in_unit(vague(j + 3, 2 * base * multiplier, 10 * base * multiplier - 1), false);
    }
  }
  // "Population by province, in millions, with ...", "Sales (in thousands)": the unit a
  // table's figures are written in, set off after a comma or a bracket, counts nothing
  // ("crowds gathered in thousands, police said" stays a vague count)
  // "Carloads (thousands)", "(unaudited; C$ millions, except per-share data)": so is the
  // word alone in its bracket, or after a currency's sign
  const bool sign_before = j >= 1 && spaced(j) && tokens_[j - 1].type == TokenType::kSymbol &&
                           !currency_of_sign(tokens_[j - 1].symbol).empty();
  if (j >= 2 &&
      ((word(j - 1, "in") && spaced(j) && (symbol(j - 2, ',') || symbol(j - 2, '('))) || sign_before ||
       (symbol(j - 1, '(') && attached(j) && symbol(j + 1, ')') && attached(j + 1))) &&
      (j + 1 >= token_count_ || tokens_[j + 1].gap == Gap::kNewline || symbol(j + 1, ',') ||
       symbol(j + 1, ')') || symbol(j + 1, ':'))) {
    Candidate skipped;
    skipped.skip = true;
    skipped.end = j + 1;
    return skipped;
  }
  for (const VagueAmount& amount : kVagueAmounts) {
    if (word(j, amount.word)) return in_unit(vague(j + 1, amount.low, amount.high));
  }
  return std::nullopt;
}

bool Scanner::bound_share_before_verb(std::size_t j) const {
  if (j < 2 || !word(j - 1, "than") || !(word(j - 2, "more") || word(j - 2, "less") || word(j - 2, "fewer"))) {
    return false;
  }
  return verb_after_share(j + 2);
}

bool Scanner::verb_after_share(std::size_t v) const {
  if (v >= token_count_ || tokens_[v].type != TokenType::kWord || tokens_[v].capitalized) return false;
  if (attached_dash(v + 1)) return false;  // "a third-placed", "a quarter-final"
  const std::string_view text = text_of(v);
  return (text.size() >= 5 && text.ends_with("ed") && tokens_[v].lexeme == nullptr) || word(v, "said") ||
         word(v, "say") || word(v, "says");
}

inline std::optional<Candidate> Scanner::parse_fraction(std::size_t j) const {
  // "one in five", "3 out of 4", "one in every five", "19 times out of 20"
  if (digits(j) || has(j, kCardinal)) {
    auto part = parse_numeral(j);
    // (the words after the part first, then its value: most numerals have no "in" after them)
    if (part) {
      std::size_t k = part->end;
      if (word(k, "times") && spaced(k) && word(k + 1, "out") && spaced(k + 1)) ++k;
      std::size_t m = 0;
      if (word(k, "in") && spaced(k) && k == part->end) m = k + 1;
      // "to one part in 10,000": a precision or a dilution as a share
      if (word(k, "part") && spaced(k) && k == part->end && word(k + 1, "in") && spaced(k + 1)) m = k + 2;
      if (word(k, "out") && spaced(k) && word(k + 1, "of") && spaced(k + 1)) m = k + 2;
      if (m != 0 && word(m, "every") && spaced(m)) ++m;
      // "a one-in-three chance": the share as one hyphened word
      const bool hyphened = k == part->end && attached_dash(k) && word(k + 1, "in") && attached(k + 1) &&
                            attached_dash(k + 2) && attached(k + 3);
      if (hyphened) m = k + 3;
      // "roughly one truck in three.", "about one case in 31.": the thing counted named
      // once between, the share closing its clause
      const bool noun_between = m == 0 && k == part->end && spaced(k) && tokens_[k].type == TokenType::kWord &&
                                tokens_[k].lexeme == nullptr && !tokens_[k].capitalized && word(k + 1, "in") &&
                                spaced(k + 1) && spaced(k + 2);
      if (noun_between) m = k + 2;
      // ("reached the Top 10 in 74 countries": a chart's head, then a count of its own)
      const bool chart_head = j >= 1 && word(j - 1, "top") && spaced(j);
      // ("scored 94.7 out of 100": a mark with decimals out of a round whole)
      const bool out_of = word(k, "out") && k == part->end;
      if (m != 0 && (spaced(m) || hyphened) && part->value >= 1 && (is_whole(part->value) || out_of) &&
          part->scale == 1 && !part->negative && !chart_head) {
        auto whole = parse_numeral(m, false);
        const bool looks_like_year = whole && whole->plain_integer && whole->integer_digits == 4;
        // ("one in five barrels of the world's oil", "one in ten tonnes of grain": a share
        // of a stuff, its measure counted like things)
        const bool measure_of_stuff =
            whole && has(whole->end, kMeasureUnit) && word(whole->end + 1, "of") && spaced(whole->end + 1);
        if (whole && whole->scale == 1 && whole->value > 1 && whole->value >= part->value &&
            is_whole(whole->value) && !looks_like_year && !symbol(whole->end, '%') &&
            (is_whole(part->value) || whole->value == 10 || whole->value == 100) &&
            (measure_of_stuff || !has(whole->end, kDurationUnit | kMeasureUnit | kPercentWord | kScaleWord))) {
          // ("one pupil in three still leaves": the share the subject of its clause's verb)
          const bool closes_clause = whole->end >= token_count_ || tokens_[whole->end].type == TokenType::kSymbol ||
                                     (spaced(whole->end) && (word_in(whole->end, kSubjectAdverbs) ||
                                                             word_in(whole->end, kHalfSubjectVerbs)));
          // ("a one-in-100-year event" is a return period, one hyphened term)
          const bool hyphen_runs_on = hyphened && attached_dash(whole->end);
          // ("61 in 112 games", "241 in 44 overs": a player's tally in the games played, two
          // counts; "one in five games" is still a share)
          const bool tally = part->value >= 2 && spaced(whole->end) && word_in(whole->end, kTallyNouns);
          if ((!noun_between || closes_clause) && !hyphen_runs_on && !tally) {
            return fraction_candidate(part->value, whole->value, whole->end);
          }
        }
      }
    }
  }
  // "3/4 of voters", "the tank was 3/4 full" (as "three-quarters full" is a share)
  if (digits(j) && tokens_[j].size() <= 2 && symbol(j + 1, '/') && attached(j + 1) && digits(j + 2) &&
      attached(j + 2) && tokens_[j + 2].size() <= 2 &&
      (word(j + 3, "of") || word(j + 3, "full") || word(j + 3, "empty")) && spaced(j + 3)) {
    const int top = small_number(j);
    const int bottom = small_number(j + 2);
    if (top > 0 && top < bottom) return fraction_candidate(top, bottom, j + 3);
  }
  // "Rating: 4/5", "3/5 stars": a whole mark, which reviewer_mark tells from a date
  if (digits(j) && tokens_[j].size() <= 2 && symbol(j + 1, '/') && attached(j + 1) && digits(j + 2) &&
      attached(j + 2) && (text_of(j + 2) == "5" || text_of(j + 2) == "10") && reviewer_mark(j, j + 3)) {
    const int top = small_number(j);
    const int bottom = small_number(j + 2);
    if (top <= bottom) return fraction_candidate(top, bottom, j + 3);
  }
  // "Verdict: 4.5/5", "7.5/10": a reviewer's mark with a half or a tenth, over five or ten, a
  // share (no date or odds are written with a decimal point)
  if (digits(j) && tokens_[j].size() == 1 && symbol(j + 1, '.') && attached(j + 1) && digits(j + 2) &&
      attached(j + 2) && tokens_[j + 2].size() == 1 && symbol(j + 3, '/') && attached(j + 3) && digits(j + 4) &&
      attached(j + 4) && (text_of(j + 4) == "5" || text_of(j + 4) == "10") &&
      !(attached(j + 5) && j + 5 < token_count_ &&
        (digits(j + 5) || symbol(j + 5, '/') || (symbol(j + 5, '.') && digits(j + 6) && attached(j + 6))))) {
    const double top = small_number(j) + small_number(j + 2) / 10.0;
    const double bottom = small_number(j + 4);
    if (top <= bottom) return fraction_candidate(top, bottom, j + 5);
  }
  // "¼ of voters", "⅔ of members": a fraction sign alone (not "2¾") as a share, as "1/4 of"
  if (tokens_[j].type == TokenType::kSymbol && vulgar_fraction(tokens_[j].symbol) > 0 &&
      !(j > 0 && attached(j) && digits(j - 1)) && word(j + 1, "of") && spaced(j + 1)) {
    return fraction_candidate(vulgar_fraction(tokens_[j].symbol), 1, j + 1);
  }
  // (each reading below begins with a word: digits and signs, most of the tokens tried here,
  // end at one test; token j is the text's, as the test of a fraction's sign above takes it)
  if (tokens_[j].type != TokenType::kWord) return std::nullopt;
  // "two-thirds", "one third", "three quarters"
  if (has(j, kCardinal)) {
    const double part = tokens_[j].lexeme->number;
    std::size_t k = j + 1;
    const bool hyphen = attached_dash(k) && attached(k + 1);
    if (hyphen) ++k;
    // (an ordinal's word is one part only, and not after "the": "one-twentieth of the
    // price", "one fifth", but "the four hundredth member", "the one hundredth year")
    const bool ordinal_word = has(k, kOrdinal);
    if ((hyphen || spaced(k)) && has(k, kFraction) && part >= 1 &&
        !(ordinal_word && (part != 1 || (j > 0 && word(j - 1, "the"))))) {
      const int whole = tokens_[k].lexeme->denominator;
      if (part <= whole) return fraction_candidate(part, whole, k + 1);
    }
  }
  // "a third of", "a third more than", but not "a quarter of a century" or "a hundredth of
  // a second" (whose "second" is read as an ordinal, not a unit)
  if (has(j, kArticle) && has(j + 1, kFraction) && spaced(j + 1) && spaced(j + 2) &&
      word_in(j + 2, kFractionFollowers) &&
      !(has(j + 3, kArticle) && (has(j + 4, kDurationUnit) || word(j + 4, "second")))) {
    return fraction_candidate(1, tokens_[j + 1].lexeme->denominator, j + 2);
  }
  // "lending rose by nearly a fifth year on year", "cut by a quarter": the share a change
  // is by (a qualifier between is read around it)
  if (has(j, kArticle) && has(j + 1, kFraction) && spaced(j + 1) && !word(j + 1, "half") && j > 0 &&
      (word(j - 1, "by") ||
       (j > 1 && word(j - 2, "by") && (word(j - 1, "nearly") || word(j - 1, "almost") || word(j - 1, "about") ||
                                       word(j - 1, "roughly") || word(j - 1, "around") || word(j - 1, "over") ||
                                       word(j - 1, "more") || word(j - 1, "just")))) &&
      // ("knife offences climb by almost a fifth" closing a headline's line)
      (j + 2 >= token_count_ || tokens_[j + 2].type == TokenType::kSymbol || tokens_[j + 2].gap == Gap::kNewline ||
       (spaced(j + 2) && (word(j + 2, "on") || word(j + 2, "in") || word(j + 2, "from") || word(j + 2, "to") ||
                          word(j + 2, "since") || word(j + 2, "and") || word(j + 2, "but") ||
                          word(j + 2, "while") || word(j + 2, "after") || word(j + 2, "against") ||
                          word(j + 2, "compared") || word(j + 2, "last") || word(j + 2, "this") ||
                          (word(j + 2, "year") && word(j + 3, "on"))))) &&
      !word(j + 1, "second")) {
    return fraction_candidate(1, tokens_[j + 1].lexeme->denominator, j + 2);
  }
  // "A third got none", "Only a quarter voted": a share opening its sentence, the subject
  // of the verb after it (not "A third was injured", one more of those named before, nor
  // "A third funded school opened", whose participle is a noun's adjective)
  // ("Two-thirds said their rent had gone up in the past 12 months, and a fifth had been
  // served a notice": so is a share joined by "and" to a share before it in its sentence)
  const auto joined_to_share = [&] {
    return j > 0 && word(j - 1, "and") && spaced(j) && last_percent_end_ > 0 && last_percent_end_ < j &&
           sentence_runs_on(last_percent_end_, j - 1);
  };
  // ("Visa said a third paid cash", "found that a quarter skipped meals": so is a share that
  // opens a clause reported)
  const auto opens_reported_clause = [&] {
    return j > 0 && spaced(j) &&
           (word_in(j - 1, kReportingVerbSet) || (word(j - 1, "that") && j > 1 && word_in(j - 2, kReportingVerbSet)));
  };
  if (has(j, kArticle) && has(j + 1, kFraction) && spaced(j + 1) && !word(j + 1, "half") && spaced(j + 2) &&
      (opens_sentence(j) || (word(j - 1, "only") && spaced(j) && opens_sentence(j - 1)) || joined_to_share() ||
       opens_reported_clause())) {
    const std::size_t v = j + 2;
    const bool before_noun = text_of(v).ends_with("ed") && spaced(v + 1) && v + 1 < token_count_ &&
                             tokens_[v + 1].type == TokenType::kWord && !tokens_[v + 1].capitalized &&
                             tokens_[v + 1].lexeme == nullptr && !word_in(v + 1, kNotNounSet);
    if ((verb_after_share(v) && !before_noun) ||
        (word_in(v, kHalfSubjectVerbs) && !word(v, "was") && !word(v, "is") && !word(v, "has"))) {
      return fraction_candidate(1, tokens_[j + 1].lexeme->denominator, v);
    }
  }
  // "by a tenth to 22.5p", "up from a quarter before", "about a third since January" (a
  // hyphen after it makes a compound: "only a third-placed finish")
  // ("against about a quarter two years ago": the share as it was, the time after it)
  const auto time_ago = [&](std::size_t t) {
    return (digits(t) || has(t, kCardinal)) && spaced(t + 1) && has(t + 1, kDurationUnit) && spaced(t + 2) &&
           (word(t + 2, "ago") || word(t + 2, "earlier"));
  };
  if (has(j, kArticle) && j > 0 && has(j + 1, kFraction) && spaced(j + 1) && word_in(j - 1, kArticleFractionLeads) &&
      !word(j + 1, "half") &&
      (j + 2 >= token_count_ ||
       (tokens_[j + 2].type == TokenType::kSymbol && !(attached_dash(j + 2) && attached(j + 3))) ||
       (spaced(j + 2) &&
        (word_in(j + 2, kArticleFractionFollowerSet) || bound_share_before_verb(j) || time_ago(j + 2)))) &&
      !(has(j + 3, kArticle) && (has(j + 4, kDurationUnit) || word(j + 4, "second")))) {
    return fraction_candidate(1, tokens_[j + 1].lexeme->denominator, j + 2);
  }
  // "half of the population", "half the", but not "half-brother" or "the first half"
  if (word(j, "half") && !(has(j + 1, kArticle) && has(j + 2, kScaleWord | kDozen))) {  // "half a million"
    // ("and half" after a numeral is "two and half", but "and half of them left" shares)
    const bool and_after_words =
        j > 1 && word(j - 1, "and") && !digits(j - 2) && !has(j - 2, kCardinal) && spaced(j + 1) &&
        (word(j + 1, "of") || word(j + 1, "the"));  // "toss with the oil and half the salt"
    const bool qualified_before =
        j > 0 && word_in(j - 1, kHalfNotQuantityAfter) && !and_after_words;
    const bool hyphenated = (attached_dash(j + 1)) || (j > 0 && attached(j) && dash(j - 1));
    const bool of_something = spaced(j + 1) && word_in(j + 1, kHalfOf);
    // "cut by half", "nearly half were children" (but "cut by half a point" halves a
    // point, which is no share of a whole)
    const bool halves_a_thing = has(j + 1, kArticle) && spaced(j + 1);
    const bool bounded = j > 0 && word_in(j - 1, kHalfBounds) && !halves_a_thing;
    // "he will serve half in custody", "they kept half.": half of something named
    // before, the object of a verb, then a preposition or the end of the clause
    const bool clause_ends = j + 1 >= token_count_ ||
                             ((symbol(j + 1, '.') || symbol(j + 1, ',') || symbol(j + 1, ';')) &&
                              attached(j + 1)) ||
                             (spaced(j + 1) && word_in(j + 1, kHalfStandaloneFollowers));
    const bool standalone = j > 0 && spaced(j) && tokens_[j - 1].type == TokenType::kWord &&
                            tokens_[j - 1].lexeme == nullptr && !tokens_[j - 1].capitalized &&
                            !word_in(j - 1, kNotNounSet) && clause_ends;
    // "the October-March half", "the April-September half": a year's half named by its
    // months, no share
    const bool months_before = j > 0 && spaced(j) && has(j - 1, kMonth) && tokens_[j - 1].capitalized;
    if (!qualified_before && !hyphenated && !months_before && (of_something || bounded || standalone)) {
      return fraction_candidate(1, 2, j + 1);
    }
    // "Half were women": the subject of its sentence
    // ("The 20 clubs voted; half backed the change": so after a semicolon, before a
    // participle)
    const bool opens_clause = opens_sentence(j) || (symbol(j - 1, ';') && spaced(j));
    if (!hyphenated && opens_clause && spaced(j + 1) &&
        (word_in(j + 1, kHalfSubjectVerbs) || verb_after_share(j + 1))) {
      return fraction_candidate(1, 2, j + 1);
    }
    // "Half went to the drug and half to a placebo": the other half of a share its
    // sentence has already named; "Half received the vaccine and half a placebo": so with
    // the verb left out, its object closing the clause
    const bool gapped_object = halves_a_thing && spaced(j + 2) && j + 2 < token_count_ &&
                               tokens_[j + 2].type == TokenType::kWord &&
                               (j + 3 >= token_count_ || ((symbol(j + 3, '.') || symbol(j + 3, ',') ||
                                                           symbol(j + 3, ';')) && attached(j + 3)));
    if (!hyphenated && word(j - 1, "and") && (clause_ends || gapped_object)) {
      const std::size_t stop = j > kPairedHalfLookback ? j - kPairedHalfLookback : 0;
      for (std::size_t t = j - 1; t > stop; --t) {
        if (tokens_[t].gap == Gap::kNewline) break;
        const std::size_t p = t - 1;
        if (sentence_stop(p)) break;
        if (word(p, "half")) return fraction_candidate(1, 2, j + 1);
      }
    }
  }
  return std::nullopt;
}

// "for a year", "more than a month", "a year ago", "a week before the vote",
// "a quarter of a century", "half a century".
std::optional<Candidate> Scanner::parse_article_duration(std::size_t j) const {
  // A span of centuries or decades said as a share of one: "a quarter of a century",
  // "a quarter-century", "half a century", "a half-century", "half a decade".
  auto share_of_century = [&](std::size_t k, double share) -> std::optional<Candidate> {
    double years = 0;
    if (word(k, "century")) years = 100 * share;
    if (word(k, "decade")) years = 10 * share;
    // "a quarter of an hour", "a quarter-hour": minutes
    if (word(k, "hour") && share < 0.5) {
      if (word(k + 1, "ago") && spaced(k + 1)) return std::nullopt;  // a time of day
      return duration_candidate(60 * share, 60 * share, "minutes", k + 1);
    }
    if (years == 0) return std::nullopt;
    if (word(k + 1, "ago") && spaced(k + 1)) return ago_candidate(years, "years", k + 2);
    if (attached_dash(k + 1) && word(k + 2, "old")) return std::nullopt;  // an age
    return duration_candidate(years, years, "years", k + 1);
  };
  if (word(j, "half") && has(j + 1, kArticle) && spaced(j + 1) && spaced(j + 2)) {
    return share_of_century(j + 2, 0.5);
  }
  if (!has(j, kArticle) || !spaced(j + 1)) return std::nullopt;
  // "for a full week", "lasted a whole year", "took an entire month": the span stressed
  // whole, after a word that makes it a span ("a full year ago" is left alone)
  if ((word(j + 1, "full") || word(j + 1, "whole") || word(j + 1, "entire")) && spaced(j + 2) && j > 0 &&
      spaced(j) && (word_in(j - 1, kDurationLeadSet) || word_in(j - 1, kLastingWordSet)) &&
      !(word(j + 3, "ago") && spaced(j + 3))) {
    if (word(j + 2, "fortnight")) return duration_candidate(2, 2, "weeks", j + 3);
    if (word(j + 2, "decade")) return duration_candidate(10, 10, "years", j + 3);
    if (word(j + 2, "day") || word(j + 2, "week") || word(j + 2, "month") || word(j + 2, "year") ||
        word(j + 2, "hour")) {
      return duration_candidate(1, 1, std::string(tokens_[j + 2].lexeme->unit), j + 3);
    }
  }
  // "took almost a second off the mark", "less than a second behind": a second bounded
  // as a span is, whose word is an ordinal's too ("nearly a second term" stays one)
  if (word(j + 1, "second") && j > 0 && spaced(j) &&
      (word(j - 1, "almost") || word(j - 1, "nearly") || word(j - 1, "than") || word(j - 1, "about") ||
       word(j - 1, "around") || word(j - 1, "under") || word(j - 1, "barely")) &&
      (j + 2 >= token_count_ || tokens_[j + 2].type == TokenType::kSymbol ||
       (spaced(j + 2) && (word(j + 2, "off") || word(j + 2, "faster") || word(j + 2, "slower") ||
                          word(j + 2, "behind") || word(j + 2, "ahead") || word(j + 2, "quicker") ||
                          word(j + 2, "clear") || word(j + 2, "outside") || word(j + 2, "inside") ||
                          word(j + 2, "to") || word(j + 2, "from") || word(j + 2, "in") || word(j + 2, "and") ||
                          // ("Nearly a second is nothing here": the span as the subject)
                          word(j + 2, "is") || word(j + 2, "was"))))) {
    return duration_candidate(1, 1, "seconds", j + 2);
  }
  // (every reading below is of a unit of time after the article: "a" and "an" are common,
  // and such a unit after them is not)
  if (!has(j + 1, kDurationUnit | kFraction) && !word(j + 1, "fortnight")) return std::nullopt;
  if (word(j + 1, "quarter") || word(j + 1, "half")) {
    const double share = word(j + 1, "half") ? 0.5 : 0.25;
    if (attached_dash(j + 2) && attached(j + 3)) return share_of_century(j + 3, share);
    if (word(j + 1, "quarter") && word(j + 2, "of") && spaced(j + 2) && has(j + 3, kArticle) &&
        spaced(j + 3) && spaced(j + 4)) {
      return share_of_century(j + 4, share);
    }
    return std::nullopt;
  }
  // "won by a tenth of a second", "a hundredth of a second": a share of a second, whose
  // word is an ordinal's too (the shares of other units are read as fractions of them)
  if (has(j + 1, kFraction) && word(j + 2, "of") && spaced(j + 2) && has(j + 3, kArticle) && spaced(j + 3) &&
      word(j + 4, "second") && spaced(j + 4)) {
    const double seconds = 1.0 / tokens_[j + 1].lexeme->denominator;
    return duration_candidate(seconds, seconds, "seconds", j + 5);
  }
  // "for a year", "lasting a week", "up to a week": a word before that makes it a span
  // "rose 18% in a year", "$2bn in a month": the span a change straight before took
  const bool in_after_figure = j > 1 && word(j - 1, "in") && last_mention_end_ == j - 1;
  // "output tripled in a decade", "prices doubled in a year": so after a change said as a
  // multiple, no figure written; "has barely moved in a decade", "has not changed in a
  // year": the span over which nothing changed ("moved in a week of protests" is a moment)
  const bool in_after_multiple = j > 1 && word(j - 1, "in") && spaced(j - 1) &&
                                 (word(j - 2, "doubled") || word(j - 2, "tripled") || word(j - 2, "trebled") ||
                                  word(j - 2, "quadrupled") || word(j - 2, "halved") ||
                                  ((word(j - 2, "moved") || word(j - 2, "changed") || word(j - 2, "budged") ||
                                    word(j - 2, "shifted") || word(j - 2, "improved")) &&
                                   !(spaced(j + 2) && word_in(j + 2, kMomentFollowers))));
  // "will reopen in a year's time", "will be paid in a fortnight": the span until a thing
  // ahead ("the most in a day" and "in a week of protests" are no such span)
  // (the clause's tense is read last: "in a" is common, and the unit after it is not)
  // ("in a month's time" says it is ahead whatever the verb)
  // ("In a decade we may have dozens": a sentence opened by the span, its clause ahead)
  const auto modal_follows = [&](std::size_t from) {
    constexpr std::size_t kSubjectWords = 4;
    for (std::size_t t = from; t < token_count_ && t <= from + kSubjectWords; ++t) {
      if (tokens_[t].type != TokenType::kWord) return false;
      if (word(t, "will") || word(t, "may") || word(t, "might") || word(t, "could") || word(t, "shall")) return true;
    }
    return false;
  };
  const bool in_span = j > 0 && word(j - 1, "in") && spaced(j) &&
                       (has(j + 1, kDurationUnit) || word(j + 1, "fortnight")) &&
                       !(spaced(j + 2) && word_in(j + 2, kMomentFollowers)) &&
                       ((is_apostrophe(j + 2) && attached(j + 2) && word(j + 3, "s") && word(j + 4, "time")) ||
                        // "got rid of me in a fortnight", "round 17 in a fortnight": a fortnight is
                        // always a span (the corpus annotates every one)
                        word(j + 1, "fortnight") ||
                        tense_before(j - 1) == Tense::kFuture ||
                        (tokens_[j - 1].capitalized && spaced(j + 2) && modal_follows(j + 2)) ||
                        // "She sits her exam in a fortnight.", "The show opens in a week.": a
                        // clause in the present that ends on the span speaks of a thing that
                        // far ahead (a verb of the past in its sentence, or a record word in
                        // the few before "in", "is the worst storm in a week.", leaves it a moment)
                        ((word(j + 1, "fortnight") || word(j + 1, "week") || word(j + 1, "month")) &&
                         (symbol(j + 2, '.') || symbol(j + 2, '!')) && attached(j + 2) && j > 1 &&
                         [&] {
                           constexpr std::size_t kRecordReach = 4;
                           for (std::size_t t = j - 1; t > 0 && j - 1 - t < kRecordReach; --t) {
                             if (word_in(t - 1, kRecordWords) || word(t - 1, "most") || has(t - 1, kOrdinal)) return false;
                           }
                           return true;
                         }() &&
                         present_sentence(j - 1, j + 2, 2)));
  // "the biggest timetable change in a decade", "its first rise in a century": a record
  // word before the one or two lower-case words of its noun (the last at n), asked of a
  // decade or a century ("the worst storm in a year" stays no span, round 5)
  const auto record_before_noun = [&](std::size_t n) {
    for (std::size_t t = n, words = 0; t > 0 && words < 2; --t, ++words) {
      if (tokens_[t].type != TokenType::kWord || tokens_[t].capitalized || !spaced(t + 1) ||
          has(t, kCardinal | kOrdinal | kDurationUnit)) {
        return false;
      }
      // ("the third broken promise in a decade": the count of them the span holds, as
      // "the second time in a week" is)
      if (spaced(t) && (word_in(t - 1, kRecordWords) || has(t - 1, kOrdinal))) return true;
    }
    return false;
  };
  // "the most important moment for European astronomy in a decade", "the hardest numbers
  // we have had to sign in a decade": "most" and its adjective, or a superlative, a few
  // words back in the clause, a phrase between
  const auto most_before_phrase = [&](std::size_t in) {
    constexpr std::size_t kPhraseWords = 8;
    for (std::size_t t = in; t > 1 && in - t < kPhraseWords; --t) {
      if (tokens_[t - 1].type != TokenType::kWord || !spaced(t)) return false;
      if (word(t - 2, "most") && spaced(t - 1) && t - 1 < in - 1) return true;
      if (t - 1 < in - 1 && word_in(t - 1, kRecordWords) && !word(t - 1, "first")) return true;
    }
    return false;
  };
  // "its highest in a decade", "the first time in a year": the span a record covers ("the
  // most in a day" stays a moment)
  const bool record_span = j > 1 && word(j - 1, "in") && spaced(j) &&
                           !(spaced(j + 2) && word_in(j + 2, kMomentFollowers)) &&
                           (word_in(j - 2, kRecordWords) ||
                            (j > 2 && (word(j - 2, "time") || word(j - 2, "level")) && word_in(j - 3, kRecordWords)) ||
                            // "the second time in a week", "for the third time in a month": a
                            // count of times a span holds, as "the first time in a year" is
                            (j > 2 && word(j - 2, "time") && has(j - 3, kOrdinal)) ||
                            // "a third storm in a fortnight": so the count of a thing it holds
                            (j > 2 && tokens_[j - 2].type == TokenType::kWord && !tokens_[j - 2].capitalized &&
                             !has(j - 2, kCardinal | kOrdinal | kDurationUnit) && spaced(j - 2) &&
                             has(j - 3, kOrdinal)) ||
                            // "its wettest week in a decade", "the busiest day in a century": a
                            // record span of time inside a longer one
                            (j > 2 && (word(j + 1, "decade") || word(j + 1, "century")) &&
                             has(j - 2, kDurationUnit) && word_in(j - 3, kRecordWords)) ||
                            ((word(j + 1, "decade") || word(j + 1, "century")) &&
                             (record_before_noun(j - 2) || most_before_phrase(j - 1) ||
                              // "23 days of lying snow, the most in a decade"
                              (word(j - 2, "most") && word(j - 3, "the")))));
  // "for the best part of a decade", "most of a year": the larger share of a span is
  // spanned as the span ("the end of a year" is a moment)
  const bool most_of = j > 1 && word(j - 1, "of") &&
                       (word(j - 2, "most") || (j > 2 && word(j - 2, "part") &&
                                                (word(j - 3, "best") || word(j - 3, "better") ||
                                                 word(j - 3, "greater") || word(j - 3, "large"))));
  // "it took her a week", "will take them a year": the time taken by someone
  const bool taken_by = j > 1 && word_in(j - 1, kTakenByPronouns) &&
                        (word(j - 2, "took") || word(j - 2, "take") || word(j - 2, "takes") || word(j - 2, "taking"));
  // "was delayed by a month", "pushed back by a week": the span a thing was moved by ("can
  // be extended by a day for every 10 hostages freed" is a rate, one such span per count)
  const bool shifted_by = j > 1 && word(j - 1, "by") && spaced(j - 1) && word_in(j - 2, kShiftVerbs) &&
                          !(word(j + 2, "for") && (word(j + 3, "every") || word(j + 3, "each"))) &&
                          !word(j + 2, "per");
  const bool led = j > 0 && (word_in(j - 1, kDurationLeadSet) || word_in(j - 1, kLastingWordSet) || taken_by || shifted_by ||
                             (word(j - 1, "to") && j > 1 && word(j - 2, "up")) || in_after_figure || in_after_multiple ||
                             in_span || most_of || record_span);
  // "a decade ago": the year that many years back
  if ((word(j + 1, "decade") || word(j + 1, "century")) && word(j + 2, "ago") && spaced(j + 2)) {
    return ago_candidate(tokens_[j + 1].lexeme->number, "years", j + 3);
  }
  // "for a decade", "more than a decade", "for a century"
  if (word(j + 1, "decade") && led) return duration_candidate(10, 10, "years", j + 2);
  if (word(j + 1, "century") && led) return duration_candidate(100, 100, "years", j + 2);
  const bool fortnight = word(j + 1, "fortnight");
  if (!(fortnight || word(j + 1, "day") || word(j + 1, "week") || word(j + 1, "month") ||
        word(j + 1, "year") || word(j + 1, "hour") || word(j + 1, "minute"))) {
    return std::nullopt;
  }
  const std::string unit(fortnight ? "weeks" : tokens_[j + 1].lexeme->unit);
  const double count = fortnight ? 2 : 1;
  // "a fortnight ago", "a year ago": a date
  if (word(j + 2, "ago") && spaced(j + 2)) {
    return fortnight ? ago_candidate(14, "days", j + 3) : ago_candidate(1, unit, j + 3);
  }
  if (from_now(j + 2)) return fortnight ? ago_candidate(14, "days", j + 4, true) : ago_candidate(1, unit, j + 4, true);
  // "a year and a half"
  // ("six paths a day and a half-hourly service": "half-hourly" is another word)
  if (!fortnight && and_a_half_at(j + 2)) {
    // ("a year and a half ago" is 18 months back; "a day and a half ago" cannot be placed)
    if (unit == "years" && word(j + 5, "ago") && spaced(j + 5)) return ago_candidate(1.5, unit, j + 6);
    return duration_candidate(1.5, 0.5, unit, j + 5);
  }
  // "a week or two", "a day or two": one or two of the unit, a rough range as "two or
  // three weeks" is ("a day or two times a week", "a year or two months" go on)
  if (!fortnight && word(j + 2, "or") && spaced(j + 2) && word(j + 3, "two") && spaced(j + 3) &&
      !(spaced(j + 4) && (has(j + 4, kDurationUnit) || word(j + 4, "times") || counted_noun(j + 4))) &&
      !(attached(j + 4) && j + 4 < token_count_ && tokens_[j + 4].type != TokenType::kSymbol)) {
    std::optional<Candidate> range = duration_candidate(2, 1, unit, j + 4);
    range->mention.value.reset();
    range->mention.low = 1;
    range->mention.high = 2;
    return range;
  }
  // "18 basis points lower than a year earlier": "than" sets a figure against a moment,
  // not a span ("more than a year earlier" still bounds a span)
  // ("9% fewer than a year earlier", "£5 more than a year before": the comparative of a
  // figure right before it sets that figure against the moment too)
  const bool than_a_moment = j > 1 && word(j - 1, "than") &&
                             (word(j + 2, "earlier") || word(j + 2, "before")) && spaced(j + 2) &&
                             (!(word(j - 2, "more") || word(j - 2, "less") || word(j - 2, "fewer")) ||
                              last_mention_end_ == j - 2);
  if (than_a_moment) return std::nullopt;
  // "waited a long time for a day like this", "in a year like no other": a kind of day or
  // year, set against another, not a span ("for a day, like the others" parts them)
  if (word(j + 2, "like") && spaced(j + 2)) return std::nullopt;
  if (led) return duration_candidate(count, 1, unit, j + 2);
  // "has a year left on his contract", "with a week to go": the time still to run (straight
  // after a figure, "£5,000 a week left over" is a rate's period)
  const bool still_to_run =
      spaced(j + 2) && last_mention_end_ != j &&
      (word(j + 2, "left") || word(j + 2, "remaining") ||
       (word(j + 2, "to") && spaced(j + 3) && (word(j + 3, "go") || word(j + 3, "run"))));
  if (still_to_run) return duration_candidate(count, 1, unit, j + 2);
  // "polled 14% a week before the vote", "a day after the attack": the span between two
  // moments (as "842 days after the attack"). Straight after a count or money it is the
  // period of a rate ("$3bn a year before the war"), and so after a percentage is a month
  // or a year ("2% a year before the crisis"). "a year earlier" names a time, not a span,
  // and so does "a year before" with nothing after it ("double the number a year before.").
  // "once a week after work", "three times a day before meals": a frequency
  const bool frequency = j > 0 && (word(j - 1, "once") || word(j - 1, "twice") ||
                                   word(j - 1, "thrice") || word(j - 1, "times"));
  // "the delay was a week or more", "a month or so", "a year or longer": a hedge on the
  // length makes it a span, spanned without the hedge as "12 hours or longer" is (straight
  // after a figure, "£5 a week or more" is a rate's period, and "twice a week or
  // more" a frequency)
  const bool hedged_length = word(j + 2, "or") && spaced(j + 2) && spaced(j + 3) && last_mention_end_ != j &&
                             !frequency && (word(j + 3, "more") || word(j + 3, "so") || word(j + 3, "longer") ||
                              word(j + 3, "less") || word(j + 3, "shorter"));
  if (hedged_length) return duration_candidate(count, 1, unit, j + 2);
  // "a month into their assault", "a year into the war": the span since a thing began, as
  // "six weeks into the ceasefire" is (a figure in the few words before makes it a rate's
  // period, "300 aid trucks a day into the territory", unless a comma parts them)
  const bool into_a_course = word(j + 2, "into") && spaced(j + 2) && spaced(j + 3) && !frequency &&
                             word_in(j + 3, kIntoCourseDeterminers) && [&] {
                               constexpr std::size_t kRateReach = 5;
                               for (std::size_t t = j; t > 0 && j - t < kRateReach; --t) {
                                 if (tokens_[t - 1].type == TokenType::kSymbol) return true;  // "2024, a month into"
                                 if (tokens_[t - 1].type == TokenType::kDigits || has(t - 1, kCardinal)) return false;
                               }
                               return true;
                             }();
  if (into_a_course) return duration_candidate(count, 1, unit, j + 2);
  const bool moment_follows = j + 3 < token_count_ && tokens_[j + 3].type != TokenType::kSymbol;
  if ((word(j + 2, "before") || word(j + 2, "after")) && spaced(j + 2) && moment_follows && !frequency) {
    const bool after_figure = last_mention_end_ == j;
    const bool rate = after_figure && (last_mention_kind_ != MentionKind::kPercent ||
                                       unit == "months" || unit == "years");
    if (!rate) return duration_candidate(count, 1, unit, j + 2);
  }
  // "a day later than usual", "a week earlier than planned": the gap between two moments,
  // as "a week before the vote" ("a year earlier" alone names a time); so is "arrived a day
  // early", "an hour late", as "three days late" is
  if ((((word(j + 2, "later") || word(j + 2, "earlier")) && word(j + 3, "than") && spaced(j + 3)) ||
       word(j + 2, "early") || word(j + 2, "late")) &&
      spaced(j + 2) && !frequency) {
    return duration_candidate(count, 1, unit, j + 2);
  }
  // "a week today", "a fortnight tomorrow": British for a week from then, a date
  if ((fortnight || word(j + 1, "week")) && (word(j + 2, "today") || word(j + 2, "tomorrow")) && spaced(j + 2) &&
      !frequency && last_mention_end_ != j) {
    Candidate ahead = ago_candidate(fortnight ? 14 : 7, "days", j + 3, true);
    if (ahead.mention.date && word(j + 2, "tomorrow")) {
      ahead.mention.date = date_from_days(days_since_epoch(*ahead.mention.date) + 1);
    }
    return ahead;
  }
  return std::nullopt;
}

// "in the past week", "over the next decade": a span reaching back or ahead from now,
// spanned with the word that makes it one ("past week", as "last week" keeps "last").
// Without the preposition ("the next day they left") it is a moment, not a span.
std::optional<Candidate> Scanner::parse_the_period(std::size_t j) const {
  // (the words' role asked before their letters)
  if (!has(j, kRelativeDate) || !(word(j, "past") || word(j, "last") || word(j, "next") || word(j, "coming")) ||
      j < 2 || !word(j - 1, "the") || !word_in(j - 2, kPeriodPrepositions) || !spaced(j + 1)) {
    return std::nullopt;
  }
  double value = 1;
  double precision = 1;
  std::string unit;
  if (word(j + 1, "decade") || word(j + 1, "century")) {
    value = precision = word(j + 1, "decade") ? 10 : 100;
    unit = "years";
  } else if (word(j + 1, "fortnight")) {
    value = 2;
    unit = "weeks";
  } else if (word(j + 1, "day") || word(j + 1, "week") || word(j + 1, "month") || word(j + 1, "year")) {
    unit = std::string(tokens_[j + 1].lexeme->unit);
  } else {
    return std::nullopt;
  }
  // "in the last week of January" is a week of the calendar, not a span up to now;
  // "the next year or two", "the past week and a half" are longer than the word
  if ((word(j + 2, "of") || word(j + 2, "or") || word(j + 2, "and")) && spaced(j + 2)) {
    return std::nullopt;
  }
  return duration_candidate(value, precision, std::move(unit), j + 2);
}

// "the over-65s", "the under-18s": the people past or short of an age, a count of the
// age with its bound, spanned whole (as "60s" is).
std::optional<Candidate> Scanner::parse_age_group(std::size_t j) const {
  if (!(word(j, "over") || word(j, "under")) || !attached_dash(j + 1) || !attached(j + 2)) return std::nullopt;
  const auto ends_word = [&](std::size_t end) {
    return !(attached(end) && end < token_count_ && tokens_[end].type != TokenType::kSymbol);
  };
  double age = 0;
  std::size_t end = 0;
  if (digits(j + 2)) {
    if (tokens_[j + 2].size() != 2 || !word(j + 3, "s") || !attached(j + 3) || !ends_word(j + 4)) return std::nullopt;
    age = small_number(j + 2);
    end = j + 4;
  } else {
    // "the under-fives", "the over-sixties": the age in words, a plural of its number
    if (tokens_[j + 2].type != TokenType::kWord || !ends_word(j + 3)) return std::nullopt;
    const std::string_view text = text_of(j + 2);
    const Lexeme* number = has(j + 2, kDecadeWord) ? tokens_[j + 2].lexeme
                           : text.size() > 3 && (text.back() == 's' || text.back() == 'S')
                               ? find_lexeme(text.substr(0, text.size() - 1))
                               : nullptr;
    if (number == nullptr || !(number->roles & (kCardinal | kDecadeWord)) || number->number < 2) return std::nullopt;
    age = number->number;
    end = j + 3;
  }
  std::optional<Candidate> candidate = whole_figure(MentionKind::kNumber, age, end);
  candidate->mention.qualifier = word(j, "over") ? Qualifier::kOver : Qualifier::kUnder;
  candidate->mention.note = "age group";
  return candidate;
}

// "a man in his 60s", "in her early 30s", "people in their 20s and 30s": an age band,
// a count over the decade, spanned "60s" (the way "1990s" is).
std::optional<Candidate> Scanner::parse_age_decade(std::size_t j) const {
  // "in his seventies": the decade in words, spanned as the word
  const bool in_words = has(j, kDecadeWord);
  if (!in_words && (!digits(j) || tokens_[j].size() != 2 || !word(j + 1, "s") || !attached(j + 1))) {
    return std::nullopt;
  }
  const std::size_t end = in_words ? j + 1 : j + 2;
  if (attached(end) && end < token_count_ && tokens_[end].type != TokenType::kSymbol) {
    return std::nullopt;
  }
  const int decade = in_words ? static_cast<int>(tokens_[j].lexeme->number) : small_number(j);
  if (decade < 10 || decade % 10 != 0 || j == 0) return std::nullopt;
  std::size_t p = j - 1;
  if (attached_dash(p) && attached(j) && p > 0) --p;  // "mid-60s"
  if ((word(p, "early") || word(p, "mid") || word(p, "late")) && p > 0) --p;
  const bool possessive = word(p, "his") || word(p, "her") || word(p, "their") || word(p, "its");
  // "their 20s and 30s": the second band of a pair
  const bool second_band = (word(j - 1, "and") || word(j - 1, "or") || word(j - 1, "to")) && j >= 3 &&
                           word(j - 2, "s") && attached(j - 2) && digits(j - 3) &&
                           tokens_[j - 3].size() == 2 && last_mention_end_ == j - 1;
  if (!possessive && !second_band) return std::nullopt;
  Candidate candidate;
  candidate.end = end;
  candidate.mention.kind = MentionKind::kNumber;
  candidate.mention.low = decade;
  candidate.mention.high = decade + 9;
  candidate.mention.note = "age band";
  return candidate;
}

// "a couple of weeks", "a pair of bodies": two; "a trio of climbers": three; "a couple of
// hundred": about 200. Not "a couple" alone (two people).
std::optional<Candidate> Scanner::parse_couple(std::size_t j) const {
  // (both readings follow an article, which most tokens tried here are not)
  if (!has(j, kArticle)) return std::nullopt;
  const bool trio = word(j + 1, "trio");
  // "a couple of dozen": two dozen, exactly as "two dozen" is
  if ((word(j + 1, "couple") || word(j + 1, "pair")) && spaced(j + 1) && word(j + 2, "of") &&
      spaced(j + 2) && word(j + 3, "dozen") && spaced(j + 3)) {
    return whole_figure(MentionKind::kNumber, 24, j + 4);
  }
  // "a couple of hundred people", "a couple of thousand fans": about twice the scale, a
  // measure's unit after it taken as a figure's ("a few hundred" is the vague one)
  if (word(j + 1, "couple") && spaced(j + 1) && word(j + 2, "of") && spaced(j + 2) && spaced(j + 3) &&
      has(j + 3, kScaleWord) && !has(j + 4, kScaleWord)) {
    Numeral numeral;
    numeral.end = j + 4;
    numeral.value = 2 * tokens_[j + 3].lexeme->number;
    numeral.spelled = true;
    auto candidate = apply_suffix(numeral);
    if (candidate) candidate->mention.qualifier = Qualifier::kAbout;
    return candidate;
  }
  if (!spaced(j + 1) || !(word(j + 1, "couple") || word(j + 1, "pair") || trio) ||
      !word(j + 2, "of") || !spaced(j + 2) || !spaced(j + 3) || has(j + 3, kScaleWord | kDozen)) {
    return std::nullopt;
  }
  const double members = trio ? 3 : 2;
  Numeral numeral;
  numeral.end = j + 3;
  numeral.value = members;
  numeral.spelled = true;
  auto candidate = apply_suffix(numeral);
  if (!candidate || candidate->mention.kind == MentionKind::kNumber) {
    return whole_figure(MentionKind::kNumber, members, j + 2);
  }
  return candidate;
}

// The measures one of which, after an article and before "of", is a quantity: "a foot of
// snow", "an inch of rain", "a mile of coastline" ("a ton of work" is a lot, no weight;
// "a foot soldier" and "on foot" have no "of").
constexpr auto kOneMeasureWords = std::to_array<std::string_view>({
    "foot", "inch", "metre", "meter", "mile", "yard", "kilometre", "kilometer", "centimetre",
    "centimeter", "litre", "liter", "gallon", "pint",
});

// "and a half" at token k, three words ("a day and a half-hourly service" is another word).
bool Scanner::and_a_half_at(std::size_t k) const {
  return word(k, "and") && spaced(k) && has(k + 1, kArticle) && spaced(k + 1) && word(k + 2, "half") &&
         spaced(k + 2) && !(attached_dash(k + 3));
}

// "a foot of snow", "an inch of rain": one of a measure; "a mile and a half", "a
// kilometre and a half": one and a half of it, as "a year and a half" is of time.
std::optional<Candidate> Scanner::parse_one_measure_of(std::size_t j) const {
  // (the unit's role asked before the list's words: most words after an article are no unit)
  if (!has(j, kArticle) || !spaced(j + 1) || !has(j + 1, kMeasureUnit) || !word_in(j + 1, kOneMeasureWords)) {
    return std::nullopt;
  }
  const std::string_view unit = tokens_[j + 1].lexeme->unit;
  if (and_a_half_at(j + 2)) {
    std::optional<Candidate> candidate = whole_figure(MentionKind::kQuantity, 1.5, j + 5, unit);
    candidate->mention.precision = 0.5;
    return candidate;
  }
  // ("the snow lay a foot deep", "a mile away": one of a measure of a size or a distance,
  // as "828m tall" is)
  const bool of = word(j + 2, "of") && spaced(j + 3);
  if (!spaced(j + 2) || !(of || word_in(j + 2, kDimensionWords))) return std::nullopt;
  return whole_figure(MentionKind::kQuantity, 1, j + 2, unit);
}

// "a week-long pause", "a year-long siege", "a decade-long war", "a weeklong strike": one
// unit of time as an adjective (a plural, "months-long", is vague and no figure).
std::optional<Candidate> Scanner::parse_long_span(std::size_t j) const {
  if (!may_begin_long_span(j)) return std::nullopt;
  // "three week-long courses": each a week, counted elsewhere
  if (j > 0 && (digits(j - 1) || has(j - 1, kCardinal))) return std::nullopt;
  std::string_view unit;
  double value = 1;
  std::size_t end = 0;
  struct Closed {
    std::string_view word;
    std::string_view unit;
  };
  static constexpr std::array<Closed, 4> kClosed = {{
      {"daylong", "days"}, {"weeklong", "weeks"}, {"monthlong", "months"}, {"yearlong", "years"},
  }};
  for (const Closed& closed : kClosed) {
    if (word(j, closed.word)) {
      unit = closed.unit;
      end = j + 1;
    }
  }
  if (end == 0) {
    if (!attached_dash(j + 1) || !word(j + 2, "long") || !attached(j + 2)) return std::nullopt;
    if (word(j, "fortnight")) {
      unit = "weeks";
      value = 2;
    } else if (word(j, "day") || word(j, "week") || word(j, "month") || word(j, "year") || word(j, "hour") ||
               word(j, "minute")) {
      unit = tokens_[j].lexeme->unit;
    } else if (word(j, "decade") || word(j, "century")) {
      unit = "years";
      value = tokens_[j].lexeme->number;
    } else {
      return std::nullopt;
    }
    end = j + 3;
  }
  // "a week-long-ish", "year-long-term": the word runs on
  if (attached(end) && end < token_count_ && (dash(end) || tokens_[end].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  return duration_candidate(value, value, std::string(unit), end);
}

// "half an hour", "half a day", "half a century".
std::optional<Candidate> Scanner::parse_half_duration(std::size_t j) const {
  if (!word(j, "half") || !has(j + 1, kArticle) || !spaced(j + 1) || !spaced(j + 2)) return std::nullopt;
  if (j > 0 && (word_in(j - 1, kHalfNotQuantityAfter) || (attached(j) && dash(j - 1)))) {
    return std::nullopt;
  }
  Candidate candidate;
  candidate.end = j + 3;
  candidate.mention.kind = MentionKind::kDuration;
  candidate.mention.precision = 0.5;
  if (word(j + 2, "decade") || word(j + 2, "century")) {
    candidate.mention.value = word(j + 2, "decade") ? 5 : 50;
    candidate.mention.precision = candidate.mention.value.value();
    candidate.mention.unit = "years";
    return candidate;
  }
  candidate.mention.value = 0.5;
  // ("half a second": the word an ordinal's too, and so no unit of time in the lexicon)
  if (word(j + 2, "second")) {
    candidate.mention.unit = "seconds";
    return candidate;
  }
  if (!has(j + 2, kDurationUnit) || text_of(j + 2).back() == 's') return std::nullopt;
  candidate.mention.unit = std::string(tokens_[j + 2].lexeme->unit);
  return candidate;
}

// "half a percentage point", "a quarter of a percentage point", "three-quarters of a point".
std::optional<Candidate> Scanner::parse_point_fraction(std::size_t j) const {
  // "a quarter-point cut", "a half-point rise": a rate's move in a share of a percentage
  // point, one hyphened word (a chess player's "half-point lead" is a game's, so "half"
  // only before a move)
  if (has(j, kFraction) && attached_dash(j + 1) && word(j + 2, "point") && attached(j + 2) &&
      !(attached_dash(j + 3))) {
    const bool quarter = word(j, "quarter");
    const bool half_move = word(j, "half") && spaced(j + 3) &&
                           (word(j + 3, "cut") || word(j + 3, "cuts") || word(j + 3, "rise") ||
                            word(j + 3, "rises") || word(j + 3, "increase") || word(j + 3, "hike") ||
                            word(j + 3, "hikes") || word(j + 3, "reduction"));
    if (!quarter && !half_move) return std::nullopt;
    Candidate candidate;
    candidate.end = j + 3;
    candidate.mention.kind = MentionKind::kPercent;
    candidate.mention.value = quarter ? 0.25 : 0.5;
    candidate.mention.precision = *candidate.mention.value;
    candidate.mention.unit = "percentage_points";
    return candidate;
  }
  // "a percentage point", "a full percentage point": one point, said with its article
  if (has(j, kArticle) && spaced(j + 1)) {
    const std::size_t p = word(j + 1, "full") && spaced(j + 2) ? j + 2 : j + 1;
    if (word(p, "percentage") && word(p + 1, "point") && spaced(p + 1) && !(attached_dash(p + 2))) {
      Candidate candidate;
      candidate.end = p + 2;
      candidate.mention.kind = MentionKind::kPercent;
      candidate.mention.value = 1;
      candidate.mention.precision = 1;
      candidate.mention.unit = "percentage_points";
      return candidate;
    }
  }
  double share = 0;
  std::size_t k = j;
  if (word(k, "half") && has(k + 1, kArticle) && spaced(k + 1)) {
    share = 0.5;
    k += 1;
  } else {
    std::size_t f = 0;
    double count = 1;
    if (has(k, kArticle) && has(k + 1, kFraction) && spaced(k + 1) && !word(k + 1, "half")) {
      f = k + 1;
    } else if (has(k, kCardinal) && tokens_[k].lexeme->number >= 1 && tokens_[k].lexeme->number <= 9) {
      f = attached_dash(k + 1) && attached(k + 2) ? k + 2 : k + 1;
      count = tokens_[k].lexeme->number;
      if (f == k + 1 && !spaced(f)) return std::nullopt;
    }
    if (f == 0 || !has(f, kFraction)) return std::nullopt;
    // "a quarter point", "a quarter percentage point": the share said straight before the
    // point, as rates are quoted ("a third point" is one more point made, an ordinal)
    const bool before_point = has(k, kArticle) && word(f, "quarter") && spaced(f + 1) &&
                              (word(f + 1, "point") || word(f + 1, "percentage") || word(f + 1, "basis"));
    if (!before_point &&
        (!word(f + 1, "of") || !spaced(f + 1) || !has(f + 2, kArticle) || !spaced(f + 2))) {
      return std::nullopt;
    }
    share = count / tokens_[f].lexeme->denominator;
    k = before_point ? f : f + 2;
  }
  std::size_t p = k + 1;
  if (!spaced(p)) return std::nullopt;
  const bool percentage = word(p, "percentage") && word(p + 1, "point") && spaced(p + 1);
  const bool basis = word(p, "basis") && word(p + 1, "point") && spaced(p + 1);
  // "three-tenths of a point", "a quarter of a point": a share of one point is of a
  // percentage point, as rates and polls are quoted ("half a point" may be a game's, but
  // not after a percentage in its sentence: "peak at 96.2% of GDP ..., before edging down
  // by less than half a point")
  const auto percent_in_sentence = [&] {
    if (last_percent_end_ == 0 || last_percent_end_ > j) return false;
    for (std::size_t t = last_percent_end_; t < j; ++t) {
      if (tokens_[t].gap == Gap::kNewline) return false;
      if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1)) return false;
    }
    return true;
  };
  const bool bare_point = (!word(j, "half") || percent_in_sentence()) && word(p, "point") &&
                          !(attached_dash(p + 1));
  if (!percentage && !basis && !bare_point) return std::nullopt;
  Candidate candidate;
  candidate.end = bare_point ? p + 1 : p + 2;
  candidate.mention.kind = MentionKind::kPercent;
  candidate.mention.value = share;
  candidate.mention.precision = share;
  candidate.mention.unit = basis ? "basis_points" : "percentage_points";
  return candidate;
}

double Scanner::share_of_one(std::size_t j, std::size_t& unit) const {
  std::size_t article = 0;
  double share = 0;
  if (word(j, "half")) {
    article = j + 1;
    share = 0.5;
  } else {
    std::size_t f = 0;
    double count = 1;
    if (has(j, kArticle) && has(j + 1, kFraction) && spaced(j + 1) && !word(j + 1, "half")) {
      f = j + 1;
    } else if (has(j, kCardinal) && tokens_[j].lexeme->number >= 1 && tokens_[j].lexeme->number <= 9) {
      count = tokens_[j].lexeme->number;
      f = attached_dash(j + 1) && attached(j + 2) ? j + 2 : j + 1;
      if (f == j + 1 && !spaced(f)) return 0;
    }
    // "below a quarter mile": a share of one measure, without its "of a"
    if (f == j + 1 && count == 1 && has(f, kFraction) && spaced(f + 1) && has(f + 1, kMeasureUnit) &&
        text_of(f + 1).back() != 's') {
      unit = f + 1;
      return 1.0 / tokens_[f].lexeme->denominator;
    }
    if (f == 0 || !has(f, kFraction) || !word(f + 1, "of") || !spaced(f + 1)) return 0;
    const int whole = tokens_[f].lexeme->denominator;
    if (count > whole) return 0;
    article = f + 2;
    share = count / whole;
  }
  if (!has(article, kArticle) || !spaced(article) || !spaced(article + 1)) return 0;
  unit = article + 1;
  return share;
}

std::optional<Numeral> Scanner::parse_share_of_scale(std::size_t j) const {
  std::size_t u = 0;
  double share = share_of_one(j, u);
  // "a quarter million", "a half million", "a half-million visitors": the share without
  // "of a", spaced or hyphenated
  if (share == 0 && has(j, kArticle) && spaced(j + 1) && (word(j + 1, "quarter") || word(j + 1, "half"))) {
    const std::size_t scale_at = attached_dash(j + 2) && attached(j + 3) ? j + 3 : j + 2;
    if ((scale_at == j + 3 || spaced(j + 2)) && has(scale_at, kScaleWord)) {
      share = word(j + 1, "half") ? 0.5 : 0.25;
      u = scale_at;
    }
  }
  if (share == 0) return std::nullopt;
  double multiplier = 0;
  if (has(u, kDozen)) {
    multiplier = 12;
  } else if (has(u, kScaleWord) && tokens_[u].lexeme->number >= 1000) {
    multiplier = tokens_[u].lexeme->number;
  } else {
    return std::nullopt;
  }
  Numeral numeral;
  numeral.end = u + 1;
  numeral.value = share * multiplier;
  // "half a dozen" is six exactly; "a quarter of a million" is a round figure
  numeral.precision = multiplier == 12 ? 1 : multiplier / 10;
  numeral.scale = multiplier == 12 ? 1 : multiplier;
  numeral.spelled = true;
  return numeral;
}

std::optional<Candidate> Scanner::parse_share_of_unit(std::size_t j) const {
  if (!word(j, "half") && !has(j, kArticle | kCardinal)) return std::nullopt;
  // "a half-mile stretch": half a unit, hyphened before its noun as "a 36-inch main" is
  // ("a half-mile-long road" is left alone, as "a half-century-old building" is)
  if (word(j, "half") && attached_dash(j + 1) && attached(j + 2) && has(j + 2, kMeasureUnit) &&
      !(attached_dash(j + 3))) {
    Candidate candidate;
    candidate.end = j + 3;
    candidate.mention.kind = MentionKind::kQuantity;
    candidate.mention.value = 0.5;
    candidate.mention.precision = 0.5;
    candidate.mention.unit = std::string(tokens_[j + 2].lexeme->unit);
    return candidate;
  }
  // "the first half a mile" reads as a stretch, "a half-mile" is spanned whole elsewhere
  if (word(j, "half") && j > 0 && (word_in(j - 1, kHalfNotQuantityAfter) || (attached(j) && dash(j - 1)))) {
    return std::nullopt;
  }
  std::size_t u = 0;
  const double share = share_of_one(j, u);
  if (share == 0) return std::nullopt;
  auto share_candidate = [&](MentionKind kind, std::size_t end, std::string unit) {
    Candidate candidate;
    candidate.end = end;
    candidate.mention.kind = kind;
    candidate.mention.value = share;
    candidate.mention.precision = share;
    candidate.mention.unit = std::move(unit);
    return candidate;
  };
  if (word(u, "percent")) return share_candidate(MentionKind::kPercent, u + 1, "");
  if (word(u, "per") && word(u + 1, "cent") && spaced(u + 1)) {
    return share_candidate(MentionKind::kPercent, u + 2, "");
  }
  // "half a cent", "almost half a US cent", "a quarter of a cent": a share of a dollar's
  // hundredth (of the currency named between, as "18 HK cents"); "a cent" alone is no
  // share, and "per cent" is read above
  {
    std::string_view code = "USD";
    std::size_t c = u;
    for (const auto& [name, named] : kCentsCurrencyNames) {
      if (word(u, name) && spaced(u + 1)) {
        code = named;
        c = u + 1;
        break;
      }
    }
    if (word(c, "cent") && spaced(c) && !(u > 0 && word(u - 1, "per"))) {
      Candidate candidate = share_candidate(MentionKind::kMoney, c + 1, std::string(code));
      candidate.mention.value = share / 100;
      candidate.mention.precision = share / 100;
      candidate.scale = kHundredth;
      return candidate;
    }
  }
  // "three quarters of an hour": minutes, as "a quarter of an hour" is
  if (word(u, "hour") && !(word(u + 1, "ago") && spaced(u + 1))) {
    return duration_candidate(60 * share, 60 * share, "minutes", u + 1);
  }
  std::string unit;
  if (has(u, kMeasureUnit | kSquare) && !word(u, "m")) {
    if (auto end = parse_measure_unit(u, unit)) {
      // "about half an inch an hour": a share of a unit at a rate, as "2 inches an hour" is
      std::size_t rate_end = *end;
      const std::string_view period = rate_period(*end, rate_end);
      if (!period.empty() && unit.find('/') == std::string::npos && unit != "mph") {
        return share_candidate(MentionKind::kQuantity, rate_end, unit_per(unit, period));
      }
      return share_candidate(MentionKind::kQuantity, *end, unit);
    }
  }
  // "led by a third of a length", "three-quarters of a length back": a winning margin,
  // in lengths as "by 12 lengths" is ("a third of a length of pipe" measures the pipe)
  if (word(u, "length") && !(spaced(u + 1) && word(u + 1, "of"))) {
    return share_candidate(MentionKind::kQuantity, u + 1, "lengths");
  }
  return std::nullopt;
}

// The roles of the words a figure after any prefixed currency may begin with: a unit
// before its number ("magnitude 6.2"), a share ("half", "a third"), an article ("a
// dozen", "a couple of"), a vague amount ("several", "dozens"), a number in words and a
// decade in words ("her seventies"); and of the words of relative dates, the four that
// begin a period ("the past year", parse_the_period's), where "day", "this", "today"...
// begin none. (parse_figure's first test; the readings it guards each ask for their own
// words again.)
// The words of no role in the lexicon that make a figure after an article: "a few hundred",
// "a couple of", "a pair of", "a trio of", "a fortnight", "a dollar a month", "a euro",
// "a full percentage point", "for a whole month", "an entire year".
constexpr auto kArticleFigureWords = std::to_array<std::string_view>({
    "few", "couple", "pair", "trio", "fortnight", "dollar", "euro", "score", "full", "grand",
    "whole", "entire",
});
const WordSet kArticleFigureWordSet(kArticleFigureWords);  // word_in asks it of many tokens

constexpr std::uint32_t kFigureWordRoles = kPrefixUnit | kFraction | kArticle | kVague | kCardinal | kDecadeWord;

// Every reading of parse_figure after a prefixed currency begins at a word only with one
// of kFigureWordRoles, a sign in words or a period's word: at any other word ("more",
// "March", "million" alone, "day") none can hold.
bool Scanner::word_may_begin_figure(std::size_t j) const {
  return tokens_[j].has(kFigureWordRoles) || word(j, "minus") || word(j, "negative") ||
         (tokens_[j].has(kRelativeDate) &&
          (word(j, "past") || word(j, "last") || word(j, "next") || word(j, "coming"))) ||
         (word(j, "fortnight") && j > 0 && tokens_[j - 1].has(kOrdinal));  // "the first fortnight"
}

std::optional<Candidate> Scanner::parse_single_figure(std::size_t j, bool look_behind) const {
  if (may_prefix_money(j)) {
    if (auto money = parse_prefixed_money(j)) return money;
  }
  auto numeral = parse_numeral(j, look_behind);
  if (!numeral) return std::nullopt;
  return apply_suffix(*numeral);
}

std::optional<Candidate> Scanner::parse_figure(std::size_t j) const {
  // (the first readings begin at digits, the next at a sign: one test of the token's type
  // passes over the others)
  if (digits(j)) {
    // "6'2\"", "5′11″", "5′ 10″" as a CMS sets it: a height in feet and inches, each its own
    // quantity (as "6ft 2in")
    if (j + 3 < token_count_ && tokens_[j].size() == 1 && attached(j + 1) &&
        (is_apostrophe(j + 1) || symbol(j + 1, U'′')) && digits(j + 2) &&
        (attached(j + 2) || tokens_[j + 2].gap == Gap::kSingleSpace) &&
        tokens_[j + 2].size() <= 2 && attached(j + 3) && (symbol(j + 3, '"') || symbol(j + 3, U'″')) &&
        small_number(j + 2) < 12) {
      return whole_figure(MentionKind::kQuantity, small_number(j), j + 2, "ft");
    }
    if (j >= 2 && tokens_[j - 1].symbol != 0 && (is_apostrophe(j - 1) || symbol(j - 1, U'′')) &&
        tokens_[j].size() <= 2 &&
        (attached(j) || tokens_[j].gap == Gap::kSingleSpace) && digits(j - 2) && attached(j - 1) &&
        tokens_[j - 2].size() == 1 && attached(j + 1) && (symbol(j + 1, '"') || symbol(j + 1, U'″')) &&
        small_number(j) < 12) {
      return whole_figure(MentionKind::kQuantity, small_number(j), j + 2, "in");
    }
    // "a 12′ dinghy", "a 65″ screen": the prime and the double prime alone are feet and
    // inches (not the minutes and seconds of an angle: "51°30′N")
    // (U+2032 and U+2033 told in one test)
    if (j + 1 < token_count_ && tokens_[j + 1].symbol - U'′' <= 1u && attached(j + 1) &&
        tokens_[j].size() <= 3 && !(j > 0 && attached(j) && symbol(j - 1, U'°')) &&
        !(attached(j + 2) && tokens_[j + 2].type == TokenType::kWord)) {
      return whole_figure(MentionKind::kQuantity, small_number(j), j + 2, symbol(j + 1, U'′') ? "ft" : "in");
    }
  } else if (j < token_count_ && tokens_[j].type == TokenType::kSymbol) {
    // "-$2.3bn", "(−£40m)": a loss, the minus written before the currency (not a dash
    // joined to what comes before: "5%-$3bn", "pre-$5")
    if (minus(j) && attached(j + 1) && may_prefix_money(j + 1) &&
        !(j > 0 && attached(j) && !symbol(j - 1, '('))) {
      std::optional<Candidate> loss = parse_prefixed_money(j + 1);
      if (loss && !loss->skip && loss->mention.value) {
        loss->mention.value = -*loss->mention.value;
        return loss;
      }
    }
    // "(1.4) pts", "(3.2)%": a fall in an accounting table, its figure in brackets before its
    // unit (an aside in brackets, "(12%)", keeps its unit inside)
    if (symbol(j, '(') && digits(j + 1) && attached(j + 1)) {
      const auto numeral = parse_numeral(j + 1, false);
      if (numeral && !numeral->negative && numeral->scale == 1 && symbol(numeral->end, ')') &&
          attached(numeral->end)) {
        const std::size_t unit = numeral->end + 1;
        const bool points = spaced(unit) && (word(unit, "pts") || word(unit, "ppt") || word(unit, "pp"));
        if (points || (symbol(unit, '%') && attached(unit))) {
          std::optional<Candidate> fall =
              whole_figure(MentionKind::kPercent, -numeral->value, unit + 1, points ? "percentage_points" : "");
          fall->mention.precision = numeral->precision;
          return fall;
        }
      }
    }
  }
  if (auto money = may_prefix_money(j) ? parse_prefixed_money(j) : std::nullopt) {
    // "$35 billion to $37 billion", "$30bn to $40bn", "$30 to $40 billion": a range with
    // the currency written twice; but "from $48 to $55" and "rose $3bn to $40bn" are a
    // change and the level it reaches, two figures, a hedge between or not ("rose by
    // around ₹38 to ₹1,311")
    // (so after a market's verbs of a session: kMarketChanges)
    const auto change_before = [&](std::size_t at) {
      return at > 0 && (word(at - 1, "from") || word_in(at - 1, kPointChangeSet) || word_in(at - 1, kMarketChanges));
    };
    const bool after_change = change_before(j) || (j > 1 && has(j - 1, kQualifierStart) && change_before(j - 1));
    if (!money->skip && money->mention.value && !after_change && word(money->end, "to") &&
        spaced(money->end) && spaced(money->end + 1)) {
      auto high = parse_prefixed_money(money->end + 1);
      if (high && !high->skip && high->mention.value && high->mention.unit == money->mention.unit) {
        if (auto range = combine_range(*money->mention.value, money->scale, *high, high->end)) {
          return range;
        }
      }
    }
    return money;
  }
  // The readings below up to parse_fraction, but for parse_age_decade ("the 80s"), each
  // begin with a word ("a", "half", "several", "magnitude"...): at digits or a sign they
  // are passed over.
  const bool at_word = j < token_count_ && tokens_[j].type == TokenType::kWord;
  if (at_word && !word_may_begin_figure(j)) return std::nullopt;
  // An article before a word of no role ("a sack", "a committee") begins no figure: the
  // readings of an article ask for a role after it ("a third", "a dozen", "a year") or for
  // one of these words.
  if (at_word && tokens_[j].has(kArticle) && j + 1 < token_count_ && tokens_[j + 1].type == TokenType::kWord &&
      tokens_[j + 1].roles == 0 && !word_in(j + 1, kArticleFigureWordSet)) {
    return std::nullopt;
  }
  if (at_word) {
    // "fell to minus €4.98/MWh", "negative $37 a barrel": a price below zero, the sign in
    // words ("plus or minus $3" is a margin)
    if ((word(j, "minus") || word(j, "negative")) && spaced(j + 1) && may_prefix_money(j + 1) &&
        !(j > 0 && (word(j - 1, "or") || word(j - 1, "plus")))) {
      std::optional<Candidate> below_zero = parse_prefixed_money(j + 1);
      if (below_zero && !below_zero->skip && below_zero->mention.value) {
        below_zero->mention.value = -*below_zero->mention.value;
        return below_zero;
      }
    }
    if (auto quantity = parse_prefixed_unit(j)) return quantity;
    // "half past nine", "a quarter past ten": a time of day, not a figure
    const std::size_t q = has(j, kArticle) && word(j + 1, "quarter") && spaced(j + 1) ? j + 1 : j;
    if ((word(q, "half") || word(q, "quarter")) && word(q + 1, "past") && spaced(q + 1) && spaced(q + 2) &&
        (has(q + 2, kCardinal) || digits(q + 2))) {
      Candidate skipped;
      skipped.skip = true;
      skipped.end = q + 3;
      return skipped;
    }
    // "eight o'clock", "twenty-five minutes past eight": a time of day in words, as a
    // broadcast gives it ("7 o'clock" in digits is skipped as an identifier)
    // (a look for "o" or "minutes" within the next three tokens first: most number words
    // are no time, and this is asked at each)
    const auto time_word_near = [&] {
      for (std::size_t t = j + 1; t <= j + 3 && t < token_count_; ++t) {
        if (word(t, "o") || word(t, "minutes") || word(t, "minute")) return true;
      }
      return false;
    };
    if (has(j, kCardinal) && time_word_near()) {
      if (auto said = parse_word_numeral(j)) {
        const std::size_t m = said->end;
        std::size_t time_end = 0;
        if (word(m, "o") && spaced(m) && is_apostrophe(m + 1) && attached(m + 1) && word(m + 2, "clock") &&
            attached(m + 2)) {
          time_end = m + 3;
        } else if ((word(m, "minutes") || word(m, "minute")) && word(m + 1, "past") && spaced(m) &&
                   spaced(m + 1) && has(m + 2, kCardinal) && spaced(m + 2)) {
          if (auto hour = parse_word_numeral(m + 2); hour && hour->value >= 1 && hour->value <= 12) {
            time_end = hour->end;
          }
        }
        if (time_end != 0) {
          Candidate skipped;
          skipped.skip = true;
          skipped.end = time_end;
          return skipped;
        }
      }
    }
    // "oh-one-six-two-four, nine-eight-three": a phone number or a code read out digit by
    // digit, three or more digits' words hyphened, no count (the first digit word tried
    // takes the chain, and a chain begun by "oh" from its second word)
    if (has(j, kCardinal) && attached_dash(j + 1) && tokens_[j].lexeme->number < 10) {
      const bool after_digit = j > 1 && dash(j - 1) && attached(j) && digit_word(j - 2);
      std::size_t words = after_digit ? 2 : 1;
      std::size_t end = j + 1;
      while (attached_dash(end) && attached(end + 1) && digit_word(end + 1)) {
        ++words;
        end += 2;
      }
      if ((!after_digit || word(j - 2, "oh")) && words >= 3) {
        Candidate skipped;
        skipped.skip = true;
        skipped.end = end;
        return skipped;
      }
    }
    // "back next Thursday at eight.", "on Friday at nine": an hour in words after a day
    // just read, closing its clause, a time of day
    if (j > 1 && last_date_end_ == j - 1 && word(j - 1, "at") && has(j, kCardinal) && spaced(j)) {
      if (auto hour = parse_word_numeral(j);
          hour && hour->value >= 1 && hour->value <= 12 &&
          (hour->end >= token_count_ || tokens_[hour->end].gap == Gap::kNewline ||
           symbol(hour->end, '.') || symbol(hour->end, ',') || symbol(hour->end, ';'))) {
        Candidate skipped;
        skipped.skip = true;
        skipped.end = hour->end;
        return skipped;
      }
    }
    // "a category two call", "phase two of the deal": a label in words, as "Category 5" is in
    // digits (only nouns seldom verbs: "to stage two protests" counts)
    if (has(j, kCardinal) && j > 0 && spaced(j) &&
        (word(j - 1, "category") || word(j - 1, "phase") || word(j - 1, "tier"))) {
      if (auto label = parse_word_numeral(j)) {
        Candidate skipped;
        skipped.skip = true;
        skipped.end = label->end;
        return skipped;
      }
    }
    if (auto vague = parse_vague(j)) return vague;
    // "a half-mile stretch" (share_of_one reads "half a mile", not the hyphened measure)
    if (word(j, "half") && dash(j + 1)) {
      if (auto share = parse_share_of_unit(j)) return share;
    }
    // (an article begins most of the words tried here, and seldom a share: one look first)
    if (std::size_t unit = 0; share_of_one(j, unit) > 0) {
      if (auto share = parse_share_of_scale(j)) return apply_suffix(*share);
      if (auto half = parse_half_duration(j)) return half;
      if (auto share = parse_share_of_unit(j)) return share;
    }
    if (auto point = parse_point_fraction(j)) return point;
    if (auto two = parse_couple(j)) return two;
    if (auto one = parse_one_measure_of(j)) return one;
    if (auto period = parse_the_period(j)) return period;
    // "in the first fortnight of term": a fortnight after an ordinal is two weeks, as "a
    // fortnight" is ("the first week" names a week, no span to count)
    if (word(j, "fortnight") && j > 0 && spaced(j) && has(j - 1, kOrdinal)) {
      return duration_candidate(2, 2, "weeks", j + 1);
    }
  }
  if (has(j, kDecadeWord) || (digits(j) && tokens_[j].size() == 2)) {  // (parse_age_decade's first test)
    if (auto age = parse_age_decade(j)) return age;
  }
  // before fractions: "a quarter of a century" is a span of years, not a share
  if (at_word && (has(j, kArticle) || word(j, "half"))) {  // (parse_article_duration's first tests)
    if (auto duration = parse_article_duration(j)) return duration;
  }
  if (auto fraction = parse_fraction(j)) return fraction;
  // "a 2-for-1 share split": the terms of a split or offer, not figures
  if (digits(j) && attached_dash(j + 1) && word(j + 2, "for") && attached(j + 2) &&
      attached_dash(j + 3) && digits(j + 4) && attached(j + 4)) {
    Candidate skipped;
    skipped.skip = true;
    skipped.end = j + 5;
    return skipped;
  }
  auto numeral = parse_numeral(j);
  if (!numeral) return std::nullopt;
  const std::size_t k = numeral->end;
  // "the ratio of students to teachers will go from 17.2-to-1 to 18.4-to-1", "a 20-to-1
  // ratio": a ratio to one, spanned whole, the count of the first for each one of the second
  // (a decimal, or "ratio" in its clause; "a 5-to-1 vote" stays a tally, no mention)
  if (!numeral->spelled && numeral->scale == 1 && attached_dash(k) && word(k + 1, "to") && attached(k + 1) &&
      attached_dash(k + 2) && attached(k + 3) && text_of(k + 3) == "1" &&
      !(attached(k + 4) && (digits(k + 4) || tokens_[k + 4].type == TokenType::kWord ||
                            (symbol(k + 4, '.') && attached(k + 5) && digits(k + 5))))) {
    bool ratio = !is_whole(numeral->value) || (spaced(k + 4) && (word(k + 4, "ratio") || word(k + 4, "ratios")));
    for (std::size_t t = j, seen = 0; !ratio && t > 0 && seen < kRatioLookback; --t, ++seen) {
      const std::size_t b = t - 1;
      if (tokens_[t].gap == Gap::kNewline || symbol(b, ';') ||
          ((symbol(b, '.') || symbol(b, '!') || symbol(b, '?')) && spaced(t))) {
        break;
      }
      ratio = word(b, "ratio") || word(b, "ratios");
    }
    if (ratio) {
      std::optional<Candidate> candidate = whole_figure(MentionKind::kNumber, numeral->value, k + 4);
      candidate->mention.precision = numeral->precision;
      return candidate;
    }
  }
  // "the two hundredth member", "three thousandth", "one hundred and first", "one hundred
  // and twenty-first": an ordinal in words whose last word alone is one (a hundredth "of" a
  // thing is a share of it; "a thousand first responders" has no "and")
  if (numeral->spelled && numeral->value >= 100 && attached_dash(k) && has(k + 1, kOrdinal) &&
      attached(k + 1) && tokens_[k + 1].lexeme->ordinal <= 9 && std::fmod(numeral->value, 100) >= 20 &&
      std::fmod(numeral->value, 10) == 0 && !(attached_dash(k + 2))) {
    return whole_figure(MentionKind::kOrdinal, numeral->value + tokens_[k + 1].lexeme->ordinal, k + 2);
  }
  // "the forty-second day", "its thirty-second year": after "the" or a possessive, a tens
  // word hyphened to "second" is a place in an order, where "a forty-second clip" lasts
  // forty seconds (read_duration_suffix)
  if (numeral->spelled && k == j + 1 && numeral->value >= 20 && numeral->value <= 90 &&
      std::fmod(numeral->value, 10) == 0 && attached_dash(k) && word(k + 1, "second") && attached(k + 1) &&
      !(attached_dash(k + 2)) && j > 0 && spaced(j) &&
      (word(j - 1, "the") || word(j - 1, "its") || word(j - 1, "their") || word(j - 1, "his") ||
       word(j - 1, "her") || word(j - 1, "our") || word(j - 1, "s"))) {
    return whole_figure(MentionKind::kOrdinal, numeral->value + 2, k + 2);
  }
  if (numeral->spelled && k < token_count_ && spaced(k) && (has(k, kOrdinal) || word(k, "and"))) {
    const bool joined = word(k, "and") && numeral->value >= 100 && spaced(k + 1);
    const std::size_t o = joined ? k + 1 : k;
    if (has(o, kOrdinal) && !(word(o + 1, "of") && spaced(o + 1)) && !(attached_dash(o + 1))) {
      const double place = tokens_[o].lexeme->ordinal;
      const bool times = !joined && place >= 100 && numeral->value < 1000 && is_whole(numeral->value);
      const bool plus = joined && place < 100 && std::fmod(numeral->value, 100) == 0;
      if (times || plus) {
        return whole_figure(MentionKind::kOrdinal, times ? numeral->value * place : numeral->value + place, o + 1);
      }
    }
  }
  // "two or three issues", "three or four thousand": a rough range in words, its ends
  // one apart ("two or 20", "five or ten" are choices between figures)
  if (numeral->spelled && numeral->scale == 1 && word(k, "or") && spaced(k) && spaced(k + 1) &&
      has(k + 1, kCardinal)) {
    if (auto high_numeral = parse_word_numeral(k + 1)) {
      // the scale word written once, on the high end, applies to both
      const double scale = high_numeral->value / (numeral->value + 1);
      const bool one_apart = scale == 1 || scale == 1e2 || scale == 1e3 || scale == 1e6 || scale == 1e9;
      if (auto high = one_apart ? apply_suffix(*high_numeral) : std::nullopt; high && !high->skip) {
        if (auto range = combine_range(numeral->value * scale, 1, *high, high->end)) return range;
      }
    }
  }
  // "nine or 10 boats": the same rough range with its high end in digits, as style books
  // write numbers from 10 ("nine or 90" is a choice)
  if (numeral->spelled && numeral->scale == 1 && word(k, "or") && spaced(k) && digits(k + 1) && spaced(k + 1)) {
    if (auto high_numeral = parse_digit_numeral(k + 1, false);
        high_numeral && high_numeral->scale == 1 && high_numeral->value == numeral->value + 1) {
      if (auto high = apply_suffix(*high_numeral); high && !high->skip) {
        if (auto range = combine_range(numeral->value, 1, *high, high->end)) return range;
      }
    }
  }
  // "29 or 30 days": the rough range in digits, its ends one apart and its unit on the high
  // end ("press 1 or 2", a bare pair, is a choice)
  if (word(k, "or") && !numeral->spelled && numeral->scale == 1 && numeral->plain_integer && spaced(k) &&
      digits(k + 1) && spaced(k + 1)) {
    if (auto high_numeral = parse_digit_numeral(k + 1, false);
        high_numeral && high_numeral->scale == 1 && high_numeral->value == numeral->value + 1) {
      if (auto high = apply_suffix(*high_numeral); high && !high->skip && high->mention.kind != MentionKind::kNumber) {
        if (auto range = combine_range(numeral->value, 1, *high, high->end)) return range;
      }
    }
  }
  if (!numeral->spelled) {
    // "30-40", "145–300 trucks", "30%-40%"
    std::size_t d = k;
    const bool percent_first = symbol(d, '%') && attached(d);
    if (percent_first) ++d;
    // "18-to-24": the dash written out, "-to-" ("a 5-to-1 vote" is then a tally, as "5-1" is)
    const bool dash_to_dash = attached_dash(d) && word(d + 1, "to") && attached(d + 1) && dash(d + 2) &&
                              attached(d + 2) && attached(d + 3) && digits(d + 3);
    // ("6—8 months": an em dash set against both figures, as pasted copy may have it for
    // the en dash; spaced, it sets a clause apart)
    const bool tight = ((dash(d) || symbol(d, U'—')) && attached(d) && attached(d + 1) && digits(d + 1)) || dash_to_dash;
    const bool spaced_dash = symbol(d, U'–') && spaced(d) && digits(d + 1) && spaced(d + 1);
    // "1 - 2% develop the severe form", "(range 4 - 71)": a spaced hyphen, which otherwise
    // sets a clause apart ("on Aug 3 - 5 people died"), joins a bare figure to a
    // percentage, or two ends after "range"
    const bool spaced_hyphen = !percent_first && symbol(d, '-') && spaced(d) && digits(d + 1) && spaced(d + 1);
    const std::size_t high_at = dash_to_dash ? d + 3 : d + 1;
    if (tight || spaced_dash || spaced_hyphen) {
      auto high_numeral = parse_digit_numeral(high_at, false);
      if (high_numeral) {
        auto high = apply_suffix(*high_numeral);
        const bool kinds_agree = !percent_first || (high && high->mention.kind == MentionKind::kPercent);
        const bool hyphen_joins = !spaced_hyphen || (high && (high->mention.kind == MentionKind::kPercent ||
                                                              (j > 0 && spaced(j) && word(j - 1, "range"))));
        if (high && kinds_agree && hyphen_joins) {
          // "3-1" is a score; "40-30%" and "40-30 trucks" can only be ranges.
          const bool has_unit = high->mention.kind != MentionKind::kNumber;
          // "Cresswell Town 2-4 Dunmore Rovers": a score between two names on a results
          // line, though its numbers rise as a range's do
          const auto plain_name = [&](std::size_t t) {
            return t < token_count_ && tokens_[t].type == TokenType::kWord && tokens_[t].capitalized &&
                   tokens_[t].lexeme == nullptr;
          };
          const bool between_names = tight && !has_unit && j > 0 && spaced(j) && plain_name(j - 1) &&
                                     spaced(high->end) && plain_name(high->end);
          // "6-4, 3-6, 7-6 (7-4), 4-6": a set in a list of set scores, which a falling pair
          // beside it shows (a list of ranges, "ages 5-10, 11-16", only rises)
          const auto falling_pair_from = [&](std::size_t t) {
            return digits(t) && attached_dash(t + 1) && digits(t + 2) && attached(t + 2) &&
                   small_number(t) > small_number(t + 2) && small_number(t + 2) >= 0;
          };
          const auto pair_before = [&](std::size_t t) {  // t: the comma before this pair
            if (!symbol(t, ',') || t < 3) return false;
            const std::size_t last = symbol(t - 1, ')') && t >= 4 ? t - 2 : t - 1;  // "(7-4),"
            if (last < 2) return false;
            const std::size_t first = last - 2;
            return falling_pair_from(first) ||
                   (symbol(last + 1, ')') && first >= 3 && symbol(first - 1, '(') && falling_pair_from(first - 4));
          };
          // ("6-4 3-6 7-6 (7-4)": the sets a space apart, as a results line writes them)
          const bool in_set_list = tight && !has_unit && high->end == high_at + 1 &&
                                   ((j > 0 && spaced(j) && pair_before(j - 1)) ||
                                    (symbol(high->end, ',') && attached(high->end) && spaced(high->end + 1) &&
                                     falling_pair_from(high->end + 1)) ||
                                    (j >= 3 && spaced(j) && attached(j - 1) && falling_pair_from(j - 3)) ||
                                    (spaced(high->end) && falling_pair_from(high->end)) ||
                                    // ("6-7 (3-7)": a tie-break's points in brackets after its set)
                                    (j >= 4 && symbol(j - 1, '(') && attached(j) && spaced(j - 1) &&
                                     digits(j - 2) && attached_dash(j - 3) && digits(j - 4) && attached(j - 2) &&
                                     symbol(high->end, ')')));
          // "saved two match points at 4-5 in the fifth set", "level at 2-2 at half-time":
          // a bare pair of small numbers after "at" is the score a moment stood at ("at
          // 4-5 per cent", "at 2-3 times the rate" carry their units)
          const std::size_t after_pair = high->end;
          const bool score_follows = after_pair >= token_count_ ||
                                     tokens_[after_pair].type == TokenType::kSymbol ||
                                     (spaced(after_pair) &&
                                      (word(after_pair, "in") || word(after_pair, "and") ||
                                       word(after_pair, "down") || word(after_pair, "up") ||
                                       word(after_pair, "at") || word(after_pair, "with") ||
                                       word(after_pair, "after") || word(after_pair, "before") ||
                                       word(after_pair, "when") || word(after_pair, "but")));
          const auto small_pair_after_at = [&](std::size_t t) {  // t: the pair's first number
            return t > 0 && spaced(t) && word(t - 1, "at") && digits(t) && attached_dash(t + 1) &&
                   digits(t + 2) && attached(t + 2) && small_number(t) <= 20 && small_number(t + 2) <= 20;
          };
          // ("At 4-5 and 15-40": a second score joined to one)
          const bool joined_to_score = j >= 4 && spaced(j) && word(j - 1, "and") && small_pair_after_at(j - 4);
          const bool noun_follows = after_pair < token_count_ && spaced(after_pair) &&
                                    tokens_[after_pair].type == TokenType::kWord && !tokens_[after_pair].capitalized &&
                                    tokens_[after_pair].lexeme == nullptr;
          // "a 0-3 home defeat", "their 1-2 win at Leeds": a pair before the result it gave is
          // its score ("1-2 wins a season", plural, may be a range)
          const std::size_t result_at =
              spaced(after_pair) && (word(after_pair, "home") || word(after_pair, "away")) ? after_pair + 1 : after_pair;
          const bool result_follows = tight && !has_unit && high->end == high_at + 1 && spaced(result_at) &&
                                      (word(result_at, "win") || word(result_at, "defeat") ||
                                       word(result_at, "victory") || word(result_at, "loss") || word(result_at, "draw"));
          const bool score_at = tight && !has_unit && high->end == high_at + 1 &&
                                ((small_pair_after_at(j) && score_follows) || (joined_to_score && !noun_follows));
          // "beating Ballyduff 2-14 to 1-12", "Mensah took 5-61": in a match report a pair
          // led by a small number is a score or a bowler's figures
          const bool match_score = tight && !has_unit && high->end == high_at + 1 && numeral->scale == 1 &&
                                   numeral->value <= 10 && !noun_follows && reports_a_match();
          if (auto range = between_names || in_set_list || score_at || result_follows || match_score ? std::nullopt
                                         : combine_range(numeral->value, numeral->scale, *high, high->end, has_unit)) {
            return range;
          }
        }
      }
      if (tight && !percent_first) {
        // A score or a code ("3-1", "555-0123"): neither half is a figure.
        Candidate skipped;
        skipped.skip = true;
        skipped.end = high_numeral ? high_numeral->end : high_at + 1;
        return skipped;
      }
    }
  }
  // "5 to 10 people" (but "from 30 to 40" is a change, two figures, and so is "grew by 0.8
  // million to 68.3 million", a change and a level far above it, as with units below)
  // "18- to 24-year-olds", "a 3- to 5-year plan": the low end's hyphen waits for the
  // word hyphened to the high end, which the range then takes
  const bool suspended_hyphen = !numeral->spelled && attached_dash(k) && word(k + 1, "to") && spaced(k + 1);
  const std::size_t to = suspended_hyphen ? k + 1 : k;
  // (the words before the figure asked last, as in figure_or_unit_range: few figures have
  // a "to" after them)
  if (word(to, "to") && spaced(to) && spaced(to + 1) && !(j > 0 && word(j - 1, "from"))) {
    // ("Claims rose 14k to 225k", "deaths rose 12 to 340": so after a past change straight
    // before, as "inflation rose 2.5% to 4.1%" below; "rose 2 to 3" stays a range)
    const bool after_by = change_by_before(j) || (j > 0 && spaced(j) && word_in(j - 1, kPastChangeSet));
    if (auto high_numeral = parse_numeral(to + 1, false)) {
      if (auto high = apply_suffix(*high_numeral);
          high && !(after_by && high->mention.value && *high->mention.value > 2 * numeral->value) &&
          !(suspended_hyphen && !(attached_dash(high_numeral->end)))) {
        if (auto range = combine_range(numeral->value * spelled_scale_shared(*numeral, *high_numeral),
                                       numeral->scale, *high, high->end)) {
          return range;
        }
      }
    }
  }
  return figure_or_unit_range(j, *numeral);
}

std::optional<Candidate> Scanner::figure_or_unit_range(std::size_t j, const Numeral& numeral) const {
  std::optional<Candidate> figure = apply_suffix(numeral);
  // "2.3C to 2.5C", "6 km to 12 km", "12% to 15%", "6 months to 24 months": a range with
  // the unit written twice (but "cut by 0.25% to 4.5%" and "raised by 80,000 bpd to
  // 930,000 bpd" are a change and the level it reaches); "180 billion yen to 260 billion
  // yen" too, money with its currency's word after each end, unless a verb of change
  // comes just before ("rose 2 yen to 151 yen" is a change and its level)
  // ("5c to 9c a litre": cents glued on, as the word "cents" is)
  const bool money_named_after =
      figure && !figure->skip && figure->mention.kind == MentionKind::kMoney &&
      (has(figure->end - 1, kCurrencyWord) || (text_of(figure->end - 1) == "c" && attached(figure->end - 1))) &&
      !(j > 0 && word_in(j - 1, kPointChangeSet));
  const bool unit_kind = figure && !figure->skip &&
                         (figure->mention.kind == MentionKind::kQuantity ||
                          figure->mention.kind == MentionKind::kPercent ||
                          figure->mention.kind == MentionKind::kDuration || money_named_after);
  if (unit_kind && word(figure->end, "to") && spaced(figure->end) && spaced(figure->end + 1) &&
      !(j > 0 && (word(j - 1, "from") || word_in(j - 1, kPastChangeSet)))) {
    auto high = parse_single_figure(figure->end + 1, false);
    const bool after_by = change_by_before(j);
    if (high && !high->skip && high->mention.kind == figure->mention.kind &&
        high->mention.unit == figure->mention.unit && high->mention.value &&
        !(after_by && *high->mention.value > 2 * numeral.value) &&
        !(money_named_after && tokens_[high->end - 1].lexeme != tokens_[figure->end - 1].lexeme)) {
      if (auto range = combine_range(numeral.value, numeral.scale, *high, high->end)) figure = std::move(range);
    }
  }
  // "a magnitude of 6.8", "put the magnitude at 6.8", "revised the magnitude to 7.1": a
  // unit that comes before its number ("magnitude 6.8") named before a preposition, the
  // number alone spanned (a magnitude is at most 10; "the magnitude of 300 deaths" counts)
  if (figure && !figure->skip && figure->mention.kind == MentionKind::kNumber && figure->mention.value &&
      *figure->mention.value <= 10 && numeral.scale == 1 && j >= 2 && spaced(j) && spaced(j - 1) &&
      (word(j - 1, "of") || word(j - 1, "at") || word(j - 1, "to")) && has(j - 2, kPrefixUnit) &&
      !word(j - 2, "m")) {  // ("£4.2m to two wards": the letter is a magnitude only glued before its number)
    figure->mention.kind = MentionKind::kQuantity;
    figure->mention.unit = std::string(tokens_[j - 2].lexeme->unit);
  }
  // "6.1 quake strikes off Japan", "a 5.8 earthquake": a headline's magnitude, its unit
  // left to the one quake after it (a whole number before "earthquakes" counts them)
  if (figure && !figure->skip && figure->mention.kind == MentionKind::kNumber && figure->mention.value &&
      *figure->mention.value <= 10 && numeral.precision < 1 && numeral.scale == 1 && spaced(figure->end) &&
      (word(figure->end, "quake") || word(figure->end, "earthquake") || word(figure->end, "tremor") ||
       word(figure->end, "aftershock"))) {
    figure->mention.kind = MentionKind::kQuantity;
    figure->mention.unit = "magnitude";
  }
  // "a wind chill of about -38", "wind chill values near -35": the chill's bare number
  // below zero is in degrees, of the scale of the text's other temperatures
  if (numeral.negative && figure && !figure->skip && figure->mention.kind == MentionKind::kNumber && j >= 2) {
    constexpr std::size_t kChillWords = 4;  // "chill values of about"
    for (std::size_t t = j; t > 1 && t + kChillWords > j; --t) {
      if (tokens_[t - 1].type != TokenType::kWord) {
        if (t == j && minus(t - 1)) continue;  // the sign of "-38"
        break;
      }
      if (word(t - 1, "chill") && word(t - 2, "wind")) {
        figure->mention.kind = MentionKind::kQuantity;
        figure->mention.unit = "degrees";
        break;
      }
    }
  }
  // "an average age of 17.3 years", "their mean age at entry was 63.8 years", "aged 65
  // years": an age named just before is a count, as "42 years old" is
  if (figure && !figure->skip && figure->mention.kind == MentionKind::kDuration && figure->mention.value &&
      figure->mention.unit == "years" && age_named_before(j)) {
    figure->mention.kind = MentionKind::kNumber;
    figure->mention.unit.clear();
  }
  return figure;
}

bool Scanner::age_named_before(std::size_t j) const {
  if (j == 0 || !spaced(j)) return false;
  // ("average age 9.6 years", as a fleet's list gives it: the noun straight before)
  if (word(j - 1, "aged") || word(j - 1, "age")) return true;
  if (!(word(j - 1, "of") || word(j - 1, "was") || word(j - 1, "is") || word(j - 1, "were") || word(j - 1, "to"))) {
    return false;
  }
  // ("the age at entry was": a few plain words between the age and its verb; "the median
  // age rose from 22.0 to": the other end of the change too, its digits not counted as
  // words, within three tokens a word)
  std::size_t words = 0;
  const std::size_t stop = j - 1 > 3 * kAgeLeadWords ? j - 1 - 3 * kAgeLeadWords : 0;
  for (std::size_t t = j - 1; t > stop && words < kAgeLeadWords; --t) {
    if (word(j - 1, "to") && (digits(t - 1) || ((symbol(t - 1, '.') || symbol(t - 1, ',')) && attached(t - 1)))) {
      continue;
    }
    if (tokens_[t - 1].type != TokenType::kWord) return false;
    if (word(t - 1, "age") || word(t - 1, "ages")) return true;
    ++words;
  }
  return false;
}

// A share in words at either end of a range: "a fifth", "one third", "two-thirds".
std::optional<Candidate> Scanner::parse_share_words(std::size_t j) const {
  double part = 0;
  if (has(j, kArticle) || word(j, "one")) {
    part = 1;
  } else if (has(j, kCardinal)) {
    part = tokens_[j].lexeme->number;
  } else {
    return std::nullopt;
  }
  std::size_t k = j + 1;
  const bool hyphen = part > 1 && attached_dash(k) && attached(k + 1);
  if (hyphen) ++k;
  if (!(hyphen || spaced(k)) || !has(k, kFraction)) return std::nullopt;
  const int whole = tokens_[k].lexeme->denominator;
  if (whole < 2 || part < 1 || part > whole) return std::nullopt;
  return fraction_candidate(part, whole, k + 1);
}

std::optional<Candidate> Scanner::parse_between_figures(std::size_t i) const {
  if (!word(i, "between") || !spaced(i + 1)) return std::nullopt;
  // "the difference between 1.5C and 2C", "the gap between 1% and 5.1%": two figures set
  // side by side, each a value of its own, not the bounds of one
  if (i > 0 && spaced(i) && (word(i - 1, "difference") || word(i - 1, "gap"))) return std::nullopt;
  // "between a fifth and a third": a range of shares
  if (auto low = parse_share_words(i + 1)) {
    if (word(low->end, "and") && spaced(low->end) && spaced(low->end + 1)) {
      if (auto high = parse_share_words(low->end + 1)) {
        if (auto range = combine_range(*low->mention.value, 1, *high, high->end, true)) {
          range->mention.note = "fraction";
          return range;
        }
      }
    }
  }
  auto low = parse_single_figure(i + 1);
  if (!low || !low->mention.value || !word(low->end, "and") || !spaced(low->end)) {
    return std::nullopt;
  }
  if (!spaced(low->end + 1)) return std::nullopt;
  auto high = parse_single_figure(low->end + 1);
  if (!high) return std::nullopt;
  if (low->mention.kind != MentionKind::kNumber &&
      (low->mention.kind != high->mention.kind || low->mention.unit != high->mention.unit)) {
    return std::nullopt;
  }
  // "between 2025 and 2023" names two years, not a range of counts.
  const bool years = year_at(i + 1) > 0 && year_at(low->end + 1) > 0;
  // "between two and three thousand": the high end's scale word shared, as after "to"
  double low_value = *low->mention.value;
  if (has(i + 1, kCardinal) && has(low->end + 1, kCardinal)) {
    const auto low_words = parse_word_numeral(i + 1);
    const auto high_words = parse_word_numeral(low->end + 1);
    if (low_words && high_words && low_words->end == low->end) {
      low_value *= spelled_scale_shared(*low_words, *high_words);
    }
  }
  return combine_range(low_value, low->scale, *high, high->end, !years);
}

// "Scorers: Whitmore — Astley 31, Rourke 67, Mensah 89": on a match report's scorers'
// line each bare number after a name is the minute of a goal, an ordinal (as "the 31st
// minute" in prose); "90+4" is the fourth minute of stoppage time, the 94th.
std::optional<Candidate> Scanner::parse_goal_minute(std::size_t i) const {
  if (!may_be_goal_minute(i)) return std::nullopt;
  constexpr std::size_t kScorersLineLookback = 40;
  const std::size_t stop = i > kScorersLineLookback ? i - kScorersLineLookback : 0;
  std::size_t line_start = i;
  while (line_start > stop && tokens_[line_start].gap != Gap::kNewline) --line_start;
  const bool scorers_line = (line_start == 0 || tokens_[line_start].gap == Gap::kNewline) &&
                            (word(line_start, "scorers") || word(line_start, "scorer") || word(line_start, "goals")) &&
                            symbol(line_start + 1, ':');
  if (!scorers_line) {
    // "Ruaraka 3 (Otieno 17, 64; Were 90+4) Mariners 1 (Kamau 45 pen)": a results line's
    // scorers in brackets after their side's score (a minute there is followed by a comma,
    // a semicolon, the bracket's end, a plus, "pen" or "og": asked first, the cheap test)
    const std::size_t after = i + 1;
    if (!(symbol(after, ',') || symbol(after, ';') || symbol(after, ')') || symbol(after, '+') ||
          word(after, "pen") || word(after, "og"))) {
      return std::nullopt;
    }
    std::size_t open = i;
    while (open > stop && !symbol(open, '(') && !symbol(open, ')') && tokens_[open].gap != Gap::kNewline) --open;
    // "Ashford Rovers (4-3-3): Okafor; ...; Moss (Lyle 78), Tierney": on a line-up's line,
    // after its formation, a substitute's minute in brackets after the player replaced
    const auto lineup_line = [&] {
      constexpr std::size_t kTeamTokens = 8;
      for (std::size_t t = line_start; t < line_start + kTeamTokens && t + 4 < token_count_; ++t) {
        if (!symbol(t, '(') || !digits(t + 1)) continue;
        // ("(4-3-3)", "(5-4-1)", "(4-2-3-1)": digits joined by dashes, then the colon)
        std::size_t close = t + 2;
        while (dash(close) && digits(close + 1)) close += 2;
        return close > t + 2 && symbol(close, ')') && symbol(close + 1, ':');
      }
      return false;
    };
    const bool substitute = symbol(open, '(') && attached(open + 1) && tokens_[open + 1].capitalized &&
                            symbol(i + 1, ')') && lineup_line();
    if (!substitute && !opens_scorers_bracket(open)) return std::nullopt;
  }
  int minute = small_number(i);
  std::size_t end = i + 1;
  if (symbol(end, '+') && attached(end) && digits(end + 1) && attached(end + 1)) {
    minute += small_number(end + 1);
    end += 2;
  }
  // (a minute is no more than extra time's 120 and some stoppage time)
  if (minute < 1 || minute > 130 ||
      (attached(end) && end < token_count_ && tokens_[end].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  return whole_figure(MentionKind::kOrdinal, minute, end);
}

// "Arsenal 2 (Saka 23, Havertz 67) Chelsea 1 (Palmer 45 pen)": a results line gives a
// side's score with its scorers and their minutes in brackets after it; the bracket at
// `open` is one when a score follows a name before it and a name then a minute (and a
// comma, a semicolon, a plus, "pen" or "og", or the bracket's end) open it ("Labour 45
// (+3)", "Kenya 2 (Odera)" are none).
bool Scanner::opens_scorers_bracket(std::size_t open) const {
  if (!symbol(open, '(') || open < 2 || !spaced(open) || !digits(open - 1) || tokens_[open - 1].size() > 2 ||
      !spaced(open - 1) || !tokens_[open - 2].capitalized || !attached(open + 1) || !tokens_[open + 1].capitalized) {
    return false;
  }
  // (a name of up to three words, "Van Dijk", "Calvert-Lewin", "O'Brien")
  constexpr std::size_t kNameTokens = 5;
  for (std::size_t t = open + 2; t < token_count_ && t <= open + 1 + kNameTokens; ++t) {
    if (digits(t)) {
      if (!spaced(t) || tokens_[t].size() > 3) return false;
      return symbol(t + 1, ',') || symbol(t + 1, ';') || symbol(t + 1, ')') || symbol(t + 1, '+') ||
             word(t + 1, "pen") || word(t + 1, "og");
    }
    if (tokens_[t].gap == Gap::kNewline || symbol(t, '(') || symbol(t, ')') || symbol(t, ',')) return false;
  }
  return false;
}

// "71' GOAL! Nwosu again", "90+3' The keeper comes up": a live commentary's entry opens
// with the minute and a minute mark; the minute is an ordinal, as on a scorers' line
// ("90+3" the 93rd), spanned without the mark; only at a line's start, before a capital.
std::optional<Candidate> Scanner::parse_commentary_minute(std::size_t i) const {
  int minute = small_number(i);
  std::size_t end = i + 1;
  if (symbol(end, '+') && attached(end) && digits(end + 1) && attached(end + 1)) {
    minute += small_number(end + 1);
    end += 2;
  }
  // (the entry's first word after the mark: "5' 11\"" and "3' x 4'" are no minute)
  if (minute < 1 || minute > 130 || !attached(end) || !minute_mark(end) || !spaced(end + 1) ||
      tokens_[end + 1].type != TokenType::kWord || !tokens_[end + 1].capitalized) {
    return std::nullopt;
  }
  return whole_figure(MentionKind::kOrdinal, minute, end);
}

// "on lap 31": a lap's place in the race; "Result: 1 Lindqvist (Aurora) ...; 2 Brandt":
// on a results or standings line, the number before each name is a finishing place.
// Both are ordinals, as a goal's minute on a scorers' line is.
std::optional<Candidate> Scanner::parse_place_in_race(std::size_t i) const {
  const int place = small_number(i);
  if (place < 1 || (attached(i + 1) && i + 1 < token_count_ && tokens_[i + 1].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  // ("Lap 19", "Race 7 of the programme": a lap or a race by its place in the order)
  if (word(i - 1, "lap") || word(i - 1, "race")) {
    if (has(i + 1, kMeasureUnit | kDurationUnit | kScaleWord) || symbol(i + 1, '%')) return std::nullopt;
    if (word(i - 1, "race") && spaced(i + 1) && i + 1 < token_count_ && tokens_[i + 1].capitalized) {
      return std::nullopt;  // ("the Race 2 Zero campaign": a name)
    }
    return whole_figure(MentionKind::kOrdinal, place, i + 1);
  }
  // (a name, or its initial before it: "2 N Pugh")
  const bool name_follows = spaced(i + 1) && i + 1 < token_count_ && tokens_[i + 1].type == TokenType::kWord &&
                            capital_name(i + 1) &&
                            (tokens_[i + 1].lexeme == nullptr ||
                             (tokens_[i + 1].size() == 1 && spaced(i + 2) && i + 2 < token_count_ &&
                              tokens_[i + 2].capitalized && tokens_[i + 2].lexeme == nullptr));
  if (!name_follows || place > 99) return std::nullopt;
  constexpr std::size_t kResultsLineLookback = 80;
  const std::size_t stop = i > kResultsLineLookback ? i - kResultsLineLookback : 0;
  for (std::size_t t = i; t > stop; --t) {
    const std::size_t k = t - 1;
    if (tokens_[t].gap == Gap::kNewline) break;
    if (symbol(t, ':') && attached(t) &&
        (word(k, "result") || word(k, "results") || word(k, "standings") || word(k, "classification"))) {
      return whole_figure(MentionKind::kOrdinal, place, i + 1);
    }
  }
  // "Women's 50m free: 1 E Larch (Leeds) 24.38; 2 N Pugh (Cardiff) 24.39": in a text of
  // races, or under a line headed "RESULTS", a place before a name whose entry, up to the
  // next semicolon, ends in a time
  // (the heading over the results' first line or the one before it: "RESULTS\nWomen: 1
  // ...\nMen: 1 ...")
  const auto under_results_heading = [&] {
    constexpr std::size_t kHeadingLines = 2;
    constexpr std::size_t kLineReach = 40;
    std::size_t t = i;
    for (std::size_t lines = 0; lines < kHeadingLines && t > 0; ++lines) {
      const std::size_t line_stop = t > kLineReach ? t - kLineReach : 0;
      while (t > line_stop && tokens_[t].gap != Gap::kNewline) --t;
      if (tokens_[t].gap != Gap::kNewline) return false;
      // the line before: a heading of a few words, asked word by word
      constexpr std::size_t kHeadingWords = 3;
      for (std::size_t h = t, words = 0; h > 0 && words < kHeadingWords; ++words) {
        --h;
        if (word(h, "results") || word(h, "result") || word(h, "standings") || word(h, "classification")) return true;
        if (tokens_[h].gap == Gap::kNewline) break;
      }
      if (t == 0) return false;
      --t;
    }
    return false;
  };
  if (place > 20 || !(reports_races() || under_results_heading())) return std::nullopt;
  for (std::size_t t = i + 2; t + 2 < token_count_ && tokens_[t].gap != Gap::kNewline && !symbol(t, ';'); ++t) {
    if (digits(t) && spaced(t) && (symbol(t + 1, '.') || symbol(t + 1, ':')) && attached(t + 1) && digits(t + 2) &&
        attached(t + 2) && tokens_[t + 2].size() == 2) {
      return whole_figure(MentionKind::kOrdinal, place, i + 1);
    }
  }
  return std::nullopt;
}

// The words of a move in a chart or a table, before "No 12" or "at No 12": its verbs, the
// places moved ("climbed 11 places to No 2", "fell four spots to No 7") and the chart
// itself ("entered the albums chart at No 1").
constexpr auto kChartVerbs = std::to_array<std::string_view>({
    "peaked", "peaks", "debuted", "entered", "climbed", "climbs", "rose", "rises", "fell", "falls",
    "slipped", "dropped", "reached", "reaches", "hit", "ranks", "sits", "sat", "places", "spots", "chart",
    // ("will rise to No 5 when the rankings are published": the move to come)
    "rise", "climb", "fall", "slip", "drop", "reach",
    // ("re-enters at No 31", "enters at No 4")
    "enters", "jumps", "jumped", "leaps", "leapt", "soars", "soared", "moves", "moved",
});
const WordSet kChartVerbSet(kChartVerbs);
// The words of a place kept in a chart, before "at No 1" or "No 1": its verbs ("holds No 1
// for a ninth week") and the time spent there ("nine straight weeks at No. 1"); "stayed at
// No 10", "her first weeks at No 10", "remains at No 11" are Downing Street's, and are not read.
constexpr auto kChartStayVerbs = std::to_array<std::string_view>({
    "stayed", "stays", "remained", "remains", "held", "holds", "finished", "finishes", "opened", "opens",
    "landed", "lands", "debuts", "week", "weeks",
});
const WordSet kChartStayVerbSet(kChartStayVerbs);

// "world number one Mark Selby", "the world number 12": a ranking said in words, an
// ordinal spanned with its "number" (as "world No 2" is, parse_rank).
std::optional<Candidate> Scanner::parse_world_number(std::size_t i) const {
  if (!spaced(i + 1)) return std::nullopt;
  if (has(i + 1, kCardinal) && !(attached_dash(i + 2) && attached(i + 2))) {
    return whole_figure(MentionKind::kOrdinal, tokens_[i + 1].lexeme->number, i + 2);
  }
  if (digits(i + 1) && tokens_[i + 1].size() <= 3 &&
      !(attached(i + 2) && i + 2 < token_count_ && tokens_[i + 2].type != TokenType::kSymbol)) {
    return whole_figure(MentionKind::kOrdinal, small_number(i + 1), i + 2);
  }
  return std::nullopt;
}

// "1. Brian Kiprotich (KEN) 2:04:11", "2 Mattia Ferraro (Ita) Velo Adriatico +0:23": a
// place in a results list, opening its line before the name, with a time on the line.
std::optional<Candidate> Scanner::parse_results_place(std::size_t i) const {
  if (tokens_[i].size() > 3 || !(i == 0 || tokens_[i].gap == Gap::kNewline)) return std::nullopt;
  const int place = small_number(i);
  std::size_t name = i + 1;
  if (symbol(name, '.') && attached(name)) ++name;
  if (place < 1 || name >= token_count_ || !spaced(name) || tokens_[name].gap == Gap::kNewline ||
      tokens_[name].type != TokenType::kWord || !capital_name(name) || word(name, "the") ||
      // (an initial may be a letter the lexicon knows: "3. K. Morimoto", "4. M. Okafor")
      (tokens_[name].lexeme != nullptr && !(tokens_[name].size() == 1 && symbol(name + 1, '.') && attached(name + 1)))) {
    return std::nullopt;
  }
  // (a race's time, "2:04:11", or a gap to the winner, "+0:23", "+0.184s", "+22sec", "same
  // time", or its hours glued on, "5hr 48min": "updated at 11:00" is a clock's)
  for (std::size_t t = name + 1; t + 1 < token_count_ && tokens_[t].gap != Gap::kNewline; ++t) {
    if (word(t, "same") && word(t + 1, "time") && spaced(t + 1)) return whole_figure(MentionKind::kOrdinal, place, i + 1);
    if (!digits(t)) continue;
    // ("2 Lind +0.187": a gap to the thousandth, its seconds left unsaid)
    if (symbol(t - 1, '+') && attached(t) && symbol(t + 1, '.') && attached(t + 1) && digits(t + 2) &&
        attached(t + 2) && tokens_[t + 2].size() == 3) {
      return whole_figure(MentionKind::kOrdinal, place, i + 1);
    }
    if (attached(t + 1) && (word(t + 1, "hr") || word(t + 1, "sec") || word(t + 1, "s")) &&
        (word(t + 1, "hr") || (symbol(t - 1, '+') && attached(t)) ||
         (symbol(t - 1, '.') && attached(t) && t >= 3 && symbol(t - 3, '+')))) {
      return whole_figure(MentionKind::kOrdinal, place, i + 1);
    }
    if (t + 2 >= token_count_ || !symbol(t + 1, ':') || !attached(t + 1) || !attached(t + 2) || !digits(t + 2) ||
        tokens_[t + 2].size() != 2) {
      continue;
    }
    // ("3:28.45": a track race's minutes, seconds and hundredths)
    const bool race_time = (symbol(t + 3, ':') || symbol(t + 3, '.')) && attached(t + 3) && t + 4 < token_count_ &&
                           digits(t + 4) && attached(t + 4);
    const bool gap = symbol(t - 1, '+') && attached(t);
    if (race_time || gap) return whole_figure(MentionKind::kOrdinal, place, i + 1);
  }
  return std::nullopt;
}

bool Scanner::capital_name(std::size_t t) const {
  if (tokens_[t].capitalized) return true;
  // ("Á. Ferrer", "Élodie Moreau", "Łukasz": a capital of Latin-1, or of Latin Extended-A,
  // most of whose capitals take the even code points)
  if (static_cast<unsigned char>(text_[tokens_[t].begin]) < 0x80) return false;
  const char32_t c = decode_utf8(text_, tokens_[t].begin).code_point;
  return (c >= U'\u00C0' && c <= U'\u00DE' && c != U'\u00D7') || (c >= U'\u0100' && c <= U'\u017F' && c % 2 == 0);
}

// "one latrine for every 95 people", "one teacher for every 18 students": a ratio, the
// figure after "every" a quantity of its noun per the one before ("people/latrine").
std::optional<Candidate> Scanner::parse_one_for_every(std::size_t i) const {
  const std::size_t per = i + 1;
  if (!spaced(per) || per >= token_count_ || tokens_[per].type != TokenType::kWord || tokens_[per].lexeme != nullptr ||
      !spaced(i + 2) || !spaced(i + 3) || !spaced(i + 4)) {
    return std::nullopt;
  }
  const std::optional<Numeral> count = parse_numeral(i + 4, false);
  if (!count || count->end >= token_count_ || !spaced(count->end) ||
      tokens_[count->end].type != TokenType::kWord || tokens_[count->end].lexeme != nullptr ||
      tokens_[count->end].capitalized) {
    return std::nullopt;
  }
  const std::string unit = std::string(text_of(count->end)) + "/" + std::string(text_of(per));
  auto ratio = whole_figure(MentionKind::kQuantity, count->value, count->end + 1, unit);
  if (ratio) ratio->mention.precision = count->precision;
  return ratio;
}

// "the No 3 seed", "world No 2", "ranked No. 14": a seeding or a ranking is a place in an
// order, an ordinal spanned with its "No" ("Report No. 41", "No 10 Downing Street" are
// names, left to skip_identifier).
std::optional<Candidate> Scanner::parse_rank(std::size_t i) const {
  const std::size_t n = symbol(i + 1, '.') && attached(i + 1) ? i + 2 : i + 1;
  const int place = small_number(n);
  // ("No.8": the number glued to its stop, as sports desks write it)
  if (place < 1 || place > 999 || (!spaced(n) && n == i + 1) || (attached(n + 1) && n + 1 < token_count_ &&
                                                 tokens_[n + 1].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  // ("held the No 1 spot", "the No 2 position": the place named after it, as a seed is)
  const bool seeding = spaced(n + 1) && (word(n + 1, "seed") || word(n + 1, "seeds") || word(n + 1, "seeded") ||
                                         word(n + 1, "spot") || word(n + 1, "position"));
  // ("a career-high No 14", "a career-best No 9": a player's best ranking)
  const bool ranking = i > 0 && spaced(i) &&
                       (word(i - 1, "world") || word(i - 1, "ranked") ||
                        ((word(i - 1, "high") || word(i - 1, "best")) && i > 2 && attached(i - 1) &&
                         attached_dash(i - 2) && word(i - 3, "career")));
  // "peaked at No 12", "climbed to No 3", "reached No 1": a place in a chart or a table
  const std::size_t verb = i > 1 && spaced(i) && (word(i - 1, "at") || word(i - 1, "to")) ? i - 2 : i - 1;
  // "is No 1 on the Official Singles Chart", "No 3 in the UK charts": the chart named
  // within a few words after the place; so a ranking or a table ("lifts her to No 3 in the
  // rankings", "No 2 in the WTA standings")
  const auto chart_follows = [&] {
    if (!spaced(n + 1) || !(word(n + 1, "on") || word(n + 1, "in"))) return false;
    constexpr std::size_t kChartNameWords = 5;
    for (std::size_t t = n + 2; t < token_count_ && t <= n + 1 + kChartNameWords; ++t) {
      if (tokens_[t].type != TokenType::kWord || !spaced(t)) return false;
      if (word(t, "chart") || word(t, "charts") || word(t, "rankings") || word(t, "ranking") ||
          word(t, "standings") || word(t, "table")) {
        return true;
      }
    }
    return false;
  };
  // "Two films made the top 10: the comedy Weekend Rules at No 7": a place after "at" in a
  // sentence that has named a chart or its top places before it
  const auto chart_before = [&] {
    constexpr std::size_t kChartReach = 30;
    for (std::size_t t = i - 1, seen = 0; t > 0 && seen < kChartReach; --t, ++seen) {
      const std::size_t p = t - 1;
      if (tokens_[t].gap == Gap::kNewline || sentence_stop(p)) {
        return false;
      }
      if (word(p, "chart") || word(p, "charts") || (word(p, "top") && digits(t) && spaced(t))) return true;
    }
    return false;
  };
  // "(No 14 to No 2)": a move between two places, each a place
  const std::size_t from_place = i >= 4 && symbol(i - 3, '.') ? i - 4 : i - 3;
  const bool moved = (spaced(n + 1) && word(n + 1, "to") && rank_at(n + 2) && spaced(n + 2)) ||
                     (i >= 3 && word(i - 1, "to") && spaced(i) && digits(i - 2) && rank_at(from_place));
  // "is No 1 for a third week", "No 2 for six weeks": the time a place is held
  const auto held_for_weeks = [&] {
    if (!spaced(n + 1) || !word(n + 1, "for")) return false;
    for (std::size_t t = n + 2; t < token_count_ && t <= n + 4 && spaced(t); ++t) {
      if (word(t, "week") || word(t, "weeks")) return true;
    }
    return false;
  };
  // "Their previous peak was No 23": a chart's peak
  const bool peak = i > 1 && spaced(i) && (word(i - 1, "was") || word(i - 1, "is")) &&
                    (word(i - 2, "peak") || word(i - 2, "position"));
  const bool charted = moved || held_for_weeks() ||
                       (i > 0 && spaced(i) &&
                        (peak || word_in(verb, kChartVerbSet) || chart_follows() ||
                        (word(i - 1, "at") && place != 10 && place != 11 && chart_before()) ||
                        ((verb + 1 == i || word(i - 1, "at")) && place != 10 && place != 11 &&
                         word_in(verb, kChartStayVerbSet))));
  // "the No. 2 memory maker", "the No 1 exporter", "the IBF's No. 3 contender": a place
  // among the makers or sellers of a kind, its noun (in "-er") within two words ("the No 9
  // bus" is a route)
  const auto among_its_kind = [&] {
    const bool possessive = i >= 3 && spaced(i) && text_of(i - 1) == "s" && attached(i - 1) &&
                            (symbol(i - 2, '\'') || symbol(i - 2, U'\u2019')) && attached(i - 2);
    // ("No. 2 starter Mateo Ruiz": so at the head of a sentence or a line)
    const bool opens = i == 0 || tokens_[i].gap == Gap::kNewline || sentence_stop(i - 1);
    if (!(opens || (i > 0 && (word(i - 1, "the") || possessive) && spaced(i)))) return false;
    for (std::size_t t = n + 1; t <= n + 2 && t < token_count_ && spaced(t) && tokens_[t].type == TokenType::kWord;
         ++t) {
      const std::string_view noun = text_of(t);
      if (noun.size() > 4 && (noun.ends_with("er") || noun.ends_with("ers")) && !tokens_[t].capitalized &&
          tokens_[t].lexeme == nullptr) {
        return true;
      }
    }
    return false;
  };
  // "two No 1 albums", "a No. 1 single": a place in a chart, its record named after it;
  // "Last weekend's No. 1": the top place of a week's chart
  const bool chart_record =
      spaced(n + 1) && (word(n + 1, "album") || word(n + 1, "albums") || word(n + 1, "single") ||
                        word(n + 1, "singles") || word(n + 1, "hit") || word(n + 1, "hits") ||
                        word(n + 1, "film") || word(n + 1, "films") || word(n + 1, "bestseller"));
  const bool weeks_place = i >= 4 && spaced(i) && text_of(i - 1) == "s" && attached(i - 1) &&
                           (symbol(i - 2, '\'') || symbol(i - 2, U'\u2019')) && attached(i - 2) &&
                           (word(i - 3, "weekend") || word(i - 3, "week"));
  if (!seeding && !ranking && !charted && !chart_record && !weeks_place && !among_its_kind()) return std::nullopt;
  return whole_figure(MentionKind::kOrdinal, place, n + 1);
}

// The words before "day 42" that make it a day counted in an order ("talks begin by day
// 16", "what happens after day 42", "on day three of the strike"); "every day 30 people",
// "on a typical day 300 trucks" count what follows instead.
constexpr auto kNumberedDayLeads = std::to_array<std::string_view>({
    "by", "on", "of", "until", "till", "from", "since", "after", "before", "past", "beyond", "is", "was",
    "reached", "reaches", "marks", "marked", "enters", "entered",
});
const WordSet kNumberedDayLeadSet(kNumberedDayLeads);
// The words that may follow its number: a noun there is what the number counts ("on day
// 42 trucks entered").
constexpr auto kNumberedDayFollowers = std::to_array<std::string_view>({
    "of", "and", "or", "the", "when", "as", "in", "on", "at", "is", "was", "will", "with", "after",
    "before", "but", "for", "it", "to", "that", "since", "now",
});
const WordSet kNumberedDayFollowerSet(kNumberedDayFollowers);

// "by day 16", "Day 42 of the war", "day three": a day counted from the start of something,
// an ordinal spanned with its "day" (273).
std::optional<Candidate> Scanner::parse_numbered_day(std::size_t i) const {
  const std::size_t n = i + 1;
  // ("from day one" is the start of something, a lone "one", but "on day one" the first
  // day's place; "day 1.5" no place)
  const int place = digits(n) ? small_number(n) : static_cast<int>(tokens_[n].lexeme->number);
  const bool start_of_something = !digits(n) && i > 0 && (word(i - 1, "from") || word(i - 1, "since"));
  if (place < 1 || (place == 1 && start_of_something) || place > 999 ||
      (n + 1 < token_count_ && attached(n + 1) &&
       (tokens_[n + 1].type != TokenType::kSymbol || (n + 2 < token_count_ && attached(n + 2))))) {
    return std::nullopt;
  }
  const bool led = tokens_[i].capitalized ? (i == 0 || !spaced(i) || tokens_[i].gap == Gap::kNewline ||
                                             symbol(i - 1, '.') || symbol(i - 1, ':'))
                                          : (i > 0 && spaced(i) && word_in(i - 1, kNumberedDayLeadSet)) ||
                                                // ("Worlds day four: Marchetti wins": a heading's label)
                                                (symbol(n + 1, ':') && attached(n + 1));
  if (!led) return std::nullopt;
  const bool ends = n + 1 >= token_count_ || tokens_[n + 1].gap == Gap::kNewline ||
                    (tokens_[n + 1].type == TokenType::kSymbol && !symbol(n + 1, '%') && !dash(n + 1)) ||
                    word_in(n + 1, kNumberedDayFollowerSet);
  if (!ends) return std::nullopt;
  return whole_figure(MentionKind::kOrdinal, place, n + 1);
}

// "the first of April", "the third of May 2027": a day of a month written in words, its
// ordinal at tokens i to `of`.
std::optional<Candidate> Scanner::day_of_month_in_words(int day, std::size_t i, std::size_t of) const {
  if (day < 1 || day > 31 || !word(of, "of") || !spaced(of) || !spaced(of + 1) || month_at(of + 1) == 0) {
    return std::nullopt;
  }
  auto part = parse_date_core(of + 1, false);
  if (!part || part->day != 0 || part->ambiguous || part->not_a_date) return std::nullopt;
  part->day = day;
  if (day > days_in_month(part->year == 0 ? 2000 : part->year, part->month)) return std::nullopt;
  return date_candidate(*part, i);
}

// "the 82nd Airborne Division", "the 7th Fleet", "a 3rd Brigade unit": an ordinal in
// digits (its suffix ending before `after`) that starts a name, its capitalised words up to
// one that names a formation or another label; mid-sentence, after "the" or a word in lower
// case, or after "the" and the country's name ("the US 7th Fleet"; a headline's "Wins 2nd
// Round" is in title case; "the 24th Grand Slam title" has no such word and stays a place
// in an order)
bool Scanner::names_a_formation(std::size_t after) const {
  const std::size_t ordinal = after - 2;
  if (ordinal == 0 || !spaced(ordinal) || tokens_[ordinal - 1].type != TokenType::kWord ||
      !(word(ordinal - 1, "the") || !tokens_[ordinal - 1].capitalized ||
        (ordinal >= 2 && spaced(ordinal - 1) && word(ordinal - 2, "the")))) {
    return false;
  }
  // ("the 9th U.S. Circuit": a country's initials, stops and all, count as one word)
  std::size_t j = after;
  for (std::size_t words = 0; words < 2 && j < token_count_ && spaced(j) && same_line(j) &&
                              tokens_[j].type == TokenType::kWord && tokens_[j].capitalized;
       ++words) {
    if (has(j, kIdentifierWord)) return true;
    std::size_t next = j + 1;
    while (tokens_[j].size() == 1 && symbol(next, '.') && attached(next) && next + 1 < token_count_ &&
           attached(next + 1) && tokens_[next + 1].type == TokenType::kWord && tokens_[next + 1].size() == 1) {
      j = next + 1;
      next = j + 1;
    }
    j = symbol(next, '.') && attached(next) && tokens_[j].size() == 1 ? next + 1 : next;
  }
  return false;
}

std::optional<Candidate> Scanner::parse_ordinal(std::size_t i) const {
  if (!may_be_ordinal(i)) return std::nullopt;
  // (built once an ordinal is found: most tokens tried here are none)
  auto ordinal = [](double value, std::size_t end) { return whole_figure(MentionKind::kOrdinal, value, end); };
  // "1,500th"
  if (digits(i) && tokens_[i].size() <= 3 && symbol(i + 1, ',') && attached(i + 1) && digits(i + 2) &&
      attached(i + 2) && tokens_[i + 2].size() == 3 && has(i + 3, kOrdinalSuffix) && attached(i + 3) &&
      !(attached(i + 4) && i + 4 < token_count_ && tokens_[i + 4].type != TokenType::kSymbol)) {
    double value = 0;
    for (std::size_t t : {i, i + 2}) {
      for (char c : text_of(t)) value = value * 10 + (c - '0');
    }
    return ordinal(value, i + 4);
  }
  // "an 11th-hour deal", "eleventh-hour talks": the last moment, no place in an order
  auto last_minute = [&](std::size_t after) {
    return attached_dash(after) && word(after + 1, "hour") && attached(after + 1);
  };
  if (digits(i) && has(i + 1, kOrdinalSuffix) && attached(i + 1) && tokens_[i].size() <= 6) {
    if (attached(i + 2) && i + 2 < token_count_ && tokens_[i + 2].type != TokenType::kSymbol) {
      return std::nullopt;
    }
    if (text_of(i + 1) == "st" && !ordinal_st(i)) return std::nullopt;  // "11st": stones
    if (last_minute(i + 2)) return std::nullopt;
    if (names_a_formation(i + 2)) return std::nullopt;
    // "the 38th parallel", "the 180th meridian": a line of latitude or longitude
    if (spaced(i + 2) && (word(i + 2, "parallel") || word(i + 2, "meridian"))) return std::nullopt;
    double value = 0;
    for (char c : text_of(i)) value = value * 10 + (c - '0');
    return ordinal(value, i + 2);
  }
  // "twenty-first"; "the twenty-seventh of February", as "the first of April" below
  if (has(i, kCardinal) && tokens_[i].lexeme->number >= 20 && attached_dash(i + 1) &&
      has(i + 2, kOrdinal) && attached(i + 2) && tokens_[i + 2].lexeme->ordinal <= 9) {
    const double number = tokens_[i].lexeme->number + tokens_[i + 2].lexeme->ordinal;
    if (auto date = day_of_month_in_words(static_cast<int>(number), i, i + 3)) return date;
    return ordinal(number, i + 3);
  }
  if (!has(i, kOrdinal)) return std::nullopt;
  if (last_minute(i + 1)) return std::nullopt;
  // "the Second World War", "the First Minister": a capitalised ordinal inside a name,
  // mid-sentence (a capital at a sentence's start, or in a headline, is no name)
  // ("the First Amendment", "Third Street": so before a label's word)
  if (tokens_[i].capitalized && i > 0 && spaced(i) && spaced(i + 1) && i + 1 < token_count_ &&
      tokens_[i + 1].type == TokenType::kWord && tokens_[i + 1].capitalized &&
      (tokens_[i + 1].lexeme == nullptr || has(i + 1, kIdentifierWord)) &&
      tokens_[i - 1].type == TokenType::kWord && (word(i - 1, "the") || !tokens_[i - 1].capitalized)) {
    return std::nullopt;
  }
  if (word(i, "first") && ((i > 0 && word(i - 1, "at")) || (word(i + 1, "of") && word(i + 2, "all")))) {
    return std::nullopt;
  }
  // "New Zealand First 9 (+5)", "America First's backers", "Valmaria First (VF)": a party
  // or a slogan named "<Place> First", the capitalised "First" after a name and before no
  // word it could number (a headline's "Kovac Wins First Title" keeps its ordinal)
  if (tokens_[i].capitalized && !tokens_[i].all_caps && word(i, "first") && i > 0 && spaced(i) &&
      tokens_[i - 1].type == TokenType::kWord && tokens_[i - 1].capitalized && tokens_[i - 1].lexeme == nullptr &&
      !word(i - 1, "the") &&
      (i + 1 >= token_count_ || (spaced(i + 1) && (digits(i + 1) || symbol(i + 1, '('))) ||
       (attached(i + 1) && (symbol(i + 1, '\'') || symbol(i + 1, U'\u2019')) && word(i + 2, "s")))) {
    return std::nullopt;
  }
  if (auto date = day_of_month_in_words(tokens_[i].lexeme->ordinal, i, i + 1)) return date;
  // "first-time buyers", "a second-time mother": who has done a thing before, not a
  // place in an order (as "a two-time champion" is no count); "first-degree murder",
  // "second-hand cars", "first-class mail", "a third-party vendor": a grade or a kind;
  // "first-home buyers", "second-home owners": buyers and owners of a kind; "the first-year
  // class", "first-generation students": a year group and a family's generation (a
  // product's is its place in an order: "This second-generation Aeris")
  if (attached_dash(i + 1) && attached(i + 2) &&
      (word(i + 2, "time") || word(i + 2, "degree") || word(i + 2, "hand") || word(i + 2, "class") ||
       word(i + 2, "party") || word(i + 2, "rate") || word(i + 2, "home") || word(i + 2, "year") ||
       (word(i + 2, "generation") && !(spaced(i + 3) && i + 3 < token_count_ && tokens_[i + 3].capitalized)))) {
    return std::nullopt;
  }
  // "first aid", "second thoughts", "in the first place": a set phrase, no place in an order
  // (after "the" the place stays: "the first aid trucks in 78 days")
  const int place = tokens_[i].lexeme->ordinal;
  if (place <= kLastIdiomOrdinal && spaced(i + 1)) {
    const bool after_the = i > 0 && word(i - 1, "the");
    if (!after_the) {
      for (const auto& [idiom_place, noun] : kOrdinalIdioms) {
        if (place == idiom_place && word(i + 1, noun)) return std::nullopt;
      }
    }
    if (after_the && i > 1 && word(i - 2, "in") && (word(i + 1, "place") || word(i + 1, "instance"))) {
      return std::nullopt;
    }
  }
  // "210 in the sixth form", "a sixth-form college", "the upper sixth": a stage of school,
  // no place in an order (the only form still so named: "a second form of ID" keeps its place)
  if (place == 6 && ((i > 0 && (word(i - 1, "upper") || word(i - 1, "lower"))) ||
                     (spaced(i + 1) && (word(i + 1, "form") || word(i + 1, "formers"))) ||
                     (attached_dash(i + 1) && attached(i + 2) && (word(i + 2, "form") || word(i + 2, "formers"))))) {
    return std::nullopt;
  }
  // "a split second", "per second", "two thirds"
  if (i > 0 && (word(i - 1, "split") || word(i - 1, "per") || digits(i - 1) ||
                has(i - 1, kCardinal))) {
    return std::nullopt;
  }
  // "the most deprived fifth of areas", "the richest tenth (3.0)", "the bottom quarter": a
  // group named by its share of a ranking, no place in an order and no share given (a noun
  // after it keeps the place: "the hottest third test")
  if (has(i, kFraction) && i > 1 && spaced(i) && !(spaced(i + 1) && i + 1 < token_count_ &&
                                                   tokens_[i + 1].type == TokenType::kWord && !word(i + 1, "of"))) {
    const bool superlative = tokens_[i - 1].type == TokenType::kWord && tokens_[i - 1].lexeme == nullptr &&
                             text_of(i - 1).size() > 4 && text_of(i - 1).ends_with("est") && word(i - 2, "the");
    const bool most_or_least = i > 2 && (word(i - 2, "most") || word(i - 2, "least")) && word(i - 3, "the");
    const bool end_of_ranking = (word(i - 1, "top") || word(i - 1, "bottom")) && word(i - 2, "the");
    if (superlative || most_or_least || end_of_ranking) return std::nullopt;
  }
  return ordinal(tokens_[i].lexeme->ordinal, i + 1);
}

}  // namespace figcheck::detail::extraction
