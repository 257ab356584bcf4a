// Verdict round 11's Gaza articles (302-305: an NGO press release, a radio interview, a
// fact-check thread, a wire) scored for extraction after they were written for the
// verdicts: forms the extractor missed or misread, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 11, 6};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractVerdicts11, LorriesAreCountedAsTrucks) {
  EXPECT_EQ(only("In April an average of 189 aid lorries a day entered Gaza.", "189 aid lorries a day").unit,
            "trucks/day");
  // the rate after it, its noun left out, takes the same unit
  EXPECT_EQ(only("189 lorries a day entered, against about 500 a day before the war.", "about 500 a day").unit,
            "trucks/day");
  EXPECT_EQ(only("About 40 buses a day ran.", "About 40 buses a day").unit, "buses/day");
}

TEST(ExtractVerdicts11, WhatTheCountedThingHoldsBeforeThePeriod) {
  const Mention trucks = only("The deal requires 600 trucks of aid a day.", "600 trucks of aid a day");
  EXPECT_EQ(trucks.kind, MentionKind::kQuantity);
  EXPECT_EQ(trucks.unit, "trucks/day");
  EXPECT_EQ(only("It delivered 300 sacks of flour a week.", "300 sacks of flour a week").unit, "sacks/week");
  // a name after "of", or a moment after the noun, is no rate
  EXPECT_EQ(spans_of(extract("It sent 600 trucks of Egypt a day.")), "600");
  EXPECT_EQ(spans_of(extract("The 600 trucks of aid arrived a day later.")), "600");
}

TEST(ExtractVerdicts11, AFewDozenIsDozens) {
  const Mention few = only("Only a few dozen patients have left Gaza.", "a few dozen");
  EXPECT_FALSE(few.value);
  EXPECT_EQ(few.low, 24);
  EXPECT_EQ(few.high, 99);
  EXPECT_EQ(only("Several dozen people came.", "Several dozen").high, 99);
  EXPECT_EQ(only("A few hundred people came.", "A few hundred").high, 999);
}

TEST(ExtractVerdicts11, ANounPlanBeforeToAndADateIsNoIntention) {
  EXPECT_EQ(iso(only("He dated the launch of the 20-point plan to September 29.", "September 29").date),
            "2025-09-29");
  // an intention, a verb after "to", still looks ahead
  EXPECT_EQ(iso(only("Partners plan to finish by September 29.", "September 29").date), "2026-09-29");
}

TEST(ExtractVerdicts11, APutOffVerbBeforeToSetsADayAheadOfItself) {
  EXPECT_EQ(iso(only("The talks were postponed to December 3.", "December 3").date), "2025-12-03");
  EXPECT_EQ(iso(only("The hearing was rescheduled to December 3.", "December 3").date), "2025-12-03");
  // the nearer either side: a day since passed stays back
  EXPECT_EQ(iso(only("The vote was delayed to October 2.", "October 2").date), "2025-10-02");
  EXPECT_EQ(iso(only("The talks were held on December 3.", "December 3").date), "2024-12-03");
}

}  // namespace
}  // namespace figcheck
