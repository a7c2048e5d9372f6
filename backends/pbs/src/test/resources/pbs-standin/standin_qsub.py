"""qsub and the runner that schedules a job's elements, of the PBS stand-in; see pbs_standin.py for what it replays and what it is not."""

import os
import re
import signal
import socket
import subprocess
import sys
import time

from standin_server import ENDED, SERVER, Lock, end_state, job_id, job_path, knob, now_text, output_file, read_json, state_dir, write_json


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
        [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "pbs_standin.py"), "run", str(seq)],
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

def run(seq):
    """Schedules and runs the elements of job seq until every one has ended."""
    d = state_dir()
    procs = {}
    while True:
        slots = int(knob("DOCKET_PBS_STANDIN_SLOTS", "0") or "0")
        with Lock(job_path(d, seq) + ".lock"):
            job = read_json(job_path(d, seq))
            # Only a slot limit needs the other jobs counted (reading every job file, each tick).
            busy = running_elsewhere(d, seq) + len(procs) if slots else 0
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

def running_elsewhere(d, seq):
    n = 0
    for f in os.listdir(os.path.join(d, "jobs")):
        if f.endswith(".json") and f != "%d.json" % seq:
            try:
                n += sum(1 for el in read_json(os.path.join(d, "jobs", f))["elements"].values() if el["state"] == "R")
            except (OSError, ValueError):
                pass
    return n

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
