// A hash table in one block, open addressing with linear probing, for the small
// tables one check builds (a handful of entries on an article, thousands on a long
// text): a node-based map's allocation and release per entry cost more than the
// lookups it served. Internal.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace figcheck::detail {

/// `KeyTraits` gives the key's hash, its empty mark and equality:
///   static Key empty();                            // the key of an unused slot
///   static bool is_empty(const Key&);
///   static std::size_t hash(const Key&);
///   static bool same(const Key&, const Key&);
/// No real key may be the empty mark. `kFirstSize`, a power of two, is the slots
/// the first insertion makes; the table is kept at most half full.
template <typename Key, typename Value, typename KeyTraits, std::size_t kFirstSize = 16>
class FlatTable {
 public:
  /// The value stored for `key`, and false; or, when the key is new, `value` stored
  /// for it, and true. The pointer holds until the next insertion.
  std::pair<Value*, bool> try_emplace(const Key& key, Value value) {
    if (slots_.empty()) slots_.resize(kFirstSize);
    Slot& slot = slots_[slot_of(key)];
    if (!KeyTraits::is_empty(slot.key)) return {&slot.value, false};
    slot = {key, std::move(value)};
    if (2 * ++used_ <= slots_.size()) return {&slot.value, true};
    grow();
    return {&slots_[slot_of(key)].value, true};
  }

  /// The value stored for `key`, or null.
  const Value* find(const Key& key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[slot_of(key)];
    return KeyTraits::is_empty(slot.key) ? nullptr : &slot.value;
  }

 private:
  static_assert(kFirstSize >= 2 && (kFirstSize & (kFirstSize - 1)) == 0);

  struct Slot {
    Key key = KeyTraits::empty();
    Value value{};
  };

  // The key's slot, or the empty one where it would go.
  std::size_t slot_of(const Key& key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = KeyTraits::hash(key) & mask;
    while (!KeyTraits::is_empty(slots_[slot].key) && !KeyTraits::same(slots_[slot].key, key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  void grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(2 * slots_.size()));
    for (Slot& slot : old) {
      if (!KeyTraits::is_empty(slot.key)) slots_[slot_of(slot.key)] = std::move(slot);
    }
  }

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
};

}  // namespace figcheck::detail
