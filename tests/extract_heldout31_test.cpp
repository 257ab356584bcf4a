// Held-out round 31 (articles 248-253): a UN flash update on DR Congo, a US midterms
// election-night live blog, a January transfer story, an island's energy plan, a Holyrood
// budget debate and a tax-year-end explainer; forms the extractor missed before reading
// them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 11, 17};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut31, ADayToADayWithItsMonthIsARange) {
  const Mention period = only("Reporting period: 8 to 14 November 2025", "8 to 14 November 2025");
  EXPECT_EQ(period.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(period.date), "2025-11-08");
  EXPECT_EQ(iso(period.date_end), "2025-11-14");
  const Mention yearless = only("Works ran 3 to 9 November.", "3 to 9 November");
  EXPECT_EQ(iso(yearless.date), "2025-11-03");
  EXPECT_EQ(iso(yearless.date_end), "2025-11-09");
  // a count that moves names no month; a later day must end the range
  EXPECT_EQ(spans_of(extract("Prices rose 8 to 14 points in November.")), "8 to 14|November");
  EXPECT_EQ(spans_of(extract("It finished 14 to 3 November rules.")), "14|3 November");
  // the forms read before are unchanged
  EXPECT_EQ(only("It ran from 9 to 22 December.", "from 9 to 22 December").kind, MentionKind::kDateRange);
  EXPECT_EQ(only("Reporting period: 26 January to 4 February 2026", "26 January to 4 February 2026").kind,
            MentionKind::kDateRange);
}

TEST(ExtractHeldOut31, AHeadingLineOrATooCloseToCallRaceDialsNoOne) {
  EXPECT_EQ(spans_of(extract("House still too close to call\nOf the 435 House seats, 402 have been called.")),
            "435|402");
  EXPECT_EQ(spans_of(extract("The race is too close to call, with 435 votes between them.")), "435");
  // a number to call in its sentence stays no figure
  EXPECT_EQ(spans_of(extract("If you see smoke, call 999 at once.")), "");
  EXPECT_EQ(spans_of(extract("Anyone with information should call 101.")), "");
}

TEST(ExtractHeldOut31, AVagueAmountOfACurrencyIsMoney) {
  const Mention pounds = only("A few simple steps could save hundreds of pounds.", "hundreds of pounds");
  EXPECT_EQ(pounds.kind, MentionKind::kMoney);
  EXPECT_EQ(pounds.unit, "GBP");
  EXPECT_DOUBLE_EQ(*pounds.low, 200);
  EXPECT_DOUBLE_EQ(*pounds.high, 999);
  const Mention dollars = only("Repairs cost thousands of dollars.", "thousands of dollars");
  EXPECT_EQ(dollars.kind, MentionKind::kMoney);
  EXPECT_EQ(dollars.unit, "USD");
  EXPECT_EQ(only("It raised millions of euros.", "millions of euros").unit, "EUR");
  // pounds of a stuff weigh, and a vague count of anything else stays a count
  EXPECT_EQ(only("Police seized hundreds of pounds of cocaine.", "hundreds").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Thousands of people marched.", "Thousands").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Rebuilding will cost tens of billions of dollars.", "tens of billions").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut31, WhatIsMeasuredOfSeveralWordsBeforePerDay) {
  const Mention oil = only("At full output it burns roughly 14,000 barrels of heavy fuel oil per day.",
                           "roughly 14,000 barrels of heavy fuel oil per day");
  EXPECT_EQ(oil.kind, MentionKind::kQuantity);
  EXPECT_EQ(oil.unit, "barrels/day");
  EXPECT_EQ(oil.qualifier, Qualifier::kRoughly);
  EXPECT_EQ(only("They pump 9,000 barrels of light crude daily.", "9,000 barrels of light crude daily").unit,
            "barrels/day");
  // one word, as before; "a day" after two words (round 30)
  EXPECT_EQ(only("It burns 2,000 barrels of oil a day.", "2,000 barrels of oil a day").unit, "barrels/day");
  EXPECT_EQ(only("Units make 1.4 million litres of safe water a day.", "1.4 million litres of safe water a day").unit,
            "litres/day");
  // words that are no stuff end the reading
  EXPECT_EQ(only("It stored 500 barrels of oil in Rotterdam per the contract.", "500 barrels").unit, "barrels");
  // a dose and how often it is taken: no amount a day
  const Mention dose = only("Patients took 10mg of velcanib twice daily.", "10mg");
  EXPECT_EQ(dose.unit, "mg");
  EXPECT_EQ(only("Give 5ml of syrup once daily.", "5ml").unit, "ml");
}

TEST(ExtractHeldOut31, ALiveBlogEntryHeadedByAWeekdayDatesItsToday) {
  // published on Monday 17 November; the oldest entry was written on the Sunday night
  const std::string blog =
      "06:40 GMT — Count resumes\nOfficials said the count would resume this morning.\n\n"
      "Sunday, 22:47 GMT — Long queues\nVoters reported waits of up to three hours this afternoon.\n";
  const Mention sunday = only(blog, "this afternoon");
  EXPECT_EQ(iso(sunday.date), "2025-11-16");
  EXPECT_EQ(iso(only(blog, "this morning").date), "2025-11-17");
  // a line that opens with a time alone starts an entry of the publication day again
  const std::string later =
      "Sunday, 23:10 GMT — Polls close\nThe count begins tonight.\n\n"
      "00:05 GMT — First results\nMore are due today.\n";
  EXPECT_EQ(iso(only(later, "tonight").date), "2025-11-16");
  EXPECT_EQ(iso(only(later, "today").date), "2025-11-17");
  // a weekday in a sentence, or a heading without its time, dates no entry
  EXPECT_EQ(iso(only("On Sunday, 22 people voted early; more vote today.", "today").date), "2025-11-17");
  EXPECT_EQ(iso(only("Sunday\nTurnout is high today.", "today").date), "2025-11-17");
}

TEST(ExtractHeldOut31, AnAdjectiveInUnAndEdIsNoPastTense) {
  constexpr Date kMarch{2026, 3, 14};  // a Saturday, three weeks before the tax year ends
  const Mention ahead =
      only("Every adult can save up to £20,000 a year, and anything unused disappears on 5 April.", "5 April", kMarch);
  EXPECT_EQ(iso(ahead.date), "2026-04-05");
  EXPECT_EQ(iso(only("Its unchanged rules take effect on 6 April.", "6 April", kMarch).date), "2026-04-06");
  // a verb in "un-" and "-ed", or another past verb beside the adjective, is still the past
  EXPECT_EQ(iso(only("The minister unveiled the plan on 5 April.", "5 April", kMarch).date), "2025-04-05");
  EXPECT_EQ(iso(only("The unused funds were returned on 5 April.", "5 April", kMarch).date), "2025-04-05");
}

}  // namespace
}  // namespace figcheck
