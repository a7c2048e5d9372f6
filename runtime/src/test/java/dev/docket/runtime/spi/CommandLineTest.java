package dev.docket.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  private static final String FILE = "META-INF/services/" + CommandLine.Launcher.class.getName();

  @TempDir Path dir;

  @Test
  void generatedMainReachesTheRuntimesCommandLineThroughItsServiceFile() {
    // The SPI names no internal class: the one launcher is found through META-INF/services.
    assertEquals(
        "dev.docket.runtime.internal.cli.CliLauncher",
        CommandLine.launcher().getClass().getName());
  }

  @Test
  void theFirstNameOfTheServiceFileCountsCommentsAndBlankLinesApart() throws IOException {
    ClassLoader loader = loaderWith(
        "# the runtime's command line\n\n   dev.docket.runtime.internal.cli.CliLauncher  # ours\n"
            + "java.lang.String\n");
    assertEquals(
        "dev.docket.runtime.internal.cli.CliLauncher",
        CommandLine.launcher(loader).getClass().getName());
  }

  @Test
  void aMissingOrEmptyServiceFileSaysWhatTheJarLost() throws IOException {
    ClassLoader none = loaderWith(null);
    ClassLoader empty = loaderWith("# nothing\n\n");
    for (ClassLoader loader : new ClassLoader[] {none, empty}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> CommandLine.launcher(loader));
      assertTrue(e.getMessage().contains("is not registered: its jar lost " + FILE), e::getMessage);
    }
  }

  @Test
  void aNamedClassThatIsNoLauncherIsNamedInTheError() throws IOException {
    ClassLoader loader = loaderWith("java.lang.String\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CommandLine.launcher(loader));
    assertTrue(e.getMessage().startsWith(
        "the Docket runtime's command line java.lang.String (named in "), e::getMessage);
  }

  /** A loader whose service file is {@code text} ({@code null}: none); classes as the SPI's. */
  private ClassLoader loaderWith(String text) throws IOException {
    URL url;
    if (text == null) {
      url = null;
    } else {
      Path file = Files.writeString(dir.resolve("services"), text);
      url = file.toUri().toURL();
    }
    return new ClassLoader(CommandLine.class.getClassLoader()) {
      @Override
      public URL getResource(String name) {
        return name.equals(FILE) ? url : super.getResource(name);
      }
    };
  }
}
