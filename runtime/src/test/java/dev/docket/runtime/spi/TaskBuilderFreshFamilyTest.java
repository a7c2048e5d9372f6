package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Lazy_Family;
import dev.docket.runtime.fixtures.Plot;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TaskBuilder}'s per-family caches (the copy map, the parsed defaults) computed afresh:
 * each test builds for a family no other test has used (a new {@link ForwardingTaskFamily}), so
 * that what is checked is the computation, not a value another test left in the cache. Also a
 * builder used again, and the messages of bad and missing values.
 */
class TaskBuilderFreshFamilyTest {
  private static TaskFamily<Selection> fresh() {
    return new ForwardingTaskFamily<>(Selection_Family.INSTANCE) {};
  }

  private static String idOf(Selection task) {
    return Selection_Family.INSTANCE.id(task).toString();
  }

  @Test
  void aFreshFamilyCopiesByNameAndTypeAndDefaultsTheRest() {
    Plot plot = Plot_Family.parse("--dataset", "wjets", "--version", "v2");

    assertThat(idOf(TaskBuilder.of(fresh()).copyFrom(plot).build()))
        .isEqualTo("Selection(dataset=wjets, minJets=4, version=v2)");
  }

  @Test
  void aFreshFamilyParsesItsDefaults() {
    assertThat(idOf(TaskBuilder.of(fresh()).set(Selection_Params.DATASET, "a").build()))
        .isEqualTo("Selection(dataset=a, minJets=4, version=v1)");
  }

  @Test
  void aParameterThatDoesNotPropagateIsNotCopied() {
    ParamSpec<String> version = ParamSpec.optional(2, "version", "java.lang.String", Converters.STRING,
        "v1", true, false, "");
    TaskFamily<Selection> family = new ForwardingTaskFamily<>(Selection_Family.INSTANCE) {
      @Override
      public List<ParamSpec<?>> params() {
        return List.of(Selection_Params.DATASET, Selection_Params.MIN_JETS, version);
      }
    };
    Plot plot = Plot_Family.parse("--dataset", "wjets", "--version", "v2");

    assertThat(idOf(TaskBuilder.of(family).copyFrom(plot).build()))
        .isEqualTo("Selection(dataset=wjets, minJets=4, version=v1)");
  }

  @Test
  void aBuilderUsedAgainLeavesTheTaskItBuiltAsItWas() {
    TaskBuilder<Selection> builder = TaskBuilder.of(Selection_Family.INSTANCE).set(Selection_Params.DATASET, "a");
    Selection first = builder.build();

    Selection second = builder.set(Selection_Params.DATASET, "b").build();

    assertThat(idOf(first)).isEqualTo("Selection(dataset=a, minJets=4, version=v1)");
    assertThat(idOf(second)).isEqualTo("Selection(dataset=b, minJets=4, version=v1)");
  }

  @Test
  void setTextReturnsTheBuilderAndRefusesANulEvenAtTheStart() {
    TaskBuilder<Selection> builder = TaskBuilder.of(Selection_Family.INSTANCE);

    assertThat(builder.setText(Selection_Params.DATASET, "a")).isSameInstanceAs(builder);
    BadInputException e = assertThrows(BadInputException.class,
        () -> builder.setText(Selection_Params.DATASET, "\0x"));
    assertThat(e).hasMessageThat().endsWith(": expected text without the NUL character (\\u0000)");
  }

  @Test
  void aBadValueSaysWhatWasExpectedAndWhyOnlyWhenTheConverterSaidMore() {
    TaskBuilder<Selection> builder = TaskBuilder.of(Selection_Family.INSTANCE);
    ParamSpec<List<Integer>> numbers = ParamSpec.optional(1, "numbers", "java.util.List<java.lang.Integer>",
        Converters.listOf(Converters.INT), "", true, "");

    BadInputException plain = assertThrows(BadInputException.class,
        () -> builder.setText(Selection_Params.MIN_JETS, "many"));
    BadInputException detailed = assertThrows(BadInputException.class, () -> builder.setText(numbers, "1,x"));

    assertThat(plain).hasMessageThat().isEqualTo("bad value 'many' for --min-jets of Selection: expected "
        + Selection_Params.MIN_JETS.converter().expectation());
    assertThat(detailed).hasMessageThat().startsWith("bad value '1,x' for --numbers of Selection: expected "
        + numbers.converter().expectation() + " (item 2 of 2 is 'x'");
  }

  @Test
  void aMissingRequiredValueNamesItsSimpleType() {
    BadInputException e = assertThrows(BadInputException.class, () -> TaskBuilder.of(fresh()).build());

    assertThat(e).hasMessageThat().isEqualTo("Selection needs parameter --dataset (String): give it on the"
        + " command line, in the [Selection] section of docket.cfg, or set it where the task is built");
  }

  @Test
  void anUnknownOptionOfAFamilyWithoutParametersSaysSo() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> TaskArgs.parse(Lazy_Family.INSTANCE, new String[] {"--x"}));

    assertThat(e).hasMessageThat().endsWith(" (it has no parameters)");
  }
}
