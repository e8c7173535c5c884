// Pike (rules/pike.hpp) against RE2: every pattern of the shipped packs over labels and lines
// of the fixtures, and random patterns of Pike's subset over random short texts. Wherever Pike
// answers (it takes the pattern and the text is UTF-8), its answer must be RE2's: whether a
// match lies anywhere (RE2::PartialMatch) and the leftmost-first match (RE2::Match).
#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "rules/pike.hpp"
#include "rules/regex.hpp"

using namespace tally;

namespace {

void scalars(const YAML::Node& n, std::vector<std::string>& out) {
  if (n.IsScalar()) out.push_back(n.as<std::string>());
  else if (n.IsSequence())
    for (const auto& k : n) scalars(k, out);
  else if (n.IsMap())
    for (const auto& kv : n) scalars(kv.second, out);
}

// Every string of the packs that RE2 reads as a pattern (the patterns, and some other words).
std::vector<std::string> pack_patterns() {
  std::set<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(TALLY_RULES_DIR)) {
    if (e.path().extension() != ".yaml") continue;
    std::vector<std::string> all;
    scalars(YAML::LoadFile(e.path().string()), all);
    for (auto& s : all)
      if (RE2(s, Regex::options()).ok()) out.insert(s);
  }
  return {out.begin(), out.end()};
}

std::size_t char_start(std::string_view s, std::size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Lines of the fixtures (cut to 300 bytes) and the runs between their figures, as labels are.
std::vector<std::string> fixture_texts() {
  std::set<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(TALLY_FIXTURES_DIR)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);) {
      out.insert(line.substr(0, char_start(line, std::min<std::size_t>(line.size(), 300))));
      std::size_t start = 0;
      for (std::size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || (line[i] >= '0' && line[i] <= '9')) {
          if (i > start + 3) out.insert(line.substr(start, i - start));
          start = i + 1;
        }
    }
  }
  return {out.begin(), out.end()};
}

struct Compare {
  long answered = 0, found = 0, mismatches = 0;
  void operator()(const Pike& pike, const RE2& re, const std::string& pattern, std::string_view text, std::size_t from,
                  std::size_t to) {
    re2::StringPiece whole(text.data(), text.size());
    auto a = pike.search(text);
    if (a != Pike::Answer::unsure) {
      ++answered;
      bool want = RE2::PartialMatch(whole, re);
      found += want;
      if ((a == Pike::Answer::yes) != want) {
        ++mismatches;
        FAIL_CHECK("search: pattern " << pattern << " text " << text << " RE2 " << want);
      }
    }
    std::size_t b = 0, e = 0;
    // Anchored where the window begins (RE2::Match ANCHOR_START): where the match ends.
    a = pike.match_at(text, from, to, e);
    if (a != Pike::Answer::unsure) {
      re2::StringPiece m;
      bool want = re.Match(whole, from, to, RE2::ANCHOR_START, &m, 1);
      if ((a == Pike::Answer::yes) != want || (want && e != from + m.size())) {
        ++mismatches;
        FAIL_CHECK("match_at: pattern " << pattern << " text " << text << " [" << from << "," << to << ") RE2 " << want << " "
                                        << (want ? m.size() : 0) << " Pike " << e - from);
      }
    }
    a = pike.find(text, from, to, b, e);
    if (a == Pike::Answer::unsure) return;
    re2::StringPiece m;
    bool want = re.Match(whole, from, to, RE2::UNANCHORED, &m, 1);
    std::size_t wb = want ? static_cast<std::size_t>(m.data() - text.data()) : 0, we = want ? wb + m.size() : 0;
    if ((a == Pike::Answer::yes) != want || (want && (b != wb || e != we))) {
      ++mismatches;
      FAIL_CHECK("find: pattern " << pattern << " text " << text << " [" << from << "," << to << ") RE2 " << want << " "
                                  << wb << "-" << we << " Pike " << b << "-" << e);
    }
    // Anchored where RE2's leftmost match begins: the same match.
    if (want && pike.match_at(text, wb, to, e) == Pike::Answer::yes ? e != we : want) {
      ++mismatches;
      FAIL_CHECK("match_at: pattern " << pattern << " text " << text << " at " << wb << " RE2 ends " << we);
    }
  }
};

// A random pattern of Pike's subset (now and then a little outside it) over a few characters
// and \d \s \w and their capitals.
class Patterns {
 public:
  explicit Patterns(std::mt19937& rng) : rng_(rng) {}
  std::string alternation(int depth) {
    std::string s = concat(depth);
    while (pick(4) == 0) s += "|" + concat(depth);
    return s;
  }

 private:
  std::mt19937& rng_;
  int pick(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
  std::string character() {
    static const char* chars[] = {"a", "b", "申", "请", "同", "意", "不", "，", "。", "、", "#", "\n", "\\.", "\\#", "\\|", "-",
                                  "\\d", "\\s", "\\w", "\\D", "\\S", "\\W"};
    return chars[pick(pick(4) == 0 ? 22 : 16)];
  }
  std::string klass() {
    std::string s = pick(2) ? "[^" : "[";
    for (int k = 0, n = 1 + pick(3); k < n; ++k) {
      switch (pick(5)) {
        case 0: s += "a-c"; break;
        case 1: s += "一-龥"; break;
        case 2: s += "，-。"; break;  // a range of two code points far apart
        default: s += character();
      }
    }
    return s + "]";
  }
  std::string atom(int depth) {
    switch (pick(depth > 2 ? 8 : 10)) {
      case 0: return ".";
      case 1: case 2: return klass();
      case 3: return "^";
      case 4: return "$";
      case 5: case 6: case 7: return character();
      case 8: return "(" + alternation(depth + 1) + ")";
      default: return "(?:" + alternation(depth + 1) + ")";
    }
  }
  std::string quantifier() {
    switch (pick(16)) {
      case 0: return "?";
      case 1: return "*";
      case 2: return "+";
      case 3: return "{" + std::to_string(pick(3)) + "}";
      case 4: return "{" + std::to_string(pick(3)) + ",}";
      case 5: { int m = pick(3); return "{" + std::to_string(m) + "," + std::to_string(m + pick(4)) + "}"; }
      case 6: return pick(8) == 0 ? "??" : "";  // lazy: RE2's
      default: return "";
    }
  }
  std::string concat(int depth) {
    std::string s;
    for (int k = 0, n = pick(5); k < n; ++k) s += atom(depth) + quantifier();
    return s;
  }
};

std::string random_text(std::mt19937& rng) {
  static const char* chars[] = {"a", "b", "c", "申", "请", "同", "意", "不", "，", "。", "、", "#", "\n", ".", "-", "丁", "1", " ", "_", "\t"};
  std::string s;
  for (int k = 0, n = static_cast<int>(rng() % 11); k < n; ++k) s += chars[rng() % 20];
  if (rng() % 50 == 0) s.insert(rng() % (s.size() + 1), "\xFF");  // not UTF-8: Pike is unsure
  return s;
}

// A window [from, to) on character boundaries (now and then not: Pike is unsure).
std::pair<std::size_t, std::size_t> window(std::mt19937& rng, std::string_view text) {
  std::size_t a = rng() % (text.size() + 1), b = rng() % (text.size() + 1);
  if (a > b) std::swap(a, b);
  if (rng() % 8 != 0) a = char_start(text, a), b = char_start(text, b);
  return {a, b};
}

}  // namespace

TEST_CASE("Pike answers as RE2 on every pack pattern over the fixtures' lines and labels", "[pike]") {
  auto patterns = pack_patterns();
  auto texts = fixture_texts();
  REQUIRE(patterns.size() > 200);
  REQUIRE(texts.size() > 5000);
  std::mt19937 rng(12);
  Compare compare;
  std::size_t taken = 0;
  for (const auto& p : patterns) {
    auto pike = Pike::parse(p);
    RE2 re(p, Regex::options());
    if (!pike) continue;
    ++taken;
    REQUIRE(re.ok());
    // Every text for the patterns that need more than words (those RE2 compiled on reports);
    // a sample for the others.
    const bool words = !Regex::expand_literals(p).empty();
    for (std::size_t t = words ? rng() % 16 : 0; t < texts.size(); t += words ? 16 : 1) {
      const auto& text = texts[t];
      auto [from, to] = window(rng, text);
      compare(*pike, re, p, text, rng() % 2 ? 0 : from, rng() % 2 ? text.size() : to);
    }
  }
  // (The subset covers the packs: what it leaves to RE2 is the odd pattern with \d or flags.)
  WARN("packs: " << taken << " of " << patterns.size() << " taken, " << compare.answered << " answered, " << compare.found << " found");
  CHECK(taken * 10 > patterns.size() * 9);
  CHECK(compare.mismatches == 0);
  CHECK(compare.found > 10000);
}

TEST_CASE("Regex answers as RE2 with Pike behind it, prefilters and all", "[pike]") {
  auto texts = fixture_texts();
  long mismatches = 0, found = 0;
  for (const auto& p : pack_patterns()) {
    Regex rx(p);
    RE2 re(p, Regex::options());
    for (std::size_t t = 0; t < texts.size(); t += 7) {
      re2::StringPiece whole(texts[t].data(), texts[t].size());
      bool want = RE2::PartialMatch(whole, re);
      found += want;
      if (rx.search(texts[t]) != want) {
        ++mismatches;
        FAIL_CHECK("search: pattern " << p << " text " << texts[t]);
      }
      std::size_t b = 0, e = 0;
      re2::StringPiece m;
      want = re.Match(whole, 0, whole.size(), RE2::UNANCHORED, &m, 1);
      bool got = rx.find(texts[t], 0, texts[t].size(), b, e);
      if (got != want || (want && (b != static_cast<std::size_t>(m.data() - whole.data()) || e - b != m.size()))) {
        ++mismatches;
        FAIL_CHECK("find: pattern " << p << " text " << texts[t]);
      }
      // Every match begins with one of the pattern's heads, when it has some; anchored there,
      // the match is RE2's.
      const auto& heads = rx.heads();
      if (want && heads.n > 0) {
        std::string_view at = std::string_view(texts[t]).substr(b);
        bool headed = false;
        for (std::size_t k = 0; k < heads.n; ++k) headed = headed || at.starts_with(heads.at[k]);
        if (!headed) {
          ++mismatches;
          FAIL_CHECK("heads: pattern " << p << " text " << texts[t]);
        }
        std::size_t end = 0;
        if (!rx.match_at(texts[t], b, texts[t].size(), end) || end != e) {
          ++mismatches;
          FAIL_CHECK("match_at: pattern " << p << " text " << texts[t]);
        }
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(found > 1000);
}

TEST_CASE("Pike answers as RE2 on random patterns of its subset over random texts", "[pike]") {
  std::mt19937 rng(20261201);
  Patterns gen(rng);
  Compare compare;
  long taken = 0, refused = 0;
  for (int k = 0; k < 12000; ++k) {
    std::string p = gen.alternation(0);
    auto pike = Pike::parse(p);
    RE2 re(p, Regex::options());
    if (!pike) {
      ++refused;
      continue;
    }
    ++taken;
    if (!re.ok()) FAIL_CHECK("Pike takes a pattern RE2 refuses: " << p);
    for (int t = 0; t < 12; ++t) {
      std::string text = random_text(rng);
      auto [from, to] = window(rng, text);
      compare(*pike, re, p, text, from, to);
    }
  }
  CHECK(compare.mismatches == 0);
  CHECK(taken > 6000);
  CHECK(refused > 100);  // the lazy ones, the repetitions of what may be empty
  CHECK(compare.found > 10000);
  CHECK(compare.answered > 60000);
  WARN("random: " << taken << " taken, " << refused << " refused, " << compare.answered << " answered, " << compare.found << " found");
}

// search() steps a pattern's threads through sets it keeps from text to text (a DFA built as it
// goes): the sets a text meets must answer for the next texts too, and a pattern whose sets
// outgrow the table's bound is searched thread by thread from then on.
TEST_CASE("Pike's search answers as RE2 with its sets kept over many texts, and past their bound", "[pike]") {
  std::mt19937 rng(20261203);
  Patterns gen(rng);
  Compare compare;
  long taken = 0;
  for (int k = 0; k < 400; ++k) {
    std::string p = gen.alternation(0);
    auto pike = Pike::parse(p);
    if (!pike) continue;
    ++taken;
    RE2 re(p, Regex::options());
    for (int t = 0; t < 150; ++t) {
      std::string text = random_text(rng);
      compare(*pike, re, p, text, 0, text.size());
    }
  }
  // (Which of the last 17 characters are a tells a set of its own, and a text of a and b never
  // ends the search early: tens of thousands of sets met, past the bound.)
  const std::string wide = "a(a|b){16}c";
  auto pike = Pike::parse(wide);
  REQUIRE(pike);
  RE2 re(wide, Regex::options());
  for (int t = 0; t < 400; ++t) {
    std::string text;
    for (int c = 0, n = 40 + static_cast<int>(rng() % 80); c < n; ++c) text += rng() % 2 ? "a" : "b";
    if (t % 4 == 0) text += "c";
    compare(*pike, re, wide, text, 0, text.size());
  }
  CHECK(taken > 150);
  CHECK(compare.mismatches == 0);
  CHECK(compare.found > 5000);
}

TEST_CASE("Regex reads a long text only near its needed words, and answers as RE2 reading it all", "[pike]") {
  // Whole fixture files (a report searched for an `unless` pattern) against every pack pattern;
  // random patterns over long random texts, where the stretches around the needed words meet,
  // part or not at all.
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(TALLY_FIXTURES_DIR)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    if (ss.str().size() >= 1024) files.push_back(ss.str());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 100);
  long mismatches = 0, found = 0, bounded = 0;
  for (const auto& p : pack_patterns()) {
    Regex rx(p);
    RE2 re(p, Regex::options());
    auto pike = Pike::parse(p);
    bounded += pike && pike->longest() != std::string_view::npos;
    for (std::size_t t = 0; t < files.size(); t += 5) {
      bool want = RE2::PartialMatch(re2::StringPiece(files[t].data(), files[t].size()), re);
      found += want;
      if (rx.search(files[t]) != want) {
        ++mismatches;
        FAIL_CHECK("search: pattern " << p << " file text of " << files[t].size() << " bytes");
      }
    }
  }
  std::mt19937 rng(20261202);
  Patterns gen(rng);
  long long_found = 0;
  for (int k = 0; k < 6000; ++k) {
    std::string p = gen.alternation(0);
    auto pike = Pike::parse(p);
    if (!pike || pike->longest() == std::string_view::npos) continue;
    Regex rx(p);
    RE2 re(p, Regex::options());
    for (int t = 0; t < 3; ++t) {
      std::string text;
      while (text.size() < 1200 + 600 * static_cast<std::size_t>(t)) text += random_text(rng);
      if (t > 0) text.erase(std::remove(text.begin(), text.end(), '\xFF'), text.end());  // (a stray byte: Pike unsure)
      bool want = RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
      long_found += want;
      if (rx.search(text) != want) {
        ++mismatches;
        FAIL_CHECK("search: pattern " << p << " text " << text);
      }
    }
  }
  CHECK(mismatches == 0);
  CHECK(bounded > 100);
  CHECK(found > 1000);
  CHECK(long_found > 1000);
  WARN("long texts: " << bounded << " bounded pack patterns, " << found << " found in files, " << long_found << " in random texts");
}

TEST_CASE("Pike leaves to RE2 what is outside its subset", "[pike]") {
  for (const char* p : {"\\x41", "(?i)abc", "a*?", "a**", "\\pN", "[[:alpha:]]", "a{2", "a{1000}", "(a*)*", "(^|b)+",
                        "\\bword", "x{,3}", "[a-b-c]", "]", "a{3,2}", "(?P<n>a)", "((((a{10}){10}){10}){2})",
                        "a{03}", "a{1,02}"})  // (RE2 reads these two as text: found by fuzz_regex)
    CHECK(Pike::parse(p) == nullptr);
  for (const char* p : {"a", "", "(|a)", "[^,;。]{0,24}申请", "(^|[^不])同意公开[^#]*#", "信息不存在[^#]*#|(^|其中)#[^#、,;:。]{0,8}信息不存在",
                        "[-a]", "[a-]", "\\.\\(", "(?:ab)+c", "\\d{4}年", "[\\s|:-]*"})
    CHECK(Pike::parse(p) != nullptr);
  // A long text with threads alive all along: the work is one pass, whatever the text.
  auto pike = Pike::parse("(a|aa)*b|[^#]{0,50}#x");
  REQUIRE(pike);
  CHECK(pike->search(std::string(200000, 'a')) == Pike::Answer::no);
  CHECK(pike->search(std::string(200000, 'a') + "b") == Pike::Answer::yes);
  CHECK(pike->search("a\xFF" "b") == Pike::Answer::unsure);
}
