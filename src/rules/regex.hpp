// A rule pattern compiled on first use. The shipped packs hold a few hundred patterns, and a
// document needs only those of the packs that apply to it: compiling all of them at start-up
// cost more than checking a report. Thread-safe: the first user compiles, the others wait.
#pragma once
#include <memory>
#include <mutex>
#include <string>

#include <re2/re2.h>

namespace tally {

class Regex {
 public:
  explicit Regex(std::string pattern) : pattern_(std::move(pattern)) {}
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  static RE2::Options options() {
    RE2::Options opt;
    opt.set_log_errors(false);
    opt.set_max_mem(8 << 20);
    return opt;
  }
  const RE2& get() const {
    std::call_once(once_, [this] { re_ = std::make_unique<RE2>(pattern_, options()); });
    return *re_;
  }
  const RE2* operator->() const { return &get(); }
  operator const RE2&() const { return get(); }  // NOLINT: used where RE2 takes a pattern
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

using RegexPtr = std::shared_ptr<Regex>;

}  // namespace tally
