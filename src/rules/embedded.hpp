// The packs compiled into the binary, read only as far as a run needs them.
#pragma once
#include <vector>

#include "rules/pack.hpp"

namespace tally {

// The built-in packs, each read only as far as telling reports apart (its name, version, hash,
// detect, exclude and priority; no figures, checks or tables): a report applies one of the three
// formats' packs, and reading the others whole cost a quarter of checking one report.
const std::vector<RulePack>& embedded_pack_heads();
// The whole pack of one of those heads, read the first time it is asked for (by any thread);
// any other pack is itself.
const RulePack& embedded_whole(const RulePack& pack);

}  // namespace tally
