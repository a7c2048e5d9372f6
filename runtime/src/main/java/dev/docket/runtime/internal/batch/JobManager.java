package dev.docket.runtime.internal.batch;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.exec.InterruptedTaskException;
import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.workflow.BranchSelection;
import dev.docket.runtime.internal.workflow.RemoteRunner;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.JobFile;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a workflow's branches as jobs of a {@link BatchBackend}: groups the incomplete branches
 * ({@code --tasks-per-job}), renders one job file, submits at most {@code --parallel-jobs} at
 * once (staging the rest; a backend may have its own default), polls, resubmits failed jobs up
 * to {@code --retries} times, prints a status line when a count changes and the log of every
 * failed job, and saves the {@link JobRecord} after each poll so that a new client re-attaches
 * to jobs in flight.
 *
 * <p>One client at a time drives a submission ({@link SubmissionLock}): a second client
 * started on the same workflow follows the first one's record instead of submitting the jobs
 * again, takes over if the first dies, and counts the workflow as completed by another run
 * when it submitted nothing itself, so that two runs side by side count it once.
 */
public final class JobManager implements RemoteRunner {
  private final BatchBackend backend;
  private final WorkflowOptions options;
  private final JobSettings settings;
  private final JobCommand command;
  private static final int MAX_POLL_FAILURES = 5;
  private final JobStorageEvents storageEvents = new JobStorageEvents();

  public JobManager(BatchBackend backend, WorkflowOptions options, JobSettings settings, JobCommand command) {
    this.backend = backend;
    this.options = options;
    this.settings = settings;
    this.command = command;
  }

  @Override
  public void run(WorkflowTask<?> workflow, TaskContext context) throws Exception {
    Path directory = workflow.stateDirectory();
    Files.createDirectories(directory.resolve("logs"));
    JobSubmission all;
    StatusLine status = new StatusLine();
    int maxAttempts = options.retries() + 1;
    JobRecord record;
    boolean drove;
    try (SubmissionLock lock = SubmissionLock.open(directory)) {
      boolean followed = !lock.tryAcquire();
      if (followed) {
        context.log("another client" + lock.holder() + " is submitting the jobs of this workflow;"
            + " following its submission in " + directory + " (this run takes over if that client stops)");
        try {
          follow(directory, lock, status, context);
        } catch (InterruptedException e) {
          throw new InterruptedTaskException("the jobs of the client this run followed keep running", e);
        }
      }
      record = attach(workflow, directory, context, followed);
      drove = busy(record);
      record.save(directory);
      // Packed by the one client that drives the submission, before any job can read it.
      Shipment shipment = Shipment.prepare(settings.shipping(), command, directory, context::log);
      all = submission(workflow, directory, shipment);
      writeJobFile(all.jobFile(), renderJobFile(workflow, record, shipment));
      try {
        drive(workflow, record, all, directory, maxAttempts, status, context);
      } catch (InterruptedException e) {
        throw leftRunning(record, directory, e);
      }
    }
    if (!drove) {
      context.completedElsewhere(); // another client's jobs did the work
    }
    if (JobCounts.of(record.jobs()).failed() == 0) {
      // Every job finished, each after its branches were seen complete.
      int branches = workflow.branches().size();
      context.log(JobSummary.done(record.jobs(), record.backend(), branches, branches));
      return;
    }
    int complete = 0;
    for (int b : workflow.branches()) {
      complete += workflow.branchComplete(b) ? 1 : 0;
    }
    int needed = WorkflowFamilies.branchesNeeded(settings.acceptance(), workflow.branches().size());
    String summary = JobSummary.failed(record.jobs(), maxAttempts, all, complete, workflow.branches().size());
    if (complete < needed) {
      throw new JobsFailedException(summary + ", and [job] acceptance = " + settings.acceptance()
          + " needs " + needed + "; read the logs, fix, and run the same command again");
    }
    context.log(summary + ", enough for [job] acceptance = " + settings.acceptance());
  }

  /**
   * The run was interrupted (Ctrl-C): the jobs in flight keep running, as a client that died
   * would leave them, and a later run re-attaches to them; the interrupt says so.
   */
  private InterruptedException leftRunning(JobRecord record, Path directory, InterruptedException e) {
    int inFlight = record.inFlight().size();
    if (inFlight == 0) {
      return e;
    }
    try {
      record.save(directory);
    } catch (IOException | RuntimeException ignored) {
      // the record of the last poll stays
    }
    return new InterruptedTaskException(
        inFlight + " " + backend.name() + " job(s) keep running; run the same command again to"
            + " attach to them, or add --cancel-jobs to cancel them", e);
  }

  /** Polls, submits what is staged and saves the record until no job is busy. */
  private void drive(WorkflowTask<?> workflow, JobRecord record, JobSubmission all, Path directory,
      int maxAttempts, StatusLine status, TaskContext context) throws Exception {
    int[] pollFailures = {0}; // per workflow: one JobManager may serve several at once
    int limit = parallelJobs(record, context);
    while (true) {
      poll(workflow, record, all, maxAttempts, context, pollFailures);
      submitStaged(record, all, limit, context);
      record.save(directory);
      status.next(record.jobs()).ifPresent(context::log);
      if (!busy(record)) {
        return;
      }
      Thread.sleep(settings.pollInterval().toMillis());
    }
  }

  /**
   * Shows the record of the client that holds the lock, at every poll interval, until the lock
   * is free: that client ended, or died and left its jobs to this one.
   */
  private void follow(Path directory, SubmissionLock lock, StatusLine status, TaskContext context)
      throws Exception {
    do {
      Optional<JobRecord> record = JobRecord.load(directory);
      if (record.isPresent()) {
        status.next(record.get().jobs()).ifPresent(context::log);
      }
      Thread.sleep(settings.pollInterval().toMillis());
    } while (!lock.tryAcquire());
  }

  private static boolean busy(JobRecord record) {
    return record.jobs().stream().anyMatch(j -> j.inFlight() || j.waiting());
  }

  /**
   * {@code --parallel-jobs}, else the backend's default (said when it keeps jobs waiting), else
   * no limit.
   */
  private int parallelJobs(JobRecord record, TaskContext context) {
    if (options.parallelJobs().isPresent()) {
      return options.parallelJobs().getAsInt();
    }
    OptionalInt own = backend.defaultParallelJobs();
    if (own.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    long toRun = record.jobs().stream()
        .filter(j -> j.phase != Job.Phase.FINISHED && j.phase != Job.Phase.FAILED).count();
    if (toRun > own.getAsInt()) {
      context.log("at most " + own.getAsInt() + " jobs at once, the default of " + backend.name()
          + "; --parallel-jobs N to change it");
    }
    return own.getAsInt();
  }

  /**
   * The existing record when it matches this submission's grouping, else a fresh one. Jobs in
   * flight are polled, not submitted again. The others are judged afresh (finished when their
   * branches are complete, else staged, attempts reset), except when {@code takingOver} the
   * record of the client this one followed, which has ended or died: its verdicts stand (a job
   * it gave up on stays failed), and only a job whose outputs vanished since it finished runs
   * again.
   */
  private JobRecord attach(
      WorkflowTask<?> workflow, Path directory, TaskContext context, boolean takingOver)
      throws Exception {
    Optional<JobRecord> old = JobRecord.load(directory);
    if (old.isPresent() && matches(old.get())) {
      JobRecord r = old.get();
      int inFlight = r.inFlight().size();
      if (inFlight > 0) {
        context.log(takingOver
            ? "taking over " + inFlight + " jobs in flight from the client that stopped"
            : "re-attaching to " + inFlight + " jobs in flight of the earlier submission in " + directory);
      }
      for (Job job : r.jobs()) {
        if (job.inFlight() || (takingOver && job.phase != Job.Phase.FINISHED)) {
          continue;
        }
        boolean complete = allComplete(workflow, job);
        if (!takingOver || !complete) {
          job.phase = complete ? Job.Phase.FINISHED : Job.Phase.STAGED;
          job.attempts = 0;
        }
      }
      return r;
    }
    if (old.isPresent() && !old.get().inFlight().isEmpty()) {
      JobRecord r = old.get();
      throw new IllegalStateException(
          r.inFlight().size() + " jobs of an earlier submission (backend " + r.backend()
              + ", " + r.tasksPerJob() + " tasks per job) are still in flight; wait for them,"
              + " or cancel them with --cancel-jobs, before submitting with other options");
    }
    List<Integer> branches = new ArrayList<>(workflow.branches());
    List<Job> jobs = new ArrayList<>();
    int per = options.tasksPerJob();
    for (int start = 0, index = 0; start < branches.size(); start += per, index++) {
      Job job = new Job(index, BranchSelection.format(branches.subList(start, Math.min(branches.size(), start + per))));
      if (allComplete(workflow, job)) {
        job.phase = Job.Phase.FINISHED;
      }
      jobs.add(job);
    }
    return new JobRecord(backend.name(), per, jobs);
  }

  private boolean matches(JobRecord record) {
    return record.backend().equals(backend.name()) && record.tasksPerJob() == options.tasksPerJob();
  }

  private static boolean allComplete(WorkflowTask<?> workflow, Job job) throws Exception {
    for (int b : BranchSelection.parse(job.branches).select(workflow.branches())) {
      if (!workflow.branchComplete(b)) {
        return false;
      }
    }
    return true;
  }

  private static JobSubmission submission(WorkflowTask<?> workflow, Path directory, Shipment shipment) {
    String name = "docket-" + workflow.family().name();
    return new JobSubmission(directory.resolve("job.sh"), directory, List.of(), name,
        shipment.startIn(), shipment.inputs());
  }

  /**
   * Replaces the job file only when its text changed, and atomically: a job of an earlier
   * client may be reading it ({@code sh} reads a script as it goes).
   */
  private static void writeJobFile(Path file, String text) throws IOException {
    if (Files.exists(file) && Files.readString(file).equals(text)) {
      return;
    }
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private String renderJobFile(WorkflowTask<?> workflow, JobRecord record, Shipment shipment) {
    Map<Integer, String> jobs = new LinkedHashMap<>();
    for (Job job : record.jobs()) {
      jobs.put(job.index, job.branches);
    }
    return JobFile.render(
        JobFile.template(settings.templateFor(workflow.family().name())),
        workflow.id().toString(), backend.jobIndexExpression(), jobs,
        shipment.jobDirectory(), shipment.command().words(workflow));
  }

  private void poll(WorkflowTask<?> workflow, JobRecord record, JobSubmission all, int maxAttempts,
      TaskContext context, int[] pollFailures) throws Exception {
    List<Job> inFlight = record.inFlight();
    if (inFlight.isEmpty()) {
      return;
    }
    Map<String, JobStatus> states;
    try {
      states = backend.status(JobRecord.backendIds(inFlight));
      pollFailures[0] = 0;
    } catch (IOException e) {
      // A busy controller may not answer once; give up only when it keeps failing.
      if (++pollFailures[0] >= MAX_POLL_FAILURES) {
        throw e;
      }
      context.log("could not ask " + backend.name() + " for the jobs' states (" + e.getMessage()
          + "); trying again at the next poll");
      return;
    }
    for (Job job : inFlight) {
      JobStatus status = states.getOrDefault(job.backendId, JobStatus.of(JobState.UNKNOWN));
      JobState state = status.state();
      job.reason = status.reason();
      if (state != JobState.HELD) {
        job.heldSince = 0;
      }
      switch (state) {
        case PENDING -> job.phase = Job.Phase.PENDING;
        case RUNNING -> job.phase = Job.Phase.RUNNING;
        case HELD -> held(job, all, maxAttempts, context);
        case FINISHED, UNKNOWN -> {
          storageEvents.collect(job.index, all.log(job.index));
          if (allComplete(workflow, job)) {
            job.phase = Job.Phase.FINISHED;
          } else {
            failed(job, all, maxAttempts, context,
                state == JobState.FINISHED ? "ended without writing every output of its branches" : "vanished from " + backend.name());
          }
        }
        case FAILED -> {
          storageEvents.collect(job.index, all.log(job.index));
          // Killed after its outputs were complete (e.g. while exiting): the work is done.
          if (allComplete(workflow, job)) {
            job.phase = Job.Phase.FINISHED;
          } else {
            failed(job, all, maxAttempts, context,
                job.reason.isEmpty() ? "failed" : "failed (" + job.reason + ")");
          }
        }
      }
    }
  }

  /**
   * A held job waits for an operator's release until {@code [job] held-timeout}; then it is
   * cancelled and fails like any other, with its hold reason.
   */
  private void held(Job job, JobSubmission all, int maxAttempts, TaskContext context)
      throws IOException, InterruptedException {
    long now = System.nanoTime();
    String timeout = settings.heldTimeout().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    if (job.heldSince == 0) {
      job.heldSince = now;
      context.log("job " + job.index + " (branches " + job.branches + ", " + job.backendId + ") is held"
          + (job.reason.isEmpty() ? "" : ": " + job.reason) + "; it counts as failed after [job] held-timeout = "
          + timeout + " unless released");
    }
    job.phase = Job.Phase.HELD;
    if (now - job.heldSince < settings.heldTimeout().toNanos()) {
      return;
    }
    backend.cancel(List.of(job.backendId));
    job.heldSince = 0;
    failed(job, all, maxAttempts, context, "stayed held for " + timeout
        + (job.reason.isEmpty() ? "" : " (" + job.reason + ")") + " and was cancelled");
  }

  private static void failed(Job job, JobSubmission all, int maxAttempts, TaskContext context, String how) {
    boolean again = job.attempts < maxAttempts;
    job.phase = again ? Job.Phase.RETRY : Job.Phase.FAILED;
    context.log("job " + job.index + " (branches " + job.branches + ", " + job.backendId + ") " + how
        + (again ? ", resubmitting" : ", giving up after " + job.attempts + " attempts")
        + "; log: " + all.log(job.index));
  }

  private void submitStaged(JobRecord record, JobSubmission all, int limit, TaskContext context) throws Exception {
    int free = limit - record.inFlight().size();
    List<Job> next = new ArrayList<>();
    for (Job job : record.jobs()) {
      if (next.size() >= free) {
        break;
      }
      if (job.waiting()) {
        next.add(job);
      }
    }
    if (next.isEmpty()) {
      return;
    }
    JobSubmission submission = all.withIndices(next.stream().map(j -> j.index).toList());
    long start = System.nanoTime();
    List<String> ids = backend.submit(submission);
    context.log(String.format(java.util.Locale.ROOT, "submitted %d jobs to %s in %.2f s",
        ids.size(), backend.name(), (System.nanoTime() - start) / 1e9));
    for (int i = 0; i < next.size(); i++) {
      Job job = next.get(i);
      job.backendId = ids.get(i);
      job.phase = Job.Phase.PENDING;
      job.attempts++;
    }
  }
}
