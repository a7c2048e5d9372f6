// Archetypes do not keep file modes: make the launcher executable, so that ./docket runs at once.
def launcher = new File(new File(request.outputDirectory, request.artifactId), "docket")
launcher.setExecutable(true, false)
new File(new File(request.outputDirectory, request.artifactId), "notebook.sh").setExecutable(true, false)
