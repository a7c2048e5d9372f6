package dev.docket.testkit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live run of the sandbox backends' tests, one for all of them: a JVM started through the
 * sandbox's command runs {@link Copy}, which copies a file that only the test
 * image has ({@link #IN_IMAGE}, made by {@code scripts/sandbox-image.sh}) into the store. That
 * the copy arrives shows at once that the command ran inside the image, that the JDK and class
 * path were bound, and that the store was writable.
 */
public final class SandboxProbe {
  /** The directory image {@code scripts/sandbox-image.sh dir} builds. */
  public static final Path DIRECTORY_IMAGE =
      Path.of(System.getenv().getOrDefault("DOCKET_SANDBOX_DIR", "/tmp/docket-sandbox"), "rootfs");

  /** The file only the test image has; its text starts with {@link #IMAGE_TEXT}. */
  public static final String IN_IMAGE = "/opt/docket-test/only-in-image.txt";

  public static final String IMAGE_TEXT = "docket-test image 1";

  /** The JDK the launch starts, bound read-only. */
  public static final Path JDK = Path.of(System.getProperty("java.home"));

  private SandboxProbe() {}

  /**
   * What runs inside the sandbox: copies the file {@code args[0]} to {@code args[1]}. A class of
   * its own, which needs nothing but the JDK: only the test jar is on the class path inside.
   */
  public static final class Copy {
    private Copy() {}

    public static void main(String[] args) throws IOException {
      Files.writeString(Path.of(args[1]), Files.readString(Path.of(args[0])));
    }
  }

  /** Where this class is loaded from (the test jar or classes directory), bound read-only. */
  public static Path classes() {
    try {
      return Path.of(SandboxProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the launch of {@link #launch} copies the image's file to. */
  public static Path out(Path store) {
    return store.resolve("out.txt");
  }

  /**
   * The launch the runtime would make for one task, running {@link Copy} with {@code
   * javaOptions} before the class path: it copies {@link #IN_IMAGE} to {@link #out out(store)}.
   * The JDK and {@link #classes()} are bound read-only, the store writable.
   */
  public static SandboxLaunch launch(Path store, Path workingDirectory, Map<String, String> variables,
      String... javaOptions) {
    Path classes = classes();
    List<String> command = new ArrayList<>();
    command.add(JDK.resolve("bin/java").toString());
    command.addAll(List.of(javaOptions));
    command.addAll(List.of("-cp", classes.toString(), Copy.class.getName(), IN_IMAGE, out(store).toString()));
    return new SandboxLaunch(command, variables, workingDirectory, JDK, List.of(classes), store,
        List.of(SandboxMount.same(JDK, false), SandboxMount.same(classes, false), SandboxMount.same(store, true)));
  }

  /**
   * Runs {@code command} as the runtime does (its environment only, nothing inherited, standard
   * error into standard output), and asserts that it ended with 0 and that the image's file
   * reached the store. Returns what it printed.
   */
  public static String run(SandboxCommand command, Path store) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command.command()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(command.environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(output).that(process.waitFor()).isEqualTo(0);
    assertThat(Files.readString(out(store))).startsWith(IMAGE_TEXT);
    return output;
  }
}
