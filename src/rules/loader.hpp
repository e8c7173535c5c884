// Strict loading of YAML rule packs: unknown or duplicate keys, wrong types, bad regexes,
// unknown figure names and malformed expressions are refused with the rule file's line:col.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "rules/pack.hpp"

namespace tally {

struct LoadError {
  std::string file;
  int line = 0, column = 0;  // 1-based; 0 when not known
  std::string message;
  std::string str() const;
};

std::variant<RulePack, LoadError> load_pack(const std::string& yaml, const std::string& source_name);
// Loads a file, or every *.yaml / *.yml file in a directory (sorted by name).
std::variant<std::vector<RulePack>, LoadError> load_pack_path(const std::string& path);
// The packs compiled into the binary (rules/*.yaml), loaded once.
const std::vector<RulePack>& embedded_packs();

}  // namespace tally
