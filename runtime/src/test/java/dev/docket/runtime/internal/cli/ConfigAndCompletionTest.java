package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The {@code config} and {@code completion} commands (issue #3). */
class ConfigAndCompletionTest extends CliFixture {
  @Test
  void configShowsEveryValueWithItsOrigin() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"),
        "[core]\nstore = ${env:DATA}/store\n\n[Selection]\nmin-jets = 6\ntimeout = 2h\nretries = 1\n"
            + "\n[testfs.eos]\nbase = root://eos\n");
    CliRunner.Result result = cli.env("DATA", "/data").run("config");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    Path file = dir.resolve("docket.cfg");
    assertThat(result.outLines()).containsAtLeast(
        "# configuration file: " + file,
        "[core]",
        "store = /data/store  # " + file + ", line 2: ${env:DATA}/store",
        "workers = 1  # default",
        "[Selection]",
        "dataset =   # required: no default; give --dataset",
        "min-jets = 6  # " + file + ", line 5",
        "version = v1  # defaultValue",
        "retries = 1  # " + file + ", line 7",
        "timeout = 2h  # " + file + ", line 6",
        "[testfs.eos]",
        "base = root://eos  # " + file + ", line 10").inOrder();
  }

  @Test
  void configWithoutAFileAndWithAnUnknownKey() throws IOException {
    CliRunner.Result none = cli.run("config");
    assertThat(none.status()).isEqualTo(0);
    assertThat(none.outLines().get(0)).startsWith("# no configuration file");
    assertThat(none.out()).contains("store = " + dir + "  # default: the working directory");

    Files.writeString(dir.resolve("docket.cfg"), "[Selection]\nmin-jet = 6\n");
    CliRunner.Result bad = cli.run("config");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith(
        "docket: error: unknown key 'min-jet' in section [Selection] of "
            + dir.resolve("docket.cfg") + ", line 2; did you mean min-jets?");
  }

  @Test
  @Tag("spawns-processes") // bash: left out of mutation runs
  void completionScriptListsFamiliesParametersAndChoices() throws Exception {
    CliRunner.Result result = cli.run("completion", "bash", "ttbar");
    assertThat(result.status()).isEqualTo(0);
    String script = result.out();
    assertThat(script).contains("complete -F _docket_ttbar 'ttbar'");
    assertThat(script).contains("'Selection')");
    assertThat(script).contains("--dataset --min-jets --version --");

    // Run the script in a real bash, as the shell would when the user presses TAB.
    assertThat(complete(script, "ttbar", "run", "Sel")).containsExactly("Selection");
    assertThat(complete(script, "ttbar", "run", "Selection", "--min")).containsExactly("--min-jets");
    assertThat(complete(script, "ttbar", "run", "ttbar.Calib", "--verbose", ""))
        .containsExactly("true", "false");
    assertThat(complete(script, "ttbar", "co")).containsExactly("config", "completion");
    assertThat(complete(script, "ttbar", "completion", "z")).containsExactly("zsh");
  }

  @Test
  void zshScriptAndBadShell() {
    CliRunner.Result zsh = cli.run("completion", "zsh");
    assertThat(zsh.status()).isEqualTo(0);
    assertThat(zsh.out()).startsWith("#compdef docket\n");
    assertThat(zsh.out()).contains("bashcompinit");
    CliRunner.Result none = cli.run("completion");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("docket: error: completion needs a shell: completion bash"
        + " [NAME] or completion zsh [NAME], NAME being the command to complete (default:"
        + " docket)\n");
    CliRunner.Result fish = cli.run("completion", "fish");
    assertThat(fish.status()).isEqualTo(2);
    assertThat(fish.err()).isEqualTo("docket: error: completion for shell 'fish' is not available;"
        + " use one of bash, zsh\n");
  }

  /** The words bash offers after {@code words}, the last being the one being typed. */
  private List<String> complete(String script, String... words) throws Exception {
    Path file = dir.resolve("completion.bash");
    Files.writeString(file, script);
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    String driver = "source '" + file + "'\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD="
        + (words.length - 1) + "\n_docket_ttbar\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver)
        .redirectErrorStream(true).start();
    if (!bash.waitFor(20, TimeUnit.SECONDS)) {
      bash.destroyForcibly();
      throw new AssertionError("bash did not finish");
    }
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.exitValue()).isEqualTo(0);
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }
}
