package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job file and submission the job machinery makes for each {@code [job] ship}. */
class JobManagerShippingTest {
  @TempDir Path store;
  @TempDir Path elsewhere;
  final JobManagerTest.Context context = new JobManagerTest.Context();

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
  }

  private FakeBatchBackend run(String jobSection) throws Exception {
    Path config = elsewhere.resolve("docket.cfg");
    Files.writeString(config, "[job]\npoll-interval = 0.001\n" + jobSection);
    JobSettings settings = JobSettings.read(
        new ConfigLoader(new Environment(Map.of("DOCKET_CONFIG", config.toString()), store)).load());
    Path jar = BundleTest.jar(elsewhere.resolve("app.jar"), null, "org/example/Main.class");
    FakeBatchBackend backend = JobManagerTest.allSucceed();
    backend.outputs = Scan::write;
    JobManager manager = new JobManager(backend, JobManagerTest.options(2, OptionalInt.empty(), 0),
        settings, new JobCommand("/opt/java/bin/java", jar.toString(), "org.example.Main"));
    manager.run(workflow(), context);
    return backend;
  }

  private WorkflowTask<?> workflow() {
    return Scan.workflow(4, JobManagerTest.options(2, OptionalInt.empty(), 0));
  }

  @Test
  void sharedJobsStartInTheClientsDirectoryAndReadTheClientsFileByItsAbsolutePath() throws Exception {
    FakeBatchBackend backend = run("");

    String jobFile = Files.readString(workflow().stateDirectory().resolve("job.sh"));
    assertThat(jobFile).contains("\ncd " + quoted(Path.of("").toAbsolutePath()) + " || exit 3\n");
    assertThat(jobFile).contains("\n'env' 'DOCKET_CONFIG=" + elsewhere.resolve("docket.cfg")
        + "' '/opt/java/bin/java' '-Ddocket.job=true' '-cp' '" + elsewhere.resolve("app.jar")
        + "' 'org.example.Main' 'run' 'Scan' ");
    JobSubmission submission = backend.lastSubmission;
    assertThat(submission.inputs()).isEmpty();
    assertThat(submission.workingDirectory()).isEqualTo(Path.of("").toAbsolutePath());
    assertThat(Files.exists(workflow().stateDirectory().resolve("bundle"))).isFalse();
  }

  @Test
  void bundledJobsRunWhereTheBatchSystemPutTheBundleAndReadTheShippedFile() throws Exception {
    FakeBatchBackend backend = run("ship = bundle\njava = java\n");

    Path directory = workflow().stateDirectory();
    String jobFile = Files.readString(directory.resolve("job.sh"));
    assertThat(jobFile).contains("\ncd '.' || exit 3\n");
    assertThat(jobFile).doesNotContain(Path.of("").toAbsolutePath().toString());
    assertThat(jobFile).contains("\n'env' 'DOCKET_CONFIG=docket.cfg' 'java' '-Ddocket.job=true'"
        + " '-cp' '00-app.jar' 'org.example.Main' 'run' 'Scan' ");
    JobSubmission submission = backend.lastSubmission;
    Path bundle = directory.resolve("bundle");
    assertThat(submission.inputs()).containsExactly(bundle.resolve("docket.cfg"), bundle.resolve("00-app.jar"));
    assertThat(submission.workingDirectory()).isEqualTo(bundle);
    assertThat(Files.readString(bundle.resolve("docket.cfg"))).contains("store = \"" + elsewhere + "\"");
    assertThat(context.lines.stream().filter(l -> l.startsWith("packed the class path")).count()).isEqualTo(1);
  }

  private static String quoted(Path path) {
    return "'" + path + "'";
  }
}
