// Held-out round 54 (articles 411-416): six Gaza-war articles in a broadcaster's report
// with a 'What we know' box, an Israeli paper on the hostage deals' stages, an Arab
// outlet's Rafah explainer, a data desk on the casualty lists, a regional mediation wire
// and a humanitarian newsletter; forms the extractor missed, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 11, 25};  // a Tuesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut54, ASpanIntoACourseOfEvents) {
  const Mention month = only("It reopened a month into the war.", "a month");
  EXPECT_EQ(month.kind, MentionKind::kDuration);
  EXPECT_EQ(*month.value, 1);
  EXPECT_EQ(month.unit, "months");
  EXPECT_EQ(only("They held out a year into their offensive.", "a year").unit, "years");
  // after a comma that parts it from a date before it
  EXPECT_EQ(spans_of(extract("Troops seized it on 7 May 2024, a week into their assault on the city.")),
            "7 May 2024|a week");
}

TEST(ExtractHeldOut54, ARatesPeriodBeforeIntoStaysPartOfTheRate) {
  // a figure in the words before: the period of a rate, not a span
  EXPECT_EQ(spans_of(extract("Every adult can put up to \u00a320,000 a year into the scheme.")), "up to \u00a320,000");
  EXPECT_EQ(spans_of(extract("It lets 300 aid trucks a day into the territory.")), "300 aid trucks a day");
  EXPECT_EQ(spans_of(extract("He paid in twice a month into the fund.")).find("a month"), std::string::npos);
  // no course named after "into"
  EXPECT_EQ(spans_of(extract("The money went a week into savings.")), "");
}

}  // namespace
}  // namespace figcheck
