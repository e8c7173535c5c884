#!/usr/bin/env bash
# Installs the Debian 12 packages tally needs (when missing), then configures and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
PKGS="cmake ninja-build g++ pkg-config python3 libyaml-cpp-dev libre2-dev libicu-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev zlib1g-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
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
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
