// Matching a mention to a fact by the words around it. Internal.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/check.h"
#include "figcheck/dataset.h"
#include "figcheck/mention.h"
#include "text_scan.h"

namespace figcheck::detail {

/// What a match phrase says about its fact.
enum class PhraseRole : std::uint8_t { kMetric, kSubject, kScope, kExclude };

struct Phrase {
  std::size_t fact = 0;  ///< index into Dataset::facts
  PhraseRole role = PhraseRole::kMetric;
  std::vector<std::string> words;  ///< folded (fold_word)
};

/// What the matcher knows of a folded word.
struct KnownWord {
  static constexpr std::uint32_t kNoRoot = 0xFFFFFFFF;
  std::uint32_t id = 0;          ///< its number, in the order the words were added
  std::uint32_t root = kNoRoot;  ///< the trie node of the phrases it opens
  std::uint16_t classes = 0;     ///< WordClass bits
};

/// The folded words of the match phrases and word classes, open-addressed: one
/// probe per word of a sentence, with no allocation and no chain of nodes to follow
/// (a node-based map's lookups were a tenth of a check).
class WordTable {
 public:
  /// The word's entry, added with the next id if it is new. `word` is not empty.
  KnownWord& insert(std::string_view word);
  /// The entry of a word token's form (as tokenize makes it: never empty), or null.
  /// Eight bytes from the form's start may be read whatever its length, as tokenize
  /// leaves room after the forms: a short form is read in one load.
  [[gnu::always_inline]] const KnownWord* find_form(std::string_view form) const;
  std::size_t size() const { return keys_.size(); }

 private:
  /// A word as two whole-word loads: its first and last eight bytes (fewer words
  /// overlapping, shorter ones whole in the first). With its length this is the word itself up
  /// to sixteen bytes, so that a probe compares three numbers, not the bytes.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::uint32_t length = 0;
  };
  static constexpr std::size_t kWholeKeyLength = 16;  ///< longer words are told apart by their bytes too
  struct Slot {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    KnownWord word;
    std::uint32_t length = 0;
  };
  /// Where a key's probe starts, and the tag its slot has.
  struct Probe {
    std::size_t home = 0;
    std::uint8_t tag = 0;
  };
  static constexpr std::uint8_t kEmptyTag = 0;
  // (Forced inline: a lookup per word of every sentence read is a few dozen
  // instructions, which calls and their saved registers would double.)
  /// The key of the `n` bytes at `word`, not none, of which eight may be read.
  [[gnu::always_inline]] static Key key_of(const char* word, std::size_t n);
  [[gnu::always_inline]] Probe probe_of(const Key& key) const;
  /// Whether the word numbered `id` is `word`: for the few words a key does not hold
  /// whole, out of line so that a probe keeps no registers for it.
  [[gnu::noinline]] bool long_key_is(std::uint32_t id, std::string_view word) const;
  /// The entry of a form (of which eight bytes may be read), or null.
  [[gnu::always_inline]] const KnownWord* entry_of(std::string_view form) const;
  /// entry_of a form longer than a key holds whole, out of line: find_form's probe of
  /// the others (nearly every word) then has no call to keep registers for, which it
  /// saved and restored for every word found.
  [[gnu::noinline]] const KnownWord* long_form_entry(std::string_view form) const;
  /// Its slot, or the empty one where it would go.
  [[gnu::always_inline]] std::size_t slot_of(std::string_view word, const Key& key) const;
  /// A power of two, at most a quarter full: a word the table does not hold (most of
  /// a text's) then seldom finds its home taken by another, whose tag a probe would
  /// test and step past, a branch the text decides. (Half full cost 19K more
  /// mispredicted branches in the 1 MB benchmark text, and more instructions.)
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  /// Per slot: kEmptyTag, or seven more bits of its key's hash with the eighth set.
  /// A probe reads these first, a byte per slot (the slots, 32 bytes each, were a
  /// cache miss per word looked up, most of them words the table does not hold).
  std::vector<std::uint8_t> tags_ = std::vector<std::uint8_t>(64, kEmptyTag);
  // (Kept rather than reckoned from the slots' count at each probe.)
  std::size_t slot_mask_ = 63;                        ///< slots_.size() - 1
  unsigned home_shift_ = 64 - 6;                      ///< 64 - log2(slots_.size())
  std::vector<std::string> keys_;                     ///< the words, by id
};

/// Words the matcher's rules look for by name ("of", "the", "including"), as fixed
/// word ids: the MatchIndex adds them first, in this order, so that a rule compares a
/// token's id with a constant rather than its letters with a literal.
enum NamedWord : std::uint32_t {
  kWordOf, kWordThe, kWordOut, kWordS, kWordThem, kWordWhom, kWordWhich, kWordThose, kWordThese,
  kWordIncluding, kWordAmong, kWordMost, kWordMany, kWordHalf,  // (together: the words that open an aside)
  kWordAnd,
  kWordBy, kWordUntil, kWordTo, kWordThrough, kWordOn, kWordIn, kWordAt, kWordFrom, kWordAcross,
  kWordSince, kWordDuring, kWordDespite, kWordMid, kWordEarly, kWordLate, kWordYear, kWordAnniversary,
  kWordWar, kWordFighting, kWordConflict, kWordBombardment,
  kWordSaid, kWordSay, kWordAnnounced, kWordReported, kWordTold, kWordStated, kWordAdded, kWordConfirmed,
  kWordUpdated, kWordBriefing, kWordStatement,
  kWordBeen, kWordAlready, kWordNow, kWordStand, kWordStood, kWordRisen, kWordIt,
  kWordNumber, kWordTotal, kWordOverall, kWordCumulative, kWordTime, kWordWhen,
  kWordMore, kWordThan, kWordAnother, kWordFurther, kWordPut, kWordHome, kWordPuts,
  kWordTalk, kWordNegotiation, kWordNegotiator, kWordProposal, kWordMediator, kWordMediation, kWordEnvoy,
  kWordEffort, kWordBid,  // (together: the nouns of negotiation)
  kWordLiving, kWordAlive, kWordDead, kWordDeceased,  // (together: the states of life)
  kWordOr,
  kWordGaza, kWordThere, kWordThereIs,  // ("there'": "there's" folded)
  kWordIs, kWordAre, kWordWas, kWordWere, kWordBe, kWordHave, kWordHas, kWordHad, kWordWill, kWordWould,
  kWordRemain, kWordRemained, kWordSeem, kWordAppear,  // (together, with "been": what makes "there" no place)
  kWordCity, kWordTown, kWordCamp, kWordVillage,  // (together: places within a territory)
  kWordCounted, kWordRecorded,  // (verbs of giving a count, with those of saying)
  kWordAfter,
  kWordWho, kWordWhose, kWordThat,  // (with "which": the words that open a relative clause)
  kWordBefore, kWordWhile, kWordOnce, kWordBecause,  // (with "after", "when", "until": open a subordinate clause)
  kWordRising, kWordRose, kWordClimbing, kWordClimbed, kWordGrowing, kWordGrown, kWordMounting,
  kWordIncreased,  // (with "risen": verbs of a count's rise; one run, kWordRising to kWordIncreased)
  kWordAll, kWordAltogether,
  kNamedWordCount
};

/// The dataset's match phrases as a trie of folded words, so that one pass over
/// a sentence finds every phrase of every fact, however many phrases share a
/// first word ("since" opens nearly two hundred); and the words the matcher reads
/// for their class. One lookup per word of a sentence gives both, and the word's id
/// walks the trie.
struct MatchIndex {
  explicit MatchIndex(const Dataset& dataset);

  /// A phrase that ends at a trie node, with what a sentence's reading needs of it
  /// at hand rather than behind another load.
  struct NodePhrase {
    std::uint32_t phrase = 0;  ///< index into phrases
    std::uint32_t fact = 0;
    PhraseRole role = PhraseRole::kMetric;
  };
  struct ChildLink {
    std::uint32_t word = 0;  ///< the next word's id
    std::uint32_t node = 0;
  };
  /// A trie node, its lists as ranges of the flat lists below: a sentence's walk
  /// then reads a few neighbouring entries, not three heap blocks per node (their
  /// cache misses were the walk's cost).
  struct Node {
    std::uint32_t children_begin = 0, children_end = 0;          ///< in child_links
    std::uint32_t phrases_begin = 0, phrases_end = 0;            ///< in node_phrases
    std::uint32_t metric_facts_begin = 0, metric_facts_end = 0;  ///< in node_metric_facts
    bool ends_phrases() const { return phrases_begin != phrases_end; }
  };
  static constexpr std::uint32_t kNoRoot = KnownWord::kNoRoot;
  static constexpr std::uint32_t kNoWord = 0xFFFFFFFF;
  std::size_t fact_count = 0;   ///< the dataset's facts
  std::vector<Phrase> phrases;  ///< in dataset order: by fact, then role, then as listed
  std::vector<Node> nodes;
  std::vector<ChildLink> child_links;
  std::vector<NodePhrase> node_phrases;          ///< per node, those ending there in dataset order
  std::vector<std::uint32_t> node_metric_facts;  ///< per node, the facts of its metric phrases
  std::span<const ChildLink> children_of(const Node& node) const {
    return {child_links.data() + node.children_begin, child_links.data() + node.children_end};
  }
  std::span<const NodePhrase> phrases_of(const Node& node) const {
    return {node_phrases.data() + node.phrases_begin, node_phrases.data() + node.phrases_end};
  }
  std::span<const std::uint32_t> metric_facts_of(const Node& node) const {
    return {node_metric_facts.data() + node.metric_facts_begin, node_metric_facts.data() + node.metric_facts_end};
  }
  WordTable words;  ///< every folded word of a phrase or a word class
  // (The per-fact flags are bytes, not std::vector<bool>'s bits: they are read per
  // fact a figure may be about.)
  /// Per fact: one of its subject phrases is one of the dataset's topic phrases,
  /// which every article that is matched at all names.
  std::vector<std::uint8_t> topic_subject;
  /// Per fact: the roles (bits 1 << PhraseRole) a sentence must name for a figure to
  /// be about the fact: a subject when the fact requires one or has subjects, none of
  /// them the topic; a scope when it requires one. (One byte read per fact a figure
  /// may be about, not its MatchWords; match_mention knows the exceptions: "It ..." may
  /// name the subject in the sentence before, and a date of a recent event needs no scope.)
  std::vector<std::uint8_t> required_roles;
  /// Per fact: days_since_epoch of its first point's as_of (0 when it has none).
  std::vector<int> first_point_day;
  /// Per fact: days_since_epoch of the start it counts from (Fact::since), or none.
  std::vector<std::optional<int>> since_day;
  /// Per fact: all its points give the same day, as an event's do.
  std::vector<std::uint8_t> one_day_facts;
  /// Per fact of a date: days_since_epoch of each of its points' dates that gives a
  /// day, as a figure that may report the event is compared with each (none for other
  /// facts): reckoned once, not for every date near the fact.
  std::vector<std::vector<int>> event_days;
  /// Per fact: fastest_growth (compare.h), which comparing a running total reads.
  std::vector<std::optional<double>> fastest_growth;
  /// Per fact: the MentionKinds kinds_compatible with its kind, as bits 1 << kind.
  std::vector<std::uint8_t> mention_kinds;
  /// The MentionKinds some fact with a metric phrase takes, as bits 1 << kind: a figure
  /// of another kind (an ordinal) is near no fact's metric.
  std::uint8_t metric_kinds = 0;
  /// Per MentionKind, a bit per fact (fact_words words): the facts kinds_compatible
  /// with it, as a figure's near facts are marked, so that they are kept by one mask.
  std::vector<std::uint64_t> kind_facts;
  std::size_t fact_words = 0;  ///< (fact_count + 63) / 64
};

/// A phrase found in a sentence: tokens [begin, end).
struct PhraseHit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t phrase = 0;  ///< index into MatchIndex::phrases, which are in dataset order
  std::uint32_t fact = 0;    ///< the phrase's, and its role: kept here, as the matcher reads them per hit
  PhraseRole role = PhraseRole::kMetric;
};

/// The hits of one fact: hits_by_fact[begin, end) of a SentenceReading.
struct FactHits {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// A trie node whose phrases a sentence holds at tokens [begin, end).
struct NodeHit {
  std::uint32_t node = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// A token of a sentence whose word opens phrases, and the trie node they start at.
struct PhraseStart {
  std::uint32_t token = 0;
  std::uint32_t root = 0;
};

/// Token indices [begin, end) of a sentence.
struct TokenSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
};

/// Classes of the words the matcher looks for around a figure, as bits.
enum WordClass : std::uint16_t {
  kJoinWord = 1,       ///< "and", "or", "while"
  kTotalCueWord = 2,   ///< "has killed", "toll", "so far": a running total
  kRateWord = 4,       ///< "daily", "per", "every": a rate
  kSinceWord = 8,
  kArticleA = 16,      ///< "a", as in "600 trucks a day"
  kTimeUnitWord = 32,  ///< "day", "week", "month"
  kScopeOpener = 64,   ///< "since", "during", "despite": a stated scope follows
  kRecentWord = 128,   ///< "past", "last": "in the past 24 hours" counts a stretch of time
  kOvernightWord = 256,
  kVerbFirstWord = 512,  ///< "was", "has": a clause that opens with one has its subject before it
  kPassWord = 1024,      ///< "passed", "topped": the figure after it is a bound the count went past
  kReachWord = 2048,     ///< "reached", "passed": with a date after the figure, the day it got there
  kProjectionWord = 4096,  ///< "could", "would", "projected": a figure that may come, not one that is
  kPhraseBreakWord = 8192,   ///< "and", "since", "was": ends a figure's noun phrase
  kGenericHeadWord = 16384,  ///< "people", "civilians": counts people without saying which
  kAsideOpenerWord = 32768,  ///< "including", "among", "the", "living": may open an aside (see mark_asides)
};

/// A sentence and its mentions, read once for all of them. Every lookup the
/// matcher makes is a table read, so a sentence of any length costs time in
/// proportion to its length. (The per-token tables but in_aside and the aside counts
/// keep their room from one sentence to the next: read only their
/// first tokens.size() entries, or one more for a count "in tokens [0, i)".)
/// A sentence whose words name no fact (named_fact_count 0) has only its tokens, their
/// words and mentions read, and no hits: the counts, clauses, asides and dates are
/// left as the last sentence had them, as no figure of it gets to read them.
struct SentenceReading {
  std::vector<Token> tokens;
  std::string token_forms;                     ///< what the tokens' forms point into
  std::vector<std::uint32_t> word_ids;         ///< KnownWord id of token i, or MatchIndex::kNoWord
  std::vector<std::uint16_t> word_classes;     ///< WordClass bits of token i
  /// The tokens that open phrases, in text order: the first phrase_start_count
  /// entries. (A list, not a table by token: the trie walk visits these alone, with
  /// no test of every token, and the pass writes each token's entry unconditionally.)
  std::vector<PhraseStart> phrase_starts;
  std::size_t phrase_start_count = 0;
  /// The phrases found, ordered by begin: those of the facts a metric found names, and
  /// the stated starts ("since ...") of any fact. The first hit_count entries (found_hits);
  /// the room after them is where the phrases reached are written before it is known
  /// whether they are kept, and only grows.
  std::vector<PhraseHit> hits;
  std::size_t hit_count = 0;
  std::span<const PhraseHit> found_hits() const { return {hits.data(), hit_count}; }
  std::vector<NodeHit> node_hits;              ///< while finding hits: room for the trie nodes reached; grows only
  std::vector<std::uint32_t> fact_marks;       ///< per fact: fact_mark when a metric found names it (it is named)
  std::uint32_t fact_mark = 0;                 ///< the number of the sentence read last
  /// The hits of the named facts, grouped by fact, each group ordered by begin (the room
  /// after the groups only grows).
  std::vector<const PhraseHit*> hits_by_fact;
  std::vector<FactHits> fact_hits;             ///< per fact: its group in hits_by_fact, when it is named
  /// Per fact, when it is named: the roles of its hits, as bits 1 << PhraseRole. A fact
  /// whose subject or scope must be named, and the sentence names none, is ruled out
  /// before its hits are read.
  std::vector<std::uint8_t> fact_roles;
  /// The facts a metric found names, in no order: the first named_fact_count entries
  /// (room for each fact, and one more).
  std::vector<std::uint32_t> named_facts;
  std::size_t named_fact_count = 0;
  /// The same facts, a bit per fact (MatchIndex::fact_words words): the near facts of
  /// a figure whose reach holds every metric hit, as most figures' does. Written with
  /// the hits, so left as the last sentence had them when none is named.
  std::vector<std::uint64_t> named_fact_bits;
  /// The metric hits alone, and the scope hits that open with "since", ordered by
  /// begin: a figure's first searches, which need not pass over the subjects every
  /// fact shares ("Gaza" alone is a subject of most).
  std::vector<const PhraseHit*> metric_hits;
  std::vector<const PhraseHit*> start_hits;
  std::vector<std::uint32_t> clause_marks_before;///< clause marks in tokens [0, i)
  std::vector<std::uint32_t> joins_before;       ///< "and", "or", "while" in tokens [0, i)
  /// The tokens that are clause marks, in text order: the first clause_mark_count
  /// entries (an aside opens at a comma, which mark_asides then reads alone).
  std::vector<std::uint32_t> clause_mark_tokens;
  std::size_t clause_mark_count = 0;
  std::vector<std::uint32_t> clause_start;       ///< first token of the clause holding token i
  std::vector<std::uint32_t> clause_end;         ///< one past its last token
  std::vector<const Mention*> mentions;        ///< the sentence's mentions, in text order
  std::vector<TokenSpan> mention_spans;        ///< per mention of the sentence
  std::vector<std::uint32_t> mention_starts_before;  ///< mentions starting in tokens [0, i)
  std::vector<int> mention_at;                 ///< the mention covering token i, or -1
  /// ", including 112 children,": an aside set off by commas, which a figure before it
  /// reaches across to its verb. Per token: inside one (its commas included). This
  /// and the three counts below are empty when the sentence has no aside, as most do.
  std::vector<std::uint8_t> in_aside;  // (bytes, not std::vector<bool>'s bits: read per hit)
  std::vector<std::size_t> aside_words_before;    ///< aside words in tokens [0, i)
  std::vector<std::size_t> aside_marks_before;    ///< aside commas in tokens [0, i)
  std::vector<std::size_t> aside_figures_before;  ///< mentions starting inside asides in tokens [0, i)
  /// "killed in Gaza since October 7, 2023 reached 72,027": a date stated as a start
  /// ("since ...") is a count's scope, no distance between it and its metric: per token,
  /// the tokens and the dates of such starts in tokens [0, i). Empty when the sentence
  /// has none, as most have.
  struct StartDateCounts {
    std::size_t tokens = 0;
    std::size_t dates = 0;
  };
  std::vector<StartDateCounts> start_dates_before;
  /// "Since May 27, ...": the mentions, in order, that are a dated start opening their
  /// clause, which scopes the figures of the clauses after it (read_running_total).
  std::vector<std::uint32_t> clause_opening_starts;
  /// The last day the sentence's dates reach (a "since" date reaches publication), as
  /// days_since_epoch, when it has any: "A week-long truce in November 2023 ... in
  /// exchange for 240 prisoners" is set before any later event.
  std::optional<int> last_day_dated;
  std::size_t last_day_dated_by = 0;       ///< the mention whose date reaches last_day_dated
  std::optional<int> last_day_dated_by_others;  ///< the same without that mention
  bool has_total_cue = false;                  ///< "has killed", "toll", "so far": a running total
  /// The class bits any of the sentence's words has (word_classes): a search for a class
  /// the sentence has no word of is then none.
  std::uint16_t classes_present = 0;
  /// The colon that ends a key-figure line's label ("Children injured: over 42,000"),
  /// or 0 when the sentence is no such line.
  std::size_t label_colon_at = 0;
  /// The sentence gives its figures for an earlier moment it does not date ("By the
  /// time the ceasefire took effect, ..."): read once per sentence, as a figure's
  /// matching would read the whole sentence again for each of its figures, and only
  /// when a matched figure first asks (empty until then), as most sentences have none.
  mutable std::optional<bool> names_undated_past;
  /// The sentence's first locative "there" ("killed there"), or its token count when it
  /// has none or names Gaza: read once per sentence when a figure first asks (empty until
  /// then), as a table pasted as one line has many figures.
  mutable std::optional<std::size_t> locative_there_at;
  int published_day = 0;                       ///< days_since_epoch of the article's date,
  std::optional<Date> published_day_of;        ///< which is this one
  std::size_t token_room = 0;                  ///< tokens the per-token tables have room for, and one more
  /// The first token after the end of the sentence's first period ("in 2024", "from
  /// 10 to 23 October"): a period ends before every token from it on. kNoPeriod when
  /// the sentence has none. (A number, not a table by token: its one reader asks of
  /// one token.)
  static constexpr std::size_t kNoPeriod = std::numeric_limits<std::size_t>::max();
  std::size_t first_period_end = kNoPeriod;
  /// The sentence before this one, which a clause opening with "It" may be about
  /// ("The Rafah crossing ... . It reopened on 2 February"); empty when there is none.
  /// Set by the caller after read_sentence, which clears it.
  ByteRange previous_sentence{0, 0};
  /// The month of the timeline section the sentence stands in ("March" on a line of
  /// its own, then that month's entries): its figures are history, of that month when
  /// they give no day of their own. Set by the caller after read_sentence, which clears it.
  std::optional<Date> section_month;
  /// The byte where the sentence's timeline entry opens with its date, when the entry
  /// stands in date order between its neighbours (none otherwise): that date is the
  /// writer's, corroborated by the entries around it. Set by the caller after
  /// read_sentence, which clears it.
  std::optional<std::size_t> ordered_entry_at;
  /// Per fact, whether previous_sentence names one of its subjects and none of its
  /// exclusions (-1: not asked yet): a cache the matcher fills on demand, read once
  /// per sentence (its tokens in MatchScratch) however many figures ask.
  mutable std::vector<std::int8_t> previous_names_subject;
  mutable bool previous_read = false;  ///< previous_names_subject is this sentence's
};

/// Reads `sentence` of `text` and places `mentions` (all inside it, in text order)
/// on its tokens. `reading` is overwritten; passing the same one for every sentence
/// of a text reuses its storage.
void read_sentence(std::string_view text, ByteRange sentence, const MatchIndex& index,
                   const std::vector<const Mention*>& mentions, const Date& published, SentenceReading& reading);

/// A Claim's words, as views into the text matched: copied once, into the finding
/// (a string here, then moved into the finding, cost a copy and a move per word).
struct ClaimWords {
  std::string_view metric;
  std::string_view subject;
  std::string_view scope;
};

/// The outcome of matching one mention.
struct MatchOutcome {
  const Fact* fact = nullptr;              ///< set when one fact clearly wins
  ClaimWords claim;                        ///< valid while the text matched is
  std::vector<std::string> candidates;     ///< tied facts when the words do not decide
  std::string_view why_unmatched;          ///< when no fact is set; a sentence, a string literal
  /// The fact is a running total, but the clause counts from another start
  /// ("killed since 7 April 2023"): either another count or a wrong start, which
  /// only the figure's value can tell.
  bool start_differs = false;
  /// The past day the figure's clause gives it for ("by early 2024": 31 December
  /// 2024), when it gives exactly one.
  std::optional<Date> day;
  /// "the toll passed 40,000": the figure is a bound the count went past, so it
  /// reads as "more than" whatever its own words say.
  bool passed_bound = false;
  /// "27 of the 28": the figure is the whole of the sentence's figure before it,
  /// which is a part of it and so never counts the same thing. (Read, as the flags
  /// below are, only for a figure a fact is set for.)
  bool whole_of_previous = false;
  /// "By the time the ceasefire took effect, more than 67,000 had been killed": the
  /// figure is given for an earlier moment that the words do not date.
  bool undated_past = false;
  /// The figure stands in a timeline's month section: the day it is given for (`day`)
  /// is history, to be judged as things stood then however recent.
  bool history = false;
};

/// A fact a figure may be about, as match_mention weighs it.
struct FactCandidate {
  std::size_t fact = 0;
  double score = 0;
  std::size_t metric_begin = 0, metric_end = 0;
  std::size_t scope_begin = 0, scope_end = 0;
  bool has_scope = false;
  bool start_differs = false;  ///< a running total whose start is not the one the clause states
};

/// A start of a running total that a sentence states ("since the ceasefire").
struct StatedStart {
  const PhraseHit* hit = nullptr;
  Date since;
};

/// The lists match_mention fills for a figure, kept from one figure to the next so
/// that matching does not allocate them for each (allocation was a tenth of a check).
struct MatchScratch {
  std::vector<std::size_t> near_facts;
  /// A bit per fact of the dataset, all clear between figures: the near facts are
  /// marked here, then read out in order (sorting the facts of every near hit, most
  /// of them repeated, cost more).
  std::vector<std::uint64_t> near_fact_bits;
  std::vector<const PhraseHit*> subject_hits;  ///< room for a fact's subject hits; grows only
  std::vector<StatedStart> stated_starts;
  std::vector<FactCandidate> candidates;
  std::vector<Token> previous_tokens;  ///< the sentence before, when a clause opens with "It"
  std::string previous_forms;
};

/// Matches the sentence's mention number `which` (`mention`) to a fact, as the
/// article stood on `published`. `scratch` is overwritten.
MatchOutcome match_mention(std::string_view text, const Mention& mention, std::size_t which,
                           const SentenceReading& sentence, const MatchIndex& index, const Dataset& dataset,
                           const Date& published, MatchScratch& scratch);

/// Whether a fact of `kind` can be compared with a mention of `kind`.
bool kinds_compatible(MentionKind mention, FactKind fact);

}  // namespace figcheck::detail
