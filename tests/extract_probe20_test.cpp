// Probe round 20 (short passages whose sentences date each other, as news runs on, in the
// manner of Duckling's and chrono's time corpora and Recognizers-Text's DateTime specs;
// tests/data/probe20-dates-in-context.tsv): forms the extractor misread, each fixed by a
// general rule, with the neighbours each rule must leave alone. The passages are written
// for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 6};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe20, AYearlessDayInAHistoryTakesItsYear) {
  EXPECT_EQ(iso(only("In 1975 the city fell. On 30 April tanks entered the palace.", "30 April").date), "1975-04-30");
  EXPECT_EQ(iso(only("The bank collapsed in September 2008. On 15 September staff left.", "15 September").date),
            "2008-09-15");
  // in its own sentence, after another year
  EXPECT_EQ(iso(only("The mill closed in 1983 and reopened in 2019, on 12 October.", "12 October").date),
            "2019-10-12");
  // a range, and a chain of sentences each dated by the one before
  EXPECT_EQ(iso(only("The festival opened in 1969. From 15 to 18 August it rained.", "From 15 to 18 August").date_end),
            "1969-08-18");
  EXPECT_EQ(iso(only("The hack came in 2013. On 14 June users were told. On 20 June the site shut.", "20 June").date),
            "2013-06-20");
}

TEST(ExtractProbe20, AYearlessDayTheTextWritesWithItsYearIsThatDay) {
  // the day written in full, before or after, dates the day read back without its year
  EXPECT_EQ(iso(only("Gunmen attacked on 7 October 2023. The families met after the 7 October attack.", "7 October")
                    .date),
            "2023-10-07");
  EXPECT_EQ(iso(only("Of those seized on Oct. 7, most were freed. The war began on Oct. 7, 2023.", "Oct. 7").date),
            "2023-10-07");
  // two years written for the day, a year not written in figures, or a day read ahead
  // leave the day as read
  EXPECT_EQ(iso(only("It opened on 7 October 2023 and shut on 7 October 2024. Staff left on 7 October.", "7 October")
                    .date),
            "2025-10-07");
  EXPECT_EQ(iso(only("A burglary on 14 February last year. A theft on 14 February.", "14 February").date),
            "2025-02-14");
  EXPECT_EQ(iso(only("The levy began on 1 April 2024. It rises again from 1 April.", "1 April").date), "2026-04-01");
}

TEST(ExtractProbe20, AHistorysYearStopsWhereTheTextLeavesIt) {
  // two sentences on, or in the next paragraph
  EXPECT_EQ(iso(only("The mine closed in 1985. Its staff left. On 3 March a buyer came.", "3 March").date),
            "2025-03-03");
  EXPECT_EQ(iso(only("The mine closed in 1985.\nOn 3 March a buyer came.", "3 March").date), "2025-03-03");
  // a date that returns to the publication's time, or one ahead
  EXPECT_EQ(iso(only("The mine closed in 1985. On Monday it was sold, and on 3 March it was razed.", "3 March").date),
            "2025-03-03");
  EXPECT_EQ(iso(only("The hospital opened in 1948. It will close on 2 March.", "2 March").date), "2026-03-02");
  // a day not after the history's dated event is no step on in it
  EXPECT_EQ(iso(only("The crossing was seized in May 2014. On 1 February it reopened.", "1 February").date),
            "2025-02-01");
  EXPECT_EQ(iso(only("The attack of 7 October 2013 was remembered on 7 October.", "7 October").date), "2025-10-07");
  // "since" counts back from publication; a month alone, or a recent year, sets nothing
  EXPECT_EQ(iso(only("The firm was founded in 1998. Prices have doubled since 3 March.", "since 3 March").date),
            "2025-03-03");
  EXPECT_EQ(iso(only("The firm was founded in 1998. In June it opened a shop.", "June").date), "2025-06");
  EXPECT_EQ(iso(only("Hostages were taken on 7 October 2023. The last were freed on 13 October.", "13 October").date),
            "2025-10-13");
  EXPECT_EQ(iso(only("The record was set in 2023. He signed on 5 January.", "5 January").date), "2026-01-05");
  // a year not gone by sets nothing
  EXPECT_EQ(iso(only("The games will be held in 2028. Tickets went on sale on 2 January.", "2 January").date),
            "2026-01-02");
  EXPECT_EQ(spans_of(extract("The war ended in 1945. On 8 May crowds filled the square.")), "1945|8 May");
}

TEST(ExtractProbe20, TheFollowingWeekdayComesAfterTheDayBeforeIt) {
  EXPECT_EQ(iso(only("The bridge closed on Friday 19 December and reopened the following Monday.", "Monday").date),
            "2025-12-22");
  EXPECT_EQ(iso(only("The siege began on 4 September 1939. The following Sunday it ended.", "Sunday").date),
            "1939-09-10");
  // the same weekday is a week on; the publication day may be the one
  EXPECT_EQ(iso(only("The vote was on Friday 5 December and the count the following Friday.", "Friday").date),
            "2025-12-12");
  EXPECT_EQ(iso(only("The clinic closed on 2 January and reopened the following Tuesday.", "Tuesday").date),
            "2026-01-06");
}

TEST(ExtractProbe20, ABareWeekdayAfterADatedSentenceKeepsThePublicationsWeek) {
  EXPECT_EQ(iso(only("The strike began on 2 June. On Thursday the talks broke down.", "Thursday").date),
            "2026-01-01");
  EXPECT_EQ(iso(only("Voting closed on Monday 22 December. On Wednesday the results came.", "Wednesday").date),
            "2025-12-31");
  // "following" two sentences on, or with no day before it
  EXPECT_EQ(iso(only("The strike began on 2 June. It spread. The following Thursday talks failed.", "Thursday").date),
            "2026-01-01");
  EXPECT_EQ(iso(only("The plant closed in March 2025. The following Monday a buyer came.", "Monday").date),
            "2026-01-05");
}

TEST(ExtractProbe20, ASentenceOpenedByTheNextDayIsTheDayAfterTheOneBefore) {
  EXPECT_EQ(iso(only("The storm made landfall on 28 August 2005. The next morning the levees failed.",
                     "The next morning").date),
            "2005-08-29");
  EXPECT_EQ(iso(only("The baby was born on 31 December. The following day her twin arrived.", "The following day").date),
            "2026-01-01");
  // at a clause's end, after "from", two sentences on, with no day before it, or "of"
  EXPECT_EQ(spans_of(extract("Israel and Hamas signed on 9 October, and fighting stopped the next day.")), "9 October");
  EXPECT_EQ(spans_of(extract("On 14 October Israel said it would allow 300 trucks from the following day.")),
            "14 October|300");
  EXPECT_EQ(spans_of(extract("The fire began on 3 March. It spread. The next day the roof fell.")), "3 March");
  EXPECT_EQ(spans_of(extract("The fire began in March 2024. The next day the roof fell.")), "March 2024");
  EXPECT_EQ(spans_of(extract("Talks opened on 3 March. The next day of talks was shorter.")), "3 March");
}

TEST(ExtractProbe20, AWiresDatelineIsTheDayItsWeekdaysCountFrom) {
  // published Tuesday 6 January 2026; the wire was written days before
  EXPECT_EQ(iso(only("BERLIN, Dec 30 (Agency) - The coalition agreed on Tuesday to extend the subsidy.", "Tuesday").date),
            "2025-12-30");
  EXPECT_EQ(iso(only("ROME, Dec 23 (Agency) - Parliament will vote on the budget on Saturday.", "Saturday").date),
            "2025-12-27");
  EXPECT_EQ(iso(only("NEW YORK, Jan. 2 (Agency) — Oil rose on Wednesday.", "Wednesday").date), "2025-12-31");
  EXPECT_EQ(iso(only("CAIRO, Dec 29 - Talks will continue on Wednesday.", "Wednesday").date), "2025-12-31");
  // a city not in capitals or one not opening its line: no dateline
  EXPECT_EQ(iso(only("Berlin, Dec 30 (Agency) - The coalition agreed on Tuesday.", "Tuesday").date), "2026-01-06");
  EXPECT_EQ(iso(only("Talks in BERLIN, Dec 30 - the coalition agreed on Tuesday.", "Tuesday").date), "2026-01-06");
}

TEST(ExtractProbe20, AYearlessDayListedUnderAHeadingOfDatesToComeIsAhead) {
  EXPECT_EQ(iso(only("Key dates: 31 March – consultation closes; 24 June – summit.", "31 March").date), "2026-03-31");
  EXPECT_EQ(iso(only("Timetable: 2 February – bids open; 1 July – contract signed.", "1 July").date), "2026-07-01");
  EXPECT_EQ(iso(only("Diary: Jan 12 – parliament returns.", "Jan 12").date), "2026-01-12");
  EXPECT_EQ(iso(only("Key dates this year: April 6 – new tax year.", "April 6").date), "2026-04-06");
  const std::vector<Mention> range = extract("Key dates: June 24-25 – summit in The Hague.");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_EQ(iso(range[0].date), "2026-06-24");
  // another heading, or the heading on a line before: read by tense as before
  EXPECT_EQ(iso(only("Results: 7 May – elections held.", "7 May").date), "2025-05-07");
  EXPECT_EQ(iso(only("Key dates:\n7 May – elections held.", "7 May").date), "2025-05-07");
}

TEST(ExtractProbe20, AListingReportedInAThatClauseIsTheFutureSeenFromThePast) {
  EXPECT_EQ(iso(only("It was confirmed on Friday that the hearing was set for 9 March.", "9 March").date),
            "2026-03-09");
  EXPECT_EQ(iso(only("Officials said that the two trials were set for 2 February.", "2 February").date),
            "2026-02-02");
  // the nearer either side: one gone by a few weeks stays back
  EXPECT_EQ(iso(only("He said that the vote was set for 20 December.", "20 December").date), "2025-12-20");
  // no that-clause: the listing is past
  EXPECT_EQ(iso(only("The trial was set for 14 March.", "14 March").date), "2025-03-14");
}

}  // namespace
}  // namespace figcheck
