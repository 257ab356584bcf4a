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

  /// A string, written in ASCII: other characters as \u escapes, invalid UTF-8 as
  /// U+FFFD's, so the output is always valid JSON.
  void string(std::string_view value) {
    before_value();
    char* const end = write_string(room_for(value.size() + 2), value);  // may move buffer_
    size_ = static_cast<std::size_t>(end - buffer_);
  }
  /// A string of the report's own making with nothing to escape: plain ASCII
  /// without quotes, backslashes or control characters (a name, an ISO date).
  void plain_string(std::string_view value) {
    before_value();
    size_ = static_cast<std::size_t>(write_plain_string(room_for(value.size() + 2), value) - buffer_);
  }
  /// Whole numbers as integers (71400), others in the shortest form that reads back
  /// exactly; NaN and infinities as null. The same text natively and in wasm.
  void number(double value) {
    before_value();
    size_ = static_cast<std::size_t>(write_number(room_for(kNumberLongest), value) - buffer_);
  }
  void integer(std::int64_t value) {
    before_value();
    size_ = static_cast<std::size_t>(write_integer(room_for(kIntegerLongest), value) - buffer_);
  }
  void boolean(bool value) { value ? put_literal("true") : put_literal("false"); }
  void null() { put_literal("null"); }

  /// Where the next byte goes, counted from the start of the text.
  std::size_t position() const { return sunk_ + size_; }
  /// Writes again, as the next value, the value written from position `start` to
  /// `end`, and returns true; or returns false, having written nothing, when a
  /// sink has those bytes already (or would have to take them to make room).
  bool repeat_value(std::size_t start, std::size_t end);

  void number_or_null(const std::optional<double>& value) { value ? number(*value) : null(); }
  void string_or_null(std::string_view value) { value.empty() ? null() : string(value); }

  // ---- Objects of a known shape, through a cursor ----
  // A report's objects have the same members in the same order every time. Their
  // writer spells the commas and names itself, one literal per member
  // (",\"end\":"), and writes each value bare, through a Cursor into room made
  // once for the whole object: a finding is dozens of pieces of a few bytes each,
  // for which a check of room per piece, and the writer's state read back from
  // memory after each store of text (which may alias it), cost more than the copy.

  class Cursor;

  /// Calls `write(cursor)`, which writes through the cursor at most `most_bytes`
  /// bytes, counting each string's as it is, unescaped (see Cursor): room for them
  /// all is made first.
  template <typename Write>
  void write_bounded(std::size_t most_bytes, const Write& write);

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
  // A literal as the next value.
  template <std::size_t N>
  void put_literal(const char (&json)[N]) {
    before_value();
    size_ = static_cast<std::size_t>(write_literal(room_for(N - 1), json) - buffer_);
  }

  // ---- The values' text ----
  // Each writes at `at`, where the caller has made room, and returns the end.

  static constexpr std::size_t kIntegerLongest = 20;  // "-9223372036854775808"
  static constexpr std::size_t kNumberLongest = 32;   // at least kIntegerLongest and kGeneralLongest
  template <std::size_t N>
  static char* write_literal(char* at, const char (&json)[N]) {
    std::memcpy(at, json, N - 1);
    return at + N - 1;
  }
  // With room for the string copied as it is between its quotes, which is what
  // nearly every string needs; an escape or a replacement makes room for its extra
  // bytes, which may flush the buffer.
  char* write_string(char* at, std::string_view value);
  char* write_string_from(std::string_view value, std::size_t done, char* out);
  static char* write_plain_string(char* at, std::string_view value) {
    *at++ = '"';
    at = copy_short(at, value);
    *at++ = '"';
    return at;
  }
  static char* write_number(char* at, double value);
  static char* write_integer(char* at, std::int64_t value);
  bool repeat(std::size_t start, std::size_t end);

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
  // sixteen go as two copies of a fixed size that overlap, up to three as the
  // first, middle and last byte.
  static char* copy_short(char* at, std::string_view text) {
    const std::size_t n = text.size();
    const char* from = text.data();
    if (n >= 8 && n <= 16) {
      std::memcpy(at, from, 8);
      std::memcpy(at + n - 8, from + n - 8, 8);
    } else if (n >= 4 && n < 8) {
      std::memcpy(at, from, 4);
      std::memcpy(at + n - 4, from + n - 4, 4);
    } else if (n >= 1 && n < 4) {
      at[0] = from[0];
      at[n / 2] = from[n / 2];
      at[n - 1] = from[n - 1];
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
  std::size_t bounded_room_ = 0;  // the room asked for by the object written through a Cursor
  bool first_ = true;       // no member or element written yet in the open container
  bool after_key_ = false;  // a key was written and waits for its value
  char chunk_[4096];        // left uninitialized: only bytes written are read
};

/// Writes a value of a known shape into room made for all of it
/// (JsonWriter::write_bounded), with no check of room per piece. Each piece takes
/// at most: a literal its length; a padded piece its whole array; a number or an
/// integer JsonWriter::kNumberLongest; a plain string or a string its length and 2 (a
/// string's escapes make room of their own); a repeat the bytes repeated.
class JsonWriter::Cursor {
 public:
  /// JSON text of the caller's making, a literal: brackets, commas, member names.
  template <std::size_t N>
  void literal(const char (&json)[N]) {
    at_ = write_literal(at_, json);
  }
  void string(std::string_view value) {
    // A claim's scope and metric are most often empty.
    value.empty() ? literal("\"\"") : (void)(at_ = writer_.write_string(at_, value));
  }
  void plain_string(std::string_view value) { at_ = write_plain_string(at_, value); }
  /// The first `size` bytes of `json`, JSON text of the caller's making, copied as all
  /// N of them (a copy of a size known here, where one of `size` bytes would be a call
  /// or a few branches); the bytes past `size` are written over next.
  template <std::size_t N>
  void padded(const char (&json)[N], std::size_t size) {
    std::memcpy(at_, json, N);
    at_ += size;
  }
  /// Plain text as plain_string writes it, written in place by `write(at)`, which
  /// returns its end: an ISO date goes straight into the buffer, with no copy.
  template <typename Write>
  void plain_string_written(const Write& write) {
    *at_++ = '"';
    at_ = write(at_);
    *at_++ = '"';
  }
  void number(double value) { at_ = write_number(at_, value); }
  void integer(std::int64_t value) { at_ = write_integer(at_, value); }
  void number_or_null(const std::optional<double>& value) { value ? number(*value) : literal("null"); }
  void string_or_null(std::string_view value) { value.empty() ? literal("null") : string(value); }

  /// Where the next byte goes, counted from the start of the text.
  std::size_t position() const { return writer_.sunk_ + static_cast<std::size_t>(at_ - writer_.buffer_); }
  /// Writes again the bytes from position `start` to `end`, and returns true; or
  /// returns false, having written nothing, when a sink has them already (a
  /// string's escapes may have flushed the buffer).
  bool repeat(std::size_t start, std::size_t end) {
    writer_.size_ = static_cast<std::size_t>(at_ - writer_.buffer_);
    const bool repeated = writer_.repeat(start, end);
    at_ = writer_.buffer_ + writer_.size_;
    return repeated;
  }

 private:
  friend class JsonWriter;
  Cursor(JsonWriter& writer, char* at) : writer_(writer), at_(at) {}

  JsonWriter& writer_;  // for a string's escapes, which make room as they go
  char* at_;
};

template <typename Write>
void JsonWriter::write_bounded(std::size_t most_bytes, const Write& write) {
  Cursor cursor(*this, room_for(most_bytes));
  bounded_room_ = most_bytes;
  write(cursor);
  bounded_room_ = 0;
  size_ = static_cast<std::size_t>(cursor.at_ - buffer_);
}

}  // namespace figcheck::detail
