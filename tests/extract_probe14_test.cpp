// Probe round 14 (news sentences with numbers, amounts and quantities in the manner of
// Recognizers-Text's Number and NumberWithUnit specs and Duckling's Numeral, Quantity and
// AmountOfMoney corpora; tests/data/probe14-numbers.tsv): forms the extractor missed or
// misread, each fixed by a general rule, with the neighbours each rule must leave alone.
// The sentences are written for the tests.
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

TEST(ExtractProbe14, ADecimalCommaBeforeAScaleWord) {
  const Mention aid = only("The Portuguese region will receive 3,5 million euros from Brussels.", "3,5 million euros");
  EXPECT_EQ(aid.kind, MentionKind::kMoney);
  EXPECT_EQ(aid.unit, "EUR");
  EXPECT_DOUBLE_EQ(*aid.value, 3.5e6);
  EXPECT_DOUBLE_EQ(*only("The bill came to 1,25 billion.", "1,25 billion").value, 1.25e9);
  // three digits after the comma are a group of thousands; no scale word, a list
  EXPECT_DOUBLE_EQ(*only("The fund holds 3,500 million euros.", "3,500 million euros").value, 3.5e9);
  EXPECT_EQ(spans_of(extract("Rooms 3,5 and 7 were shut.")), "3|5|7");
  EXPECT_DOUBLE_EQ(*only("A coffee costs €4,50 in Milan.", "€4,50").value, 4.5);
}

TEST(ExtractProbe14, DollarsOfAPlaceOfTwoWords) {
  const Mention fine = only("The regulator fined the operator 2.1 million Hong Kong dollars.",
                            "2.1 million Hong Kong dollars");
  EXPECT_EQ(fine.kind, MentionKind::kMoney);
  EXPECT_EQ(fine.unit, "HKD");
  EXPECT_DOUBLE_EQ(*fine.value, 2.1e6);
  EXPECT_EQ(only("The bottle sold for 40 New Zealand dollars.", "40 New Zealand dollars").unit, "NZD");
  // the one-word neighbours as before
  EXPECT_EQ(only("The firm paid 700 million Norwegian kroner.", "700 million Norwegian kroner").unit, "NOK");
  EXPECT_EQ(only("The mine cost 2 billion Australian dollars.", "2 billion Australian dollars").unit, "AUD");
  EXPECT_EQ(spans_of(extract("The 2 Hong Kong banks merged.")), "2");
}

TEST(ExtractProbe14, TheRupiahWrittenAsRs) {
  const Mention car = only("The Jakarta official's car cost Rp 1.5 billion.", "Rp 1.5 billion");
  EXPECT_EQ(car.kind, MentionKind::kMoney);
  EXPECT_EQ(car.unit, "IDR");
  EXPECT_DOUBLE_EQ(*car.value, 1.5e9);
  EXPECT_EQ(only("Bus fares rose to Rp15,000.", "Rp15,000").unit, "IDR");
  // the rupee's "Rs" as before; "RP" in capitals is no money
  EXPECT_EQ(only("The state will spend Rs 1,200 crore on roads.", "Rs 1,200 crore").unit, "INR");
  EXPECT_EQ(spans_of(extract("The RP 500 index rose.")), "");
}

TEST(ExtractProbe14, HectaresSpacedWhereTheClauseEndsOrTheCropFollows) {
  const Mention farm = only("The farm grows wheat on 1,200 ha.", "1,200 ha");
  EXPECT_EQ(farm.kind, MentionKind::kQuantity);
  EXPECT_EQ(farm.unit, "ha");
  EXPECT_EQ(only("It has 300 ha of barley.", "300 ha").unit, "ha");
  EXPECT_EQ(only("Fire burned 50 ha, officials said.", "50 ha").unit, "ha");
  EXPECT_EQ(spans_of(extract("The farm covers 40 ha (99 acres).")), "40 ha|99 acres");
  // glued as before; a laugh stays one
  EXPECT_EQ(only("The fire burned 243,000ha of forest.", "243,000ha").unit, "ha");
  EXPECT_EQ(spans_of(extract("He scored 2 ha ha.")), "2");
  EXPECT_EQ(spans_of(extract("They won 3 ha!")), "3");
}

TEST(ExtractProbe14, PlusSpacedClosingItsClauseIsMoreThan) {
  const Mention crowd = only("The crowd was put at 20,000 plus.", "20,000 plus");
  EXPECT_EQ(crowd.kind, MentionKind::kNumber);
  EXPECT_EQ(crowd.qualifier, Qualifier::kMoreThan);
  EXPECT_DOUBLE_EQ(*crowd.value, 20000);
  EXPECT_EQ(only("The fee is £40m plus, sources say.", "£40m plus").qualifier, Qualifier::kMoreThan);
  // "plus" that adds something, and the joined form, as before
  EXPECT_EQ(spans_of(extract("The fee is £40m plus £5m in add-ons.")), "£40m|£5m");
  EXPECT_EQ(spans_of(extract("Tickets cost £300 plus VAT.")), "£300");
  EXPECT_EQ(only("He paid $1.5 billion-plus for the site.", "$1.5 billion-plus").qualifier, Qualifier::kMoreThan);
}

TEST(ExtractProbe14, ASeriesNamedWithANumberOpeningASentence) {
  EXPECT_EQ(spans_of(extract("Formula 1 teams arrived in Monaco.")), "");
  EXPECT_EQ(spans_of(extract("Windows 11 users reported crashes.")), "");
  EXPECT_EQ(spans_of(extract("Apollo 11 landed on the Moon.")), "");
  EXPECT_EQ(spans_of(extract("Artemis 2 will carry four astronauts.")), "four");
  // mid-sentence as before; in lower case, or before a unit or "times", a figure
  EXPECT_EQ(spans_of(extract("He installed Windows 10 on 300 machines.")), "300");
  EXPECT_EQ(spans_of(extract("The firm fitted windows 40 feet high.")), "40 feet");
  EXPECT_EQ(spans_of(extract("The new formula 3 times stronger went on sale.")), "3");
}

}  // namespace
}  // namespace figcheck
