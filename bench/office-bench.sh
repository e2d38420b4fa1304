#!/usr/bin/env bash
# The supervising office's commands on N generated reports (default 10,000), run as a user runs them (the
# govreport launcher): wall time and peak memory (GNU time: elapsed, maximum resident set size) of
# `rollup` and of `overview` (and their CPU time), then the overview page opened in headless Chromium: the time from navigation
# to the end of the page's script (its data-ready attribute), and Chromium's own wall time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
cd "$root"
mvn -B -q -o -Pbench -DskipTests -pl bench -am package >/dev/null
cp="$root/bench/target/classes:$root/org.govreport.dsl.ide/target/govreport.jar"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -cp "$cp" org.govreport.bench.WriteSyntheticReports "$tmp/reports" "$n"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $n generated reports"

# Runs a command under GNU time; prints its wall time and peak resident memory.
measure() {
  local label="$1"; shift
  local code=0
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || code=$?
  read -r wall kb user sys <"$tmp/time"
  # CPU seconds too: on a machine shared with other work, wall time says more about the load than the tool.
  echo "$label: ${wall} s wall, ${user} s user + ${sys} s system CPU, peak memory $((kb / 1024)) MB (exit $code; $(tail -1 "$tmp/out"))"
}
"$root/govreport" --version >/dev/null   # the launcher builds the jar if needed, outside the measurement
measure "rollup   $n reports" "$root/govreport" rollup --organ 基准测试区人民政府 --year 2025 -o "$tmp/rollup.govreport" "$tmp/reports"
measure "overview $n reports" "$root/govreport" overview -o "$tmp/overview" "$tmp/reports"
echo "overview page: $(du -h "$tmp/overview/index.html" | cut -f1), $(ls "$tmp/overview/reports" | wc -l) report pages beside it"

if command -v chromium >/dev/null; then
  start=$(date +%s%N)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --window-size=1280,900 \
    --dump-dom "file://$tmp/overview/index.html" >"$tmp/dom.html" 2>/dev/null
  end=$(date +%s%N)
  ready=$(grep -o 'data-ready="[0-9]*"' "$tmp/dom.html" | head -1 | tr -dc 0-9)
  rows=$(grep -c '<tr data-status=' "$tmp/dom.html" || true)
  errors=$(grep -c 'data-errors=' "$tmp/dom.html" || true)
  echo "page in headless Chromium: script done ${ready} ms after navigation; ${rows} rows; script errors: ${errors}; chromium wall $(((end - start) / 1000000)) ms"
else
  echo "page in headless Chromium: skipped (no chromium; apt-get install chromium)"
fi
