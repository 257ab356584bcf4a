// The report's two renderings: JSON, the one output format of the CLI and the
// wasm module, and a plain-text form for terminals.
#pragma once

#include <string>

#include "figcheck/check.h"

namespace figcheck {

/// The report as one line of JSON (schema in README.md, "figcheck": 1).
/// Invalid UTF-8 in the text is replaced with U+FFFD; the result is always valid JSON.
std::string report_to_json(const Report& report);

/// The report for a terminal: a summary line, then one line per mention with its
/// verdict, the reference and the explanation.
std::string report_to_text(const Report& report);

}  // namespace figcheck
