#!/usr/bin/env bash
# Measures how long submitting the branch jobs of a workflow to the local HTCondor pool takes:
# the sample workflow Skim with N branches (default 1000), one job per branch, --workflow htcondor,
# submitted on hold ([htcondor] extra = hold = true) so that only the submission is timed.
# Prints, per run: the client's wall time from its start to the status line of N pending jobs
# (JVM start, planning, job file, submit description, condor_submit, the first condor_q), and the
# condor_submit call alone as the client logs it. Then removes the jobs (--cancel-jobs).
# Needs the pool (scripts/condor-up.sh), setfacl (Debian's acl) and a build:
#   mvn -B -DskipTests package && scripts/measure-condor-submit.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
RUNS=${1:-3}
export PATH=${CONDOR_CI:-/opt/condor-ci}/bin:$PATH
CP="$PWD/integration-tests/target/classes:$(cat integration-tests/target/analysis.classpath)"
for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  # the pool's tools run as uid 2000: it reads the submit description and writes the event log
  setfacl -m u:2000:rwx,d:u:2000:rwx "$dir"
  (
    cd "$dir"
    printf '[job]\npoll-interval = 60\n[htcondor]\nextra = hold = true\n' > docket.cfg
    # The events exist first, so that the run submits at once.
    timeout 120 java -cp "$CP" org.example.ttbar.Main run GenerateEvents --dataset ttbar >/dev/null
    start=$(date +%s%N)
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --workflow htcondor \
      --label "bench $run" > client.out 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
      grep -q "all: $N, pending: $N (+$N)" client.out 2>/dev/null && break
      sleep 0.01
    done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    submit_s=$(sed -n "s/.*submitted $N jobs to htcondor in \([0-9.]*\) s.*/\1/p" client.out)
    printf 'run %d: %d jobs submitted, client wall time %.2f s (condor_submit alone %s s)\n' \
      "$run" "$N" "$(echo "($end - $start) / 1000000000" | bc -l)" "$submit_s"
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --label "bench $run" --cancel-jobs >/dev/null
  )
  rm -rf "$dir"
  # the schedd moves removed jobs to its history in the background: let it finish before the next run
  for _ in $(seq 1 600); do [ -z "$(condor_q -af ClusterId 2>/dev/null)" ] && break; sleep 0.1; done
done
