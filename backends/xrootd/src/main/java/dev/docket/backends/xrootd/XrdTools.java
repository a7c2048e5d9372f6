package dev.docket.backends.xrootd;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code xrdfs} and {@code xrdcp} are: looked up once in a search path when a section is
 * checked or a client opened, so that a missing tool is reported before anything runs.
 */
record XrdTools(Path xrdfs, Path xrdcp) {
  /** Both tools in the directories of {@code searchPath} (a PATH value); empty when one is missing. */
  static Optional<XrdTools> find(String searchPath) {
    Optional<Path> xrdfs = find("xrdfs", searchPath);
    Optional<Path> xrdcp = find("xrdcp", searchPath);
    return xrdfs.isPresent() && xrdcp.isPresent()
        ? Optional.of(new XrdTools(xrdfs.get(), xrdcp.get()))
        : Optional.empty();
  }

  private static Optional<Path> find(String program, String searchPath) {
    for (String dir : searchPath.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
