// Held-out round 33 (articles 264-269): a Japanese earthquake and tsunami wire, a music
// charts story, a US city's crime statistics, an African crops and commodities wire, a New
// York co-op feature and a census explainer with a table; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 10, 14};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut33, OrGreaterIsALowerBound) {
  const Mention quakes = only("It recorded 186 aftershocks of magnitude 3 or greater.", "magnitude 3 or greater");
  EXPECT_EQ(quakes.kind, MentionKind::kQuantity);
  EXPECT_DOUBLE_EQ(*quakes.value, 3);
  EXPECT_EQ(quakes.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Pupils scoring 7 or greater passed.", "7 or greater").qualifier, Qualifier::kAtLeast);
  // "Greater" in capitals begins a place's name
  EXPECT_EQ(spans_of(extract("Flights to 3 or Greater Manchester airports.")), "3");
}

TEST(ExtractHeldOut33, AChartPlaceAfterPlacesMovedTheChartOrAVerbOfHolding) {
  const Mention climbed = only("The single climbed 11 places to No 2 this week.", "No 2");
  EXPECT_EQ(climbed.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*climbed.value, 2);
  EXPECT_EQ(spans_of(extract("It fell four spots to No 7 after 21 weeks.")), "four|No 7|21 weeks");
  EXPECT_EQ(spans_of(extract("The album entered the albums chart at No 1 with 61,400 units.")), "No 1|61,400");
  EXPECT_EQ(spans_of(extract("Vance holds No 1 for a ninth week.")), "No 1|ninth");
  EXPECT_EQ(spans_of(extract("The film stayed at No 1 at the box office.")), "No 1");
  EXPECT_EQ(spans_of(extract("It spent nine straight weeks at No. 1.")), "nine straight weeks|No. 1");
  // Downing Street's numbers after a verb of holding, or weeks spent there, stay names
  EXPECT_EQ(spans_of(extract("Her first weeks at No 10 were hard.")), "first");
  EXPECT_EQ(spans_of(extract("The chancellor holds No 11 talks today.")), "today");
  EXPECT_EQ(spans_of(extract("He remained at No 10 until June.")), "June");
}

TEST(ExtractHeldOut33, AChangeByAnApproximateFigureIsNoRange) {
  EXPECT_EQ(spans_of(extract("The area fell by roughly 150,000 hectares to 2.1 million hectares.")),
            "roughly 150,000 hectares|2.1 million hectares");
  EXPECT_EQ(spans_of(extract("Output rose by about 80,000 tonnes to 930,000 tonnes.")),
            "about 80,000 tonnes|930,000 tonnes");
  // a range without "by" before it stays a range
  const Mention range = only("Harvests of about 5 tonnes to 7 tonnes were seen.", "about 5 tonnes to 7 tonnes");
  EXPECT_DOUBLE_EQ(*range.low, 5);
  EXPECT_DOUBLE_EQ(*range.high, 7);
}

TEST(ExtractHeldOut33, MoneyWithItsCurrencyWordAfterBothEndsIsARange) {
  const Mention losses = only("Insured losses of 180 billion yen to 260 billion yen.", "180 billion yen to 260 billion yen");
  EXPECT_EQ(losses.kind, MentionKind::kMoney);
  EXPECT_EQ(losses.unit, "JPY");
  EXPECT_DOUBLE_EQ(*losses.low, 180e9);
  EXPECT_DOUBLE_EQ(*losses.high, 260e9);
  EXPECT_EQ(only("Bags sell for 4,000 shillings to 4,600 shillings.", "4,000 shillings to 4,600 shillings").unit, "KES");
  // a change and the level it reaches, or two ways of writing the money, are two figures
  EXPECT_EQ(spans_of(extract("The fare rose 20 yen to 230 yen.")), "20 yen|230 yen");
  EXPECT_EQ(spans_of(extract("Shares added 12 cents to $4.50.")), "12 cents|$4.50");
}

TEST(ExtractHeldOut33, PricesOnOfferFromOneToAnotherAreARange) {
  const Mention tickets = only("Tickets are priced from £45 to £125.", "from £45 to £125");
  EXPECT_EQ(tickets.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*tickets.low, 45);
  EXPECT_DOUBLE_EQ(*tickets.high, 125);
  EXPECT_EQ(only("Rooms costing from $90 to $240 a night.", "from $90 to $240").unit, "USD");
  EXPECT_EQ(only("Seven dates follow, with tickets from $59.50 to $189.", "from $59.50 to $189").unit, "USD");
  EXPECT_DOUBLE_EQ(*only("A loan with rates from 5% to 7%.", "from 5% to 7%").low, 5);
  // a change of price keeps its two figures
  EXPECT_EQ(spans_of(extract("The club raised prices from £45 to £50.")), "£45|£50");
  EXPECT_EQ(spans_of(extract("It ended the year with prices rising from £45 to £50.")), "£45|£50");
}

TEST(ExtractHeldOut33, AnExchangeRateToTheDollarIsMoneyInTheCurrencyQuoted) {
  const Mention cedi = only("With the cedi trading at 10.9 to the dollar, prices rose.", "10.9");
  EXPECT_EQ(cedi.kind, MentionKind::kMoney);
  EXPECT_EQ(cedi.unit, "GHS");
  EXPECT_DOUBLE_EQ(*cedi.value, 10.9);
  EXPECT_EQ(only("The Kenyan shilling was quoted at 129.25 per dollar.", "129.25").unit, "KES");
  // no currency named before it: a plain number
  EXPECT_EQ(only("Bets were laid at 10 to the dollar.", "10").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut33, AnAgeRisenToIsACount) {
  const Mention median = only("The median age rose from 22.0 to 25.3 years.", "25.3 years");
  EXPECT_EQ(median.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*median.value, 25.3);
  EXPECT_EQ(only("The average age of cars rose to 12.6 years.", "12.6 years").kind, MentionKind::kNumber);
  // no age named before "to": a duration
  EXPECT_EQ(only("The sentence rose from 8 to 12 years.", "12 years").kind, MentionKind::kDuration);
  EXPECT_EQ(only("The loan term was cut to 25 years.", "25 years").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut33, ATablesUnitSetOffAfterACommaCountsNothing) {
  EXPECT_EQ(spans_of(extract("Population by province, in millions, with the change:")), "");
  EXPECT_EQ(spans_of(extract("Revenue (in thousands) rose.")), "");
  // a crowd counted in thousands stays a vague count
  EXPECT_EQ(spans_of(extract("Crowds gathered in thousands, police said.")), "thousands");
}

TEST(ExtractHeldOut33, ABookmakersOddsAreNoDate) {
  EXPECT_EQ(spans_of(extract("Bookmakers make Vance the 5/2 favourite for Friday.")), "Friday");
  EXPECT_EQ(spans_of(extract("The horse was a 10/1 shot.")), "");
  EXPECT_EQ(spans_of(extract("They offered odds of 7/2 on a draw.")), "");
  // a slashed date before another word stays a date
  EXPECT_EQ(only("The vote on 5/2 was close.", "5/2").kind, MentionKind::kDate);
}

TEST(ExtractHeldOut33, AMagnitudeNamedBeforeAPreposition) {
  const Mention first = only("The agency first put the magnitude at 6.8 on Tuesday.", "6.8");
  EXPECT_EQ(first.kind, MentionKind::kQuantity);
  EXPECT_EQ(first.unit, "magnitude");
  EXPECT_EQ(only("The quake had a magnitude of 7.1.", "7.1").unit, "magnitude");
  EXPECT_EQ(only("It revised the magnitude to 7.4.", "7.4").unit, "magnitude");
  // a count after "the magnitude of" is no magnitude
  EXPECT_EQ(only("The magnitude of 300 deaths shocked them.", "300").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut33, AChartPlaceWithTheChartNamedAfterIt) {
  const Mention top = only("Paper Harbour is No 1 on the Official Singles Chart again.", "No 1");
  EXPECT_EQ(top.kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("It is No 3 in the UK charts.")), "No 3");
  // no chart named after it: a name's number
  EXPECT_EQ(spans_of(extract("He lives at No 3 in the old town.")), "");
}

TEST(ExtractHeldOut33, AnArrivalInThePresentIsAhead) {
  EXPECT_EQ(iso(only("Aid is needed until the harvest arrives in July.", "July").date), "2027-07");
  EXPECT_EQ(iso(only("Prices ease when the rains arrive in March.", "March").date), "2027-03");
  // in the past tense it is behind
  EXPECT_EQ(iso(only("The shipment arrived in July.", "July").date), "2026-07");
}

TEST(ExtractHeldOut33, TheCediWrittenAsGhanaWritesIt) {
  const Mention bag = only("Farmers are paid GH₵3,712 for a 64kg bag.", "GH₵3,712");
  EXPECT_EQ(bag.kind, MentionKind::kMoney);
  EXPECT_EQ(bag.unit, "GHS");
  EXPECT_DOUBLE_EQ(*bag.value, 3712);
  EXPECT_EQ(only("The price is GH¢58,000 a tonne.", "GH¢58,000").unit, "GHS");
  EXPECT_EQ(only("It was raised to GH¢ 58,000 per tonne.", "GH¢ 58,000").unit, "GHS");
  EXPECT_EQ(only("It costs ₵12.50 now.", "₵12.50").unit, "GHS");
  // the letters spaced from a number, or a cent sign alone, are no cedis ("GH 5" reads
  // as "HK 5" does)
  EXPECT_EQ(only("The GH 5 road is shut.", "5").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The HK 5 road is shut.", "5").kind, MentionKind::kNumber);
  EXPECT_EQ(only("A stamp cost 50¢ then.", "50¢").unit, "USD");
}

TEST(ExtractHeldOut33, AnAreaHyphenedOnWhole) {
  const Mention loft = only("A 1,200-square-foot loft sold for $1.2 million.", "1,200-square-foot");
  EXPECT_EQ(loft.kind, MentionKind::kQuantity);
  EXPECT_EQ(loft.unit, "ft2");
  EXPECT_DOUBLE_EQ(*loft.value, 1200);
  EXPECT_EQ(only("A 40-square-metre flat.", "40-square-metre").unit, "m2");
  // spaced as before
  EXPECT_EQ(only("The flat is 1,200 sq ft.", "1,200 sq ft").unit, "ft2");
  EXPECT_EQ(only("The garden is 300 square metres.", "300 square metres").unit, "m2");
}

TEST(ExtractHeldOut33, AShareHyphenedOnAsAnAdjective) {
  const Mention rise = only("There were 4,012 car thefts, a 7-percent increase.", "7-percent");
  EXPECT_EQ(rise.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*rise.value, 7);
  EXPECT_EQ(only("A 10-per-cent rise in rents.", "10-per-cent").kind, MentionKind::kPercent);
  // spaced or signed as before
  EXPECT_EQ(spans_of(extract("Up 7 percent, or 7%.")), "7 percent|7%");
}

}  // namespace
}  // namespace figcheck
