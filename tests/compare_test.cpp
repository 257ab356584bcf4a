// The comparison rules of the README's "Verdicts" section, one table each.
#include "compare.h"
#include "format.h"

#include <gtest/gtest.h>

#include <limits>

namespace figcheck {
namespace {

Mention number(double value, double precision, Qualifier qualifier = Qualifier::kNone) {
  Mention mention;
  mention.kind = MentionKind::kNumber;
  mention.text = "figure";
  mention.value = value;
  mention.precision = precision;
  mention.qualifier = qualifier;
  return mention;
}

Mention vague(double low, double high) {
  Mention mention;
  mention.kind = MentionKind::kNumber;
  mention.text = "hundreds";
  mention.low = low;
  mention.high = high;
  return mention;
}

Point point(const char* as_of, double value, Qualifier qualifier = Qualifier::kNone) {
  Point point;
  point.as_of = *parse_iso_date(as_of);
  point.value = value;
  point.qualifier = qualifier;
  point.source = "Test ministry";
  point.url = "https://example.org/";
  return point;
}

Fact running_total() {
  Fact fact;
  fact.id = "deaths";
  fact.subject = "people killed";
  fact.cumulative = true;
  fact.points = {point("2025-11-29", 70100), point("2026-01-04", 71386), point("2026-01-12", 71419)};
  return fact;
}

constexpr Date kPublished{2026, 1, 6};

struct NumberCase {
  const char* name;
  Mention mention;
  Verdict expected;
};

class RunningTotalTest : public testing::TestWithParam<NumberCase> {};

TEST_P(RunningTotalTest, ComparesWithThePointsThatBracketThePublicationDate) {
  const NumberCase& test = GetParam();
  const detail::Comparison comparison = detail::compare(test.mention, running_total(), kPublished);
  EXPECT_EQ(comparison.verdict, test.expected) << comparison.explanation;
  EXPECT_FALSE(comparison.explanation.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Rules, RunningTotalTest,
    testing::Values(
        // 71,400 to the nearest hundred is 71,350..71,450; the total lay in 71,386..71,419.
        NumberCase{"NearestHundredInsideBracket", number(71400, 100), Verdict::kSupported},
        NumberCase{"MoreThanInsideBracket", number(71400, 100, Qualifier::kMoreThan), Verdict::kSupported},
        NumberCase{"ExactInsideBracket", number(71390, 1), Verdict::kSupported},
        NumberCase{"ExactBelowBracket", number(71300, 1), Verdict::kContradicted},
        NumberCase{"MoreThanAboveBracket", number(72000, 1000, Qualifier::kMoreThan), Verdict::kContradicted},
        NumberCase{"AboutWithinATenth", number(70000, 1000, Qualifier::kAbout), Verdict::kSupported},
        NumberCase{"NearlyFromBelow", number(72000, 1000, Qualifier::kNearly), Verdict::kSupported},
        NumberCase{"NearlyBelowTheTruthMatchesAnOlderPoint", number(71000, 1000, Qualifier::kNearly),
                   Verdict::kOutdated},
        NumberCase{"NearlyFarBelowTheTruth", number(60000, 1000, Qualifier::kNearly), Verdict::kContradicted},
        NumberCase{"FewerThanAboveTheTruth", number(80000, 1000, Qualifier::kFewerThan), Verdict::kSupported},
        NumberCase{"FewerThanBelowTheTruth", number(60000, 1000, Qualifier::kFewerThan), Verdict::kContradicted},
        NumberCase{"OlderPointMakesItOutdated", number(70100, 100), Verdict::kOutdated},
        NumberCase{"VagueTensOfThousands", vague(20000, 99999), Verdict::kSupported},
        NumberCase{"VagueHundredsTooFew", vague(200, 999), Verdict::kContradicted}),
    [](const testing::TestParamInfo<NumberCase>& info) { return std::string(info.param.name); });

TEST(RunningTotalTest, ExplanationShowsBothBracketingPoints) {
  const detail::Comparison comparison =
      detail::compare(number(71400, 100, Qualifier::kMoreThan), running_total(), kPublished);
  EXPECT_NE(comparison.explanation.find("71,386"), std::string::npos) << comparison.explanation;
  EXPECT_NE(comparison.explanation.find("71,419"), std::string::npos) << comparison.explanation;
  EXPECT_NE(comparison.explanation.find("4 January 2026"), std::string::npos) << comparison.explanation;
  ASSERT_EQ(comparison.references.size(), 2u);
  ASSERT_TRUE(comparison.expected.has_value());
  EXPECT_EQ(comparison.expected->low, 71386);
  EXPECT_EQ(comparison.expected->high, 71419);
}

TEST(RunningTotalTest, HeldValueDecidesExactly) {
  Fact fact;
  fact.id = "remains";
  fact.subject = "remains returned";
  fact.cumulative = true;
  fact.points = {point("2025-12-04", 27), point("2026-01-26", 28)};
  fact.points[0].held_until = Date{2026, 1, 25};
  EXPECT_EQ(detail::compare(number(28, 1), fact, kPublished).verdict, Verdict::kContradicted);
  EXPECT_EQ(detail::compare(number(27, 1), fact, kPublished).verdict, Verdict::kSupported);
  // Without the held value, the bracket 27..28 allows either.
  fact.points[0].held_until.reset();
  EXPECT_EQ(detail::compare(number(28, 1), fact, kPublished).verdict, Verdict::kSupported);
}

TEST(RunningTotalTest, AboveTheLatestPointWithNothingLaterIsUnverified) {
  Fact fact = running_total();
  fact.points.pop_back();
  fact.points.pop_back();  // the latest is 70,100 on 29 Nov 2025
  EXPECT_EQ(detail::compare(number(71000, 1000), fact, kPublished).verdict, Verdict::kUnverified);
  EXPECT_EQ(detail::compare(vague(20000, 99999), fact, kPublished).verdict, Verdict::kSupported);
}

TEST(RunningTotalTest, PastTheLastPointGrowthIsBoundedByTheSeries) {
  Fact fact;
  fact.id = "deaths";
  fact.subject = "people killed";
  fact.cumulative = true;
  // 10 a day at most; 5 days after the last point the total is at most 200 + 10 * 5 * 1.5.
  fact.points = {point("2025-12-22", 100), point("2026-01-01", 200)};
  EXPECT_EQ(detail::compare(number(260, 10), fact, kPublished).verdict, Verdict::kSupported);
  const detail::Comparison wrong = detail::compare(number(400, 100), fact, kPublished);
  EXPECT_EQ(wrong.verdict, Verdict::kContradicted);
  EXPECT_NE(wrong.explanation.find("at most 275"), std::string::npos) << wrong.explanation;
  // One point gives no rate: a higher figure cannot be judged.
  fact.points = {point("2026-01-01", 200)};
  EXPECT_EQ(detail::compare(number(400, 100), fact, kPublished).verdict, Verdict::kUnverified);
}

TEST(RunningTotalTest, AKnownStartAndOnePointGiveARate) {
  Fact fact;
  fact.id = "exits";
  fact.subject = "patients who left";
  fact.cumulative = true;
  // From nothing on 2 January to 36 on 6 January: 9 a day, so at most 36 + 9 * 1.5 the same day.
  fact.since = Date{2026, 1, 2};
  fact.points = {point("2026-01-06", 36)};
  EXPECT_EQ(detail::compare(number(40, 1), fact, kPublished).verdict, Verdict::kSupported);
  const detail::Comparison wrong = detail::compare(number(76, 1), fact, kPublished);
  EXPECT_EQ(wrong.verdict, Verdict::kContradicted);
  EXPECT_NE(wrong.explanation.find("at most 50"), std::string::npos) << wrong.explanation;
}

TEST(RunningTotalTest, AFigureIsTheTotalWhenItsValueIsOneTheTotalHad) {
  const Fact fact = running_total();
  EXPECT_TRUE(detail::is_value_of_running_total(number(71400, 100), fact, kPublished));
  EXPECT_TRUE(detail::is_value_of_running_total(number(70100, 100), fact, kPublished));  // an older point
  // Read as about its value: "more than 70,000" is the total, "more than 100" is not.
  EXPECT_TRUE(detail::is_value_of_running_total(number(70000, 1000, Qualifier::kMoreThan), fact, kPublished));
  EXPECT_FALSE(detail::is_value_of_running_total(number(100, 100, Qualifier::kMoreThan), fact, kPublished));
  EXPECT_FALSE(detail::is_value_of_running_total(number(1965, 1), fact, kPublished));
  // Only points from after the article: "at most 70,100" cannot tell the total from a smaller count.
  EXPECT_FALSE(detail::is_value_of_running_total(number(70000, 1000), fact, Date{2025, 11, 1}));
}

TEST(StockTest, LatestPointDecidesAndOlderOnesAreOutdated) {
  Fact fact;
  fact.id = "held";
  fact.subject = "hostages held";
  fact.points = {point("2024-09-01", 101), point("2025-12-20", 48)};
  EXPECT_EQ(detail::compare(number(48, 1), fact, kPublished).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(number(101, 1), fact, kPublished).verdict, Verdict::kOutdated);
  EXPECT_EQ(detail::compare(number(60, 10), fact, kPublished).verdict, Verdict::kContradicted);
}

TEST(StockTest, AFigureGivenForAnEarlierDayIsComparedThen) {
  Fact fact;
  fact.id = "sheltering";
  fact.subject = "people sheltering in Rafah";
  fact.points = {point("2024-05-08", 1500000, Qualifier::kAbout), point("2025-12-20", 50000)};
  const Mention then = number(1400000, 100000, Qualifier::kAbout);
  EXPECT_EQ(detail::compare(then, fact, kPublished).verdict, Verdict::kOutdated);
  const detail::Comparison dated = detail::compare(then, fact, kPublished, Date{2024, 12, 31});
  EXPECT_EQ(dated.verdict, Verdict::kSupported) << dated.explanation;
  EXPECT_NE(dated.explanation.find("by 31 December 2024"), std::string::npos) << dated.explanation;
  // 237 days after its point a figure may have moved, but not nearly fourfold.
  const detail::Comparison wrong =
      detail::compare(number(5400000, 100000, Qualifier::kAbout), fact, kPublished, Date{2024, 12, 31});
  EXPECT_EQ(wrong.verdict, Verdict::kContradicted) << wrong.explanation;
  EXPECT_NE(wrong.explanation.find("237 days older than 31 December 2024"), std::string::npos) << wrong.explanation;
  // A running total given for a recent day is still compared at publication; one
  // given for a day long past, on that day.
  EXPECT_EQ(detail::compare(number(70100, 100), running_total(), kPublished, Date{2025, 11, 30}).verdict,
            Verdict::kOutdated);
  Fact longer = running_total();
  longer.points.insert(longer.points.begin(), point("2024-12-16", 45028));
  EXPECT_EQ(detail::compare(number(45000, 1000), longer, kPublished, Date{2024, 12, 16}).verdict,
            Verdict::kSupported);
  EXPECT_EQ(detail::compare(number(45000, 1000), longer, kPublished).verdict, Verdict::kOutdated);
}

TEST(StockTest, AnOldOrLaterPointCannotContradict) {
  Fact fact;
  fact.id = "held";
  fact.subject = "hostages held";
  fact.points = {point("2025-06-01", 50)};
  // Seven months before the article: the figure may have moved since.
  EXPECT_EQ(detail::compare(number(48, 1), fact, kPublished).verdict, Verdict::kUnverified);
  EXPECT_EQ(detail::compare(number(50, 1), fact, kPublished).verdict, Verdict::kSupported);
  // Only a point after the article: it says nothing of the day the article was published.
  fact.points = {point("2026-03-01", 30)};
  EXPECT_EQ(detail::compare(number(48, 1), fact, kPublished).verdict, Verdict::kUnverified);
}

TEST(StockTest, StableFactsAcceptAnySource) {
  Fact fact;
  fact.id = "area";
  fact.subject = "area";
  fact.stable = true;
  fact.kind = FactKind::kQuantity;
  fact.unit = "km2";
  fact.points = {point("2023-10-14", 365), point("2023-12-05", 360)};
  Mention area = number(360, 10);
  area.kind = MentionKind::kQuantity;
  area.unit = "km2";
  EXPECT_EQ(detail::compare(area, fact, kPublished).verdict, Verdict::kSupported);
  area.value = 141;  // square miles
  area.precision = 1;
  area.unit = "mi2";
  EXPECT_EQ(detail::compare(area, fact, kPublished).verdict, Verdict::kSupported);
  area.value = 400;
  area.unit = "km2";
  EXPECT_EQ(detail::compare(area, fact, kPublished).verdict, Verdict::kContradicted);
}

TEST(MoneyTest, DifferentCurrencyIsUnverifiedWithTheReason) {
  Fact fact;
  fact.id = "cost";
  fact.subject = "reconstruction cost";
  fact.kind = FactKind::kMoney;
  fact.unit = "USD";
  fact.points = {point("2025-02-18", 53.2e9)};
  Mention money = number(50e9, 1e9);
  money.kind = MentionKind::kMoney;
  money.unit = "EUR";
  const detail::Comparison comparison = detail::compare(money, fact, kPublished);
  EXPECT_EQ(comparison.verdict, Verdict::kUnverified);
  EXPECT_NE(comparison.explanation.find("exchange rate"), std::string::npos);
}

Mention date_mention(Date date) {
  Mention mention;
  mention.kind = MentionKind::kDate;
  mention.text = "date";
  mention.date = date;
  return mention;
}

TEST(DateCompareTest, ComparesAtTheGranularityWritten) {
  Fact fact;
  fact.id = "seized";
  fact.subject = "the seizure of the Rafah crossing";
  fact.kind = FactKind::kDate;
  Point seized = point("2024-05-07", 0);
  seized.value.reset();
  seized.date = Date{2024, 5, 7};
  fact.points = {seized};
  EXPECT_EQ(detail::compare(date_mention({2024, 5, 0}), fact, kPublished).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(date_mention({2024, 0, 0}), fact, kPublished).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(date_mention({2024, 5, 7}), fact, kPublished).verdict, Verdict::kSupported);
  const detail::Comparison wrong = detail::compare(date_mention({2024, 5, 9}), fact, kPublished);
  EXPECT_EQ(wrong.verdict, Verdict::kContradicted);
  EXPECT_NE(wrong.explanation.find("2 days later"), std::string::npos) << wrong.explanation;
  EXPECT_EQ(detail::compare(date_mention({2024, 6, 0}), fact, kPublished).verdict, Verdict::kContradicted);
}

// A weekly briefing on another day is another briefing, not a wrong date.
TEST(DateCompareTest, ARecurringEventOnAnotherDayIsNotChecked) {
  Fact fact;
  fact.id = "briefing";
  fact.subject = "the spokesman's press briefing on the talks";
  fact.kind = FactKind::kDate;
  fact.recurring = true;
  Point briefing = point("2026-01-06", 0);
  briefing.value.reset();
  briefing.date = Date{2026, 1, 6};
  fact.points = {briefing};
  EXPECT_EQ(detail::compare(date_mention({2026, 1, 6}), fact, kPublished).verdict, Verdict::kSupported);
  const detail::Comparison other = detail::compare(date_mention({2026, 1, 13}), fact, kPublished);
  EXPECT_EQ(other.verdict, Verdict::kUnverified);
  EXPECT_NE(other.explanation.find("happens again"), std::string::npos) << other.explanation;
}

// A date fact: the attack, on 7 October 2023.
Fact attack_of_7_october_2023() {
  Fact fact;
  fact.id = "attack";
  fact.subject = "the attack";
  fact.kind = FactKind::kDate;
  Point attack = point("2023-10-07", 0);
  attack.value.reset();
  attack.date = Date{2023, 10, 7};
  fact.points = {attack};
  return fact;
}

// "An Israeli attack on a school on 3 March 2024": a date that keeps too little of the
// event's to be a slip for it may date another event that the same words name.
TEST(DateCompareTest, ADateTooFarFromTheEventToBeASlipIsNotChecked) {
  const Fact fact = attack_of_7_october_2023();
  const auto written = [](Date date, std::string text) {
    Mention mention = date_mention(date);
    mention.text = std::move(text);
    return mention;
  };
  const auto verdict = [&](const Mention& mention) { return detail::compare(mention, fact, kPublished).verdict; };
  EXPECT_EQ(verdict(written({2024, 3, 3}, "3 March 2024")), Verdict::kUnverified);
  EXPECT_EQ(verdict(written({2023, 11, 19}, "19 November 2023")), Verdict::kUnverified);  // the year alone kept
  EXPECT_EQ(verdict(written({2024, 6, 0}, "June 2024")), Verdict::kUnverified);
  // a slip: the day, the month or the year mistyped, or a day within a week
  EXPECT_EQ(verdict(written({2023, 10, 17}, "17 October 2023")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2023, 4, 7}, "7 April 2023")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2021, 10, 7}, "7 October 2021")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2023, 9, 30}, "30 September 2023")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2023, 6, 0}, "June 2023")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2024, 10, 0}, "October 2024")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2024, 0, 0}, "2024")), Verdict::kContradicted);
  // a date named from publication keeps nothing: a week, or the month next to the event's
  EXPECT_EQ(verdict(written({2023, 10, 12}, "Thursday")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2024, 1, 11}, "Thursday")), Verdict::kUnverified);
  EXPECT_EQ(verdict(written({2023, 11, 0}, "last month")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2024, 1, 0}, "last month")), Verdict::kUnverified);
  // a year the weekday gave, not the writer: "Friday 17 October" read in 2025
  EXPECT_EQ(verdict(written({2025, 10, 17}, "Friday 17 October")), Verdict::kContradicted);
  EXPECT_EQ(verdict(written({2025, 10, 17}, "Friday 17 October 2025")), Verdict::kUnverified);
}

// "Mediators hope to start the second phase early next year": a date after the article's
// own is a later event than one the reference dates before the article, slip or not.
TEST(DateCompareTest, ADateAheadOfTheArticleIsNotAnEventBeforeIt) {
  const Fact fact = attack_of_7_october_2023();
  Mention next_year = date_mention({2026, 0, 0});
  next_year.text = "next year";
  const detail::Comparison ahead = detail::compare(next_year, fact, Date{2025, 12, 22});
  EXPECT_EQ(ahead.verdict, Verdict::kUnverified);
  EXPECT_NE(ahead.explanation.find("after its own date"), std::string::npos) << ahead.explanation;
  // the same year read in an article of 2027 is a slip for the event's, and wrong
  EXPECT_EQ(detail::compare(next_year, fact, Date{2027, 3, 1}).verdict, Verdict::kContradicted);
  // and a date ahead of an event the reference also dates ahead is compared
  Fact vote = fact;
  vote.points.front().date = Date{2026, 2, 10};
  Mention february = date_mention({2026, 2, 12});
  february.text = "12 February";
  EXPECT_EQ(detail::compare(february, vote, Date{2025, 12, 22}).verdict, Verdict::kContradicted);
}

// "the attack of October 7", its year inferred as the latest: an earlier year's
// same day is what it may mean; a written year is held to.
TEST(DateCompareTest, AYearlessDateMayMeanAnEarlierYear) {
  const Fact fact = attack_of_7_october_2023();
  Mention yearless = date_mention({2025, 10, 7});
  yearless.text = "October 7";
  yearless.year_inferred = true;
  EXPECT_EQ(detail::compare(yearless, fact, kPublished).verdict, Verdict::kSupported);
  yearless.date = Date{2025, 10, 8};
  yearless.text = "October 8";
  EXPECT_EQ(detail::compare(yearless, fact, kPublished).verdict, Verdict::kContradicted);
  Mention written = date_mention({2025, 10, 7});
  written.text = "October 7, 2025";
  EXPECT_EQ(detail::compare(written, fact, kPublished).verdict, Verdict::kContradicted);
}

// "began nearly four months ago" (30 January 2024), read as September 2023: counted
// back short of four months, it may be October; "four months ago" may not.
TEST(DateCompareTest, ADateCountedBackNearlyMayBeTheNextPeriod) {
  const Fact fact = attack_of_7_october_2023();
  Mention nearly = date_mention({2023, 9, 0});
  nearly.text = "nearly four months ago";
  nearly.qualifier = Qualifier::kNearly;
  EXPECT_EQ(detail::compare(nearly, fact, kPublished).verdict, Verdict::kSupported);
  Mention four_months_ago = date_mention({2023, 9, 0});
  four_months_ago.text = "four months ago";
  EXPECT_EQ(detail::compare(four_months_ago, fact, kPublished).verdict, Verdict::kContradicted);
  nearly.text = "nearly five months ago";
  nearly.date = Date{2023, 8, 0};
  EXPECT_EQ(detail::compare(nearly, fact, kPublished).verdict, Verdict::kContradicted);
  Mention almost_a_year = date_mention({2022, 0, 0});
  almost_a_year.qualifier = Qualifier::kAlmost;
  EXPECT_EQ(detail::compare(almost_a_year, fact, kPublished).verdict, Verdict::kSupported);
}

TEST(ClaimIntervalTest, ReadsPrecisionAndQualifiers) {
  const detail::Interval hundred = detail::claim_interval(number(71400, 100));
  EXPECT_DOUBLE_EQ(hundred.low, 71350);
  EXPECT_DOUBLE_EQ(hundred.high, 71450);
  const detail::Interval million = detail::claim_interval(number(2.1e6, 1e5));
  EXPECT_DOUBLE_EQ(million.low, 2.05e6);
  EXPECT_DOUBLE_EQ(million.high, 2.15e6);
  // "at least", "more than": ten of the figure's own steps above it, or a tenth,
  // whichever is more; a round figure may lag far behind, a precise one not.
  EXPECT_DOUBLE_EQ(detail::claim_interval(number(10, 1, Qualifier::kAtLeast)).high, 20);
  EXPECT_DOUBLE_EQ(detail::claim_interval(number(71400, 100, Qualifier::kMoreThan)).high, 78540);
  EXPECT_DOUBLE_EQ(detail::claim_interval(number(70000, 10000, Qualifier::kMoreThan)).high, 170000);
  EXPECT_EQ(detail::claim_interval(number(10, 0, Qualifier::kAtLeast)).high, std::numeric_limits<double>::infinity());
}

TEST(ClaimIntervalTest, AShareOfAWholeStopsAtTheWhole) {
  // "more than half": its ten steps of 50 would reach 550%
  Mention half = number(50, 50, Qualifier::kMoreThan);
  half.kind = MentionKind::kPercent;
  EXPECT_DOUBLE_EQ(detail::claim_interval(half).high, 100);
  // a precise share keeps its own steps, and a rise past the whole is no share
  Mention precise = number(63.5, 0.1, Qualifier::kMoreThan);
  precise.kind = MentionKind::kPercent;
  EXPECT_DOUBLE_EQ(detail::claim_interval(precise).high, 63.5 * 1.1);
  Mention rise = number(150, 10, Qualifier::kMoreThan);
  rise.kind = MentionKind::kPercent;
  EXPECT_DOUBLE_EQ(detail::claim_interval(rise).high, 250);
}

// "more than 61,400" when the toll is 71,424 is a slip, not an understatement.
TEST(RunningTotalTest, AFarLowerBoundIsASlip) {
  EXPECT_EQ(detail::compare(number(61400, 100, Qualifier::kMoreThan), running_total(), kPublished).verdict,
            Verdict::kContradicted);
  EXPECT_EQ(detail::compare(number(70000, 10000, Qualifier::kMoreThan), running_total(), kPublished).verdict,
            Verdict::kSupported);
}

// A value that does not change, reported by sources after the article, still
// judges it; an event the dataset dates after the article does not.
TEST(StableTest, LaterSourcesOfAStableValueStillJudge) {
  Fact taken;
  taken.id = "hostages_taken";
  taken.subject = "people taken hostage on 7 October 2023";
  taken.stable = true;
  taken.points = {point("2024-09-01", 251), point("2026-01-26", 251)};
  EXPECT_EQ(detail::compare(number(251, 1), taken, Date{2024, 8, 15}).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(number(215, 1), taken, Date{2024, 8, 15}).verdict, Verdict::kContradicted);
  Fact released = taken;
  released.points = {point("2025-10-13", 1968), point("2025-10-13", 1968)};
  EXPECT_EQ(detail::compare(number(240, 10), released, Date{2023, 12, 1}).verdict, Verdict::kUnverified);
}

// Figures in explanations: grouped whole units, never an exponent.
TEST(FormatTest, NumbersReadAsWritten) {
  EXPECT_EQ(detail::format_number(40005), "40,005");
  EXPECT_EQ(detail::format_number(46099.9), "46,100");
  EXPECT_EQ(detail::format_number(52.25), "52.25");
  EXPECT_EQ(detail::format_number(7e10), "70 billion");
}

// The longest texts a number's words take, written in place (kNumberWordsLongest),
// and the four digits of a fraction with and without a short decimal to read.
TEST(FormatTest, NumbersAtTheirLongestAndFractionsOfFourDigits) {
  EXPECT_EQ(detail::format_number(-999999999), "-999,999,999");
  EXPECT_EQ(detail::format_number(-999999999.5), "-1,000,000,000");
  EXPECT_EQ(detail::format_number(-123456e9), "-1.235e+05 billion");
  EXPECT_EQ(detail::format_number(std::numeric_limits<double>::infinity()), "no upper limit");
  EXPECT_EQ(detail::format_number(53 - 5.3), "47.7");
  EXPECT_EQ(detail::format_number(0.05), "0.05");
  EXPECT_EQ(detail::format_number(620 / 13.0), "47.69");
  EXPECT_EQ(detail::format_number(0.00001234), "1.234e-05");
}

// An explanation longer than the room its writer starts with moves to the heap whole.
TEST(FormatTest, ALongExplanationIsWrittenWhole) {
  const std::string long_text(700, 'x');
  const std::string joined = detail::concat("a ", long_text, " b ", detail::NumberWords{71400}, " ", long_text);
  EXPECT_EQ(joined, "a " + long_text + " b 71,400 " + long_text);
}

// "The toll passed 40,000": a bound the count went past.
TEST(RunningTotalTest, APassedBoundReadsAsMoreThan) {
  Mention passed = number(70500, 100);
  passed.qualifier = Qualifier::kMoreThan;
  EXPECT_EQ(detail::compare(passed, running_total(), kPublished).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(number(70500, 100), running_total(), kPublished).verdict, Verdict::kContradicted);
}

// A running total known only from after the article bounds it from above; with
// no rate it says nothing of how much lower it was.
TEST(RunningTotalTest, OnlyALaterPoint) {
  Fact orphans;
  orphans.id = "orphans";
  orphans.subject = "children orphaned";
  orphans.cumulative = true;
  orphans.points = {point("2026-01-12", 39000, Qualifier::kMoreThan)};
  EXPECT_EQ(detail::compare(number(20000, 1000), orphans, kPublished).verdict, Verdict::kUnverified);
  EXPECT_EQ(detail::compare(number(39000, 1000), orphans, kPublished).verdict, Verdict::kSupported);
  EXPECT_EQ(detail::compare(number(60000, 1000), orphans, kPublished).verdict, Verdict::kContradicted);
}

}  // namespace
}  // namespace figcheck
