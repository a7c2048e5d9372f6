package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.fixtures.Fixtures_TaskIndex;
import dev.docket.runtime.fixtures.Scheduled;
import dev.docket.runtime.fixtures.Scheduled_Family;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The launch a sandbox gets: the generated main's internal verb, absolute paths, the mounts. */
class RelaunchTest {
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @Test
  void theTaskIsRelaunchedThroughTheGeneratedMainWithEverythingItNeedsMounted() {
    DocketConfig config = new DocketConfig(
        Optional.of(Path.of("/a/docket.cfg")), Path.of("/a/store"), OptionalInt.empty(), Map.of());
    SandboxSettings settings = new SandboxSettings(true, List.of(SandboxMount.same(Path.of("/cvmfs"), false)));
    Relaunch relaunch = Relaunch.of(new Fixtures_TaskIndex(), config, settings, Path.of("/a/work"));
    Scheduled task = Scheduled_Family.parse("--name", "x y");

    SandboxLaunch launch = relaunch.launch(Scheduled_Family.INSTANCE, task);

    List<String> command = launch.command();
    assertThat(command.get(0)).isEqualTo(JAVA_HOME.resolve("bin/java").toString());
    assertThat(command.subList(3, command.size())).containsExactly("dev.docket.runtime.fixtures.Fixtures",
        InsideCommand.VERB, "Scheduled", "--name=x y").inOrder();
    for (String entry : command.get(2).split(java.io.File.pathSeparator)) {
      assertThat(Path.of(entry).isAbsolute()).isTrue();
    }
    assertThat(launch.variables()).containsExactly("DOCKET_CONFIG", "/a/docket.cfg");
    assertThat(launch.mounts()).contains(SandboxMount.same(JAVA_HOME, false));
    assertThat(launch.mounts()).contains(SandboxMount.same(Path.of("/a/docket.cfg"), false));
    assertThat(launch.mounts()).contains(SandboxMount.same(Path.of("/a/store"), true));
    assertThat(launch.mounts()).contains(SandboxMount.same(Path.of("/a/work"), false));
    assertThat(launch.mounts().get(launch.mounts().size() - 1))
        .isEqualTo(SandboxMount.same(Path.of("/cvmfs"), false));
    assertThat(relaunch.classPathEntries()).isNotEmpty();
    for (Path entry : relaunch.classPathEntries()) {
      assertThat(launch.mounts()).contains(SandboxMount.same(entry, false));
    }
    assertThat(launch.classPath()).isEqualTo(relaunch.classPathEntries());
    assertThat(launch.mounts().stream().filter(SandboxMount::writable).toList())
        .containsExactly(SandboxMount.same(Path.of("/a/store"), true));
  }
}
