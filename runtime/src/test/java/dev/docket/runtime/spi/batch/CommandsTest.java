package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
}
