package dev.docket.runtime.target;

import java.nio.file.Path;

/**
 * Turns the names a task gives for an output into an absolute, normalised path under the
 * store, as text. Planning a large graph makes one such name per output, so the common case (a
 * relative path of plain names) is joined as text, instead of building a path for the parts,
 * another for the store and a third for the normalised result.
 */
public final class StorePaths {
  private StorePaths() {}

  /**
   * {@code first/more...}, resolved against {@link LocalStore#root()} when relative, normalised,
   * as text.
   */
  public static String resolve(String first, String... more) {
    if (!isPlain(first)) {
      return slow(first, more);
    }
    String root = LocalStore.root().toString();
    int length = root.length() + 1 + first.length();
    for (String part : more) {
      if (!isPlain(part)) {
        return slow(first, more);
      }
      length += part.length() + 1;
    }
    StringBuilder joined = new StringBuilder(length).append(root);
    if (!root.endsWith("/")) {
      joined.append('/');
    }
    joined.append(first);
    for (String part : more) {
      joined.append('/').append(part);
    }
    return joined.toString();
  }

  private static String slow(String first, String... more) {
    return LocalStore.root().resolve(Path.of(first, more)).normalize().toString();
  }

  /**
   * True for a relative path that normalising leaves alone: not empty, no leading or trailing
   * '/', no empty segment, no segment starting with '.' (so none is "." or ".."; a hidden name
   * merely takes the slow path) and no NUL (which the slow path reports). Searched with
   * {@code indexOf}, which the JVM makes fast, rather than char by char.
   */
  static boolean isPlain(String part) {
    return !part.isEmpty()
        && part.charAt(0) != '/'
        && part.charAt(0) != '.'
        && part.charAt(part.length() - 1) != '/'
        && part.indexOf("/.") < 0
        && part.indexOf("//") < 0
        && part.indexOf('\0') < 0;
  }
}
