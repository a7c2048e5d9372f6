package dev.docket.runtime.spi.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * Jobs to submit in one go (a Slurm array).
 *
 * @param jobFile the rendered job file; run as {@code sh jobFile} with the job index available
 *     through the backend's {@link BatchBackend#jobIndexExpression()}
 * @param directory the submission directory (job file, record, {@code logs/})
 * @param indices the job indices, ascending
 * @param name a short job name for the batch system's listings
 * @param workingDirectory where the job starts
 */
public record JobSubmission(
    Path jobFile, Path directory, List<Integer> indices, String name, Path workingDirectory) {

  public JobSubmission {
    indices = List.copyOf(indices);
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
