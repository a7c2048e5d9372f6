package dev.docket.runtime.spi.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox's program found as a shell finds it, or one message naming it and the fix. */
class SandboxToolsTest {
  private static final SandboxSpec SPEC = new SandboxSpec("docker", "img");
  private static final String FIX = "install it or set [sandbox.docker] executable";

  @TempDir Path dir;

  @Test
  void aPathIsTakenAsItIsWhenItIsAnExecutableFile() throws Exception {
    Path tool = Files.writeString(dir.resolve("docker"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(SandboxTools.require(SPEC, tool.toString(), FIX)).isEqualTo(tool);
  }

  @Test
  void aPathThatIsNotAnExecutableFileIsRefused() throws Exception {
    Path plain = Files.writeString(dir.resolve("docker"), "");
    Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));

    for (Path path : new Path[] {plain, dir, dir.resolve("missing")}) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> SandboxTools.require(SPEC, path.toString(), FIX));
      assertThat(e).hasMessageThat().isEqualTo("the sandbox docker::img needs " + path
          + ", which is not an executable file; " + FIX);
    }
  }

  @Test
  void aNameIsLookedUpOnPath() {
    Path found = SandboxTools.require(SPEC, "sh", FIX);

    assertThat(found.getFileName().toString()).isEqualTo("sh");
    assertThat(Files.isExecutable(found)).isTrue();
    String first = null;
    for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, "sh");
      if (first == null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        first = candidate.toString();
      }
    }
    assertThat(found.toString()).isEqualTo(first); // the first on PATH, as a shell takes it
  }

  @Test
  void aNameNotOnPathIsRefused() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> SandboxTools.require(SPEC, "docket-no-such-tool", FIX));

    assertThat(e).hasMessageThat().isEqualTo("the sandbox docker::img needs docket-no-such-tool,"
        + " which is not on PATH; " + FIX);
  }
}
