// SARIF 2.1.0 for code scanning and audits: one run, a rule entry for every rule of the packs
// used, results with their primary and related locations, partial fingerprints, and findings
// the configuration suppresses carried as suppressions with their justification.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "report/report.hpp"

namespace tally {
namespace {

const char* level(Severity s) { return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note"; }

// A relative URI reference for a path: '/' separators, everything outside the unreserved
// characters percent-encoded (Chinese file names included).
std::string uri(const std::string& path) {
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  std::string out = p.rfind("/", 0) == 0 ? "file://" : "";
  for (unsigned char c : p) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

// Relative paths are relative to the source root; absolute ones are file:// URIs.
nlohmann::ordered_json artifact(const std::string& path) {
  auto u = uri(path);
  if (u.rfind("file://", 0) == 0) return {{"uri", u}};
  return {{"uri", u}, {"uriBaseId", "%SRCROOT%"}};
}

nlohmann::ordered_json physical(const CheckedFile& cf, Span s) {
  nlohmann::ordered_json region;
  if (cf.doc) {
    auto l = cf.doc->location(s);
    region = {{"startLine", l.line}, {"startColumn", l.column}, {"endLine", l.end_line}, {"endColumn", std::max(l.end_column, l.column + 1)}};
    nlohmann::ordered_json pl = {{"artifactLocation", artifact(cf.result.path)}, {"region", region}};
    if (!l.cell.empty()) pl["region"]["snippet"] = {{"text", cf.doc->slice(s)}};
    nlohmann::ordered_json loc = {{"physicalLocation", pl}};
    if (!l.cell.empty()) loc["logicalLocations"] = nlohmann::ordered_json::array({{{"name", l.cell}, {"kind", "element"}}});
    return loc;
  }
  return {{"physicalLocation", {{"artifactLocation", artifact(cf.result.path)}}}};
}

}  // namespace

namespace {

class SarifWriter : public Writer {
 public:
  SarifWriter(std::ostream& os, const RunInfo& run) : os_(os), run_(run) {}

  void begin() override {
    // Rules: every check of every pack available, in pack order.
    for (auto* p : run_.packs)
      for (auto& c : p->checks) {
        if (index_.count(c.id)) continue;
        index_[c.id] = static_cast<int>(rules_.size());
        std::string help = c.description;
        if (!c.rationale.empty()) help += "\n\n" + c.rationale;
        if (!c.example.empty()) help += "\n\n例：" + c.example;
        rules_.push_back({{"id", c.id},
                          {"shortDescription", {{"text", c.title.empty() ? c.description : c.title}}},
                          {"fullDescription", {{"text", c.description}}},
                          {"help", {{"text", help}}},
                          {"defaultConfiguration", {{"level", level(c.severity)}}},
                          {"properties", {{"pack", p->name}, {"packVersion", p->version}, {"kind", check_kind_name(c.kind)}}}});
      }
  }

  void file(const CheckedFile& cf) override {
    const auto& r = cf.result;
    if (r.read_failed) {
      nlohmann::ordered_json where = {{"artifactLocation", artifact(r.path)},
                                      {"region", {{"startLine", std::max(1, r.error_line)}, {"startColumn", std::max(1, r.error_column)}}}};
      notifications_.push_back({{"level", "error"},
                                {"message", {{"text", r.path + ": " + r.error}}},
                                {"locations", nlohmann::ordered_json::array({{{"physicalLocation", where}}})}});
      return;
    }
    for (auto& f : r.findings) {
      if (!index_.count(f.rule)) {  // a rule outside the packs (input.encoding, rollup, …)
        index_[f.rule] = static_cast<int>(rules_.size());
        rules_.push_back({{"id", f.rule}, {"shortDescription", {{"text", f.rule}}}, {"defaultConfiguration", {{"level", level(f.severity)}}}});
      }
      nlohmann::ordered_json res = {{"ruleId", f.rule},
                                    {"ruleIndex", index_[f.rule]},
                                    {"level", level(f.severity)},
                                    {"message", {{"text", f.message + (f.suggestion.empty() ? "" : "（" + f.suggestion + "）")}}},
                                    {"locations", nlohmann::ordered_json::array({physical(cf, f.primary)})}};
      auto related = nlohmann::ordered_json::array();
      int id = 1;
      for (auto& rel : f.related) {
        auto l = physical(cf, rel.span);
        l["id"] = id++;
        l["message"] = {{"text", rel.message}};
        related.push_back(l);
      }
      if (!related.empty()) res["relatedLocations"] = related;
      res["partialFingerprints"] = {{"tallyFinding/v1", f.fingerprint}};
      if (f.suppressed)
        res["suppressions"] = nlohmann::ordered_json::array({{{"kind", "external"}, {"status", "accepted"}, {"justification", f.justification}}});
      auto props = nlohmann::ordered_json::object();
      if (!f.expected.empty()) props["expected"] = f.expected;
      if (!f.actual.empty()) props["actual"] = f.actual;
      if (!props.empty()) res["properties"] = props;
      results_ += (results_.empty() ? "\n" : ",\n") + res.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    }
  }

  void end() override {
    nlohmann::ordered_json invocation = {{"executionSuccessful", notifications_.empty()}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    nlohmann::ordered_json driver = {{"name", "tally"}, {"semanticVersion", TALLY_VERSION}, {"version", TALLY_VERSION},
                                     {"informationUri", TALLY_HOMEPAGE}, {"rules", rules_}};
    os_ << "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\", \"runs\": [{\n"
        << "\"tool\": {\"driver\": " << driver.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "},\n"
        << "\"invocations\": [" << invocation.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "],\n"
        << "\"columnKind\": \"unicodeCodePoints\",\n"
        << "\"results\": [" << results_ << "\n]}]}\n";
  }

 private:
  std::ostream& os_;
  const RunInfo& run_;
  nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
  nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();
  std::map<std::string, int> index_;
  std::string results_;
};

}  // namespace

std::unique_ptr<Writer> make_sarif_writer(std::ostream& os, const RunInfo& run) { return std::make_unique<SarifWriter>(os, run); }

}  // namespace tally
