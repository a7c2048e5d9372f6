package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The {@code --branches} option: comma-separated numbers and ranges, {@code 0:10,15} (a range
 * {@code a:b} includes {@code a} and excludes {@code b}, like law's; {@code a:} runs to the
 * end). Absent: every branch.
 */
public final class BranchSelection {
  private static final BranchSelection ALL = new BranchSelection("", List.of());

  /** One comma-separated item as written, and the numbers it covers: {@code from <= b < to}. */
  private record Part(String text, int from, int to, boolean range) {}

  private final String text;
  private final List<Part> ranges;

  private BranchSelection(String text, List<Part> ranges) {
    this.text = text;
    this.ranges = ranges;
  }

  public static BranchSelection all() {
    return ALL;
  }

  /** Parses {@code 0:10,15}; bad text is bad input naming the option. */
  public static BranchSelection parse(String text) {
    List<Part> ranges = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      try {
        int colon = p.indexOf(':');
        if (colon < 0) {
          int n = nonNegative(p);
          ranges.add(new Part(p, n, n + 1, false));
        } else {
          int from = colon == 0 ? 0 : nonNegative(p.substring(0, colon));
          String end = p.substring(colon + 1).strip();
          int to = end.isEmpty() ? Integer.MAX_VALUE : nonNegative(end);
          if (to <= from) {
            throw new NumberFormatException();
          }
          ranges.add(new Part(p, from, to, true));
        }
      } catch (NumberFormatException e) {
        throw new BadInputException(
            "bad value '" + text + "' for --branches: expected branch numbers and ranges such as"
                + " 0:10,15 (a:b includes a, excludes b)");
      }
    }
    return new BranchSelection(text.strip(), List.copyOf(ranges));
  }

  private static int nonNegative(String text) {
    int n = WholeNumbers.parseInt(text); // ASCII digits only, as every number of the command line
    if (n < 0) {
      throw new NumberFormatException();
    }
    return n;
  }

  public boolean isAll() {
    return ranges.isEmpty();
  }

  public boolean contains(int branch) {
    if (ranges.isEmpty()) {
      return true;
    }
    for (Part r : ranges) {
      if (branch >= r.from() && branch < r.to()) {
        return true;
      }
    }
    return false;
  }

  /** The selected numbers among {@code branches}, ascending. */
  public SortedSet<Integer> select(Iterable<Integer> branches) {
    SortedSet<Integer> selected = new TreeSet<>();
    for (int b : branches) {
      if (contains(b)) {
        selected.add(b);
      }
    }
    return selected;
  }

  /**
   * The first item that names branches {@code existing} does not have, said of
   * {@code workflow} ({@code "branch 99 of Skim(...) does not exist"}, {@code "branches 30:40
   * of Skim(...) do not exist"}), or {@code null} when every item is there. A range is fine when
   * both its ends lie within the branch numbers and it selects a branch (a branch map need not
   * be contiguous); an open range {@code a:} runs to the last branch, whatever that is.
   */
  public String firstMissing(SortedSet<Integer> existing, String workflow) {
    for (Part part : ranges) {
      if (!part.range()) {
        if (!existing.contains(part.from())) {
          return "branch " + part.from() + " of " + workflow + " does not exist";
        }
        continue;
      }
      boolean any = !existing.isEmpty() && !existing.subSet(part.from(), part.to()).isEmpty();
      boolean within =
          any && part.from() >= existing.first()
              && (part.to() == Integer.MAX_VALUE || part.to() - 1 <= existing.last());
      if (!within) {
        return "branches " + part.text() + " of " + workflow
            + (any ? " do not all exist" : " do not exist");
      }
    }
    return null;
  }

  /** A compact text for a set of branches, e.g. {@code 0:3,7}, that {@link #parse} reads back. */
  public static String format(Iterable<Integer> sortedBranches) {
    StringBuilder out = new StringBuilder();
    int start = -1;
    int previous = -2;
    for (int b : sortedBranches) {
      if (b != previous + 1) {
        flush(out, start, previous);
        start = b;
      }
      previous = b;
    }
    flush(out, start, previous);
    return out.toString();
  }

  private static void flush(StringBuilder out, int start, int last) {
    if (start < 0) {
      return;
    }
    if (out.length() > 0) {
      out.append(',');
    }
    out.append(last == start ? String.valueOf(start) : start + ":" + (last + 1));
  }

  @Override
  public String toString() {
    return ranges.isEmpty() ? "all" : text;
  }
}
