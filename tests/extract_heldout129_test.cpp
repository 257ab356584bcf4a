// Held-out rounds 129 to 134 (articles 879-914): a dong and peso wire, emergency waiting
// times, a wildfire update, a marathon, a phone review, a Gaza live blog, a gilt auction,
// police figures, a cyclone bulletin, a county cricket day, a house price index, a Gaza
// situation report, palm oil futures, university admissions, a Japanese earthquake, a Giro
// stage, a city budget, a Gaza explainer, a crypto wrap, a drought, flight disruption, a
// fight night, an obituary, a Gaza fact-check, a Swiss franc wire, power prices, measles,
// ice hockey, Black Friday, a Gaza wire, a shilling wire, an air accident report, a corn
// harvest, an ocean race, population estimates and a Gaza ceasefire's first day; forms the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 26};

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut129, KnotsAndNauticalMilesAsAReportWritesThem) {
  const Mention speed = only("The indicated airspeed fell from 190 kt to 118 kt.", "190 kt");
  EXPECT_EQ(speed.kind, MentionKind::kQuantity);
  EXPECT_EQ(speed.unit, "kn");
  EXPECT_DOUBLE_EQ(*speed.value, 190);
  EXPECT_EQ(only("Wind 240 degrees at 14 kt, gusting to 23 kt.", "23 kt").unit, "kn");
  EXPECT_EQ(only("The aircraft was 9 NM from the threshold.", "9 NM").unit, "nmi");
  const Mention passage = only("The 3,420-nautical-mile passage to the Azores took two weeks.", "3,420-nautical-mile");
  EXPECT_EQ(passage.unit, "nmi");
  EXPECT_DOUBLE_EQ(*passage.value, 3420);
  // a mine's kilotonnes glued on stay tonnes; a capital word after the symbol is a name
  EXPECT_EQ(only("The mine produced 412kt at 3.9g/t.", "412kt").unit, "t");
  EXPECT_EQ(spans_of(extract("He scored 10 NM Bulldogs points.")), "10");
}

TEST(ExtractHeldOut129, MegalitresInCapitalsAndYieldsAfterASlash) {
  const Mention storage = only("The dam held 204,900ML at the same point last year.", "204,900ML");
  EXPECT_EQ(storage.unit, "ML");
  EXPECT_EQ(only("Town supply draws another 1,650ML a month.", "1,650ML a month").unit, "ML/month");
  EXPECT_EQ(only("Give the child 5 mL of the syrup.", "5 mL").unit, "ml");
  EXPECT_EQ(only("His soybeans made 61 bu/acre this year.", "61 bu/acre").unit, "bushels/acre");
  EXPECT_EQ(only("Corn averaged 214 bushels/acre.", "214 bushels/acre").unit, "bushels/acre");
  EXPECT_EQ(only("Wheat yielded 5.2 tonnes/ha on the trial plots.", "5.2 tonnes/ha").unit, "t/ha");
}

TEST(ExtractHeldOut129, ASharePastAVerbOfThePastOrAfterABound) {
  EXPECT_EQ(spans_of(extract("Around 40% launched deals early, and a quarter ran them for the whole month.")),
            "Around 40%|a quarter");
  const Mention third = only("Visa said a third paid cash.", "a third");
  EXPECT_EQ(third.kind, MentionKind::kPercent);
  EXPECT_NEAR(*third.value, 33.33, 0.01);
  const Mention below = only("Lake Carrow falls below a third as dry spring bites.", "below a third");
  EXPECT_EQ(below.kind, MentionKind::kPercent);
  EXPECT_EQ(below.qualifier, Qualifier::kLessThan);
  const Mention headline =
      only("Crime falls but knife offences climb by almost a fifth\nThe figures were published today.",
           "almost a fifth");
  EXPECT_DOUBLE_EQ(*headline.value, 20);
  // a place in an order stays one
  EXPECT_EQ(only("He said a third term was unlikely.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("A third round of talks began.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut129, FrancsInAStoryOfSwitzerland) {
  const Mention rate = only("The SNB held its rate. The euro was at 0.9315 francs at 1030 GMT.", "0.9315 francs");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "CHF");
  EXPECT_EQ(only("The CFA franc zone grew; a bag cost 500 francs.", "500 francs").unit, "XOF");
  // with no country named, francs stay a number
  EXPECT_EQ(only("It cost 5 million francs in Paris.", "5 million").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut129, AYearGroupAndAGenerationAreNoPlaces) {
  EXPECT_EQ(spans_of(extract("Applications for the first-year class rose. First-generation students made up "
                             "a record share, as did final-year students.")),
            "");
  // a product's generation is its place in an order
  EXPECT_EQ(only("This second-generation Aeris fixes that.", "second").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut129, OverASpanAThingWasDoneAcrossIsNoBound) {
  const Mention weeks = only("The deal should see 33 hostages returned over six weeks.", "six weeks");
  EXPECT_EQ(weeks.kind, MentionKind::kDuration);
  EXPECT_EQ(weeks.qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("The challenge will be heard over three days.")), "three days");
  EXPECT_EQ(spans_of(extract("The hearing ran over four days.")), "four days");
  EXPECT_EQ(spans_of(extract("The deal's first stage: over 42 days, hostages for prisoners.")), "first|42 days");
  // a wait, or a count returned, is still bounded
  EXPECT_EQ(only("Some patients waited over six months.", "over six months").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("Hamas returned over 300 bodies.", "over 300").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut129, AReviewersMarkOverFiveOrTenIsAShare) {
  const Mention mark = only("By Priya Hallam | Rating: 4/5", "4/5");
  EXPECT_EQ(mark.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*mark.value, 80);
  EXPECT_DOUBLE_EQ(*only("Score: 7/10 for the camera.", "7/10").value, 70);
  EXPECT_DOUBLE_EQ(*only("It earned 3/5 stars from us.", "3/5").value, 60);
  // without a label or its stars, a slash of two small numbers stays an ambiguous date
  EXPECT_TRUE(only("The vote on 4/5 was close.", "4/5").ambiguous);
}

TEST(ExtractHeldOut129, APhonesSpecification) {
  EXPECT_EQ(spans_of(extract("The 12GB/256GB model costs £899 and the 16GB/1TB one £1,199.")),
            "12GB|256GB|£899|16GB|1TB|£1,199");
  const Mention frames = only("Video is capped at 30fps in 8K.", "30fps");
  EXPECT_EQ(frames.kind, MentionKind::kQuantity);
  EXPECT_EQ(frames.unit, "fps");
  // a product's tier after its number makes a name of it, even opening a headline
  EXPECT_EQ(spans_of(extract("Orvix Nova 9 Pro review: a two-day battery\nThe Galaxy S9 Ultra costs less.")),
            "two-day");
  // a code's parts after a capital's slash are still no figures
  EXPECT_EQ(spans_of(extract("The grant HHF/2020/118 was paid.")), "");
}

TEST(ExtractHeldOut129, AServicesLineIsNoCount) {
  EXPECT_EQ(spans_of(extract("Book through NHS 24 on 111 or online, or contact police on 101.")), "");
  // a count after "on" stays one
  EXPECT_EQ(spans_of(extract("The bill passed on 101 votes.")), "101");
}

TEST(ExtractHeldOut129, AWeekdayUntilATimeWrittenWithStops) {
  const Mention ahead = only("A Red Flag Warning is in effect until 10 p.m. Wednesday.", "Wednesday");
  EXPECT_EQ(*ahead.date, (Date{2026, 12, 2}));
  EXPECT_EQ(*only("The order runs until 5 a.m. on Friday.", "Friday").date, (Date{2026, 11, 27}));
  // a day that ended in the past stays the last one
  EXPECT_EQ(*only("The rally ended at 10 p.m. Wednesday, police said.", "Wednesday").date, (Date{2026, 11, 25}));
}

TEST(ExtractHeldOut129, ASentenceOpenedByNextYearPlacesItsDays) {
  constexpr test::ExtractOn early_november{Date{2026, 11, 8}};
  const std::vector<Mention> race =
      early_november("Next year's race, on 14 November, will add a half-marathon for the first time.");
  ASSERT_GE(race.size(), 2u);
  EXPECT_EQ(*race[1].date, (Date{2026 + 1, 11, 14}));
  EXPECT_EQ(*only("Last year's race, on 14 November, drew 5,000.", "14 November").date, (Date{2025, 11, 14}));
}

TEST(ExtractHeldOut129, AQuakesMagnitudeAfterItsLetter) {
  const Mention quake = only("Quake M6.9 strikes off Miyagi; a tsunami advisory follows.", "M6.9");
  EXPECT_EQ(quake.kind, MentionKind::kQuantity);
  EXPECT_EQ(quake.unit, "magnitude");
  EXPECT_DOUBLE_EQ(*quake.value, 6.9);
  EXPECT_EQ(only("The USGS put the quake at M 6.2.", "M 6.2").unit, "magnitude");
  // a motorway, and the letter away from quakes, are no magnitudes
  EXPECT_EQ(spans_of(extract("The quake closed the M25 for a day.")), "a day");
  EXPECT_EQ(spans_of(extract("Grade M6.5 steel was used.")), "");
}

TEST(ExtractHeldOut129, DayOneIsTheFirstDaysPlace) {
  const Mention first = only("He matched the low round on day one.", "day one");
  EXPECT_EQ(first.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*first.value, 1);
  // "from day one" is the start of something
  EXPECT_EQ(spans_of(extract("It was clear from day one.")), "");
}

TEST(ExtractHeldOut129, APeoplesNameCountsPeopleInARateAfterIt) {
  const std::vector<Mention> week = extract(
      "At least 43,712 Palestinians have been killed and 103,258 injured. In the week, 213 Palestinians were "
      "killed, about 30 a day on average.");
  ASSERT_EQ(week.size(), 4u);
  EXPECT_EQ(week[3].kind, MentionKind::kQuantity);
  EXPECT_EQ(week[3].unit, "people/day");
  // a plain noun before is still the rate's noun
  EXPECT_EQ(only("Crews moved 4,312 trucks, about 144 a day.", "about 144 a day").unit, "trucks/day");
}

TEST(ExtractHeldOut129, ANounHyphenedToAParticipleIsNoVerbOfThePast) {
  constexpr test::ExtractOn late_november{Date{2026, 11, 24}};
  const std::vector<Mention> sale =
      late_november("It sells £2.25bn of gilts next Tuesday and an index-linked issue on Dec 3.");
  ASSERT_EQ(sale.size(), 3u);
  EXPECT_EQ(*sale[2].date, (Date{2026, 12, 3}));
  // a verb with its prefix hyphened on stays one
  EXPECT_EQ(*late_november("The over-subscribed sale closed on Dec 3.")[0].date, (Date{2025, 12, 3}));
  EXPECT_EQ(*late_november("The aid was re-routed through Kerem Shalom on Dec 3.")[0].date, (Date{2025, 12, 3}));
}

TEST(ExtractHeldOut129, AQuotesClauseEndsAtItsClosingMark) {
  const std::vector<Mention> quoted = extract(
      "\"The market is pricing in lower output in December and January as the monsoon sets in,\" said Farid "
      "Osman.");
  ASSERT_EQ(quoted.size(), 2u);
  EXPECT_EQ(*quoted[0].date, (Date{2026, 12, 0}));
  EXPECT_EQ(*quoted[1].date, (Date{2027, 1, 0}));
  // a quote in the past stays there
  EXPECT_EQ(*only("\"We visited in December,\" Osman said.", "December").date, (Date{2025, 12, 0}));
}

TEST(ExtractHeldOut129, PointsGluedOnAreCounted) {
  const Mention points = only("Adeyemi leads the standings on 341pts.", "341pts");
  EXPECT_EQ(points.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*points.value, 341);
  EXPECT_EQ(spans_of(extract("Lindqvist 187pts, Halvorsen 176.")), "187pts|176");
}

TEST(ExtractHeldOut129, ARiversLevelsInABulletinThatReadsGauges) {
  const std::vector<Mention> levels = extract(
      "The level at Hollinford Bridge gauge was 3.42m at 6am. It should peak between 4.1m and 4.3m, below the "
      "record of 4.58m set in 2000.");
  EXPECT_EQ(spans_of(levels), "3.42m|between 4.1m and 4.3m|4.58m|2000");
  EXPECT_EQ(levels[0].unit, "m");
  EXPECT_EQ(levels[1].unit, "m");
  EXPECT_EQ(levels[2].unit, "m");
  // a name that holds the word, and millions of a counted thing, stay millions
  EXPECT_DOUBLE_EQ(*only("NetGauge's app has been downloaded 1.5m times.", "1.5m").value, 1.5e6);
}

TEST(ExtractHeldOut129, ACloseComparedWithAndATenorTradingInABand) {
  const Mention before = only(
      "The Indian rupee closed at 88.42 against the U.S. dollar, compared with 88.51 on Friday.", "88.51");
  EXPECT_EQ(before.kind, MentionKind::kMoney);
  EXPECT_EQ(before.unit, "INR");
  EXPECT_EQ(spans_of(extract("We see the 10-year trading in a 6.28%-6.35% band.")), "6.28%-6.35%");
}

TEST(ExtractHeldOut129, TheKindOfNumberNamedBeforeIt) {
  EXPECT_EQ(spans_of(extract("The charity, registered number 1098765, said it would appeal.")), "");
  // "number" as a verb still counts
  EXPECT_EQ(spans_of(extract("The wounded number 400.")), "400");
}

TEST(ExtractHeldOut129, AKindOfDayIsNoDate) {
  EXPECT_EQ(spans_of(extract("Admissions were 12% higher than on an average Monday.")), "12%");
  EXPECT_EQ(spans_of(extract("On a typical Saturday the market draws crowds.")), "");
}

TEST(ExtractHeldOut129, DaysWithTheirYearsJoinedByToAfterTheYearsComma) {
  const Mention build = only("Build dates: Jan. 11, 2021, to Aug. 30, 2024.", "Jan. 11, 2021, to Aug. 30, 2024");
  EXPECT_EQ(build.kind, MentionKind::kDateRange);
  EXPECT_EQ(*build.date, (Date{2021, 1, 11}));
  EXPECT_EQ(*build.date_end, (Date{2024, 8, 30}));
}

TEST(ExtractHeldOut129, ASecondOrADecadeAsARecordsSpan) {
  EXPECT_EQ(only("It had 23 days of lying snow, the most in a decade.", "a decade").kind, MentionKind::kDuration);
  const Mention gap = only("Nearly a second is nothing here.", "Nearly a second");
  EXPECT_EQ(gap.kind, MentionKind::kDuration);
  EXPECT_EQ(gap.qualifier, Qualifier::kNearly);
  // the most in a day stays a moment
  EXPECT_EQ(spans_of(extract("It was the most in a day.")), "");
}

TEST(ExtractHeldOut129, AMagnitudesLetterIsNoUnitOfMillionsAfterIt) {
  // ("£4.2m to two wards": the letter of millions before "to" is no magnitude)
  const Mention wards = only("They gave a further £4.2m to two escalation wards.", "two");
  EXPECT_EQ(wards.kind, MentionKind::kNumber);
  EXPECT_EQ(only("The agency put the magnitude at 6.8.", "6.8").unit, "magnitude");
}

TEST(ExtractHeldOut129, OverTheSpanACountsClauseTook) {
  EXPECT_EQ(spans_of(extract("It was the worst outbreak since 2011, when 29 tornadoes touched down over two days.")),
            "since 2011|29|two days");
  // a wait is still bounded
  EXPECT_EQ(only("Three patients waited over six hours.", "over six hours").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("12 hostages have been held for over two years.", "over two years").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut129, AConjunctionOpeningASentenceIsNoName) {
  EXPECT_EQ(spans_of(extract("When 29 tornadoes touched down, many fled. If 40 seats change hands, it falls.")),
            "29|40");
}

TEST(ExtractHeldOut129, AGolfClubByItsNumber) {
  EXPECT_EQ(spans_of(extract("He made birdie after a 5-wood, then hit a 6-iron to eight feet.")), "eight feet");
  // outside golf the number stays
  EXPECT_EQ(spans_of(extract("The bar was a 6-iron rod.")), "6");
}

TEST(ExtractHeldOut129, TheNounAfterACompoundCountsTheRate) {
  EXPECT_EQ(only("Seismometers recorded 45 volcano-tectonic earthquakes, fewer than 30 a day last week.",
                 "fewer than 30 a day")
                .unit,
            "earthquakes/day");
}

TEST(ExtractHeldOut129, ANumberedDayAsAHeadingsLabel) {
  const Mention day = only("Worlds day four: Marchetti takes gold.", "day four");
  EXPECT_EQ(day.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*day.value, 4);
}

TEST(ExtractHeldOut129, SeveralHundredFromThreeHundred) {
  const Mention trucks = only("Several hundred trucks were waiting at the crossings.", "Several hundred");
  EXPECT_DOUBLE_EQ(*trucks.low, 300);
  EXPECT_DOUBLE_EQ(*trucks.high, 999);
  EXPECT_DOUBLE_EQ(*only("A few hundred fled.", "A few hundred").low, 200);
  EXPECT_DOUBLE_EQ(*only("It cost several million dollars.", "several million dollars").low, 2e6);
}

TEST(ExtractHeldOut129, ASignedTemperature) {
  const Mention threshold = only("It may exceed the threshold of +0.8 °C by February.", "+0.8 °C");
  EXPECT_EQ(threshold.kind, MentionKind::kQuantity);
  EXPECT_EQ(threshold.unit, "C");
  EXPECT_EQ(only("Warming of +1.5C is the limit.", "+1.5C").unit, "C");
}

TEST(ExtractHeldOut129, ASpreadsMoveAndItsLevel) {
  EXPECT_EQ(spans_of(extract("Turkey's credit default swaps widened 6 bps to 251 bps.")), "6 bps|251 bps");
}

TEST(ExtractHeldOut129, TheEmergencyServiceByItsNumber) {
  EXPECT_EQ(spans_of(extract("The 999 emergency service remained available.")), "");
}

TEST(ExtractHeldOut129, TideHeightsInATideTable) {
  const Mention tide = only("High tides on Monday\nKelby: 8.05am (6.1m)", "6.1m");
  EXPECT_EQ(tide.kind, MentionKind::kQuantity);
  EXPECT_EQ(tide.unit, "m");
}

TEST(ExtractHeldOut129, CenturiesInSnookerAreCounted) {
  EXPECT_EQ(spans_of(extract("He made five centuries over 35 frames.")), "five|over 35");
  EXPECT_EQ(only("The church stood for five centuries.", "five centuries").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut129, AYuanFixingQuotedAgainstTheDollar) {
  const std::vector<Mention> fixing = extract(
      "The PBOC said it would free about 500 billion yuan. The central bank set the midpoint at 7.0915 per dollar. "
      "Spot CNY opened at 7.0948.");
  ASSERT_EQ(fixing.size(), 3u);
  EXPECT_EQ(fixing[1].kind, MentionKind::kMoney);
  EXPECT_EQ(fixing[1].unit, "CNY");
  EXPECT_EQ(fixing[2].unit, "CNY");
  // an index's level stays a number
  EXPECT_EQ(only("The Shanghai Composite closed at 3,245.67.", "3,245.67").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut129, BasisPointsHyphenedBeforeTheirNoun) {
  const Mention cut = only("It followed a 50-bp reduction in May.", "50-bp");
  EXPECT_EQ(cut.kind, MentionKind::kPercent);
  EXPECT_EQ(cut.unit, "basis_points");
}

TEST(ExtractHeldOut129, MegalitresAsAWaterCompanyWritesThem) {
  EXPECT_EQ(only("Storage is down by roughly 1,900 Ml in the past four weeks.", "roughly 1,900 Ml").unit, "ML");
}

TEST(ExtractHeldOut129, AShotPutsMark) {
  const Mention mark = only("A shot put of 13.72m left her third.", "13.72m");
  EXPECT_EQ(mark.kind, MentionKind::kQuantity);
  EXPECT_EQ(mark.unit, "m");
}

TEST(ExtractHeldOut129, AThousandsGroupIsDialledByNoOne) {
  const Mention order =
      only("It sent text messages ordering about 100,000 people to leave.", "about 100,000");
  EXPECT_DOUBLE_EQ(*order.value, 100000);
  EXPECT_EQ(spans_of(extract("Text 60030 to give.")), "");
}

TEST(ExtractHeldOut129, MoreVerbsOfThePastAndOfAStepUp) {
  constexpr test::ExtractOn mid_january{Date{2025, 1, 15}};
  EXPECT_EQ(*mid_january("This is the deal I laid out in May.")[0].date, (Date{2024, 5, 0}));
  const Mention trucks = only("Aid is to be stepped up to 600 trucks a day.", "600 trucks a day");
  EXPECT_EQ(trucks.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Fines can go up to £5,000.", "up to £5,000").qualifier, Qualifier::kUpTo);
}

TEST(ExtractHeldOut129, ResultsPlacesUnderAHeadingOrBeforeAGap) {
  EXPECT_EQ(spans_of(extract("RESULTS\nWomen: 1 Élodie Moreau (FRA) 4:08:26; 2 Kate Brennan (IRL) 4:10:37\nMen: 1 Tom "
                             "Harlow (AUS) 3:46:02; 2 Mads Kjaer (DEN) 3:47:42")),
            "1|2|1|2");
  const std::vector<Mention> grid =
      extract("Provisional grid\n1 Castellano 1:20.114\n2 Lind +0.187\n3. K. Morimoto (Honda) +6.702s");
  ASSERT_GE(grid.size(), 3u);
  EXPECT_EQ(grid[0].kind, MentionKind::kOrdinal);
  EXPECT_EQ(grid[1].kind, MentionKind::kOrdinal);
  const std::vector<Mention> top = extract(
      "Top five\n1. Lukas Vandermeulen (Bel) 5hr 48min 17sec\n2. Jonas Tillmann (Ger) +22sec\n3. Remi Castel "
      "(Fra) same time");
  const auto places = std::count_if(top.begin(), top.end(), [](const Mention& m) {
    return m.kind == MentionKind::kOrdinal;
  });
  EXPECT_EQ(places, 3);
}

TEST(ExtractHeldOut129, ASubstitutesMinuteInALineUp) {
  const std::vector<Mention> lineup =
      extract("Ashford Rovers (4-3-3): Okafor; Hughes, Brandt; Moss (Lyle 78), Tierney, Reid.");
  ASSERT_EQ(lineup.size(), 1u);
  EXPECT_EQ(lineup[0].kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*lineup[0].value, 78);
  // a bracketed count outside a line-up stays a count
  EXPECT_EQ(only("The club (founded by Lyle 78 years ago) won.", "78 years ago").kind, MentionKind::kDate);
}

TEST(ExtractHeldOut129, WineInHectolitresAndWaterInMegalitresADay) {
  EXPECT_EQ(only("An estimated 2.31 million hectolitres were made.", "2.31 million hectolitres").unit, "hl");
  EXPECT_EQ(only("Yield: 33 hl/ha.", "33 hl/ha").unit, "hl/ha");
  EXPECT_EQ(only("Demand: 318 Ml/d.", "318 Ml/d").unit, "ML/day");
}

TEST(ExtractHeldOut129, AFortnightIsAlwaysASpan) {
  EXPECT_EQ(only("They got rid of me in a fortnight.", "a fortnight").kind, MentionKind::kDuration);
  EXPECT_EQ(only("Two soft prints in a fortnight have lowered it.", "a fortnight").kind, MentionKind::kDuration);
}

}  // namespace
}  // namespace figcheck
