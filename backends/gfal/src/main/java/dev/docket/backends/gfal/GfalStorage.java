package dev.docket.backends.gfal;

import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageNames;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The storage SPI through the gfal2 command line: one {@code gfal-*} process per request (about
 * a third of a second each, most of it Python starting). An upload is a {@code gfal-copy} to
 * {@link StorageNames#temporary} and a {@code gfal-rename} onto the final name.
 */
final class GfalStorage implements StorageClient {
  private final GfalCli cli;
  private final GfalErrors errors;

  GfalStorage(GfalCli cli, GfalErrors errors) {
    this.cli = cli;
    this.errors = errors;
  }

  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    Commands.Result result = cli.run(url, "gfal-stat", List.of(text(url)));
    if (GfalErrors.notFound(result)) {
      return Optional.empty();
    }
    check(url, "gfal-stat", result);
    Optional<RemoteEntry> entry = GfalOutput.stat(name(url), result.stdout());
    if (entry.isEmpty()) {
      throw new StorageException(StorageException.Kind.TRANSIENT, url,
          url + ": gfal-stat printed no size: " + result.stdout().strip());
    }
    return entry;
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    Commands.Result result = cli.run(directory, "gfal-ls",
        List.of("-l", "-a", "--time-style=full-iso", text(directory)));
    if (GfalErrors.notFound(result)) {
      return List.of();
    }
    check(directory, "gfal-ls", result);
    return GfalOutput.list(result.stdout());
  }

  @Override
  public void download(URI url, Path local) throws IOException {
    Path absolute = local.toAbsolutePath();
    // Beside the target, so that the final move is a rename: a reader never sees a part.
    Path part = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    try {
      Commands.Result result = cli.copy(url, List.of("-f", text(url), text(part.toUri())));
      check(url, "gfal-copy", result);
      Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  @Override
  public void upload(Path local, URI url) throws IOException {
    URI temporary = StorageNames.temporary(url);
    boolean renamed = false;
    try {
      Commands.Result copy = cli.copy(url,
          List.of("-f", "-p", text(local.toAbsolutePath().toUri()), text(temporary)));
      check(url, "gfal-copy", copy);
      Commands.Result rename = cli.run(url, "gfal-rename", List.of(text(temporary), text(url)));
      if (!rename.ok()) {
        // Some protocols do not rename onto an existing file: remove it first. A reader sees
        // the old file or none, never a part.
        Commands.Result remove = cli.run(url, "gfal-rm", List.of(text(url)));
        if (!remove.ok() && !GfalErrors.notFound(remove)) {
          check(url, "gfal-rm", remove);
        }
        rename = cli.run(url, "gfal-rename", List.of(text(temporary), text(url)));
        check(url, "gfal-rename", rename);
      }
      renamed = true;
    } finally {
      if (!renamed) {
        removeQuietly(temporary);
      }
    }
  }

  @Override
  public void delete(URI url) throws IOException {
    Commands.Result result = cli.run(url, "gfal-rm", List.of(text(url)));
    if (!GfalErrors.notFound(result)) {
      check(url, "gfal-rm", result);
    }
  }

  @Override
  public void deleteTree(URI url) throws IOException {
    Commands.Result result = cli.run(url, "gfal-rm", List.of("-r", text(url)));
    if (!GfalErrors.notFound(result)) {
      check(url, "gfal-rm", result);
    }
  }

  @Override
  public void mkdirs(URI url) throws IOException {
    Commands.Result result = cli.run(url, "gfal-mkdir", List.of("-p", text(url)));
    if (!result.ok() && result.exitCode() != GfalErrors.EEXIST) {
      check(url, "gfal-mkdir", result);
    }
  }

  /** Removes what a failed upload may have left; its own failure must not hide the upload's. */
  private void removeQuietly(URI temporary) {
    try {
      cli.run(temporary, "gfal-rm", List.of(text(temporary)));
    } catch (IOException e) {
      // the name marks it as an upload in progress: listings skip it, a clean-up finds it
    }
  }

  private void check(URI url, String tool, Commands.Result result) throws StorageException {
    if (!result.ok()) {
      throw errors.of(url, tool, result);
    }
  }

  /**
   * The URL as gfal2 reads it. Its file plugin wants {@code file:///a/b} (Java writes
   * {@code file:/a/b}) with the path as it is on disk, not percent-encoded; the other plugins
   * take the URL as written.
   */
  static String text(URI url) {
    if ("file".equals(url.getScheme()) && url.getRawAuthority() == null) {
      return "file://" + url.getPath();
    }
    return url.toString();
  }

  private static String name(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    while (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return !name.isEmpty() ? name : url.getHost() != null ? url.getHost() : "root";
  }
}
