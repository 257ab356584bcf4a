// Self-consistency: what the article says against itself, with no dataset.
#include "consistency.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 6};

// The explanations the checks write, which the findings view (as a Report keeps them).
detail::Explanations kept;

// A finding for `figure` where it stands in `text`.
Finding finding_at(std::string_view text, std::string_view figure, MentionKind kind) {
  Finding finding;
  Mention& mention = finding.mention;
  mention.kind = kind;
  mention.text = std::string(figure);
  mention.byte_start = text.find(figure);
  mention.byte_end = mention.byte_start + figure.size();
  finding.verdict = Verdict::kUnverified;
  return finding;
}

TEST(ConsistencyTest, WeekdayThatDoesNotFitItsDate) {
  const std::string_view text = "on Wednesday, 6 January 2026";
  Finding date = finding_at(text, "Wednesday, 6 January 2026", MentionKind::kDate);
  date.mention.date = Date{2026, 1, 6};
  date.mention.note = "weekday: Wednesday";
  std::vector<Finding> findings = {date};
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
  EXPECT_EQ(findings[0].explanation, "6 January 2026 was a Tuesday, not a Wednesday.");

  findings[0] = date;
  findings[0].mention.note = "weekday: Tuesday";
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
}

// Verdict of a date written with a weekday: `written` ("Thursday") before `date`.
Verdict weekday_verdict(const Date& date, std::string_view written) {
  const std::string_view text = "on that day";
  Finding finding = finding_at(text, "that day", MentionKind::kDate);
  finding.mention.date = date;
  finding.mention.note = "weekday: " + std::string(written);
  std::vector<Finding> findings = {finding};
  detail::check_consistency(text, kPublished, findings, kept);
  return findings[0].verdict;
}

TEST(ConsistencyTest, WeekdayOfADateBeforeTheGregorianCalendarIsTheJulianOne) {
  // 4 October 1582, the Julian calendar's last day, was a Thursday (Monday in the
  // proleptic Gregorian calendar); the Battle of Hastings, 14 October 1066, a Saturday
  EXPECT_EQ(weekday_verdict(Date{1582, 10, 4}, "Thursday"), Verdict::kUnverified);
  EXPECT_EQ(weekday_verdict(Date{1582, 10, 4}, "Monday"), Verdict::kContradicted);
  EXPECT_EQ(weekday_verdict(Date{1066, 10, 14}, "Saturday"), Verdict::kUnverified);
  // from the first Gregorian day (a Friday) until the last country changed calendars,
  // either calendar's weekday is right: Britain's Julian Wednesday 2 September 1752
  // was a Saturday in the Gregorian calendar
  EXPECT_EQ(weekday_verdict(Date{1582, 10, 15}, "Friday"), Verdict::kUnverified);
  EXPECT_EQ(weekday_verdict(Date{1582, 10, 15}, "Sunday"), Verdict::kContradicted);
  EXPECT_EQ(weekday_verdict(Date{1752, 9, 2}, "Wednesday"), Verdict::kUnverified);
  EXPECT_EQ(weekday_verdict(Date{1752, 9, 2}, "Saturday"), Verdict::kUnverified);
  EXPECT_EQ(weekday_verdict(Date{1752, 9, 2}, "Friday"), Verdict::kContradicted);
  // and after it, the Gregorian alone
  EXPECT_EQ(weekday_verdict(Date{1975, 4, 30}, "Wednesday"), Verdict::kUnverified);
  EXPECT_EQ(weekday_verdict(Date{1975, 4, 30}, "Sunday"), Verdict::kContradicted);
}

std::vector<Finding> duration_and_since(std::string_view text, std::string_view length, double months) {
  Finding duration = finding_at(text, length, MentionKind::kDuration);
  duration.mention.value = months;
  duration.mention.precision = 1;
  duration.mention.unit = "months";
  Finding since = finding_at(text, "since May 2024", MentionKind::kDateRange);
  since.mention.qualifier = Qualifier::kSince;
  since.mention.date = Date{2024, 5, 0};
  since.mention.date_end = kPublished;
  return {duration, since};
}

TEST(ConsistencyTest, DurationThatDisagreesWithItsDates) {
  const std::string_view wrong = "closed for 30 months since May 2024";
  std::vector<Finding> findings = duration_and_since(wrong, "30 months", 30);
  detail::check_consistency(wrong, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
  EXPECT_NE(findings[0].explanation.find("about 20 months, not 30"), std::string::npos) << findings[0].explanation;

  const std::string_view right = "closed for 20 months since May 2024";
  findings = duration_and_since(right, "20 months", 20);
  detail::check_consistency(right, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
}

TEST(ConsistencyTest, DurationAndDateOfAnotherPhraseAreNotCompared) {
  // The week is the span of new cases; the total runs since May 2024.
  const std::string_view clause = "30 months of new cases, bringing the total since May 2024";
  std::vector<Finding> findings = duration_and_since(clause, "30 months", 30);
  detail::check_consistency(clause, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);

  const std::string_view sentences = "since May 2024. Most lasted 30 months";
  findings = duration_and_since(sentences, "30 months", 30);
  std::swap(findings[0], findings[1]);
  detail::check_consistency(sentences, kPublished, findings, kept);
  EXPECT_EQ(findings[1].verdict, Verdict::kUnverified);
}

TEST(ConsistencyTest, ARecordSinceADateIsNoDurationSinceIt) {
  // "since" dates the record the superlative names, not the length of the gain
  const std::string_view record = "their biggest 30 months gain since May 2024";
  std::vector<Finding> findings = duration_and_since(record, "30 months", 30);
  detail::check_consistency(record, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
  const std::string_view first = "the first 30 months since May 2024";
  findings = duration_and_since(first, "30 months", 30);
  detail::check_consistency(first, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
  // a superlative before "since" dates its record too: the months of rises are another span
  // (round 32: "The rate was the lowest since 2008 and followed three years of increases")
  const std::string_view lowest = "the rate was the lowest since May 2024 and followed 30 months of rises";
  findings = duration_and_since(lowest, "30 months", 30);
  detail::check_consistency(lowest, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
  const std::string_view shut = "the road has been shut since May 2024 and for 30 months";
  findings = duration_and_since(shut, "30 months", 30);
  detail::check_consistency(shut, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
  // "west" ends in "est" but is no superlative
  const std::string_view rest = "rain in the west 30 months since May 2024";
  findings = duration_and_since(rest, "30 months", 30);
  detail::check_consistency(rest, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
}

TEST(ConsistencyTest, ATermSetFromADateIsNoTimeGoneSinceIt) {
  // (round 61's 474: a ban "in force since 15 September for 30 days", then extended)
  const std::string_view term = "a ban in force since May 2024 for 30 months";
  std::vector<Finding> findings = duration_and_since(term, "30 months", 30);
  detail::check_consistency(term, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
  // the "for" before the length and "since" after it still give the time gone
  const std::string_view gone = "closed for 30 months since May 2024";
  findings = duration_and_since(gone, "30 months", 30);
  detail::check_consistency(gone, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
}

TEST(ConsistencyTest, PartLargerThanItsWhole) {
  const std::string_view text = "returned 30 of the 28 bodies";
  Finding part = finding_at(text, "30", MentionKind::kNumber);
  part.mention.value = 30;
  part.mention.precision = 1;
  Finding whole = finding_at(text, "28", MentionKind::kNumber);
  whole.mention.value = 28;
  whole.mention.precision = 1;
  std::vector<Finding> findings = {part, whole};
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
  EXPECT_EQ(findings[1].verdict, Verdict::kUnverified);

  findings = {part, whole};
  findings[0].mention.value = 27;
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
}

TEST(ConsistencyTest, OneCountGivenTwoValues) {
  const std::string_view text = "killed 422 people. Later: killed 520 people.";
  Finding first = finding_at(text, "422", MentionKind::kNumber);
  first.mention.value = 422;
  first.mention.precision = 1;
  first.fact_id = "deaths.since_ceasefire";
  first.verdict = Verdict::kSupported;
  Finding second = first;
  second.mention.text = "520";
  second.mention.value = 520;
  second.mention.byte_start = text.find("520");
  second.mention.byte_end = second.mention.byte_start + 3;
  second.verdict = Verdict::kUnverified;
  std::vector<Finding> findings = {first, second};
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kSupported);
  EXPECT_EQ(findings[1].verdict, Verdict::kContradicted);
  EXPECT_NE(findings[1].explanation.find("422"), std::string::npos);
}

// "16,500 are waiting, up from 12,000 in February 2025": two values, each right
// for its own day.
TEST(ConsistencyTest, OneCountAtTwoMoments) {
  const std::string_view text = "16,500 patients are waiting, up from 12,000 in February 2025.";
  Finding now = finding_at(text, "16,500", MentionKind::kNumber);
  now.mention.value = 16500;
  now.mention.precision = 100;
  now.fact_id = "evacuation.backlog";
  now.verdict = Verdict::kSupported;
  now.expected = Expected{};
  now.expected->as_of = Date{2026, 1, 12};
  Finding before = now;
  before.mention.text = "12,000";
  before.mention.value = 12000;
  before.mention.precision = 1000;
  before.mention.byte_start = text.find("12,000");
  before.mention.byte_end = before.mention.byte_start + 6;
  before.expected->as_of = Date{2025, 2, 1};
  std::vector<Finding> findings = {now, before};
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kSupported);
  EXPECT_EQ(findings[1].verdict, Verdict::kSupported);
  // The same two values against one reference day cannot both hold.
  findings = {now, before};
  findings[1].expected->as_of = now.expected->as_of;
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[1].verdict, Verdict::kContradicted);
  // Unless that reference is the span a running total crossed between two days.
  findings = {now, before};
  for (Finding& finding : findings) {
    finding.expected->as_of = now.expected->as_of;
    finding.expected->low = 11000;
    finding.expected->high = 17000;
  }
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[1].verdict, Verdict::kSupported);
}

TEST(ConsistencyTest, RangeWrittenBackwards) {
  const std::string_view text = "now holds between 98 and 63 per cent of Gaza";
  Finding range = finding_at(text, "between 98 and 63 per cent", MentionKind::kPercent);
  range.mention.low = 63;
  range.mention.high = 98;
  range.mention.reversed = true;
  range.fact_id = "yellow_line.share";
  range.verdict = Verdict::kSupported;
  range.explanation = "Read as 63 to 98; the reference is 63, which agrees.";
  std::vector<Finding> findings = {range};
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kContradicted);
  EXPECT_EQ(findings[0].explanation,
            "The range runs backwards, from 98 down to 63, so one of its ends is likely wrong. Read as 63 to 98; "
            "the reference is 63, which agrees.");

  // Unmatched, it may be clock times or a vote: left alone.
  findings = {range};
  findings[0].fact_id = {};
  findings[0].verdict = Verdict::kUnverified;
  detail::check_consistency(text, kPublished, findings, kept);
  EXPECT_EQ(findings[0].verdict, Verdict::kUnverified);
}

}  // namespace
}  // namespace figcheck
