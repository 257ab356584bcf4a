// Probe round 19 (news sentences with numbers inside names, brands, versions and titles
// beside the figures written next to them, in the manner of Recognizers-Text's Number and
// NumberWithUnit specs, Duckling's corpora and chrono's tests;
// tests/data/probe19-names-brands-versions.tsv): forms the extractor misread, each fixed by
// a general rule, with the neighbours each rule must leave alone. The sentences are
// written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 17};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe19, ANameOpeningASentenceIsTheSubjectOfItsVerb) {
  EXPECT_EQ(spans_of(extract("Maroon 5 will play 12 shows in Las Vegas.")), "12");
  EXPECT_EQ(spans_of(extract("Racing 92 won 25 of their 26 games.")), "25|26");
  EXPECT_EQ(spans_of(extract("Chrome 131 patched 12 security flaws.")), "12");
  EXPECT_EQ(spans_of(extract("Mario Kart 8 has sold 70 million copies.")), "70 million");
  EXPECT_EQ(spans_of(extract("Half-Life 2 turned 20 in 2024.")), "20|2024");
  EXPECT_EQ(spans_of(extract("Forever 21 once had 800 stores.")), "800");
  EXPECT_EQ(spans_of(extract("BBC Radio 5 Live broadcast the final.")), "");
  // what the name is of may stand before the verb
  EXPECT_EQ(spans_of(extract("Ligue 1 clubs lost €1.2 billion.")), "€1.2 billion");
  EXPECT_EQ(spans_of(extract("Python 3.12 is 5% faster than Python 3.11.")), "5%");
  // an event or a plan named for its year is no date
  EXPECT_EQ(spans_of(extract("Paris 2024 cost the state €6 billion.")), "€6 billion");
  EXPECT_EQ(spans_of(extract("Horizon 2020 funded 35,000 projects.")), "35,000");
  // a count opening a sentence takes a plural verb or one of harm, and stays a count
  EXPECT_EQ(spans_of(extract("Elsewhere 12 died in the floods.")), "12");
  EXPECT_EQ(spans_of(extract("Elsewhere 40 were hurt.")), "40");
  EXPECT_EQ(spans_of(extract("In Rafah 25 were killed on Monday.")), "25|Monday");
  EXPECT_EQ(spans_of(extract("Rafah 40 trucks entered on Monday.")), "40|Monday");
  EXPECT_EQ(spans_of(extract("Gaza 2024 deaths rose by 20%.")), "2024|20%");
}

TEST(ExtractProbe19, ACapitalMGluedToADigitOpeningASentenceNamesAFirm) {
  EXPECT_EQ(spans_of(extract("3M agreed to pay $10.3 billion.")), "$10.3 billion");
  EXPECT_EQ(spans_of(extract("3M (NYSE: MMM) rose 2% on Friday.")), "2%|Friday");
  // millions counted stay a figure
  EXPECT_EQ(spans_of(extract("3M people were affected.")), "3M");
  EXPECT_EQ(spans_of(extract("The firm sold 3M units.")), "3M");
}

TEST(ExtractProbe19, TheEuroBeforeAYearIsTheChampionship) {
  EXPECT_EQ(spans_of(extract("Euro 2024 drew 2.7 million spectators.")), "2.7 million");
  EXPECT_EQ(spans_of(extract("The Euro 2028 final will be played at Wembley.")), "");
  // a sum in euros stays money
  EXPECT_EQ(spans_of(extract("The fine was 2024 euros.")), "2024 euros");
}

TEST(ExtractProbe19, ARoomIsNumberedWithItsFloor) {
  EXPECT_EQ(spans_of(extract("The meeting took place in Room 4.12 of the Berlaymont.")), "");
  EXPECT_EQ(spans_of(extract("Room 101 was turned into a clinic for 40 patients.")), "40");
}

TEST(ExtractProbe19, ATaxCodeSectionNamesAPlan) {
  EXPECT_EQ(spans_of(extract("Workers put 6% of pay into their 401(k) plans.")), "6%");
  EXPECT_EQ(spans_of(extract("The 501(c)(3) charity raised $2 million.")), "$2 million");
  // a count with an aside in brackets stays a count
  EXPECT_EQ(spans_of(extract("The strike killed 40 (a child among them).")), "40");
}

TEST(ExtractProbe19, ACheckpointAndATickerAreNamedByNumber) {
  EXPECT_EQ(spans_of(extract("Checkpoint 300 near Bethlehem was closed for 3 days.")), "3 days");
  EXPECT_EQ(spans_of(extract("Toyota, ticker 7203, gained 1.1% in Tokyo.")), "1.1%");
  EXPECT_EQ(spans_of(extract("The checkpoint 300 metres away was shut.")), "300 metres");
}

TEST(ExtractProbe19, ANumberWordHyphenedOnToANameIsPartOfIt) {
  EXPECT_EQ(spans_of(extract("7-Eleven will close 444 stores.")), "444");
  EXPECT_EQ(spans_of(extract("Slaughterhouse-Five was banned in 1972.")), "1972");
  // a number written in words and capitals stays one
  EXPECT_EQ(spans_of(extract("Twenty-Five people were hurt.")), "Twenty-Five");
}

TEST(ExtractProbe19, ANumberWordInCapitalsAfterALowerCaseWordIsAName) {
  EXPECT_EQ(spans_of(extract("The Group of Seven met in Alberta.")), "");
  EXPECT_EQ(spans_of(extract("The owner of Seven Dials Market borrowed £12m.")), "£12m");
  EXPECT_EQ(spans_of(extract("Ocean's Eleven took $450 million.")), "$450 million");
  // a headline's title case and a sentence's first word stay counts
  EXPECT_EQ(spans_of(extract("Deaths of Seven Children Shock the Town")), "Seven");
  EXPECT_EQ(spans_of(extract("Storms hit. Seven people died.")), "Seven");
  EXPECT_EQ(spans_of(extract("They said seven people died.")), "seven");
}

TEST(ExtractProbe19, AFigureInBracketsBeforeItsUnitIsAFall) {
  const Mention margin = only("Operating ratio 61.8% 63.2% (1.4) pts", "(1.4) pts");
  EXPECT_EQ(margin.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*margin.value, -1.4);
  EXPECT_EQ(margin.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*only("Like-for-like sales: (3.2)%.", "(3.2)%").value, -3.2);
  // an aside in brackets keeps its unit inside, and stays what it is
  EXPECT_EQ(spans_of(extract("Sales rose (by 3%) in May.")), "3%|May");
  EXPECT_EQ(spans_of(extract("They won (12) of the seats.")), "12");
}

TEST(ExtractProbe19, AVersionWithOneDecimalOpeningASentenceBeforeWhatItIsOfIsAName) {
  EXPECT_EQ(spans_of(extract("Bluetooth 5.3 headphones sold 4 million units.")), "4 million");
  EXPECT_EQ(spans_of(extract("Web 2.0 firms raised $1 billion in 2006.")), "$1 billion|2006");
  // a party's share before a verb, a unit or a scale, or mid-sentence, stays a figure
  EXPECT_EQ(spans_of(extract("Labour 9.5 was the lead.")), "9.5");
  EXPECT_EQ(spans_of(extract("The poll gave Labour 9.5 and Reform 8.1 on the day.")), "9.5|8.1");
  EXPECT_EQ(spans_of(extract("The poll put Labour 9.5 ahead of Reform.")), "9.5");
  EXPECT_EQ(spans_of(extract("The poll put Reform 2.5 points ahead.")), "2.5 points");
  EXPECT_EQ(spans_of(extract("It gave Gaza 1.5 million tonnes of aid.")), "1.5 million tonnes");
}

TEST(ExtractProbe19, ARaceIsNamedByItsStartOnARacecard) {
  EXPECT_EQ(spans_of(extract("The 3.30 at Cheltenham had 14 runners.")), "14");
  EXPECT_EQ(spans_of(extract("In the 2.10, a handicap hurdle, 24 horses run.")), "24");
  EXPECT_EQ(spans_of(extract("On Friday the opening 1.30 is a novices' chase.")), "Friday");
  // a price's level and a sum stay figures
  EXPECT_EQ(spans_of(extract("Sterling rose above the 1.30 level.")), "1.30");
  EXPECT_EQ(spans_of(extract("Shares hit the 2.50 mark at the close.")), "2.50");
  EXPECT_EQ(spans_of(extract("Sterling fell to the 1.30, its lowest since 2022.")), "1.30|since 2022");
  EXPECT_EQ(spans_of(extract("The opening 2.5% rise cheered traders.")), "2.5%");
}

TEST(ExtractProbe19, ATitleOpeningWithANumberAndACapitalisedUnitIsAName) {
  EXPECT_EQ(spans_of(extract("127 Hours tells the story of a climber.")), "");
  EXPECT_EQ(spans_of(extract("28 Days Later was filmed in 2001.")), "2001");
  EXPECT_EQ(spans_of(extract("The film 8 Mile made him a star in 2002.")), "2002");
  // a span in lower case, a headline's unit and a unit's symbol stay figures
  EXPECT_EQ(spans_of(extract("127 hours of footage were shot.")), "127 hours");
  EXPECT_EQ(spans_of(extract("Dublin Man Sentenced to 87 Months in Prison")), "87 Months");
  EXPECT_EQ(spans_of(extract("It built 2 GW, below the 6 GW ministers had hoped for.")), "2 GW|6 GW");
}

TEST(ExtractProbe19, ACodecsSingleCapitalDotAndDigitsAreItsName) {
  EXPECT_EQ(spans_of(extract("The H.264 and H.265 codecs are patented.")), "");
  EXPECT_EQ(spans_of(extract("Calls use G.711 on 40% of lines.")), "40%");
  // after a lower-case letter, or a capital spaced off it, a number stays as it was read
  EXPECT_EQ(spans_of(extract("See p.264 for the 12 cases.")), "264|12");
  EXPECT_EQ(spans_of(extract("Plan B. 12 people joined it.")), "12");
}

TEST(ExtractProbe19, ANameOpeningASentenceIsTheSubjectOfAPresentVerbWithItsObject) {
  EXPECT_EQ(spans_of(extract("Vision 2030 aims to raise tourism to 150 million visits.")), "150 million");
  EXPECT_EQ(spans_of(extract("Agenda 2030 sets 17 goals.")), "17");
  // a count's noun before its verb, and a place's year before a plural verb, stay figures
  EXPECT_EQ(spans_of(extract("Rafah 40 trucks entered on Monday.")), "40|Monday");
  EXPECT_EQ(spans_of(extract("Overall 40 patients need care.")), "40");
  EXPECT_EQ(spans_of(extract("Gaza 2024 deaths rose by 20%.")), "2024|20%");
  EXPECT_EQ(spans_of(extract("Gaza 2024 remains the deadliest year.")), "2024");
}

}  // namespace
}  // namespace figcheck
