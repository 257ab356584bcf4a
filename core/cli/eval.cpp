// figcheck eval: scores the extractor, and the facts the whole check matches,
// against annotated articles.
//
// An annotation NN-slug.json sits next to its text NN-slug.txt. Its offsets are
// code points (Python str indices) while Mention spans are UTF-16 units, so the
// text is decoded once to translate between the two.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "corpus.h"
#include "json_util.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kEvalUsage =
    "usage: figcheck eval [--verbose] [--json] [--ignore-kind KIND ...] [--dataset FILE]\n"
    "                     [--wrap COLUMNS] [PATH ...]\n"
    "\n"
    "Scores figcheck's mention extraction against annotated articles. PATH is an\n"
    "annotation NN-slug.json (its text is NN-slug.txt beside it) or a directory of\n"
    "them. Default: tests/articles and ../shared/articles, relative to the current\n"
    "directory; a default directory that is missing is skipped with a message.\n"
    "\n"
    "A mention matches an annotation when the spans are identical. It has the\n"
    "right value when, in addition, the kinds agree and:\n"
    "  numbers   value within a relative 1e-6 (percent also within 0.005, since\n"
    "            annotations round two-thirds to 66.67), or low and high likewise;\n"
    "            the unit must agree when the annotation gives one; an annotation\n"
    "            with neither value nor bounds wants no value\n"
    "  dates     date (and date_end for ranges) equal at the annotated granularity;\n"
    "            an ambiguous annotation (\"10/7\") wants an ambiguous mention\n"
    "Annotation kinds map to MentionKind names, with \"count\" = number and a\n"
    "\"date\" with qualifier \"since\" = date_range (only its start is compared).\n"
    "\n"
    "For each kind the table shows: expected (annotations), exact (annotations\n"
    "whose span was found), right (exact span, right kind and value), missed\n"
    "(no mention with that span), found (mentions reported) and spurious\n"
    "(mentions whose span no annotation has). The totals give recall = right /\n"
    "expected and the spurious rate = spurious / found.\n"
    "\n"
    "All kinds are scored by default. Ordinals that a text states but its\n"
    "annotation leaves out (the shared article omits \"first phase\", \"second\n"
    "phase\") then count as spurious; --ignore-kind ordinal keeps ordinals out of\n"
    "the totals and reports their row separately.\n"
    "\n"
    "Fact links: when annotations name the fact a figure is about (\"fact_key\"),\n"
    "each such article is also checked whole against the dataset at its\n"
    "publication date, and a second table shows, per annotated kind: linked\n"
    "(mentions with a fact_key), right (the report's fact at that span is the\n"
    "annotated one), scope (a since-date checked as the start of the running total\n"
    "it scopes, where the annotation names the event it starts from), other\n"
    "(another fact), unverified (the span was found but matched no fact), no span\n"
    "(no mention at that span) and unannotated (mentions of those articles that\n"
    "matched a fact though the annotation names none).\n"
    "\n"
    "options:\n"
    "  --verbose           list every miss, wrong value and spurious mention\n"
    "  --json              print the figures as JSON instead of a table\n"
    "  --ignore-kind KIND  leave KIND (number, ordinal, percent, money, quantity,\n"
    "                      date, date_range, duration) out of the totals; repeatable\n"
    "  --dataset FILE      match fact links against FILE instead of the bundled dataset\n"
    "  --wrap COLUMNS      score the articles hard-wrapped at COLUMNS (20 or more), as\n"
    "                      copy pasted from an email or a terminal is: a space before\n"
    "                      each full line's end becomes a line break, so every span\n"
    "                      is unchanged\n"
    "\n"
    "Exit status: 0 after scoring (whatever the scores), 2 on bad usage or an\n"
    "annotation that cannot be read (bad JSON, a missing field, a span whose text\n"
    "does not match).\n";

constexpr std::array<MentionKind, 8> kAllKinds = {
    MentionKind::kNumber,   MentionKind::kOrdinal, MentionKind::kPercent,
    MentionKind::kMoney,    MentionKind::kQuantity, MentionKind::kDate,
    MentionKind::kDateRange, MentionKind::kDuration};

bool close_enough(double expected, double got, MentionKind kind) {
  const double difference = std::fabs(expected - got);
  if (difference <= 1e-6 * std::max(std::fabs(expected), 1.0)) return true;
  return kind == MentionKind::kPercent && difference <= 0.005;
}

bool same_number(const std::optional<double>& expected, const std::optional<double>& got,
                 MentionKind kind) {
  if (!expected) return true;
  return got && close_enough(*expected, *got, kind);
}

std::string iso_or_empty(const std::optional<Date>& date) {
  return date ? format_iso_date(*date) : std::string();
}

// Empty when the mention has the annotated kind and value; otherwise why not.
std::string value_problem(const AnnotatedMention& e, const Mention& m) {
  if (m.kind != e.kind) return "kind " + std::string(to_string(m.kind));
  if (e.kind == MentionKind::kDate || e.kind == MentionKind::kDateRange) {
    if (e.ambiguous) return m.ambiguous ? "" : "not flagged ambiguous";
    const std::string got = iso_or_empty(m.date);
    if (got != e.date) return "date " + (got.empty() ? "none" : got);
    if (!e.date_end.empty() && iso_or_empty(m.date_end) != e.date_end) {
      return "date_end " + iso_or_empty(m.date_end);
    }
    return "";
  }
  auto show = [](const std::optional<double>& v) {
    if (!v) return std::string("none");
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", *v);
    return std::string(buffer);
  };
  if (!e.value && !e.low && !e.high) {
    if (m.value) return "value " + show(m.value) + " (none wanted)";
  } else if (!same_number(e.value, m.value, e.kind) || !same_number(e.low, m.low, e.kind) ||
             !same_number(e.high, m.high, e.kind)) {
    return "value " + show(m.value) + " low " + show(m.low) + " high " + show(m.high);
  }
  if (!e.unit.empty() && m.unit != e.unit) return "unit '" + m.unit + "'";
  return "";
}

struct Counts {
  int expected = 0, exact = 0, right = 0, missed = 0, found = 0, spurious = 0;
  void add(const Counts& other) {
    expected += other.expected;
    exact += other.exact;
    right += other.right;
    missed += other.missed;
    found += other.found;
    spurious += other.spurious;
  }
};

// How the facts the whole check matched compare with the annotated fact_key.
struct FactLinks {
  int linked = 0;       // annotated mentions with a fact_key
  int right = 0;        // the report's fact at that span is the annotated one
  int scope = 0;        // a since-date checked as the start of the running total it scopes
  int other = 0;        // another fact
  int unverified = 0;   // the span was found but matched no fact
  int no_span = 0;      // no mention at that span
  int unannotated = 0;  // a fact matched where the annotation names none
  void add(const FactLinks& o) {
    linked += o.linked;
    right += o.right;
    scope += o.scope;
    other += o.other;
    unverified += o.unverified;
    no_span += o.no_span;
    unannotated += o.unannotated;
  }
};

struct Options {
  bool verbose = false;
  bool json_output = false;
  std::vector<MentionKind> ignored;
  std::string dataset_path;
  std::size_t wrap_columns = 0;  // 0: as written
  std::vector<std::string> paths;
  bool default_paths = false;
};

bool is_ignored(const Options& options, MentionKind kind) {
  return std::find(options.ignored.begin(), options.ignored.end(), kind) != options.ignored.end();
}

// Returns the exit code on a usage problem (or --help), nothing to go on.
std::optional<int> parse_options(const Args& args, Options& options) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kEvalUsage, stdout);
      return 0;
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else if (arg == "--json") {
      options.json_output = true;
    } else if (arg == "--ignore-kind" || arg.starts_with("--ignore-kind=")) {
      std::string_view name;
      if (arg == "--ignore-kind") {
        if (i + 1 >= args.size()) {
          std::fputs("figcheck eval: --ignore-kind needs a kind\n", stderr);
          return 2;
        }
        name = args[++i];
      } else {
        name = arg.substr(std::string_view("--ignore-kind=").size());
      }
      auto kind = kind_from_name(name);
      if (!kind) {
        std::fprintf(stderr, "figcheck eval: unknown kind '%.*s' for --ignore-kind\n",
                     static_cast<int>(name.size()), name.data());
        return 2;
      }
      options.ignored.push_back(*kind);
    } else if (arg == "--wrap") {
      unsigned long columns = 0;
      if (i + 1 < args.size()) {
        const std::string_view value = args[++i];
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), columns);
        if (error != std::errc() || end != value.data() + value.size()) columns = 0;
      }
      if (columns < 20) {
        std::fputs("figcheck eval: --wrap needs a number of columns, 20 or more\n", stderr);
        return 2;
      }
      options.wrap_columns = columns;
    } else if (arg == "--dataset") {
      if (i + 1 >= args.size()) {
        std::fputs("figcheck eval: --dataset needs a file\n", stderr);
        return 2;
      }
      options.dataset_path = std::string(args[++i]);
    } else if (arg.starts_with("-") && arg != "-") {
      std::fprintf(stderr, "figcheck eval: unknown option '%.*s'\n\n%s",
                   static_cast<int>(arg.size()), arg.data(), kEvalUsage);
      return 2;
    } else {
      options.paths.emplace_back(arg);
    }
  }
  if (options.paths.empty()) {
    options.paths = {"tests/articles", "../shared/articles"};
    options.default_paths = true;
  }
  return std::nullopt;
}

struct Report {
  std::map<MentionKind, Counts> by_kind;
  std::map<MentionKind, FactLinks> links_by_kind;  // by the annotation's kind
  std::vector<std::string> details;  // --verbose lines
  int files = 0;
  int linked_files = 0;  // articles with at least one fact_key
};

std::string span_text(const std::string& file, std::size_t start, std::size_t end,
                      std::string_view kind, const std::string& text) {
  return file + ":" + std::to_string(start) + "-" + std::to_string(end) + " " +
         std::string(kind) + " \"" + text + "\"";
}

void score(const AnnotatedArticle& article, Report& report) {
  const std::vector<Mention> mentions = extract_mentions(article.text, article.published);
  // Spans are unique within an annotation (mentions never overlap), so a map
  // from span to annotation is enough to pair them.
  std::map<std::pair<std::size_t, std::size_t>, const Mention*> by_span;
  for (const Mention& m : mentions) by_span.emplace(std::make_pair(m.start, m.end), &m);
  std::map<std::pair<std::size_t, std::size_t>, bool> annotated;

  for (const AnnotatedMention& e : article.mentions) {
    annotated[{e.start, e.end}] = true;
    Counts& counts = report.by_kind[e.kind];
    ++counts.expected;
    // Offsets in messages are the annotation's own (code points).
    const std::string where =
        span_text(article.json_path, e.cp_start, e.cp_end, to_string(e.kind), e.text);
    auto it = by_span.find({e.start, e.end});
    if (it == by_span.end()) {
      ++counts.missed;
      report.details.push_back("missed    " + where);
      continue;
    }
    ++counts.exact;
    const std::string problem = value_problem(e, *it->second);
    if (problem.empty()) {
      ++counts.right;
    } else {
      report.details.push_back("wrong     " + where + ": got " + problem);
    }
  }
  for (const Mention& m : mentions) {
    Counts& counts = report.by_kind[m.kind];
    ++counts.found;
    if (!annotated.count({m.start, m.end})) {
      ++counts.spurious;
      // Mention offsets are UTF-16; say so, since they can differ from the
      // annotation's code points after an emoji.
      report.details.push_back("spurious  " + span_text(article.json_path, m.start, m.end,
                                                        to_string(m.kind), m.text) +
                               " (UTF-16 offsets)");
    }
  }
  ++report.files;
}

// `text` with each line broken at the last space that keeps it within `columns`
// code points: a space becomes a line break, so offsets do not move.
std::string hard_wrapped(std::string text, std::size_t columns) {
  std::size_t line_begin = 0, last_space = std::string::npos, width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_begin = i + 1;
      last_space = std::string::npos;
      width = 0;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (text[i] == ' ') last_space = i;
    if (++width > columns && last_space != std::string::npos && last_space > line_begin) {
      text[last_space] = '\n';
      line_begin = last_space + 1;
      width = 0;
      for (std::size_t k = line_begin; k <= i; ++k) width += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
      last_space = std::string::npos;
    }
  }
  return text;
}

bool names_a_fact(const AnnotatedArticle& article) {
  return std::any_of(article.mentions.begin(), article.mentions.end(),
                     [](const AnnotatedMention& e) { return !e.fact_key.empty(); });
}

// A since-date ("since October 2023") is checked as the start of the running
// total it scopes, so its finding names that total while the annotation names
// the event it counts from (the war's first day): the date is checked all the same.
bool checked_as_scope(const Finding& finding, const Dataset& dataset) {
  if (finding.mention.kind != MentionKind::kDateRange) return false;
  return std::any_of(dataset.facts.begin(), dataset.facts.end(), [&](const Fact& fact) {
    return fact.cumulative && fact.id == finding.fact_id;
  });
}

// A fact_key the dataset lacks would count as a miss of every check; it is a
// typo or an annotation written for another dataset, so eval stops and says so.
bool names_only_known_facts(const AnnotatedArticle& article, const Dataset& dataset) {
  for (const AnnotatedMention& e : article.mentions) {
    if (e.fact_key.empty()) continue;
    const bool known = std::any_of(dataset.facts.begin(), dataset.facts.end(),
                                   [&](const Fact& fact) { return fact.id == e.fact_key; });
    if (!known) {
      std::fprintf(stderr, "figcheck eval: %s: mention %zu..%zu \"%s\": fact_key '%s' is no fact of the dataset \"%s\"\n",
                   article.json_path.c_str(), e.cp_start, e.cp_end, e.text.c_str(), e.fact_key.c_str(),
                   dataset.name.c_str());
      return false;
    }
  }
  return true;
}

void score_fact_links(const AnnotatedArticle& article, const Checker& checker, Report& report) {
  const figcheck::Report checked = checker.check(article.text, article.published);
  std::map<std::pair<std::size_t, std::size_t>, const Finding*> by_span;
  for (const Finding& f : checked.findings) by_span.emplace(std::make_pair(f.mention.start, f.mention.end), &f);
  for (const AnnotatedMention& e : article.mentions) {
    auto it = by_span.find({e.start, e.end});
    const Finding* found = it == by_span.end() ? nullptr : it->second;
    const bool matched = found && !found->fact_id.empty();
    if (e.fact_key.empty() && !matched) continue;
    FactLinks& links = report.links_by_kind[e.kind];
    const std::string where =
        span_text(article.json_path, e.cp_start, e.cp_end, to_string(e.kind), e.text);
    const std::string got = matched ? std::string(found->fact_id) + " (" +
                                          std::string(to_string(found->verdict)) + ")"
                                    : std::string("no fact");
    if (e.fact_key.empty()) {
      ++links.unannotated;
      report.details.push_back("fact      " + where + ": none annotated, got " + got);
      continue;
    }
    ++links.linked;
    if (!found) {
      ++links.no_span;
      report.details.push_back("fact      " + where + ": " + e.fact_key + " annotated, no mention there");
    } else if (found->fact_id == e.fact_key) {
      ++links.right;
    } else if (!matched) {
      ++links.unverified;
      report.details.push_back("fact      " + where + ": " + e.fact_key + " annotated, got no fact");
    } else if (checked_as_scope(*found, checker.dataset())) {
      ++links.scope;
    } else {
      ++links.other;
      report.details.push_back("fact      " + where + ": " + e.fact_key + " annotated, got " + got);
    }
  }
  ++report.linked_files;
}

double ratio(int part, int whole) { return whole == 0 ? 0.0 : static_cast<double>(part) / whole; }

// Ordered so that the JSON reads in the same column order as the table.
nlohmann::ordered_json counts_json(const Counts& c) {
  return nlohmann::ordered_json{{"expected", c.expected}, {"exact_span", c.exact},
                                {"right_value", c.right}, {"missed", c.missed},
                                {"found", c.found},       {"spurious", c.spurious}};
}

nlohmann::ordered_json links_json(const FactLinks& l) {
  return nlohmann::ordered_json{{"linked", l.linked},         {"right", l.right},
                                {"scope", l.scope},           {"other", l.other},
                                {"unverified", l.unverified}, {"no_span", l.no_span},
                                {"unannotated", l.unannotated}};
}

void print_fact_links(const Report& report, const FactLinks& total) {
  std::printf("\nfact links (%d article(s) name the fact a figure is about)\n\n", report.linked_files);
  std::printf("%-12s %7s %7s %7s %7s %10s %7s %11s\n", "kind", "linked", "right", "scope", "other",
              "unverified", "no span", "unannotated");
  auto row = [](std::string_view name, const FactLinks& l) {
    std::printf("%-12.*s %7d %7d %7d %7d %10d %7d %11d\n", static_cast<int>(name.size()), name.data(),
                l.linked, l.right, l.scope, l.other, l.unverified, l.no_span, l.unannotated);
  };
  for (MentionKind kind : kAllKinds) {
    auto it = report.links_by_kind.find(kind);
    if (it != report.links_by_kind.end()) row(to_string(kind), it->second);
  }
  row("total", total);
  std::printf("\nright fact: %d/%d = %.1f%% of annotated fact links (and %d since-date(s) checked as\n"
              "the start of the running total they scope)\n",
              total.right, total.linked, 100.0 * ratio(total.right, total.linked), total.scope);
  std::printf("matched a fact where the annotation names none: %d\n", total.unannotated);
}

void print_report(const Report& report, const Options& options) {
  Counts total;
  for (const auto& [kind, counts] : report.by_kind) {
    if (!is_ignored(options, kind)) total.add(counts);
  }
  FactLinks links;
  for (const auto& [kind, counts] : report.links_by_kind) {
    if (!is_ignored(options, kind)) links.add(counts);
  }
  const double recall = ratio(total.right, total.expected);
  const double spurious_rate = ratio(total.spurious, total.found);

  if (options.json_output) {
    nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
    for (MentionKind kind : kAllKinds) {
      auto it = report.by_kind.find(kind);
      nlohmann::ordered_json row = counts_json(it == report.by_kind.end() ? Counts{} : it->second);
      row["ignored"] = is_ignored(options, kind);
      kinds[std::string(to_string(kind))] = row;
    }
    nlohmann::ordered_json out{{"files", report.files},
             {"kinds", kinds},
             {"total", counts_json(total)},
             {"recall", recall},
             {"spurious_rate", spurious_rate}};
    if (report.linked_files > 0) {
      nlohmann::ordered_json link_kinds = nlohmann::ordered_json::object();
      for (const auto& [kind, counts] : report.links_by_kind) {
        link_kinds[std::string(to_string(kind))] = links_json(counts);
      }
      out["fact_links"] = nlohmann::ordered_json{{"files", report.linked_files},
                                                 {"kinds", link_kinds},
                                                 {"total", links_json(links)},
                                                 {"right_rate", ratio(links.right, links.linked)}};
    }
    if (options.verbose) out["details"] = report.details;
    std::printf("%s\n", detail::dump_json(out).c_str());
    return;
  }

  if (options.verbose) {
    for (const std::string& line : report.details) std::printf("%s\n", line.c_str());
    if (!report.details.empty()) std::printf("\n");
  }
  std::printf("%d annotated article(s)\n\n", report.files);
  std::printf("%-12s %9s %7s %7s %7s %7s %9s\n", "kind", "expected", "exact", "right", "missed",
              "found", "spurious");
  auto row = [](std::string_view name, const Counts& c, const char* note) {
    std::printf("%-12.*s %9d %7d %7d %7d %7d %9d%s\n", static_cast<int>(name.size()), name.data(),
                c.expected, c.exact, c.right, c.missed, c.found, c.spurious, note);
  };
  for (MentionKind kind : kAllKinds) {
    auto it = report.by_kind.find(kind);
    if (it == report.by_kind.end()) continue;
    row(to_string(kind), it->second, is_ignored(options, kind) ? "  (ignored)" : "");
  }
  row("total", total, "");
  std::printf("\nexact span + right value: %d/%d = %.1f%% recall\n", total.right, total.expected,
              100.0 * recall);
  std::printf("spurious: %d/%d = %.1f%% of reported mentions\n", total.spurious, total.found,
              100.0 * spurious_rate);
  if (report.linked_files > 0) print_fact_links(report, links);
}

}  // namespace

int run_eval(const Args& args) {
  Options options;
  if (auto code = parse_options(args, options)) return *code;
  auto files = annotation_files(options.paths, options.default_paths, "eval");
  if (!files) return 2;
  if (files->empty()) {
    std::fputs("figcheck eval: no annotated articles to score\n", stderr);
    return 2;
  }
  // Load everything first so that a broken annotation stops the run before
  // any score is printed: a partial score would look like a real one.
  std::vector<AnnotatedArticle> articles;
  for (const fs::path& file : *files) {
    auto article = load_annotated_article(file, "eval");
    if (!article) return 2;
    if (options.wrap_columns > 0) article->text = hard_wrapped(std::move(article->text), options.wrap_columns);
    articles.push_back(std::move(*article));
  }
  // The whole check runs only when some annotation names a fact: extraction
  // alone is what most corpora annotate.
  std::unique_ptr<Checker> checker;
  if (std::any_of(articles.begin(), articles.end(), names_a_fact)) {
    if (options.dataset_path.empty()) {
      checker = std::make_unique<Checker>(bundled_dataset());
    } else {
      std::optional<Dataset> dataset = load_dataset_file(options.dataset_path);
      if (!dataset) return 2;
      checker = std::make_unique<Checker>(std::move(*dataset));
    }
  }
  if (checker) {
    for (const AnnotatedArticle& article : articles) {
      if (!names_only_known_facts(article, checker->dataset())) return 2;
    }
  }
  Report report;
  for (const AnnotatedArticle& article : articles) {
    score(article, report);
    if (checker && names_a_fact(article)) score_fact_links(article, *checker, report);
  }
  print_report(report, options);
  return 0;
}

}  // namespace figcheck::cli
