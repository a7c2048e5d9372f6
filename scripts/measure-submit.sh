#!/usr/bin/env bash
# Measures how long submitting the branch jobs of a workflow to a local batch system takes: the
# sample workflow Skim with N branches (default 1000), one job per branch, --workflow BACKEND.
# Prints, per run: the client's wall time from its start to the status line of N pending jobs
# (JVM start, planning, job file, the backend's submission, the first poll), and the submitting
# tool's call alone as the client logs it. Then cancels the jobs (--cancel-jobs).
#   slurm     needs Slurm up (scripts/slurm-up.sh)
#   htcondor  needs the pool (scripts/condor-up.sh) and setfacl (Debian's acl); the jobs are
#             submitted on hold ([htcondor] extra = hold = true) so that only the submission is timed
# and a build:
#   mvn -B -DskipTests package && scripts/measure-submit.sh slurm|htcondor [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND=${1:?usage: scripts/measure-submit.sh slurm|htcondor [RUNS]}
RUNS=${2:-3}
N=${N:-1000}
case "$BACKEND" in
  slurm) TOOL=sbatch; EXTRA_CFG= ;;
  htcondor)
    TOOL=condor_submit; EXTRA_CFG='[htcondor]\nextra = hold = true\n'
    export PATH=${CONDOR_CI:-/opt/condor-ci}/bin:$PATH ;;
  *) echo "measure-submit.sh: unknown backend '$BACKEND'; use slurm or htcondor" >&2; exit 2 ;;
esac
CP="$PWD/integration-tests/target/classes:$(cat integration-tests/target/analysis.classpath)"
for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  if [ "$BACKEND" = htcondor ]; then
    # the pool's tools run as uid 2000: it reads the submit description and writes the event log
    setfacl -m u:2000:rwx,d:u:2000:rwx "$dir"
  fi
  (
    cd "$dir"
    printf "[job]\npoll-interval = 60\n$EXTRA_CFG" > docket.cfg
    # The events exist first, so that the run submits at once.
    timeout 120 java -cp "$CP" org.example.ttbar.Main run GenerateEvents --dataset ttbar >/dev/null
    start=$(date +%s%N)
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --workflow "$BACKEND" \
      --label "bench $run" > client.out 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
      grep -q "all: $N, pending: $N (+$N)" client.out 2>/dev/null && break
      sleep 0.01
    done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    tool_s=$(sed -n "s/.*submitted $N jobs to $BACKEND in \([0-9.]*\) s.*/\1/p" client.out)
    printf 'run %d: %d jobs submitted, client wall time %.2f s (%s alone %s s)\n' \
      "$run" "$N" "$(echo "($end - $start) / 1000000000" | bc -l)" "$TOOL" "$tool_s"
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --label "bench $run" --cancel-jobs >/dev/null
  )
  if [ "$BACKEND" = htcondor ]; then
    # the schedd moves removed jobs to its history in the background, writing their event log in
    # $dir meanwhile: let it finish before removing $dir and starting the next run
    for _ in $(seq 1 600); do [ -z "$(condor_q -af ClusterId 2>/dev/null)" ] && break; sleep 0.1; done
  fi
  rm -rf "$dir"
done
