package org.example.base;

import dev.docket.annotations.Param;
import dev.docket.runtime.LocalFileTarget;

/**
 * The base of every task of an analysis, in a package of its own as a shared library would
 * have it: members that generated code in other packages sets are public.
 */
public abstract class AnalysisTask {
  /** The analysis version. */
  @Param(defaultValue = "v1")
  public String version;

  /** Threads per task: neither identity nor passed on to dependencies. */
  @Param(defaultValue = "1", significant = false, propagate = false)
  public int threads;

  /** A target under this task's family and version, as law's local_target does. */
  protected LocalFileTarget target(String name) {
    return LocalFileTarget.of(getClass().getSimpleName(), version, name);
  }

  /** What the base class itself sees, to check that overrides reach it. */
  public String seenVersion() {
    return version;
  }
}
