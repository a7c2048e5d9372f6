package dev.docket.backends.localprocess;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes: states, exit statuses, logs and cancelling. */
class LocalProcessBackendTest {
  @TempDir Path dir;
  private final LocalProcessBackend backend = new LocalProcessBackend();

  private JobSubmission submission(String script, List<Integer> indices) throws Exception {
    Path file = dir.resolve("job.sh");
    Files.writeString(file, script);
    return new JobSubmission(file, dir, indices, "test", dir);
  }

  private Map<String, JobState> waitUntilEnded(List<String> ids) throws Exception {
    long end = System.currentTimeMillis() + 20_000;
    Map<String, JobState> states = backend.status(ids).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
    while (states.containsValue(JobState.RUNNING) && System.currentTimeMillis() < end) {
      Thread.sleep(50);
      states = backend.status(ids).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
    }
    return states;
  }

  @Test
  void eachJobSeesItsIndex_exitStatusDecidesTheState_outputGoesToTheLog() throws Exception {
    String script = "job=" + backend.jobIndexExpression() + "\necho \"job $job here\"\n[ \"$job\" = 0 ]\n";
    JobSubmission submission = submission(script, List.of(0, 1));
    List<String> ids = backend.submit(submission);
    Map<String, JobState> states = waitUntilEnded(ids);
    assertThat(states.get(ids.get(0))).isEqualTo(JobState.FINISHED);
    assertThat(states.get(ids.get(1))).isEqualTo(JobState.FAILED);
    assertThat(Files.readString(submission.log(0))).isEqualTo("job 0 here\n");
    assertThat(Files.readString(submission.log(1))).isEqualTo("job 1 here\n");
  }

  @Test
  void aCancelledJobIsFailedAndStopsRunning() throws Exception {
    List<String> ids = backend.submit(submission("sleep 30\n", List.of(0)));
    assertThat(backend.status(ids).get(ids.get(0)).state()).isEqualTo(JobState.RUNNING);
    backend.cancel(ids);
    assertThat(waitUntilEnded(ids).get(ids.get(0))).isEqualTo(JobState.FAILED);
  }

  @Test
  void jobsWithInputsRunEachInAScratchDirectoryOfCopiesThatIsRemovedAfterwards() throws Exception {
    Path bundle = Files.createDirectories(dir.resolve("bundle"));
    Files.writeString(bundle.resolve("docket.cfg"), "[core]\n");
    Files.writeString(bundle.resolve("00-app.jar"), "jar\n");
    Path file = dir.resolve("job.sh");
    // Each job says where it is and what it has, and changes its copy: the other must not see it.
    Files.writeString(file, "pwd; ls; cat 00-app.jar; echo ' changed' >> 00-app.jar; cat 00-app.jar\n");
    JobSubmission submission = new JobSubmission(file, dir, List.of(0, 1), "test", bundle,
        List.of(bundle.resolve("docket.cfg"), bundle.resolve("00-app.jar")));

    List<String> ids = backend.submit(submission);

    assertThat(waitUntilEnded(ids).values()).containsExactly(JobState.FINISHED, JobState.FINISHED);
    List<String> zero = Files.readAllLines(submission.log(0));
    List<String> one = Files.readAllLines(submission.log(1));
    assertThat(Path.of(zero.get(0)).getParent()).isEqualTo(dir.resolve("scratch"));
    assertThat(Path.of(zero.get(0)).getFileName().toString()).startsWith("job-0-");
    assertThat(Path.of(one.get(0)).getFileName().toString()).startsWith("job-1-");
    assertThat(zero.subList(1, zero.size())).containsExactly("00-app.jar", "docket.cfg", "jar", "jar", " changed").inOrder();
    assertThat(one.subList(1, one.size())).containsExactly("00-app.jar", "docket.cfg", "jar", "jar", " changed").inOrder();
    assertThat(Files.readString(bundle.resolve("00-app.jar"))).isEqualTo("jar\n");
    try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("scratch"))) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void anIdThatIsNotOursIsUnknown() throws Exception {
    assertThat(backend.status(List.of("garbage")).get("garbage").state()).isEqualTo(JobState.UNKNOWN);
  }

  @Test
  void isFoundWithServiceLoaderByName() {
    assertThat(BatchBackends.named("local-process")).isInstanceOf(LocalProcessBackend.class);
  }
}
