package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running a batch system's tool: what a backend's submit, status and cancel are built on. */
class CommandsTest {
  @Test
  void keepsTheOutputErrorAndExitStatusApart() throws Exception {
    Commands.Result result = Commands.run(List.of("sh", "-c", "echo queued; echo 'no partition' >&2; exit 3"),
        Duration.ofSeconds(30));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.stdout()).isEqualTo("queued\n");
    assertThat(result.stderr()).isEqualTo("no partition\n");
    assertThat(result.ok()).isFalse();
    assertThat(Commands.run(List.of("true"), Duration.ofSeconds(30)).ok()).isTrue();
  }

  @Test
  void readsTheGivenFileAsStandardInput(@TempDir Path dir) throws Exception {
    Path script = Files.writeString(dir.resolve("job.lsf"), "#BSUB -q short\necho hi\n");

    Commands.Result result = Commands.run(List.of("wc", "-l"), script, Duration.ofSeconds(30));

    assertThat(result.stdout().strip()).isEqualTo("2");
  }

  @Test
  void aToolThatDoesNotAnswerIsKilledAndNamed() {
    IOException e = assertThrows(IOException.class,
        () -> Commands.run(List.of("sleep", "30"), Duration.ofMillis(200)));

    assertThat(e).hasMessageThat().isEqualTo("sleep did not answer within 0 s");
  }

  @Test
  void aMissingToolIsBadInputNamingItAndTheFix() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> Commands.run(List.of("docket-no-such-tool", "--help"), Duration.ofSeconds(30)));

    assertThat(e).hasMessageThat().startsWith(
        "cannot run docket-no-such-tool: it is not installed or not on PATH (");
    assertThat(e).hasMessageThat().endsWith("); install it, or put its directory on PATH");
  }

  @Test
  void aToolThatIsNotExecutableIsBadInputSayingSo(@TempDir Path dir) throws Exception {
    Path tool = Files.writeString(dir.resolve("sbatch"), "#!/bin/sh\n");

    BadInputException e = assertThrows(BadInputException.class,
        () -> Commands.run(List.of(tool.toString()), Duration.ofSeconds(30)));

    assertThat(e).hasMessageThat().isEqualTo("cannot run " + tool + ": permission denied; make it"
        + " executable (chmod +x) or put the right " + tool + " first on PATH");
  }

  @Test
  void anyOtherStartFailureKeepsTheSystemsReason() {
    BadInputException e = Commands.cannotRun("qsub",
        new IOException("Cannot run program \"qsub\"", new IOException("error=7, Argument list too long")));

    assertThat(e).hasMessageThat().isEqualTo("cannot run qsub: error=7, Argument list too long");
  }

  @Test
  void aToolMissingFromPathIsNamedBeforeAnythingRuns() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> Commands.requireOnPath("Slurm", "slurm", List.of("sh", "docket-no-such-tool"), "run on a login node"));

    assertThat(e).hasMessageThat().isEqualTo("--workflow slurm needs Slurm's docket-no-such-tool, which is not on"
        + " PATH; run on a login node");
  }

  @Test
  void aBusyToolRunsPastTheLimitAndAnIdleOneIsStopped() throws Exception {
    // 2 s of output, a line every 0.1 s: past the 1 s limit, but never idle for that long.
    Commands.Result busy = Commands.runWhileBusy(
        List.of("sh", "-c", "for i in $(seq 20); do echo $i; sleep 0.1; done"), Map.of(),
        Duration.ofSeconds(1));
    assertThat(busy.stdout().lines().count()).isEqualTo(20);

    long start = System.nanoTime();
    IOException e = assertThrows(Commands.TimedOut.class,
        () -> Commands.runWhileBusy(List.of("sleep", "30"), Map.of(), Duration.ofMillis(300)));
    assertThat(e).hasMessageThat().isEqualTo("sleep did not answer within 0 s");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000L);
  }

  @Test
  void passesTheGivenEnvironment() throws Exception {
    Commands.Result result = Commands.run(List.of("sh", "-c", "echo $TZ"), Map.of("TZ", "UTC"),
        Duration.ofSeconds(30));

    assertThat(result.stdout()).isEqualTo("UTC\n");
  }
}
