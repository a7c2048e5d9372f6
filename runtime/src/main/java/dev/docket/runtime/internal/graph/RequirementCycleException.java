package dev.docket.runtime.internal.graph;

import java.util.List;

/**
 * A task requires itself through a chain of {@code @Requires} methods (the processor rejects
 * cycles among {@code @Requires} fields at compile time; methods depend on parameter values).
 * Becomes the planning error of the task where the cycle closes.
 */
public final class RequirementCycleException extends Exception {
  private static final long serialVersionUID = 1L;

  RequirementCycleException(List<TaskNode> cycle) {
    super(describe(cycle), null, false, false);
  }

  private static String describe(List<TaskNode> cycle) {
    StringBuilder out = new StringBuilder("requirement cycle: ");
    for (int i = 0; i < cycle.size(); i++) {
      if (i > 0) {
        out.append(" requires ");
      }
      out.append(cycle.get(i).id());
    }
    return out.toString();
  }
}
