package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the system said, as messages about outputs and the store show it. */
class OutputWriteExceptionTest {
  @Test
  void reasonLeavesOutTheFileName() {
    assertThat(OutputWriteException.reason(
            new FileSystemException("/store/.docket-tmp-1", null, "No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(OutputWriteException.reason(new AccessDeniedException("/store/.docket-tmp-1")))
        .isEqualTo("permission denied");
  }

  @Test
  void reasonIsOneLineAndNeverEmpty() {
    assertThat(OutputWriteException.reason(new IOException("disk\ngone "))).isEqualTo("disk gone");
    assertThat(OutputWriteException.reason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void anInterruptAndAFailureAlreadySaidOfAnOutputAreLeftAsTheyAre() {
    Path out = Path.of("/store/sel/v1/ttbar.json");
    IOException[] asTheyAre = {
      new InterruptedIOException("stopped"),
      new ClosedByInterruptException(),
      OutputWriteException.of(out, new IOException("disk gone")),
    };
    for (IOException cause : asTheyAre) {
      assertThat(OutputWriteException.of(out, cause)).isSameInstanceAs(cause);
    }
  }

  @Test
  void aFailureIsSaidOfTheOutputWithAdviceForAFullDiskAQuotaAndAReadOnlyStore() {
    Path out = Path.of("/store/sel/v1/ttbar.json");
    String prefix = "cannot write " + out + ": ";
    String kept = " (nothing of the file was kept)";
    IOException full = new FileSystemException(out + ".tmp", null, "No space left on device");
    assertThat(OutputWriteException.of(out, full)).hasMessageThat().isEqualTo(prefix
        + "No space left on device; free space on its disk, then run the same command again" + kept);
    assertThat(OutputWriteException.of(out, full)).hasCauseThat().isSameInstanceAs(full);
    assertThat(OutputWriteException.of(out, new IOException("Disk quota exceeded")))
        .hasMessageThat().isEqualTo(prefix + "Disk quota exceeded; the disk quota is used up:"
            + " free space or ask for more, then run again" + kept);
    assertThat(OutputWriteException.of(out, new FileSystemException("x", null, "Read-only file system")))
        .hasMessageThat().isEqualTo(prefix + "Read-only file system; its file system is read-only:"
            + " set [core] store in docket.cfg to a writable directory" + kept);
    assertThat(OutputWriteException.of(out, new AccessDeniedException(out.toString())))
        .hasMessageThat().isEqualTo(prefix + "permission denied" + kept);
  }
}
