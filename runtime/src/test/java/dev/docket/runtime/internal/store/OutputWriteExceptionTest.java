package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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
}
