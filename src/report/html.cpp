// The reviewer's page: one self-contained HTML file (no external script, style or font) with a
// summary of every file, worst first, then each file's text with line numbers, every figure
// involved in a finding marked, the finding beside its line, and n/p (or j/k) to move from one
// finding to the next. Everything taken from a document is escaped.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "report/report.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* sev(Severity s) { return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note"; }

constexpr std::string_view kStyle = R"(
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em;border-bottom:1px solid #ccc}
table.summary{border-collapse:collapse}table.summary td,table.summary th{border:1px solid #ccc;padding:.2em .6em;text-align:right}
table.summary td:first-child,table.summary th:first-child{text-align:left}
.src{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;font-size:.9em;white-space:pre-wrap;margin:0;padding:0;list-style:none}
.src li{display:flex}.ln{color:#999;min-width:4em;text-align:right;padding-right:1em;user-select:none}
mark{background:#fff3a0;border-radius:2px}mark.primary.error{background:#ffc2c2}mark.primary.warning{background:#ffe0a0}
mark.primary.note{background:#d8ecff}mark.related{background:#e8e8e8}mark.current{outline:2px solid #0057b8}
.finding{margin:.1em 0 .4em 5em;padding:.2em .5em;border-left:4px solid #999;font-size:.9em}
.finding.error{border-color:#c00}.finding.warning{border-color:#d80}.finding.note{border-color:#38c}
.rule{color:#666}.help{color:#666;font-size:.9em}.readerr{color:#c00}
)";

constexpr std::string_view kScript = R"(
(function(){var marks=Array.prototype.slice.call(document.querySelectorAll('mark.primary'));var cur=-1;
function go(i){if(!marks.length)return;cur=(i+marks.length)%marks.length;var m=marks[cur];
document.querySelectorAll('mark.current').forEach(function(x){x.classList.remove('current')});
m.classList.add('current');m.focus();m.scrollIntoView({block:'center'});}
document.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;
if(e.key==='n'||e.key==='j'){go(cur+1);e.preventDefault();}
if(e.key==='p'||e.key==='k'){go(cur-1);e.preventDefault();}});})();
)";

struct Mark {
  std::uint32_t begin, end;
  std::string open;  // the <mark ...> tag
  bool primary = false;
};

void write_file(std::ostream& os, const CheckedFile& cf, std::size_t fi, int& counter) {
  counter = 0;  // finding ids are made unique per file below
  const auto& r = cf.result;
  os << fmt::format("<section id=\"file-{}\"><h2>{}</h2>\n", fi, esc(r.path));
  if (r.read_failed || !cf.doc) {
    os << fmt::format("<p class=\"readerr\">{}:{}:{}: {}</p></section>\n", esc(r.path), std::max(1, r.error_line), std::max(1, r.error_column), esc(r.error));
    return;
  }
  const Document& d = *cf.doc;
  std::vector<Mark> marks;
  std::map<std::uint32_t, std::vector<std::string>> notes;  // rendered line -> finding boxes
  for (auto& f : r.findings) {
    if (f.suppressed) continue;
    int k = counter++;
    auto l = d.location(f.primary);
    std::uint32_t line = d.at(std::min<std::uint32_t>(f.primary.begin, static_cast<std::uint32_t>(d.text.size()))).line;
    marks.push_back({f.primary.begin, f.primary.end,
                     fmt::format("<mark class=\"primary {}\" id=\"f{}-{}\" data-finding=\"{}\" tabindex=\"-1\" title=\"{}\">", sev(f.severity), fi, k, k, esc(f.rule)), true});
    std::string box = fmt::format("<div class=\"finding {}\"><b>{}</b> {}:{}{} {} <span class=\"rule\">[{}]</span>", sev(f.severity), sev(f.severity),
                                  l.line, l.column, l.cell.empty() ? "" : " (" + esc(l.cell) + ")", esc(f.message), esc(f.rule));
    if (!f.suggestion.empty()) box += "<br>→ " + esc(f.suggestion);
    int j = 0;
    for (auto& rel : f.related) {
      auto rl = d.location(rel.span);
      marks.push_back({rel.span.begin, rel.span.end, fmt::format("<mark class=\"related\" id=\"f{}-{}r{}\" title=\"{}\">", fi, k, j, esc(rel.message))});
      box += fmt::format("<br>· <a href=\"#f{}-{}r{}\">{}</a> ({}:{})", fi, k, j, esc(rel.message), rl.line, rl.column);
      ++j;
    }
    notes[line].push_back(box + "</div>");
  }
  // At one place, a finding's own figure wins over a figure another finding relates to.
  std::stable_sort(marks.begin(), marks.end(), [](auto& a, auto& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.primary != b.primary) return a.primary;
    return a.end > b.end;
  });
  os << "<ol class=\"src\">\n";
  std::size_t m = 0;
  for (std::uint32_t ln = 1; ln <= d.lines.line_count(); ++ln) {
    Span sp = d.lines.line_span(ln);
    std::string html;
    std::uint32_t open_end = 0;
    bool open = false;
    auto flush_marks_at = [&](std::uint32_t i) {
      while (m < marks.size() && marks[m].begin <= i) {
        if (marks[m].begin < sp.begin && !marks[m].primary) { ++m; continue; }
        if (open && !marks[m].primary) { ++m; continue; }  // a related figure inside another mark
        if (open) {  // a second finding on a figure already marked: a marker of its own
          html += marks[m].open + "◆</mark>";
          ++m;
          continue;
        }
        html += marks[m].open;
        if (marks[m].end <= marks[m].begin) {
          html += "∅</mark>";  // an empty cell
        } else {
          open = true;
          open_end = std::min(marks[m].end, sp.end);
        }
        ++m;
      }
    };
    for (std::uint32_t i = sp.begin; i < sp.end; ++i) {
      if (open && i >= open_end) { html += "</mark>"; open = false; }
      flush_marks_at(i);
      std::string ch;
      text::append_utf8(ch, d.text[i] == U'\t' ? U' ' : d.text[i]);
      html += esc(ch);
    }
    if (open && open_end <= sp.end) { html += "</mark>"; open = false; }
    flush_marks_at(sp.end);
    if (open) { html += "</mark>"; open = false; }
    // Numbered as in the file read: a rendered line (HTML, joined wrapped text) shows the line
    // its text starts on.
    std::uint32_t shown = d.source_positions && sp.end > sp.begin ? d.location({sp.begin, sp.begin}).line : ln;
    os << fmt::format("<li><span class=\"ln\">{}</span><span>{}</span></li>\n", shown, html);
    for (auto& box : notes[ln]) os << "<li>" << box << "</li>\n";
  }
  // Findings with no place in the text (a missing figure) come last.
  for (; m < marks.size(); ++m) os << "<li>" << marks[m].open << "∅</mark></li>\n";
  os << "</ol></section>\n";
}

class HtmlWriter : public Writer {
 public:
  HtmlWriter(std::ostream& os, const RunInfo& run) : os_(os), run_(run) {}
  void file(const CheckedFile& cf) override {
    std::ostringstream section;
    int counter = 0;
    write_file(section, cf, files_.size(), counter);
    std::string packs;
    for (auto& p : cf.result.packs) packs += (packs.empty() ? "" : " ") + p;
    files_.push_back({cf.result.path, packs, count(cf.result), section.str()});
  }
  void end() override {
    Tally total;
    std::vector<std::size_t> order(files_.size());
    for (std::size_t i = 0; i < files_.size(); ++i) {
      order[i] = i;
      total.errors += files_[i].t.errors, total.warnings += files_[i].t.warnings, total.notes += files_[i].t.notes;
    }
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
      const Tally &x = files_[a].t, &y = files_[b].t;
      if (x.errors != y.errors) return x.errors > y.errors;
      if (x.warnings != y.warnings) return x.warnings > y.warnings;
      return x.notes > y.notes;
    });
    os_ << "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>tally report</title><style>" << kStyle << "</style></head><body>\n";
    os_ << fmt::format("<h1>tally {} — {} file{}: {} errors, {} warnings, {} notes</h1>\n", TALLY_VERSION, files_.size(), files_.size() == 1 ? "" : "s",
                       total.errors, total.warnings, total.notes);
    std::string packs;
    for (auto* p : run_.packs) packs += (packs.empty() ? "" : ", ") + p->name + " " + p->version;
    os_ << "<p class=\"help\">Keys: <b>n</b> or <b>j</b> next finding, <b>p</b> or <b>k</b> previous. Packs: " << esc(packs) << "</p>\n";
    os_ << "<table class=\"summary\"><thead><tr><th>file</th><th>errors</th><th>warnings</th><th>notes</th><th>rules passed</th><th>failed</th>"
           "<th>not evaluated</th><th>packs</th></tr></thead><tbody>\n";
    for (auto i : order) {
      const auto& f = files_[i];
      os_ << fmt::format("<tr><td><a href=\"#file-{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", i,
                         esc(f.path), f.t.errors, f.t.warnings, f.t.notes, f.t.passed, f.t.failed, f.t.skipped, esc(f.packs));
    }
    os_ << "</tbody></table>\n";
    for (auto i : order) os_ << files_[i].section;
    os_ << "<script>" << kScript << "</script>\n</body></html>\n";
  }

 private:
  struct File {
    std::string path, packs;
    Tally t;
    std::string section;
  };
  std::ostream& os_;
  const RunInfo& run_;
  std::vector<File> files_;
};

}  // namespace

std::unique_ptr<Writer> make_html_writer(std::ostream& os, const RunInfo& run) { return std::make_unique<HtmlWriter>(os, run); }

}  // namespace tally
