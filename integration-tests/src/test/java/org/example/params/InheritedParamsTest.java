package org.example.params;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.cli.DocketCli;
import dev.docket.runtime.script.Docket;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.example.base.AnalysisTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    List<String> names = JetSkim_Family.INSTANCE.params().stream().map(ParamSpec::name).toList();
    assertThat(names).containsExactly("version", "threads", "dataset").inOrder();
    JetSkim skim = JetSkim_Family.parse("--dataset", "ttbar", "--version", "v3", "--threads", "8");
    assertThat(skim.version).isEqualTo("v3");
    assertThat(skim.threads).isEqualTo(8);
    assertThat(JetSkim_Family.toArgs(skim))
        .containsExactly("--version=v3", "--threads=8", "--dataset=ttbar").inOrder();
  }

  @Test
  void genericRequiresFieldIsFilledAndParametersPropagate() {
    JetSkim skim = JetSkim_Builder.create().dataset("ttbar").version("v3").threads(8).build();
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
    JetSkim one = JetSkim_Builder.create().dataset("ttbar").threads(1).build();
    JetSkim eight = JetSkim_Builder.create().dataset("ttbar").threads(8).build();
    assertThat(JetSkim_Family.INSTANCE.id(one)).isEqualTo(JetSkim_Family.INSTANCE.id(eight));
    assertThat(JetSkim_Family.INSTANCE.id(one).toString()).isEqualTo("JetSkim(version=v1, dataset=ttbar)");
  }

  @Test
  void insignificantParameterDoesNotMakeANewTaskWhenRunning(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Docket docket = Docket.open(dir, Map.of(), print, print);
    Object eight = docket.task("JetSkim", "--dataset", "ttbar", "--threads", "8");
    assertThat(docket.run(eight).success()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary: 2 ran");
    Object two = docket.task("JetSkim", "--dataset", "ttbar", "--threads", "2");
    assertThat(docket.isComplete(two)).isTrue();
    assertThat(Files.exists(dir.resolve("JetSkim/v1/ttbar.txt"))).isTrue();
  }

  @Test
  void familySectionsOfDocketCfgSetInheritedParameters(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[JetSkim]\nversion = v9\nthreads = 4\n\n"
        + "[Calibration]\nthreads = 3\n");
    Docket.open(dir, Map.of(), System.out, System.err);
    JetSkim skim = JetSkim_Builder.create().dataset("ttbar").build();
    assertThat(skim.version).isEqualTo("v9");
    assertThat(skim.threads).isEqualTo(4);
    assertThat(skim.calibration.version).isEqualTo("v9");
    assertThat(skim.calibration.threads).isEqualTo(3);
    // TightSkim has its own section: none, so its own defaultValue.
    assertThat(TightSkim_Builder.create().dataset("x").build().version).isEqualTo("v2");
  }

  @Test
  void completionOffersEnumConstantsFromGeneratedCode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = DocketCli.run(new ParamsMain_TaskIndex(), new String[] {"completion", "bash", "ana"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(0);
    String script = out.toString(StandardCharsets.UTF_8);
    assertThat(script).contains("--unit) COMPREPLY=($(compgen -W 'NANOSECONDS MICROSECONDS"
        + " MILLISECONDS SECONDS MINUTES HOURS DAYS' -- \"$cur\")); return 0 ;;");
    assertThat(script).contains("--input) COMPREPLY=($(compgen -f -- \"$cur\")); return 0 ;;");
    assertThat(script).contains("'--version --threads --dataset --");
  }

  @Test
  void overriddenParameterReachesTheBaseClass() {
    TightSkim tight = TightSkim_Builder.create().dataset("ttbar").build();
    assertThat(tight.version).isEqualTo("v2");
    // The base class's own field, read by its methods, has the same value.
    assertThat(((AnalysisTask) tight).seenVersion()).isEqualTo("v2");
    assertThat(tight.calibration.version).isEqualTo("v2");
    TightSkim v5 = TightSkim_Family.parse("--dataset", "x", "--version", "v5");
    assertThat(v5.seenVersion()).isEqualTo("v5");
    assertThat(TightSkim_Family.INSTANCE.params()).hasSize(3);
  }
}
