package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server that makes clients authenticate (scripts/xrootd-up.sh with XRD_SEC=unix, a
 * server of its own on port 1096): the JVM client does not speak the security protocol, so the
 * base's stats and listings go through xrdfs, which does, and give what the tools give.
 */
class XrootdFallbackTest {
  private static final int PORT = 1096;
  private static final Path SCRIPT = Path.of("../../scripts/xrootd-up.sh").toAbsolutePath().normalize();
  private static final URI BASE = URI.create("root://localhost:" + PORT + "//fallback/");

  @TempDir Path local;

  @BeforeAll
  static void startServer() throws Exception {
    RequiredService.require(RequiredService.find("xrootd").isPresent()
            && RequiredService.find("xrdfs").isPresent() && "root".equals(System.getProperty("user.name")),
        "the XRootD fallback test starts a server of its own and needs xrootd-server, xrootd-client"
            + " and root: run scripts/xrootd-up.sh once (as root) to install them");
    assertThat(script("start")).isEqualTo(0);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (Files.exists(SCRIPT)) {
      script("stop");
    }
  }

  private static int script(String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("XRD_PORT", Integer.toString(PORT));
    builder.environment().put("XRD_HOME", "/tmp/docket-xrootd-unix");
    builder.environment().put("XRD_SEC", "unix");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  @Test
  void aServerThatAsksForAuthenticationIsListedThroughTheTools() throws IOException {
    XrdTools tools = XrdTools.find(System.getenv("PATH")).orElseThrow();
    JvmMetadata jvm = JvmMetadata.of(BASE, Duration.ofSeconds(30), true);
    try (StorageClient client = new XrootdClient(tools, Duration.ofSeconds(30), jvm);
        StorageClient plain = new XrootdClient(tools, Duration.ofSeconds(30),
            JvmMetadata.of(BASE, Duration.ofSeconds(30), false))) {
      URI dir = BASE.resolve("d" + System.nanoTime() + "/");
      plain.upload(Files.writeString(local.resolve("a"), "abc"), dir.resolve("a%20b.txt"));

      assertThat(jvm.serves()).isTrue();
      List<RemoteEntry> listed = client.list(dir);
      assertThat(jvm.serves()).isFalse();
      assertThat(listed).containsExactlyElementsIn(plain.list(dir));
      assertThat(listed.stream().map(RemoteEntry::name).toList()).containsExactly("a b.txt");
      assertThat(client.stat(dir.resolve("a%20b.txt"))).isEqualTo(plain.stat(dir.resolve("a%20b.txt")));
      assertThat(client.stat(dir.resolve("a%20b.txt")).get().size()).isEqualTo(3);
      plain.deleteTree(dir);
    }
  }
}
