package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Requests on {@code file://} URLs, as file operations. An upload is copied to a temporary
 * sibling ({@link StorageNames#temporary}) and renamed over the file, so a reader sees the old
 * file or the new one.
 */
final class FileStorageClient implements StorageClient {
  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    Path path = path(url);
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return Optional.of(entry(path, attributes));
    } catch (NoSuchFileException | NotDirectoryException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (notADirectory(e)) {
        return Optional.empty(); // a file where a parent directory would be: nothing there
      }
      throw fault(url, e);
    }
  }

  private static boolean notADirectory(IOException e) {
    return e instanceof java.nio.file.FileSystemException fs && "Not a directory".equals(fs.getReason());
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    Path path = path(directory);
    List<RemoteEntry> entries = new ArrayList<>();
    try (Stream<Path> listing = Files.list(path)) {
      for (Path child : (Iterable<Path>) listing::iterator) {
        try {
          entries.add(entry(child, Files.readAttributes(child, BasicFileAttributes.class)));
        } catch (NoSuchFileException e) {
          // removed while listed
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (IOException e) {
      if (notADirectory(e)) {
        return List.of();
      }
      throw fault(directory, e);
    }
    return entries;
  }

  @Override
  public void download(URI url, Path local) throws IOException {
    try {
      Files.copy(path(url), local, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw fault(url, e);
    }
  }

  @Override
  public InputStream open(URI url) throws IOException {
    try {
      return Files.newInputStream(path(url));
    } catch (IOException e) {
      throw fault(url, e);
    }
  }

  @Override
  public void upload(Path local, URI url) throws IOException {
    Path target = path(url);
    Path temp = path(StorageNames.temporary(url));
    try {
      Files.createDirectories(target.getParent());
      Files.copy(local, temp, StandardCopyOption.REPLACE_EXISTING);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw fault(url, e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void delete(URI url) throws IOException {
    try {
      Files.deleteIfExists(path(url));
    } catch (DirectoryNotEmptyException e) {
      throw new StorageException(StorageException.Kind.PERMANENT, url,
          url + " is a directory that is not empty; it is not removed as a file");
    } catch (IOException e) {
      throw fault(url, e);
    }
  }

  @Override
  public void deleteTree(URI url) throws IOException {
    Path root = path(url);
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // removed meanwhile
    } catch (IOException e) {
      throw fault(url, e);
    }
  }

  @Override
  public void mkdirs(URI url) throws IOException {
    try {
      Files.createDirectories(path(url));
    } catch (IOException e) {
      throw fault(url, e);
    }
  }

  private static Path path(URI url) throws StorageException {
    try {
      return Path.of(url);
    } catch (IllegalArgumentException e) {
      throw new StorageException(StorageException.Kind.PERMANENT, url,
          url + " is not a local file URL: " + e.getMessage());
    }
  }

  private static RemoteEntry entry(Path path, BasicFileAttributes attributes) {
    return new RemoteEntry(path.getFileName().toString(),
        attributes.isDirectory() ? 0 : attributes.size(),
        attributes.lastModifiedTime().toMillis(), attributes.isDirectory());
  }

  /**
   * A missing file and a denied access cannot heal by trying again; anything else on a mounted
   * file system (a stale handle, an I/O error) may.
   */
  private static StorageException fault(URI url, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileAlreadyExistsException exists
            ? "a file is in the way of a directory: " + exists.getFile()
        : notADirectory(e) ? "a file is in the way of a directory"
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean permanent = e instanceof NoSuchFileException || e instanceof AccessDeniedException
        || e instanceof java.nio.file.FileAlreadyExistsException || notADirectory(e)
        || e instanceof NotDirectoryException || e instanceof java.nio.file.FileSystemException
            && e.getMessage() != null && (e.getMessage().contains("Read-only")
                || e.getMessage().contains("No space"));
    return new StorageException(
        permanent ? StorageException.Kind.PERMANENT : StorageException.Kind.TRANSIENT,
        url, url + ": " + reason, e);
  }
}
