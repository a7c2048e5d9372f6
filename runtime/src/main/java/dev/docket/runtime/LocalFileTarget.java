package dev.docket.runtime;

import dev.docket.runtime.target.AtomicFiles;
import dev.docket.runtime.target.LocalStore;
import dev.docket.runtime.target.StorePaths;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file on the local disk. Relative paths resolve against {@code [core] store} of
 * {@code docket.cfg} (by default the working directory). Every write is atomic: the content
 * goes to a temporary file that is renamed into place only when complete, so a task that dies
 * never leaves an output that looks complete.
 */
public final class LocalFileTarget implements Target {
  /**
   * The absolute, normalised path as text: planning keeps one target per output of a hundred
   * thousand tasks, and only the text is needed to check it; the {@link Path} is made when a
   * task reads or writes the file.
   */
  private final String file;

  private Path path;

  private LocalFileTarget(String file) {
    this.file = file;
  }

  /**
   * A file at {@code first/more...}; relative paths resolve against the store.
   *
   * <pre>{@code LocalFileTarget.of("sel", version, dataset + ".json")}</pre>
   */
  public static LocalFileTarget of(String first, String... more) {
    return new LocalFileTarget(StorePaths.resolve(first, more));
  }

  /** A file at {@code path}; a relative path resolves against the store. */
  public static LocalFileTarget of(Path path) {
    return new LocalFileTarget(LocalStore.root().resolve(path).normalize().toString());
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
    long modified = new File(file).lastModified();
    if (modified != 0) {
      return modified;
    }
    // 0 is also File's answer for a missing file: tell the two apart.
    return new File(file).exists() ? 0 : MISSING;
  }

  @Override
  public void remove() throws IOException {
    Files.deleteIfExists(path());
  }

  @Override
  public String describe() {
    return file;
  }

  public String readString() throws IOException {
    return Files.readString(path(), StandardCharsets.UTF_8);
  }

  /** Replaces the file's content atomically, creating parent directories as needed. */
  public void writeString(String content) throws IOException {
    AtomicFiles.write(path(), content.getBytes(StandardCharsets.UTF_8));
  }

  public byte[] readBytes() throws IOException {
    return Files.readAllBytes(path());
  }

  /** Replaces the file's content atomically, creating parent directories as needed. */
  public void writeBytes(byte[] content) throws IOException {
    AtomicFiles.write(path(), content);
  }

  public InputStream newInputStream() throws IOException {
    return Files.newInputStream(path());
  }

  /** A stream whose content replaces the file when it is closed; nothing appears before. */
  public OutputStream newOutputStream() throws IOException {
    return AtomicFiles.newOutputStream(path());
  }

  public BufferedReader newReader() throws IOException {
    return Files.newBufferedReader(path(), StandardCharsets.UTF_8);
  }

  /** A UTF-8 writer whose content replaces the file when it is closed. */
  public BufferedWriter newWriter() throws IOException {
    return new BufferedWriter(new OutputStreamWriter(newOutputStream(), StandardCharsets.UTF_8));
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
