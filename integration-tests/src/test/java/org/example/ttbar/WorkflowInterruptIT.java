package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client of {@code --workflow local-process} stopped with SIGTERM: its jobs keep running (a
 * later run attaches to them), and the summary says so and how to cancel them instead.
 */
class WorkflowInterruptIT {
  @TempDir Path store;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() throws Exception {
    analysis = new AnalysisProcess(store);
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n");
  }

  @AfterEach
  void cancel() throws Exception {
    analysis.run("run", "Skim", "--chunks", "3", "--cancel-jobs"); // no job left on the machine
  }

  @Test
  void anInterruptedClientSaysItsJobsKeepRunningAndHowToAttachOrCancel() throws Exception {
    Path out = store.resolve("client.out");
    Process client =
        analysis.start(
            out, "run", "Skim", "--workflow", "local-process", "--chunks", "3", "--sleep-ms", "30000",
            "--parallel-jobs", "3"); // all three at once, also on a machine with fewer cores
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.readString(out).contains("submitted 3 jobs")) {
      assertWithMessage(Files.readString(out)).that(client.isAlive()).isTrue();
      assertWithMessage(Files.readString(out)).that(System.nanoTime() < deadline).isTrue();
      Thread.sleep(50);
    }
    client.destroy(); // SIGTERM
    assertThat(client.waitFor(90, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(out);

    assertWithMessage(output).that(client.exitValue()).isEqualTo(143);
    assertThat(output)
        .containsMatch(
            "INTERRUPTED Skim\\(.*\\): stopped when the run was interrupted; 3 local-process"
                + " job\\(s\\) keep running; run the same command again to attach to them, or add"
                + " --cancel-jobs to cancel them");
    AnalysisProcess.Result cancel = analysis.run("run", "Skim", "--chunks", "3", "--cancel-jobs");
    assertThat(cancel.out()).contains("cancelled 3 jobs of Skim(");
  }
}
