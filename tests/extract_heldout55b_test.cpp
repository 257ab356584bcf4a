// Held-out round 55, part b (articles 420-422): an election-night live blog, a health
// desk's write-up of a medical trial and a weekend sport round-up; forms the extractor
// missed, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 3, 16};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut55b, ScorersInBracketsAfterTheirSidesScore) {
  const char* line = "Ruaraka United 3 (Otieno 17, 64; Were 90+4) Mombasa Mariners 1 (Kamau 45 pen)";
  EXPECT_EQ(spans_of(extract(line)), "17|64|90+4|45");
  EXPECT_EQ(only(line, "64").kind, MentionKind::kOrdinal);
  EXPECT_EQ(*only(line, "90+4").value, 94);
  EXPECT_EQ(only("Arsenal 2 (Saka 23, Havertz 67) Chelsea 1 (Van Dijk 88 og)", "88").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Arsenal 2 (Saka 23, Havertz 67) Chelsea 1 (Calvert-Lewin 45)", "45").kind,
            MentionKind::kOrdinal);
  // a far end of a long results line
  EXPECT_EQ(only("Results: Lakeview FC 2 (Odera 8, Salim 71) Nakuru Wanderers 2 (Ngeno 33, 52). Att: 3,105.", "52")
                .kind,
            MentionKind::kOrdinal);
  // no scorers' bracket: a change in seats, a name alone, a figure in prose brackets
  EXPECT_EQ(only("Labour 45 (+3), Conservatives 38 (-4).", "45").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Kenya 2 (Odera) Uganda 1.", "2").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The club sold 12 (Nairobi 7, Mombasa 5) season tickets.", "7").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Westfield 3 (Smith 12 goals this season) lead the table.", "12").kind, MentionKind::kNumber);
}


TEST(ExtractHeldOut55b, ABoundedSpanOfTime) {
  const Mention days = only("Chronic migraine is headache on 15 or more days a month.", "15 or more days");
  EXPECT_EQ(days.kind, MentionKind::kDuration);
  EXPECT_EQ(days.unit, "days");
  EXPECT_EQ(days.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Repairs take three or more years.", "three or more years").unit, "years");
  EXPECT_EQ(only("Ten or fewer weeks remain.", "Ten or fewer weeks").qualifier, Qualifier::kAtMost);
  // a count stays one
  EXPECT_EQ(only("Five or more people came.", "Five or more").kind, MentionKind::kNumber);
  // an age band keeps its count
  EXPECT_EQ(only("Children aged five or more years were included.", "five or more years").kind,
            MentionKind::kNumber);
}

TEST(ExtractHeldOut55b, OnlyASpan) {
  EXPECT_EQ(only("The placebo comparison ran for only a year.", "a year").unit, "years");
  EXPECT_EQ(only("She stayed only a month.", "a month").unit, "months");
  EXPECT_EQ(spans_of(extract("Only a year ago it was fine.")), "a year ago");
  // as "just" reads it
  EXPECT_EQ(spans_of(extract("Only a week remains.")), spans_of(extract("Just a week remains.")));
  EXPECT_EQ(spans_of(extract("A week remains.")), "");
}

TEST(ExtractHeldOut55b, ASingleSecond) {
  const Mention margin = only("Kiprop edged Rotich by one second in 2:07:44.", "one second");
  EXPECT_EQ(margin.kind, MentionKind::kDuration);
  EXPECT_EQ(*margin.value, 1);
  EXPECT_EQ(margin.unit, "seconds");
  EXPECT_EQ(only("She finished one second behind.", "one second").kind, MentionKind::kDuration);
  EXPECT_EQ(only("The gap was 1 second.", "1 second").unit, "seconds");
  // "second" numbering a noun: no span of time
  EXPECT_EQ(spans_of(extract("They scored one second-half goal.")).find("second"), std::string::npos);
  EXPECT_EQ(spans_of(extract("She took one second prize.")).find("second"), std::string::npos);
}

TEST(ExtractHeldOut55b, AMeasureNamingAThingLendsNoUnit) {
  const Mention level = only("A record 14,600 runners started the 10km fun run, up from about 11,000 last year.",
                             "about 11,000");
  EXPECT_EQ(level.kind, MentionKind::kNumber);
  EXPECT_EQ(level.unit, "");
  EXPECT_EQ(only("Norda promises a 50-megapixel main sensor, up from 48.", "48").unit, "");
  // a measure that is the level keeps lending it
  EXPECT_EQ(only("The ship carried 2,000 tonnes a day, up from 1,500 in May.", "1,500").unit, "t/day");
  EXPECT_EQ(only("Output hit 30.1 million tonnes, up from 28 last year.", "28").unit, "t");
  EXPECT_EQ(only("The 10km of new track cost less, down from 12 in the plan.", "12").unit, "km");
}

TEST(ExtractHeldOut55b, AnIntervalsBareBoundsInItsEstimatesUnit) {
  const Mention points = only("The gap was 18.5 percentage points (95% confidence interval 13.1 to 23.9).",
                              "13.1 to 23.9");
  EXPECT_EQ(points.kind, MentionKind::kPercent);
  EXPECT_EQ(points.unit, "percentage_points");
  EXPECT_EQ(*points.low, 13.1);
  EXPECT_EQ(only("Efficacy was 66% (95% CI 54-75).", "54-75").kind, MentionKind::kPercent);
  const Mention years = only("They were followed for a median of 2.6 years (interquartile range 2.1 to 3.0).",
                             "2.1 to 3.0");
  EXPECT_EQ(years.kind, MentionKind::kDuration);
  EXPECT_EQ(years.unit, "years");
  // a ratio's and a rate's bounds stay numbers; a bracket that names no interval is left
  EXPECT_EQ(only("The relative risk was 1.81 (95% CI 1.52-2.16).", "1.52-2.16").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The rate was 2.9 per 1,000 people (95% CI 2.6 to 3.2).", "2.6 to 3.2").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("Support was 41% (ages 18 to 65).", "18 to 65").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut55b, ALevelSetAgainstAChangeInPoints) {
  const Mention national = only("The swing is averaging 6.8 points, well above the national figure of 3.1.", "3.1");
  EXPECT_EQ(national.kind, MentionKind::kPercent);
  EXPECT_EQ(national.unit, "percentage_points");
  EXPECT_EQ(only("Labour is up 4.2 percentage points, against an average of 2.5.", "2.5").unit, "percentage_points");
  // no change in points before it, or another sentence
  EXPECT_EQ(only("The national figure of 3.1 was revised.", "3.1").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The swing was 6.8 points. The average of 3.1 is old.", "3.1").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It rose 6.8 points, above the figure of 3.1 million.", "3.1 million").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut55b, APartysInitialsBeforeItsSeats) {
  EXPECT_EQ(spans_of(extract("- SDP 58 seats (+9)")), "58|+9");
  EXPECT_EQ(only("The SNP 64 seats projection held.", "64").kind, MentionKind::kNumber);
  // a name in capitals with its number stays a name
  EXPECT_EQ(spans_of(extract("The IBM 360 sold well.")), "");
}

TEST(ExtractHeldOut55b, APartyNamedPlaceFirst) {
  EXPECT_EQ(spans_of(extract("- Valmaria First 9 (+5)")), "9|+5");
  EXPECT_EQ(spans_of(extract("New Zealand First 9 seats.")), "9");
  EXPECT_EQ(spans_of(extract("America First's backers met.")), "");
  // an ordinal still: before a word it numbers, lower case, after a word of the lexicon
  EXPECT_EQ(spans_of(extract("Kovac Wins First Title")), "First");
  EXPECT_EQ(spans_of(extract("Smith came first.")), "first");
  EXPECT_EQ(only("He was First 2 times.", "First").kind, MentionKind::kOrdinal);
}

TEST(ExtractHeldOut55b, AWeekdayListedUnderAHeadingOfWhatIsToCome) {
  const char* list = "Ruaraka won on Saturday.\n\nWHAT'S NEXT\n\n- Saturday: Ruaraka v Thika (3pm)\n- Sunday: Half Marathon";
  const std::vector<Mention> mentions = extract(list);
  ASSERT_EQ(spans_of(mentions), "Saturday|Saturday|Sunday");
  EXPECT_EQ(test::iso(mentions[0].date), "2026-03-14");  // in prose, past
  EXPECT_EQ(test::iso(mentions[1].date), "2026-03-21");
  EXPECT_EQ(test::iso(mentions[2].date), "2026-03-22");
  EXPECT_EQ(test::iso(only("Coming up:\n- Friday \u2014 the budget", "Friday").date), "2026-03-20");
  // under another heading, or not opening an item, the weekday keeps its reading
  EXPECT_EQ(test::iso(only("Results\n- Saturday: Ruaraka won 3-1", "Saturday").date), "2026-03-14");
  EXPECT_EQ(test::iso(only("What's next\n- The club lost on Saturday.", "Saturday").date), "2026-03-14");
}

TEST(ExtractHeldOut55b, OneShortAndATallyToOne) {
  EXPECT_EQ(spans_of(extract("An SDP-Green coalition would have 75, one short, so the Liberals decide.")), "75|one");
  EXPECT_EQ(only("They finished one short of a majority.", "one").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Kabete Bulls ran in six tries to one to beat Coast Sharks.")), "six|one");
  EXPECT_EQ(spans_of(extract("They won 14 matches to one.")), "14|one");
  // a lone "one" before its noun, and a ratio, stay out
  EXPECT_EQ(spans_of(extract("They sent 12 letters to one address.")), "12");
  EXPECT_EQ(spans_of(extract("It was a one short film.")), "");
  EXPECT_EQ(spans_of(extract("Women outnumber men two to one.")), "");
}

}  // namespace
}  // namespace figcheck
