// Passes over decoded text four code points at a time (SSE2, which every x86-64 has; one at a
// time elsewhere): the scans that run over every character of a document and stop at few.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/cpu.hpp"

namespace tally::text {

#if defined(__x86_64__) && defined(__GNUC__)
// Which of the eight code points at `p` are one of `want` (all ones where one is).
template <std::size_t N>
[[gnu::target("avx2")]] inline __m256i hits_avx2(const char32_t* p, const __m256i (&want)[N]) {
  __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  __m256i hit = _mm256_cmpeq_epi32(v, want[0]);
  for (std::size_t k = 1; k < N; ++k) hit = _mm256_or_si256(hit, _mm256_cmpeq_epi32(v, want[k]));
  return hit;
}

// count_any's eight code points at a time, up to where fewer than eight are left (`i`).
template <std::size_t N>
[[gnu::target("avx2")]] std::size_t count_any_avx2(std::u32string_view s, std::size_t& i, const char32_t (&set)[N]) {
  __m256i want[N];
  for (std::size_t k = 0; k < N; ++k) want[k] = _mm256_set1_epi32(static_cast<int>(set[k]));
  __m256i acc = _mm256_setzero_si256();  // per lane, minus the count (a match is all ones: -1)
  for (; i + 8 <= s.size(); i += 8) acc = _mm256_sub_epi32(acc, hits_avx2(s.data() + i, want));
  alignas(32) std::uint32_t lanes[8];
  _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), acc);
  std::size_t n = 0;
  for (std::uint32_t l : lanes) n += l;
  return n;
}
#endif

// How many code points of `s` are one of `set`.
template <std::size_t N>
std::size_t count_any(std::u32string_view s, const char32_t (&set)[N]) {
  std::size_t i = 0, n = 0;
#if defined(__x86_64__) && defined(__GNUC__)
  // (Eight at a time on a long stretch: the text between two figures, a whole text.)
  if (s.size() >= 8 && has_avx2()) n = count_any_avx2(s, i, set);
#endif
#if defined(__SSE2__)
  if (i + 4 <= s.size()) {  // (as in find_any: no vectors made for a short stretch)
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi32(static_cast<int>(set[k]));
    __m128i acc = _mm_setzero_si128();  // per lane, minus the count (a match is all ones: -1)
    for (; i + 4 <= s.size(); i += 4) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      __m128i hit = _mm_cmpeq_epi32(v, want[0]);
      for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, want[k]));
      acc = _mm_sub_epi32(acc, hit);
    }
    alignas(16) std::uint32_t lanes[4];
    _mm_store_si128(reinterpret_cast<__m128i*>(lanes), acc);
    n += std::size_t{lanes[0]} + lanes[1] + lanes[2] + lanes[3];
  }
#endif
  for (; i < s.size(); ++i)
    for (char32_t c : set) n += s[i] == c;
  return n;
}

#if defined(__x86_64__) && defined(__GNUC__)
// find_any's eight code points at a time: true with `i` at the first of `set`, or false with `i`
// where fewer than eight are left.
template <std::size_t N>
[[gnu::target("avx2")]] bool find_any_avx2(std::u32string_view s, std::size_t& i, const char32_t (&set)[N]) {
  __m256i want[N];
  for (std::size_t k = 0; k < N; ++k) want[k] = _mm256_set1_epi32(static_cast<int>(set[k]));
  for (; i + 8 <= s.size(); i += 8) {
    if (const int m = _mm256_movemask_ps(_mm256_castsi256_ps(hits_avx2(s.data() + i, want))); m != 0) {
      i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
      return true;
    }
  }
  return false;
}
#endif

// From `i` on, the offset of the first code point of `s` that is one of `set`, or npos.
template <std::size_t N>
std::size_t find_any(std::u32string_view s, std::size_t i, const char32_t (&set)[N]) {
#if defined(__x86_64__) && defined(__GNUC__)
  // (Eight at a time on a long stretch: a line's words, a whole text.)
  if (i + 8 <= s.size() && has_avx2() && find_any_avx2(s, i, set)) return i;
#endif
#if defined(__SSE2__)
  if (i + 4 <= s.size()) {  // (the set made into vectors only when four are left: a short line has none)
    __m128i want[N];
    for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi32(static_cast<int>(set[k]));
    for (; i + 4 <= s.size(); i += 4) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      __m128i hit = _mm_cmpeq_epi32(v, want[0]);
      for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, want[k]));
      if (const int m = _mm_movemask_epi8(hit); m != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m))) / 4;
    }
  }
#endif
  for (; i < s.size(); ++i)
    for (char32_t c : set)
      if (s[i] == c) return i;
  return std::u32string_view::npos;
}

// Whether a code point of `s` is one of `set`.
template <std::size_t N>
bool holds_any(std::u32string_view s, const char32_t (&set)[N]) {
  return find_any(s, 0, set) != std::u32string_view::npos;
}

// From `i` on, the offset of the first occurrence of `w` in `s`, or npos: as s.find(w, i), with
// w's first code point sought eight at a time (find_any) rather than compared one at a time. For
// a word whose first code point is seldom in the text (a CJK word's, a Latin letter's in Chinese).
inline std::size_t find_string(std::u32string_view s, std::size_t i, std::u32string_view w) {
  if (w.empty()) return i <= s.size() ? i : std::u32string_view::npos;
  const char32_t first[] = {w.front()};
  for (i = find_any(s, i, first); i != std::u32string_view::npos; i = find_any(s, i + 1, first))
    if (s.substr(i, w.size()) == w) return i;
  return std::u32string_view::npos;
}

// From `i` on, in steps of four (eight with AVX2), the first offset whose code points are not
// all text: visible or blank, in [0x20, 0x7F) or [0xA0, 0xFFFD) (CJK, its punctuation, blanks and
// full-width forms, ASCII, “”—…) or a tab, \n or \r. (A report's text nearly all is: the rest is
// control characters and undecodable bytes.) `cr` is set when a \r is among those passed over.
#if defined(__x86_64__) && defined(__GNUC__)
[[gnu::target("avx2")]] inline std::size_t skip_text_avx2(std::u32string_view s, std::size_t i, bool& cr) {
  // (x < k unsigned as min(x, k - 1) == x.)
  const __m256i ascii = _mm256_set1_epi32(0x20), ascii_last = _mm256_set1_epi32(0x7F - 0x20 - 1);
  const __m256i wide = _mm256_set1_epi32(0xA0), wide_last = _mm256_set1_epi32(0xFFFD - 0xA0 - 1);
  const __m256i tab = _mm256_set1_epi32(U'\t'), lf = _mm256_set1_epi32(U'\n'), ret = _mm256_set1_epi32(U'\r');
  __m256i crs = _mm256_setzero_si256();
  for (; i + 8 <= s.size(); i += 8) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i));
    const __m256i x = _mm256_sub_epi32(v, ascii), y = _mm256_sub_epi32(v, wide), r = _mm256_cmpeq_epi32(v, ret);
    const __m256i in = _mm256_or_si256(_mm256_cmpeq_epi32(_mm256_min_epu32(x, ascii_last), x), _mm256_cmpeq_epi32(_mm256_min_epu32(y, wide_last), y));
    const __m256i blank = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi32(v, tab), _mm256_cmpeq_epi32(v, lf)), r);
    crs = _mm256_or_si256(crs, r);
    if (_mm256_movemask_epi8(_mm256_or_si256(in, blank)) != -1) break;
  }
  cr = cr || !_mm256_testz_si256(crs, crs);
  return i;
}
#endif

inline std::size_t skip_text(std::u32string_view s, std::size_t i, bool& cr) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (has_avx2()) return skip_text_avx2(s, i, cr);
#endif
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i ascii = _mm_set1_epi32(0x20), ascii_top = _mm_set1_epi32(static_cast<int>((0x7F - 0x20) ^ 0x80000000u));
  const __m128i wide = _mm_set1_epi32(0xA0), wide_top = _mm_set1_epi32(static_cast<int>((0xFFFD - 0xA0) ^ 0x80000000u));
  const __m128i tab = _mm_set1_epi32(U'\t'), lf = _mm_set1_epi32(U'\n'), ret = _mm_set1_epi32(U'\r');
  __m128i crs = _mm_setzero_si128();
  for (; i + 4 <= s.size(); i += 4) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i r = _mm_cmpeq_epi32(v, ret);
    const __m128i in = _mm_or_si128(_mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, ascii), flip), ascii_top),
                                    _mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, wide), flip), wide_top));
    const __m128i blank = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(v, tab), _mm_cmpeq_epi32(v, lf)), r);
    crs = _mm_or_si128(crs, r);
    if (_mm_movemask_epi8(_mm_or_si128(in, blank)) != 0xFFFF) break;
  }
  cr = cr || _mm_movemask_epi8(crs) != 0;
  return i;
#else
  auto in = [](char32_t c) { return c - 0x20 < 0x7F - 0x20 || c - 0xA0 < 0xFFFD - 0xA0 || c == U'\t' || c == U'\n' || c == U'\r'; };
  for (; i + 4 <= s.size(); i += 4) {
    if (!in(s[i]) || !in(s[i + 1]) || !in(s[i + 2]) || !in(s[i + 3])) return i;
    for (std::size_t k = i; k < i + 4; ++k) cr = cr || s[k] == U'\r';
  }
  return i;
#endif
}

// From `i` on, in steps of four, the first offset whose four code points are not all at least
// `lo`; the offset of the last (partial) step when all are.
inline std::size_t skip_at_least(std::u32string_view s, std::size_t i, char32_t lo) {
#if defined(__SSE2__)
  // Code points are below 2^31: a signed comparison serves.
  const __m128i below = _mm_set1_epi32(static_cast<int>(lo));
  for (; i + 8 <= s.size(); i += 8) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 4));
    if (_mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi32(a, below), _mm_cmplt_epi32(b, below))) != 0) break;
  }
  for (; i + 4 <= s.size(); i += 4) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (_mm_movemask_epi8(_mm_cmplt_epi32(a, below)) != 0) return i;
  }
  return i;
#else
  for (; i + 4 <= s.size(); i += 4)
    if (s[i] < lo || s[i + 1] < lo || s[i + 2] < lo || s[i + 3] < lo) return i;
  return i;
#endif
}

}  // namespace tally::text
