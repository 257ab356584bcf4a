// Held-out round 28 (articles 222-227): a press-conference transcript, a minute-by-minute
// football commentary, a results release with a table and footnotes, a housing-market
// report, a travel advisory in several currencies and a Gaza numbers sidebar; forms the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 7};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut28, ALiveCommentarysMinuteOpensItsEntry) {
  const Mention goal = only("Kick-off.\n71' GOAL! Nwosu heads in from six yards.", "71");
  EXPECT_EQ(goal.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*goal.value, 71);
  const Mention added = only("Late drama.\n90+3' The keeper comes up for a corner.", "90+3");
  EXPECT_EQ(added.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*added.value, 93);
  EXPECT_DOUBLE_EQ(*only("1' And we're off.", "1").value, 1);
  EXPECT_EQ(only("Drama.\n45+1\u2019 Strand scores the penalty.", "45+1").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("Preview.\n88' Attendance: 6,214, the biggest crowd since 1987.")),
            "88|6,214|since 1987");
  // not at a line's start, not before a capital, or past any minute: no minute
  EXPECT_EQ(spans_of(extract("He scored 71' into the game.")), "71");
  EXPECT_EQ(spans_of(extract("Sizes:\n5' 11\" is his height.")), "5'|11\"");  // (a height, probe 21)
  EXPECT_EQ(only("Rugs:\n3' x 4' wool, in stock.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Heights:\n200' Tower of steel.", "200").kind, MentionKind::kNumber);
  EXPECT_EQ(only("He scored in the 71st minute.", "71st").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut28, VietnamsDongIsMoney) {
  const Mention cap = only("Many ATMs limit you to 5 million dong at a time.", "5 million dong");
  EXPECT_EQ(cap.kind, MentionKind::kMoney);
  EXPECT_EQ(cap.unit, "VND");
  EXPECT_DOUBLE_EQ(*cap.value, 5e6);
  const Mention fee = only("A fee of 30,000 to 50,000 dong per withdrawal.", "30,000 to 50,000 dong");
  EXPECT_EQ(fee.unit, "VND");
  EXPECT_DOUBLE_EQ(*fee.low, 30000);
  EXPECT_DOUBLE_EQ(*fee.high, 50000);
  EXPECT_EQ(only("It costs VND 2.5 billion.", "VND 2.5 billion").unit, "VND");
  EXPECT_EQ(only("In Vietnam, 1,000,000 dong is worth about £30.", "1,000,000 dong").unit, "VND");
  // a place or a person named Dong is no currency
  EXPECT_EQ(only("Lam Dong province reported 3 cases.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Dong scored 2 goals.")), "2");
}

TEST(ExtractHeldOut28, HoursAndMinutesWithAFullStopBeforeAPartOfTheDay) {
  EXPECT_EQ(spans_of(extract("The figures we published at 9.30 this morning show 7.31 million waiting.")),
            "this morning|7.31 million");
  EXPECT_EQ(spans_of(extract("The polls close at 10.00 tonight.")), "tonight");
  EXPECT_EQ(spans_of(extract("Power was restored by 11.15 last night.")), "last night");
  EXPECT_EQ(spans_of(extract("The road stays shut until 6.45 tomorrow morning.")), "tomorrow");
  // no preposition of time, a decimal of one digit, or a unit after: a figure
  EXPECT_EQ(only("Shares rose 9.30 this morning.", "9.30").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The index stood at 2.5 this morning.", "2.5").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Sales were at 9.30 points this morning.", "9.30").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The pound was at 1.28 yesterday.", "1.28").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut28, AFiguresComparativeSetsItAgainstAYearEarlier) {
  EXPECT_EQ(spans_of(extract("Builders finished 31,400 homes, 9% fewer than a year earlier.")), "31,400|9%");
  EXPECT_EQ(spans_of(extract("Revenue was £5m more than a year before.")), "£5m");
  EXPECT_EQ(spans_of(extract("It sold 12 fewer than a year earlier.")), "12");
  // without a figure right before, the comparative still bounds a span (round 21)
  const Mention span = only("He had left more than a year earlier.", "more than a year");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_EQ(span.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("It took less than a year before it paid off.", "less than a year").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut28, AHomesBedroomsCountFromOne) {
  const Mention flat = only("A one-bedroom flat in Manchester rents for about £1,050 a month.", "one");
  EXPECT_EQ(flat.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*flat.value, 1);
  EXPECT_EQ(spans_of(extract("It has a one-bed flat and a two-bed flat.")), "one|two");
  EXPECT_EQ(only("They let a one-bedroomed cottage.", "one").kind, MentionKind::kNumber);
  // other compounds of "one" stay set phrases, and "one" alone a pronoun
  EXPECT_EQ(spans_of(extract("a one-off payment on a one-way street")), "");
  EXPECT_EQ(spans_of(extract("One of the beds was empty.")), "");
}

TEST(ExtractHeldOut28, TheBigFewOfATradeAreNoCount) {
  EXPECT_EQ(spans_of(extract("said an economist at one of the big four lenders")), "");
  EXPECT_EQ(spans_of(extract("The Big Three carmakers sold 4 million cars.")), "4 million");
  // a count after "big" without "the", or hyphened to its noun, still counts
  EXPECT_EQ(only("They bought the big four-bedroom house.", "four").kind, MentionKind::kNumber);
  EXPECT_EQ(only("He signed a big four-year deal.", "four-year").kind, MentionKind::kDuration);
  EXPECT_EQ(spans_of(extract("Big four firms hired 12 partners.")), "four|12");
}

TEST(ExtractHeldOut28, GoingOnSaleOnADayIsASchedule) {
  EXPECT_EQ(iso(only("Tickets for the final go on sale on Tuesday at £25.", "Tuesday").date), "2026-03-10");
  EXPECT_EQ(iso(only("The phone goes on sale on Friday.", "Friday").date), "2026-03-13");
  // a date of the month is read as before (probe 4: months ahead in so short a clause, back)
  EXPECT_EQ(iso(only("Tickets go on sale on June 25th.", "June 25th").date), "2025-06-25");
  // gone on sale, or denied, the day is past
  EXPECT_EQ(iso(only("Tickets went on sale on Tuesday.", "Tuesday").date), "2026-03-03");
  EXPECT_EQ(iso(only("The phone did not go on sale on Friday.", "Friday").date), "2026-03-06");
  EXPECT_EQ(iso(only("Tickets were on sale on Tuesday.", "Tuesday").date), "2026-03-03");
}

}  // namespace
}  // namespace figcheck
