package dev.docket.backends.sandbox.bwrap;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.ContainerMounts;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import dev.docket.runtime.spi.sandbox.SandboxTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code bwrap::<root directory>} sandbox: each task runs under bubblewrap with the directory
 * as its read-only {@code /} (a container without an engine, e.g. an unpacked image or a
 * debootstrapped tree), as the outside user, with its own {@code /proc}, {@code /dev} and an
 * empty {@code /tmp}, its own process, IPC and host name namespaces but the outside network, and
 * the outside paths the task needs bound at the same places. It dies with its parent, so a run
 * that is killed leaves nothing running.
 */
final class BwrapSandbox implements Sandbox {
  /** What bwrap makes itself inside, instead of the root's. */
  private static final Path TMP = Path.of("/tmp");

  private static final List<Path> OWN = List.of(Path.of("/proc"), Path.of("/dev"), TMP);

  private final SandboxSpec spec;
  private final Path root;
  private final BwrapSettings settings;

  BwrapSandbox(SandboxSpec spec, Path root, BwrapSettings settings) {
    this.spec = spec;
    this.root = root;
    this.settings = settings;
  }

  @Override
  public SandboxSpec spec() {
    return spec;
  }

  @Override
  public void check() {
    SandboxTools.require(spec, settings.executable(),
        "install it (apt-get install bubblewrap) or set [sandbox.bwrap] executable to its path");
    if (!Files.isDirectory(root)) {
      throw new BadInputException("the sandbox " + spec + " cannot start: its root directory " + root
          + " does not exist" + (Files.exists(root) ? " (it is a file)" : "")
          + "; unpack or build the root file system there, or name the directory that holds it");
    }
  }

  @Override
  public SandboxCommand command(SandboxLaunch launch) throws IOException {
    List<SandboxMount> mounts = ContainerMounts.of(launch);
    Path workingDirectory = launch.workingDirectory();
    List<Path> needed = new ArrayList<>(OWN);
    for (SandboxMount mount : mounts) {
      if (!coveredBefore(mount.target(), mounts)) {
        needed.add(mount.target());
      }
    }
    // An empty directory of its own when nothing bound holds it (bwrap cannot start elsewhere).
    boolean makeWorkingDirectory = mounts.stream().noneMatch(mount -> workingDirectory.startsWith(mount.target()))
        && (workingDirectory.startsWith(TMP) || !Files.isDirectory(inRoot(workingDirectory)));
    if (makeWorkingDirectory && !workingDirectory.startsWith(TMP)) {
      needed.add(workingDirectory);
    }

    List<String> command = new ArrayList<>(List.of(settings.executable(),
        "--die-with-parent", "--unshare-pid", "--unshare-ipc", "--unshare-uts"));
    command.addAll(new RootLayout(root, needed).words());
    command.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", TMP.toString()));
    for (SandboxMount mount : mounts) {
      command.addAll(List.of(mount.writable() ? "--bind" : "--ro-bind",
          mount.source().toString(), mount.target().toString()));
    }
    if (makeWorkingDirectory) {
      command.addAll(List.of("--dir", workingDirectory.toString()));
    }
    command.addAll(List.of("--chdir", workingDirectory.toString()));
    command.addAll(settings.options());
    command.add("--");
    command.addAll(launch.command());
    return new SandboxCommand(command, launch.outsideEnvironment());
  }

  /** Whether something bound or made before {@code target} already holds it (then bwrap can make it). */
  private static boolean coveredBefore(Path target, List<SandboxMount> mounts) {
    if (target.startsWith(TMP)) {
      return true;
    }
    return mounts.stream().anyMatch(mount -> target.startsWith(mount.target()) && !target.equals(mount.target()));
  }

  private Path inRoot(Path inside) {
    return root.resolve(inside.toString().substring(1));
  }
}
