// The YAML rule loader on arbitrary text: refused with a position, or loaded and serialized
// and read back to the same pack.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "rules/loader.hpp"
#include "rules/serialize.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string yaml(reinterpret_cast<const char*>(data), size);
  auto r = tally::load_pack(yaml, "fuzz.yaml");
  if (auto* p = std::get_if<tally::RulePack>(&r)) {
    auto bytes = tally::serialize_pack(*p);
    auto back = tally::deserialize_pack(bytes);
    if (tally::serialize_pack(back) != bytes) __builtin_trap();
  }
  return 0;
}
