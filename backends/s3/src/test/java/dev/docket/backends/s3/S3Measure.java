package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The figures of docs/storage.md "S3", against the s3proxy of scripts/s3-up.sh (run by
 * scripts/measure-s3.sh, not by the build): {@code upload FILE} and {@code download FILE} time one
 * transfer each, the first of a fresh process; {@code copy FILE} times one upload and one download
 * of FILE in one process; {@code pairs FILE N} downloads it N times through the SDK's path and
 * the direct one in turn; {@code small N} downloads a small object N times through both; {@code listing N} writes N small objects into one directory, then
 * times their existence checked by one listing and by one stat each.
 */
public final class S3Measure {
  private S3Measure() {}

  public static void main(String[] args) throws Exception {
    var settings = LocalS3.settings(Map.of());
    var options = S3Options.read("fs.s3", settings.options(), key -> key);
    // A fresh process's first transfer: nothing of the SDK is built before the timed step starts.
    if (args[0].equals("upload") || args[0].equals("download")) {
      firstTransfer(args[0], settings, options, Path.of(args[1]));
      return;
    }
    // -Ds3.http=apache5: Apache HttpClient 5 (the SDK's apache5-client) instead of the JDK's.
    var client = "apache5".equals(System.getProperty("s3.http"))
        ? S3Provider.client(settings, options, LocalS3.base(),
            software.amazon.awssdk.http.apache5.Apache5HttpClient.builder()
                .connectionTimeout(settings.timeout()).socketTimeout(settings.timeout()))
        : S3Provider.client(settings, options, LocalS3.base());
    // -Ds3.download=sdk: downloads through the SDK's client, as https endpoints have them.
    try (S3Storage sdk = new S3Storage(LazyClient.built(client), new S3Errors("s3"), sizes(), Optional.empty());
        S3Storage s3 = "sdk".equals(System.getProperty("s3.download"))
            ? sdk : S3Provider.storage(settings, options, LocalS3.base(), sizes())) {
      switch (args[0]) {
        case "copy" -> copy(s3, Path.of(args[1]));
        case "pairs" -> pairs(sdk, S3Provider.storage(settings, options, LocalS3.base(), sizes()),
            Path.of(args[1]), Integer.parseInt(args[2]));
        case "small" -> small(sdk, S3Provider.storage(settings, options, LocalS3.base(), sizes()),
            Integer.parseInt(args[1]));
        default -> listing(s3, Integer.parseInt(args[1]));
      }
    }
  }

  /** The default sizes, or those of -Ds3.page, -Ds3.threshold and -Ds3.part (MiB), to compare them. */
  private static S3Storage.Sizes sizes() {
    S3Storage.Sizes d = S3Storage.Sizes.DEFAULT;
    return new S3Storage.Sizes(Integer.getInteger("s3.page", d.pageSize()),
        Long.getLong("s3.threshold", d.multipartThreshold() >> 20) << 20, Long.getLong("s3.part", d.partSize() >> 20) << 20);
  }

  private static void copy(S3Storage s3, Path file) throws IOException {
    URI url = LocalS3.base().resolve("measure/" + file.getFileName());
    double mb = Files.size(file) / 1e6;
    Timed up = Timed.of(() -> s3.upload(file, url));
    Path back = Files.createTempFile(file.toAbsolutePath().getParent(), "back", ".bin");
    Timed down = Timed.of(() -> s3.download(url, back));
    System.out.println("docket s3 download " + down.show(mb));
    Files.delete(back);
    s3.delete(url);
    System.out.println("docket s3 upload   " + up.show(mb));
  }

  /**
   * One upload of FILE to {@code measure/<its name>}, or one download of that object beside FILE
   * (then the object and the copy are removed, untimed), the first transfer of a fresh process: a
   * download timed from opening the storage on (it builds nothing of the SDK), an upload from
   * when the SDK's client it needs is built.
   */
  private static void firstTransfer(String way, StorageSettings settings, S3Options options, Path file)
      throws IOException {
    URI url = LocalS3.base().resolve("measure/" + file.getFileName());
    Path back = file.toAbsolutePath().resolveSibling("back-" + file.getFileName());
    Files.deleteIfExists(back);
    S3Storage[] opened = new S3Storage[1];
    double mb = Files.size(file) / 1e6;
    Timed timed;
    if (way.equals("upload")) {
      // An upload needs the SDK's client: built (with one stat) before the clock, as session 6
      // measured it; its cost is shown on a line of its own.
      Timed start = Timed.of(() -> {
        opened[0] = S3Provider.storage(settings, options, LocalS3.base(), sizes());
        opened[0].stat(url);
      });
      System.out.printf("  (opening and the SDK's client, before the upload: %.2f s, cpu %.2f s)%n",
          start.wall(), start.cpu());
      timed = Timed.of(() -> opened[0].upload(file, url));
    } else {
      timed = Timed.of(() -> {
        opened[0] = S3Provider.storage(settings, options, LocalS3.base(), sizes());
        opened[0].download(url, back);
      });
    }
    System.out.printf("docket s3 %-8s %s%n", way, timed.show(mb));
    try (S3Storage s3 = opened[0]) {
      if (way.equals("download")) {
        Files.delete(back);
        s3.delete(url);
      }
    }
  }

  /**
   * Uploads FILE once, then downloads it {@code n} times through each path, the SDK's and the
   * direct one, and with curl (as scripts/measure-s3.sh runs it) in turn, which goes first
   * rotating, and prints the medians: a comparison that a loaded machine disturbs less than
   * separate runs. The JVM is warm after the first round; curl starts anew each time.
   */
  private static void pairs(S3Storage sdk, S3Storage direct, Path file, int n) throws Exception {
    URI url = LocalS3.base().resolve("measure/" + file.getFileName());
    double mb = Files.size(file) / 1e6;
    direct.upload(file, url);
    Path back = Files.createTempFile(file.toAbsolutePath().getParent(), "back", ".bin");
    Map<String, Way> ways = Map.of(
        "sdk", () -> Timed.of(() -> sdk.download(url, back)),
        "direct", () -> Timed.of(() -> direct.download(url, back)),
        "curl", () -> curl(file.getFileName().toString(), back));
    List<String> order = List.of("curl", "sdk", "direct");
    Map<String, List<Timed>> times = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (int turn = 0; turn < order.size(); turn++) {
        String way = order.get((i + turn) % order.size());
        Files.deleteIfExists(back); // not timed: replacing a 1 GB file frees its pages in the rename
        Timed t = ways.get(way).timed();
        times.computeIfAbsent(way, k -> new ArrayList<>()).add(t);
        System.out.printf("%-6s %s%n", way, t.show(mb));
      }
    }
    Files.deleteIfExists(back);
    direct.delete(url);
    times.forEach((way, all) -> System.out.printf("median %-6s %s%n", way, Timed.median(all).show(mb)));
  }

  /**
   * Downloads one 1 kB object {@code n} times through each path in blocks of 50 taken in turn: the
   * direct path opens a connection per download where the SDK's client keeps one open.
   */
  private static void small(S3Storage sdk, S3Storage direct, int n) throws IOException {
    URI url = LocalS3.base().resolve("measure/small.bin");
    Path file = Files.createTempFile("small", ".bin");
    Files.write(file, new byte[1000]);
    direct.upload(file, url);
    double[] seconds = new double[2];
    for (int i = 0; i < n; i += 50) {
      for (int way = 0; way < 2; way++) {
        long start = System.nanoTime();
        for (int j = 0; j < 50; j++) {
          (way == 0 ? sdk : direct).download(url, file);
        }
        seconds[way] += (System.nanoTime() - start) / 1e9;
      }
    }
    direct.delete(url);
    Files.delete(file);
    System.out.printf("%d downloads of 1 kB: sdk %.2f ms each, direct %.2f ms each%n",
        n, seconds[0] * 1000 / n, seconds[1] * 1000 / n);
  }

  /** One way to download, timed. */
  private interface Way {
    Timed timed() throws IOException;
  }

  /** curl's GET of {@code name}, as scripts/measure-s3.sh runs it, timed by /usr/bin/time (its process is not this one). */
  private static Timed curl(String name, Path back) throws IOException {
    Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %U %S", "curl", "-sf",
        "--aws-sigv4", "aws:amz:us-east-1:s3", "--user", LocalS3.IDENTITY + ":" + LocalS3.CREDENTIAL,
        "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-o", back.toString(),
        LocalS3.ENDPOINT + "/" + LocalS3.BUCKET + "/measure/" + name).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
    try {
      if (p.waitFor() != 0) {
        throw new IOException("curl failed: " + err);
      }
    } catch (InterruptedException e) {
      throw new java.io.InterruptedIOException();
    }
    String[] f = err.substring(err.lastIndexOf('\n') + 1).split(" ");
    return new Timed(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
  }

  /**
   * A step's wall time and the CPU time of the whole process meanwhile (JIT and GC included), in
   * user space and in the kernel, as /usr/bin/time shows curl's.
   */
  private record Timed(double wall, double user, double sys) {
    interface Step {
      void run() throws IOException;
    }

    static Timed of(Step step) throws IOException {
      double[] cpu = processCpu();
      long start = System.nanoTime();
      step.run();
      double wall = (System.nanoTime() - start) / 1e9;
      double[] after = processCpu();
      return new Timed(wall, after[0] - cpu[0], after[1] - cpu[1]);
    }

    /** User and system seconds of this process so far, from /proc/self/stat (clock ticks of 10 ms). */
    private static double[] processCpu() throws IOException {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new double[] {Long.parseLong(fields[11]) / 100.0, Long.parseLong(fields[12]) / 100.0};
    }

    double cpu() {
      return user + sys;
    }

    /** The medians of wall time and of CPU time (user and kernel as in the run of median CPU). */
    static Timed median(List<Timed> all) {
      double[] walls = all.stream().mapToDouble(Timed::wall).sorted().toArray();
      List<Timed> byCpu = all.stream().sorted(Comparator.comparingDouble(Timed::cpu)).toList();
      Timed middle = byCpu.get(byCpu.size() / 2);
      return new Timed(walls[walls.length / 2], middle.user, middle.sys);
    }

    String show(double mb) {
      return String.format("%.2f s  %.0f MB/s  cpu %.2f s (user %.2f, sys %.2f; %.2f s/GB)",
          wall, mb / wall, cpu(), user, sys, cpu() / mb * 1000);
    }
  }

  private static void listing(S3Storage s3, int n) throws Exception {
    URI dir = LocalS3.base().resolve("measure-listing-" + n + "/");
    if (s3.list(dir).size() != n) {
      Path one = Files.createTempFile("one", ".txt");
      Files.writeString(one, "1");
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> puts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        URI url = dir.resolve("out_" + i + ".txt");
        puts.add(pool.submit(() -> {
          s3.upload(one, url);
          return null;
        }));
      }
      for (Future<?> put : puts) {
        put.get();
      }
      pool.shutdown();
      Files.delete(one);
    }
    long start = System.nanoTime();
    List<RemoteEntry> entries = s3.list(dir);
    double listed = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < n; i++) {
      found += s3.stat(dir.resolve("out_" + i + ".txt")).isPresent() ? 1 : 0;
    }
    double each = (System.nanoTime() - start) / 1e9;
    System.out.printf("listing: %d entries, %d requests, %.2f s%n", entries.size(), (n + 999) / 1000, listed);
    System.out.printf("per file: %d found, %d requests, %.2f s (%.0fx the listing's time)%n",
        found, n, each, each / listed);
  }
}
