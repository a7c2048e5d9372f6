package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directories a write goes into: made once, then written into straight away; a directory
 * removed or replaced since is dealt with as at the first write.
 */
class AtomicFilesDirectoryTest {
  @TempDir Path dir;

  @Test
  void aDirectoryRemovedAfterTheFirstWriteIsMadeAgain() throws IOException {
    Path sub = dir.resolve("a/b");
    AtomicFiles.write(sub.resolve("one.txt"), bytes("1"));
    AtomicFiles.write(sub.resolve("two.txt"), bytes("2"));
    Files.delete(sub.resolve("one.txt"));
    Files.delete(sub.resolve("two.txt"));
    Files.delete(sub);
    Files.delete(dir.resolve("a"));

    AtomicFiles.write(sub.resolve("three.txt"), bytes("3"));

    assertThat(Files.readString(sub.resolve("three.txt"))).isEqualTo("3");
    AtomicFiles.awaitCleaned(2000);
  }

  @Test
  void aDirectoryReplacedByAFileFailsNamingTheOutput() throws IOException {
    Path sub = dir.resolve("c");
    AtomicFiles.write(sub.resolve("one.txt"), bytes("1"));
    Files.delete(sub.resolve("one.txt"));
    Files.delete(sub);
    Files.writeString(sub, "a file where the directory was");

    IOException e =
        assertThrows(IOException.class, () -> AtomicFiles.write(sub.resolve("two.txt"), bytes("2")));

    assertThat(e).isInstanceOf(OutputWriteException.class);
    assertThat(e).hasMessageThat().contains("two.txt");
    assertThat(Files.readString(sub)).isEqualTo("a file where the directory was");
    AtomicFiles.awaitCleaned(2000);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
