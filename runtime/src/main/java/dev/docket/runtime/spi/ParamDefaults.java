package dev.docket.runtime.spi;

import java.util.Objects;

/**
 * The {@link DefaultsSource} in force for this process. The command line installs the one read
 * from {@code docket.cfg} before it builds any task, so that tasks built by generated builders
 * inside {@code @Requires} methods see the configuration too.
 */
public final class ParamDefaults {
  private static volatile DefaultsSource current = DefaultsSource.NONE;

  private ParamDefaults() {}

  public static DefaultsSource current() {
    return current;
  }

  public static void install(DefaultsSource source) {
    current = Objects.requireNonNull(source);
  }
}
