// Hard-wrapped copy read as the prose it is. Internal.
//
// Text pasted from an email, a wire terminal or a PDF breaks its lines inside
// sentences ("said on Monday that 71,419 Palestinians\nhad been killed"). Read
// as written, each break would end a sentence and split "more than\n39,000".
// The check reads a copy whose wrapping breaks are spaces: one byte and one
// UTF-16 unit each, so every span is the same in the copy and in the text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figcheck/mention.h"

namespace figcheck::detail {

/// A copy of `text` with each line break that only wraps a sentence read as a
/// space, or nothing when no line of `text` is wrapped.
std::optional<std::string> unwrap_lines(std::string_view text);

/// extract_mentions of a text unwrap_lines has already read.
std::vector<Mention> extract_unwrapped_mentions(std::string_view text, const Date& published);

/// Puts back the text of a mention read from unwrap_lines's copy of `text` as
/// `text` has it, with its line breaks.
void restore_span_text(std::string_view text, Mention& mention);

}  // namespace figcheck::detail
