// Held-out round 4 (articles 55-60): forms the extractor missed before reading them,
// each fixed by a general rule.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/mention.h"

namespace figcheck {
namespace {

constexpr Date kPublished{2026, 1, 6};  // a Tuesday

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

TEST(ExtractHeldOut4, AboveAndBelowAreMoreThanAndLessThan) {
  // the corpus annotates 'above'/'below' as more_than/less_than (articles 45, 47, 56, 57, 59)
  const Mention above = only("temperatures stay above 20C at night", "above 20C");
  EXPECT_EQ(above.kind, MentionKind::kQuantity);
  EXPECT_EQ(above.qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(above.value, 20);
  const Mention below = only("charges would stay below 0.3% of loans", "below 0.3%");
  EXPECT_EQ(below.qualifier, Qualifier::kLessThan);
  EXPECT_EQ(to_string(below.qualifier), "less_than");
  // 'above' straight after a figure is a comparison, not a bound on the next one
  EXPECT_EQ(spans_of(extract("warming of 1.5C above 1850 levels")), "1.5C|1850");
  // 'over' and 'under' keep their own names
  EXPECT_EQ(only("over 60% of the vote", "over 60%").qualifier, Qualifier::kOver);
  EXPECT_EQ(only("voters under 30", "under 30").qualifier, Qualifier::kUnder);
}

}  // namespace
}  // namespace figcheck
