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
import java.util.Set;

/**
 * XRootD ({@code root://}, {@code xroot://}, and {@code roots://} with TLS) through the {@code
 * xrdfs} and {@code xrdcp} command line tools: no pure-Java client exists, and the tools bring
 * the grid's authentication (X.509 proxies, tokens, Kerberos) as the user has it set up.
 */
@AutoService(StorageProvider.class)
public final class XrootdProvider implements StorageProvider {
  static final String INSTALL_ADVICE = "install the XRootD client tools xrdfs and xrdcp"
      + " (Debian/Ubuntu: apt-get install xrootd-client; EL/Fedora: dnf install xrootd-client;"
      + " conda: conda install -c conda-forge xrootd) or put them on the PATH";

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
    return List.of();
  }

  @Override
  public void check(DocketConfig config, String section) {
    if (XrdTools.find(searchPath).isEmpty()) {
      throw new BadInputException(config.where(section, "base") + ": [" + section
          + "] is on XRootD, but xrdfs or xrdcp is not on the PATH; " + INSTALL_ADVICE);
    }
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) throws StorageException {
    XrdTools tools = XrdTools.find(searchPath).orElseThrow(() -> new StorageException(
        Kind.PERMANENT, base, base + ": xrdfs or xrdcp is not on the PATH of [fs." + settings.fs()
            + "]'s run; " + INSTALL_ADVICE));
    return new XrootdClient(tools, settings.timeout());
  }
}
