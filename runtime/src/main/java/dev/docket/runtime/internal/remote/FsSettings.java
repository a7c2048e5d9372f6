package dev.docket.runtime.internal.remote;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.Durations;
import dev.docket.runtime.spi.param.Quoting;
import dev.docket.runtime.spi.param.ResourceAmounts;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code [fs.<name>]} section, read and checked: its bases (each ending in '/'), the
 * provider that serves them, retries, time-outs and the cache. A bad value is bad input naming
 * the key, its line and the fix.
 *
 * @param fs the name after {@code fs.}
 * @param bases the base URLs, in the order written; requests start at one in turn and fail over
 *     to the next
 * @param provider the protocol that serves every base
 * @param retries how often a request is tried again on one base after a transient fault
 * @param retryDelay the pause before the first retry, doubled for each further one
 * @param cache the directory of local copies
 * @param cacheSize the size beyond which the least recently used copies are evicted, in bytes
 * @param cacheMaxAge how long after the storage last confirmed a copy it is used without asking
 *     again; zero (the default): every use asks
 * @param settings what the provider is given (time-out and its own options)
 */
public record FsSettings(
    String fs,
    List<URI> bases,
    StorageProvider provider,
    int retries,
    Duration retryDelay,
    Path cache,
    long cacheSize,
    Duration cacheMaxAge,
    StorageSettings settings) {
  public static final String PREFIX = "fs.";
  static final List<String> COMMON_KEYS =
      List.of("base", "protocol", "cache", "cache-size", "cache-max-age", "retries",
          "retry-delay", "timeout");
  static final int DEFAULT_RETRIES = 3;
  static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(1);
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  static final long DEFAULT_CACHE_SIZE = 10L << 30;

  public FsSettings {
    bases = List.copyOf(bases);
  }

  /** The section of file system {@code fs}: {@code fs.<fs>}. */
  public static String section(String fs) {
    return PREFIX + fs;
  }

  /**
   * Reads {@code [section]} of {@code config}.
   *
   * @throws BadInputException for the first bad value
   */
  public static FsSettings read(DocketConfig config, String section, StorageProviders providers) {
    Map<String, String> values = config.section(section);
    String fs = section.substring(PREFIX.length());
    List<URI> bases = bases(config, section, values.get("base"));
    StorageProvider provider = provider(config, section, values.get("protocol"), bases, providers);
    int retries = retries(config, section, values.get("retries"));
    Duration delay = duration(config, section, "retry-delay", values, DEFAULT_RETRY_DELAY);
    Duration timeout = duration(config, section, "timeout", values, DEFAULT_TIMEOUT);
    if (timeout.isZero() || timeout.isNegative()) {
      throw bad(config, section, "timeout", values.get("timeout"), "a positive duration");
    }
    Path cache = cache(config, section, fs, values.get("cache"));
    Duration maxAge = duration(config, section, "cache-max-age", values, Duration.ZERO);
    long size = DEFAULT_CACHE_SIZE;
    String sizeText = values.get("cache-size");
    if (sizeText != null) {
      try {
        size = ResourceAmounts.parseAmount(sizeText);
      } catch (IllegalArgumentException e) {
        throw bad(config, section, "cache-size", sizeText, "a size such as 500M or 10G");
      }
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (String key : provider.options()) {
      if (values.containsKey(key)) {
        options.put(key, values.get(key).strip());
      }
    }
    for (String key : values.keySet()) {
      if (!COMMON_KEYS.contains(key) && !provider.options().contains(key)) {
        throw new BadInputException("[" + section + "] " + key + " in "
            + config.where(section, key) + " is not an option of the " + provider.name()
            + " protocol that serves " + bases.get(0) + " (its options: "
            + (provider.options().isEmpty() ? "none" : String.join(", ", provider.options()))
            + "); remove it");
      }
    }
    return new FsSettings(fs, bases, provider, retries, delay, cache, size, maxAge,
        new StorageSettings(fs, timeout, options));
  }

  private static List<URI> bases(DocketConfig config, String section, String text) {
    if (text == null || text.isBlank()) {
      throw new BadInputException("[" + section + "] in " + config.where(section)
          + " has no base: add base = <URL of the directory that holds the outputs>, e.g."
          + " base = root://eos.example.org//eos/user/a/analysis/");
    }
    List<URI> bases = new ArrayList<>();
    for (String word : text.strip().split("[\\s,]+")) {
      URI url;
      try {
        url = new URI(word);
      } catch (URISyntaxException e) {
        throw bad(config, section, "base", word, "a URL such as davs://host/path/ (" 
            + e.getReason() + ")");
      }
      if (url.getScheme() == null || url.isOpaque() || url.getRawPath() == null
          || url.getRawPath().isEmpty() || url.getRawQuery() != null
          || url.getRawFragment() != null) {
        throw bad(config, section, "base", word,
            "an absolute URL with a scheme and a path, e.g. davs://host/path/ or file:///data/out/");
      }
      String path = url.getRawPath();
      if (path.contains("/../") || path.endsWith("/..") || path.contains("/./")) {
        throw bad(config, section, "base", word, "a URL without '.' or '..' parts");
      }
      bases.add(path.endsWith("/") ? url : URI.create(word + "/"));
    }
    return bases;
  }

  private static StorageProvider provider(DocketConfig config, String section, String protocol,
      List<URI> bases, StorageProviders providers) {
    if (protocol != null) {
      StorageProvider provider = providers.byName(protocol.strip());
      if (provider == null) {
        throw new BadInputException("unknown protocol '" + Quoting.clean(protocol.strip())
            + "' for [" + section + "] protocol in " + config.where(section, "protocol")
            + ": " + StorageProviders.moduleFor(protocol.strip()) + " (installed protocols: "
            + providers.names() + ")");
      }
      return provider;
    }
    StorageProvider first = null;
    for (URI base : bases) {
      StorageProvider provider = providers.byScheme(base.getScheme());
      if (provider == null) {
        throw new BadInputException("no storage protocol serves " + base.getScheme()
            + ":// URLs, as [" + section + "] base in " + config.where(section, "base")
            + " asks: " + StorageProviders.moduleFor(base.getScheme())
            + " (installed protocols: " + providers.names() + ")");
      }
      if (first != null && provider != first) {
        throw new BadInputException("the bases of [" + section + "] in "
            + config.where(section, "base") + " mix protocols (" + first.name() + " and "
            + provider.name() + "); the bases of one file system are copies of one storage,"
            + " reached by one protocol: make a second [fs.<name>] section for the other");
      }
      first = provider;
    }
    return first;
  }

  private static int retries(DocketConfig config, String section, String text) {
    if (text == null) {
      return DEFAULT_RETRIES;
    }
    try {
      int retries = Integer.parseInt(text.strip());
      if (retries >= 0 && retries <= 100) {
        return retries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(config, section, "retries", text, "a whole number from 0 to 100");
  }

  private static Duration duration(DocketConfig config, String section, String key,
      Map<String, String> values, Duration fallback) {
    String text = values.get(key);
    if (text == null) {
      return fallback;
    }
    try {
      Duration duration = Durations.parse(text);
      if (!duration.isNegative()) {
        return duration;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw bad(config, section, key, text, Durations.EXPECTED);
  }

  private static Path cache(DocketConfig config, String section, String fs, String text) {
    if (text == null || text.isBlank()) {
      return config.store().resolve(".docket").resolve("cache").resolve(fs);
    }
    try {
      Path base = config.file().map(f -> f.toAbsolutePath().getParent()).orElse(config.store());
      return base.resolve(text.strip()).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw bad(config, section, "cache", text, "a directory path");
    }
  }

  private static BadInputException bad(
      DocketConfig config, String section, String key, String value, String expected) {
    return new BadInputException("bad value " + Quoting.quote(value.strip()) + " for ["
        + section + "] " + key + " in " + config.where(section, key) + ": expected " + expected);
  }
}
