// Held-out round 17 (articles 133-138): forms the extractor missed before reading them,
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

constexpr Date kPublished{2026, 6, 22};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut17, AYearSaidAloudAfterInOrSinceOrBy) {
  const Mention since = only("We haven't seen levels like this since nineteen ninety-eight.", "since nineteen ninety-eight");
  EXPECT_EQ(*since.date, (Date{1998, 0, 0}));
  EXPECT_EQ(since.qualifier, Qualifier::kSince);
  const Mention proposed = only("It was first proposed in two thousand and five.", "two thousand and five");
  EXPECT_EQ(proposed.kind, MentionKind::kDate);
  EXPECT_EQ(*proposed.date, (Date{2005, 0, 0}));
  EXPECT_EQ(*only("We hope to fill it by twenty thirty-two.", "twenty thirty-two").date, (Date{2032, 0, 0}));
  // no word leading to a year: counts
  EXPECT_EQ(spans_of(extract("They sold two thousand and five tickets.")), "two thousand and five");
  EXPECT_EQ(extract("They sold two thousand and five tickets.")[0].kind, MentionKind::kNumber);
  // a count after "in" is no year when it is not a century and its year
  EXPECT_EQ(extract("It rose in twenty places.")[0].kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut17, MillionsOfPoundsInWordsAreMoney) {
  const Mention fine = only("The regulator fined you four and a half million pounds in April.",
                            "four and a half million pounds");
  EXPECT_EQ(fine.kind, MentionKind::kMoney);
  EXPECT_EQ(fine.unit, "GBP");
  EXPECT_DOUBLE_EQ(*fine.value, 4.5e6);
  EXPECT_DOUBLE_EQ(*only("We're spending eight hundred million pounds on pipes.", "eight hundred million pounds").value,
                   8e8);
  // a small number of pounds may be a weight, and "pounds of" a stuff's (after "weighed", a
  // weight in pounds since probe 12)
  EXPECT_EQ(only("He weighed two hundred pounds.", "two hundred pounds").unit, "lb");
}

TEST(ExtractHeldOut17, ASectionsNumberAtALinesStartIsNoFigure) {
  EXPECT_EQ(spans_of(extract("The convoy arrived on 19 May.\n\n1. Displacement\nAbout 62,000 people fled.")),
            "19 May|About 62,000");
  EXPECT_EQ(spans_of(extract("Funding is short.\n2) Health\nCases rose.")), "");
  EXPECT_TRUE(extract("1. Displacement").empty());
  // a hard-wrapped sentence's number at a line's start, after a word, still counts
  EXPECT_EQ(spans_of(extract("The toll rose to\n12. The army said nothing.")), "12");
}

TEST(ExtractHeldOut17, ATimeOfDayInWordsIsNoFigure) {
  EXPECT_TRUE(extract("It's just after eight o'clock.").empty());
  EXPECT_TRUE(extract("It's twenty-five minutes past eight.").empty());
  EXPECT_EQ(spans_of(extract("It's eight minutes past eight, and 300 crews are out.")), "300");
  // minutes past something that is no hour are a duration
  EXPECT_EQ(spans_of(extract("He waited twenty minutes past the deadline.")), "twenty minutes");
  EXPECT_EQ(spans_of(extract("They played eight minutes past ninety.")), "eight minutes|ninety");
}

TEST(ExtractHeldOut17, AProductsTermAveragingARateNamesIt) {
  EXPECT_EQ(spans_of(extract("Five-year deals average 4.47%, up from 4.2%.")), "4.47%|4.2%");
  EXPECT_EQ(spans_of(extract("The typical five-year deals averaged 4.5% in May.")), "4.5%|May");
  // a span's average is a span
  EXPECT_EQ(extract("It is above the five-year average of 4%.").at(0).kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut17, ALevelUpOrDownFromTakesTheMeasuredUnitBefore) {
  const Mention before = only("Cases rose to 140 cases per day, up from 85 last week.", "85");
  EXPECT_EQ(before.kind, MentionKind::kQuantity);
  EXPECT_EQ(before.unit, "cases/day");
  EXPECT_EQ(only("Output fell to 2,000 tonnes a day, down from 2,400 in May.", "2,400").unit, "t/day");
  // a source, not a level
  EXPECT_EQ(only("It ships 2,000 tonnes a day from 12 mines.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut17, AMultipliersTimesIsNoNounARateCounts) {
  const std::vector<Mention> found =
      extract("The valuation is 80 times sales. It expects its app to reach 50 million weekly users.");
  EXPECT_EQ(spans_of(found), "80|50 million");
  // nor a sum's noun: "a $157bn valuation" counts no valuations
  EXPECT_EQ(only("It has a $157bn valuation and expects 50 million weekly users.", "50 million").kind,
            MentionKind::kNumber);
  EXPECT_EQ(found.at(1).kind, MentionKind::kNumber);
  // a noun counted before still makes the rate, and "times" right before its period too
  EXPECT_EQ(only("It sent 4,312 trucks in May, about 144 a day.", "about 144 a day").unit, "trucks/day");
  EXPECT_EQ(spans_of(extract("The loop ran 44 times a day.")), "44 times a day");
}

TEST(ExtractHeldOut17, AShareAfterNotIsAShare) {
  const Mention denied = only("It's twenty-two per cent, not a third.", "a third");
  EXPECT_EQ(denied.kind, MentionKind::kPercent);
  EXPECT_NEAR(*denied.value, 33.33, 0.01);
  // an ordinal's noun after it still makes it one
  EXPECT_EQ(only("Israel is not a third party to the talks.", "third").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut17, ACategoryOrPhaseInWordsIsALabel) {
  EXPECT_TRUE(extract("The response to a category two call was 41 minutes.").size() == 1);
  EXPECT_EQ(spans_of(extract("Talks on phase two of the deal resumed.")), "");
  EXPECT_EQ(spans_of(extract("Tier three areas face curbs.")), "");
  // a count after other words stays one
  EXPECT_EQ(spans_of(extract("They plan to stage two protests.")), "two");
}

TEST(ExtractHeldOut17, TheSudanesePoundByItsCode) {
  const Mention sorghum = only("Sorghum costs SDG 4,800 per kilogram in Kadugli.", "SDG 4,800");
  EXPECT_EQ(sorghum.kind, MentionKind::kMoney);
  EXPECT_EQ(sorghum.unit, "SDG");
  EXPECT_EQ(only("Wages are 90,000 SDG a month.", "90,000 SDG").unit, "SDG");
  // a UN goal's number is no sum
  EXPECT_NE(only("Progress on SDG 4 has stalled.", "4").kind, MentionKind::kMoney);
}

// Article 133's verdicts: a weekday alone is the article's own week, not an old event.
Verdict verdict_of(std::string_view text, Date published, std::string_view figure, std::string* fact) {
  const Report report = check(std::string(text), published, bundled_dataset());
  for (const Finding& finding : report.findings) {
    if (finding.mention.text == figure) {
      *fact = finding.fact_id;
      return finding.verdict;
    }
  }
  ADD_FAILURE() << "no mention " << figure;
  return Verdict::kUnverified;
}

TEST(CheckHeldOut17, AWeekdayAloneIsNoClaimAboutAnEventMonthsBefore) {
  std::string fact;
  EXPECT_EQ(verdict_of("The Rafah crossing, closed to people since May 2024, remained shut on Wednesday.",
                       Date{2026, 1, 14}, "Wednesday", &fact),
            Verdict::kUnverified);
  EXPECT_EQ(fact, "");
  // a weekday for a recent event is still checked, right or wrong
  EXPECT_EQ(verdict_of("The Gaza ceasefire took effect on Friday.", Date{2025, 10, 13}, "Friday", &fact),
            Verdict::kSupported);
  EXPECT_EQ(verdict_of("The Gaza ceasefire took effect on Monday.", Date{2025, 10, 15}, "Monday", &fact),
            Verdict::kContradicted);
  EXPECT_EQ(fact, "ceasefire_2025_10.effective");
}

}  // namespace
}  // namespace figcheck
