package dev.docket.runtime.task;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.param.Quoting;
import org.junit.jupiter.api.Test;

/** User text in one-line messages: escaped always, shortened only by {@code clean}. */
class QuotingTest {
  private static final String LONG = "x".repeat(100);

  @Test
  void escapeKeepsEveryCharacterOnOneLine() {
    assertThat(Quoting.escape("a\nb\tc\u0000d\u2028")).isEqualTo("a\\nb\\tc\\u0000d\\u2028");
    assertThat(Quoting.escape(LONG)).isEqualTo(LONG);
  }

  @Test
  void cleanAndQuoteShortenLongText() {
    assertThat(Quoting.clean(LONG)).isEqualTo("x".repeat(80) + "...(100 characters)");
    assertThat(Quoting.clean("x".repeat(80))).isEqualTo("x".repeat(80));
    assertThat(Quoting.quote("a\rb")).isEqualTo("'a\\rb'");
  }
}
