package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" hint: the nearest name in edits, only when it is near. */
class SuggestionsTest {
  private static final List<String> OPTIONS = List.of("--min-jets", "--max-jets", "--dataset");

  @Test
  void nearestNameWithinAThirdOfTheLengthIsSuggested() {
    assertThat(TaskArgs.Suggestions.closest("--datset", OPTIONS)).isEqualTo("--dataset");
    assertThat(TaskArgs.Suggestions.closest("--MIN-JETS", OPTIONS)).isEqualTo("--min-jets");
    // A tie goes to the first candidate.
    assertThat(TaskArgs.Suggestions.closest("--man-jets", OPTIONS)).isEqualTo("--min-jets");
  }

  @Test
  void farNamesAndNoCandidatesSuggestNothing() {
    assertThat(TaskArgs.Suggestions.closest("--threshold", OPTIONS)).isNull();
    assertThat(TaskArgs.Suggestions.closest("run", List.of())).isNull();
    // Short names may still be 2 edits away.
    assertThat(TaskArgs.Suggestions.closest("ls", List.of("list"))).isEqualTo("list");
    assertThat(TaskArgs.Suggestions.closest("x", List.of("list"))).isNull();
  }

  @Test
  void hintIsEmptyWhenNothingIsNear() {
    assertThat(TaskArgs.Suggestions.didYouMean("--datset", OPTIONS))
        .isEqualTo("; did you mean --dataset?");
    assertThat(TaskArgs.Suggestions.didYouMean("--threshold", OPTIONS)).isEmpty();
  }
}
