// Verdict round 12's Gaza articles (312-315: a think-tank timeline, an Israeli news story,
// an OCHA-style snapshot with footnotes, a broadcaster's explainer) scored for extraction
// after they were written for the verdicts: forms the extractor missed or misread, each
// fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 9, 8};  // a Monday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractVerdicts12, ABracketedNoteAfterASentencesEndOrOpeningItsLine) {
  EXPECT_EQ(spans_of(extract("Most of them were commercial. [5] More than half were looted.")), "More than half");
  EXPECT_EQ(spans_of(extract("Notes\n[1] Gaza Ministry of Health, figures as of 6 September 2025.")),
            "6 September 2025");
  EXPECT_EQ(spans_of(extract("Killed: 72,027 [1]")), "72,027");
  // inside a sentence, after a word, the bracket is an editor's insertion
  EXPECT_EQ(spans_of(extract("Gunmen killed [12] people.")), "12");
}

TEST(ExtractVerdicts12, AHyphenedCompoundBeforeARatesNoun) {
  const Mention trucks = only("It recorded an average of 76 UN-coordinated trucks a day.", "76 UN-coordinated trucks a day");
  EXPECT_EQ(trucks.kind, MentionKind::kQuantity);
  EXPECT_EQ(trucks.unit, "trucks/day");
  EXPECT_EQ(only("Doctors make 12 follow-ups a day.", "12 follow-ups a day").unit, "follow-ups/day");
}

TEST(ExtractVerdicts12, MonthsEachWithTheirYearJoinedByTo) {
  const Mention war = only("Hostage deals in the Gaza war, November 2023 to October 2025", "November 2023 to October 2025");
  EXPECT_EQ(war.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(war.date), "2023-11");
  EXPECT_EQ(iso(war.date_end), "2025-10");
  // after a verb of change, "to" gives where it went; a later month before an earlier one
  // is no range
  EXPECT_EQ(spans_of(extract("Output was cut in May 2024 to June 2023 levels.")), "May 2024|June 2023");
  EXPECT_EQ(spans_of(extract("It ran October 2025 to March 2024.")), "October 2025|March 2024");
}

TEST(ExtractVerdicts12, AYearHeadingATimelinesEntryPlacesItsLine) {
  const std::string entry =
      "2024 - A year of stalled talks. Frameworks floated in Paris in January and in Doha in August failed.\n"
      "Prices rose in August.";
  const auto mentions = extract(entry);
  ASSERT_EQ(spans_of(mentions), "2024|January|August|August");
  EXPECT_EQ(iso(mentions[1].date), "2024-01");
  EXPECT_EQ(iso(mentions[2].date), "2024-08");
  // the next line is not the entry's; nor does a year in running text reach past its sentence
  EXPECT_EQ(iso(mentions[3].date), "2025-08");
  EXPECT_EQ(iso(only("Sales fell in 2024 - a bad year. They rose in January.", "January").date), "2025-01");
}

}  // namespace
}  // namespace figcheck
