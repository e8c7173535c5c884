// One line per finding: GNU style for editors, GitHub workflow commands, CSV for spreadsheets,
// and the per-file summary.
#include <fmt/format.h>

#include <iterator>

#include "report/report.hpp"

namespace tally {
namespace {

Location where(const CheckedFile& cf, const Finding& f) {
  if (!cf.doc) return Location{};
  return cf.doc->location(f.primary);
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// GitHub workflow command escaping: data, and (stricter) property values.
std::string gh_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}
std::string gh_prop(const std::string& s) {
  std::string out;
  for (char c : gh_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

Tally count(const FileResult& r) {
  Tally t;
  for (auto& f : r.findings) {
    if (f.suppressed) { ++t.suppressed; continue; }
    (f.severity == Severity::Error ? t.errors : f.severity == Severity::Warning ? t.warnings : t.notes)++;
  }
  for (auto& o : r.outcomes) (o.status == Status::Passed ? t.passed : o.status == Status::Failed ? t.failed : t.skipped)++;
  if (r.read_failed) ++t.errors;
  return t;
}

void write_gnu(std::string& out, const CheckedFile& cf) {
  {
    const auto& r = cf.result;
    if (r.read_failed) fmt::format_to(std::back_inserter(out), "{}:{}:{}: error: {} [input]\n", r.path, std::max(1, r.error_line), std::max(1, r.error_column), r.error);
    for (auto& f : r.findings) {
      if (f.suppressed) continue;
      auto l = where(cf, f);
      std::string cell = l.cell.empty() ? "" : " (" + l.cell + ")";
      fmt::format_to(std::back_inserter(out), "{}:{}:{}: {}: {}{} [{}]\n", r.path, l.line, l.column, severity_name(f.severity), f.message, cell, f.rule);
    }
  }
}

void write_github(std::string& out, const CheckedFile& cf) {
  {
    const auto& r = cf.result;
    if (r.read_failed)
      fmt::format_to(std::back_inserter(out), "::error file={},line={},col={},title=tally::{}\n", gh_prop(r.path), std::max(1, r.error_line),
                        std::max(1, r.error_column), gh_data(r.error));
    for (auto& f : r.findings) {
      if (f.suppressed) continue;
      auto l = where(cf, f);
      const char* cmd = f.severity == Severity::Error ? "error" : f.severity == Severity::Warning ? "warning" : "notice";
      fmt::format_to(std::back_inserter(out), "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", cmd, gh_prop(r.path), l.line, l.column,
                        l.end_line, l.end_column, gh_prop(f.rule), gh_data(f.message));
    }
  }
}

void write_csv(std::string& out, const CheckedFile& cf) {
  {
    const auto& r = cf.result;
    if (r.read_failed)
      fmt::format_to(std::back_inserter(out), "{},{},{},error,input,{},,,\r\n", csv_field(r.path), std::max(1, r.error_line), std::max(1, r.error_column), csv_field(r.error));
    for (auto& f : r.findings) {
      if (f.suppressed) continue;
      auto l = where(cf, f);
      fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{},{},{},{}\r\n", csv_field(r.path), l.line, l.column, severity_name(f.severity), csv_field(f.rule),
                        csv_field(f.message), csv_field(f.expected), csv_field(f.actual), csv_field(l.cell));
    }
  }
}

void write_summary(std::string& out, const CheckedFile& cf) {
  {
    auto t = count(cf.result);
    std::string packs;
    for (auto& p : cf.result.packs) packs += (packs.empty() ? "" : " ") + p;
    fmt::format_to(std::back_inserter(out), "{},{},{},{},{},{},{},{}\r\n", csv_field(cf.result.path), t.errors, t.warnings, t.notes, t.passed, t.failed, t.skipped,
                      csv_field(packs));
  }
}

// One writer for the four line formats; `each` writes a file, `header` opens the output.
class LineWriter : public Writer {
 public:
  LineWriter(std::ostream& os, void (*each)(std::string&, const CheckedFile&), const char* header) : os_(os), each_(each), header_(header) {}
  void begin() override { os_ << header_; }
  void file(const CheckedFile& cf) override { emit(os_, cf); }

 protected:
  bool renders_alone() const override { return true; }
  void render_file(const CheckedFile& cf, std::string& out) const override { each_(out, cf); }

 private:
  std::ostream& os_;
  void (*each_)(std::string&, const CheckedFile&);
  const char* header_;
};

std::unique_ptr<Writer> make_line_writer(const std::string& format, std::ostream& os) {
  if (format == "gnu") return std::make_unique<LineWriter>(os, write_gnu, "");
  if (format == "github") return std::make_unique<LineWriter>(os, write_github, "");
  if (format == "csv") return std::make_unique<LineWriter>(os, write_csv, "path,line,column,severity,rule,message,expected,actual,cell\r\n");
  if (format == "summary")
    return std::make_unique<LineWriter>(os, write_summary, "path,errors,warnings,notes,rules_passed,rules_failed,rules_skipped,packs\r\n");
  return nullptr;
}

}  // namespace tally
