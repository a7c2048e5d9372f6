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
  void abbreviationsDoNotEndTheSentence() {
    assertThat(Javadocs.firstSentence(" The dataset, e.g. ttbar or wjets. More text.\n"))
        .isEqualTo("The dataset, e.g. ttbar or wjets.");
    assertThat(Javadocs.firstSentence(" Cuts at 2.5 GeV, i.e. loose ones. Then more."))
        .isEqualTo("Cuts at 2.5 GeV, i.e. loose ones.");
  }

  @Test
  void inlineTagsKeepTheirTextAndBlockTagsEnd() {
    assertThat(Javadocs.firstSentence(" Reads {@code v1.2} files\n across lines\n\n More.\n"
        + " @see Foo\n")).isEqualTo("Reads v1.2 files across lines");
    assertThat(Javadocs.firstSentence(null)).isEmpty();
    assertThat(Javadocs.firstSentence("\n @param x the x\n")).isEmpty();
  }
}
