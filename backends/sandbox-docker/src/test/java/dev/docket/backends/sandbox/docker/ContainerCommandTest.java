package dev.docket.backends.sandbox.docker;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerCommandTest {
  private static final Path JDK = Path.of(System.getProperty("java.home"));
  private static final Path STORE = Path.of("/work/analysis/store");

  private static final SandboxLaunch LAUNCH = new SandboxLaunch(
      List.of(JDK.resolve("bin/java").toString(), "-cp", "/work/analysis/classes", "org.example.Main", "run-one"),
      Map.of("DOCKET_CONFIG", "/work/analysis/docket.cfg"),
      Path.of("/work/analysis"), JDK, List.of(Path.of("/work/analysis/classes")), STORE,
      List.of(SandboxMount.same(JDK, false), SandboxMount.same(Path.of("/work/analysis/classes"), false),
          SandboxMount.same(STORE, true)));

  private static SandboxCommand command(Engine engine, OutsideUser user, ContainerSettings settings) {
    SandboxSpec spec = new SandboxSpec(engine.kind(), "local/analysis:1");
    return new ContainerSandbox(spec, engine, settings, user, !user.isRoot()).command(LAUNCH);
  }

  @Test
  void runsTheLaunchAttachedAsTheOutsideUserInTheImage() {
    SandboxCommand command = command(Engine.DOCKER, new OutsideUser(1234, 567),
        new ContainerSettings("docker", List.of("-H", "unix:///d.sock"), List.of("--network", "none")));

    List<String> words = command.command();
    assertThat(words.subList(0, 5)).containsExactly("docker", "-H", "unix:///d.sock", "run", "--rm").inOrder();
    assertThat(words).containsAtLeast("--user", "1234:567").inOrder();
    assertThat(words).containsAtLeast("--workdir", "/work/analysis").inOrder();
    // The engine's options, the image, then the launch's java command as it is.
    int image = words.indexOf("local/analysis:1");
    assertThat(words.subList(image - 2, image)).containsExactly("--network", "none").inOrder();
    assertThat(words.subList(image + 1, words.size())).isEqualTo(LAUNCH.command());
    assertThat(words).doesNotContain("--userns=keep-id");
  }

  @Test
  void bindsTheJdkAndClassesReadOnlyTheStoreWritableAndTheJdksOutsideLinks() {
    List<String> words = command(Engine.DOCKER, new OutsideUser(0, 0),
        new ContainerSettings("docker", List.of(), List.of())).command();

    assertThat(words).containsAtLeast("--volume", JDK + ":" + JDK + ":ro").inOrder();
    assertThat(words).containsAtLeast("--volume", "/work/analysis/classes:/work/analysis/classes:ro").inOrder();
    assertThat(words).containsAtLeast("--volume", STORE + ":" + STORE).inOrder();
    for (Path outside : dev.docket.runtime.spi.sandbox.ContainerMounts.jdkOutside(JDK)) {
      assertThat(words).containsAtLeast("--volume", outside + ":" + outside + ":ro").inOrder();
    }
  }

  @Test
  void passesVariablesByNameWithTheirValuesInTheClientsEnvironment() {
    SandboxCommand command = command(Engine.DOCKER, new OutsideUser(0, 0),
        new ContainerSettings("docker", List.of(), List.of()));

    assertThat(command.command()).containsAtLeast("--env", "DOCKET_CONFIG").inOrder();
    assertThat(String.join(" ", command.command())).doesNotContain("/work/analysis/docket.cfg");
    assertThat(command.environment()).containsEntry("DOCKET_CONFIG", "/work/analysis/docket.cfg");
  }

  @Test
  void stopsTheNamedContainerThroughTheSameEngine() {
    SandboxCommand command = command(Engine.DOCKER, new OutsideUser(0, 0),
        new ContainerSettings("/usr/bin/docker", List.of("-H", "unix:///d.sock"), List.of()));

    String name = command.command().get(command.command().indexOf("--name") + 1);
    assertThat(name).matches("docket-[0-9a-f]{12}");
    assertThat(command.stop()).containsExactly("/usr/bin/docker", "-H", "unix:///d.sock", "kill", name).inOrder();
  }

  @Test
  void rootlessPodmanKeepsTheUsersIdInside() {
    List<String> words = command(Engine.PODMAN, new OutsideUser(1000, 1000),
        new ContainerSettings("podman", List.of(), List.of())).command();

    assertThat(words).containsAtLeast("--user", "1000:1000", "--userns=keep-id").inOrder();
  }
}
