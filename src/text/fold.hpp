// The folded view used for matching: one code point to one code point, so that an offset
// in folded text is an offset in the original. Full-width ASCII and CJK punctuation fold to
// ASCII; traditional characters fold to simplified (table generated at build time).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace tally::text {

char32_t fold(char32_t c);
std::u32string fold(std::u32string_view s);
// The same, and its UTF-8 (to_utf8 of the result) in `utf8`: one pass for both.
std::u32string fold(std::u32string_view s, std::string& utf8);
// The same, with the offset in `utf8` of every code point of the result and of its end in
// `at` (size + 1 entries): any stretch of the folded text is then cut from its UTF-8 instead of
// encoded again. `at` is left null when the UTF-8 could be too long for 32-bit offsets.
std::u32string fold(std::u32string_view s, std::string& utf8, std::unique_ptr<std::uint32_t[]>& at);

}  // namespace tally::text
