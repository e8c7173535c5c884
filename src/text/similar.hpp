// How much two pieces of text have in common, for telling which earlier figure a sentence
// names ("在主动公开的信息中" repeats the words of "主动公开政府信息120条").
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

namespace tally::text {

// The length of the longest run of code points that both a and b contain.
inline std::size_t common_run(std::u32string_view a, std::u32string_view b) {
  std::size_t best = 0;
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      best = std::max(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

}  // namespace tally::text
