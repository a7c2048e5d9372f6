package dev.docket.backends.webdav;

import static dev.docket.runtime.spi.storage.StorageException.Kind.PERMANENT;
import static dev.docket.runtime.spi.storage.StorageException.Kind.TRANSIENT;

import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns what went wrong with a request into a {@link StorageException} that says whether to try
 * again and what the user can do: a refused or timed-out connection and a 5xx are transient; a
 * denial, an untrusted certificate, an unknown host or a full disk are permanent, with the key
 * of {@code [fs.<name>]} to look at.
 */
final class Faults {
  private final String fs;
  private final Duration timeout;
  private final Optional<BearerToken> token;
  private final boolean proxy;
  private final boolean caDirectory;
  private final BooleanSupplier askedForCertificate;

  Faults(String fs, Duration timeout, Optional<BearerToken> token, boolean proxy,
      boolean caDirectory, BooleanSupplier askedForCertificate) {
    this.fs = fs;
    this.timeout = timeout;
    this.token = token;
    this.proxy = proxy;
    this.caDirectory = caDirectory;
    this.askedForCertificate = askedForCertificate;
  }

  /** A status the request did not expect, e.g. 403 to a PUT. */
  StorageException status(URI url, int code, String reason) {
    String said = url + ": " + code + (reason == null || reason.isEmpty() ? "" : " " + reason);
    if (code == 401 || code == 403) {
      return new StorageException(PERMANENT, url, said + "; " + credentialAdvice());
    }
    if (code == 404) {
      return new StorageException(PERMANENT, url, said + "; there is no such file");
    }
    if (code == 507) {
      return new StorageException(PERMANENT, url, said + "; the storage is full or over quota");
    }
    if (code >= 500 || code == 408 || code == 429) {
      return new StorageException(TRANSIENT, url, said);
    }
    return new StorageException(PERMANENT, url, said);
  }

  private String credentialAdvice() {
    if (token.isPresent()) {
      return token.get().advice();
    }
    if (proxy) {
      return "check proxy in [fs." + fs + "] (expired, or without the VOMS role this path needs?)";
    }
    return "the server wants credentials: set token, token-file or proxy in [fs." + fs + "]";
  }

  /** A request that got no answer: the connection or the TLS handshake failed, or it timed out. */
  StorageException transport(URI url, IOException e) {
    if (e instanceof StorageException storage) {
      return storage;
    }
    if (e instanceof UnknownHostException) {
      return new StorageException(PERMANENT, url, url + ": unknown host " + url.getHost()
          + "; check base in [fs." + fs + "]", e);
    }
    if (e instanceof SSLPeerUnverifiedException) {
      return new StorageException(PERMANENT, url, url + ": the server's certificate does not"
          + " name " + url.getHost() + " (" + e.getMessage() + "); write base in [fs." + fs
          + "] with the host name its certificate names", e);
    }
    if (causedBy(e, CertPathBuilderException.class) || causedBy(e, CertificateException.class)) {
      return new StorageException(PERMANENT, url, url + ": the server's certificate is not"
          + " trusted (" + rootMessage(e) + "); " + (caDirectory
              ? "check that ca-dir in [fs." + fs + "] holds the CA that signed it"
              : "set ca-dir in [fs." + fs + "] to a directory of CA certificates, e.g."
                  + " /etc/grid-security/certificates"), e);
    }
    if (!proxy && askedForCertificate.getAsBoolean()
        && (e instanceof SSLException || e instanceof SocketException)) {
      // The server asked for a certificate and the connection broke: under TLS 1.3 that is how
      // a server that requires one refuses (the alert comes after the client's first write).
      return new StorageException(PERMANENT, url, url + ": the server wants a client certificate"
          + " (" + rootMessage(e) + "); set proxy in [fs." + fs + "] to an X.509 proxy file", e);
    }
    if (e instanceof SSLException && isRefusedHandshake(e)) {
      return new StorageException(PERMANENT, url, url + ": the server refused the TLS handshake ("
          + rootMessage(e) + "); " + (proxy
              ? "check proxy in [fs." + fs + "] (expired, or from a CA the server does not trust?)"
              : "it may want a client certificate: set proxy in [fs." + fs + "]"), e);
    }
    if (e instanceof java.net.SocketTimeoutException
        || e.getClass().getSimpleName().contains("Timeout")) {
      return new StorageException(TRANSIENT, url, url + ": no answer within " + timeout.toSeconds()
          + " s (timeout of [fs." + fs + "])", e);
    }
    return new StorageException(TRANSIENT, url, url + ": " + rootMessage(e), e);
  }

  /** A fatal alert about the client's certificate, as a server that requires one sends it. */
  private static boolean isRefusedHandshake(Throwable e) {
    String message = rootMessage(e);
    return message.contains("bad_certificate") || message.contains("certificate_required")
        || message.contains("handshake_failure") || message.contains("unknown_ca")
        || message.contains("certificate_expired") || message.contains("access_denied");
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
