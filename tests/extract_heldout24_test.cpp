// Held-out round 24 (articles 185-190): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 10, 17};  // a Saturday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut24, TheSolIsWrittenWithASlashAfterItsLetter) {
  const Mention fine = only("The regulator fined it S/ 450,000 in October.", "S/ 450,000");
  EXPECT_EQ(fine.kind, MentionKind::kMoney);
  EXPECT_EQ(fine.unit, "PEN");
  EXPECT_DOUBLE_EQ(*fine.value, 450000);
  EXPECT_DOUBLE_EQ(*only("Tickets cost S/.1,200 each.", "S/.1,200").value, 1200);
  EXPECT_DOUBLE_EQ(*only("The plant cost S/2.4 million to build.", "S/2.4 million").value, 2.4e6);
  EXPECT_EQ(only("It lost 310 million soles.", "310 million soles").unit, "PEN");
  // the letter and slash before anything but a figure, or another dollar, is no sol
  EXPECT_EQ(spans_of(extract("The S/N ratio rose to 40 dB.")), "40");
  EXPECT_EQ(spans_of(extract("Read the I/O log.")), "");
  EXPECT_EQ(only("It raised S$50 million.", "S$50 million").unit, "SGD");
}

TEST(ExtractHeldOut24, TwoDimensionsWithOneUnitShareIt) {
  const Mention perigee = only("The capsule is in an orbit of 210 by 365 kilometres.", "210");
  EXPECT_EQ(perigee.kind, MentionKind::kQuantity);
  EXPECT_EQ(perigee.unit, "km");
  EXPECT_DOUBLE_EQ(*perigee.value, 210);
  EXPECT_EQ(only("The orbit is 210 by 365 kilometres.", "365 kilometres").unit, "km");
  EXPECT_EQ(only("The plot measures 40 by 25 metres.", "40").unit, "m");
  // a bounded figure before "by", or one before a rate, stays a count
  EXPECT_EQ(only("It cut about 40 by 25 km.", "about 40").kind, MentionKind::kNumber);
  EXPECT_EQ(only("The gap was 12 by 30 km a day.", "12").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("In 2024 by 5 km the lead was cut.")), "2024|5 km");
}

TEST(ExtractHeldOut24, APeriodCutToABareFigureKeepsItsUnit) {
  const Mention notice = only("It would cut the notice from four months to two.", "two");
  EXPECT_EQ(notice.kind, MentionKind::kDuration);
  EXPECT_EQ(notice.unit, "months");
  EXPECT_DOUBLE_EQ(*notice.value, 2);
  EXPECT_EQ(only("A plan to cut it from four months to two was defeated.", "two").unit, "months");
  EXPECT_EQ(only("The wait fell from 28 days to 21 in June.", "21").unit, "days");
  // a noun after the figure is what it counts; without "from" it is no change of a period
  EXPECT_EQ(only("Staff went from six weeks to two nurses.", "two").kind, MentionKind::kNumber);
  EXPECT_EQ(only("It runs four months to 2 of them.", "2").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("The rota went from 9 to 5 hours.")), "9|5 hours");
}

TEST(ExtractHeldOut24, ATimeOfDayIsOneWordOfTheClauseBeforeADay) {
  const Mention docking = only(
      "It will spend about 27 hours chasing the station before docking at roughly 23:40 UTC on Sunday.",
      "Sunday");
  EXPECT_EQ(*docking.date, (Date{2026, 10, 18}));
  const Mention dock =
      only("The crew will spend the whole of the night resting and then dock at 11:15 pm GMT on Monday.", "Monday");
  EXPECT_EQ(*dock.date, (Date{2026, 10, 19}));
  // a past verb nearer the day still holds it, and so does a sentence without "will"
  EXPECT_EQ(*only("It will say the crew docked at 23:40 UTC on Sunday.", "Sunday").date, (Date{2026, 10, 11}));
  EXPECT_EQ(*only("The capsule spent 27 hours chasing the station before docking at 23:40 UTC on Sunday.",
                  "Sunday")
                 .date,
            (Date{2026, 10, 11}));
}

}  // namespace
}  // namespace figcheck
