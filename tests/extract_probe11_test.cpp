// Probe round 11 (precision: short news sentences with numbers that are names, codes and
// labels, and real figures standing beside them): forms the extractor read as figures,
// each fixed by a general rule, with the neighbours each rule must leave alone. The
// sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe11, AProductNameAfterASentencesThe) {
  // "The" opens the sentence, capitalised: it leads the run of the name's words
  EXPECT_EQ(spans_of(extract("It rained. The Kindle Paperwhite 5 will no longer get updates.")), "");
  EXPECT_EQ(spans_of(extract("It rained. The Alaska Airlines 737 was grounded.")), "");
  EXPECT_EQ(spans_of(extract("It rained. The Kindle Paperwhite 5 sold 30,000 copies.")), "30,000");
  // as before: a place's name led by no article is followed by a count
  EXPECT_EQ(spans_of(extract("It rained. In Khan Younis 30 were killed.")), "30");
  EXPECT_EQ(spans_of(extract("It rained. An Alaska Airlines Boeing 737 was grounded.")), "");
}

TEST(ExtractProbe11, PlacesAndLabelsNamedWithANumber) {
  EXPECT_EQ(spans_of(extract("Ward 7 of the hospital was closed to visitors.")), "");
  EXPECT_EQ(spans_of(extract("Ward 7 has 28 beds.")), "28");
  EXPECT_EQ(spans_of(extract("The ferry left from Pier 39 and Berth 12.")), "");
  EXPECT_EQ(spans_of(extract("Hangar 3 holds 4 aircraft.")), "4");
  EXPECT_EQ(spans_of(extract("The attack used port 443.")), "");
  EXPECT_EQ(spans_of(extract("Voters passed Proposition 22 and Measure 110.")), "");
  EXPECT_EQ(spans_of(extract("Precinct 12 reported 300 votes.")), "300");
  EXPECT_EQ(spans_of(extract("The directive 2019/790 changed the law.")), "");
  EXPECT_EQ(spans_of(extract("Exhibit 12 and Question 14 were read out.")), "");
  EXPECT_EQ(spans_of(extract("Schedule 7 of the act allows stops.")), "");
  EXPECT_EQ(spans_of(extract("The firm filed its Form 10-K late.")), "");
  // the same words before a measure, a share or a count they act on stay figures
  EXPECT_EQ(spans_of(extract("They will schedule 30 flights.")), "30");
  EXPECT_EQ(spans_of(extract("Nurses measure 40 samples.")), "40");
  EXPECT_EQ(spans_of(extract("The measure won 52% of the vote.")), "52%");
  EXPECT_EQ(spans_of(extract("The port is 40 km away.")), "40 km");
  EXPECT_EQ(spans_of(extract("The fleet lost 12 ships.")), "12");
  // a charge is counted: "one count of fraud"
  EXPECT_EQ(spans_of(extract("He admitted two counts of fraud.")), "two");
}

TEST(ExtractProbe11, ANumberAfterANounNamedNumber) {
  EXPECT_EQ(spans_of(extract("He gave the reference number 2025/118 in the letter.")), "");
  EXPECT_EQ(spans_of(extract("Police found the badge number 4471 on his coat.")), "");
  // "number" as a verb after a plural subject counts
  EXPECT_EQ(spans_of(extract("The protesters number 5,000.")), "5,000");
  EXPECT_EQ(spans_of(extract("Inside the camp the children number 300.")), "300");
  EXPECT_EQ(spans_of(extract("Inside the camp they now number 300.")), "300");
  EXPECT_EQ(spans_of(extract("Inside the camp the dead number 400.")), "400");
  EXPECT_EQ(spans_of(extract("Inside the camp the children still number 300.")), "300");
  EXPECT_EQ(spans_of(extract("The number of dead rose to 400.")), "400");
}

TEST(ExtractProbe11, DigitsLedByANought) {
  EXPECT_EQ(spans_of(extract("The company's registration number is 01234567.")), "");
  EXPECT_EQ(spans_of(extract("The film stars agent 007 again.")), "");
  // a date, a time, a decimal and a thousands group keep their noughts
  EXPECT_EQ(spans_of(extract("On 05 March 2026 the talks began.")), "05 March 2026");
  EXPECT_EQ(spans_of(extract("It cost 1,050 dollars.")), "1,050 dollars");
  EXPECT_EQ(spans_of(extract("Shares rose 0.05 points.")), "0.05");
  EXPECT_EQ(spans_of(extract("Call 020 7946 0321 for details.")), "");
}

TEST(ExtractProbe11, AnOrdinalThatNamesAFormation) {
  EXPECT_EQ(spans_of(extract("The 82nd Airborne Division was sent to the border.")), "");
  EXPECT_EQ(spans_of(extract("Troops of the 3rd Brigade left the town.")), "");
  EXPECT_EQ(spans_of(extract("The 7th Fleet is based in Japan.")), "");
  EXPECT_EQ(spans_of(extract("The 1st Battalion lost 12 soldiers.")), "12");
  // a place in an order, before capitalised words that name no formation, and a title case
  // headline's
  EXPECT_EQ(only("She won her 24th Grand Slam title.", "24th").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Team Wins 2nd Round", "2nd").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The team reached the 2nd round.", "2nd").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The brigade lost its 3rd commander.", "3rd").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe11, AVersionAfterACapitalisedName) {
  EXPECT_EQ(spans_of(extract("Developers were told to move to Python 3.12 before the autumn.")), "");
  EXPECT_EQ(spans_of(extract("The release of Linux 6.8.1 added support for the chips.")), "");
  EXPECT_EQ(spans_of(extract("Apps built on Python 3.12 ran 5% faster.")), "5%");
  // a figure after a name: two digits before the point, one after it, or a measure, a
  // lead or a move after it
  EXPECT_EQ(spans_of(extract("The poll had Lab 31.5 and Con 24.")), "31.5|24");
  EXPECT_EQ(spans_of(extract("The poll put Labour 9.25 points ahead.")), "9.25 points");
  EXPECT_EQ(spans_of(extract("The poll put Labour 9.5 points ahead.")), "9.5 points");
  EXPECT_EQ(spans_of(extract("Shares in Barclays 2.55 lower.")), "2.55");
  EXPECT_EQ(spans_of(extract("The firm said Tesla 3.25 million cars were recalled.")), "3.25 million");
}

TEST(ExtractProbe11, AShortCodeToTextOrDial) {
  EXPECT_EQ(spans_of(extract("Text 60030 to donate to the appeal.")), "");
  EXPECT_EQ(spans_of(extract("Dial 1571 to hear your messages.")), "");
  // a count or a year after the verb stays one
  EXPECT_EQ(spans_of(extract("Volunteers will call 1000 voters.")), "1000");
  EXPECT_EQ(spans_of(extract("Volunteers will call 2,000 voters.")), "2,000");
}

TEST(ExtractProbe11, ANameUsedWithANumberOpensASentence) {
  EXPECT_EQ(spans_of(extract("Old machines cannot run Windows 11. Windows 11 now runs on 400 million devices.")),
            "400 million");
  // a name the text has not used so, or a place before a count, opens a sentence with a
  // figure; a series the lexicon knows to be named with a number does not (probe 14)
  EXPECT_EQ(spans_of(extract("Fans flew in. Apollo 11 landed in 1969.")), "1969");
  EXPECT_EQ(spans_of(extract("Fans flew in. Voyager 2 left in 1977.")), "2|1977");
  EXPECT_EQ(spans_of(extract("Trucks left the Rafah 2 depot. Rafah 25 people were killed.")), "25");
}

TEST(ExtractProbe11, ADisplaysResolution) {
  EXPECT_EQ(spans_of(extract("The camera records in 4K.")), "");
  EXPECT_EQ(spans_of(extract("The 8K screen costs €800.")), "€800");
  // thousands: after a currency sign, in lower case, before a race, or another digit
  EXPECT_EQ(spans_of(extract("The job pays £4K a month.")), "£4K");
  EXPECT_EQ(spans_of(extract("She ran a 4K run.")), "4K");
  EXPECT_EQ(spans_of(extract("About 4k people came.")), "About 4k");
  EXPECT_EQ(spans_of(extract("About 5K people came.")), "About 5K");
}

TEST(ExtractProbe11, ANameWithOfAndANumber) {
  EXPECT_EQ(spans_of(extract("The Group of 77 demanded more money for climate.")), "");
  EXPECT_EQ(spans_of(extract("Members of the Committee of 100 issued a statement.")), "");
  // a count of a plural noun, a headline's title case and a year stay figures
  EXPECT_EQ(spans_of(extract("The Cabinet of 20 ministers met.")), "20");
  EXPECT_EQ(spans_of(extract("The Cabinet of 20 senior ministers met.")), "20");
  EXPECT_EQ(spans_of(extract("The Battalion of 600 men marched.")), "600");
  EXPECT_EQ(spans_of(extract("The Deaths of 40 Migrants at Sea")), "40");
  EXPECT_EQ(only("The Class of 2024 graduated.", "2024").kind, MentionKind::kDate);
  EXPECT_EQ(spans_of(extract("A group of 77 protesters marched.")), "77");
}

}  // namespace
}  // namespace figcheck
