package dev.docket.runtime.internal.setup;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.CoordinatorProvider;
import dev.docket.runtime.spi.coordination.RunCoordination;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Which scheduler a run uses and with which token, and what is bad input. The scheduler's client
 * lives in another module: a provider of this test's, found through the thread's context class
 * loader as {@link java.util.ServiceLoader} finds the real one, stands for it.
 */
@Isolated("sets the system property docket.scheduler and the thread's context class loader")
class SchedulerLinkTest {
  /** What the provider was asked, and what it answers: filled by the test. */
  static final List<String> CALLS = new ArrayList<>();

  static IOException refusal;

  /** Registered through a services file in a temporary directory. */
  public static final class FakeProvider implements CoordinatorProvider {
    @Override
    public Coordinator connect(URI scheduler, String token) throws IOException {
      if (refusal != null) {
        throw refusal;
      }
      CALLS.add("connect " + scheduler + " " + token);
      return new Coordinator() {
        @Override
        public RunCoordination startRun(
            TaskId root, List<dev.docket.runtime.spi.coordination.PlannedTask> tasks) {
          CALLS.add("startRun " + root + " " + tasks.size());
          return RunCoordination.NONE;
        }

        @Override
        public void close() {
          CALLS.add("close");
        }
      };
    }
  }

  @TempDir Path dir;
  private ClassLoader contextBefore;
  private String propertyBefore;

  @BeforeEach
  void setUp() {
    CALLS.clear();
    refusal = null;
    contextBefore = Thread.currentThread().getContextClassLoader();
    propertyBefore = System.clearProperty(SchedulerLink.PROPERTY);
  }

  @AfterEach
  void tearDown() {
    Thread.currentThread().setContextClassLoader(contextBefore);
    if (propertyBefore == null) {
      System.clearProperty(SchedulerLink.PROPERTY);
    } else {
      System.setProperty(SchedulerLink.PROPERTY, propertyBefore);
    }
  }

  private void withProvider() throws IOException {
    Path services = Files.createDirectories(dir.resolve("classes/META-INF/services"));
    Files.writeString(
        services.resolve(CoordinatorProvider.class.getName()), FakeProvider.class.getName() + "\n");
    URL[] urls = {dir.resolve("classes").toUri().toURL()};
    Thread.currentThread()
        .setContextClassLoader(new URLClassLoader(urls, SchedulerLinkTest.class.getClassLoader()));
  }

  private DocketConfig config(Map<String, String> core) {
    return new DocketConfig(
        Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(), Map.of("core", core));
  }

  private Path tokenFile(String text) throws IOException {
    return Files.writeString(dir.resolve("token"), text);
  }

  private static boolean tokenInEnvironment() {
    String token = System.getenv(SchedulerLink.TOKEN_VARIABLE);
    return token != null && !token.isBlank();
  }

  @Test
  void noSchedulerConfiguredOrOffOrBlankIsNone() {
    assertThat(SchedulerLink.open(Optional.empty(), config(Map.of()))).isSameInstanceAs(Coordinator.NONE);
    assertThat(SchedulerLink.open(Optional.empty(), config(Map.of("scheduler", " off "))))
        .isSameInstanceAs(Coordinator.NONE);
    assertThat(SchedulerLink.open(Optional.empty(), config(Map.of("scheduler", "  "))))
        .isSameInstanceAs(Coordinator.NONE);
    assertThat(CALLS).isEmpty();
  }

  @Test
  void anAddressMustBeHttpOrHttpsWithAHost() {
    assertThat(SchedulerLink.address("http://127.0.0.1:8082", "--scheduler"))
        .isEqualTo(URI.create("http://127.0.0.1:8082"));
    assertThat(SchedulerLink.address("https://sched.example.org/x", "--scheduler").getHost())
        .isEqualTo("sched.example.org");
    for (String bad : List.of("ftp://127.0.0.1:8082", "127.0.0.1:8082", "http:///path", "http://a b")) {
      BadInputException e =
          assertThrows(BadInputException.class, () -> SchedulerLink.address(bad, "--scheduler"));
      assertThat(e)
          .hasMessageThat()
          .isEqualTo(
              "bad value '" + bad + "' for --scheduler: expected the scheduler's address, e.g."
                  + " http://127.0.0.1:8082");
    }
  }

  @Test
  void theOptionWinsOverThePropertyWhichWinsOverTheFile() throws IOException {
    withProvider();
    Path token = tokenFile(" secret \n");
    DocketConfig config =
        config(Map.of("scheduler", "http://127.0.0.1:3", "scheduler-token-file", token.toString()));
    String expectedToken = tokenInEnvironment()
        ? System.getenv(SchedulerLink.TOKEN_VARIABLE).strip() : "secret";

    SchedulerLink.open(Optional.empty(), config).close();
    System.setProperty(SchedulerLink.PROPERTY, "http://127.0.0.1:2");
    SchedulerLink.open(Optional.empty(), config).close();
    SchedulerLink.open(Optional.of(" http://127.0.0.1:1 "), config).close();

    assertThat(CALLS)
        .containsExactly(
            "connect http://127.0.0.1:3 " + expectedToken, "close",
            "connect http://127.0.0.1:2 " + expectedToken, "close",
            "connect http://127.0.0.1:1 " + expectedToken, "close")
        .inOrder();
  }

  @Test
  void duringTheRunItsBatchJobsSeeTheSchedulerAfterItThePropertyIsAsBefore() throws IOException {
    withProvider();
    DocketConfig config = config(Map.of("scheduler-token-file", tokenFile("t").toString()));

    Coordinator coordinator = SchedulerLink.open(Optional.of("http://127.0.0.1:9"), config);
    assertThat(System.getProperty(SchedulerLink.PROPERTY)).isEqualTo("http://127.0.0.1:9");
    assertThat(coordinator.startRun(new TaskId("Selection", "dataset=x"), List.of()))
        .isSameInstanceAs(RunCoordination.NONE);
    coordinator.close();
    assertThat(System.getProperty(SchedulerLink.PROPERTY)).isNull();
    assertThat(CALLS).contains("startRun Selection(dataset=x) 0");

    System.setProperty(SchedulerLink.PROPERTY, "http://127.0.0.1:8");
    Coordinator second = SchedulerLink.open(Optional.of("http://127.0.0.1:9"), config);
    assertThat(System.getProperty(SchedulerLink.PROPERTY)).isEqualTo("http://127.0.0.1:9");
    second.close();
    assertThat(System.getProperty(SchedulerLink.PROPERTY)).isEqualTo("http://127.0.0.1:8");
    assertThat(CALLS).containsAtLeast("close", "close");
  }

  @Test
  void aMissingOrEmptyTokenFileIsBadInputNamingTheFileAndTheFix() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        tokenInEnvironment(), "$DOCKET_SCHEDULER_TOKEN is set: the file is not read");
    withProvider();
    Path missing = dir.resolve("no-token");
    BadInputException noFile =
        assertThrows(
            BadInputException.class,
            () ->
                SchedulerLink.open(
                    Optional.of("http://127.0.0.1:9"),
                    config(Map.of("scheduler-token-file", " " + missing + " "))));
    assertThat(noFile)
        .hasMessageThat()
        .isEqualTo(
            "no token for the scheduler at http://127.0.0.1:9: cannot read " + missing
                + " ([core] scheduler-token-file in " + dir.resolve("docket.cfg") + "); set"
                + " [core] scheduler-token-file to the file the scheduler printed, or"
                + " $DOCKET_SCHEDULER_TOKEN");

    Path empty = tokenFile(" \n");
    BadInputException blank =
        assertThrows(
            BadInputException.class,
            () ->
                SchedulerLink.open(
                    Optional.of("http://127.0.0.1:9"),
                    config(Map.of("scheduler-token-file", empty.toString()))));
    assertThat(blank).hasMessageThat().contains("cannot read " + empty + " ([core] scheduler-token-file");

    String home = System.getProperty("user.home");
    System.setProperty("user.home", dir.resolve("home").toString());
    try {
      BadInputException byDefault =
          assertThrows(
              BadInputException.class,
              () ->
                  SchedulerLink.open(
                      Optional.of("http://127.0.0.1:9"), config(Map.of("scheduler-token-file", " "))));
      assertThat(byDefault)
          .hasMessageThat()
          .contains(
              "cannot read " + dir.resolve("home/.docket/scheduler/token")
                  + " (the default token file)");
    } finally {
      System.setProperty("user.home", home);
    }
    assertThat(CALLS).isEmpty();
  }

  @Test
  void aBadAddressInTheFileNamesItsLine() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> SchedulerLink.open(Optional.empty(), config(Map.of("scheduler", "localhost"))));
    assertThat(e)
        .hasMessageThat()
        .startsWith("bad value 'localhost' for [core] scheduler in " + dir.resolve("docket.cfg"));

    System.setProperty(SchedulerLink.PROPERTY, "nope");
    BadInputException property =
        assertThrows(
            BadInputException.class, () -> SchedulerLink.open(Optional.empty(), config(Map.of())));
    assertThat(property).hasMessageThat().startsWith("bad value 'nope' for -Ddocket.scheduler:");
  }

  /**
   * Opens a link to {@code http://127.0.0.1:9} with a token, which must fail as bad input and
   * leave the batch jobs' property unset (nothing half-installed).
   */
  private BadInputException refusedLink() throws IOException {
    DocketConfig config = config(Map.of("scheduler-token-file", tokenFile("t").toString()));
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> SchedulerLink.open(Optional.of("http://127.0.0.1:9"), config));
    assertThat(System.getProperty(SchedulerLink.PROPERTY)).isNull();
    return e;
  }

  @Test
  void withoutTheClientOnTheClassPathTheMessageNamesTheDependency() throws IOException {
    assertThat(refusedLink())
        .hasMessageThat()
        .isEqualTo(
            "--scheduler needs the central scheduler's client on the class path: add the"
                + " dependency dev.docket:docket-backend-scheduler");
  }

  @Test
  void aSchedulerThatCannotBeReachedIsBadInputWithTheFix() throws IOException {
    withProvider();
    refusal = new IOException("connection refused by http://127.0.0.1:9");

    assertThat(refusedLink())
        .hasMessageThat()
        .isEqualTo(
            "cannot use the scheduler at http://127.0.0.1:9 (--scheduler): connection refused by"
                + " http://127.0.0.1:9; start it (docs/scheduler.md) or run without a scheduler");
  }
}
