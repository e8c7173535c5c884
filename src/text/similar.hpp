// How much two pieces of text have in common, for telling which earlier figure a sentence
// names ("在主动公开的信息中" repeats the words of "主动公开政府信息120条").
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tally::text {

// The length of the longest run of code points that both a and b contain.
inline std::size_t common_run(std::u32string_view a, std::u32string_view b) {
  std::size_t best = 0;
  // Two rows of the table; on the stack for the short words this mostly compares (labels).
  constexpr std::size_t kStack = 64;
  std::uint32_t stack[2 * (kStack + 1)];
  std::vector<std::uint32_t> heap;
  std::uint32_t* prev = stack;
  if (b.size() > kStack) {
    heap.resize(2 * (b.size() + 1));
    prev = heap.data();
  }
  std::uint32_t* cur = prev + b.size() + 1;
  std::fill(prev, cur + b.size() + 1, 0u);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      best = std::max<std::size_t>(best, cur[j]);
    }
    std::swap(prev, cur);
  }
  return best;
}

}  // namespace tally::text
