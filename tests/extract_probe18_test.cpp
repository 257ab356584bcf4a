// Probe round 18 (news sentences with percentages, changes and comparisons: every spelling
// of percent, points and basis points, a change and its level, ranges, multipliers, odds
// and chances, polls, rate and market wires, and forms that are no figure, in the manner
// of Recognizers-Text's Percentage and NumberRange specs and Duckling's numeral corpora;
// tests/data/probe18-percent-changes.tsv): forms the extractor misread, each fixed by a
// general rule, with the neighbours each rule must leave alone. The sentences are written
// for the tests.
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

TEST(ExtractProbe18, AHundredPerCentOfConvictionIsEmphasis) {
  EXPECT_EQ(spans_of(extract("I am 100% sure we will win.")), "");
  EXPECT_EQ(spans_of(extract("The players gave 110 per cent effort.")), "");
  EXPECT_EQ(spans_of(extract("She is 100 per cent committed to the job.")), "");
  EXPECT_EQ(spans_of(extract("I'm a hundred percent behind the coach.")), "");
  EXPECT_EQ(spans_of(extract("The team is one hundred percent focused.")), "");
  // a share of a whole, and a smaller share before the same words, stay
  EXPECT_EQ(spans_of(extract("The scheme covers 100% of the cost.")), "100%");
  EXPECT_EQ(spans_of(extract("The state owns 100 per cent of the railway.")), "100 per cent");
  EXPECT_EQ(spans_of(extract("Only 60% sure voters said they would turn out.")), "60%");
  EXPECT_EQ(spans_of(extract("Shares jumped 120 per cent.")), "120 per cent");
}

TEST(ExtractProbe18, TheOnePerCentIsTheRichest) {
  EXPECT_EQ(spans_of(extract("Protesters marched against the 1%.")), "");
  EXPECT_EQ(spans_of(extract("It is the 99% and the 1%.")), "");
  // a share of something named, or a threshold, stays
  EXPECT_EQ(spans_of(extract("The top 1% of earners pay 29% of income tax.")), "1%|29%");
  EXPECT_EQ(spans_of(extract("The rate is above the 1% emergency threshold.")), "1%");
  EXPECT_EQ(spans_of(extract("Inflation rose by the 1% expected.")), "1%");
}

TEST(ExtractProbe18, OddsAreARatio) {
  EXPECT_EQ(spans_of(extract("Bookmakers offer odds of 3 to 1 on the challenger.")), "");
  EXPECT_EQ(spans_of(extract("The odds are 100 to 1 against.")), "");
  // a range and a count brought down stay
  EXPECT_EQ(spans_of(extract("Between 3 to 5 bookmakers offer odds.")), "3 to 5");
  EXPECT_EQ(spans_of(extract("The lanes were cut from 3 to 1.")), "3|1");
}

TEST(ExtractProbe18, UpAfterAVerbOfSmallMovesIsItsParticle) {
  const Mention rate = only("The jobless rate ticked up to 5.3 per cent last month.", "5.3 per cent");
  EXPECT_EQ(rate.kind, MentionKind::kPercent);
  EXPECT_EQ(rate.qualifier, Qualifier::kNone);
  EXPECT_EQ(only("The yield edged up to 4.2%.", "4.2%").qualifier, Qualifier::kNone);
  // a bound stays one
  EXPECT_EQ(only("Savings accounts pay up to 5.1%.", "up to 5.1%").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(only("Prices rose by up to 5.1%.", "up to 5.1%").qualifier, Qualifier::kUpTo);
}

TEST(ExtractProbe18, ANumberWordHyphenedToItselfIsAnEvenSplit) {
  EXPECT_EQ(spans_of(extract("The match is a fifty-fifty call.")), "");
  EXPECT_EQ(spans_of(extract("They split it fifty-fifty, then Fifty-Fifty again.")), "");
  // two number words that differ make one number, or a range
  EXPECT_EQ(*only("Fifty-five people came.", "Fifty-five").value, 55);
  EXPECT_EQ(spans_of(extract("They won fifty-two of sixty.")), "fifty-two|sixty");
}

TEST(ExtractProbe18, PointsInASentenceAboutCandidatesArePercentagePoints) {
  const Mention gap = only("The gap between the two candidates has narrowed to 3 points.", "3 points");
  EXPECT_EQ(gap.kind, MentionKind::kPercent);
  EXPECT_EQ(gap.unit, "percentage_points");
  EXPECT_EQ(only("The incumbent trails by 1.5 points.", "1.5 points").unit, "percentage_points");
  // points in a match stay a count
  EXPECT_EQ(only("The home side trails by 12 points.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractProbe18, APastChangeWithItsUnitTwiceIsTheChangeAndItsLevel) {
  EXPECT_EQ(spans_of(extract("Inflation rose 2.5% to 4.1%.")), "2.5%|4.1%");
  EXPECT_EQ(spans_of(extract("Growth slowed 0.3% to 1.2% in the spring.")), "0.3%|1.2%");
  EXPECT_EQ(spans_of(extract("The overnight low fell 3C to -4C.")), "3C|-4C");
  // a forecast, the unit once, and a span without a verb of change stay ranges
  EXPECT_EQ(spans_of(extract("Prices are expected to rise 2% to 3% next year.")), "2% to 3%|next year");
  EXPECT_EQ(spans_of(extract("Shares fell 3 to 4% on the news.")), "3 to 4%");
  EXPECT_EQ(spans_of(extract("Analysts see growth of 8% to 13%.")), "8% to 13%");
}

}  // namespace
}  // namespace figcheck
