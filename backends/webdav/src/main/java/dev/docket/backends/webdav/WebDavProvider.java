package dev.docket.backends.webdav;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * WebDAV storage ({@code davs://}, {@code https://}, {@code dav://}, {@code http://}) over
 * Apache HttpClient 5: dCache's and EOS's HTTP doors, Apache's mod_dav, any server of RFC 4918.
 * Options: {@code ca-dir} (CA certificates in PEM, e.g. /etc/grid-security/certificates), {@code
 * proxy} (an X.509 proxy file, sent as the client certificate), {@code token} or {@code
 * token-file} (a bearer token).
 */
@AutoService(StorageProvider.class)
public final class WebDavProvider implements StorageProvider {
  static final String CA_DIR = "ca-dir";
  static final String PROXY = "proxy";
  static final String TOKEN = "token";
  static final String TOKEN_FILE = "token-file";

  @Override
  public String name() {
    return "webdav";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("davs", "https", "dav", "http");
  }

  @Override
  public List<String> options() {
    return List.of(CA_DIR, PROXY, TOKEN, TOKEN_FILE);
  }

  @Override
  public void check(DocketConfig config, String section) {
    Map<String, String> values = config.section(section);
    if (values.containsKey(TOKEN) && values.containsKey(TOKEN_FILE)) {
      throw new BadInputException("[" + section + "] sets both token (" + config.where(section,
          TOKEN) + ") and token-file (" + config.where(section, TOKEN_FILE) + "); keep one");
    }
    String token = values.get(TOKEN);
    if (token != null && token.isBlank()) {
      throw new BadInputException(config.where(section, TOKEN) + ": token of [" + section
          + "] is empty; write the token, or token-file = <a file that holds it>");
    }
    String caDir = values.get(CA_DIR);
    if (caDir != null) {
      try {
        TlsContexts.caStore(Path.of(caDir));
      } catch (IOException | GeneralSecurityException | RuntimeException e) {
        throw bad(config, section, CA_DIR, "cannot be read as a directory of CA certificates ("
            + e.getMessage() + "); give the directory of the servers' CAs in PEM, e.g."
            + " /etc/grid-security/certificates");
      }
    }
    String proxy = values.get(PROXY);
    if (proxy != null) {
      checkProxy(config, section, Path.of(proxy));
    }
    String tokenFile = values.get(TOKEN_FILE);
    if (tokenFile != null && !Files.isReadable(Path.of(tokenFile))) {
      throw bad(config, section, TOKEN_FILE, "is not a readable file; write the token into it"
          + " or point token-file at the file that holds it");
    }
  }

  private static void checkProxy(DocketConfig config, String section, Path proxy) {
    PemFiles.Credential credential;
    try {
      credential = PemFiles.credential(proxy);
    } catch (IOException | RuntimeException e) {
      throw bad(config, section, PROXY, "cannot be read as an X.509 proxy (" + e.getMessage()
          + "); make one with voms-proxy-init, or point proxy at it");
    }
    X509Certificate first = credential.chain().get(0);
    if (first.getNotAfter().toInstant().isBefore(Instant.now())) {
      throw bad(config, section, PROXY, "expired at " + first.getNotAfter().toInstant()
          + "; renew it with voms-proxy-init");
    }
  }

  private static BadInputException bad(DocketConfig config, String section, String key,
      String problem) {
    return new BadInputException(config.where(section, key) + ": " + key + " of [" + section
        + "] = " + config.section(section).get(key) + " " + problem);
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) throws IOException {
    if (!DavUrls.serves(base.getScheme())) {
      throw new StorageException(StorageException.Kind.PERMANENT, base, base + ": webdav serves"
          + " davs://, https://, dav:// and http:// URLs; fix base or protocol in [fs."
          + settings.fs() + "]");
    }
    Optional<Path> caDir = settings.option(CA_DIR).map(Path::of);
    Optional<Path> proxy = settings.option(PROXY).map(Path::of);
    Optional<BearerToken> token =
        BearerToken.of(settings.fs(), settings.option(TOKEN), settings.option(TOKEN_FILE));
    TlsContexts.Tls tls;
    try {
      tls = TlsContexts.of(caDir, proxy);
    } catch (IOException | GeneralSecurityException e) {
      throw new StorageException(StorageException.Kind.PERMANENT, base, base + ": cannot set up"
          + " TLS from ca-dir/proxy of [fs." + settings.fs() + "]: " + e.getMessage(), e);
    }
    Faults faults = new Faults(settings.fs(), settings.timeout(), token, proxy.isPresent(),
        caDir.isPresent(), tls.askedWithoutCertificate()::get);
    return new WebDavClient(HttpClients5.create(tls.context(), settings.timeout()), token, faults);
  }
}
