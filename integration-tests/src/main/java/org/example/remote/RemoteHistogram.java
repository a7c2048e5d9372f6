package org.example.remote;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.workflow.Workflows;
import java.nio.file.Files;

/** Fills a histogram of the skimmed events of every branch of {@link RemoteSkim}. */
@Task
class RemoteHistogram {
  @Param(defaultValue = "ttbar")
  String dataset;

  @Param(defaultValue = "v1")
  String version;

  @Param(defaultValue = "8")
  int chunks;

  /** The whole workflow. */
  @Requires RemoteSkim skim;

  @Output
  RemoteFileTarget histogram() {
    return RemoteFileTarget.of("out", "hist", version, dataset + ".csv");
  }

  void run() throws Exception {
    int[] counts = new int[6];
    for (RemoteSkim part : Workflows.branchesOf(skim)) {
      // localized(): a local copy, as for a library that needs a path.
      for (String line : Files.readAllLines(part.skimmed().localized())) {
        counts[Math.min(5, (int) (Double.parseDouble(line) / 50))]++;
      }
    }
    StringBuilder out = new StringBuilder("bin,count\n");
    for (int i = 0; i < counts.length; i++) {
      out.append(i).append(',').append(counts[i]).append('\n');
    }
    histogram().writeString(out.toString());
  }
}
