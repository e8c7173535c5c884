// The rendered-text buffer shared by the HTML, Word and Excel readers, and format sniffing.
#include "document/render.hpp"

#include <algorithm>
#include <cctype>

namespace tally {

void RenderBuffer::put(char32_t c, std::uint32_t source, std::int32_t cell) {
  if (pending_space_ && !line_empty_) {
    pending_space_ = false;
    put(U' ', space_source_, cell);
  }
  pending_space_ = false;
  auto at = static_cast<std::uint32_t>(out.text.size());
  if (source != next_source_ || cell != last_cell_) out.origins.push_back({at, source, cell});
  out.text.push_back(c);
  next_source_ = source + 1;
  last_cell_ = cell;
  line_empty_ = false;
}

void RenderBuffer::space(std::uint32_t source) {
  if (line_empty_ || pending_space_) return;
  pending_space_ = true;
  space_source_ = source;
}

void RenderBuffer::newline() {
  pending_space_ = false;
  if (line_empty_) return;
  out.text.push_back(U'\n');
  next_source_ = UINT32_MAX;
  line_empty_ = true;
}

void RenderBuffer::append(const RenderBuffer& other, std::int32_t cell) {
  auto base = static_cast<std::uint32_t>(out.text.size());
  for (auto o : other.out.origins) out.origins.push_back({base + o.rendered, o.source, cell});
  out.text += other.out.text;
  next_source_ = UINT32_MAX;
  if (!other.out.text.empty()) line_empty_ = false;
}

Format sniff_format(std::string_view path, std::string_view bytes) {
  auto lower_ext = [&] {
    auto dot = path.rfind('.');
    std::string e(dot == std::string_view::npos ? "" : path.substr(dot + 1));
    for (auto& ch : e) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return e;
  }();
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    // Entry names are stored in the clear in the local headers and the central directory.
    if (bytes.find("word/document.xml") != std::string_view::npos) return Format::Docx;
    if (bytes.find("xl/workbook.xml") != std::string_view::npos) return Format::Xlsx;
    return Format::Zip;
  }
  if (lower_ext == "docx") return Format::Docx;  // not a zip: the reader says so
  if (lower_ext == "xlsx") return Format::Xlsx;
  auto lower = [](std::string_view text) {
    std::string s(text);
    for (auto& ch : s)  // ASCII only, without a locale lookup per byte
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
  };
  const std::string_view head = bytes.substr(0, 2048);
  std::size_t i = head.rfind("\xef\xbb\xbf", 0) == 0 ? 3 : 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  // Only the start is lowered for the doctype; the whole head only for an .html file.
  const std::string h = lower(head.substr(std::min(i, head.size()), 14));
  if (h.rfind("<!doctype html", 0) == 0 || h.rfind("<html", 0) == 0) return Format::Html;
  if (lower_ext != "html" && lower_ext != "htm") return Format::Text;
  if (h.rfind("<", 0) == 0) return Format::Html;
  const std::string all = lower(head);
  if (all.find("<p") != std::string::npos || all.find("<table") != std::string::npos || all.find("<div") != std::string::npos)
    return Format::Html;
  return Format::Text;
}

}  // namespace tally
