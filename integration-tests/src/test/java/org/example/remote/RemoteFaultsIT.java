package org.example.remote;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.testkit.FaultyHttpProxy;
import dev.docket.testkit.FaultyHttpProxy.Counts;
import dev.docket.testkit.FaultyHttpProxy.Faults;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The whole remote chain, {@value #TASKS} tasks on local workers, against real servers while
 * they misbehave: WebDAV and S3 behind {@link FaultyHttpProxy} (about one request in ten
 * refused, stalled past {@code [fs.out] timeout} or broken off half-way). XRootD restarted
 * mid-run is {@link XrootdRestartIT}'s. Each run must succeed, every output must hold exactly
 * what its task wrote (read straight from the server, not through the proxy), and a second run
 * must find it all complete. The test prints its figures, which docs/reliability.md quotes.
 *
 * <p>It is built to be quick on two busy cores: a stall costs a worker the section's timeout,
 * so the timeout is short (a legitimate request cut off by it is one more retry, which the test
 * tolerates like any fault), four workers wait out stalls side by side, and the two servers'
 * runs go at once, each in its own process and store.
 */
// The test's own RemoteFileTarget checks go through the JVM's one installed [fs.out]: no two
// such classes at a time (integration tests run two classes side by side).
@ResourceLock("remote-storage")
class RemoteFaultsIT {
  private static final int CHUNKS = 100;
  static final int TASKS = 207; // ChainContents.tasks(CHUNKS)
  private static final Faults FAULTS = new Faults(0.04, 0.03, 0.03, 1_500, 12);
  private static final Duration LIMIT = Duration.ofMinutes(5);

  @TempDir Path stores;

  /** One server's run: where the analysis keeps its store, and its two views of the storage. */
  private record Case(String name, Path store, FaultyHttpProxy proxy, Map<String, String> faulty,
      Map<String, String> direct) {}

  @Test
  void theChainOutlastsFaultsOnWebDavAndS3() throws Exception {
    int davPort = 18080;
    RequiredService.require(RequiredService.accepts(davPort), "no WebDAV server on 127.0.0.1:"
        + davPort + ": start one with scripts/webdav-up.sh");
    int s3Port = Integer.parseInt(env("S3_PORT", "9000"));
    RequiredService.require(RequiredService.accepts(s3Port), "no S3 server on 127.0.0.1:" + s3Port
        + ": start one with scripts/s3-up.sh");
    String fresh = "faults-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    String bucket = "s3://" + env("S3_BUCKET", "docket-ci") + "/" + fresh;
    try (FaultyHttpProxy davProxy = FaultyHttpProxy.start(davPort, FAULTS);
        FaultyHttpProxy s3Proxy = FaultyHttpProxy.start(s3Port, FAULTS)) {
      List<Case> cases = List.of(
          new Case("WebDAV", Files.createDirectory(stores.resolve("webdav")), davProxy,
              section("http://127.0.0.1:" + davProxy.port() + "/dav/" + fresh),
              section("http://127.0.0.1:" + davPort + "/dav/" + fresh)),
          new Case("S3", Files.createDirectory(stores.resolve("s3")), s3Proxy, s3(bucket, s3Proxy.port()), s3(bucket, s3Port)));
      Map<Case, Process> runs = new LinkedHashMap<>();
      try {
        for (Case c : cases) {
          writeConfig(c.store(), c.faulty());
          runs.put(c, start(c.store(), "run.log"));
        }
        for (Map.Entry<Case, Process> run : runs.entrySet()) {
          check(run.getKey(), finish(run.getValue()));
        }
      } finally {
        runs.values().forEach(Process::destroyForcibly);
      }
    }
  }

  private void check(Case c, int exit) throws Exception {
    String out = Files.readString(c.store().resolve("run.log"));
    assertWithMessage(c.name() + ": " + out).that(exit).isEqualTo(0);
    Counts counts = c.proxy().counts();
    assertWithMessage(c.name() + ": " + counts).that(counts.faults()).isGreaterThan(0L);
    // Every injected fault was retried (no task failed), and the run's end says how often.
    String retried = out.lines().filter(line -> line.startsWith("docket: remote storage: [fs.out] "))
        .findFirst().orElseThrow(() -> new AssertionError("no line about retries in:\n" + out));
    assertWithMessage(retried).that(retried).containsMatch("\\d+ retr");
    String again = secondRun(c.store());
    Counts total = c.proxy().counts();
    try (RemoteStorage storage = install(c.store(), c.direct())) {
      int whole = assertEveryOutputWhole();
      System.out.printf("RemoteFaultsIT %s: %d tasks, %d requests through the proxy, %d refused,"
          + " %d stalled, %d broken off; the run's end: %s; result: exit %d, %d outputs whole; %s;"
          + " second run: %s (%d requests, %d faults)%n", c.name(), TASKS, counts.requests(),
          counts.refused(), counts.stalled(), counts.brokenOff(), retried, exit, whole,
          summary(out), again,
          total.requests() - counts.requests(), total.faults() - counts.faults());
      removeAll();
    }
  }

  /** Checks each output against what its task writes; returns how many there are. */
  private static int assertEveryOutputWhole() throws IOException {
    Map<List<String>, String> expected = ChainContents.expected(CHUNKS);
    for (Map.Entry<List<String>, String> file : expected.entrySet()) {
      List<String> path = file.getKey();
      RemoteFileTarget target = RemoteFileTarget.of("out", path.get(0),
          path.subList(1, path.size()).toArray(String[]::new));
      assertWithMessage(target.describe()).that(target.exists()).isTrue();
      assertWithMessage(target.describe()).that(target.readString()).isEqualTo(file.getValue());
    }
    return expected.size();
  }

  private static String secondRun(Path store) throws Exception {
    int exit = finish(start(store, "again.log"));
    String out = Files.readString(store.resolve("again.log"));
    assertWithMessage(out).that(exit).isEqualTo(0);
    assertWithMessage(out).that(out).contains("Summary: 0 ran");
    return summary(out);
  }

  private static Process start(Path store, String log) throws IOException {
    return new AnalysisProcess(store).start(store.resolve(log), "run", "RemoteYields", "--chunks",
        String.valueOf(CHUNKS), "--workers", "4");
  }

  private static int finish(Process run) throws InterruptedException {
    if (!run.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      run.destroyForcibly();
      throw new AssertionError("the analysis did not finish within " + LIMIT);
    }
    return run.exitValue();
  }

  private static String summary(String out) {
    return out.lines().filter(line -> line.startsWith("Summary: ")).findFirst()
        .orElse("no summary");
  }

  private static void removeAll() throws IOException {
    for (String dir : List.of("events", "skim", "hist", "combined")) {
      RemoteFileTarget.of("out", dir).remove();
    }
  }

  /**
   * {@code [fs.out]}: a timeout shorter than a stall, so that stalls are faults, yet long enough
   * for a loaded machine's ordinary requests; retries enough to outlast a run of faults.
   */
  private static Map<String, String> section(String base) {
    Map<String, String> section = new LinkedHashMap<>();
    section.put("base", base);
    section.put("timeout", "1s");
    section.put("retries", "8");
    section.put("retry-delay", "50ms");
    return section;
  }

  private static Map<String, String> s3(String base, int port) {
    Map<String, String> section = section(base);
    section.put("endpoint", "http://127.0.0.1:" + port);
    section.put("access-key", env("S3_IDENTITY", "docket-ci"));
    section.put("secret-key", env("S3_CREDENTIAL", "docket-ci-secret"));
    return section;
  }

  private static void writeConfig(Path store, Map<String, String> section) throws IOException {
    StringBuilder cfg = new StringBuilder("[RemoteEvents]\nevents = ")
        .append(ChainContents.events(CHUNKS)).append("\n\n[fs.out]\n");
    section.forEach((key, value) -> cfg.append(key).append(" = ").append(value).append('\n'));
    Files.writeString(store.resolve("docket.cfg"), cfg.toString());
  }

  /** The test's view of the storage: {@code [fs.out]} as {@code section} has it. */
  private static RemoteStorage install(Path store, Map<String, String> section) {
    return RemoteStorage.install(RemoteStorage.of(new DocketConfig(
        Optional.empty(), store, OptionalInt.empty(), Map.of("fs.out", section))));
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
