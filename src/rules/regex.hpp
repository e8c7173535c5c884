// A rule pattern compiled on first use. The shipped packs hold a few hundred patterns, and a
// document needs only those of the packs that apply to it: compiling all of them at start-up
// cost more than checking a report. Thread-safe: the first user compiles, the others wait.
// Most patterns are a word or a few words separated by |: those are searched as plain strings,
// with the same leftmost-first answer RE2 gives, and never compiled at all. Other patterns
// carry the words every match must contain (one per alternative): a text holding none of them
// cannot match, and is answered without running RE2.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

namespace tally {

class Regex {
 public:
  explicit Regex(std::string pattern) : pattern_(std::move(pattern)) {
    literals_ = split_literals(pattern_);
    if (literals_.empty()) required_ = required_words(pattern_);
  }
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
  bool search(std::string_view text) const {
    if (literals_.empty()) {
      if (!may_match(text)) return false;
      return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), get());
    }
    for (const auto& l : literals_)
      if (text.find(l) != std::string_view::npos) return true;
    return false;
  }
  // The leftmost match that starts at or after `from` and ends by `to`, as byte offsets in `text`.
  bool find(std::string_view text, std::size_t from, std::size_t to, std::size_t& begin, std::size_t& end) const {
    if (literals_.empty()) {
      if (from > to || to > text.size() || !may_match(text.substr(from, to - from))) return false;
      re2::StringPiece m;
      if (!get().Match(re2::StringPiece(text.data(), text.size()), from, to, RE2::UNANCHORED, &m, 1)) return false;
      begin = static_cast<std::size_t>(m.data() - text.data());
      end = begin + m.size();
      return true;
    }
    std::string_view window = text.substr(0, to);
    std::size_t best = std::string_view::npos, len = 0;
    for (const auto& l : literals_) {  // the earliest start; at a tie the first alternative, as RE2
      auto at = window.find(l, from);
      if (at < best) best = at, len = l.size();
    }
    if (best == std::string_view::npos) return false;
    begin = best;
    end = best + len;
    return true;
  }
  const std::vector<std::string>& required() const { return required_; }

  // For each top-level alternative, the longest run of plain characters it cannot match
  // without; nothing when some alternative has no such run (or the pattern sets flags).
  static std::vector<std::string> required_words(std::string_view p) {
    if (p.find("(?") != std::string_view::npos || p.find("\\Q") != std::string_view::npos) return {};
    // A pattern that is one group as a whole: its inside.
    if (p.size() >= 2 && p.front() == '(' && p.back() == ')' && group_end(p, 0) == p.size() - 1) p = p.substr(1, p.size() - 2);
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0;; ) {
      std::size_t next = top_level_bar(p, i);
      auto word = required_in(p.substr(start, next - start));
      if (word.empty()) return {};
      out.push_back(std::move(word));
      if (next >= p.size()) break;
      start = i = next + 1;
    }
    return out;
  }

  // The alternatives of a pattern made only of plain text separated by |, or nothing.
  static std::vector<std::string> split_literals(const std::string& p) {
    std::vector<std::string> out(1);
    for (char c : p) {
      if (c == '|') {
        out.emplace_back();
        continue;
      }
      if (std::string_view("\\.^$?*+()[]{}").find(c) != std::string_view::npos) return {};
      out.back() += c;
    }
    for (const auto& l : out)
      if (l.empty()) return {};
    return out;
  }

 private:
  std::string pattern_;
  std::vector<std::string> literals_;
  std::vector<std::string> required_;

  bool may_match(std::string_view text) const {
    if (required_.empty()) return true;
    for (const auto& w : required_)
      if (text.find(w) != std::string_view::npos) return true;
    return false;
  }
  // Where the group opened at p[open] closes, or npos.
  static std::size_t group_end(std::string_view p, std::size_t open) {
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
  // Where the character class opened at p[open] closes, or npos.
  static std::size_t class_end(std::string_view p, std::size_t open) {
    std::size_t i = open + 1;
    if (i < p.size() && p[i] == '^') ++i;
    if (i < p.size() && p[i] == ']') ++i;
    for (; i < p.size(); ++i) {
      if (p[i] == '\\') { ++i; continue; }
      if (p[i] == ']') return i;
    }
    return std::string_view::npos;
  }
  // The next | outside groups and classes at or after `i`, or p.size().
  static std::size_t top_level_bar(std::string_view p, std::size_t i) {
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
  static std::size_t escape_end(std::string_view p, std::size_t i) {
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
  // The longest run of plain characters, none of them optional, in one alternative.
  static std::string required_in(std::string_view p) {
    std::string best, run;
    std::size_t last_cp = 0;  // where the run's last character starts
    auto flush = [&] {
      if (run.size() > best.size()) best = run;
      run.clear();
    };
    for (std::size_t i = 0; i < p.size();) {
      char c = p[i];
      if (c == '?' || c == '*' || c == '{') {  // the character before may be absent (or repeated)
        if (!run.empty()) run.resize(last_cp);
        flush();
        if (c == '{') {
          auto close = p.find('}', i);
          if (close == std::string_view::npos) return {};
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
        if (e == std::string_view::npos) return {};
        i = e + 1;
        // A quantifier after a group or class concerns it, not the run.
        while (i < p.size() && (p[i] == '?' || p[i] == '*' || p[i] == '+')) ++i;
        if (i < p.size() && p[i] == '{') {
          auto close = p.find('}', i);
          if (close == std::string_view::npos) return {};
          i = close + 1;
        }
        continue;
      }
      if (c == '\\') {  // an escape is never part of a run: skip it whole
        flush();
        i = escape_end(p, i);
        if (i == std::string_view::npos) return {};
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
    return best;
  }
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

using RegexPtr = std::shared_ptr<Regex>;

}  // namespace tally
