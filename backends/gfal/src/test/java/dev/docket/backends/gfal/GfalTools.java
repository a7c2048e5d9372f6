package dev.docket.backends.gfal;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gfal2 command line of {@code scripts/gfal-setup.sh}, for the tests. */
final class GfalTools {
  private GfalTools() {}

  static RequiredService required() {
    return RequiredService.onPath("gfal-copy", "install gfal2 with scripts/gfal-setup.sh (as root)");
  }

  /** Skips a test that needs gfal2 to lack the plugin of {@code protocol}. */
  static void assumeNoPlugin(String protocol) {
    assumeFalse(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/gfal2-plugins/libgfal_plugin_" + protocol + ".so")),
        "gfal2's " + protocol + " plugin is installed here");
  }
}
