#include "csv.h"

namespace figcheck::detail {

CsvResult parse_csv(std::string_view text) {
  CsvResult result;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> record;
  std::string field;
  std::size_t line = 1;
  std::size_t record_line = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool header_done = false;

  auto end_record = [&]() -> bool {
    record.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
    const bool blank = record.size() == 1 && record.front().empty();
    if (!blank) {
      if (!header_done) {
        result.table.header = std::move(record);
        header_done = true;
      } else if (record.size() > result.table.header.size()) {
        result.error = "has " + std::to_string(record.size()) + " fields but the header has " +
                       std::to_string(result.table.header.size());
        result.line = record_line;
        return false;
      } else {
        record.resize(result.table.header.size());
        result.table.rows.push_back(std::move(record));
        result.table.row_lines.push_back(record_line);
      }
    }
    record.clear();
    return true;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (!end_record()) return result;
      ++line;
      record_line = line;
    } else if (field_was_quoted) {
      result.error = "has text after a closing quote";
      result.line = line;
      return result;
    } else {
      field += c;
    }
  }
  if (in_quotes) {
    result.error = "has a quote that is never closed";
    result.line = record_line;
    return result;
  }
  if (!field.empty() || !record.empty()) end_record();
  if (!header_done && result.error.empty()) {
    result.error = "is empty: the first line must name the columns";
    result.line = 1;
  }
  return result;
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace figcheck::detail
