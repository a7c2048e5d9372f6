package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.internal.remote.RetriedClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.FaultyHttpProxy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client behind a proxy that refuses, stalls or breaks off a share of requests, as a flaky
 * door does: every fault reaches the caller as a transient {@link StorageException} or a plain
 * {@code IOException} (never a permanent one), so the runtime's retries get every upload through,
 * and no file is ever there with a part of its content.
 */
class WebDavFaultyProxyTest {
  @RegisterExtension static final WebDavServer SERVER = new WebDavServer();

  private static final int FILES = 60;
  private static final int RETRIES = 11;

  @TempDir Path local;

  @Test
  void everyFaultIsTransientAndNoFileIsEverPartial() throws Exception {
    URI direct = WebDavServer.url("DOCKET_WEBDAV_HTTP");
    String dirName = "faulty-" + UUID.randomUUID() + "/";
    // Bodies large enough that a broken-off answer cuts into them.
    String content = "0123456789abcdef".repeat(4096);
    Path file = Files.writeString(local.resolve("up.txt"), content);
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(direct.getPort(),
            new FaultyHttpProxy.Faults(0.06, 0.03, 0.06, 1500, 12));
        RetriedClient client = faultyClient(URI.create("http://127.0.0.1:" + proxy.port()
            + direct.getRawPath()))) {
      URI dir = URI.create("http://127.0.0.1:" + proxy.port() + direct.getRawPath() + dirName);
      for (int i = 0; i < FILES; i++) {
        URI url = dir.resolve("f" + i + ".txt");
        client.upload(file, url);
        Path back = local.resolve("back" + i);
        client.download(url, back);
        assertThat(Files.readString(back)).isEqualTo(content);
        assertThat(client.stat(url).get().size()).isEqualTo(content.length());
      }
      assertThat(client.list(dir)).hasSize(FILES);
      long retries = client.counts().retries();
      FaultyHttpProxy.Counts counts = proxy.counts();
      assertThat(counts.faults()).isGreaterThan(10L);
      assertThat(retries).isGreaterThan(0); // (not one per fault: a lost clean-up costs none)
      System.out.printf("WebDAV behind faults: %d requests, %d refused, %d stalled, %d broken off,"
          + " %d retries%n", counts.requests(), counts.refused(), counts.stalled(),
          counts.brokenOff(), retries);
    }
    // What is on the server, without the proxy and with nothing left out: every file whole;
    // temporary files only of uploads whose clean-up was itself lost to a fault.
    URI dir = direct.resolve(dirName);
    List<Multistatus.Resource> all = rawListing(dir);
    List<String> finals = new ArrayList<>();
    for (Multistatus.Resource resource : all) {
      if (resource.path().endsWith("/" + dirName.substring(0, dirName.length() - 1) + "/")) {
        continue;
      }
      if (!resource.name().startsWith(".")) {
        finals.add(resource.name());
        assertWithMessage(resource.name()).that(resource.size()).isEqualTo(content.length());
      }
    }
    assertThat(finals).hasSize(FILES);
    try (StorageClient client = WebDavServer.open(direct, Map.of())) {
      client.deleteTree(dir);
    }
  }

  /** Every request as the runtime sends it: a permanent fault fails the test at once. */
  private static RetriedClient faultyClient(URI base) throws IOException {
    StorageProvider provider = WebDavServer.provider();
    // A stalled request fails after this timeout rather than the stall's 1.5 s.
    return new RetriedClient(
        provider.open(new StorageSettings("test", Duration.ofMillis(800), Map.of()), base), base, RETRIES);
  }

  /** A Depth 1 PROPFIND with the JDK's own client: every entry, temporary ones too. */
  private static List<Multistatus.Resource> rawListing(URI dir) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(dir).header("Depth", "1")
            .method("PROPFIND", HttpRequest.BodyPublishers.ofString(Multistatus.REQUEST))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(207);
    return Multistatus.parse(new ByteArrayInputStream(response.body()));
  }
}
