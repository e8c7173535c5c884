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
  // The file's output, when the format made it on the thread that checked the file
  // (Writer::render); `doc` and the outcomes may then have been released.
  std::string text;
  bool rendered = false;
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
  // A format whose output for a file depends on that file alone makes it here, on the thread
  // that checked the file, into cf.text (setting cf.rendered): a batch is then formatted in
  // parallel, and the document is released where it was built. `file` writes what was made,
  // in input order. Formats that need the whole batch first (SARIF, HTML) make nothing here.
  void render(CheckedFile& cf) const {
    if (!renders_alone()) return;
    render_file(cf, cf.text);
    cf.rendered = true;
  }
  virtual void file(const CheckedFile& cf) = 0;
  virtual void end() {}

 protected:
  virtual bool renders_alone() const { return false; }
  // The output for one file, appended to `out`; only for formats that render alone.
  virtual void render_file(const CheckedFile& cf, std::string& out) const {
    (void)cf;
    (void)out;
  }
  // Writes what render made, or makes it now (a file that did not pass through render).
  void emit(std::ostream& os, const CheckedFile& cf) const {
    if (cf.rendered) {
      os << cf.text;
      return;
    }
    std::string out;
    render_file(cf, out);
    os << out;
  }
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
