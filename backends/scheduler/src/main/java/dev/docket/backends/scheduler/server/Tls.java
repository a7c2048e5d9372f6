package dev.docket.backends.scheduler.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** HTTPS for the scheduler: a key store, or a PEM certificate (chain) and its PKCS#8 key. */
public final class Tls {
  /** Where the certificate comes from. */
  public sealed interface Source permits KeyStoreFile, PemFiles {}

  /** A PKCS#12 (or JKS) key store and its password. */
  public record KeyStoreFile(Path file, char[] password) implements Source {}

  /** A PEM certificate chain and an unencrypted PKCS#8 PEM key ({@code BEGIN PRIVATE KEY}). */
  public record PemFiles(Path certificate, Path key) implements Source {}

  static SslContextFactory.Server contextFactory(Source source) throws IOException {
    SslContextFactory.Server factory = new SslContextFactory.Server();
    try {
      if (source instanceof KeyStoreFile file) {
        KeyStore store =
            KeyStore.getInstance(file.file().toString().endsWith(".jks") ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(file.file())) {
          store.load(in, file.password());
        }
        factory.setKeyStore(store);
        factory.setKeyStorePassword(new String(file.password()));
      } else if (source instanceof PemFiles pem) {
        char[] password = new char[0];
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry("scheduler", key(pem.key()), password, chain(pem.certificate()));
        factory.setKeyStore(store);
        factory.setKeyStorePassword("");
      }
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot use the TLS certificate: " + e.getMessage(), e);
    }
    return factory;
  }

  private static Certificate[] chain(Path file) throws IOException, GeneralSecurityException {
    Collection<? extends Certificate> certificates;
    try (InputStream in = Files.newInputStream(file)) {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
    }
    if (certificates.isEmpty()) {
      throw new IOException("no certificate in " + file);
    }
    return certificates.toArray(new Certificate[0]);
  }

  private static PrivateKey key(Path file) throws IOException, GeneralSecurityException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = text.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new IOException(
          file + " holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with"
              + " openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
    }
    String base64 = text.substring(begin + 27, end).replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new IOException(file + ": not an RSA, EC or Ed25519 key");
  }

  private Tls() {}
}
