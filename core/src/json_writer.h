// Writes JSON text straight into a string, or in pieces to a sink: the report can
// be megabytes, and building a DOM first would cost more than the check itself.
// Internal.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::detail {

class JsonWriter {
 public:
  /// Receives the text in pieces, in order; a piece may end inside a UTF-8 sequence.
  using Sink = std::function<void(std::string_view)>;

  /// `capacity`: the bytes expected, so that a large report is one allocation.
  /// With a `sink`, the text goes to it whenever `capacity` bytes are pending
  /// (and at finish()), so that memory stays at `capacity` however long the text.
  explicit JsonWriter(std::size_t capacity = 256, Sink sink = {}) : sink_(std::move(sink)) {
    buffer_.resize(std::max<std::size_t>(capacity, 16));
  }

  /// Hands the pending text to the sink.
  void finish() {
    if (sink_ && size_ > 0) sink_(std::string_view(buffer_.data(), size_));
    size_ = 0;
  }

  /// The JSON written so far; the writer is left empty.
  std::string take() {
    buffer_.resize(size_);
    size_ = 0;
    first_ = true;
    after_key_ = false;
    return std::move(buffer_);
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// Starts a member; the value written next belongs to it. `name` is one of the
  /// report's own plain-ASCII names: nothing to escape. Inline, so that the
  /// name's length is known where it is written.
  void key(std::string_view name) {
    if (buffer_.size() - size_ < name.size() + 4) grow(name.size() + 4);
    char* at = buffer_.data() + size_;
    if (!first_) *at++ = ',';
    *at++ = '"';
    std::memcpy(at, name.data(), name.size());
    at += name.size();
    *at++ = '"';
    *at++ = ':';
    size_ = static_cast<std::size_t>(at - buffer_.data());
    first_ = false;
    after_key_ = true;
  }

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

  // Bytes go straight into a buffer kept larger than the text: a report is
  // thousands of short pieces, and std::string's append costs more than the copy.
  void put(char c) {
    if (size_ == buffer_.size()) grow(1);
    buffer_[size_++] = c;
  }
  void put(std::string_view text) {
    if (buffer_.size() - size_ < text.size()) grow(text.size());
    std::memcpy(buffer_.data() + size_, text.data(), text.size());
    size_ += text.size();
  }
  void grow(std::size_t more) {
    if (sink_ && size_ > 0) {
      finish();
      if (buffer_.size() >= more) return;
    }
    buffer_.resize(std::max(buffer_.size() * 2, size_ + more));
  }

  Sink sink_;
  std::string buffer_;  // the text not yet taken or sunk is buffer_[0, size_)
  std::size_t size_ = 0;
  bool first_ = true;       // no member or element written yet in the open container
  bool after_key_ = false;  // a key was written and waits for its value
};

}  // namespace figcheck::detail
