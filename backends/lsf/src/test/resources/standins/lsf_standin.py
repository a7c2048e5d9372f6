"""Stand-ins for IBM Spectrum LSF's bsub, bjobs and bkill, for Docket's tests.

LSF cannot be installed here, so these replay the formats that LSF 10.1's manual documents for
the forms Docket uses: bsub reading a #BSUB script on standard input and answering
"Job <1234> is submitted to queue <normal>."; bjobs -o "... delimiter='|'" -noheader with the
states PEND (with pending reasons), PSUSP (bsub -H), RUN, DONE and EXIT (with exit codes), and
"Job <1234> is not found" on standard error once a job has left the system; bkill answering
"Job <1234[3]> is being terminated" or "Job <1234[3]>: Job has already finished". Jobs run on
this machine in the background, with LSB_JOBID, LSB_JOBINDEX, LSB_JOBNAME and LSB_QUEUE set as
LSF sets them and their output appended to the -o file (%J and %I replaced).

State lives in files under $DOCKET_LSF_STANDIN_STATE (default: a directory "state" beside
these scripts). Knobs, from the environment or from lines NAME=VALUE in <state>/knobs:
  DOCKET_LSF_STANDIN_PEND_SECONDS    time a new element stays PEND before it may run (0)
  DOCKET_LSF_STANDIN_SLOTS           elements that may run at once; others wait PEND (4)
  DOCKET_LSF_STANDIN_CLEAN_SECONDS   time after its end until bjobs no longer knows an
                                     element, LSF's CLEAN_PERIOD (3600)
  DOCKET_LSF_STANDIN_MAX_ARRAY_SIZE  LSF's MAX_JOB_ARRAY_SIZE (1000)
  DOCKET_LSF_STANDIN_QUEUES          the queues that exist, blank-separated ("normal short")
"""

import fcntl
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STATE = os.environ.get("DOCKET_LSF_STANDIN_STATE") or os.path.join(HERE, "state")
NEW_JOB = "New job is waiting for scheduling"
SLOT_LIMIT = "The user has reached his/her job slot limit"
USER_STOP = "The job was suspended by the user while pending"
VALUELESS = {"-B", "-H", "-I", "-Ip", "-Is", "-K", "-N", "-r", "-rn", "-x", "-ti", "-tty"}


def knob(name, default):
    value = os.environ.get("DOCKET_LSF_STANDIN_" + name)
    if value is None:
        try:
            with open(os.path.join(STATE, "knobs")) as f:
                for line in f:
                    key, _, val = line.strip().partition("=")
                    if key in (name, "DOCKET_LSF_STANDIN_" + name):
                        value = val
        except FileNotFoundError:
            pass
    return default if value is None else type(default)(value)


class Locked:
    """Every read and write of the state happens under one lock, as mbatchd serialises them."""

    def __enter__(self):
        os.makedirs(os.path.join(STATE, "jobs"), exist_ok=True)
        self.file = open(os.path.join(STATE, "lock"), "w")
        fcntl.flock(self.file, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def job_path(job_id):
    return os.path.join(STATE, "jobs", str(job_id) + ".json")


def load(job_id):
    try:
        with open(job_path(job_id)) as f:
            return json.load(f)
    except FileNotFoundError:
        return None


def save(job):
    tmp = job_path(job["id"]) + ".tmp"
    with open(tmp, "w") as f:
        json.dump(job, f)
    os.replace(tmp, job_path(job["id"]))


def all_jobs():
    for name in sorted(os.listdir(os.path.join(STATE, "jobs"))):
        if name.endswith(".json"):
            yield load(name[:-5])


def forgotten(element):
    end = element.get("end")
    return end is not None and time.time() - end > knob("CLEAN_SECONDS", 3600.0)


def parse_options(words, options):
    i = 0
    while i < len(words):
        word = words[i]
        if not word.startswith("-"):
            return words[i:]
        if word in VALUELESS:
            options[word] = True
            i += 1
        else:
            if i + 1 >= len(words):
                raise SystemExit(word + ": option requires an argument. Job not submitted.")
            options[word] = words[i + 1]
            i += 2
    return []


def indices(spec):
    result = []
    for part in spec.split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d+)(?::(\d+))?)?", part.strip())
        if not m:
            return None
        start, end, step = int(m.group(1)), int(m.group(2) or m.group(1)), int(m.group(3) or 1)
        result.extend(range(start, end + 1, step))
    return result


def bsub(args):
    options = {}
    command = parse_options(args, options)
    script = None if command else sys.stdin.read()
    if script is not None:
        directives = {}
        for line in script.splitlines():
            if line.startswith("#BSUB"):
                parse_options(shlex.split(line[len("#BSUB"):]), directives)
        directives.update(options)  # the command line overrides the script, as LSF documents
        options = directives
    name = options.get("-J", "job")
    m = re.fullmatch(r"([^\[\]]*)\[([^\]]*)\](?:%\d+)?", name)
    elements = [0]
    if m:
        name, elements = m.group(1), indices(m.group(2))
        if not elements or min(elements) < 1:
            sys.stderr.write("Bad job name. Job not submitted.\n")
            return 255
        if max(elements) > knob("MAX_ARRAY_SIZE", 1000):
            sys.stderr.write("Job array index too large. Job not submitted.\n")
            return 255
    queue = options.get("-q")
    if queue is not None and queue not in knob("QUEUES", "normal short").split():
        sys.stderr.write(queue + ": No such queue. Job not submitted.\n")
        return 255
    if "-W" in options and not re.fullmatch(r"\d+(:\d+)?", options["-W"]):
        sys.stderr.write(options["-W"] + ": Bad RUNLIMIT specification. Job not submitted.\n")
        return 255
    with Locked():
        counter = os.path.join(STATE, "next-id")
        job_id = int(open(counter).read()) if os.path.exists(counter) else 1000
        with open(counter, "w") as f:
            f.write(str(job_id + 1))
        state = "PSUSP" if options.get("-H") else "PEND"
        job = {
            "id": job_id, "name": name, "queue": queue or "normal", "array": m is not None,
            "options": options, "command": command, "submitted": time.time(),
            "cwd": options.get("-cwd", os.getcwd()), "env": dict(os.environ),
            "elements": {str(i): {"stat": state, "reason": USER_STOP if state == "PSUSP" else NEW_JOB,
                                  "exit": None, "pid": None, "end": None} for i in elements},
        }
        save(job)
        if script is not None:  # spooled, as mbatchd keeps the script it was given
            with open(job_path(job_id)[:-5] + ".script", "w") as f:
                f.write(script)
    subprocess.Popen([sys.executable, os.path.join(HERE, "lsf_standin.py"), "run", str(job_id)],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)
    print("Job <%d> is submitted to %squeue <%s>." % (job_id, "" if queue else "default ", job["queue"]))
    return 0


def start(job, index):
    """Starts one element like sbatchd would: its environment, working directory and output file."""
    env = dict(job["env"])
    env.update(LSB_JOBID=str(job["id"]), LSB_JOBINDEX=index, LSB_QUEUE=job["queue"],
               LSB_JOBNAME=job["name"] + ("[%s]" % index if job["array"] else ""))
    output = job["options"].get("-o") or job["options"].get("-oo") or os.devnull
    output = output.replace("%J", str(job["id"])).replace("%I", index)
    out = open(output, "a")
    if job["command"]:
        argv = ["/bin/sh", "-c", " ".join(job["command"])]
    else:
        argv = ["/bin/sh", job_path(job["id"])[:-5] + ".script"]
    process = subprocess.Popen(argv, cwd=job["cwd"], env=env, stdin=subprocess.DEVNULL, stdout=out,
                               stderr=subprocess.STDOUT, start_new_session=True)
    return process, out


def run(job_id):
    """The background part of one bsub: dispatches its elements when slots are free, reaps them."""
    running = {}
    while True:
        with Locked():
            job = load(job_id)
            busy = sum(1 for j in all_jobs() for e in j["elements"].values() if e["stat"] == "RUN")
            for index, element in job["elements"].items():
                if element["stat"] == "RUN" and index in running:
                    code = running[index][0].poll()
                    if code is not None:
                        running.pop(index)[1].close()
                        code = 128 - code if code < 0 else code
                        element.update(stat="DONE" if code == 0 else "EXIT", exit=code, end=time.time())
                        report(job, index, code)
            waiting = time.time() - job["submitted"] < knob("PEND_SECONDS", 0.0)
            for index, element in job["elements"].items():
                if element["stat"] != "PEND":
                    continue
                if waiting:
                    element["reason"] = NEW_JOB
                elif busy >= knob("SLOTS", 4):
                    element["reason"] = SLOT_LIMIT
                else:
                    running[index] = start(job, index)
                    element.update(stat="RUN", reason="", pid=running[index][0].pid)
                    busy += 1
            save(job)
            if not running and all(e["stat"] in ("DONE", "EXIT") for e in job["elements"].values()):
                return 0
        time.sleep(0.1)


def report(job, index, code):
    """The summary LSF appends to the -o file when a job ends."""
    output = job["options"].get("-o") or job["options"].get("-oo")
    if output:
        with open(output.replace("%J", str(job["id"])).replace("%I", index), "a") as f:
            f.write("\n------------------------------------------------------------\n")
            f.write("Sender: LSF stand-in\nJob <%s[%s]> in queue <%s>\n" % (job["id"], index, job["queue"]))
            f.write("Successfully completed.\n" if code == 0 else "Exited with exit code %d.\n" % code)


def selected(job, wanted):
    if wanted is None:
        return [(i, e) for i, e in job["elements"].items() if not forgotten(e)]
    element = job["elements"].get(wanted)
    return [] if element is None or forgotten(element) else [(wanted, element)]


def split_id(text):
    m = re.fullmatch(r"(\d+)(?:\[(\d+)\])?", text)
    return (m.group(1), m.group(2)) if m else (None, None)


def bjobs(args):
    fields, delimiter, header, ids = ["jobid", "stat"], " ", True, []
    i = 0
    while i < len(args):
        if args[i] == "-o":
            spec = args[i + 1]
            m = re.search(r"delimiter='(.)'", spec)
            delimiter = m.group(1) if m else " "
            fields = re.sub(r"delimiter='.'", "", spec).split()
            i += 2
        elif args[i] == "-noheader":
            header = False
            i += 1
        elif args[i].startswith("-"):
            i += 1  # -a and friends: every state is shown for the ids asked for
        else:
            ids.append(args[i])
            i += 1
    out, status = [], 0
    if header:
        out.append(delimiter.join(f.upper() for f in fields))
    with Locked():
        for text in ids:
            job_id, wanted = split_id(text)
            job = load(job_id) if job_id else None
            rows = selected(job, wanted) if job else []
            if not rows:
                sys.stderr.write("Job <%s> is not found\n" % text)
                status = 255
            for index, element in rows:
                values = {
                    "jobid": str(job["id"]), "jobindex": index, "stat": element["stat"],
                    "exit_code": "-" if element["exit"] is None or element["stat"] == "DONE" else str(element["exit"]),
                    "pend_reason": element["reason"] + ";" if element["stat"] in ("PEND", "PSUSP") else "-",
                    "job_name": job["name"] + ("[%s]" % index if job["array"] else ""), "queue": job["queue"],
                }
                out.append(delimiter.join(values.get(f, "-") for f in fields))
    if out:
        print("\n".join(out))
    return status


def bkill(args):
    status = 0
    with Locked():
        for text in args:
            job_id, wanted = split_id(text)
            job = load(job_id) if job_id else None
            rows = selected(job, wanted) if job else []
            if not rows:
                sys.stderr.write("Job <%s>: No matching job found\n" % text)
                status = 255
                continue
            live = [(i, e) for i, e in rows if e["stat"] not in ("DONE", "EXIT")]
            if not live:
                sys.stderr.write("Job <%s>: Job has already finished\n" % text)
                status = 255
                continue
            for index, element in live:
                if element["stat"] == "RUN" and element["pid"]:
                    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
                        try:
                            os.killpg(element["pid"], sig)
                        except ProcessLookupError:
                            break
                        time.sleep(0.05)
                else:
                    element.update(stat="EXIT", reason="", end=time.time())
            save(job)
            print("Job <%s> is being terminated" % text)
    return status


def main(tool, args):
    try:
        if tool == "run":
            return run(args[0])
        return {"bsub": bsub, "bjobs": bjobs, "bkill": bkill}[tool](args)
    except SystemExit as e:
        if isinstance(e.code, str):
            sys.stderr.write(e.code + "\n")
            return 255
        raise


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
