package dev.docket.runtime;

import dev.docket.runtime.target.LocalStore;
import dev.docket.runtime.task.DefaultsSource;
import dev.docket.runtime.task.ParamDefaults;
import java.nio.file.Path;

/** Resets the process-wide state the runtime keeps (store, configured defaults) for a test. */
public final class TestStores {
  private TestStores() {}

  public static void reset(Path store) {
    LocalStore.install(store);
    ParamDefaults.install(DefaultsSource.NONE);
  }
}
