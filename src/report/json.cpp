// The JSON output contract (DESIGN.md, "Findings and outputs"), and the audit record: per file
// every rule considered with its outcome, and for the run the packs (version, content hash)
// and the options, so a run can be reproduced. Written as it is walked, with the layout of a
// two-space pretty printer; nlohmann-json built the same text from a tree, five times slower.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "report/report.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

constexpr std::size_t kPieceSize = 48;
// A stretch of fixed text made at compile time (RecordFrame), in a buffer of a fixed size.
struct Piece {
  std::array<char, kPieceSize> text{};
  std::size_t size = 0;
  constexpr Piece& add(std::string_view v) {
    for (char c : v) text[size++] = c;
    return *this;
  }
  constexpr Piece& spaces(std::size_t k) {
    while (k-- > 0) text[size++] = ' ';
    return *this;
  }
};
// An outcome record's fixed text at indent N (its fields at N + 2): before its rule (past the
// first byte, the comma, for the array's first item), after the rule, before the line, before
// the reason (after the line, past the first byte, the quote that closes a string), and its
// end (after the line, past the first byte too).
template <std::size_t N>
struct RecordFrame {
  static_assert(2 * N + 15 <= kPieceSize);  // (the longest, open)
  static constexpr Piece open = Piece{}.add(",\n").spaces(N).add("{\n").spaces(N + 2).add("\"rule\": \"");
  static constexpr Piece outcome = Piece{}.add("\",\n").spaces(N + 2).add("\"outcome\": \"");
  static constexpr Piece line = Piece{}.add("\",\n").spaces(N + 2).add("\"line\": ");
  static constexpr Piece reason = Piece{}.add("\",\n").spaces(N + 2).add("\"reason\": \"");
  static constexpr Piece close = Piece{}.add("\"\n").spaces(N).add("}");
};

// Writes one value tree in the layout of a two-space pretty printer, indented by `base` spaces,
// straight into a string: a file's record is written as it is walked, with no tree built first
// (the tree and its destruction took a fifth of a batch's time). Strings are escaped as JSON
// requires; bytes that are not UTF-8 (a file name, say) become U+FFFD.
class Pretty {
 public:
  Pretty(std::string& out, int base) : out_(out), base_(base) { pad(base_); }
  Pretty& open(char c) {
    char buf[kBreakSize + 1];
    std::size_t at = separator(buf);
    buf[at] = c;
    out_.append(buf, at + 1);
    stack_.push_back({c, 0});
    return *this;
  }
  Pretty& close() {
    auto top = stack_.back();
    stack_.pop_back();
    const int n = base_ + 2 * static_cast<int>(stack_.size());
    char buf[kBreakSize + 1];
    std::size_t at = 0;
    if (top.items && static_cast<std::size_t>(n) <= kMaxPad) at = break_into(buf, false, n);
    else if (top.items) line_break(false, n);
    buf[at] = top.kind == '{' ? '}' : ']';
    out_.append(buf, at + 1);
    return *this;
  }
  Pretty& key(std::string_view k) {
    item();
    string(k, ": ");
    keyed_ = true;
    return *this;
  }
  Pretty& str(std::string_view v) {
    item();
    string(v);
    return *this;
  }
  Pretty& num(long long v) {
    char buf[kBreakSize + kMaxDigits];
    std::size_t at = separator(buf);
    out_.append(buf, digits(buf, at, v));
    return *this;
  }
  Pretty& field(std::string_view k, std::string_view v) { return key(k).str(v); }
  Pretty& field(std::string_view k, long long v) { return key(k).num(v); }
  // A key written in this file ("rule", "line"…): plain ASCII, copied without a look for
  // what to escape.
  // (The separator before it, the key and, in a field, a short plain value or a number go to
  // the output in one append: a record's fields are most of what is written.)
  template <std::size_t N>
  Pretty& key(const char (&k)[N]) {
    char buf[kBreakSize + N + 3];
    out_.append(buf, key_into(buf, k));
    keyed_ = true;
    return *this;
  }
  template <std::size_t N>
  Pretty& field(const char (&k)[N], std::string_view v) {
    if (v.size() > kShort || plain_until(v, 0) != v.size()) return key(k).str(v);
    char buf[kBreakSize + N + 3 + kShort + 2];
    std::size_t at = key_into(buf, k);
    buf[at] = '"';
    // (memcpy is never given an empty view's data: it may be null.)
    if (!v.empty()) std::memcpy(buf + at + 1, v.data(), v.size());
    buf[at + v.size() + 1] = '"';
    out_.append(buf, at + v.size() + 2);
    return *this;
  }
  template <std::size_t N>
  Pretty& field(const char (&k)[N], long long v) {
    char buf[kBreakSize + N + 3 + kMaxDigits];
    out_.append(buf, digits(buf, key_into(buf, k), v));
    return *this;
  }
  // One check's outcome record, {"rule", "outcome", then "line" and "reason" when there are},
  // as the next item of the array open: the bytes open(), field() and close() would write, put
  // together in one buffer and appended once. (A record per check of every pack in every
  // report is most of what a file's record holds.) Its fixed text, at the indent N it is
  // written at (that of the file's "checks"), is made at compile time and copied in pieces
  // of known sizes. A string to escape, a record too long for the buffer, or another indent,
  // goes the long way.
  template <std::size_t N>
  Pretty& outcome(std::string_view rule, std::string_view status, int line, std::string_view reason) {
    const std::size_t n = static_cast<std::size_t>(base_ + 2 * static_cast<int>(stack_.size()));  // the record's indent
    if (n != N || keyed_ || stack_.empty() || rule.size() + reason.size() + status.size() > kRecordText ||
        plain_until(rule, 0) != rule.size() || plain_until(reason, 0) != reason.size()) {
      open('{');
      field("rule", rule).field("outcome", status);
      if (line) field("line", line);
      if (!reason.empty()) field("reason", reason);
      return close();
    }
    using F = RecordFrame<N>;
    char buf[kRecordText + 4 * sizeof(Piece) + kMaxDigits];
    std::size_t at = 0;
    // (Each piece whole, or past its first byte: both of a size known here.)
    auto piece = [&](const Piece& p, bool whole) {
      if (whole) std::memcpy(buf + at, p.text.data(), sizeof p.text), at += p.size;
      else std::memcpy(buf + at, p.text.data() + 1, sizeof p.text - 1), at += p.size - 1;
    };
    auto put = [&](std::string_view v) {
      if (!v.empty()) std::memcpy(buf + at, v.data(), v.size());
      at += v.size();
    };
    piece(F::open, stack_.back().items++ != 0);
    put(rule);
    piece(F::outcome, true);
    put(status);
    if (line) {
      piece(F::line, true);
      at = digits(buf, at, line);
    }
    if (!reason.empty()) {
      piece(F::reason, !line);
      put(reason);
    }
    piece(F::close, reason.empty() ? !line : true);
    out_.append(buf, at);
    return *this;
  }

 private:
  static constexpr std::size_t kRecordText = 512;  // (outcome: the record's strings together)
  struct Level {
    char kind;
    int items;
  };
  void pad(int n) { out_.append(static_cast<std::size_t>(n), ' '); }
  // A new line (after a comma when `comma`) indented by `n`: one append of a stretch of this.
  static constexpr std::size_t kMaxPad = 64;
  static constexpr std::array<char, 2 + kMaxPad> kBreak = [] {
    std::array<char, 2 + kMaxPad> b{};
    b[0] = ',';
    b[1] = '\n';
    for (std::size_t k = 2; k < b.size(); ++k) b[k] = ' ';
    return b;
  }();
  static constexpr std::size_t kBreakSize = 2 + kMaxPad;  // room for a separator (separator)
  static constexpr std::size_t kMaxDigits = 20;            // and for a long long
  void line_break(bool comma, int n) {
    if (static_cast<std::size_t>(n) <= kMaxPad) {
      out_.append(kBreak.data() + (comma ? 0 : 1), (comma ? 2 : 1) + static_cast<std::size_t>(n));
      return;
    }
    out_ += comma ? ",\n" : "\n";
    pad(n);
  }
  // The same into buf (n at most kMaxPad); its length.
  static std::size_t break_into(char* buf, bool comma, int n) {
    const std::size_t len = (comma ? 2 : 1) + static_cast<std::size_t>(n);
    std::memcpy(buf, kBreak.data() + (comma ? 0 : 1), len);
    return len;
  }
  // What item() writes, into buf (kBreakSize bytes); its length. (A separator deeper than
  // kMaxPad is appended to the output as item() does, and nothing is put in buf.)
  std::size_t separator(char* buf) {
    if (keyed_ || stack_.empty() || static_cast<std::size_t>(base_ + 2 * static_cast<int>(stack_.size())) > kMaxPad) {
      item();
      return 0;
    }
    return break_into(buf, stack_.back().items++ != 0, base_ + 2 * static_cast<int>(stack_.size()));
  }
  // The separator and "k": into buf; its length.
  template <std::size_t N>
  std::size_t key_into(char* buf, const char (&k)[N]) {
    std::size_t at = separator(buf);
    buf[at] = '"';
    std::memcpy(buf + at + 1, k, N - 1);
    std::memcpy(buf + at + N, "\": ", 3);
    return at + N + 3;
  }
  // v in decimal, as fmt's "{}" writes it, at buf + at (kMaxDigits bytes); the length of buf.
  static std::size_t digits(char* buf, std::size_t at, long long v) {
    return static_cast<std::size_t>(std::to_chars(buf + at, buf + at + kMaxDigits, v).ptr - buf);
  }
  // Before a value or key: a separator and a new line inside a container, nothing after a key.
  void item() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (stack_.empty()) return;
    line_break(stack_.back().items++ != 0, base_ + 2 * static_cast<int>(stack_.size()));
  }
  // Bytes copied as they are: printable ASCII other than the quote and the backslash. A
  // table lookup per byte, as every string of the record passes through here.
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
    return t;
  }();
  // Are the 8 bytes at p all plain? Tested together, as words of the bytes: none has its high
  // bit set, none is below 0x20 (subtracting 0x20 borrows into the high bit), and none is a
  // quote or a backslash (its XOR with that byte is zero, which subtracting 1 also shows).
  static bool plain8(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101, kHigh = 0x8080808080808080;
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    auto zero_byte = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
    return ((w | (w - 0x20 * kOnes) | zero_byte(w ^ ('"' * kOnes)) | zero_byte(w ^ ('\\' * kOnes))) & kHigh) == 0;
  }
  // Are the 6 bytes at p (8 readable) two well-formed three-byte characters (most of the text
  // of a Chinese message)? Lead bytes E1–EC or EE–EF, which take any continuation byte after
  // them (E0 and ED restrict the next one: valid_utf8_at tells those).
  static bool cjk2(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    if constexpr (std::endian::native != std::endian::little) return false;
    if ((w & 0x0000C0C0F0C0C0F0ULL) != 0x00008080E08080E0ULL) return false;
    auto lead_ok = [](unsigned b) { return b != 0xE0 && b != 0xED; };
    return lead_ok(static_cast<unsigned>(w & 0xFF)) && lead_ok(static_cast<unsigned>((w >> 24) & 0xFF));
  }
  // The string quoted, then `after`.
  // From `i` on, the end of the bytes copied as they are (printable ASCII other than the quote
  // and the backslash, and well-formed UTF-8).
  static std::size_t plain_until(std::string_view v, std::size_t i) {
#if defined(__SSE2__)
    // (First ASCII sixteen bytes at a time, the last sixteen together, to the first byte that
    // is not printable ASCII, if any: rule ids, reasons, numbers. Compared as signed bytes, one
    // from 0x80 up is below 0x20 too; the loop below reads on from there.)
    if (i + 16 <= v.size()) {
      const __m128i low = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
      auto stop = [&](const char* p) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        return static_cast<unsigned>(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmplt_epi8(x, low), _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)))));
      };
      unsigned m = 0;
      for (; i + 16 <= v.size(); i += 16)
        if ((m = stop(v.data() + i)) != 0) break;
      if (m != 0) {
        i += static_cast<std::size_t>(std::countr_zero(m));
      } else if (i < v.size()) {
        const std::size_t last = v.size() - 16;
        m = stop(v.data() + last);
        if (m == 0) return v.size();
        i = std::max(i, last + static_cast<std::size_t>(std::countr_zero(m)));
      }
    }
#endif
    while (i < v.size()) {
      if (i + 8 <= v.size() && plain8(v.data() + i)) {
        i += 8;
        continue;
      }
      // (The last bytes, fewer than 8, with the 8 that end the string: most strings are ASCII
      // of no length in eights, and their last bytes one at a time cost as much as the rest.)
      if (i + 8 > v.size() && v.size() >= 8 && plain8(v.data() + v.size() - 8)) return v.size();
      auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80 && i + 8 <= v.size() && cjk2(v.data() + i)) {
        i += 6;
        continue;
      }
      std::size_t len = kPlain[c] ? 1 : c >= 0x80 ? text::valid_utf8_at(v, i) : 0;
      if (len == 0) break;
      i += len;
    }
    return i;
  }
  // The string quoted, then `after`.
  void string(std::string_view v, std::string_view after = {}) {
    std::size_t i = plain_until(v, 0);
    // Nearly every string is short and needs no escape: then it goes in one append, quotes
    // and all, instead of three.
    // (memcpy is never given an empty view's data: it may be null.)
    if (i == v.size() && v.size() <= kShort && after.size() <= 6) {
      char buf[kShort + 8];
      buf[0] = '"';
      if (!v.empty()) std::memcpy(buf + 1, v.data(), v.size());
      buf[v.size() + 1] = '"';
      if (!after.empty()) std::memcpy(buf + v.size() + 2, after.data(), after.size());
      out_.append(buf, v.size() + 2 + after.size());
      return;
    }
    out_ += '"';
    std::size_t plain = 0;  // v[plain, i) is copied as it is, in one piece
    while (i < v.size()) {
      out_.append(v.data() + plain, i - plain);
      auto c = static_cast<unsigned char>(v[i]);
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default:
          if (c >= 0x80) out_ += "\xEF\xBF\xBD";  // not UTF-8
          else fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
      }
      plain = ++i;
      i = plain_until(v, i);
    }
    out_.append(v.data() + plain, i - plain);
    out_ += '"';
    out_ += after;
  }
  static constexpr std::size_t kShort = 120;  // (`after` is at most two characters)
  std::string& out_;
  int base_;
  std::vector<Level> stack_;
  bool keyed_ = false;
};

void location(Pretty& p, const Document* d, Span s, const std::string* message) {
  p.open('{');
  if (!d) {
    p.field("line", 1).field("column", 1).field("end_line", 1).field("end_column", 1);
  } else {
    auto l = d->location(s);
    p.field("line", l.line).field("column", l.column).field("end_line", l.end_line).field("end_column", l.end_column);
    if (!l.cell.empty()) p.field("cell", l.cell);
  }
  if (message) p.field("message", *message);
  p.close();
}

// One file's record: what it is, the summary, every finding and every check's outcome.
void write_file(std::string& out, const CheckedFile& cf) {
  const auto& res = cf.result;
  const Document* doc = cf.doc.get();
  // (Room for the usual record at once, rather than growing it a doubling at a time: an outcome
  // takes about a hundred bytes, a finding with its related figures about a thousand.)
  out.reserve(out.size() + 1024 + 128 * res.outcomes.size() + 1024 * res.findings.size());
  Pretty p(out, 4);
  p.open('{');
  p.field("path", res.path).field("encoding", res.encoding);
  if (doc) p.field("format", doc->format);
  p.key("packs").open('[');
  for (const auto& name : res.packs) p.str(name);
  p.close();
  if (!res.previous.empty()) p.field("previous", res.previous);
  auto t = count(res);
  p.key("summary").open('{');
  p.field("figures", res.figures).field("checks", static_cast<long long>(res.outcomes.size()));
  p.field("passed", t.passed).field("failed", t.failed).field("skipped", t.skipped);
  p.field("errors", t.errors).field("warnings", t.warnings).field("notes", t.notes).field("suppressed", t.suppressed);
  p.close();
  if (res.read_failed) {
    p.key("error").open('{');
    p.field("message", res.error).field("line", res.error_line).field("column", res.error_column);
    p.close();
  }
  p.key("findings").open('[');
  for (const auto& x : res.findings) {
    p.open('{');
    p.field("rule", x.rule).field("severity", severity_name(x.severity)).field("message", x.message);
    p.key("location");
    location(p, doc, x.primary, nullptr);
    p.key("related").open('[');
    for (const auto& rr : x.related) location(p, doc, rr.span, &rr.message);
    p.close();
    p.field("expected", x.expected).field("actual", x.actual).field("suggestion", x.suggestion).field("fingerprint", x.fingerprint);
    if (x.suppressed) p.key("suppressed").open('{').field("justification", x.justification).close();
    p.close();
  }
  p.close();
  p.key("checks").open('[');
  for (const auto& o : res.outcomes)
    p.outcome<8>(o.rule, o.status == Status::Passed ? "passed" : o.status == Status::Failed ? "failed" : "skipped", o.line, o.reason);
  p.close();
  p.close();
}

class JsonWriter : public Writer {
 public:
  JsonWriter(std::ostream& os, const RunInfo& run) : os_(os), run_(run) {}
  void begin() override {
    // The run: options as given, the configuration, every pack with its version and hash.
    std::string run;
    Pretty p(run, 2);
    p.open('{');
    p.key("options").open('{');
    for (auto& [k, v] : run_.options) p.field(k, v);
    p.close();
    if (!run_.config.empty()) p.field("config", run_.config);
    p.key("packs").open('[');
    for (auto* pack : run_.packs) p.open('{').field("name", pack->name).field("version", pack->version).field("hash", pack->content_hash).close();
    p.close();
    p.close();
    os_ << "{\n  \"tool\": {\"name\":\"tally\",\"version\":\"" TALLY_VERSION "\"},\n  \"run\": " << std::string_view(run).substr(2)
        << ",\n  \"files\": [";
  }
  void file(const CheckedFile& cf) override {
    os_ << (first_ ? "\n" : ",\n");
    emit(os_, cf);
    first_ = false;
  }
  void end() override { os_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

 protected:
  bool renders_alone() const override { return true; }
  void render_file(const CheckedFile& cf, std::string& out) const override { write_file(out, cf); }

 private:
  std::ostream& os_;
  const RunInfo& run_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Writer> make_json_writer(std::ostream& os, const RunInfo& run) { return std::make_unique<JsonWriter>(os, run); }

}  // namespace tally
