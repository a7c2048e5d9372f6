package dev.docket.runtime.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The command line as generated code starts it: a compilation's generated {@code Main} calls
 * {@link #main} with its {@link TaskIndex}. It is here, in the SPI, so that generated code names
 * no internal package; the command line itself lives in the runtime's internals and may change
 * without notice.
 */
public final class CommandLine {
  private CommandLine() {}

  /**
   * What runs the command line. The runtime provides the one implementation, registered in its
   * {@code META-INF/services}: found that way, the SPI does not depend on the internals that
   * implement it (they depend on the SPI).
   */
  public interface Launcher {
    /** Runs the command line over the families of {@code index} and exits the JVM. */
    void main(TaskIndex index, String[] args);
  }

  /**
   * Runs the command line over the families of {@code index} (and every other index on the class
   * path) and exits the JVM with its status: 0 done, 1 a task failed, 2 bad input, 128 + the
   * signal's number when a signal interrupted a run.
   */
  public static void main(TaskIndex index, String[] args) {
    launcher().main(index, args);
  }

  static Launcher launcher() {
    return launcher(CommandLine.class.getClassLoader());
  }

  /**
   * The launcher named by the first service file on {@code loader}'s class path. Not
   * {@code ServiceLoader.findFirst()}: it lists the file in every jar of the class path, which
   * opens them all (their central directories read in Java, about 0.03 s of CPU for an analysis'
   * twenty jars) on the start's critical path; this stops at the first jar that has the file,
   * the runtime's own, and the registry's scan of every jar overlaps the start on a thread of its
   * own ({@link TaskRegistry#preload}). Same choice: the first provider in class-path order.
   */
  static Launcher launcher(ClassLoader loader) {
    String file = "META-INF/services/" + Launcher.class.getName();
    URL url = loader.getResource(file);
    String name = url == null ? null : firstName(url);
    if (name == null) {
      throw new IllegalStateException(
          "the Docket runtime's command line is not registered: its jar lost " + file
              + " (a jar merged without merging service files?)");
    }
    try {
      return Class.forName(name, true, loader)
          .asSubclass(Launcher.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "the Docket runtime's command line " + name + " (named in " + url + ") cannot be"
              + " started: " + e, e);
    }
  }

  /** The first class name of a service file: comments after '#', blank lines skipped. */
  private static String firstName(URL url) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
        if (!name.isEmpty()) {
          return name;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }
}
