// Held-out round 32 (articles 258-263): a marathon wire, a storm and rainfall wire, a
// takeover wire, an obituary, a tuberculosis statistics release and a motorway-upgrade
// story; forms the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 2, 10};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut32, TheSecondOfTwoNamesAfterAnIdentifierWordIsAName) {
  EXPECT_EQ(spans_of(extract("The M6 between junctions 10 and 11 carries 142,000 vehicles.")), "142,000");
  EXPECT_EQ(spans_of(extract("Widening junctions 10 to 12 starts soon.")), "");
  EXPECT_EQ(spans_of(extract("A smart motorway between junctions 13 and 15 opened.")), "");
  EXPECT_EQ(spans_of(extract("The rules are set out on pages 12 and 13.")), "");
  // a counted noun after the second number, a lower number, a thousands group or a unit:
  // no second name
  EXPECT_EQ(spans_of(extract("It shut junction 10 and 40 people were hurt.")), "40");
  EXPECT_EQ(spans_of(extract("Between junction 10 and 12 people a day are stopped.")), "12 people a day");
  EXPECT_EQ(spans_of(extract("He scored in round 3 and 2 goals came late.")), "2");
  EXPECT_EQ(spans_of(extract("It was Game 7 and 30,000 fans came.")), "30,000");
  EXPECT_EQ(spans_of(extract("Between junctions 10 and 11.5 miles of road are shut.")), "11.5 miles");
}

TEST(ExtractHeldOut32, APluralIdentifierWordOpensAListOfNames) {
  EXPECT_EQ(spans_of(extract("Trains on Lines 1 and 14 were cancelled.")), "");
  EXPECT_EQ(spans_of(extract("Gates 3 to 5 were closed.")), "");
  EXPECT_EQ(spans_of(extract("Flights 12 and 13 were delayed by two hours.")), "two hours");
  EXPECT_EQ(spans_of(extract("A ticket for zones 1 to 6 costs more.")), "");
  EXPECT_EQ(spans_of(extract("Patients with stages 3 and 4 cancer were enrolled.")), "");
  // a share, a unit or "times" after the number: a figure
  EXPECT_EQ(spans_of(extract("The airline cut flights 30% this winter.")), "30%");
  EXPECT_EQ(spans_of(extract("The sections 300 metres long were rebuilt.")), "300 metres");
  EXPECT_EQ(spans_of(extract("The airline added flights 20 times a week.")), "20 times a week");
}

TEST(ExtractHeldOut32, ATimeOfDayBetweenABoundAndItsDay) {
  // a present state's bound at a weekday, its hour before it, is the coming day
  EXPECT_EQ(iso(only("An amber warning covers Wales until 6pm Thursday.", "Thursday").date), "2026-02-12");
  EXPECT_EQ(iso(only("An amber warning covers Wales until Thursday.", "Thursday").date), "2026-02-12");
  EXPECT_EQ(iso(only("The road stays shut until midnight on Sunday.", "Sunday").date), "2026-02-15");
  // a bound in the past stays back
  EXPECT_EQ(iso(only("The warning was in force until 6pm Thursday.", "Thursday").date), "2026-02-05");
  EXPECT_EQ(iso(only("The shop was open until 6pm Thursday.", "Thursday").date), "2026-02-05");
  // a yearless date given as a deadline with its hour ("until 5pm on 24 February") is the
  // near one ahead, as "until 24 February" is
  EXPECT_EQ(iso(only("The board had given Halvard until 5pm on 24 February to make an offer.", "24 February").date),
            "2026-02-24");
  EXPECT_EQ(iso(only("Norcastle had until 5.30pm on 3 March to decide.", "3 March").date), "2026-03-03");
  EXPECT_EQ(iso(only("Norcastle had until 17:00 on 3 March to decide.", "3 March").date), "2026-03-03");
  EXPECT_EQ(iso(only("Norcastle had until 3 March to decide.", "3 March").date), "2026-03-03");
  // "isolated spots" later in the sentence is a forecast's adjective, no past
  EXPECT_EQ(iso(only("An amber warning covers Wales until 6pm Thursday, with up to 90mm in isolated spots.",
                     "Thursday").date),
            "2026-02-12");
  EXPECT_EQ(iso(only("Police isolated the area on Thursday.", "Thursday").date), "2026-02-05");
  // an hour after another word is no bound's
  EXPECT_EQ(iso(only("The talks began at 5pm on 3 February.", "3 February").date), "2026-02-03");
}

TEST(ExtractHeldOut32, AGroupNamedByItsShareOfARankingIsNoOrdinal) {
  EXPECT_EQ(spans_of(extract("In the most deprived fifth of areas the rate was 17.")), "17");
  EXPECT_EQ(spans_of(extract("It is six times that in the least deprived tenth (3.0).")), "six|3.0");
  EXPECT_EQ(spans_of(extract("The richest fifth of households gained most.")), "");
  // a noun after it keeps the place in an order; no superlative, no group
  EXPECT_EQ(spans_of(extract("She won the fastest third test.")), "third");
  EXPECT_EQ(spans_of(extract("He was the least experienced third member.")), "third");
  EXPECT_EQ(spans_of(extract("Voters in the west third of the state.")), "third");
  EXPECT_EQ(only("A fifth of areas were deprived.", "A fifth").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut32, OverASpanAfterAMultipleOrASumInAKind) {
  const Mention decades = only("Such days have roughly doubled over five decades.", "five decades");
  EXPECT_EQ(decades.kind, MentionKind::kDuration);
  EXPECT_EQ(decades.qualifier, Qualifier::kNone);
  const Mention years = only("Each £1 should return £1.90 in benefits over 60 years.", "60 years");
  EXPECT_EQ(years.qualifier, Qualifier::kNone);
  // a wait is still bounded, and a sum taken from someone too (the corpus's reading)
  EXPECT_EQ(only("Patients waited over six months.", "over six months").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("It raised £412,350 from residents over two years.", "over two years").qualifier,
            Qualifier::kOver);
  EXPECT_EQ(only("Output doubled over 10% of sites.", "over 10%").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut32, ARateAveragedCountsTheNounOpeningItsSentence) {
  const Mention collisions = only("Collisions on the section averaged 74 a year between 2019 and 2023.", "74 a year");
  EXPECT_EQ(collisions.kind, MentionKind::kQuantity);
  EXPECT_EQ(collisions.unit, "collisions/year");
  EXPECT_EQ(only("Sales rose. Deliveries averaged 1,200 a week.", "1,200 a week").unit, "deliveries/week");
  // no plural noun opens the sentence, no "averaged" before the figure, or a moment after it
  EXPECT_EQ(spans_of(extract("He averaged 74 a year.")), "74");
  EXPECT_EQ(spans_of(extract("It said that arrivals averaged 300 a day.")), "300");
  EXPECT_EQ(spans_of(extract("Collisions reached 74 a year.")), "74");
  EXPECT_EQ(spans_of(extract("Collisions averaged 74 a year earlier.")), "74");
}

TEST(ExtractHeldOut32, ARateWithoutItsNounCountsTheNounOfTheRateBefore) {
  EXPECT_EQ(only("About 200 lorries a day have crossed, carrying food, water, medicine and, for the first time, "
                 "fuel for generators. Before the war the Strip relied on about 500 a day.",
                 "about 500 a day")
                .unit,
            "trucks/day");
  EXPECT_EQ(only("Deliveries averaged 212 a day, roughly a third of the 600 a week agreed.", "600 a week").unit,
            "deliveries/week");
  // a measure's symbol is no counted noun; nor is a rate in another paragraph
  EXPECT_EQ(spans_of(extract("It moved 40 tonnes a day. Later it was 50 a day.")), "40 tonnes a day|50");
  EXPECT_EQ(spans_of(extract("It ran 300 trucks a day.\n\nThe clinic saw 50 a day.")), "300 trucks a day|50");
}

TEST(ExtractHeldOut32, ARatePerMillionOrThousandPeopleInWords) {
  const Mention million = only("The threshold is one case per million people.", "one case per million people");
  EXPECT_EQ(million.kind, MentionKind::kQuantity);
  EXPECT_EQ(million.unit, "per_1m");
  EXPECT_DOUBLE_EQ(*million.value, 1);
  EXPECT_EQ(only("Deaths were 2.5 per thousand births.", "2.5 per thousand births").unit, "per_1k");
  EXPECT_EQ(only("One per 100,000 people died.", "One per 100,000 people").unit, "per_100k");
  // no population after the base, or a lone "one" with no base: no rate
  EXPECT_EQ(spans_of(extract("One said it was one per million.")), "");
  EXPECT_EQ(spans_of(extract("Output was 3 per million tonnes.")), "3");
}

TEST(ExtractHeldOut32, TheExtremesOfAMeasuredLevelTakeItsUnit) {
  constexpr std::string_view text =
      "The rate averaged 8.9 per 100,000, with a low of 8.4 in 2020, when the pandemic disrupted diagnosis, and a "
      "high of 9.3 in 2019.";
  EXPECT_EQ(only(text, "8.4").unit, "per_100k");
  EXPECT_EQ(only(text, "9.3").kind, MentionKind::kQuantity);
  EXPECT_EQ(only("Rainfall was 38mm, a high of 52 in the west.", "52").unit, "mm");
  // a sum's pence are not carried, a bare count has no unit to give, and a new sentence
  // starts afresh
  EXPECT_EQ(only("Prices hit 85p a litre, a high of 92 in May.", "92").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It had 40 staff, a high of 52 people.", "52").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Rainfall was 38mm. It had a high of 52 in May.", "52").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut32, AnAgeReachedOnABirthdayIsAhead) {
  constexpr Date kDecember{2025, 12, 7};  // a Sunday
  EXPECT_EQ(iso(only("He turns 27 in March and said he had six big races left.", "March", kDecember).date),
            "2026-03");
  EXPECT_EQ(iso(only("The club turns 100 on 1 May.", "1 May", kDecember).date), "2026-05-01");
  // turned is past, and a turn without an age is no birthday
  EXPECT_EQ(iso(only("He turned 27 in March.", "March", kDecember).date), "2025-03");
  EXPECT_EQ(iso(only("The tide turns in March.", "March", kDecember).date), "2025-03");
}

}  // namespace
}  // namespace figcheck
