// Held-out rounds 69 to 72 (articles 519-542): a Formula 1 report, an Argentine peso wire,
// an mpox situation report, a Supreme Court ruling, a container-rates note, a Gaza wire,
// a rugby report, a cyclone advice, a central bank statement, a charts column, a
// class-action notice, a Rafah explainer, a title fight, an astronomy item, a fleet
// order, a Selic wire, a school board levy, a hostages explainer, a World Series game, a
// library's centenary, a heatwave bulletin, cereal labels, an exchange hack and a Gaza
// situation update; forms the extractor missed before reading them, each fixed by a
// general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 27};  // a Friday, in ISO week 48

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut69, APlaceInAChartIsAnOrdinalWhereverTheChartMovesOrHoldsIt) {
  EXPECT_EQ(spans_of(extract("Vance is No 1 for a third week.")), "No 1|third");
  EXPECT_EQ(spans_of(extract("Their previous peak was No 23 in March 2024.")), "No 23|March 2024");
  EXPECT_EQ(spans_of(extract("The single re-enters at No 31.")), "No 31");
  EXPECT_EQ(spans_of(extract("Big movers: Foo (No 14 to No 2), Bar (No. 40 to No. 21).")),
            "No 14|No 2|No. 40|No. 21");
  const Mention contender = only("He is also the IBF's No. 3 contender.", "No. 3");
  EXPECT_EQ(contender.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*contender.value, 3);
  // a name's number stays a name
  EXPECT_EQ(spans_of(extract("She moved into No 10 in July.")), "July");
}

TEST(ExtractHeldOut69, ACountAfterANameIsACountWhenAnotherCountFollowsItsOf) {
  EXPECT_EQ(spans_of(extract("Punches landed: Ruiz-Okafor 187 of 492 (38%), Delacroix 121 of 603 (20%).")),
            "187|492|38%|121|603|20%");
  EXPECT_EQ(spans_of(extract("Jabs: Jones 41 of 219, Smith 58 of 344.")), "41|219|58|344");
  // a version's name keeps its number
  EXPECT_EQ(spans_of(extract("The update moved users to Windows 11 in March.")), "March");
}

TEST(ExtractHeldOut69, PoundsWeighInATextThatWeighsAndGivesNoSterling) {
  constexpr std::string_view kWeighIn =
      "Both men made the 168-pound limit at Friday's weigh-in, Ruiz-Okafor at 167.6 pounds (76 kg). "
      "He rehydrated to about 181 pounds by fight night.";
  const Mention limit = only(kWeighIn, "168-pound");
  EXPECT_EQ(limit.kind, MentionKind::kQuantity);
  EXPECT_EQ(limit.unit, "lb");
  EXPECT_EQ(only(kWeighIn, "167.6 pounds").unit, "lb");
  const Mention rehydrated = only(kWeighIn, "about 181 pounds");
  EXPECT_EQ(rehydrated.unit, "lb");
  EXPECT_EQ(rehydrated.qualifier, Qualifier::kAbout);
  // a bomb's weight wherever it falls; a fare in a text of sterling stays money or a number
  EXPECT_EQ(only("Israel dropped a 2,000-pound bomb on the site.", "2,000-pound").unit, "lb");
  EXPECT_EQ(spans_of(extract("The two-pound fare ends in May, and a £3 fare starts.")), "two|May|£3");
  EXPECT_EQ(only("He paid 181 pounds for it.", "181 pounds").unit, "GBP");
}

TEST(ExtractHeldOut69, MillsAreAPropertyTaxsRateInATextOnMillage) {
  constexpr std::string_view kLevy =
      "The board will ask voters for a 4.9-mill operating levy, after a levy of 5.5 mills failed. "
      "Current operating millage: 31.2 mills.";
  const Mention proposed = only(kLevy, "4.9-mill");
  EXPECT_EQ(proposed.kind, MentionKind::kQuantity);
  EXPECT_EQ(proposed.unit, "mills");
  EXPECT_EQ(only(kLevy, "5.5 mills").unit, "mills");
  EXPECT_EQ(only(kLevy, "31.2 mills").unit, "mills");
  // mills elsewhere are factories
  EXPECT_EQ(only("The valley had 12 mills in 1900.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut69, CryptoIsPricedInUsDollarsWhereverTheStoryIsTold) {
  constexpr std::string_view kHack =
      "The Singapore exchange lost bitcoin worth $213 million. The Monetary Authority of Singapore said "
      "it was in contact; Singapore police are investigating.";
  EXPECT_EQ(only(kHack, "$213 million").unit, "USD");
  // without crypto, a country named three times owns its bare dollars
  EXPECT_EQ(only("The Singapore firm lost $213 million. Singapore police and Singapore regulators are looking.",
                 "$213 million")
                .unit,
            "SGD");
}

TEST(ExtractHeldOut69, APesoRateTakesTheCountryTheTextNames) {
  constexpr std::string_view kPeso =
      "BUENOS AIRES - Argentina's official wholesale peso closed at 1,468.50 per dollar on Thursday, "
      "as Argentina's central bank held its band.";
  EXPECT_EQ(only(kPeso, "1,468.50").unit, "ARS");
}

TEST(ExtractHeldOut69, NumberedWeeksAreIsoWeeksInATextThatNumbersThem) {
  constexpr std::string_view kNote =
      "Freightline Markets | Thursday, 26 November 2026 | Week 48\n\n"
      "Rates fell in week 47. Carriers cancelled 23 of 412 sailings in weeks 49 to 52.";
  const Mention week48 = only(kNote, "Week 48");
  EXPECT_EQ(week48.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(week48.date), "2026-11-23");
  EXPECT_EQ(test::iso(week48.date_end), "2026-11-29");
  EXPECT_EQ(test::iso(only(kNote, "week 47").date), "2026-11-16");
  const Mention ahead = only(kNote, "weeks 49 to 52");
  EXPECT_EQ(test::iso(ahead.date), "2026-11-30");
  EXPECT_EQ(test::iso(ahead.date_end), "2026-12-27");
  EXPECT_EQ(test::iso(only("Mpox epidemiological week 47. In weeks 42\u201347 cases fell.", "weeks 42\u201347").date),
            "2026-10-12");
  // a text that numbers no week of the year: a week of something else
  EXPECT_EQ(spans_of(extract("The strike is in week 3, and week 12 of the season starts.")), "3|12");
}

TEST(ExtractHeldOut69, ThePlacesAtTheHeadOfAChartAreACountWhereTheyCloseTheirPhrase) {
  EXPECT_EQ(spans_of(extract("The song reached the Top 10.")), "10");
  EXPECT_EQ(spans_of(extract("A dozen festive titles sit inside the Top 100, against nine.")),
            "A dozen|100|nine");
  // a chart's, a show's and a league's names
  EXPECT_EQ(spans_of(extract("The single spent nine weeks in the UK Top 40.")), "nine weeks");
  EXPECT_EQ(spans_of(extract("The Top 40 countdown lost 20% of its audience.")), "20%");
  EXPECT_EQ(spans_of(extract("Premiership Rugby and Top 14 clubs agreed a truce.")), "");
}

TEST(ExtractHeldOut69, AMeasureOfOneForEveryNIsARatio) {
  const Mention latrines = only("There is one latrine for every 95 people.", "one latrine for every 95 people");
  EXPECT_EQ(latrines.kind, MentionKind::kQuantity);
  EXPECT_EQ(latrines.unit, "people/latrine");
  EXPECT_DOUBLE_EQ(*latrines.value, 95);
  EXPECT_EQ(only("Staffing: one teacher for every 18 students", "one teacher for every 18 students").unit,
            "students/teacher");
  EXPECT_EQ(spans_of(extract("One in every five died.")), "One in every five");
}

TEST(ExtractHeldOut69, PositionsTimesModelsAndCodesAreNoFigures) {
  EXPECT_EQ(spans_of(extract("It lay within 35 kilometres of 15.4 degrees South 138.9 degrees East.")),
            "35 kilometres");
  EXPECT_EQ(spans_of(extract("Time of issue: 1330 hours IST")), "");
  EXPECT_EQ(spans_of(extract("its fleet of 71 A320-family and 737-800 aircraft")), "71");
  EXPECT_EQ(spans_of(extract("Write to P.O. Box 25870, Portland, OR 97225, or text CHART to 60123.")), "");
  EXPECT_EQ(spans_of(extract("The bitcoin transfer was confirmed in block 921,437.")), "");
  EXPECT_EQ(spans_of(extract("affirms a 2025 ruling by the 9th U.S. Circuit Court of Appeals")), "2025");
  // a temperature in degrees, and hours of work, stay figures
  EXPECT_EQ(spans_of(extract("Temperatures hit 35 degrees. Staff logged 1330 hours of overtime.")),
            "35 degrees|1330 hours");
  const Mention ether = only("The hackers took 36,600 ETH.", "36,600 ETH");
  EXPECT_EQ(ether.kind, MentionKind::kQuantity);
  EXPECT_EQ(ether.unit, "ETH");
  const Mention gap = only("The soft tyres were worth about half a second a lap.", "about half a second");
  EXPECT_EQ(gap.kind, MentionKind::kDuration);
  EXPECT_EQ(gap.unit, "seconds");
  EXPECT_DOUBLE_EQ(*gap.value, 0.5);
}

TEST(ExtractHeldOut69, ATensesVerbSpeltAsItsPresentOrAShowAheadSetsTheYear) {
  // published 27 November 2026
  EXPECT_EQ(test::iso(only("The bank cut the rate in March.", "March").date), "2026-03");
  EXPECT_EQ(test::iso(only("Markets expect a rate cut in March.", "March").date), "2027-03");
  EXPECT_EQ(test::iso(only("The bank plans to cut the rate in March.", "March").date), "2027-03");
  // (a relative clause's verb is not the sentence's)
  constexpr std::string_view kBanxico =
      "Analysts expect Banxico, which cut its rate to 11.00% in March in its first cut in three years, to hold "
      "on May 16.";
  constexpr test::OnlyMentionOn only_in_may{Date{2024, 5, 9}};
  EXPECT_EQ(test::iso(only_in_may(kBanxico, "May 16").date), "2024-05-16");
  EXPECT_EQ(test::iso(only("Drake plays two nights at the O2 on December 18.", "December 18").date), "2026-12-18");
  EXPECT_EQ(test::iso(only("It passed 1.1 billion Spotify plays on Wednesday.", "Wednesday").date), "2026-11-25");
  EXPECT_EQ(test::iso(only("Lake City can clinch the title on Saturday.", "Saturday").date), "2026-11-28");
  EXPECT_EQ(test::iso(only("Postal votes can be received until Friday.", "Friday").date), "2026-11-27");
  // what may be remembered or told now looks back
  EXPECT_EQ(test::iso(only("In Israel, no one can forget 7 October.", "7 October").date), "2026-10-07");
}

TEST(ExtractHeldOut69, AMoneyRangeAfterAClausesNounOrAnythingIsOneMention) {
  const Mention tickets = only("It sold out; tickets from \u00a348 to \u00a395 sold out in hours.", "from \u00a348 to \u00a395");
  EXPECT_EQ(tickets.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*tickets.low, 48);
  EXPECT_DOUBLE_EQ(*tickets.high, 95);
  EXPECT_EQ(only("A serving can be anything from 30g to 50g.", "from 30g to 50g").unit, "g");
}

TEST(ExtractHeldOut73, ARankGluedToItsStopIsAnOrdinal) {
  EXPECT_EQ(spans_of(extract("a career-high No.8 and the No.2 seed, against the world No.96")), "No.8|No.2|No.96");
  EXPECT_EQ(only("He meets the No.1 seed next.", "No.1").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut73, NepaleseRupeesByTheirCode) {
  const Mention relief = only("The fund released NPR 450 million for families.", "NPR 450 million");
  EXPECT_EQ(relief.kind, MentionKind::kMoney);
  EXPECT_EQ(relief.unit, "NPR");
  EXPECT_DOUBLE_EQ(*relief.value, 450e6);
}

TEST(ExtractHeldOut73, NamesThatHoldANumberAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Households that scrap a Euro 5 or older car get a grant.")), "");
  EXPECT_EQ(spans_of(extract("A meeting is set for Tuesday at Seven Hills Middle School.")), "Tuesday");
  EXPECT_EQ(spans_of(extract("The Friday lectures start on 22 May.")), "22 May");
  EXPECT_EQ(spans_of(extract("Log:\n1120 \u2013 Second drone reported shot down")), "Second");
  EXPECT_EQ(spans_of(extract("Reply by SMS to 22840 by Friday.")), "Friday");
  // a timeline's year, and a mobile's number, stay what they were
  EXPECT_EQ(spans_of(extract("Timeline:\n2024 \u2013 The crossing shut")), "2024");
  EXPECT_EQ(spans_of(extract("Deaths of Seven Children Shock Town")), "Seven");
}

TEST(ExtractHeldOut73, ACountAfterTheNameOfAPartyParallelToOneBefore) {
  EXPECT_EQ(spans_of(extract("The NDP has 38, the Liberals 17 and the Greens three.")), "38|17|three");
}

TEST(ExtractHeldOut73, APrefixedParticipleAfterBeIsNoPast) {
  EXPECT_EQ(test::iso(only("Supplies must be pre-positioned by the end of February.", "February").date), "2027-02");
}

TEST(ExtractHeldOut73, WeekdaysRangedAfterAVerbOfThePastAreDates) {
  const Mention survey = only("Its last survey, taken Friday to Sunday, put it ahead.", "Friday to Sunday");
  EXPECT_EQ(survey.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(survey.date), "2026-11-20");
  EXPECT_EQ(test::iso(survey.date_end), "2026-11-22");
  // opening hours are every week's
  EXPECT_EQ(spans_of(extract("The office is open Monday to Friday.")), "");
}

TEST(ExtractHeldOut73, RainsRateAndTheSeasMiles) {
  const Mention peak = only("Peak intensities of 25 to 35 mm/h are likely.", "25 to 35 mm/h");
  EXPECT_EQ(peak.unit, "mm/hour");
  EXPECT_EQ(only("The vessel was struck 38nm off the coast.", "38nm").unit, "nmi");
  EXPECT_EQ(only("The 3nm chip ships in May.", "3nm").unit, "nm");
}

TEST(ExtractHeldOut73, APlaceInAResultsListIsAnOrdinal) {
  constexpr std::string_view kResults =
      "Men\n1. Brian Kiprotich (KEN) 2:04:11 CR\n2. Dawit Gebre (ETH) 2:04:30\n"
      "3 Mattia Ferraro (Ita) Velo Adriatico +0:23";
  EXPECT_EQ(spans_of(extract(kResults)), "1|2|3");
  EXPECT_EQ(only(kResults, "3").kind, MentionKind::kOrdinal);
  // a numbered line with no time is a list's item
  EXPECT_EQ(spans_of(extract("Key points.\n1. Displacement rose.")), "");
}

TEST(ExtractHeldOut77, InAMatchReportAPairLedByASmallNumberIsAScore) {
  EXPECT_EQ(spans_of(extract("Level at half-time. Kilcarrig beat Ballyduff 2-14 to 1-12 yesterday; he kicked 0-7.")),
            "yesterday");
  EXPECT_EQ(spans_of(extract("Eight wickets fell. Mensah took 5-61 as Eastmere fell for 287.")), "Eight|287");
  // a range of a counted noun stays one, and so does a pair outside a match report
  EXPECT_EQ(spans_of(extract("At half-time, 5-10 people had left.")), "5-10");
  EXPECT_EQ(spans_of(extract("Prices rose 2-14 per cent.")), "2-14 per cent");
  // a numbered note with a clock's time is no place in a results list
  EXPECT_EQ(spans_of(extract("Notes.\n3. Fact sheet updated at 11:00 to correct it.")), "");
}

TEST(ExtractHeldOut77, RecordsPhonesAndClockHoursAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Call 101 quoting reference 50260418822.")), "");
  EXPECT_EQ(spans_of(extract("Reply by SMS to 22840 by Friday.")), "Friday");
  EXPECT_EQ(spans_of(extract("For inquiries: Operations Center, (02) 8555-0140")), "");
  EXPECT_EQ(spans_of(extract("The switchboard is 07 3035 1900.")), "");
  EXPECT_EQ(spans_of(extract("Visitation will be from 4 to 7 p.m. on Monday.")), "Monday");
  // a change between two figures keeps both
  EXPECT_EQ(spans_of(extract("It rose from 4 to 7 per cent.")), "4|7 per cent");
}

TEST(ExtractHeldOut77, ACountAfterANameClosingItsLineIsParallelToTheOneBefore) {
  EXPECT_EQ(spans_of(extract("\u2022 Seats won: Alliance 78, Opposition 41, Others 7\n\u2022 Turnout: 81%")),
            "78|41|7|81%");
}

TEST(ExtractHeldOut77, AWarningRaisedOverPlacesIsNoBound) {
  EXPECT_EQ(only("Signal No. 4 was raised over 11 provinces.", "11").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("The charity raised over 11 million dollars.", "over 11 million dollars").qualifier,
            Qualifier::kOver);
}

TEST(ExtractHeldOut77, DosesAMonthApartAreNoRate) {
  EXPECT_EQ(only("Children got three doses a month apart.", "three").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The clinic gives 300 doses a month.", "300 doses a month").unit, "doses/month");
}

TEST(ExtractHeldOut77, AForecastAfterItsFigureIsANoun) {
  // published 27 November 2026
  EXPECT_EQ(test::iso(only("It was below the $4.6 billion forecast at the review in March.", "March").date),
            "2026-03");
  EXPECT_EQ(test::iso(only("Growth is forecast at 2% in March.", "March").date), "2027-03");
}

TEST(ExtractHeldOut77, AWorldRankingInWordsIsAnOrdinal) {
  const Mention rank = only("Earlier, world number one Mark Selby-Reyes won.", "number one");
  EXPECT_EQ(rank.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*rank.value, 1);
  EXPECT_DOUBLE_EQ(*only("She beat the world number 12 in Doha.", "number 12").value, 12);
}

TEST(ExtractHeldOut81, CodesAndNamesOfOrdinancesRacesAndForwards) {
  const Mention cedi = only("The cedi fell to GHS 10.94 on Wednesday.", "GHS 10.94");
  EXPECT_EQ(cedi.kind, MentionKind::kMoney);
  EXPECT_EQ(cedi.unit, "GHS");
  EXPECT_EQ(spans_of(extract("Ordinance 2026-47 passed.")), "");
  EXPECT_EQ(spans_of(extract("with one-year forwards quoted near 12.6.")), "12.6");
  EXPECT_EQ(spans_of(extract("They won the Coral Coast 6 Hours, after Le Mans 24 Hours.")), "");
  EXPECT_EQ(spans_of(extract("It lasted 24 Hours, said Smith.")), "24 Hours");
}

TEST(ExtractHeldOut81, ARiseAfterItsFigureIsANounAndARaiseFromADayIsAhead) {
  // published 27 November 2026
  EXPECT_EQ(test::iso(only("The regulator approved a 9.2 per cent rise in tariffs from 1 October.", "1 October").date),
            "2026-10-01");
  EXPECT_EQ(test::iso(only("It will raise prices by 4.9 per cent from 1 February.", "1 February").date),
            "2027-02-01");
  EXPECT_EQ(test::iso(only("Households face a 4.99% rise in council tax from April, under plans published "
                           "yesterday.",
                           "April")
                          .date),
            "2027-04");
}

TEST(ExtractHeldOut81, CentsInATextOfEurosAreTheEuros) {
  EXPECT_EQ(only("It goes from 36.42c to 39.15c per kWh, and gas is \u20ac1.20.", "36.42c").unit, "EUR");
  EXPECT_EQ(only("Gas rose 5c, and petrol is $1.20.", "5c").unit, "USD");
}

TEST(ExtractHeldOut81, OverTheYearsOfAWarIsNoBound) {
  EXPECT_EQ(only("Some 370 staff were killed in Gaza over two years of war.", "two years").qualifier,
            Qualifier::kNone);
  EXPECT_EQ(only("About 26,000 were wounded in just over a month of bombardment.", "over a month").qualifier,
            Qualifier::kOver);
  EXPECT_EQ(only("Signal No. 2 is up over 14 other areas.", "14").qualifier, Qualifier::kNone);
}

TEST(ExtractHeldOut81, ARateCountsTheNounOfItsLabelOrOfTheSubjectAveragingIt) {
  EXPECT_EQ(only("Weekday sailings: 31 a day, down from 36", "31 a day").unit, "sailings/day");
  EXPECT_EQ(only("Aid trucks entering Gaza are averaging about 200 a day, officials said.", "about 200 a day").unit,
            "trucks/day");
}

TEST(ExtractHeldOut75, TownshipExtensionsAndPhonesInThreeGroupsAreNames) {
  EXPECT_EQ(spans_of(extract("Klipfontein Extensions 4, 7 and 12 and Thabong Ext 2 are affected.")), "");
  EXPECT_EQ(spans_of(extract("WhatsApp 071 403 2219 for updates.")), "");
  // a count after a comma that ends no list stays one
  EXPECT_EQ(spans_of(extract("Route 9, 40 were hurt.")), "40");
}

TEST(ExtractHeldOut85, PhonesTrainsLotteriesAndBillsAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Call the Bush Fire Information Line on 1800 679 737.")), "");
  EXPECT_EQ(spans_of(extract("Helplines at Itarsi (07572-241234) and Bhopal (0755-2470115) are open.")), "");
  EXPECT_EQ(spans_of(extract("Tel: 020 2227496")), "");
  EXPECT_EQ(spans_of(extract("Sahyadri Link Express (train no. 12158) derailed near the 12137 Punjab Mail.")), "");
  EXPECT_EQ(spans_of(extract("Sales of Powerball and Mega Millions rose.")), "");
  EXPECT_EQ(spans_of(extract("Six-month T-bill yields eased 8bps.")), "8bps");
  // a year, a count, and millions of people stay figures
  EXPECT_EQ(spans_of(extract("In 1800 the town had 737 people. Millions of people fled.")), "1800|737|Millions");
}

TEST(ExtractHeldOut89, ServiceLinesReferencesAndStreetNumbersAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Free rides on county buses; call 311 for a pickup.")), "");
  EXPECT_EQ(spans_of(extract("The Eastgate Library (1200 Route 9) is open.")), "");
  EXPECT_EQ(spans_of(extract("Control room numbers: 1070 (toll-free).")), "");
  EXPECT_EQ(spans_of(extract("Helen Marsh (Northfield) (904117) asked the minister.")), "");
  EXPECT_EQ(spans_of(extract("Deaths rose to 311 in May.")), "311|May");
}

}  // namespace
}  // namespace figcheck
