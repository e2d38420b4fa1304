#!/usr/bin/env bash
# Export benchmark: builds the executable jar and the bench classes, then exports N generated reports
# (default 1000) to every format in one JVM and prints the time per format.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root" && mvn -B -q -Pbench -DskipTests -pl bench -am package)
exec java -Xmx1g -cp "$root/bench/target/classes:$root/org.govreport.dsl.ide/target/govreport.jar" \
  org.govreport.bench.ExportBenchmark "$@"
