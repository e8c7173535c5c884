// Which pairs of adjacent code points a text holds, hashed into 2^16 bits. A word holding a
// pair its text lacks does not occur in it: a search of a whole report for the words a pattern
// needs (the `unless` patterns) passes over most absent words without reading the
// report again for each. Built once per document (a few instructions a character).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace tally::text {

class PairIndex {
 public:
  // Indexes the code points of a text (the pairs of its UTF-8 are the same: a word found in
  // the UTF-8 starts at a character and decodes to the text's code points).
  void build(std::u32string_view s) {
    bits_.assign(kWords, 0);
    for (std::size_t i = 1; i < s.size(); ++i) set(slot(s[i - 1], s[i]));
  }
  // False when `word` (UTF-8) does not occur in the text indexed: a pair of its adjacent code
  // points is not there. True when it may: all its pairs are, or it has fewer than two code
  // points, or is not UTF-8, or nothing was indexed.
  bool may_hold(std::string_view word) const {
    if (bits_.empty()) return true;
    char32_t prev = 0;
    bool have = false;
    for (std::size_t i = 0; i < word.size();) {
      char32_t c = 0;
      std::size_t len = decode_utf8_at(word, i, c);
      if (len == 0) return true;
      if (have && !test(slot(prev, c))) return false;
      prev = c;
      have = true;
      i += len;
    }
    return true;
  }

 private:
  static constexpr std::size_t kWords = (1u << 16) / 64;
  static std::uint32_t slot(char32_t a, char32_t b) {
    return static_cast<std::uint32_t>(((std::uint64_t{a} << 32 | b) * 0x9E3779B97F4A7C15ull) >> 48);
  }
  void set(std::uint32_t s) { bits_[s >> 6] |= std::uint64_t{1} << (s & 63u); }
  bool test(std::uint32_t s) const { return (bits_[s >> 6] >> (s & 63u)) & 1u; }
  std::vector<std::uint64_t> bits_;
};

}  // namespace tally::text
