package dev.docket.runtime;

import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Resets the process-wide state the runtime keeps (store, configured defaults) for a test. */
public final class TestStores {
  private TestStores() {}

  public static void reset(Path store) {
    LocalStore.install(store);
    ParamDefaults.install(DefaultsSource.NONE);
  }

  /** A new temporary directory, {@link #reset} as the process's store. */
  public static Path installTemporary(String prefix) throws IOException {
    Path store = Files.createTempDirectory(prefix);
    reset(store);
    return store;
  }

  /** Removes {@code store} and everything in it. */
  public static void delete(Path store) throws IOException {
    try (Stream<Path> files = Files.walk(store)) {
      files.sorted(Comparator.reverseOrder()).forEach(TestStores::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
