#!/usr/bin/env bash
# Builds Docket and runs the sample analysis (integration-tests/src/main/java/org/example/ttbar)
# through its generated main, in ./quickstart-store (or $1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
store=${1:-$root/quickstart-store}

if [ ! -f "$root/integration-tests/target/analysis.classpath" ] || [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && mvn -B -q install -DskipTests)
fi
cp="$root/integration-tests/target/classes:$(cat "$root/integration-tests/target/analysis.classpath")"

mkdir -p "$store"
cd "$store"
echo "== java org.example.ttbar.Main run Combine --workers 2   (in $store)"
java -cp "$cp" org.example.ttbar.Main run Combine --workers 2
echo
echo "== the same again: everything is complete, nothing runs"
java -cp "$cp" org.example.ttbar.Main run Combine
echo
echo "== outputs"
find "$store" -path "$store/.docket" -prune -o -type f -not -name executions.log -print | sort  # .docket: locks, history
