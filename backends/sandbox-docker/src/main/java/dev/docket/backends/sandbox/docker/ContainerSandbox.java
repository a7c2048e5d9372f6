package dev.docket.backends.sandbox.docker;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.ContainerMounts;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import dev.docket.runtime.spi.sandbox.SandboxTools;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@code docker::<image>} or {@code podman::<image>} sandbox: each task runs in a new container
 * of the image ({@code run --rm}), attached, so that its output and exit status come back through
 * the engine's client. The container runs as the outside user (so that outputs in the store are
 * theirs) and sees the outside paths the task needs bound at the same places.
 */
final class ContainerSandbox implements Sandbox {
  /** How long the engine may take to say whether it has the image. */
  private static final Duration INSPECT = Duration.ofSeconds(60);

  /** Outside variables that keep text and time the same inside (Java 17 reads the charset from the locale). */
  private static final List<String> PASSED = List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SandboxSpec spec;
  private final Engine engine;
  private final ContainerSettings settings;
  private final OutsideUser user;
  private final boolean rootless;

  /**
   * @param user who the task runs as inside
   * @param rootless whether the engine runs without root (podman started by a user): then it maps
   *     the user into the container itself
   */
  ContainerSandbox(SandboxSpec spec, Engine engine, ContainerSettings settings, OutsideUser user, boolean rootless) {
    this.spec = spec;
    this.engine = engine;
    this.settings = settings;
    this.user = user;
    this.rootless = rootless;
  }

  @Override
  public SandboxSpec spec() {
    return spec;
  }

  @Override
  public void check() throws IOException {
    SandboxTools.require(spec, settings.executable(), "install it (" + engine.install()
        + ") or set [" + engine.section() + "] executable to its path");
    List<String> inspect = engine(List.of("image", "inspect", "--format", "{{.Id}}", spec.argument()));
    Commands.Result result;
    try {
      result = Commands.run(inspect, INSPECT);
    } catch (Commands.TimedOut e) {
      throw new BadInputException("the sandbox " + spec + " cannot start: " + engine.kind()
          + " did not answer within " + INSPECT.toSeconds() + " s; is its daemon running?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + engine.kind() + " for " + spec.argument(), e);
    }
    if (result.ok()) {
      return;
    }
    String error = result.stderr().strip();
    String lower = error.toLowerCase(Locale.ROOT);
    if (lower.contains("no such image") || lower.contains("image not known")) {
      throw new BadInputException("the sandbox " + spec + " cannot start: " + engine.kind()
          + " has no image " + spec.argument() + "; pull it (" + engine.kind() + " pull "
          + spec.argument() + ") or build it, then run again");
    }
    String firstLine = error.isEmpty() ? "exit status " + result.exitCode() : error.lines().findFirst().orElseThrow();
    throw new BadInputException("the sandbox " + spec + " cannot start: " + engine.kind()
        + " image inspect failed (" + firstLine + "); start its daemon, or point [" + engine.section()
        + "] global-options at it (e.g. -H unix:///path/docker.sock)");
  }

  @Override
  public SandboxCommand command(SandboxLaunch launch) {
    String name = "docket-" + HexFormat.of().formatHex(bytes());
    List<String> run = new ArrayList<>(List.of("run", "--rm", "--name", name, "--user", user.ids()));
    if (engine == Engine.PODMAN && rootless) {
      run.add("--userns=keep-id"); // else the user is root inside and one of its subuids outside
    }
    run.addAll(List.of("--workdir", launch.workingDirectory().toString()));
    for (SandboxMount mount : ContainerMounts.of(launch)) {
      run.addAll(List.of("--volume", volume(mount)));
    }
    Map<String, String> environment = launch.outsideEnvironment();
    // By name only: the client passes each value from its own environment, not its command line.
    TreeSet<String> names = new TreeSet<>(launch.variables().keySet());
    for (String variable : PASSED) {
      if (environment.containsKey(variable)) {
        names.add(variable);
      }
    }
    for (String variable : names) {
      run.addAll(List.of("--env", variable));
    }
    run.addAll(settings.runOptions());
    run.add(spec.argument());
    run.addAll(launch.command());
    return new SandboxCommand(engine(run), environment, engine(List.of("kill", name)));
  }

  private static byte[] bytes() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** {@code source:target[:ro]}, the syntax docker and podman share. */
  private String volume(SandboxMount mount) {
    for (var path : List.of(mount.source(), mount.target())) {
      if (path.toString().contains(":")) {
        throw new BadInputException("the sandbox " + spec + " cannot bind " + path + ": " + engine.kind()
            + " takes no ':' in a bound path; move it or bind a directory above it");
      }
    }
    return mount.source() + ":" + mount.target() + (mount.writable() ? "" : ":ro");
  }

  private List<String> engine(List<String> words) {
    List<String> command = new ArrayList<>();
    command.add(settings.executable());
    command.addAll(settings.globalOptions());
    command.addAll(words);
    return command;
  }
}
