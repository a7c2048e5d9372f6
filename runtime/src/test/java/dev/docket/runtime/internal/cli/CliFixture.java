package dev.docket.runtime.internal.cli;

import dev.docket.runtime.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tests' common ground: a fresh working directory {@link #dir} and a
 * {@link CliRunner} in it. The process-wide store is pointed elsewhere first, so a command that
 * forgot to install the working directory's own store writes where the test sees it missing.
 */
abstract class CliFixture {
  @TempDir Path dir;
  CliRunner cli;

  @BeforeEach
  final void freshStore() {
    TestStores.reset(dir.resolve("elsewhere"));
    cli = new CliRunner(dir);
  }
}
