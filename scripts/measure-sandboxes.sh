#!/usr/bin/env bash
# Measures what a sandbox adds to one trivial task (docs/sandboxes.md, "Costs"): the test task
# ImageFile of integration-tests (reads one file, writes one line) is run through the generated
# main, `run ImageFile --name <new>`, once in place (--no-sandbox) and once in the sandbox, in
# turn, $REPS times (default 7; after one warm-up pair that is not counted). Pairing keeps the
# difference meaningful when the machine's speed drifts. Prints, per sandbox, the medians of the
# wall time of the sandboxed and of the in-place run, of the pairs' differences in wall time (what
# the sandbox adds: its tool, the second JVM's start, binding) and in CPU time (user + system of
# every process the run waits for: for docker and podman that leaves out the container's own
# processes, which the daemon or conmon starts), with the load average before and after. Kinds
# whose tool or image is missing are skipped with the reason.
#
# Needs the integration tests' classes: mvn -B -o verify -pl integration-tests -am -DskipTests
# (target/classes, target/test-classes, target/analysis.classpath); the images from
# scripts/docker-up.sh and scripts/sandbox-image.sh; python3-venv for venv::.
#   bash scripts/measure-sandboxes.sh [KIND...]   # KIND: bash venv docker podman bwrap singularity
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-7}
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(bash venv docker podman bwrap singularity)
target=$repo/integration-tests/target
[ -s "$target/analysis.classpath" ] && [ -d "$target/test-classes/org/example/sandbox" ] || {
  echo "build the integration tests first: mvn -B -o verify -pl integration-tests -am -DskipTests" >&2; exit 2; }
classpath=$target/test-classes:$target/classes:$(cat "$target/analysis.classpath")
sock=${DOCKET_DOCKER_DIR:-/tmp/docket-docker}/docker.sock
root=${DOCKET_SANDBOX_DIR:-/tmp/docket-sandbox}/rootfs
standin=$repo/backends/sandbox-singularity/src/test/resources/stand-in/singularity

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo 'export SANDBOX_MARK=measured' > setup.sh

available() {
  case $1 in
    bash) echo "bash::setup.sh";;
    venv) python3 -m venv --without-pip venv >/dev/null 2>&1 && echo "venv::venv" || echo "SKIP python3 -m venv fails";;
    docker) docker -H "unix://$sock" image inspect local/docket-test:1 >/dev/null 2>&1 \
              && echo "docker::local/docket-test:1" || echo "SKIP no docker daemon with the test image";;
    podman) podman --runtime runc --cgroup-manager=cgroupfs image exists local/docket-test:1 2>/dev/null \
              && echo "podman::local/docket-test:1" || echo "SKIP no podman with the test image";;
    bwrap) command -v bwrap >/dev/null && [ -d "$root" ] && echo "bwrap::$root" || echo "SKIP no bwrap or no $root";;
    singularity) command -v bwrap >/dev/null && [ -d "$root" ] && echo "singularity::$root" || echo "SKIP no bwrap or no $root";;
    *) echo "SKIP unknown kind";;
  esac
}

config() {
  cat > docket.cfg <<CFG
[core]
store = store
[ImageFile]
sandbox = $1
[sandbox.docker]
global-options = -H unix://$sock
options = --network none
[sandbox.podman]
global-options = --runtime runc --cgroup-manager=cgroupfs
options = --network none --ulimit nofile=4096:4096 --ulimit nproc=4096:4096
[sandbox.singularity]
executable = $standin
CFG
}

n=0
seconds() {  # run ImageFile --name $1 (a new one: else it is complete); prints "wall cpu" seconds
  local TIMEFORMAT='%R %U %S' times
  times=$( { time java -cp "$classpath" org.example.params.ParamsMain run ImageFile --name "$@" \
    >run.log 2>&1 || touch failed; } 2>&1 )
  [ ! -e failed ] || { echo "run failed:" >&2; cat run.log >&2; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$times"
}
pair() {  # a sandboxed run and an in-place run, new names from $1: "wall cpu wall cpu"
  local a b
  a=$(seconds "s$1") || exit 1
  b=$(seconds "p$1" --no-sandbox) || exit 1
  echo "$a $b"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'sandbox,sandboxed_wall_s,in_place_wall_s,added_wall_s,added_cpu_s,pairs\n'
for kind in "${kinds[@]}"; do
  spec=$(available "$kind")
  case $spec in SKIP*) echo "$kind,skipped: ${spec#SKIP }"; continue;; esac
  config "$spec"
  n=$((n + 1)); pair "$n" >/dev/null   # warm-up: caches, the bash capture
  : > in.txt; : > out.txt; : > diff.txt; : > cpu.txt
  for _ in $(seq "$reps"); do
    n=$((n + 1)); read -r a ac b bc <<<"$(pair "$n")"
    echo "$a" >> in.txt; echo "$b" >> out.txt
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f\n", a - b }' >> diff.txt
    awk -v a="$ac" -v b="$bc" 'BEGIN { printf "%.3f\n", a - b }' >> cpu.txt
  done
  printf '%s,%s,%s,%s,%s,%s\n' "$spec" "$(median < in.txt)" "$(median < out.txt)" "$(median < diff.txt)" \
    "$(median < cpu.txt)" "$reps"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
