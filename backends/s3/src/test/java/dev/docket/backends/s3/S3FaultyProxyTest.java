package dev.docket.backends.s3;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.internal.remote.RetriedClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.FaultyHttpProxy;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 client behind a proxy that answers 503, stalls or breaks off a share of requests: every
 * fault reaches the caller as a transient {@link StorageException} or a plain {@code
 * IOException} (never a permanent one), so the runtime's retries get every request through, and
 * no object is ever there with a part of its content.
 */
class S3FaultyProxyTest {
  @RegisterExtension static final RequiredService S3 = LocalS3.required();

  private static final int FILES = 40;
  private static final int RETRIES = 11;

  @TempDir Path local;

  @Test
  void everyFaultIsTransientAndNoObjectIsEverPartial() throws Exception {
    URI dir = LocalS3.base().resolve("faulty-" + UUID.randomUUID() + "/");
    String content = "0123456789abcdef".repeat(4096); // large enough to be cut into
    Path file = Files.writeString(local.resolve("up.txt"), content);
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(LocalS3.PORT,
            new FaultyHttpProxy.Faults(0.06, 0.03, 0.06, 1500, 12));
        RetriedClient client = faultyClient(proxy.port())) {
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
      assertThat(counts.faults()).isGreaterThan(5L);
      assertThat(retries).isGreaterThan(0);
      System.out.printf("S3 behind faults: %d requests, %d refused, %d stalled, %d broken off,"
          + " %d retries%n", counts.requests(), counts.refused(), counts.stalled(),
          counts.brokenOff(), retries);
    }
    // Straight to the server: every object whole.
    try (StorageClient direct = new S3Provider().open(LocalS3.settings(Map.of()), LocalS3.base())) {
      List<RemoteEntry> objects = direct.list(dir);
      assertThat(objects).hasSize(FILES);
      for (RemoteEntry object : objects) {
        assertWithMessage(object.name()).that(object.size()).isEqualTo(content.length());
      }
      direct.deleteTree(dir);
    }
  }

  /** Every request as the runtime sends it: a permanent fault fails the test at once. */
  private static RetriedClient faultyClient(int port) throws IOException {
    Map<String, String> options = new HashMap<>(LocalS3.settings(Map.of()).options());
    options.put("endpoint", "http://127.0.0.1:" + port);
    // A stalled request fails after this timeout rather than the stall's 1.5 s.
    return new RetriedClient(new S3Provider().open(new StorageSettings("s3", Duration.ofMillis(800), options),
        LocalS3.base()), LocalS3.base(), RETRIES);
  }
}
