package dev.docket.backends.slurm;

import dev.docket.runtime.spi.batch.SubmissionParts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the job indices of one submission into Slurm job arrays that {@code MaxArraySize}
 * allows. Slurm refuses an array element whose index is {@code MaxArraySize} or more (the
 * default 1001 allows 0–1000), so a resubmission of jobs 1500 and 1720, or a workflow of 5,000
 * jobs, cannot be one {@code --array=}. Each chunk is submitted with array indices relative to
 * its {@link Chunk#base() base} ({@code 0..MaxArraySize-1}); the job file adds the base back
 * (see {@link SlurmBackend#jobIndexExpression()}).
 */
final class ArrayChunks {
  private ArrayChunks() {}

  /**
   * One {@code sbatch --array} call.
   *
   * @param base what the job file adds to {@code SLURM_ARRAY_TASK_ID}
   * @param indices the real job indices of this chunk, ascending
   */
  record Chunk(int base, List<Integer> indices) {
    Chunk {
      indices = List.copyOf(indices);
    }

    /** The array element of job {@code index}. */
    int relative(int index) {
      return index - base;
    }

    /** The {@code --array} value, e.g. {@code 0-2,220}. */
    String ranges() {
      List<Integer> relative = new ArrayList<>(indices.size());
      for (int index : indices) {
        relative.add(index - base);
      }
      return SubmissionParts.ranges(relative);
    }
  }

  /**
   * The chunks of {@code sorted} (ascending, distinct, not negative) under
   * {@code maxArraySize}. When every index is below it, one chunk with base 0: the arrays look
   * exactly as before this splitting existed. Otherwise chunks are filled greedily, each based
   * at its first index, so that a few high indices make one small array, not many.
   */
  static List<Chunk> split(List<Integer> sorted, int maxArraySize) {
    if (maxArraySize < 1) {
      throw new IllegalArgumentException("MaxArraySize must be at least 1, is " + maxArraySize);
    }
    if (sorted.isEmpty()) {
      return List.of();
    }
    if (sorted.get(sorted.size() - 1) < maxArraySize) {
      return List.of(new Chunk(0, sorted));
    }
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    while (start < sorted.size()) {
      int base = sorted.get(start);
      int end = start;
      while (end < sorted.size() && sorted.get(end) - base < maxArraySize) {
        end++;
      }
      chunks.add(new Chunk(base, sorted.subList(start, end)));
      start = end;
    }
    return chunks;
  }
}
