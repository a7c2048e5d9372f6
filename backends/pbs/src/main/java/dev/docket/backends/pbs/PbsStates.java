package dev.docket.backends.pbs;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.util.Map;

/**
 * A job's {@link JobStatus} from its {@code qstat -f} attributes: {@code job_state} is one of
 * PBS Professional's letters, {@code comment} says why a job waits or how it ended, and
 * {@code Exit_status} how a finished one ended (its script's status; 256 + the signal when PBS
 * killed it, e.g. 271 for a {@code qdel} or an exceeded walltime; negative when PBS could not
 * run it at all).
 */
final class PbsStates {
  private PbsStates() {}

  static JobStatus of(Map<String, String> attributes) {
    String state = attributes.getOrDefault("job_state", "").strip();
    String comment = attributes.getOrDefault("comment", "").strip();
    return switch (state) {
      // Queued, Waiting for its start time, in Transit, Moved to another server, Suspended
      // (S by PBS, U because the workstation became busy): not running, and not held.
      case "Q", "W", "T", "M", "S", "U" -> new JobStatus(JobState.PENDING, comment);
      case "H" -> JobStatus.held(held(attributes, comment));
      // Running, Exiting, an array that Began
      case "R", "E", "B" -> JobStatus.of(JobState.RUNNING);
      // Finished (a job or array), eXpired (an array's element)
      case "F", "X" -> ended(attributes, comment);
      default -> new JobStatus(JobState.UNKNOWN, state.isEmpty() ? "qstat gave no job_state" : "job_state " + state);
    };
  }

  private static String held(Map<String, String> attributes, String comment) {
    String types = attributes.getOrDefault("Hold_Types", "").strip();
    String by = switch (types) {
      case "u" -> "user hold";
      case "o" -> "operator hold";
      case "s" -> "system hold";
      case "p" -> "password hold";
      case "", "n" -> "";
      default -> "holds " + types;
    };
    if (by.isEmpty()) {
      return comment;
    }
    return comment.isEmpty() ? by : by + ": " + comment;
  }

  private static JobStatus ended(Map<String, String> attributes, String comment) {
    String exit = attributes.getOrDefault("Exit_status", "").strip();
    if (exit.isEmpty()) {
      // Deleted before it ran: PBS keeps no exit status.
      return JobStatus.failed(comment.isEmpty() ? "ended without an exit status" : comment);
    }
    int status;
    try {
      status = Integer.parseInt(exit);
    } catch (NumberFormatException e) {
      return JobStatus.failed("Exit_status " + exit);
    }
    if (status == 0) {
      return JobStatus.of(JobState.FINISHED);
    }
    if (status > 256) {
      return JobStatus.failed("killed by signal " + (status - 256) + ", Exit_status " + status);
    }
    if (status < 0) {
      return JobStatus.failed("PBS could not run the job, Exit_status " + status
          + (comment.isEmpty() ? "" : ": " + comment));
    }
    return JobStatus.failed("exit code " + status);
  }
}
