// Held-out round 26 (articles 206-211): English-language news from outside the US and
// UK; forms the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 5, 16};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut26, LowerCaseBAndTrAgainstAnAmountAreBillionsAndTrillions) {
  const Mention relief = only("The rebates cost about $1.2b this year.", "about $1.2b");
  EXPECT_EQ(relief.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*relief.value, 1.2e9);
  EXPECT_DOUBLE_EQ(*only("The levy is budgeted at Rs1.2tr in Karachi's plan.", "Rs1.2tr").value, 1.2e12);
  EXPECT_DOUBLE_EQ(*only("Outlay was Rs17.57tr last year.", "Rs17.57tr").value, 17.57e12);
  EXPECT_DOUBLE_EQ(*only("It sold the unit for A$4.5b.", "A$4.5b").value, 4.5e9);
  // the capital B as before; letters that go on into a word are no scale
  EXPECT_DOUBLE_EQ(*only("It raised $5.6B.", "$5.6B").value, 5.6e9);
  EXPECT_DOUBLE_EQ(*only("Fees of $20 bought a ticket.", "$20").value, 20);
  EXPECT_EQ(spans_of(extract("The $5 tri-fold leaflet and a 3b pencil.")), "$5");
  EXPECT_EQ(spans_of(extract("Flat 12b was sold.")), "");
}

TEST(ExtractHeldOut26, PaisaIsAHundredthOfTheRupee) {
  const Mention fall =
      only("The rupee closed at Rs281.45 in Karachi, weaker by about 60 paisa in Pakistan's market.",
           "about 60 paisa");
  EXPECT_EQ(fall.kind, MentionKind::kMoney);
  EXPECT_EQ(fall.unit, "PKR");
  EXPECT_DOUBLE_EQ(*fall.value, 0.6);
  const Mention india = only("The rupee fell 45 paise to 88.20 against the dollar.", "45 paise");
  EXPECT_EQ(india.unit, "INR");
  EXPECT_DOUBLE_EQ(*india.value, 0.45);
  EXPECT_EQ(only("A 50 paisa coin in Delhi.", "50 paisa").unit, "INR");
  // without the word, a bare figure stays a count
  EXPECT_EQ(only("About 60 traders in Lahore.", "About 60").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut26, ARupeeSignAfterAQualifierTakesTheCountryTheTextNames) {
  const char* text =
      "Pakistan's outlay will be kept below Rs17.5 trillion, Islamabad said; Pakistan spent Rs17.57 trillion.";
  EXPECT_EQ(only(text, "below Rs17.5 trillion").unit, "PKR");
  EXPECT_EQ(only(text, "Rs17.57 trillion").unit, "PKR");
  EXPECT_EQ(only("In Lahore and Karachi, Pakistan's dealers want about Rs12 more.", "about Rs12").unit, "PKR");
  // a text naming India, or no country, keeps the Indian rupee
  EXPECT_EQ(only("India's budget stays below Rs50 lakh crore.", "below Rs50 lakh crore").unit, "INR");
  EXPECT_EQ(only("Prices rose to more than Rs 500.", "more than Rs 500").unit, "INR");
}

TEST(ExtractHeldOut26, PIsThePesoInATextThatNamesThePhilippines) {
  const char* text =
      "MANILA: The Philippine regulator ordered a P2.5 billion refund, or about P0.0625 per kWh, as the peso "
      "weakened to P58.94. Shares closed at P512.50.";
  const Mention refund = only(text, "P2.5 billion");
  EXPECT_EQ(refund.kind, MentionKind::kMoney);
  EXPECT_EQ(refund.unit, "PHP");
  EXPECT_DOUBLE_EQ(*refund.value, 2.5e9);
  EXPECT_DOUBLE_EQ(*only(text, "about P0.0625").value, 0.0625);
  EXPECT_DOUBLE_EQ(*only(text, "P58.94").value, 58.94);
  EXPECT_DOUBLE_EQ(*only(text, "P512.50").value, 512.5);
  const Mention code = only("Filipino households: the DOE allotted PHP 3.2 billion.", "PHP 3.2 billion");
  EXPECT_EQ(code.unit, "PHP");
  EXPECT_DOUBLE_EQ(*code.value, 3.2e9);
  // elsewhere the letter and the code are a form, a model and a language; two digits
  // against the letter stay a name there too
  EXPECT_EQ(spans_of(extract("Fill in the P45 form and the P60 by 5 April.")), "5 April");
  EXPECT_EQ(only("The site runs PHP 8.3 on P2.5 hardware.", "8.3").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("The site runs PHP 8.3 on P2.5 hardware.")), "8.3");
  EXPECT_EQ(spans_of(extract("In Manila, the P45 form.")), "");
}

TEST(ExtractHeldOut26, AQuarterNamedByItsLastMonthKeepsTheYearWrittenAfterIt) {
  const Mention peak = only("Inflation peaked at 7.8% in the December quarter of 2022.", "December quarter of 2022");
  EXPECT_EQ(peak.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(peak.date), "2022-10");
  EXPECT_EQ(iso(peak.date_end), "2022-12");
  const Mention since = only("its lowest since the September quarter of 2021.", "September quarter of 2021");
  EXPECT_EQ(iso(since.date), "2021-07");
  EXPECT_EQ(iso(since.date_end), "2021-09");
  // a headline without the article; the quarter alone as before
  const Mention headline = only("Inflation cools to 2.6pc in June quarter, opening the door", "June quarter");
  EXPECT_EQ(iso(headline.date), "2026-04");
  EXPECT_EQ(iso(headline.date_end), "2026-06");
  EXPECT_EQ(iso(only("Prices rose in the March quarter.", "March quarter").date), "2026-01");
  // a month that ends no quarter, or a year that is no year, is read as before
  EXPECT_EQ(spans_of(extract("In the May quarter of 2022 sales fell.")), "May|2022");
  EXPECT_EQ(spans_of(extract("In June quarter of 12 teams played.")), "June quarter|12");
}

TEST(ExtractHeldOut26, AQuarterOfAFinancialYearWrittenSolid) {
  const Mention quarter = only("Profit rose for the quarter ended 30 September (Q2FY26).", "Q2FY26");
  EXPECT_EQ(quarter.kind, MentionKind::kDateRange);
  EXPECT_TRUE(quarter.ambiguous);
  // in Indian copy the year runs from April: Q2FY25 is July to September 2024
  const Mention indian = only("Revenue rose from Rs 4,036 crore in Q2FY25.", "Q2FY25");
  EXPECT_FALSE(indian.ambiguous);
  EXPECT_EQ(*indian.date, (Date{2024, 7, 0}));
  EXPECT_EQ(*indian.date_end, (Date{2024, 9, 0}));
  EXPECT_TRUE(only("Revenue rose in Q3 FY25.", "Q3 FY25").ambiguous);
  // a quarter past the fourth, or letters after the year, is no quarter
  EXPECT_EQ(spans_of(extract("The Q5FY26 code.")), "");
  EXPECT_EQ(spans_of(extract("Model Q2FY26X shipped.")), "");
}

TEST(ExtractHeldOut26, MbpdIsMillionsOfBarrelsADay) {
  const Mention benchmark = only("short of the 2.06 mbpd benchmark in the budget.", "2.06 mbpd");
  EXPECT_EQ(benchmark.kind, MentionKind::kQuantity);
  EXPECT_EQ(benchmark.unit, "barrels/day");
  EXPECT_DOUBLE_EQ(*benchmark.value, 2.06e6);
  EXPECT_DOUBLE_EQ(*only("Output hit 1.8mbpd.", "1.8mbpd").value, 1.8e6);
  EXPECT_DOUBLE_EQ(*only("It pumps 450 kbpd.", "450 kbpd").value, 450000);
  EXPECT_EQ(only("Output was 3.7 mb/d.", "3.7 mb/d").unit, "barrels/day");
  // letters that go on are no unit
  EXPECT_EQ(spans_of(extract("The 2 mbpdx file.")), "2");
}

TEST(ExtractHeldOut26, ABoundOrASetDayJustAheadIsTheComingOne) {
  // written on Saturday 16 May 2026, in clauses whose verbs are past
  EXPECT_EQ(iso(only("Dealers threatened to close 12,000 pumps from May 25 unless paid.", "May 25").date),
            "2026-05-25");
  EXPECT_EQ(iso(only("The union has given the government until May 31 to open talks.", "May 31").date),
            "2026-05-31");
  EXPECT_EQ(iso(only("The regulator had asked firms to keep 20 days' cover until the end of June.", "June").date),
            "2026-06");
  EXPECT_EQ(iso(only("It declared a dividend of Rs 6.50, with a record date of 26 May.", "26 May").date),
            "2026-05-26");
  EXPECT_EQ(iso(only("The state said it paid grants under a scheme starting in July.", "July").date), "2026-07");
  // the same words before a day gone by, or one far ahead, keep the last one
  EXPECT_EQ(iso(only("The ban was in force until May 10.", "May 10").date), "2026-05-10");
  EXPECT_EQ(iso(only("Prices were frozen from April 20.", "April 20").date), "2026-04-20");
  EXPECT_EQ(iso(only("The ban was in force until November.", "November").date), "2025-11");
  EXPECT_EQ(iso(only("Output fell from 25 June.", "25 June").date), "2025-06-25");
  // no bound before it: the past tense keeps the last one
  EXPECT_EQ(iso(only("Prices rose on May 25.", "May 25").date), "2025-05-25");
}

TEST(ExtractHeldOut26, ABareDollarIsThatOfTheCountryNamedMostBesideAnotherMarkedDollar) {
  const char* sydney =
      "The Australian Bureau of Statistics said rebates of $150 cost about $1.2b. Australian rents rose. "
      "The Australian dollar fell. In New Zealand, Fonterra paid NZ$10.15, up from NZ$9.80.";
  const Mention rebate = only(sydney, "$150");
  EXPECT_EQ(rebate.unit, "AUD");
  EXPECT_EQ(only(sydney, "about $1.2b").unit, "AUD");
  EXPECT_EQ(only(sydney, "NZ$10.15").unit, "NZD");
  const char* auckland =
      "Auckland house prices in New Zealand fell to $910,000, the New Zealand institute said, as "
      "Australian buyers paid A$1.2 million and A$950,000.";
  EXPECT_EQ(only(auckland, "$910,000").unit, "NZD");
  EXPECT_EQ(only(auckland, "A$1.2 million").unit, "AUD");
  // the marked dollar's own country named most, or none named: the marked one, as before
  const char* perth = "Australian miners paid A$410 million and A$75 million; $400 went to each family.";
  EXPECT_EQ(only(perth, "$400").unit, "AUD");
  EXPECT_EQ(only("It paid NZ$4 million and NZ$3 million; $400 went to each family.", "$400").unit, "NZD");
  // two countries named as often leave the marked one
  EXPECT_EQ(only("Australian and Canadian firms paid C$4 million and C$3 million; $400 each.", "$400").unit,
            "CAD");
}

TEST(ExtractHeldOut26, MayJuneAndJulyBeforeANounOrAfterALeadAreMonths) {
  EXPECT_EQ(iso(only("Households received the rebate extended in the May budget.", "May").date), "2026-05");
  EXPECT_EQ(iso(only("The PSA will release May inflation data on June 5.", "May").date), "2026-05");
  EXPECT_EQ(iso(only("The service published its April figures.", "April").date), "2026-04");
  EXPECT_EQ(iso(only("The service will publish its July figures soon.", "July").date), "2026-07");
  EXPECT_EQ(iso(only("The ABS will publish the CPI indicator for July on 26 August.", "July").date), "2026-07");
  EXPECT_EQ(iso(only("The ABS published the CPI indicator for June last year.", "June last year").date), "2025-06");
  EXPECT_EQ(iso(only("It ordered a refund over 12 months starting June, or P0.06 a month.", "June").date),
            "2026-06");
  // the modal, a name, and the calendar month in general stay out
  EXPECT_EQ(spans_of(extract("Inflation may rise. Prices May fall.")), "");
  EXPECT_EQ(spans_of(extract("Theresa May budget talks ended.")), "");
  EXPECT_EQ(spans_of(extract("It was a national record for June.")), "");
  EXPECT_EQ(spans_of(extract("Flowers for June arrived.")), "");
  EXPECT_EQ(spans_of(extract("The vote for May Anderson was close.")), "");
}

TEST(ExtractHeldOut26, APeriodASumIsSpreadAcrossTakesNoBound) {
  const Mention spread =
      only("It will spread the collection of some P1.1 billion in deferred charges over six months.", "six months");
  EXPECT_EQ(spread.kind, MentionKind::kDuration);
  EXPECT_EQ(spread.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("It must refund P2.5 billion to customers over 12 months starting June.", "12 months").qualifier,
            Qualifier::kNone);
  EXPECT_EQ(only("The arrears will be repaid in instalments over 24 months.", "24 months").qualifier, Qualifier::kNone);
  // without such a verb in the clause, or past a comma, "over" bounds the period
  EXPECT_EQ(only("The strike lasted over six months.", "over six months").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("It spread the cost, and the work lasted over 12 months.", "over 12 months").qualifier,
            Qualifier::kOver);
  EXPECT_EQ(only("They spread the word to over 300 people.", "over 300").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut26, EndJoinedToAYearIsTheYear) {
  const Mention coverage = only("Access rose to 94.6% as of end-2025, up from 2024.", "2025");
  EXPECT_EQ(coverage.kind, MentionKind::kDate);
  EXPECT_EQ(iso(coverage.date), "2025");
  EXPECT_EQ(iso(only("Debt will fall by end-2027, it said.", "2027").date), "2027");
  EXPECT_EQ(iso(only("Growth slowed in mid-2024.", "2024").date), "2024");
  // "end" before a number that is no year, or another word before a year, stays a name
  EXPECT_EQ(spans_of(extract("The end-12 plan and the F-2025 model.")), "");
}

TEST(ExtractHeldOut26, ReIsTheRupeesSingularBeforeOne) {
  const Mention face = only("It declared Rs 6.50 a share on a face value of Re 1, it said.", "Re 1");
  EXPECT_EQ(face.kind, MentionKind::kMoney);
  EXPECT_EQ(face.unit, "INR");
  EXPECT_DOUBLE_EQ(*face.value, 1);
  EXPECT_DOUBLE_EQ(*only("Shares with a face value of Re.1 each.", "Re.1").value, 1);
  EXPECT_EQ(only("In Karachi, Pakistan's coins of Re 1 went out of use.", "Re 1").unit, "PKR");
  // before any other figure, or as "Re:", it is no rupee
  EXPECT_EQ(spans_of(extract("Re: 1 item left.")), "1");
  EXPECT_EQ(spans_of(extract("Re 10 coins and RE 100 targets.")), "10|100");
  EXPECT_EQ(spans_of(extract("Re 1.5 million")), "1.5 million");
}

TEST(ExtractHeldOut26, AnOperationsNameKeepsItsNumber) {
  EXPECT_EQ(spans_of(extract("The UAE has sent aid under Operation Chivalrous Knight 3, it said on Friday.")),
            "Friday");
  EXPECT_EQ(spans_of(extract("Operation Gallant Knight 2 began.")), "");
  // a figure after the name with its unit or in thousands, or after "operation" in lower
  // case, is still one
  EXPECT_EQ(spans_of(extract("Operation Protective Edge killed 2,251 people.")), "2,251");
  EXPECT_EQ(spans_of(extract("Operation Sindoor 2 weeks later.")), "2 weeks");
  EXPECT_EQ(spans_of(extract("The operation took 3 hours and 12 staff.")), "3 hours|12");
}

TEST(ExtractHeldOut26, AShareOfACentIsMoney) {
  const Mention fall = only("The Australian dollar fell almost half a US cent to US65.82c.", "almost half a US cent");
  EXPECT_EQ(fall.kind, MentionKind::kMoney);
  EXPECT_EQ(fall.unit, "USD");
  EXPECT_DOUBLE_EQ(*fall.value, 0.005);
  EXPECT_EQ(fall.qualifier, Qualifier::kAlmost);
  const Mention quarter = only("Wheat rose a quarter of a cent.", "a quarter of a cent");
  EXPECT_EQ(quarter.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*quarter.value, 0.0025);
  EXPECT_EQ(only("It gained half a euro cent.", "half a euro cent").unit, "EUR");
  // a share of a per cent is a percent, and "a cent" alone no share
  EXPECT_EQ(only("It rose half a per cent.", "half a per cent").kind, MentionKind::kPercent);
  EXPECT_EQ(spans_of(extract("Not a cent was paid.")), "");
}

}  // namespace
}  // namespace figcheck
