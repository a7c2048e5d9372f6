package dev.docket.backends.pbs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the job indices of one submission into what {@code qsub} can submit at once. A PBS
 * Professional job array takes one range with a step ({@code -J X-Y:Z}, at least two
 * elements), not a list, and {@code $PBS_ARRAY_INDEX} is the index itself; so the indices are cut
 * into runs with a constant step, each one array, and a lone index left over is submitted as a
 * plain job that reads its index from {@code DOCKET_JOB_INDEX}. A first submission
 * ({@code 0..n-1}) is one array; a resubmission of jobs 3, 7 and 12 is an array {@code 3-7:4}
 * and a job. No run is longer than the server's {@code max_array_size}.
 */
final class ArrayRuns {
  private ArrayRuns() {}

  /**
   * One {@code qsub} call.
   *
   * @param indices the job indices, ascending; one for a plain job, else an arithmetic
   *     progression of at least two
   */
  record Run(List<Integer> indices) {
    Run {
      indices = List.copyOf(indices);
    }

    boolean array() {
      return indices.size() > 1;
    }

    /** The {@code -J} value, e.g. {@code 0-9} or {@code 3-11:4}. */
    String range() {
      int first = indices.get(0);
      int last = indices.get(indices.size() - 1);
      int step = indices.get(1) - first;
      return first + "-" + last + (step == 1 ? "" : ":" + step);
    }
  }

  /** The runs of {@code sorted} (ascending, distinct, not negative), none above {@code maxArraySize}. */
  static List<Run> split(List<Integer> sorted, int maxArraySize) {
    if (maxArraySize < 2) {
      throw new IllegalArgumentException("max_array_size must be at least 2, is " + maxArraySize);
    }
    List<Run> runs = new ArrayList<>();
    int start = 0;
    while (start < sorted.size()) {
      int end = start + 1;
      if (end < sorted.size()) {
        int step = sorted.get(end) - sorted.get(start);
        while (end + 1 < sorted.size() && sorted.get(end + 1) - sorted.get(end) == step
            && end + 1 - start < maxArraySize) {
          end++;
        }
        end++;
      }
      runs.add(new Run(sorted.subList(start, end)));
      start = end;
    }
    return runs;
  }
}
