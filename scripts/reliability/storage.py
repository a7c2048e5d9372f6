"""A store that fills up, and a store that cannot be written (needs root: it mounts a tmpfs).

Disk full: the store is a small tmpfs holding the outputs of an earlier run; a filler file
leaves F bytes free, for F from 0 to more than the run needs, and a chain that writes about
1 MB runs. Each run must end with exit 0 (it fit) or 1 with a message that names the file and
says the disk is full; no output may be half-written, the earlier outputs stay as they were, and
once there is room again a re-run finishes with exactly the outputs of a run that had room.

Read-only: the same store remounted read-only (which binds root too), then a store whose
directories lack write permission (for an unprivileged user), and stores that are no directory.
"""

import os
import re
import subprocess

from harness import Sandbox, contract_violations, outputs, run, temp_files

PREVIOUS = ["run", "Combine", "--datasets", "prev", "--version", "old"]
BIG = ["run", "Combine", "--datasets", "f0,f1", "--workers", "2"]
CONFIG = "[GenerateEvents]\nevents = 40000\n"
FREE = [0, 4096, 16384, 65536, 262144, 524288, 786432, 1048576, 4 * 1048576]


def mount(path, size):
    os.makedirs(path, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path], check=True)


def umount(path):
    subprocess.run(["umount", path], check=False, capture_output=True)


def free_bytes(path):
    s = os.statvfs(path)
    return s.f_bavail * s.f_frsize


def fill(store, leave):
    """A filler file that leaves `leave` bytes free (to a page)."""
    filler = os.path.join(store, "filler")
    block = b"\0" * 65536
    with open(filler, "wb") as f:
        try:
            while free_bytes(store) - len(block) >= leave:
                f.write(block)
                f.flush()
            while free_bytes(store) - 4096 >= leave:
                f.write(block[:4096])
                f.flush()
        except OSError:
            pass
    return filler


def error_lines(result):
    return [l for l in result.text().splitlines()
            if "space" in l.lower() or "docket: error" in l or "FAILED " in l][:3]


def said_lines(result):
    """The error line, else the first failure and the first warning."""
    lines = result.text().splitlines()
    errors = [l for l in lines if l.startswith("docket: error")]
    return errors[:1] or ([l for l in lines if "FAILED " in l][:1]
                          + [l for l in lines if l.startswith("docket: warning")][:1])


def disk_full(app, out_dir):
    reference = Sandbox(os.path.join(out_dir, "reference")).create()
    reference.write_config(extra=CONFIG)
    for args in (PREVIOUS, BIG):
        result = run(app, args, reference, timeout=300)
        if result.code != 0:
            raise SystemExit(f"reference run {args} failed:\n{result.text()}")
    expected = outputs(reference.store)
    sandbox = Sandbox(os.path.join(out_dir, "sandbox"))
    rows, violations = [], []
    for leave in FREE:
        umount(sandbox.store)
        sandbox.create()
        sandbox.write_config(extra=CONFIG)
        mount(sandbox.store, "16m")
        try:
            run(app, PREVIOUS, sandbox, timeout=120)
            before = outputs(sandbox.store)
            filler = fill(sandbox.store, leave)
            result = run(app, BIG, sandbox, timeout=300)
            after = outputs(sandbox.store)
            after.pop("filler", None)
            problems = contract_violations(result)
            said = error_lines(result)
            if result.code == 1 and not any("space" in l.lower() for l in said):
                problems.append("exit 1 without a word that the disk is full")
            if result.code == 1 and not any(
                    sandbox.store in l or re.search(r"[a-z]+/v1/[a-z0-9]+\.(csv|txt)", l)
                    for l in said if "space" in l.lower()):
                problems.append("the message does not name the file")
            wrong = [p for p in after if expected.get(p) != after[p]]
            if wrong:
                problems.append(f"half-written or wrong outputs: {wrong[:3]}")
            lost = [p for p in before if after.get(p) != before[p]]
            if lost:
                problems.append(f"earlier outputs lost or changed: {lost[:3]}")
            left_after_fail = temp_files(sandbox.store)
            os.remove(filler)
            again = run(app, BIG, sandbox, timeout=300)
            final = outputs(sandbox.store)
            if again.code != 0 or final != expected:
                problems.append(f"re-run with room: exit {again.code}, "
                                f"outputs {'as expected' if final == expected else 'differ'}")
            left = temp_files(sandbox.store)
            if left:
                problems.append(f"temporary files left after the re-run: {left[:3]}")
            row = {"free_bytes": leave, "exit": result.label, "said": said,
                   "outputs_written": len(after) - len(before),
                   "temp_files_after_failed_run": len(left_after_fail),
                   "rerun_exit": again.label, "problems": problems}
            rows.append(row)
            if problems:
                violations.append(row)
        finally:
            umount(sandbox.store)
    return {"trial": "disk-full", "runs": len(rows), "store": "tmpfs of 16 MB",
            "chain": " ".join(BIG) + " (40,000 events per dataset, about 1 MB of outputs)",
            "rows": rows, "violations": len(violations)}


def read_only(app, out_dir, user):
    sandbox = Sandbox(os.path.join(out_dir, "sandbox"))
    umount(sandbox.store)
    sandbox.create()
    rows, violations = [], []
    cases = [
        ("complete task", PREVIOUS),
        ("task that must run", ["run", "Combine", "--datasets", "new"]),
        ("--dry-run", PREVIOUS + ["--dry-run"]),
        ("--print-status 1", PREVIOUS + ["--print-status", "1"]),
        ("--remove-output 1 --yes", PREVIOUS + ["--remove-output", "1", "--yes"]),
        ("history", ["history"]),
    ]

    def attempt(setting, as_user=None):
        before = outputs(sandbox.store)
        for name, args in cases:
            result = run(app, args, sandbox, timeout=120, user=as_user)
            problems = contract_violations(result)
            after = outputs(sandbox.store)
            if after != before:
                problems.append("the store changed")
            if result.code == 1 and not any(w in result.text().lower() for w in
                                             ("read-only", "permission", "writ")):
                problems.append("exit 1 without saying the store cannot be written")
            row = {"store": setting, "case": name, "exit": result.label,
                   "said": said_lines(result) if result.code else [],
                   "problems": problems}
            rows.append(row)
            if problems:
                violations.append(row)

    mount(sandbox.store, "16m")
    try:
        run(app, PREVIOUS, sandbox, timeout=120)
        subprocess.run(["mount", "-o", "remount,ro", sandbox.store], check=True)
        attempt("read-only mount")
        subprocess.run(["mount", "-o", "remount,rw", sandbox.store], check=True)
        if user and user.active:
            user.give(sandbox.home)
            for dirpath, dirnames, filenames in os.walk(sandbox.store):
                os.chmod(dirpath, 0o555)
            attempt("directories without write permission (as nobody)", user)
    finally:
        umount(sandbox.store)
    for setting, store in (("store is a file", "file"), ("store below a file", "file/store")):
        sandbox.create()
        with open(os.path.join(sandbox.root, "file"), "w") as f:
            f.write("not a directory\n")
        with open(os.path.join(sandbox.work, "docket.cfg"), "w") as f:
            f.write(f"[core]\nstore = {os.path.join(sandbox.root, store)}\n")
        sandbox.plant_canaries()
        for name, args in cases[1:2]:
            result = run(app, args, sandbox, timeout=120)
            problems = contract_violations(result)
            if sandbox.changes_outside():
                problems.append(f"changed outside: {sandbox.changes_outside()}")
            if result.code not in (1, 2):
                problems.append(f"exit {result.code}: expected a refusal")
            row = {"store": setting, "case": name, "exit": result.label,
                   "said": said_lines(result), "problems": problems}
            rows.append(row)
            if problems:
                violations.append(row)
    return {"trial": "read-only", "runs": len(rows), "rows": rows,
            "violations": len(violations)}
