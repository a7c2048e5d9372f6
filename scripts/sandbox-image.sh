#!/usr/bin/env bash
# The small test image of the container sandboxes, built from a local root file system (no
# registry is needed, nothing is downloaded but Debian's busybox-static when it is missing):
# busybox for a shell and the usual tools, the C libraries that the host's JDK needs (the JDK
# itself is bound in at run time, as Docket does for every container sandbox), and one file
# that only the image has, /opt/docket-test/only-in-image.txt, for the tests to look for.
#   bash scripts/sandbox-image.sh            # the directory image, then docker and podman if present
#   bash scripts/sandbox-image.sh dir        # only the directory image (bwrap::, singularity stand-in)
#   bash scripts/sandbox-image.sh docker     # ... and `docker import` it as local/docket-test:1
#   bash scripts/sandbox-image.sh podman     # ... and `podman import` it as local/docket-test:1
# Idempotent: a part that exists is kept (FORCE=1 rebuilds all). Env knobs: DOCKET_SANDBOX_DIR
# (default /tmp/docket-sandbox; the directory image is $DIR/rootfs), DOCKET_SANDBOX_IMAGE
# (local/docket-test:1), DOCKET_DOCKER_DIR (where scripts/docker-up.sh keeps its socket),
# JAVA_HOME (the JDK whose libraries are copied; default: the java on PATH).
set -euo pipefail
DIR=${DOCKET_SANDBOX_DIR:-/tmp/docket-sandbox}
ROOT=$DIR/rootfs
IMAGE=${DOCKET_SANDBOX_IMAGE:-local/docket-test:1}
SOCK=${DOCKET_DOCKER_DIR:-/tmp/docket-docker}/docker.sock
WHAT=${1:-all}
FORCE=${FORCE:-0}
case $WHAT in dir|docker|podman|all) ;; *) echo "usage: $0 [dir|docker|podman|all]" >&2; exit 2;; esac

java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

build_rootfs() {
  if ! command -v busybox >/dev/null 2>&1 || ! busybox --list >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 install -y -q busybox-static >/dev/null 2>&1 || {
      apt-get -o DPkg::Lock::Timeout=300 update -qq
      apt-get -o DPkg::Lock::Timeout=300 install -y -q busybox-static >/dev/null; }
  fi
  local jdk new=$DIR/rootfs.new
  jdk=$(java_home)
  rm -rf "$new"
  mkdir -p "$new"/{bin,etc,tmp,proc,sys,dev,root,opt/docket-test,usr/lib/jvm}
  chmod 1777 "$new/tmp"
  cp "$(readlink -f "$(command -v busybox)")" "$new/bin/busybox"
  for applet in $(busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$new/bin/$applet"
  done
  # The C libraries of the JDK's launcher and of the libraries every JVM loads (not AWT's).
  local lib
  for lib in $(ldd "$jdk/bin/java" "$jdk/lib/server/libjvm.so" "$jdk"/lib/lib{java,jli,zip,nio,net,jimage,verify}.so \
      | awk '$1 ~ /^\// {print $1} $3 ~ /^\// {print $3}' | sort -u); do
    case $lib in "$jdk"/*) continue;; esac
    mkdir -p "$new$(dirname "$lib")"
    cp -L "$lib" "$new$lib"
  done
  # Mount points of what Docket binds in from the host: its JDK and the JDK's /etc files.
  mkdir -p "$new$jdk" "$new/etc/java-17-openjdk"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$new/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$new/etc/group"
  echo "docket-test image 1: this file exists only inside the image" > "$new/opt/docket-test/only-in-image.txt"
  ldconfig -r "$new" 2>/dev/null || true
  rm -rf "$ROOT"
  mv "$new" "$ROOT"
}

if [ "$FORCE" = 1 ] || [ ! -e "$ROOT/opt/docket-test/only-in-image.txt" ]; then
  build_rootfs
fi
echo "directory image: $ROOT"

if [ "$WHAT" = docker ] || [ "$WHAT" = all ]; then
  if [ -S "$SOCK" ]; then
    docker=(docker -H "unix://$SOCK")
  else
    docker=(docker)
  fi
  if ! command -v docker >/dev/null 2>&1 || ! "${docker[@]}" version >/dev/null 2>&1; then
    [ "$WHAT" = docker ] && { echo "no docker daemon answers: start one with scripts/docker-up.sh" >&2; exit 1; }
    echo "docker: skipped (no daemon answers; scripts/docker-up.sh starts one)"
  else
    if [ "$FORCE" = 1 ] || ! "${docker[@]}" image inspect "$IMAGE" >/dev/null 2>&1; then
      tar -C "$ROOT" -c . | "${docker[@]}" import - "$IMAGE" >/dev/null
    fi
    echo "docker image: $IMAGE"
  fi
fi

if [ "$WHAT" = podman ] || [ "$WHAT" = all ]; then
  # This machine's podman needs runc and cgroupfs (no systemd); the same options as the tests'.
  podman=(podman --runtime runc --cgroup-manager=cgroupfs)
  if ! command -v podman >/dev/null 2>&1; then
    [ "$WHAT" = podman ] && { echo "podman is not on PATH: apt-get install podman" >&2; exit 1; }
    echo "podman: skipped (not installed)"
  else
    if [ "$FORCE" = 1 ] || ! "${podman[@]}" image exists "$IMAGE"; then
      tar -C "$ROOT" -c . | "${podman[@]}" import --quiet - "$IMAGE" >/dev/null
    fi
    echo "podman image: $IMAGE"
  fi
fi
