// Held-out round 7 (articles 73-78): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 10, 22};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Indian and hyphenated figures

TEST(ExtractHeldOut7, IndianDigitGroupingIsOneNumber) {
  EXPECT_EQ(only("The plant shipped 1,00,000 tonnes of cement.", "1,00,000 tonnes").value, 100000);
  EXPECT_EQ(only("The board allotted 12,50,000 shares to staff.", "12,50,000").value, 1250000);
  EXPECT_EQ(only("Turnout was 1,20,00,000 voters.", "1,20,00,000").value, 12000000);
  // Western grouping is untouched, and pairs without a final three are no number
  EXPECT_EQ(only("It sold 1,234,567 units.", "1,234,567").value, 1234567);
  EXPECT_EQ(spans_of(extract("Codes 1,00 and 10,00,00 were listed.")).find("1,00"), std::string::npos);
}

TEST(ExtractHeldOut7, AScaleOfALargerScaleMultiplies) {
  const Mention capex = only("The Centre budgeted Rs 11.11 lakh crore for roads.", "Rs 11.11 lakh crore");
  EXPECT_EQ(capex.kind, MentionKind::kMoney);
  EXPECT_EQ(capex.unit, "INR");
  EXPECT_DOUBLE_EQ(*capex.value, 11.11e12);
  EXPECT_DOUBLE_EQ(*only("It spent Rs 1,200 crore on kilns.", "Rs 1,200 crore").value, 12e9);
}

TEST(ExtractHeldOut7, AScaleHyphenedAsAnAdjective) {
  EXPECT_DOUBLE_EQ(*only("The city approved a $5-million bridge.", "$5-million").value, 5e6);
  EXPECT_DOUBLE_EQ(*only("The firm signed a $2.5-billion deal.", "$2.5-billion").value, 2.5e9);
  const Mention crore = only("The board cleared a Rs 3,150-crore expansion.", "Rs 3,150-crore");
  EXPECT_DOUBLE_EQ(*crore.value, 31.5e9);
  EXPECT_EQ(crore.unit, "INR");
  // a range before a scale keeps its reading
  const Mention range = only("Between them, 5-10 million people fled.", "5-10 million");
  EXPECT_DOUBLE_EQ(*range.low, 5e6);
  EXPECT_DOUBLE_EQ(*range.high, 10e6);
}

TEST(ExtractHeldOut7, TonnesPerAnnumAndWhatIsMeasuredBeforeItsPeriod) {
  const Mention capacity = only("Capacity rose to 34.5 million tonnes per annum.", "34.5 million tonnes per annum");
  EXPECT_EQ(capacity.unit, "t/year");
  EXPECT_DOUBLE_EQ(*capacity.value, 34.5e6);
  const Mention ice =
      only("The sheet loses roughly 270 billion tonnes of ice a year.", "roughly 270 billion tonnes of ice a year");
  EXPECT_EQ(ice.unit, "t/year");
  EXPECT_EQ(only("Exports reached 300 cars per annum.", "300 cars per annum").unit, "cars/year");
  // a measure with a plain "of" and no period stays a measure
  EXPECT_EQ(only("Crews laid 5 km of road.", "5 km").unit, "km");
}

// ---------------------------------------------------------------------------------------
// B. Financial years

TEST(ExtractHeldOut7, AFinancialYearSpansTheYearItEndsInAndTheOneBefore) {
  const Mention year = only("Spending will rise over FY26.", "FY26");
  EXPECT_EQ(year.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(year.date), "2025");
  EXPECT_EQ(iso(year.date_end), "2026");
  EXPECT_EQ(iso(only("Sales rose in FY 2024.", "FY 2024").date_end), "2024");
  // a quarter of a financial year depends on when that year starts: reported, not placed
  const Mention quarter = only("Revenue for Q3 FY25 grew 11 per cent.", "Q3 FY25");
  EXPECT_TRUE(quarter.ambiguous);
  EXPECT_FALSE(quarter.date.has_value());
  // a calendar quarter is placed
  EXPECT_EQ(iso(only("Revenue for Q3 2025 grew.", "Q3 2025").date), "2025-07");
}

// ---------------------------------------------------------------------------------------
// C. Numbers that place, name or grade

TEST(ExtractHeldOut7, AddressesRoadsAndEmergencyNumbersAreNotCounts) {
  EXPECT_EQ(spans_of(extract("The clerk was shot in the 1400 block of Eastway Drive.")), "");
  EXPECT_EQ(spans_of(extract("She was held at the county jail, 210 Court Street, overnight.")), "");
  EXPECT_EQ(spans_of(extract("The chase ran along U.S. 301 and Interstate 95.")), "");
  EXPECT_EQ(spans_of(extract("A co-worker called 911, and a neighbour dialled 999.")), "");
  // counts beside the same words still count
  EXPECT_EQ(spans_of(extract("He called 12 times.")), "12");
  EXPECT_EQ(spans_of(extract("The U.S. 500 troops arrived.")), "500");
  EXPECT_EQ(spans_of(extract("Some 300 Gaza City residents fled.")), "Some 300");
}

TEST(ExtractHeldOut7, AGunsSizeIsNotACount) {
  EXPECT_EQ(spans_of(extract("He fired from a .40-caliber handgun and a 12-gauge shotgun.")), "");
  EXPECT_EQ(spans_of(extract("A 40-year-old man was arrested.")), "40-year-old");
}

TEST(ExtractHeldOut7, GradesAndKindsAreNotOrdinals) {
  EXPECT_EQ(spans_of(extract("He faces first-degree murder and second-degree assault charges.")), "");
  EXPECT_EQ(spans_of(extract("A first-class stamp, second-hand cars, a third-party vendor, a first-rate show.")),
            "");
  EXPECT_EQ(spans_of(extract("The first-stage booster landed; third-quarter profit rose.")), "first|third");
}

TEST(ExtractHeldOut7, ZeroAsATargetOrADigitIsNotACount) {
  EXPECT_EQ(spans_of(extract("Donors pledged to reach net zero; the claim adds a zero; ground zero.")), "");
  EXPECT_EQ(spans_of(extract("It is a zero-sum game with zero tolerance.")), "");
  EXPECT_EQ(spans_of(extract("Zero trucks entered, and the count rose from zero to 12.")), "Zero|zero|12");
}

// ---------------------------------------------------------------------------------------
// D. Words that look like bounds

TEST(ExtractHeldOut7, OverWhatADisputeIsAboutIsNoBound) {
  const Mention change = only("It began with an argument over $20 in change.", "$20");
  EXPECT_EQ(change.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Fears over 300 jobs grew.", "300").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Over 500 people came.", "Over 500").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut7, AddingUpToASumIsNoBound) {
  EXPECT_EQ(only("The two counts add up to 243,045.", "243,045").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Fines may reach up to 5,000 euros.", "up to 5,000 euros").qualifier, Qualifier::kUpTo);
}

TEST(ExtractHeldOut7, PoundsOfAStuffAreAWeight) {
  const Mention drugs = only("Deputies found about 2 pounds of suspected fentanyl.", "about 2 pounds");
  EXPECT_EQ(drugs.kind, MentionKind::kQuantity);
  EXPECT_EQ(drugs.unit, "lb");
  // money stays money
  EXPECT_EQ(only("The club paid 50 million pounds for him.", "50 million pounds").unit, "GBP");
}

// ---------------------------------------------------------------------------------------
// E. Tense of a yearless or weekday date

TEST(ExtractHeldOut7, AScheduledThingIsAhead) {
  EXPECT_EQ(iso(only("Jury selection is set to begin Monday in the trial.", "Monday").date), "2025-10-27");
  EXPECT_EQ(iso(only("The talks are due to resume on Friday.", "Friday").date), "2025-10-24");
  // said of the past, the same words point back
  EXPECT_EQ(iso(only("The trial began Monday.", "Monday").date), "2025-10-20");
}

TEST(ExtractHeldOut7, AListsCommaDoesNotEndTheClause) {
  EXPECT_EQ(iso(only("Hamas will free Yehud, Berger and one more hostage before Friday.", "Friday").date),
            "2025-10-24");
  // a clause's own comma still does
  EXPECT_EQ(iso(only("Hamas will free them, officials said on Friday.", "Friday").date), "2025-10-17");
}

// ---------------------------------------------------------------------------------------
// F. Science units (article 77)

TEST(ExtractHeldOut7, SpeedsPerSecondKelvinAndLightYears) {
  EXPECT_EQ(only("The rocket reached roughly 7.5 km/s.", "roughly 7.5 km/s").unit, "km/s");
  EXPECT_EQ(only("Sound travels at 340 m/s.", "340 m/s").unit, "m/s");
  EXPECT_EQ(only("Cars drove at 120 km/h.", "120 km/h").unit, "km/h");
  EXPECT_EQ(only("The detector is cooled to 80 kelvin.", "80 kelvin").unit, "K");
  EXPECT_EQ(only("The planet lies about 48 light years away.", "about 48 light years").unit, "ly");
  EXPECT_EQ(only("Proxima is 4.2 light-years away.", "4.2 light-years").unit, "ly");
  // light that is no unit
  EXPECT_EQ(spans_of(extract("The 50 light bulbs lasted 3 years.")), "50|3 years");
}

TEST(ExtractHeldOut7, AFahrenheitConversionInBracketsAfterCelsius) {
  const auto cold = extract("It fell below -60C (−76F), and 1.5C (2.7F) above the average.");
  ASSERT_EQ(spans_of(cold), "below -60C|−76F|1.5C|2.7F");
  EXPECT_EQ(cold[1].unit, "F");
  EXPECT_DOUBLE_EQ(*cold[1].value, -76);
  EXPECT_EQ(cold[3].unit, "F");
  // a bare small "F" is a seat, not a temperature
  EXPECT_EQ(spans_of(extract("She sat in seat 16F.")), "");
}

TEST(ExtractHeldOut7, ACountdownIsNoNegative) {
  const Mention countdown = only("At T-minus 90 seconds the count paused.", "90 seconds");
  EXPECT_EQ(countdown.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*countdown.value, 90);
  EXPECT_DOUBLE_EQ(*only("It was minus 12 overnight.", "minus 12").value, -12);
}

TEST(ExtractHeldOut7, AVideosLinesAreNotPence) {
  EXPECT_EQ(spans_of(extract("The set streams in 1080p and 720p.")), "");
  EXPECT_EQ(only("The paper costs 150p.", "150p").unit, "GBP");
}

}  // namespace
}  // namespace figcheck
