// Probe round 15 (news sentences with ranges, durations, vague amounts, fractions and
// qualifiers in the manner of Recognizers-Text's DatePeriod, Duration and NumberRange specs,
// Duckling's duration, interval and quantity corpora and chrono's tests;
// tests/data/probe15-ranges-durations.tsv): forms the extractor missed or misread, each fixed
// by a general rule, with the neighbours each rule must leave alone. The sentences are
// written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 4, 15};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe15, FromToAfterAnywhereACapacityOrACostIsARange) {
  const Mention boats = only("Anywhere from 50 to 70 boats could join the flotilla.", "from 50 to 70");
  EXPECT_EQ(boats.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*boats.low, 50);
  EXPECT_DOUBLE_EQ(*boats.high, 70);
  const Mention shelter = only("Each shelter holds from 4,000 to 5,000 people.", "from 4,000 to 5,000");
  EXPECT_DOUBLE_EQ(*shelter.low, 4000);
  EXPECT_DOUBLE_EQ(*shelter.high, 5000);
  EXPECT_DOUBLE_EQ(*only("The hall seats from 200 to 300 guests.", "from 200 to 300").high, 300);
  const Mention rebuild = only("The rebuild could cost from €5bn to €8bn.", "from €5bn to €8bn");
  EXPECT_EQ(rebuild.kind, MentionKind::kMoney);
  EXPECT_EQ(rebuild.unit, "EUR");
  EXPECT_DOUBLE_EQ(*rebuild.low, 5e9);
  EXPECT_DOUBLE_EQ(*rebuild.high, 8e9);
  EXPECT_DOUBLE_EQ(*only("Tickets cost from £45 to £125.", "from £45 to £125").low, 45);
  // a change stays two figures; "the cost" after a determiner is the noun of a change
  EXPECT_EQ(spans_of(extract("The toll rose from 12 to 19 overnight.")), "12|19");
  EXPECT_EQ(spans_of(extract("The council raised the cost from £5 to £7.")), "£5|£7");
  EXPECT_EQ(spans_of(extract("Membership fell from 9,000 to 7,500.")), "9,000|7,500");
}

TEST(ExtractProbe15, ADateAfterIsOpenOrAreOpenIsAhead) {
  const Mention fair = only("The fair is open June 8 to 14.", "June 8 to 14");
  EXPECT_EQ(fair.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(fair.date), "2026-06-08");
  EXPECT_EQ(iso(fair.date_end), "2026-06-14");
  const Mention bookings = only("Bookings are open August through October.", "August through October");
  EXPECT_EQ(iso(bookings.date), "2026-08");
  EXPECT_EQ(iso(bookings.date_end), "2026-10");
  EXPECT_EQ(iso(only("The museum is open on 3 May.", "3 May").date), "2026-05-03");
  EXPECT_EQ(iso(only("The consultation is open until 30 June.", "30 June").date), "2026-06-30");
  // a state in the past tense stays back
  EXPECT_EQ(iso(only("The crossing was open on 3 March.", "3 March").date), "2026-03-03");
  EXPECT_EQ(iso(only("The fair was open June 8 to 14.", "June 8 to 14").date), "2025-06-08");
}

TEST(ExtractProbe15, ASpanAThingWasMovedByAfterByIsADuration) {
  const Mention vote = only("The vote was delayed by a month.", "a month");
  EXPECT_EQ(vote.kind, MentionKind::kDuration);
  EXPECT_EQ(vote.unit, "months");
  EXPECT_DOUBLE_EQ(*vote.value, 1);
  EXPECT_EQ(only("The launch was pushed back by a week.", "a week").unit, "weeks");
  EXPECT_EQ(only("The lease was extended by a year.", "a year").unit, "years");
  // a rate of such spans per count, and "by" after other verbs, stay unreported
  EXPECT_EQ(spans_of(extract("The truce can be extended by a day for every 10 hostages released.")), "10");
  EXPECT_EQ(spans_of(extract("Sales rose by a third.")), "a third");
}

TEST(ExtractProbe15, PatientZeroAndDayZeroNameOne) {
  EXPECT_EQ(spans_of(extract("Patient zero was never found.")), "");
  EXPECT_EQ(spans_of(extract("The city is 90 days from day zero.")), "90 days");
  // a count of nothing as before
  EXPECT_EQ(spans_of(extract("Zero cases were reported.")), "Zero");
  EXPECT_EQ(spans_of(extract("The patient had zero symptoms.")), "zero");
}

TEST(ExtractProbe15, ASpanARecordOrACountOfTimesHolds) {
  const Mention week = only("It was the second time in a week.", "a week");
  EXPECT_EQ(week.kind, MentionKind::kDuration);
  EXPECT_EQ(week.unit, "weeks");
  EXPECT_EQ(spans_of(extract("For the third time in a month, the line shut.")), "third|a month");
  const Mention decade = only("The region had its wettest week in a decade.", "a decade");
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(spans_of(extract("It was the busiest day in a century.")), "a century");
  // "in a row" is no span; "the first time in a year" as before
  EXPECT_EQ(spans_of(extract("It was the second time in a row.")), "second");
  EXPECT_EQ(spans_of(extract("It was the first time in a year.")), "first|a year");
}

TEST(ExtractProbe15, DaysEachAfterItsWeekdayMakeARange) {
  const Mention works = only("The works will run from Monday 20 April to Friday 24 April.",
                             "from Monday 20 April to Friday 24 April");
  EXPECT_EQ(works.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(works.date), "2026-04-20");
  EXPECT_EQ(iso(works.date_end), "2026-04-24");
  const Mention past = only("The works ran between Monday 6 April and Friday 10 April.",
                            "between Monday 6 April and Friday 10 April");
  EXPECT_EQ(iso(past.date), "2026-04-06");
  EXPECT_EQ(iso(past.date_end), "2026-04-10");
  EXPECT_EQ(iso(only("The works will run from Monday 20 April to 24 April.", "from Monday 20 April to 24 April")
                    .date_end),
            "2026-04-24");
  // a weekday that is not its date's leaves two dates; weekdays alone as before
  EXPECT_EQ(spans_of(extract("The works will run from Tuesday 20 April to Friday 24 April.")),
            "Tuesday 20 April|Friday 24 April");
  EXPECT_EQ(spans_of(extract("The office is shut from Thursday to Saturday.")), "from Thursday to Saturday");
}

TEST(ExtractProbe15, HoursAndMinutesBeforeTheVehicleTheyName) {
  EXPECT_EQ(spans_of(extract("He was seen on the 7.15 train.")), "");
  EXPECT_EQ(spans_of(extract("The 18.40 service was cancelled.")), "");
  // a figure before other words, or one no clock shows, as before
  EXPECT_EQ(spans_of(extract("The 7.15 rate was cut.")), "7.15");
  EXPECT_EQ(spans_of(extract("He took the 2.5 train.")), "2.5");
}

TEST(ExtractProbe15, APartOfAYearAtEitherBoundOfARange) {
  const Mention years = only("Inflation stayed high from mid-2024 to early 2025.", "from mid-2024 to early 2025");
  EXPECT_EQ(years.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(years.date), "2024");
  EXPECT_EQ(iso(years.date_end), "2025");
  EXPECT_EQ(iso(only("Output fell between mid-2023 and early 2024.", "between mid-2023 and early 2024").date),
            "2023");
  EXPECT_EQ(iso(only("Prices rose from late 2019 to 2022.", "from late 2019 to 2022").date_end), "2022");
  const Mention months = only("Rates rose from early March 2024 to late May 2025.",
                              "from early March 2024 to late May 2025");
  EXPECT_EQ(iso(months.date), "2024-03");
  EXPECT_EQ(iso(months.date_end), "2025-05");
  // with no year written, months stay dates (a season of every year); a day is no period
  EXPECT_EQ(spans_of(extract("The rainy season runs from mid-May to October.")), "May|October");
  EXPECT_EQ(spans_of(extract("The show runs from early evening to late at night.")), "");
}

TEST(ExtractProbe15, FromTodayOrTomorrowToAWeekdayIsARange) {
  const Mention sale = only("The sale runs from today until Sunday.", "from today until Sunday");
  EXPECT_EQ(sale.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(sale.date), "2026-04-15");
  EXPECT_EQ(iso(sale.date_end), "2026-04-19");
  const Mention trains = only("Trains are cancelled from tomorrow to Friday.", "from tomorrow to Friday");
  EXPECT_EQ(iso(trains.date), "2026-04-16");
  EXPECT_EQ(iso(trains.date_end), "2026-04-17");
  // today's own weekday, a dated weekday and "from today" alone as before
  EXPECT_EQ(spans_of(extract("From today until Wednesday the road is shut.")), "today|Wednesday");
  EXPECT_EQ(spans_of(extract("He worked from today until Sunday 19 April.")), "today|Sunday 19 April");
  EXPECT_EQ(spans_of(extract("The road is shut from today.")), "today");
}

TEST(ExtractProbe15, ASpanStressedWholeAfterAWordThatMakesItASpan) {
  const Mention week = only("The team trained for a full week.", "a full week");
  EXPECT_EQ(week.kind, MentionKind::kDuration);
  EXPECT_EQ(week.unit, "weeks");
  EXPECT_DOUBLE_EQ(*week.value, 1);
  EXPECT_EQ(only("The strike lasted a whole month.", "a whole month").unit, "months");
  EXPECT_DOUBLE_EQ(*only("It rained for an entire fortnight.", "an entire fortnight").value, 2);
  EXPECT_DOUBLE_EQ(*only("For a whole decade nothing changed.", "a whole decade").value, 10);
  // a moment back, and "whole" before other nouns, stay unreported
  EXPECT_EQ(spans_of(extract("He was paid a full year ago.")), "");
  EXPECT_EQ(spans_of(extract("A whole village was flooded.")), "");
  EXPECT_EQ(spans_of(extract("She read the whole year's reports.")), "");
}

}  // namespace
}  // namespace figcheck
