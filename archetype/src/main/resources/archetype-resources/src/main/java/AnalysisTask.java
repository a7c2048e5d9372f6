package ${package};

import dev.docket.annotations.Param;

/**
 * The base class of every task of the analysis: the version of the outputs. Parameters of a
 * base class belong to each task that extends it, on the command line, in {@code docket.cfg}
 * and when they propagate to required tasks, as if declared in the task.
 */
abstract class AnalysisTask {
  /** The version of the outputs; change it to start afresh. */
  @Param(defaultValue = "v1")
  String version;
}
