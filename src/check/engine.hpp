// Evaluates rule packs on a document: binds named figures, runs every check, and turns each
// failed relation into a finding that points at the figure most likely wrong.
#pragma once
#include <vector>

#include "check/finding.hpp"
#include "document/document.hpp"
#include "rules/pack.hpp"
#include "text/pairs.hpp"

namespace tally {

bool pack_applies(const RulePack& pack, const Document& doc);
// The pairs of code points of the document's folded text, and those its line breaks join when
// dropped (pack detection reads the text both ways): built once per document for the whole-text
// searches of packs_applying and check_document. Empty (rules nothing out) for a short text.
text::PairIndex text_pairs(const Document& doc);
// The packs that apply to the document, in the order given (pack_applies of each).
std::vector<const RulePack*> packs_applying(const std::vector<const RulePack*>& packs, const Document& doc,
                                            const text::PairIndex* pairs = nullptr);
// Runs the packs that apply (higher priority first) and fills result.findings/outcomes.
// `previous`, when given, is last year's report: table checks may refer to its cells. `pairs`,
// when given, is text_pairs(doc).
void check_document(const Document& doc, const std::vector<const RulePack*>& packs, FileResult& result,
                    const Document* previous = nullptr, const text::PairIndex* pairs = nullptr);

}  // namespace tally
