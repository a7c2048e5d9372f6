package dev.docket.runtime.spi.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission that the batch system takes in several calls (Slurm arrays under
 * {@code MaxArraySize}, LSF arrays under the length of {@code -J}, PBS ranges with a step):
 * submitted all or nothing. The parts go in order; when a later call is refused, the parts
 * already accepted are cancelled, since they are in no record yet and would run unwatched, and
 * the submission fails as one, saying so.
 */
public final class SubmissionParts {
  private SubmissionParts() {}

  /**
   * What the batch system gave for one accepted part.
   *
   * @param id the id that cancels the whole part (an array's job id)
   * @param jobs each job index of the part to its job's id
   */
  public record Accepted(String id, Map<Integer, String> jobs) {
    public Accepted {
      jobs = Map.copyOf(jobs);
    }
  }

  /** Submits one part. */
  @FunctionalInterface
  public interface Call<P> {
    Accepted submit(P part) throws IOException, InterruptedException;
  }

  /** Cancels parts by their ids ({@link BatchBackend#cancel}). */
  @FunctionalInterface
  public interface Cancel {
    void cancel(List<String> ids) throws IOException, InterruptedException;
  }

  /**
   * Submits {@code parts} one call each; returns the job ids in the order of {@code indices},
   * as {@link BatchBackend#submit} does.
   *
   * @param indices the submission's job indices, each in exactly one part
   * @param what a part's name in the message, e.g. {@code array} or {@code qsub}
   */
  public static <P> List<String> submit(
      List<Integer> indices, List<P> parts, Call<P> call, Cancel cancel, String what)
      throws IOException, InterruptedException {
    Map<Integer, String> ids = new HashMap<>();
    List<String> accepted = new ArrayList<>();
    try {
      for (P part : parts) {
        Accepted done = call.submit(part);
        accepted.add(done.id());
        ids.putAll(done.jobs());
      }
    } catch (IOException e) {
      if (accepted.isEmpty()) {
        throw e;
      }
      IOException whole = new IOException(e.getMessage() + " (" + what + " " + (accepted.size() + 1) + " of "
          + parts.size() + " of this submission; cancelled the " + accepted.size() + " accepted before: "
          + String.join(", ", accepted) + ")", e);
      try {
        cancel.cancel(accepted);
      } catch (IOException notCancelled) {
        whole.addSuppressed(notCancelled);
      }
      throw whole;
    }
    List<String> ordered = new ArrayList<>(indices.size());
    for (int index : indices) {
      String id = ids.get(index);
      if (id == null) {
        throw new IllegalStateException("job index " + index + " is in no part of the submission");
      }
      ordered.add(id);
    }
    return ordered;
  }

  /** {@code 0,1,2,5} → {@code 0-2,5}: ascending indices as ranges, the form of Slurm's and LSF's arrays. */
  public static String ranges(List<Integer> sorted) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(sorted.get(i));
      if (j > i) {
        out.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return out.toString();
  }
}
