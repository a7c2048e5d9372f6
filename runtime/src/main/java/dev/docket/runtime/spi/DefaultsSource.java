package dev.docket.runtime.spi;

import dev.docket.runtime.spi.param.ParamSpec;

/**
 * Where parameter values come from when neither the command line nor the builder sets them,
 * before the {@code defaultValue} of {@code @Param}: the {@code [Family]} sections of
 * {@code docket.cfg}.
 */
@FunctionalInterface
public interface DefaultsSource {
  /** No configured values: every parameter falls back to its {@code defaultValue}. */
  DefaultsSource NONE = (family, spec) -> null;

  /** The configured value for {@code spec} of {@code family}, or {@code null}. */
  Configured lookup(String family, ParamSpec<?> spec);

  /**
   * A configured value, with where it came from: looked up together, as a value has an origin
   * only where it has a text.
   *
   * @param text the value as written, e.g. {@code 6}
   * @param origin where, for messages, e.g. {@code [Selection] min-jets in /a/docket.cfg, line 4}
   */
  record Configured(String text, String origin) {}
}
