package dev.docket.backends.arc;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ARC client tools print, read: the job ids of {@code arcsub} and the jobs of
 * {@code arcstat -l} (one block per job, {@code Job: <id>} then indented {@code Key: value}
 * lines). A job that {@code arcstat} does not list (it warns "Job not found in job list" and
 * exits 0) is absent from the result.
 */
final class ArcStat {
  private static final Pattern SUBMITTED = Pattern.compile("(?m)^Job submitted with jobid: (\\S+)\\s*$");
  private static final Pattern EXIT_CODE = Pattern.compile("-?[0-9]+");

  private ArcStat() {}

  /**
   * One job of {@code arcstat -l}.
   *
   * @param state ARC's general state ({@code Finished}, {@code Queuing}...)
   * @param specificState the CE's own state ({@code FAILED}, {@code terminal:client-stageout-possible})
   * @param exitCode the job's exit code, or empty before it ended
   * @param error the CE's {@code Job Error} lines, joined
   * @param outputs the names of the job's {@code Stdout} and {@code Stderr} in its session directory
   */
  record ArcJob(String id, String state, String specificState, String exitCode, String error, List<String> outputs) {
    ArcJob {
      outputs = List.copyOf(outputs);
    }

    /** Ended: its results can be fetched with {@code arcget}. */
    boolean ended() {
      return switch (state) {
        case "Finished", "Failed", "Killed" -> true;
        default -> false;
      };
    }

    /** The SPI's status: an exit code other than 0 is {@code failed (exit code N)}. */
    JobStatus status() {
      return switch (state) {
        case "Accepted", "Preparing", "Submitting", "Queuing" -> JobStatus.of(JobState.PENDING);
        case "Hold" -> JobStatus.held(specificState);
        case "Running", "Finishing" -> JobStatus.of(JobState.RUNNING);
        case "Finished" -> exitCode.isEmpty() || exitCode.equals("0")
            ? JobStatus.of(JobState.FINISHED) : JobStatus.failed("exit code " + exitCode);
        case "Failed" -> JobStatus.failed(
            !exitCode.isEmpty() && !exitCode.equals("0") ? "exit code " + exitCode
                : error.isEmpty() ? "failed on the CE" : error);
        case "Killed" -> JobStatus.failed("killed");
        // The CE removed the job's files (its results expired): judged by the branches' outputs.
        case "Deleted" -> new JobStatus(JobState.UNKNOWN, "deleted by the CE");
        // Other and Undefined: the CE's state has no ARC name (yet); it is not an end.
        default -> new JobStatus(JobState.PENDING, (state + " " + specificState).strip());
      };
    }
  }

  /** The ids {@code arcsub} printed, in the order of the job descriptions it was given. */
  static List<String> submittedIds(String stdout) {
    List<String> ids = new ArrayList<>();
    Matcher m = SUBMITTED.matcher(stdout);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** The jobs of {@code arcstat -l}'s output, by id. */
  static Map<String, ArcJob> parse(String stdout) {
    Map<String, ArcJob> jobs = new LinkedHashMap<>();
    Builder job = null;
    for (String line : stdout.split("\n")) {
      if (line.startsWith("Job: ")) {
        if (job != null) {
          jobs.put(job.id, job.build());
        }
        job = new Builder(line.substring("Job: ".length()).strip());
        continue;
      }
      if (job == null || !line.startsWith(" ")) {
        continue; // the summary line, blank lines
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        continue; // a continuation line (delegation ids)
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 2).strip();
      switch (key) {
        case "State" -> job.state = value;
        case "Specific state" -> job.specificState = value;
        case "Exit Code" -> job.exitCode = EXIT_CODE.matcher(value).matches() ? value : "";
        case "Job Error" -> job.errors.add(value);
        case "Stdout", "Stderr" -> {
          if (!value.isEmpty() && !value.equals("/dev/null") && !job.outputs.contains(value)) {
            job.outputs.add(value);
          }
        }
        default -> { }
      }
    }
    if (job != null) {
      jobs.put(job.id, job.build());
    }
    return jobs;
  }

  private static final class Builder {
    final String id;
    String state = "";
    String specificState = "";
    String exitCode = "";
    final List<String> errors = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    ArcJob build() {
      return new ArcJob(id, state, specificState, exitCode, String.join("; ", errors), outputs);
    }
  }
}
