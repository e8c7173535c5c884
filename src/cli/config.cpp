// Reads .tally.yaml as strictly as rule packs: unknown keys, wrong types and an ignore entry
// without a justification are refused with their position.
#include "cli/config.hpp"

#include <fnmatch.h>
#include <yaml-cpp/yaml.h>

#include <cctype>
#include <map>

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

// A limit: a whole number from 1 up.
std::size_t count(const std::string& file, const YAML::Node& n, const std::string& key) {
  auto v = scalar(file, n, key);
  std::size_t out = 0;
  bool ok = !v.empty() && v.size() <= 18;
  for (char c : v) {
    ok = ok && c >= '0' && c <= '9';
    out = out * 10 + static_cast<std::size_t>(c - '0');
  }
  if (!ok || out == 0) fail(file, n, fmt::format("'{}' must be a whole number from 1 up, not '{}'", key, v));
  return out;
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
    keys(file, root, {"packs", "rules", "include", "exclude", "severity", "rounding", "fail_on", "ignore", "previous", "max_bytes", "max_figures", "max_lines"},
         "the configuration");
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
    if (root["max_bytes"]) out.max_bytes = count(file, root["max_bytes"], "max_bytes");
    if (root["max_figures"]) out.max_figures = count(file, root["max_figures"], "max_figures");
    if (root["max_lines"]) out.max_lines = count(file, root["max_lines"], "max_lines");
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
    if (auto pv = root["previous"]) {
      if (!pv.IsSequence()) fail(file, pv, "'previous' must be a list of {path, file}");
      for (auto e : pv) {
        keys(file, e, {"path", "file"}, "a previous entry");
        if (!e["path"] || !e["file"]) fail(file, e, "a previous entry needs 'path' (a glob) and 'file' (last year's report)");
        out.previous.push_back({scalar(file, e["path"], "path"), scalar(file, e["file"], "file")});
      }
    }
    out.base = base.string();
  } catch (const Bad& b) {
    return b.message;
  } catch (const YAML::Exception& e) {
    return fmt::format("{}:{}:{}: YAML syntax: {}", file, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
  return std::nullopt;
}

bool path_glob(const std::string& pattern, const std::string& path) {
  if (fnmatch(pattern.c_str(), path.c_str(), 0) == 0) return true;
  return fnmatch(pattern.c_str(), fs::path(path).filename().string().c_str(), 0) == 0;
}

std::string previous_for(const Config& config, const std::string& path) {
  for (const auto& e : config.previous) {
    if (!path_glob(e.path, path)) continue;
    fs::path p(path);
    std::string year;
    for (std::size_t i = 0; i + 4 <= path.size(); ++i) {
      bool four = (path.compare(i, 2, "19") == 0 || path.compare(i, 2, "20") == 0) && std::isdigit(static_cast<unsigned char>(path[i + 2])) &&
                  std::isdigit(static_cast<unsigned char>(path[i + 3])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(path[i - 1]))) &&
                  (i + 4 == path.size() || !std::isdigit(static_cast<unsigned char>(path[i + 4])));
      if (four) year = path.substr(i, 4);
    }
    std::map<std::string, std::string> vars = {{"dir", p.parent_path().string()}, {"name", p.filename().string()},
                                               {"stem", p.stem().string()}, {"ext", p.extension().string()}};
    if (!year.empty()) {
      vars["year"] = year;
      vars["year-1"] = std::to_string(std::stoi(year) - 1);
    }
    std::string out;
    for (std::size_t i = 0; i < e.file.size(); ++i) {
      auto close = e.file[i] == '{' ? e.file.find('}', i) : std::string::npos;
      auto it = close == std::string::npos ? vars.end() : vars.find(e.file.substr(i + 1, close - i - 1));
      if (it == vars.end()) {
        out += e.file[i];
        continue;
      }
      out += it->second;
      i = close;
    }
    fs::path r(out);
    bool beside = e.file.rfind("{dir}", 0) == 0;  // built from the checked file's own folder
    return r.is_absolute() || beside || config.base.empty() ? out : (fs::path(config.base) / r).lexically_normal().string();
  }
  return {};
}

}  // namespace tally
