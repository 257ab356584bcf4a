// Probe round 12 (short news sentences in the manner of Duckling's amount-of-money,
// distance, volume, quantity, temperature and numeral corpora and Recognizers-Text's
// currency, dimension, age and temperature specs; tests/data/probe12-units-money.tsv):
// forms the extractor missed or misread, each fixed by a general rule, with the
// neighbours each rule must leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 26};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe12, MetresJoinedToADimensionByAHyphen) {
  const Mention barrier = only("The 10-tonne lorry hit a 2m-high barrier.", "2m");
  EXPECT_EQ(barrier.kind, MentionKind::kQuantity);
  EXPECT_EQ(barrier.unit, "m");
  EXPECT_DOUBLE_EQ(*barrier.value, 2);
  EXPECT_EQ(only("A 3m-long python was found in the loft.", "3m").unit, "m");
  EXPECT_EQ(only("Crews dug a 5m-wide channel.", "5m").unit, "m");
  // as before: spaced ("500m long"); after a currency, or before another word, millions
  EXPECT_EQ(only("The tunnel is 500m long.", "500m").unit, "m");
  const Mention deal = only("The club signed a £2m-long deal.", "£2m");
  EXPECT_EQ(deal.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*deal.value, 2e6);
  EXPECT_DOUBLE_EQ(*only("A 2m-strong diaspora lives abroad.", "2m").value, 2e6);
  EXPECT_EQ(only("The firm has 3m users.", "3m").kind, MentionKind::kNumber);
}

TEST(ExtractProbe12, ADecimalCommaBesideTheEuroSign) {
  const Mention price = only("The price was 9,99 \u20ac in the shop.", "9,99 \u20ac");
  EXPECT_EQ(price.kind, MentionKind::kMoney);
  EXPECT_EQ(price.unit, "EUR");
  EXPECT_DOUBLE_EQ(*price.value, 9.99);
  EXPECT_DOUBLE_EQ(*only("A coffee costs \u20ac2,50 in Rome.", "\u20ac2,50").value, 2.5);
  EXPECT_DOUBLE_EQ(*only("The menu lists 4,50\u20ac for soup.", "4,50\u20ac").value, 4.5);
  // a group of three digits is thousands; two digits without the sign stay a list
  EXPECT_DOUBLE_EQ(*only("The flat cost \u20ac12,500.", "\u20ac12,500").value, 12500);
  EXPECT_EQ(spans_of(extract("The scores were 9,99 and 100.")), "9|99|100");
  EXPECT_EQ(spans_of(extract("It cost 1,50 dollars.")), "1|50 dollars");
}

TEST(ExtractProbe12, AnAgeInYearsOfAge) {
  const Mention singer = only("The singer, who is 52 years of age, retired.", "52 years of age");
  EXPECT_EQ(singer.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*singer.value, 52);
  const Mention babies = only("Babies under six months of age are at risk.", "under six months of age");
  EXPECT_EQ(babies.kind, MentionKind::kNumber);
  EXPECT_EQ(babies.qualifier, Qualifier::kUnder);
  // years of something else are a span of time, as before
  const Mention term = only("He served 20 years of his sentence.", "20 years");
  EXPECT_EQ(term.kind, MentionKind::kDuration);
  EXPECT_EQ(only("They fought 20 years of war.", "20 years").unit, "years");
}

TEST(ExtractProbe12, PoundsAfterAVerbOfWeighingOrOfPrice) {
  const Mention parcel = only("The parcel weighed 7 pounds.", "7 pounds");
  EXPECT_EQ(parcel.kind, MentionKind::kQuantity);
  EXPECT_EQ(parcel.unit, "lb");
  const Mention fish = only("The fish weighs about 12 pounds.", "about 12 pounds");
  EXPECT_EQ(fish.unit, "lb");
  EXPECT_EQ(fish.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("A newborn weighing 9 pounds was delivered.", "9 pounds").unit, "lb");
  const Mention coat = only("The coat was priced at 250 pounds.", "250 pounds");
  EXPECT_EQ(coat.kind, MentionKind::kMoney);
  EXPECT_EQ(coat.unit, "GBP");
  EXPECT_DOUBLE_EQ(*coat.value, 250);
  EXPECT_EQ(only("Tickets cost 40 pounds each.", "40 pounds").unit, "GBP");
  EXPECT_EQ(only("The bike was sold for 300 pounds.", "300 pounds").unit, "GBP");
  // another verb, or one with its object between, leaves the number alone
  EXPECT_EQ(spans_of(extract("He lifted 300 pounds.")), "300");
  EXPECT_EQ(spans_of(extract("She sold the painting for 400 pounds.")), "400");
  EXPECT_EQ(spans_of(extract("He lost 7 pounds in a week.")), "7");
}

TEST(ExtractProbe12, GrandIsSlangForAThousandOfMoney) {
  const Mention pay = only("She earned 50 grand last year.", "50 grand");
  EXPECT_EQ(pay.kind, MentionKind::kMoney);
  EXPECT_EQ(pay.unit, "USD");
  EXPECT_DOUBLE_EQ(*pay.value, 50000);
  const Mention bike = only("He paid a grand for the bike.", "a grand");
  EXPECT_EQ(bike.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*bike.value, 1000);
  // in the currency the text last gave money in
  const Mention repairs = only("The car cost \u00a38,000 and the repairs another five grand.", "five grand");
  EXPECT_EQ(repairs.unit, "GBP");
  EXPECT_DOUBLE_EQ(*repairs.value, 5000);
  // a noun after it, or a capital, makes "grand" an adjective or a name
  EXPECT_EQ(spans_of(extract("He won two grand pianos.")), "two");
  EXPECT_EQ(spans_of(extract("It was a grand plan.")), "");
  EXPECT_EQ(spans_of(extract("They won 3 Grand Slams.")), "3");
  EXPECT_EQ(spans_of(extract("The Monaco Grand Prix drew 200,000 fans.")), "200,000");
}

TEST(ExtractProbe12, HectaresSpacedEndingTheirPhrase) {
  const Mention forest = only("Fires burned 2,000 ha of forest.", "2,000 ha");
  EXPECT_EQ(forest.kind, MentionKind::kQuantity);
  EXPECT_EQ(forest.unit, "ha");
  EXPECT_DOUBLE_EQ(*forest.value, 2000);
  const Mention wheat = only("About 2.1m ha of wheat was sown.", "About 2.1m ha");
  EXPECT_EQ(wheat.unit, "ha");
  EXPECT_DOUBLE_EQ(*wheat.value, 2100000);
  EXPECT_EQ(only("Some 1.5 million ha were flooded.", "Some 1.5 million ha").unit, "ha");
  EXPECT_EQ(only("The farm covers 500 ha.", "500 ha").unit, "ha");
  // a laugh, and a noun after it, as before
  EXPECT_EQ(spans_of(extract("He won 5 ha ha.")), "5");
  EXPECT_EQ(spans_of(extract("The 300 ha site opened.")), "300");
}

}  // namespace
}  // namespace figcheck
