// Held-out round 44 (articles 347-352): text organised by time, a Gaza live blog over two
// days, an inquiry timeline, a tram and bus strike timetable, a UN situation report with a
// reporting period, a football season's run-in and a historical anniversary; forms the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2023, 1, 6};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut44, WeekdayDatedRangeTakesTheFirstDaysMonthFromTheLast) {
  const Mention strike = only("Tram drivers will strike from Monday 9 to Wednesday 11 January.",
                              "from Monday 9 to Wednesday 11 January");
  EXPECT_EQ(strike.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(strike.date), "2023-01-09");
  EXPECT_EQ(iso(strike.date_end), "2023-01-11");
  const Mention between = only("The line closes between Monday 9 and Friday 13 January.",
                               "between Monday 9 and Friday 13 January");
  EXPECT_EQ(iso(between.date), "2023-01-09");
  EXPECT_EQ(iso(between.date_end), "2023-01-13");
  // the last's weekday may be left out, as with the first's month written
  EXPECT_EQ(iso(only("Works run from Monday 9 to 11 January.", "from Monday 9 to 11 January").date_end), "2023-01-11");
  // a weekday that is not its day's makes no range, and no month at all leaves the days alone
  EXPECT_EQ(spans_of(extract("Tram drivers will strike from Tuesday 9 to Wednesday 11 January.")),
            "Tuesday|9|Wednesday 11 January");
  EXPECT_EQ(spans_of(extract("Tram drivers will strike from Monday 9 to Wednesday 11.")), "Monday|9|Wednesday|11");
}

TEST(ExtractHeldOut44, ThisWeekAfterAgoIsTheAnniversarysWeekNotPublications) {
  constexpr Date published{2025, 4, 28};  // a Monday
  constexpr test::ExtractOn extract_2025{published};
  constexpr test::OnlyMentionOn only_2025{published};
  const std::string text = "Fifty years ago this week, the war in Vietnam ended.";
  EXPECT_EQ(spans_of(extract_2025(text)), "Fifty years ago");
  EXPECT_EQ(iso(only_2025(text, "Fifty years ago").date), "1975");
  EXPECT_EQ(spans_of(extract_2025("A year ago this month, the plant closed.")), "A year ago");
  // this week named for itself is publication's
  const Mention week = only_2025("The parade is this week.", "this week");
  EXPECT_EQ(iso(week.date), "2025-04-28");
  EXPECT_EQ(iso(week.date_end), "2025-05-04");
}

TEST(ExtractHeldOut44, APresentPerfectPassiveIsNoVerbOfThePast) {
  constexpr Date published{2026, 3, 9};  // a Monday
  constexpr test::OnlyMentionOn only_2026{published};
  // "have been moved" says how things stand now, as "are moved" does: a yearless date most
  // of a year back would have been given its year, so the coming one is meant
  const std::string moved = "Both league fixtures on the weekend of 2 and 3 May have been moved for television.";
  EXPECT_EQ(iso(only_2026(moved, "2").date), "2026-05-02");
  EXPECT_EQ(iso(only_2026(moved, "3 May").date), "2026-05-03");
  EXPECT_EQ(iso(only_2026("Both league fixtures on the weekend of 2 and 3 May are moved for television.", "3 May").date),
            "2026-05-03");
  // the past perfect and the simple past stay back
  EXPECT_EQ(iso(only_2026("Both league fixtures on the weekend of 2 and 3 May had been moved for television.", "3 May")
                    .date),
            "2025-05-03");
  EXPECT_EQ(iso(only_2026("Both league fixtures on the weekend of 2 and 3 May were moved for television.", "3 May").date),
            "2025-05-03");
}

}  // namespace
}  // namespace figcheck
