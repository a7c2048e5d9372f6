#!/usr/bin/env bash
# The small-analysis figure of issue #16: `./docket run PlotDistributions` in the archetype's
# example project when all 37 tasks are complete, through the launcher (its JVM flags and
# AppCDS archive), as a user runs it. Prints the median of $REPS runs (default 10) of the wall
# time and of the CPU time (user + sys, GNU time), and the same for `java -version` with the
# launcher's flags (read from the launcher itself), the floor.
#
#   scripts/measure-small-run.sh              builds the archetype's test project first
#                                             (mvn -o verify -pl archetype -am, unit tests skipped)
#   scripts/measure-small-run.sh <project>    a project generated from the archetype, built
#
# Uses a store of its own; the first runs (from an empty store, then no-ops) record the
# archive and put it in place, and are not counted.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-10}
if [ $# -ge 1 ]; then
  project=$(cd "$1" && pwd)
else
  (cd "$root" && mvn -B -q -o verify -pl archetype -am -Dtest=none \
    -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true)
  project=$(dirname "$(ls "$root"/archetype/target/test-classes/projects/example/project/*/docket)")
fi
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[core]\nstore = %s\nworkers = 2\n' "$work/store" > "$work/docket.cfg"
export DOCKET_CONFIG=$work/docket.cfg

"$project/docket" run PlotDistributions >/dev/null 2>&1   # 37 tasks; records the archive
for _ in 1 2 3; do "$project/docket" run PlotDistributions >/dev/null 2>&1; done
[ -f "$project/target/docket.jsa" ] || echo "warning: no AppCDS archive in $project/target" >&2
[ -s "$project/target/docket-cds.log" ] && echo "warning: the JVM complained about the archive:" \
  "$project/target/docket-cds.log" >&2
# The launcher's JVM flags, from its jvm="..." line: the floor runs with exactly those.
jvm=$(sed -n 's/^jvm="\(.*\)"$/\1/p' "$project/docket")
[ -n "$jvm" ] || { echo "no jvm=\"...\" line in $project/docket" >&2; exit 2; }

# median of column $1 (1 wall, 2 user, 3 sys; 4 = user + sys)
median() {
  awk -v c="$1" '{print (c == 4 ? $2 + $3 : $c)}' "$2" | sort -n |
    awk '{a[NR]=$1} END {printf "%.3f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
measure() {  # $1 file, then the command
  local file=$1; shift
  for _ in $(seq "$reps"); do
    /usr/bin/time -f '%e %U %S' -a -o "$file" "$@" >/dev/null 2>&1
  done
}
measure "$work/run.times" "$project/docket" run PlotDistributions
# shellcheck disable=SC2086 # the flags are words
measure "$work/java.times" java $jvm -version
load=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'figure,wall_median_s,cpu_median_s,runs,load\n'
printf './docket run PlotDistributions (37 tasks complete),%s,%s,%s,%s\n' \
  "$(median 1 "$work/run.times")" "$(median 4 "$work/run.times")" "$reps" "$load"
printf 'java %s -version,%s,%s,%s,%s\n' "$jvm" \
  "$(median 1 "$work/java.times")" "$(median 4 "$work/java.times")" "$reps" "$load"
