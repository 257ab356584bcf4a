// Held-out round 25 (articles 195-200): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 6, 17};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut25, TheScaleNamedWithoutDegreesIsATemperature) {
  const Mention cold = only("It fell to minus 35 Celsius early Sunday.", "minus 35 Celsius");
  EXPECT_EQ(cold.kind, MentionKind::kQuantity);
  EXPECT_EQ(cold.unit, "C");
  EXPECT_DOUBLE_EQ(*cold.value, -35);
  EXPECT_EQ(only("Seville hit 40 Celsius in July.", "40 Celsius").unit, "C");
  EXPECT_EQ(only("Dallas saw 104 Fahrenheit last summer.", "104 Fahrenheit").unit, "F");
  EXPECT_EQ(only("Nights stay at 5 to 8 centigrade.", "5 to 8 centigrade").unit, "C");
  // the scale's inventor, or a street named after another, is no temperature
  EXPECT_EQ(spans_of(extract("Anders Celsius studied the scale.")), "");
  EXPECT_EQ(spans_of(extract("Number 12 Fahrenheit Street is for sale.")), "");
}

TEST(ExtractHeldOut25, AFahrenheitFigureBelowZeroIsNoSeat) {
  const Mention chill = only("The wind chill reached -52F on Sunday.", "-52F");
  EXPECT_EQ(chill.kind, MentionKind::kQuantity);
  EXPECT_EQ(chill.unit, "F");
  EXPECT_DOUBLE_EQ(*chill.value, -52);
  EXPECT_DOUBLE_EQ(*only("Lows of \u221218F are likely.", "\u221218F").value, -18);
  // a seat or a flat stays out, and a hyphen inside a name is no minus sign
  EXPECT_EQ(spans_of(extract("She sat in 16F, next to 12F.")), "");
  EXPECT_EQ(spans_of(extract("Flat B-12F was let.")), "");
}

TEST(ExtractHeldOut25, AConversionInBracketsSetsNoScaleOfTheText) {
  const std::vector<Mention> mentions = extract(
      "It fell to minus 31 degrees Fahrenheit (minus 35 Celsius) and the wind chill to -52F; "
      "Memphis fell to 4 degrees.");
  ASSERT_EQ(spans_of(mentions), "minus 31 degrees Fahrenheit|minus 35 Celsius|-52F|4 degrees");
  EXPECT_EQ(mentions[1].unit, "C");
  EXPECT_EQ(mentions[3].unit, "F");
  EXPECT_EQ(only("Seville hit 40C (104F) on Monday and 41C on Tuesday; Madrid hit 30 degrees.", "30 degrees").unit, "C");
  // one figure and its conversion, or two scales each written on its own, leave "degrees"
  EXPECT_EQ(only("It reached 40C (104F) in Seville; Madrid hit 30 degrees.", "30 degrees").unit, "degrees");
  EXPECT_EQ(only("Highs of 30C, then 86F, and 25 degrees.", "25 degrees").unit, "degrees");
}

TEST(ExtractHeldOut25, TheYearAfterAStatutesActOfIsPartOfItsName) {
  EXPECT_EQ(spans_of(extract("Owners can be fined under the Mosquito Borne Diseases Act of 2007.")), "");
  EXPECT_EQ(spans_of(extract("The Civil Rights Act of 1964 banned it.")), "");
  EXPECT_EQ(spans_of(extract("The Acts of 1707 joined the crowns.")), "");
  // an act in lower case, a year after "Act of Parliament in", or a count, stay figures
  EXPECT_EQ(spans_of(extract("In an act of 2007 defiance, 40 people marched.")), "2007|40");
  EXPECT_EQ(only("It was passed as an Act of Parliament in 2007.", "2007").kind, MentionKind::kDate);
  EXPECT_EQ(spans_of(extract("It was an Act of 12 clauses.")), "12");
}

TEST(ExtractHeldOut25, ARupeeSignAfterAQualifierTakesTheCountryNamed) {
  const Mention fine = only("Fines of up to Rs. 25,000 apply in Sri Lanka.", "up to Rs. 25,000");
  EXPECT_EQ(fine.unit, "LKR");
  EXPECT_EQ(fine.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Fines of about Rs 400 are common in Nepal.", "about Rs 400").unit, "NPR");
  // with India named, or no country, the sign stays India's
  EXPECT_EQ(only("Fines of up to Rs. 25,000 apply in India.", "up to Rs. 25,000").unit, "INR");
  EXPECT_EQ(only("Fines of up to Rs. 25,000 apply.", "up to Rs. 25,000").unit, "INR");
}

TEST(ExtractHeldOut25, AHotlinesNumberAfterItsNameIsNoFigure) {
  EXPECT_EQ(spans_of(extract("The dengue hotline, 1926, is open 24 hours a day.")), "24 hours");
  EXPECT_EQ(spans_of(extract("The helpline 0800 is free.")), "");
  // a year or a count after the line's name goes on to a noun, and stays a figure
  EXPECT_EQ(spans_of(extract("The hotline, 2025 figures show, took 300 calls.")), "2025|300");
  EXPECT_EQ(spans_of(extract("The helpline took 1,926 calls in 2025.")), "1,926|2025");
}

TEST(ExtractHeldOut25, DaysJoinedByToInBracketsAreARange) {
  const Mention week = only("Cases in week 24 (June 8 to 14) rose 11%.", "June 8 to 14");
  EXPECT_EQ(week.kind, MentionKind::kDateRange);
  EXPECT_EQ(*week.date, (Date{2026, 6, 8}));
  EXPECT_EQ(*week.date_end, (Date{2026, 6, 14}));
  EXPECT_EQ(only("The count (May 4 to 10) fell.", "May 4 to 10").kind, MentionKind::kDateRange);
  // outside brackets "to" may end a count or a move; a noun inside them is counted
  EXPECT_EQ(spans_of(extract("The count rose on June 8 to 14 staff.")), "June 8|14");
  EXPECT_EQ(spans_of(extract("The festival (June 8 to 14 events) was cancelled.")), "June 8|14");
}

TEST(ExtractHeldOut25, AChangeInThePresentTenseIsNoRange) {
  EXPECT_EQ(spans_of(extract("The monthly trash charge rises $2.50 to $31.75.")), "$2.50|$31.75");
  EXPECT_EQ(spans_of(extract("The fee falls $3 to $12 in July.")), "$3|$12|July");
  EXPECT_EQ(spans_of(extract("The levy climbs £10 to £95.")), "£10|£95");
  // a price band after no verb of change stays a range
  const Mention band = only("Tickets cost $30 to $40 each.", "$30 to $40");
  EXPECT_DOUBLE_EQ(*band.low, 30);
  EXPECT_DOUBLE_EQ(*band.high, 40);
}

TEST(ExtractHeldOut25, ByTheWeekendInALooseFutureIsTheComingOne) {
  const Mention thaw =
      only("Forecasters said temperatures would climb above freezing by the weekend.", "the weekend");
  EXPECT_EQ(thaw.kind, MentionKind::kDateRange);
  EXPECT_EQ(*thaw.date, (Date{2026, 6, 20}));
  EXPECT_EQ(*thaw.date_end, (Date{2026, 6, 21}));
  EXPECT_EQ(*only("Talks will end by the weekend.", "the weekend").date, (Date{2026, 6, 20}));
  // in the past, and with "would" not before "by", the weekend gone
  EXPECT_EQ(*only("By the weekend, 40 people had died.", "the weekend").date, (Date{2026, 6, 13}));
  EXPECT_EQ(*only("He would call over the weekend.", "the weekend").date, (Date{2026, 6, 13}));
}

TEST(ExtractHeldOut25, AScoreAgainstParBoundsNoStrokes) {
  EXPECT_EQ(spans_of(extract("She shot a 10-under 62 and finished on 11-under 205.")), "10|62|11|205");
  const Mention round = only("He shot a two-over 74 on Sunday.", "74");
  EXPECT_EQ(round.qualifier, Qualifier::kNone);
  // "under" spaced from the figure before still bounds the one after
  EXPECT_EQ(only("Only 52 players shot under 72.", "under 72").qualifier, Qualifier::kUnder);
  EXPECT_EQ(only("The fee is $15 for those under 18.", "under 18").qualifier, Qualifier::kUnder);
}

TEST(ExtractHeldOut25, ABudgetForAPurposeIsSpreadOverItsYears) {
  const Mention years = only("Parks get $38 million for capital projects over five years.", "five years");
  EXPECT_EQ(years.kind, MentionKind::kDuration);
  EXPECT_EQ(years.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("The city gets £2bn for new roads over ten years.", "ten years").qualifier, Qualifier::kNone);
  // a sum taken over a span, an age, or a span after a clause's comma stay bounded
  EXPECT_EQ(only("He stole £412,350 from elderly residents over two years.", "over two years").qualifier,
            Qualifier::kOver);
  EXPECT_EQ(only("It pays $500 for workers over 50 years old.", "over 50 years old").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("It pays $500 a month, for over five years now.", "over five years").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut25, AFigureCountedAcrossRoundsOrSeasonsIsNotBounded) {
  EXPECT_EQ(spans_of(extract("She needed only 112 putts over four rounds.")), "112|four");
  EXPECT_EQ(spans_of(extract("He scored 20 goals over three seasons.")), "20|three");
  EXPECT_EQ(spans_of(extract("They won 9 games over 12 matches.")), "9|12");
  // with no count straight before, "over" bounds the figure
  EXPECT_EQ(only("Over 30 fans came to watch four rounds.", "Over 30").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("The tour lasted over four seasons.", "over four").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut25, ALikelihoodLooksToTheNearestMonthEitherSide) {
  EXPECT_EQ(*only("Experts said famine was likely to spread by the end of September.", "September").date,
            (Date{2026, 9}));
  EXPECT_EQ(*only("A rise was likely in August, they said.", "August").date, (Date{2026, 8}));
  // a past verb nearer the month still holds it
  EXPECT_EQ(*only("Experts said famine had spread by the end of September.", "September").date,
            (Date{2025, 9}));
  EXPECT_EQ(*only("He most likely died in March.", "March").date, (Date{2026, 3}));
}

TEST(ExtractHeldOut25, AParticipleClauseTakesTheTenseOfTheClauseBefore) {
  constexpr Date kMonday{2026, 6, 15};
  EXPECT_EQ(*only("Talks will resume, bringing both sides to Cairo on Friday.", "Friday", kMonday).date,
            (Date{2026, 6, 19}));
  EXPECT_EQ(*only("Forecasters said temperatures would climb, reaching 41 degrees by Saturday.", "Saturday", kMonday)
                 .date,
            (Date{2026, 6, 20}));
  // a past clause before it keeps the day gone; so does a clause after a comma that is no participle
  EXPECT_EQ(*only("A strike hit the city, killing 40 people on Saturday.", "Saturday", kMonday).date,
            (Date{2026, 6, 13}));
  EXPECT_EQ(*only("Talks will resume, the ministry said on Friday.", "Friday", kMonday).date, (Date{2026, 6, 12}));
}

TEST(ExtractHeldOut25, AWeekdayByWhichSomethingWouldHappenIsAhead) {
  constexpr Date kMonday{2026, 6, 15};
  EXPECT_EQ(*only("Temperatures would climb above freezing by Saturday.", "Saturday", kMonday).date,
            (Date{2026, 6, 20}));
  // without "by", "would" takes the nearer; in the past, a deadline is gone
  EXPECT_EQ(*only("He would often call on Saturday.", "Saturday", kMonday).date, (Date{2026, 6, 13}));
  EXPECT_EQ(*only("By Saturday, 40 people had died.", "Saturday", kMonday).date, (Date{2026, 6, 13}));
}

}  // namespace
}  // namespace figcheck
