"""Runs the generated project's sample notebook headless with nbclient on the installed kernel
and checks what it produced: the status table, the run's live progress, the fit's value, the
plot as an image. Usage: notebook_check.py NOTEBOOK KERNEL_NAME [EXECUTED_COPY]"""
import base64
import sys

import nbformat
from nbclient import NotebookClient

path, kernel = sys.argv[1], sys.argv[2]
notebook = nbformat.read(path, as_version=4)
NotebookClient(notebook, kernel_name=kernel, timeout=300).execute()  # an error cell raises
if len(sys.argv) > 3:
    nbformat.write(notebook, sys.argv[3])

outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]


def having(mime, text=""):
    return [o for o in outputs if mime in o.get("data", {}) and text in o["data"][mime]]


status = having("text/html", "docket-status")
assert status, "no status table among %s" % outputs
table = status[0]["data"]["text/html"]
for task in ("PlotDistributions(", "FitSignalStrength(", "GenerateEvents("):
    assert task in table, task + " is not in the status table: " + table

progress = having("text/html", "docket-progress")
assert progress, "no live progress display for the run"
assert " done</b>" in progress[0]["data"]["text/html"], progress[0]

assert having("text/html", "docket-summary"), "no run summary"

fit = having("text/plain", "mu = ")
assert fit, "no fit value among %s" % outputs

images = having("image/png")
assert images, "no PNG image output"
png = base64.b64decode(images[0]["data"]["image/png"])
assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10000, "not the plot: %d bytes" % len(png)

print("notebook: " + next(line for line in fit[0]["data"]["text/plain"].splitlines() if line.startswith("mu = ")))
