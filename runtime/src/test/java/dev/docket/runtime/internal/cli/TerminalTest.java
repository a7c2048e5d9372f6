package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The real console as the commands meet it in a batch job or a pipe, where nobody can answer:
 * not interactive, so {@code --remove-output} and {@code --fetch-output ...,i} refuse to ask
 * rather than wait; asked anyway, it reads end of input, which is no.
 */
class TerminalTest {
  @Test
  void withoutAConsoleTheSystemsTerminalIsNotInteractiveAndEveryAnswerIsNo() {
    assumeTrue(System.console() == null, "this JVM has a console (run from a terminal)");
    Terminal terminal = Terminal.system();
    assertThat(terminal.interactive()).isFalse();
    assertThat(terminal.readLine("Remove these 2 outputs? [y/N] ")).isNull();
    assertThat(terminal.confirm("Remove these 2 outputs?")).isFalse();
  }

  @Test
  void theTerminalOfNobodyIsNotInteractiveAndEveryAnswerIsNo() {
    Terminal terminal = Terminal.none();
    assertThat(terminal.interactive()).isFalse();
    assertThat(terminal.readLine("Copy? [y/N] ")).isNull();
    assertThat(terminal.confirm("Copy?")).isFalse();
  }

  @Test
  void onlyYesOrYAnyCaseWithBlanksAroundConfirms() {
    for (String answer : new String[] {"y", "Y", "yes", " YES ", "Yes\t"}) {
      assertThat(answering(answer).confirm("Go?")).isTrue();
    }
    for (String answer : new String[] {"", "n", "no", "yess", "y y", "ja"}) {
      assertThat(answering(answer).confirm("Go?")).isFalse();
    }
  }

  private static Terminal answering(String answer) {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return true;
      }

      @Override
      public String readLine(String prompt) {
        assertThat(prompt).isEqualTo("Go? [y/N] ");
        return answer;
      }
    };
  }
}
