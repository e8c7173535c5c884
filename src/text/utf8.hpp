// UTF-8 <-> code point conversion for strings already known to be valid Unicode.
#pragma once
#include <string>
#include <string_view>

namespace tally::text {

// Writes the UTF-8 bytes of `c` to `out` (room for 4) and returns how many.
constexpr std::size_t encode_utf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// A byte that goes on a character begun before it (10xxxxxx): not where a character starts.
inline bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Writes the UTF-8 of `s` to `out` (room for 4 bytes a code point) and returns its length.
std::size_t encode_utf8_all(std::u32string_view s, char* out);
std::string to_utf8(std::u32string_view s);
// The length of to_utf8(s), without making it.
std::size_t utf8_length(std::u32string_view s);
// The length of the well-formed UTF-8 sequence starting at s[i] (2 to 4 bytes), or 0: no
// overlong form, surrogate or code point above U+10FFFF.
// (One branch per length: this runs for every non-ASCII character of a document.)
inline std::size_t valid_utf8_at(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
  const unsigned char b = p[0];
  if (b < 0xC2) return 0;
  if (b <= 0xDF) return left >= 2 && cont(1) ? 2 : 0;
  if (b <= 0xEF) {
    if (left < 3 || !cont(1) || !cont(2) || (b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] >= 0xA0)) return 0;
    return 3;
  }
  if (b > 0xF4 || left < 4 || !cont(1) || !cont(2) || !cont(3) || (b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] >= 0x90))
    return 0;
  return 4;
}
// The code point at s[i] and its length in bytes, or 0 when the bytes there are not UTF-8
// (valid_utf8_at tells the length).
inline std::size_t decode_utf8_at(std::string_view s, std::size_t i, char32_t& c) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    c = b;
    return 1;
  }
  const std::size_t len = valid_utf8_at(s, i);
  if (len == 0) return 0;
  c = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return len;
}
void append_utf8(std::string& out, char32_t c);
// Lenient: invalid sequences become U+FFFD.
std::u32string from_utf8(std::string_view s);
// East Asian display width of one code point (2 for wide/fullwidth, 0 for combining, else 1).
inline int display_width(char32_t c) {
  // (Most characters of a line are ASCII or CJK: one test or two.)
  if (c < 0x0300) return 1;
  if (c >= 0x2E80 && c <= 0xA4CF) return c == 0x303F ? 1 : 2;
  if ((c <= 0x036F) || (c >= 0x200B && c <= 0x200F)) return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
      (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

// The display width of a text: the sum of its code points' (four at a time where they are all
// below U+0300, CJK or full-width forms, as nearly all of a report's are).
std::size_t display_width(std::u32string_view s);

}  // namespace tally::text
