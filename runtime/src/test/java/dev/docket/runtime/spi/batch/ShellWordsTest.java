package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
  @Test
  void extraIsSplitLikeAShell() {
    assertThat(ShellWords.split("  a  'b c'\"d\\\"e\" f\\ g '' ")).containsExactly("a", "b cd\"e", "f g", "").inOrder();
    assertThat(ShellWords.split("")).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("a\\"));
    assertThrows(IllegalArgumentException.class, () -> ShellWords.split("\"a"));
  }
}
