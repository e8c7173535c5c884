// Segmentation, number extraction and text tables: arbitrary bytes as a text report, then
// every location the outputs would ask for.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "document/build.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tally::Limits limits;
  limits.max_bytes = 1 << 20;
  auto built = tally::build_document(FUZZ_PATH, std::string_view(reinterpret_cast<const char*>(data), size), limits);
  if (auto* doc = std::get_if<tally::Document>(&built)) {
    for (const auto& f : doc->figures) {
      auto l = doc->location(f.span);
      if (l.line == 0 || l.column == 0) __builtin_trap();
      (void)doc->slice(f.span);
    }
  }
  return 0;
}
