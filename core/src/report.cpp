#include "figcheck/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "format.h"
#include "json_writer.h"

namespace figcheck {
namespace {

using detail::JsonWriter;

// The report's objects have fixed shapes: each writer below spells its members'
// names with their commas (JsonWriter's bare values) rather than have the writer
// work out, value by value, whether a comma goes before it.

// An ISO date is digits and dashes: nothing to escape.
void put_date(JsonWriter& out, const Date& date) {
  out.put_plain_string_written(detail::kIsoDateLongest, [&](char* at) { return detail::write_iso_date(date, at); });
}

void put_date(JsonWriter& out, const std::optional<Date>& date) {
  date ? put_date(out, *date) : out.put_literal("null");
}

// "low" and "high", which a plain figure leaves both null: one literal then.
void put_bounds(JsonWriter& out, const std::optional<double>& low, const std::optional<double>& high) {
  if (!low && !high) {
    out.put_literal(",\"low\":null,\"high\":null");
    return;
  }
  out.put_literal(",\"low\":"), out.put_number_or_null(low);
  out.put_literal(",\"high\":"), out.put_number_or_null(high);
}

// "date" and "date_end", which a number leaves both null: one literal then.
void put_dates(JsonWriter& out, const std::optional<Date>& date, const std::optional<Date>& date_end) {
  if (!date && !date_end) {
    out.put_literal(",\"date\":null,\"date_end\":null");
    return;
  }
  out.put_literal(",\"date\":"), put_date(out, date);
  out.put_literal(",\"date_end\":"), put_date(out, date_end);
}

void put_expected(JsonWriter& out, const Expected& expected) {
  out.put_literal("{\"value\":"), out.put_number_or_null(expected.value);
  put_bounds(out, expected.low, expected.high);
  out.put_literal(",\"qualifier\":"), out.put_plain_string_or_null(to_string(expected.qualifier));
  put_dates(out, expected.date, expected.date_end);
  out.put_literal(",\"as_of\":"), put_date(out, expected.as_of);
  out.put_literal(",\"source\":"), out.put_string(expected.source);
  out.put_literal(",\"url\":"), out.put_string(expected.url);
  out.put_literal("}");
}

// Whether two references give the same JSON (NaNs aside, which just get written twice).
bool writes_the_same(const Expected& a, const Expected& b) {
  return a.value == b.value && a.low == b.low && a.high == b.high && a.qualifier == b.qualifier &&
         a.date == b.date && a.date_end == b.date_end && a.as_of == b.as_of && a.source == b.source && a.url == b.url;
}

void put_finding(JsonWriter& out, const Finding& finding) {
  const Mention& mention = finding.mention;
  out.put_literal("{\"kind\":"), out.put_plain_string(to_string(mention.kind));
  out.put_literal(",\"text\":"), out.put_string(mention.text);
  out.put_literal(",\"start\":"), out.put_integer(static_cast<std::int64_t>(mention.start));
  out.put_literal(",\"end\":"), out.put_integer(static_cast<std::int64_t>(mention.end));
  out.put_literal(",\"value\":"), out.put_number_or_null(mention.value);
  put_bounds(out, mention.low, mention.high);
  out.put_literal(",\"qualifier\":"), out.put_plain_string_or_null(to_string(mention.qualifier));
  out.put_literal(",\"unit\":"), out.put_string_or_null(mention.unit);
  put_dates(out, mention.date, mention.date_end);
  out.put_literal(",\"verdict\":"), out.put_plain_string(to_string(finding.verdict));
  out.put_literal(",\"fact\":"), out.put_string_or_null(finding.fact_id);
  out.put_literal(",\"expected\":");
  const std::size_t expected_start = out.position();
  finding.expected ? put_expected(out, *finding.expected) : out.put_literal("null");
  const std::size_t expected_end = out.position();
  out.put_literal(",\"explanation\":"), out.put_string(finding.explanation);
  out.put_literal(",\"claim\":{\"metric\":"), out.put_string(finding.claim.metric);
  out.put_literal(",\"subject\":"), out.put_string(finding.claim.subject);
  out.put_literal(",\"scope\":"), out.put_string(finding.claim.scope);
  out.put_literal("},\"references\":[");
  bool first = true;
  for (const Expected& reference : finding.references) {
    if (!first) out.put_literal(",");
    first = false;
    // The reference that decided is most often the one expected: its text is there to copy.
    const bool as_expected = finding.expected && writes_the_same(reference, *finding.expected);
    if (!as_expected || !out.put_repeat(expected_start, expected_end)) put_expected(out, reference);
  }
  out.put_literal("]");
  if (!finding.candidates.empty()) {
    out.put_literal(",\"candidates\":[");
    for (std::size_t i = 0; i < finding.candidates.size(); ++i) {
      if (i > 0) out.put_literal(",");
      out.put_string(finding.candidates[i]);
    }
    out.put_literal("]");
  }
  if (mention.ambiguous) out.put_literal(",\"ambiguous\":true");
  if (!mention.note.empty()) out.put_literal(",\"note\":"), out.put_string(mention.note);
  out.put_literal("}");
}

// The JSON size of a finding, give or take a few bytes of numbers and escapes.
std::size_t estimated_size(const Finding& finding) {
  const auto expected_size = [](const Expected& expected) {
    return 160 + expected.source.size() + expected.url.size();
  };
  const Mention& mention = finding.mention;
  std::size_t size = 330 + mention.text.size() + mention.unit.size() + mention.note.size() +
                     finding.fact_id.size() + finding.explanation.size() + finding.claim.metric.size() +
                     finding.claim.subject.size() + finding.claim.scope.size();
  if (finding.expected) size += expected_size(*finding.expected);
  for (const Expected& reference : finding.references) size += expected_size(reference);
  for (const std::string& candidate : finding.candidates) size += candidate.size() + 4;
  return size;
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
  return text + " (as of " + format_readable_date(expected.as_of) + ", " + std::string(expected.source) + ")";
}

void write_report(JsonWriter& out, const Report& report) {
  const Summary& summary = report.summary;
  out.put_literal("{\"figcheck\":1,\"published\":"), put_date(out, report.published);
  out.put_literal(",\"dataset\":{\"name\":"), out.put_string(report.dataset_name);
  out.put_literal(",\"version\":"), out.put_string(report.dataset_version);
  out.put_literal("},\"mentions\":[");
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    if (i > 0) out.put_literal(",");
    put_finding(out, report.findings[i]);
  }
  out.put_literal("],\"summary\":{\"mentions\":"), out.put_integer(summary.mentions);
  out.put_literal(",\"checked\":"), out.put_integer(summary.checked);
  out.put_literal(",\"supported\":"), out.put_integer(summary.supported);
  out.put_literal(",\"contradicted\":"), out.put_integer(summary.contradicted);
  out.put_literal(",\"outdated\":"), out.put_integer(summary.outdated);
  out.put_literal(",\"unverified\":"), out.put_integer(summary.unverified);
  out.put_literal("}");
  if (!report.error.empty()) out.put_literal(",\"error\":"), out.put_string(report.error);
  out.put_literal("}");
}

// The report's JSON size, give or take: see estimated_size(Finding).
std::size_t estimated_size(const Report& report) {
  std::size_t size = 256;
  for (const Finding& finding : report.findings) size += estimated_size(finding);
  return size;
}

}  // namespace

std::string report_to_json(const Report& report) {
  // One allocation of about the right size: a 1 MB text's report is ~10 MB, and
  // a string that outgrows its reservation holds twice that while it moves.
  JsonWriter out(estimated_size(report));
  write_report(out, report);
  return out.take();
}

void write_report_json(const Report& report, const std::function<void(std::string_view)>& sink) {
  // Pieces of 64 KB; a shorter report goes in one piece from a buffer of its own
  // size, which is less to allocate and clear for every short text.
  JsonWriter out(std::min<std::size_t>(64 * 1024, estimated_size(report)), sink);
  write_report(out, report);
  out.finish();
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
      text += "    fact: ";
      text += finding.fact_id;
      if (finding.expected) text += " = " + reference_text(*finding.expected);
      text += "\n";
    }
    text += "    " + finding.explanation + "\n";
  }
  return text;
}

}  // namespace figcheck
