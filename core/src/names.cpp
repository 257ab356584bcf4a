// The spellings the report uses for the public enums.
#include "figcheck/check.h"
#include "figcheck/dataset.h"
#include "figcheck/mention.h"

namespace figcheck {

std::string_view to_string(MentionKind kind) {
  switch (kind) {
    case MentionKind::kNumber: return "number";
    case MentionKind::kOrdinal: return "ordinal";
    case MentionKind::kPercent: return "percent";
    case MentionKind::kMoney: return "money";
    case MentionKind::kQuantity: return "quantity";
    case MentionKind::kDate: return "date";
    case MentionKind::kDateRange: return "date_range";
    case MentionKind::kDuration: return "duration";
  }
  return "number";
}

std::string_view to_string(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kNone: return "";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kOver: return "over";
    case Qualifier::kAtLeast: return "at_least";
    case Qualifier::kNearly: return "nearly";
    case Qualifier::kAlmost: return "almost";
    case Qualifier::kAbout: return "about";
    case Qualifier::kAround: return "around";
    case Qualifier::kRoughly: return "roughly";
    case Qualifier::kSome: return "some";
    case Qualifier::kUpTo: return "up_to";
    case Qualifier::kFewerThan: return "fewer_than";
    case Qualifier::kLessThan: return "less_than";
    case Qualifier::kUnder: return "under";
    case Qualifier::kAtMost: return "at_most";
    case Qualifier::kSince: return "since";
  }
  return "";
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported: return "supported";
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kOutdated: return "outdated";
    case Verdict::kUnverified: return "unverified";
  }
  return "unverified";
}

std::string_view to_string(FactKind kind) {
  switch (kind) {
    case FactKind::kCount: return "count";
    case FactKind::kRatio: return "ratio";
    case FactKind::kMoney: return "money";
    case FactKind::kQuantity: return "quantity";
    case FactKind::kDate: return "date";
    case FactKind::kDateRange: return "date_range";
    case FactKind::kDuration: return "duration";
  }
  return "count";
}

}  // namespace figcheck
