package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials and faults against the real server: a location that wants a bearer token, a port
 * that wants a client certificate, TLS without the test CA, a port where nothing listens.
 */
class WebDavFaultsTest {
  @RegisterExtension static final WebDavServer SERVER = new WebDavServer();

  @TempDir Path local;

  private static Map<String, String> trusting(String key, String value) {
    return Map.of(WebDavProvider.CA_DIR, WebDavServer.setting("DOCKET_WEBDAV_CA_DIR"), key, value);
  }

  @Test
  void withoutTheTokenTheServerRefusesPermanentlyNamingTheUrlAndTheFix() throws IOException {
    URI url = WebDavServer.url("DOCKET_WEBDAV_TOKEN_URL").resolve("x.txt");
    try (StorageClient client = WebDavServer.open(url,
        Map.of(WebDavProvider.CA_DIR, WebDavServer.setting("DOCKET_WEBDAV_CA_DIR")))) {
      StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e.url()).isEqualTo(url);
      assertThat(e).hasMessageThat().startsWith(url + ": 403");
      assertThat(e).hasMessageThat().contains("set token, token-file or proxy in [fs.test]");
    }
  }

  @Test
  void aWrongTokenIsRefusedWithAdviceOnTheTokenFile() throws IOException {
    Path tokenFile = Files.writeString(local.resolve("token"), "not-the-token\n");
    URI url = WebDavServer.url("DOCKET_WEBDAV_TOKEN_URL");
    try (StorageClient client = WebDavServer.open(url,
        trusting(WebDavProvider.TOKEN_FILE, tokenFile.toString()))) {
      StorageException e = assertThrows(StorageException.class, () -> client.list(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains("check the token in " + tokenFile);
      assertThat(e).hasMessageThat().doesNotContain("not-the-token");
    }
  }

  @Test
  void theTokenFileIsReadAgainWhenItChanges() throws IOException {
    Path tokenFile = Files.writeString(local.resolve("token"), "stale");
    URI dir = WebDavServer.url("DOCKET_WEBDAV_TOKEN_URL");
    try (StorageClient client = WebDavServer.open(dir,
        trusting(WebDavProvider.TOKEN_FILE, tokenFile.toString()))) {
      assertThrows(StorageException.class, () -> client.stat(dir));
      Files.writeString(tokenFile,
          Files.readString(Path.of(WebDavServer.setting("DOCKET_WEBDAV_TOKEN_FILE"))));
      Files.setLastModifiedTime(tokenFile, java.nio.file.attribute.FileTime.fromMillis(
          System.currentTimeMillis() + 10_000)); // a new time even on a coarse clock
      URI url = dir.resolve("token-" + System.nanoTime() + ".txt");
      client.upload(Files.writeString(local.resolve("up"), "granted"), url);
      assertThat(client.stat(url).get().size()).isEqualTo(7);
      client.delete(url);
    }
  }

  @Test
  void aRedirectToAnotherServerIsFollowedWithoutTheToken() throws IOException {
    Map<String, String> options = trusting(WebDavProvider.TOKEN_FILE,
        WebDavServer.setting("DOCKET_WEBDAV_TOKEN_FILE"));
    URI door = WebDavServer.url("DOCKET_WEBDAV_REDIRECT_URL");
    try (StorageClient client = WebDavServer.open(door, options)) {
      URI url = door.resolve("redirected-" + System.nanoTime() + ".txt");
      client.upload(Files.writeString(local.resolve("up"), "through the pool"), url);
      assertThat(client.stat(url).get().size()).isEqualTo(16);
      client.download(url, local.resolve("down"));
      assertThat(Files.readString(local.resolve("down"))).isEqualTo("through the pool");
      try (InputStream in = client.open(url)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo("through the pool");
      }
      client.delete(url);
      assertThat(client.stat(url)).isEmpty();

      // Where the other server wants the token, it does not get it: the token stays with its own.
      URI guarded = WebDavServer.url("DOCKET_WEBDAV_REDIRECT_TOKEN_URL").resolve("x.txt");
      assertThat(client.stat(guarded)).isEmpty(); // the door itself takes the token
      StorageException e = assertThrows(StorageException.class,
          () -> client.download(guarded, local.resolve("guarded")));
      assertThat(e).hasMessageThat().startsWith(guarded + ": 403");
    }
  }

  @Test
  void anUntrustedServerCertificateNamesCaDir() throws IOException {
    URI url = WebDavServer.url("DOCKET_WEBDAV_DAVS");
    try (StorageClient client = WebDavServer.open(url, Map.of())) {
      StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().startsWith(url + ": the server's certificate is not trusted");
      assertThat(e).hasMessageThat().contains("set ca-dir in [fs.test]");
    }
  }

  @Test
  void aServerThatWantsAClientCertificateIsRefusedWithoutProxyAndServedWithIt()
      throws IOException {
    URI url = WebDavServer.url("DOCKET_WEBDAV_X509_URL");
    try (StorageClient client = WebDavServer.open(url,
        Map.of(WebDavProvider.CA_DIR, WebDavServer.setting("DOCKET_WEBDAV_CA_DIR")))) {
      StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
      assertWithMessage(e.getMessage()).that(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains("set proxy in [fs.test]");
    }
    try (StorageClient client = WebDavServer.open(url,
        trusting(WebDavProvider.PROXY, WebDavServer.setting("DOCKET_WEBDAV_PROXY")))) {
      assertThat(client.stat(url).get().directory()).isTrue();
    }
  }

  @Test
  void aRefusedConnectionIsTransient() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there now
    }
    URI url = URI.create("dav://127.0.0.1:" + port + "/dav/x.txt");
    try (StorageClient client = WebDavServer.open(url, Map.of())) {
      StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
      assertThat(e).hasMessageThat().startsWith(url + ": ");
    }
  }
}
