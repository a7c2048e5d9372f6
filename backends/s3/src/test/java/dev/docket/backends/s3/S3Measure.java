package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The figures of docs/storage.md "S3", against the s3proxy of scripts/s3-up.sh (run by
 * scripts/measure-s3.sh, not by the build): {@code copy FILE} times one upload and one download
 * of FILE through the backend; {@code listing N} writes N small objects into one directory, then
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
    try (S3Storage s3 = new S3Storage(client, new S3Errors("s3"), sizes())) {
      if (args[0].equals("copy")) {
        copy(s3, Path.of(args[1]));
      } else {
        listing(s3, Integer.parseInt(args[1]));
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
    long start = System.nanoTime();
    s3.upload(file, url);
    double up = (System.nanoTime() - start) / 1e9;
    Path back = Files.createTempFile(file.toAbsolutePath().getParent(), "back", ".bin");
    start = System.nanoTime();
    s3.download(url, back);
    double down = (System.nanoTime() - start) / 1e9;
    System.out.printf("docket s3 download %.1f s  %.0f MB/s%n", down, mb / down);
    Files.delete(back);
    s3.delete(url);
    System.out.printf("docket s3 upload   %.1f s  %.0f MB/s%n", up, mb / up);
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
