// Scans folded text left to right; each number is classified by the characters around it.
// Linear in the text size: every look-around is bounded by a small constant.
#include "extract/numbers.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <string>
#include <string_view>

#include "text/charset.hpp"
#include "text/cpu.hpp"
#include "text/utf8.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define TALLY_NUMBERS_AVX2 1
#endif

namespace tally {
namespace {

// The words below are string_view literals so that their lengths are known when compiling;
// a plain U"…" costs a scan for its terminator at every comparison.
using namespace std::string_view_literals;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
constexpr text::CharSet kCnDigits(U"〇零一二两三四五六七八九十百千");
bool is_cn_digit(char32_t c) { return kCnDigits.contains(c); }

// Units, longest first so that 人次 wins over 人.
constexpr std::array<std::u32string_view, 45> kUnits = {
    U"人次", U"件次", U"批次", U"万元", U"亿元", U"千元", U"个次", U"场次", U"万人次", U"余人次",
    U"件", U"条", U"个", U"人", U"次", U"期", U"篇", U"份", U"册", U"项", U"家", U"场",
    U"起", U"户", U"批", U"元", U"名", U"所", U"座", U"处", U"类", U"栏", U"部", U"台",
    U"套", U"页", U"张", U"天", U"款", U"宗", U"例", U"位", U"辆", U"封", U"幅"};

bool is_money(std::u32string_view u) { return !u.empty() && u.back() == U'元'; }

// The first characters of the units: what follows a number mostly starts none of them.
constexpr text::CharSet kUnitStarts = [] {
  text::CharSet starts;
  for (auto u : kUnits) starts.add(u.front());
  return starts;
}();

// The units of several characters come first, those of one after them: a unit of one character
// is itself wherever none longer matches, told by a set rather than sought through the list.
constexpr std::size_t kLongUnits = [] {
  std::size_t k = 0;
  while (k < kUnits.size() && kUnits[k].size() > 1) ++k;
  return k;
}();
static_assert(std::all_of(kUnits.begin() + kLongUnits, kUnits.end(), [](std::u32string_view u) { return u.size() == 1; }));
constexpr text::CharSet kShortUnits = [] {
  text::CharSet set;
  for (std::size_t k = kLongUnits; k < kUnits.size(); ++k) set.add(kUnits[k].front());
  return set;
}();

std::u32string_view match_unit(std::u32string_view s, std::size_t i) {
  if (i >= s.size() || !kUnitStarts.contains(s[i])) return {};
  for (std::size_t k = 0; k < kLongUnits; ++k) {
    const auto u = kUnits[k];
    if (u[0] != s[i]) continue;
    if (s.substr(i, u.size()) == u && u != U"万人次"sv && u != U"余人次"sv) return u;
  }
  return kShortUnits.contains(s[i]) ? s.substr(i, 1) : std::u32string_view();
}

// Both compare one character before the whole word: these run several times per figure and
// almost never match. (Inlined, so that the one character is compared where they are called,
// not after a call.)
[[gnu::always_inline]] inline bool starts_with(std::u32string_view s, std::size_t i, std::u32string_view w) {
  return i < s.size() && s[i] == w.front() && s.substr(i, w.size()) == w;
}
[[gnu::always_inline]] inline bool ends_with_at(std::u32string_view s, std::size_t end, std::u32string_view w) {
  return end >= w.size() && s[end - 1] == w.back() && s.substr(end - w.size(), w.size()) == w;
}

// Characters the scan must stop at: line ends, quotes and the first character of a number.
constexpr text::CharSet kStops = kCnDigits | text::CharSet(U"0123456789\n\r\"“”《》");

// From `i` on, the first offset of `f` holding a character of kStops (`n` when none does).
std::size_t skip_plain(std::u32string_view f, std::size_t i);

// Figures are large and nearly all of them are Arabic numbers: reserving one per run of
// digits spares the vector of figures its repeated growth. Only an estimate (a Chinese
// numeral adds one more).
std::size_t digit_runs(std::u32string_view s) {
  std::size_t runs = s.empty() ? 0 : is_digit(s[0]);
  for (std::size_t i = 1; i < s.size(); ++i) runs += is_digit(s[i]) & !is_digit(s[i - 1]);  // `&`: vectorized
  return runs;
}

#ifdef TALLY_NUMBERS_AVX2
// The same count in the folded text's UTF-8, 32 bytes at a time: a digit there is an ASCII byte,
// and no byte of a longer character is one, so its runs of digits are the code points' (a third
// of the bytes of a CJK code point's four, and no widening).
[[gnu::target("avx2,popcnt")]] std::size_t digit_runs_avx2(std::string_view s) {
  const std::size_t n = s.size();
  if (n == 0) return 0;
  auto digit = [](unsigned char b) { return static_cast<unsigned char>(b - '0') < 10; };
  std::size_t runs = digit(static_cast<unsigned char>(s[0]));
  std::size_t i = 1;
  const __m256i zero = _mm256_set1_epi8('0'), nine = _mm256_set1_epi8(9);
  for (; i + 32 <= n; i += 32) {
    // 0xFF where a byte is a digit; each byte against the one before it: the same bytes loaded
    // again one to the left.
    const __m256i d = _mm256_sub_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i)), zero);
    const __m256i p = _mm256_sub_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s.data() + i - 1)), zero);
    const __m256i starts = _mm256_andnot_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(p, nine), p), _mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d));
    runs += static_cast<std::size_t>(__builtin_popcount(static_cast<unsigned>(_mm256_movemask_epi8(starts))));
  }
  for (; i < n; ++i) runs += digit(static_cast<unsigned char>(s[i])) & !digit(static_cast<unsigned char>(s[i - 1]));
  return runs;
}
#endif

#ifdef TALLY_NUMBERS_AVX2
// Eight code points at a time: each one's word of the set's bits is gathered (the bits as 32-bit
// words, 32 code points each) and its own bit shifted to the top. (Nearly every character of a
// report is plain text; the scan stops about once every dozen.) A code point past the BMP reads
// U+FFFF's bit, which is clear.
[[gnu::target("avx2")]] std::size_t skip_plain_avx2(std::u32string_view f, std::size_t i) {
  const auto* bits = reinterpret_cast<const int*>(kStops.words());
  const __m256i top = _mm256_set1_epi32(0xFFFF), low = _mm256_set1_epi32(31);
  for (; i + 8 <= f.size(); i += 8) {
    __m256i c = _mm256_min_epu32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(f.data() + i)), top);
    __m256i word = _mm256_i32gather_epi32(bits, _mm256_srli_epi32(c, 5), 4);
    __m256i bit = _mm256_sllv_epi32(word, _mm256_sub_epi32(low, _mm256_and_si256(c, low)));
    if (const int m = _mm256_movemask_ps(_mm256_castsi256_ps(bit)); m != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
  while (i < f.size() && !kStops.contains(f[i])) ++i;
  return i;
}
#endif

std::size_t skip_plain(std::u32string_view f, std::size_t i) {
#ifdef TALLY_NUMBERS_AVX2
  static_assert(std::endian::native == std::endian::little);  // (the 64-bit words read as two 32-bit ones)
  if (text::has_avx2()) return skip_plain_avx2(f, i);
#endif
  while (i < f.size() && !kStops.contains(f[i])) ++i;
  return i;
}

}  // namespace

bool is_one_char_unit(char32_t c) { return kShortUnits.contains(c); }

long long chinese_numeral_value(std::u32string_view s) {
  if (s.empty()) return -1;
  long long total = 0, section = 0, digit = -1;
  bool any = false;
  for (char32_t c : s) {
    long long d = -1;
    switch (c) {
      case U'〇': case U'零': d = 0; break;
      case U'一': d = 1; break;
      case U'二': case U'两': d = 2; break;
      case U'三': d = 3; break;
      case U'四': d = 4; break;
      case U'五': d = 5; break;
      case U'六': d = 6; break;
      case U'七': d = 7; break;
      case U'八': d = 8; break;
      case U'九': d = 9; break;
      default: break;
    }
    if (d >= 0) {
      if (digit > 0) return -1;  // two digits in a row (十三五, 一二): not a quantity
      digit = d;
      any = true;
      continue;
    }
    long long mult = c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0;
    if (mult == 0) return -1;
    if (digit < 0) {
      if (mult != 10 || section != 0) return -1;
      digit = 1;  // 十二 = 12
    }
    section += digit * mult;
    digit = -1;
    any = true;
  }
  if (!any) return -1;
  if (digit > 0) section += digit;
  return total + section;
}

// 「2/4」 alone on its line (spaces aside): the page number of a printed file copied with its
// pages, the first number no more than the second.
bool page_marker(std::u32string_view f, std::size_t start, std::size_t end) {
  auto blank = [](char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == U'\r'; };
  std::size_t b = start;
  while (b > 0 && blank(f[b - 1])) --b;
  if (b > 0 && f[b - 1] != U'\n') return false;
  std::size_t e = end + 1;
  while (e < f.size() && is_digit(f[e])) ++e;
  if (e == end + 1 || e - end - 1 > 3 || end - start > 3) return false;
  std::size_t k = e;
  while (k < f.size() && blank(f[k])) ++k;
  if (k < f.size() && f[k] != U'\n') return false;
  auto number = [&](std::size_t from, std::size_t to) {
    int v = 0;
    for (std::size_t i = from; i < to; ++i) v = v * 10 + static_cast<int>(f[i] - U'0');
    return v;
  };
  return number(start, end) <= number(end + 1, e);
}

bool extract_numbers(Document& doc, std::size_t max_figures) {
  const std::u32string_view f = doc.folded;
  const std::size_t n = f.size();
  // Heading markers are not figures.
  std::vector<Span> markers;
  markers.reserve(doc.headings.size());
  for (const auto& h : doc.headings) markers.push_back(h.marker);
  std::size_t next_marker = 0;
  // (Never more than the limit allows: a text of digits and spaces has a run for every two bytes.)
  std::size_t runs = 0;
#ifdef TALLY_NUMBERS_AVX2
  // (The UTF-8 of the same text when it is at hand: a quarter of the memory to read. Only an
  // estimate either way.)
  if (text::has_avx2() && doc.folded_utf8.size() >= n) runs = digit_runs_avx2(doc.folded_utf8);
  else
#endif
    runs = digit_runs(f);
  doc.figures.reserve(doc.figures.size() + std::min(runs, max_figures + 1));

  bool in_quote = false;  // inside “…” or 《…》 on the current line
  int quote_depth_book = 0;
  std::string ascii;  // an Arabic number's digits, commas and point (one string for every number)
  std::size_t i = 0;
  while (i < n) {
    // Skip plain text in a tight loop. (Heading markers hold only digits and punctuation, so
    // the first character that can start a number in one still stops here.)
    i = skip_plain(f, i);
    if (i == n) break;
    char32_t c = f[i];
    if (c == U'\n' || c == U'\r') {
      in_quote = false;
      quote_depth_book = 0;
      ++i;
      continue;
    }
    if (c == U'“' || c == U'"') { in_quote = c == U'“' ? true : !in_quote; ++i; continue; }
    if (c == U'”') { in_quote = false; ++i; continue; }
    if (c == U'《') { ++quote_depth_book; ++i; continue; }
    if (c == U'》') { if (quote_depth_book > 0) --quote_depth_book; ++i; continue; }
    while (next_marker < markers.size() && markers[next_marker].end <= i) ++next_marker;
    if (next_marker < markers.size() && markers[next_marker].begin <= i && i < markers[next_marker].end) {
      i = markers[next_marker].end;
      continue;
    }

    // Most characters start no number: skip them before setting anything up.
    if (!is_digit(c) && !is_cn_digit(c)) {
      ++i;
      continue;
    }
    // The number as read. Its Figure, a large object, is made in place in doc.figures once it
    // is known to be one, instead of filled here and moved there.
    Decimal value;
    int precision = 0;
    FigureKind kind = FigureKind::Other;
    bool chinese_numeral = false;
    std::size_t start = i, end = i;
    bool numeric = false;
    if (starts_with(f, i, U"百分之"sv)) {
      std::size_t j = i + 3;
      std::size_t k = j;
      while (k < n && is_cn_digit(f[k]) && k - j < 6) ++k;
      long long v = chinese_numeral_value(f.substr(j, k - j));
      if (v >= 0) {
        if (doc.figures.size() > max_figures) return false;
        Figure& fig = doc.figures.emplace_back();
        fig.value = Decimal::integer(v);
        fig.kind = FigureKind::Percent;
        fig.chinese_numeral = true;
        fig.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k)};
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    if (is_digit(c) && (i == 0 || (!is_digit(f[i - 1]) && f[i - 1] != U'.'))) {
      // Arabic number with optional thousands groups and decimals.
      std::size_t j = i;
      while (j < n && is_digit(f[j])) ++j;
      std::size_t first_group = j - i;
      while (first_group <= 3 && j + 3 < n + 0 && f[j] == U',' && j + 3 < n && is_digit(f[j + 1]) &&
             is_digit(f[j + 2]) && is_digit(f[j + 3]) && (j + 4 >= n || !is_digit(f[j + 4]))) {
        j += 4;
      }
      // "主动公开信息12 000条": a space between groups of three digits in running text, when a
      // unit ends the number. (Numbers set apart by spaces in a table are cells of their own.)
      if (first_group <= 3 && j == i + first_group && i > 0 && f[i - 1] >= 0x4E00) {
        std::size_t k = j;
        auto group_at = [&](std::size_t at) {
          return at + 3 < n && (f[at] == U' ' || f[at] == 0xA0 || f[at] == 0x2009 || f[at] == 0x202F) &&
                 is_digit(f[at + 1]) && is_digit(f[at + 2]) && is_digit(f[at + 3]) && (at + 4 >= n || !is_digit(f[at + 4]));
        };
        while (group_at(k)) k += 4;
        if (k > j && k < n && (!match_unit(f, k).empty() || f[k] == U'万' || f[k] == U'余' || f[k] == U'多')) j = k;
      }
      if (j + 1 < n && f[j] == U'.' && is_digit(f[j + 1])) {
        ++j;
        while (j < n && is_digit(f[j])) ++j;
      }
      end = j;
      numeric = true;
      if (end - start == first_group && first_group <= 18) {
        // Digits alone (most figures): the value as Decimal::parse reads it, digit by digit, with
        // no string copied and parsed again.
        std::int64_t m = 0;
        for (std::size_t k = start; k < end; ++k) m = m * 10 + static_cast<std::int64_t>(f[k] - U'0');
        value = Decimal(m, 0);
        kind = FigureKind::Count;
      } else {
        ascii.clear();
        std::size_t dot = std::string::npos;
        for (std::size_t k = start; k < end; ++k)
          if (is_digit(f[k]) || f[k] == U',' || f[k] == U'.') {
            if (f[k] == U'.') dot = ascii.size();
            ascii.push_back(static_cast<char>(f[k]));
          }
        if (auto v = Decimal::parse(ascii)) {
          value = *v;
          precision = dot == std::string::npos ? 0 : static_cast<int>(ascii.size() - dot - 1);
          kind = FigureKind::Count;
        }
      }
    } else if (is_cn_digit(c) && (i == 0 || !is_cn_digit(f[i - 1]))) {
      std::size_t j = i;
      while (j < n && is_cn_digit(f[j]) && j - i < 8) ++j;
      long long v = chinese_numeral_value(f.substr(i, j - i));
      // A Chinese numeral is a quantity only when a unit follows directly.
      auto unit = match_unit(f, j);
      bool excluded = unit.empty() || (j + unit.size() < n && f[j + unit.size()] == U'性');
      // "属于三类内部事务信息", "四类过程性信息": a category's name, not a count of categories
      // (a count ends its clause: "分为三类,").
      if (unit == U"类"sv && j + 1 < n && f[j + 1] >= 0x4E00) excluded = true;
      if (i > 0 && U"统唯进之某同逐单任其万初第"sv.find(f[i - 1]) != std::u32string_view::npos &&
          f[i] == U'一')
        excluded = true;
      if (v <= 0 || excluded) {
        i = j;
        continue;
      }
      value = Decimal::integer(v);
      kind = FigureKind::Count;
      chinese_numeral = true;
      end = j;
      numeric = true;
    }
    if (!numeric) {
      ++i;
      continue;
    }
    if (kind == FigureKind::Other) {
      i = std::max(end, i + 1);
      continue;
    }
    if (doc.figures.size() > max_figures) return false;  // (the one over the limit is made, for its place)
    Figure& fig = doc.figures.emplace_back();
    fig.value = value;
    fig.precision = precision;
    fig.kind = kind;
    fig.chinese_numeral = chinese_numeral;
    fig.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
    char32_t before = start > 0 ? f[start - 1] : U' ';
    char32_t after = end < n ? f[end] : U' ';
    std::size_t cursor = end;
    const auto digits = end - start;

    // Classification by context.
    if (is_alpha(before) || is_alpha(after) || after == U'@' || before == U'@' || before == U'/' ||
        (after == U'.' && end + 1 < n && is_alpha(f[end + 1])) || in_quote || quote_depth_book > 0) {
      fig.kind = FigureKind::Name;
    } else if (after == U'.' && before == U':' && digits <= 2 && end + 1 < n && f[end + 1] >= 0x4E00 && start >= 3 &&
               f.substr(start - 3, 2) == U"其中"sv) {
      // 「其中:1.当面申请数」: the number of the first item of a sub-list, as the old statistical
      // table prints its rows, not a count.
      fig.kind = FigureKind::Name;
    } else if ((before == U'(' || before == U'（') && (after == U')' || after == U'）') && digits <= 2 && start >= 4 &&
               (f[start - 2] == U':' || f[start - 2] == U'：') && f.substr(start - 4, 2) == U"其中"sv) {
      // 「其中:(1)“信息不存在”数」: the first reason under the 2009 form's refusals, numbered in
      // brackets: the sub-list's marker, as above.
      fig.kind = FigureKind::Name;
    } else if (after == U'/' && page_marker(f, start, end)) {
      fig.kind = FigureKind::Other;  // 「2/4」 alone on its line: a page of a printed file, no count
    } else if (before == U'第') {
      fig.kind = FigureKind::Ordinal;
    } else if (after == U'届' || (after == U'.' && end + 1 < n && is_digit(f[end + 1]))) {
      fig.kind = after == U'届' ? FigureKind::Ordinal : FigureKind::Other;
    } else if (before == U'〔' || before == U'[' || before == U'【' ||
               // (A year in brackets is followed by the document's serial number; a count in
               // them by its unit: 「发布政务信息(1386)条」, as a form filled in leaves it.)
               (before == U'(' && digits == 4 && after == U')' && match_unit(f, end + 1).empty())) {
      fig.kind = FigureKind::DocNumber;
    } else if (after == U'号' || (before == U'〕' || before == U']' || before == U'】')) {
      fig.kind = FigureKind::DocNumber;
      if (after == U'号') cursor = end + 1;
    } else if ((after == U'-' || after == U'—') && end + 1 < n && is_digit(f[end + 1]) && digits >= 3 &&
               !(digits == 4 && f.substr(start, 2) == U"20"sv)) {
      fig.kind = FigureKind::Phone;
      std::size_t j = end + 1;
      while (j < n && (is_digit(f[j]) || f[j] == U'-')) ++j;
      fig.span.end = static_cast<std::uint32_t>(j);
      cursor = j;
    } else if (fig.precision == 0 && digits == 11 && f[start] == U'1') {
      fig.kind = FigureKind::Phone;
    } else if (fig.precision == 0 && digits == 4 && fig.value >= Decimal::integer(1949) &&
               fig.value <= Decimal::integer(2099) &&
               (after == U'年' || after == U'-' || after == U'—' || after == U'~' || after == U'至' ||
                after == U'/' || after == U'.' || after == U'版' || after == U'届')) {
      fig.kind = FigureKind::Year;
      cursor = after == U'年' ? end + 1 : end;
    } else if (fig.precision == 0 && after == U'月' && fig.value <= Decimal::integer(12)) {
      fig.kind = FigureKind::Date;
      cursor = end + 1;
    } else if (fig.precision == 0 && (after == U'日' || after == U'号') &&
               (before == U'月' || before == U'-' || before == U'.')) {
      fig.kind = FigureKind::Date;
      cursor = end + 1;
    } else if ((before == U'-' || before == U'.' || before == U'/') && start >= 2 && is_digit(f[start - 2])) {
      fig.kind = FigureKind::Date;  // 2019-03-20, 2019.3.20
    } else if (fig.precision == 0 && digits >= 5 &&
               (ends_with_at(f, start, U"热线"sv) || starts_with(f, end, U"热线"sv) || starts_with(f, end, U"市民"sv) ||
                starts_with(f, end, U"政务"sv) || starts_with(f, end, U"便民"sv))) {
      fig.kind = FigureKind::Name;
    } else if (fig.precision == 0 && digits == 6 &&
               (ends_with_at(f, start, U"邮编"sv) || ends_with_at(f, start, U"邮编:"sv) ||
                ends_with_at(f, start, U"邮政编码:"sv) || ends_with_at(f, start, U"邮政编码"sv))) {
      fig.kind = FigureKind::Other;
    } else if (fig.precision == 0 && digits >= 7 &&
               (ends_with_at(f, start, U"电话"sv) || ends_with_at(f, start, U"电话:"sv) ||
                ends_with_at(f, start, U"传真:"sv) || ends_with_at(f, start, U"热线:"sv))) {
      fig.kind = FigureKind::Phone;
    }

    // (Also a number set off by spaces on both sides: "数量为 376 条", or opening its clause or
    // bracket: "其中,35 件通过网上提交", "(3,520 条)".)
    auto opens_words = [](char32_t ch) { return ch >= 0x4E00 || ch == U',' || ch == U'(' || ch == U':' || ch == U';' || ch == U'、'; };
    bool after_words = start > 0 && (opens_words(f[start - 1]) || (f[start - 1] == U' ' && start > 1 && f[start - 2] >= 0x4E00));
    // (Or opening a line that breaks running text, as text taken from a PDF does: "共计发布信息⏎
    // 7435 条,其中…", blank lines between them or not; then the unit is followed straight by
    // punctuation.)
    bool line_broken = false;
    for (std::size_t b = start, breaks = 0; b > 0 && start - b < 8; --b) {
      char32_t c = f[b - 1];
      if (c == U'\n') ++breaks;
      else if (c != U' ' && c != U'\r' && c != U'\t') {
        line_broken = breaks > 0 && c >= 0x4E00;
        break;
      }
    }
    if (fig.kind == FigureKind::Count && cursor + 1 < n && f[cursor] == U' ' && (after_words || line_broken)) {
      // "占总体的比例为2.8 %", "信息229 条": a space typed between a number in running text and
      // its percent sign or unit does not separate them. (In a table the number stands apart
      // from the text before it, and a space there separates cells.)
      auto unit = fig.precision == 0 ? match_unit(f, cursor + 1) : std::u32string_view();
      std::size_t after = cursor + 1 + unit.size();
      bool punctuated = after < n && std::u32string_view(U",;。、").find(f[after]) != std::u32string_view::npos;
      if ((after_words && f[cursor + 1] == U'%') ||
          (!unit.empty() && f[cursor + 1] != U'年' && f[cursor + 1] != U'月' && f[cursor + 1] != U'日' && (after_words || punctuated)))
        ++cursor;
    }
    if (fig.kind == FigureKind::Count && start > 0 && f[start - 1] >= 0x4E00 && fig.precision == 0) {
      // "网上申请60⏎件,信函申请10件": a line broken between a number in running text and its
      // unit (text taken from a PDF); the unit is then followed straight by punctuation or a
      // bracket (「27⏎件（占18%）」). Spaces left at the end of the line or indenting the next
      // do not part them either.
      std::size_t eol = cursor;
      while (eol < n && (f[eol] == U' ' || f[eol] == U'\t')) ++eol;
      if (eol + 2 < n && f[eol] == U'\n') {
        std::size_t u = eol + 1;
        while (u < n && (f[u] == U' ' || f[u] == U'\t')) ++u;
        auto unit = match_unit(f, u);
        std::size_t after = u + unit.size();
        if (!unit.empty() && unit != U"年"sv && unit != U"月"sv && unit != U"日"sv && after < n &&
            std::u32string_view(U",;。、(").find(f[after]) != std::u32string_view::npos)
          cursor = u;
      }
    }
    if (fig.kind == FigureKind::Count && fig.precision == 0 && before == U'(' && after == U')' && start >= 2 &&
        f[start - 2] >= 0x4E00 && f[start - 2] != U'第') {
      // 「发布政务信息(1386)条,其中:概况类信息(22)条、…」: a count filled into brackets, as a form
      // leaves it, keeps the unit after them when the words before name it and the unit ends its
      // clause. (Not an item's number, 「(2)条例」「(3)个人隐私」: words run on after the unit; nor an
      // article's, 「第(3)条」.)
      auto unit = match_unit(f, end + 1);
      std::size_t past = end + 1 + unit.size();
      if (!unit.empty() && (past >= n || std::u32string_view(U",;。、:)\n").find(f[past]) != std::u32string_view::npos))
        cursor = end + 1;
    }
    if (fig.kind == FigureKind::Count) {
      // Multiplier, approximation suffix, unit, percent.
      if (cursor < n && f[cursor] == U'%') {
        fig.kind = FigureKind::Percent;
        ++cursor;
      } else if (cursor < n && f[cursor] == U'‰') {
        fig.kind = FigureKind::Other;
        ++cursor;
      } else {
        int mult = 0;
        if (cursor < n && f[cursor] == U'万') mult = 4;
        else if (cursor < n && f[cursor] == U'亿') mult = 8;
        std::size_t after_mult = cursor + (mult ? 1 : 0);
        std::size_t after_approx = after_mult;
        if (after_approx < n && (f[after_approx] == U'余' || f[after_approx] == U'多')) {
          fig.approx = Approx::AtLeast;
          ++after_approx;
        }
        auto unit = match_unit(f, after_approx);
        if (mult && !unit.empty() && is_money(unit) && unit.size() == 1) {
          // 107.2万元: keep the unit as written, value in 万元.
          std::u32string u32 = (mult == 4 ? U"万" : U"亿");
          u32 += unit;
          fig.unit = text::to_utf8(u32);
          fig.unit_span = {static_cast<std::uint32_t>(cursor), static_cast<std::uint32_t>(after_approx + 1)};
          fig.kind = FigureKind::Amount;
          cursor = after_approx + 1;
        } else {
          if (mult) fig.value = fig.value.shifted(mult);
          if (!unit.empty()) {
            fig.unit = text::to_utf8(unit);
            fig.unit_span = {static_cast<std::uint32_t>(after_approx),
                             static_cast<std::uint32_t>(after_approx + unit.size())};
            cursor = after_approx + unit.size();
            if (is_money(unit)) fig.kind = FigureKind::Amount;
            if (unit == U"天"sv || unit == U"页"sv) fig.kind = FigureKind::Other;
            // "提高0.66个百分点": a difference of percentages, not a count of anything.
            if (unit == U"个"sv && f.substr(cursor, 3) == U"百分点"sv) fig.kind = FigureKind::Other;
          } else {
            cursor = after_approx;
          }
        }
        if (starts_with(f, cursor, U"以上"sv) || starts_with(f, cursor, U"多"sv)) fig.approx = Approx::AtLeast;
        if (starts_with(f, cursor, U"左右"sv)) fig.approx = Approx::About;
        if (starts_with(f, cursor, U"以下"sv) || starts_with(f, cursor, U"以内"sv)) fig.approx = Approx::AtMost;
      }
      // Prefix qualifiers: 约, 近, 超过, 不足 …
      static constexpr std::array<std::pair<std::u32string_view, Approx>, 10> kPrefixes = {{
          {U"约", Approx::About}, {U"大约", Approx::About}, {U"近", Approx::AtMost}, {U"将近", Approx::AtMost},
          {U"不足", Approx::AtMost}, {U"不到", Approx::AtMost}, {U"超过", Approx::AtLeast},
          {U"逾", Approx::AtLeast}, {U"多达", Approx::AtLeast}, {U"达到", Approx::Exact}}};
      // Each word ends right before the number; most numbers follow none of those last characters.
      static constexpr text::CharSet kPrefixEnds = [] {
        text::CharSet ends;
        for (const auto& prefix : kPrefixes) ends.add(prefix.first.back());
        return ends;
      }();
      if (kPrefixEnds.contains(before)) {
        for (const auto& [w, a] : kPrefixes) {
          if (ends_with_at(f, start, w)) {
            if (a != Approx::Exact) fig.approx = a;
            break;
          }
        }
      }
    }
    if (fig.kind == FigureKind::Count && fig.chinese_numeral && before == U'第') fig.kind = FigureKind::Ordinal;
    i = std::max<std::size_t>(cursor, end);
    if (i <= start) i = start + 1;
  }
  return doc.figures.size() <= max_figures;
}

}  // namespace tally
