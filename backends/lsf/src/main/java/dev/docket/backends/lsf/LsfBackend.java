package dev.docket.backends.lsf;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.SubmissionParts;
import dev.docket.runtime.spi.batch.Templates;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --workflow lsf}: the jobs of one submission are one LSF job array
 * ({@code bsub -J "name[1-20]"}), so that a thousand jobs take one {@code bsub} call; indices
 * that do not fit one array ({@code MAX_JOB_ARRAY_SIZE}, the 255 characters of {@code -J}) make
 * several ({@link JobArrays}). {@code bsub} reads a submission script rendered from a template
 * ({@code lsf.bsub.template}, replaceable with {@code [lsf] job-template}) with the {@code #BSUB}
 * lines of {@code [lsf]}; the script runs Docket's job file. Job ids are LSF's own
 * {@code <job id>[<element>]}, so polling, cancelling and a restarted client need no mapping.
 * States come from {@code bjobs -a -o ...} (pending reasons and exit codes included); a job it
 * no longer knows ({@code Job <1234> is not found}, after {@code CLEAN_PERIOD}) is
 * {@link JobState#UNKNOWN} and the machinery decides by the branches' outputs.
 */
@AutoService(BatchBackend.class)
public final class LsfBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String TEMPLATE = "lsf.bsub.template";
  static final String FIRST_VARIABLE = "DOCKET_ARRAY_FIRST";

  private final LsfSettings settings;
  private final Optional<Path> tools;

  public LsfBackend() {
    this(LsfSettings.none(), Optional.empty());
  }

  /**
   * @param tools the directory of {@code bsub}, {@code bjobs} and {@code bkill} (the tests'
   *     stand-ins); empty to find them on {@code PATH}, as a user's LSF installation puts them
   */
  LsfBackend(LsfSettings settings, Optional<Path> tools) {
    this.settings = settings;
    this.tools = tools;
  }

  /**
   * This backend with LSF's commands taken from {@code directory} instead of {@code PATH}: for
   * a program that drives jobs outside a run (the end-to-end tests poll and kill the stand-ins'
   * jobs from their own JVM). Reads no {@code [lsf]} section.
   */
  public static LsfBackend withCommandsIn(Path directory) {
    return new LsfBackend(LsfSettings.none(), Optional.of(directory));
  }

  @Override
  public String name() {
    return "lsf";
  }

  /** Reads {@code [lsf]} and checks that LSF's commands are there, before anything is submitted. */
  @Override
  public LsfBackend configure(DocketConfig config) {
    if (tools.isEmpty()) {
      Commands.requireOnPath("LSF", "lsf", List.of("bsub", "bjobs", "bkill"), "run on a machine that submits"
          + " to LSF (a login node), or source your site's LSF profile (profile.lsf) first");
    }
    return new LsfBackend(LsfSettings.read(config), tools);
  }

  @Override
  public String jobIndexExpression() {
    return "\"$(( ${" + FIRST_VARIABLE + ":?} + ${LSB_JOBINDEX:?} - 1 ))\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    Files.createDirectories(submission.logs());
    String name = JobArrays.arrayName(submission.name());
    List<JobArrays.Array> arrays = JobArrays.split(submission.indices(), name, settings.maxArraySize());
    String template = Templates.read(settings.template(), LsfBackend.class, TEMPLATE, "[lsf] job-template");
    return SubmissionParts.submit(submission.indices(), arrays, array -> {
      String jobId = submit(submission, array, name, template);
      Map<Integer, String> ids = new HashMap<>();
      for (int index : array.indices()) {
        ids.put(index, jobId + "[" + array.element(index) + "]");
      }
      return new SubmissionParts.Accepted(jobId, ids);
    }, this::cancel, "array");
  }

  /** One {@code bsub} call for {@code array}; returns its job id. */
  private String submit(JobSubmission submission, JobArrays.Array array, String name, String template)
      throws IOException, InterruptedException {
    Path script = submission.directory().resolve("lsf-" + array.first() + ".bsub");
    Files.writeString(script, LsfScript.render(template, submission, array.first(), settings.directives()));
    List<String> command = new ArrayList<>(List.of(tool("bsub")));
    command.addAll(
        List.of("-J", array.spec(name), "-o", logPattern(submission, array), "-cwd",
            submission.workingDirectory().toString()));
    command.addAll(settings.extra());
    Commands.Result result = Commands.run(command, script, TIMEOUT);
    if (!result.ok()) {
      throw new IOException("bsub refused the jobs (exit " + result.exitCode() + "): " + answer(result));
    }
    return LsfOutput.submittedJobId(result.stdout())
        .orElseThrow(() -> new IOException("bsub's answer has no 'Job <id> is submitted' line: " + answer(result)));
  }

  private static String answer(Commands.Result result) {
    return (result.stderr().strip() + " " + result.stdout().strip()).strip();
  }

  /**
   * Where LSF writes the log of each element: {@code %I} is the element, not the job index, so
   * it writes through {@code logs/lsf-from-<first>/job-<element>.log}, a symbolic link to
   * {@code ../job-<index>.log}; {@link JobSubmission#log(int)} stays true. The links depend only
   * on the first index and the element, so a later array with the same first index reuses them.
   */
  static String logPattern(JobSubmission submission, JobArrays.Array array) throws IOException {
    Path links = Files.createDirectories(submission.logs().resolve("lsf-from-" + array.first()));
    for (int index : array.indices()) {
      Path link = links.resolve("job-" + array.element(index) + ".log");
      if (!Files.isSymbolicLink(link)) {
        try {
          Files.createSymbolicLink(link, Path.of("..", "job-" + index + ".log"));
        } catch (FileAlreadyExistsException e) {
          // another client made it at the same time: it points to the same log
        }
      }
    }
    return links.resolve("job-%I.log").toString();
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException {
    Map<String, JobStatus> states = new HashMap<>();
    Set<String> arrays = new LinkedHashSet<>();
    for (String id : ids) {
      states.put(id, JobStatus.of(JobState.UNKNOWN));
      arrays.add(id.contains("[") ? id.substring(0, id.indexOf('[')) : id);
    }
    if (arrays.isEmpty()) {
      return states;
    }
    List<String> command =
        new ArrayList<>(List.of(tool("bjobs"), "-a", "-noheader", "-o", LsfOutput.BJOBS_FORMAT));
    command.addAll(arrays);
    Commands.Result result = Commands.run(command, TIMEOUT);
    String trouble = LsfOutput.bjobsTrouble(result.stderr());
    if (!result.ok() && !trouble.isEmpty()) {
      throw new IOException("bjobs failed (exit " + result.exitCode() + "): " + trouble);
    }
    LsfOutput.statuses(result.stdout()).forEach((id, status) -> states.computeIfPresent(id, (k, old) -> status));
    return states;
  }

  @Override
  public void cancel(Collection<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(tool("bkill")));
    command.addAll(ids);
    Commands.Result result = Commands.run(command, TIMEOUT);
    String trouble = LsfOutput.bkillTrouble(result.stderr());
    if (!result.ok() && !trouble.isEmpty()) {
      throw new IOException("bkill failed (exit " + result.exitCode() + "): " + trouble);
    }
  }

  private String tool(String name) {
    return tools.map(dir -> dir.resolve(name).toString()).orElse(name);
  }
}
