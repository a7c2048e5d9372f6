package dev.docket.backends.pbs;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.SubmissionParts;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --workflow pbs}, for PBS Professional and OpenPBS (not Torque, whose arrays are
 * {@code -t} and {@code $PBS_ARRAYID}). The jobs of one submission are one job array
 * ({@code qsub -J 0-999}) when their indices are a range, as a first submission's are; other
 * indices are cut into ranges with a step and lone jobs ({@link ArrayRuns}). Job ids are PBS's
 * own ({@code 1234[7].server}, {@code 1235.server}), so a restarted client polls and cancels
 * the same jobs without a mapping. States come from {@code qstat -x -f -t}, which includes
 * finished jobs for the server's {@code job_history_duration}; a job it no longer knows
 * ({@code Unknown Job Id}) is {@link JobState#UNKNOWN} and the machinery decides by the
 * branches' outputs. The {@code [pbs]} section becomes {@code #PBS} lines of the submission
 * script ({@link PbsSettings}, {@link PbsScript}).
 */
@AutoService(BatchBackend.class)
public final class PbsBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** PBS Professional's default {@code max_array_size}. */
  static final int MAX_ARRAY_SIZE = 10_000;
  /** Set with {@code qsub -v} for a job that is not an array element. */
  static final String INDEX_VARIABLE = "DOCKET_JOB_INDEX";
  static final String SCRIPT = "pbs-job.sh";

  private final PbsSettings settings;

  public PbsBackend() {
    this(PbsSettings.none());
  }

  private PbsBackend(PbsSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "pbs";
  }

  /** Reads {@code [pbs]} and its template; an unknown key, bad value or placeholder is bad input, before anything is submitted. */
  @Override
  public PbsBackend configure(DocketConfig config) {
    PbsSettings read = PbsSettings.read(config);
    PbsScript.check(read);
    return new PbsBackend(read);
  }

  /**
   * The array element's index; {@code DOCKET_JOB_INDEX} first, because {@code -V} would carry a
   * {@code PBS_ARRAY_INDEX} from a client that itself runs in an array element into a plain job.
   */
  @Override
  public String jobIndexExpression() {
    return "\"${" + INDEX_VARIABLE + ":-${PBS_ARRAY_INDEX:?}}\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    Files.createDirectories(submission.logs());
    Path script = submission.directory().resolve(SCRIPT);
    Files.writeString(script, PbsScript.render(PbsScript.template(settings), settings, submission, jobIndexExpression()),
        StandardCharsets.UTF_8);
    List<ArrayRuns.Run> runs = ArrayRuns.split(submission.indices(), MAX_ARRAY_SIZE);
    return SubmissionParts.submit(submission.indices(), runs, run -> {
      PbsJobId id = qsub(submission, script, run);
      Map<Integer, String> ids = new HashMap<>();
      if (run.array()) {
        for (int index : run.indices()) {
          ids.put(index, id.element(index).toString());
        }
      } else {
        ids.put(run.indices().get(0), id.toString());
      }
      return new SubmissionParts.Accepted(id.toString(), ids);
    }, this::cancel, "qsub");
  }

  /** One {@code qsub} call for {@code run}. */
  private PbsJobId qsub(JobSubmission submission, Path script, ArrayRuns.Run run)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("qsub", "-V"));
    if (run.array()) {
      // An empty value, so that a DOCKET_JOB_INDEX in the client's environment (-V) is not taken.
      command.addAll(List.of("-J", run.range(), "-v", INDEX_VARIABLE + "="));
    } else {
      command.addAll(List.of("-v", INDEX_VARIABLE + "=" + run.indices().get(0)));
    }
    // PBS's own output file holds only what happens before the script's redirection.
    command.addAll(List.of("-o", submission.logs().resolve("pbs") + "/"));
    command.addAll(settings.extra());
    command.add(script.toString());
    Files.createDirectories(submission.logs().resolve("pbs"));
    Commands.Result result = Commands.run(command, TIMEOUT);
    if (!result.ok()) {
      throw new IOException("qsub refused the jobs (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    String printed = result.stdout().strip();
    try {
      PbsJobId id = PbsJobId.parse(printed);
      if (id.array() != run.array() || id.index().isPresent()) {
        throw new IllegalArgumentException("expected " + (run.array() ? "an array's id (1234[].server)" : "a job id"));
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new IOException("qsub answered '" + printed + "' where a job id was expected (" + e.getMessage()
          + "); the job may have been submitted: look with qstat", e);
    }
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException {
    Map<String, JobStatus> states = new LinkedHashMap<>();
    Map<String, String> keys = new HashMap<>();
    Set<String> targets = new LinkedHashSet<>();
    for (String id : ids) {
      states.put(id, JobStatus.of(JobState.UNKNOWN));
      try {
        PbsJobId parsed = PbsJobId.parse(id);
        keys.put(id, parsed.key());
        targets.add(parsed.wholeArray().toString());
      } catch (IllegalArgumentException e) {
        states.put(id, new JobStatus(JobState.UNKNOWN, "not a PBS job id"));
      }
    }
    if (targets.isEmpty()) {
      return states;
    }
    List<String> command = new ArrayList<>(List.of("qstat", "-x", "-f", "-t"));
    command.addAll(targets);
    Commands.Result result = Commands.run(command, TIMEOUT);
    List<String> problems = problems(result.stderr(), "Unknown Job Id", "Job has finished");
    if (!result.ok() && (!problems.isEmpty() || result.stdout().isBlank() && result.stderr().isBlank())) {
      throw new IOException("qstat failed (exit " + result.exitCode() + "): "
          + (problems.isEmpty() ? "no message" : String.join("; ", problems)));
    }
    Map<String, Map<String, String>> byKey = new HashMap<>();
    QstatFull.parse(result.stdout()).forEach((id, attributes) -> {
      try {
        byKey.put(PbsJobId.parse(id).key(), attributes);
      } catch (IllegalArgumentException e) {
        // not one of ours
      }
    });
    keys.forEach((id, key) -> {
      Map<String, String> attributes = byKey.get(key);
      if (attributes != null) {
        states.put(id, PbsStates.of(attributes));
      }
    });
    return states;
  }

  @Override
  public void cancel(Collection<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("qdel"));
    command.addAll(ids);
    Commands.Result result = Commands.run(command, TIMEOUT);
    // Already over, gone from the history, or ending right now: nothing left to cancel.
    List<String> problems =
        problems(result.stderr(), "Job has finished", "Unknown Job Id", "Request invalid for state of job");
    if (!result.ok() && (!problems.isEmpty() || result.stderr().isBlank())) {
      throw new IOException("qdel failed (exit " + result.exitCode() + "): "
          + (problems.isEmpty() ? "no message" : String.join("; ", problems)));
    }
  }

  /** The lines of {@code stderr} that say anything but one of {@code harmless}. */
  private static List<String> problems(String stderr, String... harmless) {
    List<String> problems = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      String text = line.strip();
      if (!text.isEmpty() && java.util.Arrays.stream(harmless).noneMatch(text::contains)) {
        problems.add(text);
      }
    }
    return problems;
  }
}
