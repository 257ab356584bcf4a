// extract_mentions(): the scanner's main loop, qualifiers, what is not a figure
// (names, times, phone numbers) and the UTF-16 offsets of the spans.
#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <span>
#include <utility>
#include <vector>

#include "extract_scanner.h"
#include "figcheck/mention.h"
#include "format.h"
#include "unwrap.h"

namespace figcheck {
namespace detail::extraction {
namespace {

struct QualifierPhrase {
  std::array<std::string_view, 4> words;
  Qualifier qualifier;
};

constexpr auto kQualifierPhrases = std::to_array<QualifierPhrase>({
    {{"more", "than"}, Qualifier::kMoreThan},
    {{"in", "excess", "of"}, Qualifier::kMoreThan},
    {{"upwards", "of"}, Qualifier::kMoreThan},
    {{"over"}, Qualifier::kOver},
    {{"at", "least"}, Qualifier::kAtLeast},
    {{"nearly"}, Qualifier::kNearly},
    {{"close", "to"}, Qualifier::kNearly},
    {{"almost"}, Qualifier::kAlmost},
    {{"about"}, Qualifier::kAbout},
    {{"approximately"}, Qualifier::kAbout},
    {{"around"}, Qualifier::kAround},
    {{"roughly"}, Qualifier::kRoughly},
    {{"some"}, Qualifier::kSome},
    {{"up", "to"}, Qualifier::kUpTo},
    {{"fewer", "than"}, Qualifier::kFewerThan},
    {{"less", "than"}, Qualifier::kLessThan},
    {{"under"}, Qualifier::kUnder},
    {{"at", "most"}, Qualifier::kAtMost},
    // "no more than £105m", "not fewer than 40": a comparative denied is the bound the
    // other way, spanned with its negation
    {{"no", "more", "than"}, Qualifier::kAtMost},
    {{"not", "more", "than"}, Qualifier::kAtMost},
    {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"not", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},
    {{"not", "less", "than"}, Qualifier::kAtLeast},
    // "odds of no better than one in three": a rate denied its betterment, at most it
    {{"no", "better", "than"}, Qualifier::kAtMost},
    // "above 44C", "below 15 per cent": bounds like "more than" and "less than", as
    // the annotated corpus reads them (over/under stay for the words "over"/"under")
    {{"above"}, Qualifier::kMoreThan},
    {{"below"}, Qualifier::kLessThan},
    {{"as", "many", "as"}, Qualifier::kUpTo},
    {{"as", "much", "as"}, Qualifier::kUpTo},
    // "as long as six months": of a span only ("as long as 10 members agree" is a condition)
    {{"as", "long", "as"}, Qualifier::kUpTo},
    // "as few as 12 inspectors": the low end a count may reach, as "as many as" is the high
    {{"as", "few", "as"}, Qualifier::kAtLeast},
    // "gusts as high as 40 mph": the same of a measure ("fell as low as one carer" is left
    // outside the span, as the corpus has it)
    {{"as", "high", "as"}, Qualifier::kUpTo},
    // "pits as deep as 3 meters", "waves as tall as 8m": the same of a depth or a height
    {{"as", "deep", "as"}, Qualifier::kUpTo},
    {{"as", "tall", "as"}, Qualifier::kUpTo},
    // "north of $2 billion", "just shy of 100": market slang for above and for not quite
    {{"north", "of"}, Qualifier::kMoreThan},
    {{"shy", "of"}, Qualifier::kNearly},
    {{"not", "quite"}, Qualifier::kNearly},  // "not quite 40% of the electorate"
    // "on better than 50% shooting": a rate bettered, above it; "a greater than 80 per
    // cent chance"
    {{"better", "than"}, Qualifier::kMoreThan},
    {{"greater", "than"}, Qualifier::kMoreThan},
    // "circa 300 metres", "in the region of £3bn": an estimate, as "about"
    {{"circa"}, Qualifier::kAbout},
    {{"approx"}, Qualifier::kAbout},  // with its full stop, "approx. 20 tonnes"
    // a caption's and a fact box's "c.40 homes", "Staff: c. 12,000", "appx. 15 mins"
    {{"c"}, Qualifier::kAbout},
    {{"appx"}, Qualifier::kAbout},
    // "close on 200 people": British for "close to" (a date after it is a schedule, read
    // as a date)
    {{"close", "on"}, Qualifier::kNearly},
    {{"in", "the", "region", "of"}, Qualifier::kAbout},
    // "at or below 2%", "at or above 18": the figure itself is within the bound
    {{"at", "or", "below"}, Qualifier::kAtMost},
    {{"at", "or", "above"}, Qualifier::kAtLeast},
});

// For each first letter, a..z, the phrases whose first word begins with it: a bit for
// each, by its place in kQualifierPhrases.
constexpr auto kQualifierPhrasesByLetter = [] {
  static_assert(kQualifierPhrases.size() <= 64);
  std::array<std::uint64_t, 26> by_letter{};
  for (std::size_t place = 0; place < kQualifierPhrases.size(); ++place) {
    by_letter[kQualifierPhrases[place].words[0][0] - 'a'] |= std::uint64_t{1} << place;
  }
  return by_letter;
}();
// For each length of a word, 1..15 (15 for any longer), the phrases whose first word has
// it, as kQualifierPhrasesByLetter: with it, the phrases a word may begin ("at" tries the
// four of "at" and "as", not the nine of 'a').
constexpr std::size_t kQualifierWordLengths = 16;
constexpr auto kQualifierPhrasesByLength = [] {
  std::array<std::uint64_t, kQualifierWordLengths> by_length{};
  for (std::size_t place = 0; place < kQualifierPhrases.size(); ++place) {
    const std::size_t length = kQualifierPhrases[place].words[0].size();
    by_length[std::min(length, kQualifierWordLengths - 1)] |= std::uint64_t{1} << place;
  }
  return by_length;
}();
// Each phrase's first word as the lexicon has it (every first word has the role
// kQualifierStart): a token begins a phrase when its lexeme is the phrase's, one
// comparison where the word's letters were compared. (Built at start-up, as the word sets.)
const auto kQualifierPhraseLeads = [] {
  std::array<const Lexeme*, kQualifierPhrases.size()> leads{};
  for (std::size_t place = 0; place < kQualifierPhrases.size(); ++place) {
    leads[place] = find_lexeme(kQualifierPhrases[place].words[0]);
  }
  return leads;
}();

constexpr std::size_t kDialLookback = 5;
// How many words may stand between money and the "over five years" it is spread across.
constexpr std::size_t kSpreadWords = 4;
// How many capitalised words may stand between an article and a name with a number.
constexpr std::size_t kNameRunWords = 3;
// Plural subjects that end in no "s", before "number" as a verb ("the wounded number
// 400"); the counted nouns ("people", "children") are the others.
constexpr auto kPluralSubjects = std::to_array<std::string_view>({
    "dead", "wounded", "injured", "missing", "displaced", "remaining",
});
// The words that open a noun phrase: "the badge number", "his reference number".
constexpr auto kDeterminers = std::to_array<std::string_view>({
    "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that",
});
const WordSet kDeterminerSet(kDeterminers);
const WordSet kPluralSubjectSet(kPluralSubjects);
// Words outside the lexicon that open a sentence before a count, not a name with a number:
// "All 20 walked free", "Only 14 qualified", "Elsewhere 12 fled".
constexpr auto kCountOpeners = std::to_array<std::string_view>({
    "all", "only", "just", "another", "both", "each", "every", "those", "these", "exactly", "overall",
    "altogether", "elsewhere", "meanwhile", "together", "among", "including", "with", "then", "still",
    "now", "perhaps", "almost", "total", "combined",
    // "When 29 tornadoes touched down", "If 40 seats change hands": a subordinate clause's
    // conjunction opening the sentence
    "when", "if", "while", "whereas", "although", "though", "because", "once", "unless", "whether", "where",
});
const WordSet kCountOpenerSet(kCountOpeners);

// What a calibre in millimetres names: "155mm artillery shells", "a 120mm mortar", "9mm
// rounds". The size is the weapon's or the ammunition's standard, a name, not a figure.
constexpr auto kCalibreNouns = std::to_array<std::string_view>({
    "shell", "shells", "round", "rounds", "artillery", "ammunition", "howitzer", "howitzers", "gun", "guns",
    "mortar", "mortars", "cannon", "cannons", "rifle", "rifles", "pistol", "pistols", "cartridge", "cartridges",
});

constexpr auto kOverParticleVerbs = std::to_array<std::string_view>({
    "hand", "hands", "handed", "handing", "take", "takes", "took", "taken", "taking", "turn",
    "turns", "turned", "turning", "pass", "passed", "passing", "hold", "held", "carry", "carried",
});

// "an argument over $20", "fears over 300 jobs": what a dispute or a worry is about,
// not a bound on it.
constexpr auto kOverAboutNouns = std::to_array<std::string_view>({
    "argument", "arguments", "dispute", "disputes", "row", "fight", "feud", "quarrel", "clash", "clashes",
    "standoff", "battle", "lawsuit", "spat", "wrangle", "concern", "concerns", "fears", "worries", "anger",
    "outrage", "protest", "protests",
});

// "a loan over 25 years", "spread over 12 square miles", "repaid over five years": the
// span or the ground a thing is laid across, not a bound on it ("Signal No. 4 was hoisted
// over 11 provinces": a warning put up across them).
constexpr auto kOverAcrossWords = std::to_array<std::string_view>({
    "loan", "loans", "mortgage", "mortgages", "spread", "spreads", "spreading", "repaid", "repayable",
    "phased", "staggered", "hoisted",
});

// "33 hostages to be returned over 42 days", "a challenge that will be heard over three
// days", "The hearing ran over four days": a thing done across the span after "over",
// not a bound on it ("returned over 300 bodies" is a bound on the count).
constexpr auto kOverDuringVerbs = std::to_array<std::string_view>({
    "returned", "released", "delivered", "collected", "heard", "visited", "ran", "staged", "stretched",
    "conducted", "built",
});
const WordSet kOverDuringVerbSet(kOverDuringVerbs);

// A product's tier after its model number: "Nova 9 Pro", "Pixel 9 XL".
constexpr auto kModelTiers = std::to_array<std::string_view>({
    "pro", "max", "ultra", "plus", "mini", "lite", "xl", "fe", "se",
});
const WordSet kModelTierSet(kModelTiers);

// "spread the collection of some P1.1 billion in charges over six months", "refund P2.5
// billion to customers over 12 months": a sum laid across the period after "over", the verb
// earlier in the clause.
constexpr auto kSpreadAcrossWords = std::to_array<std::string_view>({
    "spread", "spreads", "spreading", "repaid", "repay", "repays", "phased", "staggered", "refund", "refunds",
    "refunded", "collect", "collects", "collected", "collection", "recover", "recovered", "amortised", "amortized",
    // "100,000 rounds, to be delivered over 12 months": goods handed over across the period
    "deliver", "delivers", "delivered",
});
// (asked of each word up to kSpreadAcrossLookback back: the set turns most away in a probe,
// before the list, compared as written, in lower case, is searched)
const WordSet kSpreadAcrossWordSet(kSpreadAcrossWords);
// How many tokens back in its clause "over" looks for such a verb.
constexpr std::size_t kSpreadAcrossLookback = 16;

// "doubled over five decades": a change said as a multiple, over the span it took; "the
// rise over two years", "measured over two years": a change, or a measure, over its span.
constexpr auto kMultipleChanges = std::to_array<std::string_view>({
    "doubled", "tripled", "trebled", "quadrupled", "halved", "rise", "rises", "rose", "risen", "fall",
    "falls", "fell", "fallen", "increase", "increases", "increased", "growth", "grew", "measured",
});
const WordSet kMultipleChangeSet(kMultipleChanges);

// "at 9.30 this morning", "until 0600 GMT": the words that place a moment before a time of day.
constexpr auto kMomentWords = std::to_array<std::string_view>({
    "at", "by", "until", "till", "from", "before", "after", "since",
});
const WordSet kMomentWordSet(kMomentWords);

const WordSet kOverParticleVerbSet(kOverParticleVerbs);  // word_in asks them of the word before every "over"
const WordSet kOverAboutNounSet(kOverAboutNouns);
const WordSet kOverAcrossWordSet(kOverAcrossWords);
// "a package over five years", "the plan over 10 years", "its capital budget over three
// years": a spending or a deal laid across a span.
constexpr auto kOverSpanNouns = std::to_array<std::string_view>({
    "package", "packages", "plan", "plans", "programme", "programmes", "program", "programs", "scheme",
    "schemes", "investment", "investments", "contract", "contracts", "deal", "deals", "budget", "budgets",
});
const WordSet kOverSpanNounSet(kOverSpanNouns);

// "her fourth race over 42.195km", "the record over 10,000 metres": a race and the
// distance it is run over.
constexpr auto kRaceNouns = std::to_array<std::string_view>({
    "race", "races", "run", "runs", "ran", "record", "records", "best", "debut", "title", "win", "victory",
    "chase", "hurdle", "steeplechase", "handicap", "stakes",
});
const WordSet kRaceNounSet(kRaceNouns);
constexpr auto kRaceDistanceUnits = std::to_array<std::string_view>({
    "km", "kilometres", "kilometers", "mile", "miles", "m", "metres", "meters",
});

// "the counts add up to 243,045": a sum, not a bound on it.
constexpr auto kAddUpVerbs = std::to_array<std::string_view>({"add", "adds", "added", "adding"});
// "ticked up to 5.3%", "was revised up to 0.5%": "up" the verb's particle, the figure the
// level reached, no bound.
constexpr auto kUpParticleVerbs = std::to_array<std::string_view>({
    "tick", "ticks", "ticked", "edge", "edges", "edged", "inched", "creep", "creeps", "crept",
    "nudged", "ratcheted", "revised", "rounded", "moved",
    // "Aid is to be stepped up to 600 trucks a day", "ramped up to 500 a day"
    "stepped", "step", "ramped", "ramp", "scaled", "speeded", "sped",
});
// "the standing charge goes up to 53p", "fares went up to £5": a rise to the figure, no
// ceiling, unless a modal makes it one ("fines can go up to £5,000").
constexpr auto kGoUpVerbs = std::to_array<std::string_view>({"go", "goes", "went", "gone", "going"});
constexpr auto kCeilingModals = std::to_array<std::string_view>({"can", "could", "may", "might"});

// "the S&P 500 gained": after an index name the number is part of the name.
constexpr auto kMarketVerbs = std::to_array<std::string_view>({
    "rose", "fell", "gained", "lost", "closed", "added", "dropped", "slipped", "climbed",
    "jumped", "declined", "edged", "ended", "index", "futures",
});
constexpr std::size_t kTenseLookback = 16;
// How far back a range or a median of years looks for the ages it gives (ages_ranged_before).
constexpr std::size_t kAgesRangeLookback = 16;
// How far back a deadline ("by Friday", "by the end of June") looks for the verb that
// sets it, within its clause.
constexpr std::size_t kDeadlineLookback = 24;
// How many tokens an aside set off by commas may hold ("shut since May 2024").
constexpr std::size_t kAsideWords = 8;
// How far back the sentence before a date is read for a verb in the past tense.
constexpr std::size_t kSentenceLookback = 40;

// Words in "-ed" that are no past tense.
constexpr auto kNotPastEd = std::to_array<std::string_view>({
    "need", "needed", "feed", "seed", "speed", "proceed", "succeed", "exceed", "bleed", "breed",
    "deed", "indeed", "weed", "greed", "heed", "steed", "shed", "bred", "naked", "wicked",
    "sacred", "kindred", "rugged", "ragged", "beloved", "learned", "alleged", "based",
    "related", "limited", "united", "red", "bed", "wed",
    // "up to 90mm in isolated spots", "isolated showers": a forecast's adjective
    "isolated",
    // adjectives in "un-" and "-ed" of no verb ("anything unused disappears on 5 April":
    // there is no "to unuse"), unlike "unveiled" or "uncovered"
    "unused", "unchanged", "unexpected", "unprecedented", "unemployed", "unnamed", "unidentified",
    "unconfirmed", "unspecified", "unaccompanied", "unarmed", "unexploded", "unvaccinated", "unfunded",
    "unclaimed", "unopposed", "unannounced", "unpublished", "unregistered", "unreported", "untreated",
    "unaffected", "unauthorised", "unauthorized", "undecided", "unlimited", "unrelated",
});
const WordSet kNotPastEdSet(kNotPastEd);  // word_in asks it of many tokens

// Prepositions an "-ed" adjective follows before its noun ("for exposed coasts", "in
// affected areas"): no finite verb stands right after one.
constexpr auto kAttributiveLeads = std::to_array<std::string_view>({
    "for", "in", "to", "across", "of", "with", "from", "into",
});
const WordSet kAttributiveLeadSet(kAttributiveLeads);

// Words of the main clause a date must follow for that clause's tense to count.
constexpr std::size_t kMainClauseWords = 6;

// Past forms that do not end in "-ed", and words that look back.
constexpr auto kPastWords = std::to_array<std::string_view>({
    "was", "were", "had", "did", "took", "came", "began", "fell", "rose", "won", "lost", "went",
    "saw", "made", "said", "told", "left", "met", "held", "gave", "got", "struck", "drew", "ran",
    "sent", "brought", "bought", "paid", "sold", "led", "kept", "found", "broke", "threw",
    "spent", "fought", "became", "grew", "knew", "thought", "wrote", "spoke", "stood", "shot",
    "fled", "flew", "drove", "rode", "stole", "sank", "swore", "chose", "woke", "shook", "sought",
    "caught", "taught", "felt", "heard", "meant", "sat", "slept", "swept", "wept", "hid", "tore",
    "froze", "forgave", "forbade", "withdrew", "overtook", "undertook", "upheld", "overcame",
    // "the deal I laid out in May"
    "laid", "dealt", "lent",
    // past participles that do not end in "-ed": "people taken hostage on 7 October"
    "taken", "seen", "written", "done", "gone", "fallen", "risen", "stolen", "driven", "shown",
    "born", "begun", "chosen", "frozen", "hidden", "spoken", "sworn", "thrown", "torn", "beaten",
    "flown", "grown", "drawn", "broken", "forgotten",
    "since", "ago", "last", "earlier", "yesterday", "former", "previous", "previously",
});
const WordSet kPastWordSet(kPastWords);  // word_in asks it of many tokens
// Words between a count and "over" a span that make "over" a bound on the span: a wait
// or a stay ("three patients waited over six hours", "have been held for over two years").
constexpr auto kOverBoundLeads = std::to_array<std::string_view>({
    "waited", "wait", "waiting", "waits", "lasted", "lasting", "lasts", "last", "spent", "spend", "took",
    "take", "taken", "takes", "stayed", "stay", "served", "lived", "worked", "been", "for", "in", "than",
    "of", "just", "well", "little", "more", "held", "kept", "remained", "queued", "ago",
});
const WordSet kOverBoundLeadSet(kOverBoundLeads);
// At most this many words between a count and "over" a span its clause took.
constexpr std::size_t kCountClauseWords = 4;

// The kinds of number that name a thing before "number": "registered number 1098765",
// "part number 6K4T-61218-BA".
constexpr auto kNumberKinds = std::to_array<std::string_view>({
    "registered", "registration", "part", "serial", "reference", "account", "company", "charity", "policy",
    "ticket", "batch", "lot", "vat", "model", "tracking", "order", "claim",
});
const WordSet kNumberKindSet(kNumberKinds);

// Prefixes hyphened to a verb, which stays one: "re-routed", "over-subscribed".
constexpr auto kVerbPrefixes = std::to_array<std::string_view>({
    "over", "under", "self", "mis", "out", "fast", "double", "triple",
});
const WordSet kVerbPrefixSet(kVerbPrefixes);

// Verbs whose past is spelt as their present ("cut", "hit"): read_past_word takes one for a
// past after a subject, with its object after it, where the present would end in "s".
constexpr auto kSameFormPasts = std::to_array<std::string_view>({
    "cut", "hit", "put", "set", "shut", "let", "spread", "hurt", "split", "quit", "cast",
});
const WordSet kSameFormPastSet(kSameFormPasts);
// Words before such a verb that leave it a present or an infinitive ("to cut", "will cut",
// "they cut"), or make it a relative clause's, whose tense is not the sentence's ("expect
// Banxico, which cut its rate in March, to hold on May 16").
constexpr auto kBareVerbLeads = std::to_array<std::string_view>({
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "does", "do",
    "not", "they", "we", "you", "i", "let", "ll", "t", "and", "or", "also", "often", "usually", "always",
    "which", "that", "who",
});
const WordSet kBareVerbLeadSet(kBareVerbLeads);

// The words of kPastWords that look back without being a verb.
constexpr auto kPastAdverbs = std::to_array<std::string_view>({
    "since", "ago", "last", "earlier", "yesterday", "former", "previous", "previously",
});
const WordSet kPastAdverbSet(kPastAdverbs);  // word_in asks it of many tokens

// Words before a past form that make it no finite past: "to be held on", "will be taken",
// "a delayed vote".
constexpr auto kNonFiniteLeads = std::to_array<std::string_view>({
    "be", "been", "being", "is", "are", "am", "to", "will", "would", "have", "has", "a", "an",
    "the", "its", "their", "his", "her", "our",
});
const WordSet kNonFiniteLeadSet(kNonFiniteLeads);  // word_in asks it of many tokens

// Words after a month that make it a delivery month of a commodity, always the coming
// one: "wheat for December delivery", "the December contract", "March futures",
// "sold for November loading".
constexpr auto kDeliveryWords = std::to_array<std::string_view>({
    "delivery", "contract", "futures", "loading", "shipment",
});

// How many words may stand between a level risen "up to" and the "from" of its start.
constexpr std::size_t kRiseFromWords = 3;

// Traded commodities a delivery month is written straight before in a markets report:
// "December corn added 2 cents", "November soybeans gained", "September wheat settled".
constexpr auto kContractCommodities = std::to_array<std::string_view>({
    "wheat", "corn", "soybeans", "soybean", "soymeal", "soyoil", "oats", "rice", "canola", "barley",
    "cotton", "sugar", "coffee", "arabica", "robusta", "cocoa", "crude", "brent", "gasoline", "gold",
    "silver", "copper", "platinum", "palladium", "cattle", "hogs", "lumber",
});
// Words after such a commodity that make the month the season of the crop or its trade
// instead ("the October wheat harvest", "September coffee exports").
constexpr auto kCropSeasonWords = std::to_array<std::string_view>({
    "harvest", "harvests", "crop", "crops", "exports", "imports", "output", "production", "plantings",
    "planting", "sales", "shipments", "stocks", "prices",
});
// Words before a month that make it the month it names, whatever follows ("in September
// wheat exports fell", "since December crude has risen").
constexpr auto kMonthOfEventLeads = std::to_array<std::string_view>({
    "in", "since", "of", "by", "during", "until", "from", "last", "this", "early", "late", "mid",
});

// How far a clause hung on a date ("..., when prosecutors will ask") is read for its tense.
constexpr std::size_t kClauseLookahead = 10;

// "plan to", "aims to": an intention, so a date after it is ahead.
// "rises to 15 per cent from July 1": verbs of change in the present.
constexpr auto kPresentChangeVerbs = std::to_array<std::string_view>({
    "rises", "rise", "falls", "fall", "increases", "increase", "goes", "go", "drops", "drop", "doubles",
    "double", "climbs", "climb", "raise", "raises",
});
const WordSet kPresentChangeVerbSet(kPresentChangeVerbs);

constexpr auto kIntentVerbs = std::to_array<std::string_view>({
    "plan", "plans", "planning", "aim", "aims", "aiming", "intend", "intends", "intending",
    "hope", "hopes", "hoping",
});

// "the works run from June", "talks resume Monday", "before the rains return in June": the
// plural present of a schedule (the singular "runs", "resumes" are the lexicon's future
// markers).
constexpr auto kPluralScheduleVerbs = std::to_array<std::string_view>({
    "run", "resume", "begin", "start", "end", "reopen", "return",
});
const WordSet kPluralScheduleVerbSet(kPluralScheduleVerbs);

// "adjourned until", "extended until": a past verb that sets a day ahead of itself.
constexpr auto kPutOffWords = std::to_array<std::string_view>({
    "adjourned", "postponed", "deferred", "delayed", "remanded", "extended", "rescheduled",
});
const WordSet kPutOffWordSet(kPutOffWords);

// "extended an excessive heat warning through Saturday": at most this many words of the
// object between a put-off verb and its "until" (an article and three more).
constexpr std::size_t kPutOffObjectWords = 4;
// The place the object may end in, after its preposition: "for the Northern Cape" (a
// preposition, an article and two names).
constexpr std::size_t kPutOffPlaceWords = 4;

// "WFP needs US$ 96.4 million to sustain operations until the end of December": a present
// need of something to do a thing, whose date is the thing's, ahead.
constexpr auto kNeedVerbs = std::to_array<std::string_view>({
    "need", "needs", "require", "requires",
});
const WordSet kNeedVerbSet(kNeedVerbs);

// "is set to", "are due to": a thing fixed to happen.
constexpr auto kScheduledWords = std::to_array<std::string_view>({
    "set", "due", "scheduled", "expected", "slated", "poised",
});

// "is listed for", "are set for": a date fixed ahead.
constexpr auto kListedWords = std::to_array<std::string_view>({
    "listed", "set", "fixed", "slated", "pencilled", "penciled", "booked",
});

// "set a confiscation hearing for": at most this many words of the object between a listed
// word and its "for" (an article and two more).
constexpr std::size_t kListedObjectWords = 3;

// What "ahead of" measures progress against, not an event awaited: "ahead of schedule".
constexpr auto kAheadOfMeasures = std::to_array<std::string_view>({
    "schedule", "time", "plan", "target", "targets", "forecast", "forecasts", "expectations", "normal",
    "average", "estimates",
});

// "United face Spurs on Saturday", "Leeds host Burnley": a fixture's verb in the present,
// between two sides' names.
constexpr auto kFixtureVerbs = std::to_array<std::string_view>({
    "face", "faces", "host", "hosts", "visit", "visits", "play", "plays",
});
const WordSet kFixtureVerbSet(kFixtureVerbs);

// Every word tense_before asks for at the word it reads, beside the past words and the
// roles of the future: a word that is none of them decides the tense only as a past word.
const WordSet kTenseWordSet = [] {
  std::vector<std::string_view> words = {"and", "or", "must", "place", "office", "is", "are", "effect", "ahead",
                                         "sale", "turns", "remains", "remain", "stays", "stay", "may"};
  words.insert(words.end(), kPluralScheduleVerbs.begin(), kPluralScheduleVerbs.end());
  words.insert(words.end(), kScheduledWords.begin(), kScheduledWords.end());
  words.insert(words.end(), kListedWords.begin(), kListedWords.end());
  words.insert(words.end(), kIntentVerbs.begin(), kIntentVerbs.end());
  words.insert(words.end(), kPresentChangeVerbs.begin(), kPresentChangeVerbs.end());
  words.insert(words.end(), kNeedVerbs.begin(), kNeedVerbs.end());
  words.insert(words.end(), kFixtureVerbs.begin(), kFixtureVerbs.end());
  return WordSet(words);
}();

// The prepositions after a participle that opens a phrase of its own: ", priced at",
// ", based in", ", built by".
constexpr auto kParticiplePrepositions = std::to_array<std::string_view>({
    "at", "in", "by", "from", "for", "with", "on",
});

// Prepositions before a number in a heading in capitals, where the number is a figure
// ("AFTER 54 HOLES", "OVER 40 YEARS"), not the code of a name ("FTSE 100", "COVID 19").
constexpr auto kShoutedPrepositions = std::to_array<std::string_view>({
    "after", "of", "in", "for", "over", "under", "by", "on", "at", "from", "with", "than",
});

// Words before a plan's "to" and its verb: "fares are set to rise", "tariffs are to rise",
// "the council plans to cut".
constexpr auto kPlanInfinitiveLeads = std::to_array<std::string_view>({
    "set", "is", "are", "plans", "plan", "aims", "intends",
});

// "the crossing was open on 3 March", "kept open until May": "open" as a state, no schedule.
constexpr auto kStateVerbs = std::to_array<std::string_view>({
    "was", "were", "is", "are", "be", "been", "remained", "remains", "stayed", "stays", "kept", "keep",
});

// The ASCII signs is_start_symbol holds, a bit each: most signs tried are commas and full
// stops, turned away on a bit.
constexpr std::uint64_t kAsciiStartSymbols[2] = {
    (std::uint64_t{1} << '$') | (std::uint64_t{1} << '-') | (std::uint64_t{1} << '+') | (std::uint64_t{1} << '(') |
        (std::uint64_t{1} << '<') | (std::uint64_t{1} << '>'),
    std::uint64_t{1} << ('~' - 64),
};
static_assert([] {
  for (char32_t cp = 0; cp < 0x80; ++cp) {
    const bool listed = cp == '$' || cp == '-' || cp == '+' || cp == '(' || cp == '<' || cp == '>' || cp == '~';
    if (listed != ((kAsciiStartSymbols[cp >> 6] >> (cp & 63) & 1) != 0)) return false;
  }
  return true;
}());

bool is_start_symbol(char32_t cp) {
  if (cp < 0x80) return (kAsciiStartSymbols[cp >> 6] >> (cp & 63) & 1) != 0;
  return !currency_of_sign(cp).empty() || cp == '-' || cp == U'−' || cp == U'–' || cp == '+' || cp == '(' || cp == U'½' ||
         cp == U'¼' || cp == U'¾' || cp == U'⅓' || cp == U'⅔' || (cp >= U'⅛' && cp <= U'⅞') || cp == '<' || cp == '>' ||
         cp == U'≤' || cp == U'≥' || cp == '~' || cp == U'≈' || cp == U'↑' || cp == U'↓' || cp == U'▲' || cp == U'▼';
}

// "p<0.001", "≥ 18", "~200": a sign that reads as the words of a bound.
std::optional<Qualifier> bound_of_sign(char32_t cp) {
  switch (cp) {
    case '<': return Qualifier::kLessThan;
    case '>': return Qualifier::kMoreThan;
    case U'≤': return Qualifier::kAtMost;
    case U'≥': return Qualifier::kAtLeast;
    // "~200 trucks a day": a newsletter's or a table's "about"
    case '~':
    case U'≈': return Qualifier::kAbout;
    default: return std::nullopt;
  }
}

}  // namespace

namespace {

// Room for a text's tokens, which each thread keeps from one text to the next: a check
// then makes no room for them again (a text's largest allocation).
TokenRoom& token_room() {
  thread_local TokenRoom room;
  return room;
}

// A long text's room for tokens, and for its mentions' places, is let go after it.
constexpr std::size_t kTokensKept = 1 << 16;  // about a 250 KB text's
constexpr std::size_t kPlacesKept = kTokensKept / 8;

}  // namespace

std::vector<Scanner::Placed>& Scanner::place_room() {
  thread_local std::vector<Placed> room;
  return room;
}

Scanner::Scanner(std::string_view text, const Date& published)
    : text_(text),
      tokens_(std::move(token_room())),
      token_count_(tokenize(text, utf16_surplus_, tokens_, typography_to_fold_)),
      published_(published),
      published_known_(published.valid() && published.granularity() == Date::Granularity::kDay),
      placed_(std::move(place_room())) {}

Scanner::~Scanner() {
  if (tokens_.capacity() <= kTokensKept) token_room() = std::move(tokens_);
  if (placed_.capacity() <= kPlacesKept) {
    placed_.clear();
    place_room() = std::move(placed_);
  }
}

// The end of a name such as "F-16", "A4" or "COVID-19": letters, digits and inner hyphens.
std::size_t Scanner::alphanumeric_run_end(std::size_t j) const {
  std::size_t end = j + 1;
  while (end < token_count_ && attached(end)) {
    const Token& token = tokens_[end];
    if (token.type == TokenType::kWord || token.type == TokenType::kDigits) {
      ++end;
    } else if (symbol(end, '/') && digits(end + 1) && attached(end + 1)) {
      end += 2;  // "No. 148/2026"
    } else if (symbol(end, '.') && digits(end + 1) && attached(end + 1) &&
               tokens_[end - 1].type == TokenType::kDigits &&
               (tokens_[j].type == TokenType::kWord ||
                (j > 0 && attached(j) && tokens_[j - 1].type == TokenType::kWord))) {
      end += 2;  // "PM2.5"
    } else if (dash(end) && attached(end + 1) &&
               (digits(end + 1) || (end + 1 < token_count_ &&
                                    tokens_[end + 1].type == TokenType::kWord))) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

// Street words that close an address: "210 Court Street", "4 Privet Drive".
constexpr std::array<std::string_view, 21> kStreetWords = {
    "street", "st",    "avenue", "ave",  "road",    "rd",      "drive", "dr",    "boulevard", "blvd",
    "lane",   "ln",    "way",    "place", "terrace", "parkway", "court", "square", "highway", "plaza",
    "crescent"};

bool Scanner::race_distance_at(std::size_t j) const {
  constexpr std::size_t kNumberTokens = 4;  // "42", ".", "195", "km"
  for (std::size_t t = j + 1; t < j + 1 + kNumberTokens && t < token_count_; ++t) {
    if (tokens_[t].type == TokenType::kWord) {
      return word_in(t, kRaceDistanceUnits);
    }
    if (!(digits(t) || symbol(t, '.') || symbol(t, ','))) return false;
  }
  return false;
}

bool Scanner::singular_present(std::size_t j) const {
  if (j >= token_count_ || tokens_[j].type != TokenType::kWord || tokens_[j].capitalized ||
      tokens_[j].lexeme != nullptr) {
    return false;
  }
  const std::string_view text = text_of(j);
  return text.size() > 3 && text.back() == 's' && text[text.size() - 2] != 's' && !counted_noun(j);
}

// "Notes to editors\n1. The paper ...\n2. Media contact": after a heading with no full
// stop, a list's numbers are known by the line before or after opening the item next to
// it ("1) Register online\n2) Pay the fee").
bool Scanner::numbers_a_list_item(std::size_t k) const {
  constexpr std::size_t kItemLineTokens = 120;
  const char32_t mark = tokens_[k + 1].symbol;
  const int item = small_number(k);
  const auto opens_item = [&](std::size_t t, int number) {
    return digits(t) && small_number(t) == number && attached(t + 1) && symbol(t + 1, mark);
  };
  const std::size_t stop = std::min(token_count_, k + kItemLineTokens);
  for (std::size_t t = k + 1; t < stop; ++t) {
    if (tokens_[t].gap == Gap::kNewline) {
      if (opens_item(t, item + 1)) return true;
      break;
    }
  }
  const std::size_t floor = k > kItemLineTokens ? k - kItemLineTokens : 0;
  for (std::size_t t = k; t > floor; --t) {
    if (tokens_[t - 1].gap == Gap::kNewline || t - 1 == 0) {
      if (opens_item(t - 1, item - 1)) return true;
      break;
    }
  }
  // "1. Main points\n\n• The UK employment rate ...\n\n2. Employment and unemployment": a
  // numbered heading (a short line with no full stop) is known by the next section's or
  // the last one's heading, paragraphs away
  // (or an item that opens with a quotation, a claim: '1. "More than 71,000 ..."')
  constexpr std::size_t kHeadingTokens = 12;
  constexpr std::size_t kSectionTokens = 4000;
  const bool quoted = symbol(k + 2, '"') || symbol(k + 2, U'\u201C');
  std::size_t line_end = k + 1;
  while (line_end < token_count_ && tokens_[line_end].gap != Gap::kNewline) {
    if (line_end - k > kHeadingTokens && !quoted) return false;
    ++line_end;
  }
  if (!quoted && (symbol(line_end - 1, '.') || symbol(line_end - 1, ':'))) return false;
  const std::size_t section_stop = std::min(token_count_, line_end + kSectionTokens);
  for (std::size_t t = line_end; t < section_stop; ++t) {
    if (tokens_[t].gap == Gap::kNewline && opens_item(t, item + 1)) return true;
  }
  const std::size_t section_floor = k > kSectionTokens ? k - kSectionTokens : 0;
  for (std::size_t t = k; t > section_floor; --t) {
    if ((tokens_[t - 1].gap == Gap::kNewline || t - 1 == 0) && opens_item(t - 1, item - 1)) return true;
  }
  return false;
}

// The compass points abbreviated before a street's name: "N. Grand Ave.".
constexpr std::array<std::string_view, 4> kCompassLetters = {"n", "s", "e", "w"};

// Digits that place rather than count: a street address ("210 Court Street", "the
// 1400 block of Eastway Drive"), a US road ("U.S. 301", "Interstate 95") or the
// emergency number a caller dialled ("called 911").
// "14 weeks in the Top 10", "inside the Top 100, against nine": the places counted at the
// head of a chart, closing their phrase ("the UK Top 40", "the Top 40 countdown", "Top 14
// clubs" name a chart, a show and a league).
bool Scanner::places_in_the_top(std::size_t k) const {
  if (k < 2 || !word(k - 1, "top") || !word(k - 2, "the")) return false;
  return k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol || tokens_[k + 1].gap == Gap::kNewline ||
         word(k + 1, "and") || word(k + 1, "or") || word(k + 1, "for") || word(k + 1, "in") || word(k + 1, "on") ||
         word(k + 1, "since") || word(k + 1, "with") || word(k + 1, "this") || word(k + 1, "last") ||
         word(k + 1, "again") || word(k + 1, "at") || word(k + 1, "after") || word(k + 1, "by");
}

namespace {

// The capitals of the time zones wires stamp their times with.
bool is_time_zone(std::string_view letters) {
  constexpr auto kZones = std::to_array<std::string_view>({
      "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
      "PST", "PDT", "JST", "KST", "HKT", "SGT", "WIB", "WITA", "IST", "PKT", "AEST", "AEDT", "AWST", "NZST", "NZDT",
      "SAST", "EAT", "WAT", "GST", "ICT", "PHT",
  });
  return std::find(kZones.begin(), kZones.end(), letters) != kZones.end();
}

}  // namespace

std::size_t Scanner::names_no_figure(std::size_t k, bool look_behind) const {
  // (read by what follows the number: a word, a stop, a dash, a bracket or more digits;
  // this runs for every number, and most fail their reading's first test)
  const std::size_t next = k + 1;
  // "LAT...LON 3248 9712 3247 9640": a warning's polygon, corners in hundredths of degrees
  if (tokens_[k].size() == 4 && spaced(k) && k > 0 && (digits(k - 1) || symbol(k - 1, '.'))) {
    constexpr std::size_t kPolygonReach = 40;
    std::size_t t = k;
    while (t > 0 && k - t < kPolygonReach && tokens_[t].gap != Gap::kNewline) --t;
    if (text_of(t) == "LAT") return k + 1;
  }
  if (next >= token_count_) return 0;
  // "by 1' 12\" on general classification", "4h 38' 51\"", "+18\"": a race's minutes and
  // seconds in their marks, a result and no count, in a text of races
  if (tokens_[k].size() <= 2 && attached(next) && k + 1 < token_count_ &&
      tokens_[next].type == TokenType::kSymbol) {
    const auto seconds_mark = [&](std::size_t t) {
      return symbol(t, '"') || symbol(t, U'\u2033') || symbol(t, U'\u201D');
    };
    const bool minutes = minute_mark(next) && next + 2 < token_count_ && digits(next + 1) &&
                         tokens_[next + 1].size() == 2 && attached(next + 2) && seconds_mark(next + 2);
    const bool gap_seconds = seconds_mark(next) && k > 0 && attached(k) && symbol(k - 1, '+');
    if ((minutes || gap_seconds) && reports_races()) return minutes ? next + 3 : next + 1;
  }
  const Token& after = tokens_[next];
  if (after.type == TokenType::kWord) {
    if (!spaced(next)) return 0;
    // "The Eastgate Library (1200 Route 9)": a street number before a numbered road
    if (after.capitalized && (word(next, "route") || word(next, "highway")) && digits(next + 1) && spaced(next + 1)) {
      return next + 2;
    }
    // "15 degrees South": a position, no measure (decimals below)
    if (positioned_in_degrees(next)) return next + 2;
    // "(Friday, 1500 CET)", "MARKETS AT 1600 WIB": a time on the 24-hour clock before its
    // zone's capitals, as market wires stamp their tables ("by 1030 GMT" is read elsewhere)
    if (tokens_[k].size() == 4 && after.all_caps && after.size() >= 3 && after.size() <= 4 &&
        (next + 1 >= token_count_ || tokens_[next + 1].type == TokenType::kSymbol ||
         tokens_[next + 1].gap == Gap::kNewline) &&
        is_time_zone(text_of(next))) {
      const int clock = small_number(k);
      if (clock / 100 < 24 && clock % 100 < 60) return next + 1;
    }
    if (word(next, "hours") || word(next, "hrs")) {
      // "Time of issue: 1330 hours IST": a time of day on the 24-hour clock, its zone after it
      if (tokens_[k].size() == 4 && spaced(next + 1) && next + 1 < token_count_ && tokens_[next + 1].all_caps &&
          tokens_[next + 1].size() >= 2 && tokens_[next + 1].size() <= 4) {
        const int clock = small_number(k);
        if (clock / 100 < 24 && clock % 100 < 60) return next + 2;
      }
      // "the Coral Coast 6 Hours", "Le Mans 24 Hours": an endurance race named by its
      // length after its place's name
      if (tokens_[k].size() <= 2 && after.capitalized && !after.all_caps && k > 0 && spaced(k) &&
          tokens_[k - 1].type == TokenType::kWord && tokens_[k - 1].capitalized && !tokens_[k - 1].all_caps &&
          tokens_[k - 1].lexeme == nullptr) {
        return next + 1;
      }
      return 0;
    }
    // "from 4 to 7 p.m.", "between 9 and 11am": the first of two hours on the clock
    if ((word(next, "to") || word(next, "and") || word(next, "until")) && first_of_two_clock_hours(k)) return next;
    // "the 12137 Punjab Mail", "the 22221 Rajdhani Express": an Indian train's number
    // before its name
    if (tokens_[k].size() == 5 && after.capitalized) {
      for (std::size_t t = next; t < next + 3 && t < token_count_ && spaced(t) && tokens_[t].capitalized; ++t) {
        if (word(t, "express") || word(t, "mail")) return next;
      }
    }
    return 0;
  }
  if (after.type == TokenType::kDigits) {
    // "07 3035 1900", "071 403 2219", "020 2227496": a phone number after its trunk code (no
    // figure opens with a zero and is followed by two groups of three or four, or one of
    // six to eight)
    if (text_[tokens_[k].begin] == '0' && tokens_[k].size() >= 2 && tokens_[k].size() <= 4 && spaced(next) &&
        ((after.size() >= 3 && after.size() <= 4 && digits(next + 1) && spaced(next + 1) &&
          tokens_[next + 1].size() >= 3 && tokens_[next + 1].size() <= 4) ||
         (after.size() >= 6 && after.size() <= 8))) {
      return digits_run_end(next);
    }
    // "the Bush Fire Information Line on 1800 679 737": a toll-free or local-rate line in
    // three groups
    if (tokens_[k].size() == 4 && (text_of(k) == "1800" || text_of(k) == "1300" || text_of(k) == "0800") &&
        spaced(next) && after.size() == 3 && digits(next + 1) && spaced(next + 1) && tokens_[next + 1].size() == 3) {
      return digits_run_end(next);
    }
    return 0;
  }
  // "(02) 8555-0140": the same, the trunk code bracketed; "(904117)": a reference of six
  // digits or more, bracketed alone
  if (symbol(next, ')')) {
    if (tokens_[k].size() >= 6 && k > 0 && symbol(k - 1, '(') && attached(k) && attached(next)) return next + 1;
    if (text_[tokens_[k].begin] == '0' && tokens_[k].size() <= 3 && k > 0 && symbol(k - 1, '(') && attached(k) &&
        attached(next) && digits(next + 1) && spaced(next + 1)) {
      return digits_run_end(next + 1);
    }
    return 0;
  }
  // "15.4 degrees South 138.9 degrees East"
  // "1070 (toll-free)": a phone line, named so after it
  if (symbol(next, '(') && spaced(next) && word(next + 1, "toll") && attached(next + 1)) return next;
  // "7-6 (7/4)": a tie-break's points after the set they decided, no date
  if (symbol(next, '/') && attached(next) && tokens_[k].size() <= 2 && digits(next + 1) && attached(next + 1) &&
      tokens_[next + 1].size() <= 2 && symbol(next + 2, ')') && attached(next + 2) && k >= 5 && look_behind &&
      symbol(k - 1, '(') && attached(k) && spaced(k - 1) && digits(k - 2) && dash(k - 3) && attached(k - 2) &&
      attached(k - 3) && digits(k - 4) && (small_number(k - 4) == 7 || small_number(k - 2) == 7)) {
    return next + 3;
  }
  // "Nikhil Yadav (3/28)": a bowler's wickets and runs after his name, in a match report
  if (symbol(next, '/') && attached(next) && tokens_[k].size() <= 2 && small_number(k) <= 10 && digits(next + 1) &&
      attached(next + 1) && symbol(next + 2, ')') && attached(next + 2) && look_behind && k >= 2 &&
      symbol(k - 1, '(') && attached(k) && spaced(k - 1) && tokens_[k - 2].capitalized && reports_a_match()) {
    return next + 3;
  }
  // "Regulation (EU) 2026/2814", "Directive 2014/65/EU": an EU act's year and number
  if (symbol(next, '/') && attached(next) && tokens_[k].size() == 4 && digits(next + 1) && attached(next + 1) &&
      look_behind && k > 0 && spaced(k) &&
      ((k >= 3 && symbol(k - 1, ')') && (word(k - 2, "eu") || word(k - 2, "ec") || word(k - 2, "euratom")) &&
        symbol(k - 3, '(')) ||
       (tokens_[k - 1].capitalized &&
        (word(k - 1, "regulation") || word(k - 1, "directive") || word(k - 1, "decision"))))) {
    return next + 2;
  }
  if (symbol(next, '.')) {
    if (attached(next) && digits(next + 1) && attached(next + 1) && spaced(next + 2) &&
        positioned_in_degrees(next + 2)) {
      return next + 4;
    }
    // "swam 24.38 from lane five", "ahead of Hartley in 24.39", "the qualifying time of
    // 24.60", "2 N Pugh (Cardiff) 24.39": a race's time to the hundredth without its unit,
    // in a text of races, which the results give as times and not as counts
    if (look_behind && k > 0 && spaced(k) && tokens_[k].size() <= 2 && attached(next) && digits(next + 1) &&
        attached(next + 1) && tokens_[next + 1].size() == 2 &&
        !(next + 2 < token_count_ && attached(next + 2) && tokens_[next + 2].type != TokenType::kSymbol) &&
        (word(k - 1, "in") || word(k - 1, "swam") || word(k - 1, "clocked") || word(k - 1, "clocking") ||
         word(k - 1, "ran") || word(k - 1, "timed") || word(k - 1, "touched") || word(k - 1, "with") ||
         word(k - 1, "broke") || word(k - 1, "broken") || symbol(k - 1, ')') ||
         (word(k - 1, "of") && k > 1 && word(k - 2, "time"))) &&
        !(spaced(next + 2) && (has(next + 2, kDurationUnit) || word(next + 2, "seconds") || word(next + 2, "sec") ||
                               word(next + 2, "s"))) &&
        reports_races()) {
      return next + 2;
    }
    return 0;
  }
  if (dash(next)) {
    // "its fleet of 71 A320-family and 737-800 aircraft": a model and its variant, dashed
    if (tokens_[k].size() == 3 && attached(next) && digits(next + 1) && attached(next + 1) &&
        tokens_[next + 1].size() == 3 && spaced(next + 2) &&
        (word(next + 2, "aircraft") || word(next + 2, "jets") || word(next + 2, "jet") || word(next + 2, "planes") ||
         word(next + 2, "airliners") || word(next + 2, "freighters"))) {
      return next + 2;
    }
    // "1120 \u2013 Second drone reported": a log's time on the 24-hour clock, opening its
    // line before a dash (as "0318 \u2013" does with its zero); from 1500 a timeline's year is
    // likelier
    if (tokens_[k].size() == 4 && (k == 0 || tokens_[k].gap == Gap::kNewline) && spaced(next) && spaced(next + 1)) {
      const int clock = small_number(k);
      if (clock < 1500 && clock % 100 < 60) return next;
    }
    // "We were down 0-1", "led 2-0 at the break": a score the side was down or up by, its
    // two counts small and nothing measured after them ("down 1-2%" is a range)
    if (look_behind && k > 0 && spaced(k) && tokens_[k].size() <= 2 && attached(next) && digits(next + 1) &&
        attached(next + 1) && tokens_[next + 1].size() <= 2 &&
        (word(k - 1, "down") || word(k - 1, "up") || word(k - 1, "led") || word(k - 1, "trailing") ||
         word(k - 1, "leading") || word(k - 1, "trailed")) &&
        (next + 2 >= token_count_ ||
         ((symbol(next + 2, ',') || symbol(next + 2, ';') || symbol(next + 2, ')') || symbol(next + 2, '!') ||
           symbol(next + 2, '?') || (symbol(next + 2, '.') && !(digits(next + 3) && attached(next + 3)))) &&
          attached(next + 2)) ||
         (spaced(next + 2) && tokens_[next + 2].type == TokenType::kWord &&
          !has(next + 2, kMeasureUnit | kPercentWord | kScaleWord | kDurationUnit | kCurrencyWord) &&
          !word(next + 2, "per") && !word(next + 2, "points") && !word(next + 2, "pc")))) {
      return next + 2;
    }
    // "5 of 8 from 3-point range", "two 3-pointers": a basketball shot by what it scores
    if (tokens_[k].size() == 1 && attached(next) && attached(next + 1) && names_a_shot(next + 1)) return next + 2;
    // "a 6-iron to eight feet", "where a 5-wood found the water": a golf club by its number
    if (tokens_[k].size() == 1 && attached(next) && attached(next + 1) &&
        (word(next + 1, "iron") || word(next + 1, "irons") || word(next + 1, "wood") || word(next + 1, "woods") ||
         word(next + 1, "hybrid")) &&
        reports_golf()) {
      return next + 2;
    }
    // "between 1 and 4 p.m." as "1-4pm"
    if (first_of_two_clock_hours(k)) return next;
    // "(07572-241234)": a trunk code and its number, dashed
    if (text_[tokens_[k].begin] == '0' && tokens_[k].size() >= 3 && tokens_[k].size() <= 5 && attached(next) &&
        digits(next + 1) && attached(next + 1) && tokens_[next + 1].size() >= 6 && tokens_[next + 1].size() <= 8) {
      return next + 2;
    }
    return 0;
  }
  // "confirmed in block 921,437": a ledger's block, in a text on crypto-assets
  if (symbol(next, ',') && look_behind && k > 0 && spaced(k) && word(k - 1, "block") && names_crypto()) {
    std::size_t group = next;
    while (symbol(group, ',') && attached(group) && digits(group + 1) && attached(group + 1) &&
           tokens_[group + 1].size() == 3) {
      group += 2;
    }
    return group;
  }
  return 0;
}

bool Scanner::positioned_in_degrees(std::size_t unit) const {
  return (word(unit, "degrees") || word(unit, "degree")) && spaced(unit + 1) && unit + 1 < token_count_ &&
         tokens_[unit + 1].capitalized &&
         (word(unit + 1, "south") || word(unit + 1, "north") || word(unit + 1, "east") || word(unit + 1, "west"));
}

bool Scanner::first_of_two_clock_hours(std::size_t k) const {
  const std::size_t second = k + 2;
  if (tokens_[k].size() > 2 || !digits(second) || tokens_[second].size() > 2 || small_number(k) < 1 ||
      small_number(k) > 12 || small_number(second) > 12) {
    return false;
  }
  const std::size_t suffix = second + 1;
  return has(suffix, kTimeSuffix) ||
         ((text_of(suffix) == "p" || text_of(suffix) == "a") && symbol(suffix + 1, '.') && attached(suffix + 1) &&
          word(suffix + 2, "m") && attached(suffix + 2));
}

std::size_t Scanner::digits_run_end(std::size_t from) const {
  std::size_t last = from;
  while (last < token_count_ && same_line(last) && (digits(last) || (dash(last) && digits(last + 1)))) ++last;
  return last;
}

bool Scanner::names_an_address_or_road(std::size_t k, bool look_behind) const {
  // (Each test looks at one token before it reads words: this runs for every number.)
  if (k + 1 < token_count_ && spaced(k + 1) && tokens_[k + 1].type == TokenType::kWord) {
    if (!tokens_[k + 1].capitalized) {
      if (word(k + 1, "block") && word(k + 2, "of") && spaced(k + 2)) return true;
      // "the 22 bus was rerouted", "the 405 freeway": a numbered route's bus or road, one
      // of them ("the 40 bus drivers", "the 12 bus stops" count)
      if (look_behind && k > 0 && word(k - 1, "the") &&
          (word(k + 1, "bus") || word(k + 1, "tram") || word(k + 1, "freeway")) &&
          !(spaced(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type == TokenType::kWord &&
            !tokens_[k + 2].capitalized && text_of(k + 2).back() == 's' && !word(k + 2, "is") &&
            !word(k + 2, "was") && !word(k + 2, "has"))) {
        return true;
      }
      // "the 90210 zip code", "the 212 area code", "the 2000 postcode": the code a place is
      // known by ("40 area codes" counts them)
      if (word(k + 1, "postcode") || ((word(k + 1, "zip") || word(k + 1, "area") || word(k + 1, "postal")) &&
                                      word(k + 2, "code") && spaced(k + 2))) {
        return true;
      }
    } else {
      // One to three capitalised words, then the street word, capitalised too; a compass
      // point abbreviated before them is passed over ("1200 N. Grand Ave.")
      const bool compass = word_in(k + 1, kCompassLetters) &&
                           symbol(k + 2, '.') && attached(k + 2);
      const std::size_t first = compass ? k + 3 : k + 2;
      for (std::size_t w = first; w <= first + 2 && w < token_count_ && spaced(w); ++w) {
        const Token& word_token = tokens_[w];
        if (word_token.type != TokenType::kWord || !word_token.capitalized) break;
        if (word_in(w, kStreetWords)) return true;
      }
    }
  }
  if (!look_behind || k == 0 || !spaced(k)) return false;
  // "P.O. Box 25870", "Portland, OR 97225", "text CHART to 60123": a box's number, a ZIP
  // code after its state's letters, a text service's short code
  if (tokens_[k - 1].type == TokenType::kWord) {
    if (tokens_[k - 1].capitalized && word(k - 1, "box")) return true;
    if (tokens_[k].size() == 5 && tokens_[k - 1].all_caps && tokens_[k - 1].size() == 2 && k >= 2 &&
        symbol(k - 2, ',')) {
      return true;
    }
    if (k >= 3 && word(k - 1, "to") && tokens_[k - 2].all_caps && tokens_[k - 2].type == TokenType::kWord &&
        word(k - 3, "text")) {
      return true;
    }
    // "by SMS to 22840": a text service's short code, as "text 22840" is (read_identifier)
    if (tokens_[k].size() >= 4 && tokens_[k].size() <= 6 &&
        (word(k - 1, "sms") || (k >= 2 && word(k - 1, "to") && word(k - 2, "sms")))) {
      return true;
    }
  }
  // "U.S. 301": the US route, not a count of what follows ("U.S. 500 troops")
  if (symbol(k - 1, '.')) {
    // "(train no. 12158)": a train's number
    if (k >= 3 && word(k - 2, "no") && attached(k - 1) && word(k - 3, "train")) return true;
    const bool us_route = k >= 4 && word(k - 2, "s") && attached(k - 1) && symbol(k - 3, '.') && word(k - 4, "u") &&
                          tokens_[k - 2].capitalized;
    return us_route && !(spaced(k + 1) && counted_noun(k + 1)) && !dash(k + 1);
  }
  // (the number's value compared, where its text was compared with each of the four, a call
  // to make each literal's view and another to compare it: "000" is the one worth 0)
  const int number = tokens_[k].size() == 3 ? small_number(k) : -1;
  // (and the US city and help lines, "call 311 or 211")
  // (and the UK's non-emergency lines and the US crisis line: "NHS 24 on 111", "police on
  // 101", "call or text 988")
  if (number == 911 || number == 999 || number == 112 || number == 0 || number == 311 || number == 211 ||
      number == 411 || number == 511 || number == 111 || number == 101 || number == 988) {
    // "through NHS 24 on 111 or at ...", "contact police on 101.": a line a service is
    // reached on, its name before "on", nothing counted after the number
    if (k >= 2 && word(k - 1, "on") && spaced(k) &&
        (tokens_[k - 2].capitalized || digits(k - 2) || word(k - 2, "police") || word(k - 2, "helpline") ||
         word(k - 2, "line")) &&
        (k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol || word(k + 1, "or") ||
         word(k + 1, "and"))) {
      return true;
    }
    // "the 911 call", "a 999 call handler", "a 911 dispatcher": the number names the
    // service, as do "94% of 999 calls" ("took 999 calls" counts them)
    if (spaced(k + 1) && (word(k + 1, "dispatcher") || word(k + 1, "dispatchers") || word(k + 1, "operator") ||
                          word(k + 1, "operators") ||
                          // ("The 999 emergency service remained available")
                          ((word(k + 1, "emergency") || word(k + 1, "service")) && word(k - 1, "the")) ||
                          ((word(k + 1, "call") || word(k + 1, "calls")) &&
                           (word(k - 1, "the") || word(k - 1, "a") || word(k - 1, "his") || word(k - 1, "her") ||
                            word(k - 1, "their") || (word(k - 1, "of") && k > 1 && symbol(k - 2, '%')))))) {
      return true;
    }
    return word(k - 1, "called") || word(k - 1, "call") || word(k - 1, "calling") || word(k - 1, "dialled") ||
           word(k - 1, "dialed") || word(k - 1, "dial") || word(k - 1, "dialling") || word(k - 1, "dialing");
  }
  return word(k - 1, "interstate");
}

// Words after "the last 16" that keep it the stage: "the last 16 tie", "the last 16 of
// the Champions League" (but "the last 16 games" counts games).
constexpr auto kStageFollowers = std::to_array<std::string_view>({
    "of", "tie", "ties", "stage", "draw", "clash", "first", "second",
});

// "the round of 16", "the last 32": a knockout stage named by how many are left in it,
// a power of two, not a count.
bool Scanner::knockout_stage(std::size_t k) const {
  // (the words before the number first: every number is asked, and few follow either)
  if (k < 2 || !spaced(k) || !spaced(k - 1)) return false;
  const bool round_of = word(k - 1, "of") && word(k - 2, "round");
  if (!round_of && !(word(k - 1, "last") && word(k - 2, "the"))) return false;
  const int left = small_number(k);
  if (left != 8 && left != 16 && left != 32 && left != 64) return false;
  if (round_of) return true;
  const bool word_follows = k + 1 < token_count_ && spaced(k + 1) && tokens_[k + 1].type == TokenType::kWord;
  return !word_follows || tokens_[k + 1].capitalized || word_in(k + 1, kStageFollowers);
}

// "Halden Athletic 2 Marlow Town 1: ...": a result written as two teams each with its
// score, a results line or headline; like "3-2", not a figure. Returns the token past
// the second score.
std::optional<std::size_t> Scanner::match_result_end(std::size_t k) const {
  if (!may_be_match_result(k)) return std::nullopt;
  constexpr std::size_t kTeamNameWords = 3;
  std::size_t j = k + 1;
  while (j < token_count_ && j <= k + kTeamNameWords && spaced(j) && tokens_[j].type == TokenType::kWord &&
         tokens_[j].capitalized && tokens_[j].lexeme == nullptr) {
    ++j;
  }
  if (j == k + 1 || !digits(j) || !spaced(j) || tokens_[j].size() > 2) return std::nullopt;
  const std::size_t end = j + 1;
  const bool line_ends = end >= token_count_ || tokens_[end].gap == Gap::kNewline ||
                         (tokens_[end].type == TokenType::kSymbol && !dash(end) && !symbol(end, '%'));
  if (!line_ends) return std::nullopt;
  return end;
}

// "6 litres per person per day, against an emergency minimum of 15", "3 litres of water
// per person per day, far below the emergency minimum of 15 litres": a benchmark named
// after a rate in its sentence is in the rate's unit, which the text leaves out.
void Scanner::take_benchmark_rate(std::size_t i, Mention& mention) const {
  if (last_rate_unit_.empty() || last_rate_end_ > i || i < 2 || !word(i - 1, "of") || !spaced(i)) return;
  if (!(word(i - 2, "minimum") || word(i - 2, "maximum") || word(i - 2, "standard") ||
        word(i - 2, "threshold") || word(i - 2, "target") || word(i - 2, "norm"))) {
    return;
  }
  const std::string_view numerator = std::string_view(last_rate_unit_).substr(0, last_rate_unit_.find('/'));
  const bool bare = mention.kind == MentionKind::kNumber && mention.unit.empty();
  if (!bare && !(mention.kind == MentionKind::kQuantity && mention.unit == numerator)) return;
  for (std::size_t t = last_rate_end_; t < i; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return;
    if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1)) return;
  }
  mention.kind = MentionKind::kQuantity;
  mention.unit = last_rate_unit_;
}

// What may follow a figure compared with one before it whose unit it leaves out: "half
// the 600 set out in the deal", "against 155 in the first quarter" (a noun after it would
// be what it counts: "the 20 drivers").
constexpr auto kComparedFollowers = std::to_array<std::string_view>({
    "in", "on", "at", "for", "under", "before", "earlier", "previously", "last", "agreed", "set",
    "planned", "expected", "promised", "pledged", "allowed", "needed", "required", "targeted",
});
const WordSet kComparedFollowerSet(kComparedFollowers);

// "a difference of 18.5 percentage points (95% confidence interval 13.1 to 23.9)", "a
// median of 2.6 years (interquartile range 2.1 to 3.0)": the bounds of an interval in
// brackets right after its estimate, written bare, are in the estimate's unit when that
// is a share or a span of time (a ratio's bounds, "1.81 (95% CI 1.52-2.16)", stay numbers,
// and so do a rate's, as the corpus has "2.9 per 1,000 people (95% CI 2.6 to 3.2)").
void Scanner::take_interval_unit(std::size_t i, Mention& mention, const std::vector<Mention>& mentions) const {
  if (mention.kind != MentionKind::kNumber || !mention.low || !mention.high || !mention.unit.empty() ||
      mentions.empty() || placed_.empty()) {
    return;
  }
  const Mention& estimate = mentions.back();
  if (estimate.kind != MentionKind::kPercent && estimate.kind != MentionKind::kDuration) return;
  const std::size_t open = placed_.back().end;
  constexpr std::size_t kIntervalWords = 6;
  if (!symbol(open, '(') || open >= i || i - open > kIntervalWords) return;
  bool named = false;
  for (std::size_t t = open + 1; t < i; ++t) {
    if (symbol(t, ')') || tokens_[t].gap == Gap::kNewline) return;
    named = named || word(t, "ci") || word(t, "interval") || word(t, "iqr") || word(t, "interquartile") ||
            word(t, "range");
  }
  if (!named) return;
  mention.kind = estimate.kind;
  mention.unit = estimate.unit;
}

// Function words that may follow a measure without its naming a thing: "the 10km in 28
// minutes", "a 5km or so".
constexpr auto kAfterMeasureWords = std::to_array<std::string_view>({
    "of", "to", "from", "by", "with", "per", "and", "or", "than", "each", "every", "up", "down", "off",
    "away", "long", "wide", "high", "deep", "tall", "ahead", "behind", "is", "was", "were", "are", "so",
});
const WordSet kAfterMeasureWordSet(kAfterMeasureWords);

// "the 10km fun run", "a 400m track": a quantity between an article and a plain noun,
// which it names the thing by (tokens [i, end)).
bool Scanner::names_a_measured_thing(std::size_t i, std::size_t end) const {
  return i > 0 && spaced(i) && (has(i - 1, kArticle) || word(i - 1, "the")) && spaced(end) &&
         end < token_count_ && tokens_[end].type == TokenType::kWord && !tokens_[end].capitalized &&
         tokens_[end].lexeme == nullptr && !word_in(end, kComparedFollowerSet) && !word_in(end, kAfterMeasureWordSet);
}

// "about 300 aid trucks a day into Gaza, half the 600 set out in the deal", "150 yen to
// the dollar ..., against 155 in the first quarter", "below the average of 31.2 million":
// a bare figure set against a measured one earlier in its sentence is in that one's unit.
void Scanner::take_compared_unit(std::size_t i, std::size_t end, Mention& mention) const {
  if (mention.kind != MentionKind::kNumber || !mention.unit.empty() || i == 0 || (!spaced(i) && !symbol(i - 1, '('))) {
    return;
  }
  // "trains will run three minutes apart, down from five", "every 15 minutes, up from every
  // 20", "eight days of travel in 28": a bare level a duration right before it moved from,
  // or the span it is counted in, in its unit (only the nearest figure: a duration further
  // back is no measure the level is of)
  if (last_mention_kind_ == MentionKind::kDuration && !last_duration_unit_.empty() && !placed_.empty() &&
      placed_.back().end <= i && i - placed_.back().end <= 4) {
    std::size_t lead = i - 1;
    if (lead > 0 && word(lead, "every") && spaced(lead) && word(lead - 1, "from")) --lead;
    const bool follower_fits = end >= token_count_ || tokens_[end].gap == Gap::kNewline ||
                               (tokens_[end].type == TokenType::kSymbol && !symbol(end, '%'));
    const bool moved_from = word(lead, "from") && lead > 0 && (word(lead - 1, "down") || word(lead - 1, "up"));
    const bool counted_in = word(lead, "in");
    if ((moved_from || counted_in) && follower_fits) {
      bool same_clause = true;
      for (std::size_t t = placed_.back().end; t < lead && same_clause; ++t) {
        same_clause = tokens_[t].gap != Gap::kNewline && !symbol(t, '.') && !symbol(t, ';');
      }
      if (same_clause) {
        mention.kind = MentionKind::kDuration;
        mention.unit = last_duration_unit_;
        return;
      }
    }
  }
  // "the swing is averaging 6.8 points, well above the national figure of 3.1": a bare
  // level set against a change in points just before it in its sentence is in points
  if (last_points_end_ > 0 && last_points_end_ == last_mention_end_ && last_points_end_ < i && i >= 2 &&
      i - last_points_end_ <= 12 && mention.value && *mention.value <= 100 && word(i - 1, "of") &&
      (word(i - 2, "figure") || word(i - 2, "average") || word(i - 2, "swing") || word(i - 2, "change")) &&
      (end >= token_count_ || tokens_[end].gap == Gap::kNewline ||
       (tokens_[end].type == TokenType::kSymbol && !symbol(end, '%')))) {
    bool same_sentence = true;
    for (std::size_t t = last_points_end_; t < i && same_sentence; ++t) {
      same_sentence = tokens_[t].gap != Gap::kNewline &&
                      !((symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1));
    }
    if (same_sentence) {
      mention.kind = MentionKind::kPercent;
      mention.unit = "percentage_points";
      return;
    }
  }
  if (last_measured_unit_.empty() || last_measured_end_ > i) return;
  // (i is the figure's first token, its bound's if it has one: "up from roughly 300,000")
  std::size_t lead = i - 1;
  // "and just 13 in 2020": a word that stresses the level, between it and its lead
  if (lead > 0 && (word(lead, "just") || word(lead, "only")) && spaced(lead)) --lead;
  // "magnitude 6.6, revised down from an initial 6.8", "from a provisional 4.1%": the
  // reading it replaced, named with its article
  if (lead > 1 && spaced(lead) && spaced(lead - 1) &&
      (word(lead, "initial") || word(lead, "earlier") || word(lead, "preliminary") || word(lead, "original") ||
       word(lead, "provisional") || word(lead, "estimated")) &&
      (word(lead - 1, "an") || word(lead - 1, "a") || word(lead - 1, "the"))) {
    lead -= 2;
  }
  // "140 cases per day, up from 85 last week", "650 missiles a year by 2027, from about 500
  // in 2024": the level a measured figure moved from ("2,000 tonnes a day from 12 mines" is
  // a source, turned away by the noun after it below)
  const bool from_level = word(lead, "from");
  // "from an average of 72 ships a day to about 25": the level it moved to
  const auto from_before_measured = [&] {
    constexpr std::size_t kFromLookback = 12;
    for (std::size_t t = last_measured_end_; t > 0 && last_measured_end_ - t < kFromLookback; --t) {
      if (tokens_[t].gap == Gap::kNewline) return false;
      if ((symbol(t - 1, '.') || symbol(t - 1, '!') || symbol(t - 1, '?') || symbol(t - 1, ';')) && !attached(t)) {
        return false;
      }
      if (word(t - 1, "from")) return true;
    }
    return false;
  };
  // "up from 41 in 2024 and just 13 in 2020": a list of levels, each with its own date
  const bool listed_level = word(lead, "and") && word(last_measured_end_, "in") && spaced(last_measured_end_);
  // (a bounded figure after "the" is an age group, "in the under-65s", not a level)
  // ("six fast trains an hour instead of four": the level it replaces)
  const bool set_against = (word(lead, "against") || word(lead, "versus") || word(lead, "the") ||
                            (word(lead, "of") && lead > 0 && word(lead - 1, "instead") && spaced(lead))) &&
                           mention.qualifier == Qualifier::kNone;
  // "a crop of 30.1 million tonnes, below the 10-year average of 31.2 million": the norm
  // it is set against (after a bare count between, "27C on six nights, against an average
  // of two", the norm is of that count)
  const bool average_of = word(lead, "of") && lead > 0 && word(lead - 1, "average") && spaced(lead) &&
                          last_mention_kind_ != MentionKind::kNumber;
  // "the rate averaged 8.9 per 100,000, with a low of 8.4 in 2020 and a high of 9.3 in
  // 2019": the extremes the measured level reached, in its unit (a sum's are left alone:
  // "85p a litre, a high of 92" is in pence the sum does not carry)
  const bool extreme_of = last_measured_kind_ == MentionKind::kQuantity && word(lead, "of") && lead > 1 &&
                          spaced(lead) &&
                          (word(lead - 1, "low") || word(lead - 1, "high") || word(lead - 1, "peak")) &&
                          has(lead - 2, kArticle) && last_mention_kind_ != MentionKind::kNumber;
  // "Cyprus (1 262 applicants per million inhabitants), Greece (1 008) and Ireland (761)":
  // levels listed in brackets after the names they belong to, the first with its unit
  const auto measured_in_brackets = [&] {
    constexpr std::size_t kBracketLookback = 12;
    for (std::size_t t = last_measured_end_; t > 1 && last_measured_end_ - t < kBracketLookback; --t) {
      if (symbol(t - 1, ')') || tokens_[t].gap == Gap::kNewline) return false;
      if (symbol(t - 1, '(')) return tokens_[t - 2].type == TokenType::kWord && tokens_[t - 2].capitalized;
    }
    return false;
  };
  const bool bracketed_level = symbol(lead, '(') && lead > 0 && tokens_[lead - 1].type == TokenType::kWord &&
                               tokens_[lead - 1].capitalized && symbol(end, ')') && measured_in_brackets();
  if (!(set_against || from_level || listed_level || average_of || extreme_of || bracketed_level ||
        (word(lead, "to") && from_before_measured()))) {
    return;
  }
  const bool follower_fits = end >= token_count_ || tokens_[end].gap == Gap::kNewline ||
                             tokens_[end].type == TokenType::kSymbol ||
                             (spaced(end) && word_in(end, kComparedFollowerSet)) ||
                             // "85 per 100,000 people, against 94 a year earlier", "up
                             // from 6.1 the week before"
                             (spaced(end) && (has(end, kArticle) || word(end, "the")) && has(end + 1, kDurationUnit) &&
                              (word(end + 2, "earlier") || word(end + 2, "before")));
  if (!follower_fits || symbol(end, '%')) return;
  constexpr std::size_t kComparedLookback = 25;
  if (i - last_measured_end_ > kComparedLookback) return;
  for (std::size_t t = last_measured_end_; t < i; ++t) {
    if (tokens_[t].gap == Gap::kNewline) return;
    if ((symbol(t, '.') || symbol(t, '!') || symbol(t, '?') || symbol(t, ';')) && !attached(t + 1)) return;
  }
  mention.kind = last_measured_kind_;
  mention.unit = last_measured_unit_;
}

// "Member State | Q3 2026 | Per million inhabitants" over "Greece | 10 500 | 1 008": a
// bare figure alone in a cell of a table drawn with "|" is in the rate per head its
// column's heading names (the table's first line, the block of lines with "|" it is in).
void Scanner::take_column_unit(std::size_t i, std::size_t end, Mention& mention) const {
  if (!bare_number(mention) || i == 0 || !symbol(i - 1, '|')) return;
  if (end < token_count_ && tokens_[end].gap != Gap::kNewline && !symbol(end, '|')) return;
  const auto has_pipe = [&](std::size_t from, std::size_t to) {
    for (std::size_t t = from; t < to; ++t) {
      if (symbol(t, '|')) return true;
    }
    return false;
  };
  // (a table has a few dozen columns at most: a line of more pipes is none, and each of
  // its cells is read in a bounded time)
  constexpr std::size_t kMaxColumns = 64;
  std::size_t own = i;
  std::size_t column = 0;
  while (own > 0 && tokens_[own].gap != Gap::kNewline) {
    --own;
    if (symbol(own, '|') && ++column > kMaxColumns) return;
  }
  // (the lines are met in order: a walk back that reaches the line last asked about takes
  // its heading, so a long table is read once, not once per cell)
  std::size_t heading = own;
  if (own == table_line_) {
    heading = table_heading_;
  } else {
    while (heading > 0) {
      const std::size_t before = line_start(heading - 1);
      if (before == table_line_) {
        heading = table_heading_;
        break;
      }
      if (!has_pipe(before, heading)) break;
      heading = before;
    }
    table_line_ = own;
    table_heading_ = heading;
  }
  if (heading == own) return;
  std::size_t cell = 0;
  const std::size_t stop = line_end(heading);
  for (std::size_t t = heading; t < stop; ++t) {
    if (symbol(t, '|')) {
      if (++cell > column) return;
      continue;
    }
    if (cell != column || !word(t, "per") || t + 1 >= stop) continue;
    const char* unit = nullptr;
    if (word(t + 1, "million")) {
      unit = "per_1m";
    } else if (word(t + 1, "thousand")) {
      unit = "per_1k";
    } else if (digits(t + 1)) {
      if (auto base = parse_digit_numeral(t + 1, false)) {
        const double b = base->value;
        unit = b == 1e3 ? "per_1k" : b == 1e4 ? "per_10k" : b == 1e5 ? "per_100k" : b == 1e6 ? "per_1m" : nullptr;
      }
    }
    if (unit == nullptr) return;
    mention.kind = MentionKind::kQuantity;
    mention.unit = unit;
    return;
  }
}

// Cells of a plain-text table are set apart by two or more spaces, or a tab.
bool Scanner::table_separator(std::size_t t) const {
  if (t == 0 || t >= token_count_) return false;
  return tokens_[t].gap == Gap::kSpaces ||
         (tokens_[t].gap == Gap::kSingleSpace && text_[tokens_[t].begin - 1] == '\t');
}

bool Scanner::table_row(std::size_t from, std::size_t to) const {
  for (std::size_t t = from + 1; t < to; ++t) {
    if (table_separator(t)) return true;
  }
  return false;
}

// "(unaudited; C$ millions, except per-share data)", "Starts (thousands)", "(£ million)",
// "US$ bn", "(%)": what tokens [from, to) say the figures under them are written in (a
// caption's or a row label's, in its brackets only; "Per million inhabitants" is a rate).
Scanner::TableUnit Scanner::table_unit(std::size_t from, std::size_t to, bool bracketed_only) const {
  TableUnit unit;
  int depth = 0;
  for (std::size_t t = from; t < to; ++t) {
    if (symbol(t, '(') || symbol(t, '[')) {
      ++depth;
      continue;
    }
    if (symbol(t, ')') || symbol(t, ']')) {
      depth = depth > 0 ? depth - 1 : 0;
      continue;
    }
    if (bracketed_only && depth == 0) continue;
    if (word(t, "except")) {
      unit.except = true;
      break;
    }
    // ("m" alone is metres: "£m" is millions)
    const bool scale_word = has(t, kScaleWord | kScaleSuffix) && tokens_[t].lexeme->number >= 1e3 &&
                            !(has(t, kMeasureUnit) && !(t > from && attached(t) && tokens_[t - 1].symbol != 0));
    if (t > from && word(t - 1, "per")) {
      continue;
    } else if (scale_word) {
      unit.scale = tokens_[t].lexeme->number;
    } else if (word(t, "thousands") || word(t, "millions") || word(t, "billions")) {
      unit.scale = word(t, "thousands") ? 1e3 : word(t, "millions") ? 1e6 : 1e9;
    } else if ((symbol(t, '\'') || symbol(t, U'\u2019')) && text_of(t + 1) == "000" && attached(t + 1)) {
      unit.scale = 1e3;
    } else if (has(t, kCurrencyPrefix) && symbol(t + 1, '$') && attached(t + 1)) {
      unit.currency = tokens_[t].lexeme->unit;
      ++t;
    } else if (has(t, kCurrencyCode) && tokens_[t].all_caps) {
      unit.currency = tokens_[t].lexeme->unit;
    } else if (symbol(t, '%')) {
      unit.percent = true;
    } else if (tokens_[t].type == TokenType::kSymbol && unit.currency.empty()) {
      unit.currency = currency_of_sign(tokens_[t].symbol);
    }
  }
  return unit;
}

// "Selected results (C$ millions, except per-share data)" over "Q3 2025    Q3 2024" over
// "Revenues    1,284    1,211": a bare figure alone in a cell of a plain-text table (a
// block of lines whose cells are set apart by runs of spaces or tabs, its first line the
// heading) is written in what its row label, else its column's heading, else the caption
// just above the table says. A row label's own unit wins ("Diluted EPS (C$)",
// "Carloads (thousands)"); a caption's exception keeps its scale from per-share rows and
// ratios.
void Scanner::take_plain_table_unit(std::size_t i, std::size_t end, Mention& mention) const {
  if (!bare_number(mention) || !mention.value || !table_separator(i)) return;
  if (end < token_count_ && tokens_[end].gap != Gap::kNewline && !table_separator(end)) return;
  const auto blank_line_before = [&](std::size_t t) {
    int breaks = 0;
    for (std::size_t b = tokens_[t - 1].end; b < tokens_[t].begin; ++b) breaks += text_[b] == '\n';
    return breaks;
  };
  // (the cells of a line are met in order: the walk back stops at the cell last asked about)
  std::size_t own = i;
  std::size_t column = 0;
  while (own > 0 && tokens_[own].gap != Gap::kNewline) {
    if (own == plain_cell_) {  // (plain_line_ is its line's first token)
      column += plain_column_;
      own = plain_line_;
      break;
    }
    if (table_separator(own) && ++column >= kMaxPlainColumns) return;
    --own;
  }
  plain_cell_ = i;
  plain_column_ = column;
  // (the lines are met in order, as in take_column_unit: a table is read once)
  std::size_t heading = own;
  if (own == plain_line_) {
    heading = plain_heading_;
  } else {
    bool known = false;
    while (heading > 0 && blank_line_before(heading) < 2) {
      const std::size_t before = line_start(heading - 1);
      if (before == plain_line_) {
        heading = plain_heading_;
        known = true;
        break;
      }
      if (!table_row(before, heading)) break;
      heading = before;
    }
    plain_line_ = own;
    plain_heading_ = heading;
    if (!known) {
      // the caption: the line just above the heading, a blank line between at most
      plain_caption_ = {};
      if (heading > 0 && blank_line_before(heading) <= 2) {
        const std::size_t caption = line_start(heading - 1);
        if (!table_row(caption, heading)) plain_caption_ = table_unit(caption, heading, true);
      }
      plain_columns_.fill({});
      const std::size_t stop = line_end(heading);
      const std::size_t first = tokens_[heading].begin;
      std::size_t cell = first > 0 && (text_[first - 1] == ' ' || text_[first - 1] == '\t') ? 1 : 0;
      for (std::size_t from = heading, t = heading + 1; cell < kMaxPlainColumns; ++t) {
        if (t < stop && !table_separator(t)) continue;
        plain_columns_[cell++] = table_unit(from, t, false);
        if (t >= stop) break;
        from = t;
      }
    }
  }
  if (heading == own || column == 0) return;
  if (own != plain_row_line_) {
    plain_row_line_ = own;
    std::size_t label_end = own + 1;
    while (label_end < i && !table_separator(label_end)) ++label_end;
    plain_row_ = table_unit(own, label_end, true);
    plain_row_excepted_ = false;
    for (std::size_t t = own; t < label_end; ++t) {
      plain_row_excepted_ = plain_row_excepted_ || word(t, "eps") || word(t, "ratio") ||
                            (word(t, "per") && (word(t + 1, "share") || word(t + 2, "share")));
    }
  }
  TableUnit unit = plain_caption_;
  const TableUnit& heading_unit = plain_columns_[column];
  if (heading_unit.scale != 1) unit.scale = heading_unit.scale;
  if (!heading_unit.currency.empty()) unit.currency = heading_unit.currency;
  unit.percent = unit.percent || heading_unit.percent;
  if (plain_row_.any()) {
    unit = plain_row_;
  } else if (unit.except && plain_row_excepted_) {
    return;
  }
  if (unit.percent) {
    mention.kind = MentionKind::kPercent;
  } else if (!unit.currency.empty()) {
    mention.kind = MentionKind::kMoney;
    mention.unit = unit.currency;
    *mention.value *= unit.scale;
  } else if (unit.scale != 1) {
    *mention.value *= unit.scale;
  }
}

// A figure and the one right before it that are two readings of one measure, the unit
// written once: "an orbit of 210 by 365 kilometres", "a plot 40 by 25 metres", "a box 30 x
// 20 x 10 cm" (dimensions, all but the last written bare), "cut the notice from four
// months to two", "from 28 days to 21" (the span a period moved to, the second written bare).
// "The ages of cases range from 2 to 61 years (median 31 years)": a range after "from",
// or a median, mean or average, in years, with the ages named a few words back in the
// sentence, is of ages, counts
bool Scanner::ages_ranged_before(std::size_t i) const {
  std::size_t t = i;
  const auto ranging = [&](std::size_t r) {
    return word(r, "range") || word(r, "ranged") || word(r, "ranging") || word(r, "ranges");
  };
  if (word(i, "from")) {  // (the range spanned from its "from")
    if (!ranging(i - 1)) return false;
    t = i - 1;
  } else if (word(i - 1, "from")) {
    if (i < 2 || !ranging(i - 2)) return false;
    t = i - 2;
  } else if (word(i - 1, "median") || word(i - 1, "mean") || word(i - 1, "average")) {
    t = i - 1;
  } else {
    return false;
  }
  for (std::size_t seen = 0; t > 0 && seen < kAgesRangeLookback; --t, ++seen) {
    const std::size_t k = t - 1;
    if (tokens_[t].gap == Gap::kNewline || symbol(k, ';') ||
        ((symbol(k, '.') || symbol(k, '!') || symbol(k, '?')) && spaced(t))) {
      return false;
    }
    if (word(k, "ages") || word(k, "age")) return true;
  }
  return false;
}

void Scanner::take_paired_unit(std::size_t i, std::size_t end, Mention& mention,
                               std::vector<Mention>& mentions) const {
  // "954 mb (28.17 inches)", "954 MB...28.17 INCHES": the same pressure given in inches of
  // mercury, right after it with only signs between
  if (mention.kind == MentionKind::kQuantity && mention.unit == "in" && !placed_.empty() && !mentions.empty() &&
      mentions.back().kind == MentionKind::kQuantity && mentions.back().unit == "mb" && i > placed_.back().end &&
      i - placed_.back().end <= 3) {
    bool signs_only = true;
    for (std::size_t t = placed_.back().end; t < i; ++t) {
      signs_only = signs_only && (symbol(t, '(') || symbol(t, '.') || symbol(t, '/') || symbol(t, U'\u2026'));
    }
    if (signs_only) {
      mention.unit = "inHg";
      return;
    }
  }
  if (placed_.empty() || placed_.back().end + 1 != i || !spaced(i)) return;
  Mention& before = mentions.back();
  const auto bare = [](const Mention& figure) {
    return figure.kind == MentionKind::kNumber && figure.unit.empty() && figure.value &&
           figure.qualifier == Qualifier::kNone;
  };
  // ("a pack of 100 x 500mg tablets", "2 x 180g": a count of things of a weight, not sides)
  const std::string_view unit = mention.unit;
  const bool length = unit == "m" || unit == "cm" || unit == "mm" || unit == "km" || unit == "ft" || unit == "in" ||
                      unit == "yd" || unit == "mi";
  if (mention.kind == MentionKind::kQuantity && times_sign(i - 1, true) && bare(before) && length) {
    // back along the dimensions, each one sign before the next
    for (std::size_t m = mentions.size(); m-- > 0;) {
      mentions[m].kind = MentionKind::kQuantity;
      mentions[m].unit = mention.unit;
      const std::size_t start = placed_[m].start;
      if (m == 0 || placed_[m - 1].end + 1 != start || !spaced(start) || !times_sign(start - 1, true) ||
          !bare(mentions[m - 1])) {
        break;
      }
    }
    return;
  }
  // (the bare figure ends its clause, or its verb or a word of time or place follows it,
  // "from four months to two was defeated": a noun after it is what it counts, "from six
  // weeks to two nurses"); "from 18 weeks to 11 over that period": the span it moved over;
  // "from 10 per cent to nine": a share moved, as a span is
  const std::size_t from = placed_.back().start;
  if ((before.kind == MentionKind::kDuration || before.kind == MentionKind::kPercent) && word(i - 1, "to") &&
      bare(mention) && from > 0 && word(from - 1, "from") &&
      (end >= token_count_ || tokens_[end].gap == Gap::kNewline || tokens_[end].type == TokenType::kSymbol ||
       (spaced(end) && (word_in(end, kComparedFollowerSet) || word_in(end, kStateVerbs) || word(end, "over"))))) {
    mention.kind = before.kind;
    mention.unit = before.unit;
  }
}

// "Case No. 2:24-cv-01234", "case 1:25-cr-00311": a US federal docket, the court's
// division, a colon, the year and the kind of case hyphened on in letters, then its number;
// true when such letters follow the year at token k (a time range, "10:30-11:15", has
// digits after its dash, and "10:30-am" its time's suffix).
bool Scanner::docket_after(std::size_t k) const {
  return attached_dash(k + 1) && attached(k + 2) && k + 2 < token_count_ &&
         tokens_[k + 2].type == TokenType::kWord && !has(k + 2, kTimeSuffix);
}

// Digits that name something rather than count it, or a time of day; returns the
// token past them.
std::optional<std::size_t> Scanner::skip_identifier(std::size_t k, bool look_behind) const {
  if (const auto* known = last_identifier_.find(k, look_behind)) return *known;
  return last_identifier_.remember(k, look_behind, read_identifier(k, look_behind));
}

std::optional<std::size_t> Scanner::read_identifier(std::size_t k, bool look_behind) const {
  const Token& token = tokens_[k];
  if (token.size() > kMaxExactDigits) {
    std::size_t end = k + 1;
    while (attached(end) && (digits(end) || ((symbol(end, ',') || symbol(end, '.')) &&
                                             digits(end + 1) && attached(end + 1)))) {
      ++end;
    }
    return end;
  }
  if (look_behind) {
    // a paper's DOI, "doi:10.1186/s12940-026-0419-2", "doi.org/10.1187/2026.0419": "10.",
    // a registrant of four or more digits and a slash, then a suffix of anything up to the
    // next space
    if (symbol(k + 1, '.') && attached(k + 1) && text_of(k) == "10" && digits(k + 2) && attached(k + 2) &&
        tokens_[k + 2].size() >= 4 && symbol(k + 3, '/') && attached(k + 3) && attached(k + 4)) {
      std::size_t end = k + 4;
      while (attached(end)) ++end;
      return end;
    }
    // (the readings of a number glued on to the token before it, and those of one spaced
    // from it, apart: each turns away the other's numbers in one test)
    if (k > 0 && attached(k)) {
      // "T+20 minutes", "T-20 minutes": the time after or before liftoff, a duration after
      // the countdown's letter and sign, not a name like "F-16"
      const bool countdown = k >= 2 && attached(k - 1) && (dash(k - 1) || symbol(k - 1, '+')) &&
                             text_of(k - 2) == "T" && has(k + 1, kDurationUnit) && spaced(k + 1);
      if (countdown) return std::nullopt;
      // "[2025] UKSC 12", "[2013] EWCA Crim 1234": a judgment's neutral citation, the year in
      // brackets before the court's letters, a reference and no date
      if (symbol(k - 1, '[') && symbol(k + 1, ']') && attached(k + 1) && spaced(k + 2) && k + 2 < token_count_ &&
          tokens_[k + 2].all_caps) {
        return k + 2;
      }
      // ("Case No. 2:24-cv-01234": the year after the division a "No." has taken)
      if (k > 1 && symbol(k - 1, ':') && digits(k - 2) && docket_after(k)) return alphanumeric_run_end(k);
      // a web address's path, "example.org/2026-appeal", or a code's parts, "grant
      // HHF/2020/118", "C/2026 N1" (a word in lower case with no dot before it is none:
      // "an eight-year/100,000-mile warranty" is two figures, and so is a unit glued to its
      // number before the slash: "the 12GB/256GB model")
      if (k > 1 && symbol(k - 1, '/') && attached(k - 1) && tokens_[k - 2].type == TokenType::kWord &&
          !(k > 2 && has(k - 2, kMeasureUnit) && attached(k - 2) && digits(k - 3))) {
        if (tokens_[k - 2].capitalized) return alphanumeric_run_end(k);
        for (std::size_t t = k - 2; t > 0 && attached(t); --t) {
          if (symbol(t - 1, '.')) return alphanumeric_run_end(k);
        }
      }
    } else {
      if (knockout_stage(k)) return k + 1;
      // "18 U.S.C. § 1343", "section 1343 of title 18": a title of the US Code and a section
      // sign's number are its names, no counts ("charged under 18" without them is an age)
      if (k > 0 && symbol(k - 1, U'\u00A7')) return alphanumeric_run_end(k);
      // (the dots first: few numbers have one two tokens on)
      if (symbol(k + 2, '.') && symbol(k + 4, '.') && word(k + 1, "u") && word(k + 3, "s") && word(k + 5, "c")) {
        return k + 1;
      }
      if (may_be_match_result(k)) {
        if (auto result = match_result_end(k)) return result;
      }
    }
    // "report_2024_v3.pdf", "user_1990": digits joined by an underscore are in a file's or
    // an account's name
    if ((k > 0 && attached(k) && symbol(k - 1, '_')) || (attached(k + 1) && symbol(k + 1, '_'))) {
      std::size_t end = k + 1;
      while (attached(end) && end < token_count_ && (symbol(end, '_') || tokens_[end].type != TokenType::kSymbol)) {
        ++end;
      }
      return end;
    }
    if (k > 0 && attached(k)) {
      // "XBB.1.5", "BA.2": a variant's or a model's name in capitals, dot and digits; so is
      // a codec's or a standard's single capital, "H.264", "G.711"
      if (k > 1 && symbol(k - 1, '.') && attached(k - 1) &&
          (tokens_[k - 2].all_caps ||
           (tokens_[k - 2].capitalized && tokens_[k - 2].size() == 1 && token.size() >= 2))) {
        std::size_t end = k + 1;
        while (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
        return end;
      }
      // ("2m4f": the furlongs of a race's distance, after its miles)
      if (tokens_[k - 1].type == TokenType::kWord && !(k >= 2 && furlongs_after_miles(k - 1) != 0)) {
        return alphanumeric_run_end(k);
      }
    }
    // "7-Eleven": digits hyphened on to a capitalised number word make a name
    if (attached_dash(k + 1) && attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].capitalized &&
        has(k + 2, kCardinal)) {
      return k + 3;
    }
    // "3M agreed to pay", "3M (NYSE: MMM) rose": a capital M glued on to a digit opening a
    // sentence, before a past verb or a bracket, names a firm ("3M people" counts millions)
    if (token.size() == 1 && attached(k + 1) && text_of(k + 1) == "M" && spaced(k + 2) &&
        (k == 0 || !same_line(k) || symbol(k - 1, '.') || symbol(k - 1, '!') || symbol(k - 1, '?')) &&
        (symbol(k + 2, '(') || word(k + 2, "cut") ||
         (past_word(k + 2) && !word_in(k + 2, kPastAdverbSet) && !word(k + 2, "were") && !word(k + 2, "died")))) {
      return k + 2;
    }
    if (k >= 2 && attached(k) && attached_dash(k - 1)) {
      const Token& before = tokens_[k - 2];
      if (before.type == TokenType::kDigits) return alphanumeric_run_end(k);
      // ("end-2025" is a year as "mid-2024" is, where four digits make one)
      if (before.type == TokenType::kWord && !word(k - 2, "mid") && !word(k - 2, "pre") &&
          !word(k - 2, "post") && !word(k - 2, "early") && !word(k - 2, "late") &&
          !(word(k - 2, "end") && year_at(k) > 0)) {
        return alphanumeric_run_end(k);
      }
    }
    // "the Civil Rights Act of 1964", "the Mosquito Borne Diseases Act of 2007": the year
    // after a statute's capitalised "Act of" is part of its name, as in "the Road Traffic
    // Act 1988" ("an act of 2007" in lower case, or "in an Act of 12 clauses", stays a figure)
    if (k >= 2 && spaced(k) && word(k - 1, "of") && spaced(k - 1) && tokens_[k - 2].capitalized &&
        (word(k - 2, "act") || word(k - 2, "acts")) && year_at(k) != 0) {
      return k + 1;
    }
    // "inserts a new section into the 2018 Act", "the 1998 Act": a statute named by its
    // year, the capitalised "Act" right after it ("an act in 2018" stays a year)
    if (token.size() == 4 && spaced(k + 1) && tokens_[k + 1].capitalized &&
        (word(k + 1, "act") || word(k + 1, "acts")) && year_at(k) != 0) {
      return k + 1;
    }
    // "127 Hours tells the story", "28 Days Later was filmed", "8 Mile made him a star": a
    // title opening with a number and a capitalised unit, the subject of a verb in lower
    // case ("127 hours of footage" is a span; a headline's "Sentenced to 87 Months in
    // Prison" has no verb after its unit; a unit's symbol, "6 GW ministers had hoped",
    // "86 TWh was", is written in capitals)
    if (has(k + 1, kDurationUnit | kMeasureUnit) && tokens_[k + 1].capitalized && spaced(k + 1) &&
        tokens_[k + 1].size() > 2 && text_of(k + 1)[1] >= 'a') {
      std::size_t verb = k + 2;
      while (verb < k + 4 && spaced(verb) && verb < token_count_ && tokens_[verb].type == TokenType::kWord &&
             tokens_[verb].capitalized) {
        ++verb;
      }
      if (spaced(verb) && (word(verb, "is") || word(verb, "was") || word(verb, "has") || word(verb, "will") ||
                           singular_present(verb) || (past_word(verb) && !word(verb, "were")))) {
        return verb;
      }
    }
    // "401(k) plans", "a 403(b)", "501(c)(3) charities": a section of the US tax code, its
    // number and a lettered paragraph in brackets, names a plan or a body ("killed 40 (a
    // child among them)" spaces its aside)
    if (symbol(k + 1, '(') && attached(k + 1) && attached(k + 2) && k + 2 < token_count_ &&
        tokens_[k + 2].type == TokenType::kWord && tokens_[k + 2].size() == 1 && !tokens_[k + 2].capitalized &&
        symbol(k + 3, ')') && attached(k + 3)) {
      return k + 4;
    }
    // "clause 4(2)(b)", "section 5(1)": a subsection's number in brackets joined to the
    // provision's own (a count in brackets stands apart: "killed 40 (2 children)")
    if (k >= 2 && attached(k) && symbol(k - 1, '(') && attached(k - 1) &&
        (digits(k - 2) || symbol(k - 2, ')')) && symbol(k + 1, ')') && attached(k + 1)) {
      return k + 1;
    }
    // "Unique reference number: 103942", "Registered charity number: 1098765": a record's
    // number after its label's colon ("Total number: 418" counts)
    if (k >= 3 && spaced(k) && symbol(k - 1, ':') && attached(k - 1) && (word(k - 2, "number") || word(k - 2, "no")) &&
        spaced(k - 2) &&
        (word(k - 3, "reference") || word(k - 3, "registration") || word(k - 3, "serial") ||
         word(k - 3, "account") || word(k - 3, "charity") || word(k - 3, "company") || word(k - 3, "licence") ||
         word(k - 3, "license") || word(k - 3, "policy") || word(k - 3, "invoice") || word(k - 3, "ticket"))) {
      return alphanumeric_run_end(k);
    }
    // "(NSE: INFY; BSE: 500209)", "(TSE: 7203)": a listed company's security code after its
    // exchange's letters and a colon, closed by the bracket or the next listing (a year so
    // placed stays one); "(0700.HK)", "(7203.T)", "(005930.KS)": the same code with its
    // exchange's letters after
    if (k >= 1 && tokens_[k - 1].type == TokenType::kSymbol && tokens_[k].size() >= 4) {
      if (k >= 3 && spaced(k) && symbol(k - 1, ':') && attached(k - 1) && tokens_[k - 2].type == TokenType::kWord &&
          tokens_[k - 2].all_caps && tokens_[k - 2].size() >= 2 && tokens_[k - 2].size() <= 5 &&
          (symbol(k - 3, '(') || symbol(k - 3, ';') || symbol(k - 3, ',')) && attached(k + 1) &&
          (symbol(k + 1, ')') || symbol(k + 1, ';') || symbol(k + 1, ',')) && year_at(k) == 0) {
        return k + 1;
      }
      if (attached(k) && symbol(k - 1, '(') && symbol(k + 1, '.') && attached(k + 1) && attached(k + 2) &&
          tokens_[k + 2].type == TokenType::kWord &&
          (tokens_[k + 2].all_caps || (tokens_[k + 2].size() == 1 && tokens_[k + 2].capitalized)) &&
          tokens_[k + 2].size() <= 2 && symbol(k + 3, ')') && attached(k + 3)) {
        return k + 3;
      }
    }
    // "H.R. 2817", "S. 447": a US bill's number after its chamber's dotted letters (the
    // "S" a word of its own, not the end of "U.S.")
    if (k >= 2 && spaced(k) && symbol(k - 1, '.') && attached(k - 1) && !symbol(k + 1, '%') &&
        ((text_of(k - 2) == "S" && !attached(k - 2)) ||
         (k >= 4 && text_of(k - 2) == "R" && attached(k - 2) && symbol(k - 3, '.') && attached(k - 3) &&
          text_of(k - 4) == "H"))) {
      return k + 1;
    }
    // "at kilometre 42", "at mile 20", "at km 12.5": a place on a road or a course, marked
    // by its distance from the start ("at 20 miles" measures)
    if (k >= 2 && spaced(k) && spaced(k - 1) && word(k - 2, "at") &&
        (word(k - 1, "kilometre") || word(k - 1, "kilometer") || word(k - 1, "km") || word(k - 1, "mile")) &&
        !symbol(k + 1, '%')) {
      const bool decimal = attached(k + 1) && (symbol(k + 1, ',') || symbol(k + 1, '.')) && digits(k + 2) &&
                           attached(k + 2);
      return decimal ? k + 3 : k + 1;
    }
    // "News release 212/2026", "Bulletin 14/2025", "resolution 7/2024": a document's serial
    // number over the year it is numbered in, one name ("will release 212 prisoners", "a
    // decision 3/4 of members backed" have no year after a slash)
    // "Case no: 4512/2023", "case number 88/2024": a case's, its number word between
    // (the slash first: most numbers have none after them)
    if (k > 0 && spaced(k) && symbol(k + 1, '/') && attached(k + 1)) {
      std::size_t named = k - 1;
      if (k > 2 && (symbol(named, ':') || symbol(named, '.')) && attached(named)) --named;
      const bool numbered = k > 2 && (word(named, "no") || word(named, "number")) && spaced(named);
      if (numbered) --named;
      if ((word(k - 1, "release") || word(k - 1, "bulletin") || word(k - 1, "circular") || word(k - 1, "notice") ||
           word(k - 1, "communique") || word(k - 1, "decree") || word(k - 1, "resolution") ||
           word(k - 1, "decision") || (numbered && word(named, "case"))) &&
          attached(k + 2) && year_at(k + 2) != 0 && !(attached(k + 3) && (symbol(k + 3, '/') || digits(k + 3)))) {
        return k + 3;
      }
    }
    // "between junctions 10 and 11", "junctions 10 to 12", "pages 12 and 13": the second of
    // two names after one identifier word is a name too; a higher plain number of at most
    // four digits, no counted noun after it ("Game 7 and 30,000 fans", "round 3 and 2 goals",
    // "shut junction 10 and 40 people were hurt" stay counts); grades run down a scale as
    // often ("grades 9 to 4")
    // (the identifier word's role first: few numbers have one three tokens before them)
    // ("Klipfontein Extensions 4, 7 and 12": a list of them, its commas between, as long as
    // it goes on after the number to its "and")
    const auto in_a_list = [&] {
      return (symbol(k - 1, ',') && attached(k - 1) &&
              (((word(k + 1, "and") || word(k + 1, "or")) && spaced(k + 1) && digits(k + 2)) ||
               (symbol(k + 1, ',') && attached(k + 1) && digits(k + 2)))) ||
             (spaced(k - 1) && (word(k - 1, "and") || word(k - 1, "to") || word(k - 1, "or")));
    };
    if (k >= 3 && (tokens_[k - 3].has(kIdentifierWord) || (symbol(k - 3, ',') && attached(k - 3))) &&
        digits(k - 2) && spaced(k) && in_a_list() &&
        (small_number(k) > small_number(k - 2) || word(k - 3, "grades")) &&
        small_number(k - 2) >= 0 &&
        !(attached(k + 1) && (symbol(k + 1, ',') || symbol(k + 1, '.')) && digits(k + 2) && attached(k + 2)) &&
        !symbol(k + 1, '%') && !(spaced(k + 1) && counted_noun(k + 1)) &&
        !has(k + 1, kScaleWord | kScaleSuffix | kMeasureUnit | kPercentWord | kDurationUnit | kCurrencyWord) &&
        read_identifier(k - 2, look_behind) == k - 1) {
      return k + 1;
    }
    if (k > 0 && spaced(k)) {
      std::size_t name = k - 1;
      if (symbol(name, '.') && attached(name) && name > 0) --name;  // "No. 5"
      const Token& before = tokens_[name];
      // "version 4.2" has a decimal point, as a statute's provision may ("Section 125.25",
      // "Penal Law 70.10") and a room its floor's ("Room 4.12"); other names take whole numbers
      const bool dotted_version =
          symbol(k + 1, '.') && (word(name, "version") || word(name, "section") || word(name, "law") ||
                                 word(name, "code") || word(name, "article") || word(name, "rule") ||
                                 word(name, "room"));
      // "iOS 17.2", "macOS 14.4.1": a lower-case name with a capital inside is a product's,
      // and the number after it its version, decimals and all (after a capitalised name
      // they may be a share, "Lab 31.5")
      if (name == k - 1 && symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
          before.type == TokenType::kWord && !before.capitalized && before.lexeme == nullptr &&
          std::any_of(text_of(name).begin() + 1, text_of(name).end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        std::size_t end = k + 1;
        while (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
        return end;
      }
      // "the 3.30 at Cheltenham", "In the 2.10, a handicap", "the opening 1.30 is": a race
      // named on a racecard by its start, an hour and minutes on a five-minute mark after
      // "the" with a course after it, or "in the" and a comma, or after "the opening" ("the
      // 1.30 level", "the 2.50 mark", "fell to the 1.30, its lowest" stay a price)
      if (token.size() <= 2 && symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
          tokens_[k + 2].size() == 2 && small_number(k + 2) % 5 == 0 && small_number(k + 2) < 60 &&
          small_number(k) >= 1 && small_number(k) <= 12 && name == k - 1 &&
          ((word(name, "the") && ((symbol(k + 3, ',') && name > 0 && word(name - 1, "in")) ||
                                  (word(k + 3, "at") && spaced(k + 3) && spaced(k + 4) && tokens_[k + 4].capitalized))) ||
           (word(name, "opening") && name > 0 && word(name - 1, "the") && spaced(k + 3) &&
            !has(k + 3, kScaleWord | kMeasureUnit | kPercentWord | kCurrencyWord)))) {
        return k + 3;
      }
      // (asked last of each reading below: most numbers fail the readings' tests of the
      // word before them)
      const auto plain_follows = [&] {
        return !(attached(k + 1) && (symbol(k + 1, ',') || symbol(k + 1, '.')) && digits(k + 2) &&
                 attached(k + 2) && !dotted_version) &&
               !symbol(k + 1, '%') && !word(k + 1, "per") && !word(k + 1, "percentage") &&
               !word(k + 1, "times") &&  // "rewrote the code 40 times": how often, not a name
               // "UK 18-year-olds", "a UK 30-year bond": an age or a term hyphened on
               !(attached_dash(k + 1) && attached(k + 2) && has(k + 2, kDurationUnit)) &&
               // "cost the NHS 86p", "the NHS 500mg tablet": pence or a unit glued on
               !(attached(k + 1) && (word(k + 1, "p") || has(k + 1, kGluedUnit))) &&
               !has(k + 1, kScaleWord | kScaleSuffix | kMeasureUnit | kPercentWord | kDurationUnit | kCurrencyWord);
      };
      // ("entries graded 7 or above": a mark on an exam's scale, as "grade 7" is; the verb
      // stays out of the lexicon, where it would no longer read as a past)
      // ("the film 300 people saw": a count after a work's noun)
      const auto counts_after_a_work = [&] {
        return (word(name, "film") || word(name, "movie") || word(name, "novel") || word(name, "album") ||
                word(name, "song")) &&
               spaced(k + 1) && counted_noun(k + 1);
      };
      // ("21.8% got a 7 or above", "needs a 4 or higher": a mark on a scale, one of a kind)
      const bool a_mark_or_above = (word(name, "a") || word(name, "an")) && token.size() <= 2 && spaced(k + 1) &&
                                   word(k + 1, "or") && spaced(k + 2) &&
                                   (word(k + 2, "above") || word(k + 2, "higher") || word(k + 2, "better"));
      if ((before.has(kIdentifierWord) || word(name, "graded") || a_mark_or_above) && plain_follows() &&
          !counts_after_a_work()) {
        // ("code" needs none: "the transponder code 7700", "Penal Code 187")
        // ("Schedule 7", "Exhibit 12", "Form 10-K": in lower case each may be a verb before
        // a count, "schedule 30 flights", "measure 40 samples"; "Formula 1", "Windows 11"
        // are a series' names only so)
        const bool needs_capital = word(name, "no") || word(name, "number") || word(name, "local") ||
                                   word(name, "issue") || word(name, "law") || word(name, "schedule") ||
                                   word(name, "exhibit") || word(name, "question") || word(name, "measure") ||
                                   word(name, "form") || word(name, "formula") || word(name, "windows") ||
                                   word(name, "apollo") || word(name, "artemis") || word(name, "amendment") ||
                                   word(name, "order") || word(name, "area") || word(name, "studio") ||
                                   word(name, "scope") || word(name, "district") || word(name, "circuit");
        if (dotted_version && (before.capitalized || !needs_capital)) {
          std::size_t end = k + 1;
          while (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
          return end;
        }
        // "the number 10 shirt", "a number 5 bus" (but "protesters number 5,000" is a verb)
        // "the badge number 4471", "his reference number 2025/118": after a determiner and
        // a noun outside the lexicon "number" is a noun too; a verb's subject is plural
        // ("the protesters number 5,000", "the children number 300", "the dead number 400")
        // or has no determiner ("they now number 300")
        const auto compound_number = [&] {
          if (name < 2 || !spaced(name) || tokens_[name - 1].type != TokenType::kWord ||
              tokens_[name - 1].lexeme != nullptr || !spaced(name - 1) || !word_in(name - 2, kDeterminerSet)) {
            return false;
          }
          const char last = text_of(name - 1).back();
          return last != 's' && last != 'S' && !counted_noun(name - 1) && !word_in(name - 1, kPluralSubjectSet);
        };
        // ("registered number 1098765", "part number 6K4T-61218-BA": the kind of number
        // named before it, no determiner needed)
        const bool named_number = word(name, "number") && name > 0 &&
                                  (word(name - 1, "the") || has(name - 1, kArticle) || compound_number() ||
                                   (spaced(name) && word_in(name - 1, kNumberKindSet)));
        if (!needs_capital || before.capitalized || named_number) return alphanumeric_run_end(k);
      }
      // (each reading up to the next has a capital before the number: most numbers follow a
      // word in lower case, and pass over them in one test)
      if (before.capitalized) {
        // "Euro 2024", "the Euro 2028 final": the football championship, named for its year
        // (a sum in euros puts its number first, "2024 euros")
        if (before.has(kCurrencyWord) && word(name, "euro") && year_at(k) != 0 && plain_follows()) {
          return k + 1;
        }
        // "a Euro 5 or older car", "Euro 6 diesels": an emissions standard
        if (word(name, "euro") && token.size() == 1 && small_number(k) >= 1 && small_number(k) <= 7 &&
            plain_follows()) {
          return alphanumeric_run_end(k);
        }
        // "pupils in Year 11", "Year 6 Sats": a school year's name, "Year" in capitals and
        // a class of one or two digits
        if (word(name, "year") && token.size() <= 2 && small_number(k) <= 13 && plain_follows()) {
          return k + 1;
        }
        // "pupils in Years 5 and 6", "in Years 7 to 11": school years named together, both
        // classes of one or two digits, "Years" in capitals within a sentence (at its head,
        // "Years 5 and 6 of the contract" may be durations)
        if (word(name, "years") && name > 0 && tokens_[name - 1].type == TokenType::kWord &&
            token.size() <= 2 && small_number(k) <= 13 &&
            spaced(k + 1) && (word(k + 1, "and") || word(k + 1, "to")) && digits(k + 2) && spaced(k + 2) &&
            tokens_[k + 2].size() <= 2 && small_number(k + 2) <= 13 && small_number(k + 2) > small_number(k)) {
          return k + 3;
        }
        // "Operation Chivalrous Knight 3", "Operation Gallant Knight 2": a military or aid
        // operation's name, its sequel's number after up to three capitalised words
        if (name == k - 1 && before.type == TokenType::kWord && token.size() <= 2 && plain_follows()) {
          std::size_t t = name;
          for (int words = 0; words < 3 && t > 0 && tokens_[t].type == TokenType::kWord && tokens_[t].capitalized &&
                              !word(t, "operation");
               ++words) {
            --t;
            if (!spaced(t + 1)) break;
          }
          if (t < name && word(t, "operation") && tokens_[t].capitalized && spaced(t + 1)) return k + 1;
        }
        // ("TO 9AM 3/2": a slashed date after a word in capitals is still a date)
        // ("95% CI 54-75%": a confidence interval's bounds follow its letters; so does a
        // statistic's value its abbreviation, "NNT 38", "BMI 30", "HR 2"; a results table's
        // earnings and dividend per share, "EPS 42p", "DPS 12.5p")
        const auto names_a_statistic = [&] {
          return word(name, "ci") || word(name, "nnt") || word(name, "nnh") || word(name, "bmi") || word(name, "hr") ||
                 word(name, "rr") || word(name, "or") || word(name, "iqr") || word(name, "eps") || word(name, "dps");
        };
        // ("SDP 58 seats (+9)", "SNP 1.2m votes": a party's initials before what it won at the
        // polls, its seats or votes, a count)
        const auto a_partys_tally = [&] {
          return spaced(k + 1) && (word(k + 1, "seats") || word(k + 1, "seat") || word(k + 1, "votes") ||
                                   word(k + 1, "mps") || word(k + 1, "councillors") || word(k + 1, "meps"));
        };
        // ("LEADING SCORES AFTER 54 HOLES": a preposition shouted in a heading names nothing)
        if (name == k - 1 && before.type == TokenType::kWord && before.all_caps &&
            before.size() <= 6 && !before.has(kCurrencyCode | kCurrencyPrefix | kMonth) && !names_a_statistic() &&
            !word_in(name, kShoutedPrepositions) && plain_follows() && !a_partys_tally()) {
          const auto slashed = symbol(k + 1, '/') ? parse_slashed_date(k) : std::nullopt;
          if (!slashed || slashed->not_a_date) return alphanumeric_run_end(k);
        }
      }
      // "the Group of 77 demanded", "the Committee of 100": a capitalised name's "of" and a
      // number after "the", no plural noun in the next two words to count ("the Cabinet of
      // 20 ministers", "of 20 senior ministers"); a headline's title case, "The Deaths of 40
      // Migrants", goes on in capitals, and "the Class of 2024" and "the Restoration of 1660"
      // are years
      const auto plural_at = [&](std::size_t j) {
        return spaced(j) && j < token_count_ && tokens_[j].type == TokenType::kWord &&
               (text_of(j).back() == 's' || counted_noun(j));
      };
      const auto plural_after = [&] {
        return plural_at(k + 1) || (k + 1 < token_count_ && tokens_[k + 1].type == TokenType::kWord &&
                                    tokens_[k + 1].lexeme == nullptr && plural_at(k + 2));
      };
      if (name >= 2 && word(name, "of") && tokens_[k].gap == Gap::kSingleSpace && spaced(name) &&
          tokens_[name - 1].type == TokenType::kWord && tokens_[name - 1].capitalized &&
          !tokens_[name - 1].all_caps && tokens_[name - 1].lexeme == nullptr && spaced(name - 1) &&
          word(name - 2, "the") && year_at(k) == 0 &&
          !(token.size() == 4 && small_number(k) >= 1000 && !word(name - 1, "act") && !word(name - 1, "acts")) &&
          !(k + 1 < token_count_ && tokens_[k + 1].capitalized) &&
          plain_follows() && !plural_after()) {
        return k + 1;
      }
      // (each reading up to the block's end has a word outside the lexicon before the number,
      // a name's: most numbers follow a known word, and pass over them in one test)
      if (before.type == TokenType::kWord && before.lexeme == nullptr) {
        // "the Boeing 737", "Windows 11", "an iPhone 15", "the Top 10": a name with a
        // number, mid-sentence (a capital at a sentence's start is no name), whole
        // numbers only, no date after it (a tab sets a table's cells apart: "Help to Build\t95")
        // (the tests of the number first, then of the word before it, which turn most numbers
        // away, then of the token after it and of the words about the name)
        const bool may_follow_a_name =
            name == k - 1 && tokens_[k].gap == Gap::kSingleSpace && text_[token.begin - 1] != '\t' &&
            token.size() <= 4 && !(attached(k + 1) && symbol(k + 1, '.') && digits(k + 2)) &&
            !has(k + 1, kMonth | kOrdinalSuffix) && !symbol(k + 1, '-') && !symbol(k + 1, U'–') &&
            !places_in_the_top(k);
        const auto name_word = [&] {
          const auto capital_inside = [&] {
            return std::any_of(text_of(name).begin() + 1, text_of(name).end(),
                               [](char c) { return c >= 'A' && c <= 'Z'; });
          };
          return !before.all_caps && (before.capitalized || capital_inside());
        };
        const auto mid_sentence = [&] {
          // (in a headline's title case, "Strikes Kill 20", the word before is a capital too;
          // "brings Wi-Fi 7": a hyphened name is one word)
          const std::size_t head = name >= 2 && dash(name - 1) && attached(name) && attached(name - 1) &&
                                           tokens_[name - 2].type == TokenType::kWord
                                       ? name - 2
                                       : name;
          if (head > 0 && same_line(head) && spaced(head) &&
              ((tokens_[head - 1].type == TokenType::kWord &&
                (!tokens_[head - 1].capitalized || word(head - 1, "the") || has(head - 1, kArticle))) ||
               symbol(head - 1, ','))) {
            return true;
          }
          // "ordered 50 Boeing 787 jets": a count of the named model, itself mid-sentence (a
          // year before it, or a people's plural, "wounded 40 Israelis 12 of them", counts)
          if (head >= 2 && same_line(head) && spaced(head) && digits(head - 1) && spaced(head - 1) &&
              year_at(head - 1) == 0 && tokens_[head - 2].type == TokenType::kWord &&
              !tokens_[head - 2].capitalized && text_of(name).back() != 's') {
            return true;
          }
          // "an Alaska Airlines Boeing 737": the maker's name after the owner's, the whole
          // run of capitalised words led by an article ("in Khan Younis 30 were killed" is
          // led by no article, and counts); a sentence's "The", capitalised and outside the
          // lexicon, leads the run and is no part of it ("The Kindle Paperwhite 5 will")
          if (name == 0) return false;
          std::size_t lead = name - 1;
          for (std::size_t steps = 0; steps < kNameRunWords && lead > 0 && same_line(lead + 1) &&
                                      spaced(lead + 1) && tokens_[lead].type == TokenType::kWord &&
                                      tokens_[lead].capitalized && tokens_[lead].lexeme == nullptr &&
                                      !word(lead, "the");
               ++steps) {
            --lead;
          }
          return lead + 1 < name && same_line(lead + 1) && spaced(lead + 1) &&
                 (word(lead, "the") || has(lead, kArticle));
        };
        // "Voyager 1 is 25 billion km away", "Python 3.12 was released", "Maroon 5 will play",
        // "Racing 92 won 25 games", "Mario Kart 8 has sold", "BBC Radio 5 Live broadcast": a
        // run of capitalised names opening a sentence and its number, one thing before a
        // singular, modal or past verb at `after` (a count opening a sentence, "Overall 40
        // were hurt", "Elsewhere 12 died", takes a plural verb or one of harm)
        const auto one_thing_opening_a_sentence = [&](std::size_t after) {
          if (!(spaced(after) && before.capitalized && !before.all_caps && !word_in(name, kDeterminerSet) &&
                !word_in(name, kCountOpenerSet))) {
            return false;
          }
          // ("Half-Life 2", "BBC Radio 5": a hyphened name is one word, a shouted one may lead)
          std::size_t lead = name;
          for (std::size_t steps = 0; steps < kNameRunWords && lead > 0 && same_line(lead); ++steps) {
            if (spaced(lead) && tokens_[lead - 1].type == TokenType::kWord && tokens_[lead - 1].capitalized &&
                (tokens_[lead - 1].lexeme == nullptr || tokens_[lead - 1].has(kIdentifierWord))) {
              --lead;
            } else if (lead >= 2 && attached(lead) && attached_dash(lead - 1) &&
                       tokens_[lead - 2].type == TokenType::kWord && tokens_[lead - 2].capitalized) {
              lead -= 2;
            } else {
              break;
            }
          }
          if (!(lead == 0 || !same_line(lead) || symbol(lead - 1, '.') || symbol(lead - 1, '!') ||
                symbol(lead - 1, '?'))) {
            return false;
          }
          // ("Radio 5 Live broadcast", "Pixel 10 Pro went": the name goes on; "Row 16 F was
          // empty": a seat's letter is no name's word)
          std::size_t verb = after;
          for (int words = 0; words < 2 && spaced(verb) && verb < token_count_ &&
                              tokens_[verb].type == TokenType::kWord && tokens_[verb].capitalized &&
                              tokens_[verb].lexeme == nullptr && tokens_[verb].size() > 1;
               ++words) {
            ++verb;
          }
          // the verb at `at`: 1 a copula, 2 a modal, 3 a past, 0 none
          const auto verb_at = [&](std::size_t at) {
            if (!spaced(at)) return 0;
            if (word(at, "is") || word(at, "was") || word(at, "has")) return 1;
            if (word(at, "will") || word(at, "would") || word(at, "can") || word(at, "could") || word(at, "may") ||
                word(at, "must") || word(at, "should")) {
              return 2;
            }
            // (past forms spelt as their present, which kPastWords leaves out)
            const bool past = word(at, "cost") || word(at, "broadcast") || word(at, "hit") || word(at, "cut") ||
                              (past_word(at) && !word_in(at, kPastAdverbSet) && !word(at, "were") &&
                               !word(at, "died") && !word(at, "killed") && !word_in(at, kPluralSubjectSet));
            return past ? 3 : 0;
          };
          // ("Forever 21 once had": an adverb before the verb)
          if (word(verb, "once") || word(verb, "still") || word(verb, "now") || word(verb, "also")) ++verb;
          int reading = verb_at(verb);
          // "Vision 2030 aims to raise", "Agenda 2030 sets 17 goals", "TLS 1.3 now protects 70%":
          // a verb in the present's singular with its object after it ("to", a number or a
          // determiner; a count's noun, "Rafah 40 trucks entered", has its verb after it, and a
          // place's year may be told of, "Gaza 2024 remains the deadliest year")
          if (reading == 0 && spaced(verb) && singular_present(verb) && spaced(verb + 1) &&
              (word(verb + 1, "to") || digits(verb + 1) || (word_in(verb + 1, kDeterminerSet) && year_at(k) == 0))) {
            return true;
          }
          // "Ligue 1 clubs lost", "Excel 365 users lost": what the name is of, before the verb
          // (a year's, "Gaza 2024 deaths rose", and a count's, "Rafah 40 trucks entered", stay)
          if (reading == 0 && verb == after && year_at(k) == 0 && spaced(verb) && verb < token_count_ &&
              tokens_[verb].type == TokenType::kWord && !tokens_[verb].capitalized && tokens_[verb].lexeme == nullptr &&
              !counted_noun(verb)) {
            reading = verb_at(++verb);
          }
          // ("Gaza 2024 was the deadliest year": a place's year before a copula)
          if (reading == 1) return year_at(k) == 0;
          // ("Voyager 2 left in 1977", "Rafah 25 fled to Egypt": a verb of going, a place or
          // a time after it, may have a count for its subject)
          return reading == 2 ||
                 (reading == 3 && !(spaced(verb + 1) && (word(verb + 1, "in") || word(verb + 1, "on") ||
                                                        word(verb + 1, "to") || word(verb + 1, "from") ||
                                                        word(verb + 1, "at") || word(verb + 1, "for"))));
        };
        // "in Rafah 25 people died", "into Gaza 600 trucks": a count after a place name; so
        // are a party's "gives Labour 326 seats" (but "the Boeing 737 seats 189" is a verb)
        // ("Delacroix 121 of 603": a count of a count)
        const auto counted_after = [&] {
          return spaced(k + 1) && (counted_noun(k + 1) || (word(k + 1, "of") && spaced(k + 2) && digits(k + 2)) ||
                                   (word(k + 1, "seats") && !(spaced(k + 2) && (digits(k + 2) || word(k + 2, "up")))));
        };
        // "the Conservatives would win 171 and Reform 84, with ...": a count after a name,
        // parallel to a count just before ("and" or a comma between) and closing its phrase,
        // is one more of them ("sold 300 and Windows 11 shipped" names the system)
        // ("The NDP has 38, the Liberals 17 and the Greens three": the name's article between)
        const auto parallel_count = [&] {
          const std::size_t lead = name > 1 && word(name - 1, "the") ? name - 1 : name;
          return last_mention_kind_ == MentionKind::kNumber && lead > 0 && last_mention_end_ == lead - 1 &&
                 (word(lead - 1, "and") || symbol(lead - 1, ',')) &&
                 (k + 1 >= token_count_ || tokens_[k + 1].gap == Gap::kNewline || symbol(k + 1, ',') ||
                  symbol(k + 1, '.') || symbol(k + 1, ';') || symbol(k + 1, ')') || word(k + 1, "and"));
        };
        // "moved to Python 3.12", "the release of Linux 6.8.1": a version after a capitalised
        // name, mid-sentence, one digit before its first point and two after it or a third
        // group, nothing measured after it ("with Lab 31.5", a party's share, has two digits
        // before the point; "put Labour 9.5 points ahead", "Barclays 2.5 lower" one after it)
        if (name == k - 1 && tokens_[k].gap == Gap::kSingleSpace && token.size() == 1 && symbol(k + 1, '.') &&
            attached(k + 1) && digits(k + 2) && attached(k + 2) && tokens_[k + 2].size() <= 2) {
          std::size_t end = k + 3;
          while (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
          const bool version_shape = tokens_[k + 2].size() == 2 || end > k + 3;
          // ("Bluetooth 5.3 headphones sold", "Web 2.0 firms raised": one digit after the point,
          // opening a sentence before what the version is of and its verb; elsewhere it may be
          // a party's share, "gave Labour 9.5 and Reform 8.1", "Labour 9.5 ahead", "Labour 9.5
          // was the lead")
          const bool of_a_version = spaced(end) && end < token_count_ && tokens_[end].type == TokenType::kWord &&
                                    !tokens_[end].capitalized && tokens_[end].lexeme == nullptr && !word(end, "is") &&
                                    !word(end, "was") && !word(end, "has") && !past_word(end);
          // ("9.25 points ahead", "2.55 lower": a lead or a move, outside the lexicon)
          const bool measured = symbol(end, '%') || word(end, "per") || word(end, "times") || word(end, "points") ||
                                word(end, "lower") || word(end, "higher") ||
                                has(end, kScaleWord | kScaleSuffix | kMeasureUnit | kPercentWord | kDurationUnit |
                                             kCurrencyWord);
          const bool letters_after = attached(end) && end < token_count_ && tokens_[end].type == TokenType::kWord;
          if ((version_shape || of_a_version) && !measured && !letters_after && name_word() &&
              ((version_shape && mid_sentence()) || one_thing_opening_a_sentence(end))) {
            return end;
          }
        }
        const auto numbered_name_seen = [&] {
          const auto seen = numbered_names_.begin() + static_cast<std::ptrdiff_t>(numbered_name_count_);
          return std::find(numbered_names_.begin(), seen, text_of(name)) != seen;
        };
        if (may_follow_a_name && name_word() && plain_follows() && mid_sentence() && !counted_after() &&
            !parallel_count()) {
          if (before.capitalized && numbered_name_count_ < numbered_names_.size() && !numbered_name_seen()) {
            numbered_names_[numbered_name_count_++] = text_of(name);
          }
          std::size_t end = alphanumeric_run_end(k);
          // "the Boeing 737 Max 9": a variant's name and number
          // carry on the model's
          while (spaced(end) && end + 1 < token_count_ && tokens_[end].type == TokenType::kWord &&
                 tokens_[end].capitalized && tokens_[end].lexeme == nullptr && digits(end + 1) &&
                 tokens_[end + 1].gap == Gap::kSingleSpace && tokens_[end + 1].size() <= 2 &&
                 !(attached(end + 2) && (symbol(end + 2, '.') || symbol(end + 2, ','))) &&
                 !has(end + 2, kScaleWord | kScaleSuffix | kMeasureUnit | kPercentWord | kDurationUnit |
                                   kCurrencyWord | kMonth) &&
                 !symbol(end + 2, '%')) {
            end = alphanumeric_run_end(end + 1);
          }
          // "quoted John 3:16", "Genesis 1:27": a book's chapter and verse
          if (symbol(end, ':') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
          return end;
        }
        // "Windows 11 now runs on ...": a name the text has used with a number mid-sentence
        // is one at a sentence's start too (where "Nearly 300", "Police 40" would count)
        if (may_follow_a_name && numbered_name_count_ > 0 && before.capitalized && !before.all_caps &&
            numbered_name_seen() && plain_follows() && !counted_after()) {
          return alphanumeric_run_end(k);
        }
        // "Orvix Nova 9 Pro review", "Galaxy S9 Ultra": a product's name, its tier after its
        // number, wherever it stands (headlines open with them)
        if (may_follow_a_name && before.capitalized && !before.all_caps && token.size() <= 2 && spaced(k + 1) &&
            k + 1 < token_count_ && tokens_[k + 1].capitalized && word_in(k + 1, kModelTierSet)) {
          return k + 2;
        }
        // (the capital asked first, inline: most words before a number have none)
        if (may_follow_a_name && before.capitalized && one_thing_opening_a_sentence(k + 1)) {
          return alphanumeric_run_end(k);
        }
        // "a Boeing 737-800 flying from Manchester": a model and its variant, dashed, as
        // three-digit numbers on either side (but "into Gaza 300-400 trucks" counts)
        const bool dashed_variant = name == k - 1 && tokens_[k].gap == Gap::kSingleSpace && token.size() >= 3 &&
                                    token.size() <= 4 && attached_dash(k + 1) && digits(k + 2) &&
                                    attached(k + 2) && tokens_[k + 2].size() >= 3 && tokens_[k + 2].size() <= 4 &&
                                    !(attached(k + 3) && k + 3 < token_count_ &&
                                      tokens_[k + 3].type != TokenType::kSymbol) &&
                                    !(symbol(k + 3, '%') || (spaced(k + 3) && counted_noun(k + 3)) ||
                                      has(k + 3, kScaleWord | kScaleSuffix | kMeasureUnit | kPercentWord |
                                                     kDurationUnit | kCurrencyWord));
        if (dashed_variant && name_word() && mid_sentence()) return k + 3;
      }
    }
  }
  if (names_an_address_or_road(k, look_behind)) return k + 1;
  if (const std::size_t end = names_no_figure(k, look_behind); end != 0) return end;
  // "Killed: 72,027 [1]", "as the ministry said [2].": a bracketed reference to a source
  // or note, closing its clause; "most of them commercial. [5] More than half", a line
  // "[1] Gaza Ministry of Health, ...": one after a sentence's end, or a note's label
  // opening its line ("killed [12] people" is an editor's insertion)
  if (token.size() <= 2 && symbol(k + 1, ']') && attached(k + 1) && k > 0 && symbol(k - 1, '[') && attached(k) &&
      (k + 2 >= token_count_ || tokens_[k + 2].type == TokenType::kSymbol || tokens_[k + 2].gap == Gap::kNewline ||
       k == 1 || tokens_[k - 1].gap == Gap::kNewline ||
       ((symbol(k - 2, '.') || symbol(k - 2, '!') || symbol(k - 2, '?')) && spaced(k - 1)))) {
    return k + 2;
  }
  // "1. Displacement", "2) Funding": the number of a section or list item, at a line's start
  // after a line that ended a sentence (in hard-wrapped text, "fell to\n12. The" follows a
  // word and stays a figure)
  // ('1. "More than 71,000 ..."', a fact-check's numbered claims: the claim in quotes)
  if (token.size() <= 2 && (k == 0 || !same_line(k)) && (symbol(k + 1, '.') || symbol(k + 1, ')')) && attached(k + 1) &&
      spaced(k + 2) && k + 2 < token_count_ &&
      (tokens_[k + 2].capitalized ||
       ((symbol(k + 2, '"') || symbol(k + 2, U'\u201C')) && attached(k + 3) && k + 3 < token_count_ &&
        tokens_[k + 3].capitalized)) &&
      (k == 0 || symbol(k - 1, '.') || symbol(k - 1, ':') || symbol(k - 1, '!') || symbol(k - 1, '?') ||
       numbers_a_list_item(k))) {
    return k + 2;
  }
  // "a .40-caliber handgun", "a 12-gauge shotgun": the size that names a gun
  if ((attached_dash(k + 1) && attached(k + 2)) || spaced(k + 1)) {
    const std::size_t w = dash(k + 1) ? k + 2 : k + 1;
    const char first = w < token_count_ && tokens_[w].size() > 0 ? static_cast<char>(text_[tokens_[w].begin] | 0x20) : 0;
    if ((first == 'c' || first == 'g' || first == 'b') &&
        (word(w, "caliber") || word(w, "calibre") || word(w, "gauge") || word(w, "bore"))) {
      return k + 1;
    }
  }
  // "155mm artillery shells", "155-mm shells", "a 5.56mm rifle": a calibre in millimetres
  // before what it names ("412mm of rain" is a measure)
  {
    std::size_t unit = symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) ? k + 3 : k + 1;
    if (attached_dash(unit) && attached(unit + 1)) ++unit;
    if (word(unit, "mm") && (attached(unit) || spaced(unit)) && spaced(unit + 1) && word_in(unit + 1, kCalibreNouns)) {
      return unit;
    }
  }
  // A journal citation's volume: "N Engl J Med 2026; 395: 1812-24", "Lancet
  // 2025;405:112-20" (year, semicolon, volume, colon, pages)
  if (symbol(k + 1, ':') && attached(k + 1) && k >= 2 && symbol(k - 1, ';') && year_at(k - 2) > 0 &&
      attached(k - 1)) {
    return k + 1;
  }
  // A part's or a model's code, "parts numbered 4417-B", "a 12-A permit": digits, a dash
  // and one capital letter closing the word
  if (attached_dash(k + 1) && attached(k + 2) && k + 2 < token_count_ &&
      tokens_[k + 2].type == TokenType::kWord && tokens_[k + 2].size() == 1 && tokens_[k + 2].capitalized &&
      !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol)) {
    return k + 3;
  }
  // Case and file numbers: "2024-CV-1234"
  if (attached_dash(k + 1) && k + 2 < token_count_ && tokens_[k + 2].all_caps &&
      attached(k + 2) && attached_dash(k + 3) && digits(k + 4) && attached(k + 4)) {
    return alphanumeric_run_end(k);
  }
  // Phone numbers with a trunk prefix: "020 7946 0321", "0800 123 4567", a mobile's
  // "07700 900123"; "03457 48 49 50", "0800 21 4455": two groups or more of two to four
  // digits after the prefix
  const auto dialled_group = [&](std::size_t t) {
    return digits(t) && spaced(t) && tokens_[t].size() >= 2 && tokens_[t].size() <= 4;
  };
  if (token.size() >= 3 && text_[token.begin] == '0' && dialled_group(k + 1) && dialled_group(k + 2)) {
    std::size_t end = k + 1;
    while (dialled_group(end)) ++end;
    return end;
  }
  if (token.size() >= 3 && text_[token.begin] == '0' && digits(k + 1) && spaced(k + 1) &&
      tokens_[k + 1].size() >= 3) {
    std::size_t end = k + 1;
    while (digits(end) && spaced(end) && tokens_[end].size() >= 3 && tokens_[end].size() <= 6) ++end;
    return end;
  }
  // Index names: "the Tel Aviv 35 index", "S&P 500 gained", "Stoxx Europe 600 rose"
  if (word(k + 1, "index") && spaced(k + 1)) return k + 1;
  if (look_behind && k > 0 && spaced(k) && tokens_[k - 1].type == TokenType::kWord &&
      tokens_[k - 1].capitalized && tokens_[k - 1].lexeme == nullptr && spaced(k + 1) &&
      word_in(k + 1, kMarketVerbs)) {
    return k + 1;
  }
  if (look_behind && k > 1 && spaced(k) && tokens_[k - 1].capitalized && tokens_[k - 1].size() == 1 &&
      symbol(k - 2, '&')) {
    return k + 1;
  }
  // Emergency and service numbers: "call 101 rather than 999", "call SNCF on 3635", and a
  // toll-free or local line written in one run, "call RTA on 8009090"
  const bool on_number = k > 0 && word(k - 1, "on") && token.size() <= 8 && !symbol(k + 1, ',');
  // "Text 60030 to give", "dial 1571": a short code of four or five digits, straight after
  // the verb ("call 1,000 voters", "call 1000 voters" and "call 2026 a year" count or date)
  const bool short_code = token.size() >= 4 && token.size() <= 5 && k > 0 && spaced(k) && !symbol(k + 1, ',') &&
                          (word(k - 1, "text") || word(k - 1, "dial") || word(k - 1, "call")) &&
                          !(spaced(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type == TokenType::kWord &&
                            tokens_[k + 1].lexeme == nullptr) &&
                          year_at(k) == 0;
  // "quoting reference 50260418822": a record's long number after its word alone
  if (look_behind && k > 0 && spaced(k) && token.size() >= 6 && (word(k - 1, "reference") || word(k - 1, "ref"))) {
    return alphanumeric_run_end(k);
  }
  // "quoting incident number 3418", "case number 24-117": a record's number
  if (look_behind && k > 1 && spaced(k) && word(k - 1, "number") && spaced(k - 1) &&
      (word(k - 2, "incident") || word(k - 2, "case") || word(k - 2, "reference") || word(k - 2, "crime") ||
       word(k - 2, "ticket") || word(k - 2, "order") || word(k - 2, "account") || word(k - 2, "policy"))) {
    return alphanumeric_run_end(k);
  }
  // "call 1800 000 123", "dial 13 77 88", "by calling 02 6555 0188": a number dialled in
  // spaced groups straight after the verb (two groups more, or one of three digits or more)
  if (look_behind && k > 0 && spaced(k) && token.size() >= 2 && token.size() <= 4 &&
      (word(k - 1, "call") || word(k - 1, "calling") || word(k - 1, "dial") || word(k - 1, "ring") ||
       word(k - 1, "phone"))) {
    constexpr std::size_t kMostGroups = 4;
    std::size_t end = k + 1;
    while (end < k + 1 + kMostGroups && digits(end) && spaced(end) && tokens_[end].size() >= 2 &&
           tokens_[end].size() <= 4 && year_at(end) == 0) {
      ++end;
    }
    if (end - k >= 3 || (end - k == 2 && tokens_[k + 1].size() >= 3)) return end;
  }
  // "the dengue hotline, 1926, is open", "the helpline 0800 is free": a number of four to
  // six digits straight after the line's name, or after it and a comma, and before a sign
  // or a verb of being, is the line's number ("the hotline, 2025 figures show" dates them)
  // ("Toll-free: 1070", "Helpline: 1926": the line's name and a colon)
  const auto line_name = [&](std::size_t t) {
    return word(t, "hotline") || word(t, "helpline") || word(t, "freephone") ||
           (word(t, "free") && t > 1 && attached_dash(t - 1) && word(t - 2, "toll"));
  };
  const bool line_number =
      token.size() >= 4 && token.size() <= 6 && k > 0 && spaced(k) &&
      (word(k - 1, "hotline") || word(k - 1, "helpline") ||
       (symbol(k - 1, ',') && k > 1 && (word(k - 2, "hotline") || word(k - 2, "helpline"))) ||
       (symbol(k - 1, ':') && k > 1 && line_name(k - 2))) &&
      (k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol || word(k + 1, "is") ||
       word(k + 1, "was"));
  // ("the phone ships with 512GB", "the phone weighs 196g": a number with a unit is
  // dialled by no one)
  // ("text messages ordering about 100,000 people": a number grouped in thousands is
  // dialled by no one either)
  if (look_behind && (token.size() == 3 || on_number || short_code || line_number) &&
      !(symbol(k + 1, '%') || has(k + 1, kMeasureUnit | kGluedUnit | kScaleSuffix | kScaleWord | kPercentWord |
                                             kCurrencyWord | kDurationUnit)) &&
      !(symbol(k + 1, ',') && attached(k + 1) && digits(k + 2) && attached(k + 2) && tokens_[k + 2].size() == 3)) {
    const std::size_t stop = k > kDialLookback ? k - kDialLookback : 0;
    for (std::size_t j = k; j > stop; --j) {
      // a line ends a heading as a full stop ends a sentence ("Too close to call" over
      // "Of the 435 House seats, ...")
      if (!same_line(j)) break;
      // (the words are of four to eight letters: the size of most tokens turns them away
      // before their letters are compared; another token's size is 0, and only such a
      // token is asked whether it ends the sentence)
      if (tokens_[j - 1].word_size - 4 > 4) {
        if (symbol(j - 1, '.') || symbol(j - 1, ';')) break;
        continue;
      }
      // ("road conditions by calling 511": "calling" only right before the number; "calling
      // for 500 troops" asks for them)
      // ("contact Police Scotland on 101, quoting ...": a number given "on" after "contact",
      // closing its clause; "made contact on 101 occasions" counts)
      if (word(j - 1, "call") || word(j - 1, "dial") || word(j - 1, "ring") || word(j - 1, "phone") ||
          word(j - 1, "text") || line_name(j - 1) || (j == k && word(j - 1, "calling")) ||
          (word(k - 1, "on") && word(j - 1, "contact") &&
           (k + 1 >= token_count_ || tokens_[k + 1].type == TokenType::kSymbol || word(k + 1, "or") ||
            word(k + 1, "quoting")))) {
        // "too close to call": a race not yet decided, no one dialled
        const bool undecided = j >= 3 && word(j - 1, "call") && word(j - 2, "to") && word(j - 3, "close");
        if (undecided) break;
        // "the helpline on 666 1234", "call Service NSW on 13 77 88": the groups of two to
        // four digits after a number given "on" are dialled too
        std::size_t end = k + 1;
        if (on_number) {
          constexpr std::size_t kMoreGroups = 3;
          while (end < k + 1 + kMoreGroups && digits(end) && spaced(end) && tokens_[end].size() >= 2 &&
                 tokens_[end].size() <= 4 && year_at(end) == 0) {
            ++end;
          }
        }
        return end;
      }
    }
  }
  // "7 o'clock": a time of day; "won 2-nil": a score
  if (word(k + 1, "o") && spaced(k + 1) && is_apostrophe(k + 2) && attached(k + 2) && word(k + 3, "clock") &&
      attached(k + 3)) {
    return k + 4;
  }
  if (attached_dash(k + 1) && word(k + 2, "nil") && attached(k + 2)) return k + 3;
  // Times of day: "10:30", "10 pm", "10.30am", "10 a.m."
  if (symbol(k + 1, ':') && attached(k + 1) && digits(k + 2) && attached(k + 2)) {
    std::size_t end = k + 3;
    if (symbol(end, ':') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
    // "a 1:27.412 lap", "won in 2:03:17.5": a timing to fractions of a second, a result
    if (symbol(end, '.') && attached(end) && digits(end + 1) && attached(end + 1)) end += 2;
    if (docket_after(end - 1)) return alphanumeric_run_end(end - 1);
    // "open 10:30-11:15", "polls close 07:00–22:00": a span of the clock, its end a time
    // of day too, no figure after the dash
    if (attached_dash(end) && digits(end + 1) && attached(end + 1) && symbol(end + 2, ':') && attached(end + 2) &&
        digits(end + 3) && attached(end + 3)) {
      end += 4;
    }
    if (has(end, kTimeSuffix) && same_line(end)) ++end;
    return end;
  }
  if (has(k + 1, kTimeSuffix) && same_line(k + 1) && tokens_[k + 1].gap != Gap::kSpaces) {
    return k + 2;
  }
  // "1hr 24min 36.118sec", "2h 03m 23s": a race time to the second, a result like
  // "2:03:17.5" (a span said "1h 30m" keeps its two durations)
  if (attached(k + 1) && (word(k + 1, "hr") || word(k + 1, "h")) && digits(k + 2) && spaced(k + 2) &&
      attached(k + 3) && (word(k + 3, "min") || word(k + 3, "m")) && digits(k + 4) && spaced(k + 4)) {
    const std::size_t seconds =
        symbol(k + 5, '.') && attached(k + 5) && digits(k + 6) && attached(k + 6) ? k + 7 : k + 5;
    if (attached(seconds) && (word(seconds, "sec") || word(seconds, "s"))) return seconds + 1;
  }
  if ((word(k + 1, "a") || word(k + 1, "p")) && same_line(k + 1) && symbol(k + 2, '.') &&
      attached(k + 2) && word(k + 3, "m") && attached(k + 3)) {
    return k + 4;
  }
  if (symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
      has(k + 3, kTimeSuffix) && same_line(k + 3)) {
    return k + 4;
  }
  // "at about 3.20 a.m.", "at 8.47 p.m.": hours and minutes with a full stop, then the
  // suffix spelled with its stops
  if (symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
      (word(k + 3, "a") || word(k + 3, "p")) && same_line(k + 3) && symbol(k + 4, '.') && attached(k + 4) &&
      word(k + 5, "m") && attached(k + 5)) {
    return k + 6;
  }
  // "at 9.30 this morning", "until 7.45 tonight", "at 11.05 local time", "at 3.15 in the
  // morning": hours and minutes with a full stop, a time of day by the part of the day or
  // the clock after them ("rose 9.30 this morning", "at 2.5 this morning" and "at 9.30
  // points" stay figures)
  if (symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) && tokens_[k + 2].size() == 2 &&
      small_number(k) <= 23 && small_number(k + 2) <= 59 && k > 0 && spaced(k) && word_in(k - 1, kMomentWordSet) &&
      spaced(k + 3) &&
      (word(k + 3, "tonight") ||
       ((word(k + 3, "this") || word(k + 3, "tomorrow") || word(k + 3, "yesterday")) && spaced(k + 4) &&
        (word(k + 4, "morning") || word(k + 4, "afternoon") || word(k + 4, "evening"))) ||
       (word(k + 3, "last") && word(k + 4, "night") && spaced(k + 4)) ||
       (word(k + 3, "local") && word(k + 4, "time") && spaced(k + 4)) ||
       // ("departed at 10.42 hrs": the clock's word, as "at 1400 hrs" below)
       word(k + 3, "hrs") ||
       // (the part of the day ending its clause: "at 11.05 in the afternoon session" is a price)
       (word(k + 3, "in") && word(k + 4, "the") && spaced(k + 4) && spaced(k + 5) &&
        (word(k + 5, "morning") || word(k + 5, "afternoon") || word(k + 5, "evening")) &&
        (k + 6 >= token_count_ || tokens_[k + 6].type == TokenType::kSymbol)))) {
    return k + 3;
  }
  // "the 12.57 from Manchester Victoria", "the 18.05 to Leeds": a train or bus named by its
  // departure, hours and minutes after "the" and before where it runs from or to ("the
  // 12.57 from last year", "the 1.5 from the survey" and "the 1.50 from Monday" stay figures)
  const bool clock_dotted = symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
                            tokens_[k + 2].size() == 2 && token.size() <= 2 && small_number(k) <= 23 &&
                            small_number(k + 2) <= 59 && k > 0 && spaced(k);
  if (clock_dotted && word(k - 1, "the") && spaced(k + 3) && (word(k + 3, "from") || word(k + 3, "to")) &&
      spaced(k + 4) && tokens_[k + 4].type == TokenType::kWord && tokens_[k + 4].capitalized &&
      !has(k + 4, kWeekday | kMonth)) {
    return k + 3;
  }
  // "the 7.15 train", "the 18.40 service": so before the vehicle it names ("the 7.15 rate"
  // and "the 2.5 train" stay figures)
  if (clock_dotted && word(k - 1, "the") && spaced(k + 3) &&
      (word(k + 3, "train") || word(k + 3, "bus") || word(k + 3, "service") || word(k + 3, "ferry") ||
       word(k + 3, "coach") || word(k + 3, "flight") || word(k + 3, "departure"))) {
    return k + 3;
  }
  // "the first train at 08.05", "until 06.30": a two-digit hour led by its nought is a
  // clock's, as no decimal is written so (before a unit, "at 08.05 km", it stays one)
  if (clock_dotted && token.size() == 2 && text_of(k).front() == '0' &&
      (word(k - 1, "at") || word(k - 1, "by") || word(k - 1, "until") || word(k - 1, "till") ||
       word(k - 1, "from") || word(k - 1, "before") || word(k - 1, "after") || word(k - 1, "the")) &&
      !has(k + 3, kMeasureUnit | kScaleWord | kCurrencyWord | kPercentWord | kDurationUnit)) {
    return k + 3;
  }
  // "09.12 Good morning.", "18.40 That is where we leave it": a live blog's entry opens with
  // its time, two-digit hours and minutes with a full stop first on the line, before the
  // entry's first word ("12.02 points" and "rose 12.02" mid-line stay figures)
  if (token.size() == 2 && (k == 0 || !same_line(k)) && symbol(k + 1, '.') && attached(k + 1) && digits(k + 2) &&
      attached(k + 2) && tokens_[k + 2].size() == 2 && small_number(k) <= 23 && small_number(k + 2) <= 59 &&
      spaced(k + 3) && tokens_[k + 3].type == TokenType::kWord && tokens_[k + 3].capitalized) {
    return k + 3;
  }
  // "a curfew from 2200 to 0600", "from 1900 until 0500": hours and minutes in four digits,
  // joined to a time written so with its nought, are a time of day too (the nought-led one
  // is read as a name below; "from 1900 to 2000" stays two years)
  const auto clock_digits = [&](std::size_t t) {
    return digits(t) && tokens_[t].size() == 4 && small_number(t) / 100 <= 23 && small_number(t) % 100 <= 59;
  };
  if (clock_digits(k) && spaced(k + 1) && (word(k + 1, "to") || word(k + 1, "until") || word(k + 1, "and")) &&
      spaced(k + 2) && clock_digits(k + 2) && text_of(k + 2).front() == '0' &&
      !(attached(k + 3) && k + 3 < token_count_ && tokens_[k + 3].type != TokenType::kSymbol) &&
      !has(k + 3, kMeasureUnit | kScaleWord | kCurrencyWord | kPercentWord | kDurationUnit)) {
    return k + 1;
  }
  // "at 1400 hrs", "By 1800 hours,", "at 2100 local time", "until 0600 GMT": four digits of a
  // clock after a word that places a moment, with the clock's word after them, are a time of
  // day ("worked 1400 hours", "for 1800 hours", "cut by 1200 hours" and "in 2100" stay a
  // duration, an amount and a year: "by" places a moment only opening its clause)
  const auto opens_clause = [&](std::size_t t) {
    return t == 0 || !same_line(t) || tokens_[t - 1].type == TokenType::kSymbol;
  };
  if (clock_digits(k) && k > 0 && spaced(k) && word_in(k - 1, kMomentWordSet) &&
      (!word(k - 1, "by") || opens_clause(k - 1)) && same_line(k + 1)) {
    if (word(k + 1, "hrs") || word(k + 1, "hours") || word(k + 1, "hr") || has(k + 1, kTimeSuffix)) return k + 2;
    if (word(k + 1, "local") && word(k + 2, "time") && spaced(k + 2)) return k + 1;
  }
  // "registration number 01234567", "agent 007": digits led by a nought name a thing, as no
  // count is written so (a date's "05/03/2026", "05 March", "03-Feb-26", a time's "09:00"
  // and the digits after a decimal point or a thousands comma are read elsewhere)
  if (token.size() >= 2 && text_of(k).front() == '0' &&
      !(k > 0 && attached(k) && tokens_[k - 1].type == TokenType::kSymbol) &&
      !(attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type == TokenType::kSymbol && attached(k + 2) &&
        (digits(k + 2) || (dash(k + 1) && has(k + 2, kMonth)))) &&
      !has(k + 1, kMonth | kTimeSuffix | kOrdinalSuffix)) {
    return alphanumeric_run_end(k);
  }
  // The readings below each ask for a token joined to the digits after them: most
  // numbers have a space after them, and are turned away on it.
  if (!attached(k + 1)) return std::nullopt;
  // "1920×1080", "the 4×100 m relay": digits on either side of a multiplication sign make a
  // name, as "4x4" does below
  if (symbol(k + 1, U'×') && digits(k + 2) && attached(k + 2)) return k + 3;
  // "a 4K screen", "records in 8K": a display's resolution, a capital K alone after a 4 or
  // an 8 ("£4K", "4k", "a 4K run" stay thousands)
  if (token.size() == 1 && (text_[token.begin] == '4' || text_[token.begin] == '8') && text_of(k + 1) == "K" &&
      !(attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type != TokenType::kSymbol) &&
      !(k > 0 && attached(k) && tokens_[k - 1].type == TokenType::kSymbol) && !word(k + 2, "run") &&
      !word(k + 2, "race")) {
    return k + 2;
  }
  // Letters stuck to the digits that are no unit or suffix: "5G", "3D", "4x4"; but
  // "23C" is a temperature and "87p" a price in pence.
  // (the letters' readings are asked only of a word stuck to the digits)
  const auto letters_name = [&] {
    const bool letter_alone = !(attached(k + 2) && k + 2 < token_count_ &&
                                tokens_[k + 2].type != TokenType::kSymbol);
    // ("-52F", "−18F": a figure below zero is no seat or flat)
    const bool signed_minus = k > 0 && attached(k) && minus(k - 1) &&
                              !(k > 1 && attached(k - 1) && tokens_[k - 2].type != TokenType::kSymbol);
    const bool celsius = (text_of(k + 1) == "C" ||
                          (text_of(k + 1) == "F" && ((small_number(k) >= 61 && small_number(k) <= 140) ||
                                                     converts_celsius(k + 1) || signed_minus ||
                                                     follows_temperature_word(k + 1)))) &&
                         letter_alone;
    // "1080p", "720p": a video's lines, not pence
    const int lines = small_number(k);
    const bool video_lines = lines == 480 || lines == 576 || lines == 720 || lines == 1080 || lines == 1440 ||
                             lines == 2160 || lines == 4320;
    const bool pence = text_of(k + 1) == "p" && letter_alone && !video_lines;
    // "between 21c and 24c a litre": cents, the "c" in lower case ("23C" is read above)
    const bool cents = text_of(k + 1) == "c" && letter_alone;
    const bool grams_or_inches = (text_of(k + 1) == "g" || text_of(k + 1) == "in") && letter_alone;
    // "187g", "45W" (but "5G" is a network); "a 5x zoom" is a multiplier
    // ("10cc" the band: an engine's capacity is 49cc or more)
    const bool glued_unit = has(k + 1, kGluedUnit) && text_of(k + 1) == tokens_[k + 1].lexeme->unit && letter_alone &&
                            !(text_of(k + 1) == "cc" && small_number(k) < 49);
    const bool multiplier = text_of(k + 1) == "x" && letter_alone;
    const bool megabytes = text_of(k + 1) == "MB" && letter_alone;
    // "a 3nm chip", "620Nm of torque" (Scanner::parse_measure_unit)
    const bool metres_of_a_kind = (text_of(k + 1) == "nm" || text_of(k + 1) == "Nm") && letter_alone;
    // "2m4f": a race's furlongs after its miles
    const bool furlongs = text_of(k + 1) == "f" && k >= 2 && furlongs_after_miles(k - 1) == k + 1;
    // "412kt", "26Mt": a mine's kilotonnes and megatonnes (Scanner::apply_suffix)
    const bool tonnes = letter_alone && (text_of(k + 1) == "Mt" || (text_of(k + 1) == "kt" && !names_the_sea()));
    // "Adeyemi 341pts", "+0.2pts": points, scored or of a share (Scanner::read_suffix)
    const bool points = text_of(k + 1) == "pts" && letter_alone;
    return !celsius && !pence && !cents && !grams_or_inches && !glued_unit && !multiplier && !megabytes &&
           !metres_of_a_kind && !furlongs && !tonnes && !points && !glued_hours_then_minutes(k + 1);
  };
  if (attached(k + 1) && k + 1 < token_count_ && tokens_[k + 1].type == TokenType::kWord &&
      !has(k + 1, kScaleSuffix | kScaleWord | kMeasureUnit | kOrdinalSuffix | kPercentWord |
                      kCurrencyCode | kDurationUnit | kCurrencyWord) &&
      !word(k + 1, "s") && !word(k + 1, "per") && letters_name()) {
    return alphanumeric_run_end(k);
  }
  // Three or more dash-joined groups (phone numbers, codes) and dotted versions,
  // ISO dates excepted.
  const bool iso_date_shape = token.size() == 4 && digits(k + 2) && tokens_[k + 2].size() == 2 &&
                              digits(k + 4) && tokens_[k + 4].size() == 2;
  // "5.1.2026", "2024.05.03", "15-01-2025": a dotted or dashed date, three groups only
  const bool day_first_shape =
      token.size() <= 2 && token_count_ > k + 4 && tokens_[k + 2].size() <= 2 && tokens_[k + 4].size() == 4;
  for (char32_t separator : {U'-', U'.'}) {
    // (read only of three groups: most numbers are no such thing)
    const auto date_shape = [&] {
      return !(symbol(k + 5, separator) && attached(k + 5) && digits(k + 6) && attached(k + 6)) &&
             (separator == U'.' ? day_first_shape || iso_date_shape
                                : day_first_shape && parse_slashed_date(k, U'-'));
    };
    if (symbol(k + 1, separator) && attached(k + 1) && digits(k + 2) && attached(k + 2) &&
        symbol(k + 3, separator) && attached(k + 3) && digits(k + 4) && attached(k + 4) &&
        !(separator == U'-' && iso_date_shape) && !date_shape() &&
        !(separator == U'.' && grouped_thousands_end(k) != 0)) {
      std::size_t end = k + 5;
      while (symbol(end, separator) && attached(end) && digits(end + 1) && attached(end + 1)) {
        end += 2;
      }
      return end;
    }
  }
  return std::nullopt;
}

// "+44 20 7946 0958", "(+44) 20 7946 0958", "(202) 555-0123".
std::optional<std::size_t> Scanner::skip_phone(std::size_t i) const {
  std::size_t end = 0;
  if (symbol(i, '+') && digits(i + 1) && attached(i + 1)) {
    end = i + 2;
  } else if (symbol(i, '(') && symbol(i + 1, '+') && attached(i + 1) && digits(i + 2) && attached(i + 2) &&
             symbol(i + 3, ')') && attached(i + 3) && digits(i + 4) && spaced(i + 4)) {
    end = i + 4;
  } else if (symbol(i, '(') && digits(i + 1) && attached(i + 1) && tokens_[i + 1].size() == 3 &&
             symbol(i + 2, ')') && attached(i + 2) && digits(i + 3) && spaced(i + 3) &&
             tokens_[i + 3].size() == 3 && attached_dash(i + 4) && digits(i + 5)) {
    end = i + 6;
  } else {
    return std::nullopt;
  }
  // "+2.4%", "+0.3 per cent": a change with its sign, no number to dial
  if (symbol(i, '+')) {
    std::size_t p = end;
    if (symbol(p, '.') && attached(p) && digits(p + 1) && attached(p + 1)) p += 2;
    if ((symbol(p, '%') && attached(p)) || (word(p, "per") && word(p + 1, "cent")) || has(p, kPercentWord)) {
      return std::nullopt;
    }
    // "+0.8 °C", "+1.5C": a temperature with its sign, an anomaly or a threshold
    if (symbol(p, U'\u00B0') || (attached(p) && (text_of(p) == "C" || text_of(p) == "F"))) return std::nullopt;
    // "+4.213s", "+11.7 seconds": a gap in a race's timings
    if ((p > end && attached(p) && (word(p, "s") || word(p, "sec") || word(p, "secs"))) ||
        (has(p, kDurationUnit) && spaced(p))) {
      return std::nullopt;
    }
    // "a legal +1.2 m/s wind": a signed reading in its unit (no number to dial has a
    // decimal point and then a word); "(38.6%, +21.3)": a signed change closing its bracket
    if (p > end && ((spaced(p) && p < token_count_ && tokens_[p].type == TokenType::kWord &&
                     !tokens_[p].capitalized) ||
                    (symbol(p, ')') && attached(p)))) {
      return std::nullopt;
    }
  }
  while (end < token_count_) {
    if (digits(end) && (spaced(end) || attached(end)) && tokens_[end].gap != Gap::kSpaces) {
      ++end;
    } else if ((dash(end) || symbol(end, '.')) && attached(end) && digits(end + 1) &&
               attached(end + 1)) {
      end += 2;
    } else if (symbol(end, '(') && digits(end + 1) && attached(end + 1) && symbol(end + 2, ')')) {
      end += 3;
    } else {
      break;
    }
  }
  // "31 (+2)", "a swing of +3": a sign and a number with no more digits to dial ("3+2"
  // is a sum, passed over whole)
  if (symbol(i, '+') && end == i + 2 && !(i > 0 && attached(i) && tokens_[i - 1].type != TokenType::kSymbol)) {
    return std::nullopt;
  }
  // "T+20 minutes": the time since liftoff, read at its digits (read_identifier)
  if (symbol(i, '+') && end == i + 2 && i > 0 && attached(i) && text_of(i - 1) == "T" && spaced(end) &&
      has(end, kDurationUnit)) {
    return std::nullopt;
  }
  return end;
}

// The words before a "forecast" that was made ("more than forecast", "it forecast").
constexpr auto kForecastMakers = std::to_array<std::string_view>({"than", "it", "they", "we", "he", "she", "had"});

// "£12.4bn more than forecast in March", "the £105.2bn it forecast in March": the date at
// token i is the day a forecast was made, not the day it looks ahead to.
bool Scanner::follows_forecast_made(std::size_t i) const {
  return i >= 3 && (word(i - 1, "in") || word(i - 1, "on")) && word(i - 2, "forecast") &&
         word_in(i - 3, kForecastMakers);
}

// The clause before token i says "will", "due", "next"... (future), "would",
// "promised"... (loose) or nothing of the kind (past).
// "applications close", "markets close": "close" at token k is the verb of a plural
// subject ("was close", "comes close", "gets close", "has close ties" are no such verb).
// "the required rate is up to 6.4 an over, from 5.9", "unemployment was up to 5.1%
// from 4.9%": the figure after "up to" is where a level has risen to, from a figure of its
// kind and unit a few words on ("up to £500 from 1 April" bounds the fine from a date)
bool Scanner::rises_from_figure(const Candidate& figure) const {
  std::size_t k = figure.end;
  for (std::size_t words = 0; words < kRiseFromWords && k < token_count_ && tokens_[k].type == TokenType::kWord &&
                              !tokens_[k].capitalized && !word(k, "from");
       ++words) {
    ++k;
  }
  if (symbol(k, ',')) ++k;
  if (!word(k, "from") || !spaced(k + 1)) return false;
  const std::optional<Candidate> start = parse_figure(k + 1);
  return start && !start->skip && start->mention.kind == figure.mention.kind &&
         start->mention.unit == figure.mention.unit;
}

// "Alpora reports full-year results on 4 March", "the bank publishes its first-half
// earnings on Thursday": a company's results calendar, in the present, is ahead ("reported
// results on", "the ministry reports the toll rose on Monday" are not).
bool Scanner::reports_results_on(std::size_t i) const {
  constexpr std::size_t kResultsWords = 5;  // "its fourth-quarter", "full-year", "first-half"
  if (i < 3 || !word(i - 1, "on") || !(word(i - 2, "results") || word(i - 2, "earnings"))) return false;
  for (std::size_t k = i - 2, words = 0; k > 0 && words < kResultsWords; ++words) {
    --k;
    if (word(k, "reports") || word(k, "publishes") || word(k, "releases") || word(k, "announces") ||
        word(k, "posts")) {
      return true;
    }
    const bool hyphen = dash(k) && attached(k) && attached(k + 1);
    if (!hyphen && !(tokens_[k].type == TokenType::kWord && !tokens_[k].capitalized)) return false;
  }
  return false;
}

// "would publish updated figures on Thursday", "will release revised data on 3 March": a
// past participle between a verb after a modal and its object in lower case describes
// the object and is no verb of the past. (Not after "to", which may be a preposition:
// "according to screening carried out in December".)
bool Scanner::describes_object_after_modal(std::size_t k) const {
  return k > 1 && spaced(k) && spaced(k - 1) && tokens_[k - 1].type == TokenType::kWord &&
         !tokens_[k - 1].capitalized && tokens_[k - 1].lexeme == nullptr && spaced(k + 1) && k + 1 < token_count_ &&
         tokens_[k + 1].type == TokenType::kWord && !tokens_[k + 1].capitalized &&
         (word(k - 2, "would") || word(k - 2, "will") || word(k - 2, "could") ||
          word(k - 2, "should") || word(k - 2, "shall") || word(k - 2, "must") || word(k - 2, "might"));
}

bool Scanner::closes_after_plural(std::size_t k) const {
  const auto plural_at = [&](std::size_t n) {
    return tokens_[n].type == TokenType::kWord && text_of(n).size() > 3 && text_of(n).back() == 's' &&
           !word_in(n, kStateVerbs) && !word(n, "comes") && !word(n, "gets") && !word(n, "has");
  };
  if (k == 0) return false;
  if (plural_at(k - 1)) return true;
  // "talks in Doha resume", "polls in New York close": the plural before the place it is in
  std::size_t n = k - 1;
  while (n > 0 && k - n <= 2 && tokens_[n].type == TokenType::kWord && tokens_[n].capitalized) --n;
  return n + 1 < k && n > 0 && (word(n, "in") || word(n, "at")) && plural_at(n - 1);
}

// The comma opening ", Whitby," when the one at `comma` closes it: a run of capitalised
// words between two commas, a capitalised word before the first ("St Mary's Church,
// Whitby,", "in Leeds, England,"); 0 when there is none.
std::size_t Scanner::place_in_apposition(std::size_t comma) const {
  constexpr std::size_t kPlaceWords = 3;
  const auto name_word = [&](std::size_t t) {
    return tokens_[t].type == TokenType::kWord && tokens_[t].capitalized && tokens_[t].lexeme == nullptr;
  };
  std::size_t t = comma;
  while (t > 0 && comma - t < kPlaceWords && name_word(t - 1) && spaced(t - 1)) --t;
  if (t == comma || !attached(comma) || t < 2 || !symbol(t - 1, ',') || !attached(t - 1) || !name_word(t - 2)) {
    return 0;
  }
  return t - 1;
}

Tense Scanner::tense_before(std::size_t i) const {
  std::size_t stop = i > kTenseLookback ? i - kTenseLookback : 0;
  // "by 30 June", "by the end of June": a date set as a deadline
  // ("no later than Friday", "not later than 30 June", "must be finished before June" set
  // one too)
  const bool deadline = (i > 0 && (word(i - 1, "by") || word(i - 1, "before"))) ||
                        (i > 2 && word(i - 1, "than") && word(i - 2, "later") &&
                         (word(i - 3, "no") || word(i - 3, "not"))) ||
                        (i > 3 && word(i - 1, "of") && word(i - 3, "the") && word(i - 4, "by") &&
                         (word(i - 2, "end") || word(i - 2, "start") || word(i - 2, "middle")));
  // "will suspend the first walkout if the trust puts at least 5% on the table by Friday":
  // a deadline reaches further back for the verb that sets it
  if (deadline) stop = i > kDeadlineLookback ? i - kDeadlineLookback : 0;
  if (reports_results_on(i)) return Tense::kFuture;
  bool joined = false;  // an "and" or "or" stands between the date and the word at k
  for (std::size_t j = i; j > stop; --j) {
    const std::size_t k = j - 1;
    if (tokens_[j].gap == Gap::kNewline) return Tense::kPast;
    // (the signs' tests, then the words': each asks for its type)
    if (tokens_[k].type == TokenType::kSymbol) {
      if (symbol(k, '.') || symbol(k, '!') || symbol(k, '?')) {
        // "a vigil is planned for 7 p.m. Sunday": the full stop of "a.m."/"p.m." right
        // before the day ends no sentence
        const bool time_before_day = j == i && k >= 3 && word(k - 1, "m") && attached(k) && attached(k - 1) &&
                                     symbol(k - 2, '.') && attached(k - 2) && (word(k - 3, "a") || word(k - 3, "p"));
        if (tokens_[j].gap != Gap::kNone && !time_before_day) return Tense::kPast;
      }
      // "who will turn 33 in June, signed ... in April": a clause of its own
      // ("is at 10:30 on Thursday": a time of day's colon parts no clause either)
      const bool digit_group = k > 0 && digits(k - 1) && attached(k) && digits(j) && attached(j);
      // "will spend about 27 hours chasing the station before docking at roughly 23:40 UTC
      // on Sunday": the lookback counts words, and a time of day is one
      if (digit_group && symbol(k, ':')) stop -= std::min<std::size_t>(stop, 2);
      // "must meet within 30 days of the vote, by 7 April": a deadline set off by a comma
      // belongs to the clause before it, and an obligation makes it one still ahead
      // ("must move to the second phase as agreed on 15 January" is not a deadline)
      if (symbol(k, ',') && k + 2 == i && word(k + 1, "by")) continue;
      // "will free Yehud, Berger and one more hostage before Friday": a list's comma
      if (symbol(k, ',') && joined) continue;
      // "will be held at St Mary's Church, Whitby, on 21 April": a place set off by commas
      // after the name it places parts no clause (the comma closing it right before the date
      // or its preposition)
      if (symbol(k, ',') && (k + 1 == i || (k + 2 == i && (word(k + 1, "on") || word(k + 1, "in"))))) {
        if (const std::size_t opening = place_in_apposition(k); opening > stop) {
          j = opening + 1;
          continue;
        }
      }
      // "temperatures would climb above freezing, reaching 41 degrees by Saturday": a clause
      // of a participle hung on the one before takes that one's tense
      if (symbol(k, ',') && k + 1 < i && tokens_[k + 1].type == TokenType::kWord && !tokens_[k + 1].capitalized &&
          tokens_[k + 1].lexeme == nullptr && text_of(k + 1).size() > 5 && text_of(k + 1).ends_with("ing")) {
        continue;
      }
      // "would allow the crossing to reopen, shut since May 2024, as early as Sunday": an
      // aside set off by commas that looks back (a past word or "since" in it) parts no
      // clause; the verb before it sets the date's tense
      if (symbol(k, ',') && k + 1 < i) {
        if (const std::size_t opening = backward_aside_opening(k); opening > stop) {
          stop -= std::min(stop, k - opening + 1);  // (the aside is no distance)
          j = opening + 1;
          continue;
        }
      }
      // "expect 43 to 46°C (109 to 115°F) across the province until Wednesday", "put claims at
      // 1.2 billion rand ($66 million) by Friday": a figure in brackets, the same figure in
      // another unit, parts no clause; the verb before it sets the date's tense
      if (symbol(k, ')') && k + 1 < i) {
        if (const std::size_t opening = figure_in_brackets_opening(k); opening > stop) {
          stop -= std::min(stop, k - opening + 1);  // (the brackets are no distance)
          j = opening + 1;
          continue;
        }
      }
      if (((symbol(k, ',') || symbol(k, ':')) && !digit_group) || symbol(k, ';') || symbol(k, '(') ||
          symbol(k, ')') || symbol(k, U'—')) {
        return Tense::kPast;
      }
      continue;
    }
    // every test below asks for a word at k
    if (tokens_[k].type != TokenType::kWord) continue;
    // "fares are set to rise on July 1", "tariffs are to rise from July 1", "the council
    // plans to cut rates from April": a plan's infinitive is ahead
    if (word(k, "to") && k > 0 && k + 1 < i && spaced(k + 1) && tokens_[k + 1].type == TokenType::kWord &&
        !tokens_[k + 1].capitalized && !has(k + 1, kArticle) && !word(k + 1, "the") && !word(k + 1, "blame") &&
        word_in(k - 1, kPlanInfinitiveLeads)) {
      return Tense::kFuture;
    }
    // "is set down for hearing on 4 May": a court's listing, the day set ahead ("was set
    // down for trial on 3 March" is the future seen from the past)
    if (k > 1 && word(k, "down") && word(k - 1, "set") && word(k + 1, "for") && spaced(k + 1)) {
      if (word(k - 2, "is") || word(k - 2, "are") || word(k - 2, "been")) return Tense::kFuture;
      if (word(k - 2, "was") || word(k - 2, "were")) return Tense::kLoose;
    }
    // "under plans set out in the November budget", "the rules laid down in March": a
    // participle of a verb with its particle, past ("is set out in", "will be laid down
    // in", "to put forward on" are not)
    if ((word(k, "out") || word(k, "down") || word(k, "forward")) && spaced(k) && k > 1 &&
        (word(k - 1, "set") || word(k - 1, "laid") || word(k - 1, "put")) && spaced(k - 1) &&
        !word_in(k - 2, kNonFiniteLeadSet) && !tokens_[k - 2].has(kFutureMarker | kLooseFuture) &&
        !word(k - 2, "was") && !word(k - 2, "were") && !word(k - 2, "and") && tokens_[k - 2].type == TokenType::kWord) {
      return Tense::kPast;
    }
    // (the zone or the "pm" of a time of day is of that one word)
    if (has(k, kTimeSuffix) && k > 0 && digits(k - 1)) stop -= std::min<std::size_t>(stop, 1);
    // "A few tornadoes are possible tonight and Friday", "showers are likely Saturday": what
    // the present says may come is ahead ("are likely to have died on Friday" is not)
    if ((word(k, "possible") || word(k, "likely")) && k > 0 &&
        (word(k - 1, "is") || word(k - 1, "are") || word(k - 1, "remain") || word(k - 1, "remains")) &&
        !(word(k + 1, "to") && word(k + 2, "have"))) {
      return Tense::kFuture;
    }
    // (most words are none of those asked for below: only a past word decides there)
    if (!tokens_[k].has(kFutureMarker | kLooseFuture) && !word_in(k, kTenseWordSet)) {
      if (past_word(k) && !word_in(k, kPastAdverbSet) && !(k > 0 && word_in(k - 1, kNonFiniteLeadSet)) &&
          !describes_object_after_modal(k)) {
        // "the case was adjourned until the 24th", "the deadline was extended until 30 June",
        // "the talks were postponed to December 3": a day set ahead of the verb, the nearer
        // either side
        if ((until_word(k + 1) || word(k + 1, "to")) && (k + 2 == i || (k + 3 == i && word(k + 2, "the"))) &&
            word_in(k, kPutOffWordSet)) {
          return Tense::kLoose;
        }
        // "was remanded in custody until May 5", "remanded on bail until Friday": where the
        // accused waits, two words, before the "until"
        if (word(k, "remanded") && k + 4 == i && until_word(i - 1) && (word(k + 1, "in") || word(k + 1, "on")) &&
            (word(k + 2, "custody") || word(k + 2, "bail"))) {
          return Tense::kLoose;
        }
        // "extended an excessive heat warning through Saturday evening", "postponed the vote
        // until March": the same with the verb's object between, a few words after an
        // article and with no mark of punctuation
        if (word_in(k, kPutOffWordSet) && i > 0 && until_word(i - 1) && i >= k + 4 &&
            i <= k + kPutOffObjectWords + kPutOffPlaceWords + 3 && (has(k + 1, kArticle) || word(k + 1, "the"))) {
          bool words_only = true;
          for (std::size_t t = k + 1; t < i && words_only; ++t) {
            words_only = tokens_[t].type == TokenType::kWord && spaced(t);
          }
          // ("extended an extreme heat warning for the Northern Cape until Thursday": the
          // object may end in the place it covers, a preposition and a name)
          std::size_t object_end = i - 1;
          while (object_end > k + 2 && tokens_[object_end - 1].capitalized) --object_end;
          if (object_end < i - 1 && word(object_end - 1, "the")) --object_end;
          if (object_end < i - 1 &&
              (word(object_end - 1, "for") || word(object_end - 1, "in") || word(object_end - 1, "across") ||
               word(object_end - 1, "over") || word(object_end - 1, "on"))) {
            --object_end;
          } else {
            object_end = i - 1;
          }
          if (words_only && object_end <= k + kPutOffObjectWords + 2) return Tense::kLoose;
        }
        // "warned of dangerous river levels from Wednesday into the weekend": the span a
        // warning was of is the future seen from the past, the nearer either side ("warned
        // of a slowdown on Tuesday" is the day it was given)
        if (word(k, "warned") && word(k + 1, "of") && i > k + 2 &&
            (word(i - 1, "from") || word(i - 1, "into") || until_word(i - 1))) {
          return Tense::kLoose;
        }
        return Tense::kPast;
      }
      continue;
    }
    if (word(k, "and") || word(k, "or")) joined = true;
    if (deadline && word(k, "must") && !word(k + 1, "have")) return Tense::kFuture;
    // "people waiting for planned treatment fell to 187,420 at the end of December": the
    // verb nearest the date sets its tense, and a finite past one stands nearer than
    // "planned" ("talks that began in May will resume on 3 March" keeps "will")
    // "jury selection is set to begin Monday", "talks are due to resume on 3 March"
    if (word(k + 1, "to") && word_in(k, kScheduledWords) && k > 0 &&
        (word(k - 1, "is") || word(k - 1, "are") || word(k - 1, "s"))) {
      return Tense::kFuture;
    }
    // "set a confiscation hearing for 21 September", "booked a return flight for 3 October":
    // a listed word with its object sets the day after "for", the future seen from the
    // past, so the nearer side ("sales set a record for September", written in October, is
    // the one just gone)
    if (word_in(k, kListedWords) && i > 0 && word(i - 1, "for") && i - k >= 3 && i - k <= kListedObjectWords + 2 &&
        (has(k + 1, kArticle) || word(k + 1, "the")) && spaced(k + 1)) {
      return Tense::kLoose;
    }
    if (past_word(k) && !word_in(k, kPastAdverbSet) && !(k > 0 && word_in(k - 1, kNonFiniteLeadSet))) {
      return Tense::kPast;
    }
    if (k + 2 == i && follows_forecast_made(i)) return Tense::kPast;
    if (tokens_[k].has(kFutureMarker)) {
      // "did not meet on Tuesday"; "agreed to meet on Friday" is the future seen from the past
      // "is not expected before June" still looks ahead; "was not expected back before
      // late January" is the future seen from the past
      if (word(k, "expected") && k > 1 && word(k - 1, "not")) {
        if (word(k - 2, "is") || word(k - 2, "are")) return Tense::kFuture;
        if (word(k - 2, "was") || word(k - 2, "were")) return Tense::kLoose;
      }
      if (k > 0 && (word(k - 1, "did") || word(k - 1, "not") || word(k - 1, "never"))) continue;
      // "no one can forget 7 October", "officials can confirm the strike on Tuesday": what
      // may be remembered or told now looks back
      if (word(k, "can") && spaced(k + 1) &&
          (word(k + 1, "forget") || word(k + 1, "remember") || word(k + 1, "recall") || word(k + 1, "confirm") ||
           word(k + 1, "say") || word(k + 1, "tell") || word(k + 1, "show") || word(k + 1, "prove") ||
           word(k + 1, "still"))) {
        continue;
      }
      // "Housing starts slip 4% in October": the statistic's noun, no verb
      if (word(k, "starts") && k > 0 && word(k - 1, "housing")) continue;
      // "smaller than the $4.6 billion forecast at the review in December": the noun after
      // its figure, no verb
      if (word(k, "forecast") && k > 0 && (digits(k - 1) || has(k - 1, kScaleWord | kScaleSuffix))) continue;
      // "added fewer jobs than expected in October", "rose as expected in May": a comparison
      // with a forecast, whose verb before it sets the tense
      if (word(k, "expected") && k > 0 && (word(k - 1, "than") || word(k - 1, "as"))) continue;
      // "had been due on the 3rd": the future seen from the past
      if (k > 1 && word(k - 1, "been") && word(k - 2, "had")) return Tense::kLoose;
      // "The fair is open June 8 to 14", "bookings are open until 30 June": a state in the
      // present tense, with the date right after it, is one still ahead ("was open on 3
      // March" is back; "are open from May 4 to 9" is left as it was read, back, probe 2)
      if (word(k, "open") && k > 0 && (word(k - 1, "is") || word(k - 1, "are")) &&
          ((k + 1 == i && !word(i, "from")) || (k + 2 == i && (word(k + 1, "on") || word(k + 1, "until"))))) {
        return Tense::kFuture;
      }
      // "open" schedules only the date right after it ("open again since 15 August" is a state)
      if (word(k, "open") && ((k > 0 && word_in(k - 1, kStateVerbs)) ||
                              !(k + 1 == i || (k + 2 == i && (word(k + 1, "on") || word(k + 1, "from")))))) {
        continue;
      }
      // "applications close on 30 April": "close on" a date schedules after a plural
      // subject ("was close on Friday", "came close on 3 March", "close to 5% on Friday"
      // are no schedule)
      if (word(k, "close")) {
        // ("close on the 2nd": the day of the month after its article; "applications close
        // by 15 March" set a deadline)
        const bool on_the_date = (word(k + 1, "on") || word(k + 1, "by")) &&
                                 (k + 2 == i || (k + 3 == i && word(k + 2, "the")));
        if (!closes_after_plural(k) || !on_the_date) continue;
      }
      if (k > 0 && word(k - 1, "to") && word(k, "meet")) return Tense::kLoose;
      return Tense::kFuture;
    }
    if (tokens_[k].has(kLooseFuture)) return Tense::kLoose;
    // "visibility may fall below 500 metres on Wednesday": the modal, in lower case (the
    // month is the lexicon's "may"), as "could" is
    // ("it may have peaked on Wednesday" is a guess at the past)
    if (tokens_[k].has(kMonth) && !tokens_[k].capitalized && word(k, "may") && spaced(k + 1) &&
        tokens_[k + 1].type == TokenType::kWord && !word(k + 1, "have") &&
        !(word(k + 1, "not") && word(k + 2, "have"))) {
      return Tense::kLoose;
    }
    // "the works run from June to August", "talks resume Monday": such a verb after a plural
    // subject, right before the date or its bound, is a present-tense schedule as "runs" and
    // "resumes" are ("have run since May", "did not resume on Monday" are no schedule); so
    // before a month ("the rains return in June", "classes begin in September")
    if (word_in(k, kPluralScheduleVerbSet) && closes_after_plural(k) &&
        (k + 1 == i || (k + 2 == i && (word(k + 1, "until") || word(k + 1, "till") || word(k + 1, "through") ||
                                       word(k + 1, "from") || word(k + 1, "on") || word(k + 1, "in"))))) {
      return Tense::kFuture;
    }
    // "Drake plays two nights at the O2 on December 18", "Ruto visits Beijing on Friday": a
    // named subject's present of a show, a fixture or a visit, the date in its clause, is
    // ahead ("played", "visited" are past)
    // (a name opening its clause: "1.1 billion Spotify plays" is a noun)
    if (k > 0 && tokens_[k - 1].type == TokenType::kWord && tokens_[k - 1].capitalized &&
        (k == 1 || tokens_[k - 2].type == TokenType::kSymbol || word(k - 2, "the") ||
         (tokens_[k - 2].type == TokenType::kWord && tokens_[k - 2].capitalized &&
          !has(k - 2, kScaleWord | kCardinal))) &&
        (word(k, "plays") || word(k, "performs") || word(k, "headlines") || word(k, "hosts") ||
         word(k, "visits") || word(k, "faces"))) {
      return Tense::kFuture;
    }
    // "United face Spurs on Saturday", "England play Wales at Twickenham on Sunday": a
    // fixture between two sides' names, the date after the second, is one still ahead
    // ("prices face pressure on Friday" has no names; "faced Spurs on Saturday" is past)
    if (word_in(k, kFixtureVerbSet) && k > 0 && tokens_[k - 1].type == TokenType::kWord && tokens_[k - 1].capitalized &&
        spaced(k + 1) && tokens_[k + 1].type == TokenType::kWord && tokens_[k + 1].capitalized) {
      const auto past_names = [&](std::size_t t) {
        while (t < i && tokens_[t].type == TokenType::kWord && tokens_[t].capitalized && spaced(t)) ++t;
        return t;
      };
      std::size_t t = past_names(k + 1);
      if ((word(t, "at") || word(t, "in")) && t + 1 < i && tokens_[t + 1].capitalized) t = past_names(t + 1);
      if (word(t, "on")) ++t;
      if (t == i) return Tense::kFuture;
    }
    // "the rate rises to 15 per cent from July 1", "fares go up by 5% from 1 March": a change
    // in the present set to start on a day is a schedule ("rose ... from July 1" is past;
    // "rises to 3% in December", a headline's present, has no "from")
    // ("face a 4.99% rise in council tax from April" is ahead too, but "approved a 9.2 per
    // cent rise in tariffs from 1 October" is not: the noun, after its figure or article,
    // takes the tense of a verb of the past before it)
    if (word_in(k, kPresentChangeVerbSet) && i > 0 && word(i - 1, "from") && k + 1 < i) {
      const bool noun = k > 0 && (has(k - 1, kPercentWord | kArticle) || digits(k - 1) || symbol(k - 1, '%') ||
                                  word(k - 1, "the") || word(k - 1, "cent"));
      if (!noun || !past_in_sentence_before(k)) return Tense::kFuture;
    }
    // "partners plan to reach ... in March", "aims to finish by June" (not "dated the
    // launch of the 20-point plan to September 29": the noun, the date right after "to")
    if (word(k + 1, "to") && spaced(k + 1) && word_in(k, kIntentVerbs) && k + 2 != i) return Tense::kFuture;
    // "needs US$ 96.4 million to sustain operations until the end of December": the need's
    // "to" and a verb after it, between the need and the date ("needed ... to" is past;
    // "needs 500 trucks a day in March" has no "to" and is no plan)
    if (word_in(k, kNeedVerbSet) && !(k > 0 && (word(k - 1, "the") || has(k - 1, kArticle)))) {
      for (std::size_t t = k + 1; t + 1 < i; ++t) {
        if (word(t, "to") && spaced(t + 1) && tokens_[t + 1].type == TokenType::kWord && !has(t + 1, kDateWordRoles) &&
            !tokens_[t + 1].capitalized) {
          return Tense::kFuture;
        }
      }
      continue;
    }
    // "the WFP has delivered maize and plans a second round by the end of June", "plans two
    // more tenders in December": "plan" with
    // its object planned is as much an intention (the noun "plans", after its article or a
    // preposition, is not: "under plans a minister set out in November")
    if ((word(k, "plans") || word(k, "plan") || word(k, "planning")) && spaced(k + 1) &&
        (has(k + 1, kArticle | kCardinal) || word(k + 1, "the") || word(k + 1, "another") ||
         word(k + 1, "further") || word(k + 1, "more")) &&
        !(k > 0 && (word(k - 1, "the") || word(k - 1, "a") || word(k - 1, "its") || word(k - 1, "their") ||
                    word(k - 1, "his") || word(k - 1, "her") || word(k - 1, "our") || word(k - 1, "to"))) &&
        !(k > 0 && (word(k - 1, "under") || word(k - 1, "of") || word(k - 1, "new") || word(k - 1, "with") ||
                    word(k - 1, "for") || word(k - 1, "these") || word(k - 1, "those") || word(k - 1, "no")))) {
      return Tense::kFuture;
    }
    // "a hearing is listed for 9 January" (but "was listed for" is past)
    // ("by-elections set for Nov. 17", with no verb of its own, is ahead too)
    if (word(k + 1, "for") && word_in(k, kListedWords) && k > 0 &&
        (word(k - 1, "is") || word(k - 1, "are") ||
         (k + 2 == i && !word(k - 1, "was") && !word(k - 1, "were") && !word(k - 1, "had") &&
          !word(k - 1, "been")))) {
      return Tense::kFuture;
    }
    // "confirmed that the hearing was set for 9 March": a listing reported in a that-clause
    // is past only by the reporting verb's tense, the future seen from the past ("The vote
    // was set for Nov. 17 but delayed" stays past)
    if (k + 2 == i && k > 2 && word(k + 1, "for") && word_in(k, kListedWords) &&
        (word(k - 1, "was") || word(k - 1, "were"))) {
      constexpr std::size_t kSubjectWords = 5;
      for (std::size_t t = k - 1; t > 0 && k - 1 - t < kSubjectWords && tokens_[t - 1].type != TokenType::kSymbol; --t) {
        if (word(t - 1, "that")) return Tense::kLoose;
      }
    }
    // "a confiscation hearing has been listed for 14 January": the perfect of the listing
    // is as present as "is listed for", the day still ahead ("had been listed for" is the
    // future seen from the past)
    if (word(k + 1, "for") && word_in(k, kListedWords) && k > 1 && word(k - 1, "been")) {
      if (word(k - 2, "has") || word(k - 2, "have")) return Tense::kFuture;
      if (word(k - 2, "had")) return Tense::kLoose;
    }
    // "he turns 27 in March", "the club turns 100 on 1 May": an age reached on a birthday,
    // ahead ("turned 27 in March" is past)
    if (word(k, "turns") && k + 3 == i && digits(k + 1) && spaced(k + 1) && (word(k + 2, "in") || word(k + 2, "on"))) {
      return Tense::kFuture;
    }
    // "the fair takes place on April 14-17": a present-tense schedule, as "meets on"
    // ("he takes office on January 20" is one too)
    if ((word(k, "place") || word(k, "office")) && k > 0 && word(k - 1, "takes")) return Tense::kFuture;
    // "tickets go on sale on Tuesday": a present-tense schedule of a day of the coming week
    // ("went on sale on Tuesday" is past, "did not go on sale" no schedule; a date of the
    // month is reads_ahead_in_present's: "go on sale on June 25th", months ahead, is back)
    if (word(k, "sale") && has(i, kWeekday) && k > 1 && word(k - 1, "on") &&
        (word(k - 2, "go") || word(k - 2, "goes")) &&
        !(k > 2 && (word(k - 3, "not") || word(k - 3, "did") || word(k - 3, "didn")))) {
      return Tense::kFuture;
    }
    // "the final is on 17 May", "the briefing is at 10:30 on Thursday": what is set for a
    // day is ahead ("was on" is past; "is at 5% in December" is a level, not an event)
    if ((word(k, "is") || word(k, "are")) && spaced(k + 1) &&
        (word(k + 1, "on") || (word(k + 1, "at") && digits(k + 2) &&
                               ((symbol(k + 3, ':') && attached(k + 3)) || has(k + 3, kTimeSuffix))))) {
      return Tense::kFuture;
    }
    // "the offer is valid until 31 May", "the ban is in force until June", "the crossing
    // stays closed until June": a state in the present that lasts until the date, which is
    // then still ahead ("was valid until", "remained shut until" are past)
    if ((word(k, "is") || word(k, "are") || word(k, "remains") || word(k, "remain") || word(k, "stays") ||
         word(k, "stay")) &&
        i > 0 && (word(i - 1, "until") || word(i - 1, "till"))) {
      return Tense::kFuture;
    }
    // "a split, to take effect on 1 December" (but "took effect on October 10")
    if (word(k, "effect") && k > 0 && (word(k - 1, "take") || word(k - 1, "takes"))) return Tense::kLoose;
    // "fell 1.1% ahead of its results on 19 February": an event awaited when the verb
    // happened, the nearer either side ("finished ahead of schedule in March" compares)
    if (word(k, "ahead") && word(k + 1, "of") && !word_in(k + 2, kAheadOfMeasures)) return Tense::kLoose;
  }
  return Tense::kPast;
}

// The words straight after a date say it is ahead: "talks on 3 February will decide",
// "donors meeting on Feb. 3 are expected to pledge"; or a clause hung on the date does:
// "listed for 9 January, when prosecutors will ask", "on Tuesday night, before hosting
// Castleford next month".
Tense Scanner::tense_after(std::size_t start, std::size_t end) const {
  if (word(end, "will") && spaced(end)) return Tense::kFuture;
  // "Sunday's election will decide", "Thursday's rate meeting will": the date owns the
  // subject of a clause ahead (a noun of one or two words in lower case)
  if (is_apostrophe(end) && attached(end) && word(end + 1, "s") && attached(end + 1)) {
    for (std::size_t t = end + 2; t < end + 4 && t < token_count_ && spaced(t) &&
                                  tokens_[t].type == TokenType::kWord && !tokens_[t].capitalized;
         ++t) {
      if (word(t + 1, "will") && spaced(t + 1)) return Tense::kFuture;
    }
  }
  // "wheat for December delivery", "the March contract": a delivery month is the coming
  // one, also with its commodity between ("the November soybean contract", "December
  // corn futures")
  if (word_in(end, kDeliveryWords) && spaced(end)) return Tense::kFuture;
  // "Brent crude futures LCOc1 for January fell": the contract for a month is the coming
  // one's, its ticker between
  if (start >= 2 && has(start, kMonth) && word(start - 1, "for") && spaced(start) && spaced(start - 1)) {
    if (word_in(start - 2, kDeliveryWords)) return Tense::kFuture;
    // (the ticker a run of tokens with no space between, "LCOc1", that holds a digit)
    std::size_t ticker = start - 2;
    bool digit = digits(ticker);
    while (ticker > 0 && attached(ticker)) {
      --ticker;
      digit = digit || digits(ticker);
    }
    if (digit && ticker > 0 && spaced(ticker) && word_in(ticker - 1, kDeliveryWords)) return Tense::kFuture;
  }
  if (end < token_count_ && tokens_[end].type == TokenType::kWord && !tokens_[end].capitalized && spaced(end) &&
      (word(end + 1, "contract") || word(end + 1, "futures")) && spaced(end + 1)) {
    return Tense::kFuture;
  }
  // "December corn added 2 cents", "September wheat on the Chicago Board of Trade settled":
  // a month before a traded commodity, the contract's delivery month
  if (word_in(end, kContractCommodities) && spaced(end) && has(start, kMonth) && end == start + 1 &&
      !(start > 0 && word_in(start - 1, kMonthOfEventLeads)) && !word_in(end + 1, kCropSeasonWords)) {
    return Tense::kFuture;
  }
  // "Its next board meeting, on 26 February, will consider": a date set off by commas
  // inside the subject takes the verb after it (no comma parts a subject from its verb
  // otherwise)
  // "At its nearest, in early December, it will be ...", "From January to March,
  // electricity will cost ...": a date set before the subject of a clause in the future
  // (a pronoun, or a noun with or without its article, between)
  const auto subject_word = [&](std::size_t t) {
    return t < token_count_ && spaced(t) && tokens_[t].type == TokenType::kWord && !tokens_[t].capitalized &&
           !past_word(t) && !tokens_[t].has(kFutureMarker | kLooseFuture);
  };
  std::size_t modal = end + 1;
  if (symbol(end, ',') && attached(end) && subject_word(end + 1)) {
    modal = end + 2;
    if ((has(end + 1, kArticle) || word(end + 1, "the")) && subject_word(end + 2)) modal = end + 3;
  }
  if (symbol(end, ',') && attached(end) && (word(modal, "will") || word(modal, "shall")) && spaced(modal) &&
      !in_past_phrase(start)) {
    return Tense::kFuture;
  }
  // "before the Nov. 23 deadline", "missed the Oct. 1 deadline": a deadline set is met or
  // missed either side of the day it is written about, the nearer
  // ("The Nov. 23 deadline passed": gone by, as its verb says)
  if (word(end, "deadline") && spaced(end) && !(spaced(end + 1) && past_word(end + 1))) return Tense::kLoose;
  // "A cold front on Saturday may bring rain", "a shift in the wind late on Friday could
  // push it": a possibility is ahead, unless it is one that has been ("may have caused");
  // "would" is as often the past's future ("the vote on Friday would decide"): the nearer
  // either side
  if ((word(end, "could") || word(end, "might") || (word(end, "may") && !tokens_[end].capitalized)) && spaced(end)) {
    return word(end + 1, "have") ? Tense::kPast : Tense::kFuture;
  }
  if (word(end, "would") && spaced(end)) return Tense::kLoose;
  if ((word(end, "is") || word(end, "are")) && spaced(end) && spaced(end + 1) &&
      (word(end + 1, "expected") || word(end + 1, "due") || word(end + 1, "scheduled"))) {
    return Tense::kFuture;
  }
  std::size_t k = end;
  if ((word(k, "night") || word(k, "morning") || word(k, "afternoon") || word(k, "evening")) && spaced(k)) ++k;
  if (symbol(k, ',') && attached(k)) ++k;
  const bool when = word(k, "when");
  const bool before = word(k, "before") || (word(k, "ahead") && word(k + 1, "of"));
  // ("The truce ended in March, when talks will resume": a clause in the past holds its date)
  if (!(when || before) || !spaced(k) || in_past_phrase(start)) return Tense::kPast;
  const std::size_t stop = std::min(token_count_, k + kClauseLookahead);
  for (std::size_t t = k + 1; t < stop; ++t) {
    if (tokens_[t].gap == Gap::kNewline || symbol(t, '.') || symbol(t, ';') || symbol(t, ',') ||
        symbol(t, '!') || symbol(t, '?') || symbol(t, ':')) {
      break;
    }
    if (word(t, "will") || word(t, "shall") || (word(t, "ll") && attached(t))) return Tense::kFuture;
    // "before hosting Castleford next month": an event after the date and still ahead
    if (before && (word(t, "tomorrow") || (word(t, "next") && spaced(t + 1) &&
                                           (word(t + 1, "week") || word(t + 1, "month") ||
                                            word(t + 1, "year") || has(t + 1, kWeekday | kMonth))))) {
      return Tense::kFuture;
    }
  }
  return Tense::kPast;
}

std::size_t Scanner::backward_aside_opening(std::size_t comma) const {
  bool looks_back = false;
  for (std::size_t t = comma; t > 0 && comma - t < kAsideWords; --t) {
    const std::size_t o = t - 1;
    if (tokens_[t].gap == Gap::kNewline) return 0;
    if (symbol(o, ',')) {
      // (opened by a participle, "closed since", "stalled after": "the family said" or "but
      // they collapsed" is a clause of its own)
      const bool opened = o + 1 < comma && tokens_[o + 1].type == TokenType::kWord && !tokens_[o + 1].capitalized &&
                          (past_word(o + 1) || (word(o + 2, "since") && spaced(o + 2)));
      return looks_back && opened && attached(o) ? o : 0;
    }
    if (tokens_[o].type == TokenType::kSymbol && !digits(t) && !(symbol(o, '.') && attached(o))) return 0;
    if (tokens_[o].type != TokenType::kWord) continue;
    if (word_in(o, kPastAdverbSet) || past_word(o)) looks_back = true;
    // a verb that looks ahead makes it a clause of its own
    if (tokens_[o].has(kFutureMarker)) return 0;
  }
  return 0;
}

// The "(" opening brackets closed at `closing` that hold a figure alone ("(113.2°F)",
// "(109 to 115°F)", "($66 million)", "(about 40 miles)"), or 0: a figure opens them
// (after a currency's sign or a hedge) and no verb stands in them ("(up 4% on the year)"
// has one word before its figure, "(which rose 4%)" a verb).
std::size_t Scanner::figure_in_brackets_opening(std::size_t closing) const {
  constexpr std::size_t kBracketedFigureTokens = 8;
  for (std::size_t t = closing; t > 0 && closing - t < kBracketedFigureTokens; --t) {
    const std::size_t o = t - 1;
    if (tokens_[t].gap == Gap::kNewline) return 0;
    if (symbol(o, '(')) {
      std::size_t first = o + 1;
      if (first < closing && (word(first, "about") || word(first, "around") || word(first, "some") ||
                              word(first, "roughly") || word(first, "nearly") || word(first, "almost"))) {
        ++first;
      }
      if (first < closing && (has(first, kCurrencyPrefix | kCurrencyCode) ||
                              (tokens_[first].type == TokenType::kSymbol && attached(first + 1)))) {
        ++first;
      }
      return first < closing && digits(first) ? o : 0;
    }
    if (tokens_[o].type == TokenType::kWord && (past_word(o) || tokens_[o].has(kFutureMarker | kLooseFuture))) return 0;
  }
  return 0;
}

// "Osei, ranked 212th in May, will rise": the date closes a phrase set off by a comma
// whose past participle places it, whatever the verb after the phrase says.
bool Scanner::in_past_phrase(std::size_t start) const {
  const std::size_t stop = start > kTenseLookback ? start - kTenseLookback : 0;
  for (std::size_t j = start; j > stop; --j) {
    const std::size_t k = j - 1;
    if (tokens_[j].gap == Gap::kNewline || symbol(k, ',') || symbol(k, '.') || symbol(k, ';')) return false;
    if (past_word(k)) return true;
  }
  return false;
}

bool Scanner::read_past_word(std::size_t k) const {
  if (k >= token_count_ || tokens_[k].type != TokenType::kWord) return false;
  if (word_in(k, kPastWordSet)) return true;
  // "The bank cut the rate in March", "the storm hit the coast": after its subject and
  // before its object, a singular's present would be "cuts" ("a rate cut in March" is a
  // noun; "to cut the rate", "they cut the rate" may be ahead)
  if (k > 0 && k + 1 < token_count_ && spaced(k + 1) && tokens_[k - 1].type == TokenType::kWord &&
      (word(k + 1, "the") || has(k + 1, kArticle) || word(k + 1, "its") || word(k + 1, "their") ||
       word(k + 1, "his") || word(k + 1, "her")) &&
      word_in(k, kSameFormPastSet) && !word_in(k - 1, kBareVerbLeadSet)) {
    return true;
  }
  // "was declared", "peaked", "freed"; words the lexicon knows ("hundred", "expected",
  // "planned") carry their own reading, capitalised words are names ("Ahmed"), and "is
  // listed", "will be closed", "stay closed", "remains closed" are no past
  // (the ending first: most words have another, and need no lookup of the '-ed' non-pasts)
  if (tokens_[k].lexeme != nullptr || tokens_[k].capitalized) return false;
  const std::string_view text = text_of(k);
  const bool ed = text.size() >= 4 && (text.ends_with("ed") || text.ends_with("ED"));
  if (!ed || word_in(k, kNotPastEdSet)) return false;
  // "gusts are forecast for exposed coasts on Wednesday", "rain is expected in affected
  // areas": a participle between a preposition and its noun is an adjective
  if (k > 0 && k + 1 < token_count_ && word_in(k - 1, kAttributiveLeadSet) && tokens_[k + 1].type == TokenType::kWord &&
      !tokens_[k + 1].capitalized && spaced(k + 1)) {
    return false;
  }
  // ("have been moved": a present perfect's state holds now, as "are moved" does; "must be
  // pre-positioned": the prefix hyphened on is the participle's)
  const std::size_t p = k >= 2 && attached(k) && dash(k - 1) && attached(k - 1) &&
                                tokens_[k - 2].type == TokenType::kWord
                            ? k - 2
                            : k;
  // "an index-linked 2039 issue", "state-owned firms", "a US-brokered deal": a noun hyphened
  // to a participle before the noun it describes makes an adjective, no verb
  if (p != k && (tokens_[p].size() >= 4 || tokens_[p].all_caps) && !word_in(p, kVerbPrefixSet) &&
      k + 1 < token_count_ && spaced(k + 1) && (digits(k + 1) || noun_word(k + 1))) {
    return false;
  }
  const bool passive_present =
      p > 0 && (word(p - 1, "is") || word(p - 1, "are") || word(p - 1, "be") || word(p - 1, "am") ||
                word(p - 1, "stay") || word(p - 1, "stays") || word(p - 1, "remain") || word(p - 1, "remains") ||
                (p > 1 && word(p - 1, "been") && (word(p - 2, "has") || word(p - 2, "have"))));
  return !passive_present;
}

// The sentence around a date (tokens i to end) says nothing of the past, and the date
// follows a main clause of a few words whose tense it takes: "the sides finishing third to
// sixth enter the play-offs, with the final at Wembley on 23 May".
bool Scanner::present_sentence(std::size_t i, std::size_t end, std::size_t main_clause_words) const {
  if (main_clause_words == 0) main_clause_words = kMainClauseWords;
  std::size_t words_before = 0;
  const std::size_t stop = i > kSentenceLookback ? i - kSentenceLookback : 0;
  for (std::size_t j = i; j > stop; --j) {
    const std::size_t k = j - 1;
    if (tokens_[j].gap == Gap::kNewline) break;
    // (the stop that closes "p.m." or "a.m." ends no sentence: "until 10 p.m. Wednesday")
    if ((symbol(k, '.') || symbol(k, '!') || symbol(k, '?')) && tokens_[j].gap != Gap::kNone &&
        !(k >= 3 && symbol(k, '.') && attached(k) && word(k - 1, "m") && symbol(k - 2, '.') &&
          (word(k - 3, "p") || word(k - 3, "a")))) {
      break;
    }
    if (past_word(k)) return false;
    if (tokens_[k].type == TokenType::kWord) ++words_before;
  }
  // "After 25 January they tend to creep back up": a date opening its sentence, with its
  // preposition, takes the tense of the main clause after it
  const bool opens_sentence = words_before <= 1;
  if (words_before < main_clause_words && !opens_sentence) return false;
  std::size_t words_after = 0;
  const std::size_t last = std::min(token_count_, end + kSentenceLookback);
  for (std::size_t k = end; k < last; ++k) {
    if (tokens_[k].gap == Gap::kNewline) break;
    if (sentence_stop(k)) break;
    if (tokens_[k].type == TokenType::kWord) ++words_after;
    // ("... in December and January as the monsoon sets in," said Farid Osman: a quote's
    // clause ends at its closing mark, and the attribution after it is no verb of it)
    if (k >= 1 && (symbol(k, '"') || symbol(k, U'\u201D')) && symbol(k - 1, ',')) break;
    // "goes on sale on March 6, priced at £649": a participle set off by a comma describes
    // the subject and is no verb of the past; "running 5% ahead of last year", "up on last
    // year": the base of a comparison, gone by, no past of the clause
    if (past_word(k) && !(symbol(k - 1, ',') && word_in(k + 1, kParticiplePrepositions)) &&
        !(word(k, "last") && word(k + 1, "year") && (word(k - 1, "of") || word(k - 1, "on") || word(k - 1, "than")))) {
      return false;
    }
  }
  return !opens_sentence || words_after >= main_clause_words;
}

bool Scanner::past_in_sentence_before(std::size_t i) const {
  for (std::size_t t = i; t > 0 && t + kSentenceLookback > i; --t) {
    if (tokens_[t].gap == Gap::kNewline || tokens_[t - 1].gap == Gap::kNewline || sentence_stop(t - 1)) break;
    if (past_word(t - 1)) return true;
  }
  return false;
}

bool Scanner::past_in_sentence(std::size_t i, std::size_t end) const {
  if (past_in_sentence_before(i)) return true;
  for (std::size_t t = end; t < token_count_ && t < end + kSentenceLookback; ++t) {
    if (tokens_[t].gap == Gap::kNewline || sentence_stop(t)) break;
    if (past_word(t)) return true;
  }
  return false;
}

inline std::size_t Scanner::match_at(std::size_t i, std::vector<Mention>& mentions) {
  if (tokens_[i].type == TokenType::kSymbol) {
    // "a blood alcohol content of .19", "the limit of .08": a decimal written without its
    // leading zero, spaced from what comes before
    if (symbol(i, '.') && i > 0 && !attached(i)) return place_candidate(i, parse_bare_decimal(i), mentions);
    // (a sign between two figures compares them: "3<5" bounds neither; "p<.001" bounds a
    // decimal without its zero; "Market cap: ~$40bn", ">£1m" bound a sum)
    const auto sum_after = [&] {
      return attached(i + 1) && i + 1 < token_count_ && tokens_[i + 1].type == TokenType::kSymbol &&
             !currency_of_sign(tokens_[i + 1].symbol).empty() && digits(i + 2) && attached(i + 2);
    };
    if (auto bound = bound_of_sign(tokens_[i].symbol);
        bound && (digits(i + 1) || (symbol(i + 1, '.') && attached(i + 1)) || sum_after()) &&
        !(i > 0 && digits(i - 1))) {
      std::optional<Candidate> figure = symbol(i + 1, '.') ? parse_bare_decimal(i + 1) : parse_figure(i + 1);
      if (figure && !figure->skip) figure->mention.qualifier = *bound;
      return place_candidate(i, std::move(figure), mentions);
    }
  }
  // (its first test inline: it is asked at every token tried, and most fail it)
  if (may_begin_long_span(i)) {
    if (auto span = parse_long_span(i)) return place_candidate(i, std::move(span), mentions);
  }
  // ("since", "between", "from", "over" and "under" begin qualifiers too: their role is
  // asked before their letters, and turns most tokens away)
  const bool qualifier_start = has(i, kQualifierStart);
  if (qualifier_start && word(i, "since")) {
    if (auto since = parse_since(i)) return place_candidate(i, std::move(since), mentions);
  }
  if (qualifier_start && (word(i, "between") || word(i, "from"))) {
    if (auto range = parse_prefixed_date_range(i)) return place_candidate(i, std::move(range), mentions);
    if (word(i, "between")) {
      if (auto range = parse_between_figures(i)) return place_candidate(i, std::move(range), mentions);
    } else if (auto range = parse_ranged_from(i)) {
      return place_candidate(i, std::move(range), mentions);
    }
  }
  if (may_begin_date(i) || may_begin_spoken_year(i)) {
    if (auto date = parse_date_expression(i)) return place_candidate(i, std::move(date), mentions);
  }
  // (each reading up to the figure's begins with a word: digits and signs, half the tokens
  // tried, are passed over in one test)
  if (tokens_[i].type == TokenType::kWord) {
    // ("AD" has the role of a qualifier's start, "c" of a currency's letters)
    if (may_begin_era_year(i) && (qualifier_start || has(i, kCurrencyPrefix))) {
      if (auto year = parse_era_year(i)) return place_candidate(i, std::move(year), mentions);
    }
    if (the_weekend_at(i)) return place_candidate(i, parse_the_weekend(i), mentions);
    if (i == day_after_token_) {
      if (auto day = parse_the_day_after(i)) return place_candidate(i, std::move(day), mentions);
    }
    if (rank_at(i)) return place_candidate(i, parse_rank(i), mentions);
    if (word(i, "number") && i > 0 && word(i - 1, "world") && spaced(i)) {
      if (auto rank = parse_world_number(i)) return place_candidate(i, std::move(rank), mentions);
    }
    if (word(i, "one") && word(i + 2, "for") && word(i + 3, "every")) {
      if (auto ratio = parse_one_for_every(i)) return place_candidate(i, std::move(ratio), mentions);
    }
    if (numbered_day_at(i)) {
      if (auto day = parse_numbered_day(i)) return place_candidate(i, std::move(day), mentions);
    }
    // "weeks 49 to 52", "weeks 42–47": weeks of the year, in a text that numbers them so
    if (digits(i + 1) && word(i, "weeks") && numbers_iso_weeks()) {
      if (auto weeks = epi_week_range_at(i, i)) return place_candidate(i, std::move(weeks), mentions);
    }
    if (qualifier_start && (word(i, "over") || word(i, "under"))) {
      if (auto group = parse_age_group(i)) return place_candidate(i, std::move(group), mentions);
    }
    if (qualifier_start) {
      std::size_t figure_start = 0;
      if (const std::optional<Qualifier> qualifier = qualifier_before_figure(i, figure_start)) {
        return read_qualified_figure(i, *qualifier, figure_start, mentions);
      }
    }
  }
  if (!may_begin_figure_or_ordinal(i)) return i + 1;
  return read_figure_or_ordinal(i, mentions);
}

// The qualifier phrase that begins at token i ("more than", "up to", "about"), where the
// words around it let it bound a figure, and the token where that figure would begin.
std::optional<Qualifier> Scanner::qualifier_before_figure(std::size_t i, std::size_t& figure_start) const {
  // "to" within the few words of a figure and its unit from token j, before any mark of
  // the clause ("up to 90 minutes to journeys")
  const auto added_to_something = [&](std::size_t j) {
    constexpr std::size_t kFigureWords = 5;
    for (std::size_t t = j + 1; t < token_count_ && t <= j + kFigureWords; ++t) {
      if (tokens_[t].gap == Gap::kNewline) return false;
      if (tokens_[t].type == TokenType::kSymbol) {
        if (attached(t) && attached(t + 1)) continue;  // "1,500", "1.5"
        if (symbol(t, '%') || symbol(t, '$')) continue;
        return false;
      }
      if (word(t, "to") && spaced(t)) return true;
    }
    return false;
  };
  // (only the phrases whose first word begins with the token's letter and is as long, in
  // their order; a word with a role is ASCII letters)
  const unsigned letter = static_cast<unsigned char>(text_[tokens_[i].begin] | 0x20) - unsigned{'a'};
  const std::uint64_t phrases_of_word =
      letter < 26 ? kQualifierPhrasesByLetter[letter] &
                        kQualifierPhrasesByLength[std::min(tokens_[i].size(), kQualifierWordLengths - 1)]
                  : 0;
  for (std::uint64_t phrases = phrases_of_word; phrases != 0; phrases &= phrases - 1) {
    const std::size_t place = static_cast<std::size_t>(std::countr_zero(phrases));
    if (tokens_[i].lexeme != kQualifierPhraseLeads[place]) continue;
    const QualifierPhrase& phrase = kQualifierPhrases[place];
    // (the words after the first, each spaced from the one before)
    std::size_t j = i + 1;
    bool matched = true;
    for (std::string_view part : std::span(phrase.words).subspan(1)) {
      if (part.empty()) break;
      if (!word(j, part) || !spaced(j)) {
        matched = false;
        break;
      }
      ++j;
    }
    // "approx. 20": the abbreviation's full stop; a lower-case "c" is "circa" only with
    // its own, spaced or glued to the figure ("c.40"; "Plan C. 40 people" ends a sentence)
    // (the full stop asked first: most phrases have none after them; "c" is the one phrase
    // of a single letter)
    const bool stopped = matched && symbol(j, '.') && attached(j) &&
                         (word(i, "approx") || word(i, "appx") || word(i, "c"));
    if (stopped) ++j;
    if (tokens_[i].size() == 1 && !(stopped && text_[tokens_[i].begin] == 'c')) continue;
    if (!matched || !(spaced(j) || (stopped && digits(j) && attached(j)))) continue;
    // "handed over four coffins": a verb's particle, not a bound; "$3bn over 10 years":
    // a span of time after a figure
    // ("hold over" is a particle verb, but "prices hold above €4" bounds the figure)
    const bool over_word = word(i, "over") || word(i, "above");
    // "212 observations over eight nights", "40 deaths over three days": the span a
    // figure and its noun were counted across ("people over 65" is still a bound)
    const bool counted_across = word(i, "over") && i > 1 && last_mention_end_ == i - 1 &&
                                tokens_[i - 1].type == TokenType::kWord && !tokens_[i - 1].capitalized &&
                                (digits(j) || has(j, kCardinal)) && spaced(j + 1) &&
                                (has(j + 1, kDurationUnit) || word(j + 1, "nights") || word(j + 1, "rounds") ||
                                 word(j + 1, "games") || word(j + 1, "matches") || word(j + 1, "seasons"));
    if (counted_across) break;
    // "when 29 tornadoes touched down over two days", "40 people died over three days": the
    // span a count's clause happened across, its noun and verb between ("three patients
    // waited over six hours" is a bound on the wait)
    const bool clause_across = word(i, "over") && last_mention_kind_ == MentionKind::kNumber &&
                               last_mention_end_ < i && i - last_mention_end_ <= kCountClauseWords &&
                               (digits(j) || has(j, kCardinal)) && has(j + 1, kDurationUnit) && spaced(j + 1) &&
                               !(spaced(j + 2) && (word(j + 2, "old") || word(j + 2, "ago"))) && [&] {
                                 for (std::size_t t = last_mention_end_; t < i; ++t) {
                                   if (tokens_[t].type != TokenType::kWord || tokens_[t].capitalized ||
                                       !spaced(t) || word_in(t, kOverBoundLeadSet)) {
                                     return false;
                                   }
                                 }
                                 return true;
                               }();
    if (clause_across) break;
    // "a chase over 2m4f", "her fourth race over 42.195km": the distance a race is run
    // over, no bound on it
    if (word(i, "over") && digits(j) && furlongs_after_miles(j + 1) != 0) break;
    if (word(i, "over") && i > 0 && word_in(i - 1, kRaceNounSet) && (digits(j) || has(j, kCardinal)) &&
        race_distance_at(j)) {
      break;
    }
    // "a Rs 15,000-crore package over five years", "a $2bn plan over 10 years": the span a
    // plan or a deal runs across; "declared over 42 days after the last case": the end of an
    // outbreak, not a bound on the wait
    if (word(i, "over") && i > 0 && (word_in(i - 1, kOverSpanNounSet) || word(i - 1, "declared")) &&
        (digits(j) || has(j, kCardinal)) && has(j + 1, kDurationUnit) && spaced(j + 1) &&
        !(spaced(j + 2) && (word(j + 2, "old") || word(j + 2, "ago")))) {
      break;
    }
    // "under 21-day follow-up", "over 30-day loans": a measure hyphened before its noun,
    // which "under" or "over" governs whole, not a bound on the figure
    if ((word(i, "under") || word(i, "over")) && digits(j) && attached_dash(j + 1) && attached(j + 2) &&
        has(j + 2, kDurationUnit) && spaced(j + 3) && tokens_[j + 3].type == TokenType::kWord &&
        !tokens_[j + 3].capitalized && !has(j + 3, kDurationUnit) && !word(j + 3, "old")) {
      break;
    }
    // "until at least 2027": the bound of a time, whose year is the date (year_context_before)
    if (word(i, "at") && i > 0 && until_word(i - 1) && digits(j) && tokens_[j].size() == 4) break;
    // "has roughly doubled over five decades": the span a change said as a multiple took
    // (as "tripled in a decade" is; "waited over six months" is still a bound)
    if (word(i, "over") && i > 0 && word_in(i - 1, kMultipleChangeSet) && (digits(j) || has(j, kCardinal)) &&
        has(j + 1, kDurationUnit) && spaced(j + 1)) {
      break;
    }
    // "a 10-under 62", "on 11-under 205", "a two-over 74": a golfer's score against par, its
    // number hyphened to "under" or "over", then the strokes, which it does not bound
    if ((word(i, "under") || word(i, "over")) && i > 1 && attached(i) && attached_dash(i - 1) &&
        (digits(i - 2) || has(i - 2, kCardinal))) {
      break;
    }
    // "$38 million for capital projects over five years", "return £1.90 in benefits over 60
    // years", "£1.2bn of new adaptation finance over five years": the span a budget for a
    // purpose, or a sum in a kind, is spread across, a few
    // words after it, as "$3bn over 10 years" is straight after ("over 50 years old" is an
    // age; "£412,350 from residents over two years" is a sum taken, which the corpus bounds)
    const bool spread_across = word(i, "over") && last_mention_kind_ == MentionKind::kMoney &&
                               last_mention_end_ < i && i - last_mention_end_ <= kSpreadWords &&
                               (word(last_mention_end_, "for") || word(last_mention_end_, "in") ||
                                word(last_mention_end_, "of")) &&
                               (digits(j) || has(j, kCardinal)) && has(j + 1, kDurationUnit) && spaced(j + 1) &&
                               !(spaced(j + 2) && (word(j + 2, "old") || word(j + 2, "ago"))) && [&] {
                                 for (std::size_t t = last_mention_end_; t < i; ++t) {
                                   if (tokens_[t].type != TokenType::kWord || tokens_[t].capitalized) return false;
                                 }
                                 return true;
                               }();
    if (spread_across) break;
    // "moved to Tawila on foot over two to three days", "over 3-5 years": a range of times
    // is the span a thing took, which "over" does not bound (no writer bounds a range so)
    if (word(i, "over") && (digits(j) || has(j, kCardinal)) &&
        ((word(j + 1, "to") && spaced(j + 1) && spaced(j + 2)) ||
         (attached_dash(j + 1) && attached(j + 2))) &&
        (digits(j + 2) || has(j + 2, kCardinal)) && has(j + 3, kDurationUnit) && spaced(j + 3)) {
      break;
    }
    // "viewing sessions over two days in early September", "1,100 flights over two weekends
    // in September": the span a thing took, dated straight after, which "over" does not bound
    if (word(i, "over") && (digits(j) || has(j, kCardinal)) && spaced(j + 1) &&
        (has(j + 1, kDurationUnit) || word(j + 1, "weekends")) && spaced(j + 2) &&
        (word(j + 2, "in") || word(j + 2, "from")) && spaced(j + 3) &&
        (has(j + 3, kMonth) || ((word(j + 3, "early") || word(j + 3, "mid") || word(j + 3, "late")) &&
                                spaced(j + 4) && has(j + 4, kMonth)))) {
      break;
    }
    // "returned over 42 days", "since the strikes resumed, over six days", "the deal's first
    // stage: over 42 days": the span a thing done, or the clause before, took
    if (word(i, "over") && i > 0 && (digits(j) || has(j, kCardinal)) && has(j + 1, kDurationUnit) &&
        spaced(j + 1) &&
        (word_in(i - 1, kOverDuringVerbSet) || ((symbol(i - 1, ',') || symbol(i - 1, ':')) && spaced(i))) &&
        !(spaced(j + 2) && (word(j + 2, "old") || word(j + 2, "ago") || word(j + 2, "later") ||
                            word(j + 2, "earlier")))) {
      break;
    }
    // "spread ... over six months", "refund ... over 12 months": a period a sum is laid
    // across, the verb earlier in the clause ("lasted over six months" is still a bound)
    if (word(i, "over") && (digits(j) || has(j, kCardinal)) && has(j + 1, kDurationUnit) && spaced(j + 1)) {
      bool spread = false;
      for (std::size_t t = i; t > 0 && i - t < kSpreadAcrossLookback; --t) {
        const std::size_t k = t - 1;
        if (tokens_[t].gap == Gap::kNewline || symbol(k, ',') || symbol(k, ';') ||
            sentence_stop(k)) {
          break;
        }
        if (word_in(k, kSpreadAcrossWordSet) &&
            std::find(kSpreadAcrossWords.begin(), kSpreadAcrossWords.end(), text_of(k)) != kSpreadAcrossWords.end()) {
          spread = true;
          break;
        }
      }
      if (spread) break;
    }
    // ("was raised over 11 provinces": a warning raised across places; "raised over $2
    // million" is a bound)
    // ("Signal No. 2 is up over 14 other areas")
    const auto raised_over_places = [&] {
      if (!(word(i - 1, "raised") || word(i - 1, "up")) || !digits(j) || !spaced(j + 1)) return false;
      const std::size_t place = word(j + 1, "other") && spaced(j + 2) ? j + 2 : j + 1;
      return word(place, "provinces") || word(place, "areas") || word(place, "districts") ||
             word(place, "regions") || word(place, "municipalities") || word(place, "towns");
    };
    // ("killed in Gaza over two years of war": the span of the war they fell in)
    // ("in just over a month of bombardment" is a bound)
    const auto over_years_of_war = [&] {
      return !word(i - 1, "just") && !word(i - 1, "well") && !word(i - 1, "little") && has(j + 1, kDurationUnit) &&
             spaced(j + 1) && word(j + 2, "of") && spaced(j + 2) && spaced(j + 3) &&
             (word(j + 3, "war") || word(j + 3, "fighting") || word(j + 3, "conflict") ||
              word(j + 3, "bombardment") || word(j + 3, "siege") || word(j + 3, "occupation") ||
              word(j + 3, "talks") || word(j + 3, "negotiations") || word(j + 3, "captivity"));
    };
    if (over_word && i > 0 &&
        ((word(i, "over") && (word_in(i - 1, kOverParticleVerbSet) || word_in(i - 1, kOverAboutNounSet) ||
                              word_in(i - 1, kOverAcrossWordSet) || raised_over_places() || over_years_of_war())) ||
         last_mention_end_ == i)) {
      break;
    }
    // ("will add up to 90 minutes to journeys", "adds up to £300 to bills": an amount added
    // to something, its "to" after the figure and its unit, is bounded after all)
    if (phrase.qualifier == Qualifier::kUpTo && i > 0 && word(i, "up") && word_in(i - 1, kAddUpVerbs) &&
        !added_to_something(j)) {
      break;
    }
    if (phrase.qualifier == Qualifier::kUpTo && i > 0 && word(i, "up") && word_in(i - 1, kUpParticleVerbs)) break;
    if (phrase.qualifier == Qualifier::kUpTo && i > 0 && word(i, "up") && word_in(i - 1, kGoUpVerbs) &&
        !(i > 1 && word_in(i - 2, kCeilingModals))) {
      break;
    }
    // "the shares close on 5% gains": the verb, not a hedge
    if (word(i, "close") && word(i + 1, "on") && closes_after_plural(i)) break;
    // "a third more than three years ago", "20% fewer than": a comparison after a
    // figure, not a bound on the next one
    const bool comparative = phrase.qualifier == Qualifier::kMoreThan ||
                             phrase.qualifier == Qualifier::kLessThan ||
                             phrase.qualifier == Qualifier::kFewerThan;
    // ("In 2026 more than 410,000 people", "Since 2020 fewer than 50": a date before it
    // compares nothing)
    const bool after_date = last_mention_kind_ == MentionKind::kDate || last_mention_kind_ == MentionKind::kDateRange;
    if (comparative && i > 0 && last_mention_end_ == i && !after_date && word(i, phrase.words[0]) &&
        (word(i, "more") || word(i, "less") || word(i, "fewer"))) {
      break;
    }
    // "on or around 31 December", "about May 2024": a date takes no bound (the corpus
    // qualifies dates only with "since"); the date is read from its own first token
    if (auto date = parse_date_core(j, false); date && date->month > 0 && !date->not_a_date) break;
    // "built circa 1850": a year dated roughly, read as the year
    if (word(i, "circa") && year_at(j) > 0) break;
    // "net zero by around 2050", "peaking around 2030, they said": a year that ends its
    // clause, or follows a word that dates ("by", "in", "until"), is a time, not a count
    // ("a toll of about 2050." and "rose to around 1900." keep the count)
    if ((word(i, "around") || word(i, "about") || word(i, "roughly")) && year_at(j) > 0) {
      const bool dated = i > 0 && spaced(i) && has(i - 1, kYearContext) && !word(i - 1, "of");
      const bool ends_clause = j + 1 >= token_count_ || tokens_[j + 1].gap == Gap::kNewline ||
                               symbol(j + 1, '.') || symbol(j + 1, ',') || symbol(j + 1, ';');
      const bool after_amount_word = i > 0 && (word(i - 1, "of") || word(i - 1, "to") || word(i - 1, "at") ||
                                               word(i - 1, "is") || word(i - 1, "was") || digits(i - 1));
      if (dated || (ends_clause && !after_amount_word)) break;
    }
    // "53 per cent below 1990", "below 2019 levels": a level set against a year's, the
    // year read from its own token
    const bool against_a_year = (word(i, "below") || word(i, "above")) && digits(j) && tokens_[j].size() == 4 &&
                                year_at(j) > 0 &&
                                (word(j + 1, "levels") || word(j + 1, "level") || last_mention_end_ == i);
    if (against_a_year) break;
    // "at least a 45-day window", "up to a 10-year term": the article before a span
    // hyphened to its noun, the bound on the span
    if ((word(j, "a") || word(j, "an")) && digits(j + 1) && spaced(j + 1) && attached_dash(j + 2) &&
        attached(j + 3) && has(j + 3, kDurationUnit) && (phrase.qualifier == Qualifier::kAtLeast ||
                                                         phrase.qualifier == Qualifier::kUpTo ||
                                                         phrase.qualifier == Qualifier::kMoreThan ||
                                                         phrase.qualifier == Qualifier::kLessThan)) {
      ++j;
    }
    figure_start = j;
    return phrase.qualifier;
  }
  return std::nullopt;
}

// The figure at token j with the qualifier of token i, else the figure or ordinal at i,
// read as read_at reads.
inline std::size_t Scanner::read_qualified_figure(std::size_t i, Qualifier qualifier, std::size_t j,
                                                  std::vector<Mention>& mentions) {
  std::optional<Candidate> figure = word(j, "between") ? parse_between_figures(j) : parse_figure(j);
  // ("up to 6.4 an over, from 5.9": a rise, not a bound; "as long as 10 members agree": a
  // condition, which bounds only a span)
  if (!figure || (qualifier == Qualifier::kUpTo && !figure->skip && rises_from_figure(*figure)) ||
      (word(i + 1, "long") && figure->mention.kind != MentionKind::kDuration)) {
    return may_begin_figure_or_ordinal(i) ? read_figure_or_ordinal(i, mentions) : i + 1;
  }
  // "£20 below a year ago", "above last March": a level set against a date's, which
  // bounds no date; the date is read from its own words
  if ((word(i, "below") || word(i, "above")) &&
      (figure->mention.kind == MentionKind::kDate || figure->mention.kind == MentionKind::kDateRange)) {
    return i + 1;
  }
  if (!figure->skip) {
    if (word(figure->end, "below")) below_zero_after(*figure);
    figure->mention.qualifier = qualifier;
  }
  return place_candidate(i, std::move(figure), mentions);
}

std::size_t Scanner::read_figure_or_ordinal(std::size_t i, std::vector<Mention>& mentions) {
  if (std::optional<Candidate> figure = parse_figure(i)) {
    bound_after(i, *figure);
    return place_candidate(i, std::move(figure), mentions);
  }
  return may_be_ordinal(i) ? place_candidate(i, parse_ordinal(i), mentions) : i + 1;
}

// "40 below zero", "around 5 below zero", "30 to 35 below zero", "5 degrees below zero":
// a temperature under the scale's zero, the sign turned ("fell below zero" alone stays a
// bound; a bare number is a temperature's only up to 100). Whether it was.
bool Scanner::below_zero_after(Candidate& figure) const {
  const std::size_t k = figure.end;
  const MentionKind kind = figure.mention.kind;
  if (!word(k, "below") || !spaced(k) || !word(k + 1, "zero") || !spaced(k + 1)) return false;
  Mention& m = figure.mention;
  const double top = m.value ? *m.value : m.high.value_or(0);
  const double bottom = m.value ? *m.value : m.low.value_or(0);
  if (bottom <= 0 || !((kind == MentionKind::kNumber && top <= 100) ||
                       (kind == MentionKind::kQuantity && (m.unit == "degrees" || m.unit == "C" || m.unit == "F")))) {
    return false;
  }
  if (kind == MentionKind::kNumber) {
    m.kind = MentionKind::kQuantity;
    m.unit = "degrees";
  }
  if (m.value) {
    m.value = -*m.value;
  } else {
    m.low = -top;
    m.high = -bottom;
  }
  figure.end = k + 2;
  return true;
}

// "20,000 or more", "50 or more people", "ten or fewer": a bound written after the figure
// that begins at token i.
void Scanner::bound_after(std::size_t i, Candidate& figure) const {
  const std::size_t k = figure.end;
  if (figure.skip) return;
  const MentionKind kind = figure.mention.kind;
  if (word(k, "below") && below_zero_after(figure)) return;
  if (figure.mention.qualifier != Qualifier::kNone) return;
  if (kind != MentionKind::kNumber && kind != MentionKind::kMoney && kind != MentionKind::kQuantity &&
      kind != MentionKind::kPercent) {
    return;
  }
  // "forty-odd delegates", "£40m-plus", "a crowd of 60,000-plus": a hedge joined to the
  // figure; "a hundred or so": one written after it
  if (kind != MentionKind::kQuantity && attached_dash(k) && attached(k + 1) &&
      !(attached(k + 2) && k + 2 < token_count_ && tokens_[k + 2].type != TokenType::kSymbol)) {
    // ("40-something", "thirty-something": an age or a count hedged as "-odd" is)
    const bool hedged = word(k + 1, "odd") || word(k + 1, "something");
    if (hedged || word(k + 1, "plus")) {
      figure.mention.qualifier = hedged ? Qualifier::kAbout : Qualifier::kMoreThan;
      figure.end = k + 2;
      // "up from ninety-odd thousand": the scale after the hedge is the figure's
      if (hedged && kind == MentionKind::kNumber && figure.mention.value && spaced(k + 2) && has(k + 2, kScaleWord) &&
          !(attached_dash(k + 3) && attached(k + 3))) {
        const double multiplier = tokens_[k + 2].lexeme->number;
        *figure.mention.value *= multiplier;
        figure.mention.precision *= multiplier;
        figure.scale *= multiplier;
        figure.end = k + 3;
        return;
      }
      // "200-odd days", "40-plus years": the span the hedged count measures
      if (kind == MentionKind::kNumber && has(k + 2, kDurationUnit) && spaced(k + 2) &&
          !tokens_[k + 2].lexeme->unit.empty()) {
        figure.mention.kind = MentionKind::kDuration;
        figure.mention.unit = tokens_[k + 2].lexeme->unit;
        figure.end = k + 3;
      }
    }
    return;
  }
  // "a crowd put at 20,000 plus.": "plus" spaced and closing its clause ("£40m plus £5m",
  // "£300 plus VAT" add something)
  if (kind != MentionKind::kQuantity && word(k, "plus") && spaced(k) &&
      (k + 1 >= token_count_ || symbol(k + 1, '.') || symbol(k + 1, ',') || symbol(k + 1, ';') ||
       symbol(k + 1, ')'))) {
    figure.mention.qualifier = Qualifier::kMoreThan;
    figure.end = k + 1;
    return;
  }
  // "residents aged 65 plus", "children aged 5 and under": an age band, whose bound after the
  // age may be followed by anything ("aged 65 plus 3 carers" goes on to another figure)
  const bool age = kind == MentionKind::kNumber && i > 0 && spaced(i) &&
                   (word(i - 1, "aged") || word(i - 1, "ages") || word(i - 1, "age"));
  if (age && word(k, "plus") && spaced(k) && !(spaced(k + 1) && (digits(k + 1) || word_may_begin_figure(k + 1)))) {
    figure.mention.qualifier = Qualifier::kAtLeast;
    figure.end = k + 1;
    return;
  }
  // "adults aged 18+", "the 65+ group", "a £10m+ jackpot": a plus sign glued on is "and
  // over", as below ("90+4", "3+2" and "£5+£3" go on to another figure)
  if (symbol(k, '+') && attached(k) && (kind == MentionKind::kNumber || kind == MentionKind::kMoney) &&
      !(attached(k + 1) && k + 1 < token_count_ &&
        (tokens_[k + 1].type != TokenType::kSymbol || !currency_of_sign(tokens_[k + 1].symbol).empty()))) {
    figure.mention.qualifier = Qualifier::kAtLeast;
    figure.end = k + 1;
    return;
  }
  // "people aged 75 and over", "those 65 and older": an age band open upwards, as
  // "five or more" ("75 and over 200 others" goes on to another figure)
  if (kind == MentionKind::kNumber && word(k, "and") && spaced(k) && spaced(k + 1) &&
      (word(k + 1, "over") || word(k + 1, "older") || word(k + 1, "above")) &&
      !(spaced(k + 2) && (digits(k + 2) || word_may_begin_figure(k + 2)))) {
    figure.mention.qualifier = Qualifier::kAtLeast;
    figure.end = k + 2;
    return;
  }
  // "those 16 and younger"; "children aged 5 and under" (after an age only: "won 5 and
  // under pressure" goes on)
  if (kind == MentionKind::kNumber && word(k, "and") && spaced(k) && spaced(k + 1) &&
      (word(k + 1, "younger") || (age && (word(k + 1, "under") || word(k + 1, "below")))) &&
      !(spaced(k + 2) && (digits(k + 2) || word_may_begin_figure(k + 2)))) {
    figure.mention.qualifier = Qualifier::kAtMost;
    figure.end = k + 2;
    return;
  }
  if (!word(k, "or") || !spaced(k) || !spaced(k + 1)) return;
  if (word(k + 1, "so") && kind != MentionKind::kQuantity) {
    figure.mention.qualifier = Qualifier::kAbout;
    figure.end = k + 2;
    return;
  }
  // ("magnitude 5 or greater": "Greater" in capitals begins a place, "2 or Greater London")
  if (word(k + 1, "more") || word(k + 1, "above") || word(k + 1, "over") || word(k + 1, "higher") ||
      word(k + 1, "older") || (word(k + 1, "greater") && !tokens_[k + 1].capitalized)) {
    figure.mention.qualifier = Qualifier::kAtLeast;
  } else if (word(k + 1, "fewer") || word(k + 1, "less") || word(k + 1, "below") || word(k + 1, "under") ||
             word(k + 1, "lower") || word(k + 1, "younger")) {
    figure.mention.qualifier = Qualifier::kAtMost;
  } else {
    return;
  }
  figure.end = k + 2;
  // "on 15 or more days a month", "for three or more years": the bound of a span, which
  // its unit of time after it measures, as "200-odd days" ("five or more people" counts)
  if (kind == MentionKind::kNumber && has(k + 2, kDurationUnit) && spaced(k + 2) &&
      !tokens_[k + 2].lexeme->unit.empty()) {
    figure.mention.kind = MentionKind::kDuration;
    figure.mention.unit = tokens_[k + 2].lexeme->unit;
    figure.end = k + 3;
  }
}

// ".19", ".001": a decimal written without its leading zero, the full stop at `i`.
std::optional<Candidate> Scanner::parse_bare_decimal(std::size_t i) const {
  if (!symbol(i, '.') || !digits(i + 1) || !attached(i + 1) ||
      (symbol(i + 2, '.') && attached(i + 2) && digits(i + 3))) {
    return std::nullopt;
  }
  std::optional<Candidate> figure = parse_figure(i + 1);
  if (!figure || figure->skip || figure->scale > 1 || !figure->mention.value) return std::nullopt;
  const double shift = std::pow(10.0, static_cast<double>(tokens_[i + 1].size()));
  figure->mention.value = *figure->mention.value / shift;
  figure->mention.precision = 1 / shift;
  return figure;
}

inline std::size_t Scanner::read_at(std::size_t i, std::vector<Mention>& mentions) {
  if (tokens_[i].type == TokenType::kDigits) {
    // (before a list's number: "1. Brian Kiprotich (KEN) 2:04:11" is a place; asked of a
    // line's first token alone)
    if (i == 0 || tokens_[i].gap == Gap::kNewline) {
      if (auto place = parse_results_place(i)) return place_candidate(i, std::move(place), mentions);
    }
    // (before the names: "Rourke 67" on a scorers' line is the minute of a goal)
    if (may_be_goal_minute(i)) {
      if (auto minute = parse_goal_minute(i)) return place_candidate(i, std::move(minute), mentions);
    }
    // "Arsenal 2 (Saka 23) Chelsea 1 (Palmer 45 pen)": a side's score before its scorers,
    // a result and no figure
    if (symbol(i + 1, '(') && opens_scorers_bracket(i + 1)) return i + 1;
    if (may_be_commentary_minute(i)) {
      if (auto minute = parse_commentary_minute(i)) return place_candidate(i, std::move(minute), mentions);
    }
    if (may_be_place_in_race(i)) {
      if (auto place = parse_place_in_race(i)) return place_candidate(i, std::move(place), mentions);
    }
    // (each of these has a capital after the digits; most digits have none)
    if (i + 2 < token_count_ && tokens_[i + 1].capitalized) {
      // "44 BC", "15 March 44 BC": a year before the era, which a date cannot hold, so no
      // figure (nor the day and month it dates)
      if (before_the_era(i + 1)) return i + 2;
      if (has(i + 1, kMonth) && digits(i + 2) && before_the_era(i + 3)) return i + 4;
      if (tokens_[i + 1].type == TokenType::kWord && tokens_[i + 1].lexeme == nullptr) {
        if (auto hijri = parse_hijri_date(i)) return place_candidate(i, std::move(hijri), mentions);
      }
      // "1H25 profit", "4Q25", "3Q 2025": a half or quarter of a year as results tables
      // write it, its number first (not a code's letters and digits)
      if (tokens_[i].size() == 1 && attached(i + 1) && (word(i + 1, "h") || word(i + 1, "q"))) {
        if (auto period = parse_numbered_period(i)) return place_candidate(i, std::move(period), mentions);
      }
    }
    if (const std::optional<std::size_t> skipped_end = skip_identifier(i)) return *skipped_end;
  } else if (tokens_[i].type == TokenType::kSymbol) {
    if (const std::optional<std::size_t> skipped_end = skip_phone(i)) return *skipped_end;
  }
  return match_at(i, mentions);
}

namespace {

// The words that name a local dollar's country (named_dollar_country's codes, in order),
// by name, adjective or capital and largest cities; "Zealand" and "Kong" only after "New"
// and "Hong".
struct DollarPlace {
  std::string_view word;
  std::size_t country;  ///< AUD, NZD, CAD, SGD, HKD, FJD
  std::string_view after = {};
};
constexpr auto kDollarPlaces = std::to_array<DollarPlace>({
    {"australia", 0}, {"australian", 0}, {"sydney", 0}, {"melbourne", 0}, {"canberra", 0},
    {"brisbane", 0}, {"adelaide", 0}, {"hobart", 0}, {"queensland", 0}, {"tasmania", 0},
    {"zealand", 1, "new"}, {"auckland", 1}, {"christchurch", 1},
    {"canada", 2}, {"canadian", 2}, {"ottawa", 2}, {"toronto", 2}, {"vancouver", 2}, {"montreal", 2},
    {"calgary", 2}, {"edmonton", 2}, {"alberta", 2}, {"ontario", 2}, {"quebec", 2}, {"manitoba", 2},
    {"saskatchewan", 2}, {"columbia", 2, "british"},
    {"singapore", 3}, {"singaporean", 3},
    {"kong", 4, "hong"},
    {"fiji", 5}, {"fijian", 5}, {"suva", 5}, {"lautoka", 5}, {"nadi", 5},
});
constexpr auto kDollarPlaceWords = [] {
  std::array<std::string_view, kDollarPlaces.size()> words{};
  for (std::size_t p = 0; p < kDollarPlaces.size(); ++p) words[p] = kDollarPlaces[p].word;
  return words;
}();
// (named_dollar_country asks it of every capitalised word of the text: one probe, where
// the places' words were compared one by one)
const WordSet kDollarPlaceSet(kDollarPlaceWords);

}  // namespace

// The local dollar (AUD, NZD, CAD, SGD, HKD, FJD) of the country the text names most often,
// by name, adjective or capital and largest cities; empty when none is named or two as often.
// (`times_named`, when given, takes how often that country is named.) A dateline's city
// in capitals heading its line ("SYDNEY, May 9 - Gold rose to $2,310") is where the
// reporter files from, not whose money the story counts, and is not counted.
std::string_view Scanner::named_dollar_country(int* times_named) const {
  std::array<std::pair<std::string_view, int>, 6> named = {
      {{"AUD", 0}, {"NZD", 0}, {"CAD", 0}, {"SGD", 0}, {"HKD", 0}, {"FJD", 0}}};
  // (the tokens read through a local span: the loop's call of the set's lookup might, for
  // all the compiler knows, change the members, which it would then load again for each
  // token, most of them turned away on their capital alone)
  const std::span<const Token> tokens(tokens_.data(), token_count_);
  for (const Token& token : tokens) {
    if (!token.capitalized || (token.all_caps && (&token == tokens.data() || token.gap == Gap::kNewline))) continue;
    const auto t = static_cast<std::size_t>(&token - tokens.data());
    if (!word_in(t, kDollarPlaceSet)) continue;
    for (const DollarPlace& place : kDollarPlaces) {
      if (!word(t, place.word)) continue;
      if (place.after.empty() || (t > 0 && word(t - 1, place.after))) ++named[place.country].second;
      break;
    }
  }
  std::string_view most;
  int most_times = 0;
  bool tied = false;
  for (const auto& [code, times] : named) {
    if (times > most_times) {
      most = code, most_times = times, tied = false;
    } else if (times == most_times && times > 0) {
      tied = true;
    }
  }
  if (times_named != nullptr) *times_named = tied ? 0 : most_times;
  return tied ? std::string_view() : most;
}

// "Brent crude rose 38 cents to $62.84 a barrel": oil, gold and grains trade in US
// dollars wherever the desk that reports them sits ("Halden Securities in Singapore").
bool Scanner::names_dollar_commodity() const {
  for (std::size_t t = 0; t < token_count_; ++t) {
    if (tokens_[t].type == TokenType::kWord &&
        (word(t, "brent") || word(t, "wti") || word(t, "barrel") || word(t, "barrels") || word(t, "ounce") ||
         word(t, "bushel") || word(t, "bushels"))) {
      return true;
    }
  }
  return false;
}

bool Scanner::names_united_states() const {
  for (std::size_t t = 0; t < token_count_; ++t) {
    if (tokens_[t].capitalized && (word(t, "us") || word(t, "america") || word(t, "american") ||
                                   word(t, "americans") || word(t, "washington") ||
                                   (word(t, "states") && t > 0 && word(t - 1, "united")))) {
      return true;
    }
  }
  return false;
}

// "15,000 million pesos" in a story from Santiago: a currency word that several
// countries use is the currency of the country of its family the text names most (by
// name, adjective or a city that heads a dateline; "Pakistan" five times and "India"
// twice is a Pakistani story); with none named, or two named as often, it stays the
// word's usual one ("pesos" Mexico's, "rupees" and "Rs" India's, "shillings" Kenya's).
// (Francs alone, Swiss or CFA, and dinars read their country before they are money.)
void Scanner::take_named_country_currency(std::vector<Mention>& mentions) const {
  struct Family {
    std::string_view usual;  ///< the code the word alone is read as
    std::array<std::pair<std::string_view, int>, 6> named{};  ///< each country's code and times named
  };
  std::array<Family, 3> families = {{{"MXN"}, {"INR"}, {"KES"}}};
  const auto family_of = [&](const Mention& mention) -> Family* {
    const std::string_view text = mention.text;
    // ("the peso closed at 1,468.50 per dollar": the word before the rate, not in it)
    const bool sign_or_code = text.find("MX") != std::string_view::npos || text.find('$') != std::string_view::npos;
    if (mention.unit == "MXN" && (text.find("peso") != std::string_view::npos || !sign_or_code)) {
      return &families[0];
    }
    // ("up to Rs. 25,000", "below Rs17.5 trillion": the sign after a qualifier's words; "60
    // paisa", the rupee's hundredth)
    if (mention.unit == "INR" &&
        (text.find("rupee") != std::string_view::npos || text.find("Rs") != std::string_view::npos ||
         text.starts_with("Re") || text.find("paisa") != std::string_view::npos ||
         text.find("paise") != std::string_view::npos)) {
      return &families[1];
    }
    if (mention.unit == "KES" && text.find("shilling") != std::string_view::npos) return &families[2];
    return nullptr;
  };
  if (std::none_of(mentions.begin(), mentions.end(), [&](const Mention& mention) {
        return mention.kind == MentionKind::kMoney && family_of(mention) != nullptr;
      })) {
    return;
  }
  struct CountryWord {
    std::string_view word;
    std::size_t family;
    std::string_view code;
  };
  static constexpr auto kCountryWords = std::to_array<CountryWord>({
      {"mexico", 0, "MXN"},      {"mexican", 0, "MXN"},     {"argentina", 0, "ARS"},  {"argentine", 0, "ARS"},
      {"argentinian", 0, "ARS"}, {"chile", 0, "CLP"},       {"chilean", 0, "CLP"},    {"santiago", 0, "CLP"},
      {"colombia", 0, "COP"},    {"colombian", 0, "COP"},   {"bogota", 0, "COP"},     {"philippines", 0, "PHP"},
      {"philippine", 0, "PHP"},  {"filipino", 0, "PHP"},    {"manila", 0, "PHP"},     {"uruguay", 0, "UYU"},
      {"uruguayan", 0, "UYU"},   {"montevideo", 0, "UYU"},  {"india", 1, "INR"},      {"indian", 1, "INR"},
      {"delhi", 1, "INR"},       {"mumbai", 1, "INR"},      {"pakistan", 1, "PKR"},   {"pakistani", 1, "PKR"},
      {"islamabad", 1, "PKR"},   {"karachi", 1, "PKR"},     {"lahore", 1, "PKR"},     {"nepal", 1, "NPR"},
      {"nepalese", 1, "NPR"},    {"nepali", 1, "NPR"},      {"kathmandu", 1, "NPR"},  {"lanka", 1, "LKR"},
      {"lankan", 1, "LKR"},      {"colombo", 1, "LKR"},     {"mauritius", 1, "MUR"},  {"mauritian", 1, "MUR"},
      {"kenya", 2, "KES"},       {"kenyan", 2, "KES"},      {"nairobi", 2, "KES"},    {"mombasa", 2, "KES"},
      {"uganda", 2, "UGX"},      {"ugandan", 2, "UGX"},     {"kampala", 2, "UGX"},    {"tanzania", 2, "TZS"},
      {"tanzanian", 2, "TZS"},   {"dodoma", 2, "TZS"},      {"somalia", 2, "SOS"},    {"somali", 2, "SOS"},
      {"mogadishu", 2, "SOS"},
  });
  for (std::size_t t = 0; t < token_count_; ++t) {
    if (!tokens_[t].capitalized) continue;
    for (const CountryWord& country : kCountryWords) {
      if (!word(t, country.word)) continue;
      for (auto& [code, times] : families[country.family].named) {
        if (code.empty()) code = country.code;
        if (code != country.code) continue;
        ++times;
        break;
      }
    }
  }
  // "Mexican retailer Tiendas Alba ... 2.31 billion pesos" in a story that names Argentina
  // more: a country of the family named earlier in the amount's own clause decides first
  // ("after the conflict with India in May 2025, is expected to rise to Rs2.8tr" is not)
  const auto named_in_sentence = [&](const Mention& mention, const Family& family) -> std::string_view {
    // (the mention's first token by halving, as mentions come in text order but not every
    // one is money; the walk back stops at its sentence's start)
    std::string_view found;
    std::size_t t = 0;
    for (std::size_t count = token_count_; count > 0;) {
      const std::size_t half = count / 2;
      if (tokens_[t + half].begin < mention.byte_start) {
        t += half + 1;
        count -= half + 1;
      } else {
        count = half;
      }
    }
    // (at most a long clause back: a text of one clause and many amounts stays linear)
    constexpr std::size_t kClauseLookback = 40;
    for (const std::size_t stop = t > kClauseLookback ? t - kClauseLookback : 0; t > stop; --t) {
      const std::size_t c = t - 1;
      if (tokens_[t].gap == Gap::kNewline) break;
      if (sentence_stop(c)) break;
      if (symbol(c, ',') || symbol(c, ';') || symbol(c, ':')) break;
      if (!tokens_[c].capitalized) continue;
      for (const CountryWord& country : kCountryWords) {
        if (&families[country.family] != &family || !word(c, country.word)) continue;
        // ("Chile and Argentina each pledged 9 million pesos": two countries, either)
        if (!found.empty() && found != country.code) return {};
        found = country.code;
      }
    }
    return found;
  };
  for (Mention& mention : mentions) {
    if (mention.kind != MentionKind::kMoney) continue;
    const Family* family = family_of(mention);
    if (family == nullptr) continue;
    if (const std::string_view own = named_in_sentence(mention, *family); !own.empty()) {
      if (own != family->usual) {
        mention.unit = std::string(own);
        mention.note = concat("a currency several countries use, read as ", own, ", that of the country its sentence names");
      }
      continue;
    }
    std::string_view most;
    int most_times = 0;
    bool tied = false;
    for (const auto& [code, times] : family->named) {
      if (times > most_times) {
        most = code, most_times = times, tied = false;
      } else if (times == most_times && times > 0) {
        tied = true;
      }
    }
    if (most_times == 0 || tied || most == family->usual) continue;
    mention.unit = std::string(most);
    mention.note = concat("a currency several countries use, read as ", most, ", that of the country the text names most");
  }
}

// The words that mark a day's anniversary, and how far date_days_written_elsewhere looks
// for them around the day, within its sentence.
constexpr std::array<std::string_view, 6> kAnniversaryStems = {"remember", "anniversar", "commemorat",
                                                                "marked",   "mourn",      "memorial"};
constexpr std::size_t kSentenceBytes = 200;

// "taken on 7 October 2023 ... 665 days after the 7 October attack": a day read back
// without its year is the day the text writes with its year, when it writes one year for
// that day only (a day read ahead, "rises again from 1 April", is left as read).
void Scanner::date_days_written_elsewhere(std::vector<Mention>& mentions) const {
  // (its year in figures: "14 February last year" gives a day of its own reading)
  const auto year_in_figures = [](const Mention& mention) {
    char digits[8];
    const auto written = std::to_chars(digits, digits + sizeof digits, mention.date->year);
    return mention.text.find(std::string_view(digits, static_cast<std::size_t>(written.ptr - digits))) !=
           std::string::npos;
  };
  constexpr int kNone = 0, kConflict = -1;
  std::array<std::array<int, 32>, 13> written{};  // the year each day of the year is written with
  bool any_inferred = false;
  for (const Mention& mention : mentions) {
    if (mention.kind != MentionKind::kDate || !mention.date || mention.date->day == 0) continue;
    if (mention.year_inferred) {
      any_inferred = true;
    } else if (!(published_ < *mention.date) && year_in_figures(mention)) {
      int& year = written[mention.date->month][mention.date->day];
      year = year == kNone || year == mention.date->year ? mention.date->year : kConflict;
    }
  }
  if (!any_inferred) return;
  for (Mention& mention : mentions) {
    if (mention.kind != MentionKind::kDate || !mention.year_inferred || !mention.date || mention.date->day == 0 ||
        !(*mention.date < published_)) {
      continue;
    }
    const int year = written[mention.date->month][mention.date->day];
    if (year == kNone || year == kConflict || year == mention.date->year) continue;
    // ("Tuesday 7 October": its weekday chose its year)
    bool with_weekday = false;
    for (int day = 0; day < 7; ++day) with_weekday |= mention.text.starts_with(weekday_name(day).substr(0, 3));
    if (with_weekday) continue;
    // ("the attack of 7 October 2023 was remembered on 7 October": a day that marks the
    // written one's anniversary is another year's)
    std::size_t begin = mention.byte_start, end = mention.byte_end;
    while (begin > 0 && mention.byte_start - begin < kSentenceBytes && text_[begin - 1] != '.' && text_[begin - 1] != '\n') {
      --begin;
    }
    while (end < text_.size() && end - mention.byte_end < kSentenceBytes && text_[end] != '.' && text_[end] != '\n') {
      ++end;
    }
    const std::string_view sentence = text_.substr(begin, end - begin);
    if (std::any_of(kAnniversaryStems.begin(), kAnniversaryStems.end(),
                    [&](std::string_view stem) { return sentence.find(stem) != std::string_view::npos; })) {
      continue;
    }
    mention.date->year = year;
    mention.year_inferred = false;
    mention.note = concat("no year given: read as ", DateWords{*mention.date}, ", the day the text gives with its year");
  }
}

std::size_t Scanner::place_candidate(std::size_t i, std::optional<Candidate>&& candidate,
                                     std::vector<Mention>& mentions) {
  if (!candidate || candidate->end <= i) return i + 1;
  if (!candidate->skip) {
    Mention& mention = candidate->mention;
    // "children aged 6–59 months", "aged 18 years": an age, which is a count (as
    // "a two-month-old baby" is), not a span of time
    if (mention.kind == MentionKind::kDuration && i > 0 && spaced(i) &&
        (word(i - 1, "aged") || word(i - 1, "ages") || ages_ranged_before(i))) {
      mention.kind = MentionKind::kNumber;
      mention.unit.clear();
    }
    take_benchmark_rate(i, mention);
    take_compared_unit(i, candidate->end, mention);
    if (bare_number(mention)) {
      take_column_unit(i, candidate->end, mention);
      take_plain_table_unit(i, candidate->end, mention);
    }
    take_paired_unit(i, candidate->end, mention, mentions);
    if (mention.low) take_interval_unit(i, mention, mentions);  // (ranges only: the cheap test first)
    mention.byte_start = tokens_[i].begin;
    mention.byte_end = tokens_[candidate->end - 1].end;
    // (a candidate's text is empty until here: append() copies the span in, without the
    // checks of assign() for text that overlaps the string's own)
    mention.text.append(text_.substr(mention.byte_start, mention.byte_end - mention.byte_start));
    if (mention.kind == MentionKind::kDate || mention.kind == MentionKind::kDateRange) {
      last_date_end_ = candidate->end;
      const std::size_t e = candidate->end;
      if (mention.kind == MentionKind::kDate && mention.date && (i == 0 || tokens_[i].gap == Gap::kNewline) &&
          weekday_at(i) >= 0 && symbol(e, ',') && digits(e + 1) && symbol(e + 2, ':') && attached(e + 2)) {
        entry_day_ = *mention.date;
      }
      // "CAIRO, Dec 29 (Agency) - Talks resumed on Monday": a wire's dateline is its day
      // of writing, which its weekdays and "today" count from (a city in capitals opening
      // the line, its date, the agency in brackets and a dash)
      if (mention.kind == MentionKind::kDate && mention.date && mention.date->day > 0 && i >= 2 &&
          symbol(i - 1, ',') && tokens_[i - 2].all_caps) {
        std::size_t city = i - 2;
        while (city > 0 && i - city < 5 && tokens_[city].gap != Gap::kNewline && tokens_[city - 1].all_caps) --city;
        std::size_t after = e;
        if (symbol(after, '(')) {
          while (after < e + 6 && same_line(after) && !symbol(after, ')')) ++after;
          if (symbol(after, ')')) ++after;
        }
        if ((city == 0 || tokens_[city].gap == Gap::kNewline) && (dash(after) || symbol(after, U'\u2014')) &&
            same_line(after)) {
          entry_day_ = *mention.date;
        }
      }
      if (candidate->year_stated && mention.date) last_stated_year_ = mention.date->year;
      // (a plain date gone by with its year carries a narrative on; any other date, as
      // "on Monday" or "last week", returns to the publication's time, and so does a date
      // a comparison reaches back to: "the highest since the state's first election in
      // 1977. Polling was held on April 9")
      if (mention.kind == MentionKind::kDate && mention.date && mention.qualifier == Qualifier::kNone &&
          (candidate->year_stated || candidate->year_from_narrative) && !reached_back_to_by_since(i)) {
        narrative_date_ = *mention.date;
        narrative_end_ = candidate->end;
      } else {
        narrative_end_ = 0;
      }
      dated_day_end_ = 0;
      day_after_token_ = static_cast<std::size_t>(-1);
      if (mention.kind == MentionKind::kDate && mention.date && mention.date->day > 0 &&
          mention.qualifier == Qualifier::kNone) {
        for (std::size_t t = i; t < candidate->end; ++t) {
          if (digits(t)) {
            dated_day_ = *mention.date;
            dated_day_end_ = candidate->end;
            day_after_token_ = day_after_opening_next_sentence(candidate->end);
            break;
          }
        }
      }
      // (the weekday written with its day of the month; a bare one read ahead is kept apart)
      if (mention.kind == MentionKind::kDate && mention.date && mention.date->day > 0 && published_known_ &&
          weekday_at(i) >= 0) {
        const int day = days_since_epoch(*mention.date);
        const int ahead = day - days_since_epoch(published_);
        const bool day_written = mention.text.find_first_of("0123456789") != std::string::npos;
        if (ahead > 0 && ahead < 7) (day_written ? weekday_named_ahead_ : weekday_read_ahead_)[weekday_at(i)] = day;
      }
      if (mention.date && mention.date->year > 0 && mention.date->month > 0) {
        last_month_date_ = *mention.date;
        last_month_date_end_ = candidate->end;
      }
      const bool heads_entry = (i == 0 || tokens_[i].gap == Gap::kNewline) &&
                               (dash(e) || (symbol(e, ':') && attached(e))) && spaced(e + 1) && same_line(e + 1);
      // ("Last year a storm on 16 and 17 January forced closures", "Next year's race, on 14
      // November, will ...": a sentence opened by its year in words does the same)
      const bool opens_with_year_words = tokens_[i].capitalized &&
                                         (word(i, "last") || word(i, "this") || word(i, "next")) &&
                                         candidate->end == i + 2 && word(i + 1, "year");
      if (mention.kind == MentionKind::kDate && mention.date && mention.date->month == 0 &&
          ((i > 0 && word(i - 1, "in") && tokens_[i - 1].capitalized) || heads_entry || opens_with_year_words)) {
        opening_year_ = mention.date->year;
        opening_year_end_ = candidate->end;
        opening_year_heads_entry_ = heads_entry;
        entry_line_checked_ = candidate->end;
      }
      if (candidate->year_written) {
        const bool open_range = mention.qualifier == Qualifier::kSince;
        for (const auto& date : {mention.date, open_range ? std::optional<Date>() : mention.date_end}) {
          if (date && date->granularity() == Date::Granularity::kDay) add_written_date(*date);
        }
      }
    }
    placed_.push_back({i, candidate->end, candidate->year_stated, candidate->year_read_back});
    last_mention_end_ = candidate->end;
    last_mention_kind_ = mention.kind;
    if (mention.kind == MentionKind::kMoney) last_money_unit_ = mention.unit;
    if (mention.kind == MentionKind::kPercent && mention.unit == "percentage_points") {
      last_points_end_ = candidate->end;
    }
    if (mention.kind == MentionKind::kDuration) last_duration_unit_ = mention.unit;
    if (mention.kind == MentionKind::kPercent) last_percent_end_ = candidate->end;
    if ((mention.kind == MentionKind::kQuantity || mention.kind == MentionKind::kMoney) && !mention.unit.empty()) {
      last_measured_kind_ = mention.kind;
      last_measured_unit_ = mention.unit;
      last_measured_end_ = candidate->end;
      // "started the 10km fun run, up from about 11,000": a measure between an article and
      // its noun names the thing ("the 5,000m final"); no level after it moves from it
      if (mention.kind == MentionKind::kQuantity && names_a_measured_thing(i, candidate->end)) {
        last_measured_unit_.clear();
      }
    }
    if (mention.kind == MentionKind::kQuantity && mention.unit.find('/') != std::string::npos) {
      last_rate_unit_ = mention.unit;
      last_rate_end_ = candidate->end;
    }
    last_was_celsius_ = mention.kind == MentionKind::kQuantity && mention.unit == "C";
    last_identifier_.forget();
    last_numeral_.forget();
    mentions.push_back(std::move(mention));
  }
  return candidate->end;
}

std::vector<Mention> Scanner::run() {
  std::vector<Mention> mentions;
  // News copy has one mention in ten to fifteen tokens: room for one in eight saves the
  // moves of mentions (three strings each) as the vector grows, where one in sixteen
  // grew it once in a text of many figures.
  mentions.reserve(token_count_ / 8);
  placed_.reserve(token_count_ / 8);  // one per mention, grown alike
  std::size_t i = 0;
  while (i < token_count_) {
    const Token& token = tokens_[i];
    // (by the token's type, words first: most tokens are words that begin nothing, turned
    // away on their roles and last letters; a chain of tests, where a switch's jump through
    // a table was a branch the processor seldom foretold)
    bool may_start = false;
    if (token.type == TokenType::kWord) {
      // (the cheapest tests first: a comparison, then the word's own letters and size)
      may_start = token.has(kStartRoles) || i == day_after_token_ ||
                  (word(i, "fortnight") && i > 0 && tokens_[i - 1].has(kOrdinal)) ||  // "the first fortnight"
                  the_weekend_at(i) || (may_begin_long_span(i) && parse_long_span(i)) ||
                  // ("weeks 49 to 52", "world number one": words of the lexicon, asked first)
                  (token.lexeme != nullptr && ((digits(i + 1) && word(i, "weeks") && numbers_iso_weeks()) ||
                                               (word(i, "number") && i > 0 && word(i - 1, "world"))));
    } else if (token.type == TokenType::kDigits) {
      may_start = true;
    } else if (token.type == TokenType::kSymbol) {
      // (a hyphen inside a word, "Hamas-led", "20-point", is no minus sign, which
      // parse_digit_numeral reads only after a space or a sign, and begins nothing else)
      may_start = (is_start_symbol(token.symbol) && !(minus(i) && i > 0 && attached(i) &&
                                                      tokens_[i - 1].type != TokenType::kSymbol)) ||
                  (digits(i + 1) && is_apostrophe(i)) ||
                  // " .19": a decimal without its leading zero (match_at)
                  (token.symbol == '.' && digits(i + 1) && attached(i + 1) && i > 0 && !attached(i));
    }
    if (!may_start) {
      ++i;
      continue;
    }
    if (entry_day_ && token.type == TokenType::kDigits && (i == 0 || token.gap == Gap::kNewline) &&
        symbol(i + 1, ':') && attached(i + 1)) {
      entry_day_.reset();
    }
    i = read_at(i, mentions);
  }

  place_in_narrative_year(mentions);

  // "A rise of 0.5 degrees" in a text that gives its temperatures in Celsius (or only
  // in Fahrenheit) is in that scale; with both, or neither, it stays "degrees".
  // (a conversion in brackets straight after a temperature in the other scale, "minus 31
  // degrees Fahrenheit (minus 35 Celsius)", is no scale of the writer's own when the other
  // scale is written on its own at least twice; "30C (86F)" alone gives both)
  int own_celsius = 0;
  int own_fahrenheit = 0;
  bool celsius_conversion = false;
  bool fahrenheit_conversion = false;
  const Mention* previous = nullptr;
  for (const Mention& mention : mentions) {
    const Mention* before = std::exchange(previous, &mention);
    if (mention.kind != MentionKind::kQuantity || (mention.unit != "C" && mention.unit != "F")) continue;
    // ("200C (180C fan, 400F)": an oven's setting and the same in the other scale, as
    // Scanner::converts_celsius reads it)
    const std::string_view between =
        before != nullptr && before->byte_end < mention.byte_start && mention.byte_start <= before->byte_end + 6
            ? text_.substr(before->byte_end, mention.byte_start - before->byte_end)
            : std::string_view();
    const bool conversion = before != nullptr && before->kind == MentionKind::kQuantity &&
                            (before->unit == "C" || before->unit == "F") && before->unit != mention.unit &&
                            (between == " (" || between == ", " || between == " fan, ");
    const bool in_celsius = mention.unit == "C";
    if (conversion) {
      (in_celsius ? celsius_conversion : fahrenheit_conversion) = true;
    } else {
      ++(in_celsius ? own_celsius : own_fahrenheit);
    }
  }
  const bool celsius = own_celsius > 0 || (celsius_conversion && own_fahrenheit < 2);
  const bool fahrenheit = own_fahrenheit > 0 || (fahrenheit_conversion && own_celsius < 2);
  // ("8 degrees above the horizon", "52 degrees of latitude": an angle, in no scale)
  const auto measures_an_angle = [&](const Mention& mention) {
    const std::string_view after = text_.substr(mention.byte_end, 20);
    return after.starts_with(" above the horizon") || after.starts_with(" below the horizon") ||
           after.starts_with(" of latitude") || after.starts_with(" of longitude") || after.starts_with(" of arc");
  };
  if (celsius != fahrenheit) {
    for (Mention& mention : mentions) {
      if (mention.kind == MentionKind::kQuantity && mention.unit == "degrees" && !measures_an_angle(mention)) {
        mention.unit = celsius ? "C" : "F";
        mention.note = celsius ? "degrees read as Celsius, the scale of the text's other temperatures"
                               : "degrees read as Fahrenheit, the scale of the text's other temperatures";
      }
    }
  }

  // "$400" in a text whose other dollars are all marked Australian ("A$410 million",
  // "AUD 1.2bn") is Australian too: the writer's unmarked dollar is the local one, and
  // marking US dollars ("US67.2c") is what such a writer does. Two local dollars, or
  // a price list in many currencies where the local dollar is one of several
  // ("$999, £899, A$1,799"), leave "$" as US dollars.
  const auto marked_dollar = [](const Mention& mention) {
    const std::string_view text = mention.text;
    return text.find("US") != std::string_view::npos ? std::string_view("USD")
           : mention.unit != "USD" && (text.find('$') != std::string_view::npos ||
                                       text.find(mention.unit) != std::string_view::npos)
               ? std::string_view(mention.unit)
               : std::string_view();
  };
  static constexpr std::array<std::string_view, 5> kLocalDollars = {"AUD", "CAD", "NZD", "SGD", "HKD"};
  std::string_view local;
  bool one_local = true;
  std::size_t local_marked = 0, marked = 0;  // amounts in the local dollar, and in any marked currency
  bool bare_dollar = false;                  // (the text is read for its countries only if one is)
  for (const Mention& mention : mentions) {
    if (mention.kind != MentionKind::kMoney) continue;
    const std::string_view code = marked_dollar(mention);
    if (mention.unit != "USD") ++marked;
    bare_dollar = bare_dollar || (mention.unit == "USD" && code.empty());
    if (code.empty() || std::find(kLocalDollars.begin(), kLocalDollars.end(), code) == kLocalDollars.end()) continue;
    if (!local.empty() && local != code) one_local = false;
    local = code;
    ++local_marked;
  }
  std::string local_code;  // the code bare dollars are read as, if not US dollars
  bool named_most_country = false;
  if (one_local && !local.empty() && 2 * local_marked > marked) {
    // "Across the Tasman ... NZ$9.50" in a Sydney paper whose own dollars are bare: a
    // writer marks the other country's dollar, so when the text names another of the
    // local dollars' countries more often than the marked one's, the bare dollar is that
    // country's ("Australian" five times, "New Zealand" twice: Australian)
    std::string_view named_most = named_dollar_country();
    named_most_country = !named_most.empty() && named_most != local;
    local_code = named_most_country ? named_most : local;
  } else if (local.empty() && bare_dollar) {
    // "Sydney's clearance rate fell ... sold for $14.25 million": with no local dollar
    // marked, a text that names one such country three times or more is that country's
    // story, and its bare dollars are its own (a dateline from Sydney over US prices names
    // it once). Twice is enough when every amount is a bare dollar and the United States
    // is never named ("Across Sydney ... a Sydney record"; "Singapore" once in a shipping
    // wire is a port).
    constexpr int kLocalStoryNamings = 3;
    int times_named = 0;
    const std::string_view named_most = named_dollar_country(&times_named);
    const auto all_bare = [&] {
      return std::all_of(mentions.begin(), mentions.end(), [&](const Mention& mention) {
        return mention.kind != MentionKind::kMoney || marked_dollar(mention).empty();
      });
    };
    if ((times_named >= kLocalStoryNamings && !names_crypto()) ||
        (times_named == kLocalStoryNamings - 1 && marked == 0 && all_bare() && !names_united_states() &&
         !names_dollar_commodity() && !names_crypto())) {
      local_code = named_most;
      named_most_country = true;
    }
  }
  if (!local_code.empty()) {
    for (Mention& mention : mentions) {
      if (mention.kind == MentionKind::kMoney && mention.unit == "USD" && marked_dollar(mention).empty()) {
        mention.unit = local_code;
        mention.note = "a dollar read as " + local_code +
                       (named_most_country ? ", that of the country the text names most" : ", the text's only marked dollar");
      }
    }
  }

  take_named_country_currency(mentions);
  if (published_known_) date_days_written_elsewhere(mentions);

  // Byte offsets to UTF-16 code units in one pass; mentions are in order. An offset's
  // units are its bytes less the surplus the tokenizer noted before it. (Spans begin and
  // end between tokens, so between code points.)
  std::size_t next_point = 0;  // the first surplus point past the last offset
  std::size_t surplus = 0;
  auto units_at = [&](std::size_t target) {
    while (next_point < utf16_surplus_.size() && utf16_surplus_[next_point].from <= target) {
      surplus = utf16_surplus_[next_point++].surplus;
    }
    return target - surplus;
  };
  for (Mention& mention : mentions) {
    mention.start = units_at(mention.byte_start);
    mention.end = units_at(mention.byte_end);
  }
  return mentions;
}

std::string number_text(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string_view weekday_name(int weekday) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return weekday >= 0 && weekday < 7 ? kNames[weekday] : std::string_view();
}

}  // namespace detail::extraction

std::vector<Mention> extract_mentions(std::string_view text, const Date& published) {
  const std::optional<std::string> unwrapped = detail::unwrap_lines(text);
  if (!unwrapped) return detail::extract_unwrapped_mentions(text, published);
  std::vector<Mention> mentions = detail::extract_unwrapped_mentions(*unwrapped, published);
  for (Mention& mention : mentions) detail::restore_span_text(text, mention);
  return mentions;
}

void detail::restore_span_text(std::string_view text, Mention& mention) {
  mention.text.assign(text.substr(mention.byte_start, mention.byte_end - mention.byte_start));
}

std::vector<Mention> detail::extract_unwrapped_mentions(std::string_view text, const Date& published) {
  using namespace detail::extraction;
  {
    Scanner scanner(text, published);
    if (!scanner.typography_to_fold()) return scanner.run();
  }
  // Pasted typography: the folded text read, and each span put back on the characters
  // pasted ("Septem<soft hyphen>ber 2025" whole), its end past the last character it reads.
  const FoldedText folded = fold_typography(text);
  std::vector<Mention> mentions = Scanner(folded.text, published).run();
  std::size_t byte = 0;  // spans are in order: UTF-16 units counted in one pass
  std::size_t units = 0;
  const auto units_at = [&](std::size_t target) {
    for (; byte < target; ++units) {
      const DecodedCodePoint decoded = decode_utf8(text, byte);
      byte += decoded.length;
      if (decoded.valid && decoded.code_point >= 0x10000) ++units;
    }
    return units;
  };
  for (Mention& mention : mentions) {
    const std::size_t last = folded.origin[mention.byte_end - 1];
    mention.byte_start = folded.origin[mention.byte_start];
    mention.byte_end = last + decode_utf8(text, last).length;
    mention.text.assign(text.substr(mention.byte_start, mention.byte_end - mention.byte_start));
    mention.start = units_at(mention.byte_start);
    mention.end = units_at(mention.byte_end);
  }
  return mentions;
}

}  // namespace figcheck
