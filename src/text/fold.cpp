// Folding for matching: width folding and traditional -> simplified, one code point each.
#include "text/fold.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace tally::text {
namespace {
#include "fold_table.inc"

// A direct table for the BMP CJK block, built on first use from the sorted pairs: each code
// point's folding, itself where it has none.
const std::vector<char16_t>& cjk_table() {
  static const std::vector<char16_t> table = [] {
    std::vector<char16_t> t(0xA000 - 0x3400);
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = static_cast<char16_t>(0x3400 + i);
    for (auto [from, to] : kHantToHans)
      if (from >= 0x3400 && from < 0xA000 && to < 0x10000) t[from - 0x3400] = static_cast<char16_t>(to);
    return t;
  }();
  return table;
}

// The CJK block is tested first: it holds most characters of a report.
char32_t fold_with(const std::vector<char16_t>& cjk, char32_t c) {
  if (c - 0x3400 < 0xA000 - 0x3400) return cjk[c - 0x3400];
  if (c < 0x80) return c;
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000 || c == 0xA0) return U' ';
  if (c >= 0xF900 && c <= 0xFAFF) {
    auto it = std::lower_bound(std::begin(kHantToHans), std::end(kHantToHans), std::pair<char32_t, char32_t>{c, 0});
    if (it != std::end(kHantToHans) && it->first == c) return it->second;
  }
  return c;
}
}  // namespace

char32_t fold(char32_t c) { return fold_with(cjk_table(), c); }

std::u32string fold(std::u32string_view s) {
  const auto& cjk = cjk_table();  // once, not a check of the static's guard per character
  // Folded a block at a time on the stack and appended: a copy of the whole text to fold in
  // place, or room zero-filled for it, costs a pass over memory of its own.
  constexpr std::size_t kBlock = 256;
  std::u32string out;
  out.reserve(s.size());
  char32_t buf[kBlock];
  for (std::size_t i = 0; i < s.size(); i += kBlock) {
    std::u32string_view part = s.substr(i, kBlock);
    for (std::size_t k = 0; k < part.size(); ++k) buf[k] = fold_with(cjk, part[k]);
    out.append(buf, part.size());
  }
  return out;
}

}  // namespace tally::text
