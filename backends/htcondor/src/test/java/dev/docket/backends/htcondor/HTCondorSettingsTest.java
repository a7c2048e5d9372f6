package dev.docket.backends.htcondor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The {@code [htcondor]} section: submit lines, spooling, and bad input named. */
class HTCondorSettingsTest {
  static DocketConfig config(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(),
        Map.of("htcondor", section));
  }

  @Test
  void everyKeyBecomesItsSubmitLine() {
    HTCondorSettings settings = HTCondorSettings.read(config(
        "extra", "+JobFlavour = \"espresso\"\nrank = Memory",
        "attribute.MaxRuntime", "3600",
        "accounting-group", "group_cms.alice",
        "requirements", "OpSysAndVer == \"AlmaLinux9\"",
        "request-disk", "2GB", "request-memory", "2000", "request-cpus", "2", "universe", "vanilla"));
    assertThat(settings.lines()).containsExactly(
        "universe = vanilla", "request_cpus = 2", "request_memory = 2000", "request_disk = 2GB",
        "requirements = OpSysAndVer == \"AlmaLinux9\"", "accounting_group = group_cms.alice",
        "+MaxRuntime = 3600", "+JobFlavour = \"espresso\"", "rank = Memory").inOrder();
    assertThat(settings.spool()).isFalse();
    assertThat(settings.writeEventLog()).isTrue();
    assertThat(settings.logDirectory()).isEmpty();
  }

  @Test
  void noSectionIsAVanillaJob() {
    assertThat(HTCondorSettings.read(config()).lines()).containsExactly("universe = vanilla");
    assertThat(HTCondorSettings.read(config())).isEqualTo(HTCondorSettings.none());
  }

  @Test
  void spoolLogDirectoryAndTemplateRelativeToTheConfigFile() {
    HTCondorSettings settings =
        HTCondorSettings.read(config("spool", "true", "log-directory", "condor-logs", "job-template", "my.sub"));
    assertThat(settings.spool()).isTrue();
    assertThat(settings.logDirectory()).hasValue(Path.of("/a/condor-logs"));
    assertThat(settings.template()).hasValue(Path.of("/a/my.sub"));
    assertThat(HTCondorSettings.read(config("log-directory", "none")).writeEventLog()).isFalse();
  }

  @Test
  void anUnknownKeyIsNamed() {
    BadInputException e = assertThrows(BadInputException.class, () -> HTCondorSettings.read(config("request_memory", "2G")));
    assertThat(e).hasMessageThat().startsWith("unknown key 'request_memory' in section [htcondor] of /a/docket.cfg");
    assertThat(e).hasMessageThat().contains("request-memory");
  }

  @Test
  void badValuesAreNamedWithWhatIsExpected() {
    assertThat(message("request-cpus", "two")).contains("bad value 'two' for [htcondor] request-cpus");
    assertThat(message("request-memory", "lots")).contains("expected a size in HTCondor's units: megabytes");
    assertThat(message("universe", "grid")).contains("expected one of vanilla, container");
    assertThat(message("spool", "yes")).contains("bad value 'yes' for [htcondor] spool");
    assertThat(message("accounting-group", "a b")).contains("[htcondor] accounting-group");
    assertThat(message("attribute.Max-Runtime", "1")).contains("bad key 'attribute.Max-Runtime'");
    assertThat(message("attribute.MaxRuntime", " ")).contains("expected a ClassAd expression");
    assertThat(message("requirements", "a\nqueue 100")).contains("expected one line");
  }

  @Test
  void extraMustNotReplaceWhatDocketWrites() {
    assertThat(message("extra", "Queue 100")).contains("submit commands other than queue");
    assertThat(message("extra", "executable=/bin/rm")).contains("other than executable");
    assertThat(message("extra", "rank = Memory\narguments = x")).contains("other than arguments");
  }

  private static String message(String key, String value) {
    return assertThrows(BadInputException.class, () -> HTCondorSettings.read(config(key, value))).getMessage();
  }
}
