package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.workflow.Skims.Skim;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The branches a command line asks for, checked against the workflow's map before planning. */
class BranchCheckTest {
  private final Skims.Family family = new Skims.Family();

  private static String message(Runnable check) {
    return assertThrows(BadInputException.class, check::run).getMessage();
  }

  @Test
  void branchesTheMapHasPass() {
    BranchCheck.check(family, Skims.workflow(3), BranchSelection.all());
    BranchCheck.check(family, Skims.workflow(3), BranchSelection.parse("0,2"));
    BranchCheck.check(family, new Skim(3, 2), BranchSelection.all());
  }

  @Test
  void aBranchTaskOutsideTheMapNamesItsWorkflowAndTheBranchesThereAre() {
    assertThat(message(() -> BranchCheck.check(family, new Skim(3, 3), BranchSelection.all())))
        .isEqualTo("branch 3 of Skim(count=3, branch=-1) does not exist: its branch map has"
            + " branches 0 to 2; give --branch one of them, or leave --branch out for the whole"
            + " workflow");
  }

  @Test
  void aSelectionOutsideTheMapSaysHowToSelect() {
    assertThat(message(() -> BranchCheck.check(family, Skims.workflow(3), BranchSelection.parse("1,5"))))
        .isEqualTo("branch 5 of Skim(count=3, branch=-1) does not exist: its branch map has"
            + " branches 0 to 2; select among them with --branches (a:b includes a, excludes b;"
            + " a: runs to the last branch)");
  }

  @Test
  void aWorkflowWithoutBranchesIsRefusedWhateverTheSelection() {
    assertThat(message(() -> BranchCheck.check(family, Skims.workflow(0), BranchSelection.all())))
        .isEqualTo("Skim(count=0, branch=-1) has no branches: its branchMap() is empty for these"
            + " parameters; change the parameters that decide its branches");
  }

  @Test
  void aFailingBranchMapIsLeftToPlanning() {
    BranchCheck.check(family, Skims.workflow(Skims.BROKEN), BranchSelection.parse("99"));
  }

  @Test
  void aFamilyThatIsNotAWorkflowIsNotChecked() {
    ForwardingTaskFamily<Skim> plain = new ForwardingTaskFamily<>(family) {
      @Override
      public List<ParamSpec<?>> params() {
        return List.of(Skims.Family.COUNT);
      }
    };
    BranchCheck.check(plain, new Skim(0, 7), BranchSelection.parse("99"));
  }
}
