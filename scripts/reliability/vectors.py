"""Mutated argument vectors for the sample analysis: seeded, so a vector can be made again.

Each vector starts from something valid (a command, a task, its parameters, run options) and is
then mutated: values at the bounds of their type, digits of other scripts, odd bytes (never NUL:
an argument vector cannot hold one), unknown tasks and options, `--x=`, empty strings, very long
values, repeated options and values that try to lead out of the store.
"""

# The sample analysis's tasks and their parameters, each with a valid value.
TASKS = {
    "GenerateEvents": {"--dataset": "ttbar", "--version": "v1", "--events": "50", "--seed": "42"},
    "Selection": {"--dataset": "ttbar", "--version": "v1", "--min-jets": "4"},
    "JetCalibration": {"--dataset": "ttbar", "--version": "v1"},
    "Histograms": {"--dataset": "ttbar", "--version": "v1", "--bins": "10"},
    "Combine": {"--datasets": "ttbar,wjets", "--version": "v1"},
    "Skim": {"--branch": "-1", "--dataset": "ttbar", "--version": "v1", "--chunks": "4",
             "--label": "skim", "--sleep-ms": "0", "--fail-branch": "-1"},
    "SkimReport": {"--dataset": "ttbar", "--version": "v1", "--chunks": "4"},
}
# The parameters that end up in an output's path.
PATH_PARAMS = {"GenerateEvents": ["--dataset", "--version"], "Selection": ["--dataset", "--version"],
               "JetCalibration": ["--dataset", "--version"], "Histograms": ["--dataset", "--version"],
               "Combine": ["--datasets", "--version"], "Skim": ["--dataset", "--version"],
               "SkimReport": ["--dataset", "--version"]}
REQUIRED = {"GenerateEvents": ["--dataset"], "Selection": ["--dataset"],
            "JetCalibration": ["--dataset"], "Histograms": ["--dataset"]}

# Parameters whose value is an amount of work: at a bound they make a long (legitimate) run,
# so a vector that sets one of them to a large number only plans (--dry-run).
WORK_SIZE = {"--events", "--chunks", "--bins", "--sleep-ms"}

RUN_FLAGS = ["--dry-run", "--print-deps", "--keep-going", "--stop-on-failure", "--help", "-h",
             "--yes", "--cancel-jobs", "--cleanup-jobs"]
RUN_VALUED = {"--workers": "2", "--print-status": "1", "--remove-output": "0",
              "--workflow": "local", "--branches": "0:2", "--tasks-per-job": "1",
              "--parallel-jobs": "2", "--retries": "1", "--print-output": "0"}

COMMANDS = ["list", "config", "completion", "history", "help", "--help", "-h", "run", ""]

NUMBERS = ["0", "-1", "1", "2", "3", "20", "25", "26", "100", "2147483647", "-2147483648",
           "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
           "9223372036854775808", "99999999999", "1e3", "0x10", "1_000", "+1", "-0", "00",
           "1.5", " 1", "1 ", "NaN", "", "\u0664", "\uff14", "\u0be8", "\u0967\u0966",
           "\U0001d7d8", "1,2", "-1,all", "0,a", "2,r", "1,i", "-1,-1", "3:1", "0:2,99", "30:40"]

ODD = ["", " ", "-", "--", "---", "=", "==", "--=", "--x=", "-x", "\t", "\n", "\r\n", "\x01",
       "\x1b[31m", "\x7f", "\u00e9", "\u65e5\u672c", "\U0001f642", "\u202e", "\ufeff",
       "\ufffd", "\u2028", "a b", "'", "\"", "`", "$(id)", "${env:HOME}", "${core:store}",
       "%s%n", "\\", ";", "|", "&", "*", "?", "[", "#", "@file", ",", ",,", "a,,b", "\\,",
       "TTBAR", "ttbar ", "ttbar,ttbar", "true", "false"]
ODD_BYTES = [b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"a\x80b", b"\xfe\xff"]

ESCAPES = ["..", ".", "../x", "../../x", "../../../canary/x", "../../../../canary/deep/x",
           "../../../canary", "../../../../canary", "x/../../../../canary/x",
           "./../../../canary/x", "..//..//..//canary//x", "../../../../../../../../../../{tmp}",
           "{tmp}", "/etc/passwd", "/",
           "//", "/etc", "~/x", "..\\..\\x", "%2e%2e/x", "....//....//x", "..;/x",
           "\u2025/x", "\uff0e\uff0e/x", "a/b", "ttbar/../../../canary/x"]
# {tmp} becomes /tmp/docket-reliab-escape-<vector index>-x: where it was written, if it was.

UNKNOWN_TASKS = ["Selections", "selection", "SELECTION", "GenerateEvent", "Nope", "Main",
                 "run", "list", "", "-", "--dataset", "Skim/..", "../Skim"]

UNKNOWN_OPTIONS = ["--x", "--x=", "--datset", "--Dataset", "--dataset-", "--min_jets",
                   "--minJets", "---dataset", "-d", "--", "--workers-", "--no-dry-run",
                   "--dry-run=true", "--dry-run=false", "--dry-run=x", "--help=x",
                   "--print-deps=2", "--yes=no"]


def long_value(random):
    """Up to 100,000 bytes (one argument may have 128 kB)."""
    unit = random.choice(["x", "9", "../", "\u00e9", "a,"])
    return unit * (random.choice([300, 5000, 100000]) // len(unit.encode()))


def _odd(random):
    return random.choice(ODD) if random.random() < 0.85 else random.choice(ODD_BYTES)


def value(random, canary_abs):
    """A replacement value from one of the families above."""
    kind = random.randrange(7)
    if kind == 0:
        return random.choice(NUMBERS)
    if kind == 1:
        return _odd(random)
    if kind == 2:
        return random.choice(ESCAPES + [canary_abs, canary_abs + "/deep/x"])
    if kind == 3:
        return long_value(random)
    if kind == 4:
        return random.choice(UNKNOWN_OPTIONS)
    if kind == 5:
        base = random.choice(["ttbar", "v1", "4", "wjets", "skim"])
        return mutate_text(base, random)
    return random.choice(NUMBERS + ODD)


def mutate_text(text, random):
    chars = list(text)
    at = random.randrange(len(chars) + 1)
    c = random.choice(list("-=:,./\\ 09aZ\u00e9\u0664\t") + ["\u00ad", "\u200b"])
    op = random.randrange(3)
    if op == 0 and chars:
        del chars[min(at, len(chars) - 1)]
    elif op == 1:
        chars.insert(at, c)
    elif chars:
        chars[min(at, len(chars) - 1)] = c
    return "".join(chars)


def base_run(random):
    task = random.choice(list(TASKS))
    args = ["run", task]
    params = TASKS[task]
    for option, valid in params.items():
        if option in REQUIRED.get(task, []) or random.random() < 0.3:
            if random.random() < 0.5:
                args.append(f"{option}={valid}")
            else:
                args += [option, valid]
    for _ in range(random.choice([0, 0, 1, 1, 2])):
        if random.random() < 0.5:
            args.append(random.choice(RUN_FLAGS))
        else:
            option = random.choice(list(RUN_VALUED))
            args += [option, RUN_VALUED[option]]
    return task, args


def mutate(args, task, random, canary_abs):
    params = list(TASKS.get(task, {})) + list(RUN_VALUED)
    for _ in range(random.choice([0, 0, 1, 1, 1, 2, 3])):
        at = random.randrange(2, len(args) + 1) if len(args) > 2 else len(args)
        op = random.randrange(10)
        if op == 0 and len(args) > 2:                     # replace a word
            args[min(at, len(args) - 1)] = value(random, canary_abs)
        elif op == 1 and len(args) > 2:                   # drop a word
            del args[min(at, len(args) - 1)]
        elif op == 2 and len(args) > 2:                   # repeat a word
            args.insert(at, args[random.randrange(2, len(args))])
        elif op in (3, 4):                                # an option with an odd value
            option = random.choice(params)
            v = value(random, canary_abs)
            args[at:at] = [f"{option}={v}"] if random.random() < 0.5 else [option, v]
        elif op == 5:                                     # an unknown option
            args.insert(at, random.choice(UNKNOWN_OPTIONS))
        elif op == 6 and len(args) > 2:                   # change a character
            i = random.randrange(2, len(args))
            if isinstance(args[i], str):
                args[i] = mutate_text(args[i], random)
        elif op == 7:                                     # an escaping value for a path
            option = random.choice(PATH_PARAMS.get(task, ["--dataset"]))
            args += [option, random.choice(ESCAPES + [canary_abs])]
        elif op == 8:                                     # a bound for a number
            option = random.choice(["--workers", "--print-status", "--remove-output", "--branch",
                                    "--events", "--chunks", "--bins", "--min-jets", "--seed",
                                    "--retries", "--tasks-per-job", "--parallel-jobs",
                                    "--fail-branch", "--branches"])
            args += [option, random.choice(NUMBERS)]
        else:                                             # another task name
            args[1] = random.choice(UNKNOWN_TASKS + list(TASKS))
    return args


def other_command(random):
    args = [random.choice(COMMANDS)]
    for _ in range(random.randrange(3)):
        r = random.random()
        if r < 0.3:
            args.append(random.choice(["bash", "zsh", "fish", "ttbar", "1", "0", "-1", "abc",
                                       "99999999999", "\u0664"]))
        elif r < 0.6:
            args.append(random.choice(COMMANDS + list(TASKS)))
        else:
            args.append(_odd(random))
    return args


def vector(random, canary_abs):
    """One argument vector (a list of str, and bytes for the odd bytes)."""
    if random.random() < 0.12:
        return other_command(random)
    task, args = base_run(random)
    args = mutate(args, task, random, canary_abs)
    return plan_only_if_huge(args)


def plan_only_if_huge(args):
    """A number of events, chunks, bins or milliseconds above 10^5 is a long run, not a fault:
    such a vector only plans (--dry-run)."""
    for i, a in enumerate(args):
        if not isinstance(a, str):
            continue
        option, eq, v = a.partition("=")
        if not eq and i + 1 < len(args) and isinstance(args[i + 1], str):
            v = args[i + 1]
        if option in WORK_SIZE and _big(v):
            return args + ["--dry-run"]
    return args


def _big(v):
    digits = "".join(ch for ch in v if ch.isdigit())
    return len(digits) > 5
