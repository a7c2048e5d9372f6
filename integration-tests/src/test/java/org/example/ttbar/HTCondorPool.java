package org.example.ttbar;

import dev.docket.testkit.RequiredService;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The personal HTCondor pool of {@code scripts/condor-up.sh} as the HTCondor tests use it. Its
 * tools and jobs run as the unprivileged user {@code ci} (uid 2000; HTCondor refuses root) while
 * the tests run as root, as on a site where the client and the jobs are one user only once these
 * two things are arranged: the jobs read a copy of the analysis's class path that uid 2000 may
 * read (root's {@code ~/.m2} is closed to it), and the store grants uid 2000 access through a
 * default ACL, so that everything the client creates there (the record, the logs' directory,
 * {@code .docket/history.db}, the outputs) stays writable by the jobs whatever the umask.
 */
final class HTCondorPool {
  static final int UID = 2000;
  static final String MISSING = "start it with scripts/condor-up.sh (as root), which also puts the wrappers"
      + " in /opt/condor-ci/bin (on the PATH of the integration tests)";

  private HTCondorPool() {}

  /** condor_submit on the PATH (failsafe puts /opt/condor-ci/bin first) and the collector listening. */
  static RequiredService tools() {
    return RequiredService.onPath("condor_submit", MISSING);
  }

  static RequiredService collector() {
    return RequiredService.listening(9618, "no HTCondor collector on 127.0.0.1:9618: " + MISSING);
  }

  /** Lets uid 2000 into {@code store} and everything later created in it. */
  static void share(Path store) throws IOException, InterruptedException {
    RequiredService.require(RequiredService.find("setfacl").isPresent(),
        "setfacl is not on the PATH: install Debian's acl (scripts/condor-up.sh does)");
    Process p = new ProcessBuilder("setfacl", "-m", "u:" + UID + ":rwx,d:u:" + UID + ":rwx", store.toString())
        .redirectErrorStream(true).start();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("setfacl failed on " + store + ": " + new String(p.getInputStream().readAllBytes()));
    }
  }

  /**
   * Copies the analysis's class path (classes directories and jars) into a world-readable
   * directory under /tmp, which the jobs see, and points {@link AnalysisProcess} at the copy; returns the
   * directory, which the caller removes with {@link #unshareClassPath}.
   */
  static Path shareClassPath() throws IOException {
    Path dir = Files.createTempDirectory("docket-condor-cp");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> copies = new ArrayList<>();
    int n = 0;
    for (String entry : AnalysisProcess.classPath().split(File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = dir.resolve(n++ + "-" + from.getFileName());
      copy(from, to);
      copies.add(to.toString());
    }
    Path file = dir.resolve("analysis.classpath");
    Files.writeString(file, String.join(File.pathSeparator, copies.subList(1, copies.size())));
    System.setProperty("analysis.classes", copies.get(0));
    System.setProperty("analysis.classpath.file", file.toString());
    return dir;
  }

  static void unshareClassPath(Path dir, String classes, String classPathFile) throws IOException {
    System.setProperty("analysis.classes", classes);
    System.setProperty("analysis.classpath.file", classPathFile);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
      Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
      return;
    }
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.copy(p, target);
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
  }
}
