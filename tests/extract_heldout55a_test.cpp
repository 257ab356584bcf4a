// Held-out round 55, part a (articles 417-419): a New Zealand obituary, an Irish court
// report from a sentencing hearing and a wire story on a national weather service's
// bulletin; forms the extractor missed, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 12};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut55a, AFigureInBracketsPartsNoClause) {
  // the same figure in another unit, between the verb and the day it sets
  EXPECT_EQ(iso(only("Forecasters expect 43 to 46\u00b0C (109 to 115\u00b0F) across the province until at least "
                     "Wednesday.",
                     "Wednesday")
                    .date),
            "2026-01-14");
  EXPECT_EQ(iso(only("Insurers will put the bill at 1.2 billion rand ($66 million) by Friday.", "Friday").date),
            "2026-01-16");
  EXPECT_EQ(iso(only("Gusts will reach 100 km/h (about 62 mph) on Thursday.", "Thursday").date), "2026-01-15");
  // a past verb before the brackets keeps the day back
  EXPECT_EQ(iso(only("Temperatures reached 45.1\u00b0C (113.2\u00b0F) on Sunday.", "Sunday").date), "2026-01-11");
  // brackets with a verb in them, or words before their figure, still part a clause
  EXPECT_EQ(iso(only("Sales will grow (they rose 4% last year) on Thursday.", "Thursday").date), "2026-01-08");
  EXPECT_EQ(iso(only("Prices will rise (up 4% on the year) on Thursday.", "Thursday").date), "2026-01-08");
}

TEST(ExtractHeldOut55a, APutOffVerbsObjectMayEndInThePlaceItCovers) {
  EXPECT_EQ(iso(only("The weather service on Monday extended an extreme heat warning for the Northern Cape until "
                     "Thursday.",
                     "Thursday")
                    .date),
            "2026-01-15");
  EXPECT_EQ(iso(only("Officials extended the state of emergency in Durban until Wednesday.", "Wednesday").date),
            "2026-01-14");
  // the object alone, as before; the nearer day either side, as a put-off verb gives
  EXPECT_EQ(iso(only("Forecasters extended an excessive heat warning through Wednesday.", "Wednesday").date),
            "2026-01-14");
  EXPECT_EQ(iso(only("Forecasters extended an excessive heat warning for the Karoo through Saturday.", "Saturday")
                    .date),
            "2026-01-10");
  // a place not after a preposition, or more words than an object holds, leave it past
  EXPECT_EQ(iso(only("Officials extended the ban and the curfew Durban residents kept until Wednesday.", "Wednesday").date),
            "2026-01-07");
  EXPECT_EQ(iso(only("The council extended the long and bitterly contested emergency order for the Northern Cape "
                     "until Wednesday.",
                     "Wednesday")
                    .date),
            "2026-01-07");
}

TEST(ExtractHeldOut55a, TheSpanAWarningWasOfIsAhead) {
  const std::string text =
      "The service warned of \"dangerous\" river levels from Wednesday into the weekend.";
  EXPECT_EQ(iso(only(text, "Wednesday").date), "2026-01-14");
  const Mention weekend = only(text, "the weekend");
  EXPECT_EQ(iso(weekend.date), "2026-01-17");
  EXPECT_EQ(iso(weekend.date_end), "2026-01-18");
  EXPECT_EQ(iso(only("It warned of power cuts until Thursday.", "Thursday").date), "2026-01-15");
  // the nearer either side: a span most of a week back stays back
  EXPECT_EQ(iso(only("It warned of power cuts from Saturday.", "Saturday").date), "2026-01-10");
  // the day a warning was given, and one that lasted into a weekend, stay past
  EXPECT_EQ(iso(only("The IMF warned of a slowdown on Thursday.", "Thursday").date), "2026-01-08");
  EXPECT_EQ(iso(only("The service warned on Wednesday of floods.", "Wednesday").date), "2026-01-07");
  const Mention lasted = only("The storm lasted into the weekend.", "the weekend");
  EXPECT_EQ(iso(lasted.date), "2026-01-10");
}

TEST(ExtractHeldOut55a, OneCountsAfterTheListsOtherCounts) {
  EXPECT_EQ(spans_of(extract("He pleaded guilty to 14 counts under the Act, and to one count of deception.")),
            "14|one");
  EXPECT_EQ(*only("She admitted two charges of theft and one charge of assault.", "one").value, 1);
  EXPECT_EQ(spans_of(extract("He faced three counts of fraud, one count of theft.")), "three|one");
  // alone, after a count of another noun, or with no "and" or comma between, it stays out
  EXPECT_EQ(spans_of(extract("He pleaded guilty to one count of wire fraud.")), "");
  EXPECT_EQ(spans_of(extract("He paid 14 victims and admitted one count of fraud.")), "14");
  EXPECT_EQ(spans_of(extract("The 14 counts included one count of fraud.")), "14");
  // a count in the sentence before is no list
  EXPECT_EQ(spans_of(extract("He admitted 14 counts. One count of fraud was dropped.")), "14");
}

TEST(ExtractHeldOut55a, HalfWhatAClauseNamesIsAShare) {
  const Mention half = only("She was paid half what the men on the same shift earned.", "half");
  EXPECT_EQ(half.kind, MentionKind::kPercent);
  EXPECT_EQ(*half.value, 50);
  EXPECT_EQ(*only("Prices are now about half what they were.", "about half").value, 50);
  // a half of a game or a year, before "what", is no share
  EXPECT_EQ(spans_of(extract("In the second half what mattered was defence.")).find("half"), std::string::npos);
  EXPECT_EQ(spans_of(extract("The other half what they call the old town.")), "");
}

TEST(ExtractHeldOut55a, AMonthPointedBackAtWithThatIsInTheYearLastStated) {
  constexpr Date tuesday{2026, 3, 10};
  const std::string text =
      "She survived a no-confidence motion in March 1999 and won her third term by more than 9,000 votes that "
      "October.";
  EXPECT_EQ(iso(only(text, "October", tuesday).date), "1999-10");
  EXPECT_EQ(iso(only("The plant closed in 2011. That March, the council sold the site.", "March", tuesday).date),
            "2011-03");
  EXPECT_EQ(iso(only("He was elected in 1992 and resigned in that December.", "December", tuesday).date), "1992-12");
  // "that" as a conjunction, or no year stated before, leaves the month as it was read
  EXPECT_EQ(iso(only("The series began in 2019. The ministry said that October was the wettest month.", "October",
                     tuesday)
                    .date),
            "2025-10");
  EXPECT_EQ(iso(only("She won by 9,000 votes that October.", "October", tuesday).date), "2025-10");
}

TEST(ExtractHeldOut55a, AMonthNamedForARecordIsInTheYearItWasSet) {
  EXPECT_EQ(iso(only("Durban's record for a single January day, 190mm set in 1987, is unlikely to fall.", "January")
                    .date),
            "1987-01");
  EXPECT_EQ(iso(only("Spending is on course to beat the January record of \u00a3815m set in 2023.", "January")
                    .date),
            "2023-01");
  // a month with no record named, or a record set in another sentence, is read as before
  EXPECT_EQ(iso(only("Sales in January were set in 2023 prices.", "January").date), "2026-01");
  EXPECT_EQ(iso(only("Rain broke the record in January. The last was set in 1987.", "January").date), "2026-01");
}

TEST(ExtractHeldOut55a, RemandedInCustodyUntilADayIsTheNearerEitherSide) {
  EXPECT_EQ(iso(only("Doyle was remanded in custody until May 5.", "May 5").date), "2026-05-05");
  EXPECT_EQ(iso(only("She was remanded on bail until Wednesday.", "Wednesday").date), "2026-01-14");
  // the nearer either side, as "adjourned until" gives
  EXPECT_EQ(iso(only("He was remanded in custody until 2 January.", "2 January").date), "2026-01-02");
  // held in custody, or remanded with more words between, stays past
  EXPECT_EQ(iso(only("He was held in custody until May 5.", "May 5").date), "2025-05-05");
  EXPECT_EQ(iso(only("He was remanded in custody at Cloverhill until May 5.", "May 5").date), "2025-05-05");
}

}  // namespace
}  // namespace figcheck
