package dev.docket.runtime.spi.batch;

import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A batch system that runs jobs: the SPI of {@code --workflow <name>}. Implementations live in
 * {@code backends/} and are found with {@link java.util.ServiceLoader} (register them with
 * {@code @AutoService(BatchBackend.class)}). The job machinery ({@code JobManager} in {@code internal.batch}) does the
 * rest: grouping, staging, polling, resubmission, the record and the logs.
 *
 * <p>A backend is handed one job file for all the jobs of a workflow; each job finds its index
 * with the shell expression {@link #jobIndexExpression()} (a Slurm array element reads
 * {@code $SLURM_ARRAY_TASK_ID}). Job ids are the backend's own text; they are saved in the
 * submission record and must still mean the same job after the client restarted.
 */
public interface BatchBackend {
  /** The name for {@code --workflow}, e.g. {@code slurm}. */
  String name();

  /**
   * This backend set up from its own section of {@code docket.cfg} ({@code [<name>]}, e.g.
   * {@code [slurm]}), called once per run before anything is submitted; the result submits,
   * polls and cancels for the rest of the run. Check the section here: an unknown key or a bad
   * value should throw {@link dev.docket.runtime.BadInputException} naming it (exit status 2).
   * The default ignores the configuration. A backend with a section also declares it as a
   * {@link dev.docket.runtime.spi.config.ConfigSection}, so that the whole file's check knows the
   * section and refuses its mistakes before any run.
   */
  default BatchBackend configure(DocketConfig config) {
    return this;
  }

  /**
   * How many jobs may be in flight at once when {@code --parallel-jobs} is not given; empty
   * (the default) for no limit, as for a batch system that queues what it cannot run yet. A
   * backend whose jobs compete for this machine limits them (e.g. to its cores).
   */
  default OptionalInt defaultParallelJobs() {
    return OptionalInt.empty();
  }

  /** A POSIX shell expression that gives the job's index inside the job file. */
  String jobIndexExpression();

  /**
   * Submits one job per index of {@code submission}; returns their ids, in the same order.
   *
   * @throws IOException when the batch system refuses (its message included)
   */
  List<String> submit(JobSubmission submission) throws IOException, InterruptedException;

  /**
   * The states of the jobs {@code ids}, with the batch system's reason where it gives one (a
   * hold reason, an exit code); a job the batch system no longer knows is
   * {@link JobState#UNKNOWN} (the machinery then decides by the branches' outputs). Every id
   * asked for has an entry.
   */
  Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException;

  /** Cancels the jobs {@code ids}; jobs already finished are ignored. */
  void cancel(Collection<String> ids) throws IOException, InterruptedException;
}
