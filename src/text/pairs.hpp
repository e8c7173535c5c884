// Which pairs of adjacent code points a text holds, hashed into 2^16 bits. A word holding a
// pair its text lacks does not occur in it: a search of a whole report for the words a pattern
// needs (the `unless` patterns) passes over most absent words without reading the
// report again for each. Built once per document (a few instructions a character).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/cpu.hpp"
#include "text/utf8.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace tally::text {

class PairIndex {
 public:
  // Indexes the code points of a text (the pairs of its UTF-8 are the same: a word found in
  // the UTF-8 starts at a character and decodes to the text's code points).
  void build(std::u32string_view s) {
    bits_.assign(kWords, 0);
    std::size_t i = 1;
#if defined(__x86_64__) && defined(__GNUC__)
    if (has_avx2()) i = build_avx2(s);
#endif
    for (; i < s.size(); ++i) set(slot(s[i - 1], s[i]));
  }
  // Adds the pair (a, b), as if the text held it.
  void add(char32_t a, char32_t b) {
    if (!bits_.empty()) set(slot(a, b));
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
  // (32-bit products, so that eight pairs are hashed at once with AVX2.)
  static constexpr std::uint32_t kMul1 = 0x9E3779B1u, kMul2 = 0x85EBCA77u;
  static std::uint32_t slot(char32_t a, char32_t b) {
    return ((static_cast<std::uint32_t>(a) * kMul1 + static_cast<std::uint32_t>(b)) * kMul2) >> 16;
  }
#if defined(__x86_64__) && defined(__GNUC__)
  // The pairs ending at s[1], s[2]… eight at a time, hashed in the lanes and set one by one;
  // where the rest begins.
  [[gnu::target("avx2")]] std::size_t build_avx2(std::u32string_view s) {
    const __m256i m1 = _mm256_set1_epi32(static_cast<int>(kMul1)), m2 = _mm256_set1_epi32(static_cast<int>(kMul2));
    alignas(32) std::uint32_t at[8];
    std::size_t i = 1;
    for (; i + 8 <= s.size(); i += 8) {
      const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i - 1));
      const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i));
      const __m256i h = _mm256_mullo_epi32(_mm256_add_epi32(_mm256_mullo_epi32(a, m1), b), m2);
      _mm256_store_si256(reinterpret_cast<__m256i*>(at), _mm256_srli_epi32(h, 16));
      for (std::uint32_t k : at) set(k);
    }
    return i;
  }
#endif
  void set(std::uint32_t s) { bits_[s >> 6] |= std::uint64_t{1} << (s & 63u); }
  bool test(std::uint32_t s) const { return (bits_[s >> 6] >> (s & 63u)) & 1u; }
  std::vector<std::uint64_t> bits_;
};

}  // namespace tally::text
