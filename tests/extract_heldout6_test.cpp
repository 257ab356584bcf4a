// Held-out round 6 (articles 67-72): forms the extractor missed before reading them,
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

constexpr Date kPublished{2026, 3, 3};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

// ---------------------------------------------------------------------------------------
// A. Yearless dates

TEST(ExtractHeldOut6, AClauseThatLooksAheadIgnoresTheSameDayWrittenInThePast) {
  const std::string text =
      "Since 1 April 2025 first-time buyers have been spared stamp duty. "
      "The lender's next index, covering March, is due on 1 April.";
  EXPECT_EQ(iso(only(text, "1 April").date), "2026-04-01");
  // negative cases: without a future tense the written year still picks the reading
  EXPECT_EQ(iso(only("The relief began on 1 April 2025. Prices fell sharply on 1 April, agents said.",
                     "1 April")
                    .date),
            "2025-04-01");
  EXPECT_EQ(iso(only("The bill funds agencies until 30 January 2027. The money runs out on 30 January.",
                     "30 January", Date{2026, 11, 20})
                    .date),
            "2027-01-30");
}

TEST(ExtractHeldOut6, APastVerbNearerTheDateOutweighsAFutureWordBeforeIt) {
  constexpr Date kThursday{2026, 2, 12};
  EXPECT_EQ(iso(only("The number of people waiting for planned hospital treatment fell to 187,420 at "
                     "the end of December, according to NHS figures.",
                     "December", kThursday)
                    .date),
            "2025-12");
  EXPECT_EQ(iso(only("Talks expected to settle the deal collapsed on 20 March.", "20 March", kThursday).date),
            "2025-03-20");
  // a relative clause's verb is as finite as any
  EXPECT_EQ(iso(only("Officials expect to revive the talks that collapsed on 20 March.", "20 March", kThursday)
                    .date),
            "2025-03-20");
  // negative cases: the future word nearest the date still rules; a participle after
  // "be" or an article is no finite past
  EXPECT_EQ(iso(only("The planned strike on 3 March would close schools.", "3 March", kThursday).date),
            "2026-03-03");
  EXPECT_EQ(iso(only("Talks that began in May will resume on 3 March.", "3 March", kThursday).date),
            "2026-03-03");
  EXPECT_EQ(iso(only("The vote is scheduled to be held on 3 March.", "3 March", kThursday).date),
            "2026-03-03");
  EXPECT_EQ(iso(only("Parliament will hold a delayed vote on 3 March.", "3 March", kThursday).date),
            "2026-03-03");
}

TEST(ExtractHeldOut6, ADateSetOffByCommasTakesTheVerbAfterIt) {
  constexpr Date kThursday{2026, 2, 12};
  EXPECT_EQ(iso(only("Its next board meeting, on 26 February, will consider moving surgery.", "26 February",
                     kThursday)
                    .date),
            "2026-02-26");
  // negative cases: a past verb after the date, or a comma ending the clause
  EXPECT_EQ(iso(only("Its last board meeting, on 26 February, approved the plan.", "26 February", kThursday)
                    .date),
            "2025-02-26");
  EXPECT_EQ(iso(only("The board met on 26 February, and will meet again in the spring.", "26 February",
                     kThursday)
                    .date),
            "2025-02-26");
}

TEST(ExtractHeldOut6, ADeliveryMonthIsTheComingOne) {
  constexpr Date kOctober{2025, 10, 14};
  EXPECT_EQ(iso(only("Milling wheat for December delivery traded at \u20ac189 a tonne in Paris.", "December",
                     kOctober)
                    .date),
            "2025-12");
  EXPECT_EQ(iso(only("Brent crude for March delivery rose 2%.", "March", kOctober).date), "2026-03");
  EXPECT_EQ(iso(only("The January contract slipped in thin trade.", "January", kOctober).date), "2026-01");
  // negative cases: a month of the market's past stays past
  EXPECT_EQ(iso(only("Wheat prices fell in December after the harvest.", "December", kOctober).date),
            "2024-12");
  EXPECT_EQ(iso(only("Deliveries in December were late.", "December", kOctober).date), "2024-12");
}

TEST(ExtractHeldOut6, APastParticipleMakesAYearlessDateAPastOne) {
  constexpr Date kAugust{2024, 8, 15};
  EXPECT_EQ(iso(only("Hostages: Of the 251 people taken hostage on 7 October, 111 are still in Gaza, "
                     "including 39 whom the military says are dead.",
                     "7 October", kAugust)
                    .date),
            "2023-10-07");
  EXPECT_EQ(iso(only("Of the 40 premature children born on 1 October, 12 are in intensive care across the region.",
                     "1 October", kAugust)
                    .date),
            "2023-10-01");
  // negative case: a sentence with nothing in the past, its date after the main clause,
  // still reads the near day ahead
  EXPECT_EQ(iso(only("The top two go up automatically; the sides finishing third to sixth enter the "
                     "play-offs, with the final at Wembley on 23 May.",
                     "23 May", Date{2026, 3, 14})
                    .date),
            "2026-05-23");
}

// ---------------------------------------------------------------------------------------
// B. Units and rates

TEST(ExtractHeldOut6, NauticalMilesAndKnotsTakeTheirSymbols) {
  const Mention far = only("cruising at about 450 knots some 140 nautical miles west of the coast",
                           "some 140 nautical miles");
  EXPECT_EQ(far.kind, MentionKind::kQuantity);
  EXPECT_EQ(far.value, 140);
  EXPECT_EQ(far.unit, "nmi");
  EXPECT_EQ(far.qualifier, Qualifier::kSome);
  const Mention speed = only("cruising at about 450 knots some 140 nautical miles west", "about 450 knots");
  EXPECT_EQ(speed.unit, "kn");
  EXPECT_EQ(speed.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("1,450 km is 783 nautical miles", "783 nautical miles").unit, "nmi");
  EXPECT_EQ(only("a ship 1 nautical mile offshore", "1 nautical mile").unit, "nmi");
  // negative cases: land miles stay "mi"; "nautical" elsewhere makes no unit
  EXPECT_EQ(only("a drive of 40 miles", "40 miles").unit, "mi");
  EXPECT_EQ(only("the nautical chart showed 12 miles of reef", "12 miles").unit, "mi");
}

TEST(ExtractHeldOut6, ARatePerMinuteIsSpannedWhole) {
  const Mention descent = only("an average of more than 4,000 feet per minute, and landed",
                               "more than 4,000 feet per minute");
  EXPECT_EQ(descent.kind, MentionKind::kQuantity);
  EXPECT_EQ(descent.value, 4000);
  EXPECT_EQ(descent.unit, "ft/min");
  EXPECT_EQ(descent.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("the water rose 30 metres a minute", "30 metres a minute").unit, "m/min");
  // negative cases: "a minute later" is a moment, not a rate; other rates keep theirs
  EXPECT_EQ(spans_of(extract("it climbed 4,000 feet a minute later")), "4,000 feet");
  EXPECT_EQ(only("2,000 tonnes a day", "2,000 tonnes a day").unit, "t/day");
  EXPECT_EQ(only("winds of 185 miles per hour", "185 miles per hour").unit, "mph");
}

TEST(ExtractHeldOut6, AYieldOverAnAreaIsARate) {
  const Mention range = only("A good year gives 3,500 to 4,000 kilos a hectare,", "3,500 to 4,000 kilos a hectare");
  EXPECT_EQ(range.kind, MentionKind::kQuantity);
  EXPECT_EQ(range.low, 3500);
  EXPECT_EQ(range.high, 4000);
  EXPECT_EQ(range.unit, "kg/ha");
  EXPECT_EQ(only("hedgerow farms get 12 tonnes a hectare.", "12 tonnes a hectare").unit, "t/ha");
  EXPECT_EQ(only("yields of 3 tonnes per acre", "3 tonnes per acre").unit, "t/acre");
  // negative cases: an area alone, or a mass per day, is as before
  EXPECT_EQ(only("who farms 45 hectares of trees", "45 hectares").unit, "ha");
  EXPECT_EQ(only("12 tonnes a day", "12 tonnes a day").unit, "t/day");
  EXPECT_EQ(only("a 9-hectare plot", "9-hectare").unit, "ha");
}

TEST(ExtractHeldOut6, DinarsAreTheCurrencyOfTheCountryNamed) {
  const Mention tunisia = only("Tunisia, the biggest exporter, expects a record crop and earned about 5 billion "
                               "dinars ($1.7bn) from exports.",
                               "about 5 billion dinars");
  EXPECT_EQ(tunisia.kind, MentionKind::kMoney);
  EXPECT_EQ(tunisia.unit, "TND");
  EXPECT_EQ(tunisia.value, 5e9);
  EXPECT_EQ(tunisia.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("Tunisia, the biggest exporter, earned about 5 billion dinars ($1.7bn)", "$1.7bn").unit, "USD");
  const Mention jordan = only("a fine of 500 Jordanian dinars", "500 Jordanian dinars");
  EXPECT_EQ(jordan.kind, MentionKind::kMoney);
  EXPECT_EQ(jordan.unit, "JOD");
  EXPECT_EQ(only("In Kuwait, rents rose. A flat costs 400 dinars a month.", "400 dinars").unit, "KWD");
  // negative cases: no country, or two, leave a count; a country in another paragraph
  // does not count
  EXPECT_EQ(only("he paid 500 dinars for it", "500").kind, MentionKind::kNumber);
  EXPECT_EQ(only("Trade between Jordan and Iraq is settled at 500 dinars a tonne", "500").kind,
            MentionKind::kNumber);
  EXPECT_EQ(only("Tunisia exports oil.\n\nHe paid 500 dinars for it", "500").kind, MentionKind::kNumber);
}

// ---------------------------------------------------------------------------------------
// C. Qualifiers

TEST(ExtractHeldOut6, AboveBoundsMoneyAfterAVerbThatTakesOverAsAParticle) {
  const Mention above = only("\"If prices hold above \u20ac4, we get by,\" he said.", "above \u20ac4");
  EXPECT_EQ(above.kind, MentionKind::kMoney);
  EXPECT_EQ(above.unit, "EUR");
  EXPECT_EQ(above.value, 4);
  EXPECT_EQ(above.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(only("the index held above 5% all year", "above 5%").qualifier, Qualifier::kMoreThan);
  // negative cases: "hold over", "handed over" are particles; "above" straight after a
  // figure compares it
  EXPECT_EQ(only("they will hold over 40 hostages", "40").qualifier, Qualifier::kNone);
  EXPECT_EQ(only("Hamas handed over four coffins", "four").qualifier, Qualifier::kNone);
  EXPECT_EQ(spans_of(extract("prices rose 5% above \u20ac4 last year")), "5%|\u20ac4|last year");
}

// ---------------------------------------------------------------------------------------
// D. One unit of time as an adjective

TEST(ExtractHeldOut6, AWeekLongPauseIsADurationOfAWeek) {
  const Mention week = only("The only truce so far, a week-long pause that began on 28 November, saw 105 "
                            "hostages freed.",
                            "week-long", Date{2024, 8, 15});
  EXPECT_EQ(week.kind, MentionKind::kDuration);
  EXPECT_EQ(week.value, 1);
  EXPECT_EQ(week.unit, "weeks");
  EXPECT_EQ(only("a year-long siege", "year-long").unit, "years");
  const Mention decade = only("ending a decade-long war", "decade-long");
  EXPECT_EQ(decade.value, 10);
  EXPECT_EQ(decade.unit, "years");
  EXPECT_EQ(only("a yearlong inquiry", "yearlong").unit, "years");
  EXPECT_EQ(only("a day\u2011long strike", "day\u2011long").unit, "days");
  // negative cases: plurals are vague; no unit of time, or a word that runs on
  EXPECT_EQ(spans_of(extract("a months-long siege and a years-long inquiry")), "");
  EXPECT_EQ(spans_of(extract("a life-long friend and a week-long-ish break")), "");
  EXPECT_EQ(spans_of(extract("the long week ended")), "");
  EXPECT_EQ(only("a seven-day pause", "seven-day").value, 7);
}

// ---------------------------------------------------------------------------------------
// E. What is no figure

TEST(ExtractHeldOut6, FirstTimeBuyersAreNoOrdinal) {
  EXPECT_EQ(spans_of(extract("cheaper mortgages lure first-time buyers")), "");
  EXPECT_EQ(spans_of(extract("First-time buyers made up 53% of purchases")), "53%");
  EXPECT_EQ(spans_of(extract("a second-time mother")), "");
  // negative cases: an ordinal before other compounds, or before "time" as a word, stays
  EXPECT_EQ(only("Peru's second-largest city", "second").value, 2);
  EXPECT_EQ(only("third-quarter profit", "third").value, 3);
  EXPECT_EQ(only("for the first time since 2019", "first").value, 1);
}

TEST(ExtractHeldOut6, TheTermOfAMortgageProductIsNoDuration) {
  EXPECT_EQ(spans_of(extract("A two-year fixed rate below 4.5% would have looked out of reach.")), "below 4.5%");
  EXPECT_EQ(spans_of(extract("The average five-year fixed rate fell to 4.31% last month")), "4.31%|last month");
  EXPECT_EQ(spans_of(extract("the average five-year deal cost 6.37%.")), "6.37%");
  EXPECT_EQ(spans_of(extract("a three-year bond priced at 3.2%")), "3.2%");
  // negative cases: a term that spans time stays a duration, priced in money or not at all
  EXPECT_EQ(only("since joining on a three-year deal in the summer", "three-year").unit, "years");
  EXPECT_EQ(only("a two-week strike cut output by 5%", "two-week").unit, "weeks");
  EXPECT_EQ(only("a five-year contract cost \u00a32m", "five-year").unit, "years");
  EXPECT_EQ(only("repaying \u00a3225,000 over 25 years", "25 years").unit, "years");
}

TEST(ExtractHeldOut6, AnAircraftModelAfterItsOwnersNameIsNoCount) {
  const std::string text =
      "In January 2024 a door plug blew out of an Alaska Airlines Boeing 737 Max 9 at about 16,000 feet.";
  EXPECT_EQ(spans_of(extract(text)), "January 2024|about 16,000 feet");
  EXPECT_EQ(spans_of(extract("the Boeing 737 Max 9 jets were grounded")), "");
  EXPECT_EQ(spans_of(extract("a new Boeing 737 MAX 8 crashed")), "");
  // negative cases: a count after a place name led by no article, and a count after the
  // model, stay
  EXPECT_EQ(spans_of(extract("in Khan Younis 30 were killed")), "30");
  EXPECT_EQ(spans_of(extract("the Boeing 737 Max 9 carried 171 passengers")), "171");
  EXPECT_EQ(spans_of(extract("an Alaska Airlines Boeing 737 Max with 171 passengers")), "171");
}

}  // namespace
}  // namespace figcheck
