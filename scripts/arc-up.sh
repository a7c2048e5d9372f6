#!/usr/bin/env bash
# A real ARC CE 6.17 (Debian 12's nordugrid-arc packages) on this machine, for the ARC backend's
# tests and for a user who wants to try --workflow arc: A-REX with the fork LRMS (jobs run as
# child processes on this machine), its REST and EMI-ES interfaces on https://localhost:443/arex
# (bound to 127.0.0.1), a test CA made by arcctl, a user certificate for root signed by it and
# an ARC proxy for submitting. No systemd: the daemons are started with ARC's own start scripts
# and stopped by the PIDs they write.
# Idempotent: installs only what is missing and starts only what is not running.
#   bash scripts/arc-up.sh            # install (if needed), start (if not running), wait until
#                                     # the CE reports itself healthy, print the CE URL
#   bash scripts/arc-up.sh stop       # stop the two arched daemons this script started
#   bash scripts/arc-up.sh status     # exit 0 and print the URL when the CE is healthy, else exit 1
# Jobs are mapped to the local user nobody (the package's default, kept): they see the files
# that nobody may read and write where nobody may write (see docs/workflows.md, "ARC").
# Timings on a 2-core machine: install ~2.5 min, start ~15 s, then ~60 s until the information
# system first reports HealthState ok (submitting before that fails).
# Env knobs: ARC_HOME (default /tmp/docket-arc: configuration, logs), ARC_WAIT (default 300 s).
set -euo pipefail

HOME_DIR=${ARC_HOME:-/tmp/docket-arc}
WAIT=${ARC_WAIT:-300}
CONF=$HOME_DIR/arc.conf
CONTROL=/var/spool/arc/jobstatus
URL=https://localhost:443/arex
AREX_PID=/run/arched-arex.pid
WS_PID=/run/arched-arex-ws.pid
export ARC_CONFIG=$CONF

alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
running() { alive "$AREX_PID" && alive "$WS_PID"; }

# The information system rewrites info.xml about once a minute; "ok" only once arched answers.
healthy() {
  [ -f "$CONTROL/info.xml" ] && grep -q '<HealthState>ok</HealthState>' "$CONTROL/info.xml" \
    && ! grep -q '<HealthState>critical</HealthState>' "$CONTROL/info.xml"
}

stop_one() {
  local pidfile=$1
  if alive "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    echo "arched stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

stop() {
  stop_one "$WS_PID"
  stop_one "$AREX_PID"
}

install_packages() {
  command -v arcsub >/dev/null && [ -x /usr/share/arc/arc-arex-ws-start ] && command -v arcctl >/dev/null \
    && return
  export DEBIAN_FRONTEND=noninteractive
  # Other installs may hold the dpkg lock for a while; wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    nordugrid-arc-arex nordugrid-arc-client nordugrid-arc-plugins-arcrest \
    nordugrid-arc-arcctl nordugrid-arc-plugins-needed >/dev/null
}

configure() {
  mkdir -p "$HOME_DIR"
  # The package's postinst made the test CA and a host certificate; make them if it did not.
  if [ ! -f /etc/grid-security/testCA-hostcert.pem ]; then
    arcctl test-ca init
    arcctl test-ca hostcert
  fi
  cat > "$CONF" <<EOF
# written by scripts/arc-up.sh: the package's /etc/arc.conf, on localhost
[common]
hostname = localhost
x509_host_key = /etc/grid-security/testCA-hostkey.pem
x509_host_cert = /etc/grid-security/testCA-hostcert.pem

[authgroup:zero]
file = /etc/grid-security/testCA.allowed-subjects

# Every user of the test CA runs jobs as nobody, the package's default.
[mapping]
map_to_user = zero nobody:nobody

[lrms]
lrms = fork

[arex]

[arex/ws]
wsurl = $URL

[arex/ws/jobs]
allowaccess = zero

[infosys]

[infosys/glue2]

[infosys/cluster]

[queue:fork]
EOF
  # A user certificate for root, allowed by the CA's list, and a proxy made from it.
  # The CA is named after the hostname it was made with (the package's postinst used the
  # machine's, not arc.conf's localhost): name it, or arcctl looks for localhost's CA.
  if [ ! -f "$HOME/.globus/usercert.pem" ]; then
    local ca
    ca=$(ls /etc/grid-security/certificates | sed -n 's/^ARC-TestCA-\(.*\)-key\.pem$/\1/p' | head -1)
    (cd "$HOME_DIR" && arcctl test-ca ${ca:+--ca-id "$ca"} usercert -i root)
  fi
  # ARC's start script makes 4096-bit DH parameters in the background, minutes of CPU on a
  # small machine; the standard ffdhe2048 group serves a test CE as well.
  mkdir -p "$CONTROL"
  if [ ! -s "$CONTROL/dhparam.pem" ]; then
    (umask 0177 && openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe2048 -out "$CONTROL/dhparam.pem")
  fi
  # arched's web service listens on every interface unless told otherwise: a copy of ARC's
  # start script that binds it to 127.0.0.1.
  sed 's#<tcp:Listen><tcp:Port>#<tcp:Listen><tcp:Interface>127.0.0.1</tcp:Interface><tcp:Port>#' \
    /usr/share/arc/arc-arex-ws-start > "$HOME_DIR/arc-arex-ws-start"
  grep -q '<tcp:Interface>127.0.0.1' "$HOME_DIR/arc-arex-ws-start"
}

proxy() {
  # A proxy valid for at least 6 more hours (arcproxy makes 12).
  local left
  left=$(arcproxy -i validityLeft 2>/dev/null || echo 0)
  if [ "${left:-0}" -lt 21600 ]; then
    arcproxy >/dev/null
  fi
}

start() {
  install_packages
  local started
  started=$(date +%s)
  if ! running; then
    stop # one of the two may be left over
    configure
    rm -f "$CONTROL/info.xml"
    (cd "$HOME_DIR" && /usr/share/arc/arc-arex-start >"$HOME_DIR/arex-start.out" 2>&1) || {
      echo "A-REX did not start:" >&2; cat "$HOME_DIR/arex-start.out" >&2; tail -n 30 /var/log/arc/arex.log >&2; exit 1; }
    (cd "$HOME_DIR" && bash "$HOME_DIR/arc-arex-ws-start" >"$HOME_DIR/ws-start.out" 2>&1) || {
      echo "A-REX's web service did not start:" >&2; cat "$HOME_DIR/ws-start.out" >&2
      tail -n 30 /var/log/arc/ws-interface.log >&2; exit 1; }
  fi
  proxy
  until healthy; do
    if ! running; then
      echo "arched stopped while starting; its logs:" >&2
      tail -n 30 /var/log/arc/arex.log /var/log/arc/ws-interface.log >&2 || true
      exit 1
    fi
    if [ $(( $(date +%s) - started )) -gt "$WAIT" ]; then
      echo "the CE did not report HealthState ok within $WAIT s; info.xml says:" >&2
      grep -o '<HealthStateInfo>[^<]*' "$CONTROL/info.xml" 2>/dev/null | sort -u >&2 || true
      exit 1
    fi
    sleep 2
  done
  echo "ARC CE up: $URL (fork LRMS, jobs run as nobody; A-REX pid $(cat "$AREX_PID"), web service pid $(cat "$WS_PID"))"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status)
    if running && healthy; then echo "ARC CE up: $URL"; else
      echo "the ARC CE is not running (start it with scripts/arc-up.sh)" >&2; exit 1; fi ;;
  *) echo "usage: $0 [start|stop|restart|status]" >&2; exit 2 ;;
esac
