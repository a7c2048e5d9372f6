package dev.docket.backends.gfal;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * gfal2's protocols: {@code srm://} and {@code gsiftp://} bases, and any base of a section with
 * {@code protocol = gfal}. Options: {@code definitions}, gfal2 settings passed as {@code -D}
 * (several separated by ';', e.g. {@code S3:REGION=us-east-1; XROOTD PLUGIN:NORMAL_TIMEOUT=60}),
 * and {@code proxy}, the X.509 proxy file (else gfal2 finds {@code X509_USER_PROXY} or
 * {@code /tmp/x509up_u<uid>} itself).
 */
@AutoService(StorageProvider.class)
public final class GfalProvider implements StorageProvider {
  static final String DEFINITIONS = "definitions";
  static final String PROXY = "proxy";

  @Override
  public String name() {
    return "gfal";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("srm", "gsiftp", "gridftp");
  }

  @Override
  public List<String> options() {
    return List.of(DEFINITIONS, PROXY);
  }

  @Override
  public void check(DocketConfig config, String section) {
    List<String> missing = missingTools(System.getenv("PATH"));
    if (!missing.isEmpty()) {
      throw new BadInputException("[" + section + "] in " + config.where(section) + " uses gfal2, but "
          + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not on the PATH: "
          + "install gfal2's command line and the plugins of your protocols (Debian: apt-get install "
          + "gfal2-util-scripts python3-gfal2-util gfal2-plugin-file gfal2-plugin-http "
          + "gfal2-plugin-xrootd gfal2-plugin-srm gfal2-plugin-gridftp; or scripts/gfal-setup.sh)");
    }
    Map<String, String> options = config.section(section);
    String proxy = options.get(PROXY);
    if (proxy != null && !Files.isReadable(Path.of(proxy.trim()))) {
      throw new BadInputException("[" + section + "] proxy " + proxy.trim() + " in "
          + config.where(section, PROXY) + " is not a readable file: make one with voms-proxy-init, "
          + "or fix the path");
    }
    for (String definition : definitions(options.get(DEFINITIONS))) {
      if (definition.indexOf('=') <= 0 || definition.indexOf(':') <= 0) {
        throw new BadInputException("bad value '" + definition + "' for [" + section + "] definitions in "
            + config.where(section, DEFINITIONS) + ": expected GROUP:KEY=VALUE settings separated by ';', "
            + "e.g. S3:REGION=us-east-1");
      }
    }
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) {
    GfalCli cli = new GfalCli(definitions(settings.option(DEFINITIONS).orElse(null)),
        settings.option(PROXY).map(String::trim).map(Path::of), settings.timeout());
    return new GfalStorage(cli, new GfalErrors(settings.fs()));
  }

  static List<String> definitions(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split(";")).map(String::trim).filter(d -> !d.isEmpty()).toList();
  }

  /** The gfal2 tools that no directory of {@code path} (a PATH value) holds. */
  static List<String> missingTools(String path) {
    List<String> dirs = path == null ? List.of() : Arrays.asList(path.split(File.pathSeparator));
    return GfalCli.TOOLS.stream()
        .filter(tool -> dirs.stream().noneMatch(
            dir -> Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, tool))))
        .toList();
  }
}
