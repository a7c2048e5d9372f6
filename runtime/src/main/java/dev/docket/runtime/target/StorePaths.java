package dev.docket.runtime.target;

import java.nio.file.Path;

/**
 * Turns the names a task gives for an output into an absolute, normalised path under the
 * store. Planning a large graph builds one such path per output, so the common case (a
 * relative path of plain names) is joined as text and parsed once, instead of building a path
 * for the parts, another for the store and a third for the normalised result.
 */
public final class StorePaths {
  private StorePaths() {}

  /** {@code first/more...}, resolved against {@link LocalStore#root()} when relative, normalised. */
  public static Path resolve(String first, String... more) {
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
    return Path.of(joined.toString());
  }

  private static Path slow(String first, String... more) {
    return LocalStore.root().resolve(Path.of(first, more)).normalize();
  }

  /**
   * True for a relative path that normalising leaves alone: not empty, no leading '/', no
   * segment "." or "..", no empty segment and no trailing '/', and no character a path may not
   * hold (which the slow path reports).
   */
  static boolean isPlain(String part) {
    int length = part.length();
    if (length == 0 || part.charAt(0) == '/' || part.charAt(length - 1) == '/') {
      return false;
    }
    int segmentStart = 0;
    for (int i = 0; i <= length; i++) {
      char c = i < length ? part.charAt(i) : '/';
      if (c == '\0') {
        return false;
      }
      if (c == '/') {
        int segment = i - segmentStart;
        if (segment == 0
            || (segment == 1 && part.charAt(segmentStart) == '.')
            || (segment == 2 && part.charAt(segmentStart) == '.' && part.charAt(segmentStart + 1) == '.')) {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    return true;
  }
}
