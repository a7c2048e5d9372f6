package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that exits while a program it started still runs takes the program's group with it. */
class ProgramGroupsExitTest {
  @TempDir Path dir;

  /** The other JVM: starts the grandchild's shell, registers it, and exits without waiting. */
  public static void main(String[] args) throws Exception {
    int pid = NativeSpawn.start(new Grandchild(Path.of(args[0])).shell(""), null, null, Map.of());
    ProgramGroups.started(pid);
    new Grandchild(Path.of(args[0])).pid();
    System.exit(0);
  }

  @Test
  void theGroupsStillRunningAreKilledWhenTheJvmExits() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Process jvm = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), ProgramGroupsExitTest.class.getName(),
            dir.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("jvm.log").toFile())
        .start();
    assertEquals(true, jvm.waitFor(120, TimeUnit.SECONDS), "the other JVM did not exit");
    assertEquals(0, jvm.exitValue(), java.nio.file.Files.readString(dir.resolve("jvm.log")));
    Grandchild.assertGone(new Grandchild(dir).pid(), "the sleep of a program the JVM left running");
  }
}
