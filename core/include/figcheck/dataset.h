// The reference dataset: facts, their dated points, and the words that identify a claim about each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/date.h"
#include "figcheck/mention.h"

namespace figcheck {

/// What a fact measures; decides which mentions can be compared with it.
enum class FactKind {
  kCount,      ///< compared with number mentions
  kRatio,      ///< a percentage; compared with percent mentions
  kMoney,      ///< unit is an ISO 4217 code; compared with money mentions
  kQuantity,   ///< unit is a canonical unit ("km", "km2", "trucks/day")
  kDate,       ///< points carry a date; compared with date mentions
  kDateRange,  ///< points carry a date and a date_end
  kDuration,   ///< unit is "days", "weeks", "months" or "years"
};

/// One dated observation of a fact, as a source stated it.
struct Point {
  Date as_of;                    ///< the day the figure refers to
  std::optional<Date> held_until;///< the value is known to have held through this day
  std::optional<double> value;   ///< numeric facts
  std::optional<double> low;     ///< a source's range, when it gave one
  std::optional<double> high;
  std::optional<Date> date;      ///< date facts
  std::optional<Date> date_end;  ///< date-range facts
  Qualifier qualifier = Qualifier::kNone;  ///< how the source phrased it
  std::string source;
  std::string url;
  std::string evidence;  ///< a short quote from the source (newsroom datasets)
  std::string note;
};

/// The words that tie a claim in an article to a fact. All phrases are
/// lower case; a phrase matches whole words, and a word matches its plural.
struct MatchWords {
  /// What the figure counts ("killed", "death toll"). One must stand near the figure.
  std::vector<std::string> metric;
  /// Who or what ("palestinians", "gaza"). Strengthens a match.
  std::vector<std::string> subject;
  /// When `subject_required`, a subject phrase must stand in the figure's own
  /// noun phrase ("17,000 children killed" for a fact about children).
  bool subject_required = false;
  /// Phrases stating this fact's scope ("since the ceasefire"). Strengthen a match.
  std::vector<std::string> scope;
  /// When `scope_required`, the clause must state one of the scope phrases.
  bool scope_required = false;
  /// Phrases that rule the fact out when they stand in the figure's clause.
  std::vector<std::string> exclude;
};

struct Fact {
  std::string id;
  std::string subject;  ///< what the fact is, for people
  std::string metric;
  std::string unit;
  FactKind kind = FactKind::kCount;
  bool cumulative = false;  ///< a running total that never decreases
  std::optional<Date> since;///< start of a running total
  /// Sources may disagree, but the true value does not change with time
  /// (geography, the toll of a past event): any point can support a claim.
  bool stable = false;
  /// An event that happens again (a weekly briefing): a date that differs from
  /// every point is another occurrence, so it is not checked rather than contradicted.
  bool recurring = false;
  MatchWords match;
  std::string note;
  std::vector<Point> points;  ///< ordered by as_of
};

struct Dataset {
  std::string name;
  std::string version;
  std::optional<Date> date;
  /// What the dataset is about, as phrases an article on it would name ("Gaza",
  /// "Israel", "Hamas"), as the author wrote them. When the list is not empty and
  /// an article names none of them (case-insensitively, at the start of a word:
  /// "Israel" finds "Israeli"), none of its figures is compared with the facts.
  /// Empty: every article is compared.
  std::vector<std::string> topic;
  std::vector<Fact> facts;
};

/// One problem found in a dataset: where it is and what is wrong.
struct DatasetError {
  std::string file;   ///< the file name or URL given to the loader
  std::string where;  ///< a JSON pointer ("/facts/3/points/0/as_of") or "row 12, column as_of"
  std::string problem;

  /// "file: where: problem".
  std::string to_string() const;
};

/// A dataset, or every problem that kept it from loading.
struct DatasetResult {
  std::optional<Dataset> dataset;
  std::vector<DatasetError> errors;

  bool ok() const { return dataset.has_value(); }
  /// All errors, one a line.
  std::string error_text() const;
};

/// Parses and validates a dataset in figcheck's JSON format (data/README.md).
/// Reports every problem at once; `file` names the input in error messages.
DatasetResult parse_dataset(std::string_view json_text, std::string_view file);

/// The dataset compiled into the library (data/gaza.json). Parsed once.
const Dataset& bundled_dataset();

std::string_view to_string(FactKind kind);

/// A dataset kept as two CSV files, as newsrooms edit it in a spreadsheet
/// (columns in data/README.md): one row per fact, one row per dated point.
struct DatasetCsv {
  std::string facts_csv;    ///< the text of facts.csv
  std::string points_csv;   ///< the text of points.csv
  std::string facts_file = "facts.csv";    ///< names used in error messages
  std::string points_file = "points.csv";
  std::string name;         ///< the dataset's name, version and date (ISO), which
  std::string version;      ///< CSV has no place for; a data package gives them
  std::string date;
  /// The dataset's topic (Dataset::topic): a data package's `keywords`, or the
  /// CLI's --topic. `topic_file` names where they came from in error messages;
  /// when it is a data package descriptor, errors point at its /keywords.
  std::vector<std::string> topic;
  std::string topic_file = "--topic";
  bool topic_from_package = false;
};

/// Builds and validates a dataset from CSV. Errors name the file, the row and
/// the column ("points.csv: row 12, column as_of: is not an ISO date").
DatasetResult parse_dataset_csv(const DatasetCsv& csv);

/// The dataset in figcheck's JSON format, indented, ready to save.
std::string dataset_to_json(const Dataset& dataset);

/// The dataset as the two CSV files, to edit in a spreadsheet.
DatasetCsv dataset_to_csv(const Dataset& dataset);

/// Reads a Frictionless data package descriptor (datapackage.json, data/README.md):
/// the dataset's name (`title`, else `name`), `version`, date (`created`), topic
/// (the standard `keywords`), and the `path`s of the resources named `facts` and
/// `points` into facts_file and points_file, as written (relative to the
/// descriptor). The CSV texts are left for the caller to read. Problems are
/// appended to `errors`, naming `file`; nothing is returned when there are any.
std::optional<DatasetCsv> parse_data_package(std::string_view descriptor, std::string_view file,
                                             std::vector<DatasetError>& errors);

/// The descriptor of `csv` as a data package of facts.csv and points.csv.
std::string data_package_json(const DatasetCsv& csv);

/// "gaza; israel;" -> {"gaza", "israel"}: a `;`-separated list as CSV word cells
/// and the CLI's --topic are written. Pieces are trimmed; empty ones are skipped.
std::vector<std::string> split_phrase_list(std::string_view list);

}  // namespace figcheck
