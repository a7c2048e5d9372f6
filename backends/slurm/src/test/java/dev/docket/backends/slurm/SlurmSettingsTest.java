package dev.docket.backends.slurm;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The {@code [slurm]} section: sbatch options, and bad input named. */
class SlurmSettingsTest {
  private static DocketConfig config(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new DocketConfig(Optional.of(Path.of("/a/docket.cfg")), Path.of("/a"), OptionalInt.empty(),
        Map.of("slurm", section));
  }

  @Test
  void everyKeyBecomesItsSbatchOption() {
    SlurmSettings settings = SlurmSettings.read(config(
        "extra", "--hold --comment='two words' --constraint=\"a|b\"",
        "memory", "4G", "cpus", "2", "time", "1-00:00:00", "partition", "short",
        "account", "cms", "qos", "normal"));
    assertThat(settings.options()).containsExactly(
        "--partition=short", "--time=1-00:00:00", "--account=cms", "--qos=normal", "--mem=4G",
        "--cpus-per-task=2", "--hold", "--comment=two words", "--constraint=a|b").inOrder();
  }

  @Test
  void noSectionNoOptions() {
    assertThat(SlurmSettings.read(DocketConfig.empty(Path.of("/a"))).options()).isEmpty();
  }

  @Test
  void anUnknownKeyIsBadInputNamingItAndTheAllowedOnes() {
    BadInputException e = assertThrows(BadInputException.class, () -> SlurmSettings.read(config("partiton", "short")));
    assertThat(e).hasMessageThat().isEqualTo(
        "unknown key 'partiton' in section [slurm] of /a/docket.cfg (it has partition, time, account,"
            + " qos, memory, cpus, extra; pass any other sbatch option with extra)");
  }

  @Test
  void theSectionIsDeclaredThroughTheServiceLoaderAndCheckedUpFront() {
    // SlurmSection (@AutoService): [slurm] is a known section, its keys and values checked with
    // the rest of the file, before any run, whatever the --workflow.
    ConfigCheck.check(config("partition", "short"), List.of());
    assertThat(assertThrows(BadInputException.class, () -> ConfigCheck.check(config("partiton", "short"), List.of())))
        .hasMessageThat().isEqualTo(
            "unknown key 'partiton' in section [slurm] of /a/docket.cfg; did you mean partition?"
                + " ([slurm] has partition, time, account, qos, memory, cpus, extra)");
    assertThat(assertThrows(BadInputException.class, () -> ConfigCheck.check(config("cpus", "two"), List.of())))
        .hasMessageThat().contains("bad value 'two' for [slurm] cpus");
  }

  @Test
  void timeAndMemoryFollowSbatchsSyntax() {
    for (String time : List.of("30", "30:00", "2:00:00", "1-12", "1-12:00", "1-12:00:00", "UNLIMITED", "infinite", "-1")) {
      assertThat(SlurmSettings.read(config("time", time)).options()).containsExactly("--time=" + time);
    }
    for (String time : List.of("2h", "2:00:00:00", "1.5", "1-", "soon")) {
      assertThat(assertThrows(BadInputException.class, () -> SlurmSettings.read(config("time", time))))
          .hasMessageThat().contains("bad value '" + time + "' for [slurm] time in /a/docket.cfg: expected Slurm's time syntax");
    }
    for (String memory : List.of("4000", "4G", "4g", "4GB", "512M", "0")) {
      assertThat(SlurmSettings.read(config("memory", memory)).options()).containsExactly("--mem=" + memory);
    }
    for (String memory : List.of("4.5G", "4 GiB", "lots")) {
      assertThat(assertThrows(BadInputException.class, () -> SlurmSettings.read(config("memory", memory))))
          .hasMessageThat().contains("for [slurm] memory");
    }
  }

  @Test
  void badValuesAreBadInput() {
    assertThat(assertThrows(BadInputException.class, () -> SlurmSettings.read(config("cpus", "two"))))
        .hasMessageThat().contains("bad value 'two' for [slurm] cpus in /a/docket.cfg: expected a whole number");
    assertThat(assertThrows(BadInputException.class, () -> SlurmSettings.read(config("extra", "--comment='open"))))
        .hasMessageThat().contains("a single quote is not closed");
    assertThat(assertThrows(BadInputException.class, () -> SlurmSettings.read(config("extra", "--array=0-3"))))
        .hasMessageThat().contains("other than --array, which Docket sets itself");
  }

}
