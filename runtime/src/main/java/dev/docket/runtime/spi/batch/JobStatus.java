package dev.docket.runtime.spi.batch;

import java.util.Objects;

/**
 * What a batch system says about one job: its {@link JobState} and, where it gives one, why
 * (a hold reason, an exit code, a pending reason), which the job machinery puts into its
 * messages and {@code --print-status} shows beside the job's id.
 *
 * @param state the state
 * @param reason the batch system's own words for it, or empty
 */
public record JobStatus(JobState state, String reason) {
  public JobStatus {
    Objects.requireNonNull(state, "state");
    reason = reason == null ? "" : reason.strip();
  }

  /** A state without a reason. */
  public static JobStatus of(JobState state) {
    return new JobStatus(state, "");
  }

  /** Held by the batch system or an operator, for {@code reason}. */
  public static JobStatus held(String reason) {
    return new JobStatus(JobState.HELD, reason);
  }

  /** Ended otherwise than with exit status 0, for {@code reason} (e.g. {@code exit code 3}). */
  public static JobStatus failed(String reason) {
    return new JobStatus(JobState.FAILED, reason);
  }

  /** {@code held (memory limit exceeded)}, or the bare state name when there is no reason. */
  @Override
  public String toString() {
    String name = state.name().toLowerCase(java.util.Locale.ROOT);
    return reason.isEmpty() ? name : name + " (" + reason + ")";
  }
}
