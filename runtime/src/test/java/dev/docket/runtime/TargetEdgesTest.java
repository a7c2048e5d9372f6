package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The edges of the user API's local target and command that the broader tests pass by. */
class TargetEdgesTest {
  @Test
  void aLocalPathIsUnsafeOnlyWhenItLeavesTheStore() {
    assertThat(LocalFileTarget.of(Path.of("a/b.txt")).unsafePath()).isNull();
    assertThat(LocalFileTarget.of(Path.of("../b.txt")).unsafePath()).isEqualTo("../b.txt");
  }

  @Test
  void aCommandRefusesANulAnywhereAndPrintsAsItsWords() {
    assertThrows(IllegalArgumentException.class, () -> Command.of("ls", "\0a"));
    assertThrows(IllegalArgumentException.class, () -> Command.of("ls", "a\0"));
    assertThat(Command.of("ls", "-l", "a b").toString()).isEqualTo("ls -l a b");
  }
}
