package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.workflow.Branches;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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
    assertThat(BranchSelection.parse("3").isAll()).isFalse();
    assertThat(BranchSelection.all().toString()).isEqualTo("all");
    assertThat(BranchSelection.parse(" 0:3,15 ").toString()).isEqualTo("0:3,15");
  }

  @Test
  void badTextIsBadInputNamingTheOption() {
    for (String bad : List.of("a", "3:1", "3:3", "-1", "1,,2", "", "\u0663", "0:\uff15")) {
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

  private static final SortedSet<Integer> SET_OF_TWENTY = new TreeSet<>(TWENTY);

  @Test
  void firstMissingNamesTheFirstItemOutsideTheBranchMap() {
    assertThat(BranchSelection.parse("0:2,99").firstMissing(SET_OF_TWENTY, "W()"))
        .isEqualTo("branch 99 of W() does not exist");
    assertThat(BranchSelection.parse("30:40").firstMissing(SET_OF_TWENTY, "W()"))
        .isEqualTo("branches 30:40 of W() do not exist");
    assertThat(BranchSelection.parse("15:30").firstMissing(SET_OF_TWENTY, "W()"))
        .isEqualTo("branches 15:30 of W() do not all exist");
    assertThat(BranchSelection.parse("20:").firstMissing(SET_OF_TWENTY, "W()"))
        .isEqualTo("branches 20: of W() do not exist");
  }

  @Test
  void firstMissingAcceptsWhatTheMapHas() {
    for (String fine : List.of("0:20", "19", "0", "5:", ":3", "0:2,19")) {
      assertThat(BranchSelection.parse(fine).firstMissing(SET_OF_TWENTY, "W()")).isNull();
    }
    // A map with gaps: a range across a gap is fine, a number in the gap is not.
    SortedSet<Integer> gaps = new TreeSet<>(List.of(0, 1, 5, 6));
    assertThat(BranchSelection.parse("0:7").firstMissing(gaps, "W()")).isNull();
    assertThat(BranchSelection.parse("3").firstMissing(gaps, "W()"))
        .isEqualTo("branch 3 of W() does not exist");
    assertThat(BranchSelection.parse("2:5").firstMissing(gaps, "W()"))
        .isEqualTo("branches 2:5 of W() do not exist");
  }

  @Test
  void theBranchMapIsDescribedByItsRange() {
    assertThat(BranchCheck.has(SET_OF_TWENTY)).isEqualTo("its branch map has branches 0 to 19");
    assertThat(BranchCheck.has(new TreeSet<>(List.of(4, 5, 6))))
        .isEqualTo("its branch map has branches 4 to 6");
    assertThat(BranchCheck.has(new TreeSet<>(List.of(4))))
        .isEqualTo("its branch map has only branch 4");
    assertThat(BranchCheck.has(new TreeSet<>(List.of(0, 1, 5))))
        .isEqualTo("its branch map has branches 0:2,5 (a:b excludes b)");
    assertThat(BranchCheck.has(new TreeSet<>())).isEqualTo("its branch map is empty");
  }
}
