#!/usr/bin/env bash
# A personal HTCondor 23.9 pool (one machine, loopback only) for HTCondorWorkflowIT and the submit
# measurement; .ci/run calls it before the build. A user can run it too.
# Debian 12 has no HTCondor package but Debian 13 (trixie) has `minicondor`, so the pool lives in a
# debootstrapped trixie root under bubblewrap that shares the host's network (127.0.0.1:9618) and /tmp.
# Idempotent: it installs nothing that is there and starts nothing that runs.
#   bash scripts/condor-up.sh        # install if needed (~100 s the first time), start, wait for a free slot
#   bash scripts/condor-up.sh stop   # stop the condor_master this script started (by its PID)
# Then put "$CONDOR_CI/bin" first on PATH: condor_submit, condor_q, condor_history, condor_rm, condor_hold,
# condor_release, condor_status, condor_wait, condor_transfer_data, condor_qedit and condor_config_val there run the real
# tools inside the root as the unprivileged user "ci" (uid 2000; HTCondor refuses root), in the caller's
# working directory, with a reset environment (PATH and HOME only).
# Jobs run as uid 2000 too and see the host's /tmp, /usr/lib/jvm, /etc/java-* and $CONDOR_BINDS: what they
# read must be readable and where they write writable by that user.
# Installs debootstrap, bubblewrap and acl (setfacl, which the tests use to share their store with uid 2000).
# Env knobs: CONDOR_CI   where the root, the wrappers and the logs go (default /opt/condor-ci)
#            CONDOR_CPUS CPUs of the slot (default 4)
#            CONDOR_BINDS more host directories jobs and tools see (default: the current directory)
set -euo pipefail
CI=${CONDOR_CI:-/opt/condor-ci}
ROOT=$CI/rootfs
CPUS=${CONDOR_CPUS:-4}
BINDS=${CONDOR_BINDS:-$PWD}
RUN=$CI/run
mkdir -p "$CI" "$RUN" "$CI/bin"

# the bubblewrap arguments of the daemons and of the client wrappers, NUL-separated
bwrap_args() {
  local a=(--bind "$ROOT" / --proc /proc --dev /dev --bind /tmp /tmp --ro-bind /usr/lib/jvm /usr/lib/jvm)
  # jvm.cfg and java.security of the host JDK are links into /etc/java-*: Java fails in jobs without them
  local d
  for d in /etc/java-*; do [ -d "$d" ] && a+=(--ro-bind "$d" "$d"); done
  for d in $BINDS; do [ -d "$d" ] && a+=(--bind "$d" "$d"); done
  printf '%s\0' "${a[@]}"
}
master_pid() { if [ -s "$ROOT/run/condor/master.pid" ]; then cat "$ROOT/run/condor/master.pid"; fi; }
running() { local p; p=$(master_pid); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

if [ "${1:-}" = stop ]; then
  if running; then
    pid=$(master_pid)
    kill -TERM "$pid"   # the master shuts its daemons down within a second
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
    echo "stopped condor_master ($pid)"
  fi
  rm -f "$ROOT/run/condor/master.pid"
  exit 0
fi

# 1. host tools
if ! command -v debootstrap >/dev/null || ! command -v bwrap >/dev/null || ! command -v setfacl >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends debootstrap bubblewrap acl >/dev/null
fi

# 2. the trixie root with minicondor (~80 s debootstrap, ~20 s minicondor, ~560 MB)
if [ ! -x "$ROOT/usr/sbin/condor_master" ]; then
  if [ ! -x "$ROOT/bin/bash" ]; then
    rm -rf "$ROOT"
    # the Debian mirror the host's apt uses
    MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$MIRROR" ] || MIRROR=$(awk '$1=="deb"{print $2; exit}' /etc/apt/sources.list)
    debootstrap --variant=minbase trixie "$ROOT" "$MIRROR" >"$CI/debootstrap.log" 2>&1 \
      || { tail -20 "$CI/debootstrap.log" >&2; exit 1; }
  fi
  chmod 1777 "$ROOT/tmp"
  # apt in the root wants its own world-writable /tmp, so the host's is not bound for this step
  bwrap --bind "$ROOT" / --proc /proc --dev /dev --ro-bind /etc/resolv.conf /etc/resolv.conf \
    --setenv DEBIAN_FRONTEND noninteractive --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin \
    /bin/sh -c 'apt-get update -qq && apt-get install -y -qq --no-install-recommends minicondor' \
    >"$CI/condor-install.log" 2>&1 || { tail -20 "$CI/condor-install.log" >&2; exit 1; }
fi

# 3. configuration: no cgroups or kernel tuning in a container, fast negotiation for tests
cp /etc/hosts "$ROOT/etc/hosts"   # the host name must resolve inside, else lookups are slow or fail
cat > "$ROOT/etc/condor/config.d/99-docket-ci.config" <<CONF
# written by Docket's scripts/condor-up.sh: a one-node pool in a bubblewrap'ed root on a container host
BASE_CGROUP =
CGROUP_MEMORY_LIMIT_POLICY = none
ENABLE_KERNEL_TUNING = False
DISCARD_SESSION_KEYRING_ON_STARTUP = False
# HTCondor 23 gives jobs a private /tmp by default; these jobs must see the host's
MOUNT_UNDER_SCRATCH =
NUM_CPUS = $CPUS
SCHEDD_INTERVAL = 2
NEGOTIATOR_INTERVAL = 1
NEGOTIATOR_CYCLE_DELAY = 1
STARTER_UPDATE_INTERVAL = 2
SHADOW_QUEUE_UPDATE_INTERVAL = 2
UPDATE_INTERVAL = 2
STARTD_CRON_JOBLIST =
CONF
mapfile -d '' BW < <(bwrap_args)
# bubblewrap would make missing mount points of the binds 0700, which uid 2000 cannot enter
for d in $BINDS; do
  p=
  for part in $(tr '/' ' ' <<<"$d"); do
    p=$p/$part
    [ -e "$ROOT$p" ] || mkdir -m 0755 "$ROOT$p"
  done
done
bwrap "${BW[@]}" /bin/sh -c '
  for d in /run/condor /var/log/condor /var/lock/condor /var/spool/condor /var/lib/condor/execute /var/lib/condor/cred_dir; do
    install -d -o condor -g condor -m 0755 "$d"
  done
  chmod 0700 /var/lib/condor/cred_dir
  id ci >/dev/null 2>&1 || useradd -m -u 2000 ci'

# 4. client wrappers: the real tool inside the root, as user ci, in the caller's directory
# (a caller's directory that the root does not show, e.g. outside /tmp and $CONDOR_BINDS, becomes /tmp)
QUOTED=$(printf '%q ' "${BW[@]}")
SEEN=$(for d in /tmp $BINDS; do [ -d "$d" ] && printf '%q/*|' "${d%/}"; done)
for tool in condor_submit condor_q condor_history condor_rm condor_hold condor_release condor_status \
            condor_wait condor_transfer_data condor_qedit condor_config_val; do
  printf '#!/usr/bin/env bash\ndir=$PWD\ncase "$dir/" in %s) ;; *) dir=/tmp ;; esac\nexec bwrap %s--chdir "$dir" setpriv --reuid=ci --regid=ci --init-groups --reset-env env PATH=/usr/bin:/bin HOME=/home/ci /usr/bin/%s "$@"\n' \
    "${SEEN%|}" "$QUOTED" "$tool" > "$CI/bin/$tool"
  chmod +x "$CI/bin/$tool"
done

# 5. start the master in the foreground under setsid/nohup; -pidfile tells its PID
if ! running; then
  rm -f "$ROOT/run/condor/master.pid"
  setsid nohup bwrap "${BW[@]}" /usr/sbin/condor_master -f -pidfile /run/condor/master.pid \
    >"$RUN/master.out" 2>&1 </dev/null &
  for _ in $(seq 1 50); do [ -s "$ROOT/run/condor/master.pid" ] && break; sleep 0.1; done
fi
for _ in $(seq 1 300); do
  "$CI/bin/condor_status" -af State 2>/dev/null | grep -q Unclaimed && break
  sleep 0.2
done
if "$CI/bin/condor_status" -af State 2>/dev/null | grep -q Unclaimed; then
  echo "condor up: pool on 127.0.0.1:9618, master pid $(master_pid); tools in $CI/bin"
else
  echo "condor NOT ready" >&2
  tail -20 "$ROOT/var/log/condor/MasterLog" "$RUN/master.out" >&2 || true
  exit 1
fi
