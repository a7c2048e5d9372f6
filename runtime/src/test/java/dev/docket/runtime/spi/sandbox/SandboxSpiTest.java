package dev.docket.runtime.spi.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SandboxSpiTest {
  @Test
  void parsesKindAndKeepsTheArgumentAsWritten() {
    SandboxSpec spec = SandboxSpec.parse("  docker::local/analysis:1 ").orElseThrow();

    assertThat(spec.kind()).isEqualTo("docker");
    assertThat(spec.argument()).isEqualTo("local/analysis:1");
    assertThat(spec.toString()).isEqualTo("docker::local/analysis:1");
  }

  @Test
  void anEmptyValueIsNoSandbox() {
    assertThat(SandboxSpec.parse(" ")).isEqualTo(Optional.empty());
  }

  @Test
  void refusesAnUnknownKindNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SandboxSpec.parse("dokcer::image"));

    assertThat(e).hasMessageThat().contains("unknown sandbox kind 'dokcer'");
    assertThat(e).hasMessageThat().contains("bash, venv, docker");
  }

  @Test
  void refusesAValueWithoutSeparatorOrArgument() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> SandboxSpec.parse("setup.sh")))
        .hasMessageThat().contains("'setup.sh' is not a sandbox");
    assertThat(assertThrows(IllegalArgumentException.class, () -> SandboxSpec.parse("venv:: ")))
        .hasMessageThat().contains("venv:: names nothing");
  }

  @Test
  void everyKindHasAModule() {
    for (String kind : SandboxSpec.KINDS) {
      assertThat(SandboxSpec.module(kind)).startsWith("docket-backend-sandbox-");
    }
  }

  @Test
  void launchPutsItsVariablesOnTopOfAnEnvironment() {
    SandboxLaunch launch = new SandboxLaunch(List.of("/jdk/bin/java", "-version"),
        Map.of("DOCKET_CONFIG", "/a/docket.cfg"), Path.of("/a"), Path.of("/jdk"), List.of(),
        Path.of("/a/store"), List.of(SandboxMount.same(Path.of("/a/store"), true)));

    Map<String, String> merged =
        launch.withVariables(Map.of("DOCKET_CONFIG", "/b", "SETUP", "yes"));

    assertThat(merged).containsExactly("DOCKET_CONFIG", "/a/docket.cfg", "SETUP", "yes");
    assertThat(launch.outsideEnvironment()).containsEntry("DOCKET_CONFIG", "/a/docket.cfg");
  }

  @Test
  void mountsAndCommandsRefuseWhatCannotRun() {
    assertThrows(IllegalArgumentException.class,
        () -> SandboxMount.same(Path.of("relative"), false));
    assertThrows(IllegalArgumentException.class, () -> new SandboxCommand(List.of(), Map.of()));
  }

  @Test
  void aMountNeedsAnAbsoluteTargetTooAndACommandStopsWithItsProcessByDefault() {
    assertThrows(IllegalArgumentException.class,
        () -> new SandboxMount(Path.of("/a"), Path.of("b"), false));
    assertThat(new SandboxCommand(List.of("true"), Map.of()).stop()).isEmpty();
    assertThat(new SandboxCommand(List.of("true"), Map.of(), List.of("kill")).stop())
        .containsExactly("kill");
  }

  @Test
  void withoutAConfigFileArgumentPathsStartAtTheStoreAndOnlyTildeSlashIsHome() {
    SandboxContext context = new SandboxContext(new DocketConfig(Optional.empty(),
        Path.of("/s/store"), OptionalInt.empty(), Map.of()), Path.of("/s/store/.docket"), (f, b) -> {});

    assertThat(context.path("env/../venv")).isEqualTo(Path.of("/s/store/venv"));
    assertThat(context.path("~x")).isEqualTo(Path.of("/s/store/~x"));
  }

  @Test
  void aRelativeConfigFileIsTakenFromTheWorkingDirectory() {
    SandboxContext context = new SandboxContext(new DocketConfig(Optional.of(Path.of("docket.cfg")),
        Path.of("/s/store"), OptionalInt.empty(), Map.of()), Path.of("/s/store/.docket"), (f, b) -> {});

    assertThat(context.path("venv")).isEqualTo(Path.of("venv").toAbsolutePath());
  }
}
