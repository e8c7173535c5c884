// Output formats: each walks the same list of FileResults; none computes anything.
#pragma once
#include <memory>
#include <ostream>
#include <vector>

#include "check/finding.hpp"
#include "document/document.hpp"

namespace tally {

struct CheckedFile {
  FileResult result;
  std::shared_ptr<const Document> doc;  // null when the file could not be read
};

void write_json(std::ostream& os, const std::vector<CheckedFile>& files);
void write_text(std::ostream& os, const std::vector<CheckedFile>& files, bool color);

}  // namespace tally
