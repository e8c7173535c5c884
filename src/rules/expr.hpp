// The expression language of assert checks: + - * / on figures and numbers, comparisons,
// and/or/not, implication (=>), sum() over names or wildcards (replies.*), min, max, abs,
// share(part, whole) and present(x). Parsed once at load time; evaluated on exact decimals.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
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

// A callable borrowed for the length of one call (a caller's lambda): what evaluate and
// collect_names take. Unlike std::function it owns nothing and is never copied into, so
// passing a lambda costs two pointers; it must not outlive the callable it was made from.
template <typename Sig>
class FnRef;
template <typename R, typename... A>
class FnRef<R(A...)> {
 public:
  template <typename F, typename = std::enable_if_t<!std::is_same_v<std::remove_cvref_t<F>, FnRef>>>
  FnRef(F&& f)  // NOLINT(google-explicit-constructor): taken where a callable is passed
      : obj_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* o, A... a) -> R { return (*static_cast<std::remove_reference_t<F>*>(o))(std::forward<A>(a)...); }) {}
  R operator()(A... a) const { return call_(obj_, std::forward<A>(a)...); }

 private:
  void* obj_;
  R (*call_)(void*, A...);
};

// The names a wildcard (a name holding '*') stands for; asked of wildcards only.
using Expand = FnRef<std::vector<std::string>(const std::string&)>;
// A figure's value by name, or none.
using Lookup = FnRef<std::optional<Decimal>(const std::string&)>;

// Every figure name the expression refers to, wildcards expanded by `expand`.
void collect_names(const Expr& e, Expand expand, std::vector<std::string>& out);

// Result of evaluating: a number, a truth value, or "not evaluable" with the reason.
struct Value {
  enum class Type { Missing, Number, Bool } type = Type::Missing;
  Decimal number;
  bool truth = false;
  std::string why;  // for Missing: which figure was absent, or division by zero
};

Value evaluate(const Expr& e, Lookup lookup, Expand expand);

}  // namespace tally
