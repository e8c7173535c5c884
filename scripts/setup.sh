#!/usr/bin/env bash
# Installs the Debian 12 packages tally needs (when missing), then configures and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
PKGS="cmake ninja-build g++ pkg-config python3 libyaml-cpp-dev libre2-dev libicu-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev zlib1g-dev python3-jsonschema pre-commit chromium clang libclang-rt-14-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
command -v npm >/dev/null || missing="$missing nodejs npm"  # machines may carry their own Node.js
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $missing
  else
    echo "tally needs these Debian packages:$missing"
    echo "run: sudo apt-get install -y$missing"
    exit 2
  fi
fi
# Test tools from npm, pinned, kept under build/node: Microsoft's SARIF validator and
# playwright-core (which drives Debian's chromium; it downloads no browser).
if [ ! -x build/node/node_modules/.bin/sarif-multitool ] || [ ! -d build/node/node_modules/playwright-core ]; then
  mkdir -p build/node
  npm install --prefix build/node --no-audit --no-fund --loglevel=error \
    @microsoft/sarif-multitool@5.7.0 playwright-core@1.65.1 >/dev/null || echo "warning: npm could not install the test tools"
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
