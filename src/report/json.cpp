// The JSON output contract (DESIGN.md, "Findings and outputs"), and the audit record: per file
// every rule considered with its outcome, and for the run the packs (version, content hash)
// and the options, so a run can be reproduced.
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

namespace {

nlohmann::ordered_json file_json(const CheckedFile& cf) {
  const auto& res = cf.result;
  nlohmann::ordered_json f;
  f["path"] = res.path;
  f["encoding"] = res.encoding;
  if (cf.doc) f["format"] = cf.doc->format;
  f["packs"] = res.packs;
  auto t = count(res);
  f["summary"] = {{"figures", res.figures}, {"checks", static_cast<int>(res.outcomes.size())}, {"passed", t.passed}, {"failed", t.failed},
                  {"skipped", t.skipped}, {"errors", t.errors}, {"warnings", t.warnings}, {"notes", t.notes}, {"suppressed", t.suppressed}};
  if (res.read_failed) f["error"] = {{"message", res.error}, {"line", res.error_line}, {"column", res.error_column}};
  auto fs = nlohmann::ordered_json::array();
  for (const auto& x : res.findings) {
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
    j["fingerprint"] = x.fingerprint;
    if (x.suppressed) j["suppressed"] = {{"justification", x.justification}};
    fs.push_back(j);
  }
  f["findings"] = fs;
  auto outs = nlohmann::ordered_json::array();
  for (const auto& o : res.outcomes) {
    nlohmann::ordered_json j;
    j["rule"] = o.rule;
    j["outcome"] = o.status == Status::Passed ? "passed" : o.status == Status::Failed ? "failed" : "skipped";
    if (o.line) j["line"] = o.line;
    if (!o.reason.empty()) j["reason"] = o.reason;
    outs.push_back(j);
  }
  f["checks"] = outs;
  return f;
}

// Indents every line of `s` by `n` spaces.
std::string indented(const std::string& s, int n) {
  std::string pad(static_cast<std::size_t>(n), ' '), out = pad;
  for (char c : s) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

class JsonWriter : public Writer {
 public:
  JsonWriter(std::ostream& os, const RunInfo& run) : os_(os), run_(run) {}
  void begin() override {
    nlohmann::ordered_json tool = {{"name", "tally"}, {"version", TALLY_VERSION}};
    nlohmann::ordered_json r;
    auto opts = nlohmann::ordered_json::object();
    for (auto& [k, v] : run_.options) opts[k] = v;
    r["options"] = opts;
    if (!run_.config.empty()) r["config"] = run_.config;
    auto packs = nlohmann::ordered_json::array();
    for (auto* p : run_.packs) packs.push_back({{"name", p->name}, {"version", p->version}, {"hash", p->content_hash}});
    r["packs"] = packs;
    os_ << "{\n  \"tool\": " << tool.dump() << ",\n  \"run\": " << indented(r.dump(2), 2).substr(2) << ",\n  \"files\": [";
  }
  void file(const CheckedFile& cf) override {
    os_ << (first_ ? "\n" : ",\n") << indented(file_json(cf).dump(2), 4);
    first_ = false;
  }
  void end() override { os_ << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

 private:
  std::ostream& os_;
  const RunInfo& run_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Writer> make_json_writer(std::ostream& os, const RunInfo& run) { return std::make_unique<JsonWriter>(os, run); }

}  // namespace tally
