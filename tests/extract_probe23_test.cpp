// Probe round 23 (figures in courts, crime, parliaments, councils and elections: sentences,
// fines, ages, hearing dates, counts, votes, seats, turnout and polls, and the numbers there
// that are no figure; tests/data/probe23-courts-parliaments-elections.tsv): forms the
// extractor misread, each fixed by a general rule, with the neighbours each rule must leave
// alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe23, ANeutralCitationsYearIsNoDate) {
  EXPECT_EQ(spans_of(extract("The judgment, [2025] UKSC 12, was handed down on Wednesday.")), "Wednesday");
  EXPECT_EQ(spans_of(extract("The case, R v Hughes [2013] UKSC 56, set the test.")), "");
  // a year in brackets with no court's letters after it stays a year
  EXPECT_EQ(only("The rules were changed [in 2019] by the board.", "2019").kind, MentionKind::kDate);
  EXPECT_EQ(only("The law [passed in 2019] was repealed.", "2019").kind, MentionKind::kDate);
}

TEST(ExtractProbe23, ACourtsAndVotersDistrictsAreNames) {
  EXPECT_EQ(spans_of(extract("The appeal goes to the 9th Circuit next.")), "");
  EXPECT_EQ(spans_of(extract("Judges at the 2nd District Court of Appeal upheld the verdict.")), "");
  EXPECT_EQ(spans_of(extract("In Council District 13, turnout was 19%.")), "19%");
  EXPECT_EQ(spans_of(extract("Candidates in District 12 raised $1.4m.")), "$1.4m");
  // in lower case, or with a figure after the number, a district counts
  EXPECT_EQ(spans_of(extract("It was the 9th district to declare.")), "9th");
  EXPECT_EQ(spans_of(extract("Each district 40 miles wide has a court.")), "40 miles");
  EXPECT_EQ(spans_of(extract("The district 300 families call home flooded.")), "300");
}

TEST(ExtractProbe23, BAnAppearanceOrderedIsAhead) {
  EXPECT_EQ(only("He was remanded in custody to appear again on 1 December.", "1 December").date,
            (Date{2026, 12, 1}));
  EXPECT_EQ(only("She was bailed to appear at Leeds magistrates' court on 3 December.", "3 December").date,
            (Date{2026, 12, 3}));
  // an appearance made, or one ordered for a day just gone, keeps the last such day
  EXPECT_EQ(only("He appeared at Leeds Crown Court on 1 December.", "1 December").date, (Date{2025, 12, 1}));
  EXPECT_EQ(only("He was bailed to appear on 2 November.", "2 November").date, (Date{2026, 11, 2}));
  EXPECT_EQ(only("He failed to appear in court on 1 December.", "1 December").date, (Date{2025, 12, 1}));
}

TEST(ExtractProbe23, CAFederalDocketNumberIsNoFigure) {
  EXPECT_EQ(spans_of(extract("The lawsuit, Case No. 2:24-cv-01234, was filed in federal court.")), "");
  EXPECT_EQ(spans_of(extract("He was charged in case 1:25-cr-00311 with 14 others.")), "14");
  // a time range, and a time with its suffix hyphened on, stay times of day
  EXPECT_EQ(spans_of(extract("The court sat from 10:30 to 11:15 and heard 12 witnesses.")), "12");
  EXPECT_EQ(spans_of(extract("The 10:30-am hearing lasted two hours.")), "two hours");
}

TEST(ExtractProbe23, DUSCodeCitationsAreNoFigures) {
  EXPECT_EQ(spans_of(extract("The complaint was filed under 18 U.S.C. § 1343.")), "");
  EXPECT_EQ(spans_of(extract("He was charged under 21 U.S.C. § 841 with 12 others.")), "12");
  // a number before other capitals, and one after a word, stay figures
  EXPECT_EQ(spans_of(extract("She was charged under 18 US sanctions rules.")), "under 18");
  EXPECT_EQ(spans_of(extract("The firm paid 18 U.K. firms.")), "18");
}

TEST(ExtractProbe23, EASpanOfTheClockIsNoFigure) {
  EXPECT_EQ(spans_of(extract("The public gallery is open 10:30-11:15 on Tuesday.")), "Tuesday");
  EXPECT_EQ(spans_of(extract("Polling stations are open 07:00\u201322:00.")), "");
  EXPECT_EQ(spans_of(extract("Hearings run 10:30-11:15am.")), "");
  // a time then a count after a dash and a space stays a count
  EXPECT_EQ(spans_of(extract("Kickoff at 19:45 - 3 arrests were made.")), "3");
}

}  // namespace
}  // namespace figcheck
