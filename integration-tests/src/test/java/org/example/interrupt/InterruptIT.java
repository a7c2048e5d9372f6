package org.example.interrupt;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C and SIGTERM sent to the generated main while a task writes its output: the run says it
 * was interrupted and gives its summary, exits 130 or 143, the history keeps it as interrupted,
 * and no temporary file stays behind.
 */
class InterruptIT {
  @TempDir Path root;
  private Path store;

  @BeforeEach
  void setUp() throws Exception {
    store = Files.createDirectory(root.resolve("store"));
  }

  /** {@code run AfterNap} until Nap writes its output, its temporary file open. */
  private TestTasksProcess napping(String... more) throws Exception {
    String[] args = {"run", "AfterNap", "--name", "a", "--seconds", "120", "--workers", "1"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    TestTasksProcess run = TestTasksProcess.start(store, all);
    TestTasksProcess.awaitTemp(store.resolve("nap"), run);
    return run;
  }

  @Test
  void ctrlCStopsTheRunWithItsSummary_exit130_historySaysInterrupted_noTemporaryFileStays()
      throws Exception {
    TestTasksProcess run = napping();
    assumeFalse(run.ignoresSigint(), "this test's processes ignore SIGINT (started in the background)");
    run.signal("INT");
    int status = run.awaitExit();
    String out = run.output();

    assertWithMessage(out).that(status).isEqualTo(130);
    assertThat(out).contains("docket: interrupted (SIGINT): no new task starts");
    assertThat(out)
        .contains(
            "Summary: 1 ran, 0 already complete, 0 failed, 0 failed upstream, 1 interrupted,"
                + " 1 not started (the run was interrupted)");
    assertThat(out).contains("  INTERRUPTED Nap(name=a): stopped when the run was interrupted");
    assertThat(out).contains("Interrupted (SIGINT): AfterNap(name=a) is not complete;");
    assertThat(out).doesNotContain("\tat "); // no stack trace
    assertThat(TestTasksProcess.temps(store)).isEmpty();
    assertThat(Files.exists(store.resolve("nap/a.txt"))).isFalse();
    assertThat(Files.exists(store.resolve("quick/a.txt"))).isTrue();

    TestTasksProcess history = TestTasksProcess.run(store, "history");
    assertWithMessage(history.output()).that(history.process.exitValue()).isEqualTo(0);
    assertThat(history.output()).containsMatch("(?m)^ +1 .* interrupted +1 +0 +0 +0 +AfterNap");
    TestTasksProcess one = TestTasksProcess.run(store, "history", "1");
    assertThat(one.output()).contains(", interrupted");
    assertThat(one.output()).contains("  INTERRUPTED Nap(name=a): stopped when the run was interrupted");

    // The next run goes on from there.
    TestTasksProcess again = TestTasksProcess.run(store, "run", "AfterNap", "--name", "a");
    assertWithMessage(again.output()).that(again.process.exitValue()).isEqualTo(0);
    assertThat(Files.readString(store.resolve("nap/a.after"))).isEqualTo("first half\nsecond half\n");
  }

  @Test
  void sigtermStopsTheRunTheSameWay_exit143() throws Exception {
    TestTasksProcess run = napping();
    run.process.destroy(); // SIGTERM
    int status = run.awaitExit();
    String out = run.output();

    assertWithMessage(out).that(status).isEqualTo(143);
    assertThat(out).contains("docket: interrupted (SIGTERM)");
    assertThat(out).contains("1 interrupted, 1 not started (the run was interrupted)");
    assertThat(TestTasksProcess.temps(store)).isEmpty();
    TestTasksProcess history = TestTasksProcess.run(store, "history");
    assertThat(history.output()).containsMatch("(?m)^ +1 .* interrupted ");
  }

  @Test
  void aTaskThatIgnoresTheInterruptIsLeftBehindAndItsFileRemoved() throws Exception {
    TestTasksProcess run = napping("--stubborn", "true");
    run.process.destroy();
    int status = run.awaitExit();
    String out = run.output();

    assertWithMessage(out).that(status).isEqualTo(143);
    assertThat(out).contains("1 task(s) did not stop within 5 s of the interrupt; left behind,"
        + " their 1 unfinished file(s) removed");
    assertThat(out).contains("  INTERRUPTED Nap(name=a): stopped when the run was interrupted");
    assertThat(TestTasksProcess.temps(store)).isEmpty();
    assertThat(Files.exists(store.resolve("nap/a.txt"))).isFalse();
  }

  @Test
  void aSecondSignalEndsTheProcessAtOnce() throws Exception {
    TestTasksProcess run = napping("--stubborn", "true");
    run.process.destroy();
    run.awaitOutput("docket: interrupted (SIGTERM)");
    run.process.destroy();
    int status = run.awaitExit();
    String out = run.output();

    assertWithMessage(out).that(status).isEqualTo(143);
    assertThat(out).contains("docket: interrupted again: exiting at once (1 unfinished file(s) removed)");
    assertThat(TestTasksProcess.temps(store)).isEmpty();
  }

  @Test
  void aLaterRunRemovesTheTemporaryFileOfAKilledRun_notThatOfALiveOne() throws Exception {
    TestTasksProcess killed = napping();
    Path stale = TestTasksProcess.temps(store).get(0);
    killed.process.destroyForcibly(); // SIGKILL: no chance to clean up
    killed.awaitExit();
    assertThat(Files.exists(stale)).isTrue();

    TestTasksProcess live = TestTasksProcess.start(
        store, "run", "Nap", "--name", "b", "--seconds", "120", "--workers", "1");
    try {
      Path liveTemp = null;
      while (liveTemp == null) {
        for (Path temp : TestTasksProcess.temps(store)) {
          // the live run's Nap output, by its directory and the writer's PID in its name: the
          // killed run may have left two, and the live run's Quick writes one that lasts a moment
          if (temp.getParent().endsWith("nap")
              && temp.getFileName().toString().contains("-" + live.process.pid() + "-")) {
            liveTemp = temp;
          }
        }
        assertWithMessage(live.output()).that(live.process.isAlive()).isTrue();
        Thread.sleep(20);
      }

      TestTasksProcess next = TestTasksProcess.run(store, "run", "AfterNap", "--name", "a");
      assertWithMessage(next.output()).that(next.process.exitValue()).isEqualTo(0);
      assertThat(Files.exists(stale)).isFalse();
      assertThat(Files.exists(liveTemp)).isTrue(); // its writer lives: it is kept
      assertThat(Files.readString(store.resolve("nap/a.txt"))).isEqualTo("first half\nsecond half\n");
    } finally {
      live.process.destroyForcibly();
      live.awaitExit();
    }
  }
}
