package dev.docket.runtime.internal.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --cancel-jobs} and {@code --cleanup-jobs}: what a user does to a workflow's last submission. */
public final class JobActions {
  private JobActions() {}

  /** {@code --cancel-jobs}: cancels the jobs in flight of the workflow's last submission. */
  public static String cancel(WorkflowTask<?> workflow) throws Exception {
    Path directory = workflow.stateDirectory();
    Optional<JobRecord> record = JobRecord.load(directory);
    if (record.isEmpty()) {
      return "no submission of " + workflow.id() + " to cancel (looked in " + directory + ")";
    }
    JobRecord r = record.get();
    List<Job> inFlight = r.inFlight();
    if (!inFlight.isEmpty()) {
      BatchBackends.named(r.backend()).cancel(JobRecord.backendIds(inFlight));
    }
    for (Job job : inFlight) {
      job.phase = Job.Phase.FAILED;
    }
    r.save(directory);
    return "cancelled " + inFlight.size() + " jobs of " + workflow.id() + " on " + r.backend();
  }

  /**
   * {@code --cleanup-jobs}: removes the submission directory when no job is in flight and no
   * client drives or follows it.
   */
  public static String cleanup(WorkflowTask<?> workflow) throws Exception {
    Path directory = workflow.stateDirectory();
    if (Files.exists(directory.resolve(SubmissionLock.FILE))) {
      try (SubmissionLock lock = SubmissionLock.open(directory)) {
        if (!lock.tryAcquire()) {
          throw new BadInputException(
              "a client" + lock.holder() + " is still running the jobs of " + workflow.id()
                  + "; stop it (or --cancel-jobs) before --cleanup-jobs");
        }
      }
    }
    Optional<JobRecord> record = JobRecord.load(directory);
    List<Job> inFlight = record.map(JobRecord::inFlight).orElse(List.of());
    if (!inFlight.isEmpty()) {
      Map<String, JobStatus> states =
          BatchBackends.named(record.get().backend()).status(JobRecord.backendIds(inFlight));
      long alive = states.values().stream()
          .filter(s -> s.state() == JobState.PENDING || s.state() == JobState.RUNNING || s.state() == JobState.HELD)
          .count();
      if (alive > 0) {
        throw new BadInputException(
            alive + " jobs of " + workflow.id() + " are still in flight; cancel them first with --cancel-jobs");
      }
    }
    if (!Files.exists(directory)) {
      return "no submission of " + workflow.id() + " to clean up";
    }
    deleteTree(directory);
    return "removed the submission record, job file and logs in " + directory;
  }

  private static void deleteTree(Path directory) throws IOException {
    try (var paths = Files.walk(directory)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
