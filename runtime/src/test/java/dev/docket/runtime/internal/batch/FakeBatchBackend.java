package dev.docket.runtime.internal.batch;

import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A batch system whose jobs do what the test says: a test double of Docket's own SPI
 * ({@link BatchBackend}), not a stand-in for a real batch system (the Slurm and local-process
 * backends are tested against the real ones in their modules and in {@code integration-tests}).
 * It lets the job machinery's unit tests decide, poll by poll, what every attempt of every job
 * reports, which a real batch system cannot be made to do on cue.
 *
 * <p>An attempt is a list of states, one per poll, the last repeated. When an attempt that
 * {@linkplain Attempt#writesOutputs writes outputs} first reports a final state, the fake
 * writes its branches' outputs through {@link #outputs}, with the branches read from the job
 * file the machinery rendered, as a real job would read them.
 */
final class FakeBatchBackend implements BatchBackend {
  /** What one attempt of a job reports at successive polls; the last state repeats. */
  record Attempt(List<JobState> states, boolean writesOutputs) {
    static Attempt succeeds() {
      return new Attempt(List.of(JobState.RUNNING, JobState.FINISHED), true);
    }

    /** Non-zero exit before its outputs were written. */
    static Attempt fails() {
      return new Attempt(List.of(JobState.RUNNING, JobState.FAILED), false);
    }

    /** Exit status 0, but an output is missing. */
    static Attempt endsWithoutOutputs() {
      return new Attempt(List.of(JobState.FINISHED), false);
    }

    /** Killed after writing every output, e.g. while exiting. */
    static Attempt failsAfterWritingItsOutputs() {
      return new Attempt(List.of(JobState.FAILED), true);
    }

    /** The batch system forgets the job. */
    static Attempt vanishes() {
      return new Attempt(List.of(JobState.UNKNOWN), false);
    }

    /** Runs for {@code polls} polls, then finishes with its outputs written. */
    static Attempt runsFor(int polls) {
      List<JobState> states = new ArrayList<>(java.util.Collections.nCopies(polls, JobState.RUNNING));
      states.add(JobState.FINISHED);
      return new Attempt(states, true);
    }

    /** Held after {@code polls} polls of running, and never released. */
    static Attempt heldAfter(int polls) {
      List<JobState> states = new ArrayList<>(java.util.Collections.nCopies(polls, JobState.RUNNING));
      states.add(JobState.HELD);
      return new Attempt(states, false);
    }

    static Attempt queuedForever() {
      return new Attempt(List.of(JobState.PENDING), false);
    }
  }

  /** The reason a held job reports. */
  static final String HOLD_REASON = "memory usage exceeded request_memory";
  private static final Pattern CASE = Pattern.compile("(?m)^  ([0-9]+)\\) branches='([^']*)' ;;$");

  private final String name;
  private final BiFunction<Integer, Integer, Attempt> script;
  private final Map<String, Deque<JobState>> running = new HashMap<>();
  private final Map<String, Attempt> attempts = new HashMap<>();
  private final Map<String, Integer> jobOf = new HashMap<>();
  private final Map<Integer, Integer> attemptsOf = new HashMap<>();
  private OptionalInt defaultParallelJobs = OptionalInt.empty();
  private final java.util.Set<Integer> failingPolls = new java.util.HashSet<>();
  private int pollsBeforeInterrupt = -1;
  private Exception refusal;
  /** The job file whose cases give a job's branches: the last one submitted, else as set. */
  Path jobFile;
  private int nextId = 1;

  /** The last submission, as the job machinery made it. */
  JobSubmission lastSubmission;
  /** Every {@link #submit} call's job indices, in order. */
  final List<List<Integer>> submissions = new ArrayList<>();
  /** Every {@link #status} call's ids, in order. */
  final List<List<String>> polls = new ArrayList<>();
  /** The ids of every {@link #cancel} call, in order. */
  final List<List<String>> cancelled = new ArrayList<>();
  /** Writes the outputs of the branches of a job, in {@code --branches} form. */
  BranchWriter outputs = branches -> {
    throw new AssertionError("no output writer set, but a job wrote branches " + branches);
  };

  /** Writes the outputs of some branches, as a job of them would. */
  interface BranchWriter {
    void write(String branches) throws IOException;
  }

  /** @param script attempt {@code n} (from 1) of job {@code index}: {@code (index, n) -> attempt} */
  FakeBatchBackend(String name, BiFunction<Integer, Integer, Attempt> script) {
    this.name = name;
    this.script = script;
  }

  FakeBatchBackend withDefaultParallelJobs(int jobs) {
    defaultParallelJobs = OptionalInt.of(jobs);
    return this;
  }

  /** The status calls numbered {@code polls} (from 1) fail, as a busy controller's do. */
  FakeBatchBackend failingPolls(int... polls) {
    for (int poll : polls) {
      failingPolls.add(poll);
    }
    return this;
  }

  /** Every submission throws {@code refusal}, as a batch system that refuses jobs does. */
  FakeBatchBackend refusing(Exception refusal) {
    this.refusal = refusal;
    return this;
  }

  /** The thread polling is interrupted (Ctrl-C) during status call number {@code polls}. */
  FakeBatchBackend interruptedAtPoll(int polls) {
    pollsBeforeInterrupt = polls;
    return this;
  }

  /** A job of an earlier client that this fake knows, e.g. one the record says is in flight. */
  FakeBatchBackend knows(String id, int index, Attempt attempt) {
    start(id, index, attempt);
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public OptionalInt defaultParallelJobs() {
    return defaultParallelJobs;
  }

  @Override
  public String jobIndexExpression() {
    return "$FAKE_JOB_INDEX";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    if (refusal instanceof IOException e) {
      throw e;
    }
    if (refusal instanceof InterruptedException e) {
      throw e;
    }
    jobFile = submission.jobFile();
    lastSubmission = submission;
    submissions.add(submission.indices());
    List<String> ids = new ArrayList<>();
    for (int index : submission.indices()) {
      int attempt = attemptsOf.merge(index, 1, Integer::sum);
      String id = name + "-" + nextId++;
      start(id, index, script.apply(index, attempt));
      ids.add(id);
    }
    return ids;
  }

  private void start(String id, int index, Attempt attempt) {
    running.put(id, new ArrayDeque<>(attempt.states()));
    attempts.put(id, attempt);
    jobOf.put(id, index);
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException {
    polls.add(List.copyOf(ids));
    if (polls.size() == pollsBeforeInterrupt) {
      Thread.currentThread().interrupt(); // the next sleep of the poll loop throws
    }
    if (failingPolls.contains(polls.size())) {
      throw new IOException("controller busy");
    }
    Map<String, JobStatus> states = new LinkedHashMap<>();
    for (String id : ids) {
      Deque<JobState> left = running.get(id);
      if (left == null) {
        continue; // unknown to this batch system: left out, as squeue leaves it out
      }
      JobState state = left.size() > 1 ? left.poll() : left.peek();
      if (left.size() == 1 && state != JobState.PENDING && state != JobState.RUNNING
          && attempts.get(id).writesOutputs()) {
        outputs.write(branchesOf(jobOf.get(id)));
      }
      states.put(id, state == JobState.HELD ? JobStatus.held(HOLD_REASON) : JobStatus.of(state));
    }
    return states;
  }

  /** The branches of job {@code index}, as the job file the machinery rendered gives them. */
  String branchesOf(int index) throws IOException {
    Matcher m = CASE.matcher(Files.readString(jobFile));
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == index) {
        return m.group(2);
      }
    }
    throw new AssertionError("job file " + jobFile + " has no case for job " + index);
  }

  @Override
  public void cancel(Collection<String> ids) {
    cancelled.add(List.copyOf(ids));
  }
}
