// Probe round 21 (figures in the typography of pasted text: copy pasted from CMSs, PDFs,
// wire terminals and word processors; tests/data/probe21-typography-pasted-text.tsv):
// forms the extractor misread, each fixed by a general rule, with the neighbours each
// rule must leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 27};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractProbe21, InvisibleCharactersInsideWordsAndFiguresAreReadThrough) {
  // a soft hyphen in a month, a weekday and a number word; a zero-width space and a word
  // joiner in a figure; a byte-order mark before a dateline
  const Mention month = only("The vote was held in Septem\u00ADber 2025.", "Septem\u00ADber 2025");
  EXPECT_EQ(month.kind, MentionKind::kDate);
  EXPECT_EQ(*month.date, (Date{2025, 9, 0}));
  EXPECT_EQ(*only("The match was played on Satur\u00ADday.", "Satur\u00ADday").date, (Date{2026, 11, 21}));
  EXPECT_DOUBLE_EQ(*only("Thir\u00ADty-five people were hurt.", "Thir\u00ADty-five").value, 35);
  EXPECT_DOUBLE_EQ(*only("The agency counted 12,\u200B500 arrivals.", "12,\u200B500").value, 12500);
  EXPECT_DOUBLE_EQ(*only("About 7\u2060000 students sat the exam.", "About 7\u2060000").value, 7000);
  EXPECT_EQ(spans_of(extract("\uFEFF27 November 2026 \u2014 The port reopened after 11 days.")),
            "27 November 2026|11 days");
  // an invisible character after a figure stays out of its span
  EXPECT_EQ(spans_of(extract("Sales rose 4%\u200B and wages 2%.")), "4%|2%");
  // two words a zero-width space alone sets apart stay two
  EXPECT_EQ(spans_of(extract("Three\u200B men were held.")), "Three");
}

TEST(ExtractProbe21, SpansOfFoldedTextCountUtf16UnitsOfThePastedText) {
  // an emoji (two UTF-16 units) and a soft hyphen (one) before the figures
  const std::vector<Mention> mentions =
      extract("\U0001F4C8 Un\u00ADemployment rose to 5.1% in Octo\u00ADber, up from 4.9%.");
  ASSERT_EQ(spans_of(mentions), "5.1%|Octo\u00ADber|4.9%");
  EXPECT_EQ(mentions[0].start, 25u);  // the emoji 2 units, the 23 characters after it 1 each
  EXPECT_EQ(mentions[0].end, 29u);
  EXPECT_EQ(mentions[1].start, 33u);
  EXPECT_EQ(mentions[1].end, 41u);
  EXPECT_EQ(mentions[2].byte_end - mentions[2].byte_start, std::string_view("4.9%").size());
}

TEST(ExtractProbe21, LookAlikesOfTheDegreeSignAndTheFractionSlash) {
  const Mention seville = only("It reached 41\u00BAC in Seville.", "41\u00BAC");
  EXPECT_EQ(seville.unit, "C");
  EXPECT_DOUBLE_EQ(*seville.value, 41);
  EXPECT_EQ(only("Overnight lows of 3\u02DAC are expected.", "3\u02DAC").unit, "C");
  EXPECT_EQ(only("The oven runs at 450\u2109.", "450\u2109").unit, "F");
  const Mention third = only("About 1\u20443 of the budget goes on salaries.", "About 1\u20443");
  EXPECT_EQ(third.kind, MentionKind::kPercent);
  EXPECT_NEAR(*third.value, 33.33, 0.01);
  EXPECT_DOUBLE_EQ(*only("The pipe is 5 1\u20442 inches wide.", "5 1\u20442 inches").value, 5.5);
}

TEST(ExtractProbe21, PrimesAreFeetAndInches) {
  EXPECT_EQ(spans_of(extract("The suspect is 5\u2032 10\u2033 tall.")), "5\u2032|10\u2033");
  EXPECT_EQ(spans_of(extract("The centre stands 6' 4\" in his socks.")), "6'|4\"");
  const Mention dinghy = only("The club bought a 12\u2032 dinghy.", "12\u2032");
  EXPECT_EQ(dinghy.unit, "ft");
  EXPECT_EQ(only("The set has a 65\u2033 screen.", "65\u2033").unit, "in");
  // the minutes of an angle are no length
  for (const Mention& mention : extract("The wreck lies at 51\u00B030\u2032N.")) EXPECT_NE(mention.unit, "ft");
}

TEST(ExtractProbe21, AnEnDashAfterAWordIsAMinusSign) {
  EXPECT_DOUBLE_EQ(*only("The index closed at \u20134.1 per cent on the day.", "\u20134.1 per cent").value, -4.1);
  EXPECT_DOUBLE_EQ(*only("Overnight the mercury dropped to \u20133\u00B0C.", "\u20133\u00B0C").value, -3);
  // between figures it is a range
  EXPECT_EQ(spans_of(extract("Growth of 2\u20133% is forecast.")), "2\u20133%");
  EXPECT_EQ(spans_of(extract("Rents rose 8 \u2013 10 per cent.")), "8 \u2013 10 per cent");
}

TEST(ExtractProbe21, ADecadeClippedWithAnyApostrophe) {
  const Mention seventies = only("Flares from the \u201870s are back.", "70s");
  EXPECT_EQ(*seventies.date, (Date{1970, 0, 0}));
  EXPECT_EQ(*only("The mill closed in the mid-\u201980s.", "80s").date_end, (Date{1989, 0, 0}));
  const Mention noughties = only("The firm was founded in the \u201900s.", "00s");
  EXPECT_EQ(*noughties.date, (Date{2000, 0, 0}));
  EXPECT_EQ(*noughties.date_end, (Date{2009, 0, 0}));
  // without the apostrophe, the mid-90s and the 10s stay unread as decades
  EXPECT_EQ(spans_of(extract("Highs in the mid-90s are forecast.")), "");
}

TEST(ExtractProbe21, ContinentalSeparators) {
  EXPECT_DOUBLE_EQ(*only("Inflation stood at 3,5\u00A0% in the spring.", "3,5\u00A0%").value, 3.5);
  EXPECT_DOUBLE_EQ(*only("Turnout was 61,2 % in the poll.", "61,2 %").value, 61.2);
  EXPECT_DOUBLE_EQ(*only("The club paid \u20AC1.500.000 for the striker.", "\u20AC1.500.000").value, 1500000);
  EXPECT_DOUBLE_EQ(*only("The country has 10.400.000 people.", "10.400.000").value, 10400000);
  EXPECT_DOUBLE_EQ(*only("The Swiss bank holds CHF 1'200'000.", "CHF 1'200'000").value, 1200000);
  EXPECT_DOUBLE_EQ(*only("The bill comes to \u00A31\u2019250\u2019000.", "\u00A31\u2019250\u2019000").value, 1250000);
  // one group after a full stop may be a decimal, and a version is none
  EXPECT_DOUBLE_EQ(*only("The index rose 3.450 points.", "3.450").value, 3.45);
  EXPECT_EQ(spans_of(extract("The app reached version 4.2.1 today.")), "today");
}

TEST(ExtractProbe21, AWordAPdfBrokeAtALineEndIsReadWhole) {
  EXPECT_EQ(*only("In Novem- ber 2025 the plant closed.", "Novem- ber 2025").date, (Date{2025, 11, 0}));
  EXPECT_DOUBLE_EQ(*only("The council spent \u00A34.5 mil-\nlion on repairs.", "\u00A34.5 mil-\nlion").value, 4.5e6);
  EXPECT_DOUBLE_EQ(*only("The hospital treated twenty- three children.", "twenty- three").value, 23);
  // a word of its own before the hyphen stays as written
  EXPECT_EQ(spans_of(extract("Pre- and post-war figures differ by 12%.")), "12%");
  EXPECT_EQ(spans_of(extract("The well- known firm cut 40 jobs.")), "40");
}

TEST(ExtractProbe21, AnEmDashAgainstTwoFiguresIsARange) {
  const Mention works = only("The works will take 6\u20148 months.", "6\u20148 months");
  EXPECT_DOUBLE_EQ(*works.low, 6);
  EXPECT_DOUBLE_EQ(*works.high, 8);
  // spaced, it sets a clause apart
  EXPECT_EQ(spans_of(extract("Some 4,500 \u2014 mostly women \u2014 were displaced.")), "Some 4,500");
}

TEST(ExtractProbe21, AMultiplicationSignGluedOnIsAMultiplier) {
  EXPECT_DOUBLE_EQ(*only("Demand is up 10\u00D7 on last winter.", "10\u00D7").value, 10);
  EXPECT_EQ(spans_of(extract("Prices are 3\u00D7 higher than in 2019.")), "3\u00D7|2019");
  // between two figures it names a size or an event
  EXPECT_EQ(spans_of(extract("The screen runs at 1920\u00D71080.")), "");
  EXPECT_EQ(spans_of(extract("She anchored the 4\u00D7100 m relay.")), "");
}

TEST(ExtractProbe21, APowerOfTenWithItsExponentRaised) {
  EXPECT_DOUBLE_EQ(*only("The lab grew 10\u2076 cells in each dish.", "10\u2076").value, 1e6);
  EXPECT_DOUBLE_EQ(*only("The sample held 10\u00B9\u00B2 atoms.", "10\u00B9\u00B2").value, 1e12);
  // a square after a unit, and a note's mark after another figure, stay as they were
  EXPECT_EQ(only("Flats of 45m\u00B2 sell fast.", "45m\u00B2").unit, "m2");
  EXPECT_EQ(spans_of(extract("Inflation hit 4.1%\u00B9 in the year.")), "4.1%");
}

TEST(ExtractProbe21, EighthsOfABondsYield) {
  EXPECT_DOUBLE_EQ(*only("The bond now yields 4\u215B%.", "4\u215B%").value, 4.125);
  EXPECT_DOUBLE_EQ(*only("It carries a 5\u215E per cent coupon.", "5\u215E per cent").value, 5.875);
}

}  // namespace
}  // namespace figcheck
