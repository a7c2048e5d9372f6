package dev.docket.backends.gfal;

import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  Commands.Result run(URI url, String tool, List<String> arguments) throws IOException {
    return run(url, tool, arguments, timeout);
  }

  /**
   * A {@code gfal-copy}: a transfer may take long while data flows, so it is bounded by an hour
   * or the timeout, whichever is longer, and not by the timeout alone.
   */
  Commands.Result copy(URI url, List<String> arguments) throws IOException {
    Duration limit = timeout.compareTo(Duration.ofHours(1)) > 0 ? timeout : Duration.ofHours(1);
    return run(url, "gfal-copy", arguments, limit);
  }

  private Commands.Result run(URI url, String tool, List<String> arguments, Duration limit) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(tool);
    command.add("-t");
    command.add(Long.toString(Math.max(1, limit.toSeconds())));
    for (String definition : definitions) {
      command.add("-D");
      command.add(definition);
    }
    command.addAll(arguments);
    try {
      // gfal's own -t ends it first; this is for a tool that hangs anyway
      return Commands.run(command, environment(), limit.plusSeconds(15));
    } catch (Commands.TimedOut e) {
      throw new StorageException(Kind.TRANSIENT, url,
          url + ": " + tool + " did not finish within " + limit.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(tool + " was interrupted");
    }
  }

  /** What the tools' environment needs on top of this process's own. */
  private Map<String, String> environment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("TZ", "UTC");
    if (System.getenv("GFAL_PYTHONBIN") == null && Files.isExecutable(Path.of("/usr/bin/python3"))) {
      environment.put("GFAL_PYTHONBIN", "/usr/bin/python3");
    }
    proxy.ifPresent(file -> environment.put("X509_USER_PROXY", file.toString()));
    return environment;
  }
}
