package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.IOException;

/** Selects the events of one dataset with at least a minimum number of jets. */
@Task
class Selection {
  @Param String dataset;

  @Param(defaultValue = "v1")
  String version;

  /** The minimum number of jets of a selected event. */
  @Param(defaultValue = "4")
  int minJets;

  @Requires GenerateEvents generated;

  @Output
  LocalFileTarget selected() {
    return LocalFileTarget.of("sel", version, dataset + ".csv");
  }

  void run() throws Exception {
    Audit.ran("Selection " + dataset);
    String[] lines = generated.events().readString().split("\n");
    StringBuilder out = new StringBuilder(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].split(",");
      int jets;
      try {
        jets = Integer.parseInt(fields[0]);
      } catch (NumberFormatException e) {
        throw new IOException(
            "corrupt record on line " + (i + 1) + " of " + generated.events().path() + ": " + lines[i]);
      }
      if (jets >= minJets) {
        out.append(lines[i]).append('\n');
      }
    }
    selected().writeString(out.toString());
  }
}
