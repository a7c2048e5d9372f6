package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outputs that are not files of the store, through {@code --fetch-output} and
 * {@code --remove-output}: remote files and a remote directory of {@code [fs.out]} (a local
 * directory behind file://), a missing remote file, a file outside the store (an input made
 * elsewhere: named, never copied or removed) and a target that is no file (named and skipped by a
 * fetch, removed by its own {@code remove()}).
 */
class ElsewhereOutputsTest extends CliFixture {
  private static final String TASK = "Elsewhere()";
  private Path store;
  private Path remote;
  private Path outside;
  private final Marker marker = new Marker();

  @BeforeEach
  void remoteAndOutsideOutputs() throws IOException {
    store = dir.resolve("data");
    remote = dir.resolve("remote");
    Files.createDirectories(store);
    Files.writeString(dir.resolve("docket.cfg"),
        "[core]\nstore = data\n\n[fs.out]\nbase = " + remote.toUri() + "\nretry-delay = 0s\n");
    write(remote.resolve("skim/a.txt"), "remote a");
    write(remote.resolve("hists/x.txt"), "remote x");
    write(remote.resolve("hists/sub/y.txt"), "remote y");
    outside = write(dir.resolve("calib.txt"), "made elsewhere");
    Family.INSTANCE.outputs =
        List.of(RemoteFileTarget.of("out", "skim", "a.txt"), RemoteFileTarget.of("out", "hists"),
            RemoteFileTarget.of("out", "missing.txt"), LocalFileTarget.of(outside), marker);
    cli.index(() -> List.of(Family.INSTANCE));
  }

  /**
   * Running the family registers it in the process-wide registry, which keeps it: it is taken
   * out again, so that the other tests' lists of known tasks stay the fixtures'.
   */
  @AfterAll
  static void forgetTheFamily() throws ReflectiveOperationException {
    for (String name : List.of("byName", "byType")) {
      Field field = TaskRegistry.class.getDeclaredField(name);
      field.setAccessible(true);
      ((Map<?, ?>) field.get(TaskRegistry.global())).values().remove(Family.INSTANCE);
    }
    assertThat(TaskRegistry.global().find("Elsewhere")).isEmpty();
  }

  private static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private String url(String path) {
    return remote.resolve(path).toUri().toString();
  }

  @Test
  void fetchCopiesRemoteFilesAndDirectoriesAndNamesWhatItSkips() throws IOException {
    Path copies = dir.resolve("copies");
    CliRunner.Result fetched = cli.run("run", "Elsewhere", "--fetch-output", "0,a,copies");
    assertThat(fetched.err()).isEmpty();
    assertThat(fetched.status()).isEqualTo(0);
    assertThat(fetched.outLines())
        .containsExactly(
            "Not fetched: " + outside + " (outside the store " + store + ")",
            "Not fetched: the marker (not a file)",
            "Outputs to fetch into " + copies + " (3):",
            "  " + url("skim/a.txt") + "  (" + TASK + ")",
            "  " + url("hists/sub/y.txt") + "  (" + TASK + ")",
            "  " + url("hists/x.txt") + "  (" + TASK + ")",
            "Fetched 3 files into " + copies + ".")
        .inOrder();
    assertThat(Files.readString(copies.resolve("skim/a.txt"))).isEqualTo("remote a");
    assertThat(Files.readString(copies.resolve("hists/x.txt"))).isEqualTo("remote x");
    assertThat(Files.readString(copies.resolve("hists/sub/y.txt"))).isEqualTo("remote y");
    assertThat(Files.exists(copies.resolve("calib.txt"))).isFalse();
    assertThat(Files.exists(copies.resolve("missing.txt"))).isFalse();
    assertThat(marker.removed).isFalse();

    // Fetched again: the same files are there, unchanged, and counted as such.
    write(remote.resolve("skim/b.txt"), "not an output");
    CliRunner.Result again = cli.run("run", "Elsewhere", "--fetch-output", "0,a,copies");
    assertThat(again.status()).isEqualTo(0);
    assertThat(again.outLines().get(again.outLines().size() - 1))
        .isEqualTo("Fetched 0 files into " + copies + " (3 already there, unchanged).");
  }

  @Test
  void fetchOfOneRemoteFileAmongCopiesAlreadyThereSaysOneFile() throws IOException {
    Path copies = dir.resolve("copies");
    write(copies.resolve("hists/x.txt"), "remote x");
    write(copies.resolve("hists/sub/y.txt"), "remote y");
    CliRunner.Result fetched = cli.run("run", "Elsewhere", "--fetch-output", "0,a,copies");
    assertThat(fetched.status()).isEqualTo(0);
    assertThat(fetched.outLines().get(fetched.outLines().size() - 1))
        .isEqualTo("Fetched 1 file into " + copies + " (2 already there, unchanged).");
    assertThat(Files.readString(copies.resolve("skim/a.txt"))).isEqualTo("remote a");
  }

  @Test
  void fetchNeverOverwritesACopyOfARemoteFileThatDiffers() throws IOException {
    Path copies = dir.resolve("copies");
    Path changed = write(copies.resolve("hists/x.txt"), "edited by hand");
    CliRunner.Result fetched = cli.run("run", "Elsewhere", "--fetch-output", "0,a,copies");
    assertThat(fetched.status()).isEqualTo(2);
    assertThat(fetched.err())
        .isEqualTo("docket: error: --fetch-output would overwrite 1 file in " + copies
            + " that differs from the output, e.g. " + changed
            + "; nothing copied: remove them or fetch into another directory\n");
    assertThat(Files.readString(changed)).isEqualTo("edited by hand");
    assertThat(Files.exists(copies.resolve("skim/a.txt"))).isFalse();
  }

  @Test
  void removeTakesRemoteOutputsAndOtherTargetsButKeepsAFileOutsideTheStore() throws IOException {
    CliRunner.Result removed = cli.run("run", "Elsewhere", "--remove-output", "0", "--yes");
    assertThat(removed.err()).isEmpty();
    assertThat(removed.status()).isEqualTo(0);
    assertThat(removed.outLines())
        .containsExactly(
            "Kept, outside the store " + store + ": " + outside + "  (" + TASK + ")",
            "Outputs to remove (3):",
            "  " + url("skim/a.txt") + "  (" + TASK + ")",
            "  " + url("hists") + "  (" + TASK + ")",
            "  the marker  (" + TASK + ")",
            "Removed 3 outputs.")
        .inOrder();
    assertThat(Files.exists(remote.resolve("skim/a.txt"))).isFalse();
    assertThat(Files.exists(remote.resolve("hists"))).isFalse();
    assertThat(Files.exists(remote.resolve("skim"))).isTrue();
    assertThat(Files.readString(outside)).isEqualTo("made elsewhere");
    assertThat(marker.removed).isTrue();

    // Only the file outside the store is left, and it is kept again.
    CliRunner.Result again = cli.run("run", "Elsewhere", "--remove-output", "0", "--yes");
    assertThat(again.status()).isEqualTo(0);
    assertThat(again.outLines())
        .containsExactly(
            "Kept, outside the store " + store + ": " + outside + "  (" + TASK + ")",
            "No outputs to remove.")
        .inOrder();
    assertThat(Files.readString(outside)).isEqualTo("made elsewhere");
  }

  @Test
  void aDryRemovalListsTheRemoteOutputsAndKeepsThem() throws IOException {
    CliRunner.Result listed = cli.run("run", "Elsewhere", "--remove-output", "0,d");
    assertThat(listed.status()).isEqualTo(0);
    assertThat(listed.outLines()).contains("Outputs to remove (3):");
    assertThat(listed.outLines().get(listed.outLines().size() - 1))
        .isEqualTo("Dry run: nothing removed.");
    assertThat(Files.readString(remote.resolve("skim/a.txt"))).isEqualTo("remote a");
    assertThat(Files.readString(remote.resolve("hists/sub/y.txt"))).isEqualTo("remote y");
    assertThat(marker.removed).isFalse();
  }

  /** A target that is no file: it exists until removed. */
  private static final class Marker implements Target {
    boolean removed;

    @Override
    public boolean exists() {
      return !removed;
    }

    @Override
    public void remove() {
      removed = true;
    }

    @Override
    public String describe() {
      return "the marker";
    }
  }

  /**
   * A family of one task without parameters whose outputs are the running test's; one
   * instance, as the process-wide registry keeps the first family of a name.
   */
  private static final class Family implements TaskFamily<Family> {
    static final Family INSTANCE = new Family();
    volatile List<Target> outputs = List.of();

    @Override
    public String name() {
      return "Elsewhere";
    }

    @Override
    public String description() {
      return "Outputs elsewhere than the store.";
    }

    @Override
    public Class<Family> type() {
      return Family.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of();
    }

    @Override
    public Family create(ParamValues values) {
      return this;
    }

    @Override
    public ParamValues values(Family task) {
      return ParamValues.of(List.of());
    }

    @Override
    public void requirements(Family task, Requirements sink) {}

    @Override
    public void outputs(Family task, Consumer<Target> sink) {
      outputs.forEach(sink);
    }

    @Override
    public void run(Family task, TaskContext context) {
      throw new AssertionError("only fetched and removed here, never run");
    }
  }
}
