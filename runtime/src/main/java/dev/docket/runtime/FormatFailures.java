package dev.docket.runtime;

import dev.docket.runtime.format.Format;
import dev.docket.runtime.internal.store.AbortableOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * What {@link FileTarget#read(Format)} and {@link FileTarget#write(Format, Object)} do when the
 * format fails: a format's message says what is wrong and where in the content, and this puts
 * the file and the format before it, which the format does not know.
 */
final class FormatFailures {
  private FormatFailures() {}

  static IOException reading(FileTarget target, Format<?> format, Exception e) {
    return named(target, format, e, "cannot read ", "");
  }

  static IOException writing(FileTarget target, Format<?> format, Exception e) {
    return named(target, format, e, "cannot write ", " (nothing of it was kept)");
  }

  /**
   * Gives up {@code out} so that nothing of it replaces the file. A stream that cannot be given
   * up is left open, never closed: closing would put the half-written file in place.
   */
  static void abort(OutputStream out, Throwable failure) {
    if (out instanceof AbortableOutput abortable) {
      try {
        abortable.abort();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static IOException named(
      FileTarget target, Format<?> format, Exception e, String verb, String tail) {
    String where = target.describe();
    String reason = e.getMessage();
    if (reason != null && reason.contains(where)) {
      // The storage's own failure (a lost connection, a full disk), which names the file already.
      return e instanceof IOException io ? io : new IOException(reason, e);
    }
    if (reason == null || reason.isBlank()) {
      reason = e.getClass().getSimpleName();
    }
    return new IOException(
        verb + where + " as " + format.name().toUpperCase(Locale.ROOT) + ": "
            + reason.replaceAll("\\s*\\R\\s*", " ").strip() + tail,
        e);
  }
}
