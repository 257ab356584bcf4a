// Held-out round 57 (articles 447-452): a court report, a market close, a Nigerian
// results story, a cohort study, a Gaza live blog and a council budget; forms the
// extractor missed before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 27};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut57, FromAWeekdayToADayOfAMonthIsOneRange) {
  const Mention consultation =
      only("A public consultation runs from Monday until 11 January.", "from Monday until 11 January");
  EXPECT_EQ(consultation.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(consultation.date), "2026-11-30");
  EXPECT_EQ(iso(consultation.date_end), "2027-01-11");
  const Mention with_year = only("The road is shut from Monday to 11 January 2027.", "from Monday to 11 January 2027");
  EXPECT_EQ(iso(with_year.date_end), "2027-01-11");
  EXPECT_EQ(iso(only("Talks run from Monday until January 11.", "from Monday until January 11").date_end),
            "2027-01-11");
  // a past that would end ahead, and a range without "from", stay two dates
  EXPECT_EQ(spans_of(extract("It ran from Monday until 11 January.")), "Monday|11 January");
  EXPECT_EQ(spans_of(extract("Shops open Monday to 11 January.")), "Monday|11 January");
}

TEST(ExtractHeldOut57, AWiresExchangeRateInPoundsIsMoney) {
  const Mention rate = only("Sterling slipped. ($1 = 0.7711 pounds)", "0.7711 pounds");
  EXPECT_EQ(rate.kind, MentionKind::kMoney);
  EXPECT_EQ(rate.unit, "GBP");
  EXPECT_DOUBLE_EQ(*rate.value, 0.7711);
  EXPECT_EQ(only("(€1 = 0.8712 pounds)", "0.8712 pounds").unit, "GBP");
  // a weight's conversion is no money
  EXPECT_NE(only("(1 kg = 2.2 pounds)", "1 kg").kind, MentionKind::kMoney);
  EXPECT_EQ(spans_of(extract("(1 kg = 2.2 pounds)")), "1 kg|2.2 pounds");
  EXPECT_EQ(only("(1 kg = 2.2 pounds)", "2.2 pounds").unit, "lb");
}

TEST(ExtractHeldOut57, ARatePerPersonYearsSpansItsTimeAtRisk) {
  const Mention rate = only("The rate was 1,205 per 100,000 person-years.", "1,205 per 100,000 person-years");
  EXPECT_EQ(rate.kind, MentionKind::kQuantity);
  EXPECT_EQ(rate.unit, "per_100k");
  EXPECT_DOUBLE_EQ(*rate.value, 1205);
  EXPECT_EQ(only("It was 3.1 per 1,000 patient-years.", "3.1 per 1,000 patient-years").unit, "per_1k");
  // a population word is spanned as before, and a rate with neither ends at its base
  EXPECT_EQ(only("It was 221 per 100,000 people.", "221 per 100,000 people").unit, "per_100k");
  EXPECT_EQ(only("It was 221 per 100,000 in 2025.", "221 per 100,000").unit, "per_100k");
}

}  // namespace
}  // namespace figcheck
