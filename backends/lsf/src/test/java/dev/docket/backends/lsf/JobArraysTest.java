package dev.docket.backends.lsf;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a submission's job indices become LSF job arrays that bsub accepts. */
class JobArraysTest {
  @Test
  void contiguousIndicesFromZeroAreOneArrayCountedFromOne() {
    List<JobArrays.Array> arrays = JobArrays.split(IntStream.range(0, 20).boxed().toList(), "docket-Hist", 1000);

    assertThat(arrays).hasSize(1);
    assertThat(arrays.get(0).spec("docket-Hist")).isEqualTo("docket-Hist[1-20]");
    assertThat(arrays.get(0).element(0)).isEqualTo(1);
    assertThat(arrays.get(0).element(19)).isEqualTo(20);
  }

  @Test
  void aResubmissionOfScatteredIndicesIsANonContiguousList() {
    List<JobArrays.Array> arrays = JobArrays.split(List.of(3, 7, 8, 12), "n", 1000);

    assertThat(arrays).hasSize(1);
    assertThat(arrays.get(0).first()).isEqualTo(3);
    assertThat(arrays.get(0).spec("n")).isEqualTo("n[1,5-6,10]");
  }

  @Test
  void indicesBeyondMaxJobArraySizeStartAnotherArray() {
    List<JobArrays.Array> arrays = JobArrays.split(List.of(3, 1002, 1500, 1720, 2600), "n", 1000);

    assertThat(arrays.stream().map(JobArrays.Array::indices).toList())
        .containsExactly(List.of(3, 1002), List.of(1500, 1720), List.of(2600)).inOrder();
    assertThat(arrays.get(0).spec("n")).isEqualTo("n[1,1000]");
    assertThat(arrays.get(1).spec("n")).isEqualTo("n[1,221]");
  }

  @Test
  void noSpecIsLongerThanLsfAllows_andEveryIndexIsInExactlyOneArray() {
    List<Integer> scattered = IntStream.range(0, 400).map(i -> i * 2).boxed().toList();
    String name = JobArrays.arrayName("docket-" + "x".repeat(100));

    List<JobArrays.Array> arrays = JobArrays.split(scattered, name, 1000);

    List<Integer> all = new ArrayList<>();
    for (JobArrays.Array array : arrays) {
      assertThat(array.spec(name).length()).isAtMost(JobArrays.MAX_SPEC_LENGTH);
      all.addAll(array.indices());
    }
    assertThat(all).containsExactlyElementsIn(scattered).inOrder();
    assertThat(arrays.size()).isGreaterThan(1);
  }

  @Test
  void arrayNamesKeepOnlyWhatLsfTakes() {
    assertThat(JobArrays.arrayName("docket-Hist")).isEqualTo("docket-Hist");
    assertThat(JobArrays.arrayName("a b$(x)[1]")).isEqualTo("a_b__x__1_");
    assertThat(JobArrays.arrayName("")).isEqualTo("docket");
    assertThat(JobArrays.arrayName("y".repeat(300))).hasLength(64);
  }

  @Test
  void rangesCollapseRuns() {
    assertThat(dev.docket.runtime.spi.batch.SubmissionParts.ranges(List.of(1, 2, 3, 6, 8, 9))).isEqualTo("1-3,6,8-9");
  }
}
