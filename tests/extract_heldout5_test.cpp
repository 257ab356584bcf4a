// Held-out round 5 (articles 61-66): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 29};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut5, StorageIsAQuantityInBytes) {
  const Mention gigabytes = only("a 6.3-inch screen and 256GB of storage", "256GB");
  EXPECT_EQ(gigabytes.kind, MentionKind::kQuantity);
  EXPECT_EQ(gigabytes.value, 256);
  EXPECT_EQ(gigabytes.unit, "GB");
  EXPECT_EQ(only("a 1TB version will sell for $1,399", "1TB").unit, "TB");
  EXPECT_EQ(only("it holds 512 gigabytes", "512 gigabytes").unit, "GB");
  EXPECT_EQ(only("a 2 terabyte drive", "2 terabyte").unit, "TB");
  EXPECT_EQ(only("the 700 megabytes download", "700 megabytes").unit, "MB");
  // letters against digits that are no unit stay a name; "mb" (millibars in weather
  // copy) is not read as bytes
  EXPECT_EQ(spans_of(extract("the 5G network and a 3D printer")), "");
  EXPECT_EQ(spans_of(extract("pressure fell to 950mb overnight")), "");
}

TEST(ExtractHeldOut5, MoneyRangesWithTheCurrencyWrittenTwice) {
  const Mention billions = only("forecast revenue of $35 billion to $37 billion.", "$35 billion to $37 billion");
  EXPECT_EQ(billions.kind, MentionKind::kMoney);
  EXPECT_EQ(billions.unit, "USD");
  EXPECT_FALSE(billions.value);
  EXPECT_EQ(billions.low, 35e9);
  EXPECT_EQ(billions.high, 37e9);
  const Mention bn = only("put the cost at $30bn to $40bn.", "$30bn to $40bn");
  EXPECT_EQ(bn.low, 30e9);
  EXPECT_EQ(bn.high, 40e9);
  // the scale written once, on the high end
  const Mention once = only("a bill of \u00a330 to \u00a340 million", "\u00a330 to \u00a340 million");
  EXPECT_EQ(once.unit, "GBP");
  EXPECT_EQ(once.low, 30e6);
  EXPECT_EQ(once.high, 40e6);
  const Mention qualified = only("about $30bn to $40bn", "about $30bn to $40bn");
  EXPECT_EQ(qualified.qualifier, Qualifier::kAbout);
  EXPECT_EQ(qualified.low, 30e9);
  // a change and the level it reaches stay two figures
  EXPECT_EQ(spans_of(extract("the charge goes up from \u00a348 to \u00a355.")), "\u00a348|\u00a355");
  EXPECT_EQ(spans_of(extract("profit rose $3bn to $40bn")), "$3bn|$40bn");
  EXPECT_EQ(spans_of(extract("it cut spending by $2bn to $30bn")), "$2bn|$30bn");
  // two currencies make no range; a target moved "to $520 from $470" is two figures
  EXPECT_EQ(spans_of(extract("$35 to \u20ac40")), "$35|\u20ac40");
  EXPECT_EQ(spans_of(extract("raised her price target to $520 from $470")), "$520|$470");
}

TEST(ExtractHeldOut5, MonthFirstDayRanges) {
  const Mention range = only("It will hold its developer conference on May 12-13 in San Jose.", "May 12-13");
  EXPECT_EQ(range.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(range.date), "2026-05-12");
  EXPECT_EQ(iso(range.date_end), "2026-05-13");
  const Mention with_year = only("talks on Jan. 5-7, 2025 failed", "Jan. 5-7, 2025");
  EXPECT_EQ(iso(with_year.date), "2025-01-05");
  EXPECT_EQ(iso(with_year.date_end), "2025-01-07");
  const Mention en_dash = only("the summit ran March 3\u20135 in Rome", "March 3\u20135");
  EXPECT_EQ(iso(en_dash.date), "2025-03-03");
  EXPECT_EQ(iso(en_dash.date_end), "2025-03-05");
  // a day before the dash already ending the range, or a score after a date, is not one
  EXPECT_EQ(spans_of(extract("they won on March 3 3-1 at home")), "March 3");
  EXPECT_EQ(spans_of(extract("beaten on March 13-1")), "March 13");
  // the day-first form is unchanged
  const Mention day_first = only("held on 12-13 May 2025", "12-13 May 2025");
  EXPECT_EQ(iso(day_first.date), "2025-05-12");
}

TEST(ExtractHeldOut5, SpelledCountsBeforeAHyphenatedNoun) {
  // as "a 12-match run" is the number 12
  const Mention lead = only("opening a four-point lead at the top", "four");
  EXPECT_EQ(lead.kind, MentionKind::kNumber);
  EXPECT_EQ(lead.value, 4);
  EXPECT_EQ(only("handed a three-match ban", "three").value, 3);
  // set compounds are no counts; "one-" compounds neither
  EXPECT_EQ(spans_of(extract("a two-state solution and a three-way deal")), "");
  EXPECT_EQ(spans_of(extract("a two-time champion, a one-off payment and a one-time grant")), "");
  // ordinals, fractions, ages and terms keep their readings
  EXPECT_EQ(only("the twenty-first century", "twenty-first").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("two-thirds of homes", "two-thirds").kind, MentionKind::kPercent);
  EXPECT_EQ(only("a six-day stoppage", "six-day").kind, MentionKind::kDuration);
  EXPECT_EQ(only("a two-month-old baby", "two-month-old").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("a two-to-one vote")), "");
}

TEST(ExtractHeldOut5, NumberWordsInAHeadingSetInCapitals) {
  const Mention top = only("CHAMPIONSHIP: TOP FOUR (after Saturday's games)", "FOUR");
  EXPECT_EQ(top.kind, MentionKind::kNumber);
  EXPECT_EQ(top.value, 4);
  // a number word in a name stays part of the name
  EXPECT_EQ(spans_of(extract("it aired on BBC Two and Channel Four last night")), "last night");
}

TEST(ExtractHeldOut5, AQuarterOfAnHourIsMinutes) {
  const Mention quarter = only("on the pitch for barely a quarter of an hour, then", "a quarter of an hour");
  EXPECT_EQ(quarter.kind, MentionKind::kDuration);
  EXPECT_EQ(quarter.value, 15);
  EXPECT_EQ(quarter.unit, "minutes");
  EXPECT_EQ(only("a quarter-hour wait", "a quarter-hour").value, 15);
  // half an hour keeps its reading in hours; a quarter of the vote is a share
  const Mention half = only("half an hour later", "half an hour");
  EXPECT_EQ(half.value, 0.5);
  EXPECT_EQ(half.unit, "hours");
  EXPECT_EQ(only("a quarter of the vote", "a quarter").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut5, AShareOfASecondIsSeconds) {
  const Mention tenth = only("He won by a tenth of a second.", "a tenth of a second");
  EXPECT_EQ(tenth.kind, MentionKind::kDuration);
  EXPECT_EQ(tenth.value, 0.1);
  EXPECT_EQ(tenth.unit, "seconds");
  EXPECT_EQ(only("The margin was a hundredth of a second.", "a hundredth of a second").value, 0.01);
  // a share of a whole, and a second that counts, stay as they were
  EXPECT_EQ(only("A tenth of the budget went on roads.", "A tenth").kind, MentionKind::kPercent);
  EXPECT_EQ(spans_of(extract("She came second for a tenth time.")), "second|tenth");
}

TEST(ExtractHeldOut5, OneBeforeACountedNounCounts) {
  const Mention charge = only("admitted in July one count of fraud and two counts of false accounting", "one");
  EXPECT_EQ(charge.kind, MentionKind::kNumber);
  EXPECT_EQ(charge.value, 1);
  EXPECT_EQ(only("one boy was killed and two boys were hurt", "one").value, 1);
  // the pronoun stays out, and so does "one" alone before a noun (extract_test)
  EXPECT_EQ(spans_of(extract("one person was killed")), "");
  EXPECT_EQ(spans_of(extract("one count of fraud")), "");
  EXPECT_EQ(spans_of(extract("one man was killed and two women were hurt")), "two");
  EXPECT_EQ(spans_of(extract("one of his promises, though one said no")), "");
  EXPECT_EQ(spans_of(extract("one or both parents; the one we have all circled")), "");
}

TEST(ExtractHeldOut5, HalfStandingForAShareOfSomethingNamedBefore) {
  const Mention serve = only("He will serve half in custody before release.", "half");
  EXPECT_EQ(serve.kind, MentionKind::kPercent);
  EXPECT_EQ(serve.value, 50);
  EXPECT_EQ(only("They kept half.", "half").value, 50);
  // a half of a match or a year, hyphenated words and "in half" are not shares
  EXPECT_EQ(spans_of(extract("a first half they controlled")), "first");
  EXPECT_EQ(spans_of(extract("The dividend for the half will rise")), "");
  EXPECT_EQ(spans_of(extract("shortly before half-time, and")), "");
  EXPECT_EQ(spans_of(extract("they cut it in half on Monday")), "Monday");
}

TEST(ExtractHeldOut5, InAYearAfterAFigureIsASpan) {
  const Mention year = only("spending rose 18% in a year, to \u00a396m", "a year");
  EXPECT_EQ(year.kind, MentionKind::kDuration);
  EXPECT_EQ(year.value, 1);
  EXPECT_EQ(year.unit, "years");
  EXPECT_EQ(only("prices fell 3% in a month", "a month").unit, "months");
  // not after a figure: no span ("twice in a year", "the worst in a year")
  EXPECT_EQ(spans_of(extract("the worst storm in a year")), "");
}

TEST(ExtractHeldOut5, TheFutureImpliedByTheSentence) {
  constexpr Date kSaturday{2026, 3, 14};
  // a date followed by a clause that says it is ahead
  EXPECT_EQ(iso(only("A confiscation hearing is listed for 9 January, when prosecutors will ask the court.",
                     "9 January", Date{2025, 9, 24}).date),
            "2026-01-09");
  EXPECT_EQ(iso(only("Harrowgate travel to Penrith on Tuesday night, before hosting Castleford next month.",
                     "Tuesday", kSaturday).date),
            "2026-03-17");
  // an intention before the date
  EXPECT_EQ(iso(only("nutrition partners plan to reach twice as many children in March.", "March",
                     Date{2026, 2, 10}).date),
            "2026-03");
  // a might-be after the date: the nearer either side
  EXPECT_EQ(iso(only("crews fear a shift in the wind late on Friday could push it", "Friday",
                     Date{2025, 8, 14}).date),
            "2025-08-15");
  // a sentence with nothing in the past, the date after its main clause, most of a
  // year back if read as past: the coming one
  EXPECT_EQ(iso(only("The top two go up automatically; the sides finishing third to sixth enter the "
                     "play-offs, with the final at Wembley on 23 May.",
                     "23 May", kSaturday).date),
            "2026-05-23");

  // negative cases: the past stays past
  EXPECT_EQ(iso(only("The hearing was listed for 9 January, when prosecutors asked the court.", "9 January",
                     Date{2025, 9, 24}).date),
            "2025-01-09");
  EXPECT_EQ(iso(only("Harrowgate lost at Penrith on Tuesday night, and host Castleford today.", "Tuesday",
                     kSaturday).date),
            "2026-03-10");
  EXPECT_EQ(iso(only("under a plan agreed in March, the partners reached more children", "March",
                     Date{2026, 2, 10}).date),
            "2025-03");
  EXPECT_EQ(iso(only("The sides finishing third to sixth entered the play-offs, with the final at "
                     "Wembley on 23 May.",
                     "23 May", kSaturday).date),
            "2025-05-23");
  EXPECT_EQ(iso(only("The final at Wembley on 23 May drew a record crowd of fans from both clubs.", "23 May",
                     kSaturday).date),
            "2025-05-23");
  EXPECT_EQ(iso(only("Angola has recorded 742 deaths since the outbreak was declared on 7 January, giving",
                     "7 January", Date{2025, 11, 27}).date),
            "2025-01-07");
  // a date in the past half year is read back even with nothing in the past
  EXPECT_EQ(iso(only("The top two go up automatically, with the final at Wembley on 23 February.",
                     "23 February", kSaturday).date),
            "2026-02-23");
}

TEST(ExtractHeldOut5, ADateCountedFromOnItsOwnAnniversaryIsAYearBack) {
  constexpr Date kAnniversary{2024, 10, 7};
  const Mention after = only("Explainer: Gaza, one year after 7 October", "7 October", kAnniversary);
  EXPECT_EQ(iso(after.date), "2023-10-07");
  EXPECT_EQ(iso(only("the war since 7 October has", "since 7 October", kAnniversary).date), "2023-10-07");
  EXPECT_EQ(iso(only("on the anniversary of 7 October, crowds", "7 October", kAnniversary).date), "2023-10-07");
  // the publication day itself otherwise stays the publication day
  EXPECT_EQ(iso(only("Crowds gathered on 7 October in Tel Aviv", "7 October", kAnniversary).date), "2024-10-07");
  // and a day after which is not the publication day keeps its reading
  EXPECT_EQ(iso(only("one week after 30 September", "30 September", kAnniversary).date), "2024-09-30");
}

TEST(ExtractHeldOut5, ThePublicationMonthInAParagraphAboutAnEarlierYear) {
  constexpr Date kAnniversary{2024, 10, 7};
  const std::string paragraph =
      "Israel began an air campaign followed, in late October, by a ground invasion. By 6 November 2023, "
      "the ministry counted more than 10,000 killed. Its toll passed 20,000 on 22 December.";
  EXPECT_EQ(iso(only(paragraph, "October", kAnniversary).date), "2023-10");
  EXPECT_EQ(iso(only(paragraph, "22 December", kAnniversary).date), "2023-12-22");
  // the publication month with no earlier year in its paragraph is the publication's
  EXPECT_EQ(iso(only("Israel began a ground operation in late October.\nBy 6 November 2023, talks failed.",
                     "October", kAnniversary).date),
            "2024-10");
  // a day, even in such a paragraph, keeps the last before publication
  EXPECT_EQ(iso(only("The crossing reopened in January 2025, but shut again. Those remains were handed "
                     "over on 26 January.",
                     "26 January", Date{2026, 2, 2}).date),
            "2026-01-26");
  // a month gone by keeps it too
  EXPECT_EQ(iso(only("Prices fell in September. By 6 November 2023, they had recovered.", "September",
                     kAnniversary).date),
            "2024-09");
}

TEST(ExtractHeldOut5, AYearAgoTodayIsADay) {
  constexpr Date kAnniversary{2024, 10, 7};
  const Mention today = only("A year ago today, Hamas-led gunmen crossed", "A year ago today", kAnniversary);
  EXPECT_EQ(today.kind, MentionKind::kDate);
  EXPECT_EQ(iso(today.date), "2023-10-07");
  EXPECT_EQ(iso(only("two years ago today", "two years ago today", kAnniversary).date), "2022-10-07");
  EXPECT_EQ(iso(only("six months ago today", "six months ago today", kAnniversary).date), "2024-04-07");
  // a leap day a year on is the last day of February
  EXPECT_EQ(iso(only("a year ago today", "a year ago today", Date{2028, 2, 29}).date), "2027-02-28");
  // without "today", a year ago names the year
  EXPECT_EQ(iso(only("A year ago, Hamas-led gunmen crossed", "A year ago", kAnniversary).date), "2023");
}

TEST(ExtractHeldOut5, OnOrAboutADateIsTheDateAlone) {
  // dates take no bound but "since" (58's "on or around 31 December")
  const auto mentions = extract("was made on or about 14 May 2020, weeks into the first lockdown");
  EXPECT_EQ(spans_of(mentions), "14 May 2020|first");
  const Mention date = only("was made on or about 14 May 2020, weeks", "14 May 2020");
  EXPECT_EQ(date.qualifier, Qualifier::kNone);
  EXPECT_EQ(iso(date.date), "2020-05-14");
  // "about" still bounds a figure
  EXPECT_EQ(only("about 14 people", "about 14").qualifier, Qualifier::kAbout);
}

}  // namespace
}  // namespace figcheck
