#include "figcheck/date.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(DateTest, ParsesEachGranularity) {
  EXPECT_EQ(parse_iso_date("2024"), (Date{2024, 0, 0}));
  EXPECT_EQ(parse_iso_date("2024-05"), (Date{2024, 5, 0}));
  EXPECT_EQ(parse_iso_date("2024-05-07"), (Date{2024, 5, 7}));
}

TEST(DateTest, RejectsMalformedAndImpossibleDates) {
  for (const char* text : {"", "24", "2024-5", "2024-13", "2025-02-29", "2024-05-07x", "2024/05/07"}) {
    EXPECT_FALSE(parse_iso_date(text).has_value()) << text;
  }
  EXPECT_TRUE(parse_iso_date("2024-02-29").has_value());
}

TEST(DateTest, FormatsAtGranularity) {
  EXPECT_EQ(format_iso_date({2023, 0, 0}), "2023");
  EXPECT_EQ(format_iso_date({2024, 5, 0}), "2024-05");
  EXPECT_EQ(format_iso_date({2025, 10, 10}), "2025-10-10");
  EXPECT_EQ(format_readable_date({2025, 10, 10}), "10 October 2025");
  EXPECT_EQ(format_readable_date({2024, 5, 0}), "May 2024");
}

TEST(DateTest, DayArithmeticRoundTrips) {
  EXPECT_EQ(days_since_epoch({1970, 1, 1}), 0);
  for (int days = -800000; days < 800000; days += 997) {
    EXPECT_EQ(days_since_epoch(date_from_days(days)), days);
  }
  EXPECT_EQ(days_since_epoch({2026, 1, 6}) - days_since_epoch({2025, 10, 10}), 88);
}

TEST(DateTest, WeekdayOfKnownDays) {
  EXPECT_EQ(weekday({2026, 1, 6}), 1);   // a Tuesday
  EXPECT_EQ(weekday({2023, 10, 7}), 5);  // a Saturday
  EXPECT_EQ(weekday({2025, 10, 10}), 4); // a Friday
}

TEST(DateTest, SpanOfCoarseDates) {
  EXPECT_EQ(first_day({2024, 5, 0}), (Date{2024, 5, 1}));
  EXPECT_EQ(last_day({2024, 2, 0}), (Date{2024, 2, 29}));
  EXPECT_EQ(last_day({2023, 0, 0}), (Date{2023, 12, 31}));
}

}  // namespace
}  // namespace figcheck
