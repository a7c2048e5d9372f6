package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files: who wrote them, what a later run removes, what a failed write says. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void temporaryNameSaysWhoWritesIt() throws IOException {
    try (OutputStream out = AtomicFiles.newOutputStream(dir.resolve("out.txt"))) {
      List<String> names = names(dir);
      assertThat(names).hasSize(1);
      assertThat(names.get(0))
          .startsWith(AtomicFiles.TEMP_PREFIX + TempOwner.current().token() + "-");
      assertThat(names.get(0)).endsWith("-out.txt");
      assertThat(names.get(0)).contains("-" + ProcessHandle.current().pid() + "-");
    }
    assertThat(names(dir)).containsExactly("out.txt");
  }

  @Test
  void firstWriteIntoADirectoryRemovesTheTemporaryFilesOfDeadWritersOnly() throws Exception {
    Path sub = dir.resolve("sweep");
    Files.createDirectories(sub);
    String machine = TempOwner.current().machine;
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor(30, TimeUnit.SECONDS);
    Process alive = new ProcessBuilder("sleep", "120").start();
    try {
      long aliveStart = alive.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
      Path dead = temp(sub, machine + "-" + ended.pid() + "-0-1-a.txt");
      Path live = temp(sub, machine + "-" + alive.pid() + "-" + Long.toString(aliveStart, 36) + "-1-b.txt");
      Path reused = temp(sub, machine + "-" + alive.pid() + "-" + Long.toString(aliveStart - 5000, 36) + "-1-c.txt");
      Path foreignNew = temp(sub, "0123456789ab-1-0-1-d.txt");
      Path foreignOld = temp(sub, "0123456789ab-1-0-1-e.txt");
      Path oldStyle = temp(sub, "3f2a9c0d11e4b5a6-f.txt");
      long twoDaysAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(2);
      Files.setLastModifiedTime(foreignOld, FileTime.fromMillis(twoDaysAgo));
      Files.setLastModifiedTime(oldStyle, FileTime.fromMillis(twoDaysAgo));

      AtomicFiles.write(sub.resolve("out.txt"), "x".getBytes(StandardCharsets.UTF_8));
      AtomicFiles.awaitCleaned(TimeUnit.SECONDS.toMillis(30));

      assertThat(Files.exists(dead)).isFalse();
      assertThat(Files.exists(reused)).isFalse(); // its PID now belongs to a younger process
      assertThat(Files.exists(foreignOld)).isFalse();
      assertThat(Files.exists(oldStyle)).isFalse();
      assertThat(Files.exists(live)).isTrue();
      assertThat(Files.exists(foreignNew)).isTrue(); // another machine's writer may live
    } finally {
      alive.destroyForcibly();
    }
  }

  @Test
  void abandonOpenRemovesOpenTemporaryFilesAndKeepsTheirStreamsFromRenaming() throws IOException {
    OutputStream out = AtomicFiles.newOutputStream(dir.resolve("half.txt"));
    out.write("half".getBytes(StandardCharsets.UTF_8));
    assertThat(AtomicFiles.abandonOpen()).isAtLeast(1);
    assertThat(names(dir)).isEmpty();
    try {
      out.close();
    } catch (IOException expected) {
      // closing an abandoned stream may fail; it must not put anything in place
    }
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aFailedWriteNamesTheOutputNotTheTemporaryFile() {
    Path destination = dir.resolve("gen/v1/ttbar.csv");
    Path temp = dir.resolve("gen/v1/.docket-tmp-x-ttbar.csv");
    IOException e =
        OutputWriteException.of(
            destination, new FileSystemException(temp.toString(), null, "No space left on device"));
    assertThat(e).isInstanceOf(OutputWriteException.class);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot write " + destination + ": No space left on device; free space on its disk,"
                + " then run the same command again (nothing of the file was kept)");
    assertThat(
            OutputWriteException.of(destination, new IOException("Read-only file system"))
                .getMessage())
        .contains("read-only: set [core] store in docket.cfg to a writable directory");
  }

  /** A real full disk: a 64 KiB tmpfs (needs root; skipped where mount is not permitted). */
  @Test
  void diskFullFailsWithTheOutputsNameAndLeavesNothing() throws Exception {
    Path small = dir.resolve("small");
    Files.createDirectories(small);
    assumeTrue(Mounts.tmpfs(small), "cannot mount a tmpfs here (not root?): skipped");
    try {
      Path destination = small.resolve("big.bin");
      IOException e =
          assertThrows(
              IOException.class, () -> AtomicFiles.write(destination, new byte[1 << 20]));
      assertThat(e).isInstanceOf(OutputWriteException.class);
      assertThat(e.getMessage()).startsWith("cannot write " + destination + ": No space left on device;");
      assertThat(names(small)).isEmpty();
    } finally {
      Mounts.unmount(small);
    }
  }

  private static Path temp(Path dir, String rest) throws IOException {
    return Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + rest), "partial");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
