// Held-out rounds 93 to 98 (articles 663-698): a zloty wire, a sentencing report, an
// OPEC+ story, an NBA recap, a box-office report, a UN briefing on Gaza, a CPI release, a
// Diamond League meeting, a winter storm warning, a gold miner's quarter, a poll, a Gaza
// timeline, smartphone shipments, NHS waiting lists, a launch, a swimming championship, a
// minimum wage explainer, a Gaza digest, a port wire, exam results, a climate summit, a
// concert review, road deaths, a Gaza op-ed, a won wire, fishing quotas, a monsoon
// bulletin, an esports final, rail fares, a written answer on Gaza, airline results, a
// census, a recipe, a ski race, crime statistics and picture captions; forms the extractor
// missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 27};

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut93, OverASpanDatedStraightAfterIsNoBound) {
  const Mention days = only("Students can view scripts, with sessions over two days in early September.", "two days");
  EXPECT_EQ(days.qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("Strikes forced it to cancel nearly 1,100 flights over two weekends in September.")),
            "nearly 1,100|two|September");
  // a span with no date after it is still bounded
  EXPECT_EQ(spans_of(extract("Patients waited over six months for surgery.")), "over six months");
}

TEST(ExtractHeldOut93, ARaceDistanceInATextOfRacesIsMetres) {
  const Mention free = only("Larch claims 50m free title as Okonkwo-Reid wins the 100m backstroke.", "50m");
  EXPECT_EQ(free.kind, MentionKind::kQuantity);
  EXPECT_EQ(free.unit, "m");
  EXPECT_DOUBLE_EQ(*free.value, 50);
  EXPECT_EQ(only("At the 150m mark of the freestyle she led.", "150m").unit, "m");
  EXPECT_EQ(only("He leads the 100m standings before the 110m hurdles.", "100m").unit, "m");
  // millions stay millions, with their noun, currency or "of"
  EXPECT_DOUBLE_EQ(*only("The relay team drew 50m people to the sport.", "50m").value, 50e6);
  EXPECT_EQ(only("The relay team got 100m euros.", "100m euros").kind, MentionKind::kMoney);
  // and outside a text of races
  EXPECT_DOUBLE_EQ(*only("The fastest 100m in the world.", "100m").value, 100e6);
}

TEST(ExtractHeldOut93, ARacesTimeWithoutItsUnitIsNoFigure) {
  EXPECT_EQ(spans_of(extract("Larch won the 50m freestyle in 24.38, ahead of Pugh in 24.39; both beat the "
                             "qualifying time of 24.60.")),
            "50m");
  EXPECT_EQ(spans_of(extract("Okafor stuns field with 9.84 in the hurdles.")), "");
  // with its unit it is a duration; outside a text of races a number
  EXPECT_EQ(only("Larch swam the freestyle in 24.38 seconds.", "24.38 seconds").kind, MentionKind::kDuration);
  EXPECT_EQ(spans_of(extract("The index closed in 24.38 territory.")), "24.38");
}

TEST(ExtractHeldOut93, PlacesInAResultsEntryEndingInATime) {
  EXPECT_EQ(spans_of(extract("Freestyle results\nWomen's 50m free: 1 E Larch (Leeds) 24.38; 2 N Pugh (Cardiff) "
                             "24.39; 3 R Doyle (Edinburgh) 24.71")),
            "50m|1|2|3");
  EXPECT_EQ(only("Freestyle\nWomen's 50m free: 1 E Larch (Leeds) 24.38", "1").kind, MentionKind::kOrdinal);
  const Mention first = only("Results, men's 1500m\n1. Jonas Vik (NOR) 3:28.45\n", "1");
  EXPECT_EQ(first.kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Race 7 of the programme was the hurdles.", "7").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut93, ABasketballShotByWhatItScoresIsNoFigure) {
  EXPECT_EQ(spans_of(extract("Jones scored 31, including 5 of 8 from 3-point range, and two 3-pointers.")),
            "31|5|8|two");
  EXPECT_EQ(spans_of(extract("They led by a 4-point margin.")), "4");
}

TEST(ExtractHeldOut93, UnitsOfMinesRacesAndMarkets) {
  const Mention ore = only("The mill processed 1.12Mt of ore.", "1.12Mt");
  EXPECT_EQ(ore.unit, "t");
  EXPECT_DOUBLE_EQ(*ore.value, 1.12e6);
  EXPECT_DOUBLE_EQ(*only("Ore mined rose to 412kt in the quarter.", "412kt").value, 412e3);
  EXPECT_EQ(only("The head grade was 1.86 g/t.", "1.86 g/t").unit, "g/t");
  EXPECT_EQ(only("It ran into a legal +1.2 m/s wind.", "+1.2 m/s").unit, "m/s");
  const Mention zloty = only("Shares in PKO BP gained to 68.90 zł.", "68.90 zł");
  EXPECT_EQ(zloty.kind, MentionKind::kMoney);
  EXPECT_EQ(zloty.unit, "PLN");
  // a relief agency's capitals stay tonnes
  EXPECT_DOUBLE_EQ(*only("42 trucks carried 1,100 MT of food.", "1,100 MT").value, 1100);
}

TEST(ExtractHeldOut93, ChartsTopPlaceNamedByItsWeekOrItsRecord) {
  EXPECT_EQ(only("Last weekend's No. 1, the animated sequel, slipped.", "No. 1").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Three years and two No 1 albums later, they returned.", "No 1").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("Take the No 9 bus.")), "");
}

TEST(ExtractHeldOut93, ASecondBoundedIsASpanAndACountOfThingsInASpan) {
  const Mention second = only("She took almost a second off the mark.", "almost a second");
  EXPECT_EQ(second.kind, MentionKind::kDuration);
  EXPECT_EQ(second.qualifier, Qualifier::kAlmost);
  EXPECT_EQ(only("She re-ran and got nearly a second chance.", "second").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("A third storm in a fortnight hit the coast.")), "third|a fortnight");
  EXPECT_EQ(spans_of(extract("It was the worst storm in a year.")), "");
}

TEST(ExtractHeldOut93, AnEmergencyNumbersCallsAsAShare) {
  EXPECT_EQ(spans_of(extract("The force answered 94% of 999 calls within 10 seconds.")), "94%|10 seconds");
  EXPECT_EQ(spans_of(extract("The force took 999 calls on Saturday.")), "999|Saturday");
}

TEST(ExtractHeldOut93, TemperaturesBelowZeroQualifiedOrRanged) {
  const Mention around = only("Highs of 10F. Lows will fall to around 5 below zero.", "around 5 below zero");
  EXPECT_DOUBLE_EQ(*around.value, -5);
  EXPECT_EQ(around.unit, "F");
  EXPECT_EQ(around.qualifier, Qualifier::kAround);
  const Mention range = only("Highs of 10F. Wind chills of 30 to 35 below zero.", "30 to 35 below zero");
  EXPECT_DOUBLE_EQ(*range.low, -35);
  EXPECT_DOUBLE_EQ(*range.high, -30);
  // "fell below zero" alone stays a bound at zero
  EXPECT_EQ(spans_of(extract("Temperatures fell below zero.")), "below zero");
}

TEST(ExtractHeldOut93, AShareOfOneMeasureWithoutItsOf) {
  const Mention mile = only("Visibility may fall below a quarter mile at times.", "below a quarter mile");
  EXPECT_DOUBLE_EQ(*mile.value, 0.25);
  EXPECT_EQ(mile.unit, "mi");
  EXPECT_EQ(mile.qualifier, Qualifier::kLessThan);
  EXPECT_DOUBLE_EQ(*only("a quarter million people", "a quarter million").value, 250000);
}

TEST(ExtractHeldOut93, ARunOfQuartersIsASpan) {
  const Mention run = only("Chip prices have climbed for three consecutive quarters.", "three consecutive quarters");
  EXPECT_EQ(run.kind, MentionKind::kDuration);
  EXPECT_EQ(run.unit, "quarters");
  EXPECT_EQ(only("Output rose in two quarters of the year.", "two quarters").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut93, RoadDeathsAgainstTheDistanceDriven) {
  EXPECT_EQ(only("There were 3.9 deaths per billion vehicle-kilometres.", "3.9 deaths per billion vehicle-kilometres")
                .unit,
            "per_billion_vehicle_km");
  EXPECT_EQ(only("There were 4.8 deaths per billion vehicle miles.", "4.8 deaths per billion vehicle miles").unit,
            "per_billion_vehicle_miles");
  const Mention driven = only("Traffic rose to 52.6 billion vehicle-kilometres.", "52.6 billion vehicle-kilometres");
  EXPECT_EQ(driven.unit, "vehicle_km");
  EXPECT_DOUBLE_EQ(*driven.value, 52.6e9);
}

TEST(ExtractHeldOut93, PlansWithACountedObjectLookAhead) {
  EXPECT_EQ(only("The ministry sold bonds on Tuesday and plans two more tenders in December.", "December").date,
            (Date{2026, 12, 0}));
}

TEST(ExtractHeldOut93, ARateUnderItsPairsLabelOrQuotedInACurrencysStory) {
  const Mention forint = only("EUR/HUF: 390.85 (+0.63%)", "390.85");
  EXPECT_EQ(forint.kind, MentionKind::kMoney);
  EXPECT_EQ(forint.unit, "HUF");
  EXPECT_EQ(only("* Dollar/yen: 157.42", "157.42").unit, "JPY");
  EXPECT_EQ(only("KRW/USD: 1,469.5", "1,469.5").unit, "KRW");
  EXPECT_EQ(only("EUR/USD: 1.0842", "1.0842").unit, "USD");
  const std::vector<Mention> zloty = extract(
      "The euro traded at 4.2315 zlotys by 1030 GMT, down from 4.2480 late on Wednesday, while the dollar slipped "
      "to 3.6440.");
  ASSERT_EQ(spans_of(zloty), "4.2315 zlotys|4.2480|Wednesday|3.6440");
  EXPECT_EQ(zloty[1].unit, "PLN");
  EXPECT_EQ(zloty[3].unit, "PLN");
  EXPECT_EQ(only("The rupiah weakened after touching 16,050 in early trade.", "16,050").unit, "IDR");
  EXPECT_EQ(only("- Rupiah: 16,085 per USD, +0.4%", "16,085").unit, "IDR");
  const Mention band = only("The baht closed at 35.42 per dollar. She expects the currency to trade between 35.20 "
                            "and 35.80 next week.",
                            "between 35.20 and 35.80");
  EXPECT_EQ(band.unit, "THB");
  // the euro and sterling are quoted in dollars; a ratio, a count and an index are no rates
  EXPECT_EQ(only("The euro traded at 1.0850 late on Friday.", "1.0850").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The rupiah firmed as the bid-to-cover ratio rose to 2.56.", "2.56").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Swiss francs helped around 75,000 people.", "around 75,000").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The zloty firmed as the WIG20 index rose to 2,604.32 points.", "2,604.32").kind,
            MentionKind::kNumber);
}

TEST(ExtractHeldOut93, ACrownIsTheCurrencyOfTheCountryTheTextNames) {
  const Mention fund = only("Norway's fund grew by 612 billion crowns in the quarter.", "612 billion crowns");
  EXPECT_EQ(fund.kind, MentionKind::kMoney);
  EXPECT_EQ(fund.unit, "NOK");
  EXPECT_EQ(only("Sweden's budget adds 40 billion crowns.", "40 billion crowns").unit, "SEK");
  EXPECT_EQ(spans_of(extract("The king wore three crowns.")), "three");
  EXPECT_DOUBLE_EQ(*only("The auction drew 71.6 trln rupiah in bids.", "71.6 trln rupiah").value, 71.6e12);
}

TEST(ExtractHeldOut93, NamesOfActsScoresAndSymbolsThatAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Regulation (EU) 2026/2814 will apply from 1 January.")), "1 January");
  EXPECT_EQ(spans_of(extract("We were down 0-1 and nobody panicked. They led 2-1.")), "");
  // a range that measures stays, and so does a futures tick
  EXPECT_EQ(spans_of(extract("Shares were down 1-2% on the day.")), "1-2%");
  EXPECT_EQ(spans_of(extract("Soybeans settled up 9-3/4 cents.")), "9-3/4 cents");
  EXPECT_EQ(only("Quotas: cod rose 9% to 3,870 t. Haddock fell to 900 tonnes.", "3,870 t").unit, "t");
  EXPECT_EQ(spans_of(extract("These are the hardest numbers we have had to sign in a decade.")), "a decade");
}

TEST(ExtractHeldOut93, AClockTimeBeforeItsZoneAndAnInstrumentsTerm) {
  EXPECT_EQ(spans_of(extract("KEY FIGURES (Friday, 1500 CET)")), "Friday");
  EXPECT_EQ(spans_of(extract("MARKETS AT 1600 WIB")), "");
  EXPECT_EQ(spans_of(extract("It had 1500 EU staff.")), "1500");
  EXPECT_EQ(spans_of(extract("The agency sold HUF 45 billion of three-month bills.")), "HUF 45 billion");
  EXPECT_EQ(spans_of(extract("Demand for the 20-year FR0107 was high.")), "");
  EXPECT_EQ(spans_of(extract("* JGB 10-year: 1.865% (+2.5 bp)")), "1.865%|+2.5 bp");
  EXPECT_EQ(spans_of(extract("He signed a three-year deal.")), "three-year");
}

TEST(ExtractHeldOut93, AFigureAfterAWordsSlashAndATieBreak) {
  EXPECT_EQ(spans_of(extract("It has an eight-year/100,000-mile warranty.")), "eight-year|100,000-mile");
  EXPECT_EQ(spans_of(extract("See example.org/2026-appeal now.")), "");
  EXPECT_EQ(spans_of(extract("She won 7-6 (7/4) 6-3.")), "");
}

TEST(ExtractHeldOut93, MillisecondsHectaresSpacedAndTemperaturesReached) {
  const Mention latency = only("Median latency was 41 ms on 4G.", "41 ms");
  EXPECT_EQ(latency.kind, MentionKind::kDuration);
  EXPECT_EQ(latency.unit, "milliseconds");
  EXPECT_EQ(only("Latency fell to 12ms on fibre.", "12ms").unit, "milliseconds");
  EXPECT_EQ(spans_of(extract("The 41 Ms were there.")), "41");
  EXPECT_EQ(only("Burned: about 612,000 ha\nEarlier fires burned 300 hectares.", "about 612,000 ha").unit, "ha");
  EXPECT_EQ(only("Temperatures are forecast to reach 33 C on Saturday.", "33 C").unit, "C");
  EXPECT_EQ(spans_of(extract("They were in Group C with 33 C points.")), "33");
}

TEST(ExtractHeldOut93, CentavosAndADaysCloseInARatesStory) {
  const Mention centavos = only("The peso closed at P58.42, 15 centavos weaker.", "15 centavos");
  EXPECT_DOUBLE_EQ(*centavos.value, 0.15);
  EXPECT_EQ(centavos.unit, "PHP");
  const std::vector<Mention> ringgit =
      extract("The ringgit ended at 4.1825 per dollar, from Thursday's 4.1960 (prev 4.1960).");
  ASSERT_EQ(spans_of(ringgit), "4.1825|Thursday|4.1960|4.1960");
  EXPECT_EQ(ringgit[2].unit, "MYR");
  EXPECT_EQ(ringgit[3].unit, "MYR");
  EXPECT_EQ(only("Dollar/real: 5.3185", "5.3185").unit, "BRL");
}

TEST(ExtractHeldOut93, MilesAndFurlongsInATextOfHorseRaces) {
  const std::vector<Mention> card = extract(
      "Brass Monkey took the 2m juvenile hurdle, and the 2m 4f novices' hurdle went to Fenwick.\n"
      "Handicap Hurdle (3m 1f): Paddy's Dream, with £2m in prize money.");
  EXPECT_EQ(spans_of(card), "2m|2m|4f|3m|1f|£2m");
  EXPECT_EQ(card[0].unit, "mi");
  EXPECT_EQ(card[2].unit, "furlongs");
  EXPECT_EQ(card[5].unit, "GBP");
  const Mention miles = only("Kilmore won the Handicap Chase over three miles yesterday.", "three miles");
  EXPECT_EQ(miles.qualifier, Qualifier::kNone);
  // away from horse races a small glued "m" stays millions
  EXPECT_DOUBLE_EQ(*only("The club raised 2m for the new stand.", "2m").value, 2e6);
}

TEST(ExtractHeldOut93, AChartsHeadAndARankOpeningItsSentence) {
  EXPECT_EQ(spans_of(extract("The show reached the Top 10 in 74 countries.")), "10|74");
  EXPECT_EQ(only("One in five adults smoke.", "One in five").kind, MentionKind::kPercent);
  EXPECT_EQ(only("No. 2 starter Mateo Ruiz will open.", "No. 2").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("He said so. No 10 Downing Street replied.")), "");
}

TEST(ExtractHeldOut93, AShareSaidAsTheChangeItMakes) {
  EXPECT_DOUBLE_EQ(*only("Prices are roughly a fifth cheaper than last year.", "roughly a fifth").value, 20);
  EXPECT_EQ(only("The new model is a quarter bigger.", "a quarter").kind, MentionKind::kPercent);
  EXPECT_EQ(only("A third storm hit the coast.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut93, IndexPointsRestatedAsAShareAndAWarningsPolygon) {
  EXPECT_EQ(only("Bonds yielded 9.5%, and the index rose 14.2 points, or 0.6%, to 2,431.7.", "14.2").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("Labour took 41%, up 4 points on 2021.", "4 points").unit, "percentage_points");
  EXPECT_EQ(spans_of(extract("Rain of 2 to 3 inches.\nLAT...LON 3248 9712 3247 9640\nIt fell 1200 feet.")),
            "2 to 3 inches|1200 feet");
  EXPECT_EQ(only("Saudi riyal steady at 3.7505 as Tadawul dips", "3.7505").unit, "SAR");
  EXPECT_EQ(only("EUR/CHF rose 0.4% to 0.9385 by 1015 GMT.", "0.9385").unit, "CHF");
}

TEST(ExtractHeldOut93, AWinningMarginInAShareOfALength) {
  const Mention margin = only("Tideway won by three-quarters of a length.", "three-quarters of a length");
  EXPECT_EQ(margin.unit, "lengths");
  EXPECT_DOUBLE_EQ(*margin.value, 0.75);
  EXPECT_EQ(only("Cut a quarter of a length of pipe.", "a quarter").kind, MentionKind::kPercent);
  EXPECT_EQ(only("At the regatta, Kestrel led at 500m.", "500m").unit, "m");
}

TEST(ExtractHeldOut93, CentsBeforeAPriceInACodeAndAChangeAfterAShare) {
  EXPECT_EQ(only("The telco's shares gained 35 cents to KES 27.40.", "35 cents").unit, "KES");
  const std::vector<Mention> ward = extract("Nadia Fairclough (Green) 1,284 (38.6%, +21.3)\nTom Hale (Con) 1,049 (31.5%, -14.9)");
  ASSERT_EQ(spans_of(ward), "1,284|38.6%|+21.3|1,049|31.5%|-14.9");
  EXPECT_EQ(ward[2].unit, "percentage_points");
  EXPECT_EQ(ward[5].unit, "percentage_points");
}

TEST(ExtractHeldOut93, AShareAChangeIsBy) {
  EXPECT_DOUBLE_EQ(*only("New lending rose by nearly a fifth year on year.", "nearly a fifth").value, 20);
  EXPECT_EQ(only("Sales fell by a third in October.", "a third").kind, MentionKind::kPercent);
  EXPECT_EQ(only("They were led by a third party.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut93, ThreePointersInWordsAndAnEnginesCapacity) {
  EXPECT_EQ(spans_of(extract("He hit five three-pointers and shot 4 of 9 from three-point range.")), "five|4|9");
  EXPECT_EQ(only("He bought the 689cc machine.", "689cc").unit, "cc");
}

TEST(ExtractHeldOut93, ARacesMinutesAndSecondsInTheirMarks) {
  EXPECT_EQ(spans_of(extract("The peloton rode on; Roche leads by 1' 12\" on general classification.\n"
                             "Roche 4h 38' 51\", Kahn +18\"")),
            "");
  // a height in feet and inches stays a height
  EXPECT_EQ(spans_of(extract("He is 6'2\" tall.")), "6'|2\"");
}

TEST(ExtractHeldOut93, ABowlersFiguresAfterHisNameAndAMarkOutOfAHundred) {
  EXPECT_EQ(spans_of(extract("Titans pacer Nikhil Yadav (3/28) was the pick, taking three wickets.")), "three");
  EXPECT_EQ(only("The fair runs (3/28) in Leeds.", "3/28").kind, MentionKind::kDate);
  EXPECT_DOUBLE_EQ(*only("Harrowgate scored 94.7 out of 100.", "94.7 out of 100").value, 94.7);
  EXPECT_EQ(spans_of(extract("He got 7.5 out of 9 points.")), "7.5|9");
}

TEST(ExtractHeldOut93, TheModalMayLooksEitherSideAndRatesPerUSDollar) {
  constexpr test::ExtractOn monday{Date{2026, 11, 23}};
  const std::vector<Mention> ahead = monday("Visibility may fall below 500 metres on Wednesday.");
  ASSERT_EQ(spans_of(ahead), "below 500 metres|Wednesday");
  EXPECT_EQ(ahead[1].date, (Date{2026, 11, 25}));
  const std::vector<Mention> gone = monday("It may have peaked on Wednesday.");
  ASSERT_EQ(spans_of(gone), "Wednesday");
  EXPECT_EQ(gone[0].date, (Date{2026, 11, 18}));
  EXPECT_EQ(only("The Hong Kong dollar traded at 7.7985 per U.S. dollar.", "7.7985").unit, "HKD");
  EXPECT_EQ(only("The Singapore dollar was quoted at 1.2874 per US dollar.", "1.2874").unit, "SGD");
}

}  // namespace
}  // namespace figcheck
