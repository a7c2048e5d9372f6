package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Calib_Family;
import dev.docket.runtime.fixtures.Calib_Params;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.spi.DefaultsSource.Configured;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void absentFileInWorkingDirectoryIsEmpty() {
    DocketConfig config = load(Map.of());
    assertThat(config.file()).isEmpty();
    assertThat(config.store()).isEqualTo(dir);
    assertThat(config.workers()).isEmpty();
  }

  @Test
  void fileNamedByEnvironmentMustExist() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> load(Map.of("DOCKET_CONFIG", "nope.cfg")));
    assertThat(e).hasMessageThat().contains(dir.resolve("nope.cfg").toString());
    assertThat(e).hasMessageThat().contains("does not exist");
  }

  @Test
  void coreStoreIsRelativeToTheFileAndWorkersIsParsed() throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(conf.resolve("my.cfg"), "[core]\nstore = ../data ; where outputs go\nworkers = 3\n");
    DocketConfig config = load(Map.of("DOCKET_CONFIG", "conf/my.cfg"));
    assertThat(config.store()).isEqualTo(dir.resolve("data"));
    assertThat(config.workers()).hasValue(3);
  }

  @Test
  void originsAreTheLinesWithTheTextAsWrittenWhenInterpolated() throws IOException {
    Files.writeString(
        dir.resolve("docket.cfg"), "[core]\nworkers = 3\n\n[analysis]\ntag = v${core:workers}\n");
    DocketConfig config = load(Map.of());
    String file = dir.resolve("docket.cfg").toString();
    assertThat(config.line("core", "workers")).hasValue(2);
    assertThat(config.line("core", "store")).isEmpty();
    assertThat(config.origin("core", "workers")).isEqualTo(file + ", line 2");
    assertThat(config.origin("analysis", "tag")).isEqualTo(file + ", line 5: v${core:workers}");
    assertThat(config.origin("analysis", "absent")).isEqualTo(file);
  }

  @Test
  void defaultStoreIsTheFilesDirectory() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\n");
    assertThat(load(Map.of()).store()).isEqualTo(dir);
  }

  @Test
  void dottedSectionsAndBothKeyStyles() throws IOException {
    Files.writeString(
        dir.resolve("docket.cfg"),
        "[ttbar.Calib]\nmin-jets = 6\n\n[Selection]\nminJets = 5\nversion: v2\n");
    ConfigDefaults defaults = new ConfigDefaults(load(Map.of()));
    assertThat(defaults.lookup("ttbar.Calib", Calib_Params.MIN_JETS)).isEqualTo(new Configured(
        "6", "[ttbar.Calib] min-jets in " + dir.resolve("docket.cfg") + ", line 2"));
    assertThat(defaults.lookup("ttbar.Calib", Calib_Params.VERBOSE)).isNull();
    assertThat(defaults.lookup("Selection", Selection_Params.MIN_JETS).text()).isEqualTo("5");
    assertThat(defaults.lookup("Selection", Selection_Params.MIN_JETS).origin())
        .startsWith("[Selection] minJets in ");
    assertThat(defaults.lookup("Selection", Selection_Params.VERSION).text()).isEqualTo("v2");
    defaults.check(Calib_Family.INSTANCE);
    defaults.check(Selection_Family.INSTANCE);
  }

  @Test
  void unknownKeyInAFamilySectionIsBadInput() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[Selection]\nmin-jet = 5\n");
    ConfigDefaults defaults = new ConfigDefaults(load(Map.of()));
    BadInputException e =
        assertThrows(BadInputException.class, () -> defaults.check(Selection_Family.INSTANCE));
    assertThat(e).hasMessageThat().contains("unknown key 'min-jet' in section [Selection]");
    assertThat(e).hasMessageThat().contains("did you mean min-jets?");
  }

  @Test
  void malformedFilesNameTheFileAndTheProblem() throws IOException {
    assertMalformed("[core\nstore = x\n", "line 1 '[core': a section header is [name]");
    assertMalformed("[core]\nstore x\n", "line 2 'store x': expected key = value or [section]");
    assertMalformed("store = x\n", "line 1 'store = x': keys belong in a section such as [core]");
    assertMalformed("[core]\nworkers = many\n", "bad value 'many' for [core] workers");
    assertMalformed("[core]\nworkers = 0\n", "expected a whole number from 1 to 1024");
    assertMalformed("[core]\nworkers = 1025\n", "expected a whole number from 1 to 1024");
    assertMalformed("[core]\nworkers = \u0664\n", "expected a whole number from 1 to 1024");
    assertMalformed(
        "[slurm]\nextra = --comment='two words'\n",
        "line 2 'extra = --comment='two words'': the INI reader would end the key at the '=' right"
            + " before the quote; put the whole value in double quotes, e.g. extra ="
            + " \"--comment='two words'\"");
  }

  @Test
  void aWholeValueInDoubleQuotesKeepsTheQuotesInside() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[slurm]\nextra = \"--comment='two words'\"\n");
    assertThat(load(Map.of()).section("slurm")).containsExactly("extra", "--comment='two words'");
  }

  private void assertMalformed(String text, String problem) throws IOException {
    Path file = dir.resolve("docket.cfg");
    Files.writeString(file, text);
    BadInputException e = assertThrows(BadInputException.class, () -> load(Map.of()));
    assertThat(e).hasMessageThat().contains(file.toString());
    assertThat(e).hasMessageThat().contains(problem);
  }

  private DocketConfig load(Map<String, String> env) {
    return new ConfigLoader(new Environment(env, dir)).load();
  }
}
