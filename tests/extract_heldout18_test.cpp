// Held-out round 18 (articles 139-144): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/check.h"
#include "figcheck/dataset.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 6};  // a Friday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut18, ThanExpectedComparesWithAForecastAndLooksNoWayAhead) {
  EXPECT_EQ(iso(only("Employers added fewer jobs than expected in October.", "October").date), "2026-10");
  EXPECT_EQ(iso(only("Prices rose as expected in September.", "September").date), "2026-09");
  // a forecast still looks ahead, and "as expected" keeps the clause's "will"
  EXPECT_EQ(iso(only("A decision is expected in March.", "March").date), "2027-03");
  EXPECT_EQ(iso(only("The Fed will cut again as expected in March.", "March").date), "2027-03");
}

TEST(ExtractHeldOut18, AstronomicalUnitsAreAUnit) {
  const Mention perihelion = only("It will pass within 1.6 astronomical units of the Sun.", "1.6 astronomical units");
  EXPECT_EQ(perihelion.kind, MentionKind::kQuantity);
  EXPECT_EQ(perihelion.unit, "au");
  EXPECT_DOUBLE_EQ(*perihelion.value, 1.6);
  EXPECT_EQ(only("The probe is now about 62 astronomical units away.", "about 62 astronomical units").qualifier,
            Qualifier::kAbout);
  EXPECT_EQ(only("Earth sits at 1 astronomical unit.", "1 astronomical unit").unit, "au");
  // "astronomical" alone is an adjective
  EXPECT_EQ(spans_of(extract("It cost 40 astronomical sums.")), "40");
}

TEST(ExtractHeldOut18, OnePartInTenThousandIsAShare) {
  const Mention precision = only("They measured its speed to one part in 10,000.", "one part in 10,000");
  EXPECT_EQ(precision.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*precision.value, 0.01);
  EXPECT_DOUBLE_EQ(*only("a dilution of 1 part in 50", "1 part in 50").value, 2);
  // a part of a whole thing is no share
  EXPECT_EQ(spans_of(extract("She played one part in the film, 12 in all.")), "12");
}

TEST(ExtractHeldOut18, AndHalfOfThemIsAShare) {
  const Mention half = only("Mothers walk for hours, and half of them leave with nothing.", "half");
  EXPECT_EQ(half.kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*half.value, 50);
  // after a numeral "and half" is part of the number
  EXPECT_EQ(spans_of(extract("It took two and half of the time.")), "two");
}

TEST(ExtractHeldOut18, ASeedingOrRankingWrittenNoIsAnOrdinal) {
  const Mention seed = only("Kovac beat the No 3 seed Tiago Ferreira.", "No 3");
  EXPECT_EQ(seed.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*seed.value, 3);
  EXPECT_DOUBLE_EQ(*only("The 31-year-old, ranked world No 2, saved two match points.", "No 2").value, 2);
  EXPECT_EQ(only("She was the No. 1 seed.", "No. 1").kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("He is ranked No. 14 in the world.", "No. 14").kind, MentionKind::kOrdinal);
  // a number that names a thing stays a name
  EXPECT_EQ(spans_of(extract("Situation Report No. 41 was issued.")), "");
  EXPECT_EQ(spans_of(extract("A spokesman for No 10 said nothing.")), "");
}

TEST(ExtractHeldOut18, ARaceGapInSecondsIsADuration) {
  EXPECT_EQ(spans_of(extract("2 Brandt (Aurora) +4.213s; 3 Delle Fave (Vento) +11.704s")),
            "2|+4.213s|3|+11.704s");
  const Mention gap = only("Brandt finished +4.213s behind.", "+4.213s");
  EXPECT_EQ(gap.kind, MentionKind::kDuration);
  EXPECT_EQ(gap.unit, "seconds");
  EXPECT_DOUBLE_EQ(*gap.value, 4.213);
  EXPECT_EQ(only("Brandt was +4.2 seconds back.", "+4.2 seconds").kind, MentionKind::kDuration);
  EXPECT_EQ(only("He ran 9.58s in Berlin.", "9.58s").unit, "seconds");
  // decades and a dialled number keep their readings
  EXPECT_EQ(only("in the 1990s", "1990s").kind, MentionKind::kDateRange);
  EXPECT_EQ(spans_of(extract("Call +44 20 7946 0958 now.")), "");
}

TEST(ExtractHeldOut18, ALapTimeToFractionsOfASecondIsAResult) {
  EXPECT_EQ(spans_of(extract("the fastest lap, a 1:27.412 on the 47th lap")), "47th");
  EXPECT_EQ(spans_of(extract("She won in 2:16:04.5 ahead of 40 runners.")), "40");
  // a time of day before a full stop still ends its sentence
  EXPECT_EQ(spans_of(extract("It starts at 10:30. 5 people came.")), "5");
}

TEST(ExtractHeldOut18, ASetInAListOfSetScoresIsAScore) {
  EXPECT_EQ(spans_of(extract("beating him 6-4, 3-6, 7-6 (7-4), 4-6, 7-5 after four hours")), "four hours");
  EXPECT_EQ(spans_of(extract("She won 3-6, 6-4, 6-2.")), "");
  // lists of ranges only rise
  EXPECT_EQ(spans_of(extract("children aged 5-10, 11-16 and adults")), "5-10|11-16");
  EXPECT_EQ(spans_of(extract("The bands 2-3, 4-6 and 7-9 were used.")), "2-3|4-6|7-9");
}

TEST(ExtractHeldOut18, WorkingDaysAreDays) {
  const Mention wait = only("Switching takes about five working days.", "about five working days");
  EXPECT_EQ(wait.kind, MentionKind::kDuration);
  EXPECT_EQ(wait.unit, "days");
  EXPECT_DOUBLE_EQ(*wait.value, 5);
  EXPECT_EQ(only("Refunds arrive within ten business days.", "ten business days").unit, "days");
  // a working thing is no span of time
  EXPECT_EQ(spans_of(extract("It has two working engines.")), "two");
}

TEST(ExtractHeldOut18, AYearBeforeAndASmallCountStaysAYear) {
  EXPECT_EQ(iso(only("Sales fell in 2019 and 40 stores closed.", "2019").date), "2019");
  EXPECT_EQ(iso(only("It reached 26 km/s in 2017 and 58 km/s last year.", "2017").date), "2017");
  // counts in the thousands on both sides are a range, and "from ... to" a change of a count
  EXPECT_EQ(only("between 2000 and 3,000 people", "between 2000 and 3,000").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It fell from 2000 to 300 people.", "2000").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut18, AQuarterPointMoveIsAShareOfAPercentagePoint) {
  const Mention cut = only("Traders see a third quarter-point cut in December.", "quarter-point");
  EXPECT_EQ(cut.kind, MentionKind::kPercent);
  EXPECT_EQ(cut.unit, "percentage_points");
  EXPECT_DOUBLE_EQ(*cut.value, 0.25);
  EXPECT_DOUBLE_EQ(*only("The bank made a half-point cut.", "half-point").value, 0.5);
  // a half-point in a game, and a quarter-final, are no rate
  EXPECT_EQ(spans_of(extract("He holds a half-point lead.")), "");
  EXPECT_EQ(spans_of(extract("She reached the quarter-final.")), "");
}

TEST(ExtractHeldOut18, ACodeAndADashedModelVariantAreNames) {
  EXPECT_EQ(spans_of(extract("The captain set the transponder code 7700.")), "");
  EXPECT_EQ(spans_of(extract("In March a Boeing 737-800 flying from Manchester descended.")), "March");
  // a range after a place name still counts
  EXPECT_EQ(spans_of(extract("Aid flowed into Gaza 300-400 trucks a day.")), "300-400 trucks a day");
  EXPECT_EQ(spans_of(extract("Under the code, 40 firms signed.")), "40");
}

TEST(ExtractHeldOut18, ADateBeforeACommaTakesTheFutureOfItsClauseUnlessAPastPhraseHoldsIt) {
  constexpr Date kSunday{2026, 7, 13};
  EXPECT_EQ(iso(only("At its nearest, in early December, it will be 135 million km away.", "December", kSunday).date),
            "2026-12");
  EXPECT_EQ(iso(only("Its next board meeting, on 26 February, will consider it.", "26 February", kSunday).date),
            "2027-02-26");
  // a past participle before the date places it in its own phrase
  EXPECT_EQ(iso(only("Osei, ranked 212th in May, will rise to 18th.", "May", kSunday).date), "2026-05");
  EXPECT_EQ(iso(only("The plant, opened in March, will close.", "March", kSunday).date), "2026-03");
  EXPECT_EQ(iso(only("In March, it rose.", "March", kSunday).date), "2026-03");
}

TEST(ExtractHeldOut18, ASentenceOpenedByASpanWithItsClauseAheadGivesTheDuration) {
  const Mention decade = only("In a decade we may have dozens.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(only("In a year the plant will close.", "a year").unit, "years");
  // a moment, or a clause in the past, gives none
  EXPECT_EQ(spans_of(extract("In a week he was gone.")), "");
  EXPECT_EQ(spans_of(extract("In a day of protests, police arrested 40.")), "40");
}

TEST(ExtractHeldOut18, PlacesOnAResultsLineAndALapAreOrdinals) {
  EXPECT_EQ(spans_of(extract("Result: 1 Lindqvist (Aurora) 1hr 24min 36.118sec; 2 Brandt (Aurora) +4.213s")),
            "1|2|+4.213s");
  const Mention first = only("Result: 1 Lindqvist (Aurora); 2 Brandt (Aurora)", "1");
  EXPECT_EQ(first.kind, MentionKind::kOrdinal);
  EXPECT_EQ(only("Drivers' standings: 1 Lindqvist; 2 Delle Fave 176; 3 Brandt 151.", "3").kind,
            MentionKind::kOrdinal);
  EXPECT_EQ(only("Drivers' standings: 1 Lindqvist; 2 Delle Fave 176; 3 Brandt 151.", "176").kind,
            MentionKind::kNumber);
  const Mention lap = only("He left the track on lap 31.", "31");
  EXPECT_EQ(lap.kind, MentionKind::kOrdinal);
  EXPECT_DOUBLE_EQ(*lap.value, 31);
  // another line's list keeps its counts; a span said "1h 30m" is no race time
  EXPECT_EQ(only("Votes: 12 Labour; 9 Reform", "12").kind, MentionKind::kNumber);
  EXPECT_EQ(only("a 5 km lap 3 times a day", "5 km").unit, "km");
}

TEST(ExtractHeldOut18, APartSetOffByCommasLeavesTheWholeItsVerb) {
  // ", 89 of them children,": an aside, so "At least 154" reaches "have died of malnutrition"
  const Report report = check("In Gaza, at least 154 people, 89 of them children, have died of malnutrition "
                              "since the start of the war, the ministry said.",
                              Date{2025, 7, 30}, bundled_dataset());
  const auto fact_of = [&](std::string_view figure) {
    for (const Finding& finding : report.findings) {
      if (finding.mention.text == figure) return std::string(finding.fact_id);
    }
    return std::string("(no mention)");
  };
  EXPECT_EQ(fact_of("at least 154"), "gaza.malnutrition_deaths.cumulative");
  // the part in the aside shares its clause: "died of malnutrition" rules out the war's
  // count of children killed
  EXPECT_NE(fact_of("89"), "gaza.children_killed.cumulative");
}

TEST(ExtractHeldOut18, OverAfterAFigureAndItsNounIsTheSpanCountedAcross) {
  EXPECT_EQ(spans_of(extract("They used 212 observations over eight nights.")), "212|eight");
  EXPECT_EQ(only("They used 212 observations over eight nights.", "eight").qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("It recorded 40 deaths over three days.")), "40|three days");
  // an age after a count and its noun is still a bound
  EXPECT_EQ(only("There are 200 people over 65 here.", "over 65").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut18, AFrontedDateTakesTheFutureOfTheClauseAfterItsComma) {
  constexpr Date kFriday{2026, 11, 27};
  const Mention months = only("From January to March, electricity will cost 24.86p per kWh.",
                              "From January to March", kFriday);
  EXPECT_EQ(iso(months.date), "2027-01");
  EXPECT_EQ(iso(months.date_end), "2027-03");
  EXPECT_EQ(iso(only("In March, the cap will fall.", "March", kFriday).date), "2027-03");
  // a reported clause, or a clause in the past before the date, keeps it past
  EXPECT_EQ(iso(only("In March, officials said it will fall.", "March", kFriday).date), "2026-03");
  EXPECT_EQ(iso(only("The truce ended in March, when talks will resume.", "March", kFriday).date), "2026-03");
  EXPECT_EQ(iso(only("The truce ran from January to March, when talks will resume.", "from January to March",
                     kFriday)
                    .date),
            "2026-01");
  EXPECT_EQ(iso(only("A hearing is listed for 9 January, when prosecutors will ask.", "9 January", kFriday).date),
            "2027-01-09");
}

TEST(ExtractHeldOut18, ABarePairOfSmallNumbersAfterAtIsTheScoreAMomentStoodAt) {
  EXPECT_EQ(spans_of(extract("He saved two match points at 4-5 in the fifth set.")), "two|fifth");
  EXPECT_EQ(spans_of(extract("At 4-5 down, she broke back.")), "");
  // a second score joined to one by "and"; a range of counts joined so stays one
  EXPECT_EQ(spans_of(extract("At 4-5 and 15-40 I was already thinking about next year.")), "next year");
  EXPECT_EQ(spans_of(extract("It was at 4-5 and 15-40 people left.")), "15-40");
  EXPECT_EQ(spans_of(extract("children aged 5-10 and 11-16")), "5-10|11-16");
  // a unit, a multiplier or a noun after the pair makes it a range
  EXPECT_EQ(spans_of(extract("Rates stood at 4-5% and at 4-5 per cent.")), "4-5%|4-5 per cent");
  EXPECT_EQ(spans_of(extract("It grew at 2-3 times the rate.")), "2-3");
  EXPECT_EQ(spans_of(extract("Children start school at 4-5 years old.")), "4-5 years old");
}

TEST(ExtractHeldOut18, AVerbBeforeTheJanuaryCeasefireActsOnTheEventNotOnItsMonth) {
  const auto verdict_of = [](std::string_view text, std::string_view figure) {
    const Report report = check(text, Date{2025, 7, 30}, bundled_dataset());
    for (const Finding& finding : report.findings) {
      if (finding.mention.text == figure) return finding.verdict;
    }
    return Verdict::kUnverified;
  };
  // the month names the ceasefire (it began in January); "broke" is about its end
  EXPECT_NE(verdict_of("In Gaza, Israel broke the January ceasefire on March 18.", "January"),
            Verdict::kContradicted);
  constexpr const char* kResumed =
      "In Gaza, since Israel broke the January ceasefire and resumed its offensive on March 18, 6,500 people "
      "have been killed.";
  EXPECT_NE(verdict_of(kResumed, "January"), Verdict::kContradicted);
  EXPECT_EQ(verdict_of(kResumed, "March 18"), Verdict::kSupported);
  // a date after its verb still takes it
  EXPECT_EQ(verdict_of("In Gaza, Israel broke the ceasefire on March 18.", "March 18"), Verdict::kSupported);
}

TEST(ExtractHeldOut18, BetweenOneAndTenIsARange) {
  const Mention range = only("Surveys should find between one and ten people.", "between one and ten");
  EXPECT_DOUBLE_EQ(*range.low, 1);
  EXPECT_DOUBLE_EQ(*range.high, 10);
  EXPECT_EQ(only("It spans between one and 3 km.", "between one and 3 km").unit, "km");
  // "one" as a pronoun stays none
  EXPECT_EQ(spans_of(extract("Choose between one and the other.")), "");
}

TEST(ExtractHeldOut18, TheOddsOfAThingAtADateTakeTheNearestSuchDate) {
  const Mention meeting =
      only("Traders raised the odds of a quarter-point cut at the Dec. 8-9 meeting to 71%.", "Dec. 8-9");
  EXPECT_EQ(iso(meeting.date), "2026-12-08");
  EXPECT_EQ(iso(meeting.date_end), "2026-12-09");
  // the nearest either side: a date just gone stays back
  EXPECT_EQ(iso(only("The odds of a win on 3 October had been slim.", "3 October").date), "2026-10-03");
}

}  // namespace
}  // namespace figcheck
