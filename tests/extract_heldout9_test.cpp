// Held-out round 9 (articles 85-90): forms the extractor missed before reading them,
// each fixed by a general rule.
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
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. A device's specification

TEST(ExtractHeldOut9, FrequencyBrightnessAndBatteryUnits) {
  const Mention screen = only("The tablet's panel runs at 90Hz.", "90Hz");
  EXPECT_EQ(screen.kind, MentionKind::kQuantity);
  EXPECT_EQ(screen.unit, "Hz");
  EXPECT_DOUBLE_EQ(*screen.value, 90);
  const Mention clock = only("Its cores reach up to 2.8GHz under load.", "up to 2.8GHz");
  EXPECT_EQ(clock.unit, "GHz");
  EXPECT_EQ(clock.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("The station broadcasts on 98.4 MHz.", "98.4 MHz").unit, "MHz");
  EXPECT_EQ(only("A lamp of 1,200 nits lights the dial.", "1,200 nits").unit, "nits");
  const Mention cell = only("The watch packs a 420mAh cell.", "420mAh");
  EXPECT_EQ(cell.unit, "mAh");
  EXPECT_DOUBLE_EQ(*cell.value, 420);
  EXPECT_EQ(only("Its bulbs draw 60 watts each.", "60 watts").unit, "W");
  EXPECT_EQ(only("A 48-megapixel sensor sits behind it.", "48-megapixel").unit, "MP");
}

TEST(ExtractHeldOut9, SymbolUnitsCountOnlyGluedAndInTheirCase) {
  const Mention weight = only("The earbuds weigh 5g each.", "5g");
  EXPECT_EQ(weight.kind, MentionKind::kQuantity);
  EXPECT_EQ(weight.unit, "g");
  EXPECT_EQ(only("It charges at 65W over the cable.", "65W").unit, "W");
  EXPECT_EQ(only("A 108MP camera leads the range.", "108MP").unit, "MP");
  // a network's generation, a letter spaced off and a member of parliament are no units
  EXPECT_EQ(spans_of(extract("Carriers rolled out 5G and 4G in the towns.")), "");
  EXPECT_EQ(spans_of(extract("Row 12 W of the stand was empty.")).find("W"), std::string::npos);
  EXPECT_EQ(spans_of(extract("She was elected an MP at 31.")), "31");
}

TEST(ExtractHeldOut9, AGluedXIsAMultiplierThatCounts) {
  const Mention zoom = only("The lens offers a 3x optical zoom.", "3x");
  EXPECT_EQ(zoom.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*zoom.value, 3);
  EXPECT_DOUBLE_EQ(*only("Loading is 2.5x quicker.", "2.5x").value, 2.5);
  // a vehicle's drive and a screen's resolution are names
  EXPECT_EQ(spans_of(extract("He drove a 4x4 across a 1920x1080 map.")), "");
}

TEST(ExtractHeldOut9, AHyphenedNameTakesItsNumberMidSentence) {
  // "Wi-Fi 7" is a standard's name, as "Windows 11" is, even before a comma and a figure
  EXPECT_EQ(spans_of(extract("The router supports Wi-Fi 6, 5 antennas and a fan.")), "5");
  EXPECT_EQ(spans_of(extract("The router supports Wi-Fi 7.")), "");
  // a lowercase compound before a count is no name
  EXPECT_EQ(spans_of(extract("The pro-government 30 walked out.")), "30");
}

TEST(ExtractHeldOut9, JunctionsAndIssuesAreNumbered) {
  EXPECT_EQ(spans_of(extract("The lorry overturned near junction 14 of the M6.")), "");
  EXPECT_EQ(spans_of(extract("Welcome to Issue 12 of the digest.")), "");
  // an issue in lower case is a question, and a count may follow it
  EXPECT_EQ(spans_of(extract("On that issue 40 members rebelled.")), "40");
}

TEST(ExtractHeldOut9, ThreeStrikesNamesARule) {
  EXPECT_EQ(spans_of(extract("The state's three-strikes law was repealed.")), "");
  // a count of strikes stays a count
  EXPECT_EQ(spans_of(extract("Three strikes hit the depot.")), "Three");
}

// ---------------------------------------------------------------------------------------
// B. Dates and spans

TEST(ExtractHeldOut9, LastYearAfterADatePlacesIt) {
  const Mention crash = only("The crash happened on 2 April last year.", "2 April last year");
  EXPECT_EQ(crash.kind, MentionKind::kDate);
  EXPECT_EQ(iso(crash.date), "2025-04-02");
  EXPECT_EQ(iso(only("Talks stalled in June of last year.", "June of last year").date), "2025-06");
  EXPECT_EQ(iso(only("The gap is the widest since May last year.", "since May last year").date), "2025-05");
  EXPECT_EQ(iso(only("The lease ends on January 9 next year.", "January 9 next year").date), "2027-01-09");
  // "this year" is what the date reads as anyway, and stays a mention of its own
  EXPECT_EQ(spans_of(extract("Half-term falls on 16 February this year.")), "16 February|this year");
  // "last year's" belongs to the noun after it
  EXPECT_EQ(spans_of(extract("On 3 March last year's record fell.")), "3 March|last year");
}

TEST(ExtractHeldOut9, WhatOpensOrTakesOfficeOnADateIsAhead) {
  EXPECT_EQ(iso(only("Bookings open April 2 for the summer.", "April 2").date), "2026-04-02");
  EXPECT_EQ(iso(only("Polls open on 7 May across the county.", "7 May").date), "2026-05-07");
  EXPECT_EQ(iso(only("The mayor takes office on 9 May.", "9 May").date), "2026-05-09");
  // "open" as a state looks back, as a past verb does
  EXPECT_EQ(iso(only("The bridge was open on 9 March, officials said.", "9 March").date), "2026-03-09");
  EXPECT_EQ(iso(only("The road, open again since 20 March, is busy.", "since 20 March").date), "2025-03-20");
  EXPECT_EQ(iso(only("She took office on 9 May.", "9 May").date), "2025-05-09");
}

TEST(ExtractHeldOut9, NotExpectedStillLooksAhead) {
  // published in December: "was not expected back before" takes the nearest January
  const Date december{2025, 12, 14};
  EXPECT_EQ(iso(only("He was not expected back before late January.", "January", december).date), "2026-01");
  EXPECT_EQ(iso(only("A ruling is not expected before June.", "June").date), "2026-06");
  // the rule reads "not expected" before the date only
  EXPECT_EQ(iso(only("The bill passed in June, though it was not expected to.", "June").date), "2025-06");
}

TEST(ExtractHeldOut9, TwoMonthsShareTheYearWrittenAfterTheSecond) {
  EXPECT_EQ(iso(only("Rounds ran in March and April 2024.", "March").date), "2024-03");
  EXPECT_EQ(iso(only("It opened in May or June 2023.", "May").date), "2023-05");
  EXPECT_EQ(spans_of(extract("Rounds ran in March and April 2024.")), "March|April 2024");
  // across a turn of year the first month's year is not the one written
  EXPECT_EQ(iso(only("Snow fell in December and January 2024.", "December").date), "2025-12");
}

TEST(ExtractHeldOut9, TimeMissedIsASpan) {
  const Mention out = only("The striker, who missed a week with flu, starts.", "a week");
  EXPECT_EQ(out.kind, MentionKind::kDuration);
  EXPECT_EQ(out.unit, "weeks");
  EXPECT_EQ(only("She will miss a month after surgery.", "a month").unit, "months");
  // a missed thing that is no unit of time is no span
  EXPECT_EQ(spans_of(extract("He missed a penalty and a header.")), "");
}

// ---------------------------------------------------------------------------------------
// C. Rough figures

TEST(ExtractHeldOut9, TwoOrThreeIsARoughRange) {
  const Mention issues = only("Talks stalled on two or three points.", "two or three");
  EXPECT_EQ(issues.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*issues.low, 2);
  EXPECT_DOUBLE_EQ(*issues.high, 3);
  const Mention days = only("The repair takes one or two days.", "one or two days");
  EXPECT_EQ(days.kind, MentionKind::kDuration);
  EXPECT_EQ(days.unit, "days");
  const Mention crowd = only("Then four or five thousand marched.", "four or five thousand");
  EXPECT_DOUBLE_EQ(*crowd.low, 4000);
  EXPECT_DOUBLE_EQ(*crowd.high, 5000);
  // ends further apart are a choice between two figures
  EXPECT_EQ(spans_of(extract("Pick five or ten of them.")), "five|ten");
}

TEST(ExtractHeldOut9, ATildeIsAbout) {
  const Mention trucks = only("Deliveries: ~150 lorries a day.", "~150 lorries a day");
  EXPECT_EQ(trucks.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*trucks.value, 150);
  EXPECT_EQ(only("Population ≈ 2.1 million.", "≈ 2.1 million").qualifier, Qualifier::kAbout);
  // a tilde between words bounds nothing
  EXPECT_EQ(spans_of(extract("Costs ~ benefits, a report says.")), "");
}

}  // namespace
}  // namespace figcheck
