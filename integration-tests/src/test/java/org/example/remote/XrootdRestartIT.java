package org.example.remote;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The remote chain (2 × chunks + 7 tasks) writing to an XRootD server that is
 * restarted every two seconds while it runs: a server of its own (port 1095, started and
 * stopped with scripts/xrootd-up.sh), so that the other tests' server stays up. The run must
 * complete through the runtime's retries, every output must be whole, and no upload's temporary
 * file may count as an output. Prints the figures docs/reliability.md quotes.
 */
@Isolated("it restarts the XRootD server the other remote tests use")
class XrootdRestartIT {
  private static final int PORT = 1095;
  /**
   * Chunks per dataset: 20 (47 tasks) in the build; {@code -Ddocket.xrootdRestartChunks=100}
   * (207 tasks, a few minutes) for the trial docs/reliability.md reports.
   */
  private static final int CHUNKS = Integer.getInteger("docket.xrootdRestartChunks", 20);
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();

  @TempDir Path store;

  @BeforeEach
  void startServer() throws Exception {
    RequiredService.require(RequiredService.find("xrootd").isPresent()
            && RequiredService.find("xrdcp").isPresent() && "root".equals(System.getProperty("user.name")),
        "the XRootD restart test needs xrootd-server and xrootd-client and runs as root:"
            + " run scripts/xrootd-up.sh once (as root) to install them");
    assertThat(script("start")).isEqualTo(0);
  }

  @AfterEach
  void stopServer() throws Exception {
    script("stop");
  }

  private static int script(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", REPO.resolve("scripts/xrootd-up.sh").toString(), command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("XRD_PORT", Integer.toString(PORT));
    builder.environment().put("XRD_HOME", "/tmp/docket-xrootd-restart");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  @Test
  void theChainCompletesWhileTheServerIsRestartedAndNoOutputIsPartial() throws Exception {
    String base = "root://localhost:" + PORT + "//restart-" + store.getFileName() + "/";
    Map<String, String> section = new LinkedHashMap<>();
    section.put("base", base);
    section.put("retries", "8");
    section.put("retry-delay", "200ms");
    section.put("timeout", "20s");
    StringBuilder cfg = new StringBuilder("[fs.out]\n");
    section.forEach((key, value) -> cfg.append(key).append(" = ").append(value).append('\n'));
    Files.writeString(store.resolve("docket.cfg"), cfg.toString());

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger restarts = new AtomicInteger();
    Thread restarter = new Thread(() -> {
      try {
        while (running.get()) {
          Thread.sleep(2_000);
          if (running.get() && script("restart") == 0) {
            restarts.incrementAndGet();
          }
        }
      } catch (Exception | AssertionError e) {
        // A restart that hung or was interrupted ends the restarts; the count says how many.
      }
    });
    long start = System.nanoTime();
    restarter.start();
    Path log = store.resolve("run.log");
    int exit;
    try {
      Process run = new AnalysisProcess(store).start(log,
          "run", "RemoteYields", "--chunks", Integer.toString(CHUNKS), "--workers", "4");
      if (!run.waitFor(15, TimeUnit.MINUTES)) {
        run.destroyForcibly().waitFor();
      }
      exit = run.exitValue();
    } finally {
      running.set(false);
      restarter.join();
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    String out = Files.readString(log);
    assertWithMessage(out).that(exit).isEqualTo(0);
    Matcher ran = Pattern.compile("Summary: (\\d+) ran, 0 already complete, 0 failed").matcher(out);
    assertWithMessage(out).that(ran.find()).isTrue();
    int tasks = Integer.parseInt(ran.group(1));
    assertThat(tasks).isEqualTo(2 * CHUNKS + 7);
    assertThat(restarts.get()).isAtLeast(2);

    try (RemoteStorage storage = RemoteStorage.install(RemoteStorage.of(new DocketConfig(
        Optional.empty(), store, OptionalInt.empty(), Map.of("fs.out", section))))) {
      List<String> problems = new ArrayList<>();
      for (String dataset : List.of("ttbar", "wjets")) {
        List<RemoteFileTarget> skims = RemoteFileTarget.of("out", "skim", "v1", dataset).children();
        if (skims.size() != CHUNKS) {
          problems.add(dataset + ": " + skims.size() + " skim outputs listed, not " + CHUNKS);
        }
        for (RemoteFileTarget skim : skims) {
          // A skim is whole when every line is a number (a cut-off upload would end mid-line).
          String text = skim.readString();
          if (!text.isEmpty() && !text.endsWith("\n")) {
            problems.add(skim.describe() + " is cut off");
          }
          for (String line : text.lines().toList()) {
            try {
              Double.parseDouble(line);
            } catch (NumberFormatException e) {
              problems.add(skim.describe() + " holds '" + line + "'");
            }
          }
        }
      }
      assertThat(problems).isEmpty();
      String yields = RemoteFileTarget.of("out", "combined", "v1", "yields.csv").readString();
      assertThat(yields).startsWith("dataset,events\nttbar,");
      System.out.printf("XRootD restart trial: %d tasks, %d server restarts in %d s, exit %d%n",
          tasks, restarts.get(), seconds, exit);
    }
    // A second run finds everything complete.
    AnalysisProcess.Result again = new AnalysisProcess(store).run(
        "run", "RemoteYields", "--chunks", Integer.toString(CHUNKS));
    assertWithMessage(again.toString()).that(again.out()).contains("Summary: 0 ran");
  }
}
