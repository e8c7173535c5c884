// UTF-8 <-> code point conversion for strings already known to be valid Unicode.
#pragma once
#include <string>
#include <string_view>

namespace tally::text {

std::string to_utf8(std::u32string_view s);
void append_utf8(std::string& out, char32_t c);
// Lenient: invalid sequences become U+FFFD.
std::u32string from_utf8(std::string_view s);
// East Asian display width of one code point (2 for wide/fullwidth, 0 for combining, else 1).
int display_width(char32_t c);

}  // namespace tally::text
