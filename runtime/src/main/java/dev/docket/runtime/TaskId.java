package dev.docket.runtime;

/**
 * The identity of a task: its family and the canonical text of its significant parameters.
 * Two tasks with equal identities are the same node of the graph and run once.
 *
 * @param family the family name, e.g. {@code Selection} or {@code ttbar.Selection}
 * @param params the significant parameters as {@code name=value} pairs joined by {@code ", "},
 *     in declaration order, values formatted by their converters
 */
public record TaskId(String family, String params) {
  // Written out rather than left to the record: the generated record methods are linked at
  // run time on their first use, a cost a short run of a large graph notices.
  @Override
  public boolean equals(Object o) {
    return o instanceof TaskId other && family.equals(other.family) && params.equals(other.params);
  }

  @Override
  public int hashCode() {
    return 31 * family.hashCode() + params.hashCode();
  }

  @Override
  public String toString() {
    return family + "(" + params + ")";
  }
}
