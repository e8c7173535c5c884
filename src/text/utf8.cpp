// UTF-8 <-> code points for text already known to be Unicode, and display widths.
#include "text/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace tally::text {

void append_utf8(std::string& out, char32_t c) {
  char buf[4];
  out.append(buf, encode_utf8(c, buf));
}

std::size_t encode_utf8_all(std::u32string_view s, char* out) {
  char* o = out;
  for (char32_t c : s) {
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
    } else if (c < 0x10000 && c >= 0x800 && std::endian::native == std::endian::little) {
      // Three bytes (all of CJK) in one four-byte store; the fourth is overwritten next, and
      // fits in the room for four bytes per code point.
      std::uint32_t v = 0x8080E0u | (c >> 12) | ((c >> 6 & 0x3F) << 8) | ((c & 0x3F) << 16);
      std::memcpy(o, &v, sizeof v);
      o += 3;
    } else {
      o += encode_utf8(c, o);
    }
  }
  return static_cast<std::size_t>(o - out);
}

std::size_t utf8_length(std::u32string_view s) {
  // Summed in 32 bits (a lane per code point once vectorised), a chunk short enough not to
  // overflow them at a time.
  constexpr std::size_t kChunk = std::size_t{1} << 28;
  std::size_t n = s.size();
  for (std::size_t i = 0; i < s.size(); i += kChunk) {
    std::uint32_t extra = 0;
    for (char32_t c : s.substr(i, kChunk)) extra += (c >= 0x80) + (c >= 0x800) + (c >= 0x10000);
    n += extra;
  }
  return n;
}

std::string to_utf8(std::u32string_view s) {
  // Text up to a line's length (every label, unit and title) goes through the stack so that
  // the string is made at its exact size: short text then fits the string's own buffer and
  // needs no allocation. Longer text is appended a stack buffer at a time to a string with
  // room for three bytes a code point (CJK), rather than written into zero-filled room for four.
  constexpr std::size_t kOnStack = 256;
  char buf[kOnStack * 4];
  if (s.size() <= kOnStack) return std::string(buf, encode_utf8_all(s, buf));
  std::string out;
  out.reserve(s.size() * 3);
  for (std::size_t i = 0; i < s.size(); i += kOnStack) out.append(buf, encode_utf8_all(s.substr(i, kOnStack), buf));
  return out;
}

std::u32string from_utf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = true;
    for (int k = 1; k < len; ++k) {
      unsigned char t = static_cast<unsigned char>(s[i + k]);
      if ((t >> 6) != 2) { ok = false; break; }
      c = (c << 6) | (t & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += len;
  }
  return out;
}

}  // namespace tally::text
