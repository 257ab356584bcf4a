// Probe round 3 (date, time and amount forms of public suites): forms the extractor
// missed, each fixed by a general rule, with the neighbours each rule must leave alone.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 9, 17};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Weekdays

TEST(ExtractProbe3, AWeekdayRangeThroughItsLastDay) {
  const Mention fair = only("The fair runs from Thursday through Saturday.", "from Thursday through Saturday");
  EXPECT_EQ(fair.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(fair.date), "2025-09-18");
  EXPECT_EQ(iso(fair.date_end), "2025-09-20");
  EXPECT_EQ(iso(only("Crews worked from Monday thru Wednesday.", "from Monday thru Wednesday").date_end),
            "2025-09-17");
}

TEST(ExtractProbe3, AWeekdayRangeInTheWeekNamedAfterIt) {
  const std::vector<Mention> talks = extract("Talks ran from Monday to Thursday last week.");
  ASSERT_EQ(spans_of(talks), "from Monday to Thursday|last week");
  EXPECT_EQ(iso(talks[0].date), "2025-09-08");
  EXPECT_EQ(iso(talks[0].date_end), "2025-09-11");
  const Mention works = only("The works run from Tuesday to Friday next week.", "from Tuesday to Friday");
  EXPECT_EQ(iso(works.date), "2025-09-23");
  EXPECT_EQ(iso(works.date_end), "2025-09-26");
  // with no week named, the days are placed as before
  EXPECT_EQ(iso(only("Crews worked from Monday to Wednesday.", "from Monday to Wednesday").date), "2025-09-15");
}

TEST(ExtractProbe3, AnOrdinalWeekdayOfAMonthIsNoWeekday) {
  EXPECT_EQ(spans_of(extract("Payments go out on the first Monday of October.")), "first|October");
  EXPECT_EQ(spans_of(extract("The fair will be held on the last Friday of November.")), "November");
  EXPECT_EQ(spans_of(extract("Bins go out the first Monday of the month.")), "first");
  // a weekday of something else than a month, or "of" in another sense, stays a day
  EXPECT_EQ(iso(only("He resigned last Friday of all days.", "last Friday").date), "2025-09-12");
  EXPECT_EQ(spans_of(extract("The jury met the second Tuesday of the trial.")), "second|Tuesday");
}

TEST(ExtractProbe3, ThisComingWeekday) {
  EXPECT_EQ(iso(only("The vote is this coming Friday.", "this coming Friday").date), "2025-09-19");
  EXPECT_EQ(iso(only("The vote is this Friday.", "this Friday").date), "2025-09-19");
}

TEST(ExtractProbe3, AWeekdayAWeekLater) {
  EXPECT_EQ(iso(only("The panel sits the Monday after next.", "Monday after next").date), "2025-09-29");
  EXPECT_EQ(iso(only("Flights resume a week on Friday.", "a week on Friday").date), "2025-09-26");
  // "a week on" with no weekday names no day
  EXPECT_EQ(spans_of(extract("They met again a week on.")), "");
}

// ---------------------------------------------------------------------------------------
// B. Years and numeric dates

TEST(ExtractProbe3, YearsAgoLastMonth) {
  EXPECT_EQ(iso(only("The mill shut two years ago last March.", "two years ago last March").date), "2023-03");
  // last October, written in September, was a year and a month back
  EXPECT_EQ(iso(only("The mill shut three years ago last October.", "three years ago last October").date),
            "2021-10");
  EXPECT_EQ(iso(only("The mill shut two years ago.", "two years ago").date), "2023");
}

TEST(ExtractProbe3, AYearWithItsCenturyLeftOut) {
  const Mention formed = only("The band formed in '98.", "'98");
  EXPECT_EQ(formed.kind, MentionKind::kDate);
  EXPECT_EQ(iso(formed.date), "1998");
  EXPECT_EQ(iso(only("Sales have slid since '05.", "since '05").date), "2005");
  // up to a decade ahead of publication, else the century before
  EXPECT_EQ(iso(only("The target is to be met by '30.", "'30").date), "2030");
  EXPECT_EQ(iso(only("The club was founded in '36.", "'36").date), "1936");
  // a decade keeps its reading; with no word of time before it, no year
  EXPECT_EQ(iso(only("Music of the '90s returned.", "90s").date_end), "1999");
  EXPECT_EQ(spans_of(extract("Her PIN ends '98.")), "98");
}

TEST(ExtractProbe3, ADashedDateWithItsYear) {
  EXPECT_EQ(iso(only("The contract, dated 15-01-2025, was lost.", "15-01-2025").date), "2025-01-15");
  // either way round, as a slashed date
  EXPECT_TRUE(only("The memo, dated 03-04-2025, was lost.", "03-04-2025").ambiguous);
  // no year, no date; and codes stay codes
  EXPECT_EQ(spans_of(extract("Call 12-34-5678 now.")), "");
  EXPECT_EQ(spans_of(extract("Quote ref 15-01-2025-7 when calling.")), "");
}

TEST(ExtractProbe3, AbbreviatedMonthsInCapitalsMakeARange) {
  const Mention season = only("Bookings for Dec–Feb rose 12%.", "Dec–Feb");
  EXPECT_EQ(season.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(season.date), "2024-12");
  EXPECT_EQ(iso(season.date_end), "2025-02");
  // "May" may be a verb, and lowercase letters no month
  EXPECT_EQ(spans_of(extract("The May-June rains failed.")), "");
  EXPECT_EQ(spans_of(extract("See dec-feb below.")), "");
}

// ---------------------------------------------------------------------------------------
// C. Amounts

TEST(ExtractProbe3, APercentWithItsPlusSign) {
  const Mention gain = only("The index gained +2.4% on the week.", "+2.4%");
  EXPECT_EQ(gain.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*gain.value, 2.4);
  EXPECT_DOUBLE_EQ(*only("Output was +0.3 per cent higher.", "+0.3 per cent").value, 0.3);
  // a number to dial keeps its plus, and a sum is no sign
  EXPECT_EQ(spans_of(extract("Call +44 20 7946 0958 now.")), "");
  EXPECT_EQ(spans_of(extract("The score was 3+2.")), "3");
}

TEST(ExtractProbe3, PerCentAsPcWithASpace) {
  EXPECT_EQ(only("The levy will rise to 25 pc.", "25 pc").kind, MentionKind::kPercent);
  // in capitals, computers
  EXPECT_EQ(only("The school bought 25 PCs.", "25").kind, MentionKind::kNumber);
}

TEST(ExtractProbe3, CurrenciesSpokenSignedAndCoded) {
  const Mention loss = only("The utility reported a net loss of EUR45m.", "EUR45m");
  EXPECT_EQ(loss.unit, "EUR");
  EXPECT_DOUBLE_EQ(*loss.value, 45e6);
  // a code against a bare number is a name
  EXPECT_EQ(spans_of(extract("The PEN15 show returned.")), "");
  const Mention bar = only("A bar costs 99¢ now.", "99¢");
  EXPECT_EQ(bar.unit, "USD");
  EXPECT_DOUBLE_EQ(*bar.value, 0.99);
  EXPECT_EQ(only("Stalls charge 3 quid a bag.", "3 quid").unit, "GBP");
  EXPECT_EQ(only("Fans paid twenty bucks each.", "twenty bucks").unit, "USD");
  EXPECT_EQ(only("The deficit hit 289 billion zlotys.", "289 billion zlotys").unit, "PLN");
  EXPECT_EQ(only("It cost 900 forints.", "900 forints").unit, "HUF");
  // the team is no money
  EXPECT_EQ(spans_of(extract("The Bucks beat the Nets.")), "");
}

TEST(ExtractProbe3, GramsAndInchesInShortLetters) {
  const Mention drone = only("The drone weighs 249 g, just under the limit.", "249 g");
  EXPECT_EQ(drone.kind, MentionKind::kQuantity);
  EXPECT_EQ(drone.unit, "g");
  EXPECT_EQ(only("Add 10g of sugar.", "10g").unit, "g");
  const std::vector<Mention> height = extract("The centre, who is 6ft 2in, signed.");
  ASSERT_EQ(spans_of(height), "6ft|2in");
  EXPECT_EQ(height[1].unit, "in");
  // "4G" is a network, and "in" apart from its number a preposition
  EXPECT_EQ(spans_of(extract("The 5G network and 4G phones.")), "");
  EXPECT_EQ(only("They won 2 in a row.", "2").kind, MentionKind::kNumber);
}

TEST(ExtractProbe3, AQuarterOfAScale) {
  EXPECT_DOUBLE_EQ(*only("A quarter million people have left.", "A quarter million").value, 250000);
  EXPECT_DOUBLE_EQ(
      *only("It had three and a quarter million complaints.", "three and a quarter million").value, 3.25e6);
  const Mention span = only("The work took two and a quarter years.", "two and a quarter years");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*span.value, 2.25);
  // a quarter of what follows is a share; a quarter of a hundred is no scale
  EXPECT_EQ(spans_of(extract("Three and a quarter of them left.")), "Three|a quarter");
  EXPECT_EQ(spans_of(extract("A quarter hundred.")), "");
}

TEST(ExtractProbe3, TimesAndScoresAreNoCounts) {
  EXPECT_EQ(spans_of(extract("The coach leaves at 7 o'clock.")), "");
  EXPECT_EQ(spans_of(extract("United won 2-nil at home.")), "");
  EXPECT_EQ(spans_of(extract("He bought 7 oranges.")), "7");
}

}  // namespace
}  // namespace figcheck
