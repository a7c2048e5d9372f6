package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.processor.base.Javadocs;
import org.junit.jupiter.api.Test;

class JavadocsTest {
  @Test
  void firstSentenceOnly() {
    assertThat(Javadocs.firstSentence(" Selects events of one dataset. Test fixture.\n"))
        .isEqualTo("Selects events of one dataset.");
  }

  @Test
  void inlineTagsKeepTheirTextAndBlockTagsEnd() {
    assertThat(Javadocs.firstSentence(" Reads {@code v1.2} files\n across lines\n\n More.\n"
        + " @see Foo\n")).isEqualTo("Reads v1.2 files across lines");
    assertThat(Javadocs.firstSentence(null)).isEmpty();
    assertThat(Javadocs.firstSentence("\n @param x the x\n")).isEmpty();
  }
}
