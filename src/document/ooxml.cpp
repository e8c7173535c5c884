// Word (.docx) and Excel (.xlsx) readers. A zip archive is read from its central directory
// and its entries inflated with zlib under hard limits (declared and actual size, compression
// ratio), so a zip bomb is refused before it is expanded. The XML parts are read with a small
// forward tokenizer: no DTD is ever processed, so entity expansion attacks have nothing to
// expand, and nothing recurses however deep the nesting.
#include <zlib.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "document/render.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

constexpr std::size_t kMaxRatio = 200;           // uncompressed : compressed, for entries over 1 MiB
constexpr std::size_t kRatioFloor = 1u << 20;

std::uint32_t le32(std::string_view b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}
std::uint16_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8));
}

struct Entry {
  std::string name;
  std::uint16_t method = 0;
  std::uint32_t compressed = 0, size = 0, local = 0;
};

class Zip {
 public:
  Zip(std::string_view bytes, std::size_t limit) : b_(bytes), limit_(limit) {}

  std::optional<std::string> open() {
    if (b_.size() < 22) return "the file is too short to be a zip archive (truncated?)";
    std::size_t lo = b_.size() > 22 + 65535 ? b_.size() - 22 - 65535 : 0;
    std::size_t eocd = std::string_view::npos;
    for (std::size_t i = b_.size() - 22 + 1; i-- > lo;)
      if (le32(b_, i) == 0x06054b50) { eocd = i; break; }
    if (eocd == std::string_view::npos) return "no zip central directory: the file is truncated or not a zip archive";
    std::size_t count = le16(b_, eocd + 10);
    std::size_t at = le32(b_, eocd + 16);
    for (std::size_t k = 0; k < count; ++k) {
      if (at + 46 > b_.size() || le32(b_, at) != 0x02014b50) return "the zip central directory is damaged";
      Entry e;
      e.method = le16(b_, at + 10);
      e.compressed = le32(b_, at + 20);
      e.size = le32(b_, at + 24);
      std::size_t n = le16(b_, at + 28), extra = le16(b_, at + 30), comment = le16(b_, at + 32);
      e.local = le32(b_, at + 42);
      if (at + 46 + n > b_.size()) return "the zip central directory is damaged";
      e.name = std::string(b_.substr(at + 46, n));
      entries_[e.name] = e;
      at += 46 + n + extra + comment;
    }
    return std::nullopt;
  }

  bool has(const std::string& name) const { return entries_.count(name) > 0; }

  // The entry's bytes; nullopt with `err` set when it is missing, damaged or over a limit.
  std::optional<std::string> read(const std::string& name, std::string& err) const {
    auto it = entries_.find(name);
    if (it == entries_.end()) {
      err = "the archive has no " + name;
      return std::nullopt;
    }
    const Entry& e = it->second;
    if (e.size == 0xFFFFFFFFu || e.compressed == 0xFFFFFFFFu) {
      err = name + " is a ZIP64 entry, larger than any report";
      return std::nullopt;
    }
    if (e.size > limit_) {
      err = fmt::format("{} would expand to {} bytes, over the limit of {} bytes (a zip bomb?)", name, e.size, limit_);
      return std::nullopt;
    }
    if (e.size > kRatioFloor && e.size / std::max<std::uint32_t>(e.compressed, 1) > kMaxRatio) {
      err = fmt::format("{} is compressed {}:1, more than any document (a zip bomb?)", name, e.size / std::max<std::uint32_t>(e.compressed, 1));
      return std::nullopt;
    }
    if (static_cast<std::size_t>(e.local) + 30 > b_.size() || le32(b_, e.local) != 0x04034b50) {
      err = name + ": damaged zip entry (truncated file?)";
      return std::nullopt;
    }
    std::size_t data = e.local + 30 + le16(b_, e.local + 26) + le16(b_, e.local + 28);
    if (data + e.compressed > b_.size()) {
      err = name + ": the zip entry runs past the end of the file (truncated?)";
      return std::nullopt;
    }
    std::string_view in = b_.substr(data, e.compressed);
    if (e.method == 0) {
      if (e.compressed != e.size) {
        err = name + ": damaged zip entry";
        return std::nullopt;
      }
      return std::string(in);
    }
    if (e.method != 8) {
      err = fmt::format("{}: unsupported zip compression method {}", name, e.method);
      return std::nullopt;
    }
    std::string out(e.size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
      err = "zlib could not start";
      return std::nullopt;
    }
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = inflate(&z, Z_FINISH);
    std::size_t produced = out.size() - z.avail_out;
    bool more = rc == Z_BUF_ERROR && z.avail_out == 0 && z.avail_in > 0;
    inflateEnd(&z);
    if (more) {
      err = name + " expands past its declared size (a zip bomb or a damaged file)";
      return std::nullopt;
    }
    if (rc != Z_STREAM_END || produced != e.size) {
      err = name + ": the compressed data is damaged or truncated";
      return std::nullopt;
    }
    return out;
  }

 private:
  std::string_view b_;
  std::size_t limit_;
  std::map<std::string, Entry> entries_;
};

// ---- a forward XML tokenizer for the OOXML parts ---------------------------------------

struct XmlEvent {
  enum Kind { Start, End, Text, Done } kind = Done;
  std::string_view name;                                   // qualified, e.g. w:tc
  std::vector<std::pair<std::string_view, std::string>> attrs;
  std::string text;                                        // decoded character data
  bool empty = false;                                      // <x/>
};

class Xml {
 public:
  explicit Xml(std::string_view s) : s_(s) {}

  XmlEvent next() {
    XmlEvent ev;
    while (i_ < s_.size()) {
      if (s_[i_] != '<') {
        std::size_t e = s_.find('<', i_);
        if (e == std::string_view::npos) e = s_.size();
        ev.kind = XmlEvent::Text;
        ev.text = decode(s_.substr(i_, e - i_));
        i_ = e;
        return ev;
      }
      if (s_.compare(i_, 4, "<!--") == 0) { skip_past("-->"); continue; }
      if (s_.compare(i_, 9, "<![CDATA[") == 0) {
        std::size_t e = s_.find("]]>", i_ + 9);
        if (e == std::string_view::npos) e = s_.size();
        ev.kind = XmlEvent::Text;
        ev.text = std::string(s_.substr(i_ + 9, e - i_ - 9));
        i_ = std::min(s_.size(), e + 3);
        return ev;
      }
      if (s_.compare(i_, 2, "<?") == 0) { skip_past("?>"); continue; }
      if (s_.compare(i_, 2, "<!") == 0) {  // DOCTYPE and its internal subset: never interpreted
        int depth = 0;
        for (; i_ < s_.size(); ++i_) {
          if (s_[i_] == '[') ++depth;
          if (s_[i_] == ']') --depth;
          if (s_[i_] == '>' && depth <= 0) { ++i_; break; }
        }
        continue;
      }
      std::size_t j = i_ + 1;
      bool closing = j < s_.size() && s_[j] == '/';
      if (closing) ++j;
      std::size_t nb = j;
      while (j < s_.size() && !std::strchr(" \t\r\n/>", s_[j])) ++j;
      ev.name = s_.substr(nb, j - nb);
      ev.kind = closing ? XmlEvent::End : XmlEvent::Start;
      while (j < s_.size() && s_[j] != '>') {
        if (std::strchr(" \t\r\n", s_[j])) { ++j; continue; }
        if (s_[j] == '/') { ev.empty = true; ++j; continue; }
        std::size_t ab = j;
        while (j < s_.size() && !std::strchr(" \t\r\n=/>", s_[j])) ++j;
        std::string_view an = s_.substr(ab, j - ab);
        if (j < s_.size() && s_[j] == '=') {
          ++j;
          if (j >= s_.size()) break;  // the document ends right after '='
          char q = s_[j];
          if (q == '"' || q == '\'') {
            std::size_t ve = s_.find(q, j + 1);
            if (ve == std::string_view::npos) ve = s_.size();
            ev.attrs.push_back({an, decode(s_.substr(j + 1, ve - j - 1))});
            j = std::min(s_.size(), ve + 1);
          }
        } else if (an.empty()) {
          ++j;
        }
      }
      i_ = std::min(s_.size(), j + 1);
      return ev;
    }
    ev.kind = XmlEvent::Done;
    return ev;
  }

  static std::string decode(std::string_view t) {
    std::string out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] != '&') { out.push_back(t[i]); continue; }
      std::size_t e = t.find(';', i);
      if (e == std::string_view::npos || e - i > 10) { out.push_back('&'); continue; }
      std::string_view ent = t.substr(i + 1, e - i - 1);
      char32_t c = 0;
      if (ent == "lt") c = '<';
      else if (ent == "gt") c = '>';
      else if (ent == "amp") c = '&';
      else if (ent == "quot") c = '"';
      else if (ent == "apos") c = '\'';
      else if (!ent.empty() && ent[0] == '#') {
        bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
        std::uint32_t v = 0;
        for (std::size_t k = hex ? 2 : 1; k < ent.size() && v < 0x110000; ++k) {
          char ch = ent[k];
          int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : hex && std::isxdigit(static_cast<unsigned char>(ch)) ? (std::tolower(ch) - 'a' + 10) : -1;
          if (d < 0) { v = 0xFFFD; break; }
          v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        c = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : v;
      }
      if (!c) { out.push_back('&'); continue; }  // an undefined entity stays as written
      text::append_utf8(out, c);
      i = e;
    }
    return out;
  }

  static const std::string* attr(const XmlEvent& ev, std::string_view name) {
    for (auto& [n, v] : ev.attrs)
      if (n == name) return &v;
    return nullptr;
  }

 private:
  void skip_past(std::string_view end) {
    std::size_t e = s_.find(end, i_);
    i_ = e == std::string_view::npos ? s_.size() : e + end.size();
  }
  std::string_view s_;
  std::size_t i_ = 0;
};

void put_text(RenderBuffer& buf, const std::string& utf8) {
  for (char32_t c : text::from_utf8(utf8)) {
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x3000) buf.space(0);
    else if (c >= 0x20 && c != 0xFEFF && c != 0x200B) buf.put(c, 0);
  }
}

std::optional<std::string> open_zip(Zip& zip, const char* what) {
  if (auto err = zip.open()) return std::string("not a readable ") + what + " file: " + *err;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> render_docx(std::string_view bytes, std::size_t max_bytes, Rendered& out) {
  Zip zip(bytes, max_bytes);
  if (auto err = open_zip(zip, "Word (.docx)")) return err;
  std::string err;
  auto xml = zip.read("word/document.xml", err);
  if (!xml) return "not a readable Word (.docx) file: " + err;
  RenderBuffer doc;
  struct Cell { RenderBuffer buf; int span = 1; bool merged = false; };
  struct Row { std::vector<Cell> cells; };
  // number: the table's place among the file's tables, nested ones counted where they begin;
  // first_row: the number of its first row held (less one), after rows written out before a
  // table nested in one of its cells.
  struct Table { std::vector<Row> rows; bool in_cell = false; int number = 0; std::size_t first_row = 0; };
  std::vector<Table> tables;
  int paragraph = 0, table_count = 0;
  std::vector<std::pair<std::uint32_t, std::int32_t>> para_starts;  // rendered offset, cell index
  bool in_text = false;
  // Word writes a text box twice: as a drawing (mc:Choice) and again, for older readers, as a
  // VML shape (mc:Fallback). The text is read once, from the Choice; a figure in a note would
  // otherwise be stated twice.
  int fallback = 0;
  auto sink = [&]() -> RenderBuffer& {
    if (!tables.empty() && tables.back().in_cell && !tables.back().rows.empty() && !tables.back().rows.back().cells.empty())
      return tables.back().rows.back().cells.back().buf;
    return doc;
  };
  // A row is written as wide as most rows of its table, or to its last cell with text: a stray
  // empty cell at the end of a row is not a column (rows are read from their end).
  auto row_extent = [](const Row& row, bool text_only) {
    std::size_t col = 0, end = 0;
    for (const auto& cell : row.cells) {
      col += static_cast<std::size_t>(std::max(cell.span, 1));
      if (!text_only || (!cell.merged && !cell.buf.out.text.empty())) end = col;
    }
    return end;
  };
  auto flush_table = [&](Table& t) {
    std::map<std::size_t, std::size_t> widths;
    for (const auto& row : t.rows)
      if (row_extent(row, true) > 0) ++widths[row_extent(row, false)];
    std::size_t usual = 0, most = 0;
    for (auto [w, n] : widths)
      if (n > most) most = n, usual = w;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      doc.newline();
      std::size_t col = 0;
      bool first = true;
      const std::size_t limit = std::max(usual, row_extent(t.rows[r], true));
      for (auto& cell : t.rows[r].cells) {
        if (col >= limit) break;
        if (!first) doc.put(U'\t', kNoSource);
        first = false;
        if (!cell.merged && !cell.buf.out.text.empty()) {
          auto idx = static_cast<std::int32_t>(doc.out.cells.size());
          doc.out.cells.push_back(fmt::format("table {}, row {}, column {}", t.number, t.first_row + r + 1, col + 1));
          doc.append(cell.buf, idx);
        }
        for (int k = 1; k < cell.span && k < 1000; ++k) doc.put(U'\t', kNoSource);
        col += static_cast<std::size_t>(std::max(cell.span, 1));
      }
      doc.newline();
    }
  };
  Xml x(*xml);
  for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next()) {
    if (doc.size() > max_bytes) return fmt::format("the text of this Word file is longer than the limit of {} characters", max_bytes);
    const auto& n = ev.name;
    bool start = ev.kind == XmlEvent::Start;
    if (n == "mc:Fallback") {
      if (!ev.empty) fallback = std::max(0, fallback + (start ? 1 : -1));
      continue;
    }
    if (fallback > 0) continue;  // its text and its elements alike
    if (ev.kind == XmlEvent::Text) {
      if (in_text) put_text(sink(), ev.text);
      continue;
    }
    if (n == "w:t") { in_text = start && !ev.empty; continue; }
    if (n == "w:tab" || n == "w:br" || n == "w:cr") { if (start) sink().space(0); continue; }
    if (n == "w:tbl") {
      if (start && !ev.empty) {
        // A table inside a table's cell: most often the report's table set in a one-cell frame
        // (a layout table holding its title and the table). Its rows are rows, with their own
        // cells: the outer table's rows so far are written out as a table before it, and what
        // the outer cell holds after it is read as text, so the inner rows and cells are not
        // run together into the outer cell's one line (every figure then at its row 1, column 1).
        if (!tables.empty() && tables.back().in_cell) {
          Table& outer = tables.back();
          flush_table(outer);
          outer.first_row += outer.rows.size() - 1;  // (the row holding it goes on after it)
          outer.rows.clear();
          outer.in_cell = false;
        }
        doc.newline();
        tables.emplace_back();
        tables.back().number = ++table_count;
      } else if (!start) {
        if (!tables.empty()) {
          Table t = std::move(tables.back());
          tables.pop_back();
          flush_table(t);
        }
      }
      continue;
    }
    if (!tables.empty()) {
      Table& t = tables.back();
      if (n == "w:tr" && start && !ev.empty) { t.rows.emplace_back(); continue; }
      if (n == "w:tc") {
        if (start && !ev.empty) {
          if (t.rows.empty()) t.rows.emplace_back();
          t.rows.back().cells.emplace_back();
          t.in_cell = true;
        } else if (!start) {
          t.in_cell = false;
        }
        continue;
      }
      if (t.in_cell && !t.rows.empty() && !t.rows.back().cells.empty()) {
        Cell& c = t.rows.back().cells.back();
        if (n == "w:gridSpan" && start)
          if (auto* v = Xml::attr(ev, "w:val")) c.span = std::clamp(std::atoi(v->c_str()), 1, 1000);
        if (n == "w:vMerge" && start) {
          auto* v = Xml::attr(ev, "w:val");
          c.merged = !v || *v == "continue";
        }
        if (n == "w:p" && !start) c.buf.space(0);
        continue;
      }
    }
    if (n == "w:p") {
      if (start) {
        ++paragraph;
        doc.newline();
        doc.out.cells.push_back(fmt::format("paragraph {}", paragraph));
        para_starts.push_back({static_cast<std::uint32_t>(doc.size()), static_cast<std::int32_t>(doc.out.cells.size()) - 1});
      } else {
        doc.newline();
      }
    }
  }
  while (!tables.empty()) {
    Table t = std::move(tables.back());
    tables.pop_back();
    flush_table(t);
  }
  // Paragraph origins: every stretch outside a table cell belongs to its paragraph.
  out = std::move(doc.out);
  std::size_t p = 0;
  std::int32_t current = -1;
  for (auto& o : out.origins) {
    while (p < para_starts.size() && para_starts[p].first <= o.rendered) current = para_starts[p++].second;
    if (o.cell < 0) o.cell = current;
  }
  return std::nullopt;
}

std::optional<std::string> render_xlsx(std::string_view bytes, std::size_t max_bytes, Rendered& out) {
  Zip zip(bytes, max_bytes);
  if (auto err = open_zip(zip, "Excel (.xlsx)")) return err;
  std::string err;
  auto workbook = zip.read("xl/workbook.xml", err);
  if (!workbook) return "not a readable Excel (.xlsx) file: " + err;
  // Sheet names and their parts, through the workbook's relationships.
  std::vector<std::pair<std::string, std::string>> sheets;  // name, rel id
  {
    Xml x(*workbook);
    for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next())
      if (ev.kind == XmlEvent::Start && ev.name == "sheet") {
        auto* name = Xml::attr(ev, "name");
        auto* id = Xml::attr(ev, "r:id");
        if (name && id) sheets.push_back({*name, *id});
      }
  }
  std::map<std::string, std::string> targets;
  if (auto rels = zip.read("xl/_rels/workbook.xml.rels", err)) {
    Xml x(*rels);
    for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next())
      if (ev.kind == XmlEvent::Start && ev.name == "Relationship") {
        auto* id = Xml::attr(ev, "Id");
        auto* target = Xml::attr(ev, "Target");
        if (!id || !target) continue;
        std::string t = *target;
        t = t.rfind("/", 0) == 0 ? t.substr(1) : "xl/" + t;
        targets[*id] = t;
      }
  }
  std::vector<std::string> shared;
  if (zip.has("xl/sharedStrings.xml")) {
    auto ss = zip.read("xl/sharedStrings.xml", err);
    if (!ss) return "not a readable Excel (.xlsx) file: " + err;
    Xml x(*ss);
    bool in_t = false, in_rph = false;
    for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next()) {
      if (ev.kind == XmlEvent::Start && ev.name == "si") shared.emplace_back();
      else if (ev.name == "t") in_t = ev.kind == XmlEvent::Start && !ev.empty;
      else if (ev.name == "rPh") in_rph = ev.kind == XmlEvent::Start && !ev.empty;  // phonetic hints are not text
      else if (ev.kind == XmlEvent::Text && in_t && !in_rph && !shared.empty()) shared.back() += ev.text;
    }
  }
  // Cell styles whose number format shows a date: a count typed as 「1-2」 or 「3/4」 is stored by
  // Excel as a date's serial number (44563) and shown as a date. The cell is written as the date
  // it shows, so that a reviewer is told of a date where a count should stand rather than given
  // a sum over 44563.
  std::vector<bool> date_style;
  if (zip.has("xl/styles.xml")) {
    if (auto st = zip.read("xl/styles.xml", err)) {
      std::map<int, bool> custom;  // numFmtId -> shows a date
      Xml x(*st);
      bool in_xfs = false;
      for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next()) {
        if (ev.name == "cellXfs") in_xfs = ev.kind == XmlEvent::Start && !ev.empty;
        if (ev.kind != XmlEvent::Start) continue;
        if (ev.name == "numFmt") {
          auto* id = Xml::attr(ev, "numFmtId");
          auto* code = Xml::attr(ev, "formatCode");
          if (!id || !code) continue;
          bool date = false, quoted = false, bracket = false;
          for (char ch : *code) {  // y, d or m outside quotes and brackets (「[红色]」「"件"」)
            if (ch == '"') quoted = !quoted;
            else if (ch == '[') bracket = true;
            else if (ch == ']') bracket = false;
            else if (!quoted && !bracket && (ch == 'y' || ch == 'Y' || ch == 'd' || ch == 'D')) date = true;
          }
          custom[std::atoi(id->c_str())] = date;
        } else if (ev.name == "xf" && in_xfs) {
          auto* id = Xml::attr(ev, "numFmtId");
          int n = id ? std::atoi(id->c_str()) : 0;
          bool builtin = (n >= 14 && n <= 17) || n == 22 || (n >= 27 && n <= 36) || (n >= 50 && n <= 58);
          date_style.push_back(custom.count(n) ? custom[n] : builtin);
        }
      }
    }
  }
  // A serial number of the 1900 date system as the date it shows (Excel counts a 29 February
  // 1900 that never was).
  auto serial_date = [](long serial) {
    long days = serial > 60 ? serial - 1 : serial;  // from 31 December 1899
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    long z = days - 25568 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2);
    return fmt::format("{}年{}月{}日", y, m, d);
  };
  RenderBuffer doc;
  for (auto& entry : sheets) {
    const std::string& sheet = entry.first;
    const std::string& id = entry.second;
    auto part = targets.count(id) ? targets[id] : "";
    auto xml = zip.read(part, err);
    if (!xml) return "not a readable Excel (.xlsx) file: " + err;
    doc.newline();
    put_text(doc, sheet);
    doc.newline();
    Xml x(*xml);
    std::string ref, type, value;
    bool in_v = false, in_t = false, dated = false;
    // A cell holding a formula (<f>) with no value stored beside it (a workbook written by a
    // program that never calculated it): its figure is unknown, not empty. It is shown as words,
    // so that a table reads the cell as unreadable and leaves its relations unchecked, where an
    // empty cell would be taken for a blank (and a row's 总计 column for 0).
    bool formula = false;
    // Where a writer leaves out a cell's or a row's reference (r is optional: a cell without one
    // is the one after the cell before it, a row without one the one after the row before it),
    // the position is counted, so that the cells stay in their columns.
    int row_no = 0, next_col = 1;
    std::vector<std::pair<int, std::pair<std::string, std::string>>> row;  // column, (ref, text)
    auto column_of = [](const std::string& r) {
      int c = 0;
      for (char ch : r) {
        if (ch < 'A' || ch > 'Z') break;
        c = c * 26 + (ch - 'A' + 1);
        if (c > 16384) break;
      }
      return c;
    };
    auto column_name = [](int c) {
      std::string s;
      for (; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
      return s;
    };
    auto flush_row = [&] {
      if (row.empty()) return;
      doc.newline();
      int col = 1;
      for (auto& [c, cell] : row) {
        for (; col < c && col < 16384; ++col) doc.put(U'\t', kNoSource);
        auto idx = static_cast<std::int32_t>(doc.out.cells.size());
        doc.out.cells.push_back(sheet + "!" + cell.first);
        RenderBuffer one;
        put_text(one, cell.second);
        doc.append(one, idx);
      }
      doc.newline();
      row.clear();
    };
    for (XmlEvent ev = x.next(); ev.kind != XmlEvent::Done; ev = x.next()) {
      if (doc.size() > max_bytes) return fmt::format("the text of this Excel file is longer than the limit of {} characters", max_bytes);
      if (ev.kind == XmlEvent::Text) {
        if (in_v || in_t) value += ev.text;
        continue;
      }
      bool start = ev.kind == XmlEvent::Start;
      if (ev.name == "row" && start) {
        auto* r = Xml::attr(ev, "r");
        long n = r ? std::strtol(r->c_str(), nullptr, 10) : 0;
        row_no = n > 0 && n <= 1048576 ? static_cast<int>(n) : row_no + 1;
        next_col = 1;
      }
      if (ev.name == "row" && !start) flush_row();
      else if (ev.name == "c") {
        if (start) {
          auto* r = Xml::attr(ev, "r");
          auto* t = Xml::attr(ev, "t");
          auto* sx = Xml::attr(ev, "s");
          const long style = sx ? std::strtol(sx->c_str(), nullptr, 10) : -1;
          dated = style >= 0 && static_cast<std::size_t>(style) < date_style.size() && date_style[static_cast<std::size_t>(style)];
          ref = r ? *r : "";
          if (column_of(ref) <= 0 && next_col <= 16384) ref = column_name(next_col) + std::to_string(row_no);
          next_col = column_of(ref) + 1;
          type = t ? *t : "";
          value.clear();
          formula = false;
        }
        if (!start || ev.empty) {
          std::string shown = value;
          if (type == "s") {
            char* end = nullptr;
            long k = std::strtol(value.c_str(), &end, 10);
            shown = k >= 0 && static_cast<std::size_t>(k) < shared.size() ? shared[k] : "";
          } else if (type == "b") {
            shown = value == "1" ? "TRUE" : "FALSE";
          } else if (type.empty() || type == "n") {
            if (shown.size() > 2 && shown.compare(shown.size() - 2, 2, ".0") == 0) shown.resize(shown.size() - 2);
            char* end = nullptr;
            const double serial = std::strtod(shown.c_str(), &end);
            if (dated && !shown.empty() && end && *end == '\0' && serial >= 1 && serial < 2958466)
              shown = serial_date(static_cast<long>(serial));
          }
          if (shown.empty() && formula) shown = kUnstoredFormula;
          int c = column_of(ref);
          if (!shown.empty() && c > 0 && (row.empty() || c > row.back().first)) row.push_back({c, {ref, shown}});
        }
      } else if (ev.name == "f") {
        formula = formula || start;
      } else if (ev.name == "v") {
        in_v = start && !ev.empty;
      } else if (ev.name == "t") {
        in_t = start && !ev.empty;
      }
    }
    flush_row();
  }
  out = std::move(doc.out);
  return std::nullopt;
}

}  // namespace tally
