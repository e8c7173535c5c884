// Line table for a decoded document; lines end at \n, \r\n or a lone \r.
#include "text/source.hpp"

#include <algorithm>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/cpu.hpp"

namespace tally::text {

#if defined(__x86_64__) && defined(__GNUC__)
namespace {
// Sixteen code points at a time where the processor has AVX2: `line_break` called at each \n
// and \r among them, in order; returns where fewer than sixteen are left.
template <class F>
[[gnu::target("avx2")]] std::uint32_t line_breaks_avx2(std::u32string_view text, std::uint32_t i, F&& line_break) {
  const __m256i lf = _mm256_set1_epi32(U'\n'), cr = _mm256_set1_epi32(U'\r');
  for (; i + 16 <= text.size(); i += 16) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + i));
    __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text.data() + i + 8));
    const auto ma = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_or_si256(_mm256_cmpeq_epi32(a, lf), _mm256_cmpeq_epi32(a, cr)))));
    const auto mb = static_cast<unsigned>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_or_si256(_mm256_cmpeq_epi32(b, lf), _mm256_cmpeq_epi32(b, cr)))));
    for (unsigned m = ma | (mb << 8); m != 0; m &= m - 1) line_break(i + static_cast<std::uint32_t>(__builtin_ctz(m)));
  }
  return i;
}
}  // namespace
#endif

SourceMap::SourceMap(std::u32string_view text) {
  std::uint32_t start = 0;
  const auto n = static_cast<std::uint32_t>(text.size());
  std::uint32_t pair_at = n;  // the \n of a \r\n: no break of its own
  auto line_break = [&](std::uint32_t i) {  // text[i] is \n or \r
    if (i == pair_at) return;
    starts_.push_back(start);
    ends_.push_back(i);
    longest_ = std::max(longest_, i - start);
    if (text[i] == U'\r' && i + 1 < n && text[i + 1] == U'\n') pair_at = ++i;
    start = i + 1;
  };
  std::uint32_t i = 0;
#if defined(__x86_64__) && defined(__GNUC__)
  if (has_avx2()) i = line_breaks_avx2(text, i, line_break);
#endif
#if defined(__SSE2__)
  // Eight code points at a time: the line breaks among them as a mask (two bits each), each
  // taken in turn, rather than a scan started again after every line.
  const __m128i lf = _mm_set1_epi32(U'\n'), cr = _mm_set1_epi32(U'\r');
  for (; i + 8 <= n; i += 8) {
    __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 4));
    __m128i ends = _mm_packs_epi32(_mm_or_si128(_mm_cmpeq_epi32(a, lf), _mm_cmpeq_epi32(a, cr)),
                                   _mm_or_si128(_mm_cmpeq_epi32(b, lf), _mm_cmpeq_epi32(b, cr)));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(ends)); m != 0; m &= m - 1, m &= m - 1)
      line_break(i + static_cast<std::uint32_t>(__builtin_ctz(m)) / 2);
  }
#endif
  for (; i < n; ++i)
    if (text[i] == U'\n' || text[i] == U'\r') line_break(i);
  if (start < n || starts_.empty()) {
    starts_.push_back(start);
    ends_.push_back(n);
    longest_ = std::max(longest_, n - start);
  }
}

LineCol SourceMap::at(std::uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  auto idx = static_cast<std::uint32_t>(it - starts_.begin());
  if (idx == 0) return {1, offset + 1};
  return {idx, offset - starts_[idx - 1] + 1};
}

}  // namespace tally::text
