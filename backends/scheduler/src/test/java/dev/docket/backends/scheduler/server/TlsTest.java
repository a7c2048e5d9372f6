package dev.docket.backends.scheduler.server;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.testkit.RequiredService;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a given certificate: from a PKCS#12 key store (keytool) and from PEM files (openssl). */
class TlsTest {
  @TempDir Path dir;

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    com.google.common.truth.Truth.assertWithMessage(out).that(process.exitValue()).isEqualTo(0);
  }

  private static String keytool() {
    return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
  }

  /** A client that trusts {@code certificate} only. */
  private static HttpClient trusting(Certificate certificate) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("scheduler", certificate);
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(context).build();
  }

  private static void assertServesHttps(SchedulerServer server, Certificate certificate) throws Exception {
    assertThat(server.url()).startsWith("https://127.0.0.1:");
    HttpClient client = trusting(certificate);
    HttpResponse<String> ok =
        client.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/summary"))
                .header("Authorization", "Bearer " + server.token())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/login?token=" + server.token())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().firstValue("Set-Cookie").orElse("")).contains("Secure");
    // Plain HTTP on the HTTPS port gets no answer from the API.
    int plainStatus;
    try {
      plainStatus =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/summary"))
                      .header("Authorization", "Bearer " + server.token())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode();
    } catch (java.io.IOException e) {
      plainStatus = -1;
    }
    assertThat(plainStatus).isNotEqualTo(200);
    // A client that does not trust the certificate is refused at the handshake.
    org.junit.jupiter.api.Assertions.assertThrows(
        SSLHandshakeException.class,
        () ->
            HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(server.url() + "/api/summary")).build(),
                    HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void servesHttpsFromAKeyStore() throws Exception {
    Path store = dir.resolve("scheduler.p12");
    run(List.of(keytool(), "-genkeypair", "-alias", "scheduler", "-keyalg", "RSA", "-keysize", "2048",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "secret1"));
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "secret1".toCharArray());
    }
    try (SchedulerServer server =
        SchedulerServer.start(
            ServerOptions.of(dir.resolve("state")).withPort(0)
                .withTls(new Tls.KeyStoreFile(store, "secret1".toCharArray())))) {
      assertServesHttps(server, keys.getCertificate("scheduler"));
    }
  }

  @Test
  void servesHttpsFromPemFiles() throws Exception {
    RequiredService.require(
        RequiredService.find("openssl").isPresent(), "openssl is not on the PATH: apt-get install openssl");
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
        "-out", cert.toString(), "-subj", "/CN=localhost", "-days", "2",
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"));
    Certificate certificate;
    try (InputStream in = Files.newInputStream(cert)) {
      certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    try (SchedulerServer server =
        SchedulerServer.start(
            ServerOptions.of(dir.resolve("state")).withPort(0).withTls(new Tls.PemFiles(cert, key)))) {
      assertServesHttps(server, certificate);
    }
  }

  @Test
  void refusesAKeyFileThatIsNotPkcs8() throws Exception {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Files.writeString(cert, "");
    Files.writeString(key, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class,
            () -> SchedulerServer.start(ServerOptions.of(dir.resolve("state")).withPort(0).withTls(new Tls.PemFiles(cert, key))));
    assertThat(e).hasMessageThat().contains("openssl pkcs8");
  }
}
