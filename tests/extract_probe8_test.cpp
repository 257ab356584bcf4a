// Probe round 8 (short sentences in the style of public extraction suites: casual and
// formal dates, numbers and amounts in words, ranges and hedges): forms the extractor
// missed or misread, each fixed by a general rule, with the neighbours each rule must
// leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe8, AScaleWordInWordsSharedByARange) {
  const Mention troops = only("Two to three thousand troops were deployed.", "Two to three thousand");
  EXPECT_DOUBLE_EQ(*troops.low, 2000);
  EXPECT_DOUBLE_EQ(*troops.high, 3000);
  EXPECT_DOUBLE_EQ(*only("They expect two to three hundred thousand visitors.", "two to three hundred thousand").low,
                   200000);
  EXPECT_DOUBLE_EQ(*only("It costs one and a half to two million pounds.", "one and a half to two million pounds").low,
                   1.5e6);
  const Mention hours = only("It took between two and three thousand hours.", "between two and three thousand hours");
  EXPECT_EQ(hours.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*hours.low, 2000);
  // as in digits; a low end above the high end's words, or a high end in digits, shares nothing
  EXPECT_DOUBLE_EQ(*only("Some 2 to 3 thousand came.", "Some 2 to 3 thousand").low, 2000);
  EXPECT_DOUBLE_EQ(*only("It seats one to a hundred people.", "one to a hundred").low, 1);
  EXPECT_DOUBLE_EQ(*only("It seats ten to 300 people.", "ten to 300").low, 10);
  EXPECT_DOUBLE_EQ(*only("It seats twenty to twenty-five people.", "twenty to twenty-five").low, 20);
}

TEST(ExtractProbe8, ARoughRangeInWordsAndDigits) {
  const Mention boats = only("Nine or 10 boats were lost.", "Nine or 10");
  EXPECT_DOUBLE_EQ(*boats.low, 9);
  EXPECT_DOUBLE_EQ(*boats.high, 10);
  // ends further apart are a choice between two figures, as in words
  EXPECT_EQ(spans_of(extract("Nine or 90 boats were lost.")), "Nine|90");
  EXPECT_EQ(spans_of(extract("Five or ten boats were lost.")), "Five|ten");
}

TEST(ExtractProbe8, AMeasureAndAHalf) {
  const Mention walk = only("He walked a mile and a half to school.", "a mile and a half");
  EXPECT_EQ(walk.kind, MentionKind::kQuantity);
  EXPECT_EQ(walk.unit, "mi");
  EXPECT_DOUBLE_EQ(*walk.value, 1.5);
  EXPECT_EQ(only("The queue stretched a kilometre and a half.", "a kilometre and a half").unit, "km");
  // as before: one of a measure, time and a half, and "half" joined to another word
  EXPECT_EQ(only("A mile of coastline was lost.", "A mile").unit, "mi");
  EXPECT_EQ(only("The march lasted a day and a half.", "a day and a half").kind, MentionKind::kDuration);
  EXPECT_EQ(spans_of(extract("They ran a mile and a half-marathon.")), "");
}

TEST(ExtractProbe8, AQuarterPointWithoutOfA) {
  const Mention cut = only("The ECB cut rates by a quarter point.", "a quarter point");
  EXPECT_EQ(cut.kind, MentionKind::kPercent);
  EXPECT_EQ(cut.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*cut.value, 0.25);
  EXPECT_EQ(only("Rates rose a quarter percentage point.", "a quarter percentage point").unit, "percentage_points");
  // "a third point" is one more point made; a point joined to another word is none
  EXPECT_EQ(only("He made a third point.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("A quarter point-scoring side won.")), "");
}

TEST(ExtractProbe8, CircaInTheRegionOfAndAtOrBelow) {
  const Mention depth = only("The wreck lies at a depth of circa 300 metres.", "circa 300 metres");
  EXPECT_EQ(depth.qualifier, Qualifier::kAbout);
  EXPECT_EQ(depth.unit, "m");
  const Mention debt = only("The debt is in the region of £3bn.", "in the region of £3bn");
  EXPECT_EQ(debt.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*debt.value, 3e9);
  EXPECT_EQ(only("The rate stays at or below 2%.", "at or below 2%").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("Voters must be at or above 18.", "at or above 18").qualifier, Qualifier::kAtLeast);
  // a year dated roughly stays the year; a region that is a place bounds nothing
  const Mention built = only("It was built circa 1850.", "1850");
  EXPECT_EQ(built.kind, MentionKind::kDate);
  EXPECT_EQ(iso(built.date), "1850");
  EXPECT_EQ(spans_of(extract("Rain fell in the region of Kent on 40 farms.")), "40");
}

TEST(ExtractProbe8, AWeekdayWithLastOrPastInTheOtherOrder) {
  EXPECT_EQ(iso(only("Ministers met this past Sunday to agree it.", "this past Sunday").date), "2026-03-15");
  const Mention weekend = only("The storm hit this past weekend.", "this past weekend");
  EXPECT_EQ(iso(weekend.date), "2026-03-14");
  EXPECT_EQ(iso(weekend.date_end), "2026-03-15");
  EXPECT_EQ(iso(only("The talks resumed on Monday last.", "Monday last").date), "2026-03-16");
  EXPECT_EQ(iso(only("The vote is on Friday next, officials said.", "Friday next").date), "2026-03-20");
  // "last" that begins another date stays with it
  EXPECT_EQ(spans_of(extract("The talks resumed on Monday last year.")), "Monday|last year");
  EXPECT_EQ(iso(only("He spoke on Monday last week.", "Monday last week").date), "2026-03-09");
}

TEST(ExtractProbe8, ADayNamedAfterAWeekdayIsNoWeekday) {
  EXPECT_EQ(spans_of(extract("Markets were closed on Good Friday.")), "");
  EXPECT_EQ(spans_of(extract("Shoppers queued on Black Friday.")), "");
  EXPECT_EQ(spans_of(extract("Voters go to the polls on Super Tuesday.")), "");
  // a weekday after another word, or after the word not as a name, is the weekday
  EXPECT_EQ(iso(only("It was a good Friday for sellers.", "Friday").date), "2026-03-13");
  EXPECT_EQ(iso(only("Shares fell on Friday.", "Friday").date), "2026-03-13");
}

TEST(ExtractProbe8, ADateWithItsYearClipped) {
  EXPECT_EQ(iso(only("The law passed on 12 Feb '26.", "12 Feb '26").date), "2026-02-12");
  EXPECT_EQ(iso(only("The law passed on Feb 12 '26, he said.", "Feb 12 '26").date), "2026-02-12");
  EXPECT_EQ(iso(only("The final was on 3 May '98.", "3 May '98").date), "1998-05-03");
  // a clipped year alone still needs a word that leads to a year
  EXPECT_EQ(iso(only("It was built in '98.", "'98").date), "1998");
}

TEST(ExtractProbe8, LastYearAfterAnAbbreviatedMonth) {
  EXPECT_EQ(iso(only("Filing closed on 3rd Aug. last year.", "3rd Aug. last year").date), "2025-08-03");
  // a full stop that ends the sentence parts them
  EXPECT_EQ(spans_of(extract("He met her on 3 Aug. Last year he left.")), "3 Aug|Last year");
}

TEST(ExtractProbe8, DaysAfterTheirMonthJoinedByASpacedHyphen) {
  const Mention fair = only("The fair ran Aug 3 - 5 in the old harbour.", "Aug 3 - 5");
  EXPECT_EQ(fair.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(fair.date), "2025-08-03");
  EXPECT_EQ(iso(fair.date_end), "2025-08-05");
  EXPECT_EQ(iso(only("The fair runs Aug 3 - 5, 2026.", "Aug 3 - 5, 2026").date_end), "2026-08-05");
  // a dash before a count, or days that fall back, part them
  EXPECT_EQ(spans_of(extract("On Aug 3 - 5 people died.")), "Aug 3|5");
  EXPECT_EQ(spans_of(extract("On Aug 5 - 3 people died.")), "Aug 5|3");
}

TEST(ExtractProbe8, NoLaterThanIsADeadlineAndCloseOnTheNthASchedule) {
  EXPECT_EQ(iso(only("Bids must be filed no later than Friday.", "Friday").date), "2026-03-20");
  EXPECT_EQ(iso(only("Applications close on the 2nd.", "2nd").date), "2026-04-02");
  // the past, or no obligation, keeps the last such day
  EXPECT_EQ(iso(only("Bids were filed no later than Friday.", "Friday").date), "2026-03-13");
  EXPECT_EQ(iso(only("Applications closed on the 2nd.", "2nd").date), "2026-03-02");
  EXPECT_EQ(iso(only("The polls were close on the 2nd.", "2nd").date), "2026-03-02");
}

TEST(ExtractProbe8, TheTimeItTookSomeone) {
  const Mention week = only("It took her a week to recover.", "a week");
  EXPECT_EQ(week.kind, MentionKind::kDuration);
  EXPECT_EQ(week.unit, "weeks");
  EXPECT_EQ(only("It will take them a year to rebuild.", "a year").unit, "years");
  // a week given, or a span with no unit, is none
  EXPECT_EQ(spans_of(extract("He gave her a week off.")), "");
  EXPECT_EQ(spans_of(extract("It took her a while.")), "");
}

TEST(ExtractProbe8, AUnitOfTimeOrTwo) {
  const Mention results = only("Results are due in a week or two.", "a week or two");
  EXPECT_EQ(results.kind, MentionKind::kDuration);
  EXPECT_EQ(results.unit, "weeks");
  EXPECT_DOUBLE_EQ(*results.low, 1);
  EXPECT_DOUBLE_EQ(*results.high, 2);
  EXPECT_EQ(only("It will take a year or two, he said.", "a year or two").unit, "years");
  // "or two" that counts something else goes on to it
  EXPECT_EQ(spans_of(extract("It took a year or two years.")), "a year|two years");
  EXPECT_EQ(spans_of(extract("He eats once a day or two times a week.")), "two times a week");
}

TEST(ExtractProbe8, ApproxWithItsStopAndCloseOn) {
  const Mention mine = only("The mine produced approx. 20 tonnes.", "approx. 20 tonnes");
  EXPECT_EQ(mine.qualifier, Qualifier::kAbout);
  EXPECT_EQ(mine.unit, "t");
  EXPECT_EQ(only("It is approx 20 km away.", "approx 20 km").qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("Close on 200 people have signed.", "Close on 200").qualifier, Qualifier::kNearly);
  // "close on" a date schedules it, and a plural's "close on" is its verb
  EXPECT_EQ(iso(only("Applications close on 30 April.", "30 April").date), "2026-04-30");
  EXPECT_EQ(only("The shares close on 5% gains.", "5%").qualifier, Qualifier::kNone);
}

TEST(ExtractProbe8, AUnitOfTheCalendarBeforeLast) {
  EXPECT_EQ(iso(only("Unemployment hit its peak the year before last.", "year before last").date), "2024");
  EXPECT_EQ(iso(only("Exports fell in the month before last.", "month before last").date), "2026-01");
  const Mention week = only("He left the week before last.", "week before last");
  EXPECT_EQ(week.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(week.date), "2026-03-02");
  EXPECT_EQ(iso(week.date_end), "2026-03-08");
  // "last" that begins a date of its own stays with it
  EXPECT_EQ(spans_of(extract("In the year before last week's poll, turnout fell.")), "last week");
  EXPECT_EQ(spans_of(extract("The week before the vote was calm.")), "");
}

}  // namespace
}  // namespace figcheck
