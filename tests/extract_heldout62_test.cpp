// Held-out rounds 61 to 68 (articles 471-518): an oil market wire, an Australian council
// budget, a scientist's obituary, a disease outbreak item, a cycling stage race, a Gaza
// aid Q&A, a US mortgage-rates wire, a parliamentary committee report, quarterly
// earnings, a storm live blog, a housing feature, a Gaza wire, a Japanese business wire,
// a Sudan sitrep, a transfer story, a fraud sentencing, a space item, a Gaza live blog,
// a euro-zone wire, a monsoon bulletin, US election results, a drug-prices explainer, a
// rail strike live blog, a famine explainer and the twenty-four of rounds 65 to 68; forms
// the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 26};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut62, OilIsPricedInUsDollarsWhereverItsDeskSits) {
  constexpr std::string_view kOil =
      "LONDON, Nov 26 - Brent crude rose 38 cents to $62.84 a barrel, said an analyst at Halden Securities in "
      "Singapore. Our reporter in Singapore added that traders expect $63 next week.";
  EXPECT_EQ(only(kOil, "38 cents").unit, "USD");
  EXPECT_EQ(only(kOil, "$63").unit, "USD");
  // with no commodity priced in dollars, a country named twice owns its bare dollars
  constexpr std::string_view kFlats =
      "A flat in Singapore sold for $1.2 million, a record for the area, agents in Singapore said.";
  EXPECT_EQ(only(kFlats, "$1.2 million").unit, "SGD");
}

TEST(ExtractHeldOut62, AStatesAndCitiesNameTheirCountrysDollar) {
  constexpr std::string_view kFire =
      "Wildfires near Edmonton forced 2,000 people from their homes, and Alberta will pay $1,250 per adult.";
  EXPECT_EQ(only(kFire, "$1,250").unit, "CAD");
  constexpr std::string_view kRates =
      "Brisbane households will pay $2.31 more a week, the Queensland council said.";
  EXPECT_EQ(only(kRates, "$2.31").unit, "AUD");
}

TEST(ExtractHeldOut62, AsDeepAsAndAsTallAsBoundTheirMeasures) {
  const Mention pits = only("She dug pits as deep as 3 meters.", "as deep as 3 meters");
  EXPECT_EQ(pits.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(pits.unit, "m");
  EXPECT_EQ(only("Waves as tall as 8m hit the coast.", "as tall as 8m").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(spans_of(extract("The lake is as deep as the sea.")), "");
}

TEST(ExtractHeldOut62, ASpacedHyphenJoinsABareFigureToAPercentageOrEndsAfterRange) {
  const Mention severe = only("Some 1 - 2% develop the severe form.", "Some 1 - 2%");
  EXPECT_EQ(severe.kind, MentionKind::kPercent);
  EXPECT_EQ(severe.low, 1);
  EXPECT_EQ(severe.high, 2);
  const Mention ages = only("The median age was 31 (range 4 - 71).", "4 - 71");
  EXPECT_EQ(ages.low, 4);
  EXPECT_EQ(ages.high, 71);
  // elsewhere a spaced hyphen sets a clause apart
  EXPECT_EQ(spans_of(extract("Scores: 10 - 20 were recorded.")), "10|20");
  EXPECT_EQ(spans_of(extract("In 2019 - 5% growth was seen.")), "2019|5%");
}

TEST(ExtractHeldOut62, AShareJoinedToAShareBeforeItInItsSentence) {
  constexpr std::string_view kSurvey =
      "Two-thirds said their rent had gone up in the past 12 months, and a fifth had been served a notice.";
  EXPECT_EQ(only(kSurvey, "a fifth").kind, MentionKind::kPercent);
  EXPECT_EQ(only(kSurvey, "a fifth").value, 20);
  EXPECT_EQ(only("One in five had been evicted, and a fifth were in arrears.", "a fifth").value, 20);
  // an ordinal before its noun, or after a share of another sentence, stays one
  EXPECT_EQ(only("Turnout was 40%, and a fifth round was called.", "fifth").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("He won 52% in 2019. And a fifth had been served.", "fifth").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut62, ThePastWeekSpent) {
  const Mention week = only("Engineers have spent the past week digging.", "past week");
  EXPECT_EQ(week.kind, MentionKind::kDuration);
  EXPECT_EQ(week.unit, "weeks");
  EXPECT_EQ(only("He spent the last week in bed.", "last week").kind, MentionKind::kDuration);
  // a week of the calendar is no span
  EXPECT_EQ(spans_of(extract("She spent the last week of January in Paris.")), "January");
}

TEST(ExtractHeldOut62, ANumberDialledInGroupsStraightAfterTheVerb) {
  EXPECT_EQ(spans_of(extract("Residents should call 1800 000 123 or visit the website.")), "");
  EXPECT_EQ(spans_of(extract("Call 1300 555 for details.")), "");
  EXPECT_EQ(spans_of(extract("Or dial 13 77 88 for help.")), "");
  // counts after the verb still count
  EXPECT_EQ(spans_of(extract("Call 13 or 14 of them.")), "13|14");
  EXPECT_EQ(spans_of(extract("They call 10 20 times a day.")), "10|20 times a day");
}

TEST(ExtractHeldOut62, AReportsNumberedRecommendationsAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Recommendation 3: The department should publish data.")), "");
  EXPECT_EQ(spans_of(extract("Finding 7 was disputed.")), "");
  EXPECT_EQ(spans_of(extract("The committee made 14 recommendations.")), "14");
}

TEST(ExtractHeldOut62, TheThirtyYearAverageOfAMortgageStory) {
  EXPECT_EQ(spans_of(extract("Mortgage rates fell again. She expects the 30-year average to hover near 6%.")), "6%");
  // a climate's average over thirty years is a span
  EXPECT_EQ(only("The 30-year average snowfall is 90 inches.", "30-year").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut62, AFuturesContractForAMonthIsTheComingOnes) {
  EXPECT_EQ(only("Brent crude futures LCOc1 for January fell 38 cents.", "January").date, (Date{2027, 1, 0}));
  EXPECT_EQ(only("U.S. crude futures for January slipped.", "January").date, (Date{2027, 1, 0}));
  // no contract before "for": the month gone by
  EXPECT_EQ(only("Sales for January fell.", "January").date, (Date{2026, 1, 0}));
  EXPECT_EQ(only("Futures traders sold for January.", "January").date, (Date{2026, 1, 0}));
}

TEST(ExtractHeldOut62, PenceAfterAnInstitutionsInitials) {
  EXPECT_EQ(only("A pack cost the NHS 86p in 2021.", "86p").value, 0.86);
  // a model's letters and number stay a name
  EXPECT_EQ(spans_of(extract("The A380 flew.")), "");
}

TEST(ExtractHeldOut62, ACountOfThingsOfAWeightIsNoDimension) {
  EXPECT_EQ(only("A pack of 100 x 500mg tablets costs less.", "100").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Pack size: 2 x 180g", "2").kind, MentionKind::kNumber);
  // sides share their length's unit
  EXPECT_EQ(only("The room is 3 x 4 metres.", "3").unit, "m");
}

TEST(ExtractHeldOut62, AMarginInPointsAfterAShareInPerCent) {
  const Mention margin = only("She won with 54.1%, a 9-point margin.", "9-point");
  EXPECT_EQ(margin.kind, MentionKind::kPercent);
  EXPECT_EQ(margin.unit, "percentage_points");
  // an index's points after a percentage are its own
  EXPECT_EQ(only("The FTSE fell 0.4%, or 30 points.", "30").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut62, KilometresPerHourAsKmph) {
  EXPECT_EQ(only("Winds of 45-55 kmph gusting to 65 kmph.", "65 kmph").unit, "km/h");
  EXPECT_EQ(only("Winds of 45-55 kmph gusting to 65 kmph.", "45-55 kmph").low, 45);
}

TEST(ExtractHeldOut62, APhoneNumberEndingInGroupsOfTwo) {
  EXPECT_EQ(spans_of(extract("Call the line or on 03457 48 49 50.")), "");
  EXPECT_EQ(spans_of(extract("Scores of 12 34 were seen.")), "12|34");
}

TEST(ExtractHeldOut62, ALinesNumberAfterItsNameAndAColon) {
  EXPECT_EQ(spans_of(extract("Toll-free: 1070")), "");
  EXPECT_EQ(spans_of(extract("Helpline: 1926 (24 hours)")), "24 hours");
  EXPECT_EQ(spans_of(extract("Total: 1070")), "1070");
}

TEST(ExtractHeldOut62, ARangeAPurposeRunsIsTheNearerEitherSide) {
  // published on 26 November
  const Mention buyback =
      only("It announced a buyback of up to 18 million shares, to run from Nov. 27 to March 31.",
           "from Nov. 27 to March 31");
  EXPECT_EQ(buyback.date, (Date{2026, 11, 27}));
  EXPECT_EQ(buyback.date_end, (Date{2027, 3, 31}));
  // a range said in the past is gone by
  EXPECT_EQ(only("The sale ran from Nov. 27 to March 31.", "from Nov. 27 to March 31").date, (Date{2025, 11, 27}));
}

TEST(ExtractHeldOut62, APlayersTallyInGamesIsTwoCounts) {
  EXPECT_EQ(spans_of(extract("He has 61 in 112 games since joining.")), "61|112");
  // one in so many games is a share
  EXPECT_EQ(only("One in five games ended level.", "One in five").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut62, ADeadlinesDateIsTheNearerEitherSide) {
  // published on 26 November
  EXPECT_EQ(only("His campaign sent volunteers to help voters before the Dec. 3 deadline.", "Dec. 3").date,
            (Date{2026, 12, 3}));
  EXPECT_EQ(only("They missed the Nov. 1 deadline.", "Nov. 1").date, (Date{2026, 11, 1}));
  // a deadline whose verb says it is gone by
  EXPECT_EQ(only("The Dec. 3 deadline passed.", "Dec. 3").date, (Date{2025, 12, 3}));
}

TEST(ExtractHeldOut62, AJapaneseFinancialYearIsNamedByTheAprilItBegins) {
  const Mention capex = only("Capital spending for FY2026 is planned at ¥410 billion.", "FY2026");
  EXPECT_EQ(capex.date, (Date{2026, 0, 0}));
  EXPECT_EQ(capex.date_end, (Date{2027, 0, 0}));
  // elsewhere the year a financial year is named by is the one it ends in
  EXPECT_EQ(only("Revenue for FY2026 rose to $4bn.", "FY2026").date, (Date{2025, 0, 0}));
}

TEST(ExtractHeldOut62, AShareAsItWasSomeTimeAgo) {
  constexpr std::string_view kSales = "AI chips are nearly 40% of sales, against about a quarter two years ago.";
  const Mention share = only(kSales, "about a quarter");
  EXPECT_EQ(share.value, 25);
  EXPECT_EQ(share.qualifier, Qualifier::kAbout);
  // a quarter of an hour late is no share
  EXPECT_EQ(spans_of(extract("He came about a quarter two hours late.")), "two hours");
}

TEST(ExtractHeldOut62, TheMostOfADecadeWithAPhraseBetween) {
  EXPECT_EQ(only("She called it the most important moment for European astronomy in a decade.", "a decade").unit,
            "years");
  // with no record before it, "in a decade" is no span
  EXPECT_EQ(spans_of(extract("It was a moment for astronomy in a decade of cuts.")), "");
}

TEST(ExtractHeldOut62, APeriodEndingOnADayIsTheNearerEitherSide) {
  constexpr Date kApril{2026, 4, 29};
  const test::OnlyMentionOn in_april{kApril};
  EXPECT_EQ(in_april("For the fourth quarter ending June 30, Lumaris expects revenue of $2bn.", "June 30").date,
            (Date{2026, 6, 30}));
  EXPECT_EQ(in_april("Results for the quarter ending March 31 showed a loss.", "March 31").date, (Date{2026, 3, 31}));
  // "ended" says it is gone by
  EXPECT_EQ(in_april("In the quarter ended June 30, sales rose.", "June 30").date, (Date{2025, 6, 30}));
}

TEST(ExtractHeldOut62, OlderYearsInBracketsAfterANameOrInAnEventsName) {
  const Mention reign = only("the reign of Charles I (1625-1649)", "1625-1649");
  EXPECT_EQ(reign.kind, MentionKind::kDateRange);
  EXPECT_EQ(reign.date, (Date{1625, 0, 0}));
  EXPECT_EQ(reign.date_end, (Date{1649, 0, 0}));
  EXPECT_EQ(only("the civil wars of 1642-1651", "1642-1651").date_end, (Date{1651, 0, 0}));
  EXPECT_EQ(only("after the Restoration of 1660", "1660").date, (Date{1660, 0, 0}));
  // counts stay counts, and a statute's year its name
  EXPECT_EQ(only("between 1500-2000 troops", "1500-2000").kind, MentionKind::kNumber);
  EXPECT_EQ(only("scored 1200-1250 points", "1200-1250").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("The Acts of 1707 joined the crowns.")), "");
  EXPECT_EQ(spans_of(extract("the Committee of 100 met")), "");
}

TEST(ExtractHeldOut62, TwoWeekdaysWithTheirDaysAndOneMonth) {
  // published on Tuesday 10 November 2026
  const test::OnlyMentionOn on_tuesday{Date{2026, 11, 10}};
  const Mention strike = on_tuesday("- Monday 23 to Thursday 26 November", "Monday 23 to Thursday 26 November");
  EXPECT_EQ(strike.kind, MentionKind::kDateRange);
  EXPECT_EQ(strike.date, (Date{2026, 11, 23}));
  EXPECT_EQ(strike.date_end, (Date{2026, 11, 26}));
  // the weekdays settle the year when the tense would not
  EXPECT_EQ(on_tuesday("Days: Tuesday 8 to Friday 11 December", "Tuesday 8 to Friday 11 December").date,
            (Date{2026, 12, 8}));
  // a count after a weekday stays one
  EXPECT_EQ(on_tuesday("On Monday 23 to 26 people came.", "23 to 26").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut62, HousingStartsAreNoStart) {
  // published on 26 November
  EXPECT_EQ(only("Housing starts slip 4% in October.", "October").date, (Date{2026, 10, 0}));
  EXPECT_EQ(only("Work starts in March.", "March").date, (Date{2027, 3, 0}));
}

TEST(ExtractHeldOut62, AFactChecksNumberedClaims) {
  constexpr std::string_view kClaims =
      "The claims we checked.\n\n1. \"More than 71,000 Palestinians have been killed.\" (A senator, on Monday)\n\n"
      "Verdict: true.\n\n2. \"Israel lets in 600 trucks a day.\" (A minister)\n\nVerdict: false.";
  EXPECT_EQ(spans_of(extract(kClaims)), "More than 71,000|Monday|600 trucks a day");
}

TEST(ExtractHeldOut62, SetScoresASpaceApartAndTieBreaks) {
  EXPECT_EQ(spans_of(extract("He beat Moreau 6-4 3-6 7-6 (7-4) in two hours.")), "two hours");
  EXPECT_EQ(spans_of(extract("She won 7-5 6-7 (3-7) 7-6 (10-8).")), "");
  // ranges a space apart rise, and a range in brackets carries its unit
  EXPECT_EQ(spans_of(extract("Classes for ages 5-10 11-16 were full.")), "5-10|11-16");
  EXPECT_EQ(spans_of(extract("Prices (3-7%) rose.")), "3-7%");
}

TEST(ExtractHeldOut62, ANumberDialledAfterCalling) {
  EXPECT_EQ(spans_of(extract("Find the rules online or by calling 02 6555 0188.")), "");
}

TEST(ExtractHeldOut62, ACareerHighRanking) {
  EXPECT_EQ(only("The win will lift him to a career-high No 14.", "No 14").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("He lives at the high No 10.")), "");
}

TEST(ExtractHeldOut62, ABondsTermAloneBeforeItsYield) {
  EXPECT_EQ(spans_of(extract("Gilts sold off while the 30-year touched 5.46%.")), "5.46%");
  EXPECT_EQ(spans_of(extract("Treasury 10-year 4.31%")), "4.31%");
  // a span of years before a share is still one
  EXPECT_EQ(only("The 10-year plan was 5% over budget.", "10-year").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut62, APoliceNumberAndARecordsNumber) {
  EXPECT_EQ(spans_of(extract("Contact Police Scotland on 101, quoting incident number 3418 of 21 November 2026.")),
            "21 November 2026");
  EXPECT_EQ(spans_of(extract("They made contact on 101 occasions.")), "101");
}

TEST(ExtractHeldOut62, CentsGluedOnInLowerCase) {
  const Mention diesel = only("Diesel falls by between 21c and 24c a litre.", "between 21c and 24c");
  EXPECT_EQ(diesel.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*diesel.low, 0.21);
  EXPECT_DOUBLE_EQ(*diesel.high, 0.24);
  EXPECT_EQ(only("The rand firmed to R17.20, and petrol will drop 21c a litre.", "21c").unit, "ZAR");
  // a capital C is a temperature
  EXPECT_EQ(only("It was 23C in Cape Town.", "23C").unit, "C");
  EXPECT_EQ(only("An under-recovery of 5c to 9c a litre is forecast.", "5c to 9c").kind, MentionKind::kMoney);
  // and a number dialled after its prefix in groups of two to four digits
  EXPECT_EQ(spans_of(extract("Call 0800 21 4455 for help.")), "");
}

}  // namespace
}  // namespace figcheck
