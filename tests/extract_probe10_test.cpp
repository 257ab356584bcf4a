// Probe round 10 (short sentences in the manner of chrono's, Duckling's and
// Recognizers-Text's date tests: absolute and relative dates, ranges and durations as a
// news desk writes them): forms the extractor missed or misread, each fixed by a general
// rule, with the neighbours each rule must leave alone. The sentences are written for the
// tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 10};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe10, ThroughJoinsTwoDaysOfAMonth) {
  const Mention hearings = only("Hearings are listed for May 4 through 8.", "May 4 through 8");
  EXPECT_EQ(hearings.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(hearings.date), "2026-05-04");
  EXPECT_EQ(iso(hearings.date_end), "2026-05-08");
  EXPECT_EQ(iso(only("The sale runs Oct. 2 thru 5.", "Oct. 2 thru 5").date_end), "2026-10-05");
  // a count after the second number is no day; "to" without "from" stays two figures
  EXPECT_EQ(spans_of(extract("On April 20 through 24 people died.")), "April 20|24");
  EXPECT_EQ(spans_of(extract("Staff were cut on April 20 to 24.")), "April 20|24");
}

TEST(ExtractProbe10, ASpacedHyphenBetweenTwoFullDates) {
  const Mention camp = only("The camp ran June 30 - July 4.", "June 30 - July 4");
  EXPECT_EQ(camp.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(camp.date), "2025-06-30");
  EXPECT_EQ(iso(camp.date_end), "2025-07-04");
  EXPECT_EQ(iso(only("Exams will run 11 May - 19 June.", "11 May - 19 June").date_end), "2026-06-19");
  EXPECT_EQ(iso(only("It ran 3 March - 5 April 2025.", "3 March - 5 April 2025").date), "2025-03-03");
  // a dash before a count or a bare number is no range
  EXPECT_EQ(spans_of(extract("Aug 3 - 5 people died.")), "Aug 3|5");
  EXPECT_EQ(spans_of(extract("The fair is on 3 May - 4 stalls open.")), "3 May|4");
}

TEST(ExtractProbe10, ARangeIsReadAheadAsADateIs) {
  // a present sentence with a main clause before a range two months ahead, as before one date
  const Mention works = only("The council says the roadworks run from 4 May to 19 June.", "from 4 May to 19 June");
  EXPECT_EQ(iso(works.date), "2026-05-04");
  EXPECT_EQ(iso(works.date_end), "2026-06-19");
  EXPECT_EQ(iso(only("The council says the roadworks start on 4 May.", "4 May").date), "2026-05-04");
  // in the past tense, the last before publication
  EXPECT_EQ(iso(only("The roadworks ran from 4 May to 19 June.", "from 4 May to 19 June").date), "2025-05-04");
}

TEST(ExtractProbe10, TheMonthARuleFindsItsDayIn) {
  const std::vector<Mention> election = extract("The election is on the second Thursday of May.");
  ASSERT_EQ(spans_of(election), "second|May");
  EXPECT_EQ(iso(election[1].date), "2026-05");
  EXPECT_EQ(spans_of(extract("Fees fall due on the last Friday of June.")), "June");
  // "May" with no such rule before it still needs a date's context
  EXPECT_EQ(spans_of(extract("They met May on the second Thursday.")), "second|Thursday");
  EXPECT_EQ(spans_of(extract("The last Friday of the month is payday.")), "");
}

TEST(ExtractProbe10, DayMonthAndYearJoinedByHyphens) {
  EXPECT_EQ(iso(only("The invoice is dated 14-May-2024.", "14-May-2024").date), "2024-05-14");
  EXPECT_EQ(iso(only("Stock counted on 3-Jan-2026 was short.", "3-Jan-2026").date), "2026-01-03");
  // as before: all in digits, and a hyphened word that is no year
  EXPECT_EQ(iso(only("Trains are cancelled from 15-01-2025.", "15-01-2025").date), "2025-01-15");
  EXPECT_EQ(spans_of(extract("Fill in the 12-May-style form.")), "12");
}

TEST(ExtractProbe10, AMonthWithItsCenturyLeftOut) {
  EXPECT_EQ(iso(only("The law passed in Aug. '24.", "Aug. '24").date), "2024-08");
  EXPECT_EQ(iso(only("Sales in June '25 rose.", "June '25").date), "2025-06");
  // a closing quote glued to the month is no year's apostrophe; "the '80s" stays a decade
  EXPECT_EQ(spans_of(extract("He said 'we meet in May' 24 times.")), "May|24");
  EXPECT_EQ(iso(only("Music of the '80s returned.", "80s").date_end), "1989");
}

TEST(ExtractProbe10, HoursAndMinutesGluedToTheirNumbers) {
  const std::vector<Mention> race = extract("The stage lasted 1h 42m.");
  ASSERT_EQ(spans_of(race), "1h|42m");
  EXPECT_EQ(race[0].kind, MentionKind::kDuration);
  EXPECT_EQ(race[0].unit, "hours");
  EXPECT_EQ(race[1].kind, MentionKind::kDuration);
  EXPECT_EQ(race[1].unit, "minutes");
  EXPECT_DOUBLE_EQ(*race[1].value, 42);
  EXPECT_EQ(spans_of(extract("The climb took 2hr 5min.")), "2hr|5min");
  // millions after no hours; a race time to fractions of a second is a result; "3h" alone a name
  EXPECT_DOUBLE_EQ(*only("Revenue hit 42m.", "42m").value, 42e6);
  EXPECT_EQ(spans_of(extract("He won in 1h 24m 36.1s.")), "");
  EXPECT_EQ(spans_of(extract("Call 3h now.")), "");
}

TEST(ExtractProbe10, AbbreviatedUnitsOfTimeGluedToTheirNumbersAlone) {
  const Mention strike = only("The strike lasted 24hrs.", "24hrs");
  EXPECT_EQ(strike.kind, MentionKind::kDuration);
  EXPECT_EQ(strike.unit, "hours");
  EXPECT_EQ(only("It is a 15min walk.", "15min").unit, "minutes");
  EXPECT_EQ(only("He played 90mins for the club.", "90mins").unit, "minutes");
  EXPECT_EQ(only("She signed a 5yr deal.", "5yr").unit, "years");
  // a race time to the whole second is a result too; letters glued on make a name
  EXPECT_EQ(spans_of(extract("She won in 2h 03m 23s.")), "");
  EXPECT_EQ(spans_of(extract("The 24hrsx tag is old.")), "");
}

TEST(ExtractProbe10, YearsAbbreviated) {
  const Mention record = only("The record stood for 25 yrs.", "25 yrs");
  EXPECT_EQ(record.kind, MentionKind::kDuration);
  EXPECT_EQ(record.unit, "years");
  EXPECT_EQ(only("A 5-yr deal was signed.", "5-yr").unit, "years");
  EXPECT_EQ(only("The loan runs 1 yr.", "1 yr").unit, "years");
}

TEST(ExtractProbe10, AsLongAsBoundsASpan) {
  const Mention wait = only("The wait can be as long as six months.", "as long as six months");
  EXPECT_EQ(wait.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(wait.unit, "months");
  // before a count it is a condition, and the count stands alone
  const Mention members = only("The scheme runs as long as 10 members agree.", "10");
  EXPECT_EQ(members.qualifier, Qualifier::kNone);
}

TEST(ExtractProbe10, ASpanEarlyOrLate) {
  const Mention ship = only("The ship docked a day early.", "a day");
  EXPECT_EQ(ship.kind, MentionKind::kDuration);
  EXPECT_EQ(ship.unit, "days");
  EXPECT_EQ(only("The train was an hour late.", "an hour").unit, "hours");
  // as before: "a year earlier" alone names a time, and a frequency is none
  EXPECT_EQ(spans_of(extract("Sales were higher a year earlier.")), "");
  EXPECT_EQ(spans_of(extract("She trains twice a week late at night.")), "");
}

TEST(ExtractProbe10, AWeekTodayOrTomorrow) {
  EXPECT_EQ(iso(only("The case resumes a week today.", "a week today").date), "2026-03-17");
  EXPECT_EQ(iso(only("Bids close a fortnight tomorrow.", "a fortnight tomorrow").date), "2026-03-25");
  // a rate's period or a frequency before "today" is no date ahead
  EXPECT_EQ(spans_of(extract("It costs 5 a week today.")), "5|today");
  EXPECT_EQ(spans_of(extract("We meet once a week today.")), "today");
}

TEST(ExtractProbe10, AWeekdayWeekWithoutOn) {
  EXPECT_EQ(iso(only("The board meets Thursday week.", "Thursday week").date), "2026-03-19");
  EXPECT_EQ(iso(only("Send it by Friday week, they said.", "Friday week").date), "2026-03-20");
  // a weekday already placed by "last" or "every" takes no week
  EXPECT_EQ(spans_of(extract("It was last Thursday week.")), "last Thursday");
  EXPECT_EQ(spans_of(extract("Bins go out every Monday week.")), "");
}

TEST(ExtractProbe10, ADayOfAMonthInCompoundWords) {
  EXPECT_EQ(iso(only("The protest was on the twenty-seventh of February.", "twenty-seventh of February").date),
            "2026-02-27");
  EXPECT_EQ(iso(only("Polls close on the thirty-first of May 2027.", "thirty-first of May 2027").date),
            "2027-05-31");
  // no such day, or no month after "of": an ordinal
  EXPECT_EQ(spans_of(extract("The thirty-first of February.")), "thirty-first|February");
  EXPECT_EQ(only("The twenty-first of its kind.", "twenty-first").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe10, AWeekdayRangePlacedByItsWeek) {
  const std::vector<Mention> flights = extract("Flights were grounded Monday through Wednesday last week.");
  ASSERT_EQ(spans_of(flights), "Monday through Wednesday|last week");
  EXPECT_EQ(iso(flights[0].date), "2026-03-02");
  EXPECT_EQ(iso(flights[0].date_end), "2026-03-04");
  EXPECT_EQ(iso(only("MPs sit Tuesday to Thursday next week.", "Tuesday to Thursday").date), "2026-03-17");
  // without a week named, opening days recur: neither weekday is a date (since probe 13;
  // before, each was read alone as the last such day)
  EXPECT_EQ(spans_of(extract("The shop opens Monday to Friday.")), "");
}

TEST(ExtractProbe10, ARangeOfDecades) {
  const Mention boom = only("The town doubled between the 1950s and the 1990s.", "between the 1950s and the 1990s");
  EXPECT_EQ(boom.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(boom.date), "1950");
  EXPECT_EQ(iso(boom.date_end), "1999");
  EXPECT_EQ(iso(only("Rents rose from the 1960s to 2010.", "from the 1960s to 2010").date_end), "2010");
  // a count after "and", or no second decade: the decade alone, as before
  EXPECT_EQ(spans_of(extract("Output rose between the 1970s and 2000 people left.")), "1970s|2000");
  EXPECT_EQ(spans_of(extract("It grew from the 1990s onwards.")), "1990s");
  EXPECT_EQ(only("Crime has fallen since the 1990s.", "since the 1990s").qualifier, Qualifier::kSince);
}

}  // namespace
}  // namespace figcheck
