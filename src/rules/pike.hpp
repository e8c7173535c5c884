// A matcher for the plain part of RE2's syntax, run over code points with no compilation beyond
// one short parse. RE2 turns a class like [^,;。] into a program over UTF-8 bytes, and a
// counted repetition of it ([^,;。]{0,24}) into that many copies: building those programs cost
// more than half of checking a report, for a few short labels each. This reads the same
// patterns into a small program over code points, where a class is one instruction (its
// ranges), and runs it as a Pike VM: every thread advances one character at a time, at most one
// thread an instruction, so the work is bounded by the text's length times the program's.
//
// The subset: literal characters (UTF-8), escaped punctuation, `.`, \d \s \w \D \S \W, classes
// (negated or not, ranges, escaped punctuation, \d and the like), groups ( ) and (?: ) with |,
// greedy ? * + {m} {m,} {m,n}, and ^ $ (the text's start and end, as RE2 has them without the
// multi-line flag). parse() refuses anything else (flags, \p, \b, \x, [[:alpha:]], lazy
// quantifiers, large counts, a repetition of what may be empty, patterns RE2 would refuse or
// struggle to compile) and the caller uses RE2 as before.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace tally {

class Pike {
 public:
  Pike();
  ~Pike();
  Pike(const Pike&) = delete;
  Pike& operator=(const Pike&) = delete;
  // The program for `pattern`, or null when the pattern is outside the subset.
  static std::unique_ptr<Pike> parse(std::string_view pattern);

  enum class Answer : std::int8_t { no, yes, unsure };
  // RE2::PartialMatch(text, pattern): whether a match lies anywhere in `text`; unsure when the
  // text is not well-formed UTF-8 (whose stray bytes RE2 reads its own way).
  Answer search(std::string_view text) const;
  // RE2's leftmost-first match (RE2::Match UNANCHORED, the whole match) of text[0, to) that
  // starts at or after `from`, as byte offsets; unsure as above. (^ and $ stand for the start
  // and end of the whole `text`, as in RE2, not of the window.)
  Answer find(std::string_view text, std::size_t from, std::size_t to, std::size_t& begin, std::size_t& end) const;
  // RE2's leftmost-first match of text[0, to) that begins at `at` (RE2::Match ANCHOR_START from
  // `at`): where it ends; unsure as above.
  Answer match_at(std::string_view text, std::size_t at, std::size_t to, std::size_t& end) const;
  // The most characters a match may take, or npos when that has no bound (a loop: * + {m,}) or
  // the pattern holds ^ or $ (a match in a stretch of the text is then not one in the text).
  std::size_t longest() const { return longest_; }

  struct Inst {
    enum Op : std::uint8_t { kClass, kSplit, kJmp, kBegin, kEnd, kMatch } op;
    std::uint32_t x = 0, y = 0;  // kClass: ranges_[x, x + y); kSplit: x preferred, then y; kJmp: x
  };

 private:
  friend class PikeBuilder;
  std::vector<Inst> prog_;
  std::vector<char32_t> ranges_;  // pairs lo, hi of each class, in order
  // The characters a match may begin with (past the text's start): where no thread is alive,
  // the others are passed over without starting one. A bit (c & 63) for each, all set when a
  // class is wide, then the ranges themselves (sorted, disjoint pairs); none: no skipping.
  std::uint64_t first_bits_ = ~std::uint64_t{0};
  std::vector<char32_t> first_;
  bool skips_ = false;
  std::size_t longest_ = std::string_view::npos;
  void find_longest();
  // The instructions a thread started between the text's ends reaches, in order (none when
  // the start reaches the match).
  std::vector<std::uint32_t> start_;
  // Of those, the classes (the ones that step), in the same order.
  std::vector<std::uint32_t> start_classes_;
  // Whether those hold a ^ (which passes at the text's start) or a $ (at its end): else a thread
  // begun at either end reaches what one begun anywhere else does.
  bool start_begin_ = false, start_end_ = false;
  void find_first();
  // search() asks only whether a match lies anywhere, not which: the threads alive at a place are
  // a set, and the set after a character depends only on the set before and which classes take
  // the character. Those sets are numbered as they are first met and each step between them kept
  // (a DFA built lazily), so that a pattern searched in label after label steps each character
  // with one look-up instead of stepping every thread. One per thread of the process (each
  // thread builds its own, no locks), for patterns without ^ or $ (whose threads depend on where
  // the text ends) that match nothing empty; bounded in size, past which search_nfa answers.
  struct Dfa;
  static constexpr std::size_t kDfaSlots = 8;
  mutable std::array<std::unique_ptr<Dfa>, kDfaSlots> dfa_;
  bool dfa_ok_ = false;
  Dfa* dfa() const;
  Answer search_nfa(std::string_view text) const;
  bool may_begin(char32_t c) const {
    if (!((first_bits_ >> (c & 63u)) & 1u)) return false;
    for (std::size_t k = 0; k < first_.size(); k += 2)
      if (c >= first_[k] && c <= first_[k + 1]) return true;
    return false;
  }
  // Past the characters from `i` on that no match begins with, up to `end`; npos where the
  // text is not UTF-8.
  std::size_t skip(std::string_view text, std::size_t i, std::size_t end) const;
  bool matches_class(const Inst& in, char32_t c) const {
    // (Sorted, disjoint ranges: past the first range that ends at or beyond c, none can hold it.)
    const char32_t* r = ranges_.data() + in.x;
    for (std::uint32_t k = 0; k < in.y; k += 2)
      if (c <= r[k + 1]) return c >= r[k];
    return false;
  }
};

}  // namespace tally
