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

// Last year's report for the checks across years, chosen per checked file: the first entry
// whose `path` glob matches names `file`, a template over the checked file's path: {dir}
// {name} {stem} {ext}, {year} (the last 19xx/20xx in the path) and {year-1}. A template that
// starts with {dir} is beside the checked file; other relative ones are taken from the
// configuration file's folder.
struct PreviousEntry {
  std::string path;
  std::string file;
};

struct Config {
  std::string file;                           // where it was read from; empty when none
  std::optional<std::vector<std::string>> packs;  // built-in packs to use (all when absent)
  std::vector<std::string> rules;             // extra rule files or directories, resolved
  std::vector<std::string> include, exclude;  // globs for directory walks
  std::map<std::string, std::string, std::less<>> severity;  // rule id -> error|warning|note|off
  std::string rounding;                       // any|half_up|truncate, or empty
  std::string fail_on;                        // or empty
  // The limits on one document (--max-bytes, --max-figures, --max-lines), when set here.
  std::optional<std::size_t> max_bytes, max_figures, max_lines;
  std::vector<IgnoreEntry> ignore;
  std::vector<PreviousEntry> previous;
  std::string base;  // the configuration file's folder
};

// The configuration's path globs (include, exclude, ignore, previous): `pattern` matches the
// path as given, or its file name.
bool path_glob(const std::string& pattern, const std::string& path);

// Last year's report for `path` by the `previous` entries; empty when none matches.
std::string previous_for(const Config& config, const std::string& path);

// Reads `path`, or the nearest .tally.yaml above the working directory when `path` is empty.
// Returns an error message "file:line:col: …" on a mistake; an absent file is no error.
std::optional<std::string> load_config(const std::string& path, Config& out);

}  // namespace tally
