package org.example.remote;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote chain through the gfal2 command line ({@code protocol = gfal} on a {@code file://}
 * base, gfal2's file plugin): every stat, listing, copy and rename is a {@code gfal-*} process,
 * so the test is kept small — two chunks on local workers (seven tasks), each output checked
 * byte for byte on disk, and a second run that finds it all complete. The other protocols run
 * the whole {@link RemoteChainContract}; the gfal backend's own tests cover its requests.
 */
class GfalRemoteChainIT {
  private static final int CHUNKS = 2;

  @RegisterExtension
  static final RequiredService GFAL = RequiredService.onPath("gfal-copy",
      "install gfal2's command line with scripts/gfal-setup.sh (as root)");

  @TempDir Path store;
  @TempDir Path remote;

  @Test
  void theChainRunsThroughTheGfalTools() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[RemoteEvents]\nevents = "
        + ChainContents.events(CHUNKS) + "\n\n[fs.out]\nbase = " + remote.toUri()
        + "\nprotocol = gfal\nretry-delay = 100ms\n");
    AnalysisProcess analysis = new AnalysisProcess(store);

    AnalysisProcess.Result first =
        analysis.run("run", "RemoteHistogram", "--chunks", String.valueOf(CHUNKS), "--workers", "3");
    assertWithMessage(first.toString()).that(first.exitCode()).isEqualTo(0);
    int checked = 0;
    for (Map.Entry<List<String>, String> file : ChainContents.expected(CHUNKS).entrySet()) {
      String path = String.join("/", file.getKey());
      if (path.startsWith("combined/") || path.contains("wjets")) {
        continue; // RemoteHistogram makes the ttbar part of the chain
      }
      assertWithMessage(path).that(Files.readString(remote.resolve(path))).isEqualTo(file.getValue());
      checked++;
    }
    assertThat(checked).isEqualTo(4); // the events, two skims, the histogram
    try (var names = Files.walk(remote)) {
      assertThat(names.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()).isEmpty();
    }

    AnalysisProcess.Result again =
        analysis.run("run", "RemoteHistogram", "--chunks", String.valueOf(CHUNKS));
    assertWithMessage(again.toString()).that(again.exitCode()).isEqualTo(0);
    assertThat(again.out()).contains("Summary: 0 ran");
  }
}
