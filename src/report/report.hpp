// Output formats: each walks the same list of checked files; none computes anything.
#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "check/finding.hpp"
#include "document/document.hpp"
#include "rules/pack.hpp"

namespace tally {

struct CheckedFile {
  FileResult result;
  std::shared_ptr<const Document> doc;  // null when the file could not be read
};

// What produced the results, for the audit record (JSON) and SARIF.
struct RunInfo {
  std::vector<const RulePack*> packs;   // every pack that was available
  std::vector<std::pair<std::string, std::string>> options;  // name, value, as given
  std::string config;                   // the configuration file used, if any
};

// Every format writes as files arrive, in input order, so a batch of any size is written with
// only the files in flight held in memory.
class Writer {
 public:
  virtual ~Writer() = default;
  virtual void begin() {}
  virtual void file(const CheckedFile& cf) = 0;
  virtual void end() {}
};

// format: text, json, gnu, github, csv, summary, sarif, html. Nullptr for an unknown format.
std::unique_ptr<Writer> make_writer(const std::string& format, std::ostream& os, const RunInfo& run, bool color);

// A fingerprint for every finding: the rule, the text of the figure's line and the figures
// involved, never the line number, so a finding keeps its identity when lines move.
void assign_fingerprints(CheckedFile& cf);

// Counts per file, shared by the formats that summarise.
struct Tally {
  int errors = 0, warnings = 0, notes = 0, passed = 0, failed = 0, skipped = 0, suppressed = 0;
};
Tally count(const FileResult& r);

}  // namespace tally
