import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The Java half of scripts/measure-xrootd.sh: times the XRootD backend's client (found as the
 * runtime finds it, through the ServiceLoader) on a real server.
 *   exists DIR_URL N     existence of f00000.root .. f<N-1>.root: one listing, then a stat each
 *   listing DIR_URL N RUNS  the same listing alone, RUNS times in one JVM (the first one cold)
 *   copy LOCAL URL RUNS  upload LOCAL to URL and download it back, RUNS times each
 * Prints one line per measurement: what, milliseconds, and a figure.
 */
public class MeasureXrootd {
  public static void main(String[] args) throws Exception {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("xrootd")).findFirst().orElseThrow();
    URI base = URI.create(args[0].equals("copy") ? args[2] : args[1]);
    try (StorageClient client =
        provider.open(new StorageSettings("measure", Duration.ofSeconds(300), Map.of()), base)) {
      if (args[0].equals("exists")) {
        exists(client, base, Integer.parseInt(args[2]));
      } else if (args[0].equals("listing")) {
        for (int run = 0; run < Integer.parseInt(args[3]); run++) {
          listing(client, base, Integer.parseInt(args[2]));
        }
      } else {
        copy(client, Path.of(args[1]), URI.create(args[2]), Integer.parseInt(args[3]));
      }
    }
  }

  private static String name(int i) {
    return String.format("f%05d.root", i);
  }

  private static void exists(StorageClient client, URI dir, int n) throws Exception {
    listing(client, dir, n);
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < n; i++) {
      found += client.stat(dir.resolve(name(i))).isPresent() ? 1 : 0;
    }
    print("stat-per-file", start, "(" + found + " of " + n + " exist)");
  }

  private static void listing(StorageClient client, URI dir, int n) throws Exception {
    long start = System.nanoTime();
    Set<String> listed = new HashSet<>();
    for (RemoteEntry entry : client.list(dir)) {
      listed.add(entry.name());
    }
    int found = 0;
    for (int i = 0; i < n; i++) {
      found += listed.contains(name(i)) ? 1 : 0;
    }
    print("listing", start, "(" + found + " of " + n + " exist)");
  }

  private static void copy(StorageClient client, Path local, URI url, int runs) throws Exception {
    double mib = Files.size(local) / 1048576.0;
    Path back = Files.createTempFile(local.getParent(), "back-", ".bin");
    try {
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        client.upload(local, url);
        print("docket-upload", start, String.format("(%.0f MiB/s)", mib / seconds(start)));
        start = System.nanoTime();
        client.download(url, back);
        print("docket-download", start, String.format("(%.0f MiB/s)", mib / seconds(start)));
      }
    } finally {
      Files.deleteIfExists(back);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(String what, long start, String figure) {
    System.out.printf("%s %.0f ms %s%n", what, seconds(start) * 1000, figure);
  }
}
