// Held-out round 27 (articles 212-217): box office, admissions, rail, harvest, a
// confidence vote and a Gaza report with a correction; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 12, 3};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut27, YieldsAndSpecificWeightsWrittenAsFarmersWriteThem) {
  const Mention wheat = only("Wheat averaged 8.3 t/ha on heavy land.", "8.3 t/ha");
  EXPECT_EQ(wheat.kind, MentionKind::kQuantity);
  EXPECT_EQ(wheat.unit, "t/ha");
  EXPECT_DOUBLE_EQ(*wheat.value, 8.3);
  EXPECT_EQ(only("Barley did 7.1t/ha.", "7.1t/ha").unit, "t/ha");
  EXPECT_EQ(only("Maize gave 9,400 kg/ha in trials.", "9,400 kg/ha").unit, "kg/ha");
  EXPECT_EQ(only("Some land did 5 tonnes to the hectare, he said.", "5 tonnes to the hectare").unit, "t/ha");
  EXPECT_EQ(only("Specific weights averaged 78.4kg/hl this year.", "78.4kg/hl").unit, "kg/hl");
  const Mention area = only("Rapeseed covers 243,000ha in England.", "243,000ha");
  EXPECT_EQ(area.unit, "ha");
  EXPECT_DOUBLE_EQ(*area.value, 243000);
  // a lone "t", "ha" spaced or a noun after "to the" are no unit
  EXPECT_EQ(only("He scored 3 t in the test.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(only("We laughed, 5 ha ha.", "5").kind, MentionKind::kNumber);
  EXPECT_EQ(only("They sent 5 tonnes to the farm.", "5 tonnes").unit, "t");
}

TEST(ExtractHeldOut27, AboveOrBelowADateBoundsNoDate) {
  const Mention ago = only("Wheat traded about £20 below a year ago.", "a year ago");
  EXPECT_EQ(ago.kind, MentionKind::kDate);
  EXPECT_EQ(ago.qualifier, Qualifier::kNone);
  EXPECT_EQ(iso(only("Output is above last March, the survey said.", "last March").date), "2025-03");
  // a figure keeps its bound, and a level against a year's is read as before
  EXPECT_EQ(only("Inflation stayed below 3% in May.", "below 3%").qualifier, Qualifier::kLessThan);
  EXPECT_EQ(only("Temperatures were above 30C.", "above 30C").qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(spans_of(extract("Emissions are 53 per cent below 1990 levels.")), "53 per cent|1990");
}

TEST(ExtractHeldOut27, ARecordWordBeforeItsNounMakesInADecadeASpan) {
  const Mention decade = only("It is the biggest timetable change in a decade, the operator said.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(decade.unit, "years");
  EXPECT_EQ(only("It was the biggest change in a decade.", "a decade").kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*only("Its first steel rise in a century.", "a century").value, 100);
  // no record word before the noun is no span, nor a year or a day after one (round 5)
  EXPECT_EQ(spans_of(extract("the worst storm in a year")), "");
  EXPECT_EQ(spans_of(extract("He arrived in a day.")), "");
  EXPECT_EQ(spans_of(extract("The new station opened in a week.")), "");
  EXPECT_EQ(spans_of(extract("The first day in a week of rain.")), "first");
}

TEST(ExtractHeldOut27, AChartPlaceKeptAtNoN) {
  const Mention top = only("Salt Road stayed at No 1 at the box office.", "No 1");
  EXPECT_EQ(top.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*top.value, 1);
  EXPECT_DOUBLE_EQ(*only("The single remains at No. 2 in the chart.", "No. 2").value, 2);
  EXPECT_DOUBLE_EQ(*only("The film opened at No 3.", "No 3").value, 3);
  // Downing Street's numbers, and a verb of no chart, are not read
  EXPECT_EQ(spans_of(extract("The prime minister stayed at No 10 overnight.")), "");
  EXPECT_EQ(spans_of(extract("Ministers remained at No 11.")), "");
  EXPECT_EQ(spans_of(extract("He lives at No 4.")), "");
}

TEST(ExtractHeldOut27, ADayOfTheMonthAfterFromByOrUntilThatEndsItsClause) {
  const Mention from = only("From the 14th, trains will run faster.", "14th");
  EXPECT_EQ(from.kind, MentionKind::kDate);
  EXPECT_EQ(iso(from.date), "2025-12-14");
  EXPECT_EQ(iso(only("The work will be finished by the 20th.", "20th").date), "2025-12-20");
  EXPECT_EQ(iso(only("The line stays shut until the 28th.", "28th").date), "2025-12-28");
  // a noun after it, or a range of places, keeps the ordinal
  EXPECT_EQ(only("Art from the 14th century.", "14th").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The cars came from the 14th row.", "14th").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("He rose from the 14th to the 9th.", "14th").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut27, NextOrLastWeekdayBeforeTheDateItNames) {
  const Mention ahead = only("Results are published next Thursday, December 11.", "next Thursday, December 11");
  EXPECT_EQ(ahead.kind, MentionKind::kDate);
  EXPECT_EQ(iso(ahead.date), "2025-12-11");
  EXPECT_EQ(iso(only("They met last Tuesday, 25 November, in Paris.", "last Tuesday, 25 November").date),
            "2025-11-25");
  // a clause after the comma leaves the weekday alone
  EXPECT_EQ(spans_of(extract("We meet next Thursday, when he returns.")), "next Thursday");
  EXPECT_EQ(spans_of(extract("Next Friday, 12 people will go.")), "Next Friday|12");
}

TEST(ExtractHeldOut27, JuneOrJulyDescribedAfterAIsTheMonth) {
  const Mention june = only("A dry spring and a scorching June cut yields.", "June");
  EXPECT_EQ(june.kind, MentionKind::kDate);
  EXPECT_EQ(iso(june.date), "2025-06");
  EXPECT_EQ(iso(only("After a wet July, prices rose.", "July").date), "2025-07");
  // "May", a name going on, and the month compared in general are not read
  EXPECT_EQ(spans_of(extract("A person may apply.")), "");
  EXPECT_EQ(spans_of(extract("A singer June Carter sang.")), "");
  EXPECT_EQ(spans_of(extract("It was the warmest June since records began.")), "");
}

TEST(ExtractHeldOut27, AddingUpToAnAmountToSomethingIsABound) {
  const Mention delay = only("Replacement buses will add up to 90 minutes to journeys.", "up to 90 minutes");
  EXPECT_EQ(delay.kind, MentionKind::kDuration);
  EXPECT_EQ(delay.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("The levy adds up to \u00a3300 to bills.", "up to \u00a3300").qualifier, Qualifier::kUpTo);
  // a sum the parts add up to stays a plain figure, a comma ending the clause
  EXPECT_EQ(spans_of(extract("The counts add up to 243,045.")), "243,045");
  EXPECT_EQ(spans_of(extract("The figures add up to 12, to be fair.")), "12");
  EXPECT_EQ(spans_of(extract("Costs added up to \u00a33m in total.")), "\u00a33m");
}

TEST(ExtractHeldOut27, AnAgeHyphenedOnAfterACountrysLettersIsAnAge) {
  const Mention age = only("A record 257,930 UK 18-year-olds were accepted.", "18-year-olds");
  EXPECT_EQ(age.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*age.value, 18);
  EXPECT_EQ(spans_of(extract("Many UK 18-year-olds applied.")), "18-year-olds");
  // letters in capitals before a plain number still name it
  EXPECT_EQ(spans_of(extract("Call the NHS 111 line.")), "");
  EXPECT_EQ(spans_of(extract("Watch BBC 2 tonight.")), "tonight");
}

TEST(ExtractHeldOut27, ABoundBeforeAnArticleAndAHyphenedSpan) {
  const Mention window = only("Exhibitors want at least a 45-day window.", "at least a 45-day");
  EXPECT_EQ(window.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*window.value, 45);
  EXPECT_EQ(window.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("He faces up to a 10-year term.", "up to a 10-year").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("It needs more than a 30-day notice.", "more than a 30-day").unit, "days");
  // no span after the article, or no hyphen, is read as before
  EXPECT_EQ(spans_of(extract("At least a 10 per cent rise.")), "10 per cent");
  EXPECT_EQ(spans_of(extract("At least a dozen came.")), "At least a dozen");
}

TEST(ExtractHeldOut27, AMonthsStatisticAfterItsPossessive) {
  const Mention july = only("Fares rise in line with July's retail prices index.", "July");
  EXPECT_EQ(july.kind, MentionKind::kDate);
  EXPECT_EQ(iso(july.date), "2025-07");
  EXPECT_EQ(iso(only("June's consumer prices rose 0.3%.", "June").date), "2025-06");
  EXPECT_EQ(iso(only("Markets await May's jobs report.", "May").date), "2025-05");
  // a name's possessive is no month: a capitalised word before it, or a noun of no statistic
  EXPECT_EQ(spans_of(extract("Theresa May's inflation plan failed.")), "");
  EXPECT_EQ(spans_of(extract("He met June's mother.")), "");
}

}  // namespace
}  // namespace figcheck
