package ${package};

import dev.docket.annotations.Param;

/** The base class of the tasks from the selection on: the cuts. */
abstract class CutsTask extends AnalysisTask {
  /** The minimum number of jets. */
  @Param(defaultValue = "4")
  int minJets;

  /** The minimum number of b-tagged jets. */
  @Param(defaultValue = "1")
  int minBtags;
}
