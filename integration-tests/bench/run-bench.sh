#!/usr/bin/env bash
# run-bench.sh N SHAPE - times Docket beside GNU make, ninja and snakemake on the peer kit's DAG.
#
# Runs the peer kit's run-peers.sh (../shared/bench/peers, or $PEERS) with two more tools in its
# command_for: "docket" (every task spawns /bin/sh -c 'echo x > out/<task>.txt', as make does),
# "docket-inproc" (the same content written from the JVM) and "docket-cds" ("docket" with an
# AppCDS archive of the classes Docket loads, made once by a training run below, as a shipped
# launcher could do at install time). Same DAG, same phases, same
# timed_run, same CSV: tool,shape,n,phase,wall_s,peak_rss_mb. The kit itself is not changed: a
# patched copy runs from a temporary directory.
#
#   integration-tests/bench/run-bench.sh 100000 fan
#   TOOLS="make docket docket-cds" PHASES="dryrun noop" REPS=5 integration-tests/bench/run-bench.sh 100000 tree
#   HEADER=1 ... prints the header line first
#
# Needs the module built: mvn -B -o -pl integration-tests/bench -am package -DskipTests
# JVM flags: $DOCKET_JAVA_OPTS (default below; they are part of the figure, state them).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PEERS=${PEERS:-$(cd "$HERE/../../.." && pwd)/shared/bench/peers}
[[ -f $PEERS/run-peers.sh ]] || PEERS=/work/shared/bench/peers
[[ -f $PEERS/run-peers.sh ]] || { echo "peer kit not found; set PEERS=/path/to/shared/bench/peers" >&2; exit 2; }
# The module's jar, not target/classes: a class-data-sharing archive only takes classes from jars.
JAR=$(ls "$HERE"/target/docket-bench-*.jar 2>/dev/null | head -n 1 || true)
[[ -n $JAR && -f $HERE/target/bench.classpath ]] || {
  echo "build first: mvn -B -o -pl integration-tests/bench -am package -DskipTests" >&2; exit 2; }
export DOCKET_CP=$JAR:$(cat "$HERE/target/bench.classpath")
export DOCKET_JAVA_OPTS=${DOCKET_JAVA_OPTS:--Xmx200m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
export TOOLS=${TOOLS:-make ninja snakemake docket docket-inproc docket-cds}

KIT=$(mktemp -d "${TMPDIR:-/tmp}/docket-bench-kit.XXXXXX")
trap 'rm -rf "$KIT"' EXIT
cp "$PEERS/gen_dag.py" "$KIT/"
# docket-cds: one untimed training run (a fan of 1,000 tasks, planned and run from scratch)
# whose loaded classes the JVM archives at exit (Java 17's dynamic AppCDS).
export DOCKET_CDS=$KIT/docket.jsa
if [[ " $TOOLS " == *" docket-cds "* ]]; then
  mkdir -p "$KIT/train/out"
  (cd "$KIT/train" && timeout -k 10 300 java $DOCKET_JAVA_OPTS -XX:ArchiveClassesAtExit="$DOCKET_CDS" \
    -cp "$DOCKET_CP" dev.docket.bench.BenchMain run Top --n 1000 --workers 2 >/dev/null 2>&1) || true
  [[ -f $DOCKET_CDS ]] || { echo "could not create the AppCDS archive $DOCKET_CDS" >&2; exit 1; }
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
      words=(java $DOCKET_JAVA_OPTS)
      [[ $1 == docket-cds ]] && words+=(-XX:SharedArchiveFile="$DOCKET_CDS")
      words+=(-cp "$DOCKET_CP" dev.docket.bench.BenchMain run "${target[@]}")
      [[ $1 == docket-inproc ]] && words+=(--action inproc)
      if [[ $2 == dryrun ]]; then words+=(--dry-run); else words+=(--workers "$JOBS"); fi ;;
'''
open(dst, "w").write(text.replace(anchor, docket + anchor))
PY
chmod +x "$KIT/run-peers.sh"
"$KIT/run-peers.sh" "$@"
