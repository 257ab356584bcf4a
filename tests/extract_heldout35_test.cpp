// Held-out round 35 (articles 280-285): a US wildfire and heat wire, a food-security situation
// report, a live blog of a fiscal statement, an Australian property story, a rail timetable
// change and a court and inquiry report; forms the extractor missed before reading them, each
// fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 9, 17};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut35, AHearingThatHasBeenListedIsAhead) {
  EXPECT_EQ(iso(only("A confiscation hearing has been listed for 14 January.", "14 January").date), "2027-01-14");
  EXPECT_EQ(iso(only("The appeals have been listed for 3 February.", "3 February").date), "2027-02-03");
  // "is listed for" was ahead already; "was listed for" stays past, "had been listed for"
  // is the nearer either side
  EXPECT_EQ(iso(only("A hearing is listed for 14 January.", "14 January").date), "2027-01-14");
  EXPECT_EQ(iso(only("The trial was listed for 14 January.", "14 January").date), "2026-01-14");
  EXPECT_EQ(iso(only("The trial had been listed for 1 October.", "1 October").date), "2026-10-01");
  EXPECT_EQ(iso(only("The trial had been listed for 1 August.", "1 August").date), "2026-08-01");
}

TEST(ExtractHeldOut35, APutOffVerbWithItsObjectSetsTheDayAfterUntil) {
  constexpr Date wednesday{2026, 8, 19};
  EXPECT_EQ(iso(only("Forecasters extended an excessive heat warning through Saturday evening.", "Saturday",
                     wednesday)
                    .date),
            "2026-08-22");
  EXPECT_EQ(iso(only("The league postponed the final until 2 September.", "2 September", wednesday).date),
            "2026-09-02");
  // the nearer either side, as "was extended until": a month gone by stays back
  EXPECT_EQ(iso(only("The council extended the ban until 30 June.", "30 June", wednesday).date), "2026-06-30");
  // with no article before an object, or a verb that sets no day ahead, it is past
  EXPECT_EQ(iso(only("The storm lasted through Saturday evening.", "Saturday", wednesday).date), "2026-08-15");
  EXPECT_EQ(iso(only("She extended her lead through Saturday.", "Saturday", wednesday).date), "2026-08-15");
}

TEST(ExtractHeldOut35, ACapitalFASpaceAwayIsFahrenheitInAHotSpan) {
  const Mention redding = only("Redding hit 113 F on Tuesday.", "113 F");
  EXPECT_EQ(redding.kind, MentionKind::kQuantity);
  EXPECT_EQ(redding.unit, "F");
  EXPECT_DOUBLE_EQ(*redding.value, 113);
  EXPECT_EQ(only("Lows fell to -20 F overnight.", "-20 F").unit, "F");
  // a name with a hyphen, or a row or seat below the hot span, stays a count
  EXPECT_EQ(spans_of(extract("The deal includes up to 50 F-15 fighter jets.")), "up to 50");
  EXPECT_EQ(spans_of(extract("Row 16 F was empty.")), "16");
  EXPECT_EQ(spans_of(extract("She sat in 12 F, by the window.")), "12");
}

TEST(ExtractHeldOut35, ADayFixedByItsWeekdayLendsItsYearToTheSameDayLater) {
  constexpr Date friday{2026, 10, 23};
  const auto mentions = extract(
      "Trains change from Sunday 13 December, the operator said. Other changes from 13 December: more trains.",
      friday);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(iso(mentions[0].date), "2026-12-13");
  EXPECT_EQ(iso(mentions[1].date), "2026-12-13");
  // alone, a day gone by this year without a verb ahead is last year's
  EXPECT_EQ(iso(only("Trains changed on 13 December.", "13 December", friday).date), "2025-12-13");
}

TEST(ExtractHeldOut35, TheBaseOfAComparisonIsGoneBy) {
  constexpr Date saturday{2026, 10, 31};
  EXPECT_EQ(iso(only("A borrower is paying A$200 a month less than in January.", "January", saturday).date),
            "2026-01");
  EXPECT_EQ(iso(only("Prices are 4% higher than in December.", "December", saturday).date), "2025-12");
  // a present schedule without "than" still looks ahead
  EXPECT_EQ(iso(only("Tickets go on sale in December.", "December", saturday).date), "2026-12");
}

TEST(ExtractHeldOut35, ATrainNamedByItsDepartureIsATime) {
  constexpr Date friday{2026, 10, 23};
  EXPECT_EQ(spans_of(extract("The 12.57 from Manchester Victoria will run non-stop.", friday)), "");
  EXPECT_EQ(spans_of(extract("The 07.14 from Burley-in-Wharfedale will be withdrawn.", friday)), "");
  EXPECT_EQ(spans_of(extract("The first train leaves at 08.05.", friday)), "first");
  // a price moving from one level to another, a weekday after "from", a figure without
  // "the", or a nought-led figure with a unit stay figures
  EXPECT_EQ(spans_of(extract("Shares rose to 12.57 from 11.20.", friday)), "12.57|11.20");
  EXPECT_EQ(spans_of(extract("The ratio rose to the 1.50 from Monday.", friday)), "1.50|Monday");
  EXPECT_EQ(spans_of(extract("It paid 12.57 to Leeds United.", friday)), "12.57");
  EXPECT_EQ(spans_of(extract("It ran at 08.05 km.", friday)), "08.05 km");
}

TEST(ExtractHeldOut35, ATwentiethAndAHundredthAreSharesAsATenthIs) {
  EXPECT_DOUBLE_EQ(*only("Buyers can put down as little as one-twentieth of the price.", "one-twentieth").value, 5);
  EXPECT_EQ(only("Buyers can put down as little as one-twentieth of the price.", "one-twentieth").kind,
            MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*only("The party won a hundredth of the vote.", "a hundredth").value, 1);
  EXPECT_NEAR(*only("A twelfth of voters stayed home.", "A twelfth").value, 8.33, 0.005);
  // places in an order stay ordinals, and a fraction of a second is no share
  EXPECT_EQ(only("It is the twentieth time.", "twentieth").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The twelfth man came on.", "twelfth").kind, MentionKind::kOrdinal);
  for (const Mention& mention : extract("He won by a hundredth of a second.")) {
    EXPECT_NE(mention.kind, MentionKind::kPercent) << mention.text;
  }
}

TEST(ExtractHeldOut35, FirstHomeBuyersAreAKindOfBuyer) {
  EXPECT_EQ(spans_of(extract("First-home buyers made up 27 per cent of loans.")), "27 per cent");
  EXPECT_EQ(spans_of(extract("Second-home owners pay a surcharge.")), "");
  // a first home bought, or won, is still first
  EXPECT_EQ(spans_of(extract("It was their first home win.")), "first");
  EXPECT_EQ(spans_of(extract("They bought their first home in 2020.")), "first|2020");
}

TEST(ExtractHeldOut35, AWeekdayOfManyWeeksEventsIsNoDate) {
  EXPECT_EQ(spans_of(extract("Agents see three bidders at most Saturday auctions.")), "three");
  EXPECT_EQ(spans_of(extract("All Sunday services were cut.")), "");
  // a day after "all" with no plural noun, or a day's own events, stay dates
  EXPECT_EQ(spans_of(extract("They worked all Sunday.")), "Sunday");
  EXPECT_EQ(spans_of(extract("Saturday auctions cleared 74 per cent.")), "Saturday|74 per cent");
}

TEST(ExtractHeldOut35, StoneAndKilocaloriesAreUnits) {
  const Mention weight = only("My father weighed six and a half stone.", "six and a half stone");
  EXPECT_EQ(weight.kind, MentionKind::kQuantity);
  EXPECT_EQ(weight.unit, "st");
  EXPECT_DOUBLE_EQ(*weight.value, 6.5);
  const Mention ration = only("A full ration gives roughly 2,100 kilocalories.", "roughly 2,100 kilocalories");
  EXPECT_EQ(ration.unit, "kcal");
  EXPECT_EQ(only("It gives 2,100 kcal a day.", "2,100 kcal a day").unit, "kcal/day");
  // stones thrown are counted
  EXPECT_EQ(spans_of(extract("They threw 12 stones.")), "12");
  EXPECT_EQ(only("They threw 12 stones.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut35, ALevelADurationOrARateMovedFromOrIsCountedInIsInItsUnit) {
  const Mention apart = only("Trains will run three minutes apart, down from five.", "five");
  EXPECT_EQ(apart.kind, MentionKind::kDuration);
  EXPECT_EQ(apart.unit, "minutes");
  const Mention every = only("Buses run every 15 minutes, up from every 20.", "20");
  EXPECT_EQ(every.kind, MentionKind::kDuration);
  EXPECT_EQ(every.unit, "minutes");
  const Mention instead = only("There will be six fast trains an hour instead of four.", "four");
  EXPECT_EQ(instead.kind, MentionKind::kQuantity);
  EXPECT_EQ(instead.unit, "trains/hour");
  const Mention span = only("A season ticket, valid for eight days of travel in 28, goes on sale.", "28");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_EQ(span.unit, "days");
  EXPECT_EQ(only("He worked 10 hours in 24.", "24").unit, "hours");
  // a noun after the level is what it counts; a level with its own date or sign keeps its kind
  EXPECT_EQ(only("It lasted three days in 10 cities.", "10").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It lasted three hours, down from five teams.", "five").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Waits of 18 weeks, up from 12%.", "12%").kind, MentionKind::kPercent);
  EXPECT_EQ(only("Fares rose 4% instead of 6.", "6").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut35, ANeedOfMeansToDoAThingDatesTheThingAhead) {
  constexpr Date issued{2026, 7, 8};
  EXPECT_EQ(iso(only("WFP needs US$ 96.4 million to sustain operations until the end of December.", "December",
                     issued)
                    .date),
            "2026-12");
  EXPECT_EQ(iso(only("It needs to be paid by 1 March.", "1 March", issued).date), "2027-03-01");
  // a need gone by, a need with no "to", or the noun "needs" stay back
  EXPECT_EQ(iso(only("The agency needed $5m to run until December.", "December", issued).date), "2025-12");
  EXPECT_EQ(iso(only("Gaza needs 500 trucks a day in March.", "March", issued).date), "2026-03");
  EXPECT_EQ(iso(only("The needs of families in December were great.", "December", issued).date), "2025-12");
}

TEST(ExtractHeldOut35, HalfAPointAfterAPercentageIsAPercentagePoint) {
  const Mention edge = only(
      "Debt is set to peak at 96.2% of GDP, the OBR says, before edging down by less than half a point.",
      "less than half a point");
  EXPECT_EQ(edge.kind, MentionKind::kPercent);
  EXPECT_EQ(edge.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*edge.value, 0.5);
  EXPECT_EQ(only("Labour is on 38%, half a point ahead.", "half a point").unit, "percentage_points");
  // with no percentage before it in its sentence it may be a game's, and stays out
  EXPECT_EQ(spans_of(extract("Carlsen leads by half a point.")), "");
  EXPECT_EQ(spans_of(extract("Turnout was 61%. Carlsen leads by half a point.")), "61%");
}

}  // namespace
}  // namespace figcheck
