// Held-out round 38 (articles 306-311): an electric-car sales report, an EU asylum
// statistics release, a Justice Department sentencing release, an earthquake live blog, an
// NHS pay offer and strike ballot, and a mortgage-rates report; forms the extractor missed
// before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 12, 7};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut38, ARatePerHeadCountsAHyphenedNounAsOneWord) {
  const Mention rate = only("Cyprus recorded 1 262 first-time applicants per million inhabitants.",
                            "1 262 first-time applicants per million inhabitants");
  EXPECT_EQ(rate.kind, MentionKind::kQuantity);
  EXPECT_DOUBLE_EQ(*rate.value, 1262);
  EXPECT_EQ(rate.unit, "per_1m");
  EXPECT_EQ(only("There were 40 first-time buyers per 1,000 households.", "40 first-time buyers per 1,000").unit,
            "per_1k");
  EXPECT_EQ(only("It saw 412 cases per 100,000 people.", "412 cases per 100,000 people").unit, "per_100k");
  // no "per" after the hyphened word: a count as before
  EXPECT_EQ(spans_of(extract("The 12 first-time applicants were heard on Friday.")), "12|Friday");
}

TEST(ExtractHeldOut38, LevelsListedInBracketsAfterNamesShareTheFirstOnesUnit) {
  const std::string text =
      "The highest rates were in Cyprus (1 262 first-time applicants per million inhabitants), Greece (1 008) and "
      "Ireland (761).";
  const Mention greece = only(text, "1 008");
  EXPECT_EQ(greece.kind, MentionKind::kQuantity);
  EXPECT_EQ(greece.unit, "per_1m");
  EXPECT_DOUBLE_EQ(*greece.value, 1008);
  EXPECT_EQ(only(text, "761").unit, "per_1m");
  // the measured level not in brackets after a name, or a bracket that names a place: counts
  EXPECT_EQ(only("Cyprus recorded 1,262 applicants per million inhabitants, and Greece (1 008) fewer.", "1 008").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("Wind reached 120 mph in Florida (Tampa) and Georgia (40).", "40").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut38, ADocumentsSerialNumberOverItsYearIsAName) {
  EXPECT_EQ(spans_of(extract("News release 212/2026 - 17 December 2026")), "17 December 2026");
  EXPECT_EQ(spans_of(extract("Under resolution 7/2024 the fund was set up.")), "");
  // a verb's object, or a slash with no year after it, stays a count
  EXPECT_EQ(spans_of(extract("Hamas will release 212 prisoners.")), "212");
  EXPECT_EQ(spans_of(extract("The decision 3/4 of members backed was upheld.")).find("3"), 0U);
}

TEST(ExtractHeldOut38, OneCountsInAListOfChargesSetOffByCommas) {
  const std::string text =
      "A jury convicted him of one count of conspiracy, seven counts of fraud and two counts of money laundering.";
  const Mention one = only(text, "one");
  EXPECT_EQ(one.kind, MentionKind::kNumber);
  EXPECT_EQ(one.value, 1);
  EXPECT_EQ(spans_of(extract(text)), "one|seven|two");
  // alone, or with no count of the same noun after the comma, "one" stays out
  EXPECT_EQ(spans_of(extract("He pleaded guilty to one count of wire fraud.")), "");
  EXPECT_EQ(spans_of(extract("One count of fraud, the jury said, was enough.")), "");
  EXPECT_EQ(spans_of(extract("By one count, 300 people died.")), "300");
}

TEST(ExtractHeldOut38, AReadingAFigureReplacedTakesItsUnitAfterAnArticleAndAdjective) {
  const Mention initial =
      only("The USGS measured the quake at magnitude 6.6, revised down from an initial 6.8.", "6.8");
  EXPECT_EQ(initial.kind, MentionKind::kQuantity);
  EXPECT_EQ(initial.unit, "magnitude");
  EXPECT_EQ(only("Wind speeds reached 120 mph, up from a provisional 110.", "110").unit, "mph");
  // with no measured figure before it, a count
  EXPECT_EQ(only("The club grew to 40 members, up from an initial 12.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut38, ASetEventAwaitedOnADayJustAheadIsTheComingOne) {
  EXPECT_EQ(iso(only("The two-year fix has fallen below 4% as lenders compete before the Bank's final rate "
                     "decision of 2026 on 17 December.",
                     "17 December")
                    .date),
            "2026-12-17");
  EXPECT_EQ(iso(only("Rates fell sharply before the decision on 17 December.", "17 December").date), "2026-12-17");
  EXPECT_EQ(iso(only("Markets were calm ahead of the meeting on 15 December.", "15 December").date), "2026-12-15");
  // an event spoken of as held, or one further ahead than a month, keeps the last one
  EXPECT_EQ(iso(only("The talks on 17 December decided it.", "17 December").date), "2025-12-17");
  EXPECT_EQ(iso(only("Rates fell before the decision on 3 March.", "3 March").date), "2026-03-03");
  EXPECT_EQ(iso(only("Shares fell before the results on 17 December.", "17 December").date), "2025-12-17");
}

TEST(ExtractHeldOut38, AnNYearDealInASentenceAboutLoansNamesItsTerm) {
  EXPECT_EQ(spans_of(extract("Borrowers coming off two-year deals will see payments fall.")), "");
  EXPECT_EQ(spans_of(extract("Ten-year deals, which lenders now push, average 4.38%.")), "4.38%");
  EXPECT_EQ(spans_of(extract("The five-year fix fell to 4.02%, while ten-year deals, newly popular, average 4.38%.")),
            "4.02%|4.38%");
  // a contract's length stays a span
  EXPECT_EQ(spans_of(extract("The striker signed a five-year deal until 2031.")), "five-year|2031");
  EXPECT_EQ(spans_of(extract("The supplier agreed a 10-year deal with the council.")), "10-year");
}

TEST(ExtractHeldOut38, NumbersLeftHangingBeforeALoansTermNameItToo) {
  EXPECT_EQ(spans_of(extract("Northgate Bank cut two-, five- and ten-year deals by up to 20 basis points.")),
            "up to 20 basis points");
  EXPECT_EQ(spans_of(extract("Lenders repriced their 2-, 5- and 10-year fixes.")), "");
  // a hanging hyphen before anything else counts as before
  EXPECT_EQ(spans_of(extract("The developer sells two-, three- and four-bedroom homes.")), "two|three|four");
}

TEST(ExtractHeldOut38, AFigureAloneInATablesCellIsInTheRatePerHeadItsColumnNames) {
  const std::string table =
      "First-time asylum applicants, Q3 2026\n\n"
      "Member State | Q3 2026 | Change on Q2 2026 | Per million inhabitants\n"
      "EU | 184 400 | -6% | 409\n"
      "Greece | 10 500 | +18% | 1 008\n";
  const Mention eu = only(table, "409");
  EXPECT_EQ(eu.kind, MentionKind::kQuantity);
  EXPECT_EQ(eu.unit, "per_1m");
  EXPECT_EQ(only(table, "1 008").unit, "per_1m");
  EXPECT_EQ(only("Region | Cases | Rate per 100,000\nNorth | 1,204 | 85\n", "85").unit, "per_100k");
  // the other columns count, and so does a rate column's figure in the heading line itself
  EXPECT_EQ(only(table, "184 400").kind, MentionKind::kNumber);
  EXPECT_EQ(only(table, "10 500").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Region | Cases | Deaths\nNorth | 1,204 | 85\n", "85").kind, MentionKind::kNumber);
}

}  // namespace
}  // namespace figcheck
