// Placeholder until the dataset loader lands.
#include "figcheck/dataset.h"

namespace figcheck {
std::string DatasetError::to_string() const { return file + ": " + where + ": " + problem; }
std::string DatasetResult::error_text() const {
  std::string text;
  for (const auto& error : errors) text += error.to_string() + "\n";
  return text;
}
DatasetResult parse_dataset(std::string_view, std::string_view file) {
  DatasetResult result;
  result.errors.push_back({std::string(file), "", "not implemented"});
  return result;
}
const Dataset& bundled_dataset() {
  static const Dataset dataset;
  return dataset;
}
}  // namespace figcheck
