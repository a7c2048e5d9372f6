package dev.docket.runtime.spi.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of {@code [sandbox.<kind>]}, and the context's whole-file write. */
class SandboxSettingsReaderTest {
  @TempDir Path dir;

  @Test
  void theSectionIsNamedAfterTheKind() {
    assertThat(SandboxSettingsReader.section("apptainer")).isEqualTo("sandbox.apptainer");
  }

  @Test
  void anUnsetOrBlankExecutableIsTheProgramsUsualName() {
    assertThat(reader(Map.of()).executable("bwrap")).isEqualTo("bwrap");
    assertThat(reader(Map.of("executable", "  ")).executable("bwrap")).isEqualTo("bwrap");
    assertThat(reader(Map.of("executable", " /opt/bin/bwrap ")).executable("bwrap")).isEqualTo("/opt/bin/bwrap");
  }

  @Test
  void wordsAreSplitLikeAShellWouldAndNoneWhenUnset() {
    SandboxSettingsReader reader = reader(Map.of("options", "--bind '/data/my files' /data --unshare-net"));

    assertThat(reader.words("options", "options"))
        .containsExactly("--bind", "/data/my files", "/data", "--unshare-net").inOrder();
    assertThat(reader.words("global-options", "options")).isEmpty();
  }

  @Test
  void unbalancedQuotesAreBadInputNamingTheValueTheKeyItsLineAndTheKind() {
    SandboxSettingsReader reader = reader(Map.of("options", "--nv 'x"));

    BadInputException e = assertThrows(BadInputException.class, () -> reader.words("options", "exec options"));

    assertThat(e).hasMessageThat().startsWith("bad value '--nv 'x' for [sandbox.bwrap] options in"
        + " /a/docket.cfg: expected bwrap exec options split like a shell would, but ");
  }

  @Test
  void badNamesTheValueAndWhatWasExpected() {
    BadInputException e = reader(Map.of("options", "-d")).bad("options", "-d", "options other than -d");

    assertThat(e).hasMessageThat().isEqualTo(
        "bad value '-d' for [sandbox.bwrap] options in /a/docket.cfg: expected options other than -d");
  }

  @Test
  void theContextWritesThroughTheRuntimesWriter() throws Exception {
    List<String> written = new ArrayList<>();
    SandboxContext context = new SandboxContext(config(Map.of()), dir,
        (file, bytes) -> written.add(file.getFileName() + "=" + new String(bytes)));

    context.write(dir.resolve("a.env"), "A=1".getBytes());

    assertThat(written).containsExactly("a.env=A=1");
    assertThat(Files.exists(dir.resolve("a.env"))).isFalse();
    assertThrows(NullPointerException.class, () -> new SandboxContext(config(Map.of()), dir, null));
  }

  private static SandboxSettingsReader reader(Map<String, String> bwrap) {
    return new SandboxSettingsReader(config(bwrap), "bwrap");
  }

  private static DocketConfig config(Map<String, String> bwrap) {
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(),
        Map.of("sandbox.bwrap", bwrap));
  }
}
