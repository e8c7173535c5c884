// Small accessors of the document model.
#include "document/document.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>

#include "text/utf8.hpp"

namespace tally {

std::string_view TextPool::utf8(std::u32string_view s) {
  if (s.empty()) return {};
  // A stretch of the document's folded text is its UTF-8's stretch between the offsets of its
  // ends. (Told by its address, as an integer: the view may point anywhere.)
  std::string_view known;
  const auto b = (reinterpret_cast<std::uintptr_t>(s.data()) - reinterpret_cast<std::uintptr_t>(text_.data())) / sizeof(char32_t);
  if (text_at_ != nullptr && b <= text_.size() && s.size() <= text_.size() - b)  // (an address before the text wraps around)
    known = std::string_view(text_utf8_.data() + text_at_[b], text_at_[b + s.size()] - text_at_[b]);
  // A document's words fit in a block or two; a longer text than a block holds gets its own.
  constexpr std::size_t kBlock = 4096;
  const std::size_t room = known.data() != nullptr ? known.size() : s.size() * 4;
  if (blocks_.empty() || size_ - used_ < room) {
    size_ = std::max(kBlock, room);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size_));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::size_t n = known.size();
  if (known.data() != nullptr) std::memcpy(at, known.data(), n);
  else n = text::encode_utf8_all(s, at);
  used_ += n;
  return {at, n};
}

const char* kind_name(FigureKind k) {
  switch (k) {
    case FigureKind::Count: return "count";
    case FigureKind::Percent: return "percent";
    case FigureKind::Amount: return "amount";
    case FigureKind::Year: return "year";
    case FigureKind::Date: return "date";
    case FigureKind::DocNumber: return "docnumber";
    case FigureKind::Phone: return "phone";
    case FigureKind::Ordinal: return "ordinal";
    case FigureKind::Name: return "name";
    case FigureKind::Other: return "other";
  }
  return "other";
}

const char* approx_name(Approx a) {
  switch (a) {
    case Approx::Exact: return "exact";
    case Approx::About: return "about";
    case Approx::AtLeast: return "at_least";
    case Approx::AtMost: return "at_most";
  }
  return "exact";
}

const Origin* Document::stretch_at(std::uint32_t off) const {
  auto it = std::upper_bound(origins.begin(), origins.end(), off, [](std::uint32_t o, const Origin& x) { return o < x.rendered; });
  return it == origins.begin() ? nullptr : &*(it - 1);
}

Location Document::location(Span s) const {
  std::uint32_t end = s.end < s.begin ? s.begin : s.end;
  if (origins.empty()) {
    auto b = at(s.begin), e = at(end);
    return Location{b.line, b.column, e.line, e.column, {}};
  }
  // The stretch of rendered text holding `off`, and where it came from.
  // (An empty cell has no text of its own: it is shown where the text before it came from.)
  auto origin = [&](std::uint32_t& off) -> const Origin& {
    const Origin* at = stretch_at(off);
    if (!at) return origins.front();
    auto it = origins.begin() + (at - origins.data());
    for (int k = 0; k < 64 && it->source == kNoSource && it != origins.begin(); ++k) {
      --it;
      off = it->rendered;
    }
    return *it;
  };
  std::uint32_t begin = s.begin;
  const Origin& ob = origin(begin);
  Location l;
  if (ob.cell >= 0 && static_cast<std::size_t>(ob.cell) < cells.size()) l.cell = cells[ob.cell];
  if (!source_positions) {
    auto b = at(s.begin), e = at(end);
    l.line = b.line, l.column = b.column, l.end_line = e.line, l.end_column = e.column;
    return l;
  }
  if (ob.source == kNoSource) return l;
  auto b = source_lines.at(ob.source + (begin >= ob.rendered ? begin - ob.rendered : 0));
  l.line = b.line, l.column = b.column;
  if (end > s.begin) {
    std::uint32_t last = end - 1;
    const Origin& oe = origin(last);
    auto e = source_lines.at(oe.source == kNoSource ? ob.source : oe.source + (last >= oe.rendered ? last - oe.rendered : 0));
    l.end_line = e.line, l.end_column = e.column + 1;
  } else {
    l.end_line = l.line, l.end_column = l.column;
  }
  return l;
}

std::string Document::slice(Span s) const {
  if (s.end > text.size() || s.begin >= s.end) return {};
  return text::to_utf8(std::u32string_view(text).substr(s.begin, s.end - s.begin));
}

std::string Document::folded_slice(Span s) const {
  if (s.end > folded.size() || s.begin >= s.end) return {};
  if (folded_at) return folded_utf8.substr(folded_at[s.begin], folded_at[s.end] - folded_at[s.begin]);
  return text::to_utf8(std::u32string_view(folded).substr(s.begin, s.end - s.begin));
}

int usual_year(const Document& doc) {
  std::map<long long, int> seen;
  for (const auto& g : doc.figures)
    if (g.kind == FigureKind::Year && g.value.is_integer()) ++seen[g.value.mantissa()];
  int best = 0, n = 0, tied = 0;
  for (auto [y, k] : seen)
    if (k > n) best = static_cast<int>(y), n = k, tied = 1;
    else if (k == n) ++tied;
  // A tie (a short report naming its year in its title and last year once in its text: 「2015年
  // 主动公开…，本年主动公开…」) goes to the year of the title.
  if (tied > 1)
    if (std::uint32_t t = title_line(doc); t > 0)
      for (const auto& g : doc.figures)
        if (g.kind == FigureKind::Year && g.value.is_integer() && g.line == static_cast<int>(t) && seen[g.value.mantissa()] == n)
          return static_cast<int>(g.value.mantissa());
  return best;
}

std::size_t pinyin_gloss(std::u32string_view s, std::size_t open) {
  auto latin = [](char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0x24F && c != 0xF7) || (c >= 0x300 && c <= 0x36F);
  };
  if (open == 0 || open >= s.size() || s[open] != U'(' || !is_cjk(s[open - 1])) return 0;
  std::size_t close = open + 1;
  while (close < s.size() && close - open <= 8 && latin(s[close])) ++close;
  if (close == open + 1 || close >= s.size() || s[close] != U')') return 0;
  return close + 1 - open;
}

bool information_items(const Figure& whole, const Figure& part) {
  if (whole.unit != "件" || part.unit != "条") return false;
  const std::string_view w = whole.label, l = part.label;
  // (The documents may be named as such: 「全年共印发公文155件，其中，机构设置类信息33条，占21.3%；…」.)
  const bool rest = l.starts_with("其他") || l.starts_with("其它");  // the rest of them
  if (w.find("申请") != std::string_view::npos || !(l.find("信息") != std::string_view::npos || l.ends_with("类") || rest))
    return false;
  if (w.find("信息") != std::string_view::npos) return true;
  // (Documents published are counted so too: 「主动公开政府文件26件，其中机构职能类信息4条，…，其他主动
  // 公开1条」.)
  bool published = false;
  for (std::string_view v : {"公开", "发布", "公布"}) published = published || w.find(v) != std::string_view::npos;
  if (w.find("公文") == std::string_view::npos && !(published && w.find("文件") != std::string_view::npos)) return false;
  // Under documents, only items named by their kind (机构设置类信息, 其他类信息) divide them:
  // 「印发公文85件，其中规范性文件5件，公开各类信息320条」 counts the information of the year, not parts.
  auto k = l.find("类");
  if (rest) return true;
  return k != std::string_view::npos && !l.substr(0, k).ends_with("各");
}

std::string_view past_zhong_intro(std::string_view label) {
  // (在 asked first: most labels do not open with it, and need not be searched for 中.)
  if (!label.starts_with("在")) return label;
  if (auto zh = label.find("中"); zh != std::string_view::npos) label.remove_prefix(zh + std::string_view("中").size());
  return label;
}

int received_applications(const Document& doc, int before) {
  const auto& figs = doc.figures;
  if (before < 0 || static_cast<std::size_t>(before) >= figs.size()) return -1;
  int found = -1;
  for (int i = 0; i < before; ++i) {
    const auto& g = figs[static_cast<std::size_t>(i)];
    if (g.in_table || g.kind != FigureKind::Count || g.part != figs[static_cast<std::size_t>(before)].part) continue;
    const std::string_view l = g.label;
    bool receives = false;
    for (std::string_view v : {"收到", "受理", "接收", "接到"}) receives = receives || l.find(v) != std::string_view::npos;
    if (!receives || l.find("申请") == std::string_view::npos || l.find("其中") != std::string_view::npos) continue;
    if (g.approx != Approx::Exact || (found >= 0 && !(figs[static_cast<std::size_t>(found)].value == g.value))) return -1;
    found = i;
  }
  return found;
}

bool names_last_year(std::u32string_view w) {
  for (std::u32string_view copula : {U"为", U"是", U":"})
    if (w.ends_with(copula)) {
      w.remove_suffix(copula.size());
      break;
    }
  std::size_t d = 0;
  while (d < w.size() && w[d] >= U'0' && w[d] <= U'9') ++d;
  if (d == 4) {
    w.remove_prefix(4);
    if (w.starts_with(U"年")) w.remove_prefix(1);
    else if (!w.starts_with(U"同期")) return false;
  } else if (d != 0) {
    return false;
  } else {
    bool named = false;
    for (std::u32string_view when : {U"上一年", U"上年", U"去年"})
      if (!named && w.starts_with(when)) {
        w.remove_prefix(when.size());
        named = true;
      }
    if (!named) return false;
  }
  if (w.starts_with(U"度")) w.remove_prefix(1);
  if (w.starts_with(U"同期")) w.remove_prefix(2);
  return w.empty();
}

}  // namespace tally
