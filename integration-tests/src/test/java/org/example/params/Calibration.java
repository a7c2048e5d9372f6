package org.example.params;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.param.DateInterval;
import org.example.base.AnalysisTask;

/** Derives a calibration for a data-taking period. */
@Task
class Calibration extends AnalysisTask {
  @Param(defaultValue = "2024") DateInterval period;

  @Output LocalFileTarget constants() {
    return target(period + ".txt");
  }

  void run() throws Exception {
    constants().writeString("scale=1.01 days=" + period.days());
  }
}
