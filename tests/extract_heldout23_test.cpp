// Held-out round 23 (articles 174-179): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 4, 9};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut23, ADecimalEndingItsSentenceBeforeANumberIsNoVersion) {
  EXPECT_EQ(spans_of(extract("The 2010 quake measured 8.8. 14 people died.")), "2010|8.8|14");
  EXPECT_DOUBLE_EQ(*only("Its magnitude was 8.8.\n\n12 towns lost power.", "8.8").value, 8.8);
  EXPECT_EQ(spans_of(extract("Inflation was 4.5.\n\n09:45 GMT - Markets")), "4.5");
  // a dotted version, its groups glued together, is still no figure
  EXPECT_EQ(spans_of(extract("Install version 4.2.1 before Friday.")), "Friday");
  EXPECT_EQ(spans_of(extract("The patch 8.8.2 shipped with 40 fixes.")), "40");
}

TEST(ExtractHeldOut23, APlaceSetOffByCommasLeavesTheFutureTense) {
  const Mention funeral = only("A funeral will be held at St Mary's Church, Whitby, on 21 April.", "21 April");
  EXPECT_EQ(*funeral.date, (Date{2026, 4, 21}));
  EXPECT_EQ(*only("The vigil will take place in Leeds, England, on 3 April.", "3 April").date, (Date{2027, 4, 3}));
  // the past tense beyond the commas still holds, and so does a clause set off by them
  EXPECT_EQ(*only("She died in Whitby, England, on 2 April.", "2 April").date, (Date{2026, 4, 2}));
  EXPECT_EQ(*only("A funeral will be held, the family said, on 21 April.", "21 April").date, (Date{2025, 4, 21}));
}

TEST(ExtractHeldOut23, AChartPlaceAfterAVerbOfMovingIsAnOrdinal) {
  const Mention peak = only("Salt Road peaked at No 12 in the album chart.", "No 12");
  EXPECT_EQ(peak.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*peak.value, 12);
  EXPECT_EQ(only("The single climbed to No. 3 last week.", "No. 3").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("It reached No 1 in France.", "No 1").kind, MentionKind::kOrdinal);
  // a number after "No" with no such verb names a thing
  EXPECT_EQ(spans_of(extract("He moved into No 10 in July.")), "July");
  EXPECT_EQ(spans_of(extract("He will wear the No 9 shirt.")), "");
}

TEST(ExtractHeldOut23, ASpanStillToRunAfterItsArticle) {
  const Mention left = only("Sissoko, 25, has a year left on his contract.", "a year");
  EXPECT_EQ(left.kind, MentionKind::kDuration);
  EXPECT_EQ(left.unit, "years");
  EXPECT_EQ(only("With a week to go, the race is open.", "a week").unit, "weeks");
  EXPECT_EQ(only("The lease has a month remaining.", "a month").kind, MentionKind::kDuration);
  // straight after money it is a rate's period, and "a year" alone is no span
  EXPECT_EQ(spans_of(extract("He earns £5,000 a week left over from the old deal.")), "£5,000");
  EXPECT_EQ(spans_of(extract("A year of growth is over.")), "");
}

TEST(ExtractHeldOut23, ADurationWithItsUnitAtBothEndsIsARange) {
  const Mention loans = only("The loans last 6 months to 24 months.", "6 months to 24 months");
  EXPECT_EQ(loans.kind, MentionKind::kDuration);
  EXPECT_EQ(loans.unit, "months");
  EXPECT_DOUBLE_EQ(*loans.low, 6);
  EXPECT_DOUBLE_EQ(*loans.high, 24);
  // after "aged" it is an age range, a count (as "aged 6-59 months")
  const Mention ages = only("It is for children aged 6 months to 24 months.", "6 months to 24 months");
  EXPECT_EQ(ages.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*ages.high, 24);
  // a change and the level it reaches, or a span from a start, are two figures
  EXPECT_EQ(spans_of(extract("Sentences were cut by 2 years to 10 years.")), "2 years|10 years");
  EXPECT_EQ(spans_of(extract("The wait rose from 6 weeks to 9 weeks.")), "6 weeks|9 weeks");
}

TEST(ExtractHeldOut23, OnePercentagePointSaidWithItsArticle) {
  const Mention point = only("Since then, borrowing costs have come down by a full percentage point.",
                             "a full percentage point");
  EXPECT_EQ(point.kind, MentionKind::kPercent);
  EXPECT_EQ(point.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*point.value, 1);
  EXPECT_DOUBLE_EQ(*only("Turnout fell a percentage point.", "a percentage point").value, 1);
  // "full" alone, or a point of a game, is no figure; a share of a point keeps its share
  EXPECT_EQ(spans_of(extract("It was a full house and a point of order.")), "");
  EXPECT_DOUBLE_EQ(*only("It fell half a percentage point.", "half a percentage point").value, 0.5);
}

TEST(ExtractHeldOut23, TheOtherHalfWithItsVerbLeftOut) {
  EXPECT_EQ(spans_of(extract("Half received the vaccine and half a placebo.")), "Half|half");
  // without a half before, "half a" halves the thing it names
  EXPECT_EQ(spans_of(extract("He ate an apple and half a pie.")), "");
  EXPECT_EQ(spans_of(extract("Half received the drug and half a dozen got nothing.")), "Half|half a dozen");
}

// Left alone in the round ("15,000 million pesos" in the Chilean story read as Mexico's),
// fixed after it: a currency word that several countries use is the named country's.
TEST(ExtractHeldOut23, ACurrencyWordSeveralCountriesUseIsTheOneOfTheCountryNamedMost) {
  const Mention pesos = only("SANTIAGO, April 9 - Chile's miners set aside 15,000 million pesos.",
                             "15,000 million pesos");
  EXPECT_EQ(pesos.unit, "CLP");
  EXPECT_EQ(only("Colombia's budget adds 2 trillion pesos.", "2 trillion pesos").unit, "COP");
  // "Pakistan" named more often than "India": Pakistan's rupees, "Rs" too
  const std::vector<Mention> fuel =
      extract("ISLAMABAD - Pakistan raised petrol to 250 rupees. Pakistan blamed India. Pakistan spent Rs 30bn.");
  ASSERT_EQ(spans_of(fuel), "250 rupees|Rs 30bn");
  EXPECT_EQ(fuel[0].unit, "PKR");
  EXPECT_EQ(fuel[1].unit, "PKR");
  // shillings alone are money, Kenya's unless another shilling's country is named
  EXPECT_EQ(only("The plan costs 20 billion shillings.", "20 billion shillings").unit, "KES");
  EXPECT_EQ(only("KAMPALA - Uganda's plan costs 20 billion shillings.", "20 billion shillings").unit, "UGX");
  // no country named, or two named as often: the word's usual currency
  EXPECT_EQ(only("The fine was 500 pesos.", "500 pesos").unit, "MXN");
  EXPECT_EQ(only("Chile and Argentina each pledged 9 million pesos.", "9 million pesos").unit, "MXN");
  EXPECT_EQ(only("India's state bank lent 40 crore rupees.", "40 crore rupees").unit, "INR");
  // a country's adjective beside the word decides, as before
  EXPECT_EQ(only("In Chile, it cost 80 Mexican pesos.", "80 Mexican pesos").unit, "MXN");
}

}  // namespace
}  // namespace figcheck
