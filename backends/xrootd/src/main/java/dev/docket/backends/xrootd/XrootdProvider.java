package dev.docket.backends.xrootd;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * XRootD ({@code root://}, {@code xroot://}, and {@code roots://} with TLS) through the {@code
 * xrdfs} and {@code xrdcp} command line tools, which bring the grid's authentication (X.509
 * proxies, tokens, Kerberos) as the user has it set up; stats and listings through a small
 * client of the protocol's metadata subset in the JVM where the server asks for none of that.
 */
@AutoService(StorageProvider.class)
public final class XrootdProvider implements StorageProvider {
  static final String INSTALL_ADVICE = "install the XRootD client tools xrdfs and xrdcp"
      + " (Debian/Ubuntu: apt-get install xrootd-client; EL/Fedora: dnf install xrootd-client;"
      + " conda: conda install -c conda-forge xrootd) or put them on the PATH";

  /** Whether stats and listings are spoken in the JVM where the server lets us (default true). */
  static final String JVM_CLIENT = "jvm-client";

  private final String searchPath;

  public XrootdProvider() {
    this(System.getenv().getOrDefault("PATH", ""));
  }

  /** A provider that looks for the tools in {@code searchPath} instead of the PATH. */
  XrootdProvider(String searchPath) {
    this.searchPath = searchPath;
  }

  @Override
  public String name() {
    return "xrootd";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("root", "xroot", "roots");
  }

  @Override
  public List<String> options() {
    return List.of(JVM_CLIENT);
  }

  @Override
  public void check(DocketConfig config, String section) {
    if (XrdTools.find(searchPath).isEmpty()) {
      throw new BadInputException(config.where(section, "base") + ": [" + section
          + "] is on XRootD, but xrdfs or xrdcp is not on the PATH; " + INSTALL_ADVICE);
    }
    String value = config.section(section).get(JVM_CLIENT);
    if (value != null && jvmClient(value).isEmpty()) {
      throw new BadInputException("bad value '" + value + "' for [" + section + "] " + JVM_CLIENT
          + " in " + config.where(section, JVM_CLIENT) + ": expected true (stats and listings"
          + " in the JVM where the server lets us) or false (always through xrdfs)");
    }
  }

  private static Optional<Boolean> jvmClient(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) throws StorageException {
    XrdTools tools = XrdTools.find(searchPath).orElseThrow(() -> new StorageException(
        Kind.PERMANENT, base, base + ": xrdfs or xrdcp is not on the PATH of [fs." + settings.fs()
            + "]'s run; " + INSTALL_ADVICE));
    boolean jvm = settings.option(JVM_CLIENT).flatMap(XrootdProvider::jvmClient).orElse(true);
    return new XrootdClient(tools, settings.timeout(), JvmMetadata.of(base, settings.timeout(), jvm));
  }
}
