// Reads .tally.yaml as strictly as rule packs: unknown keys, wrong types and an ignore entry
// without a justification are refused with their position.
#include "cli/config.hpp"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>

namespace tally {
namespace {

namespace fs = std::filesystem;

struct Bad {
  std::string message;
};

[[noreturn]] void fail(const std::string& file, const YAML::Node& n, const std::string& msg) {
  if (n.IsDefined()) throw Bad{fmt::format("{}:{}:{}: {}", file, n.Mark().line + 1, n.Mark().column + 1, msg)};
  throw Bad{fmt::format("{}: {}", file, msg)};
}

void keys(const std::string& file, const YAML::Node& m, const std::set<std::string>& allowed, const std::string& what) {
  if (!m.IsMap()) fail(file, m, what + " must be a mapping");
  std::set<std::string> seen;
  for (auto it = m.begin(); it != m.end(); ++it) {
    auto k = it->first.Scalar();
    if (!seen.insert(k).second) fail(file, it->first, "duplicate key '" + k + "' in " + what);
    if (!allowed.count(k)) {
      std::string list;
      for (auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      fail(file, it->first, "unknown key '" + k + "' in " + what + " (allowed: " + list + ")");
    }
  }
}

std::string scalar(const std::string& file, const YAML::Node& n, const std::string& key) {
  if (!n.IsScalar()) fail(file, n, "'" + key + "' must be a string");
  return n.Scalar();
}

std::vector<std::string> strings(const std::string& file, const YAML::Node& n, const std::string& key) {
  std::vector<std::string> out;
  if (n.IsScalar()) return {n.Scalar()};
  if (!n.IsSequence()) fail(file, n, "'" + key + "' must be a string or a list of strings");
  for (auto x : n) out.push_back(scalar(file, x, key));
  return out;
}

std::string one_of(const std::string& file, const YAML::Node& n, const std::string& key, std::initializer_list<const char*> allowed) {
  auto v = scalar(file, n, key);
  std::string list;
  for (auto* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  fail(file, n, fmt::format("'{}' must be one of {}, not '{}'", key, list, v));
}

}  // namespace

std::optional<std::string> load_config(const std::string& path, Config& out) {
  std::string file = path;
  if (file.empty()) {
    std::error_code ec;
    for (auto dir = fs::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
      std::error_code missing;  // set when the file is absent: not an error of the walk
      if (fs::is_regular_file(dir / ".tally.yaml", missing)) {
        file = (dir / ".tally.yaml").string();
        break;
      }
      if (dir == dir.root_path()) break;
    }
    if (file.empty()) return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return fmt::format("{}: cannot read the configuration file", file);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string yaml = ss.str();
  if (yaml.size() > (1u << 20)) return fmt::format("{}: the configuration file is larger than 1 MiB", file);
  for (std::size_t i = 0, depth = 0; i < yaml.size(); ++i) {  // keep yaml-cpp's recursion shallow
    if (yaml[i] == '[' || yaml[i] == '{') ++depth;
    if (yaml[i] == ']' || yaml[i] == '}') depth = depth ? depth - 1 : 0;
    if (depth > 32) return fmt::format("{}: the configuration nests deeper than 32 levels", file);
  }
  out.file = file;
  fs::path base = fs::path(file).parent_path();
  try {
    YAML::Node root = YAML::Load(yaml);
    if (!root.IsDefined() || root.IsNull()) return std::nullopt;
    keys(file, root, {"packs", "rules", "include", "exclude", "severity", "rounding", "fail_on", "ignore"}, "the configuration");
    if (root["packs"]) out.packs = strings(file, root["packs"], "packs");
    if (root["rules"])
      for (auto& r : strings(file, root["rules"], "rules")) out.rules.push_back(fs::path(r).is_absolute() ? r : (base / r).string());
    if (root["include"]) out.include = strings(file, root["include"], "include");
    if (root["exclude"]) out.exclude = strings(file, root["exclude"], "exclude");
    if (auto sev = root["severity"]) {
      if (!sev.IsMap()) fail(file, sev, "'severity' must map rule ids to error, warning, note or off");
      for (auto it = sev.begin(); it != sev.end(); ++it)
        out.severity[scalar(file, it->first, "rule id")] = one_of(file, it->second, "severity", {"error", "warning", "note", "off"});
    }
    if (root["rounding"]) out.rounding = one_of(file, root["rounding"], "rounding", {"any", "half_up", "truncate"});
    if (root["fail_on"]) out.fail_on = one_of(file, root["fail_on"], "fail_on", {"error", "warning", "note", "never"});
    if (auto ig = root["ignore"]) {
      if (!ig.IsSequence()) fail(file, ig, "'ignore' must be a list of {rule, path, figure, justification}");
      for (auto e : ig) {
        keys(file, e, {"rule", "path", "figure", "justification"}, "an ignore entry");
        IgnoreEntry x;
        if (!e["rule"]) fail(file, e, "an ignore entry needs 'rule'");
        x.rule = scalar(file, e["rule"], "rule");
        if (e["path"]) x.path = scalar(file, e["path"], "path");
        if (e["figure"]) x.figure = scalar(file, e["figure"], "figure");
        if (!e["justification"] || scalar(file, e["justification"], "justification").empty())
          fail(file, e, "an ignore entry needs a 'justification': say why the finding is accepted");
        x.justification = e["justification"].Scalar();
        out.ignore.push_back(std::move(x));
      }
    }
  } catch (const Bad& b) {
    return b.message;
  } catch (const YAML::Exception& e) {
    return fmt::format("{}:{}:{}: YAML syntax: {}", file, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
  return std::nullopt;
}

}  // namespace tally
