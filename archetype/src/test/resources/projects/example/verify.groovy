// After the generated project's `mvn package` (tests included): run the whole example chain
// through the launcher, as a new user would, and check what it produces.
// basedir is the IT project directory; archetype:generate wrote the new project below it.
def project = new File(basedir, "project/my-analysis")
def launcher = new File(project, "docket")
assert launcher.canExecute() : "the launcher ./docket must be executable after archetype:generate"

def process = new ProcessBuilder("./docket", "run", "PlotDistributions")
    .directory(project).redirectErrorStream(true).start()
def output = new StringBuilder()
process.inputStream.eachLine { output.append(it).append('\n') }
assert process.waitFor() == 0 : "./docket run PlotDistributions failed:\n" + output
assert output.contains("Done: PlotDistributions(") : output

def plots = new File(project, "data/plots/v1/jets4_btags1_20bins")
assert new File(plots, "mbjj.png").length() > 10000 : "no PNG in " + plots
assert new File(plots, "mbjj.svg").text.contains("<svg")
def fit = new File(project, "data/fit/v1/jets4_btags1_20bins/signal_strength.txt").text
assert fit.contains("mu = ") : fit
println "example chain: " + output.readLines().find { it.contains("mu = ") }
return true
