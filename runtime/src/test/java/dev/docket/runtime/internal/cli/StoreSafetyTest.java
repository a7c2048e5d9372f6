package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 through the command line: a parameter never leads a write or a removal out of the
 * store, and an unusable store is one line before anything runs.
 */
class StoreSafetyTest {
  @TempDir Path dir;
  private Path store;
  private Path canary;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    store = Files.createDirectories(dir.resolve("work"));
    // Reconstruction writes reco/v1/<dataset>.json: three '..' climb out of the store to here.
    canary = Files.writeString(dir.resolve("x.json"), "keep me");
    TestStores.reset(dir.resolve("elsewhere"));
    cli = new CliRunner(store);
  }

  private List<String> besideTheStore() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertOneLine(CliRunner.Result result, String... parts) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().lines().count()).isEqualTo(1);
    assertThat(result.err()).startsWith("docket: error: ");
    for (String part : parts) {
      assertThat(result.err()).contains(part);
    }
  }

  @Test
  void removeOutputWithAnEscapingValueRemovesNothing() throws IOException {
    CliRunner.Result result =
        cli.run("run", "Reconstruction", "--dataset", "../../../x", "--remove-output", "0", "--yes");
    assertOneLine(result, "bad value '../../../x' for --dataset of Reconstruction",
        canary + " would lie outside the store " + store);
    assertThat(Files.readString(canary)).isEqualTo("keep me");
  }

  @Test
  void aRunWithAnEscapingValueWritesNothing_andIsNotLeftInTheHistory() throws IOException {
    Files.delete(canary);
    List<String> before = besideTheStore();
    for (String[] args : List.of(
        new String[] {"run", "Reconstruction", "--dataset", "../../../x"},
        new String[] {"run", "Reconstruction", "--dataset", "../../../x", "--dry-run"},
        new String[] {"run", "Reconstruction", "--dataset", "../../../x", "--print-status", "1"})) {
      assertOneLine(cli.run(args), "for --dataset of Reconstruction", "outside the store");
    }
    assertThat(besideTheStore()).isEqualTo(before);
    assertThat(cli.run("history").out()).contains("No runs recorded yet");
  }

  @Test
  void aStoreThatIsAFile() throws IOException {
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = data\n");
    Files.writeString(store.resolve("data"), "a file");
    CliRunner.Result result = cli.run("run", "Reconstruction", "--dataset", "ttbar");
    assertOneLine(result, "the store " + store.resolve("data") + " is not a directory but a file;"
        + " set [core] store in " + store.resolve("docket.cfg") + " to a directory you can write");
    assertOneLine(cli.run("run", "Reconstruction", "--dataset", "ttbar", "--dry-run"), "a file");
  }

  @Test
  void aStoreUnderAFile() throws IOException {
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = data/store\n");
    Files.writeString(store.resolve("data"), "a file");
    assertOneLine(cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "the store " + store.resolve("data/store") + " cannot be a directory: "
            + store.resolve("data") + " in its path is a file");
  }

  @Test
  void aStoreThatCannotBeWritten_isStillReadForTheStatus() throws IOException {
    Path sys = Path.of("/sys/docket-store-test");
    assumeTrue(Files.isDirectory(sys.getParent()), "needs Linux sysfs");
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = " + sys + "\n");
    assertOneLine(cli.run("run", "Reconstruction", "--dataset", "ttbar"),
        "the store " + sys + " is not writable (");
    CliRunner.Result status =
        cli.run("run", "Reconstruction", "--dataset", "ttbar", "--print-status", "1");
    assertThat(status.status()).isEqualTo(0);
    assertThat(status.out()).contains("Reconstruction(dataset=ttbar, version=v1)");
  }
}
