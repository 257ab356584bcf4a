// Plain-text tables (articles 319 and 322): a bare figure in a cell of a table whose cells
// are set apart by runs of spaces or tabs is written in what its row label, its column's
// heading or the caption just above the table says.
#include <gtest/gtest.h>

#include <string>

#include "extract_cases.h"
#include "figcheck/figcheck.h"
#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2025, 11, 5};  // a Wednesday

constexpr test::OnlyMentionOn only{kPublished};

const std::string kResults =
    "Selected financial results (unaudited; C$ millions, except per-share data and ratios)\n"
    "\n"
    "                         Q3 2025    Q3 2024    Change\n"
    "Revenues                   1,284      1,211       6%\n"
    "Diluted EPS (C$)            1.47       1.29      14%\n"
    "Net income per share        1.52       1.33      14%\n"
    "Carloads (thousands)         418        406       3%\n"
    "\n"
    "Crews handled 710 carloads in a day.\n";

TEST(ExtractPlainTables, ACaptionGivesTheCellsItsScaleAndCurrency) {
  const Mention revenues = only(kResults, "1,284");
  EXPECT_EQ(revenues.kind, MentionKind::kMoney);
  EXPECT_EQ(revenues.unit, "CAD");
  EXPECT_DOUBLE_EQ(*revenues.value, 1284e6);
  // the change column is in percent as written
  EXPECT_EQ(only(kResults, "6%").kind, MentionKind::kPercent);
  EXPECT_DOUBLE_EQ(*only(kResults, "6%").value, 6);
  // the heading's years stay dates
  EXPECT_EQ(only(kResults, "Q3 2025").kind, MentionKind::kDateRange);
}

TEST(ExtractPlainTables, ARowLabelsOwnUnitWinsOverTheCaptions) {
  const Mention eps = only(kResults, "1.47");
  EXPECT_EQ(eps.kind, MentionKind::kMoney);
  EXPECT_EQ(eps.unit, "CAD");
  EXPECT_DOUBLE_EQ(*eps.value, 1.47);
  const Mention carloads = only(kResults, "418");
  EXPECT_EQ(carloads.kind, MentionKind::kNumber);
  EXPECT_TRUE(carloads.unit.empty());
  EXPECT_DOUBLE_EQ(*carloads.value, 418000);
  // a per-share row the caption excepts keeps its figure as written
  EXPECT_DOUBLE_EQ(*only(kResults, "1.52").value, 1.52);
}

TEST(ExtractPlainTables, TheScaleStaysInItsTable) {
  const Mention after = only(kResults, "710");
  EXPECT_EQ(after.kind, MentionKind::kNumber);
  EXPECT_DOUBLE_EQ(*after.value, 710);
  // a scale in a caption's running text, not in its brackets, is none
  const std::string prose =
      "Figures are in millions, as the ministry gave them.\n"
      "Region      2025     2026\n"
      "North        412      436\n";
  EXPECT_DOUBLE_EQ(*only(prose, "412").value, 412);
  // a line with a single space between its figures is no table
  EXPECT_DOUBLE_EQ(*only("Table 1 (£ million)\nItem 2025 2026\nRent 12 14\n", "12").value, 12);
}

TEST(ExtractPlainTables, AColumnHeadingGivesItsColumnsScale) {
  const std::string text =
      "Table 1: Dwellings started and completed by tenure, England\n"
      "\n"
      "Tenure                  Starts (thousands)   Completions (thousands)   Share of starts\n"
      "Private enterprise            25.0                  30.4                    79.4%\n"
      "Local authorities              1.3                   0.6                     4.1%\n";
  EXPECT_DOUBLE_EQ(*only(text, "25.0").value, 25000);
  EXPECT_DOUBLE_EQ(*only(text, "0.6").value, 600);
  EXPECT_DOUBLE_EQ(*only(text, "4.1%").value, 4.1);
  // "Per million inhabitants" over a column is a rate, not a scale
  const std::string rates =
      "Country     Applicants    Per million inhabitants\n"
      "Greece         10,500         1,008\n";
  EXPECT_DOUBLE_EQ(*only(rates, "1,008").value, 1008);
}

TEST(ExtractPlainTables, TabsSetCellsApart) {
  const std::string text =
      "Table 2: Spending on housing supply programmes, England (\u00a3 million)\n"
      "\n"
      "Programme\t2025\t2026\tChange\n"
      "Affordable Homes Programme\t2,310\t2,655\t15%\n"
      "Brownfield Infrastructure Fund\t180\t245\t36%\n"
      "Help to Build\t95\t60\t-37%\n";
  const Mention brownfield = only(text, "180");
  EXPECT_EQ(brownfield.kind, MentionKind::kMoney);
  EXPECT_EQ(brownfield.unit, "GBP");
  EXPECT_DOUBLE_EQ(*brownfield.value, 180e6);
  // a tab is no thousands separator ("180 245"), nor joins a name to a number ("Build 95")
  EXPECT_DOUBLE_EQ(*only(text, "245").value, 245e6);
  EXPECT_DOUBLE_EQ(*only(text, "95").value, 95e6);
  EXPECT_EQ(only(text, "2025").kind, MentionKind::kDate);
  EXPECT_EQ(only(text, "36%").kind, MentionKind::kPercent);
}

}  // namespace
}  // namespace figcheck
