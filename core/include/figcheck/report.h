// The report's two renderings: JSON, the one output format of the CLI and the
// wasm module, and a plain-text form for terminals.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "figcheck/check.h"

namespace figcheck {

/// The report as one line of JSON (schema in README.md, "figcheck": 1), all in
/// ASCII: other characters are \u escapes, invalid UTF-8 in the text U+FFFD's.
/// The result is always valid JSON.
std::string report_to_json(const Report& report);

/// The same JSON, handed to `sink` in pieces of about 64 KB, for a caller that
/// passes it on rather than keeping it whole: the wasm module gathers the pieces
/// in a JavaScript buffer, so a 1 MB text's 10 MB report never sits in its memory.
void write_report_json(const Report& report, const std::function<void(std::string_view)>& sink);

/// About how many bytes the report's JSON takes, as a rule a little more: room
/// for a caller that gathers write_report_json's pieces.
std::size_t report_json_size_estimate(const Report& report);

/// The report for a terminal: a summary line, then one line per mention with its
/// verdict, the reference and the explanation.
std::string report_to_text(const Report& report);

}  // namespace figcheck
