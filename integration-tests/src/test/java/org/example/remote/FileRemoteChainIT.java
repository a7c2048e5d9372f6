package org.example.remote;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.Test;

/**
 * {@link RemoteChainContract} on the built-in {@code file://} protocol: a directory standing for
 * a shared file system that every job's machine mounts; and what the command line does with
 * remote outputs whatever the protocol: fetching them, and refusing a bad {@code [fs.out]}.
 */
class FileRemoteChainIT extends RemoteChainContract {
  @Override
  protected String base() {
    try {
      return Files.createDirectories(store.resolveSibling(store.getFileName() + "-remote"))
          .toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path remoteDir() {
    return Path.of(java.net.URI.create(testBase));
  }

  @Test
  void fetchOutputCopiesRemoteOutputsAtTheirPathUnderTheBase() throws Exception {
    assertThat(analysis.run("run", "RemoteHistogram", "--chunks", "3").exitCode()).isEqualTo(0);
    AnalysisProcess.Result fetched =
        analysis.run("run", "RemoteHistogram", "--chunks", "3", "--fetch-output", "-1,a,copies");
    assertWithMessage(fetched.toString()).that(fetched.exitCode()).isEqualTo(0);
    assertThat(fetched.out()).contains("Fetched 5 files into " + store.resolve("copies"));
    assertThat(fetched.out()).contains(testBase + "skim/v1/ttbar/2.txt");
    assertThat(Files.readString(store.resolve("copies/hist/v1/ttbar.csv")))
        .isEqualTo(Files.readString(remoteDir().resolve("hist/v1/ttbar.csv")));
    assertThat(Files.exists(store.resolve("copies/skim/v1/ttbar/0.txt"))).isTrue();
    assertThat(Files.exists(store.resolve("copies/events/v1/ttbar.csv"))).isTrue();
  }

  @Test
  void makesRuleUsesTheRemoteTimes() throws Exception {
    assertThat(analysis.run("run", "RemoteHistogram", "--chunks", "3").exitCode()).isEqualTo(0);
    Path histogram = remoteDir().resolve("hist/v1/ttbar.csv");
    Path events = remoteDir().resolve("events/v1/ttbar.csv");
    long made = Files.getLastModifiedTime(events).toMillis();
    long old = System.currentTimeMillis() - 3_600_000;
    Files.setLastModifiedTime(histogram, java.nio.file.attribute.FileTime.fromMillis(old));
    Files.delete(remoteDir().resolve("skim/v1/ttbar/1.txt"));
    AnalysisProcess.Result again = analysis.run("run", "RemoteHistogram", "--chunks", "3");
    assertWithMessage(again.toString()).that(again.exitCode()).isEqualTo(0);
    // The branch is made again, newer than the histogram, which is made again too.
    assertThat(Files.exists(remoteDir().resolve("skim/v1/ttbar/1.txt"))).isTrue();
    assertThat(Files.getLastModifiedTime(histogram).toMillis()).isGreaterThan(old);
    assertThat(Files.getLastModifiedTime(events).toMillis()).isEqualTo(made); // complete: kept
  }

  @Test
  void aBadSectionIsBadInputBeforeAnythingRuns() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[fs.out]\nbase = gopher://127.0.0.1:1/x/\n");
    AnalysisProcess.Result result = analysis.run("run", "RemoteYields");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("docket: error: no storage protocol serves gopher:// URLs");
    assertThat(result.err().strip().lines().count()).isEqualTo(1);

    Files.writeString(store.resolve("docket.cfg"), "[core]\nworkers = 1\n");
    result = analysis.run("run", "RemoteYields");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is on file system 'out', which is not configured: add a"
        + " section [fs.out] to docket.cfg");
    assertThat(Files.exists(remoteDir().resolve("events"))).isFalse();
  }

  @Test
  void aTaskThatCannotWriteFailsNamingTheUrlWithoutATrace() throws Exception {
    Files.createDirectories(remoteDir());
    // A file where the directory of the events would be: every upload there fails.
    Files.writeString(remoteDir().resolve("events"), "in the way");
    AnalysisProcess.Result result = analysis.run("run", "RemoteEvents");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(1);
    assertThat(result.out() + result.err()).contains(testBase + "events/v1/ttbar.csv");
    assertThat(result.out() + result.err()).doesNotContain("\tat ");
    Files.delete(remoteDir().resolve("events"));
  }
}
