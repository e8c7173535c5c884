// A rule pattern compiled on first use. The shipped packs hold a few hundred patterns, and a
// document needs only those of the packs that apply to it: compiling all of them at start-up
// cost more than checking a report. Thread-safe: the first user compiles, the others wait.
// Most patterns are a word or a few words separated by |, perhaps with optional or alternative
// parts (上年(度)?结转): those are searched as the plain strings they stand for, with the same
// leftmost-first answer RE2 gives, and never compiled at all. Every pattern carries the words
// every match must contain (one per alternative): for the others, a text holding none of them
// cannot match, and is answered without running RE2. A text that may match is searched by Pike
// (pike.hpp), which reads the pattern in a short parse where RE2 would build a program of
// thousands of byte instructions; RE2 answers only for patterns outside Pike's subset, or
// text that is not UTF-8.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "rules/pike.hpp"
#include "text/pairs.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tally {

// Which pairs of adjacent bytes a text holds, hashed into 256 bits. A word holding a pair its
// text lacks cannot occur in it: a search of a short text (a figure's label) for a handful of
// alternative words passes over most of them without scanning the text.
struct Sketch {
  std::uint64_t bits[4] = {0, 0, 0, 0};
  // And which bytes it holds, each by its low six bits: the 64 continuation bytes of UTF-8
  // (0x80-0xBF), which tell Chinese characters apart, each have their own. A word holding a byte
  // its text lacks is turned away by one test of one word, before its pairs are compared.
  std::uint64_t bytes = 0;
  static Sketch of(std::string_view s) {
    Sketch k;
    if (!s.empty()) k.bytes = std::uint64_t{1} << (static_cast<unsigned char>(s[0]) & 63u);
    for (std::size_t i = 1; i < s.size(); ++i) {
      unsigned h = (static_cast<unsigned char>(s[i - 1]) * 37u + static_cast<unsigned char>(s[i])) & 255u;
      k.bits[h >> 6] |= std::uint64_t{1} << (h & 63u);
      k.bytes |= std::uint64_t{1} << (static_cast<unsigned char>(s[i]) & 63u);
    }
    return k;
  }
  // Might `word`, of sketch w, occur in the text of this sketch?
  bool may_hold(const Sketch& w) const {
    if (w.bytes & ~bytes) return false;
    return ((w.bits[0] & ~bits[0]) | (w.bits[1] & ~bits[1]) | (w.bits[2] & ~bits[2]) | (w.bits[3] & ~bits[3])) == 0;
  }
  // The first of words[from, n) (by their sketches) that might occur in the text of this
  // sketch, or n. (This sketch is read once, not once a word; SSE2 where there is.)
  std::size_t next_held(const Sketch* words, std::size_t from, std::size_t n) const {
#if defined(__SSE2__)
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bits));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bits + 2));
    for (; from < n; ++from) {
      if (words[from].bytes & ~bytes) continue;
      __m128i wlo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words[from].bits));
      __m128i whi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words[from].bits + 2));
      __m128i missing = _mm_or_si128(_mm_andnot_si128(lo, wlo), _mm_andnot_si128(hi, whi));
      if (_mm_movemask_epi8(_mm_cmpeq_epi8(missing, _mm_setzero_si128())) == 0xFFFF) return from;
    }
    return n;
#else
    while (from < n && !may_hold(words[from])) ++from;
    return from;
#endif
  }
};

class Regex {
 public:
  explicit Regex(std::string pattern) : Regex(pattern, expand_literals(pattern), required_words(pattern)) {}
  // A pattern read before (a compiled pack): its plain words and required words as they were
  // found then (expand_literals, required_words).
  Regex(std::string pattern, std::vector<std::string> literals, std::vector<std::string> required)
      : pattern_(std::move(pattern)), literals_(std::move(literals)), required_(std::move(required)) {
    // (Sized once: a pack holds a thousand patterns, all made when it is loaded.)
    literal_sketches_.reserve(literals_.size());
    required_sketches_.reserve(required_.size());
    for (const auto& l : literals_) literal_sketches_.push_back(Sketch::of(l));
    for (const auto& w : required_) required_sketches_.push_back(Sketch::of(w));
  }
  // The same, with those words' sketches (Sketch::of each) as worked out then too: a compiled
  // pack's thousand patterns are made by every process, and sketching their words byte by byte
  // cost a twelfth of checking one report.
  Regex(std::string pattern, std::vector<std::string> literals, std::vector<std::string> required,
        std::vector<Sketch> literal_sketches, std::vector<Sketch> required_sketches)
      : pattern_(std::move(pattern)), literals_(std::move(literals)), required_(std::move(required)),
        literal_sketches_(std::move(literal_sketches)), required_sketches_(std::move(required_sketches)) {}
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  static RE2::Options options() {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(8 << 20);
    return opt;
  }
  const RE2& get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options()); });
    return *re_;
  }
  const RE2* operator->() const { return &get(); }
  operator const RE2&() const { return get(); }  // NOLINT: used where RE2 takes a pattern
  const std::string& pattern() const { return pattern_; }

  // Is there a match anywhere in `text`? (RE2::PartialMatch)
  bool search(std::string_view text) const { return search(text, nullptr); }
  // The same, given the sketch of `text` (Sketch::of(text)).
  bool search(std::string_view text, const Sketch& sketch) const { return search(text, &sketch); }
  // The same over a whole text, given its PairIndex: a word it needs that the index says is
  // absent is not looked for.
  bool search(std::string_view text, const text::PairIndex& pairs) const { return search(text, nullptr, &pairs); }
  // The leftmost match that starts at or after `from` and ends by `to`, as byte offsets in `text`.
  bool find(std::string_view text, std::size_t from, std::size_t to, std::size_t& begin, std::size_t& end) const {
    if (literals_.empty()) {
      if (from > to || to > text.size() || !may_match(text.substr(from, to - from))) return false;
      if (const Pike* p = pike()) {
        auto answer = p->find(text, from, to, begin, end);
        if (answer != Pike::Answer::unsure) return answer == Pike::Answer::yes;
      }
      re2::StringPiece m;
      if (!get().Match(re2::StringPiece(text.data(), text.size()), from, to, RE2::UNANCHORED, &m, 1)) return false;
      begin = static_cast<std::size_t>(m.data() - text.data());
      end = begin + m.size();
      return true;
    }
    std::string_view window = text.substr(0, to);
    std::size_t best = std::string_view::npos, len = 0;
    for (const auto& l : literals_) {  // the earliest start; at a tie the first alternative, as RE2
      auto at = find_word(window, l, from);
      if (at < best) best = at, len = l.size();
    }
    if (best == std::string_view::npos) return false;
    begin = best;
    end = best + len;
    return true;
  }
  // The match that begins at `at` and ends by `to`, the one RE2 prefers there (RE2::Match
  // ANCHOR_START from `at`): where it ends.
  bool match_at(std::string_view text, std::size_t at, std::size_t to, std::size_t& end) const;
  // The characters every match begins with, when the pattern is not plain words: one run for each
  // alternative at its top level (「复议后起诉(…)|行政诉讼情况行政复议行政诉讼…」 has two), at most
  // kMaxHeads. None (n == 0) for plain words, when an alternative has no plain head, or when the
  // pattern has an anchor or word boundary anywhere (whose matches depend on the text around the
  // search). A search may look for these and match anchored (match_at) where they stand. Read
  // from the pattern when first asked for.
  static constexpr std::size_t kMaxHeads = 4;
  struct Heads {
    std::array<std::string_view, kMaxHeads> at{};
    std::size_t n = 0;
  };
  const Heads& heads() const {
    std::call_once(heads_once_, [this] { heads_ = literals_.empty() ? read_heads(pattern_) : Heads{}; });
    return heads_;
  }
  const std::vector<std::string>& required() const { return required_; }
  // The words a pattern of plain words stands for (see expand_literals), or nothing: then
  // search() is whether any of them occurs.
  const std::vector<std::string>& literals() const { return literals_; }
  // Their sketches, in the same order.
  const std::vector<Sketch>& literal_sketches() const { return literal_sketches_; }
  const std::vector<Sketch>& required_sketches() const { return required_sketches_; }

  struct Piece {  // words one of which a match holds
    std::vector<std::string> words;
    std::vector<Sketch> sketches;
  };
  struct AllNeeds {
    // required_all: a text lacking some piece of every alternative cannot match (a stronger
    // test than required_, which holds one piece an alternative: 「(收到|受理)[^,;。]{0,16}申请」
    // needs 收到 or 受理 as well as 申请, and most labels hold 申请).
    std::vector<std::vector<Piece>> alternatives;
    // The top-level alternatives that are plain words, each word a whole match ('结转' of
    // 「结转|上一?年度?[^。]{0,6}(未办结|转入)」): found in the text, the pattern matches.
    Piece whole_words;
  };
  // What a pattern that is not plain words needs (nothing for plain words), read from the
  // pattern when first wanted; a compiled pack stores it (set_needs), as read when it was
  // compiled, instead of every process reading its patterns again.
  const AllNeeds& needs() const;
  // Before any search: what needs() would read.
  void set_needs(AllNeeds n) {
    std::call_once(needs_once_, [&] { needs_ = std::move(n); });
  }
  // The same stored in `bytes`, which outlive this pattern (a pack built into the program), and
  // read from them by `read` when first wanted: most patterns are never searched far enough to
  // want them, and reading them all cost as much as working out those that are.
  void set_needs(std::string_view bytes, AllNeeds (*read)(std::string_view)) {
    stored_needs_ = bytes;
    read_needs_ = read;
  }
  // For each top-level alternative, the longest run of plain characters it cannot match
  // without, or the words of a group it needs one of (see required_in); nothing when some
  // alternative has neither (or the pattern sets flags).
  static std::vector<std::string> required_words(std::string_view p);
  // For each top-level alternative, everything it cannot match without: every run of plain
  // characters none of which is optional and every group that is not optional, each as the
  // words one of which a match holds; nothing when some alternative needs nothing.
  static std::vector<std::vector<std::vector<std::string>>> required_all(std::string_view p);
  // The alternatives of p at its top level (of the group p is as a whole, if it is one), or
  // nothing when p sets flags or quotes text: p matches in a text where one of them does.
  static std::vector<std::string_view> top_level(std::string_view p);
  // The alternatives of a pattern made only of plain text separated by |, or nothing.
  static std::vector<std::string> split_literals(const std::string& p);
  // The words a pattern of plain text, |, groups and ? matches, in the order RE2 prefers
  // them ("上年(度)?结转": 上年度结转, 上年结转), or nothing for any other pattern.
  static std::vector<std::string> expand_literals(std::string_view p);
  // text.find(word, from), faster on Chinese text (see regex.cpp).
  static std::size_t find_word(std::string_view text, std::string_view word, std::size_t from = 0);

 private:
  std::string pattern_;
  std::vector<std::string> literals_;
  std::vector<std::string> required_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
  std::vector<Sketch> literal_sketches_, required_sketches_;  // of each word above
  mutable Heads heads_;  // (views into pattern_)
  mutable std::once_flag heads_once_;
  static Heads read_heads(std::string_view p);
  mutable AllNeeds needs_;
  mutable std::once_flag needs_once_;
  std::string_view stored_needs_;                       // (set_needs)
  AllNeeds (*read_needs_)(std::string_view) = nullptr;
  // p.search(text) read only near the places of needs_' words in a long text (see regex.cpp);
  // unsure when that cannot be done.
  Pike::Answer search_near_needs(const Pike& p, std::string_view text, const text::PairIndex* pairs) const;
  // The pattern as a program over code points (pike.hpp), read when first wanted; null when
  // it is outside Pike's subset, and RE2 answers.
  mutable std::unique_ptr<Pike> pike_;
  mutable std::once_flag pike_once_;
  const Pike* pike() const {
    std::call_once(pike_once_, [this] { pike_ = Pike::parse(pattern_); });
    return pike_.get();
  }

  bool search(std::string_view text, const Sketch* sketch, const text::PairIndex* pairs = nullptr) const {
    if (literals_.empty()) {
      // (The one-piece test first: it turns away most texts at the cost it always had.)
      if (!may_match(text, sketch, pairs)) return false;
      return may_match_all_then_re2(text, sketch, pairs);
    }
    return any_word(text, sketch, literals_, literal_sketches_, pairs);
  }
  bool may_match(std::string_view text, const Sketch* sketch = nullptr, const text::PairIndex* pairs = nullptr) const {
    return required_.empty() || any_word(text, sketch, required_, required_sketches_, pairs);
  }
  // Whether the text holds some alternative's every piece (needs_) and the pattern matches in it
  // (out of line: most texts never get this far, and the inline part stays small).
  bool may_match_all_then_re2(std::string_view text, const Sketch* sketch, const text::PairIndex* pairs = nullptr) const;
  static bool any_word(std::string_view text, const Sketch* sketch, const std::vector<std::string>& words,
                       const std::vector<Sketch>& sketches, const text::PairIndex* pairs = nullptr) {
    const std::size_t n = words.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (sketch && (i = sketch->next_held(sketches.data(), i, n)) == n) break;
      if (pairs && !pairs->may_hold(words[i])) continue;
      if (find_word(text, words[i]) != std::string_view::npos) return true;
    }
    return false;
  }
};

using RegexPtr = std::shared_ptr<Regex>;

}  // namespace tally
