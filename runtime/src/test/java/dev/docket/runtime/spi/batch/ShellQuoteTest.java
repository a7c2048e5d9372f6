package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quoting of words written into job files, and the text of a job file's comments. */
class ShellQuoteTest {
  @Test
  void aSingleQuoteIsClosedEscapedAndReopened() {
    assertThat(ShellQuote.quote("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
    assertThat(ShellQuote.quote("")).isEqualTo("''");
  }

  @Test
  void wordsAreJoinedByOneSpaceEachQuoted() {
    assertThat(ShellQuote.join(List.of("a", "b c", ""))).isEqualTo("'a' 'b c' ''");
    assertThat(ShellQuote.join(List.of("", "x"))).isEqualTo("'' 'x'");
    assertThat(ShellQuote.join(List.of())).isEmpty();
  }

  @Test
  void aCommentStaysOneLine() {
    assertThat(ShellQuote.commentText("a\r\nb\nc")).isEqualTo("a  b c");
  }
}
