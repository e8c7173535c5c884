#!/usr/bin/env bash
# Times tally: one report from process start to exit, and all the given reports in one call.
# Prints medians of N runs (default 21) and peak RSS. Usage: bench/run.sh [tally] [report...]
set -euo pipefail
cd "$(dirname "$0")/.."
tally=${1:-build/tally}
shift || true
reports=("$@")
if [ ${#reports[@]} -eq 0 ]; then
  if [ -d ../shared/seeds ]; then reports=(../shared/seeds/*.txt); else reports=(examples/*.txt); fi
fi
runs=${RUNS:-21}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {  # command... -> wall milliseconds
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(( (e - s) / 1000 ))
}
one=()
all=()
for _ in $(seq "$runs"); do
  one+=("$(time_ms "$tally" check --format json "${reports[0]}")")
  all+=("$(time_ms "$tally" check --format json "${reports[@]}")")
done
m1=$(printf '%s\n' "${one[@]}" | median)
ma=$(printf '%s\n' "${all[@]}" | median)
rss=$( { /usr/bin/time -f '%M' "$tally" check --format json "${reports[@]}" >/dev/null || true; } 2>&1 | tail -1 )
bytes=$(cat "${reports[@]}" | wc -c)
printf 'one report (%s): median %d.%03d ms over %d runs\n' "$(basename "${reports[0]}")" $((m1/1000)) $((m1%1000)) "$runs"
printf '%d reports (%d bytes) in one call: median %d.%03d ms\n' "${#reports[@]}" "$bytes" $((ma/1000)) $((ma%1000))
printf 'peak RSS: %s KiB\n' "$rss"
base=()
for _ in $(seq "$runs"); do base+=("$(time_ms /bin/true)"); done
mt=$(printf '%s\n' "${base[@]}" | median)
printf 'baseline: starting /bin/true in the same loop: median %d.%03d ms\n' $((mt/1000)) $((mt%1000))
if command -v rg >/dev/null; then
  base=()
  for _ in $(seq "$runs"); do base+=("$(time_ms rg -c -j1 '[0-9]+' "${reports[0]}")"); done
  mb=$(printf '%s\n' "${base[@]}" | median)
  printf 'baseline rg -c [0-9]+ on the same report: median %d.%03d ms\n' $((mb/1000)) $((mb%1000))
fi
