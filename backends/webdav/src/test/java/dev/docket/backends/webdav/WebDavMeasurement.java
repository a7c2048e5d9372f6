package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The figures of docs/storage.md, against the server of {@code scripts/webdav-up.sh} over davs;
 * not in the default build (the class name is no test's), run on demand:
 *
 * <pre>
 * mvn -B -o verify -pl backends/webdav -am -Dtest=WebDavMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Ddocket.measure.files=10000] [-Ddocket.measure.mib=1024]
 * </pre>
 *
 * Requests are counted in Apache's access log; the results go to stdout and to {@code
 * target/measurements/webdav.txt}.
 */
class WebDavMeasurement {
  @RegisterExtension static final WebDavServer SERVER = new WebDavServer();

  private static final int FILES = Integer.getInteger("docket.measure.files", 10_000);
  private static final int MIB = Integer.getInteger("docket.measure.mib", 1024);
  private static final Path OUT = Path.of("target/measurements/webdav.txt");

  private static StorageClient client() throws IOException {
    return WebDavServer.open(base(),
        Map.of(WebDavProvider.CA_DIR, WebDavServer.setting("DOCKET_WEBDAV_CA_DIR")));
  }

  private static URI base() {
    return WebDavServer.url("DOCKET_WEBDAV_DAVS");
  }

  private static long requests() throws IOException {
    try (var lines = Files.lines(Path.of(WebDavServer.setting("DOCKET_WEBDAV_ACCESS_LOG")))) {
      return lines.count();
    }
  }

  private static void report(String line) throws IOException {
    System.out.println(line);
    Files.createDirectories(OUT.getParent());
    Files.writeString(OUT, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The existence of FILES outputs in one directory: one listing against a stat per file. */
  @Test
  void existenceByListingAgainstPerFile() throws Exception {
    URI dir = base().resolve("measure-" + FILES + "/");
    try (StorageClient client = client()) {
      fill(client, dir);
      client.list(dir); // warm the connection and the server's caches for both ways alike
      for (int i = 0; i < 100; i++) {
        client.stat(dir.resolve("out_" + i + ".txt"));
      }

      long before = requests();
      long start = System.nanoTime();
      int found = 0;
      for (int i = 0; i < FILES; i++) {
        found += client.stat(dir.resolve("out_" + i + ".txt")).isPresent() ? 1 : 0;
      }
      double perFileSeconds = (System.nanoTime() - start) / 1e9;
      long perFileRequests = requests() - before;
      assertThat(found).isEqualTo(FILES);

      before = requests();
      start = System.nanoTime();
      Set<String> names = new HashSet<>();
      for (RemoteEntry entry : client.list(dir)) {
        names.add(entry.name());
      }
      found = 0;
      for (int i = 0; i < FILES; i++) {
        found += names.contains("out_" + i + ".txt") ? 1 : 0;
      }
      double listingSeconds = (System.nanoTime() - start) / 1e9;
      long listingRequests = requests() - before;
      assertThat(found).isEqualTo(FILES);

      report(String.format("existence of %d files over davs: per file %d requests %.2f s;"
          + " listing %d requests %.3f s; %.0fx fewer requests, %.0fx less time",
          FILES, perFileRequests, perFileSeconds, listingRequests, listingSeconds,
          (double) perFileRequests / listingRequests, perFileSeconds / listingSeconds));
    }
  }

  private static void fill(StorageClient client, URI dir) throws Exception {
    Set<String> present = new HashSet<>();
    client.list(dir).forEach(e -> present.add(e.name()));
    Path one = Files.createTempFile("docket-measure", ".txt");
    Files.writeString(one, "output\n");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> uploads = new ArrayList<>();
      for (int i = 0; i < FILES; i++) {
        String name = "out_" + i + ".txt";
        if (!present.contains(name)) {
          uploads.add(pool.submit(() -> {
            client.upload(one, dir.resolve(name));
            return null;
          }));
        }
      }
      for (Future<?> upload : uploads) {
        upload.get();
      }
    } finally {
      pool.shutdown();
      Files.delete(one);
    }
  }

  /** Upload and download of one MIB-sized file: this client against curl, three rounds each. */
  @Test
  void copyThroughputAgainstCurl() throws Exception {
    Path big = Path.of("target/measurements/big.bin");
    fillRandom(big, (long) MIB << 20);
    Path back = Path.of("target/measurements/back.bin");
    URI url = base().resolve("measure-big.bin");
    String https = DavUrls.http(url).toString();
    String ca = WebDavServer.setting("DOCKET_WEBDAV_CA_DIR") + "/docket-test-ca.pem";
    try (StorageClient client = client()) {
      for (int round = 1; round <= 3; round++) {
        double up = time(() -> client.upload(big, url));
        double down = time(() -> client.download(url, back));
        assertThat(Files.size(back)).isEqualTo(Files.size(big));
        double curlUp = time(() -> curl("--cacert", ca, "-T", big.toString(), https + ".curl"));
        double curlDown = time(() -> curl("--cacert", ca, "-o", back.toString(), https + ".curl"));
        report(String.format("copy of %d MiB over davs, round %d: upload %.0f MiB/s (curl %.0f,"
            + " %.0f %%), download %.0f MiB/s (curl %.0f, %.0f %%)", MIB, round, MIB / up,
            MIB / curlUp, 100 * curlUp / up, MIB / down, MIB / curlDown, 100 * curlDown / down));
      }
      client.delete(url);
      client.delete(URI.create(url + ".curl"));
    } finally {
      Files.deleteIfExists(back);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static double time(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-sSf"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).isEqualTo(0);
  }

  private static void fillRandom(Path file, long size) throws IOException {
    if (Files.exists(file) && Files.size(file) == size) {
      return;
    }
    Files.createDirectories(file.getParent());
    byte[] block = new byte[1 << 20];
    Random random = new Random(1);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += block.length) {
        random.nextBytes(block);
        out.write(block, 0, (int) Math.min(block.length, size - written));
      }
    }
  }
}
