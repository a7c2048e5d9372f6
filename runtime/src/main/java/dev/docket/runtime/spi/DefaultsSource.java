package dev.docket.runtime.spi;

import dev.docket.runtime.spi.param.ParamSpec;

/**
 * Where parameter values come from when neither the command line nor the builder sets them,
 * before the {@code defaultValue} of {@code @Param}: the {@code [Family]} sections of
 * {@code docket.cfg}.
 */
public interface DefaultsSource {
  /** No configured values: every parameter falls back to its {@code defaultValue}. */
  DefaultsSource NONE =
      new DefaultsSource() {
        @Override
        public String lookup(String family, ParamSpec<?> spec) {
          return null;
        }

        @Override
        public String origin(String family, ParamSpec<?> spec) {
          return "nowhere";
        }
      };

  /** The configured text for {@code spec} of {@code family}, or {@code null}. */
  String lookup(String family, ParamSpec<?> spec);

  /** Where that text came from, for messages, e.g. {@code [Selection] min-jets in /a/docket.cfg}. */
  String origin(String family, ParamSpec<?> spec);
}
