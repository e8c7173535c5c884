// Compiler-style text output: path:line:col: severity: message [rule], the source line with
// the figure underlined (display-width aware), then the related figures as notes.
#include <fmt/format.h>

#include "report/report.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

// The source line, shortened around the span to at most ~60 columns, and the caret line.
std::pair<std::string, std::string> excerpt(const Document& d, Span s) {
  auto lc = d.at(s.begin);
  Span line = d.lines.line_span(lc.line);
  std::uint32_t from = s.begin > line.begin + 24 ? s.begin - 24 : line.begin;
  std::uint32_t to = std::min(line.end, std::max(s.end, from) + 24);
  std::u32string_view t(d.text);
  std::string src = from > line.begin ? "…" : "";
  std::string caret = from > line.begin ? " " : "";
  for (std::uint32_t i = from; i < to; ++i) {
    char32_t c = t[i] == U'\t' ? U' ' : t[i];
    text::append_utf8(src, c);
    int w = text::display_width(c);
    char mark = (i >= s.begin && i < s.end) ? '^' : ' ';
    if (i < s.end) caret.append(static_cast<std::size_t>(w), mark);
  }
  if (to < line.end) src += "…";
  return {src, caret};
}

}  // namespace

void write_text(std::ostream& os, const std::vector<CheckedFile>& files, bool color) {
  auto paint = [&](const char* code, const std::string& s) { return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s; };
  int errors = 0, warnings = 0, notes = 0;
  for (const auto& cf : files) {
    const auto& r = cf.result;
    if (r.read_failed) {
      os << fmt::format("{}:{}:{}: {}: {}\n", r.path, std::max(1, r.error_line), std::max(1, r.error_column), paint("1;31", "error"), r.error);
      ++errors;
      continue;
    }
    for (const auto& f : r.findings) {
      const auto& d = *cf.doc;
      auto lc = d.location(f.primary);
      const char* sev = severity_name(f.severity);
      const char* code = f.severity == Severity::Error ? "1;31" : f.severity == Severity::Warning ? "1;35" : "1;36";
      (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : notes)++;
      os << fmt::format("{}:{}:{}: {}: {} [{}]\n", r.path, lc.line, lc.column, paint(code, sev), f.message, f.rule);
      if (!lc.cell.empty()) os << fmt::format("      = in {}\n", lc.cell);
      if (!f.primary.empty()) {
        auto [src, caret] = excerpt(d, f.primary);
        std::string num = std::to_string(lc.line);
        os << fmt::format("{:>5} | {}\n      | {}\n", num, src, paint("1;32", caret));
      }
      for (const auto& rel : f.related) {
        auto rl = d.location(rel.span);
        os << fmt::format("   note: {} ({}:{})\n", rel.message, rl.line, rl.column);
      }
      if (!f.suggestion.empty()) os << fmt::format("   help: {}\n", f.suggestion);
    }
  }
  os << fmt::format("{} file{} checked: {} error{}, {} warning{}, {} note{}\n", files.size(), files.size() == 1 ? "" : "s", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s");
}

}  // namespace tally
