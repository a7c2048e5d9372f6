package dev.docket.runtime.spi.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A section whose check reads its settings: name, keys, and the reader's failure as the check's. */
class SettingsSectionTest {
  private static final DocketConfig CONFIG = new DocketConfig(Optional.of(Path.of("/a/docket.cfg")),
      Path.of("/a"), OptionalInt.empty(), Map.of("sandbox.x", Map.of("options", "'")));

  private final List<DocketConfig> read = new ArrayList<>();

  private final class Recording extends SettingsSection {
    Recording() {
      super("sandbox.x", new ArrayList<>(List.of("executable", "options")), read::add);
    }
  }

  @Test
  void namesItsSectionAndKeysAndReadsTheWholeConfigurationToCheckIt() {
    SettingsSection section = new Recording();

    section.check(CONFIG, "sandbox.x");

    assertThat(section.name()).isEqualTo("sandbox.x");
    assertThat(section.keys()).containsExactly("executable", "options").inOrder();
    assertThrows(UnsupportedOperationException.class, () -> section.keys().add("other"));
    assertThat(read).containsExactly(CONFIG);
  }

  @Test
  void aBadValueFailsTheCheckWithTheReadersMessage() {
    SettingsSection section = new SettingsSection("sandbox.x", List.of("options"),
        config -> new SectionReader(config, "sandbox.x").checked("options", java.util.regex.Pattern.compile("\\w*"), "a word")) {};

    BadInputException e = assertThrows(BadInputException.class, () -> section.check(CONFIG, "sandbox.x"));

    assertThat(e).hasMessageThat().isEqualTo("bad value ''' for [sandbox.x] options in /a/docket.cfg: expected a word");
  }
}
