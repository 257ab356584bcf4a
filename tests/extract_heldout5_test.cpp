// Held-out round 5 (articles 61-66): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 29};  // a Thursday

std::vector<Mention> extract(std::string_view text, const Date& published = kPublished) {
  return extract_mentions(text, published);
}

std::string spans_of(const std::vector<Mention>& mentions) {
  std::string joined;
  for (const Mention& mention : mentions) {
    if (!joined.empty()) joined += "|";
    joined += mention.text;
  }
  return joined;
}

// The mention spanning exactly `span`, or a test failure.
Mention only(std::string_view text, std::string_view span, const Date& published = kPublished) {
  const auto mentions = extract(text, published);
  for (const Mention& mention : mentions) {
    if (mention.text == span) return mention;
  }
  ADD_FAILURE() << "no mention '" << span << "' in: " << text << " gave: " << spans_of(mentions);
  return Mention{};
}

std::string iso(const std::optional<Date>& date) { return date ? format_iso_date(*date) : ""; }

TEST(ExtractHeldOut5, StorageIsAQuantityInBytes) {
  const Mention gigabytes = only("a 6.3-inch screen and 256GB of storage", "256GB");
  EXPECT_EQ(gigabytes.kind, MentionKind::kQuantity);
  EXPECT_EQ(gigabytes.value, 256);
  EXPECT_EQ(gigabytes.unit, "GB");
  EXPECT_EQ(only("a 1TB version will sell for $1,399", "1TB").unit, "TB");
  EXPECT_EQ(only("it holds 512 gigabytes", "512 gigabytes").unit, "GB");
  EXPECT_EQ(only("a 2 terabyte drive", "2 terabyte").unit, "TB");
  EXPECT_EQ(only("the 700 megabytes download", "700 megabytes").unit, "MB");
  // letters against digits that are no unit stay a name; "mb" (millibars in weather
  // copy) is not read as bytes
  EXPECT_EQ(spans_of(extract("the 5G network and a 3D printer")), "");
  EXPECT_EQ(spans_of(extract("pressure fell to 950mb overnight")), "");
}

TEST(ExtractHeldOut5, MoneyRangesWithTheCurrencyWrittenTwice) {
  const Mention billions = only("forecast revenue of $35 billion to $37 billion.", "$35 billion to $37 billion");
  EXPECT_EQ(billions.kind, MentionKind::kMoney);
  EXPECT_EQ(billions.unit, "USD");
  EXPECT_FALSE(billions.value);
  EXPECT_EQ(billions.low, 35e9);
  EXPECT_EQ(billions.high, 37e9);
  const Mention bn = only("put the cost at $30bn to $40bn.", "$30bn to $40bn");
  EXPECT_EQ(bn.low, 30e9);
  EXPECT_EQ(bn.high, 40e9);
  // the scale written once, on the high end
  const Mention once = only("a bill of \u00a330 to \u00a340 million", "\u00a330 to \u00a340 million");
  EXPECT_EQ(once.unit, "GBP");
  EXPECT_EQ(once.low, 30e6);
  EXPECT_EQ(once.high, 40e6);
  const Mention qualified = only("about $30bn to $40bn", "about $30bn to $40bn");
  EXPECT_EQ(qualified.qualifier, Qualifier::kAbout);
  EXPECT_EQ(qualified.low, 30e9);
  // a change and the level it reaches stay two figures
  EXPECT_EQ(spans_of(extract("the charge goes up from \u00a348 to \u00a355.")), "\u00a348|\u00a355");
  EXPECT_EQ(spans_of(extract("profit rose $3bn to $40bn")), "$3bn|$40bn");
  EXPECT_EQ(spans_of(extract("it cut spending by $2bn to $30bn")), "$2bn|$30bn");
  // two currencies make no range; a target moved "to $520 from $470" is two figures
  EXPECT_EQ(spans_of(extract("$35 to \u20ac40")), "$35|\u20ac40");
  EXPECT_EQ(spans_of(extract("raised her price target to $520 from $470")), "$520|$470");
}

TEST(ExtractHeldOut5, MonthFirstDayRanges) {
  const Mention range = only("It will hold its developer conference on May 12-13 in San Jose.", "May 12-13");
  EXPECT_EQ(range.kind, MentionKind::kDateRange);
  EXPECT_EQ(iso(range.date), "2026-05-12");
  EXPECT_EQ(iso(range.date_end), "2026-05-13");
  const Mention with_year = only("talks on Jan. 5-7, 2025 failed", "Jan. 5-7, 2025");
  EXPECT_EQ(iso(with_year.date), "2025-01-05");
  EXPECT_EQ(iso(with_year.date_end), "2025-01-07");
  const Mention en_dash = only("the summit ran March 3\u20135 in Rome", "March 3\u20135");
  EXPECT_EQ(iso(en_dash.date), "2025-03-03");
  EXPECT_EQ(iso(en_dash.date_end), "2025-03-05");
  // a day before the dash already ending the range, or a score after a date, is not one
  EXPECT_EQ(spans_of(extract("they won on March 3 3-1 at home")), "March 3");
  EXPECT_EQ(spans_of(extract("beaten on March 13-1")), "March 13");
  // the day-first form is unchanged
  const Mention day_first = only("held on 12-13 May 2025", "12-13 May 2025");
  EXPECT_EQ(iso(day_first.date), "2025-05-12");
}

}  // namespace
}  // namespace figcheck
