// The whole check of a text report with the shipped packs: binding, breakdowns, shares,
// tables (row reading, digit splitting, blame) and outline.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "check/engine.hpp"
#include "document/build.hpp"
#include "rules/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tally::Limits limits;
  limits.max_bytes = 1 << 20;
  auto built = tally::build_document("fuzz.txt", std::string_view(reinterpret_cast<const char*>(data), size), limits);
  auto* doc = std::get_if<tally::Document>(&built);
  if (!doc) return 0;
  std::vector<const tally::RulePack*> packs;
  for (const auto& p : tally::embedded_packs())
    if (tally::pack_applies(p, *doc)) packs.push_back(&p);
  tally::FileResult result;
  tally::check_document(*doc, packs, result, doc);  // the document as its own previous year
  for (const auto& f : result.findings) (void)doc->location(f.primary);
  return 0;
}
