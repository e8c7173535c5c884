// Reading a pattern's text for what can be answered without RE2: patterns that are plain words,
// and the words every match of a pattern must contain.
#include "rules/regex.hpp"
#include "text/cpu.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace tally {
namespace {

// Where the character class opened at p[open] closes, or npos.
std::size_t class_end(std::string_view p, std::size_t open) {
  std::size_t i = open + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;
  for (; i < p.size(); ++i) {
    if (p[i] == '\\') { ++i; continue; }
    if (p[i] == ']') return i;
  }
  return std::string_view::npos;
}

// Where the group opened at p[open] closes, or npos.
std::size_t group_end(std::string_view p, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') { ++i; continue; }
    if (c == '[') { i = class_end(p, i); if (i == std::string_view::npos) return i; continue; }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// The next | outside groups and classes at or after `i`, or p.size().
std::size_t top_level_bar(std::string_view p, std::size_t i) {
  for (; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') { ++i; continue; }
    if (c == '[') { i = class_end(p, i); if (i == std::string_view::npos) return p.size(); continue; }
    if (c == '(') { i = group_end(p, i); if (i == std::string_view::npos) return p.size(); continue; }
    if (c == '|') return i;
  }
  return p.size();
}

// Just past the escape starting at p[i] ('\\'): \pN \p{Han} \x41 \x{4E00} \123 \d …; npos for
// \Q…\E, whose text is not worth reading here.
std::size_t escape_end(std::string_view p, std::size_t i) {
  if (i + 1 >= p.size()) return p.size();
  char e = p[i + 1];
  if (e == 'Q') return std::string_view::npos;
  std::size_t j = i + 2;
  if (e == 'p' || e == 'P' || e == 'x') {
    if (j < p.size() && p[j] == '{') {
      auto close = p.find('}', j);
      return close == std::string_view::npos ? std::string_view::npos : close + 1;
    }
    return std::min(p.size(), j + (e == 'x' ? 2 : 1));
  }
  if (e >= '0' && e <= '7')
    while (j < p.size() && j < i + 4 && p[j] >= '0' && p[j] <= '7') ++j;
  return j;
}

// What one alternative cannot match without, in pattern order: every run of plain characters
// none of which is optional, and every group that is not optional, by the words it stands for.
struct Needs {
  bool ok = true;  // false: a pattern this reading does not follow (an unclosed brace or group)
  std::vector<std::string> runs;
  std::vector<std::vector<std::string>> groups;
};

Needs needs_in(std::string_view p) {
  Needs out;
  std::string run;
  std::size_t last_cp = 0;  // where the run's last character starts
  auto flush = [&] {
    if (!run.empty()) out.runs.push_back(run);
    run.clear();
  };
  auto fail = [&] {
    out.ok = false;
    return out;
  };
  for (std::size_t i = 0; i < p.size();) {
    char c = p[i];
    if (c == '?' || c == '*' || c == '{') {  // the character before may be absent (or repeated)
      if (!run.empty()) run.resize(last_cp);
      flush();
      if (c == '{') {
        auto close = p.find('}', i);
        if (close == std::string_view::npos) return fail();
        i = close + 1;
      } else {
        ++i;
      }
      continue;
    }
    if (c == '+') {  // present, but what follows may come after a repetition
      flush();
      ++i;
      continue;
    }
    if (c == '(' || c == '[') {
      flush();
      std::size_t e = c == '(' ? group_end(p, i) : class_end(p, i);
      if (e == std::string_view::npos) return fail();
      if (c == '(' && (e + 1 >= p.size() || (p[e + 1] != '?' && p[e + 1] != '*' && p[e + 1] != '{'))) {
        auto words = Regex::expand_literals(p.substr(i + 1, e - i - 1));
        // (A group of alternatives that are not all plain words needs one of the words each of
        // its alternatives needs: 「(已经?主动公开|告知[^,;。]{0,6}获取)」 one of 主动公开, 告知.)
        if (words.empty()) words = Regex::required_words(p.substr(i + 1, e - i - 1));
        if (!words.empty()) out.groups.push_back(std::move(words));
      }
      i = e + 1;
      // A quantifier after a group or class concerns it, not the run.
      while (i < p.size() && (p[i] == '?' || p[i] == '*' || p[i] == '+')) ++i;
      if (i < p.size() && p[i] == '{') {
        auto close = p.find('}', i);
        if (close == std::string_view::npos) return fail();
        i = close + 1;
      }
      continue;
    }
    if (c == '\\') {  // an escape is never part of a run: skip it whole
      flush();
      i = escape_end(p, i);
      if (i == std::string_view::npos) return fail();
      continue;
    }
    if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|') {
      flush();
      ++i;
      continue;
    }
    // A plain character, whole (UTF-8 sequences are copied together).
    std::size_t len = 1;
    auto b = static_cast<unsigned char>(c);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    len = std::min(len, p.size() - i);
    last_cp = run.size();
    run.append(p.substr(i, len));
    i += len;
  }
  flush();
  return out;
}

// The words one alternative cannot match without: the longest run of plain characters, none
// of them optional, or the words a group that is not optional stands for, when the shortest of
// them is longer than that run (「上一?年度?[^。]{0,6}(未办结|转入|延续)」 needs one of 未办结, 转入
// and 延续, found far less often than 上 or 年).
std::vector<std::string> required_in(std::string_view p) {
  Needs n = needs_in(p);
  if (!n.ok) return {};
  std::string best;
  for (const auto& r : n.runs)
    if (r.size() > best.size()) best = r;
  const std::vector<std::string>* group_words = nullptr;
  std::size_t group_shortest = 0;
  for (const auto& g : n.groups) {
    std::size_t shortest = std::string::npos;
    for (const auto& w : g) shortest = std::min(shortest, w.size());
    if (shortest > group_shortest) group_words = &g, group_shortest = shortest;
  }
  if (group_shortest > best.size()) return *group_words;
  if (best.empty()) return {};
  return {best};
}

// The top-level alternatives of p (a pattern that is one group as a whole: those inside it),
// or nothing when p sets flags or quotes text.
std::vector<std::string_view> top_alternatives(std::string_view p) {
  if (p.find("(?") != std::string_view::npos || p.find("\\Q") != std::string_view::npos) return {};
  if (p.size() >= 2 && p.front() == '(' && p.back() == ')' && group_end(p, 0) == p.size() - 1) p = p.substr(1, p.size() - 2);
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    std::size_t next = top_level_bar(p, start);
    out.push_back(p.substr(start, next - start));
    if (next >= p.size()) break;
    start = next + 1;
  }
  return out;
}

// The plain characters at the head of one alternative of a pattern, up to the first that is
// special or that what follows makes optional or repeated.
std::string_view plain_head(std::string_view p) {
  static constexpr std::string_view kSpecial = "\\.^$|()[]{}?*+";
  std::size_t end = 0, last = 0;  // last: where the last plain character begins
  while (end < p.size() && kSpecial.find(p[end]) == std::string_view::npos) {
    last = end;
    const auto b = static_cast<unsigned char>(p[end]);
    end += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  }
  end = std::min(end, p.size());
  if (end < p.size() && (p[end] == '?' || p[end] == '*' || p[end] == '+' || p[end] == '{')) end = last;
  return p.substr(0, end);
}

}  // namespace

Regex::Heads Regex::read_heads(std::string_view p) {
  Heads h;
  int depth = 0;
  std::size_t alt = 0;  // where the current top-level alternative begins
  auto close = [&](std::size_t end) {
    const std::string_view head = plain_head(p.substr(alt, end - alt));
    if (head.empty() || h.n == kMaxHeads) return false;
    h.at[h.n++] = head;
    return true;
  };
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 < p.size() && (p[i + 1] == 'b' || p[i + 1] == 'B' || p[i + 1] == 'A' || p[i + 1] == 'z')) return {};
      ++i;
    } else if (c == '[') {  // a class: what it holds is none of the above
      if ((i = class_end(p, i)) == std::string_view::npos) return {};
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '^' || c == '$') {
      return {};
    } else if (c == '|' && depth == 0) {
      if (!close(i)) return {};
      alt = i + 1;
    }
  }
  if (!close(p.size())) return {};
  return h;
}

// A pattern's first anchored matches in a thread are Pike's, the rest RE2's. RE2's program for a
// table's label (「第二十条第\(一\)项[\s|:-]*信息内容…」, 「复议后起诉(…)+|[…]{20,}」) costs as much to
// build as a few hundred of Pike's matches, and a report asks for one or two of each; but once
// built, RE2 matches at about half Pike's cost (its states are cached, where Pike steps every
// thread at every character), which a batch of thousands of reports repays. (Which one answers
// changes nothing but the cost: they give the same match.)
constexpr std::uint32_t kPikeFirst = 64;

bool Regex::match_at(std::string_view text, std::size_t at, std::size_t to, std::size_t& end) const {
  // How many each pattern has had in this thread (a few dozen patterns have heads: a list).
  thread_local std::vector<std::pair<const Regex*, std::uint32_t>> used;
  auto it = std::find_if(used.begin(), used.end(), [this](const auto& u) { return u.first == this; });
  if (it == used.end()) it = used.insert(used.end(), {this, 0});
  const Pike* p = it->second < kPikeFirst ? pike() : nullptr;
  ++it->second;
  if (p) {
    auto answer = p->match_at(text, at, to, end);
    if (answer != Pike::Answer::unsure) return answer == Pike::Answer::yes;
  }
  re2::StringPiece m;
  if (!get().Match(re2::StringPiece(text.data(), text.size()), at, to, RE2::ANCHOR_START, &m, 1)) return false;
  end = static_cast<std::size_t>(m.data() - text.data()) + m.size();
  return true;
}

// For each top-level alternative, the longest run of plain characters it cannot match
// without, or the words of a group it needs one of (see required_in); nothing when some
// alternative has neither (or the pattern sets flags).
std::vector<std::string> Regex::required_words(std::string_view p) {
  std::vector<std::string> out;
  for (auto alt : top_alternatives(p)) {
    auto words = required_in(alt);
    if (words.empty()) return {};
    out.insert(out.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
  }
  return out;
}

// For each top-level alternative, everything it cannot match without (see needs_in), each a
// list of words one of which a match holds, the longest shortest word first; nothing when some
// alternative needs nothing (or the pattern sets flags).
std::vector<std::vector<std::vector<std::string>>> Regex::required_all(std::string_view p) {
  std::vector<std::vector<std::vector<std::string>>> out;
  for (auto alt : top_alternatives(p)) {
    Needs n = needs_in(alt);
    if (!n.ok || (n.runs.empty() && n.groups.empty())) return {};
    auto& pieces = out.emplace_back();
    for (auto& r : n.runs) pieces.push_back({std::move(r)});
    for (auto& g : n.groups) pieces.push_back(std::move(g));
    auto shortest = [](const std::vector<std::string>& ws) {
      std::size_t k = std::string::npos;
      for (const auto& w : ws) k = std::min(k, w.size());
      return k;
    };
    std::stable_sort(pieces.begin(), pieces.end(), [&](const auto& a, const auto& b) { return shortest(a) > shortest(b); });
  }
  return out;
}

#if defined(__x86_64__) && defined(__GNUC__)
namespace {

[[gnu::target("avx2")]] inline std::uint32_t bits(__m256i eq) { return static_cast<std::uint32_t>(_mm256_movemask_epi8(eq)); }

// Of the places q .. q + 31, those holding `last` (l) with `second` (s) before it.
[[gnu::target("avx2")]] inline __m256i pair_at(const char* q, __m256i s, __m256i l) {
  return _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(q)), l),
                          _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(q - 1)), s));
}

// Where, from p on, the bytes at q - 1 and q are `second` and `last` (p - 1 is in the text), or
// null with p at the first place not looked at when fewer than 32 are left. 64 places at a
// time, then 32, both bytes compared everywhere: a branch on the last byte alone would go one
// way or the other at random (it comes every hundred bytes or so), the pair seldom comes.
[[gnu::target("avx2")]] const char* find_pair_avx2(const char*& p, const char* end, char second, char last) {
  const __m256i l = _mm256_set1_epi8(last), s = _mm256_set1_epi8(second);
  for (; end - p >= 64; p += 64) {
    const __m256i a = pair_at(p, s, l), b = pair_at(p + 32, s, l);
    if (bits(_mm256_or_si256(a, b)) == 0) continue;
    return p + __builtin_ctzll(bits(a) | (std::uint64_t{bits(b)} << 32));
  }
  for (; end - p >= 32; p += 32)
    if (std::uint32_t m = bits(pair_at(p, s, l)); m != 0) return p + __builtin_ctz(m);
  return nullptr;
}

}  // namespace
#endif

// The scan looks for the word's last byte rather than its first. In UTF-8 Chinese text the
// first byte of a character is one of a handful of values (most characters start with
// E4..E9), so a scan for it stops at nearly every other character; the last byte of a
// character takes one of 64 values and stops far less often. Candidates are met in order,
// so the first that holds the whole word is the leftmost occurrence, as text.find gives.
std::size_t Regex::find_word(std::string_view text, std::string_view word, std::size_t from) {
  const std::size_t n = word.size();
  if (from > text.size() || text.size() - from < n) return std::string_view::npos;
  if (n == 0) return from;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin + from + n - 1;  // where the word's last byte would be
#if defined(__x86_64__) && defined(__GNUC__)
  // A long text, where the CPU has AVX2: the last two bytes looked for together, without a
  // call that returns at every byte equal to the last one (every hundred bytes or so of
  // Chinese text); then the memchr below for the last few bytes.
  if (n >= 2 && end - p >= 64 && text::has_avx2()) {
    while (const char* q = find_pair_avx2(p, end, word[n - 2], word[n - 1])) {
      const char* start = q - (n - 1);
      if (std::memcmp(start, word.data(), n - 2) == 0) return static_cast<std::size_t>(start - begin);
      p = q + 1;
    }
  }
#endif
  for (; p < end; ++p) {
    p = static_cast<const char*>(std::memchr(p, word[n - 1], static_cast<std::size_t>(end - p)));
    if (!p) break;
    const char* start = p - (n - 1);
    // The byte before is tested first: in Chinese text the last byte of a word (a continuation
    // byte) turns up every few dozen bytes, the two together seldom.
    if (n >= 2 && p[-1] != word[n - 2]) continue;
    if (std::memcmp(start, word.data(), n - 1) == 0) return static_cast<std::size_t>(start - begin);
  }
  return std::string_view::npos;
}

const Regex::AllNeeds& Regex::needs() const {
  // (Most patterns are only ever tried on text the one-piece test turns away.)
  std::call_once(needs_once_, [this] {
    if (read_needs_) {
      needs_ = read_needs_(stored_needs_);
      return;
    }
    if (!literals_.empty()) return;
    for (auto& alt : required_all(pattern_)) {
      auto& pieces = needs_.alternatives.emplace_back();
      for (auto& words : alt) {
        auto& piece = pieces.emplace_back();
        for (const auto& w : words) piece.sketches.push_back(Sketch::of(w));
        piece.words = std::move(words);
      }
    }
    for (auto alt : top_alternatives(pattern_))
      for (auto& w : expand_literals(alt)) {
        needs_.whole_words.sketches.push_back(Sketch::of(w));
        needs_.whole_words.words.push_back(std::move(w));
      }
  });
  return needs_;
}

bool Regex::may_match_all_then_re2(std::string_view text, const Sketch* sketch, const text::PairIndex* pairs) const {
  const auto& [alternatives, whole_words] = needs();
  // (An alternative of plain words matches where one of them stands: no RE2 over the text.)
  if (any_word(text, sketch, whole_words.words, whole_words.sketches, pairs)) return true;
  bool may = alternatives.empty();
  for (std::size_t a = 0; a < alternatives.size() && !may; ++a) {
    may = true;
    for (const auto& piece : alternatives[a])
      if (!any_word(text, sketch, piece.words, piece.sketches, pairs)) {
        may = false;
        break;
      }
  }
  if (!may) return false;
  if (const Pike* p = pike()) {
    auto answer = search_near_needs(*p, text, pairs);
    if (answer == Pike::Answer::unsure) answer = p->search(text);
    if (answer != Pike::Answer::unsure) return answer == Pike::Answer::yes;
  }
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), get());
}

// A match holds a word of every piece of its alternative (needs_) and takes at most
// p.longest() characters, four bytes at most each: it lies within that many bytes of such a
// word. So in a long text (a whole report searched for an `unless` pattern, 「…(上一?|去|前|\d{4})
// 年度?底?[^。]{0,6}(未办结|…|转入|延续)」, whose first characters stand at every year) the
// Pike reads only the stretches around the places of one piece of each alternative, the piece
// with the fewest, instead of every character. Unsure when the pattern has no such bound, an
// alternative needs nothing, or the stretches would be much of the text. (A word the text's
// pairs rule out has no places, found without reading the text: most of the words an `unless`
// pattern's alternatives need are absent from a report.)
Pike::Answer Regex::search_near_needs(const Pike& p, std::string_view text, const text::PairIndex* pairs) const {
  constexpr std::size_t kLong = 1024;  // (a shorter text is read whole at no great cost)
  const std::size_t longest = p.longest(), n = text.size();
  if (n < kLong || longest == std::string_view::npos || needs_.alternatives.empty() || longest > n / 16) return Pike::Answer::unsure;
  const std::size_t reach = 4 * longest;
  std::vector<std::pair<std::size_t, std::size_t>> near, places, fewest;
  const std::size_t most = n / (4 * reach);  // places past which reading it all is as cheap
  for (const auto& alt : needs_.alternatives) {
    if (alt.empty()) return Pike::Answer::unsure;
    bool some = false;
    for (const auto& piece : alt) {
      places.clear();
      bool over = false;
      for (std::size_t w = 0; w < piece.words.size() && !over; ++w) {
        const std::string& word = piece.words[w];
        if (word.empty()) return Pike::Answer::unsure;
        if (pairs && !pairs->may_hold(word)) continue;
        for (std::size_t at = find_word(text, word, 0); at != std::string_view::npos && !over; at = find_word(text, word, at + 1)) {
          places.emplace_back(at, at + word.size());
          over = places.size() > most || (some && places.size() >= fewest.size());
        }
      }
      if (over) continue;
      fewest.swap(places);
      some = true;
      if (fewest.empty()) break;
    }
    if (!some) return Pike::Answer::unsure;
    near.insert(near.end(), fewest.begin(), fewest.end());
    if (near.size() > most) return Pike::Answer::unsure;
  }
  // Each place's stretch, from a character's first byte to the next character's, then joined
  // where they meet.
  for (auto& [b, e] : near) {
    std::size_t lo = e > reach ? e - reach : 0, hi = std::min(n, b + reach);
    while (lo > 0 && text::continuation_byte(text[lo])) --lo;
    while (hi < n && text::continuation_byte(text[hi])) ++hi;
    b = lo, e = hi;
  }
  std::sort(near.begin(), near.end());
  for (std::size_t k = 0; k < near.size();) {
    std::size_t lo = near[k].first, hi = near[k].second;
    for (++k; k < near.size() && near[k].first <= hi; ++k) hi = std::max(hi, near[k].second);
    const auto answer = p.search(text.substr(lo, hi - lo));
    if (answer != Pike::Answer::no) return answer;
  }
  return Pike::Answer::no;
}

std::vector<std::string_view> Regex::top_level(std::string_view p) { return top_alternatives(p); }

// The alternatives of a pattern made only of plain text separated by |, or nothing.
std::vector<std::string> Regex::split_literals(const std::string& p) {
  if (p.find_first_of("\\()?") != std::string::npos) return {};
  return expand_literals(p);
}

namespace {

// Reads a pattern of plain characters, escaped punctuation, |, groups and ? into the words it
// matches, in the order RE2 prefers them at one position: the alternatives of a | in order,
// and for X? first the words with X, then without (greedy). Anything else (classes, ., ^, $,
// other repetitions, \d and the like, flags, lazy ??) makes it give up.
class Expander {
 public:
  explicit Expander(std::string_view p) : p_(p) {}

  std::vector<std::string> all() {
    auto words = alternatives();
    if (!ok_ || i_ != p_.size()) return {};
    return words;
  }

 private:
  // A product of more words than this is left to RE2: the pattern is not a short word list.
  static constexpr std::size_t kMaxProduct = 64;
  std::string_view p_;
  std::size_t i_ = 0;
  bool ok_ = true;

  std::vector<std::string> fail() {
    ok_ = false;
    return {};
  }
  // alternatives := sequence ('|' sequence)*, up to a ')' or the end.
  std::vector<std::string> alternatives() {
    std::vector<std::string> out;
    for (;;) {
      auto words = sequence();
      if (!ok_) return {};
      out.insert(out.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
      if (i_ < p_.size() && p_[i_] == '|') {
        ++i_;
        continue;
      }
      return out;
    }
  }
  // sequence := (atom '?'?)+ : every word of each atom after every word so far.
  std::vector<std::string> sequence() {
    std::vector<std::string> words{""};
    bool empty = true;
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      auto item = atom();
      if (!ok_) return {};
      if (i_ < p_.size() && p_[i_] == '?') {
        if (++i_ < p_.size() && p_[i_] == '?') return fail();
        item.emplace_back();
      }
      std::vector<std::string> next;
      for (const auto& w : words)
        for (const auto& x : item) next.push_back(w + x);
      if (next.size() > kMaxProduct) return fail();
      words = std::move(next);
      empty = false;
    }
    // An empty alternative, or words that may all be absent, match the empty string.
    if (empty || std::find(words.begin(), words.end(), "") != words.end()) return fail();
    return words;
  }
  // atom := '(' alternatives ')' | '\' punctuation | one character
  std::vector<std::string> atom() {
    char c = p_[i_];
    if (c == '(') {
      if (i_ + 1 < p_.size() && p_[i_ + 1] == '?') return fail();  // flags, named or non-capturing groups
      ++i_;
      auto inner = alternatives();
      if (!ok_ || i_ >= p_.size() || p_[i_] != ')') return fail();
      ++i_;
      return inner;
    }
    if (c == '\\') {
      if (i_ + 1 >= p_.size()) return fail();
      auto e = static_cast<unsigned char>(p_[i_ + 1]);
      if (e >= 0x80 || !std::ispunct(e)) return fail();  // \d \pN \x41 \Q…: not plain text
      i_ += 2;
      return {std::string(1, static_cast<char>(e))};
    }
    if (std::string_view(".^$*+?[]{}").find(c) != std::string_view::npos) return fail();
    // One character, whole: a ? after it makes the whole character optional.
    auto b = static_cast<unsigned char>(c);
    std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : b >= 0x80 ? 0 : 1;
    if (len == 0 || i_ + len > p_.size()) return fail();
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(p_[i_ + k]) & 0xC0) != 0x80) return fail();  // not UTF-8: RE2's to refuse
    std::string ch(p_.substr(i_, len));
    i_ += len;
    return {ch};
  }
};

}  // namespace

std::vector<std::string> Regex::expand_literals(std::string_view p) { return Expander(p).all(); }

}  // namespace tally
