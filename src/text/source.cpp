// Line table for a decoded document; lines end at \n, \r\n or a lone \r.
#include "text/source.hpp"

#include <algorithm>
#include <cstring>

namespace tally::text {
namespace {

// Whether any of the four code points at p is below 14 (\r and \n are), two to a 64-bit word:
// a code point below 14 borrows into its top bit when 14 is taken from it. A value with its top
// bit set (none is a code point) only makes a false alarm, and so does a borrow out of the lower
// half, which comes from a code point below 14 anyway.
bool may_end_line(const char32_t* p) {
  constexpr std::uint64_t kFourteen = 0x0000000E0000000EULL, kTop = 0x8000000080000000ULL;
  std::uint64_t a, b;
  std::memcpy(&a, p, 8);
  std::memcpy(&b, p + 2, 8);
  return (((a - kFourteen) & ~a) | ((b - kFourteen) & ~b)) & kTop;
}

}  // namespace

SourceMap::SourceMap(std::u32string_view text) {
  std::uint32_t start = 0;
  const auto n = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    // Four characters at a time are passed over while none can end a line, then one comparison
    // for nearly every character.
    while (n - i >= 4 && !may_end_line(text.data() + i)) i += 4;
    if (i == n) break;
    char32_t c = text[i];
    if (c > U'\r') continue;
    if (c == U'\n' || c == U'\r') {
      starts_.push_back(start);
      ends_.push_back(i);
      longest_ = std::max(longest_, i - start);
      if (c == U'\r' && i + 1 < n && text[i + 1] == U'\n') ++i;
      start = i + 1;
    }
  }
  if (start < n || starts_.empty()) {
    starts_.push_back(start);
    ends_.push_back(n);
    longest_ = std::max(longest_, n - start);
  }
}

LineCol SourceMap::at(std::uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto idx = static_cast<std::uint32_t>(it - starts_.begin());
  if (idx == 0) return {1, offset + 1};
  return {idx, offset - starts_[idx - 1] + 1};
}

}  // namespace tally::text
