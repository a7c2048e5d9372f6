package org.example.params;

import dev.docket.annotations.Requires;
import org.example.base.AnalysisTask;

/** A mixin: tasks that need a calibration of type {@code C}. */
abstract class Calibrated<C> extends AnalysisTask {
  @Requires C calibration;
}
