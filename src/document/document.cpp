// Small accessors of the document model.
#include "document/document.hpp"

#include "text/utf8.hpp"

namespace tally {

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

Location Document::location(Span s) const {
  auto b = at(s.begin), e = at(s.end < s.begin ? s.begin : s.end);
  return Location{b.line, b.column, e.line, e.column, {}};
}

std::string Document::slice(Span s) const {
  if (s.end > text.size() || s.begin >= s.end) return {};
  return text::to_utf8(std::u32string_view(text).substr(s.begin, s.end - s.begin));
}

std::string Document::folded_slice(Span s) const {
  if (s.end > folded.size() || s.begin >= s.end) return {};
  return text::to_utf8(std::u32string_view(folded).substr(s.begin, s.end - s.begin));
}

}  // namespace tally
