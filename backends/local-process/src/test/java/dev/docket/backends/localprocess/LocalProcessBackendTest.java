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
  void anIdThatIsNotOursIsUnknown() throws Exception {
    assertThat(backend.status(List.of("garbage")).get("garbage").state()).isEqualTo(JobState.UNKNOWN);
  }

  @Test
  void isFoundWithServiceLoaderByName() {
    assertThat(BatchBackends.named("local-process")).isInstanceOf(LocalProcessBackend.class);
  }
}
