// The packs compiled into the binary (rules/*.yaml, serialized at build time), loaded once.
#include <cstddef>
#include <stdexcept>
#include <string_view>

#include "rules/loader.hpp"
#include "rules/serialize.hpp"

namespace tally {
namespace {
struct EmbeddedPack {
  const unsigned char* data;
  std::size_t size;
};
#include "packs.inc"
}  // namespace

// (Kept to the process's end and never destroyed: taking apart every pattern's programs and
// strings at exit cost a tenth of checking one report, for memory the system takes back whole.)
const std::vector<RulePack>& embedded_packs() {
  static const std::vector<RulePack>& packs = *new std::vector<RulePack>([] {
    std::vector<RulePack> out;
    for (const auto& e : kEmbeddedPacks)
      out.push_back(deserialize_pack(std::string_view(reinterpret_cast<const char*>(e.data), e.size), true));
    return out;
  }());
  return packs;
}

}  // namespace tally
