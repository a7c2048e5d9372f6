#!/usr/bin/env python3
"""Stand-in for PBS Professional / OpenPBS's qsub, qstat and qdel, for Docket's tests.

PBS cannot be installed here, so these commands replay PBS's documented behaviour and output
formats (the PBS Professional Reference Guide's qsub, qstat and qdel pages, OpenPBS's manual
pages): `qsub` prints `1234.server` or, for a job array (`-J X-Y[:Z]`), `1234[].server`;
`qstat -f` prints `Job Id:` blocks of `    attribute = value` lines whose long values wrap onto
lines that begin with a tab; `-x` adds finished jobs (job_state F, subjobs X, with
Exit_status), `-t` adds an array's subjobs; a job that left the history is
`qstat: Unknown Job Id 1234.server` (exit status 153) and a finished job asked about without
`-x` is `qstat: 1234.server Job has finished, use -x or -H to obtain historical job
information` (35); `qdel` of a finished job says `qdel: Job has finished 1234.server` (35), of
an unknown one `qdel: Unknown Job Id 1234.server` (153). Exit statuses follow PBS: the job
script's own status, 256 + the signal for a job that PBS (or anything else) killed.

It is not PBS: one "server" is a directory (environment variable DOCKET_PBS_STANDIN), job
scripts run on this machine as background processes, in the home directory as PBS starts
them, with PBS_JOBID, PBS_ARRAY_INDEX, PBS_ARRAY_ID, PBS_JOBNAME, PBS_O_WORKDIR... set, their
output written to the -o file (or to `<dir>/<name>.o<seq>[.<index>]` when -o is a directory).
Knobs: DOCKET_PBS_STANDIN_SLOTS (how many jobs run at once, 0 for no limit: the others stay
queued with the scheduler's "Not Running" comment), DOCKET_PBS_STANDIN_HISTORY (seconds a
finished job stays in the history, PBS's job_history_duration), DOCKET_PBS_STANDIN_QUEUES
(the queues that exist, default workq); each may also be a line NAME=value of the file `knobs`
in the state directory, which tests write because their own JVM's environment is fixed.
"""

import sys

sys.dont_write_bytecode = True  # nothing written beside the sources

import standin_qsub  # noqa: E402
import standin_qstat  # noqa: E402


def main(tool, args):
    if tool == "run":
        return standin_qsub.run(int(args[0]))
    return {"qsub": standin_qsub.qsub, "qstat": standin_qstat.qstat, "qdel": standin_qstat.qdel}[tool](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
