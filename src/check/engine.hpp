// Evaluates rule packs on a document: binds named figures, runs every check, and turns each
// failed relation into a finding that points at the figure most likely wrong.
#pragma once
#include <vector>

#include "check/finding.hpp"
#include "document/document.hpp"
#include "rules/pack.hpp"

namespace tally {

bool pack_applies(const RulePack& pack, const Document& doc);
// Runs the packs that apply (higher priority first) and fills result.findings/outcomes.
void check_document(const Document& doc, const std::vector<const RulePack*>& packs, FileResult& result);

}  // namespace tally
