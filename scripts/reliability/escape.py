"""Path-escape attempts: values that would lead an output out of the store.

Every string parameter of the sample tasks that ends up in an output path gets every value of
ESCAPES, in three modes: a run, --dry-run, and --remove-output 0 --yes (with canary files
waiting where the escaped output would be). After each attempt everything outside the store
must be exactly as before (canaries present and unchanged, nothing created), no file may
appear under /tmp/docket-reliab-escape*, and the answer must be exit 0, 1 or 2 by the contract
(an escaping value: exit 2, one line naming the parameter).
"""

import collections
import concurrent.futures
import glob
import os
import shutil

from harness import Sandbox, contract_violations, run, show

# (task, the parameter, the other parameters it needs)
TARGETS = [
    ("GenerateEvents", "--dataset", []),
    ("GenerateEvents", "--version", ["--dataset", "ttbar"]),
    ("Selection", "--dataset", []),
    ("Histograms", "--version", ["--dataset", "ttbar"]),
    ("Combine", "--datasets", []),
    ("Combine", "--version", []),
    ("Skim", "--dataset", ["--chunks", "2"]),
    ("Skim", "--version", ["--chunks", "2"]),
    ("SkimReport", "--dataset", ["--chunks", "2"]),
]

# Relative to the store a/b/c/store of the sandbox: up to four levels up there are canaries.
ESCAPES = ["..", "../..", "../../x", "../../../canary/x", "../../../../canary",
           "x/../../../../canary/x", "./../../../canary/x", "..//..//..//canary//x",
           "../" * 12 + "{tmp}", "{tmp}",
           "/etc/passwd", "/", "{canary}/x", "{canary}", "x,../../../canary/x", ".", "",
           "a/b", "a/../b", "x/.."]

MODES = {"run": [], "--dry-run": ["--dry-run"],
         "--remove-output 0 --yes": ["--remove-output", "0", "--yes"]}


def tmp_target(number):
    return f"docket-reliab-escape-a{number}-x"


def attempts(canary):
    """(value as listed, arguments, where under /tmp the attempt would write)."""
    number = 0
    for task, param, extra in TARGETS:
        for template in ESCAPES:
            number += 1
            tmp = tmp_target(number)
            value = template.replace("{canary}", canary).replace("/{tmp}", "/tmp/" + tmp)
            value = value.replace("{tmp}", "/tmp/" + tmp)
            if param != "--datasets" and "," in value:
                continue
            for mode, flags in MODES.items():
                yield template, ["run", task, *extra, param, value, *flags], "/tmp/" + tmp


def attempt(app, sandbox, user, template, args, tmp):
    result = run(app, args, sandbox, timeout=120, user=user)
    problems = contract_violations(result)
    outside = sandbox.changes_outside()
    if outside:
        problems.append(f"outside the store: {outside}")
    escaped = glob.glob(tmp + "*")
    if escaped:
        problems.append(f"created {escaped}")
        for path in escaped:
            shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
    said = [l for l in result.text().splitlines() if l.startswith("docket: error")]
    if problems:
        sandbox.create()
        if user:
            user.give(sandbox.root)
    return {"value": template, "args": show(args), "exit": result.label, "said": said[:1],
            "problems": problems}


def trial(app, out_dir, user, parallel=3):
    sandboxes = [Sandbox(os.path.join(out_dir, f"sandbox-{i}")).create() for i in range(parallel)]
    for sandbox in sandboxes:
        if user:
            user.give(sandbox.root)
    # The canary directories have the same place relative to every sandbox's store; absolute
    # values name sandbox 0's, so they are attempted in sandbox 0.
    work = list(attempts(sandboxes[0].canary))
    lanes = [[] for _ in range(parallel)]
    for i, (template, args, tmp) in enumerate(work):
        lanes[0 if "{canary}" in template else i % parallel].append((template, args, tmp))

    def lane_run(lane):
        return [attempt(app, sandboxes[lane], user, *w) for w in lanes[lane]]

    with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
        rows = [row for rows in pool.map(lane_run, range(parallel)) for row in rows]
    histogram = collections.Counter(r["exit"] for r in rows)
    by_value = collections.defaultdict(collections.Counter)
    for r in rows:
        by_value[r["value"]][r["exit"]] += 1
    violations = [r for r in rows if r["problems"]]
    return {"trial": "path-escape", "attempts": len(rows), "histogram": dict(histogram),
            "targets": [f"{t} {p}" for t, p, _ in TARGETS], "values": ESCAPES,
            "modes": list(MODES), "by_value": {k: dict(v) for k, v in by_value.items()},
            "violations": len(violations), "violation_examples": violations[:120],
            "refusals": [r for r in rows if r["exit"] == "2"][:12]}
