package org.example.interrupt;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a full disk (a 64 KiB tmpfs; needs root, skipped where mount is not permitted):
 * the task fails with one line naming the output, and nothing half-written stays.
 */
class DiskFullIT {
  @TempDir Path root;
  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      new ProcessBuilder("umount", mounted.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFullDiskFailsTheTaskNamingItsOutput_exit1_nothingHalfWrittenStays() throws Exception {
    Path small = Files.createDirectory(root.resolve("small"));
    RequiredService.require(mount(small), "cannot mount a tmpfs here: run the integration tests as root (as CI does)");
    mounted = small;
    Path work = Files.createDirectory(root.resolve("work"));
    Files.writeString(
        work.resolve("docket.cfg"), "[core]\nstore = " + small + "\nhistory = off\n");

    TestTasksProcess run = TestTasksProcess.run(work, "run", "Big", "--kib", "1024");
    String out = run.output();

    assertWithMessage(out).that(run.process.exitValue()).isEqualTo(1);
    assertThat(out)
        .contains(
            "FAILED Big(kib=1024): cannot write " + small.resolve("big/1024.bin")
                + ": No space left on device; free space on its disk, then run the same command"
                + " again (nothing of the file was kept)");
    assertThat(out).doesNotContain(".docket-tmp-");
    assertThat(out).doesNotContain("\tat "); // one line, no stack trace
    assertThat(TestTasksProcess.temps(small)).isEmpty();
    assertThat(Files.exists(small.resolve("big/1024.bin"))).isFalse();
  }

  private static boolean mount(Path dir) throws InterruptedException {
    try {
      Process mount =
          new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString())
              .redirectErrorStream(true)
              .start();
      return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
