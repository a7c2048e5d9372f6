package dev.docket.backends.slurm;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.SubmissionParts;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code --workflow slurm}: the jobs of one submission are one Slurm job array
 * ({@code sbatch --array=0-999}), which is what makes submitting a thousand jobs take one
 * {@code sbatch} call. When the indices do not fit under the cluster's {@code MaxArraySize}
 * (read once per run from {@code scontrol show config}), the submission is split into several
 * arrays ({@link ArrayChunks}), each with elements {@code 0..k-1} counted from a base that the
 * job receives as {@code DOCKET_ARRAY_BASE}; the job's index is base +
 * {@code SLURM_ARRAY_TASK_ID}. Job ids are {@code <array job id>_<array element>}, which are
 * Slurm's own ids, so polling, cancelling and a restarted client need no mapping. States come
 * from {@code squeue -r -t all}, which also shows ended jobs for {@code MinJobAge} seconds; a
 * job it no longer lists is {@link JobState#UNKNOWN} and the machinery decides by the
 * branches' outputs. Works without Slurm's accounting database ({@code sacct} is not needed).
 * The {@code [slurm]} section of {@code docket.cfg} adds sbatch options ({@link SlurmSettings}).
 */
@AutoService(BatchBackend.class)
public final class SlurmBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String BASE_VARIABLE = "DOCKET_ARRAY_BASE";
  private static final System.Logger LOG = System.getLogger(SlurmBackend.class.getName());

  private final SlurmSettings settings;
  // Read once per run; a race only asks twice.
  private volatile CompletableFuture<Integer> maxArraySize;

  public SlurmBackend() {
    this(SlurmSettings.none());
  }

  private SlurmBackend(SlurmSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "slurm";
  }

  /** Reads {@code [slurm]}; an unknown key or bad value is bad input, before anything is submitted. */
  @Override
  public SlurmBackend configure(DocketConfig config) {
    Commands.requireOnPath("Slurm", "slurm", List.of("sbatch", "squeue", "scancel"),
        "run on a login node of your cluster, or start a local Slurm with scripts/slurm-up.sh");
    SlurmBackend configured = new SlurmBackend(SlurmSettings.read(config));
    // Asked now, in the background, so that scontrol's time overlaps planning the workflow
    // instead of adding to the submission's.
    configured.maxArraySizeAsked();
    return configured;
  }

  @Override
  public String jobIndexExpression() {
    return "\"$(( ${" + BASE_VARIABLE + ":-0} + ${SLURM_ARRAY_TASK_ID:?} ))\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    Files.createDirectories(submission.logs());
    List<ArrayChunks.Chunk> chunks = ArrayChunks.split(submission.indices(), maxArraySize());
    return SubmissionParts.submit(submission.indices(), chunks, chunk -> {
      String arrayId = submit(submission, chunk);
      Map<Integer, String> ids = new HashMap<>();
      for (int index : chunk.indices()) {
        ids.put(index, arrayId + "_" + chunk.relative(index));
      }
      return new SubmissionParts.Accepted(arrayId, ids);
    }, this::cancel, "array");
  }

  /** One {@code sbatch} call for {@code chunk}; returns the array's job id. */
  private String submit(JobSubmission submission, ArrayChunks.Chunk chunk)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
    command.addAll(settings.options());
    command.addAll(
        List.of(
            "--array=" + chunk.ranges(),
            "--job-name=" + submission.name(),
            "--output=" + logPattern(submission, chunk),
            "--open-mode=append",
            "--chdir=" + submission.workingDirectory(),
            "--export=ALL," + BASE_VARIABLE + "=" + chunk.base(),
            submission.jobFile().toString()));
    Commands.Result result = Commands.run(command, TIMEOUT);
    if (!result.ok()) {
      throw new IOException("sbatch refused the jobs (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    return result.stdout().strip().split(";")[0];
  }

  /**
   * Where Slurm writes the log of each element: {@code %a} is the element, not the job index,
   * so a chunk based above 0 writes through {@code logs/array-<base>/job-<element>.log}, a
   * symbolic link to {@code ../job-<index>.log}; {@link JobSubmission#log(int)} stays true.
   * The links depend only on base and element, so a later chunk with the same base reuses them.
   */
  static String logPattern(JobSubmission submission, ArrayChunks.Chunk chunk) throws IOException {
    if (chunk.base() == 0) {
      return submission.logs().resolve("job-%a.log").toString();
    }
    Path links = Files.createDirectories(submission.logs().resolve("array-" + chunk.base()));
    for (int index : chunk.indices()) {
      Path link = links.resolve("job-" + chunk.relative(index) + ".log");
      if (!Files.isSymbolicLink(link)) {
        try {
          Files.createSymbolicLink(link, Path.of("..", "job-" + index + ".log"));
        } catch (FileAlreadyExistsException e) {
          // another client made it at the same time: it points to the same log
        }
      }
    }
    return links.resolve("job-%a.log").toString();
  }

  static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

  /** The cluster's {@code MaxArraySize}, asked once; Slurm's default 1001 when it cannot be read. */
  int maxArraySize() {
    return maxArraySizeAsked().join();
  }

  private CompletableFuture<Integer> maxArraySizeAsked() {
    CompletableFuture<Integer> asked = maxArraySize;
    if (asked == null) {
      asked = CompletableFuture.supplyAsync(SlurmBackend::readMaxArraySize);
      maxArraySize = asked;
    }
    return asked;
  }

  private static int readMaxArraySize() {
    String why;
    try {
      Commands.Result result = Commands.run(List.of("scontrol", "show", "config"), TIMEOUT);
      OptionalInt parsed = result.ok() ? parseMaxArraySize(result.stdout()) : OptionalInt.empty();
      if (parsed.isPresent()) {
        return parsed.getAsInt();
      }
      why = result.ok() ? "it has no MaxArraySize line" : "exit " + result.exitCode() + ": " + result.stderr().strip();
    } catch (IOException | BadInputException e) {
      why = e.getMessage(); // scontrol missing beside sbatch: the default serves
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      why = "interrupted";
    }
    LOG.log(System.Logger.Level.INFO, "could not read MaxArraySize from 'scontrol show config' (" + why
        + "); assuming Slurm's default " + DEFAULT_MAX_ARRAY_SIZE + " to split job arrays");
    return DEFAULT_MAX_ARRAY_SIZE;
  }

  /** The value of the {@code MaxArraySize = N} line of {@code scontrol show config}. */
  static OptionalInt parseMaxArraySize(String config) {
    for (String line : config.split("\n")) {
      String[] f = line.split("=", 2);
      if (f.length == 2 && f[0].strip().equals("MaxArraySize")) {
        try {
          int n = Integer.parseInt(f[1].strip());
          return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
          return OptionalInt.empty();
        }
      }
    }
    return OptionalInt.empty();
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException {
    Set<String> arrays = new LinkedHashSet<>();
    for (String id : ids) {
      arrays.add(id.split("_")[0]);
    }
    Map<String, JobStatus> states = new HashMap<>();
    for (String id : ids) {
      states.put(id, JobStatus.of(JobState.UNKNOWN));
    }
    if (arrays.isEmpty()) {
      return states;
    }
    Commands.Result result =
        Commands.run(
            List.of("squeue", "-h", "-r", "-t", "all", "-o", "%i %T", "-j", String.join(",", arrays)),
            TIMEOUT);
    if (!result.ok()) {
      if (result.stderr().contains("Invalid job id")) {
        return states; // every job aged out of slurmctld's memory
      }
      throw new IOException("squeue failed (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    Map<String, JobStatus> wholeArrays = new HashMap<>();
    for (String line : result.stdout().split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 2 && states.containsKey(f[0])) {
        states.put(f[0], JobStatus.of(state(f[1])));
      } else if (f.length == 2 && arrays.contains(f[0])) {
        wholeArrays.put(f[0], JobStatus.of(state(f[1])));
      }
    }
    // Elements that never left the array's own record (e.g. cancelled while pending) are
    // listed as the bare array id: that record's state is theirs.
    if (!wholeArrays.isEmpty()) {
      for (String id : ids) {
        JobStatus whole = wholeArrays.get(id.split("_")[0]);
        if (whole != null && states.get(id).state() == JobState.UNKNOWN) {
          states.put(id, whole);
        }
      }
    }
    return states;
  }

  static JobState state(String slurm) {
    return switch (slurm) {
      case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED" -> JobState.PENDING;
      case "RUNNING", "COMPLETING", "STAGE_OUT", "SIGNALING", "RESIZING" -> JobState.RUNNING;
      case "COMPLETED" -> JobState.FINISHED;
      default -> JobState.FAILED; // FAILED, CANCELLED, TIMEOUT, NODE_FAIL, OUT_OF_MEMORY, PREEMPTED, BOOT_FAIL, DEADLINE
    };
  }

  @Override
  public void cancel(Collection<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("scancel"));
    command.addAll(ids);
    Commands.Result result = Commands.run(command, TIMEOUT);
    if (!result.ok() && !result.stderr().contains("already completed")) {
      throw new IOException("scancel failed (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
  }
}
