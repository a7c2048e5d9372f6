package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.cli.OutputForms.Fetch;
import dev.docket.runtime.internal.cli.OutputForms.Mode;
import dev.docket.runtime.internal.cli.OutputForms.Removal;
import dev.docket.runtime.internal.cli.OutputForms.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** law's DEPTH[,...] forms of the output options. */
class OutputFormsTest {
  private static final int EVERY = OutputForms.EVERY_DEPTH;

  @Test
  void minusOneIsEveryDepth() {
    assertThat(OutputForms.status("-1")).isEqualTo(new Status(EVERY, 0));
    assertThat(OutputForms.printOutput("-1")).isEqualTo(EVERY);
    assertThat(OutputForms.removal("-1")).isEqualTo(new Removal(EVERY, Mode.ASK, false));
    assertThat(OutputForms.fetch("-1")).isEqualTo(new Fetch(EVERY, Mode.ALL, "."));
  }

  @Test
  void printStatusTakesATargetDepth() {
    assertThat(OutputForms.status("2")).isEqualTo(new Status(2, 0));
    assertThat(OutputForms.status("0,1")).isEqualTo(new Status(0, 1));
    assertThat(OutputForms.status(" 1 , -1 ")).isEqualTo(new Status(1, EVERY));
    // Depths are whole numbers as --workers reads them (WholeNumbers): a sign is allowed.
    assertThat(OutputForms.status("+1")).isEqualTo(new Status(1, 0));
  }

  @Test
  void removeOutputTakesAModeAndWhetherToRunAfterwards() {
    assertThat(OutputForms.removal("1,a")).isEqualTo(new Removal(1, Mode.ALL, false));
    assertThat(OutputForms.removal("0,d")).isEqualTo(new Removal(0, Mode.DRY, false));
    assertThat(OutputForms.removal("0,i,yes")).isEqualTo(new Removal(0, Mode.ASK, true));
    assertThat(OutputForms.removal("-1,A,True")).isEqualTo(new Removal(EVERY, Mode.ALL, true));
    assertThat(OutputForms.removal("2,a,no")).isEqualTo(new Removal(2, Mode.ALL, false));
  }

  @Test
  void fetchOutputTakesAModeAndADirectoryOrJustADirectory() {
    assertThat(OutputForms.fetch("1,d")).isEqualTo(new Fetch(1, Mode.DRY, "."));
    assertThat(OutputForms.fetch("1,a,out")).isEqualTo(new Fetch(1, Mode.ALL, "out"));
    assertThat(OutputForms.fetch("1,out")).isEqualTo(new Fetch(1, Mode.ALL, "out"));
    assertThat(OutputForms.fetch("0,i,/tmp/a,b")).isEqualTo(new Fetch(0, Mode.ASK, "/tmp/a,b"));
    // A second value of one letter i, a or d is the mode: a directory so named is written ./a.
    assertThat(OutputForms.fetch("0,a,b")).isEqualTo(new Fetch(0, Mode.ALL, "b"));
    assertThat(OutputForms.fetch("0,./a,b")).isEqualTo(new Fetch(0, Mode.ALL, "./a,b"));
  }

  @Test
  void badFormsAreBadInputGivingTheAcceptedForms() {
    for (String bad : List.of("", "x", "-2", "1.5", "99999999999", "١", "1,2,3", "1,x", "1,,")) {
      BadInputException e = assertThrows(BadInputException.class, () -> OutputForms.status(bad));
      assertThat(e).hasMessageThat().startsWith("bad value '" + bad + "' for --print-status: expected DEPTH or DEPTH,TARGET_DEPTH: DEPTH 0 for this task alone");
    }
    for (String bad : List.of("", "a", "-3", "1,2", "0,x", "0,a,maybe", "0,a,yes,1", "1,")) {
      BadInputException e = assertThrows(BadInputException.class, () -> OutputForms.removal(bad));
      assertThat(e).hasMessageThat().contains("for --remove-output: expected DEPTH[,MODE[,RUN]]:");
      assertThat(e).hasMessageThat().contains("MODE i (list, then ask; the default), a (all, without asking) or d (dry run: list only)");
    }
    for (String bad : List.of("", "1,2", "0,")) {
      BadInputException e = assertThrows(BadInputException.class, () -> OutputForms.printOutput(bad));
      assertThat(e).hasMessageThat().isEqualTo("bad value '" + bad + "' for --print-output: expected DEPTH: DEPTH 0 for this task alone, N for N levels of what it requires, -1 for every level, e.g. --print-output -1");
    }
    for (String bad : List.of("", "x,out", "1,", "1,a,", "1,d, ")) {
      BadInputException e = assertThrows(BadInputException.class, () -> OutputForms.fetch(bad));
      assertThat(e).hasMessageThat().contains("for --fetch-output: expected DEPTH[,MODE[,DIR]] or DEPTH,DIR:");
    }
  }
}
