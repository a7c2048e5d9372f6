package dev.docket.runtime.internal.remote;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A file system {@code [fs.out]} over a local directory, on the built-in file:// protocol, for
 * the tests of remote outputs: a temporary directory of its own per test holds the remote side
 * ({@link #base()}, {@code remote/}) and the store ({@code store/}); the storage is installed as
 * a run installs it ({@link TestRemote#install}) and closed after the test, which also removes
 * the directory. Register it on an instance field with {@code @RegisterExtension}: {@link
 * #installed()} installs before each test, {@link #later()} leaves it to the test's own {@link
 * #install} with the keys it tries.
 */
public final class FileRemote implements BeforeEachCallback, AfterEachCallback {
  /** The file system's name: its section is {@code [fs.out]}. */
  public static final String FS = "out";

  private final boolean installFirst;
  private Path temp;
  private RemoteStorage storage;

  private FileRemote(boolean installFirst) {
    this.installFirst = installFirst;
  }

  /** Installed before each test with no keys but the base. */
  public static FileRemote installed() {
    return new FileRemote(true);
  }

  /** Installed by the test, with {@link #install}. */
  public static FileRemote later() {
    return new FileRemote(false);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    temp = Files.createTempDirectory("docket-remote-test");
    Files.createDirectories(base());
    if (installFirst) {
      install();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (storage != null) {
        storage.close();
      }
    } finally {
      storage = null;
      try (Stream<Path> files = Files.walk(temp)) { // deepest first: a directory empty when removed
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Installs {@code [fs.out]} with {@code extra} keys (key, value, ...) on top of its base. */
  public RemoteFs install(String... extra) {
    storage = TestRemote.install(temp.resolve("store"), FS, base(), extra);
    return storage.find(FS);
  }

  /** The test's own directory, for its local files. */
  public Path temp() {
    return temp;
  }

  /** The remote side: the directory that {@code file://} base names. */
  public Path base() {
    return temp.resolve("remote");
  }

  /** The installed file system. */
  public RemoteFs fs() {
    return storage.find(FS);
  }

  /** Writes {@code content} to {@code path} under the base, its directories created. */
  public Path write(String path, String content) throws IOException {
    Path file = base().resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  /** Writes {@code content} to {@code path} under the base, last modified at {@code millis}. */
  public Path write(String path, String content, long millis) throws IOException {
    return Files.setLastModifiedTime(write(path, content), FileTime.fromMillis(millis));
  }
}
