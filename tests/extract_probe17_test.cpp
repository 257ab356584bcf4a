// Probe round 17 (news sentences with fractions, ratios, qualifiers, vague amounts,
// ordinals and number words, in the manner of Recognizers-Text's Number, Ordinal and
// Percentage specs and Duckling's numeral and ordinal corpora;
// tests/data/probe17-fractions-qualifiers.tsv): forms the extractor misread, each fixed by
// a general rule, with the neighbours each rule must leave alone. The sentences are
// written for the tests.
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

TEST(ExtractProbe17, AShareOpeningItsSentenceIsTheSubjectOfItsVerb) {
  const Mention third = only("A third got nothing at all.", "A third");
  EXPECT_EQ(third.kind, MentionKind::kPercent);
  EXPECT_NEAR(*third.value, 33.33, 0.01);
  EXPECT_EQ(spans_of(extract("A quarter said rents were their main worry.")), "A quarter");
  EXPECT_EQ(spans_of(extract("Only a fifth voted for the plan.")), "a fifth");
  EXPECT_EQ(spans_of(extract("Prices rose. A tenth blamed the war.")), "A tenth");
  EXPECT_EQ(*only("The 30 members met; half backed the change.", "half").value, 50);
  // one more of those named before, or a place in an order, stays an ordinal
  EXPECT_EQ(spans_of(extract("Two men were killed. A third was injured.")), "Two|third");
  EXPECT_EQ(only("A third man was arrested.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("The minister said a third inquiry was needed.", "third").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Only a third-placed finish will do.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe17, SetPhrasesAndNamedOrdinalsAreNoPlaceInAnOrder) {
  EXPECT_EQ(spans_of(extract("First responders reached the village by boat.")), "");
  EXPECT_EQ(spans_of(extract("The patient received first aid at the scene.")), "");
  EXPECT_EQ(spans_of(extract("They had second thoughts about the deal.")), "");
  EXPECT_EQ(spans_of(extract("A second opinion was sought.")), "");
  EXPECT_EQ(spans_of(extract("In the first place, the money was never approved.")), "");
  EXPECT_EQ(spans_of(extract("The First Amendment protects the press.")), "");
  EXPECT_EQ(spans_of(extract("Residents of Third Street were evacuated.")), "");
  // a place in an order beside them stays one
  EXPECT_EQ(spans_of(extract("She finished in first place.")), "first");
  EXPECT_EQ(spans_of(extract("The first aid trucks in 78 days crossed on Monday.")), "first|78 days|Monday");
  EXPECT_EQ(spans_of(extract("A union of first responders held its second vote.")), "second");
  EXPECT_EQ(spans_of(extract("The third amendment passed.")), "third");
}

TEST(ExtractProbe17, ANumberWordBeforeNilIsAScore) {
  EXPECT_EQ(spans_of(extract("The home side won three-nil.")), "");
  EXPECT_EQ(spans_of(extract("They lost two-nil, the third defeat in a row.")), "third");
  EXPECT_EQ(spans_of(extract("Three nations voted against.")), "Three");
}

TEST(ExtractProbe17, TwoToOneIsARatio) {
  EXPECT_EQ(spans_of(extract("Women outnumber men two to one in the profession.")), "");
  EXPECT_EQ(spans_of(extract("Members backed the deal three to one.")), "");
  // a count brought down to one, a range and a count of things stay
  EXPECT_EQ(spans_of(extract("The road was cut from two to one lane.")), "two");
  EXPECT_EQ(spans_of(extract("Two to one hundred people may attend.")), "Two to one hundred");
  EXPECT_EQ(spans_of(extract("He gave two to one charity.")), "two");
}

TEST(ExtractProbe17, ACoupleOfAScaleIsAboutTwiceIt) {
  const Mention crowd = only("A couple of hundred people lined the road.", "A couple of hundred");
  EXPECT_EQ(crowd.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*crowd.value, 200);
  EXPECT_EQ(crowd.qualifier, Qualifier::kAbout);
  EXPECT_DOUBLE_EQ(*only("It sold a couple of thousand tickets.", "a couple of thousand").value, 2000);
  // a couple of dozen is two dozen exactly, and a couple alone no figure
  EXPECT_EQ(only("A couple of dozen boats sailed.", "A couple of dozen").qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("A couple were killed.")), "");
}

TEST(ExtractProbe17, AVagueAmountOfAMeasureTakesItsUnit) {
  const Mention grain = only("Thousands of tonnes of grain rotted.", "Thousands of tonnes");
  EXPECT_EQ(grain.kind, MentionKind::kQuantity);
  EXPECT_EQ(grain.unit, "t");
  EXPECT_DOUBLE_EQ(*grain.low, 2000);
  EXPECT_DOUBLE_EQ(*grain.high, 9999);
  EXPECT_EQ(only("The fire burned hundreds of acres of forest.", "hundreds of acres").unit, "acres");
  // money keeps its currency, and a count of things stays a count
  EXPECT_EQ(only("It cost hundreds of pounds.", "hundreds of pounds").kind, MentionKind::kMoney);
  EXPECT_EQ(only("Hundreds of homes flooded.", "Hundreds").kind, MentionKind::kNumber);
}

TEST(ExtractProbe17, AsFewAsAndNotQuiteBoundAFigure) {
  EXPECT_EQ(only("As few as 12 inspectors cover the province.", "As few as 12").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Not quite 40% of the electorate voted.", "Not quite 40%").qualifier, Qualifier::kNearly);
  EXPECT_EQ(spans_of(extract("It was not quite over.")), "");
}

}  // namespace
}  // namespace figcheck
