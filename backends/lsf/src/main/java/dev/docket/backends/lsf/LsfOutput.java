package dev.docket.backends.lsf;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What LSF's commands print, as IBM Spectrum LSF 10.1's manual documents it, read into Docket's
 * terms. Only the machine-readable forms that Docket asks for are parsed: {@code bsub}'s
 * {@code Job <1234> is submitted to queue <normal>.}, {@code bjobs -o "jobid jobindex stat
 * exit_code pend_reason delimiter='|'" -noheader} and the per-job lines that {@code bjobs} and
 * {@code bkill} print on standard error ({@code Job <1234> is not found}, {@code Job <1234[3]>:
 * Job has already finished}).
 */
final class LsfOutput {
  /** The {@code -o} format of {@link #statuses}: the reason last, since it may contain anything. */
  static final String BJOBS_FORMAT = "jobid jobindex stat exit_code pend_reason delimiter='|'";

  private static final Pattern SUBMITTED = Pattern.compile("Job <([0-9]+)> is submitted to (?:default )?queue <[^>]*>\\.?");
  private static final Pattern NOT_FOUND = Pattern.compile("Job <([0-9]+(?:\\[[0-9]+])?)> is not found\\.?");
  private static final Pattern BKILL_ENDED =
      Pattern.compile("Job <[0-9]+(?:\\[[0-9]+])?>: (?:Job has already finished|No matching job found)\\.?");

  private LsfOutput() {}

  /** The job id in {@code bsub}'s answer; empty when it has none (other lines may precede it). */
  static Optional<String> submittedJobId(String stdout) {
    Matcher m = SUBMITTED.matcher(stdout);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The status of every element that {@code bjobs -o BJOBS_FORMAT -noheader} listed, by
   * {@code <jobid>[<index>]}; lines that are not of that form (none are expected) are skipped.
   */
  static Map<String, JobStatus> statuses(String stdout) {
    Map<String, JobStatus> statuses = new HashMap<>();
    for (String line : stdout.split("\n")) {
      String[] f = line.strip().split("\\|", 5);
      if (f.length < 4 || !f[0].matches("[0-9]+") || !f[1].matches("[0-9]+")) {
        continue;
      }
      String reason = f.length == 5 ? field(f[4]) : "";
      statuses.put(f[0] + "[" + f[1] + "]", status(f[2].strip(), field(f[3]), reason));
    }
    return statuses;
  }

  /** The ids of {@code Job <1234> is not found} lines: jobs (or arrays) LSF no longer knows. */
  static List<String> notFound(String stderr) {
    List<String> ids = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      Matcher m = NOT_FOUND.matcher(line.strip());
      if (m.matches()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The lines of {@code bjobs}' standard error that are not about a job that left the system. */
  static String bjobsTrouble(String stderr) {
    return trouble(stderr, NOT_FOUND);
  }

  /**
   * The lines of {@code bkill}'s standard error that are not about a job that already ended or
   * left the system (which {@link dev.docket.runtime.spi.batch.BatchBackend#cancel} ignores).
   */
  static String bkillTrouble(String stderr) {
    return trouble(stderr, BKILL_ENDED);
  }

  private static String trouble(String stderr, Pattern harmless) {
    StringBuilder out = new StringBuilder();
    for (String line : stderr.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !harmless.matcher(l).matches()) {
        out.append(out.length() == 0 ? "" : "; ").append(l);
      }
    }
    return out.toString();
  }

  /**
   * LSF's job state (the {@code STAT} column), with its exit code and pending reason, as a
   * {@link JobStatus}. {@code UNKWN} (LSF lost contact with the job's host) counts as running,
   * since the job may well be: resubmitting it could run it twice.
   */
  static JobStatus status(String stat, String exitCode, String pendReason) {
    return switch (stat) {
      case "PEND" -> new JobStatus(JobState.PENDING, pendReason);
      case "PROV" -> new JobStatus(JobState.PENDING, or(pendReason, "its host is being provisioned (PROV)"));
      case "WAIT" -> new JobStatus(JobState.PENDING, or(pendReason, "waiting in a chunk job (WAIT)"));
      case "RUN" -> JobStatus.of(JobState.RUNNING);
      case "PSUSP" -> JobStatus.held(or(pendReason, "suspended by its owner or an LSF administrator while pending (PSUSP)"));
      case "USUSP" -> JobStatus.held("suspended by its owner or an LSF administrator while running (USUSP)");
      case "SSUSP" -> new JobStatus(JobState.RUNNING, "suspended by LSF, e.g. for its host's load (SSUSP)");
      case "DONE" -> JobStatus.of(JobState.FINISHED);
      case "EXIT" -> JobStatus.failed(exitCode.isEmpty() ? "exited (EXIT)" : "exit code " + exitCode);
      case "UNKWN" -> new JobStatus(JobState.RUNNING, "LSF lost contact with its host (UNKWN)");
      case "ZOMBI" -> JobStatus.failed("killed while its host was unreachable (ZOMBI)");
      default -> new JobStatus(JobState.UNKNOWN, "LSF state " + stat);
    };
  }

  /** A {@code bjobs -o} value: {@code -} means none; pending reasons end in {@code ;}. */
  private static String field(String value) {
    String v = value.strip();
    if (v.equals("-")) {
      return "";
    }
    while (v.endsWith(";")) {
      v = v.substring(0, v.length() - 1).strip();
    }
    return v;
  }

  private static String or(String reason, String otherwise) {
    return reason.isEmpty() ? otherwise : reason;
  }
}
