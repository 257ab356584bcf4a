// Probe round 25 (figures in energy, climate, transport, housing, schools and local
// government copy: bills and unit prices, capacity and output, emissions and targets,
// fares and delays, house prices and rents, council budgets, school years;
// tests/data/probe25-energy-transport-housing-schools.tsv): forms the extractor misread,
// each fixed by a general rule, with the neighbours each rule must leave alone. The
// sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 5};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe25, GoingUpToAFigureIsARiseNoCeiling) {
  const Mention charge = only("The standing charge goes up to 53p a day.", "53p");
  EXPECT_EQ(charge.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Fares went up to £5 in March.", "£5").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Bills will go up to £1,738 in January.", "£1,738").qualifier, Qualifier::kNone);
  // a modal makes the figure a ceiling, and "up to" alone stays one
  EXPECT_EQ(only("Fines can go up to £5,000.", "up to £5,000").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Passengers faced delays of up to 45 minutes.", "up to 45 minutes").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Fares will rise by up to 4.6% in March.", "up to 4.6%").qualifier, Qualifier::kUpTo);
}

TEST(ExtractProbe25, TheSixthFormIsAStageOfSchool) {
  EXPECT_EQ(spans_of(extract("The school has 1,140 pupils, including 210 in the sixth form.")), "1,140|210");
  EXPECT_EQ(spans_of(extract("She teaches at a sixth-form college.")), "");
  EXPECT_EQ(spans_of(extract("Sixth formers sat the mock exams.")), "");
  EXPECT_EQ(spans_of(extract("Pupils in the upper sixth sat the mocks.")), "");
  // any other place in an order stays one
  EXPECT_EQ(only("Bring a second form of ID.", "second").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("They reached the sixth round.", "sixth").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe25, ScopeInCapitalsNamesEmissions) {
  EXPECT_EQ(spans_of(extract("Scope 3 emissions make up 80% of the footprint.")), "80%");
  EXPECT_EQ(spans_of(extract("Its Scope 1 emissions fell.")), "");
  // in lower case "scope" may be a verb before a count
  EXPECT_EQ(spans_of(extract("Engineers will scope 30 sites.")), "30");
}

TEST(ExtractProbe25, AMassPerDistanceIsACarsEmissions) {
  const Mention car = only("The average car emits 120g of CO2 per kilometre.", "120g of CO2 per kilometre");
  EXPECT_EQ(car.kind, MentionKind::kQuantity);
  EXPECT_EQ(car.unit, "g/km");
  EXPECT_DOUBLE_EQ(*car.value, 120);
  EXPECT_EQ(only("New cars must emit under 95g per km.", "under 95g per km").unit, "g/km");
  EXPECT_EQ(only("The van emits 210g per mile.", "210g per mile").unit, "g/mi");
  // as glued, and a mass per day stays a dose
  EXPECT_EQ(only("The car emits 120g/km of CO2.", "120g/km").unit, "g/km");
  EXPECT_EQ(only("He ate 200g per day.", "200g per day").unit, "g/day");
}

TEST(ExtractProbe25, CarbonDioxideEquivalentKeepsItsE) {
  const Mention total = only("The UK's emissions were 384 MtCO2e in 2024.", "384 MtCO2e");
  EXPECT_EQ(total.unit, "MtCO2e");
  EXPECT_DOUBLE_EQ(*total.value, 384);
  EXPECT_EQ(only("They emit 1.2 GtCO2e a year.", "1.2 GtCO2e a year").unit, "GtCO2e/year");
  // carbon dioxide alone, and an area, stay as they were
  EXPECT_EQ(only("Emissions were 384 MtCO2 in 2024.", "384 MtCO2").unit, "MtCO2");
  EXPECT_EQ(only("The park is 12 km2 in size.", "12 km2").unit, "km2");
}

}  // namespace
}  // namespace figcheck
