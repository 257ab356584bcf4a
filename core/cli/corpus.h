// Annotated articles (the format of tests/articles and ../shared/articles).
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/figcheck.h"

namespace figcheck::cli {

/// One annotated mention, its span already in UTF-16 units.
struct AnnotatedMention {
  std::string text;
  MentionKind kind = MentionKind::kNumber;
  std::size_t start = 0;  ///< UTF-16
  std::size_t end = 0;
  std::size_t cp_start = 0;  ///< code points, as the file gives them, for messages
  std::size_t cp_end = 0;
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  std::string unit;
  std::string date;      ///< ISO at the annotated granularity, or empty
  std::string date_end;  ///< ISO, or empty
  bool ambiguous = false;
  std::string fact_key;  ///< the fact the figure is about, or empty
  std::string error;     ///< "contradicted" or "outdated" when the article is wrong on purpose
};

struct AnnotatedArticle {
  std::string json_path;
  std::string text;
  Date published;
  std::vector<AnnotatedMention> mentions;
};

/// "count" and the MentionKind names.
std::optional<MentionKind> kind_from_name(std::string_view name);

/// Loads an annotation and its text; prints "figcheck COMMAND: FILE: problem" when it cannot.
std::optional<AnnotatedArticle> load_annotated_article(const std::filesystem::path& json_path,
                                                       std::string_view command);

/// Expands files and directories of annotations, sorted within each directory.
/// With `default_paths`, a missing path is skipped with a message.
std::optional<std::vector<std::filesystem::path>> annotation_files(const std::vector<std::string>& paths,
                                                                   bool default_paths, std::string_view command);

}  // namespace figcheck::cli
