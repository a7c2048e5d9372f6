package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** How a failure reads in progress lines and the summary, and how the style is chosen. */
class FailuresTest {
  private static final URI URL = URI.create("https://store.example/a.root");

  @Test
  void aUserCodeFailureShowsItsClassAndFirstLine() {
    assertThat(Failures.firstLine(new IOException("disk full\n  at line 2")))
        .isEqualTo("IOException: disk full");
    assertThat(Failures.firstLine(new IOException("\nsecond line"))).isEqualTo("IOException: ");
    assertThat(Failures.firstLine(new IllegalStateException(" "))).isEqualTo("IllegalStateException");
    assertThat(Failures.firstLine(new IllegalStateException())).isEqualTo("IllegalStateException");
  }

  @Test
  void aStorageFaultShowsItsMessageAloneAlsoWhenWrapped() {
    StorageException fault = new StorageException(StorageException.Kind.PERMANENT, URL, "gave up on " + URL);
    assertThat(Failures.firstLine(fault)).isEqualTo(fault.getMessage());
    assertThat(Failures.isRuntimeFailure(new UncheckedIOException(fault))).isTrue();
    assertThat(Failures.isRuntimeFailure(new UncheckedIOException(new IOException("x")))).isFalse();
    assertThat(Failures.isRuntimeFailure(new IOException("x"))).isFalse();
  }

  @Test
  void theProgressStyleIsReadWithoutRegardToCaseOrSpaces() {
    assertThat(ProgressStyle.parse(" Live ")).isEqualTo(ProgressStyle.LIVE);
    assertThat(ProgressStyle.parse("periodic")).isEqualTo(ProgressStyle.PERIODIC);
    assertThat(ProgressStyle.parse("TASKS")).isEqualTo(ProgressStyle.TASKS);
    assertThat(ProgressStyle.parse("quiet")).isNull();
  }
}
