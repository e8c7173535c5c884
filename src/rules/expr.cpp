// Recursive-descent parser and evaluator for assert expressions.
#include "rules/expr.hpp"

#include <algorithm>
#include <cctype>

namespace tally {
namespace {

constexpr int kMaxDepth = 64;     // nesting: parentheses, unary minus, not, =>
constexpr int kMaxNodes = 1000;   // values and operators in one expression

struct Parser {
  const std::string& s;
  std::size_t i = 0;
  ExprError& err;
  bool failed = false;

  void fail(const std::string& m, std::size_t at) {
    if (!failed) {
      err = {m, static_cast<int>(at)};
      failed = true;
    }
  }
  void skip() {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  }
  bool eat(const std::string& tok) {
    skip();
    if (s.compare(i, tok.size(), tok) == 0) {
      // Keywords must not run into an identifier.
      if (std::isalpha(static_cast<unsigned char>(tok[0])) && i + tok.size() < s.size() &&
          (std::isalnum(static_cast<unsigned char>(s[i + tok.size()])) || s[i + tok.size()] == '_'))
        return false;
      i += tok.size();
      return true;
    }
    return false;
  }
  // Every recursive rule enters through this guard, so hostile input cannot exhaust the stack
  // (here, in evaluation or in the tree's destruction); once anything failed, parsing unwinds.
  struct Deeper {
    Parser& p;
    bool ok;
    Deeper(Parser& parser, std::size_t at) : p(parser) {
      ok = ++p.depth <= kMaxDepth;
      if (!ok) p.fail("expression nested too deeply (more than " + std::to_string(kMaxDepth) + " levels)", at);
      ok = ok && !p.failed;
    }
    ~Deeper() { --p.depth; }
  };
  std::shared_ptr<Expr> node(Expr::Op op, int at, std::vector<std::shared_ptr<Expr>> args = {}) {
    if (++nodes > kMaxNodes) fail("expression has more than " + std::to_string(kMaxNodes) + " values and operators", static_cast<std::size_t>(at));
    auto e = std::make_shared<Expr>();
    e->op = op;
    e->offset = at;
    e->args = std::move(args);
    return e;
  }
  std::shared_ptr<Expr> implies() {
    Deeper d(*this, i);
    if (!d.ok) return node(Expr::Op::Number, static_cast<int>(i));
    auto l = disj();
    skip();
    std::size_t at = i;
    if (eat("=>")) return node(Expr::Op::Implies, static_cast<int>(at), {l, implies()});
    return l;
  }
  std::shared_ptr<Expr> disj() {
    auto l = conj();
    for (;;) {
      if (failed) return l;
      skip();
      std::size_t at = i;
      if (eat("or")) l = node(Expr::Op::Or, static_cast<int>(at), {l, conj()});
      else return l;
    }
  }
  std::shared_ptr<Expr> conj() {
    auto l = negation();
    for (;;) {
      if (failed) return l;
      skip();
      std::size_t at = i;
      if (eat("and")) l = node(Expr::Op::And, static_cast<int>(at), {l, negation()});
      else return l;
    }
  }
  std::shared_ptr<Expr> negation() {
    skip();
    std::size_t at = i;
    Deeper d(*this, at);
    if (!d.ok) return node(Expr::Op::Number, static_cast<int>(at));
    if (eat("not")) return node(Expr::Op::Not, static_cast<int>(at), {negation()});
    return comparison();
  }
  std::shared_ptr<Expr> comparison() {
    auto l = additive();
    skip();
    std::size_t at = i;
    static const std::pair<const char*, Expr::Op> ops[] = {{"==", Expr::Op::Eq}, {"!=", Expr::Op::Ne}, {"<=", Expr::Op::Le},
                                                           {">=", Expr::Op::Ge}, {"<", Expr::Op::Lt},  {">", Expr::Op::Gt}};
    for (auto [tok, op] : ops) {
      if (s.compare(i, std::char_traits<char>::length(tok), tok) == 0 && s.compare(i, 2, "=>") != 0) {
        i += std::char_traits<char>::length(tok);
        return node(op, static_cast<int>(at), {l, additive()});
      }
    }
    return l;
  }
  std::shared_ptr<Expr> additive() {
    auto l = term();
    for (;;) {
      if (failed) return l;
      skip();
      std::size_t at = i;
      if (i < s.size() && s[i] == '+') { ++i; l = node(Expr::Op::Add, static_cast<int>(at), {l, term()}); }
      else if (i < s.size() && s[i] == '-') { ++i; l = node(Expr::Op::Sub, static_cast<int>(at), {l, term()}); }
      else return l;
    }
  }
  std::shared_ptr<Expr> term() {
    auto l = unary();
    for (;;) {
      if (failed) return l;
      skip();
      std::size_t at = i;
      if (i < s.size() && s[i] == '*') { ++i; l = node(Expr::Op::Mul, static_cast<int>(at), {l, unary()}); }
      else if (i < s.size() && s[i] == '/') { ++i; l = node(Expr::Op::Div, static_cast<int>(at), {l, unary()}); }
      else return l;
    }
  }
  std::shared_ptr<Expr> unary() {
    skip();
    std::size_t at = i;
    Deeper d(*this, at);
    if (!d.ok) return node(Expr::Op::Number, static_cast<int>(at));
    if (i < s.size() && s[i] == '-') {
      ++i;
      return node(Expr::Op::Neg, static_cast<int>(at), {unary()});
    }
    return primary();
  }
  std::shared_ptr<Expr> primary() {
    skip();
    std::size_t at = i;
    Deeper d(*this, at);
    if (!d.ok) return node(Expr::Op::Number, static_cast<int>(at));
    if (i >= s.size()) {
      fail("expression ends where a value was expected", at);
      return node(Expr::Op::Number, static_cast<int>(at));
    }
    char c = s[i];
    if (c == '(') {
      ++i;
      auto e = implies();
      if (!eat(")")) fail("missing ')'", i);
      return e;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t b = i;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
      auto v = Decimal::parse(s.substr(b, i - b));
      auto e = node(Expr::Op::Number, static_cast<int>(b));
      if (!v) fail("malformed number", b);
      else e->number = *v;
      return e;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      std::size_t b = i;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' || s[i] == '.' || s[i] == '*')) ++i;
      std::string name = s.substr(b, i - b);
      skip();
      if (i < s.size() && s[i] == '(') {
        static const char* fns[] = {"sum", "min", "max", "abs", "share", "present"};
        bool known = false;
        for (auto f : fns) known = known || name == f;
        if (!known) fail("unknown function '" + name + "' (known: sum, min, max, abs, share, present)", b);
        ++i;
        auto e = node(Expr::Op::Call, static_cast<int>(b));
        e->name = name;
        skip();
        if (!eat(")")) {
          do e->args.push_back(implies());
          while (eat(","));
          if (!eat(")")) fail("missing ')' after the arguments of " + name, i);
        }
        std::size_t want = name == "abs" || name == "present" ? 1 : name == "share" ? 2 : 0;
        if (want && e->args.size() != want)
          fail(name + "() takes " + std::to_string(want) + " argument" + (want > 1 ? "s" : ""), b);
        if (!want && e->args.empty()) fail(name + "() needs at least one argument", b);
        return e;
      }
      auto e = node(Expr::Op::Name, static_cast<int>(b));
      e->name = name;
      return e;
    }
    fail(std::string("unexpected '") + c + "'", at);
    ++i;
    return node(Expr::Op::Number, static_cast<int>(at));
  }
  int depth = 0, nodes = 0;
};

}  // namespace

bool Expr::boolean() const {
  switch (op) {
    case Op::Not: case Op::Eq: case Op::Ne: case Op::Lt: case Op::Le: case Op::Gt: case Op::Ge:
    case Op::And: case Op::Or: case Op::Implies:
      return true;
    case Op::Call:
      return name == "present";
    default:
      return false;
  }
}

std::shared_ptr<Expr> parse_expr(const std::string& src, ExprError& err) {
  Parser p{src, 0, err};
  auto e = p.implies();
  p.skip();
  if (!p.failed && p.i < src.size()) p.fail("unexpected text after the expression", p.i);
  if (p.failed) return nullptr;
  collect_names(*e, [](const std::string& n) { return std::vector<std::string>{n}; }, e->names);
  e->wildcard = std::any_of(e->names.begin(), e->names.end(), [](const std::string& n) { return n.find('*') != std::string::npos; });
  return e;
}

void collect_names(const Expr& e, Expand expand, std::vector<std::string>& out) {
  if (e.op == Expr::Op::Name) {
    // (A plain name is itself: no list is made for it.)
    if (e.name.find('*') == std::string::npos) out.push_back(e.name);
    else for (auto& n : expand(e.name)) out.push_back(std::move(n));
  }
  for (auto& a : e.args) collect_names(*a, expand, out);
}

namespace {

// What evaluate works out at each node: a Value without its reason, which is put into words only
// when the whole expression comes out neither true nor false (most expressions evaluated have a
// figure absent in one sentence or another, and the reason was built at every node it passed).
struct Raw {
  enum class Why { None, NotFound, NoMatch, SumOfNothing, ZeroShare, DivisionByZero, Bad };
  Value::Type type = Value::Type::Missing;
  Decimal number;
  bool truth = false;
  Why why = Why::None;
  const Expr* at = nullptr;  // the name NotFound and NoMatch are of
};

std::string reason(const Raw& r) {
  switch (r.why) {
    case Raw::Why::NotFound: return "figure '" + r.at->name + "' not found";
    case Raw::Why::NoMatch: return "no figure matches " + r.at->name;
    case Raw::Why::SumOfNothing: return "sum() of nothing";
    case Raw::Why::ZeroShare: return "share() of a zero whole";
    case Raw::Why::DivisionByZero: return "division by zero";
    case Raw::Why::Bad: return "bad expression";
    default: return {};
  }
}

Raw eval(const Expr& e, Lookup lookup, Expand expand) {
  auto num = [](Decimal d) { Raw v; v.type = Value::Type::Number; v.number = d; return v; };
  auto boo = [](bool b) { Raw v; v.type = Value::Type::Bool; v.truth = b; return v; };
  auto missing = [](Raw::Why why, const Expr* at = nullptr) { Raw v; v.why = why; v.at = at; return v; };
  using Op = Expr::Op;
  switch (e.op) {
    case Op::Number: return num(e.number);
    case Op::Name: {
      if (e.name.find('*') != std::string::npos) {
        Decimal total;
        bool any = false;
        for (auto& n : expand(e.name))
          if (auto v = lookup(n)) { total = total + *v; any = true; }
        return any ? num(total) : missing(Raw::Why::NoMatch, &e);
      }
      if (auto v = lookup(e.name)) return num(*v);
      return missing(Raw::Why::NotFound, &e);
    }
    case Op::Call: {
      if (e.name == "present") {
        auto a = eval(*e.args[0], lookup, expand);
        return boo(a.type != Value::Type::Missing);
      }
      std::vector<Raw> vals;
      vals.reserve(e.args.size());
      for (auto& a : e.args) vals.push_back(eval(*a, lookup, expand));
      if (e.name == "sum") {
        Decimal t;
        bool any = false;
        for (auto& v : vals)
          if (v.type == Value::Type::Number) { t = t + v.number; any = true; }
        if (any) return num(t);
        return vals.empty() ? missing(Raw::Why::SumOfNothing) : missing(vals[0].why, vals[0].at);
      }
      for (auto& v : vals)
        if (v.type != Value::Type::Number) return missing(v.why, v.at);
      if (e.name == "abs") return num(vals[0].number.negative() ? -vals[0].number : vals[0].number);
      if (e.name == "share") {
        if (vals[1].number.is_zero()) return missing(Raw::Why::ZeroShare);
        return num((vals[0].number * Decimal::integer(100)).divide(vals[1].number, 6));
      }
      Decimal best = vals[0].number;
      for (auto& v : vals) {
        if (e.name == "min" && v.number < best) best = v.number;
        if (e.name == "max" && v.number > best) best = v.number;
      }
      return num(best);
    }
    case Op::Neg: {
      auto a = eval(*e.args[0], lookup, expand);
      return a.type == Value::Type::Number ? num(-a.number) : a;
    }
    case Op::Not: {
      auto a = eval(*e.args[0], lookup, expand);
      return a.type == Value::Type::Bool ? boo(!a.truth) : a;
    }
    case Op::And: case Op::Or: case Op::Implies: {
      auto a = eval(*e.args[0], lookup, expand);
      if (e.op == Op::Implies && a.type == Value::Type::Bool && !a.truth) return boo(true);
      auto b = eval(*e.args[1], lookup, expand);
      if (a.type != Value::Type::Bool) return a;
      if (b.type != Value::Type::Bool) return b;
      if (e.op == Op::And) return boo(a.truth && b.truth);
      if (e.op == Op::Or) return boo(a.truth || b.truth);
      return boo(!a.truth || b.truth);
    }
    default: break;
  }
  auto a = eval(*e.args[0], lookup, expand);
  auto b = eval(*e.args[1], lookup, expand);
  if (a.type != Value::Type::Number) return a;
  if (b.type != Value::Type::Number) return b;
  switch (e.op) {
    case Op::Add: return num(a.number + b.number);
    case Op::Sub: return num(a.number - b.number);
    case Op::Mul: return num(a.number * b.number);
    case Op::Div:
      if (b.number.is_zero()) return missing(Raw::Why::DivisionByZero);
      return num(a.number.divide(b.number, 6));
    case Op::Eq: return boo(a.number == b.number);
    case Op::Ne: return boo(!(a.number == b.number));
    case Op::Lt: return boo(a.number < b.number);
    case Op::Le: return boo(a.number <= b.number);
    case Op::Gt: return boo(a.number > b.number);
    case Op::Ge: return boo(a.number >= b.number);
    default: return missing(Raw::Why::Bad);
  }
}

}  // namespace

Value evaluate(const Expr& e, Lookup lookup, Expand expand) {
  Raw r = eval(e, lookup, expand);
  Value v;
  v.type = r.type;
  v.number = r.number;
  v.truth = r.truth;
  if (r.type == Value::Type::Missing) v.why = reason(r);
  return v;
}

}  // namespace tally
