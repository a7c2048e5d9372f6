package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Fills a histogram of the calibrated leading jet pt of the selected events. */
@Task
class Histograms {
  @Param String dataset;

  @Param(defaultValue = "v1")
  String version;

  /** Number of bins between 0 and 300 GeV. */
  @Param(defaultValue = "10")
  int bins;

  // A diamond: both requirements require GenerateEvents of the same dataset.
  @Requires Selection selection;

  @Requires JetCalibration calibration;

  @Output
  LocalFileTarget histogram() {
    return LocalFileTarget.of("hist", version, dataset + ".csv");
  }

  void run() throws Exception {
    Audit.ran("Histograms " + dataset);
    double scale = Double.parseDouble(calibration.scale().readString().trim());
    int[] counts = new int[bins];
    String[] lines = selection.selected().readString().split("\n");
    for (int i = 1; i < lines.length; i++) {
      double pt = Double.parseDouble(lines[i].split(",")[1]) * scale;
      int bin = (int) (pt / (300.0 / bins));
      counts[Math.min(bins - 1, Math.max(0, bin))]++;
    }
    StringBuilder out = new StringBuilder("bin,count\n");
    for (int i = 0; i < bins; i++) {
      out.append(i).append(',').append(counts[i]).append('\n');
    }
    histogram().writeString(out.toString());
  }
}
