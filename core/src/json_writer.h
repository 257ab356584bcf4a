// Writes JSON text straight into a string: the report can be megabytes, and
// building a DOM first would cost more than the check itself. Internal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// Starts a member; the value written next belongs to it.
  void key(std::string_view name);

  /// A string; invalid UTF-8 becomes U+FFFD, so the output is always valid JSON.
  void string(std::string_view value);
  /// Whole numbers as integers (71400), others in the shortest form that reads back
  /// exactly; NaN and infinities as null. The same text natively and in wasm.
  void number(double value);
  void integer(std::int64_t value);
  void boolean(bool value);
  void null();

  void number_or_null(const std::optional<double>& value) { value ? number(*value) : null(); }
  void string_or_null(std::string_view value) { value.empty() ? null() : string(value); }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void write_string(std::string_view value);

  std::string& out_;
  bool first_ = true;       // no member or element written yet in the open container
  bool after_key_ = false;  // a key was written and waits for its value
};

}  // namespace figcheck::detail
