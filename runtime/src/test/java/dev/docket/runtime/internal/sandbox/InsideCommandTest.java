package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Calib_Params;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.exec.Reporter;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.setup.RunSetup;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verb a sandbox runs, in this JVM: one task's {@code run()} and nothing else, its log on
 * standard output, exit status 0 or 1, bad input thrown for the command line to report as 2.
 */
class InsideCommandTest {
  @TempDir Path store;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void runsTheNamedTaskWithItsArgumentsInTheConfiguredStore() throws Exception {
    int status = run("ttbar.Calib", Calib_Params.MIN_JETS.option() + "=5");

    assertThat(status).isEqualTo(0);
    assertThat(Files.readString(store.resolve("calib/5-false.txt"))).isEqualTo("5 false");
    assertThat(err()).isEmpty();
  }

  @Test
  void theTasksLogIsStandardOutputLineByLine() throws Exception {
    Files.createDirectories(store.resolve("reco/v1"));
    Files.writeString(store.resolve("reco/v1/ttbar.json"), "T");

    int status = run("Merge", "--datasets=ttbar");

    assertThat(status).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("merged 1 datasets" + System.lineSeparator());
    assertThat(Files.readString(store.resolve("merged/v1.txt"))).isEqualTo("T\n");
  }

  /** The outside reads them from standard output and hands them to the task's context there. */
  @Test
  void theTasksStatusProgressAndTrackingLinkGoOutAsReportLines() throws Exception {
    int status = run("Scheduled", "--name=report-a");

    assertThat(status).isEqualTo(0);
    String mark = ReportLines.MARK;
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        mark + "status half way", mark + "progress 0.5", mark + "tracking http://127.0.0.1/report-a")
        .inOrder();
    assertThat(Files.readString(store.resolve("scheduled/report-a.txt"))).isEqualTo("report-a");
  }

  @Test
  void aTaskThatThrowsIsStatusOneWithItsTraceOnStandardError() {
    int status = run("Failing", "--dataset=ttbar");

    assertThat(status).isEqualTo(1);
    assertThat(err()).startsWith("java.io.IOException: disk full");
    assertThat(err()).contains("\tat ");
  }

  @Test
  void aTaskCannotRequireAnotherWhileItRunsInside() throws Exception {
    Files.writeString(store.resolve("list.txt"), "ttbar\n");

    int status = run("Dynamic", "--list=list.txt");

    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("UnsupportedOperationException: a task in a sandbox cannot require");
    assertThat(err()).contains("declare it in @Requires, or run the task in place (--no-sandbox)");
  }

  @Test
  void badArgumentsAreBadInputNotAFailedTask() {
    assertThrows(BadInputException.class, () -> run("ttbar.Calib", Calib_Params.MIN_JETS.option() + "=many"));
    assertThrows(BadInputException.class, () -> run("NoSuchTask"));
    assertThat(err()).isEmpty();
  }

  @Test
  void withoutATaskItSaysWhatItIs() {
    BadInputException e = assertThrows(BadInputException.class, this::run);

    assertThat(e).hasMessageThat().isEqualTo(
        "__sandboxed needs a task: it is what a sandbox runs, not a command");
  }

  private int run(String... args) {
    TaskRegistry registry = TaskRegistry.global();
    // Buffered and not flushed by the test, as a pipe to the outside is: what the outside reads
    // is what the verb flushed itself (a buffer larger than a stack trace, so none overflows).
    PrintStream print = new PrintStream(new BufferedOutputStream(out, 1 << 20), false, StandardCharsets.UTF_8);
    PrintStream errors = new PrintStream(new BufferedOutputStream(err, 1 << 20), false, StandardCharsets.UTF_8);
    InsideCommand command = new InsideCommand(
        new ConfigLoader(new Environment(Map.of(), store)),
        new RunSetup(registry, new GraphBuilder(registry), new Reporter(print, errors)), print, errors);
    return command.run(List.of(args));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
