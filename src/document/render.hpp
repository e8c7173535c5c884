// Readers for formats that are not plain text (HTML, Word .docx, Excel .xlsx) turn a file into
// rendered text that the rest of the pipeline reads like any text file: one line per paragraph
// and one line per table row, the row's cells separated by tabs after row and column spans are
// resolved (a spanned position is an empty cell, so no number is repeated). Origins map every
// stretch of rendered text back to where the user should look.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tally {

constexpr std::uint32_t kNoSource = UINT32_MAX;  // a tab or space the reader put in

// What a spreadsheet cell holding a formula with no value stored beside it is shown as (see
// render_xlsx): words, not a figure, and recognised by the table reader as a cell whose count is
// unknown.
constexpr std::string_view kUnstoredFormula = "（公式，未存计算结果）";

struct Origin {
  std::uint32_t rendered = 0;  // offset in the rendered text where this stretch starts
  std::uint32_t source = 0;    // offset in the decoded source (HTML) where it came from
  std::int32_t cell = -1;      // index into Rendered::cells, or -1 outside tables
};

struct Rendered {
  std::u32string text;
  std::vector<Origin> origins;     // sorted by `rendered`
  std::vector<std::string> cells;  // "table 2, row 5, column 3", "Sheet1!C5", "paragraph 12"
};

// Appends text while recording where each stretch came from; newline() ends a non-empty line.
class RenderBuffer {
 public:
  void put(char32_t c, std::uint32_t source, std::int32_t cell = -1);
  void space(std::uint32_t source);  // a collapsed run of whitespace
  void newline();
  void append(const RenderBuffer& other, std::int32_t cell);
  bool empty_line() const { return line_empty_; }
  // Whether the line so far ends with a comma or a 、 (spaces aside): a sentence not ended.
  bool ends_clause() const {
    if (line_empty_ || out.text.empty()) return false;
    char32_t c = out.text.back();
    return c == U',' || c == U'，' || c == U'、' || c == 0xFF64;
  }
  std::size_t size() const { return out.text.size(); }
  Rendered out;

 private:
  bool line_empty_ = true;
  bool pending_space_ = false;
  std::uint32_t space_source_ = 0;
  std::uint32_t next_source_ = UINT32_MAX;
  std::int32_t last_cell_ = -2;
};

// HTML: `source` is the decoded file. Fails (returns the message) only when a limit is hit.
std::optional<std::string> render_html(std::u32string_view source, std::size_t max_chars, Rendered& out);

// Word and Excel: `bytes` is the zip file. Fails with a message on a damaged file or a limit.
std::optional<std::string> render_docx(std::string_view bytes, std::size_t max_bytes, Rendered& out);
std::optional<std::string> render_xlsx(std::string_view bytes, std::size_t max_bytes, Rendered& out);

enum class Format { Text, Html, Docx, Xlsx, Zip };
Format sniff_format(std::string_view path, std::string_view bytes);

}  // namespace tally
