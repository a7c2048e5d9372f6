package dev.docket.backends.arc;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.batch.BatchBackends;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the ARC backend that need no CE; the rest is ArcWorkflowIT's, on the real one. */
class ArcBackendTest {
  @TempDir Path dir;

  @Test
  void isFoundWithServiceLoaderByName() {
    assertThat(BatchBackends.named("arc")).isInstanceOf(ArcBackend.class);
  }

  @Test
  void theJobIndexIsTheJobFilesFirstArgument() throws Exception {
    Path job = dir.resolve("job.sh");
    Files.writeString(job, "job=" + new ArcBackend().jobIndexExpression() + "\necho \"index $job\"\n");
    assertThat(sh(job, "7")).isEqualTo("index 7");
    assertThat(sh(job)).contains("the job index is missing");
  }

  private static String sh(Path script, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("sh", script.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  @Test
  void fetchedOutputIsAppendedToTheLogOfItsJob_whichARestartedClientFindsByTheJobsId() throws Exception {
    String id = "https://localhost:443/arex/rest/1.0/jobs/R8aMDmfwgsAoOSAtDmABFKDmABFKDmABFKDm5AMKDmABFKDm1E4wfm";
    Path log = dir.resolve("store/logs/job-3.log");
    new ArcLogs(dir.resolve("registry")).remember(id, log);

    ArcLogs restarted = new ArcLogs(dir.resolve("registry")); // a new client, same user
    assertThat(restarted.log(id)).hasValue(log);
    Path results = Files.createDirectories(dir.resolve("download/R8aMDmfwgsAoOSAtDmABFKDmABFKDmABFKDm5AMKDmABFKDm1E4wfm"));
    Files.writeString(results.resolve("docket-job.log"), "docket job 3: exit status 0\n");
    Files.createDirectories(log.getParent());
    Files.writeString(log, "first attempt\n");
    restarted.append(id, results, List.of("docket-job.log", "../../escape.log", "missing.err"));

    assertThat(Files.readString(log)).isEqualTo("first attempt\ndocket job 3: exit status 0\n"
        + "docket: the CE returned no ../../escape.log for " + id + "\n"
        + "docket: the CE returned no missing.err for " + id + "\n");
    assertThat(restarted.log(id)).isEmpty(); // fetched once: forgotten
  }
}
