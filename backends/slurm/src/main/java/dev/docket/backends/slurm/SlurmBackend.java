package dev.docket.backends.slurm;

import com.google.auto.service.AutoService;
import dev.docket.runtime.batch.BatchBackend;
import dev.docket.runtime.batch.Commands;
import dev.docket.runtime.batch.JobState;
import dev.docket.runtime.batch.JobSubmission;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --workflow slurm}: the jobs of one submission are one Slurm job array
 * ({@code sbatch --array=0-999}), which is what makes submitting a thousand jobs take one
 * {@code sbatch} call; each element finds its job index in {@code SLURM_ARRAY_TASK_ID}. Job ids
 * are {@code <array job id>_<index>}. States come from {@code squeue -r -t all}, which also
 * shows ended jobs for {@code MinJobAge} seconds; a job it no longer lists is
 * {@link JobState#UNKNOWN} and the machinery decides by the branches' outputs. Works without
 * Slurm's accounting database ({@code sacct} is not needed).
 */
@AutoService(BatchBackend.class)
public final class SlurmBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Override
  public String name() {
    return "slurm";
  }

  @Override
  public String jobIndexExpression() {
    return "\"${SLURM_ARRAY_TASK_ID:?}\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    Files.createDirectories(submission.logs());
    List<String> command =
        List.of(
            "sbatch", "--parsable",
            "--array=" + ranges(submission.indices()),
            "--job-name=" + submission.name(),
            "--output=" + submission.logs().resolve("job-%a.log"),
            "--open-mode=append",
            "--chdir=" + submission.workingDirectory(),
            "--export=ALL",
            submission.jobFile().toString());
    Commands.Result result = Commands.run(command, TIMEOUT);
    if (!result.ok()) {
      throw new IOException("sbatch refused the jobs (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    String arrayId = result.stdout().strip().split(";")[0];
    List<String> ids = new ArrayList<>();
    for (int index : submission.indices()) {
      ids.add(arrayId + "_" + index);
    }
    return ids;
  }

  /** {@code 0,1,2,5} → {@code 0-2,5}. */
  static String ranges(List<Integer> sorted) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(sorted.get(i));
      if (j > i) {
        out.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }

  @Override
  public Map<String, JobState> status(Collection<String> ids) throws IOException, InterruptedException {
    Set<String> arrays = new LinkedHashSet<>();
    for (String id : ids) {
      arrays.add(id.split("_")[0]);
    }
    Map<String, JobState> states = new HashMap<>();
    for (String id : ids) {
      states.put(id, JobState.UNKNOWN);
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
    for (String line : result.stdout().split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 2 && states.containsKey(f[0])) {
        states.put(f[0], state(f[1]));
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
