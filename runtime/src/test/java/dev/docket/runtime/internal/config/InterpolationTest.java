package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ${env:NAME}} and {@code ${section:key}} in {@code docket.cfg}, and value origins. */
class InterpolationTest {
  @TempDir Path dir;

  private DocketConfig load(String text, Map<String, String> env) throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), text);
    return new ConfigLoader(new Environment(env, dir)).load();
  }

  @Test
  void environmentVariablesAndOtherKeysAreExpanded() throws IOException {
    DocketConfig config = load(
        "[core]\nstore = ${env:DATA}/store\n\n[Selection]\n"
            + "dataset = ${core:store}/ttbar\nversion = ${analysis:tag}-$$1\n\n"
            + "[analysis]\ntag = v${env:N}\n",
        Map.of("DATA", "/data", "N", "7"));
    assertThat(config.store()).isEqualTo(Path.of("/data/store"));
    assertThat(config.section("Selection"))
        .containsExactly("dataset", "/data/store/ttbar", "version", "v7-$1");
    ConfigDefaults defaults = new ConfigDefaults(config);
    assertThat(defaults.lookup("Selection", Selection_Params.DATASET).origin())
        .isEqualTo("[Selection] dataset in " + dir.resolve("docket.cfg")
            + ", line 5: ${core:store}/ttbar");
    assertThat(config.origin("analysis", "tag"))
        .isEqualTo(dir.resolve("docket.cfg") + ", line 9: v${env:N}");
  }

  @Test
  void unsetVariableNamesTheValueAndTheVariable() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> load("[Selection]\ndataset = ${env:NOPE}\n", Map.of()));
    assertThat(e).hasMessageThat().isEqualTo("[Selection] dataset in " + dir.resolve("docket.cfg")
        + ": ${env:NOPE} names an environment variable that is not set; set NOPE or write the"
        + " value");
  }

  @Test
  void unknownKeyMalformedReferenceAndCycle() {
    BadInputException unknown = assertThrows(BadInputException.class,
        () -> load("[core]\nworkers = ${core:threads}\n", Map.of()));
    assertThat(unknown).hasMessageThat().contains(
        "[core] workers in " + dir.resolve("docket.cfg") + ": ${core:threads} names no key of"
            + " the file; add threads = ... to [core]");
    BadInputException open = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${env:HOME\n", Map.of()));
    assertThat(open).hasMessageThat().contains("${env:HOME is not closed");
    BadInputException plain = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${HOME}\n", Map.of()));
    assertThat(plain).hasMessageThat().contains("${HOME} is not ${env:NAME} nor ${section:key}");
    BadInputException cycle = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${a:y}\ny = ${a:x}\n", Map.of()));
    assertThat(cycle).hasMessageThat().contains(
        "the values [a] x -> [a] y -> [a] x in " + dir.resolve("docket.cfg")
            + " refer to each other in a cycle");
  }

  @Test
  void dollarsOutsideReferencesAndSpacesInsideThem() throws IOException {
    DocketConfig config = load("[a]\nescaped = $${env:HOME}\nplain = costs $5, or $\n"
        + "spaced = ${ env : N }\n", Map.of("N", "7", "HOME", "/home/me"));
    // $$ is a literal $, so $${...} is the text ${...}, not expanded.
    assertThat(config.section("a")).containsExactly(
        "escaped", "${env:HOME}", "plain", "costs $5, or $", "spaced", "7");
  }

  @Test
  void nestedReferencesAreNotExpanded() {
    // The reference ends at the first }: the variable named "${env:X" is not set.
    BadInputException nested = assertThrows(BadInputException.class,
        () -> load("[a]\nx = ${env:${env:X}}\n", Map.of("X", "HOME", "HOME", "/home/me")));
    assertThat(nested).hasMessageThat().startsWith("[a] x in " + dir.resolve("docket.cfg")
        + ": ${env:${env:X} names an environment variable that is not set");
  }
}
