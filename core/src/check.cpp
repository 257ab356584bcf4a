// Placeholder until matching lands.
#include "figcheck/check.h"

namespace figcheck {
Report check(std::string_view text, const Date& published, const Dataset& dataset) {
  Report report;
  report.published = published;
  report.dataset_name = dataset.name;
  report.dataset_version = dataset.version;
  for (auto& mention : extract_mentions(text, published)) {
    Finding finding;
    finding.mention = std::move(mention);
    finding.explanation = "No fact in the dataset matches this figure.";
    report.findings.push_back(std::move(finding));
  }
  report.summary.mentions = report.summary.unverified = static_cast<int>(report.findings.size());
  return report;
}
}  // namespace figcheck
