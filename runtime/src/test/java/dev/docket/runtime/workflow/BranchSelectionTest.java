package dev.docket.runtime.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchSelectionTest {
  private static final List<Integer> TWENTY = List.copyOf(Branches.range(20).keySet());

  @Test
  void rangesExcludeTheirEndAndSingleNumbersAdd() {
    assertThat(BranchSelection.parse("0:3,15").select(TWENTY)).containsExactly(0, 1, 2, 15).inOrder();
  }

  @Test
  void openRangesRunToTheEnd() {
    assertThat(BranchSelection.parse("17:").select(TWENTY)).containsExactly(17, 18, 19).inOrder();
    assertThat(BranchSelection.parse(":2").select(TWENTY)).containsExactly(0, 1).inOrder();
  }

  @Test
  void allSelectsEveryBranch() {
    assertThat(BranchSelection.all().select(TWENTY)).hasSize(20);
    assertThat(BranchSelection.all().isAll()).isTrue();
  }

  @Test
  void badTextIsBadInputNamingTheOption() {
    for (String bad : List.of("a", "3:1", "-1", "1,,2", "")) {
      BadInputException e = assertThrows(BadInputException.class, () -> BranchSelection.parse(bad));
      assertThat(e).hasMessageThat().contains("for --branches: expected branch numbers and ranges");
    }
  }

  @Test
  void formatIsCompactAndParsesBack() {
    List<Integer> branches = List.of(0, 1, 2, 5, 7, 8);
    String text = BranchSelection.format(branches);
    assertThat(text).isEqualTo("0:3,5,7:9");
    assertThat(BranchSelection.parse(text).select(TWENTY)).containsExactlyElementsIn(branches).inOrder();
  }
}
