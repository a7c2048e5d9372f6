package dev.docket.runtime.spi.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The binds of a sandbox with a file system of its own (docker, podman, singularity, bwrap) for
 * one launch: the launch's {@link SandboxLaunch#mounts() mounts} and, read-only, the directories
 * outside the JDK that its links point into. Debian's JDK keeps {@code lib/jvm.cfg} and {@code
 * conf/security/java.security} as links into {@code /etc/java-17-openjdk}: bound alone, it does
 * not start ("Error loading java.security file"). Each target is bound once (writable if any
 * asked for it), and a directory before what is bound under it, the order every tool needs.
 */
public final class ContainerMounts {
  /** The JDK's own directories whose links point outside; what lies elsewhere is its data. */
  private static final List<String> LINKED = List.of("conf", "lib");

  private static final Map<Path, List<Path>> OUTSIDE = new ConcurrentHashMap<>();

  private ContainerMounts() {}

  /** What a container binds for {@code launch}, parents first. */
  public static List<SandboxMount> of(SandboxLaunch launch) {
    List<SandboxMount> all = new ArrayList<>(launch.mounts());
    for (Path directory : jdkOutside(launch.javaHome())) {
      all.add(SandboxMount.same(directory, false));
    }
    return normalized(all);
  }

  /**
   * The directories outside {@code javaHome} that links in its {@code conf} and {@code lib}
   * point into, none under another; remembered per JDK, as they do not change during a run.
   */
  public static List<Path> jdkOutside(Path javaHome) {
    return OUTSIDE.computeIfAbsent(javaHome.toAbsolutePath().normalize(), ContainerMounts::scan);
  }

  private static List<Path> scan(Path javaHome) {
    TreeSet<Path> directories = new TreeSet<>();
    try {
      Path real = javaHome.toRealPath();
      for (String name : LINKED) {
        Path directory = real.resolve(name);
        if (!Files.isDirectory(directory)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(directory)) {
          files.filter(Files::isSymbolicLink).forEach(link -> {
            Path target = realOrNull(link);
            // A link to a top-level directory would bind it over the image's: not for a JDK.
            if (target != null && !target.startsWith(real) && target.getParent().getNameCount() >= 2) {
              directories.add(target.getParent());
            }
          });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JDK at " + javaHome, e);
    }
    List<Path> outermost = new ArrayList<>();
    for (Path directory : directories) {
      if (outermost.isEmpty() || !directory.startsWith(outermost.get(outermost.size() - 1))) {
        outermost.add(directory);
      }
    }
    return List.copyOf(outermost);
  }

  private static Path realOrNull(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException dangling) {
      return null; // e.g. src.zip of a JDK without its sources: nothing to bind
    }
  }

  /** {@code mounts} with each target once (writable if any is) and parents first. */
  static List<SandboxMount> normalized(List<SandboxMount> mounts) {
    Map<Path, SandboxMount> byTarget = new LinkedHashMap<>();
    for (SandboxMount mount : mounts) {
      Path target = mount.target().normalize();
      SandboxMount seen = byTarget.get(target);
      if (seen == null) {
        byTarget.put(target, new SandboxMount(mount.source().normalize(), target, mount.writable()));
      } else if (mount.writable() && !seen.writable()) {
        byTarget.put(target, new SandboxMount(seen.source(), target, true));
      }
    }
    List<SandboxMount> ordered = new ArrayList<>(byTarget.values());
    ordered.sort(Comparator.comparingInt(mount -> mount.target().getNameCount()));
    return List.copyOf(ordered);
  }
}
