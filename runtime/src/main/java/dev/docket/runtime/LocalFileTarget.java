package dev.docket.runtime;

import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.internal.store.StorePaths;
import dev.docket.runtime.spi.param.Quoting;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file on the local disk. Relative paths resolve against {@code [core] store} of
 * {@code docket.cfg} (by default the working directory). Every write is atomic: the content
 * goes to a temporary file that is renamed into place only when complete, so a task that dies
 * never leaves an output that looks complete.
 *
 * <p>Docket writes and removes only files inside the store: a file outside it (an absolute
 * path, or one that climbs out with {@code ..}) can be read, and can be the output of a task
 * that is already complete (an input made elsewhere), but writing or removing it through this
 * class fails. The planner refuses, as bad input, a parameter value that would put an output
 * outside the store or make two tasks share one file (see the README, "Paths and the store").
 */
public final class LocalFileTarget implements FileTarget {
  /**
   * The absolute, normalised path as text: planning keeps one target per output of a hundred
   * thousand tasks, and only the text is needed to check it; the {@link Path} is made when a
   * task reads or writes the file.
   */
  private final String file;

  /**
   * The path as the task wrote it, its parts joined with '/', when it is unsafe (outside the
   * store, a NUL, an empty, {@code .} or {@code ..} part); {@code null} for the usual path. Set
   * only on the slow path of {@link StorePaths}, so the planner looks closer at few targets.
   */
  private final String written;

  private Path path;

  private LocalFileTarget(String file, String written) {
    this.file = file;
    this.written = written;
  }

  /**
   * A file at {@code first/more...}; relative paths resolve against the store.
   *
   * <pre>{@code LocalFileTarget.of("sel", version, dataset + ".json")}</pre>
   */
  public static LocalFileTarget of(String first, String... more) {
    String plain = StorePaths.plain(first, more);
    if (plain != null) {
      return new LocalFileTarget(plain, null);
    }
    String file = StorePaths.slow(first, more);
    String written = StorePaths.written(first, more);
    return new LocalFileTarget(file, StorePaths.unsafe(written, file) ? written : null);
  }

  /**
   * A file at {@code first/second}, as {@link #of(String, String...)} makes it: the usual
   * directory and file name without the array of the varargs, which a planner listing a
   * hundred thousand outputs would allocate for each.
   *
   * <pre>{@code LocalFileTarget.of("out", task + ".txt")}</pre>
   */
  public static LocalFileTarget of(String first, String second) {
    String plain = StorePaths.plain(first, second);
    return plain != null ? new LocalFileTarget(plain, null) : of(first, new String[] {second});
  }

  /** A file at {@code path}; a relative path resolves against the store. */
  public static LocalFileTarget of(Path path) {
    String file = LocalStore.root().resolve(path).normalize().toString();
    String written = path.toString();
    return new LocalFileTarget(file, StorePaths.unsafe(written, file) ? written : null);
  }

  /** The absolute path of the file. */
  public Path path() {
    Path made = path;
    if (made == null) {
      made = Path.of(file); // a race makes two equal paths, which is harmless
      path = made;
    }
    return made;
  }

  /**
   * Whether the file lies inside the store installed now: only such a file is ever written or
   * removed.
   */
  public boolean insideStore() {
    return StorePaths.inside(file);
  }

  /**
   * For the planner: the path as the task wrote it (parts joined with '/') when it is unsafe —
   * outside the store, with a NUL, or with an empty, {@code .} or {@code ..} part — so that the
   * planner can name the parameter that made it so; {@code null} for a usual path.
   */
  public String unsafePath() {
    return written;
  }

  @Override
  public boolean exists() {
    return new File(file).exists();
  }

  /**
   * One {@code stat} for existence and time, as the planner asks for both; through
   * {@link File}, which allocates no attribute objects and throws nothing for a missing file.
   */
  @Override
  public long lastModified() {
    File at = new File(file);
    long modified = at.lastModified();
    if (modified != 0) {
      return modified;
    }
    // 0 is also File's answer for a missing file: tell the two apart. Java 17 has no call that
    // answers both in one stat without an exception (Files.getLastModifiedTime throws for a
    // missing file, 2.5 times the cost of this second stat), so a caller that expects the file
    // to be missing asks exists() first (TaskRunner does).
    return at.exists() ? 0 : MISSING;
  }

  /** Removes the file, or the directory with what it holds (links in it, not what they name). */
  @Override
  public void remove() throws IOException {
    Path path = writablePath();
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(path);
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) { // deepest first; walk does not follow links
      for (Path each : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(each);
      }
    }
  }

  @Override
  public String describe() {
    return file;
  }

  @Override
  public String readString() throws IOException {
    return Files.readString(path(), StandardCharsets.UTF_8);
  }

  /** Replaces the file's content atomically, creating parent directories as needed. */
  @Override
  public void writeString(String content) throws IOException {
    AtomicFiles.write(writablePath(), content.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] readBytes() throws IOException {
    return Files.readAllBytes(path());
  }

  /** Replaces the file's content atomically, creating parent directories as needed. */
  @Override
  public void writeBytes(byte[] content) throws IOException {
    AtomicFiles.write(writablePath(), content);
  }

  @Override
  public InputStream newInputStream() throws IOException {
    return Files.newInputStream(path());
  }

  /** A stream whose content replaces the file when it is closed; nothing appears before. */
  @Override
  public OutputStream newOutputStream() throws IOException {
    return AtomicFiles.newOutputStream(writablePath());
  }

  @Override
  public BufferedReader newReader() throws IOException {
    return Files.newBufferedReader(path(), StandardCharsets.UTF_8);
  }

  /** A UTF-8 writer whose content replaces the file when it is closed. */
  @Override
  public BufferedWriter newWriter() throws IOException {
    return new BufferedWriter(new OutputStreamWriter(newOutputStream(), StandardCharsets.UTF_8));
  }

  @Override
  public void copyTo(Path local) throws IOException {
    Files.copy(path(), local, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void copyFrom(Path local) throws IOException {
    try (InputStream in = Files.newInputStream(local);
        OutputStream out = newOutputStream()) {
      in.transferTo(out);
    }
  }

  /** The file itself: it is already local. */
  @Override
  public Path localized() {
    return path();
  }

  @Override
  public LocalFileTarget child(String first, String... more) {
    String[] parts = new String[more.length + 1];
    parts[0] = first;
    System.arraycopy(more, 0, parts, 1, more.length);
    return of(file, parts);
  }

  @Override
  public List<LocalFileTarget> children() throws IOException {
    if (!Files.isDirectory(path())) {
      return List.of();
    }
    List<LocalFileTarget> children = new ArrayList<>();
    try (Stream<Path> listing = Files.list(path())) {
      listing.sorted().forEach(child -> children.add(of(child)));
    }
    return children;
  }

  @Override
  public boolean isDirectory() {
    return new File(file).isDirectory();
  }

  /**
   * The path, once it is known to lie inside the store: the last guard before a write or a
   * removal, behind the planner's check of every output.
   */
  private Path writablePath() throws IOException {
    if (!insideStore()) {
      throw new IOException(
          "refusing to write or remove " + Quoting.clean(file) + ": it lies outside the store "
              + LocalStore.root() + ", and Docket writes only inside the store");
    }
    return path();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalFileTarget other && other.file.equals(file);
  }

  @Override
  public int hashCode() {
    return file.hashCode();
  }

  @Override
  public String toString() {
    return "LocalFileTarget(" + file + ")";
  }
}
