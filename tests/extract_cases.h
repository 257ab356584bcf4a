// What the extractor tests share: the spans a text gives, the one mention of a
// span, a date as ISO text. Header-only, for the held-out rounds' test files.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/mention.h"

namespace figcheck::test {

/// The mentions' texts joined by "|", for failure messages and whole-text checks.
inline std::string spans_of(const std::vector<Mention>& mentions) {
  std::string joined;
  for (const Mention& mention : mentions) {
    if (!joined.empty()) joined += "|";
    joined += mention.text;
  }
  return joined;
}

/// The mention of `text` (published on `published`) spanning exactly `span`, or a test failure.
inline Mention only_mention(std::string_view text, std::string_view span, const Date& published) {
  const std::vector<Mention> mentions = extract_mentions(text, published);
  for (const Mention& mention : mentions) {
    if (mention.text == span) return mention;
  }
  ADD_FAILURE() << "no mention '" << span << "' in: " << text << " gave: " << spans_of(mentions);
  return Mention{};
}

inline std::string iso(const std::optional<Date>& date) { return date ? format_iso_date(*date) : ""; }

/// A test file's `extract(text)`: the mentions of a text published on the file's day,
/// or on another given day.
struct ExtractOn {
  Date published;
  std::vector<Mention> operator()(std::string_view text) const { return extract_mentions(text, published); }
  std::vector<Mention> operator()(std::string_view text, const Date& day) const {
    return extract_mentions(text, day);
  }
};

/// A test file's `only(text, span)`: the one mention spanning `span`, as `only_mention`.
struct OnlyMentionOn {
  Date published;
  Mention operator()(std::string_view text, std::string_view span) const {
    return only_mention(text, span, published);
  }
  Mention operator()(std::string_view text, std::string_view span, const Date& day) const {
    return only_mention(text, span, day);
  }
};

}  // namespace figcheck::test
