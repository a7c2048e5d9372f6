#!/usr/bin/env bash
# The S3 figures of docs/storage.md against the s3proxy of scripts/s3-up.sh:
#   1. a 1 GB file up and down through Docket's S3 backend, beside curl's PUT and GET of the
#      same file (curl --aws-sigv4 with an unsigned payload: the plain tool's best case), three
#      rounds; each round also uploads it as a multipart upload (parts of 64 MiB, 4 at a time);
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
curl_s3() { curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$USER_PASS" -H "x-amz-content-sha256: UNSIGNED-PAYLOAD" "$@"; }
for round in 1 2 3; do
  start=$(date +%s.%N); curl_s3 -T "$work/big.bin" "$url" >/dev/null; end=$(date +%s.%N)
  echo "curl upload   $(echo "$end - $start" | bc) s  $(echo "$MB / ($end - $start)" | bc) MB/s"
  start=$(date +%s.%N); curl_s3 -o "$work/back.bin" "$url"; end=$(date +%s.%N)
  echo "curl download $(echo "$end - $start" | bc) s  $(echo "$MB / ($end - $start)" | bc) MB/s"
  rm -f "$work/back.bin"
  java -cp "$cp" dev.docket.backends.s3.S3Measure copy "$work/big.bin"
  echo "as a multipart upload:"
  java -Ds3.threshold=64 -cp "$cp" dev.docket.backends.s3.S3Measure copy "$work/big.bin" | grep upload
done
curl_s3 -X DELETE "$url" >/dev/null || true
java -cp "$cp" dev.docket.backends.s3.S3Measure listing "$FILES"
# The server's own time for one listing request of that directory, by curl, at 1,000 keys and at 10.
for keys in 1000 10; do
  start=$(date +%s.%N)
  curl_s3 -o /dev/null "http://127.0.0.1:$PORT/$BUCKET?list-type=2&max-keys=$keys&prefix=measure-listing-$FILES"
  end=$(date +%s.%N); echo "curl: one listing request of $keys keys $(echo "$end - $start" | bc) s"
done
