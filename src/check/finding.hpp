// What checking a document produces: findings (plain values with spans into the document)
// and the outcome of every rule considered, for the audit record.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "rules/pack.hpp"

namespace tally {

struct Related {
  Span span;
  std::string message;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::Error;
  std::string message;
  Span primary;
  std::vector<Related> related;
  std::string expected, actual, suggestion;
  std::string fingerprint;    // stable across edits elsewhere in the file (report/fingerprint.cpp)
  bool suppressed = false;    // matched an `ignore` entry of the configuration
  std::string justification;  // why it was suppressed
};

enum class Status { Passed, Failed, Skipped };

struct Outcome {
  // The check's id, borrowed: from its pack, which outlives the run, from lasting_name, or a
  // literal. (A record per check of every pack in every report: no copy of each name, no
  // allocation.) A name made on the spot would be gone before the record is written: that does
  // not compile.
  std::string_view rule;
  Status status = Status::Skipped;
  std::string reason;  // why skipped
  int line = 0;        // where it was evaluated, when it applies to one place
  Outcome(const std::string& r, Status s, std::string why, int at) : rule(r), status(s), reason(std::move(why)), line(at) {}
  Outcome(std::string_view r, Status s, std::string why, int at) : rule(r), status(s), reason(std::move(why)), line(at) {}
  template <std::size_t N>
  Outcome(const char (&r)[N], Status s, std::string why, int at) : rule(r, N - 1), status(s), reason(std::move(why)), line(at) {}
  Outcome(std::string&&, Status, std::string, int) = delete;
};

// A rule name made while checking (a roll-up's, of its pack and table), kept for the rest of the
// process so that an outcome may borrow it; the same name is kept once.
std::string_view lasting_name(const std::string& name);

struct FileResult {
  std::string path;
  std::string encoding;
  std::vector<std::string> packs;  // applied, name@version
  std::string previous;            // last year's report the checks across years read, if any
  std::vector<Finding> findings;
  std::vector<Outcome> outcomes;
  int figures = 0;
  bool read_failed = false;
  std::string error;               // when the file could not be read
  int error_line = 0, error_column = 0;
};

}  // namespace tally
