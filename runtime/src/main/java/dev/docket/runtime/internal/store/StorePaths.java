package dev.docket.runtime.internal.store;

import java.nio.file.Path;

/**
 * Turns the names a task gives for an output into an absolute, normalised path under the
 * store, as text. Planning a large graph makes one such name per output, so the common case (a
 * relative path of plain names) is joined as text, instead of building a path for the parts,
 * another for the store and a third for the normalised result.
 *
 * <p>A plain relative path cannot leave the store, so the fast path checks nothing more. Only
 * the slow path looks for what makes a path unsafe (see {@link #unsafe}): a part that climbs out
 * of the store, an absolute path outside it, a NUL character, or an empty, {@code .} or
 * {@code ..} part, which would let two task identities share one file.
 */
public final class StorePaths {
  private StorePaths() {}

  /**
   * {@code first/more...} under {@link LocalStore#root()} for plain parts, joined as text without
   * a check; {@code null} when a part is not plain (then {@link #slow} resolves it).
   */
  public static String plain(String first, String... more) {
    if (!isPlain(first)) {
      return null;
    }
    int length = first.length();
    for (String part : more) {
      if (!isPlain(part)) {
        return null;
      }
      length += part.length() + 1;
    }
    StringBuilder joined = underRoot(length).append(first);
    for (String part : more) {
      joined.append('/').append(part);
    }
    return joined.toString();
  }

  /** {@link #plain(String, String...)} of two parts, without the array of the varargs. */
  public static String plain(String first, String second) {
    if (!isPlain(first) || !isPlain(second)) {
      return null;
    }
    return underRoot(first.length() + 1 + second.length())
        .append(first).append('/').append(second).toString();
  }

  /** The store's root and a '/', with room for {@code length} characters more. */
  private static StringBuilder underRoot(int length) {
    String root = LocalStore.root().toString();
    StringBuilder joined = new StringBuilder(root.length() + 1 + length).append(root);
    return root.endsWith("/") ? joined : joined.append('/');
  }

  /**
   * {@code first/more...}, resolved against {@link LocalStore#root()} when relative, normalised,
   * as text; a path with a NUL character (which no file can have) is joined as written.
   */
  public static String slow(String first, String... more) {
    String written = written(first, more);
    if (written.indexOf('\0') >= 0) {
      // Path refuses NUL; keep the text so that the planner can name the parameter.
      String root = LocalStore.root().toString();
      return written.startsWith("/") ? written : root + (root.endsWith("/") ? "" : "/") + written;
    }
    return LocalStore.root().resolve(Path.of(first, more)).normalize().toString();
  }

  /** The parts joined with '/' as written: unlike {@link Path#of}, an empty part stays visible. */
  public static String written(String first, String... more) {
    if (more.length == 0) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    for (String part : more) {
      joined.append('/').append(part);
    }
    return joined.toString();
  }

  /**
   * Whether a path written as {@code written} that resolved to {@code resolved} is unsafe: it
   * lies outside the store (or is the store itself), has a NUL character, or has an empty,
   * {@code .} or {@code ..} part (a leading '/' aside). Only for the slow path: a plain path is
   * never unsafe.
   */
  public static boolean unsafe(String written, String resolved) {
    return written.indexOf('\0') >= 0 || !inside(resolved) || PathBlame.hasAliasingPart(written);
  }

  /** Whether the normalised absolute {@code file} lies strictly inside the installed store. */
  public static boolean inside(String file) {
    String root = LocalStore.root().toString();
    if (!file.startsWith(root) || file.indexOf('\0') >= 0) {
      return false;
    }
    if (root.endsWith("/")) {
      return file.length() > root.length();
    }
    return file.length() > root.length() + 1 && file.charAt(root.length()) == '/';
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
