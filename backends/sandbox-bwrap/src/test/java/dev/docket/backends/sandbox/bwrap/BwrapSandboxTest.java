package dev.docket.backends.sandbox.bwrap;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.testkit.RequiredService;
import dev.docket.testkit.SandboxProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BwrapSandboxTest {
  static final Path ROOT = SandboxProbe.DIRECTORY_IMAGE;

  private static final BwrapSettings SETTINGS = new BwrapSettings("bwrap", List.of());

  @TempDir Path dir;

  @Test
  void runsTheLaunchWithTheDirectoryAsRootLeavingTheDirectoryAsItWas() throws Exception {
    RequiredService.require(RequiredService.find("bwrap").isPresent(), "bwrap is not on PATH: apt-get install bubblewrap");
    RequiredService.require(Files.isDirectory(ROOT), "no directory image at " + ROOT + ": build it with scripts/sandbox-image.sh dir");
    Path store = Files.createDirectories(dir.resolve("store"));
    SandboxLaunch launch = SandboxProbe.launch(store, dir.resolve("work"), Map.of("DOCKET_PROBE", "1"));
    BwrapSandbox sandbox = new BwrapSandbox(new SandboxSpec("bwrap", ROOT.toString()), ROOT, SETTINGS);
    sandbox.check();

    SandboxCommand command = sandbox.command(launch);
    SandboxProbe.run(command, store);

    assertThat(command.environment()).containsEntry("DOCKET_PROBE", "1");
    assertThat(Files.exists(ROOT.resolve(SandboxProbe.classes().toString().substring(1)))).isFalse();
    assertThat(Files.exists(dir.resolve("work"))).isFalse(); // made inside only
  }

  @Test
  void aMissingRootDirectoryIsBadInputNamingTheSandbox() {
    Path nowhere = dir.resolve("no-root");
    BwrapSandbox sandbox = new BwrapSandbox(new SandboxSpec("bwrap", "no-root"), nowhere, SETTINGS);
    RequiredService.require(RequiredService.find("bwrap").isPresent(), "bwrap is not on PATH: apt-get install bubblewrap");

    BadInputException e = assertThrows(BadInputException.class, sandbox::check);

    assertThat(e).hasMessageThat().isEqualTo("the sandbox bwrap::no-root cannot start: its root directory "
        + nowhere + " does not exist; unpack or build the root file system there, or name the directory that holds it");
  }

  @Test
  void aMissingBwrapIsBadInputSayingHowToGetIt() {
    BwrapSandbox sandbox = new BwrapSandbox(new SandboxSpec("bwrap", "/"), Path.of("/"),
        new BwrapSettings(dir.resolve("bin/bwrap").toString(), List.of()));

    BadInputException e = assertThrows(BadInputException.class, sandbox::check);

    assertThat(e).hasMessageThat().isEqualTo("the sandbox bwrap::/ needs " + dir.resolve("bin/bwrap")
        + ", which is not an executable file; install it (apt-get install bubblewrap) or set"
        + " [sandbox.bwrap] executable to its path");
  }
}
