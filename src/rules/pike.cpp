// The parse of a pattern into a program over code points, and the Pike VM that runs it (see
// pike.hpp). The program is RE2's, instruction for instruction, except that a class is one
// instruction over code points instead of a tree of byte ranges: the same greedy choices in
// the same order of preference, so the leftmost-first match is the one RE2 reports.
#include "rules/pike.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <utility>

#include "text/utf8.hpp"

namespace tally {
namespace {

// A parsed pattern: a class (one character of its ranges), ^, $, the empty string, a
// concatenation, alternatives in order of preference, or a greedy repetition.
struct Node {
  enum Kind : std::uint8_t { kEmpty, kClass, kBegin, kEnd, kCat, kAlt, kRepeat } kind = kEmpty;
  int min = 0, max = 0;           // kRepeat: max -1 for no bound
  std::vector<char32_t> ranges;   // kClass: sorted, disjoint pairs lo, hi
  std::vector<Node> kids;         // kCat, kAlt; kRepeat: the one repeated
  mutable std::uint32_t placed = UINT32_MAX;  // kClass: where its ranges are in the program
  bool nullable() const {
    switch (kind) {
      case kClass: return false;
      case kCat: return std::all_of(kids.begin(), kids.end(), [](const Node& k) { return k.nullable(); });
      case kAlt: return std::any_of(kids.begin(), kids.end(), [](const Node& k) { return k.nullable(); });
      case kRepeat: return min == 0 || kids[0].nullable();
      default: return true;  // ^ $ and the empty string match without a character
    }
  }
};

constexpr char32_t kMaxRune = 0x10FFFF;
// Counts above this, nesting deeper than this: left to RE2 (whose own limits are 1000).
constexpr int kMaxCount = 100, kMaxDepth = 50;
// What RE2 must be able to compile from any pattern taken here: the product of nested counts
// (RE2 refuses more than 1000), and the program's size, counting a class at one instruction
// plus one per range (RE2 spends a few byte instructions a range; its budget of 8 MB holds tens
// of thousands). A pattern this size is already far from a label's words.
constexpr int kMaxRepeatProduct = 1000, kMaxCost = 1500;

class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}
  bool parse(Node& out) {
    out = alternation();
    return ok_ && i_ == p_.size();
  }

 private:
  std::string_view p_;
  std::size_t i_ = 0;
  bool ok_ = true;
  int depth_ = 0;

  Node fail() {
    ok_ = false;
    return {};
  }
  bool more() const { return ok_ && i_ < p_.size(); }

  // alternation := concat ('|' concat)*
  Node alternation() {
    Node alt;
    alt.kind = Node::kAlt;
    alt.kids.push_back(concat());
    while (more() && p_[i_] == '|') {
      ++i_;
      alt.kids.push_back(concat());
    }
    if (!ok_) return {};
    if (alt.kids.size() == 1) return std::move(alt.kids[0]);
    return alt;
  }

  // concat := (atom quantifier?)* up to | or ) or the end
  Node concat() {
    Node cat;
    cat.kind = Node::kCat;
    while (more() && p_[i_] != '|' && p_[i_] != ')') {
      Node a = atom();
      if (!ok_) return {};
      if (more() && is_quantifier(p_[i_])) {
        if (a.kind == Node::kBegin || a.kind == Node::kEnd) return fail();
        a = quantified(std::move(a));
        // Lazy (??, *?) or doubled (a**, a{2}{3}): RE2's to read.
        if (!ok_ || (i_ < p_.size() && is_quantifier(p_[i_]))) return fail();
      }
      cat.kids.push_back(std::move(a));
    }
    if (!ok_) return {};
    if (cat.kids.empty()) return {};
    if (cat.kids.size() == 1) return std::move(cat.kids[0]);
    return cat;
  }

  static bool is_quantifier(char c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

  Node quantified(Node a) {
    Node r;
    r.kind = Node::kRepeat;
    char q = p_[i_++];
    if (q == '?') r.min = 0, r.max = 1;
    else if (q == '*') r.min = 0, r.max = -1;
    else if (q == '+') r.min = 1, r.max = -1;
    else {  // {m} {m,} {m,n}; anything else (RE2 reads a lone { as itself) is left to RE2
      if (!number(r.min)) return fail();
      r.max = r.min;
      if (i_ < p_.size() && p_[i_] == ',') {
        ++i_;
        r.max = -1;
        if (i_ < p_.size() && p_[i_] != '}' && !number(r.max)) return fail();
      }
      if (i_ >= p_.size() || p_[i_] != '}') return fail();
      ++i_;
      if (r.max != -1 && r.max < r.min) return fail();
    }
    // A repetition of what may match nothing ((a?)*, (^|x)+) is where engines part ways.
    if ((r.max == -1 || r.max > 1) && a.nullable()) return fail();
    r.kids.push_back(std::move(a));
    return r;
  }

  bool number(int& n) {
    std::size_t start = i_;
    // (RE2 reads no leading zero: {03} is the text "{03}" to it.)
    if (i_ + 1 < p_.size() && p_[i_] == '0' && p_[i_ + 1] >= '0' && p_[i_ + 1] <= '9') return false;
    n = 0;
    while (i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '9' && i_ - start < 4) n = n * 10 + (p_[i_++] - '0');
    return i_ > start && n <= kMaxCount;
  }

  Node atom() {
    char c = p_[i_];
    if (c == '(') {
      ++i_;
      if (i_ < p_.size() && p_[i_] == '?') {  // only (?: ); flags and names are RE2's
        if (i_ + 1 >= p_.size() || p_[i_ + 1] != ':') return fail();
        i_ += 2;
      }
      if (++depth_ > kMaxDepth) return fail();
      Node inner = alternation();
      --depth_;
      if (!ok_ || i_ >= p_.size() || p_[i_] != ')') return fail();
      ++i_;
      return inner;
    }
    if (c == '[') return klass();
    if (c == '.') {
      ++i_;
      return single(std::vector<char32_t>{'\n', '\n'}, true);
    }
    if (c == '^' || c == '$') {
      ++i_;
      Node n;
      n.kind = c == '^' ? Node::kBegin : Node::kEnd;
      return n;
    }
    if (std::string_view("*+?{}]").find(c) != std::string_view::npos) return fail();
    if (std::vector<char32_t> perl; perl_class(perl)) return single(std::move(perl), false);
    char32_t ch = 0;
    if (!character(ch)) return fail();
    Node n;  // (most of a pattern: built without the sorting below)
    n.kind = Node::kClass;
    n.ranges = {ch, ch};
    return n;
  }

  // \d \s \w or \D \S \W at i_, as RE2 has them (ASCII: [0-9], [\t\n\f\r ], [0-9A-Za-z_]; the
  // capitals every other character, a newline too): their ranges added to `pairs`.
  bool perl_class(std::vector<char32_t>& pairs) {
    if (p_[i_] != '\\' || i_ + 1 >= p_.size()) return false;
    std::vector<char32_t> r;
    switch (p_[i_ + 1] | 0x20) {
      case 'd': r = {'0', '9'}; break;
      case 's': r = {'\t', '\n', '\f', '\r', ' ', ' '}; break;
      case 'w': r = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}; break;
      default: return false;
    }
    if (p_[i_ + 1] < 'a') r = single(std::move(r), true).ranges;
    pairs.insert(pairs.end(), r.begin(), r.end());
    i_ += 2;
    return true;
  }

  // One character of the pattern, plain or escaped punctuation (\pN, \x41, \Q… are RE2's).
  bool character(char32_t& ch) {
    if (p_[i_] == '\\') {
      if (i_ + 1 >= p_.size()) return false;
      auto e = static_cast<unsigned char>(p_[i_ + 1]);
      if (e >= 0x80 || !std::ispunct(e) || e == '_') return false;
      ch = e;
      i_ += 2;
      return true;
    }
    std::size_t len = text::decode_utf8_at(p_, i_, ch);
    if (len == 0) return false;  // not UTF-8: RE2 refuses the pattern
    i_ += len;
    return true;
  }

  // [ranges] or [^ranges]: single characters and lo-hi ranges; a - only first or last.
  Node klass() {
    ++i_;
    bool negated = i_ < p_.size() && p_[i_] == '^';
    if (negated) ++i_;
    std::vector<char32_t> ranges;
    bool first = true;
    while (true) {
      if (i_ >= p_.size()) return fail();
      char c = p_[i_];
      if (c == ']' && !first) break;
      if (c == ']' || c == '[') return fail();  // []…], [[:alpha:]]: RE2's
      if (c == '-' && !first && !(i_ + 1 < p_.size() && p_[i_ + 1] == ']')) return fail();
      first = false;
      if (perl_class(ranges)) continue;
      char32_t lo = 0, hi = 0;
      if (!character(lo)) return fail();
      hi = lo;
      if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {
        ++i_;
        if (p_[i_] == '[' || !character(hi) || hi < lo) return fail();
      }
      ranges.push_back(lo);
      ranges.push_back(hi);
    }
    ++i_;
    return single(std::move(ranges), negated);
  }

  // A class node of the ranges (unsorted pairs), or of their complement.
  static Node single(std::vector<char32_t> pairs, bool negated) {
    std::vector<std::pair<char32_t, char32_t>> rs;
    for (std::size_t k = 0; k < pairs.size(); k += 2) rs.emplace_back(pairs[k], pairs[k + 1]);
    std::sort(rs.begin(), rs.end());
    std::vector<std::pair<char32_t, char32_t>> merged;
    for (auto r : rs) {
      if (!merged.empty() && r.first <= merged.back().second + 1) merged.back().second = std::max(merged.back().second, r.second);
      else merged.push_back(r);
    }
    Node n;
    n.kind = Node::kClass;
    if (!negated) {
      for (auto r : merged) n.ranges.insert(n.ranges.end(), {r.first, r.second});
      return n;
    }
    char32_t next = 0;  // the first code point not yet excluded or included
    for (auto r : merged) {
      if (r.first > next) n.ranges.insert(n.ranges.end(), {next, r.first - 1});
      next = r.second + 1;
    }
    if (next <= kMaxRune) n.ranges.insert(n.ranges.end(), {next, kMaxRune});
    return n;
  }
};

}  // namespace

// Lays out the program as RE2 does: x? is a split preferring x, x* a split preferring one more
// x, x{2,4} is xx(x(x)?)?, and alternatives are tried in order.
class PikeBuilder {
 public:
  explicit PikeBuilder(Pike& out) : out_(out) {}
  bool emit(const Node& n, int product = 1) {
    auto& prog = out_.prog_;
    switch (n.kind) {
      case Node::kEmpty: return true;
      case Node::kClass:
        cost_ += 1 + static_cast<int>(n.ranges.size() / 2);
        if (n.placed == UINT32_MAX) {  // (the copies of a repeated class share its ranges)
          n.placed = static_cast<std::uint32_t>(out_.ranges_.size());
          out_.ranges_.insert(out_.ranges_.end(), n.ranges.begin(), n.ranges.end());
        }
        prog.push_back({Pike::Inst::kClass, n.placed, static_cast<std::uint32_t>(n.ranges.size())});
        return cost_ <= kMaxCost;
      case Node::kBegin:
      case Node::kEnd:
        prog.push_back({n.kind == Node::kBegin ? Pike::Inst::kBegin : Pike::Inst::kEnd});
        return ++cost_ <= kMaxCost;
      case Node::kCat:
        for (const auto& k : n.kids)
          if (!emit(k, product)) return false;
        return true;
      case Node::kAlt: {
        // (The jumps to the end wait in a chain through their targets, kNone last.)
        std::uint32_t jumps = kNone;
        for (std::size_t k = 0; k + 1 < n.kids.size(); ++k) {
          std::size_t split = push(Pike::Inst::kSplit, here() + 1);
          if (!emit(n.kids[k], product)) return false;
          jumps = static_cast<std::uint32_t>(push(Pike::Inst::kJmp, jumps));
          prog[split].y = here();
        }
        if (!emit(n.kids.back(), product)) return false;
        for (std::uint32_t j = jumps, next; j != kNone; j = next) next = prog[j].x, prog[j].x = here();
        return cost_ <= kMaxCost;
      }
      case Node::kRepeat: {
        const Node& body = n.kids[0];
        // (RE2 counts a repetition by its n, or m when there is no n; ? * + count 1 or 0.)
        const int m = n.max == -1 ? n.min : n.max;
        if (m > 0 && (product *= m) > kMaxRepeatProduct) return false;
        for (int k = 0; k < n.min; ++k)
          if (!emit(body, product)) return false;
        if (n.max == -1) {
          std::size_t split = push(Pike::Inst::kSplit, here() + 1);
          if (!emit(body, product)) return false;
          push(Pike::Inst::kJmp, static_cast<std::uint32_t>(split));
          prog[split].y = here();
          return cost_ <= kMaxCost;
        }
        std::uint32_t splits = kNone;  // (chained as the jumps above)
        for (int k = n.min; k < n.max; ++k) {
          std::size_t split = push(Pike::Inst::kSplit, here() + 1);
          prog[split].y = splits;
          splits = static_cast<std::uint32_t>(split);
          if (!emit(body, product)) return false;
        }
        for (std::uint32_t j = splits, next; j != kNone; j = next) next = prog[j].y, prog[j].y = here();
        return cost_ <= kMaxCost;
      }
    }
    return false;
  }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  Pike& out_;
  int cost_ = 0;
  std::uint32_t here() const { return static_cast<std::uint32_t>(out_.prog_.size()); }
  std::size_t push(Pike::Inst::Op op, std::uint32_t x = 0) {
    out_.prog_.push_back({op, x, 0});
    ++cost_;
    return out_.prog_.size() - 1;
  }
};

std::unique_ptr<Pike> Pike::parse(std::string_view pattern) {
  Node root;
  Parser parser(pattern);
  if (!parser.parse(root)) return nullptr;
  auto out = std::make_unique<Pike>();
  out->prog_.reserve(64);
  PikeBuilder b(*out);
  if (!b.emit(root)) return nullptr;
  out->prog_.push_back({Inst::kMatch});
  out->find_first();
  out->find_longest();
  out->dfa_ok_ = !out->start_.empty();
  return out;
}

// The longest path from the start to the match, in classes stepped through: the program is read
// from its end, as every instruction but a loop's leads on to later ones. A jump back (a loop),
// ^ or $ leave longest_ unbounded.
void Pike::find_longest() {
  std::vector<std::size_t> most(prog_.size(), 0);
  for (std::size_t pc = prog_.size(); pc-- > 0;) {
    const Inst& in = prog_[pc];
    const auto ahead = [&](std::uint32_t to) { return to > pc && to < prog_.size(); };
    switch (in.op) {
      case Inst::kMatch: most[pc] = 0; break;
      case Inst::kClass:
        if (!ahead(static_cast<std::uint32_t>(pc + 1))) return;
        most[pc] = 1 + most[pc + 1];
        break;
      case Inst::kJmp:
        if (!ahead(in.x)) return;
        most[pc] = most[in.x];
        break;
      case Inst::kSplit:
        if (!ahead(in.x) || !ahead(in.y)) return;
        most[pc] = std::max(most[in.x], most[in.y]);
        break;
      case Inst::kBegin:
      case Inst::kEnd: return;
    }
  }
  if (!prog_.empty()) longest_ = most[0];
}

namespace {

// The threads at one position: instructions in order of preference (each at most once), and
// where each thread's match began.
// (Every instruction reached is marked; those that step, a class or the match, are listed
// apart in the same order with where their match began.)
struct Queue {
  std::vector<std::uint32_t> dense, index, run;
  std::vector<std::size_t> start;
  std::size_t size = 0, runs = 0;
  void reset(std::size_t n) {
    if (index.size() < n) index.resize(n), dense.resize(n), run.resize(n), start.resize(n);
    size = runs = 0;
  }
  bool has(std::uint32_t pc) const { return index[pc] < size && dense[index[pc]] == pc; }
  void add(std::uint32_t pc, const Pike::Inst& in, std::size_t from) {
    index[pc] = static_cast<std::uint32_t>(size);
    dense[size++] = pc;
    if (in.op == Pike::Inst::kClass || in.op == Pike::Inst::kMatch) run[runs] = pc, start[runs++] = from;
  }
};

struct Scratch {
  Queue a, b;
  std::vector<std::uint32_t> stack;
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Leads a thread at `pc0` on through jumps and splits (and ^ or $ where they pass), depth first,
// the preferred branch first, as RE2 does: `first(pc, instruction)` says whether the instruction
// is met for the first time (and marks it met), `wait(pc, instruction)` is told each one a thread
// waits at (a class, the match, or a ^ or $ that does not pass). True when one is the match.
template <class First, class Wait>
[[gnu::always_inline]] inline bool lead_on(const std::vector<Pike::Inst>& prog, std::vector<std::uint32_t>& stack,
                                           std::uint32_t pc0, bool at_begin, bool at_end, First first, Wait wait) {
  bool matched = false;
  stack.clear();
  stack.push_back(pc0);
  while (!stack.empty()) {
    std::uint32_t pc = stack.back();
    stack.pop_back();
    for (;;) {
      const auto& in = prog[pc];
      if (!first(pc, in)) break;
      if (in.op == Pike::Inst::kJmp) pc = in.x;
      else if (in.op == Pike::Inst::kSplit) stack.push_back(in.y), pc = in.x;
      else if ((in.op == Pike::Inst::kBegin && at_begin) || (in.op == Pike::Inst::kEnd && at_end)) ++pc;
      else {
        wait(pc, in);
        matched |= in.op == Pike::Inst::kMatch;
        break;
      }
    }
  }
  return matched;
}

// Adds the thread at `pc0` (a match begun at `from`) and every instruction it reaches without
// a character to `q`. True when one of them is the match.
bool add_thread(const std::vector<Pike::Inst>& prog, Queue& q, std::vector<std::uint32_t>& stack, std::uint32_t pc0,
                std::size_t from, bool at_begin, bool at_end) {
  return lead_on(
      prog, stack, pc0, at_begin, at_end,
      [&](std::uint32_t pc, const Pike::Inst& in) {
        if (q.has(pc)) return false;
        q.add(pc, in, from);
        return true;
      },
      [](std::uint32_t, const Pike::Inst&) {});
}

// Starts a thread at position i of a text of n bytes. Between the ends, the instructions the
// start reaches are always the same (`start`, in order), and those not already there are
// added in their order, as add_thread would (an instruction already there brought its own).
bool begin_thread(const std::vector<Pike::Inst>& prog, const std::vector<std::uint32_t>& start, Queue& q, std::size_t i,
                  std::size_t n) {
  if (i == 0 || i == n || start.empty()) return add_thread(prog, q, scratch().stack, 0, i, i == 0, i == n);
  for (std::uint32_t pc : start)
    if (!q.has(pc)) q.add(pc, prog[pc], i);
  return false;
}

}  // namespace

void Pike::find_first() {
  Scratch& s = scratch();
  s.a.reset(prog_.size());
  // (A match of nothing, or past ^ or $ only, is found where it stands: no skipping then.)
  if (add_thread(prog_, s.a, s.stack, 0, 0, false, false)) return;
  start_.assign(s.a.dense.begin(), s.a.dense.begin() + static_cast<std::ptrdiff_t>(s.a.size));
  for (std::uint32_t pc : start_) {
    if (prog_[pc].op == Inst::kClass) start_classes_.push_back(pc);
    start_begin_ = start_begin_ || prog_[pc].op == Inst::kBegin;
    start_end_ = start_end_ || prog_[pc].op == Inst::kEnd;
  }
  std::vector<std::pair<char32_t, char32_t>> rs;
  for (std::size_t k = 0; k < s.a.size; ++k) {
    const Inst& in = prog_[s.a.dense[k]];
    if (in.op == Inst::kClass)
      for (std::uint32_t r = 0; r < in.y; r += 2) rs.emplace_back(ranges_[in.x + r], ranges_[in.x + r + 1]);
  }
  std::sort(rs.begin(), rs.end());
  first_bits_ = 0;
  for (auto [lo, hi] : rs) {
    if (!first_.empty() && lo <= first_.back() + 1) first_.back() = std::max(first_.back(), hi);
    else first_.insert(first_.end(), {lo, hi});
    for (char32_t c = lo; c <= hi && c < lo + 64; ++c) first_bits_ |= std::uint64_t{1} << (c & 63u);
  }
  skips_ = first_.size() <= 16;  // a few ranges: cheaper to test than a thread to start
}

std::size_t Pike::skip(std::string_view text, std::size_t i, std::size_t end) const {
  if (!skips_) return i;
  while (i < end) {
    char32_t c = 0;
    const std::size_t len = text::decode_utf8_at(text, i, c);
    if (len == 0) return std::string_view::npos;
    if (may_begin(c)) break;
    i += len;
  }
  return i;
}

Pike::Answer Pike::search_nfa(std::string_view text) const {
  Scratch& s = scratch();
  Queue* cur = &s.a;
  Queue* next = &s.b;
  cur->reset(prog_.size());
  next->reset(prog_.size());
  const std::size_t n = text.size();
  // At the text's start the instructions a thread reaches are the start's (start_) unless one
  // of those is a ^, which passes there: without one, the start is read as any other place,
  // passed over to where a match may begin rather than running a thread from each instruction
  // of the start. (Whether there is a match is all that is asked.)
  const bool begins_inside = !start_.empty() && n > 0 && !start_begin_;
  for (std::size_t i = 0;; ) {
    if ((i > 0 || begins_inside) && cur->runs == 0) {  // no thread alive: on to where one may begin
      cur->size = 0;  // (what was passed through here without a character holds no longer there)
      if ((i = skip(text, i, n)) == std::string_view::npos) return Answer::unsure;
    }
    // A match may begin here too (the threads begun earlier come first: they are no worse).
    // Between the ends, whether there is a match is all that is asked, not which: of the start's
    // instructions only the classes that take this character are added, as the others would
    // step no further (and none is the match: see find_first).
    const bool inside = (i > 0 || begins_inside) && i < n && !start_.empty();
    // (At the end of a text, past its start, a thread begun there reaches the match only through
    // a $ among the start's instructions: a pattern matching nothing there would have no start.
    // And one begun earlier that got there would have been found when it did.)
    if (i == n && i > 0 && !start_.empty() && !start_end_) return Answer::no;
    if (!inside && begin_thread(prog_, start_, *cur, i, n)) return Answer::yes;
    if (i == n) return Answer::no;
    char32_t c = 0;
    const std::size_t len = text::decode_utf8_at(text, i, c);
    if (len == 0) return Answer::unsure;
    if (inside && may_begin(c))
      for (std::uint32_t pc : start_classes_)
        if (!cur->has(pc) && matches_class(prog_[pc], c)) cur->add(pc, prog_[pc], i);
    next->size = next->runs = 0;
    for (std::size_t k = 0; k < cur->runs; ++k) {
      const auto& in = prog_[cur->run[k]];
      if (in.op == Inst::kClass && matches_class(in, c) && add_thread(prog_, *next, s.stack, cur->run[k] + 1, 0, false, i + len == n))
        return Answer::yes;
    }
    std::swap(cur, next);
    i += len;
  }
}

// The sets of threads a search meets, as a table of steps between them (see pike.hpp). The
// characters fall into classes by the program's ranges: those between two bounds are taken by
// the same class instructions, so a step is worked out once for all of them. A set holds the
// class instructions its threads wait at, and the $ they wait at (which passes only at the
// text's end: whether one leads on to the match is asked there).
struct Pike::Dfa {
  static constexpr std::int32_t kUnknown = -1, kMatch = -2, kFull = -3;
  // (A few thousand steps of a few dozen classes: far more than a label's pattern meets.)
  static constexpr std::size_t kMaxCells = 1u << 16;
  std::vector<char32_t> bounds;            // the first code point of each class of characters
  std::vector<std::uint16_t> ascii;        // the class of each ASCII character
  // The classes of other characters met, by their low bits (the characters of a label's words
  // come back label after label): one look-up instead of a binary search of the bounds.
  struct Seen {
    char32_t c;
    std::uint32_t k;
  };
  static constexpr std::size_t kSeenBits = 9;
  std::vector<Seen> classes_seen;
  std::vector<std::int32_t> next;          // per set and class: the set after, kMatch or kUnknown
  std::vector<std::vector<std::uint32_t>> sets;  // each set's instructions, in order
  std::vector<signed char> ends;           // per set: whether a match ends at the text's end (-1: not yet known)
  std::map<std::vector<std::uint32_t>, std::int32_t> ids;
  std::vector<char> seen;
  std::vector<std::uint32_t> stack, out;
  std::int32_t first = 0;        // the set at the text's start (past a ^ there), or kMatch
  bool start_at_end = false;     // a thread begun at the end of a text (not empty) reaches the match
  bool full = false;
  // The first searches of a pattern in a thread step its threads (search_nfa): a report asks a
  // few of most patterns, and the table's first steps cost more than the threads' (a set made,
  // looked up, kept). Past them, the table is built (build) and read.
  static constexpr std::uint32_t kThreadsFirst = 8;
  std::uint32_t searches = 0;
  bool built = false;

  void build(const Pike& p) {
    built = true;
    bounds.push_back(0);
    for (std::size_t k = 0; k < p.ranges_.size(); k += 2) {
      bounds.push_back(p.ranges_[k]);
      if (p.ranges_[k + 1] < kMaxRune) bounds.push_back(p.ranges_[k + 1] + 1);
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    ascii.resize(128);
    for (char32_t c = 0; c < 128; ++c) ascii[c] = static_cast<std::uint16_t>(slow_class(c));
    classes_seen.assign(std::size_t{1} << kSeenBits, Seen{0, static_cast<std::uint32_t>(slow_class(0))});
    seen.assign(p.prog_.size(), 0);
    intern({});
    if (p.start_begin_) {
      // (At the text's start a thread passes the ^ the start holds: as search_nfa's begin_thread.)
      clear();
      first = lead(p, 0, true, false) ? kMatch : intern(std::move(out));
    }
    if (p.start_end_) {
      clear();
      start_at_end = lead(p, 0, false, true);
    }
  }
  std::size_t slow_class(char32_t c) const {
    return static_cast<std::size_t>(std::upper_bound(bounds.begin(), bounds.end(), c) - bounds.begin()) - 1;
  }
  std::size_t class_of(char32_t c) {
    if (c < 128) return ascii[c];
    Seen& e = classes_seen[c & ((1u << kSeenBits) - 1)];
    if (e.c != c) e = {c, static_cast<std::uint32_t>(slow_class(c))};
    return e.k;
  }
  void clear() {
    std::fill(seen.begin(), seen.end(), 0);
    out.clear();
  }
  std::int32_t intern(std::vector<std::uint32_t> set) {
    std::sort(set.begin(), set.end());
    if (auto it = ids.find(set); it != ids.end()) return it->second;
    const auto id = static_cast<std::int32_t>(sets.size());
    ids.emplace(set, id);
    sets.push_back(std::move(set));
    ends.push_back(-1);
    next.resize(next.size() + bounds.size(), kUnknown);
    return id;
  }
  // lead_on, each instruction once since clear(), those a thread waits at (a class, or a $ that
  // may pass at the end) added to `out`.
  bool lead(const Pike& p, std::uint32_t pc0, bool at_begin, bool at_end) {
    return lead_on(
        p.prog_, stack, pc0, at_begin, at_end,
        [&](std::uint32_t pc, const Inst&) {
          if (seen[pc]) return false;
          seen[pc] = 1;
          return true;
        },
        [&](std::uint32_t pc, const Inst& in) {
          if (in.op == Inst::kClass || in.op == Inst::kEnd) out.push_back(pc);
        });
  }
  // The step from set `s` by a character of class `k`: every thread of the set, and one begun
  // here at each of the start's classes, that the character takes, led on.
  std::int32_t step(const Pike& p, std::int32_t s, std::size_t k) {
    const char32_t c = bounds[k];
    clear();
    bool matched = false;
    auto take = [&](std::uint32_t pc) {
      const Inst& in = p.prog_[pc];
      if (in.op == Inst::kClass && p.matches_class(in, c)) matched = lead(p, pc + 1, false, false) || matched;
    };
    for (std::uint32_t pc : sets[static_cast<std::size_t>(s)]) take(pc);
    for (std::uint32_t pc : p.start_classes_) take(pc);
    std::int32_t to = kMatch;
    if (!matched) {
      if (!ids.count(out) && (sets.size() + 1) * bounds.size() > kMaxCells) {
        full = true;
        return kFull;
      }
      to = intern(out);
    }
    next[static_cast<std::size_t>(s) * bounds.size() + k] = to;
    return to;
  }
  // Whether set `s`, at the end of the text, leads on through a $ to the match.
  bool ends_here(const Pike& p, std::int32_t s) {
    signed char& e = ends[static_cast<std::size_t>(s)];
    if (e < 0) {
      clear();
      bool matched = false;
      for (std::uint32_t pc : sets[static_cast<std::size_t>(s)])
        if (p.prog_[pc].op == Inst::kEnd) matched = lead(p, pc + 1, false, true) || matched;
      e = matched ? 1 : 0;
    }
    return e == 1;
  }
};

Pike::Pike() = default;
Pike::~Pike() = default;

namespace {
// This thread's number among those that have searched, for its own DFA of each pattern.
std::size_t dfa_slot() {
  static std::atomic<std::size_t> threads{0};
  thread_local const std::size_t slot = threads.fetch_add(1, std::memory_order_relaxed);
  return slot;
}
}  // namespace

Pike::Dfa* Pike::dfa() const {
  if (!dfa_ok_) return nullptr;
  const std::size_t slot = dfa_slot();
  if (slot >= kDfaSlots) return nullptr;
  auto& d = dfa_[slot];
  if (!d) d = std::make_unique<Dfa>();
  if (!d->built) {
    if (++d->searches <= Dfa::kThreadsFirst) return nullptr;
    d->build(*this);
  }
  return d->full ? nullptr : d.get();
}

Pike::Answer Pike::search(std::string_view text) const {
  const std::size_t n = text.size();
  Dfa* d = n > 0 ? dfa() : nullptr;
  if (!d) return search_nfa(text);
  const std::size_t classes = d->bounds.size();
  std::int32_t s = d->first;
  if (s == Dfa::kMatch) return Answer::yes;
  for (std::size_t i = 0; i < n;) {
    char32_t c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    if (c >= 0x80 && (len = text::decode_utf8_at(text, i, c)) == 0) return Answer::unsure;
    const std::size_t k = d->class_of(c);
    std::int32_t t = d->next[static_cast<std::size_t>(s) * classes + k];
    if (t == Dfa::kUnknown) t = d->step(*this, s, k);
    if (t == Dfa::kMatch) return Answer::yes;
    if (t == Dfa::kFull) return search_nfa(text);
    s = t;
    i += len;
  }
  return d->start_at_end || d->ends_here(*this, s) ? Answer::yes : Answer::no;
}

namespace {

// Pike::find's search for the leftmost-first match, or (anchored) Pike::match_at's for the match
// that begins at `from`: then the threads of that one start only, and no skipping ahead to
// where others may begin. (skip and takes are the Pike's own: its skip and matches_class.)
template <class Skip, class Takes>
Pike::Answer leftmost(const std::vector<Pike::Inst>& prog, const std::vector<std::uint32_t>& start, Skip skip, Takes takes,
                      std::string_view text, std::size_t from, std::size_t to, bool anchored, std::size_t& begin, std::size_t& end) {
  if (from > to || to > text.size()) return Pike::Answer::unsure;
  // (As RE2 has it, ^ and $ are the whole text's start and end, not the window's.)
  const std::size_t n = text.size();
  text = text.substr(0, to);
  Scratch& s = scratch();
  Queue* cur = &s.a;
  Queue* next = &s.b;
  cur->reset(prog.size());
  next->reset(prog.size());
  bool matched = false;
  for (std::size_t i = from;;) {
    if (i > 0 && cur->runs == 0 && !matched && !anchored) {  // as in search
      cur->size = 0;
      if ((i = skip(text, i, to)) == std::string_view::npos) return Pike::Answer::unsure;
    }
    // No new thread once a match is found: any match it found would begin further right.
    if (!matched && (!anchored || i == from)) begin_thread(prog, start, *cur, i, n);
    if ((matched || anchored) && cur->runs == 0) break;
    char32_t c = 0;
    std::size_t len = 0;
    if (i < to && (len = text::decode_utf8_at(text, i, c)) == 0) return Pike::Answer::unsure;
    next->size = next->runs = 0;
    for (std::size_t k = 0; k < cur->runs; ++k) {
      const auto& in = prog[cur->run[k]];
      if (in.op == Pike::Inst::kMatch) {  // better than any found before; the threads after it, worse
        begin = cur->start[k], end = i, matched = true;
        break;
      }
      if (in.op == Pike::Inst::kClass && len != 0 && takes(in, c))
        add_thread(prog, *next, s.stack, cur->run[k] + 1, cur->start[k], false, i + len == n);
    }
    std::swap(cur, next);
    if (i == to) break;
    i += len;
  }
  return matched ? Pike::Answer::yes : Pike::Answer::no;
}

}  // namespace

Pike::Answer Pike::find(std::string_view text, std::size_t from, std::size_t to, std::size_t& begin, std::size_t& end) const {
  return leftmost(
      prog_, start_, [this](std::string_view t, std::size_t i, std::size_t e) { return skip(t, i, e); },
      [this](const Inst& in, char32_t c) { return matches_class(in, c); }, text, from, to, false, begin, end);
}

Pike::Answer Pike::match_at(std::string_view text, std::size_t at, std::size_t to, std::size_t& end) const {
  std::size_t begin = 0;
  return leftmost(
      prog_, start_, [this](std::string_view t, std::size_t i, std::size_t e) { return skip(t, i, e); },
      [this](const Inst& in, char32_t c) { return matches_class(in, c); }, text, at, to, true, begin, end);
}

}  // namespace tally
