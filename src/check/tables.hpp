// Official tables with a fixed template (rule packs' `tables:`): finding them in a document
// whatever its layout, reading their cells, and checking the relations between the cells.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "check/finding.hpp"
#include "document/document.hpp"
#include "rules/pack.hpp"

namespace tally {

enum class CellKind {
  Missing,  // the row was not found, or its values could not be read
  Number,
  Blank,    // an empty cell: not 0
  Dash,     // "/", "—", "-", "无": not applicable, not 0
};

struct TableCell {
  CellKind kind = CellKind::Missing;
  Decimal value;
  Span span;  // the number as written; for a blank cell, an empty span where it stands
};

struct TableInstance {
  const TableDef* def = nullptr;
  std::vector<Span> labels;                    // per row; empty when the row was not found
  std::vector<std::vector<TableCell>> cells;   // [row][column]
  std::vector<Finding> notes;                  // rows rebuilt from run-together digits, unreadable rows
  std::vector<Finding> row_sums;               // rows whose counts, their columns lost, do not make their whole
  // … the same of rows whose counts stand one a line: reported only where the whole's column says
  // the whole is the wrong one (its parts' lines are lost with their columns), else a note
  std::vector<Finding> row_sums_lines;
  // … and rows left with one count (not 0) read as their whole's cell: reported only where that
  // cell breaks its column's relation, which it would keep as 0 (see read_instance)
  std::vector<Finding> lone_counts;
  std::vector<char> columns_lost;              // per row: only the whole's cell could be placed
  Span zone;                                   // from the first row label to the last cell
  std::vector<int> label_only;                 // rows of blanks written as their label alone, in a table that writes 0
  const TableCell* cell(const std::string& row, int column) const;
};

// The document's folded text without whitespace, as table searches see it, and for each byte
// the offset of its code point in the document. Built by the first search that needs it, so
// the searches for every table of every pack share one copy.
struct SqueezedText {
  bool built = false;
  // Sized for the longest encoding before the text is written, and never zero-filled first:
  // filling them cost more than squeezing.
  std::unique_ptr<char[]> bytes;
  std::unique_ptr<std::uint32_t[]> offsets;
  std::size_t size = 0;
  std::string_view s() const { return {bytes.get(), size}; }
  std::span<const std::uint32_t> off() const { return {offsets.get(), size}; }
  // The same text without its ASCII digits and dashes (「—」「-」「/」, a cell's mark for none), and
  // for each of its bytes where that byte stands
  // in s(): a label that a row's values cut in two is looked for in this. Made by the first
  // such search, for all the others on the same text.
  struct Digitless {
    std::string_view kept;
    const std::uint32_t* at;
    std::unique_ptr<char[]> bytes;  // (sized for the whole text and not zero-filled, as above)
    std::unique_ptr<std::uint32_t[]> offsets;
  };
  const Digitless& digitless() const;

 private:
  mutable std::optional<Digitless> digitless_;
};

// Every instance of the table in the document, in reading order. `checks` are the pack's table
// checks of this table: their relations decide how digits that ran together split into cells.
// `shared`, when given, holds the squeezed text between calls on the same document.
std::vector<TableInstance> locate_table(const Document& doc, const TableDef& def, const std::vector<const Check*>& checks,
                                        SqueezedText* shared = nullptr);

// Runs the pack's table and table_complete checks on every instance found; names prefixed
// with previous. read the same table in last year's report, when one is given.
void check_tables(const Document& doc, const RulePack& pack, const std::vector<TableInstance>& found, FileResult& out,
                  const std::vector<TableInstance>& previous = {});

// The instance's blank cells that the template's relations force to 0 (a row 56 | | | 56, a
// total written 0 over blanks) read as 0, as the table checks read them; the checks of the text
// against the table then compare such cells too.
void fill_forced_zeros(TableInstance& t, const std::vector<TableInstance>& previous, const RulePack& pack);

// A consolidated report against the reports it consolidates: every number in each of the
// pack's tables equals the sum of the same cell in the children. A child without the table
// makes the comparison not evaluated (skipped), never passed.
void rollup_tables(const Document& parent, const std::vector<const Document*>& children, const RulePack& pack, FileResult& out);

// A cell named row.column ("new.total"); nullopt with the reason when it holds no number. With
// marks_zero, a dash or a blank is 0 when the table writes no 0 anywhere (its writer's zero),
// unless it heads sub-rows that hold numbers or stands under a group row that holds one. Given
// the pack, a blank total whose row has its parts written (「总计」 empty beside figures for the
// applicants) is what the parts make, by the pack's row relation that totals it.
std::optional<Decimal> named_cell(const TableInstance& t, const std::string& name, std::string& why, bool marks_zero = false,
                                  const RulePack* pack = nullptr);

// Whether some cell of the table holds a written 0: a table that writes none uses its dashes and
// blanks for 0.
bool writes_zero(const TableInstance& t);

// A short display label of a row as the document writes it.
std::string row_title(const Document& doc, const TableInstance& t, int row);

}  // namespace tally
