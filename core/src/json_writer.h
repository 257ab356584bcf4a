// Writes JSON text straight into a string, or in pieces to a sink: the report can
// be megabytes, and building a DOM first would cost more than the check itself.
// Internal.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck::detail {

class JsonWriter {
 public:
  /// Receives the text in pieces, in order; a piece may end inside a UTF-8 sequence.
  using Sink = std::function<void(std::string_view)>;

  /// Without a `sink`, the text is kept for take(), and `capacity` is the bytes
  /// expected, so that a large report is one allocation. With a `sink`, the text
  /// goes to it whenever `capacity` bytes are pending (and at finish()), so that
  /// memory stays at `capacity` however long the text.
  explicit JsonWriter(std::size_t capacity = 256, Sink sink = {}) : sink_(std::move(sink)) {
    if (sink_) {
      use_buffer(std::max<std::size_t>(capacity, 16));
    } else {
      text_.reserve(capacity);
      buffer_ = chunk_;
      capacity_ = sizeof chunk_;
    }
  }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  /// Hands the pending text to the sink.
  void finish() { flush(); }

  /// The JSON written so far; the writer is left empty.
  std::string take() {
    flush();
    sunk_ = 0;
    first_ = true;
    after_key_ = false;
    return std::move(text_);
  }

  // ---- Values with their separators ----
  // Each value, member name and container adds the comma that goes before it.

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// Starts a member; the value written next belongs to it. `name` is one of the
  /// report's own plain-ASCII names, a literal: nothing to escape, and its length
  /// is known where it is written, so the copy is a few moves.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    constexpr std::size_t length = N - 1;
    char* at = room_for(length + 4);
    if (!first_) *at++ = ',';
    *at++ = '"';
    std::memcpy(at, name, length);
    at += length;
    *at++ = '"';
    *at++ = ':';
    size_ = static_cast<std::size_t>(at - buffer_);
    first_ = false;
    after_key_ = true;
  }

  /// A string; invalid UTF-8 becomes U+FFFD, so the output is always valid JSON.
  void string(std::string_view value) { before_value(), put_string(value); }
  /// A string of the report's own making with nothing to escape: plain ASCII
  /// without quotes, backslashes or control characters (a name, an ISO date).
  void plain_string(std::string_view value) { before_value(), put_plain_string(value); }
  /// Whole numbers as integers (71400), others in the shortest form that reads back
  /// exactly; NaN and infinities as null. The same text natively and in wasm.
  void number(double value) { before_value(), put_number(value); }
  void integer(std::int64_t value) { before_value(), put_integer(value); }
  void boolean(bool value) { before_value(), value ? put_literal("true") : put_literal("false"); }
  void null() { before_value(), put_literal("null"); }

  /// Where the next byte goes, counted from the start of the text.
  std::size_t position() const { return sunk_ + size_; }
  /// Writes again, as the next value, the value written from position `start` to
  /// `end`, and returns true; or returns false, having written nothing, when a
  /// sink has those bytes already (or would have to take them to make room).
  bool repeat_value(std::size_t start, std::size_t end);

  void number_or_null(const std::optional<double>& value) { value ? number(*value) : null(); }
  void string_or_null(std::string_view value) { value.empty() ? null() : string(value); }
  void plain_string_or_null(std::string_view value) { value.empty() ? null() : plain_string(value); }

  // ---- Bare values ----
  // A report's objects have the same members in the same order every time. Their
  // writer spells the commas and names itself, one literal per member
  // (",\"end\":"), and writes each value bare: none of these adds a separator or
  // reads or sets the state the writers above keep, which then costs nothing.

  /// JSON text of the caller's making, a literal: brackets, commas, member names.
  template <std::size_t N>
  void put_literal(const char (&json)[N]) {
    std::memcpy(room_for(N - 1), json, N - 1);
    size_ += N - 1;
  }
  void put_string(std::string_view value) {
    if (value.empty()) {
      // A claim's scope and metric are most often empty.
      put_literal("\"\"");
      return;
    }
    write_string(value);
  }
  void put_plain_string(std::string_view value) {
    char* at = room_for(value.size() + 2);
    *at++ = '"';
    at = copy_short(at, value);
    *at++ = '"';
    size_ = static_cast<std::size_t>(at - buffer_);
  }
  /// Plain text as put_plain_string writes it, written in place by `write(at)`,
  /// which writes at most `longest` bytes at `at` and returns their end: an ISO
  /// date goes straight into the buffer, with no copy.
  template <typename Write>
  void put_plain_string_written(std::size_t longest, const Write& write) {
    char* at = room_for(longest + 2);
    *at++ = '"';
    at = write(at);
    *at++ = '"';
    size_ = static_cast<std::size_t>(at - buffer_);
  }
  void put_number(double value);
  void put_integer(std::int64_t value);
  void put_number_or_null(const std::optional<double>& value) { value ? put_number(*value) : put_literal("null"); }
  void put_string_or_null(std::string_view value) { value.empty() ? put_literal("null") : put_string(value); }
  void put_plain_string_or_null(std::string_view value) {
    value.empty() ? put_literal("null") : put_plain_string(value);
  }
  /// repeat_value's copy, with no separator.
  bool put_repeat(std::size_t start, std::size_t end);

 private:
  void open(char bracket) {
    before_value();
    *room_for(1) = bracket;
    ++size_;
    first_ = true;
  }
  void close(char bracket) {
    *room_for(1) = bracket;
    ++size_;
    first_ = false;
  }
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) {
      *room_for(1) = ',';
      ++size_;
    }
    first_ = false;
  }
  void write_string(std::string_view value);
  void write_string_from(std::string_view value, std::size_t done, char* out);

  // Bytes go straight into a buffer, a report being thousands of short pieces for
  // which std::string's append costs more than the copy. Without a sink the buffer
  // is chunk_, appended to text_ whenever it fills: text_ is reserved and never
  // cleared first, which for a report of tens of kilobytes costs more than the
  // copy. With a sink it is a buffer of `capacity` bytes, as uninitialized.
  // Makes room for `bytes` more and returns where they go; the caller then sets size_.
  char* room_for(std::size_t bytes) {
    if (capacity_ - size_ < bytes) grow(bytes);
    return buffer_ + size_;
  }
  // Copies `text` to `at` and returns its end. A name or a date is a few bytes,
  // which a call to memcpy of a length known only here would cost more than: up to
  // sixteen go as two copies of a fixed size that overlap.
  static char* copy_short(char* at, std::string_view text) {
    const std::size_t n = text.size();
    const char* from = text.data();
    if (n >= 8 && n <= 16) {
      std::memcpy(at, from, 8);
      std::memcpy(at + n - 8, from + n - 8, 8);
    } else if (n >= 4 && n < 8) {
      std::memcpy(at, from, 4);
      std::memcpy(at + n - 4, from + n - 4, 4);
    } else {
      std::memcpy(at, from, n);
    }
    return at + n;
  }
  // Out of line, so that room_for stays small enough to inline everywhere.
  void grow(std::size_t more);
  // Hands buffer_[0, size_) to the sink, or appends it to text_, and empties it.
  void flush();
  // Writes into a buffer of `capacity` bytes of the heap from here on.
  void use_buffer(std::size_t capacity);

  Sink sink_;
  std::string text_;                     // without a sink: the text flushed so far
  std::unique_ptr<char[]> heap_buffer_;  // the buffer when chunk_ is not
  char* buffer_ = nullptr;               // the text not yet flushed is buffer_[0, size_)
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  std::size_t sunk_ = 0;    // bytes flushed so far
  bool first_ = true;       // no member or element written yet in the open container
  bool after_key_ = false;  // a key was written and waits for its value
  char chunk_[4096];        // left uninitialized: only bytes written are read
};

}  // namespace figcheck::detail
