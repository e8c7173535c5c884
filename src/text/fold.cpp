// Folding for matching: width folding and traditional -> simplified, one code point each.
#include "text/fold.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#include "text/utf8.hpp"

namespace tally::text {
namespace {
#include "fold_table.inc"

// A direct table for the BMP CJK block, made from the sorted pairs when tally is compiled: each
// code point's folding, itself where it has none; and the same foldings as UTF-8, for the
// folded text's UTF-8 made in the same pass: the bytes first (at most three: the table maps into
// the BMP), then the byte holding their count, as a 32-bit word in memory order. (Built at the
// first fold instead, they cost every process about a million instructions, a sixth of checking
// one report.)
constexpr std::size_t kCjkSize = 0xA000 - 0x3400;
struct CjkTables {
  std::array<char16_t, kCjkSize> fold{};
  std::array<std::uint32_t, kCjkSize> utf8{};
};
constexpr CjkTables make_cjk_tables() {
  CjkTables t;
  for (std::size_t i = 0; i < kCjkSize; ++i) t.fold[i] = static_cast<char16_t>(0x3400 + i);
  for (auto [from, to] : kHantToHans)
    if (from >= 0x3400 && from < 0xA000 && to < 0x10000) t.fold[from - 0x3400] = static_cast<char16_t>(to);
  for (std::size_t i = 0; i < kCjkSize; ++i) {
    char bytes[4] = {};
    bytes[3] = static_cast<char>(encode_utf8(t.fold[i], bytes));
    std::uint32_t e = 0;
    for (int b = 0; b < 4; ++b) {
      const std::uint32_t byte = static_cast<unsigned char>(bytes[b]);
      e |= std::endian::native == std::endian::little ? byte << (8 * b) : byte << (8 * (3 - b));
    }
    t.utf8[i] = e;
  }
  return t;
}
constexpr CjkTables kCjk = make_cjk_tables();
using CjkFold = std::array<char16_t, kCjkSize>;
const CjkFold& cjk_table() { return kCjk.fold; }
const std::array<std::uint32_t, kCjkSize>& cjk_utf8_table() { return kCjk.utf8; }

bool in_cjk(char32_t c) { return c - 0x3400 < 0xA000 - 0x3400; }

// Characters outside the CJK block.
inline char32_t fold_other(char32_t c) {
  if (c < 0x80) return c;
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000 || c == 0xA0) return U' ';
  if (c >= 0xF900 && c <= 0xFAFF) {
    auto it = std::lower_bound(std::begin(kHantToHans), std::end(kHantToHans), std::pair<char32_t, char32_t>{c, 0});
    if (it != std::end(kHantToHans) && it->first == c) return it->second;
  }
  return c;
}

// The CJK block is tested first: it holds most characters of a report.
char32_t fold_with(const CjkFold& cjk, char32_t c) { return in_cjk(c) ? cjk[c - 0x3400] : fold_other(c); }
}  // namespace

char32_t fold(char32_t c) { return fold_with(cjk_table(), c); }

std::u32string fold(std::u32string_view s) {
  const auto& cjk = cjk_table();
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

namespace {
// fold(s, utf8) and, with `at`, the offset of each code point in it.
template <bool kOffsets>
std::u32string fold_to_utf8(std::u32string_view s, std::string& utf8, std::uint32_t* at) {
  const auto& cjk = cjk_table();
  const auto& cjk_utf8 = cjk_utf8_table();
  // A block at a time on the stack, as fold() above; the UTF-8 with room for four bytes a code
  // point (a table entry is stored whole, its fourth byte overwritten next).
  constexpr std::size_t kBlock = 256;
  std::u32string out;
  out.reserve(s.size());
  utf8.clear();
  utf8.reserve(s.size() * 3);
  char32_t buf[kBlock];
  char bytes[kBlock * 4];
  for (std::size_t i = 0; i < s.size(); i += kBlock) {
    std::u32string_view part = s.substr(i, kBlock);
    char* o = bytes;
    // (A code point's offset is where its bytes go in the block, moved by what came before: one
    // addition, the block's start taken off once.)
    const std::uintptr_t bias = utf8.size() - reinterpret_cast<std::uintptr_t>(bytes);
    std::uint32_t* const at_part = kOffsets ? at + i : nullptr;
    for (std::size_t k = 0; k < part.size(); ++k) {
      if constexpr (kOffsets) at_part[k] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(o) + bias);
      char32_t c = part[k];
      if (in_cjk(c)) {
        buf[k] = cjk[c - 0x3400];
        std::uint32_t e = cjk_utf8[c - 0x3400];
        std::memcpy(o, &e, sizeof e);
        o += std::endian::native == std::endian::little ? e >> 24 : e & 0xFF;
      } else {
        buf[k] = fold_other(c);
        o += encode_utf8(buf[k], o);
      }
    }
    out.append(buf, part.size());
    utf8.append(bytes, static_cast<std::size_t>(o - bytes));
  }
  if constexpr (kOffsets) at[s.size()] = static_cast<std::uint32_t>(utf8.size());
  return out;
}
}  // namespace

std::u32string fold(std::u32string_view s, std::string& utf8) { return fold_to_utf8<false>(s, utf8, nullptr); }

std::u32string fold(std::u32string_view s, std::string& utf8, std::unique_ptr<std::uint32_t[]>& at) {
  // (Four bytes a code point at most: offsets of 32 bits hold any text of up to 2^30 of them.)
  if (s.size() >= (std::size_t{1} << 30)) {
    at.reset();
    return fold_to_utf8<false>(s, utf8, nullptr);
  }
  at = std::make_unique_for_overwrite<std::uint32_t[]>(s.size() + 1);  // (every entry is written)
  return fold_to_utf8<true>(s, utf8, at.get());
}

}  // namespace tally::text
