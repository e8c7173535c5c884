// A set of BMP code points, one bit each, built when compiling: membership is a shift and a
// load, where a switch or a search of a string of characters costs a chain of comparisons.
// Meant for the classifications that run once per character of a document.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace tally::text {

class CharSet {
 public:
  constexpr CharSet() = default;
  constexpr explicit CharSet(std::u32string_view chars) {
    for (char32_t c : chars) add(c);
  }
  // `c` must be in the BMP (a constant expression rejects anything else).
  constexpr CharSet& add(char32_t c) {
    bits_[c / 64] |= std::uint64_t{1} << (c % 64);
    return *this;
  }
  constexpr CharSet operator|(const CharSet& o) const {
    CharSet r = *this;
    for (std::size_t k = 0; k < bits_.size(); ++k) r.bits_[k] |= o.bits_[k];
    return r;
  }
  constexpr bool contains(char32_t c) const { return c < 0x10000 && ((bits_[c / 64] >> (c % 64)) & 1) != 0; }
  // The bits, 64 code points a word (bit c % 64 of word c / 64), for scans that test several
  // code points at once.
  const std::uint64_t* words() const { return bits_.data(); }

 private:
  std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

}  // namespace tally::text
