// Held-out round 46 (articles 363-368): sport as desks write it, a one-day international,
// a tennis final, a cycling stage with a grand prix, an athletics meeting, a golf third
// round and a football transfer with the table; forms the extractor missed before reading
// them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 7, 19};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut46, AGolfersShotsAheadAndUnderParCount) {
  EXPECT_EQ(spans_of(extract("Haldane took a three-shot lead into the final day.")), "three");
  EXPECT_EQ(spans_of(extract("She lost a four-stroke advantage at the end.")), "four");
  EXPECT_EQ(spans_of(extract("Haldane shot a seven-under-par round of 65.")), "seven|65");
  EXPECT_EQ(spans_of(extract("He carded a two-over-par 74.")), "two|74");
  // set compounds stay set
  EXPECT_EQ(spans_of(extract("He ordered a two-shot espresso and a two-stroke engine.")), "");
  EXPECT_EQ(spans_of(extract("It was a one-shot deal.")), "");
}

TEST(ExtractHeldOut46, SecondsGluedToAWholeNumberAreADuration) {
  const Mention seconds = only("He took 1min 47sec out of his rivals.", "47sec");
  EXPECT_EQ(seconds.kind, MentionKind::kDuration);
  EXPECT_EQ(seconds.unit, "seconds");
  EXPECT_EQ(*seconds.value, 47);
  EXPECT_EQ(spans_of(extract("He took 1min 47sec out of his rivals.")), "1min|47sec");
  EXPECT_EQ(only("The gap was 12secs at the line.", "12secs").unit, "seconds");
  // decades keep their "s"
  EXPECT_EQ(spans_of(extract("It was built in the 1990s.")), "1990s");
}

TEST(ExtractHeldOut46, APlaceToComeInARankingIsAnOrdinal) {
  const Mention rank = only("She will rise to No 5 when the rankings are published.", "No 5");
  EXPECT_EQ(rank.kind, MentionKind::kOrdinal);
  EXPECT_EQ(*rank.value, 5);
  EXPECT_EQ(only("A win would see him climb to No 12.", "No 12").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("They could fall to No 40.", "No 40").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut46, AJumpOrThrowToTheCentimetreIsInMetres) {
  const Mention best = only("Adeyemi jumped a personal best of 8.76m on Wednesday.", "8.76m");
  EXPECT_EQ(best.kind, MentionKind::kQuantity);
  EXPECT_EQ(best.unit, "m");
  EXPECT_DOUBLE_EQ(*best.value, 8.76);
  EXPECT_EQ(only("Adeyemi leaps 8.76m", "8.76m").unit, "m");
  EXPECT_EQ(only("He opened with 8.31m and produced the winning leap in the fifth round.", "8.31m").unit, "m");
  EXPECT_EQ(only("His previous best, 8.52m, had stood for two years.", "8.52m").unit, "m");
  EXPECT_EQ(only("She threw the javelin 64.25m.", "64.25m").unit, "m");
  // millions to two decimals, without the words of a jump or a throw
  const Mention viewers = only("The final drew 8.76m viewers.", "8.76m");
  EXPECT_EQ(viewers.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*viewers.value, 8.76e6);
  EXPECT_DOUBLE_EQ(*only("The best seats raised £2.25m.", "£2.25m").value, 2.25e6);
  // a sprint named as the event it is
  const Mention sprint = only("In the men's 100m, Bell won.", "100m");
  EXPECT_EQ(sprint.kind, MentionKind::kQuantity);
  EXPECT_EQ(sprint.unit, "m");
  EXPECT_EQ(only("The women's 400m went to Okoye.", "400m").unit, "m");
}

TEST(ExtractHeldOut46, CricketFiguresAreResultsNotCounts) {
  EXPECT_EQ(spans_of(extract("A spell of 4 for 23 from the spinner won it.")), "");
  EXPECT_EQ(spans_of(extract("Harbour City made 312/7 (50 overs).")), "50");
  EXPECT_EQ(spans_of(extract("Westmarch reached 88 for 1 inside the first 12 overs.")), "first|12");
  EXPECT_EQ(spans_of(extract("They slipped to 41 for 2 before the wickets tumbled.")), "");
  // not in a sentence of cricket
  EXPECT_EQ(spans_of(extract("The shop sold 3 for 2 on all books.")), "3|2");
  EXPECT_EQ(spans_of(extract("The motion passed 52 for 48.")), "52|48");
}

TEST(ExtractHeldOut46, ANumberAfterAPrepositionInACapitalsHeadingCounts) {
  EXPECT_EQ(spans_of(extract("Golf\n\nLEADING SCORES AFTER 54 HOLES\n204 N Haldane (Ire) 69 70 65\n")),
            "54|204|69|70|65");
  EXPECT_EQ(spans_of(extract("MARKETS\n\nSHARES ROSE IN 12 OF 14 SECTORS\n")), "12|14");
  // a code after letters in capitals stays a name
  EXPECT_EQ(spans_of(extract("MARKETS\n\nTHE FTSE 100 CLOSED HIGHER\n")), "");
}

TEST(ExtractHeldOut46, WhatIsReadiedForADaysFixtureIsAhead) {
  EXPECT_EQ(iso(only("Tickets for Friday's fourth match sold out within hours.", "Friday").date), "2025-07-25");
  EXPECT_EQ(iso(only("Sorsa took pole for Sunday's grand prix.", "Sunday").date), "2025-07-20");
  // a fixture played is behind
  EXPECT_EQ(iso(only("He was praised for Sunday's win.", "Sunday").date), "2025-07-13");
  EXPECT_EQ(iso(only("After Sunday's win they went top.", "Sunday").date), "2025-07-13");
}

}  // namespace
}  // namespace figcheck
