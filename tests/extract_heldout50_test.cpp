// Held-out round 50 (articles 387-392): specialised desks and service journalism, a
// crypto-markets wire, a travel-deals column, a public-sector pay story, exam results day,
// a maritime collision and a medicines recall notice; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2023, 5, 16};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut50, ADosePerKilogramOfWeight) {
  const Mention dose = only("Children are dosed at 15 mg/kg.", "15 mg/kg");
  EXPECT_EQ(dose.kind, MentionKind::kQuantity);
  EXPECT_EQ(dose.unit, "mg/kg");
  EXPECT_EQ(only("That is up to 12 mg/kg a day.", "up to 12 mg/kg a day").unit, "mg/kg/day");
  EXPECT_EQ(only("A loading dose of 20mg/kg/day.", "20mg/kg/day").unit, "mg/kg/day");
  // a kilogram's price is no dose
  EXPECT_EQ(only("Beef rose to £9/kg.", "£9").kind, MentionKind::kMoney);
}

TEST(ExtractHeldOut50, AStrengthInASpoonfulOfLiquid) {
  const Mention strength = only("Paracetamol 250mg/5ml Oral Suspension", "250mg/5ml");
  EXPECT_EQ(strength.kind, MentionKind::kQuantity);
  EXPECT_EQ(strength.unit, "mg/5ml");
  EXPECT_EQ(*strength.value, 250);
  // a litre's letter after the slash stays a concentration
  EXPECT_EQ(only("Levels reached 2 mg/L.", "2 mg/L").unit, "mg/l");
}

TEST(ExtractHeldOut50, AMonthAndYearPrintedWithASlash) {
  const Mention expiry = only("Batch 4A19, expiry date 03/2027, was recalled.", "03/2027");
  EXPECT_EQ(expiry.kind, MentionKind::kDate);
  EXPECT_EQ(iso(expiry.date), "2027-03");
  EXPECT_EQ(iso(only("The card expires 11/2024.", "11/2024").date), "2024-11");
  // no thirteenth month; one digit may be a fraction; a day, month and year stay a day
  EXPECT_EQ(spans_of(extract("Code 13/2027 applies.")).find("13/2027"), std::string::npos);
  EXPECT_EQ(iso(only("It was issued on 23/04/2023.", "23/04/2023").date), "2023-04-23");
}

TEST(ExtractHeldOut50, APriceAHeadWithPpGluedOn) {
  const Mention price = only("Seven nights in Tenerife from £599pp, departing Gatwick.", "£599pp");
  EXPECT_EQ(price.kind, MentionKind::kMoney);
  EXPECT_EQ(*price.value, 599);
  EXPECT_EQ(only("Fourteen nights from £2,295pp.", "£2,295pp").unit, "GBP");
  // after a bare figure "pp" is still percentage points
  EXPECT_EQ(only("The lead narrowed 3pp.", "3pp").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut50, AFractionBeforeAClauseThatDescribesIt) {
  const Mention fifth = only("Arrears will be paid in October for about a fifth that use another provider.",
                             "about a fifth");
  EXPECT_EQ(fifth.kind, MentionKind::kPercent);
  EXPECT_EQ(*fifth.value, 20);
  EXPECT_EQ(only("Roughly a third who applied were accepted.", "Roughly a third").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut50, SeveralMillionInACurrencyAfterIt) {
  const Mention cost = only("The delay would cost several million dollars.", "several million dollars");
  EXPECT_EQ(cost.kind, MentionKind::kMoney);
  EXPECT_EQ(cost.unit, "USD");
  EXPECT_EQ(*cost.low, 2e6);
  EXPECT_EQ(*cost.high, 9999999);
  // with no currency after it, a count
  EXPECT_EQ(only("It drew several hundred people.", "several hundred").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It cost a few thousand euros.", "a few thousand euros").unit, "EUR");
}

TEST(ExtractHeldOut50, AnAreaInSquareNauticalMiles) {
  const Mention area = only("They searched roughly 600 square nautical miles on Friday.",
                            "roughly 600 square nautical miles");
  EXPECT_EQ(area.kind, MentionKind::kQuantity);
  EXPECT_EQ(area.unit, "nmi2");
  EXPECT_EQ(only("It was 40 nautical miles off.", "40 nautical miles").unit, "nmi");
}

TEST(ExtractHeldOut50, BitcoinCountedByItsTicker) {
  const Mention reward = only("The halving cut the reward to 3.125 BTC per block.", "3.125 BTC");
  EXPECT_EQ(reward.kind, MentionKind::kQuantity);
  EXPECT_EQ(reward.unit, "BTC");
  EXPECT_EQ(*only("Companies hold more than 1 million BTC.", "more than 1 million BTC").value, 1e6);
}

TEST(ExtractHeldOut50, MarksAndRanksOnAScaleAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Class 2 Medicines Recall")), "");
  EXPECT_EQ(spans_of(extract("Under the numbered system, grades 9 to 4 are a pass.")), "");
  EXPECT_EQ(spans_of(extract("Last summer 21.8% got a 7 or above.")), "21.8%");
  EXPECT_EQ(spans_of(extract("Applicants need an 8 or higher.")), "");
  // a bound on a count keeps it: "7 or above" with no article, a count
  EXPECT_EQ(spans_of(extract("Pupils scoring 7 or above did well.")), "7 or above");
  // a class counted, after "of", is a count
  EXPECT_EQ(spans_of(extract("A class of 30 pupils.")), "30");
}

TEST(ExtractHeldOut50, AWeekdayBoundAfterMidnight) {
  EXPECT_EQ(iso(only("Book by midnight on Friday.", "Friday").date), "2023-05-19");
  EXPECT_EQ(iso(only("Submit the forms by 5pm on Friday.", "Friday").date), "2023-05-19");
  // with a verb of the past, the last one
  EXPECT_EQ(iso(only("Bookings closed by midnight on Friday.", "Friday").date), "2023-05-12");
}

TEST(ExtractHeldOut50, ATripDepartingOnASetDayAhead) {
  // written in January: the coming May, not last year's
  const Mention departs = only("Fourteen nights from £2,295pp, departing 3-10 May, with 11 guided days.", "3-10 May",
                               Date{2026, 1, 11});
  EXPECT_EQ(iso(departs.date), "2026-05-03");
  EXPECT_EQ(iso(departs.date_end), "2026-05-10");
  EXPECT_EQ(iso(only("The cruise departs 14 April.", "14 April", Date{2026, 1, 11}).date), "2026-04-14");
  // a day well behind still reads back
  EXPECT_EQ(iso(only("The last sailing departed 3 December.", "3 December", Date{2026, 1, 11}).date), "2025-12-03");
}

TEST(ExtractHeldOut50, ADateOpeningItsSentenceTakesTheTenseAfterIt) {
  constexpr Date kJanuary{2026, 1, 11};
  EXPECT_EQ(iso(only("After 25 January they tend to creep back up by £20.", "25 January", kJanuary).date), "2026-01-25");
  // a past main clause keeps it back
  EXPECT_EQ(iso(only("After 25 January they climbed back up by £20.", "25 January", kJanuary).date), "2025-01-25");
}

}  // namespace
}  // namespace figcheck
