package dev.docket.runtime.spi.batch;

import java.util.List;

/**
 * POSIX shell quoting for job files. Every word is put in single quotes, inside which the shell
 * expands nothing ({@code $}, backticks, {@code \}, newlines are literal); a single quote is
 * written {@code '\''}. So parameter values reach the job unchanged and execute nothing.
 */
final class ShellQuote {
  private ShellQuote() {}

  public static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  public static String join(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(quote(word));
    }
    return out.toString();
  }

  /** Text safe inside a shell comment: one line. */
  public static String commentText(String text) {
    return text.replaceAll("[\\r\\n]", " ");
  }
}
