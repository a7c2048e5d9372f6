#!/usr/bin/env bash
# The central scheduler under load (docs/performance.md, "Central scheduler"): 50 workers
# (threads, each its own worker with its own HTTP connections) run one 10,000-task graph
# against one scheduler; every task must run once and end done. Prints the wall time, the task
# updates per second, the calls per task, and the CPU time of the server's threads and of the
# whole process (the figures that hold on a loaded machine). Override with TASKS=, WORKERS=,
# MIN_RATE= (updates/s to assert; the issue's goal: MIN_RATE=2000 on a quiet machine).
#   scripts/bench-scheduler.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
status=0
out=$(mvn -B -o -q verify -pl backends/scheduler -am \
  -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddocket.load.tasks="${TASKS:-10000}" -Ddocket.load.workers="${WORKERS:-50}" \
  -Ddocket.load.minRate="${MIN_RATE:-0}" 2>&1) || status=$?
grep -E "scheduler load|FAIL|ERROR|expected" <<<"$out" || true
exit "$status"
