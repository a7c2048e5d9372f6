package dev.docket.backends.gfal;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one gfal2 command ({@code gfal-stat}, {@code gfal-copy}...) with an argument list, the
 * section's {@code -D} definitions and its timeout. The tools print times in the local zone, so
 * they run with {@code TZ=UTC}; they run the first {@code python3} on the PATH, which must import
 * the gfal2 bindings, so Debian's is named unless the user names one ({@code GFAL_PYTHONBIN}).
 */
final class GfalCli {
  /** The commands the backend runs; check() looks for each on the PATH. */
  static final List<String> TOOLS =
      List.of("gfal-stat", "gfal-ls", "gfal-copy", "gfal-rename", "gfal-rm", "gfal-mkdir");

  /** What a command printed and its exit status (gfal2's errno, 0 when it worked). */
  record Result(int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private final List<String> definitions;
  private final Optional<Path> proxy;
  private final Duration timeout;

  /**
   * @param definitions {@code -D} values, e.g. {@code S3:REGION=us-east-1}
   * @param proxy an X.509 proxy for the grid protocols ({@code X509_USER_PROXY})
   * @param timeout the longest a metadata command may take; copies get more ({@link #copy})
   */
  GfalCli(List<String> definitions, Optional<Path> proxy, Duration timeout) {
    this.definitions = List.copyOf(definitions);
    this.proxy = proxy;
    this.timeout = timeout;
  }

  /** A metadata command ({@code gfal-stat URL}...) about {@code url}, bounded by the timeout. */
  Result run(URI url, String tool, List<String> arguments) throws IOException {
    return run(url, tool, arguments, timeout);
  }

  /**
   * A {@code gfal-copy}: a transfer may take long while data flows, so it is bounded by an hour
   * or the timeout, whichever is longer, and not by the timeout alone.
   */
  Result copy(URI url, List<String> arguments) throws IOException {
    Duration limit = timeout.compareTo(Duration.ofHours(1)) > 0 ? timeout : Duration.ofHours(1);
    return run(url, "gfal-copy", arguments, limit);
  }

  private Result run(URI url, String tool, List<String> arguments, Duration limit) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.add("-t");
    command.add(Long.toString(Math.max(1, limit.toSeconds())));
    for (String definition : definitions) {
      command.add("-D");
      command.add(definition);
    }
    command.addAll(arguments);
    Path out = Files.createTempFile("docket-gfal", ".out");
    Path err = Files.createTempFile("docket-gfal", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      environment(builder.environment());
      Process process = builder.start();
      // gfal's own -t ends it first; this is for a tool that hangs anyway
      if (!process.waitFor(limit.toMillis() + 15_000, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new StorageException(Kind.TRANSIENT, url,
            url + ": " + tool + " did not finish within " + limit.toSeconds() + " s");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(tool + " was interrupted");
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private void environment(Map<String, String> environment) {
    environment.put("TZ", "UTC");
    if (!environment.containsKey("GFAL_PYTHONBIN") && Files.isExecutable(Path.of("/usr/bin/python3"))) {
      environment.put("GFAL_PYTHONBIN", "/usr/bin/python3");
    }
    proxy.ifPresent(file -> environment.put("X509_USER_PROXY", file.toString()));
  }
}
