package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionPartsTest {
  private final List<List<String>> cancelled = new ArrayList<>();

  private static SubmissionParts.Accepted accept(String id, List<Integer> part) {
    Map<Integer, String> jobs = new java.util.HashMap<>();
    for (int index : part) {
      jobs.put(index, id + "_" + index);
    }
    return new SubmissionParts.Accepted(id, jobs);
  }

  @Test
  void theIdsComeInTheOrderOfTheIndicesWhateverThePartsOrder() throws Exception {
    List<String> ids = SubmissionParts.submit(List.of(1, 2, 7, 9), List.of(List.of(7, 9), List.of(1, 2)),
        part -> accept("a" + part.get(0), part), cancelled::add, "array");
    assertThat(ids).containsExactly("a1_1", "a1_2", "a7_7", "a7_9").inOrder();
    assertThat(cancelled).isEmpty();
  }

  @Test
  void aRefusedLaterPartCancelsTheAcceptedOnesAndFailsAsOne() {
    IOException e = assertThrows(IOException.class, () -> SubmissionParts.submit(List.of(0, 1, 2),
        List.of(List.of(0), List.of(1), List.of(2)),
        part -> {
          if (part.get(0) == 2) {
            throw new IOException("sbatch refused the jobs");
          }
          return accept("a" + part.get(0), part);
        },
        cancelled::add, "array"));
    assertThat(e).hasMessageThat().isEqualTo("sbatch refused the jobs (array 3 of 3 of this submission;"
        + " cancelled the 2 accepted before: a0, a1)");
    assertThat(cancelled).containsExactly(List.of("a0", "a1"));
  }

  @Test
  void aRefusedFirstPartCancelsNothingAndKeepsItsOwnMessage() {
    IOException e = assertThrows(IOException.class, () -> SubmissionParts.submit(List.of(0),
        List.of(List.of(0)), part -> { throw new IOException("qsub: no"); }, cancelled::add, "qsub"));
    assertThat(e).hasMessageThat().isEqualTo("qsub: no");
    assertThat(cancelled).isEmpty();
  }

  @Test
  void aCancelThatFailsTooIsKeptAsSuppressed() {
    IOException e = assertThrows(IOException.class, () -> SubmissionParts.submit(List.of(0, 1),
        List.of(List.of(0), List.of(1)),
        part -> {
          if (part.get(0) == 1) {
            throw new IOException("refused");
          }
          return accept("a0", part);
        },
        ids -> { throw new IOException("scancel failed"); }, "array"));
    assertThat(e.getSuppressed()).hasLength(1);
    assertThat(e.getSuppressed()[0]).hasMessageThat().isEqualTo("scancel failed");
  }

  @Test
  void rangesJoinRunsOfConsecutiveIndices() {
    assertThat(SubmissionParts.ranges(List.of(0, 1, 2, 5))).isEqualTo("0-2,5");
    assertThat(SubmissionParts.ranges(List.of(0, 2, 3, 4, 9))).isEqualTo("0,2-4,9");
    assertThat(SubmissionParts.ranges(List.of(7))).isEqualTo("7");
    assertThat(SubmissionParts.ranges(List.of())).isEmpty();
  }
}
