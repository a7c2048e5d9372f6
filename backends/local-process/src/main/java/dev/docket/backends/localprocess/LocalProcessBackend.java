package dev.docket.backends.localprocess;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * {@code --workflow local-process}: every job is a child process of this machine, started in a
 * session of its own ({@code setsid}), so that it outlives the client: a client started again
 * re-attaches to it. A small shell wrapper appends the job's output to its log and writes its
 * exit status to a file; the job id is {@code <pid>@<exit-status file>}, so the state can be
 * read back from another process: the file's number when it exists, running while the process
 * lives, failed (killed) otherwise. Without {@code --parallel-jobs}, at most as many jobs run at
 * once as the machine has cores.
 *
 * <p>A submission with {@link JobSubmission#inputs() inputs} ({@code [job] ship = bundle}) is
 * run as a batch system that transfers files runs it: each job in a fresh scratch directory of
 * its own under the submission's {@code scratch/}, with copies of the inputs, removed when the
 * job ends. So a job reads nothing of the client's but what was shipped.
 */
@AutoService(BatchBackend.class)
public final class LocalProcessBackend implements BatchBackend {
  static final String INDEX_VARIABLE = "DOCKET_JOB_INDEX";

  /** The wrapper: $0 job file, $1 log, $2 exit-status file (written via a rename: whole or absent). */
  private static final String WRAPPER =
      "sh \"$0\" >>\"$1\" 2>&1; echo $? >\"$2.tmp\"; mv \"$2.tmp\" \"$2\"";

  /** The wrapper of a job in a scratch directory, $3, removed when it ends (before it counts as ended). */
  private static final String SCRATCH_WRAPPER =
      "sh \"$0\" >>\"$1\" 2>&1; status=$?; cd / && rm -rf \"$3\"; echo $status >\"$2.tmp\"; mv \"$2.tmp\" \"$2\"";

  @Override
  public String name() {
    return "local-process";
  }

  /**
   * One job per core: the jobs share this machine, and more at once than it has cores only
   * makes each slower (and can exhaust its memory).
   */
  @Override
  public OptionalInt defaultParallelJobs() {
    return OptionalInt.of(Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String jobIndexExpression() {
    return "\"${" + INDEX_VARIABLE + ":?}\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException {
    Files.createDirectories(submission.logs());
    List<String> ids = new ArrayList<>();
    for (int index : submission.indices()) {
      String attempt = "job-" + index + "-" + System.nanoTime();
      Path exit = submission.logs().resolve(attempt + ".exit");
      List<String> command = new ArrayList<>(List.of("setsid", "sh", "-c", WRAPPER,
          submission.jobFile().toString(), submission.log(index).toString(), exit.toString()));
      Path directory = submission.workingDirectory();
      if (!submission.inputs().isEmpty()) {
        directory = scratch(submission, attempt);
        command.set(3, SCRATCH_WRAPPER);
        command.add(directory.toString());
      }
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectErrorStream(true);
      builder.environment().put(INDEX_VARIABLE, Integer.toString(index));
      Process process = builder.start();
      ids.add(process.pid() + "@" + exit);
    }
    return ids;
  }

  /** A new directory with copies of the submission's inputs, as a transferring batch system makes. */
  private static Path scratch(JobSubmission submission, String attempt) throws IOException {
    Path directory = Files.createDirectories(submission.directory().resolve("scratch").resolve(attempt));
    for (Path input : submission.inputs()) {
      Path target = directory.resolve(input.getFileName().toString());
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          for (Path path : walk.toList()) {
            Path copy = target.resolve(input.relativize(path).toString());
            if (Files.isDirectory(path)) {
              Files.createDirectories(copy);
            } else {
              Files.copy(path, copy);
            }
          }
        }
      } else {
        Files.copy(input, target);
      }
    }
    return directory;
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException {
    Map<String, JobStatus> states = new HashMap<>();
    for (String id : ids) {
      states.put(id, state(id));
    }
    return states;
  }

  private static JobStatus state(String id) throws IOException {
    int at = id.indexOf('@');
    if (at < 0) {
      return JobStatus.of(JobState.UNKNOWN);
    }
    long pid = Long.parseLong(id.substring(0, at));
    Path exit = Path.of(id.substring(at + 1));
    Optional<JobStatus> ended = ended(exit);
    if (ended.isPresent()) {
      return ended.get();
    }
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return JobStatus.of(JobState.RUNNING);
    }
    // It may have ended between the two looks.
    return ended(exit).orElse(JobStatus.failed("the process ended without an exit status"));
  }

  private static Optional<JobStatus> ended(Path exit) throws IOException {
    if (!Files.exists(exit)) {
      return Optional.empty();
    }
    String code = Files.readString(exit).strip();
    return Optional.of(code.equals("0") ? JobStatus.of(JobState.FINISHED) : JobStatus.failed("exit code " + code));
  }

  @Override
  public void cancel(Collection<String> ids) {
    for (String id : ids) {
      int at = id.indexOf('@');
      if (at < 0) {
        continue;
      }
      ProcessHandle.of(Long.parseLong(id.substring(0, at)))
          .ifPresent(
              process -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
              });
    }
  }
}
