// Held-out round 58 (articles 453-458): a radio transcript, a weather service warning, a
// study's press release, a product launch, an Australian state story and a Gaza update;
// forms the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 28};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut58, ASmallFahrenheitReadingAfterItsSentencesTemperatureWord) {
  constexpr std::string_view kHighs = "Highs today will be near 31F, falling to around 17F by Sunday night.";
  EXPECT_EQ(only(kHighs, "31F").unit, "F");
  const Mention falling = only(kHighs, "around 17F");
  EXPECT_EQ(falling.unit, "F");
  EXPECT_EQ(falling.qualifier, Qualifier::kAround);
  EXPECT_EQ(only("The lake's surface temperature is about 3F above average.", "about 3F").unit, "F");
  // a seat or a flat has no temperature word before it, and a clause's comma still parts
  // one from a figure with no word of reading before it
  EXPECT_EQ(spans_of(extract("He sat in seat 16F, near 17F.")), "");
  EXPECT_EQ(spans_of(extract("The high court heard flat 2F.")), "");
  EXPECT_EQ(spans_of(extract("Highs were low, with flat 2F flooded.")), "");
}

TEST(ExtractHeldOut58, AsHighAsAndGreaterThanBoundTheirFigures) {
  const Mention gusts = only("Winds gusting as high as 40 mph.", "as high as 40 mph");
  EXPECT_EQ(gusts.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(gusts.unit, "mph");
  EXPECT_EQ(only("There is a greater than 80 per cent chance of heat.", "greater than 80 per cent").qualifier,
            Qualifier::kMoreThan);
  // "as low as" stays outside the span, as the corpus has it; "greater than" with no figure is none
  EXPECT_EQ(only("Staffing fell as low as 2 carers on some nights.", "2").qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("The risk is greater than expected.")), "");
}

TEST(ExtractHeldOut58, ABareWeekdaySaidInThePastIsNotTheOneNamedAhead) {
  constexpr Date kFriday{2026, 11, 27};
  constexpr std::string_view kCredit =
      "Households get a credit from Tuesday 1 December. The Bureau said on Tuesday that it was hot.";
  EXPECT_EQ(test::iso(only(kCredit, "Tuesday 1 December", kFriday).date), "2026-12-01");
  EXPECT_EQ(test::iso(only(kCredit, "Tuesday", kFriday).date), "2026-11-24");
  // a sentence that says nothing of the past still takes the one named ahead
  constexpr std::string_view kValid = "Valid: 6:00am Tuesday 1 December. Snow may lower to 600 metres on Tuesday evening.";
  EXPECT_EQ(test::iso(only(kValid, "Tuesday", kFriday).date), "2026-12-01");
}

TEST(ExtractHeldOut58, AWarningInEffectThroughATimeWithItsZoneAndADayIsAhead) {
  EXPECT_EQ(test::iso(only("...SNOW WARNING NOW IN EFFECT FROM 7 PM THIS EVENING THROUGH 7 AM EST MONDAY...", "MONDAY")
                          .date),
            "2026-11-30");
  EXPECT_EQ(test::iso(only("* WHEN...From 7 PM this evening through 7 AM EST Monday.", "Monday").date), "2026-11-30");
  // a past state's bound stays the last one
  EXPECT_EQ(test::iso(only("The warning was in effect through 7 AM EST Monday.", "Monday").date), "2026-11-23");
}

TEST(ExtractHeldOut58, AScaleAfterAnOddHedgeIsTheFigures) {
  const Mention users = only("Ridership is up from ninety-odd thousand.", "ninety-odd thousand");
  EXPECT_EQ(users.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*users.value, 90000);
  EXPECT_EQ(users.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*only("It has 30-odd million users.", "30-odd million").value, 30e6);
  // no scale after it, as before
  EXPECT_DOUBLE_EQ(*only("Forty-odd delegates attended.", "Forty-odd").value, 40);
}

TEST(ExtractHeldOut58, AWeekdayThenTheDayOfAMonthAsItIsSaid) {
  constexpr Date kFriday{2026, 11, 27};
  EXPECT_EQ(test::iso(only("The vote is on Thursday the 10th of December.", "Thursday the 10th of December", kFriday)
                          .date),
            "2026-12-10");
  // a day with no month, as before
  EXPECT_EQ(test::iso(only("It is on Thursday, the 10th.", "Thursday, the 10th", kFriday).date), "2026-12-10");
}

TEST(ExtractHeldOut58, PoundsAndPenceSaidAsTheyArePaid) {
  const Mention fare = only("From January it goes up to two pounds fifty.", "two pounds fifty");
  EXPECT_EQ(fare.kind, MentionKind::kMoney);
  EXPECT_EQ(fare.unit, "GBP");
  EXPECT_DOUBLE_EQ(*fare.value, 2.5);
  EXPECT_DOUBLE_EQ(*only("A day ticket costs 3 pounds 20.", "3 pounds 20").value, 3.2);
  // a weight's ounces, or a number that goes on, are no pence
  EXPECT_EQ(spans_of(extract("The baby weighed 7 pounds 4 ounces.")), "7 pounds|4 ounces");
  EXPECT_EQ(spans_of(extract("He lost 20 pounds 3 times.")), "20|3");
}

TEST(ExtractHeldOut58, ANumberDialledInGroupsOrRightAfterCalling) {
  EXPECT_EQ(spans_of(extract("Customers can call Service NSW on 13 77 88.")), "");
  EXPECT_EQ(spans_of(extract("Drivers can get road conditions by calling 511.")), "");
  EXPECT_EQ(spans_of(extract("Call the helpline on 666 1234 now.")), "");
  // "calling for" asks for a count
  EXPECT_EQ(spans_of(extract("They are calling for 500 troops.")), "500");
}

}  // namespace
}  // namespace figcheck
