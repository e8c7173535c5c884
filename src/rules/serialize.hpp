// A compact binary form of a loaded RulePack: the shipped packs are validated and serialized
// at build time (tools/pack_compiler.cpp), so tally never parses YAML for them at start-up.
#pragma once
#include <string>
#include <string_view>

#include "rules/pack.hpp"

namespace tally {

std::string serialize_pack(const RulePack& pack);
// Rebuilds the pack (compiling its regexes and expressions); throws std::runtime_error on
// malformed input, which only a build error could produce. `lasting`: the bytes outlive the
// pack (a pack built into the program), and its patterns read what they need from them when
// first searched, not all of it now.
RulePack deserialize_pack(std::string_view bytes, bool lasting = false);
// Only the pack's head: its name, title, version, description, source, hash, detect, exclude
// and priority, as the whole pack has them.
RulePack deserialize_pack_head(std::string_view bytes, bool lasting = false);

}  // namespace tally
