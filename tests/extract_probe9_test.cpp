// Probe round 9 (short sentences in the style of public extraction suites: numbers,
// ordinals, shares, ranges, money across currencies, measures, ages, temperatures and
// what is no figure): forms the extractor missed or misread, each fixed by a general
// rule, with the neighbours each rule must leave alone. The sentences are written for
// the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 10};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe9, ARangeInPenceOrCentsCountsBothEndsInThem) {
  const Mention stamps = only("Stamps went up by between 3 and 8 cents.", "between 3 and 8 cents");
  EXPECT_EQ(stamps.kind, MentionKind::kMoney);
  EXPECT_EQ(stamps.unit, "USD");
  EXPECT_DOUBLE_EQ(*stamps.low, 0.03);
  EXPECT_DOUBLE_EQ(*stamps.high, 0.08);
  const Mention sweets = only("A bag of mints is 30-45p at the kiosk.", "30-45p");
  EXPECT_EQ(sweets.unit, "GBP");
  EXPECT_DOUBLE_EQ(*sweets.low, 0.3);
  EXPECT_DOUBLE_EQ(*sweets.high, 0.45);
  EXPECT_DOUBLE_EQ(*only("Each token costs 10 to 15 pence.", "10 to 15 pence").low, 0.1);
  // both ends in hundredths, a scale word on the high end, or an end in digits alone: as before
  EXPECT_DOUBLE_EQ(*only("Fares rose between 40 cents and 90 cents.", "between 40 cents and 90 cents").low, 0.4);
  EXPECT_DOUBLE_EQ(*only("The fund needs 2 to 3 million dollars.", "2 to 3 million dollars").low, 2e6);
  EXPECT_DOUBLE_EQ(*only("Between 12 and 20 dollars a head.", "Between 12 and 20 dollars").low, 12);
  EXPECT_DOUBLE_EQ(*only("A sliver of .5p a unit.", ".5p").value, 0.005);
}

TEST(ExtractProbe9, DigitsAndAHalfOrAQuarter) {
  const Mention crowd = only("The fair drew 4 and a half thousand people.", "4 and a half thousand");
  EXPECT_EQ(crowd.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*crowd.value, 4500);
  const Mention fee = only("The fee was 6 and a half million pounds.", "6 and a half million pounds");
  EXPECT_EQ(fee.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*fee.value, 6.5e6);
  const Mention term = only("She served 7 and a half years.", "7 and a half years");
  EXPECT_EQ(term.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*term.value, 7.5);
  EXPECT_DOUBLE_EQ(*only("Stir in 2 and a quarter cups.", "2 and a quarter").value, 2.25);
  // a half "of" something, a hyphened half, or a number past the tens is left as it was
  EXPECT_EQ(spans_of(extract("Teams 4 and a half of team 6 went home.")), "4|a half|6");
  EXPECT_EQ(spans_of(extract("He had 3 and a half-time orange.")), "3");
  EXPECT_EQ(spans_of(extract("Seats 120 and a half row stayed empty.")), "120");
}

TEST(ExtractProbe9, AnOrdinalInWordsOfAScale) {
  const Mention member = only("She became the four hundredth member.", "four hundredth");
  EXPECT_EQ(member.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*member.value, 400);
  EXPECT_DOUBLE_EQ(*only("He was the five thousandth visitor.", "five thousandth").value, 5000);
  EXPECT_DOUBLE_EQ(*only("It marks the two hundred and fiftieth year.", "two hundred and fiftieth").value, 250);
  EXPECT_DOUBLE_EQ(*only("the three hundred and second show", "three hundred and second").value, 302);
  EXPECT_DOUBLE_EQ(*only("It is the one hundred and sixty-third race.", "one hundred and sixty-third").value, 163);
  // as before: a count of a compound ("a hundred and twenty-one people"), and a tens ordinal alone
  EXPECT_DOUBLE_EQ(*only("A hundred and forty-two people came.", "A hundred and forty-two").value, 142);
  EXPECT_DOUBLE_EQ(*only("the forty-third street fair", "forty-third").value, 43);
  // a hundredth "of" a thing is a share; a count before an ordinal without "and" is two figures
  EXPECT_EQ(spans_of(extract("They won six hundredths of the vote.")), "six");
  EXPECT_EQ(spans_of(extract("A thousand first-time voters signed up.")), "A thousand");
  EXPECT_EQ(spans_of(extract("Some five hundred second-round ballots")), "Some five hundred|second");
  EXPECT_EQ(spans_of(extract("A hundred third graders came.")), "A hundred|third");
}

TEST(ExtractProbe9, SomethingJoinedToAFigureHedgesItAsOddDoes) {
  const Mention banker = only("A 50-something trader was fined.", "50-something");
  EXPECT_EQ(banker.kind, MentionKind::kNumber);
  EXPECT_EQ(banker.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*banker.value, 50);
  EXPECT_EQ(only("a twenty-something crowd", "twenty-something").qualifier, Qualifier::kAbout);
  // "something" elsewhere is no hedge
  EXPECT_EQ(only("They paid 40 for something.", "40").qualifier, Qualifier::kNone);
}

TEST(ExtractProbe9, OneOfAMeasureBeforeItsDimension) {
  const Mention drift = only("The drifts lay a metre deep.", "a metre");
  EXPECT_EQ(drift.kind, MentionKind::kQuantity);
  EXPECT_EQ(drift.unit, "m");
  EXPECT_DOUBLE_EQ(*drift.value, 1);
  EXPECT_EQ(only("The farm is a mile away.", "a mile").unit, "mi");
  // as before: "of", and a measure in another sense
  EXPECT_EQ(only("An inch of ice formed.", "An inch").unit, "in");
  EXPECT_EQ(spans_of(extract("They came on foot.")), "");
  EXPECT_EQ(spans_of(extract("She put a foot wrong.")), "");
}

TEST(ExtractProbe9, AFigureBelowZeroIsATemperatureUnderIt) {
  const Mention night = only("Overnight it fell to 15 below zero.", "15 below zero");
  EXPECT_EQ(night.kind, MentionKind::kQuantity);
  EXPECT_EQ(night.unit, "degrees");
  EXPECT_DOUBLE_EQ(*night.value, -15);
  EXPECT_DOUBLE_EQ(*only("The pass was 8 degrees below zero.", "8 degrees below zero").value, -8);
  EXPECT_EQ(only("Lows of 6C below zero are likely.", "6C below zero").unit, "C");
  // "below zero" alone stays a bound; a large count is no temperature
  EXPECT_EQ(only("Readings dipped below zero.", "below zero").qualifier, Qualifier::kLessThan);
  EXPECT_EQ(spans_of(extract("The balance was 2,500 below zero.")), "2,500|below zero");
}

TEST(ExtractProbe9, EnginePowerMegabytesAndKronor) {
  const Mention engine = only("The tractor has 95 horsepower.", "95 horsepower");
  EXPECT_EQ(engine.kind, MentionKind::kQuantity);
  EXPECT_EQ(engine.unit, "hp");
  EXPECT_EQ(only("a 40hp outboard motor", "40hp").unit, "hp");
  const Mention file = only("The patch is 340 MB.", "340 MB");
  EXPECT_EQ(file.kind, MentionKind::kQuantity);
  EXPECT_EQ(file.unit, "MB");
  EXPECT_EQ(only("a 512MB card", "512MB").unit, "MB");
  const Mention bill = only("Lunch came to 180 kronor.", "180 kronor");
  EXPECT_EQ(bill.kind, MentionKind::kMoney);
  EXPECT_EQ(bill.unit, "SEK");
  // "HP" spaced is the maker, "mb" the millibar (round 21), "kroner" Norway's or Denmark's
  EXPECT_EQ(only("They ordered 300 HP printers.", "300").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Pressure fell to 975 mb.", "975 mb").unit, "mb");
  EXPECT_EQ(only("It cost 90 Danish kroner.", "90 Danish kroner").unit, "DKK");
}

TEST(ExtractProbe9, AVersionAfterANameWithACapitalInside) {
  EXPECT_EQ(spans_of(extract("The phones get iOS 18.3 next week.")), "next week");
  EXPECT_EQ(spans_of(extract("Macs running macOS 15.1.2 are safe.")), "");
  // a capitalised name's decimal may be a share; a lower-case word's is a figure
  EXPECT_EQ(spans_of(extract("Lab 33.5, Con 24.")), "33.5|24");
  EXPECT_EQ(spans_of(extract("It rose to 4.5 from 3.9.")), "4.5|3.9");
}

TEST(ExtractProbe9, DigitsJoinedByAnUnderscoreAreAName) {
  EXPECT_EQ(spans_of(extract("Open budget_2025_final.xlsx now.")), "");
  EXPECT_EQ(spans_of(extract("Follow @fan_1987 for updates.")), "");
  // digits beside a word alone are as before
  EXPECT_EQ(spans_of(extract("In 2025 the budget grew.")), "2025");
}

TEST(ExtractProbe9, TheEuroSignAfterItsFigure) {
  const Mention ticket = only("A day ticket is 9€ in Vienna.", "9€");
  EXPECT_EQ(ticket.kind, MentionKind::kMoney);
  EXPECT_EQ(ticket.unit, "EUR");
  EXPECT_DOUBLE_EQ(*ticket.value, 9);
  EXPECT_DOUBLE_EQ(*only("The menu is 24.90 € a head.", "24.90 €").value, 24.9);
  // a figure against the sign is the next amount
  EXPECT_EQ(spans_of(extract("He gave 3 €10 notes.")), "3|€10");
}

TEST(ExtractProbe9, ACurrencyCodeAgainstAPriceInCents) {
  const Mention fare = only("The fare is GBP18.40 one way.", "GBP18.40");
  EXPECT_EQ(fare.kind, MentionKind::kMoney);
  EXPECT_EQ(fare.unit, "GBP");
  EXPECT_DOUBLE_EQ(*fare.value, 18.4);
  // as before: with a scale it is money, a code against a whole number a name
  EXPECT_DOUBLE_EQ(*only("It raised EUR40m.", "EUR40m").value, 4e7);
  EXPECT_EQ(spans_of(extract("The PEN15 label sold out.")), "");
}

TEST(ExtractProbe9, ARaceRunAfterAVerbOfMoving) {
  const Mention sprint = only("She ran 200m in 22.4 seconds.", "200m");
  EXPECT_EQ(sprint.kind, MentionKind::kQuantity);
  EXPECT_EQ(sprint.unit, "m");
  EXPECT_DOUBLE_EQ(*sprint.value, 200);
  EXPECT_EQ(only("He swam 800m before breakfast.", "800m").unit, "m");
  // won, raised and hit without a race word are millions, as before
  EXPECT_DOUBLE_EQ(*only("The lab won 200m in grants.", "200m").value, 2e8);
}

TEST(ExtractProbe9, Quarts) {
  const Mention milk = only("The recipe takes 3 quarts of stock.", "3 quarts");
  EXPECT_EQ(milk.kind, MentionKind::kQuantity);
  EXPECT_EQ(milk.unit, "quarts");
}

}  // namespace
}  // namespace figcheck
