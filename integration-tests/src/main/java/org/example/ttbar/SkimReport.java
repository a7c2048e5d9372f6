package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.workflow.Workflows;

/** Counts the events of every branch of the {@link Skim} workflow: a task downstream of one. */
@Task
class SkimReport {
  @Param(defaultValue = "ttbar")
  String dataset;

  @Param(defaultValue = "v1")
  String version;

  /** The number of chunks of the skim it reports on. */
  @Param(defaultValue = "20")
  int chunks;

  /** The whole workflow (its branch parameter keeps its default, -1). */
  @Requires Skim skim;

  @Output
  LocalFileTarget report() {
    return LocalFileTarget.of("skim", version, dataset + "-report.txt");
  }

  void run() throws Exception {
    Audit.ran("SkimReport " + dataset);
    int branches = 0;
    long events = 0;
    for (Skim part : Workflows.branchesOf(skim)) {
      branches++;
      events += Long.parseLong(part.skimmed().readString().lines().skip(1).findFirst()
          .orElseThrow().split(" ")[0]);
    }
    report().writeString(branches + " branches, " + events + " events\n");
  }
}
