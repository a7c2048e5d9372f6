package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10, through the sample analysis's generated main: no parameter value leads a write or
 * a removal out of the store, and a store that cannot be used is one line before anything runs.
 * The store is {@code <temp>/store}; a canary file sits beside it, where
 * {@code --dataset ../../../x} would lead {@code gen/v1/<dataset>.csv}.
 */
class StoreSafetyIT {
  @TempDir Path temp;
  private Path store;
  private Path canary;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() throws IOException {
    store = Files.createDirectories(temp.resolve("store"));
    canary = Files.writeString(temp.resolve("x.csv"), "canary");
    analysis = new AnalysisProcess(store);
  }

  /** Every file under the temporary directory but outside the store. */
  private List<String> outsideTheStore() throws IOException {
    try (Stream<Path> files = Files.walk(temp)) {
      return files.filter(p -> !p.startsWith(store)).map(Path::toString).sorted().toList();
    }
  }

  private void assertRefused(AnalysisProcess.Result result, String... parts) throws IOException {
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    String err = result.err().strip();
    assertWithMessage(result.toString()).that(err.lines().count()).isEqualTo(1);
    assertThat(err).startsWith("docket: error: ");
    assertThat(err).doesNotContain("Exception");
    for (String part : parts) {
      assertWithMessage(result.toString()).that(err).contains(part);
    }
    assertThat(Files.exists(store.resolve("executions.log"))).isFalse(); // no task ran
    assertThat(Files.readString(canary)).isEqualTo("canary");
  }

  @Test
  void aValueThatClimbsOutOfTheStoreIsBadInput_nothingWrittenOutside() throws Exception {
    List<String> before = outsideTheStore();
    for (String[] options : List.of(
        new String[0], new String[] {"--dry-run"}, new String[] {"--print-status", "0"})) {
      List<String> args = new java.util.ArrayList<>(
          List.of("run", "GenerateEvents", "--dataset", "../../../x"));
      args.addAll(List.of(options));
      assertRefused(analysis.run(args.toArray(new String[0])),
          "bad value '../../../x' for --dataset of GenerateEvents",
          canary + " would lie outside the store " + store);
    }
    assertThat(outsideTheStore()).isEqualTo(before);
  }

  @Test
  void removeOutputWithAnEscapingValueDeletesNothing() throws Exception {
    assertRefused(
        analysis.run("run", "GenerateEvents", "--dataset", "../../../x", "--remove-output", "0", "--yes"),
        "--dataset of GenerateEvents");
    // The same for a workflow, whose branches' outputs are removed through the workflow.
    Path branchOutput = Files.createDirectories(temp.resolve("x")).resolve("0.txt");
    Files.writeString(branchOutput, "canary");
    assertRefused(
        analysis.run("run", "Skim", "--dataset", "../../../x", "--chunks", "1", "--remove-output", "0", "--yes"),
        "bad value '../../../x' for --dataset of Skim");
    assertThat(Files.readString(branchOutput)).isEqualTo("canary");
  }

  @Test
  void anAbsoluteValueIsBadInput() throws Exception {
    Path absolute = temp.resolve("abs");
    List<String> before = outsideTheStore();
    // gen/v1/<dataset>.csv: Path joins an absolute part into gen/v1//tmp/..., an empty part.
    assertRefused(analysis.run("run", "Skim", "--dataset", absolute.toString(), "--chunks", "1"),
        "bad value '" + absolute + "' for --dataset of GenerateEvents");
    assertThat(outsideTheStore()).isEqualTo(before);
  }

  @Test
  void aNulCharacterIsBadInput() throws Exception {
    // A process argument cannot hold a NUL; a configured default can.
    Files.write(store.resolve("docket.cfg"),
        "[GenerateEvents]\ndataset = a\0b\n".getBytes(StandardCharsets.UTF_8));
    List<String> before = outsideTheStore();
    assertRefused(analysis.run("run", "GenerateEvents"));
    assertThat(outsideTheStore()).isEqualTo(before);
    try (Stream<Path> files = Files.walk(store)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> store.relativize(p).toString())
              .filter(p -> !p.startsWith(".docket/")) // the history, opened while planning
              .toList())
          .containsExactly("docket.cfg");
    }
  }

  @Test
  void emptyOrDotValuesThatWouldMakeTwoTasksShareAFileAreRefused() throws Exception {
    // skim/v1/<dataset>/0.txt: '' and '.' both give skim/v1/0.txt.
    assertRefused(analysis.run("run", "Skim", "--dataset", ".", "--chunks", "1"),
        "bad value '.' for --dataset of Skim", "share the file " + store.resolve("skim/v1/0.txt"));
    assertRefused(analysis.run("run", "Skim", "--dataset", "", "--chunks", "1"),
        "bad value '' for --dataset of Skim");
    // gen/v1/<dataset>.csv: there '.' is a plain (hidden) name, and no other task shares it.
    AnalysisProcess.Result plain = analysis.run("run", "GenerateEvents", "--dataset", ".");
    assertWithMessage(plain.toString()).that(plain.exitCode()).isEqualTo(0);
    assertThat(Files.exists(store.resolve("gen/v1/..csv"))).isTrue();
  }

  @Test
  void aStoreThatIsAFileIsOneLine() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = data\n");
    Files.writeString(store.resolve("data"), "a file");
    assertRefused(analysis.run("run", "GenerateEvents", "--dataset", "ttbar"),
        "the store " + store.resolve("data") + " is not a directory but a file; set [core] store in "
            + store.resolve("docket.cfg"));
  }

  @Test
  void aStoreUnderAFileIsOneLine() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = data/store\n");
    Files.writeString(store.resolve("data"), "a file");
    assertRefused(analysis.run("run", "GenerateEvents", "--dataset", "ttbar", "--workers", "2"),
        "the store " + store.resolve("data/store") + " cannot be a directory: "
            + store.resolve("data") + " in its path is a file");
  }

  @Test
  void aStoreThatCannotBeWrittenIsOneLine() throws Exception {
    Path sys = Path.of("/sys/docket-store-it");
    RequiredService.require(Files.isDirectory(sys.getParent()), "needs Linux sysfs (/sys)");
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = " + sys + "\n");
    assertRefused(analysis.run("run", "Combine"), "the store " + sys + " is not writable (");
  }
}
