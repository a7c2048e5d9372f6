package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.workflow.BranchSelection;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code --print-status} shows of a workflow's jobs, from its submission record alone
 * (never the batch system: the look stays fast and works offline): the counts, as the status
 * line and the end-of-run summary have them ({@link JobCounts}); whether a client still drives
 * the submission; and the jobs, with their backend ids, the batch system's last reason, and the
 * log of each failed one. Consecutive jobs in the same state with nothing to tell apart share
 * one line, so a thousand finished jobs take one.
 *
 * <pre>
 * 10 jobs on slurm: 8 finished (1 after a retry), 1 running, 1 failed
 * record …/submission.tsv, saved 2026-12-01 17:40:12, by a client still running (pid 4242)
 *   jobs 0-7: finished, branches 0:16, ids 101 to 108
 *   job 8: running (attempt 2), branches 16:18, id 109
 *   job 9: failed after 2 attempts, branches 18:20, id 110, reason: NonZeroExitCode; log …/logs/job-9.log
 * </pre>
 */
public final class JobReport {
  /** Fewer jobs in a run than this are listed one by one. */
  static final int GROUP = 3;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern NUMBERED = Pattern.compile("(.*?)([0-9]{1,18})([^0-9]*)");

  private JobReport() {}

  /**
   * The lines about the last submission of {@code workflow}, the jobs indented by two spaces;
   * none when it was never submitted to a batch system.
   */
  public static List<String> lines(WorkflowTask<?> workflow) {
    Path directory = workflow.stateDirectory();
    Path file = directory.resolve(JobRecord.FILE);
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      Optional<JobRecord> record = JobRecord.load(directory);
      if (record.isEmpty()) {
        return List.of("submission record " + file + " cannot be read: it is not one docket wrote");
      }
      String saved = TIME.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()));
      return lines(record.get(), workflow, file, saved, SubmissionLock.heldBy(directory));
    } catch (NoSuchFileException e) {
      return List.of(); // removed (--cleanup-jobs) while we looked
    } catch (IOException | RuntimeException e) {
      return List.of("submission record " + file + " cannot be read: " + e.getMessage());
    }
  }

  static List<String> lines(JobRecord record, WorkflowTask<?> workflow, Path file, String saved,
      Optional<String> client) {
    JobCounts counts = JobCounts.of(record.jobs());
    List<String> out = new ArrayList<>();
    out.add(counts.describe(record.backend()));
    out.add("record " + file + ", saved " + saved + ", " + client(counts, client));
    JobSubmission all = new JobSubmission(file.resolveSibling("job.sh"), file.getParent(), List.of(),
        "", file.getParent());
    List<Job> jobs = record.jobs();
    for (int start = 0; start < jobs.size(); ) {
      int end = start + 1;
      while (end < jobs.size() && sameLine(jobs.get(end - 1), jobs.get(end))) {
        end++;
      }
      if (end - start >= GROUP) {
        out.add("  " + group(jobs.subList(start, end), workflow.branches()));
      } else {
        for (Job job : jobs.subList(start, end)) {
          out.add("  " + single(job, all));
        }
      }
      start = end;
    }
    return out;
  }

  /** Who keeps the record, and what to do when no one does and jobs are left. */
  private static String client(JobCounts counts, Optional<String> client) {
    if (client.isPresent()) {
      return "by a client still running" + client.get();
    }
    if (counts.inFlight() > 0) {
      return "by a client that stopped: run the same command again to attach to the "
          + counts.inFlight() + " jobs in flight, or --cancel-jobs to cancel them";
    }
    if (counts.staged() + counts.retry() > 0) {
      return "by a client that stopped before every job was submitted: run the same command again to go on";
    }
    return "by a client that has ended";
  }

  /** Whether {@code b} shares the line of {@code a}: the same state, and nothing of its own to say. */
  private static boolean sameLine(Job a, Job b) {
    return a.phase == b.phase && a.attempts == b.attempts && plain(a) && plain(b)
        && a.index + 1 == b.index;
  }

  /** A job whose state needs no words of its own: no reason, no log to read. */
  private static boolean plain(Job job) {
    return job.reason.isEmpty() && job.phase != Job.Phase.FAILED && job.phase != Job.Phase.RETRY
        && job.phase != Job.Phase.HELD;
  }

  private static String single(Job job, JobSubmission all) {
    StringBuilder out = new StringBuilder("job ").append(job.index).append(": ").append(state(job))
        .append(", branches ").append(job.branches);
    if (!job.backendId.equals("-")) {
      out.append(", id ").append(job.backendId);
    }
    if (!job.reason.isEmpty()) {
      out.append(", reason: ").append(job.reason);
    }
    if (job.phase == Job.Phase.FAILED || job.phase == Job.Phase.RETRY) {
      out.append("; log ").append(all.log(job.index));
    }
    return out.toString();
  }

  private static String group(List<Job> jobs, SortedSet<Integer> universe) {
    SortedSet<Integer> branches = new TreeSet<>();
    List<String> ids = new ArrayList<>();
    for (Job job : jobs) {
      branches.addAll(BranchSelection.parse(job.branches).select(universe));
      if (!job.backendId.equals("-")) {
        ids.add(job.backendId);
      }
    }
    StringBuilder out = new StringBuilder("jobs ").append(jobs.get(0).index).append('-')
        .append(jobs.get(jobs.size() - 1).index).append(": ").append(state(jobs.get(0)))
        .append(", branches ").append(BranchSelection.format(branches));
    if (!ids.isEmpty()) {
      out.append(", ids ").append(ids(ids));
    }
    return out.toString();
  }

  /** {@code finished}, {@code running (attempt 2)}, {@code failed after 3 attempts}. */
  private static String state(Job job) {
    String attempts = job.attempts + (job.attempts == 1 ? " attempt" : " attempts");
    return switch (job.phase) {
      case STAGED -> "not submitted yet";
      case PENDING, RUNNING, HELD ->
          job.phase.name().toLowerCase(java.util.Locale.ROOT) + (job.attempts > 1 ? " (attempt " + job.attempts + ")" : "");
      case FINISHED -> job.attempts == 0 ? "finished (already complete)"
          : job.attempts > 1 ? "finished after " + attempts : "finished";
      case RETRY -> "to resubmit after " + attempts;
      case FAILED -> "failed after " + attempts;
    };
  }

  /**
   * Many ids compactly: {@code 101 to 108} when they count up one by one (as array jobs'
   * do: {@code 7_0 to 7_9}, {@code 12.0 to 12.9}), else the first, the second and the last.
   */
  static String ids(List<String> ids) {
    if (ids.size() < GROUP) {
      return String.join(", ", ids);
    }
    if (consecutive(ids)) {
      return ids.get(0) + " to " + ids.get(ids.size() - 1);
    }
    return ids.get(0) + ", " + ids.get(1) + ", …, " + ids.get(ids.size() - 1) + " (" + ids.size()
        + " ids; all in the record)";
  }

  private static boolean consecutive(List<String> ids) {
    String prefix = null;
    String suffix = null;
    long previous = 0;
    for (String id : ids) {
      Matcher m = NUMBERED.matcher(id);
      if (!m.matches()) {
        return false;
      }
      long n = Long.parseLong(m.group(2));
      if (prefix == null) {
        prefix = m.group(1);
        suffix = m.group(3);
      } else if (!prefix.equals(m.group(1)) || !suffix.equals(m.group(3)) || n != previous + 1) {
        return false;
      }
      previous = n;
    }
    return true;
  }
}
