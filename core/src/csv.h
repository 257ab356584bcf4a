// RFC 4180 CSV, as spreadsheets export it. Internal.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck::detail {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> row_lines;  ///< the line each row starts on (1-based; the header is line 1)
};

struct CsvResult {
  CsvTable table;
  std::string error;      ///< empty when the text parsed
  std::size_t line = 0;   ///< where the error is
  bool ok() const { return error.empty(); }
};

/// Parses CSV: a header row then records; quoted fields may hold commas, quotes
/// ("" inside quotes) and line breaks; CRLF or LF; a UTF-8 byte order mark is skipped.
/// Blank lines are skipped. A record with more fields than the header is an error.
CsvResult parse_csv(std::string_view text);

/// One field, quoted when it needs to be.
std::string csv_field(std::string_view value);

}  // namespace figcheck::detail
