package dev.docket.backends.xrootd;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import dev.docket.runtime.spi.storage.StorageNames;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Requests on one XRootD server through {@code xrdfs} and {@code xrdcp}, one process each: a
 * stat or a listing of a whole directory is one process and one round trip. Stats and listings
 * are spoken in the JVM instead where the server lets us ({@link JvmMetadata}), else they run
 * the tool too. Safe from several threads.
 */
final class XrootdClient implements StorageClient {
  /** Paths per {@code xrdfs rm}: far below any system's argument limit. */
  private static final int RM_BATCH = 500;
  /** How often an upload's move is tried when another writer keeps re-creating the target. */
  private static final int MOVE_ATTEMPTS = 3;

  private final XrdTools tools;
  private final Duration timeout;
  private final JvmMetadata jvm;

  XrootdClient(XrdTools tools, Duration timeout, JvmMetadata jvm) {
    this.tools = tools;
    this.timeout = timeout;
    this.jvm = jvm;
  }

  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    if (jvm.serves()) {
      try {
        return jvm.stat(url);
      } catch (XrdSession.NotSpoken e) {
        // logged once; the tool from now on
      }
    }
    XrootdUrl at = XrootdUrl.of(url);
    ToolRun.Result result = xrdfs(url, at, "stat", at.bare());
    if (!result.ok()) {
      if (XrdErrors.missing(result)) {
        return Optional.empty();
      }
      throw XrdErrors.failure(result, url);
    }
    return Optional.of(parsed(url, () -> XrdOutput.stat(at.name(), result.stdout())));
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    if (jvm.serves()) {
      try {
        return jvm.list(directory);
      } catch (XrdSession.NotSpoken e) {
        // logged once; the tool from now on
      }
    }
    String self = XrootdUrl.of(directory).bare();
    List<RemoteEntry> entries = new ArrayList<>();
    for (XrdOutput.Listed listed : longListing(directory, false)) {
      // xrdfs ls of a file lists the file itself, which is no entry of a directory.
      if (!listed.path().equals(self)) {
        entries.add(listed.entry());
      }
    }
    return entries;
  }

  /**
   * Copies into a temporary file beside {@code local} and moves it into place at the end, so
   * that a copy that breaks off leaves the old file (or none), never a part.
   */
  @Override
  public void download(URI url, Path local) throws IOException {
    Path target = local.toAbsolutePath();
    Path part = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    try {
      ToolRun.Result result = xrdcp(url, "-f", XrootdUrl.of(url).copyUrl(), part.toString());
      if (!result.ok()) {
        throw XrdErrors.failure(result, url);
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * Copies to a temporary name beside the target ({@code --posc}: the server removes the file
   * if the copy dies before it is closed), then moves it over the target. A server that refuses
   * to move onto an existing file (the POSIX one behind {@code xrootd} replaces it, as rename(2)
   * does) gets the target removed first and the move again: between the two a reader can find no
   * file, never a part of one.
   */
  @Override
  public void upload(Path local, URI url) throws IOException {
    XrootdUrl target = XrootdUrl.of(url);
    XrootdUrl temporary = XrootdUrl.of(StorageNames.temporary(url));
    ToolRun.Result copy =
        xrdcp(url, "-f", "--posc", "--path", local.toAbsolutePath().toString(), temporary.copyUrl());
    if (!copy.ok()) {
      removeQuietly(url, temporary);
      throw XrdErrors.failure(copy, url);
    }
    for (int attempt = 1; ; attempt++) {
      ToolRun.Result move = xrdfs(url, target, "mv", temporary.path(), target.path());
      if (move.ok()) {
        return;
      }
      if (!XrdErrors.exists(move) || attempt == MOVE_ATTEMPTS) {
        removeQuietly(url, temporary);
        throw XrdErrors.failure(move, url);
      }
      ToolRun.Result remove = xrdfs(url, target, "rm", target.path());
      if (!remove.ok() && !XrdErrors.missing(remove)) {
        removeQuietly(url, temporary);
        throw XrdErrors.failure(remove, url);
      }
    }
  }

  @Override
  public void delete(URI url) throws IOException {
    XrootdUrl at = XrootdUrl.of(url);
    ToolRun.Result result = xrdfs(url, at, "rm", at.bare());
    if (!result.ok() && !XrdErrors.missing(result)) {
      throw XrdErrors.failure(result, url);
    }
  }

  /**
   * One recursive listing, the files removed in batches of {@value #RM_BATCH} per process, then
   * the directories deepest first ({@code xrdfs rmdir} takes one empty directory; XRootD 5.5's
   * {@code rm} has no {@code -r}).
   */
  @Override
  public void deleteTree(URI url) throws IOException {
    XrootdUrl root = XrootdUrl.of(url);
    List<String> files = new ArrayList<>();
    List<String> directories = new ArrayList<>();
    for (XrdOutput.Listed listed : longListing(url, true)) {
      (listed.entry().directory() ? directories : files).add(listed.path());
    }
    for (int from = 0; from < files.size(); from += RM_BATCH) {
      List<String> args = new ArrayList<>(List.of("rm"));
      args.addAll(files.subList(from, Math.min(files.size(), from + RM_BATCH)));
      ToolRun.Result result = xrdfs(url, root, args.toArray(String[]::new));
      if (!result.ok() && !XrdErrors.missing(result)) {
        throw XrdErrors.failure(result, url);
      }
    }
    directories.sort(Comparator.comparingInt(String::length).reversed());
    directories.add(root.bare());
    for (String directory : directories) {
      ToolRun.Result result = xrdfs(url, root, "rmdir", directory);
      if (!result.ok() && !XrdErrors.missing(result)) {
        throw XrdErrors.failure(result, url);
      }
    }
  }

  @Override
  public void mkdirs(URI url) throws IOException {
    XrootdUrl at = XrootdUrl.of(url);
    ToolRun.Result result = xrdfs(url, at, "mkdir", "-p", at.bare());
    if (!result.ok()) {
      throw XrdErrors.failure(result, url);
    }
  }

  @Override
  public void close() {
    jvm.close();
  }

  /** {@code xrdfs ls -l} of a directory, recursive or not; empty when it does not exist. */
  private List<XrdOutput.Listed> longListing(URI directory, boolean recursive) throws IOException {
    XrootdUrl at = XrootdUrl.of(directory);
    ToolRun.Result result = recursive
        ? xrdfs(directory, at, "ls", "-l", "-R", at.bare())
        : xrdfs(directory, at, "ls", "-l", at.bare());
    if (!result.ok()) {
      if (XrdErrors.missing(result)) {
        return List.of();
      }
      throw XrdErrors.failure(result, directory);
    }
    return parsed(directory, () -> XrdOutput.list(result.stdout()));
  }

  private void removeQuietly(URI url, XrootdUrl file) {
    try {
      xrdfs(url, file, "rm", file.path());
    } catch (IOException e) {
      // The failure being reported matters more; a left temporary file is skipped by listings.
    }
  }

  private ToolRun.Result xrdfs(URI url, XrootdUrl at, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(tools.xrdfs().toString(), at.server()));
    command.addAll(List.of(args));
    return ToolRun.run(command, timeout, false, url);
  }

  private ToolRun.Result xrdcp(URI url, String... args) throws IOException {
    // --nopbar: no progress bar in the output files; the rest as given.
    List<String> command = new ArrayList<>(List.of(tools.xrdcp().toString(), "--nopbar"));
    command.addAll(List.of(args));
    return ToolRun.run(command, timeout, true, url);
  }

  private static <T> T parsed(URI url, Supplier<T> parse) throws StorageException {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new StorageException(Kind.PERMANENT, url,
          url + ": xrdfs printed what Docket cannot read (" + e.getMessage()
              + "); please report it with the output of xrdcp --version", e);
    }
  }
}
