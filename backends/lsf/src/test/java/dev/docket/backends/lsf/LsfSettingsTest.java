package dev.docket.backends.lsf;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code [lsf]} section: bsub options from docket.cfg, and its mistakes refused by name. */
class LsfSettingsTest {
  @TempDir Path dir;

  private DocketConfig config(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new DocketConfig(Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(), Map.of("lsf", section));
  }

  @Test
  void everyKeyBecomesItsBsubOption() {
    LsfSettings s = LsfSettings.read(config("queue", "short", "time", "1:30", "memory", "4GB", "cores", "4",
        "project", "cms_higgs", "extra", "-G 'analysis group' -R \"select[type==X86_64]\""));

    assertThat(s.directives()).containsExactly("-q short", "-W 1:30", "-M 4GB", "-R \"rusage[mem=4GB]\"", "-n 4",
        "-P cms_higgs").inOrder();
    assertThat(s.extra()).containsExactly("-G", "analysis group", "-R", "select[type==X86_64]").inOrder();
    assertThat(s.maxArraySize()).isEqualTo(1000);
    assertThat(s.template()).isEmpty();
  }

  @Test
  void noSectionIsNoOptions() {
    LsfSettings s = LsfSettings.read(DocketConfig.empty(dir));
    assertThat(s.directives()).isEmpty();
    assertThat(s.extra()).isEmpty();
  }

  @Test
  void anUnknownKeyIsNamedWithTheKnownOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> LsfSettings.read(config("queu", "short")));
    assertThat(e).hasMessageThat().contains("unknown key 'queu' in section [lsf]");
    assertThat(e).hasMessageThat().contains("queue, time, memory");
  }

  @Test
  void badValuesAreNamedWithWhatIsExpected() {
    Map<List<String>, String> cases = Map.of(
        List.of("time", "2h"), "minutes (90) or hours:minutes",
        List.of("memory", "lots"), "e.g. 4GB",
        List.of("cores", "0"), "at least 1",
        List.of("queue", "short; rm -rf ~"), "one LSF queue name",
        List.of("project", "a b"), "without blanks",
        List.of("max-array-size", "-5"), "MAX_JOB_ARRAY_SIZE",
        List.of("max-array-size", "99999999999"), "2147483646",
        List.of("extra", "-J other"), "which Docket sets itself",
        List.of("extra", "-o 'x"), "a single quote is not closed");
    cases.forEach((keyValue, expected) -> {
      BadInputException e = assertThrows(BadInputException.class,
          () -> LsfSettings.read(config(keyValue.get(0), keyValue.get(1))), keyValue.toString());
      assertThat(e).hasMessageThat().contains("bad value '" + keyValue.get(1) + "' for [lsf] " + keyValue.get(0));
      assertThat(e).hasMessageThat().contains(expected);
    });
  }

  @Test
  void theJobTemplateIsFoundBesideDocketCfg_andAMissingOneIsRefusedNow() throws Exception {
    Files.writeString(dir.resolve("site.bsub"), "{{directives}}\n");
    assertThat(LsfSettings.read(config("job-template", "site.bsub")).template()).hasValue(dir.resolve("site.bsub"));

    BadInputException e = assertThrows(BadInputException.class,
        () -> LsfSettings.read(config("job-template", "missing.bsub")));
    assertThat(e).hasMessageThat().contains("[lsf] job-template");
    assertThat(e).hasMessageThat().contains(dir.resolve("missing.bsub").toString());
  }

  @Test
  void maxArraySizeIsTheSites() {
    assertThat(LsfSettings.read(config("max-array-size", "10000")).maxArraySize()).isEqualTo(10000);
  }

  @Test
  void theSectionIsDeclaredForTheWholeFilesCheck() {
    LsfSection section = new LsfSection();
    assertThat(section.name()).isEqualTo("lsf");
    assertThat(section.keys()).contains("job-template");
    assertThrows(BadInputException.class, () -> section.check(config("cores", "many"), "lsf"));
  }
}
