#!/usr/bin/env bash
# tally against ripgrep (`rg -c -j1 '[0-9]+'`, finding every number) on the same files:
#   - one report, process start to exit (median of RUNS runs);
#   - the generated corpus at 1x, 10x and 100x (100, 1,000, 10,000 reports), one job each:
#     median wall time of BATCH_RUNS runs, MB/s, reports/s, peak RSS;
#   - tally with 1 and 2 jobs on the 10x corpus;
#   - 1,000 real reports (the seeds, copied) with 1 and 2 jobs, and the largest one alone;
#   - the baseline: /bin/true started by the same loop.
# Needs ripgrep and GNU time (`apt-get install ripgrep time`). Usage: bench/run.sh [tally]
set -euo pipefail
cd "$(dirname "$0")/.."
tally=$(realpath "${1:-build/tally}")
runs=${RUNS:-21}
batch_runs=${BATCH_RUNS:-5}
command -v rg >/dev/null || { echo "bench/run.sh needs ripgrep: apt-get install ripgrep"; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/run.sh needs GNU time: apt-get install time"; exit 2; }
work=${BENCH_DIR:-build/bench}
mkdir -p "$work"
for scale in 1 10 100; do
  n=$((100 * scale))
  [ -d "$work/corpus-$n" ] || python3 bench/gen_corpus.py "$work/corpus-$n" "$n" 7
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall_us() {  # command... -> wall microseconds
  # EPOCHREALTIME is read by bash itself: no `date` process is started inside the timed span.
  local s e
  s=${EPOCHREALTIME/[.,]/}; "$@" >/dev/null 2>&1 || true; e=${EPOCHREALTIME/[.,]/}
  echo $(( e - s ))
}
med_us() {  # times command... -> median microseconds
  local k=$1; shift
  local t=()
  for _ in $(seq "$k"); do t+=("$(wall_us "$@")"); done
  printf '%s\n' "${t[@]}" | median
}
rss_kb() { /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1 || true; tail -1 "$work/rss"; }
ms() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

one="$work/corpus-100/report-00001.txt"
printf '%-44s %12s %12s %8s\n' "measurement" "tally" "rg" "ratio"
t=$(med_us "$runs" "$tally" check --format json "$one"); r=$(med_us "$runs" rg -c -j1 '[0-9]+' "$one")
b=$(med_us "$runs" /bin/true)
printf '%-44s %9s ms %9s ms %7.2fx\n' "one report, start to exit" "$(ms "$t")" "$(ms "$r")" "$(echo "$t / $r" | bc -l)"
printf '%-44s %9s ms\n' "baseline: /bin/true in the same loop" "$(ms "$b")"
for n in 100 1000 10000; do
  dir="$work/corpus-$n"
  bytes=$(cat "$dir"/*.txt | wc -c)
  t=$(med_us "$batch_runs" "$tally" check --format json --jobs 1 "$dir")
  r=$(med_us "$batch_runs" rg -c -j1 '[0-9]+' "$dir")
  printf '%-44s %9s ms %9s ms %7.2fx\n' "$n reports ($((bytes / 1024)) KiB), one job" "$(ms "$t")" "$(ms "$r")" "$(echo "$t / $r" | bc -l)"
  printf '%-44s %8.1f MB/s %7.1f MB/s\n' "  throughput" "$(echo "$bytes / $t" | bc -l)" "$(echo "$bytes / $r" | bc -l)"
  printf '%-44s %10.0f/s %10.0f/s\n' "  reports per second" "$(echo "$n * 1000000 / $t" | bc -l)" "$(echo "$n * 1000000 / $r" | bc -l)"
  printf '%-44s %9s KB %9s KB\n' "  peak RSS" "$(rss_kb "$tally" check --format json --jobs 1 "$dir")" "$(rss_kb rg -c -j1 '[0-9]+' "$dir")"
  eval "t_$n=$t"
done
t2=$(med_us "$batch_runs" "$tally" check --format json --jobs 2 "$work/corpus-1000")
printf '%-44s %9s ms  (%.2fx faster than 1 job)\n' "1000 reports, 2 jobs" "$(ms "$t2")" "$(echo "$t_1000 / $t2" | bc -l)"
printf '%-44s %9.1fx (linear: 100x)\n' "time at 100x / time at 1x" "$(echo "$t_10000 / $t_100" | bc -l)"
# Real reports: the generated ones are 1.5–4.7 KB, published ones 11–27 KB with site text around
# them. The five seed reports (kept outside the repository; SEEDS names their folder), each
# copied 200 times into the work folder: 1,000 files.
seeds=${SEEDS:-../shared/seeds}
if ls "$seeds"/*.txt >/dev/null 2>&1; then
  real="$work/real-1000"
  if [ ! -d "$real" ]; then
    mkdir -p "$real"
    for k in $(seq 200); do for f in "$seeds"/*.txt; do cp "$f" "$real/$k-$(basename "$f")"; done; done
  fi
  bytes=$(cat "$real"/*.txt | wc -c)
  t=$(med_us "$batch_runs" "$tally" check --format json --jobs 1 "$real")
  r=$(med_us "$batch_runs" rg -c -j1 '[0-9]+' "$real")
  t2=$(med_us "$batch_runs" "$tally" check --format json --jobs 2 "$real")
  printf '%-44s %9s ms %9s ms %7.2fx\n' "1000 real reports ($((bytes / 1024)) KiB), one job" "$(ms "$t")" "$(ms "$r")" "$(echo "$t / $r" | bc -l)"
  printf '%-44s %8.1f MB/s %7.1f MB/s\n' "  throughput" "$(echo "$bytes / $t" | bc -l)" "$(echo "$bytes / $r" | bc -l)"
  printf '%-44s %9s ms  (%.2fx faster than 1 job)\n' "  2 jobs" "$(ms "$t2")" "$(echo "$t / $t2" | bc -l)"
  big=$(ls -S "$seeds"/*.txt | head -1)
  t=$(med_us "$runs" "$tally" check --format json "$big"); r=$(med_us "$runs" rg -c -j1 '[0-9]+' "$big")
  printf '%-44s %9s ms %9s ms %7.2fx\n' "largest real report ($(($(wc -c < "$big") / 1024)) KB), start to exit" "$(ms "$t")" "$(ms "$r")" "$(echo "$t / $r" | bc -l)"
fi
[ -d "$work/corpus-2000" ] || python3 bench/gen_corpus.py "$work/corpus-2000" 2000 11
j=$(med_us "$batch_runs" "$tally" check --format json --jobs 1 "$work/corpus-2000")
h=$(med_us "$batch_runs" "$tally" check --format html --jobs 1 -o "$work/report.html" "$work/corpus-2000")
printf '%-44s %9s ms  json %s ms (%.2fx)\n' "2000 reports, --format html" "$(ms "$h")" "$(ms "$j")" "$(echo "$h / $j" | bc -l)"
# Start-up with a configuration file to find and read, against none.
mkdir -p "$work/with-config/a/b" "$work/no-config"
printf 'severity:\n  outline.numbering: note\n' > "$work/with-config/.tally.yaml"
cp "$one" "$work/with-config/a/b/r.txt"; cp "$one" "$work/no-config/r.txt"
c1=$(cd "$work/with-config/a/b" && med_us "$runs" "$tally" check --format json r.txt)
c0=$(cd "$work/no-config" && med_us "$runs" "$tally" check --format json --config /dev/null r.txt)
printf '%-44s %9s ms  (no configuration: %s ms)\n' "one report, .tally.yaml found two levels up" "$(ms "$c1")" "$(ms "$c0")"
# A Word-exported-looking HTML report of about 350 KB (bench/make_html.py), start to exit.
[ -f "$work/word-350k.html" ] || python3 bench/make_html.py "$work/word-350k.html" 350
w=$(med_us "$runs" "$tally" check --format json "$work/word-350k.html")
printf '%-44s %9s ms  (%d KB)\n' "Word-exported HTML report, start to exit" "$(ms "$w")" "$(($(wc -c < "$work/word-350k.html") / 1024))"
