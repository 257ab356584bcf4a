// Checking a text: mentions become claims, claims are matched to facts and compared
// at the publication date, and each mention gets a verdict with its explanation.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/dataset.h"
#include "figcheck/date.h"
#include "figcheck/mention.h"

namespace figcheck {

enum class Verdict {
  kSupported,     ///< the reference agrees at the figure's stated precision
  kContradicted,  ///< the reference, or the article itself, disagrees
  kOutdated,      ///< the figure matches an older point; by publication it had moved on
  kUnverified,    ///< no fact matches, or the words do not decide between facts
  // The last: report.cpp's table of the report's names ends at it.
};

/// What a figure counts, read from the words around it.
struct Claim {
  std::string metric;  ///< the metric phrase that decided ("killed")
  std::string subject; ///< the figure's noun phrase ("Palestinians")
  std::string scope;   ///< a stated scope ("since the ceasefire began")
};

/// The reference a mention was compared with.
///
/// `source` and `url` view the dataset's own text rather than copy it: a check makes
/// a reference or two for most figures, and copying both strings into each was most
/// of its heap allocations. A Report keeps its dataset alive (Report::dataset), so
/// they stay valid as long as the Report, or a copy of it, lives.
struct Expected {
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::optional<Date> date;
  std::optional<Date> date_end;
  Qualifier qualifier = Qualifier::kNone;
  Date as_of;
  std::string_view source;
  std::string_view url;
};

/// A mention with its verdict.
struct Finding {
  /// Every member has its initializer; a constructor of its own spares a value-
  /// initialized Finding (a vector's emplace_back()) clearing all of it first.
  Finding() {}
  /// A finding for `found`, moved in whole rather than into a finding made first.
  explicit Finding(Mention&& found) : mention(std::move(found)) {}

  Mention mention;
  Claim claim;
  Verdict verdict = Verdict::kUnverified;
  /// The matched fact's id, a view of the dataset's (as Expected's source and url
  /// are); empty when no fact matched.
  std::string_view fact_id;
  std::optional<Expected> expected;///< the point that decided, when a fact matched
  /// Every reference point the comparison used (the two that bracket the
  /// publication date of a running total, or the one that decided).
  std::vector<Expected> references;
  std::vector<std::string> candidates;  ///< competing fact ids when the words did not decide
  /// One or two sentences a reader can follow: a fixed sentence, or one written for
  /// this figure and kept by the Report (Report::explanations), so it stays valid as
  /// long as the Report, or a copy of it, lives. (Most figures match no fact and get
  /// one of a few fixed sentences: a copy of it in each was a tenth of a long text's
  /// heap allocations.)
  std::string_view explanation;
};

struct Summary {
  int mentions = 0;
  int checked = 0;  ///< mentions with a verdict other than unverified
  int supported = 0;
  int contradicted = 0;
  int outdated = 0;
  int unverified = 0;
};

struct Report {
  /// Set when the text was not checked (it is over a limit); findings are then empty.
  std::string error;
  Date published;
  std::string dataset_name;
  std::string dataset_version;
  std::vector<Finding> findings;
  Summary summary;
  /// The dataset checked against, kept alive for the text the findings' references
  /// view (Expected::source, Expected::url).
  std::shared_ptr<const Dataset> dataset;
  /// The explanations written for this text's figures, which Finding::explanation views.
  std::shared_ptr<const std::deque<std::string>> explanations;
};

namespace detail {
struct MatchIndex;
}

/// Bounds on the work one check may do, so that any input returns in bounded
/// time and memory. A text over a limit gets a report with `error` set.
struct CheckLimits {
  std::size_t max_text_bytes = 8 * 1024 * 1024;  ///< 8 MiB of UTF-8
  std::size_t max_mentions = 500000;               ///< findings kept per text
};

/// Checks texts against one dataset. Building a Checker indexes the dataset's
/// match words once; checking is then cheap enough to run on every keystroke pause.
/// A Checker is immutable after construction and may be shared between threads.
class Checker {
 public:
  explicit Checker(Dataset dataset, CheckLimits limits = {});

  /// Checks `text` (UTF-8) as published on `published` (a day-granular date).
  Report check(std::string_view text, const Date& published) const;

  const Dataset& dataset() const { return *dataset_; }

 private:
  std::shared_ptr<const Dataset> dataset_;
  std::shared_ptr<const detail::MatchIndex> index_;
  CheckLimits limits_;
};

/// Checks `text` against `dataset` once. Prefer a Checker to check many texts.
Report check(std::string_view text, const Date& published, const Dataset& dataset);

std::string_view to_string(Verdict verdict);

}  // namespace figcheck
