#!/usr/bin/env bash
# Builds the Eclipse plugin (its own Tycho reactor: Maven 3.9 through the Maven Wrapper) and runs its
# tests in a real Eclipse workbench, under Xvfb when there is no display. Needs the language server
# jar of the main build (org.govreport.dsl.ide/target/govreport.jar). Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "Eclipse 插件的测试需要显示器或 Xvfb：apt-get install -y xvfb xauth（跳过：mvn -Declipse.skip）" >&2
    exit 2
  fi
  exec xvfb-run -a -s "-screen 0 1400x900x24" ./mvnw -B -ntp "$@" verify
fi
exec ./mvnw -B -ntp "$@" verify
