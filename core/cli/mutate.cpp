// figcheck mutate: how well verdicts catch wrong figures, and how rarely they
// cry wolf. Every figure of an annotated article that matched a fact is
// changed the way a slip of the keyboard or a stale note would change it (one
// digit, an order of magnitude, a shifted day, a swapped month); the changed
// article is checked again and the figure should now be contradicted. The
// untouched articles give the false alarms: contradicted figures that the
// annotation does not mark as real errors.
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "commands.h"
#include "corpus.h"
#include "json_util.h"

namespace figcheck::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    "usage: figcheck mutate [--verbose] [PATH ...]\n"
    "\n"
    "PATH is an annotation (NN-slug.json beside NN-slug.txt) or a directory of them;\n"
    "default: tests/articles and ../shared/articles. Checks each article with the\n"
    "bundled dataset at its publication date, then for every figure that matched a\n"
    "fact and was supported or outdated writes mutants:\n"
    "  digit      the leading digit changed (up for \"more than\" figures, down for \"up to\")\n"
    "  magnitude  ten times larger (ten times smaller for \"up to\", \"fewer than\")\n"
    "  day        a dated day moved by six days\n"
    "  month      the month swapped for another (a weekday for another weekday)\n"
    "  year       the year moved by two\n"
    "and checks each mutant again. Detection = mutants now contradicted. False alarms\n"
    "= contradicted figures in the untouched articles whose annotation does not mark\n"
    "them as errors, out of all figures checked. Errors in articles whose annotation\n"
    "cannot be edited are listed in tests/known-errors.json.\n";

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                       "May",     "June",     "July",      "August",
                                                       "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                       "Friday", "Saturday", "Sunday"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Mutant {
  std::string kind;
  std::string text;  ///< the mention's new text
};

bool lower_bound_claim(Qualifier qualifier) {
  return qualifier == Qualifier::kMoreThan || qualifier == Qualifier::kOver || qualifier == Qualifier::kAtLeast;
}

bool upper_bound_claim(Qualifier qualifier) {
  return qualifier == Qualifier::kUpTo || qualifier == Qualifier::kAtMost || qualifier == Qualifier::kFewerThan ||
         qualifier == Qualifier::kLessThan || qualifier == Qualifier::kUnder;
}

// The first run of digits with its separators ("71,400", "53.2") in `text`.
struct NumberRun {
  std::size_t begin = std::string::npos;
  std::size_t end = 0;
};

NumberRun first_number(std::string_view text) {
  NumberRun run;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i])) continue;
    run.begin = i;
    run.end = i;
    while (run.end < text.size() &&
           (is_digit(text[run.end]) ||
            ((text[run.end] == ',' || text[run.end] == '.') && run.end + 1 < text.size() && is_digit(text[run.end + 1])))) {
      ++run.end;
    }
    return run;
  }
  return run;
}

// Writes `value` the way `like` is written: with or without thousands
// separators, with as many decimals.
std::string format_like(double value, std::string_view like) {
  const auto dot = like.find('.');
  const int decimals = dot == std::string_view::npos ? 0 : static_cast<int>(like.size() - dot - 1);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string digits = buffer;
  if (like.find(',') == std::string_view::npos) return digits;
  const auto point = digits.find('.');
  std::string whole = digits.substr(0, point);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return grouped + (point == std::string::npos ? "" : digits.substr(point));
}

std::vector<Mutant> number_mutants(const Mention& mention) {
  std::vector<Mutant> mutants;
  const NumberRun run = first_number(mention.text);
  if (run.begin == std::string::npos) return mutants;
  const std::string written = mention.text.substr(run.begin, run.end - run.begin);
  std::string digits;
  for (char c : written) {
    if (c != ',') digits += c;
  }
  const double value = std::strtod(digits.c_str(), nullptr);
  auto replaced = [&](const std::string& number) {
    return mention.text.substr(0, run.begin) + number + mention.text.substr(run.end);
  };
  const bool down = upper_bound_claim(mention.qualifier);
  // One digit: the leading one, moved far enough to leave any rounding behind.
  const int lead = written[0] - '0';
  int changed = down ? lead - 4 : lead + 4;
  if (changed > 9 && !lower_bound_claim(mention.qualifier)) changed = lead - 4;
  if (changed >= 1 && changed <= 9) {
    std::string number = written;
    number[0] = static_cast<char>('0' + changed);
    mutants.push_back({"digit", replaced(number)});
  }
  const double scaled = down ? value / 10 : value * 10;
  if (!down || value >= 10) mutants.push_back({"magnitude", replaced(format_like(scaled, written))});
  return mutants;
}

std::vector<Mutant> date_mutants(const Mention& mention) {
  std::vector<Mutant> mutants;
  const std::string& text = mention.text;
  // A month name, swapped for the one six months away.
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const auto at = text.find(kMonths[m].substr(0, 3));
    if (at == std::string::npos) continue;
    std::size_t end = at + 3;
    const std::string_view full = kMonths[m];
    if (text.compare(at, full.size(), full) == 0) end = at + full.size();
    mutants.push_back({"month", text.substr(0, at) + std::string(kMonths[(m + 6) % 12]) + text.substr(end)});
    break;
  }
  for (std::size_t d = 0; d < kWeekdays.size() && mutants.empty(); ++d) {
    const auto at = text.find(kWeekdays[d]);
    if (at == std::string::npos) continue;
    mutants.push_back(
        {"month", text.substr(0, at) + std::string(kWeekdays[(d + 3) % 7]) + text.substr(at + kWeekdays[d].size())});
  }
  // A day of the month (one or two digits) and a year (four).
  for (std::size_t i = 0; i < text.size();) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_digit(text[end])) ++end;
    const int number = std::atoi(text.substr(i, end - i).c_str());
    if (end - i <= 2 && number >= 1 && number <= 31) {
      const int moved = number <= 22 ? number + 6 : number - 6;
      mutants.push_back({"day", text.substr(0, i) + std::to_string(moved) + text.substr(end)});
    } else if (end - i == 4) {
      mutants.push_back({"year", text.substr(0, i) + std::to_string(number - 2) + text.substr(end)});
    }
    i = end;
  }
  return mutants;
}

struct Tally {
  int mutants = 0, contradicted = 0, outdated = 0, supported = 0, unverified = 0;
};

const Finding* finding_at(const Report& report, std::size_t start) {
  for (const Finding& finding : report.findings) {
    if (finding.mention.start == start) return &finding;
  }
  return nullptr;
}

// Real errors of articles whose annotation cannot be edited: article file name and
// code point start of the figure.
std::vector<std::pair<std::string, std::size_t>> load_known_errors(const std::string& path) {
  std::vector<std::pair<std::string, std::size_t>> known;
  auto text = read_input(path);
  if (!text) return known;
  const detail::ParsedJson parsed = detail::parse_json(*text);
  if (!parsed.ok() || !parsed.value.is_object() || !parsed.value.contains("errors") ||
      !parsed.value["errors"].is_array()) {
    std::fprintf(stderr, "figcheck mutate: %s: expected {\"errors\": [...]}\n", path.c_str());
    return known;
  }
  for (const auto& error : parsed.value["errors"]) {
    if (error.is_object() && error.contains("article") && error["article"].is_string() && error.contains("start") &&
        error["start"].is_number_unsigned()) {
      known.emplace_back(error["article"].get<std::string>(), error["start"].get<std::size_t>());
    }
  }
  return known;
}

const AnnotatedMention* annotation_at(const AnnotatedArticle& article, std::size_t start, std::size_t end) {
  for (const AnnotatedMention& mention : article.mentions) {
    if (mention.start == start && mention.end == end) return &mention;
  }
  return nullptr;
}

}  // namespace

int run_mutate(const Args& args) {
  bool verbose = false;
  std::vector<std::string> paths;
  for (std::string_view arg : args) {
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "figcheck mutate: unknown option '%.*s'\n\n%s", static_cast<int>(arg.size()), arg.data(),
                   kUsage);
      return 2;
    } else {
      paths.emplace_back(arg);
    }
  }
  const bool default_paths = paths.empty();
  if (default_paths) paths = {"tests/articles", "../shared/articles"};
  auto files = annotation_files(paths, default_paths, "mutate");
  if (!files) return 2;

  const auto known_errors = load_known_errors("tests/known-errors.json");
  auto is_known_error = [&](const AnnotatedArticle& article, const AnnotatedMention* annotated) {
    if (!annotated) return false;
    const std::string name = fs::path(article.json_path).filename().string();
    for (const auto& [file, start] : known_errors) {
      if (file == name && start == annotated->cp_start) return true;
    }
    return false;
  };
  const Checker checker(bundled_dataset());
  std::map<std::string, Tally> by_kind;
  Tally total;
  int checked = 0, false_alarms = 0, real_errors_caught = 0, real_errors = 0;
  std::vector<std::string> notes;
  for (const fs::path& file : *files) {
    auto article = load_annotated_article(file, "mutate");
    if (!article) return 2;
    const Report original = checker.check(article->text, article->published);
    for (const AnnotatedMention& annotated : article->mentions) {
      if (!annotated.error.empty() || is_known_error(*article, &annotated)) ++real_errors;
    }
    for (const Finding& finding : original.findings) {
      const Mention& mention = finding.mention;
      if (finding.verdict != Verdict::kUnverified) ++checked;
      const AnnotatedMention* annotated = annotation_at(*article, mention.start, mention.end);
      const bool real_error = annotated && (!annotated->error.empty() || is_known_error(*article, annotated));
      if (real_error && finding.verdict != Verdict::kContradicted && finding.verdict != Verdict::kOutdated) {
        notes.push_back("missed error  " + article->json_path + ": \"" + mention.text + "\": " +
                        std::string(to_string(finding.verdict)) + " (" + std::string(finding.explanation) + ")");
      }
      if (finding.verdict == Verdict::kContradicted || finding.verdict == Verdict::kOutdated) {
        if (real_error) {
          ++real_errors_caught;
        } else if (finding.verdict == Verdict::kContradicted) {
          ++false_alarms;
          notes.push_back("false alarm  " + article->json_path + ": \"" + mention.text + "\": " + std::string(finding.explanation));
        }
      }
      // Only figures the dataset could check: supported or outdated ones.
      const bool checked_against_fact = finding.verdict == Verdict::kSupported || finding.verdict == Verdict::kOutdated;
      if (finding.fact_id.empty() || !checked_against_fact || real_error) continue;
      const bool is_date = mention.kind == MentionKind::kDate || mention.kind == MentionKind::kDateRange;
      for (const Mutant& mutant : is_date ? date_mutants(mention) : number_mutants(mention)) {
        std::string text = article->text;
        text.replace(mention.byte_start, mention.byte_end - mention.byte_start, mutant.text);
        const Report changed = checker.check(text, article->published);
        const Finding* after = finding_at(changed, mention.start);
        Tally& tally = by_kind[mutant.kind];
        ++tally.mutants;
        ++total.mutants;
        const Verdict verdict = after ? after->verdict : Verdict::kUnverified;
        switch (verdict) {
          case Verdict::kContradicted: ++tally.contradicted, ++total.contradicted; break;
          case Verdict::kOutdated: ++tally.outdated, ++total.outdated; break;
          case Verdict::kSupported: ++tally.supported, ++total.supported; break;
          case Verdict::kUnverified: ++tally.unverified, ++total.unverified; break;
        }
        if (verdict != Verdict::kContradicted) {
          notes.push_back("missed " + mutant.kind + "  " + article->json_path + ": \"" + mention.text + "\" -> \"" +
                          mutant.text + "\": " + std::string(to_string(verdict)) +
                          (after ? " (" + std::string(after->explanation) + ")" : " (no figure found there)"));
        }
      }
    }
  }
  if (verbose) {
    for (const std::string& note : notes) std::printf("%s\n", note.c_str());
    std::printf("\n");
  }
  std::printf("%zu article(s)\n\n%-10s %8s %13s %9s %10s %11s\n", files->size(), "mutation", "mutants", "contradicted",
              "outdated", "supported", "unverified");
  auto row = [](const std::string& name, const Tally& t) {
    std::printf("%-10s %8d %13d %9d %10d %11d\n", name.c_str(), t.mutants, t.contradicted, t.outdated, t.supported,
                t.unverified);
  };
  for (const auto& [kind, tally] : by_kind) row(kind, tally);
  row("total", total);
  const double detection = total.mutants ? 100.0 * total.contradicted / total.mutants : 0;
  const double alarm = checked ? 100.0 * false_alarms / checked : 0;
  std::printf("\ndetection: %d/%d = %.1f%% of mutants contradicted\n", total.contradicted, total.mutants, detection);
  std::printf("false alarms: %d/%d = %.1f%% of checked figures contradicted without an annotated error\n",
              false_alarms, checked, alarm);
  std::printf("annotated errors flagged: %d/%d\n", real_errors_caught, real_errors);
  return 0;
}

}  // namespace figcheck::cli
