// Check evaluation. Each check kind is one function; all arithmetic is on exact decimals and
// every comparison of a stated share is rounding-aware (half-up or truncation).
#include "check/engine.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>

#include <fmt/format.h>

#include "check/tables.hpp"
#include "text/charset.hpp"
#include "text/scan.hpp"
#include "text/similar.hpp"
#include "text/utf8.hpp"

namespace tally {

// The words a figure selector's label, not_label and context patterns need (Regex: its plain
// words, or one of the words every match holds): a label holding none of them cannot match. The
// figures of a document whose labels hold each word are found in one pass over the labels
// (Context::held), and a selector is tested only on those holding one of its words, not on
// every figure of the document.
struct SelectorWords {
  enum Role { kLabel, kNotLabel, kContext };
  struct Need {
    std::uint32_t begin = 0, end = 0;  // its word ids in `need_words`
    bool indexed = false;              // the words tell whether the pattern can match
    bool exact = false;                // the pattern is its words: one held, it matches
  };
  // Each word once (views into the pack's patterns, which live as long as it), with its first
  // three bytes as one number (all have three or more: a word of one Chinese character is found
  // when they are), the three after them, its size, and the next word whose first three bytes
  // hash the same (`first`).
  struct Word {
    std::string_view text;
    std::uint32_t head, next, size;
    std::int16_t chain;
  };
  std::vector<Word> words;
  std::vector<std::uint32_t> need_words;
  std::vector<std::array<Need, 3>> of;  // per figure of the pack, by Role
  // Per figure of the pack, the first figure naming the same units (most name 件 and 件次).
  std::vector<std::uint32_t> units_like;
  static constexpr unsigned kBucketBits = 11;
  // Per hash, its first word, or -1. (Small: it is filled for each pack in each process.)
  std::array<std::int16_t, 1u << kBucketBits> first, seen;  // seen: each word, by more of it (add)
  std::array<std::uint64_t, (1u << kBucketBits) / 64> occupied{};
  static std::uint32_t head(const char* w) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) << 16 | static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
           static_cast<unsigned char>(w[2]);
  }
  static unsigned bucket(std::uint32_t head) { return (head * 0x9E3779B1u) >> (32 - kBucketBits); }

  // (Made once per process and pack: no word is copied or hashed whole, a word found again is
  // found among the few of its hash.)
  explicit SelectorWords(const RulePack& pack) {
    first.fill(-1);
    seen.fill(-1);
    of.resize(pack.figures.size());
    units_like.resize(pack.figures.size());
    for (std::uint32_t k = 0; k < pack.figures.size(); ++k) {
      units_like[k] = k;
      for (std::uint32_t j = 0; j < k; ++j)
        if (units_like[j] == j && pack.figures[j].units == pack.figures[k].units) {
          units_like[k] = j;
          break;
        }
    }
    for (std::size_t k = 0; k < pack.figures.size(); ++k) {
      const FigureDef& d = pack.figures[k];
      const RegexPtr* re[3] = {&d.label, &d.not_label, &d.context};
      for (int role = 0; role < 3; ++role) {
        Need& need = of[k][static_cast<std::size_t>(role)];
        if (!*re[role]) continue;
        const Regex& r = **re[role];
        // A pattern's plain words are what it matches (Regex::search looks for each); else a
        // match holds one of its required words, when it has some.
        const auto& ws = r.literals().empty() ? r.required() : r.literals();
        // (The index finds words of three bytes or more starting where a character does; a
        // context's words are found in the label or in the words after, never across the # that
        // joins them.)
        bool ok = !ws.empty();
        for (const auto& w : ws)
          ok = ok && w.size() >= 3 && !text::continuation_byte(w[0]) && (role != kContext || w.find('#') == std::string::npos);
        if (!ok) continue;
        need.begin = static_cast<std::uint32_t>(need_words.size());
        for (const auto& w : ws) ok = ok && add(w);
        need.end = static_cast<std::uint32_t>(need_words.size());
        need.indexed = ok;
        need.exact = !r.literals().empty();
      }
    }
  }
  // Appends the id of word w to need_words, a new one if it is (false: no room for more).
  bool add(std::string_view w) {
    const std::uint32_t h = head(w.data()), next = w.size() >= 6 ? head(w.data() + 3) : 0, size = static_cast<std::uint32_t>(w.size());
    const unsigned b = bucket(h);
    // (Looked for by its first six bytes and size in `seen`, open addressing: the words of one
    // head are many, 不予公开, 不同意公开, 不予处理….)
    unsigned slot = bucket(h ^ next * 0x85EBCA6Bu ^ size * 0xC2B2AE35u);
    std::int32_t k = -1;
    for (std::size_t probes = 0; probes < seen.size(); ++probes, slot = (slot + 1) & (seen.size() - 1)) {
      k = seen[slot];
      if (k < 0) break;
      const Word& o = words[static_cast<std::size_t>(k)];
      if (o.head == h && o.next == next && o.size == size && o.text == w) break;
      k = -1;
    }
    if (k < 0) {
      if (words.size() >= seen.size() / 2) return false;  // (the table half full at most)
      k = static_cast<std::int32_t>(words.size());
      words.push_back({w, h, next, size, first[b]});
      first[b] = static_cast<std::int16_t>(k);
      seen[slot] = static_cast<std::int16_t>(k);
      occupied[b >> 6] |= std::uint64_t{1} << (b & 63u);
    }
    need_words.push_back(static_cast<std::uint32_t>(k));
    return true;
  }
  // Whether the text at `at` (with room for the word) goes on as the word after its head (and,
  // for six bytes or more, the three after it, already compared).
  static bool same_tail(const char* at, const Word& w) {
    const std::size_t from = w.size >= 6 ? 6 : 3;
    return w.size == from || std::memcmp(at + from, w.text.data() + from, w.size - from) == 0;
  }
  // Calls hit(word id) for every word occurring in `text` (once for each place). The text is
  // read a character at a time: a word starts where a character does, and the labels are the
  // document's UTF-8 as encoded (TextPool), whose characters' first bytes say their lengths.
  template <class Hit>
  void find_in(std::string_view text, Hit&& hit) const {
    // The bytes of a character by its first byte's high four bits (a stray continuation
    // byte, 0x8-0xB, one).
    static constexpr unsigned char kLength[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    const char* const s = text.data();
    const std::size_t n = text.size();
    for (std::size_t at = 0; at + 3 <= n; at += kLength[static_cast<unsigned char>(s[at]) >> 4]) {
      const std::uint32_t h = head(s + at);
      const unsigned b = bucket(h);
      if (!((occupied[b >> 6] >> (b & 63u)) & 1u)) continue;
      for (std::int32_t k = first[b]; k >= 0;) {
        const Word& w = words[static_cast<std::size_t>(k)];
        if (w.head == h && w.size <= n - at && (w.size == 3 || ((w.size < 6 || head(s + at + 3) == w.next) && same_tail(s + at, w))))
          hit(static_cast<std::uint32_t>(k));
        k = w.chain;
      }
    }
  }
};

namespace {

const SelectorWords& selector_words(const RulePack& pack) {
  std::call_once(pack.words->once, [&] { pack.words->words = std::make_shared<const SelectorWords>(pack); });
  return *pack.words->words;
}

struct Rival {  // a breakdown whose parts a figure could be
  const Check* check;
  std::vector<const std::vector<int>*> parts, wholes;  // the matches of each name
  std::vector<const FigureDef*> whole_defs;  // the selector of each whole name
};

struct Context {
  const Document& doc;
  FileResult& out;
  std::vector<int> list_of;      // figure -> index of the prose list it is a part of, or -1
  // Per prose list, whether the share check reported its stated total (share_total): the list's
  // own check then says nothing more of that total (run_list_breakdown).
  std::vector<char> total_reported;
  // The lists whose whole a figure is, in list order: the first (whole_first[figure]) and the
  // next of the same whole (whole_next[list]), -1 after the last: found without reading every
  // list for each figure (a text of thousands of lists).
  std::vector<int> whole_first, whole_next;
  std::vector<bool> claimed;     // parts (and wholes) bound by a domain breakdown rule
  std::vector<bool> claimed_whole;  // wholes a domain breakdown rule checked
  std::map<const FigureDef*, std::vector<int>> bound;  // matches, for the pack being checked
  // The same for the pack's own selectors, by their index (a lookup without a tree walk):
  // sized when the pack starts and never resized, so references to the lists stay valid.
  const FigureDef* pack_figures = nullptr;
  std::vector<std::vector<int>> bound_own;
  std::vector<char> bound_own_done;
  std::optional<std::vector<Rival>> rivals[2];         // same, per anchor_after (rivals_of)
  // The wholes of rivals[k] with words naming them (FigureDef::named), each once, in order (one
  // may be the whole of several rivals): made with them, for named_kind.
  std::vector<const FigureDef*> named_wholes[2];
  // named_kind of each figure against rivals[k], when first asked (done: worked out).
  std::vector<const FigureDef*> named_kind_of[2];
  std::vector<char> named_kind_done[2];
  // Per figure, which of rivals[k] (bit r, the first 64) hold it among their parts' matches, made
  // with them: run_breakdown asks it of every rival for every part it may take.
  std::vector<std::uint64_t> rival_parts_of[2];
  // Whether part p's words repeat whole w's (run_breakdown), by (p << 32 | w), when first asked.
  std::unordered_map<std::uint64_t, bool> names_whole;
  std::vector<Span> table_zones;  // official tables found by any pack: not prose, not outline
  // Whether the text matches an `unless` pattern, by the rule's pattern (rules of one pack each
  // have their own, and some of them the same text)...
  std::vector<std::pair<const Regex*, bool>> unless_seen;
  // ... and by each of its top-level alternatives (unless_alternatives), -1 before it is searched
  // for: the packs' patterns share most of them (「上年结转政府信息公开申请数量」, 「撤回|撤销申请|…」),
  // and each is looked for through the whole text once.
  std::vector<signed char> unless_alt_seen;
  // The pairs of code points of the folded text (text_pairs), handed over by check_document's
  // caller, who made them for pack detection, or else made for the first such search: the words
  // an `unless` pattern needs (a dozen, most of them absent) are not each looked for through the
  // whole report.
  text::PairIndex pairs;
  const text::PairIndex* shared_pairs = nullptr;
  bool search_whole(const Regex& re) {
    if (!shared_pairs) shared_pairs = &(pairs = text_pairs(doc));
    return re.search(doc.folded_utf8, *shared_pairs);
  }
  // Per figure, "label#after" as context patterns see it and its sketch, made when first needed
  // (every selector with a context asks for the same string of each candidate).
  std::vector<std::string> label_after;
  std::vector<Sketch> label_after_sketch;
  std::vector<Sketch> label_sketch;  // per figure, of its label, made when first needed
  std::vector<char> sketched;
  std::vector<std::u32string> label_u32;  // per figure, its label's code points, made when first needed
  // The units the candidates below are stated in, each once, and per figure which (-1: none
  // or not a candidate): a selector's units are compared with these, not with every figure's.
  std::vector<std::string_view> units;
  std::vector<int> unit_of;
  std::vector<char> unit_ok;  // per unit above: taken by the selector being bound
  const std::vector<std::string>* unit_ok_of = nullptr;  // the units unit_ok was marked for
  // The figures a selector may take, in document order, before its units and words are
  // looked at: [percent][scope] exact counts and amounts (or exact percents) anywhere, in
  // prose or in tables. Of a table row, a count selector takes only the first value column.
  std::vector<int> candidates[2][3];
  // The same split by unit, for a selector that names units: [0] the table cells without a
  // unit of their own (a selector with units may take them), [u + 1] those of units[u].
  std::vector<std::vector<int>> by_unit[2][3];
  std::vector<int> picked, merged;  // the candidates of a selector's units, merged (matches)
  // The same kept, for the pack's selectors, by the units (SelectorWords::units_like), percent
  // and scope: the selectors naming the same units do not merge them again.
  struct UnitCandidates {
    const std::vector<std::string>* units;
    int percent, scope;
    std::vector<int> figs;
  };
  std::deque<UnitCandidates> unit_candidates;
  // The pack being checked, and the figures (candidates above) holding each word of its selectors
  // (SelectorWords) in their labels ([0]) and in their words after ([1]), by word: read when the
  // pack's first selector is bound (the words after when a context is first bound).
  const RulePack* checked_pack = nullptr;
  const SelectorWords* held_for = nullptr;
  const SelectorWords* words_of_pack = nullptr;  // pack_words(), once asked for the pack
  bool words_asked = false;
  struct Held {
    std::vector<std::uint32_t> start;  // per word, where its figures begin in `figs` (and the end)
    std::vector<int> figs;             // each word's in document order
    bool made = false;
  } held[2];
  std::vector<int> holders, narrowed;  // a selector's figures holding its words; those of `from`
  // Per figure, the selector (its mark) whose not_label ([0]) or context ([1]) words its label
  // or words after hold: marked for each selector that asks.
  std::vector<std::uint32_t> marks[2];
  std::uint32_t mark_no = 0;
  mutable std::optional<int> usual_year_;  // the document's usual year, when first needed
  mutable std::optional<int> carry_report_year_;  // the report's year as carry_year_fits knows it
  // Where the text says a word of another level (names_sub_level's, or 其中), by where it starts:
  // made when first needed, so that asking whether one lies between two statements
  // (conflicting_statement) does not read the text between them again for each pair.
  struct LevelWord {
    std::uint32_t begin, end;
  };
  std::optional<std::vector<LevelWord>> level_words;
  mutable std::optional<std::vector<char>> some_of_them;  // per figure, about_some_of_them
  // Per figure, the first figure of its sentence on its line (about_another_year).
  mutable std::optional<std::vector<int>> sentence_first;
  // Per sentence, the figures of the text in it: [first, last + 1) in document order (the
  // prose figures' sentences only grow), made when first needed (run_assert_in).
  mutable std::optional<std::vector<std::pair<int, int>>> sentence_figures;
  mutable std::vector<signed char> another_year;  // about_another_year per figure: -1 not yet known
  mutable std::vector<signed char> running_total_of, several_years;  // the same, running_total and over_several_years
  mutable std::optional<std::vector<char>> other_items;  // per figure, about_other_items
  // Verdicts the restated checks ask again for the same figure or heading, each worked out once
  // per document when first asked (0: not yet, 1: no, 2: yes): per figure, whether its label
  // names another level (names_sub_level) or other bodies (other_bodies); per heading, whether
  // it or a heading above it is about another year (about_another_year); whether the report is
  // a department's (departments_report).
  mutable std::vector<char> sub_level_of, other_bodies_of, heading_other_year;
  mutable std::optional<bool> department;
  // Per figure, whether its label says 分别 (matches asks it of every candidate of a total's
  // selector), when first asked (0: not yet, 1: no, 2: yes).
  std::vector<char> respectively_of;
  mutable std::optional<std::string> report_title;  // the title line's folded text (other_bodies)

  Context(const Document& d, FileResult& r)
      : doc(d), out(r), list_of(d.figures.size(), -1), claimed(d.figures.size(), false), claimed_whole(d.figures.size(), false), sketched(d.figures.size(), 0),
        unit_of(d.figures.size(), -1) {
    for (std::size_t l = 0; l < d.lists.size(); ++l)
      for (int p : d.lists[l].parts) list_of[p] = static_cast<int>(l);
    whole_first.assign(d.figures.size(), -1);
    whole_next.assign(d.lists.size(), -1);
    for (std::size_t l = d.lists.size(); l-- > 0;)
      if (const int w = d.lists[l].whole; w >= 0) {
        whole_next[l] = whole_first[static_cast<std::size_t>(w)];
        whole_first[static_cast<std::size_t>(w)] = static_cast<int>(l);
      }
    for (std::size_t i = 0; i < d.figures.size(); ++i) {
      const Figure& f = d.figures[i];
      bool count = f.kind == FigureKind::Count || f.kind == FigureKind::Amount, percent = f.kind == FigureKind::Percent;
      if (f.approx == Approx::Exact && (count || percent) && !(count && f.in_table && f.column != 0)) {
        auto& c = candidates[percent ? 1 : 0];
        c[static_cast<int>(Scope::Any)].push_back(static_cast<int>(i));
        c[static_cast<int>(f.in_table ? Scope::Table : Scope::Prose)].push_back(static_cast<int>(i));
        if (!f.unit.empty()) {
          auto u = std::find(units.begin(), units.end(), f.unit);
          unit_of[i] = static_cast<int>(u - units.begin());
          if (u == units.end()) units.push_back(f.unit);
        }
      }
    }
    for (auto& per_scope : by_unit)
      for (auto& b : per_scope) b.resize(units.size() + 1);
    for (int percent = 0; percent < 2; ++percent)
      for (int scope = 0; scope < 3; ++scope)
        for (int i : candidates[percent][scope])
          if (unit_of[i] >= 0 || fig(i).in_table) by_unit[percent][scope][static_cast<std::size_t>(unit_of[i] + 1)].push_back(i);
  }
  void start_pack(const RulePack& pack) {
    checked_pack = &pack;
    words_asked = false;
    bound.clear();
    pack_figures = pack.figures.data();
    bound_own.assign(pack.figures.size(), {});
    bound_own_done.assign(pack.figures.size(), 0);
    for (auto& r : rivals) r.reset();
    for (auto& m : rival_parts_of) m.clear();
    for (auto& d : named_kind_done) d.clear();
  }
  const Figure& fig(int i) const { return doc.figures[i]; }
  // pack.figure(name) for a name one of the pack's checks holds, by where the name stands (the
  // checks live as long as their pack): the breakdowns ask for the same few names tens of
  // thousands of times a hundred reports. Direct-mapped: a name whose slot another took is
  // looked up again. (Never for a name made on the spot, whose place another may take.)
  struct DefSlot {
    const std::string* name = nullptr;
    const FigureDef* def = nullptr;
  };
  std::array<DefSlot, 256> def_slots{};
  const FigureDef* def(const RulePack& pack, const std::string& name) {
    const std::uint64_t at = reinterpret_cast<std::uintptr_t>(&name) >> 3;
    DefSlot& s = def_slots[static_cast<std::size_t>((at * 0x9E3779B97F4A7C15ULL) >> 56)];
    if (s.name != &name) s = {&name, pack.figure(name)};
    return s.def;
  }
  // The words of the pack's selectors, and which candidates hold them (`held`), when first asked.
  const SelectorWords* pack_words() {
    if (words_asked) return words_of_pack;
    words_asked = true;
    if (!checked_pack || !checked_pack->words) return words_of_pack = nullptr;
    const SelectorWords& sw = selector_words(*checked_pack);
    if (held_for != &sw) {
      held_for = &sw;
      held[0].made = held[1].made = false;
    }
    return words_of_pack = &sw;
  }
  const Held& held_in(int after) {
    Held& h = held[after];
    if (h.made) return h;
    h.made = true;
    const SelectorWords& sw = *held_for;
    std::vector<std::pair<std::uint32_t, int>> hits;
    std::vector<int> last(sw.words.size(), -1);
    auto find = [&](int i) {
      auto hit = [&](std::uint32_t w) {
        if (last[w] != i) last[w] = i, hits.emplace_back(w, i);
      };
      sw.find_in(after ? fig(i).after : fig(i).label, hit);
      // (The words before a year right before the count are in its context: year_lead.)
      if (after && year_lead(i)) sw.find_in(fig(i - 1).label, hit);
    };
    // (The candidates of counts and of percents, in document order.)
    const auto &counts = candidates[0][static_cast<int>(Scope::Any)], &percents = candidates[1][static_cast<int>(Scope::Any)];
    for (std::size_t a = 0, b = 0; a < counts.size() || b < percents.size();)
      find(b == percents.size() || (a < counts.size() && counts[a] < percents[b]) ? counts[a++] : percents[b++]);
    h.start.assign(sw.words.size() + 1, 0);
    for (const auto& hit : hits) ++h.start[hit.first + 1];
    for (std::size_t w = 1; w < h.start.size(); ++w) h.start[w] += h.start[w - 1];
    h.figs.resize(hits.size());
    std::vector<std::uint32_t> at(h.start.begin(), h.start.end() - 1);
    for (const auto& hit : hits) h.figs[at[hit.first]++] = hit.second;
    return h;
  }
  // Calls f(figure) for each figure (maybe more than once) whose label, or with `after` its
  // words after, holds a word `need` names.
  template <class F>
  void each_holder(const SelectorWords::Need& need, bool after, F&& f) {
    for (int k = 0; k <= (after ? 1 : 0); ++k) {
      const Held& h = held_in(k);
      for (std::uint32_t n = need.begin; n < need.end; ++n) {
        const std::uint32_t w = held_for->need_words[n];
        for (std::uint32_t j = h.start[w]; j < h.start[w + 1]; ++j) f(h.figs[j]);
      }
    }
  }
  // Marks (marks[which], with a fresh mark returned) the figures holding a word of `need`.
  std::uint32_t mark_holders(const SelectorWords::Need& need, int which) {
    auto& m = marks[which];
    if (m.empty()) m.assign(doc.figures.size(), 0);
    const std::uint32_t no = ++mark_no;
    each_holder(need, which == 1, [&](int i) { m[static_cast<std::size_t>(i)] = no; });
    return no;
  }
  bool says_respectively(int i) {
    if (respectively_of.empty()) respectively_of.assign(doc.figures.size(), 0);
    char& r = respectively_of[static_cast<std::size_t>(i)];
    if (!r) r = fig(i).label.find("分别") != std::string::npos ? 2 : 1;
    return r == 2;
  }
  const Sketch& sketch_of_label(int i) {
    if (!sketched[i]) sketch_label(i);
    return label_sketch[i];
  }
  // A count written right after a year, 「结转2025年2件」, whose label is only the year's 年: its
  // context (label#after) reads on back through the year, 「结转2025年#」, so a context pattern
  // sees the words the year ends. So does one whose label goes on from the 年 only with what is
  // to be done there, 「结转2023年办理3件」「结转到2025年继续办理7件」: the year is still where
  // the count goes.
  static bool year_word(std::string_view l) {
    for (std::string_view y : {"年度", "年"})
      if (l.starts_with(y)) {
        l.remove_prefix(y.size());
        if (l.starts_with("继续")) l.remove_prefix(std::string_view("继续").size());
        return l.empty() || l == "办理" || l == "答复" || l == "处理";
      }
    return false;
  }
  bool year_lead(int i) const {
    if (i <= 0) return false;
    const Figure &g = fig(i), &y = fig(i - 1);
    return year_word(g.label) && y.kind == FigureKind::Year && y.sentence == g.sentence && !g.in_table &&
           y.value.is_integer() && !y.label.empty();
  }
  const std::string& label_after_of(int i, const Sketch*& sketch) {
    if (label_after.empty()) {
      label_after.resize(doc.figures.size());
      label_after_sketch.resize(doc.figures.size());
    }
    std::string& s = label_after[static_cast<std::size_t>(i)];
    if (s.empty()) {  // never empty once made: it holds the #
      if (year_lead(i)) s.assign(fig(i - 1).label).append(fig(i - 1).value.str());
      s.append(fig(i).label).append("#").append(fig(i).after);
      label_after_sketch[static_cast<std::size_t>(i)] = Sketch::of(s);
    }
    sketch = &label_after_sketch[static_cast<std::size_t>(i)];
    return s;
  }
  [[gnu::noinline]] void sketch_label(int i) {
    if (label_sketch.empty()) label_sketch.resize(doc.figures.size());
    label_sketch[i] = Sketch::of(fig(i).label);
    sketched[i] = true;
  }
  const std::u32string& label32(int i) {
    if (label_u32.empty()) label_u32.resize(doc.figures.size());
    auto& l = label_u32[static_cast<std::size_t>(i)];
    if (l.empty() && !fig(i).label.empty()) l = text::from_utf8(fig(i).label);
    return l;
  }
  // A figure as a message quotes it: its value in the unit the text writes beside it. (A count
  // may be read in another unit, its parts': 「接受依申请公开12次，其中网上申请6件…」 counts requests
  // in 件, and the message still quotes 「12次」. With no unit written beside it, as a table's cell
  // or an item of a list that names its unit once, the unit it was read in.)
  // So is its number: 「5万件」 is quoted so, not as 50000件, and 「1,180件」 with its thousands'
  // separators (a sum or a value it should have is still worked out in plain numbers).
  std::string val(int i) const {
    const auto& f = fig(i);
    // (A percent with the decimals it is written with: 「3.50%」, not 3.5%.)
    if (f.kind == FigureKind::Percent) return (f.precision > 0 ? f.value.str_fixed(f.precision) : f.value.str()) + "%";
    std::string number = f.value.str();
    if (const auto w = doc.folded.substr(f.span.begin, f.span.end - f.span.begin);
        !f.chinese_numeral && w.find(U',') != std::u32string_view::npos &&
        std::all_of(w.begin(), w.end(), [](char32_t ch) { return (ch >= U'0' && ch <= U'9') || ch == U',' || ch == U'.'; }))
      number = doc.folded_slice(f.span);
    if (const auto e = f.span.end; !f.chinese_numeral && e < doc.folded.size() && (doc.folded[e] == U'万' || doc.folded[e] == U'亿') &&
                                   (f.unit_span.begin > e || f.unit_span.end == f.unit_span.begin))
      number = doc.folded_slice({f.span.begin, e + 1});
    if (f.unit_span.end > f.unit_span.begin) return number + doc.folded_slice(f.unit_span);
    return number + f.unit;
  }
  std::string where(int i) const {
    auto lc = doc.at(fig(i).span.begin);
    return fmt::format("{}:{}", lc.line, lc.column);
  }
  // The year the report is about (usual_year), worked out when first asked: the same function,
  // on the same figures, as build_lists asks while lists are read. carry_year_fits asks a stricter
  // one of its own (see there).
  int report_year() const {
    if (!usual_year_) usual_year_ = usual_year(doc);
    return *usual_year_;
  }
  int top_section(int i) const {
    int h = fig(i).heading;
    while (h >= 0 && doc.headings[h].parent >= 0) h = doc.headings[h].parent;
    return h;
  }
  void pass(const Check& c, int line = 0) { out.outcomes.push_back({c.id, Status::Passed, "", line}); }
  void skip(const Check& c, std::string why, int line = 0) { out.outcomes.push_back({c.id, Status::Skipped, std::move(why), line}); }
  void fail(const Check& c, Finding f, int line = 0) {
    out.outcomes.push_back({c.id, Status::Failed, "", line});
    f.rule = c.id;
    out.findings.push_back(std::move(f));
  }
  void note(const Check& c, Finding f) {
    f.rule = c.id;
    f.severity = Severity::Note;
    out.findings.push_back(std::move(f));
  }
};

std::string describe(const Figure& f) {
  auto lab = text::from_utf8(f.label);
  // "2010年共受理…": the label starts after the year, which is a figure of its own; the date's
  // tail (年, 年度, 月, 日) names nothing.
  for (std::u32string_view tail : {U"年度", U"年", U"月份", U"月", U"日"})
    if (lab.size() > tail.size() + 1 && std::u32string_view(lab).starts_with(tail)) {
      lab.erase(0, tail.size());
      break;
    }
  // 「主动公开信息120条，具体包括履职依据30条、…」: the words opening a list are not its first
  // item's name (履职依据, not 具体包括履职依据).
  for (std::u32string_view opener : {U"具体包括", U"主要包括", U"具体包含", U"主要包含", U"包括", U"包含", U"具体为"})
    if (lab.size() > opener.size() && std::u32string_view(lab).starts_with(opener)) {
      lab.erase(0, opener.size());
      if (!lab.empty() && (lab.front() == U':' || lab.front() == U',')) lab.erase(0, 1);
      break;
    }
  // "8件结转到2022年度继续办理": nothing before the figure names it; the words after do.
  if (lab.empty() && !f.after.empty()) {
    auto after = text::from_utf8(f.after);
    return text::to_utf8(after.substr(0, 16)) + (after.size() > 16 ? "…" : "");
  }
  // 「“某镇”微信公众号」: a name whose opening quote (or 《) stood before the clause the label starts
  // at shows it again, not a closing one alone.
  for (auto [open, close] : {std::pair{U'“', U'”'}, std::pair{U'《', U'》'}}) {
    const auto c = lab.find(close);
    if (c != std::u32string::npos && lab.find(open) > c) lab.insert(lab.begin(), open);
  }
  if (lab.size() <= 20) return text::to_utf8(lab);
  return "…" + text::to_utf8(lab.substr(lab.size() - 16));
}

// Words that put a count at a level below the report's whole (市本级, 各乡镇, 部门): 「全县共收到申请
// 71件（其中县本级收到申请30件）」 states the whole once and a part of it once.
constexpr std::string_view kLevels[] = {"本级", "乡镇", "街道", "部门", "各县", "各区", "各市", "各乡", "各镇", "各单位",
                                        "下属", "所属", "直属", "县区", "区县", "市直", "县直", "区直"};
// The first character of each word above, its three bytes as one number (every word is two
// or three Chinese characters).
constexpr std::uint32_t first_char(std::string_view w) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(w[0])) | static_cast<std::uint32_t>(static_cast<unsigned char>(w[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(w[2])) << 16;
}
constexpr auto kLevelFirsts = [] {
  std::array<std::uint32_t, std::size(kLevels)> a{};
  for (std::size_t k = 0; k < a.size(); ++k) a[k] = first_char(kLevels[k]);
  return a;
}();
bool names_sub_level(std::string_view label) {
  // Read once, a byte at a time, not once a word: a word can start only at a lead byte where
  // its first character stands. (Asked of every label and of clauses read back.)
  const std::size_t n = label.size();
  for (std::size_t at = 0; at + 6 <= n; ++at) {
    if (static_cast<unsigned char>(label[at]) < 0xE0) continue;
    const std::uint32_t c = first_char(label.substr(at, 3));
    for (std::size_t k = 0; k < kLevelFirsts.size(); ++k) {
      if (kLevelFirsts[k] != c || !label.substr(at).starts_with(kLevels[k])) continue;
      // (本部门 is the report's own body.)
      if (kLevels[k] != "部门" || at < 3 || label.substr(at - 3, 3) != "本") return true;
    }
  }
  return false;
}

// names_sub_level of figure i's label, worked out once per document.
bool label_names_sub_level(const Context& cx, int i) {
  if (cx.sub_level_of.empty()) cx.sub_level_of.assign(cx.doc.figures.size(), 0);
  char& v = cx.sub_level_of[static_cast<std::size_t>(i)];
  if (!v) v = names_sub_level(cx.fig(i).label) ? 2 : 1;
  return v == 2;
}

// Whether the folded text from `from` to `to` names another level or 其中, as names_sub_level of that
// text or its 其中 would tell (部门 after 本 only when the 本 is in it too).
bool level_word_between(Context& cx, std::uint32_t from, std::uint32_t to) {
  const std::u32string_view f = cx.doc.folded;
  if (!cx.level_words) {
    // One pass over the text, in order: a word can start only where a character stands whose low
    // byte is that of some word's first character (a table of those words, by that byte).
    struct Words {
      std::vector<std::u32string> list;
      std::array<std::uint32_t, 256> by_low_byte{};  // bit k: list[k] opens with such a character
    };
    static const Words words = [] {
      Words w;
      for (std::string_view l : kLevels) w.list.push_back(text::from_utf8(l));
      w.list.push_back(U"其中");
      for (std::size_t k = 0; k < w.list.size(); ++k) w.by_low_byte[w.list[k][0] & 0xFF] |= 1u << k;
      return w;
    }();
    std::vector<Context::LevelWord> found;
    for (std::size_t at = 0; at < f.size(); ++at) {
      const char32_t c = f[at];
      if (c < 0x3000) continue;  // every word opens with a Chinese character
      for (std::uint32_t bits = words.by_low_byte[c & 0xFF]; bits != 0; bits &= bits - 1) {
        const auto& w = words.list[static_cast<std::size_t>(std::countr_zero(bits))];
        if (w[0] == c && f.substr(at, w.size()) == w)
          found.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + w.size())});
      }
    }
    cx.level_words = std::move(found);
  }
  const auto& found = *cx.level_words;
  auto it = std::lower_bound(found.begin(), found.end(), from, [](const auto& w, std::uint32_t at) { return w.begin < at; });
  for (; it != found.end() && it->begin < to; ++it)
    if (it->end <= to && !(it->begin > from && f[it->begin - 1] == U'本' && f.substr(it->begin, 2) == U"部门")) return true;
  return false;
}

// A total on a line before its parts' (共收到申请64件。⏎1.当面申请18件；⏎2.…): the list, from the
// start of its first line to its last part on it, is where the reader sees the sum go wrong.
// (So too when the reading joined the list's line on to the whole's, as it does with a line
// opening with 其中 after a sentence a line: the list is shown from where its line starts in
// the file.)
std::optional<Span> list_below(const Context& cx, int whole, const std::vector<int>& parts) {
  if (parts.empty()) return std::nullopt;
  const auto& origins = cx.doc.origins;
  // (In HTML or Word, only where a paragraph was read on from the one before: elsewhere a stretch
  // of the rendered text starts at any tag inside a paragraph.)
  const bool joined = cx.doc.format == "text" || !cx.doc.read_on.empty();
  if (joined && !origins.empty() && cx.fig(parts.front()).line == cx.fig(whole).line) {
    const Figure& first = cx.fig(*std::min_element(parts.begin(), parts.end()));
    const Origin* at = cx.doc.stretch_at(first.span.begin);
    if (!at) return std::nullopt;
    // (In a text, a stretch that goes on with the same line of the file starts after a piece of
    // a tag left out, not where a line was read on: the line's stretch is the one before.)
    // (A few hundred pieces a line at most are looked past: a line of nothing but tag pieces is no list's.)
    if (cx.doc.format == "text")
      for (int n = 0; n < 256 && at != cx.doc.origins.data() && cx.doc.source_lines.at(at->source).line == cx.doc.source_lines.at((at - 1)->source).line; ++n)
        --at;
    std::uint32_t begin = at->rendered;
    // (The paragraph read on starts at the last place one was before the list's first part.)
    if (cx.doc.format != "text") {
      auto r = std::upper_bound(cx.doc.read_on.begin(), cx.doc.read_on.end(), first.span.begin);
      if (r == cx.doc.read_on.begin()) return std::nullopt;
      begin = *--r;
    }
    const std::uint32_t start = begin;
    if (begin <= cx.fig(whole).span.begin) return std::nullopt;
    while (begin < first.span.begin && (cx.doc.folded[begin] == U' ' || cx.doc.folded[begin] == U'\t')) ++begin;
    // (Or any line after the whole's finished sentence, 「…主动公开信息83条。⏎具体包括…」, as the
    // same paragraphs in HTML or Word are shown: the list's own line.)
    std::uint32_t before = start;
    while (before > 0 && (cx.doc.folded[before - 1] == U' ' || cx.doc.folded[before - 1] == U'\t' ||
                          cx.doc.folded[before - 1] == U'\n'))
      --before;
    bool after_sentence = before > 0 && (cx.doc.folded[before - 1] == U'。' || cx.doc.folded[before - 1] == U'；' ||
                                         cx.doc.folded[before - 1] == U'：');
    if (!after_sentence && !std::u32string_view(cx.doc.folded).substr(begin).starts_with(U"其中")) return std::nullopt;
    std::uint32_t end = first.end();
    for (int p : parts)
      if (cx.fig(p).span.begin >= begin && cx.fig(p).line == first.line && cx.doc.location(cx.fig(p).span).line == cx.doc.location(first.span).line)
        end = std::max(end, cx.fig(p).end());
    return Span{begin, end};
  }
  if (!std::all_of(parts.begin(), parts.end(), [&](int p) { return !cx.fig(p).in_table && cx.fig(p).line > cx.fig(whole).line; }))
    return std::nullopt;
  int first = *std::min_element(parts.begin(), parts.end()), last = first;
  for (int p : parts)
    if (cx.fig(p).line == cx.fig(first).line) last = std::max(last, p);
  std::uint32_t begin = cx.doc.lines.line_span(static_cast<std::uint32_t>(cx.fig(first).line)).begin;
  while (begin < cx.fig(first).span.begin && (cx.doc.folded[begin] == U' ' || cx.doc.folded[begin] == U'\t')) ++begin;
  return Span{begin, cx.fig(last).end()};
}

// "还差 4" or "多出 1": how far the parts are from the whole.
std::string gap_words(const Decimal& whole, const Decimal& sum) {
  Decimal d = whole - sum;
  return d.negative() ? "多出 " + (-d).str() : "还差 " + d.str();
}

Decimal hundred() { return Decimal::integer(100); }

// 100·part/whole, exact to 8 decimals.
Decimal exact_share(const Decimal& part, const Decimal& whole) { return (part * hundred()).divide(whole, 8); }

enum class Fit { Exact, Truncated, Near, Off };

// Does the stated share p (written with `digits` decimals) fit part/whole? Near: within one
// unit of the last written digit, or, for shares written with two decimals or more, the same to
// one decimal (83.84% for 83.83%: shares nudged to make 100%, a slip of rounding).
Fit share_fit(const Decimal& p, int digits, const Decimal& part, const Decimal& whole) {
  // "0件,占总数的0%" of no applications at all: the form filled in with zeros.
  if (whole.is_zero() && part.is_zero() && p.is_zero()) return Fit::Exact;
  if (whole.is_zero() || whole.negative()) return Fit::Off;
  Decimal e = exact_share(part, whole);
  if (e.round_half_up(digits) == p) return Fit::Exact;
  if (e.truncate(digits) == p) return Fit::Truncated;
  Decimal ulp = Decimal(1, digits);
  Decimal diff = e > p ? e - p : p - e;
  return diff <= ulp || (digits >= 2 && e.round_half_up(1) == p.round_half_up(1)) ? Fit::Near : Fit::Off;
}

// A share stated as a bound: "占20%以上", "不足10%".
bool bound(const Figure& sh) { return sh.approx == Approx::AtLeast || sh.approx == Approx::AtMost; }

// The same for a share figure, which may be stated as a bound ("占20%以上": any share from 20%
// up fits; "不足10%") or roughly ("约占20%").
Fit share_fit(const Figure& sh, const Decimal& part, const Decimal& whole) {
  Fit fit = share_fit(sh.value, sh.precision, part, whole);
  if (sh.approx == Approx::Exact || fit != Fit::Off) return fit;
  if (whole.is_zero() || whole.negative()) return Fit::Off;
  if (sh.approx == Approx::About) {
    // Roughly: within two points or a tenth of the share ("约占20%" of 21.7%, not 59.9% of 95.9%).
    Decimal e = exact_share(part, whole), d = e > sh.value ? e - sh.value : sh.value - e;
    Decimal tol = std::max(Decimal(2, 0), sh.value.divide(Decimal(10, 0), 4));
    return d <= tol ? Fit::Exact : Fit::Off;
  }
  Decimal e = exact_share(part, whole).round_half_up(sh.precision);
  bool holds = sh.approx == Approx::AtLeast ? !(e < sh.value) : !(sh.value < e);
  return holds ? Fit::Exact : Fit::Off;
}

std::string fmt_message(const std::string& tmpl, const std::map<std::string, std::string>& vars, const std::string& fallback) {
  if (tmpl.empty()) return fallback;
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      auto close = tmpl.find('}', i);
      if (close != std::string::npos) {
        auto it = vars.find(tmpl.substr(i + 1, close - i - 1));
        if (it != vars.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += tmpl[i];
  }
  return out;
}

std::string join_values(const Context& cx, const std::vector<int>& idx, const char* sep = "+") {
  std::string s;
  for (int i : idx) {
    const auto& g = cx.fig(i);
    // (A count given for each of several items, 「网络和信函申请各3件」, listed once per item: 3+3,
    // not 3×2+3×2.)
    bool per_item = std::count(idx.begin(), idx.end(), i) > 1;
    if (!s.empty()) s += sep;
    s += g.value.str();
    if (g.times > 1 && !per_item) s.append("×").append(std::to_string(g.times));
  }
  return s;
}

// A one-digit typo: swapping two adjacent digits of `v` gives `target`.
bool transposed(const Decimal& v, const Decimal& target) {
  if (!v.is_integer() || !target.is_integer()) return false;
  auto s = v.str(), t = target.str();
  if (s.size() != t.size()) return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    std::string w = s;
    std::swap(w[i], w[i + 1]);
    if (w == t) return true;
  }
  return false;
}

// ---- binding -------------------------------------------------------------

// Whether list `l` divides its whole into parts, rather than pairing one count with the whole
// its share or rate names ("答复19件,答复率95%" of 20: 19 may still be a total of its own).
bool divides(const Context& cx, int l) {
  const auto& list = cx.doc.lists[static_cast<std::size_t>(l)];
  return list.qizhong || list.sums || list.parts.size() > 1 || list.whole < 0;
}

// 「因本机关不掌握等原因无法提供17件，因需另行制作无法提供3件」: a figure whose label the pattern
// finds, with another clause of its sentence, or of prose under the same heading (「…无法提供
// 17件。因需另行制作无法提供3件。」), within three lines, whose label it finds too, is one of
// several stated side by side in the same form, not the whole its words could name.
bool said_beside(Context& cx, int i, const Regex& re) {
  const Figure& f = cx.fig(i);
  if (!re.search(f.label, cx.sketch_of_label(i))) return false;
  auto near = [&](int j) {
    const Figure& g = cx.fig(j);
    return (g.sentence == f.sentence || (g.heading == f.heading && !g.in_table)) && g.line >= f.line - 3 && g.line <= f.line + 3;
  };
  // (「因…等原因无法提供17件（本机关不掌握相关政府信息）」: the figure's own words after it name
  // the one sub-row it is.)
  if (!f.after.empty()) {
    const std::string after(f.after);
    if (re.search(after, Sketch::of(after))) return true;
  }
  // (A sibling's words may follow its count: 「另有5件因需另行制作或申请内容不明确无法提供」.)
  auto says = [&](int j) {
    const Sketch* sketch = nullptr;
    const std::string& la = cx.label_after_of(j, sketch);
    return re.search(la, *sketch);
  };
  for (int j = i - 1; j >= 0 && near(j); --j)
    if (says(j)) return true;
  const int n = static_cast<int>(cx.doc.figures.size());
  for (int j = i + 1; j < n && near(j); ++j)
    if (says(j)) return true;
  return false;
}

// 「2022年度结转的申请3件」: a carry-over named by its year (a figure of its own right before the
// words, or written in them) is last year's only when that year is the one before the report's,
// and the one carried on to next year when it is the report's own (「2023年度结转的申请4件」 of
// 2023). `want`: -1 last year's, 1 the year's own. With the report's year unknown, neither: which
// it is would be a guess. A count not so named fits either.
// Whether words open with 年 or 年度 (or, `year_word` false, with neither) and go on with 结转 or
// 转结: the carry-over a year names, the year's digits before them.
bool opens_carry_over(std::string_view l, bool year_word) {
  if (l.starts_with("年")) l.remove_prefix(std::string_view("年").size());
  else if (year_word) return false;
  if (l.starts_with("度")) l.remove_prefix(std::string_view("度").size());
  return l.starts_with("结转") || l.starts_with("转结");
}

bool carry_year_fits(const Context& cx, int i, int want) {
  const Figure& f = cx.fig(i);
  std::string_view l = f.label;
  long long year = -1;
  std::size_t digits = 0;
  while (digits < l.size() && l[digits] >= '0' && l[digits] <= '9') ++digits;
  if (digits == 4) {
    year = std::stoll(std::string(l.substr(0, 4)));
    l.remove_prefix(4);
  }
  if (!opens_carry_over(l, true)) return true;
  if (year < 0) {
    if (i == 0) return true;
    const Figure& y = cx.fig(i - 1);
    if (y.kind != FigureKind::Year || y.sentence != f.sentence || !y.value.is_integer()) return true;
    year = y.value.mantissa();
  }
  // (The report's year as the text states it elsewhere: a year naming a carry-over is no witness of
  // it, 「…2023年度结转的申请3件」 in a report that names no other year; a tie is known only when the
  // title names the year.) Stricter than report_year on purpose: usual_year counts every year, so
  // the carry-over's own year may tip it and the carry-over would be read by the very figure in
  // question; here the report's year must win without such years, or it is unknown (0) and a
  // carry-over named by its year is read as neither last year's nor the year's own.
  if (!cx.carry_report_year_) {
    std::map<long long, int> seen;
    const auto& figs = cx.doc.figures;
    for (std::size_t k = 0; k < figs.size(); ++k) {
      const Figure& g = figs[k];
      if (g.kind != FigureKind::Year || !g.value.is_integer()) continue;
      if (k + 1 < figs.size() && figs[k + 1].sentence == g.sentence && opens_carry_over(figs[k + 1].label, false)) continue;
      ++seen[g.value.mantissa()];
    }
    const int usual = cx.report_year();
    int known = 0;
    if (auto it = seen.find(usual); usual > 0 && it != seen.end()) {
      const std::uint32_t title = title_line(cx.doc);
      const bool titled = title > 0 && std::any_of(figs.begin(), figs.end(), [&](const Figure& g) {
        return g.kind == FigureKind::Year && g.line == static_cast<int>(title) && g.value == Decimal::integer(usual);
      });
      known = usual;
      for (const auto& [y, n] : seen)
        if (y != usual && (n > it->second || (n == it->second && !titled))) known = 0;
    }
    cx.carry_report_year_ = known;
  }
  const int report = *cx.carry_report_year_;
  if (report <= 0) return false;
  return year == (want < 0 ? report - 1 : report);
}

const std::vector<int>& matches(Context& cx, const FigureDef* d) {
  const FigureDef* const own_begin = cx.pack_figures;
  const FigureDef* const own_end = own_begin + cx.bound_own.size();
  const std::less<const FigureDef*> before;  // a total order, as d may belong to no pack here
  const bool is_own = own_begin && !before(d, own_begin) && before(d, own_end);
  const std::size_t own = is_own ? static_cast<std::size_t>(d - own_begin) : 0;
  if (is_own) {
    if (cx.bound_own_done[own]) return cx.bound_own[own];
  } else if (auto it = cx.bound.find(d); it != cx.bound.end()) {
    return it->second;
  }
  std::vector<int> m;
  using SW = SelectorWords;
  const SW* sw = is_own ? cx.pack_words() : nullptr;
  // (Of the pack's selectors, the units of the first naming the same ones.)
  const std::vector<std::string>& units = sw ? cx.pack_figures[sw->units_like[own]].units : d->units;
  const bool any_unit = units.empty();
  // Most selectors name the same units as the one before ([件, 件次]): then the marks stand.
  if (!any_unit && (!cx.unit_ok_of || (cx.unit_ok_of != &units && *cx.unit_ok_of != units))) {
    cx.unit_ok.resize(cx.units.size());
    for (std::size_t u = 0; u < cx.units.size(); ++u)
      cx.unit_ok[u] = std::find(units.begin(), units.end(), cx.units[u]) != units.end();
    cx.unit_ok_of = &units;
  }
  const int percent = d->percent ? 1 : 0, scope = static_cast<int>(d->scope);
  const std::vector<int>* from = &cx.candidates[percent][scope];
  const Context::UnitCandidates* kept = nullptr;
  if (!any_unit && sw)
    for (const auto& k : cx.unit_candidates)
      if (k.units == &units && k.percent == percent && k.scope == scope) kept = &k;
  if (kept) {
    from = &kept->figs;
  } else if (!any_unit) {
    // Only the figures of the units named, and table cells without a unit (whose unit is the
    // table's, which a unit may name): their buckets merged in document order, instead of a
    // test of every candidate.
    const auto& buckets = cx.by_unit[percent][scope];
    from = &buckets[0];
    for (std::size_t u = 0; u < cx.units.size(); ++u) {
      const auto& b = buckets[u + 1];
      if (!cx.unit_ok[u] || b.empty()) continue;
      if (from->empty()) {
        from = &b;
        continue;
      }
      cx.merged.resize(from->size() + b.size());
      std::merge(from->begin(), from->end(), b.begin(), b.end(), cx.merged.begin());
      cx.picked.swap(cx.merged);
      from = &cx.picked;
    }
    if (sw) from = &cx.unit_candidates.emplace_back(Context::UnitCandidates{&units, percent, scope, *from}).figs;
  }
  // Only the candidates whose labels hold a word of the label pattern (or whose label or words
  // after hold one of the context's), when the pack's words are indexed: a label holding none
  // cannot match. Found from the words, not by a test of every candidate. (Not for a pack of a
  // few selectors, 「通用」's one rate: the index reads the labels of every candidate, counts and
  // percents alike, and pays only when many selectors share it; a few test their own candidates.)
  constexpr std::size_t kFewSelectors = 3;
  const SW::Need* need = sw && sw->of.size() > kFewSelectors ? sw->of[own].data() : nullptr;
  bool label_held = false, context_held = false;  // the candidates left hold the words
  if (need && (need[SW::kLabel].indexed || need[SW::kContext].indexed)) {
    const bool by_label = need[SW::kLabel].indexed;
    cx.holders.clear();
    cx.each_holder(need[by_label ? SW::kLabel : SW::kContext], !by_label, [&](int i) { cx.holders.push_back(i); });
    std::sort(cx.holders.begin(), cx.holders.end());
    cx.narrowed.clear();
    auto at = from->begin();
    for (std::size_t k = 0; k < cx.holders.size() && at != from->end(); ++k) {
      if (k > 0 && cx.holders[k] == cx.holders[k - 1]) continue;
      at = std::lower_bound(at, from->end(), cx.holders[k]);
      if (at != from->end() && *at == cx.holders[k]) cx.narrowed.push_back(*at);
    }
    from = &cx.narrowed;
    (by_label ? label_held : context_held) = true;
  }
  // Which candidates' labels hold a word of the not_label pattern, and of the context, marked
  // when first asked.
  std::uint32_t marked[2] = {0, 0};
  auto holds = [&](int which, int i) {
    const SW::Need& n = need[which == 0 ? SW::kNotLabel : SW::kContext];
    if (!marked[which]) marked[which] = cx.mark_holders(n, which);
    return cx.marks[which][static_cast<std::size_t>(i)] == marked[which];
  };
  for (int i : *from) {
    const Figure& f = cx.fig(i);
    if (d->total && cx.list_of[i] >= 0 && divides(cx, cx.list_of[i])) continue;
    // 「市本级、县（市、区）分别受理申请410件、940件」: a value given 分别 (respectively) is one
    // body's or item's of several, never the whole a breakdown divides.
    if (d->total && !f.in_table && cx.says_respectively(i)) continue;
    // 「共受理申请35件，比上年受理申请30件增加5件」, 「45件（上年受理申请60件）」: last year's count,
    // named for the comparison, is none of this year's figures.
    if (f.last_years) continue;
    // (A label holding none of the not_label's words cannot match it; one holding a plain word
    // does. Known from the index, that is asked before the label's pattern is searched.)
    const bool not_label_indexed = d->not_label && need && need[SW::kNotLabel].indexed;
    if (not_label_indexed && need[SW::kNotLabel].exact && holds(0, i)) continue;
    // (A label holding a word of plain words matches them.)
    if (d->label && !(label_held && need[SW::kLabel].exact) && !d->label->search(f.label, cx.sketch_of_label(i))) continue;
    if (d->not_label && !(not_label_indexed && need[SW::kNotLabel].exact) && (!not_label_indexed || holds(0, i)) &&
        d->not_label->search(f.label, cx.sketch_of_label(i)))
      continue;
    if (d->not_before) {
      // "清理规范性文件11件，继续有效9件，废止2件": a word of an earlier clause of the sentence
      // says what the figure counts ("废止" of a clean-up, not of the year's documents).
      // (At most kSentenceWalk figures back: each candidate of a run-on sentence would read back
      // through all before it.)
      bool hit = false;
      for (int j = i - 1; j >= 0 && j >= i - kSentenceWalk && !hit && cx.fig(j).sentence == f.sentence && cx.fig(j).line >= f.line - 3; --j)
        hit = d->not_before->search(cx.fig(j).label, cx.sketch_of_label(j));
      if (hit) continue;
    }
    if (d->not_beside && said_beside(cx, i, *d->not_beside)) continue;
    if (d->carry_year != 0 && !carry_year_fits(cx, i, d->carry_year)) continue;
    if (d->context) {
      const bool indexed = need && need[SW::kContext].indexed;
      if (indexed && !context_held && !holds(1, i)) continue;
      if (!(indexed && need[SW::kContext].exact)) {
        const Sketch* sketch = nullptr;
        const std::string& la = cx.label_after_of(i, sketch);
        if (!d->context->search(la, *sketch)) continue;
      }
    }
    m.push_back(i);
  }
  if (is_own) {
    cx.bound_own_done[own] = 1;
    return cx.bound_own[own] = std::move(m);
  }
  return cx.bound.emplace(d, std::move(m)).first->second;
}

// ---- breakdown (named wholes and parts, repeated structures) --------------

// "当面、信函申请各5件", "均为5件": a count given for each of the items its words name.
bool each(std::string_view label) {
  return label.ends_with("各") || label.ends_with("均为") || label.ends_with("均") || label.ends_with("分别为");
}

// "当面申请、网上申请、信函申请分别为20件、5件和4件": the first of values given one for each
// name in turn, not a value given for each.
bool respective(const Document& doc, int p) {
  const auto& g = doc.figures[static_cast<std::size_t>(p)];
  if (!g.label.ends_with("分别为") && !g.label.ends_with("分别是")) return false;
  if (static_cast<std::size_t>(p) + 1 >= doc.figures.size()) return false;
  const auto& n = doc.figures[static_cast<std::size_t>(p) + 1];
  if (n.kind != g.kind || n.sentence != g.sentence || n.span.begin < g.end()) return false;
  for (std::uint32_t k = g.end(); k < n.span.begin; ++k)
    if (std::u32string_view(U"、,和及与 ").find(doc.folded[k]) == std::u32string_view::npos) return false;
  return true;
}

// A list that says it is not all of its whole: "其中网上申请50件、当面申请10件等", "主要通过网上
// (50件)和当面(10件)提交", "…,其余为信函申请" (`first` and `last`: its first and last part).
// Words holding a number that is no share: 「其他类3条」, not 「其余为当面申请，占10%」.
bool states_count(std::u32string_view w) {
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] < U'0' || w[k] > U'9') continue;
    while (k < w.size() && ((w[k] >= U'0' && w[k] <= U'9') || w[k] == U'.')) ++k;
    if (k >= w.size() || w[k] != U'%') return true;
  }
  return false;
}

// The kinds of a government website's yearly statistics (概况类, 政务动态, 信息公开目录) `parts`
// name, a bit each (0: a part of another kind, or a kind twice).
unsigned website_kinds_named(const Context& cx, const std::vector<int>& parts) {
  unsigned seen = 0;
  for (int p : parts) {
    const int k = website_kind(cx.fig(p).label);
    if (k < 0 || (seen >> k & 1u)) return 0;
    seen |= 1u << k;
  }
  return seen;
}

// Whether `parts` are some, not all, of the three kinds, each once: 「门户网站发布信息575条，其中政务
// 动态信息384条、信息公开目录信息190条」 leaves out the 概况类 kind, which a year may well count as a
// single item, so a sum one short says no slip.
bool some_website_kinds(const Context& cx, const std::vector<int>& parts) {
  const unsigned seen = website_kinds_named(cx, parts);
  return seen != 0 && seen != 7u;
}

// Whether `parts` are the three kinds, each once: the website's yearly form makes them its total.
bool all_website_kinds(const Context& cx, const std::vector<int>& parts) { return website_kinds_named(cx, parts) == 7u; }

// Two labels that name the citizens (自然人, 公民) and the legal persons or other organisations
// (法人或其他组织), in either order: the two kinds of applicant, which leave none out.
bool names_every_applicant(std::string_view a, std::string_view b) {
  auto people = [](std::string_view l) {
    return (l.find("自然人") != std::string_view::npos || l.find("公民") != std::string_view::npos) && l.find("法人") == std::string_view::npos;
  };
  auto bodies = [](std::string_view l) {
    return l.find("法人") != std::string_view::npos && l.find("组织") != std::string_view::npos && l.find("自然人") == std::string_view::npos &&
           l.find("公民") == std::string_view::npos;
  };
  return (people(a) && bodies(b)) || (bodies(a) && people(b));
}

bool says_partial(const Context& cx, int whole, int first, int last) {
  // (自然人 and 法人或其他组织 are every applicant there is: 「自然人申请40件，法人或其他组织申请5件，除上述外
  // 其余均为网上提交」 — the rest its words name are of another division.)
  if (first != last && names_every_applicant(cx.fig(first).label, cx.fig(last).label)) return false;
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t w_end = cx.fig(whole).end(), from = cx.fig(first).span.begin, to = cx.fig(last).end();
  // (主要 in the list's own sentence: not 「受理申请1351件，申请内容主要集中在征地拆迁等方面。从申请
  // 方式看，网上申请812件，…」, where it says what the applications asked about.)
  std::uint32_t opens = from;
  while (opens > w_end && f[opens - 1] != U'。') --opens;
  if (w_end < from && f.substr(opens, from - opens).find(U"主要") != std::u32string_view::npos) return true;
  // (Nor in a sentence between the whole and the list's that says the parts' own dimension is
  // mainly these: 「受理申请1350件，申请主要通过网上和当面两种方式提出。网上申请812件，当面申请356件」.)
  for (std::uint32_t e = opens; w_end < from && e > w_end;) {
    std::uint32_t b = e - 1;
    while (b > w_end && f[b - 1] != U'。') --b;
    auto s = f.substr(b, e - b);
    if (s.find(U"主要") != std::u32string_view::npos)
      for (std::u32string_view d : {U"方式", U"渠道", U"途径", U"形式"})
        if (s.find(d) != std::u32string_view::npos) return true;
    e = b;
  }
  // (The words after the last part start past its share: 「通过网络申请的5909件、占51.71%，通过信函申请
  // 的3523件、占30.83%，其他则通过当面或传真等方式提出申请」, 「…2592件，占申请总数的30%，其他…」.)
  if (const int s = cx.fig(last).share; s > last) {
    const auto& sh = cx.fig(s);
    if (sh.sentence == cx.fig(last).sentence && sh.span.begin >= to && sh.span.begin - to <= 12 &&
        f.substr(to, sh.span.begin - to).find_first_of(U"。;") == std::u32string_view::npos) {
      to = sh.end();
      if (to < f.size() && f[to] == U'%') ++to;
      if (to < f.size() && f[to] == U')') ++to;
    }
  }
  if (to >= f.size()) return false;
  auto rest = f.substr(to, std::min<std::size_t>(f.size() - to, 40));
  // (A list goes on past the semicolon after its last part, to a clause that says the rest are
  // uncounted: 「网络申请4320件，占50%；信函申请2592件，占30%；其余为当面申请」, 「网上申请12件，信函
  // 申请6件；其余为当面提交」; also past clauses of no count before that semicolon, 「…信函提交260件，
  // 个别申请人通过多种方式重复提交；其余为当面提交」.)
  std::size_t semicolon = std::u32string_view::npos;
  if (!rest.empty() && rest.front() == U';') semicolon = 0;
  if (!rest.empty() && rest.front() == U',') {
    auto wide = f.substr(to, std::min<std::size_t>(f.size() - to, 80));
    auto stop = wide.find_first_of(U";。\n");
    if (stop != std::u32string_view::npos && wide[stop] == U';' && wide.substr(0, stop).find_first_of(U"0123456789") == std::u32string_view::npos)
      semicolon = stop;
  }
  if (semicolon != std::u32string_view::npos) {
    auto after = f.substr(to + semicolon, std::min<std::size_t>(f.size() - to - semicolon, 40));
    // (The clause may start on the next line, a page's cut after the semicolon; and state the rest's
    // share, no count: 「；其余为当面申请，占10%」.)
    std::size_t at = 1;
    while (at < after.size() && (after[at] == U'\n' || after[at] == U'\r' || after[at] == U' ')) ++at;
    auto next = after.substr(at, std::min(after.find_first_of(U"。;\n", at), after.size()) - at);
    if ((next.starts_with(U"其余") || next.starts_with(U"其他")) && !states_count(next)) return true;
  }
  rest = rest.substr(0, std::min(rest.find_first_of(U"。;\n"), rest.size()));
  // (Or the clause after it names more of them, uncounted: 「网上申请415件，当面申请173件，另有少量
  // 信函和传真申请」.)
  const bool more_uncounted = (rest.find(U"另有") != std::u32string_view::npos || rest.find(U"还有") != std::u32string_view::npos) &&
                              rest.find_first_of(U"0123456789") == std::u32string_view::npos;
  return (!rest.empty() && rest.front() == U'等') || rest.find(U"其余") != std::u32string_view::npos || rest.find(U"其他") == 1 ||
         more_uncounted;
}

// 「其中网上申请30件、信函申请20件。另有1件通过传真提交」 of 51, 「其中市级30期、县级20期，乡镇1期」
// of 51: the item a list leaves out is stated right after it, as the first count after its last
// part: in its sentence (unless `marked`), or with words that add it (另有, 其余, 此外, 还有)
// opening the next one or its own clause.
bool rest_stated_after(const Context& cx, int whole, int last_part, const Decimal& rest, bool marked) {
  const auto& figs = cx.doc.figures;
  const auto& w = cx.fig(whole);
  const auto& last = cx.fig(last_part);
  // (Not the whole's sibling: 「受理申请25件,已办理24件,其中…。另有1件正在办理中」 is 25 = 24 + 1.
  // Back over at most kSentenceWalk figures: a sentence of thousands of failing lists run
  // together would otherwise be read back for each.)
  for (int i = whole - 1; i >= 0 && whole - i <= kSentenceWalk && figs[static_cast<std::size_t>(i)].sentence == w.sentence; --i)
    if (figs[static_cast<std::size_t>(i)].kind == FigureKind::Count && figs[static_cast<std::size_t>(i)].unit == w.unit &&
        figs[static_cast<std::size_t>(i)].value == w.value + rest)
      return false;
  const std::u32string_view f = cx.doc.folded;
  // 「共188条。其中目录中…其他3条,共发布102条;专题专栏包括组织机构4条,…,共发布86条」: the list
  // states its own total right after it (its items' sum), and another group in its sentence states
  // the rest with the same words; the two groups make the whole.
  auto sum_words = [](std::string_view l) { return l.starts_with("共") || l.starts_with("合计") || l.starts_with("总计"); };
  bool own_total = false;
  for (std::size_t k = static_cast<std::size_t>(last_part) + 1; k < figs.size(); ++k) {
    const auto& g = figs[k];
    // (Sentences counted by their full stops, not by lines: a page may break after each.)
    auto gap = g.span.begin > last.end() ? f.substr(last.end(), g.span.begin - last.end()) : std::u32string_view();
    auto stops = std::count_if(gap.begin(), gap.end(), [](char32_t ch) { return ch == U'。' || ch == U'!' || ch == U'?'; });
    if (g.in_table || stops > (own_total ? 0 : 1)) return false;
    if (g.kind != FigureKind::Count || g.last_years) continue;  // (not a part's 「（上年为12条）」)
    if (g.unit == w.unit && g.approx == Approx::Exact && sum_words(g.label)) {
      if (!own_total && k == static_cast<std::size_t>(last_part) + 1 && g.total() + rest == w.value) {
        own_total = true;
        continue;
      }
      if (own_total) return g.total() == rest;
    }
    if (own_total) continue;  // (the other group's own items)
    // (A unit a line break cut from its number, 「另有1⏎次」, is still its unit.)
    bool unit = g.unit == w.unit;
    if (!unit && g.unit.empty()) {
      std::size_t u = g.span.end;
      while (u < f.size() && (f[u] == U'\n' || f[u] == U'\r' || f[u] == U' ')) ++u;
      unit = u > g.span.end && !w.unit.empty() && f.substr(u).starts_with(text::from_utf8(w.unit));
    }
    if (!unit || g.approx != Approx::Exact || !(g.total() == rest)) return false;
    if (stops == 0 && !marked) return true;
    // (The clause's own words, as its label may have lost 另: 「另有1件」.)
    std::uint32_t b = g.span.begin;
    while (b > last.end() && std::u32string_view(U",;:。!?\n\r").find(f[b - 1]) == std::u32string_view::npos) --b;
    auto clause = f.substr(b, g.span.begin - b);
    // (Or the sentence's, when words of their own open it: 「…微信20条。此外，通过公开栏公开1条」.)
    auto sentence = gap.substr(std::min(gap.size(), gap.find(U'。') + 1));
    while (!sentence.empty() && (sentence.front() == U'\n' || sentence.front() == U'\r' || sentence.front() == U' ')) sentence.remove_prefix(1);
    // (Or the rest named as such: 「网上申请12件，信函申请6件；其他2件为当面提交」.)
    for (std::u32string_view v : {U"另", U"其余", U"此外", U"还有", U"剩余", U"剩下", U"其他", U"其它"})
      if (clause.starts_with(v) || (stops == 1 && sentence.starts_with(v))) return true;
    // (Or the next sentence is one bare item of the list, its label and count and nothing else:
    // 「其中，网站3340条、新媒体8429条，其他240条。审批平台信息17041条。」 of 31099.)
    if (stops == 1 && gap.find(U'。') != std::u32string_view::npos && !sentence.empty() &&
        sentence.find_first_of(U",;:、()0123456789") == std::u32string_view::npos) {
      std::uint32_t e = g.end();
      while (e < f.size() && (f[e] == U' ' || f[e] == U'\t')) ++e;
      if (e >= f.size() || f[e] == U'。' || f[e] == U'\n' || f[e] == U'\r') return true;
    }
    return false;
  }
  return false;
}

struct Instance {  // one stated whole and the parts bound to it
  int whole = -1;
  std::vector<int> part_of_def;  // per part name: figure or -1
  int named_whole = -1;  // for a list's own whole: the rule's whole the parts would have had
};

int count_before_bracket(const Context& cx, int i);

// A count's words name applications carried over from last year (上年结转, 上年转结, 上年度
// 遗留), not those carried on to next year (结转下年度).
bool carried_over(std::string_view label) {
  return (label.find("结转") != std::string_view::npos || label.find("转结") != std::string_view::npos ||
          label.find("遗留") != std::string_view::npos) &&
         label.find("下") == std::string_view::npos;
}

// A count's words say where requests went: closed, answered, handled or carried on (已处理,
// 已办结, 均已答复, 结转下年度), not how or from whom they came. Beside reached_stage (build.cpp),
// which asks the same after a list by who or how, on purpose wider: anywhere in the label, as it
// only tells a count from the ways requests came in; and without 受理 (received is where they
// came from, not where they went) or 审结 (cases, not requests).
bool says_handled(std::string_view label) {
  for (std::string_view w : {"办结", "答复", "处理", "回复", "办理", "结转", "转结"})
    if (Regex::find_word(label, w) != std::string_view::npos) return true;
  return false;
}

// 「收到申请124件（含上年度结转5件），公民申请113件，法人或其他组织申请11件」: a carry-over in the
// bracket that opens right after the whole with 含 or 包括 (not 不含, 未含, 不包括) is a part of the
// whole the text points out, already in it: neither one more item of the list after it nor a
// count to add to the whole. (Only a carry-over: 「（含重复申请5件）」 may be left out of a division
// of the rest, and stays an item the pack does not know.)
bool included_in_whole(const Context& cx, int whole, int k) {
  const auto& figs = cx.doc.figures;
  if (k <= whole || figs[k].sentence != figs[whole].sentence || figs[whole].in_table || !carried_over(figs[k].label)) return false;
  const std::uint32_t from = figs[whole].end(), to = figs[k].span.begin;
  if (to <= from || to - from > 40) return false;
  const auto gap = std::u32string_view(cx.doc.folded).substr(from, to - from);
  if (!gap.starts_with(U"(") || gap.find(U')') != std::u32string_view::npos) return false;
  for (std::u32string_view no : {U"不含", U"未含", U"不包括", U"未包括"})
    if (gap.find(no) != std::u32string_view::npos) return false;
  return gap.find(U'含') != std::u32string_view::npos || gap.find(U"包括") != std::u32string_view::npos;
}

// "共受理申请20件(含上年结转2件),其中网上申请12件,信函申请6件", "30件,其中本年新收28件,上年
// 结转2件。新收申请中,网上申请20件…": a whole that includes the applications carried over from
// last year, divided in the parts that describe only the new ones. They fit when the text states,
// between the whole and the parts, a carry-over making up the difference or a new-application
// count equal to their sum, or a part of the whole's 其中 list equal to it. Nor do parts that count the new and the carried-over together, when
// the carry-over stated between makes up what they exceed the whole by.
bool new_part_fits(const Context& cx, int whole, int first_part, const Decimal& sum) {
  const auto& figs = cx.doc.figures;
  const auto& w = figs[whole];
  if (w.in_table || first_part <= whole || figs[first_part].in_table) return false;
  for (int k = whole + 1; k < first_part; ++k) {
    const auto& g = figs[k];
    if (g.kind != FigureKind::Count || g.in_table || g.unit != w.unit || g.approx != Approx::Exact) continue;
    std::string_view l = g.label;
    // (Or the parts count the two together: "收到申请12件,上年转结2件。其中网上申请8件,信函
    // 申请6件" divide the 14.)
    bool carried = carried_over(l);
    if ((carried && (g.value + sum == w.value || w.value + g.value == sum)) || (l.find("新收") != std::string_view::npos && g.value == sum))
      return true;
    // (Or the count set aside by 除…外, the parts dividing the rest: 「收到48件。除2件正在办理外，
    // 其余申请均已答复，其中同意公开14件，不属于本机关公开范围32件」.)
    if ((l.ends_with("除") || l.ends_with("除去") || l.ends_with("除了")) && g.value + sum == w.value && g.end() < figs[first_part].span.begin &&
        std::u32string_view(cx.doc.folded).substr(g.end(), figs[first_part].span.begin - g.end()).find(U'外') != std::u32string_view::npos)
      return true;
    // (Or a part of the whole's own 其中 list that they make exactly and follow right after, in
    // its sentence: "收到3800件,其中市级部门1600件,当面申请300件,网上申请1100件,信函申请200件;
    // 区县2200件" divide the 1600.)
    // (Or in the next sentence, when it opens by naming that part as its topic: 「全市共收到申请1487件，
    // 其中市本级收到474件。市本级申请中，网上申请52件，当面申请422件」.)
    auto topic_after = [&] {
      if (g.end() >= figs[first_part].span.begin) return false;
      auto gap = std::u32string_view(cx.doc.folded).substr(g.end(), figs[first_part].span.begin - g.end());
      auto stop = gap.find(U'。');
      return stop != std::u32string_view::npos && gap.find(U'。', stop + 1) == std::u32string_view::npos &&
             gap.find(U"中,", stop) != std::u32string_view::npos;
    };
    if (int l = cx.list_of[k]; l >= 0 && g.value == sum && (g.sentence == figs[first_part].sentence || topic_after())) {
      const auto& list = cx.doc.lists[static_cast<std::size_t>(l)];
      bool next = true;
      for (int i = k + 1; i < first_part && next; ++i) next = !(figs[i].kind == FigureKind::Count && figs[i].unit == w.unit);
      if (list.qizhong && list.whole == whole && next) return true;
    }
  }
  return false;
}

// "受理申请30件,已办结28件,正在办理1件": the parts are the counts of the whole's unit that follow
// it in its sentence, in order and with none between (all of them, when `all`, up to another
// whole of the rule: "…受理申请30件,已办结28件,正在办理2件;县直部门受理申请20件,…"). A whole in
// a table has no such sentence.
bool adjacent_parts(const Context& cx, int whole, std::vector<int> present, bool all, const std::vector<int>& wholes) {
  const auto& figs = cx.doc.figures;
  const auto& w = figs[whole];
  if (w.in_table) return false;
  std::sort(present.begin(), present.end());
  std::size_t next = 0;
  // "受理15件,其中当面申请5件,网上申请10件;已办结14件,正在办理1件": the whole's own 其中 list,
  // right after it and making it exactly, stands before the counts that follow it.
  int from = whole + 1;
  for (int li = cx.whole_first[static_cast<std::size_t>(whole)]; li >= 0; li = cx.whole_next[static_cast<std::size_t>(li)]) {
    const auto& l = cx.doc.lists[static_cast<std::size_t>(li)];
    if (!l.qizhong || l.parts.size() < 2 || l.parts.front() <= whole) continue;
    Decimal S;
    for (int p : l.parts) S = S + figs[p].total();
    bool first = true;
    for (int k = whole + 1; k < l.parts.front(); ++k)
      first = first && !(figs[k].kind == FigureKind::Count && figs[k].unit == w.unit);
    if (S == w.value && first && (present.empty() || present.front() > l.parts.back())) from = l.parts.back() + 1;
    break;
  }
  for (int k = from; k < static_cast<int>(figs.size()); ++k) {
    const auto& g = figs[k];
    if (g.sentence != w.sentence || g.line != w.line) break;
    if (g.kind != FigureKind::Count || g.unit != w.unit) continue;
    if (next == present.size()) return !all || std::binary_search(wholes.begin(), wholes.end(), k);
    if (present[next] != k) return false;
    ++next;
  }
  return next == present.size();
}

// "受理申请20件,已按时办结19件,其中同意公开15件…", "不予受理2件,受理18件,其中…", "县政府办公室
// 受理5件,其中网上申请3件…": the count the text makes the whole of a 其中 (or …中,) list, standing
// between the rule's nearest whole `best` and part `p`, is the whole those parts divide, whatever
// its words (按时办结, 已处理, 答覆, 受理 after 不予受理). Not when that count is itself one of the
// rule's parts (the list then divides a part: nested) or another breakdown's whole. -1: none.
int own_whole(Context& cx, const RulePack& pack, const Check& c, int p, int best) {
  const auto& figs = cx.doc.figures;
  int l = cx.list_of[p];
  if (l < 0 || c.anchor_after || figs[p].in_table) return -1;
  const auto& list = cx.doc.lists[static_cast<std::size_t>(l)];
  int lw = list.whole;
  if (!list.qizhong || list.sums || lw < 0 || lw == best || lw > p || lw < best) return -1;
  const auto& w = figs[lw];
  if (w.in_table || w.part != figs[p].part || cx.top_section(lw) != cx.top_section(p)) return -1;
  auto in = [](const std::vector<int>& ms, int i) { return std::binary_search(ms.begin(), ms.end(), i); };
  for (const auto& pn : c.parts)
    if (in(matches(cx, cx.def(pack, pn)), lw)) return -1;
  for (const auto& other : pack.checks) {
    if (other.kind != CheckKind::Breakdown || &other == &c) continue;
    for (const auto& wn : other.whole)
      if (in(matches(cx, cx.def(pack, wn)), lw)) return -1;
  }
  return lw;
}

// The wholes of `rivals` with words naming them (FigureDef::named), each once, in order.
std::vector<const FigureDef*> named_wholes_of(const std::vector<Rival>& rivals) {
  std::vector<const FigureDef*> named;
  for (const auto& r : rivals)
    for (const FigureDef* d : r.whole_defs)
      if (d->named && std::find(named.begin(), named.end(), d) == named.end()) named.push_back(d);
  return named;
}

// The breakdowns of the pack that compete for parts (those anchored on the same side), with
// their figures' matches looked up once per pack and document.
const std::vector<Rival>& rivals_of(Context& cx, const RulePack& pack, bool anchor_after) {
  auto& cached = cx.rivals[anchor_after ? 1 : 0];
  if (cached) return *cached;
  std::vector<Rival> rivals;
  for (const auto& other : pack.checks) {
    if (other.kind != CheckKind::Breakdown || other.anchor_after != anchor_after) continue;
    Rival r{&other, {}, {}, {}};
    // A breakdown whose total is stated nowhere anchors no part: its parts are not looked up.
    bool anchors = false;
    for (auto& wn : other.whole) {
      r.whole_defs.push_back(cx.def(pack, wn));
      r.wholes.push_back(&matches(cx, r.whole_defs.back()));
      anchors = anchors || !r.wholes.back()->empty();
    }
    if (!anchors) continue;
    for (auto& on : other.parts) r.parts.push_back(&matches(cx, cx.def(pack, on)));
    rivals.push_back(std::move(r));
  }
  cx.named_wholes[anchor_after ? 1 : 0] = named_wholes_of(rivals);
  auto& parts_of = cx.rival_parts_of[anchor_after ? 1 : 0];
  parts_of.assign(cx.doc.figures.size(), 0);
  for (std::size_t r = 0; r < rivals.size() && r < 64; ++r)
    for (const auto* m : rivals[r].parts)
      for (int p : *m) parts_of[static_cast<std::size_t>(p)] |= std::uint64_t{1} << r;
  return cached.emplace(std::move(rivals));
}

// Of the wholes that may take part p and carry words naming them (named:), the one named last
// in p's clause run (back to a semicolon, the sentence's start or such a whole's figure):
// 「复议维持1件,纠错1件」 names the review for both parts; in 「涉及行政复议和诉讼案件3件,其中
// 维持2件」 the words name the total, not the part. None when no such words come before p.
// (`named`: those wholes, each once; a whole named again would be searched for again in vain.)
const FigureDef* named_kind_here(Context& cx, const std::vector<const FigureDef*>& named, int p) {
  const auto& g = cx.fig(p);
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t b = g.span.begin, limit = b > 80 ? b - 80 : 0;
  for (const FigureDef* d : named) {
    const auto& ws = matches(cx, d);
    auto it = std::lower_bound(ws.begin(), ws.end(), p);
    if (it != ws.begin()) limit = std::max(limit, std::min(b, cx.fig(*std::prev(it)).end()));
  }
  while (b > limit && f[b - 1] != U';' && f[b - 1] != U'。' && f[b - 1] != U'\n' && f[b - 1] != U'\r') --b;
  if (b == g.span.begin) return nullptr;
  std::string lead;  // made when a whole with naming words is met
  const FigureDef* best = nullptr;
  std::size_t best_at = 0;
  for (const FigureDef* d : named) {
    if (lead.empty()) lead = text::to_utf8(f.substr(b, g.span.begin - b));
    std::size_t from = 0, mb = 0, me = 0, last = std::string::npos;
    while (from <= lead.size() && d->named->find(lead, from, lead.size(), mb, me)) {
      last = mb;
      from = me > mb ? me : mb + 1;
    }
    if (last != std::string::npos && (!best || last > best_at)) best = d, best_at = last;
  }
  return best;
}

// The same, worked out once per figure for the pack's rivals (every breakdown asks it of the
// parts it may take, and a figure is a possible part of several).
const FigureDef* named_kind(Context& cx, const std::vector<Rival>& rivals, int p) {
  for (int k = 0; k < 2; ++k) {
    if (!cx.rivals[k] || &*cx.rivals[k] != &rivals) continue;
    auto& done = cx.named_kind_done[k];
    auto& kind = cx.named_kind_of[k];
    if (done.empty()) {
      done.assign(cx.doc.figures.size(), 0);
      kind.assign(cx.doc.figures.size(), nullptr);
    }
    const auto i = static_cast<std::size_t>(p);
    if (!done[i]) kind[i] = named_kind_here(cx, cx.named_wholes[k], p), done[i] = 1;
    return kind[i];
  }
  return named_kind_here(cx, named_wholes_of(rivals), p);
}

// 「县政府办公室收到申请40件。全县按时办结申请145件」: the words before the verb name a body in
// each, and not the same one (times and 共 aside). Either naming none is the same body.
bool names_other_body(std::string_view whole, std::string_view part) {
  auto body = [](std::string_view l) {
    std::size_t cut = std::string_view::npos;
    for (std::string_view v : {"收到", "受理", "接收", "接到", "按时", "延期", "办结"})
      cut = std::min(cut, l.find(v));
    // (A label without such a verb says nothing of its body here.)
    if (cut == std::string_view::npos) return std::string_view();
    l = l.substr(0, cut);
    for (bool more = true; more;) {
      more = false;
      for (std::string_view w : {"全年", "本年度", "本年", "今年", "年度", "年", "共计", "共", "其中", "累计", "已", "均"})
        if (l.starts_with(w)) l.remove_prefix(w.size()), more = true;
        else if (l.ends_with(w)) l.remove_suffix(w.size()), more = true;
    }
    return l;
  };
  std::string_view a = body(whole), b = body(part);
  return !a.empty() && !b.empty() && a != b;
}

bool about_other_items(const Context& cx, int i);

// A count closed, answered or handled (办结, 答复, 办理) in a sentence about other items than
// applications (about_other_items).
bool closes_other_items(const Context& cx, int i) {
  std::string_view l = cx.fig(i).label;
  return (Regex::find_word(l, "办结") != l.npos || Regex::find_word(l, "答复") != l.npos) && about_other_items(cx, i);
}

// Whether the text ends in the sentence going on at `at`: no sentence end (。 ! ?) nor line
// break before more text follows it — the page was copied only up to there.
// (Looked for over a sentence's length at most: a line of a million characters and no full
// stop, with a list every few words, is not walked to its end for each list.)
bool text_stops_in_sentence(std::u32string_view f, std::size_t at) {
  constexpr std::size_t kSentence = 2000;
  if (f.size() > at + kSentence) {
    auto ahead = f.substr(at, kSentence);
    if (ahead.find_first_of(U"。!?\n") == std::u32string_view::npos) return false;
  }
  for (std::size_t k = at; k < f.size(); ++k) {
    char32_t ch = f[k];
    if (ch == U'。' || ch == U'!' || ch == U'?') return false;
    if (ch == U'\n') {
      std::size_t n = k + 1;
      while (n < f.size() && (f[n] == U' ' || f[n] == U'\t' || f[n] == U'\r' || f[n] == U'\n' || f[n] == 0x3000)) ++n;
      return n == f.size();
    }
  }
  return true;
}

// A running total, 「截至2017年底，全市累计主动公开政府信息1265300条」: 累计 (not the year's, 全年累计,
// 本年度累计), 历年 or 至今 in its words, or 截至/截止 earlier in its sentence.
bool running_total_uncached(const Context& cx, int i);

// (Asked in run_breakdown for the nearest whole of every part of every rival rule, and for the
// part: worked out once per figure.)
bool running_total(const Context& cx, int i) {
  if (cx.running_total_of.empty()) cx.running_total_of.assign(cx.doc.figures.size(), -1);
  signed char& v = cx.running_total_of[static_cast<std::size_t>(i)];
  if (v < 0) v = running_total_uncached(cx, i) ? 1 : 0;
  return v == 1;
}

bool running_total_uncached(const Context& cx, int i) {
  const auto& g = cx.fig(i);
  std::string_view l = g.label;
  for (std::string_view w : {"历年", "至今"})
    if (Regex::find_word(l, w) != std::string_view::npos) return true;
  for (auto at = Regex::find_word(l, "累计"); at != std::string_view::npos; at = Regex::find_word(l, "累计", at + 1))
    if (!(at >= 3 && (l.substr(at - 3, 3) == "年" || l.substr(at - 3, 3) == "度"))) return true;
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t b = g.span.begin;
  const std::uint32_t floor = b > 200 ? b - 200 : 0;
  while (b > floor && f[b - 1] != U'。' && f[b - 1] != U'\n') --b;
  const auto before = f.substr(b, g.span.begin - b);
  return before.find(U"截至") != std::u32string_view::npos || before.find(U"截止") != std::u32string_view::npos;
}

// Whether the text matches the check's `unless` pattern (then the check does not apply).
// An `unless` pattern's top-level alternatives, each a pattern of its own numbered in this thread
// (the same alternative of any pattern, one number), plain words first: the pattern matches
// where one of them does. (One pattern, when it cannot be split.)
struct UnlessAlternatives {
  std::unordered_map<std::string, std::vector<int>> of;  // by pattern
  // The same by the rule's Regex, with its pattern to tell a new Regex at the same address.
  std::unordered_map<const Regex*, std::pair<std::string, const std::vector<int>*>> of_regex;
  std::unordered_map<std::string, int> number;           // by alternative
  std::vector<std::unique_ptr<Regex>> regex;             // by number
};
UnlessAlternatives& unless_alternatives() {
  thread_local UnlessAlternatives u;
  return u;
}
const std::vector<int>& unless_alternatives_of(const Regex& re) {
  auto& u = unless_alternatives();
  auto& [known, done] = u.of_regex[&re];
  if (done && known == re.pattern()) return *done;
  const std::string& pattern = re.pattern();
  known = pattern;
  auto [it, fresh] = u.of.try_emplace(pattern);
  done = &it->second;
  if (!fresh) return it->second;
  auto alts = Regex::top_level(pattern);
  if (alts.empty()) alts.push_back(pattern);
  for (auto a : alts) {
    auto [n, added] = u.number.try_emplace(std::string(a), static_cast<int>(u.regex.size()));
    if (added) u.regex.push_back(std::make_unique<Regex>(std::string(a)));
    it->second.push_back(n->second);
  }
  std::stable_partition(it->second.begin(), it->second.end(), [&](int n) { return !u.regex[static_cast<std::size_t>(n)]->literals().empty(); });
  return it->second;
}

bool text_says_unless(Context& cx, const Check& c) {
  if (!c.unless) return false;
  const Regex* re = c.unless.get();
  for (const auto& [r, says] : cx.unless_seen)
    if (r == re) return says;
  const std::vector<int>& alts = unless_alternatives_of(*re);
  auto& u = unless_alternatives();
  if (cx.unless_alt_seen.size() < u.regex.size()) cx.unless_alt_seen.resize(u.regex.size(), -1);
  bool says = false;
  // (Those answered already first: one of them may settle it without a search.)
  for (int n : alts)
    if (cx.unless_alt_seen[static_cast<std::size_t>(n)] == 1) says = true;
  for (std::size_t k = 0; k < alts.size() && !says; ++k) {
    signed char& seen = cx.unless_alt_seen[static_cast<std::size_t>(alts[k])];
    if (seen < 0) seen = cx.search_whole(*u.regex[static_cast<std::size_t>(alts[k])]) ? 1 : 0;
    says = seen == 1;
  }
  cx.unless_seen.emplace_back(re, says);
  return says;
}

// Whether words name the other ways of asking: 其他形式, 其它形式, 其他方式 or 其它方式. (Each
// 其 found once, its next words compared there: the label of every table row after a whole is
// asked, and a search for each word would find the common first byte of 其 again and again.)
bool names_other_way(std::string_view l) {
  static constexpr std::string_view kQi = "其";
  for (std::size_t at = l.find(kQi); at != std::string_view::npos; at = l.find(kQi, at + kQi.size())) {
    std::string_view rest = l.substr(at + kQi.size());
    if (!rest.starts_with("他") && !rest.starts_with("它")) continue;
    rest.remove_prefix(std::string_view("他").size());
    if (rest.starts_with("形式") || rest.starts_with("方式")) return true;
  }
  return false;
}

void run_breakdown(Context& cx, const RulePack& pack, const Check& c) {
  const auto& figs = cx.doc.figures;
  if (text_says_unless(cx, c)) {
    cx.skip(c, "the text says what makes the totals differ (" + c.unless->pattern() + ")");
    return;
  }
  // Anchors: per scope (prose, table), the first whole name that has any match there.
  std::vector<int> anchors;
  for (bool table : {false, true}) {
    for (auto& wn : c.whole) {
      std::vector<int> a;
      for (int i : matches(cx, cx.def(pack, wn)))
        if (figs[i].in_table == table) a.push_back(i);
      if (!a.empty()) {
        anchors.insert(anchors.end(), a.begin(), a.end());
        break;
      }
    }
  }
  std::sort(anchors.begin(), anchors.end());
  if (anchors.empty()) {
    cx.skip(c, "the total (" + c.whole.front() + ") is not stated");
    return;
  }
  // Competing anchors: wholes of every breakdown in the pack that could claim the same parts.
  std::vector<Instance> inst(anchors.size());
  // Each anchor's instance, looked up rather than searched for with each part (a text of
  // thousands of wholes and their parts).
  std::unordered_map<int, std::size_t> instance_of;
  for (std::size_t a = 0; a < anchors.size(); ++a) {
    inst[a].whole = anchors[a];
    inst[a].part_of_def.assign(c.parts.size(), -1);
    instance_of.emplace(anchors[a], a);
  }
  const std::vector<Rival>& rivals = rivals_of(cx, pack, c.anchor_after);
  for (std::size_t pi = 0; pi < c.parts.size(); ++pi) {
    for (int p : matches(cx, cx.def(pack, c.parts[pi]))) {
      // 「收到申请129件，均按时办结。全年共受理咨询387件，按时办结385件，延期办结2件」: a count
      // closed after one of other items received in its sentence is theirs, not any whole's here.
      if (!figs[p].in_table && closes_other_items(cx, p)) continue;
      // The nearest anchor on the expected side, among the anchors of every breakdown whose
      // parts could also take this figure: parts never leak into another structure.
      int best = -1;
      int best_rule_anchor = -1;
      bool best_named = false;
      // A part whose words repeat a whole's (four characters or more: "行政复议案件中维持…" and
      // "申请行政复议3件") belongs to that whole before a nearer one ("提起行政诉讼1件").
      // (Asked again for the same two figures by every rival with that whole and every rule the
      // part may belong to: the run is compared once per pair and document.)
      auto names = [&](int w) {
        const auto& pl = figs[p].label;
        if (figs[p].in_table || pl.size() < 12) return false;
        auto [it, fresh] = cx.names_whole.try_emplace((std::uint64_t{static_cast<std::uint32_t>(p)} << 32) | static_cast<std::uint32_t>(w), false);
        if (fresh) it->second = text::common_run(cx.label32(p), cx.label32(w)) >= 4;
        return it->second;
      };
      // "发生行政复议2件,行政诉讼1件。复议维持1件,纠错1件;诉讼维持1件。": the kind of whole the
      // part's clause run names last (复议 before 纠错) is the whole it belongs to.
      const FigureDef* kind = figs[p].in_table ? nullptr : named_kind(cx, rivals, p);
      const std::vector<int>* kind_wholes = kind ? &matches(cx, kind) : nullptr;
      const std::uint64_t parts_of = cx.rival_parts_of[c.anchor_after ? 1 : 0][static_cast<std::size_t>(p)];
      for (std::size_t r = 0; r < rivals.size(); ++r) {
        const Rival& rival = rivals[r];
        const Check& other = *rival.check;
        bool could = &other == &c || (r < 64 && ((parts_of >> r) & 1u));
        if (r >= 64)
          for (const auto* m : rival.parts)
            if (!could) could = std::binary_search(m->begin(), m->end(), p);
        if (!could) continue;
        for (std::size_t wk = 0; wk < rival.wholes.size(); ++wk) {
          const auto* wm = rival.wholes[wk];
          const FigureDef* wd = rival.whole_defs[wk];
          // The nearest whole on the expected side (binary search: the lists are sorted).
          const auto& ws = *wm;
          int w = -1;
          if (c.anchor_after) {
            for (auto it = std::upper_bound(ws.begin(), ws.end(), p); it != ws.end(); ++it)
              if (figs[*it].in_table == figs[p].in_table && figs[*it].part == figs[p].part) { w = *it; break; }
          } else {
            for (auto it = std::lower_bound(ws.begin(), ws.end(), p); it != ws.begin();) {
              --it;
              if (figs[*it].in_table == figs[p].in_table && figs[*it].part == figs[p].part) { w = *it; break; }
            }
            // 「全市共主动公开政府信息215830条…。截至2017年底，全市累计主动公开政府信息1265300条。」 then
            // the year's channels: a running total after the year's own count in its section is not
            // what the parts after it divide; that count is. (A running total alone is the whole:
            // some reports give the year's count so, 「截止2016年12月31日,全区累计主动公开…5977条」.)
            // (Not parts that run on too: 「累计收到申请300件,累计按时办结290件」.)
            // (Eight counts back at most: a section of thousands of running totals on hostile input is
            // not walked again for each part.)
            if (w >= 0 && !figs[w].in_table && running_total(cx, w) && !running_total(cx, p)) {
              const auto at = std::lower_bound(ws.begin(), ws.end(), w);
              for (auto it = at; it != ws.begin() && at - it < 8;) {
                --it;
                if (figs[*it].in_table || figs[*it].part != figs[p].part || cx.top_section(*it) != cx.top_section(w)) break;
                if (!running_total(cx, *it)) { w = *it; break; }
              }
            }
          }
          if (w < 0) continue;
          // (One figure may be both: 「涉行政复议、行政诉讼案件743件」.)
          if (kind && wd->named && wd != kind && !std::binary_search(kind_wholes->begin(), kind_wholes->end(), w)) continue;
          bool named = names(w);
          bool nearer = best < 0 || (c.anchor_after ? w < best : w > best);
          if ((named && !best_named) || (named == best_named && (nearer || (w == best && &other == &c)))) {
            best = w;
            best_rule_anchor = &other == &c ? w : -1;
            best_named = named;
          }
        }
      }
      if (best < 0 || best_rule_anchor < 0) continue;
      // (Also when the rule's whole there is not one it checks: the text names the list's own.)
      int named_whole = -1;
      if (int own = own_whole(cx, pack, c, p, best); own >= 0) {
        named_whole = best;
        best = own;
        if (instance_of.emplace(best, anchors.size()).second) {
          anchors.push_back(best);
          inst.push_back({best, std::vector<int>(c.parts.size(), -1), named_whole});
        }
      }
      auto it = instance_of.find(best);
      if (it == instance_of.end()) continue;
      auto& in = inst[it->second];
      const auto& w = figs[in.whole];
      const auto& pf = figs[p];
      int span_lines = std::abs(pf.line - w.line);
      if (!pf.in_table && span_lines > 40) continue;
      if (!pf.in_table && cx.top_section(p) != cx.top_section(in.whole)) continue;
      // (A rule that holds its parts only not to exceed a whole, 按时办结 + 延期办结 ≤ 收到: not
      // parts of another level or bodies than the whole's, 「我办共收到申请25件…全市各部门按时
      // 办结申请400件,延期办结13件」, which may be more.)
      // (A part in the whole's own sentence speaks of the same body: 「乡镇共受理申请9件,已全部按时办结11件」.)
      if (!pf.in_table && !w.in_table && c.relation == Relation::AtMost && pf.sentence != w.sentence &&
          (label_names_sub_level(cx, p) != label_names_sub_level(cx, in.whole) || names_other_body(w.label, pf.label)))
        continue;
      if (in.part_of_def[pi] < 0) in.part_of_def[pi] = p;
    }
  }
  for (auto& in : inst) {
    // A part stated as a breakdown of another part ("不予公开3件(其中信息不存在2件,申请内容
    // 不明确1件)", or "不予公开的3件中,…" after it) is inside that part, not one more beside it.
    auto nested = [&](int p) {
      // (「同意公开8件（含部分公开2件）」: a bracket saying what another part holds.)
      if (std::string_view pl = figs[p].label; pl.starts_with("含") || pl.starts_with("包括") || pl.starts_with("包含")) {
        const int host = count_before_bracket(cx, p);
        if (host >= 0 && host + 1 == p && std::find(in.part_of_def.begin(), in.part_of_def.end(), host) != in.part_of_def.end()) return true;
      }
      int l = cx.list_of[p];
      if (l < 0) return false;
      int w = cx.doc.lists[static_cast<std::size_t>(l)].whole;
      if (w < 0 || w == in.whole) return false;
      for (std::size_t qi = 0; qi < c.parts.size(); ++qi) {
        int q = in.part_of_def[qi];
        if (q < 0 || q == p) continue;
        if (q == w) return true;
        const auto& ms = matches(cx, cx.def(pack, c.parts[qi]));
        if (figs[w].value == figs[q].value && std::binary_search(ms.begin(), ms.end(), w)) return true;
      }
      return false;
    };
    std::vector<int> present;
    std::vector<std::string> absent;
    std::size_t named = 0;  // categories named, a figure naming two counted twice
    for (std::size_t pi = 0; pi < c.parts.size(); ++pi) {
      int p = in.part_of_def[pi];
      // One figure is one part, even when its words name two ("信息不存在或不属于本机关公开范围的30件"),
      // unless it is given for each of them ("当面、信函申请各5件").
      bool again = p >= 0 && std::find(present.begin(), present.end(), p) != present.end();
      if (again && each(figs[p].label) && !respective(cx.doc, p)) again = false, present.push_back(p);
      else if (p >= 0 && !again && !nested(p)) present.push_back(p);
      else if (!again) absent.push_back(c.parts[pi]);
      named += p >= 0 && (again || !nested(p));
    }
    int wline = figs[in.whole].line;
    if (present.empty()) {
      cx.skip(c, "no part stated near the total at line " + std::to_string(wline), wline);
      continue;
    }
    if (static_cast<int>(present.size()) < c.min_parts) {
      cx.skip(c, "fewer than " + std::to_string(c.min_parts) + " parts stated", wline);
      continue;
    }
    // (A part the sum cannot do without, the website among the channels: with it unstated the
    // others fall short of the whole whatever the report's figures.)
    if (auto lacking = std::find_if(c.needs.begin(), c.needs.end(), [&](const std::string& n) {
          return std::find(absent.begin(), absent.end(), n) != absent.end();
        });
        lacking != c.needs.end()) {
      cx.skip(c, *lacking + " not stated", wline);
      continue;
    }
    if (c.adjacent && !adjacent_parts(cx, in.whole, present, c.relation == Relation::Equal, matches(cx, cx.def(pack, c.whole.front())))) {
      cx.skip(c, "the parts are not the counts right after the total", wline);
      continue;
    }
    if (c.cohesive) {
      bool one_place = std::all_of(present.begin(), present.end(), [&](int p) {
        return figs[p].in_table || figs[p].line == figs[present.front()].line;
      });
      if (!one_place) {
        cx.skip(c, "the parts are scattered over several paragraphs", wline);
        continue;
      }
    }
    Relation rel = c.relation;
    Decimal open_count;
    bool open_counted = false;
    // The last whole a rule falls back to (the applications received, for the replies when neither
    // their count nor the settled one is stated) is not all divided when the text says, between it
    // and its parts, that some are still open: 「受理申请1000件，结转下年度办理10件。已办结的申请
    // 中，同意公开300件；…；其他40件」 — the open ones have no reply yet.
    if (rel == Relation::Equal && c.whole.size() > 1 && !figs[in.whole].in_table) {
      bool fallback = true;
      for (std::size_t k = 0; k + 1 < c.whole.size() && fallback; ++k) {
        const auto& ms = matches(cx, cx.def(pack, c.whole[k]));
        fallback = !std::binary_search(ms.begin(), ms.end(), in.whole);
      }
      const int first = *std::min_element(present.begin(), present.end());
      const std::uint32_t from = figs[in.whole].end(), to = figs[first].span.begin;
      static constexpr std::u32string_view kOpen[] = {U"正在办理", U"办理中", U"未办结", U"未答复", U"结转下", U"转入下", U"继续办理"};
      auto says_open = [](std::u32string_view s) {
        return std::any_of(std::begin(kOpen), std::end(kOpen), [&](auto w) { return s.find(w) != std::u32string_view::npos; });
      };
      if (fallback && from < to && says_open(cx.doc.folded.substr(from, to - from))) {
        // (When the open ones are counted there, 「年底尚有9件正在办理」, the parts make the rest exactly.)
        for (int k = in.whole + 1; k < first; ++k) {
          const auto& g = figs[k];
          if (g.kind == FigureKind::Count && !g.in_table && g.unit == figs[in.whole].unit && g.approx == Approx::Exact &&
              (says_open(cx.label32(k)) || says_open(text::from_utf8(g.after)))) {
            open_count = open_count + g.value;
            open_counted = true;
          }
        }
        if (!open_counted) rel = Relation::AtMost;
      }
    }
    // A few of many categories falling well short of the whole ("在答复的1677件中,属已主动
    // 公开的243件,属同意公开的318件,属同意部分公开的221件"): a summary of the main ones, not the
    // full division; it is only checked not to exceed the whole. (Three of eight categories
    // within a tenth of the whole are still taken as the division, short by a slip.)
    if (rel == Relation::Equal && c.missing_zero && named * 2 < c.parts.size()) {
      Decimal named;
      for (int p : present) named = named + figs[p].value;
      if (named * Decimal(10, 0) < figs[in.whole].value * Decimal(9, 0)) rel = Relation::AtMost;
    }
    // Prose that lists a category the pack does not know (其他情况2件 among the replies) is
    // not the complete breakdown: the parts can then only be checked not to exceed the whole.
    // Items the pack does not know in a list checked to reach its whole (门户网站52,其他信息2167,
    // 微博541 …): they carry information too, and count towards the total.
    // A list that says it is not all of its whole: "其中网上申请50件、当面申请10件等", "主要通过网上
    // (50件)和当面(10件)提交", "…,其余为信函申请": its parts can only be checked not to exceed it.
    if (rel == Relation::Equal && !figs[present.front()].in_table && !figs[in.whole].in_table) {
      auto [lo_it, hi_it] = std::minmax_element(present.begin(), present.end());
      // (Nor a list the text stops in: a page copied up to a point, 「…不予公开48件，信息不存」 and no
      // more — its last items are lost.)
      if (says_partial(cx, in.whole, *lo_it, *hi_it) || text_stops_in_sentence(cx.doc.folded, figs[*hi_it].end())) rel = Relation::AtMost;
    }
    bool unknown_item = false;
    std::vector<int> unknown, again_parts;
    if ((rel == Relation::Equal || rel == Relation::AtLeast) && !figs[present.front()].in_table) {
      auto [lo_it, hi_it] = std::minmax_element(present.begin(), present.end());
      int lo = *lo_it, hi = *hi_it;
      // The list runs on to the end of the sentence of its last recognised item, or, when its
      // items are not themselves joined by semicolons, to a semicolon after it ("…其他处理3件；
      // 结转下年度9件" ends the list before 结转).
      auto semicolon_between = [&](int a, int b) {
        std::uint32_t from = figs[a].end(), to = figs[b].span.begin;
        return from < to && cx.doc.folded.substr(from, to - from).find(U';') != std::u32string_view::npos;
      };
      std::vector<int> sorted(present.begin(), present.end());
      std::sort(sorted.begin(), sorted.end());
      bool joined_by_semicolons = false;
      for (std::size_t q = 1; q < sorted.size(); ++q) joined_by_semicolons |= semicolon_between(sorted[q - 1], sorted[q]);
      const int last_known = hi;
      // (A list in a bracket right after its whole ends at the bracket: 「收到申请44件(其中:网上申请42件,
      // 现场申请0件,邮寄2件),本年度办结39件」 — the count after it is no item.)
      std::uint32_t bracket_end = std::numeric_limits<std::uint32_t>::max();
      {
        const std::u32string_view f = cx.doc.folded;
        const std::uint32_t w_end = figs[in.whole].end(), first = figs[lo].span.begin, last = figs[hi].end();
        if (w_end < first && f[w_end] == U'(' && last < f.size()) {
          auto inside = f.substr(w_end + 1, last - w_end - 1);
          auto close = f.find(U')', last);
          if (inside.find_first_of(U"()") == std::u32string_view::npos && close != std::u32string_view::npos)
            bracket_end = static_cast<std::uint32_t>(close);
        }
      }
      // (At most kSentenceWalk figures past the last known item: a run-on sentence would
      // otherwise be walked again for every list in it.)
      const int run_cap = hi + kSentenceWalk;
      while (hi + 1 < static_cast<int>(figs.size()) && hi < run_cap && figs[hi + 1].line == figs[hi].line && figs[hi + 1].span.begin < bracket_end &&
             figs[hi + 1].sentence == figs[*hi_it].sentence && (joined_by_semicolons || !semicolon_between(hi, hi + 1)))
        ++hi;
      // A 其中 right before a count after the last known item divides something ("…信函申请5件,
      // 其中涉及财政预决算的29件"): that count is no item of this list.
      auto after_qizhong = [&](int k) {
        if (k <= last_known) return false;
        std::uint32_t from = figs[k - 1].end(), to = figs[k].span.begin;
        return from < to && std::u32string_view(cx.doc.folded).substr(from, to - from).find(U"其中") != std::u32string_view::npos;
      };
      // "行政复议案件6件和行政诉讼案件3件,其中行政复议结果维持5件,尚未审结1件,行政诉讼结果维持
      // 3件": a count whose clause names the other kind of case (诉讼 after 复议) is that
      // whole's part, not one more item of this one, though its words (维持) are a known part's.
      const bool kinds_named = cx.def(pack, c.whole.front())->named != nullptr;
      auto other_kind = [&](int k) {
        if (!kinds_named) return false;
        const FigureDef* kk = named_kind(cx, rivals, k);
        if (!kk) return false;
        const auto& kw = matches(cx, kk);
        return !std::binary_search(kw.begin(), kw.end(), in.whole);
      };
      auto change_than = [](std::string_view gl) {
        if (gl.ends_with("了")) gl.remove_suffix(std::string_view("了").size());
        bool than = Regex::find_word(gl, "比") != std::string_view::npos || Regex::find_word(gl, "较") != std::string_view::npos ||
                    Regex::find_word(gl, "同比") != std::string_view::npos;
        for (std::string_view w : {"增加", "减少", "增长", "下降", "上升", "提高", "降低"})
          if (than && gl.ends_with(w)) return true;
        return false;
      };
      // The rest (其他, 其他情形, 其它…): the catch-all of a list, an item of it the pack need not know.
      auto the_rest = [&](int k) {
        std::string_view l = figs[k].label;
        if (l.ends_with("的")) l.remove_suffix(std::string_view("的").size());
        return (l.starts_with("其他") || l.starts_with("其它")) && l.size() <= 4 * 3;
      };
      auto only_rest = [&] { return std::all_of(unknown.begin(), unknown.end(), the_rest); };
      for (int k = lo + 1; k <= hi && (rel == Relation::AtLeast || !unknown_item || only_rest()); ++k) {
        const auto& g = figs[k];
        if (other_kind(k)) continue;
        bool countlike = (g.kind == FigureKind::Count || g.kind == FigureKind::Amount) && !g.in_table;
        // "…当面申请15件,共计63件": the writer's own sum of the items, not another item.
        for (std::string_view w : {"共计", "合计", "总计", "总共"})
          if (g.label.substr(0, w.size()) == w) countlike = false;
        if (g.label == "共") countlike = false;
        // "…当面申请6件,分别比上年增加4件和2件": a change is no item.
        if (change_than(g.label)) countlike = false;
        if (g.last_years) countlike = false;  // "…当面申请10件(2020年为47件)": not an item
        // "其中当面申请10件、网络申请20件、信函申请5件，已处理35件": after a division by channel or
        // applicant, a count of those closed, answered or carried on is where the requests went, no
        // more of the ways they came in; so is one set aside by 除 (「除2件尚在办理外，其余均已办结」).
        const bool set_aside = g.label.ends_with("除") || g.label.ends_with("除去") || g.label.ends_with("除了");
        // (Nor is a count of the reviews or suits the requests led to: 「网络申请1件、信函申请35件，
        // 引发行政复议1件」.)
        const bool appeal = Regex::find_word(g.label, "复议") != std::string_view::npos || Regex::find_word(g.label, "诉讼") != std::string_view::npos;
        if (countlike && !names_who_or_how(g.label) && (says_handled(g.label) || set_aside || appeal) &&
            std::all_of(present.begin(), present.end(), [&](int p) { return names_who_or_how(figs[p].label); }))
          countlike = false;
        // "同意公开15件(含部分公开3件)": a subset of a part the text states is inside it.
        if (int l = cx.list_of[k]; l >= 0) {
          int lw = cx.doc.lists[static_cast<std::size_t>(l)].whole;
          if (lw != in.whole && std::find(present.begin(), present.end(), lw) != present.end()) continue;
          // "不同意公开11件(其中国家秘密2件,…),信息不存在8件": an item beside the whole in the
          // list the whole is itself an item of is no item of the whole's own.
          if (l == cx.list_of[in.whole]) continue;
        }
        if (countlike && g.unit == figs[lo].unit && k != in.whole && !after_qizhong(k) &&
            std::find(present.begin(), present.end(), k) == present.end()) {
          // A second item of a kind the rule knows ("网上申请5件,电子邮件申请4件", both online)
          // is one more part of that kind, not an unknown one.
          // (Not one in another sentence than the part of its kind, where the parts are stated again:
          // 「配备工作人员63名（专职5名）。」 and 「配备专职工作人员5名、兼职工作人员58名」 — the one 专职
          // twice.)
          bool known = false, beside = false;
          for (std::size_t pi = 0; pi < c.parts.size(); ++pi) {
            const auto& ms = matches(cx, cx.def(pack, c.parts[pi]));
            if (!std::binary_search(ms.begin(), ms.end(), k)) continue;
            known = true;
            const int q = in.part_of_def[pi];
            beside = beside || q < 0 || figs[q].sentence == g.sentence;
          }
          if (known && !nested(k)) {
            if (beside) again_parts.push_back(k);
            continue;
          }
          unknown_item = true;
          unknown.push_back(k);
        }
      }
      // So is one before the first known item, in its sentence, that no figure of the pack
      // names ("…46件。对申请的信息不属于政府信息的,答复申请人5件;同意公开25件;…"); a count the
      // pack knows (办结, 网上申请) ends the search. (In a list checked to reach its whole, such an
      // item counts towards it: 「其中，通过公开栏公开2086条，通过政务微博公开1819条…」.)
      for (int k = lo - 1; (rel == Relation::Equal || rel == Relation::AtLeast) && k > in.whole && figs[k].line == figs[lo].line &&
                           figs[k].sentence == figs[lo].sentence;
           --k) {
        const auto& g = figs[k];
        if (!(g.kind == FigureKind::Count || g.kind == FigureKind::Amount) || g.in_table || g.unit != figs[lo].unit ||
            g.last_years || included_in_whole(cx, in.whole, k))
          continue;
        bool known = false;
        for (const auto& d : pack.figures) known = known || std::binary_search(matches(cx, &d).begin(), matches(cx, &d).end(), k);
        const bool in_parts_list = cx.list_of[k] >= 0 && cx.list_of[k] == cx.list_of[lo];
        if (known || (cx.list_of[k] >= 0 && !(rel == Relation::AtLeast && in_parts_list)) || change_than(g.label)) break;
        unknown_item = true;
        unknown.push_back(k);
      }
      present.insert(present.end(), again_parts.begin(), again_parts.end());
      // (Unless every item the pack does not know is the rest, 「…告知作出更改补充的27件；其他18件」:
      // a list that ends on its catch-all is the complete division, the rest one more part of it.)
      if (unknown_item && rel == Relation::Equal && only_rest()) {
        present.insert(present.end(), unknown.begin(), unknown.end());
        unknown_item = false;
      }
      if (unknown_item && rel == Relation::Equal) rel = Relation::AtMost;
      if (rel == Relation::AtLeast) present.insert(present.end(), unknown.begin(), unknown.end());
    } else if (figs[in.whole].in_table && figs[present.front()].in_table) {
      // Rows of a table right under its total, two of one kind the rule knows (3.电子邮件申请数,
      // 4.网上申请数: both online): each row is one more part. A 「其中」 row below the first
      // breaks down the row above it, and ends them.
      std::vector<int> rows;
      for (const auto& pn : c.parts)
        for (int q : matches(cx, cx.def(pack, pn)))
          if (q > in.whole && figs[q].in_table && figs[q].part == figs[in.whole].part) rows.push_back(q);
      // (And the row for the other ways some provinces' tables add after them, 「5.其他形式申请数」, in
      // the same run of rows: one more part, not one left out.)
      for (int q = in.whole + 1; q < static_cast<int>(figs.size()) && q <= in.whole + 40; ++q) {
        const auto& l = figs[q].label;
        if (!figs[q].in_table || figs[q].part != figs[in.whole].part) continue;
        if (names_other_way(l) && Regex::find_word(l, "申请") != std::string_view::npos && std::find(rows.begin(), rows.end(), q) == rows.end()) rows.push_back(q);
      }
      std::sort(rows.begin(), rows.end());
      int line = figs[in.whole].line, prev = in.whole;
      // (The next row of the table also when each row's label, unit and value stand a line each,
      // 「其中:1.当面申请数⏎件⏎3⏎2.传真申请数⏎件⏎1」: no other row's value between the two, a few
      // lines apart.)
      auto next_row = [&](int q) {
        if (figs[q].line == line + 1) return true;
        if (figs[q].line > line + 12) return false;
        // (A value of another column between them, 「历年累计」 under 「2009年度」 a line each, is
        // the same row's.)
        for (int k = prev + 1; k < q; ++k)
          if (figs[k].in_table && figs[k].arithmetic() && figs[k].column == figs[q].column && figs[k].line != line &&
              figs[k].line != figs[q].line)
            return false;
        return true;
      };
      bool first_row = true;
      for (int q : rows) {
        if (figs[q].line == line) continue;
        // (The whole's column only: a row's cumulative count on the line below is not a part.)
        if (figs[q].line > figs[in.whole].line + 1 && figs[q].column != figs[in.whole].column) continue;
        if (!next_row(q)) break;
        if (!first_row && Regex::find_word(figs[q].label, "其中") != std::string_view::npos) break;
        first_row = false;
        line = figs[q].line;
        prev = q;
        if (std::find(present.begin(), present.end(), q) == present.end() && !nested(q)) present.push_back(q);
      }
    }
    if (!absent.empty()) {
      if (!c.missing_zero) {
        cx.skip(c, "part '" + absent.front() + "' is not stated", wline);
        continue;
      }
      if (present.size() < 2 && rel == Relation::Equal) rel = Relation::AtMost;
      // (A table the text stops in, its whole over its parts and the text ending a few lines
      // after the last of them with no sentence: the rows not there were cut with the page, not
      // left out as 0. A total row under its parts, 「政府信息公开申请总数」, was not cut.)
      if (rel == Relation::Equal && figs[in.whole].in_table && in.whole < *std::min_element(present.begin(), present.end())) {
        const std::u32string_view f = cx.doc.folded;
        const std::uint32_t last = figs[*std::max_element(present.begin(), present.end())].end();
        constexpr std::size_t kCutRows = 200;  // characters: a row or two after the last part
        // (Not when the table goes on past the parts to the whole of another group: 「四、行政复议数量
        // 5 (一)维持… 1 (二)纠错… 3 (三)其他情形数 0 五、行政诉讼数量 …」 at a page's end has every row
        // of its group, and the part absent, 尚未审结, is one the text may state, never a row of the
        // old table. Rows under a part, 「其中：涉及国家秘密」, may still be cut off.)
        const int hi = *std::max_element(present.begin(), present.end());
        const bool table_goes_on = std::any_of(rivals.begin(), rivals.end(), [&](const Rival& rival) {
          return std::any_of(rival.wholes.begin(), rival.wholes.end(), [&](const std::vector<int>* m) {
            auto it = std::upper_bound(m->begin(), m->end(), hi);
            return it != m->end() && figs[*it].in_table;
          });
        });
        if (!table_goes_on && f.size() - last <= kCutRows && f.substr(last).find_first_of(U"。!?") == std::u32string_view::npos)
          rel = Relation::AtMost;
      }
    }
    std::sort(present.begin(), present.end());
    Decimal sum;
    for (int p : present) sum = sum + figs[p].value;
    const Decimal& W = figs[in.whole].value;
    auto fits = [&](const Decimal& whole) {
      return rel == Relation::Equal ? sum == whole : rel == Relation::AtMost ? sum <= whole : sum >= whole;
    };
    // Parts of a list's own whole that make the rule's whole instead read right either way
    // ("受理20件,按时办结19件,其中网上申请12件,当面申请8件").
    // (Not when the rule's whole is divided first and the list's own whole comes after as one
    // more part of it: "复议申请3件,其中1件不予受理,受理的2件中维持1件,撤销1件".)
    bool part_of_named = false;
    for (int li = in.named_whole >= 0 ? cx.whole_first[static_cast<std::size_t>(in.named_whole)] : -1; li >= 0 && !part_of_named;
         li = cx.whole_next[static_cast<std::size_t>(li)]) {
      const auto& o = cx.doc.lists[static_cast<std::size_t>(li)];
      part_of_named = !o.parts.empty() && o.parts.back() < in.whole && figs[o.parts.back()].sentence == figs[in.whole].sentence;
    }
    bool ok = fits(W) || (in.named_whole >= 0 && !part_of_named && fits(figs[in.named_whole].value));
    // 「收到申请33件（不含重复申请6件），按时办结39件」: a count the whole's bracket leaves out
    // (不含, 未含, 不包括) is of the same things, and parts may take it back in.
    int next = in.whole + 1;  // (past a year in the bracket: 「（不含2012年底前收到的4件）」)
    while (next < static_cast<int>(figs.size()) && (figs[next].kind == FigureKind::Year || figs[next].kind == FigureKind::Date)) ++next;
    if (!ok && !figs[in.whole].in_table && next < static_cast<int>(figs.size())) {
      const auto& g = figs[next];
      const std::u32string_view f = cx.doc.folded;
      std::uint32_t from = figs[in.whole].end();
      auto gap = g.span.begin > from ? f.substr(from, g.span.begin - from) : std::u32string_view();
      bool left_out = gap.starts_with(U"(") && gap.find_first_of(U")。;") == std::u32string_view::npos &&
                      (gap.find(U"不含") != std::u32string_view::npos || gap.find(U"未含") != std::u32string_view::npos ||
                       gap.find(U"不包括") != std::u32string_view::npos);
      ok = left_out && g.kind == FigureKind::Count && g.unit == figs[in.whole].unit && g.approx == Approx::Exact && fits(W + g.value);
    }
    // 「全区共受理申请84件，区本级受理申请30件。从提交方式看，当面…」: parts that make the whole stated
    // on the line before a count at a lower level (names_sub_level) are that whole's.
    if (!ok && !figs[in.whole].in_table && label_names_sub_level(cx, in.whole))
      ok = std::any_of(anchors.begin(), anchors.end(), [&](int a) {
        return a < in.whole && figs[a].line == figs[in.whole].line && !figs[a].in_table && !label_names_sub_level(cx, a) &&
               fits(figs[a].value);
      });
    // 「行政复议3件,行政诉讼2件,2件结果维持,1件结果纠正」: parts after two wholes stated back to back
    // in one sentence, each of which they could divide, may be the first one's (the nearer one took
    // them). When they make that one, no reading is shown wrong; nor when the nearer one is 0 and
    // they do not pass the first (「行政复议5宗、行政诉讼0宗,其中2宗维持原答复,1宗结果纠正,…」:
    // nothing divides none, and parts read only in part may be fewer than the first's).
    // (Parts in that sentence, whose words name no kind of whole: 「复议维持2件,纠错1件;诉讼维持3件」
    // say whose they are.)
    if (!ok && !figs[in.whole].in_table && in.whole > 0) {
      const int k = in.whole - 1;
      const auto& g = figs[k];
      const bool bare = std::all_of(present.begin(), present.end(), [&](int p) {
        return !figs[p].in_table && figs[p].sentence == figs[in.whole].sentence && named_kind(cx, rivals, p) == nullptr;
      });
      // (Not across a clause break when the nearer one is not 0: 「行政复议3件；行政诉讼2件，其中维持1件、
      // 撤销2件」 divides the suits, the clause of the reviews closed before them.)
      const std::uint32_t e = g.end(), b = figs[in.whole].span.begin;
      const bool apart = b > e && std::u32string_view(cx.doc.folded).substr(e, b - e).find_first_of(U"。;") != std::u32string_view::npos;
      if (bare && !g.in_table && g.kind == FigureKind::Count && g.sentence == figs[in.whole].sentence && g.unit == figs[in.whole].unit &&
          g.approx == Approx::Exact && ((sum == g.value && !apart) || (figs[in.whole].value.is_zero() && !(sum > g.value))))
        ok = std::any_of(rivals.begin(), rivals.end(), [&](const Rival& rival) {
          if (rival.check == &c) return false;
          auto holds = [&](const std::vector<int>* m, int f) { return std::binary_search(m->begin(), m->end(), f); };
          return std::any_of(rival.wholes.begin(), rival.wholes.end(), [&](const auto* m) { return holds(m, k); }) &&
                 std::all_of(present.begin(), present.end(), [&](int p) {
                   return std::any_of(rival.parts.begin(), rival.parts.end(), [&](const auto* m) { return holds(m, p); });
                 });
        });
    }
    if (!ok && rel == Relation::Equal) ok = new_part_fits(cx, in.whole, present.front(), sum);
    // 「收到申请5件，上年结转1件，同意公开4件，不同意公开1件，信息不存在1件」: parts only checked not to
    // exceed the count received, with a carry-over from last year stated in its sentence between it
    // and them, answer those carried over too: they may pass it by that much.
    if (!ok && rel == Relation::AtMost && !figs[in.whole].in_table) {
      const int first = *std::min_element(present.begin(), present.end());
      for (int k = in.whole + 1; k < first && !ok; ++k) {
        const auto& g = figs[k];
        ok = g.kind == FigureKind::Count && !g.in_table && g.sentence == figs[in.whole].sentence && g.unit == figs[in.whole].unit &&
             g.approx == Approx::Exact && carried_over(g.label) && !included_in_whole(cx, in.whole, k) && fits(W + g.value);
      }
    }
    if (!ok && rel == Relation::Equal && open_counted) ok = fits(W - open_count);
    // 「其中予以公开200件，占45.5%；部分公开40件，…；其他30件」 of 440 (the 2008 pack names 同意公开,
    // not 予以公开): the text's own list, holding every part found and more, makes the whole exactly;
    // the parts the pack names are some of its items, and the ones it does not name are no slip.
    if (!ok && rel == Relation::Equal && !figs[in.whole].in_table && cx.list_of[present.front()] >= 0) {
      const auto& own = cx.doc.lists[static_cast<std::size_t>(cx.list_of[present.front()])];
      if (own.whole == in.whole && own.parts.size() > present.size() &&
          std::all_of(present.begin(), present.end(), [&](int p) { return cx.list_of[p] == cx.list_of[present.front()]; })) {
        Decimal all;
        for (int p : own.parts) all = all + figs[p].total();
        ok = all == W;
      }
    }
    // (Channels that must come to the whole at least are short of it no more when the rest is stated
    // so: 「…微信2049条，其他240条。互联网监管系统及审批平台信息17041条。」 of 31099.)
    if (!ok && rel != Relation::AtMost && !figs[in.whole].in_table && !figs[present.back()].in_table && sum < W)
      ok = rest_stated_after(cx, in.whole, *std::max_element(present.begin(), present.end()), W - sum, true);
    // 「全市共受理申请1320件,按时办结1290件,延期办结20件…市政府本级受理申请86件…。其中,同意公开720件,…」:
    // parts more than the lower level's count that the whole level's count before it on its line
    // can hold divide that one (what they leave of it may still be pending), when the rule's whole
    // stands in for one the text does not state (the replies divide those closed, 1310, which the
    // received count holds). (A division of the received count itself must make one or the other.)
    if (!ok && c.whole.size() > 1 && !figs[in.whole].in_table && sum > figs[in.whole].value && label_names_sub_level(cx, in.whole) &&
        std::any_of(anchors.begin(), anchors.end(), [&](int a) {
          return a < in.whole && figs[a].line == figs[in.whole].line && !figs[a].in_table && !label_names_sub_level(cx, a) &&
                 !(sum > figs[a].value);
        })) {
      cx.skip(c, "the parts are more than the lower level's count and may divide the whole level's before it", wline);
      continue;
    }
    // A list checked here only not to exceed its whole (a rule's own relation, or items the
    // pack does not know): when it does not, the generic 其中 check still sees the whole list
    // (and whether it is complete). When it does, this finding is the one.
    // (Counts read next to their total are not the division of a list: they claim none.)
    if (!c.adjacent && (rel != Relation::AtMost || !ok)) {
      for (int p : present) cx.claimed[p] = true;
      cx.claimed[in.whole] = cx.claimed_whole[in.whole] = true;
    }
    // "复议案件4件,诉讼案件2件,均已结案,其中维持3件,纠错1件": parts after words saying the
    // counts before them are alike may divide any one of those counts, or all of them together.
    // A division that adds up to exactly one of these is that one's. One that adds up to none is
    // a slip when it is more than all of them, less than the nearest, or names every category
    // but one (维持, 纠错, 其他: the whole division of whichever count it divides); otherwise
    // (a category left out may be the difference) which whole it divides is not known.
    std::vector<int> alike;  // the counts beside the whole that the parts may divide with it
    std::vector<int> divided;  // those and the whole, in the text's order
    Decimal together = W;
    int with_carried = -1;  // this year's count the carry-over (the list's own whole) is added to
    int joint_case = -1;    // the review count a suit count's outcomes divide together with it (or the reverse)
    Decimal combined;
    if (!ok && !figs[in.whole].in_table && !figs[present.front()].in_table) {
      const auto& wf = figs[in.whole];
      std::uint32_t to = figs[*std::min_element(present.begin(), present.end())].span.begin;
      auto gap = to > wf.end() ? std::u32string_view(cx.doc.folded).substr(wf.end(), to - wf.end()) : std::u32string_view();
      auto alike_count = [&](int i) {
        return !figs[i].in_table && figs[i].kind == wf.kind && figs[i].unit == wf.unit && figs[i].approx == Approx::Exact;
      };
      // So may parts after last year's carry-over, the list's own whole, stated after this
      // year's count: "收到申请9件,上年转结1件,其中网络申请5件,信函申请5件" divide the 10.
      bool carried = in.named_whole >= 0 && in.named_whole < in.whole && carried_over(wf.label);
      for (int i = in.whole - 1; carried && sum > W && i >= 0 && figs[i].sentence == wf.sentence; --i)
        if (alike_count(i)) {
          with_carried = i;
          combined = W + figs[i].value;
          break;
        }
      if (with_carried >= 0 && !(sum > combined)) {
        cx.skip(c, "the parts may divide the counts before them in the sentence together", wline);
        continue;
      }
      auto says_all = [](std::u32string_view t) { return t.find(U'均') != std::u32string_view::npos || t.find(U"全部") != std::u32string_view::npos; };
      // (Or the sentence after the counts saying so, or 其中 opening the one after: 「…2件，均已结案。
      // 其中…」「…2件。以上案件均已审结，其中…」.)
      auto stop = gap.find_first_of(U"。;");
      bool all = with_carried < 0 && stop == std::u32string_view::npos && says_all(gap);
      if (with_carried < 0 && stop != std::u32string_view::npos && gap.find_first_of(U"。;", stop + 1) == std::u32string_view::npos) {
        auto head = gap.substr(0, stop), tail = gap.substr(stop + 1);
        all = (says_all(head) && tail.starts_with(U"其中")) ||
              ((tail.starts_with(U"以上") || tail.starts_with(U"上述")) && says_all(tail));
      }
      // (Not parts whose words name the count they divide: 「…，均已审结，其中复议维持4件」.)
      all = all && std::none_of(present.begin(), present.end(), [&](int p) { return named_kind(cx, rivals, p) != nullptr; });
      for (int i = in.whole - 1; all && i >= 0 && figs[i].sentence == wf.sentence; --i)
        if (alike_count(i)) alike.push_back(i);
      // (and those between it and the words: 「收到申请12件、上年结转2件，均已办结，其中…」)
      for (int i = in.whole + 1; all && i < *std::min_element(present.begin(), present.end()) && figs[i].sentence == wf.sentence; ++i)
        if (alike_count(i)) alike.insert(alike.begin(), i);
      for (int i : alike) together = together + figs[i].value;
      // 「行政复议3件，行政诉讼5件，其中维持4件、纠错2件、其他结果0件、尚未审结2件」: with no word
      // saying so, parts that add up to exactly the count before the whole in its clause and the
      // whole together divide both (the 其中 may follow only the last of the counts it divides).
      // (Two counts side by side, neither a part of another: not 「3件,其中1件不予受理,受理的2件中…」.)
      if (alike.empty() && rel == Relation::Equal && in.whole > 0 && alike_count(in.whole - 1) &&
          figs[in.whole - 1].sentence == wf.sentence && sum == W + figs[in.whole - 1].value &&
          cx.list_of[in.whole - 1] < 0 && cx.list_of[in.whole] < 0 && !figs[in.whole - 1].label.starts_with("其中")) {
        std::uint32_t e = figs[in.whole - 1].end();
        auto between = wf.span.begin > e ? std::u32string_view(cx.doc.folded).substr(e, wf.span.begin - e) : std::u32string_view();
        if (between.find_first_of(U"。;") == std::u32string_view::npos) {
          cx.pass(c, wline);
          continue;
        }
      }
      // (When they do not, but pass the suit count alone, a review count right before it, parts
      // naming neither kind: 「行政复议4件，行政诉讼2件，其中维持3件，纠错1件，尚未审结3件」 are
      // outcomes of the 6 cases, and the finding names both counts as what they divide.)
      if (alike.empty() && with_carried < 0 && in.whole > 0 && sum > W && alike_count(in.whole - 1) &&
          figs[in.whole - 1].sentence == wf.sentence && cx.list_of[in.whole - 1] < 0 && cx.list_of[in.whole] < 0 &&
          case_kind(figs[in.whole - 1].label) != 0 && case_kind(wf.label) != 0 && case_kind(figs[in.whole - 1].label) != case_kind(wf.label) &&
          std::none_of(present.begin(), present.end(), [&](int p) { return case_kind(figs[p].label) != 0 || named_kind(cx, rivals, p) != nullptr; })) {
        std::uint32_t e = figs[in.whole - 1].end();
        auto between = wf.span.begin > e ? std::u32string_view(cx.doc.folded).substr(e, wf.span.begin - e) : std::u32string_view();
        if (between.find_first_of(U"。;") == std::u32string_view::npos) {
          joint_case = in.whole - 1;
          combined = W + figs[joint_case].value;
        }
      }
      // 「收到复议申请40件，其中受理40件，办结36件，维持25件，纠错2件，其他情况9件」: outcomes short of
      // the whole that make exactly a count closed stated between it and them in the clause divide
      // those closed; the rest are still open.
      if (alike.empty() && with_carried < 0 && rel == Relation::Equal && sum < W) {
        static constexpr std::string_view kClosed[] = {"办结", "审结", "结案"};
        const int first_part = *std::min_element(present.begin(), present.end());
        for (int i = in.whole + 1; i < first_part && figs[i].sentence == wf.sentence; ++i) {
          const std::uint32_t e = figs[i].end();
          const auto after = figs[first_part].span.begin > e ? std::u32string_view(cx.doc.folded).substr(e, figs[first_part].span.begin - e)
                                                             : std::u32string_view();
          if (alike_count(i) && figs[i].value == sum && after.find_first_of(U"。;") == std::u32string_view::npos &&
              std::any_of(std::begin(kClosed), std::end(kClosed), [&](std::string_view w) { return Regex::find_word(figs[i].label, w) != std::string_view::npos; })) {
            ok = true;
            break;
          }
        }
        if (ok) {
          cx.pass(c, wline);
          continue;
        }
      }
      if (!alike.empty()) divided = alike, divided.push_back(in.whole), std::sort(divided.begin(), divided.end());
      if (!alike.empty() && rel == Relation::Equal) {
        bool one = sum == together || std::any_of(alike.begin(), alike.end(), [&](int i) { return figs[i].value == sum; });
        if (one) {
          cx.pass(c, wline);
          continue;
        }
        bool whole_division = named >= 3 && named + 1 >= c.parts.size();
        if (!(sum > together) && !(sum < W) && !whole_division) {
          cx.skip(c, "the parts may divide the counts before them in the sentence together", wline);
          continue;
        }
      } else if (!alike.empty() && sum > W && !(sum > together)) {
        cx.skip(c, "the parts may divide the counts before them in the sentence together", wline);
        continue;
      }
    }
    if (ok) {
      cx.pass(c, wline);
      continue;
    }
    Finding f;
    f.severity = c.severity;
    std::string rel_word = rel == Relation::Equal ? "不等于" : rel == Relation::AtMost ? "超过了" : "小于";
    std::map<std::string, std::string> vars = {{"whole", cx.val(in.whole)}, {"sum", sum.str()}, {"parts", join_values(cx, present)},
                                               {"diff", (W - sum).str()}, {"label", describe(figs[in.whole])}};
    std::string fallback =
        present.size() == 1
            ? fmt::format("{} {} {} {}「{}」", describe(figs[present.front()]), cx.val(present.front()), rel_word,
                          describe(figs[in.whole]), cx.val(in.whole))
            : fmt::format("各项之和 {} = {} {} {}「{}」", join_values(cx, present), sum.str(), rel_word,
                          describe(figs[in.whole]), cx.val(in.whole));
    if (!alike.empty() && rel == Relation::Equal) {
      std::string each, values;
      for (int i : divided) {
        each += fmt::format("{}{}「{}」", each.empty() ? "" : "、", describe(figs[i]), cx.val(i));
        values += (values.empty() ? "" : "、") + figs[i].value.str();
      }
      fallback = fmt::format("各项之和 {} = {} 不等于 {}中的任何一个，也不等于其合计 {}", join_values(cx, present), sum.str(), each,
                             together.str());
      vars["diff"] = (together - sum).str();
      f.suggestion = fmt::format("各项之和应为其中一项（{}）或其合计 {}，现为 {}，请核对各项", values, together.str(), sum.str());
    }
    // (Parts after this year's count and last year's carry-over exceed even the two together:
    // the finding says so, naming both.)
    // (So do outcomes of a review count and a suit count together.)
    const int beside = with_carried >= 0 ? with_carried : joint_case;
    if (beside >= 0) {
      vars["whole"] = combined.str();
      fallback = fmt::format("各项之和 {} = {} {} {}「{}」与{}「{}」之和 {}", join_values(cx, present), sum.str(), with_carried >= 0 ? "超过了" : rel_word,
                             describe(figs[beside]), cx.val(beside), describe(figs[in.whole]), cx.val(in.whole), combined.str());
      f.related.push_back({figs[beside].span, describe(figs[beside]) + " " + cx.val(beside)});
      if (joint_case >= 0 && rel == Relation::Equal) f.suggestion = fmt::format("若各项无误，两者合计应为 {}；若两者无误，各项之和应为 {}", sum.str(), combined.str());
    }
    f.message = beside >= 0 ? fallback : fmt_message(c.message, vars, fallback);
    f.expected = rel == Relation::Equal ? sum.str() : (rel == Relation::AtMost ? "≥ " : "≤ ") + sum.str();
    f.actual = (beside >= 0 ? combined : W).str();
    f.primary = figs[in.whole].span;
    for (int i : alike) f.related.push_back({figs[i].span, describe(figs[i]) + " " + cx.val(i)});
    // "不予公开8件。…8件不予公开的申请中,国家秘密2件…": the total restated where the parts are
    // listed is where the reader sees the sum go wrong.
    if (int l = cx.list_of[present.front()]; l >= 0) {
      int restated = cx.doc.lists[static_cast<std::size_t>(l)].whole;
      if (restated >= 0 && restated != in.whole && figs[restated].value == W && !figs[restated].in_table &&
          std::all_of(present.begin(), present.end(), [&](int p) { return cx.list_of[p] == l; })) {
        f.primary = figs[restated].span;
        f.related.push_back({figs[in.whole].span, "总数 " + cx.val(in.whole)});
        wline = figs[restated].line;
      }
    }
    int blamed = -1;
    // One part > the whole on its own: that part is the figure to look at.
    if (rel == Relation::AtMost && present.size() == 1) blamed = present.front();
    // A part whose stated share fits the whole only with another count: that count is wrong.
    if (rel == Relation::Equal && alike.empty()) {
      Decimal need = W - sum;
      for (int p : present) {
        const auto& pf = figs[p];
        if (pf.share < 0 || bound(figs[pf.share])) continue;
        Decimal fixed = pf.value + need;
        const auto& sh = figs[pf.share];
        if (share_fit(sh.value, sh.precision, pf.value, W) == Fit::Off &&
            share_fit(sh.value, sh.precision, fixed, W) != Fit::Off) {
          blamed = p;
          f.suggestion = fmt::format("{} 按其占比 {}% 应为 {}，改为 {} 后各项之和等于总数", describe(pf), sh.value.str_fixed(sh.precision),
                                     fixed.str(), fixed.str());
        }
      }
      if (blamed < 0) {
        for (int p : present)
          if (transposed(figs[p].value, figs[p].value + need)) {
            blamed = p;
            f.suggestion = fmt::format("{} 可能是数字颠倒：改为 {} 后各项之和等于总数", figs[p].value.str(),
                                       (figs[p].value + need).str());
          }
        if (blamed < 0 && transposed(W, sum))
          f.suggestion = fmt::format("总数 {} 可能是数字颠倒：{} 与各项之和一致", W.str(), sum.str());
      }
      // A part with its own 其中 list whose items make the value that reconciles the whole
      // (「网上申请15件（其中网站10件、电子邮件4件）」 of 22 with 当面 8): both say that part is wrong.
      if (blamed < 0 && f.suggestion.empty() && !figs[in.whole].in_table) {
        int only = -1, found = 0;
        Decimal own;
        for (int p : present)
          for (int li = cx.whole_first[static_cast<std::size_t>(p)]; li >= 0; li = cx.whole_next[static_cast<std::size_t>(li)]) {
            const auto& l = cx.doc.lists[static_cast<std::size_t>(li)];
            if (l.parts.empty() || l.mixed_units || l.left_out) continue;
            Decimal s;
            bool exact = true;
            for (int q : l.parts) {
              s = s + figs[q].total();
              exact = exact && figs[q].approx == Approx::Exact;
            }
            if (exact && !(s == figs[p].value) && s == figs[p].value + need) {
              ++found, only = p, own = s;
              break;
            }
          }
        if (found == 1) {
          blamed = only;
          std::vector<int> items;
          if (const int li = cx.whole_first[static_cast<std::size_t>(only)]; li >= 0) items = cx.doc.lists[static_cast<std::size_t>(li)].parts;
          f.suggestion = fmt::format("{} 的分项之和 {} = {}；改为 {} 后，它的分项与总数都相符", describe(figs[only]), join_values(cx, items),
                                     own.str(), own.str());
        }
      }
      // A row of a table that the text states otherwise, the text's value making the rows add
      // up ("网上申请18件" in the prose, 3.网络申请数 20 in the statistical table of 62): that
      // row is the slip. Only when one row is such, and the text gives it one value.
      if (blamed < 0 && figs[in.whole].in_table) {
        int only = -1, found = 0;
        Decimal text_value;
        for (int p : present) {
          if (!figs[p].in_table) continue;
          for (const auto& pn : c.parts) {
            const auto& ms = matches(cx, cx.def(pack, pn));
            if (!std::binary_search(ms.begin(), ms.end(), p)) continue;
            std::set<std::string> stated;
            Decimal v;
            for (int q : ms)
              if (!figs[q].in_table) {
                stated.insert(figs[q].value.str());
                v = figs[q].value;
              }
            if (stated.size() == 1 && !(v == figs[p].value) && v == figs[p].value + need) {
              ++found;
              only = p;
              text_value = v;
            }
            break;
          }
        }
        if (found == 1) {
          blamed = only;
          f.suggestion = fmt::format("正文所述{}为 {}；改为 {} 后各项之和等于总数", describe(figs[only]), text_value.str(), text_value.str());
        }
      }
      if (f.suggestion.empty())
        f.suggestion = fmt::format("若各项无误，总数应为 {}；若总数无误，各项之和{}", sum.str(), gap_words(W, sum));
    }
    if (with_carried >= 0 && blamed < 0)
      f.suggestion = fmt::format("若各项无误，两者之和应为 {}；若两者无误，各项之和{}", sum.str(), gap_words(combined, sum));
    if (blamed >= 0) {
      f.primary = figs[blamed].span;
      f.related.push_back({figs[in.whole].span, "总数 " + cx.val(in.whole)});
      if (rel == Relation::Equal) {
        f.expected = (figs[blamed].value + (W - sum)).str();
        f.actual = figs[blamed].value.str();
      }
    }
    // A total on a line before its parts': the finding is at the list, the total related.
    if (blamed < 0 && f.primary.begin == figs[in.whole].span.begin && !figs[in.whole].in_table)
      if (auto list = list_below(cx, in.whole, present)) {
        f.primary = *list;
        f.related.insert(f.related.begin(), {figs[in.whole].span, "总数 " + cx.val(in.whole)});
        wline = static_cast<int>(cx.doc.at(list->begin).line);
      }
    for (int p : present)
      if (p != blamed) f.related.push_back({figs[p].span, describe(figs[p]) + " " + cx.val(p)});
    if (!absent.empty() && c.missing_zero)
      f.related.push_back({figs[in.whole].span, "未列出的项按 0 计：" + [&] {
                             std::string s;
                             for (auto& a : absent) s += (s.empty() ? "" : ", ") + a;
                             return s;
                           }()});
    cx.fail(c, std::move(f), wline);
  }
}

// ---- shares and prose lists ----------------------------------------------

// (Shares stated as bounds do not say which whole they are of: "占20%以上" fits many.)

// How many of the list's stated shares are exactly (or truncated) those of `whole`.
int exact_fits(const Context& cx, const FigureList& l, const Decimal& whole) {
  int n = 0;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.share < 0 || bound(cx.fig(pf.share))) continue;
    const auto& s = cx.fig(pf.share);
    Fit fit = share_fit(s.value, s.precision, pf.value, whole);
    n += fit == Fit::Exact || fit == Fit::Truncated;
  }
  return n;
}

bool list_fits(const Context& cx, const FigureList& l, const Decimal& whole, bool near_ok) {
  bool exact = false;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.share < 0 || bound(cx.fig(pf.share))) continue;
    const auto& s = cx.fig(pf.share);
    Fit fit = share_fit(s.value, s.precision, pf.value, whole);
    if (fit == Fit::Off || (fit == Fit::Near && !near_ok)) return false;
    exact = true;
  }
  return exact;
}

// 「印发公文155件，其中，机构设置类信息33条，占公开信息总数的16.5%；…」: items in 条 under documents
// counted in 件 (information_items) whose shares are of their own sum, far (over a tenth) from the
// documents' count, are shares of the information published, of which the documents are not the
// whole; a slip in the documents' count would leave it near the items' sum.
bool shares_of_another_measure(const Context& cx, const FigureList& l, int W, const Decimal& S) {
  const Decimal& Wv = cx.fig(W).value;
  return l.shares && l.parts.size() >= 2 && cx.fig(W).unit != cx.fig(l.parts.front()).unit && list_fits(cx, l, S, true) &&
         !list_fits(cx, l, Wv, true) && (S > Wv ? S - Wv : Wv - S) * Decimal(10, 0) > Wv;
}

// Preceding counts that could be the whole of list `l`: same unit (or pieces of information in 件
// over items of it in 条, information_items), same part and top section.
std::vector<int> whole_candidates(const Context& cx, const FigureList& l) {
  std::vector<int> out;
  int first = l.parts.front();
  const auto& ff = cx.fig(first);
  int top = cx.top_section(first);
  int scanned = 0;
  for (int i = first - 1; i >= 0 && scanned < 60; --i) {
    const auto& g = cx.fig(i);
    if (g.in_table || !(g.kind == FigureKind::Count || g.kind == FigureKind::Amount)) continue;
    ++scanned;
    if (g.part != ff.part || cx.top_section(i) != top) break;
    if ((g.unit != ff.unit && !information_items(g, ff)) || g.approx != Approx::Exact) continue;
    if (std::find(l.parts.begin(), l.parts.end(), i) != l.parts.end()) continue;
    out.push_back(i);
  }
  return out;
}

using text::common_run;

Decimal shares_sum(const Context& cx, const FigureList& l, int& digits, int& n);
bool shares_make_100(const Context& cx, const FigureList& l);

// A list of one part whose share is stated exactly and names no base of its own (占80%,
// 占比80%, 比例为80%): the nearest preceding count that could be its whole, or -1.
int lone_share_candidate(const Context& cx, const FigureList& l) {
  const auto& sh = cx.fig(cx.fig(l.parts.front()).share);
  if (bound(sh) || sh.approx != Approx::Exact) return -1;
  for (char32_t ch : text::from_utf8(sh.share_base))
    if (std::u32string_view(U"比例重为达是").find(ch) == std::u32string_view::npos) return -1;
  auto cands = whole_candidates(cx, l);
  return cands.empty() ? -1 : cands.front();
}

// When no stated figure fits every share of a list (nor does the parts' sum), the whole is
// still known if one preceding figure fits most of them: at least two shares fit it exactly
// (or truncated), more fit than are off, and no other candidate does as well. The shares that
// do not fit are then the ones written wrong. Needs three or more shares.
int consensus_whole(const Context& cx, const FigureList& l) {
  int shares = 0;
  for (int p : l.parts) shares += cx.fig(p).share >= 0 ? 1 : 0;
  // Two shares ("共办结申请200件,予以公开100件,占40%;不予公开20件,占10%"): the count the
  // sentence opens with, right before them, when one of the shares fits it exactly. Or the
  // count that ends the sentence before, when the parts make it ("共受理申请20件。从申请人
  // 看,公民申请17件,占85%;法人申请3件,占15%"), on the parts' line or ending the paragraph
  // right before theirs.
  // One share, of the one item right after the count that opens the sentence or its clause run
  // ("全年收到申请150件,网上申请120件,占80%"): that count, when the share names no base of its
  // own.
  if (shares == 1 && l.parts.size() == 1) {
    int p = l.parts.front();
    const auto& pf = cx.fig(p);
    const auto& sh = cx.fig(pf.share);
    int w = lone_share_candidate(cx, l);
    if (w < 0) return -1;
    const auto& wf = cx.fig(w);
    if (wf.sentence != pf.sentence || wf.line != pf.line || !(wf.value > pf.value) || w + 1 != p) return -1;
    // (Or its clause run after a semicolon: "…;市各部门受理申请1,542件,网上申请1,320件,占85.6%".)
    for (int i = w - 1; i >= 0 && cx.fig(i).sentence == wf.sentence; --i) {
      const auto& g = cx.fig(i);
      if (g.kind != FigureKind::Count && g.kind != FigureKind::Amount && g.kind != FigureKind::Percent) continue;
      std::uint32_t from = g.end();
      if (from >= wf.span.begin || std::u32string_view(cx.doc.folded).substr(from, wf.span.begin - from).find(U';') ==
                                       std::u32string_view::npos)
        return -1;
      break;
    }
    auto gap = std::u32string_view(cx.doc.folded).substr(wf.end(), pf.span.begin - wf.end());
    if (std::count(gap.begin(), gap.end(), U',') != 1 || gap.find_first_of(U"。;:(") != std::u32string_view::npos) return -1;
    // ("网站公开信息8,650条,政务微博发布2,100条,占19.5%": two items side by side, the share of
    // their sum; the count before is then no whole.)
    Fit sum_fit = share_fit(sh, pf.value, wf.value + pf.value);
    if (sum_fit == Fit::Exact || sum_fit == Fit::Truncated) return -1;
    return w;
  }
  if (shares == 2) {
    auto cands = whole_candidates(cx, l);
    if (cands.empty()) return -1;
    int w = cands.front();
    const auto& first = cx.fig(l.parts.front());
    // Or the paragraph right before, when its last sentence holds the count and the parts'
    // sentence opens the next line (「…共受理申请24件。⏎从申请主体看，自然人申请20件，占83.3%；…」).
    bool paragraph_before = false;
    if (cx.fig(w).line != first.line) {
      const auto f = std::u32string_view(cx.doc.folded);
      std::uint32_t a = cx.fig(w).end(), b = first.span.begin;
      while (a < f.size() && f[a] != U'\n') ++a;
      while (b > 0 && f[b - 1] != U'\n') --b;
      std::uint32_t last = a;
      while (last > cx.fig(w).end() && (f[last - 1] == U' ' || f[last - 1] == U'\t' || f[last - 1] == U'\r')) --last;
      if (a > b || last == cx.fig(w).end() || (f[last - 1] != U'。' && f[last - 1] != U'.')) return -1;
      for (std::uint32_t k = a; k < b; ++k)
        if (f[k] != U'\n' && f[k] != U' ' && f[k] != U'\t' && f[k] != U'\r') return -1;
      for (std::uint32_t k = b; k < first.span.begin; ++k)  // the parts' sentence opens its line
        if (f[k] == U'。' || f[k] == U';') return -1;
      paragraph_before = true;
    }
    if (cx.fig(w).sentence != first.sentence) {
      // The count of the sentence before that the parts make, wherever it stands in that
      // sentence ("新收64件,上年结转2件,共计66件。申请人中,自然人申请53件,占82.8%;法人…11件").
      Decimal S;
      for (int p : l.parts) S = S + cx.fig(p).total();
      if (cx.fig(w).sentence + 1 != first.sentence && !paragraph_before) return -1;
      int made = -1;
      for (int cand : cands) {
        if (cx.fig(cand).sentence != cx.fig(w).sentence) break;
        if (cx.fig(cand).value == S) {
          made = cand;
          break;
        }
      }
      // Or the whole of the list that sentence gives, when w ends it: a second breakdown of the
      // same whole, by another criterion ("共收到申请1046件。其中,网上申请862件,…当面13件。公民个人
      // 申请1030件,占98.5%;法人或其他组织申请16件,占1.5%").
      if (made < 0 && !paragraph_before) {
        int ol = cx.list_of[w];
        const FigureList* outer = ol >= 0 ? &cx.doc.lists[static_cast<std::size_t>(ol)] : nullptr;
        if (outer && outer->parts.back() == w && outer->whole >= 0 && !cx.fig(outer->whole).in_table &&
            cx.fig(outer->whole).unit == first.unit && cx.fig(outer->whole).approx == Approx::Exact &&
            cx.fig(outer->whole).value > cx.fig(l.parts.front()).value)
          made = outer->whole;
      }
      // Or, when the parts miss it, that count itself if their stated shares make 100% (they
      // divide all of a whole), do not fit the parts' sum, and one of them fits the count
      // exactly: 「累计公开政府信息44条。⏎从公开渠道来看,政府网站公开信息3条,占比4.5%,现场公开
      // 宣传42条,占比95.5%」 is of 44, and the 3 is the slip.
      if (made < 0 && shares_make_100(cx, l) && !list_fits(cx, l, S, true)) made = w;
      if (made < 0) return -1;
      w = made;
    } else {
      for (int i = w + 1; i < l.parts.front(); ++i)
        if (cx.fig(i).kind == FigureKind::Count || cx.fig(i).kind == FigureKind::Amount) return -1;
    }
    for (int p : l.parts) {
      const auto& pf = cx.fig(p);
      if (pf.share >= 0 && !bound(cx.fig(pf.share)) &&
          share_fit(cx.fig(pf.share).value, cx.fig(pf.share).precision, pf.value, cx.fig(w).value) == Fit::Exact)
        return w;
    }
    return -1;
  }
  if (shares < 3) return -1;
  int best = -1, best_fit = 0, tied = 0;
  for (int cand : whole_candidates(cx, l)) {
    int fit = 0, off = 0;
    for (int p : l.parts) {
      const auto& pf = cx.fig(p);
      if (pf.share < 0 || bound(cx.fig(pf.share))) continue;
      const auto& sh = cx.fig(pf.share);
      Fit f = share_fit(sh.value, sh.precision, pf.value, cx.fig(cand).value);
      if (f == Fit::Exact || f == Fit::Truncated) ++fit;
      else if (f == Fit::Off) ++off;
    }
    if (fit < 2 || fit <= off) continue;
    if (fit > best_fit) {
      best = cand;
      best_fit = fit;
      tied = 0;
    } else if (fit == best_fit && !(cx.fig(cand).value == cx.fig(best).value)) {
      ++tied;
    }
  }
  return tied ? -1 : best;
}

bool exhaustive(const Context& cx, const FigureList& l);

// "共受理市民诉求71184件。本周所受理的市民诉求中,直办37527件,占52.7%,转办36357件,占47.3%":
// shares that make 100% of a whole the sentence names (在…中 / …中,) rather than states.
// The whole is the one earlier figure whose words the sentence repeats (a common run of four
// characters or more) and that at least one of the shares fits exactly.
// A list that does not make 100% ("在主动公开的信息中,机构职能类信息9条,占3.83%;业务动态类信息
// 197条,占85.84%") is taken only when the sentence names its whole with 在…中.
// The count that opens the sentence right after a list whose parts make it, every part with its
// share and one share fitting it exactly ("网上申请40件,占83.3%;信函申请8件,占16.7%。共收到申请
// 48件。"): the whole, stated after its parts.
int whole_after(const Context& cx, const FigureList& l, const Decimal& S) {
  if (l.parts.size() < 2) return -1;
  for (int p : l.parts)
    if (cx.fig(p).share < 0 || bound(cx.fig(cx.fig(p).share))) return -1;
  const int last = l.parts.back();
  const auto& lf = cx.fig(last);
  const auto& figs = cx.doc.figures;
  std::size_t k = static_cast<std::size_t>(cx.fig(lf.share).share_of == last ? lf.share : last) + 1;
  while (k < figs.size() && (figs[k].kind == FigureKind::Year || figs[k].kind == FigureKind::Date)) ++k;
  if (k >= figs.size()) return -1;
  const auto& w = figs[k];
  if (w.in_table || !(w.kind == FigureKind::Count || w.kind == FigureKind::Amount) || w.approx != Approx::Exact ||
      w.unit != lf.unit || w.sentence == lf.sentence || !(w.value == S))
    return -1;
  // The list's sentence ends right after its last share, and the count opens the next one.
  const auto f = std::u32string_view(cx.doc.folded);
  const auto& sh = cx.fig(lf.share);
  std::uint32_t from = sh.end() + (sh.end() < f.size() && f[sh.end()] == U'%' ? 1 : 0);
  if (from >= w.span.begin) return -1;
  auto gap = f.substr(from, w.span.begin - from);
  auto stop = gap.find_first_of(U"。;");
  if (stop == std::u32string_view::npos || gap.substr(0, stop).find_first_not_of(U" )") != std::u32string_view::npos ||
      gap.substr(stop + 1).find_first_of(U"。;,") != std::u32string_view::npos || gap.size() - stop > 16)
    return -1;
  for (int p : l.parts) {
    const auto& s = cx.fig(cx.fig(p).share);
    if (share_fit(s.value, s.precision, cx.fig(p).value, S) == Fit::Exact) return static_cast<int>(k);
  }
  return -1;
}

// "全市主动公开政府信息52000条。…1.政府网站。依托政府网站主动公开政府信息19760条,占信息公开
// 总数的38%": one count whose share says it is of the total (总数, 总量, 总体) and names nothing the
// total's statement does not. The total is the section's headline: the first count in its top
// section, of the same unit and larger. (Used only when no stated count fits the share; a share
// that fits another count is not reported, see below.)
int headline_whole(const Context& cx, const FigureList& l) {
  if (l.parts.size() != 1) return -1;
  const auto& pf = cx.fig(l.parts.front());
  if (pf.share < 0 || pf.approx != Approx::Exact || bound(cx.fig(pf.share))) return -1;
  std::u32string base = text::from_utf8(cx.fig(pf.share).share_base);
  std::size_t at = std::u32string::npos;
  for (std::u32string_view w : {std::u32string_view(U"总数"), std::u32string_view(U"总量"), std::u32string_view(U"总体")})
    if (auto k = base.find(w); k != std::u32string::npos) at = std::min(at, k);
  if (at == std::u32string::npos) return -1;
  auto cands = whole_candidates(cx, l);
  if (cands.empty()) return -1;
  int w = cands.back();
  const auto& wf = cx.fig(w);
  // (The first of its top section: the candidates stop there, not at the 60 counts scanned.
  // Top sections follow one another in the text, so the figures before w in its own are the run
  // right before it.)
  const int top = cx.top_section(w);
  if (top < 0 || !(wf.value > pf.value) || wf.kind != FigureKind::Count) return -1;
  for (int i = w - 1; i >= 0 && cx.top_section(i) == top; --i)
    if (!cx.fig(i).in_table && cx.fig(i).unit == wf.unit && cx.fig(i).kind == FigureKind::Count) return -1;
  // The words before 总数 name the total's statement or nothing ("信息公开" of "主动公开政府信息").
  std::u32string named = base.substr(0, at);
  while (!named.empty() && (named.front() == U'占' || named.front() == U'全')) named.erase(0, 1);
  if (named.size() >= 2 && common_run(named, text::from_utf8(wf.label)) < 2) return -1;
  return w;
}

// "共受理政府信息公开申请862件。…引起行政复议28件,占申请总数的3.2%;引起行政诉讼16件,占申请
// 总数的1.9%": parts whose shares all name the same total (申请总数) by words a count stated before
// them in their top section carries (the nearest), larger than each part, one share fitting it
// exactly (the base so confirmed): that count is the whole.
int named_total_whole(const Context& cx, const FigureList& l) {
  if (l.parts.size() < 2) return -1;
  std::u32string named;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.share < 0 || pf.approx != Approx::Exact || bound(cx.fig(pf.share))) return -1;
    std::u32string base = text::from_utf8(cx.fig(pf.share).share_base);
    // (A later share may leave its base unsaid, 「…占申请总数的3.1%;引起行政诉讼16件,占1.9%」.)
    if (p != l.parts.front() && (base.empty() || base == U"占")) continue;
    auto at = base.find(U"总数");
    if (at == std::u32string::npos) return -1;
    std::u32string words = base.substr(0, at);
    while (!words.empty() && (words.front() == U'占' || words.front() == U'全')) words.erase(0, 1);
    if (words.size() < 2 || (!named.empty() && words != named)) return -1;
    named = words;
  }
  auto fits = [&](int cand) {
    const auto& cf = cx.fig(cand);
    bool larger = true, one_fits = false;
    for (int p : l.parts) {
      larger = larger && cf.value > cx.fig(p).value;
      one_fits = one_fits || share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, cf.value) == Fit::Exact;
    }
    return larger && one_fits;
  };
  for (int cand : whole_candidates(cx, l)) {
    const auto& cf = cx.fig(cand);
    if (cf.kind != FigureKind::Count || text::from_utf8(cf.label).find(named) == std::u32string::npos) continue;
    return fits(cand) ? cand : -1;
  }
  // (The applications received, stated in another section than the shares, 「五、行政复议…占申请
  // 总数的3.1%」 of 「三、…共受理政府信息公开申请862件」: the counts before them in the text
  // whose words receive applications, no part of another (其中), all of one value.)
  if (named != U"申请") return -1;
  int found = received_applications(cx.doc, l.parts.front());
  return found >= 0 && cx.fig(found).unit == cx.fig(l.parts.front()).unit && fits(found) ? found : -1;
}

// "我局共主动公开政府信息122条。…法规文件类99条,占总数的81%;工作动态类23条,占总数的22%":
// every part with its share, the parts making a count stated before them in the section exactly,
// and one share fitting it exactly: that count is the whole (the nearest such).
int made_whole(const Context& cx, const FigureList& l, const Decimal& S) {
  if (l.parts.size() < 2) return -1;
  for (int p : l.parts)
    if (cx.fig(p).share < 0 || bound(cx.fig(cx.fig(p).share))) return -1;
  for (int cand : whole_candidates(cx, l)) {
    if (!(cx.fig(cand).value == S)) continue;
    for (int p : l.parts)
      if (share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, S) == Fit::Exact) return cand;
    return -1;
  }
  return -1;
}

// "答复政府信息公开申请34430件(含上年度转结),均在法定期限内予以答复。予以公开及部分公开10538件,
// 占30.61%": one count with a share naming no base, opening the sentence right after the one
// whose last count (of its unit, larger, on the same line) it is a part of. That count is the
// whole. (Used last; a share that fits another stated count is not reported, see below.)
int sentence_before_whole(const Context& cx, const FigureList& l) {
  if (l.parts.size() != 1) return -1;
  int p = l.parts.front();
  const auto& pf = cx.fig(p);
  if (pf.share < 0 || pf.approx != Approx::Exact) return -1;
  int w = lone_share_candidate(cx, l);
  if (w < 0) return -1;
  for (int i = w + 1; i < p; ++i)
    if (cx.fig(i).kind == FigureKind::Count || cx.fig(i).kind == FigureKind::Amount) return -1;
  // (Or, when that count is the last part of its sentence's 其中 list and not larger, the list's
  // whole: 「新增主动公开政府信息226条,其中通过政府网站公开131条,通过微信公众号公开95条。民生事项和
  // 工作信息共209条,占92.47%」 is of 226; the channels only say how the 226 went out.)
  // (Only a part named in its sentence's first clause: 「已全部按时答复，其中予以公开4件，占36.36%」
  // is of the answered, which that sentence does not count.)
  const auto f = std::u32string_view(cx.doc.folded);
  const std::size_t opens = f.find_last_of(U"。\n", pf.span.begin);
  const bool first_clause = opens != std::u32string_view::npos &&
                            f.substr(opens + 1, pf.span.begin - opens - 1).find_first_of(U",;:") == std::u32string_view::npos;
  if (int ol = cx.list_of[w]; ol >= 0 && first_clause && !(cx.fig(w).value > pf.value)) {
    const FigureList& outer = cx.doc.lists[static_cast<std::size_t>(ol)];
    if (outer.parts.back() == w && outer.whole >= 0 && cx.fig(outer.whole).sentence == cx.fig(w).sentence &&
        cx.fig(outer.whole).unit == pf.unit && cx.fig(outer.whole).approx == Approx::Exact)
      w = outer.whole;
  }
  const auto& wf = cx.fig(w);
  if (wf.sentence + 1 != pf.sentence || wf.line != pf.line || !(wf.value > pf.value) || wf.kind != FigureKind::Count)
    return -1;
  return w;
}

int named_whole(const Context& cx, const FigureList& l) {
  auto intro = text::from_utf8(l.intro);
  auto stop = intro.find_last_of(U"。;");
  if (stop != std::u32string::npos) intro = intro.substr(stop + 1);
  auto zhong = intro.rfind(U'中');
  if (zhong == std::u32string::npos) return -1;
  if (!exhaustive(cx, l)) {
    auto zai = intro.find(U'在');
    if (zai == std::u32string::npos || zai > zhong || zhong - zai < 4) return -1;
  }
  int found = -1, named_only = -1;
  bool named_one = true;
  for (int cand : whole_candidates(cx, l)) {
    if (common_run(intro, text::from_utf8(cx.fig(cand).label)) < 4) continue;
    if (named_only >= 0 && !(cx.fig(named_only).value == cx.fig(cand).value)) named_one = false;
    named_only = cand;
    bool one_fits = std::any_of(l.parts.begin(), l.parts.end(), [&](int p) {
      const auto& pf = cx.fig(p);
      if (pf.share < 0 || bound(cx.fig(pf.share))) return false;
      Fit fit = share_fit(cx.fig(pf.share).value, cx.fig(pf.share).precision, pf.value, cx.fig(cand).value);
      return fit == Fit::Exact || fit == Fit::Truncated;
    });
    if (!one_fits) continue;
    if (found >= 0 && !(cx.fig(found).value == cx.fig(cand).value)) return -1;
    found = cand;
  }
  // "在主动公开的信息中,机构职能类信息16条,…占总体的比例为2.8%" of "主动公开政府信息734条":
  // one item whose sentence names its whole with 在…中, and one stated count (or several
  // of the same value) carries those words, is of that count even when its share does not fit.
  if (found < 0 && named_one && named_only >= 0 && l.parts.size() == 1) {
    auto zai = intro.find(U'在');
    if (zai != std::u32string::npos && zai < zhong && zhong - zai >= 4) return named_only;
  }
  return found;
}

Decimal shares_sum(const Context& cx, const FigureList& l, int& digits, int& n) {
  Decimal s;
  digits = 0;
  n = 0;
  for (int p : l.parts)
    if (cx.fig(p).share >= 0) {
      const auto& sh = cx.fig(cx.fig(p).share);
      s = s + sh.value;
      digits = std::max(digits, sh.precision);
      ++n;
    }
  return s;
}

bool exhaustive(const Context& cx, const FigureList& l) {
  if (l.left_out || l.at_most) return false;
  if (l.has_other || l.sums) return true;
  // "累计处理申请92件,其中本年度新接收91件,2020年结转办理1件": the year's applications are the
  // new ones and those carried over from last year; the two make the whole.
  if (l.parts.size() == 2) {
    auto fresh = [&](int p) {
      std::string_view w = cx.fig(p).label;
      for (std::string_view v : {"新收", "新接收", "新受理", "新申请"})
        if (w.find(v) != std::string_view::npos && !carried_over(w)) return true;
      return false;
    };
    int a = l.parts[0], b = l.parts[1];
    // (Not when the words of either put it at a level below the whole's: 「全市共受理申请500件。其中，
    // 市本级新收40件，上年结转2件…」 — the level word opens the clause and scopes what follows it,
    // so the carry-over is the 市本级's too, and the two make that level's count, not the 500.)
    const bool lower = l.whole >= 0 && !label_names_sub_level(cx, l.whole) && (label_names_sub_level(cx, a) || label_names_sub_level(cx, b));
    if (!lower && ((fresh(a) && carried_over(cx.fig(b).label)) || (fresh(b) && carried_over(cx.fig(a).label)))) return true;
  }
  return shares_make_100(cx, l);
}

// Every part of the list has its share and the shares add up to 100%, within a unit of their
// last written digit for each share.
bool shares_make_100(const Context& cx, const FigureList& l) {
  // (Shares stated as bounds or roughly make no exact 100%.)
  for (int p : l.parts)
    if (cx.fig(p).share >= 0 && bound(cx.fig(cx.fig(p).share))) return false;
  int digits = 0, n = 0;
  Decimal s = shares_sum(cx, l, digits, n);
  if (n < 2 || n != static_cast<int>(l.parts.size())) return false;
  Decimal tol = Decimal(n, digits) ;  // n units in the last place
  Decimal diff = s > hundred() ? s - hundred() : hundred() - s;
  return diff <= tol && Decimal(1, 0) >= diff;
}

// "重点领域类信息96950条,占51.62%;业务类57288条,占30.55%;…;其他类13931条,占7.43%" with no
// stated whole: shares that add up to 100% are shares of the sum of the parts. When the others
// fit that sum exactly (two at least, and more than are off), the share that does not is wrong,
// unless it fits a stated count (then another whole may be meant). Reports it; false when the
// list is not such a list.
bool off_the_sum(Context& cx, const Check& c, const FigureList& l, const Decimal& S, int first_line) {
  if (l.parts.size() < 3 || S.is_zero() || !exhaustive(cx, l)) return false;
  std::vector<int> off;
  int fit = 0;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.share < 0 || pf.approx != Approx::Exact || bound(cx.fig(pf.share))) return false;
    Fit f = share_fit(cx.fig(pf.share), pf.value, S);
    if (f == Fit::Exact || f == Fit::Truncated) ++fit;
    else if (f == Fit::Off) off.push_back(p);
  }
  if (off.empty() || fit < 2 || fit <= static_cast<int>(off.size())) return false;
  auto cands = whole_candidates(cx, l);
  for (int p : off)
    for (int cand : cands) {
      Fit f = share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, cx.fig(cand).value);
      if (f == Fit::Exact || f == Fit::Truncated) return false;
    }
  for (int p : off) {
    const auto& pf = cx.fig(p);
    const auto& sh = cx.fig(pf.share);
    std::string expected = exact_share(pf.value, S).str_fixed(sh.precision);
    Finding f;
    f.severity = c.severity;
    f.primary = sh.span;
    f.expected = expected;
    f.actual = cx.doc.slice(sh.span);
    f.message = fmt::format("{} {} 占 {}%，但 {}/{} = {}%：其余各项的占比都是按各项之和 {} 计算的", describe(pf), cx.val(p),
                            f.actual, pf.value.str(), S.str(), expected, S.str());
    f.suggestion = fmt::format("应为 {}%", expected);
    for (int q : l.parts) f.related.push_back({cx.fig(q).span, describe(cx.fig(q)) + " " + cx.val(q)});
    cx.fail(c, std::move(f), first_line);
  }
  return true;
}

// A count that its own share contradicts, when the share is the one that reconciles: part `p`
// of a list whose parts sum to S, of the whole W; v is the count that would make the parts sum to
// W exactly, and the share stated for p is v's share of W, not p's. Returns v.
// With `near_ok` (a list that divides all of its whole), the share may also be only near the
// count's own, or its truncation: "人事信息1790条,占29.58%" of 6044, whose other shares are
// exact, is 1788; "规划计划类5370条,占19.21%" of 27942, where 5367 makes the whole, is 5367.
std::optional<Decimal> count_from_share(const Context& cx, int p, const Decimal& S, const Decimal& W, bool near_ok = false) {
  const auto& pf = cx.fig(p);
  if (pf.share < 0 || pf.times > 1 || bound(cx.fig(pf.share)) || !pf.value.is_integer() || S == W || W.is_zero())
    return std::nullopt;
  const auto& sh = cx.fig(pf.share);
  Decimal v = W - S + pf.value;
  if (v.negative() || v.is_zero() || share_fit(sh.value, sh.precision, v, W) != Fit::Exact) return std::nullopt;
  Fit own = share_fit(sh, pf.value, W);
  if (own != Fit::Off && !(near_ok && (own == Fit::Near || own == Fit::Truncated))) return std::nullopt;
  return v;
}

// The one part of a complete list that carries no share, when every other part's share is exactly
// its count's share of the stated whole W and at least one of them is not its share of the parts'
// sum S: those shares were worked out from W, so W and the parts that carry them agree, and the
// bare part is the count that misses (「新增29条，其中业务类24条，占82.76%；其他4条」: 24/29 is 82.76%,
// 24/28 is not; the other is 5). The part and the value that reconciles, or nothing when that is
// not what the shares say.
std::optional<std::pair<int, Decimal>> bare_part_off(const Context& cx, const FigureList& l, const Decimal& S, const Decimal& W) {
  if (l.parts.size() < 2 || S == W || !W.is_integer() || !S.is_integer()) return std::nullopt;
  int bare = -1;
  bool telling = false;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.in_table || pf.times > 1 || pf.approx != Approx::Exact || !pf.value.is_integer()) return std::nullopt;
    if (pf.share < 0) {
      if (bare >= 0) return std::nullopt;  // (two without a share: which one is not known)
      bare = p;
      continue;
    }
    const auto& sh = cx.fig(pf.share);
    if (bound(sh) || sh.approx != Approx::Exact || share_fit(sh, pf.value, W) != Fit::Exact) return std::nullopt;
    telling = telling || share_fit(sh, pf.value, S) != Fit::Exact;
  }
  if (bare < 0 || !telling) return std::nullopt;
  const Decimal v = W - S + cx.fig(bare).value;
  if (v.negative() || v.is_zero()) return std::nullopt;
  return std::pair{bare, v};
}

// The one total T that every share of list `l` is exactly the share of, when none of them fits
// the stated whole W (`off` holds every part with a share) and T is neither the parts' sum nor a
// count the text states before the list (whose shares they would then be): else 0. Shares of
// whole percent over small counts fit many totals; only one that fits is one.
int agreed_total(const Context& cx, const FigureList& l, int W, const Decimal& S, const std::vector<int>& off) {
  const auto& wf = cx.fig(W);
  if (wf.in_table || !wf.value.is_integer() || wf.approx != Approx::Exact) return 0;
  int widest = -1;
  std::size_t shared = 0;
  for (int p : l.parts) {
    const auto& pf = cx.fig(p);
    if (pf.share < 0) continue;
    const auto& sh = cx.fig(pf.share);
    if (pf.in_table || pf.times > 1 || !pf.value.is_integer() || pf.approx != Approx::Exact || sh.approx != Approx::Exact ||
        sh.value.is_zero() || !(sh.value < hundred()) || share_fit(sh, pf.value, wf.value) != Fit::Off ||
        std::find(off.begin(), off.end(), p) == off.end())
      return 0;
    ++shared;
    if (widest < 0 || pf.value > cx.fig(widest).value) widest = p;
  }
  if (shared < 2 || l.parts.size() > 64 || exhaustive(cx, l)) return 0;  // (a list of a few kinds, not thousands)
  const auto& sh = cx.fig(cx.fig(widest).share);
  const double v = cx.fig(widest).value.approx(), s = sh.value.approx(), half = 0.5 * std::pow(10.0, -sh.precision);
  const double lo = std::floor(v * 100.0 / (s + half)), hi = std::ceil(v * 100.0 / std::max(s - half, 1e-9));
  if (hi - lo > 5000 || hi > 1e12) return 0;
  // (Of several that fit, the one every share is exactly of, unrounded: 150 and 90 at 50% and
  // 30% fit 298 to 302 rounded, 300 exactly.)
  int found = 0, fits = 0, even = 0, evens = 0;
  for (double t = std::max(lo, 1.0); t <= hi; ++t) {
    const Decimal T = Decimal::integer(static_cast<std::int64_t>(t));
    if (T < S || T == S || T == wf.value) continue;
    bool all = std::all_of(l.parts.begin(), l.parts.end(), [&](int p) {
      return cx.fig(p).share < 0 || share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, T) == Fit::Exact;
    });
    if (!all) continue;
    ++fits;
    found = static_cast<int>(t);
    if (std::all_of(l.parts.begin(), l.parts.end(), [&](int p) {
          return cx.fig(p).share < 0 || exact_share(cx.fig(p).value, T) == cx.fig(cx.fig(p).share).value;
        }))
      ++evens, even = found;
  }
  if (fits != 1) found = evens == 1 ? even : 0;
  if (!found) return 0;
  const Decimal T = Decimal::integer(found);
  for (int k : whole_candidates(cx, l))
    if (cx.fig(k).value == T) return 0;
  return found;
}

// How far a figure written in 万 or 亿 with decimals may be from the count it rounds: half a
// unit in its last written place ("808.06万件": ±50). Exact counts have none.
Decimal rounding_slack(const Context& cx, int i) {
  const auto& g = cx.fig(i);
  auto written = Decimal::parse(cx.doc.folded_slice(g.span));  // (digits typed full width read as digits)
  if (!written || written->is_zero() || *written == g.value) return Decimal();
  Decimal scale = g.value.divide(*written, 0);
  return Decimal(5, g.precision + 1) * scale;
}

// Whether two statements of a count agree: equal, or equal within the rounding of one written in
// 万 or 亿 with decimals ("16.95万条" and the table's 169,512).
bool same_count(const Context& cx, int i, const Decimal& v, const Decimal& other_slack = Decimal()) {
  const Decimal& a = cx.fig(i).value;
  if (a == v) return true;
  Decimal slack = rounding_slack(cx, i) + other_slack;
  return !slack.is_zero() && !(a > v + slack) && !(v > a + slack);
}

// Whether share `sh` (written with `digits` decimals) of part/whole can be right for some
// values the two rounded figures stand for ("12.9万个" of "24.5万个" is 52.3%–53.0%).
bool within_rounding(const Context& cx, int part, int whole, const Decimal& sh, int digits) {
  Decimal ps = rounding_slack(cx, part), ws = rounding_slack(cx, whole);
  if (ps.is_zero() && ws.is_zero()) return false;
  const Decimal &P = cx.fig(part).value, &W = cx.fig(whole).value;
  if (!(W > ws)) return false;
  Decimal lo = exact_share(P > ps ? P - ps : Decimal(), W + ws), hi = exact_share(P + ps, W - ws);
  Decimal half = Decimal(5, digits + 1);
  return !(sh + half < lo) && !(hi + half < sh);
}

// "其中同意公开15件,占78.9%;不予公开4件,占21.1%;另有1件正在办理中" of 20: shares of the
// answered, and the rest stated right after the list (另有, 正在办理, 尚未…).
bool rest_stated(const Context& cx, const FigureList& l, const Decimal& rest) {
  int last = l.parts.back();
  for (int i = last + 1; i < static_cast<int>(cx.doc.figures.size()) && i <= last + 3; ++i) {
    const auto& g = cx.fig(i);
    if (g.sentence != cx.fig(last).sentence) break;
    if (g.kind != FigureKind::Count || !(g.value == rest)) continue;
    std::string words = std::string(g.label) + "#" + std::string(g.after);
    for (std::string_view w : {"另有", "正在", "尚未", "未办结", "办理中", "其余"})
      if (words.find(w) != std::string::npos) return true;
  }
  return false;
}

// 「主动公开信息38条…②机构职能类信息5条，占15.7%；③为民办实事信息1条，占2.63%；④…5条，占15.7%；
// ⑤…2条，占5.26%」: no whole fits every share (one is wrong), but two shares or more written to two
// decimals are each exactly the share of one count stated before on the parts' line, and not of
// the parts' sum: that count is their whole (two such shares fit another count only by chance).
int precise_consensus_whole(const Context& cx, const FigureList& l, const Decimal& S) {
  if (l.parts.size() < 3) return -1;
  const auto& first = cx.fig(l.parts.front());
  for (int cand : whole_candidates(cx, l)) {
    const auto& wf = cx.fig(cand);
    if (wf.line != first.line || wf.in_table) continue;
    int precise = 0;
    bool fits = true;
    for (int p : l.parts) {
      const auto& pf = cx.fig(p);
      if (!(pf.value < wf.value)) fits = false;
      if (pf.share < 0) continue;
      const auto& sh = cx.fig(pf.share);
      if (sh.precision < 2 || sh.approx != Approx::Exact) continue;
      if (share_fit(sh, pf.value, wf.value) == Fit::Exact && share_fit(sh, pf.value, S) != Fit::Exact) ++precise;
    }
    if (fits && precise >= 2) return cand;
  }
  return -1;
}

// Whether a count of the whole's unit stated between list l's whole and its first part, in the
// whole's sentence, in words that add to the whole (更新, 新增…), is `d` (what the parts' sum passes
// the whole by): the parts divide the two.
bool adds_between(const Context& cx, const FigureList& l, const Decimal& d) {
  if (l.whole < 0 || l.parts.empty()) return false;
  const auto& wf = cx.fig(l.whole);
  for (int k = l.whole + 1; k < l.parts.front(); ++k) {
    const auto& g = cx.fig(k);
    if (g.sentence != wf.sentence) break;
    if (g.kind == FigureKind::Count && !g.in_table && g.unit == wf.unit && g.approx == Approx::Exact && g.value == d &&
        adds_to_previous(g.label))
      return true;
  }
  return false;
}

void run_shares(Context& cx, const Check& c, const Check* total_check) {
  const auto& doc = cx.doc;
  bool any = false;
  cx.total_reported.assign(doc.lists.size(), 0);
  for (const auto& l : doc.lists) {
    if (!l.shares) continue;
    const std::size_t li = static_cast<std::size_t>(&l - doc.lists.data());
    bool approx = std::any_of(l.parts.begin(), l.parts.end(), [&](int p) { return cx.fig(p).approx != Approx::Exact; });
    if (approx) continue;
    any = true;
    int first_line = cx.fig(l.parts.front()).line;
    Decimal S;
    for (int p : l.parts) S = S + cx.fig(p).total();
    int W = l.whole;
    bool inferred = false;
    if (W < 0) {
      for (int cand : whole_candidates(cx, l))
        if (list_fits(cx, l, cx.fig(cand).value, true)) {
          W = cand;
          inferred = true;
          break;
        }
    }
    // (One part fits its own sum whatever its count when its share is 100%: "在主动公开的信息中,
    // 工作动态类信息85条,占总体的比例为100%" still has its whole to find, 86条 stated before.)
    if (W < 0 && (l.parts.size() == 1 || !list_fits(cx, l, S, true))) {
      W = consensus_whole(cx, l);
      if (W < 0) W = named_whole(cx, l);
      if (W < 0) W = whole_after(cx, l, S);
      if (W < 0) W = headline_whole(cx, l);
      if (W < 0) W = named_total_whole(cx, l);
      if (W < 0) W = made_whole(cx, l, S);
      if (W < 0) W = sentence_before_whole(cx, l);
      if (W < 0) W = precise_consensus_whole(cx, l, S);
      inferred = W >= 0;
    }
    if (W < 0) {
      // Shares of the sum of the parts: fine on their own; but an exhaustive list whose stated
      // total (named by the words introducing it) is larger does not reach that total.
      if (l.parts.size() >= 2 && list_fits(cx, l, S, true)) {
        cx.pass(c, first_line);
        if (!total_check || !exhaustive(cx, l)) continue;
        auto intro = text::from_utf8(l.intro);
        if (intro.size() > 200) intro = intro.substr(intro.size() - 200);
        // (Six characters in common; four when the sentence names the whole with 在…中:
        // "在主动公开的信息中" repeats "主动公开政府信息235条".)
        const bool names_it = intro.find(U'在') != std::u32string::npos && intro.rfind(U'中') != std::u32string::npos &&
                              intro.find(U'在') < intro.rfind(U'中');
        const std::size_t need = names_it ? 4 : 6;
        for (int cand : whole_candidates(cx, l)) {
          // A part of an earlier list is this list's whole only when the sentence names it with
          // 在…中: "否决公开的为112件,占22%。在否决公开的答复中,…达44件,占39%,…" divides the 112.
          if (cx.list_of[cand] >= 0 && !names_it) continue;
          auto lab = text::from_utf8(cx.fig(cand).label);
          if (common_run(intro, lab) < need) continue;
          const Decimal& T = cx.fig(cand).value;
          if (T == S) {
            cx.pass(*total_check, first_line);
            break;
          }
          // "共主动公开20条…业务动态类17条,占95%,机构职能类1条,占5%": whole-number shares near the
          // parts' sum 18, but exact of 20 with 19 in place of 17 — one count is the slip, and
          // every other share is exact of the total: report that count (as the share check does).
          int slip = -1, slips = 0;
          bool others_fit = true;
          for (int p : l.parts)
            if (count_from_share(cx, p, S, T)) {
              slip = p;
              ++slips;
            }
          for (int p : l.parts)
            if (p != slip && (cx.fig(p).share < 0 || share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, T) != Fit::Exact)) others_fit = false;
          if (slips == 1 && others_fit) {
            const auto& pf = cx.fig(slip);
            const auto& sh = cx.fig(pf.share);
            Decimal v = *count_from_share(cx, slip, S, T);
            std::string stated = cx.doc.slice(sh.span);
            Finding f;
            f.severity = c.severity;
            f.primary = pf.span;
            f.expected = v.str();
            f.actual = pf.value.str();
            f.related.push_back({cx.fig(cand).span, "总数 " + cx.val(cand)});
            f.related.push_back({sh.span, "占比 " + stated + "%"});
            f.message = fmt::format("{} {} 与它的占比 {}% 不符：{} × {}% ≈ {}，而以 {} 计，各项之和正好等于总数 {}", describe(pf),
                                    cx.val(slip), stated, T.str(), stated, v.str(), v.str(), cx.val(cand));
            f.suggestion = transposed(pf.value, v) ? fmt::format("应为 {}；{} 像是两位数字写颠倒了", v.str(), pf.value.str())
                                                   : fmt::format("应为 {}", v.str());
            cx.fail(c, std::move(f), first_line);
            break;
          }
          // (Nor when a count stated between the total and the parts is their difference: 「新收申请
          // 70件，上年结转6件；办结67件，占应办理总数的88.2%」 gives shares of the 76 the two make.)
          {
            const Decimal D = T < S ? S - T : T - S;
            bool difference = false;
            for (int k = cand + 1; k < l.parts.front() && !difference; ++k)
              difference = cx.fig(k).kind == FigureKind::Count && cx.fig(k).unit == cx.fig(cand).unit && cx.fig(k).value == D;
            if (difference) {
              cx.skip(*total_check, "a count stated between the total and the parts is their difference", first_line);
              break;
            }
          }
          Finding f;
          f.severity = total_check->severity;
          f.primary = cx.fig(cand).span;
          f.message = fmt_message(total_check->message, {{"whole", cx.val(cand)}, {"sum", S.str()}},
                                  fmt::format("分项（第 {} 行）的占比是按各项之和 {} 计算的，合计 100%，但所述总数为 {}：分项未达到总数，相差 {}",
                                              cx.doc.location(cx.fig(l.parts.front()).span).line, S.str(), cx.val(cand),
                                              (T - S).str()));
          f.expected = S.str();
          f.actual = T.str();
          f.suggestion = fmt::format("核对总数 {} 与分项：分项之和为 {}", T.str(), S.str());
          for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
          cx.fail(*total_check, std::move(f), first_line);
          cx.total_reported[li] = 1;
          break;
        }
      } else if (!off_the_sum(cx, c, l, S, first_line)) {
        cx.skip(c, "the whole these shares refer to is not stated", first_line);
      }
      continue;
    }
    const Decimal& Wv = cx.fig(W).value;
    // A whole or parts written in 万 or 亿 with decimals ("16.95万条") stand for any count within
    // half a unit of their last place: a sum that close is the whole, not a slip.
    Decimal slack = rounding_slack(cx, W);
    for (int p : l.parts) slack = slack + rounding_slack(cx, p);
    const bool near_whole = !(S > Wv + slack) && !(Wv > S + slack);
    // A share one unit off in its last digit may have been nudged to make the list's shares add
    // up to 100%; not when the list divides all of its whole, every part has its share, the parts
    // make the whole and the shares do not add up to 100% (自然人 85%, 法人或其他组织 16% of 80).
    // (Parts that make the whole divide all of it, whether or not their shares come near 100%:
    // "同意公开28件,占61%;…;信息不存在7件,占16%;…" of 46 adds up to 102%.)
    bool unnudged = false;
    if (S == Wv && !l.left_out &&
        std::all_of(l.parts.begin(), l.parts.end(), [&](int p) { return cx.fig(p).share >= 0; })) {
      Decimal stated;
      for (int p : l.parts) stated = stated + cx.fig(cx.fig(p).share).value;
      unnudged = !(stated == Decimal(100, 0));
    }
    std::vector<int> off, truncated;
    for (int p : l.parts) {
      const auto& pf = cx.fig(p);
      if (pf.share < 0) continue;
      const auto& sh = cx.fig(pf.share);
      Fit fit = share_fit(sh, pf.value, Wv);
      // A count larger than its whole has no share of it up to 100%, however rounded: "…信息
      // 176条,占100%" of 175 (100.57% truncated) says the part is the whole, and it is not.
      if (pf.value > Wv && !(sh.value > hundred()) && rounding_slack(cx, p).is_zero() && rounding_slack(cx, W).is_zero())
        fit = Fit::Off;
      // A policy other than "any" accepts only its own rounding (an exact value fits both).
      if (c.rounding == Rounding::HalfUp && fit == Fit::Truncated) fit = Fit::Near;
      if (c.rounding == Rounding::Truncate && fit == Fit::Exact &&
          !(exact_share(pf.value, Wv).truncate(sh.precision) == sh.value))
        fit = Fit::Near;
      // (A share that is the truncation of its count's, and exactly the share of the count that
      // would make the parts reach the whole, belongs to a miscounted part.)
      if (fit == Fit::Truncated && !(S == Wv) && count_from_share(cx, p, S, Wv, exhaustive(cx, l))) fit = Fit::Off;
      if (fit == Fit::Truncated) truncated.push_back(p);
      if ((fit == Fit::Off || fit == Fit::Near) && within_rounding(cx, p, W, sh.value, sh.precision)) continue;
      if (fit == Fit::Off || fit == Fit::Near) off.push_back(p);
    }
    // Every share fits the whole, yet the kinds add up to more than it ("…606条。在主动公开的
    // 资讯中,法规文件类资讯51条,占8.42%;规划计划类资讯7条,占1.16%;业务动态类资讯554条,占
    // 91.42%;调整机构职能类资讯6条", 618 in all): a count is wrong, or a kind counted twice.
    // (Kinds only, 「…类」: channels may carry one item each and add up to more.)
    // (Not when a count before that whole on its line is the kinds' sum, every share fitting it
    // too: 「主动公开信息4944条。其中…通过政府网站公开4935条。按内容分，人事信息类585条，占11.8%；…」
    // divides the 4944, its one-decimal shares fitting the channel's 4935 as well.)
    auto sum_stated_before = [&] {
      for (int k = W - 1; k >= 0 && cx.fig(k).line == cx.fig(W).line; --k)
        if (cx.fig(k).kind == FigureKind::Count && !cx.fig(k).in_table && cx.fig(k).unit == cx.fig(W).unit && cx.fig(k).value == S)
          return std::all_of(l.parts.begin(), l.parts.end(), [&](int p) {
            return cx.fig(p).share < 0 || share_fit(cx.fig(cx.fig(p).share), cx.fig(p).value, S) != Fit::Off;
          });
      return false;
    };
    if (off.empty() && total_check && l.parts.size() >= 2 && S > Wv + slack && !cx.fig(W).in_table &&
        std::all_of(l.parts.begin(), l.parts.end(), [&](int p) {
          return !cx.fig(p).in_table && cx.fig(p).label.find("类") != std::string::npos;
        }) && !sum_stated_before()) {
      Finding f;
      f.severity = total_check->severity;
      f.primary = cx.fig(W).span;
      f.message = fmt::format("各项占比都按总数 {} 计算，但各项之和 {} = {} 超过总数", cx.val(W), join_values(cx, l.parts), S.str());
      f.expected = "≤ " + Wv.str();
      f.actual = S.str();
      for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(*total_check, std::move(f), first_line);
      cx.total_reported[li] = 1;
    }
    if (off.empty()) {
      cx.pass(c, first_line);
      // (A whole its list's sentence names with 在…中 is found as an inferred one is.)
      if (total_check && (inferred || l.zhong_shares) && l.parts.size() >= 2 && S == Wv) cx.pass(*total_check, first_line);
      // "共主动公开政府信息4261条…从公开内容看,机构职能类218条,占5.1%;…其他类669条,占15.7%" (the
      // parts make 4260): a complete division (其他…) whose shares fit the count before it and
      // their own sum alike, rounded as they are, still falls short of that count (or passes
      // it). Not when another count stated before it is the parts' sum: they may divide that one.
      // (Every part with its share, and the shares making 100% within their rounding: a list of
      // some kinds, 其他 among them, may give its shares of a larger count.)
      Decimal shares;
      bool all_shared = true;
      for (int p : l.parts) {
        if (cx.fig(p).share < 0) all_shared = false;
        else shares = shares + cx.fig(cx.fig(p).share).value;
      }
      Decimal hundred(100, 0), slop(5, 1);
      bool whole_shared = all_shared && !(shares + slop < hundred) && !(hundred + slop < shares);
      if (total_check && inferred && l.parts.size() >= 2 && !near_whole && exhaustive(cx, l) && !l.left_out && whole_shared) {
        auto cands = whole_candidates(cx, l);
        // (Nor when a count of its unit stated with the count is the difference: 「3617条（含重复
        // 发布1条）」 says what the parts' 3616 leave out.)
        const Decimal gap = S < Wv ? Wv - S : S - Wv;
        bool says_gap = false;
        for (int k = W + 1; k < static_cast<int>(cx.doc.figures.size()) && cx.fig(k).sentence == cx.fig(W).sentence; ++k)
          says_gap = says_gap || (cx.fig(k).kind == FigureKind::Count && cx.fig(k).unit == cx.fig(W).unit && cx.fig(k).value == gap);
        if (!says_gap && std::none_of(cands.begin(), cands.end(), [&](int k) { return cx.fig(k).value == S; })) {
          Finding f;
          f.severity = total_check->severity;
          f.primary = cx.fig(W).span;
          f.message = fmt::format("分项（第 {} 行，含「其他」）之和 {} 与所述总数 {} 不符；各项占比按两者计算都相符，分项完整时应正好等于总数",
                                  cx.fig(l.parts.front()).line, S.str(), cx.val(W));
          f.expected = S.str();
          f.actual = Wv.str();
          f.suggestion = fmt::format("核对总数 {} 与分项：分项之和为 {}", Wv.str(), S.str());
          for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
          cx.fail(*total_check, std::move(f), first_line);
          cx.total_reported[li] = 1;
        }
      }
      if (!truncated.empty() && c.rounding == Rounding::Any) {
        int p = truncated.front();
        const auto& sh = cx.fig(cx.fig(p).share);
        Finding f;
        f.primary = sh.span;
        f.message = fmt::format("占比按截尾而非四舍五入取值：{}/{} = {}%，写作 {}%", cx.fig(p).value.str(), Wv.str(),
                                exact_share(cx.fig(p).value, Wv).round_half_up(4).str(), sh.value.str_fixed(sh.precision));
        cx.note(c, std::move(f));
      }
      continue;
    }
    // Every share fits the sum of the parts, not the stated whole: one finding about the total.
    // (Not when more shares are exactly those of the whole than of the sum: the one share that
    // is off, and only near the sum's, belongs to a miscounted part. "…人事信息1790条,占29.58%"
    // of 6044 where the other four shares are of 6044 exactly: 1788 was meant.)
    bool of_sum = list_fits(cx, l, S, true) && exact_fits(cx, l, S) >= exact_fits(cx, l, Wv);
    // (A tie goes to the stated total when one part alone is off it, and the count its share gives
    // of the total makes the parts reach it: 「政府网站公开信息2条,占比4.5%,现场公开宣传43条,占比95.5%」
    // of 44 — 43 for 42 is the one slip; of their sum 45, 4.5% fits only loosely.)
    if (of_sum && exact_fits(cx, l, S) == exact_fits(cx, l, Wv)) {
      int slips = 0;
      bool others_exact = true;
      for (int p : l.parts) {
        const auto& pf = cx.fig(p);
        if (pf.share < 0) continue;
        const Fit fit = share_fit(cx.fig(pf.share), pf.value, Wv);
        if (fit == Fit::Exact || fit == Fit::Truncated) continue;
        if (count_from_share(cx, p, S, Wv)) ++slips;
        else others_exact = false;
      }
      if (slips == 1 && others_exact) of_sum = false;
    }
    if (!inferred && l.parts.size() >= 2 && !near_whole && of_sum && rest_stated(cx, l, Wv - S)) {
      cx.pass(c, first_line);
      continue;
    }
    // 「共收到申请349件，办结344件。平均办理时间为12个工作日。从申请渠道看，网上申请186件，占53.30%；…」:
    // the whole taken for a list in a later sentence is the last count of a sentence that states
    // several; the parts and their shares make exactly another count of that sentence, which
    // they divide.
    if (!inferred && l.parts.size() >= 2 && !near_whole && of_sum && !cx.fig(W).in_table &&
        cx.fig(W).sentence != cx.fig(l.parts.front()).sentence) {
      const auto& wf = cx.fig(W);
      bool another = false;
      for (int k = W - 1; k >= 0 && cx.fig(k).sentence == wf.sentence && !another; --k) {
        const auto& g = cx.fig(k);
        another = !g.in_table && g.kind == wf.kind && g.unit == wf.unit && g.approx == Approx::Exact && g.value == S;
      }
      // (Nor is a count some part is larger than: 「…共收到申请349件…。（三）…全年新制发规范性文件30件。
      // 从申请渠道看，网上申请186件，占53.30%；…」 divides the 349 before it, which its parts make.)
      if (!another && std::any_of(l.parts.begin(), l.parts.end(), [&](int p) { return cx.fig(p).value > Wv; })) {
        auto cands = whole_candidates(cx, l);
        another = std::any_of(cands.begin(), cands.end(), [&](int k) { return k != W && cx.fig(k).kind == wf.kind && cx.fig(k).value == S; });
      }
      if (another) {
        cx.pass(c, first_line);
        continue;
      }
    }
    // (Items under documents whose shares are of the information published: shares_of_another_measure.)
    if (!inferred && shares_of_another_measure(cx, l, W, S)) {
      cx.pass(c, first_line);
      continue;
    }
    // (Nor when a count stated between the total and the parts is what the parts pass it by: 「共公开
    // 信息35条，更新1条，其中…」 gives shares of the 36 the two make.)
    if (!inferred && l.parts.size() >= 2 && S > Wv && of_sum && adds_between(cx, l, S - Wv)) {
      cx.skip(c, "a count stated between the total and the parts is their difference", first_line);
      continue;
    }
    if (!inferred && l.parts.size() >= 2 && !near_whole && of_sum && total_check) {
      Finding f;
      f.severity = total_check->severity;
      f.primary = cx.fig(W).span;
      f.message = fmt::format("各项占比是按各项之和 {} 计算的，而不是按所述总数 {}：分项与总数不符", S.str(), cx.val(W));
      f.expected = S.str();
      f.actual = Wv.str();
      // (Shown where the list's own sum is, at the list on a line below its total: one finding.)
      if (auto list = list_below(cx, W, l.parts)) {
        f.primary = *list;
        f.related.push_back({cx.fig(W).span, "总数 " + cx.val(W)});
      }
      for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(*total_check, std::move(f), first_line);
      cx.total_reported[li] = 1;
      continue;
    }
    // "业务动态类信息49条,占98%(其中批复文件36条,占总体的72%;业务信息11条,占总体的22%…)" of
    // 50: a list dividing one part of an outer list may give its shares of the outer list's
    // whole. They are when every one of them fits that whole exactly and more of them do than
    // fit the part they divide.
    // (The outer list's whole may be left unsaid, as it is for the list itself: then the stated
    // count before it that all of its shares fit.)
    if (int ol = cx.list_of[W]; ol >= 0 && !inferred) {
      const auto& outer = cx.doc.lists[static_cast<std::size_t>(ol)];
      int OW = outer.whole;
      if (OW < 0 && outer.shares)
        for (int cand : whole_candidates(cx, outer))
          if (list_fits(cx, outer, cx.fig(cand).value, true)) {
            OW = cand;
            break;
          }
      if (OW >= 0 && OW != W && !cx.fig(OW).in_table && cx.fig(OW).unit == cx.fig(W).unit &&
          exact_fits(cx, l, cx.fig(OW).value) > exact_fits(cx, l, Wv) && list_fits(cx, l, cx.fig(OW).value, false)) {
        cx.pass(c, first_line);
        continue;
      }
    }
    // 「共受理申请60件，其中网上申请20件，占40%；当面申请15件，占30%；信函申请10件，占20%」: every
    // share is off the stated total, and all of them are exactly the shares of one other total
    // (50), which no figure of the text states: the total is the slip, reported once at it.
    if (int T = inferred ? 0 : agreed_total(cx, l, W, S, off); T > 0) {
      Finding f;
      f.severity = c.severity;
      f.primary = cx.fig(W).span;
      f.expected = std::to_string(T);
      f.actual = Wv.str();
      std::string shares;
      for (int p : l.parts)
        if (cx.fig(p).share >= 0) {
          f.related.push_back({cx.fig(cx.fig(p).share).span, describe(cx.fig(p)) + " " + cx.val(p) + " 占 " + cx.doc.slice(cx.fig(cx.fig(p).share).span) + "%"});
          shares += (shares.empty() ? "" : "、") + cx.doc.slice(cx.fig(cx.fig(p).share).span) + "%";
        }
      f.message = fmt::format("各项占比（{}）都不是按所述总数 {} 计算的，而都正好是按 {} 计算的", shares, cx.val(W), T);
      // (Said as the shares' reading: the parts' sum may give the total another value, which a
      // check of the parts reports at the same figure.)
      f.suggestion = S == Decimal(T, 0) ? fmt::format("按各项占比与各项之和，总数应为 {}", T)
                                        : fmt::format("若各项占比无误，总数应为 {}（按各项之和则为 {}）", T, S.str());
      cx.fail(c, std::move(f), first_line);
      continue;
    }
    bool failed = false;
    for (int p : off) {
      const auto& pf = cx.fig(p);
      const auto& sh = cx.fig(pf.share);
      Decimal e = exact_share(pf.value, Wv);
      // (Under a truncating policy the share expected is the truncated one: 5/12 is 41%, not 42%.)
      std::string expected = (c.rounding == Rounding::Truncate ? e.truncate(sh.precision) : e).str_fixed(sh.precision);
      std::string stated = cx.doc.slice(sh.span);
      Finding f;
      f.primary = sh.span;
      f.expected = expected;
      f.actual = stated;
      f.related.push_back({cx.fig(W).span, "总数 " + cx.val(W)});
      f.related.push_back({pf.span, describe(pf) + " " + cx.val(p)});
      const bool whole_divided = exhaustive(cx, l);
      // (Not a share of 100%: it says the part is all of the whole, and nothing is nudged to
      // make a sum — "业务动态类信息175条,占100%" of 176 is 99%.)
      // (Only where a writer's rounding explains it: a share nudged so that the list's shares make
      // 100% — 82.4%, 16.3%, 1.3% of 862, 171, 13 of 1046 — or rounded twice, 12.3497% to 12.35% to
      // 12.4%. A lone share one up in its last place, 16 of 1046 written 1.6%, is neither: half up
      // it is 1.5%, and rounding up every share is a practice of no report seen.)
      const bool lone = std::count_if(l.parts.begin(), l.parts.end(), [&](int q) { return cx.fig(q).share >= 0; }) == 1;
      const bool twice = e.round_half_up(sh.precision + 1).round_half_up(sh.precision) == sh.value;
      if (share_fit(sh, pf.value, Wv) == Fit::Near && c.rounding == Rounding::Any && !unnudged && !(sh.value == hundred()) &&
          lone && !twice && sh.approx == Approx::Exact && !count_from_share(cx, p, S, Wv, whole_divided)) {
        f.severity = Severity::Warning;
        f.message = fmt::format("占比 {}% 与 {}/{} = {}% 不符：按四舍五入应为 {}%（它是该项唯一的占比，不是为凑足 100% 所作的调整）", stated,
                                pf.value.str(), Wv.str(), e.round_half_up(4).str(), expected);
        f.suggestion = fmt::format("应为 {}%", expected);
        cx.fail(c, std::move(f), sh.line);
        failed = true;
        continue;
      }
      // (A share rounded twice is the writer's rounding whether or not the list's shares make 100%:
      // 2 of 309 is 0.6472%, written 0.65% and then 0.7%, the shares then making 100.1%.)
      if (share_fit(sh, pf.value, Wv) == Fit::Near && c.rounding == Rounding::Any && (!unnudged || twice) && !(sh.value == hundred()) &&
          !count_from_share(cx, p, S, Wv, whole_divided)) {
        f.severity = Severity::Note;
        f.message = fmt::format("占比 {}% 与 {}/{} = {}% 只差末位{}：按四舍五入应为 {}%", stated, pf.value.str(), Wv.str(),
                                e.round_half_up(4).str(),
                                twice ? fmt::format("（先舍入为 {}% 再舍入所致）", e.round_half_up(sh.precision + 1).str_fixed(sh.precision + 1)) : "",
                                expected);
        cx.note(c, std::move(f));
        continue;
      }
      // Is it the share of another stated figure? Then we cannot tell which whole is meant.
      // (It must fit that figure properly: 72.28% is "near" 73% only as a rounding slip.)
      // Not when the parts make W, each has its share and another share fits W exactly: the
      // list is of W, and a share of another figure (53 of 64 written as of 共计 66) is the slip.
      bool of_w = S == Wv && std::all_of(l.parts.begin(), l.parts.end(), [&](int q) { return cx.fig(q).share >= 0; }) &&
                  std::any_of(l.parts.begin(), l.parts.end(), [&](int q) {
                    return q != p && !bound(cx.fig(cx.fig(q).share)) && share_fit(cx.fig(cx.fig(q).share), cx.fig(q).value, Wv) == Fit::Exact;
                  });
      // (Nor when every other part's share fits W exactly and the count this share gives makes the
      // parts reach W: 「已答复1052件，其中同意公开376件，占35.7%；…；其他77件，占7.2%」 of the 1066
      // received — 7.2% is 77 of the 1066 too, but the list's shares are of the 1052, and with 76
      // its parts make it. The breakdown check leaves that count to this one.)
      bool slip_of_w = false;  // (and so not of a count before it in its sentence either)
      if (!of_w && count_from_share(cx, p, S, Wv, whole_divided)) {
        int others = 0;
        bool all_exact = true;
        for (int q : l.parts) {
          if (q == p) continue;
          const auto& g = cx.fig(q);
          if (g.share < 0 || bound(cx.fig(g.share)) || share_fit(cx.fig(g.share), g.value, Wv) != Fit::Exact) {
            all_exact = false;
            break;
          }
          ++others;
        }
        // (Not when another stated count fits every share, this one's too: the list is of that one.)
        auto fits_all = [&](int cand) {
          return std::all_of(l.parts.begin(), l.parts.end(), [&](int q) {
            if (cx.fig(q).share < 0) return true;
            Fit fit = share_fit(cx.fig(cx.fig(q).share), cx.fig(q).value, cx.fig(cand).value);
            return fit == Fit::Exact || fit == Fit::Truncated;
          });
        };
        if (all_exact && others >= 2) {
          auto cands = whole_candidates(cx, l);
          of_w = std::none_of(cands.begin(), cands.end(), [&](int k) { return k != W && fits_all(k); });
          for (int k = p - 1; of_w && k >= 0 && cx.fig(k).sentence == pf.sentence; --k)
            if (k != W && cx.fig(k).kind == pf.kind && !cx.fig(k).in_table && fits_all(k)) of_w = false;
          slip_of_w = of_w;
        }
      }
      bool other_whole = false;
      for (int cand : of_w ? std::vector<int>() : whole_candidates(cx, l)) {
        Fit fit = cand == W ? Fit::Off : share_fit(sh, pf.value, cx.fig(cand).value);
        other_whole = other_whole || fit == Fit::Exact || fit == Fit::Truncated;
      }
      // (Nor a share of another count before the part in its sentence, of the part's unit: 「网上
      // 申请90件,占75%,其中网站提交60件,占网上申请的66.7%;当面申请30件,占25%」 (of 120, the list
      // above the nested one), 「不予公开6件,…主要原因是涉及个人隐私(4件,占66.7%)」. A share of
      // whole percent must be exactly that count's, one with decimals fit it as written.)
      for (int k = p - 1; !other_whole && !slip_of_w && k >= 0 && cx.fig(k).sentence == pf.sentence; --k) {
        const auto& g = cx.fig(k);
        if (k == W || g.in_table || g.kind != pf.kind || g.unit != pf.unit || g.approx != Approx::Exact || !(g.value > pf.value))
          continue;
        Fit fit = share_fit(sh, pf.value, g.value);
        bool whole_percent_exact = sh.precision > 0 || exact_share(pf.value, g.value) == sh.value;
        other_whole = (fit == Fit::Exact || fit == Fit::Truncated) && whole_percent_exact && !bound(sh);
      }
      // (Nor a rate of 100% after a 其中 part short of the whole: 「公开政府信息43条，其中主动公开公文信息
      // 2条，主动公开率100%」 — a kind of the whole is never all of it; the rate, named 率 and not 占, is
      // of another base, the documents the body drew up. A rate after counts of a flow, 「接收留言120条，
      // 办理回复118条，回复率100%」, is held to them.)
      if (l.qizhong && sh.value == hundred() && pf.value < Wv && sh.label.ends_with("率")) continue;
      // (Nor a share of this count and the ones right before it joined by 、, none with a share of
      // its own: 「其中引起行政复议21宗、行政诉讼10宗，占申请件比例4.63%」 is 31 of 669.)
      {
        Decimal together = pf.value;
        std::uint32_t next_begin = pf.span.begin;
        for (int k = p - 1; !other_whole && k >= 0 && k != W; --k) {
          const auto& g = cx.fig(k);
          if (g.sentence != pf.sentence || g.in_table || g.share >= 0 || g.kind != pf.kind || g.unit != pf.unit ||
              g.approx != Approx::Exact || g.end() > next_begin)
            break;
          const std::u32string_view gap = std::u32string_view(cx.doc.folded).substr(g.end(), next_begin - g.end());
          if (gap.find(U'、') == std::u32string_view::npos || gap.find_first_of(U",;:。%") != std::u32string_view::npos) break;
          together = together + g.value;
          next_begin = g.span.begin;
          const Fit fit = share_fit(sh, together, Wv);
          other_whole = fit == Fit::Exact || fit == Fit::Truncated;
        }
      }
      if (other_whole) continue;
      failed = true;
      f.severity = c.severity;
      // "同意公开189件,占60.74%" of 326 where the parts sum to 317: 60.74% of 326 is 198, and
      // with 198 the parts reach the whole exactly. The share and the total agree; the count
      // is the slip, so the finding points at the count.
      if (auto v = count_from_share(cx, p, S, Wv, whole_divided)) {
        f.primary = pf.span;
        f.expected = v->str();
        f.actual = pf.value.str();
        f.related.back() = {sh.span, "占比 " + stated + "%"};
        f.message = fmt::format("{} {} 与它的占比 {}% 不符：{} × {}% ≈ {}，而以 {} 计，各项之和正好等于总数 {}", describe(pf),
                                cx.val(p), stated, Wv.str(), stated, v->str(), v->str(), cx.val(W));
        f.suggestion = transposed(pf.value, *v) ? fmt::format("应为 {}；{} 像是两位数字写颠倒了", v->str(), pf.value.str())
                                                : fmt::format("应为 {}", v->str());
        cx.fail(c, std::move(f), first_line);
        continue;
      }
      std::string claimed = sh.approx == Approx::AtLeast  ? "不低于 " + stated + "%"
                            : sh.approx == Approx::AtMost ? "不高于 " + stated + "%"
                            : sh.approx == Approx::About  ? "约 " + stated + "%"
                                                          : stated + "%";
      // (A count over its whole whose share rounds to the one stated: the comparison says so.)
      const bool over = pf.value > Wv && expected == stated;
      f.message = fmt_message(c.message, {{"part", cx.val(p)}, {"share", claimed}, {"whole", cx.val(W)}, {"expected", expected + "%"}},
                              over ? fmt::format("{} {} 占 {}，但它大于总数 {}（{}/{} = {}%）", describe(pf), cx.val(p), claimed,
                                                 cx.val(W), pf.value.str(), Wv.str(), e.round_half_up(2).str())
                                   : fmt::format("{} {} 占 {}，但 {}/{} = {}%", describe(pf), cx.val(p), claimed,
                                                 pf.value.str(), Wv.str(), expected));
      // The usual slip: the share written is what remains of 100 after the other shares.
      Decimal rest = hundred();
      std::string terms = "100";
      for (int q : l.parts)
        if (q != p && cx.fig(q).share >= 0) {
          rest = rest - cx.fig(cx.fig(q).share).value;
          terms += " − " + cx.fig(cx.fig(q).share).value.str();
        }
      if (rest == sh.value)
        f.suggestion = fmt::format("应为 {}%；{} = {}，正是其余各项占比之外的余数，而不是按 {} 计算", expected, terms, sh.value.str_fixed(sh.precision),
                                   cx.val(p));
      else if (transposed(Decimal(sh.value.mantissa() * (sh.precision > sh.value.scale() ? 10 : 1), 0),
                          Decimal(e.round_half_up(sh.precision).shifted(sh.precision).mantissa(), 0)))
        f.suggestion = fmt::format("应为 {}%；{} 像是两位数字写颠倒了", expected, sh.value.str_fixed(sh.precision));
      else
        f.suggestion = fmt::format("应为 {}%", expected);
      cx.fail(c, std::move(f), first_line);
    }
    if (!failed) cx.pass(c, first_line);
  }
  if (!any) cx.skip(c, "no stated shares in this document");
}

// "收到70件,其中予以公开23件…其他处理3件" in a report with carry-overs: results divide the
// applications completed, not those received. The rule says which wholes and parts these are,
// and which stated figure (not 0) makes the two totals differ.
// (Not when the words between the whole and its parts say those requests were all answered:
// 「受理的37件申请已按规定在法定期限内予以答复，其中予以公开18件，…」.)
bool divides_other_total(const Context& cx, const Check& c, const FigureList& l, bool when_stated) {
  if (!c.other_whole || !when_stated || l.sums || !c.other_whole->search(cx.fig(l.whole).label)) return false;
  if (!l.parts.empty()) {
    const std::uint32_t from = cx.fig(l.whole).end(), to = cx.fig(l.parts.front()).span.begin;
    if (from < to && to - from <= 40) {
      const std::u32string_view gap = std::u32string_view(cx.doc.folded).substr(from, to - from);
      auto has = [&](std::u32string_view w) { return gap.find(w) != std::u32string_view::npos; };
      const bool answered = (has(U"答复") || has(U"办结") || has(U"办理完毕")) && (has(U"已") || has(U"均") || has(U"全部"));
      const bool open = has(U"未") || has(U"正在") || has(U"尚") || has(U"结转");
      bool digits = false;
      for (char32_t ch : gap) digits = digits || (ch >= U'0' && ch <= U'9');
      if (answered && !open && !digits) return false;
    }
  }
  return std::any_of(l.parts.begin(), l.parts.end(), [&](int p) { return c.other_parts->search(cx.fig(p).label); });
}

// Whether the document states a figure labelled like the rule's other_total `when`, and not 0
// (looked at once per check, not once per list).
bool other_when_stated(const Context& cx, const Check& c) {
  if (!c.other_when) return false;
  const auto& figs = cx.doc.figures;
  return std::any_of(figs.begin(), figs.end(), [&](const Figure& g) {
    return g.kind == FigureKind::Count && !g.value.is_zero() && c.other_when->search(g.label);
  });
}


// "其中通知类30条(同时撤销2条),动态类72条" of 100: counts a part's bracket takes back out
// (撤销, 撤回, 删除, 取消), which the writer nets when adding up.
Decimal withdrawn(const Context& cx, const FigureList& l) {
  const std::u32string_view f = cx.doc.folded;
  Decimal out;
  for (std::size_t k = 0; k + 1 < l.parts.size(); ++k) {
    std::uint32_t from = cx.fig(l.parts[k]).end(), to = cx.fig(l.parts[k + 1]).span.begin;
    if (from >= to || f[from] != U'(') continue;
    for (int i = l.parts[k] + 1; i < l.parts[k + 1]; ++i) {
      const auto& g = cx.fig(i);
      if (g.kind != FigureKind::Count || g.span.begin < from || g.end() > to) continue;
      auto words = f.substr(from, g.span.begin - from);
      for (std::u32string_view w : {U"撤销", U"撤回", U"删除", U"取消"})
        if (words.find(w) != std::u32string_view::npos) {
          out = out + g.value;
          break;
        }
    }
  }
  return out;
}

// "市政府主动公开政府信息共2367条。…主动公开的政府信息类别共有20类,其中,机构信息类26条,
// …,政府会议类33条": a count of kinds (20类) followed in its sentence by 其中 and by exactly as
// many counts of one other unit is a complete list of them, and divides the count of their unit
// that the words before the kinds name best (市政府主动公开, not 市直各部门主动公开), by five
// characters in common or more and more than any other. Fills `parts`; -1: no such list.
int kinds_whole(const Context& cx, int k, FigureList& l) {
  const auto& figs = cx.doc.figures;
  const auto& kf = figs[static_cast<std::size_t>(k)];
  if (kf.kind != FigureKind::Count || kf.in_table || kf.approx != Approx::Exact) return -1;
  if (kf.unit != "类" && kf.unit != "大类") return -1;
  if (kf.value < Decimal(3, 0) || Decimal(40, 0) < kf.value) return -1;
  l.parts.clear();
  for (std::size_t i = static_cast<std::size_t>(k) + 1; i < figs.size() && figs[i].sentence == kf.sentence; ++i) {
    const auto& g = figs[i];
    if (g.kind != FigureKind::Count) continue;
    if (g.in_table || g.approx != Approx::Exact || g.unit == kf.unit) return -1;
    if (!l.parts.empty() && g.unit != figs[static_cast<std::size_t>(l.parts.front())].unit) return -1;
    l.parts.push_back(static_cast<int>(i));
  }
  if (l.parts.empty() || !(kf.value == Decimal(static_cast<std::int64_t>(l.parts.size()), 0))) return -1;
  const auto& first = figs[static_cast<std::size_t>(l.parts.front())];
  auto gap = std::u32string_view(cx.doc.folded).substr(kf.end(), first.span.begin - kf.end());
  if (gap.find(U"其中") == std::u32string_view::npos || gap.find_first_of(U"。;") != std::u32string_view::npos) return -1;
  auto words = text::from_utf8(kf.label);
  int best = -1;
  std::size_t best_run = 0, second = 0;
  for (int cand : whole_candidates(cx, l)) {
    if (cand == k) continue;
    std::size_t run = common_run(words, text::from_utf8(cx.fig(cand).label));
    if (run > best_run) {
      if (best < 0 || !(cx.fig(cand).value == cx.fig(best).value)) second = best_run;
      best_run = run;
      best = cand;
    } else if (run > second && !(cx.fig(cand).value == cx.fig(best).value)) {
      second = run;
    }
  }
  if (best < 0 || best_run < 5 || second >= best_run) return -1;
  return best;
}

// An item sent to another body, not published by this one: 「主动向市政府办报送信息100余条」,
// 「被上级网站采用30余条」 — an aside a list of what was published may end with.
bool sent_elsewhere(std::string_view label) {
  for (std::string_view w : {"报送", "上报", "采用", "采纳", "向"})
    if (Regex::find_word(label, w) != std::string_view::npos) return true;
  return false;
}

// Whether a whole counts channels themselves rather than what they carry: a count of sites or
// accounts (个, 家) written right after the channel's name, "正常运行的政府网站,共39家",
// "政务新媒体共314个", "开通政务微博12个" — not "网站、微信共发布信息2483条".
bool counts_channels(Context& cx, int whole) {
  const auto& w = cx.fig(whole);
  if (w.unit != "个" && w.unit != "家") return false;
  const std::u32string_view f = cx.doc.folded;
  auto named_channel = [&](std::size_t i) {
    int skipped = 0;
    while (i > 0 && skipped < 4 && std::u32string_view(U" ,:共有计总为").find(f[i - 1]) != std::u32string_view::npos) --i, ++skipped;
    auto before = f.substr(0, i);
    for (std::u32string_view n : {U"网站", U"新媒体", U"微博", U"微信", U"公众号", U"客户端", U"账号"})
      if (before.ends_with(n)) return true;
    return false;
  };
  if (named_channel(w.span.begin)) return true;
  // "新增政务新媒体1个，注销3个，目前共计6个，其中…": a whole whose clause names nothing (目前共计)
  // goes on counting what the sentence's first count of its unit named.
  for (char32_t c : text::from_utf8(w.label))
    if (std::u32string_view(U"目前现共计有总累合截至止今年底为已").find(c) == std::u32string_view::npos) return false;
  int first = -1;
  for (int i = whole - 1; i >= 0 && cx.fig(i).sentence == w.sentence; --i)
    if (!cx.fig(i).in_table && cx.fig(i).unit == w.unit) first = i;
  return first >= 0 && named_channel(cx.fig(first).span.begin);
}

// 「告知其他途径3起」, 「告知通过其他途径获取5件」: a reply telling the applicant where to get the
// information, one of the results a request ends in, not a channel an item is carried through.
bool tells_other_route(std::string_view lab) { return lab.starts_with("告知"); }

// Whether list `l` is results of handling (two parts or more named by table 三's results) under a
// count of requests received (收到, 受理, 接收, 新收; not closed nor answered), and a count of last
// year's carry-over (上年结转, 结转上年, 上年度遗留) stated after the whole, in its sentence or the
// two after it under the same heading, in its unit, is `over`, what the results pass the whole by.
bool results_with_carry_over(const Context& cx, const FigureList& l, const Decimal& over) {
  const Figure& wf = cx.fig(l.whole);
  if (wf.in_table) return false;
  const std::string_view wl = wf.label;
  auto has = [](std::string_view s, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return s.find(w) != std::string::npos; });
  };
  if (!has(wl, {"收到", "受理", "接收", "接到", "新收"}) || has(wl, {"办结", "答复", "结转"})) return false;
  int results = 0;
  for (int p : l.parts)
    results += has(cx.fig(p).label, {"予以公开", "同意公开", "部分公开", "不予公开", "无法提供", "不予处理", "信息不存在", "其他处理"});
  if (results < 2) return false;
  for (std::size_t i = static_cast<std::size_t>(l.whole) + 1; i < cx.doc.figures.size(); ++i) {
    const Figure& g = cx.doc.figures[i];
    if (g.heading != wf.heading || g.sentence > wf.sentence + 2) break;
    if (g.in_table || g.kind != wf.kind || g.unit != wf.unit || g.approx != Approx::Exact) continue;
    if (has(g.label, {"下年", "下一年"})) continue;
    if (carried_over(g.label) && g.value == over) return true;
  }
  return false;
}

// Whether a list's parts may overlap: the words right after the last part say some items are
// counted more than once (同时在多个…, 同时涉及…, 重复计…, 已含在…, 属多个类别); or the parts are topics of requests (申请, 诉求,
// 来信…), each named by what it concerns (涉及…) or the list introduced so (主要涉及). Not kinds
// (从申请内容看，社会保险类11件，劳动关系类8件): a request is of one kind.
bool topics_may_overlap(const Context& cx, const FigureList& l) {
  const std::u32string_view f = cx.doc.folded;
  const std::uint32_t from = cx.fig(l.parts.back()).end();
  auto after = f.substr(from, std::min<std::size_t>(40, f.size() - from));
  after = after.substr(0, after.find_first_of(U"。\n"));
  // (「同时在多个栏目发布」 counts items again; 「同时在局档案室存档」 only keeps them.)
  const auto also = after.find(U"同时在");
  bool again = false;
  static constexpr std::u32string_view kSeveral[] = {U"多个", U"几个", U"两个", U"不同", U"多种", U"多处", U"各"};
  if (also != std::u32string_view::npos)
    for (std::u32string_view m : kSeveral) again = again || after.find(m, also) != std::u32string_view::npos;
  // (「部分信息属多个类别」: items filed under several categories.)
  static constexpr std::u32string_view kCountedAgain[] = {U"重复计", U"重复统计", U"同时涉及", U"同时属于", U"含在", U"已含", U"属多个", U"属于多个"};
  for (std::u32string_view w : kCountedAgain) again = again || after.find(w) != std::u32string_view::npos;
  if (again) return true;
  // (Topics of requests or cases only: an item of information published is filed under one,
  // 「主动公开信息533条,其中涉及焦点图片47条、工作动态452条、…」, 「其中涉及公共服务内容的信息506条,涉及管理的
  // 信息4条」 of 510.)
  std::string_view whole = cx.fig(l.whole).label;
  bool requests = false;
  for (std::string_view w : {"申请", "诉求", "来信", "咨询", "投诉", "举报", "建议", "提案"}) requests = requests || whole.find(w) != std::string_view::npos;
  if (!requests) return false;
  const bool concern = std::all_of(l.parts.begin(), l.parts.end(), [&](int p) {
    return past_zhong_intro(cx.fig(p).label).find("涉及") != std::string_view::npos;
  });
  if (concern) return true;
  std::u32string intro = text::from_utf8(l.intro);
  if (auto stop = intro.find_last_of(U"。;"); stop != std::u32string::npos) intro.erase(0, stop + 1);
  // (The words that open the list, in its own clause: 「…139条,主要涉及乡村振兴、…等方面内容,其中发布
  // 工作动态121条、…」 says what the items are about before a division by kind.)
  if (auto comma = intro.find_last_of(U",:"); comma != std::u32string::npos) intro.erase(0, comma + 1);
  return intro.find(U"涉及") != std::u32string::npos;
}

// Whether a part's words name a channel ("水利公报类信息30条" is a kind of information, not one).
bool names_channel(const Check& c, std::string_view label) {
  std::string_view lab = past_zhong_intro(label);
  return c.skip_parts->search(lab) && lab.find("类") == std::string_view::npos && !tells_other_route(lab);
}

// 「官方微博共累计发布微博120条，其中发布原创微博11条，转发微博109条」: parts that all name the
// one channel their whole is counted in, and no other, are kinds of what went through it (原创,
// 转发), each item of one kind, not channels that may carry an item again.
bool kinds_in_one_channel(const Context& cx, const FigureList& l) {
  static constexpr std::string_view channels[] = {"网站", "微博", "微信", "公众号", "新媒体", "客户端", "头条", "抖音", "视频号", "公报"};
  auto named = [](std::string_view label) {
    unsigned set = 0;
    for (std::size_t i = 0; i < std::size(channels); ++i)
      if (label.find(channels[i]) != std::string_view::npos) set |= 1u << i;
    return set;
  };
  const unsigned whole = named(cx.fig(l.whole).label);
  const unsigned first = l.parts.empty() ? 0 : named(past_zhong_intro(cx.fig(l.parts.front()).label));
  if (first == 0 || (first & ~whole) != 0) return false;
  return std::all_of(l.parts.begin(), l.parts.end(), [&](int p) { return named(past_zhong_intro(cx.fig(p).label)) == first; });
}

// 「其中政府文件19条，通知公告88条、建议提案8条、政府公报4条、政府工作报告2条、…其他信息397条」:
// in a list the rest closes, a part named by a channel's word alone (no verb of publishing)
// with kinds of information after it is one more kind (the gazette's items), not a channel
// that may count items again: channels carrying a list's items again come after its kinds.
bool kind_named_like_channel(const Context& cx, const Check& c, const FigureList& l) {
  if (!l.has_other || l.parts.size() < 4) return false;
  auto rest = [&](int p) {
    std::string_view lab = cx.fig(p).label;
    return lab.starts_with("其他") || lab.starts_with("其它") || lab.starts_with("其余");
  };
  auto channel = [&](int p) { return names_channel(c, cx.fig(p).label); };
  int kinds_after = 0;  // kinds (neither channel nor the rest) after the last channel seen, counted backwards
  bool any = false;
  for (auto it = l.parts.rbegin(); it != l.parts.rend(); ++it) {
    if (rest(*it)) continue;
    if (!channel(*it)) {
      ++kinds_after;
      continue;
    }
    std::string_view lab = cx.fig(*it).label;
    for (std::string_view verb : {"通过", "发布", "公开", "推送", "刊发", "刊登", "登载", "转载", "报送", "播发", "上传", "发送"})
      if (lab.find(verb) != std::string_view::npos) return false;
    if (kinds_after == 0) return false;
    any = true;
  }
  const std::size_t channels = static_cast<std::size_t>(std::count_if(l.parts.begin(), l.parts.end(), channel));
  return any && channels * 3 <= l.parts.size();
}

// Whether a part is named by a channel: "政府网站发布41条", "发布各类信息28条" via 微信; not
// "水利公报类信息30条", a kind of information.
bool channel_part(Context& cx, const Check& c, int p) {
  std::string lab(past_zhong_intro(cx.fig(p).label));
  for (std::size_t at; (at = lab.find("各类")) != std::string::npos;) lab.erase(at, std::string_view("各类").size());
  return c.skip_parts->search(lab) && lab.find("类") == std::string::npos && !tells_other_route(lab);
}

// Whether the parts of a 其中 list up to `part` are all channels in one run of the sentence: no
// semicolon or full stop before it, and no 另 (另通过微信公众号…) setting it beside the whole.
// "网站公开300条,其中政策文件20条,通过政务新媒体发布900条" goes on to a channel of its own.
bool channel_run(Context& cx, const Check& c, const FigureList& l, int part) {
  if (!c.skip_parts) return false;
  // (Nor when 其中 opens on a count in another unit that is no part: "网站公开信息43条,其中浏览量
  // 5200人次,通过政务微信公开信息285条" — the channel after it stands beside the whole.)
  if (const int next = l.whole + 1; !l.parts.empty() && next < l.parts.front()) {
    const auto& g = cx.fig(next);
    if (g.sentence == cx.fig(l.whole).sentence && !g.in_table && g.unit != cx.fig(l.whole).unit) return false;
  }
  for (int p : l.parts) {
    if (!channel_part(cx, c, p)) return false;
    if (p == part) break;
  }
  // (Nor a count for another period: "微信公众号累计发布1500条".)
  std::string_view words = cx.fig(part).label;
  if (words.find("另") != std::string_view::npos || words.find("累计") != std::string_view::npos) return false;
  // (A full stop may end the whole's sentence before the 其中 that opens the list.)
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t from = cx.fig(l.whole).end(), to = cx.fig(part).span.begin;
  if (to <= from) return false;
  auto gap = f.substr(from, to - from);
  std::uint32_t first = cx.fig(l.parts.front()).span.begin;
  // (Channels each after a semicolon, the list's own joint: 「主动公开73条,其中依托市政府网站公开
  // 73条;通过政务微信公开73条;通过公开栏公开73条」.)
  bool semicolon_run = true;
  for (std::size_t i = 1; i < l.parts.size() && semicolon_run; ++i) {
    std::uint32_t a = cx.fig(l.parts[i - 1]).end(), b = cx.fig(l.parts[i]).span.begin;
    auto between = b > a ? f.substr(a, b - a) : std::u32string_view();
    semicolon_run = between.find(U';') != std::u32string_view::npos && between.find(U'。') == std::u32string_view::npos;
    if (l.parts[i] == part) break;
  }
  semicolon_run = semicolon_run && l.parts.size() >= 3 && l.parts.front() != part;
  if (!semicolon_run && first < to && f.substr(first, to - first).find_first_of(U";。;") != std::u32string_view::npos) return false;
  if (!semicolon_run && gap.find(U';') != std::u32string_view::npos) return false;
  // (The words that lead into the part, 另 among them, are not in its label.)
  auto lead = gap.substr(gap.find_last_of(U",、") == std::u32string_view::npos ? 0 : gap.find_last_of(U",、"));
  return lead.find(U'另') == std::u32string_view::npos && lead.find(U"此外") == std::u32string_view::npos;
}

// The first of the parts that come before any channel in a list that goes on to channels, when
// it alone is larger than the whole (beyond rounding): a kind of the whole's items, not a channel
// that may count an item twice. Returns -1 when there is none.
// The parts of a 其中 list before its first channel (「…人事信息3条，微信公众号发布224条」), when
// that is not the first part, all exact and in the whole's sentence: kinds of information.
std::vector<int> kinds_before_channels(Context& cx, const Check& c, const FigureList& l) {
  std::vector<int> kinds;
  if (!c.skip_parts || !l.qizhong || l.whole < 0 || l.mixed_units) return {};
  for (int p : l.parts) {
    if (channel_part(cx, c, p)) return kinds;
    if (cx.fig(p).approx != Approx::Exact || cx.fig(p).sentence != cx.fig(l.whole).sentence) return {};
    // (Nor a part that may be a channel by other words: 「门户发布80条」「政务服务网50条」.)
    for (std::string_view w : {"网", "号", "门户", "抖音", "头条", "发布", "通过", "报刊", "电视", "广播", "栏", "屏", "公开栏", "APP", "app"})
      if (cx.fig(p).label.find(w) != std::string_view::npos) return {};
    kinds.push_back(p);
  }
  return {};  // no channel: not this case
}

// The first part of a run of channels (channel_run) larger than the whole (beyond rounding): not
// only the last part over it, which may be a kind after the channels (「主动公开信息19条，其中向政府
// 网站推送35条，涉及国资监管信息35条」: the channel alone passes the whole). -1 when there is none.
int channel_over_whole(Context& cx, const Check& c, const FigureList& l, const Decimal& limit) {
  for (int p : l.parts)
    if (cx.fig(p).value - rounding_slack(cx, p) > limit && channel_run(cx, c, l, p)) return p;
  return -1;
}

int kind_over_whole(Context& cx, const Check& c, const FigureList& l, const Decimal& limit) {
  if (!c.skip_parts) return -1;
  for (int p : l.parts) {
    if (channel_part(cx, c, p)) return -1;
    if (cx.fig(p).value - rounding_slack(cx, p) > limit) return p;
  }
  return -1;
}

// 「22条,其中人事信息2条,…部门财务信息3条(其中部门预算1条、部门决算1条),…其他信息5条」: a
// part with its own list of parts, in a list whose parts miss their whole by exactly what that
// part differs from its own parts' sum. Both relations then say the part is the slip, not the
// whole: the outer list reports it at the part. Returns the outer list's index, or -1. Only
// exact counts of lists no rule took (a rule's own findings name its figures).
int part_reconciles_outer(const Context& cx, const FigureList& inner, const Decimal& inner_sum) {
  const int p = inner.whole;
  if (p < 0 || inner.mixed_units || inner.left_out || cx.fig(p).approx != Approx::Exact || cx.fig(p).value == inner_sum) return -1;
  const int o = cx.list_of[p];
  if (o < 0) return -1;
  const auto& out = cx.doc.lists[static_cast<std::size_t>(o)];
  if (out.whole < 0 || out.whole == p || out.mixed_units || out.left_out || out.parts.size() < 2 || cx.claimed[out.whole]) return -1;
  auto exact = [&](int i) { return cx.fig(i).approx == Approx::Exact && rounding_slack(cx, i).is_zero() && !cx.claimed[i]; };
  if (!exact(out.whole)) return -1;
  for (int i : inner.parts)
    if (!exact(i)) return -1;
  Decimal so;
  for (int i : out.parts) {
    if (!exact(i)) return -1;
    so = so + cx.fig(i).total();
  }
  const Decimal& W = cx.fig(out.whole).value;
  if (so == W || !(so - cx.fig(p).total() + inner_sum == W)) return -1;
  return o;
}

// How a list's message names its items: 「其中」 only where the text says 其中 between the whole
// and its first item (「收到申请160条，机构职能类30条，…」 has none to quote).
std::string items_word(const Context& cx, const FigureList& l) {
  if (l.whole < 0 || l.parts.empty()) return "";
  const Figure& w = cx.fig(l.whole);
  const Figure& p = cx.fig(l.parts.front());
  const std::uint32_t from = w.end(), to = p.span.begin;
  if (to <= from || to - from > 400) return "";
  return cx.doc.folded.substr(from, to - from).find(U"其中") != std::u32string_view::npos ? "「其中」" : "";
}

// 「收到人大代表建议和政协委员提案共24件。其中，人大代表建议12件，政协提案12件」: a whole whose
// words name the kinds it counts, joined by 和、及、与 or 、, and a list with one part for each of
// them: each part's words hold two characters or more of one kind's that no other kind holds,
// and no two parts the same kind. The whole's own words say these are all it counts, so the parts
// must make it, as a list closed by 其他 must. (Not when a part names a level the whole's words do
// not, 「其中省人大代表建议5件」 of all levels' suggestions: the parts may be one level's only.)
bool parts_are_named_kinds(const Context& cx, const FigureList& l) {
  if (l.whole < 0 || l.parts.size() < 2 || l.parts.size() > 4 || l.left_out) return false;
  std::u32string w = text::from_utf8(cx.fig(l.whole).label);
  // (The words that end a whole's label without naming a kind: 「…提案共」「…提案合计为」.)
  for (bool cut = true; cut && !w.empty();) {
    cut = false;
    for (std::u32string_view end : {U"共计", U"合计", U"总计", U"总数", U"共", U"为", U"达", U"有", U"的"})
      if (std::u32string_view(w).ends_with(end)) {
        w.resize(w.size() - end.size());
        cut = true;
      }
  }
  auto joiner = [](char32_t ch) { return ch == U'和' || ch == U'及' || ch == U'与' || ch == U'、'; };
  auto cjk = [](char32_t ch) { return ch >= 0x4E00 && ch <= 0x9FFF; };
  // The kinds: the runs of Chinese characters the joiners separate, back from the label's end (the
  // first one taken to at most eight characters: what comes before it is the body and its verb).
  // (Only the label's last 64 characters are looked at: kinds are named right before the count.)
  if (w.size() > 64) w.erase(0, w.size() - 64);
  std::vector<std::u32string> kinds;
  std::size_t end = w.size();
  for (std::size_t i = w.size(); i-- > 0;) {
    if (joiner(w[i])) {
      // (A kind is a name of a few words; no more kinds than parts.)
      if (end - i - 1 < 2 || end - i - 1 > 12 || kinds.size() + 1 >= l.parts.size()) return false;
      kinds.push_back(w.substr(i + 1, end - i - 1));
      end = i;
    } else if (!cjk(w[i])) {
      break;
    }
  }
  if (kinds.empty() || kinds.size() + 1 != l.parts.size()) return false;
  std::size_t begin = end;
  while (begin > 0 && end - begin < 8 && cjk(w[begin - 1]) && !joiner(w[begin - 1])) --begin;
  if (end - begin < 2) return false;
  kinds.push_back(w.substr(begin, end - begin));
  for (const auto& k : kinds)
    for (char32_t ch : k)
      if (!cjk(ch)) return false;
  // Which kind a part's words name: the one holding a run of two characters or more of them
  // that no other kind holds; -1 when none or more than one does. `used`: the characters so matched.
  auto kind_of = [&](std::u32string_view part, std::vector<bool>& used) {
    int found = -1;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      bool named = false;
      for (std::size_t a = 0; a + 2 <= kinds[k].size() && !named; ++a)
        for (std::size_t n = kinds[k].size() - a; n >= 2 && !named; --n) {
          std::u32string_view run = std::u32string_view(kinds[k]).substr(a, n);
          bool own = true;
          for (std::size_t o = 0; o < kinds.size() && own; ++o) own = o == k || kinds[o].find(run) == std::u32string::npos;
          auto at = part.find(run);
          if (own && at != std::u32string_view::npos) {
            named = true;
            for (std::size_t q = at; q < at + n; ++q) used[q] = true;
          }
        }
      if (named) {
        if (found >= 0) return -1;
        found = static_cast<int>(k);
      }
    }
    return found;
  };
  std::vector<bool> taken(kinds.size(), false);
  const std::u32string whole_words = text::from_utf8(cx.fig(l.whole).label);
  // (Not parts that count what was done with the kinds, 「其中建议办结12件，提案办结15件」, when the
  // whole does not: they may be fewer.)
  auto done = [](std::string_view w) { return says_handled(w) || w.find("办复") != std::string_view::npos || w.find("完成") != std::string_view::npos; };
  if (!done(cx.fig(l.whole).label))
    for (int p : l.parts)
      if (done(cx.fig(p).label)) return false;
  // (Nor a list the text goes on to say leaves some out: 「…，其余为来访」「…，另有3件…」.)
  {
    const std::u32string_view f = cx.doc.folded;
    const std::uint32_t from = cx.fig(l.parts.back()).end();
    auto rest = f.substr(from, std::min<std::size_t>(f.size() - from, 80));
    rest = rest.substr(0, std::min(rest.find_first_of(U"。\n"), rest.size()));
    for (std::u32string_view w : {U"其余", U"其他", U"其它", U"另有", U"此外", U"还有", U"以及"})
      if (rest.find(w) != std::u32string_view::npos) return false;
  }
  for (int p : l.parts) {
    std::u32string part = text::from_utf8(cx.fig(p).label);
    std::vector<bool> used(part.size(), false);
    int k = kind_of(part, used);
    if (k < 0 || taken[static_cast<std::size_t>(k)]) return false;
    taken[static_cast<std::size_t>(k)] = true;
    for (std::size_t q = 0; q < part.size(); ++q)
      if (!used[q] && std::u32string_view(U"省市县区州镇乡村级").find(part[q]) != std::u32string_view::npos &&
          whole_words.find(part[q]) == std::u32string::npos)
        return false;
  }
  return true;
}

void run_list_breakdown(Context& cx, const Check& c) {
  bool any = false;
  const bool when_stated = other_when_stated(cx, c);
  // The list each figure is the whole of (the first, when it has several).
  std::vector<int> own_list(cx.doc.figures.size(), -1);
  for (std::size_t k = cx.doc.lists.size(); k-- > 0;)
    if (cx.doc.lists[k].whole >= 0) own_list[static_cast<std::size_t>(cx.doc.lists[k].whole)] = static_cast<int>(k);
  // Per figure, how many lists of which it is the whole have a part a rule took: counted once,
  // not by reading every list again for each (a text of thousands of divisions).
  auto takes_part = [&](const FigureList& o) { return std::any_of(o.parts.begin(), o.parts.end(), [&](int p) { return cx.claimed[p]; }); };
  std::vector<int> claimed_divisions(cx.doc.figures.size(), 0);
  for (const auto& o : cx.doc.lists)
    if (o.whole >= 0 && takes_part(o)) ++claimed_divisions[static_cast<std::size_t>(o.whole)];
  // A part of list `l` that its own parts and l's whole both say is wrong (part_reconciles_outer):
  // the part, its list, and its parts' sum; a finding of the outer list is reported there.
  struct SlipInPart {
    int part = -1;
    const FigureList* own = nullptr;
    Decimal sum;
  };
  auto slip_in_part = [&](const FigureList& l) {
    SlipInPart found;
    const int index = static_cast<int>(&l - cx.doc.lists.data());
    for (int q : l.parts) {
      int k = own_list[static_cast<std::size_t>(q)];
      if (k < 0 || k == index) continue;
      const auto& inner = cx.doc.lists[static_cast<std::size_t>(k)];
      Decimal sum;
      for (int i : inner.parts) sum = sum + cx.fig(i).total();
      if (part_reconciles_outer(cx, inner, sum) != index) continue;
      if (found.part >= 0) return SlipInPart{};  // two such parts: which one is not known
      found = {q, &inner, sum};
    }
    return found;
  };
  auto report_at_part = [&](const FigureList& l, const SlipInPart& s, Severity severity, const Decimal& S, int line) {
    const int p = s.part;
    Finding f;
    f.severity = severity;
    f.primary = cx.fig(p).span;
    f.message = fmt::format("{}一项 {} {} 与其分项之和 {} = {} 不符；按 {} 计，它所属的各项之和正好等于总数 {}", items_word(cx, l), describe(cx.fig(p)),
                            cx.val(p), join_values(cx, s.own->parts), s.sum.str(), s.sum.str(), cx.val(l.whole));
    f.expected = s.sum.str();
    f.actual = cx.fig(p).value.str();
    f.suggestion = fmt::format("改为 {} 后，它的分项与它所属的总数都相符（现在各项之和为 {}）", s.sum.str(), S.str());
    f.related.push_back({cx.fig(l.whole).span, "总数 " + cx.val(l.whole)});
    for (int i : s.own->parts) f.related.push_back({cx.fig(i).span, describe(cx.fig(i)) + " " + cx.val(i)});
    for (int i : l.parts)
      if (i != p) f.related.push_back({cx.fig(i).span, describe(cx.fig(i)) + " " + cx.val(i)});
    cx.fail(c, std::move(f), line);
  };
  for (const auto& l : cx.doc.lists) {
    if (l.whole < 0) continue;
    any = true;
    int line = cx.fig(l.whole).line;
    // (A list dividing one of a rule's parts in its own sentence, "不予公开3件(其中信息不存在2件,
    // …)", is not that rule's division: its whole was only a part there.)
    bool divides_part = !cx.claimed_whole[l.whole] && !l.parts.empty() && cx.fig(l.parts.front()).sentence == cx.fig(l.whole).sentence;
    // (Nor is a second division of a whole, "…;按申请人分:公民29件,企业2件", when the rule took
    // the other one's parts.)
    // (Nor when the rule took parts stated elsewhere and none of these: "主动公开27942条,其中机构
    // 职能类…其他类…" is a division by kind, and the channels the rule adds up come after it.)
    const bool own_taken = takes_part(l);
    bool other_division = claimed_divisions[static_cast<std::size_t>(l.whole)] > (own_taken ? 1 : 0) ||
                          (cx.claimed_whole[l.whole] && !own_taken);
    bool claimed = (cx.claimed[l.whole] && !divides_part && !other_division) || own_taken;
    if (claimed) {
      cx.skip(c, "checked by a more specific rule", line);
      continue;
    }
    // (A run with shares whose sentence names its whole with 在…中 is the share check's: when it
    // reported the parts against the stated total, that is the one finding of the slip.)
    if (const auto li = static_cast<std::size_t>(&l - cx.doc.lists.data());
        l.zhong_shares && li < cx.total_reported.size() && cx.total_reported[li]) {
      cx.skip(c, "the share check reports the parts against the stated total", line);
      continue;
    }
    // Parts that may overlap (channels) are checked only for falling short, unless the text
    // states their sum (共计).
    bool overlap = false, approx = false;
    // (What arrives through channels — applications, complaints, letters — arrives through one.)
    std::string_view whole_words = cx.fig(l.whole).label;
    bool intake = false;
    for (std::string_view v : {"收到", "接到", "受理", "举报", "投诉", "申请", "来信", "来电"})
      intake = intake || whole_words.find(v) != std::string_view::npos;
    if (c.skip_parts && !l.sums && !intake)
      for (int p : l.parts) overlap = overlap || names_channel(c, cx.fig(p).label);
    // "政务新媒体共314个,其中微信公众号218个,新浪微博67个": the whole counts the channels
    // themselves (accounts, sites), not items carried through them; a site or an account is of
    // one kind only, so the parts divide the whole.
    if (overlap && counts_channels(cx, l.whole)) overlap = false;
    if (overlap && kind_named_like_channel(cx, c, l)) overlap = false;
    if (overlap && kinds_in_one_channel(cx, l)) overlap = false;
    if (divides_other_total(cx, c, l, when_stated)) {
      cx.skip(c, "the parts divide another total than the one before them (other_total)", line);
      continue;
    }
    // 「发布127篇，其中统计分析40余篇，各类统计信息164篇」: beside a part given as approximate the
    // exact ones are still parts, and such a list is held only to their not exceeding its whole, by
    // one part or together. (Not the lower bound of an N余 part: such an item is often an aside the
    // list goes on to, 「…更新目录50条，主动向市政府办报送信息100余条」, not a part of the whole.)
    for (int p : l.parts) approx = approx || cx.fig(p).approx != Approx::Exact;
    auto bounded = [&](int p) { return cx.fig(p).approx == Approx::Exact; };
    const Decimal& W = cx.fig(l.whole).value;
    Decimal S;
    const Decimal whole_slack = rounding_slack(cx, l.whole);
    Decimal slack = whole_slack;
    int biggest = -1;
    for (int p : l.parts) {
      if (!bounded(p)) continue;
      Decimal part_slack = rounding_slack(cx, p);
      S = S + cx.fig(p).total();
      slack = slack + part_slack;
      if (cx.fig(p).value - part_slack > W + whole_slack) biggest = p;
    }
    // "共收到申请25件,上年度遗留2件,其中办结24件,结转下年度3件": a 其中 after last year's
    // carry-over, itself added to the count before it, divides their sum, which is not stated;
    // so does one after words saying all the counts before it in the sentence are alike
    // ("复议案件2件,诉讼案件1件,均已审结,其中复议维持2件,…").
    Decimal together = W;  // the whole with the counts before it the parts divide as well
    int before = 0;
    std::vector<int> joint{l.whole};
    if (biggest >= 0) {
      const auto& wf = cx.fig(l.whole);
      std::string_view wl = wf.label;
      bool carried = carried_over(wl);
      const std::u32string_view f = cx.doc.folded;
      std::uint32_t to = cx.fig(l.parts.front()).span.begin;
      auto gap = to > wf.end() ? f.substr(wf.end(), to - wf.end()) : std::u32string_view();
      bool all = (gap.find(U'均') != std::u32string_view::npos || gap.find(U"全部") != std::u32string_view::npos ||
                  gap.find(U'都') != std::u32string_view::npos) &&
                 gap.find_first_of(U"。;") == std::u32string_view::npos;
      // (Or results of handling after the counts of requests by channel: 「网上申请8件，当面申请2件，
      // 办理结果中，其中7件为予以公开，4件为不予公开」 divide the 8 + 2 requests, not the last channel's.)
      const bool channels = !carried && !all && names_application_channel(wl) &&
                            std::all_of(l.parts.begin(), l.parts.end(), [&](int p) { return names_handling_result(cx.fig(p).label); });
      // (Or outcomes naming no kind of case after a review count and a suit count: 「行政复议4件，行政
      // 诉讼2件，其中维持3件，纠错1件，尚未审结3件」 divide the 6 cases; the one before must be of the
      // other kind.)
      const bool cases = !carried && !all && !channels && case_kind(wl) != 0 &&
                         std::none_of(l.parts.begin(), l.parts.end(), [&](int p) { return case_kind(cx.fig(p).label) != 0; });
      for (int i = l.whole - 1; (carried || all || channels || cases) && i >= 0 && cx.fig(i).sentence == wf.sentence; --i) {
        const auto& g = cx.fig(i);
        if (g.in_table || g.kind != wf.kind) continue;
        // (「收到申请8件，较上年增加3件，上年结转1件，已全部按期办结，其中…」: a change is no count of the sum.)
        if (label_states_change(g.label)) continue;
        if (g.unit != wf.unit || g.approx != Approx::Exact || (channels && !names_application_channel(g.label))) break;
        if (cases && (case_kind(g.label) == 0 || case_kind(g.label) == case_kind(wl) || cx.list_of[i] >= 0 ||
                      f.substr(g.end(), wf.span.begin - g.end()).find_first_of(U"。;") != std::u32string_view::npos))
          break;
        together = together + g.value;
        ++before;
        joint.insert(joint.begin(), i);
        if (carried || cases) break;
      }
      if (before > 0 && !(S > together)) {
        cx.skip(c, "the parts divide the counts before them in the sentence together, a sum not stated", line);
        continue;
      }
      // (「…办结67件，结转下年度继续办理9件；其中予以公开23件、部分公开6件」: a 其中 opening a clause
      // after a semicolon may divide an earlier count of its sentence, one that holds them all.)
      bool earlier = false;
      for (int i = l.whole - 1; gap.find(U';') != std::u32string_view::npos && i >= 0 && cx.fig(i).sentence == wf.sentence && !earlier; --i)
        earlier = !cx.fig(i).in_table && cx.fig(i).kind == wf.kind && cx.fig(i).unit == wf.unit && !(S > cx.fig(i).value);
      if (earlier) {
        cx.skip(c, "after a semicolon the parts may divide an earlier count of the sentence, which holds them", line);
        continue;
      }
    }
    // 「涉及行政复议4件，行政诉讼2件，其中复议维持2件，其他结果2件，诉讼尚未审结2件」: a 其中 right
    // after a count of reviews and one of suits (either first) divides the two together; parts
    // that make their sum fit.
    if (S > W && !cx.fig(l.whole).in_table) {
      const auto& wf = cx.fig(l.whole);
      bool both = false;
      for (int i = l.whole - 1; i >= 0 && cx.fig(i).sentence == wf.sentence; --i) {
        const auto& g = cx.fig(i);
        if (g.in_table || g.kind != wf.kind) continue;
        both = g.unit == wf.unit && g.approx == Approx::Exact && case_kind(g.label) != 0 && case_kind(wf.label) != 0 &&
               case_kind(g.label) != case_kind(wf.label) && S == W + g.value;
        break;
      }
      if (both) {
        cx.pass(c, line);
        continue;
      }
    }
    // (「共公开信息35条，更新1条，其中…」: parts that pass the whole by a count stated between them
    // divide the two together.)
    if (S > W && !approx && adds_between(cx, l, S - W)) {
      cx.skip(c, "a count stated between the total and the parts is their difference", line);
      continue;
    }
    // Rounded figures (808.06万 against 166.70万 + 32.63万 + 608.74万) agree within their slack.
    bool within_slack = !slack.is_zero() && (S > W ? S - W : W - S) <= slack;
    const bool named_kinds = !overlap && !exhaustive(cx, l) && !l.at_most && parts_are_named_kinds(cx, l);
    bool exh = (exhaustive(cx, l) || named_kinds) && !l.mixed_units;
    Finding f;
    f.related.push_back({cx.fig(l.whole).span, "总数 " + cx.val(l.whole)});
    if (shares_of_another_measure(cx, l, l.whole, S)) {
      cx.pass(c, line);
      continue;
    }
    if (approx) {
      // (A part written with 余 or 多, 「1600余条」, is at least its value: the sum of the exact parts
      // and those lower bounds is what the list holds at least.)
      // (Not against a whole that is itself a lower bound or an estimate, 「8700余条」.)
      Decimal least = S;
      const Approx wa = cx.fig(l.whole).approx;
      for (int p : l.parts)
        if (cx.fig(p).approx == Approx::AtLeast && (wa == Approx::Exact || wa == Approx::AtMost) && !sent_elsewhere(cx.fig(p).label))
          least = least + cx.fig(p).total();
      const bool over = biggest < 0 && l.parts.size() >= 2 && least > W + slack && !l.mixed_units && !l.sums && !topics_may_overlap(cx, l) &&
                        !results_with_carry_over(cx, l, least - W);
      if (overlap || (biggest < 0 && !over)) {
        cx.skip(c, "parts are approximate", line);
        continue;
      }
      if (over) {
        std::vector<int> known;
        for (int p : l.parts)
          if (bounded(p) || cx.fig(p).approx == Approx::AtLeast) known.push_back(p);
        f.severity = Severity::Warning;
        f.primary = cx.fig(l.whole).span;
        f.message = least > S ? fmt::format("{}各项之和至少 {} = {}（「余」「多」按所写之数计），已超过总数 {}", items_word(cx, l),
                                            join_values(cx, known), least.str(), cx.val(l.whole))
                              : fmt::format("{}各项中确数之和 {} = {} 已超过总数 {}（约数未计）", items_word(cx, l), join_values(cx, known),
                                            S.str(), cx.val(l.whole));
        f.expected = "≥ " + least.str();
        f.actual = W.str();
        for (int p : known) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
        cx.fail(c, std::move(f), line);
        continue;
      }
    }
    // "共收到申请465件,其中…1件、…8件、…34件、…56件、…362件" (464): a 其中 list may leave out
    // parts, but parts of a whole of fifty or more that miss it by exactly one are almost always
    // a slip (an item left out would have been that single one). Two parts as well as more:
    // "新增目录2174条,其中主动公开目录1938条,依申请公开目录235条" (2173); channels as well as
    // kinds ("其中政府网站公开1204条,政务微博公开95条" of 1300): what they count again only makes
    // their sum larger. A warning.
    // (Also the kinds a list names before it goes on to channels, which divide the whole as a
    // list by kind does: 「主动公开172条，其中工作动态91条，…人事信息3条，微信公众号发布224条」.)
    // (A channel after those kinds may carry more than the whole: only the kinds are held to it.)
    // A warning at the whole that its parts miss it by exactly one, either way.
    auto off_by_one = [&](const std::vector<int>& parts, const Decimal& sum, std::string message, std::string suggestion) {
      f.severity = Severity::Warning;
      f.related.resize(1);
      f.primary = cx.fig(l.whole).span;
      f.message = std::move(message);
      f.expected = sum.str();
      f.actual = W.str();
      f.suggestion = std::move(suggestion);
      for (int p : parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(c, std::move(f), line);
    };
    auto one_short_of = [&](const std::vector<int>& parts, const Decimal& sum, const char* what) {
      if (exh || !l.qizhong || l.at_most || parts.size() < 2 || l.shares || within_slack || (biggest >= 0 && parts.size() == l.parts.size()) ||
          W < Decimal(50, 0) ||
          !(sum + Decimal(1, 0) == W) || says_partial(cx, l.whole, parts.front(), parts.back()) || some_website_kinds(cx, parts) ||
          rest_stated_after(cx, l.whole, parts.back(), W - sum, false) ||
          // (the rest of the kinds said after the channels that follow them: 「…人事信息3条，微信
          // 公众号发布224条，另有1条为依申请转主动公开」)
          (parts.back() != l.parts.back() && rest_stated_after(cx, l.whole, l.parts.back(), W - sum, false)))
        return false;
      off_by_one(parts, sum, fmt::format("{}{}之和 {} = {} 比总数 {} 只少 1", items_word(cx, l), what, join_values(cx, parts), sum.str(), cx.val(l.whole)),
                 fmt::format("若各项已列全，总数应为 {} 或某一项少计了 1；若另有一项未列出，可写明", sum.str()));
      return true;
    };
    auto one_short = [&] { return one_short_of(l.parts, S, "各项"); };
    // 「主动公开19108条，其中政府网站12724条，政务新媒体4822条，查阅点674条，其他方式889条」 (19109):
    // channels may count an item again, but a complete list (其他 closing it) past a whole of fifty
    // or more by exactly one mirrors the one short above — a slip more likely than an overlap of one
    // item. (A list without 其他 may leave a channel out and overlap by one: not held to it.) A warning.
    auto one_over = [&] {
      if (!exh || !l.qizhong || l.parts.size() < 2 || l.shares || within_slack || biggest >= 0 || W < Decimal(50, 0) ||
          !(W + Decimal(1, 0) == S))
        return false;
      off_by_one(l.parts, S,
                 fmt::format("{}各项之和 {} = {} 比总数 {} 只多 1；分项已列全（含「其他」），重复计数很少正好是 1 条", items_word(cx, l), join_values(cx, l.parts), S.str(),
                             cx.val(l.whole)),
                 fmt::format("若各项互不重复，总数应为 {} 或某一项多计了 1", S.str()));
      return true;
    };
    if (overlap) {
      // "其中通知公告30条、政府公报4条、其他信息20条" of 100: items counted in several channels
      // can only make the sum larger than the whole; a complete list (with 其他) below it is
      // missing something.
      if (biggest < 0 && exh && !l.shares && l.parts.size() >= 2 && S < W && !within_slack &&
          !rest_stated_after(cx, l.whole, l.parts.back(), W - S, true)) {
        f.severity = Severity::Warning;
        f.primary = cx.fig(l.whole).span;
        f.message = fmt::format("分项（含「其他」）之和 {} = {} 小于总数 {}；分项即使有重复计数也只会偏大", join_values(cx, l.parts), S.str(),
                                cx.val(l.whole));
        f.expected = "≤ " + S.str();
        f.actual = W.str();
        f.suggestion = fmt::format("核对总数 {} 与各项：各项之和{}", cx.val(l.whole), gap_words(W, S));
        for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
        cx.fail(c, std::move(f), line);
      } else if (const int over = biggest < 0 ? -1 : channel_over_whole(cx, c, l, W + whole_slack); over >= 0) {
        // "主动公开382条,其中政府网站35条,…微信公众号2443条": an item counted in several
        // channels is still one item; no channel can carry more than all of them.
        f.severity = Severity::Warning;
        f.primary = cx.fig(over).span;
        f.message = fmt::format("{}一项 {} {} 大于它所属的总数 {}；各渠道即使有重复计数，单一渠道也不会多于总数", items_word(cx, l), describe(cx.fig(over)),
                                cx.val(over), cx.val(l.whole));
        f.expected = "≤ " + W.str();
        f.actual = cx.fig(over).value.str();
        cx.fail(c, std::move(f), line);
      } else if (int kind = kind_over_whole(cx, c, l, W + whole_slack); kind >= 0) {
        // "通过门户网站公开信息43条,其中规范性文件50条,通过政务微信等公开285条": the kinds
        // right after 其中, before the list goes on to channels, are parts of the whole.
        f.severity = Severity::Error;
        f.primary = cx.fig(kind).span;
        f.message = fmt::format("{}一项 {} {} 大于它所属的总数 {}", items_word(cx, l), describe(cx.fig(kind)), cx.val(kind), cx.val(l.whole));
        f.expected = "≤ " + W.str();
        f.actual = cx.fig(kind).value.str();
        cx.fail(c, std::move(f), line);
      } else if (const auto kinds = kinds_before_channels(cx, c, l); kinds.size() >= 2) {
        // 「主动公开政府信息172条，其中工作动态91条，通知公告19条，…人事信息3条，微信公众号发布224条」:
        // the kinds before the list goes on to a channel divide the whole (a piece of information is of
        // one kind); only what the channel carries may count some of them again.
        Decimal K, kslack;
        for (int p : kinds) {
          K = K + cx.fig(p).total();
          kslack = kslack + rounding_slack(cx, p);
        }
        if (K - kslack > W + whole_slack) {
          f.severity = Severity::Warning;
          f.primary = cx.fig(l.whole).span;
          f.message = fmt::format("{}各类之和 {} = {} 超过总数 {}（其后按渠道所计的不在其内）", items_word(cx, l), join_values(cx, kinds), K.str(), cx.val(l.whole));
          f.expected = "≥ " + K.str();
          f.actual = W.str();
          for (int p : kinds) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
          cx.fail(c, std::move(f), line);
        } else if (!one_short_of(kinds, K, "各类（其后按渠道所计的不在其内）")) {
          cx.skip(c, "parts may overlap", line);
        }
      } else if (!one_short() && !one_over()) {
        cx.skip(c, "parts may overlap", line);
      }
      continue;
    }
    if (biggest >= 0) {
      f.severity = Severity::Error;
      f.primary = cx.fig(biggest).span;
      f.message = fmt::format("{}一项 {} {} 大于它所属的总数 {}", items_word(cx, l), describe(cx.fig(biggest)), cx.val(biggest), cx.val(l.whole));
      // "收到59件,上年度结转2件,其中结转7件,其余55件": the parts divide 59 + 2 together, and
      // their sum is what passes it.
      if (before > 0) {
        f.message = fmt::format("{}各项之和 {} = {} 超过它所分的 {} = {}", items_word(cx, l), join_values(cx, l.parts), S.str(), join_values(cx, joint),
                                together.str());
        f.expected = "≤ " + together.str();
        f.actual = S.str();
        f.related.clear();  // (each count the parts divide, not the last alone as the total)
        for (int q : joint) f.related.push_back({cx.fig(q).span, describe(cx.fig(q)) + " " + cx.val(q)});
        for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
        cx.fail(c, std::move(f), line);
        continue;
      }
      f.expected = "≤ " + W.str();
      f.actual = cx.fig(biggest).value.str();
      cx.fail(c, std::move(f), line);
      continue;
    }
    // (「其中线上申请35件，线下申请24件，另有1件为上级机关转办」: the one more it names after it.)
    if (exh && S < W && !within_slack && rest_stated_after(cx, l.whole, l.parts.back(), W - S, true)) {
      cx.pass(c, line);
      continue;
    }
    // 「受理申请5件。其中，1件为已主动公开；4件为本机关不掌握，2件为不属于本机关公开、2件为信息不存在」:
    // two or more items joined by 、 right after a part that make it exactly divide that part, not
    // the whole, when without them the parts make the whole exactly. (One linear pass per part.)
    auto divides_a_part = [&]() {
      if (!(S > W) || l.parts.size() < 3 || within_slack) return false;
      const std::u32string_view f(cx.doc.folded);
      for (std::size_t k = 0; k + 2 < l.parts.size(); ++k) {
        const Decimal part = cx.fig(l.parts[k]).total();
        if (part.is_zero()) continue;
        Decimal run;
        for (std::size_t j = k + 1; j < l.parts.size() && !(run > part); ++j) {
          if (j >= k + 2) {
            const std::uint32_t from = cx.fig(l.parts[j - 1]).end(), to = cx.fig(l.parts[j]).span.begin;
            if (from >= to) break;
            const auto gap = f.substr(from, to - from);
            if (gap.find(U'、') == std::u32string_view::npos || gap.find_first_of(U",;。:") != std::u32string_view::npos) break;
          }
          run = run + cx.fig(l.parts[j]).total();
          if (j >= k + 2 && run == part && S - run == W) return true;
        }
      }
      return false;
    };
    if (exh && divides_a_part()) {
      cx.skip(c, "the items right after a part make it exactly: they divide that part, and the others make the whole", line);
      continue;
    }
    if (exh && !(S == W) && !within_slack) {
      // One part contradicted by its own share, which reconciles the list: the share check
      // reports that count; a second finding here would name the whole instead.
      auto slip = std::find_if(l.parts.begin(), l.parts.end(), [&](int p) { return count_from_share(cx, p, S, W, true).has_value(); });
      if (slip != l.parts.end()) {
        cx.skip(c, fmt::format("the share check reports the miscounted part at line {}", cx.fig(*slip).line), line);
        continue;
      }
      if (auto s = slip_in_part(l); s.part >= 0) {
        report_at_part(l, s, c.severity, S, cx.fig(s.part).line);
        continue;
      }
      // Every share is a share of the parts' sum: the share check reports the unreached total
      // (unless they fit the total as well: 18 short of 796,934 moves no share).
      if (l.shares && l.parts.size() >= 2 && list_fits(cx, l, S, true) && !list_fits(cx, l, W, true)) {
        cx.skip(c, "the share check reports that the shares are of the parts' sum, not of the total", line);
        continue;
      }
      // Every other part's share is of the stated whole: the part without one is the miscount.
      if (const auto off = bare_part_off(cx, l, S, W)) {
        const auto& [bare, v] = *off;
        f.severity = c.severity;
        f.related.clear();
        f.primary = cx.fig(bare).span;
        f.message = fmt::format("分项（{}）之和 {} = {}，与总数 {} 不符；其余各项的占比都是按总数 {} 计算的，未注占比的一项 {} {} 应为 {}",
                                l.has_other || l.shares ? "含「其他」或占比合计 100%" : "各项已列全", join_values(cx, l.parts), S.str(), cx.val(l.whole),
                                W.str(), describe(cx.fig(bare)), cx.val(bare), v.str());
        f.expected = v.str();
        f.actual = cx.fig(bare).value.str();
        f.suggestion = fmt::format("改为 {} 后各项之和等于总数 {}", v.str(), W.str());
        f.related.push_back({cx.fig(l.whole).span, "总数 " + cx.val(l.whole)});
        for (int p : l.parts)
          if (p != bare) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
        cx.fail(c, std::move(f), cx.fig(bare).line);
        continue;
      }
      f.severity = c.severity;
      f.related.clear();
      f.primary = cx.fig(l.whole).span;
      if (auto list = list_below(cx, l.whole, l.parts)) {
        f.primary = *list;
        f.related.push_back({cx.fig(l.whole).span, "总数 " + cx.val(l.whole)});
        line = static_cast<int>(cx.doc.at(list->begin).line);
      }
      f.message = l.sums ? fmt::format("各项之和 {} = {}，与其后所述合计 {} 不符", join_values(cx, l.parts), S.str(), cx.val(l.whole))
                         : fmt::format("分项（{}）之和 {} = {}，与总数 {} 不符",
                                       l.has_other || l.shares ? "含「其他」或占比合计 100%" : named_kinds ? "总数所述的各类" : "本年新收与上年结转", join_values(cx, l.parts), S.str(),
                                       cx.val(l.whole));
      // 「全年共办结33件，其中，予以公开14件，…，告知补正6件，剩余2件结转下一年度办理」: the rest carried on
      // to next year is none of the requests closed; the message sums the closed ones alone.
      f.expected = S.str();
      f.actual = W.str();
      f.suggestion = fmt::format("若各项无误，总数应为 {}；若总数无误，各项之和{}", S.str(), gap_words(W, S));
      bool rest_carried_on = false;
      if (!l.sums && l.parts.size() >= 3 && std::string_view(cx.fig(l.whole).label).find("办结") != std::string_view::npos) {
        const auto& last = cx.fig(l.parts.back());
        const std::string_view ll = last.label;
        if ((ll.ends_with("剩余") || ll.ends_with("其余")) && std::string_view(last.after).starts_with("结转") && last.approx == Approx::Exact) {
          std::vector<int> closed(l.parts.begin(), l.parts.end() - 1);
          const Decimal done = S - last.total();
          rest_carried_on = done == W;
          f.message = fmt::format("办结的各项之和 {} = {}，与总数 {} 不符（{} {} 结转下年度，不在办结之列）", join_values(cx, closed), done.str(),
                                  cx.val(l.whole), describe(last), cx.val(l.parts.back()));
          f.expected = done.str();
          f.suggestion = fmt::format("若各项无误，总数应为 {}；若总数无误，各项之和{}", done.str(), gap_words(W, done));
        }
      }
      if (rest_carried_on) {
        cx.pass(c, line);
        continue;
      }
      for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(c, std::move(f), line);
      continue;
    }
    // 「主动公开信息2130条。其中,…解读信息共90条,征集调查11期,在线访谈2期,以及…其他信息2027条」:
    // a list the rest (其他…) closes divides its whole whatever measure each item is counted in;
    // the rest is what is left once every item named is taken out. Either the items of the
    // whole's measure make it (the others counted apart) or all of them do (90+11+2+2027 =
    // 2130); when neither does and all of them come within a tenth of it, as a slip would leave
    // them, one of the figures is miscounted. A warning: which items the whole counts is read.
    if (!exh && l.mixed_units && l.has_other && !l.left_out && !l.other_units.empty() && l.parts.size() >= 2 && !within_slack &&
        !(S == W) && l.other_units.back() < l.parts.back() && rounding_slack(cx, l.whole).is_zero()) {
      Decimal all = S;
      bool exact = true;
      for (int q : l.other_units) {
        all = all + cx.fig(q).total();
        exact = exact && cx.fig(q).approx == Approx::Exact && rounding_slack(cx, q).is_zero() && !cx.fig(q).in_table;
      }
      for (int p : l.parts) exact = exact && cx.fig(p).approx == Approx::Exact && rounding_slack(cx, p).is_zero();
      // (Every number among the items must be one of them: 「…解读材料30篇，图片新闻7幅，其他291条」
      // names an item in a measure no count is read in, and with it they make the whole.)
      std::vector<int> items(l.parts);
      items.insert(items.end(), l.other_units.begin(), l.other_units.end());
      std::sort(items.begin(), items.end());
      {
        const std::u32string_view txt = cx.doc.folded;
        const std::uint32_t from = cx.fig(items.front()).span.begin, to = cx.fig(l.parts.back()).end();
        for (std::uint32_t i = from; exact && i < to; ++i) {
          if (txt[i] < U'0' || txt[i] > U'9') continue;
          exact = std::any_of(items.begin(), items.end(), [&](int q) { return cx.fig(q).span.begin <= i && i < cx.fig(q).end(); });
        }
      }
      // 「…政策文件50件，在线访谈2期，回应网民关切30条，其他348条」 (of 1000): an item that is
      // an activity the unit reported, not information it published, stands among the parts;
      // when the others make the whole exactly, that one item is what the whole leaves out
      // (an item of 10 or more, never the rest itself: a slip rarely equals such an item).
      const bool one_apart = exact && std::any_of(items.begin(), items.end(), [&](int q) {
        const Figure& g = cx.fig(q);
        return g.total() >= Decimal(10, 0) && g.label.find("其他") == std::string::npos && g.label.find("其余") == std::string::npos &&
               all - g.total() == W;
      });
      if (exact && !one_apart && !(all == W) && within_tenth(all, W)) {
        f.severity = Severity::Warning;
        f.primary = cx.fig(l.whole).span;
        f.message = fmt::format("分项（含「其他」，计量单位不一）之和 {} = {}，与总数 {} 不符（只计{}的各项为 {}）", join_values(cx, items), all.str(),
                                cx.val(l.whole), cx.fig(l.whole).unit, S.str());
        f.expected = all.str();
        f.actual = W.str();
        f.suggestion = fmt::format("核对总数 {} 与各项：所列各项之和{}", cx.val(l.whole), gap_words(W, all));
        for (int p : items) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
        cx.fail(c, std::move(f), line);
        continue;
      }
    }
    // "累计公开10220条,其中政务动态4792条,目录信息5403条,新开设专栏6个,发布解读信息44条,
    // 回应热点1次,注册用户8527人…": once a count of another measure stands among the parts, the
    // run is a list of assorted indicators, and the items after it are not known to divide the
    // whole; only the parts before it are held to not exceeding it.
    if (!exh && S > W && l.mixed_units && l.before_mixed < l.parts.size()) {
      Decimal first;
      for (std::size_t i = 0; i < l.before_mixed; ++i) first = first + cx.fig(l.parts[i]).total();
      if (!(first > W + slack)) {
        cx.skip(c, "the parts after a count of another measure are assorted indicators, not known to divide the whole", line);
        continue;
      }
    }
    // 「答复36件,同意公开20件,占55.6%,其中当场答复8件;不予公开4件;信息不存在12件」: the items
    // after a semicolon that make, with the whole, a count before it in its sentence (20+4+12 =
    // 36) are the whole's siblings; the part's 其中 ended at the semicolon.
    if (!exh && S > W && l.parts.size() >= 2 && !cx.fig(l.whole).in_table) {
      const auto& wf = cx.fig(l.whole);
      bool siblings = false;
      for (std::size_t k = 1; k < l.parts.size() && !siblings; ++k) {
        std::uint32_t from = cx.fig(l.parts[k - 1]).end(), to = cx.fig(l.parts[k]).span.begin;
        if (from >= to || std::u32string_view(cx.doc.folded).substr(from, to - from).find(U';') == std::u32string_view::npos) continue;
        Decimal before, after = W;
        for (std::size_t i = 0; i < k; ++i) before = before + cx.fig(l.parts[i]).total();
        for (std::size_t i = k; i < l.parts.size(); ++i) after = after + cx.fig(l.parts[i]).total();
        if (before > W) break;
        for (int i = l.whole - 1; i >= 0 && cx.fig(i).sentence == wf.sentence && !siblings; --i) {
          const auto& g = cx.fig(i);
          siblings = !g.in_table && g.kind == wf.kind && g.unit == wf.unit && g.approx == Approx::Exact && g.value == after;
        }
      }
      if (siblings) {
        cx.skip(c, "the items after a semicolon make, with the whole, a count before it: they are its siblings", line);
        continue;
      }
    }
    // 「收到申请37件，均已答复，其中予以公开30件，…信息不存在4件。上年结转的2件申请已在本年办结。」:
    // results of handling under a count received hold last year's carry-over too, when a count of
    // it stated after the whole (up to two sentences on) makes up exactly what they pass it by.
    if (!exh && S > W && results_with_carry_over(cx, l, S - W)) {
      cx.skip(c, "the results of handling hold last year's carry-over, stated after the count received", line);
      continue;
    }
    // (Topics may overlap, one request or item concerning several: 「全年收到申请45件，主要包括涉及征地
    // 拆迁20件、涉及规划建设15件、涉及社会保障12件」; so may items the text says are counted again,
    // 「…党建信息25条（部分信息同时在多个栏目发布）」.)
    if (!exh && S > W && topics_may_overlap(cx, l)) {
      cx.skip(c, "the parts are topics, which may overlap", line);
      continue;
    }
    // 「发布各类信息1200条，其中工作动态类900条，政务公开类300条，主动公开政府办文件12份」: the parts
    // counted in the whole's own measure make it exactly; those in another (documents in 份 or 件
    // among pieces of information in 条) count something else done, not more of the same items.
    if (!exh && S > W && l.parts.size() >= 3) {
      const std::string& wu = cx.fig(l.whole).unit;
      Decimal own;
      std::size_t n_own = 0;
      for (int p : l.parts)
        if (cx.fig(p).unit == wu) {
          own = own + cx.fig(p).total();
          ++n_own;
        }
      if (n_own >= 2 && n_own < l.parts.size() && own == W) {
        cx.skip(c, "the parts in the whole's own measure make it exactly; those in another measure count something else", line);
        continue;
      }
    }
    // 「发布信息4034条，其中政务信息2657条，县直及各乡镇1377条，政策解读24条，人事信息92条，专栏745
    // 条」: the first parts make a whole of a hundred or more exactly; the two or more after them
    // count some of the same items again by another division (what they are, not where they came
    // from), so their sum passes it. Not when those after them come near the whole without making
    // it, a second complete division that misses (「…县政府办公室公开150条，各部门公开260条」 of 400),
    // nor when they come to more than the whole, which no division of the same items can (a long list
    // of topics some of whose first parts happen to make the whole: 12+8+13+…+8 = 137, then 13+14+135+1).
    if (!exh && S > W && l.parts.size() >= 4 && !within_slack && W >= Decimal(100, 0)) {
      Decimal run;
      std::size_t made = 0;
      for (std::size_t i = 0; i + 2 < l.parts.size() && made == 0 && !(run > W); ++i) {
        run = run + cx.fig(l.parts[i]).total();
        if (i >= 1 && run == W) made = i + 1;
      }
      const Decimal rest = S - W;
      if (made > 0 && (rest == W || (rest < W && !within_tenth(rest, W)))) {
        cx.skip(c, "the first parts make the whole exactly; the ones after divide the same items another way", line);
        continue;
      }
    }
    if (!exh && S > W && divides_a_part()) {
      cx.skip(c, "the items right after a part make it exactly: they divide that part, and the others make the whole", line);
      continue;
    }
    if (!exh && S > W && l.parts.size() >= 2 && !within_slack && !(S - withdrawn(cx, l) == W)) {
      if (auto s = slip_in_part(l); s.part >= 0) {
        report_at_part(l, s, Severity::Warning, S, cx.fig(s.part).line);
        continue;
      }
      f.severity = Severity::Warning;
      f.primary = cx.fig(l.whole).span;
      // (A total stated in a sentence before its parts', on a line before theirs: shown at the
      // list, where the sum goes over, as a complete list that misses its total is. Not a list
      // that goes on with the total's sentence, wrapped onto the next line: the total is shown.)
      if (auto list = cx.fig(l.parts.front()).sentence != cx.fig(l.whole).sentence ? list_below(cx, l.whole, l.parts) : std::nullopt) {
        f.primary = *list;
        line = static_cast<int>(cx.doc.at(list->begin).line);
      }
      f.message = fmt::format("{}各项之和 {} = {} 超过总数 {}", items_word(cx, l), join_values(cx, l.parts), S.str(), cx.val(l.whole));
      f.expected = "≥ " + S.str();
      f.actual = W.str();
      for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(c, std::move(f), line);
      continue;
    }
    if (one_short()) continue;
    // 「网站共发布各类信息4428条，其中概况类信息12条，政务动态信息1128条，信息公开目录发布3079条」: a
    // website's three kinds are every item it published (its yearly form makes them its total), so
    // a sum short of the whole by less than a tenth is a slip. (Far short, the whole may count more
    // than the site's items — other sites, other outlets —: not read.) A warning.
    if (!exh && S < W && !within_slack && l.parts.size() == 3 && all_website_kinds(cx, l.parts) && within_tenth(S, W) &&
        !rest_stated_after(cx, l.whole, l.parts.back(), W - S, false)) {
      f.severity = Severity::Warning;
      f.primary = cx.fig(l.whole).span;
      f.message = fmt::format("网站的三类信息（概况类、政务动态、信息公开目录）之和 {} = {} 比总数 {} 少 {}", join_values(cx, l.parts), S.str(),
                              cx.val(l.whole), (W - S).str());
      f.expected = S.str();
      f.actual = W.str();
      f.suggestion = fmt::format("三类信息即网站发布的全部信息：若各类无误，总数应为 {}", S.str());
      for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
      cx.fail(c, std::move(f), line);
      continue;
    }
    cx.pass(c, line);
  }
  for (int k = 0; k < static_cast<int>(cx.doc.figures.size()); ++k) {
    FigureList l;
    int w = kinds_whole(cx, k, l);
    if (w < 0) continue;
    any = true;
    int line = cx.fig(w).line;
    Decimal S;
    for (int p : l.parts) S = S + cx.fig(p).value;
    const Decimal& W = cx.fig(w).value;
    if (S == W || std::any_of(l.parts.begin(), l.parts.end(), [&](int p) { return cx.claimed[p]; })) {
      cx.pass(c, line);
      continue;
    }
    Finding f;
    f.severity = c.severity;
    f.primary = cx.fig(w).span;
    f.message = fmt::format("所列 {} 之和 {} = {}，与{} {} 不符", cx.val(k), join_values(cx, l.parts), S.str(), describe(cx.fig(w)),
                            cx.val(w));
    f.expected = S.str();
    f.actual = W.str();
    f.suggestion = fmt::format("若各类无误，总数应为 {}；若总数无误，各类之和{}", S.str(), gap_words(W, S));
    f.related.push_back({cx.fig(k).span, describe(cx.fig(k)) + " " + cx.val(k)});
    for (int p : l.parts) f.related.push_back({cx.fig(p).span, describe(cx.fig(p)) + " " + cx.val(p)});
    cx.fail(c, std::move(f), line);
  }
  if (!any) cx.skip(c, "no 其中 breakdowns in this document");
}

// ---- stated changes ------------------------------------------------------

constexpr std::string_view kChangeWords[] = {"增加", "减少", "增长", "下降", "上升", "提高", "降低"};

// "共受理申请326件,比上年减少14件,下降4.12%" / "比上年的340件减少14件": the count, the change
// and its percent state last year's count twice over, and they must agree. Last year's count is
// the one stated ("比上年的340件"), else this year's minus (or plus) the change.
int change_direction(std::u32string_view words) {
  if (words.ends_with(U'了')) words.remove_suffix(1);  // "减少了15件", "下降了20%"
  static constexpr std::u32string_view kUp[] = {U"增加", U"增长", U"上升", U"提高", U"多"};
  static constexpr std::u32string_view kDown[] = {U"减少", U"下降", U"降低", U"少"};
  for (auto w : kUp)
    if (words.size() >= w.size() && words.substr(words.size() - w.size()) == w) return 1;
  for (auto w : kDown)
    if (words.size() >= w.size() && words.substr(words.size() - w.size()) == w) return -1;
  return 0;
}

// The words before a change's percent: "下降4.12%", and its nouns "增长率47.1%", "增幅为12%",
// "降幅达5%".
int percent_direction(std::u32string_view words) {
  if (words.ends_with(U'了')) words.remove_suffix(1);
  for (std::u32string_view tail : {U"为", U"达", U"是", U"达到"})
    if (words.size() > tail.size() && words.substr(words.size() - tail.size()) == tail) {
      words.remove_suffix(tail.size());
      break;
    }
  for (std::u32string_view noun : {U"幅度", U"率", U"幅"})
    if (words.size() > noun.size() && words.substr(words.size() - noun.size()) == noun) {
      auto stem = words.substr(0, words.size() - noun.size());
      if (noun == U"幅") {
        if (stem.ends_with(U'增') || stem.ends_with(U'涨')) return 1;
        if (stem.ends_with(U'降') || stem.ends_with(U'减')) return -1;
      }
      return change_direction(stem);
    }
  return change_direction(words);
}

// Half a unit of the last digit a count is written to in 万 or 亿 ("1.2万条": 500), else 0.
Decimal rounding_half(const Document& doc, const Figure& g) {
  const std::u32string_view f = doc.folded;
  if (g.span.end >= f.size() || (f[g.span.end] != U'万' && f[g.span.end] != U'亿')) return Decimal();
  // (An amount keeps 万 in its unit, its value in 万元: "0.18万元" is 0.18 ± 0.005.)
  if (g.unit.starts_with("万") || g.unit.starts_with("亿")) return Decimal(5, g.precision + 1);
  return Decimal(5, g.precision + 1).shifted(f[g.span.end] == U'万' ? 4 : 8);
}

// "主动公开信息1.2万条,比上年增加0.2万条,增长20.6%": counts rounded to 万 stand for any count
// that rounds to them; a change percent computed from the exact counts fits when it lies between
// the least and the most the rounded counts allow.
bool rounded_change_fits(const Document& doc, const Figure& C, const Decimal& Nv, const Decimal& prev, const Figure* X,
                         const Figure& P, const Figure* Ncount) {
  Decimal hC = rounding_half(doc, C), hX = X ? rounding_half(doc, *X) : Decimal();
  Decimal hN = Ncount ? rounding_half(doc, *Ncount) : hC + hX;
  Decimal hPrev = X ? hX : hC + hN;
  if (hN.is_zero() && hPrev.is_zero()) return false;
  Decimal lo_n = Nv - hN, hi_n = Nv + hN, lo_prev = prev - hPrev, hi_prev = prev + hPrev;
  if (lo_n.negative()) lo_n = Decimal();
  if (!(lo_prev > Decimal())) return true;  // last year's count could be anything near zero
  Decimal half_p = Decimal(5, P.precision + 1);
  return !(P.value + half_p < exact_share(lo_n, hi_prev)) && !(P.value - half_p > exact_share(hi_n, lo_prev));
}

void run_change(Context& cx, const Check& c) {
  const auto& figs = cx.doc.figures;
  const std::u32string_view f = cx.doc.folded;
  auto between = [&](const Figure& a, const Figure& b) {
    std::uint32_t from = a.end() + (a.kind == FigureKind::Percent && a.end() < f.size() && f[a.end()] == U'%' ? 1 : 0);
    return from <= b.span.begin ? f.substr(from, b.span.begin - from) : std::u32string_view();
  };
  auto count_like = [&](const Figure& g, const Figure& like) {
    return !g.in_table && g.kind == like.kind && g.unit == like.unit && g.approx == Approx::Exact;
  };
  static constexpr std::u32string_view kThan[] = {U"比上年", U"较上年", U"比去年", U"较去年", U"同比", U"上年同期", U"比20", U"较20"};
  auto is_open_bracket = [](char32_t ch) { return ch == U'(' || ch == U'\uFF08'; };
  auto closes_after = [&](const Figure& g) { return g.end() < f.size() && (f[g.end()] == U')' || f[g.end()] == U'\uFF09'); };
  // Last year's count in brackets right after the percent: "(2016年为30件)", "(上年290件)",
  // "(去年同期为12件)". Only these words may stand before it, so a bracket that says something
  // else ("(其中网上申请10件)") gives none.
  // The count after figure pi (past any years or dates), when it is like C and in its sentence.
  auto next_count = [&](std::size_t pi, const Figure& C) -> const Figure* {
    std::size_t k = pi + 1;
    while (k < figs.size() && (figs[k].kind == FigureKind::Year || figs[k].kind == FigureKind::Date)) ++k;
    return k < figs.size() && count_like(figs[k], C) && figs[k].sentence == C.sentence ? &figs[k] : nullptr;
  };
  auto last_year_in_brackets = [&](std::size_t pi, const Figure& C) -> const Figure* {
    const Figure* X = next_count(pi, C);
    if (!X || !closes_after(*X)) return nullptr;
    auto w = between(figs[pi], *X);
    if (w.empty() || !is_open_bracket(w.front())) return nullptr;
    return names_last_year(w.substr(1)) ? X : nullptr;
  };
  // Last year's count in a clause of its own right after this year's: "45件,上年同期为60件,同比
  // 下降25%", "45件,2020年为60件,…", "45件,与2020年的60件相比,下降25%". The same words as in
  // brackets; with 与…的, 相比 must follow.
  // After the change's percent, the clause may also end the sentence: "…增长20%,上年为40件。".
  auto last_year_in_clause = [&](std::size_t pi, const Figure& C) -> const Figure* {
    const Figure* X = next_count(pi, C);
    if (!X) return nullptr;
    auto w = between(figs[pi], *X);
    if (w.size() < 2 || w.front() != U',') return nullptr;
    w.remove_prefix(1);
    bool compared = w.front() == U'与' && w.back() == U'的';
    if (!names_last_year(compared ? w.substr(1, w.size() - 2) : w)) return nullptr;
    auto rest = X->end() < f.size() ? f.substr(X->end(), std::min<std::size_t>(3, f.size() - X->end())) : std::u32string_view();
    const bool after_percent = figs[pi].kind == FigureKind::Percent;
    auto ends_clause = [&](char32_t ch) { return ch == U',' || (after_percent && (ch == U'。' || ch == U';' || ch == U'\n')); };
    if (compared ? !rest.starts_with(U"相比") : (rest.empty() ? !after_percent : !ends_clause(rest.front()))) return nullptr;
    return X;
  };
  // The year the count compared with is named by, 「较2016年的28件」「(2016年为30件)」 (the year
  // right before it, only 年 and a word or a bracket between), else 上年: what a finding calls it.
  auto year_of = [&](const Figure* X) -> std::string {
    const auto xi = static_cast<std::size_t>(X - figs.data());
    if (xi == 0 || figs[xi - 1].kind != FigureKind::Year || figs[xi - 1].sentence != X->sentence) return "上年";
    const Figure& Y = figs[xi - 1];
    auto w = between(Y, *X);
    if (w.empty() || w.front() != U'年' || w.size() > 3) return "上年";
    return Y.value.str() + "年";
  };
  // The change's percent P against the change Nv over last year's count prev; Ncount is the
  // change as stated, when it is.
  auto judge = [&](const Figure& C, int ci, const Decimal& Nv, const Decimal& prev, const Figure* X, const Figure& P, int dir,
                   const Figure* Ncount) {
    int line = C.line;
    Fit fit = share_fit(P.value, P.precision, Nv, prev);
    if (fit == Fit::Exact || fit == Fit::Truncated || rounded_change_fits(cx.doc, C, Nv, prev, X, P, Ncount)) {
      cx.pass(c, line);
      return;
    }
    // "共受理130件,比上年增加20件,增长20%,其中…" whose complete list adds up to 120: with 120 the
    // change fits too. The count is the slip, and the list's check reports it.
    if (!X) {
      bool list_explains = false;
      for (int li = cx.whole_first[static_cast<std::size_t>(ci)]; li >= 0; li = cx.whole_next[static_cast<std::size_t>(li)]) {
        const auto& l = cx.doc.lists[static_cast<std::size_t>(li)];
        if (!exhaustive(cx, l)) continue;
        Decimal S;
        for (int p : l.parts) S = S + figs[p].total();
        Decimal prev_if = dir > 0 ? S - Nv : S + Nv;
        Fit f2 = prev_if.negative() || prev_if.is_zero() ? Fit::Off : share_fit(P.value, P.precision, Nv, prev_if);
        list_explains = !(S == C.value) && (f2 == Fit::Exact || f2 == Fit::Truncated);
        if (list_explains) break;
      }
      if (list_explains) {
        cx.skip(c, "the count is the slip; its list's check reports it", line);
        return;
      }
    }
    Decimal e = exact_share(Nv, prev);
    Finding fd;
    fd.primary = P.span;
    fd.expected = e.str_fixed(P.precision);
    fd.actual = cx.doc.slice(P.span);
    fd.related.push_back({C.span, describe(C) + " " + cx.val(ci)});
    // (Last year's count and the change are quoted as the text writes them, 「1.1万条」「1,180件」;
    // the division is of plain numbers.)
    auto written = [&](const Figure* g) { return cx.val(static_cast<int>(g - figs.data())); };
    if (Ncount) fd.related.push_back({Ncount->span, std::string(dir > 0 ? "增加 " : "减少 ") + written(Ncount)});
    const std::string then = X ? year_of(X) : "上年";
    if (X) fd.related.push_back({X->span, then + " " + written(X)});
    std::string msg = fmt::format("变化幅度 {}%，但 {}/{} = {}%（{} {}）", fd.actual, Nv.str(), prev.str(),
                                  e.round_half_up(4).str(), then, X ? written(X) : prev.str());
    if (fit == Fit::Near && c.rounding == Rounding::Any) {
      fd.severity = Severity::Note;
      fd.message = msg + "：只差末位";
      cx.note(c, std::move(fd));
      return;
    }
    fd.severity = c.severity;
    fd.message = msg;
    fd.suggestion = "应为 " + fd.expected + "%";
    cx.fail(c, std::move(fd), line);
  };
  bool any = false;
  for (std::size_t i = 0; i + 2 < figs.size(); ++i) {
    const auto& C = figs[i];
    if (C.in_table || (C.kind != FigureKind::Count && C.kind != FigureKind::Amount) || C.unit.empty() || C.approx != Approx::Exact)
      continue;
    // Not a change itself: 「比2021年（58件）增加12件，比2020年（41件）增加29件」 — the 12 is no
    // count that the 41 is last year's of.
    if (std::any_of(std::begin(kChangeWords), std::end(kChangeWords), [&](std::string_view w) { return C.label.ends_with(w); }))
      continue;
    {  // Not this year's count: last year's, bracketed after it.
      std::size_t d = i;
      while (d > 0 && (figs[d - 1].kind == FigureKind::Year || figs[d - 1].kind == FigureKind::Date)) --d;
      if (d > 0 && (last_year_in_brackets(d - 1, figs[d - 1]) == &C || last_year_in_clause(d - 1, figs[d - 1]) == &C))
        continue;  // "45件(2020年为60件)", "45件,上年同期为60件"
    }
    std::size_t j = i + 1;
    while (j < figs.size() && (figs[j].kind == FigureKind::Year || figs[j].kind == FigureKind::Date)) ++j;
    if (j >= figs.size()) break;
    const Figure* X = nullptr;  // last year's count, when stated
    // Last year's count bracketed right after this year's: "申请45件(2020年为60件),比上年减少
    // 15件,下降25%". The change and its percent follow the bracket.
    const Figure* L = last_year_in_brackets(i, C);
    if (!L) L = last_year_in_clause(i, C);
    if (L) {
      X = L;
      j = static_cast<std::size_t>(L - figs.data()) + 1;
      while (j < figs.size() && (figs[j].kind == FigureKind::Year || figs[j].kind == FigureKind::Date)) ++j;
      if (j >= figs.size()) continue;
    } else if (count_like(figs[j], C) && figs[j].sentence == C.sentence) {
      auto w = between(C, figs[j]);
      // The shape first: most words between two counts are no "比上年的", and are not searched.
      // Last year's count comes after 的 ("比上年的340件") or in brackets ("较上年(815条)").
      // Or right after the words comparing with last year, as build.cpp reads it ("较上年52件减少1件",
      // "比2015年290件增加29件").
      // The comparison must be this count's own: no words between the count and 比/较 (「51件，网上申请
      // 比上年12件增加8件」 compares another count, the online applications, with theirs).
      auto compares_this = [](std::u32string_view head) {
        if (!head.ends_with(U'比') && !head.ends_with(U'较')) return false;
        head.remove_suffix(1);
        if (head.ends_with(U'同')) head.remove_suffix(1);  // 同比上年
        return std::none_of(head.begin(), head.end(), [](char32_t ch) { return ch >= U'\u3400' && ch <= U'\u9fff'; });
      };
      auto than_last_year = [&](std::u32string_view w) {
        for (std::u32string_view year : {U"上年", U"上年度", U"上一年", U"去年"})
          if (w.ends_with(year)) return compares_this(w.substr(0, w.size() - year.size()));
        if (w.ends_with(U"年度")) w.remove_suffix(2);
        else if (w.ends_with(U'年')) w.remove_suffix(1);
        else return false;
        std::size_t digits = 0;
        while (digits < w.size() && w[w.size() - 1 - digits] >= U'0' && w[w.size() - 1 - digits] <= U'9') ++digits;
        if (digits != 4) return false;
        w.remove_suffix(digits);
        return compares_this(w);
      };
      // (And of the sentence's first count in its unit: a comparison after several counts is of the
      // sentence's subject, not of the nearest, 「共收到申请51件，其中网上申请30件，比上年45件增加6件」,
      // 「新收到申请48件，上年结转3件，比上年45件增加3件」.)
      auto first_of_unit = [&] {
        for (std::size_t k = i; k-- > 0 && figs[k].sentence == C.sentence;)
          if (figs[k].kind == C.kind && figs[k].unit == C.unit) return false;
        return true;
      };
      // (Or after those words and the name of what they compare, 「35件，比上年受理申请30件增加5件」,
      // when the name repeats this count's words: last year's count of the same requests.)
      auto than_last_years_named = [&] {
        if (!figs[j].last_years || w.empty() || (w.front() != U',' && w.front() != U':')) return false;
        auto named = w.substr(1);
        if (!names_last_years_count(text::to_utf8(named))) return false;
        for (std::u32string_view year : {U"上一年度", U"上一年", U"上年度", U"上年", U"去年", U"年度", U"年"})
          if (auto at = named.find(year); at != std::u32string_view::npos) {
            named.remove_prefix(at + year.size());
            break;
          }
        return text::common_run(cx.label32(static_cast<int>(i)), named) >= 2;
      };
      bool shape = w.size() <= 16 && !w.empty() &&
                   (w.back() == U'的' || (is_open_bracket(w.back()) && closes_after(figs[j])) ||
                    ((than_last_year(w) || than_last_years_named()) && first_of_unit()));
      if (shape && std::any_of(std::begin(kThan), std::end(kThan), [&](auto t) { return w.find(t) != std::u32string_view::npos; }))
        X = &figs[j++];
    }
    // "…其中自然人申请38件,占84.44%;法人或其他组织申请7件,占15.56%,比上年减少4件,下降9.5%": a
    // change after the last part of a list and its share is the part's or the list's whole's;
    // a percent that fits neither reading is wrong either way, and is reported as the whole's.
    if (!X && C.share == static_cast<int>(j) && cx.list_of[i] >= 0 && j + 2 < figs.size()) {
      const auto& L = cx.doc.lists[static_cast<std::size_t>(cx.list_of[i])];
      const Figure& Nf = figs[j + 1];
      const Figure& P = figs[j + 2];
      auto bridge = between(figs[j], Nf);
      if (L.whole >= 0 && L.parts.back() == static_cast<int>(i) && figs[L.whole].unit == C.unit && count_like(Nf, C) &&
          Nf.sentence == C.sentence && P.kind == FigureKind::Percent && P.sentence == C.sentence && P.approx == Approx::Exact &&
          !bridge.empty() && bridge.size() <= 8 && bridge.find_first_of(U"。;") == std::u32string_view::npos &&
          std::any_of(std::begin(kThan), std::end(kThan), [&](auto t) { return bridge.find(t) != std::u32string_view::npos; })) {
        int dir = change_direction(bridge);
        auto pw = between(Nf, P);
        if (dir != 0 && !Nf.value.is_zero() && !pw.empty() && pw.size() <= 8 && percent_direction(pw) == dir) {
          const Figure& W = figs[L.whole];
          Decimal prev_whole = dir > 0 ? W.value - Nf.value : W.value + Nf.value;
          Decimal prev_part = dir > 0 ? C.value - Nf.value : C.value + Nf.value;
          // (A reading that leaves last year nothing, or less, is not one: no rate grows from 0.)
          auto fits = [&](const Decimal& prev) {
            return !prev.negative() && !prev.is_zero() && share_fit(P.value, P.precision, Nf.value, prev) != Fit::Off;
          };
          if (prev_whole.negative() || prev_whole.is_zero()) continue;
          any = true;
          if (fits(prev_whole) || fits(prev_part)) {
            cx.pass(c, C.line);
          } else {
            judge(W, L.whole, Nf.value, prev_whole, nullptr, P, dir, &Nf);
          }
          continue;
        }
      }
    }
    // No change count, only its percent: "较2021年的12件增长41.7%", "同比下降16.7%(2016年为30件)".
    if (j < figs.size() && figs[j].kind == FigureKind::Percent && figs[j].sentence == C.sentence) {
      const Figure& P = figs[j];
      if (P.approx != Approx::Exact) continue;
      auto pw = between(X ? *X : C, P);
      if (pw.empty() || pw.size() > (X ? 8u : 16u) || pw.find_first_of(U"。;") != std::u32string_view::npos) continue;
      if (!X && std::none_of(std::begin(kThan), std::end(kThan), [&](auto t) { return pw.find(t) != std::u32string_view::npos; }))
        continue;
      int dir = percent_direction(pw);
      if (dir == 0) continue;
      if (!X) X = last_year_in_brackets(j, C);
      if (!X) X = last_year_in_clause(j, C);
      // The change's count after its percent: "45件,同比下降25%,减少15件", "…,较上年增加9件".
      if (!X && j + 1 < figs.size() && count_like(figs[j + 1], C) && figs[j + 1].sentence == C.sentence) {
        const Figure& Nc = figs[j + 1];
        auto nw = between(P, Nc);
        auto verb = nw.empty() ? nw : nw.substr(1);
        for (auto t : kThan)
          if (verb.starts_with(t)) {
            verb.remove_prefix(t.size());
            break;
          }
        if (!nw.empty() && nw.front() == U',' && verb.size() <= 3 && change_direction(verb) == dir && !Nc.value.is_zero()) {
          Decimal prev = dir > 0 ? C.value - Nc.value : C.value + Nc.value;
          if (prev.negative() || prev.is_zero()) continue;
          any = true;
          judge(C, static_cast<int>(i), Nc.value, prev, nullptr, P, dir, &Nc);
          continue;
        }
      }
      // 「受理申请57件，同比增长71.9%」 with last year's count nowhere: no whole count gives that change
      // (57/33 is 72.7% up, 57/34 67.6%), so the count or the percent is wrong. Only right after the
      // count, the words between a comma and the comparison and its verb alone, the sentence's first
      // count of its unit, a whole number stated in full, and a percent written with decimals (a
      // claim to that precision). The counts last year could have had are the few around the one
      // the percent gives.
      if (!X && C.kind == FigureKind::Count && C.precision == 0 && rounding_slack(cx, static_cast<int>(i)).is_zero() &&
          P.precision >= 1 && !P.value.is_zero() && (dir > 0 || P.value < hundred()) && pw.size() <= 8 && pw.front() == U',' &&
          !(C.value < Decimal(10, 0))) {
        bool first = true;
        for (std::size_t k = i; k-- > 0 && figs[k].sentence == C.sentence && first;)
          first = !(figs[k].kind == C.kind && figs[k].unit == C.unit);
        std::u32string_view verb = pw.substr(1);
        for (auto t : kThan)
          if (verb.starts_with(t)) {
            verb.remove_prefix(t.size());
            break;
          }
        const bool plain = verb.size() <= 2 && verb.size() < pw.size() - 1;
        if (first && plain) {
          const Decimal ratio = dir > 0 ? hundred() + P.value : hundred() - P.value;
          const Decimal mid = (C.value * hundred()).divide(ratio, 0);
          std::vector<Decimal> tried;
          bool some = false;
          for (int d = -2; d <= 2 && !some; ++d) {
            const Decimal y = mid + Decimal(d, 0);
            if (y.negative() || y.is_zero()) continue;
            const Decimal n = dir > 0 ? C.value - y : y - C.value;
            if (n.negative() || n.is_zero()) continue;
            tried.push_back(y);
            some = share_fit(P.value, P.precision, n, y) != Fit::Off;
          }
          any = true;
          if (some || tried.size() < 2) {
            if (some) cx.pass(c, C.line);
            continue;
          }
          // The two counts nearest to the stated change, one each side.
          Decimal lo = tried.front(), hi = tried.back();
          for (const auto& y : tried) {
            const Decimal r = exact_share(dir > 0 ? C.value - y : y - C.value, y);
            if (dir > 0 ? !(r < P.value) : r < P.value) lo = y;
          }
          for (auto it = tried.rbegin(); it != tried.rend(); ++it) {
            const Decimal r = exact_share(dir > 0 ? C.value - *it : *it - C.value, *it);
            if (dir > 0 ? r < P.value : !(r < P.value)) hi = *it;
          }
          auto pct = [&](const Decimal& y) { return exact_share(dir > 0 ? C.value - y : y - C.value, y).round_half_up(P.precision).str_fixed(P.precision); };
          Finding fd;
          fd.severity = c.severity;
          fd.primary = P.span;
          fd.actual = cx.doc.slice(P.span);
          fd.related.push_back({C.span, describe(C) + " " + cx.val(static_cast<int>(i))});
          fd.message = fmt::format("变化幅度 {}%，但本年 {} 由任何整数的上年数都得不出：上年 {} 为 {}%，上年 {} 为 {}%", fd.actual,
                                   cx.val(static_cast<int>(i)), lo.str(), pct(lo), hi.str(), pct(hi));
          fd.suggestion = "核对本年数与变化幅度";
          cx.fail(c, std::move(fd), C.line);
          continue;
        }
      }
      if (!X || X->value.is_zero()) continue;
      Decimal N = dir > 0 ? C.value - X->value : X->value - C.value;
      // (Last year's count written equal to this year's under a rise or fall of some percent,
      // 「信访8073起，同比2016年的8073起上升27%」, is a slip too: no change is 0%.)
      if (N.negative() || (N.is_zero() && P.value.is_zero())) continue;
      any = true;
      judge(C, static_cast<int>(i), N, X->value, X, P, dir, nullptr);
      continue;
    }
    // (The change may be the document's last figure: 「…较上年52件减少2件。」 at its end.)
    if (j >= figs.size()) continue;
    const auto& N = figs[j];
    if (!count_like(N, C) || N.sentence != C.sentence) continue;
    auto bridge = between(X ? *X : C, N);
    if (bridge.empty() || bridge.size() > 16 || bridge.find_first_of(U"。;") != std::u32string_view::npos) continue;
    if (!X && std::none_of(std::begin(kThan), std::end(kThan), [&](auto t) { return bridge.find(t) != std::u32string_view::npos; })) continue;
    int dir = change_direction(bridge);
    if (dir == 0 || N.value.is_zero()) continue;
    // Last year's count bracketed right after the change: 「862件，同比增加64件（2016年为798件），
    // 增长8.0%」. The percent follows the bracket.
    std::size_t pj = j + 1 < figs.size() ? j + 1 : j;  // (no figure after the change: no percent)
    if (!X)
      if (const Figure* B = last_year_in_brackets(j, C)) {
        X = B;
        pj = static_cast<std::size_t>(B - figs.data()) + 1;
        if (pj >= figs.size()) pj = j;  // no percent after it (the change's own count is none)
      }
    const auto& P = figs[pj];
    any = true;
    int line = C.line;
    Decimal prev = X ? X->value : (dir > 0 ? C.value - N.value : C.value + N.value);
    if (X && !((dir > 0 ? C.value - X->value : X->value - C.value) == N.value)) {
      // 「收到40件，办结36件，结转下年度4件，较2021年的35件增加5件」: the comparison is of an
      // earlier count in the sentence, one it fits (40 − 35 = 5), not of the nearest.
      bool earlier_fits = false;
      for (std::size_t k = i; k-- > 0 && figs[k].sentence == C.sentence && !earlier_fits;)
        earlier_fits = count_like(figs[k], C) && (dir > 0 ? figs[k].value - X->value : X->value - figs[k].value) == N.value;
      if (earlier_fits) {
        cx.skip(c, "the comparison is of an earlier count in the sentence", line);
        continue;
      }
      Finding fd;
      fd.severity = c.severity;
      fd.primary = N.span;
      Decimal d = dir > 0 ? C.value - X->value : X->value - C.value;
      const std::string then = year_of(X);
      // (Last year's count and the change as the text writes them: 「比上年的 1.1万条 增加3000条」.)
      const int xi = static_cast<int>(X - figs.data());
      fd.message = fmt::format("{} {} 比{}的 {} {}{}，但两者相差 {}", describe(C), cx.val(static_cast<int>(i)), then, cx.val(xi),
                               dir > 0 ? "增加" : "减少", cx.val(static_cast<int>(j)), d.str());
      fd.expected = d.str();
      fd.actual = N.value.str();
      fd.related.push_back({C.span, describe(C) + " " + cx.val(static_cast<int>(i))});
      fd.related.push_back({X->span, then + " " + cx.val(xi)});
      cx.fail(c, std::move(fd), line);
      continue;
    }
    // The percent right after the change: "减少14件,下降4.12%".
    if (P.kind != FigureKind::Percent || P.sentence != C.sentence || P.approx != Approx::Exact) {
      cx.pass(c, line);
      continue;
    }
    auto pw = between(pj > j + 1 ? *X : N, P);
    if (pw.size() > 8 || percent_direction(pw) != dir) {
      cx.pass(c, line);
      continue;
    }
    if (prev.negative() || prev.is_zero()) continue;
    judge(C, static_cast<int>(i), N.value, prev, X, P, dir, &N);
  }
  // "2016年共受理申请56件,2015年受理申请70件,同比下降20%": the counts of two years, each
  // opening its clause with its year, then the change's percent.
  for (std::size_t j = 4; j < figs.size(); ++j) {
    const Figure& P = figs[j];
    if (P.kind != FigureKind::Percent || P.approx != Approx::Exact || P.in_table) continue;
    const Figure &B = figs[j - 1], &YB = figs[j - 2], &A = figs[j - 3], &YA = figs[j - 4];
    if (YA.kind != FigureKind::Year || YB.kind != FigureKind::Year || A.kind != FigureKind::Count || !count_like(B, A) ||
        A.in_table || A.approx != Approx::Exact || A.unit.empty())
      continue;
    if (YA.sentence != P.sentence || YB.sentence != P.sentence || A.sentence != P.sentence || B.sentence != P.sentence) continue;
    auto pw = between(B, P);
    if (pw.empty() || pw.size() > 8 || pw.front() != U',' || pw.find_first_of(U"。;") != std::u32string_view::npos) continue;
    int dir = percent_direction(pw);
    if (dir == 0) continue;
    // Each year opens the clause of its count, and the two clauses follow each other.
    // (A paragraph's indent before the year is no text of the clause.)
    auto opens = [&](const Figure& y, const Figure& n) {
      auto w = between(y, n);
      std::uint32_t b = y.span.begin;
      while (b > 0 && (f[b - 1] == U' ' || f[b - 1] == U'\t')) --b;
      return w.size() <= 16 && w.find_first_of(U",;。") == std::u32string_view::npos &&
             (b == 0 || f[b - 1] == U',' || f[b - 1] == U'\n' || f[b - 1] == U'。');
    };
    auto joint = between(A, YB);
    if (!opens(YA, A) || !opens(YB, B) || joint.empty() || joint.front() != U',' || joint.size() > 3) continue;
    // The later year is this year's; the two years are consecutive.
    const Figure *now = nullptr, *last = nullptr;
    if (YA.value == YB.value + Decimal(1, 0)) now = &A, last = &B;
    else if (YB.value == YA.value + Decimal(1, 0)) now = &B, last = &A;
    else continue;
    if (last->value.is_zero()) continue;
    Decimal N = dir > 0 ? now->value - last->value : last->value - now->value;
    if (N.negative() || N.is_zero()) continue;
    any = true;
    judge(*now, static_cast<int>(now - figs.data()), N, last->value, last, P, dir, nullptr);
  }
  if (!any) cx.skip(c, "no stated change with its count in this document");
}

// ---- assert, restated, outline --------------------------------------------

// An assert over the whole document binds each name to its first figure; one with `sentence`
// is evaluated in every sentence that states each figure it names once (in prose), with those.
// A sentence opening with 其中 goes on with the one before it: 「新收申请317件，上年结转3件。其中，
// 予以公开184件，…，结转下年度继续办理13件。」 states one flow in two sentences.
void run_assert_in(Context& cx, const RulePack& pack, const Check& c, int sentence, int last_sentence);

namespace {
// Per sentence, the prose figures in it, [first, last + 1) in document order (made once).
const std::vector<std::pair<int, int>>& sentence_ranges(const Context& cx) {
  if (!cx.sentence_figures) {
    std::vector<std::pair<int, int>> r;
    for (std::size_t k = 0; k < cx.doc.figures.size(); ++k) {
      const Figure& g = cx.doc.figures[k];
      if (g.in_table || g.sentence < 0) continue;
      if (r.size() <= static_cast<std::size_t>(g.sentence)) r.resize(static_cast<std::size_t>(g.sentence) + 1, {0, 0});
      auto& [b, e] = r[static_cast<std::size_t>(g.sentence)];
      if (b == e) b = static_cast<int>(k);
      e = static_cast<int>(k) + 1;
    }
    cx.sentence_figures = std::move(r);
  }
  return *cx.sentence_figures;
}

// Whether sentence `s` (holding figures) opens with 其中 right after the 。 that ends the one
// before it, on the same line, and its words before its first figure name no body or level of
// its own (「…上年结转1件。其中，执法大队办结12件，…」 divides the requests by who handled them).
bool sentence_opens_with_qizhong(Context& cx, int s) {
  const auto& r = sentence_ranges(cx);
  if (s <= 0 || static_cast<std::size_t>(s) >= r.size() || r[static_cast<std::size_t>(s)].first == r[static_cast<std::size_t>(s)].second)
    return false;
  const std::u32string_view f = cx.doc.folded;
  std::size_t at = cx.fig(r[static_cast<std::size_t>(s)].first).span.begin;
  while (at > 0 && f[at - 1] != U'。' && f[at - 1] != U'!' && f[at - 1] != U'?' && f[at - 1] != U'\n' && f[at - 1] != U'\r') --at;
  if (at == 0 || f[at - 1] != U'。') return false;
  while (at < f.size() && (f[at] == U' ' || f[at] == U'\u3000')) ++at;
  if (!f.substr(at).starts_with(U"其中")) return false;
  const std::uint32_t from = static_cast<std::uint32_t>(at + 2), to = cx.fig(r[static_cast<std::size_t>(s)].first).span.begin;
  if (to <= from) return true;
  const std::u32string_view opening = f.substr(from, to - from);
  for (std::u32string_view body : {U"大队", U"支队", U"中心", U"局", U"院", U"办公室", U"单位", U"机关"})
    if (opening.find(body) != std::u32string_view::npos) return false;
  // (Nor a topic or a subset of the requests, 「…上年结转2件。其中，涉及房屋征收的申请办结30件，结转下年度
  // 1件」, 「其中，本年新收申请中办结55件…」: what it goes on to say is of those only.)
  for (std::u32string_view some : {U"涉及", U"关于", U"有关", U"针对", U"申请中", U"件中"})
    if (opening.find(some) != std::u32string_view::npos) return false;
  // (Nor a part by who applied or how, told at once where it went: 「其中，网上申请40件，已办结39件，
  // 结转下年度1件；当面申请20件，均已办结」 — the stages are that part's, not the whole's.)
  const auto [first, end] = r[static_cast<std::size_t>(s)];
  if (end - first >= 2 && names_who_or_how(cx.fig(first).label)) {
    const Figure& next = cx.fig(first + 1);
    if (next.sentence == s && says_handled(next.label) && !carried_over(next.label)) return false;
  }
  return !level_word_between(cx, from, to);
}
}  // namespace

// Whether prose sentence `s` states a figure of one of the names check `c` names (wildcards aside).
bool states_a_named_figure(Context& cx, const RulePack& pack, const Check& c, int s) {
  const auto& r = sentence_ranges(cx);
  if (s < 0 || static_cast<std::size_t>(s) >= r.size()) return false;
  const auto [lo, hi] = r[static_cast<std::size_t>(s)];
  for (const auto& n : c.expr->names)
    if (const auto* d = pack.figure(n)) {
      const auto& m = matches(cx, d);
      for (auto it = std::lower_bound(m.begin(), m.end(), lo); it != m.end() && *it < hi; ++it)
        if (!cx.fig(*it).in_table && cx.fig(*it).sentence == s) return true;
    }
  return false;
}

// An assert evaluated per sentence whose expression names one figure holds of each statement of
// it by itself: 「办复率100%、满意率99.5%」 states two rates, each checked alone (there is no other
// figure whose pairing with it is in doubt, so a sentence stating it twice is no reason to skip).
// False when the expression names more than one figure (the sentence reading applies).
bool run_assert_each(Context& cx, const RulePack& pack, const Check& c) {
  if (c.expr->wildcard) return false;
  // (One name, however often written: every name the same as the first. Not a sorted copy of
  // them made for each document.)
  const std::vector<std::string>& names = c.expr->names;
  if (names.empty() || std::any_of(names.begin() + 1, names.end(), [&](const std::string& n) { return n != names.front(); })) return false;
  const auto* d = pack.figure(names.front());
  if (!d) return false;
  const auto expand = [](const std::string& n) { return std::vector<std::string>{n}; };
  bool any = false;
  int passed_line = -1;  // (one outcome per line passed, not one per figure of a long line)
  for (int i : matches(cx, d)) {
    if (cx.fig(i).in_table) continue;
    any = true;
    auto lookup = [&](const std::string& n) -> std::optional<Decimal> {
      if (n != names.front()) return std::nullopt;
      return cx.fig(i).value;
    };
    Value v = evaluate(*c.expr, lookup, expand);
    if (v.type != Value::Type::Bool) {
      cx.skip(c, v.why.empty() ? "not evaluable" : v.why, cx.fig(i).line);
      continue;
    }
    if (v.truth) {
      if (static_cast<int>(cx.fig(i).line) != passed_line) cx.pass(c, cx.fig(i).line);
      passed_line = static_cast<int>(cx.fig(i).line);
      continue;
    }
    Finding f;
    f.severity = c.severity;
    f.message = fmt_message(c.message, {{names.front(), cx.val(i)}}, c.description + "（" + names.front() + " = " + cx.val(i) + "）");
    f.primary = cx.fig(i).span;
    f.actual = cx.fig(i).value.str();
    cx.fail(c, std::move(f), cx.fig(i).line);
  }
  if (!any) cx.skip(c, "figure '" + names.front() + "' not found in the text");
  return true;
}

void run_assert(Context& cx, const RulePack& pack, const Check& c) {
  // (An assert the text's own words make moot: 「上年结转政府信息公开申请数量」 is table 三's row,
  // and with the table there the restated checks hold each figure of the sentence against it.)
  if (text_says_unless(cx, c)) {
    cx.skip(c, "the text has what the check defers to (" + c.unless->pattern() + ")");
    return;
  }
  if (!c.per_sentence) {
    run_assert_in(cx, pack, c, -1, -1);
    return;
  }
  if (run_assert_each(cx, pack, c)) return;
  const std::vector<std::string>& names = c.expr->names;
  std::vector<int> sentences;
  if (const auto* d = names.empty() ? nullptr : pack.figure(names.front()))
    for (int i : matches(cx, d))
      if (!cx.fig(i).in_table && (sentences.empty() || sentences.back() != cx.fig(i).sentence))
        sentences.push_back(cx.fig(i).sentence);
  if (sentences.empty()) {
    cx.skip(c, names.empty() ? "not evaluable" : "figure '" + names.front() + "' not found in the text");
    return;
  }
  int done = -1;  // the last sentence an earlier one took on with it
  for (int s : sentences) {
    if (s <= done) continue;
    // (A sentence opening with 其中 goes on from the one before it, which states the whole it
    // divides: 「共计受理申请210件。其中，新收205件，上年结转5件，办结201件，结转下年度7件。」 is read
    // from that sentence on when it states a figure the check names, as the two would be read
    // had the check's first figure been in the first.)
    int from = s;
    if (s - 1 > done && sentence_opens_with_qizhong(cx, s) && states_a_named_figure(cx, pack, c, s - 1)) from = s - 1;
    int last = s;
    while (sentence_opens_with_qizhong(cx, last + 1)) ++last;
    done = last;
    run_assert_in(cx, pack, c, from, last);
  }
}

bool about_another_year(const Context& cx, int i);
bool about_some_of_them(const Context& cx, int i);

// A sentence whose subject is another body, named without a level word: 「执法大队办结12件」,
// 「区政务服务中心收到申请5件」 — the noun phrase before the sentence's first act on requests ends
// in a word for an office or a place (队, 局, 所, 中心, 科, 站, 委, 院, 街道, 镇…) and is not the
// report's own body (本局, 我委) nor all of it (全局). `sentence` is the sentence's text.
bool subject_is_other_body(std::u32string_view sentence) {
  static constexpr std::u32string_view kActs[] = {U"收到", U"受理", U"接收", U"接到", U"新收", U"办结", U"答复", U"回复",
                                                  U"办理", U"处理", U"结转", U"完成", U"共"};
  // (Where the first of them starts: the sentence read once, each character that starts one of
  // them tried against them all, rather than searched through once for each.)
  static constexpr text::CharSet kActStarts = [] {
    text::CharSet starts;
    for (auto a : kActs) starts.add(a.front());
    return starts;
  }();
  std::size_t act = std::u32string_view::npos;
  for (std::size_t i = 0; i < sentence.size() && act == std::u32string_view::npos; ++i)
    if (kActStarts.contains(sentence[i]))
      for (auto a : kActs)
        if (sentence.substr(i).starts_with(a)) {
          act = i;
          break;
        }
  if (act == std::u32string_view::npos) return false;
  auto subject = sentence.substr(0, act);
  // (The clause the act is in: 「2021年，执法大队办结…」.)
  if (auto brk = subject.find_last_of(U",;:、"); brk != std::u32string_view::npos) subject.remove_prefix(brk + 1);
  while (!subject.empty() && (subject.front() == U' ' || subject.front() == U'\t')) subject.remove_prefix(1);
  while (!subject.empty() && (subject.back() == U' ' || subject.back() == U'\t')) subject.remove_suffix(1);
  if (subject.size() < 2) return false;
  for (char32_t c : subject)
    if (c < 0x3400 || c > 0x9FFF) return false;
  for (char32_t c : {U'本', U'我', U'全', U'该', U'各', U'其', U'在', U'对', U'向', U'经', U'均', U'已', U'为', U'由', U'从'})
    if (subject.front() == c) return false;
  static constexpr std::u32string_view kBodies[] = {U"队", U"局", U"所", U"中心", U"办", U"科", U"站", U"委", U"院",
                                                    U"街道", U"镇", U"乡", U"室", U"处", U"厅", U"公司", U"委员会", U"管委会"};
  for (auto b : kBodies)
    if (subject.ends_with(b)) return true;
  return false;
}

// Whether the figures [lo, hi) of a sentence are one count and the words after it to the
// sentence's end say it goes on to the next year (「另有6件申请结转到下年度继续办理」).
bool carried_on_alone(Context& cx, int lo, int hi) {
  if (hi - lo != 1) return false;
  const std::u32string_view f = cx.doc.folded;
  std::size_t from = cx.fig(lo).end(), to = from;
  while (to < f.size() && f[to] != U'。' && f[to] != U'\n' && f[to] != U',' && f[to] != U';') ++to;
  const auto after = f.substr(from, to - from);
  auto at = after.find(U"结转");
  if (at == std::u32string_view::npos) at = after.find(U"转结");  // 「转结下年度」
  if (at == std::u32string_view::npos) return false;
  const auto rest = after.substr(at + 2);
  return rest.starts_with(U"下") || rest.starts_with(U"到下") || rest.starts_with(U"至下") || rest.starts_with(U"入下");
}

// A flow a paragraph states over two sentences (「共接到申请184件，上年结转1件。全部申请均按规定
// 程序办理，共办结182件，结转下年度3件。」): the last sentence of the scope [first, last] evaluated
// so far, taken on by the next ones of its paragraph (no line break between; at most two
// sentences on) while they state figures the check names and the scope lacks, and none it already
// has. A sentence naming some of the items (其中…, 在…中,), another year's or another of the
// check's first figure (another flow) ends it.
// (`defs`: the selector of each of the names, each named once; null where the pack has none.)
int paragraph_scope_end(Context& cx, const std::vector<const FigureDef*>& defs, int sentence, int first_last) {
  const auto& r = sentence_ranges(cx);
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t named_end = 0;  // where the last figure named in the sentence read last ends
  // Per name, how many times the sentence states it (by the names' order).
  using Counts = std::vector<int>;
  auto named_in = [&](int s) {
    Counts out(defs.size(), 0);
    named_end = 0;
    if (s < 0 || static_cast<std::size_t>(s) >= r.size()) return out;
    const auto [lo, hi] = r[static_cast<std::size_t>(s)];
    for (std::size_t n = 0; n < defs.size(); ++n)
      if (const auto* d = defs[n]) {
        const auto& m = matches(cx, d);  // (in document order: only the sentence's own are read)
        for (auto it = std::lower_bound(m.begin(), m.end(), lo); it != m.end() && *it < hi; ++it)
          if (!cx.fig(*it).in_table && cx.fig(*it).sentence == s) ++out[n], named_end = std::max(named_end, cx.fig(*it).end());
      }
    return out;
  };
  // (The sentences run_assert took on with the first, 「…答复135件。其中予以公开…」, are the scope
  // so far; the flow may go on after them: 「…。结转下年度继续办理14件。」.)
  auto have = named_in(sentence);
  for (int s = sentence + 1; s <= first_last; ++s) {
    const Counts more = named_in(s);
    for (std::size_t n = 0; n < defs.size(); ++n) have[n] += more[n];
  }
  std::size_t wanted = 0;
  for (int k : have) {
    if (k > 1) return first_last;
    wanted += k == 0 ? 1 : 0;
  }
  if (wanted == 0 || wanted == defs.size()) return first_last;
  int last = first_last, end = first_last;
  // (Two sentences on that state figures; one between that states none, 「…共计104件。申请内容主要
  // 涉及行政审批等。已办结…98件…」, is passed over within the paragraph.)
  int stated = 0;
  for (int t = first_last + 1; t <= first_last + 3 && stated < 2 && static_cast<std::size_t>(t) < r.size() && wanted > 0; ++t) {
    const auto [lo, hi] = r[static_cast<std::size_t>(t)];
    if (lo == hi) continue;
    ++stated;
    const auto [plo, phi] = r[static_cast<std::size_t>(last)];
    if (plo == phi) return end;
    const std::uint32_t from = cx.fig(phi - 1).end(), to = cx.fig(lo).span.begin;
    if (to < from) return end;
    const auto gap = f.substr(from, to - from);
    if (gap.find(U'\n') != std::u32string_view::npos) return end;
    const auto stop = gap.find_last_of(U"。!?");
    if (stop == std::u32string_view::npos) return end;
    auto opening = gap.substr(stop + 1);
    while (!opening.empty() && (opening.front() == U' ' || opening.front() == U'\t')) opening.remove_prefix(1);
    // (另有 opens the rest of the flow when all it states is the count carried on: 「…已办结98件。
    // 另有6件申请结转到下年度继续办理。」; any other 另 sentence is something else.)
    if (opening.starts_with(U"另") && !(opening.starts_with(U"另有") && carried_on_alone(cx, lo, hi))) return end;
    if (opening.starts_with(U"其中") || opening.starts_with(U"此外")) return end;
    if (subject_is_other_body(f.substr(from + stop + 1, cx.fig(hi - 1).end() - (from + stop + 1)))) return end;
    const auto theirs = named_in(t);
    if (theirs.front() > 0) return end;
    std::size_t supplies = 0;
    for (std::size_t n = 0; n < defs.size(); ++n) {
      if (theirs[n] == 0) continue;
      if (have[n] > 0 || theirs[n] > 1) return end;
      supplies += 1;
    }
    // (A figure about some of the items or another year, up to the last figure it supplies, ends it;
    // of the figures it supplies only those the check names count, not a division after them:
    // 「…上年结转4件。已完成答复申请135件，其中：予以公开36件，…。结转下年度继续办理14件。」)
    auto named = [&](int i) {
      for (const auto* d : defs)
        if (d) {
          const auto& m = matches(cx, d);
          if (std::binary_search(m.begin(), m.end(), i)) return true;
        }
      return false;
    };
    for (int i = lo; i < hi; ++i)
      if (cx.fig(i).sentence == t && (supplies == 0 || cx.fig(i).end() <= named_end) &&
          (about_another_year(cx, i) || (about_some_of_them(cx, i) && (supplies == 0 || named(i)))))
        return end;
    // (Nor one naming another level or body, 「…上年结转3件。各区县办结120件，…」, before the last
    // figure it gives the flow: a 其中 after that, 「答复135件，其中予以公开100件，…」, divides it.)
    if (level_word_between(cx, from, supplies > 0 ? named_end : cx.fig(hi - 1).end())) return end;
    last = t;
    if (supplies == 0) continue;
    for (std::size_t n = 0; n < defs.size(); ++n)
      if (theirs[n] > 0) have[n] = theirs[n];
    wanted -= supplies;
    end = t;
  }
  return end;
}

// A count that divides one of an assert's figures by who applied or how (「收到35件，其中自然人34件，
// 企业1件，办结32件，结转下年办理3件」): a part of a list whose whole is one of them, every part of
// it naming an applicant or a channel and the parts no more than the whole. It is that figure told
// again another way, not another count beside the ones the check names.
bool divides_by_who_or_how(Context& cx, int k, const std::set<int>& bound) {
  const int l = cx.list_of[static_cast<std::size_t>(k)];
  if (l < 0) return false;
  const auto& list = cx.doc.lists[static_cast<std::size_t>(l)];
  if (list.whole < 0 || !bound.count(list.whole) || list.parts.empty()) return false;
  Decimal sum(0, 0);
  for (int p : list.parts) {
    // (A part the check names itself, 「…法人或其他组织0件，上年度结转0件」 after the applicants, is
    // its own figure, not the division's.)
    if (!bound.count(p) && !names_who_or_how(cx.fig(p).label)) return false;
    sum = sum + cx.fig(p).value;
  }
  return !(cx.fig(list.whole).value < sum);
}

// The names a wildcard of an assert stands for: the pack's figures whose names start with what
// comes before its closing '*', in the pack's order. (A name not ending in '*' is itself.)
std::vector<std::string> expand_in_pack(const RulePack& pack, const std::string& n) {
  std::vector<std::string> out;
  if (!n.empty() && n.back() == '*') {
    const std::string_view prefix = std::string_view(n).substr(0, n.size() - 1);
    for (auto& f : pack.figures)
      if (f.name.starts_with(prefix)) out.push_back(f.name);
  } else {
    out.push_back(n);
  }
  return out;
}

// What run_assert_in needs of an assert whatever the text, worked out once per check and pack
// rather than at every evaluation (a sentence assert is evaluated at each sentence that states
// its first figure): every figure the expression names, wildcards expanded, each once in the
// order written; where each one's selector stands in the pack's figures (-1: none); and what
// each wildcard stands for. Kept per thread by check. An entry holds the expression and the
// pack's figure index (made afresh whenever a pack's figures are indexed, and shared by its
// copies) it was made from, so neither can be freed and another made at its address while the
// entry stands: a check at the address of one freed earlier is worked out again.
struct AssertNames {
  std::shared_ptr<const Expr> expr;
  std::shared_ptr<const RulePack::Words> figures;
  std::vector<std::string> names;
  std::vector<int> defs;
  std::vector<std::pair<std::string, std::vector<std::string>>> wildcards;
  std::vector<std::string> expand(const RulePack& pack, const std::string& n) const {
    for (const auto& [w, out] : wildcards)
      if (w == n) return out;
    return expand_in_pack(pack, n);
  }
};

const AssertNames& assert_names(const RulePack& pack, const Check& c) {
  thread_local std::unordered_map<const Check*, AssertNames> cache;
  AssertNames& a = cache[&c];
  if (a.expr && a.expr.get() == c.expr.get() && a.figures && a.figures == pack.words) return a;
  a = AssertNames{};
  a.expr = c.expr;
  a.figures = pack.words;
  auto expand = [&](const std::string& n) {
    std::vector<std::string> out = expand_in_pack(pack, n);
    if (std::none_of(a.wildcards.begin(), a.wildcards.end(), [&](const auto& w) { return w.first == n; }))
      a.wildcards.emplace_back(n, out);
    return out;
  };
  std::vector<std::string> expanded;
  if (c.expr->wildcard) collect_names(*c.expr, expand, expanded);
  const std::vector<std::string>& written = c.expr->wildcard ? expanded : c.expr->names;
  for (const auto& n : written)
    if (std::find(a.names.begin(), a.names.end(), n) == a.names.end()) a.names.push_back(n);
  for (const auto& n : a.names) {
    const FigureDef* d = pack.figure(n);
    a.defs.push_back(d ? static_cast<int>(d - pack.figures.data()) : -1);
  }
  return a;
}

void run_assert_in(Context& cx, const RulePack& pack, const Check& c, int sentence, int last_sentence) {
  bool twice = false;  // a name the sentence states twice, read as absent
  // Every figure the expression names (wildcards expanded), each once in the order written, with
  // its selector and the statement of it the evaluation took (first, -1: none): each name looked
  // up once per check, not again at each use.
  const AssertNames& an = assert_names(pack, c);
  auto expand = [&](const std::string& n) { return an.expand(pack, n); };
  const std::vector<std::string>& names = an.names;
  std::vector<const FigureDef*> defs(names.size());
  for (std::size_t k = 0; k < names.size(); ++k) defs[k] = an.defs[k] < 0 ? nullptr : &pack.figures[static_cast<std::size_t>(an.defs[k])];
  std::vector<int> first(names.size(), -1);
  // (Every name the evaluation asks for is one of them: it expands wildcards as they were here.)
  auto name_at = [&](const std::string& n) {
    std::size_t k = 0;
    while (k < names.size() && names[k] != n) ++k;
    return k;
  };
  // (The 其中 sentences run_assert took on, or else the flow's next sentences of its paragraph.)
  int scope_end = last_sentence;
  if (sentence >= 0 && !names.empty()) scope_end = paragraph_scope_end(cx, defs, sentence, last_sentence);
  const auto in_sentences = [&](int g) { return g >= sentence && g <= scope_end; };
  auto lookup = [&](const std::string& n) -> std::optional<Decimal> {
    const std::size_t k = name_at(n);
    const auto* d = k < names.size() ? defs[k] : pack.figure(n);
    if (!d) return std::nullopt;
    const auto& m = matches(cx, d);
    if (sentence >= 0) {
      // (Only the matches among the scope's own figures: a binary search, not a reading of
      // every match for each sentence of a text that states the figure thousands of times.)
      // (A name the sentence does not state is sought in the 其中 sentences after it, in order: the
      // sentence's own figure is the one meant, 「收到100件…。其中，网上收到申请60件」.)
      const auto& r = sentence_ranges(cx);
      for (int s = sentence; s <= scope_end && static_cast<std::size_t>(s) < r.size(); ++s) {
        const auto [lo, hi] = r[static_cast<std::size_t>(s)];
        int one = -1;
        for (auto it = std::lower_bound(m.begin(), m.end(), lo); it != m.end() && *it < hi; ++it)
          if (const int i = *it; !cx.fig(i).in_table && cx.fig(i).sentence == s) {
            if (one >= 0) {  // two in one sentence: which is meant is not known
              twice = true;
              return std::nullopt;
            }
            one = i;
          }
        if (one < 0) continue;
        if (k < names.size()) first[k] = one;
        return cx.fig(one).value;
      }
      return std::nullopt;
    }
    if (m.empty()) return std::nullopt;
    if (k < names.size()) first[k] = m.front();
    return cx.fig(m.front()).value;
  };
  Value v = evaluate(*c.expr, lookup, expand);
  if (v.type != Value::Type::Bool) {
    cx.skip(c, v.why.empty() ? "not evaluable" : v.why);
    return;
  }
  // (A figure stated twice reads as absent, and present() of it as false: a failure that rests on
  // its absence is not known to be one.)
  if (!v.truth && twice) {
    cx.skip(c, "a figure it names is stated twice in the sentence");
    return;
  }
  // (Nor when a figure it took stands after a semicolon, in a clause whose words before it name a level
  // below the report's whole: 「其中，市本级新收40件，上年结转2件，办结41件，结转下年度1件；各县区受理460件」
  // goes on to another level's count, no part of the flow before the semicolon.)
  if (!v.truth && sentence >= 0) {
    std::vector<int> bound;
    for (int i : first)
      if (i >= 0) bound.push_back(i);
    std::sort(bound.begin(), bound.end());
    const std::u32string_view f = cx.doc.folded;
    for (std::size_t k = 1; k < bound.size(); ++k) {
      const std::uint32_t from = cx.fig(bound[k - 1]).end(), to = cx.fig(bound[k]).span.begin;
      if (to <= from) continue;
      const auto gap = f.substr(from, to - from);
      const auto semi = gap.find_last_of(U"；;");
      if (semi != std::u32string_view::npos && names_sub_level(text::to_utf8(gap.substr(semi + 1)))) {
        cx.skip(c, "a figure it names is another level's, after a semicolon");
        return;
      }
    }
  }
  // `alone`: between its figures the sentence states no other count in their units, and each
  // figure is one name's (「收到31件，申请人撤回5件，已办结24件，2件结转下年度」 has a count the
  // check does not name; 「2件结转下年答复」 is both 办结 and 结转 to the names). Counts after them
  // (「…；产生行政复议13件」) are another matter's.
  if (c.alone && sentence >= 0) {
    std::set<int> bound;
    std::set<std::string> units;
    std::size_t taken = 0;
    for (int i : first)
      if (i >= 0) bound.insert(i), units.insert(cx.fig(i).unit), ++taken;
    bool other = bound.size() != taken;
    // (Not a count in a bracket right after one of them that opens with 其中 or 含: that figure's own
    // breakdown, 「无法提供17件（其中信息不存在13件），不予处理20件」.)
    const std::u32string_view text = cx.doc.folded;
    for (int k = bound.empty() ? 0 : *bound.begin(), prev = k; !bound.empty() && k < *bound.rbegin() && !other; ++k) {
      const Figure& g = cx.fig(k);
      if (bound.count(k)) {
        prev = k;
        continue;
      }
      const std::uint32_t from = cx.fig(prev).end();
      const auto gap = text.substr(from, g.span.begin > from ? g.span.begin - from : 0);
      if (gap.starts_with(U"(其中") || gap.starts_with(U"(含")) {
        if (gap.find(U')') == std::u32string_view::npos) continue;
      }
      other = in_sentences(g.sentence) && !g.in_table && g.kind == FigureKind::Count && units.count(g.unit) &&
              !divides_by_who_or_how(cx, k, bound);
    }
    // (A count in their units right after the last, with only commas between — 「办结8件，结转下年度1件，
    // 1件申请人主动撤回」 — is one more part of the same requests; after a semicolon it is another matter's.)
    const std::u32string_view f = cx.doc.folded;
    for (int k = bound.empty() ? 0 : *bound.rbegin() + 1, last = k - 1; !bound.empty() && !other &&
                                                                        k < static_cast<int>(cx.doc.figures.size());
         ++k) {
      const Figure& g = cx.fig(k);
      // (Within the sentence of the last of them: a sentence opening with 其中 after theirs divides
      // one of them, 「收到100件，办结95件，结转5件。其中，网上申请60件…」, and is not more of the flow.)
      if (g.sentence != cx.fig(*bound.rbegin()).sentence || g.in_table) break;
      const auto gap = f.substr(cx.fig(last).end(), g.span.begin - std::min(g.span.begin, cx.fig(last).end()));
      if (gap.find_first_of(U"；;") != std::u32string_view::npos) break;
      other = g.kind == FigureKind::Count && units.count(g.unit);
      last = k;
    }
    if (other) {
      cx.skip(c, "the sentence states other counts than the ones the check names, or one for two names", 0);
      return;
    }
  }
  int line = 0;
  if (!names.empty() && first.front() >= 0) line = cx.fig(first.front()).line;
  if (v.truth) {
    cx.pass(c, line);
    return;
  }
  Finding f;
  f.severity = c.severity;
  std::map<std::string, std::string> vars;
  std::string desc;
  for (std::size_t k = 0; k < names.size(); ++k)
    if (first[k] >= 0) {
      const std::string& n = names[k];
      vars[n] = cx.val(first[k]);
      desc += (desc.empty() ? "" : "，") + n + " = " + cx.val(first[k]);
    }
  f.message = fmt_message(c.message, vars, c.description + "（" + desc + "）");
  bool primary_set = false;
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (first[k] < 0) continue;
    const std::string& n = names[k];
    int i = first[k];
    if (!primary_set) {
      f.primary = cx.fig(i).span;
      f.actual = cx.fig(i).value.str();
      primary_set = true;
    } else {
      f.related.push_back({cx.fig(i).span, n + " " + cx.val(i)});
    }
  }
  cx.fail(c, std::move(f), line);
}

// The text restates a table cell (or a sum of cells): it agrees when any statement equals any
// of the readings the pack allows (收到 = new applications, or new plus carried over), and the
// outcome says which reading the report's figures support.

// Whether a heading's own words are about another year than the report's: 「（二）与上年对比」
// 「2020年情况」. (A heading's own words: 「1.公开数量。2020年…」 opens a paragraph after them.)
bool heading_about_another_year(std::string_view title, int report_year) {
  title = title.substr(0, std::min({title.find("。"), title.find(','), title.find(':'), title.find(';')}));
  for (std::string_view w : {"去年", "与上年", "上一年"})
    if (title.find(w) != std::string_view::npos) return true;
  for (std::size_t at = title.find("年"); at != std::string_view::npos; at = title.find("年", at + 1)) {
    auto digits = title.substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : 0);
    if (digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
        report_year != 0 && std::stoi(std::string(digits)) != report_year)
      return true;
  }
  return false;
}

// "2022年,…制定规范性文件0件" in a report on 2023: a sentence that opens with another year
// speaks of that year, and this year's tables do not restate it.
// So does a section whose heading names another year or last year (「（三）2020年度情况」,
// 「（三）与上年对比」).
bool about_another_year_uncached(const Context& cx, int i);

// (Asked by several checks for the same figures: worked out once per figure.)
bool about_another_year(const Context& cx, int i) {
  if (cx.another_year.empty()) cx.another_year.assign(cx.doc.figures.size(), -1);
  signed char& v = cx.another_year[static_cast<std::size_t>(i)];
  if (v < 0) v = about_another_year_uncached(cx, i) ? 1 : 0;
  return v == 1;
}

bool about_another_year_uncached(const Context& cx, int i) {
  const Document& doc = cx.doc;
  const int report_year = cx.report_year();
  const auto& figs = doc.figures;
  if (!cx.sentence_first) {  // (in one pass, not back through a long sentence for each figure)
    std::vector<int> first(figs.size());
    for (std::size_t k = 0; k < figs.size(); ++k)
      first[k] = k > 0 && figs[k - 1].sentence == figs[k].sentence && figs[k - 1].line == figs[k].line ? first[k - 1] : static_cast<int>(k);
    cx.sentence_first = std::move(first);
  }
  const int first = (*cx.sentence_first)[static_cast<std::size_t>(i)];
  const auto& g = figs[first];
  if (first != i && g.kind == FigureKind::Year && report_year != 0 && g.value.is_integer() && g.value.mantissa() != report_year)
    return true;
  // (Nor a clause that opens on last year: 「上年度发生行政复议5件、行政诉讼3件」 is last year's, each
  // item of it, and so is each clause after it in its sentence (「去年，…」「去年同期收到申请58件，
  // 自然人申请50件」) up to a semicolon or one that opens on this year's. 「上年结转6件」「上年度未办结
  // 的…」 are this year's carried over.)
  {
    const std::u32string_view f = doc.folded;
    const std::uint32_t floor = figs[i].span.begin > 300 ? figs[i].span.begin - 300 : 0;
    std::uint32_t end = figs[i].span.begin;
    while (end > floor) {
      std::uint32_t b = end;
      while (b > floor && std::u32string_view(U",;:。\n").find(f[b - 1]) == std::u32string_view::npos) --b;
      std::u32string_view clause = f.substr(b, end - b);
      while (!clause.empty() && (clause.front() == U' ' || clause.front() == U'\t')) clause.remove_prefix(1);
      for (std::u32string_view w : {std::u32string_view(U"本年"), std::u32string_view(U"今年"), std::u32string_view(U"全年"),
                                    std::u32string_view(U"年内")})
        if (clause.starts_with(w)) return false;
      for (std::u32string_view w : {std::u32string_view(U"上一年度"), std::u32string_view(U"上一年"), std::u32string_view(U"上年度"),
                                    std::u32string_view(U"上年"), std::u32string_view(U"去年")})
        if (clause.starts_with(w)) {
          std::u32string_view rest = clause.substr(w.size());
          bool carried = false;
          for (std::u32string_view c : {std::u32string_view(U"结转"), std::u32string_view(U"转结"), std::u32string_view(U"底结转"),
                                        std::u32string_view(U"未办结"), std::u32string_view(U"遗留"), std::u32string_view(U"末结转")})
            carried = carried || rest.starts_with(c);
          if (!carried) return true;
          break;
        }
      // (So is one that opens on another year by its number: 「与上年相比，申请量增加12件；2021年收到
      // 申请58件，办结56件」 in the 2022 report. 「2021年结转」 is this year's carried over.)
      if (report_year != 0 && clause.size() > 5 && clause[4] == U'年') {
        int y = 0;
        bool digits = true;
        for (std::size_t k = 0; k < 4; ++k) {
          digits = digits && clause[k] >= U'0' && clause[k] <= U'9';
          y = y * 10 + static_cast<int>(clause[k] - U'0');
        }
        std::u32string_view rest = clause.substr(5);
        if (rest.starts_with(U"度")) rest.remove_prefix(1);
        bool carried = false;
        for (std::u32string_view c : {std::u32string_view(U"结转"), std::u32string_view(U"转结"), std::u32string_view(U"底"),
                                      std::u32string_view(U"末"), std::u32string_view(U"未办结"), std::u32string_view(U"遗留")})
          carried = carried || rest.starts_with(c);
        if (digits && y != report_year && !carried) return true;
      }
      if (b == 0 || f[b - 1] != U',') break;
      end = b - 1;
    }
  }
  // (Each heading's verdict, with those above it, once per document.)
  if (cx.heading_other_year.empty()) cx.heading_other_year.assign(doc.headings.size(), 0);
  auto of_heading = [&](auto& self, int h) -> bool {
    if (h < 0) return false;
    char& v = cx.heading_other_year[static_cast<std::size_t>(h)];
    if (!v) v = heading_about_another_year(doc.headings[static_cast<std::size_t>(h)].title, report_year) ||
                        self(self, doc.headings[static_cast<std::size_t>(h)].parent)
                    ? 2
                    : 1;
    return v == 2;
  };
  return of_heading(of_heading, figs[i].heading);
}


// A count in a sentence about several years together: 「2019年以来累计答复申请80件，其中予以公开
// 30件」「近三年共…」. The words before it in its sentence (300 characters at most) say so.
bool over_several_years_uncached(const Context& cx, int i);

// (Asked by each restated rule of the figures it binds: worked out once per figure.)
bool over_several_years(const Context& cx, int i) {
  if (cx.several_years.empty()) cx.several_years.assign(cx.doc.figures.size(), -1);
  signed char& v = cx.several_years[static_cast<std::size_t>(i)];
  if (v < 0) v = over_several_years_uncached(cx, i) ? 1 : 0;
  return v == 1;
}

bool over_several_years_uncached(const Context& cx, int i) {
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t e = cx.fig(i).span.begin, b = e;
  const std::uint32_t floor = e > 300 ? e - 300 : 0;
  while (b > floor && f[b - 1] != U'。' && f[b - 1] != U'\n') --b;
  const std::string head = text::to_utf8(f.substr(b, e - b));
  // (Not the year's own: 「全年累计受理…」「今年以来…」.)
  auto of_the_year = [&](std::size_t at) {
    for (std::string_view y : {"全年", "今年", "本年", "年度", "年初"})
      if (at >= y.size() && head.compare(at - y.size(), y.size(), y) == 0) return true;
    return false;
  };
  for (std::string_view w : {"累计", "以来", "历年", "近两年", "近三年", "近四年", "近五年", "多年来"})
    for (auto at = Regex::find_word(head, w); at != std::string::npos; at = Regex::find_word(head, w, at + 1))
      if (!of_the_year(at)) return true;
  return false;
}

// A count in a sentence about some of them: 「网上申请中，自然人申请40件」「在答复的67件中，…」.
// Whether 中, or 中: comes before it in its sentence (after the last 。 or line break), worked out
// for every figure in one pass over the text when first asked: a long sentence of many counts is
// not read back again for each. (Not 结果中, — 「处理结果中，部分公开2件，…」 goes through the
// results of all the requests, not of some of them.)
bool about_some_of_them(const Context& cx, int i) {
  if (!cx.some_of_them) {
    const std::u32string_view f = cx.doc.folded;
    const auto& figs = cx.doc.figures;
    std::vector<int> order(figs.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return figs[a].span.begin < figs[b].span.begin; });
    std::vector<char> some(figs.size(), 0);
    std::size_t p = 0;
    bool seen = false;
    // (Only the stops and the commas and colons are looked at, found four code points at a time.)
    static constexpr char32_t kMarks[] = {U'。', U'\n', U',', U':'};
    for (int k : order) {
      const std::size_t begin = std::min<std::size_t>(figs[k].span.begin, f.size());
      for (const auto upto = f.substr(0, begin); (p = text::find_any(upto, p, kMarks)) != std::u32string_view::npos; ++p) {
        if (f[p] == U'。' || f[p] == U'\n') seen = false;
        else if (p >= 1 && f[p - 1] == U'中' && !(p >= 3 && f[p - 3] == U'结' && f[p - 2] == U'果'))
          seen = true;
      }
      p = begin;
      some[k] = seen;
    }
    cx.some_of_them = std::move(some);
  }
  return (*cx.some_of_them)[static_cast<std::size_t>(i)] != 0;
}

// Of several different statements of one figure, the report's whole: the one value left when the
// statements at a lower level are set aside (named by a level word, or a part in a list whose whole
// is another of them), and only if it is larger than each of those. -1 when that is not clear.
bool below_another(const Context& cx, int i, const std::vector<int>& prose) {
  int l = cx.list_of[i];
  bool part = l >= 0 && cx.doc.lists[static_cast<std::size_t>(l)].whole != i &&
              std::find(prose.begin(), prose.end(), cx.doc.lists[static_cast<std::size_t>(l)].whole) != prose.end();
  return part || label_names_sub_level(cx, i) || about_some_of_them(cx, i);
}

// Counts of a level other than the report's own body: below it (市本级收到申请28件, its whole
// 全市共收到… stated too), or of other bodies (全县各部门共收到…, 全市林业系统共收到…, in a bureau's
// report, also 全市共收到… there). When the text states a figure only so, whether the table is that level's or the body's
// cannot be told.
// A department's report (「某市林业局2021年政府信息公开工作年度报告」): its title names no 政府
// but in 政府信息. Its table is its own; 全市共收到… are the city's bodies'.
// With no title line (a page copied without its heading), a text that calls its body 本局 or 我委
// is a department's report: a government's report calls itself 本级, 我市, 我县.
bool departments_report(const Document& doc) {
  std::uint32_t ln = title_line(doc);
  if (ln == 0) {
    std::u32string_view head = std::u32string_view(doc.folded).substr(0, 4000);
    for (std::u32string_view self : {U"本局", U"我局", U"本委", U"我委", U"本厅", U"我厅"})
      if (head.find(self) != std::u32string_view::npos) return true;
    return false;
  }
  Span sp = doc.lines.line_span(ln);
  std::u32string title(std::u32string_view(doc.folded).substr(sp.begin, sp.end - sp.begin));
  for (auto at = title.find(U"政府信息"); at != std::u32string::npos; at = title.find(U"政府信息", at)) title.erase(at, 2);
  return title.find(U"政府") == std::u32string::npos && title.find_first_of(U"局委厅办院署") != std::u32string::npos;
}

bool other_bodies(const Context& cx, int i) {
  if (label_names_sub_level(cx, i)) return true;
  // (Nor after a clause of its sentence naming another level: 「其中县本级收到申请12件，办结12件」 is
  // the county government's own, not the report's 67, until a clause opens on the whole again.)
  {
    const std::u32string_view f = cx.doc.folded;
    const std::uint32_t floor = cx.fig(i).span.begin > 300 ? cx.fig(i).span.begin - 300 : 0;
    std::uint32_t end = cx.fig(i).span.begin;
    // (A clause opening on the whole, 「本年制发…」「本街道…」「我局…」, is the report's own again.)
    auto of_the_whole = [](const std::string& clause) {
      for (std::string_view w : {"全年", "今年", "全区", "全县", "全市", "全镇", "全乡", "我"})
        if (clause.starts_with(w)) return true;
      return clause.starts_with("本") && !clause.starts_with("本级");
    };
    std::uint32_t b = end;
    while (b > floor && std::u32string_view(U",;:。\n").find(f[b - 1]) == std::u32string_view::npos) --b;
    for (std::string clause = text::to_utf8(f.substr(b, end - b)); !of_the_whole(clause) && b > floor + 1 && f[b - 1] == U',';) {
      end = b - 1;
      for (b = end; b > floor && std::u32string_view(U",;:。\n").find(f[b - 1]) == std::u32string_view::npos;) --b;
      clause = text::to_utf8(f.substr(b, end - b));
      if (!of_the_whole(clause) && names_sub_level(clause)) return true;
    }
  }
  // (Nor in a section on another level, 「（四）县直部门依申请公开情况」: a level word the report's own
  // title holds, 「某某街道办事处…年度报告」「（一）街道主动公开情况」, names the report's own body.)
  if (!cx.report_title) {
    const std::uint32_t ln = title_line(cx.doc);
    const Span sp = ln ? cx.doc.lines.line_span(ln) : Span{0, 0};
    cx.report_title = text::to_utf8(std::u32string_view(cx.doc.folded).substr(sp.begin, sp.end - sp.begin));
  }
  for (int h = cx.fig(i).heading; h >= 0; h = cx.doc.headings[static_cast<std::size_t>(h)].parent) {
    std::string_view t = cx.doc.headings[static_cast<std::size_t>(h)].title;
    t = t.substr(0, std::min({t.find("。"), t.find(','), t.find(':'), t.find(';')}));
    for (std::string_view w : kLevels)
      for (auto at = Regex::find_word(t, w); at != std::string_view::npos; at = Regex::find_word(t, w, at + 1))
        if (!(w == "部门" && at >= 3 && t.substr(at - 3, 3) == "本") && cx.report_title->find(w) == std::string::npos) return true;
  }
  if (!cx.department) cx.department = departments_report(cx.doc);
  const bool department = *cx.department;
  std::string_view label = cx.fig(i).label;
  auto sector = Regex::find_word(label, "系统");
  for (std::string_view area : {"全省", "全市", "全县", "全区", "全州"})
    if (auto at = Regex::find_word(label, area); at != std::string_view::npos && (department || (sector != std::string_view::npos && at < sector)))
      return true;
  return false;
}

// A count named for some applicants or one channel: 「自然人申请予以公开1288件」.
bool named_for_some(const Context& cx, int i) {
  const std::string_view l = cx.fig(i).label;
  return names_applicant_or_channel(l) || l.find("机构") != std::string_view::npos || l.find("邮件") != std::string_view::npos;
}

// 「全年办结申请2981件。其中，予以公开1362件…」: a part of a 其中 list whose whole is the report's
// own count of the applications received, handled or answered (a figure the pack binds so, itself
// neither some of them nor another body's), with no other 「…中，」 between them than that 其中:
// the 中， that made it look like some of them is the list's own, and the part is the report's.
bool divides_report_total(Context& cx, const RulePack& pack, int i) {
  const int l = cx.list_of[static_cast<std::size_t>(i)];
  const std::u32string_view f = cx.doc.folded;
  int w = -1;
  if (l >= 0) {
    const FigureList& list = cx.doc.lists[static_cast<std::size_t>(l)];
    if (list.qizhong) w = list.whole;
  } else {
    // (「…上年结转1件，办结28件。其中，予以公开12件」: a sentence opening on 其中， goes back to the
    // count that ended the sentence before, when no list was made of it.)
    std::size_t b = cx.fig(i).span.begin;
    while (b > 0 && f[b - 1] != U'。') --b;
    if (b > 0 && f.substr(b).starts_with(U"其中") && b + 2 < f.size() && (f[b + 2] == U',' || f[b + 2] == U':'))
      for (int k = i - 1; k >= 0; --k)
        if (!cx.fig(k).in_table && cx.fig(k).span.end < b) {
          if (cx.fig(k).kind == FigureKind::Count && cx.fig(k).end() + 1 == b) w = k;
          break;
        }
  }
  if (w < 0 || cx.fig(w).span.end > cx.fig(i).span.begin || named_for_some(cx, i)) return false;
  if (about_some_of_them(cx, w) || other_bodies(cx, w)) return false;
  // (Nor another year's count, 「2021年新收申请20件。其中，予以公开8件」, or a lower level's.)
  if (about_another_year(cx, w) || cx.fig(w).last_years || label_names_sub_level(cx, w)) return false;
  // (Nor last year's: 「上年新收申请20件。其中，…」.)
  for (std::string_view y : {"上年", "去年", "上一年", "前年"})
    if (cx.fig(w).label.find(y) != std::string_view::npos) return false;
  // (The year right before it in its sentence: 「…办结28件。2021年新收申请20件。其中，…」.)
  if (w > 0 && cx.fig(w - 1).kind == FigureKind::Year && cx.fig(w - 1).line == cx.fig(w).line &&
      !(cx.fig(w - 1).value == Decimal::integer(cx.report_year())) &&
      f.substr(cx.fig(w - 1).span.end, cx.fig(w).span.begin - cx.fig(w - 1).span.end).find_first_of(U"。;") == std::u32string_view::npos)
    return false;
  // (Nor a part after a count of applications inside the list, 「其中，本局机关收到申请10件，予以公开
  // 5件」: it divides that one.)
  for (int k = w + 1; k < i; ++k)
    for (const char* name : {"processed", "handled", "received"})
      if (const FigureDef* d = pack.figure(name)) {
        const auto& m = matches(cx, d);
        if (std::find(m.begin(), m.end(), k) != m.end()) return false;
      }
  const std::u32string_view gap = f.substr(cx.fig(w).span.end, cx.fig(i).span.begin - cx.fig(w).span.end);
  bool qizhong = false;
  for (std::size_t p = 1; p < gap.size(); ++p)
    if ((gap[p] == U',' || gap[p] == U':') && gap[p - 1] == U'中') {
      if (p < 2 || gap[p - 2] != U'其') return false;
      qizhong = true;
    }
  if (!qizhong) return false;
  for (const char* name : {"processed", "handled", "received"})
    if (const FigureDef* d = pack.figure(name)) {
      const auto& m = matches(cx, d);
      if (std::find(m.begin(), m.end(), w) != m.end()) return true;
    }
  return false;
}

// 「全年办结的申请中，予以公开1362件」: the sentence opens on all the applications the body answered
// (handled, received), 中 and a comma, with no count of its own; its counts are the report's.
bool among_all_applications(const Context& cx, int i) {
  if (named_for_some(cx, i)) return false;
  const std::u32string_view f = cx.doc.folded;
  std::size_t b = cx.fig(i).span.begin;
  while (b > 0 && f[b - 1] != U'。' && f[b - 1] != U'\n' && f[b - 1] != U';') --b;
  std::u32string_view head = f.substr(b, cx.fig(i).span.begin - b);
  auto comma = head.find_first_of(U",:");
  if (comma == std::u32string_view::npos || comma == 0 || head[comma - 1] != U'中') return false;
  // Nothing else set apart after it: 「…申请中，自然人申请的中，…」.
  for (std::size_t p = comma + 1; p < head.size(); ++p)
    if ((head[p] == U',' || head[p] == U':') && head[p - 1] == U'中') return false;
  std::u32string_view w = head.substr(0, comma - 1);
  auto skip = [&](std::initializer_list<std::u32string_view> words) {
    for (bool more = true; more;) {
      more = false;
      for (auto x : words)
        if (w.starts_with(x)) {
          w.remove_prefix(x.size());
          more = true;
        }
    }
  };
  skip({U" ", U"在", U"全年", U"本年度", U"本年", U"今年", U"已", U"所有", U"全部", U"依法"});
  bool verb = false;
  for (std::u32string_view v : {U"办结", U"答复", U"办理", U"处理", U"受理", U"收到"})
    if (w.starts_with(v)) {
      w.remove_prefix(v.size());
      verb = true;
      break;
    }
  if (!verb) return false;
  skip({U"完毕", U"的", U"政府信息公开", U"依申请公开", U"申请", U"件"});
  return w.empty();
}

// Statements none of which is the report's own whole (other levels or bodies, or some of them).
// A statement of another level's or bodies' figure, or of some of the applications only.
bool not_the_whole(Context& cx, const RulePack& pack, int i) {
  if (cx.other_bodies_of.empty()) cx.other_bodies_of.assign(cx.doc.figures.size(), 0);
  char& v = cx.other_bodies_of[static_cast<std::size_t>(i)];
  if (!v) v = other_bodies(cx, i) ? 2 : 1;
  return v == 2 || (about_some_of_them(cx, i) && !divides_report_total(cx, pack, i) && !among_all_applications(cx, i));
}
bool only_other_bodies(Context& cx, const RulePack& pack, const std::vector<int>& prose) {
  return !prose.empty() && std::all_of(prose.begin(), prose.end(), [&](int i) { return not_the_whole(cx, pack, i); });
}

int whole_level_statement(const Context& cx, const std::vector<int>& prose) {
  std::vector<int> whole, sub;
  for (int i : prose) (below_another(cx, i, prose) ? sub : whole).push_back(i);
  if (whole.empty() || sub.empty()) return -1;
  for (int i : whole)
    if (!(cx.fig(i).value == cx.fig(whole.front()).value)) return -1;
  for (int i : sub)
    if (!(cx.fig(i).value < cx.fig(whole.front()).value)) return -1;
  return whole.front();
}

// Of the text's statements of a figure, none matching the table, the one to hold against it: the
// only value stated, or the whole's among several levels (whole_level_statement). -1, with the check
// skipped, when no statement is the report's own whole or which one is cannot be told.
int statement_to_check(Context& cx, const RulePack& pack, const Check& c, const std::vector<int>& prose, bool several_values) {
  const int line = cx.fig(prose.front()).line;
  if (only_other_bodies(cx, pack, prose)) {
    cx.skip(c, "the text states the figure only for other levels or bodies than the report's, or for some of them", line);
    return -1;
  }
  if (!several_values) return prose.front();
  // (Of several values, the one stated for the report's own whole when the others are another
  // level's or bodies': 「办结66件。其中县本级收到申请12件，办结12件」 holds 66 against the table.)
  {
    std::vector<int> own;
    for (int x : prose)
      if (!not_the_whole(cx, pack, x)) own.push_back(x);
    if (!own.empty() && own.size() < prose.size() &&
        std::all_of(own.begin(), own.end(), [&](int x) { return cx.fig(x).value == cx.fig(own.front()).value; }))
      return own.front();
  }
  int i = whole_level_statement(cx, prose);
  if (i < 0) cx.skip(c, "the text states several different values and none matches the table", line);
  return i;
}

// Whether `words` are only words of `allowed`, one after another.
bool only_words_of(std::string_view words, std::span<const std::string_view> allowed) {
  while (!words.empty()) {
    auto w = std::find_if(allowed.begin(), allowed.end(), [&](std::string_view k) { return words.starts_with(k); });
    if (w == allowed.end()) return false;
    words.remove_prefix(w->size());
  }
  return true;
}
// The words before a figure's name that keep it the report's whole: where (全区, 本机关, 我局), when
// (全年, 本年度) and how many (共, 共计). Anything else (区教育局, 比上年, 另有, 累计) may make it
// another body's, another time's, or some of them.
constexpr std::string_view kWholeWords[] = {"其中", "全区", "全县", "全市", "全镇", "全乡", "全省", "全州", "全旗", "本机关", "本单位",
                                            "我区", "我县", "我市", "我镇", "我乡", "我街", "我局", "我委", "我办", "本区", "本县", "本市", "本镇", "本乡", "本局", "本委", "本办",
                                            "各级行政机关", "各级政府",  // 「全市各级行政机关共主动公开…」: every level of the whole
                                            "全年", "本年度", "本年",
                                            "今年", "共计", "总计", "合计", "共", "有", "为"};
// After the name, only words that go on naming the same thing (自然人⏎提出的申请, 上年结转⏎办理的,
// 受理依申请⏎公开, 受理依申请⏎公开事项).
constexpr std::string_view kNameGoesOn[] = {"提出", "的", "政府信息公开", "申请", "办理", "数量", "数", "共", "有", "为",
                                            "公开", "事项"};

// 「办结67件（含上年结转5件）」: a count in brackets right after another count is a part of that
// one. Returns that count, or -1.
int count_before_bracket(const Context& cx, int i) {
  const std::u32string_view f = cx.doc.folded;
  std::uint32_t at = cx.fig(i).span.begin;
  int depth = 0;
  for (std::uint32_t k = at; k > 0 && at - k < 40; --k) {
    char32_t ch = f[k - 1];
    if (ch == U'。' || ch == U'\n') return -1;
    if (ch == U')') ++depth;
    if (ch == U'(' && depth-- == 0) {
      for (int j = i - 1; j >= 0 && cx.fig(j).end() + 2 >= k - 1; --j)
        if (cx.fig(j).end() <= k - 1 && cx.fig(j).kind == FigureKind::Count) return j;
      return -1;
    }
  }
  return -1;
}
bool bracketed_after_count(const Context& cx, int i) { return count_before_bracket(cx, i) >= 0; }

// 「共处理政府信息公开申请76件（含上年结转5件）」: a bracket saying what a total of the year's
// applications holds (含, 包括) gives all of those carried over, as a statement of its own would;
// after those closed or answered (「办结67件（含上年结转5件）」) it gives only those of them. So do
// a bracket dividing such a total by 其中 (「45件（其中本年新收40件、上年结转4件）」) and the
// carry-over in its 其中 or right after an item of it (「45件，其中本年新收40件，上年结转4件」).
// Returns that total, or -1.
int total_holding_all(const Context& cx, int i) {
  const std::u32string_view f = cx.doc.folded;
  std::string_view l = cx.fig(i).label;
  const bool last_years = l.starts_with("上年") || l.starts_with("上一年");
  int host = count_before_bracket(cx, i);
  if (host >= 0) {
    const bool includes = l.starts_with("含") || l.starts_with("包括") || l.starts_with("包含");
    const std::uint32_t e = cx.fig(host).end();
    const bool divided = e + 3 < f.size() && f[e] == U'(' && f.substr(e + 1, 2) == U"其中" && last_years;
    if (!(host + 1 == i && includes) && !divided) return -1;
  } else if (last_years && cx.list_of[i] >= 0) {
    // (As an item of the total's division into new and carried over.)
    const auto& list = cx.doc.lists[static_cast<std::size_t>(cx.list_of[i])];
    if (list.qizhong && list.whole >= 0 && list.whole < i) host = list.whole;
  } else if (last_years && i > 0) {
    const int k = cx.list_of[i - 1];
    const int whole = k < 0 ? -1 : cx.doc.lists[static_cast<std::size_t>(k)].whole;
    const std::uint32_t e = cx.fig(i - 1).end(), b = cx.fig(i).span.begin;
    if (whole >= 0 && whole < i - 1 && cx.doc.lists[static_cast<std::size_t>(k)].qizhong && cx.list_of[i] < 0 && e < b &&
        b - e <= 16 && (f[e] == U',' || f[e] == U'、') && f.substr(e + 1, b - e - 1).find_first_of(U",;:。、()\n") == std::u32string_view::npos)
      host = whole;
  }
  if (host < 0 || cx.fig(host).unit != cx.fig(i).unit) return -1;
  std::string_view h = cx.fig(host).label;
  if (h.find("申请") == std::string_view::npos) return -1;
  for (std::string_view w : {"办结", "答复", "审结", "结案", "完成", "已办", "予以公开", "提供", "处理完", "结转下", "下年"})
    if (h.find(w) != std::string_view::npos) return -1;
  // (Of the report's own whole: 「各县区共受理申请60件（含上年度结转4件）」 is some bodies'.)
  std::size_t verb = h.size();
  for (std::string_view w : {"共", "受理", "收到", "处理", "办理", "接收", "接到"}) verb = std::min(verb, h.find(w));
  std::string_view before = h.substr(0, verb == std::string_view::npos ? h.size() : verb);
  for (std::string_view w : {"年度", "年"})
    if (before.starts_with(w)) before.remove_prefix(w.size());
  return only_words_of(before, kWholeWords) ? host : -1;
}
bool holds_all_of_them(const Context& cx, int i) { return total_holding_all(cx, i) >= 0; }

// Two statements of one figure by the same words and at the same level that differ (「上年结转6件」
// and later 「本年度上年结转7件」; 自然人申请 given twice): whichever the table bears out, the other
// is a slip. The same words are what the selector's label pattern matched in each; the same level
// is: under the same heading, neither set below another (names_sub_level, a list's part, a bracket
// after another count), nothing said of either after it, no word of another level between them
// (其中, 本级…), no topic before either (区教育局：), only words of the whole before either's name
// and words going on with it after (not 区教育局自然人申请, 上年结转增加), no other year in its
// sentence.
// Whether every heading a figure stands under is one of the format's sections on the report's
// own whole (一、总体情况 or 一、概述, （二）依申请公开, 三、收到和处理政府信息公开申请情况), none of another
// body, time or part (（三）区教育局, （二）上半年).
bool own_sections(const Context& cx, int i) {
  int h = cx.fig(i).heading;
  if (h < 0) return false;
  for (; h >= 0; h = cx.doc.headings[static_cast<std::size_t>(h)].parent) {
    const std::string& t = cx.doc.headings[static_cast<std::size_t>(h)].title;
    bool own = false;
    for (std::string_view w : {"总体情况", "概述", "依申请公开", "收到和处理政府信息公开申请"}) own = own || t.find(w) != std::string::npos;
    if (!own || t.size() > 60) return false;
  }
  return true;
}

int conflicting_statement(Context& cx, const FigureDef& def, const std::vector<int>& prose, int right) {
  // (Nothing said of either after it: 「另有上年结转5件已于年初办结」 is of some of them. The
  // bracket closing after 「（含上年结转5件）」 says nothing more of it.)
  auto said_after = [&](int i) { return !cx.fig(i).after.empty() && !(cx.fig(i).after == ")" && holds_all_of_them(cx, i)); };
  if (!def.label || cx.fig(right).last_years || said_after(right)) return -1;
  // (A report states a figure a few times; a text stating it hundreds of times is no report's,
  // and each of its statements would be read against every other.)
  if (prose.size() > 64) return -1;
  auto named = [&](int i) {
    std::string_view l = cx.fig(i).label;
    std::size_t b = 0, e = 0;
    return def.label->find(l, 0, l.size(), b, e) && e > b ? std::string(l.substr(b, e - b)) : std::string();
  };
  // What `right` is (below another statement, the name it is stated by) is worked out only when
  // another statement could conflict with it at all: most reports state a figure once, or alike.
  std::optional<std::string> name;  // empty when right is below another or names nothing
  auto list_whole = [&](int i) -> std::string {
    int l = cx.list_of[i];
    int w = l < 0 ? -1 : cx.doc.lists[static_cast<std::size_t>(l)].whole;
    return l < 0 ? "" : w < 0 ? "?" : cx.fig(w).value.str();
  };
  const int year = cx.report_year();
  std::vector<Decimal> new_counts;  // counts of new applications stated, when first asked
  bool counted = false;
  for (int j : prose) {
    const auto& g = cx.fig(j);
    if (g.value == cx.fig(right).value || g.last_years || g.part != cx.fig(right).part || said_after(j)) continue;
    if (!name) name = below_another(cx, right, prose) ? std::string() : named(right);
    if (name->empty()) return -1;
    if (below_another(cx, j, prose) || named(j) != *name) continue;
    int a = std::min(j, right), b = std::max(j, right);
    const std::u32string_view f = cx.doc.folded;
    std::uint32_t from = cx.fig(a).end(), to = cx.fig(b).span.begin;
    // (A bracket giving all of them that a total holds is held to the counts instead, below: the
    // total less the other statement must be the new applications stated.)
    const bool all_a = holds_all_of_them(cx, a), all_b = holds_all_of_them(cx, b);
    bool moves = !all_a && !all_b && level_word_between(cx, from, to);
    // (Under one heading: a section may be of another body, time or part, 「（三）区教育局」「（三）上半年」.)
    // (Sections of the report's own whole, 「一、总体情况」「（二）依申请公开」, are one level.)
    moves = moves || (cx.fig(a).heading != cx.fig(b).heading && !(own_sections(cx, a) && own_sections(cx, b)));
    for (int x : {a, b}) {
      // (Nor after a topic, 「区教育局：自然人申请12件」, or in a sentence about some of them,
      // 「网上申请中，自然人申请40件」「在答复的67件中，…」.)
      std::uint32_t k = cx.fig(x).span.begin;
      while (k > 0 && std::u32string_view(U",;:。\n").find(f[k - 1]) == std::u32string_view::npos) --k;
      moves = moves || (k > 0 && f[k - 1] == U':');
      moves = moves || about_some_of_them(cx, x);
      // (Nor after a clause of time with no count of its own: 「上半年，自然人申请30件」
      // 「截至6月30日，…」.)
      for (std::uint32_t end = k; end > 1 && f[end - 1] != U'。' && f[end - 1] != U'\n' && !moves;) {
        std::uint32_t begin = end - 1;
        while (begin > 0 && std::u32string_view(U",;:。\n").find(f[begin - 1]) == std::u32string_view::npos) --begin;
        bool counts = false;
        for (int y = x - 1; y >= 0 && cx.fig(y).span.begin >= begin; --y) counts = counts || cx.fig(y).kind == FigureKind::Count;
        std::string clause = text::to_utf8(f.substr(begin, end - 1 - begin));
        for (std::string_view w : {"半年", "季度", "月", "截至", "截止", "以来", "期间", "同期", "上年", "去年", "累计"})
          moves = moves || (!counts && clause.find(w) != std::string::npos);
        end = begin;
      }
      std::string_view label = cx.fig(x).label;
      std::size_t at = label.find(*name);
      std::string_view before = label.substr(0, at);
      if (holds_all_of_them(cx, x))
        for (std::string_view w : {"含", "包括", "包含"})
          if (before.starts_with(w)) before.remove_prefix(w.size());
      moves = moves || !only_words_of(before, kWholeWords) || !only_words_of(label.substr(at + name->size()), kNameGoesOn);
      // (another year earlier in its sentence: 「2020年，自然人申请…」)
      for (int y = x - 1; y >= 0 && cx.fig(y).sentence == cx.fig(x).sentence && !moves; --y)
        moves = cx.fig(y).kind == FigureKind::Year && !(cx.fig(y).value == Decimal::integer(year));
    }
    // Each a part of the same whole, or neither a part: 「办结67件（含上年结转5件）」 is of those closed.
    // (A bracket giving all of them that a total of applications holds is neither: it states the
    // figure of the whole report, as 「上年结转6件」 does.)
    if ((all_a ? "" : list_whole(a)) != (all_b ? "" : list_whole(b)) || (!all_a && bracketed_after_count(cx, a)) ||
        (!all_b && bracketed_after_count(cx, b)))
      moves = true;
    // (And only when the counts say the total is all of them: it less the other statement is a
    // count of new applications the report states, and less its own bracket is none.)
    for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      if (moves || !(x == a ? all_a : all_b)) continue;
      if (!counted && (counted = true))
        for (const auto& h : cx.doc.figures) {
          std::string_view l = h.label;
          if (h.kind != FigureKind::Count || l.find("结转") != std::string_view::npos) continue;
          for (std::string_view w : {"新收", "收到", "受理", "接收"})
            if (l.find(w) != std::string_view::npos) {
              new_counts.push_back(h.value);
              break;
            }
        }
      const Decimal& host = cx.fig(total_holding_all(cx, x)).value;
      auto stated = [&](const Decimal& v) { return std::find(new_counts.begin(), new_counts.end(), v) != new_counts.end(); };
      moves = !stated(host - cx.fig(y).value) || stated(host - cx.fig(x).value);
    }
    if (!moves) return j;
  }
  return -1;
}

// "政务服务中心全年受理各类事项12,345件，办结12,300件": a sentence whose count received names
// items other than applications (事项, 工单, 来信, …) speaks of them, and its 办结 is theirs.
// (The nearest count before it in its sentence, on its line, that names applications or
// receiving other items decides; worked out, when first asked, for every figure of that
// sentence on that line in one pass: only the sentences of the figures asked about are read.)
bool about_other_items(const Context& cx, int i) {
  const auto& figs = cx.doc.figures;
  // (Labels searched as UTF-8: a word found in valid UTF-8 bytes is the same word.)
  static constexpr std::string_view kReceived[] = {"受理", "收到", "接收", "接到", "办理"};
  static constexpr std::string_view kItems[] = {"事项", "工单", "来信", "来电", "来访", "诉求", "案件", "业务", "留言", "咨询", "信访", "提案", "议案"};
  if (!cx.other_items) cx.other_items.emplace(figs.size(), 0);  // 0: not worked out yet, 1: no, 2: yes
  auto& other = *cx.other_items;
  if (!other[static_cast<std::size_t>(i)]) {
    auto same_run = [&](std::size_t a, std::size_t b) { return figs[a].sentence == figs[b].sentence && figs[a].line == figs[b].line; };
    std::size_t k = static_cast<std::size_t>(i);
    while (k > 0 && same_run(k - 1, k)) --k;
    bool state = false;  // what the counts so far in the sentence say of the next figure
    for (; k < figs.size() && (k <= static_cast<std::size_t>(i) || same_run(k - 1, k)); ++k) {
      other[k] = state ? 2 : 1;
      if (figs[k].kind != FigureKind::Count) continue;
      std::string_view l = figs[k].label;
      // (Each word sought by its last bytes: Regex::find_word.)
      if (Regex::find_word(l, "申请") != std::string_view::npos) state = false;
      else if (std::any_of(std::begin(kReceived), std::end(kReceived), [&](auto w) { return Regex::find_word(l, w) != l.npos; }) &&
               std::any_of(std::begin(kItems), std::end(kItems), [&](auto w) { return Regex::find_word(l, w) != l.npos; }))
        state = true;
    }
  }
  return other[static_cast<std::size_t>(i)] == 2;
}

// With no table and no bracket: the overview's 「全区主动公开政府信息5713条」 and the section's
// 「2012年全区主动公开政府信息5713条」 state the report's own figure twice. A statement is of the
// report's own whole when only words of the whole stand before the name the selector matched (a
// year, 全区, 我办, 共) and only words going on with it after; it is not a part of a list of
// another statement, of a lower level or other bodies, or of some of them; and no heading it stands
// under names another level or time ((一)公开情况, not (二)各街道 or (二)上半年). The first such statement in the
// overview and the first in a later section are compared: different values are a slip in one of
// them: reported as a warning at the later one, or at the overview's when the later one's parts
// bear it out. True when compared.
bool restated_in_text(Context& cx, const FigureDef& def, const Check& c, const std::vector<int>& prose) {
  if (!def.label) return false;
  auto title_of = [&](int h) -> const std::string& { return cx.doc.headings[static_cast<std::size_t>(h)].title; };
  auto overview = [&](int h) {
    for (; h >= 0 && cx.doc.headings[static_cast<std::size_t>(h)].parent >= 0; h = cx.doc.headings[static_cast<std::size_t>(h)].parent) {}
    return h >= 0 && (title_of(h).find("概述") != std::string::npos || title_of(h).find("总体情况") != std::string::npos);
  };
  auto plain_headings = [&](int h) {
    if (h < 0) return false;
    for (; h >= 0; h = cx.doc.headings[static_cast<std::size_t>(h)].parent) {
      std::string t = title_of(h);
      // (A heading run into its paragraph, 「（一）公开数量。全市各级行政机关共…」: its title ends
      // at the full stop or colon.)
      if (auto stop = std::min(t.find("。"), t.find(':')); stop != std::string::npos) t.erase(stop);
      if (t.size() > 60 || names_sub_level(t)) return false;
      for (std::string_view w : {"半年", "季度", "月", "上年", "去年", "累计", "截至", "以来", "历年"})
        if (t.find(w) != std::string::npos) return false;
      // (Nor a section on one body, 「（一）区政府主动公开情况」: 政府信息 aside, no body named.)
      for (auto at = t.find("政府信息"); at != std::string::npos; at = t.find("政府信息")) t.erase(at, std::string_view("政府信息").size());
      for (std::string_view w : {"政府", "局", "委", "办公室", "街道", "乡", "镇", "县", "区", "市", "中心", "部门", "单位", "系统"})
        if (t.find(w) != std::string::npos) return false;
    }
    return true;
  };
  // The name the selector matched, its verb made one (受理, 接收, 接到 and 收到 are the same count).
  auto name_of = [&](int x) {
    std::string_view l = cx.fig(x).label;
    std::size_t b = 0, e = 0;
    if (!def.label->find(l, 0, l.size(), b, e) || e <= b) return std::string();
    std::string n(l.substr(b, e - b));
    for (std::string_view v : {"受理", "接收", "接到"})
      if (n.starts_with(v)) n = "收到" + n.substr(v.size());
    // (「主动公开政府信息5713条」 and 「共主动公开信息5731条」 name the same count: 政府信息 is the
    // information the report is about.)
    if (auto g = n.find("政府信息"); g != std::string::npos) n.erase(g, std::string_view("政府").size());
    return n;
  };
  auto own_whole = [&](int x) {
    const auto& g = cx.fig(x);
    if (g.approx != Approx::Exact || holds_all_of_them(cx, x) || bracketed_after_count(cx, x) || below_another(cx, x, prose) ||
        other_bodies(cx, x) || !plain_headings(g.heading))
      return false;
    std::string_view l = g.label;
    std::size_t b = 0, e = 0;
    if (!def.label->find(l, 0, l.size(), b, e) || e <= b) return false;
    // (Nor after a clause of time in its sentence: 「截至年底,共主动公开政府信息1500条」 is a running
    // total, 「上半年,…」 some of the year; 「2014年1月1日至12月31日,…」 is the year itself.)
    // (Read back 300 characters at most: a sentence without end on hostile input stays linear.)
    {
      const std::u32string_view f = cx.doc.folded;
      const std::uint32_t floor = g.span.begin > 300 ? g.span.begin - 300 : 0;
      std::uint32_t end = g.span.begin;
      while (end > floor && std::u32string_view(U",;:。\n").find(f[end - 1]) == std::u32string_view::npos) --end;
      while (end > floor + 1 && f[end - 1] != U'。' && f[end - 1] != U'\n') {
        std::uint32_t begin = end - 1;
        while (begin > floor && std::u32string_view(U",;:。\n").find(f[begin - 1]) == std::u32string_view::npos) --begin;
        std::string clause = text::to_utf8(f.substr(begin, end - 1 - begin));
        for (std::string_view w : {"半年", "季度", "截至", "截止", "以来", "期间", "同期", "上年", "去年", "累计", "历年"})
          if (clause.find(w) != std::string::npos) return false;
        // (Nor after a clause naming another level or bodies beside the report's own: 「本局及所属
        // 单位共主动公开…,受理申请3件」 may count more than the section's 「本局共受理申请2件」.)
        if (names_sub_level(clause)) return false;
        if (clause.find("月") != std::string::npos && !(clause.find("1月1日") != std::string::npos && clause.find("12月31日") != std::string::npos))
          return false;
        end = begin;
      }
    }
    // (「2012年全区主动公开…」: the report's year, a figure of its own, leaves 年 before the words.)
    std::string_view before = l.substr(0, b);
    for (std::string_view w : {"年度", "年"})
      if (before.starts_with(w) && x > 0 && cx.fig(x - 1).kind == FigureKind::Year && cx.fig(x - 1).sentence == g.sentence &&
          cx.fig(x - 1).value == Decimal::integer(cx.report_year())) {
        before.remove_prefix(w.size());
        break;
      }
    if (!only_words_of(before, kWholeWords) || !only_words_of(l.substr(e), kNameGoesOn)) return false;
    // (Nor after a topic, 「区教育局：主动公开…」.)
    const std::u32string_view f = cx.doc.folded;
    std::uint32_t k = g.span.begin;
    const std::uint32_t floor = k > 300 ? k - 300 : 0;
    while (k > floor && std::u32string_view(U",;:。\n").find(f[k - 1]) == std::u32string_view::npos) --k;
    return !(k > 0 && f[k - 1] == U':');
  };
  // (By the same name: 「收到市政府信息公开申请5件」 is not the report's 「收到政府信息公开申请30件」.)
  // (The cheap tests first, and four statements by the name after the overview at most: a run of
  // thousands of them on hostile input is not each read back for its clauses.)
  int first = -1, later = -1, tried = 0;
  std::string first_name;
  for (int x : prose) {
    const bool in_overview = overview(cx.fig(x).heading);
    if (first < 0) {
      if (in_overview && own_whole(x)) first_name = name_of(first = x);
      continue;
    }
    if (in_overview || name_of(x) != first_name) continue;
    if (own_whole(x)) {
      later = x;
      break;
    }
    if (++tried == 4) break;
  }
  // With no statement in an overview (a report whose first section is 基本工作情况 or none), two
  // statements by the same name under different headings, each in a sentence that opens with the
  // report's own year (「2010年,我街主动公开政府信息4条。」 under (一)公开的数量 and 「…5条。」 under
  // (二)公开的内容), state the year's figure twice.
  const bool in_sections = first < 0;
  if (in_sections) {
    auto of_the_year = [&](int x) {
      const auto& g = cx.fig(x);
      return x > 0 && cx.fig(x - 1).kind == FigureKind::Year && cx.fig(x - 1).sentence == g.sentence &&
             cx.fig(x - 1).value == Decimal::integer(cx.report_year()) && (x < 2 || cx.fig(x - 2).sentence != g.sentence);
    };
    tried = 0;
    for (int x : prose) {
      if (overview(cx.fig(x).heading) || !of_the_year(x)) continue;
      if (first < 0) {
        if (own_whole(x)) first_name = name_of(first = x);
        continue;
      }
      // (Not a second report's on the same page: 「二、主动公开…」 again under its own title.)
      if (cx.fig(x).report != cx.fig(first).report) break;
      if (name_of(x) != first_name || cx.fig(x).heading == cx.fig(first).heading) continue;
      if (own_whole(x)) {
        later = x;
        break;
      }
      if (++tried == 4) break;
    }
  }
  // 「已办结266件，结转下年度继续办理64件。办结的268件中，同意公开26件，…」: a count restated in the
  // very next sentence as the whole that sentence divides (…的N件…中), by the same words under the
  // same heading, is the same count; the one the division's parts do not bear out is the slip.
  bool adjacent = false;
  if (first < 0 || later < 0) {
    first = later = -1;
    auto bare = [&](int x) {
      std::string n = name_of(x);
      for (std::string_view w : {"在", "已"})
        if (n.starts_with(w)) n.erase(0, w.size());
      if (n.ends_with("的")) n.erase(n.size() - std::string_view("的").size());
      return n;
    };
    for (std::size_t q = 0; q + 1 < prose.size() && later < 0; ++q) {
      const int x = prose[q], y = prose[q + 1];
      const auto &gx = cx.fig(x), &gy = cx.fig(y);
      // (In the sentence right after x's: one full stop between them.)
      const std::u32string_view between = gy.span.begin > gx.end() ? std::u32string_view(cx.doc.folded).substr(gx.end(), gy.span.begin - gx.end())
                                                                    : std::u32string_view();
      if (std::count(between.begin(), between.end(), U'。') != 1 || between.find_first_of(U"!?") != std::u32string_view::npos ||
          gy.heading != gx.heading || gx.approx != Approx::Exact ||
          gy.approx != Approx::Exact || gx.unit != gy.unit || !std::string_view(gy.label).ends_with("的") ||
          std::string_view(gy.after).find("中") == std::string_view::npos)
        continue;
      if (const std::string n = bare(x); n.empty() || n != bare(y)) continue;
      // (Each the report's own count: only words of the whole before the name, 已 aside.)
      const bool own = [&] {
        for (int z : {x, y}) {
          std::string_view l = cx.fig(z).label;
          std::size_t b = 0, e = 0;
          if (!def.label->find(l, 0, l.size(), b, e) || holds_all_of_them(cx, z) || bracketed_after_count(cx, z) ||
              other_bodies(cx, z))
            return false;
          std::string_view before = l.substr(0, b);
          for (std::string_view w : {"已", "在"})  // (「在已办结的…」)
            if (before.ends_with(w)) before.remove_suffix(w.size());
          if (!only_words_of(before, kWholeWords)) return false;
        }
        return true;
      }();
      if (!own) continue;
      first = x, later = y, adjacent = true;
    }
    if (later < 0) return false;
  }
  // (Not when either line speaks of applications carried over: 「共收到申请9件,其中上年结转3件」
  // holds more than the overview's 6 received this year. Next to each other, only those carried
  // over from last year: the ones carried on to next year are no part of either.)
  for (int x : {first, later}) {
    Span ln = cx.doc.lines.line_span(cx.fig(x).line);
    std::u32string_view t = std::u32string_view(cx.doc.folded).substr(ln.begin, ln.end - ln.begin);
    if (adjacent) {
      for (std::u32string_view w : {std::u32string_view(U"上年结转"), std::u32string_view(U"上一年"), std::u32string_view(U"上年度"),
                                    std::u32string_view(U"遗留"), std::u32string_view(U"往年"), std::u32string_view(U"转结")})
        if (t.find(w) != std::u32string_view::npos) return false;
      continue;
    }
    for (std::u32string_view w : {std::u32string_view(U"结转"), std::u32string_view(U"转结"), std::u32string_view(U"遗留"),
                                  std::u32string_view(U"上年度"), std::u32string_view(U"往年")})
      if (t.find(w) != std::u32string_view::npos) return false;
  }
  if (same_count(cx, first, cx.fig(later).value, rounding_slack(cx, later))) {
    cx.pass(c, cx.fig(later).line);
    return true;
  }
  // (Nor when a count of its unit in either sentence is the difference: 「受理申请30件，另有2012年
  // 未办结的申请6件」「30件（不含重复申请6件）」 against the overview's 36 say what one counts more.)
  {
    const Decimal a = cx.fig(first).value, b = cx.fig(later).value;
    const Decimal diff = a < b ? b - a : a - b;
    for (int x : {first, later})
      for (int k = x + 1; k < static_cast<int>(cx.doc.figures.size()) && cx.fig(k).sentence == cx.fig(x).sentence; ++k)
        if (cx.fig(k).kind == FigureKind::Count && cx.fig(k).unit == cx.fig(x).unit && cx.fig(k).value == diff) {
          cx.skip(c, "a count stated with one of them is their difference", cx.fig(later).line);
          return true;
        }
  }
  // Which one is the slip: the one whose own parts do not bear it out, when the other's do (the
  // section's 「共主动公开48条。其中机构职能类6条,占12.5%;…」 make 48, the overview's 84 is then
  // the slip). Otherwise the later one is reported.
  auto borne_out = [&](int x) {
    const Decimal& v = cx.fig(x).value;
    for (const auto& l : cx.doc.lists) {
      if (l.parts.empty() || l.parts.front() <= x) continue;
      Decimal S;
      for (int p : l.parts) S = S + cx.fig(p).total();
      if (l.whole == x && S == v) return true;
      // (Or the list of shares right after it, with no count of its unit between, all of them of it.)
      bool next = cx.top_section(l.parts.front()) == cx.top_section(x);
      for (int k = x + 1; k < l.parts.front() && next; ++k)
        next = !(cx.fig(k).kind == FigureKind::Count && cx.fig(k).unit == cx.fig(x).unit);
      if (l.whole < 0 && l.shares && next && list_fits(cx, l, v, false)) return true;
    }
    return false;
  };
  const bool first_slip = borne_out(later) && !borne_out(first);
  const int at = first_slip ? first : later, other = first_slip ? later : first;
  Finding f;
  f.severity = Severity::Warning;
  f.primary = cx.fig(at).span;
  f.related.push_back({cx.fig(other).span, describe(cx.fig(other)) + " " + cx.val(other)});
  f.message = first_slip ? fmt::format("正文两处所述{}不一致：{}为 {}，第 {} 行为 {}，其分项之和与之相符", describe(cx.fig(at)),
                                       in_sections || adjacent ? "前文" : "概述", cx.val(at), cx.doc.location(cx.fig(other).span).line, cx.val(other))
                         : fmt::format("正文两处所述{}不一致：此处为 {}，{}（第 {} 行）为 {}", describe(cx.fig(at)), cx.val(at),
                                       in_sections || adjacent ? "前文" : "概述", cx.doc.location(cx.fig(other).span).line, cx.val(other));
  f.expected = cx.fig(other).value.str();
  f.actual = cx.fig(at).value.str();
  f.suggestion = first_slip ? "应为 " + cx.fig(other).value.str() : "核对两处：同一个数字应当相同";
  cx.fail(c, std::move(f), cx.fig(at).line);
  return true;
}

// With no table to hold the text against: 「全年共处理申请76件（含上年结转5件）」 and 「本年新收申请70件，
// 上年结转6件」 state the figure twice, and the counts say which is right (76 less 6 is the 70 new
// ones stated; 76 less 5 is no count stated): the bracket is the slip (conflicting_statement).
// Reported as a warning at the bracket; true when one was, or when the two agree (passed).
bool bracket_against_text(Context& cx, const RulePack& pack, const Check& c) {
  const FigureDef* def = cx.def(pack, c.figure);
  if (!def) return false;
  std::vector<int> prose;
  for (int i : matches(cx, def))
    if (!cx.fig(i).in_table &&
        std::none_of(cx.table_zones.begin(), cx.table_zones.end(),
                     [&](const Span& z) { return cx.fig(i).span.begin >= z.begin && cx.fig(i).span.begin < z.end; }) &&
        !about_another_year(cx, i) && !cx.fig(i).last_years &&
        !about_other_items(cx, i))
      prose.push_back(i);
  for (int i : prose) {
    if (holds_all_of_them(cx, i)) continue;
    int j = conflicting_statement(cx, *def, prose, i);
    if (j < 0 || !holds_all_of_them(cx, j)) continue;
    const int host = total_holding_all(cx, j);
    Finding f;
    f.severity = Severity::Warning;
    f.primary = cx.fig(j).span;
    f.related.push_back({cx.fig(i).span, describe(cx.fig(i)) + " " + cx.val(i)});
    f.related.push_back({cx.fig(host).span, describe(cx.fig(host)) + " " + cx.val(host)});
    f.message = fmt::format("正文两处所述{}不一致：{}（第 {} 行）与 {}（第 {} 行）；{} 减去 {} 正是所述本年新收的申请数", describe(cx.fig(i)),
                            cx.val(j), cx.fig(j).line, cx.val(i), cx.fig(i).line, cx.val(host), cx.fig(i).value.str());
    f.expected = cx.fig(i).value.str();
    f.actual = cx.fig(j).value.str();
    f.suggestion = "改为 " + cx.fig(i).value.str() + "，与另一处及所含的新收申请数一致";
    cx.fail(c, std::move(f), cx.fig(j).line);
    return true;
  }
  // (A bracket and another statement giving the same value agree.)
  for (int j : prose)
    if (holds_all_of_them(cx, j))
      for (int i : prose)
        if (i != j && !holds_all_of_them(cx, i) && cx.fig(i).value == cx.fig(j).value) {
          cx.pass(c, cx.fig(j).line);
          return true;
        }
  return restated_in_text(cx, *def, c, prose);
}

// 「结转下年度继续办理9件，其中自然人申请8件」: a part of a list whose whole is the carried over (in
// or out) counts some of those, not the year's new applications the table's row holds.
bool part_of_carried(const Context& cx, int i) {
  const int l = cx.list_of[static_cast<std::size_t>(i)];
  int w = l < 0 ? -1 : cx.doc.lists[static_cast<std::size_t>(l)].whole;
  // (Or, with no list made, after a 其中 following the last count before it in its sentence:
  // 「结转下年度的9件已于次年1月全部办结，其中予以公开5件」.)
  if (w < 0) {
    int k = i - 1;
    while (k >= 0 && cx.fig(k).sentence == cx.fig(i).sentence && cx.fig(k).kind != FigureKind::Count) --k;
    if (k < 0 || cx.fig(k).sentence != cx.fig(i).sentence || cx.fig(k).in_table) return false;
    const std::u32string_view f = cx.doc.folded;
    const std::uint32_t from = cx.fig(k).end(), to = cx.fig(i).span.begin;
    if (to <= from || f.substr(from, to - from).find(U"其中") == std::u32string_view::npos) return false;
    w = k;
  }
  // (Not when it is more than that whole: 「收到申请70件，上年结转6件，其中自然人申请62件」 divides the 70.)
  if (w < 0 || w == i || cx.fig(w).value < cx.fig(i).value) return false;
  std::string_view label = cx.fig(w).label;
  return label.find("结转") != std::string_view::npos || label.find("转结") != std::string_view::npos;
}

void restated_against(Context& cx, const RulePack& pack, const Check& c, const TableInstance* t, std::vector<int> prose);

// The report on the page an offset is in (see Document::report_starts).
int report_at(const Document& doc, std::uint32_t at) {
  return static_cast<int>(std::upper_bound(doc.report_starts.begin(), doc.report_starts.end(), at) - doc.report_starts.begin());
}

void run_restated_table(Context& cx, const RulePack& pack, const Check& c, const std::vector<TableInstance>& tables) {
  const TableInstance* t = nullptr;
  for (auto& x : tables)
    if (x.def->name == c.table) { t = &x; break; }
  if (!t) {
    if (!bracket_against_text(cx, pack, c)) cx.skip(c, "table '" + c.table + "' not found in this document");
    return;
  }
  std::vector<int> prose;
  // (Not last year's count, bracketed as such: "较上年(40件)增长20%"; nor another item's.)
  for (int i : matches(cx, cx.def(pack, c.figure)))
    if (!cx.fig(i).in_table && !(cx.fig(i).span.begin >= t->zone.begin && cx.fig(i).span.begin < t->zone.end) &&
        !about_another_year(cx, i) && !cx.fig(i).last_years && !about_other_items(cx, i) && !over_several_years(cx, i) &&
        !part_of_carried(cx, i))
      prose.push_back(i);
  if (prose.empty()) {
    cx.skip(c, std::string("'") + c.figure + "' is not stated in the text");
    return;
  }
  if (cx.doc.report_starts.empty()) return restated_against(cx, pack, c, t, std::move(prose));
  // Several reports on one page: each one's text against its own table, none against another's.
  std::map<int, std::vector<int>> by_report;
  for (int i : prose) by_report[cx.fig(i).report].push_back(i);
  for (auto& [r, its] : by_report) {
    const TableInstance* own = nullptr;
    for (auto& x : tables)
      if (x.def->name == c.table && report_at(cx.doc, x.zone.begin) == r) { own = &x; break; }
    if (!own) {
      cx.skip(c, "report " + std::to_string(r + 1) + " on the page has no table '" + c.table + "' of its own", cx.fig(its.front()).line);
      continue;
    }
    its.erase(std::remove_if(its.begin(), its.end(), [&](int i) { return cx.fig(i).span.begin >= own->zone.begin && cx.fig(i).span.begin < own->zone.end; }),
              its.end());
    if (!its.empty()) restated_against(cx, pack, c, own, std::move(its));
  }
}

// No other count of the text in the figure's sentence.
bool alone_in_sentence(Context& cx, int i) {
  const Figure& f = cx.fig(i);
  for (int k = i - 1; k >= 0 && cx.fig(k).sentence == f.sentence; --k)
    if (!cx.fig(k).in_table && cx.fig(k).kind == FigureKind::Count) return false;
  for (int k = i + 1; k < static_cast<int>(cx.doc.figures.size()) && cx.fig(k).sentence == f.sentence; ++k)
    if (!cx.fig(k).in_table && cx.fig(k).kind == FigureKind::Count) return false;
  return true;
}

void restated_against(Context& cx, const RulePack& pack, const Check& c, const TableInstance* t, std::vector<int> prose) {
  std::vector<std::pair<std::string, Decimal>> readings;
  std::string why;
  // Cells with numbers first; when none reads so, a table that writes no 0 is read with its
  // dashes and blanks for 0 (「行政规范性文件 — — 27」: none made this year), the stated figure
  // being the number on the other side.
  for (bool marks_zero : {false, true}) {
    if (!readings.empty()) break;
    for (std::size_t k = 0; k < c.cell_exprs.size(); ++k) {
      auto lookup = [&](const std::string& n) { return named_cell(*t, n, why, marks_zero, &pack); };
      auto v = evaluate(*c.cell_exprs[k], lookup, [](const std::string& n) { return std::vector<std::string>{n}; });
      if (v.type == Value::Type::Number) readings.push_back({c.cells[k], v.number});
    }
  }
  if (readings.empty()) {
    cx.skip(c, why.empty() ? "the table cells are not readable" : why);
    return;
  }
  std::set<std::string> stated;
  for (int i : prose) {
    stated.insert(cx.fig(i).value.str());
    for (auto& [src, v] : readings)
      if (same_count(cx, i, v)) {
        if (int j = conflicting_statement(cx, *cx.def(pack, c.figure), prose, i); j >= 0) {
          Finding f;
          f.severity = Severity::Warning;
          f.primary = cx.fig(j).span;
          f.related.push_back({cx.fig(i).span, describe(cx.fig(i)) + " " + cx.val(i) + "（与" + t->def->title + "一致）"});
          f.message = fmt::format("正文两处所述{}不一致：{}（第 {} 行）与 {}（第 {} 行）；{}为 {}", describe(cx.fig(i)), cx.val(j),
                                  cx.fig(j).line, cx.val(i), cx.fig(i).line, t->def->title, v.str());
          f.expected = cx.fig(i).value.str();
          f.actual = cx.fig(j).value.str();
          f.suggestion = "改为 " + cx.fig(i).value.str() + "，与另一处及表中一致";
          cx.fail(c, std::move(f), cx.fig(j).line);
          return;
        }
        cx.out.outcomes.push_back({c.id, Status::Passed, "the text states " + src, cx.fig(i).line});
        return;
      }
  }
  const int i = statement_to_check(cx, pack, c, prose, stated.size() > 1);
  if (i < 0) return;
  const int line = cx.fig(i).line;
  // 「全区各级行政机关共收到政府信息公开申请312件，其中区政府本级收到70件」: the table is the body's
  // own level's, and the text states it right after the whole's, naming that level.
  for (int k = i + 1; k < static_cast<int>(cx.doc.figures.size()) && cx.fig(k).sentence == cx.fig(i).sentence; ++k) {
    const auto& g = cx.fig(k);
    if (g.in_table || g.kind != FigureKind::Count || g.unit != cx.fig(i).unit || !label_names_sub_level(cx, k)) continue;
    for (auto& [src, v] : readings)
      if (g.value == v) {
        cx.out.outcomes.push_back({c.id, Status::Passed, "the text states " + src + " for the body's own level", g.line});
        return;
      }
  }
  // The table's own relations already blame the cell and say it should be what the text
  // states: one discrepancy, reported once, at the cell.
  for (auto& [src, v] : readings) {
    auto dot = src.rfind('.');
    if (dot == std::string::npos || src.find_first_of("+-*/ ") != std::string::npos) continue;
    const TableCell* cell = t->cell(src.substr(0, dot), t->def->column(src.substr(dot + 1)));
    if (!cell) continue;
    for (const auto& other : cx.out.findings)
      if (other.primary.begin == cell->span.begin && other.primary.end == cell->span.end &&
          other.expected == cx.fig(i).value.str()) {
        cx.skip(c, "the table check reports that cell, whose reconciling value is the one the text states", line);
        return;
      }
  }
  Finding f;
  f.severity = c.severity;
  f.primary = cx.fig(i).span;
  // 「因本机关不掌握相关政府信息等原因无法提供的17件，均告知了申请人」 alone in its sentence, 17 being
  // exactly one of the rows its category sums (that one reason's): its 等 may be filler and the
  // count that reason's. A note. (Among the other categories of a list, 「予以公开…；因…等原因无法
  // 提供265件，占32.9%；不予处理…」, the count stands for its category: the finding stands.)
  std::string sub_row;
  if (cx.fig(i).label.find("等") != std::string::npos && alone_in_sentence(cx, i))
    for (const auto& e : c.cell_exprs) {
      std::vector<std::string> names;
      collect_names(*e, [](const std::string& n) { return std::vector<std::string>{n}; }, names);
      if (names.size() < 2) continue;
      std::string unused;
      for (const auto& n : names)
        if (auto v = named_cell(*t, n, unused, true, &pack); v && !v->is_zero() && same_count(cx, i, *v)) {
          f.severity = Severity::Note;
          sub_row = n;
        }
    }
  // Readings in the table's own words: 「一、本年新收…」总计 + 「二、上年结转…」总计 = 76.
  auto words = [&](std::string src) {
    std::vector<std::string> names;
    for (auto& e : c.cell_exprs) collect_names(*e, [](const std::string& n) { return std::vector<std::string>{n}; }, names);
    std::sort(names.begin(), names.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
    for (auto& n : names) {
      auto dot = n.rfind('.');
      const auto& def = *t->def;
      int row = static_cast<int>(std::find_if(def.rows.begin(), def.rows.end(), [&](auto& r) { return r.name == n.substr(0, dot); }) - def.rows.begin());
      std::string shown = "「" + row_title(cx.doc, *t, row) + "」" + def.column_labels[def.column(n.substr(dot + 1))];
      std::string unused;
      if (!named_cell(*t, n, unused) && named_cell(*t, n, unused, false, &pack))  // a blank total read from its row
        shown = "「" + row_title(cx.doc, *t, row) + "」各栏之和";
      for (auto at = src.find(n); at != std::string::npos; at = src.find(n, at + shown.size())) src.replace(at, n.size(), shown);
    }
    return src;
  };
  std::string alts;
  for (auto& [src, v] : readings) alts += (alts.empty() ? "" : "；") + words(src) + " = " + v.str();
  f.message = fmt_message(c.message, {{"prose", cx.val(i)}, {"table", readings.front().second.str()}},
                          fmt::format("正文所述 {} {} 与{}不一致（{}）", describe(cx.fig(i)), cx.val(i), t->def->title, alts));
  f.expected = readings.front().second.str();
  f.actual = cx.fig(i).value.str();
  if (!sub_row.empty())
    f.suggestion = "所述件数正好等于" + words(sub_row) + "，「等」或为泛指；若指整类，应为 " + f.expected;
  for (auto& [src, v] : readings) {
    auto dot = src.rfind('.');
    if (dot != std::string::npos && src.find_first_of("+-*/ ") == std::string::npos) {
      const TableCell* cell = t->cell(src.substr(0, dot), t->def->column(src.substr(dot + 1)));
      if (cell && cell->kind == CellKind::Number) f.related.push_back({cell->span, t->def->title + "：" + words(src) + " " + v.str()});
    }
  }
  cx.fail(c, std::move(f), line);
}

void restated_in_report(Context& cx, const RulePack& pack, const Check& c, const std::vector<int>& m);

void run_restated(Context& cx, const RulePack& pack, const Check& c) {
  const auto& all = matches(cx, cx.def(pack, c.figure));
  if (cx.doc.report_starts.empty()) return restated_in_report(cx, pack, c, all);
  // Several reports on one page: each one's text against its own table (the reports with none
  // are not asked again one by one: the text alone is read once, as for one report).
  std::map<int, std::vector<int>> by_report;
  std::set<int> tabled;
  for (int i : all) {
    by_report[cx.fig(i).report].push_back(i);
    if (cx.fig(i).in_table) tabled.insert(cx.fig(i).report);
  }
  if (tabled.empty()) return restated_in_report(cx, pack, c, all);
  for (auto& [r, m] : by_report)
    if (tabled.count(r)) restated_in_report(cx, pack, c, m);
}

void restated_in_report(Context& cx, const RulePack& pack, const Check& c, const std::vector<int>& all) {
  // (Not another year's count: 「2022年至2024年，收到申请数依次为85件、26件、150件」.)
  std::vector<int> m;
  for (int i : all)
    if (cx.fig(i).in_table || (!about_another_year(cx, i) && !cx.fig(i).last_years && !over_several_years(cx, i))) m.push_back(i);
  int prose = -1, table = -1;
  for (int i : m) {
    if (cx.fig(i).in_table && table < 0) table = i;
    if (!cx.fig(i).in_table && prose < 0) prose = i;
  }
  if (prose < 0 || table < 0) {
    if (table < 0 && bracket_against_text(cx, pack, c)) return;
    cx.skip(c, std::string("'") + c.figure + "' is not stated both in the text and in a table");
    return;
  }
  int line = cx.fig(prose).line;
  // The text may state the figure for several levels (市本级, 全市): it agrees when any
  // statement matches the table; with several different statements and no match, which one
  // restates the table cannot be told, and the check is not evaluated.
  std::set<std::string> stated;
  std::vector<int> in_prose;
  for (int i : m)
    if (!cx.fig(i).in_table) {
      if (same_count(cx, i, cx.fig(table).value)) {
        cx.pass(c, cx.fig(i).line);
        return;
      }
      stated.insert(cx.fig(i).value.str());
      in_prose.push_back(i);
    }
  prose = statement_to_check(cx, pack, c, in_prose, stated.size() > 1);
  if (prose < 0) return;
  line = cx.fig(prose).line;
  Finding f;
  f.severity = c.severity;
  f.primary = cx.fig(prose).span;
  f.related.push_back({cx.fig(table).span, "统计表：" + describe(cx.fig(table)) + " " + cx.val(table)});
  f.message = fmt_message(c.message, {{"prose", cx.val(prose)}, {"table", cx.val(table)}},
                          fmt::format("正文所述 {} {} 与统计表中的 {} 不一致", describe(cx.fig(prose)), cx.val(prose), cx.fig(table).value.str()));
  f.expected = cx.fig(table).value.str();
  f.actual = cx.fig(prose).value.str();
  cx.fail(c, std::move(f), line);
}

std::string marker_text(int style, int n) {
  static const char* cn[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  std::string num;
  if (n <= 10) num = cn[n];
  else if (n < 20) num = std::string("十") + cn[n - 10];
  else num = std::string(cn[std::min(n / 10, 9)]) + "十" + (n % 10 ? cn[n % 10] : "");
  switch (style) {
    case 1: return num + "、";
    case 2: return "（" + num + "）";
    case 3: return std::to_string(n) + ".";
    default: return "（" + std::to_string(n) + "）";
  }
}

// 「…已到答复期的申请全部按期答复，其中：⏎四、复议和诉讼情况」: a heading right after a line that
// ends in a colon follows words that announce what comes next, and it is not there: the page was
// stitched from pieces and lost what stood between (the heading skipped among it), so a gap in the
// numbering there is the copy's, not the report's. The nearest line above with any text, a few
// lines up at most, below the previous heading of the series and no heading itself (a title that
// ends in a colon, 「（一）主要做法：」, is no lost text).
bool after_open_colon(const Context& cx, const Heading& p, const Heading& h) {
  const std::u32string_view f = cx.doc.folded;
  for (std::uint32_t ln = h.line, seen = 0; ln > p.line + 1 && seen < 4; ++seen) {
    --ln;
    Span sp = cx.doc.lines.line_span(ln);
    auto s = f.substr(sp.begin, sp.end > sp.begin ? sp.end - sp.begin : 0);
    while (!s.empty() && (s.back() == U' ' || s.back() == U'\t' || s.back() == U'\r' || s.back() == U'\n' || s.back() == 0x3000))
      s.remove_suffix(1);
    if (s.empty()) continue;
    // (Not a heading's own line, 「（一）主要做法：」 over a section left empty: a title, no lost words.)
    const auto& hs = cx.doc.headings;
    const auto at = std::lower_bound(hs.begin(), hs.end(), ln, [](const Heading& x, std::uint32_t v) { return x.line < v; });
    if (at != hs.end() && at->line == ln) return false;
    return s.back() == U':' || s.back() == U'\uFF1A';
  }
  return false;
}

// 「一、基本情况⏎…⏎二、主动公开情况 (一)…。 三、依申请公开情况 目前，暂无申请。 四、复议诉讼情况⏎
// …。 五、收费情况⏎…⏎六、…」: a page whose sections were run together, each number after a sentence's
// end on the line of the one before, or opening a line that also holds the next (not read as a
// heading then): the missing numbers written so, in order, between the two headings. Returns the
// first missing number not written so, 0 when every one is.
int first_not_inline(const Context& cx, const Heading& p, const Heading& h) {
  const int missing = h.number - p.number - 1;
  if (missing < 1 || missing > 8 || h.marker.begin <= p.marker.end || h.marker.begin - p.marker.end > 20000) return p.number + 1;
  // (Sought up to the heading only: a search to the text's end for each gap would be quadratic.)
  const std::u32string_view f = std::u32string_view(cx.doc.folded).substr(0, h.marker.begin);
  std::size_t at = p.marker.end;
  for (int n = p.number + 1; n < h.number; ++n) {
    std::string m = marker_text(h.style, n);
    if (h.style == 2 || h.style == 4) m = "(" + m.substr(3, m.size() - 6) + ")";  // (folded: ASCII brackets)
    const std::u32string mark = text::from_utf8(m);
    bool found = false;
    for (std::size_t k = f.find(mark, at); k != std::u32string_view::npos; k = f.find(mark, k + 1)) {
      std::size_t b = k;
      while (b > 0 && (f[b - 1] == U' ' || f[b - 1] == 0x3000 || f[b - 1] == U'\t')) --b;
      if (b == 0 || f[b - 1] == U'。' || f[b - 1] == U'\n') {
        found = true;
        at = k + mark.size();
        break;
      }
    }
    if (!found) return n;
  }
  return 0;
}

// 「(二)依申请公开情况⏎…⏎)政府信息管理情况⏎…⏎)平台建设情况⏎…⏎(五)监督保障情况」: a page that lost
// the numbers of some headings, leaving their closing bracket (or 、 or .) to open the line, as
// many such lines between two headings as numbers are missing: the headings are there, only their
// numbers were dropped.
bool numbers_lost(const Context& cx, const Heading& p, const Heading& h) {
  const int missing = h.number - p.number - 1;
  if (missing < 1 || missing > 8 || h.line <= p.line + 1 || h.line - p.line > 400) return false;
  const char32_t close = h.style == 1 ? U'、' : h.style == 3 ? U'.' : U')';
  const std::u32string_view f = cx.doc.folded;
  // (Or, where a page set its headings as items of a numbered list each started again, the number
  // the list gave in their place: an indented 「  1. 规范依申请公开。…」 standing alone, no 「2.」 after it
  // before the next heading.)
  int found = 0, listed_ones = 0, bare = 0;
  bool listed_twos = false;
  for (std::uint32_t ln = p.line + 1; ln < h.line; ++ln) {
    Span sp = cx.doc.lines.line_span(ln);
    auto s = f.substr(sp.begin, sp.end > sp.begin ? sp.end - sp.begin : 0);
    const std::size_t before = s.size();
    while (!s.empty() && (s.front() == U' ' || s.front() == U'\t' || s.front() == 0x3000)) s.remove_prefix(1);
    std::size_t title = 2;
    while (title < s.size() && title < 4 && (s[title] == U' ' || s[title] == 0x3000)) ++title;
    if (h.style != 3 && s.size() > title && (s[1] == U'.' || s[1] == U'、') && is_cjk(s[title])) {
      if (s[0] == U'1' && s.size() < before) ++listed_ones;
      if (s[0] == U'2') listed_twos = true;
    }
    // (Or the number with its 「.」 or 「、」 lost, 「2依申请公开情况」: a missing number right before the
    // title's first character, no unit or date word.)
    if (h.style == 3) {
      std::size_t d = 0;
      int n = 0;
      while (d < s.size() && d < 2 && s[d] >= U'0' && s[d] <= U'9') n = n * 10 + static_cast<int>(s[d++] - U'0');
      if (d > 0 && d < s.size() && n > p.number && n < h.number && is_cjk(s[d]) &&
          std::u32string_view(U"年月日号件条个份项次名人家万亿元届期批").find(s[d]) == std::u32string_view::npos)
        ++bare;
    }
    // (A short title after it, no sentence: 「)政府信息管理情况」.)
    if (s.size() < 3 || s.front() != close || !is_cjk(s[1]) || s.size() > 40 || s.find(U'。') != std::u32string_view::npos) continue;
    ++found;
  }
  return found == missing || bare == missing || (!listed_twos && listed_ones == missing);
}


// Whether a line between headings `p` and `h` of an arabic style opens with a number `p` skips
// to `h` glued to a year (「2.2020年，…」, 「(2)2020年…」): the heading is written, not missing.
bool glued_to_year(const Context& cx, const Heading& p, const Heading& h) {
  if (h.style < 3 || h.line <= p.line + 1 || h.line - p.line > 200) return false;
  const std::u32string_view f = cx.doc.folded;
  // (Every number skipped: 「1.…⏎2.2020年…⏎4.…」 still misses 3.)
  const int missing = h.number - p.number - 1;
  if (missing < 1 || missing > 8) return false;
  unsigned found = 0;
  for (std::uint32_t ln = p.line + 1; ln < h.line; ++ln) {
    Span sp = cx.doc.lines.line_span(ln);
    auto s = f.substr(sp.begin, sp.end > sp.begin ? sp.end - sp.begin : 0);
    while (!s.empty() && (s.front() == U' ' || s.front() == U'\t' || s.front() == 0x3000)) s.remove_prefix(1);
    if (h.style == 4) {
      if (s.empty() || s.front() != U'(') continue;
      s.remove_prefix(1);
    }
    std::size_t k = 0;
    int n = 0;
    while (k < s.size() && k < 2 && s[k] >= U'0' && s[k] <= U'9') n = n * 10 + static_cast<int>(s[k++] - U'0');
    if (k == 0 || n <= p.number || n >= h.number || k >= s.size()) continue;
    const char32_t mark = s[k];
    if (h.style == 3 ? (mark != U'.' && mark != U'、') : mark != U')') continue;
    auto t = s.substr(k + 1);
    if (t.size() < 5 || t[4] != U'年') continue;
    if (std::all_of(t.begin(), t.begin() + 4, [](char32_t c) { return c >= U'0' && c <= U'9'; }))
      found |= 1u << (n - p.number - 1);
  }
  return found == (1u << missing) - 1;
}

// Whether `s` holds a tab or a bar: a chunk at a time without a branch per character (the
// compiler makes it vector compares), as headings' lines are whole paragraphs.
bool holds_tab_or_bar(std::u32string_view s) {
  constexpr std::size_t kChunk = 64;
  for (std::size_t i = 0; i < s.size(); i += kChunk) {
    unsigned any = 0;
    for (char32_t c : s.substr(i, kChunk)) any |= static_cast<unsigned>(c == U'\t') | static_cast<unsigned>(c == U'|');
    if (any) return true;
  }
  return false;
}

// Row labels of a table are numbered like headings (一、本年新收… 64 0 0 2): a heading whose
// line, or the lines right after it, hold bare numbers is a table row, and so is a heading
// standing between two table rows with no sentence in between.
std::vector<bool> table_rows(const Context& cx) {
  const auto& d = cx.doc;
  const auto& hs = d.headings;
  std::vector<bool> row(hs.size(), false);
  auto bare_numbers_after = [&](std::uint32_t from) {
    int numbers = 0;
    std::uint32_t i = from, lines = 0;
    while (i < d.folded.size() && lines < 3) {
      if (numbers == 0 && lines == 0) {  // the heading's own title: on to a digit or the line's end
        while (i < d.folded.size() && d.folded[i] != U'\n' && d.folded[i] - U'0' > 9) ++i;
        if (i == d.folded.size()) break;
      }
      char32_t ch = d.folded[i];
      if (ch == U'\n') { ++lines; ++i; continue; }
      if (ch == U' ' || ch == U'\t' || ch == U'|') { ++i; continue; }
      if (ch >= U'0' && ch <= U'9') {
        std::uint32_t b = i;
        while (i < d.folded.size() && ((d.folded[i] >= U'0' && d.folded[i] <= U'9') || d.folded[i] == U'.')) ++i;
        bool bare = i >= d.folded.size() || d.folded[i] == U' ' || d.folded[i] == U'\t' || d.folded[i] == U'\n' || d.folded[i] == U'|';
        if (!bare) return false;
        (void)b;
        if (++numbers >= 2) return true;
        continue;
      }
      if (numbers == 0 && lines == 0) { ++i; continue; }  // the heading's own title
      return false;
    }
    return false;
  };
  // Whether a position is inside a table zone: the zones by where they begin, with the furthest
  // end reached so far (a lookup per heading; a long table has as many zones as headings).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> zones;
  for (const auto& z : cx.table_zones) zones.push_back({z.begin, z.end});
  std::sort(zones.begin(), zones.end());
  for (std::size_t k = 1; k < zones.size(); ++k) zones[k].second = std::max(zones[k].second, zones[k - 1].second);
  auto in_zone = [&](std::uint32_t at) {
    auto it = std::upper_bound(zones.begin(), zones.end(), std::pair{at, UINT32_MAX});
    return it != zones.begin() && std::prev(it)->second > at;
  };
  int last_top = -1;  // the last top-level heading so far that is no row
  for (std::size_t i = 0; i < hs.size(); ++i) {
    row[i] = bare_numbers_after(hs[i].marker.end);
    // A heading on a line of tab- or pipe-separated cells is a row of a table (HTML, Word and
    // Excel tables are read that way, as are Markdown tables).
    Span line = d.lines.line_span(hs[i].line);
    const std::u32string_view text = std::u32string_view(d.folded).substr(line.begin, line.end - line.begin);
    if (!row[i]) row[i] = holds_tab_or_bar(text);
    // Inside a table's zone, unless it is the report's next top-level heading, with no number on
    // its line: a table whose last rows were lost in copying may have its zone run on past the
    // next section's heading (「四、政府信息公开行政复议…」, table 四's 「总计」 taken for table
    // 三's last row).
    // (Not when the next top-level heading has its number too and no cells of its own: that one is
    // the section's, this one the table's row with its cells left blank, 「四、结转下年度继续办理」.)
    if (!row[i] && in_zone(hs[i].marker.begin)) {
      row[i] = !(hs[i].style == 1 && !hs[i].furniture && last_top >= 0 && hs[i].number == hs[last_top].number + 1 &&
                 text.find_first_of(U"0123456789") == std::u32string_view::npos);
      if (!row[i]) {  // (the next top-level heading looked for only for such a heading)
        std::size_t k = i + 1;
        while (k < hs.size() && (hs[k].style != 1 || hs[k].furniture)) ++k;
        if (k < hs.size() && hs[k].number == hs[i].number) {
          Span kl = d.lines.line_span(hs[k].line);
          row[i] = !bare_numbers_after(hs[k].marker.end) && !holds_tab_or_bar(std::u32string_view(d.folded).substr(kl.begin, kl.end - kl.begin));
        }
      }
    }
    if (!row[i] && hs[i].style == 1 && !hs[i].furniture) last_top = static_cast<int>(i);
  }
  // A table row the text ends in, its label cut before its cells (「二、上年结转…申请数量 | 0 | …」, then
  // 「三、本年度办理结」 and nothing more): numbered on from the row before it, with no sentence between.
  if (hs.size() >= 2 && !row.back() && row[hs.size() - 2] && hs.back().style == hs[hs.size() - 2].style &&
      hs.back().number == hs[hs.size() - 2].number + 1) {
    const Span last = d.lines.line_span(hs.back().line);
    const std::u32string_view between = std::u32string_view(d.folded).substr(hs[hs.size() - 2].marker.end, hs.back().marker.begin - hs[hs.size() - 2].marker.end);
    const std::u32string_view after = std::u32string_view(d.folded).substr(last.end);
    row.back() = between.find(U'。') == std::u32string_view::npos &&
                 after.find_first_not_of(U" \t\r\n") == std::u32string_view::npos;
  }
  int prev = -1;
  for (std::size_t i = 0; i < hs.size(); ++i) {
    if (!row[i]) continue;
    if (prev >= 0) {
      bool sentence = false;
      for (std::uint32_t k = hs[prev].marker.end; k < hs[i].marker.begin && !sentence; ++k) sentence = d.folded[k] == U'。';
      if (!sentence)
        for (std::size_t j = static_cast<std::size_t>(prev) + 1; j < i; ++j) row[j] = true;
    }
    prev = static_cast<int>(i);
  }
  return row;
}

void run_outline(Context& cx, const Check& c) {
  const auto& hs = cx.doc.headings;
  if (hs.empty()) {
    cx.skip(c, "no numbered headings");
    return;
  }
  // Siblings are linked again without the table rows.
  auto is_row = table_rows(cx);
  // A site's menu or footer around the report is not numbered by it.
  for (std::size_t i = 0; i < hs.size(); ++i) is_row[i] = is_row[i] || hs[i].furniture;
  // 「一、概述⏎今年以来…⏎一、加强组织领导，明确工作职责。根据…⏎二、加强业务培训，…」: the
  // section's own points numbered again from 一 in the section's style. A run that starts at 一
  // right after a heading 一 of its style that stands alone on its line (a short title, no
  // sentence), each of its items opening a paragraph (its line goes on past a 。) and numbered
  // on from the one before, is that section's list, not a second 一: it is left out of the
  // numbering of the headings around it.
  {
    const std::u32string_view f = cx.doc.folded;
    auto line_of = [&](std::size_t k) {
      Span sp = cx.doc.lines.line_span(hs[k].line);
      return f.substr(hs[k].marker.end, sp.end > hs[k].marker.end ? sp.end - hs[k].marker.end : 0);
    };
    // (Or the text stops inside its line, a page copied only up to there, after words that are
    // already a sentence's: 「一、为做好我镇的政府信息公开工作，镇政府高度重视，确定专门…」 at the
    // end of the text is a paragraph cut short, not a title.)
    // (The last heading of the text, all that follows it one sentence with no full stop yet,
    // over as many lines as the page's measure cut it into.)
    auto opens_paragraph = [&](std::size_t k) {
      if (line_of(k).find(U'。') != std::u32string_view::npos) return true;
      if (k + 1 != hs.size()) return false;
      const auto rest = f.substr(hs[k].marker.end);
      return rest.find(U'。') == std::u32string_view::npos && rest.size() > 30 && rest.find(U',') != std::u32string_view::npos;
    };
    std::map<std::pair<int, int>, int> last_of_style;  // the last heading so far of each style in each part
    for (std::size_t i = 0; i < hs.size(); ++i) {
      if (is_row[i]) continue;
      auto key = std::make_pair(hs[i].style, hs[i].part);
      auto it = last_of_style.find(key);
      const int p = it == last_of_style.end() ? -1 : it->second;
      last_of_style[key] = static_cast<int>(i);
      if (hs[i].style > 2 || hs[i].number != 1 || p < 0) continue;
      // (Or a run from 一 right after heading N, of short titles or paragraphs alike, that the
      // next heading of its style, N + 1, closes: 「三、依申请公开⏎…⏎一、申请情况⏎…⏎二、答复情况⏎
      // …⏎四、复议诉讼」.)
      auto run_from = [&](std::size_t from, bool paragraphs, std::size_t& next) {
        std::vector<std::size_t> run{from};
        next = hs.size();
        for (std::size_t j = from + 1; j < hs.size(); ++j) {
          if (is_row[j] || hs[j].style != hs[i].style || hs[j].part != hs[i].part) continue;
          if (hs[j].number != static_cast<int>(run.size()) + 1 || (paragraphs && !opens_paragraph(j))) {
            next = j;
            break;
          }
          run.push_back(j);
        }
        return run;
      };
      std::size_t next = hs.size();
      std::vector<std::size_t> run;
      if (hs[p].number == 1 && opens_paragraph(i)) {
        auto above = line_of(static_cast<std::size_t>(p));
        if (above.find(U'。') != std::u32string_view::npos || above.size() > 16) continue;
        run = run_from(i, true, next);
      } else {
        run = run_from(i, false, next);
        // (Several such runs, each from 一, before that heading: 「四、存在问题与改进措施⏎存在问题：⏎
        // 一、…⏎二、…⏎改进措施：⏎一、…⏎二、…⏎五、其他」. A few: a table of thousands of rows
        // each numbered （一） would otherwise be walked again from every one of them.)
        for (int runs = 1; next < hs.size() && hs[next].number == 1 && runs < 6; ++runs) {
          std::size_t after = hs.size();
          auto more = run_from(next, false, after);
          run.insert(run.end(), more.begin(), more.end());
          next = after;
        }
        // (Or the text stops inside the run, a page copied only so far, the run opening right under
        // its heading with nothing of the section's own before it: 「一、概 述⏎⏎一、组织保障⏎…⏎
        // 二、网站建设⏎…」 and no more. The heading that would close it is not there to tell a
        // section's list from a second 一; a section with no word before its first point is the
        // list's, and the reading declines.)
        const std::uint32_t above_end = cx.doc.lines.line_span(hs[p].line).end;
        const bool cut_in_run = next == hs.size() && run.size() >= 2 && hs[i].marker.begin >= above_end &&
                                f.substr(above_end, hs[i].marker.begin - above_end).find_first_not_of(U" \t\r\n\u3000") == std::u32string_view::npos;
        if (!cut_in_run && (hs[p].number < 1 || next == hs.size() || hs[next].number != hs[p].number + 1)) continue;
      }
      for (std::size_t r : run) is_row[r] = true;
      last_of_style[key] = p;
    }
  }
  std::vector<int> prev_sibling(hs.size(), -1);
  // The last real heading so far of each style under each parent in each part (looked up, not
  // searched for: a table of 40,000 numbered rows in an appendix has as many headings).
  std::map<std::tuple<int, int, int>, int> last_under;
  std::map<std::pair<int, int>, int> last_in_part;  // and of each style in each part
  for (std::size_t i = 0; i < hs.size(); ++i) {
    if (is_row[i]) continue;
    int p = hs[i].prev_sibling;
    while (p >= 0 && is_row[p]) p = hs[p].prev_sibling;
    // (The previous sibling was a table row: the last real heading of the same style under the
    // same parent.)
    if (p < 0 && hs[i].prev_sibling >= 0)
      if (auto it = last_under.find({hs[i].style, hs[i].parent, hs[i].part}); it != last_under.end()) p = it->second;
    last_under[{hs[i].style, hs[i].parent, hs[i].part}] = static_cast<int>(i);
    // A table given as an appendix in the middle of the report (「附：…统计表」, its rows
    // numbered 一、二、) and the report going on after it: a top-level heading of the appendix
    // that breaks the appendix's numbering but continues the body's (三、 before it, 四、 now)
    // is the body resuming, not a gap.
    // (The last real heading of its style in an earlier part.)
    if (hs[i].part > 0 && hs[i].depth == 0 && (p < 0 || hs[i].number != hs[p].number + 1)) {
      int j = -1;
      for (const auto& [key, k] : last_in_part)
        if (key.first == hs[i].style && key.second < hs[i].part) j = std::max(j, k);
      if (j >= 0 && hs[j].number + 1 == hs[i].number) p = j;
    }
    prev_sibling[i] = p;
    last_in_part[{hs[i].style, hs[i].part}] = static_cast<int>(i);
  }
  bool failed = false;
  // The number a heading should have had: after 四、四、 the second 四 stands for 五, so a 六 next
  // is in order (and so is a 五, continuing the numbers as written). One slip, one warning.
  std::vector<int> meant(hs.size()), next_sibling(hs.size(), -1);
  for (std::size_t i = 0; i < hs.size(); ++i) {
    meant[i] = hs[i].number;
    if (prev_sibling[i] >= 0) next_sibling[prev_sibling[i]] = static_cast<int>(i);
  }
  for (std::size_t i = 0; i < hs.size(); ++i) {
    const auto& h = hs[i];
    if (prev_sibling[i] < 0) continue;
    const auto& p = hs[prev_sibling[i]];
    int pm = meant[prev_sibling[i]];
    if (pm != p.number && (h.number == pm + 1 || h.number == p.number + 1)) continue;
    bool repeat = h.number == p.number && (h.style <= 2 || h.number > 1);
    bool gap = h.number > p.number + 1;
    if (repeat) meant[i] = p.number + 1;
    // "(一)(三)(三)(四)": the first (三) stands for (二); the second is then in order.
    if (gap && next_sibling[i] >= 0 && hs[next_sibling[i]].number == h.number) meant[i] = p.number + 1;
    if (!repeat && !gap) continue;
    // 「1.街道以…⏎2.2020年，街道不断加强…⏎3.依申请公开…」: a missing number glued to a year that
    // opens its title reads as a decimal, not a heading; the number is there all the same.
    if (gap && (glued_to_year(cx, p, h) || numbers_lost(cx, p, h) || after_open_colon(cx, p, h))) continue;
    const int absent = gap ? first_not_inline(cx, p, h) : p.number + 1;
    if (absent == 0) continue;
    Finding f;
    f.severity = c.severity;
    f.primary = h.marker;
    f.related.push_back({p.marker, "上一个同级标题"});
    f.expected = marker_text(h.style, absent);
    f.actual = cx.doc.slice(h.marker);
    if (repeat)
      f.message = fmt::format("标题编号 {} 与上一个同级标题（第 {} 行）重复，应为 {}", f.actual, cx.doc.location(p.marker).line,
                              f.expected);
    else if (absent > p.number + 1)  // (the numbers before it run into the text)
      f.message = fmt::format("标题编号从 {} 跳到 {}：其间 {} 至 {} 与正文连排，缺少 {}", marker_text(p.style, p.number), f.actual,
                              marker_text(h.style, p.number + 1), marker_text(h.style, absent - 1), f.expected);
    else
      f.message = fmt::format("标题编号从 {} 跳到 {}，缺少 {}", marker_text(p.style, p.number), f.actual, f.expected);
    f.suggestion = "改为 " + f.expected;
    cx.fail(c, std::move(f), static_cast<int>(h.line));
    failed = true;
  }
  if (!failed) cx.pass(c);
}

}  // namespace

// ---- parts: the number of parts a report says it has -------------------------------------------

// 「本报告由概述、主动公开政府信息情况、…和需要说明的事项共六个部分组成」: the count stated against
// the parts named, and against the report's own top-level headings (一、二、…). Read only where
// it cannot be misread: the list closed (no 等 before the count), named after 报告/年报/全文 and
// 由/包括/包含/分为 in the same sentence, with no brackets in it; a part that may be two joined
// (「…改进情况以及其他需要报告的事项」, 「…事项与附表」) or a name that may hold the list's own
// separator (「行政复议、行政诉讼情况」) leaves the count of names unsure, and it is not compared.
namespace {

// A CJK count of one to twenty (两, 一 … 十九, 二十) or one or two ASCII digits: its value, or 0.
int small_count(std::u32string_view s) {
  static const std::u32string_view digits = U"一二三四五六七八九";
  if (s.empty() || s.size() > 3) return 0;
  if (s[0] >= U'0' && s[0] <= U'9') {
    int v = 0;
    for (char32_t c : s) {
      if (c < U'0' || c > U'9') return 0;
      v = v * 10 + static_cast<int>(c - U'0');
    }
    return s.size() <= 2 ? v : 0;
  }
  auto d = [&](char32_t c) { auto k = digits.find(c); return k == std::u32string_view::npos ? 0 : static_cast<int>(k) + 1; };
  if (s.size() == 1) return s[0] == U'十' ? 10 : s[0] == U'两' ? 2 : d(s[0]);
  if (s.size() == 2 && s[0] == U'十') return d(s[1]) ? 10 + d(s[1]) : 0;
  if (s.size() == 2 && s[1] == U'十') return d(s[0]) == 2 ? 20 : 0;
  return 0;
}

bool is_count_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || std::u32string_view(U"零一二三四五六七八九十两百").find(c) != std::u32string_view::npos;
}

// Words a part's name ends with when it is a part of the report on its own.
bool ends_as_part(std::u32string_view s) {
  for (std::u32string_view w : {U"情况", U"概述", U"概况", U"事项", U"附表", U"附件", U"措施"})
    if (s.ends_with(w)) return true;
  return false;
}

// Whether a part's name may be two parts joined by 和/及/以及/与/并: the words after the joining
// word are a part of their own kind (附表, 附件, 其他…事项, 说明), or those before it already end as
// a part's name (「存在的主要问题和改进情况以及其他需要报告的事项」).
bool may_join_two(std::u32string_view item) {
  for (std::size_t k = 1; k + 1 < item.size(); ++k) {
    char32_t c = item[k];
    if (c != U'和' && c != U'及' && c != U'与' && c != U'并') continue;
    std::u32string_view before = item.substr(0, c == U'及' && item[k - 1] == U'以' ? k - 1 : k);
    std::u32string_view after = item.substr(k + 1);
    if (ends_as_part(before)) return true;
    for (std::u32string_view w : {U"附表", U"附件", U"附录", U"其他", U"其它", U"说明", U"需要"})
      if (after.starts_with(w)) return true;
  }
  return false;
}

// The CJK characters of a heading's title or a part's name (digits and punctuation dropped).
std::u32string cjk_only(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s)
    if (is_cjk(c)) out.push_back(c);
  return out;
}

// How many of a list's names repeat an earlier name whole (「全年工作的总体情况,按照全年工作的总体情况,
// 重点工作…」: a name pasted twice, the list broken at a stray comma). Only names of six characters or
// more are looked for in later ones: a short one, 概述, may sit inside another part's, 工作概述.
int repeated_names(const std::vector<std::u32string_view>& items) {
  std::vector<std::u32string> names;
  for (auto s : items) names.push_back(cjk_only(s));
  int n = 0;
  for (std::size_t j = 1; j < names.size(); ++j)
    n += std::any_of(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(j),
                     [&](const std::u32string& earlier) { return earlier.size() >= 6 && names[j].find(earlier) != std::u32string::npos; });
  return n;
}

struct PartsStatement {
  Span count;                           // the count's words, 「六个部分」
  int stated = 0;
  bool open = false;                    // 等 before the count
  std::vector<std::u32string_view> items;
  bool items_sure = false;              // each name one part, none two joined
  bool dun_inside = false;              // names separated by , or ; hold a 、
  bool weak = false;                    // read in a shape other than 「本报告由…共N个部分组成」
  // The names as parts at least: a name that does not end as a part's does (「政府信息公开投入」,
  // 「因…申请行政复议」) is read with the name after it, one part; a name that may be two is one.
  // Empty when the last name does not end as a part's.
  std::vector<std::u32string_view> at_least;
};

// The statement of parts whose 部分 is at `at` in the folded text, if it is one.
std::optional<PartsStatement> parts_statement(const std::u32string_view f, std::size_t at) {
  PartsStatement st;
  std::size_t end = at + 2;  // past 部分
  std::u32string_view after = f.substr(end, 6);
  // 「本年报由七部分组成:主要工作概述,主动公开情况,…,附表。」: the parts named after the count,
  // on its line, up to the sentence's end.
  std::u32string_view colon_list;
  // Read in a shape other than 「本报告由A、B…共N个部分组成」 (the list after a colon, in a later
  // clause, or the subject in an earlier sentence): only a list whose first and last names end as
  // parts' names do, 「由市本级和县区两部分组成」 being another whole's parts.
  bool weak = false;
  {
    std::size_t k = end;
    for (std::u32string_view w : {U"组成", U"构成", U"内容"})
      if (f.substr(k, w.size()) == w) k += w.size();
    if (k < f.size() && (f[k] == U':' || f[k] == 0xFF1A)) {
      std::size_t e = k + 1;
      while (e < f.size() && e - k < 400 && f[e] != U'。' && f[e] != U'\n') ++e;
      colon_list = f.substr(k + 1, e - k - 1);
      while (!colon_list.empty() && (colon_list.front() == U' ' || colon_list.front() == 0x3000)) colon_list.remove_prefix(1);
      while (!colon_list.empty() && (colon_list.back() == U' ' || colon_list.back() == U'\r' || colon_list.back() == 0x3000))
        colon_list.remove_suffix(1);
      if (colon_list.empty()) return std::nullopt;  // (the items one a line: parts_listed_one_a_line)
      // (Only a list its sentence's 。 closes: a page cut inside the list names fewer.)
      if (e >= f.size() || f[e] != U'。') return std::nullopt;
      weak = true;
    }
  }
  if (colon_list.empty() &&
      !(after.starts_with(U"组成") || after.starts_with(U"构成") || after.starts_with(U"内容") || after.starts_with(U"的内容") ||
        after.starts_with(U"。") || after.starts_with(U",") || after.starts_with(U";")))
    return std::nullopt;
  std::size_t b = at;
  if (b > 0 && f[b - 1] == U'个') --b;
  std::size_t nb = b;
  while (nb > 0 && b - nb < 4 && is_count_char(f[nb - 1])) --nb;
  // (Not 「第一部分」, an ordinal; not a count glued to another number, 「八87部分」.)
  if (nb == b || (nb > 0 && (is_count_char(f[nb - 1]) || f[nb - 1] == U'第'))) return std::nullopt;
  st.stated = small_count(f.substr(nb, b - nb));
  if (st.stated < 2) return std::nullopt;
  st.count = {static_cast<std::uint32_t>(nb), static_cast<std::uint32_t>(end)};
  // The sentence: back to its 。 (at most 400 code points).
  std::size_t from = nb > 400 ? nb - 400 : 0;
  for (std::size_t k = nb; k > from; --k)
    if (f[k - 1] == U'。' || f[k - 1] == U'\n') {
      from = k;
      break;
    }
  const std::u32string_view sentence = f.substr(from, nb - from);
  // 报告 / 年报 / 全文, then within four characters 由 / 包括 / 包含 / 分为: the list follows.
  std::size_t list_at = std::u32string_view::npos;
  for (std::u32string_view subject : {U"报告", U"年报", U"全文"}) {
    for (std::size_t s = sentence.find(subject); s != std::u32string_view::npos && list_at == std::u32string_view::npos;
         s = sentence.find(subject, s + 1)) {
      std::u32string_view rest = sentence.substr(s + 2, 6);
      for (std::u32string_view intro : {U"由", U"包括", U"包含", U"分为"}) {
        auto k = rest.find(intro);
        if (k != std::u32string_view::npos && k <= 4 && rest.substr(0, k).find_first_of(U",、;") == std::u32string_view::npos) {
          list_at = s + 2 + k + intro.size();
          // (A list after the count: nothing but 共 between the intro and the count.)
          if (!colon_list.empty()) {
            std::u32string_view between = sentence.substr(list_at);
            if (!(between.empty() || between == U"共")) list_at = std::u32string_view::npos;
          }
          break;
        }
      }
    }
    if (list_at != std::u32string_view::npos) break;
  }
  // 「依据《条例》编制本报告，主要内容包括：A，B，…等六部分」: the report's 内容 in a later clause of
  // the sentence that names it.
  if (list_at == std::u32string_view::npos && colon_list.empty())
    for (std::size_t s = sentence.find(U"内容包"); s != std::u32string_view::npos; s = sentence.find(U"内容包", s + 1)) {
      const std::u32string_view before = sentence.substr(0, s);
      if (sentence.substr(s + 2, 2) != U"包括" && sentence.substr(s + 2, 2) != U"包含") continue;
      if (before.find(U"报告") == std::u32string_view::npos && before.find(U"年报") == std::u32string_view::npos) continue;
      list_at = s + 4;
      weak = true;
      break;
    }
  // 「本年报根据…编制。本年报中所列数据的统计期限自…止。由概述、…等八部分组成」: a sentence that
  // opens with 由 (not 由于), after sentences that name 报告/年报/全文 in its paragraph (back to a
  // blank line, at most 300 code points: a sentence a line, or lines cut at a measure, are one).
  if (list_at == std::u32string_view::npos && colon_list.empty() && sentence.starts_with(U"由") && !sentence.starts_with(U"由于")) {
    std::size_t para = from;
    for (; para > 0 && from - para < 300; --para) {
      if (f[para - 1] != U'\n') continue;
      std::size_t r = para - 1;
      while (r > 0 && (f[r - 1] == U' ' || f[r - 1] == U'\t' || f[r - 1] == U'\r' || f[r - 1] == 0x3000)) --r;
      if (r == 0 || f[r - 1] == U'\n') break;  // a blank line above: the paragraph starts here
    }
    const std::u32string_view before = f.substr(para, from - para);
    for (std::u32string_view subject : {U"报告", U"年报", U"全文"})
      if (before.find(subject) != std::u32string_view::npos) list_at = 1, weak = true;
  }
  if (list_at == std::u32string_view::npos) return std::nullopt;
  std::u32string_view list = colon_list.empty() ? sentence.substr(list_at) : colon_list;
  // 「本报告由某局根据《条例》编制,由概述、…七个部分组成」: the list is the one its last clause
  // introduces.
  for (std::u32string_view intro : {U",由", U",包括", U",包含", U",分为"}) {
    auto k = list.rfind(intro);
    if (k != std::u32string_view::npos) list = list.substr(k + intro.size()), weak = true;
  }
  while (!list.empty() && (list.front() == U':' || list.front() == U' ')) list.remove_prefix(1);
  if (list.ends_with(U"共")) list.remove_suffix(1);
  if (list.ends_with(U"等")) list.remove_suffix(1), st.open = true;  // (also 「…等共六个部分」)
  while (!list.empty() && (list.back() == U',' || list.back() == U'、' || list.back() == U' ')) list.remove_suffix(1);
  if (list.empty()) return std::nullopt;
  // (No brackets or quotes, but the pinyin a page glosses a character with, 「行政復(fù)議」.)
  for (std::size_t k = list.find_first_of(U"()[]《》“”\""); k != std::u32string_view::npos; k = list.find_first_of(U"()[]《》“”\"", k)) {
    const std::size_t gloss = list[k] == U'(' ? pinyin_gloss(f, static_cast<std::size_t>(list.data() - f.data()) + k) : 0;
    if (gloss == 0) return std::nullopt;
    k += gloss;
  }
  // The separator: ; or , when the list has one (、 is then inside names), else 、.
  const bool semi = list.find(U';') != std::u32string_view::npos, comma = list.find(U',') != std::u32string_view::npos;
  if (semi && comma) return std::nullopt;
  const char32_t sep = semi ? U';' : comma ? U',' : U'、';
  for (std::size_t k = 0;;) {
    std::size_t e = list.find(sep, k);
    std::u32string_view item = list.substr(k, e == std::u32string_view::npos ? std::u32string_view::npos : e - k);
    if (item.empty() || item.find_first_of(U",、;") == 0 || item.ends_with(U"、")) return std::nullopt;  // 「,、」: separators doubled
    // (The last set off by 和/以及/及 after the separator too, 「…诉讼情况,和存在的主要问题…」: the name is after it.)
    if (sep != U'、' && e == std::u32string_view::npos)
      for (std::u32string_view joint : {U"以及", U"和", U"及"})
        if (item.size() > joint.size() + 2 && item.starts_with(joint)) {
          item.remove_prefix(joint.size());
          break;
        }
    st.items.push_back(item);
    if (e == std::u32string_view::npos) break;
    k = e + 1;
  }
  if (st.items.size() < 2) return std::nullopt;
  if (ends_as_part(st.items.back())) {
    const char32_t* open_at = nullptr;
    for (auto item : st.items) {
      if (!open_at) open_at = item.data();
      if (!ends_as_part(item)) continue;
      st.at_least.emplace_back(open_at, static_cast<std::size_t>(item.data() + item.size() - open_at));
      open_at = nullptr;
    }
  }
  if (weak && (st.at_least.empty() || !ends_as_part(st.items.front()))) return std::nullopt;
  st.weak = weak;
  // Sure when no name may be two joined and (with 、 as the separator, or inside names) each name
  // ends as a part's does: 「因…申请行政复议、提起行政诉讼情况」 split at its 、 leaves a name that does not.
  st.items_sure = std::none_of(st.items.begin(), st.items.end(), may_join_two);
  // (With , or ; between the parts, a 、 inside a name may be one more break the list left
  // unmarked, 「主动公开、依申请公开情况」: fewer names than the count are then not sure.)
  // A 、 between 复议 and 诉讼 (「行政复议、行政诉讼情况」, 「申请行政复议、提起行政诉讼的情况」) joins the
  // one part every format names so, and is no break left unmarked.
  if (sep != U'、')
    for (std::size_t k = list.find(U'、'); k != std::u32string_view::npos && !st.dun_inside; k = list.find(U'、', k + 1)) {
      const std::u32string_view after = list.substr(k + 1);
      const bool review_suit = list.substr(0, k).ends_with(U"复议") &&
                               (after.starts_with(U"行政诉讼") || after.starts_with(U"提起行政诉讼") || after.starts_with(U"诉讼") ||
                                after.starts_with(U"提起诉讼"));
      st.dun_inside = !review_suit;
    }
  return st;
}

// The number of a line that opens with an enumerator, (一) / (1) / 一、 / 1. / 1、, and its style
// (1 to 3); 0 if the line opens otherwise.
int item_number(std::u32string_view s, int& style) {
  while (!s.empty() && (s.front() == U' ' || s.front() == U'\t' || s.front() == 0x3000)) s.remove_prefix(1);
  if (!s.empty() && s.front() == U'(') {
    auto close = s.find(U')');
    if (close == std::u32string_view::npos || close > 4) return 0;
    style = 1;
    return small_count(s.substr(1, close - 1));
  }
  std::size_t k = 0;
  while (k < s.size() && k < 3 && s[k] != U'、' && s[k] != U'.') ++k;
  if (k == 0 || k >= s.size() || (s[k] != U'、' && s[k] != U'.')) return 0;
  const int n = small_count(s.substr(0, k));
  style = s[0] >= U'0' && s[0] <= U'9' ? 3 : 2;
  // (「2.2018年…」 is a decimal, not an item.)
  if (style == 3 && s[k] == U'.' && k + 1 < s.size() && s[k + 1] >= U'0' && s[k + 1] <= U'9') return 0;
  return n;
}

// 「本报告主要内容共九个部分组成:⏎(一)…;⏎(二)…;⏎…⏎(十)…。」: a count of the report's parts
// stated right before they are listed, one numbered line each. The list is read only when the
// count's sentence ends with a colon at the end of its line and the lines after it each hold one
// short item numbered on from one in a single style (blank lines between them aside): parts run
// together in a sentence (概述、主动公开…、…等六部分) are not counted, as a part's own name may
// hold a 、 and 等 may shorten the list.
void parts_listed_one_a_line(Context& cx, const Check& c, bool& any, bool& failed) {
  const std::u32string_view f = cx.doc.folded;
  for (std::size_t at = text::find_string(f, 0, U"部分"); at != std::u32string_view::npos; at = text::find_string(f, at + 2, U"部分")) {
    // The count before 部分 (个 between them if any).
    std::size_t num_end = at;
    if (num_end > 0 && f[num_end - 1] == U'个') --num_end;
    std::size_t num_begin = num_end;
    while (num_begin > 0 && num_end - num_begin < 3 &&
           (std::u32string_view(U"一二三四五六七八九十").find(f[num_begin - 1]) != std::u32string_view::npos || (f[num_begin - 1] >= U'0' && f[num_begin - 1] <= U'9')))
      --num_begin;
    const int stated = small_count(f.substr(num_begin, num_end - num_begin));
    if (stated < 2) continue;
    // Then 组成/内容/构成 if any, and a colon that ends the line.
    std::size_t k = at + 2;
    for (std::u32string_view w : {std::u32string_view(U"组成"), std::u32string_view(U"内容"), std::u32string_view(U"构成")})
      if (f.substr(k, w.size()) == w) k += w.size();
    if (k >= f.size() || (f[k] != U':' && f[k] != 0xFF1A)) continue;
    ++k;
    while (k < f.size() && (f[k] == U' ' || f[k] == U'\t' || f[k] == 0x3000 || f[k] == U'\r')) ++k;
    if (k >= f.size() || f[k] != U'\n') continue;
    // The items, one a line.
    std::uint32_t ln = cx.doc.at(static_cast<std::uint32_t>(k)).line + 1;
    int count = 0, style = 0;
    bool short_items = true;
    for (int blank = 0; blank < 3 && ln <= cx.doc.lines.line_count();) {
      Span sp = cx.doc.lines.line_span(ln);
      if (sp.end <= sp.begin) {
        ++blank, ++ln;
        continue;
      }
      const auto line = f.substr(sp.begin, sp.end - sp.begin);
      if (line.find_first_not_of(U" \t\r\u3000") == std::u32string_view::npos) {
        ++blank, ++ln;
        continue;
      }
      int st = 0;
      const int n = item_number(line, st);
      if (n != count + 1 || (count > 0 && st != style)) break;
      style = st;
      ++count;
      short_items = short_items && line.size() <= 60;
      blank = 0;
      ++ln;
    }
    if (count < 3 || !short_items) continue;
    any = true;
    if (count == stated) continue;
    Finding fd;
    fd.severity = c.severity;
    fd.primary = Span{static_cast<std::uint32_t>(num_begin), static_cast<std::uint32_t>(at + 2)};
    fd.expected = std::to_string(count);
    fd.actual = cx.doc.slice(fd.primary);
    fd.message = fmt::format("所述「{}」与随后逐条列出的 {} 项不符", fd.actual, count);
    fd.suggestion = fmt::format("核对部分数：列出的是 {} 项", count);
    cx.fail(c, std::move(fd), static_cast<int>(cx.doc.at(static_cast<std::uint32_t>(num_begin)).line));
    failed = true;
  }
}

void run_parts(Context& cx, const Check& c) {
  const std::u32string_view f = cx.doc.folded;
  const auto& hs = cx.doc.headings;
  std::vector<bool> is_row;
  bool any = false, failed = false;
  // A report states its parts once; a page of many reports a few times. (Each statement walks the
  // headings after it: a text of thousands of such sentences is not walked again for each.)
  int statements = 0;
  // The count names 部分, or 方面 (「本报告包括概述,…六个方面内容」: read only in the first shape,
  // after 报告/年报/全文 and 由/包括…, as 「从六个方面推进」 counts no parts of the report). The two
  // words are sought with a cursor each, each part of the text read once for either.
  std::size_t next_part = text::find_string(f, 0, U"部分"), next_aspect = text::find_string(f, 0, U"方面");
  while (statements < 16 && (next_part != std::u32string_view::npos || next_aspect != std::u32string_view::npos)) {
    const bool aspect = next_aspect < next_part;
    const std::size_t at = aspect ? next_aspect : next_part;
    if (aspect)
      next_aspect = text::find_string(f, at + 2, U"方面");
    else
      next_part = text::find_string(f, at + 2, U"部分");
    auto st = parts_statement(f, at);
    if (!st || (aspect && st->weak)) continue;
    any = true;
    ++statements;
    const int named = static_cast<int>(st->items.size());
    // The top-level headings after the statement, up to the next report on the page and the first
    // appendix: one series 一、二、… with no repeat or gap, or none at all.
    if (is_row.empty()) {
      is_row = table_rows(cx);
      for (std::size_t i = 0; i < hs.size(); ++i) is_row[i] = is_row[i] || hs[i].furniture;
    }
    std::uint32_t stop = static_cast<std::uint32_t>(f.size());
    for (auto r : cx.doc.report_starts)
      if (r > st->count.end) {
        stop = std::min(stop, r);
        break;
      }
    std::vector<std::size_t> tops;
    bool series = true;
    for (std::size_t i = 0; i < hs.size() && series; ++i) {
      const auto& h = hs[i];
      if (h.marker.begin < st->count.end || h.marker.begin >= stop || is_row[i] || h.style != 1 || h.part != 0) continue;
      if (h.number != static_cast<int>(tops.size()) + 1) series = false;
      tops.push_back(i);
    }
    const int heads = series ? static_cast<int>(tops.size()) : 0;
    Finding fd;
    fd.severity = c.severity;
    fd.primary = st->count;
    fd.actual = std::to_string(st->stated);
    const std::string stated_words = cx.doc.slice(st->count);
    std::string names;
    for (auto s : st->items) {
      const auto b = static_cast<std::uint32_t>(s.data() - f.data());
      names += "「" + cx.doc.slice({b, b + static_cast<std::uint32_t>(s.size())}) + "」";
    }
    const std::uint32_t line = cx.doc.at(st->count.begin).line;
    // A list closed by 等 may name a sample of the parts; one naming all but one of five or more
    // is the whole list with a name left out (「由总体情况、…、存在的主要问题及改进情况等六部分组成」
    // naming five): 等 closes the report's own list as often as the writer lists every part.
    const bool sample = st->open && (named + 1 != st->stated || st->stated < 5);
    if (named < st->stated && !sample && st->items_sure && !st->dun_inside) {
      // Fewer names than the count: a name left out of the list, or the count is wrong.
      fd.expected = std::to_string(named);
      fd.message = fmt::format("称共「{}」，但只列出 {} 个：{}", stated_words, named, names);
      if (heads == named || heads == st->stated) fd.message += fmt::format("；正文有 {} 个一级标题", heads);
      fd.suggestion = heads == named ? fmt::format("改为 {} 个部分", named) : "补上漏列的部分，或改正部分数";
      cx.fail(c, std::move(fd), static_cast<int>(line));
      failed = true;
      continue;
    }
    // More parts named than the count, each name (with any before it that does not end as a part's
    // name) at least one part: 「…、政府信息公开投入、收费及减免情况、…」 is one part, 「…改进情况和
    // 其他事项」 may be two, either way no fewer. Names that repeat an earlier one are no parts of
    // their own: when they make the whole excess, the count is right and only the list is garbled.
    const int least = static_cast<int>(st->at_least.size());
    const int repeats = least > st->stated ? repeated_names(st->at_least) : 0, listed = least - repeats;
    if (least > st->stated && listed <= st->stated) continue;
    if (listed > st->stated) {
      std::string groups;
      for (auto s : st->at_least) {
        const auto b = static_cast<std::uint32_t>(s.data() - f.data());
        groups += "「" + cx.doc.slice({b, b + static_cast<std::uint32_t>(s.size())}) + "」";
      }
      fd.expected = std::to_string(listed);
      fd.message = fmt::format("称共「{}」，但列出了 {} 个：{}", stated_words, least, groups);
      if (repeats > 0) fd.message += fmt::format("（其中 {} 个重复前面的名称）", repeats);
      if (heads == listed || heads == st->stated) fd.message += fmt::format("；正文有 {} 个一级标题", heads);
      fd.suggestion = fmt::format("改为 {} 个部分", listed);
      cx.fail(c, std::move(fd), static_cast<int>(line));
      failed = true;
      continue;
    }
    // (Not against the headings when read in another shape: a whole other than the report's,
    // 「由市本级情况、各县区情况两部分组成」, may be named near the report's statement.)
    // (Nor a count of 方面: the report's content in aspects, not its sections.)
    if (named != st->stated || !st->items_sure || st->weak || aspect || heads < 2 || heads == st->stated) continue;
    // The count and the names agree; the headings do not. More headings than parts: a text cut
    // short has fewer, never more. Fewer: only when the text reaches the last part named (its
    // last heading is that part) and no part named is one the outline leaves unnumbered (附表).
    if (heads < st->stated) {
      bool appendix = std::any_of(st->items.begin(), st->items.end(), [](auto s) {
        return s.find(U"附表") != std::u32string_view::npos || s.find(U"附件") != std::u32string_view::npos ||
               s.find(U"附录") != std::u32string_view::npos;
      });
      if (appendix) continue;
      const auto& last = hs[tops.back()];
      Span ls = cx.doc.lines.line_span(last.line);
      std::u32string title = cjk_only(f.substr(last.marker.end, ls.end > last.marker.end ? ls.end - last.marker.end : 0));
      std::u32string name = cjk_only(st->items.back());
      if (name.size() < 4 || title.size() < 4 || title.substr(0, name.size()) != name) continue;
    }
    fd.expected = std::to_string(heads);
    fd.message = fmt::format("称共「{}」，列出的也是 {} 个，但正文的一级标题有 {} 个（{}至{}）", stated_words, named, heads,
                             marker_text(1, 1), marker_text(1, heads));
    fd.related.push_back({hs[tops.back()].marker, "最后一个一级标题"});
    fd.suggestion = heads > st->stated ? "核对部分数与正文的一级标题" : "补上缺少的部分，或改正部分数";
    cx.fail(c, std::move(fd), static_cast<int>(line));
    failed = true;
  }
  parts_listed_one_a_line(cx, c, any, failed);
  if (!any) cx.skip(c, "no statement of the report's parts");
  else if (!failed) cx.pass(c);
}

// ---- items: a stated number of items against the 一是、二是… that follow -----------------------

// 「主要通过以下四种方式：一是…。二是…。三是…。」 then the next heading: the count stated before a
// colon against the items 一是 … N是 that follow it, in order, up to the next heading. Read only
// where the list is whole on the page: it opens right after the colon and a heading follows it
// (a page cut inside the list names fewer); a list that starts again at 一是, or a second count
// before the heading, is not read.
void run_items(Context& cx, const Check& c) {
  const std::u32string_view f = cx.doc.folded;
  static constexpr std::u32string_view kOrdinals = U"一二三四五六七八九十";
  bool any = false;
  int statements = 0;
  for (std::size_t at = text::find_string(f, 0, U"以下"); at != std::u32string_view::npos && statements < 32;
       at = text::find_string(f, at + 2, U"以下")) {
    // 以下 N(个) then a measure word (种 项 个 类 点 条 方面 措施…), then the colon within 16.
    std::size_t k = at + 2;
    std::size_t nb = k;
    while (k < f.size() && k - nb < 2 && (kOrdinals.find(f[k]) != std::u32string_view::npos || f[k] == U'两')) ++k;
    if (k == nb) continue;
    const int stated = small_count(f.substr(nb, k - nb));
    if (stated < 2 || stated > 10) continue;
    if (k < f.size() && f[k] == U'个') ++k;
    if (k >= f.size() || std::u32string_view(U"种项个类点条方举").find(f[k]) == std::u32string_view::npos) continue;
    const Span count{static_cast<std::uint32_t>(nb), static_cast<std::uint32_t>(f[k] == U'方' ? k + 2 : k + 1)};  // 「四种」「三个方面」
    std::size_t colon = k;
    while (colon < f.size() && colon - k < 16 && f[colon] != U':' && f[colon] != 0xFF1A && f[colon] != U'。' && f[colon] != U'\n') ++colon;
    if (colon >= f.size() || (f[colon] != U':' && f[colon] != 0xFF1A)) continue;
    ++statements;
    // The first item right after the colon (a line break or blanks between aside).
    std::size_t i = colon + 1;
    while (i < f.size() && (f[i] == U' ' || f[i] == U'\n' || f[i] == U'\r' || f[i] == 0x3000)) ++i;
    if (f.substr(i, 2) != U"一是") continue;
    // Up to the next heading after the colon; none: the page may be cut inside the list.
    std::uint32_t stop = 0;
    for (const auto& h : cx.doc.headings)
      if (h.marker.begin > colon && !h.furniture) {
        stop = h.marker.begin;
        break;
      }
    if (stop == 0 || stop - colon > 6000) continue;
    const std::u32string_view list = f.substr(colon, stop - colon);
    // The items in order: N是 for N = 1, 2, … each after the one before; one out of order, a second
    // 一是, or another 以下 count ends the reading unsure.
    int found = 0;
    bool sure = true;
    for (std::size_t q = list.find(U'是'); q != std::u32string_view::npos; q = list.find(U'是', q + 1)) {
      if (q == 0 || kOrdinals.find(list[q - 1]) == std::u32string_view::npos) continue;
      // (Not a word ending in an ordinal, 「统一是」: the ordinal opens a clause.)
      if (q >= 2 && is_cjk(list[q - 2]) && list[q - 2] != U'。') continue;
      const int n = static_cast<int>(kOrdinals.find(list[q - 1])) + 1;
      if (n != found + 1) {
        sure = false;
        break;
      }
      found = n;
    }
    if (!sure || list.find(U"以下", 1) != std::u32string_view::npos || found < 2) continue;
    any = true;
    const std::uint32_t line = cx.doc.at(count.begin).line;
    if (found == stated) {
      cx.pass(c, static_cast<int>(line));
      continue;
    }
    Finding fd;
    fd.severity = c.severity;
    fd.primary = count;
    fd.actual = std::to_string(stated);
    fd.expected = std::to_string(found);
    const std::string last = text::to_utf8(kOrdinals.substr(static_cast<std::size_t>(found - 1), 1));
    fd.message = found < stated ? fmt::format("称以下「{}」，但其后只列出「一是」至「{}是」{} 项", cx.doc.slice(count), last, found)
                                : fmt::format("称以下「{}」，但其后列出了「一是」至「{}是」{} 项", cx.doc.slice(count), last, found);
    fd.suggestion = fmt::format("改为 {}，或补上漏列的一项", found);
    cx.fail(c, std::move(fd), static_cast<int>(line));
  }
  if (!any) cx.skip(c, "no count before a list of 一是、二是… that a heading closes");
}

// ---- ordinals: 一是、二是、三是… in order ------------------------------------------------------

namespace {

bool ideograph(char32_t c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

// The ordinal written in Chinese numerals that ends right before `end` of `f` (一 … 九, 十, 十一 …
// 十九), its value and where it begins; 0 when there is none.
int ordinal_before(std::u32string_view f, std::size_t end, std::size_t& begin) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九";
  if (end == 0) return 0;
  const char32_t last = f[end - 1];
  if (last == U'十') {
    begin = end - 1;
    return 10;
  }
  const std::size_t d = kDigits.find(last);
  if (d == std::u32string_view::npos) return 0;
  if (end >= 2 && f[end - 2] == U'十') {
    begin = end - 2;
    return 11 + static_cast<int>(d);
  }
  begin = end - 1;
  return 1 + static_cast<int>(d);
}

// Whether an ordinal beginning at `b` opens a clause: nothing written as a word right before it
// (「统一是」「唯一是」 are words), 第 or 其 before it taken with it (「第二是」「其二是」).
bool opens_clause(std::u32string_view f, std::size_t b) {
  if (b > 0 && (f[b - 1] == U'第' || f[b - 1] == U'其')) --b;
  return b == 0 || !ideograph(f[b - 1]);
}

// Whether the number `n` is written as an item's ordinal somewhere in [from, to) of `f`: opening a
// clause in another form than N是 (「二要」「二来」「其二，」「第二，」), or N是 glued to the clause
// before when its stop was lost (「…关键信息二是依申请公开方面」): the items are numbered, only not
// alike or not cleanly.
bool ordinal_written(std::u32string_view f, std::size_t from, std::size_t to, int n) {
  for (std::size_t i = from + 1; i <= to && i <= f.size(); ++i) {
    std::size_t b = 0;
    if (ordinal_before(f, i, b) != n) continue;
    if (i < f.size() && (f[i] == U'十' || std::u32string_view(U"一二三四五六七八九").find(f[i]) != std::u32string_view::npos)) continue;
    if (opens_clause(f, b) || (i < f.size() && f[i] == U'是')) return true;
  }
  return false;
}

}  // namespace

// 「一是…。二是…。三是…。」 in a section: the items are numbered on from one. An item number one
// more than the next expected (一是 then 三是) is an item whose marker was lost, or a number
// miswritten; the same number twice running (二是, 二是) a repeat. Lists nest (三是 opening a list
// of its own 一是, 二是, then 四是 going on with the outer) and start again at 一是; the reading is
// by section (up to the next heading). Not reported: a number further on than one past (another
// kind of list), a number going back (a list started again without 一是), a missing number written
// in another form between the two (「二要」「其二」).
void run_ordinals(Context& cx, const Check& c) {
  const std::u32string_view f = cx.doc.folded;
  std::vector<std::uint32_t> cuts;
  for (const auto& h : cx.doc.headings)
    if (!h.furniture) cuts.push_back(h.marker.begin);
  std::sort(cuts.begin(), cuts.end());
  struct Open {
    int last;
    std::size_t at;  // where its last item's marker begins
  };
  std::vector<Open> lists;
  std::size_t cut = 0;
  bool any = false, failed = false;
  for (std::size_t q = f.find(U'是'); q != std::u32string_view::npos; q = f.find(U'是', q + 1)) {
    std::size_t b = 0;
    const int n = ordinal_before(f, q, b);
    if (n == 0 || !opens_clause(f, b)) continue;
    if (b > 0 && (f[b - 1] == U'第' || f[b - 1] == U'其')) --b;
    // A heading between the item and the one before closes every list.
    bool closed = false;
    while (cut < cuts.size() && cuts[cut] <= b) {
      ++cut;
      closed = true;
    }
    if (closed) lists.clear();
    if (n == 1) {
      if (lists.size() < 16) lists.push_back({1, b});
      continue;
    }
    if (lists.empty()) continue;
    if (lists.back().last + 1 == n) {
      lists.back() = {n, b};
      continue;
    }
    // Going on with a list this one is nested in.
    auto outer = std::find_if(lists.rbegin() + 1, lists.rend(), [n](const Open& o) { return o.last + 1 == n; });
    if (outer != lists.rend()) {
      lists.erase(outer.base(), lists.end());
      lists.back() = {n, b};
      continue;
    }
    const Open top = lists.back();
    lists.clear();
    any = true;
    const bool gap = n == top.last + 2, repeat = n == top.last && n >= 2;
    if ((!gap && !repeat) || (gap && ordinal_written(f, top.at + 1, b, top.last + 1))) continue;
    const Span marker{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(q + 1)};
    Finding fd;
    fd.severity = c.severity;
    fd.primary = marker;
    fd.actual = cx.doc.slice(marker);
    const Span prior{static_cast<std::uint32_t>(top.at), static_cast<std::uint32_t>(f.find(U'是', top.at) + 1)};
    const std::string prev = cx.doc.slice(prior);
    fd.related.push_back({prior, "上一项"});
    if (gap) {
      fd.message = fmt::format("「{}」之后是「{}」，中间缺少一项的编号", prev, fd.actual);
      fd.suggestion = "补上漏写的一项编号，或改正编号";
    } else {
      fd.message = fmt::format("「{}」之后又是「{}」，编号重复", prev, fd.actual);
      fd.suggestion = "改正重复的编号";
    }
    const auto line = cx.doc.at(marker.begin).line;
    cx.fail(c, std::move(fd), static_cast<int>(line));
    failed = true;
  }
  if (!failed) {
    if (any || cx.doc.folded.find(U"一是") != std::u32string_view::npos) cx.pass(c);
    else cx.skip(c, "no items numbered 一是、二是…");
  }
}

// ---- period: the statistics period a report states ---------------------------------------------

namespace {

// The number of `n` ASCII digits at `i` of `f` (folded: full-width digits are ASCII), or -1.
int digits_at(std::u32string_view f, std::size_t i, std::size_t n) {
  if (i + n > f.size() || (i + n < f.size() && f[i + n] >= U'0' && f[i + n] <= U'9')) return -1;
  int v = 0;
  for (std::size_t k = i; k < i + n; ++k) {
    if (f[k] < U'0' || f[k] > U'9') return -1;
    v = v * 10 + static_cast<int>(f[k] - U'0');
  }
  return v;
}

struct Date {
  int year = 0, month = 0, day = 0;  // year 0: not written (「至12月31日」)
  Span year_span;
  std::size_t end = 0;
};

// A date written 「2020年1月1日」 (or with its year left out, 「12月31日」) at `i`.
std::optional<Date> date_at(std::u32string_view f, std::size_t i, bool year_needed) {
  Date d;
  // (A page that lost the 年 after the year, 「自20211月1日起至202212月31日止」: the year's four
  // digits and the month's run together before 月.)
  std::size_t run = 0;
  while (i + run < f.size() && run < 7 && f[i + run] >= U'0' && f[i + run] <= U'9') ++run;
  const int glued_month = (run == 5 || run == 6) && i + run < f.size() && f[i + run] == U'月' ? digits_at(f, i + 4, run - 4) : -1;
  if (int y = digits_at(f, i, 4); y >= 1990 && y <= 2100 && i + 4 < f.size() && f[i + 4] == U'年') {
    d.year = y;
    d.year_span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 4)};
    i += 5;
  } else if (int g = glued_month > 0 ? digits_at(f.substr(0, i + 4), i, 4) : -1; glued_month <= 12 && g >= 1990 && g <= 2100) {
    d.year = g;
    d.year_span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 4)};
    d.month = glued_month;
    i += run + 1;
  } else if (year_needed) {
    return std::nullopt;
  }
  auto small = [&](char32_t unit, int& out) {
    for (std::size_t n : {2u, 1u})
      if (int v = digits_at(f, i, n); v > 0 && i + n < f.size() && f[i + n] == unit) {
        out = v;
        i += n + 1;
        return true;
      }
    return false;
  };
  if ((d.month == 0 && !small(U'月', d.month)) || !small(U'日', d.day)) return std::nullopt;
  d.end = i;
  return d;
}

// The year the title line names, when it names one report's (报告, 年报), or 0: the first year
// figure read on that line, as carry_year_fits reads the title's year.
int title_year(const Document& doc) {
  const std::uint32_t t = title_line(doc);
  if (t == 0) return 0;
  const Span ls = doc.lines.line_span(t);
  const std::u32string_view line = std::u32string_view(doc.folded).substr(ls.begin, ls.end - ls.begin);
  if (line.find(U"报告") == std::u32string_view::npos && line.find(U"年报") == std::u32string_view::npos) return 0;
  for (const Figure& g : doc.figures)
    if (g.kind == FigureKind::Year && g.line == static_cast<int>(t) && g.value.is_integer()) return static_cast<int>(g.value.mantissa());
  return 0;
}

}  // namespace

// 「本报告所列数据的统计期限自2020年1月1日起至2021年12月31日止」: an annual report's statistics
// period is one calendar year, the report's. Read only where the period runs from 1月1日 to
// 12月31日 (the first reports of 2008 start on 5月1日, a body set up in the year later: not checked):
// the two years must be one, and when the title names the report's year (one report on the page),
// that one.
void run_period(Context& cx, const Check& c) {
  const std::u32string_view f = cx.doc.folded;
  const int titled = cx.doc.report_starts.empty() ? title_year(cx.doc) : 0;
  bool any = false, failed = false;
  int statements = 0;
  for (std::size_t at = text::find_string(f, 0, U"统计"); at != std::u32string_view::npos && statements < 16;
       at = text::find_string(f, at + 2, U"统计")) {
    const std::u32string_view what = f.substr(at + 2, 2);
    if (what != U"期限" && what != U"时限" && what != U"时间" && what != U"区间" && what != U"周期" && what != U"时段") continue;
    // The first date within a few characters (「统计期限为」「统计期限自」「统计时限从」).
    std::optional<Date> from;
    std::size_t i = at + 4;
    for (; i < f.size() && i <= at + 10 && !from; ++i) from = date_at(f, i, true);
    if (!from) continue;
    // Then 至/到/— and the last date, its year perhaps left out (「至12月31日止」).
    std::size_t j = from->end;
    if (j < f.size() && f[j] == U'起') ++j;
    if (j < f.size() && (f[j] == U',' || f[j] == U'，')) ++j;
    if (j >= f.size() || std::u32string_view(U"至到—-~－").find(f[j]) == std::u32string_view::npos) continue;
    ++j;
    auto to = date_at(f, j, false);
    if (!to) continue;
    ++statements;
    if (from->month != 1 || from->day != 1 || to->month != 12 || to->day != 31) continue;
    any = true;
    const std::uint32_t line = cx.doc.at(static_cast<std::uint32_t>(at)).line;
    Finding fd;
    fd.severity = c.severity;
    if (to->year != 0 && to->year != from->year) {
      // Which of the two is the slip: the one the title's year does not name; else the last.
      const bool first_wrong = titled == to->year;
      const Date& wrong = first_wrong ? *from : *to;
      const Date& right = first_wrong ? *to : *from;
      fd.primary = wrong.year_span;
      fd.actual = std::to_string(wrong.year);
      fd.expected = std::to_string(right.year);
      fd.related.push_back({right.year_span, "另一端的年份"});
      fd.message = fmt::format("统计期限自{}年1月1日至{}年12月31日，跨了两个年度；年度报告的统计期限是一个自然年", from->year, to->year);
      fd.suggestion = fmt::format("改为 {}", right.year);
    } else if (titled != 0 && from->year != titled) {
      fd.primary = from->year_span;
      fd.actual = std::to_string(from->year);
      fd.expected = std::to_string(titled);
      fd.message = fmt::format("统计期限是{}年，而标题所述是{}年的年度报告", from->year, titled);
      fd.suggestion = fmt::format("改为 {}", titled);
    } else {
      cx.pass(c, static_cast<int>(line));
      continue;
    }
    cx.fail(c, std::move(fd), static_cast<int>(line));
    failed = true;
  }
  if (!any && !failed) cx.skip(c, "no statistics period from 1月1日 to 12月31日 stated");
}

}  // namespace

namespace {

// Packs tell reports apart by the same words (one pack's exclusion is another's detection, and
// most are absent, a search of the whole text each): each word is looked for once per document.
// (A dozen words: a list is cheaper than a map.)
using WordsFound = std::vector<std::pair<std::string_view, bool>>;

bool search_text(const Regex& re, std::string_view text, WordsFound* found, const text::PairIndex* pairs) {
  if (!found || re.literals().empty()) return pairs ? re.search(text, *pairs) : re.search(text);
  for (const auto& w : re.literals()) {
    auto it = std::find_if(found->begin(), found->end(), [&](const auto& e) { return e.first == w; });
    if (it == found->end())
      it = found->insert(it, {w, (!pairs || pairs->may_hold(w)) && Regex::find_word(text, w) != std::string_view::npos});
    if (it->second) return true;
  }
  return false;
}

// The stretches (from, length) of a text that are left, in order, when its line breaks and the
// blanks beside them are dropped; nothing when it is one line.
template <typename View, typename Fn>
void for_each_joined_stretch(View t, Fn&& stretch) {
  std::size_t from = 0;
  for (std::size_t nl = t.find('\n'); nl != View::npos; nl = t.find('\n', nl + 1)) {
    std::size_t end = nl;
    while (end > from && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\r')) --end;
    stretch(from, end - from);
    from = nl + 1;
    while (from < t.size() && (t[from] == ' ' || t[from] == '\t')) ++from;
  }
  if (from != 0) stretch(from, t.size() - from);
}

// The words a pack is told by, looked for in the folded text and, failing that, in the same text
// without its line breaks (and the blanks beside them): a table's row label copied from a PDF is
// cut where its cell wrapped (「一、本年新收政府信⏎息公开申请数量」), and the words on either side are one.
// `pairs` (text_pairs), when given, holds the pairs of both.
struct PackText {
  const std::string& folded;
  const text::PairIndex* pairs = nullptr;
  WordsFound found{}, found_joined{};
  std::string joined{};
  bool built = false;
  bool has(const Regex& re, bool cache) {
    if (search_text(re, folded, cache ? &found : nullptr, pairs)) return true;
    if (!built) {
      built = true;
      joined.reserve(folded.size());
      for_each_joined_stretch(std::string_view(folded), [&](std::size_t from, std::size_t n) { joined.append(folded, from, n); });
    }
    return !joined.empty() && search_text(re, joined, cache ? &found_joined : nullptr, pairs);
  }
};

bool applies(const RulePack& pack, PackText& text, bool cache) {
  if (!pack.detect && !pack.exclude) return true;
  // Detection looks at the folded text, so one pattern serves both scripts.
  if (pack.detect && !text.has(*pack.detect, cache)) return false;
  if (pack.exclude && text.has(*pack.exclude, cache)) return false;
  return true;
}

}  // namespace

bool pack_applies(const RulePack& pack, const Document& doc) {
  PackText text{doc.folded_utf8};
  return applies(pack, text, false);
}

// 「截止2010年末，街道累计公开信息总数24条」 and later 「截止2010年末，街道累计公开信息总数13条，其中…」:
// one total named in the same words twice, with two values. Only totals (累计, 总数, 总计, 共计,
// 合计 in the words), in prose, exactly, of this year (no other year than the same ones named in
// both sentences) and of no part (no 其中, 分别, 各 in the words, not an item of a list); only a
// name stated exactly twice (a template sentence repeated for each department states it more
// often). A warning at the value its own list does not bear out (its parts making it), else at
// the second.
void run_repeated(Context& cx, const Check& c) {
  const auto& figs = cx.doc.figures;
  std::map<std::pair<std::string, std::string>, std::vector<int>> named;
  for (std::size_t k = 0; k < figs.size(); ++k) {
    const auto& g = figs[k];
    if (g.in_table || g.kind != FigureKind::Count || g.unit.empty() || g.approx != Approx::Exact || g.last_years || g.times != 1) continue;
    const std::string_view l = g.label;
    if (l.size() < 18 || l.size() > 120) continue;  // six characters at least, forty at most (a name, not a passage)
    // (Each word sought by its last bytes, Regex::find_word: a search by the first byte of a
    // Chinese word stops at nearly every other character of the label.)
    bool total = false;
    for (std::string_view w : {"累计", "总数", "总计", "共计", "合计"}) total = total || Regex::find_word(l, w) != std::string_view::npos;
    if (!total) continue;
    bool part = false;
    for (std::string_view w : {"其中", "分别", "各", "其余", "另", "同比", "比上", "较上", "上年", "去年", "增加", "减少"})
      part = part || Regex::find_word(l, w) != std::string_view::npos;
    if (part || cx.list_of[static_cast<int>(k)] >= 0) continue;
    named[{std::string(g.label), g.unit}].push_back(static_cast<int>(k));
  }
  if (named.empty()) {
    cx.skip(c, "nothing in this document to check");
    return;
  }
  // The years named in a figure's sentence, in order.
  auto years_of = [&](int i) {
    std::vector<std::int64_t> ys;
    // (Sixty-four figures back at most: a hostile sentence of thousands is not walked for each pair.)
    for (int k = i; k >= 0 && k > i - 64 && figs[static_cast<std::size_t>(k)].sentence == figs[static_cast<std::size_t>(i)].sentence; --k)
      if (figs[static_cast<std::size_t>(k)].kind == FigureKind::Year && figs[static_cast<std::size_t>(k)].value.is_integer())
        ys.push_back(figs[static_cast<std::size_t>(k)].value.mantissa());
    std::sort(ys.begin(), ys.end());
    return ys;
  };
  // The words from a figure's sentence start (past a heading's number and spaces) to the figure.
  const std::u32string_view f = cx.doc.folded;
  auto sentence_head = [&](int i) {
    const auto& g = figs[static_cast<std::size_t>(i)];
    std::uint32_t b = g.span.begin;
    const std::uint32_t floor = b > 200 ? b - 200 : 0;
    while (b > floor && f[b - 1] != U'。' && f[b - 1] != U'\n' && f[b - 1] != U';' && f[b - 1] != U'!' && f[b - 1] != U'?') --b;
    while (b < g.span.begin && (f[b] == U' ' || f[b] == U'\t' || f[b] == U'\u3000')) ++b;
    return f.substr(b, g.span.begin - b);
  };
  auto heading_names_body = [&](int h) {
    if (h < 0) return false;
    const auto& hd = cx.doc.headings[static_cast<std::size_t>(h)];
    std::string_view t = hd.title;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (t.size() > 60) return false;  // twenty characters
    for (std::string_view w : {"局", "委", "办", "中心", "街道", "镇", "乡", "院", "所", "队", "公司", "部门", "政府", "厅", "处", "室"})
      if (t.ends_with(w)) return true;
    return false;
  };
  // Whether a count is the whole of a list whose parts make it (one pass over the lists, not one
  // a pair: a text of thousands of twice-named totals and as many lists stays linear).
  std::vector<char> made(figs.size(), 0);
  for (const auto& l : cx.doc.lists) {
    if (l.whole < 0 || l.parts.empty() || made[static_cast<std::size_t>(l.whole)]) continue;
    Decimal S;
    for (int p : l.parts) S = S + figs[static_cast<std::size_t>(p)].total();
    if (S == figs[static_cast<std::size_t>(l.whole)].value) made[static_cast<std::size_t>(l.whole)] = 1;
  }
  auto borne_out = [&](int i) { return made[static_cast<std::size_t>(i)] != 0; };
  for (const auto& [key, idx] : named) {
    if (idx.size() != 2) continue;
    const int a = idx[0], b = idx[1];
    const auto& A = figs[static_cast<std::size_t>(a)];
    const auto& B = figs[static_cast<std::size_t>(b)];
    if (A.sentence == B.sentence) continue;
    if (about_another_year(cx, a) || about_another_year(cx, b) || over_several_years(cx, a) != over_several_years(cx, b)) continue;
    // (The same words from the sentence's start, 「截止2010年末,街道累计公开信息总数」 both times: a
    // sentence naming another body or scope before the words, 「区教育局累计…」「市本级累计…」, is
    // another total.)
    if (sentence_head(a) != sentence_head(b)) continue;
    // (Nor under headings that name bodies, 「（一）区教育局」「（二）区卫生局」, each its own.)
    if (A.heading != B.heading && (heading_names_body(A.heading) || heading_names_body(B.heading))) continue;
    if (years_of(a) != years_of(b)) continue;
    if (A.value == B.value) {
      cx.pass(c, B.line);
      continue;
    }
    const bool blame_first = borne_out(b) && !borne_out(a);
    const auto& X = blame_first ? A : B;  // blamed
    const auto& Y = blame_first ? B : A;
    Finding f;
    f.severity = c.severity;
    f.primary = X.span;
    f.expected = Y.value.str();
    f.actual = X.value.str();
    f.related.push_back({Y.span, describe(Y) + " " + cx.val(blame_first ? b : a)});
    f.message = fmt::format("「{}」在第 {} 行为 {}，在第 {} 行为 {}：同一数量前后不一致", X.label, Y.line, cx.val(blame_first ? b : a), X.line,
                            cx.val(blame_first ? a : b));
    f.suggestion = borne_out(blame_first ? b : a) ? fmt::format("应为 {}（另一处的分项之和也是 {}）", Y.value.str(), Y.value.str())
                                                  : "核对两处中哪一个是对的";
    cx.fail(c, std::move(f), X.line);
  }
}

text::PairIndex text_pairs(const Document& doc) {
  text::PairIndex pairs;
  if (doc.folded.size() < 256) return pairs;  // (searched faster than indexed)
  pairs.build(doc.folded);
  // The pairs the dropped line breaks make (PackText): the last code point of the stretch before
  // and the first of the next, read in the UTF-8 (its line breaks are found faster).
  const std::string_view f = doc.folded_utf8;
  std::size_t end = 0;  // of the last stretch not empty, 0: none yet
  bool read = true;     // (else the index rules nothing out)
  for_each_joined_stretch(f, [&](std::size_t from, std::size_t n) {
    if (n == 0) return;
    if (end > 0) {
      std::size_t b = end - 1;
      while (b > 0 && (static_cast<unsigned char>(f[b]) & 0xC0) == 0x80) --b;
      char32_t a = 0, c = 0;
      if (text::decode_utf8_at(f, b, a) > 0 && text::decode_utf8_at(f, from, c) > 0) pairs.add(a, c);
      else read = false;
    }
    end = from + n;
  });
  return read ? pairs : text::PairIndex{};
}

std::vector<const RulePack*> packs_applying(const std::vector<const RulePack*>& packs, const Document& doc, const text::PairIndex* pairs) {
  PackText text{doc.folded_utf8, pairs};
  std::vector<const RulePack*> out;
  for (const RulePack* p : packs)
    if (applies(*p, text, true)) out.push_back(p);
  return out;
}

void check_document(const Document& doc, const std::vector<const RulePack*>& packs, FileResult& result, const Document* previous,
                    const text::PairIndex* pairs) {
  Context cx(doc, result);
  cx.shared_pairs = pairs;
  std::vector<const RulePack*> order(packs.begin(), packs.end());
  std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->priority > b->priority; });
  // Official tables first: their zones are not prose and their row numbers are not headings.
  std::map<const RulePack*, std::vector<TableInstance>> tables, previous_tables;
  SqueezedText squeezed, previous_squeezed;
  for (const RulePack* pack : order)
    for (const auto& def : pack->tables) {
      std::vector<const Check*> row_checks;
      for (const auto& c : pack->checks)
        if (c.kind == CheckKind::Table && c.table == def.name) row_checks.push_back(&c);
      for (auto& t : locate_table(doc, def, row_checks, &squeezed)) {
        cx.table_zones.push_back(t.zone);
        tables[pack].push_back(std::move(t));
      }
      if (previous)
        for (auto& t : locate_table(*previous, def, row_checks, &previous_squeezed)) previous_tables[pack].push_back(std::move(t));
    }
  for (const RulePack* pack : order) {
    cx.start_pack(*pack);
    check_tables(doc, *pack, tables[pack], result, previous_tables[pack]);
    for (auto& t : tables[pack]) fill_forced_zeros(t, previous_tables[pack], *pack);
    const Check* total_check = nullptr;
    for (const auto& c : pack->checks)
      if (c.kind == CheckKind::ShareTotal) total_check = &c;
    for (const auto& c : pack->checks) {
      switch (c.kind) {
        case CheckKind::Breakdown: run_breakdown(cx, *pack, c); break;
        case CheckKind::Share: run_shares(cx, c, total_check); break;
        case CheckKind::ShareTotal:
          if (std::none_of(pack->checks.begin(), pack->checks.end(), [](auto& k) { return k.kind == CheckKind::Share; }))
            cx.skip(c, "needs a share check in the same pack");
          break;
        case CheckKind::ListBreakdown: run_list_breakdown(cx, c); break;
        case CheckKind::Assert: run_assert(cx, *pack, c); break;
        case CheckKind::Restated:
          if (c.table.empty()) run_restated(cx, *pack, c);
          else run_restated_table(cx, *pack, c, tables[pack]);
          break;
        case CheckKind::Outline: run_outline(cx, c); break;
        case CheckKind::Parts: run_parts(cx, c); break;
        case CheckKind::Period: run_period(cx, c); break;
        case CheckKind::Items: run_items(cx, c); break;
        case CheckKind::Ordinals: run_ordinals(cx, c); break;
        case CheckKind::Change: run_change(cx, c); break;
        case CheckKind::Repeated: run_repeated(cx, c); break;
        case CheckKind::Table:
        case CheckKind::TableComplete: break;  // done by check_tables
      }
    }
    for (const auto& d : pack->figures)
      if (d.required && matches(cx, &d).empty()) {
        Finding f;
        f.rule = pack->name + ".required";
        f.severity = Severity::Warning;
        f.message = "必填数字「" + d.name + "」未找到" + (d.description.empty() ? "" : "：" + d.description);
        result.findings.push_back(std::move(f));
      }
  }
  // Share-total outcomes are recorded by the share check; make sure every check shows up.
  // (Most outcomes borrow their check's own id: those are found by where the id stands, and
  // only a check not found so is compared by name with every outcome. The ids of a pack's
  // checks differ, so a check found by its id's place has an outcome of its name.)
  using Place = std::pair<std::uintptr_t, std::size_t>;
  std::vector<Place> recorded;
  recorded.reserve(result.outcomes.size());
  for (const auto& o : result.outcomes) recorded.emplace_back(reinterpret_cast<std::uintptr_t>(o.rule.data()), o.rule.size());
  std::sort(recorded.begin(), recorded.end());
  for (const RulePack* pack : order)
    for (const auto& c : pack->checks) {
      bool seen = std::binary_search(recorded.begin(), recorded.end(), Place{reinterpret_cast<std::uintptr_t>(c.id.data()), c.id.size()}) ||
                  std::any_of(result.outcomes.begin(), result.outcomes.end(), [&](auto& o) { return o.rule == c.id; });
      if (!seen) result.outcomes.push_back({c.id, Status::Skipped, "nothing in this document to check", 0});
    }
  // Checks are evaluated on the text as read (HTML rendered, hard-wrapped lines joined); the audit
  // record names the line of the file, as the findings do. The line's first visible character
  // stands for it.
  if (doc.source_positions || !doc.origins.empty())
    for (auto& o : result.outcomes) {
      if (o.line <= 0) continue;
      auto s = doc.lines.line_span(static_cast<std::uint32_t>(o.line));
      std::uint32_t at = s.begin;
      while (at < s.end && (doc.text[at] == U' ' || doc.text[at] == U'\t' || doc.text[at] == U'\u3000')) ++at;
      if (at >= s.end) at = s.begin;
      o.line = static_cast<int>(doc.location({at, at + 1}).line);
    }
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.primary.begin < b.primary.begin; });
  // Two rules that blame the same figure and propose the same value found one slip ("办结76件"
  // against table 三's 67 and against its own results adding up to 67): it is reported once, by
  // the first rule; the audit record still shows both rules failed.
  // (So did one saying it should be at least the value another says it should be: 「部门财务信息
  // 2条(其中部门预算1条、部门决算2条)」 is 3 by its parts and by the total it is a part of.)
  auto same_slip = [](const Finding& a, const Finding& b) {
    auto value = [](std::string_view e) {
      for (std::string_view bound : {"≥ ", "≤ "})
        if (e.starts_with(bound)) e.remove_prefix(bound.size());
      return e;
    };
    // (Or one that names no value but blames the same figure with the same related figures: a
    // results list over the count received, read once as its 其中 parts and once as the flow's
    // results. The blamed figure named again among the related ones, as the 其中 check's total,
    // is no other figure.)
    auto same_figures = [](const Finding& x, const Finding& y) {
      auto other = [](const Finding& f, std::size_t k) {
        while (k < f.related.size() && f.related[k].span.begin == f.primary.begin && f.related[k].span.end == f.primary.end) ++k;
        return k;
      };
      std::size_t i = other(x, 0), j = other(y, 0);
      if (i == x.related.size()) return false;
      for (; i < x.related.size() && j < y.related.size(); i = other(x, i + 1), j = other(y, j + 1))
        if (x.related[i].span.begin != y.related[j].span.begin || x.related[i].span.end != y.related[j].span.end) return false;
      return i == x.related.size() && j == y.related.size();
    };
    return a.primary.begin == b.primary.begin && a.primary.end == b.primary.end &&
           ((!a.expected.empty() && value(a.expected) == value(b.expected)) ||
            ((a.expected.empty() || b.expected.empty()) && same_figures(a, b)));
  };
  // A sum that fails only because of one of its parts, when another finding already names that
  // part and the value that makes the sum come right ("无法提供25件" against table 三's 22, and
  // the results adding up to 70 instead of 67): the finding at the part is the one reported.
  // (The findings at each figure are looked up by where they stand, not searched for: a report
  // may have thousands of findings.)
  std::vector<bool> explained(result.findings.size(), false);
  std::multimap<std::pair<std::uint32_t, std::uint32_t>, std::size_t> at;
  for (std::size_t a = 0; a < result.findings.size(); ++a)
    at.insert({{result.findings[a].primary.begin, result.findings[a].primary.end}, a});
  for (std::size_t b = 0; b < result.findings.size(); ++b) {
    const auto& B = result.findings[b];
    bool at_least = B.expected.rfind("≥ ", 0) == 0;
    auto S = Decimal::parse(at_least ? std::string_view(B.expected).substr(std::string_view("≥ ").size()) : B.expected);
    auto W = Decimal::parse(B.actual);
    if (!S || !W) continue;
    // (In the order the findings stand, as a search through all of them would meet them.)
    std::vector<std::size_t> parts;
    for (const Related& r : B.related)
      for (auto [it, end] = at.equal_range({r.span.begin, r.span.end}); it != end; ++it) parts.push_back(it->second);
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    for (std::size_t a : parts) {
      if (explained[b]) break;
      const auto& A = result.findings[a];
      if (a == b || explained[a] || A.severity != B.severity) continue;
      auto v = Decimal::parse(A.expected), was = Decimal::parse(A.actual);
      if (!v || !was) continue;
      Decimal fixed = *S - *was + *v;
      explained[b] = at_least ? fixed <= *W : fixed == *W;
    }
  }
  // The figures a finding names, blamed or related, each once, in the order they stand.
  // (With `enclosing`, not a primary span that holds related figures: a list shown whole.)
  auto figures_of = [](const Finding& x, bool enclosing = false) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    const bool list = enclosing && std::any_of(x.related.begin(), x.related.end(), [&](const Related& r) {
      return r.span.begin >= x.primary.begin && r.span.end <= x.primary.end && !(r.span.begin == x.primary.begin && r.span.end == x.primary.end);
    });
    if (!list) out.push_back({x.primary.begin, x.primary.end});
    for (const Related& r : x.related) out.push_back({r.span.begin, r.span.end});
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  // A finding that names no value, or only a bound (≥ 41).
  auto no_value = [](const Finding& x) { return x.expected.empty() || x.expected.starts_with("≥ ") || x.expected.starts_with("≤ "); };
  std::vector<Finding> kept;
  kept.reserve(result.findings.size());
  for (std::size_t i = 0; i < result.findings.size(); ++i) {
    auto& f = result.findings[i];
    if (explained[i]) continue;
    // (Kept in the order of where they stand: a repeat is among the last ones, at the same place.)
    auto same_place_end = std::find_if(kept.rbegin(), kept.rend(), [&](const Finding& k) { return k.primary.begin != f.primary.begin; });
    auto repeat = std::find_if(kept.rbegin(), same_place_end, [&](const Finding& k) { return same_slip(k, f); });
    // (Or one naming no value that holds just the figures of a finding a little before it on its
    // line, blamed on another of them: 「共受理申请18件，其中新收到16件，结转上年度1件」 fails the 其中 check at
    // the 18 and the flow's own sum, 新收 + 上年结转 = 总数, at the 16. The last few kept only.)
    // (So are two that name no value, or only a bound, over the same figures on two lines: 「全年共收到
    // 申请40件。⏎其中予以公开28件，…」 fails the flow's results against the 40 and the 其中 list,
    // shown at its own line; the first stands.)
    if (repeat == same_place_end && !f.related.empty()) {
      const auto mine = figures_of(f);
      const auto stop = kept.size() > 8 ? kept.rend() - static_cast<std::ptrdiff_t>(kept.size() - 8) : kept.rend();
      const auto line = doc.location(f.primary).line;
      auto over = std::find_if(kept.rbegin(), stop, [&](const Finding& k) {
        if (f.expected.empty() && k.severity >= f.severity && doc.location(k.primary).line == line && figures_of(k) == mine) return true;
        return no_value(f) && no_value(k) && k.severity == f.severity && !k.related.empty() && figures_of(k, true) == figures_of(f, true);
      });
      if (over != stop) continue;
    }
    if (repeat == same_place_end) kept.push_back(std::move(f));
    // (The graver word on the slip stands; of two alike, one that says what the figure should be
    // over one that names no value: 「共受理申请18件，其中新收到16件，结转上年度1件」 fails the 其中
    // check, which says 17, and the flow's own sum, which does not.)
    else if (f.severity > repeat->severity ||
             (f.severity == repeat->severity && repeat->expected.empty() && !f.expected.empty() && Decimal::parse(f.expected)))
      *repeat = std::move(f);
  }
  result.findings = std::move(kept);
}

}  // namespace tally
