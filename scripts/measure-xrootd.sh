#!/usr/bin/env bash
# Measures the XRootD backend against the server of scripts/xrootd-up.sh (figures in
# docs/storage.md, "XRootD"):
#   1. Existence of N files (default 10000) in one directory: one listing, as the runtime checks
#      a workflow's outputs, against a stat per file, both through the backend's client
#      (PER_FILE=1: the xrdfs way, one process per request); then RUNS rounds of pairs, each
#      way once per round, medians at the end: the same per-file stats in a single xrdfs
#      session (law's in-process way: no process starts, one request per file), the listing of
#      the backend's JVM client (cold in a fresh JVM, then warm) and of its xrdfs path
#      (jvm-client = false), and xrdfs ls -l alone; and the requests each way puts on the wire
#      (xrdfs's counted in the client library's Dump log, the JVM client's through a relay).
#   2. Copy throughput of a SIZE_MB file (default 1024): the backend's upload (xrdcp to a
#      temporary name, then xrdfs mv) and download against plain xrdcp, best of RUNS (default 3).
# Usage (server up, module built):
#   mvn -B -o package -pl backends/xrootd -am -DskipTests && scripts/measure-xrootd.sh
# Env: N, SIZE_MB, RUNS, PER_FILE=0 (skip the slow stat per file through the backend's xrdfs
# path, ~11 min at 10,000), COPY=0 (skip the copies), and XRD_HOME/XRD_DATA/XRD_PORT as for xrootd-up.sh. The N files are made
# directly in the server's data directory (10,000 uploads would only measure uploads).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
SIZE_MB=${SIZE_MB:-1024}
RUNS=${RUNS:-3}
DATA=${XRD_DATA:-${XRD_HOME:-/tmp/docket-xrootd}/data}
PORT=${XRD_PORT:-1094}
SERVER=root://localhost:$PORT
CP=runtime/target/classes:backends/xrootd/target/classes
[ -d backends/xrootd/target/classes ] || { echo "build first: mvn -B -o package -pl backends/xrootd -am -DskipTests" >&2; exit 2; }
bash scripts/xrootd-up.sh status >/dev/null || { echo "start the server first: scripts/xrootd-up.sh" >&2; exit 2; }

dir=/docket-measure/n$N
rm -rf "${DATA:?}$dir"
mkdir -p "$DATA$dir"
(cd "$DATA$dir" && seq -f 'f%05g.root' 0 $((N - 1)) | xargs touch)
chown -R xrootd:xrootd "$DATA/docket-measure"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

echo "== existence of $N files in $SERVER/$dir"
if [ "${PER_FILE:-1}" = 1 ]; then
  java -cp "$CP" scripts/MeasureXrootd.java exists "$SERVER/$dir/" "$N" tools
fi

# Rounds of pairs, alternating, each way once per round; medians at the end. The JVM client's
# listing runs 3 times in a fresh JVM (the first one cold: class loading, connection, login).
stats=$(mktemp)
results=$(mktemp)
seq -f "stat $dir/f%05g.root" 0 $((N - 1)) > "$stats"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for round in $(seq 1 "$RUNS"); do
  echo "-- round $round, load average $(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s%N)
  found=$(xrdfs "$SERVER" < "$stats" | grep -c '^Size:' || true)
  echo "stats-one-xrdfs-session $(ms "$start") $found" | tee -a "$results"
  java -cp "$CP" scripts/MeasureXrootd.java listing "$SERVER/$dir/" "$N" 3 jvm \
    | awk -v r="$results" '{ w = NR == 1 ? "jvm-listing-cold" : "jvm-listing-warm";
        print w, $2, $4; print w, $2, $4 >> r }'
  java -cp "$CP" scripts/MeasureXrootd.java exists "$SERVER/$dir/" "$N" jvm \
    | awk -v r="$results" '$1 == "stat-per-file" { print "jvm-stat-per-file", $2, $4;
        print "jvm-stat-per-file", $2, $4 >> r }'
  java -cp "$CP" scripts/MeasureXrootd.java listing "$SERVER/$dir/" "$N" 2 tools \
    | awk -v r="$results" '{ w = NR == 1 ? "tools-listing-cold" : "tools-listing-warm";
        print w, $2, $4; print w, $2, $4 >> r }'
  start=$(date +%s%N)
  lines=$(xrdfs "$SERVER" ls -l "$dir" | wc -l)
  echo "xrdfs-ls-l-alone $(ms "$start") $lines" | tee -a "$results"
  start=$(date +%s%N)
  xrdfs "$SERVER" stat /docket-measure >/dev/null
  echo "xrdfs-one-stat $(ms "$start") 1" | tee -a "$results"
done
echo "== medians of $RUNS rounds (ms; all values), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
for what in stats-one-xrdfs-session jvm-stat-per-file jvm-listing-cold jvm-listing-warm tools-listing-cold \
    tools-listing-warm xrdfs-ls-l-alone xrdfs-one-stat; do
  awk -v w="$what" '$1 == w { print $2 }' "$results" | sort -n \
    | awk -v w="$what" '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        s = ""; for (i = 1; i <= NR; i++) s = s " " v[i]; printf "%-22s %8.0f  (%s )\n", w, m, s }'
done

requests() { grep -c 'Wrote a message: kXR_' || true; }
echo "requests on the wire: xrdfs ls -l $(XRD_LOGLEVEL=Dump xrdfs "$SERVER" ls -l "$dir" 2>&1 >/dev/null | requests)," \
  "one xrdfs stat $(XRD_LOGLEVEL=Dump xrdfs "$SERVER" stat "$dir/f00000.root" 2>&1 >/dev/null | requests)" \
  "(plus a handshake and a login per process), stats in one session" \
  "$(XRD_LOGLEVEL=Dump xrdfs "$SERVER" < "$stats" 2>&1 >/dev/null | requests)"
java -cp "$CP" scripts/MeasureXrootd.java wire "$SERVER/$dir/" "$N"
rm -f "$stats" "$results"

[ "${COPY:-1}" = 1 ] || { rm -rf "${DATA:?}/docket-measure"; exit 0; }
echo "== copy of a $SIZE_MB MiB file, best of $RUNS"
work=$(mktemp -d /tmp/docket-measure-XXXX)
trap 'rm -rf "$work"' EXIT
head -c $((SIZE_MB * 1048576)) /dev/urandom > "$work/big.bin"
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s%N); xrdcp -f --nopbar "$work/big.bin" "$SERVER//docket-measure/plain.bin"
  echo "xrdcp-upload $(( ($(date +%s%N) - start) / 1000000 )) ms"
  start=$(date +%s%N); xrdcp -f --nopbar "$SERVER//docket-measure/plain.bin" "$work/plain-back.bin"
  echo "xrdcp-download $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
java -cp "$CP" scripts/MeasureXrootd.java copy "$work/big.bin" "$SERVER//docket-measure/docket.bin" "$RUNS"
cmp "$work/big.bin" "$work/plain-back.bin"
rm -rf "${DATA:?}/docket-measure"
