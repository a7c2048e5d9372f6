package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Scheduled_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@code [sandbox]} and {@code [<Family>] sandbox} as the run reads them. */
class SandboxSettingsTest {
  private static DocketConfig config(Map<String, Map<String, String>> sections) {
    return new DocketConfig(
        Optional.of(Path.of("/a/docket.cfg")), Path.of("/a/store"), OptionalInt.empty(), sections);
  }

  /** The fixture family, declaring {@code sandbox} as {@code @Task(sandbox)} would. */
  private static TaskFamily<?> declaring(String sandbox) {
    return new ForwardingTaskFamily<>(Scheduled_Family.INSTANCE) {
      @Override
      public String sandbox() {
        return sandbox;
      }
    };
  }

  @Test
  void volumesAreReadOnlyUnlessMarkedAndRelativeToTheConfigFile() {
    SandboxSettings settings = SandboxSettings.read(config(Map.of("sandbox",
        Map.of("enabled", "false", "volumes", "/cvmfs  data:/data:rw  /scratch:ro"))));

    assertThat(settings.enabled()).isFalse();
    assertThat(settings.volumes()).containsExactly(
        SandboxMount.same(Path.of("/cvmfs"), false),
        new SandboxMount(Path.of("/a/data"), Path.of("/data"), true),
        SandboxMount.same(Path.of("/scratch"), false)).inOrder();
    assertThat(SandboxSettings.read(config(Map.of()))).isEqualTo(SandboxSettings.DEFAULT);
  }

  @Test
  void aBadSwitchOrVolumeIsBadInputNamingIt() {
    BadInputException badSwitch = assertThrows(BadInputException.class, () ->
        SandboxSettings.read(config(Map.of("sandbox", Map.of("enabled", "sometimes")))));
    BadInputException badVolume = assertThrows(BadInputException.class, () ->
        SandboxSettings.read(config(Map.of("sandbox", Map.of("volumes", "data:relative")))));

    assertThat(badSwitch).hasMessageThat()
        .startsWith("bad value 'sometimes' for [sandbox] enabled in /a/docket.cfg");
    assertThat(badVolume).hasMessageThat().isEqualTo("bad value 'data:relative' for [sandbox]"
        + " volumes in /a/docket.cfg: the TARGET inside must be absolute, e.g. data:/data");
  }

  @Test
  void theConfiguredSandboxWinsOverTheDeclaredOneAndAnEmptyOneRemovesIt() {
    TaskFamily<?> declared = declaring("venv::.venv");
    String name = declared.name();

    assertThat(new FamilySandboxes(config(Map.of())).of(declared))
        .hasValue(new SandboxSpec("venv", ".venv"));
    assertThat(new FamilySandboxes(config(Map.of(name, Map.of("sandbox", "bash::setup.sh"))))
        .of(declared)).hasValue(new SandboxSpec("bash", "setup.sh"));
    assertThat(new FamilySandboxes(config(Map.of(name, Map.of("sandbox", "")))).of(declared))
        .isEmpty();
  }

  @Test
  void aBadConfiguredSandboxNamesItsKey() {
    TaskFamily<?> family = declaring("");
    FamilySandboxes sandboxes =
        new FamilySandboxes(config(Map.of(family.name(), Map.of("sandbox", "dokcer::x"))));

    BadInputException e = assertThrows(BadInputException.class, () -> sandboxes.of(family));

    assertThat(e).hasMessageThat().startsWith("bad value 'dokcer::x' for [" + family.name()
        + "] sandbox in /a/docket.cfg: unknown sandbox kind 'dokcer'");
  }

  @Test
  void aMissingBackendNamesTheModuleToAdd() {
    BadInputException e = assertThrows(BadInputException.class, () ->
        SandboxProviders.load().of(new SandboxSpec("docker", "img"), "Fit (@Task(sandbox))"));

    assertThat(e).hasMessageThat().isEqualTo("the sandbox docker::img of Fit (@Task(sandbox))"
        + " needs the docker sandbox backend, which is not on the class path: add the dependency"
        + " dev.docket:docket-backend-sandbox-docker to the analysis");
  }

  @Test
  void argumentPathsStartAtTheConfigFilesDirectory() {
    SandboxContext context = new SandboxContext(config(Map.of()), Path.of("/a/store/.docket"), (file, bytes) -> {});

    assertThat(context.path("env/setup.sh")).isEqualTo(Path.of("/a/env/setup.sh"));
    assertThat(context.path("/opt/venv")).isEqualTo(Path.of("/opt/venv"));
    assertThat(context.path("~/venv"))
        .isEqualTo(Path.of(System.getProperty("user.home"), "venv"));
  }
}
