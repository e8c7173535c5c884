// HTML reader: a single forward scan over the decoded source that keeps the exact offset of
// every character it emits, so a figure in a table cell is reported at its line and column in
// the .html file. It needs no DOM: no recursion however deep the nesting, no entity expansion
// beyond the fixed HTML character references (no DTD is ever read), memory linear in the input.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>

#include "document/render.hpp"

namespace tally {
namespace {

constexpr int kMaxSpan = 1000;                 // HTML caps colspan at 1000
constexpr std::size_t kMaxGridCells = 4u << 20;

bool ws(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == 0xA0 || c == 0x3000; }
char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }
bool alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool alnum(char32_t c) { return alpha(c) || (c >= U'0' && c <= U'9'); }

// Case-insensitive search for an ASCII needle.
std::size_t find_ci(std::u32string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::u32string_view::npos;
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(s[i + k]) == static_cast<char32_t>(needle[k])) ++k;
    if (k == needle.size()) return i;
  }
  return std::u32string_view::npos;
}

// A character reference at s[i] == '&': the character and the length consumed, or {0, 0}.
std::pair<char32_t, std::size_t> entity(std::u32string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == U'#') {
    ++j;
    bool hex = j < s.size() && (s[j] == U'x' || s[j] == U'X');
    if (hex) ++j;
    std::uint32_t v = 0;
    std::size_t digits = 0;
    while (j < s.size() && digits < 8) {
      char32_t c = s[j];
      int d = c >= U'0' && c <= U'9' ? static_cast<int>(c - U'0')
              : hex && lower(c) >= U'a' && lower(c) <= U'f' ? static_cast<int>(lower(c) - U'a' + 10) : -1;
      if (d < 0) break;
      v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      ++j;
      ++digits;
    }
    if (digits == 0) return {0, 0};
    if (j < s.size() && s[j] == U';') ++j;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) v = 0xFFFD;
    return {static_cast<char32_t>(v), j - i};
  }
  static const std::pair<std::string_view, char32_t> named[] = {
      {"nbsp", 0xA0},    {"lt", U'<'},      {"gt", U'>'},      {"amp", U'&'},     {"quot", U'"'},    {"apos", U'\''},
      {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013},
      {"hellip", 0x2026}, {"middot", 0xB7}, {"times", 0xD7},   {"divide", 0xF7},  {"plusmn", 0xB1},  {"deg", 0xB0},
      {"copy", 0xA9},    {"reg", 0xAE},     {"emsp", 0x2003},  {"ensp", 0x2002},  {"thinsp", 0x2009}, {"yen", 0xA5},
      {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},  {"permil", 0x2030}, {"shy", 0xAD},    {"zwnj", 0x200C}};
  for (auto& [name, c] : named) {
    if (i + 1 + name.size() > s.size()) continue;
    std::size_t k = 0;
    while (k < name.size() && s[i + 1 + k] == static_cast<char32_t>(name[k])) ++k;
    if (k != name.size()) continue;
    std::size_t len = 1 + name.size();
    if (i + len < s.size() && s[i + len] == U';') ++len;
    return {c, len};
  }
  return {0, 0};
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  std::uint32_t end = 0;  // offset just after the tag's '>' in the source
  int colspan = 1, rowspan = 1;
};

int span_value(std::u32string_view v) {
  long n = 0;
  std::size_t i = 0;
  while (i < v.size() && ws(v[i])) ++i;
  bool any = false;
  for (; i < v.size() && v[i] >= U'0' && v[i] <= U'9' && n <= kMaxSpan * 10; ++i) {
    n = n * 10 + (v[i] - U'0');
    any = true;
  }
  if (!any || n < 1) return 1;
  return static_cast<int>(std::min<long>(n, kMaxSpan));
}

// Parses the tag starting at s[i] == '<'; returns the offset after '>' (or the end).
std::size_t parse_tag(std::u32string_view s, std::size_t i, Tag& t) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == U'/') {
    t.closing = true;
    ++j;
  }
  while (j < s.size() && alnum(s[j])) t.name.push_back(static_cast<char>(lower(s[j++])));
  // Attributes, honouring quotes; only colspan and rowspan matter here.
  while (j < s.size() && s[j] != U'>') {
    if (ws(s[j]) || s[j] == U'/') { ++j; continue; }
    std::string attr;
    while (j < s.size() && !ws(s[j]) && s[j] != U'=' && s[j] != U'>') {
      if (attr.size() < 16) attr.push_back(static_cast<char>(lower(s[j])));
      ++j;
    }
    while (j < s.size() && ws(s[j])) ++j;
    if (j < s.size() && s[j] == U'=') {
      ++j;
      while (j < s.size() && ws(s[j])) ++j;
      std::size_t b = j, e = j;
      if (j < s.size() && (s[j] == U'"' || s[j] == U'\'')) {
        char32_t q = s[j++];
        b = j;
        while (j < s.size() && s[j] != q) ++j;
        e = j;
        if (j < s.size()) ++j;
      } else {
        while (j < s.size() && !ws(s[j]) && s[j] != U'>') ++j;
        e = j;
      }
      if (attr == "colspan") t.colspan = span_value(s.substr(b, e - b));
      if (attr == "rowspan") t.rowspan = span_value(s.substr(b, e - b));
    }
  }
  return j < s.size() ? j + 1 : s.size();
}

bool block_tag(const std::string& n) {
  static const std::array<std::string_view, 30> blocks = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                                          "section", "article", "blockquote", "pre", "hr", "title", "body", "html",
                                                          "dd", "dt", "dl", "header", "footer", "nav", "main", "aside", "caption", "center"};
  return std::find(blocks.begin(), blocks.end(), n) != blocks.end();
}

struct Cell {
  RenderBuffer buf;
  int colspan = 1, rowspan = 1;
  std::uint32_t source = kNoSource;  // where its content begins in the source
};

struct Table {
  std::vector<std::vector<std::unique_ptr<Cell>>> rows;
  Cell* open = nullptr;
  int nested = 0;  // tables inside a cell: their cells become spaces in it
  std::size_t index = 0;  // its place among the document's tables, in the order they open
};

// How an open <table> is read: a data table (rows become lines of cells), a table inside a data
// table's cell (flattened into that cell), or a layout table: one that holds another table in
// its cells, as pages built with tables for their layout wrap the whole report in one. A layout
// table's rows and cells are blocks of the page, so the report's paragraphs stay lines and its
// tables stay tables.
enum class TableKind { Data, Flattened, Layout };

class Renderer {
 public:
  Renderer(std::u32string_view src, std::size_t limit, std::vector<bool> layout = {})
      : s_(src), limit_(limit), layout_(std::move(layout)) {}
  // Tables found holding another table in a cell while reading as data: layout tables for the
  // next reading. Empty when there were none to find.
  const std::vector<bool>& layout_found() const { return found_; }
  bool found_new_layout() const { return found_new_; }

  std::optional<std::string> run() {
    std::size_t i = 0;
    const std::size_t n = s_.size();
    while (i < n) {
      char32_t c = s_[i];
      if (c == U'<') {
        if (s_.substr(i, 4) == U"<!--") {
          auto e = s_.find(U"-->", i + 4);
          i = e == std::u32string_view::npos ? n : e + 3;
          continue;
        }
        if (i + 1 < n && (s_[i + 1] == U'!' || s_[i + 1] == U'?')) {
          auto e = s_.find(U'>', i);
          i = e == std::u32string_view::npos ? n : e + 1;
          continue;
        }
        bool is_tag = i + 1 < n && (alpha(s_[i + 1]) || (s_[i + 1] == U'/' && i + 2 < n && alpha(s_[i + 2])));
        if (is_tag) {
          Tag t;
          i = parse_tag(s_, i, t);
          t.end = static_cast<std::uint32_t>(i);
          if (!t.closing && (t.name == "script" || t.name == "style" || t.name == "textarea")) {
            auto e = find_ci(s_, "</" + t.name, i);
            i = e == std::u32string_view::npos ? n : e;
            continue;
          }
          if (auto err = tag(t)) return err;
          continue;
        }
      }
      if (c == U'&') {
        auto [ch, len] = entity(s_, i);
        if (len > 0) {
          text(ch, static_cast<std::uint32_t>(i));
          i += len;
          continue;
        }
      }
      text(c, static_cast<std::uint32_t>(i));
      ++i;
      if ((i & 0xFFF) == 0 && out_.size() > limit_) return limit_message();
    }
    while (!tables_.empty())
      if (auto err = close_table()) return err;
    if (out_.size() > limit_) return limit_message();
    return std::nullopt;
  }

  Rendered take() { return std::move(out_.out); }

 private:
  std::string limit_message() const {
    return fmt::format("the text of this HTML file is longer than the limit of {} characters (--max-bytes)", limit_);
  }

  RenderBuffer& sink() {
    if (!tables_.empty()) {
      Table& t = tables_.back();
      if (t.open) return t.open->buf;
      return stray_;  // text inside a table but outside its cells (captions, junk)
    }
    return out_;
  }

  void text(char32_t c, std::uint32_t at) {
    if (c == U'\t' || c == U'\n' || c == U'\r' || ws(c)) {
      sink().space(at);
      return;
    }
    if (c < 0x20 || c == 0xAD || c == 0x200B || c == 0x200C || c == 0xFEFF) return;
    sink().put(c, at);
  }

  std::optional<std::string> tag(const Tag& t) {
    const std::string& n = t.name;
    if (n == "table") {
      if (t.closing) {
        if (kinds_.empty()) return std::nullopt;
        TableKind k = kinds_.back();
        kinds_.pop_back();
        if (k == TableKind::Layout) {
          block();
          return std::nullopt;
        }
        if (k == TableKind::Flattened && !tables_.empty() && tables_.back().nested > 0) {
          tables_.back().nested--;
          sink().space(0);
          return std::nullopt;
        }
        if (!tables_.empty()) return close_table();
        return std::nullopt;
      }
      std::size_t idx = opened_++;
      if (idx < layout_.size() && layout_[idx]) {
        kinds_.push_back(TableKind::Layout);
        block();
        return std::nullopt;
      }
      if (!tables_.empty() && tables_.back().open) {
        std::size_t outer = tables_.back().index;
        if (found_.size() <= outer) found_.resize(outer + 1, false);
        if (!found_[outer] && !(outer < layout_.size() && layout_[outer])) found_new_ = true;
        found_[outer] = true;
        tables_.back().nested++;
        kinds_.push_back(TableKind::Flattened);
        sink().space(0);
        return std::nullopt;
      }
      out_.newline();
      tables_.emplace_back();
      tables_.back().index = idx;
      kinds_.push_back(TableKind::Data);
      return std::nullopt;
    }
    // A <br> right after a comma or a 、 breaks a sentence in the middle (「…其中维持1件，<br>
    // 被依法纠错1件，其他情形4件。」): the sentence reads on, as it does in a table's cell.
    if (n == "br" && tables_.empty() && out_.ends_clause()) return std::nullopt;
    if (!kinds_.empty() && kinds_.back() == TableKind::Layout) {
      if (n == "tr" || n == "td" || n == "th" || block_tag(n)) block();
      return std::nullopt;
    }
    if (!tables_.empty()) {
      Table& tb = tables_.back();
      if (tb.nested > 0 && (n == "tr" || n == "td" || n == "th")) {
        sink().space(0);
        return std::nullopt;
      }
      if (n == "tr") {
        tb.open = nullptr;
        if (!t.closing) tb.rows.emplace_back();
        return std::nullopt;
      }
      if (n == "td" || n == "th") {
        tb.open = nullptr;
        if (t.closing) return std::nullopt;
        if (tb.rows.empty()) tb.rows.emplace_back();
        auto cell = std::make_unique<Cell>();
        cell->colspan = t.colspan;
        cell->rowspan = t.rowspan;
        cell->source = t.end;
        tb.open = cell.get();
        tb.rows.back().push_back(std::move(cell));
        return std::nullopt;
      }
      if (block_tag(n)) {
        // Inside a cell a paragraph break joins (Chinese text split across <p>s); elsewhere in
        // a table it is a space.
        if (!tb.open) stray_.space(0);
        return std::nullopt;
      }
      return std::nullopt;
    }
    if (block_tag(n)) out_.newline();
    return std::nullopt;
  }

  // Resolves the spans of the innermost table into a grid and renders it, one line per row.
  std::optional<std::string> close_table() {
    Table t = std::move(tables_.back());
    tables_.pop_back();
    ++table_count_;
    if (!stray_.empty_line()) {
      out_.append(stray_, -1);
      out_.newline();
    }
    stray_ = RenderBuffer();
    const std::size_t nrows = t.rows.size();
    std::vector<std::vector<Cell*>> grid(nrows);
    std::vector<std::vector<bool>> taken(nrows);
    std::size_t width = 0, cells = 0;
    for (std::size_t r = 0; r < nrows; ++r) {
      std::size_t c = 0;
      for (auto& cell : t.rows[r]) {
        while (c < taken[r].size() && taken[r][c]) ++c;
        std::size_t last_row = std::min(nrows, r + static_cast<std::size_t>(cell->rowspan));
        std::size_t end_col = c + static_cast<std::size_t>(cell->colspan);
        cells += (last_row - r) * (end_col - c);
        if (cells > kMaxGridCells || end_col > 16 * kMaxSpan)
          return fmt::format("table {} is too large once its row and column spans are resolved (over {} cells)", table_count_, kMaxGridCells);
        for (std::size_t rr = r; rr < last_row; ++rr) {
          if (taken[rr].size() < end_col) taken[rr].resize(end_col, false);
          if (grid[rr].size() < end_col) grid[rr].resize(end_col, nullptr);
          for (std::size_t cc = c; cc < end_col; ++cc) taken[rr][cc] = true;
        }
        grid[r][c] = cell.get();
        width = std::max(width, end_col);
        c = end_col;
      }
    }
    // Rows are written as wide as most of the table's rows, or to their last cell with text: a
    // stray empty cell at the end of one row, or a row pushed right by a cell spanning down into
    // it, must not pad every other row with a cell that is not there (rows are read from their end).
    std::map<std::size_t, std::size_t> widths;
    for (std::size_t r = 0; r < nrows; ++r) {
      bool any = false;
      for (auto* cell : grid[r]) any = any || (cell && !cell->buf.out.text.empty());
      if (any) ++widths[grid[r].size()];
    }
    std::size_t usual = width, most = 0;
    for (auto [w, n] : widths)
      if (n > most) most = n, usual = w;
    for (std::size_t r = 0; r < nrows; ++r) {
      bool any = false;
      std::size_t row_width = usual;
      for (std::size_t c = 0; c < grid[r].size(); ++c)
        if (grid[r][c] && !grid[r][c]->buf.out.text.empty()) {
          any = true;
          row_width = std::max(row_width, c + 1);
        }
      if (!any) continue;
      out_.newline();
      for (std::size_t c = 0; c < row_width; ++c) {
        // The tab closing an empty cell stands for it: a blank cell a finding points at is shown
        // at its own <td>, not at the end of the cell before it.
        Cell* before = c > 0 && c - 1 < grid[r].size() ? grid[r][c - 1] : nullptr;
        const bool empty_before = before && before->buf.out.text.empty() && (c < 2 || grid[r][c - 2] != before);
        if (c > 0 && empty_before) {
          auto idx = static_cast<std::int32_t>(out_.out.cells.size());
          out_.out.cells.push_back(fmt::format("table {}, row {}, column {}", table_count_, r + 1, c));
          out_.put(U'\t', before->source, idx);
        } else if (c > 0) {
          out_.put(U'\t', kNoSource, -1);
        }
        Cell* cell = c < grid[r].size() ? grid[r][c] : nullptr;
        if (!cell || cell->buf.out.text.empty()) continue;
        auto idx = static_cast<std::int32_t>(out_.out.cells.size());
        out_.out.cells.push_back(fmt::format("table {}, row {}, column {}", table_count_, r + 1, c + 1));
        out_.append(cell->buf, idx);
      }
      out_.newline();
      if (out_.size() > limit_) return limit_message();
    }
    return std::nullopt;
  }

  std::u32string_view s_;
  std::size_t limit_;
  RenderBuffer out_, stray_;
  std::vector<Table> tables_;
  int table_count_ = 0;
  std::vector<bool> layout_, found_;
  std::vector<TableKind> kinds_;  // every open table, innermost last
  std::size_t opened_ = 0;
  bool found_new_ = false;

  // A block boundary outside any data table: a new line.
  void block() {
    if (tables_.empty()) out_.newline();
    else sink().space(0);
  }
};

}  // namespace

std::optional<std::string> render_html(std::u32string_view source, std::size_t max_chars, Rendered& out) {
  // Read again, as long as reading finds tables that hold tables (layout tables), a few times
  // at most (each reading uncovers one more level of nesting).
  std::vector<bool> layout;
  for (int pass = 0;; ++pass) {
    Renderer r(source, max_chars, layout);
    if (auto err = r.run()) return err;
    if (!r.found_new_layout() || pass == 3) {
      out = r.take();
      return std::nullopt;
    }
    const auto& found = r.layout_found();
    if (layout.size() < found.size()) layout.resize(found.size(), false);
    for (std::size_t i = 0; i < found.size(); ++i) layout[i] = layout[i] || found[i];
  }
}

}  // namespace tally
