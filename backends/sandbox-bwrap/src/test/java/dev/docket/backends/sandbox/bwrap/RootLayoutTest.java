package dev.docket.backends.sandbox.bwrap;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootLayoutTest {
  @TempDir Path root;

  @BeforeEach
  void aSmallRoot() throws IOException {
    Files.createDirectories(root.resolve("bin"));
    Files.createDirectories(root.resolve("root"));
    Files.writeString(root.resolve("root/.profile"), "");
    Files.createDirectories(root.resolve("usr/lib/jvm"));
    Files.createSymbolicLink(root.resolve("lib"), Path.of("usr/lib"));
  }

  @Test
  void aRootWithEveryMountPointIsBoundWhole() throws IOException {
    List<String> words = new RootLayout(root, List.of(Path.of("/usr/lib/jvm"), Path.of("/bin"))).words();

    assertThat(words).containsExactly("--ro-bind", root.toString(), "/").inOrder();
  }

  @Test
  void aDirectoryHoldingAMissingMountPointIsSpreadEntryByEntry() throws IOException {
    List<String> words = new RootLayout(root, List.of(Path.of("/root/.m2/repository"), Path.of("/usr/lib/jvm"))).words();

    assertThat(words).containsExactly(
        "--ro-bind", root.resolve("bin").toString(), "/bin",
        "--symlink", "usr/lib", "/lib",
        "--dir", "/root",
        "--ro-bind", root.resolve("root/.profile").toString(), "/root/.profile",
        "--ro-bind", root.resolve("usr").toString(), "/usr").inOrder();
    assertThat(Files.exists(root.resolve("root/.m2"))).isFalse();
  }

  @Test
  void aMissingTopLevelPointNeedsOnlyTheTopSpread() throws IOException {
    List<String> words = new RootLayout(root, List.of(Path.of("/work/analysis/store"))).words();

    assertThat(words).containsExactly(
        "--ro-bind", root.resolve("bin").toString(), "/bin",
        "--symlink", "usr/lib", "/lib",
        "--ro-bind", root.resolve("root").toString(), "/root",
        "--ro-bind", root.resolve("usr").toString(), "/usr").inOrder();
  }
}
