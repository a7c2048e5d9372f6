package dev.docket.runtime.script;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.fixtures.Reconstruction;
import dev.docket.runtime.fixtures.Reconstruction_Builder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting facade over a real store in a temporary directory (issue #3). */
class DocketTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Opened by {@link #open}; closed after each test, so no later test sees this one's defaults. */
  private final Deque<Docket> opened = new ArrayDeque<>();

  private Docket open() {
    PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    Docket docket = Docket.open(dir, Map.of(), stream, stream);
    opened.push(docket);
    return docket;
  }

  @AfterEach
  void closeWhatWasOpened() {
    while (!opened.isEmpty()) {
      opened.pop().close();
    }
  }

  @Test
  void buildAskRunAndAskAgain() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nstore = data\n\n[Selection]\nversion = v3\n");
    Docket docket = open();
    assertThat(docket.families()).containsAtLeast("Reconstruction", "Selection");
    Object reco = docket.task("Reconstruction", "--dataset", "ttbar", "--version", "v3");
    assertThat(docket.isComplete(reco)).isFalse();
    List<TaskStatus> before = docket.status(reco);
    assertThat(before.stream().map(TaskStatus::toString).toList()).containsExactly(
        "[ ] Reconstruction(dataset=ttbar, version=v3)",
        "  [ ] Selection(dataset=ttbar, minJets=4, version=v3)").inOrder();

    RunSummary summary = docket.run(reco);
    assertThat(summary.success()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary: 2 ran");
    assertThat(docket.isComplete(reco)).isTrue();
    assertThat(docket.status(reco).stream().allMatch(TaskStatus::complete)).isTrue();
    List<Target> outputs = docket.outputs(reco);
    assertThat(outputs).hasSize(1);
    assertThat(outputs.get(0).exists()).isTrue();
    assertThat(Files.exists(dir.resolve("data/reco/v3/ttbar.json"))).isTrue();

    // Builders see the configured defaults too: [Selection] version = v3.
    Reconstruction built = Reconstruction_Builder.create().dataset("ttbar").version("v3").build();
    assertThat(docket.isComplete(built)).isTrue();
  }

  @Test
  void badInputIsReportedAsSuch() throws IOException {
    Docket docket = open();
    BadInputException unknown =
        assertThrows(BadInputException.class, () -> docket.task("Reconstrution"));
    assertThat(unknown).hasMessageThat().startsWith(
        "unknown task 'Reconstrution'; did you mean Reconstruction?");
    BadInputException missing =
        assertThrows(BadInputException.class, () -> docket.task("Reconstruction"));
    assertThat(missing).hasMessageThat().startsWith("Reconstruction needs parameter --dataset");
    Files.writeString(dir.resolve("docket.cfg"), "[Selection]\nversoin = v2\n");
    BadInputException key = assertThrows(BadInputException.class, this::open);
    assertThat(key).hasMessageThat().contains("unknown key 'versoin' in section [Selection]");
  }

  @Test
  void openReadsTheDirectorysConfigAndCloseRestoresTheStore() throws IOException {
    Path before = LocalStore.root();
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nstore = elsewhere\n");

    try (Docket docket = Docket.open(dir)) {
      assertThat(docket.families()).contains("Selection");
      assertThat(LocalStore.root()).isEqualTo(dir.resolve("elsewhere"));
    }

    assertThat(LocalStore.root()).isEqualTo(before);
  }

  @Test
  void openWithoutADirectoryUsesTheProcesssWorkingDirectory() {
    try (Docket docket = Docket.open()) {
      assertThat(docket.families()).contains("Selection");
    }
  }

  @Test
  void aRunIntoAStoreThatCannotBeWrittenIsBadInputBeforeAnyTaskRuns() throws IOException {
    Path sys = Path.of("/sys/docket-store-test"); // sysfs refuses new entries, even root's
    assumeTrue(Files.isDirectory(sys.getParent()), "needs Linux sysfs");
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nstore = " + sys + "\n");
    Docket docket = open();
    Object selection = docket.task("Selection", "--dataset", "ttbar");

    BadInputException e = assertThrows(BadInputException.class, () -> docket.run(selection));

    assertThat(e).hasMessageThat().startsWith("the store " + sys + " is not writable (");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Summary");
  }
}
