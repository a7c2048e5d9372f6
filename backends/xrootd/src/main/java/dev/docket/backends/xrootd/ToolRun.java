package dev.docket.backends.xrootd;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code xrdfs} or {@code xrdcp}: an argument list (never a shell), its output in
 * temporary files (a listing of ten thousand entries would fill a pipe), and a time limit after
 * which the process is killed and the request counts as a transient fault.
 *
 * <p>The limit is the section's {@code timeout} without progress: a metadata request must answer
 * within it, and a copy is killed when it has moved no byte for that long (read from {@code
 * /proc/<pid>/io}), so that a 1 GB file over a slow link is not cut off while it flows. Where
 * {@code /proc} cannot be read the limit bounds the whole copy.
 */
final class ToolRun {
  /** What a tool printed and how it ended. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private static final long POLL_MILLIS = 200;

  private ToolRun() {}

  /** Runs {@code command} for a request on {@code url}. */
  static Result run(List<String> command, Duration timeout, boolean copy, URI url) throws IOException {
    Path out = Files.createTempFile("docket-xrd", ".out");
    Path err = Files.createTempFile("docket-xrd", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      environment(builder.environment(), timeout);
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new StorageException(Kind.PERMANENT, url,
            url + ": cannot run " + command.get(0) + " (" + e.getMessage() + "); "
                + XrootdProvider.INSTALL_ADVICE, e);
      }
      try {
        if (!finished(process, timeout, copy)) {
          process.destroyForcibly().waitFor();
          throw new StorageException(Kind.TRANSIENT, url,
              url + ": " + Path.of(command.get(0)).getFileName() + " did not answer within "
                  + timeout.toSeconds() + " s (the section's timeout); it was stopped");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while " + command.get(0) + " ran for " + url);
      }
      return new Result(command, process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * The client library's own settings, unless the user has set them: one connection attempt
   * (the runtime retries with back-off and fails over, and XrdCl's default of five attempts 120 s
   * apart would outlast any timeout), its request timeout no longer than ours, and UTC so that the
   * times it prints are read back correctly.
   */
  static void environment(Map<String, String> env, Duration timeout) {
    String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
    env.putIfAbsent("XRD_CONNECTIONRETRY", "1");
    env.putIfAbsent("XRD_CONNECTIONWINDOW", seconds);
    env.putIfAbsent("XRD_REQUESTTIMEOUT", seconds);
    env.putIfAbsent("XRD_STREAMTIMEOUT", seconds);
    env.put("TZ", "UTC");
  }

  private static boolean finished(Process process, Duration timeout, boolean copy)
      throws InterruptedException {
    if (!copy) {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    Path io = Path.of("/proc", Long.toString(process.pid()), "io");
    long moved = bytesMoved(io);
    long quietSince = System.nanoTime();
    while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      long now = bytesMoved(io);
      if (now != moved) {
        moved = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > timeout.toNanos()) {
        return false;
      }
    }
    return true;
  }

  /** The bytes a process has read and written so far; -1 where the kernel does not say. */
  static long bytesMoved(Path io) {
    try {
      long total = 0;
      for (String line : Files.readAllLines(io)) {
        if (line.startsWith("rchar:") || line.startsWith("wchar:")) {
          total += Long.parseLong(line.substring(6).trim());
        }
      }
      return total;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
