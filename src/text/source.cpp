// Line table for a decoded document; lines end at \n, \r\n or a lone \r.
#include "text/source.hpp"

#include <algorithm>

#include "text/scan.hpp"

namespace tally::text {

SourceMap::SourceMap(std::u32string_view text) {
  std::uint32_t start = 0;
  const auto n = static_cast<std::uint32_t>(text.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    // Four characters at a time are passed over while none can end a line (none is below
    // \r), then one comparison for nearly every character.
    i = static_cast<std::uint32_t>(skip_at_least(text, i, U'\r' + 1));
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
