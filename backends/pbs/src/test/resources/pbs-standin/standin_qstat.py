"""qstat and qdel of the PBS stand-in; see pbs_standin.py for what it replays and what it is not."""

import os
import socket
import sys
import time

from standin_server import (ENDED, FINISHED, SERVER, UNKNOWN, Lock, expired, find, job_id, job_path, job_state,
                            now_text, output_file, read_json, state_dir, write_json)


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
