#!/usr/bin/env bash
# Region audit benchmark: writes COUNT generated published reports (text and HTML, YEARS years; default
# 3,000 over 3) into a temporary folder, kept for later runs, then audits them in a JVM of its own, writes
# the JSON output to nowhere, and prints reports/s, the pairing, similarity and output times and the peak
# resident memory (with the JVM options the launcher gives govreport audit — its heap and its JIT's
# inlining — unless AUDIT_JAVA_OPTS says otherwise).
#   bench/run-audit.sh [COUNT] [YEARS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-3000}"
years="${2:-3}"
(cd "$root" && mvn -B -q -o -Pbench -DskipTests -pl bench -am package >/dev/null)
cp="$root/bench/target/classes:$root/org.govreport.dsl.ide/target/govreport.jar"
dir="${TMPDIR:-/tmp}/govreport-audit-bench-$count-$years"
if [ ! -d "$dir" ]; then
  java -cp "$cp" org.govreport.bench.SyntheticRegion "$dir.part" "$count" "$years"
  mv "$dir.part" "$dir"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java ${AUDIT_JAVA_OPTS:--Xmx1500m -XX:+UseParallelGC -XX:InlineSmallCode=500 -XX:FreqInlineSize=150} -cp "$cp" org.govreport.bench.AuditBenchmark "$dir"
