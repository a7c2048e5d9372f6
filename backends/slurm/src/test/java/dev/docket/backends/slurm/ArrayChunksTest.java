package dev.docket.backends.slurm;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.backends.slurm.ArrayChunks.Chunk;
import java.util.ArrayList;
import dev.docket.runtime.spi.batch.SubmissionParts;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Splitting job indices into job arrays that Slurm's MaxArraySize allows. */
class ArrayChunksTest {
  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().toList();
  }

  @Test
  void arrayIndicesAreWrittenAsRanges() {
    assertThat(SubmissionParts.ranges(List.of(0, 1, 2, 3))).isEqualTo("0-3");
    assertThat(SubmissionParts.ranges(List.of(0, 2, 3, 4, 9))).isEqualTo("0,2-4,9");
    assertThat(SubmissionParts.ranges(List.of(7))).isEqualTo("7");
  }

  @Test
  void indicesBelowTheLimitAreOneArrayBasedAtZero_asBefore() {
    List<Chunk> chunks = ArrayChunks.split(range(0, 1000), 1001);
    assertThat(chunks).containsExactly(new Chunk(0, range(0, 1000)));
    assertThat(chunks.get(0).ranges()).isEqualTo("0-999");
    assertThat(ArrayChunks.split(List.of(3, 5, 1000), 1001).get(0).ranges()).isEqualTo("3,5,1000");
  }

  @Test
  void highIndicesOfAResubmissionAreOneSmallArrayBasedAtTheFirst() {
    List<Chunk> chunks = ArrayChunks.split(List.of(1500, 1720), 1001);
    assertThat(chunks).containsExactly(new Chunk(1500, List.of(1500, 1720)));
    assertThat(chunks.get(0).ranges()).isEqualTo("0,220");
  }

  @Test
  void fiveThousandJobsAreFiveArraysWithinTheLimit() {
    List<Chunk> chunks = ArrayChunks.split(range(0, 5000), 1001);
    assertThat(chunks.stream().map(Chunk::base).toList()).containsExactly(0, 1001, 2002, 3003, 4004).inOrder();
    assertThat(chunks.get(0).ranges()).isEqualTo("0-1000");
    assertThat(chunks.get(4).ranges()).isEqualTo("0-995");
    assertEveryIndexOnceAndWithinTheLimit(chunks, range(0, 5000), 1001);
  }

  @Test
  void nonContiguousIndicesKeepRangeSyntaxRelativeToTheBase() {
    List<Integer> indices = List.of(2, 4, 5, 6, 1002, 1003, 1010, 2999, 3000, 3002);
    List<Chunk> chunks = ArrayChunks.split(indices, 1001);
    assertThat(chunks).containsExactly(
        new Chunk(2, List.of(2, 4, 5, 6, 1002)), // 1002 is element 1000, the last allowed
        new Chunk(1003, List.of(1003, 1010)),
        new Chunk(2999, List.of(2999, 3000, 3002))).inOrder();
    assertThat(chunks.stream().map(Chunk::ranges).toList())
        .containsExactly("0,2-4,1000", "0,7", "0-1,3").inOrder();
    assertEveryIndexOnceAndWithinTheLimit(chunks, indices, 1001);
  }

  @Test
  void aSmallLimitGivesManyArrays() {
    List<Chunk> chunks = ArrayChunks.split(range(0, 10), 3);
    assertThat(chunks.stream().map(Chunk::ranges).toList()).containsExactly("0-2", "0-2", "0-2", "0").inOrder();
    assertEveryIndexOnceAndWithinTheLimit(chunks, range(0, 10), 3);
    assertThat(ArrayChunks.split(List.of(), 1001)).isEmpty();
  }

  private static void assertEveryIndexOnceAndWithinTheLimit(List<Chunk> chunks, List<Integer> indices, int max) {
    List<Integer> all = new ArrayList<>();
    for (Chunk chunk : chunks) {
      for (int index : chunk.indices()) {
        assertThat(chunk.relative(index)).isAtLeast(0);
        assertThat(chunk.relative(index)).isLessThan(max);
        all.add(index);
      }
      assertThat(chunk.indices().size()).isAtMost(max);
    }
    assertThat(all).containsExactlyElementsIn(indices).inOrder();
  }
}
