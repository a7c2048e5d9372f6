package dev.docket.bench;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code java} with SIGKILL at random moments of a run of 1,001 tasks (the tree of the
 * benchmark, each task writing 26 kB in many small pieces), 20 times, re-running after each
 * kill. After every kill, no output may be half-written and none may exist without the outputs
 * it was made from; at the end the outputs must equal those of an uninterrupted run.
 */
class CrashSafetyIT {
  private static final int N = 1000;
  private static final int KILLS = 20;

  @TempDir Path interrupted;
  @TempDir Path uninterrupted;

  @Test
  void sigkillAtRandomMomentsNeverLeavesABadOutput_finalOutputsEqualAnUninterruptedRun()
      throws Exception {
    Random random = new Random(4); // fixed seed: a failure can be replayed
    int killed = 0;
    int finishedBeforeKill = 0;
    int attempts = 0;
    while (killed < KILLS) {
      assertWithMessage("runs kept finishing before the kill").that(attempts++).isLessThan(60);
      Process run = BenchProcess.start(interrupted, interrupted.resolve("run.log"), tree());
      long delay = 150 + random.nextInt(1200); // JVM start-up, planning, and the run itself
      if (run.waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        assertWithMessage(Files.readString(interrupted.resolve("run.log")))
            .that(run.exitValue())
            .isEqualTo(0);
        finishedBeforeKill++;
        deleteOutputs(interrupted); // start over, so that the next kill lands in a run
        continue;
      }
      run.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      BenchProcess.await(run);
      killed++;
      assertEveryOutputWholeAndMadeAfterItsInputs(interrupted);
    }

    assertThat(BenchProcess.await(BenchProcess.start(interrupted, interrupted.resolve("run.log"), tree())))
        .isEqualTo(0);
    assertThat(BenchProcess.await(BenchProcess.start(uninterrupted, uninterrupted.resolve("run.log"), tree())))
        .isEqualTo(0);
    Map<String, String> expected = outputs(uninterrupted);
    assertThat(expected).hasSize(N);
    assertThat(outputs(interrupted)).isEqualTo(expected);

    Path again = interrupted.resolve("again.log");
    assertThat(BenchProcess.await(BenchProcess.start(interrupted, again, tree()))).isEqualTo(0);
    assertThat(Files.readString(again)).contains("Summary: 0 ran, 1001 already complete");
    System.out.printf("%d kills, %d runs finished before their kill%n", killed, finishedBeforeKill);
  }

  private static String[] tree() {
    return new String[] {"run", "Tree", "--n", String.valueOf(N), "--action", "payload", "--workers", "2"};
  }

  /** Every visible output is complete; every output's inputs exist (make's order held). */
  private static void assertEveryOutputWholeAndMadeAfterItsInputs(Path dir) throws IOException {
    Map<String, String> outputs = outputs(dir);
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      String task = output.getKey();
      assertWithMessage("out/%s.txt after a kill", task)
          .that(output.getValue())
          .isEqualTo(Action.payload(task));
      for (String input : inputs(task)) {
        assertWithMessage("%s exists, so its input %s must", task, input)
            .that(outputs)
            .containsKey(input);
      }
    }
  }

  /** The tasks n{l-1}_{..} that n{l}_{j} requires, as in {@link Node#below()}. */
  private static List<String> inputs(String task) {
    String[] lj = task.substring(1).split("_");
    int l = Integer.parseInt(lj[0]);
    int j = Integer.parseInt(lj[1]);
    List<String> inputs = new ArrayList<>();
    if (l > 0) {
      int w = Node.width(N, l - 1);
      inputs.add("n" + (l - 1) + "_" + (j % w));
      inputs.add("n" + (l - 1) + "_" + ((j + 1) % w));
    }
    return inputs;
  }

  /** Task name to content of every output; temporary files of killed writes are not outputs. */
  private static Map<String, String> outputs(Path dir) throws IOException {
    Map<String, String> outputs = new HashMap<>();
    Path out = dir.resolve("out");
    if (!Files.isDirectory(out)) {
      return outputs;
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt") && !name.startsWith(".docket-tmp-")) {
          outputs.put(name.substring(0, name.length() - 4), Files.readString(file));
        }
      }
    }
    return outputs;
  }

  private static void deleteOutputs(Path dir) throws IOException {
    Path out = dir.resolve("out");
    if (Files.isDirectory(out)) {
      try (Stream<Path> files = Files.list(out)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
