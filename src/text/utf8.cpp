// UTF-8 <-> code points for text already known to be Unicode, and display widths.
#include "text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tally::text {

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  out.append(buf, encode_utf8(c, buf));
}

std::size_t encode_utf8_all(std::u32string_view s, char* out) {
  char* o = out;
  for (char32_t c : s) {
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
    } else if (c < 0x10000 && c >= 0x800 && std::endian::native == std::endian::little) {
      // Three bytes (all of CJK) in one four-byte store; the fourth is overwritten next, and
      // fits in the room for four bytes per code point.
      std::uint32_t v = 0x8080E0u | (c >> 12) | ((c >> 6 & 0x3F) << 8) | ((c & 0x3F) << 16);
      std::memcpy(o, &v, sizeof v);
      o += 3;
    } else {
      o += encode_utf8(c, o);
    }
  }
  return static_cast<std::size_t>(o - out);
}

std::size_t utf8_length(std::u32string_view s) {
  // Summed in 32 bits (a lane per code point once vectorised), a chunk short enough not to
  // overflow them at a time.
  constexpr std::size_t kChunk = std::size_t{1} << 28;
  std::size_t n = s.size();
  for (std::size_t i = 0; i < s.size(); i += kChunk) {
    std::uint32_t extra = 0;
    for (char32_t c : s.substr(i, kChunk)) extra += (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
    n += extra;
  }
  return n;
}

std::size_t display_width(std::u32string_view s) {
  std::size_t w = 0, i = 0;
#if defined(__SSE2__)
  // Per lane, all ones where the code point is narrow (below U+0300: width 1) or wide (U+2E80 to
  // U+A4CF but U+303F, U+FF00 to U+FF60: width 2), as display_width(char32_t) tells them; a
  // step of four holding any other goes one by one.
  const __m128i flip = _mm_set1_epi32(static_cast<int>(0x80000000u));
  const __m128i narrow_top = _mm_set1_epi32(static_cast<int>(0x300 ^ 0x80000000u));
  const __m128i cjk = _mm_set1_epi32(0x2E80), cjk_top = _mm_set1_epi32(static_cast<int>((0xA4D0 - 0x2E80) ^ 0x80000000u));
  const __m128i forms = _mm_set1_epi32(0xFF00), forms_top = _mm_set1_epi32(static_cast<int>((0xFF61 - 0xFF00) ^ 0x80000000u));
  const __m128i mark = _mm_set1_epi32(0x303F);
  __m128i wide_lanes = _mm_setzero_si128();  // per lane, minus the wide code points (all ones: -1)
  for (; i + 4 <= s.size(); i += 4) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i narrow = _mm_cmplt_epi32(_mm_xor_si128(v, flip), narrow_top);
    __m128i wide = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi32(v, mark), _mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, cjk), flip), cjk_top)),
                                _mm_cmplt_epi32(_mm_xor_si128(_mm_sub_epi32(v, forms), flip), forms_top));
    if (_mm_movemask_epi8(_mm_or_si128(narrow, wide)) == 0xFFFF) {
      w += 4;
      wide_lanes = _mm_sub_epi32(wide_lanes, wide);
      continue;
    }
    for (std::size_t k = i; k < i + 4; ++k) w += static_cast<std::size_t>(display_width(s[k]));
  }
  alignas(16) std::uint32_t lanes[4];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), wide_lanes);
  w += std::size_t{lanes[0]} + lanes[1] + lanes[2] + lanes[3];
#endif
  for (; i < s.size(); ++i) w += static_cast<std::size_t>(display_width(s[i]));
  return w;
}

std::string to_utf8(std::u32string_view s) {
  // Text up to a line's length (every label, unit and title) goes through the stack so that
  // the string is made at its exact size: short text then fits the string's own buffer and
  // needs no allocation. Longer text is appended a stack buffer at a time to a string with
  // room for three bytes a code point (CJK), rather than written into zero-filled room for four.
  constexpr std::size_t kOnStack = 256;
  char buf[kOnStack * 4];
  if (s.size() <= kOnStack) return std::string(buf, encode_utf8_all(s, buf));
  std::string out;
  out.reserve(s.size() * 3);
  for (std::size_t i = 0; i < s.size(); i += kOnStack) out.append(buf, encode_utf8_all(s.substr(i, kOnStack), buf));
  return out;
}

std::u32string from_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char t = static_cast<unsigned char>(s[i + k]);
      if ((t >> 6) != 2) { ok = false; break; }
      c = (c << 6) | (t & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += len;
  }
  return out;
}

}  // namespace tally::text
