package dev.docket.backends.scheduler;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.coordination.SchedulerLauncher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The analysis's {@code scheduler} verb finds this module's launcher and hands it the server's
 * options; a bad one is said in the analysis's own words (its prefix) with status 2. (The verb
 * starting a scheduler for real: integration-tests' SchedulerIT.)
 */
class SchedulerVerbTest {
  @Test
  void isFoundByTheAnalysisMain() {
    assertThat(ServiceLoader.load(SchedulerLauncher.class).stream().map(p -> p.type()).toList())
        .containsExactly(SchedulerVerb.class);
  }

  @Test
  void saysABadOptionInTheAnalysisWords() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new SchedulerVerb().run(List.of("--port", "eighty"),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "docket: error: ");
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "docket: error: --port must be a whole number from 0 to 65535, got \"eighty\"");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
