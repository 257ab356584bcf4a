// Held-out round 49 (articles 381-386): international money, calendars and history, a
// Japanese results wire, a Chinese economy wire, a Korean trade wire, a Latin American
// markets wire, a Gulf Ramadan service piece and a history explainer; forms the extractor
// missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2024, 5, 9};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut49, TaiwanDollarsAndMexicanPesosBeforeTheSign) {
  const Mention taiwan = only("Net income was NT$206.99 billion.", "NT$206.99 billion");
  EXPECT_EQ(taiwan.kind, MentionKind::kMoney);
  EXPECT_EQ(taiwan.unit, "TWD");
  EXPECT_EQ(only("Its shares closed at Mex$61.40.", "Mex$61.40").unit, "MXN");
  // the letters alone, as a word, are no currency
  EXPECT_EQ(spans_of(extract("Mex 40 was the code.")), "40");
}

TEST(ExtractHeldOut49, TheArgentinePesoAndTaiwanDollarByTheirCodes) {
  EXPECT_EQ(only("The official rate was ARS 880 per dollar.", "ARS 880").unit, "ARS");
  EXPECT_EQ(only("It raised TWD 1.2 billion.", "TWD 1.2 billion").unit, "TWD");
  // in capitals only: "ars" is no code
  EXPECT_EQ(only("The ars 880 line.", "880").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut49, AChipsProcessInNanometres) {
  const Mention node = only("It began making 3-nanometre chips.", "3-nanometre");
  EXPECT_EQ(node.kind, MentionKind::kQuantity);
  EXPECT_EQ(node.unit, "nm");
  EXPECT_EQ(only("a 2 nanometer process", "2 nanometer").unit, "nm");
}

TEST(ExtractHeldOut49, DollarsWithTheCountrysDottedLetters) {
  const Mention sales = only("Sales were 4.54 trillion yuan (about 628 billion U.S. dollars).",
                             "about 628 billion U.S. dollars");
  EXPECT_EQ(sales.unit, "USD");
  EXPECT_EQ(*sales.value, 628e9);
}

TEST(ExtractHeldOut49, ASmallMoveInWonAfterMoneyInWon) {
  const Mention move = only("The won closed at 1,320.5 per dollar, up 9.6 won from the previous session.", "9.6 won");
  EXPECT_EQ(move.kind, MentionKind::kMoney);
  EXPECT_EQ(move.unit, "KRW");
  // with no money in won before it, a small figure before "won" is a count of games
  EXPECT_EQ(only("They have 9 won and 3 lost.", "9").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut49, TheRealAndThePesoQuotedPerDollar) {
  const Mention real = only("The real traded at 5.1420 per dollar by midday.", "5.1420");
  EXPECT_EQ(real.kind, MentionKind::kMoney);
  EXPECT_EQ(real.unit, "BRL");
  EXPECT_EQ(only("Mexico's peso firmed 0.3% to 16.79 per dollar.", "16.79").unit, "MXN");
}

TEST(ExtractHeldOut49, AYearBeforeTheEraIsNoFigure) {
  EXPECT_EQ(spans_of(extract("On 15 March 44 BC the senators struck, and in 27 BC Octavian became Augustus.")), "");
  EXPECT_EQ(spans_of(extract("It was founded in 753 BCE.")), "");
}

TEST(ExtractHeldOut49, AYearOfTheEraAndAboutAYear) {
  const Mention vesuvius = only("the eruption of Vesuvius in AD 79, which buried Pompeii", "AD 79");
  EXPECT_EQ(vesuvius.kind, MentionKind::kDate);
  EXPECT_EQ(iso(vesuvius.date), "0079");
  const Mention printing = only("before printing arrived c. 1450.", "c. 1450");
  EXPECT_EQ(iso(printing.date), "1450");
  EXPECT_EQ(printing.qualifier, Qualifier::kAbout);
  // "c." before a short number is no year (but "about" the measure, as "approx." is)
  EXPECT_EQ(only("It weighed c. 40 kg.", "c. 40 kg").kind, MentionKind::kQuantity);
}

TEST(ExtractHeldOut49, AnEarlierYearAfterAWordOfTime) {
  EXPECT_EQ(iso(only("The Gregorian calendar arrived in 1582.", "1582").date), "1582");
  EXPECT_EQ(iso(only("Britain waited until 1752, when 11 days went.", "1752").date), "1752");
  // a noun it counts makes it a count, and no word of time leaves it one
  EXPECT_EQ(only("The storm hit in 1500 homes.", "1500").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Police counted 1500 at the march.", "1500").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut49, MillenniaAreThousandsOfYears) {
  const Mention span = only("after more than two millennia, we remember", "more than two millennia");
  EXPECT_EQ(span.kind, MentionKind::kDuration);
  EXPECT_EQ(*span.value, 2000);
  EXPECT_EQ(span.unit, "years");
}

TEST(ExtractHeldOut49, ANumberedFiveYearPlanNamesThePlan) {
  EXPECT_EQ(spans_of(extract("before the 15th Five-Year Plan takes over in 2026")), "15th|2026");
  // a plan lasting five years, in lower case, is a span
  EXPECT_EQ(only("a five-year plan for the railways", "five-year").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut49, ADayOfTheIslamicCalendar) {
  const auto found =
      extract("The holy month will begin on 1 Ramadan 1447 AH, and Eid falls on 1 Shawwal 1447.", Date{2026, 2, 17});
  ASSERT_EQ(spans_of(found), "1 Ramadan 1447 AH|1 Shawwal 1447");
  EXPECT_EQ(iso(found.at(0).date), "2026-02-18");
  EXPECT_EQ(iso(found.at(1).date), "2026-03-20");
  EXPECT_EQ(iso(only("this evening, 29 Shaban 1447, the committee meets", "29 Shaban 1447").date), "2026-02-17");
  // a month of no calendar known keeps its figures
  EXPECT_EQ(spans_of(extract("The 3 Musketeers 1844 edition.")), "3|1844");
}

TEST(ExtractHeldOut49, WeekdaysAndDatesWithCommasFromOneToTheOther) {
  const Mention holiday = only("a four-day weekend from Thursday, March 19, to Sunday, March 22, if Ramadan lasts",
                               "from Thursday, March 19, to Sunday, March 22", Date{2026, 2, 17});
  EXPECT_EQ(holiday.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(holiday.date), "2026-03-19");
  EXPECT_EQ(iso(holiday.date_end), "2026-03-22");
}

TEST(ExtractHeldOut49, APlaceAmongTheMakersOfAKind) {
  EXPECT_EQ(only("SK hynix, the No. 2 memory maker, reported a loss.", "No. 2").kind, MentionKind::kOrdinal);
  EXPECT_EQ(*only("It is the No 1 exporter of rice.", "No 1").value, 1);
  // a bus's or a shirt's number is a name
  EXPECT_EQ(spans_of(extract("She took the No 9 bus to town.")), "");
}

TEST(ExtractHeldOut49, PesosOfTheCountryTheirSentenceNames) {
  const auto found = extract(
      "Argentina's bonds rose. Argentine inflation fell. In Argentina, prices eased. Mexican retailer Alba said "
      "profit rose to 2.31 billion pesos. The official rate in Argentina was 1,045 pesos.");
  ASSERT_EQ(spans_of(found), "2.31 billion pesos|1,045 pesos");
  EXPECT_EQ(found.at(0).unit, "MXN");
  EXPECT_EQ(found.at(1).unit, "ARS");
}

TEST(ExtractHeldOut49, MayAfterAPossessiveBeforeANoun) {
  EXPECT_EQ(iso(only("It assumes 145 yen, unchanged from its May forecast.", "May").date), "2024-05");
  EXPECT_EQ(iso(only("The board held their June meeting early.", "June").date), "2023-06");
  // the verb after a pronoun stays a verb
  EXPECT_EQ(spans_of(extract("It may rise, and its price may fall.")), "");
}

TEST(ExtractHeldOut49, TheYearABondInACurrencyFallsDue) {
  EXPECT_EQ(iso(only("Argentina's 2035 dollar bond climbed 1.5 cents", "2035").date), "2035");
  EXPECT_EQ(iso(only("Its 2030 euro notes fell.", "2030").date), "2030");
  // an amount before its currency stays one
  EXPECT_EQ(only("They paid 2035 dollars for it.", "2035 dollars").kind, MentionKind::kMoney);
}

TEST(ExtractHeldOut49, AHalfYearNamedByItsMonthsIsNoShare) {
  EXPECT_EQ(spans_of(extract("It assumes a recovery in the October-March half that we don't see yet.")),
            "October-March");
  // after a word that is no month, a share as before
  EXPECT_EQ(*only("Sales fell by half that year.", "half").value, 50);
}

TEST(ExtractHeldOut49, AMonthsTradeFigures) {
  EXPECT_EQ(iso(only("The ministry will release June trade data on July 1.", "June", Date{2023, 6, 1}).date), "2023-06");
  EXPECT_EQ(only("Figures showed May exports rose 3%.", "May").kind, MentionKind::kDate);
}

TEST(ExtractHeldOut49, AMonthsStatisticsAreOfAMonthGoneBy) {
  EXPECT_EQ(iso(only("Argentina will publish April inflation on Tuesday, May 14.", "April").date), "2024-04");
  EXPECT_EQ(iso(only("The bureau will release March's data next week.", "March").date), "2024-03");
  // a month's meeting ahead stays ahead
  EXPECT_EQ(iso(only("The bank will hold its September meeting.", "September").date), "2024-09");
}

}  // namespace
}  // namespace figcheck
