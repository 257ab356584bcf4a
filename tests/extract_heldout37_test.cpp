// Held-out round 37 (articles 296-301): a hurricane centre's advisory, a Kerala election
// wire, a consumer-price explainer, a marathon live blog, a disease outbreak report and a
// school district's budget; forms the extractor missed before reading them, each fixed by
// a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 10, 8};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut37, APositionsLatitudeAndLongitudeAreDegrees) {
  const Mention north = only("LOCATION...25.9N 85.7W", "25.9N");
  EXPECT_EQ(north.kind, MentionKind::kQuantity);
  EXPECT_DOUBLE_EQ(*north.value, 25.9);
  EXPECT_EQ(north.unit, "degrees");
  EXPECT_EQ(only("LOCATION...25.9N 85.7W", "85.7W").unit, "degrees");
  EXPECT_EQ(only("The centre was near 14.2S 170.5E at noon.", "170.5E").unit, "degrees");
  const Mention spelled = only("The eye was near latitude 25.9 North, longitude 85.7 West.", "85.7 West");
  EXPECT_EQ(spelled.unit, "degrees");
  EXPECT_DOUBLE_EQ(*spelled.value, 85.7);
  EXPECT_EQ(only("The eye was near latitude 25.9 North, longitude 85.7 West.", "25.9 North").unit, "degrees");
  // alone, a glued letter keeps its unit: watts, not a longitude
  EXPECT_EQ(only("The lamp draws 85.7W at full power.", "85.7W").unit, "W");
  // a spelled direction without "latitude" or "longitude" before it is no position
  EXPECT_EQ(spans_of(extract("The vote was 25.9 North of the river.")), "25.9");
}

TEST(ExtractHeldOut37, MillibarsInALineOfCapitals) {
  const Mention pressure = only("MINIMUM CENTRAL PRESSURE...954 MB...28.17 INCHES", "954 MB");
  EXPECT_EQ(pressure.unit, "mb");
  EXPECT_DOUBLE_EQ(*pressure.value, 954);
  // in a line of mixed case, capitals are a file's megabytes
  EXPECT_EQ(only("The update is a 954 MB download.", "954 MB").unit, "MB");
}

TEST(ExtractHeldOut37, ABareWeekListedAfterAnEpidemiologicalWeekIsOneToo) {
  constexpr Date september{2026, 9, 2};
  const std::string text =
      "Cases were reported in epidemiological week 32 (3 cases), week 33 (8 cases) and week 35 (4 cases).";
  const Mention week33 = only(text, "week 33", september);
  EXPECT_EQ(week33.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(week33.date), "2026-08-10");
  EXPECT_EQ(iso(week33.date_end), "2026-08-16");
  EXPECT_EQ(iso(only(text, "week 35", september).date), "2026-08-24");
  // in a text that names no epidemiological week, "week 33" stays a count; in one that
  // does, a later sentence's "week 33" is one too (round 69's 521)
  EXPECT_EQ(spans_of(extract("The trial reached week 33 without a case.", september)), "33");
  EXPECT_EQ(spans_of(extract("Cases peaked in epi week 32. By week 33 they fell.", september)),
            "epi week 32|week 33");
}

TEST(ExtractHeldOut37, OverASpanAPlanRunsAcrossIsNoBound) {
  const Mention span = only("He promised a Rs 15,000-crore coastal protection package over five years.", "five years");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_EQ(span.qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("The outbreak will be declared over 42 days after the last case.")), "42 days");
  EXPECT_EQ(spans_of(extract("They signed a deal over three years with the airline.")), "three years");
  // a wait or a life that passed the span is bounded
  EXPECT_EQ(spans_of(extract("The talks lasted over five years.")), "over five years");
  EXPECT_EQ(spans_of(extract("The plan is over 10 years old.")), "over 10 years old");
}

TEST(ExtractHeldOut37, UnderAMeasureHyphenedBeforeItsNounIsNoBound) {
  EXPECT_EQ(spans_of(extract("Of 412 contacts, 371 are under 21-day follow-up.")), "412|371|21-day");
  // before a bare figure "under" is still a bound
  EXPECT_EQ(spans_of(extract("The follow-up lasts under 21 days.")), "under 21 days");
}

TEST(ExtractHeldOut37, AVerbJoinedAfterADayAheadGoesOnAhead) {
  const std::string text =
      "On the forecast track, the center will reach the coast of the Florida Big Bend region late Friday "
      "and move across southern Georgia on Saturday.";
  EXPECT_EQ(iso(only(text, "Friday").date), "2026-10-09");
  EXPECT_EQ(iso(only(text, "Saturday").date), "2026-10-10");
  // after a day gone by, the day joined stays back
  EXPECT_EQ(iso(only("The storm hit the coast on Tuesday and moved across southern Georgia on Wednesday.",
                     "Wednesday")
                    .date),
            "2026-10-07");
  // a past verb in the joined clause keeps its day back
  EXPECT_EQ(iso(only("Crews will return on Friday and said the bridge had opened Monday.", "Monday").date),
            "2026-10-05");
}

TEST(ExtractHeldOut37, WhatThePresentSaysIsPossibleIsAhead) {
  EXPECT_EQ(iso(only("A few tornadoes are possible tonight and Friday over the peninsula.", "Friday").date),
            "2026-10-09");
  EXPECT_EQ(iso(only("Showers are likely Saturday in the north.", "Saturday").date), "2026-10-10");
  // a perfect after "likely to" stays back
  EXPECT_EQ(iso(only("Six are likely to have died on Monday.", "Monday").date), "2026-10-05");
}

TEST(ExtractHeldOut37, AMonthNamedWithAnIndefiniteArticleIsAProspect) {
  constexpr Date november{2026, 11, 12};
  const std::string headline = "Why inflation ticked up in October, and what it means for a December rate cut";
  EXPECT_EQ(iso(only(headline, "December", november).date), "2026-12");
  EXPECT_EQ(iso(only("Prices jumped, ruling out a January hike.", "January", november).date), "2027-01");
  // the month itself, gone by, or a month far ahead, or one with "the", stays back
  EXPECT_EQ(iso(only("It was a December to forget.", "December", november).date), "2025-12");
  EXPECT_EQ(iso(only("Sales fell in a December that was the wettest on record.", "December", november).date),
            "2025-12");
  EXPECT_EQ(iso(only("Prices jumped, after the December cut.", "December", november).date), "2025-12");
  EXPECT_EQ(iso(only("Prices jumped, ahead of a September review.", "September", november).date), "2026-09");
}

TEST(ExtractHeldOut37, APressureInInchesAfterItsMillibarsIsInchesOfMercury) {
  EXPECT_EQ(only("The minimum central pressure is 954 mb (28.17 inches), down 11 mb.", "28.17 inches").unit, "inHg");
  EXPECT_EQ(only("MINIMUM CENTRAL PRESSURE...954 MB...28.17 INCHES", "28.17 INCHES").unit, "inHg");
  // inches after other figures, or after words, stay a length
  EXPECT_EQ(only("Rain of 954 mm (37.6 inches) fell.", "37.6 inches").unit, "in");
  EXPECT_EQ(only("The pressure fell to 954 mb and 8 inches of rain fell.", "8 inches").unit, "in");
}

TEST(ExtractHeldOut37, ARangeOrMedianOfYearsAfterAgesIsOfAges) {
  const std::string text = "The ages of cases range from 2 to 61 years (median 31 years), and 14 are female.";
  const Mention range = only(text, "from 2 to 61 years");
  EXPECT_EQ(range.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*range.low, 2);
  EXPECT_DOUBLE_EQ(*range.high, 61);
  EXPECT_EQ(only(text, "31 years").kind, MentionKind::kNumber);
  // with no ages named, a range or a median of years is a span of time
  EXPECT_EQ(only("Sentences range from 2 to 6 years.", "from 2 to 6 years").kind, MentionKind::kDuration);
  EXPECT_EQ(only("Patients were followed for a median 3 years.", "3 years").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut37, ARatioToOneIsTheCountOfTheFirst) {
  const std::string text = "The ratio of students to teachers will go from 17.2-to-1 to 18.4-to-1.";
  const Mention from = only(text, "17.2-to-1");
  EXPECT_EQ(from.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*from.value, 17.2);
  EXPECT_DOUBLE_EQ(*only(text, "18.4-to-1").value, 18.4);
  EXPECT_DOUBLE_EQ(*only("Classes keep a 20-to-1 ratio.", "20-to-1").value, 20);
  // a vote's tally is no ratio
  EXPECT_EQ(spans_of(extract("The board backed it in a 5-to-1 vote.")), "");
}

TEST(ExtractHeldOut37, AMeetingNamedByItsSetDaysIsTheNearest) {
  constexpr Date november{2026, 11, 12};
  const Mention meeting = only(
      "Futures had priced a 70 percent chance of a cut at the December 15-16 meeting before the report.",
      "December 15-16", november);
  EXPECT_EQ(iso(meeting.date), "2026-12-15");
  EXPECT_EQ(iso(meeting.date_end), "2026-12-16");
  EXPECT_EQ(iso(only("Officials had prepared for the December 9 summit.", "December 9", november).date),
            "2026-12-09");
  // the nearest is behind when the meeting was weeks ago
  EXPECT_EQ(iso(only("Officials cut rates at the October 27-28 meeting.", "October 27-28", november).date),
            "2026-10-27");
  // without a meeting named, the past tense keeps the last one
  EXPECT_EQ(iso(only("Futures had priced a cut on December 15.", "December 15", november).date), "2025-12-15");
}

}  // namespace
}  // namespace figcheck
