// Segmentation: parts (附件), heading outline, figures with labels and sentences, shares,
// text-table rows (label and values on one line, or label line then value line) and prose lists.
#include "document/build.hpp"

#include <array>
#include <cstring>
#include <algorithm>
#include <initializer_list>
#include <optional>

#include <fmt/format.h>
#include <string_view>

#include "extract/numbers.hpp"
#include "rules/regex.hpp"
#include "text/encoding.hpp"
#include "text/charset.hpp"
#include "text/fold.hpp"
#include "text/scan.hpp"
#include "text/similar.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

using std::u32string_view;
using namespace std::string_view_literals;  // lengths known when compiling, not scanned for
constexpr auto npos = u32string_view::npos;

// Whether `text` holds `word` (UTF-8). Regex::find_word looks for the word's last byte, a
// continuation byte that turns up every hundred bytes or so of Chinese text, where
// std::string_view::find stops at every character opening with the word's first byte.
bool holds(std::string_view text, std::string_view word) { return Regex::find_word(text, word) != std::string_view::npos; }

// Words (UTF-8, three bytes or more each) of which a label is asked whether it holds any, as
// holds() asks of each, in one pass over the label rather than one a word: a word is compared
// only where a character opens whose last two bytes (a CJK character's twelve low bits) are those
// of some word's first three bytes, looked up in a bitmap of 4,096 bits, and then only a word
// whose first character it is.
template <std::size_t N>
class WordSet {
 public:
  consteval WordSet(const std::string_view (&words)[N]) : WordSet(std::to_array(words)) {}
  consteval WordSet(const std::array<std::string_view, N>& words) {
    for (std::size_t k = 0; k < N; ++k) {
      if (words[k].size() < 3) throw "a word of WordSet is three bytes at least";
      words_[k] = words[k];
      firsts_[k] = opening(words[k].data());
      opens_[slot(words[k][1], words[k][2]) >> 6] |= std::uint64_t{1} << (slot(words[k][1], words[k][2]) & 63);
    }
  }
  bool in(std::string_view text) const {
    const char* const s = text.data();
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;  // (a word opens a character)
      const unsigned k = slot(s[i + 1], s[i + 2]);
      if (!((opens_[k >> 6] >> (k & 63)) & 1)) continue;
      // (A word's first character, compared as a whole, before the rest of it.)
      const std::uint32_t first = opening(s + i);
      for (std::size_t w = 0; w < N; ++w)
        if (firsts_[w] == first && words_[w].size() <= text.size() - i && std::memcmp(s + i + 3, words_[w].data() + 3, words_[w].size() - 3) == 0)
          return true;
    }
    return false;
  }

 private:
  static constexpr unsigned slot(char b1, char b2) {
    return (static_cast<unsigned>(static_cast<unsigned char>(b1)) & 63u) << 6 | (static_cast<unsigned>(static_cast<unsigned char>(b2)) & 63u);
  }
  // The first three bytes of `p`, as a number.
  static constexpr std::uint32_t opening(const char* p) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 | static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
           static_cast<unsigned char>(p[2]);
  }
  std::array<std::string_view, N> words_{};
  std::array<std::uint32_t, N> firsts_{};
  std::array<std::uint64_t, 64> opens_{};
};

// The first N words of a list, for a WordSet of them: readings that take more or fewer of one
// list's words share the list.
template <std::size_t N, std::size_t M>
consteval std::array<std::string_view, N> first_words(const std::string_view (&words)[M]) {
  static_assert(N <= M);
  std::array<std::string_view, N> out{};
  for (std::size_t k = 0; k < N; ++k) out[k] = words[k];
  return out;
}

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0xA0 || c == 0xFEFF; }
// The spaces and the bar that set a table's cells apart: a line holding none of them, as most
// prose does, is no row of cells (looked for four characters at a time).
constexpr char32_t kCellGaps[] = {U' ', U'\t', 0x3000, 0xA0, 0xFEFF, U'|'};
// A digit of text not yet folded: ASCII or typed full width (０-９).
bool raw_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19); }
// Sets rather than searches of a string or chains of comparisons: these run for every
// character that labels and clauses are scanned over.
constexpr text::CharSet kClauseBreaks(U",;:。!?！？\n\r");
// How many sentence ends (。!? and line breaks) `s` holds.
int sentence_ends(std::u32string_view s) {
  static constexpr char32_t kEnds[] = {U'。', U'!', U'?', U'\n', U'\r'};
  return static_cast<int>(text::count_any(s, kEnds));
}
bool is_clause_break(char32_t c) { return kClauseBreaks.contains(c); }

// Words that a conversion to traditional script for Taiwan's usage writes differently, once
// folded, and the mainland's words they stand for, each as long as its stand-in (fold_words).
constexpr std::pair<std::u32string_view, std::u32string_view> kTaiwanWords[] = {
    {U"资讯", U"信息"},         {U"网路", U"网络"},         {U"入口网站", U"门户网站"},
    {U"规范性档案", U"规范性文件"}, {U"政策性档案", U"政策性文件"}, {U"法规档案", U"法规文件"},
    {U"公开档案", U"公开文件"}};

// Those words in `s`, words that a line break cut in the folded text and the label joins again
// (「规范性档⏎案」), made the mainland's.
void fold_taiwan_words(std::u32string& s) {
  for (auto [from, to] : kTaiwanWords)
    for (auto at = s.find(from); at != std::u32string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}
// s.starts_with(w), settled by the first character when it differs, as it nearly always does.
// (Both inlined: they are asked of nearly every line and figure, and most often settled by one
// character.)
[[gnu::always_inline]] inline bool begins_with(u32string_view s, u32string_view w) { return !s.empty() && s.front() == w.front() && s.starts_with(w); }

[[gnu::always_inline]] inline u32string_view trim(u32string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

int cn_digit(char32_t c) {
  switch (c) {
    case U'一': return 1; case U'二': return 2; case U'三': return 3; case U'四': return 4;
    case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
    case U'九': return 9; case U'十': return 10; default: return -1;
  }
}

// 一..九十九 as used in heading numbers.
int heading_cn_value(u32string_view s) {
  if (s.empty() || s.size() > 3) return -1;
  int v = 0, digit = -1;
  bool ten = false;
  for (char32_t c : s) {
    int d = cn_digit(c);
    if (d < 0) return -1;
    if (d == 10) {
      if (ten) return -1;
      ten = true;
      v += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      if (digit >= 0) return -1;
      digit = d;
    }
  }
  if (digit >= 0) v += digit;
  return v > 0 ? v : -1;
}

struct MarkerMatch {
  int style = 0, number = 0;
  std::size_t length = 0;
};

// Recognizes 一、  (一)  1.  1、  (1) at the start of `s`, followed by title text.
// "一、二季度…", "三、四月份…", "一、二、三季度…": the next number follows the first as a list of
// numbers (of quarters, months, parts), not a heading's title.
bool counts_on(u32string_view rest, int v) {
  std::size_t k = 0;
  while (k < rest.size() && k < 3 && cn_digit(rest[k]) > 0) ++k;
  if (k == 0 || k == rest.size() || heading_cn_value(rest.substr(0, k)) != v + 1) return false;
  u32string_view after = rest.substr(k);
  return after[0] == U'、' || begins_with(after, U"季"sv) || begins_with(after, U"月"sv) || begins_with(after, U"部分"sv);
}

MarkerMatch parse_marker(u32string_view s) {
  MarkerMatch m;
  bool arabic = false;
  auto title_ok = [&](std::size_t at) {
    if (at >= s.size()) return false;
    if (!arabic) return !is_space(s[at]) || !trim(s.substr(at)).empty();
    char32_t c = s[at];
    if (is_space(c)) {
      auto rest = trim(s.substr(at));
      return !rest.empty() && !(rest[0] >= U'0' && rest[0] <= U'9');
    }
    return !(c >= U'0' && c <= U'9') && c != U'%' && c != U'.' && c != U',' && c != U'、';
  };
  if (!s.empty() && s[0] == U'(') {
    auto close = s.find(U')');
    // "( 二)": a blank typed inside the brackets is not part of the number.
    std::size_t blanks = 0;
    if (close != npos && close <= 6) {
      for (std::size_t k = 1; k < close; ++k) blanks += is_space(s[k]) ? 1 : 0;
    }
    if (close != npos && close >= 2 + blanks && close <= 4 + blanks && blanks <= 2) {
      auto inner = trim(s.substr(1, close - 1));
      if (inner.empty()) return m;
      int v = heading_cn_value(inner);
      if (v > 0 && title_ok(close + 1)) return {2, v, close + 1};
      bool digits = std::all_of(inner.begin(), inner.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
      arabic = true;
      if (digits && inner.size() <= 2 && title_ok(close + 1)) {
        int n = 0;
        for (char32_t c : inner) n = n * 10 + static_cast<int>(c - U'0');
        return {4, n, close + 1};
      }
    }
    return m;
  }
  std::size_t i = 0;
  while (i < s.size() && i < 3 && cn_digit(s[i]) > 0) ++i;
  // "三)丙" among "(一)…(二)…(四)": a bracketed number whose opening bracket was lost.
  if (i > 0 && i < s.size() && s[i] == U')') {
    int v = heading_cn_value(s.substr(0, i));
    if (v > 0 && title_ok(i + 1)) return {2, v, i + 1};
    return m;
  }
  // "二、", and as writers also type it, "二." and "二 、" (a blank before the mark).
  std::size_t mark = i;
  if (i > 0) {
    while (mark < s.size() && mark < i + 2 && is_space(s[mark])) ++mark;
    if (mark < s.size() && s[mark] != U'、' && s[mark] != U'.') mark = i;
  }
  if (i > 0 && mark < s.size() && (s[mark] == U'、' || s[mark] == U'.')) {
    int v = heading_cn_value(s.substr(0, i));
    if (v > 0 && title_ok(mark + 1) && !(s[mark] == U'、' && counts_on(s.substr(mark + 1), v))) return {1, v, mark + 1};
    return m;
  }
  i = 0;
  arabic = true;
  while (i < s.size() && i < 2 && s[i] >= U'0' && s[i] <= U'9') ++i;
  if (i > 0 && i < s.size() && (s[i] == U'.' || s[i] == U'、') && title_ok(i + 1)) {
    int n = 0;
    for (std::size_t k = 0; k < i; ++k) n = n * 10 + static_cast<int>(s[k] - U'0');
    if (n > 0) return {3, n, i + 1};
  }
  return m;
}

// "一、概述,(一)…,二、主动公开…,三、…": a line that goes on to the next number of its own
// style after a separator lists the headings (a table of contents); it is not one.
bool lists_next_heading(u32string_view line, const MarkerMatch& m) {
  // (The separators, and the blanks is_space tells, sought eight at a time: the line may hold a
  // whole paragraph after its number.)
  static constexpr char32_t kSeparators[] = {U',', U'、', U';', U'。', U' ', U'\t', 0x3000, 0xA0, 0xFEFF};
  for (std::size_t at = text::find_any(line, m.length, kSeparators); at != npos && at + 1 < line.size();
       at = text::find_any(line, at + 1, kSeparators)) {
    std::size_t from = at + 1;
    while (from < line.size() && is_space(line[from])) ++from;
    // (A number opens with a bracket, a numeral or a digit: most separators are followed by words,
    // which parse_marker need not read.)
    if (from == line.size() || (line[from] != U'(' && cn_digit(line[from]) < 0 && !(line[from] >= U'0' && line[from] <= U'9'))) continue;
    MarkerMatch next = parse_marker(line.substr(from));
    if (next.style == m.style && next.number == m.number + 1) return true;
  }
  return false;
}

// The items after the first on a line of the statistical form set side by side: 「1.当面申请数  26
// 2.传真申请数  5  3.网络申请数  181」, each next number of the first's style standing after a
// blank that follows a value (digits, a blank before them). Their offsets in `line`; none when
// any next number has no value before it (a table of contents: 「一、概述 二、主动公开…」).
std::vector<std::size_t> side_by_side_items(u32string_view line, const MarkerMatch& m) {
  std::vector<std::size_t> items;
  int expect = m.number + 1;
  std::size_t from = m.length;
  for (std::size_t at = m.length; at + 1 < line.size(); ++at) {
    if (!is_space(line[at]) || is_space(line[at + 1])) continue;
    MarkerMatch next = parse_marker(line.substr(at + 1));
    if (next.style != m.style || next.number != expect) continue;
    // The words since the last item end with a value set apart by a blank.
    std::size_t e = at;
    while (e > from && is_space(line[e - 1])) --e;
    std::size_t d = e;
    while (d > from && ((line[d - 1] >= U'0' && line[d - 1] <= U'9') || line[d - 1] == U'.' || line[d - 1] == U',')) --d;
    if (d == e || d == from || !is_space(line[d - 1]) || !(line[d] >= U'0' && line[d] <= U'9')) return {};
    items.push_back(at + 1);
    from = at + 1 + next.length;
    ++expect;
  }
  // (And the last one too.)
  if (!items.empty()) {
    std::size_t e = line.size();
    while (e > from && is_space(line[e - 1])) --e;
    std::size_t d = e;
    while (d > from && ((line[d - 1] >= U'0' && line[d - 1] <= U'9') || line[d - 1] == U'.' || line[d - 1] == U',')) --d;
    if (d == e || d == from || !is_space(line[d - 1]) || !(line[d] >= U'0' && line[d] <= U'9')) return {};
  }
  return items;
}

bool starts_part(u32string_view line) {
  auto t = trim(line);
  if (begins_with(t, U"附件"sv) || begins_with(t, U"附表"sv) || begins_with(t, U"附录"sv) || begins_with(t, U"附:"sv))
    return true;
  return t.size() < 40 && t.find(U"统计表"sv) != npos && t.find(U'。') == npos && t.find(U',') == npos;
}

// A site's footer after the report: the numbered lines after its last sentence, when every one
// of them is a short link (「1.网站地图」「3.联系我们」: no figure, no punctuation) and they run
// without other text between them. Returns the line the footer starts at, 0 when there is none.
std::uint32_t footer_line(const Document& doc) {
  const u32string_view f = doc.folded;
  std::uint32_t last_sentence = 0;
  for (std::uint32_t ln = doc.lines.line_count(); ln >= 1 && last_sentence == 0; --ln) {
    Span sp = doc.lines.line_span(ln);
    if (f.substr(sp.begin, sp.end - sp.begin).find(U'。') != npos) last_sentence = ln;
  }
  if (last_sentence == 0) return 0;
  int links = 0;
  bool text_after_link = false;  // a line of other text since the first link
  for (std::uint32_t ln = last_sentence + 1; ln <= doc.lines.line_count(); ++ln) {
    Span sp = doc.lines.line_span(ln);
    u32string_view t = trim(f.substr(sp.begin, sp.end - sp.begin));
    MarkerMatch m = parse_marker(t);
    if (m.style == 0) {
      text_after_link = text_after_link || (links > 0 && !t.empty());
      continue;
    }
    u32string_view title = trim(t.substr(m.length));
    bool link = !title.empty() && title.size() <= 8 && std::all_of(title.begin(), title.end(), [](char32_t c) { return is_cjk(c) || is_space(c); });
    // (The links are one run of lines: short headings with their text between are the report's.)
    if (!link || text_after_link) return 0;
    ++links;
  }
  return links >= 2 ? last_sentence + 1 : 0;
}

// Another report on the same page (a site that shows this year's report with last year's under
// it, or the whole city's and then the city level's): the outline starts again at 一、 after the
// report's own top-level headings, and a few lines before that 一、 stands a title naming an
// annual report of information disclosure — short, no punctuation in it, opening a line or
// following a finished sentence (「…未收取信息处理费。某县2021年政府信息公开工作年度报告」), not
// a statistical table's caption. A link to another year's report (「上一篇：…」「《…》」) or a
// table's rows numbered from 一 have no such title before them.
void find_report_starts(Document& doc) {
  const u32string_view f = doc.folded;
  bool began = false;  // a top-level heading of the report before
  std::uint32_t prev_line = 0;
  for (const Heading& h : doc.headings) {
    if (h.furniture || h.style != 1) continue;
    const bool restart = began && h.number == 1;
    began = true;
    const std::uint32_t after = prev_line;
    prev_line = h.line;
    if (!restart) continue;
    // (Not a table's first row under a caption: 「一、本年新收政府信息公开申请数量 64 0 …」, or its
    // cells on the lines after it.)
    {
      Span hl = doc.lines.line_span(h.line);
      bool cells = f.substr(hl.begin, hl.end - hl.begin).find_first_of(U"0123456789") != npos;
      if (!cells && h.line < doc.lines.line_count()) {
        Span nl = doc.lines.line_span(h.line + 1);
        u32string_view next = trim(f.substr(nl.begin, nl.end - nl.begin));
        // (A value alone on its line, not a paragraph opening on a number: 「12345政务服务热线…」.)
        cells = !next.empty() && next.size() <= 12 &&
                std::all_of(next.begin(), next.end(), [](char32_t ch) { return (ch >= U'0' && ch <= U'9') || ch == U'.'; });
      }
      if (cells) continue;
    }
    const std::uint32_t first = std::max(after + 1, h.line > 4 ? h.line - 4 : 1);
    const std::uint32_t from = doc.lines.line_span(first).begin, to = h.marker.begin;
    if (from >= to) continue;
    const u32string_view region = f.substr(from, to - from);
    for (u32string_view name : {U"年度报告"sv, U"年报"sv}) {
      std::size_t b = 0, at = region.find(name);
      for (; at != npos; at = region.find(name, at + 1)) {
        b = at;
        while (b > 0 && at - b < 60 && !is_space(region[b - 1]) && u32string_view(U"\n。,;:!?《》“”\"()").find(region[b - 1]) == npos) --b;
        const bool opens = b == 0 || is_space(region[b - 1]) || region[b - 1] == U'\n' || region[b - 1] == U'。';
        const u32string_view title = region.substr(b, at + name.size() - b);
        if (opens && at - b < 60 && title.find(U"信息公开"sv) != npos && title.find(U"统计"sv) == npos && title.find(U"附"sv) == npos)
          break;
      }
      if (at == npos) continue;
      doc.report_starts.push_back(from + static_cast<std::uint32_t>(b));
      break;
    }
  }
}

void build_outline(Document& doc) {
  const u32string_view f = doc.folded;
  const std::uint32_t title = title_line(doc), footer = footer_line(doc);
  std::vector<int> stack;  // heading indices, outermost first
  int part = 0;
  std::size_t next_part = 0;
  // Titles are cut from the folded text's UTF-8 rather than converted on their own: `byte` is
  // the UTF-8 offset of code point `at`, both moved forward from one title to the next.
  const std::string_view f8 = doc.folded_utf8;
  std::size_t byte = 0;
  std::uint32_t at = 0;
  for (std::uint32_t ln = 1; ln <= doc.lines.line_count(); ++ln) {
    Span sp = doc.lines.line_span(ln);
    while (next_part < doc.part_starts.size() && doc.part_starts[next_part] <= sp.begin) {
      ++next_part;
      part = static_cast<int>(next_part);
      stack.clear();
    }
    // The menu before the title is not what the report's headings are under.
    if (ln == title) stack.clear();
    u32string_view line = f.substr(sp.begin, sp.end - sp.begin);
    std::size_t lead = 0;
    while (lead < line.size() && is_space(line[lead])) ++lead;
    u32string_view body = line.substr(lead);
    // "其中:1.当面申请数 / 2.传真申请数": a numbered sub-list under a figure starts its numbering
    // again; the lines after it continue that list, not the numbering before it.
    if (body.substr(0, 2) == U"其中") {
      std::size_t at = 2;
      while (at < body.size() && (body[at] == U':' || is_space(body[at]))) ++at;
      MarkerMatch inner = parse_marker(body.substr(at));
      if (inner.style != 0 && inner.number == 1) {
        auto pos = std::find_if(stack.begin(), stack.end(), [&](int k) { return doc.headings[k].style == inner.style; });
        stack.erase(pos, stack.end());
      }
      continue;
    }
    MarkerMatch m = parse_marker(body);
    // "(二)⏎依申请公开": a number alone on its line, its title on the next (as pages that set the
    // number in an element of its own are copied), is that heading; the title line has no figure
    // and is no heading itself. (Only 一、 and (一): a bare "1." may be a table's cell.)
    if (m.style == 0 && ln < doc.lines.line_count()) {
      const u32string_view bare = trim(body);
      // (Probed with a title character after it, copied only when short enough to be one.)
      MarkerMatch b;
      if (!bare.empty() && bare.size() <= 6) {
        std::u32string probe(bare);
        probe += U'题';
        b = parse_marker(probe);
      }
      if ((b.style == 1 || b.style == 2) && b.length == bare.size()) {
        Span ns = doc.lines.line_span(ln + 1);
        const u32string_view next = trim(f.substr(ns.begin, ns.end - ns.begin));
        if (!next.empty() && next.size() <= 30 && next.find_first_of(U"0123456789|\t") == npos && parse_marker(next).style == 0)
          m = b;
      }
    }
    if (m.style == 0) continue;
    // Items after the first on a line of the statistical form set side by side (「1.当面申请数  26
    // 2.传真申请数  5」): headings too, each after its own value; a table of contents on one line
    // (the next numbers with no value before them) is not.
    std::vector<std::size_t> more;
    if (lists_next_heading(body, m)) {
      more = side_by_side_items(body, m);
      if (more.empty()) continue;  // a table of contents on one line
    }
    more.push_back(body.size());
    for (std::size_t n = 0; n < more.size(); ++n) {
      if (n > 0) m = parse_marker(body.substr(more[n - 1]));
      const std::size_t off = n == 0 ? lead : lead + more[n - 1];
      Heading h;
      h.marker = {static_cast<std::uint32_t>(sp.begin + off), static_cast<std::uint32_t>(sp.begin + off + m.length)};
      h.style = m.style;
      h.number = m.number;
      h.line = ln;
      h.part = part;
      h.furniture = ln < title || (footer != 0 && ln >= footer);
      u32string_view title = trim(line.substr(off + m.length, lead + more[n] - off - m.length));
      auto title_at = static_cast<std::uint32_t>(title.data() - f.data());
      // (Read off the offsets of the folded text's UTF-8 when they were made.)
      const bool offsets = doc.folded_at != nullptr;
      byte = offsets ? doc.folded_at[title_at] : byte + text::utf8_length(f.substr(at, title_at - at));
      std::size_t title_bytes = offsets ? doc.folded_at[title_at + title.size()] - byte : text::utf8_length(title);
      h.title = f8.substr(byte, title_bytes);
      byte += title_bytes;
      at = title_at + static_cast<std::uint32_t>(title.size());
      int idx = static_cast<int>(doc.headings.size());
      auto pos = std::find_if(stack.begin(), stack.end(), [&](int k) { return doc.headings[k].style == m.style; });
      // Numbering of a higher rank opened since (「1.首页 … 5.公众参与」, a site's menu, then 「一、」
      // and 「(一)」): an item 「1.」 now is under them, not the menu's next item; the innermost item
      // of its style is its sibling if none opened since.
      if (pos != stack.end()) {
        auto last = std::find_if(stack.rbegin(), stack.rend(), [&](int k) { return doc.headings[k].style == m.style; });
        pos = std::prev(last.base());
        if (std::any_of(pos + 1, stack.end(), [&](int k) { return doc.headings[k].style < m.style; })) pos = stack.end();
      }
      if (pos != stack.end()) {
        h.prev_sibling = *pos;
        stack.erase(pos, stack.end());
      }
      h.depth = static_cast<int>(stack.size());
      h.parent = stack.empty() ? -1 : stack.back();
      stack.push_back(idx);
      doc.headings.push_back(std::move(h));
    }
  }
  // Section ends: the next heading at the same or a shallower depth, the part end, or the end.
  for (std::size_t i = 0; i < doc.headings.size(); ++i) {
    auto& h = doc.headings[i];
    std::uint32_t end = static_cast<std::uint32_t>(doc.text.size());
    for (auto pe : doc.part_starts)
      if (pe > h.marker.begin) { end = pe; break; }
    for (std::size_t j = i + 1; j < doc.headings.size(); ++j) {
      const auto& o = doc.headings[j];
      if (o.marker.begin >= end) break;
      if (o.part == h.part && o.depth <= h.depth) { end = o.marker.begin; break; }
    }
    h.section_end = end;
  }
}

// Words that join a label to what came before and carry no meaning of their own.
// 「結(jié)轉(zhuǎn)下年度」 on a page that glosses its characters in pinyin: the words without the
// brackets of small Latin letters (tone marks too; not 「(APP)」) right after a CJK character, so that a label reads
// as the words it splits (结转下年度). Only the label's copy changes, never the text: where a
// figure stands stays where it is. `out` holds the words when some were left out.
u32string_view without_glosses(u32string_view s, std::u32string& out) {
  std::size_t open = s.find(U'(');
  if (open == u32string_view::npos) return s;
  out.clear();
  std::size_t from = 0;
  for (; open != u32string_view::npos; open = s.find(U'(', open + 1)) {
    const std::size_t n = pinyin_gloss(s, open);
    if (n == 0) continue;
    out.append(s.substr(from, open - from));
    from = open + n;
  }
  if (from == 0) return s;
  out.append(s.substr(from));
  return out;
}

u32string_view strip_label(u32string_view s) {
  static constexpr u32string_view kLead[] = {U"其中", U"以及", U"另有", U"分别为", U"分别是", U"此外", U"和", U"及", U"另", U"并"};
  // (With the point or circled digit of a numbered item: "1.其他信息", "③其他信息".)
  static constexpr text::CharSet kLeadPunct(U"%、,;:()“”\"'。.①②③④⑤⑥⑦⑧⑨⑩");
  bool changed = true;
  while (changed) {
    changed = false;
    while (!s.empty() && (is_space(s.front()) || kLeadPunct.contains(s.front()))) {
      s.remove_prefix(1);
      changed = true;
    }
    // (The words tried only when the label opens with one's first character, as few labels do.)
    static constexpr text::CharSet kLeadFirsts = [] {
      text::CharSet firsts;
      for (auto w : kLead) firsts.add(w.front());
      return firsts;
    }();
    for (auto w : kLead) {
      if (s.empty() || !kLeadFirsts.contains(s.front())) break;
      if (begins_with(s, w) && s.size() > w.size()) {
        s.remove_prefix(w.size());
        changed = true;
        break;
      }
    }
    // "三是其他信息": the ordinal of an enumerated item.
    if (s.size() > 2 && s[1] == U'是' && u32string_view(U"一二三四五六七八九十").find(s[0]) != npos) {
      s.remove_prefix(2);
      changed = true;
    }
  }
  while (!s.empty() && (is_space(s.back()) || s.back() == U'(' || s.back() == U'“')) s.remove_suffix(1);
  return s;
}

struct LineFigures {
  std::uint32_t first = 0, last = 0;  // [first, last) indices into doc.figures (32 bits, as spans' offsets: one for every line)
};

bool is_unit_line(u32string_view t) {
  static constexpr u32string_view kUnits[] = {U"万元", U"元", U"亿元", U"人次", U"件", U"个", U"条", U"人", U"次", U"项", U"(万元)", U"(人次)", U"(件)", U"(个)"};
  if (t.size() > 4) return false;  // longer than any of them, as nearly every line is
  for (auto u : kUnits)
    if (t == u) return true;
  return false;
}

// True when everything on the line outside figures is separators (a row of values).
bool value_only(const Document& doc, Span range, const std::vector<Figure>& figs, std::size_t first, std::size_t last) {
  std::uint32_t pos = range.begin;
  const u32string_view f = doc.folded;
  static constexpr text::CharSet kUnitColumn(U"件条个人次项万元期篇份场家");
  auto filler = [&](std::uint32_t a, std::uint32_t b) {
    for (std::uint32_t k = a; k < b; ++k) {
      char32_t c = f[k];
      if (is_space(c) || c == U'|' || c == U'%' || c == U'-' || c == U'—' || c == U'/' || c == U'无' ||
          c == U'\\')
        continue;
      // A unit column between the label and the value: 件, 条, 人次, 万元 …
      if (kUnitColumn.contains(c) && k > range.begin && k + 1 <= b &&
          (is_space(f[k - 1]) || f[k - 1] == U'|' || f[k - 1] == U'人' || f[k - 1] == U'万'))
        continue;
      return false;
    }
    return true;
  };
  for (std::size_t i = first; i < last; ++i) {
    const auto& fg = figs[i];
    if (fg.span.begin < range.begin) continue;
    if (!filler(pos, fg.span.begin)) return false;
    pos = std::max(pos, fg.end());
  }
  return filler(pos, range.end);
}

// The cells of a line of a text table, split at bars and tabs (HTML and Word tables are read
// with a tab between cells, Markdown ones with bars); trailing empty cells are dropped, as a
// row often carries fewer padding bars than its header. Empty when the line has no separator.
std::vector<Span> split_cells(u32string_view f, Span sp) {
  std::vector<Span> cells;
  std::uint32_t from = sp.begin;
  bool any = false;
  for (std::uint32_t k = sp.begin; k <= sp.end; ++k) {
    if (k < sp.end && f[k] != U'|' && f[k] != U'\t') continue;
    any = any || k < sp.end;
    cells.push_back(Span{from, k});
    from = k + 1;
  }
  if (!any) return {};
  while (!cells.empty() && trim(f.substr(cells.back().begin, cells.back().end - cells.back().begin)).empty()) cells.pop_back();
  return cells;
}

// What a value column of a statistics table holds, told by its header: the row codes of the
// old statistical form (代码, 序号, 行次), last year's or a cumulative count, a share or a
// change, or the report period's count (本期, 本年, the report's year), or the sum of columns
// that each count one body (合计). Higher is the column a figure named by the row is read from.
enum ColumnRole { kCodeColumn = -2, kOtherColumn = -1, kPlainColumn = 0, kSumColumn = 1, kYearToDateColumn = 2, kPeriodColumn = 3 };
int column_role(u32string_view h, int year, int report_year) {
  auto has = [&](u32string_view w) { return h.find(w) != npos; };
  if (has(U"代码") || has(U"编码") || has(U"序号") || has(U"行次") || has(U"栏次") || has(U"编号")) return kCodeColumn;
  if (has(U"上年") || has(U"去年") || has(U"上期") || has(U"同期") || has(U"前年") || has(U"同比") || has(U"环比") ||
      has(U"增长") || has(U"增减") || has(U"变化") || has(U"占比") || has(U"比例") || has(U"比重") || has(U"百分") ||
      has(U"%") || has(U"率"))
    return kOtherColumn;
  bool period = has(U"本期") || has(U"本年") || has(U"当年") || has(U"今年") || has(U"当期") || has(U"全年") || has(U"本月") ||
                (year != 0 && year == report_year);
  if (year != 0 && year != report_year) return kOtherColumn;
  bool cumulative = has(U"累计") || has(U"历年") || has(U"以来");
  if (period) return cumulative ? kYearToDateColumn : kPeriodColumn;
  if (cumulative) return kOtherColumn;
  if (has(U"合计") || has(U"总计") || has(U"小计") || has(U"汇总")) return kSumColumn;
  return kPlainColumn;
}

// A header cell naming a column: words, not a unit nor 无.
bool names_column(u32string_view t) {
  return std::any_of(t.begin(), t.end(), is_cjk) && !is_unit_line(t) && t != U"无" && t != U"不适用";
}

// The numbers row of the old statistical form under its header: 「甲 | 乙 | 丙 | 1 | 2」, the
// columns of words lettered (name, unit, code), the value columns numbered. Marks the lettered
// cells in `lettered`.
bool column_numbers_row(u32string_view f, const std::vector<Span>& cells, std::vector<char>& lettered) {
  static constexpr u32string_view kStems = U"甲乙丙丁戊己庚";
  int letters = 0, numbers = 0;
  lettered.assign(cells.size(), 0);
  for (std::size_t c = 0; c < cells.size(); ++c) {
    u32string_view t = trim(f.substr(cells[c].begin, cells[c].end - cells[c].begin));
    if (t.empty()) continue;
    if (t.size() == 1 && kStems.find(t[0]) != npos) {
      lettered[c] = 1;
      ++letters;
      continue;
    }
    if (t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char32_t ch) { return ch >= U'0' && ch <= U'9'; })) {
      ++numbers;
      continue;
    }
    return false;
  }
  return letters >= 2 && numbers >= 1;
}

// A unit column at the end of a row's name (「收到申请数  件」): taken off the name, and returned
// (empty when there is none).
std::string take_unit_column(u32string_view& name) {
  auto cut = name.find_last_of(U" \t|");
  if (cut == npos || !is_unit_line(trim(name.substr(cut + 1)))) return {};
  auto u = trim(name.substr(cut + 1));
  if (u.front() == U'(') u = u.substr(1, u.size() - 2);
  name = name.substr(0, cut);
  while (!name.empty() && (name.back() == U'|' || is_space(name.back()))) name.remove_suffix(1);
  return text::to_utf8(u);
}

// Rows of the old statistical form set side by side, two or three to a line, as a page that
// lays the form out in pairs of columns is copied: 「1.当面申请数  26    2.传真申请数  5    3.网络申请数
// 181」. The line alternates words and single values (blanks or bars between them), two pairs
// at least, and ends with a value: each value is its own row's, named by the words before it
// back to the value before (a unit column between them, 「收到申请数  件  337」, is its unit).
// The numbers inside the words (the items' 2., the template's 计1条) are not values. True
// when the line was read so.
bool side_by_side(Document& doc, Span sp, const LineFigures& lf) {
  const u32string_view f = doc.folded;
  if (!text::holds_any(f.substr(sp.begin, sp.end - sp.begin), kCellGaps)) return false;
  auto blank = [&](std::uint32_t k) { return is_space(f[k]) || f[k] == U'|'; };
  struct Pair {
    Span words;
    std::size_t value;
  };
  std::vector<Pair> pairs;
  Span words{0, 0};
  bool in_words = false;
  std::size_t i = lf.first;
  for (std::uint32_t k = sp.begin; k < sp.end;) {
    if (blank(k)) {
      ++k;
      continue;
    }
    std::uint32_t e = k;
    while (e < sp.end && !blank(e)) ++e;
    while (i < lf.last && doc.figures[i].span.begin < k) ++i;
    std::size_t j = i;
    while (j < lf.last && doc.figures[j].span.begin < e) ++j;
    const bool value = j == i + 1 && doc.figures[i].span.begin == k && doc.figures[i].arithmetic() &&
                       value_only(doc, Span{k, e}, doc.figures, i, j);
    if (value) {
      if (!in_words) return false;  // two values in a row: a row of several columns
      pairs.push_back({words, i});
      in_words = false;
    } else {
      if (!in_words) words.begin = k;
      words.end = e;
      in_words = true;
    }
    k = e;
  }
  if (in_words || pairs.size() < 2) return false;
  std::vector<std::pair<u32string_view, std::string>> named;
  for (const auto& p : pairs) {
    u32string_view w = f.substr(p.words.begin, p.words.end - p.words.begin);
    std::string u = take_unit_column(w);  // (a unit column between the words and the value)
    // Words of a row's name: not a clause of prose.
    if (!std::any_of(w.begin(), w.end(), is_cjk) || w.find_first_of(U",;。") != npos) return false;
    named.emplace_back(w, std::move(u));
  }
  for (std::size_t k = lf.first; k < lf.last; ++k)
    if (std::none_of(pairs.begin(), pairs.end(), [&](const Pair& p) { return p.value == k; })) doc.figures[k].kind = FigureKind::Other;
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    auto& g = doc.figures[pairs[p].value];
    g.in_table = true;
    g.label = doc.words.utf8(trim(named[p].first));
    g.column = 0;
    if (g.unit.empty() && !named[p].second.empty()) {
      g.unit = named[p].second;
      if (holds(g.unit, "元")) g.kind = FigureKind::Amount;
    }
  }
  return true;
}

void assign_rows(Document& doc, const std::vector<LineFigures>& per_line) {
  const u32string_view f = doc.folded;
  std::u32string label;  // current row label (label-line layout)
  // `label`'s UTF-8 (trimmed) as last kept, and the label it was kept for: the values on the
  // lines under one label line share it rather than each encoding it again.
  std::u32string label_encoded;
  std::string_view label_utf8;
  std::string unit;
  int column = 0;
  bool row_open = false;
  // The header of the text table being read (bars or tabs between cells): each cell's words,
  // the year it names, and whether the numbers row under it letters it (甲 乙 丙: not values).
  std::vector<std::u32string> head;
  std::vector<int> head_year;
  std::vector<char> head_lettered;
  std::uint32_t head_at = 0;  // line of the header's last row
  int report_year = -1;       // the year the document names most, found when first needed
  // Each header cell's column_role, when first asked: the same for every row under the header.
  constexpr int kRoleUnknown = -100;
  std::vector<int> head_role;
  std::vector<Span> cells;
  // Rows read without a header, one after another: the first value of each. Going up by one
  // row after row (10, 11, 12, 13 …, 01 then 10 …) beside other values, it is the row's code
  // in the old statistical form, not a count.
  std::vector<std::size_t> code_run;
  std::uint32_t code_line = 0;
  auto settle_codes = [&] {
    bool codes = code_run.size() >= 4;
    int ones = 0;
    for (std::size_t r = 0; r < code_run.size() && codes; ++r) {
      const auto& g = doc.figures[code_run[r]];
      codes = g.kind == FigureKind::Count && g.precision == 0 && g.value.is_integer() && g.value.mantissa() >= 0 && g.value.mantissa() < 1000;
      if (codes && r > 0) {
        long long step = g.value.mantissa() - doc.figures[code_run[r - 1]].value.mantissa();
        codes = step > 0;
        ones += step == 1;
      }
    }
    if (codes && 2 * ones >= static_cast<int>(code_run.size()) - 1) {
      for (std::size_t k : code_run) {
        doc.figures[k].kind = FigureKind::Other;
        for (std::size_t j = k + 1; j < doc.figures.size() && doc.figures[j].line == doc.figures[k].line; ++j)
          if (doc.figures[j].in_table) --doc.figures[j].column;
      }
    }
    code_run.clear();
  };
  for (std::uint32_t ln = 1; ln <= doc.lines.line_count(); ++ln) {
    Span sp = doc.lines.line_span(ln);
    u32string_view t = trim(f.substr(sp.begin, sp.end - sp.begin));
    const auto& lf = per_line[ln - 1];
    // A pipe before each cell, one cell a line (「| （一）主动公开政府信息数⏎| 条⏎| 164」, the old
    // statistical table as some pages are copied): the cell is what follows the pipe, read as the
    // form's cells a line each are (label, unit, value).
    // (A row's number opening the cell, 「| 1.政府公报公开政府信息数」「| (2)“非本部门掌握”数」, is the
    // row's, as it is at a line's start: no count.)
    if (t.size() > 1 && t.front() == U'|' && t.find_first_of(U"|\t", 1) == npos) {
      t = trim(t.substr(1));
      const auto at = static_cast<std::uint32_t>(t.data() - f.data());
      if (const auto m = parse_marker(t); m.style != 0 && lf.first < lf.last && doc.figures[lf.first].span.begin < at + m.length)
        doc.figures[lf.first].kind = FigureKind::Name;
    }
    if (t.empty()) continue;
    bool has_figs = lf.first < lf.last;
    cells.clear();
    static constexpr char32_t kCellBars[] = {U'|', U'\t'};  // (every line: one pass, four at a time)
    if (text::count_any(t, kCellBars) != 0) cells = split_cells(f, sp);
    if (cells.empty()) {
      head.clear();  // a line that is not a row of cells ends the table
    } else if (std::vector<char> lettered; column_numbers_row(f, cells, lettered)) {
      // 「甲 | 乙 | 丙 | 1 | 2」: the form's column numbers, not a row of values.
      for (std::size_t i = lf.first; i < lf.last; ++i) doc.figures[i].kind = FigureKind::Other;
      if (lettered.size() == head.size()) head_lettered = std::move(lettered);
      label.clear();
      unit.clear();
      row_open = false;
      continue;
    } else if (t.find(U'。') == npos &&
               std::none_of(doc.figures.begin() + lf.first, doc.figures.begin() + lf.last, [](const Figure& g) { return g.arithmetic(); }) &&
               std::count_if(cells.begin(), cells.end(), [&](Span c) { return names_column(trim(f.substr(c.begin, c.end - c.begin))); }) >= 2) {
      // A header row: words only (and years), two cells at least naming something other than a
      // unit (a row of 「件 | 无 | 无」 is a row without values). A second one right under the
      // first names the columns under a spanning cell: 「本年 | | 累计」 over 「件数 | 占比 | 件数」.
      // (The row above may end in spanning cells, dropped as empty.)
      bool under = !head.empty() && head_at + 1 == ln && head.size() <= cells.size();
      if (under) {
        head.resize(cells.size());
        head_year.resize(cells.size(), 0);
        head_lettered.resize(cells.size(), 0);
      } else {
        head.assign(cells.size(), {});
        head_year.assign(cells.size(), 0);
        head_lettered.assign(cells.size(), 0);
      }
      std::u32string above;
      int above_year = 0;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        u32string_view w = trim(f.substr(cells[c].begin, cells[c].end - cells[c].begin));
        if (under) {
          if (!head[c].empty()) {
            above = head[c];
            above_year = head_year[c];
          } else if (!w.empty()) {
            head[c] = above;
            head_year[c] = above_year;
          }
        }
        head[c] += w;
      }
      for (std::size_t i = lf.first; i < lf.last; ++i) {
        const auto& g = doc.figures[i];
        if (g.kind != FigureKind::Year || !g.value.is_integer()) continue;
        for (std::size_t c = 0; c < cells.size(); ++c)
          if (g.span.begin >= cells[c].begin && g.span.begin < cells[c].end && head_year[c] == 0) head_year[c] = static_cast<int>(g.value.mantissa());
      }
      head_at = ln;
      head_role.assign(head.size(), kRoleUnknown);
    }
    if (has_figs && value_only(doc, sp, doc.figures, lf.first, lf.last)) {
      if (!label.empty()) {
        if (label != label_encoded) {
          label_encoded = label;
          label_utf8 = doc.words.utf8(trim(label));
        }
        const std::string_view lab = label_utf8;
        for (std::size_t i = lf.first; i < lf.last; ++i) {
          auto& fg = doc.figures[i];
          if (!fg.arithmetic()) continue;
          fg.in_table = true;
          fg.label = lab;
          fg.column = column++;
          if (fg.unit.empty() && !unit.empty()) {
            fg.unit = unit;
            if (unit.back() == '\xe5' || holds(unit, "元")) fg.kind = FigureKind::Amount;
          }
        }
        row_open = true;
      }
      continue;
    }
    if (is_unit_line(t)) {
      auto u = t;
      if (u.front() == U'(') u = u.substr(1, u.size() - 2);
      unit = text::to_utf8(u);
      continue;
    }
    // The template's note under a row's name, on a line of its own between the name and the
    // value: "(一)主动公开政府信息数⏎(不同渠道和方式公开相同信息计1条)⏎133792". Its count is
    // part of the name (see the note without figures below). Only the template's notes (计1条,
    // 计1次): a bracket of prose under a short line, 「(全年共计公开1200条)」, keeps its count.
    if (has_figs && !label.empty() && !row_open && t.front() == U'(' && t.back() == U')' && parse_marker(t).style == 0 &&
        t.find(U"计1") != npos && label.back() == U'数') {
      label += t;
      for (std::size_t i = lf.first; i < lf.last; ++i) doc.figures[i].kind = FigureKind::Other;
      continue;
    }
    // Same-line row: a label, then only values separated by blanks, tabs or bars.
    // (Not a line whose numbers are all names, the number of a sub-list's first item among them,
    // 「其中:1.当面申请数」: a label line, its value on the line after.)
    const bool only_names = has_figs && std::all_of(doc.figures.begin() + lf.first, doc.figures.begin() + lf.last,
                                                    [](const Figure& g) { return g.kind == FigureKind::Name; });
    if (has_figs && !only_names && t.find(U'。') == npos) {
      if (side_by_side(doc, sp, lf)) {
        label.clear();
        unit.clear();
        row_open = false;
        continue;
      }
      // A row's name with the template's note in the same cell, its value on the next line:
      // 「(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)⏎169512」. The note's count is part
      // of the name, and the line is a label line.
      if (auto open = t.rfind(U'('); t.back() == U')' && open != npos && open > 0 && t[open - 1] == U'数' &&
                                      t.find(U"计1", open) != npos && t.find(U',') == npos) {
        for (std::size_t i = lf.first; i < lf.last; ++i) doc.figures[i].kind = FigureKind::Other;
        label.assign(t);
        unit.clear();
        column = 0;
        row_open = false;
        continue;
      }
      // The first figure from which the rest of the line is only values: one backward pass.
      std::size_t from = lf.last;
      for (std::size_t i = lf.last; i-- > lf.first;) {
        std::uint32_t stop = i + 1 < lf.last ? doc.figures[i + 1].span.begin : sp.end;
        if (!value_only(doc, Span{doc.figures[i].span.begin, stop}, doc.figures, i, i + 1)) break;
        from = i;
      }
      for (std::size_t i = from; i < lf.last; ++i) {
        const auto& fg = doc.figures[i];
        if (fg.span.begin <= sp.begin) break;
        char32_t sep = f[fg.span.begin - 1];
        if (!(is_space(sep) || sep == U'|')) break;
        u32string_view lab = trim(f.substr(sp.begin, fg.span.begin - sp.begin));
        while (!lab.empty() && (lab.back() == U'|' || is_space(lab.back()))) lab.remove_suffix(1);
        // A unit column between the label and the values: "收到申请数  件  337".
        std::string unit_col = take_unit_column(lab);
        if (lab.empty() || lab.find(U',') != npos) break;
        bool has_cjk = std::any_of(lab.begin(), lab.end(), is_cjk);
        if (!has_cjk) break;
        std::string_view labu = doc.words.utf8(trim(lab));
        int col = 0;
        for (std::size_t k = lf.first; k < i; ++k) doc.figures[k].kind = FigureKind::Other;  // inside the label
        // Under a header, the column a figure named by the row is read from is the report
        // period's (本期, 本年数, the report's year), not the first: a row code (代码), a
        // cumulative or last year's count may come first. With several value columns and none
        // marked as the period's (one column per body: 区政府 | 区直单位 | 乡镇), none is.
        if (!head.empty() && cells.size() == head.size()) {
          if (report_year < 0) report_year = usual_year(doc);
          std::vector<int> role(lf.last - i, kOtherColumn);
          const auto label_end = static_cast<std::uint32_t>(lab.data() + lab.size() - f.data());
          bool aligned = true;
          std::size_t c = 0, taken = cells.size();
          for (std::size_t k = i; k < lf.last && aligned; ++k) {
            const auto& g = doc.figures[k];
            if (!g.arithmetic()) continue;
            while (c < cells.size() && cells[c].end <= g.span.begin) ++c;
            // Two values in one cell, or one in the label's cell: the columns are not the header's.
            aligned = c < cells.size() && c != taken && cells[c].begin >= label_end;
            taken = c;
            if (!aligned) break;
            if (head_lettered[c]) {
              role[k - i] = kCodeColumn;
              continue;
            }
            if (head_role[c] == kRoleUnknown) head_role[c] = column_role(head[c], head_year[c], report_year);
            role[k - i] = head_role[c];
          }
          if (aligned) {
            int best = kOtherColumn, ties = 0;
            for (std::size_t k = i; k < lf.last; ++k) {
              if (!doc.figures[k].arithmetic() || role[k - i] == kCodeColumn) continue;
              if (role[k - i] > best) best = role[k - i], ties = 1;
              else if (role[k - i] == best) ++ties;
            }
            bool primary = best >= kPlainColumn && ties == 1;
            int next = 0;
            for (std::size_t k = i; k < lf.last; ++k) {
              auto& g = doc.figures[k];
              if (!g.arithmetic()) continue;
              if (role[k - i] == kCodeColumn) {
                g.kind = FigureKind::Other;
                continue;
              }
              g.in_table = true;
              g.label = labu;
              g.column = primary && role[k - i] == best ? 0 : ++next;
              if (g.unit.empty() && !unit_col.empty()) {
                g.unit = unit_col;
                if (holds(unit_col, "元")) g.kind = FigureKind::Amount;
              }
            }
            break;
          }
        }
        std::size_t first_value = lf.last;
        for (std::size_t k = i; k < lf.last; ++k) {
          auto& g = doc.figures[k];
          if (!g.arithmetic()) continue;
          if (first_value == lf.last) first_value = k;
          g.in_table = true;
          g.label = labu;
          g.column = col++;
          if (g.unit.empty() && !unit_col.empty()) {
            g.unit = unit_col;
            if (holds(unit_col, "元")) g.kind = FigureKind::Amount;
          }
        }
        if (col >= 2) {
          if (code_line + 1 != ln) settle_codes();
          code_run.push_back(first_value);
          code_line = ln;
        }
        break;
      }
      label.clear();
      unit.clear();
      row_open = false;
      continue;
    }
    // A label line (or a note continuing it), or prose.
    bool note = t.front() == U'(' && t.back() == U')' && parse_marker(t).style == 0;
    if (note && !label.empty() && !row_open) {
      label += t;
      for (std::size_t i = lf.first; i < lf.last; ++i) doc.figures[i].kind = FigureKind::Other;
      continue;
    }
    bool prose = t.size() > 60 || t.find(U'。') != npos;
    if (prose) {
      label.clear();
    } else {
      label.assign(t);
    }
    unit.clear();
    column = 0;
    row_open = false;
  }
  settle_codes();
}

void assign_labels(Document& doc) {
  const u32string_view f = doc.folded;
  std::uint32_t prev_end = 0;
  int sentence = 0;
  std::uint32_t scan = 0;
  std::u32string gloss_free;  // a label's words without pinyin glosses, when it has some
  for (std::size_t i = 0; i < doc.figures.size(); ++i) {
    auto& fg = doc.figures[i];
    if (scan < fg.span.begin) {
      sentence += sentence_ends(f.substr(scan, fg.span.begin - scan));
      scan = fg.span.begin;
    }
    fg.sentence = fg.in_table ? -1 : sentence;
    if (fg.in_table) {
      prev_end = fg.end();
      continue;
    }
    // Label: back to the clause break or the previous figure, at most 40 code points.
    std::uint32_t b = fg.span.begin;
    std::uint32_t limit = std::max(prev_end, fg.span.begin > 40 ? fg.span.begin - 40 : 0u);
    while (b > limit && !is_clause_break(f[b - 1])) --b;
    fg.label = doc.words.utf8(without_glosses(strip_label(f.substr(b, fg.span.begin - b)), gloss_free));
    // "共计发布信息⏎⏎7435 条,其中…": a count opening a line that breaks running text (text taken
    // from a PDF: the line before ends in a word, not a stop, and this one goes on in clauses)
    // has the words of the line before. (Not a value under its label in a table: "收到申请数⏎12".)
    auto runs_on = [&] {
      for (std::uint32_t e = fg.end(); e < f.size() && f[e] != U'\n'; ++e)
        if (f[e] == U',' || f[e] == U';' || f[e] == U'。' || f[e] == U'、') return true;
      return false;
    };
    // So does a count whose words on its line are the end of a word cut by the break
    // (「…其中主动公开规范性檔⏎案14件,另有…」, 「…通过微博发布⏎信息120条,…」): up to three
    // characters after a line of running text (clauses of its own) that ends in a word.
    auto cut_word = [&] {
      auto frag = trim(f.substr(b, fg.span.begin - b));
      if (frag.empty() || frag.size() > 3 || !std::all_of(frag.begin(), frag.end(), [](char32_t ch) { return is_cjk(ch); })) return false;
      std::uint32_t ls = b - 1;
      while (ls > 0 && f[ls - 1] != U'\n') --ls;
      auto before = f.substr(ls, b - 1 - ls);
      // (Nor on a sliver of a line, 「请37件,占」: a text cut again at another measure, whose list
      // goes on lines that are not read with it.)
      std::uint32_t le = b;
      while (le < f.size() && f[le] != U'\n') ++le;
      return before.size() >= 15 && before.find_first_of(U",;。、") != npos && le - b >= 12;
    };
    if (std::uint32_t nl = b; b > limit && f[b - 1] == U'\n' && (trim(f.substr(b, fg.span.begin - b)).empty() || cut_word()) && runs_on()) {
      while (nl > limit && (is_space(f[nl - 1]) || f[nl - 1] == U'\n' || f[nl - 1] == U'\r')) --nl;
      if (nl > limit && nl < b && is_cjk(f[nl - 1]) && fg.kind == FigureKind::Count) {
        std::uint32_t from = nl;
        while (from > limit && !is_clause_break(f[from - 1])) --from;
        // (Not the words of a heading: "二、主动公开信息情况⏎2015年…".)
        if (fg.heading < 0 || doc.headings[static_cast<std::size_t>(fg.heading)].marker.begin < from) {
          std::u32string joined(f.substr(from, nl - from));
          joined += f.substr(b, fg.span.begin - b);
          fold_taiwan_words(joined);
          fg.label = doc.words.utf8(strip_label(joined));
        }
      }
    }
    // After: to the next clause break or figure, at most 20 code points.
    std::uint32_t a = fg.end();
    std::uint32_t stop = i + 1 < doc.figures.size() ? doc.figures[i + 1].span.begin : static_cast<std::uint32_t>(f.size());
    stop = std::min<std::uint32_t>(stop, a + 20);
    std::uint32_t e = a;
    while (e < stop && !is_clause_break(f[e])) ++e;
    fg.after = doc.words.utf8(trim(f.substr(a, e - a)));
    prev_end = fg.end();
  }
}

// Counts whose names stand elsewhere than before them take those names as their labels:
// - values given in turn for the names before 分别为 or 依次为 ("当面、网上、信函申请分别为5件、11件、2件":
//   当面 5, 网上 11, 信函申请 2), when there are as many names (joined by 、, the last by 、 or
//   和/及/与) as values (joined by 、 or the same words);
// - a count written before its name ("其中,28件为网上申请,9件为当面申请", "40件通过网上提交"):
//   a count with no words before it in its clause, followed by 为, 是 or 通过 and words.
void name_counts(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  auto joiner = [](u32string_view gap) {
    for (char32_t c : gap)
      if (u32string_view(U"、,和及与 ").find(c) == npos) return false;
    return !gap.empty();
  };
  for (std::size_t i = 0; i < figs.size(); ++i) {
    auto& g = figs[i];
    if (g.in_table || g.kind != FigureKind::Count || g.unit.empty()) continue;
    // (Its words looked for in UTF-8, as they are: a label is decoded only for the names of a list.)
    const std::string_view label = g.label;
    auto joined_values = [&] {
      std::vector<std::size_t> values{i};
      while (values.size() < 12) {
        std::size_t k = values.back() + 1;
        if (k >= figs.size()) break;
        const auto& n = figs[k];
        if (n.in_table || n.kind != g.kind || n.unit != g.unit || n.sentence != g.sentence) break;
        if (!joiner(f.substr(figs[values.back()].end(), n.span.begin - figs[values.back()].end()))) break;
        values.push_back(k);
      }
      return values;
    };
    // "分别比上年增加4件和2件": every value is a change, as the first one's words say.
    if (holds(label, "分别") && label_states_change(g.label)) {
      auto values = joined_values();
      for (std::size_t k = 1; k < values.size(); ++k) figs[values[k]].label = g.label;
      continue;
    }
    for (std::string_view w : {"分别为", "分别是", "依次为", "依次是"}) {
      if (label.size() <= w.size() || !label.ends_with(w)) continue;
      auto values = joined_values();
      if (values.size() < 2) break;
      std::u32string names = text::from_utf8(label.substr(0, label.size() - w.size()));
      std::vector<std::u32string> parts;
      std::size_t from = 0;
      for (std::size_t k = 0; k <= names.size(); ++k)
        if (k == names.size() || names[k] == U'、') {
          parts.push_back(names.substr(from, k - from));
          from = k + 1;
        }
      // The last two may be joined by a conjunction: "当面、网上和信函申请".
      if (parts.size() + 1 == values.size()) {
        auto& last = parts.back();
        auto c = last.find_first_of(U"和及与");
        if (c != npos && c > 0 && c + 1 < last.size()) {
          std::u32string a = last.substr(0, c), b = last.substr(c + 1);
          parts.back() = a;
          parts.push_back(b);
        }
      }
      if (parts.size() != values.size()) break;
      // (The first name keeps the words of its clause before it, which the others share: 「全年受理政府
      // 信息公开行政复议和行政诉讼分别为2件和1件」.)
      bool named = true;
      for (std::size_t k = 0; k < parts.size(); ++k)
        named = named && !parts[k].empty() && parts[k].size() <= (k == 0 ? 24u : 12u) &&
                std::all_of(parts[k].begin(), parts[k].end(), [](char32_t c) { return is_cjk(c); });
      if (!named) break;
      for (std::size_t k = 0; k < values.size(); ++k) figs[values[k]].label = doc.words.utf8(parts[k]);
      break;
    }
    // (Only 其中 before it in its clause, or 其中 and the heading of what the items are, 「其中6件为不予
    // 公开」「其中处理结果4件为不予公开，1件为不予处理」: the words after the count still name it, and
    // the heading names no item.)
    std::size_t lead = 0;
    // (Or after a 、 that ends the name of a count written the same way just before it, 「其中2件为
    // 予以公开、2件为不予公开」: its words before it are that count's name, not its own.)
    bool after_dun = false;
    if (!g.label.empty()) {
      std::string_view l = label;
      if (l.starts_with("其中")) l.remove_prefix(std::string_view("其中").size());
      bool heading = l.empty();
      for (std::string_view h : {"处理结果", "办理结果", "答复结果"}) heading = heading || l == h;
      if (!heading && i > 0 && (l.starts_with("为") || l.starts_with("是")) && l.ends_with("、")) {
        const auto& p = figs[i - 1];
        after_dun = !p.in_table && p.kind == FigureKind::Count && p.unit == g.unit && p.sentence == g.sentence &&
                    std::string_view(p.after).starts_with(l.substr(0, l.size() - std::string_view("、").size()));
      }
      if (!heading && !after_dun) continue;
    }
    if (!g.label.empty() && !after_dun) {
      std::uint32_t b = g.span.begin;
      while (b > 0 && is_space(f[b - 1])) --b;
      std::uint32_t c = b;
      while (c > 0 && b - c <= 8 && !is_clause_break(f[c - 1])) --c;
      if (c > 0 && !is_clause_break(f[c - 1])) continue;
      u32string_view words = trim(f.substr(c, b - c));
      if (words.starts_with(U"其中")) words.remove_prefix(2);
      if (!words.empty() && words != U"处理结果"sv && words != U"办理结果"sv && words != U"答复结果"sv) continue;
      lead = b - c;
    }
    std::u32string after_s = text::from_utf8(g.after);
    u32string_view after = after_s;
    if (!after.empty() && after.back() == U'、') after.remove_suffix(1);
    // (Or by 通过, whose words name the channel: "40件通过网上提交"; or by the outcome of a case
    // in the words of table 四, which are its name: "复议3件,1件结果维持,2件结果纠正"; or by 结转,
    // applications carried on to next year: "已办结22件,4件结转下年度继续办理".)
    bool by = after.starts_with(U"通过") || after.starts_with(U"结果") || after.starts_with(U"结转");
    // (Or by a result of handling in table 三's words, all the words after it: "办结18件,8件予以
    // 公开,7件部分公开,3件不予公开".)
    for (std::u32string_view r : {std::u32string_view(U"予以公开"), std::u32string_view(U"部分公开"), std::u32string_view(U"不予公开"),
                                  std::u32string_view(U"无法提供"), std::u32string_view(U"不予处理"), std::u32string_view(U"其他处理")})
      by = by || after == r;
    // (Carried on to a year the words name, 「16件结转至2025年继续办理」: its words run on through
    // the year, which is where the count goes, not a figure of its own in the count's name.)
    bool through_year = false;
    if (after.starts_with(U"结转") && i + 1 < figs.size()) {
      const auto& y = figs[i + 1];
      if (y.kind == FigureKind::Year && !y.in_table && y.sentence == g.sentence && y.span.begin >= g.end() &&
          trim(f.substr(g.end(), y.span.begin - g.end())) == after) {
        std::uint32_t e = y.end();
        while (e < f.size() && e < y.end() + 12 && !is_clause_break(f[e])) ++e;
        after_s = std::u32string(trim(f.substr(g.end(), e - g.end())));
        after = after_s;
        through_year = true;
      }
    }
    if (after.size() < 3 || (after.front() != U'为' && after.front() != U'是' && !by)) continue;
    if (!by) after.remove_prefix(1);
    if (!std::all_of(after.begin(), after.end(), [&](char32_t c) { return is_cjk(c) || (through_year && c >= U'0' && c <= U'9'); }))
      continue;
    // (Only in a clause of its own: "…,28件为网上申请,…".)
    std::uint32_t b = g.span.begin;
    while (b > 0 && is_space(f[b - 1])) --b;
    b -= static_cast<std::uint32_t>(lead);
    if (b > 0 && !is_clause_break(f[b - 1]) && !after_dun) continue;
    g.label = doc.words.utf8(after);
  }
}

// "同一信息多渠道发布的计1条", "重复发布的只计1条": how items are counted, not a count.
void drop_counting_rules(Document& doc) {
  for (auto& g : doc.figures) {
    if (g.kind != FigureKind::Count || g.in_table || !(g.value == Decimal(1, 0))) continue;
    std::string_view l = g.label;
    bool counted = l.ends_with("计") || l.ends_with("按") || l.ends_with("计为") || l.ends_with("算");
    bool same = holds(l, "相同") || holds(l, "同一") ||
                holds(l, "重复") || holds(l, "渠道");
    if (counted && same) g.kind = FigureKind::Other;
  }
}

// "其中机构概况、公开指南各1条", "当面申请和信函申请均为5件": a count given for each of the items
// named before 各 / 均为 (joined by 、 和 及 与) counts once for each.
void count_each(Document& doc) {
  for (auto& g : doc.figures) {
    if (g.in_table || g.kind != FigureKind::Count) continue;
    std::string_view l = g.label;
    std::size_t cut = std::string_view::npos;
    for (std::string_view w : {"各", "均为", "均"})
      if (l.ends_with(w)) {
        cut = l.size() - w.size();
        break;
      }
    if (cut == std::string_view::npos) continue;
    std::u32string names = text::from_utf8(l.substr(0, cut));
    // Names joined by 、, the last one by 、 or a conjunction ("A、B和C"); without 、, two
    // names joined by one conjunction. (Not at either end: a separator there joins nothing.)
    int n = 1;
    std::size_t last = names.size() > 1 ? names.find_last_of(U'、', names.size() - 2) : npos;
    for (std::size_t k = 1; k + 1 < names.size(); ++k)
      if (names[k] == U'、') ++n;
    std::size_t from = last == npos ? 1 : last + 1;
    for (std::size_t k = from; k + 1 < names.size(); ++k)
      if (names[k] == U'和' || names[k] == U'及' || names[k] == U'与') {
        ++n;
        break;
      }
    if (n >= 2 && n <= 12) g.times = n;
  }
}

bool prose_count(const Figure& g) {
  return !g.in_table && (g.kind == FigureKind::Count || g.kind == FigureKind::Amount) && !g.unit.empty();
}

// "部分公开67,占4.61%" among "…966件,占66.48%;…81件,占5.57%": a bare number followed at once
// by its share is a count whose unit the writer left out; it takes the unit of the nearest count
// before it in the same sentence, so that it binds its share and stays in its breakdown.
// A whole number in running text written without a unit: a count whose unit may be left out.
bool unitless_count(const Figure& c) {
  return !c.in_table && c.kind == FigureKind::Count && c.unit.empty() && c.precision == 0 && !c.chinese_numeral &&
         c.approx == Approx::Exact;
}

void adopt_unit(Document& doc, std::size_t i, std::uint32_t zhan) {
  auto& c = doc.figures[i];
  if (!unitless_count(c)) return;
  if (zhan < c.span.end || zhan - c.span.end > 2) return;
  for (std::uint32_t k = c.span.end; k < zhan; ++k)
    if (doc.folded[k] != U',' && doc.folded[k] != U';' && !is_space(doc.folded[k])) return;
  for (std::size_t j = i; j-- > 0;) {
    const auto& g = doc.figures[j];
    if (g.in_table || g.sentence != c.sentence) return;
    if (g.kind == FigureKind::Percent || g.unit.empty()) continue;
    if (g.kind != FigureKind::Count) return;
    c.unit = g.unit;
    return;
  }
}

// "会议活动类信息460条,部门动态402,其他信息248条": a bare number between two counts of one
// unit, each a list separator away, named by words of its own, is an item of that list whose
// unit the writer left out.
void adopt_list_units(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  auto separator = [&](std::uint32_t a, std::uint32_t b) {  // [a, b) is one separator
    return b == a + 1 && (f[a] == U',' || f[a] == U';' || f[a] == U'、');
  };
  for (std::size_t i = 1; i + 1 < figs.size(); ++i) {
    auto& c = figs[i];
    const auto& prev = figs[i - 1];
    const auto& next = figs[i + 1];
    if (!unitless_count(c) || c.label.empty()) continue;
    if (!prose_count(prev) || !prose_count(next) || prev.unit != next.unit || prev.sentence != c.sentence ||
        next.sentence != c.sentence)
      continue;
    if (prev.share >= 0 || c.span.end >= f.size() || !separator(c.span.end, c.span.end + 1)) continue;
    // The item before ends at a separator right before this one's words.
    std::uint32_t after_prev = prev.end();
    if (after_prev >= f.size() || !separator(after_prev, after_prev + 1)) continue;
    c.unit = prev.unit;
  }
}

// "共接受市民等咨询62,其中:咨询电话接听46次,当面受理咨询16次": the reverse, a count written
// without a unit right before 其中 (its first characters after the count, a colon or comma
// aside) whose items, two or more in its sentence, all carry one unit: the whole counts what
// they count and takes their unit.
void adopt_whole_unit(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  for (std::size_t w = 0; w + 2 < figs.size(); ++w) {
    auto& W = figs[w];
    if (!unitless_count(W) || W.label.empty()) continue;
    std::uint32_t at = W.span.end;
    if (at < f.size() && (f[at] == U',' || f[at] == U':')) ++at;
    if (f.substr(at, 2) != U"其中") continue;
    const auto& first = figs[w + 1];
    if (!prose_count(first) || first.unit.empty() || first.sentence != W.sentence || first.line != W.line) continue;
    std::size_t items = 0;
    bool alike = true;
    for (std::size_t j = w + 1; j < figs.size() && figs[j].sentence == W.sentence && figs[j].line == W.line; ++j) {
      if (figs[j].kind == FigureKind::Percent) continue;
      alike = alike && prose_count(figs[j]) && figs[j].unit == first.unit;
      ++items;
    }
    if (alike && items >= 2) W.unit = first.unit;
  }
}

// 「全年共接受依申请公开9次，其中处理结果4件为不予公开，…」: requests counted in 次 where the words
// name applications and a count of requests by channel or by result in 件 follows in the sentence:
// the count is of requests, in the unit its parts are counted in. (Nowhere else: 次 counts
// meetings, visits and calls as well.)
bool names_reply_result(std::string_view label);
void adopt_request_unit(Document& doc) {
  auto& figs = doc.figures;
  for (std::size_t w = 0; w + 1 < figs.size(); ++w) {
    auto& W = figs[w];
    if (!prose_count(W) || W.unit != "次" || !holds(W.label, "申请")) continue;
    for (std::size_t k = w + 1; k < figs.size() && figs[k].sentence == W.sentence; ++k) {
      const auto& g = figs[k];
      if (!prose_count(g) || g.unit != "件") continue;
      if (names_application_channel(g.label) || names_reply_result(g.label) || names_handling_result(g.label)) W.unit = g.unit;
      break;
    }
  }
}

// "主动公开政府信息496条,其中组织机构5;规章100;…;其他信息102。": a 其中 list right after a
// count, whose items are all written without a unit, each named by words of its own and ended
// by a list separator, the last ending the sentence. The items count what the whole counts and
// take its unit. At least three items, so that a lone bare number after 其中 is left alone.
// Items numbered inline (1. 2. …) are read without their numbers.
void adopt_qizhong_units(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  auto separator = [&](std::uint32_t at) { return at < f.size() && (f[at] == U',' || f[at] == U';' || f[at] == U'、'); };
  for (std::size_t w = 0; w + 3 < figs.size(); ++w) {
    const auto& W = figs[w];
    if (!prose_count(W) || W.kind != FigureKind::Count || W.approx != Approx::Exact) continue;
    std::uint32_t p = W.end();
    if (p < f.size() && f[p] == U',') ++p;
    if (p + 2 > f.size() || f.substr(p, 2) != U"其中"sv) continue;
    p += 2;
    if (p < f.size() && f[p] == U':') ++p;
    // "其中1.组织机构5;2.规章100;…": the items' numbers 1. 2. … are markers, not counts.
    auto marker = [&](const Figure& c) {
      std::uint32_t e = c.span.end;
      return unitless_count(c) && e + 1 < f.size() && f[e] == U'.' && f[e + 1] >= 0x4E00 &&
             (c.span.begin == p || (c.span.begin > 0 && separator(c.span.begin - 1)));
    };
    std::vector<std::size_t> items, markers;
    bool closed = false;
    for (std::size_t k = w + 1; k < figs.size(); ++k) {
      const auto& c = figs[k];
      if (c.sentence == W.sentence && marker(c) && (markers.size() == items.size())) {
        markers.push_back(k);
        continue;
      }
      if (c.sentence != W.sentence || !unitless_count(c) || c.label.empty()) break;
      std::uint32_t e = c.span.end;
      items.push_back(k);
      if (e >= f.size() || f[e] == U'。' || f[e] == U'\n') {
        closed = true;
        break;
      }
      if (!separator(e)) break;
    }
    if (!closed || items.size() < 3 || (!markers.empty() && markers.size() != items.size())) continue;
    for (auto k : items) figs[k].unit = W.unit;
    for (auto k : markers) figs[k].kind = FigureKind::Name;
  }
}

// Units that count the same things in a breakdown: an application or a case is written 件,
// 份, 宗, 起 or 例 by different writers, even within one sentence ("收到8份申请,其中予以公开2件",
// "受理…申请事项29例,其中通过网络收到申请25件"),
// and a count of letters or cases that may repeat is written 件次 before parts in 件
// ("收到来信2879件次,其中市长信箱14件,部门信箱778件…").
bool same_unit(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto case_unit = [](std::string_view u) {
    return u == "件" || u == "份" || u == "宗" || u == "起" || u == "例" || u == "件次";
  };
  return case_unit(a) && case_unit(b);
}

// 「其中，政务动态栏目发布信息569条，信息公开栏目发布信息3248，刊发公报10期」: a bare number ending a
// run of 其中 items of one unit, right before a count of another, is the run's last item whose unit
// the writer left out, when nothing else can be meant: its words end as every item's before it
// (two characters or more: 栏目发布信息), not as the next count's, and list separators stand
// between them all. (With a count of the same unit after it, adopt_list_units reads it.)
void adopt_last_item_unit(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  auto separator = [&](std::uint32_t at) { return at < f.size() && (f[at] == U',' || f[at] == U';' || f[at] == U'、'); };
  auto shared_ending = [](const std::u32string& a, const std::u32string& b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
    return n;
  };
  for (std::size_t i = 1; i + 1 < figs.size(); ++i) {
    auto& c = figs[i];
    if (!unitless_count(c) || c.label.empty() || !separator(c.span.end)) continue;
    // (The next count, past a year or a date its words name: 「刊发2023年《公报》10期」.)
    std::size_t n = i + 1;
    while (n + 1 < figs.size() && n - i < 4 && (figs[n].kind == FigureKind::Year || figs[n].kind == FigureKind::Date)) ++n;
    const auto& next = figs[n];
    if (!prose_count(figs[i - 1]) || figs[i - 1].sentence != c.sentence || next.sentence != c.sentence || !prose_count(next) ||
        next.kind != FigureKind::Count || same_unit(next.unit, figs[i - 1].unit))
      continue;
    const std::string unit = figs[i - 1].unit;
    const std::u32string words = text::from_utf8(c.label);
    if (shared_ending(words, text::from_utf8(next.label)) >= 2) continue;
    // The run of items before it, back to the 其中 that opens them (the first item's words follow
    // 其中 and its colon or comma at once).
    auto opens = [&](const Figure& p) {
      std::uint32_t b = p.span.begin;
      while (b > 0 && !is_clause_break(f[b - 1]) && p.span.begin - b < 40) --b;
      return f.substr(b, 2) == U"其中"sv || (b >= 3 && f.substr(b - 3, 2) == U"其中"sv && (f[b - 1] == U',' || f[b - 1] == U':'));
    };
    bool found = false;
    for (std::size_t k = i; k-- > 0 && !found && i - k <= kSentenceWalk;) {
      const auto& p = figs[k];
      if (p.sentence != c.sentence || !prose_count(p) || p.kind != FigureKind::Count || p.unit != unit || p.share >= 0 ||
          !separator(p.end()) || shared_ending(words, text::from_utf8(p.label)) < 2)
        break;
      found = opens(p);
    }
    if (found) c.unit = unit;
  }
}

// Pieces of information in 条 under a whole of information in 件, whatever each item is named
// (「通过门户网站主动公开各类信息100件，其中公示公告8条，…，政策问答库3条，…其他文件1条，…」): the
// writer counts the same items in either measure, unless an item's words name requests, letters
// or calls received, which are no information published.
bool information_items_named(const Figure& whole, const Figure& part) {
  if (information_items(whole, part)) return true;
  if (whole.unit != "件" || part.unit != "条") return false;
  const std::string_view w = whole.label, l = part.label;
  if (holds(w, "申请") || !holds(w, "信息")) return false;
  bool published = false;
  for (std::string_view v : {"公开", "发布", "公布"}) published = published || holds(w, v);
  if (!published) return false;
  // (Nor information withheld, nor the take-up of what was published elsewhere, which may count
  // the items again: 「不予公开信息3条」「被市政府网站采用40条」.)
  for (std::string_view a : {"申请", "受理", "收到", "接收", "接到", "信箱", "来信", "来电", "留言", "咨询", "投诉", "举报", "诉求", "热线",
                             "不予", "免予", "不公开", "采用", "录用", "转载", "转发", "阅读", "浏览", "访问"})
    if (l.find(a) != std::string_view::npos) return false;
  return true;
}

// "主动公开政府信息565条,其中:发布工作信息421条;制定并发布规范性文件11件;…": documents
// counted in 件 or 份 among items of information counted in 条 are items too (the statistical
// table counts 主动公开规范性文件数 in 条, under 主动公开政府信息数), not a count of another
// measure that would end what the list is known to divide.
// So are pieces of information counted in 篇 ("公开各类信息1541条,其中政务动态信息846篇、法定主动公开
// 信息665篇、概况类信息30篇"): an article is one item. Under a whole that counts information, so
// are articles of a kind however named ("主动公开政府信息284条,其中政策法规类41篇、提案办理19篇、
// 财政预决算15篇…其它信息类174篇"), unless the words name where they went out, a reading of
// them or their take-up above (微信推送300篇, 政策解读15篇, 被省级采用40篇): those may count again
// what the whole or one another count.
// And items of information in 条 under pieces of it counted in 件 (information_items).
// Only documents whose words say they were published (发布, 公开, 公布, 印发), or that name
// nothing but the documents (规范性文件12件): 「清理规范性文件130件」「废止文件30件」 count
// documents acted on otherwise, not items of information published.
// Whether a label names where items went out: a site, an account, a medium (通过政务微信公开…).
bool names_outlet(std::string_view label) {
  for (std::string_view c : {"微信", "微博", "网站", "公众号", "客户端", "头条", "媒体", "报纸", "电视", "广播", "抖音"})
    if (label.find(c) != std::string_view::npos) return true;
  return false;
}

// Whether a label names a measure of the economy: what a region produced, sold, invested, traded or
// earned (农业总产值, 工业增加值, 社会消费品零售额, 固定资产投资, 出口商品总值, 利用外资, 人均可支配收入).
// A report's summary of the year may give them one after another; none is a kind of information,
// request or case, nor a part of another measure's figure.
bool names_economic_measure(std::string_view label) {
  for (std::string_view c : {"产值", "增加值", "零售", "生产总值", "固定资产投资", "出口", "利用外资", "可支配收入"})
    if (holds(label, c)) return true;
  return false;
}

bool documents_among_items(const Figure& part, const Figure& whole) {
  if (whole.unit == "条" && part.unit == "篇") {
    if (part.label.ends_with("信息")) return true;
    if (!holds(whole.label, "信息")) return false;
    for (std::string_view w : {"微信", "微博", "网", "公众号", "客户端", "头条", "媒体", "报", "电视", "广播", "推送", "推文",
                               "平台", "解读", "采用", "录用", "刊发", "刊登"})
      if (holds(part.label, w)) return false;
    return true;
  }
  if (information_items_named(whole, part)) return true;
  // (Or in 项, as some writers count documents and kinds: 「主动公开政府信息58条，其中行政规范性文件3项、…」.)
  if (whole.unit != "条" || (part.unit != "件" && part.unit != "份" && part.unit != "项")) return false;
  std::string_view l = part.label;
  // Pieces of information named by their kind under a whole of information (「主动公开政府信息101条，
  // 其中，工作动态70件，部门信息公开年报1条…」「…共243条，其中公文类政府信息19件…、就业补贴类信息111条」,
  // 「…政府信息47条，其中部门文件22件，通知公告16条…」): the same items in another measure, unless their
  // words name something done to documents or requests rather than information published.
  if (holds(whole.label, "信息")) {
    bool kind = false;
    for (std::string_view k : {"信息", "动态", "公告", "公示", "部门文件", "政府文件"}) kind = kind || l.find(k) != std::string_view::npos;
    for (std::string_view a : {"申请", "受理", "办理", "答复", "回复", "处理", "收到", "接收", "接到", "信箱", "来信", "来电", "留言", "咨询",
                               "投诉", "举报", "建议", "提案", "诉求", "清理", "废止", "失效", "修订", "修改", "审查", "审核", "备案", "解读",
                               "不予", "免予", "不公开", "采用", "录用", "转载", "转发", "报送", "上报", "涉及"})
      kind = kind && l.find(a) == std::string_view::npos;
    // (Nor a topic the items concern, 「涉及政府文件的信息45件」, which other items hold; nor when the words
    // after them tell their take-up elsewhere: 「报送政务信息50件被市政府采用」.)
    for (std::string_view a : {"采用", "录用", "转载", "刊用", "刊发", "刊登"})
      kind = kind && part.after.find(a) == std::string_view::npos;
    if (kind) return true;
  }
  auto at = l.rfind("文件");
  if (at == std::string_view::npos) return false;
  for (std::string_view v : {"发布", "公开", "公布", "印发"})
    if (holds(l, v)) return true;
  std::string_view before = l.substr(0, at);
  if (before.starts_with("其中")) before.remove_prefix(std::string_view("其中").size());
  for (std::string_view w : {"行政", "规范性", "政策性", "政策"})
    if (before.starts_with(w)) before.remove_prefix(w.size());
  return before.empty();
}

}  // namespace

namespace {
// Who applied, in words that name an applicant wherever they stand in a label (自然人, 法人或其他
// 组织, 商业企业, 社会公益组织). Not 公民 or 个人: they may name what a request was about
// (「涉及个人隐私不予公开3件」), not who made it; names_who_or_how and the counts written before
// their names (build_lists) read them where they cannot.
constexpr std::string_view kApplicantWords[] = {"自然人", "法人", "组织", "企业"};
constexpr WordSet kApplicantSet(kApplicantWords);
// How requests came in, one list for every reading of channels: the first seven are the words
// every reading of applicants and channels shares; the next three name a request written and
// sent, which names_who_or_how reads too; the last two only names_application_channel reads,
// beside the words of a request (alone, 互联网 may name where something was published:
// 「在互联网公开申请办理结果40件」).
constexpr std::string_view kChannelWords[] = {"网上", "网络", "在线", "信函", "当面", "现场", "传真", "邮寄", "来信", "书面", "邮件", "互联网"};
constexpr WordSet kChannelSet(first_words<7>(kChannelWords));
constexpr WordSet kSentChannelSet(first_words<10>(kChannelWords));
constexpr WordSet kAllChannelSet(kChannelWords);
}  // namespace

bool names_applicant_or_channel(std::string_view label) { return kApplicantSet.in(label) || kChannelSet.in(label); }

int website_kind(std::string_view label) {
  if (holds(label, "概况")) return 0;
  if (holds(label, "政务动态")) return 1;
  if (holds(label, "公开目录")) return 2;
  return -1;
}

int case_kind(std::string_view label) {
  const bool review = holds(label, "复议"), suit = holds(label, "诉讼") || holds(label, "起诉");
  return review == suit ? 0 : review ? 1 : 2;
}

bool names_who_or_how(std::string_view label) {
  // (公民 and 个人 here, not in names_applicant_or_channel: a list whose every part names who or how
  // is a division by them, in which 个人 names who.)
  static constexpr std::string_view kMore[] = {"公民", "个人", "网站", "平台", "窗口", "电子邮件"};
  static constexpr WordSet kMoreSet(kMore);
  return kApplicantSet.in(label) || kSentChannelSet.in(label) || kMoreSet.in(label);
}

// 「共公开信息35条，更新1条，其中…」: a second count of the whole's sentence, right after it, that
// adds to it (updated, newly added, besides) rather than naming a part of it.
bool adds_to_previous(std::string_view label) {
  for (std::string_view v : {"更新", "新增", "另有", "另外", "此外", "同时更新", "同时新增"})
    if (label.starts_with(v)) return true;
  return false;
}

// A label that says the figure is a change, not a stock: "比上年增加", "同比下降".
bool label_states_change(std::string_view label) {
  if (label.ends_with("了")) label.remove_suffix(std::string_view("了").size());  // "比上年减少了"
  static constexpr std::string_view kChange[] = {"增加", "减少", "增长", "下降", "上升", "提高", "降低", "多", "少"};
  // (Most labels end with none of the words' last bytes: settled by one test.)
  static constexpr std::array<std::uint64_t, 4> kLastBytes = [] {
    std::array<std::uint64_t, 4> m{};
    for (auto w : kChange) m[static_cast<unsigned char>(w.back()) >> 6] |= std::uint64_t{1} << (static_cast<unsigned char>(w.back()) & 63);
    return m;
  }();
  if (label.empty()) return false;
  const auto last = static_cast<unsigned char>(label.back());
  if (!((kLastBytes[last >> 6] >> (last & 63)) & 1)) return false;
  for (auto w : kChange)
    if (label.size() >= w.size() && label.substr(label.size() - w.size()) == w) return true;
  return false;
}

// 「比上年新收申请30件增加5件」, 「较去年受理申请30件有所增加」: a clause opening on the words that
// compare with last year and naming what it compares, the count after them being last year's
// (the year as a figure before it, 「较2022年新收申请30件」, leaves the label 「年新收申请」 joined to
// the year's 「较」). Not when the words after the year state a change, 「比上年新增5件」,
// 「较上年多收到5件」: that count is the change.
bool names_last_years_count(std::string_view label) {
  if (label.starts_with("同")) label.remove_prefix(std::string_view("同").size());
  bool than = false;
  for (std::string_view than_word : {"比", "较"})
    if (label.starts_with(than_word)) label.remove_prefix(than_word.size()), than = true;
  if (!than) return false;
  // (Its year as digits, 「比2022年…」, when the words are read whole rather than as a label.)
  std::size_t digits = 0;
  while (digits < label.size() && label[digits] >= '0' && label[digits] <= '9') ++digits;
  if (digits != 0 && digits != 4) return false;
  label.remove_prefix(digits);
  bool year = false;
  for (std::string_view y : {"上一年度", "上一年", "上年度", "上年", "去年", "年度", "年"})
    if (label.starts_with(y)) {
      label.remove_prefix(y.size());
      year = true;
      break;
    }
  if (!year || label.empty() || label.starts_with("同期") || label.starts_with("的")) return false;
  for (std::string_view w : {"增", "减", "多", "少", "升", "降", "提高", "持平", "相比", "相同", "一样", ",", "，", "、", "为", "是"})
    if (holds(label, w)) return false;
  return true;
}

namespace {

// "不予公开12件(其中国家秘密2件,商业秘密3件),占3.68%": a share after a parenthetical belongs to
// the count right before the parenthetical, not to the last figure inside it. Returns the
// index of the figure the share at offset `zhan` follows (`last` when there is no such
// parenthetical).
std::size_t owner_before_parenthetical(const Document& doc, std::size_t last, std::uint32_t zhan) {
  const u32string_view f = doc.folded;
  const auto& figs = doc.figures;
  std::uint32_t from = figs[last].end();
  if (zhan <= from) return last;
  u32string_view tail = f.substr(from, zhan - from);
  auto close = tail.find(U')');
  if (close == npos || tail.substr(0, close).find(U'(') != npos) return last;
  // Walk back from the last figure to the bracket this one closes.
  std::uint32_t lim = figs[last].span.begin > 120 ? figs[last].span.begin - 120 : 0;
  int depth = 1;
  std::uint32_t pos = figs[last].span.begin;
  while (pos > lim && depth > 0) {
    --pos;
    if (f[pos] == U')') ++depth;
    else if (f[pos] == U'(') --depth;
    else if (f[pos] == U'。' || f[pos] == U'\n') return last;
  }
  if (depth != 0) return last;
  for (std::size_t m = last; m-- > 0;) {
    if (figs[m].end() > pos) continue;
    bool adjacent = figs[m].end() == pos || (figs[m].end() + 1 == pos && is_space(f[pos - 1]));
    return adjacent && prose_count(figs[m]) ? m : last;
  }
  return last;
}

// 结转, or 转结 as some reports write it (「转结下年度39件」, 「上年转结2件」); or carried on to
// next year in other words, 转 before 下年 or 下一年 (「转接下年度办理45件」, 「转入下一年度3件」),
// which keep the 下 that tells a carry-on from a carry-over.
// (Not 转 alone: 「转交相关部门办理3件」 is a request passed to another body, a result of handling.)
bool says_carried(std::string_view label) {
  if (holds(label, "结转") || holds(label, "转结")) return true;
  const std::size_t z = Regex::find_word(label, "转");
  if (z == std::string_view::npos) return false;
  const std::string_view on = label.substr(z);
  return holds(on, "下年") || holds(on, "下一年");
}

// Words that name a level or bodies of their own (本级, 各…, 部门, 乡镇, 县直…): a count so named
// is theirs, not the whole's.
bool names_level_or_bodies(u32string_view words) {
  for (u32string_view lv : {U"本级"sv, U"各"sv, U"部门"sv, U"办公室"sv, U"乡镇"sv, U"街道"sv, U"县区"sv, U"区县"sv, U"市直"sv, U"县直"sv, U"区直"sv,
                            U"下属"sv, U"所属"sv, U"直属"sv, U"单位"sv})
    if (words.find(lv) != npos) return true;
  return false;
}

// "收到信件183件,办结138件,办结率为75.4%": a rate named after the count just before it (its
// words end with the rate's: 办结 → 办结率), over the total just before that, which receives
// (收到, 受理, 接收, 共…) or opens its sentence. Bound as a share naming its whole; anything else (按时办结率 with no
// 按时办结 count, 满意率, a carry-over between the two) is left alone.
void bind_rate(Document& doc, std::size_t i, u32string_view stem) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  while (!stem.empty() && (is_space(stem.front()) || stem.front() == U'的')) stem.remove_prefix(1);
  if (stem.size() < 2 || i < 2) return;
  auto& p = figs[i];
  std::size_t n = i - 1, w = i - 2;
  auto& count = figs[n];
  // "答复263件,申请量比上年上升1.52%。其中同意公开或部分公开共81件,公开率为30.80%": a count
  // opening a sentence that starts with 其中, over the last count of the sentence before it (on
  // the same line), whose part the 其中 makes it.
  bool qizhong = false;
  if (prose_count(count) && count.sentence == p.sentence && (n == 0 || figs[n - 1].sentence != count.sentence)) {
    std::uint32_t b = count.span.begin;
    while (b > 0 && f[b - 1] != U'。' && f[b - 1] != U'\n') --b;
    while (b < count.span.begin && is_space(f[b])) ++b;
    if (f.substr(b).starts_with(U"其中")) {
      std::size_t k = n;
      while (k-- > 0 && !(prose_count(figs[k]) && figs[k].sentence + 1 == count.sentence)) {
        if (figs[k].sentence + 1 < count.sentence || figs[k].kind == FigureKind::Count || figs[k].kind == FigureKind::Amount) {
          k = n;
          break;
        }
      }
      if (k < n && prose_count(figs[k]) && figs[k].sentence + 1 == count.sentence && figs[k].line == count.line) {
        w = k;
        qizhong = true;
      }
    }
  }
  // "已办结1246件,办结率100%,其中按时办结1227件,按时办结率98.5%": a count after 其中 in its
  // sentence, behind the rate of the count before it: that count, all of the whole its own rate
  // was of (100%), is the whole of this one too.
  if (!qizhong && figs[w].kind == FigureKind::Percent && figs[w].sentence == p.sentence && figs[w].share_of >= 0 &&
      static_cast<std::size_t>(figs[w].share_of) + 1 == w && figs[w].value == Decimal::integer(100)) {
    u32string_view gap = f.substr(figs[w].end(), count.span.begin - figs[w].end());
    while (!gap.empty() && (is_space(gap.front()) || gap.front() == U',' || gap.front() == U'%')) gap.remove_prefix(1);
    if (gap.starts_with(U"其中")) {
      w = static_cast<std::size_t>(figs[w].share_of);
      qizhong = true;
    }
  }
  // "共受理申请1862件,全部申请均已办结,办结率100%,其中按期办结1839件,按期办结率98.8%": the 100%
  // stands on no count of its own; all of the received count it follows (in its sentence, or
  // the one before on its line, no figure between) is what it says is done, so that count is the
  // whole of the count after 其中 too.
  if (!qizhong && figs[w].kind == FigureKind::Percent && figs[w].sentence == p.sentence && figs[w].share_of < 0 && w > 0 &&
      figs[w].value == Decimal::integer(100)) {
    const auto& r = figs[w - 1];
    u32string_view gap = f.substr(figs[w].end(), count.span.begin - figs[w].end());
    while (!gap.empty() && (is_space(gap.front()) || gap.front() == U',' || gap.front() == U'%')) gap.remove_prefix(1);
    bool receives = false;
    for (std::string_view v : {"收到", "受理", "接收", "接到"}) receives = receives || holds(r.label, v);
    if (gap.starts_with(U"其中") && receives && prose_count(r) && r.line == figs[w].line &&
        (r.sentence == figs[w].sentence || r.sentence + 1 == figs[w].sentence)) {
      w = w - 1;
      qizhong = true;
    } else if (gap.starts_with(U"其中") && figs[w].kind == FigureKind::Percent) {
      // (Or, when its sentence says all applications are done with no count of its own before the
      // 100% — 「全部申请均已办结,办结率100%,其中按期办结1839件,…」 — the applications received
      // the text states before it, of one value; not when any were carried over from last year,
      // which all of them may take in.)
      std::uint32_t sb = figs[w].span.begin;
      while (sb > 0 && f[sb - 1] != U'。' && f[sb - 1] != U'\n') --sb;
      auto said = f.substr(sb, figs[w].span.begin - sb);
      bool own_count = false;
      for (std::size_t k = w; k-- > 0 && figs[k].sentence == figs[w].sentence;) own_count = own_count || figs[k].kind == FigureKind::Count;
      int rec = own_count || said.find(U"申请") == npos || (said.find(U"全部") == npos && said.find(U'均') == npos)
                    ? -1
                    : received_applications(doc, static_cast<int>(w));
      // (Nor when the words before the applications name a level or bodies of their own, 「市政府本级
      // 全部申请均已办结…」「各县区全部申请均已办结…」: their count is not the one received.)
      auto opens = std::min({said.find(U"全部"), said.find(U"所有"), said.find(U"申请"), said.find(U'均')});
      if (names_level_or_bodies(said.substr(0, std::min(opens, said.size())))) rec = -1;
      // (Nor when some were carried over from last year, by whatever words.)
      const auto before = f.substr(0, figs[w].span.begin);
      for (std::u32string_view c : {U"结转", U"上年未办结", U"上年度未办结", U"上年遗留"})
        if (before.find(c) != npos) rec = -1;
      if (rec >= 0) {
        w = static_cast<std::size_t>(rec);
        qizhong = true;
      }
    }
  }
  // A carry-over from last year stated beside the flow: the rate may be of the count received or of the
  // two together (「上年结转5件，本年收到申请180件，已办结175件，办结率94.6%」 is 175 of 185). Within a
  // unit of its last written digit of either, it fits.
  auto from_last_year = [&](const Figure& g) {
    return prose_count(g) && g.approx == Approx::Exact && says_carried(g.label) && !holds(g.label, "下") && !holds(g.label, "继续");
  };
  auto near = [&](const Decimal& base) {
    if (!(base > Decimal())) return false;
    const Decimal e = (count.value * Decimal::integer(100)).divide(base, 8);
    return !((e > p.value ? e - p.value : p.value - e) > Decimal(1, p.precision));
  };
  // (「收到申请180件，上年结转5件，已办结175件，办结率98.2%」: with the carry-over between the count
  // received and the count closed, the rate is bound to the count received only when it fits neither
  // reading, so that the share check reports it.)
  if (!qizhong && w >= 1 && n == i - 1 && w == n - 1 && from_last_year(figs[w]) && figs[w].sentence == p.sentence &&
      same_unit(figs[w].unit, count.unit) && p.approx == Approx::Exact) {
    const Figure& rec = figs[w - 1];
    bool receives = false;
    for (std::string_view v : {"收到", "受理", "接收", "接到"}) receives = receives || holds(rec.label, v);
    if (!receives || says_carried(rec.label) || !prose_count(rec) || rec.sentence != p.sentence || !same_unit(rec.unit, count.unit) ||
        rec.approx != Approx::Exact || near(rec.value) || near(rec.value + figs[w].value))
      return;
    --w;
  }
  const auto& whole = figs[w];
  // (A carry-over stated in the sentence or the one before or after it: the rate that fits the count
  // received and it together is left alone.)
  for (std::size_t k = i + 1; k < figs.size() && k <= i + 32 && figs[k].sentence <= p.sentence + 1; ++k)
    if (from_last_year(figs[k]) && same_unit(figs[k].unit, count.unit) && near(whole.value + figs[k].value)) return;
  for (std::size_t k = w; k-- > 0 && w - k <= 32 && figs[k].sentence + 1 >= whole.sentence;)
    if (from_last_year(figs[k]) && same_unit(figs[k].unit, count.unit) && near(whole.value + figs[k].value)) return;
  // (Not a rate of those closed in time right after their count, 「受理180件，按时办结175件，按时办结率
  // 98.3%」, or of those due, 到期办结率: its base is the count closed, which the sentence does not
  // state and which the received count is only when every request was closed.)
  if (!qizhong)
    for (u32string_view t : {U"按时"sv, U"按期"sv, U"及时"sv, U"限时"sv, U"准时"sv, U"到期"sv})
      if (stem.find(t) != npos) return;
  // (Nor a count of a level or body the whole's words do not name, 「全县共收到申请180件，县本级办结75件，
  // 办结率98.2%」: the rate is of what that level received, which the sentence does not state.)
  if (names_level_or_bodies(text::from_utf8(count.label)) && !names_level_or_bodies(text::from_utf8(whole.label))) return;
  if (!prose_count(count) || !prose_count(whole) || count.share >= 0 || count.sentence != p.sentence ||
      (whole.sentence != p.sentence && !qizhong) || !same_unit(count.unit, whole.unit) || count.approx != Approx::Exact ||
      whole.approx != Approx::Exact)
    return;
  // (A count above the whole — 「受理来信34件，办结35件，办结率100%」 — is no part of it, unless nothing
  // else can be in the rate: the whole receives, opens its sentence with the count and the rate
  // right after it, and no carry-over from before is named there or in the sentences next to it (nor
  // what the closed count takes in: 含, 包括), which would be done this year too.)
  if (count.value > whole.value) {
    bool receives = false;
    for (std::string_view v : {"收到", "受理", "接收", "接到"}) receives = receives || holds(whole.label, v);
    if (qizhong || !receives || w + 1 != n || n + 1 != i) return;
    // (Only what closes an item once, 办结/答复: replies may be several to one message, 「接收留言120条，
    // 办理回复125条，回复率100%」, and 化解 may take in older cases.)
    if (!holds(count.label, "办结") && !holds(count.label, "答复")) return;
    // (In the sentences next to it too: 「上年结转来信1件。全年受理来信34件，办结35件，办结率100%」.)
    auto stop = [](char32_t c) { return c == U'。' || c == U'\n'; };
    std::uint32_t sb = whole.span.begin;
    for (int k = 0; k < 2; ++k) {
      while (sb > 0 && !stop(f[sb - 1])) --sb;
      if (k == 0)
        while (sb > 0 && stop(f[sb - 1])) --sb;
    }
    std::uint32_t se = p.end();
    for (int k = 0; k < 2; ++k) {
      while (se < f.size() && !stop(f[se])) ++se;
      if (k == 0)
        while (se < f.size() && stop(f[se])) ++se;
    }
    const auto said = f.substr(sb, se - sb);
    for (u32string_view c : {U"结转"sv, U"上年"sv, U"去年"sv, U"往年"sv, U"遗留"sv, U"累计"sv, U"以前"sv, U"历史"sv, U"积案"sv, U"上一年"sv, U"前一年"sv, U"跨年"sv,
                             U"年前"sv, U"往期"sv, U"存量"sv, U"未结"sv,
                             U"含"sv, U"包括"sv})
      if (said.find(c) != npos) return;
    // (Nor applications when table 三 has its row of those carried over from last year, which the
    // prose need not restate: 「全年受理申请40件，答复43件，答复率100%」 with 5 carried over in the table.)
    if (holds(whole.label, "申请") && f.find(U"上年结转政府信息公开") != npos) return;
    // (Nor an earlier year named there: 「答复77条，答复率100%，其中1条为2022年12月31日收到」 in a 2023 report.)
    const int year = usual_year(doc);
    for (const Figure& g : figs)
      if (g.kind == FigureKind::Year && g.span.begin >= sb && g.span.end <= se && g.value.is_integer() && g.value.mantissa() < year)
        return;
  }
  // The count's words end with the rate's (已办结 → 办结率) or begin with them (回复网民留言 →
  // 回复率), and do not deny them (不合格 is not what 合格率 counts).
  std::u32string label = text::from_utf8(count.label);
  u32string_view lv(label);
  if (qizhong && lv.size() > 2 && lv.back() == U'共') lv.remove_suffix(1);  // "…部分公开共81件"
  bool ends = lv.size() >= stem.size() && lv.substr(lv.size() - stem.size()) == stem;
  // Or the rate's words end with the count's, after words of its own ("办结44件,其中当年办结率
  // 为91.7%").
  bool within = !ends && lv.size() >= 2 && stem.size() > lv.size() && stem.substr(stem.size() - lv.size()) == lv &&
                u32string_view(U"不未无非没").find(stem[stem.size() - lv.size() - 1]) == npos;
  // (Not a rate of those closed in time, a part the text does not count: 「办结1500件，按时办结率99%」.)
  // (Nor of those due by the year's end, 到期办结率: the requests still within their time are left out.)
  for (u32string_view t : {U"按时"sv, U"按期"sv, U"及时"sv, U"限时"sv, U"准时"sv, U"到期"sv})
    within = within && stem.find(t) == npos;
  if (!ends && !within && !begins_with(lv, stem)) return;
  if (ends && lv.size() > stem.size() && u32string_view(U"不未无非没").find(lv[lv.size() - stem.size() - 1]) != npos) return;
  std::u32string wl = text::from_utf8(whole.label);
  bool receives = false;
  for (u32string_view v : {U"收到"sv, U"受理"sv, U"接收"sv, U"接到"sv, U"共"sv})
    receives = receives || wl.find(v) != npos;
  // (Or a whole that opens its sentence, whatever its words: "舆情事件49起,办结39起,办结率79.59%".)
  bool opens = true;
  for (std::size_t k = w; k-- > 0 && figs[k].sentence == whole.sentence;)
    opens = opens && !prose_count(figs[k]) && figs[k].kind != FigureKind::Percent;
  if (!(receives || opens || qizhong) || wl.find(U"结转") != npos) return;
  // Only the words of a clause between: "…138件,办结率为…", not another statement, nor a rate
  // given as approximate ("纠错率约19.2%").
  u32string_view gap = f.substr(count.end(), p.span.begin - count.end());
  if (gap.size() > stem.size() + 8 || gap.find_first_of(U"。;约近") != npos) return;
  p.role = PercentRole::Share;
  count.share = static_cast<int>(i);
  p.share_of = static_cast<int>(n);
  p.share_whole = static_cast<int>(w);
}

// "占20%以上", "占比超过60%", "不足10%", "约占20%", "占近七成": a share stated as a bound or
// roughly is not its exact value. `words`: from 占 to the percent; `rest`: from the number on.
void share_bound(Figure& p, u32string_view words, u32string_view rest) {
  if (p.approx != Approx::Exact) return;
  if (!rest.empty() && rest.front() == U'%') rest.remove_prefix(1);
  auto has = [&](u32string_view w) { return words.find(w) != npos; };
  if (rest.starts_with(U"以上") || rest.starts_with(U"多") || has(U"超过") || has(U"逾") || has(U"高于") || has(U"多于"))
    p.approx = Approx::AtLeast;
  else if (rest.starts_with(U"以下") || rest.starts_with(U"以内") || has(U"不足") || has(U"不到") || has(U"未达") ||
           has(U"低于") || has(U"少于"))
    p.approx = Approx::AtMost;
  else if (rest.starts_with(U"左右") || has(U"约") || has(U"近") || has(U"大概"))
    p.approx = Approx::About;
}

void bind_shares(Document& doc) {
  const u32string_view f = doc.folded;
  static constexpr u32string_view kGrowth[] = {U"同比", U"增长", U"上升", U"下降", U"提高", U"增加", U"减少", U"降低", U"增幅", U"降幅", U"环比"};
  for (std::size_t i = 0; i < doc.figures.size(); ++i) {
    auto& p = doc.figures[i];
    if (p.kind != FigureKind::Percent || p.in_table) continue;
    // Look back within the clause for the word that gives the percent its role.
    std::uint32_t b = p.span.begin;
    std::uint32_t lim = b > 16 ? b - 16 : 0;
    std::uint32_t prev_fig_end = i > 0 ? doc.figures[i - 1].end() : 0;
    lim = std::max(lim, prev_fig_end);
    std::uint32_t clause = b;
    while (clause > lim && !is_clause_break(f[clause - 1])) --clause;
    u32string_view before = f.substr(clause, b - clause);
    // "公开信息320条,占全区总量2400条的15.3%": the count inside 占…的 is the whole the share
    // names; the share belongs to the count before 占. (Also bracketed: "占全区总量(2400条)的".)
    bool whole_bracketed = before == U")的" && i >= 1 && doc.figures[i - 1].span.begin >= 1 &&
                           f[doc.figures[i - 1].span.begin - 1] == U'(';
    if ((before == U"的" || whole_bracketed) && i >= 2 && prose_count(doc.figures[i - 1]) && prose_count(doc.figures[i - 2]) &&
        doc.figures[i - 2].share < 0 && same_unit(doc.figures[i - 2].unit, doc.figures[i - 1].unit)) {
      auto& count = doc.figures[i - 2];
      const auto& whole = doc.figures[i - 1];
      u32string_view bridge = whole.span.begin > count.end() ? f.substr(count.end(), whole.span.begin - count.end())
                                                              : u32string_view();
      auto at = bridge.find(U'占');
      if (at != npos && at <= 2 && bridge.size() <= 20 && bridge.substr(0, at).find_first_not_of(U",; ") == npos &&
          bridge.find_first_of(U"。;") == npos) {
        p.role = PercentRole::Share;
        count.share = static_cast<int>(i);
        p.share_of = static_cast<int>(i - 2);
        p.share_whole = static_cast<int>(i - 1);
        continue;
      }
    }
    auto zhan = before.find(U'占');
    if (zhan == npos && (before.find(U"比例") != npos || before.find(U"比重") != npos)) zhan = before.find(U"比");
    bool growth = false;
    for (auto w : kGrowth) growth = growth || before.find(w) != npos;
    // "住房保障43件(30.2%)": a bare percent in brackets right after a count is its share; so is
    // one standing alone in the next clause ("经济类10条,0.5%;…").
    bool bracketed = b >= 1 && f[b - 1] == U'(' && p.span.end + 1 < f.size() && f[p.span.end + 1] == U')';
    bool bare = b >= 1 && f[b - 1] == U',' && p.span.end + 1 < f.size() &&
                u32string_view(U",;。").find(f[p.span.end + 1]) != npos;
    if (zhan == npos && i > 0 && (bracketed || bare) && prose_count(doc.figures[i - 1]) &&
        doc.figures[i - 1].end() + 1 == b && doc.figures[i - 1].share < 0 && p.span.end < f.size() && f[p.span.end] == U'%') {
      p.role = PercentRole::Share;
      doc.figures[i - 1].share = static_cast<int>(i);
      p.share_of = static_cast<int>(i - 1);
      continue;
    }
    // "网上申请占62.5%(30件)": the share first, its count in brackets right after it. The count
    // is the share's, and the words before 占 name it.
    if (zhan != npos && zhan > 0 && !growth && i + 1 < doc.figures.size() && p.span.end + 1 < f.size() && f[p.span.end] == U'%' &&
        f[p.span.end + 1] == U'(') {
      auto& c = doc.figures[i + 1];
      if (prose_count(c) && c.span.begin == p.span.end + 2 && c.share < 0 && c.end() < f.size() && f[c.end()] == U')' &&
          before.substr(0, zhan).find_first_of(U"0123456789") == npos) {
        p.role = PercentRole::Share;
        c.share = static_cast<int>(i);
        p.share_of = static_cast<int>(i + 1);
        c.label = doc.words.utf8(before.substr(0, zhan));
        share_bound(p, before.substr(zhan), f.substr(p.span.end));
        ++i;
        continue;
      }
    }
    if (zhan != npos && !growth && before.find(U"分别") != npos) {
      // "…30件、50件、10件，占比分别为30%、50%、10%": a run of shares, one for each of the
      // counts just before it, in order. Bound only when the two runs have the same length.
      std::size_t k = i;
      while (k + 1 < doc.figures.size() && doc.figures[k + 1].kind == FigureKind::Percent) {
        u32string_view gap = f.substr(doc.figures[k].end(), doc.figures[k + 1].span.begin - doc.figures[k].end());
        bool joined = gap.size() <= 2;
        for (char32_t ch : gap) joined = joined && (ch == U'、' || ch == U',' || ch == U'和' || ch == U'及' || is_space(ch) || ch == U'%');
        if (!joined) break;
        ++k;
      }
      std::size_t n = k - i + 1;
      bool counts = i >= n;
      // The shares' clause follows the counts straight on: "政务动态和村务公开两项,分别占…"
      // names other items than the counts before it.
      if (counts) {
        std::uint32_t from = doc.figures[i - 1].end();
        for (std::uint32_t q = from; q < clause && counts; ++q)
          counts = is_space(f[q]) || f[q] == U',' || f[q] == U';' || f[q] == U'、' || f[q] == U':';
      }
      for (std::size_t m = 0; counts && m < n; ++m) {
        const auto& c = doc.figures[i - n + m];
        counts = prose_count(c) && c.share < 0 && same_unit(c.unit, doc.figures[i - n].unit);
      }
      for (std::size_t m = 0; m < n; ++m) {
        auto& q = doc.figures[i + m];
        q.role = PercentRole::Share;
        if (!counts) continue;
        doc.figures[i - n + m].share = static_cast<int>(i + m);
        q.share_of = static_cast<int>(i - n + m);
      }
      i = k;
      continue;
    }
    if (zhan != npos && !growth) {
      p.role = PercentRole::Share;
      // The count it belongs to: the figure just before, separated only by a short bridge
      // (一个括号, one punctuation mark, even 。 as in "15件。占6.07%").
      if (i == 0) continue;
      std::size_t owner = owner_before_parenthetical(doc, i - 1, clause + static_cast<std::uint32_t>(zhan));
      std::uint32_t gap_begin = doc.figures[owner].end();
      // "咨询4130件,同比增加4.93%,占受理总量的47.45%", "投诉22958件,比2017年增加50.59%,占…",
      // "网上申请230件,同比增加15件,占70.55%": the share skips the change stated between, also
      // when last year's figure follows the change in brackets: "646件,同比增加49件(2016年为
      // 597件),占全省申请总量的9.0%".
      const auto& just_before = doc.figures[owner];
      bool change = (just_before.role == PercentRole::Growth) || (prose_count(just_before) && label_states_change(just_before.label));
      for (std::size_t j = owner; change && j-- > 0;) {
        const auto& g = doc.figures[j];
        if (g.kind == FigureKind::Year || g.kind == FigureKind::Date) continue;  // 比2017年
        std::uint32_t between = just_before.span.begin - std::min(just_before.span.begin, g.end());
        u32string_view bridge = f.substr(g.end(), between);
        if (prose_count(g) && between <= 12 && bridge.find_first_of(U"。;") == npos) {
          owner = j;
          gap_begin = just_before.end() + (just_before.end() < f.size() && f[just_before.end()] == U'%' ? 1 : 0);
        }
        break;
      }
      auto& c = doc.figures[owner];
      adopt_unit(doc, owner, clause + static_cast<std::uint32_t>(zhan));
      if (!prose_count(c) || c.share >= 0) continue;
      u32string_view gap = f.substr(gap_begin, clause + zhan - gap_begin);
      // Allow a parenthetical and up to two punctuation marks / spaces.
      std::size_t k = 0;
      int punct = 0;
      bool ok = true;
      // "…有25件逾期,占收到申请的10.0%": a word or two the count's clause says of it, then the share
      // after one comma, no other figure between.
      if (gap.size() >= 2 && gap.size() <= 5 && gap.back() == U',' &&
          std::all_of(gap.begin(), gap.end() - 1, [](char32_t ch) { return is_cjk(ch); }))
        k = gap.size();
      while (k < gap.size()) {
        char32_t ch = gap[k];
        // "网上申请120件(占80%)": the share in brackets of its own, closed after the percent.
        if (ch == U'(' && k + 1 == gap.size() && p.span.end + 1 < f.size() && f[p.span.end] == U'%' && f[p.span.end + 1] == U')') {
          ++k;
          continue;
        }
        if (ch == U'(') {
          auto close = gap.find(U')', k);
          if (close == npos || close - k > 80) { ok = false; break; }
          k = close + 1;
          continue;
        }
        if (is_space(ch)) { ++k; continue; }
        if (u32string_view(U",;。、:").find(ch) != npos && ++punct <= 2) { ++k; continue; }
        if (ch == U'约' || ch == U'左' || ch == U'右') { ++k; continue; }
        if (ch == U'所' && k + 1 == gap.size()) { ++k; continue; }  // "45条,所占比例75%"
        // "机构职能类信息16条,主要为领导信息、处室职能信息等,占总体的比例为2.8%": a clause
        // saying what the count holds, with no figure of its own, stands between them.
        if (k > 0 && gap[k - 1] == U',') {
          auto end = gap.find(U',', k);
          u32string_view clause = end == npos ? u32string_view() : gap.substr(k, end - k);
          bool says_what = false;
          for (u32string_view w : {U"主要为"sv, U"主要是"sv, U"主要包括"sv, U"主要涉及"sv, U"包括"sv, U"涉及"sv, U"内容为"sv})
            says_what = says_what || clause.starts_with(w);
          if (says_what && clause.size() <= 40 && clause.find_first_of(U"0123456789%。;") == npos) {
            k = end;
            continue;
          }
        }
        ok = false;
        break;
      }
      if (!ok) continue;
      c.share = static_cast<int>(i);
      p.share_of = static_cast<int>(owner);
      share_bound(p, before, f.substr(p.span.end));
      auto base = before.substr(zhan + 1);
      while (!base.empty() && (base.back() == U'的' || is_space(base.back()))) base.remove_suffix(1);
      p.share_base = doc.words.utf8(base);
    } else if (growth) {
      p.role = PercentRole::Growth;
    } else if (before.find(U'率') != npos) {
      p.role = PercentRole::Rate;
      bind_rate(doc, i, before.substr(0, before.find(U'率')));
    }
  }
}

// The bracket closing the one at `open` (brackets nest: "(规(guī)范性文件2条、…)"), or npos
// when it does not close within a sentence's length.
std::size_t matching_close(u32string_view f, std::size_t open) {
  if (open == npos || open >= f.size() || f[open] != U'(') return npos;
  int depth = 0;
  for (std::size_t k = open; k < f.size() && k < open + 300; ++k) {
    if (f[k] == U'(') ++depth;
    else if (f[k] == U')' && --depth == 0) return k;
    else if (f[k] == U'\n') break;
  }
  return npos;
}

// A label that states the figure as the sum of what came before: "共计", "合计", "总计".
// ("共计办结36件" after 新收 and 结转 is another figure, not their sum: only the sum word itself,
// or with 为/有/达, states one.)
bool states_sum(std::string_view label) {
  static constexpr std::string_view kSum[] = {"共计", "合计", "总计", "合计共", "总共", "共"};
  static constexpr std::string_view kLink[] = {"", "为", "有", "达", "是"};
  // (Most labels are longer than any sum word with its link: settled by their length alone.)
  static constexpr std::size_t kLongest = [] {
    std::size_t most = 0;
    for (auto w : kSum)
      for (auto l : kLink) most = std::max(most, w.size() + l.size());
    return most;
  }();
  if (label.size() > kLongest) return false;
  for (auto w : kSum)
    for (auto l : kLink)
      if (label.size() == w.size() + l.size() && label.substr(0, w.size()) == w && label.substr(w.size()) == l) return true;
  return false;
}

// "以上合计", "上述各项共计", "前述共": a sum of everything listed just before it, the words
// naming no number of items ("以上两类合计" sums only the last two: see subtotal()).
bool sums_all_before(std::string_view label) {
  for (std::string_view lead : {"以上", "上述", "前述"}) {
    if (!label.starts_with(lead)) continue;
    std::string_view rest = label.substr(lead.size());
    for (std::string_view each : {"各项", "各类", "几项", "几类"})
      if (rest.starts_with(each)) rest.remove_prefix(each.size());
    return states_sum(rest);
  }
  return false;
}

// The clause a figure stands in, other figures included ("上述两项共计42件"): at most 20
// characters either side.
std::string clause_of(const Document& doc, const Figure& g) {
  const u32string_view f = doc.folded;
  std::uint32_t b = g.span.begin, lim = b > 20 ? b - 20 : 0;
  while (b > lim && !is_clause_break(f[b - 1])) --b;
  std::uint32_t e = g.end(), stop = std::min<std::uint32_t>(static_cast<std::uint32_t>(f.size()), e + 20);
  while (e < stop && !is_clause_break(f[e])) ++e;
  return doc.folded_slice({b, e});
}

// "以上两类合计260条", "上述三项共计", "前两类小计": a subtotal of the items just before it.
bool subtotal(std::string_view label) {
  static constexpr std::string_view kLead[] = {"以上", "上述", "前述", "前两", "前三", "前四", "这两", "这三", "两类", "两项", "三类", "三项"};
  static constexpr std::string_view kSum[] = {"合计", "共计", "小计", "总计", "共"};
  bool lead = false, sum = false;
  for (auto w : kLead) lead = lead || label.starts_with(w);
  for (auto w : kSum) sum = sum || holds(label, w);
  return lead && sum;
}

// "全县共计公开信息", "全年共计", "共公开政府信息": a sum word after at most the place or the
// year ("全县", "本年"), with words after it (`rest`, to be matched with the parts' words) or none.
bool sum_with_words(std::string_view label, std::u32string& rest) {
  // (Every sum word below holds 共 or 计: a label with neither is not decoded.)
  if (!holds(label, "共") && !holds(label, "计")) return false;
  std::u32string l = text::from_utf8(label);
  u32string_view v(l);
  for (u32string_view lead : {U"全年度"sv, U"本年度"sv, U"全年"sv, U"本年"sv, U"今年"sv})
    if (v.starts_with(lead)) {
      v.remove_prefix(lead.size());
      break;
    }
  if (v.size() >= 2 && v[0] == U'全' && u32string_view(U"市县区省镇乡局州盟旗").find(v[1]) != npos) v.remove_prefix(2);
  // (A word 共 only begins, 共建 共享 共同 共治 …, as in 「…《你好,共建家园》广播节目20期」 cut at a
  // comma of a title or slogan: it says together, not in all. 共建立/共建设/共建成 do say in all.)
  if (v.size() >= 2 && v[0] == U'共' && u32string_view(U"建享同治创商筑育担赢富青识鸣融谋绘圆庆叙议济勉").find(v[1]) != npos &&
      !(v[1] == U'建' && v.size() >= 3 && u32string_view(U"立设成").find(v[2]) != npos))
    return false;
  for (u32string_view w : {U"共计"sv, U"合计"sv, U"总计"sv, U"总共"sv, U"共"sv}) {
    if (!v.starts_with(w)) continue;
    v.remove_prefix(w.size());
    if (!v.empty() && u32string_view(U"为有达是").find(v.front()) != npos) v.remove_prefix(1);
    // (Not the total of another stage: "共计办结36件" after 新收 and 结转 says what was done.)
    rest.assign(v);
    return v.size() != l.size();
  }
  return false;
}

// "受理申请50件，加上年结转3件，共需办理53件": all the year had to handle (共需办理, 合计需办理,
// 共需处理, 总计需办理), stated as the sum of the counts before it as 共计 is. (Not 共办理, which may
// be the requests closed; the parts must hold last year's carried-over count, checked where read.)
bool states_workload(std::string_view label) {
  for (std::string_view sum : {"共", "共计", "合计", "总计", "总共"})
    for (std::string_view need : {"需", "需要"})
      for (std::string_view verb : {"办理", "处理"})
        if (label.size() == sum.size() + need.size() + verb.size() && label.starts_with(sum) &&
            label.substr(sum.size(), need.size()) == need && label.ends_with(verb))
          return true;
  return false;
}

// "收到群众表扬信29件": a label that opens with a verb of receiving starts a statement.
bool starts_statement(std::string_view label) {
  for (std::string_view v : {"收到", "接到", "受理"})
    if (label.substr(0, v.size()) == v) return true;
  return false;
}

// "发布依申请公开信息共12条", "另有来信合计8件": words that state a total of their own.
bool names_total(std::string_view label) {
  auto ends = [&](std::string_view w) { return label.size() >= w.size() && label.substr(label.size() - w.size()) == w; };
  return ends("共") || ends("共计") || ends("合计") || ends("总计") || ends("总共");
}

// "比上年的100件", "较去年同期": a count given for comparison, last year's.
bool compares(std::string_view label) {
  bool than = holds(label, "比") || holds(label, "较");
  if (than && ((label.size() >= 3 && label.substr(label.size() - 3) == "的") || holds(label, "同期"))) return true;
  // (Or the count right after the words comparing with last year: 「较上年52件减少1件」, 「比去年30件」,
  // 「较2017年52件」 through the year.)
  for (std::string_view than_word : {"比", "较"})
    for (std::string_view year : {"上年", "上年度", "上一年", "去年", "年", "年度"})
      if (label.size() >= than_word.size() + year.size() && label.ends_with(year) &&
          label.substr(label.size() - year.size() - than_word.size(), than_word.size()) == than_word)
        return true;
  return names_last_years_count(label);
}


// A figure's label joined to the label of a year written right before it in its clause:
// "较2019年的276件" leaves the count the label "年的", "结转2017年10件" the label "年".
std::string label_through_year(const std::vector<Figure>& figs, int i) {
  std::string joined;
  if (i > 0 && figs[i - 1].kind == FigureKind::Year && figs[i - 1].sentence == figs[i].sentence) joined = figs[i - 1].label;
  joined += figs[i].label;
  return joined;
}

bool compares_figure(const std::vector<Figure>& figs, int i) {
  if (compares(figs[i].label)) return true;
  // (Without a year before it, the label joined is the label itself: no string is made.)
  if (!(i > 0 && figs[i - 1].kind == FigureKind::Year && figs[i - 1].sentence == figs[i].sentence)) return false;
  return compares(label_through_year(figs, i));
}

// "网上申请120件,较上年(100件)增长20%", "120件(上年为100件)", "比上年的100件增长20%": count i
// is last year's figure for the count `before` it, not another item.
bool last_years(const Document& doc, const Figure& before, int i) {
  const auto& figs = doc.figures;
  const auto& g = figs[i];
  if (compares_figure(figs, i)) return true;
  const u32string_view f = doc.folded;
  std::uint32_t from = before.end(), to = g.span.begin;
  if (from >= to || to - from > 12 || g.end() >= f.size() || f[g.end()] != U')') return false;
  u32string_view gap = f.substr(from, to - from);
  if (gap.find_first_of(U"。;") != npos) return false;
  auto open = gap.rfind(U'(');
  if (open == npos || gap.find(U')', open) != npos) return false;
  return gap.find(U"上年") != npos || gap.find(U"去年") != npos || gap.find(U"同期") != npos ||
         (i > 0 && figs[i - 1].kind == FigureKind::Year && figs[i - 1].span.begin > from);
}

// "…,比上年减少15件,下降44.1%(2020年为25件)": a count in brackets that its words name as last
// year's ((2020年为, (上年, (去年同期为), however far from the item it follows; or a count alone
// in brackets right after the words that compare with last year ("较上年(40件)增长20%").
bool bracketed_last_years(const Document& doc, int i) {
  const auto& g = doc.figures[i];
  const u32string_view f = doc.folded;
  // "…工作动态110条(上年分别为105条、103条)": every count of a bracket that opens by giving last
  // year's figures respectively.
  {
    std::uint32_t from = g.span.begin >= 40 ? g.span.begin - 40 : 0;
    u32string_view back = f.substr(from, g.span.begin - from);
    // (Most counts have no bracket before them: looked for four characters at a time first.)
    static constexpr char32_t kOpen[] = {U'('};
    auto open = text::holds_any(back, kOpen) ? back.rfind(U'(') : npos;
    // (Nor is any other count here: the bracket it would close opens within the 12 characters
    // before it, the end of these 40.)
    if (open == npos) return false;
    if (back.find(U')', open) == npos) {
      u32string_view inside = back.substr(open + 1);
      auto resp = inside.find(U"分别");
      auto close = f.find(U')', g.end());
      if (resp != npos && resp > 0 && names_last_year(inside.substr(0, resp)) && close != npos && close - g.end() <= 40 &&
          f.substr(g.end(), close - g.end()).find_first_of(U"(。") == npos)
        return true;
    }
  }
  if (g.end() >= f.size()) return false;
  // (Or the bracket's first clause, when the bracket goes on about last year: 「同比增加51件(上年为
  // 630件,不含结转12件)」, 「(2016年为798件,2015年为650件)」.)
  if (f[g.end()] != U')') {
    if (f[g.end()] != U',') return false;
    const u32string_view after = f.substr(g.end(), 31);
    const auto close = after.find(U')');
    if (close == npos || after.substr(0, close).find_first_of(U"(。;\n") != npos) return false;
  }
  std::uint32_t from = g.span.begin >= 12 ? g.span.begin - 12 : 0;
  u32string_view before = f.substr(from, g.span.begin - from);
  auto open = before.rfind(U'(');
  if (open == npos) return false;
  if (names_last_year(before.substr(open + 1))) return true;
  if (open + 1 != before.size()) return false;
  u32string_view compared = before.substr(0, open);
  auto than = compared.find_last_of(U"较比");
  return than != npos && names_last_year(compared.substr(than + 1));
}

// "已办结1121件", "344件已转有关部门办理": how far the items got, not another kind of item.
// (已主动公开, also written 已经主动公开, is a kind of reply; so is 「已通过网站对外公开1件」,
// 已…公开 with no word of handling: the information was published already.)
bool progress_state(const Figure& g) {
  auto starts = [](std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; };
  if (starts(g.label, "已主动公开") || starts(g.label, "已经主动公开")) return false;
  if (starts(g.label, "已") && g.label.ends_with("公开")) {
    bool handling = false;
    for (std::string_view w : {"办", "答复", "回复", "处理", "受理", "转", "告知"}) handling = handling || holds(g.label, w);
    if (!handling) return false;
  }
  return starts(g.label, "已") || (g.label.empty() && starts(g.after, "已"));
}

// Words naming this year's new applications: "本年度新接收", "新收申请".
bool fresh_applications(std::string_view label) {
  for (std::string_view v : {"新收", "新接收", "新受理"})
    if (holds(label, v)) return !holds(label, "结转");
  return false;
}

// A list item that names another total rather than a part of this one: "上年结转6件" after the
// applications received, "共计…", "另有…".
// A count whose words end in 除 (除去, 除了): set aside from a whole, 「除2件正在办理外，其余…」.
bool set_aside_by_chu(std::string_view label) {
  return label.ends_with("除") || label.ends_with("除去") || label.ends_with("除了");
}

// Words after a count that say the state its requests are still in: 「（3件）尚在答复状态中」「正在办理中」.
bool opens_pending_state(u32string_view words) {
  for (u32string_view v : {U"尚在", U"正在", U"仍在", U"还在", U"尚处", U"正处", U"处于"})
    if (words.starts_with(v)) return true;
  return false;
}

bool starts_new_total(std::string_view label, std::string_view whole_label) {
  if (says_carried(label) && !says_carried(whole_label)) return true;
  static constexpr std::string_view kLead[] = {"共", "合计", "总计", "累计", "另有", "此外", "加上"};
  // (Nor after the date it is counted to: 「截至2023年底共发布信息8000条」 leaves 「截至」「底共…」
  // on either side of the year.)
  std::string_view l = label;
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view t : {"截至", "截止", "目前", "年底", "年末", "月底", "底", "末"})
      if (l.starts_with(t)) {
        l.remove_prefix(t.size());
        cut = true;
      }
  }
  for (auto w : kLead)
    if (l.substr(0, w.size()) == w) return true;
  // (A count over the years is no part of the year's: 「其中政务动态1000条，历年累计公开信息8000条」,
  // 「自2008年以来公开信息8000条」, 「网站开通至今发布5000条」. Not 累计 alone inside the label, which
  // as often sums the year's own items: 「在各类媒体累计发布报道298条」 is a part. A whole that says
  // 累计 alone is the year's own running total, 「本年度累计主动公开信息965条」, so 历年 or 以来
  // still marks the years' count after its parts.)
  auto over_years = [](std::string_view lab) {
    for (std::string_view w : {"历年", "以来", "至今"})
      if (holds(lab, w)) return true;
    return false;
  };
  return over_years(label) && !over_years(whole_label);  // (the label first: seldom over the years)
}

bool names_other(std::string_view label);

}  // namespace

// A count of requests named by how they came in: 网上申请, 当面提交, 通过信函提出 (after the
// 在…中 that opens a list).
bool names_application_channel(std::string_view label) {
  label = past_zhong_intro(label);
  static constexpr std::string_view kRequests[] = {"申请", "提交", "提出"};
  static constexpr WordSet kRequestSet(kRequests);
  // (The request's words only after a channel.)
  return kAllChannelSet.in(label) && kRequestSet.in(label);
}

namespace {

// How a review or a suit ended (维持, 纠正, 纠错, 尚未审结…), named with no kind of case.
bool names_case_outcome(std::string_view label) {
  label = past_zhong_intro(label);
  static constexpr std::string_view kOutcomes[] = {"维持", "纠正", "纠错", "尚未审结", "未审结", "正在审理", "审理中", "其他结果"};
  static constexpr WordSet kOutcomeSet(kOutcomes);
  return kOutcomeSet.in(label);
}

// A count of cases of one kind (行政复议7件, 行政诉讼案件4件), not how they ended.
bool names_case_kind(std::string_view label) {
  if (names_case_outcome(label)) return false;
  return label.ends_with("复议") || label.ends_with("诉讼") || label.ends_with("复议案件") || label.ends_with("诉讼案件") ||
         label.ends_with("复议申请");
}

// A count of requests named by how they were answered: 同意公开, 不予公开, 无法提供, 告知…
bool names_reply_result(std::string_view label) {
  label = past_zhong_intro(label);
  static constexpr std::string_view kResults[] = {"公开", "无法提供", "不予处理", "其他处理", "信息不存在", "不属于", "告知"};
  static constexpr WordSet kResultSet(kResults);
  return kResultSet.in(label) && !names_application_channel(label);
}

// A count of the requests answered or closed: 答复申请共15件, 办结12件 (not 按时办结, 延期答复,
// 未办结, nor a share of them, 答复率).
bool names_replied(std::string_view label) {
  if (!holds(label, "答复") && !holds(label, "办结")) return false;
  for (std::string_view w : {"按时", "按期", "延期", "逾期", "超期", "未", "率", "结转", "复议", "诉讼", "提案", "建议", "予以公开", "不予", "部分", "同意"})
    if (holds(label, w)) return false;
  return true;
}

}  // namespace

// A label naming one of the results of handling a request in table 三's words (予以公开, 部分公开,
// 不予公开 or 不同意公开, 无法提供, 不予处理, 同意公开).
bool names_handling_result(std::string_view label) {
  for (std::string_view w : {"予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "同意公开"})
    if (holds(label, w)) return true;
  return false;
}

namespace {

// 「办理向本机关申请的政府信息31件，其中予以公开4件、部分公开4件、不予公开7件、无法提供4件、不予处理4件、
// 逾期未补正1件，结转下年继续办理7件」 (the comma before the last one, after items joined by 、, does not
// end the list): under a count of the requests handled (办理, 处理: neither
// received, which a carry-over from last year the sentence leaves out may exceed, nor closed, which
// leaves out what goes on to next year), the results of handling followed by the ones carried on to
// next year divide it: each request handled got a result or was carried on. The carried-on count is
// then the last part whether or not the figures add up, so that a slip in any of them shows.
bool carried_on_after_results(const Document& doc, const Figure& whole, const std::vector<int>& parts, const Figure& g) {
  const std::string_view w = whole.label, l = g.label;
  if (parts.size() < 2 || (!holds(w, "办理") && !holds(w, "处理"))) return false;
  for (std::string_view v : {"办结", "答复", "回复", "收到", "受理", "新收", "接收", "接到", "上年", "累计", "历年", "其中"})
    if (holds(w, v)) return false;
  if (!says_carried(l) || (!holds(l, "下") && !holds(l, "继续办理")))
    return false;
  if (holds(l, "上年") || holds(l, "上一年")) return false;
  for (int p : parts) {
    const Figure& f = doc.figures[static_cast<std::size_t>(p)];
    if (f.sentence != g.sentence || f.approx != Approx::Exact || g.approx != Approx::Exact) return false;
    bool result = names_handling_result(f.label);
    for (std::string_view v : {"其他处理", "信息不存在", "非本机关", "不属于", "补正", "撤回"})
      result = result || holds(f.label, v);
    if (!result) return false;
  }
  return true;
}

// Parts that are the results of handling requests (予以公开, 部分公开, 不予公开, 无法提供, 不予处理,
// 其他处理), at least three, the last of them the rest (其他…): every result, so every request
// handled.
bool results_closed_by_rest(const Document& doc, const std::vector<int>& parts) {
  if (parts.size() < 3 || !names_other(doc.figures[parts.back()].label)) return false;
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    std::string_view l = doc.figures[parts[k]].label;
    if (!names_handling_result(l) && !holds(l, "信息不存在") && !holds(l, "非本机关"))
      return false;
  }
  return true;
}

// The whole of a 其中 list that opens a sentence: `w`, the last count before it, when it is
// the only count of its sentence; otherwise the one count of that sentence (same unit, exact)
// equal to the sum of the parts; -1 when none or several are.
int resolve_sentence_whole(const Document& doc, int w, const std::vector<int>& parts) {
  const auto& figs = doc.figures;
  // "…36件,较去年同期的28件增长28.6%。其中…": last year's count and a change are not wholes.
  auto aside = [&](int i) { return compares_figure(figs, i) || label_states_change(figs[i].label); };
  while (aside(w)) {
    int before = w - 1;
    while (before >= 0 && !prose_count(figs[before])) --before;
    if (before < 0 || figs[before].sentence != figs[w].sentence || figs[before].line != figs[w].line) return -1;
    w = before;
  }
  const auto& wf = figs[w];
  std::uint32_t qz = figs[parts.front()].span.begin;
  bool same_sentence = true;
  for (std::uint32_t k = wf.end(); k < qz && same_sentence; ++k) same_sentence = doc.folded[k] != U'。';
  Decimal sum;
  for (int p : parts) sum = sum + figs[p].total();
  int others = 0, equal = -1, n_equal = 0, largest = -1, replied = -1, n_replied = 0;
  bool alike = true;  // every count of the sentence the same number: "受理申请46件,按时办结46件。其中…"
  // (Back over at most 256 figures: a real sentence holds a few dozen, and one of thousands of
  // 其中 lists joined by semicolons would be read back to its start for each of them.)
  constexpr int kBack = 256;
  // (A line broken after a comma goes on with the sentence: 「…办结89件，⏎结转下年度继续办理1件。其中…」,
  // a <br> in a page's paragraph.)
  // (Walked back once: the figures are asked in turn from the whole back, so the lines from
  // `lines_from` to the whole's are known to end with a comma, and the text from `clear_from` to
  // the whole to hold no full stop.)
  int lines_from = wf.line;
  std::uint32_t clear_from = wf.span.begin;
  auto in_sentence = [&](int i) {
    if (figs[i].line == wf.line) return figs[i].sentence == wf.sentence;
    for (; lines_from > figs[i].line; --lines_from) {
      Span sp = doc.lines.line_span(static_cast<std::uint32_t>(lines_from - 1));
      u32string_view t = trim(u32string_view(doc.folded).substr(sp.begin, sp.end - sp.begin));
      if (t.empty() || (t.back() != U',' && t.back() != U'、')) return false;
    }
    static constexpr char32_t kStops[] = {U'。', U'!', U'?'};
    if (figs[i].end() < clear_from) {
      if (text::count_any(u32string_view(doc.folded).substr(figs[i].end(), clear_from - figs[i].end()), kStops) != 0) return false;
      clear_from = figs[i].end();
    }
    return true;
  };
  // (「新收3件，上年结转2件，办结5件。其中予以公开2件，部分公开0件」: results of handling divide
  // what was handled, not the requests carried over from last year their sum happens to equal.)
  const bool results = std::all_of(parts.begin(), parts.end(), [&](int p) { return names_handling_result(figs[p].label); });
  bool carried_before = false;  // such a carry-over stated in the sentence before
  for (int i = w; i >= 0 && w - i < kBack && in_sentence(i); --i) {
    const auto& g = figs[i];
    if (!prose_count(g) || !same_unit(g.unit, wf.unit) || g.approx != Approx::Exact || aside(i)) continue;
    if (i != w) ++others;
    alike = alike && g.value == wf.value;
    const bool carried = results && holds(g.label, "结转") && !holds(g.label, "下");
    const bool carried_in = carried && i != w;
    carried_before = carried_before || carried;
    if (g.value == sum && !carried_in) { equal = i; ++n_equal; }
    if (largest < 0 || g.value > figs[largest].value) largest = i;
    if (names_replied(g.label)) { replied = i; ++n_replied; }
  }
  // "共收到留言3059条,部门收到1904条,各县收到1155条,其中咨询类1160条、投诉类1859条…": in
  // the same sentence the 其中 normally breaks down the count just before it, but parts that
  // add up exactly to an earlier total of the sentence break that one down.
  // (Nor parts larger than it whose words repeat those of one earlier count of the sentence that
  // holds them: 「全区共收到申请600件，上年结转20件，办结610件，结转下年度10件，其中区政府本级收到申请
  // 60件」 — the body's own received, of the 600 received; the same act on requests is a repeat.)
  if (same_sentence && n_equal == 0 && sum > wf.value) {
    int named = -1, n_named = 0;
    for (int i = w - 1; i >= 0 && w - i < kBack && figs[i].sentence == wf.sentence; --i) {
      const auto& g = figs[i];
      if (!prose_count(g) || !same_unit(g.unit, wf.unit) || g.approx != Approx::Exact || aside(i) || sum > g.value) continue;
      const auto gl = text::from_utf8(g.label);
      const bool repeats = std::all_of(parts.begin(), parts.end(), [&](int p) {
        // (Four characters in a row, or the same act on requests: 收到政府信息公开申请 / 收到申请.)
        std::string_view pl = figs[p].label;
        // (Or the same act on requests named by the part only — 办结610件 … 其中区政府本级办结申请60件 — or
        // a result of handling, which only a closed or answered count holds: 办结62件，结转下年度3件，
        // 其中予以公开40件.)
        bool act = false, result = false;
        for (std::string_view v : {"收到", "受理", "接收", "办结", "答复"})
          act = act || (holds(pl, v) && holds(g.label, v));
        for (std::string_view v : {"予以公开", "部分公开", "不予公开", "无法提供", "不予处理"})
          result = result || holds(pl, v);
        const bool closes = holds(g.label, "办结") || holds(g.label, "答复");
        return text::common_run(gl, text::from_utf8(pl)) >= 4 || (act && holds(pl, "申请")) ||
               (result && closes);
      });
      if (repeats) { named = i; ++n_named; }
    }
    if (n_named == 1) return named;
  }
  if (same_sentence) return wf.value == sum || n_equal != 1 ? w : equal;
  if (others == 0) return w;
  // (Totals that are all one number leave nothing to choose: whichever the parts divide, they
  // must make that number.)
  if (alike && n_equal == 0) return w;
  // (Parts of the totals' unit that make more than any count of theirs before them under the
  // heading divide none: the list is held to the sentence's largest, which it passes. A larger
  // count before, 「全市共受理…1320件…。市政府本级受理申请86件…。⏎其中,…」, may be theirs.)
  // (Not results of handling after a flow that names a carry-over from last year: 「新收申请3件，上年结转7件。
  // 其中，予以公开0件，部分公开1件，不予公开7件…」 divide the 3 and the 7 together, a whole the text
  // does not state, which the flow's own check holds them to.)
  if (n_equal == 0 && n_replied == 0 && results && carried_before) return -1;
  if (n_equal == 0 && largest >= 0 && sum > figs[largest].value &&
      std::all_of(parts.begin(), parts.end(), [&](int p) { return same_unit(figs[p].unit, wf.unit); })) {
    bool larger_before = false;
    for (int i = w; i >= 0 && w - i < kBack && figs[i].heading == wf.heading && !larger_before; --i)
      larger_before = prose_count(figs[i]) && same_unit(figs[i].unit, wf.unit) && !(figs[i].value < sum);
    if (!larger_before) return largest;
  }
  // 「街道收到依申请公开6件,结转上年9件,答复申请共15件,撤销申请0件。其中,予以公开2件,…无法提供10件,
  // 其他处理0件」: results of handling closed by the rest are every request answered, so with no
  // count of the sentence equal to their sum they divide the one count named for the answered
  // or closed requests, and must make it.
  if (n_equal == 0 && n_replied == 1 && results_closed_by_rest(doc, parts)) return replied;
  // (「新收3件，上年结转2件，办结5件。⏎其中予以公开1件，占20%，部分公开0件」: results of handling,
  // not all of them, divide the one count of requests closed or answered, which they do not pass;
  // their shares are of it.)
  if (n_equal == 0 && n_replied == 1 && results && !(sum > figs[replied].value)) return replied;
  return n_equal == 1 ? equal : -1;
}

// The words a list with no stated whole is introduced by: its line up to its first part, at
// most the last 1,000 characters. (What reads them looks at the clause right before the list, or
// at its last 200 characters; a clause of a real report is a few hundred characters at most. A
// line of thousands of lists would otherwise be copied whole for each of them.)
std::string line_before(const Document& doc, const Figure& first) {
  constexpr std::uint32_t kIntro = 1000;
  std::uint32_t line_begin = doc.lines.line_span(static_cast<std::uint32_t>(first.line)).begin;
  if (first.span.begin > line_begin + kIntro) line_begin = first.span.begin - kIntro;
  return doc.folded_slice({line_begin, first.span.begin});
}

// Words that put a count before the year reported on (a remark beside the year's own counts).
constexpr std::string_view kEarlierTime[] = {"之前", "以前", "往年", "历年", "过去"};

// A stage that applications or cases reach (受理, 办结, 已答复, 审结…), as a count's whole label.
// Beside says_handled (engine.cpp), which asks whether a label says where requests went
// anywhere in it (已处理, 均已答复, 结转下年度): narrower on purpose, the whole label and nothing
// else, as a list is cut or told mixed by it and a stage word inside an item's name is no stage
// reached; and wider, with 受理 (received) and 审结 (cases closed): stages too, though no place
// requests went.
constexpr std::string_view kStages[] = {"受理", "已受理", "依法受理", "予以受理", "办结", "已办结", "审结", "已审结",
                                        "答复", "已答复", "已办理", "办理完毕", "已全部办结", "办结数", "申请办结数"};
bool reached_stage(std::string_view label) { return std::find(std::begin(kStages), std::end(kStages), label) != std::end(kStages); }

// Whether a list holds both a stage that applications or cases reach (受理, 办结, 已答复, 审结…)
// and items of another kind.
bool mixes_stages(const Document& doc, const std::vector<int>& parts) {
  // Still open (正在办理, 尚未审结) goes with either: it completes a division by stage or by outcome.
  static constexpr std::string_view kOpen[] = {"正在办理", "办理中", "在办", "尚未办结", "未办结", "尚未审结", "未审结", "正在审理"};
  int stages = 0, others = 0;
  for (int p : parts) {
    std::string_view l = doc.figures[p].label;
    bool stage = reached_stage(l);
    bool open = std::find(std::begin(kOpen), std::end(kOpen), l) != std::end(kOpen);
    stages += stage;
    others += !stage && !open;
  }
  return stages > 0 && others > 0;
}

// "其他…", "其它…", "其余…": the item that closes a complete division.
bool names_other(std::string_view label) {
  // (After the item's number: 「4.其他信息420条」.)
  std::size_t d = label.starts_with("(") ? 1 : 0;
  while (d < label.size() && label[d] >= '0' && label[d] <= '9') ++d;
  if (d > 0 && d < label.size() && (label[d] == '.' || label[d] == ')')) label.remove_prefix(d + 1);
  else if (d > 0 && label.substr(d).starts_with("、")) label.remove_prefix(d + std::string_view("、").size());
  // (Or after its place told off in words: 「三是其他情形11件」. Each numeral is three bytes:
  // the 是 after one is looked for first, most labels having none there.)
  if (label.size() >= 6 && label.substr(3).starts_with("是"))
    for (std::string_view n : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
      if (label.starts_with(n)) {
        label.remove_prefix(n.size() + std::string_view("是").size());
        break;
      }
  // (The rest in words of its own: 「其中10件已答复，剩余2件结转下年度」.)
  return label.rfind("其他", 0) == 0 || label.rfind("其它", 0) == 0 || label.rfind("其余", 0) == 0 || label.rfind("剩余", 0) == 0 ||
         label.rfind("余下", 0) == 0 || label.rfind("剩下", 0) == 0;
}

// 其他处理, 其他方式提交, 其他途径…: the rest of the requests by how they were handled or came in,
// the form's own last category, wherever the list names it (「其中予以公开20件，其他处理3件，不予公开
// 5件」), not a kind of its own as 其他重点信息 is.
bool other_way(std::string_view label) {
  for (std::string_view o : {"其他", "其它"}) {
    if (!label.starts_with(o)) continue;
    std::string_view rest = label.substr(o.size());
    for (std::string_view w : {"处理", "方式", "途径", "渠道"}) {
      if (!rest.starts_with(w)) continue;
      rest.remove_prefix(w.size());
      for (std::string_view tail : {"", "的", "提交", "提出", "申请", "提交的", "提出的", "的申请"})
        if (rest == tail) return true;
    }
  }
  return false;
}

// 其他, 其他类, 其他信息, 其它类信息…: the rest and nothing more said of it.
bool bare_other(std::string_view label) {
  for (std::string_view o : {"其他", "其它", "其余"}) {
    auto at = Regex::find_word(label, o);
    if (at == std::string_view::npos) continue;
    std::string_view rest = label.substr(at + o.size());
    // (Summed in words of its own: 「其他信息共计2004条」.)
    for (std::string_view sum : {"共计", "合计", "共"})
      if (rest.ends_with(sum)) {
        rest.remove_suffix(sum.size());
        break;
      }
    // (其他结果: the rest of the outcomes of reviews and suits, beside 维持, 纠正 and 尚未审结.)
    for (std::string_view tail : {"类信息", "信息", "情况", "情形", "结果", "类", "的"})
      if (rest.ends_with(tail)) rest.remove_suffix(tail.size());
    return rest.empty();
  }
  return false;
}

// 「…等其他信息」, 「…等民众关心的其他信息」: the rest (其他, 其它) right after the 等 that closes
// the kinds it leaves out, or after a few words of what they are that end in 的.
bool others_after_deng(std::string_view label) {
  for (std::string_view o : {"其他", "其它"})
    for (auto at = Regex::find_word(label, o); at != std::string_view::npos; at = Regex::find_word(label, o, at + o.size())) {
      const auto u = text::from_utf8(label.substr(0, at));
      const auto deng = u.rfind(U'等');
      if (deng == npos) continue;
      const auto between = u32string_view(u).substr(deng + 1);
      if (between.empty() || (between.size() <= 6 && between.back() == U'的' &&
                              std::all_of(between.begin(), between.end(), [](char32_t c) { return is_cjk(c); })))
        return true;
    }
  return false;
}

// Whether two items' labels end in the same word (政策法规类 / 公告通知类, 网上申请 / 信函申请):
// items of one kind.
bool same_kind(std::string_view a, std::string_view b) {
  auto ua = text::from_utf8(a), ub = text::from_utf8(b);
  while (!ua.empty() && !is_cjk(ua.back())) ua.pop_back();
  while (!ub.empty() && !is_cjk(ub.back())) ub.pop_back();
  if (ua.size() < 2 || ub.size() < 2) return false;
  // The last character, when it names a kind (类, 件); else the last two (申请, 信息).
  static constexpr std::u32string_view kKind = U"类项种";
  if (ua.back() == ub.back() && kKind.find(ua.back()) != npos) return true;
  return ua.substr(ua.size() - 2) == ub.substr(ub.size() - 2);
}

// Text between two counts holding a clause 在…中, ("…280条,在网站公开的信息中,…" or "…占40%。
// 在县政府办公室公开的信息中,…"): the words after it divide the whole it names.
bool opens_division(u32string_view gap) {
  auto zhong = gap.rfind(U'中');
  if (zhong == npos || zhong + 1 >= gap.size() || (gap[zhong + 1] != U',' && gap[zhong + 1] != U':')) return false;
  auto zai = gap.rfind(U'在', zhong);
  if (zai == npos || zhong < zai + 3) return false;
  if (zai > 0 && !is_clause_break(gap[zai - 1]) && !is_space(gap[zai - 1])) return false;
  for (std::size_t k = zai + 1; k < zhong; ++k)
    if (is_clause_break(gap[k]) || !is_cjk(gap[k])) return false;
  return true;
}

// Text between two counts opening with a phrase that says how the whole is divided ("…31件,
// 按申请方式分:网络申请…", "…;从申请人看,公民…"): where the phrase starts (after the break
// before it), else npos. Only a break may stand before it.
std::size_t grouping_at(u32string_view gap) {
  std::size_t at = !gap.empty() && (gap[0] == U',' || gap[0] == U';' || gap[0] == U'。') ? 1 : 0;
  std::size_t end = gap.find_first_of(U":,", at);
  if (end == npos) return npos;
  u32string_view w = gap.substr(at, end - at);
  u32string_view x;
  if (w.starts_with(U"按")) {
    for (u32string_view end : {U"划分", U"分类", U"统计", U"区分", U"来分", U"分"})
      if (w.ends_with(end)) {
        x = w.substr(1, w.size() - 1 - end.size());
        break;
      }
  } else if (w.starts_with(U"从")) {
    for (u32string_view end : {U"方面看", U"来看", U"上看", U"看"})
      if (w.ends_with(end)) {
        x = w.substr(1, w.size() - 1 - end.size());
        break;
      }
  } else if (gap[end] == U':') {
    // "主动公开政府信息272条,分布情况为:公示公告类103条,…" / "…,具体如下:…": words that say a
    // list of the count's parts follows, then a colon. (So does 包括 opening the next sentence:
    // "…348条。主要类别包括:工作动态类信息144条,…,其他方式15条。") (分类如下, 分类为: the count
    // split by kind, 「全年累计发布政府信息903条,具体分类如下:本级政府文件2条、…,其余各类信息79条」.)
    // (结果如下, 结果为: the results of handling the count's requests, 「…办理有69件，均为自然人
    // 申请。办理结果如下：予以公开35件；…」.)
    for (u32string_view lead : {U"分布情况为", U"分布情况如下", U"分布为", U"分布如下", U"具体为", U"具体如下", U"具体情况为",
                                U"具体情况如下", U"构成为", U"构成如下", U"分类如下", U"分类为", U"包括", U"结果如下",
                                U"结果为"})
      if (w.ends_with(lead) && w.size() <= lead.size() + 4) {
        for (char32_t c : w)
          if (!is_cjk(c)) return npos;
        // (包括 after words naming the count's kinds, 主要类别包括:, not after a subject of its own:
        // 「…70条；专题专栏包括:…」 lists what the 专题专栏 holds.)
        const u32string_view subject = w.substr(0, w.size() - lead.size());
        if (lead == U"包括"sv && !subject.empty()) {
          bool kinds = false;
          for (u32string_view k : {U"类"sv, U"内容"sv, U"主要"sv, U"具体"sv, U"其中"sv}) kinds = kinds || subject.find(k) != npos;
          if (!kinds) return npos;
        }
        return at;
      }
  }
  if (x.empty() || x.size() > 8) return npos;
  for (char32_t c : x)
    if (!is_cjk(c)) return npos;
  return at;
}

// How strongly the text between two list items separates them: ; (3) , (2) 、 (1), none (0).
int separator_strength(u32string_view gap) {
  if (gap.find(U';') != npos) return 3;
  if (gap.find(U',') != npos) return 2;
  if (gap.find(U'、') != npos) return 1;
  return 0;
}

// "同意公开15件,含部分公开3件", "网上申请12件,网上申请中通过电子邮件提交的5件": item `g` of a
// list whose words make it a subset of a part already taken (含/包括 opening it, or the part's
// own words then 中): that part, else -1.
int subset_of(const Document& doc, const std::vector<int>& parts, const Figure& g) {
  if (parts.empty()) return -1;
  std::string_view l = g.label;
  for (std::string_view w : {"含", "包括", "包含"})
    if (l.substr(0, w.size()) == w) {
      // (Not when a bare number stands between that part and the word: 「财政类信息11条,其他类170
      // 包括社会保障类127条,…」 — the unit left off, 170 is what 包括 divides, not the part before.)
      const auto& p = doc.figures[parts.back()];
      const u32string_view f = doc.folded;
      if (p.end() < g.span.begin) {
        auto gap = f.substr(p.end(), g.span.begin - p.end());
        auto at = gap.rfind(text::from_utf8(w));
        if (at != npos && gap.substr(0, at).find_first_of(U"0123456789") != npos) return -1;
      }
      return parts.back();
    }
  auto zh = Regex::find_word(l, "中");
  if (zh == std::string_view::npos || zh < 6 || zh + 3 >= l.size()) return -1;
  // (中心, 中央, 中级法院, 中小学…: words, not "…中".)
  static constexpr std::string_view kWords[] = {"心", "央", "级", "小", "学", "医", "华", "国", "共", "介", "层"};
  std::string_view next = l.substr(zh + 3, 3);
  for (auto w : kWords)
    if (next == w) return -1;
  std::string_view stem = l.substr(0, zh);
  // (「自然人35件，…，自然人申请中涉及征地拆迁20件」: the part named without the word 申请.)
  std::string_view bare = stem.ends_with("申请") && stem.size() > 12 ? stem.substr(0, stem.size() - 6) : stem;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    std::string_view pl = doc.figures[*it].label;
    for (std::string_view st : {stem, bare})
      if (pl.size() >= st.size() ? pl.substr(pl.size() - st.size()) == st : st.substr(st.size() - pl.size()) == pl && pl.size() >= 6)
        return *it;
  }
  return -1;
}

// Count i of requests handled in a year later than the report's, the year right before it
// ("…,2018年继续办理5件", "结转至2018年2月答复的3件"): next year's work, not a part of this
// year's whole. (Not requests about a later year: "涉及2019年预算的12件".)
bool handled_later_year(const std::vector<Figure>& figs, int i, int report_year) {
  int k = i - 1;
  while (k >= 0 && figs[k].kind == FigureKind::Date && figs[k].sentence == figs[i].sentence) --k;
  if (report_year <= 0 || k < 0 || figs[k].kind != FigureKind::Year || figs[k].sentence != figs[i].sentence ||
      !figs[k].value.is_integer() || figs[k].value.mantissa() <= report_year)
    return false;
  std::string_view l = figs[i].label;
  for (std::string_view w : {"办", "答复", "结", "处理"})
    if (holds(l, w)) return true;
  return false;
}

// 「…其他52件，占10.0%；转办53件次，占收到数的10.0%」 of the 520 answered (530 received): a count
// whose share names its base (占…的) in the words of another count before it on its line, fits
// that count (to half a unit of its last digit) and not the list's whole (to a unit), is measured
// against that other count: after parts that make the whole, no part of it.
bool measured_against_other(const Document& doc, int gi, int wi) {
  const auto& figs = doc.figures;
  const auto& g = figs[static_cast<std::size_t>(gi)];
  const auto& w = figs[static_cast<std::size_t>(wi)];
  if (g.share < 0 || w.value.is_zero()) return false;
  const auto& s = figs[static_cast<std::size_t>(g.share)];
  if (s.approx != Approx::Exact || s.share_base.empty() || s.share_whole >= 0) return false;
  const Decimal unit(1, s.precision), hundred(100, 0), two(2, 0);
  auto off = [&](const Decimal& whole) {
    Decimal e = (g.value * hundred).divide(whole, 8);
    return e > s.value ? e - s.value : s.value - e;
  };
  if (!(off(w.value) > unit)) return false;
  const std::u32string base = text::from_utf8(s.share_base);
  for (int k = gi - 1; k >= 0 && figs[static_cast<std::size_t>(k)].line == g.line; --k) {
    const auto& c = figs[static_cast<std::size_t>(k)];
    if (k == wi || !prose_count(c) || c.approx != Approx::Exact || !same_unit(c.unit, w.unit) || !(c.value > g.value) ||
        off(c.value) * two > unit)
      continue;
    if (text::common_run(base, text::from_utf8(c.label)) >= 2) return true;
  }
  return false;
}

// Whether more than half of the parts' stated shares fit `whole` (to a unit of their last digit,
// so a truncated share fits too): the shares are of that whole.
bool shares_fit_most(const Document& doc, const std::vector<int>& parts, const Decimal& whole) {
  const auto& figs = doc.figures;
  if (whole.is_zero()) return false;
  std::size_t fit = 0, stated = 0;
  for (int p : parts) {
    const auto& g = figs[static_cast<std::size_t>(p)];
    if (g.share < 0) continue;
    const auto& s = figs[static_cast<std::size_t>(g.share)];
    ++stated;
    Decimal e = (g.value * Decimal(100, 0)).divide(whole, 8);
    Decimal d = e > s.value ? e - s.value : s.value - e;
    if (!(d > Decimal(1, s.precision))) ++fit;
  }
  return stated > 0 && fit * 2 > stated;
}

// Whether any part of a list has a stated share (FigureList::shares), after its parts change.
bool has_shares(const std::vector<Figure>& figs, const FigureList& l) {
  return std::any_of(l.parts.begin(), l.parts.end(), [&](int p) { return figs[p].share >= 0; });
}

// The figure after `w` that a list marker would introduce, with the text between.
// Whether a count's label opens with an act of its own (发布…, 办理…): past a semicolon after a
// list's parts, such a clause says something else done.
bool opens_with_act(std::string_view label) {
  for (std::string_view v : {"发布", "公开", "公布", "开展", "举办", "召开", "印发", "制定", "编发", "办理", "答复", "转发", "转载",
                             "报送", "推送", "收到", "受理", "接收"})
    if (label.starts_with(v)) return true;
  return false;
}

// The length of 包括, 主要包括 or 具体包括 opening `s` (0 when none does): a sentence so opened,
// right after one stating a count, lists what that count includes.
std::size_t opens_with_includes(std::u32string_view s) {
  if (s.starts_with(U"包括")) return 2;
  if (s.starts_with(U"具体包括") || s.starts_with(U"主要包括")) return 4;
  return 0;
}

void build_lists(Document& doc) {
  const u32string_view f = doc.folded;
  auto& figs = doc.figures;
  std::vector<int> counts;
  for (std::size_t i = 0; i < figs.size(); ++i)
    if (prose_count(figs[i])) counts.push_back(static_cast<int>(i));
  const std::size_t nc = counts.size();
  // The year the document names most (usual_year, as Context::report_year asks it when rules are
  // evaluated: the same figures, as no figure's kind changes after this), found when first needed.
  int report_year = -1;
  enum Marker { None, Qizhong, Zhong, Paren };
  std::vector<Marker> marker(nc, None);
  // Counts whose kinds follow them though another count opens their sentence (see below).
  std::vector<bool> kinds_own(nc, false);
  // Where kinds named by what they are, after a count, end at a count of another measure: the
  // index (into counts) of that count, which is no item of theirs; 0 when not so.
  std::vector<std::size_t> kinds_end(nc, 0);
  // Counts whose list is the whole of the next sentence, with no marker: it may leave items out.
  std::vector<bool> next_sentence_items(nc, false);
  // For a 其中-marked count whose division is a sentence after it opening with 在…中 that names
  // another count of its sentence: that count (a figure index), the list's whole; -1 when not so.
  std::vector<int> zai_whole(nc, -1);
  // For such a list set a sentence a line over the lines after the first: the last of its lines.
  std::vector<int> kinds_last_line(nc, 0);
  auto end_of = [&](const Figure& g) {
    return g.share >= 0 ? figs[g.share].span.end + (figs[g.share].span.end < f.size() && f[figs[g.share].span.end] == U'%' ? 1u : 0u)
                        : g.end();
  };
  // "…主动公开政府信息104条。⏎其中,机构职能类信息2条,…": a line that opens with 其中 right after
  // the sentence of count w ends its line divides w; the list is on that line.
  auto qizhong_opens_next_line = [&](const Figure& w, const Figure& nx) {
    std::uint32_t from = w.end(), to = nx.span.begin;
    auto gap = f.substr(from, to > from ? to - from : 0);
    auto nl = gap.find(U'\n');
    if (nl == npos || gap.substr(0, nl).find_first_not_of(U" \t") == npos ||
        gap.substr(0, nl).find_first_not_of(U" \t。") != npos)
      return false;
    auto rest = gap.substr(nl + 1);
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    return rest.starts_with(U"其中") || opens_with_includes(rest) > 0;
  };
  // The text after a sentence end in `gap` (its 。 at `st`), past the spaces and one line break
  // there, when it opens with a phrase saying how the count before is divided (「…均为自然人申请。⏎
  // 处理结果如下：…」, as on one line): where the phrase starts in `gap`, else npos.
  auto grouping_after_stop = [&](u32string_view gap, std::size_t st) -> std::size_t {
    std::size_t at = st + 1, breaks = 0;
    while (at < gap.size() && (is_space(gap[at]) || gap[at] == U'\n')) breaks += gap[at++] == U'\n' ? 1 : 0;
    if (breaks > 1) return npos;
    std::u32string probe = U"。";
    probe += gap.substr(at);
    return grouping_at(probe) == 1 ? at : npos;
  };
  // (The same on the next line, after a sentence of the count's that states no other count.)
  auto grouping_opens_next_line = [&](const Figure& w, const Figure& nx) {
    std::uint32_t from = w.end(), to = nx.span.begin;
    auto gap = f.substr(from, to > from ? to - from : 0);
    auto nl = gap.find(U'\n');
    auto st = nl == npos ? npos : gap.substr(0, nl).find_last_not_of(U" \t");
    return st != npos && gap[st] == U'。' && grouping_after_stop(gap, st) != npos;
  };
  // "在已经答复的5件申请中:⏎“同意公开”5件,占总数的100%": the count's clause 在…中 ends its line
  // (blank lines may follow); the division of the count is on the next line with text.
  auto zhong_ends_line = [&](const Figure& w, const Figure& nx) {
    std::uint32_t from = end_of(w), to = nx.span.begin;
    if (nx.line <= w.line || to <= from) return false;
    // (Not a heading's count: the division was lost with the page, 「在已经答复的12件申请中:⏎三、…受理申请20件」.)
    if (nx.heading != w.heading) return false;
    auto gap = f.substr(from, to - from);
    auto nl = gap.find(U'\n');
    if (nl == npos) return false;
    auto head = gap.substr(0, nl);
    while (!head.empty() && is_space(head.back())) head.remove_suffix(1);
    if (head.size() < 2 || head.size() > 11 || (head.back() != U',' && head.back() != U':') || head[head.size() - 2] != U'中')
      return false;
    for (std::size_t q = 0; q + 2 < head.size(); ++q)
      if (!is_cjk(head[q])) return false;
    if (head.size() >= 3 && head[head.size() - 3] == U'其') return false;
    auto rest = gap.substr(nl + 1);
    while (!rest.empty() && (is_space(rest.front()) || rest.front() == U'\n')) rest.remove_prefix(1);
    return rest.find(U'\n') == npos;
  };
  // Where in `gap` (the text from count k to the next count) the sentence after k's own opens with
  // 包括 (主要包括, 具体包括) and goes on to its items, the next counts: npos when it does not.
  auto includes_after_stop = [&](std::size_t k, u32string_view gap) -> std::size_t {
    if (gap.empty() || gap[0] != U'。' || k + 2 >= nc) return npos;
    std::size_t at = 1;
    while (at < gap.size() && (is_space(gap[at]) || gap[at] == U'\n')) ++at;
    const u32string_view rest = gap.substr(at);
    const std::size_t skip = opens_with_includes(rest);
    if (skip == 0) return npos;
    // (Only the first item's words between 包括 and its count, a colon aside.)
    u32string_view words = rest.substr(skip);
    if (words.starts_with(U":")) words.remove_prefix(1);
    if (words.find_first_of(U",;:。、()") != npos) return npos;
    const auto& w = figs[counts[k]];
    const auto& nx = figs[counts[k + 1]];
    const bool specific = rest.starts_with(U"具体");
    const std::size_t need = specific ? 2 : 3;
    if (k + need >= nc) return npos;
    for (std::size_t i = k + 1; i <= k + need; ++i) {
      const auto& g = figs[counts[i]];
      if (g.line != nx.line || g.sentence != nx.sentence || !same_unit(g.unit, w.unit) || g.approx != Approx::Exact) return npos;
      if (i > k + 1) {
        const auto& prev = figs[counts[i - 1]];
        if (g.span.begin <= end_of(prev)) return npos;
        auto sep = f.substr(end_of(prev), g.span.begin - end_of(prev));
        if (sep.find_first_of(U",、") == npos || sep.find_first_of(U";。") != npos) return npos;
      }
    }
    // (Not when the first two make the count exactly and a third follows, unless 具体 says they
    // are its parts: as for 包括 right after the count.)
    if (!specific && figs[counts[k + 1]].total() + figs[counts[k + 2]].total() == w.value) return npos;
    return at;
  };
  // Whether count k says again, in the same words, a count of the sentence before it on its line.
  auto restates_previous = [&](std::size_t k) {
    const auto& w = figs[counts[k]];
    for (std::size_t i = k; i-- > 0;) {
      const auto& p = figs[counts[i]];
      if (p.line != w.line || p.sentence + 1 < w.sentence) return false;
      if (p.sentence + 1 == w.sentence && p.approx == Approx::Exact && p.value == w.value && same_unit(p.unit, w.unit) &&
          p.label.size() >= 6 && p.label == w.label)
        return true;
    }
    return false;
  };
  // "…,发布其他信息2202条,同时转载上级信息228条": past a part naming the rest of a division, a
  // clause opening with 同时 adds something else done, not another part; the list ends before g.
  auto meanwhile_after_rest = [&](const Figure& prev, const Figure& g) {
    std::uint32_t from = end_of(prev);
    if (from >= g.span.begin) return false;
    auto between = f.substr(from, g.span.begin - from);
    auto cl = between.find_last_of(U",;");
    auto tail = cl == npos ? between : between.substr(cl + 1);
    return tail.starts_with(U"同时") && (names_other(prev.label) || bare_other(prev.label));
  };
  for (std::size_t k = 0; k + 1 < nc; ++k) {
    const auto& w = figs[counts[k]];
    const auto& nx = figs[counts[k + 1]];
    if (w.approx != Approx::Exact) continue;
    // (Or with 在…中, below: the line is read for it alone.)
    bool zai_next = false;
    if (nx.line == w.line + 1 && nx.span.begin > w.end()) {
      auto between = f.substr(w.end(), nx.span.begin - w.end());
      auto nl = between.find(U'\n');
      auto last = nl == npos ? npos : between.substr(0, nl).find_last_not_of(U" \t");
      auto next = nl == npos ? npos : between.find_first_not_of(U" \t", nl + 1);
      zai_next = last != npos && between[last] == U'。' && next != npos && between[next] == U'在';
    }
    bool zhong_next = zhong_ends_line(w, nx);
    // (Or the count ends its sentence and its line, and the next line opens with the words of the
    // next count, no blank line between: a sentence of kinds a line, read below.)
    bool kinds_next = false;
    if (nx.line == w.line + 1 && nx.span.begin > end_of(w) + 2) {
      const auto between = f.substr(end_of(w), nx.span.begin - end_of(w));
      const auto nl = between.find(U'\n');
      kinds_next = between.front() == U'。' && nl != npos &&
                   std::all_of(between.begin() + 1, between.begin() + static_cast<std::ptrdiff_t>(nl), [](char32_t c) { return is_space(c); }) &&
                   std::all_of(between.begin() + static_cast<std::ptrdiff_t>(nl) + 1, between.end(), [](char32_t c) { return is_space(c) || is_cjk(c); });
    }
    if (nx.line != w.line && !(nx.line == w.line + 1 && (qizhong_opens_next_line(w, nx) || grouping_opens_next_line(w, nx))) && !zai_next &&
        !zhong_next && !kinds_next)
      continue;
    // A parenthetical right after the count comes before its share: "12件(其中…),占3.68%".
    std::uint32_t a = w.end() < f.size() && f[w.end()] == U'(' ? w.end() : end_of(w);
    if (nx.span.begin <= a || nx.span.begin - a > 60) continue;
    u32string_view gap = f.substr(a, nx.span.begin - a);
    // "252件中," / "3310件申请中," / "8件不予公开的申请中,"
    auto zh = gap.find(U'中');
    // (Also with no comma right after the count: "受理的2件中维持1件,撤销1件"; not 中心, 中央…)
    static constexpr std::u32string_view kZhongWords = U"心央级小学医华国共介层旬期";
    bool run_on = zh == 0 && gap.size() > 1 && is_cjk(gap[1]) && kZhongWords.find(gap[1]) == npos;
    // (Or the next count right after it: 「剩余2件中1件…,1件…」.)
    const bool count_on = zh == 0 && gap.size() == 1 && nx.line == w.line;
    if (zh != npos && zh <= 10 && (count_on || (zh + 1 < gap.size() && (gap[zh + 1] == U',' || gap[zh + 1] == U':' || run_on))) &&
        (zh == 0 || gap[zh - 1] != U'其')) {
      bool clean = true;
      for (std::size_t q = 0; q < zh; ++q) clean = clean && is_cjk(gap[q]);
      // (Not a state the count is in, 「除1件尚在答复状态中，其余26件…」「3件正在办理中，…」: the
      // requests still being handled, not a whole the next counts divide.)
      const u32string_view words = gap.substr(0, zh);
      clean = clean && !opens_pending_state(words);
      clean = clean && !words.ends_with(U"状态") && !words.ends_with(U"过程");
      if (clean) { marker[k] = Zhong; continue; }
    }
    if (!gap.empty() && gap[0] == U'(') {
      auto close = matching_close(f, a);
      // (Not a bracket of last year's figures: 「工作动态31条（上年分别为57条、24条）」.)
      if (close != npos && close > nx.span.begin && k + 2 < nc && figs[counts[k + 2]].span.begin < close && !nx.last_years) {
        marker[k] = Paren;
        continue;
      }
    }
    // "共计3437条,包括:…" introduces the division as 其中 does (a colon: a list follows, not the
    // one-item clause of "答复1453件,包括上年结转30件").
    // So do a colon right after the count ("共主动公开信息120条:…") and 分别为 ("120件,分别为…").
    auto q = gap.find(U"其中");
    // (「机构类信息20条，内有领导成员10条、…」: 内有 right after the count, as 其中.)
    if (q == npos && (gap.starts_with(U"内有") || gap.starts_with(U",内有"))) q = gap.find(U"内有");
    // (Not a 包括 past a semicolon or a full stop, which opens a clause of its own subject: 「共发布
    // 70条；专题专栏包括疫情防控45条、乡村振兴35条」 lists what the 专题专栏 holds, not the 70.)
    // (Right after the break, or after only an adverb, 「…70条；主要包括…」, it is still the count's.)
    const auto own_clause = [&](std::size_t at) {
      const auto brk = gap.substr(0, at).find_last_of(U";。");
      if (brk == npos) return true;
      const u32string_view subject = trim(gap.substr(brk + 1, at - brk - 1));
      return subject.empty() || subject == U"主要"sv || subject == U"具体"sv || subject == U"其中"sv;
    };
    if (q == npos && (q = gap.find(U"包括:")) != npos && !own_clause(q)) q = npos;
    // (Without the colon too, when the first two items are joined by 、: "主动公开政府信息32条,
    // 包括领导信息类1条、机构职能类2条、…" is a list; "答复1453件,包括上年结转30件" is one clause.)
    if (q == npos && k + 2 < nc) {
      auto b = gap.find(U"包括");
      // (包含 as 包括: 「收到申请32件，包含网上申请20件、信函申请12件」.)
      if (b == npos) b = gap.find(U"包含");
      // (主要有 right after the count opens its list as 主要包括 does, 有 standing for 包括: 「主动公开
      // 政府信息300条，主要有政策文件120条、工作动态170条等」.)
      if (b == npos && (gap.starts_with(U"主要有") || gap.starts_with(U",主要有"))) b = gap.find(U"主要有") + 2;
      // (Not when a bare number stands between the count and 包括: 「财政类信息5件，其他类54包括社会
      // 保障类18件、教育类31件」 — the unit left off, 54 is what 包括 divides, as subset_of reads it.)
      if (b != npos && gap.substr(0, b).find_first_of(U"0123456789") != npos) b = npos;
      // (涵盖 as well: 「全年累计公开信息59条,内容涵盖政务信息12条、基层政务8条、…」; but what is
      // covered may be topics that overlap, so only when the items come within a tenth of the count,
      // as a division does, or a slip in one would leave it.)
      bool covers = false;
      if (b == npos && (b = gap.find(U"涵盖")) != npos) {
        // (One item above the count is wrong however the items overlap: 「发布信息120条，内容涵盖疫情防控
        // 信息130条、…」.)
        Decimal run;
        bool above = false;
        for (std::size_t i = k + 1; i < nc && figs[counts[i]].sentence == w.sentence && same_unit(figs[counts[i]].unit, w.unit); ++i) {
          run = run + figs[counts[i]].total();
          above = above || figs[counts[i]].total() > w.value;
        }
        covers = !within_tenth(run, w.value) && !above;
        if (covers) b = npos;
      }
      // (The first item's own bracket, 「日常工作240条（街道11个科室）、公开指南1条、…」, set aside: the
      // next item is the count after it.)
      std::size_t second = k + 2;
      std::uint32_t first_end = end_of(nx);
      if (first_end < f.size() && f[first_end] == U'(') {
        const std::size_t close = matching_close(f, first_end);
        if (close != npos && close - first_end < 60) {
          first_end = static_cast<std::uint32_t>(close + 1);
          while (second + 1 < nc && figs[counts[second]].span.begin < first_end) ++second;
        }
      }
      const auto& p2 = figs[counts[second]];
      if (b != npos && own_clause(b) && gap.find_first_of(U";。", b) == npos && p2.line == w.line && p2.span.begin > first_end) {
        auto between = f.substr(first_end, p2.span.begin - first_end);
        if (between.find(U'、') != npos && between.find_first_of(U",;。") == npos) q = b;
      }
      // (Or 包括 right after the count, then three counts of its unit or more in its sentence,
      // each after a comma: "主动公开382条,包括政府网站35条,…媒体80条,…微信公众号2443条".
      // 主要包括 and 具体包括 open the list as 包括 does; 具体包括 says the counts after it are
      // the count's parts, so two of them make the list: "更新信息23条,具体包括领导信息14条,
      // 内设科室信息9条".)
      const u32string_view before = b != npos && b >= 2 ? gap.substr(b - 2, 2) : u32string_view{};
      const bool specific = before == U"具体"sv;
      const std::size_t adverb = specific || before == U"主要"sv ? 2 : 0;
      const std::size_t need = specific ? 2 : 3;
      if (q == npos && b != npos && b - adverb <= 1 && gap.find_first_of(U";。") == npos && k + need < nc) {
        bool run = true;
        for (std::size_t i = k + 1; run && i <= k + need; ++i) {
          const auto& g = figs[counts[i]];
          const auto& prev = figs[counts[i - 1]];
          run = g.line == w.line && g.sentence == w.sentence && same_unit(g.unit, w.unit) && g.span.begin > end_of(prev);
          if (run && i > k + 1) {
            auto sep = f.substr(end_of(prev), g.span.begin - end_of(prev));
            run = sep.find(U',') != npos && sep.find_first_of(U";。") == npos;
          }
        }
        // (Not when the first two make the count exactly and a third follows: 「答复建议和提案85件，
        // 主要包括人大代表建议38件，政协提案47件，公开答复全文80件」 — the third is another
        // statement about them, and two counts are not enough for 包括 without 具体.)
        if (run && !specific && figs[counts[k + 1]].total() + figs[counts[k + 2]].total() == w.value) run = false;
        if (run) q = b;
      }
    }
    // (分别为 after two counts or more gives them values "respectively": 来信30件,来访20件,分别为
    // 上年的15件和18件.)
    bool alone = k == 0 || figs[counts[k - 1]].sentence != w.sentence;
    if (q == npos && (gap.substr(0, 1) == U":" || (alone && (gap.substr(0, 3) == U"分别为" || gap.substr(0, 4) == U",分别为")))) q = 0;
    // (Or the sentence right after the count's, opening with 包括, 主要包括 or 具体包括: 「…主动公开
    // 信息83条。具体包括履职依据1条,法规文件1条,…,其他信息20条」 says what the count just stated
    // includes, as 其中 would there. Its items as for 包括 right after the count: with 具体 two
    // counts of the count's unit or more, else three, each after a comma or a 、, in that sentence.)
    if (q == npos) q = includes_after_stop(k, gap);
    // (具体为 says what the count just before is made of, as 具体包括 does: 「受理依申请公开9件,具体为
    // 土地征收类6件,土地出让类1件,…」.)
    if (q == npos && (gap.starts_with(U"具体为") || gap.starts_with(U",具体为") || gap.starts_with(U"具体是") ||
                      gap.starts_with(U",具体是")))
      q = 0;
    // So does a phrase saying how the sentence's first count is divided: "收到申请31件,按申请方式分:…".
    if (q == npos && alone) q = grouping_at(gap);
    // So do kinds of information right after the sentence's first count, with no word between:
    // "主动公开信息506条,政策法规类13条,规范性文件22条,政府工作动态类471条" (two of the next
    // three counts, of its unit in its sentence, name a kind: …类, …类信息), when that count is
    // of information and no kind itself, nor the first item of a list ("…。其中机构职能类35条,…").
    auto names_kind = [](std::string_view l) { return l.ends_with("类") || l.ends_with("类信息"); };
    auto clause_start = [&](const Figure& g) {
      std::uint32_t b = g.span.begin;
      while (b > 0 && !is_clause_break(f[b - 1])) --b;
      return f.substr(b, g.span.begin - b);
    };
    // (A 、 inside the first kind's own words is no break: 「…10866条,公开新区委领导、机构职能等概况类
    // 信息167条,公开政务动态类信息3371条,…」.)
    auto break_before_kind = [&] {
      const auto p = gap.find_first_of(U",;:。、(", 1);
      if (p == npos) return false;
      if (gap.find_first_of(U",;:。(", 1) != npos) return true;
      const std::u32string lab = text::from_utf8(nx.label);
      return !(u32string_view(gap).ends_with(lab) && p >= gap.size() - lab.size());
    };
    // (Nor when the next count adds to this one and a 其中 after it opens the kinds: 「共公开信息35条，
    // 更新1条，其中，机构概况类1条，…」 is read from that 其中, with this count its whole.)
    auto adds_then_qizhong = [&] {
      if (!adds_to_previous(nx.label) || k + 2 >= nc) return false;
      const std::uint32_t from = end_of(nx), to = figs[counts[k + 2]].span.begin;
      return to > from && f.substr(from, to - from).find(U"其中") != npos;
    };
    if (q == npos && (alone || kinds_own[k]) && gap.starts_with(U",") && !break_before_kind() && !names_kind(w.label) && !adds_then_qizhong() &&
        (holds(w.label, "信息") || holds(w.label, "公开")) &&
        clause_start(w).find(U"其中") == npos) {
      int kinds = 0;
      for (std::size_t j = k + 1; j < nc && j <= k + 3; ++j) {
        const auto& g = figs[counts[j]];
        if (g.sentence != w.sentence || !same_unit(g.unit, w.unit)) break;
        // (A kind that states its own act of publishing, 「政务微博发布类信息1200条」「各乡镇公开
        // 工作动态类信息1300条」, may be another channel's or body's; one more than the count is.)
        if (g.value > w.value) { kinds = -3; break; }
        bool own_act = false;
        for (std::string_view v : {"公开", "发布", "推送", "报送"}) own_act = own_act || holds(g.label, v);
        // (Not a kind that only opens with the verb every item shares, naming no channel nor body:
        // 「主动公开信息11537条,公开…概况类信息368条,公开政务动态类信息2188条,…」.)
        if (own_act && names_kind(g.label) && (g.label.starts_with("公开") || g.label.starts_with("发布"))) {
          bool where = false;
          for (std::string_view c : {"微博", "微信", "网站", "公众号", "客户端", "头条", "媒体", "报纸", "电视", "广播", "平台", "栏", "屏",
                                     "各", "乡镇", "街道", "部门", "本级", "县直", "市直", "区直"})
            where = where || g.label.find(c) != std::string_view::npos;
          own_act = where;
        }
        // (Nor do kinds after a first count that is no kind and states its own act: 「累计公开2670条，
        // 本年主动公开445条，政策法规类99条…」, 「…322条，乡本级公开167条，行政执法类68条…」,
        // 「…750条，通过公开栏公开375条，政策法规类208条…」 — that count is a year's, a level's or a
        // channel's, and the kinds may be its own.)
        // (They are, when they come to no more than it, or run to 其他… and pass it by less than a
        // tenth, as a slip would.)
        if (j == k + 1 && own_act && !names_kind(g.label)) {
          Decimal after;
          bool other = false;
          for (std::size_t m = j + 1; m < nc && figs[counts[m]].sentence == w.sentence && same_unit(figs[counts[m]].unit, w.unit); ++m) {
            after = after + figs[counts[m]].total();
            other = figs[counts[m]].label.starts_with("其他") || figs[counts[m]].label.starts_with("其余");
          }
          kinds_own[j] = !(after > g.value) || (other && !(after * Decimal(10, 0) > g.value * Decimal(11, 0)));
          kinds = -3;
          break;
        }
        kinds += names_kind(g.label) && !own_act;
      }
      // (Or items closed by the rest, the last count of the sentence, none stating an act of its own:
      // 「主动公开政府信息共70条,工作动态66条,其他信息4条」.)
      if (kinds >= 0 && kinds < 2) {
        std::size_t last = k;
        bool acts = false;
        for (std::size_t j = k + 1; j < nc && figs[counts[j]].sentence == w.sentence && same_unit(figs[counts[j]].unit, w.unit); ++j) {
          // (A change from another year is no item either: 「共70条，较上年增加10条，其他信息4条为…」.)
          for (std::string_view v : {"公开", "发布", "推送", "报送", "增加", "减少", "增长", "下降", "同比", "较上", "比上"})
            acts = acts || holds(figs[counts[j]].label, v);
          last = j;
        }
        const bool closes = last >= k + 2 && (last + 1 >= nc || figs[counts[last + 1]].sentence != w.sentence) &&
                            (figs[counts[last]].label.starts_with("其他") || figs[counts[last]].label.starts_with("其余") ||
                             figs[counts[last]].label.starts_with("其它"));
        // (Coming within a tenth of the count, as the rest makes a division whole or a slip leaves it:
        // 「…共70条,回应关切5条,其他信息4条」 lists a few things, no division.)
        Decimal run;
        for (std::size_t j = k + 1; closes && j <= last; ++j) run = run + figs[counts[j]].total();
        if (closes && !acts && within_tenth(run, w.value)) kinds = 2;
        // (Or three kinds or more named by what they are, to the sentence's end with no count of
        // another measure after them, that come within a tenth of the count: 「主动公开政府信息共计136条，
        // 概况信息4条，公示公告24条，人事信息18条，财政信息40条，政策文件50条」.)
        // (A site's columns are named so too, …概况 and …管理: 「公布信息69条，工作动态61条，运输管理
        // 5条，建设管理3条，航务管理1条」; and once three such kinds are listed, a count of another
        // measure ends them, 「…，航务管理1条，依申请公开事项办结1件，…」 going on to something else.)
        auto names_item = [](std::string_view l) {
          if (l.empty() || l.size() > 30) return false;
          for (std::string_view e : {"信息", "公告", "公示", "文件", "动态", "规划", "计划", "通知", "概况", "管理"})
            if (l.ends_with(e)) return true;
          return false;
        };
        std::size_t end = k + 1;
        bool items = true;
        for (; end < nc && figs[counts[end]].sentence == w.sentence; ++end) {
          if (items && end >= k + 4 && !same_unit(figs[counts[end]].unit, w.unit)) break;
          items = items && same_unit(figs[counts[end]].unit, w.unit) && names_item(figs[counts[end]].label);
        }
        if (kinds < 2 && !acts && items && end >= k + 4 && !closes) {
          Decimal sum;
          for (std::size_t j = k + 1; j < end; ++j) sum = sum + figs[counts[j]].total();
          if (within_tenth(sum, w.value)) {
            kinds = 2;
            if (end < nc && figs[counts[end]].sentence == w.sentence) kinds_end[k] = end;
          }
        }
      }
      // (Kinds that come to far more than the count, a tenth or more, overlap — themes, 「行政执法类
      // 330条,财政资金类280条,重大项目类190条」 of 506 — rather than divide it: the text did not say
      // they do.)
      Decimal all;
      for (std::size_t j = k + 1; j < nc && j <= k + 64 && kinds >= 2; ++j) {
        const auto& g = figs[counts[j]];
        if (g.sentence != w.sentence || !same_unit(g.unit, w.unit)) break;
        all = all + g.total();
      }
      if (kinds >= 2 && !(all * Decimal(10, 0) > w.value * Decimal(11, 0))) q = 0;
    }
    // So do counts written before their names right after the sentence's first count of requests,
    // each in a clause of its own, 「共受理依申请公开政府信息27件,26件为自然人申请,1件为法人申请」: the
    // requests that count divides, by who made them (or how), or by how they were answered (「办结
    // 12件,7件为予以公开,5件为不予公开」) — two of them or more, all of one of those kinds; the list
    // ends with them.
    if (q == npos && alone && gap == U","sv && holds(w.label, "申请")) {
      std::size_t end = k + 1;
      int family = -1;
      for (; end < nc; ++end) {
        const auto& g = figs[counts[end]];
        if (g.sentence != w.sentence || g.line != w.line || !same_unit(g.unit, w.unit) || g.approx != Approx::Exact || g.share >= 0)
          break;
        if (g.span.begin == 0 || (f[g.span.begin - 1] != U',' && f[g.span.begin - 1] != U'、')) break;
        if (end > k + 1 && f.substr(end_of(figs[counts[end - 1]]), g.span.begin - end_of(figs[counts[end - 1]])).find_first_of(U";。:") != npos)
          break;
        const std::string_view l = g.label, after = g.after;
        const bool named_after = !l.empty() && (after == l || (after.size() == l.size() + std::string_view("为").size() &&
                                                               (after.starts_with("为") || after.starts_with("是")) && after.ends_with(l)));
        // (Who applied, as table 三 names them, 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构…,
        // is one division and how they applied another: 「10件为网上申请，12件为自然人申请」 divides
        // the requests twice.)
        // (The applicant words of names_applicant_or_channel and more, on purpose: here the words
        // are the count's name and nothing else, 「26件为个人申请」, so 公民 and 个人 cannot name a
        // topic, and the row words of table 三 that hold none of those, 科研(机构) and 法律服务(机构),
        // name no other kind of institution.)
        static constexpr std::string_view kMoreApplicants[] = {"公民", "个人", "商业", "科研", "公益", "法律服务"};
        static constexpr WordSet kMoreApplicantSet(kMoreApplicants);
        const bool who = kApplicantSet.in(l) || kMoreApplicantSet.in(l);
        const int kind = who ? 0 : kChannelSet.in(l) ? 2 : names_handling_result(l) ? 1 : -1;
        if (!named_after || kind < 0 || (family >= 0 && kind != family)) break;
        family = kind;
      }
      if (end >= k + 3) {
        q = 0;
        if (end < nc && figs[counts[end]].sentence == w.sentence) kinds_end[k] = end;
      }
    }
    // So does the whole of the sentence right after the count's, when it is nothing but a list of
    // three kinds of items or more in the count's unit (「…主动公开政府信息1296条。决策公开17条、执行
    // 公开36条、…、监督保障13条。」) that come within a tenth of the count, none naming where the items
    // went out, an act of its own, a change, a total or the rest: with no marker the kinds may leave
    // items out, and with no 其他 the list names no complete division, so only a sum above the
    // count tells. (Where items went out may count them again: 「…2942条。通过网站公开…52条,…微博发布
    // 541条,…」 is no division.)
    // (Or on the line after, the whole's sentence ending its line and no blank line between: a
    // paragraph set a sentence a line, 「…主动公开政府信息1296条。⏎决策公开17条、…。」.)
    // (The line break ends a sentence of its own: the next sentence is one more on.)
    const bool line_after = nx.line == w.line + 1 && gap.size() >= 3 && gap.find(U'\n') != npos &&
                            std::all_of(gap.begin() + 1, gap.begin() + static_cast<std::ptrdiff_t>(gap.find(U'\n')), [](char32_t c) { return is_space(c); });
    if (q == npos && alone && gap.size() >= 2 && gap.front() == U'。' &&
        (nx.sentence == w.sentence + 1 || (line_after && nx.sentence == w.sentence + 2)) && (nx.line == w.line || line_after) &&
        std::all_of(gap.begin() + 1, gap.end(), [](char32_t c) { return is_space(c) || is_cjk(c) || c == U'\n'; }) &&
        std::count(gap.begin(), gap.end(), U'\n') == (line_after ? 1 : 0)) {
      // The kinds of one sentence from count `from` on, on `line`: where they end (an index into
      // counts) when the sentence is nothing else and ends with the last of them, else `from`.
      auto kinds_of_sentence = [&](std::size_t from, int sentence, int line, Decimal& sum) {
        std::size_t end = from;
        bool plain = true;
        for (; plain && end < nc && figs[counts[end]].sentence == sentence; ++end) {
          const auto& g = figs[counts[end]];
          const std::string_view l = g.label;
          plain = g.line == line && same_unit(g.unit, w.unit) && g.approx == Approx::Exact && g.share < 0 && !l.empty() &&
                  l.size() <= 24 && !names_outlet(l) && !label_states_change(l) && !names_total(l) && !starts_statement(l) &&
                  !names_other(l) && !bare_other(l) && !compares(l);
          // (A kind may end with an act, 新闻发布 or 政策解读 as a column is named, but opens with none.)
          for (std::string_view v : {"发布", "公开", "公布", "推送", "报送", "通过", "在"}) plain = plain && !l.starts_with(v);
          for (std::string_view v : {"转载", "采用", "录用", "其中", "累计", "办理", "答复", "收到", "受理", "申请"}) plain = plain && !holds(l, v);
          // (Each after a 、 or a comma, and words of no other figure between: the items only.)
          if (plain && end > from) {
            const std::uint32_t a = end_of(figs[counts[end - 1]]), b = g.span.begin;
            const auto sep = f.substr(a, b > a ? b - a : 0);
            plain = !sep.empty() && (sep.front() == U'、' || sep.front() == U',') &&
                    std::all_of(sep.begin() + 1, sep.end(), [](char32_t c) { return is_cjk(c) || is_space(c); });
          }
          sum = sum + g.total();
        }
        // (And the sentence ends with the last of them: no more words said about them.)
        bool ends = plain && end > from && (end >= nc || figs[counts[end]].sentence != sentence);
        if (ends) {
          const std::uint32_t a = end_of(figs[counts[end - 1]]);
          std::uint32_t b = a;
          while (b < f.size() && b < a + 4 && f[b] != U'。' && f[b] != U'\n') ++b;
          const auto tail = trim(f.substr(a, b - a));
          ends = b < f.size() && f[b] == U'。' && tail.empty();
        }
        return ends ? end : from;
      };
      Decimal sum;
      std::size_t end = kinds_of_sentence(k + 1, nx.sentence, nx.line, sum);
      bool taken = end >= k + 4 && within_tenth(sum, w.value);
      // (Or, two kinds or more a sentence, in the sentences that go on with the paragraph, on its
      // line or a sentence a line, to the one where they come within a tenth of the count: 「…主动
      // 公开政府信息760条。⏎决策公开215条、执行公开308条。⏎管理公开96条、服务公开187条。」. Not past a
      // blank line, a heading or words other than a kind's, nor past a sentence that is not kinds
      // alone.)
      int last_line = 0;
      if (!taken && end >= k + 3 && sum < w.value) {
        Decimal total = sum;
        for (int lines = 0; end < nc && lines < 8 && !taken; ++lines) {
          const auto& g = figs[counts[end]];
          const auto& before = figs[counts[end - 1]];
          if (g.line != before.line + 1 && g.line != before.line) break;
          const std::uint32_t a = end_of(before);
          const auto between = f.substr(a, g.span.begin > a ? g.span.begin - a : 0);
          if (between.empty() || between.front() != U'。') break;
          // (The next sentence's words, after the line break when it is on the next line.)
          std::size_t words = 1;
          if (g.line != before.line) {
            const auto nl = between.find(U'\n');
            if (nl == npos || !std::all_of(between.begin() + 1, between.begin() + static_cast<std::ptrdiff_t>(nl), [](char32_t c) { return is_space(c); }))
              break;
            words = nl + 1;
          }
          if (!std::all_of(between.begin() + static_cast<std::ptrdiff_t>(words), between.end(), [](char32_t c) { return is_space(c) || is_cjk(c); }))
            break;
          Decimal more;
          const std::size_t e = kinds_of_sentence(end, g.sentence, g.line, more);
          if (e < end + 2) break;
          total = total + more;
          end = e;
          if (total > w.value && !within_tenth(total, w.value)) break;
          if (within_tenth(total, w.value)) {
            taken = true;
            last_line = g.line;
          }
        }
      }
      if (taken) {
        q = 1;
        next_sentence_items[k] = true;
        kinds_end[k] = last_line != 0 && end < nc ? end : 0;
        kinds_last_line[k] = last_line;
      }
    }
    // So does a sentence that opens with 其中 on a count restating one of the sentence before it
    // (its words and value): 「…通过县政府网站发布政府信息5469条,通过新闻媒体公开1600条。其中通过
    // 县政府网站发布政府信息5469条,政策栏目发布2620条,…,发布其他信息311条」 picks that count
    // out again to divide it; the counts after it are its items, when they come to no more than
    // it, or name the rest (其他…) and pass it by less than a tenth, as a slip would.
    if (q == npos && alone && gap.starts_with(U",") && restates_previous(k) && clause_start(w).starts_with(U"其中")) {
      Decimal after;
      bool other = false;
      for (std::size_t j = k + 1; j < nc && figs[counts[j]].sentence == w.sentence && same_unit(figs[counts[j]].unit, w.unit); ++j) {
        // (To the list's end: 「…发布其他信息928条,同时转载省市信息196条」 is no item, unless it
        // makes the count exactly: then what was reposted was counted in it.)
        if (j > k + 1 && meanwhile_after_rest(figs[counts[j - 1]], figs[counts[j]]) && !(after + figs[counts[j]].total() == w.value))
          break;
        after = after + figs[counts[j]].total();
        for (std::string_view o : {"其他", "其它", "其余"}) other = other || holds(figs[counts[j]].label, o);
      }
      if (!(after > w.value) || (other && !(after * Decimal(10, 0) > w.value * Decimal(11, 0)))) q = 0;
    }
    // So does a sentence right after the count's that opens with 在…中 and goes on to items closed
    // by the rest (其他…) that make the count, or pass it by less than a tenth: 「…主动公开政府信息
    // 148条;所有信息都及时上网公开。在网站上主动公开的政府信息中便民服务信息6条,互动交流信息
    // 2条,其他信息140条」.
    if (q == npos && std::count(gap.begin(), gap.end(), U'。') == 1) {
      auto st = gap.rfind(U'。');
      std::size_t z = st == npos ? npos : gap.find_first_not_of(U" \t\n", st + 1);
      if (z != npos && gap[z] == U'在') {
        auto zh_at = gap.find(U'中', z);
        auto brk = gap.find_first_of(U",;:", z);
        bool opens = zh_at != npos && (brk == npos || brk > zh_at) && zh_at + 1 < gap.size() &&
                     kZhongWords.find(gap[zh_at + 1]) == npos;
        Decimal items;
        bool other = false;
        std::size_t n_items = 0;
        for (std::size_t j = k + 1; opens && j < nc && figs[counts[j]].sentence == nx.sentence; ++j) {
          const auto& g = figs[counts[j]];
          if (!same_unit(g.unit, w.unit) || g.approx != Approx::Exact) { opens = false; break; }
          items = items + g.total();
          ++n_items;
          other = holds(g.label, "其他") || holds(g.label, "其它");
        }
        if (opens && n_items >= 2 &&
            (items == w.value || (other && within_tenth(items, w.value))))
          q = z;
        // (Or items closed by the rest that fall far short of the count the 在…中 words name, a
        // count of the sentence before whose words hold every character of theirs (of 公开的信息,
        // 公开信息): 「…主动公开信息共13749条，其中市政府办公室公开10170条。在公开的信息中：…类350条、
        // …、其他类信息1031条」 says it lists all of the 13749, and its items make 2062. The last count
        // before is that whole, or a subset of it the items do not make either. Three items or more,
        // none making any count of that sentence.)
        if (q == npos && opens && other && n_items >= 3) {
          u32string_view named = gap.substr(z + 1, zh_at - z - 1);
          std::u32string core;
          for (char32_t ch : named)
            if (ch != U'的' && !is_space(ch)) core.push_back(ch);
          int whole = -1;
          bool makes_one = false;
          for (std::size_t i = k + 1; i-- > 0 && k - i < kSentenceWalk && figs[counts[i]].sentence == w.sentence;) {
            const auto& c = figs[counts[i]];
            if (!same_unit(c.unit, w.unit) || c.approx != Approx::Exact) continue;
            makes_one = makes_one || c.value == items;
            const std::u32string lab = text::from_utf8(c.label);
            if (core.size() >= 2 && std::all_of(core.begin(), core.end(), [&](char32_t ch) { return lab.find(ch) != std::u32string::npos; }))
              whole = counts[i];
          }
          if (whole >= 0 && !makes_one && items < figs[whole].value && !within_tenth(items, figs[whole].value)) {
            q = z;
            zai_whole[k] = whole;
          }
        }
      }
    }
    if (zai_next && nx.line != w.line && (q == npos || gap[q] != U'在')) continue;
    // (Or the next sentence, when the count's own ends with words of no count: "共主动公开政府
    // 信息3260条,较上年增长12.5%。按信息类别分:…".)
    // (Also when 包括: was found past that full stop: its sentence is the one that opens here.)
    if (alone && (q == npos || gap.find(U'。') < q))
      if (auto st = gap.rfind(U'。'); st != npos)
        if (auto g = grouping_after_stop(gap, st); g != npos) q = g;
    if (q != npos) {
      // At most one sentence end between the whole and 其中, and only right before it; and the
      // 其中 clause goes on to the count ("其中省级最多;回复量分别为…" says no count of its own).
      auto stop = gap.find(U'。');
      bool ended = gap.find_first_of(U";。", q) != npos;
      // Nor when the clause is a rate and ends before a count larger than the whole: "共主动公开
      // 606条,其中全文电子化率达100%,目前总计主动公开2739条" (the count opens a clause of its own).
      if (auto pct = gap.find(U'%', q); !ended && pct != npos && nx.value > w.value) {
        auto rate = gap.find(U'率', q);
        ended = rate != npos && rate < pct && gap.find_first_of(U",:", pct) != npos;
      }
      // (Between the sentence's end and 其中 only a line break and spaces: "…150条。⏎　　其中…".)
      bool right_before = stop != npos && stop < q &&
                          std::all_of(gap.begin() + static_cast<std::ptrdiff_t>(stop) + 1, gap.begin() + static_cast<std::ptrdiff_t>(q),
                                      [](char32_t ch) { return ch == U'\n' || is_space(ch); }) &&
                          std::count(gap.begin() + static_cast<std::ptrdiff_t>(stop), gap.begin() + static_cast<std::ptrdiff_t>(q), U'\n') <= 1;
      // (Nor the count set aside by 除…外: 「除2件正在办理外,其余申请均已答复,其中予以公开100件」
      // divides the rest, not the 2.)
      bool set_aside = set_aside_by_chu(w.label) && gap.substr(0, q).find(U'外') != npos;
      if ((stop == npos || right_before) && !ended && !set_aside) marker[k] = Qizhong;
    }
  }
  // "答复1453件,包括上年结转30件。其中,公开966件…" and "收到1499件(含重复申请20件),其中…":
  // the figure right before 其中 sits in a clause that says what the previous count includes
  // or leaves out, so the 其中 breaks down that previous count.
  // (Set when the count a 其中 divides was found before a bracket that the line breaks in: the
  // list is read on the line it stands on, not the count's.)
  bool bracket_outer = false;
  auto included_in = [&](std::size_t k) -> int {
    if (k == 0) return -1;
    const auto& w = figs[counts[k]];
    // "收到51件,较上年52件减少1件。其中线上32件…" (the change no count of its own): the count
    // before 其中 is last year's for the one before it, which the 其中 divides (unless it opens
    // inside that count's bracket: "(上年52件,其中…)").
    if (k + 1 < counts.size() && last_years(doc, figs[counts[k - 1]], counts[k])) {
      const auto& prev = figs[counts[k - 1]];
      std::uint32_t a = end_of(prev), b = figs[counts[k + 1]].span.begin;
      auto between = b > a ? f.substr(a, b - a) : u32string_view();
      if (prev.line == w.line && same_unit(prev.unit, w.unit) && prev.approx == Approx::Exact &&
          std::count(between.begin(), between.end(), U'(') == std::count(between.begin(), between.end(), U')') &&
          sentence_ends(between) <= 1)
        return counts[k - 1];
    }
    // 「主动公开信息311条(其中:政府网站6条,微信公众号305条),其中工作动态86条,…」: a 其中 after a
    // bracket that closes behind this count divides the count the bracket opens right after, not
    // the bracket's last count (what divides that would stand inside the bracket). (The line may
    // break inside the bracket, a paragraph cut at a page's measure after 「（其中：」.)
    if (k + 1 < counts.size()) {
      auto blank_line = [&](std::size_t i) { return f[i] == U'\n' && ((i + 1 < f.size() && f[i + 1] == U'\n') || (i > 0 && f[i - 1] == U'\n')); };
      const std::uint32_t after = w.end(), next = figs[counts[k + 1]].span.begin;
      const auto tail = next > after ? f.substr(after, next - after) : u32string_view();
      const auto shut = tail.find(U')'), qz = tail.find(U"其中");
      if (shut != npos && qz != npos && qz > shut && tail.substr(0, shut).find_first_of(U"(。;") == npos &&
          std::none_of(tail.begin(), tail.begin() + static_cast<std::ptrdiff_t>(qz), [](char32_t c) { return c == U'。' || c == U';'; })) {
        std::size_t open = npos;
        int depth = 0;
        for (std::size_t i = w.span.begin; i-- > 0 && w.span.begin - i <= 200;) {
          const char32_t c = f[i];
          if (c == U'。' || c == U';' || blank_line(i)) break;
          if (c == U')') ++depth;
          else if (c == U'(' && depth-- == 0) {
            open = i;
            break;
          }
        }
        for (std::size_t j = k; open != npos && j-- > 0;) {
          const auto& c = figs[counts[j]];
          if (c.span.begin >= open) continue;
          const std::uint32_t ce = end_of(c);
          if (ce <= open && open - ce <= 1 && same_unit(c.unit, w.unit) && c.approx == Approx::Exact && !(w.value > c.value) &&
              (c.line == w.line || c.line + 1 == w.line)) {
            bracket_outer = c.line != w.line;
            return counts[j];
          }
          break;
        }
      }
    }
    // "120件,比上年的100件增加20件,其中…", "63件,较2019年(49件)增加14件。其中…": last year's
    // count is not what the 其中 divides.
    if (k >= 2 && last_years(doc, figs[counts[k - 2]], counts[k - 1])) --k;
    const auto& outer = figs[counts[k - 1]];
    if (outer.line != w.line || !same_unit(outer.unit, w.unit) || outer.approx != Approx::Exact) return -1;
    std::uint32_t a = end_of(outer);
    if (w.span.begin <= a || w.span.begin - a > 40) return -1;
    u32string_view gap = f.substr(a, w.span.begin - a);
    if (gap.find_first_of(U"。;") != npos) return -1;
    // "共计公开各类信息2936条(不同渠道和方式公开相同信息计1条),其中…": so does a bracket
    // around this count that follows the previous one.
    std::size_t close = !gap.empty() && gap[0] == U'(' ? matching_close(f, a) : npos;
    bool bracketed = close != npos && close >= w.end();
    // (So does a count after it that adds to it, 「共公开信息35条，更新1条，其中…19条…16条」, when an
    // item after 其中 is more than that count: they cannot be its parts.)
    bool adds = false;
    if (adds_to_previous(w.label) && gap.starts_with(U",") && gap.find(U',', 1) == npos && gap.find_first_of(U"、:()") == npos)
      for (std::size_t i = k + 1; i < nc && figs[counts[i]].sentence == w.sentence && !adds; ++i)
        adds = same_unit(figs[counts[i]].unit, w.unit) && figs[counts[i]].value > w.value;
    if (!bracketed && !adds && gap.find(U'含') == npos && gap.find(U"包括") == npos && !label_states_change(w.label)) return -1;
    return counts[k - 1];
  };
  // "日均3313个,…,其中7月14日单日达到3982个": 其中 picks days out of a period, not parts of a count.
  auto dated = [&](std::size_t k) {
    for (int i = counts[k] + 1; i < counts[k + 1]; ++i)
      if (figs[i].kind == FigureKind::Date) return true;
    return false;
  };
  // "…,其他类信息9条。其中网站发布120条。": a 其中 that opens a sentence after a count goes
  // back to a whole of the sentence before, or to none; the count is not its whole.
  auto opens_sentence = [&](std::size_t j) {
    std::uint32_t from = end_of(figs[counts[j]]), to = figs[counts[j + 1]].span.begin;
    auto gap = f.substr(from, to > from ? to - from : 0);
    auto qz = gap.find(U"其中"), stop = gap.find(U'。');
    return qz != npos && stop != npos && stop < qz;
  };
  std::vector<bool> used(figs.size(), false);
  // "其中文件类120条,其中规范性文件30条;动态类236条": where the 其中 of an item (j) of a list
  // ends, so that the list goes on after it: where its own items make that item exactly
  // (`exact`), else at the next semicolon; 0 when neither comes before the sentence ends.
  std::vector<std::uint32_t> inner_end(figs.size(), 0);
  struct OwnEnd {
    std::uint32_t end = 0;
    bool exact = false;
    bool joined = false;  // items joined by 、 that a comma ends
  };
  // The last search for where a sentence's clause stops: the items of one long sentence ask for
  // the same stop, found once rather than by reading on to it from each.
  std::size_t stop_from = npos, stop_at = npos;
  auto own_list_end = [&](std::size_t j) -> OwnEnd {
    const auto& a = figs[counts[j]];
    Decimal sum;
    for (std::size_t i = j + 1; i < nc && i <= j + 64; ++i) {
      const auto& g = figs[counts[i]];
      if (g.line != a.line || g.sentence != a.sentence || !same_unit(g.unit, a.unit) || g.approx != Approx::Exact) break;
      sum = sum + g.total();
      if (sum == a.value) return {end_of(g), true};
      if (sum > a.value || marker[i] != None) break;
    }
    // 「部门财务信息3条，其中部门预算1条、部门决算1条，其他信息18条」: two items or more joined by 、,
    // then a comma: the part's own list ends at the comma (its items are joined more closely than
    // the list it is a part of).
    std::size_t joined = 0;
    for (std::size_t i = j + 1; i < nc && i <= j + 64; ++i) {
      const auto& g = figs[counts[i]];
      if (g.line != a.line || g.sentence != a.sentence || !same_unit(g.unit, a.unit) || (i > j + 1 && marker[i] != None)) break;
      const std::uint32_t from = end_of(figs[counts[i - 1]]);
      if (i > j + 1 && (from >= g.span.begin || separator_strength(f.substr(from, g.span.begin - from)) != 1)) break;
      joined = i;
    }
    if (joined >= j + 2) {
      // (Looked for only up to the next count: a long line read once, not again for each part.)
      const std::uint32_t e = end_of(figs[counts[joined]]);
      const std::size_t to = joined + 1 < nc ? figs[counts[joined + 1]].span.begin : std::min<std::size_t>(f.size(), e + 64);
      const std::size_t next = e < to ? f.substr(0, to).find_first_of(U",;。\n、", e) : npos;
      if (next != npos && f[next] == U',') return {static_cast<std::uint32_t>(next), false, true};
      // (So does the sentence's end, when no count follows in it and the items come to no more
      // than the part: 「…媒体发布80条,微信公众号2443条,其中乡村振兴228条、…工会3条。」 — the
      // last part of the list, divided by kind.)
      Decimal items;
      for (std::size_t i = j + 1; i <= joined; ++i) items = items + figs[counts[i]].total();
      const bool last_in_sentence = joined + 1 >= nc || figs[counts[joined + 1]].sentence != a.sentence;
      if (last_in_sentence && !(items > a.value) && (next == npos || f[next] != U';'))
        return {e, false, true};
    }
    const std::size_t from = end_of(a);
    if (stop_from == npos || from < stop_from || (stop_at != npos && from > stop_at)) {
      stop_at = f.find_first_of(U";。\n", from);
      stop_from = from;
    }
    const std::size_t stop = stop_at;
    if (stop == npos || f[stop] != U';') return {};
    return {static_cast<std::uint32_t>(stop), false};
  };
  // Whether an item of the list (of the unit of item j, in its sentence) follows offset `end`.
  auto resumes = [&](std::size_t j, std::uint32_t end) {
    for (std::size_t i = j + 1; i < nc; ++i) {
      const auto& g = figs[counts[i]];
      if (g.line != figs[counts[j]].line || g.sentence != figs[counts[j]].sentence) return false;
      if (g.span.begin > end) return same_unit(g.unit, figs[counts[j]].unit);
    }
    return false;
  };
  // The lists read so far by the figure their last part is (linked, newest first), kept up as
  // lists are added: looked up, not searched for, by the test of a 其中 after a list's last part.
  std::vector<int> ends_at(figs.size(), -1), earlier_end;
  std::size_t ends_marked = 0;
  // "…其中市本级40件,区县60件,其中市本级办结38件,区县办结60件": a 其中 after count k whose
  // items name the counts before it again, in order and with more words (another stage: 办结 of
  // each one received), gives each of those its own figure; it is no division of the last of
  // them, and that one is still a part of the list before.
  auto respective = [&](std::size_t k) {
    if (marker[k] != Qizhong || k + 1 >= nc) return false;
    const int s = figs[counts[k + 1]].sentence;
    // (At most kSentenceWalk counts back: each 其中 of a run-on sentence would read back through
    // all of them.)
    constexpr std::size_t walk = kSentenceWalk;
    const std::size_t first = k + 1 > walk ? k + 1 - walk : 0;
    for (std::size_t j = k + 1; j-- > first && figs[counts[j]].sentence == s;) {
      std::size_t named = 0;
      for (std::size_t q = 0; j + q <= k && k + 1 + q < nc; ++q) {
        const auto& was = figs[counts[j + q]];
        const auto& now = figs[counts[k + 1 + q]];
        if (now.sentence != s || was.label.size() < 6 || now.label.size() <= was.label.size() || !now.label.starts_with(was.label))
          break;
        ++named;
      }
      if (named >= 2) return true;
    }
    return false;
  };
  for (std::size_t k = 0; k + 1 < nc; ++k) {
    if (marker[k] == None) continue;
    // A 其中 whose first item is itself a whole breaks that item down, not this figure; unless
    // the list goes on after that item's own items ("其中文件类120条(其中…),动态类236条").
    bool first_nested = false;
    if (marker[k] == Qizhong && marker[k + 1] != None) {
      std::size_t end = 0;
      const auto& a = figs[counts[k + 1]];
      if (marker[k + 1] == Paren || (a.end() < f.size() && f[a.end()] == U'(')) end = matching_close(f, f.find(U'(', a.end()));
      else if (marker[k + 1] == Qizhong) end = own_list_end(k + 1).end;
      if (end == 0 || end == npos || !resumes(k + 1, static_cast<std::uint32_t>(end))) continue;
      first_nested = true;
    }
    if (marker[k] == Qizhong && dated(k)) continue;
    // "…其中个人申请138件,法人申请18件,其中律师代理的23件": a 其中 after the last part of a list
    // whose first count is more than that part (ends_list) says something of the list's whole,
    // not of the part; it is no list of the part's.
    for (; ends_marked < doc.lists.size(); ++ends_marked) {
      earlier_end.push_back(-1);
      if (doc.lists[ends_marked].parts.empty()) continue;
      int& head = ends_at[static_cast<std::size_t>(doc.lists[ends_marked].parts.back())];
      earlier_end.back() = head;
      head = static_cast<int>(ends_marked);
    }
    if (marker[k] == Qizhong) {
      const auto& a = figs[counts[k]];
      const auto& b = figs[counts[k + 1]];
      bool of_whole = false;
      for (int li = ends_at[static_cast<std::size_t>(counts[k])]; li >= 0 && !of_whole; li = earlier_end[static_cast<std::size_t>(li)]) {
        const auto& l = doc.lists[static_cast<std::size_t>(li)];
        of_whole = l.qizhong && l.whole >= 0 && b.line == a.line && same_unit(b.unit, a.unit) && b.value > a.value &&
                   !(b.value > figs[l.whole].value);
      }
      if (of_whole) continue;
      if (respective(k)) continue;
    }
    bracket_outer = false;
    int outer = marker[k] == Qizhong ? included_in(k) : -1;
    if (marker[k] == Qizhong && zai_whole[k] >= 0) outer = zai_whole[k];
    // "全年公开信息77条,收到1份政府信息公开申请。其中机构信息1条,…": the count right before 其中
    // is of another unit than the parts; the whole is the count of theirs just before it (one
    // sentence back at most, on the same line).
    if (marker[k] == Qizhong && outer < 0 && k >= 1 && !same_unit(figs[counts[k]].unit, figs[counts[k + 1]].unit)) {
      const auto& pk = figs[counts[k - 1]];
      const auto& wk = figs[counts[k]];
      if (pk.line == wk.line && wk.sentence - pk.sentence <= 1 && same_unit(pk.unit, figs[counts[k + 1]].unit) &&
          pk.approx == Approx::Exact && marker[k - 1] == None)
        outer = counts[k - 1];
    }
    // 「共公开信息177条，完成下达任务数120条的147.5%，其中…」: a count then 的 and a percent is the
    // base of a ratio (the target), not what 其中 divides: the whole is the count of its unit before
    // it in the sentence.
    if (marker[k] == Qizhong && outer < 0 && k >= 1) {
      const auto& wk = figs[counts[k]];
      std::size_t e = wk.end();
      bool base = e + 2 < f.size() && f[e] == U'的' && f[e + 1] >= U'0' && f[e + 1] <= U'9';
      if (base) {
        e += 1;
        while (e < f.size() && e - wk.end() < 10 && ((f[e] >= U'0' && f[e] <= U'9') || f[e] == U'.')) ++e;
        base = e < f.size() && f[e] == U'%';
      }
      const auto& pk = figs[counts[k - 1]];
      if (base && pk.line == wk.line && pk.sentence == wk.sentence && same_unit(pk.unit, wk.unit) && pk.approx == Approx::Exact &&
          marker[k - 1] == None)
        outer = counts[k - 1];
    }
    // "比上年增加12件。其中…" with no count before the change: nothing here is the whole.
    if (outer < 0 && marker[k] == Qizhong && label_states_change(figs[counts[k]].label)) continue;
    const auto& w = figs[outer >= 0 ? outer : counts[k]];
    FigureList list;
    list.whole = outer >= 0 ? outer : counts[k];
    list.qizhong = true;
    list.at_most = next_sentence_items[k];
    std::uint32_t paren_close = 0;
    if (marker[k] == Paren) paren_close = static_cast<std::uint32_t>(matching_close(f, w.end()));
    // "无法提供22件(其中本机关不掌握17件),不予处理9件": a 其中 opened inside a bracket ends with it.
    if (marker[k] == Qizhong && outer < 0) {
      std::uint32_t from = end_of(w), to = figs[counts[k + 1]].span.begin;
      auto gap = f.substr(from, to > from ? to - from : 0);
      auto open = gap.find(U'('), qz = gap.find(U"其中");
      if (open != npos && qz != npos && open < qz) {
        auto close = matching_close(f, from + open);
        if (close != npos && close > from + qz) paren_close = static_cast<std::uint32_t>(close);
      }
    }
    int last_sentence = -1;
    std::uint32_t skip_until = 0;
    std::uint32_t subtotal_before = 0;  // where the last subtotal skipped ends
    std::vector<std::pair<int, std::vector<int>>> sublists;  // a part and the subset of it the words name
    int first_separator = -1;
    bool closed_by_sum = false;  // the list ended at a stated sum of all its parts
    Decimal so_far;  // the parts taken so far
    Marker first_marker = None;  // the first part's own marker
    // Count j names a kind (…类) and is the last count of its sentence.
    // 「发布政务信息1386条,其中:概况类信息22条、政务动态信息1335条,信息公开目录350条」: the three
    // kinds a government website's yearly statistics divide what it published into (概况类,
    // 政务动态, 信息公开目录) make one division whatever joins them; the third after a comma is
    // still an item when the parts taken are the other kinds, each once.
    auto website_kinds_go_on = [&](std::size_t j) {
      const int k = website_kind(figs[counts[j]].label);
      if (k < 0 || list.parts.empty() || !same_unit(figs[counts[j]].unit, w.unit)) return false;
      unsigned seen = 1u << k;
      for (int p : list.parts) {
        const int q = website_kind(figs[p].label);
        if (q < 0 || (seen >> q & 1u)) return false;
        seen |= 1u << q;
      }
      return true;
    };
    auto last_kind = [&](std::size_t j) {
      const auto& g = figs[counts[j]];
      std::string_view lab = g.label;
      if (lab.size() < 3 || lab.substr(lab.size() - 3) != "类") return false;
      // (Not a topic the whole's items touch: "…当面申请8件,涉及规划类8件".)
      for (std::string_view w : {"涉及", "关于", "有关", "属于", "其中", "主要"})
        if (holds(lab, w)) return false;
      return j + 1 >= nc || figs[counts[j + 1]].sentence != g.sentence || figs[counts[j + 1]].line != g.line;
    };
    // "其中工作动态140条、机构概况42条,政策文件14条、计划规划3条,财政信息21条、公示公告234条":
    // groups joined by 、 and the groups by commas. Past a comma that breaks a 、 list short of its
    // whole, the list goes on when the counts from count j to the end of the sentence are more of
    // the same (bare items in the whole's unit, joined by 、 somewhere among them and by commas) and
    // with the parts taken make the whole or come within a tenth of it, as a slip would leave them.
    // (Past a semicolon too, where the rest of the sentence may be a single item: 「其中，专栏发布信息
    // 13504条、概况类信息627条；政务动态类信息3683条。」 of 17814.)
    auto groups_go_on = [&](std::size_t j, const Decimal& taken, bool after_semicolon = false) {
      if (!(taken < w.value)) return false;
      const Figure& g0 = figs[counts[j]];
      Decimal sum = taken;
      bool dun = false;
      std::size_t q = j;
      for (; q < nc && figs[counts[q]].sentence == g0.sentence && figs[counts[q]].line == g0.line; ++q) {
        const Figure& g = figs[counts[q]];
        if (marker[q] != None || !same_unit(g.unit, w.unit) || g.approx != Approx::Exact || g.share >= 0 ||
            label_states_change(g.label) || starts_statement(g.label) || names_total(g.label) || names_other(g.label))
          return false;
        // (Nor items naming where they went out or a reading of them, which may count again what the
        // groups before count: 「…规划5条，通过微信发布30条、微博发布40条」.)
        for (std::string_view c : {"微信", "微博", "网站", "公众号", "客户端", "头条", "媒体", "报纸", "电视", "广播", "平台",
                                   "推送", "推文", "转载", "解读"})
          if (g.label.find(c) != std::string_view::npos) return false;
        if (q > j) {
          std::uint32_t from = figs[counts[q - 1]].end(), to = g.span.begin;
          auto gap = f.substr(from, to > from ? to - from : 0);
          for (char32_t c : gap)
            if (c != U',' && c != U'、' && !is_cjk(c)) return false;
          dun = dun || gap.find(U'、') != npos;
        }
        sum = sum + g.total();
      }
      return (after_semicolon ? q > j : q > j + 1 && dun) && within_tenth(sum, w.value);
    };
    // (The list is on the next line when 其中 opens it: qizhong_opens_next_line.)
    int list_line = w.line;
    if (marker[k] == Qizhong && outer < 0 && figs[counts[k + 1]].line == w.line + 1) list_line = w.line + 1;
    if (bracket_outer && outer >= 0 && figs[counts[k + 1]].line == figs[counts[k]].line) list_line = figs[counts[k]].line;
    // (A 在…中 sentence naming a count before the last one: on the last one's line, or the next.)
    if (marker[k] == Qizhong && zai_whole[k] >= 0 &&
        (figs[counts[k + 1]].line == figs[counts[k]].line || figs[counts[k + 1]].line == figs[counts[k]].line + 1))
      list_line = figs[counts[k + 1]].line;
    // (So is it when the count's clause 在…中 ends its line: zhong_ends_line.)
    if (marker[k] == Zhong && figs[counts[k + 1]].line > w.line) list_line = figs[counts[k + 1]].line;
    for (std::size_t j = k + 1; j < nc; ++j) {
      const auto& g = figs[counts[j]];
      const bool kinds_line = kinds_last_line[k] != 0 && g.line >= list_line && g.line <= kinds_last_line[k];
      if (g.line != list_line && !kinds_line) break;
      if (kinds_end[k] != 0 && j >= kinds_end[k]) break;
      // (This whole's own 其中 ended where the list it is an item of goes on.)
      if (inner_end[list.whole] && g.span.begin > inner_end[list.whole]) break;
      if (paren_close && g.span.begin > paren_close) break;
      // 「公开规范性文件20件(今年制发20件,补发之前文件126件)」: once a bracket's parts make its whole,
      // a count of an earlier time after them (之前, 以前, 往年, 历年) is a remark, not a part.
      if (marker[k] == Paren && so_far == w.value && !list.parts.empty())
        if (std::any_of(std::begin(kEarlierTime), std::end(kEarlierTime), [&](std::string_view t) { return holds(g.label, t); })) break;
      if (g.span.begin < skip_until) continue;  // inside a part's own breakdown
      if (label_states_change(g.label)) continue;       // "网上申请230件,同比增加15件,…": not a part
      // "行政争议11件,其中,行政复议7件,结果维持6件,尚未审结1件;行政诉讼4件,结果维持2件,…": how the
      // cases of the part just taken ended divides that part, not the whole; they are no more items.
      if (!list.parts.empty() && names_case_kind(figs[list.parts.back()].label) && names_case_outcome(g.label) &&
          !names_case_outcome(w.label))
        continue;
      if (!list.parts.empty() && (last_years(doc, figs[list.parts.back()], counts[j]) || g.last_years)) continue;
      // "网上申请47件，占全部申请（62件）的75.8%": the whole a share names is not an item.
      if (static_cast<std::size_t>(counts[j]) + 1 < figs.size() && figs[counts[j] + 1].share_whole == counts[j]) continue;
      // (Once the parts taken make the whole, or come within a tenth of it as a slip would: before
      // that, a share of another count may be the text's way of giving every part's share,
      // 「办结196件，其中予以公开98件，占受理总数的49.0%；部分公开40件，…」; and short of the whole,
      // the rest, 「其他8件，占受理总数的4.0%」, is still the list's last part.)
      if ((so_far == w.value || (within_tenth(so_far, w.value) && !names_other(g.label))) &&
          measured_against_other(doc, counts[j], list.whole))
        continue;
      // 「主动公开信息5767条，其中重点领域信息3683条，其他信息2084条，主动公开文件597份」: once the
      // parts taken make the whole (or pass it) and the last of them is the rest (其他…), the
      // division is complete; a count after it in another measure (here the documents) says
      // something else. (One in the whole's own measure is still an item the writer put after
      // the rest: 「…其他信息10条;政府信息公开年报10条」.)
      if (!list.parts.empty() && !(so_far < w.value) && w.approx == Approx::Exact && !same_unit(g.unit, w.unit) &&
          names_other(figs[list.parts.back()].label))
        break;
      // "维持6件,撤销2件;行政诉讼3件": items joined by commas, then a semicolon: the list ended
      // at the stronger break. (Items may all be joined by semicolons: "…45件,占13.8%;…230件".)
      int sep = 0;
      if (!list.parts.empty()) {
        const auto& prev = figs[list.parts.back()];
        std::uint32_t from = end_of(prev);
        sep = from < g.span.begin ? separator_strength(f.substr(from, g.span.begin - from)) : 0;
        // "…零答复的有9个,另有35个没有收到留言": another statement, not another part.
        if (from < g.span.begin) {
          auto between = f.substr(from, g.span.begin - from);
          if (between.find(U"另有") != npos || between.find(U"此外") != npos || between.find(U"另外") != npos) break;
          // "…3件属于网络平台申请,且2件申请信息不属于公开的政府信息": 且 (并且, 而且) joins
          // another statement about the same whole, not another part of this division.
          auto cl = between.find_last_of(U",;");
          auto tail = cl == npos ? between : between.substr(cl + 1);
          if (tail.starts_with(U"且") || tail.starts_with(U"并且") || tail.starts_with(U"而且")) break;
          // "…人事信息3条，财政信息29条，以上信息中有171条通过微信公众号同步发布": 以上/上述…中
          // picks out some of the items already listed, not one more of them.
          if ((tail.starts_with(U"以上") || tail.starts_with(U"上述")) && tail.find(U'中') != npos) break;
          // 「被提起行政诉讼9起，其中已审结的7起均胜诉，被申请行政复议的2起…」: a count of the other
          // kind of case (复议 where the whole counts 诉讼 cases, or the reverse) says something
          // else, not one more part of these cases. (复议后起诉 is still a kind of 诉讼.)
          if (case_kind(w.label) != 0 && case_kind(g.label) != 0 && case_kind(w.label) != case_kind(g.label)) break;
          // 「其中27件为自然人申请，2件为法人申请，除2件尚在办理中，其余28件…」: a count set aside by
          // 除 opens another division of the whole (it and the rest), not one more part of this one.
          if (tail.starts_with(U"除") || set_aside_by_chu(g.label)) break;
          // 「公共财政总收入31.2亿元,其中公共财政预算收入21亿元;农业总产值3.8亿元;社会消费品零售额
          // 193.5亿元」: past a part, a measure of the economy is the next statement of the year's
          // summary, not one more part of the whole — unless the whole is such a measure too (地区生产
          // 总值 and the 增加值 of each industry).
          if (names_economic_measure(g.label) && !names_economic_measure(w.label)) break;
          // (Unless it makes the whole exactly: 「…发布其他信息342条,同时转载上级信息155条」 of 2826
          // whose other items make 2671 counted the reposts in it.)
          if (meanwhile_after_rest(prev, g) && !(same_unit(g.unit, w.unit) && so_far + g.total() == w.value)) break;
          // 「其中，政务动态类信息1688条，概况类信息336条，其他信息579条，通过政务微信公开政府信息39条」:
          // past the rest of a division by kind, a count of what went out through a channel counts
          // the same items again by where they went; it is no more part of the kinds.
          if ((names_other(prev.label) || bare_other(prev.label)) && names_outlet(g.label) &&
              std::none_of(list.parts.begin(), list.parts.end(), [&](int p) { return names_outlet(figs[p].label); }))
            break;
          // "其中通过网站公开280条,在网站公开的信息中,政策法规类56条…": a clause naming one
          // whole with 在…中 opens a division of that one.
          if (opens_division(between)) break;
          // "其中网上申请30件;均已办结,按时办结38件": past a semicolon, a clause with no count of
          // its own before the item's says something else of the whole; the list ended there.
          if (auto sc = between.find(U';'); sc != npos && between.find(U',', sc) != npos) break;
        }
        // "发布会14次,其中负责同志出席9次;在线访谈6次,其中负责同志参加4次": after one part, an
        // item past a semicolon whose own 其中 names that part again (four characters or more)
        // repeats the whole's shape: it is another whole beside this one, not a part of it. So is
        // one that with that part would be more than the whole ("召开发布会12次,其中局主要负责同志
        // 出席8次;举办在线访谈7次,其中局领导参与4次": 8 + 7 > 12).
        if (sep == 3 && marker[j] == Qizhong && list.parts.size() == 1 && sublists.empty() && first_marker == None &&
            j + 1 < nc &&
            (text::common_run(text::from_utf8(prev.label), text::from_utf8(figs[counts[j + 1]].label)) >= 4 ||
             (prev.approx == Approx::Exact && g.approx == Approx::Exact && w.approx == Approx::Exact &&
              same_unit(prev.unit, w.unit) && same_unit(g.unit, w.unit) && prev.value + g.value > w.value)))
          break;
        // "其中，予以公开136件，…其他处理7件，以上合计322件": the sum of every part before it ends
        // the list; its parts are checked against that sum (below, with closing totals), not
        // against the count before 其中, which may hold more ("需办理344件", 22 of them pending).
        if (sums_all_before(g.label) && list.parts.size() >= 2) {
          closed_by_sum = true;
          break;
        }
        // "其中政策法规类60条,工作动态类200条,以上两类合计260条;其他类40条": a subtotal of the
        // parts before it, not one more part (and the list goes on after it, across any break).
        if (subtotal(clause_of(doc, g))) {
          subtotal_before = g.end();
          continue;
        }
        if (first_separator < 0) first_separator = sep;
        // "其中目录信息20条、动态类信息60条,其他信息10条": a comma before the closing 其他 of
        // a list joined by 、 does not end it.
        // (Nor before a last item that names a kind: "其中,机构职能9条、政策法规15条,业务类106条。")
        else if (sep > first_separator && !(first_separator == 1 && sep == 2 && names_other(g.label)) &&
                 !(first_separator == 1 && sep == 2 && last_kind(j)) && subtotal_before <= from &&
                 !(first_separator == 1 && sep == 2 && carried_on_after_results(doc, w, list.parts, g)) &&
                 !(first_separator == 1 && sep == 2 && groups_go_on(j, so_far)) &&
                 !(first_separator == 1 && sep == 2 && website_kinds_go_on(j)) &&
                 !(first_separator == 1 && sep == 3 && list.parts.size() >= 2 && groups_go_on(j, so_far, true))) {
          // "其中政策法规类6条、人员变动类5条,公告通知类40条,其他类20条": items of the same kind
          // (their labels end in the same word) go on after a comma; the list is joined by commas
          // from there.
          if (!(first_separator == 1 && sep == 2 && same_kind(figs[list.parts.back()].label, g.label))) {
            // (A subset of a part, 「其中网上申请50件、当面申请16件,网上申请中有8件为上年提交」, is
            // still inside that part where the list ends.)
            if (int of = subset_of(doc, list.parts, g); of >= 0) {
              sublists.push_back({of, {counts[j]}});
              used[counts[j]] = true;
            }
            break;
          }
          first_separator = sep;
        }
      }
      // "不予公开12件(其中国家秘密2件,…),信息不存在41件": the part stays in this list, and the
      // figures in its parentheses break it down, not this whole.
      // So do the figures of a bracket right after a part: "145条(含规范性文件2条)".
      bool nested = false;
      if (marker[k] != Paren) {
        // (Also after a comma: "不予公开3件,(其中涉及国家秘密1件;个人隐私2件);…".)
        std::size_t at = g.end() + (g.end() + 1 < f.size() && f[g.end()] == U',' && f[g.end() + 1] == U'(' ? 1 : 0);
        std::size_t open = at < f.size() && f[at] == U'(' ? at : npos;
        if (open == npos && marker[j] == Paren) open = f.find(U'(', g.end());
        std::size_t close = matching_close(f, open);
        // (A bracket the text ends inside, the page copied only so far: 「无法提供2件(本机关不掌握
        // 相关政府信息1件,没有现成信」 — what is in it still breaks that part down, to the end.)
        // (Line breaks of a copy cut at the page's measure may stand inside it.)
        if (close == npos && open != npos && f.size() - open <= 300 && f.substr(open).find(U')') == npos) {
          std::size_t end = f.size();
          while (end > open + 1 && (is_space(f[end - 1]) || f[end - 1] == U'\n')) --end;
          close = end - 1;
        }
        if (close != npos) {
          nested = true;
          skip_until = static_cast<std::uint32_t>(close);
        }
      }
      // "…;投诉3953件,其中商品类2073件,服务类1880件;举报621件": in a list whose items end at
      // semicolons, a part's own 其中 runs to the next semicolon and breaks that part down.
      // So does a part's 其中 whose items make that part exactly, or one right after the first
      // part, to the next semicolon, when the list goes on after it.
      // (So does a part's 中 right after it: 「…,剩余2件中1件…,1件…」.)
      if ((marker[j] == Qizhong || (marker[j] == Zhong && list.parts.size() >= 1)) && !nested) {
        auto [end, exact, joined] = own_list_end(j);
        // (In a list whose items end at semicolons, a part's items that make it before the next
        // semicolon with another count of theirs still before it do not end there: 「…；不予公开2件，
        // 其中2件涉及商业秘密，1件属于内部事务信息；…」 has one item too many, not one item.)
        if (exact && (sep == 3 || first_separator == 3)) {
          const std::size_t stop = f.find_first_of(U";。\n", end);
          if (stop != npos && f[stop] == U';' && j + 1 < nc)
            for (std::size_t i = j + 1; i < nc && figs[counts[i]].span.begin < stop; ++i)
              if (figs[counts[i]].span.begin >= end && same_unit(figs[counts[i]].unit, g.unit) && marker[i] == None) {
                exact = false;
                break;
              }
        }
        if (!exact && joined && sep == 2) {
          // (A part after a comma: the list goes on after its own items' comma.)
        } else if (!exact && sep == 3) {
          // (Items ending at semicolons: the part's 其中 runs to the next one, or the line's end.)
          std::size_t stop = f.find_first_of(U";。\n", end_of(g));
          end = stop == npos ? 0 : static_cast<std::uint32_t>(stop);
        } else if (!exact && !(list.parts.empty() && first_nested)) {
          end = 0;
        }
        if (end == 0 && marker[j] == Zhong && names_other(g.label)) {
          // (The rest's 中 opens its own items however many they make, 「剩余3件中1件…,1件…」:
          // they run to the clause run's end.)
          std::size_t stop = f.find_first_of(U";。\n", end_of(g));
          end = stop == npos ? 0 : static_cast<std::uint32_t>(stop);
        }
        if (end != 0) {
          nested = true;
          skip_until = end;
          inner_end[counts[j]] = end;
        }
      }
      // "…法规公文10条、法制新闻12条,其中主站采用15条": a 其中 after the last part whose first
      // count is larger than that part cannot divide it; the part ends the list, and the 其中
      // says something of the whole.
      bool ends_list = marker[j] == Qizhong && !nested && j + 1 < nc && figs[counts[j + 1]].line == g.line &&
                       same_unit(figs[counts[j + 1]].unit, g.unit) && figs[counts[j + 1]].value > g.value;
      ends_list = ends_list || (!nested && respective(j));
      if (marker[j] != None && !ends_list && !(nested && (marker[j] == Paren || marker[j] == Qizhong || marker[j] == Zhong)) &&
          !(marker[j] == Qizhong && j + 1 < nc && marker[j + 1] != None) && !(marker[j] == Qizhong && opens_sentence(j)))
        break;
      if (last_sentence >= 0 && g.sentence != last_sentence && !kinds_line) {
        // Shares may carry a list on past a full stop, unless its parts already make the whole:
        // "…其中网上60件,占60%;当面40件,占40%。全年办结90件,占90%…" starts another list.
        bool share_run = list.shares && g.share >= 0;
        if (!share_run || so_far >= w.value) break;
        // (Nor past one that opens on what it divides: "…其中网站公开3240条,占90%。网站公开的信息
        // 中,政策文件324条,占10%" breaks the part down.)
        if (!list.parts.empty()) {
          std::uint32_t from = end_of(figs[list.parts.back()]), to = g.span.begin;
          auto gap = f.substr(from, to > from ? to - from : 0);
          auto stop = gap.rfind(U'。');
          if (stop != npos && gap.substr(stop).find(U"中,") != npos) break;
        }
      }
      if (!same_unit(g.unit, w.unit) && !documents_among_items(g, w)) {
        // "…,34个重点领域公开信息806条,其他信息4135条": a count of another unit that the next
        // item's words run on from, with no break between, is part of that item's name (how
        // many fields its items cover), not an item of another kind.
        if (j + 1 < nc) {
          const Figure& next = figs[counts[j + 1]];
          std::uint32_t from = g.end(), to = next.span.begin;
          if (next.line == g.line && next.sentence == g.sentence && same_unit(next.unit, w.unit) && to > from &&
              f.substr(from, to - from).find_first_of(U",;:。、()\n") == npos)
            continue;
        }
        // 「通知公告38份，其中包括新制定的规范性文件6件；发布航行通告141条、航行警告134条；…行政处罚
        // 379件」: past a semicolon after the parts, a count in a measure the whole's items are not
        // counted in, whose clause opens with an act of its own (发布…), says something else done;
        // the division ended at the semicolon, and counts of the whole's measure further on (379件)
        // belong to those other clauses. (A kind named bare, 「…；当面咨询3人次；…」, may still be
        // an item the writer counted otherwise: the list goes on past it.)
        if (!list.parts.empty() && sep == 3 && opens_with_act(g.label)) break;
        if (!list.mixed_units) list.before_mixed = list.parts.size();
        list.mixed_units = true;
        list.other_units.push_back(counts[j]);
        continue;
      }
      // ("其中网上申请约20件,其他10件": without the item given roughly the rest, 其他 and all,
      // do not make the whole.)
      if (g.approx != Approx::Exact && g.approx != Approx::AtLeast) {
        list.left_out = true;
        continue;
      }
      // 「发布通知公告103条，其中人事任免54件，安全提示40件；发布航行通告170条」: so does a count in
      // the whole's own measure past a semicolon after the items (of whatever measure) whose clause
      // opens with an act of its own and that alone is more than the whole: no part of it, something
      // else done.
      if (g.approx == Approx::Exact && w.approx == Approx::Exact && g.value > w.value && opens_with_act(g.label)) {
        const int last = list.other_units.empty() ? (list.parts.empty() ? -1 : list.parts.back())
                         : list.parts.empty()     ? list.other_units.back()
                                                  : std::max(list.parts.back(), list.other_units.back());
        const std::uint32_t from = last < 0 ? g.span.begin : end_of(figs[last]);
        if (from < g.span.begin && separator_strength(f.substr(from, g.span.begin - from)) == 3) break;
      }
      // "同意公开15件,含部分公开3件,不予公开5件", "网上申请12件,网上申请中通过电子邮件提交的5件":
      // an item the words make a subset of a part before it is inside that part, not beside it.
      if (int of = subset_of(doc, list.parts, g); of >= 0) {
        sublists.push_back({of, {counts[j]}});
        used[counts[j]] = true;
        continue;
      }
      // (So are the items that follow such a subset in its clause run, up to a semicolon, while
      // they fit in the part: "网上申请60件,网上申请中通过网站提交45件,通过邮箱提交15件;当面…".)
      if (!sublists.empty() && !sublists.back().second.empty() && sublists.back().second.back() == counts[j - 1]) {
        auto& [of, ps] = sublists.back();
        Decimal in_sub = g.total();
        for (int q : ps) in_sub = in_sub + figs[q].total();
        std::uint32_t from = end_of(figs[counts[j - 1]]), to = g.span.begin;
        auto gap = f.substr(from, to > from ? to - from : 0);
        // (Worded alike, 通过…提交 after 通过…提交: not the next part of the list, 「…网上申请中
        // 通过电子邮件提交的6件,信函申请4件」, nor after a subset 含 or 包括 names.)
        std::string_view first = figs[ps.front()].label, gl = g.label;
        auto zh = Regex::find_word(first, "中");
        if (zh != std::string_view::npos) first.remove_prefix(zh + std::string_view("中").size());
        const std::size_t two = std::string_view("通过").size();
        bool alike = zh != std::string_view::npos && first.size() >= two && gl.size() >= two &&
                     (first.substr(0, two) == gl.substr(0, two) || first.substr(first.size() - two) == gl.substr(gl.size() - two));
        if (alike && gap.find_first_of(U";。)\n") == npos && !(in_sub > figs[of].value) && same_unit(g.unit, figs[of].unit)) {
          ps.push_back(counts[j]);
          used[counts[j]] = true;
          continue;
        }
      }
      // (A state opening the list, "其中已办结36件,正在办理4件", divides the whole by state.)
      // ("累计处理92件,其中本年度新接收91件,2020年结转办理1件": after the new applications, the
      // carried-over ones are the other part of the year's.)
      bool carried_part = list.parts.size() == 1 && fresh_applications(figs[list.parts.front()].label) &&
                          holds(g.label, "结转") && !holds(g.label, "下");
      // ("已办结308件,其中按时办结308件,结转2017年10件": the year between leaves 结转 before it.)
      if (report_year < 0) report_year = usual_year(doc);
      // ("办理申请100件,其中予以公开50件,不予公开10件,无法提供等其他情况35件,结转下年度5件": the
      // ones carried to next year, making the whole exactly with the parts before them, are the
      // last part of what was handled, not another total.)
      // (Nor, likewise, the ones carried over from last year after the applicants who filed this
      // year's: 「受理申请50件，其中自然人40件，法人或其他组织8件，上年结转2件」 — every applicant is a
      // 自然人 or a 法人或其他组织, so the carried-over count is not another applicant but the rest
      // of what was received.)
      // (「共受理25件，其中新收到23件，结转上年度办理2件，办结22件，结转下年度3件」: once the new and the
      // carried-over requests, the two parts of the year's, are given, what came of them — closed,
      // answered, carried on — is where they went, no third part: it ends the list.)
      if (list.parts.size() == 2 && fresh_applications(figs[list.parts[0]].label) &&
          says_carried(figs[list.parts[1]].label) && figs[list.parts[1]].label.find("下") == std::string_view::npos &&
          (reached_stage(g.label) || progress_state(g) || says_carried(g.label)))
        break;
      if (!list.parts.empty() && says_carried(g.label) && !says_carried(w.label) && same_unit(g.unit, w.unit) &&
          (so_far + g.total() == w.value || carried_on_after_results(doc, w, list.parts, g))) {
        list.parts.push_back(counts[j]);
        so_far = so_far + g.total();
        break;
      }
      if ((starts_new_total(label_through_year(figs, counts[j]), w.label) && !carried_part) ||
          (!list.parts.empty() && handled_later_year(figs, counts[j], report_year)) || (!list.parts.empty() && progress_state(g))) break;
      // (「收到35件，其中自然人34件，企业1件，办结32件，…」: after parts naming who applied or how, a
      // stage the requests reached, 办结/答复, is how far all of them got, not one more applicant or
      // channel: it ends the list, which a stage among its parts would leave unchecked.)
      if (!list.parts.empty() && reached_stage(g.label) &&
          std::all_of(list.parts.begin(), list.parts.end(), [&](int p) { return names_who_or_how(figs[p].label); }))
        break;
      // "…区长公开电话2232件;收到群众表扬信29件": once the parts make the whole, an item that
      // opens with a verb of its own is another statement.
      if (starts_statement(g.label) && so_far == w.value) break;
      // "…工作动态类35条;发布依申请公开信息共12条": nor is a count stated as a total of its own.
      if (so_far == w.value && names_total(g.label)) break;
      if (list.parts.empty()) first_marker = marker[j];
      list.parts.push_back(counts[j]);
      so_far = so_far + g.total();
      if (ends_list) break;
      // "同意公开15件(含部分公开3件)": a bracket saying what the part includes (a 其中 bracket
      // is a list of its own) holds a subset of it.
      if (nested && marker[j] == None && skip_until > g.end()) {
        auto inside = f.substr(g.end(), skip_until - g.end());
        auto open = inside.find(U'(');
        if (open != npos && open + 1 < inside.size() && (begins_with(inside.substr(open + 1), U"含") ||
                                                         begins_with(inside.substr(open + 1), U"包括"))) {
          std::pair<int, std::vector<int>> sub{counts[j], {}};
          for (std::size_t q = j + 1; q < nc && figs[counts[q]].span.begin < skip_until; ++q)
            if (same_unit(figs[counts[q]].unit, g.unit) && figs[counts[q]].approx == Approx::Exact)
              sub.second.push_back(counts[q]);
          if (!sub.second.empty()) sublists.push_back(std::move(sub));
        }
      }
      if (list.parts.size() >= 64) break;  // no real breakdown is longer; keeps this linear
      list.shares = list.shares || g.share >= 0;
      last_sentence = g.sentence;
      used[counts[j]] = true;
    }
    if (list.parts.empty()) continue;
    // "其中网上申请20件,当面申请10件,自然人申请25件,法人申请5件" of 30: two or more parts that
    // make the whole exactly, then two or more others that make it again, divide it two ways in
    // one list; each is checked as a division of its own. (Parts that only go past the whole
    // after the first ones make it are not enough: that is also how a part written too large reads.)
    if (so_far == w.value * Decimal(2, 0) && list.parts.size() >= 4) {
      Decimal run;
      for (std::size_t m = 0; m + 2 < list.parts.size(); ++m) {
        run = run + figs[list.parts[m]].total();
        if (run > w.value) break;
        if (m >= 1 && run == w.value) {
          FigureList second = list;
          second.parts.assign(list.parts.begin() + static_cast<std::ptrdiff_t>(m) + 1, list.parts.end());
          list.parts.resize(m + 1);
          second.shares = has_shares(figs, second);
          list.shares = has_shares(figs, list);
          second.intro = doc.folded_slice({figs[list.whole].end(), figs[second.parts.front()].span.begin});
          so_far = run;
          doc.lists.push_back(std::move(second));
          break;
        }
      }
    }
    // 「其中网上申请20件，涉及房屋征收12件，涉及社保8件，同意公开20件」: three divisions of the
    // same requests, by channel, by what they concern (涉及…), by result; each run of one sort but
    // the last makes the whole exactly. Each division is checked on its own.
    if (list.parts.size() >= 3 && !(so_far == w.value)) {
      auto sort_of = [&](int p) {
        const std::string_view lab = past_zhong_intro(figs[p].label);
        if (lab.starts_with("涉及")) return 1;
        if (names_application_channel(lab)) return 0;
        return names_reply_result(lab) ? 2 : -1;
      };
      std::vector<std::size_t> starts{0};
      std::vector<int> sorts{sort_of(list.parts[0])};
      for (std::size_t k = 1; k < list.parts.size(); ++k)
        if (int s = sort_of(list.parts[k]); s != sorts.back()) {
          starts.push_back(k);
          sorts.push_back(s);
        }
      bool divisions = starts.size() >= 2 && std::find(sorts.begin(), sorts.end(), 1) != sorts.end() &&
                       std::find(sorts.begin(), sorts.end(), -1) == sorts.end();
      for (std::size_t r = 0; divisions && r + 1 < starts.size(); ++r) {
        Decimal run;
        for (std::size_t k = starts[r]; k < starts[r + 1]; ++k) run = run + figs[list.parts[k]].total();
        divisions = run == w.value && std::count(sorts.begin(), sorts.end(), sorts[r]) == 1;
      }
      if (divisions) {
        const std::vector<int> parts = list.parts;
        for (std::size_t r = starts.size(); r-- > 1;) {
          FigureList next = list;
          next.parts.assign(parts.begin() + static_cast<std::ptrdiff_t>(starts[r]),
                            r + 1 < starts.size() ? parts.begin() + static_cast<std::ptrdiff_t>(starts[r + 1]) : parts.end());
          next.shares = has_shares(figs, next);
          next.intro = doc.folded_slice({figs[list.whole].end(), figs[next.parts.front()].span.begin});
          doc.lists.push_back(std::move(next));
        }
        list.parts.resize(starts[1]);
        list.shares = has_shares(figs, list);
        so_far = w.value;
      }
    }
    // 「在已经答复的12件申请中，网上申请12件，同意公开12件」: the channels the requests came in by
    // (one or more) make the whole exactly, then parts naming none (how they were answered) divide
    // it again, or the other way round. Two divisions, each checked on its own, whatever the
    // second's sum (a slip there is then found in it).
    if (list.parts.size() >= 2 && !(so_far == w.value)) {
      const bool first_kind = names_application_channel(figs[list.parts.front()].label);
      std::size_t m = 0;
      Decimal run;
      while (m < list.parts.size() && names_application_channel(figs[list.parts[m]].label) == first_kind)
        run = run + figs[list.parts[m++]].total();
      // (The other run the results of answering them, every part: not more channels the words
      // above do not know, 「当面申请0件，信函申请2件，互联网申请0件」.)
      auto other = [&](int p) { return first_kind ? names_reply_result(figs[p].label) : names_application_channel(figs[p].label); };
      const bool first_other = std::all_of(list.parts.begin(), list.parts.begin() + static_cast<std::ptrdiff_t>(m), [&](int p) {
        return first_kind || names_reply_result(figs[p].label);
      });
      const bool rest_other = first_other && std::all_of(list.parts.begin() + static_cast<std::ptrdiff_t>(m), list.parts.end(), other);
      if (m < list.parts.size() && rest_other && run == w.value) {
        FigureList second = list;
        second.parts.assign(list.parts.begin() + static_cast<std::ptrdiff_t>(m), list.parts.end());
        list.parts.resize(m);
        second.shares = has_shares(figs, second);
        list.shares = has_shares(figs, list);
        second.intro = doc.folded_slice({figs[list.whole].end(), figs[second.parts.front()].span.begin});
        so_far = run;
        doc.lists.push_back(std::move(second));
      }
    }
    // 「办理申请7件，其中自然人6件，法人及其他组织1件，予以公开或部分公开1件，本机关不掌握4件」:
    // the applicants (自然人 and 法人或其他组织, every applicant one or the other) open the list
    // and divide the whole by who applied; the results after them divide it again by outcome,
    // whatever their sum (the list may stop before its last result). Two divisions, each checked
    // on its own: no applicant is also a result.
    if (list.parts.size() >= 3 && !closed_by_sum) {
      auto person = [&](int p) { return figs[p].label.starts_with("自然人"); };
      auto legal = [&](int p) { return figs[p].label.starts_with("法人") || holds(figs[p].label, "其他组织"); };
      std::size_t run = 0;
      while (run < list.parts.size() && (person(list.parts[run]) || legal(list.parts[run]))) ++run;
      const auto first = list.parts.begin(), split = first + static_cast<std::ptrdiff_t>(run);
      // (Not a list that makes the whole as it stands: 「收到51件，其中自然人25件，法人或其他组织25件，
      // 重复申请1件」.)
      if (run >= 2 && run < list.parts.size() && std::any_of(first, split, person) && std::any_of(first, split, legal) &&
          !(so_far == w.value)) {
        FigureList results = list;
        results.parts.assign(split, list.parts.end());
        list.parts.resize(run);
        so_far = Decimal();
        for (int p : list.parts) so_far = so_far + figs[p].total();
        list.shares = has_shares(figs, list);
        // (「新收申请4件，上年结转5件，其中自然人申请2件，法人或其他组织申请2件，办结5件，结转下年度4件」:
        // what follows the applicants is the flow of the year's requests, closed and carried on,
        // not outcomes dividing the whole; those are the results of handling, 予以公开…)
        const bool flow_after = std::any_of(results.parts.begin(), results.parts.end(), [&](int p) {
          std::string_view l = figs[p].label;
          for (std::string_view lead : {"已", "共", "全部"})
            if (l.starts_with(lead)) l.remove_prefix(lead.size());
          return l.starts_with("办结") || l.starts_with("答复") || l.starts_with("结转");
        });
        if (results.parts.size() >= 2 && !flow_after) {
          // (「…其中自然人88件，法人或其他组织12件，通过网络提交70件，现场提交30件，予以公开40件，…」:
          // the channels make the whole exactly before the results begin, a third division. Split
          // only where a run makes it exactly and the rest does not as it stands.)
          Decimal all, run_sum;
          for (int p : results.parts) all = all + figs[p].total();
          std::size_t cut = 0;
          for (std::size_t q = 0; q + 2 < results.parts.size() && !(all == w.value); ++q) {
            run_sum = run_sum + figs[results.parts[q]].total();
            if (q >= 1 && run_sum == w.value) {
              cut = q + 1;
              break;
            }
          }
          FigureList rest = results;
          rest.parts.erase(rest.parts.begin(), cut ? rest.parts.begin() + static_cast<std::ptrdiff_t>(cut) : rest.parts.end());
          results.parts.resize(cut ? cut : results.parts.size());
          for (FigureList* l : {&results, &rest}) {
            if (l->parts.empty()) continue;
            l->shares = has_shares(figs, *l);
            l->intro = doc.folded_slice({figs[list.whole].end(), figs[l->parts.front()].span.begin});
            doc.lists.push_back(std::move(*l));
          }
        } else {
          for (int p : results.parts) used[p] = false;
        }
      }
    }
    if (closed_by_sum) {
      for (int p : list.parts) used[p] = false;
      for (auto& [of, ps] : sublists)
        for (int p : ps) used[p] = false;
      continue;
    }
    if (first_nested && list.parts.size() < 2) {
      for (int p : list.parts) used[p] = false;
      continue;
    }
    // "复议申请40件,其中受理40件,办结36件,维持25件,纠错2件,其他情况9件": stages of handling
    // among outcomes; the outcomes divide a stage, not the whole. Not a division to check.
    // "承办人大代表建议18件、政协委员提案25件,其中主办12件,协办31件": after two counts joined by
    // 、/和/及, the 其中 may divide their sum; only parts that make the last one exactly say not.
    bool joined = false;
    if (marker[k] == Qizhong && outer < 0 && k > 0) {
      const auto& prev = figs[counts[k - 1]];
      std::uint32_t e = end_of(prev);
      joined = prev.sentence == w.sentence && e < f.size() && (f[e] == U'、' || f[e] == U'和' || f[e] == U'及') &&
               !(so_far == w.value);
    }
    if (joined || mixes_stages(doc, list.parts)) {
      for (int p : list.parts) used[p] = false;
      for (auto& [of, ps] : sublists)
        for (int p : ps) used[p] = false;
      continue;
    }
    // (Documents in 件 taken as items of a list of 条 (documents_among_items) stay a count of
    // another measure when another item names a kind that holds documents, 「政策法规类信息60条,
    // 规范性文件12件」: they may be inside it. Not articles in 篇 nor items in 条 under a whole in
    // 件: 「政策法规类41篇、提案办理19篇」 are kinds side by side. Nor is another count of documents
    // such a kind: 「规范性文件12件,部门文件120件,工作动态800条」 are three items.)
    for (std::size_t q = 0; q < list.parts.size(); ++q) {
      int d = list.parts[q];
      if (same_unit(figs[d].unit, w.unit) || (figs[d].unit != "件" && figs[d].unit != "份")) continue;
      // (Only documents: 「工作动态70件」 is in no such kind. Nor are readings of policies or answers
      // to questions on them such a kind: 「政策法规、政策解读20条」「政策咨询问答库1条」 hold no 公文.)
      if (!holds(figs[d].label, "文件") && !holds(figs[d].label, "公文")) continue;
      bool holder = false;
      for (int r : list.parts)
        for (std::string_view kw : {"政策", "法规", "文件"})
          holder = holder || (r != d && same_unit(figs[r].unit, w.unit) && figs[r].label.find(kw) != std::string_view::npos &&
                              !holds(figs[r].label, "解读") && !holds(figs[r].label, "问答") &&
                              !holds(figs[r].label, "咨询"));
      if (!holder) continue;
      list.parts.erase(list.parts.begin() + static_cast<std::ptrdiff_t>(q));
      used[d] = false;
      if (!list.mixed_units || list.before_mixed > q) list.before_mixed = q;
      list.mixed_units = true;
      list.other_units.insert(std::upper_bound(list.other_units.begin(), list.other_units.end(), d), d);
      break;
    }
    // "收到70件,上年结转6件,办结67件,结转下年度9件。其中予以公开23件…": a 其中 opening a
    // sentence after one that states several totals may break down any of them. Only a total
    // the parts add up to exactly says which; with none, the list is left alone.
    for (auto& [of, ps] : sublists) {
      FigureList sub;
      sub.whole = of;
      sub.parts = std::move(ps);
      sub.qizhong = true;
      sub.intro = doc.folded_slice({figs[of].end(), figs[sub.parts.front()].span.begin});
      doc.lists.push_back(std::move(sub));
    }
    if (marker[k] == Qizhong && outer < 0) {
      list.whole = resolve_sentence_whole(doc, counts[k], list.parts);
      // (Not a part before it of the list they are both parts of: in 「…其中人事信息2条；部门财务
      // 信息3条，其中部门预算1条、部门决算1条；…」 the 1 + 1 are 部门财务's, not 人事信息's.)
      if (list.whole >= 0 && list.whole != counts[k] && used[static_cast<std::size_t>(list.whole)] &&
          used[static_cast<std::size_t>(counts[k])])
        list.whole = counts[k];
      if (list.whole < 0) {
        // Not a 其中 list of a known whole; its shares may still name theirs.
        list.qizhong = false;
        if (!list.shares) {
          // Its parts may still be summed by a total stated after them ("…其他处理7件，以上合计322件").
          for (int p : list.parts) used[p] = false;
          continue;
        }
        list.intro = line_before(doc, figs[list.parts.front()]);
        doc.lists.push_back(std::move(list));
        continue;
      }
    }
    // "…4409条。其中,在网站上公开507条,公告公示40条、工作动态328条,其它栏目139条;通过微博
    // 发布3710条…": items right after a part that make that part, when the list does not make its
    // whole with them, are that part's own items (its 其中 left unsaid), not the list's.
    // (Only items that run to the list's end and close on the rest, 其他…, falling short of the
    // whole where the list stopped at a stronger break before more counts of its sentence: a
    // run of small items that happens to make an earlier one is no sign.)
    const auto more_in_sentence = [&] {
      const auto& last = figs[list.parts.back()];
      // (From the last part on, within its sentence: counts are in order.)
      for (auto it = std::upper_bound(counts.begin(), counts.end(), list.parts.back()); it != counts.end(); ++it) {
        const auto& g = figs[*it];
        if (g.sentence != last.sentence || g.line != last.line) break;
        if (!used[*it] && same_unit(g.unit, last.unit)) return true;
      }
      return false;
    };
    // "其中,政策法规类1261条,通知公告702条、工作动态307条,其他信息244条;通过政务微博发布981条"
    // of 3495: the counts of the sentence past that break make the whole with the list, so
    // the list goes on to them (and no earlier part is divided by a run that comes near it).
    const auto rest_of_sentence = [&] {
      std::vector<int> rest;
      const auto& last = figs[list.parts.back()];
      // (Not the counts in a bracket right after one of them, which say what that one is made of:
      // 「…;省政府工作报告2条(中英文各1条)、…」.)
      std::size_t bracket_end = 0;
      for (auto it = std::upper_bound(counts.begin(), counts.end(), list.parts.back()); it != counts.end(); ++it) {
        const auto& g = figs[*it];
        if (g.sentence != last.sentence || g.line != last.line) break;
        if (g.span.begin < bracket_end) continue;
        if (used[*it] || !same_unit(g.unit, last.unit)) continue;
        if (g.approx != Approx::Exact) return std::vector<int>{};
        rest.push_back(*it);
        if (g.end() < f.size() && f[g.end()] == U'(') {
          const std::size_t close = matching_close(f, g.end());
          if (close != npos) bracket_end = close;
        }
      }
      return rest;
    };
    if (so_far < figs[list.whole].value && !list.shares && !list.mixed_units && list.parts.size() >= 2 &&
        names_other(figs[list.parts.back()].label) && more_in_sentence()) {
      Decimal all = so_far;
      auto rest = rest_of_sentence();
      for (int r : rest) all = all + figs[r].total();
      // (Or pass it by less than a tenth either way, as a slip in one of them would: short of the
      // whole, the list ended on its rest is wrong either way, and the slip is more likely one of
      // the counts that come so near it than a whole run of them left out.)
      // (Not when one of them says a state or a statement of its own, 「…其他处理3件；结转下年度继续
      // 办理9件」, or where items went out, 「…通过政务微博公开57条」: those the whole leaves out or
      // counts again, not kinds of it.)
      const bool kinds_only = std::none_of(rest.begin(), rest.end(), [&](int r) {
        std::string_view l = figs[r].label;
        return label_states_change(l) || starts_statement(l) || names_total(l) || holds(l, "结转") ||
               names_outlet(l);
      });
      // (Or the counts right after the rest up to where they make the whole exactly, before the
      // sentence goes on to other counts: 「其中概况类147条、政务信息6379条、其他文件2179条、微博13970条、
      // 微信2539条；人大代表建议…4条」 of 25214 — a name opening with 其他 need not close the list.)
      if (!rest.empty() && !(all == figs[list.whole].value) && !(kinds_only && within_tenth(all, figs[list.whole].value))) {
        Decimal run = so_far;
        for (std::size_t j = 0; j < rest.size(); ++j) {
          run = run + figs[rest[j]].total();
          if (run == figs[list.whole].value) {
            rest.resize(j + 1);
            all = run;
            break;
          }
        }
      }
      if (!rest.empty() && (all == figs[list.whole].value || (kinds_only && within_tenth(all, figs[list.whole].value)))) {
        for (int r : rest) {
          list.parts.push_back(r);
          used[r] = true;
        }
        so_far = all;
      }
    }
    // "共122篇,其中工作动态50篇,工作简报43篇;法律宣传5篇;其他内容24篇": items joined by commas
    // and then by semicolons, up to the rest (其他…) closing the sentence, are one list: the
    // counts past the break, the last of them naming the rest, make the whole with it, or pass
    // it by less than a tenth either way, as a slip in one of them would.
    if (so_far < figs[list.whole].value && !list.shares && !list.mixed_units && list.parts.size() >= 2 &&
        figs[list.whole].approx == Approx::Exact && !names_other(figs[list.parts.back()].label) && more_in_sentence()) {
      Decimal all = so_far;
      auto rest = rest_of_sentence();
      for (int r : rest) all = all + figs[r].total();
      const Decimal& whole = figs[list.whole].value;
      // A count past the break that says its own act (发布, 转发, 收到…), which no part of the list says,
      // is another body's or channel's total, not a kind of this whole: 「本机关发布信息共90条，其中
      // 工作动态40条，通知公告30条；下属单位发布信息15条；其他单位转发7条」.
      // (So is one given as a sum of its own: 「…；各社区共15条；其他7条由上级转来」.)
      const auto own_act = [&](std::string_view label) {
        for (std::string_view t : {"共", "共计", "合计", "总计", "共有", "共为"})
          if (label.ends_with(t)) return true;
        for (std::string_view v : {"发布", "公开", "转发", "转载", "报送", "推送", "收到", "受理", "提交", "提出", "办理", "答复"})
          if (holds(label, v) &&
              std::none_of(list.parts.begin(), list.parts.end(), [&](int p) { return holds(figs[p].label, v); }))
            return true;
        return false;
      };
      if (!rest.empty() && names_other(figs[rest.back()].label) && within_tenth(all, whole) &&
          std::none_of(rest.begin(), rest.end(), [&](int r) { return own_act(figs[r].label); })) {
        for (int r : rest) {
          list.parts.push_back(r);
          used[r] = true;
        }
        so_far = all;
      }
    }
    if (so_far < figs[list.whole].value && !list.shares && !list.mixed_units && list.parts.size() >= 4 &&
        names_other(figs[list.parts.back()].label) && more_in_sentence())
      for (std::size_t i = 0; i + 2 < list.parts.size(); ++i) {
        const auto& p = figs[list.parts[i]];
        // (Or pass it by less than a tenth either way, as a slip in them would.)
        Decimal run;
        const std::size_t m = list.parts.size();
        for (std::size_t q = i + 1; q < m; ++q) run = run + figs[list.parts[q]].total();
        if (m < i + 3 || p.approx != Approx::Exact || !within_tenth(run, p.value)) continue;
        FigureList sub;
        sub.whole = list.parts[i];
        sub.parts.assign(list.parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, list.parts.begin() + static_cast<std::ptrdiff_t>(m));
        sub.qizhong = true;
        sub.intro = doc.folded_slice({p.end(), figs[sub.parts.front()].span.begin});
        list.parts.erase(list.parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, list.parts.begin() + static_cast<std::ptrdiff_t>(m));
        doc.lists.push_back(std::move(sub));
        so_far = Decimal();
        for (int q : list.parts) so_far = so_far + figs[q].total();
        break;
      }
    std::uint32_t ib = figs[list.whole].end();
    std::uint32_t ie = figs[list.parts.front()].span.begin;
    list.intro = doc.folded_slice({ib, ie});
    // "…当面申请3件;按申请人分:公民申请29件,企业申请2件": a division whose parts make the whole,
    // then a phrase that divides it another way, opens a second list of the same whole: the counts
    // of that unit after it, to the end of its sentence or a semicolon.
    if (so_far == figs[list.whole].value && list.parts.size() >= 2) {
      int last = list.parts.back();
      auto at = std::lower_bound(counts.begin(), counts.end(), last);  // (counts are in order)
      if (at != counts.end() && *at != last) at = counts.end();
      std::size_t j = static_cast<std::size_t>(at - counts.begin()) + 1;
      std::uint32_t from = end_of(figs[last]);
      if (at != counts.end() && j < nc && figs[counts[j]].line == figs[last].line && figs[counts[j]].span.begin > from) {
        u32string_view gap = f.substr(from, figs[counts[j]].span.begin - from);
        std::size_t g = grouping_at(gap);
        const bool grouped = g == 1 && (gap[0] == U';' || gap[0] == U'。');
        // (Or with no phrase, after a semicolon, when the counts to the next one close on the rest
        // and come within a tenth of the whole: 「其中自然人193件，法人及其他组织11件；予以公开或部分
        // 公开154件，不予公开4件，无法提供等其他情况46件」 divides the 204 again, by result.)
        bool semicolon = gap.size() > 1 && gap[0] == U';' && gap.find_first_of(U",;:。、()\n", 1) == npos;
        // (Not counts of another time or another total: 「…；上年同期予以公开58件，其他情况52件」,
        // 「…；2021年予以公开…」, 「维持15件，纠正5件；受理行政诉讼18件，其他情况3件」.)
        if (semicolon) {
          const auto& h = figs[counts[j]];
          bool other_time = gap.find_first_of(U"0123456789") != npos;
          for (std::u32string_view t : {U"上年"sv, U"去年"sv, U"同期"sv, U"上一年"sv, U"往年"sv}) other_time = other_time || gap.find(t) != npos;
          semicolon = !other_time && !starts_statement(h.label) && !names_total(h.label) && !starts_new_total(h.label, w.label) &&
                      !compares_figure(figs, counts[j]);
        }
        if (grouped || semicolon) {
          FigureList again;
          again.whole = list.whole;
          again.qizhong = true;
          int sentence = figs[counts[j]].sentence;
          for (std::size_t q = j; q < nc; ++q) {
            const auto& h = figs[counts[q]];
            // "…当面申请1件(2019年为9件)": last year's count of the item before, not an item.
            if (!again.parts.empty() && (h.last_years || last_years(doc, figs[again.parts.back()], counts[q]))) continue;
            if (used[counts[q]] || h.sentence != sentence || marker[q] != None || !same_unit(h.unit, w.unit) ||
                h.approx != Approx::Exact || label_states_change(h.label))
              break;
            if (q > j) {
              std::uint32_t e = end_of(figs[counts[q - 1]]);
              if (e > h.span.begin || f.substr(e, h.span.begin - e).find(U';') != npos) break;
            }
            again.parts.push_back(counts[q]);
            if (again.parts.size() >= 64) break;
          }
          bool divides = again.parts.size() >= 2;
          if (divides && !grouped) {
            const auto& lab = figs[again.parts.back()].label;
            Decimal sum;
            for (int p : again.parts) sum = sum + figs[p].total();
            divides = (names_other(lab) || (others_after_deng(lab) && bare_other(lab))) && within_tenth(sum, figs[list.whole].value);
          }
          if (divides) {
            for (int p : again.parts) used[p] = true;
            again.shares = has_shares(figs, again);
            again.intro = doc.folded_slice({from, figs[again.parts.front()].span.begin});
            doc.lists.push_back(std::move(list));
            doc.lists.push_back(std::move(again));
            continue;
          }
        }
      }
    }
    doc.lists.push_back(std::move(list));
  }
  // "办结28件,转办412件,退回242件,共计682件": a total stated after its parts, as their sum.
  for (std::size_t k = 2; k < nc; ++k) {
    const auto& t = figs[counts[k]];
    if (used[counts[k]] || t.approx != Approx::Exact) continue;
    // "全县共计公开信息300条": a sum word with the place or year before it and the words of the
    // parts after it ("…各部门公开信息170条"); the words must repeat theirs.
    std::u32string said;
    const bool workload = states_workload(t.label);
    if (!workload && !states_sum(t.label) && !sums_all_before(t.label) && !sum_with_words(t.label, said)) continue;
    FigureList list;
    list.whole = counts[k];
    list.sums = true;
    // Back from the total over counts of its sentence joined by one kind of separator; the
    // last two may be joined by 和, 及, 与 ("5条、24条和50条,共计78条").
    int part_separator = -1;
    bool joined_last = false;
    std::size_t changed_separator = 0;  // where another separator stopped the run (0: none did)
    std::uint32_t next_begin = t.span.begin;
    // Whether count j can be a part before the run's first so far; its separator in `sep`.
    auto joins = [&](std::size_t j, int& sep) {
      const auto& g = figs[counts[j]];
      if (used[counts[j]] || g.line != t.line || g.sentence != t.sentence || marker[j] != None) return false;
      if (!same_unit(g.unit, t.unit) || g.approx != Approx::Exact || label_states_change(g.label)) return false;
      std::uint32_t from = end_of(g);
      if (from > next_begin) return false;
      sep = separator_strength(f.substr(from, next_begin - from));
      return true;
    };
    for (std::size_t j = k; j-- > 0;) {
      int sep = 0;
      if (!joins(j, sep)) break;
      u32string_view gap = f.substr(end_of(figs[counts[j]]), next_begin - end_of(figs[counts[j]]));
      bool conjunction = !gap.empty() && (gap.front() == U'和' || gap.front() == U'及' || gap.front() == U'与');
      if (sep == 0 && !(conjunction && j + 2 == k && !joined_last)) break;
      if (sep == 0) joined_last = true;
      else if (j + 1 < k) {  // between two parts, not before the total
        if (part_separator < 0) part_separator = sep;
        else if (sep != part_separator) {
          changed_separator = j + 1;
          break;
        }
      }
      list.parts.push_back(counts[j]);  // collected backwards, put in order below
      next_begin = figs[counts[j]].span.begin;
      if (list.parts.size() > 64) break;  // no real list is longer; such a run is not checked
    }
    // "征地拆迁类34件、规划建设类21件;教育、医疗类9件;其他类6件,合计70件": separators mixed
    // within the list. When the run cut at a change of separator misses the total, the counts
    // before it may complete it; they are taken when they make it exactly, else the list is not
    // known and is left alone.
    if (changed_separator > 0 && list.parts.size() <= 64) {
      Decimal sum;
      for (int p : list.parts) sum = sum + figs[p].total();
      if (!(sum == t.value)) {
        bool made = false;
        for (std::size_t j = changed_separator; j-- > 0 && !made && list.parts.size() <= 64;) {
          int sep = 0;
          if (!joins(j, sep) || sep == 0) break;
          list.parts.push_back(counts[j]);
          next_begin = figs[counts[j]].span.begin;
          sum = sum + figs[counts[j]].total();
          made = sum == t.value;
        }
        if (!made) continue;
      }
    }
    std::reverse(list.parts.begin(), list.parts.end());
    // 「发放申请表格20份，受理申请4件，上年结转1件，共计5件」: case units differ in kind (forms handed
    // out are no requests); when the counts right before the total, written in its own unit, make it
    // exactly, or the counts before them are each larger than it, those counts are no parts.
    if (std::any_of(list.parts.begin(), list.parts.end(), [&](int p) { return figs[p].unit != t.unit; })) {
      std::size_t first = list.parts.size();
      Decimal sum;
      while (first > 0 && figs[list.parts[first - 1]].unit == t.unit) sum = sum + figs[list.parts[--first]].total();
      const bool over = std::all_of(list.parts.begin(), list.parts.begin() + static_cast<std::ptrdiff_t>(first),
                                    [&](int p) { return t.value < figs[p].total(); });
      if (first > 0 && list.parts.size() - first >= 2 && (sum == t.value || over))
        list.parts.erase(list.parts.begin(), list.parts.begin() + static_cast<std::ptrdiff_t>(first));
    }
    // 「收到申请36件，当面申请10件，网络申请20件，信函申请6件，合计36件」: a first count that is the
    // total alone, before counts that are not all 0, is the whole the total restates, not a part.
    if (list.parts.size() >= 3 && figs[list.parts.front()].value == t.value &&
        std::any_of(list.parts.begin() + 1, list.parts.end(), [&](int p) { return !figs[p].value.is_zero(); }))
      list.parts.erase(list.parts.begin());
    if (list.parts.size() < 2 || list.parts.size() > 64) continue;
    // (A workload sums what was received with what was carried over from last year: without that
    // count among the parts, 「当面申请10件，网上申请40件，共需办理…」, it may hold requests the
    // sentence does not count, and is not read.)
    if (workload && std::none_of(list.parts.begin(), list.parts.end(), [&](int p) {
          return holds(figs[p].label, "结转") || holds(figs[p].label, "转结") || holds(figs[p].label, "遗留");
        }))
      continue;
    // "共受理申请16件,上年结转1件,共办结16件,结转至下年1件": a total of the requests handled
    // (办结, 答复) after counts of those received is the other side of the balance, not their sum
    // ("予以公开5件,不予公开3件,共答复8件" names no receiving, and is summed).
    {
      auto has_any = [](std::string_view s, std::initializer_list<std::string_view> ws) {
        return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return holds(s, w); });
      };
      const auto handled = {std::string_view("办结"), std::string_view("答复")};
      const auto received = {std::string_view("受理"), std::string_view("收到"), std::string_view("新收"),
                             std::string_view("结转"), std::string_view("接收")};
      if (has_any(t.label, handled) &&
          std::none_of(list.parts.begin(), list.parts.end(), [&](int p) { return has_any(figs[p].label, handled); }) &&
          std::any_of(list.parts.begin(), list.parts.end(), [&](int p) { return has_any(figs[p].label, received); }))
        continue;
    }
    if (!said.empty() && std::none_of(list.parts.begin(), list.parts.end(), [&](int p) {
          return text::common_run(said, text::from_utf8(figs[p].label)) >= 2;
        }))
      continue;
    // 「全年累计公开A相关内容6条；…累计公开B相关内容5条；…共公开C有关内容4条」: counts that each say a
    // total of their own (累计, 共计…), two or more, are clauses side by side, each of its kind; the
    // last one's 共 sums its own kind, not theirs.
    if (std::count_if(list.parts.begin(), list.parts.end(), [&](int p) {
          const std::string_view l = figs[p].label;
          return holds(l, "累计") || holds(l, "共计") || holds(l, "合计") || holds(l, "总计");
        }) >= 2)
      continue;
    for (int p : list.parts) used[p] = true;
    used[counts[k]] = true;
    list.shares = has_shares(figs, list);
    list.intro = line_before(doc, figs[list.parts.front()]);
    doc.lists.push_back(std::move(list));
  }
  // "本局共主动公开政府信息120条。在主动公开的信息中,机构职能类信息10条,政策法规类信息30条,…":
  // a division whose sentence names its whole with 在…中 instead of stating it. The whole is the
  // nearest count before it, at most two lines up, whose words the phrase repeats (four
  // characters or more, or all of a shorter phrase). (A run with shares is taken only when most of
  // its shares fit the whole it names — 「…915条。在主动公开的信息中,政策文件类113条,占12.4%,…」 — so
  // the parts' sum is held to that whole as well; else it is left to the share check, which names
  // wholes too.)
  // (The parts of the lists read so far, marked as the lists are added, not again for each
  // division: a report of thousands of divisions would read them all thousands of times.)
  std::vector<char> in_list(figs.size(), 0);
  std::size_t lists_marked = 0;
  for (std::size_t k = 0; k + 1 < nc; ++k) {
    const int first = counts[k];
    const auto& g0 = figs[first];
    if (used[first] || marker[k] != None || g0.approx != Approx::Exact) continue;
    const bool run_shares = g0.share >= 0;
    // The clause's words back to the sentence's start or the figure before (linear in all).
    std::uint32_t s = g0.span.begin, from = doc.lines.line_span(static_cast<std::uint32_t>(g0.line)).begin;
    if (first > 0) from = std::max(from, figs[first - 1].end());
    while (s > from && f[s - 1] != U'。' && f[s - 1] != U';') --s;
    u32string_view intro = f.substr(s, g0.span.begin - s);
    // The 在 opening the clause that ends in 中, ("…25条,在主动公开的信息中,…").
    auto zhong = intro.rfind(U"中,");
    u32string_view phrase;
    // "(一)主动公开政府信息的数量共192条。(二)主动公开政府信息的主要类别情况:党政信息类147条,
    // 文件类47条,制度类4条": a colon after words naming the kinds (类别, 分类) of a count
    // stated just before divides that count as 在…中 does; its items must all be kinds (…类).
    bool kinds_heading = false;
    // "…其中在县政府信息公开网站公开政府信息101条,政务微信公开45条。在县政府信息公开网站公开
    // 政策文件5条,其他各类信息96条": a sentence that opens with the words of a count stated just
    // before (eight characters or more of them) and lists items closed by the rest (其他…) divides
    // that count, as 在…中 would say (the sum is checked below).
    bool repeats = false;
    // 「…434条,超额完成考核任务。主动公开的信息包括概况信息1条、…以及其他信息20条。」: a sentence that
    // opens with words of a count before it and 包括 (包含) names that count as 在…中 does; its
    // items, closed by the rest (其他…), divide it.
    bool includes = false;
    if (zhong == npos) {
      // (Its opening words may stand on the line before, the sentence cut at a page's measure.)
      std::uint32_t s2 = g0.span.begin, breaks = 0;
      const std::uint32_t limit = first > 0 ? figs[first - 1].end() : 0;
      while (s2 > limit && f[s2 - 1] != U'。' && f[s2 - 1] != U';' && (f[s2 - 1] != U'\n' || ++breaks < 2)) --s2;
      const u32string_view opening = f.substr(s2, g0.span.begin - s2);
      std::uint32_t before = s2;
      while (before > 0 && (f[before - 1] == U'\n' || is_space(f[before - 1]))) --before;
      const std::size_t lead = opening.find_first_not_of(U" \t\n");
      for (u32string_view v : {U"包括"sv, U"包含"sv}) {
        const auto at = opening.find(v);
        if (at == npos || lead == npos || before == 0 || f[before - 1] != U'。' || at < lead + 4 || at > lead + 12) continue;
        const u32string_view head = opening.substr(lead, at - lead);
        if (head.find(U"其") != npos || !std::all_of(head.begin(), head.end(), [](char32_t ch) { return is_cjk(ch); })) continue;
        phrase = head;
        includes = true;
        break;
      }
    }
    if (zhong == npos && !includes) {
      auto colon = intro.rfind(U':');
      u32string_view head = colon == npos ? u32string_view() : intro.substr(0, colon);
      if (colon != npos &&
          colon + 1 == intro.size() - std::min<std::size_t>(intro.size(), text::from_utf8(g0.label).size()) &&
          (head.find(U"类别") != npos || head.find(U"分类") != npos)) {
        auto cut = head.find_last_of(U")、.,;");
        phrase = cut == npos ? head : head.substr(cut + 1);
        if (phrase.size() < 6) continue;
        kinds_heading = true;
      } else {
        // (Opening its sentence, which may start a line: no colon nor heading number before.)
        std::uint32_t before = s;
        while (before > 0 && (f[before - 1] == U'\n' || is_space(f[before - 1]))) --before;
        std::size_t lead = intro.find_first_not_of(U" \t");
        if (before == 0 || f[before - 1] != U'。' || colon != npos || lead == npos || intro.size() < lead + 8 ||
            intro.substr(lead).find_first_of(U"()") != npos)
          continue;
        phrase = intro.substr(lead);
        repeats = true;
      }
    }
    if (!kinds_heading && !repeats && !includes && zhong < 3) continue;
    auto zai = kinds_heading || repeats || includes ? npos : intro.rfind(U'在', zhong);
    // Without 在, a clause that is all a noun phrase and 中 ("行政复议案件中,结果维持2件…") names
    // its whole the same way, when the phrase is four characters or more and the whole's words
    // hold all of it.
    bool bare = !kinds_heading && !repeats && !includes && (zai == npos || zhong < zai + 3);
    if (kinds_heading || repeats || includes) {
    } else if (bare) {
      auto cb = intro.find_last_of(U",;:", zhong - 1);
      std::size_t start = cb == npos ? 0 : cb + 1;
      phrase = intro.substr(start, zhong - start);
      if (phrase.size() < 4 || phrase.find(U"其") != npos ||
          std::any_of(phrase.begin(), phrase.end(), [](char32_t ch) { return ch >= U'0' && ch <= U'9'; }))
        continue;
    } else {
      phrase = intro.substr(zai + 1, zhong - zai - 1);
      if (phrase.find_first_of(U",;:") != npos) continue;
      if (zai > 0 && !is_clause_break(intro[zai - 1]) && !is_space(intro[zai - 1]) && zai > 6) continue;
    }
    FigureList list;
    int separator = -1;
    for (std::size_t j = k; j < nc; ++j) {
      const auto& g = figs[counts[j]];
      if (used[counts[j]] || g.line != g0.line || g.sentence != g0.sentence || !same_unit(g.unit, g0.unit) ||
          (g.share >= 0) != run_shares || g.approx != Approx::Exact || label_states_change(g.label) || (j > k && marker[j - 1] != None))
        break;
      if (!list.parts.empty()) {
        std::uint32_t from = end_of(figs[list.parts.back()]);
        int sep = from < g.span.begin ? separator_strength(f.substr(from, g.span.begin - from)) : 0;
        // (The rest joined on by 以及, 及 or 和 closes a 包括 list: 「…服务信息1条以及其他信息20条」.)
        if (sep == 0 && includes && names_other(g.label) && from < g.span.begin) {
          u32string_view gap = f.substr(from, g.span.begin - from);
          if (gap.starts_with(U"以及") || gap.starts_with(U"及") || gap.starts_with(U"和")) {
            list.parts.push_back(counts[j]);
            break;
          }
        }
        // Joined by one kind of separator, or by weaker ones within ("…2条,政府工作动态20条、
        // 计划总结44条、…,其他信息24条").
        if (sep == 0 || (separator >= 0 && sep > separator)) break;
        if (separator < 0) separator = sep;
      }
      list.parts.push_back(counts[j]);
      if (list.parts.size() >= 64) break;
    }
    if (list.parts.size() < 2) continue;
    if (kinds_heading && !std::all_of(list.parts.begin(), list.parts.end(), [&](int p) {
          return holds(figs[p].label, "类");
        }))
      continue;
    if ((repeats || includes) && !names_other(figs[list.parts.back()].label)) continue;
    // (The counts before that are items of a division already read: "…9726条。其中,通过政府公报公开
    // 信息188条、…、其它…方式公开信息3626条。…在主动公开信息工作中,组织机构类信息65条,…": a
    // channel sharing the phrase's words no more than the total does is not what the clause
    // divides; the nearest count that is no such item and repeats as much of the phrase is.)
    // (So is a running total, 「目前我局总计主动公开政府信息1865条」 after the year's 412: the
    // clause divides the year's.)
    for (; lists_marked < doc.lists.size(); ++lists_marked)
      for (int p : doc.lists[lists_marked].parts) in_list[static_cast<std::size_t>(p)] = 1;
    auto item = [&](const Figure& w, int i) {
      if (in_list[static_cast<std::size_t>(i)]) return true;
      std::string_view lab = w.label;
      for (std::string_view c : {"累计", "总计", "目前", "截至", "截止"})
        if (lab.find(c) != std::string_view::npos) return true;
      return false;
    };
    std::size_t item_run = 0;
    std::uint32_t stops_from = s;  // full stops between the counts walked back over and the sentence
    std::ptrdiff_t stops = 0;
    for (std::size_t j = k; j-- > 0 && k - j <= 60;) {
      const auto& w = figs[counts[j]];
      if (w.line + 2 < g0.line) break;
      if (!same_unit(w.unit, g0.unit) || w.approx != Approx::Exact) continue;
      // (A short phrase, "在来信中", all of it: "共收到来信120件".)
      std::size_t run = text::common_run(phrase, text::from_utf8(w.label));
      bool names = kinds_heading ? run >= 6 : bare ? run == phrase.size() : run >= 4 || run == phrase.size();
      if (repeats) {
        // (The words the sentence opens with, eight characters of them at least, in the count's;
        // and its items make that count, or pass it by less than a tenth either way.)
        // (In the sentence right before: one full stop between them.)
        // (Counted once over the text walked back: each count's span adds only what lies
        // between it and the count after it.)
        if (w.end() < stops_from) {
          stops += std::count(f.begin() + w.end(), f.begin() + stops_from, U'。');
          stops_from = w.end();
        }
        names = text::from_utf8(w.label).find(phrase.substr(0, 8)) != std::u32string::npos && stops == 1;
        if (names) {
          Decimal sum;
          for (int p : list.parts) sum = sum + figs[p].total();
          names = within_tenth(sum, w.value);
        }
        if (names) list.whole = counts[j];
        if (names || stops > 1) break;
        continue;
      }
      if (!bare && item(w, counts[j]) && (item_run > 0 || names)) {
        // An item: kept only if no count before it, off the division, names the phrase as well.
        if (item_run == 0) {
          item_run = run;
          list.whole = counts[j];
        }
        continue;
      }
      if (names && (item_run == 0 || run >= item_run)) list.whole = counts[j];
      // (A bare phrase, repeated whole, may name a count further back: "复议案件3件、诉讼案件2件。
      // 复议案件中,…".)
      if (!bare || list.whole >= 0) break;
    }
    if (list.whole < 0) continue;
    if (run_shares && !shares_fit_most(doc, list.parts, figs[list.whole].value)) continue;
    list.shares = list.zhong_shares = run_shares;
    // (The words repeated from the whole name it, not the first item: 「在…网站公开政策文件5条」
    // is an item of 政策文件, not a channel that may count an item twice. Its label starts after
    // them, at the last verb of publishing they hold, or where they stop.)
    if (repeats) {
      std::string_view lab = figs[first].label, wl = figs[list.whole].label;
      std::size_t cut = 0;
      for (std::size_t i = 0; i < lab.size();) {
        auto c = static_cast<unsigned char>(lab[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        if (i + len > lab.size() || wl.find(lab.substr(0, i + len)) == std::string_view::npos) break;
        cut = i += len;
      }
      std::size_t verb = 0;
      for (std::string_view v : {"公开", "发布", "公布", "推送", "刊登", "上传"})
        if (auto at = lab.substr(0, cut).rfind(v); at != std::string_view::npos) verb = std::max(verb, at + v.size());
      if (verb > 0) cut = verb;
      if (cut > 0 && cut < lab.size()) figs[first].label.remove_prefix(cut);
    }
    list.qizhong = true;
    for (int p : list.parts) used[p] = true;
    list.intro = doc.folded_slice({figs[list.whole].end(), g0.span.begin});
    k += list.parts.size() - 1;
    doc.lists.push_back(std::move(list));
  }
  // "共受理申请2308件。经审查,除14件以信访形式办理外,其余2294件申请均按规定办理": the count
  // set aside (除…外) and the rest (其余) make the count before them, in that sentence or the one
  // before, with no count of their unit between. (Not when that count is itself a part of a list,
  // or follows another of its unit in its sentence, 「收到28件,上年结转2件,除1件…外,其余29件」:
  // which of the counts the rest is left from is then not known.)
  // (The list each figure ends as its last part, when its parts make its whole exactly; and the
  // wholes a count set aside already divides. Looked up, not searched for: one line may hold
  // thousands of lists.)
  std::vector<int> whole_ended(figs.size(), -1);
  std::vector<char> set_aside_from(figs.size(), 0);
  for (const auto& l : doc.lists) {
    if (l.whole < 0 || l.parts.empty()) continue;
    Decimal sum;
    for (int q : l.parts) sum = sum + figs[static_cast<std::size_t>(q)].total();
    if (sum == figs[static_cast<std::size_t>(l.whole)].value) whole_ended[static_cast<std::size_t>(l.parts.back())] = l.whole;
  }
  for (std::size_t k = 0; k + 1 < nc; ++k) {
    const auto& a = figs[counts[k]];
    const auto& b = figs[counts[k + 1]];
    bool set_aside = set_aside_by_chu(a.label);
    if (k == 0 || used[counts[k]] || used[counts[k + 1]] || !set_aside || a.approx != Approx::Exact ||
        b.approx != Approx::Exact || b.sentence != a.sentence || !same_unit(a.unit, b.unit) ||
        !(b.label.starts_with("其余") || b.label.starts_with("余下") || b.label.starts_with("剩余")))
      continue;
    u32string_view between = f.substr(a.end(), b.span.begin - a.end());
    // (Or, with no 外, the state the requests set aside are still in: 「除2件尚在答复状态中，其余28件…」.)
    const bool pending = opens_pending_state(between) && between.find(U'中') < between.find(U',');
    if ((between.find(U'外') == npos && !pending) || between.find_first_of(U";。") != npos) continue;
    // The rest itself, not a part of it: not 「其余信息中1000条通过网站公开,170条通过公开栏公开」,
    // nor 「其余1000条通过网站公开,170条…」 where a count of its unit follows in its sentence
    // other than by 其中 (the rest is then split, 1000 + 170).
    if (holds(b.label, "中")) continue;
    if (k + 2 < nc) {
      const auto& c2 = figs[counts[k + 2]];
      if (c2.sentence == b.sentence && same_unit(c2.unit, b.unit) && c2.span.begin > b.end() &&
          f.substr(b.end(), c2.span.begin - b.end()).find(U"其中") == npos)
        continue;
    }
    // (Or the whole of a list the count before ends, when its parts make that whole exactly and
    // the rest is not what is left of that last part: 「收到申请29件，其中网上申请20件，信函申请9件。
    // 除3件正在办理外，其余26件均已答复」 sets aside of the 29, divided another way.)
    int whole = counts[k - 1];
    if (used[counts[k - 1]]) {
      const int lw = whole_ended[static_cast<std::size_t>(counts[k - 1])];
      if (lw < 0 || set_aside_from[static_cast<std::size_t>(lw)]) continue;
      const auto& lf = figs[static_cast<std::size_t>(lw)];
      const auto& last = figs[counts[k - 1]];
      if (lf.in_table || lf.approx != Approx::Exact || !same_unit(lf.unit, a.unit) || (lf.sentence != a.sentence && lf.sentence + 1 != a.sentence) ||
          last.value - a.value == b.value)
        continue;
      whole = lw;
    }
    const auto& w = figs[static_cast<std::size_t>(whole)];
    if (whole == counts[k - 1] &&
        (used[counts[k - 1]] || !same_unit(w.unit, a.unit) || w.approx != Approx::Exact || w.share >= 0 ||
         (w.sentence != a.sentence && w.sentence + 1 != a.sentence) || label_states_change(w.label) || w.last_years ||
         (k >= 2 && figs[counts[k - 2]].sentence == w.sentence && same_unit(figs[counts[k - 2]].unit, w.unit))))
      continue;
    FigureList list;
    list.whole = whole;
    set_aside_from[static_cast<std::size_t>(whole)] = 1;
    list.parts = {counts[k], counts[k + 1]};
    list.intro = doc.folded_slice({w.end(), a.span.begin});
    used[counts[k]] = used[counts[k + 1]] = true;
    doc.lists.push_back(std::move(list));
  }
  // 「全市共主动公开政府信息126530条，市级部门和县（市、区）分别公开48210条、78320条」: values
  // given 分别 (respectively), one for each of the bodies its clause names, right after a count of
  // their unit (in the clause before, or closing the sentence before): that count's shares among
  // the bodies, a 其中 of it (so never more than it). Not values of years (「2015年、2016年分别…」),
  // of changes, nor more values than names (「复议27件、诉讼16件，市级和县级分别为12件、15件和7件、9件」).
  for (std::size_t k = 1; k + 1 < nc; ++k) {
    const auto& a = figs[counts[k]];
    if (used[counts[k]] || a.approx != Approx::Exact || a.last_years || label_states_change(a.label)) continue;
    // (分别 looked for in the UTF-8 first: the label is decoded only for the few counts that have
    // it, not opening it. A UTF-8 label holds it where its code points do, first at byte 0 when
    // at character 0.)
    if (const auto at8 = Regex::find_word(a.label, "分别"); at8 == std::string_view::npos || at8 == 0) continue;
    const std::u32string label = text::from_utf8(a.label);
    const auto at = label.find(U"分别");
    std::vector<int> values{counts[k]};
    for (std::size_t j = k + 1; j < nc && values.size() < 12; ++j) {
      const auto& n = figs[counts[j]];
      const auto& prev = figs[static_cast<std::size_t>(values.back())];
      if (n.sentence != a.sentence || !same_unit(n.unit, a.unit) || n.approx != Approx::Exact || used[counts[j]] || prev.share >= 0)
        break;
      u32string_view gap = f.substr(prev.end(), n.span.begin - prev.end());
      if (gap.empty() || gap.find_first_not_of(U"、,和及与 ") != npos) break;
      values.push_back(counts[j]);
    }
    if (values.size() < 2) continue;
    // The names before 分别, split at 、 和 及 与 outside brackets (县(市、区) is one name).
    u32string_view names = u32string_view(label).substr(0, at);
    if (names.starts_with(U"其中")) names.remove_prefix(2);
    std::vector<u32string_view> parts;
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t q = 0; q <= names.size(); ++q) {
      const char32_t c = q < names.size() ? names[q] : U'、';
      if (c == U'(') ++depth;
      else if (c == U')') --depth;
      else if (depth == 0 && u32string_view(U"、和及与").find(c) != npos) {
        parts.push_back(names.substr(from, q - from));
        from = q + 1;
      }
    }
    // (Bodies or levels, which do not overlap: not channels, 「政府网站、政务微博分别公开…」, whose
    // counts may add up to more than the total, one item going out by several; nor the whole
    // beside one of its parts, 「全市和市本级分别办结2436件、612件」.)
    const bool named = parts.size() == values.size() && std::all_of(parts.begin(), parts.end(), [](u32string_view p) {
      static constexpr u32string_view kChannels[] = {U"网", U"微博", U"微信", U"公报", U"媒体", U"报", U"电视", U"广播", U"公开栏",
                                                     U"客户端", U"方式", U"渠道", U"平台", U"发布会", U"栏目", U"热线", U"信箱",
                                                     U"当面", U"信函", U"传真", U"邮件", U"现场", U"窗口"};
      return !p.empty() && p.size() <= 12 && p.find_first_of(U"0123456789年月全总") == npos && p.find_first_of(U"市县区乡镇街级局委办厅部门单位机关") != npos &&
             std::none_of(std::begin(kChannels), std::end(kChannels), [&](u32string_view w) { return p.find(w) != npos; }) &&
             std::all_of(p.begin(), p.end(), [](char32_t c) { return is_cjk(c) || c == U'(' || c == U')' || c == U'、'; });
    });
    if (!named) continue;
    // The whole: the count right before, its clause the one before the names' (or the last count
    // of the sentence before, when the names open theirs).
    const int wi = counts[k - 1];
    const auto& w = figs[static_cast<std::size_t>(wi)];
    if (used[static_cast<std::size_t>(wi)] || !same_unit(w.unit, a.unit) || w.approx != Approx::Exact || w.last_years ||
        label_states_change(w.label) || holds(w.label, "分别") || w.value < a.value)
      continue;
    u32string_view between = f.substr(end_of(w), a.span.begin - end_of(w));
    while (!between.empty() && is_space(between.front())) between.remove_prefix(1);
    const bool clause_before = w.sentence == a.sentence && between.starts_with(U",") &&
                               between.substr(1).find_first_of(U",;:。") == npos;
    u32string_view opening = between.starts_with(U"。") ? between.substr(1) : u32string_view();
    while (!opening.empty() && (is_space(opening.front()) || opening.front() == U'\n' || opening.front() == U'\r')) opening.remove_prefix(1);
    const bool sentence_before = w.sentence < a.sentence && between.starts_with(U"。") && !opening.empty() &&
                                 opening.find_first_of(U",;:。\n") == npos;
    if (!clause_before && !sentence_before) continue;
    // The values' verb (分别受理, 分别公开) is the count's own: 「共受理申请1350件，已办结1346件。市本级、
    // 县（市、区）分别受理申请410件、940件」 divides the applications received, not the 1346 settled
    // that closes the sentence before. (分别为 names no verb: any count of the unit.)
    {
      u32string_view verb = u32string_view(label).substr(at + 2);
      while (!verb.empty() && u32string_view(U"为是有达共计").find(verb.front()) != npos) verb.remove_prefix(1);
      if (verb.size() >= 2 && is_cjk(verb[0]) && is_cjk(verb[1]) &&
          text::from_utf8(w.label).find(verb.substr(0, 2)) == std::u32string::npos)
        continue;
    }
    FigureList list;
    list.whole = wi;
    list.parts = values;
    list.qizhong = true;
    list.intro = doc.folded_slice({end_of(w), a.span.begin});
    for (int p : values) used[static_cast<std::size_t>(p)] = true;
    k += values.size() - 1;
    doc.lists.push_back(std::move(list));
  }
  // A share that names its whole ("占全区总量2400条的15.3%"): a list of one part and that whole.
  for (const auto& p : figs) {
    if (p.share_whole < 0 || p.share_of < 0 || used[p.share_of]) continue;
    FigureList list;
    list.whole = p.share_whole;
    list.parts.push_back(p.share_of);
    list.shares = true;
    used[p.share_of] = true;
    list.intro = line_before(doc, figs[p.share_of]);
    doc.lists.push_back(std::move(list));
  }
  // A breakdown written one item a line ("1.机构职能类913条,占3.21%;" then "2.政策法规类…"):
  // count j opens a numbered item that follows, as the next number of its style, the item the
  // run's last count is in, on the line right before (blank lines aside); and that count is the
  // first on its line.
  auto next_item = [&](std::size_t j) {
    if (j == 0) return false;
    const auto& g = figs[counts[j]];
    const auto& before = figs[counts[j - 1]];
    if (g.line <= before.line || g.heading < 0 || before.heading < 0) return false;
    // (Blank lines between the items, as pages copied a paragraph at a time have.)
    for (int ln = before.line + 1; ln < g.line; ++ln) {
      Span sp = doc.lines.line_span(static_cast<std::uint32_t>(ln));
      for (std::uint32_t i = sp.begin; i < sp.end; ++i)
        if (!is_space(f[i])) return false;
    }
    const auto& h = doc.headings[g.heading];
    const auto& hb = doc.headings[before.heading];
    if (h.line != static_cast<std::uint32_t>(g.line) || hb.line != static_cast<std::uint32_t>(before.line)) return false;
    // (The counts are in text order: the one before it being on the line before, it is its
    // line's first.)
    return h.prev_sibling == before.heading && h.number == hb.number + 1;
  };
  // A whole whose line ends by saying its items follow (「共主动公开信息1,000条，其中：」「…50件。
  // 具体如下：」) and its items one a line, numbered from 1 (「1.机构职能类信息120条；」): a 其中
  // list over those lines. Each item line holds one count of the whole's unit, its first.
  auto blank_between = [&](int from_line, int to_line) {
    for (int ln = from_line + 1; ln < to_line; ++ln) {
      Span sp = doc.lines.line_span(static_cast<std::uint32_t>(ln));
      for (std::uint32_t i = sp.begin; i < sp.end; ++i)
        if (!is_space(f[i])) return false;
    }
    return true;
  };
  // The rest after items numbered a line each, on the next line and unnumbered, its first count
  // (「其他类323条，占0.3%。」).
  auto closes_numbered = [&](std::size_t j) {
    if (j == 0) return false;
    const auto& g = figs[counts[j]];
    const auto& before = figs[counts[j - 1]];
    if (g.line <= before.line || before.heading < 0 || !names_other(g.label)) return false;
    if (doc.headings[before.heading].line != static_cast<std::uint32_t>(before.line)) return false;
    if (g.heading >= 0 && doc.headings[g.heading].line == static_cast<std::uint32_t>(g.line)) return false;
    if (!blank_between(before.line, g.line)) return false;
    // (Its line opens with its words.)
    Span gl = doc.lines.line_span(static_cast<std::uint32_t>(g.line));
    std::uint32_t b = gl.begin;
    while (b < gl.end && is_space(f[b])) ++b;
    return f.substr(b, 2) == U"其他" || f.substr(b, 2) == U"其它" || f.substr(b, 2) == U"其余";
  };
  for (std::size_t k = 0; k + 2 < nc; ++k) {
    const auto& w = figs[counts[k]];
    const auto& first = figs[counts[k + 1]];
    if (used[counts[k]] || w.approx != Approx::Exact || first.line <= w.line || first.heading < 0 || !same_unit(first.unit, w.unit))
      continue;
    Span wl = doc.lines.line_span(static_cast<std::uint32_t>(w.line));
    u32string_view rest = trim(f.substr(end_of(w), wl.end > end_of(w) ? wl.end - end_of(w) : 0));
    if (rest.size() > 8 || !rest.ends_with(U':') ||
        (rest.find(U"其中") == npos && rest.find(U"如下") == npos && rest.find(U"分别") == npos))
      continue;
    const auto& h = doc.headings[first.heading];
    if (h.line != static_cast<std::uint32_t>(first.line) || h.number != 1 || !blank_between(w.line, first.line)) continue;
    auto one_on_line = [&](std::size_t j) {
      return (j + 1 >= nc || figs[counts[j + 1]].line != figs[counts[j]].line || !same_unit(figs[counts[j + 1]].unit, w.unit)) &&
             !used[counts[j]] && figs[counts[j]].approx == Approx::Exact && same_unit(figs[counts[j]].unit, w.unit);
    };
    if (!one_on_line(k + 1)) continue;
    FigureList list;
    list.whole = counts[k];
    list.qizhong = true;
    list.intro = text::to_utf8(rest);
    list.parts.push_back(counts[k + 1]);
    for (std::size_t j = k + 2; j < nc && next_item(j) && one_on_line(j); ++j) list.parts.push_back(counts[j]);
    if (list.parts.size() < 2) continue;
    for (int p : list.parts) used[p] = true;
    used[list.whole] = true;
    doc.lists.push_back(std::move(list));
  }
  // A whole that ends its sentence and the items of the next, in its paragraph, told off 一是…，
  // 二是…，三是… (「共办理申请50件。一是予以公开20件；二是部分公开10件；三是…」): a 其中 list when each
  // item states exactly one count of the whole's unit, exact and no more than the whole, and no
  // count of that unit stands between the whole and the first item. (Only of requests, whose
  // results, channels and applicants divide them: items told off so under other counts — 「共组织
  // 培训12次。一是…」 — are as often what was done besides as kinds of it.)
  // The paragraph's text from a point, its line breaks left out (a page cut at its measure, or a
  // sentence a line), up to a blank line or 600 code points, with where each character stands.
  std::u32string run;
  std::vector<std::uint32_t> run_at;
  auto read_run = [&](std::uint32_t from) {
    run.clear(), run_at.clear();
    for (std::uint32_t i = from; i < f.size() && run.size() < 600; ++i) {
      if (f[i] == U'\n' || f[i] == U'\r') {
        std::uint32_t n = i + 1;
        while (n < f.size() && (is_space(f[n]) || f[n] == U'\r')) ++n;
        if (n < f.size() && f[n] == U'\n') break;  // a blank line ends the paragraph
        continue;
      }
      run.push_back(f[i]);
      run_at.push_back(i);
    }
  };
  for (std::size_t k = 0; k + 2 < nc; ++k) {
    const auto& w = figs[counts[k]];
    if (used[counts[k]] || w.approx != Approx::Exact || w.in_table || w.label.find("申请") == std::string::npos) continue;
    std::uint32_t e = end_of(w);
    if (e >= f.size() || f[e] != U'。') continue;
    std::uint32_t at = e + 1;
    while (at < f.size() && (is_space(f[at]) || f[at] == U'\n' || f[at] == U'\r')) ++at;
    if (!f.substr(at).starts_with(U"一是")) continue;
    read_run(at);
    // Where each item starts: its 一是, 二是… in order.
    static constexpr char32_t kOrdinals[] = U"一二三四五六七八九十";
    std::vector<std::size_t> marks{0};
    for (std::size_t n = 1; n < 10; ++n) {
      const char32_t mark[] = {kOrdinals[n], U'是', 0};
      const std::size_t next = run.find(mark, marks.back() + 2);
      if (next == npos) break;
      marks.push_back(next);
    }
    if (marks.size() < 2) continue;
    std::vector<std::uint32_t> starts;
    for (std::size_t m : marks) starts.push_back(run_at[m]);
    // (The last item runs to its sentence's end.)
    const std::size_t last_end = run.find(U'。', marks.back());
    starts.push_back(last_end == npos ? run_at.back() + 1 : run_at[last_end]);
    FigureList list;
    list.whole = counts[k];
    list.qizhong = true;
    bool ok = true;
    std::size_t j = k + 1;
    for (std::size_t item = 0; ok && item + 1 < starts.size(); ++item) {
      int found = -1, of_unit = 0;
      for (; j < nc && figs[counts[j]].span.begin < starts[item + 1]; ++j) {
        const auto& g = figs[counts[j]];
        if (!same_unit(g.unit, w.unit)) continue;
        if (g.span.begin < starts[item] || g.in_table) {
          ok = false;
          break;
        }
        ++of_unit;
        found = counts[j];
      }
      ok = ok && of_unit == 1 && !used[found] && figs[found].approx == Approx::Exact && !(figs[found].value > w.value);
      if (ok) list.parts.push_back(found);
    }
    if (!ok || list.parts.size() < 2) continue;
    for (int p : list.parts) used[p] = true;
    used[list.whole] = true;
    doc.lists.push_back(std::move(list));
  }
  // Runs of counts with stated shares and no stated whole.
  for (std::size_t k = 0; k < nc; ++k) {
    int idx = counts[k];
    if (used[idx] || figs[idx].share < 0) continue;
    FigureList list;
    list.shares = true;
    const auto& first = figs[idx];
    list.intro = line_before(doc, first);
    std::size_t j = k;
    for (; j < nc; ++j) {
      const auto& g = figs[counts[j]];
      if (used[counts[j]] || !same_unit(g.unit, first.unit)) break;
      // (Items numbered a line each may close with the rest on a line of its own, unnumbered:
      // 「5、人事信息类信息885条，占0.7%；⏎其他类323条，占0.3%。」.)
      const bool rest = g.line != first.line && !next_item(j) && closes_numbered(j);
      if (g.line != first.line && !next_item(j) && !rest) break;
      if (g.share < 0) break;
      list.parts.push_back(counts[j]);
      used[counts[j]] = true;
      if (rest) {
        ++j;
        break;
      }
    }
    k = j == k ? k : j - 1;
    doc.lists.push_back(std::move(list));
  }
  for (auto& l : doc.lists) {
    bool person = false, legal = false, organisation = false;
    // (The rest named with words of its own, 「…、其他重点信息5条、工作动态63条」, is a column of
    // that name unless it closes the list; a bare 其他信息 is the rest wherever it stands, as a
    // report's own items may follow it: 「…;其他信息10条;政府信息公开年报10条」.)
    for (std::size_t k = 0; k < l.parts.size(); ++k) {
      const auto& lab = figs[l.parts[k]].label;
      if (names_other(lab) && (k + 1 == l.parts.size() || bare_other(lab) || other_way(lab))) l.has_other = true;
      // (So is a bare 其他 closing the list after the verb of publishing its items say:
      // 「…,发布政策文件类信息85条,互动回应类信息98条,发布其他信息311条」.)
      for (std::string_view v : {"发布", "公开", "推送", "刊发"})
        if (k + 1 == l.parts.size() && lab.starts_with(v) && names_other(lab.substr(v.size())) && bare_other(lab)) l.has_other = true;
      // (And one after the kinds it leaves out, named with 等: 「动态、党建、廉政等其他信息140条」,
      // 「政府文件、工作报告等民众关心的其他信息共计2004条」.)
      if (k + 1 == l.parts.size() && others_after_deng(lab) && bare_other(lab)) l.has_other = true;
      // (Or one that joins a last kind to the rest: 「其中新闻报道14条，财务及其他信息4条」.)
      for (std::string_view j : {"及其他", "及其它", "和其他", "和其它"})
        if (auto at = lab.find(j); k + 1 == l.parts.size() && at != std::string_view::npos && at > 0 && at <= 4 * 3 && bare_other(lab))
          l.has_other = true;
    }
    // (The rest of the results may close them before the ones carried on to next year, the last
    // part of the requests handled: 「…无法提供等其他情况58件，结转下年度7件」.)
    if (!l.has_other && l.whole >= 0 && l.parts.size() >= 3 && (names_other(figs[l.parts[l.parts.size() - 2]].label) || others_after_deng(figs[l.parts[l.parts.size() - 2]].label))) {
      std::vector<int> results(l.parts.begin(), l.parts.end() - 1);
      if (carried_on_after_results(doc, figs[l.whole], results, figs[l.parts.back()])) l.has_other = true;
    }
    for (int p : l.parts) {
      const auto& lab = figs[p].label;
      // "其中自然人申请12件,法人或其他组织申请5件": every applicant is one or the other.
      if (lab.rfind("自然人", 0) == 0) person = true;
      if (lab.rfind("法人", 0) == 0) legal = true;
      if (holds(lab, "其他组织")) organisation = true;
    }
    if (person && legal && organisation) l.has_other = true;
    // "其中线下申请15件,通过网站在线申请9件": an application not made offline is made online; the
    // two make the whole. (Not information published both ways, which may count an item twice.)
    auto applied = [&](int p) { return holds(figs[p].label, "申请"); };
    if (l.parts.size() == 2 && applied(l.parts[0]) && applied(l.parts[1])) {
      // (Not some of them named with 中: 「线下申请中当面申请20件」, 「网上申请中电子邮件5件」.)
      auto some = [&](int p) {
        std::string_view lab = figs[p].label;
        for (auto zh = Regex::find_word(lab, "中"); zh != std::string_view::npos && zh + 3 < lab.size(); zh = Regex::find_word(lab, "中", zh + 3)) {
          bool word = false;  // 中心, 中央, 中级…
          for (std::string_view w : {"心", "央", "级", "小", "学", "医", "华", "国", "共", "介", "层", "旬", "期"})
            word = word || lab.substr(zh + 3).starts_with(w);
          if (!word) return true;
        }
        return false;
      };
      auto offline = [&](int p) { return holds(figs[p].label, "线下") && !some(p); };
      auto online = [&](int p) {
        const auto& lab = figs[p].label;
        for (std::string_view w : {"线上", "在线", "网上", "网络"})
          if (holds(lab, w) && !holds(lab, "线下") && !some(p)) return true;
        return false;
      };
      const int a = l.parts[0], b = l.parts[1];
      if ((offline(a) && online(b)) || (online(a) && offline(b))) l.has_other = true;
    }
  }
}

// The words of a share's 占…的 that name what it is a share of, without those that only say
// "all of it" (全部, 总数, 全市, 本年…): "占全市网上申请总量的" → 网上申请, "占发文总量的" → 发文,
// "占全市的", "占总数的" → nothing. Each run of two characters or more is one name.
std::vector<std::u32string> base_names(u32string_view base) {
  static constexpr u32string_view kAll[] = {U"全年度", U"本年度", U"全年", U"本年", U"年度", U"全部", U"所有", U"总数",
                                            U"总量", U"总额", U"总计", U"合计", U"共计", U"累计", U"比例", U"比重",
                                            U"数量", U"总体", U"整体", U"全体", U"各类", U"本单位", U"本机关",
                                            U"本部门", U"本系统", U"我单位", U"当年", U"超过", U"以上", U"以下", U"左右",
                                            U"不足", U"不到", U"将近", U"接近"};
  static constexpr u32string_view kWhose = U"全本我该各";
  static constexpr u32string_view kPlace = U"市县区省镇乡州盟旗国局委厅办村院";
  std::vector<std::u32string> out;
  std::u32string cur;
  auto flush = [&] {
    if (cur.size() >= 2) out.push_back(cur);
    cur.clear();
  };
  for (std::size_t k = 0; k < base.size();) {
    bool skipped = false;
    for (auto w : kAll)
      if (base.substr(k).starts_with(w)) {
        flush();
        k += w.size();
        skipped = true;
        break;
      }
    if (skipped) continue;
    if (k + 1 < base.size() && kWhose.find(base[k]) != npos && kPlace.find(base[k + 1]) != npos) {
      flush();
      k += 2;
      continue;
    }
    // (Words that only link: 占比为, 所占比例达, 约占.)
    if (!is_cjk(base[k]) || u32string_view(U"的比为到达约了是近逾仅只已").find(base[k]) != npos) flush();
    else cur.push_back(base[k]);
    ++k;
  }
  flush();
  return out;
}

// "其中规范性文件36条,占发文总量的90%", "网上申请8件,占全市网上申请总量的10%": a share whose
// 占…的 names another base than the list's whole (words the whole's statement does not use, or
// the part's own name) is a share of that base; it is not checked against the list's whole.
// ("占总数的", "占全市的", "占主动公开信息总数的" name the whole.)
void drop_foreign_shares(Document& doc) {
  auto& figs = doc.figures;
  for (auto& l : doc.lists) {
    std::u32string said;  // what the text says of the whole, up to the first part's name
    bool said_made = false;  // (made for the first share that names a base)
    auto make_said = [&] {
      said_made = true;
      if (l.whole < 0) return;
      const auto& w = figs[l.whole];
      std::uint32_t from = doc.lines.line_span(static_cast<std::uint32_t>(w.line)).begin;
      said = text::from_utf8(doc.folded_slice({from, w.end()}));
      std::u32string intro = text::from_utf8(l.intro);
      std::u32string first = text::from_utf8(figs[l.parts.front()].label);
      if (u32string_view(intro).ends_with(first)) intro.resize(intro.size() - first.size());
      said += intro;
    };
    // Whether a share of the list with these 占…的 words fits the whole (within a unit of its
    // last digit): then the words name it, whatever verb they use ("交由…办理的建议93件,其中…
    // 占承办总数的26.8%").
    auto fits_whole = [&](std::string_view base) {
      if (l.whole < 0 || figs[l.whole].value.is_zero()) return false;
      const Decimal& W = figs[l.whole].value;
      return std::any_of(l.parts.begin(), l.parts.end(), [&](int q) {
        if (figs[q].share < 0 || figs[figs[q].share].share_base != base) return false;
        const auto& s = figs[figs[q].share];
        Decimal e = (figs[q].value * Decimal(100, 0)).divide(W, 8);
        Decimal d = e > s.value ? e - s.value : s.value - e;
        return d <= Decimal(1, s.precision);
      });
    };
    bool dropped = false;
    for (int p : l.parts) {
      auto& c = figs[p];
      if (c.share < 0) continue;
      auto& sh = figs[c.share];
      if (sh.share_base.empty() || sh.share_whole >= 0) continue;
      if (!said_made) make_said();
      std::u32string own = text::from_utf8(c.label);
      bool foreign = false;
      for (const auto& name : base_names(text::from_utf8(sh.share_base))) {
        bool names_part = own.size() >= 2 && name.find(own) != npos;
        bool unsaid = l.whole >= 0 && text::common_run(name, said) < 2 && !fits_whole(sh.share_base);
        foreign = foreign || names_part || unsaid;
      }
      if (!foreign) continue;
      sh.share_of = -1;
      c.share = -1;
      dropped = true;
    }
    if (dropped)
      l.shares = has_shares(figs, l);
  }
}

}  // namespace


// The report's title (「XX县2019年政府信息公开工作年度报告」) when a page copied from a site puts
// its menu or breadcrumb before it: the last line naming an annual report (a menu's 「政府工作报告」
// link or a breadcrumb's 「…>政府信息公开年报」 may come first), short, not a sentence, not
// numbered, before any sentence. 0 when there is none.
std::uint32_t title_line(const Document& doc) {
  const u32string_view f = doc.folded;
  std::uint32_t title = 0;
  for (std::uint32_t ln = 1; ln <= doc.lines.line_count() && ln <= 60; ++ln) {
    Span sp = doc.lines.line_span(ln);
    u32string_view t = trim(f.substr(sp.begin, sp.end - sp.begin));
    if (t.find(U'。') != npos) break;  // the report's prose has begun
    if (t.empty() || parse_marker(t).style != 0) continue;
    bool names = t.find(U"年度报告"sv) != npos || t.find(U"工作报告"sv) != npos || t.find(U"年报"sv) != npos;
    if (names && t.size() <= 60 && !begins_with(t, U"本"sv) && t.find_first_of(U",;") == npos) title = ln;
  }
  return title;
}

// Text broken into short lines mid-sentence (taken from a PDF or a page-turning viewer: "本年度共
// 收到政府信息公开申请30件,其中网上申请⏎20件,信函申请5件…") is read with those breaks
// joined, so that labels, lists and shares reach across them; every figure is still reported at
// its line and column in the file. A document counts as such when most of its long lines (15
// characters or more, not headings) end without ending a sentence, five at least. A line is
// joined to the next when it is such a line and the next is not a heading, nor a short line
// that ends no sentence (a table cell standing on its own line).
namespace {

bool heading_start(std::u32string_view l) {
  while (!l.empty() && is_space(l.front())) l.remove_prefix(1);
  if (l.empty()) return false;
  static constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";
  std::size_t k = 0;
  if (l[0] == U'(' || l[0] == U'（') {
    k = 1;
    while (k < l.size() && kNumerals.find(l[k]) != npos) ++k;
    return k > 1 && k < l.size() && (l[k] == U')' || l[k] == U'）');
  }
  while (k < l.size() && kNumerals.find(l[k]) != npos) ++k;
  if (k > 0 && k < l.size() && (l[k] == U'、' || l[k] == U'是')) return true;
  k = 0;
  while (k < l.size() && raw_digit(l[k])) ++k;
  // (Not the rest of a share cut from its line, 「占⏎23.42%」: a decimal followed by % or 万, or
  // of three digits or more. 「1.2 组织领导」 is a heading's number.)
  bool decimal = false;
  if (k + 1 < l.size() && l[k] != U'、' && raw_digit(l[k + 1])) {
    std::size_t e = k + 1;
    while (e < l.size() && raw_digit(l[e])) ++e;
    // (Or spaced from its sign, 「占⏎2.8 %」, as a PDF's text may space it.)
    while (e < l.size() && is_space(l[e])) ++e;
    decimal = k >= 3 || (e < l.size() && (l[e] == U'%' || l[e] == U'％' || l[e] == U'万' || l[e] == U'亿'));
  }
  if (k > 0 && k < l.size() && (l[k] == U'.' || l[k] == U'、' || l[k] == U'．') && !decimal) return true;
  return begins_with(l, U"第") || begins_with(l, U"附件") || begins_with(l, U"附表");
}

// (A semicolon ends a clause, not the sentence: a list goes on across it.)
// (A switch rather than a search of the set: it is asked of nearly every line's last character.)
bool ends_sentence(char32_t c) {
  switch (c) {
    case U'。': case U'！': case U'？': case U'!': case U'?': case U'：': case U':': return true;
    default: return false;
  }
}

// A page's number printed at its foot and copied with the text: 「— 3 —」「- 12 -」「第3页 共8页」
// 「第 3 页」 (頁 in traditional script). A bare number is not one (a table cell stands on its own
// line that way).
bool page_number_line(std::u32string_view l) {
  auto digit = raw_digit;
  auto dash = [](char32_t c) {  // (a switch: asked of every line's first character)
    switch (c) {
      case U'-': case U'—': case U'–': case U'－': case U'‒': case U'―': case U'─': return true;
      default: return false;
    }
  };
  auto skip_spaces = [&](std::size_t k) {
    while (k < l.size() && is_space(l[k])) ++k;
    return k;
  };
  auto digits = [&](std::size_t k) {
    std::size_t e = k;
    while (e < l.size() && digit(l[e]) && e - k < 4) ++e;
    return e;
  };
  while (!l.empty() && is_space(l.front())) l.remove_prefix(1);
  while (!l.empty() && is_space(l.back())) l.remove_suffix(1);
  if (l.empty()) return false;
  if (dash(l.front())) {
    std::size_t k = 0;
    while (k < l.size() && dash(l[k])) ++k;
    k = skip_spaces(k);
    std::size_t e = digits(k);
    if (e == k) return false;
    e = skip_spaces(e);
    if (e == l.size() || !dash(l[e])) return false;
    while (e < l.size() && dash(l[e])) ++e;
    return e == l.size();
  }
  // N/M, the page of the pages (「3/9」), N no more than M.
  if (digit(l.front())) {
    std::size_t e = digits(0), k = skip_spaces(e);
    if (k >= l.size() || (l[k] != U'/' && l[k] != U'／')) return false;
    k = skip_spaces(k + 1);
    std::size_t m = digits(k);
    if (m == k || m != l.size() || e > 3 || m - k > 3) return false;
    auto number = [&](std::size_t a, std::size_t b) {
      int v = 0;
      for (std::size_t x = a; x < b; ++x) v = v * 10 + static_cast<int>(l[x] >= 0xFF10 ? l[x] - 0xFF10 : l[x] - U'0');
      return v;
    };
    const int page_no = number(0, e), pages = number(k, m);
    return page_no >= 1 && page_no <= pages;
  }
  // 第N页, then optionally 共M页 (after a space, comma or slash).
  auto page = [&](std::size_t k, char32_t first) -> std::size_t {
    if (k >= l.size() || l[k] != first) return npos;
    k = skip_spaces(k + 1);
    std::size_t e = digits(k);
    if (e == k) return npos;
    e = skip_spaces(e);
    if (e >= l.size() || (l[e] != U'页' && l[e] != U'頁')) return npos;
    return e + 1;
  };
  std::size_t e = page(0, U'第');
  if (e == npos) return false;
  while (e < l.size() && (is_space(l[e]) || l[e] == U',' || l[e] == U'，' || l[e] == U'/' || l[e] == U'、')) ++e;
  if (e == l.size()) return true;
  e = page(e, U'共');
  return e == l.size();
}

}  // namespace

// A line of the page around the report, not of its prose: 「发布机构：…办公室  发文日期：2011年3月11日」
// 「文号：…〔2011〕43号」, a link to a file (「1.…年度报告.pdf（463KB）」) or to another report
// (「• …2009年政府信息公开工作年度报告  2010-01-15」). It has no mark of a sentence (no comma, 、,
// semicolon or full stop) and names a field (a colon), a file, or a report. Such lines, however
// many, do not make a text look cut at a page's measure.
// (One pass: 年报, 年度报告 and their traditional forms all hold 报 or 報 after 年 or 年度, sought
// eight characters at a time: every line of the text is asked, and 年 stands in most of them, 报
// in few.)
bool names_report(std::u32string_view c) {
  static constexpr char32_t kReport[] = {U'报', U'報'};
  for (std::size_t k = text::find_any(c, 0, kReport); k != std::u32string_view::npos; k = text::find_any(c, k + 1, kReport)) {
    if (k >= 1 && c[k - 1] == U'年') return true;                                              // 年报, 年報
    if (k >= 2 && c[k - 2] == U'年' && c[k - 1] == U'度' && k + 1 < c.size() && c[k + 1] == U'告') return true;  // 年度报告
  }
  return false;
}

// `reports`: how many lines of the text name a report with no mark of a sentence — a page's
// list of other years' reports, or a second report's title, when more than one.
bool page_metadata(std::u32string_view c, std::size_t reports) {
  // (The site's registration, contact and browser lines, whatever their marks: 「地址：…号，邮编：…」.)
  // (One pass over the line, a word looked for only where its first character stands.)
  static constexpr std::u32string_view kWords[] = {U"ICP", U"公网安备", U"公網安備", U"浏览器", U"瀏覽器", U"分辨率", U"网站标识码",
                                                   U"網站標識碼", U"邮编", U"郵編", U"邮政编码", U"郵政編碼", U"版权所有", U"版權所有"};
  // (The first characters sought eight at a time, the line being nearly always long prose; then
  // the second by its low ten bits: 公, 分 and 网 are common in reports, 公开 and 网上 are no such
  // word, and most are told so by the character after them.)
  static constexpr std::array<std::uint64_t, 16> kSeconds = [] {
    std::array<std::uint64_t, 16> m{};
    for (std::u32string_view w : kWords) m[(w[1] >> 6) & 15] |= std::uint64_t{1} << (w[1] & 63);
    return m;
  }();
  auto second = [](char32_t ch) { return (kSeconds[(ch >> 6) & 15] >> (ch & 63)) & 1; };
  static constexpr char32_t kWordFirsts[] = {U'I', U'公', U'浏', U'瀏', U'分', U'网', U'網', U'邮', U'郵', U'版'};
  static_assert(std::all_of(std::begin(kWords), std::end(kWords), [](std::u32string_view w) {
    return std::find(std::begin(kWordFirsts), std::end(kWordFirsts), w.front()) != std::end(kWordFirsts);
  }));
  for (std::size_t k = text::find_any(c, 0, kWordFirsts); k != std::u32string_view::npos && k + 1 < c.size(); k = text::find_any(c, k + 1, kWordFirsts)) {
    const char32_t ch = c[k];
    if (!second(c[k + 1])) continue;
    for (std::u32string_view w : kWords)
      if (w.front() == ch && c.substr(k).starts_with(w)) return true;
  }
  // (The marks looked for four characters at a time: these are passes over whole lines.)
  static constexpr char32_t kStops[] = {U',', U'，', U'、', U';', U'；', U'。'}, kColons[] = {U':', U'：'},
                            kArrows[] = {U'>', U'＞', U'→', U'»'};
  if (text::holds_any(c, kStops)) return false;
  if (text::holds_any(c, kColons)) return true;
  // (The text is not folded yet: the traditional script's words too.)
  // (One pass, the words tried only where their first character stands.)
  static constexpr char32_t kFileFirsts[] = {U'.', U'K'};
  for (std::size_t k = text::find_any(c, 0, kFileFirsts); k != std::u32string_view::npos; k = text::find_any(c, k + 1, kFileFirsts))
    for (std::u32string_view w : {U".pdf"sv, U".doc"sv, U".xls"sv, U".wps"sv, U"KB"sv})
      if (c.substr(k).starts_with(w)) return true;
  // (A report named in a list of links, marked by a bullet or followed by its date; the title
  // line itself is not told from a cut line so.)
  // (A breadcrumb: 「首页＞政务公开＞年度报告＞2014年」.)
  if (text::holds_any(c, kArrows)) return true;
  if (!names_report(c)) return false;
  if (reports >= 2) return true;
  if (c.front() == U'•' || c.front() == U'·' || c.front() == U'●' || c.front() == U'◆') return true;
  for (std::size_t k = 0; k + 5 < c.size(); ++k)
    if (c[k] == U'2' && c[k + 1] == U'0' && c[k + 4] == U'-') return true;  // 「2010-01-15」
  return false;
}

void join_wrapped_lines(Document& doc) {
  const std::u32string& t = doc.text;
  const std::uint32_t n = static_cast<std::uint32_t>(t.size());
  // The text is read before it is folded: digits typed full width (０-９, ．) are digits too.
  auto digit = raw_digit;
  auto point = [](char32_t ch) { return ch == U'.' || ch == 0xFF0E; };
  // A table row: cells apart by tabs or bars, or three words apart by spaces. (Looked for only
  // in the lines that could be joined; most characters are CJK and settle it with one test.)
  // (A number spaced from its words and its unit, 「申请 62 件，其中…」 as a PDF's text spaces
  // digits from CJK, is no word of its own.)
  // (The units the figures are read with, 场 and 期 among them: 「举办新闻发布会 20 场，…」 is prose.
  // The text is not yet folded: 條, 項 and 個 are folded to be asked.)
  auto unit_char = [](char32_t ch) { return is_one_char_unit(text::fold(ch)); };
  static constexpr std::u32string_view kClauseMarks = U",;，；、";
  auto table_row = [&](std::uint32_t b, std::uint32_t e) {
    // (A line with no space, tab or bar has one word at most and no value set apart. Nor has one
    // with none past its indent, a tab's aside: it may only be a value set apart by the indent, the
    // second test below. Most lines of prose are either.)
    std::uint32_t s = b;
    while (s < e && t[s] != U'\t' && is_space(t[s])) ++s;
    const bool words = text::holds_any(std::u32string_view(t).substr(s, e - s), kCellGaps);
    if (!words && s == b) return false;
    int tokens = 0;
    bool gap = true, after_number = false, number_counted = false;
    for (std::uint32_t i = words ? b : e; i < e; ++i) {
      char32_t ch = t[i];
      // (A comma or semicolon after a space goes on with the word before it, as a PDF's text
      // spaces 「占83.9% ;人事信息类20条」: no cell opens with one.)
      if (gap && i > b && kClauseMarks.find(ch) != std::u32string_view::npos) {
        gap = after_number = number_counted = false;
        continue;
      }
      if (ch > 0x3000 && ch != 0xFEFF && !digit(ch) && !point(ch)) {
        if (gap && after_number && unit_char(ch)) tokens -= number_counted;
        else tokens += gap;
        gap = after_number = number_counted = false;
        continue;
      }
      if (ch == U'\t' || ch == U'|') return true;
      bool space = is_space(ch);
      if (gap && !space) {
        ++tokens;
        number_counted = digit(ch);
      }
      if (!space) after_number = digit(ch) || (after_number && point(ch));
      gap = space;
    }
    if (tokens >= 3) return true;
    // A label and its value two spaces apart (「不是《条例》所指政府信息  4」): a row of the old
    // statistical table, not prose cut at the page's measure (running text keeps a number by
    // its words, or one space from them).
    // (Not a line of prose, which has commas; the form's labels have none.)
    std::uint32_t k = e;
    while (k > b && (digit(t[k - 1]) || point(t[k - 1]))) --k;
    if (k == e || k < b + 2) return false;
    if (!(t[k - 1] == 0x3000 || (is_space(t[k - 1]) && is_space(t[k - 2])))) return false;
    return std::u32string_view(t).substr(b, k - b).find_first_of(U"，,。；;") == std::u32string_view::npos;
  };
  // (16 bytes, one for every line however short: a width of 2^27 columns or more, over a line's
  // limit, is not kept but measured again when asked.)
  struct Line {
    std::uint32_t begin, end, next;   // content [begin, end), the next line starts at `next`
    std::uint32_t columns : 27 = 0;   // width as printed: a CJK character takes two columns (measured when widths decide)
    bool measured : 1 = false;        // `columns` holds the width (worked out once, by width())
    bool open : 1 = false;            // long prose ending without ending a sentence
    bool open_heading : 1 = false;    // the same, opening with a heading's number ("(一)申请情况。…")
    bool semicolon : 1 = false;       // long prose ending with a semicolon
    bool furniture : 1 = false;       // a page's number, or the running head printed beside it
  };
  static_assert(sizeof(Line) == 16);
  // The lines as the file has them (its line breaks are all \n by now), found in one pass that
  // both loops below read, rather than each line's end looked for twice; they are the source's
  // lines once lines are joined. (A text has as many lines as it has characters at most, within
  // the limit on lines; none when empty.)
  text::SourceMap source(t);
  const std::uint32_t line_total = n == 0 ? 0 : source.line_count();
  std::size_t reports = 0;  // lines naming a report with no mark of a sentence (page_metadata)
  // (Only a line holding 报 or 報 can name one: those lines are found by a search of the whole
  // text, eight characters at a time, rather than every line asked in turn.)
  static constexpr char32_t kReport[] = {U'报', U'報'};
  for (std::size_t k = text::find_any(t, 0, kReport); k != std::u32string_view::npos && reports < 2;) {
    const Span sp = source.line_span(source.at(static_cast<std::uint32_t>(k)).line);
    auto c = std::u32string_view(t).substr(sp.begin, sp.end - sp.begin);
    reports += names_report(c) && c.find_first_of(U",，、;；。") == std::u32string_view::npos;
    k = text::find_any(t, std::max<std::size_t>(sp.end, k + 1), kReport);
  }
  std::vector<Line> lines;
  lines.reserve(line_total);
  // Whether each line is a table row, which several of the passes below ask: worked out once a
  // line, when first asked (-1 until then).
  std::vector<std::int8_t> rows;
  rows.reserve(line_total);
  // Long lines of prose (a table's rows are neither cut nor whole sentences: a report that
  // attaches its statistical table is still told cut at a page's measure by its prose).
  std::size_t long_lines = 0;
  // Widths of the open lines in columns as printed (a CJK character takes two): a line of
  // figures in half-width digits holds more characters at the same measure.
  std::vector<std::size_t> widths;
  auto printed = [&t](std::uint32_t b, std::uint32_t e) { return text::display_width(std::u32string_view(t).substr(b, e - b)); };
  // A line's width, measured the first time it is asked.
  auto width = [&](Line& l) -> std::size_t {
    if (l.measured) return l.columns;
    const std::size_t w = printed(l.begin, l.end);
    if (w < (std::size_t{1} << 27)) l.columns = static_cast<std::uint32_t>(w), l.measured = true;
    return w;
  };
  std::uint32_t widest = 0;         // columns of the widest line
  for (std::uint32_t ln = 1; ln <= line_total; ++ln) {
    const std::uint32_t b = source.line_span(ln).begin, e = source.line_span(ln).end;
    std::uint32_t next = e < n ? e + 1 : e, ce = e;
    while (ce > b && (t[ce - 1] == U'\r' || is_space(t[ce - 1]))) --ce;
    Line l{b, ce, next};
    auto c = std::u32string_view(t).substr(b, ce - b);
    // (A line ending with a semicolon ends its clause: an item of a list a line each,
    // 「(1)机构职能类信息120条;」, not prose cut at the page's measure.)
    std::int8_t row = -1;
    if (c.size() >= 15 && !heading_start(c) && !page_metadata(c, reports)) {
      row = table_row(b, ce);
      long_lines += !row;
      if (!ends_sentence(c.back()) && c.back() != U'；' && c.back() != U';' && !row) {
        l.open = true;
        widths.push_back(width(l));
      }
      l.semicolon = (c.back() == U'；' || c.back() == U';') && !row;
    } else if (c.size() >= 15 && !ends_sentence(c.back())) {
      row = table_row(b, ce);
      l.open_heading = !row;
    }
    l.furniture = page_number_line(c);
    lines.push_back(l);
    rows.push_back(row);
  }
  auto is_row = [&](std::size_t i) {
    if (rows[i] < 0) rows[i] = table_row(lines[i].begin, lines[i].end);
    return rows[i] != 0;
  };
  // A line's text, and the same with its indent left out.
  auto text_of = [&](const Line& l) { return std::u32string_view(t).substr(l.begin, l.end - l.begin); };
  auto trimmed = [&](const Line& l) {
    auto c = text_of(l);
    while (!c.empty() && is_space(c.front())) c.remove_prefix(1);
    return c;
  };
  // A line opening with a count and its unit that ends its clause or the line there (「25条。」,
  // 「25条；…」): the count of a label the line before ends with.
  auto count_opens = [&](std::u32string_view c) {
    std::size_t d = 0;
    while (d < c.size() && digit(c[d])) ++d;
    if (d == 0 || d >= c.size() || !unit_char(c[d])) return false;
    return d + 1 == c.size() || std::u32string_view(U",，、;；。").find(c[d + 1]) != std::u32string_view::npos;
  };
  // A line opening with the rest of a number cut by the page's measure: digits, then a unit (of a
  // count, an amount or a date), a share's sign, a decimal point and its decimals, or a group of
  // three digits after a thousands' comma (「4⏎1条」「3⏎4.5%」「1,2⏎34条」「12⏎5,000元」). Not a
  // heading's number (「3.其他」) nor a clause of its own (「12⏎3，…」).
  // (Or the unit alone, cut from all the digits: 「…召开新闻发布会16⏎场，…」, the unit then a
  // punctuation mark or a word, as no heading, list item or table cell opens. Any unit the
  // figures are read with, 场 and 期 as well as 件 and 条.)
  auto number_goes_on = [&](std::u32string_view c) {
    static constexpr std::u32string_view kAfter = U"万萬亿億元年月日%％";
    std::size_t d = 0;
    while (d < c.size() && digit(c[d])) ++d;
    if (d == 0)
      return c.size() >= 2 && unit_char(c[0]) &&
             ((c[1] >= 0x4E00 && c[1] <= 0x9FFF) || std::u32string_view(U",，、;；。:：)）").find(c[1]) != std::u32string_view::npos);
    if (d >= c.size()) return false;
    if (kAfter.find(c[d]) != std::u32string_view::npos || unit_char(c[d])) return true;
    if (point(c[d])) return d + 1 < c.size() && digit(c[d + 1]);
    if (c[d] != U',') return false;
    std::size_t g = d + 1;
    while (g < c.size() && digit(c[g])) ++g;
    return g == d + 4;
  };
  // What a line opens with when it goes on from a figure alone on the line before: a unit or a
  // punctuation mark.
  static constexpr std::u32string_view kGoesOn = U"条件个项次份篇期家人,，;；、。:：)）";
  // The label of the old statistical table over its value's line (「危及国家安全、公共安全、经济安全
  // 和社会稳定⏎0」): a cell, not prose cut at a measure, when the value's line is a number alone and
  // the line after it does not go on with a unit or a punctuation mark.
  {
    bool changed = false;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      if (!lines[i].open) continue;
      // (Its unit may stand on a line between: 「危及国家安全、…稳定⏎件⏎0」.)
      std::size_t at = i + 1;
      if (auto u = trimmed(lines[at]); u.size() == 1 && unit_char(u.front()) && at + 1 < lines.size()) ++at;
      auto v = trimmed(lines[at]);
      if (v.empty() || v.size() > 12 || !std::all_of(v.begin(), v.end(), [&](char32_t ch) { return digit(ch) || point(ch); })) continue;
      auto after = at + 1 < lines.size() ? trimmed(lines[at + 1]) : std::u32string_view();
      // (Or a share's sign: 「…占⏎5⏎%」.)
      if (!after.empty() && (kGoesOn.find(after.front()) != std::u32string_view::npos || after.front() == U'%' || after.front() == 0xFF05))
        continue;
      lines[i].open = false;
      changed = true;
    }
    if (changed) {
      widths.clear();
      for (auto& l : lines)
        if (l.open) widths.push_back(width(l));
    }
  }
  // Page furniture: a page's number, and a line printed again at every page break (the report's
  // title or the body's name as a running head) right before or after one. It is left out of
  // the text read, so that a table row or a sentence cut by a page break reads on across it.
  // (The line's figures are the page's, not the report's.)
  bool furniture = false;
  {
    std::vector<std::size_t> heads;  // lines next to a page number, not page numbers themselves
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].furniture) continue;
      furniture = true;
      for (int d : {-1, 1}) {
        std::size_t j = i;
        while (true) {
          if ((d < 0 && j == 0) || (d > 0 && j + 1 >= lines.size())) break;
          j += d;
          if (lines[j].end > lines[j].begin) break;
        }
        if (j != i && lines[j].end > lines[j].begin && !lines[j].furniture) heads.push_back(j);
      }
    }
    // A running head is printed elsewhere too, word for word (as the title, or at another page
    // break); a line of words, not a table row or a numbered heading or label.
    for (std::size_t a : heads) {
      auto c = text_of(lines[a]);
      if (c.size() < 8 || heading_start(c) || is_row(a)) continue;
      std::size_t same = 0;
      for (const auto& l : lines) same += text_of(l) == c;
      if (same >= 2) lines[a].furniture = true;
    }
    // The blank lines a page break leaves around its number (「…网上申请3⏎⏎第3页 共9页⏎⏎09件，…」)
    // are the break's too: a sentence cut by it reads on across them.
    if (furniture) {
      std::vector<bool> blank_by_break(lines.size(), false);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].furniture) continue;
        for (std::size_t j = i; j-- > 0 && lines[j].end == lines[j].begin && !lines[j].furniture;) blank_by_break[j] = true;
        for (std::size_t j = i + 1; j < lines.size() && lines[j].end == lines[j].begin && !lines[j].furniture; ++j) blank_by_break[j] = true;
      }
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (blank_by_break[i]) lines[i].furniture = true;
    }
    if (furniture) {
      long_lines = 0;
      widths.clear();
      for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& l = lines[i];
        if (l.furniture) continue;
        auto c = text_of(l);
        long_lines += c.size() >= 15 && !heading_start(c) && !is_row(i);
        if (l.open) widths.push_back(width(l));
      }
    }
  }
  // A figure alone on its line inside a sentence, as text copied from a page that styled its
  // numbers apart comes: 「累计主动公开政府信息⏎5928⏎条，全文电子化率达⏎90.3%⏎，其中…」. The
  // line before it ends no sentence and the line after it goes on with the figure's unit or a
  // punctuation mark; the three are one line of text. (Not a table's value lines: the line
  // after a value is another value or the next row's label.)
  std::vector<bool> split(lines.size(), false), goes_on(lines.size(), false);
  std::vector<bool> indented(lines.size(), false);  // read on from the sentence before, its indent left out
  bool any_split = false;
  {
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
      auto c = trimmed(lines[i]);
      if (c.empty() || c.size() > 12 || lines[i].furniture) continue;
      std::size_t d = 0;
      while (d < c.size() && (digit(c[d]) || point(c[d]) || c[d] == U',' || c[d] == 0xFF0C)) ++d;
      if (d == 0 || !digit(c[0]) || (d < c.size() && !(d + 1 == c.size() && (c[d] == U'%' || c[d] == 0xFF05)))) continue;
      auto before = text_of(lines[i - 1]), after = trimmed(lines[i + 1]);
      if (before.empty() || after.empty() || lines[i - 1].furniture || lines[i + 1].furniture) continue;
      if (ends_sentence(before.back()) || is_row(i - 1)) continue;
      if (kGoesOn.find(after.front()) == std::u32string_view::npos) continue;
      split[i] = true;
      any_split = true;
    }
    // A line opening with a comma, a semicolon or a 、 goes on with the line before: no line of
    // text starts so. (「…其中当面申请20件,网上申请5件⏎,电子邮件申请4件。」: one cut line, too few
    // to tell the page's measure by.)
    // So does a line after one ending with a comma or a 、, no paragraph ending so (a page's line
    // break in a sentence: 「从公开渠道看，通过政府网站公开1,852条，⏎政府公报公开310条，…」), unless
    // it opens a heading or is a table's row.
    // (Also across the blank lines and the page's furniture a page break leaves between them,
    // 「…业务动态类40条⏎⏎— 2 —⏎⏎；其他类25条。」: four lines at most.)
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      if (lines[i].furniture) continue;
      auto c = text_of(lines[i]);
      if (c.empty() || ends_sentence(c.back())) continue;
      std::size_t j = i + 1;
      while (j + 1 < lines.size() && j <= i + 4 && (lines[j].furniture || lines[j].end == lines[j].begin)) ++j;
      if (j > i + 1 && !lines[j].furniture) {
        auto far = trimmed(lines[j]);
        if (!far.empty() && std::u32string_view(U",，、;；").find(far.front()) != std::u32string_view::npos) {
          for (std::size_t b = i; b < j; ++b) goes_on[b] = true;
          any_split = true;
          continue;
        }
      }
      // (Or an item cut between its label and its count: 「…通知公告75条；其他类⏎25条。」, the line
      // before ending a list's label, after a separator, with no figure of its own, the line after
      // (or after the break's blank lines and furniture) opening with the count and its unit, then
      // ending its clause or the line: nothing there opens a paragraph.)
      if (!lines[j].furniture && j > i && count_opens(trimmed(lines[j])) && !heading_start(c) && !is_row(i) && !is_row(j)) {
        auto sep = c.find_last_of(U",，、;；");
        auto label = sep == std::u32string_view::npos ? std::u32string_view() : c.substr(sep + 1);
        if (!label.empty() && label.size() <= 16 && label.back() >= 0x4E00 && label.back() <= 0x9FFF &&
            std::find_if(label.begin(), label.end(), digit) == label.end()) {
          for (std::size_t b = i; b < j; ++b) goes_on[b] = true;
          any_split = true;
          continue;
        }
      }
      if (lines[i + 1].furniture) continue;
      auto next = trimmed(lines[i + 1]);
      if (next.empty()) continue;
      const bool opens = std::u32string_view(U",，、;；").find(next.front()) != std::u32string_view::npos;
      const bool ends = std::u32string_view(U",，、").find(c.back()) != std::u32string_view::npos && !heading_start(next) &&
                        !is_row(i) && !is_row(i + 1);
      if (!opens && !ends) continue;
      goes_on[i] = true;
      any_split = true;
    }
    // A sentence a line (a page that breaks its line after every 。): a line opening with 其中
    // (or 按…分, 从…看) divides the count whose sentence ends the line before, 「全年主动公开政府信息104条。⏎其中,
    // 机构职能类信息2条,占总数的1.5%;…」, and is read on from it as the report runs them, so that
    // its list and shares reach their whole. (The sentence before states a figure; a table row is
    // not joined.)
    // (Also across blank lines: a page that sets every sentence apart as a paragraph.)
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      std::size_t j = i + 1;
      // (Or several: a page that sets its sentences apart by blank lines may leave more than one.
      // Only after a line of text: a run of blank lines is crossed once, not once a line of it.)
      if (lines[i].end != lines[i].begin)
        while (j + 1 < lines.size() && lines[j].end == lines[j].begin) ++j;
      if (lines[i].furniture || lines[j].furniture) continue;
      auto c = text_of(lines[i]), next = trimmed(lines[j]);
      if (c.empty() || c.back() != U'。') continue;
      // (Or with a phrase saying how the whole is divided, 「按信息类别分：」「从申请方式看，」, after
      // a whole sentence of the line's own that lists nothing: the next grouping after a first
      // one's list, 「从来信分类看，…；⏎其他50件。⏎从来信渠道看，…」, divides the whole above.)
      // (So does 包括, 主要包括 or 具体包括 opening the line: 「…主动公开信息83条。⏎具体包括履职依据1条，…」.)
      // (Folded: 具體包括 as typed in traditional script.)
      bool qizhong = next.starts_with(U"其中") || opens_with_includes(text::fold(next.substr(0, 4))) > 0;
      // (Such a phrase ends at a colon or comma, full width or not: a line with neither in its first
      // words is not folded to be asked.)
      static constexpr char32_t kPhraseEnds[] = {U':', U',', U'：', U'，'};
      if (!qizhong && (!text::holds_any(next.substr(0, 24), kPhraseEnds) || grouping_at(text::fold(next.substr(0, 24))) != 0)) continue;
      if (is_row(i)) continue;
      auto body = c.substr(0, c.size() - 1);
      auto stop = body.find_last_of(U"。！？!?");
      if (!qizhong) {
        auto own = body.substr(stop == std::u32string_view::npos ? 0 : stop + 1);
        if (own.find_first_of(U"；;") != std::u32string_view::npos) continue;
        std::size_t p = i;
        while (p > 0 && lines[p - 1].end == lines[p - 1].begin) --p;
        auto before = p > 0 ? text_of(lines[p - 1]) : std::u32string_view();
        if (stop == std::u32string_view::npos && !before.empty() && !ends_sentence(before.back()) && !heading_start(before)) continue;
      }
      // (A numbered paragraph, 「二是完成情况。2021年主动公开政府信息977条。」, by a sentence after
      // its title: a heading line alone is not joined.)
      if (heading_start(c) && stop == std::u32string_view::npos) continue;
      auto last = body.substr(stop == std::u32string_view::npos ? 0 : stop + 1);
      if (std::find_if(last.begin(), last.end(), digit) == last.end()) continue;
      for (std::size_t b = i; b < j; ++b) goes_on[b] = true;
      indented[j] = true;
      any_split = true;
    }
  }
  std::size_t wraps = widths.size();
  // Most long lines end mid-sentence, or those that do are cut to one width (a page's measure).
  std::size_t median = 0, at_measure = 0;
  if (wraps > 0) {
    std::sort(widths.begin(), widths.end());
    median = widths[wraps / 2];
    for (auto w : widths) at_measure += w + 4 >= median && w <= median + 4;  // (two CJK characters either way)
  }
  // A short document cut at a page's measure has too few cut lines to tell by their share; it
  // tells by their width: no line is wider than a page (80 CJK characters), and two lines or
  // more that end mid-sentence are as wide as the widest line (within a character and a half:
  // a CJK character that did not fit). Only those are joined. Text with a paragraph a line
  // (HTML, Word) has its widest lines far wider, or few as wide that end mid-sentence.
  bool by_width = false, no_joins = false, one_measure = wraps > 0 && at_measure * 10 >= wraps * 6;
  // The measure in columns, for lines ending with a semicolon (as wide as it in print, however
  // many of their characters are narrow).
  auto columns = [&](Line& l) { return static_cast<std::uint32_t>(width(l)); };
  std::uint32_t measure = 0;
  if (one_measure && std::any_of(lines.begin(), lines.end(), [](const Line& l) { return l.semicolon; })) {
    std::vector<std::uint32_t> cols;
    for (auto& l : lines)
      if (l.open && !l.furniture) cols.push_back(columns(l));
    std::sort(cols.begin(), cols.end());
    measure = cols.empty() ? 0 : cols[cols.size() / 2];
  }
  if (wraps < 5 || (wraps * 10 < long_lines * 6 && at_measure * 10 < wraps * 6)) {
    // (A line of more than 160 characters is wider than 160 columns: then no width is measured.)
    bool too_wide = false;
    for (const auto& l : lines) too_wide = too_wide || (!l.furniture && l.end - l.begin > 160);
    std::size_t cut = 0;
    if (!too_wide) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].furniture) continue;
        const std::uint32_t w = columns(lines[i]);  // (no line is over 160 characters: width() keeps it)
        if (w > widest && !is_row(i)) widest = w;
      }
      for (const auto& l : lines) cut += !l.furniture && (l.open || l.open_heading) && l.columns + 3u >= widest;
    }
    // One line cut at the measure is too few to tell a page's width by, but a cut inside a word
    // or after a comma of an unfinished sentence which already lists by commas (「…其中当面申请
    // 20件,网上申请5件,电子邮件申⏎请4件。」) is still read on into the next line.
    if (!too_wide && widest >= 40 && widest <= 160 && cut == 1) {
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.furniture || !(l.open || l.open_heading) || l.columns + 3u < widest || lines[i + 1].furniture) continue;
        auto c = text_of(l);
        auto last = c.substr(c.find_last_of(U"。！？!?") == std::u32string_view::npos ? 0 : c.find_last_of(U"。！？!?") + 1);
        auto next = text_of(lines[i + 1]);
        // (Or between a number and its unit, 「政策文件信息3⏎条,…」: a page sets them apart as it
        // sets two characters.)
        // (Or inside a number, 「政策文件类4⏎1条,…」「占比3⏎4.5%」: the rest of its digits open the next
        // line, then its unit, a share's sign, its decimals or a group of thousands.)
        const bool in_number = digit(c.back()) && number_goes_on(next);
        bool mid_sentence = (c.back() >= 0x4E00 && c.back() <= 0x9FFF) || c.back() == U',' || c.back() == U'，' ||
                            (digit(c.back()) && !next.empty() && next.front() >= 0x4E00 && next.front() <= 0x9FFF) || in_number;
        if (!mid_sentence || last.find_first_of(U",，") == std::u32string_view::npos) continue;
        // (The next line may end its sentence only on the one it is read on into: 「…政策⏎文件类62条；
        // 其他类⏎⏎— 2 —⏎⏎65条。」. A number's rest is read on whatever follows it: 「…占6⏎0%；⏎…」.)
        if (next.empty() || heading_start(next) || is_row(i + 1) ||
            (next.find_first_of(U"。！？!?") == std::u32string_view::npos && !goes_on[i + 1] && !in_number))
          continue;
        goes_on[i] = true;
        any_split = true;
      }
    }
    if (too_wide || widest < 40 || widest > 160 || cut < 2) {
      if (!furniture && !any_split) {
        doc.lines = std::move(source);  // (the text stays as it is: so do its lines)
        return;
      }
      no_joins = true;
    }
    by_width = true;
  }
  // The next line is joined on unless it is a heading, a table row, or a short line that ends no
  // sentence (a table cell on a line of its own).
  auto joinable = [&](std::size_t k) {
    auto c = text_of(lines[k]);
    return !c.empty() && !heading_start(c) && (c.size() >= 10 || ends_sentence(c.back())) && !is_row(k);
  };
  std::u32string out;
  out.reserve(t.size());
  std::vector<Origin> origins;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto& l = lines[i];
    if (l.furniture) continue;
    // (The indent of a paragraph read on from the line before is left out: 「…730条。　　按信息
    // 类别分：…」 reads as the report runs them.)
    std::uint32_t from = l.begin;
    while (indented[i] && from < l.end && is_space(t[from])) ++from;
    origins.push_back({static_cast<std::uint32_t>(out.size()), from, -1});
    // (A paragraph opening with its number is joined on only when cut at the measure: a
    // heading of its own is shorter.)
    // (So is a line ending with a semicolon when it is as wide as the page's measure in a text
    // cut to one: 「…制定并发布规范⏎性文件11件;发布统计信息2条;…;⏎更新办事指南143条。」.)
    bool cut = !no_joins && (by_width ? (l.open || l.open_heading || l.semicolon) && l.columns + 3u >= widest
                                      : l.open || (l.open_heading && printed(l.begin, l.end) + 4 >= median) ||
                                            (l.semicolon && measure > 0 && columns(l) + 3 >= measure && columns(l) <= measure));
    std::size_t k = i + 1;
    while (k < lines.size() && lines[k].furniture) ++k;
    // (A short line is joined on too when it holds the rest of a number the measure cut, 「…占比6⏎5.5%；」.)
    bool join = (cut && k < lines.size() && (joinable(k) || (l.end > l.begin && digit(t[l.end - 1]) && number_goes_on(text_of(lines[k]))))) ||
                split[i] || goes_on[i] || (k < lines.size() && split[k]);
    out.append(t, from, (join ? l.end : l.next) - from);
  }
  doc.source_lines = std::move(source);
  doc.source_positions = true;
  doc.origins = std::move(origins);
  doc.text = std::move(out);
  if (doc.invalid_bytes > 0) doc.first_invalid = static_cast<std::uint32_t>(std::min(doc.text.find(U'\uFFFD'), doc.text.size()));
}

// Windows (\r\n) and old Mac (\r) line breaks become \n, so that every reader of the text
// sees a line end as one character. Lines and columns stay what the file's are: the line table
// counts \r\n as one break, and a \r only ever stood at a line's end. (A file saved on
// Windows otherwise reads differently: a table laid out a cell a line, or a number whose unit
// the line break cut off, ends in a \r that the readers of the text do not expect.)
// `at`, an offset in the text, is moved with the character it points to.
void one_line_break(std::u32string& t, std::uint32_t& at) {
  static constexpr char32_t kCR[] = {U'\r'};
  if (text::count_any(t, kCR) == 0) return;  // (four code points at a time: most files have none)
  std::size_t o = 0;
  const std::uint32_t old_at = at;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i == old_at) at = static_cast<std::uint32_t>(o);
    if (t[i] != U'\r') t[o++] = t[i];
    else if (i + 1 >= t.size() || t[i + 1] != U'\n') t[o++] = U'\n';
  }
  if (old_at >= t.size()) at = static_cast<std::uint32_t>(o);
  t.resize(o);
}

// Words that a conversion to traditional script for Taiwan's usage writes differently, read as
// the mainland's words they stand for, each as long as its stand-in, in the folded text and its
// UTF-8 alike: 政府資訊 (资讯 once folded) is 政府信息, 網路申請 is 网络申请, 入口網站 is 门户网站, and
// 檔案 where it stands for 文件 (規範性檔案, 主動公開檔案), not for archives (檔案館).
void fold_words(Document& doc) {
  const auto& kWords = kTaiwanWords;
  // One pass over the code points, eight at a time, stopping at the characters the words end with
  // (the words do not overlap one another, and what they become holds none of them); a word found
  // is written over in the UTF-8 too, at its offset there. (Every character of both is a CJK one of
  // three bytes, and a word is as long as its stand-in: the UTF-8 keeps its length.)
  static constexpr char32_t kLast[] = {U'讯', U'路', U'站', U'案'};
  static_assert(std::all_of(std::begin(kWords), std::end(kWords), [](const auto& w) {
    auto cjk = [](std::u32string_view s) { return std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= 0x800 && c < 0x10000; }); };
    return w.first.size() == w.second.size() && cjk(w.first) && cjk(w.second) &&
           std::find(std::begin(kLast), std::end(kLast), w.first.back()) != std::end(kLast);
  }));
  static const auto kTo8 = [] {
    std::vector<std::string> out;
    for (auto [from, to] : kWords) out.push_back(text::to_utf8(to));
    return out;
  }();
  std::u32string& f = doc.folded;
  bool found = false;
  for (std::size_t i = text::find_any(f, 0, kLast); i != std::u32string::npos; i = text::find_any(f, i + 1, kLast)) {
    const char32_t c = f[i];
    for (std::size_t w = 0; w < std::size(kWords); ++w) {
      const auto [from, to] = kWords[w];
      if (from.back() != c || i + 1 < from.size() || std::u32string_view(f).substr(i + 1 - from.size(), from.size()) != from) continue;
      const std::size_t b = i + 1 - from.size();
      std::copy(to.begin(), to.end(), f.begin() + static_cast<std::ptrdiff_t>(b));
      if (doc.folded_at) std::memcpy(doc.folded_utf8.data() + doc.folded_at[b], kTo8[w].data(), kTo8[w].size());
      found = true;
      break;
    }
  }
  // (A text too long for offsets has none: its UTF-8 is made again.)
  if (found && !doc.folded_at) doc.folded_utf8 = text::to_utf8(f);
}

// A comma or semicolon inside a title in 《》 (「《对话城市管理，共建美好家园》广播节目20期」) is a
// piece of the title, not a break between clauses or items: in the folded view it becomes a space,
// so the title stays in its count's label and the list it stands in is not cut there. Only a title
// closed on its line within 40 characters, with no other 《 inside, is touched; one pass.
void title_commas(Document& doc) {
  std::u32string& f = doc.folded;
  bool found = false;
  // (《 sought eight characters at a time over the whole text: most texts hold few.)
  static constexpr char32_t kOpen[] = {U'《'};
  for (std::size_t i = text::find_any(f, 0, kOpen); i != std::u32string::npos; i = text::find_any(f, i + 1, kOpen)) {
    std::size_t e = i + 1;
    while (e < f.size() && e - i <= 40 && f[e] != U'》' && f[e] != U'《' && f[e] != U'\n' && f[e] != U'\r') ++e;
    if (e >= f.size() || f[e] != U'》') continue;
    for (std::size_t k = i + 1; k < e; ++k)
      if (f[k] == U',' || f[k] == U';') {
        f[k] = U' ';
        if (doc.folded_at) doc.folded_utf8[doc.folded_at[k]] = ' ';
        found = true;
      }
    i = e - 1;
  }
  if (found && !doc.folded_at) doc.folded_utf8 = text::to_utf8(f);
}

// An empty file, or bytes that are not text (a binary file given by mistake), are refused with
// where the first non-text character is, rather than checked as a report with nothing in it.
// `cr` is set when the text holds a \r (one_line_break has then something to do).
std::optional<ReadError> not_text(const Document& doc, bool& cr) {
  const std::u32string_view t = doc.text;
  const std::size_t n = t.size();
  auto control = [](char32_t c) {
    return (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\f') || c == 0x7F || c == 0xFFFD || (c >= 0x80 && c < 0xA0);
  };
  auto visible = [&](char32_t c) {
    if (c - 0x3001 < 0xFEFF - 0x3001 || c - 0x21 < 0x7F - 0x21 || (c >= 0xA0 && c != 0xFFFD && c != 0x3000 && c != 0xFEFF)) return true;
    return !control(c) && c != U' ' && c != U'\t' && c != U'\n' && c != U'\r' && c != 0x3000 && c != 0xFEFF;
  };
  // (A visible character is nearly always among the first: a text of blanks alone is read to its end.)
  if (std::find_if(t.begin(), t.end(), visible) == t.end())
    return ReadError{t.empty() ? "the file is empty: there is nothing to check" : "the file holds no text, only blank space: there is nothing to check"};
  std::size_t bad = 0, nul = 0;
  std::uint32_t first_bad = 0;
  for (std::size_t i = 0; i < n;) {
    // Nearly every character is visible or blank, not a control character: those are passed over
    // several at a time, the rest one by one.
    i = text::skip_text(t, i, cr);
    for (const std::size_t end = std::min(n, i + 8); i < end; ++i) {
      const char32_t c = t[i];
      cr = cr || c == U'\r';
      if (c == 0) ++nul;
      if (control(c) && bad++ == 0) first_bad = static_cast<std::uint32_t>(i);
    }
  }
  if (bad * 10 > n || nul * 1000 > n) {
    auto lc = text::SourceMap(t.substr(0, first_bad + 1)).at(first_bad);
    return ReadError{fmt::format("this does not look like a text report: {} of {} characters are control characters or undecodable bytes "
                                 "(the first at line {}, column {}); a binary file?",
                                 bad, n, lc.line, lc.column),
                     lc.line, lc.column};
  }
  return std::nullopt;
}

// More lines than the limit (--max-lines): the structures kept for each line cost tens of bytes
// even for an empty one, so a file of line breaks would take some forty times its size.
static std::size_t count_lines(const std::u32string& t) {
  static constexpr char32_t kNewline[] = {U'\n'};
  return text::count_any(t, kNewline) + (!t.empty() && t.back() != U'\n');
}
static std::optional<ReadError> too_many_lines(std::size_t lines, const Limits& limits, bool numbered) {
  if (lines <= limits.max_lines) return std::nullopt;
  return ReadError{fmt::format("the document has {} lines, over the limit of {} lines (--max-lines); this does not look like a report",
                               lines, limits.max_lines),
                   numbered ? static_cast<std::uint32_t>(std::min<std::size_t>(limits.max_lines + 1, UINT32_MAX)) : 0u, numbered ? 1u : 0u};
}

// Leaves the ranges `cuts` (rendered offsets, sorted, apart) out of the rendered text: each
// stretch after a cut starts a stretch of its own, led back to where it came from, so that what
// is shown stays where the file has it. `read_on` gets the offsets where those stretches start.
void cut_rendered(Document& doc, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& cuts, std::vector<std::uint32_t>* read_on) {
  const std::u32string& t = doc.text;
  std::u32string out;
  out.reserve(t.size());
  std::vector<Origin> origins;
  origins.reserve(doc.origins.size() + cuts.size());
  std::size_t o = 0;
  std::uint32_t from = 0, dropped = 0;
  auto keep_origins_before = [&](std::uint32_t end) {
    for (; o < doc.origins.size() && doc.origins[o].rendered < end; ++o) {
      Origin x = doc.origins[o];
      x.rendered -= dropped;
      origins.push_back(x);
    }
  };
  for (auto [a, b] : cuts) {
    keep_origins_before(a);
    out.append(t, from, a - from);
    const Origin* at = doc.stretch_at(b);
    while (o < doc.origins.size() && doc.origins[o].rendered < b) ++o;
    dropped += b - a;
    if (at && !(o < doc.origins.size() && doc.origins[o].rendered == b))
      origins.push_back({b - dropped, at->source == kNoSource ? kNoSource : at->source + (b - at->rendered), at->cell});
    if (read_on) read_on->push_back(b - dropped);
    from = b;
  }
  keep_origins_before(static_cast<std::uint32_t>(t.size()) + 1);
  out.append(t, from, t.size() - from);
  doc.text = std::move(out);
  doc.origins = std::move(origins);
}

// A paragraph of an HTML or Word file that opens with a comma, a semicolon or a 、, or follows
// one ending with a comma or a 、, goes on with the one before, as such a line of a text does
// (join_wrapped_lines): a page's line break kept as a paragraph break, as a PDF converted a line
// a paragraph gives it (「…网上申请9件</p><p>,电子邮件申请4件。</p>」). No paragraph opens or ends
// so; a heading or a table's row is not joined on. The rendered text loses the break (and the
// blank paragraphs between, four at most, before a comma); each joined stretch keeps its source.
void join_continued_paragraphs(Document& doc) {
  const std::u32string& t = doc.text;
  if (doc.origins.empty() || t.find(U'\n') == std::u32string::npos) return;
  struct Para {
    std::uint32_t begin, end;  // content, without the line break
  };
  std::vector<Para> paras;
  for (std::uint32_t b = 0; b <= t.size();) {
    auto e = static_cast<std::uint32_t>(std::min(t.find(U'\n', b), t.size()));
    paras.push_back({b, e});
    b = e + 1;
  }
  auto content = [&](const Para& p) {
    std::uint32_t b = p.begin, e = p.end;
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    return std::u32string_view(t).substr(b, e - b);
  };
  // (A table's row holds a tab, or its text came from a cell.)
  auto prose = [&](const Para& p) {
    if (std::u32string_view(t).substr(p.begin, p.end - p.begin).find(U'\t') != std::u32string_view::npos) return false;
    const Origin* o = doc.stretch_at(p.begin);
    return !o || o->cell < 0 || doc.cells.empty() || doc.cells[static_cast<std::size_t>(o->cell)].rfind("table", 0) != 0;
  };
  static constexpr std::u32string_view kOpens = U",，、;；", kEnds = U",，、";
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;  // rendered ranges left out
  for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
    auto c = content(paras[i]);
    if (c.empty() || !prose(paras[i])) continue;
    std::size_t j = i + 1;
    while (j + 1 < paras.size() && j <= i + 4 && content(paras[j]).empty()) ++j;
    auto next = content(paras[j]);
    if (next.empty() || !prose(paras[j])) continue;
    // (Or a paragraph opening with 其中 after a sentence ending with a figure's count, 「…申请12件。
    // </p><p>其中，网上申请7件，…」: it divides that count, as the text's line does.)
    if (c.back() == U'。') {
      auto body = c.substr(0, c.size() - 1);
      auto stop = body.find_last_of(U"。！？!?");
      auto last = body.substr(stop == std::u32string_view::npos ? 0 : stop + 1);
      if (!next.starts_with(U"其中") || (heading_start(c) && stop == std::u32string_view::npos) ||
          std::find_if(last.begin(), last.end(), [](char32_t ch) { return ch >= U'0' && ch <= U'9'; }) == last.end())
        continue;
    } else if (ends_sentence(c.back())) {
      continue;
    } else {
      const bool opens = kOpens.find(next.front()) != std::u32string_view::npos;
      const bool ends = j == i + 1 && kEnds.find(c.back()) != std::u32string_view::npos && !heading_start(next);
      if (!opens && !ends) continue;
    }
    cuts.push_back({paras[i].end, static_cast<std::uint32_t>(next.data() - t.data())});
    i = j - 1;
  }
  if (!cuts.empty()) cut_rendered(doc, cuts, &doc.read_on);
}

// Pieces of an HTML tag left in a text by a careless copy from a web page (「…类信息</span>9条」),
// or their remains where a GB page read as another encoding swallowed the tag's 「<」 into the
// character before it (「…类信?span>9条」, 「2009平span>1朇span>1日」): the reading sees the
// text without them, so that they split no label and stand between no label and its count;
// every figure is still shown where the file has it (the cuts are stretches of their own, led
// back to the file). Only the tag seen in reports' texts is looked for, and only where nothing
// else can be meant: 「span>」 after 「<」, or after a character not ASCII, or a 「?」 (which
// stands for the character lost with the 「<」 and goes too, as does a quotation mark there).
// 「a<b」 or a comparison is no tag.
void drop_tag_debris(Document& doc) {
  const std::u32string& t = doc.text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
  for (std::size_t k = text::find_string(t, 0, U"span>"); k != std::u32string::npos; k = text::find_string(t, k + 5, U"span>")) {
    std::size_t a = k;
    if (a > 0 && t[a - 1] == U'/') --a;
    if (a == 0) continue;
    const char32_t before = t[a - 1];
    // (A quotation mark there is a broken character too, 「廉?span>“/span>的」: left, it would open
    // a quotation the page never had, and every figure after it would read as a name.)
    if (before == U'<' || before == U'?' || before == U'？' || before == 0xFFFD || before == U'“' || before == U'”' || before == U'‛') --a;
    else if (before < 0x80 || is_space(before)) continue;
    if (!cuts.empty() && cuts.back().second > a) continue;
    cuts.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(k + 5)});
  }
  if (cuts.empty()) return;
  // (A text whose lines were not joined is one stretch, read with the file's own lines.)
  if (doc.origins.empty()) {
    doc.source_lines = doc.lines.line_count() > 0 ? std::move(doc.lines) : text::SourceMap(t);
    doc.lines = text::SourceMap();
    doc.source_positions = true;
    doc.origins.push_back({0, 0, -1});
  }
  cut_rendered(doc, cuts, nullptr);
  if (doc.invalid_bytes > 0) doc.first_invalid = static_cast<std::uint32_t>(std::min(doc.text.find(U'\uFFFD'), doc.text.size()));
}

std::variant<Document, ReadError> build_document(std::string path, std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes)
    return ReadError{"the file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                     std::to_string(limits.max_bytes) + " bytes (--max-bytes)"};
  Document doc;
  doc.path = std::move(path);
  Format format = sniff_format(doc.path, bytes);
  // A line far over the limit is refused from the raw bytes, before decoding multiplies them.
  if (format == Format::Text) {
    std::size_t start = 0, line = 1;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
      i = std::min(bytes.find('\n', i), bytes.size());  // memchr, not a test per byte
      if (i - start > 4 * limits.max_line)
        return ReadError{"line " + std::to_string(line) + " is " + std::to_string(i - start) + " bytes long, over the limit of " +
                             std::to_string(limits.max_line) + " characters; this does not look like a report",
                         static_cast<std::uint32_t>(line), 1};
      start = i + 1;
      ++line;
    }
  }
  if (format == Format::Zip) return ReadError{"a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file"};
  if (format == Format::Docx || format == Format::Xlsx) {
    Rendered r;
    auto err = format == Format::Docx ? render_docx(bytes, limits.max_bytes, r) : render_xlsx(bytes, limits.max_bytes, r);
    if (err) return ReadError{*err};
    doc.format = format == Format::Docx ? "docx" : "xlsx";
    doc.encoding = "UTF-8";
    doc.text = std::move(r.text);
    doc.origins = std::move(r.origins);
    doc.cells = std::move(r.cells);
    if (format == Format::Docx) join_continued_paragraphs(doc);
  } else {
    auto dec = text::decode(bytes);
    doc.encoding = dec.encoding;
    doc.invalid_bytes = dec.invalid_count;
    if (format == Format::Html) {
      Rendered r;
      if (auto err = render_html(dec.text, limits.max_bytes, r)) return ReadError{*err};
      doc.format = "html";
      doc.source_lines = text::SourceMap(dec.text);
      doc.source_positions = true;
      doc.text = std::move(r.text);
      doc.origins = std::move(r.origins);
      doc.cells = std::move(r.cells);
      join_continued_paragraphs(doc);
      if (doc.invalid_bytes > 0) doc.first_invalid = static_cast<std::uint32_t>(std::min(doc.text.find(U'\uFFFD'), doc.text.size()));
    } else {
      doc.text = std::move(dec.text);
      doc.first_invalid = static_cast<std::uint32_t>(dec.first_invalid);
      bool cr = false;
      if (auto err = not_text(doc, cr)) return *err;
      if (cr) one_line_break(doc.text, doc.first_invalid);
      // (A text has no more lines than characters: a short one is not counted.)
      if (doc.text.size() > std::min<std::size_t>(limits.max_lines, 1u << 16))
        if (auto err = too_many_lines(count_lines(doc.text), limits, true)) return *err;
      join_wrapped_lines(doc);
      drop_tag_debris(doc);
    }
  }
  if (doc.format != "text" && doc.text.size() > limits.max_lines)
    if (auto err = too_many_lines(count_lines(doc.text), limits, false)) return *err;
  // (Unless made already: a text none of whose lines were joined keeps those it was read with.)
  if (doc.lines.line_count() == 0) doc.lines = text::SourceMap(doc.text);
  if (doc.lines.longest_line() > limits.max_line) {
    std::uint32_t ln = 1;
    for (; ln <= doc.lines.line_count(); ++ln) {
      auto sp = doc.lines.line_span(ln);
      if (sp.end - sp.begin > limits.max_line) break;
    }
    return ReadError{"line " + std::to_string(ln) + " is " + std::to_string(doc.lines.longest_line()) +
                         " characters long, over the limit of " + std::to_string(limits.max_line) +
                         "; this does not look like a report",
                     ln, 1};
  }
  doc.folded = text::fold(doc.text, doc.folded_utf8, doc.folded_at);
  fold_words(doc);
  title_commas(doc);
  doc.words.encoded(doc.folded, doc.folded_utf8, doc.folded_at.get());

  for (std::uint32_t ln = 1; ln <= doc.lines.line_count(); ++ln) {
    auto sp = doc.lines.line_span(ln);
    if (starts_part(u32string_view(doc.folded).substr(sp.begin, sp.end - sp.begin))) doc.part_starts.push_back(sp.begin);
  }
  build_outline(doc);
  find_report_starts(doc);
  // More figures than the limit (--max-figures): each costs hundreds of bytes in the structures
  // built from it, far more than its digits, so the limit on bytes does not bound them.
  if (!extract_numbers(doc, limits.max_figures)) {
    auto at = doc.location(doc.figures[limits.max_figures].span);
    return ReadError{fmt::format("this is figure {} of the document, over the limit of {} figures (--max-figures); this does not look "
                                 "like a report",
                                 limits.max_figures + 1, limits.max_figures),
                     at.line, at.column};
  }

  // Line, heading and part of every figure (both lists are in text order).
  std::vector<LineFigures> per_line(doc.lines.line_count());
  std::size_t h = 0, p = 0, r = 0;
  int cur_heading = -1;
  std::uint32_t line = 1;  // walked forward like the others rather than searched for each figure
  for (std::size_t i = 0; i < doc.figures.size(); ++i) {
    auto& g = doc.figures[i];
    while (line < doc.lines.line_count() && doc.lines.line_span(line + 1).begin <= g.span.begin) ++line;
    g.line = static_cast<int>(line);
    while (h < doc.headings.size() && doc.headings[h].marker.begin <= g.span.begin) cur_heading = static_cast<int>(h++);
    while (p < doc.part_starts.size() && doc.part_starts[p] <= g.span.begin) ++p;
    g.heading = cur_heading;
    g.part = static_cast<int>(p);
    while (r < doc.report_starts.size() && doc.report_starts[r] <= g.span.begin) ++r;
    g.report = static_cast<int>(r);
    if (cur_heading >= 0 && doc.headings[cur_heading].part != g.part) g.heading = -1;
    auto& lf = per_line[g.line - 1];
    if (lf.first == lf.last) lf.first = static_cast<std::uint32_t>(i);
    lf.last = static_cast<std::uint32_t>(i + 1);
  }
  assign_rows(doc, per_line);
  assign_labels(doc);
  name_counts(doc);
  drop_counting_rules(doc);
  count_each(doc);
  adopt_list_units(doc);
  adopt_last_item_unit(doc);
  adopt_qizhong_units(doc);
  adopt_whole_unit(doc);
  adopt_request_unit(doc);
  bind_shares(doc);
  for (std::size_t i = 0; i < doc.figures.size(); ++i)
    doc.figures[i].last_years = doc.figures[i].kind == FigureKind::Count && !doc.figures[i].in_table &&
                                (bracketed_last_years(doc, static_cast<int>(i)) ||
                                 names_last_years_count(label_through_year(doc.figures, static_cast<int>(i))));
  build_lists(doc);
  drop_foreign_shares(doc);
  doc.words.encoded();
  return doc;
}

}  // namespace tally
