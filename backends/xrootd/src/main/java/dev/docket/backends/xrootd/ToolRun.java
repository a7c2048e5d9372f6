package dev.docket.backends.xrootd;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code xrdfs} or {@code xrdcp} for a request on a URL, through {@link Commands}
 * (an argument list, never a shell; output in files, so a listing of ten thousand entries
 * cannot fill a pipe): what it printed, or the fault it stands for when it could not run or
 * was stopped.
 *
 * <p>The limit is the section's {@code timeout}: a metadata request must answer within it, and
 * a copy is stopped when it has moved no byte for that long ({@link Commands#runWhileBusy}), so
 * that a 1 GB file over a slow link is not cut off while it flows.
 */
final class ToolRun {
  /** What a tool printed and how it ended. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  private ToolRun() {}

  /** Runs {@code command} for a request on {@code url}; a copy is timed by its progress. */
  static Result run(List<String> command, Duration timeout, boolean copy, URI url) throws IOException {
    Map<String, String> environment = environment(System.getenv(), timeout);
    Commands.Result result;
    try {
      result = copy ? Commands.runWhileBusy(command, environment, timeout)
          : Commands.run(command, environment, timeout);
    } catch (Commands.TimedOut e) {
      throw new StorageException(Kind.TRANSIENT, url,
          url + ": " + Path.of(command.get(0)).getFileName() + " did not answer within "
              + timeout.toSeconds() + " s (the section's timeout); it was stopped");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while " + command.get(0) + " ran for " + url);
    } catch (BadInputException e) {
      // Commands' words for a tool that could not be started, with where it looked
      throw new StorageException(Kind.PERMANENT, url,
          url + ": " + e.getMessage() + "; " + XrootdProvider.INSTALL_ADVICE, e);
    }
    return new Result(command, result.exitCode(), result.stdout(), result.stderr());
  }

  /**
   * The client library's own settings, unless the user has set them ({@code inherited}): one
   * connection attempt (the runtime retries with back-off and fails over, and XrdCl's default of
   * five attempts 120 s apart would outlast any timeout), its request timeout no longer than
   * ours, and UTC so that the times it prints are read back correctly.
   */
  static Map<String, String> environment(Map<String, String> inherited, Duration timeout) {
    String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
    Map<String, String> env = new HashMap<>();
    for (String name : List.of("XRD_CONNECTIONRETRY", "XRD_CONNECTIONWINDOW", "XRD_REQUESTTIMEOUT",
        "XRD_STREAMTIMEOUT")) {
      if (!inherited.containsKey(name)) {
        env.put(name, name.equals("XRD_CONNECTIONRETRY") ? "1" : seconds);
      }
    }
    env.put("TZ", "UTC");
    return env;
  }
}
