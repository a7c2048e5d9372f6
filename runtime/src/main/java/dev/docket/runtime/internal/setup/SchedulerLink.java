package dev.docket.runtime.internal.setup;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.CoordinatorProvider;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Connects a run to the central scheduler, when it has one: {@code --scheduler URL}, else the
 * system property {@code docket.scheduler} (which a run with a scheduler passes on to its batch
 * jobs, so that they report their branches too), else {@code [core] scheduler}. The token comes
 * from {@code $DOCKET_SCHEDULER_TOKEN}, else the file {@code [core] scheduler-token-file}, else
 * {@code ~/.docket/scheduler/token} (where a scheduler started by the same user writes it).
 * Everything wrong here is bad input, said before any task runs.
 */
public final class SchedulerLink {
  public static final String PROPERTY = "docket.scheduler";
  public static final String TOKEN_VARIABLE = "DOCKET_SCHEDULER_TOKEN";

  private SchedulerLink() {}

  /** The scheduler's coordinator, or {@link Coordinator#NONE} when the run has none. */
  public static Coordinator open(Optional<String> option, DocketConfig config) {
    String where;
    String text;
    if (option.isPresent()) {
      where = "--scheduler";
      text = option.get();
    } else if (System.getProperty(PROPERTY) != null) {
      where = "-D" + PROPERTY;
      text = System.getProperty(PROPERTY);
    } else {
      text = config.section("core").get("scheduler");
      if (text == null || text.isBlank() || text.strip().equals("off")) {
        return Coordinator.NONE;
      }
      where = "[core] scheduler in " + config.where("core", "scheduler");
    }
    URI url = address(text.strip(), where);
    String token = token(config, url);
    CoordinatorProvider provider =
        ServiceLoader.load(CoordinatorProvider.class).findFirst()
            .orElseThrow(
                () ->
                    new BadInputException(
                        where + " needs the central scheduler's client on the class path: add"
                            + " the dependency dev.docket:docket-backend-scheduler"));
    try {
      Coordinator coordinator = provider.connect(url, token);
      // The run's batch jobs use the same scheduler (JobCommand passes the property on), for as
      // long as the run lasts: a later run in this JVM decides for itself.
      String before = System.getProperty(PROPERTY);
      System.setProperty(PROPERTY, url.toString());
      return new Coordinator() {
        @Override
        public dev.docket.runtime.spi.coordination.RunCoordination startRun(
            dev.docket.runtime.TaskId root,
            java.util.List<dev.docket.runtime.spi.coordination.PlannedTask> tasks) {
          return coordinator.startRun(root, tasks);
        }

        @Override
        public void close() {
          if (before == null) {
            System.clearProperty(PROPERTY);
          } else {
            System.setProperty(PROPERTY, before);
          }
          coordinator.close();
        }
      };
    } catch (IOException e) {
      throw new BadInputException(
          "cannot use the scheduler at " + url + " (" + where + "): " + e.getMessage()
              + "; start it (docs/scheduler.md) or run without a scheduler");
    }
  }

  static URI address(String text, String where) {
    try {
      URI url = new URI(text);
      if ((!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()))
          || url.getHost() == null) {
        throw new URISyntaxException(text, "not an http or https address");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new BadInputException(
          "bad value '" + text + "' for " + where
              + ": expected the scheduler's address, e.g. http://127.0.0.1:8082");
    }
  }

  private static String token(DocketConfig config, URI url) {
    String variable = System.getenv(TOKEN_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      return variable.strip();
    }
    String configured = config.section("core").get("scheduler-token-file");
    Path file =
        configured != null && !configured.isBlank()
            ? Path.of(configured.strip())
            : Path.of(System.getProperty("user.home"), ".docket", "scheduler", "token");
    String where =
        configured != null && !configured.isBlank()
            ? "[core] scheduler-token-file in " + config.where("core", "scheduler-token-file")
            : "the default token file";
    try {
      String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (!token.isEmpty()) {
        return token;
      }
    } catch (IOException e) {
      // said below
    }
    throw new BadInputException(
        "no token for the scheduler at " + url + ": cannot read " + file + " (" + where + "); set"
            + " [core] scheduler-token-file to the file the scheduler printed, or $" + TOKEN_VARIABLE);
  }
}
