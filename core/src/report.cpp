#include "figcheck/report.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "format.h"
#include "json_util.h"

namespace figcheck {
namespace {

// ordered_json keeps the fields in the documented order.
using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& date) {
  return date ? json(format_iso_date(*date)) : json(nullptr);
}

json qualifier_or_null(Qualifier qualifier) {
  return qualifier == Qualifier::kNone ? json(nullptr) : json(std::string(to_string(qualifier)));
}

json expected_json(const Expected& expected) {
  return {{"value", detail::number_or_null(expected.value)},
          {"low", detail::number_or_null(expected.low)},
          {"high", detail::number_or_null(expected.high)},
          {"qualifier", qualifier_or_null(expected.qualifier)},
          {"date", date_or_null(expected.date)},
          {"date_end", date_or_null(expected.date_end)},
          {"as_of", format_iso_date(expected.as_of)},
          {"source", expected.source},
          {"url", expected.url}};
}

json finding_json(const Finding& finding) {
  const Mention& mention = finding.mention;
  json object = {
      {"kind", std::string(to_string(mention.kind))},
      {"text", mention.text},
      {"start", mention.start},
      {"end", mention.end},
      {"value", detail::number_or_null(mention.value)},
      {"low", detail::number_or_null(mention.low)},
      {"high", detail::number_or_null(mention.high)},
      {"qualifier", qualifier_or_null(mention.qualifier)},
      {"unit", mention.unit.empty() ? json(nullptr) : json(mention.unit)},
      {"date", date_or_null(mention.date)},
      {"date_end", date_or_null(mention.date_end)},
      {"verdict", std::string(to_string(finding.verdict))},
      {"fact", finding.fact_id.empty() ? json(nullptr) : json(finding.fact_id)},
      {"expected", finding.expected ? expected_json(*finding.expected) : json(nullptr)},
      {"explanation", finding.explanation},
  };
  object["claim"] = {{"metric", finding.claim.metric},
                     {"subject", finding.claim.subject},
                     {"scope", finding.claim.scope}};
  json references = json::array();
  for (const Expected& reference : finding.references) references.push_back(expected_json(reference));
  object["references"] = std::move(references);
  if (!finding.candidates.empty()) object["candidates"] = finding.candidates;
  if (mention.ambiguous) object["ambiguous"] = true;
  if (!mention.note.empty()) object["note"] = mention.note;
  return object;
}

std::string reference_text(const Expected& expected) {
  std::string text;
  if (expected.date) {
    text = format_readable_date(*expected.date);
    if (expected.date_end) text += " to " + format_readable_date(*expected.date_end);
  } else if (expected.low && expected.high) {
    text = detail::format_number(*expected.low) + "-" + detail::format_number(*expected.high);
  } else if (expected.value) {
    text = detail::format_number(*expected.value);
  }
  return text + " (as of " + format_readable_date(expected.as_of) + ", " + expected.source + ")";
}

}  // namespace

std::string report_to_json(const Report& report) {
  json mentions = json::array();
  for (const Finding& finding : report.findings) mentions.push_back(finding_json(finding));
  const Summary& summary = report.summary;
  json object = {
      {"figcheck", 1},
      {"published", format_iso_date(report.published)},
      {"dataset", {{"name", report.dataset_name}, {"version", report.dataset_version}}},
      {"mentions", std::move(mentions)},
      {"summary",
       {{"mentions", summary.mentions},
        {"checked", summary.checked},
        {"supported", summary.supported},
        {"contradicted", summary.contradicted},
        {"outdated", summary.outdated},
        {"unverified", summary.unverified}}},
  };
  if (!report.error.empty()) object["error"] = report.error;
  return detail::dump_json(object);
}

std::string report_to_text(const Report& report) {
  const Summary& summary = report.summary;
  if (!report.error.empty()) return "figcheck: " + report.error + "\n";
  std::string text = "figcheck report · published " + format_readable_date(report.published) +
                     " · dataset " + report.dataset_name + " " + report.dataset_version + "\n";
  text += std::to_string(summary.mentions) + " figures · " + std::to_string(summary.checked) +
          " checked · " + std::to_string(summary.supported) + " supported · " +
          std::to_string(summary.contradicted) + " contradicted · " +
          std::to_string(summary.outdated) + " outdated · " + std::to_string(summary.unverified) +
          " no reference\n\n";
  for (const Finding& finding : report.findings) {
    const Mention& mention = finding.mention;
    char position[48];
    std::snprintf(position, sizeof position, "[%zu-%zu]", mention.start, mention.end);
    std::string verdict(to_string(finding.verdict));
    for (char& c : verdict) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    text += verdict + "  \"" + mention.text + "\" " + position + " " +
            std::string(to_string(mention.kind)) + "\n";
    if (!finding.fact_id.empty()) {
      text += "    fact: " + finding.fact_id;
      if (finding.expected) text += " = " + reference_text(*finding.expected);
      text += "\n";
    }
    text += "    " + finding.explanation + "\n";
  }
  return text;
}

}  // namespace figcheck
