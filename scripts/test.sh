#!/usr/bin/env bash
# Sets up and builds tally, then runs the whole test suite through CTest: first on the release
# build, then on a build with AddressSanitizer and UndefinedBehaviorSanitizer, where the
# libFuzzer targets also run for 30 seconds each (the fuzz_smoke test).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
(cd build && ctest --output-on-failure -j 2)
release=$?
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTALLY_SANITIZE=ON -DTALLY_FUZZ_SMOKE=ON >/dev/null || exit 2
cmake --build build-asan -j "$(nproc)" || exit 2
echo "== the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, and each fuzz target for 30 s =="
(cd build-asan && TALLY_TEST_TIME_FACTOR=6 ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j 2)
sanitized=$?
[ "$release" -eq 0 ] && [ "$sanitized" -eq 0 ]
