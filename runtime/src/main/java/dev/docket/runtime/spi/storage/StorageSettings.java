package dev.docket.runtime.spi.storage;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What a provider is given of one {@code [fs.<name>]} section.
 *
 * @param fs the section's name without {@code fs.}, e.g. {@code eos}, for messages
 * @param timeout the longest one request may take before it counts as a transient fault
 * @param options this provider's own keys ({@link StorageProvider#options()}) as written,
 *     {@code ${...}} references expanded
 */
public record StorageSettings(String fs, Duration timeout, Map<String, String> options) {
  public StorageSettings {
    options = Map.copyOf(options);
  }

  /** The value of one of the provider's own keys, if configured. */
  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key));
  }
}
