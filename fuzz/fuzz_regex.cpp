// Pike (rules/pike.hpp) against RE2: the input is a pattern, a NUL, then a text (a second NUL
// and two bytes give a window). Where Pike takes the pattern, its answer to "a match
// anywhere?", its match anchored where the window begins and its leftmost-first match must be
// RE2's; otherwise the target traps.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "rules/pike.hpp"
#include "rules/regex.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto nul = in.find('\0');
  if (nul == std::string_view::npos) return 0;
  std::string_view pattern = in.substr(0, nul), text = in.substr(nul + 1);
  std::size_t from = 0, to = text.size();
  if (auto second = text.find('\0'); second != std::string_view::npos && second + 2 < text.size()) {
    from = static_cast<unsigned char>(text[second + 1]);
    to = static_cast<unsigned char>(text[second + 2]);
    text = text.substr(0, second);
    if (to > text.size()) to = text.size();
    if (from > to) from = to;
  }
  auto pike = tally::Pike::parse(pattern);
  if (!pike) return 0;
  RE2 re(std::string(pattern), tally::Regex::options());
  if (!re.ok()) __builtin_trap();  // Pike took a pattern RE2 refuses
  re2::StringPiece whole(text.data(), text.size());
  auto answer = pike->search(text);
  if (answer != tally::Pike::Answer::unsure && (answer == tally::Pike::Answer::yes) != RE2::PartialMatch(whole, re))
    __builtin_trap();
  std::size_t b = 0, e = 0;
  re2::StringPiece m;
  // Anchored where the window begins (RE2::Match ANCHOR_START): the same match, where it ends.
  answer = pike->match_at(text, from, to, e);
  if (answer != tally::Pike::Answer::unsure) {
    bool found = re.Match(whole, from, to, RE2::ANCHOR_START, &m, 1);
    if ((answer == tally::Pike::Answer::yes) != found || (found && from + m.size() != e)) __builtin_trap();
  }
  answer = pike->find(text, from, to, b, e);
  if (answer == tally::Pike::Answer::unsure) return 0;
  bool found = re.Match(whole, from, to, RE2::UNANCHORED, &m, 1);
  if ((answer == tally::Pike::Answer::yes) != found) __builtin_trap();
  if (found && (static_cast<std::size_t>(m.data() - text.data()) != b || m.size() != e - b)) __builtin_trap();
  return 0;
}
