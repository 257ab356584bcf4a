// Held-out round 10 (articles 91-96): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 13};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut10, ABoundWrittenAfterTheFigure) {
  const Mention children = only("The charity put the number of children killed at 20,000 or more.", "20,000 or more");
  EXPECT_EQ(children.qualifier, Qualifier::kAtLeast);
  EXPECT_DOUBLE_EQ(*children.value, 20000);
  EXPECT_EQ(only("Families have moved five or more times.", "five or more").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Classes of 10 or fewer pupils.", "10 or fewer").qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("Inflation stayed at 3% or less.", "3% or less").qualifier, Qualifier::kAtMost);
  // "or" before another figure is a choice, and a bound already written stays
  EXPECT_EQ(spans_of(extract("It took two or three days.")), "two or three days");
  EXPECT_EQ(only("Some 200 or more came.", "Some 200").qualifier, Qualifier::kSome);
}

TEST(ExtractHeldOut10, TimesOutOfIsAShare) {
  const Mention confidence = only("The poll is accurate within 3 points, 19 times out of 20.", "19 times out of 20");
  EXPECT_EQ(confidence.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*confidence.value, 95);
  // "times in" is no share: a count and a year
  EXPECT_EQ(spans_of(extract("He tried 5 times in 2024.")), "5|2024");
}

TEST(ExtractHeldOut10, PointsInASentenceAboutAPollAreItsPercentagePoints) {
  const Mention lead = only("The Conservatives hold a 10-point lead over the Liberals, a new poll suggests.", "10-point");
  EXPECT_EQ(lead.kind, MentionKind::kPercent);
  EXPECT_EQ(lead.unit, "percentage_points");
  // a league's points are points
  EXPECT_EQ(only("Arsenal hold a four-point lead at the top of the table.", "four").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut10, SetForADateIsAhead) {
  EXPECT_EQ(test::iso(only("The parties head into three by-elections set for Nov. 17.", "Nov. 17",
                           Date{2025, 10, 3})
                          .date),
            "2025-11-17");
  EXPECT_EQ(test::iso(only("The vote was set for Nov. 17 but delayed.", "Nov. 17", Date{2025, 10, 3}).date),
            "2024-11-17");
}

TEST(ExtractHeldOut10, AndAHalfHyphenedAsAnAdjective) {
  const Mention contract = only("He will sign a four-and-a-half-year contract.", "four-and-a-half-year");
  EXPECT_EQ(contract.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*contract.value, 4.5);
  EXPECT_EQ(only("It is a two-and-a-half-hour film.", "two-and-a-half-hour").unit, "hours");
  EXPECT_EQ(spans_of(extract("It was a rock-and-a-half.")), "");
}

// Round 11 (articles 97-99): African currencies written as a letter against the figure.
TEST(ExtractHeldOut11, TheRandTheNairaAndTheShillingByTheirLetter) {
  EXPECT_EQ(only("Sales rose to R48.7 billion.", "R48.7 billion").unit, "ZAR");
  EXPECT_EQ(only("A voucher is worth R250.", "R250").unit, "ZAR");
  EXPECT_EQ(only("Petrol costs N899.50 a litre.", "N899.50").unit, "NGN");
  EXPECT_EQ(only("The budget is N2.5trn.", "N2.5trn").unit, "NGN");
  EXPECT_EQ(only("The bond raised Sh2.3 billion.", "Sh2.3 billion").unit, "KES");
  // a letter against two digits is a road, a mask or a model; R$ stays the real
  EXPECT_EQ(spans_of(extract("Masks rated N95 line the R21 highway.")), "");
  EXPECT_EQ(only("Brazil spent R$5bn.", "R$5bn").unit, "BRL");
  EXPECT_EQ(only("The rate is US67.2c.", "US67.2c").unit, "USD");
}

// Round 11 (article 102): what is measured between a measure and its rate per head.
TEST(ExtractHeldOut11, AMeasureOfAStuffPerHead) {
  const Mention water = only("Families survive on about 3 litres of water per person per day.",
                             "about 3 litres of water per person per day");
  EXPECT_EQ(water.unit, "litres/person/day");
  EXPECT_EQ(only("Trucks brought 5 litres of fuel.", "5 litres").unit, "litres");
}

}  // namespace
}  // namespace figcheck
