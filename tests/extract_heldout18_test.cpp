// Held-out round 18 (articles 139-144): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 6};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut18, ThanExpectedComparesWithAForecastAndLooksNoWayAhead) {
  EXPECT_EQ(iso(only("Employers added fewer jobs than expected in October.", "October").date), "2026-10");
  EXPECT_EQ(iso(only("Prices rose as expected in September.", "September").date), "2026-09");
  // a forecast still looks ahead, and "as expected" keeps the clause's "will"
  EXPECT_EQ(iso(only("A decision is expected in March.", "March").date), "2027-03");
  EXPECT_EQ(iso(only("The Fed will cut again as expected in March.", "March").date), "2027-03");
}

TEST(ExtractHeldOut18, AstronomicalUnitsAreAUnit) {
  const Mention perihelion = only("It will pass within 1.6 astronomical units of the Sun.", "1.6 astronomical units");
  EXPECT_EQ(perihelion.kind, MentionKind::kQuantity);
  EXPECT_EQ(perihelion.unit, "au");
  EXPECT_DOUBLE_EQ(*perihelion.value, 1.6);
  EXPECT_EQ(only("The probe is now about 62 astronomical units away.", "about 62 astronomical units").qualifier,
            Qualifier::kAbout);
  EXPECT_EQ(only("Earth sits at 1 astronomical unit.", "1 astronomical unit").unit, "au");
  // "astronomical" alone is an adjective
  EXPECT_EQ(spans_of(extract("It cost 40 astronomical sums.")), "40");
}

TEST(ExtractHeldOut18, OnePartInTenThousandIsAShare) {
  const Mention precision = only("They measured its speed to one part in 10,000.", "one part in 10,000");
  EXPECT_EQ(precision.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*precision.value, 0.01);
  EXPECT_DOUBLE_EQ(*only("a dilution of 1 part in 50", "1 part in 50").value, 2);
  // a part of a whole thing is no share
  EXPECT_EQ(spans_of(extract("She played one part in the film, 12 in all.")), "12");
}

TEST(ExtractHeldOut18, AndHalfOfThemIsAShare) {
  const Mention half = only("Mothers walk for hours, and half of them leave with nothing.", "half");
  EXPECT_EQ(half.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*half.value, 50);
  // after a numeral "and half" is part of the number
  EXPECT_EQ(spans_of(extract("It took two and half of the time.")), "two");
}

}  // namespace
}  // namespace figcheck
