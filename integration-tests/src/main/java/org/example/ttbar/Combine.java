package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.ArrayList;
import java.util.List;

/** Combines the histograms of several datasets into one table of event yields. */
@Task
class Combine {
  /** The datasets to combine. */
  @Param(defaultValue = "ttbar,wjets")
  List<String> datasets;

  @Param(defaultValue = "v1")
  String version;

  /** One Histograms task per dataset: a requirement that depends on a parameter's value. */
  @Requires
  List<Histograms> histograms() {
    List<Histograms> all = new ArrayList<>();
    for (String dataset : datasets) {
      all.add(Histograms_Builder.req(this).dataset(dataset).build());
    }
    return all;
  }

  @Output
  LocalFileTarget yields() {
    return LocalFileTarget.of("combined", version, "yields.csv");
  }

  void run() throws Exception {
    Audit.ran("Combine " + String.join(",", datasets));
    StringBuilder out = new StringBuilder("dataset,events\n");
    for (Histograms histograms : histograms()) {
      int total = 0;
      String[] lines = histograms.histogram().readString().split("\n");
      for (int i = 1; i < lines.length; i++) {
        total += Integer.parseInt(lines[i].split(",")[1]);
      }
      out.append(histograms.dataset).append(',').append(total).append('\n');
    }
    yields().writeString(out.toString());
  }
}
