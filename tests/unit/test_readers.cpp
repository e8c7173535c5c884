// Readers: the rendered-text contract (tables as tab-separated grid rows with spans resolved)
// and the way back from rendered text to the source.
#include <catch2/catch.hpp>

#include <variant>

#include "document/build.hpp"
#include "document/render.hpp"
#include "text/utf8.hpp"

using namespace tally;

namespace {
std::string rendered(const std::string& html) {
  Rendered r;
  auto err = render_html(text::from_utf8(html), 1 << 20, r);
  REQUIRE_FALSE(err);
  return text::to_utf8(r.text);
}
}  // namespace

TEST_CASE("HTML tables become grid rows with spans resolved and no number repeated") {
  auto out = rendered(
      "<table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr>"
      "<tr><td>1</td><td>2</td></tr>"
      "<tr><td>C</td><td>3</td><td>4</td></tr></table>");
  CHECK(out == "A\tB\t\n\t1\t2\nC\t3\t4\n");
}

TEST_CASE("HTML text: paragraphs are lines, spans and entities inside a cell are joined") {
  auto out = rendered("<p>一、&nbsp;概述</p><table><tr><td><p><span>本年</span></p><p>新收</p></td><td> 6&#52; </td></tr></table>"
                      "<script>var x='<td>9</td>';</script><!-- <p>hidden</p> -->");
  CHECK(out == "一、 概述\n本年新收\t64\n");
}

TEST_CASE("Nesting 100,000 deep needs no recursion") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "共收到申请10件";
  CHECK(rendered(html) == "共收到申请10件");
}

TEST_CASE("A figure in an HTML cell is located at its line and column in the source") {
  std::string html = "<html><body>\n<table>\n<tr><td>收到申请数</td>\n<td><span style=\"x\">  123</span></td></tr>\n</table>\n";
  auto built = build_document("t.html", html, {});
  auto* doc = std::get_if<Document>(&built);
  REQUIRE(doc);
  REQUIRE_FALSE(doc->figures.empty());
  const Figure* f = nullptr;
  for (auto& g : doc->figures)
    if (g.value == Decimal::integer(123)) f = &g;
  REQUIRE(f);
  auto l = doc->location(f->span);
  CHECK(l.line == 4);
  CHECK(l.column == 23);  // <td><span style="x"> is 20 columns, two spaces, then the 1
  CHECK(l.end_column == 26);
  CHECK(l.cell == "table 1, row 1, column 2");
}

TEST_CASE("Formats are recognised by content as well as by name") {
  CHECK(sniff_format("a.txt", "<!DOCTYPE html><html>") == Format::Html);
  CHECK(sniff_format("a.htm", "  <p>x</p>") == Format::Html);
  CHECK(sniff_format("a.txt", "共收到申请10件") == Format::Text);
  CHECK(sniff_format("a.bin", std::string("PK\x03\x04", 4) + "....word/document.xml") == Format::Docx);
  CHECK(sniff_format("a.docx", "not a zip") == Format::Docx);  // the reader then says it is not one
}

TEST_CASE("Damaged Word files are refused with a message") {
  auto built = build_document("t.docx", "this is not a zip archive at all, just text pretending", {});
  auto* err = std::get_if<ReadError>(&built);
  REQUIRE(err);
  CHECK(err->message.find("not a readable Word") != std::string::npos);
}
