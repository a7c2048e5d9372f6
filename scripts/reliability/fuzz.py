"""Fuzz: thousands of real processes of the generated main with mutated argument vectors.

Vector i of seed s is made by random.Random(f"{s}:{i}"), so any one can be made again:
`python3 scripts/reliability show-vector --seed s --index i`.
"""

import collections
import concurrent.futures
import glob
import json
import os
import random
import re
import shutil
import time

from harness import Sandbox, contract_violations, run, show, temp_files
import vectors

def tmp_target(index):
    return f"/tmp/docket-reliab-escape-{index}-x"


def make_vector(seed, index, canary_abs):
    """Vector `index` of `seed`; {tmp} in a value names a path under /tmp of this vector."""
    args = vectors.vector(random.Random(f"{seed}:{index}"), canary_abs)
    tmp = tmp_target(index)
    return [a.replace("/{tmp}", tmp).replace("{tmp}", tmp) if isinstance(a, str) else a
            for a in args]


def message_kind(result):
    """A short class of what a run said: the first words of its error or failure line."""
    text = result.text()
    if result.code == 2:
        line = next((l for l in text.splitlines() if l.startswith("docket: error:")), text[:80])
        line = line[len("docket: error: "):] if line.startswith("docket: error: ") else line
        line = re.sub(r"'[^']*'", "'…'", line)
        return " ".join(w[:40] for w in line.split()[:6])
    if result.code == 1:
        failed = next((l for l in text.splitlines() if "FAILED" in l), None)
        if failed:
            failed = re.sub(r"\(.*?\)", "(…)", failed.strip())
            failed = re.sub(r"/\S+", "<path>", failed)
            return " ".join(w[:40] for w in failed.split()[:6])
        return "exit 1 without a FAILED line: " + " ".join(text.split()[:8])
    return None


class Worker:
    def __init__(self, app, root, user, timeout):
        self.app, self.user, self.timeout = app, user, timeout
        self.sandbox = Sandbox(root)
        self.fresh()

    def fresh(self):
        self.sandbox.create()
        if self.user:
            self.user.give(self.sandbox.root)

    def one(self, seed, index):
        args = make_vector(seed, index, self.sandbox.canary)
        result = run(self.app, args, self.sandbox, self.timeout, self.user)
        problems = contract_violations(result)
        outside = self.sandbox.changes_outside()
        if outside:
            problems.append(f"changed outside the store: {json.dumps(outside)[:300]}")
        escaped = glob.glob(tmp_target(index) + "*")
        if escaped:
            problems.append(f"created outside the sandbox: {escaped}")
            for path in escaped:
                shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else os.remove(path)
        leftovers = temp_files(self.sandbox.root)
        if leftovers and not result.timed_out:
            problems.append(f"temporary files left: {leftovers[:5]}")
        if outside or leftovers:
            self.fresh()  # so that one fault is counted once
        return {
            "index": index, "exit": result.label, "seconds": round(result.seconds, 2),
            "args": show(args), "kind": message_kind(result), "problems": problems,
            "output": result.text()[-2000:] if problems else None,
        }


def trial(app, out_dir, user, count, seed, parallel, timeout):
    """Runs `count` vectors in `parallel` workers; returns the figures."""
    os.makedirs(out_dir, exist_ok=True)
    workers = [Worker(app, os.path.join(out_dir, f"sandbox-{w}"), user, timeout)
               for w in range(parallel)]
    free = list(workers)
    started = time.monotonic()
    records = []
    log = open(os.path.join(out_dir, "fuzz.jsonl"), "w")

    def task(index):
        worker = free.pop()
        try:
            return worker.one(seed, index)
        finally:
            free.append(worker)

    with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
        for record in pool.map(task, range(count)):
            records.append(record)
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
            if len(records) % 250 == 0:
                log.flush()
                print(f"  fuzz: {len(records)}/{count}, {time.monotonic() - started:.0f} s",
                      flush=True)
    log.close()
    elapsed = time.monotonic() - started
    histogram = collections.Counter(r["exit"] for r in records)
    kinds = {code: collections.Counter(r["kind"] for r in records if r["exit"] == code)
             for code in ("1", "2")}
    failures = [r for r in records if r["problems"]]
    seconds = sorted(r["seconds"] for r in records)
    return {
        "trial": "fuzz", "seed": seed, "invocations": count, "parallel": parallel,
        "timeout_s": timeout, "wall_s": round(elapsed, 1),
        "median_s": seconds[len(seconds) // 2] if seconds else None,
        "max_s": seconds[-1] if seconds else None,
        "histogram": dict(sorted(histogram.items())),
        "top_exit2_messages": kinds["2"].most_common(25),
        "top_exit1_messages": kinds["1"].most_common(15),
        "violations": len(failures),
        "violation_examples": failures[:40],
        "vectors_with_escape_values": sum(1 for r in records if _escapes(r["args"])),
    }


def _escapes(shown):
    return any(e in shown for e in ("..", "/etc", "/tmp/docket-reliab", "/canary"))
