package dev.docket.runtime.internal.remote;

/**
 * The relative path of a remote file under its base, as text: parts joined with '/', each part
 * a plain name. A path that could leave its base or alias another ({@code ..}, {@code .}, an
 * empty part, a leading '/', a NUL or a backslash, which some servers read as '/') is unsafe:
 * a {@code RemoteFileTarget} keeps it as written so that the planner can name the parameter
 * that made it, and refuses to touch it.
 */
public final class RemotePaths {
  private RemotePaths() {}

  /** The parts joined with '/' as written; an empty part stays visible. */
  public static String join(String first, String... more) {
    if (more.length == 0) {
      return first;
    }
    int length = first.length();
    for (String part : more) {
      length += part.length() + 1;
    }
    StringBuilder joined = new StringBuilder(length).append(first);
    for (String part : more) {
      joined.append('/').append(part);
    }
    return joined.toString();
  }

  /**
   * Whether {@code path} (parts joined with '/') is safe: not empty, every part a name other
   * than {@code .} and {@code ..}, without NUL or backslash; no leading or trailing '/'.
   */
  public static boolean safe(String path) {
    if (path.isEmpty() || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
      return false;
    }
    int start = 0;
    while (true) {
      int end = path.indexOf('/', start);
      int stop = end < 0 ? path.length() : end;
      int length = stop - start;
      if (length == 0
          || (length == 1 && path.charAt(start) == '.')
          || (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
        return false;
      }
      if (end < 0) {
        return true;
      }
      start = end + 1;
    }
  }

  /** The parent directory of a safe path, {@code ""} for a file directly under the base. */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The last part of a safe path. */
  public static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * A safe path as the path of a URL relative to a base ending in '/': each part
   * percent-encoded except letters, digits and {@code -._~!$&'()*+,;=:@}.
   */
  public static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
