package dev.docket.bench;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four {@code run} processes started at once on overlapping graphs over one store: every task
 * runs exactly once (the output locks), and none of the processes fails because of the others.
 */
class ConcurrentRunsIT {
  @TempDir Path store;

  @Test
  void fourProcessesOnOverlappingGraphsRunEachTaskOnce() throws Exception {
    List<String[]> commands =
        List.of(
            run("Tree", "--n", "400"),
            run("Tree", "--n", "400"),
            run("Node", "--n", "400", "--l", "9", "--j", "7"),
            run("Node", "--n", "400", "--l", "6", "--j", "20"));
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      processes.add(BenchProcess.start(store, store.resolve("run" + i + ".log"), commands.get(i)));
    }
    for (int i = 0; i < processes.size(); i++) {
      int status = BenchProcess.await(processes.get(i));
      assertWithMessage(Files.readString(store.resolve("run" + i + ".log")))
          .that(status)
          .isEqualTo(0);
    }

    Map<String, Integer> runs = new HashMap<>();
    for (String line : Files.readAllLines(store.resolve("executions.log"))) {
      runs.merge(line.split(" ")[0], 1, Integer::sum);
    }
    assertThat(runs).hasSize(400); // every Node of the tree (the Tree wrapper writes nothing)
    for (Map.Entry<String, Integer> task : runs.entrySet()) {
      assertWithMessage("times %s ran", task.getKey()).that(task.getValue()).isEqualTo(1);
    }
    for (int l = 0; l < 10; l++) {
      for (int j = 0; j < 40; j++) {
        String task = "n" + l + "_" + j;
        assertThat(Files.readString(store.resolve("out/" + task + ".txt")))
            .isEqualTo(Action.payload(task));
      }
    }
  }

  private static String[] run(String... target) {
    List<String> args = new ArrayList<>(List.of("run"));
    args.addAll(List.of(target));
    args.addAll(List.of("--action", "payload", "--workers", "2"));
    return args.toArray(new String[0]);
  }
}
