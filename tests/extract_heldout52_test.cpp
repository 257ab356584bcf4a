// Held-out round 52 (articles 399-404): six Gaza-war articles in the styles of the
// editors who use figcheck (a wire story, an explainer with a timeline, a UN situation
// report, a live blog, an op-ed and a fact-check newsletter); forms the extractor missed
// before reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 2, 10};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut52, ADayCountedFromTheStartIsAnOrdinalWithItsDay) {
  const Mention day = only("Talks were to begin by day 16.", "day 16");
  EXPECT_EQ(day.kind, MentionKind::kOrdinal);
  EXPECT_EQ(*day.value, 16);
  EXPECT_EQ(only("What happens after day 42", "day 42").kind, MentionKind::kOrdinal);
  EXPECT_EQ(*only("Day 42 of the war began quietly.", "Day 42").value, 42);
  EXPECT_EQ(*only("On day three the strike spread.", "day three").value, 3);
}

TEST(ExtractHeldOut52, ADayBeforeWhatItsNumberCountsIsNoOrdinal) {
  // the number counts the noun after it, or the day is any day
  EXPECT_EQ(spans_of(extract("On day 42 trucks entered.")), "42");
  EXPECT_EQ(spans_of(extract("Every day 30 people died.")), "30");
  EXPECT_EQ(spans_of(extract("On a typical day 300 trucks entered.")), "300");
  // "from day one": a lone "one", the start of something
  EXPECT_EQ(spans_of(extract("They lied from day one.")), "");
}

TEST(ExtractHeldOut52, AReportingPeriodWithASpacedHyphenBeforeItsMonth) {
  const Mention period = only("Reporting period: 24 - 30 October 2024 | Issued: 31 October 2024", "24 - 30 October 2024");
  EXPECT_EQ(period.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(*period.date), "2024-10-24");
  EXPECT_EQ(iso(*period.date_end), "2024-10-30");
  // the later day must come after the first: "30 - 24 October" is no period
  EXPECT_EQ(spans_of(extract("It went 30 - 24 October 2024 in the vote.")), "30|24 October 2024");
  // a score between two counts stays two counts
  EXPECT_EQ(spans_of(extract("The score was 24 - 30 in the end.")), "24|30");
}

TEST(ExtractHeldOut52, NoBetterThanIsAtMost) {
  const Mention odds = only("Analysts give it odds of no better than one in three.", "no better than one in three");
  EXPECT_EQ(odds.kind, MentionKind::kPercent);
  EXPECT_EQ(odds.qualifier, Qualifier::kAtMost);
  // undenied, a rate bettered is above it
  EXPECT_EQ(only("He shot better than 50% from the field.", "better than 50%").qualifier, Qualifier::kMoreThan);
}

}  // namespace
}  // namespace figcheck
