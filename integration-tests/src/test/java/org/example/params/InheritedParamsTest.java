package org.example.params;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.task.DefaultsSource;
import dev.docket.runtime.task.ParamDefaults;
import dev.docket.runtime.task.ParamSpec;
import java.util.List;
import org.example.base.AnalysisTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Task hierarchies compiled by the real processor (issue #3): parameters of an abstract base in
 * another package, a generic mixin's {@code @Requires}, a {@code @Task} extending a
 * {@code @Task} with an overridden default, insignificant and non-propagating parameters.
 */
class InheritedParamsTest {
  @BeforeEach
  void noConfiguration() {
    ParamDefaults.install(DefaultsSource.NONE);
  }

  @Test
  void inheritedParametersComeFirstAndParse() {
    List<String> names = Skim_Node.INSTANCE.params().stream().map(ParamSpec::name).toList();
    assertThat(names).containsExactly("version", "threads", "dataset").inOrder();
    Skim skim = Skim_Params.parse("--dataset", "ttbar", "--version", "v3", "--threads", "8");
    assertThat(skim.version).isEqualTo("v3");
    assertThat(skim.threads).isEqualTo(8);
    assertThat(Skim_Params.toArgs(skim))
        .containsExactly("--version=v3", "--threads=8", "--dataset=ttbar").inOrder();
  }

  @Test
  void genericRequiresFieldIsFilledAndParametersPropagate() {
    Skim skim = Skim_Builder.create().dataset("ttbar").version("v3").threads(8).build();
    Calibration calibration = skim.calibration;
    assertThat(calibration.version).isEqualTo("v3");
    // propagate = false: the calibration keeps its own default.
    assertThat(calibration.threads).isEqualTo(1);
    assertThat(calibration.period.toString()).isEqualTo("2024");
    assertThat(Calibration_Builder.req(skim).build().version).isEqualTo("v3");
    assertThat(Calibration_Builder.req(skim).build().threads).isEqualTo(1);
  }

  @Test
  void insignificantParametersAreNotPartOfTheIdentity() {
    Skim one = Skim_Builder.create().dataset("ttbar").threads(1).build();
    Skim eight = Skim_Builder.create().dataset("ttbar").threads(8).build();
    assertThat(Skim_Node.INSTANCE.id(one)).isEqualTo(Skim_Node.INSTANCE.id(eight));
    assertThat(Skim_Node.INSTANCE.id(one).toString()).isEqualTo("Skim(version=v1, dataset=ttbar)");
  }

  @Test
  void overriddenParameterReachesTheBaseClass() {
    TightSkim tight = TightSkim_Builder.create().dataset("ttbar").build();
    assertThat(tight.version).isEqualTo("v2");
    // The base class's own field, read by its methods, has the same value.
    assertThat(((AnalysisTask) tight).seenVersion()).isEqualTo("v2");
    assertThat(tight.calibration.version).isEqualTo("v2");
    TightSkim v5 = TightSkim_Params.parse("--dataset", "x", "--version", "v5");
    assertThat(v5.seenVersion()).isEqualTo("v5");
    assertThat(TightSkim_Node.INSTANCE.params()).hasSize(3);
  }
}
