#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer) in
# build-fuzz and runs each for SECONDS (default 30) from seed corpora made of the fixtures.
# Fails when any target finds a crash, a leak, a timeout or runs out of memory; the input that
# did it is left in build-fuzz/crashes/; copy it to fuzz/regressions/TARGET/ once fixed, and
# every later run replays it first. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
shift || true
targets=${*:-"fuzz_decode fuzz_document fuzz_html fuzz_docx fuzz_xlsx fuzz_check fuzz_rules fuzz_expr fuzz_regex"}
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/setup.sh installs clang)"; exit 2; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTALLY_FUZZ=ON >/dev/null || exit 2
cmake --build build-fuzz -j "$(nproc)" >/dev/null || { echo "fuzz.sh: the fuzz build failed"; exit 2; }
rm -rf build-fuzz/seeds && python3 fuzz/seeds.py build-fuzz/seeds || exit 2
mkdir -p build-fuzz/crashes build-fuzz/corpus
status=0
for t in $targets; do
  mkdir -p "build-fuzz/corpus/$t"
  log="build-fuzz/$t.log"
  # Inputs that once crashed a target are replayed first, by name, so a regression is plain.
  if compgen -G "fuzz/regressions/$t/*" >/dev/null; then
    if ! build-fuzz/fuzz/"$t" -rss_limit_mb=2048 -timeout=10 fuzz/regressions/"$t"/* >"$log" 2>&1; then
      echo "fuzz: $t FAILED on a regression input (see $log):"
      grep -m5 -E "ERROR|SUMMARY|Running:" "$log"
      status=1
      continue
    fi
  fi
  if build-fuzz/fuzz/"$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="build-fuzz/crashes/$t-" "build-fuzz/corpus/$t" "build-fuzz/seeds/$t" >"$log" 2>&1; then
    echo "fuzz: $t ok: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs in ${secs}s"
  else
    echo "fuzz: $t FAILED (see $log and build-fuzz/crashes/):"
    grep -m5 -E "ERROR|SUMMARY|Test unit written" "$log"
    status=1
  fi
done
exit $status
