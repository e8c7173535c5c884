// Length-prefixed fields in a fixed order; versioned by a leading tag.
#include "rules/serialize.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace tally {
namespace {

constexpr std::string_view kTag = "tallypack12";

struct Writer {
  std::string out;
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out += s;
  }
  // The pattern, and what reading it found (its plain words, the words it cannot match
  // without, and for a pattern not of plain words all it needs: Regex::needs): worked out when
  // the pack is compiled, not by every run that loads it.
  void re(const RegexPtr& r) {
    if (!r) return u32(0);
    u32(1);
    str(r->pattern());
    strs(r->literals());
    strs(r->required());
    sketches(r->literal_sketches());
    sketches(r->required_sketches());
    if (!r->literals().empty()) return;  // (plain words need nothing more)
    // (In a field of its own: a reader may keep it aside, unread, until it is wanted.)
    Writer w;
    const auto& needs = r->needs();
    w.u32(static_cast<std::uint32_t>(needs.alternatives.size()));
    for (const auto& alt : needs.alternatives) {
      w.u32(static_cast<std::uint32_t>(alt.size()));
      for (const auto& piece : alt) w.piece(piece);
    }
    w.piece(needs.whole_words);
    str(w.out);
  }
  void piece(const Regex::Piece& p) {
    strs(p.words);
    sketches(p.sketches);
  }
  // Each as its five words, low byte first.
  void sketches(const std::vector<Sketch>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const Sketch& k : v)
      for (std::uint64_t w : {k.bits[0], k.bits[1], k.bits[2], k.bits[3], k.bytes}) {
        u32(static_cast<std::uint32_t>(w));
        u32(static_cast<std::uint32_t>(w >> 32));
      }
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (auto& s : v) str(s);
  }
  void pos(const SourcePos& p) {
    str(p.file);
    u32(static_cast<std::uint32_t>(p.line));
    u32(static_cast<std::uint32_t>(p.column));
  }
};

struct Reader {
  std::string_view in;
  bool lasting = false;  // `in` outlives what is read from it (see deserialize_pack)
  std::size_t at = 0;
  std::uint32_t u32() {
    if (at + 4 > in.size()) throw std::runtime_error("truncated pack");
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += 4;
    return v;
  }
  std::string str() { return std::string(view()); }
  std::string_view view() {
    auto n = u32();
    if (at + n > in.size()) throw std::runtime_error("truncated pack");
    std::string_view s = in.substr(at, n);
    at += n;
    return s;
  }
  // Patterns were validated when the pack was compiled; they are compiled again on first use.
  RegexPtr re() {
    if (!u32()) return nullptr;
    std::string pattern = str();
    std::vector<std::string> literals = strs();
    std::vector<std::string> required = strs();
    std::vector<Sketch> literal_sketches = sketches(literals.size());
    std::vector<Sketch> required_sketches = sketches(required.size());
    const bool plain = !literals.empty();
    auto re = std::make_shared<Regex>(std::move(pattern), std::move(literals), std::move(required), std::move(literal_sketches),
                                      std::move(required_sketches));
    if (plain) return re;
    const std::string_view needs = view();
    if (lasting) re->set_needs(needs, &Reader::needs);
    else re->set_needs(Reader::needs(needs));
    return re;
  }
  // A pattern's Regex::needs, as Writer::re stored them.
  static Regex::AllNeeds needs(std::string_view bytes) {
    Reader r{bytes};
    Regex::AllNeeds needs;
    needs.alternatives.resize(r.count());
    for (auto& alt : needs.alternatives) {
      alt.resize(r.count());
      for (auto& p : alt) p = r.piece();
    }
    needs.whole_words = r.piece();
    return needs;
  }
  Regex::Piece piece() {
    Regex::Piece p;
    p.words = strs();
    p.sketches = sketches(p.words.size());
    return p;
  }
  // A count of things each at least four bytes long (checked before room is made for them).
  std::size_t count() {
    const std::size_t n = u32();
    if (n > (in.size() - at) / 4) throw std::runtime_error("malformed pack");
    return n;
  }
  // As many sketches as the words they were made of.
  std::vector<Sketch> sketches(std::size_t words) {
    if (u32() != words) throw std::runtime_error("malformed pack");  // (before any room is made for them)
    std::vector<Sketch> v(words);
    static_assert(sizeof(Sketch) == 5 * sizeof(std::uint64_t));
    if constexpr (std::endian::native == std::endian::little) {  // (the bytes are the words: copied whole)
      if (at + v.size() * sizeof(Sketch) > in.size()) throw std::runtime_error("truncated pack");
      if (!v.empty()) std::memcpy(v.data(), in.data() + at, v.size() * sizeof(Sketch));
      at += v.size() * sizeof(Sketch);
    } else {
      for (Sketch& k : v)
        for (std::uint64_t* w : {&k.bits[0], &k.bits[1], &k.bits[2], &k.bits[3], &k.bytes}) {
          const std::uint64_t lo = u32();
          *w = lo | std::uint64_t{u32()} << 32;
        }
    }
    return v;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(u32());
    for (auto& s : v) s = str();
    return v;
  }
  SourcePos pos() {
    SourcePos p;
    p.file = str();
    p.line = static_cast<int>(u32());
    p.column = static_cast<int>(u32());
    return p;
  }
};

}  // namespace

std::string serialize_pack(const RulePack& p) {
  Writer w;
  w.str(std::string(kTag));
  for (auto* s : {&p.name, &p.title, &p.version, &p.description, &p.source, &p.content_hash}) w.str(*s);
  w.re(p.detect);
  w.re(p.exclude);
  w.u32(static_cast<std::uint32_t>(p.priority));
  w.u32(static_cast<std::uint32_t>(p.figures.size()));
  for (auto& f : p.figures) {
    w.str(f.name);
    w.re(f.label);
    w.re(f.not_label);
    w.re(f.context);
    w.re(f.not_before);
    w.re(f.not_beside);
    w.re(f.named);
    w.strs(f.units);
    w.u32(static_cast<std::uint32_t>(f.scope));
    w.u32((f.total ? 1 : 0) | (f.percent ? 2 : 0) | (f.required ? 4 : 0) | (f.carry_year < 0 ? 8 : 0) | (f.carry_year > 0 ? 16 : 0));
    w.str(f.description);
    w.pos(f.pos);
  }
  w.u32(static_cast<std::uint32_t>(p.checks.size()));
  for (auto& c : p.checks) {
    w.str(c.id);
    w.u32(static_cast<std::uint32_t>(c.kind));
    w.u32(static_cast<std::uint32_t>(c.severity));
    for (auto* s : {&c.title, &c.description, &c.rationale, &c.example, &c.message, &c.expr_source, &c.figure}) w.str(*s);
    w.strs(c.whole);
    w.strs(c.parts);
    w.u32(static_cast<std::uint32_t>(c.relation));
    w.u32((c.missing_zero ? 1 : 0) | (c.anchor_after ? 2 : 0) | (c.cohesive ? 4 : 0) | (c.adjacent ? 8 : 0) | (c.per_sentence ? 16 : 0) | (c.alone ? 32 : 0));
    w.u32(static_cast<std::uint32_t>(c.min_parts));
    w.strs(c.needs);
    w.u32(static_cast<std::uint32_t>(c.rounding));
    w.re(c.skip_parts);
    w.re(c.other_whole);
    w.re(c.other_parts);
    w.re(c.other_when);
    w.re(c.unless);
    w.str(c.table);
    w.u32(static_cast<std::uint32_t>(c.each));
    w.str(c.blame);
    w.strs(c.cells);
    w.pos(c.pos);
  }
  w.u32(static_cast<std::uint32_t>(p.tables.size()));
  for (auto& t : p.tables) {
    w.str(t.name);
    w.str(t.title);
    w.re(t.start);
    w.strs(t.columns);
    w.strs(t.column_labels);
    w.strs(t.header);
    w.u32(static_cast<std::uint32_t>(t.rows.size()));
    for (auto& row : t.rows) {
      w.str(row.name);
      w.re(row.label);
      w.u32((row.values ? 1 : 0) | (row.optional ? 2 : 0));
    }
    w.pos(t.pos);
  }
  return w.out;
}

namespace {
RulePack read_head(Reader& r) {
  if (r.str() != kTag) throw std::runtime_error("not a compiled tally pack");
  RulePack p;
  for (auto* s : {&p.name, &p.title, &p.version, &p.description, &p.source, &p.content_hash}) *s = r.str();
  p.detect = r.re();
  p.exclude = r.re();
  p.priority = static_cast<int>(r.u32());
  return p;
}
}  // namespace

RulePack deserialize_pack_head(std::string_view bytes, bool lasting) {
  Reader r{bytes, lasting};
  return read_head(r);
}

RulePack deserialize_pack(std::string_view bytes, bool lasting) {
  Reader r{bytes, lasting};
  RulePack p = read_head(r);
  p.figures.resize(r.u32());
  for (auto& f : p.figures) {
    f.name = r.str();
    f.label = r.re();
    f.not_label = r.re();
    f.context = r.re();
    f.not_before = r.re();
    f.not_beside = r.re();
    f.named = r.re();
    f.units = r.strs();
    f.scope = static_cast<Scope>(r.u32());
    auto flags = r.u32();
    f.total = flags & 1;
    f.percent = flags & 2;
    f.required = flags & 4;
    f.carry_year = (flags & 8) ? -1 : (flags & 16) ? 1 : 0;
    f.description = r.str();
    f.pos = r.pos();
  }
  p.index_figures();
  p.checks.resize(r.u32());
  for (auto& c : p.checks) {
    c.id = r.str();
    const uint32_t kind = r.u32();
    if (kind > static_cast<uint32_t>(CheckKind::Ordinals)) throw std::runtime_error("compiled tally pack: unknown check kind");
    c.kind = static_cast<CheckKind>(kind);
    c.severity = static_cast<Severity>(r.u32());
    for (auto* s : {&c.title, &c.description, &c.rationale, &c.example, &c.message, &c.expr_source, &c.figure}) *s = r.str();
    c.whole = r.strs();
    c.parts = r.strs();
    c.relation = static_cast<Relation>(r.u32());
    auto flags = r.u32();
    c.missing_zero = flags & 1;
    c.anchor_after = flags & 2;
    c.cohesive = flags & 4;
    c.adjacent = flags & 8;
    c.per_sentence = flags & 16;
    c.alone = flags & 32;
    c.min_parts = static_cast<int>(r.u32());
    c.needs = r.strs();
    c.rounding = static_cast<Rounding>(r.u32());
    c.skip_parts = r.re();
    c.other_whole = r.re();
    c.other_parts = r.re();
    c.other_when = r.re();
    c.unless = r.re();
    c.table = r.str();
    c.each = static_cast<Each>(r.u32());
    c.blame = r.str();
    c.cells = r.strs();
    c.pos = r.pos();
    ExprError err;
    if (!c.expr_source.empty()) {
      c.expr = parse_expr(c.expr_source, err);
      if (!c.expr) throw std::runtime_error("bad expression in compiled pack");
    }
    for (auto& src : c.cells) {
      c.cell_exprs.push_back(parse_expr(src, err));
      if (!c.cell_exprs.back()) throw std::runtime_error("bad expression in compiled pack");
    }
  }
  p.tables.resize(r.u32());
  for (auto& t : p.tables) {
    t.name = r.str();
    t.title = r.str();
    t.start = r.re();
    t.columns = r.strs();
    t.column_labels = r.strs();
    t.header = r.strs();
    t.rows.resize(r.u32());
    for (auto& row : t.rows) {
      row.name = r.str();
      row.label = r.re();
      auto flags = r.u32();
      row.values = flags & 1;
      row.optional = flags & 2;
    }
    t.pos = r.pos();
  }
  return p;
}

}  // namespace tally
