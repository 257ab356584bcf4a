// Held-out round 4 (articles 55-60): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 6};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut4, AboveAndBelowAreMoreThanAndLessThan) {
  // the corpus annotates 'above'/'below' as more_than/less_than (articles 45, 47, 56, 57, 59)
  const Mention above = only("temperatures stay above 20C at night", "above 20C");
  EXPECT_EQ(above.kind, MentionKind::kQuantity);
  EXPECT_EQ(above.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(above.value, 20);
  const Mention below = only("charges would stay below 0.3% of loans", "below 0.3%");
  EXPECT_EQ(below.qualifier, Qualifier::kLessThan);
  EXPECT_EQ(to_string(below.qualifier), "less_than");
  // 'above' straight after a figure is a comparison, not a bound on the next one
  EXPECT_EQ(spans_of(extract("warming of 1.5C above 1850 levels")), "1.5C|1850");
  // 'over' and 'under' keep their own names
  EXPECT_EQ(only("over 60% of the vote", "over 60%").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("voters under 30", "under 30").qualifier, Qualifier::kUnder);
}

TEST(ExtractHeldOut4, LitresAreAVolumeAndRatesPerHeadNamePerson) {
  const Mention volume = only("Fuel delivered: 1.1 million litres\n", "1.1 million litres");
  EXPECT_EQ(volume.kind, MentionKind::kQuantity);
  EXPECT_EQ(volume.value, 1.1e6);
  EXPECT_EQ(volume.unit, "litres");
  // a rate of a volume keeps the name the corpus gives it ("litres/day", 50 and 54)
  EXPECT_EQ(only("running at 200,000 litres a day", "200,000 litres a day").unit, "litres/day");
  const Mention per_head = only("water fell to 6 litres per person per day, against", "6 litres per person per day");
  EXPECT_EQ(per_head.kind, MentionKind::kQuantity);
  EXPECT_EQ(per_head.value, 6);
  EXPECT_EQ(per_head.unit, "litres/person/day");
  // the head may be a head or capita, the period absent
  EXPECT_EQ(only("about 2kg per head each month", "about 2kg per head each month").unit, "kg/person/month");
  EXPECT_EQ(only("using 140 litres per capita.", "140 litres per capita").unit, "litres/person");
  const Mention range = only("it stood at 9\u201311 litres per person per day.", "9\u201311 litres per person per day");
  EXPECT_EQ(range.low, 9);
  EXPECT_EQ(range.high, 11);
  EXPECT_EQ(range.unit, "litres/person/day");
  // "each person" is no head of a rate
  EXPECT_EQ(spans_of(extract("he weighed 80 kg each person said")), "80 kg");
  // "2000 litres" counts, it is no year
  EXPECT_EQ(only("a tank of 2000 litres", "2000 litres").kind, MentionKind::kQuantity);
}

TEST(ExtractHeldOut4, CentsAreHundredthsOfTheCurrency) {
  const Mention cents = only("Corvane's shares gained 38 cents to $17.94", "38 cents");
  EXPECT_EQ(cents.kind, MentionKind::kMoney);
  EXPECT_NEAR(*cents.value, 0.38, 1e-12);
  EXPECT_EQ(cents.unit, "USD");
  // after money in euros, cents are euro cents; after pounds (no cents) dollars remain the guess
  EXPECT_EQ(only("The stock closed at \u20ac4.10, up 12 cents.", "12 cents").unit, "EUR");
  EXPECT_EQ(only("It cost \u00a35; a stamp is 90 cents.", "90 cents").unit, "USD");
  // "per cent" stays a percentage
  EXPECT_EQ(only("rose 38 per cent", "38 per cent").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut4, PointsInASentenceAboutPollsOrVotesArePercentagePoints) {
  const Mention swing = only("Analysts put the swing from the Social Democrats to the Alliance at 6.1 points, the largest.",
                             "6.1 points");
  EXPECT_EQ(swing.kind, MentionKind::kPercent);
  EXPECT_EQ(swing.value, 6.1);
  EXPECT_EQ(swing.unit, "percentage_points");
  const Mention lead = only("The final survey of the campaign, published on Thursday, gave it a lead of nine points.",
                            "nine points");
  EXPECT_EQ(lead.kind, MentionKind::kPercent);
  EXPECT_EQ(lead.value, 9);
  EXPECT_EQ(lead.unit, "percentage_points");
  // no poll or vote in the sentence: points stay points (a league table, a peace plan)
  EXPECT_EQ(only("They finished 10 points clear of Arsenal.", "10").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The poll closed. The plan lists 20 points.", "20").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Turnout was 3 points higher than in 2021.", "3 points").unit, "percentage_points");
}

void expect_duration(std::string_view text, std::string_view span, double value, std::string_view unit,
                     Qualifier qualifier = Qualifier::kNone) {
  const Mention m = only(text, span);
  EXPECT_EQ(m.kind, MentionKind::kDuration) << text;
  EXPECT_EQ(m.value, value) << text;
  EXPECT_EQ(m.unit, unit) << text;
  EXPECT_EQ(m.qualifier, qualifier) << text;
}

TEST(ExtractHeldOut4, DurationsWithoutANumeral) {
  // the span between two moments, as "842 days after the attack"
  expect_duration("National Renewal, which polled 14\u201315% a week before the vote, gained.", "a week", 1, "weeks");
  expect_duration("He was arrested a day after the attack.", "a day", 1, "days");
  // a verb of lasting, or a bound, before the article
  expect_duration("enough beds for a heatwave lasting a week.", "a week", 1, "weeks");
  expect_duration("Repairs could take up to a week.", "up to a week", 1, "weeks", Qualifier::kUpTo);
  expect_duration("have been in use for more than a quarter of a century, and", "more than a quarter of a century",
                  25, "years", Qualifier::kMoreThan);
  expect_duration("after half a century of rule", "half a century", 50, "years");
  expect_duration("a quarter-century of peace", "a quarter-century", 25, "years");
  expect_duration("it has stood for a century.", "a century", 100, "years");
  // a rate, not a span: the figure before it is counted per period
  EXPECT_EQ(spans_of(extract("600 trucks a week before the war")), "600 trucks a week");
  EXPECT_EQ(spans_of(extract("less than $3bn a year before the war")), "less than $3bn");
  EXPECT_EQ(spans_of(extract("inflation ran at 2% a year before the crisis")), "2%");
  // a frequency, not a span
  EXPECT_EQ(spans_of(extract("He runs once a week before dinner and twice a week after work.")), "");
  // an age
  EXPECT_EQ(spans_of(extract("a half-century-old building")), "");
  // "a year earlier" names a time relative to another (not a mention); "a week ago" is a date
  EXPECT_EQ(spans_of(extract("from \u20ac3.5bn a year earlier")), "\u20ac3.5bn");
  EXPECT_EQ(only("said a week ago", "a week ago").kind, MentionKind::kDate);
  // "a quarter of" a whole that is no span stays a share
  EXPECT_EQ(only("a quarter of the vote", "a quarter").kind, MentionKind::kPercent);
}

TEST(ExtractHeldOut4, ThePastOrNextPeriodIsASpan) {
  expect_duration("Heavy rain again in the past week flooded tents.", "past week", 1, "weeks");
  expect_duration("deaths may roughly double over the next decade.", "next decade", 10, "years");
  expect_duration("prices rose during the last year.", "last year", 1, "years");
  expect_duration("talks are expected within the coming fortnight", "coming fortnight", 2, "weeks");
  // without "the" it is a date ("last week"), and without a preposition a moment
  EXPECT_EQ(only("said last week", "last week").kind, MentionKind::kDateRange);
  EXPECT_EQ(spans_of(extract("The next day they left.")), "");
  // a week of the calendar
  EXPECT_EQ(spans_of(extract("In the last week of January")), "January");
  EXPECT_EQ(spans_of(extract("during the next year or two")), "two");
}

TEST(ExtractHeldOut4, ARangeOfSharesInWords) {
  const Mention range = only("such plans cut deaths by between a fifth and a third.", "between a fifth and a third");
  EXPECT_EQ(range.kind, MentionKind::kPercent);
  EXPECT_FALSE(range.value.has_value());
  EXPECT_NEAR(*range.low, 20, 1e-9);
  EXPECT_NEAR(*range.high, 33.33, 1e-9);
  EXPECT_EQ(spans_of(extract("such plans cut deaths by between a fifth and a third.")),
            "between a fifth and a third");
  const Mention words = only("between one quarter and two-thirds of voters", "between one quarter and two-thirds");
  EXPECT_NEAR(*words.low, 25, 1e-9);
  EXPECT_NEAR(*words.high, 66.67, 1e-9);
  // places written as places stay ordinals
  EXPECT_EQ(spans_of(extract("between the third and fifth rounds")), "third|fifth");
}

TEST(ExtractHeldOut4, TwoMonthNamesMakeAMonthRange) {
  constexpr Date published{2025, 11, 6};
  const Mention quarter = only("deliveries slid 19 per cent in the July\u2013September period.",
                               "July\u2013September", published);
  EXPECT_EQ(quarter.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(quarter.date), "2025-07");
  EXPECT_EQ(iso(quarter.date_end), "2025-09");
  // across a new year the end falls in the next
  const Mention winter = only("sales in the November-February season", "November-February", published);
  EXPECT_EQ(iso(winter.date), "2025-11");
  EXPECT_EQ(iso(winter.date_end), "2026-02");
  // "May" needs a date context as it does alone; with one it is a range too
  EXPECT_EQ(spans_of(extract("the May-June period", published)), "");
  EXPECT_EQ(iso(only("in May\u2013June", "May\u2013June", published).date_end), "2025-06");
}

TEST(ExtractHeldOut4, ADateTakesNoBound) {
  constexpr Date published{2025, 12, 17};
  const auto mentions = extract("The next update will be issued on or around 31 December.", published);
  ASSERT_EQ(mentions.size(), 1u) << spans_of(mentions);
  EXPECT_EQ(mentions[0].text, "31 December");
  EXPECT_EQ(mentions[0].kind, MentionKind::kDate);
  EXPECT_EQ(mentions[0].qualifier, Qualifier::kNone);
  EXPECT_EQ(iso(mentions[0].date), "2025-12-31");
  EXPECT_EQ(spans_of(extract("about May 2024 it changed", published)), "May 2024");
  // a count after the bound keeps it
  EXPECT_EQ(only("about 12 people", "about 12").qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("around 2,000 people", "around 2,000").qualifier, Qualifier::kAround);
}

TEST(ExtractHeldOut4, AnObligationByADateLooksAhead) {
  constexpr Date published{2026, 3, 9};
  EXPECT_EQ(iso(only("the new Assembly must meet within 30 days of the vote, by 7 April, and a first vote",
                     "7 April", published).date),
            "2026-04-07");
  EXPECT_EQ(iso(only("Parliament must meet by 7 April.", "7 April", published).date), "2026-04-07");
  // an inference about the past, a date that is not a deadline, or a new clause: the past
  EXPECT_EQ(iso(only("He must have left by 7 April.", "7 April", published).date), "2025-04-07");
  EXPECT_EQ(iso(only("Israel must move to the second phase as agreed on 7 April.", "7 April", published).date),
            "2025-04-07");
  EXPECT_EQ(iso(only("The troops must go home. By 7 April most had.", "7 April", published).date), "2025-04-07");
}

TEST(ExtractHeldOut4, EarlierTodayIsTheDaySpannedWhole) {
  constexpr Date published{2026, 1, 24};
  const auto mentions = extract("dozens of flights were diverted earlier today, and", published);
  const Mention day = only("dozens of flights were diverted earlier today, and", "earlier today", published);
  EXPECT_EQ(day.kind, MentionKind::kDate);
  EXPECT_EQ(iso(day.date), "2026-01-24");
  EXPECT_EQ(spans_of(mentions), "dozens|earlier today");
  EXPECT_EQ(iso(only("it will land later tonight", "later tonight", published).date), "2026-01-24");
}

TEST(ExtractHeldOut4, ABondsTermIsPartOfItsName) {
  EXPECT_EQ(spans_of(extract("the yield on the 10-year government bond fell 4 basis points to 3.21%.")),
            "4 basis points|3.21%");
  EXPECT_EQ(spans_of(extract("two-year US Treasury yields rose")), "");
  EXPECT_EQ(spans_of(extract("Germany's 10-year Bund dropped")), "");
  // a term before other nouns is a duration
  EXPECT_EQ(only("a 10-year prison sentence", "10-year").kind, MentionKind::kDuration);
  EXPECT_EQ(only("a 20-year plan to cut debt", "20-year").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut4, AgesAreCounts) {
  const Mention band = only("A man in his 60s died when a tree fell", "60s");
  EXPECT_EQ(band.kind, MentionKind::kNumber);
  EXPECT_FALSE(band.value.has_value());
  EXPECT_EQ(band.low, 60);
  EXPECT_EQ(band.high, 69);
  EXPECT_EQ(only("a woman in her mid-30s", "30s").low, 30);
  EXPECT_EQ(spans_of(extract("people in their 20s and 30s")), "20s|30s");
  // without a possessive the decade may be a temperature or the 1960s: not read
  EXPECT_EQ(spans_of(extract("highs in the 60s on the coast")), "");
  // an age in units of time after "aged" is a count, as "a two-month-old baby" is
  const Mention aged = only("1,560 children aged 6\u201359 months were admitted", "6\u201359 months");
  EXPECT_EQ(aged.kind, MentionKind::kNumber);
  EXPECT_EQ(aged.low, 6);
  EXPECT_EQ(aged.high, 59);
  EXPECT_EQ(aged.unit, "");
  const Mention under = only("children aged under 5 years", "under 5 years");
  EXPECT_EQ(under.kind, MentionKind::kNumber);
  EXPECT_EQ(under.qualifier, Qualifier::kUnder);
  // a span of time elsewhere stays one
  EXPECT_EQ(only("the siege lasted 6 months", "6 months").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut4, DegreesTakeTheScaleOfTheTextsTemperatures) {
  const auto celsius = extract("Europe has warmed by about 2.4C. A rise of 0.5 degrees in the average matters.");
  ASSERT_EQ(celsius.size(), 2u) << spans_of(celsius);
  EXPECT_EQ(celsius[1].text, "0.5 degrees");
  EXPECT_EQ(celsius[1].unit, "C");
  EXPECT_EQ(only("It hit 98.6\u00b0F; a drop of 2 degrees followed.", "2 degrees").unit, "F");
  // no scale given, or both: plain degrees
  EXPECT_EQ(only("a rise of 0.5 degrees", "0.5 degrees").unit, "degrees");
  EXPECT_EQ(only("It was 30C (86\u00b0F), a rise of 2 degrees.", "2 degrees").unit, "degrees");
}

}  // namespace
}  // namespace figcheck
