package dev.docket.backends.sandbox.docker;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.testkit.RequiredService;
import dev.docket.testkit.SandboxProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real container per engine: the launch sees the image's file and writes as the outside user. */
class ContainerSandboxLiveTest {
  private static final String DOCKER_HOW = "start it with scripts/docker-up.sh, then scripts/sandbox-image.sh docker";
  private static final String PODMAN_HOW = "apt-get install podman, then scripts/sandbox-image.sh podman";

  @TempDir Path dir;

  @Test
  void dockerRunsTheLaunchInTheImageAsTheOutsideUser() throws Exception {
    TestEngines.require(TestEngines.docker(), DOCKER_HOW);
    runsTheLaunchInTheImageAsTheOutsideUser(Engine.DOCKER, TestEngines.docker());
  }

  @Test
  void podmanRunsTheLaunchInTheImageAsTheOutsideUser() throws Exception {
    TestEngines.require(TestEngines.podman(), PODMAN_HOW);
    runsTheLaunchInTheImageAsTheOutsideUser(Engine.PODMAN, TestEngines.podman());
  }

  @Test
  void aMissingImageIsBadInputNamingTheSandboxAndTheFix() {
    TestEngines.require(TestEngines.docker(), DOCKER_HOW);
    SandboxSpec spec = new SandboxSpec("docker", "local/no-such-image:1");
    ContainerSandbox sandbox = new ContainerSandbox(spec, Engine.DOCKER, TestEngines.docker(), OutsideUser.current(), false);

    BadInputException e = assertThrows(BadInputException.class, sandbox::check);

    assertThat(e).hasMessageThat().isEqualTo("the sandbox docker::local/no-such-image:1 cannot start: docker"
        + " has no image local/no-such-image:1; pull it (docker pull local/no-such-image:1) or build it, then run again");
  }

  @Test
  void anEngineWithoutDaemonIsBadInputSayingWhereToPointIt() {
    SandboxSpec spec = new SandboxSpec("docker", TestEngines.IMAGE);
    ContainerSettings nowhere = new ContainerSettings("docker", List.of("-H", "unix://" + dir.resolve("none.sock")), List.of());
    RequiredService.require(RequiredService.find("docker").isPresent(), "docker is not on PATH: apt-get install docker.io");

    BadInputException e = assertThrows(BadInputException.class,
        () -> new ContainerSandbox(spec, Engine.DOCKER, nowhere, OutsideUser.current(), false).check());

    assertThat(e).hasMessageThat().contains("the sandbox docker::local/docket-test:1 cannot start: docker image inspect failed (");
    assertThat(e).hasMessageThat().contains("point [sandbox.docker] global-options at it");
  }

  private void runsTheLaunchInTheImageAsTheOutsideUser(Engine engine, ContainerSettings settings) throws Exception {
    // Another user than the test's, so that the ownership comes from --user and not by chance.
    OutsideUser user = new OutsideUser(4321, 4321);
    Path store = Files.createDirectories(dir.resolve("store"));
    Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxrwxrwx"));
    SandboxLaunch launch = SandboxProbe.launch(store, store, Map.of(), "-Xshare:auto");
    ContainerSandbox sandbox = new ContainerSandbox(new SandboxSpec(engine.kind(), TestEngines.IMAGE), engine, settings, user,
        !OutsideUser.current().isRoot());
    sandbox.check();

    String output = SandboxProbe.run(sandbox.command(launch), store);

    assertThat(output).isEmpty();
    Path out = SandboxProbe.out(store);
    assertThat(Files.getAttribute(out, "unix:uid")).isEqualTo(4321);
    assertThat(Files.getAttribute(out, "unix:gid")).isEqualTo(4321);
  }
}
