package dev.docket.backends.webdav;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS context of a {@code davs://} base: the JDK's trusted CAs plus those of {@code ca-dir}
 * (grid CAs are not in the JDK's list), and the proxy's certificate as the client's when {@code
 * proxy} is set.
 */
final class TlsContexts {
  /**
   * A TLS context, and whether a server asked it for a client certificate it did not have: with
   * TLS 1.3 a server that requires one refuses only after the client's first write, which then
   * fails as a broken pipe rather than with a readable alert.
   */
  record Tls(SSLContext context, AtomicBoolean askedWithoutCertificate) {}

  private TlsContexts() {}

  static Tls of(Optional<Path> caDirectory, Optional<Path> proxy)
      throws IOException, GeneralSecurityException {
    List<X509TrustManager> trust = new ArrayList<>();
    trust.add(trustManager(null)); // the JDK's own CAs
    if (caDirectory.isPresent()) {
      trust.add(trustManager(caStore(caDirectory.get())));
    }
    AtomicBoolean asked = new AtomicBoolean();
    PemFiles.Credential credential =
        proxy.isPresent() ? PemFiles.credential(proxy.get()) : null;
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(new KeyManager[] {new ProxyKeyManager(credential, asked)},
        new TrustManager[] {new AnyOfTrustManagers(trust)}, null);
    return new Tls(context, asked);
  }

  /** The certificates of a CA directory's {@code *.pem} and {@code *.0}…{@code *.9} files. */
  static KeyStore caStore(Path directory) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(TlsContexts::isCertificateFile).sorted().toList();
    }
    for (Path file : files) {
      List<X509Certificate> certificates = PemFiles.certificates(file);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry(file.getFileName() + "#" + i, certificates.get(i));
      }
    }
    if (store.size() == 0) {
      throw new IOException(directory + " holds no CA certificate (*.pem or <hash>.0 files)");
    }
    return store;
  }

  private static boolean isCertificateFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".pem") || name.matches(".*\\.[0-9]"));
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager in " + factory.getAlgorithm());
  }

  /** Trusts a server that any of its managers trusts (the JDK's CAs or ca-dir's). */
  private record AnyOfTrustManagers(List<X509TrustManager> managers) implements X509TrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      CertificateException last = null;
      for (X509TrustManager manager : managers) {
        try {
          manager.checkServerTrusted(chain, authType);
          return;
        } catch (CertificateException e) {
          last = e;
        }
      }
      throw last;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("a storage client does not accept client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return managers.stream()
          .flatMap(m -> Stream.of(m.getAcceptedIssuers()))
          .toArray(X509Certificate[]::new);
    }
  }

  /**
   * Offers the proxy whatever issuers the server asks for: the JDK's own key manager matches the
   * server's list against the chain's issuers, which a proxy (signed by the user, not a CA) can
   * fail although the server would accept the chain. Without a proxy ({@code credential} null)
   * it offers nothing and notes that a server asked.
   */
  private record ProxyKeyManager(PemFiles.Credential credential, AtomicBoolean asked)
      implements X509KeyManager {
    private static final String ALIAS = "proxy";

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
      if (credential == null) {
        asked.set(true);
        return null;
      }
      return ALIAS;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return credential == null ? null : new String[] {ALIAS};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return credential == null ? null : credential.chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return credential == null ? null : credential.key();
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return null;
    }
  }
}
