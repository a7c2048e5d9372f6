package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import dev.docket.runtime.workflow.Branches;

/** Skims the generated events of a dataset in chunks: a workflow with one branch per chunk. */
@Task
class Skim implements Workflow<Integer> {
  /** The branch to run; -1, the default, is the whole workflow. */
  @Param(defaultValue = "-1")
  int branch;

  @Param(defaultValue = "ttbar")
  String dataset;

  @Param(defaultValue = "v1")
  String version;

  /** The number of chunks, i.e. branches. */
  @Param(defaultValue = "20")
  int chunks;

  /** A label written into every output (any text: it travels to the jobs as it is). */
  @Param(defaultValue = "skim")
  String label;

  /** Milliseconds each branch sleeps, so that tests can catch jobs while they run. */
  @Param(defaultValue = "0", significant = false)
  long sleepMs;

  /**
   * A file each branch waits for before it writes its output; empty, the default: none. A test
   * that kills jobs holds them with it, so that a job it saw running is still running, its
   * output not written, when the kill arrives, however slow the machine.
   */
  @Param(defaultValue = "", significant = false)
  String waitFor;

  /** A branch that fails, to show retries, logs and the acceptance threshold; -1: none. */
  @Param(defaultValue = "-1", significant = false)
  int failBranch;

  /** Each branch reads the generated events. */
  @Requires GenerateEvents generated;

  @Override
  public Map<Integer, Integer> branchMap() {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      starts.add(i * 25);
    }
    return Branches.of(starts);
  }

  /** The workflow itself needs the events too, so that they exist before any job starts. */
  @Override
  public Collection<?> workflowRequires() {
    return List.of(GenerateEvents_Builder.req(this).build());
  }

  @Output
  LocalFileTarget skimmed() {
    return LocalFileTarget.of("skim", version, dataset, branch + ".txt");
  }

  void run() throws Exception {
    Audit.ran("Skim " + branch);
    if (sleepMs > 0) {
      Thread.sleep(sleepMs);
    }
    while (!waitFor.isEmpty() && !Files.exists(Path.of(waitFor))) {
      Thread.sleep(100); // interrupted, like the sleep above, when the job is killed
    }
    if (branch == failBranch) {
      throw new IllegalStateException("branch " + branch + " fails, as asked with --fail-branch");
    }
    int start = branchMap().get(branch);
    List<String> lines = generated.events().readString().lines().skip(1 + start).limit(25).toList();
    skimmed().writeString(label + "\n" + lines.size() + " events from " + start + "\n");
  }
}
