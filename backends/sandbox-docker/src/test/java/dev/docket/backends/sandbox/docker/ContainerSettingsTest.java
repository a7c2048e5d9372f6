package dev.docket.backends.sandbox.docker;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ContainerSettingsTest {
  @Test
  void absentSectionMeansTheEngineOnPathWithNoOptions() {
    ContainerSettings settings = ContainerSettings.read(config(Map.of()), Engine.PODMAN);

    assertThat(settings.executable()).isEqualTo("podman");
    assertThat(settings.globalOptions()).isEmpty();
    assertThat(settings.runOptions()).isEmpty();
  }

  @Test
  void optionsAreSplitLikeAShellWould() {
    ContainerSettings settings = ContainerSettings.read(config(Map.of(
        "executable", "/opt/docker/bin/docker",
        "global-options", "-H unix:///tmp/d/docker.sock",
        "options", "--network none -v '/data/my files:/data:ro'")), Engine.DOCKER);

    assertThat(settings.executable()).isEqualTo("/opt/docker/bin/docker");
    assertThat(settings.globalOptions()).containsExactly("-H", "unix:///tmp/d/docker.sock").inOrder();
    assertThat(settings.runOptions())
        .containsExactly("--network", "none", "-v", "/data/my files:/data:ro").inOrder();
  }

  @Test
  void refusesAnOptionDocketSetsItselfNamingIt() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> ContainerSettings.read(config(Map.of("options", "--user=0:0")), Engine.DOCKER));

    assertThat(e).hasMessageThat().contains("[sandbox.docker] options");
    assertThat(e).hasMessageThat().contains("other than --user, which Docket sets itself");
  }

  @Test
  void refusesUnbalancedQuotes() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> ContainerSettings.read(config(Map.of("global-options", "-H 'unix:///x")), Engine.DOCKER));

    assertThat(e).hasMessageThat().contains("bad value '-H 'unix:///x' for [sandbox.docker] global-options");
  }

  private static DocketConfig config(Map<String, String> docker) {
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(),
        Map.of("sandbox.docker", docker, "sandbox.podman", docker));
  }
}
