// The second probe set (sentences in the style of public extraction suites): forms the
// extractor missed, each fixed by a general rule. The sentences here are written for the
// tests, not taken from the probes.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 6};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Shares of a scale or of a unit

TEST(ExtractProbe2, AShareOfAScaleIsOneNumber) {
  const Mention dozen = only("Police arrested half a dozen protesters outside the court.", "half a dozen");
  EXPECT_EQ(dozen.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(dozen.value.value_or(0), 6);
  EXPECT_DOUBLE_EQ(only("The census missed a quarter of a million residents.", "a quarter of a million").value.value_or(0),
                    250000);
  EXPECT_DOUBLE_EQ(
      only("Two-thirds of a billion doses were shipped last year.", "Two-thirds of a billion").value.value_or(0),
      666666666.6666666);
  const Mention money = only("The club paid three quarters of a million pounds for the striker.",
                             "three quarters of a million pounds");
  EXPECT_EQ(money.kind, MentionKind::kMoney);
  EXPECT_EQ(money.unit, "GBP");
  EXPECT_DOUBLE_EQ(money.value.value_or(0), 750000);
  // negative cases: a share of something else stays a share
  EXPECT_EQ(spans_of(extract("Nearly half the staff left, and a third of the rest retired.")), "Nearly half|a third");
  EXPECT_EQ(only("It lasted a quarter of a century.", "a quarter of a century").kind, MentionKind::kDuration);
}

TEST(ExtractProbe2, AShareOfAUnitIsAQuantityPercentOrDuration) {
  const Mention mile = only("Residents within half a mile of the plant were evacuated.", "half a mile");
  EXPECT_EQ(mile.kind, MentionKind::kQuantity);
  EXPECT_EQ(mile.unit, "mi");
  EXPECT_DOUBLE_EQ(mile.value.value_or(0), 0.5);
  const Mention tonne = only("Each lorry carried a quarter of a tonne of flour.", "a quarter of a tonne");
  EXPECT_EQ(tonne.unit, "t");
  EXPECT_DOUBLE_EQ(tonne.value.value_or(0), 0.25);
  const Mention percent = only("Fees will rise by half a per cent in April.", "half a per cent");
  EXPECT_EQ(percent.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(percent.value.value_or(0), 0.5);
  const Mention minutes = only("Passengers waited three-quarters of an hour for a bus.", "three-quarters of an hour");
  EXPECT_EQ(minutes.kind, MentionKind::kDuration);
  EXPECT_EQ(minutes.unit, "minutes");
  EXPECT_DOUBLE_EQ(minutes.value.value_or(0), 45);
  // negative cases: "the first half a mile" is a stretch named by its place, "half an
  // hour" keeps its hours
  EXPECT_EQ(spans_of(extract("He led for the first half a mile.")), "first");
  EXPECT_EQ(only("The meeting lasted half an hour.", "half an hour").unit, "hours");
}

// ---------------------------------------------------------------------------------------
// B. Spans of time with an article

TEST(ExtractProbe2, ADecadeAgoIsAYear) {
  const Mention decade = only("The factory closed a decade ago.", "a decade ago");
  EXPECT_EQ(decade.kind, MentionKind::kDate);
  EXPECT_EQ(iso(decade.date), "2016");
  EXPECT_EQ(iso(only("The abbey was rebuilt a century ago.", "a century ago").date), "1926");
}

TEST(ExtractProbe2, InAUnitAheadIsASpan) {
  const Mention fortnight = only("The refunds will arrive in a fortnight.", "a fortnight");
  EXPECT_EQ(fortnight.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(fortnight.value.value_or(0), 2);
  EXPECT_EQ(fortnight.unit, "weeks");
  const Mention year = only("The stadium will reopen in a year's time.", "a year");
  EXPECT_EQ(year.kind, MentionKind::kDuration);
  EXPECT_EQ(year.unit, "years");
  // negative cases: "the most in a day", "in a week of protests" and a past "in a month"
  // name no span
  EXPECT_EQ(spans_of(extract("It was the most rain in a day since records began.")), "");
  EXPECT_EQ(spans_of(extract("The prices will be set in a week of talks.")), "");
  EXPECT_EQ(spans_of(extract("The shop closed in a month of losses.")), "");
}

// ---------------------------------------------------------------------------------------
// C. Money

TEST(ExtractProbe2, CurrencySignsOfMoreCountries) {
  const Mention won = only("Samsung will spend ₩3.5 trillion on the plant.", "₩3.5 trillion");
  EXPECT_EQ(won.kind, MentionKind::kMoney);
  EXPECT_EQ(won.unit, "KRW");
  EXPECT_DOUBLE_EQ(won.value.value_or(0), 3.5e12);
  EXPECT_EQ(only("The state borrowed ₦40bn last year.", "₦40bn").unit, "NGN");
  EXPECT_EQ(only("A litre of fuel costs ₱62 in Manila.", "₱62").unit, "PHP");
  const Mention aussie = only("The lender's profit rose to $US1.4 billion.", "$US1.4 billion");
  EXPECT_EQ(aussie.unit, "USD");
  EXPECT_DOUBLE_EQ(aussie.value.value_or(0), 1.4e9);
}

TEST(ExtractProbe2, CurrencyCodesWrittenInMixedCase) {
  EXPECT_EQ(only("A matatu ride costs KSh 80 in the city.", "KSh 80").unit, "KES");
  EXPECT_EQ(only("The group raised RMB 12bn from investors.", "RMB 12bn").unit, "CNY");
}

TEST(ExtractProbe2, ACurrencyNamedByItsCountry) {
  const Mention crowns = only("The fund sold 40 billion Danish crowns of bonds.", "40 billion Danish crowns");
  EXPECT_EQ(crowns.kind, MentionKind::kMoney);
  EXPECT_EQ(crowns.unit, "DKK");
  EXPECT_EQ(only("The bail was set at 20,000 Chilean pesos.", "20,000 Chilean pesos").unit, "CLP");
  EXPECT_EQ(only("Ottawa pledged 3 billion Canadian dollars.", "3 billion Canadian dollars").unit, "CAD");
  const Mention won = only("Seoul earmarked 8 trillion won for chips.", "8 trillion won");
  EXPECT_EQ(won.unit, "KRW");
  // negative cases: a few games "won" count games; "crowns" alone are no money
  EXPECT_EQ(spans_of(extract("The side has 14 won and 2 lost.")), "14|2");
  EXPECT_EQ(only("The dentist fitted 3 crowns.", "3").kind, MentionKind::kNumber);
}

TEST(ExtractProbe2, MoneyInCompoundsAndWords) {
  const Mention bridge = only("Voters rejected the 60-million-dollar stadium.", "60-million-dollar");
  EXPECT_EQ(bridge.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(bridge.value.value_or(0), 6e7);
  const Mention change = only("The ticket cost four dollars and 25 cents.", "four dollars and 25 cents");
  EXPECT_DOUBLE_EQ(change.value.value_or(0), 4.25);
  const Mention one = only("Most families live on less than a dollar a day.", "less than a dollar");
  EXPECT_EQ(one.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(one.value.value_or(0), 1);
  // negative cases: the currency as a thing, and a dollar compound
  EXPECT_EQ(spans_of(extract("The dollar fell against the euro.")), "");
  EXPECT_EQ(spans_of(extract("He holds a dollar-denominated bond.")), "");
}

// ---------------------------------------------------------------------------------------
// D. Units and signs

TEST(ExtractProbe2, PercentWrittenShortAndHyphenated) {
  EXPECT_EQ(only("Copper fell 1.8 pct on Friday.", "1.8 pct").kind, MentionKind::kPercent);
  const Mention points = only("Inflation eased 0.3ppt in November.", "0.3ppt");
  EXPECT_EQ(points.kind, MentionKind::kPercent);
  EXPECT_EQ(points.unit, "percentage_points");
  EXPECT_EQ(only("The bank made a 50-basis-point cut.", "50-basis-point").unit, "basis_points");
  EXPECT_EQ(only("Traders see a 1-percentage-point fall.", "1-percentage-point").unit, "percentage_points");
}

TEST(ExtractProbe2, MilligramsAndBarrelsPerDay) {
  EXPECT_EQ(only("The dose is 250mg twice daily.", "250mg").unit, "mg");
  const Mention output = only("The field pumps 1.2 million bpd.", "1.2 million bpd");
  EXPECT_EQ(output.kind, MentionKind::kQuantity);
  EXPECT_EQ(output.unit, "barrels/day");
}

TEST(ExtractProbe2, ANumberWithAUnitIsNoDialledNumber) {
  EXPECT_EQ(only("The new phone comes with 256GB of storage.", "256GB").unit, "GB");
  // negative case: the number to ring is still no figure
  EXPECT_EQ(spans_of(extract("Phone 111 if symptoms worsen.")), "");
}

TEST(ExtractProbe2, NegativeNumbersInWords) {
  EXPECT_DOUBLE_EQ(only("The index fell to minus forty-one.", "minus forty-one").value.value_or(0), -41);
  EXPECT_DOUBLE_EQ(only("The balance of orders was negative 14 in March.", "negative 14").value.value_or(0), -14);
  // negative cases: a test result, and "plus or minus"
  EXPECT_EQ(spans_of(extract("She tested negative 3 times.")), "3");
  // (a margin of error's points are percentage points: heldout20)
  EXPECT_EQ(spans_of(extract("The margin of error is plus or minus 3 points.")), "3 points");
  EXPECT_DOUBLE_EQ(only("The margin of error is plus or minus 3 points.", "3 points").value.value_or(0), 3);
}

// ---------------------------------------------------------------------------------------
// E. Dates

TEST(ExtractProbe2, APresentTenseScheduleIsAhead) {
  EXPECT_EQ(iso(only("The poll closes at 5pm on 20 January.", "20 January").date), "2026-01-20");
  EXPECT_EQ(iso(only("The consultation ends on 9 February.", "9 February").date), "2026-02-09");
  EXPECT_EQ(iso(only("The series airs on Friday.", "Friday").date), "2026-01-09");
  const Mention fair = only("The book fair takes place on March 2-5.", "March 2-5");
  EXPECT_EQ(iso(fair.date), "2026-03-02");
  EXPECT_EQ(iso(only("The hearing is on 12 January.", "12 January").date), "2026-01-12");
  EXPECT_EQ(iso(only("The briefing is at 09:30 on Wednesday.", "Wednesday").date), "2026-01-07");
  // negative cases: the past tense, and a level "at" a rate is no event
  EXPECT_EQ(iso(only("The hearing was on 12 January.", "12 January").date), "2025-01-12");
  EXPECT_EQ(iso(only("Unemployment is at 4.9% in November.", "November").date), "2025-11");
}

TEST(ExtractProbe2, DateRangesWrittenTheAmericanWay) {
  const Mention days = only("Polls are open from May 4 to 9.", "from May 4 to 9");
  EXPECT_EQ(days.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(days.date_end), "2025-05-09");
  const Mention months = only("The pool was closed April through June.", "April through June");
  EXPECT_EQ(iso(months.date), "2025-04");
  EXPECT_EQ(iso(months.date_end), "2025-06");
  const Mention quarters = only("Margins improved in Q2-Q4 2024.", "Q2-Q4 2024");
  EXPECT_EQ(iso(quarters.date), "2024-04");
  EXPECT_EQ(iso(quarters.date_end), "2024-12");
  EXPECT_EQ(iso(only("Exports peaked in June of 2023.", "June of 2023").date), "2023-06");
  // negative cases: a count after the day, and "through" a month alone
  EXPECT_EQ(spans_of(extract("Prices rose from March 3 to 7 people.")), "March 3|7");
  EXPECT_EQ(spans_of(extract("He worked through May.")), "May");
}

TEST(ExtractProbe2, DecadesInWords) {
  const Mention decade = only("The estate was built in the sixties.", "sixties");
  EXPECT_EQ(decade.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(decade.date), "1960");
  EXPECT_EQ(iso(decade.date_end), "1969");
  EXPECT_EQ(iso(only("It was a hit in the early nineties.", "nineties").date), "1990");
  const Mention age = only("A woman in her eighties was rescued.", "eighties");
  EXPECT_EQ(age.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(age.low.value_or(0), 80);
  // negative case: heat
  EXPECT_EQ(spans_of(extract("Temperatures in the nineties are forecast.")), "");
}

// ---------------------------------------------------------------------------------------
// F. Ordinals, and what is no figure

TEST(ExtractProbe2, MillionthIsAnOrdinal) {
  const Mention visitor = only("The zoo greeted its millionth guest.", "millionth");
  EXPECT_EQ(visitor.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(visitor.value.value_or(0), 1e6);
}

TEST(ExtractProbe2, NamesTimesAndIdiomsAreNoFigures) {
  EXPECT_EQ(spans_of(extract("The parade starts at half past ten.")), "");
  EXPECT_EQ(spans_of(extract("Doors open at a quarter past seven.")), "");
  EXPECT_EQ(spans_of(extract("An eleventh-hour offer ended the strike.")), "");
  EXPECT_EQ(spans_of(extract("A 12th-hour appeal failed.")), "");
  EXPECT_EQ(spans_of(extract("He fought in the First World War.")), "");
  EXPECT_EQ(spans_of(extract("She wore the number 7 jersey.")), "");
  EXPECT_EQ(spans_of(extract("The BA.2 strain spread fast.")), "");
  // negative cases: an ordinal in a sentence, a verb "number", a time with a figure
  EXPECT_EQ(spans_of(extract("The second round starts next week.")), "second|next week");
  EXPECT_EQ(spans_of(extract("Protesters number 5,000 in the square.")), "5,000");
  EXPECT_EQ(spans_of(extract("The vote was cut by half past midnight.")), "half");
}

}  // namespace
}  // namespace figcheck
