package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandboxed task's status, progress and tracking URL: written as report lines by its JVM
 * inside, handed to the outside's context (and so to the scheduler) by the outside, and kept
 * out of the task's log.
 */
class SandboxReportsTest {
  @TempDir Path dir;

  /** The outside's context of the task, recording what reaches it. */
  private static final class Recording implements TaskContext {
    final List<String> seen = new ArrayList<>();

    @Override
    public dev.docket.runtime.TaskId id() {
      return new dev.docket.runtime.TaskId("T", "");
    }

    @Override
    public void log(String message) {
      seen.add("log " + message);
    }

    @Override
    public void setStatusMessage(String message) {
      seen.add("status " + message);
    }

    @Override
    public void setProgress(double fraction) {
      seen.add("progress " + fraction);
    }

    @Override
    public void setTrackingUrl(String url) {
      seen.add("tracking " + url);
    }
  }

  @Test
  void theInsideWritesReportLinesTheOutsideHandsOn() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream inside = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    inside.println("reading file 3");
    ReportLines.status(inside, "3 of 10\nfiles");
    ReportLines.progress(inside, 0.3);
    ReportLines.trackingUrl(inside, "https://batch.example.org/jobs/7");
    inside.println("done");
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(5);

    // The lines through a real process's output, as a sandbox's command writes them.
    List<String> command = new ArrayList<>(List.of("/usr/bin/printf", "%s\\n"));
    command.addAll(lines);
    Recording outside = new Recording();
    SandboxProcess.Ending ending =
        SandboxProcess.run(new SandboxCommand(command, Map.of()), dir, outside);

    assertThat(ending.status()).isEqualTo(0);
    assertThat(outside.seen).containsExactly(
        "log reading file 3",
        "status 3 of 10 files",
        "progress 0.3",
        "tracking https://batch.example.org/jobs/7",
        "log done").inOrder();
  }

  @Test
  void aLineThatOnlyLooksLikeAReportIsLoggedOrDropped() {
    Recording outside = new Recording();
    assertThat(ReportLines.apply("docket:status not marked", outside)).isFalse();
    assertThat(ReportLines.apply(ReportLines.MARK + "progress lots", outside)).isTrue();
    assertThat(ReportLines.apply(ReportLines.MARK + "unknown thing", outside)).isTrue();
    assertThat(outside.seen).isEmpty();
  }

  @Test
  void aReportReachesThePipeAtOnceAlsoThroughABuffer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream pipe = new PrintStream(new java.io.BufferedOutputStream(bytes), false, StandardCharsets.UTF_8);

    ReportLines.progress(pipe, 0.5);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(ReportLines.MARK + "progress 0.5" + System.lineSeparator());
  }
}
