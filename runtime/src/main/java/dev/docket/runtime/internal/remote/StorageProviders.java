package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.StorageProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The storage protocols on the class path, found with {@link ServiceLoader}, and the module a
 * user adds for a protocol that is missing.
 */
public final class StorageProviders {
  /** The module that serves each scheme or protocol name, for the message when it is absent. */
  private static final Map<String, String> MODULES = Map.ofEntries(
      Map.entry("root", "docket-backend-xrootd"),
      Map.entry("xroot", "docket-backend-xrootd"),
      Map.entry("xrootd", "docket-backend-xrootd"),
      Map.entry("davs", "docket-backend-webdav"),
      Map.entry("dav", "docket-backend-webdav"),
      Map.entry("https", "docket-backend-webdav"),
      Map.entry("http", "docket-backend-webdav"),
      Map.entry("webdav", "docket-backend-webdav"),
      Map.entry("s3", "docket-backend-s3"),
      Map.entry("gfal", "docket-backend-gfal"),
      Map.entry("srm", "docket-backend-gfal"),
      Map.entry("gsiftp", "docket-backend-gfal"));

  private final List<StorageProvider> providers;

  StorageProviders(List<StorageProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /** The providers on the class path of the runtime. */
  public static StorageProviders load() {
    List<StorageProvider> found = new ArrayList<>();
    ServiceLoader.load(StorageProvider.class, StorageProvider.class.getClassLoader())
        .forEach(found::add);
    return new StorageProviders(found);
  }

  public List<StorageProvider> all() {
    return providers;
  }

  /** The provider whose {@link StorageProvider#name()} is {@code protocol}, or {@code null}. */
  StorageProvider byName(String protocol) {
    for (StorageProvider provider : providers) {
      if (provider.name().equalsIgnoreCase(protocol)) {
        return provider;
      }
    }
    return null;
  }

  /** The provider that serves {@code scheme}, or {@code null}. */
  StorageProvider byScheme(String scheme) {
    for (StorageProvider provider : providers) {
      for (String served : provider.schemes()) {
        if (served.equalsIgnoreCase(scheme)) {
          return provider;
        }
      }
    }
    return null;
  }

  /** The names of the installed protocols, for messages. */
  String names() {
    TreeSet<String> names = new TreeSet<>();
    providers.forEach(provider -> names.add(provider.name()));
    return String.join(", ", names);
  }

  /** The advice for a scheme or protocol with no provider: the module to add, when known. */
  static String moduleFor(String schemeOrProtocol) {
    String module = MODULES.get(schemeOrProtocol.toLowerCase(Locale.ROOT));
    return module == null
        ? "add the module of a storage backend that serves it to the analysis's dependencies"
        : "add the dependency dev.docket:" + module + " to the analysis";
  }
}
