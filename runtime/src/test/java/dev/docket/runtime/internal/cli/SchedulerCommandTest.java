package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.spi.coordination.SchedulerLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scheduler}: the server's options handed to the launcher the backend registers, and one
 * line of advice with status 2 when no launcher is on the class path (the runtime's tests have
 * none, as an analysis without docket-backend-scheduler).
 */
class SchedulerCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void setUp() {
    TestStores.reset(dir.resolve("elsewhere"));
  }

  @Test
  void withoutTheBackendSaysWhichDependencyToAdd() {
    CliRunner.Result result = new CliRunner(dir).run("scheduler", "--port", "8082");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines().toList()).containsExactly(
        "docket: error: scheduler: the central scheduler is not on this analysis's class path: add"
            + " the dependency dev.docket:docket-backend-scheduler to its pom.xml (or start one"
            + " with scripts/docket-scheduler.sh from Docket's sources)");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void handsTheOptionsToTheLauncherAsTheyAre() {
    List<Object> seen = new ArrayList<>();
    SchedulerLauncher launcher = (options, out, err, prefix) -> {
      seen.add(options);
      seen.add(prefix);
      out.print("listening");
      return 7;
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status = new SchedulerCommand(() -> Optional.of(launcher), stream, stream)
        .run(List.of("--port", "0", "--tls-cert", "c.pem", "--help"));
    assertThat(status).isEqualTo(7);
    assertThat(seen).containsExactly(
        List.of("--port", "0", "--tls-cert", "c.pem", "--help"), "docket: error: ").inOrder();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("listening");
  }

  @Test
  void isListedInTheHelpAndCompletedByTheShell() {
    CliRunner cli = new CliRunner(dir);
    assertThat(cli.run("--help").out()).contains("scheduler");
    assertThat(cli.run("help", "scheduler").out()).contains("Starts the central scheduler");
    assertThat(cli.run("schedulr").err()).contains("did you mean scheduler?");
    assertThat(cli.run("completion", "bash").out()).contains(" scheduler ");
  }
}
