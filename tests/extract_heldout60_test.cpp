// Held-out rounds 59 and 60 (articles 459-470): an inflation wire, an airline's results,
// state election results, a food recall, a marathon long-read, a Gaza explainer, a
// wildfire situation report, a labour-market release, a court's press release, a trial's
// press release, a school bond story and a Gaza live blog; forms the extractor missed
// before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 11, 5};

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut60, AnAmericanDateRangeWithTheCommaAfterTheFirstYear) {
  const Mention year = only("The fiscal year runs from July 1, 2026, to June 30, 2027.",
                            "from July 1, 2026, to June 30, 2027");
  EXPECT_EQ(year.kind, MentionKind::kDateRange);
  EXPECT_EQ(year.date, (Date{2026, 7, 1}));
  EXPECT_EQ(year.date_end, (Date{2027, 6, 30}));
  EXPECT_EQ(only("The show ran from Jan. 5, 2026, through March 1, 2026.", "from Jan. 5, 2026, through March 1, 2026")
                .date_end,
            (Date{2026, 3, 1}));
  EXPECT_EQ(only("Between Oct. 7, 2023, and Jan. 1, 2024, troops advanced.", "Between Oct. 7, 2023, and Jan. 1, 2024")
                .kind,
            MentionKind::kDateRange);
  // a comma after a date with no year of its own, or before no date, parts them
  EXPECT_EQ(spans_of(extract("Prices rose from March 3, 2025, to a record.")), "March 3, 2025");
  EXPECT_EQ(spans_of(extract("From 1 May 2024, to ministers, it looked fine.")), "1 May 2024");
}

TEST(ExtractHeldOut60, AYearAComparisonReachesBackToCarriesNoNarrative) {
  constexpr std::string_view kTurnout =
      "Turnout was 71.3%, the highest since the state's first Assembly election in 1977. Polling was held in two "
      "phases, on April 9 and April 23.";
  EXPECT_EQ(only(kTurnout, "April 9").date, (Date{2026, 4, 9}));
  EXPECT_EQ(only(kTurnout, "April 23").date, (Date{2026, 4, 23}));
  // a plain date gone by still carries its story on
  EXPECT_EQ(only("The strike began on 3 March 1984. By April 9, most pits were shut.", "April 9").date,
            (Date{1984, 4, 9}));
}

TEST(ExtractHeldOut60, ASpacedCelsiusAfterAReadingsNoun) {
  const Mention highs = only("Highs of 29 to 32 C are expected on Friday.", "29 to 32 C");
  EXPECT_EQ(highs.unit, "C");
  EXPECT_EQ(highs.low, 29);
  EXPECT_EQ(highs.high, 32);
  EXPECT_EQ(only("Lows of minus 5 C overnight.", "minus 5 C").value, -5);
  EXPECT_EQ(only("Highs today will be near 31 F, falling to around 17 F.", "around 17 F").unit, "F");
  // with no reading's noun before it, a spaced "C" is a grade, a block or a section
  EXPECT_EQ(spans_of(extract("The high court heard flat 2 C.")), "2");
  EXPECT_EQ(spans_of(extract("She scored 64 C in the exam.")), "64");
}

TEST(ExtractHeldOut60, AYearlessDayJoinedToADateAheadIsAheadToo) {
  constexpr std::string_view kHearings = "Two public hearings will be held on Nov. 17 and Dec. 1.";
  EXPECT_EQ(only(kHearings, "Nov. 17").date, (Date{2026, 11, 17}));
  EXPECT_EQ(only(kHearings, "Dec. 1").date, (Date{2026, 12, 1}));
  EXPECT_EQ(only("Talks will resume on 20 November and 3 December.", "3 December").date, (Date{2026, 12, 3}));
  // joined to a date gone by, it is gone by too
  EXPECT_EQ(only("Hearings were held on Nov. 17 and Dec. 1.", "Dec. 1").date, (Date{2025, 12, 1}));
}

TEST(ExtractHeldOut60, AWeekdayBeforeAPossibilityIsAhead) {
  // published on a Thursday: the coming Saturday, not the last
  constexpr Date kThursday{2026, 11, 5};
  const test::OnlyMentionOn on_thursday{kThursday};
  EXPECT_EQ(on_thursday("A cold front on Saturday may bring rain.", "Saturday").date, (Date{2026, 11, 7}));
  EXPECT_EQ(on_thursday("A shift in the wind on Monday could push it north.", "Monday").date, (Date{2026, 11, 9}));
  // a possibility that has been is gone by
  EXPECT_EQ(on_thursday("Rain on Monday may have caused the crash.", "Monday").date, (Date{2026, 11, 2}));
}

TEST(ExtractHeldOut60, ANumberedHeadingKnownByTheNextSectionsHeading) {
  constexpr std::string_view kRelease =
      "Contact: 01633 455400\n\n1. Main points\n\nThe rate rose to 4.5%.\n\n2. Earnings\n\nPay rose 5%.\n\n"
      "| Rate | 4.5% |\n\n3. Measuring the data\n\nThe survey covers 37,000 homes.";
  EXPECT_EQ(spans_of(extract(kRelease)), "4.5%|5%|4.5%|37,000");
  // a number that opens a line with no heading after it counts
  EXPECT_EQ(spans_of(extract("The total was\n12. The rest fell.")), "12");
}

TEST(ExtractHeldOut60, TheDistanceARaceIsRunOverIsNoBound) {
  const Mention marathon = only("It was her fourth race over 42.195km.", "42.195km");
  EXPECT_EQ(marathon.qualifier, Qualifier::kNone);
  EXPECT_EQ(marathon.unit, "km");
  EXPECT_EQ(only("He set the record over 10,000 metres in 2019.", "10,000 metres").qualifier, Qualifier::kNone);
  // with no race before it, "over" bounds the figure
  EXPECT_EQ(only("Repairs ran to over 5 km of roads.", "over 5 km").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("She has run over 40 races.", "over 40").qualifier, Qualifier::kOver);
}

}  // namespace
}  // namespace figcheck
