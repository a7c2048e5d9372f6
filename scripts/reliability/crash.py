"""SIGKILL and SIGINT at random moments of a multi-task run, then a re-run.

Two chains alternate: Combine over four datasets (17 tasks, 40,000 events each, 2 workers) and
SkimReport over a 40-branch Skim workflow (42 tasks). A reference run in a store of its own
gives every output's content. After each signal, every output in the store must be absent or
equal to the reference (none truncated but looking complete); the re-run must end with exit 0,
exactly the reference's outputs and no temporary file.
"""

import collections
import os
import random
import re
import shutil
import signal
import subprocess
import time

from harness import Sandbox, outputs, run, start, temp_files

CHAINS = [
    ["run", "Combine", "--datasets", "d0,d1,d2,d3", "--workers", "2"],
    ["run", "SkimReport", "--chunks", "40", "--workers", "2"],
]
# The events per dataset, through docket.cfg (Combine passes its own parameters only).
# Skim's branches sleep (an insignificant parameter: the outputs stay the same), so that the
# signals find tasks running.
CONFIG = "[GenerateEvents]\nevents = 100000\n\n[Skim]\nsleep-ms = 40\n"


def wipe_outputs(store):
    """Removes the outputs and the locks, keeps .docket/history.db (runs are counted there)."""
    for name in os.listdir(store):
        path = os.path.join(store, name)
        if name == ".docket":
            continue
        shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)


def reference(app, out_dir, chain, index):
    sandbox = Sandbox(os.path.join(out_dir, f"reference-{index}")).create()
    sandbox.write_config(extra=CONFIG)
    result = run(app, chain, sandbox, timeout=300)
    if result.code != 0:
        raise SystemExit(f"the reference run {chain} failed:\n{result.text()}")
    return outputs(sandbox.store), result.seconds


def history_rows(app, sandbox):
    """(run number, status) of every run that `history` lists."""
    result = run(app, ["history"], sandbox, timeout=60)
    return [(int(m.group(1)), m.group(2)) for m in
            (re.match(r"\s*(\d+)\s+\S+\s+\S+\s+(?:-|[\d.]+ \w+)\s+(\S+)", l)
             for l in result.text().splitlines()) if m]


def wait_for_moment(proc, log, delay, after_tasks, extra, limit):
    """Waits `delay` seconds, or until `after_tasks` tasks finished (progress lines `[k/N]`)
    and then `extra` seconds, but at most `limit` seconds; False if the run ended first."""
    deadline = time.monotonic() + delay if delay is not None else None
    cap = time.monotonic() + limit
    while True:
        if proc.poll() is not None:
            return False
        if deadline is not None:
            if time.monotonic() >= deadline:
                return True
        else:
            with open(log, "rb") as f:
                finished = len(re.findall(rb"(?m)^\[\d+/\d+\] ", f.read()))
            if finished >= after_tasks or time.monotonic() >= cap:
                deadline = time.monotonic() + extra
        time.sleep(0.01)


def trial(app, out_dir, signal_name, count, seed):
    """`count` signals of the given kind, each followed by checks and a re-run."""
    os.makedirs(out_dir, exist_ok=True)
    sig = getattr(signal, "SIG" + signal_name)
    rnd = random.Random(f"{seed}:{signal_name}")
    refs = [reference(app, out_dir, chain, i) for i, chain in enumerate(CHAINS)]
    sandbox = Sandbox(os.path.join(out_dir, "sandbox")).create()
    sandbox.write_config(extra=CONFIG)
    figures = collections.Counter()
    exits = collections.Counter()
    statuses = collections.Counter()
    violations = []
    temp_after_signal = 0
    partial_states = 0
    rerun_seconds = []
    trials = 0
    attempts = 0
    known_runs = 0  # history's newest run number before the signalled run
    while trials < count and attempts < count * 5:
        attempts += 1
        chain_index = trials % len(CHAINS)
        chain, (expected, ref_seconds) = CHAINS[chain_index], refs[chain_index]
        wipe_outputs(sandbox.store)
        log = os.path.join(out_dir, "run.log")
        # One signal in six at a random moment of the whole run (often in JVM start-up or
        # planning); the others once a random number of tasks have finished, plus 0-0.1 s.
        early = rnd.random() < 1 / 6
        delay = rnd.uniform(0.1, 1.0) * max(1.0, ref_seconds)
        after_tasks = rnd.randrange(len(expected))
        extra = rnd.uniform(0, 0.1)
        proc = start(app, chain, sandbox, log)
        if not wait_for_moment(proc, log, delay if early else None, after_tasks, extra,
                               2 * max(1.0, ref_seconds)):
            figures["finished before the signal"] += 1
            known_runs += 1
            continue
        figures["early (by time)" if early else "after some tasks finished"] += 1
        trials += 1
        sent_at = time.monotonic()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)  # as Ctrl-C does: the whole foreground process group
        else:
            os.kill(proc.pid, sig)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            code = proc.wait()
            violations.append(f"trial {trials}: still running 60 s after SIG{signal_name}")
        stop_seconds = time.monotonic() - sent_at
        if code == 0:
            # It ended between the last look and the signal: not a signalled run.
            trials -= 1
            figures["finished before the signal"] += 1
            figures["early (by time)" if early else "after some tasks finished"] -= 1
            known_runs += 1
            continue
        exits[str(code)] += 1
        with open(log, "rb") as f:
            said = f.read().decode("utf-8", "replace")
        problems = []
        present = outputs(sandbox.store)
        if 0 < len(present) < len(expected):
            partial_states += 1
        for path, digest in present.items():
            if expected.get(path) != digest:
                problems.append(f"{path} differs from the reference after the signal"
                                f" (truncated or wrong)")
        leftovers = temp_files(sandbox.store)
        if leftovers:
            temp_after_signal += 1
        rows = history_rows(app, sandbox)
        new = [status for number, status in rows if number > known_runs]
        recorded = new[0] if len(new) == 1 else "no record" if not new else "several?"
        statuses[recorded] += 1
        known_runs = max([known_runs] + [number for number, _ in rows]) + 1  # + the re-run
        if sig == signal.SIGINT:
            began = "start " in said
            figures["said 'interrupted'"] += "interrupted" in said
            figures["printed a summary"] += "Summary:" in said
            figures["stopped within 5 s"] += stop_seconds < 5
            figures["run had begun (a task started)"] += began
            if "\tat " in said or "Exception" in said:
                problems.append("a stack trace after SIGINT")
            if code != 130 and not (code == 0 and "Done:" in said):
                problems.append(f"exit {code} after SIGINT, not 130")
            if began and "interrupted" not in said:
                problems.append("no word that the run was interrupted")
            if began and recorded not in ("interrupted", "done"):
                problems.append(f"history records the run as {recorded!r}, not 'interrupted'")
            if leftovers:
                problems.append(f"temporary files left after SIGINT: {leftovers[:3]}")
        again = run(app, chain, sandbox, timeout=300)
        rerun_seconds.append(again.seconds)
        if again.code != 0:
            problems.append(f"re-run exit {again.code}: {again.text()[-500:]}")
        final = outputs(sandbox.store)
        if final != expected:
            missing = sorted(set(expected) - set(final))[:3]
            wrong = sorted(p for p in final if expected.get(p) != final[p])[:3]
            problems.append(f"after the re-run: missing {missing}, different {wrong}")
        left = temp_files(sandbox.store)
        if left:
            problems.append(f"temporary files left after the re-run: {left[:3]}")
        if problems:
            violations.append({"trial": trials, "chain": " ".join(chain),
                               "delay_s": round(delay, 2), "exit": code, "problems": problems,
                               "said": said[-1500:]})
    return {
        "trial": "SIG" + signal_name, "signals": trials, "attempts": attempts,
        "chains": [" ".join(c) for c in CHAINS],
        "reference_s": [round(s, 2) for s in (r[1] for r in refs)],
        "reference_outputs": [len(r[0]) for r in refs],
        "exit_after_signal": dict(exits),
        "history_status_after_signal": dict(statuses),
        "signals_with_some_outputs_done": partial_states,
        "temp_files_right_after_signal": temp_after_signal,
        "rerun_median_s": round(sorted(rerun_seconds)[len(rerun_seconds) // 2], 2)
        if rerun_seconds else None,
        "observed": dict(figures),
        "violations": len(violations),
        "violation_examples": violations[:10],
    }
