// Held-out round 29 (articles 232-237): a fuel-prices and price-cap wire, a nurses' strike
// ballot, a vaccination bulletin with age bands, a cyclone relief appeal, a Mars-orbiter
// science story and a Gaza weekly digest; forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 9};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut29, AShareBoundedByThanBeforeAVerb) {
  const Mention funded = only("The appeal is less than a quarter funded.", "less than a quarter");
  EXPECT_EQ(funded.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*funded.value, 25);
  EXPECT_EQ(funded.qualifier, Qualifier::kLessThan);
  const Mention said = only("More than a third said they would strike.", "More than a third");
  EXPECT_EQ(said.kind, MentionKind::kPercent);
  EXPECT_EQ(said.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("Fewer than a fifth vaccinated their children.", "Fewer than a fifth").kind, MentionKind::kPercent);
  EXPECT_EQ(only("Less than a tenth say they trust it.", "Less than a tenth").kind, MentionKind::kPercent);
  // a noun after the share, or no bound of more or less before it: no share
  EXPECT_EQ(spans_of(extract("He wants no more than a third term.")), "third");
  EXPECT_EQ(spans_of(extract("A third funded school opened.")), "third");
  EXPECT_EQ(spans_of(extract("They ranked it no better than a third choice.")), "third");
}

TEST(ExtractHeldOut29, TwoMonthsHyphenedWithToAreARange) {
  const Mention cap = only("Ofgem will publish the April-to-June cap on February 25.", "April-to-June");
  EXPECT_EQ(cap.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(cap.date), "2026-04");
  EXPECT_EQ(iso(cap.date_end), "2026-06");
  const Mention quarter = only("Sales in the October-to-December quarter rose 4%.", "October-to-December");
  EXPECT_EQ(quarter.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(quarter.date_end), "2025-12");
  EXPECT_EQ(only("A July-to-September survey.", "July-to-September").kind, MentionKind::kDateRange);
  // a month hyphened with "to" and something else is no range
  EXPECT_EQ(spans_of(extract("The April-to-date total was 40.")), "April|40");
}

TEST(ExtractHeldOut29, AnAgeBandFromOneInWords) {
  const Mention band = only("The drive aims to reach people aged one and over within 10 days.", "one and over");
  EXPECT_EQ(band.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*band.value, 1);
  EXPECT_EQ(band.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Boosters for children aged one and older.", "one and older").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("All those aged 65 and over.", "65 and over").qualifier, Qualifier::kAtLeast);
  // "one" as a pronoun, or not after "aged", stays no figure
  EXPECT_EQ(spans_of(extract("One and all came; one and over again.")), "");
  EXPECT_EQ(spans_of(extract("The one aged and over-tired.")), "");
  EXPECT_EQ(spans_of(extract("Every one and over them the sky.")), "");
}

TEST(ExtractHeldOut29, PlanWithItsObjectLooksAhead) {
  constexpr test::OnlyMentionOn in_may{Date{2026, 5, 14}};
  EXPECT_EQ(iso(in_may("The WFP has delivered maize and plans a second round by the end of June.", "June").date),
            "2026-06");
  EXPECT_EQ(iso(in_may("The agency delivered tents and plans another airlift in July.", "July").date), "2026-07");
  EXPECT_EQ(iso(in_may("Officials fled and are planning a return in August.", "August").date), "2026-08");
  // the noun "plans", a past "planned", or no object: the past as before
  EXPECT_EQ(iso(in_may("It was cut under plans a minister set out in June.", "June").date), "2025-06");
  EXPECT_EQ(iso(in_may("The council delivered the plans the mayor drew up in June.", "June").date), "2025-06");
  EXPECT_EQ(iso(in_may("The WFP delivered maize in June and plans a second round.", "June").date), "2025-06");
  EXPECT_EQ(iso(in_may("Its plans a year ago were cut in June.", "June").date), "2025-06");
}

TEST(ExtractHeldOut29, ADeadlineReachesFurtherBackForItsVerb) {
  constexpr test::OnlyMentionOn on_wednesday{Date{2026, 3, 11}};
  EXPECT_EQ(iso(on_wednesday("The union said it will suspend the first walkout if the trust puts at least 5% on "
                             "the table by Friday.",
                             "Friday")
                    .date),
            "2026-03-13");
  EXPECT_EQ(iso(on_wednesday("Ministers will ask every one of the nine regional boards to set out in full how the "
                             "new levy is spent by the end of June.",
                             "June")
                    .date),
            "2026-06");
  // a past verb in reach, or a sentence ended before it: the past as before
  EXPECT_EQ(iso(on_wednesday("The toll, which officials had revised several times over a long and difficult "
                             "week, reached 40 by Friday.",
                             "Friday")
                    .date),
            "2026-03-06");
  EXPECT_EQ(iso(on_wednesday("We will strike. The trust had put an offer of 5% on the table by Friday.", "Friday")
                    .date),
            "2026-03-06");
}

TEST(ExtractHeldOut29, AnAsideThatLooksBackPartsNoClause) {
  constexpr test::OnlyMentionOn on_saturday{Date{2026, 1, 31}};
  EXPECT_EQ(iso(on_saturday("Israel said it would allow the crossing to reopen, shut since May 2024, as early as "
                            "Sunday.",
                            "Sunday")
                    .date),
            "2026-02-01");
  EXPECT_EQ(iso(on_saturday("The museum will reopen, closed since last year, on Tuesday.", "Tuesday").date),
            "2026-02-03");
  EXPECT_EQ(iso(on_saturday("Talks will resume, stalled after the attack, on Monday.", "Monday").date), "2026-02-02");
  // an aside that does not look back, or a clause of its own: the past as before
  EXPECT_EQ(iso(on_saturday("Talks will resume, officials hope, on Monday.", "Monday").date), "2026-01-26");
  EXPECT_EQ(iso(on_saturday("Talks will resume, but they collapsed, on Monday.", "Monday").date), "2026-01-26");
  EXPECT_EQ(iso(on_saturday("A funeral will be held, the family said, on Monday.", "Monday").date), "2026-01-26");
  EXPECT_EQ(iso(on_saturday("The museum closed, shut since last year, on Tuesday.", "Tuesday").date), "2026-01-27");
}

TEST(ExtractHeldOut29, APhrasalParticipleBeforeADateIsPast) {
  EXPECT_EQ(iso(only("Duty is due to rise in September under plans set out in the November budget.", "November").date),
            "2025-11");
  EXPECT_EQ(iso(only("Duty is due to rise under plans set out in November.", "November").date), "2025-11");
  EXPECT_EQ(iso(only("Duty will rise under plans laid out in the November budget.", "November").date), "2025-11");
  EXPECT_EQ(iso(only("Fares will rise under a formula put forward in October.", "October").date), "2025-10");
  // after "be", "will" or "to", or the verb itself with its subject: ahead as before
  EXPECT_EQ(iso(only("The details will be set out in November.", "November").date), "2026-11");
  EXPECT_EQ(iso(only("The chancellor will set out her plans in November.", "November").date), "2026-11");
  EXPECT_EQ(iso(only("Ministers plan to put forward a bill in March.", "March").date), "2026-03");
  EXPECT_EQ(iso(only("Ministers are due to set out the rules in March.", "March").date), "2026-03");
}

}  // namespace
}  // namespace figcheck
