package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash script's case of each task: the values of a parameter that has a fixed set of them
 * (a boolean's {@code true false}) after its option, and no value cases for a task without
 * such parameters. (ConfigAndCompletionTest runs the script in bash.)
 */
class CompletionCasesTest {
  @TempDir Path dir;

  /** The lines of the case of {@code task}, from its label to the line that ends it. */
  private static List<String> caseOf(List<String> script, String task) {
    int start = script.indexOf("    '" + task + "')");
    assertThat(start).isAtLeast(0);
    int end = start + 1;
    while (!script.get(end).endsWith(";;") || script.get(end).contains("return 0 ;;")) {
      end++;
    }
    return script.subList(start, end + 1);
  }

  @Test
  void aBooleanParameterIsCompletedWithItsValuesAndAPlainTaskHasNoValueCases() {
    CliRunner.Result result = new CliRunner(dir).run("completion", "bash");
    assertThat(result.status()).isEqualTo(0);
    List<String> script = result.outLines();

    List<String> calib = caseOf(script, "ttbar.Calib");
    assertThat(calib.subList(0, 4))
        .containsExactly(
            "    'ttbar.Calib')",
            "      case \"$prev\" in",
            "        --verbose) COMPREPLY=($(compgen -W 'true false' -- \"$cur\")); return 0 ;;",
            "      esac")
        .inOrder();
    assertThat(calib.get(4)).startsWith("      COMPREPLY=($(compgen -W '--min-jets --verbose --workers ");
    assertThat(calib).hasSize(5);

    List<String> plot = caseOf(script, "Plot");
    assertThat(plot).hasSize(2);
    assertThat(plot.get(1)).startsWith("      COMPREPLY=($(compgen -W '--dataset --version --workers ");
    assertThat(plot.get(1)).endsWith(" --help' -- \"$cur\")) ;;");
  }
}
