package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.format.Formats;
import dev.docket.runtime.internal.store.AbortableOutput;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message of a format's failure as {@link FileTarget#read} and {@link FileTarget#write} give
 * it: the file and the format first, unless the failure names the file already; and a failed
 * write's stream given up, never closed.
 */
class FormatFailuresTest {
  @TempDir Path store;
  private LocalFileTarget target;

  @BeforeEach
  void installStore() {
    LocalStore.install(store);
    target = LocalFileTarget.of("cuts.json");
  }

  @Test
  void aFormatsReasonComesAfterTheFileAndTheFormatOnOneLine() {
    IllegalStateException cause = new IllegalStateException("  unexpected '}'\n   at line 3 \r\n column 2 ");

    IOException read = FormatFailures.reading(target, Formats.JSON, cause);
    IOException written = FormatFailures.writing(target, Formats.JSON, cause);

    assertThat(read).hasMessageThat().isEqualTo(
        "cannot read " + target.describe() + " as JSON: unexpected '}' at line 3 column 2");
    assertThat(written).hasMessageThat().isEqualTo(
        "cannot write " + target.describe() + " as JSON: unexpected '}' at line 3 column 2 (nothing of it was kept)");
    assertThat(read).hasCauseThat().isSameInstanceAs(cause);
  }

  @Test
  void aFailureWithoutWordsIsNamedByItsClass() {
    assertThat(FormatFailures.reading(target, Formats.JSON, new NumberFormatException()))
        .hasMessageThat().endsWith(" as JSON: NumberFormatException");
    assertThat(FormatFailures.reading(target, Formats.JSON, new NumberFormatException(" \n ")))
        .hasMessageThat().endsWith(" as JSON: NumberFormatException");
  }

  @Test
  void theStoragesOwnFailureNamingTheFileIsGivenAsItIs() {
    IOException lost = new IOException("connection lost while reading " + target.describe());
    IllegalStateException full = new IllegalStateException("no space left for " + target.describe());

    assertThat(FormatFailures.reading(target, Formats.JSON, lost)).isSameInstanceAs(lost);
    IOException wrapped = FormatFailures.writing(target, Formats.JSON, full);
    assertThat(wrapped).hasMessageThat().isEqualTo("no space left for " + target.describe());
    assertThat(wrapped).hasCauseThat().isSameInstanceAs(full);
  }

  @Test
  void aStreamThatCanBeGivenUpIsAndItsOwnFailureIsKeptBesideTheFirst() {
    IOException failure = new IOException("the format gave up");
    AbortingStream refusing = new AbortingStream(new IllegalStateException("already closed"));
    AbortingStream quiet = new AbortingStream(null);

    FormatFailures.abort(refusing, failure);
    FormatFailures.abort(quiet, failure);

    assertThat(refusing.aborted).isTrue();
    assertThat(quiet.aborted).isTrue();
    assertThat(failure.getSuppressed()).asList().containsExactly(refusing.refusal);
  }

  @Test
  void aStreamThatCannotBeGivenUpIsLeftAlone() {
    IOException failure = new IOException("the format gave up");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();

    FormatFailures.abort(plain, failure);

    assertThat(failure.getSuppressed()).isEmpty();
  }

  private static final class AbortingStream extends ByteArrayOutputStream implements AbortableOutput {
    final RuntimeException refusal;
    boolean aborted;

    AbortingStream(RuntimeException refusal) {
      this.refusal = refusal;
    }

    @Override
    public void abort() {
      aborted = true;
      if (refusal != null) {
        throw refusal;
      }
    }
  }
}
