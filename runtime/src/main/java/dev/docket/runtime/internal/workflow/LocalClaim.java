package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.store.FileLocks;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongSupplier;

/**
 * Which run counts a workflow run with {@code --workflow local} as run. Its branches are tasks
 * of the graph, shared between runs side by side through the output locks, but its own task
 * (which does nothing) would end in each of them. The first to end it writes the time of the
 * branches' newest output into {@code claimed}, in the workflow's directory and under a lock;
 * a run that finds that same time there counts the workflow as completed by another run. A
 * later run whose branches changed (a newer output) claims it afresh.
 */
final class LocalClaim {
  static final String FILE = "claimed";

  private LocalClaim() {}

  /**
   * Whether this run counts the workflow whose branches' newest output is {@code newestOutput}
   * (looked at only when a claim is made: it reads every branch's outputs).
   */
  static boolean claim(WorkflowTask<?> workflow, LongSupplier newestOutput) throws IOException {
    if (Boolean.getBoolean(WorkflowOptions.JOB_PROPERTY)) {
      return true; // a job of a submission: its client counts the workflow, and a claim per job would litter the store
    }
    return claim(workflow, newestOutput.getAsLong());
  }

  private static synchronized boolean claim(WorkflowTask<?> workflow, long newest)
      throws IOException {
    if (newest == Target.MISSING || newest == Target.UNKNOWN_TIME) {
      return true; // nothing to tell one run's work from another's
    }
    Path directory = workflow.stateDirectory();
    Files.createDirectories(directory);
    Path claimed = directory.resolve(FILE);
    String stamp = Long.toString(newest);
    try (FileChannel channel = FileChannel.open(directory.resolve(FILE + ".lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = FileLocks.waitFor(channel, "the workflow's claim")) {
      if (Files.exists(claimed) && Files.readString(claimed, StandardCharsets.UTF_8).strip().equals(stamp)) {
        return false;
      }
      AtomicFiles.write(claimed, stamp.getBytes(StandardCharsets.UTF_8));
      return true;
    }
  }
}
