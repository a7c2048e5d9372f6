package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.text.Utf8;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a configuration file, or bad input saying why it is none: UTF-8 only, no NUL or
 * other control characters (a binary file named by mistake must not become strange keys), and
 * small. A byte order mark, which some editors write, is dropped.
 */
final class ConfigText {
  /** Far above any real docket.cfg; a larger file was named by mistake and is not read whole. */
  static final long MAX_BYTES = 4 << 20;

  private static final String ADVICE = "; docket.cfg is UTF-8 text (is it the right file?)";

  private ConfigText() {}

  static String read(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadInputException(
            "configuration " + file + " is " + Files.size(file) / (1 << 20) + " MiB, more than "
                + MAX_BYTES / (1 << 20) + " MiB" + ADVICE);
      }
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new BadInputException(unreadable(file));
    } catch (IOException e) {
      throw new BadInputException("cannot read configuration " + file + ": " + e.getMessage());
    }
    String text;
    try {
      text = Utf8.decode(bytes);
    } catch (Utf8.NotUtf8 e) {
      throw notText(file, lineOf(bytes, e.offset()) + " is not valid UTF-8");
    }
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == 0) {
        throw notText(file, "line " + line + " has a NUL byte");
      } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7f) {
        throw notText(file, String.format("line %d has the control character U+%04X", line, (int) c));
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static String unreadable(Path file) {
    return "configuration file " + file + " cannot be read (permission denied); make it"
        + " readable, e.g. chmod u+r " + file;
  }

  private static String lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return "line " + line;
  }

  private static BadInputException notText(Path file, String problem) {
    return new BadInputException("configuration " + file + " is not a text file: " + problem + ADVICE);
  }
}
