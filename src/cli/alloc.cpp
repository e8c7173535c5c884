// The program's operator new and delete: small blocks freed are kept on a list per size and
// thread, and handed out again, up to a bound, before malloc is asked. Checking a report makes
// and drops hundreds of small strings and vectors, and the next report asks for the same sizes:
// glibc's own cache holds seven blocks a size, so most of them went through its slower bins,
// a fifth of the time of a batch of small reports. Behaviour is the same: only memory reuse.
// (Not in sanitizer builds: reuse would hide the use of a freed block from them.)
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <new>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define TALLY_NO_BLOCK_CACHE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TALLY_NO_BLOCK_CACHE 1
#endif

#ifndef TALLY_NO_BLOCK_CACHE

namespace {

// Blocks of up to 16 KiB, in size classes (below); each carries a header of kGrain
// bytes (which keeps the 16-byte alignment new owes): the next block on its list while kept,
// and its size class, 0 for a larger block that goes straight back to free.
struct Head {
  void* next;
  std::size_t cls;
};
constexpr std::size_t kGrain = 16;
static_assert(sizeof(Head) == kGrain);
constexpr std::size_t kSmall = 64;       // up to 1 KiB in steps of kGrain
constexpr std::size_t kClasses = kSmall + 16;  // then four steps per doubling, up to 16 KiB
constexpr std::uint32_t kKeep = 256;     // small blocks kept per size class and thread at most
constexpr std::uint32_t kKeepLarge = 32; // larger ones

// The class of a block of n bytes (0: larger than any class) and the bytes a class holds.
// Blocks of 1 to 16 KiB (lines, tables, rendered output) were two thirds of the calls that still
// reached malloc (26 of 38 a generated report), which with two threads locks its arena on each.
// The larger classes keep at most 3.2 MB a thread.
std::size_t class_of(std::size_t n) {
  if (n <= kSmall * kGrain) return n == 0 ? 1 : (n + kGrain - 1) / kGrain;
  if (n > (std::size_t{1} << 14)) return 0;
  const int b = std::bit_width(n - 1);  // n in (2^(b-1), 2^b], b in 11..14
  const std::size_t step = std::size_t{1} << (b - 3);
  return kSmall + static_cast<std::size_t>(b - 11) * 4 + (n - (std::size_t{1} << (b - 1)) + step - 1) / step;
}
std::size_t bytes_of(std::size_t c) {
  if (c <= kSmall) return c * kGrain;
  const std::size_t i = c - kSmall - 1, b = 11 + i / 4;
  return (std::size_t{1} << (b - 1)) + (i % 4 + 1) * (std::size_t{1} << (b - 3));
}

struct Cache {
  void* head[kClasses + 1];
  std::uint32_t count[kClasses + 1];
  bool dead;  // this thread's lists are gone (it is exiting): free at once
};
thread_local Cache cache;  // zero-initialized: no construction, no guard on each use

void drain() {
  for (std::size_t c = 1; c <= kClasses; ++c) {
    while (void* p = cache.head[c]) {
      cache.head[c] = static_cast<Head*>(p)->next;
      std::free(p);
    }
    cache.count[c] = 0;
  }
}

// The main thread's lists (set when the program starts, on that thread). It ends with the
// process, whose memory the system takes back whole: giving its blocks back to malloc one by one
// at exit cost a twenty-fifth of checking one report.
Cache* const main_cache = &cache;

// Gives the blocks a thread kept back to malloc when it ends (made on the first block the
// thread asks malloc for, so that its destructor is registered). Not the main thread's: its
// lists stay, valid and in use, to the process's end.
struct Reaper {
  ~Reaper() {
    if (&cache == main_cache) return;
    drain();
    cache.dead = true;
  }
};
thread_local Reaper reaper;

void* allocate(std::size_t n) {
  const std::size_t c = class_of(n);
  if (c != 0) {
    if (void* p = cache.head[c]) {
      cache.head[c] = static_cast<Head*>(p)->next;
      --cache.count[c];
      return static_cast<char*>(p) + kGrain;
    }
    if (!cache.dead) (void)&reaper;
  }
  void* p = std::malloc(kGrain + (c ? bytes_of(c) : n));
  if (!p) throw std::bad_alloc();
  static_cast<Head*>(p)->cls = c;
  return static_cast<char*>(p) + kGrain;
}

void release(void* q) noexcept {
  if (!q) return;
  void* p = static_cast<char*>(q) - kGrain;
  const std::size_t c = static_cast<Head*>(p)->cls;
  if (c == 0 || cache.dead || cache.count[c] >= (c <= kSmall ? kKeep : kKeepLarge)) {
    std::free(p);
    return;
  }
  static_cast<Head*>(p)->next = cache.head[c];
  cache.head[c] = p;
  ++cache.count[c];
}

}  // namespace

// malloc keeps the memory it was given until the process ends, up to 64 MiB at the top of a heap,
// and serves blocks up to 32 MiB from its heaps rather than from a mapping of their own (the
// bounds glibc's own adjustment reaches once such a block has been freed). With its defaults each
// worker's heap was cut back after every few reports (madvise) and grown again (a page fault per
// page), and the main heap likewise (brk): with two jobs, each cut also stopped the other core
// to flush its address translations. A batch of 1,000 generated reports spent about 7% of its
// time with two jobs there, 3% with one; the peak of memory in use is the same.
namespace {
const bool malloc_keeps_memory = [] {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  return true;
}();
}  // namespace

void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return allocate(n);
  } catch (...) {
    return nullptr;
  }
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }

#endif
