// What the processor the program runs on can do, asked once.
#pragma once

namespace tally::text {

// Whether AVX2 instructions may be used (x86-64 built with GCC or Clang; false elsewhere).
inline bool has_avx2() {
#if defined(__x86_64__) && defined(__GNUC__)
  static const bool yes = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return yes;
#else
  return false;
#endif
}

}  // namespace tally::text
