// Held-out round 30 (articles 242-247): a shipping wire, an aviation incident report, a
// phone launch, a court report, a cohort study and local election results; forms the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 10};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut30, DeadweightTonnesAreTonnes) {
  const Mention tankers =
      only("Tankers above 150,000 deadweight tonnes get a rebate.", "above 150,000 deadweight tonnes");
  EXPECT_EQ(tankers.kind, MentionKind::kQuantity);
  EXPECT_DOUBLE_EQ(*tankers.value, 150000);
  EXPECT_EQ(tankers.unit, "t");
  EXPECT_EQ(tankers.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("A 300,000 dwt tanker docked.", "300,000 dwt").unit, "t");
  EXPECT_EQ(only("It carries 82,000 deadweight tons.", "82,000 deadweight tons").unit, "t");
  // "deadweight" with no tonnes after it, or before the number: as before
  EXPECT_EQ(spans_of(extract("The 1,200 deadweight losses mounted.")), "1,200");
  EXPECT_EQ(only("A deadweight of 150,000 tonnes.", "150,000 tonnes").unit, "t");
}

TEST(ExtractHeldOut30, AStuffOfTwoWordsBeforeItsPeriod) {
  const Mention burn =
      only("The ship burns around 150 tonnes of fuel oil a day.", "around 150 tonnes of fuel oil a day");
  EXPECT_EQ(burn.unit, "t/day");
  EXPECT_EQ(burn.qualifier, Qualifier::kAround);
  EXPECT_EQ(only("Crews need 2 litres of drinking water per day.", "2 litres of drinking water per day").unit,
            "litres/day");
  EXPECT_EQ(only("The plant makes 40 tonnes of ice daily.", "40 tonnes of ice daily").unit, "t/day");
  // no period after the two words, a capitalised name, or a period that is a moment: the
  // measure alone
  EXPECT_EQ(only("The ship burns 150 tonnes of fuel oil.", "150 tonnes").unit, "t");
  EXPECT_EQ(only("It shipped 150 tonnes of Fuel Oil a day.", "150 tonnes").unit, "t");
  EXPECT_EQ(only("It burned 150 tonnes of fuel oil a day later.", "150 tonnes").unit, "t");
  EXPECT_EQ(only("Patients took 10mg of velcanib twice daily.", "10mg").unit, "mg");
}

TEST(ExtractHeldOut30, AListedWordWithItsObjectSetsADayEitherSide) {
  constexpr test::OnlyMentionOn on_friday{Date{2026, 6, 19}};
  EXPECT_EQ(iso(on_friday("The judge fined him and set a confiscation hearing for 21 September.", "21 September")
                    .date),
            "2026-09-21");
  EXPECT_EQ(iso(on_friday("The club booked a charter flight for 3 October.", "3 October").date), "2026-10-03");
  // the nearer side: a month just gone stays back
  constexpr test::OnlyMentionOn in_october{Date{2026, 10, 5}};
  EXPECT_EQ(iso(in_october("Car sales set a record for September.", "September").date), "2026-09");
  EXPECT_EQ(iso(in_october("The firm booked a loss for September.", "September").date), "2026-09");
  // with no object, or a past verb nearer the date: as before
  EXPECT_EQ(iso(on_friday("The judge fined him for the crash on 21 September.", "21 September").date),
            "2025-09-21");
  EXPECT_EQ(iso(on_friday("He set a fire that destroyed the barn on 21 September.", "21 September").date),
            "2025-09-21");
  EXPECT_EQ(iso(on_friday("He set a record that stood for years, cleared on 21 September.", "21 September").date),
            "2025-09-21");
}

TEST(ExtractHeldOut30, AnExtensionUntilADayReachesASeasonAhead) {
  EXPECT_EQ(iso(only("The authority cut the toll by 15% and extended the discount until June 30.", "June 30").date),
            "2026-06-30");
  EXPECT_EQ(iso(only("Ministers extended the ban till June.", "June").date), "2026-06");
  // no extension, or one further than a season ahead: the past as before
  EXPECT_EQ(iso(only("The authority reduced the discount until June 30.", "June 30").date), "2025-06-30");
  EXPECT_EQ(iso(only("The ban, which officials extended in January, was kept until June 30.", "June 30").date),
            "2025-06-30");
  EXPECT_EQ(iso(only("The authority extended the discount until October 30.", "October 30").date), "2025-10-30");
}

TEST(ExtractHeldOut30, AnAgeNamedBeforeItsYearsIsACount) {
  const Mention fleet = only("It runs 27 aircraft with an average age of 17.3 years.", "17.3 years");
  EXPECT_EQ(fleet.kind, MentionKind::kNumber);
  EXPECT_TRUE(fleet.unit.empty());
  EXPECT_EQ(only("Their mean age at entry was 63.8 years.", "63.8 years").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Patients aged 70 years were invited.", "70 years").kind, MentionKind::kNumber);
  // no age named, or too far back: a span of years as before
  EXPECT_EQ(only("The average stay was 3.2 years.", "3.2 years").kind, MentionKind::kDuration);
  EXPECT_EQ(only("The fleet is ageing and the average lease of the jets was 9 years.", "9 years").kind,
            MentionKind::kDuration);
  EXPECT_EQ(only("Age of Empires was released 20 years ago, after a wait of 4 years.", "4 years").kind,
            MentionKind::kDuration);
}

}  // namespace
}  // namespace figcheck
