package dev.docket.runtime.spi;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.fixtures.Calib_Builder;
import dev.docket.runtime.fixtures.Calib_Family;
import dev.docket.runtime.fixtures.Plot;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Reconstruction_Builder;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Builder;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import org.junit.jupiter.api.Test;

/** law's {@code req}: copying parameters by name and type from a task of another family. */
class TaskBuilderCopyTest {
  private static String idOf(Selection task) {
    return Selection_Family.INSTANCE.id(task).toString();
  }

  @Test
  void copiesEveryParameterWithTheSameNameAndTypeAndDefaultsTheRest() {
    Plot plot = Plot_Family.parse("--dataset", "wjets", "--version", "v2");

    assertThat(idOf(Selection_Builder.req(plot).build()))
        .isEqualTo("Selection(dataset=wjets, minJets=4, version=v2)");
  }

  @Test
  void aValueSetBeforeTheCopyIsKept() {
    Plot plot = Plot_Family.parse("--dataset", "wjets", "--version", "v2");

    Selection selection = TaskBuilder.of(Selection_Family.INSTANCE)
        .set(Selection_Params.VERSION, "v9")
        .copyFrom(plot)
        .build();

    assertThat(idOf(selection)).isEqualTo("Selection(dataset=wjets, minJets=4, version=v9)");
  }

  @Test
  void successiveCopiesFromDifferentTasksTakeEachOnesValues() {
    // The last copy is cached for a fan of many tasks built from one: it must not leak.
    Plot first = Plot_Family.parse("--dataset", "a", "--version", "v1");
    Plot second = Plot_Family.parse("--dataset", "b", "--version", "v2");

    assertThat(idOf(Selection_Builder.req(first).build())).isEqualTo("Selection(dataset=a, minJets=4, version=v1)");
    assertThat(idOf(Selection_Builder.req(second).build())).isEqualTo("Selection(dataset=b, minJets=4, version=v2)");
    assertThat(idOf(Selection_Builder.req(first).build())).isEqualTo("Selection(dataset=a, minJets=4, version=v1)");
  }

  @Test
  void oneTaskCopiedIntoTwoFamiliesFillsEachWithItsOwnParameters() {
    Selection selection = Selection_Family.parse("--dataset", "zz", "--min-jets", "6", "--version", "v3");

    assertThat(Reconstruction_Family.INSTANCE.id(Reconstruction_Builder.req(selection).build()).toString())
        .isEqualTo("Reconstruction(dataset=zz, version=v3)");
    // Calib shares minJets (same name, same type) and nothing else.
    assertThat(Calib_Family.INSTANCE.id(Calib_Builder.req(selection).build()).toString())
        .isEqualTo("ttbar.Calib(minJets=6, verbose=false)");
    assertThat(idOf(Selection_Builder.req(selection).build()))
        .isEqualTo("Selection(dataset=zz, minJets=6, version=v3)");
  }

  @Test
  void copyingFromAnObjectThatIsNoTaskSaysWhatIsMissing() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Selection_Builder.req("not a task"));

    assertThat(e).hasMessageThat().isEqualTo("java.lang.String is not a known @Task class: is it annotated"
        + " with @Task and was the Docket annotation processor run on it?");
  }
}
