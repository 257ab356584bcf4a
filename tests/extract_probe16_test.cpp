// Probe round 16 (news sentences with numbers inside names and identifiers beside the
// figures a news desk writes, in the manner of Recognizers-Text's Number, NumberWithUnit and
// DateTime specs, Duckling's corpora and chrono's tests;
// tests/data/probe16-names-and-figures.tsv): forms the extractor misread, each fixed by a
// general rule, with the neighbours each rule must leave alone. The sentences are written
// for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 12};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe16, ASizeAFloorAPsalmAndCapitalisedLabelsNameTheirNumbers) {
  EXPECT_EQ(spans_of(extract("She wore a size 12 dress.")), "");
  EXPECT_EQ(spans_of(extract("The trainers come in sizes 3 to 12.")), "");
  EXPECT_EQ(spans_of(extract("Shoe size 9 was the best-seller.")), "");
  EXPECT_EQ(spans_of(extract("Size 10 is now the most common, a survey of 2,000 women found.")), "2,000");
  EXPECT_EQ(spans_of(extract("The 40 stores will sell UK size 8 jeans.")), "40");
  EXPECT_EQ(spans_of(extract("Hotel guests on floor 12 were evacuated.")), "");
  EXPECT_EQ(spans_of(extract("Psalm 23 was read at the funeral.")), "");
  EXPECT_EQ(spans_of(extract("Amendment 7 would raise the minimum wage to $15.")), "$15");
  EXPECT_EQ(spans_of(extract("Executive Order 14110 was revoked.")), "");
  EXPECT_EQ(spans_of(extract("Area 51 drew 1,500 visitors.")), "1,500");
  EXPECT_EQ(spans_of(extract("Studio 54 opened in 1977.")), "1977");
  // a measure, a share or a count after the word stays a figure; in lower case "order",
  // "amendment" and "area" are a verb and nouns before a count
  EXPECT_EQ(spans_of(extract("The flats grew in size 40% in a decade.")), "40%|a decade");
  EXPECT_EQ(spans_of(extract("The floor 3 metres below was flooded.")), "3 metres");
  EXPECT_EQ(spans_of(extract("Hospitals order 30 ventilators a week.")), "30 ventilators a week");
  EXPECT_EQ(spans_of(extract("The amendment 40 MPs backed was defeated.")), "40");
  EXPECT_EQ(spans_of(extract("The fire spread across an area 40 miles wide.")), "40 miles");
}

TEST(ExtractProbe16, AMobileNumbersSecondGroupMayHaveSixDigits) {
  EXPECT_EQ(spans_of(extract("Text 07700 900123 to donate £5.")), "£5");
  EXPECT_EQ(spans_of(extract("Call 0800 123 4567 between 9 am and 5 pm.")), "");
  EXPECT_EQ(spans_of(extract("The helpline, 0300 123 4567, answered 2,300 calls on Monday.")), "2,300|Monday");
}

TEST(ExtractProbe16, DigitsDashAndOneCapitalAreACode) {
  EXPECT_EQ(spans_of(extract("Parts numbered 4417-B were recalled.")), "");
  EXPECT_EQ(spans_of(extract("The firm filed a 10-K with regulators.")), "");
  // a score, a range and a word after the dash stay what they were
  EXPECT_EQ(spans_of(extract("Between 30-40 people were hurt.")), "30-40");
  EXPECT_EQ(spans_of(extract("Arsenal won 3-1 on Saturday.")), "Saturday");
  EXPECT_EQ(spans_of(extract("A 12-A permit covers 300 homes.")), "300");
}

TEST(ExtractProbe16, ANameOpeningASentenceBeforeASingularVerbIsOneThing) {
  EXPECT_EQ(spans_of(extract("Voyager 1 is 25 billion km from Earth.")), "25 billion km");
  EXPECT_EQ(spans_of(extract("Eurostar 9014 was evacuated in the tunnel.")), "");
  EXPECT_EQ(spans_of(extract("Police said Voyager 2 has left the heliosphere.")), "");
  // a count opening a sentence takes a plural verb; a year is a date
  EXPECT_EQ(spans_of(extract("Overall 40 were hurt in the crush.")), "40");
  EXPECT_EQ(spans_of(extract("Altogether 12 have been arrested.")), "12");
  EXPECT_EQ(spans_of(extract("Gaza 2024 was the deadliest year.")), "2024");
}

TEST(ExtractProbe16, AVersionOpeningASentenceBeforeASingularVerbIsOneThing) {
  EXPECT_EQ(spans_of(extract("Python 3.12 was released in October 2023.")), "October 2023");
  EXPECT_EQ(spans_of(extract("Linux 6.8.1 is out.")), "");
  // a share or a lead keeps its one digit after the point, and a plural verb counts
  EXPECT_EQ(spans_of(extract("Labour 9.5 was the lead.")), "9.5");
  EXPECT_EQ(spans_of(extract("Overall 3.25 were lost.")), "3.25");
}

TEST(ExtractProbe16, AZipOrAreaCodeAndAPlazaPlaceTheirNumbers) {
  EXPECT_EQ(spans_of(extract("Homes in the 90210 zip code sold for $4.2 million.")), "$4.2 million");
  EXPECT_EQ(spans_of(extract("Callers from the 212 area code were charged $5.")), "$5");
  EXPECT_EQ(spans_of(extract("Flooding hit the 2000 postcode.")), "");
  EXPECT_EQ(spans_of(extract("The office at 30 Rockefeller Plaza employs 2,000 people.")), "2,000");
  // codes in the plural are counted
  EXPECT_EQ(spans_of(extract("There are 40 area codes in the state.")), "40");
  EXPECT_EQ(spans_of(extract("The town has 12 postcodes.")), "12");
}

TEST(ExtractProbe16, AFormationAfterACountrysNameAndALineOfLatitudeAreNames) {
  EXPECT_EQ(spans_of(extract("The US 7th Fleet sent two destroyers.")), "two");
  EXPECT_EQ(spans_of(extract("North Korean troops crossed the 38th parallel.")), "");
  EXPECT_EQ(spans_of(extract("The ship sailed along the 180th meridian.")), "");
  // an ordinal before other capitalised words stays a place in an order
  EXPECT_EQ(spans_of(extract("He won his 24th Grand Slam title.")), "24th");
  EXPECT_EQ(spans_of(extract("Officers from the 101st Airborne were deployed.")), "101st");
}

TEST(ExtractProbe16, AVerseAfterANamedChapterIsPartOfIt) {
  EXPECT_EQ(spans_of(extract("The pastor quoted John 3:16.")), "");
  EXPECT_EQ(spans_of(extract("She read from Genesis 1:27 at the service.")), "");
  // a time after a place stays a time, and the day a date
  EXPECT_EQ(spans_of(extract("Fighting resumed in Rafah at 10:30 on Monday.")), "Monday");
}

TEST(ExtractProbe16, AtAKilometreOrAMileIsAPlaceOnTheRoute) {
  EXPECT_EQ(spans_of(extract("The border post lies at kilometre 42 of the road.")), "");
  EXPECT_EQ(spans_of(extract("She took the lead at mile 20 and won by 40 seconds.")), "40 seconds");
  EXPECT_EQ(spans_of(extract("The bridge at km 12.5 collapsed.")), "");
  // a distance written after its number measures
  EXPECT_EQ(spans_of(extract("The race was decided at 20 miles.")), "20 miles");
  EXPECT_EQ(spans_of(extract("Prices rose 3% a mile 20 years ago.")), "3%|20 years ago");
}

TEST(ExtractProbe16, ANamedModelAfterACountIsMidSentence) {
  EXPECT_EQ(spans_of(extract("The airline ordered 50 Boeing 787 jets worth $13 billion.")), "50|$13 billion");
  EXPECT_EQ(spans_of(extract("The firm sold 200 Tesla Model 3 cars.")), "200");
  // a people's plural and a year before the name keep the count after it
  EXPECT_EQ(spans_of(extract("Troops wounded 40 Israelis 12 of them seriously.")), "40|12");
  EXPECT_EQ(spans_of(extract("In 2023 Hamas 30 were freed.")), "2023|30");
}

TEST(ExtractProbe16, TheNumberedBusOrFreewayIsARoute) {
  EXPECT_EQ(spans_of(extract("The 22 bus was rerouted.")), "");
  EXPECT_EQ(spans_of(extract("Traffic on the 405 freeway backed up for 30 miles.")), "30 miles");
  EXPECT_EQ(spans_of(extract("Passengers on the 38 tram were evacuated.")), "");
  // a plural after it, or no "the" before, counts
  EXPECT_EQ(spans_of(extract("The 40 bus drivers went on strike.")), "40");
  EXPECT_EQ(spans_of(extract("Officials said the 12 bus stops were closed.")), "12");
  EXPECT_EQ(spans_of(extract("The firm runs 300 bus routes.")), "300");
}

TEST(ExtractProbe16, ANumberAfterAWorksNounIsItsTitle) {
  EXPECT_EQ(spans_of(extract("The film 1917 won 3 Oscars.")), "3");
  EXPECT_EQ(spans_of(extract("Orwell wrote the novel 1984 in 1948.")), "1948");
  EXPECT_EQ(spans_of(extract("Her album 25 sold 20 million copies.")), "20 million");
  // how often, how long, or a count of people after it stays a figure
  EXPECT_EQ(spans_of(extract("He watched the film 40 times.")), "40");
  EXPECT_EQ(spans_of(extract("It is a film 3 hours long.")), "3 hours");
  EXPECT_EQ(spans_of(extract("The film 300 people saw was cut.")), "300");
}

TEST(ExtractProbe16, KicksOffIsAScheduleAhead) {
  EXPECT_EQ(iso(only("The match kicks off at 8pm on Saturday.", "Saturday").date), "2026-03-14");
  EXPECT_EQ(iso(only("The final kicks off on Sunday.", "Sunday").date), "2026-03-15");
  EXPECT_EQ(iso(only("The match kicked off at 8pm on Saturday.", "Saturday").date), "2026-03-07");
}

}  // namespace
}  // namespace figcheck
