package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.TaskFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code idOf} writes a task's identity out per parameter, for speed; it must be
 * exactly the identity the runtime derives from the parameter values, or the same task would
 * be two nodes of a graph.
 */
class GeneratedIdentityTest {
  @Test
  void generatedIdentityEqualsTheOneDerivedFromTheValues() {
    assertSameIdentity(Selection_Family.INSTANCE,
        Selection_Builder.create().dataset("ttbar").minJets(-3).version("v 2, \"q\"").build());
    assertSameIdentity(Histograms_Family.INSTANCE,
        Histograms_Builder.create().dataset("wjets").bins(100).build());
    assertSameIdentity(Combine_Family.INSTANCE,
        Combine_Builder.create().datasets(List.of("a,b", "c\\d", "")).build());
    assertSameIdentity(Skim_Family.INSTANCE, Skim_Builder.create().chunks(3).build());
  }

  @Test
  void identityTextNamesEverySignificantParameterInDeclarationOrder() {
    TaskId id =
        Selection_Family.INSTANCE.id(
            Selection_Builder.create().dataset("ttbar").minJets(5).version("v3").build());
    assertThat(id.family()).isEqualTo("Selection");
    assertThat(id.params()).isEqualTo("dataset=ttbar, version=v3, minJets=5");
  }

  private static <T> void assertSameIdentity(TaskFamily<T> family, T task) {
    TaskId derived = new TaskId(family.name(), family.values(task).significantText());
    assertThat(family.id(task)).isEqualTo(derived);
  }
}
