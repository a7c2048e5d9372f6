"""The "server" of the PBS stand-in: state directory, knobs, locks and job records shared by
the commands; see pbs_standin.py for what it replays and what it is not."""

import fcntl
import json
import os
import re
import sys
import time

SERVER = "standin"
UNKNOWN = 153  # PBSE_UNKJOBID (15001) as an exit status
FINISHED = 35  # PBSE_HISTJOBID (15139) as an exit status
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


def end_state(job):
    return "X" if job["indices"] else "F"

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
