package dev.docket.runtime.spi.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one reader of a backend's section: unknown keys, blank values, syntax, paths, messages. */
class SectionReaderTest {
  private static final Path FILE = Path.of("/ana/docket.cfg");

  @Test
  void anUnknownKeyIsRefusedNamingItsLineTheKnownKeysAndWhereElseItGoes() {
    SectionReader reader = reader(Map.of("partiton", "short"));

    BadInputException e = assertThrows(BadInputException.class,
        () -> reader.requireKnownKeys(List.of("partition", "time"), "pass any other option with extra"));

    assertThat(e).hasMessageThat().isEqualTo("unknown key 'partiton' in section [batch] of /ana/docket.cfg,"
        + " line 7 (it has partition, time; pass any other option with extra)");
  }

  @Test
  void keysWithTheGivenPrefixAreKnownToo() {
    SectionReader reader = reader(Map.of("attribute.MaxRuntime", "3600", "universe", "vanilla"));

    assertThat(reader.requireKnownKeys(List.of("universe"), "attribute.", "x")).isSameInstanceAs(reader);
    assertThrows(BadInputException.class, () -> reader.requireKnownKeys(List.of("universe"), "x"));
    assertThrows(BadInputException.class, () -> reader.requireKnownKeys(List.of("universe"), "attr.", "x"));
  }

  @Test
  void valuesAreStrippedAndABlankValueIsNotSet() {
    SectionReader reader = reader(Map.of("queue", "  short ", "account", "   "));

    assertThat(reader.value("queue")).isEqualTo("short");
    assertThat(reader.optional("queue")).hasValue("short");
    assertThat(reader.value("account")).isEmpty();
    assertThat(reader.optional("account")).isEmpty();
    assertThat(reader.value("absent")).isEmpty();
    assertThat(reader.optional("absent")).isEmpty();
    assertThat(reader.values()).containsExactly("queue", "  short ", "account", "   ");
  }

  @Test
  void aCheckedValueMustMatchItsSyntaxAndIsNamedWithWhatWasExpected() {
    SectionReader reader = reader(Map.of("cpus", " two ", "memory", "4G"));
    Pattern number = Pattern.compile("[1-9][0-9]*");

    BadInputException e = assertThrows(BadInputException.class,
        () -> reader.checked("cpus", number, "a whole number of CPUs, e.g. 4"));

    assertThat(e).hasMessageThat().isEqualTo(
        "bad value 'two' for [batch] cpus in /ana/docket.cfg, line 7: expected a whole number of CPUs, e.g. 4");
    assertThat(reader.checked("memory", Pattern.compile("[0-9]+G"), "x")).isEqualTo("4G");
    assertThat(reader.checked("absent", number, "x")).isEmpty();
  }

  @Test
  void pathsStartAtTheDirectoryOfDocketCfgOrTheWorkingDirectoryWithoutOne() {
    assertThat(reader(Map.of("job-template", "jobs/t.sh")).path("job-template"))
        .hasValue(Path.of("/ana/jobs/t.sh"));
    assertThat(reader(Map.of("job-template", "/abs/t.sh")).path("job-template"))
        .hasValue(Path.of("/abs/t.sh"));
    assertThat(reader(Map.of()).path("job-template")).isEmpty();
    SectionReader noFile = new SectionReader(
        new DocketConfig(Optional.empty(), Path.of("."), OptionalInt.empty(), Map.of()), "batch");
    assertThat(noFile.base()).isEqualTo(Path.of("").toAbsolutePath());
  }

  private static SectionReader reader(Map<String, String> values) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    values.keySet().forEach(key -> lines.put(key, 7));
    DocketConfig config = new DocketConfig(Optional.of(FILE), Path.of("/ana"), OptionalInt.empty(),
        Map.of("batch", new LinkedHashMap<>(values)), Map.of(),
        new DocketConfig.Lines(Map.of("batch", 6), Map.of("batch", lines)));
    return new SectionReader(config, "batch");
  }
}
