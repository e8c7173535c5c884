// Passes over decoded text four code points at a time (SSE2, which every x86-64 has; one at a
// time elsewhere): the scans that run over every character of a document and stop at few.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tally::text {

// How many code points of `s` are one of `set`.
template <std::size_t N>
std::size_t count_any(std::u32string_view s, const char32_t (&set)[N]) {
  std::size_t i = 0, n = 0;
#if defined(__SSE2__)
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
  n = std::size_t{lanes[0]} + lanes[1] + lanes[2] + lanes[3];
#endif
  for (; i < s.size(); ++i)
    for (char32_t c : set) n += s[i] == c;
  return n;
}

// From `i` on, the offset of the first code point of `s` that is one of `set`, or npos.
template <std::size_t N>
std::size_t find_any(std::u32string_view s, std::size_t i, const char32_t (&set)[N]) {
#if defined(__SSE2__)
  __m128i want[N];
  for (std::size_t k = 0; k < N; ++k) want[k] = _mm_set1_epi32(static_cast<int>(set[k]));
  for (; i + 4 <= s.size(); i += 4) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_cmpeq_epi32(v, want[0]);
    for (std::size_t k = 1; k < N; ++k) hit = _mm_or_si128(hit, _mm_cmpeq_epi32(v, want[k]));
    if (const int m = _mm_movemask_epi8(hit); m != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m))) / 4;
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

// From `i` on, in steps of four, the first offset whose four code points are not all visible
// characters or blanks; the blanks passed over are added to `blanks`. Visible: in [0x21, 0x7F) or
// [0xA0, 0xFFFD) but for U+3000 and U+FEFF (CJK, its punctuation and full-width forms, ASCII,
// “”—…); blank: space, tab, \n, \r, U+3000 and U+FEFF. (A report's text nearly all passes:
// the rest is control characters and undecodable bytes.)
inline std::size_t skip_visible(std::u32string_view s, std::size_t i, std::size_t& blanks) {
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i ascii = _mm_set1_epi32(0x21), ascii_top = _mm_set1_epi32(static_cast<int>((0x7F - 0x21) ^ 0x80000000u));
  const __m128i wide = _mm_set1_epi32(0xA0), wide_top = _mm_set1_epi32(static_cast<int>((0xFFFD - 0xA0) ^ 0x80000000u));
  const __m128i space = _mm_set1_epi32(U' '), tab = _mm_set1_epi32(U'\t'), lf = _mm_set1_epi32(U'\n'), cr = _mm_set1_epi32(U'\r');
  const __m128i ideographic_space = _mm_set1_epi32(0x3000), bom = _mm_set1_epi32(0xFEFF);
  __m128i acc = _mm_setzero_si128();  // per lane, minus the blanks (a blank is all ones: -1)
  for (; i + 4 <= s.size(); i += 4) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i in1 = _mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, ascii), flip), ascii_top);
    __m128i in2 = _mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, wide), flip), wide_top);
    __m128i wide_blank = _mm_or_si128(_mm_cmpeq_epi32(v, ideographic_space), _mm_cmpeq_epi32(v, bom));
    __m128i blank = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(v, space), _mm_cmpeq_epi32(v, tab)),
                                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(v, lf), _mm_cmpeq_epi32(v, cr)), wide_blank));
    // (A wide blank is in [0xA0, 0xFFFD): in2 holds it, but it is a blank, not visible.)
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(in1, in2), blank)) != 0xFFFF) break;
    acc = _mm_sub_epi32(acc, blank);
  }
  alignas(16) std::uint32_t lanes[4];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), acc);
  blanks += std::size_t{lanes[0]} + lanes[1] + lanes[2] + lanes[3];
  return i;
#else
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x3000 || c == 0xFEFF; };
  auto in = [&](char32_t c) { return c - 0x21 < 0x7F - 0x21 || c - 0xA0 < 0xFFFD - 0xA0 || blank(c); };
  for (; i + 4 <= s.size(); i += 4) {
    if (!in(s[i]) || !in(s[i + 1]) || !in(s[i + 2]) || !in(s[i + 3])) return i;
    for (std::size_t k = i; k < i + 4; ++k) blanks += blank(s[k]);
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
