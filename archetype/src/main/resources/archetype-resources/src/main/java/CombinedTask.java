package ${package};

import dev.docket.annotations.Param;
import java.util.List;

/**
 * The base class of the tasks that use every dataset and shift at once: the combination, the
 * fit and the plots.
 */
abstract class CombinedTask extends HistogramTask {
  /** The datasets: the simulated processes and the data. */
  @Param(defaultValue = "ttbar,single_top,wjets,data")
  List<Dataset> datasets;

  /** The systematic shifts of the simulated processes. */
  @Param(defaultValue = "nominal,up,down")
  List<Shift> shifts;
}
