// Held-out round 42 (articles 335-340): a central bank's policy statement, a state election
// results live blog, a European gas-market wire, a Peruvian dengue update, an OCHA flash
// update on Sudan and a Sydney weekend auction column; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 5, 11};  // a Sunday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut42, AMonthSinceIsGoneByWhateverTheClauseLooksAheadTo) {
  // an infinitive ("to arrive") reads ahead, but what "since" counts from has passed
  EXPECT_EQ(iso(only("This is the third convoy to arrive since mid-April.", "April").date), "2025-04");
  EXPECT_EQ(iso(only("It is the first convoy to arrive since early April.", "April").date), "2025-04");
  const Mention since = only("It is the second convoy to arrive since April.", "since April");
  EXPECT_EQ(iso(since.date), "2025-04");
  // with nothing before it, a month in a clause that looks ahead is still the coming one
  EXPECT_EQ(iso(only("The next convoy is due to arrive in mid-April.", "April").date), "2026-04");
}

TEST(ExtractHeldOut42, BareDollarsOfAStoryThatNamesOneDollarCountryThriceAreItsOwn) {
  const std::string text =
      "Sydney's clearance rate fell to 79 per cent. A house in Sydney sold for $14.25 million. "
      "Melbourne recorded 71 per cent.";
  const Mention sale = only(text, "$14.25 million");
  EXPECT_EQ(sale.unit, "AUD");
  EXPECT_DOUBLE_EQ(*sale.value, 14.25e6);
  EXPECT_EQ(only("Toronto and Ottawa led; Canada's median price rose to $702,000.", "$702,000").unit, "CAD");
  // named once or twice (a dateline over US prices), or two countries as often, "$" stays US
  EXPECT_EQ(only("SYDNEY, May 9 - Gold rose to $2,310 an ounce in Sydney trade.", "$2,310").unit, "USD");
  const std::string tied = "Sydney, Melbourne and Canberra met Toronto, Ottawa and Canada: it cost $5 million.";
  EXPECT_EQ(only(tied, "$5 million").unit, "USD");
  // a dollar the writer marks US stays US
  EXPECT_EQ(only("Sydney, Melbourne and Canberra bid; the fund paid US$5 million.", "US$5 million").unit, "USD");
}

TEST(ExtractHeldOut42, CalendarDaysAreCountedDays) {
  const Mention emergency = only("The decree declared an emergency for 90 calendar days.", "90 calendar days");
  EXPECT_EQ(emergency.kind, MentionKind::kDuration);
  EXPECT_EQ(emergency.unit, "days");
  EXPECT_DOUBLE_EQ(*emergency.value, 90);
  EXPECT_EQ(only("Appeals must be lodged within 30 calendar days.", "30 calendar days").kind, MentionKind::kDuration);
  // a calendar year named by its number stays a date
  EXPECT_EQ(spans_of(extract("Sales in calendar 2024 rose.")), "2024");
}

TEST(ExtractHeldOut42, OverARangeOfTimesIsTheSpanNotABound) {
  const std::string text = "Most of them moved to Tawila on foot over two to three days.";
  const Mention walk = only(text, "two to three days");
  EXPECT_EQ(walk.kind, MentionKind::kDuration);
  EXPECT_EQ(walk.qualifier, Qualifier::kNone);
  EXPECT_DOUBLE_EQ(*walk.low, 2);
  EXPECT_DOUBLE_EQ(*walk.high, 3);
  EXPECT_EQ(spans_of(extract("Repairs were carried out over 3-5 years.")), "3-5 years");
  // one time after "over" is still bounded by it
  EXPECT_EQ(only("The siege has lasted over three days.", "over three days").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut42, EpidemiologicalWeeksNToMRunFromTheFirstMondayToTheLastSunday) {
  const std::string text = "From 1 January to 9 March (epidemiological weeks 1 to 10), 71,284 cases were registered.";
  const Mention weeks = only(text, "epidemiological weeks 1 to 10");
  EXPECT_EQ(weeks.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(weeks.date), "2024-12-30");  // ISO week 1 of 2025 begins on Monday 30 December
  EXPECT_EQ(iso(weeks.date_end), "2025-03-09");
  EXPECT_EQ(iso(only("Cases fell in epi weeks 14-16.", "epi weeks 14-16").date_end), "2025-04-20");
  // one week still reads alone, and a backward pair is no range
  EXPECT_EQ(iso(only("Cases rose in epi week 14.", "epi week 14").date), "2025-03-31");
  EXPECT_EQ(spans_of(extract("It was epi weeks 16 to 14, they said.")), "16|14");
}

}  // namespace
}  // namespace figcheck
