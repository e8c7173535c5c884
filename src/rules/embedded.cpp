// The packs compiled into the binary (rules/*.yaml, serialized at build time), loaded once.
#include "rules/embedded.hpp"

#include <cstddef>
#include <iterator>
#include <mutex>
#include <optional>
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

std::string_view bytes_of(const EmbeddedPack& e) { return {reinterpret_cast<const char*>(e.data), e.size}; }
}  // namespace

// (Kept to the process's end and never destroyed: taking apart every pattern's programs and
// strings at exit cost a tenth of checking one report, for memory the system takes back whole.)
const std::vector<RulePack>& embedded_packs() {
  static const std::vector<RulePack>& packs = *new std::vector<RulePack>([] {
    std::vector<RulePack> out;
    for (const auto& e : kEmbeddedPacks)
      out.push_back(deserialize_pack(bytes_of(e), true));
    return out;
  }());
  return packs;
}

const std::vector<RulePack>& embedded_pack_heads() {
  static const std::vector<RulePack>& heads = *new std::vector<RulePack>([] {
    std::vector<RulePack> out;
    for (const auto& e : kEmbeddedPacks) out.push_back(deserialize_pack_head(bytes_of(e), true));
    return out;
  }());
  return heads;
}

const RulePack& embedded_whole(const RulePack& pack) {
  constexpr std::size_t n = std::size(kEmbeddedPacks);
  static std::once_flag once[n];
  static std::optional<RulePack>* whole = new std::optional<RulePack>[n];
  const auto& heads = embedded_pack_heads();
  if (heads.empty() || &pack < heads.data() || &pack >= heads.data() + heads.size()) return pack;
  const auto i = static_cast<std::size_t>(&pack - heads.data());
  std::call_once(once[i], [&] { whole[i].emplace(deserialize_pack(bytes_of(kEmbeddedPacks[i]), true)); });
  return *whole[i];
}

}  // namespace tally
