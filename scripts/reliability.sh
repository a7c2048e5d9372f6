#!/usr/bin/env bash
# Runs the reliability trials of docs/reliability.md against the sample analysis of
# integration-tests (its generated main, org.example.ttbar.Main, as real processes):
#
#   scripts/reliability.sh [--no-build] [--out DIR] [TRIAL...] [-- driver options]
#
# TRIAL: fuzz, kill, interrupt, disk-full, read-only, escape (default: all of these, in three
# groups at once), in-process (ParserFuzzTest through Maven, with SEEDS seeds: default 5).
# Builds the analysis (mvn package -pl integration-tests -am, tests skipped) unless --no-build,
# copies its classes and jars to OUT/app (so that a rebuild during the trials changes nothing),
# then runs the Python driver in scripts/reliability/ (python3 >= 3.8). Run as root for the
# disk-full and read-only trials (they mount a small tmpfs); as root, the fuzzed and escaping
# invocations run as the user nobody, so that an escaping path cannot reach the system's files.
# Driver options (after --): --seed N, --fuzz N, --parallel N, --timeout S, --kills N,
# --interrupts N. Exit status 0 when every trial held; 1 when one found a violation.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$repo/integration-tests/target/reliability
build=true
trials=()
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) build=false ;;
    --out) out=$2; shift ;;
    --) shift; break ;;
    *) trials+=("$1") ;;
  esac
  shift
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

if $build; then
  (cd "$repo" && mvn -B -q package -pl integration-tests -am -DskipTests)
fi
classes=$repo/integration-tests/target/classes
classpath=$repo/integration-tests/target/analysis.classpath
if [ ! -f "$classpath" ]; then
  echo "reliability.sh: $classpath is missing: build first (drop --no-build)" >&2
  exit 2
fi
rm -rf "$out/app"
mkdir -p "$out/app/lib"
jar cf "$out/app/lib/analysis.jar" -C "$classes" .
# A reactor build short of `package` lists modules' classes directories: jar them too.
n=0
tr ':' '\n' < "$classpath" | while read -r entry; do
  n=$((n + 1))
  if [ -d "$entry" ]; then jar cf "$out/app/lib/dir$n.jar" -C "$entry" .
  elif [ -n "$entry" ]; then cp "$entry" "$out/app/lib/"; fi
done
chmod -R a+rX "$out/app"
chmod a+x "$out"
git -C "$repo" log -1 --format='%H %cd' --date=iso-strict > "$out/app/commit.txt"

status=0
inprocess=false
driver=()
for t in "${trials[@]+"${trials[@]}"}"; do
  if [ "$t" = in-process ]; then inprocess=true; else driver+=("$t"); fi
done
if $inprocess; then
  # ParserFuzzTest: 10,000 vectors through the parser and 500 through DocketCli.run per seed.
  log=$out/in-process.log
  : > "$log"
  : > "$out/in-process.txt"
  for seed in $(seq 1 "${SEEDS:-5}"); do
    if (cd "$repo" && mvn -B -o -pl integration-tests -am test -Dtest=ParserFuzzTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seed="$seed") >> "$log" 2>&1; then
      echo "in-process seed $seed: passed" | tee -a "$out/in-process.txt"
    else
      echo "in-process seed $seed: FAILED (see $log)" | tee -a "$out/in-process.txt"
      status=1
    fi
  done
  [ ${#driver[@]} -eq 0 ] && exit $status
fi
driver_run() { python3 "$repo/scripts/reliability" --app "$out/app" --out "$out" "$@"; }
if [ ${#driver[@]} -gt 0 ]; then
  driver_run "${driver[@]}" "$@" || status=$?
else
  # All trials, in three groups at once (about 15 minutes on 2 busy cores); logs in OUT.
  driver_run fuzz "$@" > "$out/fuzz.log" 2>&1 & fuzz=$!
  driver_run kill interrupt disk-full read-only "$@" > "$out/signals-storage.log" 2>&1 & rest=$!
  driver_run escape "$@" > "$out/escape.log" 2>&1 & escape=$!
  for pid in $fuzz $rest $escape; do wait $pid || status=1; done
  driver_run summary "$@" || status=1
  cat "$out/summary.md"
fi
exit $status
