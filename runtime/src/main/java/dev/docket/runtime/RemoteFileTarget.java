package dev.docket.runtime;

import dev.docket.runtime.internal.remote.RemoteFs;
import dev.docket.runtime.internal.remote.RemotePaths;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.remote.RemoteUpload;
import dev.docket.runtime.spi.param.Quoting;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A file (or directory) on remote storage: {@code path} under the base of the file system
 * {@code fs}, which a {@code [fs.<fs>]} section of {@code docket.cfg} configures (its base URLs,
 * protocol, cache, retries). Code that reads or writes it is the same as for a {@link
 * LocalFileTarget}; every write is atomic (uploaded under a temporary name, then renamed), and
 * reads and {@link #localized()} go through the file system's local cache.
 *
 * <pre>{@code RemoteFileTarget.of("eos", "skim", version, dataset + ".root")}</pre>
 *
 * <p>A path never leaves its base: a part that is empty, {@code .} or {@code ..}, begins with
 * '/' or holds a NUL or a backslash makes the target unusable, and the planner refuses, as bad
 * input, a parameter value that leads to one. Creating a target is cheap (the file system's
 * name and the path as text); the file system is looked up when the target is used.
 */
public final class RemoteFileTarget implements FileTarget {
  private final String fs;
  private final String path;

  private RemoteFileTarget(String fs, String path) {
    this.fs = fs;
    this.path = path;
  }

  /**
   * The file {@code first/more...} under the base of file system {@code fs}; a part may hold
   * '/' to name several levels at once.
   */
  public static RemoteFileTarget of(String fs, String first, String... more) {
    return new RemoteFileTarget(fs, RemotePaths.join(first, more));
  }

  /** The name of its file system: its section is {@code [fs.<name>]}. */
  public String fs() {
    return fs;
  }

  /** Its path under the base, parts joined with '/'. */
  public String path() {
    return path;
  }

  /**
   * For the planner: the path as written when it could leave its base or alias another path,
   * so that the planner can name the parameter that made it so; {@code null} for a usual path.
   */
  public String unsafePath() {
    return RemotePaths.safe(path) ? null : path;
  }

  @Override
  public boolean exists() {
    return lastModified() != MISSING;
  }

  /** The remote modification time, one stat (or an answer from the planner's listing). */
  @Override
  public long lastModified() {
    try {
      Optional<RemoteEntry> entry = system().stat(safePath());
      return entry.isEmpty() ? MISSING : entry.get().lastModified();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Removes the file, or the directory with what it holds. */
  @Override
  public void remove() throws IOException {
    RemoteFs system = system();
    String safe = safePath();
    Optional<RemoteEntry> entry = system.stat(safe);
    if (entry.isPresent() && entry.get().directory()) {
      system.deleteTree(safe);
    } else if (entry.isPresent()) {
      system.delete(safe);
    }
    system.cache().forget(safe);
  }

  /** The URL on the first base, e.g. {@code davs://host/data/skim/v1/a.root}. */
  @Override
  public String describe() {
    RemoteFs system = RemoteStorage.current().find(fs);
    return system == null ? "[fs." + fs + "]/" + path : system.url(path).toString();
  }

  @Override
  public String readString() throws IOException {
    return new String(readBytes(), StandardCharsets.UTF_8);
  }

  @Override
  public void writeString(String content) throws IOException {
    writeBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] readBytes() throws IOException {
    return Files.readAllBytes(localized());
  }

  @Override
  public void writeBytes(byte[] content) throws IOException {
    try (OutputStream out = newOutputStream()) {
      out.write(content);
    }
  }

  @Override
  public InputStream newInputStream() throws IOException {
    return Files.newInputStream(localized());
  }

  /** A stream into a local temporary file that is uploaded when the stream is closed. */
  @Override
  public OutputStream newOutputStream() throws IOException {
    return RemoteUpload.open(system(), safePath());
  }

  @Override
  public void copyTo(Path local) throws IOException {
    system().download(safePath(), local);
  }

  @Override
  public void copyFrom(Path local) throws IOException {
    RemoteFs system = system();
    String safe = safePath();
    system.upload(local, safe);
    system.cache().forget(safe);
  }

  /** A copy in the file system's cache, fetched again when the remote file changed. */
  @Override
  public Path localized() throws IOException {
    return system().cache().localized(safePath());
  }

  @Override
  public RemoteFileTarget child(String first, String... more) {
    return new RemoteFileTarget(fs, path + "/" + RemotePaths.join(first, more));
  }

  @Override
  public List<RemoteFileTarget> children() throws IOException {
    List<RemoteEntry> entries = new ArrayList<>(system().list(safePath()));
    entries.sort(Comparator.comparing(RemoteEntry::name));
    List<RemoteFileTarget> children = new ArrayList<>(entries.size());
    entries.forEach(entry -> children.add(new RemoteFileTarget(fs, path + "/" + entry.name())));
    return children;
  }

  @Override
  public boolean isDirectory() throws IOException {
    Optional<RemoteEntry> entry = system().stat(safePath());
    return entry.isPresent() && entry.get().directory();
  }

  private RemoteFs system() throws IOException {
    return RemoteStorage.current().fs(fs);
  }

  /** The path, once it is known not to leave the base: the guard behind the planner's check. */
  private String safePath() throws IOException {
    if (!RemotePaths.safe(path)) {
      throw new IOException("refusing to use " + Quoting.escape(path) + " of [fs." + fs
          + "]: a remote path must stay under its base (no empty, '.' or '..' part, no leading"
          + " '/', NUL or backslash)");
    }
    return path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RemoteFileTarget other && other.fs.equals(fs) && other.path.equals(path);
  }

  @Override
  public int hashCode() {
    return fs.hashCode() * 31 + path.hashCode();
  }

  @Override
  public String toString() {
    return "RemoteFileTarget(" + fs + ":" + path + ")";
  }
}
