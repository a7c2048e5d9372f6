package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.backends.lsf.LsfBackend;
import dev.docket.runtime.spi.batch.BatchBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchWorkflowContract} on {@code --workflow lsf}, against the stand-in {@code bsub},
 * {@code bjobs} and {@code bkill} of {@code backends/lsf/src/test/resources/standins} (LSF
 * cannot be installed here; they replay its documented formats and run the jobs on this
 * machine). Each test copies them to its own directory, first on the clients' {@code PATH}, so
 * that it has its own job state.
 */
class LsfWorkflowIT extends BatchWorkflowContract {
  private static final Path STAND_INS = Path.of("..", "backends", "lsf", "src", "test", "resources", "standins");

  private Path bin;

  @BeforeEach
  void standIns() throws IOException {
    bin = Files.createDirectories(store.resolve("lsf-bin"));
    for (String file : List.of("bsub", "bjobs", "bkill", "lsf_standin.py")) {
      Files.copy(STAND_INS.resolve(file), bin.resolve(file), StandardCopyOption.REPLACE_EXISTING)
          .toFile().setExecutable(true);
    }
    analysis.withPathFirst(bin);
  }

  @Override
  String backend() {
    return "lsf";
  }

  @Override
  BatchBackend backendInThisJvm() {
    return LsfBackend.withCommandsIn(bin);
  }

  @Test
  void aJobSubmittedHeldFailsWithLsfsReasonAfterTheHeldTimeout() throws Exception {
    Files.writeString(store.resolve("docket.cfg"),
        "[job]\npoll-interval = 0.3\nheld-timeout = 1s\n[lsf]\nqueue = short\nextra = -H\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "lsf", "--chunks", "1", "--retries", "0");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains(
        "is held: The job was suspended by the user while pending; it counts as failed after [job] held-timeout = 1s");
    assertThat(result.out()).contains("stayed held for 1s (The job was suspended by the user while pending) and was"
        + " cancelled, giving up after 1 attempts");
    String script;
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      script = Files.readString(dirs.findFirst().orElseThrow().resolve("lsf-0.bsub"));
    }
    assertThat(script).contains("#BSUB -q short\n");
  }

  @Test
  void withoutLsfsCommandsOnPathTheRunStopsWithAdviceBeforeAnything() throws Exception {
    AnalysisProcess.Result result = new AnalysisProcess(store).run("run", "Skim", "--workflow", "lsf");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("docket: error: --workflow lsf needs LSF's bsub, which is not on PATH");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
  }

  @Test
  void aBadValueInTheLsfSectionIsBadInputBeforeAnyJobIsSubmitted() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[lsf]\nqueue = short\ntime = 2h\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "lsf");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bad value '2h' for [lsf] time in " + store.resolve("docket.cfg") + ", line 5");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
    assertThat(Files.exists(bin.resolve("state/jobs"))).isFalse(); // bsub never ran
  }
}
