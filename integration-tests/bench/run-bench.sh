#!/usr/bin/env bash
# run-bench.sh N SHAPE - times Docket beside GNU make, ninja and snakemake on the peer kit's DAG.
#
# Runs the peer kit's run-peers.sh (the directory $PEERS names) with more tools in its
# command_for, each started through the archetype's launcher ./docket exactly as an analysis
# project has it (its JVM settings, its class-data-sharing archive), for the benchmark's main
# class: "docket" (every task runs /bin/sh -c 'echo x > out/<task>.txt' through
# dev.docket.runtime.Command, as make runs its recipes), "docket-inproc" (the same content
# written from the JVM) and "docket-nocds" ("docket" with DOCKET_CDS=off, no archive). Same
# DAG, same phases, same timed_run, same CSV: tool,shape,n,phase,wall_s,peak_rss_mb. The kit
# itself is not changed: a patched copy runs from a temporary directory.
#
#   PEERS=/path/to/bench/peers integration-tests/bench/run-bench.sh 100000 fan
#   TOOLS="make docket" PHASES="dryrun noop" REPS=5 PEERS=... integration-tests/bench/run-bench.sh 100000 tree
#   HEADER=1 ... prints the header line first
#
# Needs the module built: mvn -B -o -pl integration-tests/bench -am package -DskipTests
# JVM flags: the launcher's; JAVA_OPTS adds to them (state it with the figures).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ -n ${PEERS:-} && -f $PEERS/run-peers.sh ]] || {
  echo "run-bench.sh: the peer kit is not found${PEERS:+ in $PEERS}; set PEERS to the directory" \
    "that holds its run-peers.sh and gen_dag.py (docs/performance.md, \"How to reproduce\")" >&2
  exit 2; }
JAR=$(ls "$HERE"/target/docket-bench-*.jar 2>/dev/null | head -n 1 || true)
[[ -n $JAR && -f $HERE/target/docket.classpath ]] || {
  echo "build first: mvn -B -o -pl integration-tests/bench -am package -DskipTests" >&2; exit 2; }
LAUNCHER=$HERE/../../archetype/src/main/resources/archetype-resources/docket
export TOOLS=${TOOLS:-make ninja snakemake docket docket-inproc docket-nocds}

KIT=$(mktemp -d "${TMPDIR:-/tmp}/docket-bench-kit.XXXXXX")
trap 'rm -rf "$KIT"' EXIT
cp "$PEERS/gen_dag.py" "$KIT/"
# The launcher of an analysis project whose main is the benchmark's: the archetype's script with
# its two generated lines filled in, beside the module's target/ (the archive goes there). A
# fixed path: the archive names the class path's files, so it lasts from one call to the next.
APP=$HERE/target/app
mkdir -p "$APP"
ln -sfn .. "$APP/target"
sed -e "s|^main=.*|main=dev.docket.bench.BenchMain|" -e "s|^jar_name=.*|jar_name=${JAR##*/}|" \
  -e '/^#\[\[$/d' -e '/^\]\]#$/d' "$LAUNCHER" >"$APP/docket"
chmod +x "$APP/docket"
export DOCKET=$APP/docket
# A user's first run records the archive; here it is one untimed run (a fan of 1,000 tasks,
# planned and run from scratch), and one command that puts the archive in place.
if [[ " $TOOLS " == *" docket "* || " $TOOLS " == *" docket-inproc "* ]]; then
  mkdir -p "$KIT/train/out"
  (cd "$KIT/train" && timeout -k 10 300 "$DOCKET" run Top --n 1000 --workers 2 >/dev/null 2>&1 \
    && "$DOCKET" list >/dev/null 2>&1) || true
  [[ -f $HERE/target/docket.jsa ]] || echo "note: no class-data-sharing archive was made" >&2
  rm -rf "$KIT/train"
fi
# The Docket commands: the shapes' targets as a user would name them, written into command_for.
python3 - "$PEERS/run-peers.sh" "$KIT/run-peers.sh" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
text = open(src).read()
anchor = '    *) echo "unknown tool $1" >&2; exit 2 ;;'
assert anchor in text, "run-peers.sh changed: command_for has no catch-all line"
docket = r'''    docket*:*)
      case $SHAPE in
        fan) target=(Top --n "$N") ;;
        chain) target=(Link --i "$((N - 1))") ;;
        tree) target=(Tree --n "$N") ;;
      esac
      words=("$DOCKET" run "${target[@]}")
      [[ $1 == docket-nocds ]] && words=(env DOCKET_CDS=off "${words[@]}")
      [[ $1 == docket-inproc ]] && words+=(--action inproc)
      if [[ $2 == dryrun ]]; then words+=(--dry-run); else words+=(--workers "$JOBS"); fi ;;
'''
open(dst, "w").write(text.replace(anchor, docket + anchor))
PY
chmod +x "$KIT/run-peers.sh"
"$KIT/run-peers.sh" "$@"
