#!/usr/bin/env bash
# Prints the figures of govreport diff: a warm diff of two full reports (DiffBenchmark), and git log -p over a
# history of 100 commits of one report in a temporary repository, without govreport's driver and with it
# (textconv: first run and cached run; the external driver with --ext-diff).
# Usage: bench/diff-bench.sh [OLD NEW]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -o -Pbench -DskipTests -pl bench -am package >/dev/null
cp="$root/bench/target/classes:$root/org.govreport.dsl.ide/target/govreport.jar"
old="${1:-$root/examples/sample-district-bureau-2024.govreport}"
new="${2:-$root/examples/sample-district-bureau-2025.govreport}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.govreport.bench.DiffBenchmark "$old" "$new"

repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
export HOME="$repo/home" GIT_CONFIG_NOSYSTEM=1 GIT_PAGER=cat
cd "$repo"
git init -q -b main . && git config user.email bench@example.org && git config user.name bench
cp "$new" r.govreport
git add r.govreport && git commit -q -m 0
# 100 commits, each changing one number of the report (a different one each time) and, every tenth, a sentence.
for i in $(seq 1 100); do
  python3 - "$i" <<'PY'
import re, sys
i = int(sys.argv[1])
text = open("r.govreport", encoding="utf-8").read()
cells = list(re.finditer(r"(?m)^  [^\s#].*? (\d+)[ \t]*$", text))
m = cells[i % len(cells)]
text = text[:m.start(1)] + str(int(m.group(1)) + 1) + text[m.end(1):]
if i % 10 == 0:
    text = text.replace("。", "，第%d次修改。" % i, 1)
open("r.govreport", "w", encoding="utf-8").write(text)
PY
  git commit -q -am "$i"
done
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "git log -p, 101 commits of one report:"
echo "  without the driver:                $(seconds git log -p) s"
"$root/govreport" git-setup --no-hook >/dev/null
echo "  with it, textconv, first run:      $(seconds git log -p) s"
echo "  with it, textconv, cached:         $(seconds git log -p) s"
echo "  with it, --ext-diff (the semantic diff of each commit): $(seconds git log -p --ext-diff) s"
