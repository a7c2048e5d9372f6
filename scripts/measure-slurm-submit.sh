#!/usr/bin/env bash
# Measures how long submitting the branch jobs of a workflow to the local Slurm takes: the
# sample workflow Skim with N branches (default 1000), one job per branch, --workflow slurm.
# Prints, per run: the client's wall time from its start to the saved record of N submitted
# jobs (JVM start, planning, job file, sbatch), and the sbatch call alone as the client logs it.
# Then cancels the jobs. Needs Slurm up (scripts/slurm-up.sh) and a build:
#   mvn -B -DskipTests package && scripts/measure-slurm-submit.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
RUNS=${1:-3}
CP="$PWD/integration-tests/target/classes:$(cat integration-tests/target/analysis.classpath)"
for run in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  (
    cd "$dir"
    printf '[job]\npoll-interval = 60\n' > docket.cfg
    # The events exist first, so that the run submits at once.
    timeout 120 java -cp "$CP" org.example.ttbar.Main run GenerateEvents --dataset ttbar >/dev/null
    start=$(date +%s%N)
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --workflow slurm \
      --label "bench $run" > client.out 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
      grep -q "all: $N, pending: $N (+$N)" client.out 2>/dev/null && break
      sleep 0.01
    done
    end=$(date +%s%N)
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sbatch_s=$(sed -n "s/.*submitted $N jobs to slurm in \([0-9.]*\) s.*/\1/p" client.out)
    printf 'run %d: %d jobs submitted, client wall time %.2f s (sbatch alone %s s)\n' \
      "$run" "$N" "$(echo "($end - $start) / 1000000000" | bc -l)" "$sbatch_s"
    timeout 300 java -cp "$CP" org.example.ttbar.Main run Skim --chunks "$N" --label "bench $run" --cancel-jobs >/dev/null
  )
  rm -rf "$dir"
done
