package dev.docket.backends.lsf;

import dev.docket.runtime.spi.batch.SubmissionParts;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the job indices of one submission into LSF job arrays that {@code bsub} accepts. LSF
 * numbers array elements from 1 and refuses an index above {@code MAX_JOB_ARRAY_SIZE} (1000 by
 * default), and the whole {@code -J "name[index_list]"} may be at most 255 characters; Docket's
 * job indices start at 0 and a resubmission may be a few scattered high ones (3, 1500, 1720).
 * So each array counts its elements from its own first job index: element {@code e} of an array
 * whose first index is {@code f} is job {@code f + e - 1}; the job receives {@code f} as
 * {@code DOCKET_ARRAY_FIRST} (see {@link LsfBackend#jobIndexExpression()}).
 */
final class JobArrays {
  /** LSF's limit on the length of {@code name[index_list]}. */
  static final int MAX_SPEC_LENGTH = 255;

  private JobArrays() {}

  /**
   * One {@code bsub} call.
   *
   * @param first the job index of element 1
   * @param indices the job indices of this array, ascending
   */
  record Array(int first, List<Integer> indices) {
    Array {
      indices = List.copyOf(indices);
    }

    /** The array element (1-based) of job {@code index}. */
    int element(int index) {
      return index - first + 1;
    }

    /** {@code name[1-3,8]}: the value of {@code bsub -J}. */
    String spec(String name) {
      return spec(name, first, indices);
    }

    private static String spec(String name, int first, List<Integer> indices) {
      List<Integer> elements = new ArrayList<>(indices.size());
      for (int index : indices) {
        elements.add(index - first + 1);
      }
      return name + "[" + SubmissionParts.ranges(elements) + "]";
    }
  }

  /**
   * The arrays of {@code sorted} (ascending, distinct, not negative), filled greedily: an
   * index joins the current array while its element stays within {@code maxArraySize} and the
   * {@code -J} value within {@link #MAX_SPEC_LENGTH}; otherwise it begins the next array.
   */
  static List<Array> split(List<Integer> sorted, String name, int maxArraySize) {
    if (maxArraySize < 1) {
      throw new IllegalArgumentException("MAX_JOB_ARRAY_SIZE must be at least 1, is " + maxArraySize);
    }
    List<Array> arrays = new ArrayList<>();
    int start = 0;
    while (start < sorted.size()) {
      int first = sorted.get(start);
      int end = start + 1;
      while (end < sorted.size()
          && sorted.get(end) - first + 1 <= maxArraySize
          && Array.spec(name, first, sorted.subList(start, end + 1)).length() <= MAX_SPEC_LENGTH) {
        end++;
      }
      arrays.add(new Array(first, sorted.subList(start, end)));
      start = end;
    }
    return arrays;
  }

  /**
   * A job name LSF takes as an array name (letters, digits, {@code . - _}), short enough to
   * leave room for the index list.
   */
  static String arrayName(String name) {
    String clean = name.replaceAll("[^A-Za-z0-9._-]", "_");
    if (clean.isEmpty()) {
      clean = "docket";
    }
    return clean.length() > 64 ? clean.substring(0, 64) : clean;
  }
}
