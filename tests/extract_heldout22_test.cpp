// Held-out round 22 (articles 168-173): forms the extractor missed before reading them,
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

constexpr Date kPublished{2026, 2, 24};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut22, NetworkSpeedsAreQuantities) {
  const Mention speed = only("We measured download speeds of 412Mbps in the city.", "412Mbps");
  EXPECT_EQ(speed.kind, MentionKind::kQuantity);
  EXPECT_EQ(speed.unit, "Mbps");
  EXPECT_DOUBLE_EQ(*speed.value, 412);
  const Mention bound = only("It reached up to 1.1Gbps in the centre.", "up to 1.1Gbps");
  EXPECT_EQ(bound.unit, "Gbps");
  EXPECT_EQ(bound.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("On Wi-Fi it reached 940 Mbps.", "940 Mbps").unit, "Mbps");
  EXPECT_EQ(only("A 512kbps line is slow.", "512kbps").unit, "kbps");
  // basis points keep their reading
  EXPECT_EQ(only("The bank raised rates by 25bps.", "25bps").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut22, AFractionTakenOffIsAShare) {
  const Mention share = only("The judge gave him a third off for his guilty plea.", "a third");
  EXPECT_EQ(share.kind, MentionKind::kPercent);
  EXPECT_NEAR(*share.value, 33.33, 0.01);
  EXPECT_EQ(only("Shops took a quarter off the price.", "a quarter").kind, MentionKind::kPercent);
  // an ordinal before its noun stays an ordinal
  EXPECT_EQ(only("He was jailed for a third time.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("They moved to a third country.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut22, ANumberWithAGluedUnitIsDialledByNoOne) {
  const Mention weight = only("The phone weighs 196g, 12g lighter than the last.", "196g");
  EXPECT_EQ(weight.kind, MentionKind::kQuantity);
  EXPECT_EQ(weight.unit, "g");
  EXPECT_EQ(only("The phone charges at 45W.", "45W").unit, "W");
  // a number to call is still no figure
  EXPECT_EQ(spans_of(extract("If you lose your phone, call 101.")), "");
}

TEST(ExtractHeldOut22, AParticipleAfterACommaSetsNoTense) {
  const Mention sale = only("The phone goes on sale on March 6, priced at £649.", "March 6");
  EXPECT_EQ(*sale.date, (Date{2026, 3, 6}));
  EXPECT_EQ(*only("The shop opens on March 10, based in the old bank.", "March 10").date, (Date{2026, 3, 10}));
  // a finite past verb still puts the date behind
  EXPECT_EQ(*only("The phone went on sale on March 6, priced at £649.", "March 6").date, (Date{2025, 3, 6}));
  EXPECT_EQ(*only("The phone goes on sale on March 6, and sold out in 2025.", "March 6").date,
            (Date{2025, 3, 6}));
}

TEST(ExtractHeldOut22, UpToWithAFromOfItsKindIsARise) {
  const Mention rate = only("The required rate is up to 6.4 an over, from 5.9 at halfway.", "6.4");
  EXPECT_EQ(rate.qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("Unemployment was up to 5.1% from 4.9%.")), "5.1%|4.9%");
  // a bound from a date, or from a figure of another kind, stays a bound
  EXPECT_EQ(only("Fines of up to £500 apply from 1 April.", "up to £500").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Offers of up to 40% off, from £10.", "up to 40%").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Up to 40 people from the village came.", "Up to 40").qualifier, Qualifier::kUpTo);
}

TEST(ExtractHeldOut22, ABoundAfterADateComparesNothing) {
  const Mention displaced = only("In the first quarter of 2026 more than 410,000 people fled.", "more than 410,000");
  EXPECT_EQ(displaced.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("Since 2020 fewer than 50 have applied.", "fewer than 50").qualifier, Qualifier::kFewerThan);
  // after a figure, "more than" compares it with what follows
  EXPECT_EQ(spans_of(extract("It grew a third more than forecast.")), "a third");
  EXPECT_EQ(spans_of(extract("Sales were 20% more than in 2024.")), "20%|2024");
}

}  // namespace
}  // namespace figcheck
