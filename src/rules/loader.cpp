// Reads rule packs with yaml-cpp and validates every key, type, regex and name.
#include "rules/loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

namespace tally {
namespace {

constexpr std::size_t kMaxRuleFile = 1u << 20;

struct Fail {
  LoadError err;
};

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const YAML::Node& n, const std::string& msg) const {
    LoadError e{file_, 0, 0, msg};
    if (n.IsDefined()) {
      e.line = n.Mark().line + 1;
      e.column = n.Mark().column + 1;
    }
    throw Fail{e};
  }
  [[noreturn]] void fail_at(const YAML::Mark& m, const std::string& msg) const {
    throw Fail{LoadError{file_, m.line + 1, m.column + 1, msg}};
  }

  // Refuses keys outside `allowed` and keys given twice.
  void keys(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& what) const {
    if (!map.IsMap()) fail(map, what + " must be a mapping");
    std::set<std::string> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (!it->first.IsScalar()) fail(it->first, "keys must be plain words");
      auto k = it->first.Scalar();
      if (!seen.insert(k).second) fail(it->first, "duplicate key '" + k + "' in " + what);
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
        std::string list;
        for (auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        fail(it->first, "unknown key '" + k + "' in " + what + " (allowed: " + list + ")");
      }
    }
  }
  std::string str(const YAML::Node& n, const std::string& key) const {
    if (!n.IsScalar()) fail(n, "'" + key + "' must be a string");
    return n.Scalar();
  }
  bool boolean(const YAML::Node& n, const std::string& key) const {
    auto s = str(n, key);
    if (s == "true" || s == "yes") return true;
    if (s == "false" || s == "no") return false;
    fail(n, "'" + key + "' must be true or false");
  }
  int integer(const YAML::Node& n, const std::string& key) const {
    auto s = str(n, key);
    try {
      std::size_t used = 0;
      int v = std::stoi(s, &used);
      if (used == s.size()) return v;
    } catch (...) {
    }
    fail(n, "'" + key + "' must be a whole number");
  }
  std::vector<std::string> list(const YAML::Node& n, const std::string& key) const {
    std::vector<std::string> out;
    if (n.IsScalar()) {
      out.push_back(n.Scalar());
    } else if (n.IsSequence()) {
      for (auto x : n) out.push_back(str(x, key));
    } else {
      fail(n, "'" + key + "' must be a string or a list of strings");
    }
    return out;
  }
  RegexPtr regex(const YAML::Node& n, const std::string& key) const {
    auto s = str(n, key);
    auto re = std::make_shared<Regex>(s);
    if (!re->get().ok()) fail(n, "bad regular expression in '" + key + "': " + re->get().error());
    return re;
  }
  SourcePos pos(const YAML::Node& n) const { return {file_, n.Mark().line + 1, n.Mark().column + 1}; }

 private:
  std::string file_;
};

Severity parse_severity(const Reader& r, const YAML::Node& n) {
  auto s = r.str(n, "severity");
  if (s == "error") return Severity::Error;
  if (s == "warning") return Severity::Warning;
  if (s == "note") return Severity::Note;
  r.fail(n, "severity must be error, warning or note, not '" + s + "'");
}

CheckKind parse_kind(const Reader& r, const YAML::Node& n) {
  auto s = r.str(n, "kind");
  static const std::pair<const char*, CheckKind> kinds[] = {
      {"assert", CheckKind::Assert},       {"share", CheckKind::Share},         {"share_total", CheckKind::ShareTotal},
      {"list_breakdown", CheckKind::ListBreakdown}, {"breakdown", CheckKind::Breakdown}, {"restated", CheckKind::Restated},
      {"outline", CheckKind::Outline},     {"table", CheckKind::Table},         {"table_complete", CheckKind::TableComplete},
      {"change", CheckKind::Change},       {"repeated", CheckKind::Repeated}, {"parts", CheckKind::Parts},
      {"period", CheckKind::Period}, {"items", CheckKind::Items}, {"ordinals", CheckKind::Ordinals}};
  for (auto [name, k] : kinds)
    if (s == name) return k;
  r.fail(n, "unknown check kind '" + s + "' (known: assert, share, share_total, list_breakdown, breakdown, restated, outline, table, table_complete, change, repeated, parts, period, items, ordinals)");
}

std::string hash_hex(const std::string& s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

// Refuses pathological nesting before yaml-cpp recurses into it.
void check_nesting(const Reader& r, const std::string& yaml) {
  int depth = 0, worst = 0;
  std::size_t indent = 0;
  bool line_start = true;
  for (char c : yaml) {
    if (c == '\n') { line_start = true; indent = 0; continue; }
    if (line_start && (c == ' ' || c == '-')) { ++indent; continue; }
    line_start = false;
    if (c == '[' || c == '{') worst = std::max(worst, ++depth);
    if (c == ']' || c == '}') --depth;
    if (indent > 256 || worst > 64) {
      YAML::Mark m;
      r.fail_at(m, "rule file nests deeper than 64 levels");
    }
  }
}

void check_name(const Reader& r, const YAML::Node& key, const std::string& name, const char* what) {
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'))
      r.fail(key, std::string(what) + " name '" + name + "' may use only letters, digits, '_' and '.'");
}

// tables: {name: {title, start, header: [words], columns: {name: label, ...}, rows: {name: label | {label, values}}}}
std::vector<TableDef> read_tables(const Reader& r, const YAML::Node& node) {
  std::vector<TableDef> out;
  if (!node.IsMap()) r.fail(node, "'tables' must be a mapping of table names to table templates");
  for (auto it = node.begin(); it != node.end(); ++it) {
    TableDef t;
    t.name = r.str(it->first, "table name");
    check_name(r, it->first, t.name, "table");
    t.pos = r.pos(it->first);
    const YAML::Node def = it->second;
    r.keys(def, {"title", "start", "header", "columns", "rows"}, "table '" + t.name + "'");
    if (def["title"]) t.title = r.str(def["title"], "title");
    if (def["start"]) t.start = r.regex(def["start"], "start");
    if (def["header"]) t.header = r.list(def["header"], "header");
    auto cols = def["columns"];
    if (!cols || !cols.IsMap() || cols.size() == 0)
      r.fail(cols ? cols : def, "table '" + t.name + "' needs 'columns': a mapping of column names to their labels, in order");
    for (auto c = cols.begin(); c != cols.end(); ++c) {
      auto name = r.str(c->first, "column name");
      check_name(r, c->first, name, "column");
      if (t.column(name) >= 0) r.fail(c->first, "duplicate column '" + name + "'");
      t.columns.push_back(name);
      t.column_labels.push_back(r.str(c->second, "column label"));
    }
    auto rows = def["rows"];
    if (!rows || !rows.IsMap() || rows.size() == 0)
      r.fail(rows ? rows : def, "table '" + t.name + "' needs 'rows': a mapping of row names to label patterns, in order");
    for (auto rw = rows.begin(); rw != rows.end(); ++rw) {
      TableRow row;
      row.name = r.str(rw->first, "row name");
      check_name(r, rw->first, row.name, "row");
      if (t.row(row.name)) r.fail(rw->first, "duplicate row '" + row.name + "'");
      const YAML::Node v = rw->second;
      auto label = [&](const YAML::Node& n) { return r.regex(n, "label"); };
      if (v.IsScalar()) {
        row.label = label(v);
      } else {
        r.keys(v, {"label", "values"}, "row '" + row.name + "'");
        if (!v["label"]) r.fail(v, "row '" + row.name + "' needs a 'label' pattern");
        row.label = label(v["label"]);
        if (v["values"]) {
          auto s = r.str(v["values"], "values");
          if (s == "none") row.values = false;
          else if (s == "optional") row.optional = true;
          else if (s != "required") r.fail(v["values"], "values must be required, optional or none");
        }
      }
      t.rows.push_back(std::move(row));
    }
    out.push_back(std::move(t));
  }
  return out;
}

// A name in a restated cell expression: row.column, the row name possibly dotted itself.
bool valid_cell_name(const TableDef& t, const std::string& n) {
  auto dot = n.rfind('.');
  if (dot == std::string::npos) return false;
  const auto* row = t.row(n.substr(0, dot));
  return row && row->values && t.column(n.substr(dot + 1)) >= 0;
}

RulePack read_pack(const Reader& r, const YAML::Node& root, const std::string& yaml, const std::string& source) {
  r.keys(root, {"schema", "pack", "title", "version", "description", "detect", "exclude", "priority", "figures", "tables", "checks"},
         "the pack");
  if (!root["schema"]) r.fail(root, "missing 'schema: 1'");
  if (r.str(root["schema"], "schema") != "1") r.fail(root["schema"], "unsupported schema version (this tally reads schema 1)");
  RulePack p;
  p.source = source;
  p.content_hash = hash_hex(yaml);
  if (!root["pack"]) r.fail(root, "missing 'pack' (the pack's name)");
  p.name = r.str(root["pack"], "pack");
  if (root["title"]) p.title = r.str(root["title"], "title");
  p.version = root["version"] ? r.str(root["version"], "version") : "0";
  if (root["description"]) p.description = r.str(root["description"], "description");
  if (root["detect"]) p.detect = r.regex(root["detect"], "detect");
  if (root["exclude"]) p.exclude = r.regex(root["exclude"], "exclude");
  if (root["priority"]) p.priority = r.integer(root["priority"], "priority");

  if (auto figs = root["figures"]) {
    if (!figs.IsMap()) r.fail(figs, "'figures' must be a mapping of names to selectors");
    r.keys(figs, [&] {
      std::vector<std::string> all;
      for (auto it = figs.begin(); it != figs.end(); ++it) all.push_back(it->first.Scalar());
      return all;
    }(), "figures");
    for (auto it = figs.begin(); it != figs.end(); ++it) {
      const YAML::Node node = it->second;
      const YAML::Node key = it->first;
      FigureDef d;
      d.name = key.Scalar();
      d.pos = r.pos(key);
      check_name(r, key, d.name, "figure");
      r.keys(node, {"label", "not_label", "not_before", "not_beside", "context", "named", "unit", "in", "total", "percent", "required", "year", "description"},
             "figure '" + d.name + "'");
      if (node["label"]) d.label = r.regex(node["label"], "label");
      if (node["not_label"]) d.not_label = r.regex(node["not_label"], "not_label");
      if (node["context"]) d.context = r.regex(node["context"], "context");
      if (node["not_before"]) d.not_before = r.regex(node["not_before"], "not_before");
      if (node["not_beside"]) d.not_beside = r.regex(node["not_beside"], "not_beside");
      if (node["named"]) d.named = r.regex(node["named"], "named");
      if (!d.label && !d.context) r.fail(key, "figure '" + d.name + "' needs a 'label' or 'context' pattern");
      if (node["unit"]) d.units = r.list(node["unit"], "unit");
      if (node["in"]) {
        auto s = r.str(node["in"], "in");
        if (s == "prose") d.scope = Scope::Prose;
        else if (s == "table") d.scope = Scope::Table;
        else if (s == "any") d.scope = Scope::Any;
        else r.fail(node["in"], "'in' must be prose, table or any");
      }
      if (node["total"]) d.total = r.boolean(node["total"], "total");
      if (node["percent"]) d.percent = r.boolean(node["percent"], "percent");
      if (node["required"]) d.required = r.boolean(node["required"], "required");
      if (node["year"]) {
        auto s = r.str(node["year"], "year");
        if (s == "last") d.carry_year = -1;
        else if (s == "this") d.carry_year = 1;
        else r.fail(node["year"], "'year' must be last or this");
      }
      if (node["description"]) d.description = r.str(node["description"], "description");
      p.figures.push_back(std::move(d));
    }
  }
  p.index_figures();
  if (root["tables"]) p.tables = read_tables(r, root["tables"]);
  auto expand_in = [](const std::vector<std::string>& names, const std::string& n) {
    std::vector<std::string> out;
    if (!n.empty() && n.back() == '*') {
      auto prefix = n.substr(0, n.size() - 1);
      for (auto& f : names)
        if (f.rfind(prefix, 0) == 0) out.push_back(f);
    } else {
      out.push_back(n);
    }
    return out;
  };
  std::vector<std::string> figure_names;
  for (auto& f : p.figures) figure_names.push_back(f.name);
  auto expand = [&](const std::string& n) { return expand_in(figure_names, n); };
  auto known = [&](const std::string& n) { return p.figure(n) != nullptr; };

  auto checks = root["checks"];
  if (!checks || !checks.IsSequence()) r.fail(checks ? checks : root, "'checks' must be a list");
  std::set<std::string> ids;
  for (auto node : checks) {
    r.keys(node, {"id", "kind", "severity", "title", "description", "rationale", "example", "message", "expr", "whole",
                  "parts", "relation", "missing", "anchor", "cohesive", "adjacent", "unless", "min_parts", "needs", "figure", "skip_parts", "other_total", "rounding",
                  "sentence", "alone", "table", "each", "blame", "cells"},
           "a check");
    Check c;
    c.pos = r.pos(node);
    if (!node["id"]) r.fail(node, "a check needs an 'id'");
    c.id = r.str(node["id"], "id");
    if (!ids.insert(c.id).second) r.fail(node["id"], "duplicate check id '" + c.id + "'");
    if (!node["kind"]) r.fail(node, "check '" + c.id + "' needs a 'kind'");
    c.kind = parse_kind(r, node["kind"]);
    if (node["severity"]) c.severity = parse_severity(r, node["severity"]);
    for (auto [key, field] : {std::pair{"title", &c.title}, {"description", &c.description}, {"rationale", &c.rationale},
                              {"example", &c.example}, {"message", &c.message}})
      if (node[key]) *field = r.str(node[key], key);
    if (c.description.empty()) r.fail(node, "check '" + c.id + "' needs a 'description' (what it checks)");
    auto need = [&](const char* key) {
      if (!node[key]) r.fail(node, std::string("check '") + c.id + "' of kind " + check_kind_name(c.kind) + " needs '" + key + "'");
    };
    auto check_names = [&](const YAML::Node& at, const std::vector<std::string>& names) {
      for (auto& n : names) {
        auto ex = expand(n);
        if (ex.empty()) r.fail(at, "no figure matches '" + n + "'");
        for (auto& e : ex)
          if (!known(e)) r.fail(at, "unknown figure '" + e + "' (define it under 'figures')");
      }
    };
    switch (c.kind) {
      case CheckKind::Assert: {
        need("expr");
        auto src = r.str(node["expr"], "expr");
        ExprError err;
        c.expr_source = src;
        c.expr = parse_expr(src, err);
        auto m = node["expr"].Mark();
        if (!c.expr) {
          YAML::Mark at = m;
          at.column += err.offset + (node["expr"].Tag() == "!" ? 1 : 0);
          r.fail_at(at, "in expression: " + err.message);
        }
        if (!c.expr->boolean()) r.fail(node["expr"], "the expression must be a comparison or a condition, not a number");
        std::vector<std::string> names;
        collect_names(*c.expr, expand, names);
        for (auto& n : names)
          if (!known(n)) r.fail(node["expr"], "unknown figure '" + n + "' in expression");
        break;
      }
      case CheckKind::Breakdown: {
        need("whole");
        need("parts");
        c.whole = r.list(node["whole"], "whole");
        check_names(node["whole"], c.whole);
        for (auto& n : r.list(node["parts"], "parts"))
          for (auto& e : expand(n)) c.parts.push_back(e);
        check_names(node["parts"], r.list(node["parts"], "parts"));
        break;
      }
      case CheckKind::Restated:
        need("figure");
        c.figure = r.str(node["figure"], "figure");
        check_names(node["figure"], {c.figure});
        if (node["table"] || node["cells"]) {
          need("table");
          need("cells");
          c.table = r.str(node["table"], "table");
          const TableDef* t = p.table(c.table);
          if (!t) r.fail(node["table"], "unknown table '" + c.table + "' (define it under 'tables')");
          c.cells = r.list(node["cells"], "cells");
          for (auto& src : c.cells) {
            ExprError err;
            auto e = parse_expr(src, err);
            if (!e) r.fail(node["cells"], "in cell expression '" + src + "': " + err.message);
            if (e->boolean()) r.fail(node["cells"], "cell expression '" + src + "' must be a number, not a condition");
            std::vector<std::string> names;
            collect_names(*e, [](const std::string& n) { return std::vector<std::string>{n}; }, names);
            for (auto& n : names)
              if (!valid_cell_name(*t, n))
                r.fail(node["cells"], "'" + n + "' is not a cell of table '" + c.table + "' (write row.column)");
            c.cell_exprs.push_back(e);
          }
        }
        break;
      case CheckKind::Table:
      case CheckKind::TableComplete: {
        need("table");
        c.table = r.str(node["table"], "table");
        const TableDef* t = p.table(c.table);
        if (!t) r.fail(node["table"], "unknown table '" + c.table + "' (define it under 'tables')");
        if (c.kind == CheckKind::TableComplete) break;
        need("expr");
        need("each");
        auto each = r.str(node["each"], "each");
        if (each == "column") c.each = Each::Column;
        else if (each == "row") c.each = Each::Row;
        else r.fail(node["each"], "each must be column (the expression names rows) or row (it names columns)");
        std::vector<std::string> names;
        if (c.each == Each::Column) {
          for (auto& rw : t->rows)
            if (rw.values) names.push_back(rw.name);
        } else {
          names = t->columns;
        }
        for (std::size_t i = 0, n = names.size(); i < n; ++i) names.push_back("previous." + names[i]);  // last year's report
        auto src = r.str(node["expr"], "expr");
        ExprError err;
        c.expr_source = src;
        c.expr = parse_expr(src, err);
        if (!c.expr) {
          YAML::Mark at = node["expr"].Mark();
          at.column += err.offset;
          r.fail_at(at, "in expression: " + err.message);
        }
        if (!c.expr->boolean()) r.fail(node["expr"], "the expression must be a comparison, not a number");
        std::vector<std::string> used;
        collect_names(*c.expr, [&](const std::string& n) { return expand_in(names, n); }, used);
        const char* what = c.each == Each::Column ? "row" : "column";
        for (auto& n : used)
          if (std::find(names.begin(), names.end(), n) == names.end())
            r.fail(node["expr"], fmt::format("'{}' is not a {} with values in table '{}'", n, what, c.table));
        if (node["blame"]) {
          c.blame = r.str(node["blame"], "blame");
          if (std::find(names.begin(), names.end(), c.blame) == names.end())
            r.fail(node["blame"], fmt::format("blame: '{}' is not a {} of table '{}'", c.blame, what, c.table));
        }
        break;
      }
      default:
        break;
    }
    if (node["relation"]) {
      auto s = r.str(node["relation"], "relation");
      if (s == "equal") c.relation = Relation::Equal;
      else if (s == "at_most") c.relation = Relation::AtMost;
      else if (s == "at_least") c.relation = Relation::AtLeast;
      else r.fail(node["relation"], "relation must be equal, at_most or at_least");
    }
    if (node["missing"]) {
      auto s = r.str(node["missing"], "missing");
      if (s == "zero") c.missing_zero = true;
      else if (s == "skip") c.missing_zero = false;
      else r.fail(node["missing"], "missing must be zero or skip");
    }
    if (node["anchor"]) {
      auto s = r.str(node["anchor"], "anchor");
      if (s == "before") c.anchor_after = false;
      else if (s == "after") c.anchor_after = true;
      else r.fail(node["anchor"], "anchor must be before or after");
    }
    if (node["rounding"]) {
      auto s = r.str(node["rounding"], "rounding");
      if (s == "any") c.rounding = Rounding::Any;
      else if (s == "half_up") c.rounding = Rounding::HalfUp;
      else if (s == "truncate") c.rounding = Rounding::Truncate;
      else r.fail(node["rounding"], "rounding must be any, half_up or truncate");
    }
    if (node["cohesive"]) c.cohesive = r.boolean(node["cohesive"], "cohesive");
    if (node["adjacent"]) c.adjacent = r.boolean(node["adjacent"], "adjacent");
    if (node["sentence"]) c.per_sentence = r.boolean(node["sentence"], "sentence");
    if (node["alone"]) c.alone = r.boolean(node["alone"], "alone");
    if (node["unless"]) c.unless = r.regex(node["unless"], "unless");
    if (node["min_parts"]) c.min_parts = r.integer(node["min_parts"], "min_parts");
    if (node["needs"]) {
      if (!node["needs"].IsSequence()) r.fail(node["needs"], "needs must be a list of part names");
      for (auto n : node["needs"]) {
        auto name = r.str(n, "needs");
        if (std::find(c.parts.begin(), c.parts.end(), name) == c.parts.end()) r.fail(n, "needs names a part the check does not have: " + name);
        c.needs.push_back(name);
      }
    }
    if (node["skip_parts"]) c.skip_parts = r.regex(node["skip_parts"], "skip_parts");
    if (auto o = node["other_total"]) {
      r.keys(o, {"whole", "parts", "when"}, "other_total");
      for (const char* k : {"whole", "parts", "when"})
        if (!o[k]) r.fail(o, std::string("other_total needs '") + k + "'");
      c.other_whole = r.regex(o["whole"], "whole");
      c.other_parts = r.regex(o["parts"], "parts");
      c.other_when = r.regex(o["when"], "when");
    }
    p.checks.push_back(std::move(c));
  }
  return p;
}

}  // namespace

std::string LoadError::str() const {
  if (line > 0) return fmt::format("{}:{}:{}: {}", file, line, column, message);
  return fmt::format("{}: {}", file, message);
}

void RulePack::index_figures() {
  words = std::make_shared<Words>();
  // (At most half the slots taken, at least 2 slots; a name already there keeps its first figure, as below.)
  figure_slot_bits = 1;
  while ((std::size_t{1} << figure_slot_bits) < 2 * figures.size()) ++figure_slot_bits;
  figure_slots.assign(std::size_t{1} << figure_slot_bits, kNoFigure);
  const std::size_t mask = figure_slots.size() - 1;
  for (std::size_t i = 0; i < figures.size(); ++i)
    for (std::size_t at = figure_slot(figures[i].name);; at = (at + 1) & mask) {
      if (figure_slots[at] == kNoFigure) {
        figure_slots[at] = static_cast<std::uint32_t>(i);
        break;
      }
      if (figures[figure_slots[at]].name == figures[i].name) break;
    }
  figures_indexed = figures.size();
}

const FigureDef* RulePack::figure(const std::string& n) const {
  if (figures_indexed == figures.size() && !figure_slots.empty()) {
    const std::size_t mask = figure_slots.size() - 1;
    for (std::size_t at = figure_slot(n);; at = (at + 1) & mask) {
      const std::uint32_t k = figure_slots[at];
      if (k == kNoFigure) return nullptr;
      const std::string& f = figures[k].name;
      if (f.size() == n.size() && (n.empty() || f.back() == n.back()) && f == n) return &figures[k];
    }
  }
  // (While the figures are read.) Names of one length are many (apply.fax, reply.amend…): their
  // last characters tell them apart before a comparison of the whole.
  for (auto& f : figures)
    if (f.name.size() == n.size() && (n.empty() || f.name.back() == n.back()) && f.name == n) return &f;
  return nullptr;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "note";
}

const char* check_kind_name(CheckKind k) {
  switch (k) {
    case CheckKind::Assert: return "assert";
    case CheckKind::Share: return "share";
    case CheckKind::ShareTotal: return "share_total";
    case CheckKind::ListBreakdown: return "list_breakdown";
    case CheckKind::Breakdown: return "breakdown";
    case CheckKind::Restated: return "restated";
    case CheckKind::Outline: return "outline";
    case CheckKind::Table: return "table";
    case CheckKind::TableComplete: return "table_complete";
    case CheckKind::Change: return "change";
    case CheckKind::Repeated: return "repeated";
    case CheckKind::Parts: return "parts";
    case CheckKind::Period: return "period";
    case CheckKind::Items: return "items";
    case CheckKind::Ordinals: return "ordinals";
  }
  return "assert";
}

std::variant<RulePack, LoadError> load_pack(const std::string& yaml, const std::string& source_name) {
  Reader r(source_name);
  try {
    if (yaml.size() > kMaxRuleFile) return LoadError{source_name, 0, 0, "rule file is larger than 1 MiB"};
    check_nesting(r, yaml);
    YAML::Node root = YAML::Load(yaml);
    if (!root.IsDefined() || root.IsNull()) return LoadError{source_name, 1, 1, "the rule file is empty"};
    return read_pack(r, root, yaml, source_name);
  } catch (const Fail& f) {
    return f.err;
  } catch (const YAML::Exception& e) {
    return LoadError{source_name, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg};
  } catch (const std::exception& e) {
    return LoadError{source_name, 0, 0, e.what()};
  }
}

std::variant<std::vector<RulePack>, LoadError> load_pack_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (auto& e : fs::directory_iterator(path, ec)) {
      auto ext = e.path().extension().string();
      if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) return LoadError{path, 0, 0, "no .yaml rule files in this directory"};
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    return LoadError{path, 0, 0, "no such rule file"};
  }
  std::vector<RulePack> packs;
  for (auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return LoadError{f, 0, 0, "cannot read the rule file"};
    std::string yaml;
    char buf[65536];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      yaml.append(buf, static_cast<std::size_t>(in.gcount()));
      if (yaml.size() > kMaxRuleFile) return LoadError{f, 0, 0, "rule file is larger than 1 MiB"};
    }
    auto r = load_pack(yaml, f);
    if (auto* e = std::get_if<LoadError>(&r)) return *e;
    packs.push_back(std::move(std::get<RulePack>(r)));
  }
  return packs;
}

}  // namespace tally
