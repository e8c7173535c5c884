// Decoding: BOMs, strict UTF-8, then GB18030 or Big5 through ICU, whichever decodes with fewer
// errors and more common characters. Invalid bytes become U+FFFD and are counted.
#include "text/encoding.hpp"
#include "text/cpu.hpp"
#include "text/utf8.hpp"

#include <unicode/ucnv.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>

namespace tally::text {
namespace {

// Eight bytes read as one word: counting and copying a word at a time instead of a byte.
std::uint64_t load8(const unsigned char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;  // bit 7 of each byte
constexpr std::uint64_t kLowBytes = 0x0101010101010101ULL;  // 1 in each byte

// The code point of the three-byte sequence in the low three bytes of a little-endian word,
// its form already checked.
char32_t three_byte(std::uint64_t w) {
  return static_cast<char32_t>(((w & 0x0F) << 12) | ((w >> 2) & 0xFC0) | ((w >> 16) & 0x3F));
}

#if defined(__x86_64__) && defined(__GNUC__)
// A run of well-formed three-byte sequences (CJK) from p on, decoded into o eight at a time:
// how many were decoded. Groups start below `stop` bytes and read 28 bytes at most, all within
// `room`; each writes eight code points to o, of which the good ones at its head are kept (the
// run ends at the first that is not CJK: the word-at-a-time path below reads on from there).
// Each 128-bit half takes twelve bytes: its four sequences' bytes are shuffled into four 32-bit
// lanes, last byte lowest, where the form (1110xxxx 10xxxxxx 10xxxxxx) is checked and the code
// point put together; overlong forms (below U+0800) and surrogates are refused as the scalar
// path refuses them.
[[gnu::target("avx2")]] std::size_t cjk_run_avx2(const unsigned char* p, std::size_t stop, std::size_t room, char32_t* o) {
  // Lane k: bytes 3k+2, 3k+1, 3k, then a zero (index -1).
  const __m256i order = _mm256_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1,  //
                                         2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1);
  std::size_t done = 0;
  for (std::size_t at = 0; at < stop && room - at >= 28; at = 3 * done) {
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + 12));
    const __m256i x = _mm256_shuffle_epi8(_mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1), order);
    const __m256i form = _mm256_cmpeq_epi32(_mm256_and_si256(x, _mm256_set1_epi32(0x00F0C0C0)), _mm256_set1_epi32(0x00E08080));
    const __m256i c = _mm256_or_si256(
        _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi32(x, 4), _mm256_set1_epi32(0xF000)),
                        _mm256_and_si256(_mm256_srli_epi32(x, 2), _mm256_set1_epi32(0x0FC0))),
        _mm256_and_si256(x, _mm256_set1_epi32(0x3F)));
    const __m256i wide = _mm256_cmpgt_epi32(c, _mm256_set1_epi32(0x7FF));
    const __m256i surrogate = _mm256_cmpeq_epi32(_mm256_and_si256(c, _mm256_set1_epi32(0xF800)), _mm256_set1_epi32(0xD800));
    const auto good = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_andnot_si256(surrogate, _mm256_and_si256(form, wide))));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + done), c);
    const std::size_t k = good == 0xFFFFFFFFu ? 8 : static_cast<std::size_t>(__builtin_ctz(~good)) / 4;
    done += k;
    if (k < 8) break;
  }
  return done;
}
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// count_starts thirty-two bytes at a time: a continuation byte, 0x80 to 0xBF, is below -64 as a
// signed byte.
[[gnu::target("avx2,popcnt")]] std::size_t count_starts_avx2(const unsigned char* p, std::size_t n) {
  std::size_t starts = n;
  std::size_t i = 0;
  const __m256i first_start = _mm256_set1_epi8(-64);
  for (; i + 32 <= n; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    starts -= static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpgt_epi8(first_start, v)))));
  }
  for (; i < n; ++i) starts -= (p[i] & 0xC0) == 0x80;
  return starts;
}
#endif

// How many of the bytes are not UTF-8 continuation bytes (10xxxxxx).
std::size_t count_starts(const unsigned char* p, std::size_t n) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (has_avx2()) return count_starts_avx2(p, n);
#endif
  std::size_t starts = n;
  std::size_t i = 0;
  while (i + 8 <= n) {
    // Per byte, 1 where bit 7 is set and bit 6 (shifted up onto bit 7) clear, summed bytewise
    // over up to 255 words before the bytes are added up.
    std::uint64_t acc = 0;
    const std::size_t end = i + 8 * std::min<std::size_t>((n - i) / 8, 255);
    for (; i < end; i += 8) {
      std::uint64_t w = load8(p + i);
      acc += (w & ~(w << 1) & kHighBits) >> 7;
    }
    constexpr std::uint64_t kEvenBytes = 0x00FF00FF00FF00FFULL;
    std::uint64_t pairs = (acc & kEvenBytes) + ((acc >> 8) & kEvenBytes);  // four 16-bit sums
    starts -= static_cast<std::size_t>((pairs * 0x0001000100010001ULL) >> 48);
  }
  for (; i < n; ++i) starts -= (p[i] & 0xC0) == 0x80;
  return starts;
}

// Decodes UTF-8, replacing each invalid sequence; returns the number replaced.
// Code points are written straight into a buffer on the stack, a block of input at a time, and
// appended to `out`, instead of a push_back (a capacity check and a new terminator) per code
// point, or zero-filled room written in place (a pass over memory of its own). `out` is given
// room for one code point per byte that is not a continuation byte, which is exact for valid
// UTF-8; only stray continuation bytes (each replaced on its own) make it grow.
// While eight bytes are left, ASCII goes a word at a time where a whole word of it comes, and
// well-formed three-byte sequences (all of CJK) are decoded on the spot; the rest, and the last
// bytes, go through valid_utf8_at.
// With `gave_up`, the decoding stops (and sets it) once the bytes cannot be kept as UTF-8 with a
// few damaged ones: more than one replacement per hundred multibyte characters even if every byte
// left made one. The count returned is then what was replaced so far, a lower bound.
std::size_t decode_utf8(std::string_view s, std::u32string& out, std::size_t& first_bad, std::size_t& multibyte,
                        bool* gave_up = nullptr) {
  std::size_t bad = 0, wide = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  out.reserve(count_starts(p, n));
  // A block of input bytes makes at most one code point per byte, and its last step may read up
  // to 27 bytes past it (while that many are left) and write up to seven code points more than
  // the bytes of the block before it. (Small enough for the append to copy without `rep movsb`.)
  constexpr std::size_t kBlock = 480;
  char32_t buf[kBlock + 8];
  [[maybe_unused]] const bool avx2 = has_avx2();
  char32_t* o = buf;
  std::size_t i = 0;
  auto other = [&](unsigned char b) {  // b at p[i], not ASCII
    std::size_t len = valid_utf8_at(s, i);
    if (len == 0) {
      if (bad++ == 0) first_bad = out.size() + static_cast<std::size_t>(o - buf);
      *o++ = 0xFFFD;
      ++i;
      if (gave_up && bad * 100 > wide + (n - i)) {
        *gave_up = true;
        i = n;  // (every loop below ends)
      }
      return;
    }
    char32_t c = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (p[i + k] & 0x3F);
    ++wide;
    *o++ = c;
    i += len;
  };
  while (i < n) {
    const std::size_t block_end = std::min(n, i + kBlock);
    const std::size_t fast_end = n >= 8 ? std::min(block_end, n - 7) : 0;  // below it, 8 bytes are left
    o = buf;
    while (i < fast_end) {
      unsigned char b = p[i];
      if (b < 0x80) {
        if ((load8(p + i) & kHighBits) == 0) {
          for (int k = 0; k < 8; ++k) o[k] = p[i + k];
          o += 8;
          i += 8;
        } else {
          *o++ = b;
          ++i;
        }
        continue;
      }
      if ((b & 0xF0) == 0xE0) {
        // A run of CJK: two well-formed three-byte sequences at a time from one word.
#if defined(__x86_64__) && defined(__GNUC__)
        // (Eight at a time where the processor has AVX2: a report is mostly runs of them.)
        if (avx2) {
          const std::size_t k = cjk_run_avx2(p + i, fast_end - i, n - i, o);
          o += k;
          i += 3 * k;
          wide += k;
        }
        if (i >= fast_end) continue;
        b = p[i];
        if ((b & 0xF0) != 0xE0) continue;
#endif
        if constexpr (std::endian::native == std::endian::little) {
          bool more = true;
          while (more) {
            std::uint64_t w = load8(p + i);
            if ((w & 0x0000C0C0F0C0C0F0ULL) != 0x00008080E08080E0ULL) break;
            char32_t c1 = three_byte(w), c2 = three_byte(w >> 24);
            if (c1 < 0x800 || (c1 ^ 0xD800) < 0x800 || c2 < 0x800 || (c2 ^ 0xD800) < 0x800) break;
            o[0] = c1;
            o[1] = c2;
            o += 2;
            i += 6;
            wide += 2;
            more = i < fast_end;
          }
          if (!more) continue;
          b = p[i];
          if ((b & 0xF0) != 0xE0) continue;
        }
        // Both trailing bytes 10xxxxxx, and neither overlong (below U+0800) nor a surrogate.
        unsigned t1 = p[i + 1] ^ 0x80u, t2 = p[i + 2] ^ 0x80u;
        char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) | (t1 << 6) | t2;
        if ((t1 | t2) < 0x40 && c >= 0x800 && c - 0xD800 >= 0x800) {
          *o++ = c;
          ++wide;
          i += 3;
          continue;
        }
      }
      other(b);
    }
    while (i < block_end) {  // the last bytes of the text
      unsigned char b = p[i];
      if (b < 0x80) {
        *o++ = b;
        ++i;
      } else {
        other(b);
      }
    }
    out.append(buf, static_cast<std::size_t>(o - buf));
  }
  multibyte += wide;
  return bad;
}

struct Legacy {
  std::u32string text;
  std::size_t bad = 0, first_bad = 0;
  long score = 0;
};

// Given up, with more than `max_bad` replacements counted (a count no smaller than that of a
// whole decode would be), once a block of the text shows that this charset cannot be picked.
Legacy decode_legacy(std::string_view s, const char* name, std::size_t max_bad = SIZE_MAX) {
  Legacy r;
  UErrorCode st = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(name, &st);
  if (U_FAILURE(st)) {
    r.bad = s.size() + 1;
    return r;
  }
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(cnv, ucnv_close);
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &st);
  r.text.reserve(s.size());
  // Converted a block at a time into UTF-16 (the converter keeps a sequence split between
  // blocks), then widened; each unmappable or illegal sequence arrives as U+FFFD or U+001A.
  const char* src = s.data();
  const char* end = s.data() + s.size();
  UChar buf[4096];
  // (The first blocks are short, each twice the last, so that a charset given up on stops early
  // in a report of a few kilobytes too.)
  std::size_t room = 64;
  char16_t high = 0;
  auto take = [&](char32_t c) {
    if (c == 0xFFFD || c == 0x1A) {
      if (r.bad++ == 0) r.first_bad = r.text.size();
      c = 0xFFFD;
    }
    if (c >= 0x4E00 && c <= 0x9FFF) r.score += 2;
    else if (c >= 0xE000 && c <= 0xF8FF) r.score -= 4;  // private use: a sign of the wrong charset
    else if (c >= 0x3400 && c <= 0x4DBF) r.score -= 1;  // rare extension A characters
    r.text.push_back(c);
  };
  for (;;) {
    UChar* out = buf;
    st = U_ZERO_ERROR;
    ucnv_toUnicode(cnv, &out, buf + room, &src, end, nullptr, true, &st);
    room = std::min(2 * room, std::size(buf));
    for (UChar* u = buf; u < out; ++u) {
      char16_t c = *u;
      if (high) {
        if (c >= 0xDC00 && c <= 0xDFFF) {
          take(0x10000 + ((static_cast<char32_t>(high) - 0xD800) << 10) + (c - 0xDC00));
          high = 0;
          continue;
        }
        take(0xFFFD);
        high = 0;
      }
      if (c >= 0xD800 && c <= 0xDBFF) high = c;
      else take(c);
    }
    if (r.bad > max_bad) return r;
    if (st == U_BUFFER_OVERFLOW_ERROR) continue;
    break;
  }
  if (high) take(0xFFFD);
  if (U_FAILURE(st)) r.bad += s.size() + 1;  // the converter gave up: never the charset to pick
  return r;
}

}  // namespace

Decoded decode(std::string_view bytes) {
  Decoded d;
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts("\xEF\xBB\xBF")) {
    d.had_bom = true;
    d.encoding = "UTF-8";
    std::size_t mb = 0;
    d.invalid_count = decode_utf8(bytes.substr(3), d.text, d.first_invalid, mb);
    return d;
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    d.had_bom = true;
    d.encoding = le ? "UTF-16LE" : "UTF-16BE";
    auto unit = [&](std::size_t i) {
      auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
      return static_cast<char32_t>(le ? (a | (b << 8)) : ((a << 8) | b));
    };
    std::size_t i = 2;
    while (i + 1 < bytes.size()) {
      char32_t u = unit(i);
      i += 2;
      if (u >= 0xD800 && u <= 0xDBFF && i + 1 < bytes.size()) {
        char32_t lo = unit(i);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          d.text.push_back(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
          i += 2;
          continue;
        }
      }
      if (u >= 0xD800 && u <= 0xDFFF) {
        if (d.invalid_count++ == 0) d.first_invalid = d.text.size();
        u = 0xFFFD;
      }
      d.text.push_back(u);
    }
    if (i < bytes.size()) {
      if (d.invalid_count++ == 0) d.first_invalid = d.text.size();
      d.text.push_back(0xFFFD);
    }
    return d;
  }
  // UTF-16 without a BOM: NUL bytes only at odd (little-endian) or only at even (big-endian)
  // offsets, and plenty of them (every ASCII character, newline and digit carries one).
  if (bytes.size() >= 4 && bytes.size() % 2 == 0) {
    std::size_t even = 0, odd = 0;
    // memchr from one NUL to the next: text that is not UTF-16 has next to none.
    for (auto i = bytes.find('\0'); i != std::string_view::npos; i = bytes.find('\0', i + 1)) (i % 2 ? odd : even)++;
    // (U+4E00 一 and the like put a NUL on the other side now and then.)
    bool le = odd * 50 >= bytes.size() && even * 4 <= odd, be = even * 50 >= bytes.size() && odd * 4 <= even;
    if (le || be) {
      std::string with_bom = le ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
      with_bom.append(bytes);
      Decoded u = decode(with_bom);
      u.had_bom = false;
      return u;
    }
  }
  std::size_t first_bad = 0, multibyte = 0;
  std::u32string utf;
  // (A text in a legacy charset is given up on after its first hundredth or so has shown it is
  // not UTF-8, rather than decoded as UTF-8 to its end and then again.)
  bool gave_up = false;
  std::size_t bad = decode_utf8(bytes, utf, first_bad, multibyte, &gave_up);
  // Mostly UTF-8 with a few damaged bytes: keep UTF-8 and report the damage.
  if (!gave_up && (bad == 0 || (multibyte >= 20 && bad * 100 <= multibyte))) {
    d.encoding = "UTF-8";
    d.text = std::move(utf);
    d.invalid_count = bad;
    d.first_invalid = first_bad;
    return d;
  }
  Legacy gb = decode_legacy(bytes, "GB18030");
  // (Big5 is picked only with no more replacements than GB18030: a GB18030 text read as Big5
  // stops at its first block that has more, instead of being decoded to its end for nothing.)
  Legacy big5 = decode_legacy(bytes, "Big5", gb.bad);
  bool pick_big5 = big5.bad < gb.bad || (big5.bad == gb.bad && big5.score > gb.score);
  Legacy& best = pick_big5 ? big5 : gb;
  // (UTF-8 given up on with no more replacements than the best legacy charset: its whole count.)
  if (gave_up && best.bad >= bad) {
    utf.clear();
    first_bad = multibyte = 0;
    bad = decode_utf8(bytes, utf, first_bad, multibyte);
  }
  // Neither legacy charset does better than UTF-8: keep UTF-8 with replacements.
  if (best.bad >= bad) {
    d.encoding = "UTF-8";
    d.text = std::move(utf);
    d.invalid_count = bad;
    d.first_invalid = first_bad;
    return d;
  }
  d.encoding = pick_big5 ? "Big5" : "GB18030";
  d.text = std::move(best.text);
  d.invalid_count = best.bad;
  d.first_invalid = best.first_bad;
  return d;
}

}  // namespace tally::text
