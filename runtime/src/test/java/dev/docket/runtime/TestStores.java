package dev.docket.runtime;

import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import java.nio.file.Path;

/** Resets the process-wide state the runtime keeps (store, configured defaults) for a test. */
public final class TestStores {
  private TestStores() {}

  public static void reset(Path store) {
    LocalStore.install(store);
    ParamDefaults.install(DefaultsSource.NONE);
  }
}
