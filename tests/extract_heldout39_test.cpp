// Held-out round 39 (articles 316-321): an Australian Senate estimates Hansard extract, a
// South African court's media summary of a judgment, a New Zealand severe weather warning, a
// Canadian railway's earnings release, a US basketball statistics piece and a New Zealand
// council rates story; forms the extractor missed before reading them, each fixed by a
// general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 11, 5};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut39, TheRecordDayOfADeclaredPaymentIsTheComingOne) {
  const std::string text =
      "The board declared a quarterly dividend of C$0.285 per share, payable on December 29 to shareholders of "
      "record on December 8.";
  EXPECT_EQ(iso(only(text, "December 8").date), "2025-12-08");
  EXPECT_EQ(iso(only(text, "December 29").date), "2025-12-29");
  EXPECT_EQ(iso(only("It paid holders of record on December 8.", "December 8", Date{2026, 1, 20}).date),
            "2025-12-08");
  // a day most of a year back is the last one whatever the words before it
  EXPECT_EQ(iso(only("Shareholders of record on October 20 were paid.", "October 20").date), "2025-10-20");
  // a record set on a day, not a payment's record day: the last one
  EXPECT_EQ(iso(only("The team had set a record on December 8.", "December 8").date), "2024-12-08");
}

TEST(ExtractHeldOut39, ABareWeekdayIsTheOneTheTextNamedWithItsDayJustAhead) {
  const Date sunday{2026, 7, 19};
  const std::string text =
      "Valid: 3:00am Monday 20 July to 6:00am Tuesday 21 July\n\nGales gusting 140 km/h for a time on Monday.\n\n"
      "Snow may lower to 600 metres on Tuesday evening.";
  EXPECT_EQ(iso(only(text, "Monday", sunday).date), "2026-07-20");
  EXPECT_EQ(iso(only(text, "Tuesday", sunday).date), "2026-07-21");
  // with no such day named, the weekday reads as before
  EXPECT_EQ(iso(only("Gales gusting 140 km/h for a time on Monday.", "Monday", sunday).date), "2026-07-13");
  // a day named with its weekday but behind publication, or more than a week ahead, fixes nothing
  EXPECT_EQ(iso(only("The storm of Monday 13 July was the worst. It struck on Monday.", "Monday", sunday).date),
            "2026-07-13");
  EXPECT_EQ(iso(only("Talks resume on Monday 27 July. Ministers met on Monday.", "Monday", sunday).date), "2026-07-13");
}

TEST(ExtractHeldOut39, BetterThanBoundsAFigureFromBelow) {
  const Mention share = only("Two players have averaged 30 points on better than 50% shooting.", "better than 50%");
  EXPECT_EQ(share.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*share.value, 50);
  EXPECT_EQ(share.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("Turnout was better than 60 per cent.", "better than 60 per cent").qualifier, Qualifier::kMoreThan);
  // "better" alone qualifies nothing
  EXPECT_EQ(spans_of(extract("The better 40 of them stayed.")), "40");
}

TEST(ExtractHeldOut39, AScaleWordAloneInItsBracketOrAfterASignIsATablesUnit) {
  EXPECT_EQ(spans_of(extract("Carloads (thousands)         418        406       3%")), "418|406|3%");
  EXPECT_EQ(spans_of(extract("Selected results (unaudited; C$ millions, except per-share data)")), "");
  EXPECT_EQ(spans_of(extract("Revenue ($ millions): 1,284")), "1,284");
  // a vague amount counts as before
  EXPECT_EQ(spans_of(extract("Thousands (of them children) fled.")), "Thousands");
  EXPECT_EQ(spans_of(extract("Crowds of thousands gathered.")), "thousands");
}

TEST(ExtractHeldOut39, PointsLowerOrHigherThanWithAPerCentLevelAreAChangeInPoints) {
  const Mention change = only(
      "But it's 2.6 points lower than where we started a month ago, and it's below the 11.2 per cent signalled.",
      "2.6 points");
  EXPECT_EQ(change.kind, MentionKind::kPercent);
  EXPECT_EQ(change.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*change.value, 2.6);
  EXPECT_EQ(only("The rate is now two points higher than in May, at 5.1%.", "two points").unit, "percentage_points");
  // no level in per cent in its sentence: points of a game or a score, counts
  EXPECT_EQ(only("He scored 12 points higher than his average.", "12").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut39, ACaseNumberOverItsYearIsAName) {
  EXPECT_EQ(spans_of(extract("Case no: 4512/2023\n\nDelivered: 12 March 2026")), "12 March 2026");
  EXPECT_EQ(spans_of(extract("In Case No. 88/2024 the court ruled.")), "");
  EXPECT_EQ(spans_of(extract("Under case number 17/2025 it was heard.")), "");
  // a number word with no case before it, or a case with no year after its slash, as before
  EXPECT_EQ(spans_of(extract("The vote was no: 41/2025 members.")).find("41"), 0U);
  EXPECT_EQ(spans_of(extract("The case no: 12 stayed open.")), "12");
}

TEST(ExtractHeldOut39, ACaseSetDownForHearingIsListedAhead) {
  const Date thursday{2026, 3, 12};
  EXPECT_EQ(iso(only("A similar matter, filed in 2024, is set down for hearing on 4 May.", "4 May", thursday).date),
            "2026-05-04");
  EXPECT_EQ(iso(only("The appeals are set down for trial on 20 April.", "20 April", thursday).date), "2026-04-20");
  // set down in the past, or laid down: as before
  EXPECT_EQ(iso(only("The rules were laid down on 4 May.", "4 May", thursday).date), "2025-05-04");
  EXPECT_EQ(iso(only("The matter was set down for hearing on 4 February.", "4 February", thursday).date),
            "2026-02-04");
}

TEST(ExtractHeldOut39, AWeekdayJoinedByToAfterADayAheadIsAfterIt) {
  const Date sunday{2026, 7, 19};
  const std::string text = "Valid: 6:00pm Tuesday 21 July to midday Wednesday";
  EXPECT_EQ(iso(only(text, "Wednesday", sunday).date), "2026-07-22");
  EXPECT_EQ(spans_of(extract("Rain is likely from late Monday morning to early Monday evening.", sunday)),
            "Monday|Monday");
  for (const Mention& monday : extract("Rain is likely from late Monday morning to early Monday evening.", sunday)) {
    EXPECT_EQ(iso(monday.date), "2026-07-20");
  }
  // after a day gone by, as before
  EXPECT_EQ(iso(only("It ran from Tuesday 14 July to midday Wednesday.", "Wednesday", sunday).date), "2026-07-15");
}

TEST(ExtractHeldOut39, MegalitresAndGigalitresAreVolumes) {
  const Mention flow = only("The works were designed for 8 megalitres a day.", "8 megalitres a day");
  EXPECT_EQ(flow.kind, MentionKind::kQuantity);
  EXPECT_EQ(flow.unit, "ML/day");
  const Mention near = only("They were receiving close to 14 megalitres, and two pumps failed.", "close to 14 megalitres");
  EXPECT_EQ(near.unit, "ML");
  EXPECT_EQ(near.qualifier, Qualifier::kNearly);
  EXPECT_EQ(only("The dam holds 1,200 gigalitres.", "1,200 gigalitres").unit, "GL");
}

}  // namespace
}  // namespace figcheck
