// Unit tests of the pipeline stages: decimals, number extraction, outline, lists, shares,
// the expression language and the rule loader.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <variant>

#include "check/engine.hpp"
#include "document/build.hpp"
#include "extract/numbers.hpp"
#include "rules/embedded.hpp"
#include "rules/expr.hpp"
#include "rules/loader.hpp"
#include "rules/regex.hpp"
#include "rules/serialize.hpp"
#include "text/encoding.hpp"
#include "text/fold.hpp"
#include "text/scan.hpp"
#include "text/utf8.hpp"

using namespace tally;

static Document doc_of(const std::string& s) {
  auto r = build_document("t.txt", s);
  REQUIRE(std::holds_alternative<Document>(r));
  return std::get<Document>(std::move(r));
}

static const Figure* find(const Document& d, const std::string& text) {
  for (auto& f : d.figures)
    if (d.slice(f.span) == text) return &f;
  return nullptr;
}

TEST_CASE("decimal arithmetic is exact") {
  auto a = *Decimal::parse("0.1"), b = *Decimal::parse("0.2");
  CHECK((a + b) == *Decimal::parse("0.3"));
  CHECK(Decimal::parse("1,049")->str() == "1049");
  CHECK(Decimal::parse("30.0")->str() == "30");
  CHECK(Decimal::integer(2).divide(Decimal::integer(3310), 4).str() == "0.0006");
  CHECK(Decimal::parse("30.545")->round_half_up(2).str() == "30.55");
  CHECK(Decimal::parse("49.279")->truncate(1).str() == "49.2");
  CHECK(Decimal::parse("-1.5")->str() == "-1.5");
  CHECK(Decimal::parse("0.25")->str() == "0.25");
  CHECK(Decimal::parse("-0.05")->str() == "-0.05");
  CHECK(Decimal::parse("12.34")->str() == "12.34");
  CHECK(!Decimal::parse("1.2.3"));
  CHECK(Decimal::parse("3.1")->str_fixed(2) == "3.10");
  // Whole numbers (added without alignment) and the general case give the same answers, up to
  // the bound of 10^18 results are clamped to.
  const Decimal big = Decimal::integer(999'999'999'999'999'999LL);
  CHECK((big + Decimal::integer(1)).str() == "1000000000000000000");
  CHECK((big + Decimal::integer(2)) == (big + Decimal::integer(1)));
  CHECK((-big - Decimal::integer(5)) == -(big + Decimal::integer(1)));
  CHECK((Decimal::integer(7) - Decimal::integer(9)).str() == "-2");
  CHECK((Decimal::integer(7) + *Decimal::parse("0.5")).str() == "7.5");
  CHECK(Decimal::integer(3) < Decimal::integer(4));
  CHECK(*Decimal::parse("3.5") > Decimal::integer(3));
  CHECK(*Decimal::parse("0.25") < *Decimal::parse("0.3"));
}

TEST_CASE("numbers: separators, decimals, multipliers, precision") {
  auto d = doc_of("共收到申请1,049件，占3.35%，接听来电31.12万次，经费107.2万元，比例30.0%。\n");
  auto* n = find(d, "1,049");
  REQUIRE(n);
  CHECK(n->value.str() == "1049");
  CHECK(n->unit == "件");
  CHECK(n->kind == FigureKind::Count);
  auto* p = find(d, "3.35");
  REQUIRE(p);
  CHECK(p->kind == FigureKind::Percent);
  CHECK(p->precision == 2);
  auto* w = find(d, "31.12");
  REQUIRE(w);
  CHECK(w->value.str() == "311200");
  CHECK(w->unit == "次");
  auto* m = find(d, "107.2");
  REQUIRE(m);
  CHECK(m->kind == FigureKind::Amount);
  CHECK(m->unit == "万元");
  auto* z = find(d, "30.0");
  REQUIRE(z);
  CHECK(z->precision == 1);
}

TEST_CASE("numbers: years, dates, document numbers, names, ordinals are kept out") {
  auto d = doc_of("2016年11月23日，依据(大政办发〔2016〕125号)，第一时间通过“12345”热线和PM2.5数据，十八届六中全会。\n");
  CHECK(find(d, "2016")->kind == FigureKind::Year);
  CHECK(find(d, "11")->kind == FigureKind::Date);
  CHECK(find(d, "23")->kind == FigureKind::Date);
  CHECK(find(d, "125")->kind == FigureKind::DocNumber);
  CHECK(find(d, "12345")->kind == FigureKind::Name);
  CHECK(find(d, "2.5")->kind == FigureKind::Name);
  for (auto& f : d.figures) CHECK(f.kind != FigureKind::Count);
}

TEST_CASE("numbers: Chinese numerals, approximations, 百分之") {
  auto d = doc_of("开展三项工作，培训十二个部门，约76%，9万余人次，不足10件，百分之五。\n");
  auto* three = find(d, "三");
  REQUIRE(three);
  CHECK(three->value.str() == "3");
  CHECK(three->unit == "项");
  CHECK(find(d, "十二")->value.str() == "12");
  CHECK(find(d, "9")->approx == tally::Approx::AtLeast);
  CHECK(find(d, "9")->value.str() == "90000");
  CHECK(find(d, "10")->approx == tally::Approx::AtMost);
  auto* five = find(d, "百分之五");
  REQUIRE(five);
  CHECK(five->kind == FigureKind::Percent);
  CHECK(chinese_numeral_value(U"三百零五") == 305);
  CHECK(chinese_numeral_value(U"十三五") == -1);
}

TEST_CASE("fold: width and traditional characters, length kept") {
  std::u32string s = U"１２３，４５６％（一）傳真申請";
  auto f = text::fold(s);
  CHECK(f.size() == s.size());
  CHECK(text::to_utf8(f) == "123,456%(一)传真申请");
  // Folded and encoded in one pass: the same, across blocks and in every UTF-8 length.
  std::u32string long_text;
  for (int i = 0; i < 200; ++i) long_text += U"傳真a é\U0001F600，〇";
  std::string utf8;
  auto g = text::fold(long_text, utf8);
  CHECK(g == text::fold(long_text));
  CHECK(utf8 == text::to_utf8(g));
}

TEST_CASE("display width: the columns a character takes in print") {
  // One answer for the text report's caret and the measure of a page's lines.
  CHECK(text::display_width(U'a') == 1);
  CHECK(text::display_width(U'中') == 2);
  CHECK(text::display_width(U'，') == 2);     // full-width comma
  CHECK(text::display_width(U'\u3000') == 2);  // ideographic space
  CHECK(text::display_width(U'\u303F') == 1);  // half-fill space, narrow inside the CJK block
  CHECK(text::display_width(U'\u0301') == 0);  // combining acute accent
  CHECK(text::display_width(U'\u200B') == 0);  // zero-width space, common in scraped pages
  CHECK(text::display_width(U'\uAC00') == 2);  // Hangul syllable
  CHECK(text::display_width(U'\U00020000') == 2);
  CHECK(text::display_width(U'é') == 1);
}

TEST_CASE("outline: styles, siblings, repeats reset in attachments") {
  auto d = doc_of("一、概述\n（一）甲\n（二）乙\n1.子项\n2.子项\n二、情况\n三、问题\n三、计划\n附件1\n一、表\n二、表\n");
  REQUIRE(d.headings.size() == 10);
  CHECK(d.headings[2].prev_sibling == 1);
  CHECK(d.headings[5].prev_sibling == 0);
  CHECK(d.headings[7].number == 3);
  CHECK(d.headings[7].prev_sibling == 6);
  CHECK(d.headings[8].prev_sibling == -1);  // the attachment restarts numbering
  auto d2 = doc_of("2.2017年度统计表\n");
  CHECK(d2.headings.empty());
  auto d3 = doc_of("一、甲\n二、乙\n附：情况表\n一、丙\n");
  REQUIRE(d3.headings.size() == 3);
  CHECK(d3.headings[2].prev_sibling == -1);
}

TEST_CASE("shares and lists: 其中, 中, parentheses and runs across 。") {
  auto d = doc_of("共收到申请3310件，同比上升145%。其中，网上申请2986件（某网），占90%；传真申请2件，占0.27%。\n"
                  "组织访谈134期（市本级64期，县区70期）。不同意公开的252件中，涉及国家秘密的1件。\n"
                  "属于已主动公开范围的130件，占52.63%；不属于本行政机关公开的15件。占6.07%；告知的6件，占2.42%。\n");
  auto* w = find(d, "3310");
  REQUIRE(w);
  CHECK(find(d, "145")->role == PercentRole::Growth);
  CHECK(find(d, "2986")->share >= 0);
  CHECK(find(d, "15")->share >= 0);  // across 。
  REQUIRE(d.lists.size() >= 4);
  CHECK(d.lists[0].whole >= 0);
  CHECK(d.figures[d.lists[0].whole].value.str() == "3310");
  CHECK(d.lists[0].parts.size() == 2);
  bool paren = false, zhong = false, run = false;
  for (auto& l : d.lists) {
    if (l.whole >= 0 && d.figures[l.whole].value.str() == "134") paren = l.parts.size() == 2;
    if (l.whole >= 0 && d.figures[l.whole].value.str() == "252") zhong = l.parts.size() == 1;
    if (l.whole < 0 && l.parts.size() == 3) run = true;
  }
  CHECK(paren);
  CHECK(zhong);
  CHECK(run);
}

TEST_CASE("text tables: label line then value line, and same-line rows") {
  auto d = doc_of("（一）收到申请数\n\n337\n四、信函申请数   125\n费用\n万元\n0\n");
  auto* a = find(d, "337");
  REQUIRE(a);
  CHECK(a->in_table);
  CHECK(a->label == "(一)收到申请数");
  auto* b = find(d, "125");
  REQUIRE(b);
  CHECK(b->in_table);
  CHECK(b->label == "四、信函申请数");
  auto* c = find(d, "0");
  REQUIRE(c);
  CHECK(c->unit == "万元");
  auto u = doc_of("统计表\n1.当面申请数 | 件 | 26\n2.网络申请数\t件\t311\n共收到申请26件。\n");
  CHECK(find(u, "26")->in_table);
  CHECK(find(u, "311")->in_table);
  int prose = 0;
  for (auto& f : u.figures) prose += !f.in_table;
  CHECK(prose == 1);
}

TEST_CASE("expressions parse, type-check and evaluate") {
  ExprError err;
  auto e = parse_expr("a + b <= max(c, 3) and not present(d) => share(a, c) == 50", err);
  REQUIRE(e);
  CHECK(e->boolean());
  auto lookup = [](const std::string& n) -> std::optional<Decimal> {
    if (n == "a") return Decimal::integer(5);
    if (n == "b") return Decimal::integer(1);
    if (n == "c") return Decimal::integer(10);
    return std::nullopt;
  };
  auto expand = [](const std::string& n) { return std::vector<std::string>{n}; };
  auto v = evaluate(*e, lookup, expand);
  CHECK(v.type == Value::Type::Bool);
  CHECK(v.truth);
  CHECK(!parse_expr("a + ", err));
  CHECK(err.offset == 4);
  CHECK(!parse_expr("foo(a)", err));
  auto z = parse_expr("a / 0 == 1", err);
  CHECK(evaluate(*z, lookup, expand).type == Value::Type::Missing);
}

TEST_CASE("the loader refuses mistakes with line and column") {
  auto bad = [](const std::string& y) {
    auto r = load_pack(y, "x.yaml");
    REQUIRE(std::holds_alternative<LoadError>(r));
    return std::get<LoadError>(r);
  };
  auto e1 = bad("schema: 1\npack: p\nchecks:\n  - id: a\n    kind: outline\n    severty: error\n    description: d\n");
  CHECK(e1.line == 6);
  CHECK(e1.message.find("severty") != std::string::npos);
  auto e2 = bad("schema: 1\npack: p\npack: q\nchecks: []\n");
  CHECK(e2.line == 3);
  auto e3 = bad("schema: 1\npack: p\nfigures:\n  a: {label: '('}\nchecks: []\n");
  CHECK(e3.message.find("regular expression") != std::string::npos);
  auto e4 = bad("schema: 2\npack: p\nchecks: []\n");
  CHECK(e4.message.find("schema") != std::string::npos);
  auto e5 = bad(std::string(200, '[') + "\n");
  CHECK(e5.message.find("deeper") != std::string::npos);
  CHECK(embedded_packs().size() >= 2);
}

TEST_CASE("the built-in packs' heads are the packs' heads, and stand for the whole packs") {
  const auto& all = embedded_packs();
  const auto& heads = embedded_pack_heads();
  REQUIRE(heads.size() == all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const RulePack& h = heads[i];
    CHECK(h.name == all[i].name);
    CHECK(h.version == all[i].version);
    CHECK(h.content_hash == all[i].content_hash);
    CHECK(h.priority == all[i].priority);
    CHECK((h.detect ? h.detect->pattern() : "") == (all[i].detect ? all[i].detect->pattern() : ""));
    CHECK((h.exclude ? h.exclude->pattern() : "") == (all[i].exclude ? all[i].exclude->pattern() : ""));
    CHECK(h.checks.empty());
    const RulePack& w = embedded_whole(h);
    CHECK(&w != &h);
    CHECK(&embedded_whole(h) == &w);  // (read once)
    CHECK(w.name == all[i].name);
    CHECK(w.checks.size() == all[i].checks.size());
    CHECK(w.figures.size() == all[i].figures.size());
    CHECK(w.tables.size() == all[i].tables.size());
    CHECK(&embedded_whole(all[i]) == &all[i]);  // any other pack is itself
  }
}

TEST_CASE("compiled packs round-trip through serialization") {
  auto r = load_pack(
      "schema: 1\npack: p\nversion: 2.1.0\ndetect: '报告'\nfigures:\n  a: {label: '收到', unit: [件], total: true}\n"
      "  b: {label: '当面', in: table}\nchecks:\n  - id: x\n    kind: assert\n    expr: 'a >= b'\n    description: d\n"
      "  - id: y\n    kind: breakdown\n    whole: a\n    parts: [b]\n    relation: at_least\n    anchor: after\n    description: e\n",
      "p.yaml");
  REQUIRE(std::holds_alternative<RulePack>(r));
  const auto& p = std::get<RulePack>(r);
  auto q = deserialize_pack(serialize_pack(p));
  CHECK(q.name == "p");
  CHECK(q.version == "2.1.0");
  CHECK(q.detect->pattern() == "报告");
  REQUIRE(q.figures.size() == 2);
  CHECK(q.figures[0].total);
  CHECK(q.figures[0].units == std::vector<std::string>{"件"});
  CHECK(q.figures[1].scope == Scope::Table);
  REQUIRE(q.checks.size() == 2);
  CHECK(q.checks[0].expr);
  CHECK(q.checks[0].expr_source == "a >= b");
  CHECK(q.checks[1].relation == Relation::AtLeast);
  CHECK(q.checks[1].anchor_after);
  CHECK(q.content_hash == p.content_hash);
  // The words' sketches are read back as made from the words (not worked out again on loading).
  auto same_sketches = [](const std::vector<std::string>& words, const std::vector<Sketch>& sketches) {
    if (words.size() != sketches.size()) return false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const Sketch k = Sketch::of(words[i]);
      if (!std::equal(k.bits, k.bits + 4, sketches[i].bits) || k.bytes != sketches[i].bytes) return false;
    }
    return true;
  };
  for (const auto& re : {q.detect, q.figures[0].label}) {
    CHECK(!re->literals().empty());
    CHECK(same_sketches(re->literals(), re->literal_sketches()));
    CHECK(same_sketches(re->required(), re->required_sketches()));
  }
  CHECK(q.figures[0].label->search("共收到申请"));
  CHECK_THROWS(deserialize_pack("junk"));
}

TEST_CASE("compiled packs keep what each pattern needs, read at once or when first wanted") {
  auto r = load_pack(
      "schema: 1\npack: p\nversion: 1.0.0\nfigures:\n  a: {label: '(收到|受理)[^,;。]{0,16}申请|结转', unit: [件]}\n"
      "checks:\n  - id: x\n    kind: assert\n    expr: 'a >= 0'\n    description: d\n",
      "p.yaml");
  if (auto* e = std::get_if<LoadError>(&r)) FAIL(e->str());
  REQUIRE(std::holds_alternative<RulePack>(r));
  const auto& p = std::get<RulePack>(r);
  const std::string bytes = serialize_pack(p);
  auto same = [](const Regex::Piece& x, const Regex::Piece& y) {
    if (x.words != y.words || x.sketches.size() != y.sketches.size()) return false;
    for (std::size_t i = 0; i < x.sketches.size(); ++i)
      if (!std::equal(x.sketches[i].bits, x.sketches[i].bits + 4, y.sketches[i].bits) || x.sketches[i].bytes != y.sketches[i].bytes)
        return false;
    return true;
  };
  for (bool lasting : {false, true}) {
    auto q = deserialize_pack(bytes, lasting);
    const auto& want = p.figures[0].label->needs();
    const auto& got = q.figures[0].label->needs();
    REQUIRE(want.alternatives.size() == 2);
    REQUIRE(got.alternatives.size() == want.alternatives.size());
    for (std::size_t a = 0; a < want.alternatives.size(); ++a) {
      REQUIRE(got.alternatives[a].size() == want.alternatives[a].size());
      for (std::size_t k = 0; k < want.alternatives[a].size(); ++k) CHECK(same(got.alternatives[a][k], want.alternatives[a][k]));
    }
    CHECK(want.whole_words.words == std::vector<std::string>{"结转"});
    CHECK(same(got.whole_words, want.whole_words));
    for (std::string_view t : {"本年收到申请", "受理了5件申请", "上年结转", "申请", "收到。申请"})
      CHECK(q.figures[0].label->search(t) == p.figures[0].label->search(t));
  }
}

TEST_CASE("patterns of plain words are searched as strings, with RE2's answers") {
  CHECK(Regex::split_literals("行政复议") == std::vector<std::string>{"行政复议"});
  CHECK(Regex::split_literals("维持|纠正|其他") == std::vector<std::string>{"维持", "纠正", "其他"});
  CHECK(Regex::split_literals("上年(度)?结转").empty());
  CHECK(Regex::split_literals("a||b").empty());
  CHECK(Regex::split_literals("办结|").empty());
  CHECK(Regex::split_literals("第二十条第\\(一\\)项").empty());
  const std::vector<std::string> patterns = {"行政复议", "其他|其他结果", "其他结果|其他", "结果|维持", "总计", "a b", "上年(度)?结转"};
  const std::vector<std::string> texts = {"", "行政复议", "其他结果维持总计", "结果维持其他", "维持结果", "上年度结转行政复议其他",
                                          "a b", "xx其他", "其他其他结果"};
  for (const auto& p : patterns) {
    Regex mine(p);
    RE2 re(p);
    for (const auto& t : texts) {
      INFO(p << " in " << t);
      CHECK(mine.search(t) == RE2::PartialMatch(t, re));
      for (std::size_t from = 0; from <= t.size(); from += 3)
        for (std::size_t to : {t.size(), t.size() / 2}) {
          if (to < from) continue;
          re2::StringPiece m;
          bool want = re.Match(t, from, to, RE2::UNANCHORED, &m, 1);
          std::size_t b = 0, e = 0;
          REQUIRE(mine.find(t, from, to, b, e) == want);
          if (want) {
            CHECK(b == static_cast<std::size_t>(m.data() - t.data()));
            CHECK(e == b + m.size());
          }
        }
    }
  }
}

TEST_CASE("a word is found where std::string_view::find finds it, in long texts too") {
  // Chinese text of a few hundred bytes with the words placed across 32-byte blocks, at the
  // very start and end; words that share their last two bytes with the text, or only their
  // last one, and ASCII.
  std::string text;
  const char* fill[] = {"政府", "信息", "公开", "申请", "办结", "答复", "，", "。", "12", "件"};
  for (int k = 0; text.size() < 700; ++k) text += fill[(k * 7 + k / 3) % 10];
  text = "结转" + text + "上年结转" + text + "延续";
  const std::string_view t = text;
  for (std::string_view w : {"结转", "上年结转", "延续", "信息公开", "公开申请", "开申", "转入", "未办结", "12件", "2件，", "。", "x",
                             "政府信息公开申请办结答复"}) {
    for (std::size_t from = 0; from <= t.size() + 1; from += (from < 80 || from + 80 > t.size() ? 1 : 13)) {
      INFO(w << " from " << from);
      CHECK(Regex::find_word(t, w, from) == (from > t.size() ? std::string_view::npos : t.find(w, from)));
    }
  }
}

TEST_CASE("a word is found where std::string_view::find finds it in labels of every length") {
  // Texts of 0 to 100 bytes (a label, shorter than a block of the long scan, and the last block
  // of a longer one), words cut from them or made of their pieces, from every place.
  std::mt19937 rng(20261203);
  const char* pieces[] = {"申请", "公开", "信", "息", "，", "a", "1", "件", "结转", "开申"};
  long checked = 0;
  for (int k = 0; k < 3000; ++k) {
    std::string text;
    for (std::size_t n = rng() % 100; text.size() < n;) text += pieces[rng() % 10];
    std::string word;
    if (!text.empty() && rng() % 2) {
      const std::size_t b = rng() % text.size();
      word = text.substr(b, 1 + rng() % std::min<std::size_t>(9, text.size() - b));
    } else {
      for (int m = 1 + static_cast<int>(rng() % 3); m > 0; --m) word += pieces[rng() % 10];
    }
    const std::string_view t = text;
    for (std::size_t from = 0; from <= t.size() + 1; ++from, ++checked) {
      INFO(text << " / " << word << " from " << from);
      REQUIRE(Regex::find_word(t, word, from) == (from > t.size() ? std::string_view::npos : t.find(word, from)));
    }
  }
  CHECK(checked > 100000);
}

TEST_CASE("a mark is found where std::u32string_view::find_first_of finds it, in every step of four") {
  // Lines of every length up to 13 with one mark (or none) at each place: in a whole step of
  // four, in the last partial one, first and last.
  static constexpr char32_t kMarks[] = {U',', U'，', U'。'};
  for (std::size_t n = 0; n <= 13; ++n)
    for (std::size_t at = 0; at <= n; ++at)
      for (char32_t mark : {U'，', U'。', U',', U'、'}) {
        std::u32string line(n, U'申');
        if (at < n) line[at] = mark;
        INFO(n << " " << at);
        CHECK(text::holds_any(line, kMarks) == (line.find_first_of(U",，。") != std::u32string::npos));
        for (std::size_t from = 0; from <= n; ++from) CHECK(text::find_any(line, from, kMarks) == line.find_first_of(U",，。", from));
      }
}

TEST_CASE("a word is found where std::u32string_view::find finds it, from every offset") {
  // Texts of a few characters, a word's first one often among them (found and then not followed
  // by the rest), the word at the start, the end, over a step of eight, or nowhere.
  static constexpr char32_t kChars[] = {U'部', U'分', U'门', U's', U'p', U'>', U'，'};
  const std::u32string_view words[] = {U"部分", U"部", U"分部分", U"span>", U"，部分，", U""};
  std::mt19937 rng(7);
  std::size_t checked = 0;
  for (int round = 0; round < 400; ++round) {
    std::u32string text;
    for (std::size_t n = rng() % 41; text.size() < n;) text += kChars[rng() % std::size(kChars)];
    for (std::u32string_view w : words) {
      for (std::size_t from = 0; from <= text.size() + 1; ++from, ++checked) {
        INFO(text::to_utf8(text) << " / " << text::to_utf8(w) << " from " << from);
        REQUIRE(text::find_string(text, from, w) == std::u32string_view(text).find(w, from));
      }
    }
  }
  CHECK(checked > 20000);
}

TEST_CASE("a pair index never turns away a word of its text, and a search with it answers as one without") {
  std::string text;
  const char* fill[] = {"政府", "信息", "公开", "申请", "办结", "答复", "，", "。", "12", "件", "\n"};
  for (int k = 0; text.size() < 3000; ++k) text += fill[(k * 7 + k / 3) % 11];
  text = "结转" + text + "上年度结转" + text;
  text::PairIndex idx;
  CHECK(idx.may_hold("未办结"));  // nothing indexed yet
  idx.build(text::from_utf8(text));
  for (std::size_t b = 0; b + 9 <= text.size(); b += 5)
    for (std::size_t n : {4, 6, 9}) {  // (pieces of characters too: never turned away)
      std::string_view w = std::string_view(text).substr(b, n);
      INFO(w);
      CHECK(idx.may_hold(w));
    }
  CHECK_FALSE(idx.may_hold("未办结"));
  CHECK_FALSE(idx.may_hold("遗留"));
  CHECK(idx.may_hold("未"));  // one character: no pair to tell by
  for (const char* p : {"结转|转结|遗留", "(上一?|去|前|\\d{4})年度?底?[^。]{0,6}(未办结|转入)", "上年度?结转", "遗留|跨年", "申请办结数|[^时期]办结数"}) {
    Regex re(p);
    INFO(p);
    CHECK(re.search(text, idx) == re.search(text));
  }
}

TEST_CASE("a document's pair index holds the pairs its dropped line breaks make, for pack detection") {
  // The 2021 format is told by words that here stand only cut by a line break (a wrapped table
  // cell): the pairs at the cuts (不补, 制发) are nowhere else in the text, and the folded text
  // alone would rule both words out.
  std::string text = "某镇2021年政府信息公开工作年度报告\n";
  for (int k = 0; k < 12; ++k) text += "全年主动公开信息" + std::to_string(40 + k) + "条，办理申请" + std::to_string(k + 3) + "件。\n";
  text += "五、申请人逾期不\n补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1\n";
  text += "信息内容 本年制\n  发件数 本年废止件数 现行有效件数\n";
  const Document doc = doc_of(text);
  REQUIRE(doc.folded.size() >= 256);
  INFO(doc.folded_utf8);
  REQUIRE(doc.folded_utf8.find("逾期不补正") == std::string::npos);
  REQUIRE(doc.folded_utf8.find("本年制发件数") == std::string::npos);
  std::vector<const RulePack*> packs;
  for (const auto& p : embedded_pack_heads()) packs.push_back(&p);
  const text::PairIndex pairs = text_pairs(doc);
  CHECK(pairs.may_hold("不补正"));
  CHECK(pairs.may_hold("制发"));
  const auto without = packs_applying(packs, doc), with = packs_applying(packs, doc, &pairs);
  CHECK(with == without);
  CHECK(std::any_of(with.begin(), with.end(), [](const RulePack* p) { return p->name.starts_with("gen3"); }));
}

TEST_CASE("the words a pattern cannot match without") {
  using V = std::vector<std::string>;
  CHECK(Regex::required_words("(收到|受理|接收|新收)[^,;。]{0,16}申请") == V{"申请"});
  CHECK(Regex::required_words("上年(度)?结转") == V{"上年"});
  CHECK(Regex::required_words("办结|办理完毕|(作出|予以)答复") == V{"办结", "办理完毕", "答复"});
  CHECK(Regex::required_words("((收到|受理)[^,;。]{0,16}申请|收到申请数|申请(总数|总量))") == V{"申请", "收到申请数", "申请"});
  CHECK(Regex::required_words("不是《?条例》?所指") == V{"不是"});
  CHECK(Regex::required_words("部分公开(\\(区分处理的.只计这一情形.不计其他情形\\))?") == V{"部分公开"});
  CHECK(Regex::required_words("^(七、)?其他$") == V{"其他"});
  CHECK(Regex::required_words("ab+c") == V{"ab"});
  CHECK(Regex::required_words("年度x{2}报告") == V{"年度"});
  CHECK(Regex::required_words("年x{2}报告") == V{"报告"});
  // A group whose alternatives are not all plain words needs one of the words each needs,
  // rather than the alternative falling back to a one-character run every text holds.
  CHECK(Regex::required_words("(已经?主动公开|告知[^,;。]{0,6}获取)[^#]*#") == V{"主动公开", "告知"});
  // An alternative of plain words matches where its word stands, without RE2; the others as RE2.
  Regex unless("结转|遗留|上一?年度?[^。]{0,6}(未办结|转入)|[^时期]办结数");
  CHECK(unless.search("其中本年新收28件，上年结转2件。"));
  CHECK(unless.search("上年度尚未办结的3件"));
  CHECK(unless.search("申请办结数 20"));
  CHECK_FALSE(unless.search("按时办结数 20"));
  CHECK_FALSE(unless.search("本年度办结申请20件"));
  CHECK(Regex::required_words("\\pN件数") == V{"件数"});
  CHECK(Regex::required_words("\\x41BC") == V{"BC"});
  // A group the alternative needs, whose words are all longer than its longest run.
  CHECK(Regex::required_words("结转|上一?年度?[^。]{0,6}(未办结|转入)") == V{"结转", "未办结", "转入"});
  CHECK(Regex::required_words("办结|(作出|予以)") == V{"办结", "作出", "予以"});
  CHECK(Regex::required_words("上(结转|转入)+") == V{"结转", "转入"});
  // No word for some alternative, flags, \Q: no filter at all.
  CHECK(Regex::required_words("办结|(作出|予以)?").empty());
  CHECK(Regex::required_words("办结|(作出|予以){0,2}").empty());
  CHECK(Regex::required_words("办结|(作出|予以|)").empty());
  CHECK(Regex::required_words("(?i)abc").empty());
  CHECK(Regex::required_words("\\Qa|b\\E").empty());
  CHECK(Regex::required_words("[0-9]+").empty());
}

TEST_CASE("everything each alternative of a pattern cannot match without") {
  using P = std::vector<std::vector<std::vector<std::string>>>;
  // Every run and every group an alternative needs, the one of longest shortest word first.
  CHECK(Regex::required_all("(收到|受理|新收)[^,;。]{0,16}申请|新(收|接收)$") ==
        P{{{"申请"}, {"收到", "受理", "新收"}}, {{"新"}, {"收", "接收"}}});
  CHECK(Regex::required_all("上一?年度?[^。]{0,6}(未办结|转入)") == P{{{"未办结", "转入"}, {"上"}, {"年"}}});
  CHECK(Regex::required_all("办结率?") == P{{{"办结"}}});
  // No piece for some alternative, flags: nothing.
  CHECK(Regex::required_all("办结|(作出|予以)?").empty());
  CHECK(Regex::required_all("(?i)abc").empty());
  // A text lacking one piece of every alternative does not match, one holding them may.
  Regex r("(收到|受理)[^,;。]{0,16}申请");
  CHECK_FALSE(r.search("答复申请人"));
  CHECK(r.search("共收到政府信息公开申请"));
  CHECK_FALSE(r.search("收到,申请"));  // (both pieces, but a comma between: RE2's to say)
}

TEST_CASE("every shipped pattern answers as RE2 does") {
  // Texts: every line of every example, and every clause of them, folded like the documents.
  std::vector<std::string> texts = {"", "#", "工作人员#", "收到申请数", "本年新收政府信息公开申请数量"};
  for (const char* name : {"2012-district-report.txt", "2017-county-report.txt", "2021-district-report.txt"}) {
    std::ifstream in(std::string(TALLY_EXAMPLES_DIR) + "/" + name);
    REQUIRE(in);
    for (std::string line; std::getline(in, line);) {
      auto folded = text::to_utf8(text::fold(text::from_utf8(line)));
      texts.push_back(folded);
      for (std::size_t at = 0; at < folded.size(); at += 3) texts.push_back(folded.substr(at, 24));
    }
  }
  std::vector<const Regex*> patterns;
  for (const auto& pack : embedded_packs()) {
    for (const auto& f : pack.figures)
      for (const auto* r : {f.label.get(), f.not_label.get(), f.context.get()})
        if (r) patterns.push_back(r);
    for (const auto& t : pack.tables)
      for (const auto& row : t.rows) patterns.push_back(row.label.get());
    if (pack.detect) patterns.push_back(pack.detect.get());
    for (const auto& c : pack.checks)
      if (c.unless) patterns.push_back(c.unless.get());
  }
  REQUIRE(patterns.size() > 100);
  std::size_t filtered = 0, mismatches = 0;
  for (const Regex* r : patterns) {
    filtered += r->required().empty() ? 0 : 1;
    for (const auto& t : texts) {
      bool want = RE2::PartialMatch(t, r->get());
      if (r->search(t) != want) {
        ++mismatches;
        UNSCOPED_INFO(r->pattern() << " on " << t);
      }
    }
  }
  CHECK(filtered > 20);
  CHECK(mismatches == 0);
}

TEST_CASE("UTF-8: the fast paths decode as the byte-at-a-time reading does, damage included") {
  // Long runs of CJK (the eight-at-a-time and two-at-a-time paths) broken by every kind of
  // sequence that is not one: overlong and surrogate three-byte forms, cut-off sequences, stray
  // continuation bytes, two- and four-byte characters and ASCII, at every offset.
  const std::vector<std::string> pieces = {"\xE6\x94\xBF", "\xE5\xBA\x9C", "\xE4\xB8\x80", "\xE9\xBE\xA5", "a",
                                           "12", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF",
                                           "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBF", "\xE6\x94", "\x94",
                                           "\xC2\xA0", "\xF0\x9F\x98\x80", "\xE6\xC4\xBF", "\xE6\x94\x3F", "\n"};
  std::uint64_t seed = 12345;
  auto next = [&] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>(seed >> 33);
  };
  for (int round = 0; round < 400; ++round) {
    std::string bytes;
    const std::size_t n = next() % 300;
    for (std::size_t k = 0; k < n; ++k) {
      // Mostly the first four (plain CJK), in runs, so that long runs come up.
      const std::size_t r = next() % 10;
      bytes += pieces[r < 7 ? next() % 4 : next() % pieces.size()];
    }
    std::u32string want;
    std::size_t bad = 0;
    for (std::size_t i = 0; i < bytes.size();) {
      char32_t c = 0;
      const std::size_t len = text::decode_utf8_at(bytes, i, c);
      want.push_back(len ? c : 0xFFFD);
      bad += len == 0;
      i += len ? len : 1;
    }
    auto d = text::decode("\xEF\xBB\xBF" + bytes);  // (the mark: read as UTF-8 whatever the damage)
    INFO("round " << round);
    CHECK(d.text == want);
    CHECK(d.invalid_count == bad);
  }
}

TEST_CASE("GB18030 and Big5: damaged bytes are counted and placed, 4-byte characters kept") {
  // 政府信息 in GB18030, an illegal pair, a four-byte GB18030 character (U+20000), then a lead
  // byte cut off by the end of the file.
  std::string gb = "\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2";
  gb += "\x81\x20";
  gb += "\x95\x32\x82\x36";
  gb += "\xCA\xFD\xBE\xDD\xB9\xB2\xBC\xC6\x31\x32\xBC\xFE\x81";
  auto d = text::decode(gb);
  CHECK(d.encoding == "GB18030");
  CHECK(d.text.substr(0, 4) == U"政府信息");
  CHECK(d.text.find(U'\U00020000') != std::u32string::npos);
  CHECK(d.invalid_count == 2);
  CHECK(d.first_invalid == 4);
  CHECK(d.text.back() == 0xFFFD);
  // 政府資訊 in Big5.
  auto b = text::decode("\xAC\x46\xA9\xB2\xB8\xEA\xB0\x54\xA4\xBD\xB6\x7D\xB3\xF8\xA7\x69");
  CHECK(b.encoding == "Big5");
  CHECK(b.invalid_count == 0);
  CHECK(b.text == U"政府資訊公開報告");
}

TEST_CASE("counts written before their names, joined by 、, each take the words after them") {
  auto d = doc_of("本年度共受理申请10件，其中2件为予以公开、3件为不予公开，4件为其他处理。\n");
  const Figure *a = nullptr, *b = nullptr;
  for (auto& f : d.figures) {
    if (f.value.str() == "2") a = &f;
    if (f.value.str() == "3") b = &f;
  }
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->label == "予以公开");
  CHECK(b->label == "不予公开");
}
