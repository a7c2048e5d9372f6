package dev.docket.backends.arc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the output of each ARC job goes: its submission's {@code logs/job-<index>.log}. An ARC
 * job's output stays on the CE until {@code arcget} fetches it, and the SPI polls by job id
 * only, so the log's path is kept per job id in a small file beside the ARC client's own job
 * list ({@code ~/.arc/docket-logs/<id>}); a client started again after the first died finds
 * it there, as {@code arcstat} finds the job in {@code ~/.arc/jobs.dat}. The entry is removed
 * once the output is in the log.
 */
final class ArcLogs {
  private final Path directory;

  ArcLogs(Path directory) {
    this.directory = directory;
  }

  /** Beside the ARC client's job list of this user. */
  static ArcLogs forUser() {
    return new ArcLogs(Path.of(System.getProperty("user.home"), ".arc", "docket-logs"));
  }

  /** Job {@code id}'s output goes to {@code log}. */
  void remember(String id, Path log) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(entry(id), log.toAbsolutePath().toString(), StandardCharsets.UTF_8);
  }

  /** The log of job {@code id}, when a submission of this user made it. */
  Optional<Path> log(String id) throws IOException {
    try {
      return Optional.of(Path.of(Files.readString(entry(id), StandardCharsets.UTF_8).strip()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  void forget(String id) throws IOException {
    Files.deleteIfExists(entry(id));
  }

  /**
   * Appends the files {@code names} of the job's downloaded session directory {@code results}
   * (what {@code arcget} fetched) to its log, a missing one said as such; then forgets the job.
   */
  void append(String id, Path results, Iterable<String> names) throws IOException {
    Optional<Path> log = log(id);
    if (log.isEmpty()) {
      return;
    }
    Files.createDirectories(log.get().getParent());
    StringBuilder missing = new StringBuilder();
    for (String name : names) {
      Path file = results.resolve(name).normalize();
      if (file.startsWith(results) && Files.isRegularFile(file)) {
        Files.write(log.get(), Files.readAllBytes(file), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } else {
        missing.append("docket: the CE returned no ").append(name).append(" for ").append(id).append('\n');
      }
    }
    if (missing.length() > 0) {
      note(id, missing.toString().strip());
    }
    forget(id);
  }

  /** Appends a line of Docket's own to the log of job {@code id} (e.g. why its output is missing). */
  void note(String id, String line) throws IOException {
    Optional<Path> log = log(id);
    if (log.isPresent()) {
      Files.createDirectories(log.get().getParent());
      Files.writeString(log.get(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** The file of {@code id}: its last path segment (ARC's short id), made safe as a file name. */
  private Path entry(String id) {
    String shortId = id.substring(id.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return directory.resolve(shortId.isEmpty() || shortId.startsWith(".") ? "_" + shortId : shortId);
  }

  /** Removes {@code directory} and everything in it. */
  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
