// Decoding of raw file bytes into Unicode code points: BOM sniffing, UTF-8 validation,
// and ICU detection/conversion for GB18030 (GBK) and Big5. Invalid bytes become U+FFFD.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace tally::text {

struct Decoded {
  std::u32string text;           // the document as code points, original script
  std::string encoding;          // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
  bool had_bom = false;
  std::size_t invalid_count = 0; // invalid byte sequences replaced by U+FFFD
  std::size_t first_invalid = 0; // code-point offset in `text` of the first replacement
};

// Never throws; never fails: undecodable bytes are replaced and counted.
Decoded decode(std::string_view bytes);

}  // namespace tally::text
