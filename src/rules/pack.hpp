// Rule packs as loaded from YAML: named figure selectors and checks. Plain values; the
// loader (loader.cpp) validates everything before any document is read.
#pragma once
#include <map>
#include <memory>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/regex.hpp"

#include "rules/expr.hpp"

namespace tally {

struct SelectorWords;  // check/engine.cpp

enum class Severity { Note, Warning, Error };
const char* severity_name(Severity s);

enum class Scope { Any, Prose, Table };

struct SourcePos {  // a place in a rule file
  std::string file;
  int line = 0, column = 0;
};

struct FigureDef {
  std::string name;
  RegexPtr label, not_label, context;
  RegexPtr not_before;  // must not match the label of an earlier figure of the same sentence
  RegexPtr not_beside;  // if it matches the label, must match no other label of the same sentence
  // Words naming this whole in the words before its parts (复议 of 行政复议): a part whose
  // clause run names one whole last is a part of that whole, not of a nearer one of another kind.
  RegexPtr named;
  std::vector<std::string> units;  // empty: any unit
  Scope scope = Scope::Any;
  bool total = false;              // never a part of a prose list
  bool percent = false;            // selects stated percentages instead of counts
  bool required = false;
  // A carry-over named by its year (「2022年度结转的申请3件」): 0 any; -1 only the year before the
  // report's; 1 only the report's own year (carried on to the next). Others unaffected.
  int carry_year = 0;
  std::string description;
  SourcePos pos;
};

enum class CheckKind { Assert, Share, ShareTotal, ListBreakdown, Breakdown, Restated, Outline, Table, TableComplete, Change, Repeated, Parts, Period, Items, Ordinals };
const char* check_kind_name(CheckKind k);

enum class Relation { Equal, AtMost, AtLeast };
enum class Rounding { Any, HalfUp, Truncate };  // how stated shares may be rounded

// An official table with a fixed template: value columns in order and row labels in order.
// Rows are found by their labels in reading order; each row holds one value per column.
struct TableRow {
  std::string name;                 // "new", "refused.secret"
  RegexPtr label;       // matched against the folded text with whitespace removed
  bool values = true;               // false: a label-only row (a group heading)
  bool optional = false;            // values may be absent (a group subtotal some reports add)
};

struct TableDef {
  std::string name, title;
  RegexPtr start;       // where the table begins (optional)
  std::vector<std::string> columns; // value column names, in order
  std::vector<std::string> column_labels;
  std::vector<std::string> header;  // words of the header over the columns besides their labels (a group's name)
  std::vector<TableRow> rows;
  SourcePos pos;
  const TableRow* row(const std::string& n) const {
    for (auto& r : rows)
      if (r.name == n) return &r;
    return nullptr;
  }
  int column(std::string_view n) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == n) return static_cast<int>(i);
    return -1;
  }
};

enum class Each { Column, Row };

struct Check {
  std::string id;
  CheckKind kind = CheckKind::Assert;
  Severity severity = Severity::Error;
  std::string title, description, rationale, example, message;
  // assert
  std::shared_ptr<Expr> expr;
  std::string expr_source;
  bool per_sentence = false;        // evaluated in each sentence stating every figure it names
  // breakdown
  std::vector<std::string> whole;   // first one present in a scope is used
  std::vector<std::string> parts;
  Relation relation = Relation::Equal;
  bool missing_zero = true;         // absent parts count as 0 when at least two are stated
  bool anchor_after = false;        // the whole follows its parts (a total row at the bottom)
  bool cohesive = false;            // prose parts must stand in one paragraph
  bool adjacent = false;            // prose parts are the counts right after the whole in its sentence
  bool alone = false;               // sentence assert: no other count in their units between the figures
  RegexPtr unless;                  // breakdown: not checked in a document whose text matches
  int min_parts = 1;
  std::vector<std::string> needs;   // breakdown: parts without which it is not checked
  // share
  Rounding rounding = Rounding::Any;
  // restated
  std::string figure;
  // list_breakdown
  RegexPtr skip_parts;
  // other_total: a list whose whole's label matches `whole` and one of whose parts' labels
  // matches `parts` divides another total, when a figure labelled `when` is stated and not 0.
  RegexPtr other_whole, other_parts, other_when;
  // table, table_complete; restated against table cells
  std::string table;
  Each each = Each::Column;
  std::string blame;                // row (each: column) or column (each: row) to point at
  std::vector<std::string> cells;   // restated: expressions over row.column that the text may restate
  std::vector<std::shared_ptr<Expr>> cell_exprs;
  SourcePos pos;
};

struct RulePack {
  std::string name, title, version, description, source;
  RegexPtr detect, exclude;
  int priority = 0;
  std::vector<FigureDef> figures;
  std::vector<Check> checks;
  std::vector<TableDef> tables;
  std::string content_hash;
  const TableDef* table(const std::string& name) const {
    for (auto& t : tables)
      if (t.name == name) return &t;
    return nullptr;
  }
  const FigureDef* figure(const std::string& name) const;
  // Where each figure stands in `figures`, by name (index_figures, once they are all read):
  // figure() is asked thousands of times a report by the checks, which name their figures.
  // (Open addressing: a slot holds the index of a figure, the first of its name, or kNoFigure;
  // a name is hashed by its length and three of its bytes, which tell a pack's names apart,
  // apply.fax, reply.amend…, for less than a hash of every byte costs.)
  static constexpr std::uint32_t kNoFigure = ~std::uint32_t{0};
  std::vector<std::uint32_t> figure_slots;
  unsigned figure_slot_bits = 0;
  std::size_t figures_indexed = 0;  // figures.size() when indexed: the slots stand for them
  static std::size_t name_hash(const std::string& s) noexcept {
    if (s.empty()) return 0;
    auto at = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(s[i])); };
    return s.size() ^ (at(s.size() - 1) << 8) ^ (at(s.size() / 2) << 16) ^ (at(s.size() * 3 / 4) << 24);
  }
  std::size_t figure_slot(const std::string& s) const noexcept {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(name_hash(s)) * 0x9E3779B97F4A7C15ULL) >> (64 - figure_slot_bits));
  }
  void index_figures();
  // The words the figures' patterns need, gathered by the checks (check/engine.cpp) when a
  // document is first checked with the pack, not at start-up: made afresh by index_figures, and
  // shared by the pack's copies.
  struct Words {
    std::once_flag once;
    std::shared_ptr<const SelectorWords> words;
  };
  std::shared_ptr<Words> words;
};

}  // namespace tally
