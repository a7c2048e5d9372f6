package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider's registration and its check of {@code [fs.<name>]} before anything runs. */
class WebDavProviderTest {
  private static final String SECTION = "fs.eos";

  @TempDir Path dir;

  private final StorageProvider provider = WebDavServer.provider();

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  /** A docket.cfg whose [fs.eos] begins on line 1 and has one key per line after it. */
  private DocketConfig config(Map<String, String> values) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    int line = 2;
    for (String key : values.keySet()) {
      lines.put(key, line++);
    }
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), dir, OptionalInt.empty(),
        Map.of(SECTION, values), Map.of(),
        new DocketConfig.Lines(Map.of(SECTION, 1), Map.of(SECTION, lines)));
  }

  private BadInputException refused(Map<String, String> values) {
    return assertThrows(BadInputException.class, () -> provider.check(config(values), SECTION));
  }

  @Test
  void itServesTheWebDavSchemesWithItsOptions() {
    assertThat(provider.schemes()).containsExactly("davs", "https", "dav", "http");
    assertThat(provider.options()).containsExactly("ca-dir", "proxy", "token", "token-file");
  }

  @Test
  void aGoodSectionPasses() throws IOException {
    Path ca = Files.createDirectory(dir.resolve("certificates"));
    Files.copy(resource("pkcs8-credential.pem"), ca.resolve("4a6cd8b1.0"));
    Path token = Files.writeString(dir.resolve("token"), "abc");
    provider.check(config(Map.of("ca-dir", ca.toString(), "token-file", token.toString(),
        "proxy", resource("pkcs1-credential.pem").toString())), SECTION);
  }

  @Test
  void aMissingCaDirectoryIsRefusedWithItsLine() {
    BadInputException e = refused(Map.of("ca-dir", dir.resolve("nowhere").toString()));
    assertThat(e).hasMessageThat().startsWith("/a/docket.cfg, line 2: ca-dir of [fs.eos] = ");
    assertThat(e).hasMessageThat().contains("/etc/grid-security/certificates");
  }

  @Test
  void aCaDirectoryWithoutCertificatesIsRefused() throws IOException {
    Files.writeString(dir.resolve("README"), "no certificates here");
    assertThat(refused(Map.of("ca-dir", dir.toString()))).hasMessageThat()
        .contains("holds no CA certificate");
  }

  @Test
  void aProxyWithoutKeyIsRefused() throws IOException {
    Path certOnly = Files.writeString(dir.resolve("x509up"),
        Files.readString(resource("pkcs8-credential.pem")).split("-----BEGIN PRIVATE KEY")[0]);
    BadInputException e = refused(Map.of("proxy", certOnly.toString()));
    assertThat(e).hasMessageThat().contains("line 2: proxy of [fs.eos]");
    assertThat(e).hasMessageThat().contains("no key found");
  }

  @Test
  void tokenAndTokenFileTogetherAreRefused() {
    BadInputException e = refused(Map.of("token", "t", "token-file", "/f"));
    assertThat(e).hasMessageThat().contains("sets both token");
    assertThat(e).hasMessageThat().doesNotContain("= t");
  }

  @Test
  void anUnreadableTokenFileIsRefused() {
    BadInputException e = refused(Map.of("token-file", dir.resolve("no-token").toString()));
    assertThat(e).hasMessageThat().contains("line 2: token-file of [fs.eos]");
    assertThat(e).hasMessageThat().contains("is not a readable file");
  }

  @Test
  void pkcs1AndPkcs8KeysReadToTheSameWorkingKey() throws Exception {
    PemFiles.Credential one = PemFiles.credential(resource("pkcs1-credential.pem"));
    PemFiles.Credential eight = PemFiles.credential(resource("pkcs8-credential.pem"));
    assertThat(one.key().getEncoded()).isEqualTo(eight.key().getEncoded());
    Signature sign = Signature.getInstance("SHA256withRSA");
    sign.initSign(one.key());
    sign.update(new byte[] {1, 2, 3});
    byte[] signature = sign.sign();
    Signature verify = Signature.getInstance("SHA256withRSA");
    verify.initVerify(one.chain().get(0).getPublicKey());
    verify.update(new byte[] {1, 2, 3});
    assertThat(verify.verify(signature)).isTrue();
  }
}
