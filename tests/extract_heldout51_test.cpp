// Held-out round 51 (articles 393-398): the formats newsrooms publish around the news (a
// fact check, a data newsletter, a podcast transcript, a corrections column) and two wires
// from other English-language presses (a Philippine typhoon wire, a Canadian budget wire);
// forms the extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 7, 9};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut51, AChangeOrAMeasureOverItsSpanIsNoBound) {
  const Mention rise = only("18% was the rise over two years, from April 2024.", "two years");
  EXPECT_EQ(rise.kind, MentionKind::kDuration);
  EXPECT_EQ(rise.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Even measured over two years, rents rose 17.4%.", "two years").qualifier, Qualifier::kNone);
  // a wait is still bounded
  EXPECT_EQ(only("Patients waited over two years.", "over two years").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut51, ASpokenYearGuessedAgainAfterAComma) {
  const Mention later = only("It could open in twenty thirty, maybe twenty thirty-one.", "twenty thirty-one");
  EXPECT_EQ(later.kind, MentionKind::kDate);
  EXPECT_EQ(iso(later.date), "2031");
  EXPECT_EQ(iso(only("in twenty thirty, perhaps twenty thirty-two", "twenty thirty-two").date), "2032");
  // after counts, the words stay counts
  EXPECT_EQ(spans_of(extract("We sold twenty, maybe thirty.")), "twenty|thirty");
}

TEST(ExtractHeldOut51, UntilEarlyOrLateInAMonthIsTheComingOne) {
  constexpr test::OnlyMentionOn on_26_february{Date{2026, 2, 26}};
  EXPECT_EQ(iso(on_26_february("The legislature sits until early April.", "April").date), "2026-04");
  EXPECT_EQ(iso(on_26_february("Cuts run from late March.", "March").date), "2026-03");
  // a month gone by stays gone by
  EXPECT_EQ(iso(on_26_february("It sat until late January.", "January").date), "2026-01");
  EXPECT_EQ(iso(on_26_february("Sales rose in early April.", "April").date), "2025-04");
}

TEST(ExtractHeldOut51, AWeekdayJoinedToThePublicationDayFollowsIt) {
  constexpr test::ExtractOn on_a_monday{Date{2025, 9, 22}};
  const auto mentions = on_a_monday("Classes were suspended on Monday and Tuesday in 31 cities.");
  ASSERT_EQ(spans_of(mentions), "Monday|Tuesday|31");
  EXPECT_EQ(iso(mentions[0].date), "2025-09-22");
  EXPECT_EQ(iso(mentions[1].date), "2025-09-23");
  // a weekday alone, said in the past, is last week's
  EXPECT_EQ(iso(on_a_monday("Flights resumed on Tuesday.")[0].date), "2025-09-16");
}

TEST(ExtractHeldOut51, ASpokenDecimalsPointIsNoNounOfALaterRate) {
  const Mention rate = only(
      "We handled three point one million passengers. In 2019 it was two point eight million. "
      "It takes us to about seven million a year.",
      "about seven million a year");
  EXPECT_EQ(rate.kind, MentionKind::kQuantity);
  EXPECT_EQ(rate.unit, "passengers/year");
}

TEST(ExtractHeldOut51, AShareOrASpanMovedToABareFigure) {
  const Mention share = only("It cut the rate from 10 per cent to nine, which will stay.", "nine");
  EXPECT_EQ(share.kind, MentionKind::kPercent);
  EXPECT_EQ(*share.value, 9);
  EXPECT_EQ(only("The rate went from 5% to 4.", "4").kind, MentionKind::kPercent);
  const Mention wait = only("Waits fell from 18 weeks to 11 over that period.", "11");
  EXPECT_EQ(wait.kind, MentionKind::kDuration);
  EXPECT_EQ(wait.unit, "weeks");
  // a noun after the bare figure is what it counts
  EXPECT_EQ(only("It cut from 25% to 20 countries.", "20").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut51, ASmallNumberAfterAThousandThatASpanFollowsBeginsTheSpan) {
  constexpr test::ExtractOn on_18_april{Date{2024, 4, 18}};
  const auto mentions = on_18_april("Around forty-one thousand last year, up from thirty-six thousand five years ago.");
  ASSERT_EQ(spans_of(mentions), "Around forty-one thousand|last year|thirty-six thousand|five years ago");
  EXPECT_EQ(*mentions[2].value, 36000);
  EXPECT_EQ(iso(mentions[3].date), "2019");
  // with "and", or before a scale word, the number goes on
  EXPECT_EQ(*only("It lasted two thousand and five days.", "two thousand and five days").value, 2005);
  EXPECT_EQ(*only("Some forty thousand two hundred people came.", "Some forty thousand two hundred").value, 40200);
}

TEST(ExtractHeldOut51, MayAfterASpanAndTo) {
  const Mention may = only("Rents rose 7.9% in the 12 months to May, and nationally by 7.0%.", "May");
  EXPECT_EQ(may.kind, MentionKind::kDate);
  EXPECT_EQ(iso(may.date), "2025-05");
  EXPECT_EQ(iso(only("Prices rose in the year to May.", "May").date), "2025-05");
  // a person's name after "to"
  EXPECT_EQ(spans_of(extract("He was an adviser to May.")), "");
}

TEST(ExtractHeldOut51, AnHourInWordsAfterADayIsATimeOfDay) {
  EXPECT_EQ(spans_of(extract("We will be back next Thursday at eight.")), "next Thursday");
  EXPECT_EQ(spans_of(extract("See you on Friday at nine, as usual.")), "Friday");
  // a count after the day goes on to what it counts
  EXPECT_EQ(spans_of(extract("On Friday at three people died.")), "Friday|three");
}

TEST(ExtractHeldOut51, APhoneNumberReadOutDigitByDigitIsNoCount) {
  EXPECT_EQ(spans_of(extract("Our number is oh-one-six-two-four, nine-eight-three, four-four-one.")), "");
  EXPECT_EQ(spans_of(extract("Call five-five-five-one-two now.")), "");
  // a number in words stays one
  EXPECT_EQ(spans_of(extract("There were twenty-four of them.")), "twenty-four");
}

}  // namespace
}  // namespace figcheck
