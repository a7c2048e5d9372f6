package dev.docket.runtime.spi.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * Jobs to submit in one go (a Slurm array, an HTCondor cluster).
 *
 * @param jobFile the rendered job file; run as {@code sh jobFile} with the job index available
 *     through the backend's {@link BatchBackend#jobIndexExpression()}
 * @param directory the submission directory (job file, record, {@code logs/})
 * @param indices the job indices, ascending
 * @param name a short job name for the batch system's listings
 * @param workingDirectory where the job starts when it shares the client's file system: the
 *     client's working directory, or with {@code [job] ship = bundle} the bundle's directory,
 *     which holds the {@code inputs} (so a backend that transfers nothing runs the job beside
 *     them; one that transfers them starts the job where it put them)
 * @param inputs files the job needs in its own working directory when the
 *     batch system transfers them to a machine without the client's file system (HTCondor's
 *     {@code transfer_input_files}, ARC's {@code inputFiles}): the packed class path and
 *     configuration ({@code [job] ship = bundle}), regular files that the job file names by
 *     their file names alone (put them side by side in the job's directory); empty when the job
 *     reads everything through a shared file system. The job file itself is not among them.
 */
public record JobSubmission(
    Path jobFile, Path directory, List<Integer> indices, String name, Path workingDirectory,
    List<Path> inputs) {

  public JobSubmission {
    indices = List.copyOf(indices);
    inputs = List.copyOf(inputs);
  }

  /** A submission whose jobs share the client's file system (nothing to transfer). */
  public JobSubmission(Path jobFile, Path directory, List<Integer> indices, String name, Path workingDirectory) {
    this(jobFile, directory, indices, name, workingDirectory, List.of());
  }

  /** The same jobs' other indices (a resubmission, a share under {@code --parallel-jobs}). */
  public JobSubmission withIndices(List<Integer> indices) {
    return new JobSubmission(jobFile, directory, indices, name, workingDirectory, inputs);
  }

  /** The log of job {@code index}: standard output and error, appended by every attempt. */
  public Path log(int index) {
    return logs().resolve("job-" + index + ".log");
  }

  /** The directory of the logs. */
  public Path logs() {
    return directory.resolve("logs");
  }
}
