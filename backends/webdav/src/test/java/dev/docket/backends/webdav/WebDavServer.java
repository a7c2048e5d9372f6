package dev.docket.backends.webdav;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Apache WebDAV server of {@code scripts/webdav-up.sh}, found through the settings file it
 * writes ({@code /tmp/docket-webdav/webdav.env}, or the file named by env {@code
 * DOCKET_WEBDAV_ENV}). Checked before each test by the rule of {@link RequiredService}: skipped
 * where the server is not running, failed where {@code DOCKET_REQUIRE_SERVICES=1} (CI).
 */
final class WebDavServer implements BeforeEachCallback {
  static final Path ENV_FILE = Path.of(System.getenv().getOrDefault(
      "DOCKET_WEBDAV_ENV", "/tmp/docket-webdav/webdav.env"));

  private static Map<String, String> settings;

  @Override
  public void beforeEach(ExtensionContext context) {
    String problem = problem();
    RequiredService.require(problem == null,
        problem + ": start it with scripts/webdav-up.sh (as root)");
  }

  private static String problem() {
    if (!Files.isReadable(ENV_FILE)) {
      return "no WebDAV test server (" + ENV_FILE + " is missing)";
    }
    URI http = url("DOCKET_WEBDAV_HTTP");
    return RequiredService.accepts(http.getPort())
        ? null
        : "the WebDAV test server at " + http + " does not answer";
  }

  /** A value of the settings file, e.g. {@code DOCKET_WEBDAV_CA_DIR}. */
  static synchronized String setting(String key) {
    if (settings == null) {
      Map<String, String> read = new HashMap<>();
      try {
        for (String line : Files.readAllLines(ENV_FILE)) {
          int eq = line.indexOf('=');
          if (!line.startsWith("#") && eq > 0) {
            read.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + ENV_FILE, e);
      }
      settings = read;
    }
    String value = settings.get(key);
    if (value == null) {
      throw new IllegalStateException(ENV_FILE + " has no " + key + ": run scripts/webdav-up.sh");
    }
    return value;
  }

  static URI url(String key) {
    return URI.create(setting(key));
  }

  /** The webdav provider as the runtime finds it. */
  static StorageProvider provider() {
    return ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("webdav"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no StorageProvider named webdav is registered"));
  }

  /** A client of {@code base} with these options of {@code [fs.test]}. */
  static StorageClient open(URI base, Map<String, String> options) throws IOException {
    return provider().open(new StorageSettings("test", Duration.ofSeconds(20), options), base);
  }
}
