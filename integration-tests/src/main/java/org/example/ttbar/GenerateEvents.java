package org.example.ttbar;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.Random;

/** Generates synthetic events of one dataset: one line per event with its jet count and leading jet pt. */
@Task
class GenerateEvents {
  /** The dataset, e.g. ttbar or wjets. */
  @Param String dataset;

  /** The version of the outputs; change it to start afresh. */
  @Param(defaultValue = "v1")
  String version;

  /** How many events to generate. */
  @Param(defaultValue = "500")
  int events;

  /** The random seed, combined with the dataset name. */
  @Param(defaultValue = "42")
  long seed;

  @Output
  LocalFileTarget events() {
    return LocalFileTarget.of("gen", version, dataset + ".csv");
  }

  void run() throws Exception {
    Audit.ran("GenerateEvents " + dataset);
    Random random = new Random(seed ^ dataset.hashCode());
    double meanJets = dataset.startsWith("ttbar") ? 5.5 : 2.5;
    StringBuilder csv = new StringBuilder("jets,pt\n");
    for (int i = 0; i < events; i++) {
      int jets = Math.max(0, (int) Math.round(meanJets + random.nextGaussian() * 1.5));
      double pt = 30 + Math.abs(random.nextGaussian()) * (dataset.startsWith("ttbar") ? 80 : 40);
      csv.append(jets).append(',').append(String.format("%.2f", pt)).append('\n');
      if (dataset.equals("corrupt") && i == 3) {
        csv.append("###,garbled\n"); // a damaged record, as a broken input file would have
      }
    }
    events().writeString(csv.toString());
  }
}
