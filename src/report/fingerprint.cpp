// Finding fingerprints: FNV-1a over the rule, the text of the figure's line (whitespace
// removed) and the texts of the figures involved; a second finding with the same inputs in
// the same file gets a running number, so fingerprints stay unique and stable.
#include <fmt/format.h>

#include <map>
#include <utility>

#include "report/report.hpp"
#include "text/utf8.hpp"

namespace tally {
namespace {

std::uint64_t fnv(std::uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

void assign_fingerprints(CheckedFile& cf) {
  std::map<std::string, int> seen;
  // The hash of the rule and the line, kept for each rule and line: findings of one rule on one
  // line (thousands of parts of a list written on one enormous line) hash the line once, so the
  // cost is the packs' rules times the text, not the findings times their lines' length.
  std::map<std::pair<std::string_view, std::size_t>, std::uint64_t> rule_line;
  for (auto& f : cf.result.findings) {
    std::uint64_t h = fnv(1469598103934665603ULL, f.rule);
    if (cf.doc) {
      const Document& d = *cf.doc;
      auto lc = d.at(f.primary.begin);
      auto [it, fresh] = rule_line.try_emplace({f.rule, lc.line}, 0);
      if (fresh) {
        Span line = d.lines.line_span(lc.line);
        std::u32string squeezed;
        for (auto i = line.begin; i < line.end && i < d.folded.size(); ++i)
          if (d.folded[i] != U' ' && d.folded[i] != U'\t') squeezed.push_back(d.folded[i]);
        // FNV-1a is a running hash: hashing the separator, then the text, is hashing both joined.
        it->second = fnv(fnv(h, "\x1f"), text::to_utf8(squeezed));
      }
      h = fnv(fnv(it->second, "\x1f"), d.slice(f.primary));
      for (auto& r : f.related) h = fnv(fnv(h, "\x1f"), d.slice(r.span));
    } else {
      h = fnv(h, f.message);
    }
    std::string fp = fmt::format("{:016x}", h);
    int n = seen[fp]++;
    f.fingerprint = n == 0 ? fp : fmt::format("{}-{}", fp, n);
  }
}

}  // namespace tally
