package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An output that is a directory (here Reconstruction's {@code reco/v1/ttbar.json}, made a
 * directory of two files by the test): {@code --fetch-output} copies the files under it, and
 * {@code --remove-output} removes it with what it holds, as it does a remote directory output.
 */
class OutputDirectoryTest extends CliFixture {
  private static final String TASK = "Reconstruction(dataset=ttbar, version=v1)";
  private Path reco;

  @BeforeEach
  void aDirectoryOutput() throws IOException {
    reco = dir.resolve("reco/v1/ttbar.json");
    Files.createDirectories(reco.resolve("sub"));
    Files.writeString(reco.resolve("a.txt"), "first");
    Files.writeString(reco.resolve("sub/b.txt"), "second");
  }

  @Test
  void fetchCopiesEveryFileUnderADirectoryOutput() throws IOException {
    Path copies = dir.resolve("copies");
    CliRunner.Result fetched =
        cli.run("run", "Reconstruction", "--dataset", "ttbar", "--fetch-output", "0,a,copies");
    assertThat(fetched.err()).isEmpty();
    assertThat(fetched.status()).isEqualTo(0);
    assertThat(fetched.outLines())
        .containsExactly(
            "Outputs to fetch into " + copies + " (2):",
            "  " + reco.resolve("a.txt") + "  (" + TASK + ")",
            "  " + reco.resolve("sub/b.txt") + "  (" + TASK + ")",
            "Fetched 2 files into " + copies + ".");
    assertThat(Files.readString(copies.resolve("reco/v1/ttbar.json/a.txt"))).isEqualTo("first");
    assertThat(Files.readString(copies.resolve("reco/v1/ttbar.json/sub/b.txt"))).isEqualTo("second");
  }

  @Test
  void removeTakesADirectoryOutputWithWhatItHoldsButNotWhatALinkInItNames() throws IOException {
    Path kept = Files.writeString(dir.resolve("kept.txt"), "not an output");
    Files.createSymbolicLink(reco.resolve("sub/link"), kept);
    CliRunner.Result removed =
        cli.run("run", "Reconstruction", "--dataset", "ttbar", "--remove-output", "0", "--yes");
    assertThat(removed.err()).isEmpty();
    assertThat(removed.status()).isEqualTo(0);
    assertThat(removed.outLines())
        .containsExactly("Outputs to remove (1):", "  " + reco + "  (" + TASK + ")", "Removed 1 output.")
        .inOrder();
    assertThat(Files.exists(reco)).isFalse();
    assertThat(Files.exists(reco.getParent())).isTrue();
    assertThat(Files.readString(kept)).isEqualTo("not an output");
  }
}
