#!/usr/bin/env bash
# Measures the figures the README quotes for the sample analysis:
#  1. wall time of `run Combine` when everything is already complete (JVM start included);
#  2. javac's time on the sample with the Docket processor, and without it (the same sources
#     plus the code the processor generated, compiled with -proc:none).
# Each figure is the median of $REPS runs (default 10). Run `mvn -B install -DskipTests` first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp="$root/integration-tests/target/classes:$(cat "$root/integration-tests/target/analysis.classpath")"
(cd "$root" && mvn -B -q -pl processor dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$work/processor.classpath" >/dev/null 2>&1)
processor_path="$root/processor/target/classes:$(cat "$work/processor.classpath")"
sources=$(find "$root/integration-tests/src/main/java" -name '*.java')
generated=$(find "$root/integration-tests/target/generated-sources/annotations" -name '*.java')

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_it() { # prints seconds for one run of "$@"
  local start end
  start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1
  end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

mkdir -p "$work/store"
(cd "$work/store" && java -cp "$cp" org.example.ttbar.Main run Combine >/dev/null)
noop=$(for _ in $(seq "$reps"); do (cd "$work/store" && time_it java -cp "$cp" org.example.ttbar.Main run Combine); done | median)

with=$(for _ in $(seq "$reps"); do rm -rf "$work/a"; mkdir "$work/a"; time_it javac -d "$work/a" -cp "$cp" \
  -processorpath "$processor_path" -Adocket.main=org.example.ttbar.Main $sources; done | median)
without=$(for _ in $(seq "$reps"); do rm -rf "$work/b"; mkdir "$work/b"; time_it javac -d "$work/b" -cp "$cp" \
  -proc:none $sources $generated; done | median)

printf 'figure,median_s,runs\n'
printf 'run Combine, everything complete (JVM start included),%.3f,%s\n' "$noop" "$reps"
printf 'javac sample with the processor,%.3f,%s\n' "$with" "$reps"
printf 'javac sample without the processor (sources + generated code, -proc:none),%.3f,%s\n' "$without" "$reps"
