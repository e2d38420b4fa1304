#!/usr/bin/env bash
# Builds the benchmark module and prints the check benchmark's figures:
# warm reports/s over 1,000 generated reports, cold `govreport check` vs bare `java -version`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o -Pbench -DskipTests -pl bench -am package >/dev/null
# The executable jar holds the language and all its dependencies.
cp="$root/bench/target/classes:$root/org.govreport.dsl.ide/target/govreport.jar"
example="${1:-$(find "$root/examples" -name "*.govreport" 2>/dev/null | sort | head -1 || true)}"
example="${example:-$root/org.govreport.dsl.tests/src/test/resources/reports/2025/东温泉镇.govreport}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.govreport.bench.CheckBenchmark "$root/govreport" "$example"
