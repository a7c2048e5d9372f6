#!/usr/bin/env bash
# A Docker daemon for the docker sandbox's tests: Debian's docker.io, listening only on a unix
# socket under one directory, with none of its networking (no iptables rules, no bridge), so it
# changes nothing on the machine outside that directory. Containers then run with
# `--network none`. Idempotent: installs nothing that is present, restarts nothing that is up.
#   bash scripts/docker-up.sh        # install docker.io if needed, start dockerd, wait for it
#   bash scripts/docker-up.sh stop   # stop the dockerd this script started (by its PID)
# Env knob: DOCKET_DOCKER_DIR (default /tmp/docket-docker). The socket is $DIR/docker.sock;
# the tests and a docket.cfg reach it with
#   [sandbox.docker]  host = unix:///tmp/docket-docker/docker.sock
# or DOCKER_HOST=unix:///tmp/docket-docker/docker.sock for the docker command itself.
set -euo pipefail
DIR=${DOCKET_DOCKER_DIR:-/tmp/docket-docker}
SOCK=$DIR/docker.sock
PIDF=$DIR/dockerd.pid

alive() { [ -s "$PIDF" ] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }

if [ "${1:-}" = stop ]; then
  if alive; then
    pid=$(cat "$PIDF"); kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" || true
    echo "stopped dockerd ($pid)"
  fi
  rm -f "$PIDF"; exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -q docker.io >/dev/null
fi

mkdir -p "$DIR"
if ! alive; then
  rm -f "$SOCK"
  # dockerd starts its own containerd under --exec-root; everything it keeps is under $DIR.
  setsid nohup dockerd \
      --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false --bridge=none \
      --host "unix://$SOCK" --data-root "$DIR/root" --exec-root "$DIR/exec" \
      --pidfile "$DIR/dockerd.pid.own" \
      >"$DIR/dockerd.log" 2>&1 </dev/null &
  echo $! > "$PIDF"
fi

# Ready when the daemon answers on its socket (docker.io's own client: it matches the daemon).
client=/usr/bin/docker
[ -x "$client" ] || client=docker
for _ in $(seq 1 300); do
  if "$client" -H "unix://$SOCK" version >/dev/null 2>&1; then
    echo "dockerd up on unix://$SOCK (pid $(cat "$PIDF"))"
    exit 0
  fi
  alive || { echo "dockerd exited; its log:" >&2; tail -20 "$DIR/dockerd.log" >&2; exit 1; }
  sleep 0.2
done
echo "dockerd did not answer on $SOCK within 60 s; its log: $DIR/dockerd.log" >&2
exit 1
