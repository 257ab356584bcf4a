// Held-out round 36 (articles 286-291): a Lagos business wire, a tech company's earnings, a
// one-day international and a tennis final, a measles and flu vaccination explainer, a
// refugee agency's briefing note and an obituary; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut36, APaymentDateIsSetAheadOfItsDeclaration) {
  EXPECT_EQ(iso(only("It declared a dividend of 12 cents a share, payable on Dec. 29.", "Dec. 29").date),
            "2026-12-29");
  EXPECT_EQ(iso(only("The interim dividend is payable 15 January to holders on the register.", "15 January").date),
            "2027-01-15");
  // paid, not payable, it is the one gone by; and a payment months ahead would have its year
  EXPECT_EQ(iso(only("It paid a dividend of 12 cents a share on Dec. 29.", "Dec. 29").date), "2025-12-29");
  EXPECT_EQ(iso(only("The dividend was payable on Dec. 29.", "Dec. 29").date), "2025-12-29");
  EXPECT_EQ(iso(only("The dividend is payable on 29 April.", "29 April").date), "2026-04-29");
}

TEST(ExtractHeldOut36, ADeadlineInAPresentSentenceIsTheComingOne) {
  constexpr Date late_november{2026, 11, 25};
  EXPECT_EQ(iso(only("Officials want 2 million more people vaccinated by the end of December, when cases peak.",
                     "December", late_november)
                    .date),
            "2026-12");
  // a verb of the past before the deadline keeps the one gone by
  EXPECT_EQ(iso(only("Sales rose 5% by the end of December.", "December", late_november).date), "2025-12");
  EXPECT_EQ(iso(only("The work was completed by December.", "December", late_november).date), "2025-12");
  EXPECT_EQ(iso(only("By then 2 million had been vaccinated by December.", "December", late_november).date),
            "2025-12");
}

TEST(ExtractHeldOut36, APluralSubjectReturningInAMonthIsASchedule) {
  EXPECT_EQ(iso(only("Shelter is needed before the rains return in June.", "June").date), "2027-06");
  EXPECT_EQ(iso(only("Classes begin in September at the new campus.", "September").date), "2027-09");
  // past, or the noun "return", stays back
  EXPECT_EQ(iso(only("The rains returned in June.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("He made his return in June.", "June").date), "2026-06");
}

TEST(ExtractHeldOut36, APlaceInTheRankingsNamedAfterIt) {
  const Mention place = only("The title lifts her to No 3 in the rankings.", "No 3");
  EXPECT_EQ(place.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*place.value, 3);
  EXPECT_EQ(only("He is No 2 in the ATP standings.", "No 2").kind, MentionKind::kOrdinal);
  // a number with no ranking or chart after it stays a name's
  EXPECT_EQ(spans_of(extract("The No 3 bus runs in the morning.")).find("No 3"), std::string::npos);
  EXPECT_EQ(spans_of(extract("Ministers met at No 10 in the afternoon.")).find("No 10"), std::string::npos);
}

TEST(ExtractHeldOut36, ADayNightGameIsCountedNotASpan) {
  const Mention games = only("They have won seven of the last 10 day-night games.", "10");
  EXPECT_EQ(games.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*games.value, 10);
  // a day alone, or hyphened to its number, is a span as before
  EXPECT_EQ(only("The tour lasts 10 days.", "10 days").kind, MentionKind::kDuration);
  EXPECT_EQ(only("A 10-day tour begins.", "10-day").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut36, ADayLikeThisIsAKindOfDayNotASpan) {
  EXPECT_EQ(spans_of(extract("I have waited a long time for a day like this.")), "");
  EXPECT_EQ(spans_of(extract("Nobody expected a year like this one.")), "");
  // a span led as before, and one set off by a comma, stays a span
  EXPECT_EQ(only("The talks ran for a day, like the last round.", "a day").kind, MentionKind::kDuration);
  EXPECT_EQ(only("I have waited for a day.", "a day").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut36, TheBoundsOfAFiscalYearAreOfEveryYear) {
  EXPECT_EQ(spans_of(extract("The company's fiscal year runs from February to January.")), "");
  EXPECT_EQ(spans_of(extract("Its financial year runs from 6 April to 5 April.")), "");
  // with their years they are one year's; another subject's run is a schedule
  EXPECT_EQ(spans_of(extract("The tax year runs from April 2026 to March 2027.")), "from April 2026 to March 2027");
  EXPECT_EQ(iso(only("The season runs from August to May.", "from August to May").date), "2026-08");
}

TEST(ExtractHeldOut36, ALevelTheWeekBeforeTakesTheMeasuredUnit) {
  const Mention before = only("Admissions reached 9.4 per 100,000 last week, up from 6.1 the week before.", "6.1");
  EXPECT_EQ(before.kind, MentionKind::kQuantity);
  EXPECT_EQ(before.unit, "per_100k");
  EXPECT_EQ(only("The rate was 85 per 100,000 people, against 94 the year before.", "94").unit, "per_100k");
  // "the" before a noun that is no unit of time is what the figure counts
  EXPECT_EQ(only("The rate was 85 per 100,000 people, against 94 the week's patients.", "94").kind,
            MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
