// Held-out round 20 (articles 156-161): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"
#include "text_scan.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 19};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut20, AWarmingRatePerDecadeIsSpannedThroughItsPeriod) {
  const Mention rate = only("Temperatures are rising by about 0.3C per decade.", "about 0.3C per decade");
  EXPECT_EQ(rate.kind, MentionKind::kQuantity);
  EXPECT_EQ(rate.unit, "C/decade");
  EXPECT_DOUBLE_EQ(*rate.value, 0.3);
  EXPECT_EQ(only("It warmed at a 0.2C rise per decade.", "0.2C rise per decade").unit, "C/decade");
  EXPECT_EQ(only("The pace is 0.5°F per decade.", "0.5°F per decade").unit, "F/decade");
  // a temperature with no period stays a temperature
  EXPECT_EQ(only("It was 0.3C warmer in the decade to 2020.", "0.3C").unit, "C");
  EXPECT_EQ(spans_of(extract("Warming of 1.5C per year of delay is a myth.")), "1.5C");
}

TEST(ExtractHeldOut20, TheDifferenceBetweenTwoFiguresIsNoRange) {
  EXPECT_EQ(spans_of(extract("The difference between 1.5C and 2C is large.")), "1.5C|2C");
  EXPECT_EQ(spans_of(extract("On £10,000, the difference between 1% and 5.1% is £410.")),
            "£10,000|1%|5.1%|£410");
  EXPECT_EQ(spans_of(extract("The gap between 31% and 25% has widened.")), "31%|25%");
  // elsewhere "between ... and ..." is still one range
  EXPECT_EQ(spans_of(extract("Warming of between 1.5C and 2C is likely.")), "between 1.5C and 2C");
  EXPECT_EQ(spans_of(extract("Prices rose between 1% and 5.1%.")), "between 1% and 5.1%");
}

TEST(ExtractHeldOut20, AYearAfterAboutThatEndsItsClauseIsTheYear) {
  const Mention year = only("It means net zero carbon dioxide around 2050.", "2050");
  EXPECT_EQ(year.kind, MentionKind::kDate);
  EXPECT_EQ(year.date->year, 2050);
  EXPECT_EQ(only("Emissions peak around 2030, they said.", "2030").kind, MentionKind::kDate);
  EXPECT_EQ(only("Net zero by around 2050 is the goal.", "2050").kind, MentionKind::kDate);
  // a count of about that size keeps its bound
  EXPECT_EQ(only("Sales reached around 2050 units.", "around 2050").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It put the toll at about 2050.", "about 2050").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The crowd was about 2000, police said.", "about 2000").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut20, APlusSignGluedToACountIsAndOver) {
  const Mention adults = only("It interviewed 1,502 adults aged 18+ online.", "18+");
  EXPECT_EQ(adults.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*adults.value, 18);
  EXPECT_EQ(adults.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("It has 50+ members.", "50+").qualifier, Qualifier::kAtLeast);
  // a sign between two figures, or before one, is no bound
  EXPECT_EQ(spans_of(extract("Call +44 20 7946 0518.")), "");
  EXPECT_EQ(only("Adults aged 18 to 34 were asked.", "18 to 34").qualifier, Qualifier::kNone);
}

TEST(ExtractHeldOut20, AMassPerLitreAfterASlashIsAConcentration) {
  const Mention crp = only("Participants needed a CRP of at least 2 mg/L to join.", "at least 2 mg/L");
  EXPECT_EQ(crp.kind, MentionKind::kQuantity);
  EXPECT_EQ(crp.unit, "mg/l");
  EXPECT_EQ(crp.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Lead reached 5 µg/l in the water.", "5 µg/l").unit, "ug/l");
  EXPECT_EQ(only("Levels were 10 ug/dL at birth.", "10 ug/dL").unit, "ug/dl");
  // a slash before anything else leaves the mass alone
  EXPECT_EQ(only("The dose was 5 mg/tablet.", "5 mg").unit, "mg");
  EXPECT_EQ(only("The limit is 5 mg/m3.", "5 mg/m3").unit, "mg/m3");
}

TEST(ExtractHeldOut20, AnEmergencyNumberBeforeCallNamesTheService) {
  EXPECT_EQ(spans_of(extract("A passing motorist made the 911 call, records show.")), "");
  EXPECT_EQ(spans_of(extract("A 911 dispatcher sent two units.")), "two");
  EXPECT_EQ(spans_of(extract("She made a 999 call from the bridge.")), "");
  // a count of calls is still a count
  EXPECT_EQ(spans_of(extract("The service took 999 calls on New Year's Eve.")), "999");
}

TEST(ExtractHeldOut20, AStatutesProvisionIsNoFigure) {
  EXPECT_EQ(spans_of(extract("Under Penal Law 70.10, a third felony brings a longer term.")), "third");
  EXPECT_EQ(spans_of(extract("He was charged under Section 125.25 of the code.")), "");
  EXPECT_EQ(spans_of(extract("Penal Code 187 covers murder.")), "");
  // "law" names a provision only in capitals; a figure after it stays. "code" names one
  // in either case ("the transponder code 7700"), but how often is a count after it too
  EXPECT_EQ(spans_of(extract("Under the new law 2.5 million people lose benefits.")), "2.5 million");
  EXPECT_EQ(spans_of(extract("He rewrote the code 40 times.")), "40");
  EXPECT_EQ(spans_of(extract("She dialled code 999 twice.")), "");
}

TEST(ExtractHeldOut20, PointsSoonAfterPercentagePointsAreMoreOfThem) {
  const std::string text =
      "The margin of error is 3 percentage points. A lead of six points is the narrowest since "
      "October, when the gap stood at 11 points.";
  EXPECT_EQ(only(text, "six points").unit, "percentage_points");
  EXPECT_EQ(only(text, "11 points").kind, MentionKind::kPercent);
  // with no change in percentage points before them, points in a league stay a count
  EXPECT_EQ(spans_of(extract("Rovers have a lead of six points at the top.")), "six");
}

TEST(ExtractHeldOut20, AChangeRightAfterAShareIsInPoints) {
  const std::string text = "Labour was on 31% and Reform UK on 22%, up three. The Greens were on 7%, down 1.5.";
  const Mention up = only(text, "three");
  EXPECT_EQ(up.kind, MentionKind::kPercent);
  EXPECT_EQ(up.unit, "percentage_points");
  EXPECT_EQ(only(text, "1.5").unit, "percentage_points");
  EXPECT_EQ(only("Turnout was 64%, up three on 2019.", "three").unit, "percentage_points");
  // a change with its own noun, or a level after "from", is not
  EXPECT_EQ(only("It won 22%, up three seats.", "three").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Sales rose 4%, up from 3.", "3").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut20, APartysCountOfSeatsIsNoName) {
  EXPECT_EQ(spans_of(extract("The projection gives Labour 326 seats, a bare majority.")), "326");
  EXPECT_EQ(spans_of(extract("The Conservatives would win 171 and Reform 84, with the rest shared.")), "171|84");
  // a name with a number stays a name: before "seats" as a verb, or going on to a verb
  EXPECT_EQ(spans_of(extract("The new Boeing 737 seats 189 people.")), "189");
  EXPECT_EQ(spans_of(extract("It sold 300 and Windows 11 shipped.")), "300");
  EXPECT_EQ(only("In 2024 seats were lost.", "2024").kind, MentionKind::kDate);
}

TEST(ExtractHeldOut20, AListsFirstNumberAfterAHeadingIsNoFigure) {
  EXPECT_EQ(spans_of(extract("Notes to editors\n1. The paper is out.\n2. Media contact: the press office.")), "");
  EXPECT_EQ(spans_of(extract("Steps\n1) Register online\n2) Pay the fee")), "");
  // without a next item, a number opening a line after a word stays a figure
  EXPECT_EQ(spans_of(extract("The number of sites fell to\n12. The rest closed.")), "12");
}

TEST(ExtractHeldOut20, ATimeOfDayBeforeADayEndsNoSentence) {
  const Mention vigil = only("A vigil is planned for 7 p.m. Sunday at the corner.", "Sunday");
  EXPECT_EQ(*vigil.date, (Date{2026, 11, 22}));  // the coming Sunday
  EXPECT_EQ(*only("The hearing is scheduled for 9 a.m. Monday.", "Monday").date, (Date{2026, 11, 23}));
  // in the past tense the day is the last one
  EXPECT_EQ(*only("He was shot at 11 p.m. Saturday.", "Saturday").date, (Date{2026, 11, 14}));
  EXPECT_EQ(*only("It will rain. Sunday was dry.", "Sunday").date, (Date{2026, 11, 15}));
}

TEST(ExtractHeldOut20, AJournalCitationsVolumeAndPagesAreNoFigures) {
  EXPECT_EQ(spans_of(extract("Lindqvist A, et al. Oral velcanib. N Engl J Med 2026; 395: 1812-24.")), "2026");
  EXPECT_EQ(spans_of(extract("Smith J. Lancet 2025;405:112-20.")), "2025");
  // a count after a year and a semicolon, with no colon after it, stays a count
  EXPECT_EQ(spans_of(extract("In 2025; 40 people died.")), "2025|40");
}

// A footnote's superscript mark ("injured¹", "treatment.² The") is no part of the word
// or sentence before it: the words around a figure are read without it.
TEST(ExtractHeldOut20, AFootnoteMarkEndsAWordAndLetsItsSentenceEnd) {
  const std::string_view text = "\u2022 171,651 injured\u00b9\n36 patients left for treatment.\u00b2 The UN voted.";
  std::vector<detail::Token> tokens;
  std::string forms;
  detail::tokenize(text, {0, text.size()}, tokens, forms);
  std::vector<std::string_view> words;
  for (const detail::Token& token : tokens) words.push_back(token.form);
  EXPECT_NE(std::find(words.begin(), words.end(), "injured"), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), "treatment"), words.end());
  const auto sentences = detail::split_sentences(text);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(text.substr(sentences[2].begin, sentences[2].end - sentences[2].begin), " The UN voted.");
  // "km²" keeps its letters; the extractor still reads the square
  EXPECT_EQ(only("The camp covers 12 km\u00b2 of dunes.", "12 km\u00b2").unit, "km2");
  EXPECT_EQ(spans_of(extract("Since 7 October 2023\u00b9, 72,027 were killed\u2075.")), "Since 7 October 2023|72,027");
}

TEST(ExtractHeldOut20, PollAndEmissionsUnitsInShortForm) {
  const Mention margin = only("The margin of error is ±3pp.", "3pp");
  EXPECT_EQ(margin.kind, MentionKind::kPercent);
  EXPECT_EQ(margin.unit, "percentage_points");
  EXPECT_EQ(only("Its share rose 0.5 pp to 31%.", "0.5 pp").unit, "percentage_points");
  EXPECT_EQ(only("The margin of error is plus or minus 3 points.", "3 points").unit, "percentage_points");
  EXPECT_EQ(only("Emissions were 37.4 GtCO2 in 2025.", "37.4 GtCO2").unit, "GtCO2");
  // "pp" before a number are pages; a winning margin's points are a count
  EXPECT_EQ(spans_of(extract("See pp 12-20 of the report.")), "");
  EXPECT_EQ(only("They won by a margin of 3 points.", "3").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut20, ADecimalWithoutItsLeadingZero) {
  const std::string text = "His blood alcohol content was .19, more than twice the legal limit of .08.";
  EXPECT_EQ(spans_of(extract(text)), ".19|.08");
  EXPECT_DOUBLE_EQ(*only(text, ".19").value, 0.19);
  EXPECT_DOUBLE_EQ(*only("The limit is .08% in most states.", ".08%").value, 0.08);
  // a gun's calibre stays a name, and a full stop ending a sentence is no decimal point
  EXPECT_EQ(spans_of(extract("He carried a .40-caliber handgun.")), "");
  EXPECT_EQ(spans_of(extract("It ended. 19 people died.")), "19");
}

TEST(ExtractHeldOut20, AMileMarkerPlacesNoFigure) {
  EXPECT_EQ(spans_of(extract("The crash happened near mile marker 112 on I-84.")), "");
  EXPECT_EQ(spans_of(extract("Traffic stopped at milepost 40 for two hours.")), "two hours");
}

TEST(ExtractHeldOut20, APValueWithoutItsLeadingZero) {
  const Mention p = only("The hazard ratio was 0.76 (95% CI, 0.64-0.89; P<.001).", "<.001");
  EXPECT_DOUBLE_EQ(*p.value, 0.001);
  EXPECT_EQ(p.qualifier, Qualifier::kLessThan);
  EXPECT_DOUBLE_EQ(*only("P = .04 in the subgroup.", ".04").value, 0.04);
  EXPECT_EQ(only("It was p<0.001.", "<0.001").qualifier, Qualifier::kLessThan);
}

TEST(ExtractHeldOut20, GbBeforeThePeopleCountedIsGreatBritain) {
  EXPECT_EQ(only("Sample: 1,502 GB adults aged 18+.", "1,502").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Sample: 1,502 GB adults aged 18+.")), "1,502|18+");
  EXPECT_EQ(only("It has 256 GB of storage.", "256 GB").unit, "GB");
}

TEST(ExtractHeldOut20, ABracketedReferenceClosingItsClauseIsNoFigure) {
  EXPECT_EQ(spans_of(extract("\u2022 Killed: 72,027 [1]\n\u2022 Injured: 171,651 [1]")), "72,027|171,651");
  EXPECT_EQ(spans_of(extract("Deaths rose, officials said [3].")), "");
  // an editor's insertion before its noun is a figure
  EXPECT_EQ(spans_of(extract("They killed [12] people.")), "12");
}

TEST(ExtractHeldOut20, APollTablesBracketedChangeAfterAShareIsInPoints) {
  const std::string text = "Con 25% (-1), Lab 31% (+2), Reform 22% (+3).";
  EXPECT_EQ(spans_of(extract(text)), "25%|-1|31%|+2|22%|+3");
  EXPECT_EQ(only(text, "-1").unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*only(text, "+2").value, 2);
  // after a count of seats the change is a count (114)
  EXPECT_EQ(only("Labour 52 (-2), Tories 31 (+2).", "-2").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut20, AValueWithItsMarginTakesTheMarginsUnit) {
  const std::string text = "Warming was 1.55 ± 0.13°C above the 1850-1900 average.";
  EXPECT_EQ(only(text, "1.55").kind, MentionKind::kQuantity);
  EXPECT_EQ(only(text, "1.55").unit, "C");
  EXPECT_EQ(only(text, "0.13°C").unit, "C");
  EXPECT_EQ(only("Support was 31 ± 3% in May.", "31").kind, MentionKind::kPercent);
  // a margin with no unit leaves both counts
  EXPECT_EQ(only("The score was 12 ± 4 points.", "12").kind, MentionKind::kNumber);
  // the rate per decade with a slash
  EXPECT_EQ(only("Temperatures rose 0.27°C/decade.", "0.27°C/decade").unit, "C/decade");
}

TEST(ExtractHeldOut20, AStatisticsValueAfterItsAbbreviationIsAFigure) {
  EXPECT_EQ(spans_of(extract("The absolute reduction was 2.7 percentage points (NNT 38).")),
            "2.7 percentage points|38");
  EXPECT_EQ(spans_of(extract("Obesity is a BMI 30 or above.")), "30 or above");
  // other capitals with a number name a thing
  EXPECT_EQ(spans_of(extract("COP 28 ended in Dubai.")), "");
}

TEST(ExtractHeldOut20, ARateWithASlashForPer) {
  const Mention dose = only("Doses of 5 mg/day and 10 mg/day were tested.", "5 mg/day");
  EXPECT_EQ(dose.kind, MentionKind::kQuantity);
  EXPECT_EQ(dose.unit, "mg/day");
  EXPECT_EQ(only("The glacier retreats 40 m/year.", "40 m/year").unit, "m/year");
  // a slash before another word is no rate
  EXPECT_EQ(only("Take 5 mg/dose of it.", "5 mg").unit, "mg");
}

TEST(ExtractHeldOut20, AFootnotesNumberIsNoFigure) {
  EXPECT_EQ(spans_of(extract("Source: MoH, 7 Feb 2026 (see footnote 2).")), "7 Feb 2026");
  EXPECT_EQ(spans_of(extract("Officials note 30 deaths.")), "30");
}

}  // namespace
}  // namespace figcheck
