package dev.docket.backends.slurm;

import dev.docket.testkit.RequiredService;
import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.batch.JobFile;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm backend against the real single-node Slurm of {@code scripts/slurm-up.sh}
 * ({@code MaxArraySize=1001}): job indices above 1000 and the {@code [slurm]} options.
 */
class SlurmSubmitTest {
  private static final long DEADLINE_MS = 60_000;

  @TempDir Path dir;
  private final List<String> submitted = new ArrayList<>();

  @RegisterExtension static final RequiredService SLURM = RequiredService.slurm();

  @AfterEach
  void cancelLeftovers() throws Exception {
    new SlurmBackend().cancel(submitted); // leave no job behind on the shared machine
  }

  /** The default job file; job i runs {@code sh -c} writing its branches text, "i", to out/i. */
  private JobSubmission submission(SlurmBackend backend, List<Integer> indices) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Map<Integer, String> jobs = new LinkedHashMap<>();
    for (int index : indices) {
      jobs.put(index, Integer.toString(index));
    }
    Path jobFile = dir.resolve("job.sh");
    Files.writeString(jobFile, JobFile.render(JobFile.template(Optional.empty()), "test", backend.jobIndexExpression(),
        jobs, dir, List.of("sh", "-c", "echo \"$2\" > \"$0/$2\"", out.toString())));
    return new JobSubmission(jobFile, dir, indices, "docket-test", dir);
  }

  private Map<String, JobState> waitUntilEnded(SlurmBackend backend, List<String> ids) throws Exception {
    long end = System.currentTimeMillis() + DEADLINE_MS;
    while (true) {
      Map<String, JobState> states = backend.status(ids).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
      if (states.values().stream().noneMatch(s -> s == JobState.PENDING || s == JobState.RUNNING)
          || System.currentTimeMillis() > end) {
        return states;
      }
      Thread.sleep(200);
    }
  }

  @Test
  void indicesAboveMaxArraySizeAreSubmittedAsArraysFromABase_andEachJobSeesItsIndex() throws Exception {
    SlurmBackend backend = new SlurmBackend();
    assertThat(backend.maxArraySize()).isEqualTo(1001); // scripts/slurm-up.sh
    List<Integer> indices = List.of(3, 1500, 1502, 1510); // two arrays: 3; 1500 + (0,2,10)

    List<String> ids = backend.submit(submission(backend, indices));
    submitted.addAll(ids);

    assertThat(ids).hasSize(indices.size());
    assertThat(Set.copyOf(ids)).hasSize(indices.size());
    assertThat(ids.stream().map(id -> id.split("_")[0]).distinct().count()).isEqualTo(2);
    assertThat(ids.get(1)).endsWith("_0"); // 1500 is element 0 of the array based at 1500
    assertThat(ids.get(3)).endsWith("_10");
    Map<String, JobState> states = waitUntilEnded(backend, ids);
    for (String id : ids) {
      assertWithMessage("state of " + id).that(states.get(id)).isEqualTo(JobState.FINISHED);
    }
    Set<String> written;
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      written = files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(written).containsExactlyElementsIn(indices.stream().map(String::valueOf).toList());
    for (int index : indices) {
      assertThat(Files.readString(dir.resolve("out").resolve(Integer.toString(index))).strip()).isEqualTo(Integer.toString(index));
    }
    // Logs are where JobSubmission.log(index) says, also for the arrays based above 0.
    JobSubmission s = submission(backend, indices);
    assertThat(Files.readString(s.log(1502))).contains("docket job 1502: branches 1502");
    assertThat(Files.readString(s.log(3))).contains("docket job 3: branches 3");
  }

  @Test
  void slurmSectionOptionsReachSbatch_andChunkedIdsCancel() throws Exception {
    Map<String, String> section = new LinkedHashMap<>();
    section.put("partition", "debug");
    section.put("time", "00:05:00");
    section.put("memory", "64M");
    section.put("cpus", "1");
    section.put("extra", "--hold --comment='docket settings test'");
    DocketConfig config = new DocketConfig(Optional.empty(), dir, OptionalInt.empty(), Map.of("slurm", section));
    SlurmBackend backend = new SlurmBackend().configure(config);

    List<String> ids = backend.submit(submission(backend, List.of(1500, 1720)));
    submitted.addAll(ids);

    assertThat(ids.get(1)).endsWith("_220");
    String job = scontrol(ids.get(1));
    assertThat(job).contains("Partition=debug");
    assertThat(job).contains("TimeLimit=00:05:00");
    assertThat(job).contains("MinMemoryNode=64M");
    assertThat(job).contains("Comment=docket settings test");
    assertThat(job).contains("Reason=JobHeldUser");
    assertThat(backend.status(ids).values().stream().map(s -> s.state()).toList())
        .containsExactly(JobState.PENDING, JobState.PENDING);

    backend.cancel(ids);
    Map<String, JobState> states = waitUntilEnded(backend, ids);
    assertThat(states).containsExactly(ids.get(0), JobState.FAILED, ids.get(1), JobState.FAILED);
  }

  private static String scontrol(String id) throws Exception {
    Commands.Result result = Commands.run(List.of("scontrol", "show", "job", id), Duration.ofSeconds(30));
    assertWithMessage(result.stderr()).that(result.ok()).isTrue();
    return result.stdout();
  }
}
