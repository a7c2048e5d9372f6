package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Backslashes inside double quotes, at the end and before a quote. */
class ShellWordsEdgesTest {
  @Test
  void aBackslashInDoubleQuotesEscapesOnlyTheNextSpecialCharacter() {
    assertThat(ShellWords.split("\"a\\\"b\"")).containsExactly("a\"b");
    assertThat(ShellWords.split("\"a\\b\"")).containsExactly("a\\b");
  }

  @Test
  void aBackslashEndingAnOpenDoubleQuoteLeavesTheQuoteOpen() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShellWords.split("\"a\\"));

    assertThat(e).hasMessageThat().contains("double quote");
  }
}
