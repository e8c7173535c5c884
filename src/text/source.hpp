// Source positions: code-point offsets into the decoded text, rendered as 1-based line and
// column (columns count code points) by this one component only.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tally::text {

struct Span {
  std::uint32_t begin = 0;  // code-point offset, inclusive
  std::uint32_t end = 0;    // exclusive
  bool empty() const { return begin >= end; }
};

struct LineCol {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based, in code points
};

class SourceMap {
 public:
  SourceMap() = default;
  explicit SourceMap(std::u32string_view text);
  LineCol at(std::uint32_t offset) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
  // Offsets of line `line` (1-based), without its terminator. (Inline: it is called for every
  // line by several passes.)
  Span line_span(std::uint32_t line) const {
    if (line == 0 || line > starts_.size()) return {};
    return {starts_[line - 1], ends_[line - 1]};
  }
  std::uint32_t longest_line() const { return longest_; }

 private:
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> ends_;
  std::uint32_t longest_ = 0;
};

}  // namespace tally::text
