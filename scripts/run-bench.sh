#!/usr/bin/env bash
# The peer kit's benchmark (docs/performance.md, "How to reproduce"): Docket beside GNU make,
# ninja and snakemake on the kit's fan, chain and tree, through the archetype's launcher.
#
#   PEERS=/path/to/bench/peers scripts/run-bench.sh N SHAPE     one shape and size, as
#                                  integration-tests/bench/run-bench.sh (TOOLS, REPS, HEADER, ...)
#   PEERS=/path/to/bench/peers scripts/run-bench.sh table       issue #16's whole table: fan,
#                                  chain, tree at 1,000 and 10,000 (full runs), fan and tree at
#                                  100,000 (plan and no-op); make, ninja, docket, docket-inproc
#
# Builds the benchmark module first when its jar is missing or BUILD=1 (offline Maven, no
# install). The kit generates its DAGs under $TMPDIR (default /tmp): the file system there is
# part of every full run's figure, for every tool (docs/performance.md, "Session 7").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/integration-tests/bench
if [[ ${BUILD:-0} == 1 ]] || ! ls "$bench"/target/docket-bench-*.jar >/dev/null 2>&1; then
  (cd "$root" && mvn -B -q -o -pl integration-tests/bench -am package -DskipTests)
fi
if [[ ${1:-} != table ]]; then
  exec "$bench/run-bench.sh" "$@"
fi
tools=${TOOLS:-make ninja docket docket-inproc}
export REPS=${REPS:-3}
HEADER=1 TOOLS="$tools" "$bench/run-bench.sh" 1000 fan
for shape in chain tree; do TOOLS="$tools" "$bench/run-bench.sh" 1000 $shape; done
# make walks a 10,000-long chain in about a minute: the kit runs it once (SLOW_S).
for shape in fan chain tree; do TOOLS="$tools" "$bench/run-bench.sh" 10000 $shape; done
for shape in fan tree; do TOOLS="${tools//docket-inproc/}" "$bench/run-bench.sh" 100000 $shape; done
