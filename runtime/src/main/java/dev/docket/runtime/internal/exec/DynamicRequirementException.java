package dev.docket.runtime.internal.exec;

import dev.docket.runtime.TaskId;

/** A task asked for a dynamic dependency at run time, and it (or something it needs) failed. */
final class DynamicRequirementException extends Exception {
  private static final long serialVersionUID = 1L;

  DynamicRequirementException(TaskId required, String reason) {
    super("needs " + required + " (asked for at run time), which failed: " + reason, null, false, false);
  }
}
