// The expression language of assert checks: + - * / on figures and numbers, comparisons,
// and/or/not, implication (=>), sum() over names or wildcards (replies.*), min, max, abs,
// share(part, whole) and present(x). Parsed once at load time; evaluated on exact decimals.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/decimal.hpp"

namespace tally {

struct Expr {
  enum class Op { Number, Name, Neg, Not, Add, Sub, Mul, Div, Eq, Ne, Lt, Le, Gt, Ge, And, Or, Implies, Call };
  Op op = Op::Number;
  Decimal number;
  std::string name;                       // Name: figure name or wildcard; Call: function
  std::vector<std::shared_ptr<Expr>> args;
  int offset = 0;                         // position in the source text, for errors
  // (The root's only, set by parse_expr.) Every Name below, in order, as written: what
  // collect_names gives without expanding; and whether one of them is a wildcard.
  std::vector<std::string> names;
  bool wildcard = false;
  bool boolean() const;
};

struct ExprError {
  std::string message;
  int offset = 0;
};

// Parses `src`; names are checked with `known` (which expands wildcards).
std::shared_ptr<Expr> parse_expr(const std::string& src, ExprError& err);

// Every figure name the expression refers to, wildcards expanded by `expand`.
void collect_names(const Expr& e, const std::function<std::vector<std::string>(const std::string&)>& expand,
                   std::vector<std::string>& out);

// Result of evaluating: a number, a truth value, or "not evaluable" with the reason.
struct Value {
  enum class Type { Missing, Number, Bool } type = Type::Missing;
  Decimal number;
  bool truth = false;
  std::string why;  // for Missing: which figure was absent, or division by zero
};

Value evaluate(const Expr& e, const std::function<std::optional<Decimal>(const std::string&)>& lookup,
               const std::function<std::vector<std::string>(const std::string&)>& expand);

}  // namespace tally
