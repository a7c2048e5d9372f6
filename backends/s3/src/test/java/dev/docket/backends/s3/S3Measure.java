package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.RemoteEntry;
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
 * scripts/measure-s3.sh, not by the build): {@code copy FILE} times one upload and one download
 * of FILE through the backend; {@code pairs FILE N} downloads it N times through the SDK's path and
 * the direct one in turn; {@code listing N} writes N small objects into one directory, then
 * times their existence checked by one listing and by one stat each.
 */
public final class S3Measure {
  private S3Measure() {}

  public static void main(String[] args) throws Exception {
    var settings = LocalS3.settings(Map.of());
    var options = S3Options.read("fs.s3", settings.options(), key -> key);
    // -Ds3.http=apache5: Apache HttpClient 5 (the SDK's apache5-client) instead of the JDK's.
    var client = "apache5".equals(System.getProperty("s3.http"))
        ? S3Provider.client(settings, options, LocalS3.base(),
            software.amazon.awssdk.http.apache5.Apache5HttpClient.builder()
                .connectionTimeout(settings.timeout()).socketTimeout(settings.timeout()))
        : S3Provider.client(settings, options, LocalS3.base());
    // -Ds3.download=sdk: downloads through the SDK's client, as https endpoints have them.
    try (S3Storage sdk = new S3Storage(client, new S3Errors("s3"), sizes(), Optional.empty());
        S3Storage s3 = "sdk".equals(System.getProperty("s3.download"))
            ? sdk : S3Provider.storage(settings, options, LocalS3.base(), sizes())) {
      switch (args[0]) {
        case "copy" -> copy(s3, Path.of(args[1]));
        case "pairs" -> pairs(sdk, s3, Path.of(args[1]), Integer.parseInt(args[2]));
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
   * Uploads FILE once, then downloads it {@code n} times through each path, the SDK's and the
   * direct one, in turn (which goes first alternates), and prints the medians: a comparison that
   * a loaded machine disturbs less than two separate runs.
   */
  private static void pairs(S3Storage sdk, S3Storage direct, Path file, int n) throws IOException {
    URI url = LocalS3.base().resolve("measure/" + file.getFileName());
    double mb = Files.size(file) / 1e6;
    direct.upload(file, url);
    Path back = Files.createTempFile(file.toAbsolutePath().getParent(), "back", ".bin");
    List<Timed> sdkTimes = new ArrayList<>();
    List<Timed> directTimes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean sdkTurn = (i + turn) % 2 == 0;
        Files.deleteIfExists(back); // not timed: replacing a 1 GB file frees its pages in the rename
        Timed t = Timed.of(() -> (sdkTurn ? sdk : direct).download(url, back));
        (sdkTurn ? sdkTimes : directTimes).add(t);
        System.out.println((sdkTurn ? "sdk    " : "direct ") + t.show(mb));
      }
    }
    Files.deleteIfExists(back);
    direct.delete(url);
    System.out.println("median sdk    " + Timed.median(sdkTimes).show(mb));
    System.out.println("median direct " + Timed.median(directTimes).show(mb));
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
