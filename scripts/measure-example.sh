#!/usr/bin/env bash
# Measures the figures the README quotes for the archetype's example analysis, in a project
# generated from the archetype and built (mvn package), given as $1:
#  1. wall time of `./docket run PlotDistributions` from an empty store (37 tasks, JVM start
#     included, [core] workers = 2 as in its docket.cfg);
#  2. the same when everything is complete.
# Each figure is the median of $REPS runs (default 5). Uses a store of its own.
set -euo pipefail
project=$(cd "$1" && pwd)
reps=${REPS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[core]\nstore = %s\nworkers = 2\n' "$work/store" > "$work/docket.cfg"
export DOCKET_CONFIG=$work/docket.cfg

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_it() {
  local start end
  start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1
  end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

full=$(for _ in $(seq "$reps"); do rm -rf "$work/store"; time_it "$project/docket" run PlotDistributions; done | median)
noop=$(for _ in $(seq "$reps"); do time_it "$project/docket" run PlotDistributions; done | median)
printf 'figure,median_s,runs\n'
printf 'example chain from an empty store (37 tasks),%.3f,%s\n' "$full" "$reps"
printf 'example chain when complete,%.3f,%s\n' "$noop" "$reps"
