package dev.docket.backends.sandbox.bwrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bwrap words that make a root directory the sandbox's {@code /}, read-only, with room for
 * the mount points that it does not have. bwrap creates a missing mount point with {@code mkdir},
 * which fails inside a read-only bind (and would change the user's root directory if it were
 * writable). So a directory of the root that must hold a missing mount point is not bound whole:
 * it becomes an empty directory of bwrap's own (a {@code tmpfs}) where each of its entries is
 * bound one by one, and so on down to the missing point's parent. Nothing else is copied or
 * changed: a root without missing points is one {@code --ro-bind root /}.
 */
final class RootLayout {
  private final Path root;
  private final List<Path> missing;

  /**
   * @param root the root directory outside
   * @param needed absolute paths inside that must exist (mount points, the working directory);
   *     those the root has are no concern
   */
  RootLayout(Path root, List<Path> needed) {
    this.root = root;
    this.missing = needed.stream().filter(path -> !Files.exists(outside(path), LinkOption.NOFOLLOW_LINKS)).toList();
  }

  /** The words, in bwrap's order (a directory before what is bound in it). */
  List<String> words() throws IOException {
    List<String> words = new ArrayList<>();
    if (missing.isEmpty()) {
      words.addAll(List.of("--ro-bind", root.toString(), "/"));
    } else {
      spread(Path.of("/"), words);
    }
    return words;
  }

  private void spread(Path inside, List<String> words) throws IOException {
    List<Path> entries;
    try (Stream<Path> list = Files.list(outside(inside))) {
      entries = list.sorted().toList();
    }
    for (Path entry : entries) {
      Path target = inside.resolve(entry.getFileName().toString());
      if (Files.isSymbolicLink(entry)) {
        words.addAll(List.of("--symlink", Files.readSymbolicLink(entry).toString(), target.toString()));
      } else if (Files.isDirectory(entry) && holdsMissing(target)) {
        words.addAll(List.of("--dir", target.toString()));
        spread(target, words);
      } else {
        words.addAll(List.of("--ro-bind", entry.toString(), target.toString()));
      }
    }
  }

  private boolean holdsMissing(Path directory) {
    return missing.stream().anyMatch(path -> path.startsWith(directory) && !path.equals(directory));
  }

  private Path outside(Path inside) {
    return inside.getNameCount() == 0 ? root : root.resolve(inside.toString().substring(1));
  }
}
