package ${package};

import dev.docket.annotations.Param;

/** The base class of the tasks from the histograms on: the cuts and the binning. */
abstract class HistogramTask extends CutsTask {
  /** The number of bins of m_bjj between 50 and 450 GeV. */
  @Param(defaultValue = "20")
  int bins;
}
