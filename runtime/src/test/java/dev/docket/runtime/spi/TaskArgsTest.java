package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Calib;
import dev.docket.runtime.fixtures.Calib_Family;
import dev.docket.runtime.fixtures.Calib_Params;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line grammar of task parameters: a bare {@code --flag} for a boolean. */
class TaskArgsTest {
  private static ParamValues values(String... args) {
    Calib task = TaskArgs.parse(Calib_Family.INSTANCE, args);
    return Calib_Params.valuesOf(task);
  }

  @Test
  void aBareBooleanOptionAtTheEndMeansTrue() {
    ParamValues values = values("--min-jets", "6", "--verbose");
    assertThat(values.get(Calib_Params.VERBOSE)).isTrue();
    assertThat(values.get(Calib_Params.MIN_JETS)).isEqualTo(6);
  }

  @Test
  void aBareBooleanOptionBeforeAnotherOptionMeansTrueAndTheOptionIsStillRead() {
    ParamValues values = values("--verbose", "--min-jets", "6");
    assertThat(values.get(Calib_Params.VERBOSE)).isTrue();
    assertThat(values.get(Calib_Params.MIN_JETS)).isEqualTo(6);
  }

  @Test
  void aBooleanOptionStillTakesAnExplicitValue() {
    assertThat(values("--verbose", "false").get(Calib_Params.VERBOSE)).isFalse();
    assertThat(values("--verbose=false").get(Calib_Params.VERBOSE)).isFalse();
    assertThat(values().get(Calib_Params.VERBOSE)).isFalse(); // the default
  }

  @Test
  void anOptionOfAnotherTypeNeedsItsValue() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> values("--verbose", "--min-jets"));
    assertThat(e).hasMessageThat().startsWith("option --min-jets of ttbar.Calib needs a value: ");
    // Not read as a flag: "--verbose" is not the value of a number.
    BadInputException before =
        assertThrows(BadInputException.class, () -> values("--min-jets", "--verbose"));
    assertThat(before).hasMessageThat().contains("--min-jets");
  }

  @Test
  void formatGivesEveryParameterExplicitlyAndParsesBackToTheSameTask() {
    Selection task = TaskArgs.parse(Selection_Family.INSTANCE, "--dataset", "two words", "--min-jets", "6");

    List<String> args = TaskArgs.format(Selection_Family.INSTANCE, task);

    assertThat(args).containsExactly("--dataset=two words", "--min-jets=6", "--version=v1").inOrder();
    assertThat(Selection_Family.INSTANCE.id(TaskArgs.parse(Selection_Family.INSTANCE, args.toArray(String[]::new))))
        .isEqualTo(Selection_Family.INSTANCE.id(task));
  }
}
