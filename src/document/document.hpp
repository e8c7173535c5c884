// The document model every stage after reading works on: decoded text, its folded view,
// lines, the heading outline, extracted figures, prose lists and text-table rows.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/render.hpp"
#include "extract/decimal.hpp"
#include "text/source.hpp"

namespace tally {

using text::Span;

// Storage for the words that describe figures (labels, the words after them): each is
// written once into large blocks and viewed from every figure it describes (all the values of
// a table row share their label), instead of one heap string per figure and word. Moving it
// keeps the views valid; copying is not allowed, as a copy's views would still point here.
class TextPool {
 public:
  TextPool() = default;
  TextPool(TextPool&&) = default;
  TextPool& operator=(TextPool&&) = default;
  TextPool(const TextPool&) = delete;
  TextPool& operator=(const TextPool&) = delete;
  // Keeps the UTF-8 of `s` and returns a view of it, valid as long as the pool.
  std::string_view utf8(std::u32string_view s);
  // While the document is read: its folded text, that text's UTF-8 and the offset there of each
  // code point and of the end (Document::folded_at). The words are nearly all stretches of the
  // folded text: their UTF-8 is then copied from the text's, not encoded again. (Unset, with no
  // arguments, before the document is moved: the views would not follow it.)
  void encoded(std::u32string_view text = {}, std::string_view utf8 = {}, const std::uint32_t* at = nullptr) {
    text_ = text;
    text_utf8_ = utf8;
    text_at_ = at;
  }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0, size_ = 0;  // in the last block
  std::u32string_view text_;
  std::string_view text_utf8_;
  const std::uint32_t* text_at_ = nullptr;
};

enum class FigureKind {
  Count,     // a quantity: 3310件, 三项, 31.12万次, a table cell
  Percent,   // 63.67%, 百分之五
  Amount,    // money: 107.2万元
  Year,      // 2016年
  Date,      // 11月23日
  DocNumber, // 〔2016〕8号
  Phone,     // 0411-12345678
  Ordinal,   // 第一, 十八届
  Name,      // 两微一端, "12345" hotline, PM2.5
  Other,
};
const char* kind_name(FigureKind k);

enum class Approx { Exact, About, AtLeast, AtMost };
const char* approx_name(Approx a);

enum class PercentRole { None, Share, Growth, Rate };

// How far a reading walks over the figures of one sentence, back from a figure or on past it,
// before it gives up: a page run together with no full stop is one sentence of thousands of
// figures, and a walk from each of them through all the others would be quadratic in the page.
// What it gives up: a relation between two figures of one sentence more than this many figures
// apart is not seen (the longest sentence seen in a real report holds 35 figures).
inline constexpr int kSentenceWalk = 128;

struct Figure {
  Decimal value;
  int precision = 0;        // decimals as written: 30.0 -> 1
  Span span;                // the number as written (digits, without unit)
  Span unit_span;           // the unit, when one follows
  FigureKind kind = FigureKind::Other;
  Approx approx = Approx::Exact;
  std::string unit;         // folded, UTF-8: 件, 万元, 人次
  // The words below are views into the document's TextPool.
  std::string_view label;   // folded words before the figure in its clause (row label in tables)
  std::string_view after;   // folded words after the unit in its clause
  int heading = -1;         // innermost heading containing the figure
  int part = 0;             // document part (0 = body, 1.. = each 附件)
  int report = 0;           // report on the page (0 = the first; 1.. = each one after it)
  int sentence = 0;         // sentence index in the document
  int line = 0;             // 1-based line
  bool in_table = false;
  int column = 0;           // value column within a table row
  int share = -1;           // for a count: the percent figure stating its share
  int share_of = -1;        // for a share: the count it belongs to
  int share_whole = -1;     // for a share: the whole it names ("占总量2400条的15.3%"), if any
  std::string_view share_base;  // folded words between 占 and the percent: "全区…总数的"
  PercentRole role = PercentRole::None;
  bool chinese_numeral = false;
  // A count given for each of several items its words name ("机构概况、公开指南各1条": 2), so it
  // stands for `times` × value in a sum.
  int times = 1;
  bool last_years = false;  // a count its bracket names as last year's, "(2020年为25件)", or a comparison, "比上年受理申请30件"
  std::uint32_t end() const { return unit_span.end > span.end ? unit_span.end : span.end; }
  Decimal total() const { return times == 1 ? value : value * Decimal(times, 0); }
  bool arithmetic() const {
    return kind == FigureKind::Count || kind == FigureKind::Percent || kind == FigureKind::Amount;
  }
};

struct Heading {
  Span marker;          // "三、", "(一)", "1."
  int style = 0;        // 1: 一、  2: (一)  3: 1.  4: (1)
  int number = 0;
  int depth = 0;        // nesting depth assigned while reading (0 = top)
  int parent = -1;
  int prev_sibling = -1;  // the heading before it at the same level, if any
  int part = 0;
  std::uint32_t line = 0;
  std::uint32_t section_end = 0;  // offset where this heading's section ends
  std::string title;    // folded text after the marker
  bool furniture = false;  // a numbered item of the site's menu around the report, not its heading
};

// A run of parts in prose that break a whole down: "共收到申请3310件。其中,网上…2986件,占90%;…"
struct FigureList {
  int whole = -1;            // explicit whole, when the text states it
  std::vector<int> parts;    // figure indices, in order
  bool qizhong = false;      // introduced by 其中 / …中, / (…)
  bool has_other = false;    // a part labelled 其他… (the remainder)
  bool sums = false;         // the whole follows its parts as their stated sum: …,共计682件
  bool shares = false;       // parts carry stated shares
  bool zhong_shares = false; // a run with shares whose sentence names its whole (在…中): the share check reports its total
  bool mixed_units = false;  // counts of another unit stood among the parts
  std::size_t before_mixed = 0;  // parts stated before the first count of another unit
  std::vector<int> other_units;  // those counts of another unit, in order (not among the parts)
  bool left_out = false;     // an item given only roughly (约200条) stood among the parts
  bool at_most = false;      // items after the whole's sentence with no marker: they may leave items out, only their sum above it tells
  std::string intro;         // folded text introducing the list
};

// Where a span is shown to the user: 1-based line and column (code points, end exclusive) in
// the file as read, and for Word and Excel files the paragraph or cell it came from.
struct Location {
  std::uint32_t line = 1, column = 1, end_line = 1, end_column = 1;
  std::string cell;  // "table 2, row …, column …", "Sheet1!C5"; empty for text files
};

struct Document {
  std::string path;
  std::string encoding;
  std::u32string text;       // original code points
  std::u32string folded;     // same length, folded for matching
  std::string folded_utf8;   // the folded text as UTF-8, for whole-document patterns
  // The offset in folded_utf8 of each code point of `folded`, and of its end (size + 1 entries;
  // null when not made): a stretch of the folded text is cut from its UTF-8, not encoded again.
  std::unique_ptr<std::uint32_t[]> folded_at;
  text::SourceMap lines;
  std::vector<Heading> headings;
  std::vector<Figure> figures;
  TextPool words;            // what figures' labels and words after them view
  std::vector<FigureList> lists;
  std::vector<std::uint32_t> part_starts;  // offsets where 附件 parts begin
  // Offsets where another report on the same page begins (last year's after this year's, the
  // city level's after the whole city's): each title after the first that opens its own 一、.
  std::vector<std::uint32_t> report_starts;
  std::size_t invalid_bytes = 0;
  std::uint32_t first_invalid = 0;
  // HTML, Word and Excel files are read as rendered text; these lead back to the file.
  std::string format = "text";            // text, html, docx, xlsx
  std::vector<Origin> origins;            // rendered offset -> source offset and cell
  std::vector<std::string> cells;         // cell descriptions ("table 2, row 5, column 3")
  text::SourceMap source_lines;           // lines of the HTML source, for line:col
  bool source_positions = false;          // origins hold offsets into the HTML source
  std::vector<std::uint32_t> read_on;     // HTML/Word: where a paragraph was read on from the one before (rendered offsets, sorted)

  // Position in the decoded (for HTML/docx/xlsx: rendered) text; used while analysing.
  text::LineCol at(std::uint32_t off) const { return lines.at(off); }
  // Position to show the user; every output format goes through this.
  Location location(Span s) const;
  // The stretch of rendered text (origins) that holds rendered offset `off`: the last to start at
  // or before it; none before the first.
  const Origin* stretch_at(std::uint32_t off) const;
  std::string slice(Span s) const;         // original text, UTF-8
  std::string folded_slice(Span s) const;  // folded text, UTF-8
};

// The year a report is about: the year it names most often, a tie going to the year of the
// title (0 when it names none). Lists (build_lists) and rules (Context::report_year) both ask it;
// the reading of a carry-over named by its year asks a stricter one (carry_year_fits).
int usual_year(const Document& doc);

// The folded words between a bracket or comma and a count name last year: 上年, 去年, 上一年
// or a year (2020年), then 度 or 同期 if any, then 为/是/: if any ("(2020年为25件)", "(去年同期
// 12件)", ",上年度为60件").
bool names_last_year(std::u32string_view words);

// A CJK ideograph (the unified blocks and the compatibility ones).
inline bool is_cjk(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

// A pinyin gloss opening at s[open] (folded text): a bracket of small Latin letters, tone marks
// too, right after a CJK character (「結(jié)轉(zhuǎn)」; not 「(APP)」), as some pages gloss their
// words. Its length, brackets included; 0 when there is none.
std::size_t pinyin_gloss(std::u32string_view s, std::size_t open);

// Items of information counted in 条 under a whole that counts pieces of information in 件
// (「全年主动公开政府信息213件，其中…统计信息类信息129条」): one measure written two ways. The
// whole's words name information and no applications; the part's name information or a kind.
bool information_items(const Figure& whole, const Figure& part);
// A label that says the figure is a change, not a stock: "比上年增加", "同比下降".
bool label_states_change(std::string_view label);
// A label that opens with words adding to the count before it, not naming a part of it (「更新1条」
// after 「共公开信息35条，」).
bool adds_to_previous(std::string_view label);
// A label that opens on the words comparing with last year and names what they compare, 「比上年新收
// 申请」: the count after it is last year's, not this year's.
bool names_last_years_count(std::string_view label);
// A part's words that name who applied or how (自然人, 法人, 企业, 网上, 信函, 当面…): a division of
// the requests received by applicant or channel.
bool names_who_or_how(std::string_view label);
// The words every reading of applicants and channels shares (自然人, 法人, 组织, 企业, 网上, 网络,
// 在线, 信函, 当面, 现场, 传真): names_who_or_how adds the rarer ones of a division (公民, 窗口…).
bool names_applicant_or_channel(std::string_view label);
// Which kind of case a label counts: 1 administrative review (复议), 2 suit (诉讼, 起诉; 复议后起诉
// is a suit), 0 neither or both named.
int case_kind(std::string_view label);
// A count of requests named by the channel they came through (网上申请, 当面提交, 通过信函提出…).
bool names_application_channel(std::string_view label);
// A count of requests named by one of the results of handling in table 三's words (予以公开,
// 部分公开, 不予公开, 无法提供, 不予处理, 同意公开…).
bool names_handling_result(std::string_view label);
// Which of the three kinds a government website's yearly statistics divide what it published into a
// label names: 0 概况(类), 1 政务动态, 2 (信息)公开目录; -1 none.
int website_kind(std::string_view label);
// A part's words past the 在…中 that open its list: 「在网站上公开的政府信息中便民服务信息6条」 names
// a kind (便民服务信息), not the channel the whole went through.
std::string_view past_zhong_intro(std::string_view label);
// The applications received, as the text states them before figure `before` (in its part, not
// in a table): the counts whose words receive applications (收到, 受理, 接收, 接到 … 申请) and are
// no 其中 part, when they all have one value; the last of them, or -1.
int received_applications(const Document& doc, int before);

// The line of the report's title (「XX县2019年政府信息公开工作年度报告」), past a site's menu or
// breadcrumb; 0 when there is none.
std::uint32_t title_line(const Document& doc);

}  // namespace tally
