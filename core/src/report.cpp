#include "figcheck/report.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "format.h"
#include "json_writer.h"

namespace figcheck {
namespace {

using detail::JsonWriter;
using Cursor = detail::JsonWriter::Cursor;

// The report's objects have fixed shapes: each writer below spells its members'
// names with their commas (JsonWriter::Cursor's bare values) rather than have the
// writer work out, value by value, whether a comma goes before it. They are inlined
// into the finding's writer, so that the cursor stays in a register throughout.

// The report's names of kinds, qualifiers and verdicts as JSON values, quoted (null for
// no qualifier), made once from their to_string: a finding writes three or four, each
// then a copy of sixteen bytes (Cursor::padded) rather than a call and a copy of its length.
struct JsonName {
  char json[16];
  std::size_t size;
};

// `Last` is the enumeration's last enumerator, as declared.
template <typename Enum, Enum Last>
constexpr std::size_t kEnumCount = static_cast<std::size_t>(Last) + 1;

template <typename Enum, Enum Last>
std::array<JsonName, kEnumCount<Enum, Last>> json_names() {
  std::array<JsonName, kEnumCount<Enum, Last>> names{};
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string_view name = to_string(static_cast<Enum>(i));
    JsonName& json = names[i];
    if (name.empty()) {
      std::memcpy(json.json, "null", 4);
      json.size = 4;
      continue;
    }
    // A longer name would overrun the copy and the finding's room (kMostSizes): a
    // developer's slip, stopped at start-up in every build rather than written.
    if (name.size() + 2 > sizeof json.json) std::abort();
    json.json[0] = '"';
    std::memcpy(json.json + 1, name.data(), name.size());
    json.json[name.size() + 1] = '"';
    json.size = name.size() + 2;
  }
  return names;
}

const auto kKindNames = json_names<MentionKind, MentionKind::kDuration>();
const auto kQualifierNames = json_names<Qualifier, Qualifier::kSince>();
const auto kVerdictNames = json_names<Verdict, Verdict::kUnverified>();

template <typename Enum, std::size_t N>
[[gnu::always_inline]] inline void put_name(Cursor& out, const std::array<JsonName, N>& names, Enum value) {
  assert(static_cast<std::size_t>(value) < N);  // the table ends at the enumerator it was made to
  const JsonName& name = names[static_cast<std::size_t>(value)];
  out.padded(name.json, name.size);
}

// An ISO date is digits and dashes: nothing to escape.
[[gnu::always_inline]] inline void put_date(Cursor& out, const Date& date) {
  out.plain_string_written([&](char* at) { return detail::write_iso_date(date, at); });
}

[[gnu::always_inline]] inline void put_date(Cursor& out, const std::optional<Date>& date) {
  date ? put_date(out, *date) : out.literal("null");
}

// "low" and "high", which a plain figure leaves both null: one literal then.
[[gnu::always_inline]] inline void put_bounds(Cursor& out, const std::optional<double>& low,
                                              const std::optional<double>& high) {
  if (!low && !high) {
    out.literal(",\"low\":null,\"high\":null");
    return;
  }
  out.literal(",\"low\":"), out.number_or_null(low);
  out.literal(",\"high\":"), out.number_or_null(high);
}

// "date" and "date_end", which a number leaves both null: one literal then.
[[gnu::always_inline]] inline void put_dates(Cursor& out, const std::optional<Date>& date,
                                             const std::optional<Date>& date_end) {
  if (!date && !date_end) {
    out.literal(",\"date\":null,\"date_end\":null");
    return;
  }
  out.literal(",\"date\":"), put_date(out, date);
  out.literal(",\"date_end\":"), put_date(out, date_end);
}

[[gnu::always_inline]] inline void put_expected(Cursor& out, const Expected& expected) {
  out.literal("{\"value\":"), out.number_or_null(expected.value);
  put_bounds(out, expected.low, expected.high);
  out.literal(",\"qualifier\":"), put_name(out, kQualifierNames, expected.qualifier);
  put_dates(out, expected.date, expected.date_end);
  out.literal(",\"as_of\":"), put_date(out, expected.as_of);
  out.literal(",\"source\":"), out.string(expected.source);
  out.literal(",\"url\":"), out.string(expected.url);
  out.literal("}");
}

// Whether two views show the same text. A reference's source and url view the
// dataset's (Expected), so two references of one point view the very same bytes,
// which then need no comparing.
bool same_text(std::string_view a, std::string_view b) {
  return (a.data() == b.data() && a.size() == b.size()) || a == b;
}

// Whether two references give the same JSON (NaNs aside, which just get written twice).
bool writes_the_same(const Expected& a, const Expected& b) {
  return a.value == b.value && a.low == b.low && a.high == b.high && a.qualifier == b.qualifier &&
         a.date == b.date && a.date_end == b.date_end && a.as_of == b.as_of && same_text(a.source, b.source) &&
         same_text(a.url, b.url);
}

// A mention's members from its value to its end date. Most mentions are a bare figure
// (a value alone) or a bare date (a day or a month alone): the run of nulls around their
// one member is then one literal (written as each member alone would be).
[[gnu::always_inline]] inline void put_figure(Cursor& out, const Mention& mention) {
  const bool bare = !mention.low && !mention.high && mention.qualifier == Qualifier::kNone &&
                    mention.unit.empty() && !mention.date_end;
  if (bare && mention.value && !mention.date) {
    out.literal(",\"value\":"), out.number(*mention.value);
    out.literal(",\"low\":null,\"high\":null,\"qualifier\":null,\"unit\":null,\"date\":null,\"date_end\":null");
    return;
  }
  if (bare && !mention.value && mention.date) {
    out.literal(",\"value\":null,\"low\":null,\"high\":null,\"qualifier\":null,\"unit\":null,\"date\":");
    put_date(out, *mention.date);
    out.literal(",\"date_end\":null");
    return;
  }
  out.literal(",\"value\":"), out.number_or_null(mention.value);
  put_bounds(out, mention.low, mention.high);
  out.literal(",\"qualifier\":"), put_name(out, kQualifierNames, mention.qualifier);
  out.literal(",\"unit\":"), out.string_or_null(mention.unit);
  put_dates(out, mention.date, mention.date_end);
}

void put_finding(Cursor& out, const Finding& finding) {
  const Mention& mention = finding.mention;
  out.literal("{\"kind\":"), put_name(out, kKindNames, mention.kind);
  out.literal(",\"text\":"), out.string(mention.text);
  out.literal(",\"start\":"), out.integer(static_cast<std::int64_t>(mention.start));
  out.literal(",\"end\":"), out.integer(static_cast<std::int64_t>(mention.end));
  put_figure(out, mention);
  // Most figures match no fact: their run from the verdict to the explanation is one
  // literal, as is an empty metric's with the claim's opening, and an empty scope's
  // with the references' (written as each member alone would be).
  std::size_t expected_start = 0, expected_end = 0;
  if (finding.verdict == Verdict::kUnverified && finding.fact_id.empty() && !finding.expected) {
    out.literal(",\"verdict\":\"unverified\",\"fact\":null,\"expected\":null,\"explanation\":");
  } else {
    out.literal(",\"verdict\":"), put_name(out, kVerdictNames, finding.verdict);
    out.literal(",\"fact\":"), out.string_or_null(finding.fact_id);
    out.literal(",\"expected\":");
    expected_start = out.position();
    finding.expected ? put_expected(out, *finding.expected) : out.literal("null");
    expected_end = out.position();
    out.literal(",\"explanation\":");
  }
  out.string(finding.explanation);
  if (finding.claim.metric.empty()) {
    out.literal(",\"claim\":{\"metric\":\"\",\"subject\":");
  } else {
    out.literal(",\"claim\":{\"metric\":"), out.string(finding.claim.metric);
    out.literal(",\"subject\":");
  }
  out.string(finding.claim.subject);
  if (finding.claim.scope.empty()) {
    out.literal(",\"scope\":\"\"},\"references\":[");
  } else {
    out.literal(",\"scope\":"), out.string(finding.claim.scope);
    out.literal("},\"references\":[");
  }
  bool first = true;
  for (const Expected& reference : finding.references) {
    if (!first) out.literal(",");
    first = false;
    // The reference that decided is most often the one expected: its text is there to copy.
    const bool as_expected = finding.expected && writes_the_same(reference, *finding.expected);
    if (!as_expected || !out.repeat(expected_start, expected_end)) put_expected(out, reference);
  }
  out.literal("]");
  if (!finding.candidates.empty()) {
    out.literal(",\"candidates\":[");
    for (std::size_t i = 0; i < finding.candidates.size(); ++i) {
      if (i > 0) out.literal(",");
      out.string(finding.candidates[i]);
    }
    out.literal("]");
  }
  if (mention.ambiguous) out.literal(",\"ambiguous\":true");
  if (!mention.note.empty()) out.literal(",\"note\":"), out.string(mention.note);
  out.literal("}");
}

// The bytes of a finding's JSON but its strings' (each counted as it is,
// unescaped), and those of each of its references.
struct JsonSizes {
  std::size_t finding;
  std::size_t reference;
};
// About what they take, give or take a few bytes of numbers and escapes: for the
// report's reservation.
constexpr JsonSizes kTypicalSizes{330, 160};
// The most they take (JsonWriter::write_bounded), with room to spare: a finding's
// member names, quotes and nulls take under 300 bytes, its five numbers 32 each,
// its two dates 13 each and its three enumerations' names 16 each (copied whole:
// Cursor::padded), under 540 in all; a reference's, under 250.
constexpr JsonSizes kMostSizes{640, 384};

// (Inlined in the loops that ask it of every finding.)
[[gnu::always_inline]] inline std::size_t json_size(const Finding& finding, const JsonSizes& sizes) {
  const auto reference_size = [&](const Expected& expected) {
    return sizes.reference + expected.source.size() + expected.url.size();
  };
  const Mention& mention = finding.mention;
  std::size_t size = sizes.finding + mention.text.size() + mention.unit.size() + mention.note.size() +
                     finding.fact_id.size() + finding.explanation.size() + finding.claim.metric.size() +
                     finding.claim.subject.size() + finding.claim.scope.size();
  if (finding.expected) size += reference_size(*finding.expected);
  for (const Expected& reference : finding.references) size += reference_size(reference);
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

void write_report(JsonWriter& writer, const Report& report) {
  const Summary& summary = report.summary;
  // The most bytes of the report's own members, but strings: 300 of names, six numbers of 32.
  constexpr std::size_t kMostReportBytes = 512;
  writer.write_bounded(kMostReportBytes + report.dataset_name.size() + report.dataset_version.size(),
                       [&](Cursor& out) {
                         out.literal("{\"figcheck\":1,\"published\":"), put_date(out, report.published);
                         out.literal(",\"dataset\":{\"name\":"), out.string(report.dataset_name);
                         out.literal(",\"version\":"), out.string(report.dataset_version);
                         out.literal("},\"mentions\":[");
                       });
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& finding = report.findings[i];
    writer.write_bounded(json_size(finding, kMostSizes), [&](Cursor& out) {
      if (i > 0) out.literal(",");
      put_finding(out, finding);
    });
  }
  writer.write_bounded(kMostReportBytes + report.error.size(), [&](Cursor& out) {
    out.literal("],\"summary\":{\"mentions\":"), out.integer(summary.mentions);
    out.literal(",\"checked\":"), out.integer(summary.checked);
    out.literal(",\"supported\":"), out.integer(summary.supported);
    out.literal(",\"contradicted\":"), out.integer(summary.contradicted);
    out.literal(",\"outdated\":"), out.integer(summary.outdated);
    out.literal(",\"unverified\":"), out.integer(summary.unverified);
    out.literal("}");
    if (!report.error.empty()) out.literal(",\"error\":"), out.string(report.error);
    out.literal("}");
  });
}

// Past this many findings, the estimate counts one finding in kSampleStride, and adds
// a sixteenth to spare: a pass over every finding of a long text reads megabytes the
// cache has long let go, only for the writing to read them again (1.5% of a 1 MB
// check's time). A stride that no table's usual width divides, so that a table's
// columns are sampled alike; an estimate short of the text costs only its string's
// growth, never the report's bytes.
constexpr std::size_t kSampledFrom = 4096;
constexpr std::size_t kSampleStride = 7;

// The report's JSON size, give or take (see kTypicalSizes).
std::size_t estimated_size(const Report& report) {
  const std::vector<Finding>& findings = report.findings;
  std::size_t size = 256;
  if (findings.size() > kSampledFrom) {
    for (std::size_t i = 0; i < findings.size(); i += kSampleStride) {
      size += kSampleStride * json_size(findings[i], kTypicalSizes);
    }
    return size + size / 16;
  }
  for (const Finding& finding : findings) size += json_size(finding, kTypicalSizes);
  return size;
}

// estimated_size, or `enough` when it is more: counting stops there, short of a pass
// over a long text's findings.
std::size_t estimated_size_up_to(const Report& report, std::size_t enough) {
  std::size_t size = 256;
  for (const Finding& finding : report.findings) {
    size += json_size(finding, kTypicalSizes);
    if (size >= enough) return enough;
  }
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
  JsonWriter out(estimated_size_up_to(report, 64 * 1024), sink);
  write_report(out, report);
  out.finish();
}

std::size_t report_json_size_estimate(const Report& report) { return estimated_size(report); }

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
    text += "    ";
    text += finding.explanation;
    text += "\n";
  }
  return text;
}

}  // namespace figcheck
