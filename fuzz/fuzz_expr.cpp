// The expression language: parse arbitrary text, then evaluate what parses with every name
// bound to a value (or missing), including division by zero.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rules/expr.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string src(reinterpret_cast<const char*>(data), size);
  tally::ExprError err;
  auto e = tally::parse_expr(src, err);
  if (!e) return 0;
  auto lookup = [](const std::string& n) -> std::optional<tally::Decimal> {
    if (n.size() % 3 == 0) return std::nullopt;
    return tally::Decimal(static_cast<std::int64_t>(n.size()) - 4, static_cast<int>(n.size() % 3));
  };
  auto expand = [](const std::string& n) { return std::vector<std::string>{n, n + "x"}; };
  (void)tally::evaluate(*e, lookup, expand);
  return 0;
}
