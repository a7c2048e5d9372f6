package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Derives a jet energy scale factor from all generated events of one dataset. */
@Task
class JetCalibration {
  @Param String dataset;

  @Param(defaultValue = "v1")
  String version;

  @Requires GenerateEvents generated;

  @Output
  LocalFileTarget scale() {
    return LocalFileTarget.of("calib", version, dataset + ".txt");
  }

  void run() throws Exception {
    Audit.ran("JetCalibration " + dataset);
    double sum = 0;
    int count = 0;
    for (String line : generated.events().readString().split("\n")) {
      String[] fields = line.split(",");
      if (fields.length == 2 && fields[1].matches("[0-9.]+")) {
        sum += Double.parseDouble(fields[1]);
        count++;
      }
    }
    double meanPt = count == 0 ? 0 : sum / count;
    scale().writeString(String.valueOf(meanPt == 0 ? 1.0 : 60.0 / meanPt));
  }
}
