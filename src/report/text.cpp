// Compiler-style text output: path:line:col: severity: message [rule], the source line with
// the figure underlined (display-width aware), then the related figures as notes.
#include <fmt/format.h>

#include <iterator>

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

namespace {

class TextWriter : public Writer {
 public:
  TextWriter(std::ostream& os, bool color) : os_(os), color_(color) {}
  void file(const CheckedFile& cf) override {
    ++files_;
    const auto& r = cf.result;
    if (r.read_failed) ++errors_;
    for (const auto& f : r.findings)
      if (!f.suppressed) (f.severity == Severity::Error ? errors_ : f.severity == Severity::Warning ? warnings_ : notes_)++;
    emit(os_, cf);
  }
  void end() override {
    os_ << fmt::format("{} file{} checked: {} error{}, {} warning{}, {} note{}\n", files_, files_ == 1 ? "" : "s", errors_, errors_ == 1 ? "" : "s",
                       warnings_, warnings_ == 1 ? "" : "s", notes_, notes_ == 1 ? "" : "s");
  }

 protected:
  bool renders_alone() const override { return true; }
  // One file's findings, each with its source line and related figures.
  void render_file(const CheckedFile& cf, std::string& out) const override {
    auto to = std::back_inserter(out);
    auto paint = [&](const char* code, const std::string& s) { return color_ ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s; };
    const auto& r = cf.result;
    if (r.read_failed) {
      fmt::format_to(to, "{}:{}:{}: {}: {}\n", r.path, std::max(1, r.error_line), std::max(1, r.error_column), paint("1;31", "error"), r.error);
      return;
    }
    for (const auto& f : r.findings) {
      if (f.suppressed) continue;
      const auto& d = *cf.doc;
      auto lc = d.location(f.primary);
      const char* sev = severity_name(f.severity);
      const char* code = f.severity == Severity::Error ? "1;31" : f.severity == Severity::Warning ? "1;35" : "1;36";
      fmt::format_to(to, "{}:{}:{}: {}: {} [{}]\n", r.path, lc.line, lc.column, paint(code, sev), f.message, f.rule);
      if (!lc.cell.empty()) fmt::format_to(to, "      = in {}\n", lc.cell);
      if (!f.primary.empty()) {
        auto [src, caret] = excerpt(d, f.primary);
        fmt::format_to(to, "{:>5} | {}\n      | {}\n", lc.line, src, paint("1;32", caret));
      }
      for (const auto& rel : f.related) {
        auto rl = d.location(rel.span);
        fmt::format_to(to, "   note: {} ({}:{})\n", rel.message, rl.line, rl.column);
      }
      if (!f.suggestion.empty()) fmt::format_to(to, "   help: {}\n", f.suggestion);
    }
  }

 private:
  std::ostream& os_;
  bool color_;
  int files_ = 0, errors_ = 0, warnings_ = 0, notes_ = 0;
};

}  // namespace

std::unique_ptr<Writer> make_text_writer(std::ostream& os, bool color) { return std::make_unique<TextWriter>(os, color); }

}  // namespace tally
