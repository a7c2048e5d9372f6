#!/usr/bin/env bash
# A standalone XRootD server (Debian 12's xrootd-server) on loopback, without authentication,
# serving one local directory read-write: the server the XRootD storage tests write to and a
# user's playground for [fs.<name>] sections with base = root://localhost:1094//<path>.
# Idempotent: installs only what is missing and starts only what is not running.
#   bash scripts/xrootd-up.sh            # install (if needed), start (if not running), print the URL
#   bash scripts/xrootd-up.sh stop       # stop the server this script started (by its PID)
#   bash scripts/xrootd-up.sh restart    # stop, then start on the same data (fault tests)
#   bash scripts/xrootd-up.sh status     # exit 0 and print the URL when it answers, else exit 1
# Env knobs: XRD_HOME (default /tmp/docket-xrootd), XRD_DATA (default $XRD_HOME/data),
#            XRD_PORT (default 1094), XRD_SEC (a security protocol clients must log in with,
#            e.g. unix; default none: the fallback tests need a server that asks for one).
set -euo pipefail

HOME_DIR=${XRD_HOME:-/tmp/docket-xrootd}
DATA=${XRD_DATA:-$HOME_DIR/data}
PORT=${XRD_PORT:-1094}
SEC=${XRD_SEC:-}
PIDFILE=$HOME_DIR/xrootd.pid
URL="root://localhost:$PORT//"

running() { [ -s "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

# A client that finds the port closed marks the host bad for XRD_CONNECTIONWINDOW (120 s by
# default) per try, so the probe asks for short windows and few tries.
answers() {
  XRD_CONNECTIONWINDOW=2 XRD_CONNECTIONRETRY=2 XRD_REQUESTTIMEOUT=10 \
    xrdfs "root://localhost:$PORT" stat / >/dev/null 2>&1
}

stop() {
  if running; then
    local pid; pid=$(cat "$PIDFILE")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "xrootd stopped (pid $pid)"
  fi
  rm -f "$PIDFILE"
}

install_packages() {
  command -v xrootd >/dev/null && command -v xrdfs >/dev/null && command -v xrdcp >/dev/null && return
  export DEBIAN_FRONTEND=noninteractive
  # Other installs may hold the dpkg lock for a while; wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    xrootd-server xrootd-client >/dev/null
}

configure() {
  mkdir -p "$HOME_DIR/admin" "$HOME_DIR/run" "$DATA"
  cat > "$HOME_DIR/xrootd.cfg" <<EOF
# written by scripts/xrootd-up.sh
xrd.port $PORT
# xrootd has no bind directive: it listens on every IPv4 address, and only loopback clients
# are let in.
xrd.allow host localhost
xrd.allow host 127.0.0.1
# No acc.authdb: everyone may read and write; no sec.protocol unless XRD_SEC names one.
${SEC:+xrootd.seclib libXrdSec.so
sec.protocol $SEC}
all.export /
oss.localroot $DATA
all.adminpath $HOME_DIR/admin
all.pidpath $HOME_DIR/run
xrootd.trace emsg login
EOF
  # xrootd refuses to serve as root; -R below makes it the xrootd user, which must own the data.
  chown -R xrootd:xrootd "$HOME_DIR"
}

start() {
  install_packages
  configure
  if ! running; then
    # -I v4: loopback IPv4 only resolves cleanly on this machine kind. The PID of setsid's
    # child is xrootd's own (it does not fork without -b).
    setsid nohup /usr/bin/xrootd -c "$HOME_DIR/xrootd.cfg" -l "$HOME_DIR/xrootd.log" \
      -R xrootd -I v4 -p "$PORT" >"$HOME_DIR/xrootd.out" 2>&1 </dev/null &
    echo $! > "$PIDFILE"
  fi
  # Wait for the TCP port before the first xrdfs (see answers()).
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    running || break
    sleep 0.1
  done
  if answers; then
    echo "xrootd up: $URL -> $DATA (pid $(cat "$PIDFILE"))"
    return
  fi
  echo "xrootd did not come up on port $PORT; its log:" >&2
  cat "$HOME_DIR/xrootd.out" >&2 || true
  tail -n 30 "$HOME_DIR"/xrootd.log* >&2 || true
  exit 1
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status)
    if running && answers; then echo "xrootd up: $URL -> $DATA (pid $(cat "$PIDFILE"))"; else
      echo "xrootd is not running (start it with scripts/xrootd-up.sh)" >&2; exit 1; fi ;;
  *) echo "usage: $0 [start|stop|restart|status]" >&2; exit 2 ;;
esac
