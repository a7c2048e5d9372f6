package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.internal.setup.RunSignals;
import dev.docket.testkit.ExitTrap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated main's entry: the process's streams, its exit status, the process made ours. */
class DocketCliMainTest {
  private final PrintStream outBefore = System.out;
  private final PrintStream errBefore = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void putBack() throws Exception {
    System.setOut(outBefore);
    System.setErr(errBefore);
    signalsEnabled().setBoolean(null, false); // in-process runs of other tests keep the JVM's handlers
  }

  private static Field signalsEnabled() throws NoSuchFieldException {
    Field field = RunSignals.class.getDeclaredField("enabled");
    field.setAccessible(true);
    return field;
  }

  @Test
  void mainExitsWithTheCommandLinesStatusAndTakesTheProcessesSignals() throws Exception {
    signalsEnabled().setBoolean(null, false);
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (ExitTrap trap = ExitTrap.install()) {
      assertThrows(
          SecurityException.class, () -> DocketCli.main(new More_TaskIndex(), new String[] {"list"}));
      assertThat(trap.status()).isEqualTo(0);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Selection - Selects events of one dataset.");
      assertThat(signalsEnabled().getBoolean(null)).isTrue();

      assertThrows(
          SecurityException.class, () -> DocketCli.main(new More_TaskIndex(), new String[] {"nope"}));
      assertThat(trap.status()).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("docket: error: unknown command 'nope'");
    }
  }
}
