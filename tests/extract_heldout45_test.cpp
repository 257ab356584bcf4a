// Held-out round 45 (articles 357-362): science, health and the environment as general
// desks write them, a clinical trial, a carbon-budget wire, a seabird census, a Mars
// launch, a state measles bulletin and a food-prices column; forms the extractor missed
// before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 3, 12};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut45, BloodPressureCaloriesAndGigatonnesAreUnits) {
  const Mention pressure = only("The full dose cut blood pressure by 11 mmHg.", "11 mmHg");
  EXPECT_EQ(pressure.kind, MentionKind::kQuantity);
  EXPECT_EQ(pressure.unit, "mmHg");
  EXPECT_EQ(*pressure.value, 11);
  const Mention calories = only("A serving provides between 110 and 130 calories before milk.",
                                "between 110 and 130 calories");
  EXPECT_EQ(calories.unit, "kcal");
  EXPECT_EQ(*calories.low, 110);
  EXPECT_EQ(*calories.high, 130);
  EXPECT_EQ(only("a 2,000-calorie diet", "2,000-calorie").unit, "kcal");
  // tonnes in billions and millions, as "42.2 billion tonnes" is read
  const Mention emitted = only("Human activity released 42.2 gigatonnes of CO2 last year.", "42.2 gigatonnes");
  EXPECT_EQ(emitted.unit, "t");
  EXPECT_DOUBLE_EQ(*emitted.value, 42.2e9);
  EXPECT_DOUBLE_EQ(*only("China emitted 510 megatonnes.", "510 megatonnes").value, 510e6);
  EXPECT_EQ(only("The glacier lost 30 gigatonnes a year.", "30 gigatonnes a year").unit, "t/year");
  const Mention range = only("Emissions were 46 to 47 gigatonnes.", "46 to 47 gigatonnes");
  EXPECT_DOUBLE_EQ(*range.low, 46e9);
  EXPECT_DOUBLE_EQ(*range.high, 47e9);
}

TEST(ExtractHeldOut45, AnAmountPerABaseOfLiquidOrFoodIsOneRate) {
  const Mention sugar = only("The levy applies to drinks with 5 to 8 grams of sugar per 100ml.",
                             "5 to 8 grams of sugar per 100ml");
  EXPECT_EQ(sugar.unit, "g/100ml");
  EXPECT_EQ(*sugar.low, 5);
  EXPECT_EQ(*sugar.high, 8);
  EXPECT_EQ(spans_of(extract("Sugar fell from about 10.6g per 100ml to 4.9g per 100ml.")),
            "about 10.6g per 100ml|4.9g per 100ml");
  EXPECT_EQ(only("Granola has about 450 calories per 100g.", "about 450 calories per 100g").unit, "kcal/100g");
  // a blood or breath test's reading, what it is of on either side of its base
  const Mention breath = only("He had 71 microgrammes of alcohol in 100 millilitres of breath.",
                              "71 microgrammes of alcohol in 100 millilitres of breath");
  EXPECT_EQ(breath.unit, "ug/100ml");
  EXPECT_EQ(*breath.value, 71);
  EXPECT_EQ(only("She had 4.1 microgrammes of THC per litre of blood.",
                 "4.1 microgrammes of THC per litre of blood")
                .unit,
            "ug/l");
  EXPECT_EQ(only("The dose is 2mg per kg, given weekly.", "2mg per kg").unit, "mg/kg");
  // "in" takes only a numbered base: a time or a place stays its own
  EXPECT_EQ(spans_of(extract("He lost 5kg in 100 days.")), "5kg|100 days");
  EXPECT_EQ(spans_of(extract("It weighed 2kg in 2019.")), "2kg|2019");
  // the cubic metres of air keep their reading
  EXPECT_EQ(only("Levels reached 40 micrograms per cubic metre.", "40 micrograms per cubic metre").unit, "ug/m3");
}

TEST(ExtractHeldOut45, AWeekdayBeforeAMarketOrAPaperIsPartOfItsName) {
  EXPECT_EQ(spans_of(extract("Anyone at the Eugene Saturday Market on Saturday, March 1, may have been exposed.")),
            "Saturday, March 1");
  EXPECT_EQ(spans_of(extract("The Sunday Times reported it first.")), "first");
  // the day itself before a name of people or a place stays a date
  EXPECT_EQ(iso(only("On Monday Hamas freed the hostages.", "Monday").date), "2025-03-10");
  EXPECT_EQ(iso(only("On Sunday Times Square was quiet.", "Sunday").date), "2025-03-09");
  EXPECT_EQ(iso(only("The fair opens Saturday at the market.", "Saturday").date), "2025-03-15");
}

TEST(ExtractHeldOut45, TodaysRateIsNoDay) {
  EXPECT_EQ(spans_of(extract("The budget would be used up in three years at today's rate.")), "three years");
  EXPECT_EQ(spans_of(extract("It would cost £40m at today's prices.")), "£40m");
  // a day's event stays that day
  EXPECT_EQ(iso(only("He spoke at today's briefing.", "today").date), "2025-03-12");
}

}  // namespace
}  // namespace figcheck
