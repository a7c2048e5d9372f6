package dev.docket.backends.pbs;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArrayRunsTest {
  private static List<String> ranges(List<Integer> indices, int max) {
    return ArrayRuns.split(indices, max).stream().map(r -> r.array() ? r.range() : "job " + r.indices().get(0)).toList();
  }

  @Test
  void aFirstSubmissionIsOneArray() {
    assertThat(ranges(IntStream.range(0, 1000).boxed().toList(), 10_000)).containsExactly("0-999");
  }

  @Test
  void resubmissionsAreRangesWithAStep_andLoneJobs() {
    assertThat(ranges(List.of(3, 7, 12), 10_000)).containsExactly("3-7:4", "job 12").inOrder();
    assertThat(ranges(List.of(2, 4, 6, 8, 9, 10), 10_000)).containsExactly("2-8:2", "9-10").inOrder();
    assertThat(ranges(List.of(5), 10_000)).containsExactly("job 5");
    assertThat(ranges(List.of(), 10_000)).isEmpty();
  }

  @Test
  void noArrayIsLongerThanMaxArraySize() {
    assertThat(ranges(IntStream.range(0, 25).boxed().toList(), 10)).containsExactly("0-9", "10-19", "20-24").inOrder();
    assertThat(ranges(IntStream.range(0, 21).boxed().toList(), 10)).containsExactly("0-9", "10-19", "job 20").inOrder();
  }

  @Test
  void everyIndexIsInExactlyOneRun() {
    List<Integer> indices = List.of(0, 1, 2, 5, 9, 10, 11, 30, 31, 33, 35, 100);
    List<Integer> covered = ArrayRuns.split(indices, 3).stream().flatMap(r -> r.indices().stream()).toList();
    assertThat(covered).containsExactlyElementsIn(indices).inOrder();
    for (ArrayRuns.Run run : ArrayRuns.split(indices, 3)) {
      assertThat(run.indices().size()).isAtMost(3);
    }
  }
}
