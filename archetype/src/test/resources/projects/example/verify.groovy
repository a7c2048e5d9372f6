// After the generated project's `mvn package` (tests included): run the whole example chain
// through the launcher, as a new user would, and check what it produces.
// basedir is the IT project directory; archetype:generate wrote the new project below it.
def project = new File(basedir, "project/my-analysis")
def launcher = new File(project, "docket")
assert launcher.canExecute() : "the launcher ./docket must be executable after archetype:generate"

def docket = { List<String> args ->
  def process = new ProcessBuilder(["./docket"] + args).directory(project).redirectErrorStream(true).start()
  def text = new StringBuilder()
  process.inputStream.eachLine { text.append(it).append('\n') }
  assert process.waitFor() == 0 : "./docket " + args.join(" ") + " failed:\n" + text
  return text.toString()
}

// Help names the launcher as the user runs it; a mistyped task is bad input, with a suggestion.
def help = docket(["--help"])
assert help.contains("source <(./docket completion bash docket)") : help
def typo = new ProcessBuilder(["./docket", "run", "PlotDistribution", "--help"]).directory(project)
    .redirectErrorStream(true).start()
def typoText = typo.inputStream.text
assert typo.waitFor() == 2 : typoText
assert typoText.contains("unknown task 'PlotDistribution'; did you mean PlotDistributions?") : typoText

// Enum values have one spelling, the constant's: in help and list as in task ids.
def list = docket(["list"])
assert list.contains("TTBAR,SINGLE_TOP,WJETS,DATA") : list
assert !list.contains("ttbar,single_top") : list

def output = docket(["run", "PlotDistributions"])
assert output.contains("Done: PlotDistributions(") : output
// Progress lines shorten the long list of datasets; the Done line keeps the whole identity.
assert output.contains("done PlotDistributions(version=v1, minJets=4, minBtags=1, bins=20, datasets=TTBAR,SINGLE_TOP,+2~3cda, shifts=NOMINAL,UP,DOWN) in ") : output
assert output.contains("Done: PlotDistributions(version=v1, minJets=4, minBtags=1, bins=20, datasets=TTBAR,SINGLE_TOP,WJETS,DATA, shifts=NOMINAL,UP,DOWN)") : output

// Class-data sharing (the launcher's comments, docs/performance.md): the first run recorded an
// archive, the next command checks it and puts it in place; a stale or broken archive never
// breaks a launch, and a stale one is replaced.
def target = new File(project, "target")
def archive = new File(target, "docket.jsa")
def stamp = new File(target, "docket.jsa.java")
def cdsLog = new File(target, "docket-cds.log")
def pending = { target.listFiles().findAll { it.name ==~ /docket\.jsa\.\d+\.tmp/ } }
assert pending().size() == 1 : "the first run recorded no archive: " + target.list()
assert docket(["list"]) == list : "the JVM printed something about the archive"
assert archive.isFile() && stamp.isFile() && pending().isEmpty() : target.list()
assert docket(["list"]) == list && cdsLog.length() == 0 : cdsLog.text
// A rebuilt analysis (a jar newer than the archive): removed, and the next run records a new
// one. The archive is made older rather than the jar newer: a jar in the future would stay newer
// than the next archive too, when the run takes less than the shift.
def jar = new File(target, "my-analysis-0.1.0-SNAPSHOT.jar")
assert archive.setLastModified(jar.lastModified() - 5000)
assert docket(["run", "PlotDistributions"]).contains("Done: PlotDistributions(")
assert !archive.exists() && pending().size() == 1 : target.list()
assert docket(["list"]) == list && archive.isFile()
// Another JDK (the time stamp of the java that made it differs): removed at the next launch.
assert stamp.setLastModified(stamp.lastModified() - 86400000L)
assert docket(["list"]) == list && !archive.exists() : target.list()
// An unreadable archive (as another JDK's can be): the JVM goes on without it.
assert docket(["run", "PlotDistributions"]).contains("Done: PlotDistributions(")
assert docket(["list"]) == list && archive.isFile()
def good = archive.bytes
archive.setWritable(true)
archive.bytes = "not an archive".bytes
assert docket(["list"]) == list
// A recording cut short (its process gone): checked, refused and removed, never mapped.
archive.bytes = good
def gone = new ProcessBuilder("true").start()
gone.waitFor()
def cut = new File(target, "docket.jsa." + gone.pid() + ".tmp")
cut.bytes = Arrays.copyOf(good, 200000)
assert docket(["list"]) == list && !cut.exists() && archive.bytes == good

// What users run is what is documented (and measured: the benchmark starts through this launcher):
// the generated main's documentation gives the launcher's JVM flags, in the same order.
def flags = launcher.readLines().find { it.startsWith('jvm="') }
assert flags != null : "the launcher has no jvm=\"...\" line"
flags = flags.substring(5, flags.length() - 1)
def mainSource = new File(target, "generated-sources/annotations/org/example/analysis/Main.java").text
assert mainSource.contains(" * java " + flags + " \\") : "the generated main documents other JVM flags than ./docket's (" + flags + ")"

def plots = new File(project, "data/plots/v1/jets4_btags1_20bins")
assert new File(plots, "mbjj.png").length() > 10000 : "no PNG in " + plots
assert new File(plots, "mbjj.svg").text.contains("<svg")
def fit = new File(project, "data/fit/v1/jets4_btags1_20bins/signal_strength.txt").text
assert fit.contains("mu = ") : fit

// The generation workflow's branches as batch jobs: the generated project has the
// local-process backend on its class path. One job of two small chunks, in a version of its own.
def jobs = docket(["run", "GenerateEvents", "--dataset", "wjets", "--version", "jobs", "--chunks", "2",
    "--events-per-chunk", "100", "--workflow", "local-process", "--tasks-per-job", "2"])
assert jobs.contains("Summary: 1 ran, 0 already complete, 0 failed") : jobs
for (chunk in 0..1) {
  def file = new File(project, "data/events/jobs/wjets/chunk" + chunk + ".csv")
  assert file.readLines().size() == 101 : file
}
assert new File(project, "data/.docket/jobs").isDirectory() : "no submission record: " + jobs

// The history: each run wrote a journal of its own (no SQLite in a run); history imports them.
def pendingRuns = new File(project, "data/.docket/history.db-pending")
def history = docket(["history"])
assert history.readLines().count { it ==~ /\s+\d+ .* done .* PlotDistributions\(.*/ } == 3 : history
assert pendingRuns.list().length == 0 : pendingRuns.list()

println "example chain: " + output.readLines().find { it.contains("mu = ") }

// The sample notebook (docs/notebooks.md): the kernel installed by ./docket notebook install
// (into a Jupyter directory of this test's), the notebook run headless with nbclient. It runs
// the fit and the plot again: their outputs are removed first.
def python = ["python3", "/usr/bin/python3"].find { candidate ->
  try {
    return new ProcessBuilder([candidate, "-c", "import nbclient"]).start().waitFor() == 0
  } catch (IOException e) {
    return false
  }
}
if (python == null) {
  assert System.getenv("DOCKET_REQUIRE_SERVICES") != "1" :
      "no python3 with nbclient: apt-get install jupyter-notebook python3-nbclient"
  println "SKIPPED the sample notebook: no python3 with nbclient" +
      " (apt-get install jupyter-notebook python3-nbclient)"
  return true
}
def jupyterEnv = { ProcessBuilder builder ->
  builder.environment().put("JUPYTER_DATA_DIR", new File(basedir, "jupyter").path)
  builder.directory(project).redirectErrorStream(true)
}
def install = jupyterEnv(new ProcessBuilder(["./docket", "notebook", "install"])).start()
def installText = install.inputStream.text
assert install.waitFor() == 0 : installText
assert installText.contains('Installed the Jupyter kernel "Docket (my-analysis)" (docket-my-analysis)') : installText
new File(project, "data/fit").deleteDir()
new File(project, "data/plots").deleteDir()
def notebook = jupyterEnv(new ProcessBuilder([python, new File(basedir, "notebook_check.py").path,
    "example.ipynb", "docket-my-analysis", new File(basedir, "example.executed.ipynb").path])).start()
def notebookText = notebook.inputStream.text
assert notebook.waitFor() == 0 : notebookText
println notebookText.trim()
return true
