// Probe round 6 (short sentences in the style of public extraction suites: compound
// adjectives, unicode fractions, currencies by prefix, named and relative dates, durations,
// ranges, counts in words, names with numbers): forms the extractor missed or misread,
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

constexpr Date kPublished{2026, 3, 18};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe6, WeekdayTheDayOfMonthWithoutAComma) {
  const Mention friday = only("The market crashed on Friday the 13th.", "Friday the 13th");
  EXPECT_EQ(friday.kind, MentionKind::kDate);
  EXPECT_EQ(iso(friday.date), "2026-03-13");
  // with the comma, as before
  EXPECT_EQ(iso(only("It was held on Wednesday, the 11th.", "Wednesday, the 11th").date), "2026-03-11");
  // a day of the month no nearby such weekday has stays apart
  EXPECT_EQ(spans_of(extract("He left on Friday the 2nd.")), "Friday|2nd");
}

TEST(ExtractProbe6, AFractionSignOfSomethingIsAShare) {
  const Mention voters = only("About ¼ of voters were undecided.", "About ¼");
  EXPECT_EQ(voters.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*voters.value, 25);
  EXPECT_NEAR(*only("⅔ of members voted.", "⅔").value, 66.67, 0.01);
  // a fraction sign of a measure, or after its whole number, is still a number
  EXPECT_EQ(only("It is ½ mile away.", "½ mile").kind, MentionKind::kQuantity);
  EXPECT_EQ(only("It is 2¾ of an inch.", "2¾").kind, MentionKind::kNumber);
}

TEST(ExtractProbe6, ANumberHyphenedToSecondIsADuration) {
  const Mention advert = only("The 30-second advert cost a fortune.", "30-second");
  EXPECT_EQ(advert.kind, MentionKind::kDuration);
  EXPECT_EQ(advert.unit, "seconds");
  EXPECT_DOUBLE_EQ(*advert.value, 30);
  // "second" alone is still an ordinal, and a hyphen that goes on makes another word
  EXPECT_EQ(only("She came second in the race.", "second").kind, MentionKind::kOrdinal);
  EXPECT_EQ(spans_of(extract("It was the 2-second-largest.")), "2|second");
}

TEST(ExtractProbe6, ThisYearAfterAYearlessDateGivesItsYear) {
  const std::vector<Mention> thanksgiving = extract("Thanksgiving falls on November 26 this year.");
  ASSERT_EQ(spans_of(thanksgiving), "November 26|this year");
  EXPECT_EQ(iso(thanksgiving[0].date), "2026-11-26");
  EXPECT_EQ(iso(only("Rain fell in October this year, they will say.", "October").date), "2026-10");
  // without it, a present sentence still reads the last such day; "this year's" names no year
  EXPECT_EQ(iso(only("Thanksgiving falls on November 26.", "November 26").date), "2025-11-26");
  EXPECT_EQ(iso(extract("On November 26 this year's winner was named.")[0].date), "2025-11-26");
}

TEST(ExtractProbe6, TheWeekendOfNamesWhichWeekend) {
  const std::vector<Mention> festival = extract("The festival ran over the weekend of 14-15 March.");
  ASSERT_EQ(spans_of(festival), "14-15 March");
  EXPECT_EQ(iso(festival[0].date), "2026-03-14");
  EXPECT_EQ(spans_of(extract("Turnout was low over the weekend of the vote.")), "");
  // without "of", the last weekend, as before
  EXPECT_EQ(iso(only("Turnout was low over the weekend.", "the weekend").date), "2026-03-14");
}

TEST(ExtractProbe6, DhAgainstTheFigureIsTheDirham) {
  const Mention rent = only("Rents rose to Dh1.2 million a year.", "Dh1.2 million");
  EXPECT_EQ(rent.kind, MentionKind::kMoney);
  EXPECT_EQ(rent.unit, "AED");
  EXPECT_EQ(only("Fares are Dh500.", "Dh500").unit, "AED");
  // as "Sh50" and "R50", letters and two figures stay a code; spaced, no sign
  EXPECT_EQ(spans_of(extract("Fares are Dh50.")), "");
  EXPECT_EQ(only("He said Dh 50.", "50").kind, MentionKind::kNumber);
}

TEST(ExtractProbe6, Centilitres) {
  const Mention bottle = only("The bottle holds 75cl.", "75cl");
  EXPECT_EQ(bottle.kind, MentionKind::kQuantity);
  EXPECT_EQ(bottle.unit, "cl");
  EXPECT_EQ(only("Add 5 centilitres of gin.", "5 centilitres").unit, "cl");
  // capitals are no unit
  EXPECT_EQ(spans_of(extract("He is in CL 5.")), "");
}

TEST(ExtractProbe6, AnOrdinalWeekdayInAMonthIsFoundInTheMonth) {
  // as "the second Tuesday of March": the month is the date, the weekday no date of its own
  const std::vector<Mention> vote = extract("The vote is on the first Monday in May.");
  ASSERT_EQ(spans_of(vote), "first|May");
  EXPECT_EQ(iso(vote[1].date), "2026-05");
  // without an ordinal, the weekday is placed as before
  EXPECT_EQ(spans_of(extract("The shop opens on Monday in May.")), "Monday|May");
  EXPECT_EQ(spans_of(extract("We met last Friday in March.")), "last Friday|March");
}

TEST(ExtractProbe6, ACoupleOfDozen) {
  const Mention waiting = only("A couple of dozen people waited.", "A couple of dozen");
  EXPECT_EQ(waiting.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*waiting.value, 24);
  // a couple of anything else is two, as before
  EXPECT_DOUBLE_EQ(*only("It took a couple of weeks.", "a couple of weeks").value, 2);
}

TEST(ExtractProbe6, TheSpanOfAChangeSaidAsAMultiple) {
  const Mention decade = only("Output tripled in a decade.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(only("Sales doubled in a year.", "a year").unit, "years");
  // "in a week" after no change is no span, as before
  EXPECT_EQ(spans_of(extract("It was built in a week.")), "");
}

TEST(ExtractProbe6, ADayOfAMonthCountedFromPublication) {
  const Mention payment = only("The payment arrives on the 1st of next month.", "1st of next month");
  EXPECT_EQ(payment.kind, MentionKind::kDate);
  EXPECT_EQ(iso(payment.date), "2026-04-01");
  EXPECT_EQ(iso(only("It was paid on the 3rd of last month.", "3rd of last month").date), "2026-02-03");
  // a day the month has not is no date; a possessive month names no month of the day
  EXPECT_EQ(spans_of(extract("Rent is due on the 31st of next month.")), "31st|next month");
  EXPECT_EQ(spans_of(extract("It opens on the 5th of this month's schedule.")), "5th|this month");
}

TEST(ExtractProbe6, AWeekdayWeekIsAWeekOnThatDay) {
  // the Monday ahead is the 23rd, a week on from it the 30th, as "a week on Monday"
  const Mention talks = only("The talks resume on Monday week.", "Monday week");
  EXPECT_EQ(iso(talks.date), "2026-03-30");
  EXPECT_EQ(iso(only("The talks resume on Monday week, officials said.", "Monday week").date), "2026-03-30");
  // a week that goes on is another noun: the weekday alone, as before
  EXPECT_EQ(spans_of(extract("He said on Monday week after week.")), "Monday");
  EXPECT_EQ(spans_of(extract("The hearing on Monday week's list.")), "Monday");
}

TEST(ExtractProbe6, AShareOfAPointIsOfAPercentagePoint) {
  const Mention rise = only("It rose by three-tenths of a point.", "three-tenths of a point");
  EXPECT_EQ(rise.kind, MentionKind::kPercent);
  EXPECT_NEAR(*rise.value, 0.3, 1e-9);
  EXPECT_EQ(rise.unit, "percentage_points");
  EXPECT_EQ(only("Rates rose a quarter of a point.", "a quarter of a point").unit, "percentage_points");
  // "half a point" may be a game's; a hyphen that goes on makes another word
  EXPECT_EQ(spans_of(extract("He won half a point.")), "");
  EXPECT_EQ(spans_of(extract("A third of a point-scoring side.")), "A third");
}

}  // namespace
}  // namespace figcheck
