// .tally.yaml: found by walking up from the working directory (or named with --config).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tally {

struct IgnoreEntry {
  std::string rule;           // rule id or glob
  std::string path = "*";     // glob over the path as given
  std::string figure;         // optional: the figure's text or the finding's fingerprint
  std::string justification;  // required
};

struct Config {
  std::string file;                           // where it was read from; empty when none
  std::optional<std::vector<std::string>> packs;  // built-in packs to use (all when absent)
  std::vector<std::string> rules;             // extra rule files or directories, resolved
  std::vector<std::string> include, exclude;  // globs for directory walks
  std::map<std::string, std::string> severity;  // rule id -> error|warning|note|off
  std::string rounding;                       // any|half_up|truncate, or empty
  std::string fail_on;                        // or empty
  std::vector<IgnoreEntry> ignore;
};

// Reads `path`, or the nearest .tally.yaml above the working directory when `path` is empty.
// Returns an error message "file:line:col: …" on a mistake; an absent file is no error.
std::optional<std::string> load_config(const std::string& path, Config& out);

}  // namespace tally
