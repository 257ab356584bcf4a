// Held-out round 41 (articles 329-334): a Fiji sugar mill story, a CBO-style cost estimate,
// an English school inspection report, an obituary, a phone teardown and a Sydney auction
// results report; forms the extractor missed before reading them, each fixed by a general
// rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 4, 26};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut41, BareDollarsAreThoseOfTheCountryTheTextNamesTwice) {
  const std::string text =
      "Across Sydney, auctions cleared. A terrace sold for $2.31 million, a Sydney record for a "
      "two-bedroom home.";
  const Mention sale = only(text, "$2.31 million");
  EXPECT_EQ(sale.kind, MentionKind::kMoney);
  EXPECT_EQ(sale.unit, "AUD");
  EXPECT_EQ(only("Growers in Fiji were paid $85 a tonne at the Lautoka mill.", "$85").unit, "FJD");
  // a country named once is a place in the story, not its currency
  EXPECT_EQ(only("Tolls for ships bound for Singapore fell to $412,000.", "$412,000").unit, "USD");
  // nor when the text names the United States too
  EXPECT_EQ(only("Sydney and Melbourne buyers paid $3 million; American funds bid too.", "$3 million").unit,
            "USD");
  // or marks any amount
  EXPECT_EQ(only("In Sydney, a Sydney flat sold for $900,000, or US$590,000.", "$900,000").unit, "USD");
}

TEST(ExtractHeldOut41, SchoolYearsNamedTogetherAreNames) {
  EXPECT_EQ(spans_of(extract("Nearly 90% of pupils in Years 5 and 6 took part.")), "Nearly 90%");
  EXPECT_EQ(spans_of(extract("Pupils in Years 7 to 11 sat the test.")), "");
  EXPECT_EQ(spans_of(extract("Most of Years 10 and 11 passed.")), "");
  // at a sentence's head they may be durations
  EXPECT_EQ(spans_of(extract("Years 5 and 6 of the contract cost more.")), "5|6");
}

TEST(ExtractHeldOut41, AUsBillsNumberIsAName) {
  EXPECT_EQ(spans_of(extract("H.R. 2817 would cost $1.6 billion.")), "$1.6 billion");
  EXPECT_EQ(spans_of(extract("CBO published an estimate for S. 447 in March.")), "March");
  EXPECT_EQ(spans_of(extract("The House passed H.R. 1 by 215 votes to 214.")), "215|214");
}

TEST(ExtractHeldOut41, AFortnightAfterAnOrdinalIsTwoWeeks) {
  const Mention fortnight = only("Staff trained in the first fortnight of term.", "fortnight");
  EXPECT_EQ(fortnight.kind, MentionKind::kDuration);
  EXPECT_EQ(fortnight.unit, "weeks");
  EXPECT_DOUBLE_EQ(*fortnight.value, 2);
  EXPECT_EQ(spans_of(extract("Places are filled within the second fortnight.")), "second|fortnight");
  // a week after one names it, no span
  EXPECT_EQ(spans_of(extract("Staff trained in the first week of term.")), "first");
}

TEST(ExtractHeldOut41, ARecordsNumberAfterItsLabelIsAName) {
  EXPECT_EQ(spans_of(extract("Unique reference number: 103942\nNumber of pupils: 418")), "418");
  EXPECT_EQ(spans_of(extract("Registered charity number: 1098765")), "");
  // a total after its label counts
  EXPECT_EQ(spans_of(extract("Total number: 418")), "418");
}

TEST(ExtractHeldOut41, ALocalNumbersSecondGroupIsDialledToo) {
  EXPECT_EQ(spans_of(extract("Growers can call the council helpline on 666 1234 between 8am and 4.30pm.")), "");
  // a year after the number dates what follows
  EXPECT_EQ(spans_of(extract("Call the helpline on 666 2024 figures.")), "2024");
}

}  // namespace
}  // namespace figcheck
