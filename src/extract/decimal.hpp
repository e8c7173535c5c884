// Exact decimal numbers (integer mantissa and a power-of-ten scale): every figure and every
// sum is computed exactly, never in binary floating point.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tally {

class Decimal {
 public:
  Decimal() = default;
  Decimal(std::int64_t mantissa, int scale) : m_(mantissa), scale_(scale) { normalize(); }
  static Decimal integer(std::int64_t v) { return Decimal(v, 0); }
  // Parses "1,049", "3.35", "-2"; nullopt when not a number or out of range.
  static std::optional<Decimal> parse(std::string_view s);

  std::int64_t mantissa() const { return m_; }
  int scale() const { return scale_; }
  bool is_integer() const { return scale_ == 0; }
  bool is_zero() const { return m_ == 0; }
  bool negative() const { return m_ < 0; }

  // (Two whole numbers, as nearly every figure of a report is, are added, taken apart and
  // compared here, without the 128-bit alignment of the general case.)
  Decimal operator+(const Decimal& o) const {
    std::int64_t r;
    if ((scale_ | o.scale_) == 0 && !__builtin_add_overflow(m_, o.m_, &r) && r <= kMaxMantissa && r >= -kMaxMantissa) return whole(r);
    return plus(o);
  }
  Decimal operator-(const Decimal& o) const {
    std::int64_t r;
    if ((scale_ | o.scale_) == 0 && !__builtin_sub_overflow(m_, o.m_, &r) && r <= kMaxMantissa && r >= -kMaxMantissa) return whole(r);
    return minus(o);
  }
  Decimal operator*(const Decimal& o) const;
  Decimal operator-() const { return Decimal(-m_, scale_); }
  // Exact when possible, else rounded half-up to `digits` decimals.
  Decimal divide(const Decimal& o, int digits) const;
  // Multiplies by 10^k (k may be negative only if exact).
  Decimal shifted(int k) const;
  std::strong_ordering operator<=>(const Decimal& o) const {
    if (scale_ == o.scale_) return m_ <=> o.m_;
    return compare(o);
  }
  bool operator==(const Decimal& o) const { return (*this <=> o) == 0; }

  // Rounds to `digits` decimals: half-up (away from zero at .5) or toward zero.
  Decimal round_half_up(int digits) const;
  Decimal truncate(int digits) const;
  std::string str() const;
  // Renders with exactly `digits` decimals (pads with zeros).
  std::string str_fixed(int digits) const;
  double approx() const;

 private:
  static constexpr std::int64_t kMaxMantissa = 1'000'000'000'000'000'000LL;  // 1e18: larger results are clamped
  static Decimal whole(std::int64_t v) {
    Decimal d;
    d.m_ = v;
    return d;
  }
  Decimal plus(const Decimal& o) const;
  Decimal minus(const Decimal& o) const;
  std::strong_ordering compare(const Decimal& o) const;
  void normalize();
  std::int64_t m_ = 0;
  int scale_ = 0;  // value = m_ / 10^scale_
};

// Within a tenth of a whole either way, as a slip in one of its parts would leave a sum.
inline bool within_tenth(const Decimal& sum, const Decimal& whole) {
  const Decimal ten(10, 0), nine(9, 0), eleven(11, 0);
  return sum * ten >= whole * nine && sum * ten <= whole * eleven;
}

}  // namespace tally
