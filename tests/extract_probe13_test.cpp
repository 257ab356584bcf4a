// Probe round 13 (news sentences with dates and times in the manner of Duckling's Time
// corpus and Recognizers-Text's English DateTime specs; tests/data/probe13-dates.tsv):
// forms the extractor missed or misread, each fixed by a general rule, with the
// neighbours each rule must leave alone. The sentences are written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 2, 10};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractProbe13, AWeekdayThatEndsAPeriodSaidInThePresentIsTheComingOne) {
  EXPECT_EQ(iso(only("The walkout continues until Thursday.", "Thursday").date), "2026-02-12");
  EXPECT_EQ(iso(only("Roads stay closed through Friday.", "Friday").date), "2026-02-13");
  EXPECT_EQ(iso(only("The bridge remains closed until Friday.", "Friday").date), "2026-02-13");
  EXPECT_EQ(iso(only("Repairs should be finished by Friday.", "Friday").date), "2026-02-13");
  EXPECT_EQ(iso(only("Submit your forms by 5pm on Thursday.", "Thursday").date), "2026-02-12");
  EXPECT_EQ(iso(only("Submit your forms by 6.30pm on Thursday.", "Thursday").date), "2026-02-12");
  // a word of the past keeps the last one; a day that ends no period stays as it was read
  EXPECT_EQ(iso(only("The walkout continued until Thursday.", "Thursday").date), "2026-02-05");
  EXPECT_EQ(iso(only("The bridge remained closed until Friday.", "Friday").date), "2026-02-06");
  EXPECT_EQ(iso(only("He submitted the forms by 5pm on Thursday.", "Thursday").date), "2026-02-05");
  EXPECT_EQ(iso(only("The hostages were freed by Friday, officials say.", "Friday").date), "2026-02-06");
  EXPECT_EQ(iso(only("The man is in custody after the attack on Sunday.", "Sunday").date), "2026-02-08");
}

TEST(ExtractProbe13, ARangeOfWeekdaysSaidInThePresentHasNotEnded) {
  const Mention shut = only("The office is shut from Wednesday to Friday.", "from Wednesday to Friday");
  EXPECT_EQ(shut.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(shut.date), "2026-02-11");
  EXPECT_EQ(iso(shut.date_end), "2026-02-13");
  // this week's days, not yet over, stay this week's; in the past, the last ones
  const Mention open = only("The museum is closed from Monday to Wednesday.", "from Monday to Wednesday");
  EXPECT_EQ(iso(open.date), "2026-02-09");
  EXPECT_EQ(iso(open.date_end), "2026-02-11");
  const Mention past = only("The museum was closed from Wednesday to Friday.", "from Wednesday to Friday");
  EXPECT_EQ(iso(past.date), "2026-02-04");
  EXPECT_EQ(iso(past.date_end), "2026-02-06");
}

TEST(ExtractProbe13, OpeningDaysOfEveryWeekAreNoDates) {
  EXPECT_EQ(spans_of(extract("The shop is open 9am to 5pm, Monday to Saturday.")), "");
  EXPECT_EQ(spans_of(extract("Trains run Monday through Friday.")), "");
  // a week named, or a "will", makes them dates
  const Mention talks = only("Talks will run Monday to Wednesday.", "Monday to Wednesday");
  EXPECT_EQ(iso(talks.date), "2026-02-16");
  EXPECT_EQ(iso(talks.date_end), "2026-02-18");
  EXPECT_EQ(spans_of(extract("He worked Monday to Friday last week.")), "Monday to Friday|last week");
}

TEST(ExtractProbe13, ThroughTheWeekend) {
  const Mention weekend = only("Rescuers worked through the weekend.", "the weekend");
  EXPECT_EQ(weekend.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(weekend.date), "2026-02-07");
  EXPECT_EQ(iso(weekend.date_end), "2026-02-08");
  EXPECT_EQ(iso(only("Crews stayed on throughout the weekend.", "the weekend").date), "2026-02-07");
  // the weekend "after" something, or "of" a date, is not placed
  EXPECT_EQ(spans_of(extract("The cabinet will meet after the weekend.")), "");
}

TEST(ExtractProbe13, APartOfADecadeWithoutItsCentury) {
  const Mention band = only("The band formed in the late '70s.", "70s");
  EXPECT_EQ(band.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(band.date), "1970");
  EXPECT_EQ(iso(band.date_end), "1979");
  EXPECT_EQ(iso(only("Rents soared in the early 90s.", "90s").date), "1990");
  // an age, and heat, as before
  EXPECT_EQ(only("A man in his late 60s died.", "60s").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("Temperatures in the late 90s are likely.")), "");
}

TEST(ExtractProbe13, ADayPaddedWithANoughtBeforeATwoDigitYear) {
  const Mention visa = only("Her visa expired on 03 Feb 26.", "03 Feb 26");
  EXPECT_EQ(visa.kind, MentionKind::kDate);
  EXPECT_EQ(iso(visa.date), "2026-02-03");
  EXPECT_EQ(iso(only("The log shows 09 March 25 as the date.", "09 March 25").date), "2025-03-09");
  // an unpadded day leaves the number a count; an apostrophe's year as before
  EXPECT_EQ(spans_of(extract("On 3 Feb 26 people died.")), "3 Feb|26");
  EXPECT_EQ(iso(only("The note is dated 12 Feb '26.", "12 Feb '26").date), "2026-02-12");
}

TEST(ExtractProbe13, ScheduleVerbsAfterAPluralAreThePresentOfAThingAhead) {
  EXPECT_EQ(iso(only("Applications close by 15 March.", "15 March").date), "2026-03-15");
  const Mention works = only("The works run from June to August.", "from June to August");
  EXPECT_EQ(iso(works.date), "2026-06");
  EXPECT_EQ(iso(works.date_end), "2026-08");
  EXPECT_EQ(iso(only("Talks run until 30 June.", "30 June").date), "2026-06-30");
  EXPECT_EQ(iso(only("Talks resume Monday.", "Monday").date), "2026-02-16");
  EXPECT_EQ(iso(only("Schools reopen on Monday.", "Monday").date), "2026-02-16");
  EXPECT_EQ(iso(only("The holidays end on Sunday.", "Sunday").date), "2026-02-15");
  EXPECT_EQ(iso(only("Talks resumed Monday.", "Monday").date), "2026-02-09");
  EXPECT_EQ(iso(only("Talks did not resume on Monday.", "Monday").date), "2026-02-09");
  // the plural before the place it is in
  EXPECT_EQ(iso(only("Talks in Doha resume on Thursday, officials say.", "Thursday").date), "2026-02-12");
  EXPECT_EQ(iso(only("Talks in Doha resumed on Thursday.", "Thursday").date), "2026-02-05");
  // a perfect, a singular subject or a past form as before
  EXPECT_EQ(iso(only("The works have run since May.", "since May").date), "2025-05");
  EXPECT_EQ(iso(only("The works ran from June to August.", "from June to August").date), "2025-06");
  EXPECT_EQ(iso(only("The gap was close by 15 March.", "15 March").date), "2025-03-15");
}

TEST(ExtractProbe13, UntilAtLeastAMonthOrAYear) {
  const Mention june = only("The refinery will run until at least June.", "June");
  EXPECT_EQ(june.kind, MentionKind::kDate);
  EXPECT_EQ(iso(june.date), "2026-06");
  const Mention year = only("The rules stay in force until at least 2027.", "2027");
  EXPECT_EQ(year.kind, MentionKind::kDate);
  EXPECT_EQ(iso(year.date), "2027");
  // "at least" before a figure bounds it, also after "by" (a change)
  const Mention points = only("The index rose by at least 2027 points.", "at least 2027");
  EXPECT_EQ(points.kind, MentionKind::kNumber);
  EXPECT_EQ(points.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("He will stay until at least 40 people have left.", "at least 40").kind, MentionKind::kNumber);
}

TEST(ExtractProbe13, AYearLikeNumberOfBedsCounts) {
  const Mention beds = only("The ward has 2026 beds.", "2026");
  EXPECT_EQ(beds.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*beds.value, 2026);
  // a year before a plural noun that it does not count stays a year
  EXPECT_EQ(only("In 2020 prices fell.", "2020").kind, MentionKind::kDate);
}

TEST(ExtractProbe13, AWeekdayAfterAnArticleIsNoParticularDay) {
  EXPECT_EQ(spans_of(extract("It happened on a Friday.")), "");
  EXPECT_EQ(spans_of(extract("He visited on a Monday in June.")), "June");
  EXPECT_EQ(spans_of(extract("A Sunday of protests ended.")), "");
  // with its date, the day is that one
  EXPECT_EQ(iso(only("The vote fell on a Tuesday, 3 February.", "Tuesday, 3 February").date), "2026-02-03");
  EXPECT_EQ(iso(only("The vote fell on Tuesday.", "Tuesday").date), "2026-02-10");
}

TEST(ExtractProbe13, SinceADayOfTheMonth) {
  const Mention first = only("The shop has been open since the 1st.", "since the 1st");
  EXPECT_EQ(first.kind, MentionKind::kDateRange);
  EXPECT_EQ(first.qualifier, Qualifier::kSince);
  EXPECT_EQ(iso(first.date), "2026-02-01");
  // a day after publication's is last month's
  EXPECT_EQ(iso(only("Prices have risen since the 20th.", "since the 20th").date), "2026-01-20");
  // a century is an ordinal, as before
  EXPECT_EQ(only("Since the 19th century the town has grown.", "19th").kind, MentionKind::kOrdinal);
}

TEST(ExtractProbe13, ADaySetAheadByAVerbThatPutsOff) {
  EXPECT_EQ(iso(only("The case was adjourned until the 24th.", "24th").date), "2026-02-24");
  EXPECT_EQ(iso(only("The deadline was extended until 30 June.", "30 June").date), "2026-06-30");
  EXPECT_EQ(iso(only("The hearing was postponed until Friday.", "Friday").date), "2026-02-13");
  // the nearer either side: a day just gone stays gone
  EXPECT_EQ(iso(only("The case was adjourned until 3 February.", "3 February").date), "2026-02-03");
  // a state that lasted until the day is past, as before
  EXPECT_EQ(iso(only("The road was closed until the 24th.", "24th").date), "2026-01-24");
  EXPECT_EQ(iso(only("The deadline passed on 30 June.", "30 June").date), "2025-06-30");
}

TEST(ExtractProbe13, HoursAndMinutesBeforeLocalTimeOrAPartOfTheDay) {
  EXPECT_EQ(spans_of(extract("The blast was at 11.05 local time.")), "");
  EXPECT_EQ(spans_of(extract("The siren sounded at 3.15 in the morning.")), "");
  EXPECT_EQ(spans_of(extract("At 3.15 in the morning, the siren sounded.")), "");
  // a part of the day before its noun, or no such word, leaves a figure
  EXPECT_EQ(spans_of(extract("Shares closed at 11.05 in the afternoon session.")), "11.05");
  EXPECT_EQ(spans_of(extract("The index rose to 11.05 in the morning.")), "11.05");
  EXPECT_EQ(spans_of(extract("Shares closed at 11.05 yesterday.")), "11.05|yesterday");
}

TEST(ExtractProbe13, TwoDaysJoinedByToWithTheirMonthOnce) {
  const Mention jan = only("The strike ran Jan 5 to 9.", "Jan 5 to 9");
  EXPECT_EQ(jan.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(jan.date), "2026-01-05");
  EXPECT_EQ(iso(jan.date_end), "2026-01-09");
  EXPECT_EQ(iso(only("The strike ran June 8 to 14, 2025.", "June 8 to 14, 2025").date_end), "2025-06-14");
  const Mention after = only("The strike ran 5 to 9 January.", "5 to 9 January");
  EXPECT_EQ(after.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(after.date), "2026-01-05");
  EXPECT_EQ(iso(after.date_end), "2026-01-09");
  // a count, a share or a level after "to" is no day; a span of days as before
  EXPECT_EQ(spans_of(extract("Staff were cut on April 20 to 24 staff.")), "April 20|24");
  EXPECT_EQ(spans_of(extract("The rate rose on April 20 to 24%.")), "April 20|24%");
  EXPECT_EQ(spans_of(extract("Prices rose 5 to 9 per cent in May.")), "5 to 9 per cent|May");
  EXPECT_EQ(only("It took 5 to 9 days.", "5 to 9 days").kind, MentionKind::kDuration);
}

TEST(ExtractProbe13, AFinancialYearWithBothYearsShort) {
  const Mention short_years = only("Prices in FY24-25 rose.", "FY24-25");
  EXPECT_EQ(short_years.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(short_years.date), "2024");
  EXPECT_EQ(iso(short_years.date_end), "2025");
  EXPECT_EQ(iso(only("Prices in FY24/25 rose.", "FY24/25").date_end), "2025");
  EXPECT_EQ(iso(only("Exports grew in FY 2024-25.", "FY 2024-25").date), "2024");
  // one year named: the two it may span, as before
  EXPECT_EQ(iso(only("Revenue rose in FY26.", "FY26").date), "2025");
}

TEST(ExtractProbe13, AWeekdayAndItsDayOfTheMonthWithoutTheArticle) {
  const Mention court = only("The court sits on Wednesday 18th.", "Wednesday 18th");
  EXPECT_EQ(court.kind, MentionKind::kDate);
  EXPECT_EQ(iso(court.date), "2026-02-18");
  EXPECT_EQ(iso(only("The court sits on Wednesday, 18th.", "Wednesday, 18th").date), "2026-02-18");
  EXPECT_EQ(iso(only("The strike began on Friday the 13th.", "Friday the 13th").date), "2026-02-13");
  // no such weekday near publication: a weekday and a rank, as before
  EXPECT_EQ(spans_of(extract("He finished Sunday 3rd in the race.")), "Sunday|3rd");
}

TEST(ExtractProbe13, AUnitOfTimeHedgedAfterItIsASpan) {
  const Mention delay = only("The delay was a week or more.", "a week");
  EXPECT_EQ(delay.kind, MentionKind::kDuration);
  EXPECT_EQ(delay.unit, "weeks");
  EXPECT_DOUBLE_EQ(*delay.value, 1);
  EXPECT_EQ(only("The repairs took a month or so.", "a month").unit, "months");
  // a rate's period or a frequency is none; "a week" alone after "was" stays unread
  EXPECT_EQ(spans_of(extract("It pays \u00a35 a week or more.")), "\u00a35");
  EXPECT_EQ(spans_of(extract("Twice a week or more he runs.")), "");
  EXPECT_EQ(spans_of(extract("The delay was a week.")), "");
}

TEST(ExtractProbe13, HyphenedDayMonthAndATwoDigitYear) {
  const Mention filed = only("It was filed 3-Feb-26.", "3-Feb-26");
  EXPECT_EQ(filed.kind, MentionKind::kDate);
  EXPECT_EQ(iso(filed.date), "2026-02-03");
  EXPECT_EQ(iso(only("It was filed 03-Feb-26.", "03-Feb-26").date), "2026-02-03");
  EXPECT_EQ(iso(only("It was filed 03-Feb-2026.", "03-Feb-2026").date), "2026-02-03");
  // letters after the digits make a code; a nought-led number stays a name
  EXPECT_EQ(spans_of(extract("Code 3-Feb-26x was used.")), "");
  EXPECT_EQ(spans_of(extract("Agent 007 returned.")), "");
}

TEST(ExtractProbe13, ARoundHundredBefore2000IsItsCentury) {
  const Mention active = only("He was active in the 1800s.", "1800s");
  EXPECT_EQ(active.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(active.date), "1800");
  EXPECT_EQ(iso(active.date_end), "1899");
  EXPECT_EQ(iso(only("It was built in the late 1900s.", "1900s").date_end), "1999");
  // other decades, and the 2000s, stay ten years
  EXPECT_EQ(iso(only("The town boomed in the 1990s.", "1990s").date_end), "1999");
  EXPECT_EQ(iso(only("Prices doubled in the 2000s.", "2000s").date_end), "2009");
  EXPECT_EQ(iso(only("The mill opened in the 1810s.", "1810s").date_end), "1819");
}

TEST(ExtractProbe13, HalfAYearMoreAgoIsAWholeNumberOfMonthsBack) {
  const Mention law = only("The law was passed a year and a half ago.", "a year and a half ago");
  EXPECT_EQ(law.kind, MentionKind::kDate);
  EXPECT_EQ(iso(law.date), "2024-08");
  EXPECT_EQ(iso(only("It opened two and a half years ago.", "two and a half years ago").date), "2023-08");
  EXPECT_EQ(iso(only("It opened 2.5 years ago.", "2.5 years ago").date), "2023-08");
  EXPECT_EQ(iso(only("It will open two and a half years from now.", "two and a half years from now").date),
            "2028-08");
  // a span, or a day and a half, as before
  EXPECT_EQ(only("He served two and a half years.", "two and a half years").kind, MentionKind::kDuration);
  EXPECT_EQ(only("It opened a day and a half ago.", "a day and a half").kind, MentionKind::kDuration);
}

TEST(ExtractProbe13, AWeekdayJoinedToADateAheadFollowsIt) {
  const std::vector<Mention> talks = extract("Talks will be held on Monday and Tuesday.");
  ASSERT_EQ(spans_of(talks), "Monday|Tuesday");
  EXPECT_EQ(iso(talks[0].date), "2026-02-16");
  EXPECT_EQ(iso(talks[1].date), "2026-02-17");
  const std::vector<Mention> polls = extract("Polls open on Thursday 12 February and close on Friday.");
  ASSERT_EQ(spans_of(polls), "Thursday 12 February|Friday");
  EXPECT_EQ(iso(polls[1].date), "2026-02-13");
  // days gone by, a new sentence or a verb of the past between: as before
  EXPECT_EQ(iso(extract("It rained on Saturday and Sunday.")[1].date), "2026-02-08");
  EXPECT_EQ(iso(extract("Talks will start on 20 February. On Tuesday, the minister spoke.")[1].date), "2026-02-10");
  EXPECT_EQ(iso(extract("Talks will start on 20 February and ended on Tuesday.")[1].date), "2026-02-10");
}

TEST(ExtractProbe13, AWeekdayThatOwnsTheSubjectOfAClauseAhead) {
  EXPECT_EQ(iso(only("Sunday's election will decide the race.", "Sunday").date), "2026-02-15");
  EXPECT_EQ(iso(only("Thursday's rate meeting will set rates.", "Thursday").date), "2026-02-12");
  // in the past, as before
  EXPECT_EQ(iso(only("Friday's vote was close.", "Friday").date), "2026-02-06");
  EXPECT_EQ(iso(only("Monday's deadline passed without a deal.", "Monday").date), "2026-02-09");
}

TEST(ExtractProbe13, FourDigitHoursJoinedToANoughtLedTime) {
  EXPECT_EQ(spans_of(extract("A curfew runs from 2200 to 0600.")), "");
  EXPECT_EQ(spans_of(extract("A curfew runs from 1900 to 0500.")), "");
  // two years, or a count with its unit, as before
  EXPECT_EQ(spans_of(extract("Prices rose from 1900 to 2000.")), "from 1900 to 2000");
  EXPECT_EQ(spans_of(extract("Output rose from 1200 to 0900 tonnes.")), "1200");
}

TEST(ExtractProbe13, FourDigitHoursWithTheClocksWord) {
  EXPECT_EQ(spans_of(extract("The train leaves at 1400 hrs.")), "");
  EXPECT_EQ(spans_of(extract("The curfew starts at 2100 local time.")), "");
  EXPECT_EQ(spans_of(extract("By 1800 hours the fire was out.")), "");
  EXPECT_EQ(spans_of(extract("The fire was out, by 1800 hours, officials said.")), "");
  EXPECT_EQ(spans_of(extract("The race starts at 1400 GMT on Friday.")), "Friday");
  // a duration, an amount and a year, as before
  EXPECT_EQ(spans_of(extract("He worked 1400 hours of overtime.")), "1400 hours");
  EXPECT_EQ(spans_of(extract("Care grew by 1200 hours of help.")), "1200 hours");
  EXPECT_EQ(spans_of(extract("Sea levels will rise by 2100.")), "2100");
  EXPECT_EQ(spans_of(extract("The index closed at 2450 points.")), "2450");
}

TEST(ExtractProbe13, WedsIsWednesdayBeforeADate) {
  const Mention opens = only("It opens Weds 4 Feb.", "Weds 4 Feb");
  EXPECT_EQ(iso(opens.date), "2026-02-04");
  // alone, as "Wed" and "Sat" are, no date; the verb as before
  EXPECT_EQ(spans_of(extract("The Weds meeting was short.")), "");
  EXPECT_EQ(spans_of(extract("He weds in June.")), "June");
}

TEST(ExtractProbe13, ASentenceOpenedByItsYearPlacesItsYearlessDates) {
  EXPECT_EQ(iso(only("In 2024, the firm cut 300 jobs on 5 March.", "5 March").date), "2024-03-05");
  EXPECT_EQ(iso(only("In 2019, sales peaked in March.", "March").date), "2019-03");
  const std::vector<Mention> moves = extract("In 2019 he moved to Paris in May and to Rome in June.");
  ASSERT_EQ(spans_of(moves), "2019|May|June");
  EXPECT_EQ(iso(moves[2].date), "2019-06");
  EXPECT_EQ(iso(only("In 2024, Friday 3 May was a holiday.", "Friday 3 May").date), "2024-05-03");
  // the next sentence, a year not opening its sentence, or a weekday that does not fit: as before
  EXPECT_EQ(iso(extract("In 2019 sales rose. In March they fell.")[1].date), "2025-03");
  EXPECT_EQ(iso(only("The firm grew in 2019 and in March.", "March").date), "2025-03");
  EXPECT_EQ(iso(only("In 2019, Thursday 9 January was cold.", "Thursday 9 January").date), "2025-01-09");
}

}  // namespace
}  // namespace figcheck
