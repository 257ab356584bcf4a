// The report's two renderings: JSON, the one output format of the CLI and the
// wasm module, and a plain-text form for terminals.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "figcheck/check.h"

namespace figcheck {

/// The report as one line of JSON (schema in README.md, "figcheck": 1).
/// Invalid UTF-8 in the text is replaced with U+FFFD; the result is always valid JSON.
std::string report_to_json(const Report& report);

/// The same JSON, handed to `sink` in pieces of about 64 KB (a piece may end inside
/// a UTF-8 sequence), for a caller that passes it on rather than keeping it whole:
/// the wasm module decodes each piece into JavaScript, so a 1 MB text's 10 MB
/// report never sits in its memory at once.
void write_report_json(const Report& report, const std::function<void(std::string_view)>& sink);

/// The report for a terminal: a summary line, then one line per mention with its
/// verdict, the reference and the explanation.
std::string report_to_text(const Report& report);

}  // namespace figcheck
