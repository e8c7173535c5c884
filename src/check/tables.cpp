// Official tables: rows are found by their template labels in reading order, on a view of the
// folded text without whitespace (labels wrap across lines and cells); each row's values are
// read from the original text after its label, as separated cells (tabs, pipes) or as tokens,
// and digits that ran together are split only when the table's row relations allow one split.
#include "check/tables.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "text/scan.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

constexpr std::uint32_t kWindow = 200000;   // code points searched for one table
constexpr std::size_t kRowGap = 4000;       // bytes of label-free text allowed between two rows
constexpr int kMaxInstances = 8;

bool blank_char(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'|' || c == 0x200B; }

// Appends the folded text of [from, to) without whitespace, pipes or pinyin glosses to `out`,
// and for each byte the offset of its code point in the document.
void squeeze(const std::u32string& folded, std::uint32_t from, std::uint32_t to, SqueezedText& out) {
  // Written in place into room for the longest encoding: the whole document goes through
  // here, and appending a character at a time cost more.
  const std::size_t room = static_cast<std::size_t>(to - from) * 4;
  out = SqueezedText();
  out.bytes = std::make_unique_for_overwrite<char[]>(room);
  out.offsets = std::make_unique_for_overwrite<std::uint32_t[]>(room);
  char* s = out.bytes.get();
  std::uint32_t* off = out.offsets.get();
  std::size_t at = 0;
  for (std::uint32_t i = from; i < to; ++i) {
    char32_t c = folded[i];
    if (c >= 0x800 && c < 0x10000 && c != 0x200B && std::endian::native == std::endian::little) {
      // Three bytes (CJK, most of the text) in one four-byte store, as encode_utf8_all does:
      // the room holds four bytes a code point, and the fourth is overwritten next.
      const std::uint32_t v = 0x8080E0u | (c >> 12) | ((c >> 6 & 0x3F) << 8) | ((c & 0x3F) << 16);
      std::memcpy(s + at, &v, sizeof v);
      off[at] = off[at + 1] = off[at + 2] = i;
      at += 3;
      continue;
    }
    if (blank_char(c)) continue;
    // (A pinyin gloss is left out as a blank is, 「結(jié)轉(zhuǎn)下年度」 read as 结转下年度: the
    // offsets of what is kept stay the document's.)
    if (c == U'(')
      if (const std::size_t g = pinyin_gloss(folded, i); g > 0) {
        i += static_cast<std::uint32_t>(g - 1);
        continue;
      }
    std::size_t n = text::encode_utf8(c, s + at);
    for (std::size_t k = 0; k < n; ++k) off[at + k] = i;
    at += n;
  }
  out.size = at;
  out.built = true;
}

// A window [from, to) of the squeezed text: a view into a SqueezedText that holds it, whose
// bytes from `base` on it shows.
struct Squeezed {
  std::string_view s;
  const std::uint32_t* off;
  std::uint32_t to;
  const SqueezedText& text;
  std::size_t base;
  Squeezed(const SqueezedText& t, std::uint32_t from, std::uint32_t end) : to(end), text(t) {
    auto all = t.off();
    auto first = static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), from) - all.begin());
    auto last = static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), end) - all.begin());
    s = t.s().substr(first, last - first);
    off = all.data() + first;
    base = first;
  }
  Squeezed(const Squeezed&) = delete;
  Squeezed& operator=(const Squeezed&) = delete;
  std::uint32_t doc(std::size_t byte) const { return byte < s.size() ? off[byte] : to; }
  // Offset just after the code point that ends at `byte` (exclusive end of a match).
  std::uint32_t doc_end(std::size_t byte) const { return byte == 0 ? doc(0) : off[byte - 1] + 1; }
};

// The first code point of `b` (0 for no bytes, U+FFFD where they are not UTF-8), without making
// a string: with_number looks so at the characters before every label it is given.
char32_t first_code_point(std::string_view b) {
  char32_t c = 0;
  return b.empty() ? 0 : text::decode_utf8_at(b, 0, c) != 0 ? c : 0xFFFD;
}

// label.find(s, from, to, b, e), the same match. A label that a program looks for and whose every
// match begins with one of a few runs of plain characters (Regex::heads) is matched, anchored, at
// each place one of them stands in turn, nearest first: the first place where a match begins is
// where the leftmost match begins, and the pattern prefers there the same match whether anchored
// or not. An anchored match reads only the text of the match (RE2 needs neither its search of the
// text before it nor its reverse program, built for and run backwards over each unanchored
// search to find where the match begins). After a few places that start no match, the rest is
// left to one unanchored search from the next: a pattern such as 「收到.*申请」 would otherwise read
// the rest of the text at every 收到.
bool find_label(const Regex& label, std::string_view s, std::size_t from, std::size_t to, std::size_t& b, std::size_t& e) {
  if (!label.literals().empty()) return label.find(s, from, to, b, e);  // (plain words: no heads)
  const Regex::Heads& heads = label.heads();
  if (heads.n == 0) return label.find(s, from, to, b, e);
  if (from > to || to > s.size()) return false;
  const std::string_view window = s.substr(0, to);
  std::array<std::size_t, Regex::kMaxHeads> next{};  // where each head stands next
  for (std::size_t k = 0; k < heads.n; ++k) next[k] = Regex::find_word(window, heads.at[k], from);
  for (int tried = 0;;) {
    const std::size_t at = *std::min_element(next.begin(), next.begin() + static_cast<std::ptrdiff_t>(heads.n));
    if (at == std::string_view::npos) return false;
    if (++tried > 4) return label.find(s, at, to, b, e);  // (no match begins before `at`)
    if (label.match_at(s, at, to, e)) {
      b = at;
      return true;
    }
    for (std::size_t k = 0; k < heads.n; ++k)
      if (next[k] == at) next[k] = Regex::find_word(window, heads.at[k], at + 1);
  }
}

// A row label may be preceded by its number in the template: 一、 （三） 2. (1). Returns where
// the label starts with its number (bytes in the squeezed text), given where the label starts.
std::size_t with_number(std::string_view s, std::size_t b) {
  static const std::u32string numerals = U"一二三四五六七八九十";
  auto cp_before = [&](std::size_t at, char32_t& c) -> std::size_t {  // start of the code point ending at `at`
    if (at == 0) return std::string::npos;
    std::size_t k = at - 1;
    while (k > 0 && text::continuation_byte(s[k])) --k;
    c = first_code_point(s.substr(k, at - k));
    return k;
  };
  char32_t c = 0;
  std::size_t k = cp_before(b, c);
  if (k == std::string::npos) return b;
  if (c == U'.' || c == U'、') {
    char32_t d = 0;
    std::size_t j = cp_before(k, d);
    if (j == std::string::npos) return b;
    if (d >= U'1' && d <= U'9') return j;                 // 2.  2、
    std::size_t first = std::string::npos;
    for (int n = 0; n < 3 && j != std::string::npos && numerals.find(d) != std::u32string::npos; ++n) {
      first = j;
      j = cp_before(j, d);
    }
    return first == std::string::npos || c != U'、' ? b : first;  // 三、
  }
  if (c == U')') {
    char32_t d = 0;
    std::size_t j = cp_before(k, d);
    if (j != std::string::npos && d >= U'1' && d <= U'9') {  // (1)
      char32_t o = 0;
      std::size_t i = cp_before(j, o);
      return i != std::string::npos && o == U'(' ? i : b;
    }
    for (int n = 0; n < 3 && j != std::string::npos && numerals.find(d) != std::u32string::npos; ++n) j = cp_before(j, d);
    return j != std::string::npos && d == U'(' ? j : b;     // （三）
  }
  return b;
}

// ---- linear relations ------------------------------------------------------------------

struct Linear {
  std::map<std::string, int> coef;  // name -> coefficient; the relation is sum(coef·x) + c == 0
  Decimal constant;
  bool ok = true;
};

void linear_into(const Expr& e, int sign, Expand expand, Linear& out) {
  using Op = Expr::Op;
  switch (e.op) {
    case Op::Number: out.constant = out.constant + (sign > 0 ? e.number : -e.number); return;
    case Op::Name:
      for (auto& n : expand(e.name)) out.coef[n] += sign;
      return;
    case Op::Neg: linear_into(*e.args[0], -sign, expand, out); return;
    case Op::Add: linear_into(*e.args[0], sign, expand, out); linear_into(*e.args[1], sign, expand, out); return;
    case Op::Sub: linear_into(*e.args[0], sign, expand, out); linear_into(*e.args[1], -sign, expand, out); return;
    case Op::Eq: linear_into(*e.args[0], sign, expand, out); linear_into(*e.args[1], -sign, expand, out); return;
    case Op::Call:
      if (e.name == "sum") {
        for (auto& a : e.args) linear_into(*a, sign, expand, out);
        return;
      }
      break;
    default: break;
  }
  out.ok = false;
}

constexpr std::string_view kPrevious = "previous.";

bool is_previous(const std::string& n) { return n.rfind(kPrevious, 0) == 0; }

// A name without its previous. prefix.
std::string_view own_name(const std::string& n) {
  return is_previous(n) ? std::string_view(n).substr(kPrevious.size()) : std::string_view(n);
}

// The names an expression may use: rows (each: column) or columns (each: row), and the same
// names prefixed with previous. for last year's report.
std::vector<std::string> names_of(const TableDef& t, Each each) {
  std::vector<std::string> out;
  if (each == Each::Row) {
    out = t.columns;
  } else {
    for (auto& r : t.rows)
      if (r.values) out.push_back(r.name);
  }
  auto n = out.size();
  for (std::size_t i = 0; i < n; ++i) out.push_back(std::string(kPrevious) + out[i]);
  return out;
}

// The row (each: column) or column (each: row) a name without previous. refers to, or -1.
int name_index(const TableDef& def, Each each, std::string_view own) {
  if (each == Each::Row) return def.column(own);
  for (std::size_t r = 0; r < def.rows.size(); ++r)
    if (def.rows[r].name == own) return static_cast<int>(r);
  return -1;
}

// The cell at `index` (see name_index) in the relation evaluated at column (or row) `at`, in
// this year's table or last year's.
const TableCell* cell_at(const TableInstance& t, const TableInstance* prev, Each each, int at, bool previous, int index) {
  const TableInstance* src = previous ? prev : &t;
  if (!src || index < 0 || at < 0) return nullptr;
  auto r = static_cast<std::size_t>(each == Each::Column ? index : at);
  auto col = static_cast<std::size_t>(each == Each::Column ? at : index);
  if (r >= src->cells.size() || col >= src->cells[r].size()) return nullptr;
  return &src->cells[r][col];
}

// The cell a name refers to in the relation evaluated at column (or row) `at`.
const TableCell* cell_for(const TableInstance& t, const TableInstance* prev, const Check& c, int at, const std::string& name) {
  bool p = is_previous(name);
  return cell_at(t, prev, c.each, at, p, name_index(*t.def, c.each, own_name(name)));
}

auto expander(const std::vector<std::string>& names) {
  return [&names](const std::string& n) {
    std::vector<std::string> out;
    if (!n.empty() && n.back() == '*') {
      auto prefix = n.substr(0, n.size() - 1);
      for (auto& x : names)
        if (x.rfind(prefix, 0) == 0) out.push_back(x);
    } else {
      out.push_back(n);
    }
    return out;
  };
}

Linear linear_uncached(const Check& c, const TableDef& t) {
  Linear l;
  if (!c.expr || c.expr->op != Expr::Op::Eq) {
    l.ok = false;
    return l;
  }
  auto names = names_of(t, c.each);
  linear_into(*c.expr, 1, expander(names), l);
  return l;
}

// Checks live as long as their packs (the whole run), so what is derived from a check alone is
// kept per thread. An entry remembers the expression and table it was made from, so a check
// that reuses the address of one freed earlier (packs loaded and dropped in one process) is
// derived again rather than given another check's answer.
template <typename T>
struct PerCheck {
  struct Entry {
    const Expr* expr;
    const TableDef* def;
    T value;
  };
  std::map<const Check*, Entry> entries;
  template <typename Make>
  const T& get(const Check& c, const TableDef* def, Make make) {
    auto it = entries.find(&c);
    if (it != entries.end() && (it->second.expr != c.expr.get() || it->second.def != def)) {
      entries.erase(it);
      it = entries.end();
    }
    if (it == entries.end()) it = entries.emplace(&c, Entry{c.expr.get(), def, make()}).first;
    return it->second.value;
  }
};

const Linear& linear(const Check& c, const TableDef& t) {
  thread_local PerCheck<Linear> cache;
  return cache.get(c, &t, [&] { return linear_uncached(c, t); });
}

// names_of for a check's table, kept per check.
const std::vector<std::string>& names_for(const Check& c, const TableDef& t) {
  thread_local PerCheck<std::vector<std::string>> cache;
  return cache.get(c, &t, [&] { return names_of(t, c.each); });
}

// What check_tables needs of a check, resolved against its table once per check rather than
// for every table of every report: for a linear relation each term's row (each: column) or
// column (each: row) index, so that every column is plain arithmetic, and the index of every
// name the expression uses.
struct Resolved {
  struct Term { std::string name; int index; int coef; bool previous; };
  struct Ref { bool previous; int index; };
  std::vector<Term> terms;  // in the relation's order; none when it is not linear
  std::vector<Ref> refs;    // per name used, sorted by name
};

const Resolved& resolved(const Check& c, const TableDef& t, const Linear& lin, Expand expand) {
  thread_local PerCheck<Resolved> cache;
  return cache.get(c, &t, [&] {
    Resolved out;
    if (lin.ok)
      for (auto& [n, k] : lin.coef)
        if (k != 0) out.terms.push_back({n, name_index(t, c.each, own_name(n)), k, is_previous(n)});
    std::vector<std::string> used;
    collect_names(*c.expr, expand, used);
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    for (auto& n : used) out.refs.push_back({is_previous(n), name_index(t, c.each, own_name(n))});
    return out;
  });
}

// A relation over this year's cells only (no previous.): those constrain how a row splits.
bool this_year_only(const Linear& l) {
  return std::none_of(l.coef.begin(), l.coef.end(), [](auto& kv) { return is_previous(kv.first); });
}

// A row relation (each: row) of this year's cells whose constant is zero, as the columns it adds
// and their coefficients (none zero), in the order of its names: kept per check, as every row
// read asks, rather than each column looked up by its name every time. `ok` false for any other
// relation.
struct RowTerms {
  bool ok = false;
  std::vector<std::pair<int, int>> terms;  // (column, coefficient)
};

const RowTerms& row_terms(const Check& c, const TableDef& t) {
  thread_local PerCheck<RowTerms> cache;
  return cache.get(c, &t, [&] {
    RowTerms r;
    const Linear& l = linear(c, t);
    if (!l.ok || !l.constant.is_zero() || !this_year_only(l)) return r;
    r.ok = true;
    for (auto& [name, k] : l.coef)
      if (int col = t.column(name); col >= 0 && k != 0) r.terms.push_back({col, k});
    return r;
  });
}

// sum + k·v. Nearly every coefficient is 1 or -1, where the product is v or -v itself.
Decimal add_multiple(const Decimal& sum, int k, const Decimal& v) {
  if (k == 1) return sum + v;
  if (k == -1) return sum - v;
  return sum + Decimal::integer(k) * v;
}

// ---- reading a row's cells ------------------------------------------------------------

struct Token {
  Span span;
  CellKind kind = CellKind::Missing;  // Missing here means "text"
  Decimal value;
  std::string digits;  // for a plain run of digits
};

bool dash_token(std::u32string_view t) {
  static constexpr std::u32string_view dashes[] = {U"/", U"-", U"--", U"—", U"——", U"–", U"―", U"无", U"\\", U"×", U"-/-", U"_", U"__"};
  return std::find(std::begin(dashes), std::end(dashes), t) != std::end(dashes);
}

Token classify(const Document& doc, Span s) {
  Token t;
  t.span = s;
  auto w = std::u32string_view(doc.folded).substr(s.begin, s.end - s.begin);
  // 「&nbsp;」: an empty cell of a page whose HTML was copied as text, the character reference
  // left undecoded; alone in the cell (or repeated), the cell is blank.
  {
    static constexpr std::u32string_view kNbsp = U"&nbsp;";
    auto v = w;
    while (v.size() >= kNbsp.size() && v.substr(0, kNbsp.size()) == kNbsp) v.remove_prefix(kNbsp.size());
    if (v.empty() && !w.empty()) {
      t.kind = CellKind::Blank;
      return t;
    }
  }
  if (w.empty()) {
    t.kind = CellKind::Blank;
    return t;
  }
  bool digit_first = w[0] >= U'0' && w[0] <= U'9';  // most cells; no dash starts with a digit
  // 「12件」: a count written with its unit in the cell.
  static constexpr std::u32string_view kCountUnits = U"件条个次项人起";
  if (digit_first && w.size() >= 2 && kCountUnits.find(w.back()) != std::u32string_view::npos && w[w.size() - 2] >= U'0' &&
      w[w.size() - 2] <= U'9') {
    w.remove_suffix(1);
    t.span.end -= 1;
  }
  if (!digit_first && dash_token(w)) {
    t.kind = CellKind::Dash;
    return t;
  }
  // A plain count (most cells): its value read as Decimal::parse reads it, digit by digit.
  if (digit_first && w.size() <= 18) {
    std::int64_t m = 0;
    std::size_t k = 0;
    for (; k < w.size() && w[k] >= U'0' && w[k] <= U'9'; ++k) m = m * 10 + static_cast<std::int64_t>(w[k] - U'0');
    if (k == w.size()) {
      t.kind = CellKind::Number;
      t.value = Decimal(m, 0);
      t.digits.resize(w.size());
      for (k = 0; k < w.size(); ++k) t.digits[k] = static_cast<char>(w[k]);
      return t;
    }
  }
  std::string ascii;
  bool digits_only = true, numeric = true;
  for (char32_t c : w) {
    if (c >= U'0' && c <= U'9') {
      ascii.push_back(static_cast<char>(c));
    } else if (c == U'.' || c == U',' || c == U'-') {
      ascii.push_back(static_cast<char>(c));
      digits_only = false;
    } else {
      numeric = false;
      break;
    }
  }
  if (!numeric) return t;
  if (auto d = Decimal::parse(ascii)) {
    t.kind = CellKind::Number;
    t.value = *d;
    if (digits_only) t.digits = std::move(ascii);
  }
  return t;
}

// Splits the digit runs of `toks` into `n` cells satisfying every row relation; counts the
// splits found (stopping at two) and keeps the first.
struct Splitter {
  const std::vector<Token>& toks;
  std::size_t n;
  // Per column, the relations (lists of column and coefficient) whose last column it is: each
  // is tested as soon as that column's value is chosen.
  std::vector<std::vector<std::vector<std::pair<int, int>>>> rels_at;
  std::vector<std::int64_t> vals;
  std::vector<std::pair<std::size_t, std::size_t>> pos;  // token, offset within it
  std::vector<std::pair<std::size_t, std::size_t>> best;  // token and [begin,end) digit offsets packed
  std::vector<std::int64_t> best_vals;
  int found = 0;
  long steps = 0;
  // Digits in each token and the tokens after it, when the search may skip choices that leave
  // too few or too many digits for the cells still to fill (see start); empty otherwise.
  std::vector<std::size_t> digits_from;

  static constexpr long kMaxSteps = 200000;

  // Searches from the first cell. A search is cut off after kMaxSteps calls, and a shorter
  // search could then find a split the full one did not reach: choices that cannot lead to a
  // split are skipped only when the calls are bounded below the limit anyway. Each call picks
  // the lengths of its first c cells, c <= n, and T digits allow C(T, c) such choices.
  void start() {
    std::size_t total = 0;
    for (const auto& t : toks) total += t.digits.size();
    std::uint64_t calls = 1, choose = 1;
    for (std::size_t c = 1; c <= n && c <= total && calls <= kMaxSteps; ++c) {
      choose = choose * (total - c + 1) / c;
      calls += choose;
    }
    if (calls <= kMaxSteps) {
      digits_from.assign(toks.size() + 1, 0);
      for (std::size_t i = toks.size(); i-- > 0;) digits_from[i] = digits_from[i + 1] + toks[i].digits.size();
    }
    go(0, 0, 0);
  }

  bool holds_at(std::size_t col) const {
    for (const auto& terms : rels_at[col]) {
      std::int64_t s = 0;
      for (auto [c, k] : terms) s += k * vals[c];
      if (s != 0) return false;
    }
    return true;
  }
  void go(std::size_t col, std::size_t tok, std::size_t at) {
    if (found >= 2 || ++steps > kMaxSteps) return;
    if (col == n) {
      if (tok == toks.size()) {
        if (++found == 1) {
          best = pos;
          best_vals = vals;
        }
      }
      return;
    }
    if (tok >= toks.size()) return;
    const std::string& d = toks[tok].digits;
    std::size_t remaining_cells = n - col;
    std::int64_t value = 0;
    for (std::size_t len = 1; at + len <= d.size() && len <= 9; ++len) {
      if (len > 1 && d[at] == '0') break;
      value = value * 10 + (d[at + len - 1] - '0');
      std::size_t next_tok = tok, next_at = at + len;
      if (next_at == d.size()) { ++next_tok; next_at = 0; }
      // Every remaining token needs at least one cell.
      if (toks.size() - next_tok > remaining_cells - 1) continue;
      // Every remaining cell needs one digit at least and nine at most.
      if (!digits_from.empty()) {
        std::size_t left = digits_from[next_tok] - next_at;
        if (left < remaining_cells - 1 || left > 9 * (remaining_cells - 1)) continue;
      }
      vals[col] = value;
      pos[col] = {tok, at * 100 + len};
      if (holds_at(col)) go(col + 1, next_tok, next_at);
      if (found >= 2) return;
    }
  }
};

struct RowRead {
  std::vector<TableCell> cells;
  std::vector<Token> digit_runs;  // when the digits ran together and the row alone cannot split them
  bool readable = false;
  std::string problem;       // why the row could not be read
  std::string rebuilt;       // the run-together digits, when rebuilt
  bool whole_only = false;   // only the whole's cell could be placed (see whole_only)
  bool nothing = false;      // nothing at all stands between the label and the next row's
  std::vector<Token> loose;  // fewer counts than columns, whose last is not the sum of the others
  bool loose_cells = false;  // … each a cell of its own (tab-separated), not digit runs
  bool cell_lines = false;   // … each on a line of its own, closed by a pipe (one cell a line)
  Span date_at;              // a cell shown as a date where a count should stand, when not empty
  int unstored = 0;          // cells of a sheet holding a formula with no value stored (unknown)
  std::vector<Token> paged;  // one count a line, one more than the columns, the last a page's number: the others
  bool counts_lines = false;  // loose: counts one a line (not on the label's line)
  std::uint32_t to = 0;       // where the row's text ends (the next row's label)
};

// 「2022年1月2日」 alone: a sheet's cell whose number format shows a date (the reader writes the
// date it shows).
bool shown_date(const std::u32string& f, Span p) {
  int digits = 0, marks = 0;
  for (auto i = p.begin; i < p.end; ++i) {
    if (f[i] >= U'0' && f[i] <= U'9') ++digits;
    else if (f[i] == U'年' || f[i] == U'月' || f[i] == U'日') ++marks;
    else return false;
  }
  return digits > 0 && marks == 3 && p.end > p.begin && f[p.end - 1] == U'日';
}

// 「— 5 —」, 「- 12 -」: a page's number between dashes, alone on its line, left in the text where
// a page broke inside the table. Returns the end of that line when the line from `b` (its first
// character that is not blank) is one, else `b`.
std::uint32_t past_page_number(std::u32string_view f, std::uint32_t b) {
  if (b > 0 && f[b - 1] != U'\n' && f[b - 1] != U' ' && f[b - 1] != U'\t') return b;
  for (std::uint32_t k = b; k-- > 0 && f[k] != U'\n';)
    if (!blank_char(f[k])) return b;  // not the first thing on its line
  auto dash = [](char32_t c) { return c == U'-' || c == U'—' || c == U'–' || c == U'―' || c == U'·'; };
  std::uint32_t i = b, e = b;
  while (e < f.size() && f[e] != U'\n') ++e;
  int before = 0, digits = 0, after = 0;
  while (i < e && dash(f[i])) ++i, ++before;
  while (i < e && f[i] == U' ') ++i;
  while (i < e && f[i] >= U'0' && f[i] <= U'9') ++i, ++digits;
  while (i < e && f[i] == U' ') ++i;
  while (i < e && dash(f[i])) ++i, ++after;
  while (i < e && blank_char(f[i])) ++i;
  return i == e && before > 0 && after > 0 && digits > 0 && digits <= 4 ? e : b;
}

struct GridWidth {
  std::size_t widest = 0, usual = 0;
  bool keeps_empty = false;  // some line holds an empty cell between two tabs
  bool usual_ends_empty = false;  // no line of the usual count has anything in its last cell
};

// The column that a row relation of the table makes the whole of all the others (总计 =
// 自然人 + …), or -1.
int whole_column(const std::vector<const Check*>& row_checks, const TableDef& def, std::size_t n, const Check** which = nullptr) {
  for (auto* c : row_checks) {
    const RowTerms& rt = row_terms(*c, def);
    if (!rt.ok) continue;
    std::vector<int> sign(n, 0);
    for (auto [col, k] : rt.terms) sign[static_cast<std::size_t>(col)] = k > 0 ? 1 : -1;
    for (std::size_t w = 0; w < n; ++w) {
      bool whole = sign[w] != 0;
      for (std::size_t k = 0; k < n && whole; ++k)
        if (k != w) whole = sign[k] == -sign[w];
      if (whole) {
        if (which) *which = c;
        return static_cast<int>(w);
      }
    }
  }
  return -1;
}

// A row whose empty cells were dropped, leaving fewer numbers than columns in an order that no
// longer says which column each is in (「一、本年新收… 9 3 12」 for 9, 3 and 12 among seven
// columns, the others empty): when the row's last column is the whole of the others and the
// last number is the sum of the ones before it, that number is the whole's cell; the other
// cells stay unread. Takes two numbers or more, all of them counts. `whole` is the whole's
// column as the row is printed: the last, or the first where the header prints 总计 first
// (「总计 自然人 …」, the row then reads 「12 9 3」, its first number the whole).
bool whole_at_edge(int whole, std::size_t n) { return n >= 2 && (whole == static_cast<int>(n) - 1 || whole == 0); }

// The token standing in the whole's place of a row of fewer numbers than columns: its last, or
// its first where the whole is printed first.
std::size_t whole_token(int whole, std::size_t count) { return whole == 0 ? 0 : count - 1; }

bool whole_only(const std::vector<Token>& toks, std::size_t n, int whole, RowRead& rr) {
  if (!whole_at_edge(whole, n) || toks.size() < 2 || toks.size() >= n) return false;
  const std::size_t w = whole_token(whole, toks.size());
  Decimal parts;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].kind != CellKind::Number || toks[k].value.negative()) return false;
    if (k != w) parts = parts + toks[k].value;
  }
  if (!(parts == toks[w].value)) return false;
  rr.cells.assign(n, TableCell{});
  for (auto& c : rr.cells) c.kind = CellKind::Missing;
  rr.cells[static_cast<std::size_t>(whole)] = {CellKind::Number, toks[w].value, toks[w].span};
  rr.readable = true;
  rr.whole_only = true;
  return true;
}

// The same for a row holding a single number, 0, its empty cells moved away: whichever column
// the 0 stood in, every cell of the row is 0 or empty, so its whole is none: that cell reads 0.
bool zero_only(const std::vector<Token>& toks, std::size_t n, int whole, RowRead& rr) {
  if (!whole_at_edge(whole, n) || toks.size() != 1) return false;
  if (toks[0].kind != CellKind::Number || !toks[0].value.is_zero()) return false;
  rr.cells.assign(n, TableCell{});
  for (auto& c : rr.cells) c.kind = CellKind::Missing;
  rr.cells[static_cast<std::size_t>(whole)] = {CellKind::Number, toks[0].value, toks[0].span};
  rr.readable = true;
  rr.whole_only = true;
  return true;
}

// A row laid out one cell a line, as a page's table copied cell by cell gives it, where a cell
// left empty is an empty line (「一、本年新收…⏎9⏎⏎⏎3⏎12」): the label ends its line and exactly
// n lines follow before the next row's label (for the last row, before the first line that is
// not a cell), each empty, a number or a mark. Read by position, an empty line a blank cell;
// without an empty line among them the numbers read in turn say the same, so only such rows are
// taken here (a row of empty lines only when it has three columns or more). Empty otherwise.
std::vector<Token> cell_per_line(const Document& doc, std::uint32_t from, std::uint32_t to, std::size_t n) {
  const auto& f = doc.folded;
  std::uint32_t i = from;
  while (i < to && i < f.size() && f[i] != U'\n') {
    if (!blank_char(f[i])) return {};
    ++i;
  }
  if (i >= to || i >= f.size()) return {};
  std::vector<Token> cells;
  bool empty_line = false, number = false;
  for (++i; i <= to && i <= f.size();) {
    std::uint32_t e = i;
    while (e < f.size() && e < to && f[e] != U'\n') ++e;
    if (e == i && (i == to || i == f.size())) break;  // the text ends, or the next label starts here
    std::uint32_t b = i, t = e;
    while (b < t && (blank_char(f[b]) || f[b] == U' ')) ++b;
    while (t > b && (blank_char(f[t - 1]) || f[t - 1] == U' ')) --t;
    auto tok = classify(doc, {b, t});
    if (tok.kind == CellKind::Missing) break;  // a line of text: the table has ended
    if (cells.size() == n) return {};          // more cell lines than the row has columns
    empty_line |= tok.kind == CellKind::Blank;
    number |= tok.kind == CellKind::Number;
    cells.push_back(std::move(tok));
    if (e >= to || e >= f.size()) break;
    i = e + 1;
  }
  if (cells.size() != n || !empty_line || (!number && n < 3)) return {};
  return cells;
}

// Whether only blanks follow `e` on its line, and the next line holding anything (before `to`)
// starts with words: neither a count nor a mark a table writes for none, nor the digits a cell
// glued to words would start with.
bool words_below(const Document& doc, std::uint32_t e, std::uint32_t to) {
  const auto& f = doc.folded;
  std::uint32_t k = e;
  for (; k < to && k < f.size() && f[k] != U'\n'; ++k)
    if (!blank_char(f[k]) && f[k] != U' ') return false;
  while (k < to && k < f.size() && (blank_char(f[k]) || f[k] == U' ')) ++k;
  if (k >= to || k >= f.size() || (f[k] >= U'0' && f[k] <= U'9')) return false;
  std::uint32_t w = k;
  while (w < to && w < f.size() && !blank_char(f[w]) && f[w] != U' ') ++w;
  return classify(doc, {k, w}).kind == CellKind::Missing;
}

// The same of [b, e) standing alone on its line.
bool alone_before_words(const Document& doc, std::uint32_t b, std::uint32_t e, std::uint32_t to) {
  for (std::uint32_t k = b; k-- > 0 && doc.folded[k] != U'\n';)
    if (!blank_char(doc.folded[k]) && doc.folded[k] != U' ') return false;
  return words_below(doc, e, to);
}

// Whether the last of `toks` is a page's bare number (see read_row): alone on its line, after
// the others all on one line, with only blanks after it up to `to` or up to a line starting
// with words.
bool one_count_a_line(const Document& doc, std::uint32_t from, const std::vector<Token>& toks);

// With one_a_line, the others are each alone on a line of their own instead.
bool page_number_after(const Document& doc, const std::vector<Token>& toks, std::uint32_t to, bool one_a_line = false) {
  const auto& f = doc.folded;
  const Token& last = toks.back();
  if (last.kind != CellKind::Number || last.digits.empty() || last.digits.size() > 3) return false;
  for (std::size_t t = 0; t + 2 < toks.size(); ++t) {
    int breaks = 0;
    for (std::uint32_t k = toks[t].span.end; k < toks[t + 1].span.begin; ++k) {
      if (f[k] == U'\n') ++breaks;
      else if (!blank_char(f[k]) && f[k] != U' ') return false;
    }
    if (breaks != (one_a_line ? 1 : 0)) return false;
  }
  int breaks = 0;
  for (std::uint32_t k = toks[toks.size() - 2].span.end; k < last.span.begin; ++k) {
    if (f[k] == U'\n') ++breaks;
    else if (!blank_char(f[k]) && f[k] != U' ') return false;
  }
  if (breaks == 0) return false;
  std::uint32_t k = last.span.end;
  for (; k < to && k < f.size() && f[k] != U'\n'; ++k)
    if (!blank_char(f[k]) && f[k] != U' ') return false;
  while (k < to && k < f.size() && (blank_char(f[k]) || f[k] == U' ')) ++k;
  if (k >= to || k >= f.size()) return true;
  std::uint32_t e = k;
  while (e < to && e < f.size() && !blank_char(f[e]) && f[e] != U' ') ++e;
  return f[k] < U'0' || f[k] > U'9' ? classify(doc, {k, e}).kind == CellKind::Missing : false;
}

// Cells of one row from the text in [from, to): the row's label ends at `from`. `whole` is
// whole_column(row_checks, def, n), the same for every row of the table.
RowRead read_row(const Document& doc, std::uint32_t from, std::uint32_t to, std::size_t n, const std::vector<const Check*>& row_checks,
                 const TableDef& def, GridWidth grid, int whole) {
  RowRead rr;
  rr.to = to;
  const auto& f = doc.folded;
  std::uint32_t eol = from;
  while (eol < f.size() && eol < to && f[eol] != U'\n') ++eol;
  char32_t sep = 0;
  for (std::uint32_t i = from; i < eol; ++i)
    if (f[i] == U'\t' || f[i] == U'|') { sep = f[i]; break; }
  // 「规章(设区的市、自治州人民政府应提供相关数据) |」 then 「0 |」 a line each: the form's note in
  // brackets after the row's name, closed by the label cell's pipe alone, is the rest of the label,
  // not a cell; the row's cells are on the lines after it.
  if (sep == U'|') {
    std::uint32_t b = from, pipe = eol;
    while (b < eol && blank_char(f[b]) && f[b] != U'|') ++b;
    int pipes = 0;
    for (std::uint32_t i = b; i < eol; ++i)
      if (f[i] == U'|') {
        ++pipes;
        pipe = i;
      }
    std::uint32_t c = pipe;
    while (c > b && blank_char(f[c - 1])) --c;
    bool rest_blank = true;
    for (std::uint32_t i = pipe + 1; i < eol && rest_blank; ++i) rest_blank = blank_char(f[i]);
    if (b < eol && f[b] == U'(' && pipes == 1 && c > b + 1 && f[c - 1] == U')' && rest_blank) from = pipe;
  }
  const std::uint32_t label_from = from, label_eol = eol;  // before own_line moves them
  // The label ends its line (a header row above a row of values): read the next line's cells.
  bool own_line = false;
  std::uint32_t next_line = 0;  // where the line after the label's begins, when own_line
  {
    bool empty_rest = true;
    int seps = 0;
    for (std::uint32_t i = from; i < eol && empty_rest; ++i) {
      empty_rest = blank_char(f[i]);
      seps += f[i] == U'\t' || f[i] == U'|';
    }
    // Separators with nothing between them are a row of blank cells (an HTML or Word row left
    // empty), not a label whose values are on the next line.
    // Unless they are the label cell's closing pipe and the run of pipes padding its header row
    // (表四's 「…尚未审结 | 总计 | |||||」) with the row's cells, a number first, on the next line.
    bool padded_header = false;
    if (empty_rest && seps >= 2) {
      std::uint32_t i = from;
      while (i < eol && f[i] != U'|') ++i;
      ++i;
      while (i < eol && (f[i] == U' ' || f[i] == U'\t')) ++i;
      std::uint32_t run = i;
      while (i < eol && f[i] == U'|') ++i;
      std::uint32_t after = i;
      while (i < eol && (f[i] == U' ' || f[i] == U'\t' || f[i] == U'\r')) ++i;
      if (i == eol && after - run >= 2 && eol < f.size() && eol < to) {
        std::uint32_t b = eol + 1, ce = b;
        while (b < f.size() && f[b] == U' ') ++b;
        ce = b;
        while (ce < f.size() && f[ce] != U'|' && f[ce] != U'\n') ++ce;
        if (ce < f.size() && f[ce] == U'|') {
          std::uint32_t te = ce;
          while (te > b && blank_char(f[te - 1])) --te;
          padded_header = te > b && classify(doc, {b, te}).kind == CellKind::Number;
        }
      }
    }
    if (empty_rest && seps >= 2 && !padded_header) empty_rest = false;
    if (empty_rest && eol < f.size() && eol < to && f[eol] == U'\n') {
      std::uint32_t b = eol + 1, e = b;
      while (e < f.size() && f[e] != U'\n') ++e;
      char32_t next_sep = 0;
      for (std::uint32_t i = b; i < e; ++i)
        if (f[i] == U'\t' || f[i] == U'|') { next_sep = f[i]; break; }
      // The next line's separators before the next row's label are that row's empty label cells
      // (a sheet's row of blanks written only to its label, 「\t\t2.其他法律…」 then
      // 「\t\t3.危及…」), not this row's cells.
      bool only_lead = to < e;
      for (std::uint32_t i = b; i < std::min(e, to) && only_lead; ++i) only_lead = blank_char(f[i]);
      if (next_sep && !only_lead) {
        sep = next_sep;
        own_line = true;
        next_line = b;
        from = b;
        eol = std::min(e, std::max(to, b));
        if (sep == U'|') {  // a pipe row starts with '|': the piece before it is not a cell
          while (from < eol && f[from] == U' ') ++from;
          if (from < eol && f[from] == U'|') ++from;
        }
      }
    }
  }
  std::vector<Token> toks;
  toks.reserve(n + 1);  // a row holds n, and reading stops at one more
  // One cell to a line, each closed by a pipe, as web pages are often copied: the label
  // 「一、本年新收政府信息公开申请数量 |」 on its line, then 「3 |」, 「|」 (a blank cell), …, and a line
  // of pipes alone 「||||」 (the cells a merged header left) or the next label ending the row.
  // The lines after the label are its cells, in order.
  if (own_line && sep == U'|' && n > 1) {
    auto pipes_only = [&](std::uint32_t b, std::uint32_t e) {
      int pipes = 0;
      for (auto i = b; i < e; ++i) {
        if (f[i] == U'|') ++pipes;
        else if (!blank_char(f[i])) return -1;
      }
      return pipes;
    };
    // After a cell on its line: its closing pipe, then at most a run of pipes with nothing
    // between them (「8 | ||||」, the row's padding). Pipes with space between them (「0 | | |」)
    // are blank cells of a row laid out across the line, not this layout. 1: the closing pipe
    // alone; 2: padding after it; -1: neither.
    auto closing = [&](std::uint32_t at, std::uint32_t e) {
      if (at >= e || f[at] != U'|') return -1;
      std::uint32_t i = at + 1;
      while (i < e && (f[i] == U' ' || f[i] == U'\t')) ++i;
      if (i == e) return 1;
      std::uint32_t run = i;
      while (i < e && f[i] == U'|') ++i;
      std::uint32_t after_run = i;
      while (i < e && (f[i] == U' ' || f[i] == U'\t' || f[i] == U'\r')) ++i;
      return i == e && after_run > run ? 2 : -1;
    };
    // Which of the two, the first line after the label holding more than pipes tells: a cell
    // closed by its pipe (「3 |」), or a cell alone between pipe lines (「3」). Lines of one pipe
    // before it are blank cells in the first layout, separators in the second.
    bool one_cell = false, between = false, pipes_seen = false;
    for (std::uint32_t line = next_line;; ) {
      if (line >= to || line >= f.size()) {  // nothing but pipe lines up to the next label
        one_cell = pipes_seen;
        break;
      }
      std::uint32_t le = line;
      while (le < f.size() && f[le] != U'\n') ++le;
      int only = pipes_only(line, le);
      if (only >= 2) {  // the row ends with pipes alone: its cells were all blank
        one_cell = line != next_line;
        // Nothing but the row's padding after its label: every cell of the row was empty and
        // moved into it (a row of blanks where the table writes no 0; see read_instance).
        // Unless cells follow it: the padding then closes a header row whose last cell is the
        // label (表四's 「总计 |⏎|||||⏎0 |⏎…」), and the row's cells are the lines after it.
        if (line == next_line) {
          std::uint32_t nb = le + 1, ne = nb;
          while (ne < f.size() && f[ne] != U'\n') ++ne;
          std::uint32_t cb = nb, ce = nb;
          while (ce < ne && f[ce] != U'|') ++ce;
          if (nb < to && ce < ne && closing(ce, ne) > 0) {
            while (ce > cb && blank_char(f[ce - 1])) --ce;
            while (cb < ce && blank_char(f[cb])) ++cb;
            if (cb < ce && classify(doc, {cb, ce}).kind != CellKind::Missing) {
              next_line = nb;
              line = nb;
              continue;
            }
          }
          rr.nothing = true;
          rr.problem = "该行没有数字";
          return rr;
        }
        break;
      }
      if (only == -1) {
        std::uint32_t first = line;
        while (first < le && f[first] != U'|') ++first;
        one_cell = first < le && closing(first, le) > 0;
        std::uint32_t ne = next_line;
        while (ne < f.size() && f[ne] != U'\n') ++ne;
        between = first == le && pipes_only(next_line, ne) == 1;
        break;
      }
      pipes_seen = pipes_seen || only == 1;
      line = le + 1;
    }
    std::uint32_t b = next_line;
    if (one_cell || between) {
      std::vector<Token> cells;
      bool after_pipe = false, padded = false, lone_first = false;
      std::uint32_t line = one_cell ? b : next_line;
      while (line < to && line < f.size() && cells.size() <= 2 * n) {
        std::uint32_t le = line;
        while (le < f.size() && f[le] != U'\n') ++le;
        int only = pipes_only(line, le);
        lone_first = lone_first || (cells.empty() && only == 1 && one_cell);
        if (only >= 2) {  // the row's padding: no more cells
          padded = true;
          break;
        }
        if (only == 1) {
          // 「|」: a blank cell of its own, or (between pipes) the second of two pipes together
          if (one_cell || after_pipe) cells.push_back(classify(doc, {le, le}));
          after_pipe = true;
        } else if (only == -1) {
          // The cell is what stands before the line's first pipe; pipes alone after its own
          // (「8 | ||||」) are the row's padding, closing it.
          std::uint32_t cb = line, ce = line;
          while (ce < le && f[ce] != U'|') ++ce;
          int after = ce < le ? closing(ce, le) : 0;
          if (after < 0 || (one_cell ? after < 1 : after > 0)) break;
          while (ce > cb && blank_char(f[ce - 1])) --ce;
          while (cb < ce && blank_char(f[cb])) ++cb;
          auto t = classify(doc, {cb, ce});
          if (t.kind == CellKind::Missing) break;  // text: the next row's label
          cells.push_back(std::move(t));
          after_pipe = false;
          if (after >= 2) {
            padded = true;
            break;
          }
        }
        line = le + 1;
      }
      // (Blank cells beyond the row's width are the pipes a merged header cell left.)
      while (cells.size() > n && cells.back().kind == CellKind::Blank) cells.pop_back();
      // A pipe alone before all the row's cells, one more than the columns: the line closing the
      // header row above a row with no label of its own (表四's 「…尚未审结 |⏎总计 |⏎|⏎0 |⏎0 |…」,
      // fifteen cells after it), not a blank first cell.
      if (lone_first && cells.size() == n + 1 && cells.front().kind == CellKind::Blank) cells.erase(cells.begin());
      // Fewer cells than columns, each a number on its line, then the row's padding of pipes
      // alone (「一、本年新收…|⏎7 |⏎1 |⏎8 |⏎||||||」): a page whose empty cells were moved to the
      // end of their row when copied, so the numbers no longer say which column each is in. As
      // for tab rows with their empty cells dropped, the last is the whole's cell when it is the
      // sum of the others; the rest stay unread.
      const bool moved = one_cell && padded && cells.size() < n;
            if (moved && (whole_only(cells, n, whole, rr) || zero_only(cells, n, whole, rr))) return rr;
      if (cells.size() != n) {
        rr.problem = fmt::format("该行有 {} 个单元格，应有 {} 个", cells.size(), n);
        if (moved && whole_at_edge(whole, n) && cells.size() >= 2 &&
            std::all_of(cells.begin(), cells.end(), [](auto& t) { return t.kind == CellKind::Number; })) {
          rr.loose = std::move(cells);
          rr.loose_cells = true;
          rr.cell_lines = true;
        }
        return rr;
      }
      rr.cells.reserve(n);
      for (auto& t : cells) rr.cells.push_back({t.kind, t.value, t.span});
      rr.readable = true;
      return rr;
    }
  }
  // Cells closed by their pipes on one line, fewer than the columns, then a run of pipes with
  // nothing between them (「一、本年新收… | 7 | 1 | 8 | ||||||」): the page's empty cells were moved
  // to the end of the row when it was copied, so the numbers no longer say their columns (read
  // in turn, 8 stood under 科研机构 and the 总计 cell came out blank: false errors). Read as the
  // rows copied one cell a line so: the last is the whole's cell when it is the sum of the others.
  if (sep == U'|') {
    std::uint32_t e = eol;
    while (e > from && (f[e - 1] == U' ' || f[e - 1] == U'\t' || f[e - 1] == U'\r')) --e;
    std::uint32_t r = e;
    while (r > from && f[r - 1] == U'|') --r;
    if (e - r >= 2) {
      std::vector<Span> kept;
      std::uint32_t b = from;
      for (std::uint32_t i = from; i < r; ++i)
        if (f[i] == U'|') {
          kept.push_back({b, i});
          b = i + 1;
        }
      bool tail_blank = true;  // between the last cell's closing pipe and the run
      for (std::uint32_t i = b; i < r; ++i) tail_blank = tail_blank && blank_char(f[i]);
      if (!own_line && !kept.empty()) kept.erase(kept.begin());  // what remains of the label cell
      std::vector<Token> toks;
      bool numbers = tail_blank && !kept.empty() && kept.size() < n;
      for (auto& p : kept) {
        if (!numbers) break;
        while (p.begin < p.end && (blank_char(f[p.begin]) || f[p.begin] == U' ')) ++p.begin;
        while (p.end > p.begin && blank_char(f[p.end - 1])) --p.end;
        auto t = classify(doc, p);
        numbers = t.kind == CellKind::Number;
        toks.push_back(std::move(t));
      }
      if (numbers) {
                if (whole_only(toks, n, whole, rr) || zero_only(toks, n, whole, rr)) return rr;
        rr.problem = fmt::format("该行只有 {} 个数，空白单元格移到了行末，无法对应到各列", toks.size());
        if (whole_at_edge(whole, n) && toks.size() >= 2) {
          rr.loose = std::move(toks);
          rr.loose_cells = true;
        }
        return rr;
      }
    }
  }
  // A row whose pipes run on over the lines after its label's, each starting with a pipe: a pipe
  // alone (an empty cell) or cells between pipes (「一、本年新收… | 25 |⏎|⏎|⏎|⏎|⏎| 25 |」, as a page
  // copied with a line break after each empty cell gives it): the row is every piece between two
  // pipes from the label to its last line, line breaks aside (a line may hold several cells,
  // 「| 3 | 2 |」, but never two pipes side by side). Taken only when that makes exactly
  // one cell per column, an empty one among them (else the label's line is read).
  // (The label's line may end with its cell's pipe alone: 「2.其他法律… |⏎|⏎…⏎| 0 |」.)
  bool closed_label = false;
  if (own_line && sep == U'|') {
    int pipes = 0;
    for (auto k = label_from; k < label_eol; ++k) pipes += f[k] == U'|';
    closed_label = pipes == 1;
  }
  if (sep == U'|' && (!own_line || closed_label) && label_eol < f.size() && label_eol < to && f[label_eol] == U'\n') {
    const std::uint32_t from = label_from, eol = label_eol;
    std::uint32_t last = 0, i = eol;
    bool ok = true;
    while (ok && i < f.size() && i < to && f[i] == U'\n') {
      std::uint32_t b = i + 1, e = b;
      while (e < f.size() && f[e] != U'\n') ++e;
      std::uint32_t tb = b, te = std::min(e, to);
      auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == 0x200B; };
      while (tb < te && space(f[tb])) ++tb;
      while (te > tb && space(f[te - 1])) --te;
      if (tb >= te || f[tb] != U'|') break;  // the next label, or text: the row has ended
      // Pipes side by side (「||||」) are a row's padding, not this layout.
      for (auto k = tb; k + 1 < te && ok; ++k) ok = !(f[k] == U'|' && f[k + 1] == U'|');
      ok = ok && f[te - 1] == U'|';
      last = te;
      i = e;
    }
    if (ok && last > eol) {
      std::vector<Token> cells;
      std::uint32_t b = from;
      bool first = true, number = false, empty = false, text = false;
      for (std::uint32_t k = from; k < last && !text; ++k) {
        if (f[k] != U'|') continue;
        Span p{b, k};
        b = k + 1;
        while (p.begin < p.end && blank_char(f[p.begin])) ++p.begin;  // (no pipe between two pipes)
        while (p.end > p.begin && blank_char(f[p.end - 1])) --p.end;
        if (first) {  // what remains of the label cell
          first = false;
          text = p.begin < p.end;
          continue;
        }
        auto t = classify(doc, p);
        text = t.kind == CellKind::Missing;
        number |= t.kind == CellKind::Number;
        empty |= t.kind == CellKind::Blank;
        cells.push_back(std::move(t));
      }
      if (!text && empty && cells.size() == n) {
        rr.cells.reserve(n);
        for (auto& t : cells) rr.cells.push_back({t.kind, t.value, t.span});
        rr.readable = true;
        return rr;
      }
    }
  }
  if (sep) {
    // Separated cells on the label's line; the first piece is what remains of the label cell.
    std::vector<Span> pieces;
    pieces.reserve(n + 1);
    std::uint32_t b = from;
    for (std::uint32_t i = from; i <= eol; ++i)
      if (i == eol || f[i] == sep) {
        pieces.push_back({b, i});
        b = i + 1;
      }
    if (sep == U'|' && !pieces.empty()) {
      auto blank_piece = [&](const Span& p) {
        for (auto i = p.begin; i < p.end; ++i)
          if (!blank_char(f[i])) return false;
        return true;
      };
      // The piece after the closing '|' is not a cell; nor are empty cells beyond the row's
      // width ("| 3 | 4 | ||": padding left by a merged header cell above).
      if (blank_piece(pieces.back())) pieces.pop_back();
      std::size_t label_piece = own_line ? 0 : 1;
      while (pieces.size() > n + label_piece && blank_piece(pieces.back())) pieces.pop_back();
    }
    // A line with more cells than most rows of its table that end blank: the extra blank cells
    // are a stray separator at its end (「…\t4\t70\t」), not a column; rows are read from their end.
    // Empty cells before the label's are not counted: they are the cells a label spanning rows
    // above leaves (「\t1.属于国家秘密\t1\t1\t\t…」 under 「（三）不予公开」), which make the line wider
    // than the rows printing their label first, not its end.
    // (Only a line with more pieces than the row's cells and its label's: the line's cells are
    // not counted for every row.)
    const std::size_t label_pieces = own_line ? 0 : 1;
    if (sep == U'\t' && grid.usual > 0 && pieces.size() > 1 && pieces.size() > n + label_pieces) {
      std::uint32_t bol = from, full_eol = eol;
      while (bol > 0 && f[bol - 1] != U'\n') --bol;
      while (full_eol < f.size() && f[full_eol] != U'\n') ++full_eol;
      std::uint32_t lead = bol;
      while (lead < from && (blank_char(f[lead]) || f[lead] == U' ')) ++lead;
      std::size_t line_cells = 1;
      for (auto i = lead; i < full_eol; ++i) line_cells += f[i] == U'\t';
      auto blank = [&](const Span& p) {
        for (auto i = p.begin; i < p.end; ++i)
          if (!blank_char(f[i])) return false;
        return true;
      };
      // (Not the row's own last cell, when a label cell of its group before it is the extra one:
      // 「三、本年度办理结果\t（一）予以公开\t258\t12\t\t\t1\t1\t」 leaves its 总计 blank.)
      // Nor a column that no line of the usual count fills: the empty cell a Word or web table
      // keeps at the end of every row (「…\t0\t3\t」 throughout, under a header a merged cell
      // made wider) is padding, as 「| 3 | ||」 is between bars.
      const bool padded = line_cells == grid.usual && grid.usual_ends_empty;
      if (padded && blank(pieces.back())) {
        pieces.pop_back();
        --line_cells;
      }
      while (line_cells > grid.usual && pieces.size() > 1 && pieces.size() > n + label_pieces && blank(pieces.back())) {
        pieces.pop_back();
        --line_cells;
      }
    }
    if (!pieces.empty() && !own_line) pieces.erase(pieces.begin());
    // The same on a line whose every row ends so: one blank too many at the end, while the cell
    // it would push out at the front holds a value (not an empty cell a label spans).
    if (sep == U'\t') {
      auto blank = [&](const Span& p) {
        for (auto i = p.begin; i < p.end; ++i)
          if (!blank_char(f[i])) return false;
        return true;
      };
      while (pieces.size() > n && blank(pieces.back()) && !blank(pieces[pieces.size() - n - 1])) pieces.pop_back();
    }
    for (auto& p : pieces) {
      while (p.begin < p.end && (blank_char(f[p.begin]) || f[p.begin] == U' ')) ++p.begin;
      while (p.end > p.begin && blank_char(f[p.end - 1])) --p.end;
    }
    // Empty cells dropped at the end of a grid row are blanks; not when the row holds a count and
    // either the table keeps no empty cell between two tabs anywhere or the row's last column is
    // the whole of its other cells (never left blank over counted parts): its cells were then
    // dropped elsewhere too (empty cells dropped everywhere, as a page copied cell by cell with
    // a tab between the cells it kept gives them). A sheet's rows keep their cells' columns (a
    // tab for each column up to each cell), so there the cells missing at a row's end are empty
    // cells whatever the row holds (「3.要求提供公开出版物\t\t3」: its 总计 left empty).
    // (Whether the row holds a count is asked only of a row short of cells: its pieces are not
    // classified twice for every row.)
    auto blanks_dropped = [&] {
      bool counted = false;
      for (auto& p : pieces) counted = counted || classify(doc, p).kind == CellKind::Number;
      return (!counted || grid.keeps_empty) && !(counted && whole_at_edge(whole, n));
    };
    if (pieces.size() < n && sep == U'\t' && (eol >= f.size() || f[eol] == U'\n') && (doc.format == "xlsx" || blanks_dropped())) {
      std::uint32_t bol = from, full_eol = eol;
      while (bol > 0 && f[bol - 1] != U'\n') --bol;
      while (full_eol < f.size() && f[full_eol] != U'\n') ++full_eol;
      std::size_t line_cells = 1;
      for (auto i = bol; i < full_eol; ++i) line_cells += f[i] == U'\t';
      // (In a sheet, to the table's width: the row's empty label cells before its values, 「四、结转
      // 下年度继续办理 | | 10」 with its label over two columns, are among the pieces, and the row is
      // read from its end.)
      std::size_t pad = grid.widest > line_cells ? grid.widest - line_cells : 0;
      if (doc.format != "xlsx") pad = std::min(pad, n - pieces.size());
      for (std::size_t k = 0; k < pad; ++k) pieces.push_back({eol, eol});
    }
    if (pieces.size() < n) {
      std::vector<Token> kept;
      for (auto& p : pieces)
        if (p.begin < p.end) kept.push_back(classify(doc, p));
      if (whole_only(kept, n, whole, rr)) return rr;
      rr.problem = fmt::format("该行只有 {} 个单元格，应有 {} 个", pieces.size(), n);
      if (whole_at_edge(whole, n) && kept.size() >= 2 && kept.size() < n &&
          std::all_of(kept.begin(), kept.end(), [](auto& t) { return t.kind == CellKind::Number; })) {
        rr.loose = std::move(kept);
        rr.loose_cells = true;
      }
      return rr;
    }
    for (std::size_t k = pieces.size() - n; k < pieces.size(); ++k) {
      auto t = classify(doc, pieces[k]);
      // A sheet's formula with no value stored: that cell's count is unknown (Missing), the
      // row's others are read.
      if (t.kind == CellKind::Missing && doc.format == "xlsx" && doc.slice(pieces[k]) == kUnstoredFormula) {
        ++rr.unstored;
        toks.push_back(std::move(t));
        continue;
      }
      if (t.kind == CellKind::Missing) {
        rr.problem = "单元格中有文字：" + doc.slice(pieces[k]);
        // A sheet's cell shown as a date (「2022年1月2日」: a count typed as 1-2, which Excel stored as
        // a date) where a count should stand: said where it stands, as a fault of the table.
        if (doc.format == "xlsx" && shown_date(f, pieces[k])) {
          rr.problem = "单元格显示为日期「" + doc.slice(pieces[k]) + "」（Excel 把输入的数字存成了日期），不是数量";
          rr.date_at = pieces[k];
        }
        return rr;
      }
      toks.push_back(std::move(t));
    }
  } else if (auto cells = cell_per_line(doc, from, to, n); !cells.empty()) {
    toks = std::move(cells);
  } else {
    std::uint32_t i = from, stop = to;
    bool started = false, page_broke_label = false;
    auto line_has_number = [&](std::uint32_t at) {
      std::uint32_t k = at;
      while (k > from && f[k - 1] != U'\n') --k;
      while (k < to && f[k] != U'\n') {
        while (k < to && f[k] != U'\n' && blank_char(f[k])) ++k;
        std::uint32_t wb = k;
        while (k < to && !blank_char(f[k])) ++k;
        if (k > wb && classify(doc, {wb, k}).kind == CellKind::Number) return true;
      }
      return false;
    };
    while (i < to) {
      while (i < to && blank_char(f[i])) ++i;
      if (i >= to) break;
      if (std::uint32_t e = past_page_number(f, i); e != i) {
        i = e;
        continue;
      }
      std::uint32_t b = i;
      while (i < to && !blank_char(f[i])) ++i;
      auto t = classify(doc, {b, i});
      // Before the row's first count, a number of three digits at most alone on a line below the
      // label's, with words on the next line: the number of the page that broke the row inside its
      // wrapped label (「（二）部分公开（区分处理的，只计这一情形，⏎3⏎不计其他情形）⏎6…」), not a count.
      if (!started && t.kind == CellKind::Number && !t.digits.empty() && t.digits.size() <= 3 && b > label_eol &&
          alone_before_words(doc, b, i, to)) {
        page_broke_label = true;
        continue;
      }
      if (t.kind == CellKind::Missing && !started) {
        // What is left of a label, glued to the row's first number when the text was copied
        // ("（区分处理的…）6000006"): the digits at its end are the row's.
        std::uint32_t d = i;
        while (d > b && f[d - 1] >= U'0' && f[d - 1] <= U'9') --d;
        // (Not three digits at most with the label's words going on below them: the page's
        // number, the label's line read on into it, 「…只计这一情形，3⏎不计其他情形）」.)
        if (d < i && d > b && i - d <= 3 && words_below(doc, i, to)) {
          page_broke_label = true;
          continue;
        }
        if (d < i && d > b && f[d - 1] != U'.' && f[d - 1] != U',' && f[d - 1] != U'-') t = classify(doc, {d, i});
      }
      if (t.kind == CellKind::Missing) {
        if (started) break;
        // A line of words only, below the label's, before any number: what follows the row (the
        // next table's title or header, 「表四」 after a last row of blanks whose empty cells a sheet
        // dropped), not the rest of its label; the numbers after it are not this row's.
        // (Unless the page broke the label there: the words are the rest of the label.)
        if (b > label_eol && !line_has_number(b) && !page_broke_label) {
          while (b > from && f[b - 1] != U'\n') --b;
          stop = b;
          break;
        }
        continue;
      }
      started = true;
      toks.push_back(std::move(t));
      if (toks.size() > n) break;
    }
    if (toks.empty()) {
      rr.problem = "未找到该行的数字";
      int breaks = 0;
      bool blank = true;
      for (std::uint32_t k = from; k < stop && k < f.size() && blank; ++k) {
        breaks += f[k] == U'\n';
        blank = blank_char(f[k]) || f[k] == U' ';
      }
      rr.nothing = blank && breaks <= 1;
      return rr;
    }
    // A row's n counts on one line, then one number of three digits at most alone on a line of
    // its own and nothing more before the next row's label (or a line of words, a running
    // head): the number of the page that broke the table there (「3.危及… 0 0 0 0 0 0 0⏎3⏎4.保护…」),
    // not one of the row's cells. (Not a row laid out one count a line: there the lone line
    // could be a cell.)
    // A count a page break cut in two, its digits on either side of the line break with no space
    // between (「（七）总计 61 0 0 2 0 4 6⏎7」, 「一、本年新收… 6⏎4 0 0 2 0 4 70」): one more number than
    // columns, the only line break between two of them, and the row's relations hold with the two
    // joined and not with the last left out as a page's number. The cell spans the line break.
    if (toks.size() == n + 1 && n >= 2) {
      std::size_t cut = n + 1, breaks = 0;
      for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
        const Span a = toks[k].span, b = toks[k + 1].span;
        bool broken = false;
        for (std::uint32_t q = a.end; q < b.begin; ++q) broken = broken || f[q] == U'\n';
        if (!broken) continue;
        ++breaks;
        if (b.begin == a.end + 1 && !toks[k].digits.empty() && !toks[k + 1].digits.empty() &&
            toks[k].span.end - toks[k].span.begin == toks[k].digits.size() && toks[k + 1].digits.front() != '0')
          cut = k;
      }
      auto holds = [&](const std::vector<Token>& cells) {
        bool any = false;
        for (auto* c : row_checks) {
          const RowTerms& rt = row_terms(*c, def);
          if (!rt.ok) continue;
          Decimal sum;
          bool known = true;
          for (auto [col, k] : rt.terms) {
            if (static_cast<std::size_t>(col) >= cells.size() || cells[static_cast<std::size_t>(col)].kind != CellKind::Number) known = false;
            else sum = add_multiple(sum, k, cells[static_cast<std::size_t>(col)].value);
          }
          if (!known) continue;
          if (!sum.is_zero()) return false;
          any = true;
        }
        return any;
      };
      if (breaks == 1 && cut < n) {
        std::vector<Token> joined(toks.begin(), toks.end());
        Token& t = joined[cut];
        t.digits += toks[cut + 1].digits;
        t.value = Decimal::parse(t.digits).value_or(Decimal());
        t.span.end = toks[cut + 1].span.end;
        joined.erase(joined.begin() + static_cast<std::ptrdiff_t>(cut) + 1);
        std::vector<Token> paged(toks.begin(), toks.end() - 1);
        if (t.digits.size() <= 15 && holds(joined) && !holds(paged)) toks = std::move(joined);
      }
    }
    // One number more than the columns, alone on its line after the row's, whose digits the next
    // line goes on with no space into a year (「（七）总计 61 0 0 2 0 4 67⏎2⏎023年度…」, a running head
    // the page broke): the start of that year, not a cell.
    if (toks.size() == n + 1 && n >= 2 && !toks.back().digits.empty()) {
      const Span last = toks.back().span;
      std::uint32_t q = last.end;
      bool alone = q < f.size() && f[q] == U'\n';
      for (std::uint32_t k = last.begin; alone && k > 0 && f[k - 1] != U'\n'; --k) alone = blank_char(f[k - 1]) || f[k - 1] == U' ';
      if (alone) {
        std::uint32_t d = q + 1;
        while (d < f.size() && f[d] >= U'0' && f[d] <= U'9') ++d;
        const std::string year = toks.back().digits + text::to_utf8(std::u32string_view(f).substr(q + 1, d - q - 1));
        if (d > q + 1 && d < f.size() && f[d] == U'年' && year.size() == 4 && (year.starts_with("19") || year.starts_with("20")))
          toks.pop_back();
      }
    }
    if (toks.size() == n + 1 && n >= 2 && page_number_after(doc, toks, to)) toks.pop_back();
    if (toks.size() > n) {
      rr.problem = fmt::format("该行的数字多于 {} 个，无法对应到各列", n);
      // The same one count a line: left to the table, which drops that number only where its
      // other rows were read one count a line (see read_instance).
      if (toks.size() == n + 1 && n >= 2 && one_count_a_line(doc, from, toks) && page_number_after(doc, toks, to, true)) {
        toks.pop_back();
        rr.paged = std::move(toks);
      }
      return rr;
    }
  }
  if (toks.size() == n) {
    rr.cells.reserve(n);
    for (auto& t : toks) rr.cells.push_back({t.kind, t.value, t.span});
    rr.readable = true;
    return rr;
  }
  // Fewer tokens than columns: digits ran together when the text was copied.
  for (auto& t : toks)
    if (t.digits.empty()) {
      rr.problem = fmt::format("该行只有 {} 个数字，应有 {} 个", toks.size(), n);
      return rr;
    }
  Splitter sp{toks, n, decltype(Splitter::rels_at)(n), std::vector<std::int64_t>(n), std::vector<std::pair<std::size_t, std::size_t>>(n), {}, {}};
  bool any_relation = false;
  for (auto* c : row_checks) {
    const RowTerms& rt = row_terms(*c, def);
    if (!rt.ok) continue;
    int last = -1;
    for (auto [col, k] : rt.terms) last = std::max(last, col);
    if (last < 0) continue;
    sp.rels_at[static_cast<std::size_t>(last)].push_back(rt.terms);
    any_relation = true;
  }
  std::string joined;
  for (auto& t : toks) joined += (joined.empty() ? "" : " ") + t.digits;
  if (!any_relation) {
    // Zeros run together, as many as the columns (「规章000」 of a table copied with nothing between
    // its cells): every cell is 0, there being no other cut (no count is written with a leading 0).
    std::size_t zeros = 0;
    bool all_zero = true;
    for (auto& t : toks) {
      zeros += t.digits.size();
      all_zero = all_zero && t.digits.find_first_not_of('0') == std::string::npos && t.span.end - t.span.begin == t.digits.size();
    }
    if (all_zero && zeros == n) {
      for (auto& t : toks)
        for (std::uint32_t k = t.span.begin; k < t.span.end; ++k) rr.cells.push_back({CellKind::Number, Decimal::integer(0), {k, k + 1}});
      rr.readable = true;
      rr.rebuilt = joined;
      return rr;
    }
    rr.problem = fmt::format("该行的数字连在一起（{}），无法拆分为 {} 列", joined, n);
    return rr;
  }
  sp.start();
  if (sp.found != 1) rr.digit_runs = toks;
  if (sp.found != 1) {
    rr.problem = sp.found == 0 ? fmt::format("该行的数字连在一起（{}），按本表的合计关系无法拆分为 {} 列", joined, n)
                               : fmt::format("该行的数字连在一起（{}），按本表的合计关系有不止一种拆分，未作猜测", joined, n);
    return rr;
  }
  rr.cells.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    auto [tok, packed] = sp.best[k];
    std::size_t at = packed / 100, len = packed % 100;
    Span s{static_cast<std::uint32_t>(toks[tok].span.begin + at), static_cast<std::uint32_t>(toks[tok].span.begin + at + len)};
    rr.cells.push_back({CellKind::Number, Decimal::integer(sp.best_vals[k]), s});
  }
  rr.readable = true;
  rr.rebuilt = joined;
  return rr;
}

// Every split of the digit runs into n cells (no leading zeros), at most `cap` of them.
void all_splits(const std::vector<Token>& toks, std::size_t n, std::size_t tok, std::size_t at, std::vector<std::pair<Span, std::int64_t>>& cur,
                std::vector<std::vector<std::pair<Span, std::int64_t>>>& out, std::size_t cap) {
  if (out.size() >= cap) return;
  if (cur.size() == n) {
    if (tok == toks.size()) out.push_back(cur);
    return;
  }
  if (tok >= toks.size()) return;
  const std::string& d = toks[tok].digits;
  for (std::size_t len = 1; at + len <= d.size() && len <= 9; ++len) {
    if (len > 1 && d[at] == '0') break;
    std::size_t nt = tok, na = at + len;
    if (na == d.size()) { ++nt; na = 0; }
    if (toks.size() - nt > n - cur.size() - 1) continue;
    Span sp{static_cast<std::uint32_t>(toks[tok].span.begin + at), static_cast<std::uint32_t>(toks[tok].span.begin + at + len)};
    cur.push_back({sp, std::stoll(d.substr(at, len))});
    all_splits(toks, n, nt, na, cur, out, cap);
    cur.pop_back();
  }
}

// A row whose run-together digits its own relations cannot split: the split that breaks the
// fewest relations of the whole table (rows and columns, with the other rows as read) wins,
// when it is the only one to do so and breaks at most two (one wrong cell breaks its row and
// its column).
bool rebuild_with_columns(TableInstance& t, std::size_t r, const std::vector<Token>& toks, const std::vector<const Check*>& checks) {
  const TableDef& def = *t.def;
  std::size_t n = def.columns.size();
  std::vector<std::vector<std::pair<Span, std::int64_t>>> splits;
  std::vector<std::pair<Span, std::int64_t>> cur;
  all_splits(toks, n, 0, 0, cur, splits, 50000);
  if (splits.empty() || splits.size() >= 50000) return false;
  // The relations' terms, resolved once for all splits and in each relation's own order: for
  // each: row the column a name stands for, for each: column its row (or this row); -1 where
  // the table has no such column or row.
  struct Term { int index; int coef; bool this_row; };
  struct Rel { Each each; const Linear* linear; std::vector<Term> terms; };
  std::vector<Rel> rels;
  for (auto* c : checks) {
    const auto& l = linear(*c, def);
    if (!l.ok || !this_year_only(l)) continue;
    Rel rel{c->each, &l, {}};
    for (auto& [name, coef] : l.coef) {
      if (c->each == Each::Row) {
        rel.terms.push_back({def.column(name), coef, false});
      } else if (coef != 0) {
        bool own = name == def.rows[r].name;
        rel.terms.push_back({own ? static_cast<int>(r) : name_index(def, Each::Column, name), coef, own});
      }
    }
    rels.push_back(std::move(rel));
  }
  int best_fail = 1 << 30, best_count = 0, best_sat = 0;
  std::size_t best = 0;
  for (std::size_t k = 0; k < splits.size(); ++k) {
    int fail = 0, sat = 0;
    for (const auto& rel : rels) {
      if (rel.each == Each::Row) {
        Decimal res = rel.linear->constant;
        bool known = true;
        for (const auto& term : rel.terms) {
          if (term.index < 0 || static_cast<std::size_t>(term.index) >= splits[k].size()) { known = false; break; }
          res = res + Decimal::integer(term.coef * splits[k][static_cast<std::size_t>(term.index)].second);
        }
        if (known) (res.is_zero() ? sat : fail)++;
        continue;
      }
      for (std::size_t j = 0; j < n; ++j) {
        Decimal res = rel.linear->constant;
        bool involved = false, known = true;
        for (const auto& term : rel.terms) {
          if (term.this_row) {
            involved = true;
            res = res + Decimal::integer(term.coef * splits[k][j].second);
            continue;
          }
          const TableCell* cell = cell_at(t, nullptr, Each::Column, static_cast<int>(j), false, term.index);
          if (!cell || cell->kind != CellKind::Number) { known = false; break; }
          res = add_multiple(res, term.coef, cell->value);
        }
        if (!involved || !known) continue;
        (res.is_zero() ? sat : fail)++;
      }
    }
    if (fail < best_fail || (fail == best_fail && sat > best_sat)) {
      best_fail = fail;
      best_sat = sat;
      best = k;
      best_count = 1;
    } else if (fail == best_fail && sat == best_sat) {
      ++best_count;
    }
  }
  // A split that breaks relations is believed only when many more relations confirm it (the
  // columns of table 三); with nothing but the row's own relations it would be a guess.
  if (best_count != 1 || best_fail > 2 || best_sat == 0 || (best_fail > 0 && best_sat < 3 * best_fail)) return false;
  t.cells[r].clear();
  for (auto& [span, v] : splits[best]) t.cells[r].push_back({CellKind::Number, Decimal::integer(v), span});
  return true;
}

// Grid width of the separated rows in [from, to): the most tab-separated cells on one line
// (widest), and the count most lines have when three or more share it (usual; 0 otherwise).
GridWidth grid_width(const Document& doc, std::uint32_t from, std::uint32_t to) {
  GridWidth g;
  // By cell count (a line's count is at most its length, so these grow with the text at most):
  // how many lines have that many cells, and whether some such line has its last cell written.
  std::vector<int> lines;
  std::vector<bool> last_filled;
  std::size_t cur = 1;
  bool tabbed = false, empty = false;  // empty: nothing but blanks since the last tab
  const auto end = std::min<std::size_t>(to, doc.folded.size());
  // Only lines with a tab count: the reading starts on the line of the first one (its state at a
  // line's start is the same as at `from`), and a text with none (most tables copied from a web
  // page or a PDF) is not read character by character.
  if (from >= end) return g;
  const std::u32string_view span = std::u32string_view(doc.folded).substr(from, end - from);
  static constexpr char32_t kTab[] = {U'\t'};
  const std::size_t tab = text::find_any(span, 0, kTab);  // (four code points at a time)
  if (tab == std::u32string_view::npos) return g;
  if (const std::size_t nl = span.rfind(U'\n', tab); nl != std::u32string_view::npos) from += static_cast<std::uint32_t>(nl + 1);
  for (std::size_t i = from; i <= end; ++i) {
    char32_t c = i < end ? doc.folded[i] : U'\n';
    if (c > U' ' && c != U'|' && c != 0x200B) {  // most of them: neither blank nor a break
      empty = false;
      continue;
    }
    if (c == U'\t') {
      g.keeps_empty = g.keeps_empty || (tabbed && empty);
      ++cur;
      tabbed = empty = true;
      continue;
    }
    if (c != U' ' && c != U'\n' && !blank_char(c)) empty = false;
    if (c == U'\n') {
      if (tabbed) {
        g.widest = std::max(g.widest, cur);
        if (cur >= lines.size()) {
          lines.resize(cur + 1, 0);
          last_filled.resize(cur + 1, false);
        }
        ++lines[cur];
        last_filled[cur] = last_filled[cur] || !empty;
      }
      cur = 1;
      tabbed = false;
    }
  }
  int most = 2;
  for (std::size_t w = 0; w < lines.size(); ++w)
    if (lines[w] > most) most = lines[w], g.usual = w;
  g.usual_ends_empty = g.usual > 0 && !last_filled[g.usual];
  return g;
}

// The note for a row that could not be read.
std::string unread_row(const Document& doc, const TableInstance& t, int r, const std::string& problem) {
  if (t.def->rows.size() == 1) return fmt::format("{}：{}，表中的关系未核对", t.def->title, problem);
  return fmt::format("{}「{}」：{}，本行涉及的关系未核对", t.def->title, row_title(doc, t, r), problem);
}

// A label wrapped in its cell, with the row's values printed beside its first line (text copied
// from a PDF: "2.申请人逾期未按收费通知要求缴纳费 8 0 0 0 0 0 8⏎用、行政机关不再处理…"), is
// found with the digits between its two parts passed over; the match ends where the values
// begin, so that they are read as the row's. Looked for only where the label is not found whole.
bool find_interrupted(const Regex& label, const Squeezed& sq, std::size_t from, std::size_t limit, std::size_t& mb, std::size_t& e) {
  // The bytes of s[from, limit) that are not digits, and where each stands in s: a view of the
  // text's digitless copy.
  const auto& all = sq.text.digitless();
  const std::size_t lo = sq.base + from, hi = sq.base + limit;
  const std::uint32_t* const end = all.at + all.kept.size();
  const auto first = static_cast<std::size_t>(std::lower_bound(all.at, end, lo) - all.at);
  const auto last = static_cast<std::size_t>(std::lower_bound(all.at, end, hi) - all.at);
  if (last - first == limit - from) return false;
  const std::string_view kept = all.kept.substr(first, last - first);
  auto at_byte = [&](std::size_t k) { return all.at[first + k] - sq.base; };
  for (std::size_t at = 0, kb = 0, ke = 0; at < kept.size() && find_label(label, kept, at, kept.size(), kb, ke) && ke > kb; at = ke) {
    for (std::size_t k = kb; k + 1 < ke; ++k)
      if (at_byte(k + 1) != at_byte(k) + 1) {  // the values stand here, inside the label
        mb = at_byte(kb);
        e = at_byte(k) + 1;
        return true;
      }
  }
  return false;
}

// Whether nothing but blanks follows `from` to the end of the text (a page copied up to there).
bool only_blanks_to_end(const Document& doc, std::size_t from) {
  while (from < doc.folded.size() && blank_char(doc.folded[from])) ++from;
  return from >= doc.folded.size();
}

// Whether the tokens stand on one line, the one where a row's label ends at `from` or the next,
// with only blanks between the label and the first of them.
bool on_own_line(const Document& doc, std::uint32_t from, const std::vector<Token>& toks) {
  if (toks.empty()) return false;
  const auto& f = doc.folded;
  int breaks = 0;
  for (std::uint32_t k = from; k < toks.front().span.begin && k < f.size(); ++k) {
    if (f[k] == U'\n') ++breaks;
    else if (!blank_char(f[k]) && f[k] != U' ' && f[k] != U'|') return false;
  }
  if (breaks > 1) return false;
  for (std::uint32_t k = toks.front().span.begin; k < toks.back().span.end && k < f.size(); ++k)
    if (f[k] == U'\n') return false;
  return true;
}

// Counts each alone on a line of its own, one line after another, the first on the line after
// the label's (「一、本年新收…⏎9⏎3⏎12」): a row copied one cell a line whose empty cells left no
// line (a PDF's or a page's text that drops a cell with nothing in it). Two counts or more.
bool one_count_a_line(const Document& doc, std::uint32_t from, const std::vector<Token>& toks) {
  if (toks.size() < 2) return false;
  const auto& f = doc.folded;
  auto only_blanks = [&](std::uint32_t b, std::uint32_t e, int want_breaks) {
    int breaks = 0;
    for (std::uint32_t k = b; k < e && k < f.size(); ++k) {
      if (f[k] == U'\n') ++breaks;
      else if (!blank_char(f[k]) && f[k] != U' ') return false;
    }
    return breaks == want_breaks;
  };
  if (!only_blanks(from, toks.front().span.begin, 1)) return false;
  for (std::size_t k = 1; k < toks.size(); ++k)
    if (!only_blanks(toks[k - 1].span.end, toks[k].span.begin, 1)) return false;
  std::uint32_t e = toks.back().span.end;
  while (e < f.size() && f[e] != U'\n') {
    if (!blank_char(f[e]) && f[e] != U' ') return false;
    ++e;
  }
  return true;
}

// See read_instance: whether table `t`'s rows print their counts before their labels; if so,
// `before` gets for each row with values the stretch of text holding its counts.
bool counts_before_labels(const Document& doc, const TableDef& def, const TableInstance& t, const std::vector<std::size_t>& order,
                          std::uint32_t tail, const std::vector<const Check*>& row_checks, GridWidth width, int whole,
                          std::vector<std::pair<std::uint32_t, std::uint32_t>>& before) {
  const auto& f = doc.folded;
  const std::size_t n = def.columns.size();
  if (doc.format != "text" || whole < 0 || n < 2) return false;
  std::vector<std::size_t> valued;
  for (auto r : order)
    if (def.rows[r].values) valued.push_back(r);
  if (valued.size() < 3) return false;
  // The counts right before the first row's label, words before them.
  std::uint32_t start = t.labels[valued.front()].begin, k = start;
  std::size_t counts = 0;
  for (;;) {
    while (k > 0 && (blank_char(f[k - 1]) || f[k - 1] == U' ')) --k;
    std::uint32_t e = k;
    while (k > 0 && !blank_char(f[k - 1]) && f[k - 1] != U' ') --k;
    if (k == e) return false;
    const auto kind = classify(doc, {k, e}).kind;
    if (kind == CellKind::Missing) break;
    if (kind != CellKind::Number && kind != CellKind::Dash) return false;
    if (++counts > n) return false;
    start = k;
  }
  if (counts != n) return false;
  // No count after the last row's label: words follow it, or nothing.
  {
    std::uint32_t i = t.labels[valued.back()].end;
    while (i < tail && i < f.size() && (blank_char(f[i]) || f[i] == U' ')) ++i;
    std::uint32_t e = i;
    while (e < tail && e < f.size() && !blank_char(f[e]) && f[e] != U' ') ++e;
    if (e > i && classify(doc, {i, e}).kind != CellKind::Missing) return false;
  }
  // Read before their labels, every row gives its cells, the first making its whole.
  // (A row the template may leave without counts, a group's 「（三）不予公开」, with the next row's
  // label right after its own has none: the counts before it are that next row's.)
  // (From the line break before the counts, and to the end of the last, so that a row of tabs
  // is read as the line of cells after a label's: no piece of it is a label's.)
  std::uint32_t from = start > 0 && f[start - 1] == U'\n' ? start - 1 : start;
  int full = 0, made = 0;  // rows read with a count in every cell, and those making their whole
  for (std::size_t v = 0; v < valued.size(); ++v) {
    const std::size_t r = valued[v];
    if (def.rows[r].optional && v + 1 < valued.size()) {
      bool adjacent = true;
      for (auto i = t.labels[r].end; i < t.labels[valued[v + 1]].begin && adjacent; ++i) adjacent = blank_char(f[i]) || f[i] == U' ';
      if (adjacent) continue;
    }
    // (Words between the counts and the label on their line, a group's label such as
    // 「三、本年度办理结果」 printed before its first row's, are left out too.)
    std::uint32_t to = t.labels[r].begin;
    for (std::uint32_t k = to;;) {
      while (k > from && (f[k - 1] == U'\t' || f[k - 1] == U' ')) --k;
      std::uint32_t b = k;
      while (b > from && !blank_char(f[b - 1]) && f[b - 1] != U' ') --b;
      if (b == k) break;
      if (classify(doc, {b, k}).kind != CellKind::Missing) {
        to = k;
        break;
      }
      k = b;
    }
    auto rr = read_row(doc, from, to, n, row_checks, def, width, whole);
    if (!rr.readable || rr.cells.size() != n || !rr.rebuilt.empty()) return false;
    bool counted = true, numbering = v == 0;
    Decimal parts;
    for (std::size_t c = 0; c < n; ++c) {
      counted = counted && rr.cells[c].kind == CellKind::Number;
      numbering = numbering && counted && rr.cells[c].value == Decimal::integer(static_cast<std::int64_t>(c + 1));
      if (counted && static_cast<int>(c) != whole) parts = parts + rr.cells[c].value;
    }
    if (numbering) return false;  // the columns' numbers (1 2 3 …) under the header, not a row
    if (counted) {
      ++full;
      made += parts == rr.cells[static_cast<std::size_t>(whole)].value;
    }
    before[r] = {from, to};
    from = t.labels[r].end;
  }
  return full >= 3 && 3 * made >= 2 * full;  // most rows read so make their whole
}

// Whether the words at [b, e) of the squeezed text stand among the table's column headers: a
// header row printed again where a page broke the table (「申请人情况 自然人 商业企业 … 其他 总计」,
// or its lower rows 「…法律服务机构 其他」), whose 总计 or 其他 a row label (（七）总计, 3.其他) would
// take. So they are when two column labels stand right before them, or one right after them;
// a row's own label follows its number or the row before's cells, never two column labels.
bool in_column_header(const TableDef& def, std::string_view s, std::size_t b, std::size_t e) {
  auto label_at_end = [&](std::size_t end) -> std::size_t {  // length of a column label ending at `end`, or 0
    for (const auto& full : def.column_labels) {
      std::string_view l = full;
      if (auto dot = l.rfind("·"); dot != std::string_view::npos) l = l.substr(dot + std::string_view("·").size());
      if (!l.empty() && l.size() <= end && s.substr(end - l.size(), l.size()) == l) return l.size();
    }
    for (std::string_view g : def.header)  // the pack's other header words: a group over several columns
      if (!g.empty() && g.size() <= end && s.substr(end - g.size(), g.size()) == g) return g.size();
    return 0;
  };
  if (std::size_t one = label_at_end(b); one > 0 && label_at_end(b - one) > 0) return true;
  for (const auto& full : def.column_labels) {
    std::string_view l = full;
    if (auto dot = l.rfind("·"); dot != std::string_view::npos) l = l.substr(dot + std::string_view("·").size());
    if (!l.empty() && s.substr(e, l.size()) == l) return true;
  }
  return false;
}

// Whether the table's header, right before its first row at `first` (bytes in the squeezed
// text), prints the whole's column first (「申请人情况 总计 自然人 法人或其他组织 …」): its cells
// then stand one place to the right of the template's. Only for a one-level header whose last
// column is the whole of the others (表三's 总计): the whole's label right before the first
// column's, the last time that stands before the first row.
bool whole_first(const TableDef& def, std::string_view s, std::size_t first, int whole) {
  const std::size_t n = def.column_labels.size();
  if (n < 3 || whole != static_cast<int>(n) - 1) return false;
  for (const auto& l : def.column_labels)
    if (l.find("·") != std::string::npos) return false;
  const std::string& head = def.column_labels.front();
  const std::string& total = def.column_labels.back();
  std::size_t from = first > 600 ? first - 600 : 0;
  std::size_t at = s.substr(from, first - from).rfind(head);
  if (at == std::string_view::npos) return false;
  at += from;
  // Between the whole's label and the first column's, at most a few characters (a mark).
  std::size_t before = at > total.size() + 6 ? at - total.size() - 6 : 0;
  return s.substr(before, at - before).find(total) != std::string_view::npos;
}

// One attempt at reading the table whose first row label is the match at `first` (bytes in sq).
TableInstance read_instance(const Document& doc, const TableDef& def, const Squeezed& sq, std::size_t first_b, std::size_t first_e,
                            const std::vector<const Check*>& all_checks, std::uint32_t window_end) {
  std::vector<const Check*> row_checks;
  for (auto* c : all_checks)
    if (c->each == Each::Row) row_checks.push_back(c);
  TableInstance t;
  t.def = &def;
  t.labels.assign(def.rows.size(), Span{});
  t.cells.assign(def.rows.size(), std::vector<TableCell>(def.columns.size()));
  t.columns_lost.assign(def.rows.size(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> found(def.rows.size(), {std::string::npos, 0});
  found[0] = {first_b, first_e};
  std::size_t at = first_e;
  // A short label found inside another row's longer label is that row's: 「3.其他」's 其他 in
  // 「（六）其他处理」 printed again where a page broke the table (the group's cell repeated over
  // the rows it spans). Only labels of a few characters are looked at so, as only they stand
  // inside another's (and every search would otherwise try every row's label around it).
  auto inside_longer_label = [&](std::size_t r, std::size_t mb, std::size_t me) {
    constexpr std::size_t kShort = 12, kAround = 60;  // bytes: four CJK characters; a long label's reach
    if (me - mb > kShort) return false;
    std::size_t lo = mb > kAround ? mb - kAround : 0, hi = std::min(sq.s.size(), me + kAround);
    while (lo < mb && text::continuation_byte(sq.s[lo])) ++lo;  // (a character's first byte)
    while (hi < sq.s.size() && text::continuation_byte(sq.s[hi])) ++hi;
    // (The header's words too: 其他 in 「法人或其他组织」 of a header printed again over the rows.)
    // A word that holds the label stands where the label's text stands inside it: only those
    // places are compared with the text, not every place the word stands near the label.
    const std::string_view label_text = sq.s.substr(mb, me - mb);
    const Sketch label_sketch = Sketch::of(label_text);
    auto inside_word = [&](std::string_view w) {
      if (w.size() <= label_text.size()) return false;
      for (std::size_t off = w.find(label_text); off != std::string_view::npos; off = w.find(label_text, off + 1))
        if (off <= mb && mb - off >= lo && sq.s.substr(mb - off, w.size()) == w) return true;
      return false;
    };
    for (std::string_view w : def.header)
      if (inside_word(w)) return true;
    for (std::string_view w : def.column_labels) {
      if (auto dot = w.rfind("·"); dot != std::string_view::npos) w = w.substr(dot + std::string_view("·").size());
      if (inside_word(w)) return true;
    }
    for (std::size_t j = 0; j < def.rows.size(); ++j) {
      if (j == r) continue;
      // A label of plain words holds this one only when one of its words is longer and holds
      // it: the others are not searched for around it.
      // (Their sketches first: a word lacking a byte or pair of the label's cannot hold it.)
      const auto& words = def.rows[j].label->literals();
      const auto& sketches = def.rows[j].label->literal_sketches();
      bool holder = words.empty();
      for (std::size_t k = 0; k < words.size() && !holder; ++k)
        holder = words[k].size() > label_text.size() && (k >= sketches.size() || sketches[k].may_hold(label_sketch)) &&
                 std::string_view(words[k]).find(label_text) != std::string_view::npos;
      if (!holder) continue;
      // One whose every match begins with a few words (Regex::heads) holds it only from where
      // one of them stands by the label's start.
      if (const Regex::Heads& heads = def.rows[j].label->heads(); words.empty() && heads.n > 0) {
        bool near = false;
        for (std::size_t k = 0; k < heads.n && !near; ++k)
          near = Regex::find_word(sq.s.substr(0, std::min(sq.s.size(), mb + heads.at[k].size())), heads.at[k], lo) != std::string_view::npos;
        if (!near) continue;
      }
      std::size_t from = lo, jb = 0, je = 0;
      while (from < hi && find_label(*def.rows[j].label, sq.s, from, hi, jb, je) && jb <= mb) {
        if (je >= me && je - jb > me - mb) return true;
        from = je > jb ? je : jb + 1;
      }
    }
    return false;
  };
  auto search_once = [&](std::size_t r, std::size_t from, std::size_t& b, std::size_t& e) {
    for (int tries = 0; tries < 4; ++tries) {
      std::size_t limit = std::min(sq.s.size(), from + kRowGap), mb = 0;
      if (!find_label(*def.rows[r].label, sq.s, from, limit, mb, e) && !find_interrupted(*def.rows[r].label, sq, from, limit, mb, e))
        return false;
      b = with_number(sq.s, mb);
      if (!inside_longer_label(r, mb, e) && (b != mb || !in_column_header(def, sq.s, mb, e))) return true;
      from = e;  // a header repeated inside the table (a page broke it): not this row
    }
    return false;
  };
  // Label searches are remembered: a match found from an earlier point that starts after this
  // one is the first match from here too.
  struct Memo { std::size_t from = std::string::npos, b = 0, e = 0; bool hit = false; };
  std::vector<Memo> memo(def.rows.size());
  auto search = [&](std::size_t r, std::size_t from, std::size_t& b, std::size_t& e) {
    Memo& mm = memo[r];
    bool reuse = mm.from != std::string::npos && mm.from <= from &&
                 ((mm.hit && mm.b >= from && mm.e <= from + kRowGap) || (!mm.hit && mm.from == from));
    if (!reuse) {
      mm.from = from;
      mm.hit = search_once(r, from, mm.b, mm.e);
    }
    b = mm.b, e = mm.e;
    return mm.hit;
  };
  for (std::size_t r = 1; r < def.rows.size(); ++r) {
    std::size_t b = 0, e = 0;
    if (!search(r, at, b, e)) continue;
    // A row the document leaves out must not take the label of a later row or of what follows
    // the table: when one of the next rows comes first, this row is missing.
    bool later_first = false;
    for (std::size_t k = r + 1; k < def.rows.size() && k <= r + 3 && !later_first; ++k) {
      std::size_t kb = 0, ke = 0;
      later_first = search(k, at, kb, ke) && kb < b;
    }
    if (later_first) continue;
    found[r] = {b, e};
    at = e;
  }
  std::vector<std::size_t> order;
  for (std::size_t r = 0; r < def.rows.size(); ++r)
    if (found[r].first != std::string::npos) {
      t.labels[r] = {sq.doc(found[r].first), sq.doc_end(found[r].second)};
      order.push_back(r);
    }
  std::uint32_t zone_end = t.labels[order.back()].end;
  std::uint32_t last_label_end = zone_end;
  std::uint32_t tail = std::min<std::uint32_t>(window_end, last_label_end + 2000);
  // (A sheet's rows are its lines: the table's width is that of its own rows, not of the next
  // table's below its last row, 表四's fifteen columns under table 三's seven.)
  std::uint32_t width_end = tail;
  if (doc.format == "xlsx") {
    width_end = last_label_end;
    while (width_end < doc.folded.size() && width_end < tail && doc.folded[width_end] != U'\n') ++width_end;
  }
  GridWidth width = grid_width(doc, t.labels[order.front()].begin, width_end);
  // The column that is the whole of the others in the row relations (-1: none), for every row.
  const int whole = whole_column(row_checks, def, def.columns.size());
  // Where the whole stands as the rows are printed: first when the header prints it first (the
  // cells are moved to the template's order at the end, see below).
  const bool printed_first = whole_first(def, sq.s, first_b, whole);
  const int printed_whole = printed_first ? 0 : whole;
  int rebuilt = 0;
  Finding first_rebuilt;
  std::vector<std::pair<std::size_t, RowRead>> pending;
  auto note_unread = [&](std::size_t r, const std::string& problem) {
    Finding f;
    f.severity = Severity::Note;
    f.primary = t.labels[r];
    f.message = unread_row(doc, t, static_cast<int>(r), problem);
    t.notes.push_back(std::move(f));
  };
  // Rows with nothing after their label before the next row's, and rows of fewer counts than
  // columns whose last is not the sum of the others (see the end).
  std::vector<std::pair<std::size_t, std::string>> empty_rows;
  std::vector<std::pair<std::size_t, RowRead>> loose_rows;
  std::vector<std::pair<std::size_t, RowRead>> paged_rows;  // see read_row's `paged`
  // Rows left with a single count on their label's line, its digits too few to split (see the end).
  std::vector<std::tuple<std::size_t, Token, std::string>> single_rows;
  // Cells of a sheet whose formulas have no value stored: one note for the table.
  int unstored = 0, unstored_row = 0;
  Span unstored_at;
  // Rows of which only the whole's cell could be placed: one note, on the first.
  int whole_only_rows = 0;
  auto note_whole_only = [&](int r, const RowRead& rr) {
    if (whole_only_rows++ > 0) return;
    Finding f;
    f.severity = Severity::Note;
    f.primary = rr.cells[static_cast<std::size_t>(printed_whole)].span;
    f.message = fmt::format("{}「{}」等行的数字少于 {} 列（空白单元格在复制时丢失），无法对应到各列：只把{}读作{}列，其余各列未核对",
                            def.title, row_title(doc, t, r), def.columns.size(),
                            printed_first ? "首一个数（其后各数之和）" : "末一个数（其前各数之和）", def.column_labels.back());
    t.notes.push_back(std::move(f));
  };
  // A table printed with each row's counts before its label, as a PDF's text may give it when
  // the label cell comes out after the row's numbers (「64 0 0 2 0 4 70 一、本年新收…」): read
  // after each label, every row took the next row's counts (false errors on every column). So it
  // is when the counts of the first row stand right before its label, after words, the last row
  // has none after its label, and read before their labels every row gives its cells, most of
  // them making their whole: each row is then read between the row before's label and its own.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> before(def.rows.size(), {0, 0});
  const bool counts_first = counts_before_labels(doc, def, t, order, tail, row_checks, width, printed_whole, before);
  if (counts_first) {
    Finding f;
    f.severity = Severity::Note;
    f.primary = t.labels[order.front()];
    f.message = fmt::format("{}各行的数字印在该行标签之前（从 PDF 复制的文本常见），按此读取", def.title);
    t.notes.push_back(std::move(f));
  }
  for (std::size_t k = 0; k < order.size(); ++k) {
    std::size_t r = order[k];
    const auto& row = def.rows[r];
    if (!row.values) continue;
    std::uint32_t from = t.labels[r].end;
    std::uint32_t to = k + 1 < order.size() ? t.labels[order[k + 1]].begin : tail;
    if (counts_first) std::tie(from, to) = before[r];
    auto rr = read_row(doc, from, to, def.columns.size(), row_checks, def, width, printed_whole);
    if (!rr.readable && !rr.digit_runs.empty()) {
      pending.push_back({r, std::move(rr)});
      continue;
    }
    if (!rr.readable && !rr.paged.empty() && !row.optional) {
      paged_rows.push_back({r, std::move(rr)});
      continue;
    }
    if (!rr.readable && rr.nothing && !row.optional) {
      empty_rows.push_back({r, std::move(rr.problem)});
      continue;
    }
    if (!rr.loose.empty() && !rr.cell_lines && !on_own_line(doc, from, rr.loose)) rr.loose.clear();
    if (!rr.readable && !rr.loose.empty() && !row.optional) {
      loose_rows.push_back({r, std::move(rr)});
      continue;
    }
    if (!rr.readable) {
      if (rr.date_at.end > rr.date_at.begin) {  // a fault of the table: a warning at the cell
        Finding f;
        f.severity = Severity::Warning;
        f.primary = rr.date_at;
        f.message = unread_row(doc, t, static_cast<int>(r), rr.problem);
        f.suggestion = "把该单元格的格式改为数值或常规，重新填写数量";
        t.notes.push_back(std::move(f));
        continue;
      }
      if (!row.optional) note_unread(r, rr.problem);
      continue;
    }
    bool all_blank = std::all_of(rr.cells.begin(), rr.cells.end(), [](auto& c) { return c.kind == CellKind::Blank; });
    if (all_blank && row.optional) continue;
    if (rr.whole_only) note_whole_only(static_cast<int>(r), rr), t.columns_lost[r] = 1;
    if (rr.unstored > 0 && unstored == 0) {
      unstored_row = static_cast<int>(r);
      for (auto& c : rr.cells)
        if (c.kind == CellKind::Missing) {
          unstored_at = c.span;
          break;
        }
    }
    unstored += rr.unstored;
    for (auto& c : rr.cells) zone_end = std::max(zone_end, c.span.end);
    if (!rr.rebuilt.empty() && rebuilt++ == 0) {
      first_rebuilt.severity = Severity::Note;
      first_rebuilt.primary = {rr.cells.front().span.begin, rr.cells.back().span.end};
      std::string vals;
      for (auto& c : rr.cells) vals += (vals.empty() ? "" : "、") + c.value.str();
      first_rebuilt.message = fmt::format("「{}」一行为 {}，拆分为 {}", row_title(doc, t, static_cast<int>(r)), rr.rebuilt, vals);
    }
    t.cells[r] = std::move(rr.cells);
  }
  // A row of one count a line with one count too many, the last a page's number (see read_row):
  // read without it where two rows of the table or more were read one count a line, each of
  // their cells on a line of its own; otherwise left unread.
  if (!paged_rows.empty()) {
    int one_a_line = 0;
    for (const auto& row : t.cells) {
      bool own = row.size() >= 2;
      for (std::size_t k = 1; k < row.size() && own; ++k) {  // one line break between each two cells, nothing else
        int breaks = 0;
        for (auto i = row[k - 1].span.end; own && i < row[k].span.begin && i < doc.folded.size(); ++i) {
          breaks += doc.folded[i] == U'\n';
          own = blank_char(doc.folded[i]) || doc.folded[i] == U' ';
        }
        own = own && breaks == 1;
      }
      one_a_line += own;
    }
    for (auto& [r, rr] : paged_rows) {
      if (one_a_line < 2) {
        note_unread(r, rr.problem);
        continue;
      }
      t.cells[r].clear();
      for (auto& tok : rr.paged) {
        zone_end = std::max(zone_end, tok.span.end);
        t.cells[r].push_back({tok.kind, tok.value, tok.span});
      }
    }
  }
  if (unstored > 0) {
    Finding f;
    f.severity = Severity::Note;
    f.primary = unstored_at;
    f.message = fmt::format("{}有 {} 个单元格是公式而文件中没有存计算结果（第一个在「{}」行），其数值未知，涉及这些单元格的关系未核对",
                            def.title, unstored, row_title(doc, t, unstored_row));
    t.notes.push_back(std::move(f));
  }
  // Rows read whose counts stand on their label's line, and rows whose counts stand on a line
  // after it (a copy that breaks every row after its label).
  int counts_on_label_line = 0, counts_below_label = 0;
  auto tally_line = [&](std::size_t r, std::uint32_t at) {
    if (at < t.labels[r].end) return;
    const auto between = std::u32string_view(doc.folded).substr(t.labels[r].end, at - t.labels[r].end);
    ++(between.find(U'\n') == std::u32string_view::npos ? counts_on_label_line : counts_below_label);
  };
  for (std::size_t r = 0; r < t.cells.size() && r < t.labels.size(); ++r)
    for (const auto& c : t.cells[r])
      if (c.kind == CellKind::Number) {
        tally_line(r, c.span.begin);
        break;
      }
  for (const auto& [r, rr] : pending)
    if (rr.digit_runs.size() >= 2 || (!rr.digit_runs.empty() && rr.digit_runs[0].digits.size() > 1)) tally_line(r, rr.digit_runs[0].span.begin);
  // Whether a row's one count stands on its label's line (not on a line of its own after it).
  auto on_label_line = [&](std::size_t r, const Token& tok) {
    return !tok.digits.empty() && tok.span.begin >= t.labels[r].end &&
           std::u32string_view(doc.folded).substr(t.labels[r].end, tok.span.begin - t.labels[r].end).find(U'\n') == std::u32string_view::npos;
  };
  for (auto& [r, rr] : pending) {
    // (The single count on the label's line, before the runs are cleared below.)
    std::optional<Token> single;
    if (rr.digit_runs.size() == 1 && on_label_line(r, rr.digit_runs[0]) && rr.digit_runs[0].digits.front() != '0') single = rr.digit_runs[0];
    if (rebuild_with_columns(t, r, rr.digit_runs, all_checks)) {
      for (auto& c : t.cells[r]) zone_end = std::max(zone_end, c.span.end);
      if (rebuilt++ == 0) {
        first_rebuilt.severity = Severity::Note;
        first_rebuilt.primary = {t.cells[r].front().span.begin, t.cells[r].back().span.end};
        first_rebuilt.message = fmt::format("「{}」一行按各列的合计关系拆分", row_title(doc, t, static_cast<int>(r)));
      }
      continue;
    }
    // (Only counts on the row's own line, right after its label or on the line after it: the
    // numbers after a last row with none of its own are the next table's.)
    // Counts one a line with the empty cells dropped are read only when the last is the sum of
    // the others (the whole's cell, see whole_only); otherwise the row is left unread as before.
    // (Not a last row whose counts end the text: where the text stops inside the table they
    // may be cut short.)
    const bool counts_on_own_line = on_own_line(doc, t.labels[r].end, rr.digit_runs);
    if (!counts_on_own_line && ((r == order.back() && !rr.digit_runs.empty() && only_blanks_to_end(doc, rr.digit_runs.back().span.end)) ||
                                  !one_count_a_line(doc, t.labels[r].end, rr.digit_runs)))
      rr.digit_runs.clear();
    if (whole_only(rr.digit_runs, def.columns.size(), printed_whole, rr)) {
      note_whole_only(static_cast<int>(r), rr);
      for (auto& c : rr.cells) zone_end = std::max(zone_end, c.span.end);
      t.cells[r] = std::move(rr.cells);
      t.columns_lost[r] = 1;
      continue;
    }
    // Counts one a line whose last is not the sum of the others, but whose others are a row so
    // read, the last a page's number alone on its line before the next row (「4⏎4⏎12」): that row.
    if (!counts_on_own_line && rr.digit_runs.size() >= 3 && page_number_after(doc, rr.digit_runs, rr.to, true)) {
      auto head = rr.digit_runs;
      head.pop_back();
      RowRead w;
      if (whole_only(head, def.columns.size(), printed_whole, w)) {
        note_whole_only(static_cast<int>(r), w);
        for (auto& c : w.cells) zone_end = std::max(zone_end, c.span.end);
        t.cells[r] = std::move(w.cells);
        t.columns_lost[r] = 1;
        continue;
      }
    }
    // Counts one a line whose last is not the sum of the others: as rows of fewer counts than
    // columns below, their findings kept apart (see row_sums_lines).
    if (!counts_on_own_line && rr.digit_runs.size() >= 2 && !def.rows[r].optional && whole_at_edge(printed_whole, def.columns.size())) {
      rr.loose = rr.digit_runs;
      rr.counts_lines = true;
      loose_rows.push_back({r, std::move(rr)});
      continue;
    }
    if (!counts_on_own_line) rr.digit_runs.clear();
    if (def.rows[r].optional) continue;
    // (On its label's own line only: a digit alone on a line of its own in a table copied from
    // a PDF is as likely the page's number, 「2.重复申请」 then 「3」, as that row's count.)
    const bool one_alone = rr.digit_runs.size() == 1 && rr.digit_runs[0].digits.size() == 1;
    const bool own_line = one_alone && on_own_line(doc, t.labels[r].end, rr.digit_runs) &&
                          std::u32string_view(doc.folded).substr(t.labels[r].end, rr.digit_runs[0].span.begin - std::min(rr.digit_runs[0].span.begin, t.labels[r].end)).find(U'\n') != std::u32string_view::npos;
    // (Left as the row's blanks, the table's other relations still read: in a table whose rows
    // hold their counts on their labels' lines, a digit alone on the next is the page's number.)
    if (own_line && counts_on_label_line >= 2 && counts_below_label == 0 && whole_at_edge(printed_whole, def.columns.size())) {
      const std::uint32_t at = t.labels[r].end;
      t.cells[r].assign(def.columns.size(), TableCell{CellKind::Blank, Decimal(), {at, at}});
      continue;
    }
    const bool lone_digit = one_alone && !own_line;
    if ((rr.digit_runs.size() >= 2 || lone_digit) && whole_at_edge(printed_whole, def.columns.size())) {
      rr.loose = rr.digit_runs;
      loose_rows.push_back({r, std::move(rr)});
      continue;
    }
    if (single && !def.rows[r].optional && whole_at_edge(printed_whole, def.columns.size())) {
      single_rows.emplace_back(r, *single, rr.problem);
      continue;
    }
    note_unread(r, rr.problem);
  }
  // In a table two rows or more of which were read whole-only (their empty cells dropped), a row
  // of fewer counts than columns is copied so too: its last count is its whole's cell even when
  // the others do not make it (one of them is then wrong, and the whole's column says which).
  // Digit runs (no separator between the numbers) not when the last is smaller than another
  // count or more than twice their sum, as digits run together would make it.
  for (auto& [r, rr] : loose_rows) {
    const auto& toks = rr.loose;
    const std::size_t w = whole_token(printed_whole, toks.size());  // the count in the whole's place
    Decimal before, most;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (k == w) continue;
      before = before + toks[k].value;
      if (most < toks[k].value) most = toks[k].value;
    }
    const Decimal& last = toks[w].value;
    // (A row of one digit alone, 「5.要求行政机关确认或重新出具已获取信息  2」, holds no digits run
    // together: it is one count, copied as the table's other rows were.)
    const bool one_digit = toks.size() == 1 && toks[0].digits.size() == 1;
    if (whole_only_rows >= 2 && (rr.loose_cells || one_digit || (!(last < most) && !(before + before < last)))) {
      t.cells[r].assign(def.columns.size(), TableCell{});
      t.cells[r][static_cast<std::size_t>(printed_whole)] = {CellKind::Number, last, toks[w].span};
      t.columns_lost[r] = 1;
      zone_end = std::max(zone_end, toks[w].span.end);
      // The row's own relation still holds over its counts, wherever they stood: the empty
      // cells dropped are none in a table that writes no 0.
      const Check* rel = nullptr;
      whole_column(row_checks, def, def.columns.size(), &rel);
      if (rel && !writes_zero(t) && toks.size() >= 2) {
        Finding f;
        f.severity = rel->severity;
        f.rule = rel->id;
        f.primary = toks[w].span;
        std::string parts;
        for (std::size_t k = 0; k < toks.size(); ++k)
          if (k != w) parts += (parts.empty() ? "" : "+") + toks[k].value.str();
        const std::string rest = toks.size() == 2 ? fmt::format("该行另一个数为 {}", parts) : fmt::format("该行其余各数 {} = {}", parts, before.str());
        f.message = fmt::format("{}「{}」行不符：{}列 {}，但{}（空白单元格在复制时丢失，无法对应到各列）", def.title,
                                row_title(doc, t, static_cast<int>(r)), def.column_labels.back(), last.str(), rest);
        f.expected = before.str();
        f.actual = last.str();
        for (std::size_t k = 0; k < toks.size(); ++k)
          if (k != w) f.related.push_back({toks[k].span, toks[k].value.str()});
        (rr.counts_lines ? t.row_sums_lines : t.row_sums).push_back(std::move(f));
      }
      // A row left with one count that is not 0 (「2.其他法律行政法规禁止公开  1」): whichever column
      // it stood in, the row's cells do not make its whole (all its others were empty, 0 in such a
      // table), but which column that was is lost. Read as the whole's cell as before; where that
      // cell breaks its column's relation, which 0 would keep, the slip is this row's (see below).
      if (rel && !writes_zero(t) && toks.size() == 1 && !last.is_zero()) {
        Finding f;
        f.severity = rel->severity;
        f.rule = rel->id;
        f.primary = toks[w].span;
        f.message = fmt::format("{}「{}」行只剩一个数 {}（空白单元格在复制时丢失，无法对应到各列）：无论它在哪一列，该行各数都不能与{}列相合", def.title,
                                row_title(doc, t, static_cast<int>(r)), last.str(), def.column_labels.back());
        f.expected = "0";
        f.actual = last.str();
        t.lone_counts.push_back(std::move(f));
      }
      continue;
    }
    if (toks.size() == 1 && !last.is_zero() && on_label_line(r, toks[0])) {
      single_rows.emplace_back(r, toks[0], rr.problem);
      continue;
    }
    note_unread(r, rr.problem);
  }
  // Rows whose empty cells were dropped, each left with one count on its label's line (「一、本年新收…
  // 70」, a table filling only its 总计 column, or its 0s dropped where one column alone is not 0):
  // whichever column that count stood in, it is the row's whole, as the other cells are empty.
  // But one run of digits may also be several counts run together; so they are read as the
  // whole's cells only when, with them there (and rows with nothing after their label as 0),
  // every relation of the whole's column they take part in holds, one at least: else unread.
  if (!single_rows.empty()) {
    const std::size_t n = def.columns.size(), W = static_cast<std::size_t>(printed_whole);
    std::vector<std::size_t> zeroed;
    // A row of missing cells but for its whole's.
    auto whole_only = [&](std::size_t r, const Decimal& v, Span at) {
      t.cells[r].assign(n, TableCell{});
      for (auto& c : t.cells[r]) c.kind = CellKind::Missing;
      t.cells[r][W] = {CellKind::Number, v, at};
    };
    for (auto& [r, tok, problem] : single_rows) whole_only(r, tok.value, tok.span);
    for (auto& [r, problem] : empty_rows)
      if (t.cells[r].empty()) {
        whole_only(r, Decimal::integer(0), t.labels[r]);
        zeroed.push_back(r);
      }
    std::vector<bool> single_row(def.rows.size(), false);
    for (auto& [r, tok, problem] : single_rows) single_row[r] = true;
    int sat = 0, fail = 0;
    for (auto* c : all_checks) {
      if (c->each != Each::Column) continue;
      const auto& l = linear(*c, def);
      if (!l.ok || !this_year_only(l)) continue;
      Decimal res = l.constant;
      bool known = true, involved = false;
      for (auto& [name, coef] : l.coef) {
        if (coef == 0) continue;
        const int idx = name_index(def, Each::Column, name);
        const TableCell* cell = cell_at(t, nullptr, Each::Column, static_cast<int>(W), false, idx);
        if (!cell || cell->kind != CellKind::Number) {
          known = false;
          break;
        }
        involved = involved || single_row[static_cast<std::size_t>(idx)];
        res = add_multiple(res, coef, cell->value);
      }
      if (known && involved) (res.is_zero() ? sat : fail)++;
    }
    for (std::size_t r : zeroed) t.cells[r].clear();
    const bool keep = fail == 0 && sat >= 1;
    for (auto& [r, tok, problem] : single_rows) {
      if (!keep) {
        t.cells[r].clear();
        note_unread(r, problem);
        continue;
      }
      RowRead w;
      w.cells = t.cells[r];
      note_whole_only(static_cast<int>(r), w);
      t.columns_lost[r] = 1;
      zone_end = std::max(zone_end, tok.span.end);
    }
  }
  // A row with nothing after its label, the next row's label on the next line, in a table that
  // writes no 0 and whose other rows were read: its cells were empty and dropped when the page
  // was copied (as empty cells are elsewhere in such a table), a row of blanks, which such a
  // table uses for none. So too in a table that writes 0 but leaves cells of its read rows
  // empty (a sheet filling its main rows with 0 and only the sub-rows it has figures for: a
  // sheet's row of empty cells is its label alone); its blanks are then weighed as any blank
  // of such a table (0 where the relations force it, else a warning).
  bool some_read = false, some_blank = false;
  for (const auto& row : t.cells)
    for (const auto& c : row) {
      some_read = some_read || c.kind != CellKind::Missing;
      some_blank = some_blank || c.kind == CellKind::Blank;
    }
  const bool blank_rows = !empty_rows.empty() && some_read && (!writes_zero(t) || some_blank);
  for (auto& [r, problem] : empty_rows) {
    if (blank_rows) {
      const std::uint32_t at = t.labels[r].end;
      t.cells[r].assign(def.columns.size(), TableCell{CellKind::Blank, Decimal{}, Span{at, at}});
      if (writes_zero(t)) t.label_only.push_back(static_cast<int>(r));
      continue;
    }
    note_unread(r, problem);
  }
  if (rebuilt) {
    first_rebuilt.message = fmt::format("{}有 {} 行的数字连在一起（复制网页时丢了单元格分隔），已按本表各行的合计关系拆分，每行只有一种拆分（第一行：{}）",
                                        def.title, rebuilt, first_rebuilt.message);
    t.notes.push_back(std::move(first_rebuilt));
  }
  // A table the text stops inside (a page copied, or an excerpt cut, before its last rows): the
  // rows after the last one found are not there at all, and little or nothing follows. Their
  // relations go unchecked (a cell is missing); a note says which rows were not found.
  if (order.size() >= 2 && def.rows.size() > 1) {
    std::vector<std::size_t> missing;
    for (std::size_t r = order.back() + 1; r < def.rows.size(); ++r)
      if (def.rows[r].values && !def.rows[r].optional) missing.push_back(r);
    constexpr std::size_t kAfterCut = 80;  // characters after the table that still end the text (a page's 打印 关闭)
    std::size_t rest = 0;
    for (std::size_t k = zone_end; k < doc.folded.size() && rest < kAfterCut; ++k)
      if (!blank_char(doc.folded[k])) ++rest;
    if (!missing.empty() && rest < kAfterCut) {
      auto shown = [&](std::size_t r) {
        std::string words;
        for (const auto& w : def.rows[r].label->required()) words += (words.empty() ? "" : "…") + w;
        return words.empty() ? def.rows[r].name : words;
      };
      Finding f;
      f.severity = Severity::Note;
      f.primary = t.labels[order.back()];
      f.message = missing.size() == 1
                      ? fmt::format("{}在「{}」一行后中断（文本到此为止）：未找到其后的「{}」一行，涉及该行的关系未核对", def.title,
                                    row_title(doc, t, static_cast<int>(order.back())), shown(missing.front()))
                      : fmt::format("{}在「{}」一行后中断（文本到此为止）：未找到其后的 {} 行（「{}」至「{}」），涉及这些行的关系未核对",
                                    def.title, row_title(doc, t, static_cast<int>(order.back())), missing.size(),
                                    shown(missing.front()), shown(missing.back()));
      t.notes.push_back(std::move(f));
    }
  }
  // A page copied only up to a point may stop inside a number: when the text ends right on the
  // table's last cell (「…（七）总计 67 0 0 0 0 0 6」 of a 67), that cell may be the start of a
  // longer number, and is not read. A cell closed by its separator (「| 9 |」, 「9<tab>」, then
  // only empty cells) was copied whole: that number is read. (A text file only: a Word or Excel
  // table ends its file whole.)
  if (doc.format == "text") {
    auto closed = [&](std::size_t k) {
      while (k < doc.folded.size() && doc.folded[k] == U' ') ++k;
      return k < doc.folded.size() && (doc.folded[k] == U'|' || doc.folded[k] == U'\t');
    };
    TableCell* last = nullptr;
    for (auto& row : t.cells)
      for (auto& c : row)
        if (c.kind == CellKind::Number && (!last || c.span.end > last->span.end)) last = &c;
    if (last) {
      if (only_blanks_to_end(doc, last->span.end) && !closed(last->span.end)) {
        last->kind = CellKind::Missing;
        Finding f;
        f.severity = Severity::Note;
        f.primary = last->span;
        f.message = fmt::format("{}的最后一格 {} 正是文本的结尾（网页复制到此为止），该数字可能被截断，涉及该格的关系未核对", def.title,
                                doc.slice(last->span));
        t.notes.push_back(std::move(f));
      }
    }
  }
  if (printed_first)
    for (auto& row : t.cells)
      if (row.size() == def.columns.size()) std::rotate(row.begin(), row.begin() + 1, row.end());
  t.zone = {t.labels[order.front()].begin, zone_end};
  return t;
}

int readable_rows(const TableInstance& t) {
  int n = 0;
  for (auto& row : t.cells)
    if (!row.empty() && row[0].kind != CellKind::Missing) ++n;
  return n;
}

std::string cell_text(const Document& doc, const TableCell& c) {
  switch (c.kind) {
    case CellKind::Number: return c.value.str();
    case CellKind::Blank: return "空白";
    case CellKind::Dash: return "「" + doc.slice(c.span) + "」";
    case CellKind::Missing: return "缺失";
  }
  return "";
}

}  // namespace

const TableCell* TableInstance::cell(const std::string& row, int column) const {
  for (std::size_t r = 0; r < def->rows.size(); ++r)
    if (def->rows[r].name == row) {
      if (column < 0 || static_cast<std::size_t>(column) >= cells[r].size()) return nullptr;
      return &cells[r][column];
    }
  return nullptr;
}

std::string row_title(const Document& doc, const TableInstance& t, int row) {
  Span s = t.labels[row];
  if (t.def->rows.size() == 1) return "数值行";
  if (s.empty()) return t.def->rows[row].name;
  auto u = text::from_utf8(doc.slice(s));
  std::u32string out;
  for (char32_t c : u)
    if (!blank_char(c)) out.push_back(c);
  if (out.size() > 18) out = out.substr(0, 17) + U"…";
  return text::to_utf8(out);
}

bool writes_zero(const TableInstance& t) {
  for (const auto& row : t.cells)
    for (const auto& cell : row)
      if (cell.kind == CellKind::Number && cell.value.is_zero()) return true;
  return false;
}

namespace {

// A blank (or dash) in the column a row relation of the pack totals, over parts written in its
// row: 「总计」 left empty beside 「自然人 258」「商业企业 12」. It is no 0 (the parts say
// otherwise) but the total the parts make, read so when every part is a number, or, in a table
// that writes no 0, a number or the writer's zero; nullopt when no relation gives it so.
std::optional<Decimal> total_of_written_parts(const TableInstance& t, std::size_t row, std::size_t col, const RulePack& pack) {
  const TableDef& def = *t.def;
  if (row >= t.cells.size() || col >= def.columns.size()) return std::nullopt;
  const bool marks_zero = !writes_zero(t);
  for (const auto& c : pack.checks) {
    if (c.kind != CheckKind::Table || c.table != def.name || c.each != Each::Row) continue;
    const Linear& lin = linear(c, def);
    auto it = lin.coef.find(def.columns[col]);
    if (!lin.ok || !lin.constant.is_zero() || it == lin.coef.end() || (it->second != 1 && it->second != -1)) continue;
    Decimal sum{};
    bool parts = true, written = false;
    for (const auto& [n, k] : lin.coef) {
      if (n == def.columns[col]) continue;
      int kc = def.column(n);
      if (k != -it->second || kc < 0 || static_cast<std::size_t>(kc) >= t.cells[row].size()) {
        parts = false;
        break;
      }
      const TableCell& x = t.cells[row][static_cast<std::size_t>(kc)];
      if (x.kind == CellKind::Number) {
        sum = sum + x.value;
        written = written || !x.value.is_zero();
      } else if (!marks_zero || (x.kind != CellKind::Blank && x.kind != CellKind::Dash)) {
        parts = false;
        break;
      }
    }
    if (parts && written) return sum;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Decimal> named_cell(const TableInstance& t, const std::string& name, std::string& why, bool marks_zero,
                                  const RulePack* pack) {
  auto dot = name.rfind('.');
  int col = dot == std::string::npos ? -1 : t.def->column(name.substr(dot + 1));
  const std::string row = dot == std::string::npos ? name : name.substr(0, dot);
  const TableCell* c = col < 0 ? nullptr : t.cell(row, col);
  if (!c || c->kind == CellKind::Missing) {
    why = "table cell " + name + " not found";
    return std::nullopt;
  }
  if (pack && c->kind == CellKind::Blank)
    for (std::size_t r = 0; r < t.def->rows.size(); ++r)
      if (t.def->rows[r].name == row)
        if (auto v = total_of_written_parts(t, r, static_cast<std::size_t>(col), *pack)) return v;
  if (marks_zero && (c->kind == CellKind::Dash || c->kind == CellKind::Blank) && !writes_zero(t)) {
    // A group row's mark over sub-rows with numbers is a heading; a sub-row's mark under a group
    // given as a number is a group not broken down: neither is 0.
    bool zero = true;
    for (std::size_t r = 0; r < t.def->rows.size() && zero; ++r) {
      const std::string& other = t.def->rows[r].name;
      if (other.starts_with(row + ".") && t.cells[r][col].kind == CellKind::Number) zero = false;
    }
    if (auto sub = row.rfind('.'); sub != std::string::npos) {
      const TableCell* group = t.cell(row.substr(0, sub), col);
      if (group && group->kind == CellKind::Number) zero = false;
    }
    if (zero) return Decimal::integer(0);
  }
  if (c->kind != CellKind::Number) {
    why = "table cell " + name + (c->kind == CellKind::Blank ? " is blank" : " is marked not applicable");
    return std::nullopt;
  }
  return c->value;
}

const SqueezedText::Digitless& SqueezedText::digitless() const {
  if (!digitless_) {
    auto& d = digitless_.emplace();
    const std::string_view t = s();
    d.bytes = std::make_unique_for_overwrite<char[]>(t.size());
    d.offsets = std::make_unique_for_overwrite<std::uint32_t[]>(t.size());
    char* kept = d.bytes.get();
    std::uint32_t* at = d.offsets.get();
    // The values passed over are digits and the marks a cell holds for none (「—」, 「-」, 「/」):
    // a row of such marks beside the first line of its label is as common as a row of figures.
    std::size_t n = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
#if defined(__SSE2__)
      // Sixteen bytes at a time: those before the first mark among them are kept whole, a run of
      // digits (or 「-」「/」) passed over whole, and only a byte that may begin 「—」 read alone.
      // (The bytes and offsets are stored sixteen at a time, past those kept: there is room, as
      // no more are kept than read.)
      while (i + 16 <= t.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
        const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
        const __m128i skip = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d), _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('/')));
        const auto skips = static_cast<unsigned>(_mm_movemask_epi8(skip));
        const auto dashes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\xE2'))));
        const unsigned marks = skips | dashes;
        const std::size_t plain = marks == 0 ? 16 : static_cast<std::size_t>(__builtin_ctz(marks));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(kept + n), v);
        const __m128i base = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), _mm_setr_epi32(0, 1, 2, 3));
        for (int k = 0; k < 4; ++k)
          _mm_storeu_si128(reinterpret_cast<__m128i*>(at + n + 4 * k), _mm_add_epi32(base, _mm_set1_epi32(4 * k)));
        n += plain;
        i += plain;
        if (plain == 16) continue;
        if (dashes >> plain & 1) break;  // (read below)
        // The run of digits and marks from here, to the end of the sixteen at most.
        i += static_cast<std::size_t>(std::countr_one(skips >> plain));
      }
      if (i >= t.size()) break;
#endif
      if (static_cast<unsigned char>(t[i] - '0') <= 9 || t[i] == '-' || t[i] == '/') continue;
      if (t[i] == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80' && (t[i + 2] == '\x94' || t[i + 2] == '\x93' || t[i + 2] == '\x95')) {
        i += 2;  // — – ―
        continue;
      }
      kept[n] = t[i];
      at[n++] = static_cast<std::uint32_t>(i);
    }
    d.kept = {kept, n};
    d.at = at;
  }
  return *digitless_;
}

std::vector<TableInstance> locate_table(const Document& doc, const TableDef& def, const std::vector<const Check*>& checks,
                                        SqueezedText* shared) {
  std::vector<TableInstance> out;
  if (def.rows.empty() || def.columns.empty()) return out;
  std::uint32_t from = 0;
  const auto size = static_cast<std::uint32_t>(doc.folded.size());
  if (def.start) {
    const std::string& folded = doc.folded_utf8;
    std::size_t b = 0, e = 0;
    if (!find_label(*def.start, folded, 0, folded.size(), b, e)) return out;
    for (std::size_t p = 0; p < b; ++p) from += !text::continuation_byte(folded[p]);
  }
  std::uint32_t search_start = from;  // where the search for the next instance began
  while (from < size && static_cast<int>(out.size()) < kMaxInstances) {
    std::uint32_t to = std::min(size, from + kWindow);
    // Another report on the same page (see Document::report_starts) has its own table: one
    // whose rows were lost in this report is not made up of the other's.
    auto next_report = std::upper_bound(doc.report_starts.begin(), doc.report_starts.end(), from);
    const std::uint32_t report_end = next_report == doc.report_starts.end() ? size : *next_report;
    to = std::min(to, report_end);
    // A document within one window is squeezed once, and each search takes the part it needs.
    SqueezedText local;
    const SqueezedText* text = &local;
    if (shared && size <= kWindow) {
      if (!shared->built) squeeze(doc.folded, 0, size, *shared);
      text = shared;
    } else {
      squeeze(doc.folded, from, to, local);
    }
    Squeezed sq(*text, from, to);
    // Candidate starts: every match of the first row's label; the one that reads best wins.
    std::optional<TableInstance> best;
    int best_rows = 0;
    std::size_t at = 0;
    for (int cand = 0; cand < 16; ++cand) {
      std::size_t mb = 0, e = 0;
      if (!find_label(*def.rows[0].label, sq.s, at, sq.s.size(), mb, e)) break;
      std::size_t b = with_number(sq.s, mb);
      auto t = read_instance(doc, def, sq, b, e, checks, to);
      // Rows read count most; a table whose labels are all there but whose values could not be
      // read still stands (its notes say why), a stray mention of the first label does not.
      int labels = static_cast<int>(std::count_if(t.labels.begin(), t.labels.end(), [](auto& s) { return !s.empty(); }));
      int n = readable_rows(t) * 1000 + (2 * labels >= static_cast<int>(def.rows.size()) ? labels : 0);
      if (n > best_rows) {
        best_rows = n;
        best = std::move(t);
      }
      at = std::max(e, b + 1);
    }
    // A first row whose label its values cut in two (see find_interrupted), when no start read
    // well: most rows that take values unread.
    std::size_t valued = static_cast<std::size_t>(std::count_if(def.rows.begin(), def.rows.end(), [](auto& r) { return r.values; }));
    if (!best || static_cast<std::size_t>(readable_rows(*best)) * 2 < valued) {
      std::size_t mb = 0, e = 0;
      if (find_interrupted(*def.rows[0].label, sq, 0, sq.s.size(), mb, e)) {
        auto t = read_instance(doc, def, sq, with_number(sq.s, mb), e, checks, to);
        if (readable_rows(t) * 1000 > best_rows) best = std::move(t);
      }
    }
    if (!best) {
      // (On into the next report's text, within the one window a search reads, as before.)
      if (report_end == size || report_end >= search_start + kWindow) break;
      from = report_end;
      continue;
    }
    from = best->zone.end;
    search_start = from;
    out.push_back(std::move(*best));
  }
  return out;
}

// ---- checking --------------------------------------------------------------------------

namespace {

struct Instance {  // one relation evaluated at one column (or row)
  const Check* check;
  int at;                                           // column (each: column) or row
  std::vector<std::pair<std::pair<int, int>, int>> terms;  // ((row, col), coef)
  Decimal residual;                                 // sum(coef·value) + constant
  bool failed;
};

// The relation as the pack's title states it (after its "表三每一列：" prefix), else the expression.
std::string relation_text(const Check& c) {
  if (c.title.empty()) return c.expr_source;
  auto colon = c.title.find("：");
  return colon == std::string::npos ? c.title : c.title.substr(colon + std::string("：").size());
}

std::string where_text(const Document& doc, const TableInstance& t, const Check& c, int at) {
  if (c.each == Each::Column) return "「" + t.def->column_labels[at] + "」列";
  if (t.def->rows.size() == 1) return "";
  return "「" + row_title(doc, t, at) + "」行";
}

// Blank cells that can only be 0, in a table that writes 0 somewhere (one that writes none
// reads all its blanks as 0 anyway). Counts are never negative, so a relation whose written
// cells already balance (its total reached by the written parts, or a total written 0 over
// blank parts) forces every blank in it to 0 when all of them stand on the same side: any
// other figure there would break it. So does a total (or group row) written 0 over a blank in
// its row (or sub-row). Blanks found so are 0 in the other relations, which may then force
// more. A blank total, or a blank part where the written parts fall short, stays unknown; so
// does a relation with a dash or a missing cell in it.
std::set<std::pair<int, int>> forced_zeros(const TableInstance& t, const TableInstance* prev, const RulePack& pack) {
  std::set<std::pair<int, int>> out;
  const TableDef& def = *t.def;
  if (!writes_zero(t)) return out;
  auto blank = [&](std::size_t r, std::size_t k) { return k < t.cells[r].size() && t.cells[r][k].kind == CellKind::Blank; };
  bool any = false;
  for (std::size_t r = 0; r < def.rows.size() && !any; ++r)
    for (std::size_t k = 0; k < t.cells[r].size() && k < def.columns.size() && !any; ++k) any = blank(r, k);
  if (!any) return out;
  auto zero_at = [&](std::size_t r, int k) {
    if (k < 0 || static_cast<std::size_t>(k) >= t.cells[r].size()) return false;
    const TableCell& x = t.cells[r][static_cast<std::size_t>(k)];
    return x.kind == CellKind::Number && x.value.is_zero();
  };
  // A row's total for its group of columns (「行政复议·总计」 for the review columns of 表四,
  // else 「总计」) written 0, or the group row of a sub-row written 0 in its column.
  for (std::size_t r = 0; r < def.rows.size(); ++r)
    for (std::size_t k = 0; k < t.cells[r].size() && k < def.columns.size(); ++k) {
      if (!blank(r, k)) continue;
      const std::string& col = def.columns[k];
      auto us = col.find('_');
      int tot = us == std::string::npos ? -1 : def.column(col.substr(0, us) + "_total");
      if (tot < 0) tot = def.column("total");
      bool zero = tot >= 0 && static_cast<std::size_t>(tot) != k && zero_at(r, tot);
      const std::string& name = def.rows[r].name;
      if (auto dot = name.rfind('.'); !zero && dot != std::string::npos)
        for (std::size_t p = 0; p < def.rows.size(); ++p)
          if (def.rows[p].name == name.substr(0, dot)) zero = zero_at(p, static_cast<int>(k));
      if (zero) out.insert({static_cast<int>(r), static_cast<int>(k)});
    }
  // The linear relations, until none forces another.
  for (bool more = true; more;) {
    more = false;
    for (const auto& c : pack.checks) {
      if (c.kind != CheckKind::Table || c.table != def.name) continue;
      const Linear& lin = linear(c, def);
      if (!lin.ok) continue;
      auto expand = expander(names_for(c, def));
      const auto& terms = resolved(c, def, lin, expand).terms;
      std::size_t count = c.each == Each::Column ? def.columns.size() : def.rows.size();
      for (std::size_t at = 0; at < count; ++at) {
        if (c.each == Each::Row && (!def.rows[at].values || t.cells[at].empty() || t.cells[at][0].kind == CellKind::Missing)) continue;
        Decimal res = lin.constant;
        std::vector<std::pair<int, int>> unknown;
        int sign = 0;
        bool usable = true;
        for (const auto& term : terms) {
          const TableCell* cell = cell_at(t, prev, c.each, static_cast<int>(at), term.previous, term.index);
          if (cell && cell->kind == CellKind::Number) {
            res = add_multiple(res, term.coef, cell->value);
            continue;
          }
          if (term.previous || !cell || cell->kind != CellKind::Blank) {
            usable = false;
            break;
          }
          std::pair<int, int> rc = c.each == Each::Column ? std::pair<int, int>{term.index, static_cast<int>(at)}
                                                          : std::pair<int, int>{static_cast<int>(at), term.index};
          if (out.count(rc)) continue;
          int s = term.coef > 0 ? 1 : -1;
          if (sign != 0 && s != sign) {
            usable = false;
            break;
          }
          sign = s;
          unknown.push_back(rc);
        }
        if (!usable || unknown.empty() || !res.is_zero()) continue;
        for (auto& rc : unknown)
          if (static_cast<std::size_t>(rc.second) < def.columns.size()) more = out.insert(rc).second || more;
      }
    }
  }
  return out;
}

void read_as_zero(TableInstance& t, const std::set<std::pair<int, int>>& cells) {
  for (auto [r, k] : cells) {
    TableCell& x = t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(k)];
    x.kind = CellKind::Number;
    x.value = Decimal::integer(0);
  }
}

const TableInstance* previous_of(const TableInstance& t, const std::vector<TableInstance>& previous) {
  for (auto& p : previous)
    if (p.def == t.def) return &p;
  return nullptr;
}

}  // namespace

void fill_forced_zeros(TableInstance& t, const std::vector<TableInstance>& previous, const RulePack& pack) {
  read_as_zero(t, forced_zeros(t, previous_of(t, previous), pack));
}

void check_tables(const Document& doc, const RulePack& pack, const std::vector<TableInstance>& found, FileResult& out,
                  const std::vector<TableInstance>& previous) {
  std::map<std::string, std::vector<const TableInstance*>> by_table;
  for (auto& t : found) by_table[t.def->name].push_back(&t);
  for (const auto& c : pack.checks) {
    if (c.kind != CheckKind::Table && c.kind != CheckKind::TableComplete) continue;
    if (by_table[c.table].empty()) out.outcomes.push_back({c.id, Status::Skipped, "table '" + c.table + "' not found in this document", 0});
  }
  for (auto& written : found) {
    const TableDef& def = *written.def;
    const TableInstance* prev = previous_of(written, previous);
    // Blanks the template's relations force to 0 are read as 0 from here on (in a copy, the
    // table as read being kept for table_complete, and for what a finding shows of a cell).
    const std::set<std::pair<int, int>> forced = forced_zeros(written, prev, pack);
    std::optional<TableInstance> filled;
    if (!forced.empty()) {
      filled = written;
      read_as_zero(*filled, forced);
    }
    const TableInstance& t = filled ? *filled : written;
    auto shown_cell = [&](int r, int k) {
      return forced.count({r, k}) ? std::string("空白（只能为 0）") : cell_text(doc, written.cells[r][k]);
    };
    for (auto& n : t.notes) {
      Finding f = n;
      for (auto& c : pack.checks)
        if (c.kind == CheckKind::TableComplete && c.table == def.name) f.rule = c.id;
      if (f.rule.empty()) f.rule = pack.name + ".tables";
      out.findings.push_back(std::move(f));
    }
    int line = static_cast<int>(doc.at(t.zone.begin).line);
    // Dashes and blanks as the writer's zero: a table that writes no 0 anywhere and marks cells
    // with 「—」 or 「/」, or leaves them empty, uses them for none, in every cell of the template a
    // count. (A table that writes 0 as well keeps its dashes apart, as not applicable, and its
    // blanks as cells left unfilled.)
    const bool marks_zero = !writes_zero(written);
    auto zero_mark = [&](const TableCell* cell) {
      return marks_zero && cell && (cell->kind == CellKind::Dash || cell->kind == CellKind::Blank);
    };
    // A group row given as a number whose sub-rows are all marked (「（三）不予公开 3」 over eight
    // rows of 「—」): the group was not broken down, and its sub-rows are not 0.
    auto undivided = [&](int row, int col) {
      const std::string& name = def.rows[row].name;
      auto dot = name.rfind('.');
      if (dot == std::string::npos) return false;
      const std::string parent = name.substr(0, dot + 1);
      const TableCell* whole = t.cell(name.substr(0, dot), col);
      if (!whole || whole->kind != CellKind::Number || whole->value.is_zero()) return false;
      for (std::size_t r = 0; r < def.rows.size(); ++r)
        if (def.rows[r].name.starts_with(parent) && t.cells[r][col].kind == CellKind::Number) return false;
      return true;
    };

    // table_complete: blank cells where the template wants a figure, once per table. A blank
    // the relations force to 0 (see forced_zeros) leaves no relation in doubt: a note. Any
    // other blank leaves its relations unchecked: a warning, unless the table writes no 0 at
    // all (its blanks are then its 0s, a note).
    for (auto& c : pack.checks) {
      if (c.kind != CheckKind::TableComplete || c.table != def.name) continue;
      std::vector<std::pair<int, int>> blanks, zeros;
      for (std::size_t r = 0; r < def.rows.size(); ++r)
        for (std::size_t k = 0; k < written.cells[r].size(); ++k)
          if (written.cells[r][k].kind == CellKind::Blank) {
            std::pair<int, int> rc{static_cast<int>(r), static_cast<int>(k)};
            (forced.count(rc) ? zeros : blanks).push_back(rc);
          }
      if (blanks.empty() && zeros.empty()) {
        out.outcomes.push_back({c.id, Status::Passed, "", line});
        continue;
      }
      Finding f;
      f.rule = c.id;
      f.severity = c.severity;
      f.suggestion = "没有发生的事项请填 0";
      if (blanks.empty()) {
        auto [r0, k0] = zeros.front();
        f.severity = Severity::Note;
        f.primary = written.cells[r0][k0].span;
        f.message = fmt::format("{}有 {} 个单元格为空（第一个：「{}」行「{}」列），所在行或列的合计已由填写的数字凑足（或合计为 0），空白只能是 0：按 0 核对",
                                def.title, zeros.size(), row_title(doc, written, r0), def.column_labels[k0]);
        out.outcomes.push_back({c.id, Status::Passed, fmt::format("{} blank cells can only be 0", zeros.size()), line});
        out.findings.push_back(std::move(f));
        continue;
      }
      auto [r0, k0] = blanks.front();
      f.primary = written.cells[r0][k0].span;
      f.message = fmt::format("{}有 {} 个应填数字的单元格为空（第一个：「{}」行「{}」列）；空白不等于 0，涉及这些单元格的关系未核对",
                              def.title, blanks.size(), row_title(doc, written, r0), def.column_labels[k0]);
      if (!zeros.empty())
        f.message += fmt::format("（另有 {} 个空白由合计关系可知只能为 0，按 0 核对）", zeros.size());
      // Blanks in doubt only in rows written as their label alone (a sheet's row of empty cells):
      // a row this table left unfilled, said, not warned of as cells left out of a filled row.
      const bool label_rows_only = std::all_of(blanks.begin(), blanks.end(), [&](auto& rc) {
        return std::find(t.label_only.begin(), t.label_only.end(), rc.first) != t.label_only.end();
      });
      if (label_rows_only && !marks_zero) {
        f.severity = Severity::Note;
        f.message = fmt::format("{}「{}」等行只有标签、单元格为空（{} 个空白无法由合计关系确定为 0），涉及这些单元格的关系未核对",
                                def.title, row_title(doc, written, r0), blanks.size());
      }
      if (marks_zero) {  // the table's way of writing 0: said, not warned of
        f.severity = Severity::Note;
        f.message = fmt::format("{}有 {} 个单元格为空（第一个：「{}」行「{}」列），全表没有填 0 的单元格：空白按 0 核对",
                                def.title, blanks.size(), row_title(doc, written, r0), def.column_labels[k0]);
      }
      out.outcomes.push_back({c.id, Status::Failed, "", line});
      out.findings.push_back(std::move(f));
    }


    // A relation's one whole (the single term on the side that holds no number) marked as the
    // table's zero, in a line of the table that holds numbers elsewhere: for a relation at a
    // column, the whole's row has a number in another column (at a row, the whole's column one
    // in another row).
    auto whole_marked_zero = [&](const std::vector<Resolved::Term>& terms, bool plus_written, int at, Each each) {
      const Resolved::Term* whole = nullptr;
      for (auto& term : terms) {
        if (term.previous) return false;
        if ((term.coef > 0) == plus_written) continue;
        if (whole) return false;
        whole = &term;
      }
      if (!whole || whole->index < 0) return false;
      const int r = each == Each::Column ? whole->index : at, col = each == Each::Column ? at : whole->index;
      if (!zero_mark(&t.cells[r][col])) return false;
      // The table's whole row (（七）总计), never a heading as a group's row may be, is summed for
      // every column: its cell marked over a part with a number is 0 written so, even where the
      // whole row is marked (a table of none but for one figure: 「3.要求提供公开出版物 … 总计 2」).
      if (each == Each::Column && !def.rows[static_cast<std::size_t>(r)].optional) return true;
      const std::size_t n = each == Each::Column ? t.cells[r].size() : t.cells.size();
      for (std::size_t k = 0; k < n; ++k) {
        if (static_cast<int>(k) == (each == Each::Column ? col : r)) continue;
        const TableCell& x = each == Each::Column ? t.cells[r][k] : t.cells[k][col];
        if (x.kind == CellKind::Number && !x.value.is_zero()) return true;
      }
      return false;
    };

    // A row relation whose one written figure is a nonzero whole over parts all marked: 「行政复议
    // — — — — 10」. Where a table does so in several rows (every row of table 三 filled only in its
    // 总计 column), it gives totals alone, not broken down; where it does so in one row only, the
    // marks are that row's 0s like any other of the table's, and the whole does not reconcile.
    auto lone_written = [&](const Check& c, int at) {
      const Linear& lin = linear(c, def);
      if (!lin.ok || c.each != Each::Row || !def.rows[static_cast<std::size_t>(at)].values ||
          t.cells[static_cast<std::size_t>(at)][0].kind == CellKind::Missing)
        return false;
      const auto& [terms, refs] = resolved(c, def, lin, expander(names_for(c, def)));
      int written = 0, marked = 0;
      for (auto& term : terms) {
        if (term.previous || term.index < 0) return false;
        const TableCell& x = t.cells[static_cast<std::size_t>(at)][static_cast<std::size_t>(term.index)];
        if (x.kind == CellKind::Number) {
          if (x.value.is_zero() || ++written > 1) return false;
        } else if (x.kind == CellKind::Dash && zero_mark(&x)) {  // (marks, not blanks a cut row may leave)
          ++marked;
        } else {
          return false;
        }
      }
      return written == 1 && marked >= 2;
    };
    int lone_rows = 0;
    for (auto& c : pack.checks)
      if (c.kind == CheckKind::Table && c.table == def.name && c.each == Each::Row)
        for (std::size_t r = 0; r < def.rows.size() && lone_rows < 2; ++r) lone_rows += lone_written(c, static_cast<int>(r));

    // Evaluate every table relation at every column (or row).
    std::vector<Instance> all;
    std::map<const Check*, std::pair<int, int>> tally;  // evaluated, skipped
    std::map<const Check*, std::string> skip_why;
    for (auto& c : pack.checks) {
      if (c.kind != CheckKind::Table || c.table != def.name) continue;
      const auto& names = names_for(c, def);
      auto expand = expander(names);
      const Linear& lin = linear(c, def);
      const auto& [terms, refs] = resolved(c, def, lin, expand);
      auto& [evaluated, skipped] = tally[&c];
      std::string& skipped_why = skip_why[&c];
      std::size_t count = c.each == Each::Column ? def.columns.size() : def.rows.size();
      for (std::size_t at = 0; at < count; ++at) {
        if (c.each == Each::Row && (!def.rows[at].values || t.cells[at][0].kind == CellKind::Missing)) continue;
        std::string_view why;
        auto usable = [&](const TableCell* cell, bool previous) {
          if (!cell || cell->kind != CellKind::Number) {
            if (why.empty())
              why = previous && !prev ? "no report of the previous year (--previous)"
                    : !cell || cell->kind == CellKind::Missing ? "a cell is missing"
                    : cell->kind == CellKind::Blank ? "a cell is blank" : "a cell is marked not applicable";
            return false;
          }
          return true;
        };
        auto lookup = [&](const std::string& n) -> std::optional<Decimal> {
          const TableCell* cell = cell_for(t, prev, c, static_cast<int>(at), n);
          if (!usable(cell, is_previous(n))) return std::nullopt;
          return cell->value;
        };
        // Every name must hold a number: sum() over a blank cell is not evaluated either.
        // Dashes standing for 0 count as 0 in a linear relation that has a written number on
        // each side: 「总计 12」 over parts all 「—」 is a row not broken down, and a group row
        // marked 「—」 over sub-rows with numbers is a heading, not a total of 0.
        bool complete = true, dashed = false;
        for (const auto& ref : refs) {
          const TableCell* cell = cell_at(t, prev, c.each, static_cast<int>(at), ref.previous, ref.index);
          if (lin.ok && !ref.previous && zero_mark(cell) && !(c.each == Each::Column && undivided(ref.index, static_cast<int>(at)))) {
            dashed = true;
            continue;
          }
          complete = usable(cell, ref.previous) && complete;
        }
        if (complete && dashed) {
          bool plus = false, minus = false;
          for (auto& term : terms) {
            if (term.previous) continue;
            int r = c.each == Each::Column ? term.index : static_cast<int>(at);
            int col = c.each == Each::Column ? static_cast<int>(at) : term.index;
            if (t.cells[r][col].kind != CellKind::Number) continue;
            plus = plus || term.coef > 0;
            minus = minus || term.coef < 0;
          }
          // A whole row's cell marked 「—」 (or left empty) over parts with numbers in its column
          // is 0 written the table's way, not a heading, when that row is filled in elsewhere
          // (「（七）总计 12 — 3 … 15」 over a 社会公益组织 column whose parts hold a 1). Not the
          // 总计 column's cells: some tables fill that column only in their summary rows.
          if (plus != minus && c.each == Each::Column && whole_marked_zero(terms, plus, static_cast<int>(at), c.each))
            plus = minus = true;
          if (lone_rows == 1 && lone_written(c, static_cast<int>(at))) plus = minus = true;
          if (!plus || !minus) {
            complete = false;
            if (why.empty()) why = "a cell is marked not applicable";
          }
        }
        if (!complete) {
          ++skipped;
          skipped_why = why;
          continue;
        }
        Instance in{&c, static_cast<int>(at), {}, Decimal{}, false};
        if (lin.ok) {  // a linear equality: its residual decides, and locates
          Decimal res = lin.constant;
          in.terms.reserve(terms.size());
          for (auto& term : terms) {
            if (term.previous) {  // last year's figures are given, never blamed
              res = add_multiple(res, term.coef, *lookup(term.name));
              continue;
            }
            int r = c.each == Each::Column ? term.index : static_cast<int>(at);
            int col = c.each == Each::Column ? static_cast<int>(at) : term.index;
            in.terms.push_back({{r, col}, term.coef});
            if (t.cells[r][col].kind == CellKind::Number) res = add_multiple(res, term.coef, t.cells[r][col].value);
          }
          in.residual = res;
          in.failed = !res.is_zero();
        } else {
          Value v = evaluate(*c.expr, lookup, expand);
          if (v.type != Value::Type::Bool) {
            ++skipped;
            skipped_why = v.why;
            continue;
          }
          in.failed = !v.truth;
        }
        ++evaluated;
        all.push_back(std::move(in));
      }
    }

    // Single-cell explanations: a cell whose one new value makes every failed relation it is in
    // hold, and that is in every failed relation of its group, without breaking a passing one.
    std::set<std::pair<int, int>> cells_in_failures;
    for (auto& in : all)
      if (in.failed)
        for (auto& [rc, k] : in.terms)
          if (written.cells[rc.first][rc.second].kind == CellKind::Number) cells_in_failures.insert(rc);  // a dash or blank is not blamed
    struct Blame { std::pair<int, int> cell; Decimal value; std::vector<const Instance*> fixes; };
    std::vector<Blame> blames;
    std::set<const Instance*> explained;
    for (auto& rc : cells_in_failures) {
      std::optional<Decimal> value;
      bool ok = true;
      std::vector<const Instance*> fixes;
      for (auto& in : all) {
        int k = 0;
        for (auto& [x, kk] : in.terms)
          if (x == rc) k = kk;
        if (k == 0) continue;
        const Decimal& cur = t.cells[rc.first][rc.second].value;
        if (in.failed) {
          if (k != 1 && k != -1) { ok = false; break; }
          // k·(new − cur) + residual = 0  →  new = cur − residual/k
          Decimal nv = k == 1 ? cur - in.residual : cur + in.residual;
          if (value && !(*value == nv)) { ok = false; break; }
          value = nv;
          fixes.push_back(&in);
        }
      }
      if (!ok || !value || value->negative()) continue;
      // Passing relations through this cell must stay true.
      for (auto& in : all) {
        if (in.failed) continue;
        for (auto& [x, kk] : in.terms)
          if (x == rc) ok = false;
      }
      if (!ok) continue;
      blames.push_back({rc, *value, fixes});
    }
    // A failed relation is explained when exactly one candidate cell fixes it.
    std::map<const Instance*, int> candidates;
    for (auto& b : blames)
      for (auto* in : b.fixes) candidates[in]++;
    std::set<std::pair<int, int>> reported;
    // Or, when blanks leave some relations unevaluated, when it alone mends two or more failed
    // relations and every other candidate for them mends fewer of them, all among its own (one
    // wrong cell against two or more to change).
    auto mends_most = [&](const Blame& b) {
      if (b.fixes.size() < 2) return false;
      for (auto& o : blames) {
        if (&o == &b) continue;
        bool shares = false, inside = true;
        for (auto* in : o.fixes) {
          bool mine = std::find(b.fixes.begin(), b.fixes.end(), in) != b.fixes.end();
          shares = shares || mine;
          inside = inside && mine;
        }
        if (shares && (!inside || o.fixes.size() >= b.fixes.size())) return false;
      }
      return true;
    };
    auto emit = [&](const Blame& b) {
      auto [r, k] = b.cell;
      const auto& cell = t.cells[r][k];
      Finding f;
      const Check* first = b.fixes.front()->check;
      f.rule = first->id;
      f.severity = first->severity;
      for (auto* in : b.fixes) f.severity = std::max(f.severity, in->check->severity);
      f.primary = cell.span;
      f.actual = cell.value.str();
      f.expected = b.value.str();
      std::string rels;
      for (auto* in : b.fixes) {
        explained.insert(in);
        rels += (rels.empty() ? "" : "；") + where_text(doc, t, *in->check, in->at) + " " + relation_text(*in->check);
      }
      f.message = fmt::format("{}「{}」行「{}」列的 {} 与合计关系不符，应为 {}（{}）", def.title, row_title(doc, t, r), def.column_labels[k],
                              cell.kind == CellKind::Number ? cell.value.str() : cell.kind == CellKind::Blank ? std::string("空白") : cell_text(doc, cell),
                              b.value.str(), rels);
      f.suggestion = fmt::format("改为 {} 后，它参与的 {} 个合计关系全部成立", b.value.str(), b.fixes.size());
      for (auto* in : b.fixes)
        for (auto& [x, kk] : in->terms)
          if (x != b.cell && reported.insert(x).second && f.related.size() < 12)
            f.related.push_back({t.cells[x.first][x.second].span,
                                 fmt::format("「{}」行「{}」列 {}", row_title(doc, t, x.first), def.column_labels[x.second],
                                             shown_cell(x.first, x.second))});
      reported.clear();
      out.findings.push_back(std::move(f));
    };
    for (auto& b : blames) {
      bool unique = std::all_of(b.fixes.begin(), b.fixes.end(), [&](auto* in) { return candidates[in] == 1; });
      if (unique || mends_most(b)) emit(b);
    }
    // A blank (or marked) cell of a table that writes no 0, in a failed column relation, whose
    // row's written parts make exactly what that relation wants of it: 「3.危及“三安全一稳定”」
    // with 1 under 自然人 and its 总计 left empty, the 总计 column's （七） one more than its parts.
    // The row's own relation was not weighed (a whole left empty over parts: some tables fill 总计
    // only in their summary rows), but the two relations together point at the one cell.
    for (auto& in : all) {
      if (!in.failed || explained.count(&in) || in.check->each != Each::Column) continue;
      std::vector<Blame> hits;
      for (auto& [rc, k] : in.terms) {
        if ((k != 1 && k != -1) || !zero_mark(&t.cells[rc.first][rc.second])) continue;
        const Decimal want = k == 1 ? -in.residual : in.residual;  // k·(new − 0) + residual = 0
        if (want.is_zero() || want.negative()) continue;
        for (auto& rcheck : pack.checks) {
          if (rcheck.kind != CheckKind::Table || rcheck.table != def.name || rcheck.each != Each::Row) continue;
          const Linear& lin = linear(rcheck, def);
          if (!lin.ok || !lin.constant.is_zero()) continue;
          const auto& [terms, refs] = resolved(rcheck, def, lin, expander(names_for(rcheck, def)));
          int kb = 0;
          Decimal rest;
          bool fine = true;
          for (auto& term : terms) {
            if (term.previous || term.index < 0) { fine = false; break; }
            if (term.index == rc.second) { kb = term.coef; continue; }
            const TableCell& x = t.cells[static_cast<std::size_t>(rc.first)][static_cast<std::size_t>(term.index)];
            if (x.kind == CellKind::Number) rest = add_multiple(rest, term.coef, x.value);
            else if (!zero_mark(&x)) fine = false;
          }
          if (fine && (kb == 1 || kb == -1) && (kb == 1 ? -rest : rest) == want) {
            hits.push_back({rc, want, {&in}});
            break;
          }
        }
      }
      if (hits.size() != 1) continue;
      explained.insert(&in);
      emit(hits.front());
    }
    // A row whose counts lost their columns and do not make its whole (see read_instance): when
    // the whole's cell, set to what the row's counts make, also mends a failed relation of its
    // column and is in no relation that holds, that relation fails by the same slip, said once
    // at that cell (「1.本机关不掌握… 15 1 1 18」: the 总计 column's （七） then one short too).
    std::vector<Finding> row_sums = t.row_sums;
    const std::size_t on_lines = row_sums.size();
    row_sums.insert(row_sums.end(), t.row_sums_lines.begin(), t.row_sums_lines.end());
    const std::size_t lone_from = row_sums.size();
    row_sums.insert(row_sums.end(), t.lone_counts.begin(), t.lone_counts.end());
    std::vector<char> dropped(row_sums.size(), 0);
    for (std::size_t i = 0; i < row_sums.size(); ++i) {
      auto& f = row_sums[i];
      // Counts one a line: the finding stands at the whole's cell only where a failed relation
      // of its column says so; otherwise one of the other counts is wrong, on a line of its own
      // whose column is lost, and the row is only noted.
      int mended = 0;
      std::pair<int, int> rc{-1, -1};
      auto settle = [&] {
        // A lone count: a slip only where the column's relation says so, and then the row's, at
        // that count, with no value to put in (its column is lost); else the row's whole as read.
        if (i >= lone_from) {
          if (mended == 0) dropped[i] = 1;
          f.expected.clear();
          return;
        }
        // A row on one line whose whole's column holds: the slip is among its other counts, on
        // the same line, in columns lost; said at them, with no value (not at the whole, which
        // the column bears out).
        if (i < on_lines && mended == 0) {
          f.expected.clear();
          if (!f.related.empty()) f.primary = {f.related.front().span.begin, f.related.back().span.end};
          f.message += "；总计列与该列的合计关系相符，差错应在该行其余各数中，但它们所在的列已无法确定";
          return;
        }
        if (i < on_lines || mended > 0) return;
        f.severity = Severity::Note;
        f.expected.clear();
        // A failed relation through that cell which the sum does not mend: the last count may
        // not be the row's whole at all (a page's number after a row of blanks dropped), so no
        // relation through it is weighed.
        bool doubtful = false;
        for (auto& in : all) {
          if (!in.failed || explained.count(&in) || rc.first < 0) continue;
          if (std::none_of(in.terms.begin(), in.terms.end(), [&](auto& term) { return term.first == rc; })) continue;
          in.failed = false;
          explained.insert(&in);
          --tally[in.check].first;
          ++tally[in.check].second;
          skip_why[in.check] = "a row's counts one a line do not make their whole";
          doubtful = true;
        }
        f.message += doubtful ? "；其末一个数也不合该列的合计关系，可能不是该行的数（如页码），涉及该格的关系未核对"
                              : "；总计列与该列的合计关系相符，差错应在该行其余各数中，但它们所在的列已无法确定，未作为错误报告";
      };
      const auto want = Decimal::parse(f.expected);
      for (std::size_t r = 0; r < t.cells.size() && rc.first < 0 && want; ++r)
        for (std::size_t k = 0; k < t.cells[r].size(); ++k)
          if (t.cells[r][k].kind == CellKind::Number && t.cells[r][k].span.begin == f.primary.begin && t.cells[r][k].span.end == f.primary.end)
            rc = {static_cast<int>(r), static_cast<int>(k)};
      if (rc.first < 0) {
        settle();
        continue;
      }
      auto coef = [&](const Instance& in) {
        for (auto& [x, k] : in.terms)
          if (x == rc) return k;
        return 0;
      };
      if (std::any_of(all.begin(), all.end(), [&](auto& in) { return !in.failed && coef(in) != 0; })) {
        settle();
        continue;
      }
      const Decimal& cur = t.cells[rc.first][rc.second].value;
      for (auto& in : all) {
        const int k = coef(in);
        if (!in.failed || explained.count(&in) || (k != 1 && k != -1)) continue;
        if (!((k == 1 ? cur - in.residual : cur + in.residual) == *want)) continue;
        explained.insert(&in);
        ++mended;
        if (i >= lone_from)
          f.message += fmt::format("；读作{}列时，{} {} 不成立，读作 0 则成立：差错在该行，但它所在的列已无法确定", def.column_labels.back(),
                                   where_text(doc, t, *in.check, in.at), relation_text(*in.check));
        else
          f.message += fmt::format("；改为 {} 后，{} {} 也成立", want->str(), where_text(doc, t, *in.check, in.at), relation_text(*in.check));
      }
      settle();
    }
    // Failed relations no single cell explains: one finding each, at the cell the check names.
    for (auto& in : all) {
      if (!in.failed || explained.count(&in)) continue;
      const Check& c = *in.check;
      std::pair<int, int> at{-1, -1};
      if (!c.blame.empty()) {
        if (c.each == Each::Column) {
          for (std::size_t r = 0; r < def.rows.size(); ++r)
            if (def.rows[r].name == c.blame) at = {static_cast<int>(r), in.at};
        } else {
          at = {in.at, def.column(c.blame)};
        }
      }
      if (at.first < 0 && !in.terms.empty()) at = in.terms.front().first;
      Finding f;
      f.rule = c.id;
      f.severity = c.severity;
      if (at.first >= 0) f.primary = t.cells[at.first][at.second].span;
      auto side = [&](int i) {
        auto names = names_of(def, c.each);
        auto expand = expander(names);
        // (A dash or blank the relation read as 0 is 0 here too.)
        auto lookup = [&](const std::string& n) -> std::optional<Decimal> {
          const TableCell* cell = cell_for(t, prev, c, in.at, n);
          if (!is_previous(n) && zero_mark(cell)) return Decimal{};
          if (!cell || cell->kind != CellKind::Number) return std::nullopt;
          return cell->value;
        };
        auto v = evaluate(*c.expr->args[i], lookup, expand);
        return v.type == Value::Type::Number ? v.number.str() : std::string("?");
      };
      std::string lhs = c.expr->args.size() == 2 ? side(0) : "?", rhs = c.expr->args.size() == 2 ? side(1) : "?";
      std::string diff;
      auto l = Decimal::parse(lhs), rr = Decimal::parse(rhs);
      if (l && rr) diff = "，相差 " + (*l - *rr).str();
      if (def.rows.size() == 1 && !c.title.empty())  // one row of values: the check's title says which group
        f.message = fmt::format("{} 不成立（左边 {}，右边 {}{}）", c.title, lhs, rhs, diff);
      else
        f.message = fmt::format("{}{}不符：{}（左边 {}，右边 {}{}）", def.title, where_text(doc, t, c, in.at), relation_text(c), lhs, rhs, diff);
      if (!c.message.empty()) f.message = c.message + "：" + f.message;
      f.actual = lhs;
      f.expected = rhs;
      // A whole (the cell the check names, alone on its side) over parts among which are rows whose
      // other columns were lost with their empty cells (a PDF's table that writes no 0): any of
      // those rows may hold the slip with one of its lost counts (「1.本机关不掌握… 16 1 1 18」 under
      // a right （四） 22), so the whole is no more to blame than they are. Said, not reported as an
      // error. (Not a relation of a few rows on both sides, 新收 + 上年结转 = 总计 + 结转下年度, whose
      // named cell is one of them.)
      if (c.each == Each::Column && at.first >= 0) {
        int own = 0, same = 0, other = 0;
        bool lost = false;
        for (auto& [x, k] : in.terms)
          if (x == at) own = k;
        for (auto& [x, k] : in.terms) {
          if (x == at) continue;
          if ((k > 0) == (own > 0)) ++same;
          else ++other, lost = lost || t.columns_lost[static_cast<std::size_t>(x.first)];
        }
        if (own != 0 && same == 0 && other >= 2 && lost) {
          f.severity = Severity::Note;
          f.expected.clear();
          f.message += "；该列经过的行中有的只读出了总计（空白单元格在复制时丢失），差错可能在其中任一行，所在的行与列都无法确定，未作为错误报告";
        }
      }
      if (at.first >= 0) {
        int shown = 0;
        for (auto& [x, k] : in.terms)
          if (x != at && shown++ < 12)
            f.related.push_back({t.cells[x.first][x.second].span,
                                 fmt::format("「{}」行「{}」列 {}", row_title(doc, t, x.first), def.column_labels[x.second],
                                             shown_cell(x.first, x.second))});
      }
      out.findings.push_back(std::move(f));
    }
    for (std::size_t i = 0; i < row_sums.size(); ++i)
      if (!dropped[i]) out.findings.push_back(row_sums[i]);
    // One outcome per check and table: failed if any relation failed.
    for (auto& c : pack.checks) {
      if (c.kind != CheckKind::Table || c.table != def.name) continue;
      auto [evaluated, skipped] = tally[&c];
      bool failed = std::any_of(all.begin(), all.end(), [&](auto& in) { return in.check == &c && in.failed; }) ||
                    std::any_of(row_sums.begin(), row_sums.end(), [&](auto& f) {
                      return !dropped[static_cast<std::size_t>(&f - row_sums.data())] && f.rule == c.id && f.severity != Severity::Note;
                    });
      std::string note = skipped ? fmt::format("{} of {} relations evaluated; {} not evaluated ({})", evaluated, evaluated + skipped, skipped, skip_why[&c]) : "";
      if (failed) out.outcomes.push_back({c.id, Status::Failed, note, line});
      else if (evaluated) out.outcomes.push_back({c.id, Status::Passed, note, line});
      else out.outcomes.push_back({c.id, Status::Skipped, skipped ? skip_why[&c] : "no row of the table could be read", line});
    }
  }
}

}  // namespace tally

namespace tally {

std::string_view lasting_name(const std::string& name) {
  // (Node-based: a name kept stays where it is as more are added.)
  static std::mutex guard;
  static auto& names = *new std::unordered_set<std::string>;
  std::lock_guard<std::mutex> lock(guard);
  return *names.insert(name).first;
}

void rollup_tables(const Document& parent, const std::vector<const Document*>& children, const RulePack& pack, FileResult& out) {
  for (const auto& def : pack.tables) {
    std::vector<const Check*> checks;
    for (const auto& c : pack.checks)
      if (c.kind == CheckKind::Table && c.table == def.name) checks.push_back(&c);
    const std::string_view rule = lasting_name("rollup." + pack.name + "." + def.name);
    auto mine = locate_table(parent, def, checks);
    if (mine.empty()) continue;  // the consolidated report has no such table: nothing to compare
    const TableInstance& t = mine.front();
    std::vector<TableInstance> theirs;
    std::string missing;
    for (const Document* child : children) {
      auto found = locate_table(*child, def, checks);
      if (found.empty()) {
        missing += (missing.empty() ? "" : ", ") + child->path;
        continue;
      }
      theirs.push_back(std::move(found.front()));
    }
    int line = static_cast<int>(parent.at(t.zone.begin).line);
    if (!missing.empty()) {
      out.outcomes.push_back({rule, Status::Skipped, def.title + " not found in " + missing, line});
      continue;
    }
    // A child's blank that its own relations force to 0 (see forced_zeros) is 0 in the sum.
    std::vector<std::set<std::pair<int, int>>> zeros;
    for (auto& c : theirs) zeros.push_back(forced_zeros(c, nullptr, pack));
    int compared = 0, skipped = 0;
    bool failed = false;
    for (std::size_t r = 0; r < def.rows.size(); ++r)
      for (std::size_t k = 0; k < t.cells[r].size(); ++k) {
        const TableCell& cell = t.cells[r][k];
        if (cell.kind != CellKind::Number) continue;
        Decimal sum;
        bool complete = true;
        for (std::size_t i = 0; i < theirs.size(); ++i) {
          const TableCell& x = theirs[i].cells[r][k];
          if (x.kind == CellKind::Blank && zeros[i].count({static_cast<int>(r), static_cast<int>(k)})) continue;
          if (x.kind != CellKind::Number) { complete = false; break; }
          sum = sum + x.value;
        }
        if (!complete) { ++skipped; continue; }
        ++compared;
        if (sum == cell.value) continue;
        failed = true;
        Finding f;
        f.rule = rule;
        f.severity = Severity::Error;
        f.primary = cell.span;
        f.actual = cell.value.str();
        f.expected = sum.str();
        std::string parts;
        for (std::size_t i = 0; i < theirs.size(); ++i)
          parts += (parts.empty() ? "" : " + ") + (theirs[i].cells[r][k].kind == CellKind::Number ? theirs[i].cells[r][k].value.str() : std::string("空白（只能为 0）"));
        f.message = fmt::format("{}「{}」行「{}」列：汇总报告为 {}，{} 份下级报告之和为 {}（{}）", def.title, row_title(parent, t, static_cast<int>(r)),
                                def.column_labels[k], cell.value.str(), theirs.size(), sum.str(), parts);
        out.findings.push_back(std::move(f));
      }
    std::string note = skipped ? fmt::format("{} cells compared; {} not compared (a child's cell is blank or missing)", compared, skipped) : "";
    out.outcomes.push_back({rule, failed ? Status::Failed : compared ? Status::Passed : Status::Skipped,
                            compared ? note : "no cell could be compared", line});
  }
}

}  // namespace tally
