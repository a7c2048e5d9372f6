"""What every trial needs: the analysis's command, sandboxes with canaries, and the checks.

A sandbox is a directory holding the store, a working directory with a docket.cfg that names
the store, and a canary directory next to the store: files that no invocation may touch. After
an invocation, everything in the sandbox outside the store must be exactly as before.
"""

import hashlib
import os
import pwd
import shutil
import signal
import subprocess
import time

ERROR_PREFIX = b"docket: error: "
TEMP_MARK = ".docket-tmp-"
TRACE_MARKS = (b"\tat ", b"Exception", b"Error:")
MAIN = "org.example.ttbar.Main"

# File names the sample tasks' outputs end in; canaries with these names sit where an escaping
# parameter would put (or remove) an output.
CANARY_NAMES = ["x.csv", "x.txt", "ttbar.csv", "wjets.csv", "ttbar.txt", "0.txt", "1.txt",
                "yields.csv", "ttbar-report.txt", "passwd.csv", "abs.csv", "abs.txt"]


class App:
    """The sample analysis of integration-tests: a class path and the generated main."""

    def __init__(self, app_dir, java="java", java_opts=None):
        lib = os.path.join(app_dir, "lib")
        jars = sorted(os.path.join(lib, j) for j in os.listdir(lib) if j.endswith(".jar"))
        self.class_path = os.pathsep.join(jars)
        self.java = java
        # Options for a quick start only; none changes what the program does.
        self.java_opts = java_opts if java_opts is not None else [
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"]

    def command(self, args):
        return [self.java, *self.java_opts, "-cp", self.class_path, MAIN, *args]


class Unprivileged:
    """Runs commands as nobody when we are root (root ignores permission bits and could write
    anywhere an escaping path leads); as ourselves otherwise."""

    def __init__(self):
        self.active = os.geteuid() == 0
        self.uid = pwd.getpwnam("nobody").pw_uid if self.active else os.geteuid()
        self.gid = pwd.getpwnam("nobody").pw_gid if self.active else os.getegid()

    def wrap(self, command):
        if not self.active:
            return command
        # At most 4,096 threads for the user: a thread bomb (--workers 2147483647) then fails
        # in the process instead of starving the machine.
        return ["prlimit", "--nproc=4096", "--", "setpriv", f"--reuid={self.uid}",
                f"--regid={self.gid}", "--clear-groups", *command]

    def give(self, path):
        if self.active:
            for dirpath, dirnames, filenames in os.walk(path):
                os.chown(dirpath, self.uid, self.gid)
                for name in filenames:
                    os.chown(os.path.join(dirpath, name), self.uid, self.gid, follow_symlinks=False)


class Sandbox:
    """root/{a/b/c/store, work/docket.cfg, home} with canary directories on every level
    between the store and the root, so that a path that climbs out of the store by up to four
    levels lands on (or beside) a canary, all of it watched."""

    LEVELS = ["a/b/c", "a/b", "a", ""]

    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.store = os.path.join(self.root, "a/b/c/store")
        self.work = os.path.join(self.root, "work")
        self.canary = os.path.join(self.root, "a/b/c/canary")
        self.home = os.path.join(self.root, "home")
        self.baseline = None

    def create(self, history=True):
        shutil.rmtree(self.root, ignore_errors=True)
        for d in (self.store, self.work, self.home):
            os.makedirs(d, exist_ok=True)
        self.write_config(history)
        self.plant_canaries()
        return self

    def write_config(self, history=True, extra=""):
        with open(os.path.join(self.work, "docket.cfg"), "w") as f:
            f.write(f"[core]\nstore = {self.store}\n")
            if not history:
                f.write("history = off\n")
            f.write(extra)

    def plant_canaries(self):
        """Canary files in canary/ (and some of its subdirectories) on every level."""
        for level in self.LEVELS:
            canary = os.path.join(self.root, level, "canary")
            shutil.rmtree(canary, ignore_errors=True)
            for d in ("", "deep", "deep/er", "x", "ttbar", "v1", "gen/v1", "skim/v1/ttbar"):
                os.makedirs(os.path.join(canary, d), exist_ok=True)
                for name in CANARY_NAMES:
                    with open(os.path.join(canary, d, name), "w") as f:
                        f.write(f"canary {level}/{d}/{name}: must survive\n")
        self.baseline = self.outside()

    def outside(self):
        """Every file and directory of the sandbox outside the store (and outside home, which
        holds the SQLite library cache), with a hash of each file's content."""
        seen = {}
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames
                           if os.path.join(dirpath, d) not in (self.store, self.home)]
            rel = os.path.relpath(dirpath, self.root)
            seen[rel + "/"] = "dir"
            for name in filenames:
                path = os.path.join(dirpath, name)
                seen[os.path.join(rel, name)] = file_hash(path)
        return seen

    def changes_outside(self):
        """What differs outside the store since the canaries were planted: created, changed or
        removed paths (empty when nothing escaped)."""
        now = self.outside()
        created = sorted(set(now) - set(self.baseline))
        removed = sorted(set(self.baseline) - set(now))
        changed = sorted(p for p in set(now) & set(self.baseline) if now[p] != self.baseline[p])
        return {k: v for k, v in
                (("created", created), ("removed", removed), ("changed", changed)) if v}

    def temp_files(self, where=None):
        return temp_files(where or self.store)

    def env(self):
        env = {k: v for k, v in os.environ.items() if k != "DOCKET_CONFIG"}
        env["HOME"] = self.home
        env["XDG_CACHE_HOME"] = os.path.join(self.home, ".cache")
        env["LC_ALL"] = "C.UTF-8"
        return env


def file_hash(path):
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()[:16]
    except OSError as e:
        return f"unreadable: {e.strerror}"


def temp_files(where):
    found = []
    for dirpath, dirnames, filenames in os.walk(where):
        for name in filenames + dirnames:
            if TEMP_MARK in name:
                found.append(os.path.relpath(os.path.join(dirpath, name), where))
    return sorted(found)


def outputs(store, skip=(".docket", "executions.log")):
    """The store's files (outputs) with their content hashes, bookkeeping left out:
    .docket/ (locks, history, jobs), the audit log of the sample tasks, and temporary files."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(store):
        if dirpath == store:
            dirnames[:] = [d for d in dirnames if d not in skip]
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), store)
            if rel in skip or TEMP_MARK in name:
                continue
            found[rel] = file_hash(os.path.join(dirpath, name))
    return found


class Result:
    def __init__(self, args, code, out, err, seconds, timed_out=False):
        self.args, self.code, self.out, self.err = args, code, out, err
        self.seconds, self.timed_out = seconds, timed_out

    @property
    def label(self):
        if self.timed_out:
            return "timeout"
        if self.code < 0:
            return f"signal {-self.code}"
        return str(self.code)

    def text(self):
        return (self.out + self.err).decode("utf-8", "replace")


def run(app, args, sandbox, timeout=60, user=None, cwd=None):
    """Runs the analysis to its end (or the timeout, then SIGKILL)."""
    command = app.command(args)
    if user:
        command = user.wrap(command)
    start = time.monotonic()
    proc = subprocess.Popen(command, cwd=cwd or sandbox.work, env=sandbox.env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        return Result(args, proc.returncode, out, err, time.monotonic() - start)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return Result(args, proc.returncode, out, err, time.monotonic() - start, True)


def start(app, args, sandbox, log_path, user=None):
    """Starts the analysis without waiting; its output (both streams) goes to log_path."""
    command = app.command(args)
    if user:
        command = user.wrap(command)
    log = open(log_path, "wb")
    proc = subprocess.Popen(command, cwd=sandbox.work, env=sandbox.env(),
                            stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                            start_new_session=True)
    log.close()
    return proc


def contract_violations(result):
    """The public contract of DESIGN.md: exit 0, 1 or 2; exit 2 with exactly one line on
    standard error, `docket: error: ...`, and no stack trace anywhere; exit 0 without trace."""
    problems = []
    if result.timed_out:
        return ["no exit within the timeout"]
    if result.code not in (0, 1, 2):
        problems.append(f"exit {result.code}")
    if result.code == 2:
        lines = [l for l in result.err.split(b"\n") if l.strip()]
        if len(lines) != 1 or not lines[0].startswith(ERROR_PREFIX):
            problems.append(f"exit 2 with {len(lines)} lines on stderr, not one '{ERROR_PREFIX.decode()}' line")
    if result.code in (0, 2):
        both = result.out + result.err
        for mark in TRACE_MARKS:
            if mark in both:
                problems.append(f"exit {result.code} printed {mark.decode().strip()!r} (a stack trace?)")
                break
    if result.code == 1 and b"\tat " in result.out + result.err and b"FAILED" not in result.out:
        problems.append("exit 1 with a stack trace but no failed task")
    if b"Exception in thread" in result.err:
        problems.append("an uncaught exception on a thread")
    return problems


def show(args, limit=60):
    def one(a):
        s = a.decode("utf-8", "backslashreplace") if isinstance(a, bytes) else a
        s = s.encode("unicode_escape").decode("ascii")
        return s if len(s) <= limit else s[:limit] + f"...({len(s)} chars)"
    return " ".join("'" + one(a) + "'" for a in args)
