// Decoding (BOM, UTF-8, UTF-16, GB18030/Big5 detection) and folding of arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/encoding.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto d = tally::text::decode(std::string_view(reinterpret_cast<const char*>(data), size));
  auto folded = tally::text::fold(d.text);
  if (folded.size() != d.text.size()) __builtin_trap();  // folding is one code point for one
  auto back = tally::text::from_utf8(tally::text::to_utf8(d.text));
  if (back != d.text) __builtin_trap();
  return 0;
}
