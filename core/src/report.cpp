#include "figcheck/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "format.h"
#include "json_writer.h"

namespace figcheck {
namespace {

using detail::JsonWriter;

// An ISO date is digits and dashes: nothing to escape.
void write_date(JsonWriter& out, const Date& date) {
  char text[detail::kIsoDateLongest];
  out.plain_string(std::string_view(text, static_cast<std::size_t>(detail::write_iso_date(date, text) - text)));
}

void write_date(JsonWriter& out, const std::optional<Date>& date) { date ? write_date(out, *date) : out.null(); }

void write_expected(JsonWriter& out, const Expected& expected) {
  out.begin_object();
  out.key("value"), out.number_or_null(expected.value);
  out.key("low"), out.number_or_null(expected.low);
  out.key("high"), out.number_or_null(expected.high);
  out.key("qualifier"), out.plain_string_or_null(to_string(expected.qualifier));
  out.key("date"), write_date(out, expected.date);
  out.key("date_end"), write_date(out, expected.date_end);
  out.key("as_of"), write_date(out, expected.as_of);
  out.key("source"), out.string(expected.source);
  out.key("url"), out.string(expected.url);
  out.end_object();
}

// Whether two references give the same JSON (NaNs aside, which just get written twice).
bool writes_the_same(const Expected& a, const Expected& b) {
  return a.value == b.value && a.low == b.low && a.high == b.high && a.qualifier == b.qualifier &&
         a.date == b.date && a.date_end == b.date_end && a.as_of == b.as_of && a.source == b.source && a.url == b.url;
}

void write_finding(JsonWriter& out, const Finding& finding) {
  const Mention& mention = finding.mention;
  out.begin_object();
  out.key("kind"), out.plain_string(to_string(mention.kind));
  out.key("text"), out.string(mention.text);
  out.key("start"), out.integer(static_cast<std::int64_t>(mention.start));
  out.key("end"), out.integer(static_cast<std::int64_t>(mention.end));
  out.key("value"), out.number_or_null(mention.value);
  out.key("low"), out.number_or_null(mention.low);
  out.key("high"), out.number_or_null(mention.high);
  out.key("qualifier"), out.plain_string_or_null(to_string(mention.qualifier));
  out.key("unit"), out.string_or_null(mention.unit);
  out.key("date"), write_date(out, mention.date);
  out.key("date_end"), write_date(out, mention.date_end);
  out.key("verdict"), out.plain_string(to_string(finding.verdict));
  out.key("fact"), out.string_or_null(finding.fact_id);
  out.key("expected");
  const std::size_t expected_start = out.position();
  finding.expected ? write_expected(out, *finding.expected) : out.null();
  const std::size_t expected_end = out.position();
  out.key("explanation"), out.string(finding.explanation);
  out.key("claim");
  out.begin_object();
  out.key("metric"), out.string(finding.claim.metric);
  out.key("subject"), out.string(finding.claim.subject);
  out.key("scope"), out.string(finding.claim.scope);
  out.end_object();
  out.key("references");
  out.begin_array();
  for (const Expected& reference : finding.references) {
    // The reference that decided is most often the one expected: its text is there to copy.
    const bool as_expected = finding.expected && writes_the_same(reference, *finding.expected);
    if (!as_expected || !out.repeat_value(expected_start, expected_end)) write_expected(out, reference);
  }
  out.end_array();
  if (!finding.candidates.empty()) {
    out.key("candidates");
    out.begin_array();
    for (const std::string& candidate : finding.candidates) out.string(candidate);
    out.end_array();
  }
  if (mention.ambiguous) out.key("ambiguous"), out.boolean(true);
  if (!mention.note.empty()) out.key("note"), out.string(mention.note);
  out.end_object();
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
  out.begin_object();
  out.key("figcheck"), out.integer(1);
  out.key("published"), write_date(out, report.published);
  out.key("dataset");
  out.begin_object();
  out.key("name"), out.string(report.dataset_name);
  out.key("version"), out.string(report.dataset_version);
  out.end_object();
  out.key("mentions");
  out.begin_array();
  for (const Finding& finding : report.findings) write_finding(out, finding);
  out.end_array();
  out.key("summary");
  out.begin_object();
  out.key("mentions"), out.integer(summary.mentions);
  out.key("checked"), out.integer(summary.checked);
  out.key("supported"), out.integer(summary.supported);
  out.key("contradicted"), out.integer(summary.contradicted);
  out.key("outdated"), out.integer(summary.outdated);
  out.key("unverified"), out.integer(summary.unverified);
  out.end_object();
  if (!report.error.empty()) out.key("error"), out.string(report.error);
  out.end_object();
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
      text += "    fact: " + finding.fact_id;
      if (finding.expected) text += " = " + reference_text(*finding.expected);
      text += "\n";
    }
    text += "    " + finding.explanation + "\n";
  }
  return text;
}

}  // namespace figcheck
