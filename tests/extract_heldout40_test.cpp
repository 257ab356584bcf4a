// Held-out round 40 (articles 323-328): a Kenyan dairy cooperative's results wire, a cocoa
// FACTBOX, an Irish local story on a delayed bypass, an airline's monthly traffic release, a
// Malawi Red Cross flood appeal and a US police blotter; forms the extractor missed before
// reading them, each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 8, 14};  // a Thursday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::iso;
using test::spans_of;

TEST(ExtractHeldOut40, TwoLettersAgainstTwoDigitsAreTheCurrencyOfTheLastAmount) {
  const std::string text = "Profit rose to Sh1.42 billion. Farmers were paid Sh47 a litre, Sh3 more than last year.";
  const Mention litre = only(text, "Sh47");
  EXPECT_EQ(litre.kind, MentionKind::kMoney);
  EXPECT_EQ(litre.unit, "KES");
  EXPECT_DOUBLE_EQ(*litre.value, 47);
  EXPECT_EQ(only(text, "Sh3").unit, "KES");
  EXPECT_EQ(only("Rents rose to Dh1.2 million; parking costs Dh50 a day.", "Dh50").unit, "AED");
  // with no amount in the currency before, or another one, two figures stay a code
  EXPECT_EQ(spans_of(extract("Farmers were paid Sh47 a litre.")), "");
  EXPECT_EQ(spans_of(extract("It cost $5 million, said Sh47 staff.")), "$5 million");
  // one letter against two digits stays a road, a mask or a model
  EXPECT_EQ(spans_of(extract("Rents rose to R1.2 million near the R21 road.")), "R1.2 million");
}

TEST(ExtractHeldOut40, MkBeforeAFigureIsTheMalawianKwacha) {
  const Mention appeal = only("The Society seeks MK 9.8 billion for 150,000 people.", "MK 9.8 billion");
  EXPECT_EQ(appeal.kind, MentionKind::kMoney);
  EXPECT_EQ(appeal.unit, "MWK");
  EXPECT_DOUBLE_EQ(*appeal.value, 9.8e9);
  EXPECT_EQ(only("Exchange rate used: CHF 1 = MK 1,101.", "MK 1,101").unit, "MWK");
  // attached, in two letters, it is a postcode's district, no money
  EXPECT_EQ(spans_of(extract("Send it to MK9 in Milton Keynes.")), "");
}

TEST(ExtractHeldOut40, PoundsATonneArePrice) {
  const Mention high = only("London cocoa hit 9,735 pounds a tonne on April 19.", "9,735 pounds");
  EXPECT_EQ(high.kind, MentionKind::kMoney);
  EXPECT_EQ(high.unit, "GBP");
  EXPECT_EQ(only("Wheat sold for 180 pounds per tonne.", "180 pounds").kind, MentionKind::kMoney);
  // a market's close or settlement at a figure in pounds is its price
  EXPECT_EQ(only("It settled at 8,410 pounds on Monday.", "8,410 pounds").kind, MentionKind::kMoney);
  // a weight stays one
  EXPECT_EQ(only("The parcel weighed 7 pounds.", "7 pounds").unit, "lb");
}

TEST(ExtractHeldOut40, TheRegisterDayOfADeclaredPaymentIsTheComingOne) {
  const std::string text =
      "The board recommended an interim dividend of Sh0.50 a share, payable on October 3 to shareholders on the "
      "register at the close of business on September 12.";
  EXPECT_EQ(iso(only(text, "September 12").date), "2025-09-12");
  EXPECT_EQ(iso(only(text, "October 3").date), "2025-10-03");
  EXPECT_EQ(iso(only("A final dividend goes to holders on the register on September 12.", "September 12").date),
            "2025-09-12");
  // a day named on its own stays the last one
  EXPECT_EQ(iso(only("The plant closed on September 12.", "September 12").date), "2024-09-12");
}

TEST(ExtractHeldOut40, AnOrdinalBeforeTheNounCountsWithinADecade) {
  const Mention decade = only("He called it the third broken promise in a decade.", "a decade");
  EXPECT_EQ(decade.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*decade.value, 10);
  EXPECT_EQ(decade.unit, "years");
  // a decade or century alone: a week stays a moment
  EXPECT_EQ(spans_of(extract("It was the second big storm in a week of rain.")), "second");
}

TEST(ExtractHeldOut40, ABudgetOverYearsIsLaidAcrossThem) {
  const Mention years =
      only("The balance will come from the council's own capital budget over three years.", "three years");
  EXPECT_EQ(years.kind, MentionKind::kDuration);
  EXPECT_EQ(years.qualifier, Qualifier::kNone);
  // a wait over a span is still bounded
  EXPECT_EQ(only("Patients waited over three years.", "over three years").qualifier, Qualifier::kOver);
}

TEST(ExtractHeldOut40, AnAgeStraightAfterItsNounIsACount) {
  const Mention fleet = only("Fleet at month end: 118 aircraft, average age 9.6 years", "9.6 years");
  EXPECT_EQ(fleet.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*fleet.value, 9.6);
  // a span of years with no age named stays one
  EXPECT_EQ(only("The lease runs 9.6 years.", "9.6 years").kind, MentionKind::kDuration);
}

TEST(ExtractHeldOut40, APresentClauseEndingOnInAFortnightIsTheSpanAhead) {
  const Mention exam =
      only("My daughter was in first class then. She sits her Leaving Cert in a fortnight.", "a fortnight");
  EXPECT_EQ(exam.kind, MentionKind::kDuration);
  EXPECT_DOUBLE_EQ(*exam.value, 2);
  EXPECT_EQ(exam.unit, "weeks");
  EXPECT_EQ(only("The results come out in a month.", "a month").kind, MentionKind::kDuration);
  // a verb of the past, a record word before it or more of the sentence after it: a moment
  EXPECT_EQ(spans_of(extract("She sat her exam in a week.")), "");
  EXPECT_EQ(spans_of(extract("It is the worst storm in a week.")), "");
  EXPECT_EQ(spans_of(extract("It is the most rain in a month.")), "");
  EXPECT_EQ(spans_of(extract("She sits her exam in a week of storms.")), "");
}

TEST(ExtractHeldOut40, LastYearAsTheBaseOfAComparisonLeavesTheClausePresent) {
  const Date thursday{2025, 2, 6};
  EXPECT_EQ(iso(only("Bookings for March are running about 5% ahead of last year.", "March", thursday).date),
            "2025-03");
  EXPECT_EQ(iso(only("Bookings for March are up on last year.", "March", thursday).date), "2025-03");
  // a verb of the past, or "last year" that is no comparison's base, still reads back
  EXPECT_EQ(iso(only("Bookings for March were 5% ahead of last year.", "March", thursday).date), "2024-03");
  EXPECT_EQ(iso(only("Bookings for March are running ahead, as last year.", "March", thursday).date), "2024-03");
}

}  // namespace
}  // namespace figcheck
