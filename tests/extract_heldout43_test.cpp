// Held-out round 43 (articles 341-346): an Indian cement maker's results release, a Nigerian
// bank wire, a Singapore budget explainer, a Gulf stock-market report, a South African metro
// budget live blog and a Bangladeshi budget editorial; forms of money and quantity the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2024, 3, 14};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut43, TakaAreWrittenTkAsRupeesAreWrittenRs) {
  const Mention rate = only("The taka now trades at Tk 92.50 officially.", "Tk 92.50");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "BDT");
  EXPECT_DOUBLE_EQ(*rate.value, 92.5);
  // with South Asian scales and digit grouping, and written solid
  EXPECT_DOUBLE_EQ(*only("a budget of Tk 6,78,064 crore for FY2022-23", "Tk 6,78,064 crore").value, 6.78064e12);
  EXPECT_DOUBLE_EQ(*only("Tk 1.15 lakh crore of foreign loans", "Tk 1.15 lakh crore").value, 1.15e12);
  EXPECT_DOUBLE_EQ(*only("The threshold stays at Tk3 lakh.", "Tk3 lakh").value, 3e5);
  const Mention hedged = only("at more than Tk 98 on the kerb market", "more than Tk 98");
  EXPECT_EQ(hedged.unit, "BDT");
  const Mention range = only("it will miss by Tk 20,000-25,000 crore", "Tk 20,000-25,000 crore");
  EXPECT_DOUBLE_EQ(*range.low, 2e11);
  EXPECT_DOUBLE_EQ(*range.high, 2.5e11);
  // the letters in lower case are no currency
  EXPECT_EQ(spans_of(extract("He wrote tk 50 times.")), "50");
}

TEST(ExtractHeldOut43, SaudiAndQatariRiyalsAreLettersAgainstTheFigure) {
  const Mention profit = only("Net profit fell to SR412 million from SR689 million.", "SR412 million");
  EXPECT_EQ(profit.kind, MentionKind::kMoney);
  EXPECT_EQ(profit.unit, "SAR");
  EXPECT_DOUBLE_EQ(*profit.value, 412e6);
  EXPECT_EQ(only("Net profit fell to SR412 million from SR689 million.", "SR689 million").unit, "SAR");
  const Mention dividend = only("The stock traded ex-dividend of QR0.35 a share.", "QR0.35");
  EXPECT_EQ(dividend.unit, "QAR");
  EXPECT_DOUBLE_EQ(*dividend.value, 0.35);
  // spaced from the figure, the letters are a road's or a code's; against bare digits, a
  // flight's number, unless the text has just given an amount in riyals
  EXPECT_EQ(only("Traffic on SR 520 was slow.", "520").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Flight SR4417 returned to Geneva; QR817 landed in Doha.")), "");
  EXPECT_EQ(only("The fine rose from SR1,000 to SR5000.", "SR5000").unit, "SAR");
}

TEST(ExtractHeldOut43, CroreCutShortAfterSouthAsianMoney) {
  const Mention profit = only("The lender posted profit of Rs 4,500 cr in the quarter.", "Rs 4,500 cr");
  EXPECT_EQ(profit.unit, "INR");
  EXPECT_DOUBLE_EQ(*profit.value, 4.5e10);
  EXPECT_DOUBLE_EQ(*only("It raised Rs1,200cr from bonds.", "Rs1,200cr").value, 1.2e10);
  EXPECT_DOUBLE_EQ(*only("a ₹1,200-cr treasury gain", "₹1,200-cr").value, 1.2e10);
  EXPECT_EQ(only("Bangladesh set aside Tk 2,000cr.", "Tk 2,000cr").unit, "BDT");
  // after other money, or a bare figure, the letters are no scale
  EXPECT_EQ(spans_of(extract("It costs $5 cr today.")), "$5|today");
}

TEST(ExtractHeldOut43, GulfAndSriLankanCurrenciesByTheirLettersAndCodes) {
  const Mention sales = only("Developers sold homes worth Dhs1.2 billion.", "Dhs1.2 billion");
  EXPECT_EQ(sales.unit, "AED");
  EXPECT_DOUBLE_EQ(*sales.value, 1.2e9);
  EXPECT_EQ(only("a villa for Dhs 8.5 million", "Dhs 8.5 million").unit, "AED");
  EXPECT_EQ(only("The fund holds KWD 3 million.", "KWD 3 million").unit, "KWD");
  EXPECT_EQ(only("The bank holds BHD 5 million.", "BHD 5 million").unit, "BHD");
  EXPECT_EQ(only("The port cost OMR 2.4 million.", "OMR 2.4 million").unit, "OMR");
  EXPECT_EQ(only("The bond raised LKR 1.2 billion.", "LKR 1.2 billion").unit, "LKR");
}

TEST(ExtractHeldOut43, ASecurityCodeAfterItsExchangeCountsNothing) {
  EXPECT_EQ(spans_of(extract("Kaveri Cements (NSE: KAVERICEM; BSE: 532914) rose 1.6%.")), "1.6%");
  EXPECT_EQ(spans_of(extract("Toyota (TSE: 7203) and Infosys (NSE: INFY, BSE: 500209) gained.")), "");
  EXPECT_EQ(spans_of(extract("Tencent (0700.HK) and Samsung (005930.KS) and Toyota (7203.T) moved.")), "");
  // a year, or a figure that goes on, after a label's colon is still read
  EXPECT_EQ(spans_of(extract("The plan (PHASE: 2025) was set.")), "2025");
  EXPECT_EQ(spans_of(extract("Deaths (WHO: 1,240) rose.")), "1,240");
}

TEST(ExtractHeldOut43, KoboAreHundredthsOfTheNaira) {
  const std::string text = "It proposed a final dividend of 45 kobo a share, up from 30 kobo.";
  const Mention dividend = only(text, "45 kobo");
  EXPECT_EQ(dividend.kind, MentionKind::kMoney);
  EXPECT_EQ(dividend.unit, "NGN");
  EXPECT_DOUBLE_EQ(*dividend.value, 0.45);
  EXPECT_DOUBLE_EQ(*only(text, "30 kobo").value, 0.30);
}

TEST(ExtractHeldOut43, MtpaIsMillionTonnesAYear) {
  const Mention capacity = only("taking total capacity to 48.5 mtpa by FY28", "48.5 mtpa");
  EXPECT_EQ(capacity.kind, MentionKind::kQuantity);
  EXPECT_EQ(capacity.unit, "t/year");
  EXPECT_DOUBLE_EQ(*capacity.value, 48.5e6);
  EXPECT_EQ(only("The 2.5 mtpa Sholapur unit was delayed.", "2.5 mtpa").unit, "t/year");
  EXPECT_DOUBLE_EQ(*only("two LNG trains of 7.8 MMTPA each", "7.8 MMTPA").value, 7.8e6);
  // the barrels written solid beside them are read as before
  EXPECT_DOUBLE_EQ(*only("Output rose to 1.8 mbpd.", "1.8 mbpd").value, 1.8e6);
}

TEST(ExtractHeldOut43, KilolitresAreKL) {
  const Mention water = only("The free allocation of 6 kilolitres of water a month stays.",
                             "6 kilolitres of water a month");
  EXPECT_EQ(water.kind, MentionKind::kQuantity);
  EXPECT_EQ(water.unit, "kL/month");
  EXPECT_DOUBLE_EQ(*water.value, 6);
  EXPECT_EQ(only("Tanks of 10 kiloliters were delivered.", "10 kiloliters").unit, "kL");
}

TEST(ExtractHeldOut43, ADecimalCommaBeforeAPercentSign) {
  const Mention collected = only("The metro collected 82,5% of what it billed.", "82,5%");
  EXPECT_EQ(collected.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*collected.value, 82.5);
  EXPECT_DOUBLE_EQ(*only("Inflation was 5,25% in May.", "5,25%").value, 5.25);
  // a group of thousands is three digits: "1,250%" stays what it was
  EXPECT_DOUBLE_EQ(*only("The shares rose 1,250% in a decade.", "1,250%").value, 1250);
}

TEST(ExtractHeldOut43, AChangeAndItsLevelStayTwoFiguresPastAHedge) {
  const std::string text = "Freight cost rose by around ₹38 to ₹1,311 a tonne.";
  EXPECT_EQ(only(text, "around ₹38").unit, "INR");
  EXPECT_DOUBLE_EQ(*only(text, "₹1,311").value, 1311);
  EXPECT_EQ(spans_of(extract("Prices fell about $3 to $40 a barrel.")), "about $3|$40");
  // a range of money with a hedge before it is still a range
  const Mention range = only("The stake is worth about $30 to $40 million.", "about $30 to $40 million");
  EXPECT_DOUBLE_EQ(*range.low, 30e6);
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

constexpr Date kBudgetDay{2023, 2, 15};
constexpr test::OnlyMentionOn on_budget_day{kBudgetDay};

// What a scheme does on a day, in the present tense, is ahead of the article setting it
// out: "the first payment comes in December", "for the year starting July 1" (343, 345).
TEST(ExtractHeldOut43, ASchemesPresentTenseIsAhead) {
  EXPECT_EQ(test::iso(on_budget_day("The first payment comes in December.", "December").date), "2023-12");
  EXPECT_EQ(test::iso(on_budget_day("A 3.5% rise is agreed for the year starting July 1.", "July 1").date),
            "2023-07-01");
  EXPECT_EQ(test::iso(on_budget_day("The levy applies from July 1.", "July 1").date), "2023-07-01");
  // in the past tense it is behind
  EXPECT_EQ(test::iso(on_budget_day("The first payment came in December.", "December").date), "2022-12");
}

// A plan's infinitive is ahead: "fares are set to rise on July 1". (A headline's "tariffs
// to rise 14.59% from July 1", in 345, has no word that says it is a plan, and stays back.)
TEST(ExtractHeldOut43, APlansInfinitiveIsAhead) {
  EXPECT_EQ(test::iso(on_budget_day("Fares are set to rise on July 1.", "July 1").date), "2023-07-01");
  EXPECT_EQ(test::iso(on_budget_day("Tariffs are to rise from July 1.", "July 1").date), "2023-07-01");
  EXPECT_EQ(test::iso(on_budget_day("The council plans to cut rates from July 1.", "July 1").date), "2023-07-01");
  // "to" before a figure, or "is to blame", is no plan
  EXPECT_EQ(test::iso(on_budget_day("Prices rose to a record on July 1.", "July 1").date), "2022-07-01");
  EXPECT_EQ(test::iso(on_budget_day("He is to blame for the crash on July 1.", "July 1").date), "2022-07-01");
}

// "payable on May 9 to shareholders on the register at the close of April 19" (342): the
// day that fixes who is paid is set with the payment, ahead of the declaration.
TEST(ExtractHeldOut43, TheRegistersCloseIsSetWithThePayment) {
  EXPECT_EQ(test::iso(on_budget_day("A dividend of 45 kobo is payable on May 9 to shareholders on the register at "
                                    "the close of April 19.",
                                    "April 19")
                          .date),
            "2023-04-19");
}

}  // namespace
}  // namespace figcheck
