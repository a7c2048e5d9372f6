import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
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
 *   exists DIR_URL N WAY existence of f00000.root .. f<N-1>.root: one listing, then a stat each,
 *                        WAY jvm (the JVM client) or tools (jvm-client = false: xrdfs, one
 *                        process per request)
 *   listing DIR_URL N RUNS WAY  the same listing alone, RUNS times in one JVM (the first one
 *                        cold: class loading, connection and login), WAY jvm (the JVM client)
 *                        or tools (jvm-client = false: xrdfs ls -l)
 *   wire DIR_URL N       one listing by the JVM client through a relay that counts the requests
 *                        it sends and the response frames it gets back
 *   copy LOCAL URL RUNS  upload LOCAL to URL and download it back, RUNS times each
 * Prints one line per measurement: what, milliseconds, and a figure.
 */
public class MeasureXrootd {
  public static void main(String[] args) throws Exception {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("xrootd")).findFirst().orElseThrow();
    URI base = URI.create(args[0].equals("copy") ? args[2] : args[1]);
    if (args[0].equals("wire")) {
      wire(provider, base, Integer.parseInt(args[2]));
      return;
    }
    String way = args[0].equals("listing") ? args[4] : args[0].equals("exists") ? args[3] : "jvm";
    String jvm = way.equals("tools") ? "false" : "true";
    try (StorageClient client = provider.open(
        new StorageSettings("measure", Duration.ofSeconds(300), Map.of("jvm-client", jvm)), base)) {
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

  /**
   * The names f00000.root ..., made before any clock starts: String.format ten thousand times in
   * a cold JVM costs about a second on a loaded machine, which is not the storage's time.
   */
  private static String[] names(int n) {
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.format("f%05d.root", i);
    }
    return names;
  }

  private static void exists(StorageClient client, URI dir, int n) throws Exception {
    listing(client, dir, n);
    String[] names = names(n);
    long start = System.nanoTime();
    int found = 0;
    for (String name : names) {
      found += client.stat(dir.resolve(name)).isPresent() ? 1 : 0;
    }
    print("stat-per-file", start, "(" + found + " of " + n + " exist)");
  }

  private static void listing(StorageClient client, URI dir, int n) throws Exception {
    String[] names = names(n);
    long start = System.nanoTime();
    Set<String> listed = new HashSet<>();
    for (RemoteEntry entry : client.list(dir)) {
      listed.add(entry.name());
    }
    int found = 0;
    for (String name : names) {
      found += listed.contains(name) ? 1 : 0;
    }
    print("listing", start, "(" + found + " of " + n + " exist)");
  }

  /**
   * Relays one connection to the server and counts what crosses it: the client's requests (a
   * 24-byte header and its payload each, after the 20-byte handshake) and the server's
   * response frames (an 8-byte header and its body each).
   */
  private static void wire(StorageProvider provider, URI dir, int n) throws Exception {
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger frames = new AtomicInteger();
    try (ServerSocket relay = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread thread = new Thread(() -> {
        try (Socket client = relay.accept();
            Socket server = new Socket(dir.getHost(), dir.getPort() < 0 ? 1094 : dir.getPort())) {
          Thread back = new Thread(() -> count(server, client, 8, 4, frames, 0));
          back.start();
          count(client, server, 24, 20, requests, 20);
          back.join();
        } catch (Exception e) {
          // the client closed the connection
        }
      });
      thread.start();
      URI through = URI.create(dir.getScheme() + "://127.0.0.1:" + relay.getLocalPort() + dir.getRawPath());
      long start = System.nanoTime();
      try (StorageClient client = provider.open(
          new StorageSettings("measure", Duration.ofSeconds(300), Map.of()), through)) {
        int listed = client.list(through).size();
        print("jvm-listing-through-relay", start, "(" + listed + " of " + n + " listed)");
      }
      thread.join(10_000);
    }
    System.out.println("requests on the wire by the JVM client: " + requests.get()
        + " (kXR_protocol, kXR_login, kXR_dirlist; the handshake before them), response frames: "
        + frames.get());
  }

  /** Copies {@code from} to {@code to}, counting frames of {@code header} bytes whose length is at {@code lengthAt}. */
  private static void count(Socket from, Socket to, int header, int lengthAt, AtomicInteger counter, int skip) {
    try {
      DataInputStream in = new DataInputStream(from.getInputStream());
      OutputStream out = to.getOutputStream();
      byte[] first = new byte[skip];
      in.readFully(first);
      out.write(first);
      byte[] head = new byte[header];
      while (true) {
        in.readFully(head);
        int length = java.nio.ByteBuffer.wrap(head, lengthAt, 4).getInt();
        byte[] body = new byte[length];
        in.readFully(body);
        out.write(head);
        out.write(body);
        out.flush();
        counter.incrementAndGet();
      }
    } catch (IOException e) {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // already closed
      }
    }
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
