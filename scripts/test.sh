#!/usr/bin/env bash
# Sets up and builds tally, then runs the whole test suite through CTest.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit $?
cd build && ctest --output-on-failure -j 2
