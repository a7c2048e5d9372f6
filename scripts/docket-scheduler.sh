#!/usr/bin/env bash
# Starts the central scheduler (docs/scheduler.md) from this repository's build, in the
# foreground; Ctrl-C stops it after writing out its state. Options go to the scheduler, e.g.
#   scripts/docket-scheduler.sh --port 8082 --state ~/.docket/scheduler
# It prints the address, the token file and the page's login link.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
module="$repo/backends/scheduler"
classpath_file="$module/target/scheduler.classpath"
if [ ! -s "$classpath_file" ] || [ ! -d "$module/target/classes" ]; then
  # Built here (never installed into ~/.m2): the module, what it needs, and its class path.
  (cd "$repo" && mvn -B -q -o package dependency:build-classpath -pl backends/scheduler -am \
    -DskipTests -Dmdep.outputFile=target/scheduler.classpath >&2)
fi
exec java -cp "$module/target/classes:$(cat "$classpath_file")" \
  dev.docket.backends.scheduler.SchedulerMain "$@"
