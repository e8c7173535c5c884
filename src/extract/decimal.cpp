// Exact decimal arithmetic on 64-bit mantissas with 128-bit intermediates.
#include "extract/decimal.hpp"

#include <algorithm>
#include <cstdlib>

namespace tally {
namespace {
using i128 = __int128;
constexpr std::int64_t kMax = 1'000'000'000'000'000'000LL;  // 1e18 (Decimal::kMaxMantissa)

i128 pow10(int k) {
  i128 r = 1;
  for (int i = 0; i < k; ++i) r *= 10;
  return r;
}

std::int64_t clamp(i128 v) {
  if (v > kMax) return kMax;
  if (v < -kMax) return -kMax;
  return static_cast<std::int64_t>(v);
}

// Brings both to the larger scale (bounded at 18 digits).
void align(const Decimal& a, const Decimal& b, i128& x, i128& y, int& scale) {
  scale = std::max(a.scale(), b.scale());
  x = static_cast<i128>(a.mantissa()) * pow10(scale - a.scale());
  y = static_cast<i128>(b.mantissa()) * pow10(scale - b.scale());
}

// At most 18 decimals and 18 digits: a product of two 18-decimal figures is cut back to that
// (the figures of a report have a few decimals; this bounds every intermediate below 10^38).
Decimal from_wide(i128 v, int scale) {
  while ((v > kMax || v < -kMax || scale > 18) && scale > 0) {
    v /= 10;
    --scale;
  }
  return Decimal(clamp(v), scale);
}

int digits_of(i128 v) {
  int d = 0;
  for (v = v < 0 ? -v : v; v != 0; v /= 10) ++d;
  return d;
}
}  // namespace

void Decimal::normalize() {
  while (scale_ > 0 && m_ % 10 == 0) {
    m_ /= 10;
    --scale_;
  }
  if (m_ == 0) scale_ = 0;
}

std::optional<Decimal> Decimal::parse(std::string_view s) {
  // 64 bits suffice: m never exceeds kMax / 10 before a digit is added, so at most kMax + 9.
  std::int64_t m = 0;
  int scale = 0;
  bool neg = false, dot = false, any = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',') continue;
    if (c == '.') {
      if (dot) return std::nullopt;
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    any = true;
    if (m > kMax / 10) return std::nullopt;
    m = m * 10 + (c - '0');
    if (dot) {
      if (++scale > 12) return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return Decimal(neg ? -m : m, scale);
}

Decimal Decimal::plus(const Decimal& o) const {
  i128 x, y;
  int s;
  align(*this, o, x, y, s);
  return from_wide(x + y, s);
}

Decimal Decimal::minus(const Decimal& o) const {
  i128 x, y;
  int s;
  align(*this, o, x, y, s);
  return from_wide(x - y, s);
}

Decimal Decimal::operator*(const Decimal& o) const {
  return from_wide(static_cast<i128>(m_) * o.m_, scale_ + o.scale_);
}

Decimal Decimal::divide(const Decimal& o, int digits) const {
  if (o.m_ == 0) return Decimal();
  // (m1/10^s1) / (m2/10^s2) = m1 * 10^(s2 + digits + 1) / (m2 * 10^s1) / 10^(digits+1)
  // The numerator stays below 10^38 (i128): with more digits asked than that allows, fewer are
  // worked out and the quotient is still exact to them.
  digits = std::min(digits, 37 - digits_of(m_) - o.scale_ - 1);
  if (digits < 0) {
    // A quotient of 10^18 or more: as large as a Decimal goes.
    return Decimal((m_ < 0) != (o.m_ < 0) ? -kMax : kMax, 0);
  }
  i128 num = static_cast<i128>(m_) * pow10(o.scale_ + digits + 1);
  i128 den = static_cast<i128>(o.m_) * pow10(scale_);
  i128 q = num / den;  // one extra digit, truncated
  bool neg = q < 0;
  if (neg) q = -q;
  q = (q + 5) / 10;
  return from_wide(neg ? -q : q, digits);
}

Decimal Decimal::shifted(int k) const {
  if (k >= 0) return from_wide(static_cast<i128>(m_) * pow10(k), scale_);
  return from_wide(m_, scale_ - k);
}

std::strong_ordering Decimal::compare(const Decimal& o) const {
  i128 x, y;
  int s;
  align(*this, o, x, y, s);
  return x <=> y;
}

Decimal Decimal::round_half_up(int digits) const {
  if (scale_ <= digits) return *this;
  i128 p = pow10(scale_ - digits);
  i128 v = m_;
  bool neg = v < 0;
  if (neg) v = -v;
  v = (v + p / 2) / p;
  return from_wide(neg ? -v : v, digits);
}

Decimal Decimal::truncate(int digits) const {
  if (scale_ <= digits) return *this;
  i128 p = pow10(scale_ - digits);
  return from_wide(static_cast<i128>(m_) / p, digits);
}

std::string Decimal::str() const {
  std::string digits = std::to_string(m_ < 0 ? -m_ : m_);
  std::string out;
  if (m_ < 0) out += '-';
  if (scale_ <= 0) return out + digits;
  const auto scale = static_cast<std::size_t>(scale_);
  if (digits.size() <= scale) out += "0.";
  else out.append(digits, 0, digits.size() - scale).append(1, '.');
  if (digits.size() < scale) out.append(scale - digits.size(), '0');
  return out.append(digits, digits.size() > scale ? digits.size() - scale : 0);
}

std::string Decimal::str_fixed(int digits) const {
  std::string s = round_half_up(digits).str();
  if (digits <= 0) return s;
  auto dot = s.find('.');
  int have = dot == std::string::npos ? 0 : static_cast<int>(s.size() - dot - 1);
  if (dot == std::string::npos) s += '.';
  s.append(static_cast<std::size_t>(digits - have), '0');
  return s;
}

double Decimal::approx() const {
  double v = static_cast<double>(m_);
  for (int i = 0; i < scale_; ++i) v /= 10;
  return v;
}

}  // namespace tally
