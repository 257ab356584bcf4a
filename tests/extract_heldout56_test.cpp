// Held-out round 56 (articles 441-446): a Gaza wire, a floods situation report, an
// eclipse live blog, a pensions explainer, a results story in six currencies and a
// heatwave story; forms the extractor missed before reading them, each fixed by a
// general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 7, 20};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut56, AMonthRankedBySuperlativeIsTheMonth) {
  EXPECT_EQ(iso(only("June was the sunniest on record for England.", "June").date), "2026-06");
  EXPECT_EQ(iso(only("In England, July is the busiest month for rescues.", "July").date), "2026-07");
  EXPECT_EQ(iso(only("May was the deadliest month of the war.", "May").date), "2026-05");
  EXPECT_EQ(iso(only("May was the wettest on record.", "May").date), "2026-05");
  // a name, or May ranked as a person may be: no month
  EXPECT_EQ(spans_of(extract("June Carter was the greatest.")), "");
  EXPECT_EQ(spans_of(extract("Theresa May was the longest-serving minister.")), "");
  EXPECT_EQ(spans_of(extract("May was the best candidate, aides said.")), "");
  EXPECT_EQ(spans_of(extract("June was the first to arrive.")), "first");
}

TEST(ExtractHeldOut56, DegreesOfAnAngleTakeNoScale) {
  constexpr std::string_view kWarm = "At 10am it was 31C in Madrid. ";
  const std::string horizon = std::string(kWarm) + "The Sun sat only 8 degrees above the horizon.";
  EXPECT_EQ(only(horizon, "8 degrees").unit, "degrees");
  const std::string latitude = std::string(kWarm) + "The town lies at 42 degrees of latitude.";
  EXPECT_EQ(only(latitude, "42 degrees").unit, "degrees");
  // a temperature beside them still takes the text's scale
  const std::string heat = std::string(kWarm) + "By noon it was 35 degrees.";
  EXPECT_EQ(only(heat, "35 degrees").unit, "C");
}

TEST(ExtractHeldOut56, AMultipleOfAScaleOfAMeasureTakesItsUnit) {
  const Mention tonnes = only("The fire released tens of thousands of tonnes of carbon dioxide.",
                              "tens of thousands of tonnes");
  EXPECT_EQ(tonnes.kind, MentionKind::kQuantity);
  EXPECT_EQ(tonnes.unit, "t");
  EXPECT_DOUBLE_EQ(*tonnes.low, 20000);
  EXPECT_DOUBLE_EQ(*tonnes.high, 99999);
  EXPECT_EQ(only("Hundreds of thousands of hectares burned.", "Hundreds of thousands of hectares").unit, "ha");
  // money and things counted stay the count the corpus reads them as
  EXPECT_EQ(only("It spent tens of billions of dollars.", "tens of billions").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It cost hundreds of thousands of pounds.", "hundreds of thousands").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Tens of thousands of people fled.", "Tens of thousands").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut56, AParticipleBeforeAnObjectAfterAModalIsNoPastVerb) {
  constexpr Date kTuesday{2026, 1, 13};
  EXPECT_EQ(iso(only("The ministry said it would publish updated figures on Thursday.", "Thursday", kTuesday).date),
            "2026-01-15");
  EXPECT_EQ(iso(only("The agency will release revised data on Thursday.", "Thursday", kTuesday).date), "2026-01-15");
  // the finite verb, and "to" that may be a preposition, as before
  EXPECT_EQ(iso(only("The ministry updated figures on Thursday.", "Thursday", kTuesday).date), "2026-01-08");
  EXPECT_EQ(iso(only("It grew, according to screening carried out by partners in December.", "December", kTuesday)
                    .date),
            "2025-12");
}

TEST(ExtractHeldOut56, AResultsCalendarInThePresentIsAhead) {
  constexpr Date kThursday{2026, 10, 22};
  EXPECT_EQ(iso(only("Alpora, which employs 4,000 people, reports full-year results on 4 March.", "4 March", kThursday)
                    .date),
            "2027-03-04");
  EXPECT_EQ(iso(only("The group posts fourth-quarter earnings on Feb. 12.", "Feb. 12", kThursday).date), "2027-02-12");
  // the past, and a present verb of another object, as before
  EXPECT_EQ(iso(only("Alpora reported full-year results on 4 March.", "4 March", kThursday).date), "2026-03-04");
  EXPECT_EQ(iso(only("The ministry reports the toll rose on Monday.", "Monday", kThursday).date), "2026-10-19");
}

}  // namespace
}  // namespace figcheck
