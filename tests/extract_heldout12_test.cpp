// Held-out round 12 (articles 103-108): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract_cases.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 21};  // a Wednesday

constexpr test::ExtractOn extract{kPublished};
constexpr test::OnlyMentionOn only{kPublished};
using test::spans_of;

TEST(ExtractHeldOut12, AComparativeDeniedIsTheBoundTheOtherWay) {
  const Mention ceiling = only("Clubs may lose no more than £105m over three years.", "no more than £105m");
  EXPECT_EQ(ceiling.qualifier, Qualifier::kAtMost);
  EXPECT_EQ(ceiling.kind, MentionKind::kMoney);
  EXPECT_DOUBLE_EQ(*ceiling.value, 105e6);
  const std::vector<Mention> projects = extract("The fund will cover no fewer than 40 projects and not more than 60.");
  EXPECT_EQ(spans_of(projects), "no fewer than 40|not more than 60");
  EXPECT_EQ(projects[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(projects[1].qualifier, Qualifier::kAtMost);
  EXPECT_EQ(only("The study paid no less than $2,000 to each family.", "no less than $2,000").qualifier,
            Qualifier::kAtLeast);
  EXPECT_EQ(only("It took not less than 3 hours.", "not less than 3 hours").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(only("Not fewer than 12 died.", "Not fewer than 12").qualifier, Qualifier::kAtLeast);
  // "no" and "not" alone bound nothing
  EXPECT_EQ(spans_of(extract("There were no 10 winners, not 5 either.")), "10|5");
}

TEST(ExtractHeldOut12, AMassInAVolumeIsAConcentration) {
  const Mention exposure = only("Average exposure was 10.4 µg/m³, against 5 µg/m³.", "10.4 µg/m³");
  EXPECT_EQ(exposure.kind, MentionKind::kQuantity);
  EXPECT_EQ(exposure.unit, "ug/m3");
  EXPECT_DOUBLE_EQ(*exposure.value, 10.4);
  EXPECT_EQ(only("Average exposure was 10.4 µg/m³, against 5 µg/m³.", "5 µg/m³").unit, "ug/m3");
  const Mention range = only("Levels ranged from 6.2 µg/m³ to 19.8 µg/m³ across the region.",
                             "from 6.2 µg/m³ to 19.8 µg/m³");
  EXPECT_EQ(range.unit, "ug/m3");
  EXPECT_DOUBLE_EQ(*range.low, 6.2);
  EXPECT_DOUBLE_EQ(*range.high, 19.8);
  // ASCII and the Greek letter; words; milligrams
  EXPECT_EQ(only("The limit is 12 ug/m3.", "12 ug/m3").unit, "ug/m3");
  EXPECT_EQ(only("The limit is 3 \u03BCg/m\u00B3.", "3 \u03BCg/m\u00B3").unit, "ug/m3");
  EXPECT_EQ(only("The limit is 5 mg/m3.", "5 mg/m3").unit, "mg/m3");
  EXPECT_EQ(only("The limit is 40 micrograms per cubic metre.", "40 micrograms per cubic metre").unit, "ug/m3");
  // a mass alone, and a volume alone, keep their own units
  EXPECT_EQ(only("Each dose held 20 micrograms.", "20 micrograms").unit, "ug");
  EXPECT_EQ(only("The tank holds 40 m³ of water.", "40 m³").unit, "m3");
}

TEST(ExtractHeldOut12, MicrometresAndMicrons) {
  const Mention size = only("Particles smaller than 2.5 micrometres reach the lungs.", "2.5 micrometres");
  EXPECT_EQ(size.kind, MentionKind::kQuantity);
  EXPECT_EQ(size.unit, "um");
  EXPECT_EQ(only("Fine particles of 10 µm were measured.", "10 µm").unit, "um");
  EXPECT_EQ(only("A hair is about 70 microns wide.", "about 70 microns").unit, "um");
}

TEST(ExtractHeldOut12, BushelsAndBushelsAnAcre) {
  const Mention yields = only("Farmers reported soybean yields of 58 to 62 bushels an acre.", "58 to 62 bushels an acre");
  EXPECT_EQ(yields.unit, "bushels/acre");
  EXPECT_DOUBLE_EQ(*yields.low, 58);
  EXPECT_EQ(only("Yields averaged 53.1 bushels per acre.", "53.1 bushels per acre").unit, "bushels/acre");
  const Mention crop = only("A crop of 4.39 billion bushels was forecast.", "4.39 billion bushels");
  EXPECT_EQ(crop.unit, "bushels");
  EXPECT_DOUBLE_EQ(*crop.value, 4.39e9);
}

TEST(ExtractHeldOut12, ADoiIsNoFigure) {
  EXPECT_EQ(spans_of(extract("The paper is available at doi:10.1186/s12940-026-0419-2 and online.")), "");
  EXPECT_EQ(spans_of(extract("The study (DOI: 10.1187/2026.0419) followed 41,000 adults.")), "41,000");
  EXPECT_EQ(spans_of(extract("See doi.org/10.1000/182 for 12 tables.")), "12");
  // "10." with a short registrant, or no slash, is a figure
  EXPECT_EQ(spans_of(extract("It scored 10.5/10 and weighed 10.2500 kg.")), "10.5|10|10.2500 kg");
}

TEST(ExtractHeldOut12, AKnockoutStageNamedByHowManyAreLeft) {
  EXPECT_EQ(spans_of(extract("The club went out of the Europa League in the round of 16.")), "");
  EXPECT_EQ(spans_of(extract("They lost in the round of 32 and again in the last 16 of the cup.")), "");
  EXPECT_EQ(spans_of(extract("The last 16 tie is in March.")), "March");
  // a count of games or a span of years in the last few
  EXPECT_EQ(spans_of(extract("He scored in the last 16 games and in the last 16 years.")), "16|16 years");
  EXPECT_EQ(spans_of(extract("A round of 15 rockets was fired.")), "15");
}

TEST(ExtractHeldOut12, MonthsJoinedByToAreARange) {
  const Mention quarter = only("Reports will cover the first quarter of the marketing year, September to November.",
                               "September to November");
  EXPECT_EQ(quarter.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(quarter.date), "2025-09");
  EXPECT_EQ(test::iso(quarter.date_end), "2025-11");
  EXPECT_EQ(only("Prices fell from September to November.", "from September to November").kind,
            MentionKind::kDateRange);
  // an abbreviation, or a figure after "to", is no range
  EXPECT_EQ(spans_of(extract("It rose in September to 4.5%.")), "September|4.5%");
}

TEST(ExtractHeldOut12, TwoSeasonsJoinedAreOneRangeOfYears) {
  const Mention seasons = only("He was in charge from 2022-23 to 2024-25.", "from 2022-23 to 2024-25");
  EXPECT_EQ(seasons.kind, MentionKind::kDateRange);
  EXPECT_EQ(test::iso(seasons.date), "2022");
  EXPECT_EQ(test::iso(seasons.date_end), "2025");
  EXPECT_EQ(test::iso(only("Losses of £88.4m for 2022-23 to 2024-25 were reported.", "2022-23 to 2024-25").date_end),
            "2025");
  EXPECT_EQ(test::iso(only("Between 2019-20 and 2021-22 it fell.", "Between 2019-20 and 2021-22").date_end), "2022");
  // seasons out of order stay two
  EXPECT_EQ(spans_of(extract("It fell in 2020-21 to 2019-20 levels.")), "2020-21|2019-20");
}

TEST(ExtractHeldOut12, ADayOfAListTakesTheMonthNamedAfterTheLast) {
  const std::vector<Mention> storms = extract("Storms on 9 and 10 January flooded about 2,100 tent sites.");
  EXPECT_EQ(spans_of(storms), "9|10 January|about 2,100");
  EXPECT_EQ(storms[0].kind, MentionKind::kDate);
  EXPECT_EQ(test::iso(storms[0].date), "2026-01-09");
  EXPECT_EQ(test::iso(only("Talks are set for 3 and 4 March in Cairo.", "3").date), "2026-03-03");
  const std::vector<Mention> strikes = extract("Strikes on 3, 4 and 5 March 2024.");
  EXPECT_EQ(spans_of(strikes), "3|4|5 March 2024");
  EXPECT_EQ(test::iso(strikes[0].date), "2024-03-03");
  EXPECT_EQ(test::iso(strikes[1].date), "2024-03-04");
  const std::vector<Mention> rallies = extract("Rallies were held on the 9th and 10th of May.");
  EXPECT_EQ(spans_of(rallies), "9th|10th of May");
  EXPECT_EQ(test::iso(rallies[0].date), "2025-05-09");
  EXPECT_EQ(test::iso(rallies[1].date), "2025-05-10");
  // a day range after "between" stays one range; days out of order, or counts, stay numbers
  EXPECT_EQ(spans_of(extract("Between 1 and 18 January, partners met.")), "Between 1 and 18 January");
  EXPECT_EQ(only("On 12 and 10 May.", "12").kind, MentionKind::kNumber);
  EXPECT_EQ(only("He scored 2 and 3 goals.", "2").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut12, ARateCountsTheNounNamedJustBefore) {
  const Mention average =
      only("The mechanism recorded 4,312 trucks offloaded, an average of about 144 a day.", "about 144 a day");
  EXPECT_EQ(average.kind, MentionKind::kQuantity);
  EXPECT_EQ(average.unit, "trucks/day");
  EXPECT_EQ(average.qualifier, Qualifier::kAbout);
  EXPECT_EQ(only("The deal promised 600 aid trucks a day. About 200 a day got in.", "About 200 a day").unit,
            "trucks/day");
  const Mention range = only("The UN wants 600 trucks per day, far more than the 40 to 70 a day seen lately.",
                             "40 to 70 a day");
  EXPECT_EQ(range.unit, "trucks/day");
  EXPECT_DOUBLE_EQ(*range.low, 40);
  // no noun counted before, a moment rather than a rate, or another paragraph: a number
  EXPECT_EQ(only("On average 144 a day got in.", "144").kind, MentionKind::kNumber);
  EXPECT_EQ(spans_of(extract("It had 640 million users, up from 571 million a year earlier.")),
            "640 million|571 million");
  EXPECT_EQ(only("It sent 600 trucks.\n\nAbout 200 a day got in.", "About 200").kind, MentionKind::kNumber);
  EXPECT_EQ(only("In 2024 prices rose and 5 a day were sold.", "5").kind, MentionKind::kNumber);
}

TEST(ExtractHeldOut12, ACommodityBetweenADeliveryMonthAndItsContract) {
  const Date published{2026, 10, 15};
  EXPECT_EQ(test::iso(only("The November soybean contract rose 9 cents.", "November", published).date), "2026-11");
  EXPECT_EQ(test::iso(only("December corn futures fell 3 cents.", "December", published).date), "2026-12");
  EXPECT_EQ(test::iso(only("Exporters sold cargoes for November loading.", "November", published).date), "2026-11");
  // a name between is no commodity, and a month without a contract is the latest
  EXPECT_EQ(test::iso(only("The November Paris talks ended.", "November", published).date), "2025-11");
  EXPECT_EQ(test::iso(only("Soybeans rose in September.", "September", published).date), "2026-09");
}

}  // namespace
}  // namespace figcheck
