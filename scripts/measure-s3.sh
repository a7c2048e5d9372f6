#!/usr/bin/env bash
# The S3 figures of docs/storage.md against the s3proxy of scripts/s3-up.sh:
#   1. a 1 GB file up and down through Docket's S3 backend, beside curl's PUT and GET of the
#      same file (curl --aws-sigv4 with an unsigned payload: the plain tool's best case), three
#      rounds, wall and CPU time (user + sys) of each, the backend's speed as a share of curl's;
#      each of the backend's transfers is the first one of a fresh JVM (a download timed from
#      opening the storage, an upload from when the SDK's client is built; the whole process,
#      JVM start included, shown beside), each transfer of either starts after a sync;
#      each round also uploads it as a multipart upload (parts of 64 MiB, 4 at a time); then
#      downloads alone by curl, the SDK's path and the direct one in turn (S3Measure pairs);
#   2. the existence of 10,000 objects in one directory: one listing vs one HEAD per object.
#   bash scripts/s3-up.sh && bash scripts/measure-s3.sh [SIZE_MB] [FILES]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1000}
FILES=${2:-10000}
PORT=${S3_PORT:-9000}
BUCKET=${S3_BUCKET:-docket-ci}
USER_PASS=${S3_IDENTITY:-docket-ci}:${S3_CREDENTIAL:-docket-ci-secret}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

mvn -B -o -q test-compile dependency:build-classpath -pl backends/s3 -am \
  -Dmdep.outputFile=target/measure.classpath -Dmdep.includeScope=test >/dev/null
cp="backends/s3/target/test-classes:backends/s3/target/classes:$(cat backends/s3/target/measure.classpath)"

head -c "${MB}000000" /dev/urandom > "$work/big.bin"
url="http://127.0.0.1:$PORT/$BUCKET/measure/curl.bin"
curl_args=(-sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$USER_PASS" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD")
curl_s3() { curl "${curl_args[@]}" "$@"; }
# "WALL USER SYS" of a command (its output discarded), as /usr/bin/time measures them.
timed() { /usr/bin/time -f "%e %U %S" "$@" 2>&1 >/dev/null | tail -1; }
show() { awk -v mb="$MB" -v what="$1" '{ printf "%-14s %.2f s  %.0f MB/s  cpu %.2f s (user %.2f, sys %.2f)\n", what, $1, mb / $1, $2 + $3, $2, $3 }'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
# Each transfer starts after a sync (untimed), so that no earlier write-back of the gigabytes just
# written runs under it: the same start for curl and for the backend.
pct() { awk -v c="$1" -v d="$2" -v r="$3" -v what="$4" 'BEGIN { printf "round %s %-9s backend at %.0f %% of curl'"'"'s speed\n", r, what ":", 100 * c / d }'; }
backend() { # the backend's first transfer in a fresh JVM: its own line, then the whole process's
  /usr/bin/time -f "%e %U %S" -o "$work/jvm.time" java -cp "$cp" dev.docket.backends.s3.S3Measure "$@"
  awk '{ printf "  (the whole process, JVM start included: %.2f s, cpu %.2f s)\n", $1, $2 + $3 }' "$work/jvm.time"
}
for round in 1 2 3; do
  sync; up=$(timed curl "${curl_args[@]}" -T "$work/big.bin" "$url"); echo "$up" | show "curl upload"
  sync; docket_up=$(backend upload "$work/big.bin"); echo "$docket_up"
  sync; down=$(timed curl "${curl_args[@]}" -o "$work/back.bin" "$url"); echo "$down" | show "curl download"
  rm -f "$work/back.bin"
  sync; docket_down=$(backend download "$work/big.bin"); echo "$docket_down"
  # Speed of the backend against curl's: curl's time over the backend's (the goal is >= 80 %).
  pct "${up%% *}" "$(awk '/docket s3 upload/ { print $4 }' <<<"$docket_up")" "$round" upload
  pct "${down%% *}" "$(awk '/docket s3 download/ { print $4 }' <<<"$docket_down")" "$round" download
  echo "as a multipart upload (upload and download in one JVM):"
  sync; java -Ds3.threshold=64 -cp "$cp" dev.docket.backends.s3.S3Measure copy "$work/big.bin" | grep upload
done
# Downloads only, in one JVM: curl, the SDK's path (https endpoints) and the direct one (http) in
# turn, three rounds, medians; what the loaded machine disturbs least.
java -cp "$cp" dev.docket.backends.s3.S3Measure pairs "$work/big.bin" 3
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
curl_s3 -X DELETE "$url" >/dev/null || true
java -cp "$cp" dev.docket.backends.s3.S3Measure listing "$FILES"
# The server's own time for one listing request of that directory, by curl, at 1,000 keys and at 10.
for keys in 1000 10; do
  start=$(date +%s.%N)
  curl_s3 -o /dev/null "http://127.0.0.1:$PORT/$BUCKET?list-type=2&max-keys=$keys&prefix=measure-listing-$FILES"
  end=$(date +%s.%N); echo "curl: one listing request of $keys keys $(echo "$end - $start" | bc) s"
done
