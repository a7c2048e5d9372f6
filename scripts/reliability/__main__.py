"""Reliability trials of Docket against the sample analysis of integration-tests.

    python3 scripts/reliability --app DIR --out DIR [TRIAL...] [options]

TRIAL is any of fuzz, kill, interrupt, disk-full, read-only, escape (default: all of them).
DIR of --app holds classes/ and lib/*.jar (scripts/reliability.sh makes it). The figures go to
OUT/results-TRIAL.json and, for all trials run into OUT so far, readably to
OUT/summary.md (trials may run at once in several invocations with the same OUT). Exit status: 0 when every trial held, 1 when
one found a violation.
"""

import argparse
import json
import os
import signal
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from harness import App, Unprivileged, show  # noqa: E402
import crash  # noqa: E402
import escape  # noqa: E402
import fuzz  # noqa: E402
import report  # noqa: E402
import storage  # noqa: E402

TRIALS = ["fuzz", "kill", "interrupt", "disk-full", "read-only", "escape"]


def main():
    # A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
    # in every process started from here: the SIGINT trial would then test nothing. A handled
    # signal is reset to its default in a child.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("trials", nargs="*", default=TRIALS,
                        help="which trials: " + ", ".join(TRIALS) + ", or show-vector")
    parser.add_argument("--app", required=True, help="directory with classes/ and lib/")
    parser.add_argument("--out", required=True, help="directory for sandboxes and results")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fuzz", type=int, default=2000, help="fuzzed processes (2000)")
    parser.add_argument("--parallel", type=int, default=3, help="fuzz processes at once (3)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds per fuzz process (60)")
    parser.add_argument("--kills", type=int, default=50, help="SIGKILL trials (50)")
    parser.add_argument("--interrupts", type=int, default=20, help="SIGINT trials (20)")
    parser.add_argument("--index", type=int, help="show-vector: the vector's index")
    options = parser.parse_args()

    app = App(options.app)
    user = Unprivileged()
    if options.trials == ["show-vector"]:
        canary = os.path.join(os.path.abspath(options.out), "fuzz", "sandbox-0", "canary")
        print(show(fuzz.make_vector(options.seed, options.index, canary), limit=10**6))
        return 0
    if options.trials == ["summary"]:
        options.trials = []
    unknown = [t for t in options.trials if t not in TRIALS]
    if unknown:
        parser.error(f"unknown trial {unknown[0]}; the trials: {', '.join(TRIALS)}")
    out = os.path.abspath(options.out)
    os.makedirs(out, exist_ok=True)
    root = os.geteuid() == 0
    for name in options.trials:
        print(f"== {name}", flush=True)
        started = time.monotonic()
        trial_dir = os.path.join(out, name)
        if name == "fuzz":
            figures = fuzz.trial(app, trial_dir, user, options.fuzz, options.seed,
                                 options.parallel, options.timeout)
        elif name == "kill":
            figures = crash.trial(app, trial_dir, "KILL", options.kills, options.seed)
        elif name == "interrupt":
            figures = crash.trial(app, trial_dir, "INT", options.interrupts, options.seed)
        elif name == "disk-full":
            figures = storage.disk_full(app, trial_dir) if root else skipped("needs root (tmpfs)")
        elif name == "read-only":
            figures = (storage.read_only(app, trial_dir, user) if root
                       else skipped("needs root (tmpfs remount)"))
        else:
            figures = escape.trial(app, trial_dir, user)
        figures["took_s"] = round(time.monotonic() - started, 1)
        figures["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
        with open(os.path.join(out, f"results-{name}.json"), "w") as f:
            json.dump(figures, f, indent=1, ensure_ascii=False)
        print(f"   {name}: {figures.get('violations', 0)} violations, "
              f"{figures['took_s']} s", flush=True)
    # Every trial's figures in OUT, also those of earlier or concurrent invocations.
    results = {}
    for name in TRIALS:
        path = os.path.join(out, f"results-{name}.json")
        if os.path.exists(path):
            with open(path) as f:
                results[name] = json.load(f)
    with open(os.path.join(out, "summary.md"), "w") as f:
        f.write(report.summary(results))
    print(f"figures: {out}/results-*.json, {out}/summary.md")
    return 1 if any(results[t].get("violations") for t in options.trials or results) else 0


def skipped(why):
    return {"skipped": why, "violations": 0}


if __name__ == "__main__":
    sys.exit(main())
