// Probe round 5 (short sentences in the style of public extraction suites: British and
// American dates, number words, money, units, hedges and relative dates): forms the
// extractor missed or misread, each fixed by a general rule, with the neighbours each rule
// must leave alone. The sentences are written for the tests.
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
// A. Numbers and units

TEST(ExtractProbe5, NoughtIsZero) {
  EXPECT_DOUBLE_EQ(*only("The odds came out at nought point five.", "nought point five").value, 0.5);
  EXPECT_DOUBLE_EQ(*only("Inflation was nought per cent.", "nought per cent").value, 0);
  // "naught" is nothing, no figure
  EXPECT_EQ(spans_of(extract("It all came to naught.")), "");
}

TEST(ExtractProbe5, AHyphenatedShareOfAMillion) {
  EXPECT_DOUBLE_EQ(*only("The site had a half-million visitors.", "a half-million").value, 500000);
  EXPECT_DOUBLE_EQ(*only("A quarter-million people fled.", "A quarter-million").value, 250000);
  // spaced, as before; a half of no scale is no figure
  EXPECT_DOUBLE_EQ(*only("A half million people came.", "A half million").value, 500000);
  EXPECT_EQ(spans_of(extract("It was a half-hearted effort.")), "");
}

TEST(ExtractProbe5, ANumberInWordsWithCommasBetweenItsGroups) {
  const std::vector<Mention> people = extract("Two million, three hundred thousand people live there.");
  ASSERT_EQ(spans_of(people), "Two million, three hundred thousand");
  EXPECT_DOUBLE_EQ(*people[0].value, 2300000);
  EXPECT_DOUBLE_EQ(*only("It cost one billion, two hundred million dollars.", "one billion, two hundred million dollars")
                        .value,
                   1.2e9);
  // a list after the comma, or a group with no smaller scale of thousands, stays apart
  EXPECT_EQ(spans_of(extract("Two million, three of them children, fled.")), "Two million|three");
  EXPECT_EQ(spans_of(extract("Two million, three hundred died.")), "Two million|three hundred");
}

TEST(ExtractProbe5, ATrioIsThree) {
  const Mention climbers = only("A trio of climbers reached the summit.", "A trio");
  EXPECT_EQ(climbers.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*climbers.value, 3);
  EXPECT_DOUBLE_EQ(*only("A pair of officials resigned.", "A pair").value, 2);
  // a trio without "of" is a band
  EXPECT_EQ(spans_of(extract("The jazz trio played on.")), "");
}

TEST(ExtractProbe5, AbbreviatedHoursMinutesSpeedsAndPints) {
  const std::vector<Mention> course = extract("The course takes 1 hr 30 min.");
  ASSERT_EQ(spans_of(course), "1 hr|30 min");
  EXPECT_EQ(course[0].kind, MentionKind::kDuration);
  EXPECT_EQ(course[0].unit, "hours");
  EXPECT_EQ(course[1].unit, "minutes");
  EXPECT_EQ(only("The train reached 120 kmh.", "120 kmh").unit, "km/h");
  const Mention milk = only("He drank 2 pints of milk.", "2 pints");
  EXPECT_EQ(milk.kind, MentionKind::kQuantity);
  EXPECT_EQ(milk.unit, "pints");
  // the plural forms were units already
  EXPECT_EQ(only("The repair took 2 hrs.", "2 hrs").unit, "hours");
  EXPECT_EQ(only("The tank took 2.5 gallons.", "2.5 gallons").unit, "gallons");
}

TEST(ExtractProbe5, OneOfAMeasure) {
  const Mention snow = only("The storm dumped a foot of snow.", "a foot");
  EXPECT_EQ(snow.kind, MentionKind::kQuantity);
  EXPECT_EQ(snow.unit, "ft");
  EXPECT_DOUBLE_EQ(*snow.value, 1);
  EXPECT_EQ(only("An inch of rain fell.", "An inch").unit, "in");
  EXPECT_EQ(only("Pour a pint of milk.", "a pint").unit, "pints");
  // no "of", or a measure that is a lot rather than a weight
  EXPECT_EQ(spans_of(extract("He has a foot in the door.")), "");
  EXPECT_EQ(spans_of(extract("They came on foot.")), "");
  EXPECT_EQ(spans_of(extract("It was a ton of work.")), "");
  EXPECT_DOUBLE_EQ(*only("Half a metre of rain fell.", "Half a metre").value, 0.5);
}

TEST(ExtractProbe5, InchesSpacedAfterFeet) {
  const std::vector<Mention> height = extract("She stands 5 ft 9 in.");
  ASSERT_EQ(spans_of(height), "5 ft|9 in");
  EXPECT_EQ(height[1].kind, MentionKind::kQuantity);
  EXPECT_EQ(height[1].unit, "in");
  EXPECT_EQ(only("He is 6ft 1 in tall.", "1 in").unit, "in");
  // "in" that goes on is the preposition
  EXPECT_EQ(spans_of(extract("The wall is 5 ft 9 in places.")), "5 ft|9");
  EXPECT_EQ(spans_of(extract("The river rose 5 ft 9 in a day.")), "5 ft|9|a day");
}

TEST(ExtractProbe5, ARacesDistanceInMetresOrKilometres) {
  const Mention run = only("She won a 5k run on Sunday.", "5k");
  EXPECT_EQ(run.kind, MentionKind::kQuantity);
  EXPECT_EQ(run.unit, "km");
  EXPECT_DOUBLE_EQ(*run.value, 5);
  EXPECT_EQ(only("She ran a 10k.", "10k").unit, "km");
  const Mention metres = only("The athlete ran the 1500m in 3 minutes 30 seconds.", "1500m");
  EXPECT_EQ(metres.unit, "m");
  EXPECT_DOUBLE_EQ(*metres.value, 1500);
  EXPECT_EQ(only("He won the 400m hurdles.", "400m").unit, "m");
  // thousands and millions elsewhere, and after a currency in a race for a contract
  EXPECT_DOUBLE_EQ(*only("Only 5k runners entered.", "5k").value, 5000);
  EXPECT_DOUBLE_EQ(*only("He earns 50k a year.", "50k").value, 50000);
  EXPECT_DOUBLE_EQ(*only("The club paid 100m for the striker.", "100m").value, 1e8);
  EXPECT_EQ(only("The $400m race for the contract began.", "$400m").kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*only("The firm posted a 500m record profit.", "500m").value, 5e8);
}

// ---------------------------------------------------------------------------------------
// B. Durations

TEST(ExtractProbe5, AnAgeWrittenOutIsACount) {
  const Mention age = only("She is 42 years old.", "42 years old");
  EXPECT_EQ(age.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*age.value, 42);
  EXPECT_EQ(only("The baby is 10 months old.", "10 months old").kind, MentionKind::kNumber);
  // as the hyphenated age is; a span of years without "old" stays a duration
  EXPECT_EQ(only("The 42-year-old was freed.", "42-year-old").kind, MentionKind::kNumber);
  EXPECT_EQ(only("He worked there for 42 years.", "42 years").kind, MentionKind::kDuration);
  EXPECT_EQ(only("She is 42 years older than him.", "42 years").kind, MentionKind::kDuration);
}

TEST(ExtractProbe5, TheSpanARecordCovers) {
  const Mention decade = only("It was the first time in a decade.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(only("Prices hit their highest in a year.", "a year").unit, "years");
  EXPECT_EQ(only("The pound fell to its lowest level in a month.", "a month").unit, "months");
  // a moment, not a span: the most done within a day, a week of something
  EXPECT_EQ(spans_of(extract("It was the most in a day.")), "");
  EXPECT_EQ(spans_of(extract("It was the best in a week of rain.")), "");
}

// ---------------------------------------------------------------------------------------
// C. Dates

TEST(ExtractProbe5, AWeekdayInTheWeekNamedAndOneThatRecurs) {
  const Mention due = only("The budget is due on Wednesday next week.", "Wednesday next week");
  EXPECT_EQ(iso(due.date), "2026-03-25");
  EXPECT_EQ(spans_of(extract("The budget is due on Wednesday next week.")), "Wednesday next week");
  EXPECT_EQ(iso(only("The talks ended on Friday last week.", "Friday last week").date), "2026-03-13");
  EXPECT_EQ(iso(only("The vote is on Sunday next week.", "Sunday next week").date), "2026-03-29");
  // a day that recurs is no date; a weekday alone still is
  EXPECT_EQ(spans_of(extract("The market is held every Monday.")), "");
  EXPECT_EQ(spans_of(extract("Bins go out each Thursday.")), "");
  EXPECT_EQ(iso(only("The vote was held on Monday.", "Monday").date), "2026-03-16");
}

TEST(ExtractProbe5, FromTodayCountsAheadAsFromNowDoes) {
  EXPECT_EQ(iso(only("The vote is two weeks from today.", "two weeks from today").date), "2026-04-01");
  EXPECT_EQ(iso(only("The plant reopens a month from today.", "a month from today").date), "2026-04");
  // "today" alone, or after "from" with no span before it, is the publication day
  EXPECT_EQ(spans_of(extract("Apart from today, nothing.")), "today");
}

TEST(ExtractProbe5, ADayOfAMonthInWords) {
  const std::vector<Mention> flights = extract("Flights resume on the first of April.");
  ASSERT_EQ(spans_of(flights), "first of April");
  EXPECT_EQ(flights[0].kind, MentionKind::kDate);
  EXPECT_EQ(iso(flights[0].date), "2026-04-01");
  EXPECT_EQ(iso(only("The law came in on the third of May 2025.", "third of May 2025").date), "2025-05-03");
  // an ordinal "of" anything else stays an ordinal
  EXPECT_EQ(spans_of(extract("He was the first of many.")), "first");
  EXPECT_EQ(spans_of(extract("Rent is due on the first of the month.")), "first");
}

TEST(ExtractProbe5, TwoBareYearsJoinedByTo) {
  const std::vector<Mention> plan = extract("The plan covers 2026 to 2030.");
  ASSERT_EQ(spans_of(plan), "2026 to 2030");
  EXPECT_EQ(plan[0].kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(plan[0].date), "2026");
  EXPECT_EQ(iso(plan[0].date_end), "2030");
  EXPECT_EQ(spans_of(extract("The budget for 2026 to 2030 is £4bn.")), "2026 to 2030|£4bn");
  // counted amounts and years that run backwards are no range of years
  EXPECT_EQ(only("Output grew 2000 to 2500 tonnes.", "2000 to 2500 tonnes").kind, MentionKind::kQuantity);
  EXPECT_EQ(spans_of(extract("The plan runs 2030 to 2026.")), "2030|2026");
}

}  // namespace
}  // namespace figcheck
