// The JSON output contract (DESIGN.md, "Findings and outputs").
#include <nlohmann/json.hpp>

#include "report/report.hpp"

namespace tally {
namespace {

nlohmann::ordered_json loc(const Document& d, Span s) {
  auto l = d.location(s);
  nlohmann::ordered_json j = {{"line", l.line}, {"column", l.column}, {"end_line", l.end_line}, {"end_column", l.end_column}};
  if (!l.cell.empty()) j["cell"] = l.cell;
  return j;
}

}  // namespace

void write_json(std::ostream& os, const std::vector<CheckedFile>& files) {
  nlohmann::ordered_json root;
  root["tool"] = {{"name", "tally"}, {"version", TALLY_VERSION}};
  auto arr = nlohmann::ordered_json::array();
  for (const auto& cf : files) {
    const auto& r = cf.result;
    nlohmann::ordered_json f;
    f["path"] = r.path;
    f["encoding"] = r.encoding;
    f["packs"] = r.packs;
    int passed = 0, failed = 0, skipped = 0;
    for (auto& o : r.outcomes) (o.status == Status::Passed ? passed : o.status == Status::Failed ? failed : skipped)++;
    f["summary"] = {{"figures", r.figures}, {"checks", static_cast<int>(r.outcomes.size())}, {"passed", passed}, {"failed", failed}, {"skipped", skipped}};
    auto fs = nlohmann::ordered_json::array();
    if (r.read_failed) {
      f["error"] = {{"message", r.error}, {"line", r.error_line}, {"column", r.error_column}};
    }
    for (const auto& x : r.findings) {
      nlohmann::ordered_json j;
      j["rule"] = x.rule;
      j["severity"] = severity_name(x.severity);
      j["message"] = x.message;
      j["location"] = cf.doc ? loc(*cf.doc, x.primary) : nlohmann::ordered_json{{"line", 1}, {"column", 1}, {"end_line", 1}, {"end_column", 1}};
      auto rel = nlohmann::ordered_json::array();
      for (const auto& rr : x.related) {
        auto l = loc(*cf.doc, rr.span);
        l["message"] = rr.message;
        rel.push_back(l);
      }
      j["related"] = rel;
      j["expected"] = x.expected;
      j["actual"] = x.actual;
      j["suggestion"] = x.suggestion;
      fs.push_back(j);
    }
    f["findings"] = fs;
    auto outs = nlohmann::ordered_json::array();
    for (const auto& o : r.outcomes) {
      nlohmann::ordered_json j;
      j["rule"] = o.rule;
      j["outcome"] = o.status == Status::Passed ? "passed" : o.status == Status::Failed ? "failed" : "skipped";
      if (o.line) j["line"] = o.line;
      if (!o.reason.empty()) j["reason"] = o.reason;
      outs.push_back(j);
    }
    f["checks"] = outs;
    arr.push_back(f);
  }
  root["files"] = arr;
  os << root.dump(2) << "\n";
}

}  // namespace tally
