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

import fcntl
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time

SERVER = "standin"
UNKNOWN = 153  # PBSE_UNKJOBID (15001) as an exit status
FINISHED = 35  # PBSE_HISTJOBID (15139) as an exit status
BADSTATE = 168  # PBSE_BADSTATE as qdel exits with it for a job that is exiting
ENDED = ("F", "X")


def state_dir():
    d = os.environ.get("DOCKET_PBS_STANDIN")
    if not d:
        sys.stderr.write("pbs stand-in: set DOCKET_PBS_STANDIN to its state directory\n")
        sys.exit(2)
    os.makedirs(os.path.join(d, "jobs"), exist_ok=True)
    return d


def knob(name, default):
    """A knob from the environment, else from the state directory's file knobs."""
    if name in os.environ:
        return os.environ[name]
    try:
        with open(os.path.join(state_dir(), "knobs")) as f:
            for line in f:
                k, _, v = line.strip().partition("=")
                if k == name:
                    return v
    except OSError:
        pass
    return default


def now_text(t=None):
    return time.strftime("%a %b %d %H:%M:%S %Y", time.localtime(t if t is not None else time.time()))


class Lock:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.f = open(self.path, "a")
        fcntl.flock(self.f, fcntl.LOCK_EX)
        return self

    def __exit__(self, *a):
        fcntl.flock(self.f, fcntl.LOCK_UN)
        self.f.close()


def write_json(path, value):
    tmp = path + ".tmp%d" % os.getpid()
    with open(tmp, "w") as f:
        json.dump(value, f)
    os.replace(tmp, path)


def read_json(path):
    with open(path) as f:
        return json.load(f)


def job_path(d, seq):
    return os.path.join(d, "jobs", "%d.json" % seq)


# ---------------------------------------------------------------------------------- qsub

def qsub(args):
    d = state_dir()
    opts = {"resources": {}, "variables": {}, "hold": False, "export_all": False, "join": "n"}
    script = None
    i = 0
    cli = []
    while i < len(args):
        a = args[i]
        if a == "--":
            sys.stderr.write("qsub: executable commands after -- are not supported by the stand-in\n")
            return 2
        if a.startswith("-") and len(a) > 1:
            flag = a[1]
            value = a[2:] if len(a) > 2 else None
            if flag in "JNqlAoejvWrmMSpP":
                if value is None:
                    i += 1
                    if i >= len(args):
                        return usage("option requires an argument -- '%s'" % flag)
                    value = args[i]
                cli.append((flag, value))
            elif flag in "hVz" and value is None:
                cli.append((flag, None))
            else:
                return usage("invalid option -- '%s'" % flag)
        else:
            script = a
            if i != len(args) - 1:
                return usage("script must be the last argument")
        i += 1
    if script is None:
        sys.stderr.write("qsub: the stand-in reads no job script from standard input; name a file\n")
        return 2
    try:
        with open(script) as f:
            text = f.read()
    except OSError as e:
        sys.stderr.write("qsub: script file:: %s\n" % e.strerror)
        return 2
    directives = []
    for line in text.splitlines()[1:] if text.startswith("#!") else text.splitlines():
        s = line.strip()
        if s.startswith("#PBS"):
            directives.extend(split_directive(s[4:]))
        elif s == "" or s.startswith("#"):
            continue
        else:
            break  # PBS stops reading directives at the first command
    for flag, value in parse_directives(directives) + cli:  # the command line wins
        err = apply(opts, flag, value)
        if err:
            sys.stderr.write("qsub: %s\n" % err)
            return 2
    queues = knob("DOCKET_PBS_STANDIN_QUEUES", "workq").split(",")
    queue = opts.get("queue", queues[0])
    if queue not in queues:
        sys.stderr.write("qsub: Unknown queue\n")
        return 2
    name = opts.get("name", os.path.basename(script)[:236])
    with Lock(os.path.join(d, "seq.lock")):
        seq_file = os.path.join(d, "seq")
        seq = int(open(seq_file).read()) + 1 if os.path.exists(seq_file) else 1000
        with open(seq_file, "w") as f:
            f.write(str(seq))
    jobdir = os.path.join(d, "jobs", str(seq))
    os.makedirs(jobdir)
    copy = os.path.join(jobdir, "script")  # PBS keeps its own copy of the script
    with open(copy, "w") as f:
        f.write(text)
    env = {}
    if opts["export_all"]:
        env.update(os.environ)
    for k in ("HOME", "LANG", "LOGNAME", "PATH", "MAIL", "SHELL", "TZ"):
        if k in os.environ:
            env["PBS_O_" + k] = os.environ[k]
    env["PBS_O_WORKDIR"] = os.getcwd()
    env["PBS_O_HOST"] = socket.gethostname()
    env["PBS_O_QUEUE"] = queue
    env.update(opts["variables"])
    indices = opts.get("array")
    job = {
        "seq": seq, "name": name, "queue": queue, "script": copy, "indices": indices,
        "range": opts.get("range"), "hold": opts["hold"], "resources": opts["resources"],
        "account": opts.get("account"), "output": opts.get("output"), "error": opts.get("error"),
        "join": opts["join"], "env": env, "owner": "%s@%s" % (os.environ.get("USER", "root"), socket.gethostname()),
        "ctime": time.time(), "args": " ".join(args),
        "elements": {str(k): {"state": "H" if opts["hold"] else "Q"} for k in (indices or ["-"])},
    }
    write_json(job_path(d, seq), job)
    subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), "run", str(seq)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, env=dict(os.environ))
    print("%d%s.%s" % (seq, "[]" if indices else "", SERVER))
    return 0


def usage(why):
    sys.stderr.write("qsub: %s\nusage: qsub [-J X-Y[:Z]] [-N name] [-q queue] [-l resource_list] "
                     "[-A account] [-o path] [-e path] [-j oe] [-h] [-V] [-v variable_list] script\n" % why)
    return 2


def split_directive(rest):
    words = rest.split()
    return words


def parse_directives(words):
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.startswith("-") and len(w) > 1:
            flag = w[1]
            value = w[2:] or None
            if flag in "JNqlAoejvWrmMSpP" and value is None and i + 1 < len(words):
                i += 1
                value = words[i]
            out.append((flag, value))
        i += 1
    return out


WALLTIME = re.compile(r"^(\d+:){0,2}\d+$")


def apply(opts, flag, value):
    if flag == "J":
        m = re.fullmatch(r"(\d+)-(\d+)(?::(\d+))?", value or "")
        if not m or int(m.group(1)) >= int(m.group(2)) or (m.group(3) and int(m.group(3)) < 1):
            return "illegal -J value"
        step = int(m.group(3) or 1)
        indices = list(range(int(m.group(1)), int(m.group(2)) + 1, step))
        if len(indices) > 10000:
            return "Array job exceeds server or queue size limit"  # max_array_size 10000
        opts["array"] = indices
        opts["range"] = value
    elif flag == "N":
        if not re.fullmatch(r"[A-Za-z][^\s@#]{0,235}", value or ""):
            return "illegal -N value"
        opts["name"] = value
    elif flag == "q":
        opts["queue"] = value
    elif flag == "l":
        for item in value.split(","):
            if "=" not in item:
                return "illegal -l value"
            k, v = item.split("=", 1)
            if k == "walltime" and not WALLTIME.match(v):
                return "Illegal attribute or resource value Resource_List.walltime"
            opts["resources"][k] = v
    elif flag == "A":
        opts["account"] = value
    elif flag == "o":
        opts["output"] = value
    elif flag == "e":
        opts["error"] = value
    elif flag == "j":
        if value not in ("oe", "eo", "n"):
            return "illegal -j value"
        opts["join"] = value
    elif flag == "h":
        opts["hold"] = True
    elif flag == "V":
        opts["export_all"] = True
    elif flag == "v":
        for item in value.split(","):
            k, _, v = item.partition("=")
            opts["variables"][k] = v if _ else os.environ.get(k, "")
    return None  # -W, -r, -m, -M, -S, -p, -P, -z: accepted and recorded only as arguments


# ---------------------------------------------------------------------------------- the runner

def run(seq):
    """Schedules and runs the elements of job seq until every one has ended."""
    d = state_dir()
    procs = {}
    while True:
        slots = int(knob("DOCKET_PBS_STANDIN_SLOTS", "0") or "0")
        with Lock(job_path(d, seq) + ".lock"):
            job = read_json(job_path(d, seq))
            busy = running_elsewhere(d, seq) + len(procs)
            changed = False
            for key, el in job["elements"].items():
                st = el["state"]
                if el.get("delete") and st in ("Q", "H"):
                    el.update(state=end_state(job), comment="Job deleted by qdel before it ran", etime=time.time())
                    changed = True
                elif el.get("delete") and st == "R" and key in procs and not el.get("signalled"):
                    try:
                        os.killpg(procs[key].pid, signal.SIGTERM)
                    except ProcessLookupError:
                        pass
                    el["signalled"] = True
                    changed = True
                elif st == "Q":
                    if slots and busy >= slots:
                        comment = "Not Running: Insufficient amount of resource: ncpus (R: 1 A: 0 T: %d)" % slots
                        if el.get("comment") != comment:
                            el["comment"] = comment
                            changed = True
                        continue
                    procs[key] = start(job, key)
                    busy += 1
                    el.update(state="R", stime=time.time(), pid=procs[key].pid,
                              comment="Job run at %s on (%s:ncpus=1)" % (now_text(), socket.gethostname()))
                    changed = True
                elif st == "R" and key in procs and procs[key].poll() is not None:
                    rc = procs.pop(key).returncode
                    status = 256 - rc if rc < 0 else rc  # killed by signal N: 256 + N
                    el.update(state=end_state(job), exit_status=status, etime=time.time(),
                              comment="Job run at %s on (%s:ncpus=1) and %s" % (
                                  now_text(el.get("stime")), socket.gethostname(),
                                  "deleted by qdel" if el.get("delete") else "finished"))
                    changed = True
            if changed:
                write_json(job_path(d, seq), job)
            if all(el["state"] in ENDED for el in job["elements"].values()):
                return 0
        time.sleep(0.1)


def end_state(job):
    return "X" if job["indices"] else "F"


def running_elsewhere(d, seq):
    n = 0
    for f in os.listdir(os.path.join(d, "jobs")):
        if f.endswith(".json") and f != "%d.json" % seq:
            try:
                n += sum(1 for el in read_json(os.path.join(d, "jobs", f))["elements"].values() if el["state"] == "R")
            except (OSError, ValueError):
                pass
    return n


def job_id(job, key=None):
    if not job["indices"]:
        return "%d.%s" % (job["seq"], SERVER)
    return "%d[%s].%s" % (job["seq"], "" if key is None else key, SERVER)


def output_file(job, key, which):
    path = job["output"] if which == "o" else job["error"]
    suffix = "%s%d%s" % (which, job["seq"], "" if key == "-" else "." + key)
    if not path:
        return os.path.join(job["env"]["PBS_O_WORKDIR"], "%s.%s" % (job["name"], suffix))
    path = path.split(":", 1)[1] if re.match(r"^[^/]+:", path) else path  # host:path
    path = path.replace("^array_index^", key)
    if os.path.isdir(path) or path.endswith("/"):
        return os.path.join(path, "%s.%s" % (job["name"], suffix))
    return path


def start(job, key):
    env = dict(job["env"])
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env.setdefault("HOME", os.environ.get("HOME", "/"))
    env.update(PBS_JOBID=job_id(job, None if key == "-" else key), PBS_JOBNAME=job["name"],
               PBS_QUEUE=job["queue"], PBS_ENVIRONMENT="PBS_BATCH", PBS_O_SHELL="/bin/sh")
    if key != "-":
        env.update(PBS_ARRAY_INDEX=key, PBS_ARRAY_ID=job_id(job))
    else:
        env.pop("PBS_ARRAY_INDEX", None)
        env.pop("PBS_ARRAY_ID", None)
    out = output_file(job, key, "o")
    err = out if job["join"] == "oe" else output_file(job, key, "e")
    try:
        stdout = open(out, "w")
        stderr = stdout if err == out else open(err, "w")
    except OSError:
        stdout = stderr = subprocess.DEVNULL  # PBS would mail the undeliverable output
    return subprocess.Popen(["/bin/sh", job["script"]], cwd=env["HOME"], env=env, stdin=subprocess.DEVNULL,
                            stdout=stdout, stderr=stderr, start_new_session=True)


# ---------------------------------------------------------------------------------- qstat

ID = re.compile(r"^(\d+)(?:\[(\d*)\])?(?:\.[^@]*)?(?:@.*)?$")


def find(d, text):
    """(job, key) for a job id operand: key None for the whole job/array, else the subjob."""
    m = ID.match(text)
    if not m or not os.path.exists(job_path(d, int(m.group(1)))):
        return None, None
    job = read_json(job_path(d, int(m.group(1))))
    if m.group(2) is not None and m.group(2) != "":
        if not job["indices"] or m.group(2) not in job["elements"]:
            return None, None
        return job, m.group(2)
    if (m.group(2) is not None) != bool(job["indices"]):
        return None, None  # 1234[] of a plain job, 1234 of an array
    return job, None


def job_state(job, key):
    if key is not None:
        return job["elements"][key]["state"]
    states = [el["state"] for el in job["elements"].values()]
    if not job["indices"]:
        return states[0]
    if all(s in ENDED for s in states):
        return "F"
    if all(s == "H" for s in states):
        return "H"
    if all(s == "Q" for s in states):
        return "Q"
    return "B"


def ended_at(job):
    times = [el.get("etime", 0) for el in job["elements"].values()]
    return max(times) if times else 0


def expired(job):
    history = float(knob("DOCKET_PBS_STANDIN_HISTORY", "3600"))
    return job_state(job, None) in ENDED and time.time() - ended_at(job) > history


def qstat(args):
    d = state_dir()
    history = full = subjobs = False
    ids = []
    for a in args:
        if a.startswith("-") and len(a) > 1:
            for c in a[1:]:
                if c == "x":
                    history = True
                elif c == "f":
                    full = True
                elif c == "t":
                    subjobs = True
                else:
                    sys.stderr.write("qstat: invalid option -- '%s'\n" % c)
                    return 2
        else:
            ids.append(a)
    if not ids:
        ids = sorted((f[:-5] for f in os.listdir(os.path.join(d, "jobs")) if f.endswith(".json")), key=int)
        ids = [job_id(read_json(job_path(d, int(s)))) for s in ids]
    rc = 0
    rows = []
    for text in ids:
        job, key = find(d, text)
        if job is None or expired(job):
            sys.stderr.write("qstat: Unknown Job Id %s\n" % text)
            rc = UNKNOWN
            continue
        if job_state(job, key) in ENDED and not history:
            sys.stderr.write("qstat: %s Job has finished, use -x or -H to obtain historical job information\n" % text)
            rc = FINISHED
            continue
        keys = [key]
        if key is None and job["indices"] and subjobs:
            keys += list(job["elements"])
        for k in keys:
            rows.append(block(job, k) if full else row(job, k))
    if full:
        sys.stdout.write("".join(rows))
    elif rows:
        sys.stdout.write("Job id            Name             User              Time Use S Queue\n"
                         "----------------  ---------------- ----------------  -------- - -----\n")
        sys.stdout.write("".join(rows))
    return rc


def row(job, key):
    return "%-17s %-16s %-17s %8s %s %s\n" % (
        job_id(job, key)[:17], job["name"][:16], job["owner"].split("@")[0][:16], "0", job_state(job, key), job["queue"])


def block(job, key):
    el = job["elements"][key] if key is not None else (job["elements"]["-"] if not job["indices"] else {})
    state = job_state(job, key)
    attrs = [("Job_Name", job["name"]), ("Job_Owner", job["owner"])]
    if state in ("R",) + ENDED and el.get("stime"):
        used = int((el.get("etime") or time.time()) - el["stime"])
        attrs += [("resources_used.ncpus", "1"), ("resources_used.walltime", "%02d:%02d:%02d" % (used // 3600, used // 60 % 60, used % 60))]
    attrs += [("job_state", state), ("queue", job["queue"]), ("server", SERVER), ("Checkpoint", "u"),
              ("ctime", now_text(job["ctime"])),
              ("Error_Path", "%s:%s" % (socket.gethostname(), output_file(job, key or "-", "e")))]
    if state == "R":
        attrs.append(("exec_host", "%s/0" % socket.gethostname()))
    attrs += [("Hold_Types", "u" if state == "H" else "n"), ("Join_Path", job["join"]), ("Keep_Files", "n"),
              ("Mail_Points", "a"), ("mtime", now_text()),
              ("Output_Path", "%s:%s" % (socket.gethostname(), output_file(job, key or "-", "o"))),
              ("Priority", "0"), ("qtime", now_text(job["ctime"])), ("Rerunable", "True")]
    resources = {"ncpus": "1", "nodect": "1", "place": "pack", "select": "1:ncpus=1", "walltime": "01:00:00"}
    resources.update(job["resources"])
    attrs += [("Resource_List." + k, v) for k, v in sorted(resources.items())]
    if el.get("stime"):
        attrs.append(("stime", now_text(el["stime"])))
    if state == "R":
        attrs.append(("session_id", str(el.get("pid", 0))))
    attrs.append(("substate", {"Q": "10", "H": "20", "R": "42", "B": "42", "F": "92", "X": "92"}.get(state, "10")))
    variables = ",".join("%s=%s" % (k, v.replace(",", "\\,")) for k, v in sorted(job["env"].items()) if k.startswith("PBS_O_"))
    attrs.append(("Variable_List", variables))
    if el.get("comment"):
        attrs.append(("comment", el["comment"]))
    elif key is None and job["indices"]:
        attrs.append(("comment", "Job Array Queued" if state in ("Q", "H") else "Job Array Began at %s" % now_text(job["ctime"])))
    attrs.append(("etime", now_text(job["ctime"])))
    if state in ENDED and "exit_status" in el:
        attrs.append(("Exit_status", str(el["exit_status"])))
    attrs.append(("Submit_arguments", job["args"]))
    if job["account"]:
        attrs.append(("Account_Name", job["account"]))
    if job["indices"] and key is None:
        counts = {"Queued": 0, "Running": 0, "Exiting": 0, "Expired": 0}
        for e in job["elements"].values():
            counts[{"Q": "Queued", "H": "Queued", "R": "Running"}.get(e["state"], "Expired")] += 1
        remaining = [k for k, e in job["elements"].items() if e["state"] not in ENDED]
        attrs += [("array", "True"), ("array_state_count", " ".join("%s:%d" % c for c in counts.items())),
                  ("array_indices_submitted", job["range"]),
                  ("array_indices_remaining", compact(remaining) if remaining else "-")]
    elif job["indices"]:
        attrs += [("array_id", job_id(job)), ("array_index", key)]
    attrs.append(("project", "_pbs_project_default"))
    out = ["Job Id: %s\n" % job_id(job, key)]
    for k, v in attrs:
        out.append(wrap("    %s = %s" % (k, v)))
    out.append("\n")
    return "".join(out)


def wrap(line, width=79):
    """PBS's qstat -f continues a long value on lines that begin with a tab."""
    parts = [line[:width]]
    rest = line[width:]
    while rest:
        parts.append("\t" + rest[:width - 8])
        rest = rest[width - 8:]
    return "\n".join(parts) + "\n"


def compact(keys):
    nums = sorted(int(k) for k in keys)
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else "%d-%d" % (nums[i], nums[j]))
        i = j + 1
    return ",".join(out)


# ---------------------------------------------------------------------------------- qdel

def qdel(args):
    d = state_dir()
    rc = 0
    for text in args:
        if text.startswith("-"):
            sys.stderr.write("qdel: the stand-in takes job ids only\n")
            return 2
        job, key = find(d, text)
        if job is None or expired(job):
            sys.stderr.write("qdel: Unknown Job Id %s\n" % text)
            rc = UNKNOWN
            continue
        with Lock(job_path(d, job["seq"]) + ".lock"):
            job = read_json(job_path(d, job["seq"]))
            keys = [key] if key is not None else list(job["elements"])
            live = [k for k in keys if job["elements"][k]["state"] not in ENDED]
            if not live:
                sys.stderr.write("qdel: Job has finished %s\n" % text)
                rc = FINISHED
                continue
            for k in live:
                job["elements"][k]["delete"] = True
            write_json(job_path(d, job["seq"]), job)
    return rc


def main(tool, args):
    if tool == "run":
        return run(int(args[0]))
    return {"qsub": qsub, "qstat": qstat, "qdel": qdel}[tool](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
