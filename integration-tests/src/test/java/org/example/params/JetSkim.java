package org.example.params;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Skims one dataset with the calibration. */
@Task
class JetSkim extends Calibrated<Calibration> {
  @Param String dataset;

  @Output LocalFileTarget events() {
    return target(dataset + ".txt");
  }

  void run() throws Exception {
    events().writeString(dataset + " with " + calibration.constants().readString());
  }
}
