package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Graphviz quoting of line ends: each of \n, \r\n and a lone \r is one line break. */
class DotQuoteTest {
  @Test
  void everyKindOfLineEndIsOneBreakAlsoAtEitherEnd() {
    assertThat(DotWriter.quote("a\r")).isEqualTo("\"a\\n\"");
    assertThat(DotWriter.quote("\r\nx")).isEqualTo("\"\\nx\"");
    assertThat(DotWriter.quote("a\rb\r\nc\nd")).isEqualTo("\"a\\nb\\nc\\nd\"");
  }
}
