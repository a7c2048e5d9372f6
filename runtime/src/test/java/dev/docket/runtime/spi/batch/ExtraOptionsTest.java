package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.config.SectionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The one reading of a batch section's {@code extra}, which sbatch, bsub and qsub share. */
class ExtraOptionsTest {
  @Test
  void wordsAreSplitLikeAShellWouldAndEachIsAskedAboutInOrder() {
    List<String> asked = new ArrayList<>();

    List<String> words = ExtraOptions.read(section("--mail-type=END --comment 'two words'"), "sbatch", word -> {
      asked.add(word);
      return Optional.empty();
    });

    assertThat(words).containsExactly("--mail-type=END", "--comment", "two words").inOrder();
    assertThat(asked).isEqualTo(words);
  }

  @Test
  void anUnsetExtraIsNoWords() {
    SectionReader section = new SectionReader(config(Map.of("queue", "short")), "lsf");

    assertThat(ExtraOptions.read(section, "bsub", word -> Optional.of("nothing"))).isEmpty();
  }

  @Test
  void anUnclosedQuoteIsBadInputNamingTheToolTheValueAndItsLine() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> ExtraOptions.read(section("-q 'short"), "bsub", word -> Optional.empty()));

    assertThat(e).hasMessageThat().startsWith(
        "bad value '-q 'short' for [lsf] extra in /a/docket.cfg: expected bsub options split like a shell would, but ");
  }

  @Test
  void aRefusedWordIsBadInputWithTheBackendsAdviceAndTheWholeValue() {
    BadInputException e = assertThrows(BadInputException.class, () -> ExtraOptions.read(
        section("-q short -J mine -o log"), "bsub",
        word -> word.startsWith("-J") || word.startsWith("-o")
            ? Optional.of("bsub options other than " + word)
            : Optional.empty()));

    assertThat(e).hasMessageThat().isEqualTo(
        "bad value '-q short -J mine -o log' for [lsf] extra in /a/docket.cfg: expected bsub options other than -J");
  }

  private static SectionReader section(String extra) {
    return new SectionReader(config(Map.of("extra", extra)), "lsf");
  }

  private static DocketConfig config(Map<String, String> lsf) {
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(), Map.of("lsf", lsf));
  }
}
