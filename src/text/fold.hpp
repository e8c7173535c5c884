// The folded view used for matching: one code point to one code point, so that an offset
// in folded text is an offset in the original. Full-width ASCII and CJK punctuation fold to
// ASCII; traditional characters fold to simplified (table generated at build time).
#pragma once
#include <string>
#include <string_view>

namespace tally::text {

char32_t fold(char32_t c);
std::u32string fold(std::u32string_view s);
// The same, and its UTF-8 (to_utf8 of the result) in `utf8`: one pass for both.
std::u32string fold(std::u32string_view s, std::string& utf8);

}  // namespace tally::text
