// Held-out round 21 (articles 162-167): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 7, 14};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut21, AFuturesTickIsAFractionOfTheLastDigit) {
  const Mention cents = only("Soybeans settled up 9-3/4 cents at $10.46-1/2 a bushel.", "9-3/4 cents");
  EXPECT_EQ(cents.kind, MentionKind::kMoney);
  EXPECT_EQ(cents.unit, "USD");
  EXPECT_DOUBLE_EQ(*cents.value, 0.0975);
  EXPECT_DOUBLE_EQ(*only("Soybeans settled up 9-3/4 cents at $10.46-1/2 a bushel.", "$10.46-1/2").value, 10.465);
  EXPECT_DOUBLE_EQ(*only("Wheat fell 7-1/2 cents to $5.31-3/4, its lowest.", "$5.31-3/4").value, 5.3175);
  EXPECT_DOUBLE_EQ(*only("Corn rose 1-1/8 cents.", "1-1/8 cents").value, 0.01125);
  // a US writer's "2-1/2 years" is the same mixed number
  EXPECT_DOUBLE_EQ(*only("He served 2-1/2 years.", "2-1/2 years").value, 2.5);
  // no tick has a denominator other than 2, 4 or 8, or a top as large; a date stays a date
  EXPECT_EQ(spans_of(extract("The score was 7-1/3 after the break.")).find("7-1/3"), std::string::npos);
  EXPECT_EQ(spans_of(extract("Sales rose 4%, 5-3/2 times the rate.")).find("5-3/2"), std::string::npos);
  EXPECT_EQ(spans_of(extract("It was filed on 3/4/2026.")), "3/4/2026");
}

TEST(ExtractHeldOut21, AMonthBeforeATradedCommodityIsItsDeliveryMonth) {
  const Mention wheat = only("September wheat on the Chicago Board of Trade settled down 7 cents.", "September");
  EXPECT_EQ(*wheat.date, (Date{2026, 9, 0}));
  EXPECT_EQ(*only("November soybeans gained 4 cents to $10.87.", "November").date, (Date{2026, 11, 0}));
  EXPECT_EQ(*only("Earlier, December corn added 2 cents.", "December").date, (Date{2026, 12, 0}));
  // a month before a crop's season or trade, or after "in", is the month it names
  EXPECT_EQ(*only("The October wheat harvest was poor.", "October").date, (Date{2025, 10, 0}));
  EXPECT_EQ(*only("The September coffee exports fell 4%.", "September").date, (Date{2025, 9, 0}));
  EXPECT_EQ(*only("In September wheat exports fell.", "September").date, (Date{2025, 9, 0}));
  EXPECT_EQ(*only("Last November gold rose.", "Last November").date, (Date{2025, 11, 0}));
}

TEST(ExtractHeldOut21, AnEventAheadOfAVerbIsTheNearerDate) {
  constexpr Date thursday{2026, 2, 12};
  const auto results = extract("Carradine Bank fell 1.1% ahead of its results on 19 February.", thursday);
  ASSERT_EQ(spans_of(results), "1.1%|19 February");
  EXPECT_EQ(*results[1].date, (Date{2026, 2, 19}));
  const auto vote = extract("Sterling slipped ahead of the vote on 3 February.", thursday);
  EXPECT_EQ(*vote[0].date, (Date{2026, 2, 3}));
  // progress measured "ahead of" a plan compares, and the past verb keeps its date
  const auto schedule = extract("The line opened ahead of schedule in December.", thursday);
  EXPECT_EQ(*schedule[0].date, (Date{2025, 12, 0}));
  const auto march = extract("The line opened ahead of plan in March.", thursday);
  EXPECT_EQ(*march[0].date, (Date{2025, 3, 0}));
}

TEST(ExtractHeldOut21, CentsAreOfThePriceTheyMovedTo) {
  const std::string text = "Sterling was at 1.1712 euros. Brent crude rose 64 cents to $81.09 a barrel.";
  EXPECT_EQ(only(text, "64 cents").unit, "USD");
  EXPECT_EQ(only("The dollar bought 1.52 Canadian dollars. Gas fell 5 cents to €1.15.", "5 cents").unit, "EUR");
  // with no price after them, cents are of the money before ("€1.20, up 5 cents")
  EXPECT_EQ(only("The shares closed at €1.20, up 5 cents.", "5 cents").unit, "EUR");
  EXPECT_EQ(only("The shares closed at €1.20, up 5 cents to 9%.", "5 cents").unit, "EUR");
  EXPECT_EQ(only("A stamp costs 50 cents.", "50 cents").unit, "USD");
}

TEST(ExtractHeldOut21, PressureInMillibarsIsAQuantity) {
  const Mention pressure = only("The minimum central pressure dropped to 948 millibars.", "948 millibars");
  EXPECT_EQ(pressure.kind, MentionKind::kQuantity);
  EXPECT_EQ(pressure.unit, "mb");
  EXPECT_EQ(only("It was 967 mb on Tuesday evening.", "967 mb").unit, "mb");
  EXPECT_EQ(only("A fall of 1 millibar an hour.", "1 millibar an hour").unit, "mb/hour");
  // oil's "mb/d" stays barrels a day, and "MB" in capitals is no pressure (megabytes:
  // probe set 9)
  EXPECT_EQ(only("Supply grew by about 3.7 mb/d.", "about 3.7 mb/d").unit, "barrels/day");
  EXPECT_EQ(only("The update is a 500 MB download.", "500 MB").unit, "MB");
}

TEST(ExtractHeldOut21, AChangeAfterASharesHolderIsInPoints) {
  const std::string text =
      "The Alliance has 41.2% of the vote, up 5.8, against 33.5% for the Social Democrats, down 4.1.";
  EXPECT_EQ(only(text, "5.8").unit, "percentage_points");
  const Mention down = only(text, "4.1");
  EXPECT_EQ(down.kind, MentionKind::kPercent);
  EXPECT_EQ(down.unit, "percentage_points");
  EXPECT_EQ(only("Turnout was 64% among young voters, up three.", "three").unit, "percentage_points");
  // anything but the words of the share's holder between keeps a count
  EXPECT_EQ(only("It was 22% in the poll taken by the firm at the end of a long month, up 3.", "3").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("It won 22% for the party, with 14 seats, up 3.", "3").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Prices rose 22% after the storm, up 3.", "3").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut21, AShareOfAUnitAtARateTakesThePeriod) {
  const Mention pumps = only("Pumps can handle half an inch an hour.", "half an inch an hour");
  EXPECT_EQ(pumps.kind, MentionKind::kQuantity);
  EXPECT_EQ(pumps.unit, "in/hour");
  EXPECT_DOUBLE_EQ(*pumps.value, 0.5);
  EXPECT_EQ(only("The cliff erodes by half a metre a year.", "half a metre a year").unit, "m/year");
  EXPECT_EQ(only("He jogged at half a mile an hour.", "half a mile an hour").unit, "mph");
  // a moment after is no rate, and a share alone keeps its unit
  EXPECT_EQ(only("He walked half a mile an hour later.", "half a mile").unit, "mi");
  EXPECT_EQ(only("The river rose half an inch.", "half an inch").unit, "in");
}

TEST(ExtractHeldOut21, AnAverageSetAgainstAMeasuredFigureIsInItsUnit) {
  const std::string text =
      "The forecaster sees a crop of 30.1 million tonnes, below the 10-year average of 31.2 million.";
  const Mention norm = only(text, "31.2 million");
  EXPECT_EQ(norm.kind, MentionKind::kQuantity);
  EXPECT_EQ(norm.unit, "t");
  // after a bare count between, the average is of that count; an average of a thing
  // named after it is of that thing
  EXPECT_EQ(only("It did not fall below 27C on six nights, against an average of two in the 2000s.", "two").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("It moved 30.1 million tonnes, with an average of 12 ships a day.", "12 ships a day").unit,
            "ships/day");
  EXPECT_EQ(only("It moved 30.1 million tonnes, with an average of 12 staff.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut21, ABloodTestsMillimolesAreAQuantity) {
  const Mention target = only("The target is an HbA1c of 58 mmol/mol or below.", "58 mmol/mol or below");
  EXPECT_EQ(target.kind, MentionKind::kQuantity);
  EXPECT_EQ(target.unit, "mmol/mol");
  EXPECT_EQ(target.qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("Her glucose was 7.8 mmol/L at noon.", "7.8 mmol/L").unit, "mmol/l");
  // without its denominator it is an amount; a slash to another word is no part of it
  EXPECT_EQ(only("The dose is 2 mmol.", "2 mmol").unit, "mmol");
  EXPECT_EQ(only("It was 5 mmol/kg.", "5 mmol").unit, "mmol");
}

}  // namespace
}  // namespace figcheck
